"""A trip a heading tells by countries over a text that tells it city by city
(loaders/rules/trips.py): the trips to the cities, not also the countries.

Each test reads a short chapter written for it, in the genre's wording but not copied
from the samples.
"""

from __future__ import annotations

import pytest

from graph.model import RelType
from loaders.pipeline import extract_bytes
from tests.loaders.rules.helpers import KAOHSIUNG, rels


@pytest.mark.parametrize(
    ("heading", "body", "countries"),
    [
        (
            "二、許副市長率團訪問日本及韓國",
            "許副市長於3月29日至4月2日率經發局人員訪問日本福岡市及韓國仁川廣域市。",
            ["country:jp", "country:kr"],
        ),
        (
            "二、陳市長率團出訪菲律賓",
            "陳市長於5月6日至9日率觀光局人員訪問菲律賓宿霧市，並拜會宿霧市長。",
            ["country:ph"],
        ),
        (
            "二、林副市長率團訪問韓國",
            "林副市長於10月2日至5日率海洋局人員赴韓國仁川廣域市，參訪仁川港。",
            ["country:kr"],
        ),
    ],
)
def test_countries_of_a_heading_over_the_cities_visited(
    heading: str, body: str, countries: list[str]
) -> None:
    """「二、某副市長率團訪問甲國及乙國」 over 「…訪問甲國某市及乙國某市」: the city went
    to the cities the text tells; the heading's countries are no trips of their own."""
    text = "\n".join(["壹、國際事務", heading, body]) + "\n"
    got = extract_bytes(text.encode("utf-8"), "test.txt", "2018-01/2018-12")
    assert [r for r in rels(got, RelType.VISITED, source=KAOHSIUNG) if r.target.startswith("city:")]
    for country in countries:
        assert not rels(got, RelType.VISITED, source=KAOHSIUNG, target=country)


def test_country_of_a_heading_with_no_city_told_stays() -> None:
    """A country no city of which the text tells stays the trip's destination."""
    text = "壹、國際事務\n二、陳市長率團訪問日本\n陳市長於3月間率團訪問日本，推廣本市觀光。\n"
    got = extract_bytes(text.encode("utf-8"), "test.txt", "2018-01/2018-12")
    assert rels(got, RelType.VISITED, source=KAOHSIUNG, target="country:jp")


def test_the_stops_listed_under_a_trip_naming_no_place_are_its_legs() -> None:
    """「某副市長…率…人員組團出訪，行程如下：」 naming no place, then numbered stops with
    no subject of their own (1.…訪問甲國某市 2.…轉赴某省某市 3.…轉往乙國某市) and a
    paragraph closing the list: each stop is the city's visit, led as the trip was; a
    stop named bare before the report names it with its country is that city; the
    heading's and the overview's countries are no trips of their own."""
    text = (
        "\n".join(
            [
                "壹、國際事務",
                "一、本期概述",
                "王副市長率團訪問智利及秘魯，與南美洲城市建立聯繫。",
                "二、重要成果",
                "（一）王副市長率團訪問智利及秘魯",
                "王副市長於5月3日至14日率觀光局及海洋局人員組團出訪，行程如下：",
                "1.5月4日至7日訪問智利瓦爾帕萊索市，拜會該市市長某某人。",
                "2.5月8日至10日轉赴比奧比奧省康塞普西翁市，參訪港埠設施。",
                "3.5月11日至14日轉往秘魯利馬市，參訪利馬港務局，隨即返國。",
                "此行為本府首度組團訪問南美洲城市，訪問團返國後已將合作意向彙整列管。",
                "（二）姊妹市推展",
                "1.智利康塞普西翁市：雙方就締結姊妹市事宜進行洽商。",
            ]
        )
        + "\n"
    )
    got = extract_bytes(text.encode("utf-8"), "test.txt", "2018-01/2018-06")
    for city, start in (
        ("city:cl:valparaiso", "2018-05-04"),
        ("city:cl:concepcion", "2018-05-08"),
        ("city:pe:lima", "2018-05-11"),
    ):
        (visit,) = rels(got, RelType.VISITED, source=KAOHSIUNG, target=city)
        assert visit.properties["start"] == start
        assert visit.properties["led_by"] == "王副市長"
    for country in ("country:cl", "country:pe"):
        assert not rels(got, RelType.VISITED, source=KAOHSIUNG, target=country)
