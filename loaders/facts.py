"""Collecting one report's entities and relations, with ids and evidence.

`Facts` is what the extraction rules write into: it turns gazetteer places, names
and events into canonical `Entity` objects with deterministic ids, merges repeated
sightings, and attaches to every relation the sentence that states it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from graph.model import (
    ENDPOINTS,
    Attendance,
    Entity,
    Evidence,
    Extraction,
    Label,
    Relation,
    RelType,
    SourceDoc,
    TieStatus,
)
from loaders.dates import month_number
from loaders.gazetteer import Place
from loaders.lexicon import lexicon
from loaders.names import school_forms
from loaders.reading import normalize
from loaders.structure import Sentence


def slug(text: str) -> str:
    """An ASCII id fragment of a Latin name ('Malé' → 'male'); '' if none is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def is_latin(name: str) -> bool:
    """True for a name written in Latin letters only (Mario Ste-Marie, ICRT)."""
    return bool(slug(name)) and not re.search(r"[\u3400-\u9fff\uf900-\ufaff]", name)


def scoped_org_prefix(scope: str) -> str:
    """How the ids of a place's own bodies open (city:tw:kaohsiung → org:tw:kaohsiung:)."""
    return "org:" + scope.split(":", 1)[1] + ":"


def id_fragment(name_zh: str, name_en: str = "") -> str:
    """The readable part of an id: the English slug if there is one (or the name is
    written in Latin letters), else the normalized Chinese name (so 臺/台 variants of
    one name share an id)."""
    if not name_en and is_latin(name_zh):
        name_en = name_zh
    return slug(name_en) or re.sub(r"\s+", "", normalize(name_zh))


#: When two sentences state one fact with different statuses, the stronger wins.
#: (TieStatus.PLANNED and Attendance.PLANNED are one string, "planned".)
_STATUS_RANK: dict[str, int] = {
    TieStatus.PLANNED: 1,
    Attendance.INVITED: 2,
    TieStatus.NEGOTIATING: 2,
    Attendance.ATTENDED: 3,
    TieStatus.SIGNED: 3,
    TieStatus.REVOKED: 4,
}


def _preferred(key: str, old: Any, new: Any) -> Any:
    """Which of two values of one property a merged fact keeps."""
    if old in (None, "", []):
        return new
    if key == "status":
        return new if _STATUS_RANK.get(new, 0) > _STATUS_RANK.get(old, 0) else old
    if key in ("start", "end", "since", "date") and isinstance(new, str) and isinstance(old, str):
        return new if len(new) > len(old) else old  # the more precise date
    return old


def _bounds(start: str, end: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The first and last day an ISO date range of any precision may mean."""
    first = [int(p) for p in start.split("-")]
    last = [int(p) for p in end.split("-")]
    return (tuple(first + [1, 1][len(first) - 1 :]), tuple(last + [12, 31][len(last) - 1 :]))


def _narrower(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether `new` dates a fact to a part of the span `old` gives (the report's
    period 2022-07/2022-12, then 8月下旬 → 2022-08): the narrower date is the fact's."""
    spans = []
    for props in (old, new):
        start, end = props.get("start"), props.get("end") or props.get("start")
        if not (isinstance(start, str) and isinstance(end, str)):
            return False
        try:
            spans.append(_bounds(start, end))
        except ValueError:
            return False
    (old_first, old_last), (new_first, new_last) = spans
    within = old_first <= new_first and new_last <= old_last
    return within and (old_first, old_last) != (new_first, new_last)


def set_days(properties: dict[str, Any], start: str, end: str | None) -> None:
    """Date a visit `start` to `end`, or on `start` alone when `end` is None (any end
    told before is dropped)."""
    properties["start"] = start
    properties.pop("end", None)
    if end:
        properties["end"] = end


def told_in(relation: Relation, sentence: Sentence) -> bool:
    """Whether `sentence` is among those stating `relation` (each piece of evidence is
    one whole sentence)."""
    return any((e.start, e.end) == (sentence.start, sentence.end) for e in relation.evidence)


def told_only_in(relation: Relation, sentence: Sentence) -> bool:
    """Whether `sentence` alone states `relation`."""
    return {(e.start, e.end) for e in relation.evidence} == {(sentence.start, sentence.end)}


def dated_within(inner: dict[str, Any], outer: dict[str, Any]) -> bool:
    """Whether the date of a fact (`inner`, its start and end) falls within the date
    another tells (`outer`: its days, month or only its year); undated, it may."""
    start = inner.get("start")
    if not isinstance(start, str):
        return False
    first, last = outer.get("start"), outer.get("end") or outer.get("start")
    if not (isinstance(first, str) and isinstance(last, str)):
        year = outer.get("year")
        return year is None or start.startswith(f"{year}-")
    try:
        (outer_first, outer_last), (own_first, _) = _bounds(first, last), _bounds(start, start)
    except ValueError:
        return False
    return outer_first <= own_first <= outer_last


def _own_days(known: Relation, new: dict[str, Any]) -> bool:
    """Whether `new` gives a visit's own days (某市代表團於1月17日至19日來訪) where
    `known` only had the days of the event it came for (inferred): the visit's own
    days are its dates."""
    return (
        known.type == RelType.VISITED
        and bool(known.properties.get("inferred"))
        and not new.get("inferred")
        and len(str(new.get("start", ""))) == 10
    )


def _event_days_over_told(known: Relation, new: dict[str, Any]) -> bool:
    """Whether `new` gives only the days of the event a party came for (inferred) where
    `known` tells the month it came (「2月份計有某市副市長某某…等來訪」, then the party at
    the city's festival of 2月19日至27日): the month told stays the visit's date."""
    old_start, old_end = known.properties.get("start"), known.properties.get("end")
    return (
        known.type == RelType.VISITED
        and bool(new.get("inferred"))
        and not known.properties.get("inferred")
        and isinstance(old_start, str)
        and len(old_start) == 7
        and old_end in (None, old_start)
    )


def _arrival_before_event(known: Relation, new: dict[str, Any]) -> bool:
    """Whether `new` tells the month a party arrived (某隊已於七月下旬抵高，進行賽前集訓)
    before the days of the event it came for, all `known` had (inferred): the stay
    begins then and lasts to the event's end."""
    old_start, new_start = known.properties.get("start"), new.get("start")
    return (
        known.type == RelType.VISITED
        and bool(known.properties.get("inferred"))
        and not new.get("inferred")
        and isinstance(old_start, str)
        and isinstance(new_start, str)
        and len(new_start) == len("2000-01")
        and new.get("end") in (None, new_start)
        and new_start < old_start[:7]
    )


def _day_in_trip(rel_type: RelType, old: dict[str, Any]) -> bool:
    """Whether `old` is a visit's own days (3月2日至6日赴某市訪問), which a day told of
    its programme (3月3日拜會某知事，並出席某市主辦之…) does not narrow: that day is
    within the trip, not the trip."""
    start, end = old.get("start"), old.get("end")
    return (
        rel_type == RelType.VISITED
        and not old.get("inferred")
        and all(isinstance(d, str) and len(d) == 10 for d in (start, end))
        and start != end
    )


#: Days between two visits of one party to one place, each dated to one day, that
#: still make one stay.
_SAME_STAY_DAYS = 1


def days_between(earlier: str, later: str) -> int:
    """Days from one ISO day to another (negative when `later` is before)."""
    return (date.fromisoformat(later) - date.fromisoformat(earlier)).days


def another_trip(
    rel_type: RelType, old: dict[str, Any], new: dict[str, Any], by_person: bool = False
) -> bool:
    """Whether a visit dated to the day is another trip than the one already known
    (also dated to the day): on days apart (neither within the other's days; two single
    days the day after each other are one stay, unless led by others or of other
    bureaus)."""
    if rel_type != RelType.VISITED:
        return False
    starts = (old.get("start"), new.get("start"))
    if not all(isinstance(s, str) and len(s) >= 4 for s in starts):
        return False
    if not all(len(str(s)) == 10 for s in starts):
        # (a person's months apart are left one: the groups a clause after tells came in
        # turn, 雙方某某團分別於3月及5月來訪, are not the people met before)
        return not by_person and _months_apart(old, new)
    old_days = (old["start"], str(old.get("end") or old["start"]))
    new_days = (new["start"], str(new.get("end") or new["start"]))
    first, second = sorted((old_days, new_days))
    if old.get("inferred") != new.get("inferred"):
        # a visit implied by an event attended (翌日應邀出席「…」) right after the one told
        # (某市長於5月3日來訪) is of the same stay
        return days_between(first[1], second[0]) > _SAME_STAY_DAYS
    if not (old.get("end") or new.get("end")):
        # a day told the day after an arrival (2月2日抵達…，並於2月3日出席…) is of the
        # same stay, not another trip; unless another led it, or other bureaus went
        if any(old.get(k) and new.get(k) and old[k] != new[k] for k in ("led_by", "bureaus")):
            return first[1] != second[0]
        return days_between(first[1], second[0]) > _SAME_STAY_DAYS
    return not first[0] <= second[0] <= first[1]


def _months_apart(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether two visits, one dated only to the month or year, fall in months (or
    years) apart at the coarser of their dates (七月二十七日至八月三日赴某市 and 十月上旬
    前往某市; 一○五年曾來訪 and 本年一月來訪): two trips. A month and a day within it,
    or a year and a month of it, are one; so are a month and a day of the month after,
    one stay across the turn of a month (九月下旬赴某市 and 十月一日在某市出席…), but not
    two months next to each other (十月上旬 and 十一月中旬: two trips)."""
    size = min(len(str(old["start"])), len(str(new["start"])))
    old_span = (str(old["start"])[:size], str(old.get("end") or old["start"])[:size])
    new_span = (str(new["start"])[:size], str(new.get("end") or new["start"])[:size])
    first, second = sorted((old_span, new_span))
    if size == len("2000-01") and first[1] < second[0]:
        day_told = len(str(old["start"])) > size or len(str(new["start"])) > size
        # a visit implied by an event attended (its days in July) and one told in the
        # month after (八月下旬選派學生來訪) are two comings, not one stay; one told in the
        # month before (七月下旬抵高，進行賽前集訓) is the arrival for it
        earlier = old if old_span <= new_span else new
        one_stay = day_told and (
            old.get("inferred") == new.get("inferred") or not earlier.get("inferred")
        )
        return month_number(second[0]) - month_number(first[1]) > (1 if one_stay else 0)
    return first[1] < second[0]


def another_meeting(rel_type: RelType, old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether a meeting dated to the day is another one than that already known (also
    dated to the day): on days more than one stay apart (a meeting told again the
    day after, 11日接見…，12日共同簽署…, is the same)."""
    if rel_type != RelType.MET_WITH:
        return False
    dates = (old.get("date"), new.get("date"))
    if not all(isinstance(d, str) and len(d) == 10 for d in dates):
        return False
    first, second = sorted(str(d) for d in dates)
    return days_between(first, second) > _SAME_STAY_DAYS


@dataclass
class Facts:
    """Entities and relations found in one report."""

    source: SourceDoc
    text: str
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: dict[str, Relation] = field(default_factory=dict)

    # -- entities ------------------------------------------------------------------
    def add(self, entity: Entity) -> str:
        known = self.entities.get(entity.id)
        if known is None:
            self.entities[entity.id] = entity
        else:
            known.merge(entity)
        return entity.id

    def add_entity(
        self,
        entity_id: str,
        label: Label,
        name_zh: str,
        name_en: str = "",
        properties: dict[str, Any] | None = None,
    ) -> str:
        return self.add(Entity(entity_id, label, name_zh, name_en, [], dict(properties or {})))

    def place(self, place: Place, surface: str | None = None) -> str:
        return self.add(place_entity(place, surface))

    def person(self, name_zh: str, name_en: str = "") -> str:
        if not name_en and is_latin(name_zh):
            name_en = name_zh
        pid = f"person:{id_fragment(name_zh) if name_zh else slug(name_en)}"
        return self.add(Entity(pid, Label.PERSON, name_zh or name_en, name_en))

    def organization(
        self,
        name_zh: str,
        name_en: str = "",
        kind: str | None = None,
        scope: str | None = None,
        org_id: str | None = None,
    ) -> str:
        """An organization; `scope` (a place id) keeps same-named offices of two cities apart."""
        if org_id is None:
            tail = id_fragment(name_zh, "" if name_zh else name_en)
            org_id = (scoped_org_prefix(scope) if scope else "org:") + tail
        props = {"kind": kind} if kind else {}
        org_id = self.add(Entity(org_id, Label.ORGANIZATION, name_zh, name_en, [], props))
        # 前鎮高中 is also written 前鎮高級中學: a school is known by either form
        self.entities[org_id].merge_aliases(school_forms(name_zh))
        return org_id

    def label_of(self, entity_id: str) -> Label:
        return self.entities[entity_id].label

    # -- relations -----------------------------------------------------------------
    def evidence(self, sentence: Sentence) -> Evidence:
        return Evidence(
            self.source.id, self.text[sentence.start : sentence.end], sentence.start, sentence.end
        )

    def add_evidence(self, relation: Relation, sentence: Sentence) -> None:
        """Add `sentence` to what states `relation` (once)."""
        said = self.evidence(sentence)
        if said not in relation.evidence:
            relation.evidence.append(said)

    def relate(
        self,
        rel_type: RelType,
        source: str,
        target: str,
        sentence: Sentence,
        also: Sequence[Sentence] = (),
        **props: Any,
    ) -> Relation | None:
        """Record a relation stated by `sentence` (and completed by the sentences
        `also`, e.g. an item's body under its heading); the same fact twice keeps both
        sentences."""
        if source == target or not self._ends_allowed(rel_type, source, target):
            return None
        clean = {k: v for k, v in props.items() if v not in (None, "", [])}
        evidence = [self.evidence(s) for s in (sentence, *also)]
        relation = Relation(rel_type, source, target, clean, evidence)
        known = self.relations.get(relation.key)
        by_person = source.startswith("person:")
        if known is not None and another_trip(rel_type, known.properties, clean, by_person):
            # 1月…前往某某市 and 6月…前往參加某某節: two visits in one year stay two
            relation.properties["trip"] = clean["trip"] = clean["start"]
            known = self.relations.get(relation.key)
        if known is not None and another_meeting(rel_type, known.properties, clean):
            # 3月5日拜會某市長 and 5月22日與某市長會談: two meetings in one year stay two
            relation.properties["meeting"] = clean["meeting"] = clean["date"]
            known = self.relations.get(relation.key)
        if known is None:
            self.relations[relation.key] = relation
            return relation
        self.take_dates(known, clean)
        for key, value in clean.items():
            known.properties[key] = _preferred(key, known.properties.get(key), value)
        for quoted in relation.evidence:
            if quoted not in known.evidence:
                known.evidence.append(quoted)
        return known

    def _ends_allowed(self, rel_type: RelType, source: str, target: str) -> bool:
        """Whether the graph model lets `rel_type` join these two (DESIGN §3: a country
        invites no one and takes part in nothing): the writer refuses any other, and
        with it the whole report."""
        allowed_from, allowed_to = ENDPOINTS[rel_type]
        ends = (self.entities.get(source), self.entities.get(target))
        return (ends[0] is None or ends[0].label in allowed_from) and (
            ends[1] is None or ends[1].label in allowed_to
        )

    @staticmethod
    def take_dates(known: Relation, clean: dict[str, Any]) -> None:
        """The dates of the same fact told again (`clean`, its properties) that `known`
        takes: finer or narrower ones; those it does not take are dropped from `clean`."""
        old_start = known.properties.get("start")
        if not (isinstance(old_start, str) and "start" in clean):
            return
        # the days of the event a party came for (inferred) do not narrow the days
        # of its own trip (5月10日至14日 → not 5月11日至13日); its own days do
        narrows = (
            _narrower(known.properties, clean)
            and not (clean.get("inferred") and not known.properties.get("inferred"))
            and not _day_in_trip(known.type, known.properties)
        )
        finer = len(str(clean["start"])) > len(old_start) and not _event_days_over_told(
            known, clean
        )
        if _arrival_before_event(known, clean):
            known.properties.pop("inferred", None)  # told, then, not only implied
            known.properties["start"] = clean.pop("start")  # to the event's end
            clean.pop("end", None)
        elif finer or narrows or _own_days(known, clean):
            known.properties.pop("inferred", None)  # told, then, not only implied
            known.properties.pop("end", None)  # a precise date replaces a period
            known.properties["start"] = clean.pop("start")
        else:
            clean.pop("start")
            clean.pop("end", None)
            if not known.properties.get("inferred"):
                clean.pop("inferred", None)  # its told date stays: told, not implied

    def extraction(self) -> Extraction:
        self._drop_shared_aliases()
        self._leaders_by_name()
        return Extraction(
            sources=[self.source],
            entities=list(self.entities.values()),
            relations=list(self.relations.values()),
        )

    def _drop_shared_aliases(self) -> None:
        """An alias two places of the chapter hold (巴拿馬共和國科隆市 and 德國科隆市: both
        科隆, 科隆市) names neither: it is dropped from both."""
        holders: dict[str, set[str]] = {}
        for entity in self.entities.values():
            if entity.label == Label.CITY:
                for alias in entity.aliases:
                    holders.setdefault(alias, set()).add(entity.id)
        shared = {alias for alias, ids in holders.items() if len(ids) > 1}
        if not shared:
            return
        for entity in self.entities.values():
            if entity.label == Label.CITY and shared.intersection(entity.aliases):
                entity.aliases = [a for a in entity.aliases if a not in shared]

    def _leaders_by_name(self) -> None:
        """A leader named in full with his title, before or after the name (陳大明市長率團,
        由建設局長王小明率領), is `led_by` by his name alone, as the person the chapter
        names; one written by surname and title only (陳市長) stays as written."""
        people = {
            e.name_zh for e in self.entities.values() if e.label == Label.PERSON and e.name_zh
        }
        # a name of two may be a surname read as one (波特蘭港務局史東局長: Mr Stone): it
        # counts only where the curated people list it (陳菊)
        known = {person.name_zh for person in lexicon().people}
        names = sorted((n for n in people if len(n) >= 3 or n in known), key=len, reverse=True)
        for relation in self.relations.values():
            leader = relation.properties.get("led_by")
            if isinstance(leader, str) and leader not in people:
                named = _person_with_title(leader, names)
                if named:
                    relation.properties["led_by"] = named


def place_entity(place: Place, surface: str | None = None) -> Entity:
    """The entity of a gazetteer place, as `surface` writes it."""
    aliases = list(place.aliases)
    if surface and surface not in aliases and surface != place.name_zh:
        aliases.append(surface)
    # 多明尼加聖地牙哥市: the place as written also without its country before it
    # (聖地牙哥市), as places are named
    own = _own_name_at(surface, place) if surface else -1
    if own > 0 and surface and surface[own:] not in aliases and surface[own:] != place.name_zh:
        aliases.append(surface[own:])
    if place.label == "Country":
        props: dict[str, Any] = {"code": place.country}
        label = Label.COUNTRY
    else:
        props = {
            "country": place.country,
            "admin_level": place.admin_level,
            "lat": place.lat,
            "lon": place.lon,
            "parent": place.parent_id,
        }
        label = Label.CITY
    return Entity(place.id, label, place.name_zh, place.name_en, aliases, props)


def _person_with_title(written: str, names: list[str]) -> str | None:
    """The first of `names` that `written` names with a title before or after the name
    (陳大明市長, 某市陳大明市長, 建設局長王小明); None when it is not so written."""
    lex = lexicon()
    for name in names:
        at = written.find(name)
        # 陳大明市長, or with the place or body before (某市陳大明市長)
        if at >= 0 and lex.title(written[at + len(name) :]):
            return name
        if written.endswith(name) and lex.titles_ending(written[: -len(name)]):
            return name
    return None


def _own_name_at(surface: str, place: Place) -> int:
    """Where the place's own name starts in `surface` (多明尼加聖地牙哥市: 4): its data
    name, else the earliest of its other names written there past the start, for a
    place the data names otherwise (巴拿馬共和國科隆市, the data's 告郎 also 科隆).
    -1 when none is."""
    if place.name_zh and (at := surface.find(place.name_zh)) >= 0:
        return at
    found = [
        at
        for name in place.aliases
        if len(name) >= 2 and name != surface and (at := surface.find(name)) > 0
    ]
    return min(found, default=-1)
