"""A trip a heading tells by countries over a text that tells it city by city
(loaders/rules/visits.py): the trips to the cities, not also the countries.

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
