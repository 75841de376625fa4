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


# ---------------------------------------------------------------------------------------
# B. Partners listed as taking part in the city's event from afar.
# The form: after the city invites partners to its event in a way other than coming
# (以視訊方式, 以錄製影片致賀方式, 線上), a list (計有/包括/分別為 A、B…) tells the ones who
# took part, by a verb of doing it from afar (線上參與, 錄製祝賀影片, 提供祝賀影片): each
# took part (attended), and none came to the city (taking part from afar is no visit).
# ---------------------------------------------------------------------------------------

DRAGON_BOATS = "「2021高雄國際龍舟賽」"
PARTNERS = ("福岡市", "仁川廣域市", "西雅圖市")


def _took_part_from_afar(text: str) -> None:
    ext = chapter(f"（一）本府於110年6月5日舉辦{DRAGON_BOATS}。{text}", period="2021-01/2021-06")
    event = named(ext, DRAGON_BOATS.strip("「」"))
    for city in PARTNERS:
        party = named(ext, city)
        [part] = rels(ext, RelType.PARTICIPATED_IN, source=party, target=event)
        assert part.properties["status"] == "attended", city
        assert not rels(ext, RelType.VISITED, source=party), city


# 2. a list in the inviting clause, its verb online (計有…等3個城市線上參與)
def test_a_list_taking_part_online_in_the_inviting_clause() -> None:
    _took_part_from_afar(
        "因疫情改邀請姊妹市以視訊方式參與，計有日本福岡市、韓國仁川廣域市及美國西雅圖市"
        "等3個城市線上參與開幕典禮。"
    )


# 3. a list of its own after the invitation, its verb a recorded video (均錄製影片)
def test_a_list_of_its_own_recording_videos() -> None:
    _took_part_from_afar(
        "囿於邊境管制，本府邀請各姊妹市錄製加油影片參與，包括日本福岡市、韓國仁川廣域市及"
        "美國西雅圖市均錄製影片為選手加油。"
    )


# 4. a long list counted, sending greeting videos (等3個城市提供祝賀影片), then shown
def test_a_long_counted_list_sending_greeting_videos() -> None:
    _took_part_from_afar(
        "本府改邀請各友好城市以預錄影片方式參與，計有日本福岡市、韓國仁川廣域市、美國西雅圖市"
        "等3個城市提供祝賀影片，於開幕式中播放。"
    )


# 5. the list named as those taking part online (以線上方式參與之姊妹市分別為…)
def test_the_partners_taking_part_online_are_listed() -> None:
    _took_part_from_afar(
        "因疫情影響，以線上方式參與之姊妹市分別為日本福岡市、韓國仁川廣域市及美國西雅圖市。"
    )
