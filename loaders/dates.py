"""Dates in report sentences: 「102年6月8至13日」 → DateSpan('2013-06-08', '2013-06-13').

The text is first cut into tokens — a year (「102年」「2013年」「今年」「同年」), a month
(「6月」「九月份」), a month range (「7至12月」), a day (「8日」), a day range
(「8至13日」), a range separator (「至」「到」「~」) — and runs of adjacent tokens are
then read as a date or a date range. Numbers that are not followed by 年, 月 or 日
(「11人」「第28個」「2013某某高峰會」) never become dates.

ROC years (1–3 digits) add 1911; four-digit years are Gregorian. A date without a
year takes the year of the paragraph so far (`DateContext.current_year`), else the
report period's year. 「今年」「明年」「去年」 count from the report period's year.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from loaders.events import event_suffixes
from loaders.reading import normalize
from loaders.structure import Period, gregorian_year, numerals_value

Precision = Literal["year", "month", "day"]


@dataclass(frozen=True)
class DateSpan:
    """A date or date range found in a sentence.

    `start`/`end` are ISO strings at the stated precision ('2013', '2013-06',
    '2013-06-09'); `end` is None for a single date. `year` is the start's year.
    `text` is the sentence's own wording at `text_start:text_end`.
    """

    start: str
    end: str | None
    year: int
    precision: Precision
    text_start: int
    text_end: int
    text: str
    since: bool = False  # 「自98年起」: when something began, not when the text is set
    edition: bool = False  # 「(主辦)2013年大會」: the year of an event named, not of the text

    @property
    def writes_year(self) -> bool:
        """Whether the text writes the year (104年8月, 93.01.12), not borrows it."""
        return "年" in self.text or _FIGURES_DATE_RE.match(normalize(self.text)) is not None


@dataclass(frozen=True)
class DateContext:
    """What a sentence's dates are read against.

    `report_period` anchors 「今年」「明年」「去年」 and year-less dates when nothing
    else does; `current_year` is the last explicit year seen earlier in the same
    paragraph or list item (the caller tracks it with `advance`).
    """

    report_period: Period | None = None
    current_year: int | None = None
    #: The year and month last written for a year before the report's (去年12月函請…):
    #: a later, smaller month with no year of its own is of the year after.
    past_month: tuple[int, int] | None = None
    #: The month (YYYY-MM) of the last date written to the month or day: the month of
    #: a day later written alone (論壇期間，某局於14日與…).
    current_month: str | None = None
    #: Whether `current_year` is the year after the report's, which a half-year's report
    #: tells of as what is to come (邀請本府明年組團參加…): a later month of the report's
    #: period written alone (…；某某於12月12日來訪) is of the report's year.
    planned_year: bool = False
    #: The day (YYYY-MM-DD) the news release the text is was issued, its dateline: the
    #: days it glosses after 昨/今/明 (昨（九）日) are told relative to it, whatever
    #: other dates it tells between (曾於八十一年五月六日來訪).
    issued: str | None = None
    #: The last range of days written, when it runs into a later month (三月二十六日至
    #: 四月二日): a day later written alone falling within it is of its first month.
    current_range: tuple[str, str] | None = None
    #: The last year written, history too (得從民國五十五年說起): the year a story's
    #: 那一年 takes up.
    told_year: int | None = None

    @property
    def report_year(self) -> int | None:
        """The year of the report period, if known."""
        return self.report_period.year if self.report_period else None

    def _told_of_past(self, span: DateSpan) -> bool:
        """Whether `span` is a bare year before the report's, told of as history (某市
        自2017年與本市締結友好城市，2021年升格為姊妹市): no month or day follows from it."""
        report = self.report_year
        return span.precision == "year" and report is not None and span.year < report

    def _told_of_future(self, span: DateSpan) -> bool:
        """Whether `span` is of the year after the report's, which a half-year's report
        tells of as what is to come (邀請本府明年組團參加…, 出席2016年9月舉行之…): a
        plan, not where the story is."""
        end = self.report_period.end if self.report_period else None
        return end is not None and span.year == int(end[:4]) + 1

    def advance(self, spans: Iterable[DateSpan]) -> DateContext:
        """The context after `spans`: current_year becomes the last explicit year."""
        year, past, month = self.current_year, self.past_month, self.current_month
        planned, days = self.planned_year, self.current_range
        for span in spans:
            if self._told_of_past(span):
                continue  # 「2021年升格為姊妹市。8月5日，…」: history, the story stays now
            last = span.end or span.start
            if len(last) >= 7 and not span.since and not span.edition:
                month = last[:7]
                days = (span.start, last) if _runs_into_next_month(span) else None
            if span.writes_year and not span.since and not span.edition:
                year = int((span.end or span.start)[:4])
                planned = self._told_of_future(span)
                last = span.end or span.start
                report = self.report_year
                past = (
                    (year, int(last[5:7])) if report and year < report and len(last) >= 7 else None
                )
            elif past is not None and span.year > past[0] and not span.since:
                # 「去年9月…，於5月5日至14日出訪」: the story moved on into the next year
                year, past = span.year, None
        return replace(
            self,
            current_year=year,
            past_month=past,
            current_month=month,
            planned_year=planned,
            current_range=days,
        )

    def years_written(self, spans: Iterable[DateSpan]) -> DateContext:
        """The context after `spans` wrote their years, whatever they tell (history, a
        year since which): the last is the one a story's 那一年 takes up."""
        written = [span.year for span in spans if span.writes_year]
        return replace(self, told_year=written[-1]) if written else self

    def under_heading(self, title: str) -> DateContext:
        """The context of the items under a heading that is only a month (「一、七月」,
        「(二)8月份」, 「三、102年9月」), as a report told month by month writes them: a
        day they write alone (「1.十二日，某團來訪」) is of that month. Any other heading
        leaves the context as it is."""
        norm = normalize(title).strip().rstrip(":：")
        spans = find_dates(norm, self)
        if len(spans) != 1 or spans[0].precision != "month" or spans[0].end is not None:
            return self
        if norm[: spans[0].text_start].strip() or norm[spans[0].text_end :].strip():
            return self
        span = spans[0]
        year = span.year if span.writes_year else self.current_year
        return replace(self, current_month=span.start, current_year=year)

    def year_of_month(self, month: int | None) -> int | None:
        """The year of a month written without one: the paragraph's year, else the
        report's; the report's when the paragraph's is a plan's (the year after the
        report's) and the month falls in the report's period (邀請本府明年組團參加…；
        某某於12月12日來訪: the visit is of this year)."""
        report = self.report_period
        if self.planned_year and report is not None and month is not None:
            own = f"{report.end[:4]}-{month:02d}"
            if report.start <= own <= report.end:
                return int(report.end[:4])
        return self.current_year or self.report_year


# ---------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------

_CN_DIGITS = "〇○零一二三四五六七八九"
#: A year written in counted numerals (九十二, 一百零二, 一百): ROC years 10–199.
_CN_COUNTED_YEAR = (
    "一百(?:零[一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)?"
    "|[二三四五六七八九]十[一二三四五六七八九]?|十[一二三四五六七八九]?"
)
#: A bare year in counted numerals below this, without 民國, is a count of years
#: (締結姊妹市四十年).
_MIN_BARE_COUNTED_YEAR = 50
_CN_SMALL = (  # 1–31 in Chinese numerals, longest alternatives first
    "三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
)
_NUMBER = rf"(?:\d{{1,2}}|{_CN_SMALL})"
_SEPARATOR = r"(?:至|到|~|-|–|—)"
_RELATIVE_YEARS = "同年|當年|那一年|那年|今年|本年|明年|去年|上年|前年|隔年|翌年|次年"
# A relative year glossed with its number (去（108）年, 明（100）年度): the number is the year.
_GLOSSED_RELATIVE = "今本明去前上隔翌次"

#: A day glossed with its number after 昨/今/明 (昨（九）日, 今（十五）日), as a news
#: release writes the days it tells of: always a date, in the month of the release.
_GLOSSED_DAY = "昨今明"
#: A month or a day told relative to the time of speaking or to the one before, glossed
#: with its number (本（六）月, 上（五）月, 翌（十一）日, 次（三）日), as a report spoken
#: to the council writes them: the number is the month or day, as if written alone.
_GLOSSED_MONTH = "本上下同當該"
_GLOSSED_NUMBERED_DAY = "翌次隔同當本"
#: How far from the release's day each of them is (今: 0).
_DAY_OFFSET = {"昨": -1, "明": 1}

# Word boundaries that keep 「日本年輕人」「說明年度」「不同年齡」 from reading as years.
_NOT_BEFORE_RELATIVE = "日說證聲表發透簡標註載闡文光鮮分不相共"
_NOT_AFTER_YEAR = "輕齡紀級華薪金糕貨"

#: A date written in figures, as tables and logs do: 93.01.12, 2004/03/17, 2004-03-17
#: (a hyphen only after a 4-digit year, so 「3-5日」 stays a range). The year is ROC or
#: Gregorian; one that is not a plausible year (3.2.1, a version) is no date.
_FIGURES_DATE = (
    r"(?P<numdate>(?<![\d.])(?:(?P<ny>\d{2,4})(?P<ns>[./])(?P<nm>\d{1,2})(?P=ns)(?P<nd>\d{1,2})"
    r"|(?P<nyh>\d{4})-(?P<nmh>\d{1,2})-(?P<ndh>\d{1,2}))(?![\d.]))"
)
_FIGURES_DATE_RE = re.compile(_FIGURES_DATE)  # a span opening with one wrote its year
#: The end of a range of figures dates, month and day alone: 93.03.17~03.19.
_FIGURES_MONTH_DAY = r"(?P<numdm>(?<![\d.])(?P<nm2>\d{1,2})[./](?P<nd2>\d{1,2})(?![\d.]))"

_TOKEN_RE = re.compile(
    rf"{_FIGURES_DATE}|{_FIGURES_MONTH_DAY}"
    rf"|(?P<glossedyear>[{_GLOSSED_RELATIVE}]\(\s*(?P<gy>\d{{2,4}}|[{_CN_DIGITS}]{{3,4}}"
    rf"|{_CN_COUNTED_YEAR})\s*\)\s*年度?"
    rf"(?![{_NOT_AFTER_YEAR}]))"
    rf"|(?P<year>(?:民國|西元|公元)?\s*(?<![\d{_CN_DIGITS}十百])"
    rf"(?:\d{{4}}|\d{{2,3}}|[{_CN_DIGITS}]{{3,4}}|{_CN_COUNTED_YEAR})(?!\d)\s*年度?"
    rf"(?![{_NOT_AFTER_YEAR}]))"
    rf"|(?P<relyear>(?<![{_NOT_BEFORE_RELATIVE}])(?:{_RELATIVE_YEARS})度?(?![{_NOT_AFTER_YEAR}]))"
    rf"|(?P<monthrange>(?<![\d十])(?P<mr1>{_NUMBER})\s*{_SEPARATOR}\s*(?P<mr2>{_NUMBER})\s*月份?)"
    rf"|(?P<glossedmonth>[{_GLOSSED_MONTH}]\(\s*(?P<gm>{_NUMBER})\s*\)\s*月份?)"
    rf"|(?P<month>(?<![\d十])(?P<m>{_NUMBER}|(?<![\d萬千百億])元)\s*月份?)"
    rf"|(?P<dayrange>(?<![\d十])(?P<dr1>{_NUMBER})\s*(?:{_SEPARATOR}|、)\s*"
    rf"(?P<dr2>{_NUMBER})\s*[日號])"
    rf"|(?P<glossedday>(?P<gw>[{_GLOSSED_DAY}])\(\s*(?P<gd>{_NUMBER})\s*\)\s*日)"
    rf"|(?P<relday>(?<![{_NOT_BEFORE_RELATIVE}])(?P<rw>[{_GLOSSED_DAY}])[日天])"
    rf"|(?P<glossednumday>[{_GLOSSED_NUMBERED_DAY}]\(\s*(?P<gn>{_NUMBER})\s*\)\s*日)"
    rf"|(?P<day>(?<![\d十])(?P<d>{_NUMBER})\s*[日號])"
    rf"|(?P<sep>{_SEPARATOR})"
    rf"|(?P<thismonth>(?:本月|當月|同月|是月|該月|上個?月)(?:份)?(?:上旬|中旬|下旬|間|內|初|底)?"
    rf"|(?<![月\d{_CN_DIGITS}十])(?:上旬|中旬|下旬))"
)
# After a year with nothing else, these make it a duration: 「10年後」「30年來」.
_DURATION_AFTER = (*"後前間內來多餘半代期", "左右", "以上", "之久")
_DURATION_BEFORE = (
    *("近", "過去", "逾", "超過", "約", "第", "滿", "達", "共", "歷時", "長達", "每"),
    *("已", "屆", "迄今"),  # 締結迄今已五十年, 已屆六十年
)
# A year alone after holding or joining names the edition held or joined (分享本市主辦
# 2013年大會之經驗, 曾參加2016年某某運動會): it dates that event, not the paragraph.
_EDITION_VERB = re.compile(r"(?:主辦|舉辦|承辦|籌辦|參加|參與|出席)\s*$")
#: What follows a date that is an event's, not the story's: where and that it is held,
#: then the event's quoted name (邀請某市參加本年6月在本市愛河舉行之「…」): a day told
#: alone later is not of that month.
_EVENTS_TIME_AFTER = re.compile(r"(?:在|於)[^,;。「」]{1,10}?(?:舉行|舉辦|召開)之「")
#: ...unless the date opens its clause (，並於4月3日在某市舉行之「…」開幕式致詞): then it
#: is when the clause's own act is, the story's time.
_CLAUSES_TIME_BEFORE = re.compile(r"(?:^|[,;:。])(?:並|另|亦|又)?(?:於|在)?$")
# A bare ROC year below this, without 民國, is more likely a count of years.
_MIN_BARE_ROC_YEAR = 40


@dataclass(frozen=True)
class _Token:
    """One date token: its kind, offsets, the values it carries, and whether only
    whitespace separates it from the token before (`joined`)."""

    kind: str
    start: int
    end: int
    value: int | str | None = None
    value2: int | None = None
    joined: bool = False
    minguo: bool = False  # a year introduced by 民國
    day: int | None = None  # the day of a date in figures (93.01.12)


_CN_DIGIT_VALUES = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}


def _small_number(text: str) -> int:
    """Value of 1–31 written in digits or Chinese numerals (「十二」→12); 元 of 元月
    (January) is 1."""
    if text == "元":
        return 1
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return _CN_DIGIT_VALUES[text]
    tens, _, units = text.partition("十")
    return (_CN_DIGIT_VALUES[tens] if tens else 1) * 10 + (_CN_DIGIT_VALUES[units] if units else 0)


def _year_digits(text: str) -> str:
    """The digits of a year token: 「民國102年」→'102', 「一〇二年」→'102',
    「九十二年」→'92', 「一百零二年」→'102'."""
    numerals = "".join(ch for ch in text if ch in _CN_DIGIT_VALUES or ch in "十百")
    if numerals:
        return str(numerals_value(numerals))
    return "".join(ch for ch in text if ch.isdigit())


def _token(match: re.Match[str]) -> _Token:
    """The token for one `_TOKEN_RE` match (offsets without leading whitespace)."""
    start = match.start() + len(match[0]) - len(match[0].lstrip())
    if match["numdate"]:
        year, month, day = (
            match["ny"] or match["nyh"],
            match["nm"] or match["nmh"],
            match["nd"] or match["ndh"],
        )
        return _Token("numdate", start, match.end(), year, int(month), day=int(day))
    if match["numdm"]:
        return _Token("numdm", start, match.end(), int(match["nm2"]), int(match["nd2"]))
    if match["glossedyear"]:
        return _Token("year", start, match.end(), _year_digits(match["gy"]))
    if match["year"]:
        minguo = match["year"].lstrip().startswith("民國")
        return _Token("year", start, match.end(), _year_digits(match["year"]), minguo=minguo)
    if match["relyear"]:
        return _Token("relyear", start, match.end(), match["relyear"].removesuffix("度"))
    if match["monthrange"]:
        return _Token(
            "monthrange",
            start,
            match.end(),
            _small_number(match["mr1"]),
            _small_number(match["mr2"]),
        )
    if match["glossedmonth"]:  # 上(五)月: the month its gloss writes
        return _Token("month", start, match.end(), _small_number(match["gm"]))
    if match["month"]:
        return _Token("month", start, match.end(), _small_number(match["m"]))
    if match["dayrange"]:
        return _Token(
            "dayrange", start, match.end(), _small_number(match["dr1"]), _small_number(match["dr2"])
        )
    if match["glossednumday"]:  # 翌(十一)日: the day its gloss writes
        return _Token("day", start, match.end(), _small_number(match["gn"]))
    if match["day"]:
        return _Token("day", start, match.end(), _small_number(match["d"]))
    if match["glossedday"]:  # 昨(九)日: a day before the release's, perhaps in the month before
        offset = _DAY_OFFSET.get(match["gw"], 0)
        return _Token("glossedday", start, match.end(), _small_number(match["gd"]), offset)
    if match["relday"]:  # 今日, 昨天: a day by the release's dateline, its number unwritten
        return _Token("glossedday", start, match.end(), None, _DAY_OFFSET.get(match["rw"], 0))
    if match["thismonth"]:
        return _Token("thismonth", start, match.end())
    return _Token("sep", start, match.end())


def _tokens(norm: str) -> list[_Token]:
    """All date tokens in the normalized sentence, left to right."""
    tokens: list[_Token] = []
    for match in _TOKEN_RE.finditer(norm):
        token = _token(match)
        if tokens:
            joined = not norm[tokens[-1].end : token.start].strip()
            token = replace(token, joined=joined)
        tokens.append(token)
    return tokens


# ---------------------------------------------------------------------------
# Reading runs of tokens
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Point:
    """One end of a date: year (resolved), month, day; any may be missing."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    explicit_year: bool = False


@dataclass(frozen=True)
class _Read:
    """A point read from tokens[first:next_index]; `implied_end` for 「8至13日」."""

    point: _Point
    implied_end: _Point | None
    next_index: int


_RELATIVE_OFFSETS = {  # word → (counted from the paragraph's year?, years added)
    "同年": (True, 0),
    "當年": (True, 0),
    "那一年": (True, 0),  # a story's 那一年, 那年: the year just named (told_year)
    "那年": (True, 0),
    "隔年": (True, 1),
    "翌年": (True, 1),
    "次年": (True, 1),
    "今年": (False, 0),
    "本年": (False, 0),
    "明年": (False, 1),
    "去年": (False, -1),
    "上年": (False, -1),
    "前年": (False, -2),
}


#: A story's words for the year it just named (得從民國五十五年說起。那一年，…).
_THAT_YEAR = ("那一年", "那年")


def _resolve_year(token: _Token, context: DateContext) -> int | None:
    """The Gregorian year of a year token, or None if it cannot be resolved."""
    if token.kind == "year":
        return gregorian_year(str(token.value))
    from_paragraph, delta = _RELATIVE_OFFSETS[str(token.value)]
    if token.value in _THAT_YEAR and context.told_year is not None:
        return context.told_year
    if from_paragraph:
        base = context.current_year or context.report_year
    else:
        base = context.report_year or context.current_year
    return None if base is None else base + delta


def _read_figures(token: _Token, end_part: bool) -> _Point | None:
    """A date in figures (93.01.12), or as the end of a range its month and day alone
    (93.03.17~03.19); None for anything else, or for a year no report would write
    (3.2.1 is a number, not ROC year 3)."""
    if token.kind == "numdate":
        digits = str(token.value)
        year = gregorian_year(digits)
        if year is None or (len(digits) < 4 and int(digits) < _MIN_BARE_ROC_YEAR):
            return None
        return _Point(year=year, month=int(token.value2 or 0), day=token.day, explicit_year=True)
    if token.kind == "numdm" and end_part:
        return _Point(month=int(token.value or 0), day=token.value2)
    return None


def _read_point(tokens: list[_Token], i: int, context: DateContext, end_part: bool) -> _Read | None:
    """Read [year] [month|monthrange [day|dayrange]] starting at tokens[i].

    An end part (after 至) may also be a bare day: 「4日至11日」.
    """
    figures = _read_figures(tokens[i], end_part)
    if figures is not None:
        return _Read(figures, None, i + 1)
    point = _Point()
    j = i
    if tokens[j].kind in ("year", "relyear"):
        year = _resolve_year(tokens[j], context)
        if year is None:
            return None
        point = _Point(year=year, explicit_year=True)
        j += 1
    if (
        j < len(tokens)
        and tokens[j].kind in ("month", "monthrange")
        and (j == i or tokens[j].joined)
    ):
        month = tokens[j]
        point = replace(point, month=int(month.value or 0))
        j += 1
        if month.kind == "monthrange":
            return _Read(point, replace(point, month=month.value2), j)
        if j < len(tokens) and tokens[j].kind in ("day", "dayrange") and tokens[j].joined:
            day = tokens[j]
            point = replace(point, day=int(day.value or 0))
            j += 1
            if day.kind == "dayrange":
                return _Read(point, replace(point, day=day.value2), j)
    elif end_part and j == i and tokens[j].kind == "day":
        point = _Point(day=int(tokens[j].value or 0))
        j += 1
    return None if j == i else _Read(point, None, j)


def _fill(end: _Point, start: _Point) -> _Point:
    """An end point completed from the start point: 「6月28日至7月2日」 takes the
    start's year, 「4日至11日」 its month, 「12月30日至1月2日」 the next year."""
    year = end.year if end.year is not None else start.year
    month = end.month if end.month is not None or end.day is None else start.month
    filled = replace(end, year=year, month=month)
    if (
        not end.explicit_year
        and year is not None
        and month is not None
        and start.month is not None
        and month < start.month
    ):
        filled = replace(filled, year=year + 1)
    return filled


def _iso(point: _Point) -> str | None:
    """ISO text of a point at its precision, or None if it is not a real date."""
    if point.year is None:
        return None
    if point.month is None:
        return f"{point.year:04d}"
    if not 1 <= point.month <= 12:
        return None
    if point.day is None:
        return f"{point.year:04d}-{point.month:02d}"
    if not 1 <= point.day <= calendar.monthrange(point.year, point.month)[1]:
        return None
    return f"{point.year:04d}-{point.month:02d}-{point.day:02d}"


def _precision(point: _Point) -> Precision:
    """The precision a point is stated at."""
    if point.day is not None:
        return "day"
    return "month" if point.month is not None else "year"


def _with_year(point: _Point, context: DateContext) -> _Point:
    """A year-less point given the paragraph's year or the report period's year."""
    if point.year is not None:
        return point
    return replace(point, year=context.year_of_month(point.month))


#: What follows this year when it is the scope of a first, not a date (這是某市今年第一個
#: 來高的官方團體, 本年首次): a first of a kind, not the first edition of an event
#: (明年首屆「…」: the event's year).
_FIRST_AFTER = ("第一", "首次", "首度", "首個", "首位", "首批")


def _is_scope(norm: str, token: _Token) -> bool:
    """True if this year (今年, 本年) counts a first in it (這是某市今年第一個正式來高的
    官方團體, 今年首次來訪的某某，於三月五日拜會…): a remark on the year when a month of
    that year is told in the same sentence, which still gives when the act took place
    (find_dates drops it then). With no such month (今年首度組團, 今年第一季) it is the
    year the act took place."""
    return token.value in ("今年", "本年") and norm[token.end :].startswith(_FIRST_AFTER)


def _is_quantity(norm: str, token: _Token) -> bool:
    """True if a lone year token is a length of time, not a year: 「10年後」「近20年」,
    or a small ROC number (below 40) not introduced by 民國."""
    if token.kind != "year":
        return False
    after = norm[token.end :]
    before = norm[: token.start].rstrip()
    if after.startswith(_DURATION_AFTER) or before.endswith(_DURATION_BEFORE):
        return True
    digits = str(token.value)
    written = norm[token.start : token.end]
    least = _MIN_BARE_COUNTED_YEAR if "十" in written or "百" in written else _MIN_BARE_ROC_YEAR
    return len(digits) < 4 and int(digits) < least and not token.minguo


def _span(
    sentence: str, tokens: list[_Token], first: int, last: int, start: _Point, end: _Point | None
) -> DateSpan | None:
    """A DateSpan for tokens[first:last + 1], or None if the dates are not valid."""
    start_iso = _iso(start)
    end_iso = _iso(end) if end is not None else None
    if start_iso is None or (end is not None and (end_iso is None or end_iso < start_iso)):
        return None
    text_start, text_end = tokens[first].start, tokens[last].end
    return DateSpan(
        start=start_iso,
        end=end_iso,
        year=int(start_iso[:4]),
        precision=_precision(start),
        text_start=text_start,
        text_end=text_end,
        text=sentence[text_start:text_end],
    )


def _read_range(
    tokens: list[_Token], i: int, context: DateContext
) -> tuple[_Point, _Point | None, int] | None:
    """Read a date or range starting at tokens[i]: (start, end or None, last index)."""
    read = _read_point(tokens, i, context, end_part=False)
    if read is None:
        return None
    start, end, j = _with_year(read.point, context), read.implied_end, read.next_index
    last = j - 1
    if end is None and j + 1 < len(tokens) and tokens[j].kind == "sep" and tokens[j].joined:
        second = (
            _read_point(tokens, j + 1, context, end_part=True) if tokens[j + 1].joined else None
        )
        if second is not None and second.implied_end is None:
            end, last = second.point, second.next_index - 1
    return start, (_fill(end, start) if end is not None else None), last


#: A day of the month just named: 同月15日, 當月20至22日, 該月3日.
_SAME_MONTH = re.compile(r"(?:同月|當月|該月|是月|本月)\s*$")
#: What a day written alone, without its month, follows when it dates what is told
#: (…，並於18日與…, 論壇期間，某局於14日與…, …，20日與該市副市長會晤): 於 or 在, or the
#: opening of a clause, or of a list's item (十月三日開幕、五日閉幕) (not 展期9日, 為期3日,
#: 共5日: a length of time).
_BARE_DAY_LEAD = re.compile(r"(?:(?:並|亦|則|另)?(?:於|在)|^|[,;、])\s*$")
#: A time of day after a day written alone (某市長二十三日上午拜會…): the day is a date
#: wherever it stands.
_TIME_OF_DAY = re.compile(r"\s*(?:上午|下午|中午|晚間|晚上|傍晚|清晨|早上)")


def _same_month(
    norm: str, tokens: list[_Token], i: int, spans: list[DateSpan], context: DateContext
) -> tuple[_Point, _Point | None, int] | None:
    """A day read in the month last named (「3月14日至18日…，並於同月15日…」, 「9月16日
    至19日來訪，並於18日…」): in the sentence, else in the sentences before it in the
    section (`DateContext.current_month`); of a range running into the next month, the
    month in which the day falls within it (9月28日至10月2日…，於29日: September)."""
    token = tokens[i]
    if token.kind not in ("day", "dayrange"):
        return None
    before = norm[: token.start]
    if not _SAME_MONTH.search(before) and (
        (i and token.joined and tokens[i - 1].kind != "sep")
        or not (_BARE_DAY_LEAD.search(before) or _TIME_OF_DAY.match(norm, token.end))
        or norm[token.end :].startswith(_DURATION_AFTER)
    ):
        return None
    month = _month_of_day(int(token.value or 0), spans, context)
    if month is None:
        return None
    start = _Point(year=int(month[:4]), month=int(month[5:7]), day=int(token.value or 0))
    if token.kind == "dayrange":
        return start, replace(start, day=token.value2), i
    after = tokens[i + 1 : i + 3]
    if [t.kind for t in after] == ["sep", "day"] and all(t.joined for t in after):
        return start, replace(start, day=int(after[1].value or 0)), i + 2  # 當月1日至2日
    return start, None, i


#: What a month written as 「本月」, or a part of it alone (中旬), follows when it dates
#: what is told: 於, 在 or 自, or the opening of a clause (not 本月薪資: no date).
_THIS_MONTH_LEAD = re.compile(r"(?:(?:並|亦|則|另)?(?:於|在|自)|^|[,;])\s*$")


#: Months told relative to the day the text was written (its dateline, a reply's date):
#: 本月 is that month, 上月 (上個月) the one before; 當月, 同月 are the story's month,
#: as is 本月 where no such day is known.
_MONTHS_OF_WRITING = {"本月": 0, "上月": -1, "上個": -1}


def month_number(month: str) -> int:
    """A month written YYYY-MM (or the month of a longer ISO date) counted from year 0,
    so that months can be added and compared (2019-12 + 1 = 2020-01)."""
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def month_of_number(number: int) -> str:
    """The month (YYYY-MM) that `month_number` gives `number` for."""
    return f"{number // 12:04d}-{number % 12 + 1:02d}"


def _month_of_writing(issued: str | None, offset: int) -> _Point | None:
    """The month `offset` months from the day the text was written (`issued`), if known."""
    if issued is None:
        return None
    number = month_number(issued) + offset
    return _Point(year=number // 12, month=number % 12 + 1)


def _this_month(
    norm: str, tokens: list[_Token], i: int, spans: list[DateSpan], context: DateContext
) -> tuple[_Point, _Point | None, int] | None:
    """The month a clause opening with 「本月」「本月間」「本月下旬」 or a part of a month
    alone (「中旬，本府…」) is dated by: the sentence's last month, else the section's
    (a report told month by month: 「一、七月」 above 「3.中旬，某局…」); not one a day
    follows (本月15日, which `_same_month` reads). 本月 and 上月 in a text whose day of
    writing is known count from it (_MONTHS_OF_WRITING)."""
    token = tokens[i]
    if token.kind != "thismonth" or not _THIS_MONTH_LEAD.search(norm[: token.start]):
        return None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and after.joined and after.kind in ("day", "dayrange"):
        return None
    offset = _MONTHS_OF_WRITING.get(norm[token.start : token.start + 2])
    if offset is not None and (context.issued is not None or offset):
        point = _month_of_writing(context.issued, offset)
        return (point, None, i) if point is not None else None
    last = spans[-1].end or spans[-1].start if spans else context.current_month
    if last is None or len(last) < 7:
        return None
    return _Point(year=int(last[:4]), month=int(last[5:7])), None, i


#: What follows a month and day in figures that is a share, not a date (1/3以上, 2/3之).
_SHARE_AFTER = ("以上", "以下", "的", "之", "強", "左右")
#: 於/在 before a month and day in figures: a date wherever the clause goes on.
_SLASHED_DAY_AT = re.compile(r"(?:於|在)\s*$")
#: What follows a month and day in figures opening a clause when it is a date: a comma,
#: a range or a time of day (5/14，…, 5/14至5/16, 5/14上午), or a verb or subject of
#: the genre (5/14拜會本府, 5/14率團, 5/14本府…); not a share's verb (，1/3為當地企業
#: 代表, 1/3來自…).
_SLASHED_DAY_GOES_ON = re.compile(
    r"\s*(?:[,;:：至~～\-－(（]|上午|下午|中午|晚間|晚上|早上|起|率|拜會|拜訪|出席|參加|參與|赴|"
    r"前往|抵|來(?!自)|蒞|訪|接見|會晤|舉辦|主辦|舉行|簽|與|由|本府|本市|市府|[\u4e00-\u9fff]?副?市長)"
)


def _slashed_month_day(
    norm: str, tokens: list[_Token], i: int, context: DateContext
) -> tuple[_Point, _Point | None, int] | None:
    """A month and day in figures parted by a slash, the year unwritten (5/14), as a
    work report writes its days: a date where it follows 於/在 (「並於5/14出席…」), or
    opens a clause going on as a date does (「5/24，某市市長…」, not 「，1/3為…」), in the
    report's year; 5/14至5/16 (or
    至16日) runs to its end."""
    token = tokens[i]
    if (
        token.kind != "numdm"
        or "/" not in norm[token.start : token.end]
        or not _BARE_DAY_LEAD.search(norm[: token.start])
        or norm[token.end :].startswith(_SHARE_AFTER)
        or not (
            _SLASHED_DAY_AT.search(norm[: token.start])
            or _SLASHED_DAY_GOES_ON.match(norm, token.end)
        )
    ):
        return None
    start = _with_year(_Point(month=int(token.value or 0), day=token.value2), context)
    after = tokens[i + 1 : i + 3]
    ranged = [t.kind for t in after] in (["sep", "numdm"], ["sep", "day"])
    if ranged and all(t.joined for t in after):
        end = _read_point(tokens, i + 2, context, end_part=True)
        if end is not None:
            return start, _fill(end.point, start), i + 2
    return start, None, i


def _glossed_day(
    tokens: list[_Token], i: int, spans: list[DateSpan], context: DateContext
) -> tuple[_Point, _Point | None, int] | None:
    """A day glossed after 昨/今/明 (〔78.1.10〕…昨（九）日上午拜會市府): in the month of
    the date before it (the release's), or of the section's; a 昨 day later than the day
    of the last date written with its year (the release's) is of the month before
    (〔78.3.1〕…昨（二十八）日), a 明 day smaller than it of the month after
    (〔78.3.31〕…明（一）日). Within a release whose dateline the context holds
    (`issued`), the days are relative to it, not to other dates it tells."""
    token = tokens[i]
    if token.kind != "glossedday":
        return None
    if token.value is None:  # 今日, 昨天: only by a release's dateline
        if context.issued is None:
            return None
        day_of = date.fromisoformat(context.issued) + timedelta(days=token.value2 or 0)
        return _Point(year=day_of.year, month=day_of.month, day=day_of.day), None, i
    day = int(token.value)
    if context.issued is not None:
        month: str | None = context.issued[:7]
        last = context.issued
    else:
        # (a year alone before it, 「高雄市七十八年元宵燈會」昨（二十）日, names no month)
        month = _month_of_day(day, [d for d in spans if d.precision != "year"], context)
        issued = [d.end or d.start for d in spans if d.writes_year]  # the release's: 78.3.1
        last = issued[-1] if issued else ""
    if month is None:
        return None
    year, number = int(month[:4]), int(month[5:7])
    if len(last) == 10 and last[:7] == month:
        if token.value2 == -1 and day > int(last[8:]):
            year, number = (year, number - 1) if number > 1 else (year - 1, 12)
        elif token.value2 == 1 and day < int(last[8:]):
            year, number = (year, number + 1) if number < 12 else (year + 1, 1)
    return _Point(year=year, month=number, day=day), None, i


def _runs_into_next_month(span: DateSpan) -> bool:
    """Whether a range of days runs from one month into a later one (3月26日至4月2日)."""
    end = span.end or ""
    return len(span.start) >= 10 and len(end) >= 10 and span.start[:7] != end[:7]


def _month_of_day(day: int, spans: list[DateSpan], context: DateContext) -> str | None:
    """The month (YYYY-MM) a day written alone is in: that of the sentence's last date,
    or the first month of its range the day falls within; else the section's last."""
    if not spans:
        days = context.current_range
        if days is not None and days[0] <= f"{days[0][:7]}-{day:02d}" <= days[1]:
            return days[0][:7]  # 三月二十六日至四月二日…。二十八日，…: March
        return context.current_month
    first, last = spans[-1].start, spans[-1].end or spans[-1].start
    if len(last) < 7:
        return None
    if len(first) >= 7 and first[:7] != last[:7] and first <= f"{first[:7]}-{day:02d}" <= last:
        return first[:7]
    return last[:7]


#: A month listed with the next before their shared 月 (11、12月, 5、6月份): the two
#: months, read as the range they make (a character for a character, so offsets hold).
_NEXT_MONTH_LISTED = re.compile(r"(?<![\d.])(\d{1,2})、(?=(\d{1,2})月)")


def _months_as_range(match: re.Match[str]) -> str:
    first, second = int(match.group(1)), int(match.group(2))
    return f"{match.group(1)}至" if first >= 1 and second == first + 1 <= 12 else match.group()


def one_date_each(spans: list[DateSpan], starts: list[int], end: int) -> list[DateSpan]:
    """The one date written in each stretch of text from one of `starts` to the next (the
    last to `end`), as the items of a list each with its day (甲於1月9日、乙於2月27日);
    [] unless every stretch holds exactly one (or there is none)."""
    if not starts:
        return []
    ends = [*starts[1:], end]
    found = [[d for d in spans if a <= d.text_start < b] for a, b in zip(starts, ends, strict=True)]
    return [days[0] for days in found] if all(len(days) == 1 for days in found) else []


def find_dates(sentence: str, context: DateContext) -> list[DateSpan]:
    """All dates and date ranges in `sentence`, left to right.

    `sentence` may be the original text or `normalize(text)`; offsets are the same.
    Invalid dates (13月, 2月30日) and year-less dates with no year to borrow are left out.
    """
    norm = _NEXT_MONTH_LISTED.sub(_months_as_range, normalize(sentence))
    tokens = _tokens(norm)
    spans: list[DateSpan] = []
    earlier = context.past_month  # a month stated in a year before the report's
    scopes: list[DateSpan] = []  # this year counting a first (今年首次, 今年第一個)
    i = 0
    while i < len(tokens):
        read = (
            _read_range(tokens, i, context)
            or _same_month(norm, tokens, i, spans, context)
            or _this_month(norm, tokens, i, spans, context)
            or _glossed_day(tokens, i, spans, context)
            or _slashed_month_day(norm, tokens, i, context)
        )
        if read is None:
            i += 1
            continue
        start, end, last = read
        if (
            earlier is not None
            and not start.explicit_year
            and start.year == earlier[0]
            and start.month is not None
            and start.month < earlier[1]
        ):
            # 「去年12月函請…，於2月8日抵達」: the story moves on, into the next year
            start = replace(start, year=earlier[0] + 1)
            end = replace(end, year=earlier[0] + 1) if end is not None else None
        report_year = context.report_year
        if start.explicit_year and start.month and report_year and start.year < report_year:
            earlier = (start.year, start.month)
        lone_year = last == i and start.month is None
        scope = lone_year and _is_scope(norm, tokens[i])
        if not (lone_year and _is_quantity(norm, tokens[i])):
            span = _span(sentence, tokens, i, last, start, end)
            if span is not None:
                if _begins(norm, span):
                    span = replace(span, since=True)
                if lone_year and (
                    _EDITION_VERB.search(norm[: span.text_start]) or _names_edition(norm, span)
                ):
                    span = replace(span, edition=True)
                elif _EVENTS_TIME_AFTER.match(
                    norm, span.text_end
                ) and not _CLAUSES_TIME_BEFORE.search(norm[: span.text_start]):
                    span = replace(span, edition=True)  # 本年6月在本市舉行之「…」
                spans.append(span)
                if scope:
                    scopes.append(span)
                    i = last + 1
                    continue  # 今年首次來訪的某某，於三月五日: no year set for what follows
                # 「今年由民政局組團，於8月3日至5日前往」: a year stated sets the
                # year of the dates after it in the same sentence
                context = context.advance([span])
        i = last + 1
    # this year counting a first beside a month of it told in the sentence (三月間…，這是
    # 該市今年第一個來高的官方團體) is a remark on the year: the month dates the act
    return [
        span
        for span in spans
        if span not in scopes
        or not any(o.precision != "year" and o.year == span.year for o in spans)
    ]


#: What may follow a date in brackets that closes its sentence: the sentence's end.
_AFTER_CLOSING_BRACKET = re.compile(r"\)\s*[。;,]?\s*$")


def date_in_closing_brackets(norm: str, spans: list[DateSpan]) -> DateSpan | None:
    """A date written alone in brackets closing the sentence, after what it tells
    (…參觀港區及捷運工程（81.1.20～1.23）；, …交換意見（95.5.1）。): the date of the
    item's story the sentence tells, not of the words just before it; not the last of
    several days each in brackets after what they date (行程依序為甲市（4月9日至11日）
    及乙市（4月12日至16日）: the last stop's)."""
    bracketed = [s for s in spans if norm[s.text_start - 1 : s.text_start] == "("]
    for span in bracketed:
        if _AFTER_CLOSING_BRACKET.match(norm, span.text_end) and not span.since:
            return span if len(bracketed) == 1 else None
    return None


# ---------------------------------------------------------------------------
# "Since" and "every year"
# ---------------------------------------------------------------------------

_SINCE_BEFORE_RE = re.compile(r"(?:自從|自|從|打從)\s*$")
_SINCE_AFTER_RE = re.compile(r"^[^,;。!?]*?(?:開始|起|以來|至今|迄今)")
#: A tie or body made that year, told after the year (於2016年締結姊妹市, （2021年締結）,
#: 2005年與本市結盟, 1990年成立): when it began, not when the story is set; not talks
#: about making one (19日與某主席晤談締盟事宜: the day of the talks).
_MADE_AFTER_RE = re.compile(
    r"^(?:即|已|便|就|正式)?(?:與(?:(?!晤談|會談|洽談|商談|洽商|協商|研商|討論)[^,;。()]){1,16}?)?"
    r"(?:締結|結盟|締盟|結為|建交|成立)"
)
#: Years in a row, counted up to the year being told: 連續3年, 連續第五年, 已連續十年.
_YEARS_RUNNING = re.compile(rf"連續(?:第)?\s*({_NUMBER}|兩)\s*年度?(?!代)")
_RECURRING_RE = re.compile(
    r"每一?(?:年|屆)|(?<![\d〇○零一二三四五六七八九十])年年|歷(?:年|屆)|" + _YEARS_RUNNING.pattern
)


#: The words after a lone year, up to a particle or a break.
_WORDS_AFTER = re.compile(r"[\u4e00-\u9fff]{2,10}")


def _names_edition(norm: str, span: DateSpan) -> bool:
    """Whether a lone year is that of an event named right after it (「分享本市主辦
    2013年大會之經驗」, 「2009年某某運動會」): it dates the event, not the story, so
    the dates after it keep the year they had."""
    if norm[span.text_start - 1 : span.text_start] == "「":
        return True  # 「一九九二年某某國際商展」: a year opening a quoted name
    words = _WORDS_AFTER.match(norm, span.text_end)
    if words is None:
        return False
    head = re.split(r"[之的與及和並在於]", words.group())[0]
    return any(
        head.endswith(suffix) and len(suffix) >= 2 and len(head) <= len(suffix) + 6
        for suffix in event_suffixes()
    )


def _begins(norm: str, span: DateSpan) -> bool:
    """Whether `span` says when something began (「自98年起」「95年以來」), or a lone
    year when a tie or body was made (「兩市於2021年締結姊妹市」)."""
    before, after = norm[: span.text_start], norm[span.text_end :]
    return (
        after.startswith(("起", "開始", "以來"))
        or bool(_SINCE_BEFORE_RE.search(before) and _SINCE_AFTER_RE.search(after))
        or bool("月" not in span.text and _MADE_AFTER_RE.match(after))
    )


def find_since_year(sentence: str, context: DateContext) -> int | None:
    """The year something has been going on since: 「自2004年開始」「從2004年起」
    「自2006年與本市締結姊妹城市以來」 → 2004 / 2004 / 2006; 「已連續3年」 in a
    report of 2004 → 2002 (the years counted end with the year being told). None if
    not stated."""
    for span in find_dates(sentence, context):
        if span.since:
            return span.year
    running = _YEARS_RUNNING.search(normalize(sentence))
    year = context.current_year or context.report_year
    if running is None or year is None:
        return None
    count = 2 if running.group(1) == "兩" else _small_number(running.group(1))
    return year - count + 1 if count > 1 else None


def is_recurring(sentence: str) -> bool:
    """True if the sentence says something happens every year or edition (每年, 年年,
    歷年, 每屆, 歷屆)."""
    return _RECURRING_RE.search(normalize(sentence)) is not None
