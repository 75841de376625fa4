"""Rule fixes from the 33rd round (pair 084): each tested on invented sentences of the
form the chapter showed, in other names and wordings."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, rels


# 1. a clause of purpose opening the sentence (為…，) comes before who acts: the
# bureau after it is still the city going abroad
@pytest.mark.parametrize(
    "sentence",
    [
        "為促進觀光交流，交通局於2月3日至9日組團赴泰國曼谷市考察。",
        "為借鏡先進城市之公車營運經驗，交通局於2月3日至9日組團赴泰國曼谷市考察。",
    ],
)
def test_a_purpose_clause_before_the_bureau_going_abroad(sentence: str) -> None:
    ext = chapter(sentence)
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target="city:th:bangkok")
