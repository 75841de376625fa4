"""Applying a reader's corrections file (loaders.corrections) to what the rules read from
one report: removals first, then additions (a missed fact, or other properties of one
read), each resolved against the names the report writes, the gazetteer and the
entities earlier entries made; an entity only removed facts joined goes with them.
Then the [[entity]] entries rename entities, or make two one.
"""

from __future__ import annotations

import copy
import re
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
    Renaming,
    fact_day,
)
from loaders.events import edition_id, event_kind, split_event_name
from loaders.facts import (
    Facts,
    id_fragment,
    is_latin,
    place_entity,
    scoped_org_prefix,
)
from loaders.gazetteer import Gazetteer
from loaders.lexicon import lexicon
from loaders.merging import as_known, merge_into
from loaders.reading import normalize
from loaders.rules.bodies import city_body_name
from loaders.rules.reader import ReportReader
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

#: How a report names the city's own government before one of its bodies (本府觀光局).
_HOME_PREFIX = re.compile(r"^(?:本府|本市)")


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
        #: new bodies, each with the places the rules put it in (LOCATED_IN to write)
        self.placements: dict[str, list[str]] = {}
        self._reader: ReportReader | None = None  # the rules, asked how they name a body
        self._text: str | None = None  # the report's text, normalized (read when needed)
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
        entities = [*self.extraction.entities, *self.new_entities.values()]
        gone = _left_alone(removed, relations, entities)
        relations = [r for r in relations if r.source not in gone and r.target not in gone]
        # (copies: the extraction's own entities stay as they were if an entry fails)
        by_id = {e.id: copy.deepcopy(e) for e in entities if e.id not in gone}
        for entity_id, names in self.new_aliases.items():
            if entity_id in by_id:
                by_id[entity_id].merge_aliases(names)
        for renaming in self.corrections.renamings:
            try:
                relations = self._renaming(renaming, relations, by_id)
            except EntryError as exc:
                self.problems.append(str(exc))
        if self.problems:
            raise ReportInputError(str(self.corrections.path), "; ".join(self.problems))
        self.extraction.relations[:] = relations
        self.extraction.entities[:] = by_id.values()
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
            raise EntryError(f"{where}: a fact joins two different entities")
        labels = (self._label(source), self._label(target))
        allowed_from, allowed_to = ENDPOINTS[fact.type]
        if labels[0] not in allowed_from or labels[1] not in allowed_to:
            raise EntryError(f"{where}: {fact.type} cannot join {_a(labels[0])} to {_a(labels[1])}")
        properties = self._properties(fact, target, where)
        said = self._evidence(fact.quote or "", where)
        relation = Relation(fact.type, source, target, properties, [said])
        relation = as_known(relation, [*kept, *(r for _, r in added.values())])
        for end in (source, target):
            for structural in self._structure(end, [said]):
                added.setdefault(structural.key, (number, structural))
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
            raise EntryError(f"{where}: {reference!r} names {', '.join(known)}: write the id")
        if known:
            return self._known(known[0], reference, new_label, where)
        if new_label is None:
            raise EntryError(
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
                raise EntryError(f"{where}: no entity {reference!r} in the report or gazetteer")
            entity = place_entity(place, None if ":" in reference else reference)
            self.new_entities[entity.id] = entity
        if new_label is not None and entity.label != new_label:
            raise EntryError(f"{where}: {reference!r} is {_a(entity.label)} ({entity.id})")
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
            other = [name] if name != home.name_zh else []
            self.placements[home.id] = []  # the city's own: placed nowhere else
            return Entity(home.id, label, home.name_zh, home.name_en, other, props)
        body = self._rules_body(name)
        if body is not None:
            return body
        kind = lexicon().org_kind(name)
        props = {"kind": kind} if kind else {}
        for mention in Gazetteer.default().find_places(name)[:1]:
            own = city_body_name(name, mention)
            if own is not None:
                org_id = scoped_org_prefix(mention.place.id) + id_fragment(own)
                # (議會 alone names no one body; 經濟政策課 does, as the rules keep it)
                other = [own] if len(own) >= 4 else []
                return Entity(org_id, label, name, name_en, other, props)
        return Entity(f"org:{id_fragment(name)}", label, name, name_en, [], props)

    def _rules_body(self, name: str) -> Entity | None:
        """The body the rules make of `name` written in the report (in the sentence
        that writes it, if one does): its id, its other names and the places it is in
        (日本東京大學 → org:jp:tokyo:東京大學, in Tokyo; 美國哈佛大學 → org:us:…), so a
        body a reader adds is the one the rules read in other reports."""
        if self._reader is None:
            facts = Facts(self.extraction.sources[0], self.parsed.text)
            self._reader = ReportReader(self.parsed, facts, Gazetteer.default())
        wanted = normalize(name)
        sentences = self.parsed.sentences
        sentence = next((s for s in sentences if wanted in s.norm), sentences[0])
        org_id = self._reader.body_named(name, sentence)
        if org_id is None:
            return None
        facts = self._reader.facts
        places = [
            r.target
            for r in facts.relations.values()
            if r.type == RelType.LOCATED_IN and r.source == org_id
        ]
        for place in places:
            if self._entity(place) is None:
                self.new_entities[place] = copy.deepcopy(facts.entities[place])
        self.placements[org_id] = places
        body = copy.deepcopy(facts.entities[org_id])
        read_as = body.name_zh  # (named as the entry writes it: 韓國釜山市議會, not 釜山市議會)
        body.name_zh = name
        body.aliases = [a for a in body.aliases if a != name]
        body.merge_aliases([read_as])
        return body

    def _structure(self, entity_id: str, said: list[Evidence]) -> list[Relation]:
        """The facts placing a new entity: a new event's EDITION_OF its series, a new
        body's LOCATED_IN the places the rules put it in."""
        mark = {CORRECTED: True}
        if entity_id in self.editions:
            return [Relation(RelType.EDITION_OF, entity_id, self.editions[entity_id], mark, said)]
        return [
            Relation(RelType.LOCATED_IN, entity_id, place, dict(mark), said)
            for place in self.placements.get(entity_id, [])
        ]

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
                raise EntryError(f"{where}: event {event!r} names no one event the report tells of")
            properties["event"] = ids[0]
        dated = fact_day(properties)
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
            raise EntryError(f"{where}: the quote {shown!r} is not in the report")
        return Evidence(source_id, self.parsed.text[at : at + len(wanted)], at, at + len(wanted))

    # --- [[entity]] entries: after the facts, on the entities those left -------------

    def _renaming(
        self, renaming: Renaming, relations: list[Relation], entities: dict[str, Entity]
    ) -> list[Relation]:
        """`relations` after one [[entity]] entry: the entity renamed (its id the one the
        rules give the name, which may be one read already: then the two are one), the
        same as another (its facts the other's, the names the report writes for it the
        other's other names), or given an English name. `entities` is changed in place."""
        where = f"entity #{renaming.number}"
        old_id = self._read_entity(renaming, entities, where)
        if old_id is None:
            return relations
        old = entities[old_id]
        if old.id == HOME_CITY_ID:
            raise EntryError(f"{where}: {old.id} is the home city; its names are the gazetteer's")
        result = old.id
        if renaming.same_as is not None:
            result = self._same_as(renaming.same_as, old, entities, where)
            names = self._written([old.name_zh, *old.aliases])
            relations = merge_into(relations, entities, old.id, result, names, where)
            self.applied.merged += 1
        elif renaming.name_zh is not None and renaming.name_zh != old.name_zh:
            relations, result = self._renamed(old, renaming.name_zh, relations, entities, where)
        elif renaming.name_en in (None, old.name_en):
            self.applied.idle.append(f"{where} names it so already")
        else:
            self.applied.renamed += 1
        if renaming.name_en is not None:
            entities[result].name_en = renaming.name_en
        return relations

    def _read_entity(
        self, renaming: Renaming, entities: dict[str, Entity], where: str
    ) -> str | None:
        """The id of the one entity read (or made by an [[add]]) that the entry names;
        None, said, when it names none but the one it would make is read (the rules
        have since learnt to read the name)."""
        matcher = FactMatcher(Extraction(entities=list(entities.values())))
        ids = sorted(i for i in matcher.ids(renaming.entity) if i in entities)
        if len(ids) > 1:
            raise EntryError(f"{where}: {renaming.entity!r} names {', '.join(ids)}: write the id")
        if ids:
            return ids[0]
        meant = renaming.name_zh or renaming.same_as
        if meant is not None and matcher.ids(meant) & set(entities):
            self.applied.idle.append(f"{where}: {renaming.entity!r} is read no more, {meant!r} is")
            return None
        raise EntryError(
            f"{where}: no entity {renaming.entity!r} was read from the report or made by an "
            "[[add]] (or it went with the facts removed)"
        )

    def _same_as(self, reference: str, old: Entity, entities: dict[str, Entity], where: str) -> str:
        """The id of the entity `old` is: one of the report, or a place of the gazetteer."""
        matcher = FactMatcher(Extraction(entities=list(entities.values())))
        named = matcher.ids(reference)
        if named == {old.id}:
            raise EntryError(f"{where}: {reference!r} is {old.id} itself")
        ids = sorted(named - {old.id})
        ids = [i for i in ids if i in entities] or ids
        if len(ids) > 1:
            raise EntryError(f"{where}: {reference!r} names {', '.join(ids)}: write the id")
        if not ids:
            raise EntryError(f"{where}: no entity {reference!r} in the report or gazetteer")
        if ids[0] not in entities:  # a place the report did not name
            place = Gazetteer.default().get(ids[0])
            if place is None or not Gazetteer.default().knows(place):
                raise EntryError(f"{where}: no entity {reference!r} in the report or gazetteer")
            entities[place.id] = place_entity(place, None if ":" in reference else reference)
        other = entities[ids[0]]
        if other.id == HOME_CITY_ID:
            raise EntryError(f"{where}: {other.id} is the home city, no other place")
        if other.label != old.label:
            raise EntryError(
                f"{where}: {old.id} is {_a(old.label)} and {other.id} {_a(other.label)}: "
                "one cannot be the other"
            )
        return other.id

    def _renamed(
        self,
        old: Entity,
        name: str,
        relations: list[Relation],
        entities: dict[str, Entity],
        where: str,
    ) -> tuple[list[Relation], str]:
        """`old` under the name `name`, with the id the rules give it: placed as the
        rules place a body or an event of that name (in place of where the old name put
        it), keeping its other names, English name and properties."""
        if old.label not in (Label.PERSON, Label.ORGANIZATION, Label.EVENT):
            whose = (
                "its editions'; rename them"
                if old.label == Label.EVENT_SERIES
                else "the gazetteer's; say same_as = the place it is"
            )
            raise EntryError(f"{where}: the name of {_a(old.label)} is {whose}")
        if old.label == Label.ORGANIZATION and Gazetteer.default().resolve(name) is not None:
            raise EntryError(f"{where}: {name!r} names a place, not a body")
        made_before = set(self.new_entities)
        new = self._new_entity(name, old.label)
        for made in set(self.new_entities) - made_before - {new.id}:  # its series, place
            entities.setdefault(made, self.new_entities[made])
        if new.id == old.id:
            entity = entities[old.id]
            entity.name_zh = name
            entity.aliases = [a for a in entity.aliases if a != name]
            self.applied.renamed += 1
            return relations, old.id
        said = [e for r in relations if old.id in (r.source, r.target) for e in r.evidence]
        # (placed where the rules place the new name, where they can tell: not where the
        # old name put it)
        placed_anew = new.id not in entities and (
            new.id in self.placements or new.id in self.editions
        )
        if new.id in entities:
            self.applied.merged += 1
        else:
            entities[new.id] = new
            relations += self._structure(new.id, said[:1])
            self.applied.renamed += 1
        if old.label == Label.EVENT:
            relations = _of_the_edition(relations, old, entities[new.id])
        names = self._written([a for a in old.aliases if a != old.name_zh])
        relations = merge_into(relations, entities, old.id, new.id, names, where, placed_anew)
        return relations, new.id

    def _written(self, names: list[str]) -> list[str]:
        """Those of `names` the report writes (not a place's names in other languages)."""
        if self._text is None:
            self._text = normalize(self.parsed.text)
        return [name for name in names if normalize(name) in self._text]


def _of_the_edition(relations: list[Relation], old: Entity, new: Entity) -> list[Relation]:
    """`relations`, where the facts of taking part in, hosting or inviting to event `old`
    took its year, with the year of edition `new` (an event renamed to another year's)."""
    before, after = old.properties.get("year"), new.properties.get("year")
    if before == after or after is None:
        return relations
    told = []
    for relation in relations:
        props = relation.properties
        of_it = old.id in (relation.target, props.get("event"))
        if of_it and props.get("year") == before and fact_day(props) is None:
            relation = replace(relation, properties={**props, "year": after})
        told.append(relation)
    return told


def _left_alone(
    removed: list[Relation], relations: list[Relation], entities: list[Entity]
) -> set[str]:
    """The cities, people, bodies and events only removed facts joined (a place read
    out of 航空轉運城市): they go, with what only places them (their LOCATED_IN and
    EDITION_OF), and a series none of whose editions is left."""
    labels = {entity.id: entity.label for entity in entities}
    ends = {end for r in removed if r.type not in STRUCTURAL for end in (r.source, r.target)}
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


def _a(label: Label) -> str:
    return f"{'an' if str(label)[0] in 'AEIOU' else 'a'} {label}"
