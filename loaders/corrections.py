"""A reader's corrections to what the rules read from one report.

On a report of a kind the rules have not met, some facts are missed and a few are
wrong (README, "How well it generalizes"). Whoever reviews the report
(`citygraph extract FILE --format review`) writes what to change in a file beside it,
`<report name>.corrections.toml`, in the form of the expected-facts files
(tests/data/README.md):

    [[add]]                        # a fact the rules missed
    type = "VISITED"
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
what it is (Person or Organization; a place must be one the gazetteer knows). Added
facts carry `corrected = true`, so the graph tells what a reader added from what the
rules read; their evidence is the sentence holding the quote, as the rules' is.
Loading, extracting and the review apply the file whenever it is there; scoring never
does (it measures the rules).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from citygraph.errors import ReportInputError
from graph.model import (
    ENDPOINTS,
    PARTICIPATION_STATUSES,
    TIE_STATUSES,
    Entity,
    Evidence,
    Extraction,
    Label,
    Relation,
    RelType,
)
from loaders.facts import id_fragment, is_latin
from loaders.reading import normalize
from loaders.scoring import ExpectedFact, FactMatcher, fact_rows, parse_fact
from loaders.structure import ParsedReport

SUFFIX = ".corrections.toml"

#: The property a fact a reader added carries.
CORRECTED = "corrected"

#: What a new entity named in a correction may be (places come from the gazetteer, and
#: events and series from the rules that name them, with their dates and editions).
_NEW_LABELS = {"Person": Label.PERSON, "Organization": Label.ORGANIZATION}
_LABEL_KEYS = {"from": "from_label", "to": "to_label"}
_PROPERTY_KEY = re.compile(r"[a-z][a-z_]*")
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_DATE_KEYS = ("start", "end", "date", "since")
_STATUS_VALUES = {
    RelType.PARTICIPATED_IN: PARTICIPATION_STATUSES,
    RelType.SISTER_CITY_OF: TIE_STATUSES,
    RelType.FRIENDSHIP_CITY_OF: TIE_STATUSES,
    RelType.SIGNED_MOU: TIE_STATUSES,
    RelType.SISTER_SCHOOL_OF: TIE_STATUSES,
}


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
    removed: int = 0
    #: Entries with nothing to do: an addition the rules read already, a removal that
    #: matches nothing read (the rules may have been mended since the file was written).
    idle: list[str] = field(default_factory=list)

    def describe(self) -> str:
        text = f"corrected by {self.path}: {self.added} added, {self.removed} removed"
        return text + (f" ({'; '.join(self.idle)})" if self.idle else "")


def corrections_path(report: Path) -> Path:
    """Where the corrections of `report` are kept: beside it, named after it."""
    return report.with_name(report.stem + SUFFIX)


def read_corrections(path: Path) -> Corrections:
    """Parse a corrections file; errors name the file and the entry (`add #2`)."""
    return parse_corrections(path.read_bytes(), path)


def parse_corrections(data: bytes, path: Path) -> Corrections:
    """Parse the bytes of a corrections file (UTF-8; one uploaded has no file of its
    own, and `path` is then the name it is known by)."""
    try:
        tables = tomllib.loads(data.decode("utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ReportInputError(str(path), f"not a valid TOML file: {exc}") from None
    unknown = sorted(set(tables) - {"add", "remove", "report"})
    if unknown:
        raise ReportInputError(
            str(path), f"unknown table {unknown[0]!r}: a corrections file has [[add]], [[remove]]"
        )
    additions = [
        _addition(row, number, path)
        for number, row in enumerate(fact_rows(tables, "add", path), start=1)
    ]
    removals = [
        parse_fact(row, number, path, "remove")
        for number, row in enumerate(fact_rows(tables, "remove", path), start=1)
    ]
    for number, fact in enumerate(removals, start=1):
        _check_properties(fact, path, f"remove #{number}")
    if not additions and not removals:
        raise ReportInputError(str(path), "lists no [[add]] or [[remove]]")
    return Corrections(path, additions, removals)


def _addition(row: dict[str, Any], number: int, path: Path) -> Addition:
    where = f"add #{number}"
    fact = parse_fact(row, number, path, "add", frozenset(_LABEL_KEYS.values()))
    if not fact.quote or not fact.quote.strip():
        raise ReportInputError(
            str(path), f"{where}: needs quote = the report's words that state the fact"
        )
    _check_properties(fact, path, where)
    labels = {}
    for end, key in _LABEL_KEYS.items():
        if key in row:
            label = _NEW_LABELS.get(row[key])
            if label is None:
                raise ReportInputError(
                    str(path),
                    f"{where}: {key} must be {' or '.join(_NEW_LABELS)}, not {row[key]!r} "
                    "(places come from the gazetteer: seed/gazetteer/places.csv)",
                )
            labels[end] = label
    return Addition(fact, labels)


def _check_properties(fact: ExpectedFact, path: Path, where: str) -> None:
    for key, value in fact.properties.items():
        if not _PROPERTY_KEY.fullmatch(key):
            raise ReportInputError(str(path), f"{where}: {key!r} is no property name")
        if not isinstance(value, str | int | bool) and not (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        ):
            raise ReportInputError(
                str(path), f"{where}: {key} must be text, a number or true/false"
            )
        if key in _DATE_KEYS and not (isinstance(value, str) and _ISO_DATE.fullmatch(value)):
            raise ReportInputError(
                str(path),
                f"{where}: {key} must be a date as 2013, 2013-06 or 2013-06-09, not {value!r}",
            )
    allowed = _STATUS_VALUES.get(fact.type)
    status = fact.properties.get("status")
    if status is not None and allowed is not None and status not in allowed:
        raise ReportInputError(
            str(path),
            f"{where}: status of {fact.type} is one of {', '.join(allowed)}, not {status!r}",
        )


def apply_corrections(
    extraction: Extraction, parsed: ParsedReport, corrections: Corrections
) -> Applied:
    """Remove and add what the file says, in place; an entry that cannot be applied
    (an unknown or ambiguous name, a quote not in the report, ends the graph model
    does not allow) raises ReportInputError naming the file and the entry, and the
    extraction is then left as it was."""
    path = corrections.path
    applied = Applied(path)
    matcher = FactMatcher(extraction)
    entities = {entity.id: entity for entity in extraction.entities}
    kept = list(extraction.relations)
    for number, fact in enumerate(corrections.removals, start=1):
        gone = [r for r in kept if r.type == fact.type and matcher.matches(fact, r)]
        if not gone:
            applied.idle.append(f"remove #{number} matches nothing read")
        kept = [r for r in kept if not any(r is g for g in gone)]
        applied.removed += len(gone)
    new_entities: dict[str, Entity] = {}
    added: list[Relation] = []
    source_id = extraction.sources[0].id
    for number, addition in enumerate(corrections.additions, start=1):
        where = f"add #{number}"
        fact = addition.fact
        if any(r.type == fact.type and matcher.matches(fact, r) for r in kept):
            applied.idle.append(f"{where} is read already")
            continue
        ends = {
            end: _end(reference, addition.new_labels.get(end), matcher, path, where, new_entities)
            for end, reference in (("from", fact.source), ("to", fact.target))
        }
        labels = {i: e.label for i, e in {**new_entities, **entities}.items()}
        allowed_from, allowed_to = ENDPOINTS[fact.type]
        if labels[ends["from"]] not in allowed_from or labels[ends["to"]] not in allowed_to:
            raise ReportInputError(
                str(path),
                f"{where}: {fact.type} cannot join a {labels[ends['from']]} to a "
                f"{labels[ends['to']]}",
            )
        properties = _properties(fact, matcher, path, where)
        evidence = _evidence(fact.quote or "", parsed, source_id, path, where)
        added.append(Relation(fact.type, ends["from"], ends["to"], properties, [evidence]))
    extraction.relations[:] = kept + added
    extraction.entities.extend(e for e in new_entities.values() if e.id not in entities)
    applied.added = len(added)
    return applied


def _end(
    reference: str,
    new_label: Label | None,
    matcher: FactMatcher,
    path: Path,
    where: str,
    new_entities: dict[str, Entity],
) -> str:
    """The id of the entity `reference` names: one the extraction knows, or a new one."""
    known = sorted(matcher.ids(reference))
    if len(known) == 1:
        return known[0]
    if len(known) > 1:
        raise ReportInputError(
            str(path), f"{where}: {reference!r} names {', '.join(known)}: write the id"
        )
    if new_label is None:
        raise ReportInputError(
            str(path),
            f"{where}: no entity named {reference!r} was read from the report; give its "
            'id, or say what it is (from_label/to_label = "Person" or "Organization")',
        )
    name_en = reference if is_latin(reference) else ""
    prefix = "person:" if new_label == Label.PERSON else "org:"
    entity_id = prefix + id_fragment(reference)
    new_entities.setdefault(entity_id, Entity(entity_id, new_label, reference, name_en))
    return entity_id


def _properties(fact: ExpectedFact, matcher: FactMatcher, path: Path, where: str) -> dict[str, Any]:
    properties: dict[str, Any] = dict(fact.properties)
    event = properties.get("event")
    if isinstance(event, str):  # an event named as the report names it, or its id
        ids = sorted(i for i in matcher.ids(event) if i.startswith("event:"))
        if len(ids) != 1:
            raise ReportInputError(
                str(path), f"{where}: event {event!r} names no one event the report tells of"
            )
        properties["event"] = ids[0]
    if "year" not in properties:  # as the rules date a happening (not a tie's since)
        dated = next((properties[k] for k in ("start", "date") if k in properties), None)
        if dated is not None:
            properties["year"] = int(str(dated)[:4])
    properties[CORRECTED] = True
    return properties


def _evidence(quote: str, parsed: ParsedReport, source_id: str, path: Path, where: str) -> Evidence:
    """The sentence holding `quote` (or, where it runs over sentences, the quote's own
    span of the report)."""
    wanted = normalize(quote.strip())
    for sentence in parsed.sentences:
        if wanted in normalize(sentence.text):
            return Evidence(source_id, sentence.text, sentence.start, sentence.end)
    at = normalize(parsed.text).find(wanted)
    if at < 0:
        raise ReportInputError(str(path), f"{where}: the quote {quote!r} is not in the report")
    return Evidence(source_id, parsed.text[at : at + len(wanted)], at, at + len(wanted))
