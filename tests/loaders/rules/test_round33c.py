"""Forms of the round-33 held-out chapters (081): people written name first with who
they are in brackets, ◎/○ bullets with no numbering, the item's date after it in
brackets in the short ROC form, short items chained with ；. Each tested on invented
sentences of the same form."""

from __future__ import annotations

import pytest

from graph.model import RelType
from loaders.gazetteer import Gazetteer
from loaders.people import find_name_then_post
from loaders.reading import normalize
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


# 1. a name written first, who the person is in brackets after it, maybe after the
# name's romanization; several such joined in a list
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("朴正浩（韓國仁川市副市長）率團來訪", [("朴正浩", "韓國仁川市", "副市長")]),
        (
            "強森（Mark Johnson，西雅圖市議會議員）偕懷特（Anna White，西雅圖台灣協會會長）來訪",
            [("強森", "西雅圖市議會", "議員"), ("懷特", "西雅圖臺灣協會", "會長")],
        ),
        (
            "邀請田中一郎（名古屋市港灣局局長）及李文哲（仁川大學教授）擔任主講人",
            [("田中一郎", "名古屋市港灣局", "局長"), ("李文哲", "仁川大學", "教授")],
        ),
        ("考察團拜會羅德斯（Peter Rhodes，奧克蘭市市長）", [("羅德斯", "奧克蘭市", "市長")]),
    ],
)
def test_a_name_written_first_with_its_post_in_brackets(
    gaz: Gazetteer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = find_name_then_post(normalize(text), gaz)
    assert [(p.name, p.affiliation, p.title) for p in found] == expected


def test_brackets_holding_a_date_or_a_gloss_alone_name_nobody(gaz: Gazetteer) -> None:
    text = normalize("參觀港區（81.3.5～3.9）；與格林高中（Green High School）洽談")
    assert find_name_then_post(text, gaz) == []


def test_a_visitor_written_name_first_holds_the_title_and_visited() -> None:
    ext = chapter("1.朴正浩（韓國仁川市副市長）率該市港灣局主管一行八人來訪，參觀高雄港。")
    person = named(ext, "朴正浩")
    (held,) = rels(ext, RelType.HOLDS_TITLE, source=person)
    assert held.target == named(ext, "仁川市")
    assert held.properties["title_zh"] == "副市長"
    assert rels(ext, RelType.VISITED, source=person, target=KAOHSIUNG)


# 2. the item's date written after it in brackets, in the short ROC form: it dates what
# the sentence told before it
@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        (
            "○朴正浩（韓國仁川市副市長）率團來訪，參觀港區及捷運工程（107.3.2～3.4）。",
            "2018-03-02",
            "2018-03-04",
        ),
        (
            "1.韓國仁川市副市長朴正浩率團來訪，參觀港區（107.5.9）；市長於市府接見訪團（107.5.10）。",
            "2018-05-09",
            None,
        ),
    ],
)
def test_a_date_in_brackets_closing_the_sentence_dates_it(
    line: str, start: str, end: str | None
) -> None:
    ext = chapter(line)
    (visit,) = rels(ext, RelType.VISITED, source=named(ext, "朴正浩"), target=KAOHSIUNG)
    assert (visit.properties.get("start"), visit.properties.get("end")) == (start, end)


def test_a_date_closing_a_later_sentence_of_the_item_dates_the_coming() -> None:
    ext = chapter(
        "1.韓國仁川市副市長朴正浩率團來訪。本市與仁川市於民國八十年締結姊妹市，"
        "訪團並參觀港區及捷運工程（107.3.2～3.4）。"
    )
    (visit,) = rels(ext, RelType.VISITED, source=named(ext, "朴正浩"), target=KAOHSIUNG)
    assert (visit.properties.get("start"), visit.properties.get("end")) == (
        "2018-03-02",
        "2018-03-04",
    )


# 3. who a name written first is, in brackets: titles of envoys and of orchestras
@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("崔英洙（韓國駐華大使館公使）南下拜會本府", "崔英洙", "公使"),
        ("朴大成（仁川市立交響樂團指揮）率團來訪", "朴大成", "指揮"),
    ],
)
def test_an_envoy_and_a_conductor_hold_their_titles(
    gaz: Gazetteer, text: str, name: str, title: str
) -> None:
    (person,) = find_name_then_post(normalize(text), gaz)
    assert (person.name, person.title) == (name, title)


# 4. words after a title that are no name: the adverb 曾 after the name, 對 opening the
# object of a verb, the 首次 of a first visit
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("奧克蘭市港務委員會主席羅德斯曾於本年四月率團來訪", ["羅德斯"]),
        ("陳市長對田中所長到任表示歡迎", []),
        ("此行為本市市長首次訪問仙台市", []),
    ],
)
def test_words_of_the_clause_after_a_title_are_no_name(
    gaz: Gazetteer, text: str, names: list[str]
) -> None:
    from loaders.people import find_title_then_name

    found = find_title_then_name(normalize(text), gaz)
    assert [p.name for p in found] == names


# 5. a second person written by title alone after 偕, in a name-first list: of the same
# body as the person before
def test_a_title_alone_after_偕_is_of_the_body_before() -> None:
    ext = chapter(
        "○強森（美國在台協會高雄分處處長）偕新任副處長懷特（Anna White）拜會陳市長（107.3.6）。"
    )
    (held,) = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "懷特"))
    assert held.target == named(ext, "美國在台協會高雄分處")
    assert held.properties["title_zh"] == "副處長"


def test_a_date_closing_the_sentence_dates_a_trip_made_at_an_invitation() -> None:
    ext = chapter(
        "○陳菊市長應日本仙台市之邀，率本府建設局人員一行十人訪問仙台市，"
        "考察港灣整建（107.4.13～4.17）。"
    )
    (visit,) = rels(ext, RelType.VISITED, source=KAOHSIUNG)
    dated = (visit.properties.get("start"), visit.properties.get("end"))
    assert dated == ("2018-04-13", "2018-04-17")


def test_a_date_closing_the_sentence_dates_the_clauses_after_a_month_told_in_passing() -> None:
    ext = chapter(
        "○田中一郎（日本交流協會高雄事務所所長）甫於三月到任，即偕同該所副所長拜會陳市長，"
        "陳市長表示歡迎（107.3.12）。"
    )
    (met,) = rels(ext, RelType.MET_WITH, target=named(ext, "田中一郎"))
    assert met.properties["date"] == "2018-03-12"


def test_a_name_written_first_that_a_place_bears_is_a_persons_when_glossed(gaz: Gazetteer) -> None:
    text = normalize("訪問團於市政廳拜會瓦倫西亞（Pedro Valencia，利蒙市市長）")
    assert [p.name for p in find_name_then_post(text, gaz)] == ["瓦倫西亞"]


def test_a_glossed_name_written_first_may_hold_a_character_of_a_verb(gaz: Gazetteer) -> None:
    text = normalize("考察團拜會加斯帕（José Gaspar，利蒙市市長）並參加歡迎會")
    assert [p.name for p in find_name_then_post(text, gaz)] == ["加斯帕"]


@pytest.mark.parametrize("text", ["羅德斯市長五月來訪時表達締結意願", "該市議長十二日抵高"])
def test_a_month_or_day_after_a_title_is_no_name(gaz: Gazetteer, text: str) -> None:
    from loaders.people import find_title_then_name

    assert find_title_then_name(normalize(text), gaz) == []


# 6. after a title: a word of time before the verb (行前) or the verb itself (觀禮) is
# no name; a glossed transliteration holding 加 after its title is one; 專門委員 a title
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("瓦倫西亞市長行前並代表該市邀請本府明年參展", []),
        ("簽約儀式由我國駐巴拉圭大使觀禮", []),
        ("並拜會利蒙市長加斯帕（José Gaspar），當面邀請其來訪", ["加斯帕"]),
        ("本府由秘書處王專門委員率員二人前往仁川市", []),
    ],
)
def test_what_follows_a_title_names_someone_or_not(
    gaz: Gazetteer, text: str, names: list[str]
) -> None:
    from loaders.people import find_name_before_title, find_title_then_name

    norm = normalize(text)
    found = find_title_then_name(norm, gaz) + find_name_before_title(norm, gaz)
    assert [p.name for p in found] == names


# 7. a former mayor of the city, named with 前市長 and no body, is the city's (curated
# seed/gazetteer/people.csv), not of the partner named before him in the sentence
def test_a_former_mayor_of_the_city_named_beside_a_partner_is_the_citys() -> None:
    ext = chapter(
        "本市與日本仙台市係於民國七十七年締結姊妹市，當年由前市長蘇南成與仙台市長山田一郎"
        "共同簽署姊妹市協定。"
    )
    (held,) = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "蘇南成"))
    assert held.target == KAOHSIUNG
    assert held.properties.get("former") is True


# 8. a school tie told with its time and 由 before the schools: no part of a name
def test_the_time_and_由_before_a_school_are_no_part_of_its_name() -> None:
    ext = chapter("兩市並於本年三月由市立仁愛中學與仁川高等學校締結為姊妹校，交流層面日益擴大。")
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF)
    names = {e.id: e.name_zh for e in ext.entities}
    assert {names[tie.source], names[tie.target]} == {"市立仁愛中學", "仁川高等學校"}


# 10. a heading telling a trip (某市長訪問某國某市) read as a list of visitors names no one
def test_a_heading_telling_a_trip_names_no_visitor(gaz: Gazetteer) -> None:
    from loaders.people import parse_visitor_item

    assert parse_visitor_item(normalize("陳大明市長訪問日本仙台市"), gaz) == []


# 10. who led, told with a year relative to the report's and a month in numerals (於本年
# 五月) or with 曾 before the time: the leader is the person, his city came too
@pytest.mark.parametrize(
    "line",
    [
        "澳洲伯斯市副市長史密斯（John Smith）於本年五月率經貿訪問團來訪後，兩市往來日趨密切。",
        "澳洲伯斯市副市長史密斯曾於本年五月率經貿訪問團來訪，本府擬與該市締結友好城市。",
    ],
)
def test_a_leader_told_with_a_time_in_numerals_brings_his_city(line: str) -> None:
    ext = chapter(line)
    city = named(ext, "伯斯市")
    (visit,) = rels(ext, RelType.VISITED, source=city, target=KAOHSIUNG)
    assert visit.properties.get("start") == "2018-05"


def test_a_principal_who_specially_led_his_school_brings_it() -> None:
    ext = chapter(
        "西雅圖市林肯高中校長懷特（Anna White）特率該校師生十八人於10月13日至19日來訪，"
        "參與簽約儀式。"
    )
    school = named(ext, "林肯高中")
    assert rels(ext, RelType.VISITED, source=school, target=KAOHSIUNG)


# 12. 檢討與展望: a tie named as what its making would bring is hoped for, not made
def test_a_tie_whose_making_would_bring_something_is_not_signed() -> None:
    ext = chapter(
        "澳洲伯斯市為澳洲西部門戶，兩市友好城市關係之建立，可望為本市開拓澳洲市場之據點。"
    )
    (tie,) = rels(ext, RelType.FRIENDSHIP_CITY_OF)
    assert tie.properties["status"] != "signed"


def test_a_council_backing_a_tie_still_to_be_made_makes_none() -> None:
    ext = chapter(
        "十二月七日至十日，日本仙台市議會議長山田一郎率該議會議員五人來訪，"
        "山田議長表示仙台市議會支持兩市締結友好城市。"
    )
    (tie,) = rels(ext, RelType.FRIENDSHIP_CITY_OF)
    assert tie.properties["status"] != "signed"


# 13. a part headed by a partner city named bare (與某市之交流), whose text names it with
# its country: the heading's city is the one its text names, not another of that name
def test_a_city_named_bare_in_a_heading_is_the_one_named_with_its_country_below() -> None:
    ext = chapter(
        "（一）與聖荷西市之交流",
        "哥斯大黎加聖荷西市於民國七十五年與本市締結姊妹市，兩市往來密切。",
        "（二）明年度之活動規劃",
        "本府將邀請聖荷西市等姊妹市組隊參加「2019高雄國際龍舟錦標賽」。",
    )
    places = {r.target for r in rels(ext, RelType.SISTER_CITY_OF)}
    assert places and all(p.startswith("city:cr:") for p in places)
    assert not [e for e in ext.entities if e.id.startswith("city:us:")]
