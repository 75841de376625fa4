"""Scoring an extraction against the facts a careful reader lists.

An expected-facts file (TOML, format in tests/data/README.md) names a report and
lists its facts. `score_file` extracts the report and counts, per relation type,
how many expected facts were found (recall) and how many extracted relations are
right (precision). Entities in the file are ids or names as the report writes them;
names are compared by `match_key` with the extracted entities' names and aliases.
"""

from __future__ import annotations

import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from citygraph.errors import ReportInputError
from graph.model import UNDIRECTED, Extraction, Relation, RelType
from loaders.gazetteer import Gazetteer
from loaders.reading import match_key, normalize

#: The relation types a reader lists; structural ones (MENTIONS, LOCATED_IN,
#: EDITION_OF) follow from the entities and are not scored.
SCORED_TYPES: tuple[RelType, ...] = (
    RelType.SISTER_CITY_OF,
    RelType.FRIENDSHIP_CITY_OF,
    RelType.SIGNED_MOU,
    RelType.VISITED,
    RelType.PARTICIPATED_IN,
    RelType.HOSTED,
    RelType.HOLDS_TITLE,
    RelType.SISTER_SCHOOL_OF,
    RelType.MET_WITH,
    RelType.INVITED,
)
_NOT_PROPERTIES = {"type", "from", "to", "quote", "note"}


class MissCause(StrEnum):
    """What kind of miss a missed fact is: the class an error analysis starts from."""

    ENTITY = "an end was never extracted"
    RELATION = "both ends extracted, the relation not read"
    PROPERTY = "the relation read, a property differs"
    EVIDENCE = "the relation read, its evidence lacks the quote"


#: Why a relation is not an expected fact: the kind of miss it would make of the fact
#: (None where the relation is of another type or joins other entities, so is no near
#: miss of it) and the reason in words.
Mismatch = tuple[MissCause | None, str]


@dataclass(frozen=True)
class ExpectedFact:
    type: RelType
    source: str
    target: str
    properties: dict[str, Any]
    quote: str | None
    number: int  # 1-based position in the file, for messages

    def describe(self) -> str:
        props = ", ".join(f"{k}={v}" for k, v in self.properties.items())
        return f"#{self.number} {self.type} {self.source} → {self.target}" + (
            f" ({props})" if props else ""
        )


@dataclass(frozen=True)
class Miss:
    """An expected fact no extracted relation matched: the kind of miss, and why."""

    fact: ExpectedFact
    cause: MissCause
    why: str


@dataclass(frozen=True)
class ExpectedFile:
    path: Path
    report: Path
    facts: list[ExpectedFact]


def read_expected(path: Path) -> ExpectedFile:
    """Parse an expected-facts file; errors name the file and the fact."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReportInputError(str(path), "no such file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ReportInputError(str(path), f"not a valid TOML file: {exc}") from None
    if not isinstance(data.get("report"), str):
        raise ReportInputError(str(path), 'needs report = "<path of the chapter>"')
    report = (path.parent / data["report"]).resolve()
    if not report.is_file():
        raise ReportInputError(str(path), f"its report {data['report']} does not exist")
    facts = [
        parse_fact(row, number, path, "fact")
        for number, row in enumerate(fact_rows(data, "fact", path), start=1)
    ]
    if not facts:
        raise ReportInputError(str(path), "lists no [[fact]]")
    return ExpectedFile(path, report, facts)


def fact_rows(data: dict[str, Any], table: str, path: Path) -> list[dict[str, Any]]:
    """The file's `[[table]]` entries (an error naming the file if it is no such list)."""
    rows = data.get(table, [])
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise ReportInputError(str(path), f"{table} must be written as [[{table}]] tables")
    return rows


def parse_fact(
    row: dict[str, Any], number: int, path: Path, table: str, extra: frozenset[str] = frozenset()
) -> ExpectedFact:
    """One `[[table]]` entry as a fact; errors name the file and the entry (`fact #3`).
    Keys in `extra` are the caller's own, not properties of the fact."""
    where = f"{table} #{number}"
    try:
        kind = RelType(row.get("type"))
    except ValueError:
        raise ReportInputError(str(path), f"{where}: unknown type {row.get('type')!r}") from None
    if not isinstance(row.get("from"), str) or not isinstance(row.get("to"), str):
        raise ReportInputError(str(path), f"{where}: needs 'from' and 'to'")
    quote = row.get("quote")
    if quote is not None and not isinstance(quote, str):
        raise ReportInputError(str(path), f"{where}: quote must be text")
    props = {k: v for k, v in row.items() if k not in _NOT_PROPERTIES and k not in extra}
    return ExpectedFact(kind, row["from"], row["to"], props, quote, number)


@dataclass
class TypeScore:
    expected: int = 0
    found: int = 0
    extracted: int = 0
    correct: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.extracted if self.extracted else 1.0

    def add(self, other: TypeScore) -> None:
        self.expected += other.expected
        self.found += other.found
        self.extracted += other.extracted
        self.correct += other.correct


@dataclass
class Score:
    """Counts per relation type, with the misses and the wrong extractions."""

    by_type: dict[RelType, TypeScore] = field(
        default_factory=lambda: {t: TypeScore() for t in SCORED_TYPES}
    )
    missed: list[Miss] = field(default_factory=list)
    wrong: list[Relation] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for kind, counts in other.by_type.items():
            self.by_type[kind].add(counts)
        self.missed.extend(other.missed)
        self.wrong.extend(other.wrong)

    def total(self) -> TypeScore:
        total = TypeScore()
        for counts in self.by_type.values():
            total.add(counts)
        return total

    def misses_by_cause(self) -> Counter[MissCause]:
        """How many expected facts were missed, by the kind of miss."""
        return Counter(miss.cause for miss in self.missed)

    def below(self, min_recall: float, min_precision: float) -> list[str]:
        """The relation types under the bar, as messages."""
        return [
            f"{kind}: recall {c.recall:.2f}, precision {c.precision:.2f}"
            for kind, c in self.by_type.items()
            if c.recall < min_recall or c.precision < min_precision
        ]


class FactMatcher:
    """Resolves the entity references of facts as a reader writes them (an id, or a
    name as the report writes it) against an extraction, and tests its relations
    against such facts."""

    def __init__(self, extraction: Extraction) -> None:
        self.ids_by_name: dict[str, set[str]] = defaultdict(set)
        for entity in extraction.entities:
            for name in (entity.name_zh, entity.name_en, *entity.aliases):
                if name:
                    self.ids_by_name[match_key(name)].add(entity.id)

    def ids(self, reference: str) -> set[str]:
        """The entities a reference names: an id, or a name as the report writes it.
        Place names also resolve through the gazetteer (so 釜山 names the Busan the
        report calls 韓國釜山市); place resolution itself is tested with ids."""
        if ":" in reference and reference.split(":", 1)[0].isascii():
            return {reference}
        found = set(self.ids_by_name.get(match_key(reference), ()))
        place = Gazetteer.default().resolve(reference)
        if place is not None:
            found.add(place.id)
        return found

    def matches(self, fact: ExpectedFact, relation: Relation) -> bool:
        return self.mismatch(fact, relation) is None

    def mismatch(self, fact: ExpectedFact, relation: Relation) -> Mismatch | None:
        """Why `relation` is not `fact` (None when it is)."""
        if relation.type != fact.type:
            return None, "another type"
        sources, targets = self.ids(fact.source), self.ids(fact.target)
        ends = relation.source in sources and relation.target in targets
        if not ends and fact.type in UNDIRECTED:
            ends = relation.target in sources and relation.source in targets
        if not ends:
            return None, "other entities"
        for key, value in fact.properties.items():
            found = relation.properties.get(key)
            if key == "event" and isinstance(value, str):  # an event named, not only an id
                if found not in self.ids(value):
                    return MissCause.PROPERTY, f"event is {found!r}, not {value!r}"
            elif not _same(found, value):
                return MissCause.PROPERTY, f"{key} is {found!r}, not {value!r}"
        if fact.quote:
            quote = normalize(fact.quote)
            if not any(quote in normalize(e.text) for e in relation.evidence):
                return MissCause.EVIDENCE, "its evidence lacks the quote"
        return None

    def explain(self, fact: ExpectedFact, relations: list[Relation]) -> Miss:
        """Why no relation matched `fact`: the nearest miss, or the unknown entity."""
        for end in (fact.source, fact.target):
            if not self.ids(end):
                return Miss(fact, MissCause.ENTITY, f"no entity named {end!r} was extracted")
        for relation in relations:
            near = self.mismatch(fact, relation)
            if near is not None and near[0] is not None:
                return Miss(fact, near[0], near[1])
        return Miss(fact, MissCause.RELATION, "no such relation")


def _same(found: Any, expected: Any) -> bool:
    if isinstance(expected, list):
        return isinstance(found, list) and sorted(map(str, found)) == sorted(map(str, expected))
    if isinstance(expected, bool):
        return found is expected or (expected is False and found is None)
    if found is None:
        return False
    if isinstance(found, str) or isinstance(expected, str):
        return normalize(str(found)) == normalize(str(expected))
    return bool(found == expected)


def score_extraction(extraction: Extraction, facts: list[ExpectedFact]) -> Score:
    """Recall and precision of one report's extraction against its expected facts."""
    matcher = FactMatcher(extraction)
    score = Score()
    relations = [r for r in extraction.relations if r.type in score.by_type]
    by_type: dict[RelType, list[Relation]] = defaultdict(list)
    for relation in relations:
        by_type[relation.type].append(relation)
    for fact in facts:
        counts = score.by_type.setdefault(fact.type, TypeScore())
        counts.expected += 1
        if any(matcher.matches(fact, r) for r in by_type[fact.type]):
            counts.found += 1
        else:
            score.missed.append(matcher.explain(fact, by_type[fact.type]))
    facts_by_type: dict[RelType, list[ExpectedFact]] = defaultdict(list)
    for fact in facts:
        facts_by_type[fact.type].append(fact)
    for relation in relations:
        counts = score.by_type[relation.type]
        counts.extracted += 1
        if any(matcher.matches(f, relation) for f in facts_by_type[relation.type]):
            counts.correct += 1
        else:
            score.wrong.append(relation)
    return score


def score_file(path: Path) -> Score:
    """Extract the report an expected-facts file names, and score it: the rules' reading
    alone, without any corrections file kept beside the report."""
    from loaders.pipeline import extract_file

    expected = read_expected(path)
    return score_extraction(extract_file(expected.report, corrections=False), expected.facts)
