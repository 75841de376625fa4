"""Rule fixes after the round-37b review: each tested on invented sentences in the
reviewer's wordings and variants of them."""

from __future__ import annotations

import pytest

from graph.model import Extraction, Label, Relation, RelType, TieStatus
from loaders.reading import RawReport
from loaders.structure import ParsedReport, Section, parse_report
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a tie's partner named again in the visit joined on after it (與丹佛市簽署姊妹市協定
# 並參訪丹佛市國際機場): still the partner; the visit joined on names no other partner
@pytest.mark.parametrize(
    "joined",
    ["並參訪丹佛市國際機場", "並參訪丹佛市市政府", "暨訪問丹佛市及波德市"],
)
def test_a_partner_named_again_after_the_tie_is_still_the_partner(joined: str) -> None:
    ext = chapter(f"107年5月8日陳市長率團赴美國與丹佛市簽署姊妹市協定{joined}。")
    ties = rels(ext, RelType.SISTER_CITY_OF)
    assert [
        ({t.source, t.target}, t.properties.get("since"), t.properties.get("status")) for t in ties
    ] == [({KAOHSIUNG, named(ext, "丹佛市")}, "2018-05-08", TieStatus.SIGNED)]


# 2. a city gone on to after a tie, with a tie of its own told after it (並轉往乙市簽署
# 友好城市協定): the partner of that later tie
def test_a_city_gone_on_to_signing_its_own_tie_is_its_partner() -> None:
    ext = chapter("107年5月，陳市長率團訪問美國丹佛市簽署姊妹市協定並轉往鳳凰城簽署友好城市協定。")
    sister = rels(ext, RelType.SISTER_CITY_OF)
    assert [{t.source, t.target} for t in sister] == [{KAOHSIUNG, named(ext, "丹佛市")}]
    friends = rels(ext, RelType.FRIENDSHIP_CITY_OF)
    assert [
        ({t.source, t.target}, t.properties.get("since"), t.properties.get("status"))
        for t in friends
    ] == [({KAOHSIUNG, named(ext, "鳳凰城")}, "2018-05", TieStatus.SIGNED)]


def _sections(*lines: str) -> tuple[dict[str, Section], ParsedReport]:
    text = "\n".join(["壹、國際事務", "一、城市交流", *lines])
    parsed = parse_report(RawReport(path="t.txt", text=text, encoding="utf-8", sha256=""))
    return {s.title.rstrip("。"): s for s in parsed.sections}, parsed


#: A trip card under the chapter's second section, its summary in two points.
_CARD_OF_TWO_POINTS = (
    "二、出國報告提要",
    "（一）",
    "報告名稱：訪問美國丹佛市報告",
    "出國人員（姓名、服務單位、職稱）："
    "張大千（高雄市政府　市長）、黃美玉（高雄市政府新聞處　處長）",
    "出國期間：107年5月2日至5月8日",
    "前往國家及城市：美國科羅拉多州丹佛市",
    "內容摘要：",
)


# 3. the outer list's next number after a card's points (二、出國報告提要 … 內容摘要：
# 　一、… 　二、… 三、本期接待外賓): the next section of the chapter when it is written
# as the outer list's heading is (not indented as the points, or a heading with no
# sentence's punctuation), not a third point of the card
@pytest.mark.parametrize(
    "points",
    [
        ("　一、本團於五月二日抵達丹佛市。", "　二、四日上午拜會丹佛市市長。"),
        ("一、本團於五月二日抵達丹佛市。", "二、四日上午拜會丹佛市市長。"),
    ],
)
def test_the_outer_lists_next_number_after_a_cards_points_is_its_section(
    points: tuple[str, str],
) -> None:
    lines = (
        *_CARD_OF_TWO_POINTS,
        *points,
        "三、本期接待外賓",
        "（一）5月4日，日本熊本市副市長田中次郎率團來訪，拜會陳市長。訪團並於5日轉往台南市參訪。",
    )
    by_title, parsed = _sections(*lines)
    assert by_title["本期接待外賓"].parent is None
    card = parsed.sections.index(by_title["訪問美國丹佛市報告"])
    for point in points:
        assert by_title[point.strip()[2:].rstrip("。")].parent == card
    ext = chapter(*lines)
    guest = named(ext, "田中次郎")
    met = rels(ext, RelType.MET_WITH, target=guest)
    assert [(m.source, m.properties.get("date")) for m in met] == [(KAOHSIUNG, "2018-05-04")]
    assert not [
        v
        for v in rels(ext, RelType.VISITED, source=KAOHSIUNG)
        if v.properties.get("led_by") == "張大千" and v.target != named(ext, "丹佛市")
    ]


# ...while a third point written as the card's others are (indented, a sentence) is its
def test_a_cards_third_point_written_as_its_others_is_still_its() -> None:
    points = (
        "　一、本團於五月二日抵達丹佛市。",
        "　二、四日上午拜會丹佛市市長。",
        "　三、七日離丹佛市返國。",
    )
    by_title, parsed = _sections(*_CARD_OF_TWO_POINTS, *points, "三、本期接待外賓")
    card = parsed.sections.index(by_title["訪問美國丹佛市報告"])
    for point in points:
        assert by_title[point.strip()[2:].rstrip("。")].parent == card
    assert by_title["本期接待外賓"].parent is None


def _card_over_months(period: str, *points: str) -> tuple[str, ...]:
    return (
        "（一）",
        "報告名稱：市長率團訪問美國丹佛市及鳳凰城報告",
        "出國人員（姓名、服務單位、職稱）："
        "張大千（高雄市政府　市長）、黃美玉（高雄市政府新聞處　處長）",
        f"出國期間：{period}",
        "前往國家及城市：美國科羅拉多州丹佛市、亞利桑那州鳳凰城",
        "內容摘要：",
        *points,
    )


# 4. a day written alone in a card's point, smaller than a day the points before told in
# its month (五月二十九日 … 一日), is of the next month when the trip's days run into it;
# a month a point writes (六月一日) dates the days the later points write alone
@pytest.mark.parametrize(
    ("period", "points", "day"),
    [
        (
            "107年5月29日至6月3日",
            ("　一、本團於五月二十九日抵達丹佛市。", "　二、一日上午拜會丹佛市市長。"),
            "2018-06-01",
        ),
        (
            "107年5月28日至6月5日",
            (
                "　一、本團於五月二十九日抵達丹佛市，三十日參觀丹佛國際機場。",
                "　二、六月一日上午參觀丹佛市港務局。",
                "　三、二日上午拜會丹佛市市長，三日轉往鳳凰城。",
            ),
            "2018-06-02",
        ),
        (
            "107年5月1日至5月10日",
            ("　一、本團於五月二日抵達丹佛市。", "　二、四日上午拜會丹佛市市長。"),
            "2018-05-04",
        ),
    ],
)
def test_a_day_alone_in_a_cards_point_follows_the_days_told_before(
    period: str, points: tuple[str, ...], day: str
) -> None:
    ext = chapter(*_card_over_months(period, *points))
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "丹佛市"))
    assert [m.properties.get("date") for m in met] == [day]


def _trip_card(roster: str, *below: str) -> tuple[str, ...]:
    return (
        "（一）",
        "報告名稱：訪問日本大分市報告",
        roster,
        *below,
        "出國期間：107年4月2日至4月8日",
        "前往國家及城市：日本大分縣大分市",
    )


def _trip(ext: Extraction) -> Relation:
    (trip,) = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "大分市"))
    return trip


# 5. a roster's members parted only by commas or spaces (陳市長，觀光局許局長，新聞局李局長;
# 王大同，李小梅，張怡君; 王大同　李小梅　張怡君), none a unit or a title alone: members,
# not the columns of one; the first listed led, one named by surname and title no person
@pytest.mark.parametrize(
    ("roster", "leader"),
    [
        ("出國人員：陳市長，觀光局許局長，新聞局李局長", "陳市長"),
        ("出國人員：王大同，李小梅，張怡君", "王大同"),
        ("出國人員：王大同　李小梅　張怡君", "王大同"),
        ("出國人員（姓名）：王大同、李小梅、張怡君", "王大同"),
    ],
)
def test_a_rosters_members_parted_by_commas_or_spaces_are_members(roster: str, leader: str) -> None:
    ext = chapter(*_trip_card(roster))
    assert _trip(ext).properties.get("led_by") == leader
    assert not rels(ext, RelType.HOLDS_TITLE)
    people = {e.name_zh for e in ext.entities if e.label == Label.PERSON}
    assert not any(name.endswith("長") for name in people)


# 6. a roster's columns written unit, title, then name (as its label's gloss says:
# 服務單位、職稱、姓名), or in any order: each column read by what it is, the member
# holding the title at the unit and going
@pytest.mark.parametrize(
    "roster",
    [
        "出國人員（服務單位、職稱、姓名）："
        "高雄市政府觀光局　局長　王大同；高雄市政府觀光局　科長　李小梅",
        "出國人員（職稱、姓名、服務單位）："
        "局長　王大同　高雄市政府觀光局；科長　李小梅　高雄市政府觀光局",
    ],
)
def test_a_rosters_columns_in_another_order_are_read_by_what_each_is(roster: str) -> None:
    ext = chapter(*_trip_card(roster))
    assert _trip(ext).properties.get("led_by") == "王大同"
    bureau = named(ext, "高雄市政府觀光局")
    for name, title in (("王大同", "局長"), ("李小梅", "科長")):
        person = named(ext, name)
        held = rels(ext, RelType.HOLDS_TITLE, source=person, target=bureau)
        assert [h.properties.get("title_zh") for h in held] == [title]
        assert rels(ext, RelType.VISITED, source=person, target=named(ext, "大分市"))


# 7. the leader's mark after a member written in columns (王大同　某局　局長（領隊）): he
# led, whoever is listed first; a note of another kind after the columns is no part of
# the title
def test_a_leaders_mark_after_a_member_in_columns_tells_the_leader() -> None:
    ext = chapter(
        *_trip_card(
            "出國人員（姓名、服務單位、職稱）：",
            "　李小梅　高雄市政府觀光局　科長（另帶領學生二十名）",
            "　王大同　高雄市政府觀光局　局長（領隊）",
        )
    )
    assert _trip(ext).properties.get("led_by") == "王大同"
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "李小梅"))
    assert [h.properties.get("title_zh") for h in held] == ["科長"]


# 8. a guest received by the city council's head named by surname and title after the
# council's full name (由高雄市議會許議長接見): he met the city; no one is named (no
# 議會許 opening inside the council's name)
@pytest.mark.parametrize(
    "received",
    ["由高雄市議會許議長接見並座談", "由高雄市議會許議長接見", "由市議會康議長接見並座談"],
)
def test_a_guest_received_by_the_councils_head_by_surname_met_the_city(received: str) -> None:
    ext = chapter(f"107年4月2日，韓國釜山廣域市議會議長朴成浩來訪，{received}。")
    met = rels(ext, RelType.MET_WITH, target=named(ext, "朴成浩"))
    assert [(m.source, m.properties.get("date")) for m in met] == [(KAOHSIUNG, "2018-04-02")]
    people = {e.name_zh for e in ext.entities if e.label == Label.PERSON}
    assert people == {"朴成浩"}


def _guest_row(purpose: str, receiver: str) -> tuple[str, str]:
    return (
        "日期　　　　來訪者　　　　　　　　職稱　　　　　　　　　　事由　　　　　　　　接見",
        f"107.04.11　　金永洙　　　　　　韓國釜山廣域市議會議員　　{purpose}　　{receiver}",
    )


# 9. a guest table's receiver cell with a note in brackets (陳市長（因公改由王副市長代理）):
# the guest was received, by the one who stood in where the note names one
@pytest.mark.parametrize("receiver", ["陳市長（因公改由王副市長代理）", "王副市長（代理）"])
def test_a_guest_tables_receiver_with_a_note_tells_the_meeting(receiver: str) -> None:
    ext = chapter(*_guest_row("親善訪問", receiver))
    met = rels(ext, RelType.MET_WITH, target=named(ext, "金永洙"))
    assert [(m.source, m.properties.get("date")) for m in met] == [(KAOHSIUNG, "2018-04-11")]


# ...and a purpose cell telling the guest came along with another's delegation (隨議長率團
# 來訪, 隨團來訪): he came, led by no one named by the cell
@pytest.mark.parametrize("purpose", ["隨議長率團來訪", "隨團親善訪問"])
def test_a_guest_coming_along_in_a_guest_table_led_nothing(purpose: str) -> None:
    ext = chapter(*_guest_row(purpose, "王副市長"))
    (came,) = rels(ext, RelType.VISITED, source=named(ext, "金永洙"), target=KAOHSIUNG)
    assert came.properties.get("start") == "2018-04-11"
    assert "隨" not in str(came.properties.get("led_by", ""))
    assert rels(ext, RelType.MET_WITH, target=named(ext, "金永洙"))
