"""Curated vocabularies from `seed/`: titles, organization endings, event series,
the home city's own bureaus, and people the reports name without romanization.

All of it is data in CSV files; this module only reads it (once) and offers lookups.
Every name is stored in its `normalize`d form so it matches normalized report text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property

from citygraph.paths import GAZETTEER_DIR, SEED_DIR
from loaders.reading import normalize
from loaders.seedfiles import read_rows, split_alternatives

LEXICON_DIR = SEED_DIR / "lexicon"


def _alternatives(value: str) -> list[str]:
    return [normalize(v) for v in split_alternatives(value)]


#: A name written only in Latin letters, two words or more (Port of Somewhere).
_LATIN_ONLY = re.compile(r"[A-Za-z][A-Za-z.'&-]*(?: [A-Za-z.'&-]+)+")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
#: Words joining two names that also open Japanese surnames (與謝, 及川, 和田).
_CONJUNCTIONS = frozenset("與及和")
#: The shortest given name after a surname opening with a conjunction.
_GIVEN_AFTER_CONJUNCTION = 2


@dataclass(frozen=True)
class Title:
    zh: str
    en: str


@dataclass(frozen=True)
class SeriesEntry:
    id: str
    name_zh: str
    name_en: str
    names: tuple[str, ...]
    host: str  # id of the place that holds every edition, or ""


@dataclass(frozen=True)
class HomeOrg:
    id: str
    name_zh: str
    name_en: str
    names: tuple[str, ...]
    kind: str


@dataclass(frozen=True)
class KnownPerson:
    name_zh: str
    name_en: str
    title_zh: str
    affiliation: str
    start: str
    end: str

    def in_office(self, when: str) -> bool:
        """True if `when` (an ISO date of any precision) falls in the term of office."""
        return bool(self.start) and self.start[:7] <= when[:7] <= (self.end or "9999")[:7]


def _grouped(words: list[str], key: Callable[[str], str]) -> dict[str, list[str]]:
    """`words` grouped by `key`, each group in the order of `words`."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(key(word), []).append(word)
    return groups


@dataclass(frozen=True)
class Lexicon:
    titles: dict[str, Title]  # normalized zh → Title
    org_kinds: dict[str, str]  # normalized ending → kind
    series: tuple[SeriesEntry, ...]
    home_orgs: tuple[HomeOrg, ...]
    people: tuple[KnownPerson, ...]
    #: Words of rank written before a title (資深副總裁, 行政副市長, 名譽會長).
    title_modifiers: dict[str, Title] = field(default_factory=dict)
    #: Surnames (郭, 朴, 歐陽): read before a title written between surname and given name.
    surnames: frozenset[str] = frozenset()
    #: Last words of titles (監, 官, 顧問): a title no row lists may end with one.
    title_finals: tuple[str, ...] = ()
    #: English words of a body's kind (Port, Authority, University) → kind: read in a
    #: name written only in Latin letters.
    org_words_en: dict[str, str] = field(default_factory=dict)
    #: Japanese surnames opening with or holding a word of the sentence (與那嶺, 和田,
    #: 加藤): a name may open with one though such a word opens or is held by no other.
    japanese_surnames: frozenset[str] = frozenset()

    @cached_property
    def titles_longest_first(self) -> list[str]:
        return sorted(self.titles, key=len, reverse=True)

    @cached_property
    def _titles_by_first(self) -> dict[str, list[str]]:
        """Titles by their first character, longest first (a scan tries only those)."""
        return _grouped(self.titles_longest_first, lambda title: title[0])

    def titles_at(self, text: str, pos: int) -> list[str]:
        """The titles written at `pos` of `text`, longest first."""
        candidates = self._titles_by_first.get(text[pos : pos + 1], ())
        return [title for title in candidates if text.startswith(title, pos)]

    @cached_property
    def _modifiers_by_first(self) -> dict[str, list[str]]:
        """Words of rank by their first character, in the seed file's order."""
        return _grouped(list(self.title_modifiers), lambda word: word[0])

    def modifiers_at(self, text: str, pos: int) -> list[str]:
        """The words of rank before a title (資深, 常務) written at `pos` of `text`."""
        candidates = self._modifiers_by_first.get(text[pos : pos + 1], ())
        return [word for word in candidates if text.startswith(word, pos)]

    @cached_property
    def _titles_by_last(self) -> dict[str, list[str]]:
        """Titles by their last character, longest first (a scan tries only those)."""
        return _grouped(self.titles_longest_first, lambda title: title[-1])

    def titles_ending(self, text: str) -> list[str]:
        """The titles `text` ends with, longest first."""
        candidates = self._titles_by_last.get(text[-1:], ())
        return [title for title in candidates if text.endswith(title)]

    @cached_property
    def _org_endings_by_last(self) -> dict[str, list[str]]:
        """Organization endings by their last character, longest first."""
        return _grouped(sorted(self.org_kinds, key=len, reverse=True), lambda end: end[-1])

    def org_ending(self, name: str) -> str | None:
        """The longest organization ending `name` ends with (and has words before), or None."""
        for suffix in self._org_endings_by_last.get(name[-1:], ()):
            if name.endswith(suffix) and len(name) > len(suffix):
                return suffix
        return None

    def org_kind(self, name: str) -> str | None:
        """The kind of organization `name` ends like (or, written only in Latin letters,
        names with one of its words: Port of Somewhere), or None."""
        ending = self.org_ending(name)
        return self.org_kinds[ending] if ending is not None else self.latin_org_kind(name)

    def latin_org_kind(self, name: str) -> str | None:
        """The kind a body's name written only in Latin letters names by one of its
        words (Port of Somewhere, Some Harbor Authority, The Some Company), or None."""
        if not _LATIN_ONLY.fullmatch(name):
            return None
        words = _LATIN_WORD.findall(name)
        kinds = [self.org_words_en.get(word) for word in words]
        if len(words) > 1 and words[1].lower() != "of":
            kinds[0] = None  # Port Elizabeth, Port Louis: a place's name, no body
        return next((kind for kind in kinds if kind), None)

    def japanese_surname_opening(self, name: str) -> str:
        """The longest listed Japanese surname `name` opens with and runs on after (a
        given name follows it), or ''."""
        opening = [
            s
            for s in self.japanese_surnames
            if name.startswith(s) and len(name) > len(s) and self._given_after(s, name[len(s) :])
        ]
        return max(opening, key=len, default="")

    def _given_after(self, surname: str, rest: str) -> bool:
        """Whether `rest` may be the given name after `surname`: any, but where the
        surname opens with a conjunction (與謝, 與田, 及川, 和田), two ideographs or more
        that open with no title: else the conjunction joins two titles' holders
        (黃副市長與謝秘書長, 副市長與古田議員)."""
        if surname[0] not in _CONJUNCTIONS:
            return True
        if len(rest) < _GIVEN_AFTER_CONJUNCTION:
            return False
        return not any(self.title(rest[:end]) for end in range(1, min(len(rest), 5) + 1))

    def title(self, zh: str) -> Title | None:
        """A title as written, words of rank before it included (資深副總裁: Senior
        Vice President; 行政議員: Executive Councillor)."""
        if zh in self.titles:
            return self.titles[zh]
        for word, modifier in self.title_modifiers.items():
            base = self.title(zh[len(word) :]) if zh.startswith(word) else None
            if base is not None:
                return Title(zh, f"{modifier.en} {base.en}")
        return None

    def series_for(self, name: str) -> SeriesEntry | None:
        """The event series whose name (or alias) `name` is; exact, then contained."""
        for entry in self.series:
            if name in entry.names:
                return entry
        best = [(len(n), e) for e in self.series for n in e.names if n in name and len(n) >= 3]
        return max(best, key=lambda pair: pair[0])[1] if best else None

    def home_org(self, name: str) -> HomeOrg | None:
        for org in self.home_orgs:
            if name in org.names:
                return org
        return None

    def person(self, name_zh: str) -> KnownPerson | None:
        return next((p for p in self.people if p.name_zh == name_zh), None)


@cache
def lexicon() -> Lexicon:
    titles = {
        normalize(r["title_zh"]): Title(r["title_zh"], r["title_en"])
        for r in read_rows(LEXICON_DIR / "titles.csv")
    }
    org_kinds = {
        normalize(r["suffix_zh"]): r["kind"] for r in read_rows(LEXICON_DIR / "org_kinds.csv")
    }
    series = tuple(
        SeriesEntry(
            id=f"series:{r['slug']}",
            name_zh=r["name_zh"],
            name_en=r["name_en"],
            names=tuple(dict.fromkeys([normalize(r["name_zh"]), *_alternatives(r["aliases_zh"])])),
            host=r.get("host", ""),
        )
        for r in read_rows(LEXICON_DIR / "event_series.csv")
    )
    home_orgs = tuple(
        HomeOrg(
            id=r["id"],
            name_zh=r["name_zh"],
            name_en=r["name_en"],
            names=tuple(dict.fromkeys([normalize(r["name_zh"]), *_alternatives(r["aliases_zh"])])),
            kind=r["kind"],
        )
        for r in read_rows(GAZETTEER_DIR / "home_organizations.csv")
    )
    people = tuple(
        KnownPerson(
            normalize(r["name_zh"]),
            r["name_en"],
            normalize(r["title_zh"]),
            r["affiliation"],
            r["start"],
            r["end"],
        )
        for r in read_rows(GAZETTEER_DIR / "people.csv")
    )
    modifiers = {
        normalize(r["word_zh"]): Title(r["word_zh"], r["word_en"])
        for r in read_rows(LEXICON_DIR / "title_modifiers.csv")
    }
    surnames = frozenset(
        normalize(r["surname_zh"]) for r in read_rows(LEXICON_DIR / "surnames.csv")
    )
    japanese_surnames = frozenset(
        normalize(r["surname_zh"]) for r in read_rows(LEXICON_DIR / "japanese_surnames.csv")
    )
    finals = tuple(normalize(r["final_zh"]) for r in read_rows(LEXICON_DIR / "title_finals.csv"))
    org_words_en = {r["word_en"]: r["kind"] for r in read_rows(LEXICON_DIR / "org_words_en.csv")}
    return Lexicon(
        titles,
        org_kinds,
        series,
        home_orgs,
        people,
        modifiers,
        surnames,
        finals,
        org_words_en,
        japanese_surnames,
    )
