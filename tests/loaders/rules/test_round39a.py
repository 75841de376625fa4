"""Round 39a: forms of text read on the 073 pair (a staff newsletter's feature article
told as a story, with quotations; photograph captions and a list of pending matters),
each tested on invented sentences of the same form."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a call on a home official named title first (拜會市長王大明) in a sentence that goes
# nowhere: the city's official, met by the caller, who came
def test_a_call_on_an_official_named_title_first_is_on_the_city() -> None:
    ext = chapter(
        "三月五日，日本仙台市國際交流協會理事長佐藤一郎拜會市長林振華，洽談青少年交流事宜。",
        period="1986-01/1986-06",
    )
    host = named(ext, "林振華")
    guest = named(ext, "佐藤一郎")
    assert rels(ext, RelType.HOLDS_TITLE, source=host, target=KAOHSIUNG)
    assert rels(ext, RelType.MET_WITH, source=host, target=guest) or rels(
        ext, RelType.MET_WITH, source=guest, target=host
    )
    visits = rels(ext, RelType.VISITED, source=guest, target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["1986-03-05"]
