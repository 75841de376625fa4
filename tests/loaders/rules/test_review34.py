"""Rule fixes after the round-34a review: each tested on invented sentences in the
reviewer's wordings and paraphrases of them."""

from __future__ import annotations

import pytest

from graph.model import Extraction, RelType
from loaders.pipeline import extract_bytes
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels

H2_1991 = "1991-07/1991-12"


def _chapter(*lines: str) -> Extraction:
    text = "\n".join(["貳拾、國際事務", *lines]) + "\n"
    return extract_bytes(text.encode("utf-8"), "t.txt", H2_1991)


def _names(ext: Extraction) -> set[str]:
    return {e.name_zh for e in ext.entities}


# 1. a roster under a part of a trip that is no list of its members (接待人員, 回訪團) names
# no one who went; a member who did not go along did not
def test_the_hosts_listed_under_a_trip_did_not_go() -> None:
    ext = _chapter(
        "壹、出訪紀要",
        "一、吳市長率團訪問美國西雅圖市及波特蘭市（九月三日至九月九日）",
        "（一）團員名單",
        "團長：吳市長",
        "團員：工務局局長王大明、教育局局長李小華，合計十人。",
        "（二）西雅圖市接待人員",
        "成員：西雅圖市禮賓處處長瓊斯、西雅圖市議員陳約翰。",
    )
    assert rels(ext, RelType.VISITED, source=named(ext, "王大明"))
    for host in ("瓊斯", "陳約翰"):
        assert not rels(ext, RelType.VISITED, source=named(ext, host))


def test_a_member_who_did_not_go_along_did_not_visit() -> None:
    ext = _chapter(
        "壹、出訪紀要",
        "一、吳市長率團訪問美國西雅圖市及波特蘭市（九月三日至九月九日）",
        "（一）團員名單",
        "團長：吳市長",
        "團員：工務局局長王大明、教育局局長李小華，其中王大明局長因公臨時未克隨行。",
    )
    assert rels(ext, RelType.VISITED, source=named(ext, "李小華"))
    assert not rels(ext, RelType.VISITED, source=named(ext, "王大明"))


# 2. a tie made stays signed when another agreement is agreed on and to be signed later
def test_a_tie_made_stays_signed_beside_another_agreement_to_come() -> None:
    ext = chapter(
        "（一）九月三日，日本大分市長佐藤健二來訪，兩市自民國六十八年締結姊妹市以來交流密切，"
        "此行雙方並就港灣交流事宜達成共識，預定明年簽署合作備忘錄。",
        period=H2_1991,
    )
    (tie,) = rels(ext, RelType.SISTER_CITY_OF)
    assert tie.properties.get("status", "signed") == "signed"


def test_a_tie_agreed_on_and_to_be_signed_is_planned() -> None:
    ext = chapter(
        "（一）八月二日，大分市長佐藤健二來訪，雙方就締結姊妹市事宜達成共識，預定明年春季簽約。",
        period=H2_1991,
    )
    (tie,) = rels(ext, RelType.SISTER_CITY_OF)
    assert tie.properties.get("status") == "planned"


# 3. a rank with no subject is the city opening the sentence's, not a place where the
# signing was held or the partner of another tie
@pytest.mark.parametrize(
    "sentence",
    [
        "（一）美國奧克蘭市於民國七十五年由兩市市長在日本東京都締結，為本市第二個姊妹市。",
        "（一）美國奧克蘭市於民國七十五年在臺北市締結，為本市第二個姊妹市。",
    ],
)
def test_a_rank_is_of_the_city_made_partner_not_the_place_of_signing(sentence: str) -> None:
    ext = chapter(sentence, period=H2_1991)
    ranked = [r for r in rels(ext, RelType.SISTER_CITY_OF) if r.properties.get("ordinal") == 2]
    assert ranked
    assert all(named(ext, "奧克蘭市") in (r.source, r.target) for r in ranked)


# 4-5. 欣然 ends given names; 參訪/拜訪 open delegations' names
@pytest.mark.parametrize("name", ["林欣然", "朴欣然"])
def test_a_given_name_may_be_xinran(name: str) -> None:
    ext = chapter(
        f"（一）九月五日，韓國釜山直轄市副市長{name}率團來訪，由吳市長接見。", period=H2_1991
    )
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, name))


def test_a_delegation_named_for_its_visit_holds_its_leader() -> None:
    ext = chapter("（一）九月三日，日本大分市親善拜訪團團長佐藤健二率團來訪。", period=H2_1991)
    (held,) = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "佐藤健二"))
    assert "拜訪團" in next(e.name_zh for e in ext.entities if e.id == held.target)


# 6. a Latin gloss of a university or an unknown place before a title names no person
@pytest.mark.parametrize(
    "sentence",
    [
        "（一）九月三日，馬紹爾群島馬久羅(Majuro)市長率團來訪。",
        "（一）十月二日，美國華盛頓大學(University of Washington)校長來訪。",
    ],
)
def test_a_glossed_place_or_school_before_a_title_is_no_name(sentence: str) -> None:
    ext = chapter(sentence, period=H2_1991)
    assert not {"馬久羅", "大學"} & _names(ext)


# 7. a call on a city's government on an itinerary's day is dated that day, not by
# another stop's days
def test_a_call_on_a_day_of_the_itinerary_keeps_that_day() -> None:
    ext = _chapter(
        "壹、出訪紀要",
        "一、吳市長率團訪問美國西雅圖市及波特蘭市（九月三日至九月九日）",
        "（一）行程紀要（九月三日至六日訪問西雅圖市，九月六日至八日訪問波特蘭市）",
        "九月四日：上午拜會西雅圖市政府，與市長萊斯會談。",
        "九月七日：上午拜會波特蘭市政府，與市長克拉克會談。",
    )
    for city, day in (("西雅圖市", "1991-09-04"), ("波特蘭市", "1991-09-07")):
        for met in rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, city)):
            assert met.properties.get("start") in (day, None)


# 8. a city official leading a group in another capacity (以某社社長身分) is not the
# city's trip
def test_an_official_leading_in_another_capacity_is_not_the_citys_trip() -> None:
    ext = chapter(
        "（一）八月二日，本府秘書長趙明德接見日本大分市議會訪問團。",
        "（二）九月三日至八日，趙明德以高雄扶輪社社長身分率扶輪社友訪問日本福岡市，出席扶輪社年會。",
        period=H2_1991,
    )
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG)


# 9. a city whose name ends with a known city's after a word of direction is another city
def test_north_of_a_known_city_is_another_city() -> None:
    ext = chapter("（一）九月三日，本府工務局組團赴美國北芝加哥市考察。", period=H2_1991)
    gone = {r.target for r in rels(ext, RelType.VISITED, source=KAOHSIUNG)}
    assert "city:us:chicago" not in gone


# --- after round 34b ---------------------------------------------------------------

H2_1992 = "1992-07/1992-12"


# 11. a delegation going to help the city's firms take part is still a trip
@pytest.mark.parametrize(
    "sentence",
    [
        "本府由經發局王局長率團於十月赴大分市協助本市廠商參展，並拜會大分市長佐藤健二。",
        "本府經發局於十月派員協助本市廠商赴大分市參加「大分國際產業商展」。",
    ],
)
def test_going_to_help_the_citys_firms_is_a_trip(sentence: str) -> None:
    ext = chapter(sentence, period=H2_1992)
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "大分市"))


# 12. 如前所述 qualifying an event is no clause pointing back as a whole
def test_an_event_spoken_of_before_still_tells_the_trip_to_it() -> None:
    ext = chapter(
        "陳市長於十月率團赴大分市參加如前所述之「第十屆大分市民祭」，並拜會大分市長佐藤健二。",
        period=H2_1992,
    )
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "大分市"))
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, status="attended")


# 13. a generic word for a fair right before the fair's quoted name names that fair
def test_a_local_fair_named_right_after_is_joined() -> None:
    ext = chapter(
        "本府經發局於十月率本市廠商十家赴大分市參加當地商展「大分國際產業商展」。",
        period=H2_1992,
    )
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, status="attended")


# 14. the city asking another to go on holding its event does not hold it
def test_asking_another_to_go_on_holding_is_not_holding() -> None:
    ext = chapter(
        "本府建議大分市續辦「大分國際青少年交流營」，並邀請本市學生參加。", period=H2_1992
    )
    assert not rels(ext, RelType.HOSTED, source=KAOHSIUNG)


# 15. one stay across the turn of a month is one trip
def test_a_stay_across_the_turn_of_a_month_is_one_trip() -> None:
    ext = chapter(
        "（1）本府由王副市長率團於九月下旬赴大分市訪問。",
        "（2）十月一日，訪問團在大分市出席該市主辦之「第十屆大分市民祭」開幕典禮。",
        period=H2_1992,
    )
    assert len(rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "大分市"))) == 1
