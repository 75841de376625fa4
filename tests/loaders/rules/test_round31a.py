"""Round 31a: bodies listed as received or taking part, and clubs' name endings."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


def test_bodies_received_in_a_list_each_visited() -> None:
    ext = chapter(
        "本期計協助接待大阪府日華懇親協會、仁川商工會議所、丹佛高雄姊妹市協會、"
        "溫哥華台灣同鄉會及奧克蘭扶輪社等民間團體來訪，並安排參觀本市港埠。"
    )
    bodies = ("大阪府日華懇親協會", "仁川商工會議所", "丹佛高雄姊妹市協會", "溫哥華台灣同鄉會")
    for body in (*bodies, "奧克蘭扶輪社"):
        assert rels(ext, RelType.VISITED, source=named(ext, body), target=KAOHSIUNG), body
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert not any(v.startswith("city:") for v in visitors)
