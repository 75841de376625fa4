"""Synthetic 「國際事務」 report chapters at any scale, deterministic by seed.

Each chapter follows the genre of the real ones (seed/reports): a visitor list with
titles, a sister-city signing with its ordinal, the lantern festival's partner cities
(first half of a year), delegations abroad with dates and an invitation to the
Asia-Pacific Cities Summit, and an MOU. Only sentence forms the real extractor reads
are used, so loading synthetic chapters runs the whole pipeline: parse → extract →
resolve → load.

Next to every chapter `facts/<chapter>.json` lists the entities (id, label) and
relations (type, source, target) the chapter states, as the extractor should read them.
"""

from __future__ import annotations

import dataclasses
import json
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from citygraph.bench.pools import HOME_CITY, PoolCity, extractable_cities, person_names

LANTERN_SERIES = "series:kaohsiung-lantern-festival"
SUMMIT_SERIES = "series:asia-pacific-cities-summit"
SECRETARIAT = "org:kaohsiung:secretariat"
_VISITOR_TITLES = ("市長", "副市長", "議會議長", "議會副議長")
_MOU_TITLES = ("經濟友好交流協議", "觀光交流合作備忘錄", "教育交流協議", "港灣合作備忘錄")
#: Visitors per list paragraph, as in the real reports (the whole list is each one's evidence).
_LIST_SIZE = 24
_BUREAUS = ("經發局", "觀光局", "教育局", "海洋局", "文化局", "都發局")


@dataclass(frozen=True)
class SynthSpec:
    """How much to write. `visitors` is per chapter; `revisit` the share of them who
    visited before (same person, same office: more relations, no new entity)."""

    seed: int = 1
    years: int = 40
    first_year: int = 1985
    halves: int = 2  # chapters per year: 1 (H1 only) or 2
    visitors: int = 50
    revisit: float = 0.3
    delegations: int = 2
    lantern_cities: int = 12

    def __post_init__(self) -> None:
        checks = {
            "seed": self.seed >= 0,
            "years": 1 <= self.years <= 200,
            "first_year": 1912 <= self.first_year <= 2200,
            "halves": self.halves in (1, 2),
            "visitors": 3 <= self.visitors <= 100_000,
            "revisit": 0.0 <= self.revisit < 1.0,
            "delegations": 0 <= self.delegations <= 1000,
            "lantern_cities": 1 <= self.lantern_cities <= 500,
        }
        bad = [name for name, ok in checks.items() if not ok]
        if bad:
            raise ValueError(f"synthetic spec: {', '.join(bad)} out of range ({self})")

    @property
    def chapters(self) -> int:
        return self.years * self.halves

    @classmethod
    def for_entities(cls, entities: int, seed: int = 1, years: int = 40) -> SynthSpec:
        """A spec whose chapters name about `entities` distinct entities (mostly people):
        a first guess, corrected once by counting what that guess would generate."""
        if entities < 50:
            raise ValueError(f"entities must be at least 50, not {entities}")
        chapters = years * 2
        while chapters > 2 and entities / chapters < 20:  # small graphs: fewer chapters
            chapters -= 2
        revisit = 0.3
        per_chapter = max(1.0, entities / chapters - 10)  # ~10 cities/events/etc. each
        guess = cls(
            seed=seed,
            years=chapters // 2,
            visitors=max(3, math.ceil(per_chapter / (1 - revisit))),
            revisit=revisit,
        )
        counted = count_entities(guess)
        visitors = max(3, round(guess.visitors * entities / counted))
        return dataclasses.replace(guess, visitors=min(visitors, 100_000))


@dataclass
class Visitor:
    name: str
    city: PoolCity
    title: str

    @property
    def person(self) -> str:
        return f"person:{self.name}"

    @property
    def office(self) -> str | None:
        """The organization the person holds a title in (a city council), if any."""
        return (
            f"org:{self.city.cc}:{self.city.slug}:議會" if self.title.startswith("議會") else None
        )

    @property
    def text(self) -> str:
        return f"{self.city.surface}{self.title}{self.name}"


@dataclass
class ChapterFacts:
    """What one chapter states: entity id → label, and (type, source, target) triples."""

    entities: dict[str, str] = field(default_factory=dict)
    relations: set[tuple[str, str, str]] = field(default_factory=set)

    def entity(self, entity_id: str, label: str) -> str:
        self.entities[entity_id] = label
        return entity_id

    def relation(self, rel_type: str, source: str, target: str) -> None:
        self.relations.add((rel_type, source, target))

    def to_json(self) -> dict[str, object]:
        return {
            "entities": sorted([i, label] for i, label in self.entities.items()),
            "relations": sorted(list(r) for r in self.relations),
        }


@dataclass(frozen=True)
class SynthSummary:
    chapters: list[Path]
    chars: int
    entities: int  # distinct entities over all chapters (the Source nodes not counted)
    relations: int  # sum over chapters of the relations each states (MENTIONS not counted)


def _groups(items: list[Visitor], size: int) -> list[list[Visitor]]:
    """`items` in lists of `size`, the last one of at least 3 (the extractor reads a
    visitor list from 3 items on)."""
    groups = [items[i : i + size] for i in range(0, len(items), size)]
    if len(groups) > 1 and len(groups[-1]) < 3:
        groups[-2].extend(groups.pop())
    return groups


def roc_year(year: int) -> str:
    """The ROC year of a Gregorian year, as the reports write it (2013 → 102)."""
    return str(year - 1911)


def _enumerate_zh(items: list[str]) -> str:
    return "、".join(items[:-1]) + f"及{items[-1]}" if len(items) > 1 else items[0]


class ChapterWriter:
    """Writes chapters one by one; the state that spans chapters (people, ordinals)."""

    def __init__(self, spec: SynthSpec) -> None:
        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.cities = list(extractable_cities())
        self.names = person_names(random.Random(spec.seed + 1))
        self.known: list[Visitor] = []
        self.sister_ordinal = 0
        self.sisters: list[PoolCity] = []
        self.partners = self.rng.sample(self.cities, min(len(self.cities), 60))

    def _new_visitor(self) -> Visitor:
        return Visitor(
            next(self.names), self.rng.choice(self.cities), self.rng.choice(_VISITOR_TITLES)
        )

    def _visitors(self, count: int) -> list[Visitor]:
        chosen: dict[str, Visitor] = {}
        while len(chosen) < count:
            if self.known and self.rng.random() < self.spec.revisit:
                visitor = self.rng.choice(self.known)
            else:
                visitor = self._new_visitor()
                self.known.append(visitor)
            chosen.setdefault(visitor.name, visitor)
        return list(chosen.values())

    def chapter(self, year: int, half: int) -> tuple[str, ChapterFacts]:
        spec, rng = self.spec, self.rng
        facts = ChapterFacts()
        home = facts.entity(HOME_CITY, "City")
        roc = roc_year(year)
        months = (1, 6) if half == 1 else (7, 12)
        lines = ["貳拾肆、國際事務", "一、訪賓接待"]
        visitors = self._visitors(spec.visitors)
        lines.append(
            f"本府秘書處{roc}年{months[0]}月至{months[1]}月辦理訪賓接待業務，"
            f"計有{max(1, len(visitors) // 3)}案、{len(visitors) * 3}人到訪。主要訪團代表為："
        )
        lines.append("")
        for group in _groups(visitors, _LIST_SIZE):
            lines.append("、".join(v.text for v in group) + "等。")
        for v in visitors:
            person = facts.entity(v.person, "Person")
            city = facts.entity(v.city.id, "City")
            office = v.office
            if office:
                facts.entity(office, "Organization")
                facts.relation("LOCATED_IN", office, city)
                facts.relation("HOLDS_TITLE", person, office)
            else:
                facts.relation("HOLDS_TITLE", person, city)
            facts.relation("VISITED", person, home)

        lines.append("二、姊妹市交流")
        sub = iter("一二三四五六七八九")
        fresh = [c for c in self.cities if c not in self.sisters]
        sister = rng.choice(fresh) if fresh else None
        if sister is not None:
            self.sisters.append(sister)
            self.sister_ordinal += 1
            month = rng.randint(months[0], months[1])
            day = rng.randint(1, 20)
            lines.append(f"（{next(sub)}）與{sister.surface}締結姊妹市")
            lines.append(
                f"本府於{roc}年{month}月{day}至{day + 5}日，由劉副市長率{rng.choice(_BUREAUS)}人員"
                f"至{sister.surface}參訪，並於{month}月{day + 1}日與該市簽署締結姊妹市，"
                f"{sister.surface}成為本市第{self.sister_ordinal}個（依締結時間順位）姊妹市。"
            )
            facts.entity(sister.id, "City")
            facts.relation("SISTER_CITY_OF", home, sister.id)
            facts.relation("VISITED", home, sister.id)

        lines.append(f"（{next(sub)}）其他重要姊妹市交流活動")
        item = 0
        if half == 1:
            item += 1
            self._lantern(lines, facts, year, item)
        for _ in range(spec.delegations):
            item += 1
            self._delegation(lines, facts, year, months, item)

        mou_city = rng.choice(self.partners)
        mou_title = rng.choice(_MOU_TITLES)
        signer = Visitor(next(self.names), mou_city, "市長")
        month = rng.randint(months[0], months[1])
        lines.append(f"（{next(sub)}）簽署友好協議")
        lines.append(f"與{mou_city.surface}簽訂「{mou_title}」")
        lines.append(
            f"今年{month}月{rng.randint(1, 20)}日陳市長率相關局處人員參訪，並於{month}月25日"
            f"與{mou_city.surface}市長{signer.name}簽訂「{mou_title}」。"
        )
        facts.entity(mou_city.id, "City")
        facts.entity(signer.person, "Person")
        facts.relation("SIGNED_MOU", home, mou_city.id)
        facts.relation("HOLDS_TITLE", signer.person, mou_city.id)
        return "\n".join(lines) + "\n", facts

    def _lantern(self, lines: list[str], facts: ChapterFacts, year: int, item: int) -> None:
        count = min(self.spec.lantern_cities, len(self.partners))
        cities = self.rng.sample(self.partners, count)
        lines.append(f"{item}.邀請姊妹市暨國際友誼城市參加{year}年高雄燈會")
        lines.append(
            f"{year}年高雄燈會計有{_enumerate_zh([c.country_zh + c.name_zh for c in cities])}"
            f"等{count}個城市參加。"
        )
        home = HOME_CITY
        event = facts.entity(f"event:kaohsiung-lantern-festival:{year}", "Event")
        facts.entity(LANTERN_SERIES, "EventSeries")
        facts.relation("EDITION_OF", event, LANTERN_SERIES)
        facts.relation("HOSTED", home, event)
        for city in cities:
            facts.entity(city.id, "City")
            facts.relation("PARTICIPATED_IN", city.id, event)
            facts.relation("VISITED", city.id, home)
            facts.relation("INVITED", home, city.id)

    def _delegation(
        self, lines: list[str], facts: ChapterFacts, year: int, months: tuple[int, int], item: int
    ) -> None:
        rng = self.rng
        city = rng.choice(self.cities)
        leader = next(self.names)
        month = rng.randint(months[0], months[1])
        day = rng.randint(1, 20)
        lines.append(
            f"{item}.{roc_year(year)}年{month}月{day}至{day + 4}日，本府由秘書處{leader}處長"
            f"率團訪問{city.surface}，並邀請參加{year}亞太城市高峰會。"
        )
        person = facts.entity(f"person:{leader}", "Person")
        facts.entity(SECRETARIAT, "Organization")
        facts.entity(city.id, "City")
        event = facts.entity(f"event:asia-pacific-cities-summit:{year}", "Event")
        facts.entity(SUMMIT_SERIES, "EventSeries")
        facts.relation("HOLDS_TITLE", person, SECRETARIAT)
        facts.relation("VISITED", person, city.id)
        facts.relation("VISITED", HOME_CITY, city.id)
        facts.relation("EDITION_OF", event, SUMMIT_SERIES)
        facts.relation("INVITED", HOME_CITY, city.id)
        facts.relation("PARTICIPATED_IN", city.id, event)

    def chapters(self) -> Iterator[tuple[str, str, ChapterFacts]]:
        """(file name, text, facts) for every chapter, oldest first."""
        for offset in range(self.spec.years):
            year = self.spec.first_year + offset
            for half in range(1, self.spec.halves + 1):
                text, facts = self.chapter(year, half)
                yield f"kaohsiung-{year - 1911:03d}-h{half}.txt", text, facts


def count_entities(spec: SynthSpec) -> int:
    """How many distinct entities the chapters of `spec` name (nothing is written)."""
    entities: set[str] = set()
    for _, _, facts in ChapterWriter(spec).chapters():
        entities.update(facts.entities)
    return len(entities)


def generate(spec: SynthSpec, out_dir: Path) -> SynthSummary:
    """Write the chapters into `out_dir` and their facts into `out_dir/facts/`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "facts").mkdir(exist_ok=True)
    paths: list[Path] = []
    chars = relations = 0
    entities: set[str] = set()
    for name, text, facts in ChapterWriter(spec).chapters():
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        (out_dir / "facts" / f"{path.stem}.json").write_text(
            json.dumps(facts.to_json(), ensure_ascii=False), encoding="utf-8"
        )
        paths.append(path)
        chars += len(text)
        relations += len(facts.relations)
        entities.update(facts.entities)
    return SynthSummary(paths, chars, len(entities), relations)
