"""Rule fixes after the round-40c review (trips abroad and meetings): each tested on
invented sentences in the reviewer's wordings and paraphrases of them."""

from __future__ import annotations

import pytest

from graph.model import Extraction, RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels

_US_TRIP = (
    "（二）出國訪問",
    "1.陳菊市長於100年9月3日至9日率觀光局組團訪問美國。",
    "2.9月5日，訪團抵達洛杉磯市，拜會當地僑界。",
)


def _visits(ext: Extraction, source: str, target: str) -> list[dict[str, object]]:
    """The properties of the visits of `source` to `target`."""
    return [v.properties for v in rels(ext, RelType.VISITED, source=source, target=target)]


# 1. a later item of a trip told over numbered items, telling another's own trip (a bureau
# going on its own, on days after the mayor's trip): no stop of the mayor's trip
@pytest.mark.parametrize(
    "item",
    [
        "3.100年10月12日至16日，經發局組團赴德國慕尼黑市，參加「慕尼黑博覽會」，並拜會慕尼黑市政府。",
        "3.10月12日，經發局代表團抵達德國慕尼黑市，參加「慕尼黑博覽會」。",
        "3.100年10月12日至16日，經發局組團抵達德國慕尼黑市，參加「慕尼黑博覽會」。",
    ],
)
def test_a_later_item_of_anothers_own_trip_is_no_stop(item: str) -> None:
    ext = chapter(*_US_TRIP, item, period="2011-07/2011-12")
    munich = named(ext, "慕尼黑市")
    visits = _visits(ext, KAOHSIUNG, munich)
    assert [v.get("start") for v in visits] == ["2011-10-12"]
    assert not [v for v in visits if v.get("led_by")]
    assert not _visits(ext, named(ext, "陳菊"), munich)
    assert not [m for m in rels(ext, RelType.MET_WITH, target=munich) if m.properties.get("led_by")]


# 2. the place a meeting was held at, written after 於/在 before 與 whom (於某市與乙市市長
# 會晤, 在日本甲市與韓國乙市、丙市副市長分別會晤): where, not a city met
def test_the_place_a_meeting_was_held_at_is_no_city_met() -> None:
    ext = chapter(
        "（一）100年11月4日，陳菊市長於東京都與釜山市市長會晤，就兩市觀光交流交換意見。",
        "（二）100年12月2日，劉副市長出席在日本福岡市舉辦之「亞洲城市論壇」，期間在福岡市與"
        "韓國仁川市、釜山市副市長分別會晤。",
        "（三）100年12月9日，劉副市長在日本大阪市與韓國仁川市副市長會晤。",
        period="2011-07/2011-12",
    )
    met = {
        (m.target, m.properties.get("date")) for m in rels(ext, RelType.MET_WITH, source=KAOHSIUNG)
    }
    assert met == {
        (named(ext, "釜山市"), "2011-11-04"),
        (named(ext, "仁川市"), "2011-12-02"),
        (named(ext, "釜山市"), "2011-12-02"),
        (named(ext, "仁川市"), "2011-12-09"),
    }


# 3. a foreign delegation's talk with other cities, its clause mentioning the city
# (參加本府主辦之「…」, 拜會本府經發局): the delegation's, no meeting of the city
def test_a_foreign_delegations_talk_with_other_cities_is_not_the_citys() -> None:
    ext = chapter(
        "（一）111年3月22日至25日，日本橫濱市代表團參加本府主辦之「2022智慧城市展」，並於3月23日"
        "以視訊方式與美國聖荷西市進行「城市首長線上對談」。",
        "（二）111年4月6日，韓國釜山市經濟代表團拜會本府經發局，另與德國漢堡市、荷蘭鹿特丹市"
        "舉行「港灣城市視訊會談」。",
        period="2022-01/2022-06",
    )
    assert not rels(ext, RelType.MET_WITH, source=KAOHSIUNG)


def test_a_foreign_delegations_views_exchanged_with_a_list_is_not_the_citys() -> None:
    ext = chapter(
        "（一）100年11月3日至5日，日本熊本市議會訪問團來訪，參加本府主辦之「港灣城市論壇」，會中"
        "與韓國釜山市、馬來西亞檳城州等與會城市代表交換城市治理經驗。",
        period="2011-07/2011-12",
    )
    assert not rels(ext, RelType.MET_WITH, source=KAOHSIUNG)


# 4. a body calling on the city a second time in the year, months after the first: a
# second visit, not the first one's meeting
def test_a_bodys_second_call_in_the_year_is_a_visit_of_its_own() -> None:
    ext = chapter(
        "（三）日本九州觀光推進機構理事長石原進率該機構一行於100年2月10日拜會本府。",
        "（四）日本九州觀光推進機構理事長石原進率該機構一行於100年6月1日拜會本府，由陳菊市長接見。",
        period="2011-01/2011-06",
    )
    body = named(ext, "日本九州觀光推進機構")
    starts = sorted(str(v.get("start")) for v in _visits(ext, body, KAOHSIUNG))
    assert starts == ["2011-02-10", "2011-06-01"]


# 5. the city's official named in full invited by a city, the clause telling the days he
# went there (某市邀請陳菊市長於4月5日至7日率團赴該市出席「…」; 邀陳菊市長率團於5月3日赴
# 某市出席…): the trip made, led by him, not only an invitation received
def test_an_invitation_telling_the_days_gone_is_the_trip() -> None:
    ext = chapter(
        "（一）日本熊本市邀請陳菊市長於100年4月5日至7日率團赴熊本市出席「熊本城築城400年祭」，"
        "陳菊市長率觀光局及文化局同行。",
        "（二）韓國釜山市邀陳菊市長率團於100年5月3日赴釜山市出席「釜山港灣節」開幕式，本府由"
        "觀光局隨行。",
        period="2011-01/2011-06",
    )
    mayor = named(ext, "陳菊")
    for city, start in (("熊本市", "2011-04-05"), ("釜山市", "2011-05-03")):
        place = named(ext, city)
        visits = _visits(ext, KAOHSIUNG, place)
        assert [(v.get("start"), v.get("led_by")) for v in visits] == [(start, "陳菊")], city
        assert [v.get("start") for v in _visits(ext, mayor, place)] == [start], city


# 6. the city's own going told as invited, with no subject, its subject the sentence's
# (因受邀赴某市出席「…」，陳菊市長率…前往; 因應某市之邀前往…): the city's trip
@pytest.mark.parametrize(
    "opening",
    ["因受邀赴日本熊本市出席「熊本城祭」", "因應熊本市之邀前往日本熊本市出席「熊本城祭」"],
)
def test_the_citys_going_as_invited_told_as_the_reason_is_its_trip(opening: str) -> None:
    ext = chapter(
        f"（一）100年4月5日至7日，{opening}，陳菊市長率觀光局同仁前往，並與熊本市長幸山政史會晤。",
        period="2011-01/2011-06",
    )
    city = named(ext, "熊本市")
    assert [v.get("start") for v in _visits(ext, KAOHSIUNG, city)] == ["2011-04-05"]
    assert [v.get("start") for v in _visits(ext, named(ext, "陳菊"), city)] == ["2011-04-05"]


# 7. guests the city invited to come, the sentence telling a signing with them elsewhere
# (並於4月7日在某市與其共同簽訂「…」; 由海洋局長赴某市與該局簽署) or their coming still to
# be (邀請某市長於明年率團來訪，並已於3月2日與該市簽署「…」): no coming
@pytest.mark.parametrize(
    ("sentence", "guest"),
    [
        (
            "3.本府觀光局邀請日本九州觀光推進機構理事長石原進率團來訪，並於100年4月7日在福岡市與其"
            "共同簽訂「觀光交流合作協議」。",
            "石原進",
        ),
        (
            "4.本府邀請美國奧克蘭港務局局長史密斯率團來訪，並於100年3月2日由海洋局長赴奧克蘭與該局"
            "簽署合作備忘錄。",
            "史密斯",
        ),
        (
            "3.本府邀請日本熊本市市長幸山政史於明年率團來訪，並已於100年3月2日與該市簽署「觀光交流"
            "備忘錄」。",
            "幸山政史",
        ),
    ],
)
def test_guests_invited_who_signed_elsewhere_or_are_yet_to_come_did_not_come(
    sentence: str, guest: str
) -> None:
    ext = chapter(sentence, period="2011-01/2011-06")
    guests = {e.id for e in ext.entities if e.name_zh == guest}
    assert guests
    assert not [v for v in rels(ext, RelType.VISITED, target=KAOHSIUNG) if v.source != KAOHSIUNG]


# 8. the city's staff going along with the people of a school at home (陪同該校師生赴台南
# 參訪), or of the other school named last (該校) going elsewhere abroad: the city's school
# the sentence opens with went nowhere
@pytest.mark.parametrize(
    "going",
    [
        "翌日由本府教育局派員陪同該校師生赴台南參訪",
        "翌日由本府教育局派員陪同該校師生赴日本東京都參訪",
    ],
)
def test_a_school_whose_people_the_city_went_with_at_home_went_nowhere(going: str) -> None:
    ext = chapter(
        "（一）本市中正高級中學與日本熊本縣立濟濟黌高等學校於100年3月28日在本市簽訂姊妹校協定，"
        f"{going}。",
        period="2011-01/2011-06",
    )
    assert not rels(ext, RelType.VISITED, source=named(ext, "中正高級中學"))


# 9. the city's staff sent to study at a body of Taiwan (派員赴臺北大眾捷運股份有限公司考察
# 營運管理): no body abroad visited
def test_a_body_at_home_gone_to_to_study_is_no_body_abroad_visited() -> None:
    ext = chapter(
        "（一）本府捷運局於100年9月5日至6日派員赴臺北大眾捷運股份有限公司考察營運管理。",
        period="2011-07/2011-12",
    )
    assert not [
        v for v in rels(ext, RelType.VISITED, source=KAOHSIUNG) if v.target.startswith("org:")
    ]


# 10. a later item, outside the trip's days, telling its leader signing at a place abroad
# (3.11月20日，陳市長於某市與該市市長某某共同簽署「…」): a visit on that day, with none of
# the trip's bureaus; a leader going on with the delegation (由觀光局長續率轉往某市) is the
# bureau head, 續 no part of who leads
def test_the_leader_abroad_on_a_later_day_is_a_visit_without_the_trips_bureaus() -> None:
    ext = chapter(
        "（一）出訪交流",
        "1.陳菊市長於100年9月3日至9日率觀光局組團訪問美國。",
        "2.9月5日，訪團抵達洛杉磯市，拜會當地僑界。",
        "3.11月20日，陳市長於日本熊本市與該市市長幸山政史共同簽署「觀光交流備忘錄」。",
        period="2011-07/2011-12",
    )
    visits = _visits(ext, KAOHSIUNG, named(ext, "熊本市"))
    assert [(v.get("start"), v.get("bureaus")) for v in visits] == [("2011-11-20", None)]


def test_a_leader_going_on_with_the_delegation_is_named_without_the_adverb() -> None:
    ext = chapter(
        "（一）陳市長率團訪問美國",
        "1.陳菊市長於100年9月3日至9日率觀光局組團訪問美國。",
        "2.9月4日，訪團抵達西雅圖市，參觀西雅圖港。",
        "3.9月7日，陳市長先行返國，訪團由觀光局長續率轉往舊金山市參加旅展。",
        period="2011-07/2011-12",
    )
    visits = _visits(ext, KAOHSIUNG, named(ext, "舊金山市"))
    assert [v.get("led_by") for v in visits] == ["觀光局長"]


# 11. the official named in full who could not receive a guest, another received by title
# alone (陳菊市長因公未克接見，改由本府秘書長代表接見): he met no one, the city did; cities
# met in turn on the days written in turn (分別於9月12日及10月3日與甲市、乙市市長…)
def test_the_official_who_could_not_receive_met_no_one_whoever_received() -> None:
    ext = chapter(
        "（二）日本京都市副市長山田一郎於100年10月3日來訪，陳菊市長因公未克接見，改由本府秘書長"
        "代表接見。",
        period="2011-07/2011-12",
    )
    guest = named(ext, "山田一郎")
    mayor = named(ext, "陳菊")
    assert not rels(ext, RelType.MET_WITH, source=mayor, target=guest)
    assert not rels(ext, RelType.MET_WITH, source=guest, target=mayor)
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=guest)


def test_cities_met_in_turn_are_met_on_the_days_in_turn() -> None:
    ext = chapter(
        "（二）本府分別於107年9月12日及10月3日與日本橫濱市、韓國釜山市市長舉行視訊會談，就防疫"
        "經驗交換意見。",
        period="2018-07/2018-12",
    )
    met = {
        m.target: m.properties.get("date") for m in rels(ext, RelType.MET_WITH, source=KAOHSIUNG)
    }
    assert met == {named(ext, "橫濱市"): "2018-09-12", named(ext, "釜山市"): "2018-10-03"}
