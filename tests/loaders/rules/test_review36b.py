"""Rule fixes after the round-36b review (record cards of labelled fields): each tested
on invented cards in the reviewer's wordings and near variants of them."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels

_TRIP = (
    "（一）",
    "案由：出席「2018仁川港口節」",
    "日期：107年5月2日至5日",
    "地點：韓國仁川廣域市",
    "出訪人員：",
    "觀光局陳局長（團長）",
    "秘書處科員一人",
)


def _starts(ext, rel_type: RelType, **match) -> list[str | None]:  # type: ignore[no-untyped-def]
    return sorted(str(r.properties.get("start")) for r in rels(ext, rel_type, **match))


def _evidence(rel) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.text for e in rel.evidence]


# 1. a roster standing one member a line ends at the first line that is no member (a
# sentence of its own): that line tells its own story, not the trip's
def test_a_roster_ends_at_a_line_that_is_no_member() -> None:
    ext = chapter(*_TRIP, "另本市與日本八王子市於5月4日締結友好城市。")
    ties = rels(ext, RelType.FRIENDSHIP_CITY_OF)
    assert [t.target for t in ties] == [named(ext, "八王子市")]
    (trip,) = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "仁川廣域市"))
    assert not any("八王子" in text for text in _evidence(trip))


def test_a_line_after_a_roster_is_no_members_evidence() -> None:
    ext = chapter(*_TRIP, "5月3日，陳局長拜會仁川廣域市市長朴南春，並邀請其出席「2019高雄燈會」。")
    for rel_type in (RelType.MET_WITH, RelType.INVITED, RelType.HOLDS_TITLE):
        for rel in rels(ext, rel_type):
            assert not any(text.startswith(("地點", "觀光局", "秘書處")) for text in _evidence(rel))


# 9. a line ending in 日期 that is no card's date (資料截止日期：…) dates nothing else
def test_a_closing_date_line_dates_no_visit() -> None:
    ext = chapter(
        "資料截止日期：107年6月30日",
        "日本八王子市市長石森孝志率團來訪，拜會陳市長。",
        "美國西雅圖市副市長來訪，參觀本市港區。",
    )
    assert _starts(ext, RelType.VISITED, target=KAOHSIUNG) == ["None", "None", "None"]


# 6. a trip card still planned (日期：…（預定）, 俟核定後辦理出國手續) tells no trip made;
# nor does an ordinary item's 說明 of a trip planned, its people and place below it
def test_a_planned_trip_card_tells_no_trip_made() -> None:
    ext = chapter(
        "（一）",
        "案由：出席「2018亞太城市高峰會」",
        "日期：107年10月15日至18日（預定）",
        "地點：澳洲布里斯本市",
        "出國人員：市長、秘書處人員二人",
        "說明：本府業已報名，俟核定後辦理出國手續。",
    )
    assert not rels(ext, RelType.VISITED)
    assert not rels(ext, RelType.PARTICIPATED_IN, status="attended")


def test_an_ordinary_items_planned_trip_is_no_trip_made() -> None:
    ext = chapter(
        "（三）本市與美國西雅圖市締結姊妹市四十週年",
        "說明：兩市於民國六十二年締結姊妹市，本府預定於10月組團赴西雅圖市慶祝。",
        "出國人員：市長、秘書處人員二人",
        "地點：美國西雅圖市",
    )
    assert not [v for v in rels(ext, RelType.VISITED) if v.properties.get("status") != "planned"]


# 7. a trip card called off (原訂出席…; 本案停止出訪) tells no trip made
def test_a_cancelled_trip_card_tells_no_trip_made() -> None:
    ext = chapter(
        "（一）",
        "案由：原訂出席「2018清水港祭」",
        "日期：107年7月20日至23日",
        "地點：日本清水市",
        "出訪人員：海洋局局長、秘書處科員一人",
        "經過：因颱風來襲，航班取消，本案停止出訪。",
    )
    assert not rels(ext, RelType.VISITED)


# 8. a coming card still planned (日期：…（預定）): its visitors have not come on those days
def test_a_planned_coming_cards_visitors_have_not_come() -> None:
    ext = chapter(
        "（一）",
        "案由：日本仙台市青年交流團來訪",
        "日期：107年8月6日至10日（預定）",
        "來訪人員：",
        "仙台市市民局局長　佐藤一郎",
        "仙台市高中學生二十人",
        "說明：本府刻正規劃接待行程。",
    )
    for visit in rels(ext, RelType.VISITED, target=KAOHSIUNG):
        assert "start" not in visit.properties
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "佐藤一郎"), title_zh="局長")


# 4. the city's own delegation listed in a trip card (訪問團成員：/ 本市議會議長　某某)
# went abroad: they did not visit the city
def test_the_citys_own_delegation_in_a_trip_card_visits_no_one_here() -> None:
    ext = chapter(
        "（一）",
        "案由：市議會訪問團赴日本熊本市",
        "日期：107年5月10日至14日",
        "地點：日本熊本市",
        "訪問團成員：",
        "本市議會議長　康裕成",
        "本市議會議員　李雅靜",
        "經過：訪問團拜會熊本市議會。",
    )
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "熊本市"))


# 5. guests at the city's own event (貴賓：, 來賓：): stationed staff and the city's own
# did not visit; their titles are still read
def test_guests_at_the_citys_event_did_not_visit() -> None:
    ext = chapter(
        "（一）",
        "案由：本府參加「2018高雄國際貨櫃藝術節」開幕",
        "日期：107.4.20",
        "地點：駁二藝術特區",
        "貴賓：",
        "美國在台協會高雄分處處長　唐若文",
        "日本台灣交流協會高雄事務所所長　中井健治",
        "本市議會議長　康裕成",
        "經過：本府邀請駐高雄各外館代表出席開幕典禮。",
    )
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "唐若文"), title_zh="處長")


# 2. an agreement signed in a year 以來 (自民國105年簽署「…備忘錄」以來): signed then
def test_an_agreement_signed_since_a_year_is_signed_that_year() -> None:
    ext = chapter("自民國105年簽署「高雄市仁川市青少年交流備忘錄」以來，兩市每年互派學生交流。")
    (mou,) = rels(ext, RelType.SIGNED_MOU)
    assert mou.properties.get("status") == "signed"
    assert str(mou.properties.get("date", mou.properties.get("since", ""))).startswith("2016")


# 3. 樂見 before an agreement already signed (樂見…簽署之「…」持續落實): signed, not planned
def test_glad_of_an_agreement_already_signed_is_no_plan() -> None:
    ext = chapter("仁川市長表示，該市樂見兩市於去年簽署之「青少年交流備忘錄」持續落實。")
    (mou,) = rels(ext, RelType.SIGNED_MOU)
    assert mou.properties.get("status") == "signed"


# 10. a trip card's roster read as the trip: each member named keeps his post
def test_a_roster_members_keep_their_posts() -> None:
    ext = chapter(
        "（一）",
        "案由：派員參加「2018亞洲城市交通論壇」",
        "日期：107年5月14日至17日",
        "地點：新加坡",
        "出訪人員：交通局科長王大明",
        "（二）",
        "案由：市長率團訪問日本大阪市",
        "日期：107年6月4日至8日",
        "地點：日本大阪市",
        "出訪人員：市長陳菊（團長）、觀光局局長曾文生",
    )
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "王大明"), title_zh="科長")
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "曾文生"), title_zh="局長")


# 12. a call told by a surname and post (金課長一行拜會本府): the visitor listed with them
def test_a_call_by_surname_and_post_is_the_listed_visitors() -> None:
    ext = chapter(
        "（一）",
        "案由：韓國釜山廣域市訪問團來訪",
        "日期：107年3月20日至22日",
        "來訪人員：釜山廣域市議會議員朴成民、釜山廣域市國際協力課課長金永洙",
        "經過：21日上午金課長一行拜會本府，由王市長接見。",
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG)
    assert [m.target for m in met] == [named(ext, "金永洙")]


# 11 (in part) and 13. a trip card's subject led by a post alone (市長率團訪問…): led by
# the one the roster names with that post, whose title is the city's; a stop skipped
# (取消參觀行程) calls off no trip
def test_a_subjects_leading_post_is_the_rosters_named_member() -> None:
    ext = chapter(
        "（一）",
        "案由：市長率團訪問日本關西地區",
        "日期：107年6月4日至10日",
        "地點：日本大阪市、京都市",
        "出訪人員：市長陳大明、觀光局局長、秘書處人員共六人",
        "行程及經過：",
        "6月6日至9日　大阪市：出席觀光推介會。",
        "6月10日　京都市：因班機提前，取消參觀行程，直接返國。",
    )
    mayor = named(ext, "陳大明")
    assert [r.target for r in rels(ext, RelType.HOLDS_TITLE, source=mayor)] == [KAOHSIUNG]
    osaka = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "大阪市"))
    assert [v.properties.get("led_by") for v in osaka] == ["陳大明"]


# 13. a member of the city's party by surname and post (王科長, once 交通局科長王大明)
# presenting a paper by its title: the city spoke at the event
def test_a_home_member_by_surname_presenting_a_paper_is_a_speaker() -> None:
    ext = chapter(
        "（一）",
        "案由：派員參加「2018亞洲城市交通論壇」",
        "日期：107年5月14日至17日",
        "地點：新加坡",
        "出訪人員：交通局科長王大明",
        "經過：王科長於論壇中以「高雄輕軌建設」為題發表報告。",
    )
    joined = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert [p.properties.get("role") for p in joined] == ["speaker"]


# 13. 室長 written once after an office (秘書室長谷川花子): with a name of five after it
# (長谷川花子) the 長 opens the name; no 室長 of 谷川花子
def test_an_office_word_shared_with_a_name_is_no_title() -> None:
    ext = chapter(
        "4月10日，日本東京都國際交流室室長山本太郎與秘書室長谷川花子一行來訪，拜會本府。",
    )
    titles = rels(ext, RelType.HOLDS_TITLE, title_zh="室長")
    assert [t.source for t in titles] == [named(ext, "山本太郎")]
