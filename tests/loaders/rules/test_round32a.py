"""Round 32a: forms of an ordinary chapter of the 1990s (a clause of purpose before the
city's event, …). Each test reads a short chapter written for it, with invented names,
places and dates.
"""

from __future__ import annotations

import pytest

from graph.model import Attendance, Extraction, RelType, TieStatus
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


def event_named(extraction: Extraction, name: str) -> str:
    return next(e.id for e in extraction.entities if e.label == "Event" and name in e.name_zh)


def test_a_clause_of_purpose_before_the_citys_event_is_no_time_to_come() -> None:
    """為配合中央推動某計畫，本府於…主辦「…」，邀請A、B及C擔任主講人: the plan the
    city acts in line with is no event to come; the guests of the held event came."""
    got = chapter(
        "為配合中央推動綠色港埠計畫，本府於3月2日至3日主辦「2018國際港灣城市論壇」，"
        "邀請日本神戶港灣研究所所長山田一郎、泰國曼谷港務局副局長沙旺及德國漢堡市"
        "港務局局長施密特擔任專題演講人，分享各港經驗。"
    )
    held = event_named(got, "國際港灣城市論壇")
    for guest in ["山田一郎", "沙旺", "施密特"]:
        assert rels(
            got,
            RelType.PARTICIPATED_IN,
            source=named(got, guest),
            target=held,
            status=Attendance.ATTENDED,
        )


def test_a_listed_guest_named_by_surname_in_a_heading_keeps_the_days_of_the_text() -> None:
    """A guest of the chapter's opening list (dated by the report's half year), whose
    item is headed by surname and title (1.西雅圖市長卡特來訪) and whose text tells the
    days he came: his visit is of those days, the heading's short name folded in."""
    got = chapter(
        "本府本期共接待外賓30案。主要來訪貴賓有：",
        "美國西雅圖市市長約翰‧卡特（John Carter）、日本大分縣副知事佐藤一郎、"
        "德國漢堡市議員施密特等。",
        "（一）其他國際城市交流",
        "1.西雅圖市長卡特來訪",
        "西雅圖市市長約翰‧卡特（John Carter）率該市代表團一行8人，於3月2日至4日來訪，"
        "3月3日與陳市長會談。",
    )
    assert rels(
        got,
        RelType.VISITED,
        source=named(got, "約翰‧卡特"),
        target=KAOHSIUNG,
        start="2018-03-02",
        end="2018-03-04",
    )


def test_the_city_holds_its_event_on_a_festival_day_at_a_venue_unsaid() -> None:
    """本年中秋節（9月24日）於旗津海岸舉辦「…」: with no subject written, an occasion
    (a festival day, its date in brackets) and a venue before the holding verb, the
    chapter's own city holds the event, as when only the time is written."""
    got = chapter(
        "本年中秋節（9月24日）於旗津海岸舉辦「2018高雄國際風箏節」，邀請日本濱松市組隊參加。"
    )
    held = event_named(got, "高雄國際風箏節")
    hosted = rels(got, RelType.HOSTED, source=KAOHSIUNG, target=held)
    assert hosted
    assert any("於旗津海岸舉辦" in e.text for e in hosted[0].evidence)


def test_a_trip_led_by_a_bureau_specialist_is_led_by_surname_and_title() -> None:
    """由社會局李專員帶隊赴某市: 專員 (a specialist of a bureau) is a title like 科長,
    the bureau being the trip's, the leader its official by surname and title."""
    got = chapter(
        "本府社會局於7月2日至12日選派本市高中學生20名，由社會局李專員帶隊赴日本大阪市，"
        "參加大阪大學舉辦之「2018國際青年研習營」。",
        period="2018-07/2018-12",
    )
    assert rels(got, RelType.VISITED, source=KAOHSIUNG, led_by="李專員", start="2018-07-02")


def test_a_bureau_leading_in_the_heading_leaves_the_lead_to_its_official() -> None:
    """1.建設局率團訪問某市 over 本府建設局陳局長率…赴某市: the bureau is the trip's, not
    its leader; its official by surname and title leads it."""
    got = chapter(
        "1.建設局率團訪問泰國曼谷市",
        "本府建設局陳局長率本市工商業者一行25人，於8月18日至22日赴泰國曼谷市進行經貿考察。",
        period="2018-07/2018-12",
    )
    assert rels(got, RelType.VISITED, source=KAOHSIUNG, led_by="陳局長", start="2018-08-18")


@pytest.mark.parametrize(
    "between",
    ["依上半年本府訪團訪問時之約定，", "依據雙方去年之共識，", "應陳市長之邀，"],
)
def test_what_a_leader_acts_in_line_with_stands_between_him_and_leading(between: str) -> None:
    """某市市長某某（gloss）依…之約定，率該市經貿訪問團…來訪: a clause of what he acts in
    line with (an agreement, a consensus, an invitation) between the leader and 率 leaves
    him leading his city's delegation: the city came too, on the days told."""
    got = chapter(
        f"美國西雅圖市市長約翰‧卡特（John Carter）{between}率該市經貿訪問團一行22人，"
        "於11月11日至13日來訪。",
        period="2018-07/2018-12",
    )
    assert rels(
        got,
        RelType.VISITED,
        source=named(got, "西雅圖市"),
        target=KAOHSIUNG,
        start="2018-11-11",
        end="2018-11-13",
    )


def test_a_reception_with_no_one_named_receives_the_visitor_of_the_sentence_before() -> None:
    """某市市長某某…於11月11日至13日來訪。陳市長於11日親自接見，…: the city's official
    received, in the sentence after, the one who came."""
    got = chapter(
        "美國西雅圖市市長約翰‧卡特（John Carter）率該市經貿訪問團一行22人，"
        "於11月11日至13日來訪。陳市長於11日親自接見，12日並共同參觀港區。",
        period="2018-07/2018-12",
    )
    assert rels(got, RelType.MET_WITH, target=named(got, "約翰‧卡特"), date="2018-11-11")


def test_a_tie_pursued_in_a_heading_whose_text_tells_talks_is_negotiating() -> None:
    """3.推動某國中與某中學締結姊妹校, its text 雙方就締結姊妹校事宜進行洽談，刻正協商
    協定內容: the tie is being negotiated, not only planned."""
    got = chapter(
        "3.推動前鎮國中與大阪天王寺中學締結姊妹校",
        "陳市長訪問大阪期間，本市前鎮國中校長隨團拜訪大阪天王寺中學，雙方就締結姊妹校事宜"
        "進行洽談，目前刻正協商協定內容。",
        period="2018-07/2018-12",
    )
    assert rels(got, RelType.SISTER_SCHOOL_OF, status=TieStatus.NEGOTIATING)


def test_the_topic_of_talks_is_no_time_of_a_signing_after_them() -> None:
    """兩市長就交流成果及未來合作方向交換意見，並共同簽署「…協議書」: 未來 is what the
    talk was on; the agreement was signed that day."""
    got = chapter(
        "10月4日拜會大阪市市長山田一郎，兩市長就交流成果及未來合作方向交換意見，"
        "並共同簽署「高雄市與大阪市港灣交流合作協議書」。",
        period="2018-07/2018-12",
    )
    assert rels(got, RelType.SIGNED_MOU, status=TieStatus.SIGNED, date="2018-10-04")


def test_the_city_agreeing_to_send_someone_to_the_event_it_was_invited_to_plans_to_go() -> None:
    """…並邀請本府派員參加明年初於某市舉辦之「…」，本府已函復同意由觀光局派員參展: the
    city agreed, naming who will go: it plans to take part, not only invited."""
    got = chapter(
        "大阪市國際交流課課長山本一郎於9月間來訪，並邀請本府派員參加明年初於大阪舉辦之"
        "「大阪國際旅遊展」，本府已函復同意由觀光局派員參展。",
        period="2018-07/2018-12",
    )
    held = event_named(got, "大阪國際旅遊展")
    assert rels(
        got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=held, status=Attendance.PLANNED
    )


def test_a_body_after_a_clause_of_coming_along_is_named_without_it() -> None:
    """隨團來訪之西雅圖港務局執行長某某並拜會…: 隨團來訪之 says who came along, it is no
    part of the body's name."""
    got = chapter(
        "隨團來訪之西雅圖港務局執行長約翰‧史密斯（John Smith）並拜會本府建設局，"
        "洽談兩港間之貨櫃航線合作事宜。",
        period="2018-07/2018-12",
    )
    titles = rels(got, RelType.HOLDS_TITLE, source=named(got, "約翰‧史密斯"))
    assert [t.target for t in titles] == [named(got, "西雅圖港務局")]


def test_envoys_stationed_here_at_the_citys_event_did_not_visit() -> None:
    """本府於…舉辦「…」，邀請某國駐華大使甲、某國在台協會副代表乙及某國貿易辦事處處長丙
    參加: envoys stationed in Taiwan (駐華 in the title, 在台 in the body) attended, and
    came to no city (tests/data/README.md)."""
    got = chapter(
        "本府於12月7日舉辦「2018駐華使節高雄參訪活動」，邀請巴拿馬共和國駐華大使羅培茲、"
        "比利時在台協會副代表馬丁及英國貿易文化辦事處處長白朗等單位代表參加。",
        period="2018-07/2018-12",
    )
    for envoy in ["羅培茲", "馬丁"]:
        assert rels(got, RelType.PARTICIPATED_IN, source=named(got, envoy))
        assert not rels(got, RelType.VISITED, source=named(got, envoy))


def test_a_heading_of_a_mayors_coming_is_no_coming_of_the_city() -> None:
    """5.某國某市市長來訪, its text 某市市長某某於8月5日來訪，拜會本府工務局: the mayor
    came, alone; his city did not (tests/data/README.md: a city visits when its head led
    its delegation)."""
    got = chapter(
        "5.瓜地馬拉安提瓜市市長來訪",
        "瓜地馬拉安提瓜市市長羅培茲（Juan Lopez）於8月5日來訪，拜會本府工務局及環保局。",
        period="2018-07/2018-12",
    )
    assert rels(got, RelType.VISITED, source=named(got, "羅培茲"), start="2018-08-05")
    assert not rels(got, RelType.VISITED, source=named(got, "安提瓜市"))


def test_our_sister_city_before_a_body_is_no_part_of_its_name() -> None:
    """本市姊妹市澳洲伯斯市經濟發展處處長某某率該市企業代表團來訪: 本市姊妹市 says what
    the city is to us; the body is 伯斯市經濟發展處, and it came."""
    got = chapter(
        "本市姊妹市澳洲伯斯市經濟發展處處長約翰‧瓊斯（John Jones）率該市企業代表團一行15人，"
        "於4月22日至25日來訪，參觀本市加工出口區。"
    )
    assert not [e for e in got.entities if "姊妹市" in e.name_zh]
    body = named(got, "伯斯市經濟發展處")
    assert rels(got, RelType.HOLDS_TITLE, source=named(got, "約翰‧瓊斯"), target=body)


def test_a_training_class_the_city_runs_is_its_event() -> None:
    """秘書處於3月間辦理「國際禮儀研習班」，計有各局處同仁60人參訓: a class (研習班,
    講習班) is an event, the city's own."""
    got = chapter("另秘書處於3月間辦理「涉外禮儀研習班」，計有各局處同仁60人參訓。")
    held = event_named(got, "涉外禮儀研習班")
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=held)


@pytest.mark.parametrize("edition", ["由伯斯市主辦之首屆", "首屆"])
def test_the_first_edition_of_an_event_is_joined_as_any_edition(edition: str) -> None:
    """…前往伯斯市參加由伯斯市主辦之首屆「2018亞太城市論壇」: 首屆 (the first edition)
    before the name leaves the verb governing the event, as 第3屆 does."""
    got = chapter(
        f"9月16日至20日，本府由黃副市長率建設局人員前往伯斯市參加{edition}「2018亞太城市論壇」。",
        period="2018-07/2018-12",
    )
    held = event_named(got, "亞太城市論壇")
    assert rels(
        got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=held, status=Attendance.ATTENDED
    )


def test_the_days_of_a_trip_told_one_by_one_go_on_with_its_delegation() -> None:
    """陳菊市長率…訪問大阪。10月4日拜會大阪市市長某某，…；翌日（5日）應邀出席「大阪
    市民祭」慶典: clauses with no subject of their own, each opening with what the
    delegation did that day, are its legs: the city attended the festival."""
    got = chapter(
        "1.陳市長率團訪問大阪",
        "10月3日至7日，陳菊市長率秘書處、建設局等局處主管一行20人訪問大阪。"
        "10月4日拜會大阪市市長山田一郎，雙方就交流成果交換意見；"
        "翌日（5日）應邀出席「大阪市民祭」慶典，並共同種植紀念樹。",
        period="2015-07/2015-12",
    )
    held = event_named(got, "大阪市民祭")
    assert rels(
        got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=held, status=Attendance.ATTENDED
    )


def test_an_event_named_for_the_place_a_trip_went_to_is_held_there() -> None:
    """…率…訪問大阪。…；翌日（5日）應邀出席「大阪市民祭」慶典: the event joined on the
    trip, named for the place it went to, is that place's."""
    got = chapter(
        "1.陳市長率團訪問大阪",
        "10月3日至7日，陳菊市長率秘書處、建設局等局處主管一行20人訪問大阪。"
        "10月4日拜會大阪市市長山田一郎，雙方就交流成果交換意見；"
        "翌日（5日）應邀出席「大阪市民祭」慶典，並共同種植紀念樹。",
        period="2015-07/2015-12",
    )
    held = event_named(got, "大阪市民祭")
    assert rels(got, RelType.HOSTED, source=named(got, "大阪市"), target=held)


def test_a_home_school_whose_head_calls_on_a_school_abroad_visits_it() -> None:
    """陳市長訪問大阪期間，本市前鎮國中校長隨團拜訪大阪天王寺中學: the school whose head
    called visited the school abroad, not the city."""
    got = chapter(
        "陳市長訪問大阪期間，本市前鎮國中校長隨團拜訪大阪天王寺中學，雙方就兩校交流交換意見。",
        period="2018-07/2018-12",
    )
    theirs = named(got, "大阪天王寺中學")
    assert rels(got, RelType.VISITED, source=named(got, "前鎮國中"), target=theirs)
    assert not rels(got, RelType.VISITED, source=KAOHSIUNG, target=theirs)
