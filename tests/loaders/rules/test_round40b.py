"""Round 40b: events and who took part in them, read by error class (participation,
hosting and invitations), each form tested on invented sentences in several wordings.

The forms came from sorting what the blind pairs 100b (2011) and 111b (2022) missed;
the sentences here are not theirs."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import chapter, named, rels

FESTIVAL = "event:kaohsiung-lantern-festival:{}"

# ---------------------------------------------------------------------------------------
# A. Yearly part in the city's own event, named as the city's (本市燈會).
# The form: a partner "since a year" (自X年起, 自X年與本市締結姊妹市以來, 於X年締盟後)
# "every year" (每年, 歷年, 年年) joins the city's event named by the city itself
# (參加本市燈會, 參與本市燈會藝術節): it took part in each past edition, inferred.
# ---------------------------------------------------------------------------------------


# 1. the yearly part in the city's own festival, named 本市燈會, in three wordings
@pytest.mark.parametrize(
    ("text", "city", "since"),
    [
        (
            "1.福岡市自2013年與本市締結姊妹市以來，每年均組團參加本市燈會，情誼深厚。",
            "city:jp:fukuoka",
            2013,
        ),
        (
            "1.宿霧市自2015年起年年組團參與本市燈會藝術節，從未間斷。",
            "city:ph:cebu-city",
            2015,
        ),
        (
            "1.仁川廣域市自103年締結友好城市後，歷年均派舞蹈團出席本市燈會演出。",
            "city:kr:incheon",
            2014,
        ),
    ],
)
def test_yearly_part_in_the_citys_own_festival(text: str, city: str, since: int) -> None:
    ext = chapter(text, period="2018-07/2018-12")
    for year in range(since, 2018):
        assert rels(
            ext,
            RelType.PARTICIPATED_IN,
            source=city,
            target=FESTIVAL.format(year),
            status="attended",
            inferred=True,
        ), year
    assert not rels(ext, RelType.PARTICIPATED_IN, target=FESTIVAL.format(since - 1))
