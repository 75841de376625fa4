"""Tests for loaders.dates: dates, ranges, 「自…起」 and 「每年」 in report sentences."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from loaders.dates import (
    DateContext,
    DateSpan,
    find_dates,
    find_since_year,
    is_recurring,
    month_number,
    month_of_number,
)
from loaders.reading import normalize, read_report
from loaders.structure import Period, parse_report

H1 = DateContext(Period("2013-01", "2013-06"))  # report 102 H1, no year seen yet
H2_2015 = DateContext(Period("2015-07", "2015-12"), current_year=2015)

Expected = tuple[str, str | None, str, str]  # start, end, precision, text


def _found(sentence: str, context: DateContext) -> list[Expected]:
    return [(d.start, d.end, d.precision, d.text) for d in find_dates(sentence, context)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ROC and Gregorian years, full dates, months
        ("於102年", [("2013", None, "year", "102年")]),
        ("2013年高雄燈會", [("2013", None, "year", "2013年")]),
        ("民國38年", [("1949", None, "year", "民國38年")]),
        ("於102年3月15日前來", [("2013-03-15", None, "day", "102年3月15日")]),
        ("102年6月", [("2013-06", None, "month", "102年6月")]),
        ("2015年7月4日", [("2015-07-04", None, "day", "2015年7月4日")]),
        ("102年元月8日", [("2013-01-08", None, "day", "102年元月8日")]),  # 元月: January
        ("補助5萬元月底撥付", []),
        # ranges
        ("104年8月7至10日", [("2015-08-07", "2015-08-10", "day", "104年8月7至10日")]),
        ("本府於102年6月8至13日", [("2013-06-08", "2013-06-13", "day", "102年6月8至13日")]),
        ("104年7月4日至11日", [("2015-07-04", "2015-07-11", "day", "104年7月4日至11日")]),
        ("102年9月9日至11日在本市", [("2013-09-09", "2013-09-11", "day", "102年9月9日至11日")]),
        ("104年12月26日至28日", [("2015-12-26", "2015-12-28", "day", "104年12月26日至28日")]),
        ("104年11月10日至13日", [("2015-11-10", "2015-11-13", "day", "104年11月10日至13日")]),
        # a day in the month just named: 同月, 當月, 該月
        (
            "104年9月3日至7日訪日，並於同月5日簽約",
            [
                ("2015-09-03", "2015-09-07", "day", "104年9月3日至7日"),
                ("2015-09-05", None, "day", "5日"),
            ],
        ),
        (
            "102年4月28日至5月2日出訪，當月1日至2日參展",
            [
                ("2013-04-28", "2013-05-02", "day", "102年4月28日至5月2日"),
                ("2013-05-01", "2013-05-02", "day", "1日至2日"),
            ],
        ),
        ("同月5日簽約", []),
        ("102年6月6至12日", [("2013-06-06", "2013-06-12", "day", "102年6月6至12日")]),
        ("6月28日至7月2日", [("2013-06-28", "2013-07-02", "day", "6月28日至7月2日")]),
        ("6月8-13日", [("2013-06-08", "2013-06-13", "day", "6月8-13日")]),
        (
            "104年12月30日至105年1月2日",
            [("2015-12-30", "2016-01-02", "day", "104年12月30日至105年1月2日")],
        ),
        ("102年12月30日至1月2日", [("2013-12-30", "2014-01-02", "day", "102年12月30日至1月2日")]),
        ("102年1月至6月計辦理", [("2013-01", "2013-06", "month", "102年1月至6月")]),
        ("104年1至6月", [("2015-01", "2015-06", "month", "104年1至6月")]),
        ("2013年至2015年", [("2013", "2015", "year", "2013年至2015年")]),
        # year-less dates and relative years
        ("並於6月9日與該市簽署", [("2013-06-09", None, "day", "6月9日")]),
        ("今年3月1日至6日陳市長", [("2013-03-01", "2013-03-06", "day", "今年3月1日至6日")]),
        ("將於今年9月份共同組團", [("2013-09", None, "month", "今年9月份")]),
        ("本年度", [("2013", None, "year", "本年度")]),
        ("明年將特別邀請", [("2014", None, "year", "明年")]),
        ("在去年退休後", [("2012", None, "year", "去年")]),
        ("上年12月", [("2012-12", None, "month", "上年12月")]),
        # full-width digits and Chinese numerals
        (
            "１０４年７月４日至１１日",
            [("2015-07-04", "2015-07-11", "day", "１０４年７月４日至１１日")],
        ),
        ("六月九日", [("2013-06-09", None, "day", "六月九日")]),
        ("一〇二年十二月二十一日", [("2013-12-21", None, "day", "一〇二年十二月二十一日")]),
        # several in one sentence, a date followed by 至 + a place
        (
            "於102年7月1日至本府洽談，並於9月9日至11日參加",
            [
                ("2013-07-01", None, "day", "102年7月1日"),
                ("2013-09-09", "2013-09-11", "day", "9月9日至11日"),
            ],
        ),
        # a year-less month earlier than one said in 去年: the story has moved on a year
        (
            "本府於去年11月致函邀請，該團於3月5日抵達",
            [
                ("2012-11", None, "month", "去年11月"),
                ("2013-03-05", None, "day", "3月5日"),
            ],
        ),
    ],
)
def test_find_dates(sentence: str, expected: list[Expected]) -> None:
    assert _found(sentence, H1) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "計有34案、300人到訪",
        "一行11人",
        "成為本市第28個姊妹市",
        "超過1,000位的城市代表",
        "計有51案",
        "邀請參加2013亞太城市高峰會",
        "第106屆玫瑰節",
        "10年後，他以市長的身分再次來訪",
        "近20年來",
        "日本年輕人",
        "說明年度計畫",
        "不同年齡",
        "13月1日",
        "102年2月30日",
        "102年2月29日",  # 2013 is not a leap year
        "104年6月31日",
        "6月0日",
        "102年9月11日至9日",  # end before start
    ],
)
def test_not_dates(sentence: str) -> None:
    assert find_dates(sentence, H1) == []


def test_leap_day_is_valid() -> None:
    assert _found("105年2月29日", H1) == [("2016-02-29", None, "day", "105年2月29日")]


def test_same_year_uses_current_year() -> None:
    sentence = "同年11月10日至14日鶴章中學亦組團回訪交流。"
    assert _found(sentence, H2_2015) == [("2015-11-10", "2015-11-14", "day", "同年11月10日至14日")]
    earlier = DateContext(Period("2015-07", "2015-12"), current_year=2013)
    assert find_dates(sentence, earlier)[0].start == "2013-11-10"


def test_a_year_naming_an_event_does_not_date_what_follows() -> None:
    context = DateContext(Period("2019-07", "2019-12"), current_year=2019)
    spans = find_dates("市長介紹本市舉辦2009年世界運動會的經驗，並於10月3日參訪港區。", context)
    assert [(s.start, s.edition) for s in spans] == [("2009", True), ("2019-10-03", False)]
    assert context.advance(spans).current_year == 2019


def test_year_less_date_prefers_current_year_over_report_period() -> None:
    context = DateContext(Period("2015-07", "2015-12"), current_year=2014)
    assert find_dates("6月9日", context)[0].start == "2014-06-09"


def test_year_less_date_without_any_year_is_left_out() -> None:
    assert find_dates("6月9日簽署", DateContext(None, None)) == []
    assert find_dates("今年3月", DateContext(None, None)) == []


def test_offsets_point_into_the_original_sentence() -> None:
    sentence = "本府於１０４年８月１４日至１５日辦理研討會"
    (span,) = find_dates(sentence, H1)
    assert sentence[span.text_start : span.text_end] == span.text == "１０４年８月１４日至１５日"
    assert find_dates(normalize(sentence), H1)[0].text_start == span.text_start
    assert span.year == 2015


def test_advance_tracks_the_last_explicit_year() -> None:
    context = DateContext(Period("2015-07", "2015-12"))
    spans = find_dates("104年9月2日，本市岡山國中組團", context)
    context = context.advance(spans)
    assert context.current_year == 2015
    # A year-less date does not change it; a cross-year range moves it to the end's year.
    assert context.advance(find_dates("6月9日", context)).current_year == 2015
    spans = find_dates("103年12月30日至104年1月2日", context)
    assert context.advance(spans).current_year == 2015
    spans = find_dates("102年4月", context)
    assert context.advance(spans).current_year == 2013


def test_paragraph_walk_on_a_real_chapter() -> None:
    """Every sentence of the 104 H2 chapter, read with a context advanced per paragraph."""
    path = Path(__file__).resolve().parents[2] / "seed" / "reports" / "kaohsiung-104-h2.txt"
    parsed = parse_report(read_report(path))
    found: list[str] = []
    context = DateContext(parsed.period)
    paragraph = -1
    for sentence in parsed.sentences:
        if sentence.paragraph != paragraph:
            paragraph, context = sentence.paragraph, DateContext(parsed.period)
        spans = find_dates(sentence.text, context)
        found += [f"{d.start}..{d.end}" if d.end else d.start for d in spans]
        context = context.advance(spans)
    assert found == [
        "2015-07..2015-12",
        "2015-08-07..2015-08-10",
        "2015-09-02",
        "2015-11-10..2015-11-14",
        "2015-12-26..2015-12-28",
        "2015-07-04..2015-07-11",
        "2015",  # 今年大會主題
        "2015-08-14..2015-08-15",
        "2015-11-10..2015-11-13",
        "2015-12-14..2015-12-20",
        "2016",  # 明年將特別邀請
        "2015-11-07",
    ]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("高雄燈會自2004年開始邀請姊妹市參加", 2004),
        ("而日本八王子市自2006年與本市締結姊妹城市以來，每年亦都派代表團前來", 2006),
        ("從2004年起", 2004),
        ("自民國93年起每年舉辦", 2004),
        ("2010年以來", 2010),
        ("自今年起", 2013),
        ("2013年高雄燈會計有韓國釜山參加", None),
        ("曾經於2003年，以副市長身分前來本府訪問", None),
        ("自2004年，本市與該市", None),
    ],
)
def test_find_since_year(sentence: str, year: int | None) -> None:
    assert find_since_year(sentence, H1) == year


@pytest.mark.parametrize(
    ("sentence", "recurring"),
    [
        ("美國波特蘭及韓國釜山市每年都派遣代表團來", True),
        ("每年亦都派代表團前來參加", True),
        ("年年參加", True),
        ("歷年均有代表團", True),
        ("每一年都來", True),
        ("2013年年底完成", False),
        ("102年年初", False),
        ("今年更率領訪問團前來參加", False),
    ],
)
def test_is_recurring(sentence: str, recurring: bool) -> None:
    assert is_recurring(sentence) is recurring


def test_date_span_is_frozen() -> None:
    span = DateSpan("2013", None, 2013, "year", 0, 5, "2013年")
    with pytest.raises(AttributeError):
        span.start = "2014"  # type: ignore[misc]


def test_a_year_stated_dates_the_days_after_it_and_a_since_year_does_not() -> None:
    context = DateContext(Period("2012-07", "2012-12"), current_year=2009)
    spans = find_dates("今年由觀光局組團，於9月3日至5日前往", context)
    assert [s.start for s in spans] == ["2012", "2012-09-03"]
    since = find_dates("本府自98年起每年均組團參加", DateContext(Period("2012-07", "2012-12")))
    assert since[0].since and DateContext().advance(since).current_year is None


def test_a_year_naming_an_edition_held_or_joined_does_not_date_the_text() -> None:
    context = DateContext(Period("2018-07", "2018-12"), current_year=2018)
    spans = find_dates("會中介紹本市承辦2009年世界運動會之經驗，並於9月3日參訪港區", context)
    assert [s.start for s in spans] == ["2009", "2018-09-03"]
    assert spans[0].edition and context.advance(spans).current_year == 2018


def test_a_smaller_month_after_a_past_years_month_in_an_earlier_sentence_is_the_next_year() -> None:
    context = DateContext(Period("2011-01", "2011-06"))
    context = context.advance(find_dates("本府於99年12月即函邀各姊妹市組團共襄盛舉。", context))
    assert _found("各市均派團來高，出席2月12日之開幕儀式。", context) == [
        ("2011-02-12", None, "day", "2月12日")
    ]
    # a month of the report's own year written last leaves later months in it
    context = context.advance(find_dates("100年1月5日函覆。", context))
    assert _found("並於3月2日來訪。", context) == [("2011-03-02", None, "day", "3月2日")]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("某市於去（106）年與本市締結友好城市", "2017"),
        ("本府擬於明（１０８）年與該會簽署備忘錄", "2019"),
        ("雙方於前(一〇五)年3月結為姊妹市", "2016-03"),
        ("今（107）年度起擴大辦理交流營", "2018"),
    ],
)
def test_a_relative_year_glossed_with_its_number_is_that_year(sentence: str, start: str) -> None:
    """去（106）年, 明（108）年: the number in brackets is the year the word means."""
    context = DateContext(report_period=Period("2018-01", "2018-06"))
    assert [d.start for d in find_dates(normalize(sentence), context)] == [start]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a day written alone after a date of the sentence: in that date's month
        ("一行20人於104年5月11日至14日來訪，並於12日與本市某高中締結姊妹校", "2015-05-12"),
        ("104年10月3日至5日訪問某市，4日與該市市長會晤", "2015-10-04"),
        ("104年3月20日抵達某市；翌日參訪港區，亦於22日簽署備忘錄", "2015-03-22"),
        # a range into the next month: the month in which the day falls within it
        ("104年9月28日至10月2日出訪，於29日拜會某市長", "2015-09-29"),
        ("104年9月28日至10月2日出訪，於1日拜會某市長", "2015-10-01"),
    ],
)
def test_a_day_written_alone_is_in_the_month_just_named(sentence: str, expected: str) -> None:
    assert find_dates(sentence, H1)[-1].start == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("論壇期間，本府海洋局於14日與某港務局簽署合作意向書", "2015-10-14"),
        ("會中並於15日發表宣言", "2015-10-15"),
        ("研討會閉幕後，16日由市長接見與會代表", "2015-10-16"),
    ],
)
def test_a_day_written_alone_is_in_the_month_the_sentences_before_named(
    sentence: str, expected: str
) -> None:
    """論壇期間，某局於14日…: the month of the section's last date (10月14日至16日…)."""
    before = find_dates("104年10月14日至16日，本府舉辦某某論壇。", H1)
    context = H1.advance(before)
    assert [d.start for d in find_dates(sentence, context)] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "104年5月11日來訪，展期9日，吸引民眾參觀",
        "104年5月11日抵達，為期3日",
        "104年5月11日起共5日",
        "104年5月11日來訪，停留3日後返國",
    ],
)
def test_a_length_in_days_is_no_day_of_the_month(sentence: str) -> None:
    assert len(find_dates(sentence, H1)) == 1


def test_a_day_alone_with_no_month_before_it_is_left_out() -> None:
    assert find_dates("論壇期間，本府於14日與某港務局簽署意向書", H1) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("105.03.08　日本某市", [("2016-03-08", None, "day", "105.03.08")]),
        ("2016/3/8來訪", [("2016-03-08", None, "day", "2016/3/8")]),
        ("2016-03-08來訪", [("2016-03-08", None, "day", "2016-03-08")]),
        ("105.11.29～12.02　出訪", [("2016-11-29", "2016-12-02", "day", "105.11.29～12.02")]),
        ("105.12.30-106.01.03", [("2016-12-30", "2017-01-03", "day", "105.12.30-106.01.03")]),
    ],
)
def test_dates_written_in_figures(sentence: str, expected: list[Expected]) -> None:
    """Tables and logs write dates in figures, ROC or Gregorian, and their ranges with
    the end's month and day alone."""
    assert _found(sentence, H1) == expected


@pytest.mark.parametrize(
    "sentence", ["成長1.5%", "第3.2.1版", "比數12.05.30", "105.13.02", "2.5億元"]
)
def test_figures_that_are_no_dates(sentence: str) -> None:
    assert find_dates(sentence, H1) == []


def test_a_date_in_figures_states_its_year_for_the_dates_after_it() -> None:
    context = H1.advance(find_dates("105.03.08　某市來訪", H1))
    assert find_dates("4月2日回訪", context)[0].start == "2016-04-02"


@pytest.mark.parametrize(
    ("sentence", "year"),
    [("本府已連續3年組團參加該節", 2011), ("今年為連續第五年派團出席", 2009), ("連續2天", None)],
)
def test_years_in_a_row_count_back_from_the_year_told(sentence: str, year: int | None) -> None:
    """連續3年 in 2013's report: 2011, 2012 and 2013; days in a row are no years."""
    assert find_since_year(sentence, H1) == year
    assert is_recurring(sentence) is (year is not None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "九十二年三月十二日至十四日",
            [("2003-03-12", "2003-03-14", "day", "九十二年三月十二日至十四日")],
        ),
        ("民國五十五年", [("1966", None, "year", "民國五十五年")]),
        ("一百零二年五月", [("2013-05", None, "month", "一百零二年五月")]),
        ("一百年", [("2011", None, "year", "一百年")]),
    ],
)
def test_years_in_counted_chinese_numerals(sentence: str, expected: list[Expected]) -> None:
    """Older reports write every date in Chinese numerals: 九十二年, 一百零二年."""
    assert _found(sentence, H1) == expected


@pytest.mark.parametrize("sentence", ["締結姊妹市四十年", "十年來", "二十年"])
def test_counted_numerals_of_years_that_are_a_count(sentence: str) -> None:
    assert find_dates(sentence, H1) == []


@pytest.mark.parametrize("sentence", ["締結姊妹市迄今已五十年", "兩市結盟已屆六十年"])
def test_years_counted_since_something_are_no_year(sentence: str) -> None:
    assert find_dates(sentence, H1) == []


def test_two_years_in_a_row() -> None:
    assert find_since_year("已連續兩年組團參加", H1) == 2012
    assert find_since_year("連續3年度派員出席", H1) == 2011


def test_a_day_range_with_a_hyphen_writes_no_year() -> None:
    spans = find_dates("3月12-15日", H1)
    assert [(s.start, s.end, s.writes_year) for s in spans] == [("2013-03-12", "2013-03-15", False)]


def test_a_month_of_the_period_after_next_years_plan_is_of_the_reports_year() -> None:
    context = H2_2015.advance(find_dates("邀請本府明年組團參加", H2_2015))
    assert find_dates("12月12日來訪", context)[0].start == "2015-12-12"
    assert find_dates("1月20日來訪", context)[0].start == "2016-01-20"
    told = context.advance(find_dates("2015年10月", context))
    assert not told.planned_year


@pytest.mark.parametrize(
    ("title", "month", "year"),
    [
        ("三月", "2013-03", None),
        ("5月份", "2013-05", None),
        ("101年11月", "2012-11", 2012),
    ],
)
def test_a_heading_that_is_a_month_dates_the_items_under_it(
    title: str, month: str, year: int | None
) -> None:
    """「二、三月」 over 「1.九日，某團來訪」: a day written alone is of the heading's month."""
    context = H1.under_heading(title)
    assert context.current_month == month
    assert context.current_year == year
    day = find_dates("九日，某國某團一行5人來訪", context)
    assert [d.start for d in day] == [f"{month}-09"]


@pytest.mark.parametrize("title", ["市府交流", "3月至4月", "3月訪問某市", "102年"])
def test_a_heading_that_is_more_than_a_month_dates_nothing(title: str) -> None:
    """A heading that names more than a month (a range, a deed, a year) sets no month."""
    assert H1.under_heading(title) is H1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("本月間，某校與某國某高校簽約", [("2013-04", None, "month", "本月間")]),
        ("下旬，本府函請各局處提報", [("2013-04", None, "month", "下旬")]),
        ("並於本月下旬返國", [("2013-04", None, "month", "本月下旬")]),
        ("本月9日，某團來訪", [("2013-04-09", None, "day", "9日")]),
        ("5月中旬，某團來訪", [("2013-05", None, "month", "5月")]),
        ("發放本月薪資", []),
    ],
)
def test_this_month_and_a_part_of_it_alone(sentence: str, expected: list[Expected]) -> None:
    """「本月間」「中旬」 opening a clause: the month the section is in (current_month)."""
    context = replace(H1, current_month="2013-04")
    assert _found(sentence, context) == expected


def test_this_month_with_no_month_known_dates_nothing() -> None:
    assert _found("中旬，某團來訪", H1) == []


@pytest.mark.parametrize(
    ("month", "offset", "expected"),
    [("2019-12", 1, "2020-01"), ("2020-01", -1, "2019-12"), ("2015-07-16", 5, "2015-12")],
)
def test_months_are_counted_across_years(month: str, offset: int, expected: str) -> None:
    assert month_of_number(month_number(month) + offset) == expected


def test_months_between_two_dates() -> None:
    assert month_number("2016-02") - month_number("2015-11-30") == 3


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("11、12月兩個月合計接待外賓15案", [("2015-11", "2015-12")]),
        ("5、6月份計有", [("2015-05", "2015-06")]),
        ("3、5月份計有", [("2015-05", None)]),  # not next to each other: the one with 月
        ("分別於7月24日、8月8日來訪", [("2015-07-24", None), ("2015-08-08", None)]),
    ],
)
def test_a_month_listed_with_the_next_before_their_月_is_the_two(
    text: str, found: list[tuple[str, str | None]]
) -> None:
    assert [(s.start, s.end) for s in find_dates(text, H2_2015)] == found
