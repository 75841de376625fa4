"""The entities a reader's corrections name that the rules did not read, made as the
rules make them: a person by their name; a body of the city's own by the curated list;
any other body as the rules' own reading of its name gives it (its id, other names and
the places it is in); an event as the edition of the series its name tells; a place as
the gazetteer knows it. So an entity a reader adds is the one the rules read when
another report names it.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from graph.model import (
    CORRECTED,
    HOME_CITY_ID,
    Entity,
    Evidence,
    Extraction,
    Label,
    Relation,
    RelType,
)
from loaders.corrections import EntryError
from loaders.events import edition_id, event_kind, split_event_name
from loaders.facts import Facts, id_fragment, is_latin, place_entity, scoped_org_prefix
from loaders.gazetteer import Gazetteer
from loaders.lexicon import lexicon
from loaders.reading import normalize
from loaders.rules.bodies import city_body_name
from loaders.rules.reader import ReportReader
from loaders.structure import ParsedReport

#: How a report names the city's own government, or the city, before a body (本府觀光局,
#: 本市中正高中, 高雄市政府觀光局); not 本市立 (a body the city runs: 本市立某高中).
_HOME_PREFIX = re.compile(r"^(?:本府|本市政府|本市(?!立)|市府|高雄市政府|高雄市(?!立))")
#: A place's own name after its country, in ideographs (峇里島; no Latin letters).
_PLACE_NAME = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]{2,}")
#: What a name holds besides numbers and marks: a letter or an ideograph.
_NAMING = re.compile(r"[A-Za-z\u3400-\u9fff\uf900-\ufaff]")


class EntityMaker:
    """Makes, and remembers, the entities a reader names that `extraction` lacks."""

    def __init__(self, extraction: Extraction, parsed: ParsedReport) -> None:
        self.extraction = extraction
        self.parsed = parsed
        self.read = {entity.id: entity for entity in extraction.entities}
        #: entities made, by id: people, bodies, events, and the series and places these
        #: are editions of or placed in
        self.made: dict[str, Entity] = {}
        #: new events, each with the series it is an edition of (its EDITION_OF)
        self.editions: dict[str, str] = {}
        #: new bodies the rules can place, each with the places they put it in (its
        #: LOCATED_IN; none for a body of the city's own)
        self.placements: dict[str, list[str]] = {}
        self._reader: ReportReader | None = None  # the rules, asked how they name a body

    def get(self, entity_id: str) -> Entity | None:
        """The entity of `entity_id`: one the extraction has, or one made."""
        return self.read.get(entity_id) or self.made.get(entity_id)

    def place(self, entity_id: str, reference: str) -> Entity | None:
        """The gazetteer's place of `entity_id` (named `reference`, unless that is its id),
        made an entity; None when the gazetteer has no such place."""
        gazetteer = Gazetteer.default()
        place = gazetteer.get(entity_id)
        if place is None or not gazetteer.knows(place):
            return None
        entity = place_entity(place, None if ":" in reference else reference)
        self.made.setdefault(entity.id, entity)
        return entity

    def make(self, name: str, label: Label, where: str) -> Entity:
        """A person, body or event named `name`, with the id the rules would give it."""
        if not _NAMING.search(name):
            raise EntryError(f"{where}: {name!r} names nothing")
        name_en = name if is_latin(name) else ""
        if label == Label.PERSON:
            return Entity(f"person:{id_fragment(name)}", label, name, name_en)
        if label == Label.EVENT:
            return self._event(name, where)
        if label == Label.CITY:
            return self._unknown_place(name, where)
        at_home = _HOME_PREFIX.match(name)
        own = name[at_home.end() :] if at_home else name
        home = lexicon().home_org(name) or lexicon().home_org(own)
        if home is not None:  # 本府, 本市議會, 觀光局, 高雄市政府觀光局
            other = [name] if name != home.name_zh else []
            self.placements[home.id] = []  # the city's own: placed nowhere else
            return Entity(home.id, label, home.name_zh, home.name_en, other, {"kind": home.kind})
        if not at_home:
            return self._rules_body(name) or self._body_by_its_place(name)
        if not _NAMING.search(own):
            raise EntryError(f"{where}: {name!r} is the city, not a body of it")
        # 本市中正高中: the rules' 高雄市中正高中, named without 本市
        written = self._home_city_name() + own
        body = self._rules_body(written) or self._body_by_its_place(written)
        return _known_as(body, own)

    def structure(self, entity_id: str, said: list[Evidence]) -> list[Relation]:
        """The facts placing an entity made: an event's EDITION_OF its series, a body's
        LOCATED_IN the places the rules put it in."""
        mark = {CORRECTED: True}
        if entity_id in self.editions:
            return [Relation(RelType.EDITION_OF, entity_id, self.editions[entity_id], mark, said)]
        return [
            Relation(RelType.LOCATED_IN, entity_id, place, dict(mark), said)
            for place in self.placements.get(entity_id, [])
        ]

    def places_known(self, entity_id: str) -> bool:
        """Whether the rules tell where an entity made is (a body they read a place of,
        or none: the city's own; an event's series)."""
        return entity_id in self.placements or entity_id in self.editions

    def report_year(self) -> int | None:
        return self.parsed.period.year if self.parsed.period else None

    def _rules_body(self, name: str) -> Entity | None:
        """The body the rules make of `name` written in the report (in the sentence that
        writes it, if one does): its id, other names and the places it is in (日本東京
        大學 → org:jp:tokyo:東京大學, in Tokyo; 美國哈佛大學 → org:us:…)."""
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
            if self.get(place) is None:
                self.made[place] = copy.deepcopy(facts.entities[place])
        self.placements[org_id] = places
        # (named as the entry writes it: 韓國釜山市議會, not 釜山市議會)
        return _known_as(copy.deepcopy(facts.entities[org_id]), name)

    def _body_by_its_place(self, name: str) -> Entity:
        """A body the rules read no kind of: the city's own body where its name opens
        with the city (韓國釜山市體育會 → org:kr:busan:體育會, in Busan), else known by its
        own name, placed nowhere."""
        kind = lexicon().org_kind(name)
        props = {"kind": kind} if kind else {}
        name_en = name if is_latin(name) else ""
        for mention in Gazetteer.default().find_places(name)[:1]:
            own = city_body_name(name, mention)
            if own is not None:
                org_id = scoped_org_prefix(mention.place.id) + id_fragment(own)
                place = self.get(mention.place.id) or self.place(mention.place.id, mention.place.id)
                self.placements[org_id] = [place.id] if place is not None else []
                # (議會 alone names no one body; 經濟政策課 does, as the rules keep it)
                other = [own] if len(own) >= 4 else []
                return Entity(org_id, Label.ORGANIZATION, name, name_en, other, props)
        return Entity(f"org:{id_fragment(name)}", Label.ORGANIZATION, name, name_en, [], props)

    def _event(self, name: str, where: str) -> Entity:
        """An edition of the series its name tells, of the year it tells (else the
        report's), with the id the rules give it (「2016八王子祭」 → the 八王子祭 series'
        edition of 2016); the series too, if the extraction lacks it."""
        report_year = self.report_year()
        key, named_year, ordinal, name_en = split_event_name(normalize(name), report_year)
        if not _NAMING.search(key):
            raise EntryError(f"{where}: {name!r} names no event, only its year or edition")
        year = named_year or report_year
        entry = lexicon().series_for(key)
        if entry is not None:
            series = Entity(entry.id, Label.EVENT_SERIES, entry.name_zh, entry.name_en)
        else:
            series = Entity(f"series:{id_fragment(key)}", Label.EVENT_SERIES, key, "")
        if series.id not in self.read:
            self.made.setdefault(series.id, series)
        props: dict[str, Any] = {"kind": event_kind(key) or "event", "series": series.id}
        props |= {"year": year} if year else {}
        props |= {"edition": ordinal} if ordinal else {}
        event_id = edition_id(series.id, year) if year else f"event:{id_fragment(name)}"
        self.editions[event_id] = series.id
        name_en = name_en or (name if is_latin(name) else "")
        return Entity(event_id, Label.EVENT, name, name_en, [], props)

    def _unknown_place(self, name: str, where: str) -> Entity:
        """A place no data knows, named after its country (印尼峇里島), as the rules make
        one they find so (美國長堤市 → city:us:長堤市)."""
        gazetteer = Gazetteer.default()
        written = normalize(name)
        found = gazetteer.find_places(written)
        if found and found[0].start == 0 and found[0].end == len(written):
            entity = place_entity(found[0].place, name)  # (美國長堤市: as the rules read it)
        else:
            at = next((n for n in range(6, 1, -1) if gazetteer.country(written[:n])), 0)
            country = gazetteer.country(written[:at]) if at else None
            own = written[at:]
            # (a region the gazetteer knows between: 美國夏威夷州 + 茂宜島)
            region = gazetteer.find_places(own)[:1]
            within = None
            if region and region[0].start == 0 and region[0].end < len(own):
                own, within = own[region[0].end :], region[0].place
            if country is None or country.label != "Country" or not _PLACE_NAME.fullmatch(own):
                raise EntryError(
                    f"{where}: a new place is named in Chinese after its country ({name!r}: "
                    "as 印尼峇里島)"
                )
            entity = place_entity(gazetteer.unknown_place(own, country.country, within), name)
        self.made.setdefault(entity.id, entity)
        return entity

    def _home_city_name(self) -> str:
        """The home city's name as a report writes it before a body (高雄市)."""
        home = self.read.get(HOME_CITY_ID) or self.place(HOME_CITY_ID, HOME_CITY_ID)
        names = [home.name_zh, *home.aliases] if home is not None else []
        return next((n for n in names if n.endswith("市")), names[0] if names else "")


def _known_as(body: Entity, name: str) -> Entity:
    """`body` named `name`, the name it had kept among its other names."""
    read_as, body.name_zh = body.name_zh, name
    body.aliases = [a for a in body.aliases if a != name]
    body.merge_aliases([read_as])
    return body
