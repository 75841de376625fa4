"""Tests of loaders/rules/context.py: the chapter's sections, headings and datelines, the
report's period and year, and when what a clause states happened (dates, days and months
told relative to each other)."""

from __future__ import annotations

import pytest

from graph.model import Attendance, RelType
from loaders.dates import DateContext, find_dates
from loaders.reading import RawReport, decode_report, normalize
from loaders.structure import ParsedReport, Period, Section, find_period, parse_period, parse_report
from tests.loaders.rules.helpers import (
    CARD_WITH_LEGS,
    H1_1992,
    H1_1993,
    H1_1995,
    H2_1990,
    KAOHSIUNG,
    TRIP,
    chapter,
    event_named,
    named,
    rels,
    trip_chapter,
    visitors_chapter,
)


def _starts(ext, rel_type: RelType, **match) -> list[str | None]:  # type: ignore[no-untyped-def]
    return sorted(str(r.properties.get("start")) for r in rels(ext, rel_type, **match))


#: The opening of a report spoken to the council.
_ADDRESS = "議長、副議長、各位議員先生、女士："


_LAST_YEAR_TRIP = "去年十月，本府應邀組團赴日本熊本市參加「熊本城馬拉松」。"


def _sections(*lines: str) -> tuple[dict[str, Section], ParsedReport]:
    text = "\n".join(["壹、國際事務", "一、城市交流", *lines])
    parsed = parse_report(RawReport(path="t.txt", text=text, encoding="utf-8", sha256=""))
    return {s.title.rstrip("。"): s for s in parsed.sections}, parsed


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


# (round 31a)
def test_a_purpose_clause_sets_no_time_to_come() -> None:
    ext = chapter(
        "仁川市為瞭解本市貨櫃碼頭營運及港區規劃，特派仁川市港灣局局長朴大成率港灣考察團"
        "一行9人，於2018年3月18日至20日來訪，並與本府建設局座談。"
    )
    for visitor in ("朴大成", "仁川市"):
        came = rels(ext, RelType.VISITED, source=named(ext, visitor), target=KAOHSIUNG)
        assert [r.properties.get("start") for r in came] == ["2018-03-18"], visitor


# (round 32a)
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


# 2. the item's date written after it in brackets, in the short ROC form: it dates what
# the sentence told before it (round 33c)
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


# (round 33c)
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


# (round 33c)
def test_a_date_closing_the_sentence_dates_a_trip_made_at_an_invitation() -> None:
    ext = chapter(
        "○陳菊市長應日本仙台市之邀，率本府建設局人員一行十人訪問仙台市，"
        "考察港灣整建（107.4.13～4.17）。"
    )
    (visit,) = rels(ext, RelType.VISITED, source=KAOHSIUNG)
    dated = (visit.properties.get("start"), visit.properties.get("end"))
    assert dated == ("2018-04-13", "2018-04-17")


# (round 33c)
def test_a_date_closing_the_sentence_dates_the_clauses_after_a_month_told_in_passing() -> None:
    ext = chapter(
        "○田中一郎（日本交流協會高雄事務所所長）甫於三月到任，即偕同該所副所長拜會陳市長，"
        "陳市長表示歡迎（107.3.12）。"
    )
    (met,) = rels(ext, RelType.MET_WITH, target=named(ext, "田中一郎"))
    assert met.properties["date"] == "2018-03-12"


# 1. a date in brackets closing a later sentence dates the item only when it is the
# item's: within the report's period, and not in a sentence telling another party's
# story (另…亦…) or history (review 33)
def test_a_closing_date_of_history_does_not_date_the_visit_before_it() -> None:
    ext = chapter(
        "（一）日本大分市長佐藤健二率團來訪，參觀港區及捷運工程。"
        "兩市係於民國七十九年締結姊妹市（79.3.12）。",
        period=H1_1992,
    )
    mayor = named(ext, "佐藤健二")
    (visit,) = rels(ext, RelType.VISITED, source=mayor)
    assert not str(visit.properties.get("start", "")).startswith("1990")
    (tie,) = rels(ext, RelType.SISTER_CITY_OF)
    assert tie.properties.get("since") == "1990-03-12"


# (review 33)
def test_another_visitors_closing_date_does_not_date_the_visit_before_it() -> None:
    ext = chapter(
        "（一）日本大分市長佐藤健二率團來訪，參觀港區。另釜山市議長朴正浩亦率議員五人來訪（81.4.2）。",
        period=H1_1992,
    )
    (visit,) = rels(ext, RelType.VISITED, source=named(ext, "佐藤健二"))
    assert visit.properties.get("start") != "1992-04-02"


# (review 33)
def test_a_closing_date_outside_the_period_is_the_events_not_the_visits() -> None:
    ext = chapter(
        "（一）日本大分市長佐藤健二率團來訪，並邀請本府組團參加該市建市百年慶典（81.10.1）。",
        period=H1_1992,
    )
    (visit,) = rels(ext, RelType.VISITED, source=named(ext, "佐藤健二"))
    assert visit.properties.get("start") != "1992-10-01"


# --- after round 33a ---------------------------------------------------------------


# 19. a summary list of plans (計畫要項, 工作重點) keeps its items planned (review 33)
def test_a_summary_list_of_plans_keeps_them_planned() -> None:
    ext = chapter(
        "本期計畫要項包括：籌組市長訪問團赴美國西雅圖市訪問、"
        "邀請日本大分市參加「八十四年高雄燈會」、與韓國釜山市洽談締結姊妹市等。",
        period=H1_1995,
    )
    invited = rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "大分市"))
    assert invited and all(r.properties.get("status") == "planned" for r in invited)


# (round 34a)
def test_a_year_glossed_in_chinese_numerals_states_the_period() -> None:
    # 本（八十二）年一月至六月: the year glossed in brackets, written in numerals
    found = find_period("本（八十二）年一月至六月，本府辦理國際交流")
    assert found is not None and found[0] == Period("1993-01", "1993-06")


# (round 34a)
def test_a_later_sentence_of_an_itinerary_line_is_of_the_lines_day() -> None:
    # 第二天(某日)：上午…。下午…與某某會談: the talks are of that day, not the stop's
    got = trip_chapter(
        *TRIP,
        "第二天（五月四日）：上午搭車參觀市區。下午謝長廷市長與舊金山市議長林大衛會談。",
    )
    assert rels(
        got, RelType.MET_WITH, source="person:謝長廷", target="person:林大衛", date="2001-05-04"
    )


# 15. a month told of an event to come (本年六月在本市舉行之「…」) gives no month to a
# day told alone after it (十日晚間): that day is of the trip; and a day of the trip to a
# city in the country it was told going to (赴日本訪問某市) does not narrow the trip (round 35b)
def test_a_day_alone_after_an_events_month_is_of_the_trip() -> None:
    ext = chapter(
        "四月八日至十二日，陳市長率本府秘書處、建設局主管一行十人赴日本訪問熊本市，九日上午"
        "拜會熊本市長大西一史，陳市長並當面邀請熊本市派隊參加本年六月在本市愛河舉行之"
        "「2018高雄國際龍舟錦標賽」；訪問團另參觀熊本城，十日晚間並出席熊本地區華僑團體"
        "聯合歡迎晚會。",
    )
    (trip,) = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "熊本市"))
    assert (trip.properties["start"], trip.properties["end"]) == ("2018-04-08", "2018-04-12")


# 1. a day glossed after 昨/今 (昨（九）日, 今（十五）日), as a news release writes the
# day it tells of: that day, in the month of the date before it (round 35d)
def test_a_day_glossed_after_yesterday_is_that_day() -> None:
    context = DateContext(parse_period("2019-01/2019-06"))
    spans = find_dates("〔108.3.6〕某某市長，昨（五）日上午拜會市府，今（六）日轉往臺南", context)
    days = [s.start for s in spans]
    assert days[1:] == ["2019-03-05", "2019-03-06"]


# 2. a digest of news releases: a headline line (in 【】, in 「」 or bare) over a text
# with a dateline at its head (〔108.3.6〕) or closing it (（108年4月16日）); each
# release is an item of its own, its days told relative to its own dateline (round 35d)
def test_a_release_closed_by_its_dateline_dates_its_month() -> None:
    ext = chapter(
        "【熊本市長來訪　雙方洽談觀光交流】",
        "〔108.3.6〕日本熊本市長大西一史，昨（五）日上午拜會市府，由陳市長接見。",
        "本府觀光局赴橫濱市推廣觀光",
        "本府觀光局組團一行五人，於本月十一日至十四日前往日本橫濱市推廣觀光，"
        "並拜會橫濱市觀光局。（108年4月16日）",
        period="2019-01/2019-06",
    )
    visits = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "橫濱市"))
    assert [v.properties.get("start") for v in visits] == ["2019-04-11"]
    guest = rels(ext, RelType.VISITED, source=named(ext, "大西一史"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in guest] == ["2019-03-05"]


# (round 35d)
def test_a_release_dateline_dates_nothing_it_tells() -> None:
    ext = chapter(
        "「仁川市議員訪問團拜會市府」",
        "〔108.5.20〕韓國仁川廣域市議會議長李東起率議員一行八人南下拜會市府，由陳市長接見。",
        period="2019-01/2019-06",
    )
    guest = rels(ext, RelType.VISITED, source=named(ext, "李東起"), target=KAOHSIUNG)
    assert guest
    assert all(v.properties.get("start") != "2019-05-20" for v in guest)


# (round 35d)
def test_a_day_before_the_release_may_be_of_the_month_before() -> None:
    context = DateContext(parse_period("2019-01/2019-06"))
    spans = find_dates("〔108.4.1〕某團於本月一日抵達，昨（三十一）日拜會市府", context)
    assert [s.start for s in spans][-1] == "2019-03-31"
    spans = find_dates("〔108.6.20〕訪問團於本月八日啟程，昨（十九）日返國", context)
    assert [s.start for s in spans][-1] == "2019-06-19"


# 6. a day written alone and followed by a time of day (某市長十五日上午拜會市府,
# 考察團二十日下午拜會…) is a date wherever it stands, in the month last named (round 35d)
def test_a_day_followed_by_a_time_of_day_is_a_date() -> None:
    context = DateContext(parse_period("2019-01/2019-06"))
    spans = find_dates("某市長於三月十三日至十六日來訪，某市長十五日上午拜會市府", context)
    assert [s.start for s in spans] == ["2019-03-13", "2019-03-15"]


# 8. a clause of purpose opening the sentence (為規劃本市某某，…) names an aim, no time
# to come: the trip the sentence then tells took place (round 35d)
def test_a_purpose_of_planning_opening_the_sentence_is_no_plan() -> None:
    ext = chapter(
        "〔108.8.9〕為規劃本市新港區，本府建設局組成考察團一行五人，於本月三日至七日赴新加坡考察港埠設施。",
        period="2019-07/2019-12",
    )
    trips = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "新加坡"))
    assert [v.properties.get("start") for v in trips] == ["2019-08-03"]


# 9. a relative year glossed with its number in counted numerals (去（九十七）年,
# 明（九十九）年): that year, as when glossed in figures (去（97）年) (round 35d)
def test_a_relative_year_glossed_in_counted_numerals_is_that_year() -> None:
    context = DateContext(parse_period("2009-01/2009-06"))
    spans = find_dates("兩市自去（九十七）年締結姊妹市以來，明（九十九）年將互派學生", context)
    assert [s.start for s in spans] == ["2008", "2010"]


# 14. the time an invitation asks the city to come in (邀請本府於十月間組團參加…) is no
# month of the story: a day written alone after it (十六日晚間返抵國門) is of the trip's (round 35d)
def test_the_time_an_invitation_asks_for_dates_no_later_day() -> None:
    ext = chapter(
        "本府王副市長率團於4月11日至16日訪問仁川廣域市。吳市長並邀請本府於十月間組團參加"
        "「仁川市民之日」慶祝活動。訪問團另參觀仁川港，十六日晚間返抵國門。",
        period="2019-01/2019-06",
    )
    trips = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "仁川廣域市"))
    assert all(v.properties.get("start", "")[:7] != "2019-10" for v in trips)


# 2. a date the clause's own act is told at (並於四月三日在某市舉行之「…」開幕式致詞) is
# the story's too: a day told alone after it is of its month (review 35)
def test_a_date_the_clause_acts_at_carries_its_month() -> None:
    for line in (
        "（一）吳敦義市長率團於三月二十八日赴日本長崎市訪問，並於四月三日在長崎市舉行之"
        "「長崎港祭」開幕式致詞；五日拜會長崎市市長田中一郎。",
        "（一）吳敦義市長率團於三月三十日赴日本長崎市訪問，四月三日在長崎市舉行之"
        "「長崎港祭」中致詞，五日拜會長崎市市長田中一郎。",
    ):
        ext = visitors_chapter(line)
        (met,) = rels(ext, RelType.MET_WITH)
        assert met.properties["date"] == "1993-04-05", line


# 14. a signing told with an event whose name has a year (參加「1992年某城祭」並簽署「…」)
# is dated by the day written before it or the item's, not the edition's year (review 35a)
@pytest.mark.parametrize(
    "lines",
    [
        [
            "（一）八十二年三月五日，吳市長率團赴日本熊本市參加「1992年熊本城祭」並簽署「高雄熊本觀光交流備忘錄」。"
        ],
        [
            "（一）八十二年三月五日",
            "吳市長率團赴日本熊本市參加「1993年熊本城祭」並簽署「高雄熊本觀光交流備忘錄」。",
        ],
    ],
)
def test_a_signing_beside_an_editions_year_takes_the_day(lines: list[str]) -> None:
    ext = visitors_chapter(*lines)
    (mou,) = rels(ext, RelType.SIGNED_MOU)
    assert mou.properties["date"] == "1993-03-05"


# 1. a date in brackets closing an ordinary item (not a release under its headline)
# dates the item, as before: no dateline (review 35d)
@pytest.mark.parametrize(
    "line",
    [
        "（一）日本青森市市長佐藤健一率團來訪，由吳市長接見。（82年3月5日）",
        "日本青森市市長佐藤健一率團來訪，由吳市長接見。（82.3.5）",
    ],
)
def test_a_date_closing_an_ordinary_item_dates_it(line: str) -> None:
    ext = chapter(line, period=H1_1993)
    guest = named(ext, "佐藤健一")
    assert _starts(ext, RelType.VISITED, source=guest, target=KAOHSIUNG) == ["1993-03-05"]


# (review 35d)
def test_a_date_closing_an_ordinary_tie_or_agreement_dates_it() -> None:
    ext = chapter(
        "（一）本市與美國波特蘭市締結姊妹市，由吳市長與波特蘭市市長約翰史密斯共同簽署姊妹市協定書。"
        "（82年5月20日）",
        "（二）本府與日本青森市簽署觀光交流合作備忘錄。（82.6.3）",
        period=H1_1993,
    )
    (tie,) = rels(ext, RelType.SISTER_CITY_OF)
    assert tie.properties.get("since") == "1993-05-20"
    (mou,) = rels(ext, RelType.SIGNED_MOU)
    assert mou.properties.get("date") == "1993-06-03"


# 2. a date in brackets opening an ordinary item, or a release telling no day relative
# to it, is the item's date (review 35d)
@pytest.mark.parametrize(
    "line",
    [
        "（一）（82.3.5）日本青森市市長佐藤健一率團來訪，由吳市長接見。",
        "（一）〔82.3.5〕日本青森市市長佐藤健一率團來訪，由吳市長接見。",
        "（82.3.5）日本青森市市長佐藤健一率團來訪，由吳市長接見。",
    ],
)
def test_a_date_opening_an_ordinary_item_dates_it(line: str) -> None:
    ext = chapter(line, period=H1_1993)
    guest = named(ext, "佐藤健一")
    assert _starts(ext, RelType.VISITED, source=guest, target=KAOHSIUNG) == ["1993-03-05"]


# 4. 明（一）日 at a month's end is the first of the next month (review 35d)
def test_tomorrow_glossed_smaller_than_the_date_before_is_next_month() -> None:
    from loaders.dates import DateContext, find_dates
    from loaders.structure import parse_period

    context = DateContext(parse_period(H1_1993))
    text = "〔82.3.31〕某市長今（三十一）日抵達本市訪問，明（一）日上午拜會市府"
    spans = find_dates(text, context)
    assert [s.start for s in spans][-2:] == ["1993-03-31", "1993-04-01"]


# 5. within a release, 昨/今/明 days are relative to its dateline, not to a past date
# told in between (曾於八十一年五月六日來訪, 於八十年十月五日締結) (review 35d)
@pytest.mark.parametrize(
    "text",
    [
        "〔82.4.10〕為慶祝兩市於八十年十月五日締結姊妹市，美國波特蘭市議員約翰史密斯，"
        "昨（九）日拜會市府，由吳市長接見。",
        "〔82.4.10〕曾於八十一年五月六日來訪之美國波特蘭市議員約翰史密斯，昨（九）日"
        "再度拜會市府，由吳市長接見。",
        "〔82.4.10〕美國波特蘭市議員約翰史密斯曾於八十一年五月六日來訪。此次約翰史密斯"
        "議員昨（九）日拜會市府，由吳市長接見。",
    ],
)
def test_a_glossed_day_in_a_release_is_relative_to_its_dateline(text: str) -> None:
    ext = chapter("【波特蘭市議員來訪】", text, period=H1_1993)
    met = rels(ext, RelType.MET_WITH)
    assert met and all(m.properties.get("date") == "1993-04-09" for m in met)


# 11. 今日/今天/昨日 written without a number in a release are days relative to its
# dateline (review 35d)
def test_today_and_yesterday_unnumbered_in_a_release_are_by_its_dateline() -> None:
    ext = chapter(
        "【波特蘭市議員拜會市府】",
        "〔82.4.10〕美國波特蘭市議員約翰史密斯於今天上午拜會市府，由吳市長接見。",
        "【青森市長來訪】",
        "〔82.3.6〕日本青森市市長佐藤健一率團一行六人，昨日下午抵達本市訪問，今日上午拜會市府，"
        "由吳市長接見。",
        period=H1_1993,
    )
    smith = rels(ext, RelType.MET_WITH, target=named(ext, "約翰史密斯"))
    assert [m.properties.get("date") for m in smith] == ["1993-04-10"]
    sato = rels(ext, RelType.MET_WITH, target=named(ext, "佐藤健一"))
    assert [m.properties.get("date") for m in sato] == ["1993-03-06"]
    came = rels(ext, RelType.VISITED, source=named(ext, "佐藤健一"))
    assert [v.properties.get("start") for v in came] == ["1993-03-05"]


# 6. releases told one a paragraph, each closed (or opened) by its own dateline and
# telling its days relative to it: each by its own, not the section's first or last (review 35d)
@pytest.mark.parametrize("headlines", [True, False])
def test_releases_one_a_paragraph_each_by_its_own_dateline(headlines: bool) -> None:
    lines = [
        "波特蘭市議員來訪，參觀港區",
        "美國波特蘭市議員約翰史密斯，昨（十一）日拜會市府，由吳市長接見。（82年4月12日）",
        "青森市長來訪，洽談觀光交流",
        "日本青森市市長佐藤健一，昨（五）日拜會市府，由吳市長接見。（82年3月6日）",
    ]
    ext = chapter(*(lines if headlines else lines[1::2]), period=H1_1993)
    smith = rels(ext, RelType.MET_WITH, target=named(ext, "約翰史密斯"))
    assert [m.properties.get("date") for m in smith] == ["1993-04-11"]
    sato = rels(ext, RelType.MET_WITH, target=named(ext, "佐藤健一"))
    assert [m.properties.get("date") for m in sato] == ["1993-03-05"]


# (review 35d)
def test_a_date_closing_an_item_telling_no_relative_day_stays_its_date() -> None:
    ext = chapter(
        "日本青森市市長佐藤健一率團來訪，由吳市長接見。（82年3月5日）",
        "美國波特蘭市議員約翰史密斯，昨（十一）日拜會市府，由吳市長接見。（82年4月12日）",
        period=H1_1993,
    )
    sato = rels(ext, RelType.MET_WITH, target=named(ext, "佐藤健一"))
    assert [m.properties.get("date") for m in sato] == ["1993-03-05"]


# 8. a note under a table (（註：…）) is no row, but its sentence is read as prose (review 35d)
def test_a_note_under_a_table_is_read_as_prose() -> None:
    ext = chapter(
        "附表一　本期重要外賓來訪紀要",
        "日期｜國別／城市｜訪賓｜事由",
        "82/3/5｜日本青森市｜青森市市長佐藤健一率團8人｜拜會市府",
        "（註：韓國光州市副市長金永洙於五月八日來訪，由吳市長接見。）",
        "82/4/12｜美國波特蘭市｜市議員約翰史密斯｜參觀港區",
        period=H1_1993,
    )
    noted = rels(ext, RelType.VISITED, source=named(ext, "金永洙"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in noted] == ["1993-05-08"]
    row = rels(ext, RelType.VISITED, source=named(ext, "約翰史密斯"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in row] == ["1993-04-12"]


# 10. a short unpunctuated line heads a release closed by its dateline only after a
# line ending one (its dateline or 。): not a list line after 成員包括：, nor a name
# under a numbered heading (review 35d)
def test_list_lines_in_a_release_are_no_headlines() -> None:
    ext = chapter(
        "【波特蘭市議員來訪】",
        "美國波特蘭市議員約翰史密斯，昨（十一）日拜會市府，由吳市長接見。（82年4月12日）",
        "【青森市訪問團來訪】",
        "日本青森市市長佐藤健一率該市訪問團一行六人，昨（五）日抵達本市訪問，成員包括：",
        "青森市議會議長田中一郎",
        "青森市觀光協會會長木村太郎",
        "該團並於今（六）日上午拜會吳市長。（82年3月6日）",
        period=H1_1993,
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "佐藤健一"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["1993-03-05"]


# (review 35d)
def test_an_event_named_under_a_heading_is_no_headline() -> None:
    ext = chapter(
        "（二）本府參加之國外活動",
        "「波特蘭市玫瑰節」",
        "本府建設局局長王大同率團赴美國波特蘭市參加。（82年6月5日）",
        period=H1_1993,
    )
    trip = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "波特蘭市"))
    assert [v.properties.get("start") for v in trip] == ["1993-06-05"]


# 1. a report the mayor speaks to the council tells the mayor's acts as 本人 or by the
# mayor's given name (敦義 for the mayor 吳敦義 in office): the home city acts (round 36a)
def test_the_speaker_in_the_first_person_is_the_city() -> None:
    ext = chapter(
        _ADDRESS,
        "本年三月間，日本熊本市副市長田中一郎率同該市觀光課官員一行五人來訪，"
        "本人特地在市府親自接見，雙方就觀光交流交換意見。",
        "四月五日至八日，美國西雅圖市市長史密斯（John Smith）率領該市經貿訪問團來訪，"
        "敦義於六日上午與史密斯市長在市府舉行會談。",
        period="1995-01/1995-06",
    )
    guest = named(ext, "田中一郎")
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=guest)
    mayor = named(ext, "史密斯")
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=mayor)
    assert [m.properties.get("date") for m in met] == ["1995-04-06"]
    # the given name read as the city names no one (no 市長敦義, no person 敦義)
    assert not [e for e in ext.entities if "敦義" in e.id]


# (round 36a)
def test_a_people_of_a_place_is_no_speaker() -> None:
    ext = chapter(
        _ADDRESS,
        "本年三月間，日本人觀光團一行三十人來訪，參觀愛河。",
        period="1995-01/1995-06",
    )
    assert not rels(ext, RelType.MET_WITH)


# 3. a month or a day told relative to the time of speaking or to the day before,
# glossed with its number (本（三）月, 上（二）月, 翌（八）日): the month or day of the
# gloss, in the year being told (round 36a)
def test_a_month_glossed_after_this_or_last_is_that_month() -> None:
    context = DateContext(parse_period("1995-01/1995-06"))
    text = "上（二）月十日至十二日，某團來訪；本（三）月五日，某團啟程"
    spans = find_dates(normalize(text), context)
    assert [(s.start, s.end) for s in spans] == [
        ("1995-02-10", "1995-02-12"),
        ("1995-03-05", None),
    ]


# (round 36a)
def test_a_day_glossed_after_next_is_that_day() -> None:
    ext = chapter(
        "四月五日至八日，美國西雅圖市市長史密斯（John Smith）率領該市經貿訪問團來訪。"
        "翌（六）日，本府建設局與西雅圖港務局（Port of Seattle）正式簽署「經貿交流合作備忘錄」。",
        period="1995-01/1995-06",
    )
    signed = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert [s.properties.get("date") for s in signed] == ["1995-04-06"]


# 5. one of a list of the period's guests singled out after it, with the month of the
# call on the city (其中某市市長，三月下旬在高雄停留兩天，除拜會本府之外): that month
# dates the guest's visit, known before only over the period (round 36a)
def test_a_guest_singled_out_of_a_list_is_dated_by_the_call() -> None:
    ext = chapter(
        "這半年來到訪的重要外賓，尚有：日本交流協會高雄事務所所長山田一郎、"
        "菲律賓馬尼拉市市長李卡多（Ricardo Cruz）等人。"
        "其中馬尼拉市的李卡多市長，三月下旬在高雄停留兩天，除拜會本府之外，並參觀了愛河。",
        period="1995-01/1995-06",
    )
    guest = rels(ext, RelType.VISITED, source=named(ext, "李卡多"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in guest] == [
        ("1995-03", None)
    ]


# 6. this year counting a first (這是該市今年第一個來高的官方團體, 本年首次) is a remark
# on the year, no date of what follows: the month told before dates the meeting (round 36a)
def test_a_first_of_this_year_dates_nothing() -> None:
    ext = chapter(
        "三月間，日本熊本市副市長田中一郎率同該市官員一行五人來訪，"
        "這是該市今年第一個來高的官方團體，本府特地在市府親自接見。",
        period="1995-01/1995-06",
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "田中一郎"))
    assert [m.properties.get("date") for m in met] == ["1995-03"]


# (round 36a)
def test_the_first_edition_next_year_is_a_date() -> None:
    context = DateContext(parse_period("1995-01/1995-06"))
    spans = find_dates(normalize("該市明年首屆「某某高峰會」"), context)
    assert [s.start for s in spans] == ["1996"]


# 1. a record card's date field (日期：107.3.6, 日期：三月上旬（107.3.5～3.8）) dates what
# the card tells with no day of its own: the visitors its 來訪人員 field lists (round 36b)
def test_a_cards_date_field_dates_its_visitors() -> None:
    ext = chapter(
        "（一）",
        "案由：日本橫濱市副市長率團來訪",
        "日期：三月上旬（107.3.5～3.8）",
        "來訪人員：橫濱市副市長山田一郎（Ichiro Yamada）、橫濱市港灣局局長佐藤次郎等一行六人",
        "經過：一行拜會本府，介紹該市港灣建設。",
        "（二）",
        "案由：美國奧克蘭市市長來訪",
        "日期：107.4.12",
        "來訪人員：美國奧克蘭市市長約翰‧史密斯（John Smith）",
        "經過：史密斯市長上午抵府，參觀港區。",
    )
    first = rels(ext, RelType.VISITED, source=named(ext, "山田一郎"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in first] == [
        ("2018-03-05", "2018-03-08")
    ]
    second = rels(ext, RelType.VISITED, source=named(ext, "約翰‧史密斯"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in second] == ["2018-04-12"]


# 13. 本團 (this delegation), in the report's own voice, is the city's delegation: what it
# did the city did (本團應某市邀請，參加由該市主辦之「…」) (round 36b)
def test_this_delegation_is_the_citys() -> None:
    ext = chapter(
        "5月3日至8日，本府文化局組團赴美國聖塔芭芭拉市。本團應聖塔芭芭拉市邀請，"
        "參加由該市主辦之「聖塔芭芭拉國際電影節」。",
    )
    joined = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert any("本團應聖塔芭芭拉市邀請" in e.text for p in joined for e in p.evidence)
    inviters = rels(ext, RelType.INVITED, target=KAOHSIUNG)
    assert [i.source for i in inviters] == [named(ext, "聖塔芭芭拉市")]


# 1. sub-items lettered Ａ．Ｂ．Ｃ． under a numbered item: each letter opens an item of
# its own and is no part of the body or date that follows it (Ｂ．3/18，…) (round 36c)
def test_lettered_sub_items_are_items_of_their_own() -> None:
    ext = chapter(
        "１、接待外賓",
        "辦理情形：",
        "Ａ．日本金澤市議會議長山本一郎於三月上旬率該市議會議員一行九人訪問本市。",
        "Ｂ．3/18，泰國清邁市市長頌差（Somchai）率該市官員一行四人蒞臨本府，由陳市長接見。",
        period="2018-01/2018-06",
    )
    assert rels(
        ext, RelType.HOLDS_TITLE, source=named(ext, "山本一郎"), target=named(ext, "金澤市議會")
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "頌差"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["2018-03-18"]


# (round 36c)
def test_a_line_opening_with_a_latin_abbreviation_or_a_letter_out_of_turn_is_no_item() -> None:
    text = "壹、國際事務\n一、城市交流\nU.S. Navy Band來訪。\nC.本府於三月舉辦研討會。\n"
    parsed = parse_report(decode_report(text.encode("utf-8"), "test.txt"))
    assert [s.number for s in parsed.sections] == ["一"]


# 2. a month and day in figures parted by a slash, the year unwritten (5/14), opening
# a clause or after 於/在: that day of the report's year; a share (1/3以上) is no date (round 36c)
def test_a_slashed_month_and_day_is_a_date() -> None:
    context = DateContext(parse_period("2018-01/2018-06"))
    spans = find_dates("某市副市長於4/9專程南下拜會本府", context)
    assert [s.start for s in spans] == ["2018-04-09"]
    spans = find_dates("6/2，某團抵達本市，並於6/3至6/5參觀港區", context)
    assert [(s.start, s.end) for s in spans] == [("2018-06-02", None), ("2018-06-03", "2018-06-05")]
    assert find_dates("出席人數約1/3以上", context) == []


# 7. an itinerary's day line opening with its day and bracketed date (第四天（五月六日）：):
# the date opens the line, and the official after it is who acts (round 36e)
def test_an_itinerary_day_label_opens_the_line_as_its_date() -> None:
    ext = chapter(
        "二、王副市長率團訪問韓國大邱直轄市（五月三日至五月八日）",
        "第四天（五月六日）：王副市長出席大邱直轄市主辦之「一九九一年大邱觀光博覽會」開幕式。",
        period="1991-01/1991-06",
    )
    event = named(ext, "一九九一年大邱觀光博覽會")
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)


# 1. this year before a first (今年首度, 今年第一季, 今年第一屆) is the report's year
# when no month is told in the same sentence: not the year of the sentence before (review 36a)
@pytest.mark.parametrize(
    "line",
    [
        "本府今年首度組團參加韓國釜山市舉辦之「釜山國際煙火節」，獲得好評。",
        "本府本年首次組團參加韓國釜山市舉辦之「釜山國際煙火節」。",
    ],
)
def test_a_first_of_this_year_alone_is_the_reports_year(line: str) -> None:
    ext = chapter(_LAST_YEAR_TRIP, line)
    busan = named(ext, "釜山市")
    (visit,) = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=busan)
    assert visit.properties.get("year") == 2018
    (part,) = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert part.properties.get("year") == 2018
    assert part.target.endswith(":2018")


# (review 36a)
def test_a_first_of_this_year_yields_to_a_day_told_after_it() -> None:
    ext = chapter(
        "去年十月，日本熊本市市長大西一史率團來訪。",
        "今年首次來訪的熊本市議會議長山田一郎，於三月五日拜會陳市長。",
    )
    guest = named(ext, "山田一郎")
    (visit,) = rels(ext, RelType.VISITED, source=guest, target=KAOHSIUNG)
    assert visit.properties.get("start") == "2018-03-05"


# (review 36a)
def test_the_first_quarter_of_this_year_is_a_date() -> None:
    ext = chapter(
        "本府觀光局去年十一月赴日本東京推廣觀光。",
        "本府觀光局今年第一季組團赴日本大阪參加「大阪國際旅遊展」。",
    )
    osaka = named(ext, "大阪")
    (visit,) = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=osaka)
    assert visit.properties.get("year") == 2018


# (review 36a)
def test_the_first_edition_this_year_is_of_this_year() -> None:
    ext = chapter(
        _LAST_YEAR_TRIP,
        "韓國釜山市邀請本府參加該市今年第一屆「釜山國際港灣節」。",
    )
    (invited,) = rels(ext, RelType.INVITED, target=KAOHSIUNG)
    assert invited.properties.get("event", "").endswith(":2018")
    assert invited.properties.get("year") == 2018


# 9. a line ending in 日期 that is no card's date (資料截止日期：…) dates nothing else (review 36b)
def test_a_closing_date_line_dates_no_visit() -> None:
    ext = chapter(
        "資料截止日期：107年6月30日",
        "日本八王子市市長石森孝志率團來訪，拜會陳市長。",
        "美國西雅圖市副市長來訪，參觀本市港區。",
    )
    assert _starts(ext, RelType.VISITED, target=KAOHSIUNG) == ["None", "None", "None"]


# 6. a share written with a slash opening a clause (，1/3為當地企業代表) is no date (review 36c)
@pytest.mark.parametrize("share", ["1/3為當地企業代表", "1/3是當地企業代表", "1/3來自當地企業"])
def test_a_share_opening_a_clause_is_no_date(share: str) -> None:
    ext = chapter(f"美國哥倫布市副市長史東率工商考察團三十人來訪，{share}。")
    for visit in rels(ext, RelType.VISITED, target=KAOHSIUNG):
        assert visit.properties.get("start") != "2018-01-03"


# (review 36c)
def test_a_slashed_day_opening_a_clause_is_still_a_date() -> None:
    ext = chapter("美國哥倫布市副市長史東率團來訪，5/14拜會本府。")
    starts = {r.properties.get("start") for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert "2018-05-14" in starts


# 1. a council member's question (質詢要旨：報載…已締結…？): what the member has heard is
# asked, not told; only the city's answer (答覆：) states facts (round 37a)
def test_what_a_council_members_question_supposes_is_no_fact() -> None:
    ext = chapter(
        "質詢議員：王大同議員",
        "質詢要旨：報載本市已與澳洲伯斯市締結為姊妹市，又聞伯斯市長將於本年五月來訪，是否屬實？",
        "答覆（一百零七年三月二日）：",
        "（一）查本府與伯斯市迄無締盟之議，所詢與事實不符。",
    )
    assert not [r for r in ext.relations if r.type == RelType.SISTER_CITY_OF]
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)


# 2. an answer dated in its field (答覆（一百零七年五月八日）：) tells months relative to
# that day: 上月 is the month before it, 本月 its own (round 37a)
def test_an_answers_last_month_counts_from_the_day_it_was_written() -> None:
    ext = chapter(
        "質詢議員：王大同議員",
        "質詢要旨：本市與外國城市交流情形為何？",
        "答覆（一百零七年五月八日）：",
        "（一）查澳洲伯斯市副市長約翰．史密斯已於上月下旬率該市商界人士一行六人來訪。",
        "（二）本月上旬，紐西蘭奧克蘭市市長菲爾．高夫率團來訪。",
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "約翰．史密斯"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["2018-04"]
    came = rels(ext, RelType.VISITED, source=named(ext, "菲爾．高夫"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["2018-05"]


# 9. a work-plan item's planned schedule (預定進度：（一）…簽署…。（二）年內與某市簽訂…):
# what it tells is planned, not done (round 37a)
def test_a_work_plan_items_schedule_tells_plans() -> None:
    ext = chapter(
        "計畫項目：推動城市外交",
        "預定進度：（一）九月間由市長率團赴美國奧克蘭市簽署姊妹市協定書。"
        "（二）年內與日本橫濱市簽訂港埠合作備忘錄。",
        "實際執行情形：",
        period="1987-07/1987-12",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    mous = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert [t.properties.get("status") for t in ties + mous] == ["planned", "planned"]


# 24. a meeting told during the stay just told (會議期間，陳副市長拜會某市市長，並於十二日
# 簽署…): in that stay's days, its month the meeting's date, not the later clause's day (round 37a)
def test_a_meeting_during_the_stay_is_dated_by_the_stay() -> None:
    ext = chapter(
        "本府由陳副市長率團，於十一月三日至九日赴美國奧克蘭市，出席「第五屆太平洋港市論壇」。",
        "會議期間，陳副市長拜會奧克蘭市市長，並於十一月八日代表本府與該市簽署「港埠合作備忘錄」。",
        period="1987-07/1987-12",
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "奧克蘭市"))
    assert [m.properties.get("date") for m in met] == ["1987-11"]


# 9. a list restarted inside a deeper section while its numbering is open above (一、出國
# 報告提要 (一)某報告 內容摘要： 一、… 二、…): the points of that section, nested in it; the
# outer list goes on after the section closes (二、本期接待外賓) (round 37b)
def test_a_list_restarted_inside_a_deeper_section_is_nested_in_it() -> None:
    text = "\n".join(
        [
            "壹、國際事務",
            "一、出國報告提要",
            "（一）",
            "報告名稱：赴美國丹佛市考察報告",
            "內容摘要：",
            "　一、本團於五月二日抵達丹佛市。",
            "　二、五月四日轉往鳳凰城。",
            "（二）",
            "報告名稱：赴日本大分市考察報告",
            "二、本期接待外賓",
        ]
    )
    parsed = parse_report(RawReport(path="t.txt", text=text, encoding="utf-8", sha256=""))
    by_title = {s.title.rstrip("。"): s for s in parsed.sections}
    card = parsed.sections.index(by_title["赴美國丹佛市考察報告"])
    for point in ("本團於五月二日抵達丹佛市", "五月四日轉往鳳凰城"):
        assert by_title[point].parent == card
    assert by_title["本期接待外賓"].parent is None


#: A trip card whose summary tells its stops in numbered points, days written alone.


# 11. a day written alone opening a trip card's point (二、四日上午拜會某市市長): of the
# month the card's date field opens with (round 37b)
def test_a_day_alone_in_a_trip_cards_point_is_of_the_cards_month() -> None:
    ext = chapter(*CARD_WITH_LEGS)
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "丹佛市"))
    assert [m.properties.get("date") for m in met] == ["2018-05-04"]


# 7. an endnote at the chapter's end (註一：…), the particulars of what the text told
# where it points to it (（註一）): its label is no part of its text, and it is read
# as an item of its own, not as the last section's text (round 37d)
def test_an_endnote_is_read_after_its_label() -> None:
    ext = chapter(
        "本期市府組團出國一次，即市長率團訪問韓國（註一）。",
        "二、結語",
        "下半年將繼續推動城市交流。",
        "附註",
        "註一：陳其邁市長率觀光局人員一行五人，於三月二日至六日訪問大邱市，"
        "並於三日拜會大邱市長權泳臻。",
        period="2019-01/2019-06",
    )
    went = rels(ext, RelType.VISITED, source=named(ext, "陳其邁"), target=named(ext, "大邱市"))
    assert [(v.properties.get("start"), v.properties.get("end")) for v in went] == [
        ("2019-03-02", "2019-03-06")
    ]


# 11. the answer told after the question in the same line (質詢要旨：…？答覆：…): told (review 37a)
def test_an_answer_after_the_question_in_one_line_is_read() -> None:
    ext = chapter(
        "質詢議員：王大同議員",
        "質詢要旨：伯斯市長是否曾來訪？答覆：澳洲伯斯市市長約翰．史密斯已於三月十日來訪，由陳副市長接見。",
    )
    smith = named(ext, "約翰．史密斯")
    came = rels(ext, RelType.VISITED, source=smith, target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["2018-03-10"]
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=smith)


#: A trip card under the chapter's second section, its summary in two points.


# 3. the outer list's next number after a card's points (二、出國報告提要 … 內容摘要：
# 　一、… 　二、… 三、本期接待外賓): the next section of the chapter when it is written
# as the outer list's heading is (not indented as the points, or a heading with no
# sentence's punctuation), not a third point of the card (review 37b)
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


# ...while a third point written as the card's others are (indented, a sentence) is its (review 37b)
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


# 4. a day written alone in a card's point, smaller than a day the points before told in
# its month (五月二十九日 … 一日), is of the next month when the trip's days run into it;
# a month a point writes (六月一日) dates the days the later points write alone (review 37b)
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


# 1. a resolution's field ends at the next item of the minutes, whatever opens it (某局
# 報告：, 報告事項, 臨時動議, 主席裁示：): what that item tells done is done (review 37c)
@pytest.mark.parametrize(
    "opening",
    [
        (
            "教育局報告：本局於五月十日至十四日派員赴日本熊本市參加「1990熊本國際教育論壇」，"
            "並拜會該市教育長。",
        ),
        ("報告事項", "教育局於五月十日至十四日派員赴日本熊本市參加「1990熊本國際教育論壇」。"),
        ("臨時動議", "教育局於五月十日至十四日派員赴日本熊本市參加「1990熊本國際教育論壇」。"),
    ],
)
def test_a_resolution_ends_at_the_next_item_of_the_minutes(opening: tuple[str, ...]) -> None:
    ext = chapter("決議：洽悉。", *opening, period="1990-01/1990-06")
    took = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert [t.properties.get("status") for t in took] == ["attended"]


# 2. an act told done within a resolution or a conclusion (業經, 此行, 已於): done, dated
# (review 37c)
@pytest.mark.parametrize(
    ("line", "partner", "date"),
    [
        (
            "決議：本案業經市長於九月五日與仙台市長簽署「高雄市與仙台市觀光交流協議書」，"
            "准予備查。",
            "仙台市",
            "1990-09-05",
        ),
        (
            "結論：此行於十月十日與熊本市簽署「高雄市與熊本市觀光交流協議書」，成果豐碩。",
            "熊本市",
            "1990-10-10",
        ),
    ],
)
def test_a_signing_told_done_in_a_resolution_is_signed(line: str, partner: str, date: str) -> None:
    ext = chapter(line, period=H2_1990)
    (mou,) = rels(ext, RelType.SIGNED_MOU, target=named(ext, partner))
    assert (mou.properties.get("status"), mou.properties.get("date")) == ("signed", date)


# (review 37c)
def test_an_item_under_a_resolution_telling_it_carried_out_is_a_trip() -> None:
    ext = chapter(
        "案由：熊本市邀請本市參加「熊本國際防災研討會」，請討論案。",
        "決議：請消防局派員出席。",
        "（一）消防局已於十一月七日至九日派員赴熊本市出席「熊本國際防災研討會」。",
        period=H2_1990,
    )
    took = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert [t.properties.get("status") for t in took] == ["attended"]
    (trip,) = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "熊本市"))
    assert (trip.properties.get("start"), trip.properties.get("end")) == (
        "1990-11-07",
        "1990-11-09",
    )
    assert trip.properties.get("bureaus") == ["消防局"]


# 7. an event named with the day it opened and the day it closed, the second written
# alone after 、 (十月三日開幕、五日閉幕的「某論壇」): its first and last days, which date
# the coming of those who took part (round 39a)
def test_the_days_an_event_opened_and_closed_are_its_days() -> None:
    ext = chapter(
        "十月三日開幕、五日閉幕的「七十五年國際水岸城市論壇」，是下半年市府最盛大的國際會議。"
        "論壇由本府主辦，邀請光州市派員與會。",
        "會中光州市觀光局局長金大中發表專題演講。",
        period="1986-07/1986-12",
    )
    forum = named(ext, "七十五年國際水岸城市論壇")
    event = next(e for e in ext.entities if e.id == forum)
    assert (event.properties.get("start"), event.properties.get("end")) == (
        "1986-10-03",
        "1986-10-05",
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "金大中"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in visits] == [
        ("1986-10-03", "1986-10-05")
    ]


# 19. a story setting the day before it tells the arrival (五月八日，遠方的客人到了。某市
# 副市長某某率團抵達，在高雄停留三天，十日離境): the visit from that day to the day they left
# (round 39a)
def test_the_day_a_story_sets_before_the_arrival_dates_it() -> None:
    ext = chapter(
        "五月八日，來自南半球的客人到了。澳洲伯斯市副市長約翰‧史密斯（John Smith）"
        "率領伯斯市訪問團一行七人抵達，在高雄停留三天，十日離境。",
        period="1986-01/1986-06",
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "伯斯市"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in visits] == [
        ("1986-05-08", "1986-05-10")
    ]


# 25. a day written alone in a sentence after a range running into the next month
# (三月二十六日至四月二日，…。二十八日，…): the month in which it falls within the range (round 39a)
def test_a_day_alone_after_a_range_across_months_falls_within_it() -> None:
    ext = chapter(
        "三月二十六日至四月二日，林秘書長率建設局同仁組團前往奧克蘭市，考察港區。"
        "二十八日，訪問團與奧克蘭市長約翰‧史密斯會晤。",
        period="1986-01/1986-06",
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "約翰‧史密斯"))
    assert [m.properties.get("date") for m in met] == ["1986-03-28"]


# 28. a story's subheading (◆…) dating nothing, a day written alone after it (二十三日下午，
# …): of the month the text was last in (round 39a)
def test_a_day_alone_under_a_story_subheading_is_of_the_month_before() -> None:
    ext = chapter(
        "二月二十一日，光州市副市長朴永浩率團來訪。",
        "◆兄弟的約定",
        "二十三日下午，林市長與朴副市長在市府大禮堂簽署「高雄市光州市港灣技術交流協議書」。",
        period="1986-01/1986-06",
    )
    signed = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, "光州市"))
    assert [s.properties.get("date") for s in signed] == ["1986-02-23"]
