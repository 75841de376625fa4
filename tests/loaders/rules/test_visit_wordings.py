"""Visits, people and meetings in further wordings of the genre (invented sentences)."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


@pytest.mark.parametrize(
    ("line", "place", "person"),
    [
        (
            "1.日本山形縣鶴岡市市長佐藤一郎率市議會議員一行12人，於107年4月3日來訪。",
            "鶴岡市",
            "佐藤一郎",
        ),
        (
            "1.107年5月8日至10日，日本石川縣金澤市副市長山口健二率團訪問本市。",
            "金澤市",
            "山口健二",
        ),
        (
            "1.韓國全羅南道麗水市市長朴成浩率經濟界代表一行9人於107年6月2日訪高。",
            "麗水市",
            "朴成浩",
        ),
    ],
)
def test_a_visitor_leading_by_place_title_and_name_is_led_by_by_name(
    line: str, place: str, person: str
) -> None:
    ext = chapter(line)
    for visitor in (place, person):
        found = rels(ext, RelType.VISITED, source=named(ext, visitor), target=KAOHSIUNG)
        assert found and found[0].properties.get("led_by") == person, visitor
