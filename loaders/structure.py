"""The structure of a 「國際事務」 report chapter: heading, sections, sentences, period.

A chapter looks like this (numbering styles and titles vary between reports)::

    貳拾肆、國際事務              ← chapter heading (number + title)
    一、訪賓接待                  ← section, level 1
    （一）與某某市締結姊妹市        ← section, level 2
    1.邀請姊妹市參加2013年某市燈會  ← section, level 3 (a short heading)
    2.102年4月22至27日，本府…。    ← a list item: a section whose text is sentences

All matching happens on `normalize(text)` (same length as the text), so every offset
found is an offset into the original text: `text[s.start:s.end] == s.text`.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from citygraph.errors import PeriodError, ReportInputError
from loaders.cards import card_readings, card_subjects
from loaders.reading import RawReport, normalize
from loaders.tables import find_table_rows

# ---------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """The months a report covers, as ISO months: Period('2015-07', '2015-12')."""

    start: str
    end: str

    def __post_init__(self) -> None:
        for value in (self.start, self.end):
            if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value):
                raise ValueError(f"period month {value!r} is not of the form YYYY-MM")
        if self.start > self.end:
            raise ValueError(f"period start {self.start} is after its end {self.end}")

    @property
    def year(self) -> int:
        """The (Gregorian) year the period starts in."""
        return int(self.start[:4])


@dataclass
class Section:
    """A numbered heading or list item and the text it governs.

    `start:end` spans the section from its number to the end of its last line
    (sub-sections included). `title` is the text after the number on the heading
    line; `text[title_start:title_start + len(title)] == title`. `parent` is the
    index of the enclosing section in `ParsedReport.sections`. `is_item` is True
    for a numbered line that is itself a sentence (「1.102年4月22至27日，本府…。」)
    rather than a short heading.
    """

    number: str
    title: str
    level: int
    start: int
    end: int
    parent: int | None
    title_start: int = 0
    is_item: bool = False
    headline: bool = False  # a news release's headline (【某市長來訪】 over 〔78.1.10〕…)


@dataclass(frozen=True)
class Sentence:
    """A sentence with its exact place in the text and its enclosing section.

    `section` indexes `ParsedReport.sections` (None before the first section);
    `paragraph` counts the chapter's non-empty lines from 0. `is_heading` marks the
    title of a short heading (it is a sentence too, as headings carry facts).
    """

    text: str
    start: int
    end: int
    section: int | None
    paragraph: int
    is_heading: bool = False
    #: For a row of a table, the sentence its columns spell (normalized), which the
    #: rules read in place of the row's cells (see loaders.tables).
    reading: str | None = None

    @cached_property
    def norm(self) -> str:
        """The sentence's matching form (`normalize(text)`, or a table row's reading),
        worked out once: the rules ask for it clause after clause. Offsets into it are
        offsets into `text` except for a table row's reading."""
        return self.reading if self.reading is not None else normalize(self.text)


@dataclass
class ParsedReport:
    """A report chapter split into sections and sentences."""

    path: str
    title: str
    chapter_number: str | None
    period: Period | None
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    text: str = ""


# ---------------------------------------------------------------------------
# Patterns (all applied to normalized text: ASCII digits and parentheses)
# ---------------------------------------------------------------------------

CAPITAL_NUMERALS = "壹貳參叁肆伍陸柒捌玖拾佰零〇"
CHINESE_NUMERALS = "一二三四五六七八九十百零〇"
SENTENCE_ENDS = frozenset("。!?;")
BRACKETS = {
    "「": "」",
    "『": "』",
    "(": ")",
    "【": "】",
    "《": "》",
    "〈": "〉",
    "[": "]",
    "“": "”",
}
_CLOSERS = {close: open_ for open_, close in BRACKETS.items()}

_CHAPTER_RE = re.compile(
    rf"(?:第\s*(?P<num1>[{CHINESE_NUMERALS}{CAPITAL_NUMERALS}\d]+)\s*[章篇]"
    rf"|(?P<num2>[{CAPITAL_NUMERALS}{CHINESE_NUMERALS}]+|\d{{1,3}})\s*、)\s*(?P<title>\S.*)"
)
_CHAPTER_GENRE_TITLE = "國際事務"
#: The label of a work report's field opening a line, before what was done about the
#: item (辦理情形：本府於…舉辦…, 執行情形：…): no words of the sentence after it.
_FIELD_LABEL = re.compile(r"\s*(?:辦理|執行|處理)(?:情形|經過|成果)\s*[:：]\s*")
#: How much deeper than the section it restarts in a restarted list is ranked.
_NESTED_RANK_STEP = 0.01
#: The rank of a lettered sub-item (Ａ．): under 1. and (1), as a ○ item's.
_LETTER_RANK = 4.5
# Section numbering styles, outermost first: (rank, pattern on the normalized line).
_MARKERS = (
    (0, re.compile(rf"(?P<num>[{CAPITAL_NUMERALS}]+)\s*、")),  # 壹、 under 貳拾壹、國際事務
    (1, re.compile(rf"(?P<num>[{CHINESE_NUMERALS}]+)\s*、")),
    (2, re.compile(rf"\(\s*(?P<num>[{CHINESE_NUMERALS}]+)\s*\)")),
    (3, re.compile(r"(?P<num>\d{1,2})\s*[.、]")),
    (4, re.compile(r"\(\s*(?P<num>\d{1,2})\s*\)")),
    (4, re.compile(r"(?P<num>\d{1,2})\s*\)")),
    # Ａ．Ｂ． (A. B. once normalized) lettering the sub-items of a 1. in a work report;
    # not "U.S." or an English line, whose letter is followed by another.
    (_LETTER_RANK, re.compile(r"(?P<num>[A-Z])\s*[.、](?![A-Za-z.])")),
    # 註一：某市副市長某某…: an endnote, the particulars of what the text told where it
    # points to it (…來訪（註一）); outside the chapter's sections, as 壹、 is
    (0, re.compile(rf"附?註\s*(?P<num>[{CHINESE_NUMERALS}]+|\d{{1,2}})\s*:")),
    # 第一位　某某　某國　某市市長: a register's entry by person (or party, 第二批),
    # its ordinal parted by a space from the heading; as a ◎ heading's rank
    (2.5, re.compile(rf"第(?P<num>[{CHINESE_NUMERALS}]+)[位批]\s+(?=\S)")),
)
# Bullets opening a line with no number, as ranks between the numbered ones: ◎ a
# heading or item under 一、/（一）, above any 1.; ○ an item under it, above any ①.
_BULLET_RANKS = {"◎": 2.5, "◆": 2.5, "■": 2.5, "○": 4.5, "●": 4.5, "◇": 4.5, "□": 4.5}
# Enclosed numbers that NFKC expands to several characters or folds into plain
# digits, recognised on the original text: (first code point, count, rank).
_ENCLOSED_MARKERS = (
    (0x3220, 10, 2),  # ㈠ … ㈩
    (0x2488, 20, 3),  # ⒈ … ⒛
    (0x2474, 20, 4),  # ⑴ … ⒇
    (0x2460, 20, 5),  # ① … ⑳
)
# A converted document's field codes and page numbers: "PAGE", "- 12 -".
_JUNK_LINE_RE = re.compile(r"[A-Z0-9\s\\*#.\-–—_=/|:]+")
_MAX_HEADING_CHARS = 60
# Digits that start a date: 「102年」「2013年」「6月」「3至4月」「11、12月」.
_DATE_START_RE = re.compile(r"\d{2,4}\s*年|\d{1,2}\s*(?:[至到~、\-–]\s*\d{1,2}\s*)?月")

# A year, plain (104年, 2015年) or glossed after 本/今 (本（94）年, 今(104)年度).
_YEAR = (
    r"(?:[本今]\(\s*(?P<{name}_glossed>\d{{4}}|\d{{2,3}})\s*\)"
    r"|(?<!\d)(?P<{name}>\d{{4}}|\d{{2,3}}))\s*年度?"
)
_PERIOD_RANGE_RE = re.compile(
    _YEAR.format(name="y1")
    + r"\s*(?P<m1>\d{1,2})\s*(?:月\s*(?:(?P<d1>\d{1,2})\s*日)?)?份?"
    + r"\s*(?:至|到|~|-|–|—)\s*(?:"
    + _YEAR.format(name="y2")
    + r")?\s*(?P<m2>\d{1,2})\s*月(?:\s*(?P<d2>\d{1,2})\s*日)?"
)
_PERIOD_HALF_RE = re.compile(_YEAR.format(name="y") + r"\s*(?P<half>上|下)半年度?")
_PERIOD_CODE_RE = re.compile(r"(?P<y>\d{2,4})\s*-?\s*H(?P<half>[12])", re.IGNORECASE)
_PERIOD_ISO_RE = re.compile(
    r"(?P<y1>\d{4})-(?P<m1>\d{1,2})\s*(?:\.\.|/|~|至|to)\s*(?P<y2>\d{4})-(?P<m2>\d{1,2})"
)

_GENRE_WORDS = ("國際", "姊妹", "友好城市", "訪", "交流", "城市", "外賓", "締結", "參訪")


# ---------------------------------------------------------------------------
# Years and periods
# ---------------------------------------------------------------------------


def gregorian_year(digits: str) -> int | None:
    """The Gregorian year written as `digits`: 4 digits as is, 1–3 as an ROC year.

    Returns None for implausible years (ROC 0, or outside 1900–2199).
    >>> gregorian_year("102"), gregorian_year("2013")
    (2013, 2013)
    """
    value = int(digits)
    year = value if len(digits) == 4 else value + 1911
    if len(digits) < 4 and value == 0:
        return None
    return year if 1900 <= year <= 2199 else None


def _month_period(y1: int, m1: int, y2: int, m2: int) -> Period | None:
    """Period from start (y1, m1) to end (y2, m2), or None if not a valid span."""
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12) or (y2, m2) < (y1, m1):
        return None
    return Period(f"{y1:04d}-{m1:02d}", f"{y2:04d}-{m2:02d}")


def _half_period(year: int, half: int) -> Period:
    """The first (half=1) or second (half=2) half of `year`."""
    return Period(f"{year}-01", f"{year}-06") if half == 1 else Period(f"{year}-07", f"{year}-12")


def _year_of(match: re.Match[str], name: str) -> int | None:
    """The Gregorian year of the `_YEAR` written in group `name`, plain or glossed."""
    return gregorian_year(match[name] or match[f"{name}_glossed"])


def _period_from_range(match: re.Match[str]) -> Period | None:
    """A Period from a `_PERIOD_RANGE_RE` match, or None if it is not a period.

    Stated days must cover whole months (「7月1日至12月31日」); otherwise the range is
    an event's dates, not a reporting period.
    """
    y1 = _year_of(match, "y1")
    y2 = _year_of(match, "y2") if match["y2"] or match["y2_glossed"] else y1
    if y1 is None or y2 is None:
        return None
    m1, m2 = int(match["m1"]), int(match["m2"])
    period = _month_period(y1, m1, y2, m2)
    if period is None:
        return None
    if match["d1"] and int(match["d1"]) != 1:
        return None
    if match["d2"] and int(match["d2"]) != calendar.monthrange(y2, m2)[1]:
        return None
    return period


def _period_from_half(match: re.Match[str]) -> Period | None:
    """A Period from a `_PERIOD_HALF_RE` match (「104年下半年」)."""
    year = _year_of(match, "y")
    if year is None:
        return None
    return _half_period(year, 1 if match["half"] == "上" else 2)


#: Numbers in Chinese numerals before 年/月/日 (九十二年, 一〇二年, 十二月, 三十日), or a
#: year glossed in brackets before 年 (本（八十）年).
_NUMERALS_OF_DATE = re.compile(r"([〇○零一二三四五六七八九十百]+)(?=\s*(?:年|月|日|\)\s*年))")


def _with_figures(norm: str) -> tuple[str, list[int]]:
    """`norm` with the numbers of its dates in Chinese numerals written in figures
    (九十二年十月至十二月 → 92年10月至12月), and for each of its characters the offset in
    `norm` it stands for."""
    parts: list[str] = []
    origin: list[int] = []
    done = 0
    for match in _NUMERALS_OF_DATE.finditer(norm):
        figured = str(numerals_value(match.group(1)))
        parts += [norm[done : match.start()], figured]
        origin += [*range(done, match.start()), *[match.start()] * len(figured)]
        done = match.end()
    parts.append(norm[done:])
    origin += range(done, len(norm) + 1)
    return "".join(parts), origin


def find_period(text: str) -> tuple[Period, int] | None:
    """The first reporting period stated in `text` and its offset, or None.

    Recognises 「104年7月至12月」「2015年7月至12月」「104年1至6月」「104年下半年」,
    full-width digits and Chinese numerals (九十二年一月至六月). `text` may be raw; it
    is normalized here.
    """
    norm, origin = _with_figures(normalize(text))
    found: list[tuple[int, Period]] = []
    for pattern, build in (
        (_PERIOD_RANGE_RE, _period_from_range),
        (_PERIOD_HALF_RE, _period_from_half),
    ):
        for match in pattern.finditer(norm):
            period = build(match)
            if period is not None:
                found.append((match.start(), period))
                break
    if not found:
        return None
    offset, period = min(found, key=lambda item: item[0])
    return period, origin[offset]


def parse_period(value: str) -> Period:
    """Read a period given on the command line.

    Accepts '104H2' / '2015H2' (half years, ROC or Gregorian), '2015-07..2015-12',
    and the report's own wording: '104年7月至12月', '104年下半年'.
    Raises ValueError with a message fit for the user.
    """
    norm = normalize(value).strip()
    code = _PERIOD_CODE_RE.fullmatch(norm)
    if code:
        year = gregorian_year(code["y"])
        if year is not None:
            return _half_period(year, int(code["half"]))
    iso = _PERIOD_ISO_RE.fullmatch(norm)
    if iso:
        period = _month_period(int(iso["y1"]), int(iso["m1"]), int(iso["y2"]), int(iso["m2"]))
        if period is not None:
            return period
    for pattern, build in (
        (_PERIOD_RANGE_RE, _period_from_range),
        (_PERIOD_HALF_RE, _period_from_half),
    ):
        match = pattern.fullmatch(norm)
        period = build(match) if match else None
        if period is not None:
            return period
    raise ValueError(
        f"cannot read the report period {value!r}: expected e.g. 104H2, 2015H2, "
        "2015-07..2015-12 or 104年7月至12月 (start not after end, months 1-12)"
    )


# ---------------------------------------------------------------------------
# Lines
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    """One non-blank line: offsets of its stripped content, and that content."""

    start: int
    end: int
    norm: str


def _lines(text: str, norm: str) -> list[_Line]:
    """The non-blank lines of the text, stripped, with their offsets."""
    lines = []
    offset = 0
    for raw_line in norm.split("\n"):
        stripped = raw_line.strip()
        if stripped:
            start = offset + raw_line.index(stripped)
            lines.append(_Line(start, start + len(stripped), stripped))
        offset += len(raw_line) + 1
    return lines


def _compact(line: str) -> str:
    """A line without any whitespace, for comparing lines."""
    return "".join(line.split())


def _is_junk(line: _Line) -> bool:
    """True for leftovers of a document conversion: 'PAGE', page numbers."""
    return len(line.norm) <= 60 and _JUNK_LINE_RE.fullmatch(line.norm) is not None


# ---------------------------------------------------------------------------
# Chapter heading and body
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Chapter:
    """A chapter heading: its line index, number and title (original text).

    `capital` is True for the unmistakable forms (貳拾肆、 or 第…章), which are
    never section numbers.
    """

    line: int
    number: str | None
    title: str
    capital: bool


def _has_sentence_end(text: str) -> bool:
    """True if `text` contains sentence-ending punctuation outside brackets."""
    inside = _protected(text)
    return any(ch in SENTENCE_ENDS and not inside[i] for i, ch in enumerate(text))


def _as_chapter(lines: list[_Line], index: int, text: str) -> _Chapter | None:
    """The chapter heading on `lines[index]`, if it is one.

    A chapter heading is short, has no sentence punctuation, and is numbered with
    capital numerals (貳拾肆、), as 第…章, or carries the genre's title (國際事務).
    """
    line = lines[index]
    match = _CHAPTER_RE.fullmatch(line.norm)
    if not match or len(match["title"]) > 30 or _has_sentence_end(match["title"]):
        return None
    number = match["num1"] or match["num2"]
    capital = bool(match["num1"]) or all(ch in CAPITAL_NUMERALS for ch in number)
    if not capital and _CHAPTER_GENRE_TITLE not in match["title"]:
        return None
    title_start = line.start + match.start("title")
    return _Chapter(index, number, text[title_start : line.end], capital)


def _find_chapter(lines: list[_Line], text: str) -> _Chapter | None:
    """The first chapter heading, or an unnumbered 國際事務 title on the first line.

    The heading must come before the first numbered section line.
    """
    for index, line in enumerate(lines):
        chapter = _as_chapter(lines, index, text)
        if chapter is not None:
            return chapter
        if _marker(line, text) is not None:
            break
    if lines and _CHAPTER_GENRE_TITLE in lines[0].norm and len(lines[0].norm) <= 30:
        return _Chapter(0, None, text[lines[0].start : lines[0].end], capital=False)
    return None


def _body_start(lines: list[_Line], heading: int) -> int:
    """The line of the heading that starts the chapter body.

    Converted documents may open with a preview: the heading and first lines, then
    the heading again and the full chapter. When every line between two copies of
    the heading reappears later, the later copy starts the body. (Other repeats of
    the heading are running page headers and are skipped as lines.)
    """
    key = _compact(lines[heading].norm)
    current = heading
    while True:
        repeat = next(
            (i for i in range(current + 1, len(lines)) if _compact(lines[i].norm) == key), None
        )
        if repeat is None:
            return current
        later = {_compact(line.norm) for line in lines[repeat + 1 :]}
        between = [
            _compact(line.norm) for line in lines[current + 1 : repeat] if not _is_junk(line)
        ]
        if not all(line in later for line in between):
            return current
        current = repeat


_DIGITS = {
    c: n
    for n, chars in enumerate(
        ("零〇○", "一壹", "二貳", "三參叁", "四肆", "五伍", "六陸", "七柒", "八捌", "九玖")
    )
    for c in chars
}
_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100}


def numerals_value(numerals: str) -> int:
    """The number Chinese numerals write, counted (九十二 → 92, 一百零二 → 102) or digit
    by digit (一〇二 → 102, 二〇一五 → 2015)."""
    if any(unit in numerals for unit in _UNITS):
        return numeral_value(numerals) or 0
    return int("".join(str(_DIGITS[c]) for c in numerals))


def numeral_value(number: str) -> int | None:
    """The value of a heading number: 貳拾肆 → 24, 十二 → 12, 12 → 12 (None if not one)."""
    if number.isdigit():
        return int(number)
    total, digit = 0, None
    for char in number:
        if char in _DIGITS:
            digit = _DIGITS[char]
        elif char in _UNITS:
            total += (1 if digit is None else digit) * _UNITS[char]
            digit = None
        else:
            return None
    return total + (digit or 0)


def _body_end(lines: list[_Line], heading: int, text: str, number: str | None) -> int:
    """The index after the chapter's last line: the next chapter heading in capital
    numerals (貳拾伍、…), if the file holds more than one chapter. Under 貳拾壹、國際事務
    the sections may be numbered 壹、貳、: a number not above the chapter's is a section."""
    key = _compact(lines[heading].norm)
    own = numeral_value(number) if number else None
    for index in range(heading + 1, len(lines)):
        if _compact(lines[index].norm) == key:
            continue
        chapter = _as_chapter(lines, index, text)
        if chapter is None or not chapter.capital:
            continue
        value = numeral_value(chapter.number) if chapter.number else None
        if own is None or value is None or value > own:
            return index
    return len(lines)


# ---------------------------------------------------------------------------
# Section markers
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Marker:
    """A section number at the start of a line; `glued_digit` when a "1." is
    directly followed by digits (「1.102年4月…」), which needs a second look."""

    rank: float  # a bullet's stands between two numbered ones (_BULLET_RANKS)
    number: str
    length: int
    glued_digit: bool = False


def _enclosed_marker(first_char: str) -> _Marker | None:
    """A marker for an enclosed number such as ①, ⑴, ⒈ or ㈠."""
    for first, count, rank in _ENCLOSED_MARKERS:
        position = ord(first_char) - first
        if 0 <= position < count:
            number = CHINESE_NUMERALS[position] if rank == 2 else str(position + 1)
            return _Marker(rank, number, 1)
    return None


def _marker(line: _Line, text: str) -> _Marker | None:
    """The section marker that starts `line`, if any.

    "2.5公里" is a decimal, not item 2: a "N." glued to digits is a marker only when
    those digits start a date (「1.102年4月22至27日」).
    """
    enclosed = _enclosed_marker(text[line.start])
    if enclosed is not None:
        return enclosed
    bullet = _BULLET_RANKS.get(line.norm[:1])
    if bullet is not None and line.norm[1:].strip():
        return _Marker(bullet, "", 1)  # ◎某某市, ○某某（某市副市長）率團來訪…
    for rank, pattern in _MARKERS:
        match = pattern.match(line.norm)
        if not match:
            continue
        glued = (
            line.norm[match.end() - 1] == "."
            and line.norm[match.end() : match.end() + 1].isdigit()
            and not _is_letter(match["num"])  # Ｂ．5/24，… is item B, dated
        )
        if glued and not _DATE_START_RE.match(line.norm, match.end()):
            return None
        return _Marker(rank, match["num"], match.end(), glued)
    return None


def _is_letter(number: str) -> bool:
    """Whether a marker's number is a letter (A. B.), not a figure or a numeral."""
    return len(number) == 1 and "A" <= number <= "Z"


def _list_value(number: str) -> int:
    """The place in its list of a marker's number: 3 for "3", 2 for a letter "B"."""
    return int(number) if number.isdigit() else ord(number) - ord("A") + 1


def _plausible(marker: _Marker, last_numbers: dict[float, int]) -> bool:
    """A "1." glued to a date, or a letter "A." (which may open any line), must also
    continue its list: be the first, or one more than the previous at its rank."""
    if not marker.glued_digit and not _is_letter(marker.number):
        return True
    value = _list_value(marker.number)
    return value == 1 or value == last_numbers.get(marker.rank, 0) + 1


# ---------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------


def _protected(text: str) -> list[bool]:
    """For each character, whether it lies inside a matched pair of brackets.

    Unmatched brackets (a 「 never closed) protect nothing, so one typo cannot
    glue the rest of a paragraph into a single sentence.
    """
    inside = [False] * len(text)
    stack: list[tuple[str, int]] = []
    for index, char in enumerate(text):
        if char in BRACKETS:
            stack.append((char, index))
        elif char in _CLOSERS:
            opener = _CLOSERS[char]
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == opener:
                    start = stack[depth][1]
                    del stack[depth:]
                    inside[start + 1 : index] = [True] * (index - start - 1)
                    break
    return inside


def split_sentences(norm: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences in one normalized line, whitespace trimmed.

    Splits after 。！？； (and runs of them), never inside brackets; pieces without
    any letter, digit or ideograph are dropped.
    """
    inside = _protected(norm)
    spans = []
    start = 0
    index = 0
    while index < len(norm):
        if norm[index] in SENTENCE_ENDS and not inside[index]:
            while index + 1 < len(norm) and norm[index + 1] in SENTENCE_ENDS:
                index += 1
            spans.append((start, index + 1))
            start = index + 1
        index += 1
    spans.append((start, len(norm)))
    return [span for span in (_trim(norm, s, e) for s, e in spans) if span is not None]


def _trim(norm: str, start: int, end: int) -> tuple[int, int] | None:
    """`start:end` without surrounding whitespace, or None if nothing worth keeping."""
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    if not any(ch.isalnum() for ch in norm[start:end]):
        return None
    return start, end


# ---------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------


@dataclass
class _Builder:
    """Collects sections and sentences while walking the chapter's lines."""

    text: str
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    stack: list[tuple[float, int]] = field(default_factory=list)  # (rank, section index)
    last_numbers: dict[float, int] = field(default_factory=dict)
    paragraph: int = -1
    #: Lists restarted inside a deeper section (see nested_list): by the rank their
    #: numbers are written in, the rank they were given, their last number and how
    #: far their first line is indented.
    nested: dict[float, tuple[float, int, int]] = field(default_factory=dict)

    def nested_list(self, marker: _Marker, line: _Line) -> _Marker:
        """`marker`, or the same nested in the open section when it restarts, inside a
        deeper section, a list whose numbering is still open above (一、出國報告提要
        (三)某報告 內容摘要： 一、本團… 二、…): the points of that section, not the
        outer list's next items; the list's next numbers (二、, 三、) go on nested,
        unless the outer list's next number it is too and it is written as that list's
        heading, not as the points (see _goes_on_outer)."""
        value = numeral_value(marker.number)
        ongoing = self.nested.get(marker.rank)
        if (
            ongoing is not None
            and value == ongoing[1] + 1
            and not self._goes_on_outer(marker, line, ongoing[2])
        ):
            self.nested[marker.rank] = (ongoing[0], value, ongoing[2])
            return replace(marker, rank=ongoing[0])
        inner = self.stack[-1][0] if self.stack else None
        outer_open = any(rank == marker.rank for rank, _ in self.stack)
        if value != 1 or inner is None or inner <= marker.rank or not outer_open:
            return marker
        rank = inner + _NESTED_RANK_STEP
        self.nested[marker.rank] = (rank, value, self._indent(line))
        return replace(marker, rank=rank)

    def _goes_on_outer(self, marker: _Marker, line: _Line, points_indent: int) -> bool:
        """Whether a number going on a nested list (see nested_list) goes on the outer
        list of its rank instead: the outer list's next number (二、出國報告提要 … 三、),
        written unlike the points (not indented as they are: 　一、本團… 三、本期接待外賓)
        or as a heading (no sentence's punctuation)."""
        outer = [index for rank, index in self.stack if rank == marker.rank]
        if not outer:
            return False
        outer_number = numeral_value(self.sections[outer[-1]].number)
        if outer_number is None or numeral_value(marker.number) != outer_number + 1:
            return False
        return self._indent(line) != points_indent or _unpunctuated(line)

    def _indent(self, line: _Line) -> int:
        """How many characters of space open `line`."""
        return line.start - (self.text.rfind("\n", 0, line.start) + 1)

    def open_section(self, line: _Line, marker: _Marker, is_item: bool) -> None:
        """Start a section at `line`, nested under the nearest outer-ranked one."""
        while self.stack and self.stack[-1][0] >= marker.rank:
            self.stack.pop()
        # a list nested in a section closed now is over (see nested_list)
        self.nested = {r: n for r, n in self.nested.items() if n[0] <= marker.rank}
        parent = self.stack[-1][1] if self.stack else None
        title_start = line.start + marker.length
        while title_start < line.end and self.text[title_start].isspace():
            title_start += 1
        self.sections.append(
            Section(
                number=marker.number,
                title=self.text[title_start : line.end],
                level=len(self.stack) + 1,
                start=line.start,
                end=line.end,
                parent=parent,
                title_start=title_start,
                is_item=is_item,
                headline=marker.rank == _HEADLINE_RANK and not marker.length,
            )
        )
        self.stack.append((marker.rank, len(self.sections) - 1))
        if marker.number.isdigit() or _is_letter(marker.number):
            self.last_numbers[marker.rank] = _list_value(marker.number)
        for rank in [r for r in self.last_numbers if r > marker.rank]:
            del self.last_numbers[rank]

    def item_before(self, rank: float) -> bool:
        """Whether the section open at the top of the stack is an item of `rank`: the
        number before the next one of that rank, in one list."""
        return bool(
            self.stack and self.stack[-1][0] == rank and self.sections[self.stack[-1][1]].is_item
        )

    def add_sentences(self, start: int, end: int, norm: str, is_heading: bool) -> None:
        """Add the sentences of `text[start:end]` (whose normalized form is `norm`); a
        work report's field label opening the line (辦理情形：…) is none of its text."""
        self.paragraph += 1
        section = len(self.sections) - 1 if self.sections else None
        label = _FIELD_LABEL.match(norm)
        if label and norm[label.end() :].strip():
            start, norm = start + label.end(), norm[label.end() :]
        for s, e in split_sentences(norm):
            self.sentences.append(
                Sentence(
                    text=self.text[start + s : start + e],
                    start=start + s,
                    end=start + e,
                    section=section,
                    paragraph=self.paragraph,
                    is_heading=is_heading,
                )
            )

    def add_subject(self, line: _Line, value_at: int, reading: str | None = None) -> None:
        """Add a record card's subject field (案由：某市長來訪) as the title of the item
        it opens, whose number stands alone on the line before; its sentence is the
        value alone, as an item's text after its number (the label is no part of what
        it tells: 案由：某市長來訪 is 某市長來訪), or the line read as `reading` (a trip
        card's: 本府參加「…」)."""
        start = line.start + value_at
        item = self.sections[-1] if self.sections else None
        if item is not None and not item.title:
            item.title, item.title_start = self.text[start : line.end], start
        if reading is not None:
            self.add_row(line, reading)
        else:
            self.add_sentences(start, line.end, line.norm[value_at:], is_heading=False)

    def add_row(self, line: _Line, reading: str) -> None:
        """Add a row of a table as one sentence, read as `reading`."""
        self.paragraph += 1
        section = len(self.sections) - 1 if self.sections else None
        text = self.text[line.start : line.end]
        self.sentences.append(
            Sentence(text, line.start, line.end, section, self.paragraph, reading=reading)
        )

    def close_sections(self, body_end: int) -> None:
        """Extend each section to just before the next section at its level or above."""
        for index, section in enumerate(self.sections):
            later = (s.start for s in self.sections[index + 1 :] if s.level <= section.level)
            end = next(later, body_end)
            while end > section.start and self.text[end - 1].isspace():
                end -= 1
            section.end = max(end, section.end)


def _is_item(
    title_norm: str, next_line: _Line | None, next_is_marker: bool, after_item: bool = False
) -> bool:
    """True if a numbered line is a list item (a sentence) rather than a heading.

    A heading is short and has no sentence punctuation or clause comma; a line that
    has them is still a heading when unnumbered body text follows it, unless it goes
    on with a list of items (`after_item`: the number before it of its rank was an
    item), whose last item the text closing the list follows.
    """
    inside = _protected(title_norm)
    punctuated = any(
        ch in SENTENCE_ENDS | {","} and not inside[i] for i, ch in enumerate(title_norm)
    )
    if not punctuated and len(title_norm) <= _MAX_HEADING_CHARS:
        return False
    followed_by_body = next_line is not None and not next_is_marker
    return after_item or not followed_by_body


#: The day a news release was issued, in figures (78.1.10) or written out (78年4月18日).
_RELEASE_DAY = r"\d{2,4}(?:[./]\d{1,2}[./]\d{1,2}|年\d{1,2}月\d{1,2}日)"
#: A release's dateline opening its text (〔78.1.10〕某某…) or closing it after its last
#: sentence (…返抵國門。（78年4月18日）).
DATELINE_OPENING = re.compile(rf"^[(\[〔]\s*{_RELEASE_DAY}\s*[)\]〕]")
DATELINE_CLOSING = re.compile(rf"(?:^|[。!?])\s*[(\[〔]\s*{_RELEASE_DAY}\s*[)\]〕]$")
#: A day a news release tells relative to the day it was issued (昨（十一）日, 今日, 昨天).
RELATIVE_DAY = re.compile(r"[昨今明]\s*[(（][^)）]{1,4}[)）]\s*日|[昨今明][日天]")
#: ...or its month (本月十一日) or a time before it (日前), as a headline's text may.
_RELEASE_RELATIVE_DAY = re.compile(RELATIVE_DAY.pattern + r"|本月|日前")
#: The rank of a release's headline: between 一、 and 1., as a ◎ heading's.
_HEADLINE_RANK = 2.5


def _unpunctuated(line: _Line) -> bool:
    """Whether a line is short and has no sentence end or comma outside brackets."""
    inside = _protected(line.norm)
    return len(line.norm) <= _MAX_HEADING_CHARS and not any(
        ch in SENTENCE_ENDS | {","} and not inside[i] for i, ch in enumerate(line.norm)
    )


def _is_headline(lines: list[_Line], markers: list[_Marker | None], index: int) -> bool:
    """Whether the unnumbered line at `index` heads a news release: short and
    unpunctuated (in 【】, in 「」 or bare), over a text that opens with its dateline
    (〔78.1.10〕…) or closes with it (…。（78年4月18日）), up to the next such line or
    number (a list its text opens with 成員包括： goes on). A release closed by its
    dateline follows one that ended (its dateline or 。), or a heading when it tells
    days relative to it (昨（九）日, 本月); a member listed (某市議會議長某某) or an event
    named under a numbered heading over a dated item heads nothing."""
    if markers[index] is not None or not _unpunctuated(lines[index]):
        return False
    before = lines[index - 1].norm.rstrip() if index else ""
    if before.endswith((":", "：")):
        return False  # 成員包括：/ 某市議會議長某某
    body: list[str] = []
    listing = False  # after 成員包括：, the members' lines
    for later in range(index + 1, len(lines)):
        if markers[later] is not None:
            break
        if _unpunctuated(lines[later]):
            if not listing:
                break
            continue
        body.append(lines[later].norm)
        listing = body[-1].rstrip().endswith((":", "："))
    if not body:
        return False
    if DATELINE_OPENING.match(body[0]):
        return True
    if not DATELINE_CLOSING.search(body[-1]):
        return False
    if index and markers[index - 1] is None:
        return before.endswith(tuple(SENTENCE_ENDS)) or bool(DATELINE_CLOSING.search(before))
    return any(_RELEASE_RELATIVE_DAY.search(line) for line in body)


def _walk(builder: _Builder, lines: list[_Line]) -> None:
    """Turn the body lines (junk and running headers removed) into sections and sentences."""
    markers = [_marker(line, builder.text) for line in lines]
    tables = find_table_rows([builder.text[line.start : line.end] for line in lines])
    numbered = [m is not None for m in markers]
    cards = card_readings([line.norm for line in lines], numbered)
    subjects = card_subjects([line.norm for line in lines], numbered)
    for index, line in enumerate(lines):
        if index in tables:
            row = tables[index]
            if row is not None and row.reading is not None:
                builder.add_row(line, row.reading)
            elif row is not None:
                builder.add_sentences(line.start, line.end, line.norm, is_heading=False)
            continue
        if index in subjects:  # （一）/ 案由：某市長來訪: the card's title
            builder.add_subject(line, subjects[index], cards.get(index))
            continue
        if index in cards:  # 地點：某市, read with the card's roster: 本府由某某率…赴某市
            builder.add_row(line, cards[index])
            continue
        marker = markers[index]
        if marker is not None and not _plausible(marker, builder.last_numbers):
            marker = None
        if marker is None and _is_headline(lines, markers, index):
            marker = _Marker(_HEADLINE_RANK, "", 0)  # 【某市長來訪】 over 〔78.1.10〕…
        if marker is None:
            builder.add_sentences(line.start, line.end, line.norm, is_heading=False)
            continue
        marker = builder.nested_list(marker, line)
        following = lines[index + 1] if index + 1 < len(lines) else None
        title_norm = line.norm[marker.length :].strip()
        is_item = _is_item(
            title_norm,
            following,
            index + 1 < len(lines) and markers[index + 1] is not None,
            builder.item_before(marker.rank),
        )
        builder.open_section(line, marker, is_item)
        section = builder.sections[-1]
        offset = section.title_start - line.start
        builder.add_sentences(section.title_start, line.end, line.norm[offset:], not is_item)


def parse_report(raw: RawReport, period: Period | None = None) -> ParsedReport:
    """Split a decoded report into its chapter heading, sections and sentences.

    The period is the first one stated in the chapter body (then anywhere in the
    text); failing that, `period`; failing that, None. A `period` that contradicts
    the one the text states raises PeriodError naming both.
    """
    text = raw.text
    lines = _lines(text, normalize(text))
    chapter = _find_chapter(lines, text)
    if chapter is None:
        body, skip_key, title, number = lines, None, "", None
    else:
        first = _body_start(lines, chapter.line)
        body = lines[first + 1 : _body_end(lines, first, text, chapter.number)]
        skip_key, title, number = _compact(lines[first].norm), chapter.title, chapter.number
    body = [line for line in body if not _is_junk(line) and _compact(line.norm) != skip_key]
    builder = _Builder(text)
    _walk(builder, body)
    builder.close_sections(body[-1].end if body else len(text))
    return ParsedReport(
        path=raw.path,
        title=title,
        chapter_number=number,
        period=_report_period(raw.path, text, body, period),
        sections=builder.sections,
        sentences=builder.sentences,
        text=text,
    )


def _report_period(path: str, text: str, body: list[_Line], given: Period | None) -> Period | None:
    """The period stated in the body, else anywhere in the text, else `given`.

    A `given` period that differs from the stated one is refused: silently preferring
    either would file the report under the wrong half year.
    """
    in_body = find_period(text[body[0].start : body[-1].end]) if body else None
    found = (in_body[0], in_body[1] + body[0].start) if in_body else find_period(text)
    if found is None:
        return given
    stated, offset = found
    if given is not None and given != stated:
        line = text.count("\n", 0, offset) + 1
        raise PeriodError(
            f"{path}: the period given, {given.start}..{given.end}, contradicts the period "
            f"the text states, {stated.start}..{stated.end} (line {line}); "
            "leave the period out or correct it"
        )
    return stated


# ---------------------------------------------------------------------------
# Is it a chapter at all?
# ---------------------------------------------------------------------------


def _count_ideographs(text: str) -> int:
    """Number of CJK unified ideographs in `text`."""
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")


def check_is_chapter(parsed: ParsedReport) -> None:
    """Raise ReportInputError unless `parsed` looks like a 「國際事務」 chapter.

    Requires Chinese text, structure (a chapter heading or at least two numbered
    sections) and the genre's vocabulary (國際, 姊妹, 交流, 城市, 訪 …).
    """
    norm = normalize(parsed.text)
    ideographs = _count_ideographs(norm)
    if ideographs < 20:
        raise ReportInputError(
            parsed.path,
            "no Chinese text: not a 「國際事務」 report chapter"
            if ideographs == 0
            else f"too little text ({ideographs} ideographs): not a 「國際事務」 report chapter",
        )
    if parsed.chapter_number is None and not parsed.title and len(parsed.sections) < 2:
        raise ReportInputError(
            parsed.path,
            "no chapter heading (e.g. 貳拾肆、國際事務) and no numbered sections "
            "(一、 (一) 1.): not a report chapter",
        )
    words = {word for word in _GENRE_WORDS if word in norm}
    if len(words) < 2 and "國際" not in normalize(parsed.title):
        raise ReportInputError(
            parsed.path,
            "none of the words of an international-affairs chapter (國際, 姊妹市, 交流, "
            "城市, 訪問): not a 「國際事務」 report chapter",
        )
