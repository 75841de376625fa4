"""Rule fixes after the review of rounds 35b and 35c: each tested on the reviewer's
invented sentences or paraphrases of them."""

from __future__ import annotations

from graph.model import Extraction, RelType
from loaders.pipeline import extract_bytes
from tests.loaders.rules.helpers import KAOHSIUNG, named, rels

H1_1993 = "1993-01/1993-06"


def _visitors(*lines: str) -> Extraction:
    text = "\n".join(["貳拾、國際事務", "一、外賓來訪", *lines]) + "\n"
    return extract_bytes(text.encode("utf-8"), "t.txt", H1_1993)


# 1. a tie 該市 (the visitor's city) made with another foreign city is none of the city's
def test_a_tie_between_two_foreign_cities_is_not_the_citys() -> None:
    for line in (
        "（一）八十二年四月，韓國釜山市議長金一男率團來訪，並表示該市已與日本長崎市締結友好城市。",
        "（一）八十二年三月，韓國釜山市議長金一男率團來訪，並介紹該市與日本福岡市締結姊妹市之經過。",
        "（一）八十二年四月，日本長崎市市長田中一郎率團來訪，並介紹該市已與福岡市締結姊妹市之經過。",
    ):
        ext = _visitors(line)
        assert not rels(ext, RelType.SISTER_CITY_OF), line
        assert not rels(ext, RelType.FRIENDSHIP_CITY_OF), line
        assert rels(ext, RelType.VISITED, target=KAOHSIUNG), line


def test_a_tie_of_the_visitors_city_with_ours_is_still_read() -> None:
    ext = _visitors(
        "（一）八十二年四月，韓國釜山市議長金一男率團來訪，並表示該市盼與本市締結友好城市。"
    )
    assert rels(ext, RelType.FRIENDSHIP_CITY_OF)


# 2. a date the clause's own act is told at (並於四月三日在某市舉行之「…」開幕式致詞) is
# the story's too: a day told alone after it is of its month
def test_a_date_the_clause_acts_at_carries_its_month() -> None:
    for line in (
        "（一）吳敦義市長率團於三月二十八日赴日本長崎市訪問，並於四月三日在長崎市舉行之"
        "「長崎港祭」開幕式致詞；五日拜會長崎市市長田中一郎。",
        "（一）吳敦義市長率團於三月三十日赴日本長崎市訪問，四月三日在長崎市舉行之"
        "「長崎港祭」中致詞，五日拜會長崎市市長田中一郎。",
    ):
        ext = _visitors(line)
        (met,) = rels(ext, RelType.MET_WITH)
        assert met.properties["date"] == "1993-04-05", line


# 3. a crowd counted that is the visitor's own party (一行代表十五人, 並與該市業者代表約三十人)
# attends with him
def test_the_visitors_party_counted_attends_with_him() -> None:
    for line in (
        "（一）八十二年三月五日，日本長崎市市長田中一郎率團來訪，一行代表十五人出席本市舉辦之"
        "「國際港灣研討會」。",
        "（一）八十二年五月，日本長崎市市長田中一郎率團來訪，並與該市業者代表約三十人出席本府"
        "舉辦之「高長經貿說明會」。",
    ):
        ext = _visitors(line)
        assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "田中一郎")), line
        assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "長崎市")), line


# 4. the one named after 應…之邀 invited the visitor: no visitor, not met, and no title of
# the visitor's place
def test_the_inviter_named_bare_is_no_visitor() -> None:
    ext = _visitors(
        "（一）八十二年三月，日本長崎市議員山本太郎應黃俊英副市長之邀率團來訪，並拜會本府。"
    )
    inviter = named(ext, "黃俊英")
    assert not rels(ext, RelType.VISITED, source=inviter)
    assert not rels(ext, RelType.HOLDS_TITLE, source=inviter, target=named(ext, "長崎市"))
    assert rels(ext, RelType.VISITED, source=named(ext, "山本太郎"), target=KAOHSIUNG)


def test_the_one_receiving_met_the_visitor_not_the_inviter() -> None:
    ext = _visitors(
        "（一）八十二年三月，日本長崎市議員山本太郎應吳敦義市長之邀率團來訪，由黃俊英副市長接見。"
    )
    assert not rels(ext, RelType.VISITED, source=named(ext, "吳敦義"))
    guest, host = named(ext, "山本太郎"), named(ext, "黃俊英")
    assert [
        r
        for r in ext.relations
        if r.type == RelType.MET_WITH and {r.source, r.target} == {guest, host}
    ]
    ext = _visitors(
        "（一）八十二年三月，日本長崎市議員山本太郎應田中一郎市長之邀率團來訪，由吳敦義市長接見。"
    )
    inviter = named(ext, "田中一郎")
    assert not rels(ext, RelType.VISITED, source=inviter)
    assert not [r for r in rels(ext, RelType.MET_WITH) if inviter in (r.source, r.target)]
    guest, host = named(ext, "山本太郎"), named(ext, "吳敦義")
    assert [
        r
        for r in ext.relations
        if r.type == RelType.MET_WITH and {r.source, r.target} == {guest, host}
    ]


# 5. 交換意見 is the city's meeting only where the city's side talks, and not by letter
def test_views_exchanged_by_others_or_by_letter_are_no_meeting() -> None:
    for line in (
        "（一）八十二年三月，日本長崎市市長田中一郎來訪，與吳敦義市長會晤。另韓國釜山市議長金一男"
        "與日本福岡市長就兩市航線交換意見。",
        "（一）八十二年四月，本府以書函與日本長崎市就締結姊妹市事宜交換意見。",
    ):
        ext = _visitors(line)
        assert not rels(ext, RelType.MET_WITH, source=KAOHSIUNG), line


# 6. a talk's title followed by 於 and the event is no event of that kind: the speaker
# took part in the seminar
def test_a_talks_title_before_at_the_seminar_is_no_event() -> None:
    ext = _visitors(
        "（一）八十二年五月，本府舉辦「國際港灣研討會」，長崎市港灣局局長田中一郎以「港灣城市之未來」"
        "於研討會中發表演講。"
    )
    assert not [e for e in ext.entities if e.name_zh and "港灣城市之未來" in e.name_zh]
    speaker = named(ext, "田中一郎")
    (took_part,) = rels(ext, RelType.PARTICIPATED_IN, source=speaker)
    assert "國際港灣研討會" in next(e.name_zh for e in ext.entities if e.id == took_part.target)


# 7. a work played or a publication named in Latin letters is no event
def test_a_latin_named_work_or_book_is_no_event() -> None:
    for line, name in (
        (
            "（一）八十二年四月，本市交響樂團應邀赴日本長崎市演出「Festival Overture」等名曲。",
            "Festival",
        ),
        (
            "（一）八十二年四月十日，本市交響樂團於文化中心演奏「Carnival of the Animals」，"
            "日本長崎市市長田中一郎到場聆聽。",
            "Carnival",
        ),
        (
            "（一）八十二年四月，日本長崎市市長田中一郎來訪，並致贈「Nagasaki Week」畫冊。",
            "Nagasaki",
        ),
    ):
        ext = _visitors(line)
        assert not [e for e in ext.entities if name in (e.name_zh or "")], line
        assert not rels(ext, RelType.HOSTED), line


def test_a_latin_named_festival_is_still_an_event() -> None:
    ext = _visitors(
        "（一）八十二年四月，本市交響樂團應邀赴日本長崎市參加「Nagasaki Music Festival」演出。"
    )
    assert [e for e in ext.entities if "Nagasaki Music Festival" in (e.name_zh or "")]


# 8. Port before one word of a name (Port Elizabeth) names a place, no port body
def test_port_before_a_name_is_no_body() -> None:
    ext = _visitors("（一）八十二年四月，吳敦義市長率團赴南非訪問，並參訪Port Elizabeth。")
    assert not [e for e in ext.entities if e.id.startswith("org:") and "elizabeth" in e.id]
    ext = _visitors("（一）八十二年四月，本府交通局長率團赴美國訪問，並參訪Port of Oakland。")
    (body,) = [e for e in ext.entities if e.id.startswith("org:") and "oakland" in e.id]
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=body.id)


# 9. 各國駐日大使 … 各國大使: a kind of people, taken up by its words, is no person
def test_each_countrys_envoys_are_no_person() -> None:
    for line in (
        "（一）八十二年四月，吳敦義市長率團赴日本長崎市訪問，接見各國駐日大使，各國大使均表示歡迎。",
        "（一）八十二年四月，吳敦義市長率團赴日本長崎市訪問，並會見各國駐日領事，各國領事均表讚賞。",
    ):
        ext = _visitors(line)
        assert not [e for e in ext.entities if (e.name_zh or "").startswith("各")], line


# 10. a mayor called on in another city the visitors went to before is none of ours
def test_a_mayor_called_on_elsewhere_is_not_the_citys() -> None:
    ext = _visitors(
        "（一）八十二年四月，韓國釜山市議長金一男率團來訪，並表示該團日前赴日本熊本市時曾拜會"
        "大西一史市長，大西市長對高雄印象深刻。"
    )
    held = [r.target for r in ext.relations if r.type == RelType.HOLDS_TITLE]
    assert KAOHSIUNG not in held
    assert not rels(ext, RelType.MET_WITH, source=KAOHSIUNG)


# 11. a body abroad inviting the city to an event it hosts: its city took no part
def test_the_inviting_bodys_city_takes_no_part() -> None:
    for line in (
        "（一）八十二年四月，本府應日本長崎市國際交流協會之邀，派員赴長崎市參加該協會主辦之"
        "「日台青年論壇」。",
        "（一）八十二年四月，本市國際青年商會應日本長崎市國際交流協會之邀，赴長崎市參加"
        "「日台青年論壇」。",
    ):
        ext = _visitors(line)
        assert not rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "長崎市")), line


# 13. the city's own bureau, its head leading a trip abroad, is no body of the place gone to
def test_the_home_bureau_of_one_going_abroad_stays_home() -> None:
    ext = _visitors(
        "（一）八十二年三月五日，本府建設局長陳志道率團赴韓國江原道訪問，並拜會黃海道代表處。"
    )
    assert not [r for r in ext.relations if r.type == RelType.LOCATED_IN and "gangwon" in r.target]
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "江原道"))


# 12. the coming closing a list's last item, a body's members, is the whole list's
def test_a_body_closing_an_invitee_list_with_its_coming_came_with_the_rest() -> None:
    ext = _visitors(
        "（一）八十二年三月，本市國際港灣研討會邀請日本長崎市副市長田中一郎、福岡市國際交流協會"
        "代表抵高發表演講。"
    )
    assert rels(ext, RelType.VISITED, source=named(ext, "田中一郎"), target=KAOHSIUNG)
    body = named(ext, "福岡市國際交流協會")
    assert rels(ext, RelType.VISITED, source=body, target=KAOHSIUNG)
