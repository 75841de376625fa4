"""Yearly participation (loaders/rules/taking_part.py): 「某市自2004年起每年均派團
參加某市燈會」 implies one inferred participation per year since.

Each test reads a short chapter written for it, in the genre's wording but not copied
from the samples.
"""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import FESTIVAL_EDITION, KAOHSIUNG, chapter, rels


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "本市與福岡市自2015年起即透過高雄燈會建立往來，該市每年均派遣市民訪問團來高參加燈會。",
            "city:jp:fukuoka",
        ),
        (
            "友好城市仁川廣域市自2015年起，每年均派舞蹈團參加高雄燈會藝術節，深受市民喜愛。",
            "city:kr:incheon",
        ),
        (
            "宿霧市自2015年開始，每年都組團出席高雄燈會，為最支持本市燈會之城市之一。",
            "city:ph:cebu-city",
        ),
    ],
)
def test_yearly_part_with_no_edition_written(text: str, city: str) -> None:
    """In a report of a year's second half, 「某市自2015年起每年均派團參加某市燈會」 (no
    edition written) implies the part of every year since, this year's included (the
    festival was before the report's months), each inferred; the clause tells no
    coming and no holding of its own."""
    got = chapter(text, period="2018-07/2018-12")
    for year in range(2015, 2019):
        assert rels(
            got,
            RelType.PARTICIPATED_IN,
            source=city,
            target=FESTIVAL_EDITION.format(year),
            status="attended",
            inferred=True,
        ), year
    assert not rels(got, RelType.PARTICIPATED_IN, target=FESTIVAL_EDITION.format(2014))
    assert not rels(got, RelType.HOSTED, target=FESTIVAL_EDITION.format(2018))
    assert not rels(got, RelType.VISITED, source=city, year=2016)


def test_yearly_part_told_again_as_this_years_is_not_inferred() -> None:
    got = chapter(
        "福岡市自2015年起每年均派團參加高雄燈會。",
        "「2018高雄燈會藝術節」於2月舉行，福岡市亦派團參加。",
        period="2018-01/2018-06",
    )
    this_year = rels(
        got, RelType.PARTICIPATED_IN, source="city:jp:fukuoka", target=FESTIVAL_EDITION.format(2018)
    )
    assert this_year and not this_year[0].properties.get("inferred")
    assert rels(
        got,
        RelType.PARTICIPATED_IN,
        source="city:jp:fukuoka",
        target=FESTIVAL_EDITION.format(2016),
        inferred=True,
    )


@pytest.mark.parametrize(
    "lines",
    [
        (
            "1.「2018高雄燈會藝術節」於2月10日至25日在愛河兩岸舉行，計有福岡市及仁川廣域市組團參加。",
            "2.燈會自2015年起邀請姊妹市參加。福岡市及仁川廣域市每年均派團與會，未曾間斷。",
        ),
        (
            "1.「2018高雄燈會藝術節」於2月10日至25日舉行，福岡市及仁川廣域市均派團參加。",
            "2.高雄燈會自2015年開始邀請國際友好城市共襄盛舉。福岡市與仁川廣域市每年皆派代表團出席。",
        ),
        (
            "1.本年「2018高雄燈會藝術節」計有福岡市、仁川廣域市等2個城市派團參加。",
            "2.本市燈會從2015年起開放姊妹市參與。福岡市、仁川廣域市年年組團參加。",
        ),
    ],
)
def test_since_told_in_the_sentence_before(lines: tuple[str, ...]) -> None:
    """「燈會自2015年起邀請姊妹市參加。甲市及乙市每年均派團與會」: the year the event
    has gone on since, told in the sentence before, starts the yearly part."""
    got = chapter("（一）邀請姊妹市參加「2018高雄燈會藝術節」", *lines, period="2018-01/2018-06")
    for city in ("city:jp:fukuoka", "city:kr:incheon"):
        for year in (2015, 2016, 2017):
            assert rels(
                got,
                RelType.PARTICIPATED_IN,
                source=city,
                target=FESTIVAL_EDITION.format(year),
                inferred=True,
            ), (city, year)
        this_year = rels(
            got, RelType.PARTICIPATED_IN, source=city, target=FESTIVAL_EDITION.format(2018)
        )
        assert this_year and not this_year[0].properties.get("inferred")


@pytest.mark.parametrize(
    "text",
    [
        "本府於2月10日至18日舉辦「2018高雄燈會藝術節」，福岡市國際課課長山田太郎率團一行7人參加開幕式，"
        "山田課長並拜會市長，福岡市自2015年起每年均派團參加高雄燈會。",
        "「2018高雄燈會藝術節」期間，福岡市由市議員山田太郎率團一行12人來訪參加，"
        "該市自2015年起每年均派遣代表團出席高雄燈會。",
        "本府於2月舉辦「2018高雄燈會藝術節」，福岡市副市長山田太郎率市民訪問團一行30人參加，"
        "福岡市自2015年起每年皆派團參與高雄燈會。",
    ],
)
def test_this_years_leader_is_no_yearly_party(text: str) -> None:
    """「某市課長王大明率團參加…，某市自2015年起每年均派團參加某市燈會」: the city took
    part every year; the leader named outside the yearly clause only this year."""
    got = chapter(text, period="2018-01/2018-06")
    person = next(e.id for e in got.entities if e.label == "Person" and "山田太郎" in e.name_zh)
    assert rels(got, RelType.PARTICIPATED_IN, source=person, target=FESTIVAL_EDITION.format(2018))
    assert rels(
        got, RelType.PARTICIPATED_IN, source="city:jp:fukuoka", target=FESTIVAL_EDITION.format(2016)
    )
    assert not rels(
        got, RelType.PARTICIPATED_IN, source=person, target=FESTIVAL_EDITION.format(2016)
    )
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=FESTIVAL_EDITION.format(2018))
