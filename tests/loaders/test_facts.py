"""Collecting a chapter's facts (loaders/facts.py): what is settled once every sentence
has been read, such as who a visit is led by."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


@pytest.mark.parametrize(
    ("line", "city", "leader"),
    [
        # the name, then the title
        ("美國西雅圖市王大明市長於3月5日率團來訪，拜會本府。", "西雅圖", "王大明"),
        # the name and the title after the place, taken up (該市)
        ("日本福岡市由該市山田太郎市長率團於5月3日來訪。", "福岡", "山田太郎"),
        # the place written again before the name
        ("韓國大邱市由大邱市金永洙副市長率團於5月3日來訪。", "大邱", "金永洙"),
    ],
)
def test_a_leader_named_in_full_leads_by_name(line: str, city: str, leader: str) -> None:
    ext = chapter(line)
    (visit,) = rels(ext, RelType.VISITED, source=named(ext, city), target=KAOHSIUNG)
    assert visit.properties.get("led_by") == leader


def test_a_leader_named_by_surname_and_title_keeps_them() -> None:
    ext = chapter("本府由劉副市長率經發局人員於5月3日至6日赴日本仙台市訪問。")
    (visit,) = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "仙台"))
    assert visit.properties.get("led_by") == "劉副市長"
