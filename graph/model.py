"""The domain model: the one place that says what the graph may contain.

Labels and relationship types are closed vocabularies. Cypher that needs a label or
type in its text (Cypher cannot take them as parameters) only ever receives a value
that passed `check_label` / `check_rel_type`, so no user text reaches a query.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Label(StrEnum):
    CITY = "City"
    COUNTRY = "Country"
    PERSON = "Person"
    ORGANIZATION = "Organization"
    EVENT = "Event"
    EVENT_SERIES = "EventSeries"
    SOURCE = "Source"


class RelType(StrEnum):
    SISTER_CITY_OF = "SISTER_CITY_OF"
    FRIENDSHIP_CITY_OF = "FRIENDSHIP_CITY_OF"
    SIGNED_MOU = "SIGNED_MOU"
    VISITED = "VISITED"
    PARTICIPATED_IN = "PARTICIPATED_IN"
    HOSTED = "HOSTED"
    HOLDS_TITLE = "HOLDS_TITLE"
    LOCATED_IN = "LOCATED_IN"
    SISTER_SCHOOL_OF = "SISTER_SCHOOL_OF"
    MET_WITH = "MET_WITH"
    INVITED = "INVITED"
    EDITION_OF = "EDITION_OF"
    MENTIONS = "MENTIONS"


_PARTY = frozenset({Label.CITY, Label.ORGANIZATION})
_ACTOR = frozenset({Label.CITY, Label.PERSON, Label.ORGANIZATION})

#: Which labels may stand at each end of each relationship type (DESIGN.md §3).
ENDPOINTS: dict[RelType, tuple[frozenset[Label], frozenset[Label]]] = {
    RelType.SISTER_CITY_OF: (frozenset({Label.CITY}), frozenset({Label.CITY})),
    RelType.FRIENDSHIP_CITY_OF: (frozenset({Label.CITY}), frozenset({Label.CITY})),
    RelType.SIGNED_MOU: (_PARTY, _PARTY),
    RelType.VISITED: (_ACTOR, _PARTY | {Label.COUNTRY}),  # 「赴新加坡考察」: a country too
    RelType.PARTICIPATED_IN: (_ACTOR, frozenset({Label.EVENT})),
    RelType.HOSTED: (_PARTY, frozenset({Label.EVENT})),
    RelType.HOLDS_TITLE: (frozenset({Label.PERSON}), _PARTY | {Label.COUNTRY}),
    RelType.LOCATED_IN: (_PARTY, frozenset({Label.CITY, Label.COUNTRY})),
    RelType.SISTER_SCHOOL_OF: (
        frozenset({Label.ORGANIZATION}),
        frozenset({Label.ORGANIZATION}),
    ),
    RelType.MET_WITH: (
        frozenset({Label.PERSON, Label.CITY}),
        frozenset({Label.PERSON, Label.CITY}),
    ),
    RelType.INVITED: (_PARTY, _ACTOR),
    RelType.EDITION_OF: (frozenset({Label.EVENT}), frozenset({Label.EVENT_SERIES})),
    RelType.MENTIONS: (frozenset({Label.SOURCE}), frozenset(Label) - {Label.SOURCE}),
}

#: Relationship types that state a tie between equals; read as undirected.
UNDIRECTED: frozenset[RelType] = frozenset(
    {
        RelType.SISTER_CITY_OF,
        RelType.FRIENDSHIP_CITY_OF,
        RelType.SISTER_SCHOOL_OF,
        RelType.SIGNED_MOU,
        RelType.MET_WITH,
    }
)

#: The city whose reports these are. The extraction rules and the curated seed data
#: (seed/gazetteer/home_organizations.csv, seed/lexicon/) are Kaohsiung's; the API's
#: defaults (GET /sister-cities, /sister-cities/places) take its id from here.
HOME_CITY_ID = "city:tw:kaohsiung"


class TieStatus(StrEnum):
    """Where a tie or an agreement stands (SISTER_CITY_OF, FRIENDSHIP_CITY_OF,
    SISTER_SCHOOL_OF, SIGNED_MOU `status`)."""

    SIGNED = "signed"
    PLANNED = "planned"  # 規劃/預計/將/擬 締結
    NEGOTIATING = "negotiating"  # 洽談/洽商/協商 締結
    REVOKED = "revoked"  # 終止/解除 姊妹市關係


class Attendance(StrEnum):
    """How a party stands to an event (PARTICIPATED_IN `status`)."""

    ATTENDED = "attended"
    INVITED = "invited"
    PLANNED = "planned"


TIE_STATUSES = tuple(str(s) for s in TieStatus)
PARTICIPATION_STATUSES = tuple(str(s) for s in Attendance)


def check_label(value: str) -> Label:
    """Return the Label named `value`, or raise ValueError: the allow-list gate."""
    try:
        return Label(value)
    except ValueError:
        raise ValueError(f"unknown label {value!r}; known: {', '.join(Label)}") from None


def check_rel_type(value: str) -> RelType:
    """Return the RelType named `value`, or raise ValueError: the allow-list gate."""
    try:
        return RelType(value)
    except ValueError:
        known = ", ".join(RelType)
        raise ValueError(f"unknown relationship type {value!r}; known: {known}") from None


@dataclass(frozen=True)
class Evidence:
    """The text of a report that states a fact, `text == report[start:end]`: its
    sentence, or for a place an organization's own name states (LOCATED_IN), that name."""

    source: str
    text: str
    start: int
    end: int


@dataclass
class Entity:
    """A node: one canonical real-world thing."""

    id: str
    label: Label
    name_zh: str
    name_en: str = ""
    aliases: list[str] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)

    def merge(self, other: Entity) -> None:
        """Fold another sighting of the same entity into this one."""
        self.merge_aliases([other.name_zh, *other.aliases])
        if not self.name_en and other.name_en:
            self.name_en = other.name_en
        for key, value in other.properties.items():
            if self.properties.get(key) in (None, "", []):
                self.properties[key] = value

    def merge_aliases(self, names: list[str]) -> None:
        """Other names of this entity (as a report writes them)."""
        for name in names:
            if name and name != self.name_zh and name not in self.aliases:
                self.aliases.append(name)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": str(self.label),
            "name_zh": self.name_zh,
            "name_en": self.name_en,
            "aliases": list(self.aliases),
            "properties": dict(self.properties),
        }


@dataclass
class Relation:
    """A relationship with the sentences that state it.

    `key` identifies the fact: the same fact from two reports has the same key and
    becomes one relationship with both sources.
    """

    type: RelType
    source: str
    target: str
    properties: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def key(self) -> str:
        keys = IDENTITY.get(self.type, frozenset())
        identity = {k: v for k, v in self.properties.items() if k in keys}
        raw = json.dumps([str(self.type), self.source, self.target, identity], sort_keys=True)
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]

    def to_json(self) -> dict[str, Any]:
        return {
            "type": str(self.type),
            "source": self.source,
            "target": self.target,
            "properties": dict(self.properties),
            "evidence": [asdict(e) for e in self.evidence],
        }


#: The property of a fact a reader added or changed in a report's corrections file
#: (loaders.corrections), as opposed to one the rules read.
CORRECTED = "corrected"

#: Properties that tell two relationships of one type between one pair apart: two
#: visits in different years are two facts, while a tie whose status changes, or an
#: agreement first named without its date, is one.
IDENTITY: dict[RelType, frozenset[str]] = {
    RelType.VISITED: frozenset({"year", "trip"}),  # trip: a second dated visit that year
    RelType.SIGNED_MOU: frozenset({"title"}),
    RelType.HOLDS_TITLE: frozenset({"title_zh"}),
    RelType.MET_WITH: frozenset({"year", "meeting"}),  # meeting: another day's that year
    RelType.INVITED: frozenset({"event"}),
}


@dataclass
class SourceDoc:
    """One report chapter."""

    id: str
    title: str
    path: str
    sha256: str
    period_start: str | None
    period_end: str | None
    encoding: str = "utf-8"

    @property
    def period(self) -> str:
        """The period as `2015-07..2015-12`, or `unknown` when the report states none."""
        if self.period_start is None or self.period_end is None:
            return "unknown"
        return f"{self.period_start}..{self.period_end}"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Extraction:
    """Everything extracted from one or more reports: the `extract --format json` shape."""

    sources: list[SourceDoc] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "sources": [s.to_json() for s in self.sources],
            "entities": [e.to_json() for e in self.entities],
            "relations": [r.to_json() for r in self.relations],
        }
