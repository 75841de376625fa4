"""Recognising entities: people, bodies and places, in wordings not taken from the samples."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import chapter, rels

_TIES = (RelType.SISTER_CITY_OF, RelType.FRIENDSHIP_CITY_OF, RelType.SIGNED_MOU, RelType.VISITED)


@pytest.mark.parametrize(
    "line",
    [
        # name before the title, the partner city right before the name
        "1.110年5月4日，陳市長與日本石垣市福岡一郎市長以視訊方式簽署「友好城市協定」。",
        # title before the name, the act after it
        "1.日本沖繩縣石垣市市長大阪正男於110年5月3日率團來訪，並與本府簽署「觀光交流合作備忘錄」。",
        # the person named first, then again by name and title in the clause of the act
        "1.本期來訪外賓：日本沖繩縣石垣市市長中山正男。\n"
        "2.110年5月4日，本府與石垣市簽署「觀光交流合作備忘錄」，中山正男市長親自出席。",
    ],
)
def test_a_place_inside_a_persons_name_is_no_party(line: str) -> None:
    ext = chapter(*line.split("\n"))
    parties = {r.target for t in _TIES for r in rels(ext, t)} | {
        r.source for t in _TIES for r in rels(ext, t)
    }
    assert "city:jp:ishigaki" in parties
    assert not parties & {
        "city:jp:fukuoka",
        "city:jp:osaka",
        "city:cn:zhongshan-guangdong-province",
    }


@pytest.mark.parametrize(
    "lines",
    [
        (
            "1.本期來訪外賓：日本沖繩縣石垣市市長王大明。",
            "2.5月4日，王大明市長與本府簽署「觀光交流合作備忘錄」。",
        ),
        (
            "1.本期來訪外賓：帛琉共和國科羅州州長王大明。",
            "2.帛琉共和國與本市互動密切，王大明州長於5月2日率團來訪。",
        ),
        ("1.本期來訪外賓：日本石垣市市長王大明。", "2.日本八王子市代表與王大明市長於5月2日會面。"),
    ],
)
def test_a_person_named_again_with_the_same_title_keeps_the_body(lines: tuple[str, ...]) -> None:
    """王大明市長, after 某市市長王大明: the title read first, no second affiliation."""
    ext = chapter(*lines)
    titles = rels(ext, RelType.HOLDS_TITLE)
    assert len(titles) == 1 and titles[0].source == "person:王大明"
