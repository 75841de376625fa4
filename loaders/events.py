"""Finding events in a sentence: 「2015某某高峰會」, 2013年某市燈會, 第106屆某某節慶活動.

An event is a quoted name ending like an event (see `seed/lexicon/event_kinds.csv`),
or an unquoted name of a known series (`seed/lexicon/event_series.csv`) carrying its
edition (a year or 第N屆), or an unquoted name written after its year whose ending is
an event's (2009年某某運動會), or a series name written as held at some time and
place (今年11月於本市舉辦之某某城市論壇). Its year is the one written in the name,
else the date of the sentence, else the report's. Each event belongs to a series: a curated one when
its name matches, else a series named by the event's own name without the year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from loaders.lexicon import LEXICON_DIR, lexicon
from loaders.reading import normalize
from loaders.seedfiles import read_rows
from loaders.structure import numeral_value, numerals_value

_QUOTED = re.compile(r"「([^「」]{2,80})」")
_IDEOGRAPHS = re.compile(r"[\u4e00-\u9fff]+")
#: An event's name written only in Latin letters and figures (Some Harbor Expo '91).
_LATIN_EVENT = re.compile(r"[A-Za-z][A-Za-z0-9 .,'&:/-]*[A-Za-z0-9']")
_YEAR_PREFIX = re.compile(r"^(\d{4})\s*年?\s*")
#: A name opening with a year of the Republic (「108年國際城市論壇」, 「88年外籍人士聖誕
#: 聯誼會」): that year, 1911 added.
_ROC_YEAR_PREFIX = re.compile(r"^(\d{2,3})\s*年\s*")
#: The same in Chinese numerals, as older reports write it (「八十四年某某聯誼會」,
#: 「一○七年某某論壇」); a year of the Republic between 30 and 200, not a count of years.
_ROC_NUMERALS_PREFIX = re.compile(r"^([一二三四五六七八九十百零〇○]{2,5})\s*年\s*")
_ROC_YEAR_OFFSET = 1911
#: A year written after the place opening an event's name (「高雄市七十八年元宵燈會」,
#: 「臺南市2019年國際風箏節」): the edition's year, the place and the rest the series.
_YEAR_AFTER_PLACE = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{1,4}?[市縣])"
    r"(?P<year>\d{4}|\d{2,3}|[一二三四五六七八九十百零〇○]{2,5})\s*年(?!代|來|前|後|間|度)"
)
#: What follows a count of years or a decade rather than a year (「六十年代…攝影展」,
#: 「三十年來…研討會」, 「四十年友好紀念音樂會」): the number is part of the name.
#: How far from the report's year a year after the place may be an edition's.
_EDITION_YEARS_AROUND = 2
_YEARS_COUNTED_AFTER = re.compile(r"代|來|前|後|間|以來|友好|紀念|週年|周年|慶")
#: An edition's number, in figures or in Chinese numerals as older reports write it
#: (第12屆, 第十二屆).
_EDITION_NUMBER = r"(\d+|[一二三四五六七八九十百]+)"
#: An edition by its number: 第3屆, 第十二屆.
_EDITION = re.compile(r"第\s*" + _EDITION_NUMBER + r"\s*屆")
#: An unquoted name written with its year: 本市主辦2009年某某運動會之經驗.
_DATED_NAME = re.compile(r"(?<!\d)(\d{4})\s*年?([\u4e00-\u9fff]{3,16})")
#: The kind closing a celebration's name (某某十週年慶祝大會, 建市紀念典禮).
CELEBRATION_KIND = r"(?:慶祝|紀念)?(?:大會|典禮|慶典|活動|晚會|酒會)"
#: An unquoted name of an anniversary's celebration (本市改制十週年慶祝大會, 出席建市八十
#: 週年紀念活動): what is celebrated, the years, the kind; after the words before it,
#: holding no act nor 與 (組團參加某市建市…活動, 本市與某市締結…酒會: the act, the other
#: side, no part of the name).
_ANNIVERSARY_NAME = re.compile(
    r"(?:^|(?<=[,;、:。的之])|(?<=本市|本府|市府|參加|出席|舉辦|舉行|慶祝))"
    r"(?!本市|本府|市府|參加|出席|舉辦|舉行)"
    r"((?:(?!參加|出席|組團|派員|率團|舉辦|舉行|邀請|與)[\u4e00-\u9fff]){2,10}?"
    r"[一二三四五六七八九十百\d]+(?:週年|周年)" + CELEBRATION_KIND + r")"
)
#: An unquoted name written with its edition: 參加第53屆某市雪祭, 主辦第14屆某某運動會.
_ORDINAL_NAME = re.compile(r"第\s*" + _EDITION_NUMBER + r"\s*屆([\u4e00-\u9fff]{2,16})")
#: 「今年11月於本市舉辦之某某城市論壇」: a series named as held at some time and
#: place is one edition of it, dated by its sentence.
_HELD_THEN = re.compile(r"(?:舉辦|舉行|主辦|辦理|召開)之$")
#: 「出席明年之某市燈會」, 「參加今年的某某節」, 「下屆某某高峰會」: a series named with a
#: year relative to the sentence's is that edition; the years to add.
_RELATIVE_EDITION = {"今年": 0, "本年": 0, "明年": 1, "下屆": 1, "下一屆": 1, "次屆": 1, "去年": -1}
_RELATIVE_BEFORE = re.compile("(" + "|".join(_RELATIVE_EDITION) + r")(?:度)?(?:之|的)?$")
#: Words that end a name: a verb or particle means the text has moved on.
_NOT_IN_NAME = re.compile(r"[與及和之的在於並將為是以由自起後]|期間|開始|締結|參加|舉辦")
_ENGLISH_TAIL = re.compile(r"\s*\(([^()]*[A-Za-z][^()]*)\)\s*$")
#: Quoted names that end like an event but name a document or a body instead.
_NOT_EVENTS = ("協議", "協定", "備忘錄", "協議書", "協會", "聯盟", "委員會")
#: A quoted name followed by these is a part or a topic of an event, not an event:
#: 「港灣城市永續發展」場次, 「智慧城市」論壇議題, 「韌性城市」專題演講, and the title of
#: a talk or a theme (以「海洋城市的未來發展」為題發表演講, 以「…」為主題).
_PART_OF_EVENT = re.compile(r"場次|議題|主題|子題|專題|分組|單元|為(?:主|議|子|專)?題")
#: The rest of a list of quoted names after one, and its count (「甲」、「乙」及「丙」三大
#: 主題): the noun closing the list tells what each item is.
_QUOTED_LIST_GOES_ON = re.compile(
    r"(?:[、及與和暨]「[^「」]*」)*等?(?:[一二三四五六七八九十兩]|\d+)?(?:大|個|項)?"
)
#: A quoted name written as a part of another event, its opening or closing or one of
#: its programme (於閉幕「…」活動中, 在開幕式「…」上, 壓軸之「…」, 系列活動「…」): a
#: segment of the event spoken of, not an event of its own. Days it opened or closed on
#: are its own (五月十日開幕、十二日閉幕的「某論壇」): the event, dated.
_SEGMENT_BEFORE = re.compile(
    r"(?:(?<![日號])(?:開幕|閉幕|開閉幕)|壓軸|重頭戲|系列活動|子活動)"
    r"(?:式|典禮|儀式|活動|晚會|節目|表演)?(?:之|的)?$"
)
#: A quoted name the text praises or calls something by (盛讚本屆大會為「…」, 被譽為「…」,
#: 稱之為「…」, 評為「…」): a saying, not an event, whatever its ending.
_SAID_TO_BE = re.compile(r"(?:讚|譽|稱|評|喻)[^，。；,;「」]{0,12}為$")
#: A quoted name followed by a noun of an event is one, whatever its own ending:
#: 「某某山車祭」慶典活動, 「某城青年行」城市體驗活動, 「某市民日」慶祝大會.
_EVENT_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(慶典活動|慶祝大會|活動|慶典|祭典)")
#: A count of sessions after an activity's noun (「某某」導覽活動4場, 研習活動3梯次): a
#: programme held many times, not one dated event.
_SESSIONS_AFTER = re.compile(r"\s*(?:共|計)?\s*\d+\s*(?:場|梯次?)")
#: A verb of holding or joining right before a quoted name: 辦理「2019某某參訪」,
#: 參加「2020某某週」 (a name written with its year, held or joined, is an edition).
_HELD_OR_JOINED = re.compile(r"(?:辦理|舉辦|主辦|承辦|參加|出席|參與)$")


#: A verb of joining right before a series named without its edition (每年均派團參加
#: 某市燈會, 每年出席本市之燈會): in a yearly clause, the edition of the year spoken of.
#: Not after 該市 (每年派團參加該市燈會: that city's own festival, of no known series).
_JOINED_BARE = re.compile(r"(?:參加|出席|參與|觀摩)(?:本市)?(?:之|的)?$")
#: A year relative to the sentence's, told right before the verb joining a series named
#: bare, with only a month, adverbs and a verb of sending between (邀請該市明年再度組團
#: 參加某市燈會, 今年亦派團出席某市燈會; not 自明年起邀請…參加: a time since): that
#: year's edition, the year word being read as the clause's date.
_YEAR_OF_JOINING = re.compile(
    r"(?:今年|本年|明年|去年)(?:度)?(?:\d{1,2}月(?:份|間)?)?"
    r"(?:再度|再次|繼續|持續|續|再|亦|也|將|均|能|仍)*(?:組團|派團|率團|組隊|派隊|率隊|派員)?$"
)


@dataclass(frozen=True)
class EventMention:
    start: int
    end: int
    name: str  # as written, without quotes
    series_key: str  # the name without year/edition, normalized
    year: int | None  # stated in the name
    ordinal: int | None  # 第N屆
    kind: str
    name_en: str
    offset: int = 0  # years after the sentence's, for 明年之…, 下屆…
    #: a series joined yearly without its edition (每年均參加某市燈會): which edition is
    #: meant only the reader's year tells
    bare: bool = False
    #: where the year relative to the sentence's is written, before the verb joining a
    #: series named bare (明年再度組團參加某市燈會: at 明年), whose date is the edition's
    year_word_at: int | None = None


def edition_id(series_id: str, year: int) -> str:
    """The id of a series' edition of `year`: series:some-festival → event:some-festival:2018."""
    return f"event:{series_id.split(':', 1)[1]}:{year}"


def edition_year(event_id: str) -> int:
    """The year of an edition, from its id (event:some-festival:2018 → 2018)."""
    return int(event_id.rsplit(":", 1)[1])


@cache
def _event_kinds() -> list[tuple[str, str]]:
    rows = [
        (normalize(r["suffix_zh"]), r["kind"]) for r in read_rows(LEXICON_DIR / "event_kinds.csv")
    ]
    return sorted(rows, key=lambda pair: len(pair[0]), reverse=True)


@cache
def _event_words_en() -> dict[str, str]:
    return {r["word_en"]: r["kind"] for r in read_rows(LEXICON_DIR / "event_words_en.csv")}


def latin_event_kind(name: str) -> str | None:
    """The kind an event's name written only in Latin letters (and figures) names by one
    of its words (Some Harbor Expo '91, Some City Jazz Festival), or None."""
    if not _LATIN_EVENT.fullmatch(name):
        return None
    kinds = [_event_words_en().get(word) for word in re.findall(r"[A-Za-z]+", name)]
    return next((kind for kind in kinds if kind), None)


def event_suffixes() -> list[str]:
    """The endings that mark an event's name (高峰會, 大會, 博覽會, …)."""
    return [suffix for suffix, _ in _event_kinds()]


def event_kind(name: str) -> str | None:
    """The kind of event `name` ends like ('summit', 'festival', …), or None."""
    if name.endswith(_NOT_EVENTS):
        return None
    return next((kind for suffix, kind in _event_kinds() if name.endswith(suffix)), None)


def without_gloss(name: str) -> str:
    """An event's name without the English written after it in parentheses
    (「第3屆某某節(Some Festival)」 → 第3屆某某節)."""
    return _ENGLISH_TAIL.sub("", name)


def split_event_name(
    name: str, near_year: int | None = None
) -> tuple[str, int | None, int | None, str]:
    """(series key, year, ordinal, English name) of an event name (`near_year`: the
    report's year, which a year after the place must be near to be the edition's)."""
    name_en = ""
    tail = _ENGLISH_TAIL.search(name)
    if tail:
        name_en = tail.group(1).strip()
        name = name[: tail.start()]
    year = None
    match = _YEAR_PREFIX.match(name)
    roc = None if match else _ROC_YEAR_PREFIX.match(name)
    in_numerals = None if match or roc else _ROC_NUMERALS_PREFIX.match(name)
    if match:
        year = int(match.group(1))
        name = name[match.end() :]
    elif roc:
        year = int(roc.group(1)) + _ROC_YEAR_OFFSET
        name = name[roc.end() :]
    elif (
        in_numerals
        and 30 <= numerals_value(in_numerals.group(1)) <= 200
        and not _YEARS_COUNTED_AFTER.match(name, in_numerals.end())
    ):
        year = numerals_value(in_numerals.group(1)) + _ROC_YEAR_OFFSET
        name = name[in_numerals.end() :]
    if year is None:
        name, year = _year_after_place(name, near_year)
    ordinal = None
    edition = _EDITION.search(name)
    if edition:
        ordinal = numeral_value(edition.group(1))
        name = name[: edition.start()] + name[edition.end() :]
    return name.strip(" -–"), year, ordinal, name_en


def _year_after_place(name: str, near_year: int | None = None) -> tuple[str, int | None]:
    """An event's name without the year written after the place opening it, and that
    year (高雄市七十八年元宵燈會 → 高雄市元宵燈會, 1989); the name as it is otherwise.
    The year, resolved as ROC under 1000 (一百零二年: 2013), is an edition's only
    within a few years of the report's (`near_year`): else it counts years or names a
    target (高雄市四十年建設成果展, 橫濱市一百三十年開港祭, 高雄市2000年…研討會 in
    1993), part of the name."""
    match = _YEAR_AFTER_PLACE.match(name)
    if match is None or _YEARS_COUNTED_AFTER.match(name, match.end()):
        return name, None
    digits = match["year"]
    value = int(digits) if digits.isdigit() else numerals_value(digits)
    if value < 1000:
        if not 30 <= value <= 200:
            return name, None
        value += _ROC_YEAR_OFFSET
    if near_year is not None and abs(value - near_year) > _EDITION_YEARS_AROUND:
        return name, None
    return match["place"] + name[match.end() :], value


def find_events(
    norm: str, yearly: bool = False, near_year: int | None = None
) -> list[EventMention]:
    """Events named in a normalized sentence, in order, without overlaps: quoted names
    first, then editions of a known series, then names written after their year. In a
    clause telling what is done every year (`yearly`: 每年均派團參加某市燈會), a known
    series joined without its edition is named too (its edition is the reader's to
    tell). `near_year`: the report's year, near which a year written after the place
    opening a name must be to be its edition's."""
    quoted = _quoted_events(norm, near_year)
    series = _series_editions(norm, quoted, yearly)
    dated = _dated_events(norm, quoted + series)
    ordinal = _ordinal_events(norm, quoted + series + dated)
    found = quoted + series + dated + ordinal
    return sorted(found + _anniversary_events(norm, found), key=lambda e: e.start)


def _overlaps(start: int, end: int, found: list[EventMention]) -> bool:
    """Whether the span starts or ends inside an event already found (某市燈會 inside
    「2015某市燈會」)."""
    return any(e.start <= start < e.end or e.start < end <= e.end for e in found)


def _quoted_events(norm: str, near_year: int | None = None) -> list[EventMention]:
    """Quoted names read as events: 「2015某市論壇」, 「某市燈會」活動."""
    found: list[EventMention] = []
    for match in _QUOTED.finditer(norm):
        event = _quoted_event(norm, match, near_year)
        if event is not None:
            found.append(event)
    return found


def _quoted_event(
    norm: str, match: re.Match[str], near_year: int | None = None
) -> EventMention | None:
    """The event a quoted name names, if any: not a part or topic of one (「某市論壇」
    場次), and of an event's kind by its ending, its series, the noun after it
    (「某市節」活動, 「某某之夜」音樂會), or a year and a verb of holding before it
    (舉辦「2015某市週」)."""
    name = match.group(1)
    before = norm[: match.start()]
    listed_end = _QUOTED_LIST_GOES_ON.match(norm, match.end())
    after = listed_end.end() if listed_end else match.end()
    if _PART_OF_EVENT.match(norm, after) or _SEGMENT_BEFORE.search(before):
        return None  # 「甲」、「乙」及「丙」三大主題: each a theme
    if _SAID_TO_BE.search(before):
        return None
    key, year, ordinal, name_en = split_event_name(name, near_year)
    kind = event_kind(key) or ("event" if lexicon().series_for(key) is not None else None)
    noun = _EVENT_NOUN_AFTER.match(norm, match.end())
    if kind is None and noun and not _SESSIONS_AFTER.match(norm, noun.end()):
        kind = event_kind(noun.group(1))
    if kind is None:
        kind = _kind_written_after(norm, match.end())  # 「某某之夜」音樂會: a concert
    if kind is None and not _WORK_OR_BOOK.search(
        norm[: match.start()] + "「」" + norm[match.end() :]
    ):
        kind = latin_event_kind(key)  # 「Some Harbor Expo '91」
    if kind is None and year is not None and _HELD_OR_JOINED.search(norm[: match.start()]):
        kind = "event"
    if kind is None and year is not None:
        kind = _kind_of_head(key)
    if kind is None:
        return None
    return EventMention(match.start(), match.end(), name, key, year, ordinal, kind, name_en)


#: A quote that is a work played or a book, not an event, though a word of its Latin
#: name tells one (演出「Festival Overture」等名曲, 演奏「Carnival of…」, 「Some Week」畫冊):
#: a verb of playing right before it, or a word of a work or publication right after.
_WORK_OR_BOOK = re.compile(
    r"(?:演出|演奏|演唱|彈奏|吹奏|合奏|獨奏|表演)「」"
    r"|「」(?:等)?(?:名曲|樂曲|曲目|組曲|歌曲|曲|畫冊|專輯|手冊|書籍|專書|畫集|影片|紀錄片|海報)"
)

#: Words opening what follows a quote that qualify no kind: prepositions and joiners
#: (「某題目」於研討會中發表演講, 「某某」在音樂會中演出, 「某某」與研討會).
_NO_QUALIFIER = frozenset("於在與及和暨並的之為以向對從自到至由赴中")


def _kind_written_after(norm: str, at: int) -> str | None:
    """The kind of event written right after a quoted name, a word of two or more
    characters (「某某之夜」音樂會, 「某某」研討會): the quote names an event of that
    kind; None when no such word follows."""
    suffixes = sorted(event_suffixes(), key=len, reverse=True)
    for word in suffixes:
        if len(word) >= 2 and norm.startswith(word, at):
            return event_kind(word)
    # 「某某之夜」國樂演奏會: a word of one or two characters before a kind of three or more
    for qualifier in (1, 2):
        if not _IDEOGRAPHS.fullmatch(norm[at : at + qualifier]) or norm[at] in _NO_QUALIFIER:
            break  # 「某某」於研討會中發表: where the quote is told, not its kind
        for word in suffixes:
            if len(word) >= 3 and norm.startswith(word, at + qualifier):
                return event_kind(word)
    return None


def _kind_of_head(key: str) -> str | None:
    """The kind of a quoted name written with its year whose head ends like an event
    (「2024某某研習營計畫」, 「2019某某論壇系列」): the whole quote names the event."""
    if key.endswith(_NOT_EVENTS):
        return None
    head = _shortest_event_name(key)
    return event_kind(head) if head is not None and head != key else None


def _series_editions(
    norm: str, taken: list[EventMention], yearly: bool = False
) -> list[EventMention]:
    """Unquoted names of a known series with their edition (2015某市燈會, 第3屆某市論壇,
    明年之某市燈會, 今年11月於本市舉辦之某市論壇), longest alias first, outside `taken`;
    also one joined without its edition when `yearly` (每年均派團參加某市燈會) or joined in
    a year told relative to the sentence's (明年再度組團參加某市燈會)."""
    found: list[EventMention] = []
    for entry in lexicon().series:
        for alias in sorted(entry.names, key=len, reverse=True):
            for match in re.finditer(
                rf"(?:(\d{{4}})\s*年?\s*)?(?:第\s*(\d+)\s*屆)?{re.escape(alias)}",
                norm,
            ):
                start, end = match.span()
                if _overlaps(start, end, taken) or _overlaps(start, end, found):
                    continue
                event = _series_edition(norm, alias, match)
                if event is None:
                    event = _edition_of_bare_series(norm, alias, match, yearly)
                if event is not None:
                    found.append(event)
    return found


def _edition_of_bare_series(
    norm: str, alias: str, match: re.Match[str], yearly: bool
) -> EventMention | None:
    """A series named bare after a verb of joining, in a clause telling it is joined every
    year (`yearly`: 每年均派團參加某市燈會) or in a year relative to the sentence's (邀請該
    市明年再度組團參加某市燈會: the year word, read as a date, is the edition's); None
    otherwise."""
    start, end = match.span()
    joined = _JOINED_BARE.search(norm[:start])
    year_word = _YEAR_OF_JOINING.search(norm[: joined.start()]) if joined else None
    if joined is None or not (yearly or year_word):
        return None
    kind = event_kind(alias) or "event"
    at = year_word.start() if year_word and not yearly else None
    return EventMention(
        start, end, norm[start:end], alias, None, None, kind, "", bare=True, year_word_at=at
    )


def _series_edition(norm: str, alias: str, match: re.Match[str]) -> EventMention | None:
    """The edition a series name is written with: its year (2015某市燈會), its ordinal
    (第3屆某市論壇), a year relative to the sentence's (明年之某市燈會), or as held then
    (今年11月於本市舉辦之某市論壇); None for the series alone."""
    start, end = match.span()
    year = int(match.group(1)) if match.group(1) else None
    ordinal = int(match.group(2)) if match.group(2) else None
    relative = _RELATIVE_BEFORE.search(norm[:start])
    if year is None and ordinal is None and not relative and not _HELD_THEN.search(norm[:start]):
        return None  # an unquoted series name without edition is the series
    offset = _RELATIVE_EDITION[relative.group(1)] if relative and not year else 0
    kind = event_kind(alias) or "event"
    return EventMention(start, end, norm[start:end], alias, year, ordinal, kind, "", offset)


def _dated_events(norm: str, taken: list[EventMention]) -> list[EventMention]:
    """Unquoted names written after their year whose ending is an event's (2009年某市
    運動會), outside `taken`."""
    found: list[EventMention] = []
    for match in _DATED_NAME.finditer(norm):
        start, end = match.span()
        if _overlaps(start, end, taken) or _overlaps(start, end, found):
            continue
        event = _dated_event(norm, match)
        if event is not None:
            found.append(event)
    return found


def _dated_event(norm: str, match: re.Match[str]) -> EventMention | None:
    """The event named after a year (2009年某市運動會之經驗: 某市運動會, up to its
    shortest event ending); None when no head of the words ends like an event."""
    name = _shortest_event_name(match.group(2))
    if name is None or name in event_suffixes():
        return None  # 2002年亞運會, 2009年運動會: the kind alone names no one's event
    start, end = match.start(), match.start(2) + len(name)
    kind = event_kind(name)
    assert kind is not None
    return EventMention(start, end, norm[start:end], name, int(match.group(1)), None, kind, "")


def _anniversary_events(norm: str, taken: list[EventMention]) -> list[EventMention]:
    """Unquoted names of an anniversary's celebration (本市改制十週年慶祝大會), outside
    `taken`: the name as written, its year the sentence's."""
    found: list[EventMention] = []
    for match in _ANNIVERSARY_NAME.finditer(norm):
        start, end = match.span(1)
        if _overlaps(start, end, taken) or "「" in norm[max(0, start - 1) : start]:
            continue
        name = match.group(1)
        kind = event_kind(name) or "ceremony"
        found.append(EventMention(start, end, name, normalize(name), None, None, kind, ""))
    return found


def _ordinal_events(norm: str, taken: list[EventMention]) -> list[EventMention]:
    """Unquoted names written after their edition (第53屆某市雪祭, 第14屆某某運動會),
    outside `taken`: up to the first ending of an event, one character long too (節,
    祭: the edition tells it is an event), or a longer ending it opens (節慶活動)."""
    found: list[EventMention] = []
    for match in _ORDINAL_NAME.finditer(norm):
        start = match.start()
        name = _shortest_event_name(match.group(2), shortest_ending=1)
        if name is None or _overlaps(start, match.start(2) + len(name), taken + found):
            continue
        end = match.start(2) + len(name)
        kind = event_kind(name)
        assert kind is not None
        ordinal = numeral_value(match.group(1))
        found.append(EventMention(start, end, norm[start:end], name, None, ordinal, kind, ""))
    return found


def _shortest_event_name(run: str, shortest_ending: int = 2) -> str | None:
    """The shortest head of `run` that ends like an event (by an ending of two or more
    characters: 運動會, 博覽會, not 展 of 發展; or `shortest_ending`), unless a verb or
    particle intervenes; an ending it opens that runs on is taken whole (節慶活動 of
    節)."""
    for stop in range(3, len(run) + 1):
        name = run[:stop]
        if _NOT_IN_NAME.search(name):
            return None
        kind = event_kind(name)
        endings = [s for s, k in _event_kinds() if k == kind and name.endswith(s)]
        if kind and any(len(s) >= shortest_ending for s in endings):
            ending = max(endings, key=len)
            longer = [
                s
                for s, _ in _event_kinds()
                if len(s) > len(ending) and run.startswith(s, stop - len(ending))
            ]
            return run[: stop - len(ending) + len(max(longer, key=len))] if longer else name
    return None
