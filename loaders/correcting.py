"""Applying a reader's corrections file (loaders.corrections) to what the rules read from
one report: removals first, then additions (a missed fact, or other properties of one
read), each resolved against the names the report writes, the gazetteer and the
entities earlier entries made; an entity only removed facts joined goes with them.
Then the [[entity]] entries rename entities, or make two one.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from citygraph.errors import ReportInputError
from graph.model import (
    CORRECTED,
    ENDPOINTS,
    HOME_CITY_ID,
    Entity,
    Evidence,
    Extraction,
    Label,
    Relation,
    RelType,
)
from loaders.corrections import (
    STRUCTURAL,
    Addition,
    Applied,
    Corrections,
    EntryError,
    a_label,
    fact_day,
)
from loaders.merging import as_known, folded
from loaders.new_entities import EntityMaker
from loaders.reading import normalize
from loaders.renaming import Renamings
from loaders.scoring import ExpectedFact, FactMatcher
from loaders.structure import ParsedReport

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
        self.maker = EntityMaker(extraction, parsed)
        self.new_by_name: dict[str, str] = {}
        #: names an entry gave an entity the extraction had under another (merged in)
        self.new_aliases: dict[str, list[str]] = {}
        self.problems: list[str] = []

    def run(self) -> Applied:
        kept = self._removing(list(self.extraction.relations))
        removed = [r for r in self.extraction.relations if not any(r is k for k in kept)]
        by_key = {relation.key: i for i, relation in enumerate(kept)}
        added: dict[str, tuple[int, Relation]] = {}
        for number, addition in enumerate(self.corrections.additions, start=1):
            try:
                self._adding(number, addition, kept, by_key, added)
            except EntryError as exc:
                self.problems.append(str(exc))
        if self.problems:
            raise ReportInputError(str(self.corrections.path), "; ".join(self.problems))
        new = [relation for _, relation in added.values()]
        relations = kept + new
        entities = [*self.extraction.entities, *self.maker.made.values()]
        gone = _left_alone(removed, relations, entities)
        relations = [r for r in relations if r.source not in gone and r.target not in gone]
        # (the facts the entries added, not those placing what they made)
        self.applied.added = sum(
            r.type not in STRUCTURAL and r.source not in gone and r.target not in gone for r in new
        )
        # (copies: the extraction's own entities stay as they were if an entry fails)
        by_id = {e.id: copy.deepcopy(e) for e in entities if e.id not in gone}
        for entity_id, names in self.new_aliases.items():
            if entity_id in by_id:
                by_id[entity_id].merge_aliases(names)
        renamings = Renamings(relations, by_id, self.maker, self.applied)
        for renaming in self.corrections.renamings:
            try:
                renamings.apply(renaming)
            except EntryError as exc:
                self.problems.append(str(exc))
        self.problems += renamings.check() if not self.problems else []
        if self.problems:
            raise ReportInputError(str(self.corrections.path), "; ".join(self.problems))
        self.extraction.relations[:] = renamings.relations
        self.extraction.entities[:] = by_id.values()
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
        read = [r for r in kept if r.type == fact.type and self.matcher.matches(fact, r)]
        if addition.unset and len(read) > 1:
            raise EntryError(
                f"{where}: names {len(read)} facts read; say which (its start, date or title)"
            )
        if read and not any(key in r.properties for r in read for key in addition.unset):
            self.applied.idle.append(f"{where} is read already")
            return
        source = self._end(fact.source, addition.new_labels.get("from"), where)
        target = self._end(fact.target, addition.new_labels.get("to"), where)
        if source == target:
            raise EntryError(f"{where}: a fact joins two different entities")
        labels = (self._label(source), self._label(target))
        allowed_from, allowed_to = ENDPOINTS[fact.type]
        if labels[0] not in allowed_from or labels[1] not in allowed_to:
            raise EntryError(
                f"{where}: {fact.type} cannot join {a_label(labels[0])} to {a_label(labels[1])}"
            )
        properties = self._properties(fact, target, where)
        said = self._evidence(fact.quote or "", where)
        relation = Relation(fact.type, source, target, properties, [said])
        relation = as_known(relation, [*kept, *(r for _, r in added.values())])
        for end in (source, target):  # what places an entity an entry made
            if end not in self.maker.read:
                for structural in self.maker.structure(end, [said]):
                    if structural.key not in by_key:
                        added.setdefault(structural.key, (number, structural))
        if relation.key in added:
            self.applied.idle.append(f"{where} is add #{added[relation.key][0]} again")
        elif read or relation.key in by_key:  # the rules read it, with other properties
            at = next(i for i, r in enumerate(kept) if r is read[0]) if read else None
            at = by_key[relation.key] if at is None else at
            known = kept[at]
            told = {**known.properties, **properties}
            told = {k: v for k, v in told.items() if k not in addition.unset}
            kept[at] = replace(folded(known, relation), properties=told)
            self.applied.changed += 1
        elif addition.unset:
            raise EntryError(f"{where}: unset is for a fact the rules read, and they read none")
        else:
            added[relation.key] = (number, relation)

    def _entity(self, entity_id: str) -> Entity | None:
        """The entity of `entity_id`: one the extraction has, or one an entry made."""
        return self.maker.get(entity_id)

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
        # (a City no data knows is read as the rules read a place after its country)
        known = sorted(self.matcher.ids(reference)) if new_label != Label.CITY else []
        if len(known) > 1:
            raise EntryError(f"{where}: {reference!r} names {', '.join(known)}: write the id")
        if known:
            return self._known(known[0], reference, new_label, where)
        if new_label is None:
            raise EntryError(
                f"{where}: no entity named {reference!r} was read from the report; give its "
                'id, or say what it is (from_label/to_label = "Person", "Organization", '
                '"Event", or "City" for a place no data knows; one known only by a title, '
                "許局長, is a led_by)"
            )
        entity = self.maker.make(reference, new_label, where)
        if entity.id in self.maker.read:  # a name of one the rules read (高雄市鳳山國中)
            self.new_aliases.setdefault(entity.id, []).append(reference)
        else:
            self.maker.made.setdefault(entity.id, entity)
        self.new_by_name[reference] = entity.id
        return entity.id

    def _known(self, entity_id: str, reference: str, new_label: Label | None, where: str) -> str:
        entity = self._entity(entity_id)
        if entity is None:  # an id, or a place the gazetteer knows, the report did not name
            entity = self.maker.place(entity_id, reference)
            if entity is None:
                raise EntryError(f"{where}: no entity {reference!r} in the report or gazetteer")
        if new_label is not None and entity.label != new_label:
            raise EntryError(f"{where}: {reference!r} is {a_label(entity.label)} ({entity.id})")
        return entity.id

    def _properties(self, fact: ExpectedFact, target: str, where: str) -> dict[str, Any]:
        properties: dict[str, Any] = dict(fact.properties)
        event = properties.get("event")
        if isinstance(event, str):  # an event named as the report names it, or its id
            ids = sorted(i for i in self.matcher.ids(event) if self._is_event(i))
            if len(ids) != 1:
                raise EntryError(f"{where}: event {event!r} names no one event the report tells of")
            properties["event"] = ids[0]
        dated = fact_day(properties)
        year = int(dated[:4]) if dated is not None else None
        if "year" not in properties and fact.type in _DATED:
            told = properties.get("event", target)
            event_year = self._event_year(told)
            if year is None:
                year = event_year if event_year is not None else self.maker.report_year()
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
            raise EntryError(f"{where}: the quote {shown!r} is not in the report")
        return Evidence(source_id, self.parsed.text[at : at + len(wanted)], at, at + len(wanted))


def _left_alone(
    removed: list[Relation], relations: list[Relation], entities: list[Entity]
) -> set[str]:
    """The cities, people, bodies and events only removed facts joined (a place read
    out of 航空轉運城市, a body whose placing was all that was read of it): they go,
    with what only places them (their LOCATED_IN and EDITION_OF), and a series none of
    whose editions is left."""
    labels = {entity.id: entity.label for entity in entities}
    ends = {end for r in removed for end in (r.source, r.target)}
    joined = {end for r in relations if r.type not in STRUCTURAL for end in (r.source, r.target)}
    joined |= {r.target for r in relations if r.type in STRUCTURAL}  # a place of others
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
