"""People in visitor lists: where the title begins."""

from __future__ import annotations

import pytest

from loaders.gazetteer import Gazetteer
from loaders.people import parse_visitor_item


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("item", "affiliation", "title"),
    [
        ("加拿大卑詩省省長事務顧問史密斯", "加拿大卑詩省", "省長事務顧問"),
        ("日本靜岡縣觀光局局長山田太郎", "日本靜岡縣觀光局", "局長"),
        ("韓國仁川市議會議長李明浩", "韓國仁川市議會", "議長"),
        ("菲律賓共和國駐華大使館大使羅培茲", "菲律賓共和國駐華大使館", "大使"),
    ],
)
def test_words_between_a_place_and_a_title_that_name_no_body_are_the_title(
    gaz: Gazetteer, item: str, affiliation: str, title: str
) -> None:
    (person,) = parse_visitor_item(item, gaz)
    assert (person.affiliation, person.title) == (affiliation, title)
