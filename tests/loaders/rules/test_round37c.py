"""Round 37c: forms of text read on the 077-h1 chapter (minutes of the city's
coordination meetings on international affairs: each bureau reporting in its own voice,
resolutions deciding what is planned), each tested on invented sentences of the same
form."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a bureau's report naming itself as the holder (由本局主辦之「…」): the city's own
# event, not a body of a foreign place named in the sentence
def test_an_event_held_by_the_reporting_bureau_is_the_citys() -> None:
    ext = chapter(
        "由本局主辦之「2018高雄國際青少年籃球邀請賽」，已於七月二日至六日在鳳山體育館舉行，"
        "計有日本熊本市代表隊參賽。",
        period="2018-07/2018-12",
    )
    event = named(ext, "2018高雄國際青少年籃球邀請賽")
    hosts = [r.source for r in rels(ext, RelType.HOSTED, target=event)]
    assert hosts == [KAOHSIUNG]
