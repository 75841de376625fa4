"""Ties: sister and friendship cities, in wordings of the genre not taken from the samples."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


def test_both_sides_negotiating_is_the_partner_just_named() -> None:
    ext = chapter(
        "1.107年3月5日至9日，本府由觀光局組團前往日本靜岡市，並於3月7日與靜岡市簽署「觀光交流備忘錄」；"
        "雙方並就締結友好城市事宜進行協商。"
    )
    found = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG, target=named(ext, "靜岡市"))
    assert found and found[0].properties["status"] == "negotiating"


def test_an_ordinal_between_the_verb_and_sister_city() -> None:
    ext = chapter("1.本市於前年與帛琉科羅州締結第29個姊妹市，今年持續推動青年交流。")
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "科羅州"))
    assert found and found[0].properties["ordinal"] == 29
    assert found[0].properties["status"] == "signed"
    assert found[0].properties["since"] == "2016"


def test_cities_after_a_clause_inviting_the_sister_cities_are_sister_cities() -> None:
    ext = chapter(
        "1.本府舉辦「2018高雄國際龍舟賽」，並邀請姊妹市參與，日本八王子市及美國西雅圖市均派隊參賽。"
    )
    for city in ("八王子市", "西雅圖市"):
        found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, city))
        assert found and found[0].properties["status"] == "signed", city


def test_cities_after_an_unrelated_clause_are_not_ties() -> None:
    ext = chapter("1.本府舉辦「2018高雄國際龍舟賽」，日本八王子市及美國西雅圖市均派隊參賽。")
    assert not rels(ext, RelType.SISTER_CITY_OF)


def test_a_city_known_only_from_curated_data_is_found() -> None:
    ext = chapter("1.菲律賓宿霧市：雙方規劃於明年簽署友好城市協定，正式結為友好城市。")
    found = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG, target="city:ph:cebu-city")
    assert found and found[0].properties["status"] == "planned"
