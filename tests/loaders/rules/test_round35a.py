"""Round-35a rules: forms first read in the 083 pair, each tested on invented
sentences (other names, places and wordings of the same form)."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a place written after its country whose data name differs from the text's (汕埠
# is 聖佩德羅蘇拉 in the data) is named as written without the country: 汕埠市
def test_a_place_after_its_country_is_named_without_it() -> None:
    ext = chapter("1.107年5月3日，宏都拉斯共和國汕埠市市長王大明率市政訪問團來訪。")
    city = next(e for e in ext.entities if e.id == named(ext, "汕埠市"))
    assert "汕埠市" in city.aliases  # the data names it 聖佩德羅蘇拉
    assert rels(ext, RelType.VISITED, source=city.id, target=KAOHSIUNG)
