"""Ties and events in wordings of the genre: homonymous places named bare long after
their country, existing ties with their year in parentheses, and more."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, rels


@pytest.mark.parametrize(
    ("full", "bare", "place_id"),
    [
        ("哥斯大黎加聖荷西市", "聖荷西市", "city:cr:san-jose-08"),
        ("巴拿馬科隆市", "科隆市", "city:pa:colon"),
        ("美國奧克蘭市", "奧克蘭市", "city:us:oakland"),
    ],
)
def test_a_shared_name_written_bare_later_is_the_city_named_with_its_country(
    full: str, bare: str, place_id: str
) -> None:
    ext = chapter(
        f"1.4月{full}副市長率經貿訪問團一行10人來訪，參訪本市港區及軟體園區。",
        "2.5月間日本熊本縣、韓國仁川廣域市、菲律賓馬尼拉市及越南峴港市等地方政府訪團陸續來訪。",
        "二、未來工作重點",
        f"（一）持續與{bare}洽商締結姊妹市事宜。",
    )
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=place_id)
    assert found and found[0].properties["status"] == "negotiating"
