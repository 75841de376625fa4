"""Rule fixes after the round-32 review: each tested on invented sentences in the
reviewer's wordings and paraphrases of them."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a school of the city calls on a body abroad as its visitor only when it went on its
# own errand: not along with the city's leader, and not a class of schools
@pytest.mark.parametrize(
    "sentence",
    [
        "陳市長於107年5月3日率團訪問日本熊本市，本市三民高中校長陪同陳市長拜會熊本縣教育委員會。",
        "1.5月3日至7日，陳市長率團訪問日本熊本市，期間，本市高中職校長隨團拜訪熊本縣教育委員會。",
    ],
)
def test_the_city_calls_on_the_body_when_its_schools_go_along(sentence: str) -> None:
    ext = chapter(sentence)
    board = named(ext, "熊本縣教育委員會")
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=board)}
    assert visitors == {KAOHSIUNG}


def test_a_school_of_the_city_calling_on_its_own_errand_is_the_visitor() -> None:
    ext = chapter(
        "1.5月3日至7日，陳市長率團訪問日本熊本市，本市三民高中校長隨團拜訪熊本縣立第一高等學校。"
    )
    school = named(ext, "熊本縣立第一高等學校")
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=school)}
    assert visitors == {named(ext, "三民高中")}


# 2. 高級專員 is one title, not 專員 of a body called 社會局高級
def test_a_senior_specialist_holds_the_whole_title() -> None:
    ext = chapter("1.107年5月3日，社會局高級專員王大明帶隊赴日本熊本市參訪。")
    (held,) = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "王大明"))
    assert held.properties["title_zh"] == "高級專員"
    assert not [e for e in ext.entities if "高級" in e.name_zh]


# 3. 在地 (local) after the time is who holds the event, not a venue: no host read
def test_local_businesses_holding_an_event_are_not_the_city() -> None:
    ext = chapter("本年在地業者舉辦「2018高雄國際美食節」，邀請日本熊本市廚師參加。")
    assert not rels(ext, RelType.HOSTED, source=KAOHSIUNG)


# 4. an event named for the place a trip went to and for the city too is the city's own
# promotion held there, not that place's
@pytest.mark.parametrize(
    "text",
    [
        "1.5月3日至7日，陳市長率團訪問韓國釜山市。5月4日拜會釜山市市長徐秉洙；"
        "翌日（5日）出席「2018釜山高雄觀光推介會」，向當地業者推廣高雄觀光。",
        "1.陳市長率團赴釜山出席「2018釜山高雄觀光推介會」。",
    ],
)
def test_an_event_naming_the_city_too_is_not_held_by_the_place_gone_to(text: str) -> None:
    ext = chapter(text)
    assert not rels(ext, RelType.HOSTED, source="city:kr:busan")
    # an event named for the place alone still is
    ext = chapter("1.2月4日至9日，本府由李秘書長率團赴日本旭川市，參加第59屆旭川冬祭。")
    assert rels(ext, RelType.HOSTED, source=named(ext, "旭川市"))


# 5. a visit implied by the city's event attended the day after the visit told is the
# same stay, not a second trip
def test_attending_the_day_after_coming_is_the_same_visit() -> None:
    ext = chapter(
        "107年5月3日，日本熊本市市長大西一史率團來訪，拜會陳市長，翌日（4日）應邀出席「高雄燈會」開幕典禮。"
    )
    for visitor in (named(ext, "大西一史"), named(ext, "熊本市")):
        came = rels(ext, RelType.VISITED, source=visitor, target=KAOHSIUNG)
        assert [r.properties.get("start") for r in came] == ["2018-05-03"]
