"""Who holds an event, and which words of a sentence are no taking part
(loaders/rules/participation.py): 本市籌辦「…」, 配合「…」之籌辦, a motto in quotes.

Each test reads a short chapter written for it, in the genre's wording but not copied
from the samples.
"""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, rels


def _games(got: object) -> str:
    return next(e.id for e in got.entities if e.label == "Event")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "5月3日，本府觀光局派員赴日本福岡市考察大型賽會之交通管制經驗，作為本市籌辦2022年亞洲水上運動會之參考。",
        "訪問期間，王副市長向福岡市長介紹本市籌辦「2022年亞洲水上運動會」之進度。",
        "福岡市長對本市籌辦2022年亞洲水上運動會表示支持，並允諾協助宣傳。",
    ],
)
def test_city_preparing_an_event_holds_it(text: str) -> None:
    """「本市籌辦2022年某某運動會」: the event the city prepares is its own; it hosts it
    and is no party to it."""
    got = chapter(text)
    games = _games(got)
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=games)
    assert not rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=games)


@pytest.mark.parametrize(
    "text",
    [
        "本府為提升城市能見度，並配合2022年亞洲水上運動會之籌辦，本期工作以「深化姊妹市情誼、擴大國際活動參與」為主軸。",
        "本府為配合「2022年亞洲水上運動會」之籌備，本期以「擴大國際參與、行銷城市品牌」為施政重點。",
        "本府持續推動城市外交，並配合2022年亞洲水上運動會之籌辦，以「走向國際、邀請世界參加」為目標。",
    ],
)
def test_event_prepared_and_a_motto_in_quotes(text: str) -> None:
    """「本府…配合2022年某某運動會之籌辦，…以「擴大國際活動參與」為主軸」: the city
    holds what it prepares; the verb in the quoted motto joins nothing."""
    got = chapter(text)
    games = _games(got)
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=games)
    assert not rels(got, RelType.PARTICIPATED_IN)


@pytest.mark.parametrize(
    "text",
    [
        "本府將持續推動與福岡市之友好城市洽商，同時以2022年亞洲水上運動會為契機，擴大邀請各國城市來訪。",
        "另本府將深化與仁川廣域市之交流，並藉2022年亞洲水上運動會之舉辦，邀請國際城市共襄盛舉。",
        "未來本府將與宿霧市保持聯繫，並以2022年亞洲水上運動會為平台，邀請更多城市參與。",
    ],
)
def test_invitation_of_a_class_of_cities_names_no_invitee(text: str) -> None:
    """「…與某市之洽商，同時以「…」為契機，擴大邀請各國城市來訪」: a class of cities
    no one names is invited, not the city the sentence spoke of before."""
    got = chapter("本府籌辦「2022年亞洲水上運動會」，各項工作順利推展。", text)
    assert not rels(got, RelType.INVITED)
    assert not [r for r in rels(got, RelType.PARTICIPATED_IN) if r.source != KAOHSIUNG]
