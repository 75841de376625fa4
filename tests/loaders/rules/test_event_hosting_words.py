"""Who holds an event, and which words of a sentence are no taking part
(loaders/rules/hosting.py, taking_part.py): 本市籌辦「…」, 配合「…」之籌辦, a motto in quotes.

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


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        (
            "本府於本市舉辦「2018亞洲港灣城市論壇」，由日本福岡市港灣局局長山田太郎及"
            "美國西雅圖市市長約翰‧史密斯（John Smith）發表專題演講。",
            ["city:jp:fukuoka", "city:us:seattle"],
        ),
        (
            "本府於10月主辦「2018亞洲港灣城市論壇」，日本福岡市副市長山田太郎並於開幕式發表專題演講。",
            ["city:jp:fukuoka"],
        ),
        (
            "「2018亞洲港灣城市論壇」於本市舉行，日本福岡市副市長山田太郎擔任論壇主講人。",
            ["city:jp:fukuoka"],
        ),
        (
            "本府於本市主辦「2018亞洲港灣城市論壇」，"
            "美國西雅圖市市長約翰‧史密斯（John Smith）於會中發表演說。",
            ["city:us:seattle"],
        ),
    ],
)
def test_city_of_a_speaker_not_invited_takes_no_part(text: str, cities: list[str]) -> None:
    """「由某市港灣局局長王大明及某市市長李四發表專題演講」 at the city's own forum: the
    speakers took part; their cities, never said to be invited or there, did not."""
    got = chapter(text)
    forum = _games(got)
    speakers = rels(got, RelType.PARTICIPATED_IN, target=forum, role="speaker")
    assert speakers and all(r.source.startswith("person:") for r in speakers)
    for city in cities:
        assert not rels(got, RelType.PARTICIPATED_IN, source=city)
        assert not rels(got, RelType.VISITED, source=city)


def test_invited_city_of_a_speaker_takes_part() -> None:
    got = chapter(
        "本府於10月主辦「2018亞洲港灣城市論壇」，邀請韓國仁川廣域市派員與會，"
        "仁川廣域市副市長金大中並發表專題演講。"
    )
    forum = _games(got)
    assert rels(got, RelType.PARTICIPATED_IN, source="city:kr:incheon", target=forum)


@pytest.mark.parametrize(
    "text",
    [
        "6月6日至12日，本府由秘書處及民政局組團赴美國奧勒岡州波特蘭市，參加第111屆「玫瑰節」慶典活動。",
        "7月14日，本府民政局派員前往日本福岡市，出席第50屆「博多祇園山笠祭」開幕儀式。",
        "9月間，本府文化局組團赴韓國仁川廣域市，參與第12屆「仁川港灣文化節」系列活動。",
    ],
)
def test_joining_an_edition_named_by_its_ordinal(text: str) -> None:
    """「參加第111屆「某某節」慶典活動」: the ordinal between the verb and the quoted name
    names the edition; the verb joins it."""
    got = chapter(text)
    event = next(e.id for e in got.entities if e.label == "Event")
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event, status="attended")


@pytest.mark.parametrize(
    "text",
    [
        "9月22日至24日，本府環保局派員赴韓國仁川廣域市，出席該市主辦之「2018東亞淨零城市論壇」，"
        "並以「港灣城市碳盤查」為題發表報告。",
        "5月8日，本府海洋局派員出席日本福岡市主辦之「2018亞洲港灣論壇」，並提出簡報說明本市岸電建置。",
        "本府經發局派員參加菲律賓宿霧市舉辦之「2018亞洲智慧城市論壇」，會中以「智慧交通」為題進行分享。",
    ],
)
def test_talk_by_its_title_is_speaking(text: str) -> None:
    """「並以「某題」為題發表報告」, 「提出簡報」: the city presented at the event: a
    speaker."""
    got = chapter(text)
    event = next(e.id for e in got.entities if e.label == "Event")
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event, role="speaker")
