"""A report read back sentence by sentence with the facts each one states.

On a report of a kind the rules have not met, recall is well under the bar (README,
"How well it generalizes"), so someone checks the facts before relying on them. This
puts each sentence beside what was read from it, and marks the sentences that name a
city, body, person or event the extraction knows that no fact read from the sentence
joins: there the rules most likely missed something, so those are read first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from graph.model import HOME_CITY_ID, Entity, Extraction, Label, Relation
from loaders.corrections import Applied
from loaders.facts import scoped_org_prefix
from loaders.lexicon import lexicon
from loaders.pipeline import read_file
from loaders.reading import normalize
from loaders.scoring import SCORED_TYPES
from loaders.structure import Period, Sentence

#: Kinds of entity whose naming in a sentence suggests it tells of a contact (a
#: country is most often only where a place or body is: 日本熊本市).
_TELLING_LABELS = frozenset({Label.CITY, Label.PERSON, Label.ORGANIZATION, Label.EVENT})


@dataclass(frozen=True)
class SentenceReview:
    """One sentence, the facts read from it, and what it names that none of them joins."""

    sentence: Sentence
    facts: list[Relation]
    #: Names the sentence holds of the extraction's cities, people, bodies and events
    #: (not the home city) that no fact read from it joins.
    unjoined: list[str]

    @property
    def to_check(self) -> bool:
        """Whether the sentence names something no fact read from it joins: a fact the
        rules likely missed (or a name told only as background)."""
        return bool(self.unjoined)


@dataclass(frozen=True)
class ReportReview:
    """A report read back: what was read from it, sentence by sentence, and what its
    corrections file changed (None without one)."""

    extraction: Extraction
    sentences: list[SentenceReview]
    corrected: Applied | None


def review_file(
    path: Path, period: str | Period | None = None, corrections: bool = True
) -> ReportReview:
    """Extract one report (with its corrections file, if it has one and `corrections`)
    and pair each of its sentences with the facts it states."""
    read = read_file(path, period, corrections)
    parsed, extraction = read.parsed, read.extraction
    names = _names_to_look_for(extraction.entities)
    told = [r for r in extraction.relations if r.type in SCORED_TYPES]
    reviewed = [_reviewed(sentence, told, names) for sentence in parsed.sentences]
    return ReportReview(extraction, reviewed, read.corrected)


def _names_to_look_for(entities: list[Entity]) -> dict[str, str]:
    """The names (normalized, longest first) a sentence may hold of the extraction's
    entities of the telling kinds, each with its entity's id; the home city's own
    names, and its own bodies' (本府秘書處), are no sign of a contact."""
    own = {HOME_CITY_ID, *(org.id for org in lexicon().home_orgs)}
    home_bodies = scoped_org_prefix(HOME_CITY_ID)
    named = {
        normalize(name): entity.id
        for entity in entities
        if entity.label in _TELLING_LABELS
        and entity.id not in own
        and not entity.id.startswith(home_bodies)
        for name in (entity.name_zh, *entity.aliases)
        if name and len(name) >= 2
    }
    return dict(sorted(named.items(), key=lambda item: len(item[0]), reverse=True))


def _reviewed(sentence: Sentence, told: list[Relation], names: dict[str, str]) -> SentenceReview:
    facts = [
        r
        for r in told
        if any(e.start < sentence.end and sentence.start < e.end for e in r.evidence)
    ]
    joined = {end for r in facts for end in (r.source, r.target)}
    unjoined = [
        name for name, entity_id in _names_held(sentence.norm, names) if entity_id not in joined
    ]
    return SentenceReview(sentence, facts, list(dict.fromkeys(unjoined)))


def _names_held(norm: str, names: dict[str, str]) -> list[tuple[str, str]]:
    """The names `norm` holds with their entities' ids, in the order found, a name
    inside a longer one found already not counted again."""
    found: list[tuple[str, str]] = []
    taken = [False] * len(norm)
    for name, entity_id in names.items():
        for match in re.finditer(re.escape(name), norm):
            span = range(match.start(), match.end())
            if not any(taken[i] for i in span):
                for i in span:
                    taken[i] = True
                found.append((name, entity_id))
    return found
