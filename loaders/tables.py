"""Tables pasted into a chapter as text: a line of column names, then one line per row.

Reports list the guests they received as a table as often as in prose::

    日期　國別　城市／機關　職稱　姓名　事由
    93.01.12　日本　某市議會　議員　山田太郎等一行7人　市政考察並拜會市長

Converted to text, a table is a header line whose cells are all column names, and
the lines after it with as many cells. A row of a table of guests is read as the
sentence its columns spell — when, who (country, body, title, name), came, what for:
「93.01.12,日本某市議會議員山田太郎等一行7人來訪,市政考察並拜會市長」 — so the rules
that read guests in prose read it too, while its evidence stays the row as written.
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


#: Column names of the genre's tables, by what the column holds. Several in one
#: header cell (城市／機關) name one column: the first known one says what it holds.
_COLUMN_NAMES: dict[Column, tuple[str, ...]] = {
    Column.DATE: ("日期", "時間", "期間", "來訪日期", "訪問日期", "抵達日期", "月日", "日程"),
    Column.COUNTRY: ("國別", "國家", "國籍", "國家地區", "地區"),
    Column.BODY: (
        "城市",
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
    Column.NAME: ("姓名", "團長", "訪賓", "訪賓姓名", "來賓", "貴賓", "率團者", "領隊", "代表"),
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
        "接見",
        "接見者",
    ),
    Column.DESTINATION: ("出訪城市", "前往城市", "訪問城市", "目的地", "出訪國家", "前往國家"),
}
_COLUMN_OF = {name: column for column, names in _COLUMN_NAMES.items() for name in names}

#: Where one cell ends and the next begins: a tab, an ideographic space, a bar, two
#: spaces or more, or one space not inside a Latin name (John Smith stays one cell).
_CELL_BREAK = re.compile(r"[\t\u3000|｜]+\s*| {2,}|(?<![A-Za-z.]) (?![A-Za-z])")
#: What joins several column names in one header cell: 城市／機關, 國家、地區.
_NAME_JOINER = re.compile(r"[/／、及與]")
#: A line of bars and dashes under a header (|---|---|): no row.
_RULE_LINE = re.compile(r"[\s|｜:：\-—─=＝+]+")
_MIN_COLUMNS = 3


@dataclass(frozen=True)
class TableRow:
    """A row of a table: the index of its line, and the sentence its columns spell
    (normalized text), or None for a table whose rows are read as written."""

    line: int
    reading: str | None


def cells(line: str) -> list[str]:
    """The cells of one line of a table, as written."""
    return [cell.strip() for cell in _CELL_BREAK.split(line.strip()) if cell.strip()]


def _column(name: str) -> Column | None:
    """What a header cell's column holds, or None if the cell names no known column."""
    parts = [p for p in _NAME_JOINER.split(normalize(name).replace(" ", "")) if p]
    known = [_COLUMN_OF[p] for p in parts if p in _COLUMN_OF]
    return known[0] if known and len(known) == len(parts) else None


def _header(line: str) -> list[Column] | None:
    """The columns a header line names, or None if the line is no table header."""
    names = cells(line)
    if len(names) < _MIN_COLUMNS:
        return None
    columns = [_column(name) for name in names]
    if any(c is None for c in columns) or len(set(columns)) < len(columns) - 1:
        return None
    return [c for c in columns if c is not None]


def _reading(columns: Sequence[Column], row: Sequence[str]) -> str | None:
    """The sentence a row of a table of guests spells; None unless the table is one."""
    by_column = {column: normalize(cell) for column, cell in zip(columns, row, strict=False)}
    if Column.DESTINATION in by_column or not (
        Column.NAME in by_column or Column.BODY in by_column
    ):
        return None
    if by_column.get(Column.BODY, "").startswith(by_column.get(Column.COUNTRY, "\0")):
        del by_column[Column.COUNTRY]  # 美國 | 美國在台協會: the body names its country
    who = "".join(
        by_column.get(c, "") for c in (Column.COUNTRY, Column.BODY, Column.TITLE, Column.NAME)
    )
    count = by_column.get(Column.COUNT, "")
    if count and "人" not in who:
        who += f"一行{count}" + ("" if count.endswith("人") else "人")
    when = by_column.get(Column.DATE)
    purpose = by_column.get(Column.PURPOSE)
    return f"{when + ',' if when else ''}{who}來訪{',' + purpose if purpose else ''}"


def find_table_rows(lines: Sequence[str]) -> dict[int, TableRow | None]:
    """The lines of `lines` that belong to tables: each header line maps to None (it
    states nothing), each row to its TableRow. A row has the header's number of cells,
    or one fewer when the last column is left empty."""
    found: dict[int, TableRow | None] = {}
    index = 0
    while index < len(lines):
        columns = _header(lines[index])
        if columns is None:
            index += 1
            continue
        found[index] = None
        index += 1
        while index < len(lines):
            if _RULE_LINE.fullmatch(lines[index]):
                found[index] = None
                index += 1
                continue
            row = cells(lines[index])
            if len(row) not in (len(columns), len(columns) - 1):
                break
            found[index] = TableRow(index, _reading(columns, row))
            index += 1
    return found
