"""Visits a chapter's overview or a summary of the period restates (invented sentences)."""

from __future__ import annotations

import pytest

from graph.model import Extraction, RelType
from loaders.pipeline import extract_bytes
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


def overview(summary: str, *items: str) -> Extraction:
    """A chapter opening with an overview section (一、本期概述), then the items."""
    lines = ["壹、國際事務", "一、本期概述", summary, "二、來訪", *items]
    text = "\n".join(lines) + "\n"
    return extract_bytes(text.encode("utf-8"), "test.txt", "2018-01/2018-06")


@pytest.mark.parametrize(
    ("extraction", "place", "visitor", "start"),
    [
        (
            overview(
                "本府1月至6月共接待外賓訪團20案。另本期接待之大邱、福岡等城市訪團，多為首度來訪。",
                "3月5日　韓國大邱廣域市行政副市長金大明一行5人來訪，由陳市長接見。",
            ),
            "city:kr:daegu",
            "金大明",
            "2018-03-05",
        ),
        (
            overview(
                "締結新關係方面，加拿大溫哥華市市長則於3月來訪時表達締結友好城市之意願。",
                "3月12日　加拿大溫哥華市市長王大明一行4人來訪，由陳市長接見。",
            ),
            "city:ca:vancouver",
            "王大明",
            "2018-03-12",
        ),
        (
            chapter(
                "1.本(107)年上半年計有名古屋、仁川等城市訪團來訪，本府均安排局處簡報。",
                "2.5月3日，日本名古屋市副市長佐藤一郎一行6人來訪，由陳市長接見。",
            ),
            "city:jp:nagoya",
            "佐藤一郎",
            "2018-05-03",
        ),
        (
            chapter(
                "1.本期接待之名古屋、福岡等城市訪團，多為首度正式來訪。",
                "2.6月1日，日本福岡市議會都市更新考察團一行8人來訪。",
            ),
            "city:jp:fukuoka",
            "福岡市議會",
            "2018-06-01",
        ),
    ],
)
def test_a_visit_the_summary_restates_is_the_dated_one(
    extraction: Extraction, place: str, visitor: str, start: str
) -> None:
    """本期接待之甲市、乙市等城市訪團 (or, in the overview, 甲市市長於3月來訪), then
    3月5日　甲市副市長王大明來訪: the one visit, dated, told by the person (or body) of
    the place; the place's undated visit is not another."""
    ext = extraction
    assert not rels(ext, RelType.VISITED, source=place, target=KAOHSIUNG)
    dated = rels(ext, RelType.VISITED, source=named(ext, visitor), target=KAOHSIUNG)
    assert [r.properties.get("start") for r in dated] == [start]
    assert len(dated[0].evidence) == 2  # the summary's sentence too


def test_a_summary_visit_told_nowhere_else_stays() -> None:
    """本期接待之甲市、乙市等城市訪團, only 甲市's people dated below: 乙市's visit is
    the summary's alone, and stays."""
    ext = overview(
        "另本期接待之大邱、福岡等城市訪團，多為首度來訪。",
        "3月5日　韓國大邱廣域市行政副市長金大明一行5人來訪，由陳市長接見。",
    )
    assert rels(ext, RelType.VISITED, source="city:jp:fukuoka", target=KAOHSIUNG)
    assert not rels(ext, RelType.VISITED, source="city:kr:daegu", target=KAOHSIUNG)
