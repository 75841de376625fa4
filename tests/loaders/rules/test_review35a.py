"""Rule fixes after the round-35a review: each tested on the reviewer's invented
sentences or paraphrases of them."""

from __future__ import annotations

import pytest

from graph.model import Extraction, RelType
from loaders.pipeline import extract_bytes
from tests.loaders.rules.helpers import KAOHSIUNG, rels

H1_1993 = "1993-01/1993-06"


def _chapter(*lines: str) -> Extraction:
    text = "\n".join(["貳拾、國際事務", "一、外賓來訪", *lines]) + "\n"
    return extract_bytes(text.encode("utf-8"), "t.txt", H1_1993)


def _ties(ext: Extraction) -> list:
    return rels(ext, RelType.SISTER_CITY_OF) + rels(ext, RelType.FRIENDSHIP_CITY_OF)


# 1. a tie between two other cities told by a visitor (介紹甲市與乙市兩港市締結友好港市
# 之經過) is no tie of the city's
@pytest.mark.parametrize(
    "sentence",
    [
        "（一）美國舊金山市市長約翰史密斯率團來訪，並介紹日本橫濱市與神戶市兩港市締結友好港市之經過。",
        "（一）美國舊金山市市長約翰史密斯率團來訪，並說明日本橫濱市與神戶市締結姊妹市之緣由。",
    ],
)
def test_a_tie_of_two_other_cities_is_not_the_citys(sentence: str) -> None:
    ext = _chapter(sentence)
    assert not _ties(ext)
    assert rels(ext, RelType.VISITED, target=KAOHSIUNG)


# 2. a tie declined or not wished for (無意/不擬/婉拒 締結) is no tie made
@pytest.mark.parametrize(
    "sentence",
    [
        "（一）美國舊金山市市長約翰史密斯來函，表示無意與本市締結友好港市。",
        "（一）美國舊金山市市長約翰史密斯來函，表示不擬與本市締結友好城市。",
        "（一）美國舊金山市來函，婉拒與本市締結姊妹市。",
    ],
)
def test_a_tie_declined_is_no_tie(sentence: str) -> None:
    ext = _chapter(sentence)
    assert not [r for r in _ties(ext) if r.properties.get("status", "signed") == "signed"]


# 3. the two sister cities wished to be (期盼日後建立兩姊妹市之情誼) are a tie planned
@pytest.mark.parametrize(
    "sentence",
    [
        "（一）三月二日，美國舊金山市市長約翰史密斯來訪，雙方期盼日後建立兩姊妹市之情誼。",
        "（一）三月二日，美國舊金山市市長約翰史密斯來訪，期盼早日成為兩姊妹市之一員。",
    ],
)
def test_two_sister_cities_hoped_for_are_planned(sentence: str) -> None:
    ext = _chapter(sentence)
    (tie,) = rels(ext, RelType.SISTER_CITY_OF)
    assert tie.properties["status"] == "planned"


# 4. words of a quoted title (「兩姊妹市間青年論壇」) tell no tie
def test_the_two_sister_cities_in_a_title_tell_no_tie() -> None:
    ext = _chapter("（一）三月二日，吳市長率團赴美國舊金山市出席「兩姊妹市間青年論壇」。")
    assert not _ties(ext)
