"""Events: who hosts them and who takes part, for the wordings the held-out chapters
showed (loaders/rules/participation.py).

Each test reads a short chapter written for it, in the genre's wording but with
invented names, places and dates.
"""

from __future__ import annotations

import pytest

from graph.model import Extraction, RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


def event_named(extraction: Extraction, name: str) -> str:
    return next(e.id for e in extraction.entities if e.label == "Event" and name in e.name_zh)


@pytest.mark.parametrize(
    ("sentence", "office", "event"),
    [
        (
            "107年5月3日至9日，本府與日本某某協會高雄事務所於市立圖書館共同主辦"
            "「2018高雄日本繪本展」，展出繪本原畫。",
            "日本某某協會高雄事務所",
            "高雄日本繪本展",
        ),
        (
            "本府文化局與法國文化協會高雄辦事處聯合舉辦「2018高雄法國電影週」。",
            "法國文化協會高雄辦事處",
            "高雄法國電影週",
        ),
        (
            "107年10月，本府與美國在台協會高雄分處在駁二藝術特區合作舉辦「2018高雄爵士音樂節」。",
            "美國在台協會高雄分處",
            "高雄爵士音樂節",
        ),
    ],
)
def test_an_office_seated_in_the_city_co_hosts(sentence: str, office: str, event: str) -> None:
    got = chapter(sentence)
    held = event_named(got, event)
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=held)
    assert rels(got, RelType.HOSTED, source=named(got, office), target=held)
    # the venue after the office is no body of its own
    assert not [e for e in got.entities if e.label == "Organization" and "於" in e.name_zh]
