"""Facts and entities folded into those an extraction holds: a fact a reader adds taken
as the rules would hold it (loaders.correcting), and one entity found to be another
(a corrections file's [[entity]] entries), its facts and names made the other's.
"""

from __future__ import annotations

from dataclasses import replace

from graph.model import HOME_CITY_ID, UNDIRECTED, Entity, Label, Relation, RelType
from loaders.corrections import STRUCTURAL, EntryError
from loaders.facts import another_meeting, another_trip

#: The property telling apart two visits, or two meetings, of one pair in one year.
_OCCASION = {RelType.VISITED: "trip", RelType.MET_WITH: "meeting"}
#: An event's properties of its own dates, which an edition of another year does not take.
_DAYS = ("start", "end")


def as_known(relation: Relation, known: list[Relation]) -> Relation:
    """`relation` as the extraction would hold it beside `known`: a tie or meeting in
    the order the rules wrote the pair; a visit or meeting the same as one known on its
    days (with its `trip`/`meeting` tag), or tagged as another that year."""
    same_type = [r for r in known if r.type == relation.type]
    pair = (relation.source, relation.target)
    as_written = any((r.source, r.target) == pair for r in same_type)
    turned = any((r.target, r.source) == pair for r in same_type)
    if relation.type in UNDIRECTED and turned and not as_written:
        relation = replace(relation, source=relation.target, target=relation.source)
    tag = _OCCASION.get(relation.type)
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


def merge_into(
    relations: list[Relation],
    entities: dict[str, Entity],
    old_id: str,
    new_id: str,
    where: str,
    *,
    names: list[str],
    carry: bool = True,
    keep_placing: bool = False,
) -> list[Relation]:
    """`relations` once entity `old_id` is found to be `new_id`: its facts are that one's,
    but for those placing it (a body is where the other is, an event the edition of the
    other's series; with `keep_placing`, where the other is placed nowhere, where it
    was); a `led_by`, signatory or bureau naming it names that one; and it goes, with a
    place or series left placing nothing. `new_id` takes `names` as other names and,
    with `carry`, the English name and properties it lacks (not another year's days or
    English name). `entities` is changed in place; two entities a fact joins are
    refused (EntryError naming `where`)."""
    old, survivor = entities.pop(old_id), entities[new_id]
    placing = {r.target for r in relations if r.type in STRUCTURAL}
    placed = {r.type for r in relations if r.source == new_id and r.type in STRUCTURAL}
    dropped = placed if keep_placing else set(STRUCTURAL)
    relations = [r for r in relations if not (r.source == old_id and r.type in dropped)]
    relations = _moved(relations, entities, old_id, new_id, where)
    relations = [_name_told(r, old.name_zh, survivor.name_zh) for r in relations]
    survivor.merge_aliases(names)
    if carry:
        year = survivor.properties.get("year")
        another_year = year is not None and old.properties.get("year", year) != year
        survivor.name_en = survivor.name_en or ("" if another_year else old.name_en)
        for key, value in old.properties.items():
            if key not in survivor.properties and not (another_year and key in _DAYS):
                survivor.properties[key] = value
    joined = {end for r in relations for end in (r.source, r.target)}
    for left in placing - joined:  # a series left with no edition, a place with no body
        entity = entities.get(left)
        if entity is not None and entity.label != Label.COUNTRY and left != HOME_CITY_ID:
            del entities[left]
    return relations


def _moved(
    relations: list[Relation], entities: dict[str, Entity], old: str, new: str, where: str
) -> list[Relation]:
    """`relations` with every fact of `old` made one of `new` (and what names `old` as
    its event or series naming `new`); a fact that then is one the extraction holds —
    either way round for ties and meetings, on the same days for visits and meetings —
    is folded into it, and another visit or meeting that year is tagged as the rules
    tag it."""
    for entity in entities.values():
        if entity.properties.get("series") == old:
            entity.properties["series"] = new
    touching = [
        r for r in relations if old in (r.source, r.target) or r.properties.get("event") == old
    ]
    out = [r for r in relations if not any(r is t for t in touching)]
    at = {r.key: n for n, r in enumerate(out)}
    for relation in touching:
        ends = [new if end == old else end for end in (relation.source, relation.target)]
        if ends[0] == ends[1]:
            raise EntryError(
                f"{where}: {old} and {new} are joined by a {relation.type} fact; "
                "remove it first, or they are not one"
            )
        props = relation.properties
        if props.get("event") == old:
            props = {**props, "event": new}
        relation = as_known(
            replace(relation, source=ends[0], target=ends[1], properties=props), out
        )
        if relation.key in at:
            out[at[relation.key]] = folded(out[at[relation.key]], relation)
        else:
            at[relation.key] = len(out)
            out.append(relation)
    return out


def _name_told(relation: Relation, old: str, new: str) -> Relation:
    """`relation` with `new` where it names `old` as who led, signed or went."""
    props = relation.properties
    told: dict[str, object] = {key: new for key in ("led_by",) if props.get(key) == old}
    for key in ("signatories", "bureaus"):
        names = props.get(key)
        if isinstance(names, list) and old in names:
            told[key] = [new if name == old else name for name in names]
    return replace(relation, properties={**props, **told}) if told else relation


def folded(known: Relation, other: Relation) -> Relation:
    """One fact stated twice: `known`, with `other`'s evidence and the properties it
    lacks (the change of a fact read, loaders.correcting, then sets its own)."""
    evidence = known.evidence + [e for e in other.evidence if e not in known.evidence]
    return replace(known, properties={**other.properties, **known.properties}, evidence=evidence)
