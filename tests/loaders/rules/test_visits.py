"""Visits and meetings, in wordings of the genre not taken from the samples."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


def test_a_leader_opening_the_sentence_with_bare_率_leads_the_visit() -> None:
    ext = chapter(
        "1.107年2月5日至9日，王副市長率相關局處人員出訪日本靜岡縣及靜岡市，考察觀光行銷。"
    )
    for city in ("靜岡縣", "靜岡市"):
        found = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, city))
        assert found and found[0].properties["led_by"] == "王副市長"
        assert found[0].properties["start"] == "2018-02-05"
