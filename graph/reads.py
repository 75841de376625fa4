"""Read-side functions: one per question the API answers.

Every query is a named, parameterized file under `cypher/` run through `Graph.read` (a
read transaction with a timeout); a graph that cannot be reached raises
GraphUnavailableError from there. Shaping that the two engines might do differently
(grouping, choosing a person's title at the time of a fact, comparing dates of
different precision) is done here in Python.

Dates are ISO prefixes at the precision a report gives ('2013', '2013-06',
'2013-06-09'). A fact's time is coalesce(start, date, since, year); a participation or
hosting with no date of its own takes its event's dates. Two dates are compared at the
precision both have, so '2013' overlaps '2013-06' and a period filter keeps any fact
whose [date, end] overlaps [from, to].
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date as calendar_date
from difflib import get_close_matches
from typing import Any

from graph.driver import Graph
from graph.model import TIE_STATUSES, UNDIRECTED, Label, RelType, check_label
from loaders.reading import match_key

#: Relationship types that record a mention or tie an entity to its people, offices,
#: place or series: structure that contacts reach through, not contacts themselves.
STRUCTURAL: tuple[str, ...] = tuple(
    str(t) for t in (RelType.MENTIONS, RelType.LOCATED_IN, RelType.HOLDS_TITLE, RelType.EDITION_OF)
)
#: Relationship properties that are bookkeeping, shown as evidence/sources instead.
FACT_META = frozenset(
    {
        "key",
        "sources",
        "evidence",
        "evidence_spans",
        "evidence_sources",
        "inferred",
        "corrected_by",
    }
)
#: Node properties shown as fields of their own, not in `properties`.
NODE_META = frozenset({"id", "name_zh", "name_en", "aliases", "search_keys", "sources"})
EVENT_LINKS = frozenset({str(RelType.PARTICIPATED_IN), str(RelType.HOSTED)})
MAX_HOPS = 6
MAX_SEARCH = 100
_UNDIRECTED = frozenset(str(t) for t in UNDIRECTED)
_MATCH_KINDS = ("exact", "prefix", "contains")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class UnknownEntity(LookupError):
    """No node has this id (or none of the expected label)."""

    def __init__(self, entity_id: str, label: Label | None = None) -> None:
        self.entity_id = entity_id
        self.label = label
        what = f"{label} " if label else "entity "
        super().__init__(f"no {what}with id {entity_id!r}")


# -- result types ------------------------------------------------------------------


@dataclass(frozen=True)
class Ref:
    """An entity named in an answer."""

    id: str
    label: str
    name_zh: str = ""
    name_en: str = ""
    country: str | None = None

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> Ref:
        return cls(
            id=row["id"],
            label=row.get("label") or "",
            name_zh=row.get("name_zh") or "",
            name_en=row.get("name_en") or "",
            country=row.get("country"),
        )


@dataclass(frozen=True)
class Quote:
    """One evidence sentence and the report (Source id) it is quoted from."""

    text: str
    source: str | None = None
    span: str | None = None


@dataclass(frozen=True)
class SearchHit:
    id: str
    label: str
    name_zh: str
    name_en: str
    aliases: list[str]
    country: str | None
    match: str  # exact | prefix | contains


@dataclass(frozen=True, kw_only=True)
class Fact:
    """What every relationship read back carries: when, its properties, and why."""

    date: str | None
    end: str | None
    year: int | None
    properties: dict[str, Any]
    evidence: list[Quote]
    sources: list[str]
    inferred: bool

    @staticmethod
    def fields(props: Mapping[str, Any], other: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """The `Fact` fields of a stored relationship (an event at `other` lends dates)."""
        date, end, year = when(props, other)
        return {
            "date": date,
            "end": end,
            "year": year,
            "properties": fact_properties(props),
            "evidence": quotes(props),
            "sources": list(props.get("sources") or []),
            "inferred": bool(props.get("inferred")),
        }


@dataclass(frozen=True, kw_only=True)
class RelationView(Fact):
    """A relationship as seen from one of its ends."""

    type: str
    direction: str  # out | in | both
    other: Ref


@dataclass(frozen=True)
class EntityDetail:
    id: str
    label: str
    name_zh: str
    name_en: str
    aliases: list[str]
    properties: dict[str, Any]
    sources: list[str]
    relationships: dict[str, list[RelationView]]


@dataclass(frozen=True)
class Via:
    """The member a contact came through: a person, an office, a city, an edition."""

    id: str
    label: str
    name_zh: str
    name_en: str
    link: str  # HOLDS_TITLE | LOCATED_IN | EDITION_OF (the member's first step)
    title_zh: str | None = None
    title_en: str | None = None
    former: bool | None = None
    through: Ref | None = None


@dataclass(frozen=True)
class Counterpart:
    """Someone or something on the other side of a contact.

    `relation` is None for the relationship's other end; for a shared event it says how
    another party took part (PARTICIPATED_IN, HOSTED), and 'EVENT' marks the event an
    invitation was for.
    """

    id: str
    label: str
    name_zh: str
    name_en: str
    country: str | None = None
    relation: str | None = None
    status: str | None = None
    role: str | None = None
    inferred: bool = False


@dataclass(frozen=True)
class Contact:
    date: str | None
    end: str | None
    year: int | None
    kind: str
    direction: str
    counterparts: list[Counterpart]
    via: Via | None
    properties: dict[str, Any]
    evidence: list[Quote]
    sources: list[str]
    inferred: bool


@dataclass(frozen=True)
class ContactList:
    entity: Ref
    contacts: list[Contact]


@dataclass
class AttendanceRow:
    """A party (a city when it can be told) and how it took part in one year."""

    party: Ref
    status: str
    roles: list[str] = field(default_factory=list)
    via: list[Via] = field(default_factory=list)
    inferred: bool = True
    evidence: list[Quote] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Edition:
    id: str
    name_zh: str
    name_en: str
    start: str | None
    end: str | None
    year: int | None


@dataclass(frozen=True)
class AttendanceYear:
    year: int | None
    editions: list[Edition]
    hosts: list[Ref]
    attended: list[AttendanceRow]
    invited: list[AttendanceRow]  # invited or planned, and not attended that year


@dataclass(frozen=True)
class SeriesAttendance:
    series: Ref
    years: list[AttendanceYear]


@dataclass(frozen=True)
class Tie:
    type: str
    partner: Ref
    since: str | None
    ordinal: int | None
    status: str | None
    year: int | None
    evidence: list[Quote]
    sources: list[str]
    inferred: bool


@dataclass(frozen=True)
class PathStep:
    type: str
    source: str
    target: str
    properties: dict[str, Any]
    evidence: list[Quote]
    sources: list[str]


@dataclass(frozen=True)
class FoundPath:
    length: int
    nodes: list[Ref]
    relationships: list[PathStep]


@dataclass(frozen=True)
class TimelineItem:
    date: str
    end: str | None
    year: int | None
    kind: str
    source: Ref
    target: Ref
    properties: dict[str, Any]
    evidence: list[Quote]
    sources: list[str]
    inferred: bool


@dataclass(frozen=True)
class SourceSummary:
    id: str
    title: str
    path: str | None
    sha256: str | None
    period_start: str | None
    period_end: str | None
    entities: int
    relations: int


@dataclass(frozen=True)
class SourceDetail(SourceSummary):
    entities_by_label: dict[str, int]
    relations_by_type: dict[str, int]


# -- dates ---------------------------------------------------------------------------


def check_date(value: str | None, name: str = "date") -> str | None:
    """`value` if it is an ISO date prefix (YYYY, YYYY-MM, YYYY-MM-DD) of a real date."""
    if value is None or value == "":
        return None
    found = _DATE.match(value)
    if not found:
        raise ValueError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    year, month, day = (int(part) if part else 1 for part in found.groups())
    try:
        calendar_date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"{name} {value!r} is not a date: {exc}") from None
    return value


def check_period(start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """Validated (from, to); raises ValueError if either is malformed or from > to."""
    start, end = check_date(start, "from"), check_date(end, "to")
    if start and end:
        shared = min(len(start), len(end))
        if start[:shared] > end[:shared]:
            raise ValueError(f"from ({start}) is after to ({end})")
    return start, end


def overlaps(date: str | None, end: str | None, start: str | None, stop: str | None) -> bool:
    """Whether a fact dated [date, end] overlaps the period [start, stop] (None: open)."""
    if start is None and stop is None:
        return True
    if not date:
        return False
    last = end or date
    if start and last[: len(start)] < start[: len(last)]:
        return False
    return not (stop and date[: len(stop)] > stop[: len(date)])


def when(
    props: Mapping[str, Any], other: Mapping[str, Any] | None = None
) -> tuple[str | None, str | None, int | None]:
    """(date, end, year) of a fact; an event at the other end lends its dates."""
    date = props.get("start") or props.get("date") or props.get("since")
    end = props.get("end")
    year = props.get("year")
    if (
        date is None
        and other is not None
        and other.get("label") == Label.EVENT
        and other.get("start")
        and (year is None or str(other["start"]).startswith(str(year)))
    ):
        date, end = other["start"], end or other.get("end_date")
    if date is None and year is not None:
        date = str(year)
    if year is None and date and date[:4].isdigit():
        year = int(date[:4])
    return (str(date) if date is not None else None), end, year


# -- shared shaping ------------------------------------------------------------------


def quotes(props: Mapping[str, Any]) -> list[Quote]:
    """The evidence sentences of a relationship, each with its report and span."""
    texts = props.get("evidence") or []
    sources = props.get("evidence_sources") or []
    spans = props.get("evidence_spans") or []
    return [
        Quote(
            text,
            sources[i] if i < len(sources) else None,
            spans[i] if i < len(spans) else None,
        )
        for i, text in enumerate(texts)
    ]


def fact_properties(props: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in props.items() if k not in FACT_META}


def direction(rel_type: str, outgoing: bool) -> str:
    if rel_type in _UNDIRECTED:
        return "both"
    return "out" if outgoing else "in"


def _time_key(date: str | None, *rest: str) -> tuple[bool, str, tuple[str, ...]]:
    return (date is None, date or "", rest)


def node(graph: Graph, entity_id: str) -> tuple[str, dict[str, Any]] | None:
    """(label, properties) of the node with this id, or None."""
    rows = graph.read("read_node", id=entity_id)
    return (rows[0]["label"], rows[0]["props"]) if rows else None


def require(graph: Graph, entity_id: str, label: Label | None = None) -> Ref:
    """The entity with this id (of this label, if given); raises UnknownEntity."""
    found = node(graph, entity_id)
    if found is None or (label is not None and found[0] != label):
        raise UnknownEntity(entity_id, label)
    return Ref.of({**found[1], "label": found[0]})


# -- search --------------------------------------------------------------------------


def search(graph: Graph, q: str, label: str | None = None, limit: int = 20) -> list[SearchHit]:
    """Entities whose names or aliases match `q`, best first.

    `q` is normalized like the stored search keys (width, case, simplified and variant
    characters, punctuation), so 釜山, 釜山, 'busan' and 'BUSAN' meet. Ranking: the whole
    key equals a name > a name starts with it > a name contains it; then shorter names.
    """
    key = match_key(q or "")
    if not key:
        raise ValueError("q has no letters or digits to search for")
    checked = str(check_label(label)) if label else None
    if not 1 <= limit <= MAX_SEARCH:
        raise ValueError(f"limit must be between 1 and {MAX_SEARCH}")
    return _search_key(graph, key, checked, limit)


def _search_key(graph: Graph, key: str, label: str | None, limit: int) -> list[SearchHit]:
    rows = graph.search_index.search(graph, key, label, limit)
    return [
        SearchHit(
            id=row["id"],
            label=row["label"],
            name_zh=row["name_zh"] or "",
            name_en=row["name_en"] or "",
            aliases=list(row["aliases"] or []),
            country=row.get("country"),
            match=_MATCH_KINDS[row["rank"]],
        )
        for row in rows
    ]


def closest(
    graph: Graph, wanted: str, label: Label | None = None, limit: int = 5
) -> list[SearchHit]:
    """Entities whose names are closest to an unknown id or name (for a 404).

    Searches the id's last segment ('city:kr:busann' → 'busann'), and the segment before
    it when the last is a number (an edition's year); when nothing matches, ever shorter
    prefixes of the last segment (down to 3 letters or 1 CJK character).
    """
    segments = [s for s in wanted.split(":") if match_key(s)]
    if not segments:
        return []
    tail = segments[-1]
    terms = [tail]
    if tail.isdigit() and len(segments) > 1:
        terms.insert(0, segments[-2])
    hits: dict[str, SearchHit] = {}
    label_name = str(label) if label else None
    for term in terms:
        for hit in _search_key(graph, match_key(term), label_name, limit):
            hits.setdefault(hit.id, hit)
    key = match_key(tail)
    shortest = 1 if not key.isascii() else 3  # one CJK character says more than a letter
    while not hits and len(key) > shortest:
        key = key[: max(shortest, (len(key) + 1) // 2)]
        for hit in _search_key(graph, key, label_name, limit):
            hits.setdefault(hit.id, hit)
    return list(hits.values())[:limit]


def closest_sources(graph: Graph, wanted: str, limit: int = 5) -> list[SearchHit]:
    """Loaded reports whose ids are closest to an unknown Source id."""
    known = {s.id: s for s in sources(graph)}
    names = get_close_matches(wanted, list(known), n=limit, cutoff=0.3)
    return [
        SearchHit(name, str(Label.SOURCE), known[name].title, "", [], None, "contains")
        for name in names
    ]


# -- one entity ----------------------------------------------------------------------


def _relation_view(row: Mapping[str, Any]) -> RelationView:
    return RelationView(
        type=row["type"],
        direction=direction(row["type"], row["outgoing"]),
        other=Ref.of(row["other"]),
        **Fact.fields(row["props"], row["other"]),
    )


def entity(graph: Graph, entity_id: str) -> EntityDetail:
    """The entity, its properties, and its relationships grouped by type (no MENTIONS)."""
    found = node(graph, entity_id)
    if found is None:
        raise UnknownEntity(entity_id)
    label, props = found
    groups: dict[str, list[RelationView]] = {}
    for row in graph.read("read_node_relations", id=entity_id):
        groups.setdefault(row["type"], []).append(_relation_view(row))
    for views in groups.values():
        views.sort(key=lambda v: _time_key(v.date, v.other.id))
    return EntityDetail(
        id=props["id"],
        label=label,
        name_zh=props.get("name_zh") or "",
        name_en=props.get("name_en") or "",
        aliases=list(props.get("aliases") or []),
        properties={k: v for k, v in props.items() if k not in NODE_META},
        sources=list(props.get("sources") or []),
        relationships=dict(sorted(groups.items())),
    )


# -- contacts ------------------------------------------------------------------------


def _pick_link(links: Sequence[Mapping[str, Any]], year: int | None) -> Mapping[str, Any]:
    """The member's link to show for a fact of `year`: the title held that year, else a
    current one, else the shortest chain."""

    def score(link: Mapping[str, Any]) -> tuple[int, int, int, int]:
        return (
            0 if year is not None and link.get("year") == year else 1,
            1 if link.get("former") else 0,
            link.get("hops") or 1,
            -(link.get("year") or 0),
        )

    return min(links, key=score)


def _via(member: Mapping[str, Any], link: Mapping[str, Any]) -> Via:
    through = link.get("through")
    return Via(
        id=member["id"],
        label=member.get("label") or "",
        name_zh=member.get("name_zh") or "",
        name_en=member.get("name_en") or "",
        link=link.get("type") or "",
        title_zh=link.get("title_zh"),
        title_en=link.get("title_en"),
        former=link.get("former"),
        through=Ref.of(through) if through else None,
    )


def _counterpart(row: Mapping[str, Any], relation: str | None = None) -> Counterpart:
    return Counterpart(
        id=row["id"],
        label=row.get("label") or "",
        name_zh=row.get("name_zh") or "",
        name_en=row.get("name_en") or "",
        country=row.get("country"),
        relation=relation if relation is not None else row.get("relation"),
        status=row.get("status"),
        role=row.get("role"),
        inferred=bool(row.get("inferred")),
    )


def _event_parties(graph: Graph, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Event id → {'event': event row, 'parties': [party rows]}."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return {row["event"]["id"]: row for row in graph.read("read_event_parties", ids=wanted)}


def _contact(
    row: Mapping[str, Any],
    actor: str,
    via: Via | None,
    insiders: set[str],
    events: Mapping[str, Mapping[str, Any]],
) -> Contact:
    props, other, rel_type = row["props"], row["other"], row["type"]
    date, end, year = when(props, other)
    counterparts = [_counterpart(other)]
    if rel_type in EVENT_LINKS and other["id"] in events:
        counterparts += [
            _counterpart(party)
            for party in events[other["id"]]["parties"]
            if party["id"] not in insiders and party["id"] != actor
        ]
    invited_to = props.get("event") if rel_type == RelType.INVITED else None
    if invited_to in events:
        counterparts.append(_counterpart(events[invited_to]["event"], relation="EVENT"))
    return Contact(
        date=date,
        end=end,
        year=year,
        kind=rel_type,
        direction=direction(rel_type, row["outgoing"]),
        counterparts=counterparts,
        via=via,
        properties=fact_properties(props),
        evidence=quotes(props),
        sources=list(props.get("sources") or []),
        inferred=bool(props.get("inferred")),
    )


def contacts(
    graph: Graph, entity_id: str, start: str | None = None, stop: str | None = None
) -> ContactList:
    """Every contact of an entity, in time order (see `_contacts`); kept in the graph's
    read cache until the next load."""
    key = ("contacts", entity_id, start, stop)
    return graph.read_cache.get(graph, key, lambda: _contacts(graph, entity_id, start, stop))


def _contacts(
    graph: Graph, entity_id: str, start: str | None = None, stop: str | None = None
) -> ContactList:
    """Every contact of an entity, in time order.

    Its own relationships (not the structural ones: MENTIONS, LOCATED_IN, HOLDS_TITLE,
    EDITION_OF); the relationships of its members — people with a title there,
    organizations and cities located in it and their people, editions of a series —
    each with `via`; for events it took part in or hosted, everyone else who did.
    `start`/`stop` keep contacts whose dates overlap that period (undated ones drop out).
    """
    start, stop = check_period(start, stop)
    subject = require(graph, entity_id)
    direct = [
        row
        for row in graph.read("read_node_relations", id=entity_id)
        if row["type"] not in STRUCTURAL
    ]
    members = graph.read("read_member_relations", id=entity_id, skip=list(STRUCTURAL))
    insiders = {entity_id} | {row["member"]["id"] for row in members}
    event_ids = [row["other"]["id"] for row in [*direct, *members] if row["type"] in EVENT_LINKS]
    event_ids += [
        row["props"]["event"]
        for row in [*direct, *members]
        if row["type"] == RelType.INVITED and row["props"].get("event")
    ]
    events = _event_parties(graph, event_ids)

    found: list[Contact] = []
    seen: set[str] = set()
    for row, via, actor in [(r, None, entity_id) for r in direct] + [
        (r, _via(r["member"], _pick_link(r["links"], when(r["props"])[2])), r["member"]["id"])
        for r in members
    ]:
        key = row["props"].get("key") or f"{row['type']}:{actor}:{row['other']['id']}"
        if key in seen:
            continue
        seen.add(key)
        item = _contact(row, actor, via, insiders, events)
        if overlaps(item.date, item.end, start, stop):
            found.append(item)
    found.sort(key=lambda c: _time_key(c.date, c.kind, c.counterparts[0].id))
    return ContactList(entity=subject, contacts=found)


# -- event series attendance -----------------------------------------------------------


def _party(row: Mapping[str, Any], year: int | None) -> tuple[Ref, Via | None]:
    """The city a participant stands for, and the participant itself when it is not
    that city (a mayor, an office); unmapped participants stand for themselves."""
    party = row["party"]
    cities = row.get("cities") or []
    if party.get("label") == Label.CITY or not cities:
        return Ref.of(party), None
    link = _pick_link(cities, year)
    return Ref.of(link["city"]), _via(party, link)


def _party_cities(graph: Graph, parties: Iterable[Mapping[str, Any]]) -> dict[str, list[Any]]:
    """Party id → the cities it belongs to (links as `_pick_link` takes them), for the
    parties that are not cities; one query per label."""
    by_label: dict[str, set[str]] = {}
    for party in parties:
        if party.get("label") and party["label"] != Label.CITY:
            by_label.setdefault(party["label"], set()).add(party["id"])
    found: dict[str, list[Any]] = {}
    for label, ids in sorted(by_label.items()):
        rows = graph.read_for("read_party_cities", {"label": check_label(label)}, ids=sorted(ids))
        found.update({row["id"]: row["cities"] for row in rows})
    return found


def _edition_year(edition: Mapping[str, Any] | None, props: Mapping[str, Any]) -> int | None:
    if edition:
        if edition.get("year") is not None:
            return int(edition["year"])
        if edition.get("start") and str(edition["start"])[:4].isdigit():
            return int(str(edition["start"])[:4])
    return props.get("year")


def _add_fact(row: AttendanceRow, props: Mapping[str, Any], via: Via | None) -> None:
    role = props.get("role")
    if role and role not in row.roles:
        row.roles.append(role)
    if via is not None and via.id not in {v.id for v in row.via}:
        row.via.append(via)
    row.inferred = row.inferred and bool(props.get("inferred"))
    for quote in quotes(props):
        if quote not in row.evidence:
            row.evidence.append(quote)
    for source in props.get("sources") or []:
        if source not in row.sources:
            row.sources.append(source)


def attendance(graph: Graph, series_id: str) -> SeriesAttendance:
    """Attendance of an event series by year (see `_attendance`); kept in the graph's
    read cache until the next load."""
    return graph.read_cache.get(
        graph, ("attendance", series_id), lambda: _attendance(graph, series_id)
    )


def _attendance(graph: Graph, series_id: str) -> SeriesAttendance:
    """For each year of an event series: the parties that attended, and separately
    those only invited or planned to; hosts are listed apart and in neither list.

    People and offices count for their city (through HOLDS_TITLE / LOCATED_IN); a row
    is `inferred` when every fact behind it was inferred (e.g. from 「每年」).
    """
    rows = graph.read("read_series_editions", id=series_id)
    if not rows:
        raise UnknownEntity(series_id, Label.EVENT_SERIES)
    series = Ref.of(rows[0]["series"])
    editions = {row["edition"]["id"]: row for row in rows if row["edition"]}
    years: dict[int | None, dict[str, Any]] = {}

    def year_slot(year: int | None) -> dict[str, Any]:
        return years.setdefault(year, {"editions": [], "hosts": {}, "attended": {}, "invited": {}})

    for row in editions.values():
        ed = row["edition"]
        slot = year_slot(_edition_year(ed, {}))
        slot["editions"].append(
            Edition(
                ed["id"],
                ed.get("name_zh") or "",
                ed.get("name_en") or "",
                ed.get("start"),
                ed.get("end_date"),
                ed.get("year"),
            )
        )
        for host in row["hosts"]:
            slot["hosts"].setdefault(host["id"], Ref.of(host))

    facts = [
        (RelType.PARTICIPATED_IN, r) for r in graph.read("read_series_participation", id=series_id)
    ]
    facts += [
        (RelType.INVITED, r)
        for r in graph.read("read_series_invitations", editions=sorted(editions))
    ]
    cities = _party_cities(graph, [row["party"] for _, row in facts])
    for rel_type, row in facts:
        row["cities"] = cities.get(row["party"]["id"], [])
        props = row["props"]
        year = _edition_year(editions.get(row["edition"], {}).get("edition"), props)
        party, via = _party(row, year)
        default = "attended" if rel_type == RelType.PARTICIPATED_IN else "invited"
        status = props.get("status") or default
        bucket = "attended" if status == "attended" else "invited"
        slot = year_slot(year)
        entry = slot[bucket].setdefault(party.id, AttendanceRow(party=party, status=status))
        if bucket == "invited" and status == "invited":
            entry.status = "invited"
        _add_fact(entry, props, via)

    return SeriesAttendance(
        series=series,
        years=[
            _year_answer(year, slot)
            for year, slot in sorted(
                years.items(), key=lambda item: (item[0] is None, item[0] or 0)
            )
        ],
    )


def _year_answer(year: int | None, slot: Mapping[str, Any]) -> AttendanceYear:
    hosts = slot["hosts"]
    attended = [r for pid, r in slot["attended"].items() if pid not in hosts]
    invited = [
        r for pid, r in slot["invited"].items() if pid not in hosts and pid not in slot["attended"]
    ]

    def order(row: AttendanceRow) -> tuple[bool, str]:
        return (row.inferred, row.party.name_en or row.party.name_zh)

    return AttendanceYear(
        year=year,
        editions=sorted(slot["editions"], key=lambda e: e.start or ""),
        hosts=list(hosts.values()),
        attended=sorted(attended, key=order),
        invited=sorted(invited, key=order),
    )


# -- ties, paths, timeline -------------------------------------------------------------


def sister_cities(graph: Graph, city_id: str, status: str | None = None) -> list[Tie]:
    """A city's sister- and friendship-city ties, by ordinal then date."""
    if status is not None and status not in TIE_STATUSES:
        raise ValueError(f"status must be one of {', '.join(TIE_STATUSES)}, not {status!r}")
    rows = graph.read("read_ties", id=city_id, status=status)
    if not rows:
        require(graph, city_id, Label.CITY)
    ties = []
    for row in rows:
        props = row["props"]
        ordinal = props.get("ordinal")
        ties.append(
            Tie(
                type=row["type"],
                partner=Ref.of(row["partner"]),
                since=props.get("since"),
                ordinal=int(ordinal) if ordinal is not None else None,
                status=props.get("status"),
                year=when(props)[2],
                evidence=quotes(props),
                sources=list(props.get("sources") or []),
                inferred=bool(props.get("inferred")),
            )
        )
    ties.sort(
        key=lambda t: (
            t.ordinal is None,
            t.ordinal or 0,
            t.since is None,
            t.since or "",
            t.partner.name_en or t.partner.name_zh,
        )
    )
    return ties


def paths(
    graph: Graph, from_id: str, to_id: str, max_hops: int = 4, limit: int = 10
) -> list[FoundPath]:
    """The shortest connections between two entities (at most `max_hops` long)."""
    if not 1 <= max_hops <= MAX_HOPS:
        raise ValueError(f"max_hops must be between 1 and {MAX_HOPS}")
    if from_id == to_id:
        raise ValueError("from and to are the same entity")
    require(graph, from_id)
    require(graph, to_id)
    rows = graph.read(
        "read_paths", limit=limit, max_hops=max_hops, **{"from": from_id, "to": to_id}
    )
    found: dict[tuple[str, ...], FoundPath] = {}
    for row in rows:
        steps = [
            PathStep(
                type=rel["type"],
                source=rel["source"],
                target=rel["target"],
                properties=fact_properties(rel["props"]),
                evidence=quotes(rel["props"]),
                sources=list(rel["props"].get("sources") or []),
            )
            for rel in row["rels"]
        ]
        signature = tuple(n["id"] for n in row["nodes"]) + tuple(s.type for s in steps)
        found.setdefault(
            signature,
            FoundPath(len(steps), [Ref.of(n) for n in row["nodes"]], steps),
        )
    return [found[k] for k in sorted(found)]


def timeline(
    graph: Graph, start: str | None = None, stop: str | None = None, limit: int = 500
) -> tuple[list[TimelineItem], bool]:
    """Every dated fact overlapping [start, stop], in time order; and whether more
    than `limit` matched (the list is then cut)."""
    start, stop = check_period(start, stop)
    rows = graph.read(
        "read_timeline", skip=list(STRUCTURAL), limit=limit + 1, **{"from": start, "to": stop}
    )
    items = []
    for row in rows[:limit]:
        props = row["props"]
        year = props.get("year")
        items.append(
            TimelineItem(
                date=row["date"],
                end=row["end_date"],
                year=int(year) if year is not None else int(row["date"][:4]),
                kind=row["type"],
                source=Ref.of(row["source"]),
                target=Ref.of(row["target"]),
                properties=fact_properties(props),
                evidence=quotes(props),
                sources=list(props.get("sources") or []),
                inferred=bool(props.get("inferred")),
            )
        )
    return items, len(rows) > limit


# -- reports ---------------------------------------------------------------------------


def _summary(props: Mapping[str, Any], entities: int, relations: int) -> dict[str, Any]:
    return {
        "id": props["id"],
        "title": props.get("title") or props.get("name_zh") or "",
        "path": props.get("path"),
        "sha256": props.get("sha256"),
        "period_start": props.get("period_start"),
        "period_end": props.get("period_end"),
        "entities": entities,
        "relations": relations,
    }


def sources(graph: Graph) -> list[SourceSummary]:
    """The loaded reports, oldest period first, with entity and relationship counts."""
    summaries = [
        SourceSummary(**_summary(row["props"], row["entities"], row["relations"]))
        for row in graph.read("read_sources")
    ]
    return sorted(summaries, key=lambda s: (s.period_start or "", s.id))


def source(graph: Graph, source_id: str) -> SourceDetail:
    """One loaded report: its period and what it contributed, per label and type."""
    rows = graph.read("read_source", id=source_id)
    if not rows:
        raise UnknownEntity(source_id, Label.SOURCE)
    by_label = {item["label"]: item["count"] for item in rows[0]["labels"]}
    by_type = {
        row["type"]: row["total"] for row in graph.read("read_source_relations", id=source_id)
    }
    return SourceDetail(
        **_summary(rows[0]["props"], sum(by_label.values()), sum(by_type.values())),
        entities_by_label=dict(sorted(by_label.items())),
        relations_by_type=by_type,
    )


def graph_counts(graph: Graph) -> tuple[dict[str, int], dict[str, int]]:
    """Nodes per label and relationships per type."""
    nodes = {r["label"]: r["count"] for r in graph.read("count_nodes")}
    rels = {r["type"]: r["count"] for r in graph.read("count_relationships")}
    return nodes, rels
