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

A name the extraction does not know is a new entity when `from_label`/`to_label` says
what it is (Person, Organization or Event); a place is one the gazetteer knows. Added
facts carry `corrected = true`; their evidence is the sentence holding the quote, as
the rules' is. An entity only removed facts joined goes with them. Loading, extracting
and the review apply the file whenever it is there; scoring never does (it measures
the rules).
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from citygraph.errors import ReportInputError
from graph.model import (
    CORRECTED,
    ENDPOINTS,
    HOME_CITY_ID,
    PARTICIPATION_STATUSES,
    TIE_STATUSES,
    UNDIRECTED,
    Entity,
    Evidence,
    Extraction,
    Label,
    Relation,
    RelType,
)
from loaders.events import edition_id, event_kind, split_event_name
from loaders.facts import (
    another_meeting,
    another_trip,
    id_fragment,
    is_latin,
    place_entity,
    scoped_org_prefix,
)
from loaders.gazetteer import Gazetteer
from loaders.lexicon import lexicon
from loaders.reading import normalize
from loaders.rules.bodies import city_body_name
from loaders.scoring import SCORED_TYPES, ExpectedFact, FactMatcher, fact_rows, parse_fact
from loaders.structure import ParsedReport

SUFFIX = ".corrections.toml"

_STRUCTURAL = (RelType.LOCATED_IN, RelType.EDITION_OF)
_CORRECTABLE = frozenset({*SCORED_TYPES, *_STRUCTURAL})

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
#: Facts the rules give a year even where no date is written: the report's, or for
#: taking part and invitations the event's.
_DATED = frozenset(
    {
        RelType.VISITED,
        RelType.PARTICIPATED_IN,
        RelType.HOLDS_TITLE,
        RelType.INVITED,
        RelType.MET_WITH,
    }
)
_NEW_LABELS = {"Person": Label.PERSON, "Organization": Label.ORGANIZATION, "Event": Label.EVENT}
_LABEL_KEYS = {"from": "from_label", "to": "to_label"}
#: How a report names the city's own government before one of its bodies (本府觀光局).
_HOME_PREFIX = re.compile(r"^(?:本府|本市)")


@dataclass(frozen=True)
class Addition:
    fact: ExpectedFact
    #: The label a new entity at each end takes ("from"/"to"), when the file gives one.
    new_labels: dict[str, Label]


@dataclass(frozen=True)
class Corrections:
    path: Path
    additions: list[Addition]
    removals: list[ExpectedFact]


@dataclass
class Applied:
    """What applying a corrections file did to one report's extraction."""

    path: Path
    added: int = 0
    changed: int = 0  # facts the rules read that an [[add]] gave other properties
    removed: int = 0
    #: Entries with nothing to do: an addition the rules read already, a removal that
    #: matches nothing read (the rules may have been mended since the file was written).
    idle: list[str] = field(default_factory=list)

    def describe(self) -> str:
        text = (
            f"corrected by {self.path}: {self.added} added, {self.changed} changed, "
            f"{self.removed} removed"
        )
        return text + (f" ({'; '.join(self.idle)})" if self.idle else "")


class _EntryError(Exception):
    """What is wrong with one entry (its messages are gathered, then raised as one)."""


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
    unknown = sorted(set(tables) - {"add", "remove", "report"})
    if unknown:
        raise ReportInputError(
            str(path), f"unknown key {unknown[0]!r}: a corrections file has [[add]], [[remove]]"
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
            except (_EntryError, ReportInputError) as exc:
                problems.append(exc.problem if isinstance(exc, ReportInputError) else str(exc))
    if problems:
        raise ReportInputError(str(path), "; ".join(problems))
    if not additions and not removals:
        raise ReportInputError(str(path), "lists no [[add]] or [[remove]]")
    return Corrections(path, additions, removals)


def _addition(row: dict[str, Any], number: int, path: Path) -> Addition:
    where = f"add #{number}"
    fact = parse_fact(row, number, path, "add", frozenset(_LABEL_KEYS.values()))
    _check_fact(fact, where)
    if not fact.quote or not fact.quote.strip():
        raise _EntryError(f"{where}: needs quote = the report's words that state the fact")
    labels = {}
    for end, key in _LABEL_KEYS.items():
        if key in row:
            label = _NEW_LABELS.get(row[key]) if isinstance(row[key], str) else None
            if label is None:
                raise _EntryError(
                    f"{where}: {key} must be {', '.join(_NEW_LABELS)}, not {row[key]!r} "
                    "(a place is named as the gazetteer knows it, or by its id)"
                )
            labels[end] = label
    return Addition(fact, labels)


def _removal(row: dict[str, Any], number: int, path: Path) -> ExpectedFact:
    where = f"remove #{number}"
    if any(key in row for key in _LABEL_KEYS.values()):
        raise _EntryError(f"{where}: a removal names facts read, so takes no labels")
    fact = parse_fact(row, number, path, "remove")
    _check_fact(fact, where)
    return fact


def _check_fact(fact: ExpectedFact, where: str) -> None:
    """The entry's type, ends and properties as the graph model has them."""
    if fact.type not in _CORRECTABLE:
        raise _EntryError(f"{where}: {fact.type} facts are the graph's own, not a reader's")
    for end in (fact.source, fact.target):
        if not end.strip():
            raise _EntryError(f"{where}: 'from' and 'to' must name something")
    allowed = _PROPERTIES[fact.type]
    for key, value in fact.properties.items():
        if key not in allowed:
            known = ", ".join(sorted(allowed)) or "none"
            raise _EntryError(f"{where}: {fact.type} has no property {key!r} (it has: {known})")
        _check_value(key, value, fact.type, where)
    start, end = fact.properties.get("start"), fact.properties.get("end")
    if isinstance(start, str) and isinstance(end, str) and end < start:
        raise _EntryError(f"{where}: end {end} is before start {start}")
    dated = _dated(fact.properties)
    year = fact.properties.get("year")
    if year is not None and dated is not None and str(dated)[:4] != str(year):
        raise _EntryError(f"{where}: year {year} is not the year of {dated}")


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
        raise _EntryError(f"{where}: {key} must be {wanted}, not {value!r}{hint}")
    statuses = _STATUSES.get(kind)
    if key == "status" and statuses is not None and value not in statuses:
        raise _EntryError(
            f"{where}: status of {kind} is one of {', '.join(statuses)}, not {value!r}"
        )


def _dated(properties: dict[str, Any]) -> str | None:
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


def apply_corrections(
    extraction: Extraction, parsed: ParsedReport, corrections: Corrections
) -> Applied:
    """Remove, change and add what the file says, in place. Entries that cannot be
    applied (an unknown or ambiguous name, a quote not in the report, ends the graph
    model does not allow…) raise one ReportInputError naming the file and each of them,
    and the extraction is then left as it was."""
    return _Applying(extraction, parsed, corrections).run()


class _Applying:
    """One corrections file applied to one report's extraction."""

    def __init__(
        self, extraction: Extraction, parsed: ParsedReport, corrections: Corrections
    ) -> None:
        self.extraction = extraction
        self.parsed = parsed
        self.corrections = corrections
        self.applied = Applied(corrections.path)
        self.matcher = FactMatcher(extraction)
        self.entities = {entity.id: entity for entity in extraction.entities}
        self.new_entities: dict[str, Entity] = {}
        self.new_by_name: dict[str, str] = {}
        #: names an entry gave an entity the extraction had under another (merged in)
        self.new_aliases: dict[str, list[str]] = {}
        #: new events, each with the series it is an edition of (EDITION_OF to write)
        self.editions: dict[str, str] = {}
        self.problems: list[str] = []

    def run(self) -> Applied:
        kept = self._removing(list(self.extraction.relations))
        removed = [r for r in self.extraction.relations if not any(r is k for k in kept)]
        by_key = {relation.key: i for i, relation in enumerate(kept)}
        added: dict[str, tuple[int, Relation]] = {}
        for number, addition in enumerate(self.corrections.additions, start=1):
            try:
                self._adding(number, addition, kept, by_key, added)
            except _EntryError as exc:
                self.problems.append(str(exc))
        if self.problems:
            raise ReportInputError(str(self.corrections.path), "; ".join(self.problems))
        new = [relation for _, relation in added.values()]
        relations = kept + new
        entities = [*self.extraction.entities, *self.new_entities.values()]
        gone = _left_alone(removed, relations, entities)
        self.extraction.relations[:] = [
            r for r in relations if r.source not in gone and r.target not in gone
        ]
        self.extraction.entities[:] = [e for e in entities if e.id not in gone]
        for entity_id, names in self.new_aliases.items():
            self.entities[entity_id].merge_aliases(names)
        self.applied.added = sum(r.source not in gone and r.target not in gone for r in new)
        return self.applied

    def _removing(self, relations: list[Relation]) -> list[Relation]:
        for number, fact in enumerate(self.corrections.removals, start=1):
            gone = [r for r in relations if r.type == fact.type and self.matcher.matches(fact, r)]
            if not gone:
                self.applied.idle.append(f"remove #{number} matches nothing read")
            relations = [r for r in relations if not any(r is g for g in gone)]
            self.applied.removed += len(gone)
        return relations

    def _adding(
        self,
        number: int,
        addition: Addition,
        kept: list[Relation],
        by_key: dict[str, int],
        added: dict[str, tuple[int, Relation]],
    ) -> None:
        where = f"add #{number}"
        fact = addition.fact
        if any(r.type == fact.type and self.matcher.matches(fact, r) for r in kept):
            self.applied.idle.append(f"{where} is read already")
            return
        source = self._end(fact.source, addition.new_labels.get("from"), where)
        target = self._end(fact.target, addition.new_labels.get("to"), where)
        if source == target:
            raise _EntryError(f"{where}: a fact joins two different entities")
        labels = (self._label(source), self._label(target))
        allowed_from, allowed_to = ENDPOINTS[fact.type]
        if labels[0] not in allowed_from or labels[1] not in allowed_to:
            raise _EntryError(
                f"{where}: {fact.type} cannot join {_a(labels[0])} to {_a(labels[1])}"
            )
        properties = self._properties(fact, target, where)
        said = self._evidence(fact.quote or "", where)
        relation = Relation(fact.type, source, target, properties, [said])
        relation = _as_known(relation, [*kept, *(r for _, r in added.values())])
        for end in (source, target):
            if end in self.editions:  # a new event: the edition of its series
                series = self.editions[end]
                edition = Relation(RelType.EDITION_OF, end, series, {CORRECTED: True}, [said])
                added.setdefault(edition.key, (number, edition))
        if relation.key in added:
            self.applied.idle.append(f"{where} is add #{added[relation.key][0]} again")
        elif relation.key in by_key:  # the rules read it, with other properties
            known = kept[by_key[relation.key]]
            evidence = known.evidence + [e for e in relation.evidence if e not in known.evidence]
            kept[by_key[relation.key]] = replace(
                known, properties={**known.properties, **properties}, evidence=evidence
            )
            self.applied.changed += 1
        else:
            added[relation.key] = (number, relation)

    def _entity(self, entity_id: str) -> Entity | None:
        """The entity of `entity_id`: one the extraction has, or one an entry made."""
        return self.entities.get(entity_id) or self.new_entities.get(entity_id)

    def _label(self, entity_id: str) -> Label:
        """The label of an entity an end resolved to (which `_end` found or made)."""
        entity = self._entity(entity_id)
        if entity is None:
            raise KeyError(entity_id)
        return entity.label

    def _end(self, reference: str, new_label: Label | None, where: str) -> str:
        """The id of the entity `reference` names: one the extraction knows, a place of
        the gazetteer, one an earlier entry made, or a new one of `new_label`."""
        reference = reference.strip()
        if reference in self.new_by_name:
            return self.new_by_name[reference]
        known = sorted(self.matcher.ids(reference))
        if len(known) > 1:
            raise _EntryError(f"{where}: {reference!r} names {', '.join(known)}: write the id")
        if known:
            return self._known(known[0], reference, new_label, where)
        if new_label is None:
            raise _EntryError(
                f"{where}: no entity named {reference!r} was read from the report; give its "
                'id, or say what it is (from_label/to_label = "Person", "Organization" or '
                '"Event"; one known only by a title, 許局長, is a led_by)'
            )
        entity = self._new_entity(reference, new_label)
        if entity.id in self.entities:  # a name of one the rules read (高雄市鳳山國中)
            self.new_aliases.setdefault(entity.id, []).append(reference)
        else:
            self.new_entities.setdefault(entity.id, entity)
        self.new_by_name[reference] = entity.id
        return entity.id

    def _known(self, entity_id: str, reference: str, new_label: Label | None, where: str) -> str:
        entity = self._entity(entity_id)
        if entity is None:  # an id, or a place the gazetteer knows, the report did not name
            place = Gazetteer.default().get(entity_id)
            if place is None or not Gazetteer.default().knows(place):
                raise _EntryError(f"{where}: no entity {reference!r} in the report or gazetteer")
            entity = place_entity(place, None if ":" in reference else reference)
            self.new_entities[entity.id] = entity
        if new_label is not None and entity.label != new_label:
            raise _EntryError(f"{where}: {reference!r} is {_a(entity.label)} ({entity.id})")
        return entity.id

    def _new_entity(self, name: str, label: Label) -> Entity:
        """A new person, body or event named `name`, with the id the rules would give
        it where they can tell (a body of the city's own; one under a place it opens
        with, 韓國釜山市議會 → org:kr:busan:議會)."""
        name_en = name if is_latin(name) else ""
        if label == Label.PERSON:
            return Entity(f"person:{id_fragment(name)}", label, name, name_en)
        if label == Label.EVENT:
            return self._new_event(name)
        home = lexicon().home_org(_HOME_PREFIX.sub("", name))
        if home is not None:
            props = {"kind": home.kind}
            return Entity(home.id, label, home.name_zh, home.name_en, [name], props)
        kind = lexicon().org_kind(name)
        props = {"kind": kind} if kind else {}
        for mention in Gazetteer.default().find_places(name)[:1]:
            own = city_body_name(name, mention)
            if own is not None:
                org_id = scoped_org_prefix(mention.place.id) + id_fragment(own)
                return Entity(org_id, label, name, name_en, [own], props)
        return Entity(f"org:{id_fragment(name)}", label, name, name_en, [], props)

    def _new_event(self, name: str) -> Entity:
        """An edition of the series its name tells, of the year it tells (else the
        report's), with the id the rules give it (「2016八王子祭」 → the 八王子祭 series'
        edition of 2016); the series too, if the extraction lacks it."""
        report_year = self._report_year()
        key, named_year, ordinal, name_en = split_event_name(normalize(name), report_year)
        year = named_year or report_year
        entry = lexicon().series_for(key)
        if entry is not None:
            series = Entity(entry.id, Label.EVENT_SERIES, entry.name_zh, entry.name_en)
        else:
            series = Entity(f"series:{id_fragment(key)}", Label.EVENT_SERIES, key, "")
        if series.id not in self.entities:
            self.new_entities.setdefault(series.id, series)
        props: dict[str, Any] = {"kind": event_kind(key) or "event", "series": series.id}
        props |= {"year": year} if year else {}
        props |= {"edition": ordinal} if ordinal else {}
        event_id = edition_id(series.id, year) if year else f"event:{id_fragment(name)}"
        self.editions[event_id] = series.id
        name_en = name_en or (name if is_latin(name) else "")
        return Entity(event_id, Label.EVENT, name, name_en, [], props)

    def _properties(self, fact: ExpectedFact, target: str, where: str) -> dict[str, Any]:
        properties: dict[str, Any] = dict(fact.properties)
        event = properties.get("event")
        if isinstance(event, str):  # an event named as the report names it, or its id
            ids = sorted(i for i in self.matcher.ids(event) if self._is_event(i))
            if len(ids) != 1:
                raise _EntryError(
                    f"{where}: event {event!r} names no one event the report tells of"
                )
            properties["event"] = ids[0]
        dated = _dated(properties)
        year = int(dated[:4]) if dated is not None else None
        if "year" not in properties and fact.type in _DATED:
            told = properties.get("event", target)
            event_year = self._event_year(told)
            if year is None:
                year = event_year if event_year is not None else self._report_year()
            if year is not None:
                properties["year"] = year
        elif "year" not in properties and year is not None:
            properties["year"] = year
        properties[CORRECTED] = True
        return properties

    def _is_event(self, entity_id: str) -> bool:
        known = self._entity(entity_id)
        return known is not None and known.label == Label.EVENT

    def _event_year(self, entity_id: str) -> int | None:
        known = self._entity(entity_id)
        if known is None or known.label != Label.EVENT:
            return None
        year = known.properties.get("year")
        return year if isinstance(year, int) else None

    def _report_year(self) -> int | None:
        return self.parsed.period.year if self.parsed.period else None

    def _evidence(self, quote: str, where: str) -> Evidence:
        """The sentence holding `quote` (or, where it runs over sentences, the quote's own
        span of the report)."""
        source_id = self.extraction.sources[0].id
        wanted = normalize(quote.strip())
        for sentence in self.parsed.sentences:
            if wanted in normalize(sentence.text):
                return Evidence(source_id, sentence.text, sentence.start, sentence.end)
        at = normalize(self.parsed.text).find(wanted)
        if at < 0:
            shown = quote if len(quote) <= 40 else quote[:40] + "…"
            raise _EntryError(f"{where}: the quote {shown!r} is not in the report")
        return Evidence(source_id, self.parsed.text[at : at + len(wanted)], at, at + len(wanted))


def _left_alone(
    removed: list[Relation], relations: list[Relation], entities: list[Entity]
) -> set[str]:
    """The cities, people, bodies and events only removed facts joined (a place read
    out of 航空轉運城市): they go, with what only places them (their LOCATED_IN and
    EDITION_OF), and a series none of whose editions is left."""
    labels = {entity.id: entity.label for entity in entities}
    ends = {end for r in removed if r.type not in _STRUCTURAL for end in (r.source, r.target)}
    joined = {end for r in relations if r.type not in _STRUCTURAL for end in (r.source, r.target)}
    joined |= {r.target for r in relations if r.type in _STRUCTURAL}  # a place of others
    joined |= {str(r.properties["event"]) for r in relations if "event" in r.properties}
    gone = {
        end
        for end in ends - joined
        if labels.get(end) not in (None, Label.COUNTRY) and end != HOME_CITY_ID
    }
    series = {r.target for r in relations if r.type == RelType.EDITION_OF and r.source in gone}
    kept_series = {
        r.target for r in relations if r.type == RelType.EDITION_OF and r.source not in gone
    }
    return gone | (series - kept_series)


def _as_known(relation: Relation, known: list[Relation]) -> Relation:
    """`relation` as the extraction would hold it: a tie or meeting in the order the
    rules wrote the pair; a visit or meeting the same as one known on its days (with its
    `trip`/`meeting` tag), or tagged as another that year."""
    same_type = [r for r in known if r.type == relation.type]
    pair = (relation.source, relation.target)
    as_written = any((r.source, r.target) == pair for r in same_type)
    turned = any((r.target, r.source) == pair for r in same_type)
    if relation.type in UNDIRECTED and turned and not as_written:
        relation = replace(relation, source=relation.target, target=relation.source)
    tag = {RelType.VISITED: "trip", RelType.MET_WITH: "meeting"}.get(relation.type)
    if tag is None:
        return relation
    props = relation.properties
    siblings = [
        r
        for r in same_type
        if (r.source, r.target) == (relation.source, relation.target)
        and r.properties.get("year") == props.get("year")
    ]
    if not siblings:
        return relation
    for sibling in siblings:
        if not _another_on_other_days(relation, sibling):
            told = {k: v for k, v in props.items() if k != tag}
            if tag in sibling.properties:
                told[tag] = sibling.properties[tag]
            return replace(relation, properties=told)
    day = props.get("start") if tag == "trip" else props.get("date") or props.get("start")
    return replace(relation, properties={**props, tag: day}) if day else relation


def _another_on_other_days(relation: Relation, known: Relation) -> bool:
    if relation.type == RelType.VISITED:
        by_person = relation.source.startswith("person:")
        return another_trip(relation.type, known.properties, relation.properties, by_person)
    return another_meeting(relation.type, known.properties, relation.properties)


def _a(label: Label) -> str:
    return f"{'an' if str(label)[0] in 'AEIOU' else 'a'} {label}"
