"""Rule fixes after the round-39b review: each tested on invented sentences in the
reviewer's wordings and paraphrases of them."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels

_H1 = "2019-01/2019-06"


# 1. brackets after a trip's stops holding a year of the stop's past (西雅圖（1973年締結
# 姊妹市）) or anything but days of the trip: each stop visited within the trip's days;
# a bracket dates its stop only by days lying within the trip
def test_a_bracket_holding_a_year_dates_no_stop() -> None:
    ext = chapter(
        "陳市長於108年5月6日至18日率團赴美訪問，訪問西雅圖（1973年締結姊妹市）及波士頓"
        "（2004年締結友好城市）。",
        period=_H1,
    )
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "西雅圖"))
    for city in ("西雅圖", "波士頓"):
        for visit in rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, city)):
            assert visit.properties.get("start") == "2019-05-06"
            assert visit.properties.get("end") == "2019-05-18"


def test_a_bracket_holding_a_year_and_the_days_dates_by_the_days() -> None:
    ext = chapter(
        "陳市長於108年5月6日至18日率團赴日本訪問，行程依序為姬路市（1972年締結姊妹市，"
        "5月6日至9日）及熊本市（5月10日至14日）。",
        period=_H1,
    )
    [visit] = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "姬路市"))
    assert (visit.properties["start"], visit.properties["end"]) == ("2019-05-06", "2019-05-09")


# 2. a list right after a set of sisters that is not the city's (非姊妹市中, 某市現有
# 姊妹市中): no sisters of the city
@pytest.mark.parametrize(
    "sentence",
    [
        "本府積極拓展城市交流，非姊妹市中，越南峴港市、泰國曼谷市等城市往來最為密切。",
        "姬路市現有姊妹市中，美國夏威夷郡、韓國昌原市等城市往來最為密切，本府亦可借鏡其經驗。",
    ],
)
def test_a_list_after_a_set_not_the_citys_sisters_names_none(sentence: str) -> None:
    ext = chapter(sentence, period=_H1)
    assert not rels(ext, RelType.SISTER_CITY_OF)


# 3. acting under an agreement of two parties not the two cities, or one not signed, or
# the tie's own (雙方所簽之合作備忘錄 of a bureau and a firm; 協議草案; 研擬中之備忘錄;
# 締結姊妹市時所簽之協定書): no MOU signed
@pytest.mark.parametrize(
    "sentence",
    [
        "根據雙方所簽之合作備忘錄，本府經發局與美商英特爾公司於108年5月3日在舊金山市共同舉辦"
        "投資說明會。",
        "依據兩市公務員交流協議草案，仁川市政府與本府於108年5月13日召開視訊會議討論細節。",
        "依據雙方研擬中之合作備忘錄，本府海洋局於108年5月13日與日本神戶市港灣局召開視訊會議。",
        "依據兩市締結姊妹市時所簽之協定書，姬路市每年派員來高研修。",
    ],
)
def test_acting_under_an_agreement_not_the_two_cities_signed_signs_none(sentence: str) -> None:
    ext = chapter(sentence, period=_H1)
    assert not rels(ext, RelType.SIGNED_MOU)


# 4. an invitee's delegation led or formed by its city's people (仁川市市長率領之市府
# 代表團, 仁川市政府派員組成之交流團): the city invited, no body named across the verb
@pytest.mark.parametrize(
    "sentence",
    [
        "本府於108年5月8日至9日主辦「2019高雄國際港灣論壇」，邀請韓國仁川市市長率領之市府"
        "代表團參加。",
        "本府於108年5月8日舉辦「2019高雄國際港灣論壇」，邀請韓國仁川市政府派員組成之交流團參加。",
    ],
)
def test_a_delegation_led_or_formed_by_an_invitees_people_invites_the_city(sentence: str) -> None:
    ext = chapter(sentence, period=_H1)
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert named(ext, "仁川市") in invited
    assert not [e for e in ext.entities if "率領之" in e.id or "組成之" in e.id]


# 5. a city's councillor of a numbered district (洛杉磯市第十四區市議員): the city's
# councillor, the district no body
def test_a_councillor_of_a_numbered_district_is_the_citys() -> None:
    ext = chapter("108年3月5日，美國洛杉磯市第十四區市議員José Huizar來訪。", period=_H1)
    [title] = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "José Huizar"))
    assert title.target == named(ext, "洛杉磯市")
    assert title.properties["title_zh"].endswith("市議員")


# 6. a guest met again abroad (陳市長於赴日訪問期間再度會晤某某): not on his visit's day
def test_a_meeting_abroad_is_not_dated_by_the_guests_visit() -> None:
    ext = chapter(
        "（一）108年3月5日，日本姬路市市長山田一郎來訪，拜會本府。",
        "（二）陳市長於赴日訪問期間再度會晤姬路市市長山田一郎，雙方確認2020年續簽友好交流協議。",
        period=_H1,
    )
    for met in rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "山田一郎")):
        assert met.properties.get("date") != "2019-03-05"
        assert met.properties.get("start") != "2019-03-05"


# 7. a table's purpose cell leading a group not the guest body's (率日本商工會議所會員
# 一行20人): the guest came, his office did not
def test_a_purpose_cell_leading_another_bodys_group_brings_no_body() -> None:
    ext = chapter(
        "日期｜來訪貴賓｜事由",
        "108年3月5日｜日本台灣交流協會高雄事務所所長中井健治｜率日本商工會議所會員一行20人"
        "拜會陳市長",
        period=_H1,
    )
    assert rels(ext, RelType.VISITED, source=named(ext, "中井健治"))
    office = named(ext, "日本臺灣交流協會高雄事務所")
    assert not rels(ext, RelType.VISITED, source=office)


# 8. a sister-school signing still to come (預計於…簽署姊妹校協定，並由某校長率師生前往):
# no visit yet
def test_a_school_to_go_to_sign_later_has_not_visited() -> None:
    ext = chapter(
        "本市中正高中與日本姬路市立東高等學校預計於108年12月在姬路簽署姊妹校協定，並由中正高中"
        "校長率師生18人前往。",
        period=_H1,
    )
    assert not rels(ext, RelType.VISITED, source=named(ext, "中正高中"))


# 9. a city called on at a show held elsewhere (赴東京都參加旅展，期間於展場拜會某市):
# the city met there, not visited
def test_a_city_called_on_at_a_show_elsewhere_is_not_visited() -> None:
    ext = chapter(
        "本府觀光局於108年3月24日至27日赴日本東京都參加旅展，期間於展場拜會大阪市。",
        period=_H1,
    )
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "大阪市"))


# 10. one escorting the guests (某某陪同某市市長來訪，並與本府某局簽署…): the escort's
# body signs nothing
def test_an_escort_of_guests_signing_signs_nothing() -> None:
    ext = chapter(
        "108年5月5日，日本台灣交流協會高雄事務所所長中井健治陪同姬路市市長山田一郎來訪，並與本府"
        "觀光局簽署「觀光交流合作備忘錄」。",
        period=_H1,
    )
    signers = {r.target for r in rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)}
    assert named(ext, "姬路市") in signers
    assert named(ext, "日本臺灣交流協會高雄事務所") not in signers


# 11. a speaker who was to speak but did not come (原訂擔任演講人，因故未能出席): no role
def test_a_speaker_who_did_not_come_plays_no_part() -> None:
    ext = chapter(
        "本府於108年5月8日至9日主辦「2019高雄國際港灣論壇」，陳市長擔任開幕專題演講人，西雅圖市"
        "副市長Anna Smith原訂擔任演講人，因故未能出席。",
        period=_H1,
    )
    for part in rels(ext, RelType.PARTICIPATED_IN):
        assert part.source == KAOHSIUNG or part.properties.get("role") != "speaker"
