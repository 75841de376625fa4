"""Tables pasted into a chapter as text: a line of column names, then one line per row.

Reports list the guests they received as a table as often as in prose::

    日期　國別　城市／機關　職稱　姓名　事由
    93.01.12　日本　某市議會　議員　山田太郎等一行7人　市政考察並拜會市長

Converted to text, a table is a header line whose cells are all column names, and
the lines after it with as many cells. A row of a table of the kinds the genre keeps
is read as the sentence its columns spell, so the rules that read prose read it too,
while its evidence stays the row as written:

- guests: when, who (country, body, title, name), came, what for —
  「93.01.12,日本某市議會議員山田太郎等一行7人來訪,市政考察並拜會市長」;
- trips abroad (a column of places gone to): 「1/14-1/18,本府由張處長率團赴日本神戶市,
  考察…」;
- ties (a column of partners: 締約學校, 締約城市): 「91年3月8日,本市中正高中與韓國
  釜山市海雲臺高等學校締結姊妹校,已完成簽約」.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from loaders.reading import normalize


class Column(Enum):
    DATE = "date"
    COUNTRY = "country"
    BODY = "body"
    TITLE = "title"
    NAME = "name"
    COUNT = "count"
    PURPOSE = "purpose"
    DESTINATION = "destination"
    INDEX = "index"
    LEADER = "leader"  # who led a trip abroad
    OURS = "ours"  # the home party of a tie (本市學校)
    PARTNER = "partner"  # the other party of a tie (締約學校)
    STATUS = "status"  # how a tie stands (辦理情形)
    RECEIVER = "receiver"  # the home official who received a guest (接見)


#: Column names of the genre's tables, by what the column holds. Several in one
#: header cell (城市／機關) name one column: the first known one says what it holds.
_COLUMN_NAMES: dict[Column, tuple[str, ...]] = {
    Column.DATE: (
        *("日期", "時間", "期間", "來訪日期", "訪問日期", "抵達日期", "月日", "日程"),
        *("締約日期", "簽約日期", "締結日期", "出訪期間", "出訪日期"),
    ),
    Column.COUNTRY: ("國別", "國家", "國籍", "國家地區", "地區"),
    Column.BODY: (
        "城市",
        "所在城市",
        "所在地",
        "機關",
        "單位",
        "機構",
        "團體",
        "來訪單位",
        "來訪城市",
        "來訪機關",
        "訪問團",
        "團名",
        "團體名稱",
        "機關名稱",
        "單位名稱",
        "城市名稱",
        "所屬",
    ),
    Column.TITLE: ("職稱", "職銜", "職務", "頭銜"),
    Column.NAME: (
        "姓名",
        "團長",
        "訪賓",
        "訪賓姓名",
        "來賓",
        "貴賓",
        "率團者",
        "領隊",
        "代表",
        "來訪者",
        "外賓",
        "訪客",
    ),
    Column.COUNT: ("人數", "團員人數", "一行人數", "來訪人數"),
    Column.PURPOSE: (
        "事由",
        "目的",
        "來訪目的",
        "來訪事由",
        "行程",
        "備註",
        "內容",
        "活動內容",
        "說明",
        "摘要",
        "拜會對象",
        "接待單位",
        "任務",
        "出訪任務",
        "主要行程",
        "接待情形",
        "成果",
    ),
    Column.DESTINATION: (
        *("出訪城市", "前往城市", "訪問城市", "目的地", "出訪國家", "前往國家"),
        *("出訪地點", "訪問地點", "前往地點", "出訪地區"),
    ),
    Column.LEADER: ("率團人員", "率團", "帶隊人員", "帶團人員", "率團首長", "組團單位"),
    Column.OURS: ("本市學校", "本市機關", "本市單位", "本府單位"),
    Column.PARTNER: (
        "締約學校",
        "締約城市",
        "締約對象",
        "姊妹校",
        "姊妹市",
        "友好城市",
        "對方學校",
    ),
    Column.STATUS: ("辦理情形", "辦理進度", "進度", "狀態", "執行情形"),
    Column.RECEIVER: ("接見", "接見者", "接見首長", "接見人員"),
    Column.INDEX: ("項次", "編號", "序號", "序", "項目編號"),
}
_COLUMN_OF = {name: column for column, names in _COLUMN_NAMES.items() for name in names}

#: Where one cell ends and the next begins, written plainly: a tab, an ideographic
#: space, a bar, or two spaces or more; a table whose header uses none of them parts
#: its cells by one space not inside a Latin name (John Smith stays one cell).
_STRONG_BREAK = re.compile(r"[\t\u3000|｜│┃]+\s*| {2,}")
_WEAK_BREAK = re.compile(_STRONG_BREAK.pattern + r"|(?<![A-Za-z.]) (?![A-Za-z])")
#: Cells parted by semicolons, as compact annex lines write them (78/7/6；日本某市；…).
_SEMICOLON_BREAK = re.compile(r"\s*[;；]\s*")
#: A header line written in brackets ((日期；國別／城市；訪賓；事由)), or a note in
#: brackets under it ((註：人數不含記者)), which is no row.
_BRACKETED = re.compile(r"[(（](?P<inside>.*)[)）]")
_NOTE = re.compile(r"[(（]\s*(?:註|附註|備註|說明)\s*[:：]")
#: The number of a numbered line of a table (1.78/7/6；…) whose header names no index.
#: (not the year of 91.1.17: the number is written before a whole date, 1.78/7/6).
_ROW_NUMBER = re.compile(r"\d{1,2}\s*[.、]\s*(?=\d{2,4}[./]\d{1,2}[./]\d{1,2})")
#: What joins several column names in one header cell: 城市／機關, 國家、地區.
_NAME_JOINER = re.compile(r"[/／、及與]")
#: A line of bars and dashes under a header (|---|---|): no row.
_RULE_LINE = re.compile(r"[\s|｜│┃┼:：\-—─━=＝+]+")
_MIN_COLUMNS = 3


@dataclass(frozen=True)
class TableRow:
    """A row of a table: the index of its line, and the sentence its columns spell
    (normalized text), or None for a table whose rows are read as written."""

    line: int
    reading: str | None


def cells(line: str, breaks: re.Pattern[str] = _WEAK_BREAK) -> list[str]:
    """The cells of one line of a table, as written."""
    return [cell.strip() for cell in breaks.split(line.strip()) if cell.strip()]


def _breaks_of(header: str) -> re.Pattern[str]:
    """How a table parts its cells: as its header does, plainly if it can (then a
    space inside a cell, 市政考察 並拜會市長, stays in the cell), by semicolons if it
    does (日期；國別；訪賓)."""
    header = _unbracketed(header)
    if len(cells(header, _SEMICOLON_BREAK)) >= _MIN_COLUMNS:
        return _SEMICOLON_BREAK
    return _STRONG_BREAK if len(cells(header, _STRONG_BREAK)) >= _MIN_COLUMNS else _WEAK_BREAK


def _unbracketed(line: str) -> str:
    """A line written wholly in brackets without them, as a header may be; others as
    they are."""
    bracketed = _BRACKETED.fullmatch(line.strip())
    return bracketed["inside"] if bracketed else line


def _row_cells(line: str, breaks: re.Pattern[str], columns: Sequence[Column]) -> list[str]:
    """The cells of a row, the line's own number dropped where the table has no index
    column (1.78/7/6；日本某市；… → 78/7/6, 日本某市, …)."""
    row = cells(line, breaks)
    number = _ROW_NUMBER.match(row[0]) if row and Column.INDEX not in columns else None
    if number is not None:
        row[0] = row[0][number.end() :]
    return row


#: A column name closed by a note in brackets of what its cells hold besides
#: (來訪貴賓（職稱）: the guest, his title written with him).
_NAME_NOTE = re.compile(r"(?P<name>[^()]+)\((?P<note>[^()]+)\)")
#: What a column name may open with, saying its cells are the guests' (來訪貴賓,
#: 來訪日期): the column holds what the rest of its name does.
_GUESTS_PREFIX = "來訪"


def _known_name(part: str) -> Column | None:
    """The column one name in a header cell names: as listed, or as the rest of a name
    opening with 來訪 (來訪貴賓 → 貴賓)."""
    if part in _COLUMN_OF:
        return _COLUMN_OF[part]
    rest = part.removeprefix(_GUESTS_PREFIX)
    return _COLUMN_OF.get(rest) if rest != part else None


def _column(name: str) -> Column | None:
    """What a header cell's column holds, or None if the cell names no known column. A
    note in brackets naming columns too (來訪貴賓（職稱）) leaves the column the name's:
    its cells hold those besides (長野縣某市市長某某), as a guest's cells do."""
    name = normalize(name).replace(" ", "")
    noted = _NAME_NOTE.fullmatch(name)
    if noted is not None and _column(noted["note"]) is not None:
        name = noted["name"]
    parts = [p for p in _NAME_JOINER.split(name) if p]
    known = [column for p in parts if (column := _known_name(p)) is not None]
    return known[0] if known and len(known) == len(parts) else None


def _header(line: str) -> list[Column] | None:
    """The columns a header line names, or None if the line is no table header."""
    names = cells(_unbracketed(line), _breaks_of(line))
    if len(names) < _MIN_COLUMNS:
        return None
    columns = [_column(name) for name in names]
    if any(c is None for c in columns) or len(set(columns)) < len(columns) - 1:
        return None
    return [c for c in columns if c is not None]


#: Words of a header cell that make a table one of guests: 來訪單位, 訪賓, 訪問團.
_GUEST_WORDS = re.compile(r"來訪|訪賓|訪問團|來賓|貴賓")


def _of_guests(header: str, columns: Sequence[Column]) -> bool:
    """Whether a table (of no trips nor ties: _reading asks those first) lists guests:
    it names people (a name or title column) or says its bodies came (來訪單位)."""
    people = Column.NAME in columns or Column.TITLE in columns
    return people or bool(_GUEST_WORDS.search(normalize(header)))


def _reading(header: str, columns: Sequence[Column], row: Sequence[str]) -> str | None:
    """The sentence a row spells, for a table of guests, of trips abroad or of ties;
    None for a table of another kind (read as written)."""
    by_column = {column: normalize(cell) for column, cell in zip(columns, row, strict=False)}
    if Column.DESTINATION in columns:
        return _trip_reading(by_column)
    if Column.PARTNER in columns:
        return _tie_reading(header, by_column)
    return _guest_reading(by_column) if _of_guests(header, columns) else None


def _guest_reading(by_column: dict[Column, str]) -> str:
    """A guest's row: when, who (country, body, title, name), came, what for."""
    by_column = dict(by_column)
    if by_column.get(Column.COUNTRY, "\0") in by_column.get(Column.BODY, ""):
        # 美國 | 美國在台協會, 越南 | 駐臺北越南經濟文化辦事處: the body names its country
        del by_column[Column.COUNTRY]
    cells_of_who = [
        by_column.get(c, "") for c in (Column.COUNTRY, Column.BODY, Column.TITLE, Column.NAME)
    ]
    who = ""
    for cell in cells_of_who:
        who = _without_repeated_place(who, cell) + cell
    count = by_column.get(Column.COUNT, "")
    if count and "人" not in who:
        who += f"一行{count}" + ("" if count.endswith("人") else "人")
    coming, purpose = _guest_coming(who, by_column.get(Column.PURPOSE, ""))
    return _sentence({**by_column, Column.PURPOSE: purpose}, coming + _received_by(by_column))


#: A purpose cell opening with the group the guest led (率團親善訪問, 率縣議會訪問團來訪,
#: 率議員一行7人來訪): the leading is the guest's, written with him, the rest after it.
_LEADS_GROUP_CELL = re.compile(
    r"^(?P<lead>率(?:領)?[^,;。]{0,12}?(?:[團隊]|一行(?:\d+|[一二三四五六七八九十兩]+)[人名]))"
    r"(?P<rest>.*)$"
)
#: The rest of such a cell telling the coming itself (來訪, 回訪, 訪問本市).
_COMING_WORDS = r"來訪|回訪|到訪|訪問|來高"
_COMING_CELL = re.compile(rf"^(?:{_COMING_WORDS})")
#: A purpose cell opening with the guest coming along with another's delegation (隨議長
#: 率團來訪, 隨團親善訪問): he came along, leading nothing; the rest after it.
_COMES_ALONG_CELL = re.compile(rf"^隨[^,;。]{{0,8}}?團(?:{_COMING_WORDS})?(?P<rest>.*)$")


def _guest_coming(who: str, purpose: str) -> tuple[str, str]:
    """The guest's coming and the purpose left to tell after it: 某某來訪 and the cell;
    or, where the cell opens with the group he led, 某某率團來訪 and the rest
    (率團親善訪問 → 某某率團來訪, 親善訪問), so the body he heads came too; or, where
    it opens with his coming along (隨議長率團來訪), 某某隨團來訪 and the rest."""
    along = _COMES_ALONG_CELL.match(purpose)
    if along is not None:  # 隨議長率團來訪: he came along with another's delegation
        return f"{who}隨團來訪", along["rest"].lstrip(",")
    led = _LEADS_GROUP_CELL.match(purpose)
    if led is None:
        return f"{who}來訪", purpose
    rest = led["rest"].lstrip(",")
    if _COMING_CELL.match(rest):  # 率經貿訪問團來訪: the cell tells the coming
        return f"{who}{led['lead']}{rest}", ""
    return f"{who}{led['lead']}來訪", rest


#: A note in brackets after a receiver (（代理）), maybe naming who stood in for him
#: (（因公改由王副市長代理）: 王副市長).
_RECEIVER_NOTE = re.compile(r"\((?:[^()]*?改由(?P<instead>[^()]+?)(?:代理|代表|接見)?|[^()]*)\)")


def _received_by(by_column: dict[Column, str]) -> str:
    """Who received the guest, as the prose tells it (蘇市長 → ,由蘇市長接見): the one
    who stood in where a note names one (陳市長（因公改由王副市長代理）: 王副市長), the
    note no part of him; nothing where the cell is left empty (－: no one received him)."""
    receiver = by_column.get(Column.RECEIVER, "")
    note = _RECEIVER_NOTE.search(receiver)
    if note is not None:
        receiver = note["instead"] or receiver[: note.start()] + receiver[note.end() :]
    if not receiver or _EMPTY_CELL.fullmatch(receiver):
        return ""
    return f",由{receiver}接見"


#: The shortest place name a guest's cell may repeat from the cell before (關島, 那霸市).
_SHORTEST_REPEATED = 2


def _without_repeated_place(before: str, cell: str) -> str:
    """The cells before a guest's cell, without the place it opens with that they end
    with (日本鹿兒島縣 | 鹿兒島縣議會議長某某 → 日本 + 鹿兒島縣議會議長某某): the place is
    written once, as the start of the body's name."""
    for size in range(min(len(before), len(cell)), _SHORTEST_REPEATED - 1, -1):
        if cell.startswith(before[-size:]):
            return before[:-size]
    return before


def _trip_reading(by_column: dict[Column, str]) -> str:
    """A trip's row: when, the city (led by whom) went where, what for."""
    leader = by_column.get(Column.LEADER) or by_column.get(Column.NAME, "")
    led = f"由{by_column.get(Column.TITLE, '')}{leader}率團" if leader else "組團"
    where = by_column.get(Column.COUNTRY, "") + by_column[Column.DESTINATION]
    return _sentence(by_column, f"本府{led}赴{where}")


#: A tie's status cell telling it is made: 已完成簽約, 完成締約, 已簽署.
_DONE = re.compile(r"完成|已簽|已締|簽訖")
#: A partner column's name telling the kind of tie: a school's, else a city's.
_SCHOOL_TIE = re.compile(r"學校|校")


def _tie_reading(header: str, by_column: dict[Column, str]) -> str:
    """A tie's row: when, ours and the partner (in its place) made the tie, how it
    stands (已完成簽約, 洽談中)."""
    kind = "姊妹校" if _SCHOOL_TIE.search(normalize(header)) else "姊妹市"
    ours = by_column.get(Column.OURS, "")
    place = by_column.get(Column.COUNTRY, "") + by_column.get(Column.BODY, "")
    partner = by_column.get(Column.PARTNER, "")
    status = by_column.get(Column.STATUS, "")
    if status and not _DONE.search(status):  # 洽談中, 預計下半年: written before the verb
        return _sentence(by_column, f"本市{ours}與{place}{partner}{status}締結{kind}")
    tie = f"本市{ours}與{place}{partner}締結{kind}"
    return _sentence({**by_column, Column.PURPOSE: status}, tie)


def _sentence(by_column: dict[Column, str], told: str) -> str:
    """The row's sentence: its date, what it tells, then its purpose or notes."""
    when = _date_cell(by_column.get(Column.DATE, ""))
    purpose = by_column.get(Column.PURPOSE)
    return f"{when + ',' if when else ''}{told}{',' + purpose if purpose else ''}"


#: A date cell in month/day figures, maybe a range: 1/12, 3/5-3/8, 11/20～22.
_MONTH_DAY_CELL = re.compile(
    r"(?P<m1>\d{1,2})/(?P<d1>\d{1,2})(?:\s*[-~至]\s*(?:(?P<m2>\d{1,2})/)?(?P<d2>\d{1,2}))?"
)
#: A date cell in full figures whose range end is a day alone: 105.03.17-19.
_DAY_END_CELL = re.compile(
    r"(?P<start>(?P<month>\d{2,4}[./]\d{1,2}[./])\d{1,2})\s*[-~至]\s*(?P<d2>\d{1,2})"
)


#: A cell left empty on purpose: a dash, 無, 未定.
_EMPTY_CELL = re.compile(r"[—－\-–─_/]+|無|未定|待定|尚未|--")


def _date_cell(cell: str) -> str:
    """A date column's cell as the prose writes dates (1/12 → 1月12日, 3/5-3/8 →
    3月5日至3月8日, 105.03.17-19 → 105.03.17至105.03.19); others as they are."""
    if _EMPTY_CELL.fullmatch(cell):
        return ""
    month_day = _MONTH_DAY_CELL.fullmatch(cell)
    if month_day:
        start = f"{month_day['m1']}月{month_day['d1']}日"
        if not month_day["d2"]:
            return start
        return f"{start}至{month_day['m2'] or month_day['m1']}月{month_day['d2']}日"
    day_end = _DAY_END_CELL.fullmatch(cell)
    if day_end:
        return f"{day_end['start']}至{day_end['month']}{day_end['d2']}"
    return cell


def _is_row(columns: Sequence[Column], row: Sequence[str]) -> bool:
    """Whether cells fit the table: as many as its columns, or one fewer when the last
    is left empty in a table of four columns or more; a date column's cell holding a
    digit (so a heading after the table is no row)."""
    fits = len(row) == len(columns) or (len(columns) >= 4 and len(row) == len(columns) - 1)
    if not fits or Column.DATE not in columns[: len(row)]:
        return fits
    date_cell = normalize(row[columns.index(Column.DATE)])
    return any(ch.isdigit() for ch in date_cell) or bool(_EMPTY_CELL.fullmatch(date_cell))


#: An agreement's kind ending its name, as the rules read it (grammar._AGREEMENT_KINDS,
#: which this module, read before the rules are, cannot import).
_AGREEMENT_NAME_END = re.compile(r"(?:協議書|協定書|協議|協定|備忘錄|意向書|合作書)$")
#: The two parties of an agreement in one cell, joined by a dash (本市－某市,
#: 某大學—某大學).
_PARTIES_CELL = re.compile(r"(?P<one>[^\d－—–\-]{2,})\s*[－—–\-]\s*(?P<other>[^\d－—–\-]{2,})")
#: Cells of a line with no header, parted by bars or semicolons (78/4/12｜甲－乙｜…).
_HEADERLESS_BREAK = re.compile(r"\s*[|｜│┃;；]\s*")


#: A cell telling what was done (洽談港灣合作備忘錄, 考察觀光推廣並洽談…協議): a
#: visit's purpose, no agreement's name.
_TOLD_CELL = re.compile(r"^(?:洽談|洽商|商談|考察|參加|出席|拜會|簽署|簽訂|討論|研商)|並|率團")
#: A parties cell holding a visitor or a delegation (局長某某率團5人): a visit's row.
_PARTY_CELL_OF_GUESTS = re.compile(r"率團|一行|\d+\s*人")
#: A heading over a table of visits (重要外賓來訪紀要, 本期出訪紀要): its lines are
#: visits, no agreements.
_VISITS_HEADING = re.compile(r"來訪|出訪|外賓|訪賓|參訪|訪問")
#: An annex heading (附表一　…, 表二 …) opening another table.
_ANNEX_HEADING = re.compile(r"^\s*附?表[一二三四五六七八九十\d]+")
#: An agreement's status cell telling its signing is not done (尚未完成簽署, 未簽約).
_SIGNING_NEGATED = re.compile(r"(?:尚未|未能|未)(?:完成|正式)?(?:簽署|簽訂|簽約|締結|完成)")
#: A status cell telling talks on it (洽商中, 草案協商中, 研議中).
_SIGNING_TALKS = re.compile(r"洽商|洽談|協商|研議|商議|磋商")
#: A status cell telling a signing to come (擬於下期簽署, 預定下半年簽約, 將於…簽署).
_SIGNING_PLANNED = re.compile(r"擬|預計|預定|將")


def _agreement_standing(status: str) -> str:
    """How an agreement stands by its status cell, in the genre's words: "talks" where
    the signing is negated (尚未完成簽署) or talks are told (洽商中); "planned" where a
    plan word comes (擬於下期簽署); else "signed" (已於某地簽署, 由雙方市長簽署,
    生效, 已完成簽約, or no status)."""
    if _SIGNING_NEGATED.search(status) or _SIGNING_TALKS.search(status):
        return "talks"
    if _SIGNING_PLANNED.search(status) and not _DONE.search(status):
        return "planned"
    return "signed"


def _agreement_row(line: str) -> str | None:
    """The sentence a line of an agreements' table with no header spells: when, the two
    parties joined by a dash, the agreement, how it stands; None for any other line.
    (78/4/12｜本市－某市｜某某協議書｜已簽署 → 78/4/12,本市與某市簽署「某某協議書」,
    已簽署; 洽商中｜本市－某市｜某某協定｜條文洽商中 → 本市與某市就簽署「某某協定」
    進行洽商,洽商中,條文洽商中.) A table of agreements often goes under a heading
    alone, naming no columns."""
    row = cells(normalize(line), _HEADERLESS_BREAK)
    if len(row) < _MIN_COLUMNS:
        return None
    parties = [match for c in row if (match := _PARTIES_CELL.fullmatch(c))]
    titles = [c for c in row if _AGREEMENT_NAME_END.search(c) and not _TOLD_CELL.search(c)]
    if any(_PARTY_CELL_OF_GUESTS.search(both.group()) for both in parties):
        return None
    if len(parties) != 1 or len(titles) != 1:
        return None
    both = parties[0]
    # the first cell is its date where it holds figures (78/4/12); else a status (洽商中)
    dated = any(ch.isdigit() for ch in row[0])
    when = _date_cell(row[0]) if dated else ""
    told_cells = (both.group(), titles[0], row[0] if dated else None)
    status = ",".join(c for c in row if c not in told_cells)
    both_sides = f"{both['one']}與{both['other']}"
    standing = _agreement_standing(status)
    if standing == "talks":  # 洽商中, 草案協商中, 尚未完成簽署: the talks on it
        told = f"{both_sides}就簽署「{titles[0]}」進行洽商"
    elif standing == "planned":  # 擬於下期簽署, 預定下半年簽約
        told = f"{both_sides}擬簽署「{titles[0]}」"
    else:  # 已於某地簽署, 由雙方市長簽署, 生效: signed
        told = f"{both_sides}簽署「{titles[0]}」"
    return f"{when + ',' if when else ''}{told}{',' + status if status else ''}"


def find_table_rows(lines: Sequence[str]) -> dict[int, TableRow | None]:
    """The lines of `lines` that belong to tables: each header line maps to None (it
    states nothing), each row to its TableRow (see _is_row); so does a line of
    agreements under no header (see _agreement_row)."""
    found: dict[int, TableRow | None] = {}
    under_visits = False  # under an annex heading naming visits (see _VISITS_HEADING)
    index = 0
    while index < len(lines):
        columns = _header(lines[index])
        if columns is None:
            if _ANNEX_HEADING.match(lines[index]):
                under_visits = bool(_VISITS_HEADING.search(lines[index]))
            agreement = None if under_visits else _agreement_row(lines[index])
            if agreement is not None:
                found[index] = TableRow(index, agreement)
            index += 1
            continue
        header = lines[index]
        breaks = _breaks_of(header)
        found[index] = None
        index += 1
        while index < len(lines):
            if _RULE_LINE.fullmatch(lines[index]):
                found[index] = None  # |---|---|: nothing
                index += 1
                continue
            if _NOTE.match(lines[index].strip()):
                found[index] = TableRow(index, None)  # (註：…): no row, read as prose
                index += 1
                continue
            row = _row_cells(lines[index], breaks, columns)
            if not _is_row(columns, row):
                break
            found[index] = TableRow(index, _reading(header, columns, row))
            index += 1
    return found
