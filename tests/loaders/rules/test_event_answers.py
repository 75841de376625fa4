"""Invitations and the answers told after them (loaders/rules/invitations.py, answers.py): who
was invited, and whether each invitee comes (attended, invited, planned).

Each test reads a short chapter written for it, in the genre's wording but not copied
from the samples.
"""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels

FESTIVAL = "event:kaohsiung-lantern-festival:2019"


@pytest.mark.parametrize(
    ("lines", "planned", "undecided"),
    [
        (
            (
                "本府於11月函邀各姊妹市及友好城市參加明年2月舉辦之「2019高雄燈會藝術節」。"
                "截至11月底，福岡市及仁川廣域市已回覆將組團參加；宿霧市尚在評估中。",
            ),
            ["city:jp:fukuoka", "city:kr:incheon"],
            ["city:ph:cebu-city"],
        ),
        (
            (
                "本府已於10月間發函邀請各友好城市出席「2019高雄燈會藝術節」。"
                "目前仁川廣域市已函復確定派團；福岡市及宿霧市則尚未回覆。",
            ),
            ["city:kr:incheon"],
            ["city:jp:fukuoka", "city:ph:cebu-city"],
        ),
        (
            (
                "「2019高雄燈會藝術節」訂於明年2月登場，本府已於12月致函邀請各姊妹市組團參加。"
                "宿霧市回覆將由副市長率團出席，福岡市仍在考慮中。",
            ),
            ["city:ph:cebu-city"],
            ["city:jp:fukuoka"],
        ),
    ],
)
def test_answers_after_an_invitation_to_a_class_of_cities(
    lines: tuple[str, ...], planned: list[str], undecided: list[str]
) -> None:
    """「本府函邀各姊妹市參加「…」。某市已回覆將組團參加；某市尚在評估中」: each city
    answering was invited, the letter's month its date; those still deciding stay
    invited."""
    got = chapter(*lines, period="2018-07/2018-12")
    for city in planned + undecided:
        invited = rels(got, RelType.INVITED, source=KAOHSIUNG, target=city, event=FESTIVAL)
        assert invited, city
        assert str(invited[0].properties.get("date", "")).startswith("2018-1")
    for city in planned:
        assert rels(got, RelType.PARTICIPATED_IN, source=city, target=FESTIVAL, status="planned")
    for city in undecided:
        assert rels(got, RelType.PARTICIPATED_IN, source=city, target=FESTIVAL, status="invited")


def test_answers_of_another_paragraph_are_not_to_the_invitation() -> None:
    """A later paragraph's reply (to something else) makes no invitation."""
    got = chapter(
        "本府於11月函邀各姊妹市參加明年2月舉辦之「2019高雄燈會藝術節」。",
        "另福岡市已回覆同意於明年互派青年實習生。",
        period="2018-07/2018-12",
    )
    assert not rels(got, RelType.INVITED, target="city:jp:fukuoka")


@pytest.mark.parametrize(
    "text",
    [
        "明年2月舉辦之「2019高雄燈會藝術節」，本府除加強宣傳外，已於本年11月函邀姊妹市福岡市及"
        "仁川廣域市派團參加，並將安排各訪團參與開幕式及花燈遊行。",
        "「2019高雄燈會藝術節」訂於明年2月登場，除擴大行銷外，已於10月致函邀請福岡市、"
        "仁川廣域市組團出席，屆時將協助各代表團參加主燈點燈儀式。",
        "為辦理明年2月之「2019高雄燈會藝術節」，已於12月函邀福岡市及仁川廣域市派團參加，"
        "未來將陪同各城市代表出席開幕晚會。",
    ],
)
def test_city_arranging_its_guests_part_leaves_them_invited(text: str) -> None:
    """「函邀某市、某市派團參加，並將安排各訪團參與開幕式」: what the city arranges
    for its guests is its plan, not their word that they come: still invited."""
    got = chapter(text, period="2018-07/2018-12")
    for city in ("city:jp:fukuoka", "city:kr:incheon"):
        assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=city, event=FESTIVAL)
        assert rels(got, RelType.PARTICIPATED_IN, source=city, target=FESTIVAL, status="invited")
        assert not rels(got, RelType.PARTICIPATED_IN, source=city, status="planned")


@pytest.mark.parametrize(
    "text",
    [
        "王大明副市長亦代表福岡市邀請本府於7月組團參加「博多祇園山笠祭」，本府已責成文化局籌組表演團隊。",
        "福岡市長山田太郎來函邀請本府出席該市9月舉辦之「博多祇園山笠祭」，本府刻正遴選青年代表隊。",
        "福岡市邀請本市於10月派團參加「博多祇園山笠祭」，市府已指示民政局著手組團。",
    ],
)
def test_city_invited_readying_its_team_plans_to_go(text: str) -> None:
    """「某市邀請本府組團參加「…」，本府已責成某局籌組演出團隊」: invited, and forming the
    team it sends, the city will take part (planned, not only invited)."""
    got = chapter(text, period="2018-01/2018-06")
    event = next(e.id for e in got.entities if e.label == "Event")
    assert rels(got, RelType.INVITED, source="city:jp:fukuoka", target=KAOHSIUNG)
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event, status="planned")


def test_city_invited_without_readying_stays_invited() -> None:
    got = chapter(
        "福岡市邀請本府於7月組團參加「博多祇園山笠祭」，本府將另行評估。", period="2018-01/2018-06"
    )
    event = next(e.id for e in got.entities if e.label == "Event")
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event, status="invited")


@pytest.mark.parametrize(
    "lines",
    [
        (
            "（一）日本福岡市長山田太郎，率市府訪問團一行12人，於2月10日抵高，出席「2019高雄燈會藝術節」開幕典禮。",
        ),
        (
            "（一）韓國仁川廣域市副市長金大中，偕同市議員一行8人，亦於2月10日抵高，並出席「2019高雄燈會藝術節」開幕式。",
        ),
        (
            "（一）菲律賓宿霧市市長李四維，率市政府代表團一行6人，2月11日抵達本市，隨即參加「2019高雄燈會藝術節」花燈遊行。",
        ),
    ],
)
def test_sentence_subject_carried_through_clauses_of_its_own(lines: tuple[str, ...]) -> None:
    """「某市長王大明，率市府訪問團一行12人，於2月10日抵高，出席「…」開幕典禮」: the
    person the sentence opens with is the subject of each clause with none of its own;
    he took part."""
    got = chapter("本府接待外賓計48團，重要來訪外賓如下：", *lines, period="2019-01/2019-06")
    person = next(e.id for e in got.entities if e.label == "Person")
    assert rels(got, RelType.PARTICIPATED_IN, source=person, target=FESTIVAL, status="attended")


@pytest.mark.parametrize(
    "second",
    [
        "（二）韓國仁川廣域市副市長金大中，率代表團一行8人，亦於同日抵高，出席燈會開幕。",
        "（二）菲律賓宿霧市市長李四維一行6人，於2月12日抵高，並參加燈會花燈遊行。",
        "（二）韓國仁川廣域市市長金大中一行5人，2月13日來訪，參與燈會閉幕典禮。",
    ],
)
def test_series_joined_without_its_edition_is_the_one_spoken_of(second: str) -> None:
    """「出席燈會開幕」 in the next item, no edition written: the edition of that series
    the text spoke of (the item before named 「2019高雄燈會藝術節」)."""
    got = chapter(
        "本府接待外賓計48團，重要來訪外賓如下：",
        "（一）日本福岡市長山田太郎，率市府訪問團一行12人，於2月10日抵高，出席「2019高雄燈會藝術節」開幕典禮。",
        second,
        period="2019-01/2019-06",
    )
    person = next(e.id for e in got.entities if e.label == "Person" and "山田" not in e.name_zh)
    assert rels(got, RelType.PARTICIPATED_IN, source=person, target=FESTIVAL, status="attended")


@pytest.mark.parametrize(
    "text",
    [
        "另5月中旬，福岡市立第一中學校學生訪問團一行15人來訪，至本市前鎮國中進行交流，並共同參與校園體育活動。",
        "5月20日，福岡市青少年棒球隊一行20人抵高，與本市少棒隊進行友誼賽，並參加本市安排之文化體驗。",
        "6月初，福岡市市民訪問團一行30人來訪，參觀本市愛河及駁二藝術特區，並參與社區市集活動。",
    ],
)
def test_coming_to_the_city_joins_no_event_held_elsewhere(text: str) -> None:
    """A party telling it came to the city (來訪, 抵高) while the event spoken of is
    held elsewhere (by another place): its 參與/參加 joins no such event (nor does the
    city's own, 本市安排之…)."""
    got = chapter(
        "福岡市長邀請本府於8月組團參加該市舉辦之「博多祇園山笠祭」。",
        text,
        period="2018-01/2018-06",
    )
    event = next(e.id for e in got.entities if e.label == "Event")
    takers = {(r.source, r.properties["status"]) for r in rels(got, RelType.PARTICIPATED_IN)}
    assert takers == {(KAOHSIUNG, "invited")}  # the city, only invited still
    assert event


@pytest.mark.parametrize(
    "text",
    [
        "107年7月21日至26日，王代理市長率體育處及秘書處人員赴德國漢堡市，出席由該市主辦之「2018國際港口物流博覽會」。",
        "7月3日，吳代理市長率工務處人員前往日本福岡市，參加該市舉辦之「2018亞洲城市創新論壇」。",
        "107年9月間，鄭代理市長率世運籌備處同仁赴韓國仁川廣域市，出席該市主辦之「2018亞洲旅遊論壇」開幕式。",
    ],
)
def test_acting_mayor_leading_the_city_abroad(text: str) -> None:
    """「王代理市長率某處人員赴某市，出席由該市主辦之「…」」: the acting mayor (代理市長,
    by surname, whoever the curated data knows in office) acts for the city, which took
    part and went there; the place is the host, no guest."""
    got = chapter(text)
    event = next(e.id for e in got.entities if e.label == "Event")
    takers = {r.source for r in rels(got, RelType.PARTICIPATED_IN, target=event)}
    assert takers == {KAOHSIUNG}
    visits = rels(got, RelType.VISITED, source=KAOHSIUNG)
    assert visits and str(visits[0].properties.get("led_by", "")).endswith("代理市長")


SUMMIT = "event:asia-pacific-cities-summit:2018"


@pytest.mark.parametrize(
    "text",
    [
        "本市姊妹市日本福岡市將於今年10月主辦「2018亞太城市高峰會」。",
        "本市友好城市韓國仁川廣域市預計於9月舉辦「2018亞太城市高峰會」，並已寄發邀請函。",
        "本市之姊妹市菲律賓宿霧市將於本年11月主辦「2018亞太城市高峰會」。",
    ],
)
def test_partner_named_after_the_home_city_holds_its_event(text: str) -> None:
    """「本市姊妹市某市將於10月主辦「…」」: 本市 owns the tie; the partner is who holds
    the event, not the city."""
    got = chapter(text)
    assert rels(got, RelType.HOSTED, target=SUMMIT)
    assert not rels(got, RelType.HOSTED, source=KAOHSIUNG)


@pytest.mark.parametrize(
    "tail",
    [
        "預定由秘書處組團出席，並於會中介紹本市港灣再造成果。該高峰會為重要交流平台，本府歷屆均派員參加。",
        "本府預定組團與會。本府每屆均派員出席。",
        "本府預定派員參加；該會議本府歷年均派員參加。",
    ],
)
def test_planned_part_not_made_attended_by_the_habit(tail: str) -> None:
    """「本府已接獲某市長來函邀請，預定由陳市長率團出席。…本府歷屆均派員參加」: 預定
    is still to come (planned); the habit of every edition tells nothing new of this
    one."""
    got = chapter(
        "福岡市將於今年10月主辦「2018亞太城市高峰會」。",
        "本府已接獲福岡市長來函邀請，" + tail,
    )
    assert rels(got, RelType.INVITED, source="city:jp:fukuoka", target=KAOHSIUNG)
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=SUMMIT, status="planned")


@pytest.mark.parametrize(
    "text",
    [
        "5月4日至6日，本府與日本台灣交流協會高雄事務所於文化中心合辦「2018日本文化週」，"
        "並邀請福岡市茶道協會會員來高現場示範，三日參觀民眾約1萬人次。",
        "本府於5月4日至6日在駁二藝術特區舉辦「2018日本文化週」，邀請福岡市民謠協會來高表演，"
        "吸引逾2萬人次參觀。",
        "5月4日至6日，本府主辦「2018日本文化週」，特別邀請福岡市舞蹈協會來高演出，活動圓滿落幕。",
    ],
)
def test_body_invited_to_come_and_perform_at_the_citys_event(text: str) -> None:
    """「邀請某市某協會會員來高現場示範」 at the city's own event, held: the body played
    its part there (attended) and so came to the city on the event's days."""
    got = chapter(text)
    event = next(e.id for e in got.entities if e.label == "Event")
    body = next(e.id for e in got.entities if e.label == "Organization" and "fukuoka" in e.id)
    assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=body)
    assert rels(got, RelType.PARTICIPATED_IN, source=body, target=event, status="attended")
    came = rels(got, RelType.VISITED, source=body, target=KAOHSIUNG)
    assert came and came[0].properties.get("start") == "2018-05-04"


def test_body_invited_to_perform_at_an_event_to_come_is_invited() -> None:
    got = chapter("本府預定於11月舉辦「2018日本文化週」，將邀請福岡市茶道協會會員來高現場示範。")
    body = next(e.id for e in got.entities if e.label == "Organization" and "fukuoka" in e.id)
    assert not rels(got, RelType.PARTICIPATED_IN, source=body, status="attended")
    assert not rels(got, RelType.VISITED, source=body)


@pytest.mark.parametrize(
    "second",
    [
        "論壇期間，本府海洋局於14日與福岡市港灣局簽署「綠色航運合作意向書」。",
        "會議期間，本府經發局並與福岡市港灣局簽訂「智慧港口合作備忘錄」。",
        "論壇期間，王副市長與福岡市港灣局局長會晤，就港口減碳交換意見。",
    ],
)
def test_invitee_dealt_with_during_the_citys_event_was_there(second: str) -> None:
    """「本次邀請某市港灣局與會。論壇期間，本府海洋局與某市港灣局簽署「…」」: an invitee
    the city dealt with face to face during its own event, held, attended it and came."""
    got = chapter(
        "10月14日至15日，本府於高雄展覽館主辦「2018國際港灣城市論壇」，本次邀請日本福岡市港灣局與會。",
        second,
        period="2018-07/2018-12",
    )
    forum = "event:port-cities-forum:2018"
    body = next(e.id for e in got.entities if e.label == "Organization" and "fukuoka" in e.id)
    assert rels(got, RelType.PARTICIPATED_IN, source=body, target=forum, status="attended")
    came = rels(got, RelType.VISITED, source=body, target=KAOHSIUNG)
    assert came and came[0].properties.get("start") == "2018-10-14"


def test_an_invitation_to_visit_the_inviting_city_is_an_invitation_with_no_event() -> None:
    """某市市長…並代表該市邀請本府組團訪問該市: the inviting city invited the city, though
    no event is named."""
    ext = chapter(
        "1.瓜地馬拉克薩爾特南戈市市長羅伯托‧佩雷斯一行4人於5月8日來訪，參觀本市捷運系統。"
        "佩雷斯市長並代表該市邀請本府組團訪問克薩爾特南戈市，以促進兩市交流。"
    )
    invited = rels(ext, RelType.INVITED, target=KAOHSIUNG)
    assert [(r.source, r.properties.get("event")) for r in invited] == [
        (named(ext, "克薩爾特南戈市"), None)
    ]
