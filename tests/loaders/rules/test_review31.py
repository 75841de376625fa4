"""Rule fixes after the round-31 review: each tested on invented sentences in the
reviewer's wordings and paraphrases of them."""

from __future__ import annotations

import pytest

from graph.model import Label, RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a venue after the date (於12月在某館, 假某博物館) is where the city holds its
# event, no co-host
@pytest.mark.parametrize(
    "sentence",
    [
        "1.本府於12月在高雄市立美術館舉辦「2018國際城市論壇」。",
        "1.本府文化局於10月假高雄市立歷史博物館舉辦「2018南島文化特展」。",
        "1.本府於12月8日在高雄市立美術館舉辦「2018國際城市論壇」。",
    ],
)
def test_a_venue_after_the_date_is_no_co_host(sentence: str) -> None:
    ext = chapter(sentence)
    hosts = {r.source for r in rels(ext, RelType.HOSTED)}
    assert hosts == {KAOHSIUNG}


# 2. a school's band or choir is a troupe of its own, not the school's delegation
@pytest.mark.parametrize(
    ("sentence", "visitor"),
    [
        ("1.日本福岡市博多高等學校管樂團一行50人於11月3日來訪。", "日本福岡市博多高等學校管樂團"),
        ("1.日本早稻田大學合唱團一行40人於11月3日來訪。", "日本早稻田大學合唱團"),
        ("1.美國德州大學管弦樂團一行60人於11月3日訪問本市。", "美國德州大學管弦樂團"),
    ],
)
def test_a_schools_band_that_came_is_the_band(sentence: str, visitor: str) -> None:
    ext = chapter(sentence)
    assert rels(ext, RelType.VISITED, source=named(ext, visitor), target=KAOHSIUNG)
    # a school's study tour is still the school coming
    ext = chapter("1.日本熊本縣立第一高等學校修學旅行團一行120人於11月3日來訪。")
    school = named(ext, "熊本縣立第一高等學校")
    assert rels(ext, RelType.VISITED, source=school, target=KAOHSIUNG)


# 3. the clause after an invitation telling the invitees' own doing (兩市均…參加) is
# what they did, not what they were asked to
@pytest.mark.parametrize("subject", ["兩市均", "該二市皆", "福岡市及釜山市均"])
def test_invited_cities_told_as_taking_part_took_part(subject: str) -> None:
    ext = chapter(
        f"1.本府於5月函邀福岡市、釜山市，{subject}於10月組隊來高參加「2018高雄國際龍舟錦標賽」。"
    )
    race = named(ext, "2018高雄國際龍舟錦標賽")
    part = rels(ext, RelType.PARTICIPATED_IN, target=race)
    assert {r.properties["status"] for r in part} == {"attended"}
    assert len(part) == 2
    assert not [e for e in ext.entities if e.label == Label.PERSON]
