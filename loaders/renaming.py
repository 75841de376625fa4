"""A corrections file's [[entity]] entries, applied after its facts: an entity renamed
(its id then the rules' for the new name: the entity of that id or name the report has,
or a new one placed as the rules place it), found to be another (`same_as`), or given
an English name. What becomes of its facts, names and places is loaders.merging's.
"""

from __future__ import annotations

import copy
from dataclasses import replace

from graph.model import HOME_CITY_ID, Entity, Extraction, Label, Relation
from loaders.corrections import (
    STRUCTURAL,
    Applied,
    EntryError,
    Renaming,
    a_label,
    ends_before,
    fact_day,
)
from loaders.gazetteer import Gazetteer
from loaders.merging import merge_into
from loaders.new_entities import EntityMaker
from loaders.reading import normalize
from loaders.scoring import FactMatcher

#: What a reader may rename: a place's names are the gazetteer's, a series' its editions'.
_RENAMED = (Label.PERSON, Label.ORGANIZATION, Label.EVENT)


class Renamings:
    """The [[entity]] entries of one file, applied in order to `relations` and `entities`
    (the extraction's after its facts were corrected; `entities` is changed in place)."""

    def __init__(
        self,
        relations: list[Relation],
        entities: dict[str, Entity],
        maker: EntityMaker,
        applied: Applied,
    ) -> None:
        self.relations = relations
        self.entities = entities
        self.maker = maker
        self.applied = applied
        self._text = normalize(maker.parsed.text)

    def apply(self, renaming: Renaming) -> None:
        where = f"entity #{renaming.number}"
        old_id = self._entry_entity(renaming, where)
        if old_id is None:
            return
        old = self.entities[old_id]
        if old.id == HOME_CITY_ID:
            raise EntryError(f"{where}: {old.id} is the home city; its names are the gazetteer's")
        counted = (self.applied.renamed, self.applied.merged)
        result = old.id
        if renaming.same_as is not None:
            result = self._same_as(renaming.same_as, old, where)
            self._merge(old, result, self._written([old.name_zh, *old.aliases]), where)
            self.applied.merged += 1
        elif renaming.name_zh is not None:
            result = self._rename(old, renaming.name_zh, where)
        entity = self.entities[result]
        told = {k: v for k, v in (("start", renaming.start), ("end", renaming.end)) if v}
        if told:
            _check_days(entity, told, where)
        changed = {k: v for k, v in told.items() if entity.properties.get(k) != v}
        english = renaming.name_en
        if english is not None and entity.name_en != english:
            changed["name_en"] = english
        if changed and counted == (self.applied.renamed, self.applied.merged):
            self.applied.renamed += 1
        entity.name_en = changed.pop("name_en", entity.name_en)
        entity.properties.update(changed)
        if counted == (self.applied.renamed, self.applied.merged):
            self.applied.idle.append(f"{where} names it so already")

    def check(self) -> list[str]:
        """What the entries left joining an entity there is not (none, when all is well)."""
        missing = sorted(
            {
                end
                for r in self.relations
                for end in (r.source, r.target, r.properties.get("event"))
                if isinstance(end, str) and end not in self.entities
            }
        )
        return [f"the [[entity]] entries leave facts of {m}, which no entity is" for m in missing]

    def _entry_entity(self, renaming: Renaming, where: str) -> str | None:
        """The id of the one entity (read, or made by an [[add]]) the entry names; None,
        said, for a rename whose wrong name is read no more while its right one is (the
        rules have since learnt to read it)."""
        matcher = self._matcher()
        ids = sorted(i for i in matcher.ids(renaming.entity) if i in self.entities)
        if len(ids) > 1:
            raise EntryError(f"{where}: {renaming.entity!r} names {', '.join(ids)}: write the id")
        if ids:
            return ids[0]
        right = renaming.name_zh
        if (
            right is not None
            and renaming.same_as is None
            and matcher.ids(right) & set(self.entities)
        ):
            self.applied.idle.append(f"{where}: {renaming.entity!r} is read no more, {right!r} is")
            return None
        raise EntryError(
            f"{where}: no entity {renaming.entity!r} was read from the report or made by an "
            "[[add]] (or it went with the facts removed)"
        )

    def _same_as(self, reference: str, old: Entity, where: str) -> str:
        """The id of the entity `old` is: one of the report, or a place of the gazetteer."""
        named = self._matcher().ids(reference)
        if named == {old.id}:
            raise EntryError(f"{where}: {reference!r} is {old.id} itself")
        ids = sorted(named - {old.id})
        ids = [i for i in ids if i in self.entities] or ids
        if len(ids) > 1:
            raise EntryError(f"{where}: {reference!r} names {', '.join(ids)}: write the id")
        place = self.maker.place(ids[0], reference) if ids and ids[0] not in self.entities else None
        if place is not None:  # a place the report did not name
            self.entities[place.id] = place
        if not ids or ids[0] not in self.entities:
            raise EntryError(f"{where}: no entity {reference!r} in the report or gazetteer")
        other = self.entities[ids[0]]
        self._may_be(old, other, where)
        return other.id

    def _rename(self, old: Entity, name: str, where: str) -> str:
        """`old` under the name `name`: the entity of the report so named, or the one of
        the id the rules give the name (a new one, placed as they place it, keeping the
        names, English name and properties of `old` where it is where `old` was)."""
        if old.label not in _RENAMED:
            whose = (
                "its editions'; rename them"
                if old.label == Label.EVENT_SERIES
                else "the gazetteer's; say same_as = the place it is"
            )
            raise EntryError(f"{where}: the name of {a_label(old.label)} is {whose}")
        if old.label == Label.ORGANIZATION and Gazetteer.default().resolve(name) is not None:
            raise EntryError(f"{where}: {name!r} names a place, not a body")
        kept_names = self._written(
            [n for n in (old.name_zh, *old.aliases) if not _misread(n, name)]
        )
        named = self._named(name, old, where)
        if named is not None:  # a body or person the report reads by that name
            self._merge(old, named, kept_names, where)
            self.applied.merged += 1
            return named
        new = self.maker.make(name, old.label, where)
        if new.id == old.id:
            if name == old.name_zh:
                return old.id
            old.name_zh = name
            old.aliases = [a for a in old.aliases if a != name and not _misread(a, name)]
            self.applied.renamed += 1
            return old.id
        if new.id in self.entities:
            self._merge(old, new.id, kept_names, where)
            self.applied.merged += 1
            return new.id
        said = [e for r in self.relations if old.id in (r.source, r.target) for e in r.evidence]
        placing = self.maker.structure(new.id, said[:1])
        for needed in {r.target for r in placing} - set(self.entities):
            made = self.maker.get(needed)
            if made is None:  # pragma: no cover - the maker makes what it places in
                raise EntryError(f"{where}: {needed} is no entity")
            self.entities[needed] = copy.deepcopy(made)  # (not the extraction's own)
        self.entities[new.id] = new
        self.relations += placing
        was = {r.target for r in self.relations if r.source == old.id and r.type in STRUCTURAL}
        unplaced = not self.maker.places_known(new.id)
        # (a body the new name places elsewhere is another body: not the old one's names)
        same_place = old.label != Label.ORGANIZATION or unplaced
        same_place = same_place or {r.target for r in placing} == was
        self._merge(old, new.id, kept_names if same_place else [], where, same_place, unplaced)
        self.applied.renamed += 1
        return new.id

    def _named(self, name: str, old: Entity, where: str) -> str | None:
        """The one entity of the report of `old`'s kind that `name` names, if any."""
        ids = sorted(
            i
            for i in self._matcher().ids(name)
            if i in self.entities and i != old.id and self.entities[i].label == old.label
        )
        if len(ids) > 1:
            raise EntryError(f"{where}: {name!r} names {', '.join(ids)}: say same_as = the id")
        return ids[0] if ids else None

    def _merge(
        self,
        old: Entity,
        new_id: str,
        names: list[str],
        where: str,
        carry: bool = True,
        keep_placing: bool = False,
    ) -> None:
        if old.label == Label.EVENT:
            self.relations = _of_the_edition(self.relations, old, self.entities[new_id])
        self.relations = merge_into(
            self.relations,
            self.entities,
            old.id,
            new_id,
            where,
            names=names,
            carry=carry,
            keep_placing=keep_placing,
        )

    def _may_be(self, old: Entity, other: Entity, where: str) -> None:
        if other.id == HOME_CITY_ID:
            raise EntryError(f"{where}: {other.id} is the home city, no other place")
        if other.label != old.label:
            raise EntryError(
                f"{where}: {old.id} is {a_label(old.label)} and {other.id} {a_label(other.label)}: "
                "one cannot be the other"
            )

    def _matcher(self) -> FactMatcher:
        return FactMatcher(Extraction(entities=list(self.entities.values())))

    def _written(self, names: list[str]) -> list[str]:
        """Those of `names` the report writes (not a place's names in other languages,
        nor a character alone)."""
        return [n for n in names if len(n) > 1 and normalize(n) in self._text]


def _check_days(event: Entity, told: dict[str, str], where: str) -> None:
    """That days given an entity are an event's, of its edition's year, and with the
    days it keeps make a span that ends after it starts."""
    if event.label != Label.EVENT:
        raise EntryError(f"{where}: start and end are an event's; {event.id} is none")
    year = event.properties.get("year")
    for key, day in told.items():
        if year is not None and day[:4] != str(year):
            raise EntryError(f"{where}: {key} {day} is not of {event.id}, of {year}")
    days = {k: event.properties.get(k) for k in ("start", "end")} | told
    start, end = days["start"], days["end"]
    if isinstance(start, str) and isinstance(end, str) and ends_before(end, start):
        raise EntryError(f"{where}: {event.id} would end ({end}) before it starts ({start})")


def _misread(name: str, right: str) -> bool:
    """Whether `name` is `right` read too long or too short (同日韓國某市議會, 金成浩外):
    no other name of it."""
    return name in right or right in name


def _of_the_edition(relations: list[Relation], old: Entity, new: Entity) -> list[Relation]:
    """`relations`, where the facts of taking part in, hosting or inviting to event `old`
    took its year, with the year of edition `new` (an event found to be another year's)."""
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
