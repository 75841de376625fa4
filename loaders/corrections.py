"""A reader's corrections to what the rules read from one report.

On a report of a kind the rules have not met, some facts are missed and a few are
wrong (README, "How well it generalizes"). Whoever reviews the report
(`citygraph extract FILE --format review`) writes what to change in a file beside it,
`<report name>.corrections.toml`, in the form of the expected-facts files
(tests/data/README.md):

    [[add]]                        # a fact the rules missed (or, where they read the
    type = "VISITED"               # same fact, the properties to give it)
    from = "葛蘭‧奎克"              # an id, or a name as the report writes it
    to = "city:tw:kaohsiung"
    year = 2013
    quote = "布里斯本市長葛蘭‧奎克"  # the report's own words stating it (required)

    [[remove]]                     # a fact read wrongly: every one that matches goes
    type = "PARTICIPATED_IN"
    from = "戴禮德"
    to = "2013駐台使節高雄城市體驗之旅"
    status = "invited"

    [[entity]]                     # an entity read under a wrong name (or same_as
    entity = "同日韓國釜山市議會"     # another: one, not two), after the facts
    name_zh = "韓國釜山市議會"
    name_en = "Busan Metropolitan Council"

A name the extraction does not know is a new entity when `from_label`/`to_label` says
what it is (Person, Organization or Event); a place is one the gazetteer knows. Added
facts carry `corrected = true`; their evidence is the sentence holding the quote, as
the rules' is. An entity only removed facts joined goes with them. Loading, extracting
and the review apply the file whenever it is there; scoring never does (it measures
the rules). This module reads and checks the file; loaders.correcting applies it.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from citygraph.errors import ReportInputError
from graph.model import (
    IDENTITY,
    PARTICIPATION_STATUSES,
    TIE_STATUSES,
    Label,
    RelType,
)
from loaders.scoring import SCORED_TYPES, ExpectedFact, fact_rows, parse_fact

SUFFIX = ".corrections.toml"

STRUCTURAL = (RelType.LOCATED_IN, RelType.EDITION_OF)
_CORRECTABLE = frozenset({*SCORED_TYPES, *STRUCTURAL})

#: What a reader may say of each kind of fact (what the rules give it, DESIGN.md §3).
_PROPERTIES: dict[RelType, frozenset[str]] = {
    RelType.SISTER_CITY_OF: frozenset({"status", "since", "ordinal"}),
    RelType.FRIENDSHIP_CITY_OF: frozenset({"status", "since"}),
    RelType.SIGNED_MOU: frozenset(
        {"title", "status", "date", "year", "fields", "signatories", "led_by"}
    ),
    RelType.VISITED: frozenset({"start", "end", "year", "led_by", "bureaus", "purpose"}),
    RelType.PARTICIPATED_IN: frozenset({"status", "role", "year", "led_by", "first_time"}),
    RelType.HOSTED: frozenset({"status"}),
    RelType.HOLDS_TITLE: frozenset({"title_zh", "title_en", "year", "former"}),
    RelType.SISTER_SCHOOL_OF: frozenset({"status", "since"}),
    RelType.MET_WITH: frozenset({"date", "start", "end", "year", "led_by"}),
    RelType.INVITED: frozenset({"event", "status", "date", "year"}),
    RelType.LOCATED_IN: frozenset(),
    RelType.EDITION_OF: frozenset(),
}
#: What the rules give every fact of a type that has it: changed, never unset.
_ALWAYS_GIVEN = frozenset({"year", "status"})
_INTS = frozenset({"year", "ordinal"})
_BOOLS = frozenset({"former", "first_time"})
_LISTS = frozenset({"bureaus", "fields", "signatories"})
_DATES = frozenset({"start", "end", "date", "since"})
_STATUSES = {
    RelType.PARTICIPATED_IN: PARTICIPATION_STATUSES,
    RelType.SISTER_CITY_OF: TIE_STATUSES,
    RelType.FRIENDSHIP_CITY_OF: TIE_STATUSES,
    RelType.SIGNED_MOU: TIE_STATUSES,
    RelType.SISTER_SCHOOL_OF: TIE_STATUSES,
}
_NEW_LABELS = {
    "Person": Label.PERSON,
    "Organization": Label.ORGANIZATION,
    "Event": Label.EVENT,
    "City": Label.CITY,  # a place no data knows, named after its country (印尼峇里島)
}
_LABEL_KEYS = {"from": "from_label", "to": "to_label"}


@dataclass(frozen=True)
class Addition:
    fact: ExpectedFact
    #: The label a new entity at each end takes ("from"/"to"), when the file gives one.
    new_labels: dict[str, Label]
    #: Properties a fact the rules read loses (a `led_by` read where none is told).
    unset: tuple[str, ...] = ()


@dataclass(frozen=True)
class Renaming:
    """An [[entity]] entry: an entity read under a wrong name (`name_zh`, its id then the
    one the rules give that name), without its English one (`name_en`), read as two
    where it is one (`same_as` the other, its names kept as other names), or an event
    without its days (`start`, `end`)."""

    number: int
    entity: str  # as the review shows it: an id, or a name the report writes
    name_zh: str | None = None
    name_en: str | None = None
    same_as: str | None = None
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class Corrections:
    path: Path
    additions: list[Addition]
    removals: list[ExpectedFact]
    renamings: list[Renaming] = field(default_factory=list)


@dataclass
class Applied:
    """What applying a corrections file did to one report's extraction."""

    path: Path
    added: int = 0
    changed: int = 0  # facts the rules read that an [[add]] gave other properties
    removed: int = 0
    renamed: int = 0  # entities given another name, Chinese or English (or an event days)
    merged: int = 0  # entities found to be another (same_as, or renamed to its name)
    #: Entries with nothing to do: an addition the rules read already, a removal that
    #: matches nothing read (the rules may have been mended since the file was written).
    idle: list[str] = field(default_factory=list)

    def describe(self) -> str:
        text = (
            f"corrected by {self.path}: {self.added} added, {self.changed} changed, "
            f"{self.removed} removed"
        )
        if self.renamed or self.merged:
            text += f", {self.renamed} renamed, {self.merged} merged"
        return text + (f" ({'; '.join(self.idle)})" if self.idle else "")


class EntryError(Exception):
    """What is wrong with one entry (its messages are gathered, then raised as one)."""


def ends_before(end: str, start: str) -> bool:
    """Whether a span told as `start`..`end` (ISO dates at any precision) ends before it
    starts: 2018-04 before 2018-05-10; not 2018, nor 2018-05, after 2018-05-10."""
    shared = min(len(end), len(start))
    return end[:shared] < start[:shared]


def a_label(label: Label) -> str:
    """A label as an entry's message names it: a City, an Organization."""
    return f"{'an' if str(label)[0] in 'AEIOU' else 'a'} {label}"


def corrections_path(report: Path) -> Path:
    """Where the corrections of `report` are kept: beside it, named after it."""
    return report.with_name(report.stem + SUFFIX)


def read_corrections(path: Path) -> Corrections:
    """Parse a corrections file; errors name the file and every entry at fault."""
    return parse_corrections(path.read_bytes(), path)


def parse_corrections(data: bytes, path: Path) -> Corrections:
    """Parse the bytes of a corrections file (UTF-8; one uploaded has no file of its
    own, and `path` is then the name it is known by)."""
    try:
        tables = tomllib.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ReportInputError(str(path), "not UTF-8 text: save it as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ReportInputError(str(path), f"not a valid TOML file: {exc}") from None
    unknown = sorted(set(tables) - {"add", "remove", "entity", "report"})
    if unknown:
        raise ReportInputError(
            str(path),
            f"unknown key {unknown[0]!r}: a corrections file has [[add]], [[remove]], [[entity]]",
        )
    problems: list[str] = []
    additions: list[Addition] = []
    removals: list[ExpectedFact] = []
    for table in ("add", "remove"):
        for number, row in enumerate(fact_rows(tables, table, path), start=1):
            try:
                if table == "add":
                    additions.append(_addition(row, number, path))
                else:
                    removals.append(_removal(row, number, path))
            except (EntryError, ReportInputError) as exc:
                problems.append(exc.problem if isinstance(exc, ReportInputError) else str(exc))
    renamings: list[Renaming] = []
    for number, row in enumerate(fact_rows(tables, "entity", path), start=1):
        try:
            renamings.append(_renaming(row, number))
        except EntryError as exc:
            problems.append(str(exc))
    if problems:
        raise ReportInputError(str(path), "; ".join(problems))
    if not additions and not removals and not renamings:
        raise ReportInputError(str(path), "lists no [[add]], [[remove]] or [[entity]]")
    return Corrections(path, additions, removals, renamings)


def _renaming(row: dict[str, Any], number: int) -> Renaming:
    where = f"entity #{number}"
    keys = ("entity", "name_zh", "name_en", "same_as", "start", "end")
    for key in row:
        if key not in keys:
            raise EntryError(f"{where}: no key {key!r} (an [[entity]] has: {', '.join(keys)})")
    for key, value in row.items():
        if key in ("start", "end"):
            _check_value(key, value, RelType.PARTICIPATED_IN, where)
        elif not isinstance(value, str) or not value.strip() or "\n" in value:
            raise EntryError(f"{where}: {key} must be a name on one line, not {value!r}")
    if "entity" not in row:
        raise EntryError(f"{where}: needs entity = the id or name of the entity as read")
    if not set(keys[1:]) & set(row):
        raise EntryError(
            f"{where}: says nothing of it: give name_zh, name_en, same_as, or an event's start"
        )
    if "start" in row and "end" in row and ends_before(row["end"], row["start"]):
        raise EntryError(f"{where}: end {row['end']} is before start {row['start']}")
    if "name_zh" in row and "same_as" in row:
        raise EntryError(
            f"{where}: name_zh or same_as, not both (one the same as another has its name)"
        )
    given = {key: row[key].strip() for key in keys[1:] if key in row}
    return Renaming(number, row["entity"].strip(), **given)


def _addition(row: dict[str, Any], number: int, path: Path) -> Addition:
    where = f"add #{number}"
    fact = parse_fact(row, number, path, "add", frozenset({*_LABEL_KEYS.values(), "unset"}))
    _check_fact(fact, where)
    unset = row.get("unset", [])
    if not isinstance(unset, list) or not all(isinstance(key, str) for key in unset):
        raise EntryError(f'{where}: unset must be a list of properties, as ["led_by"]')
    for key in unset:
        fixed = key in IDENTITY.get(fact.type, ()) or key in _ALWAYS_GIVEN
        if key not in _PROPERTIES[fact.type] or fixed:
            raise EntryError(
                f"{where}: {fact.type} has no property {key!r} to unset (its year, status "
                "and what tells its facts apart are changed, not unset)"
            )
        if key in fact.properties:
            raise EntryError(f"{where}: {key} is both given and unset")
    if not fact.quote or not fact.quote.strip():
        raise EntryError(f"{where}: needs quote = the report's words that state the fact")
    labels = {}
    for end, key in _LABEL_KEYS.items():
        if key in row:
            label = _NEW_LABELS.get(row[key]) if isinstance(row[key], str) else None
            if label is None:
                raise EntryError(
                    f"{where}: {key} must be {', '.join(_NEW_LABELS)}, not {row[key]!r} "
                    "(a place is named as the gazetteer knows it, or by its id; a City no "
                    "data knows after its country, as 印尼峇里島)"
                )
            labels[end] = label
    return Addition(fact, labels, tuple(unset))


def _removal(row: dict[str, Any], number: int, path: Path) -> ExpectedFact:
    where = f"remove #{number}"
    if any(key in row for key in _LABEL_KEYS.values()):
        raise EntryError(f"{where}: a removal names facts read, so takes no labels")
    fact = parse_fact(row, number, path, "remove")
    _check_fact(fact, where)
    return fact


def _check_fact(fact: ExpectedFact, where: str) -> None:
    """The entry's type, ends and properties as the graph model has them."""
    if fact.type not in _CORRECTABLE:
        raise EntryError(f"{where}: {fact.type} facts are the graph's own, not a reader's")
    for end in (fact.source, fact.target):
        if not end.strip():
            raise EntryError(f"{where}: 'from' and 'to' must name something")
    allowed = _PROPERTIES[fact.type]
    for key, value in fact.properties.items():
        if key not in allowed:
            known = ", ".join(sorted(allowed)) or "none"
            raise EntryError(f"{where}: {fact.type} has no property {key!r} (it has: {known})")
        _check_value(key, value, fact.type, where)
    start, end = fact.properties.get("start"), fact.properties.get("end")
    if isinstance(start, str) and isinstance(end, str) and ends_before(end, start):
        raise EntryError(f"{where}: end {end} is before start {start}")
    dated = fact_day(fact.properties)
    year = fact.properties.get("year")
    if year is not None and dated is not None and str(dated)[:4] != str(year):
        raise EntryError(f"{where}: year {year} is not the year of {dated}")


def _check_value(key: str, value: Any, kind: RelType, where: str) -> None:
    if key in _INTS:
        ok = isinstance(value, int) and not isinstance(value, bool) and 0 < value < 10000
        wanted = "a whole number, as 2013"
    elif key in _BOOLS:
        ok, wanted = isinstance(value, bool), "true or false"
    elif key in _LISTS:
        ok = isinstance(value, list) and bool(value)
        ok = ok and all(isinstance(v, str) and v.strip() for v in value)
        wanted = 'a list of names, as ["觀光局", "經發局"]'
    elif key in _DATES:
        ok, wanted = (
            isinstance(value, str) and _is_date(value),
            "a date as 2013, 2013-06 or 2013-06-09",
        )
    else:
        ok, wanted = isinstance(value, str) and bool(value.strip()), "text"
    if not ok:
        hint = " (in quotes: a TOML date is not one)" if isinstance(value, dt.date) else ""
        raise EntryError(f"{where}: {key} must be {wanted}, not {value!r}{hint}")
    statuses = _STATUSES.get(kind)
    if key == "status" and statuses is not None and value not in statuses:
        raise EntryError(
            f"{where}: status of {kind} is one of {', '.join(statuses)}, not {value!r}"
        )


def fact_day(properties: dict[str, Any]) -> str | None:
    """The day (or month, or year) a fact happened on, as its properties write it."""
    day = properties.get("start", properties.get("date"))
    return str(day) if day is not None else None


def _is_date(text: str) -> bool:
    """Whether `text` is an ISO date at year, month or day precision that exists."""
    formats = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}
    if len(text) not in formats or not text[:4].isdigit():
        return False
    try:
        dt.datetime.strptime(text, formats[len(text)])
    except ValueError:
        return False
    return True
