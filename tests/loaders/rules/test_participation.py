"""Events: who hosted, who took part, who was invited (loaders/rules/hosting.py,
invitations.py, taking_part.py, answers.py).

Each test reads a short chapter written for it, in the genre's wording but not copied
from the samples, so every pattern is shown on a sentence of its own.
"""

from __future__ import annotations

import pytest

from graph.model import Extraction, RelType
from loaders.pipeline import extract_bytes
from tests.loaders.rules.helpers import chapter, event_named, named, rels

KAOHSIUNG = "city:tw:kaohsiung"


def test_joining_an_event_another_party_holds() -> None:
    got = chapter(
        "(一)107年9月3日至6日，本府經發局組團參加德國漢堡市政府主辦之「2018國際港口物流博覽會」。",
        "(二)107年10月9日，本府觀光局派員出席於泰國曼谷市舉行之「2018亞洲旅遊論壇」。",
    )
    expo = event_named(got, "國際港口物流博覽會")
    forum = event_named(got, "亞洲旅遊論壇")
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=expo, status="attended")
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=forum, status="attended")
    assert rels(got, RelType.HOSTED, target=expo, source="city:de:hamburg")
    assert not rels(got, RelType.HOSTED, target=forum)  # 於曼谷市舉行 names a venue


def test_role_told_in_a_later_clause() -> None:
    got = chapter(
        "107年11月2日，王副市長出席日本福岡市主辦之「2018亞洲城市創新論壇」，並擔任綜合座談與談人。"
    )
    forum = event_named(got, "亞洲城市創新論壇")
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=forum, role="panelist")


def test_people_named_with_their_cities_take_part() -> None:
    got = chapter(
        "107年8月，日本福岡縣知事小川洋與福岡市高島宗一郎市長，將於今年11月共同組團參加"
        "「2018高雄港灣博覽會」。"
    )
    expo = event_named(got, "高雄港灣博覽會")
    planned = {r.source for r in rels(got, RelType.PARTICIPATED_IN, target=expo, status="planned")}
    assert {"person:小川洋", "person:高島宗一郎"} <= planned


def test_named_leader_of_a_delegation_took_part() -> None:
    got = chapter(
        "本府主辦「2018高雄國際龍舟嘉年華」，日本沖繩縣首次派遣代表團參加，由副知事富川盛武率團。"
    )
    race = event_named(got, "高雄國際龍舟嘉年華")
    assert rels(got, RelType.PARTICIPATED_IN, source="person:富川盛武", target=race)


def test_invited_guest_is_the_person_not_the_city_written_before_the_name() -> None:
    got = chapter(
        "本期重要外賓包括：韓國仁川廣域市副市長鄭泰植、日本福岡市副市長中村英一等。",
        "本府舉辦「2018高雄國際龍舟嘉年華」，仁川廣域市鄭泰植副市長亦應邀出席開幕典禮。",
    )
    race = event_named(got, "高雄國際龍舟嘉年華")
    assert rels(got, RelType.PARTICIPATED_IN, source="person:鄭泰植", target=race)
    assert not rels(got, RelType.PARTICIPATED_IN, source="city:kr:incheon", target=race)


def test_passive_invitation_by_the_city() -> None:
    got = chapter(
        "本府舉辦「2018高雄國際龍舟嘉年華」，日本沖繩縣派團參加；另美國西雅圖市雖受本府邀請，"
        "惟因行程衝突，未能派員出席。"
    )
    race = event_named(got, "高雄國際龍舟嘉年華")
    assert rels(got, RelType.INVITED, source=KAOHSIUNG, target="city:us:seattle", event=race)
    assert rels(got, RelType.PARTICIPATED_IN, source="city:us:seattle", status="invited")


def test_unquoted_event_written_after_its_year() -> None:
    got = chapter("本府於會中分享本市主辦2017年世界大學運動會之經驗與城市行銷成果，並交換意見。")
    games = event_named(got, "世界大學運動會")
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=games)


def test_an_edition_called_off_is_neither_held_nor_attended() -> None:
    got = chapter(
        "本府每年組團參加之美國波特蘭市「玫瑰節」，今年因波特蘭市宣布停辦，本府未派團前往。"
    )
    assert not rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert not rels(got, RelType.HOSTED, source="city:us:portland-oregon")


def test_heading_inviting_cities_does_not_invite_their_delegates() -> None:
    got = chapter(
        "(一)邀請姊妹市參加2018年高雄燈會",
        "2018年高雄燈會計有日本八王子市等城市參加，八王子市副市長石森孝志並率領"
        "「八王子市觀光協會」訪問團前來參加。",
    )
    festival = "event:kaohsiung-lantern-festival:2018"
    assert rels(got, RelType.INVITED, source=KAOHSIUNG, target="city:jp:hachioji", event=festival)
    invited = rels(got, RelType.INVITED, event=festival)
    assert not [r for r in invited if r.target.startswith("org:")]


def test_postponed_edition_and_invitations_already_sent() -> None:
    got = chapter(
        "原訂今年10月於本市舉辦之國際港灣城市論壇，因颱風影響延至2019年舉辦，"
        "本府已邀請荷蘭鹿特丹市及德國漢堡市屆時與會。"
    )
    forum = "event:port-cities-forum:2019"
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=forum)
    assert not [e for e in got.entities if e.id == "event:port-cities-forum:2018"]
    for city in ("city:nl:rotterdam", "city:de:hamburg"):
        assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=city, event=forum)
        assert rels(got, RelType.PARTICIPATED_IN, source=city, target=forum, status="invited")


def test_city_leads_its_school_troupe_to_a_festival() -> None:
    got = chapter(
        "107年7月20日至23日，由本府李副秘書長率領本市旗山區鼓山國小客家八音樂團，"
        "參加美國波特蘭市「玫瑰節」慶典活動，並於大遊行中演出。"
    )
    festival = "event:portland-rose-festival:2018"
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=festival)
    troupe = next(e.id for e in got.entities if e.name_zh == "旗山區鼓山國小客家八音樂團")
    assert rels(got, RelType.PARTICIPATED_IN, source=troupe, target=festival, role="performer")


def test_invitee_list_naming_bodies_by_their_members() -> None:
    got = chapter(
        "107年11月3日，本府辦理「2018看見高雄-國際人士訪高之旅」，邀請英國在台辦事處副代表"
        "湯瑪士、德國在台協會處長史坦納、高雄國際青年商會代表、協助本府推動城市外交的"
        "國際志工小組成員等約30人參加。"
    )
    tour = "event:see-kaohsiung-tour:2018"
    invited = {e.name_zh for e in got.entities if rels(got, RelType.INVITED, target=e.id)}
    assert {"高雄國際青年商會", "國際志工小組"} <= invited
    assert all(r.properties.get("event") == tour for r in rels(got, RelType.INVITED))


def test_a_city_named_by_its_first_character_and_market_words_are_no_city() -> None:
    extraction = chapter(
        "1.107年9月5日，陳市長率團訪問美國西雅圖市及波特蘭市，"
        "並邀請西市參加「2018高雄燈會藝術節」，雙方亦同意擴大市場合作。",
        "2.同日並會晤西市市長約翰．路易斯。",
    )
    invited = {r.target for r in rels(extraction, RelType.INVITED, source="city:tw:kaohsiung")}
    assert invited == {"city:us:seattle"}
    places = {e.id for e in extraction.entities if e.id.startswith(("city:", "org:"))}
    assert places == {"city:tw:kaohsiung", "city:us:seattle", "city:us:portland-oregon"}
    (mayor,) = rels(extraction, RelType.HOLDS_TITLE, title_zh="市長")
    assert mayor.target == "city:us:seattle"


def test_a_workshop_held_online_with_cities_invited() -> None:
    got = chapter(
        "本府於107年4月12日以線上方式辦理「2018港市韌性工作坊」，邀請日本橫濱市及菲律賓宿霧市參加。",
        "計有橫濱市以視訊方式與會，宿霧市則因行程衝突未克出席。",
    )
    workshop = event_named(got, "港市韌性工作坊")
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=workshop)
    for city in ("city:jp:yokohama", "city:ph:cebu-city"):
        assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=city, event=workshop)
    assert rels(got, RelType.PARTICIPATED_IN, source="city:jp:yokohama", status="attended")
    assert rels(got, RelType.PARTICIPATED_IN, source="city:ph:cebu-city", status="invited")
    assert not rels(got, RelType.VISITED, source="city:jp:yokohama")  # it joined online


def test_a_quoted_session_is_no_event() -> None:
    got = chapter(
        "107年10月，王副市長出席福岡市主辦之「2018亞洲城市創新論壇」，並於「智慧港口發展」場次致詞。"
    )
    assert not [e for e in got.entities if e.label == "Event" and "智慧港口" in e.name_zh]


def test_host_written_with_an_english_gloss_or_with_the_date_it_set() -> None:
    got = chapter(
        "107年6月5日至7日，德國漢堡市（Hamburg）主辦「2018港口城市大會」，本府派員參加。",
        "另溫哥華市來訪時表示，該市預定於明年5月舉辦之「2019太平洋城市論壇」歡迎本府參加。",
    )
    assert rels(got, RelType.HOSTED, source="city:de:hamburg")
    assert rels(got, RelType.HOSTED, source="city:ca:vancouver")


def test_an_invitation_the_city_received() -> None:
    got = chapter(
        "本府於107年3月收到日本橫濱市來函，邀請陳市長出席該市訂於本年11月舉辦之"
        "「2018亞洲港灣論壇」，並於開幕式致詞；本府已函復，將視行程評估出席方式。"
    )
    forum = event_named(got, "亞洲港灣論壇")
    assert rels(got, RelType.HOSTED, source="city:jp:yokohama", target=forum)
    [invited] = rels(got, RelType.INVITED, target=KAOHSIUNG, event=forum)
    assert (invited.source, invited.properties.get("date")) == ("city:jp:yokohama", "2018-03")
    assert not rels(got, RelType.INVITED, source=KAOHSIUNG)  # not the city inviting
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=forum, status="invited")
    assert not rels(got, RelType.PARTICIPATED_IN, source="city:jp:yokohama")


def test_an_invitation_received_then_the_citys_own_plan() -> None:
    got = chapter(
        "「2018亞洲港灣論壇」將於今年11月在日本橫濱市舉行，本府已接獲主辦城市橫濱市之邀請，"
        "規劃由王副市長率團與會。"
    )
    forum = event_named(got, "亞洲港灣論壇")
    assert rels(got, RelType.INVITED, source="city:jp:yokohama", target=KAOHSIUNG, event=forum)
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=forum, status="planned")
    assert not rels(got, RelType.PARTICIPATED_IN, source="city:jp:yokohama")  # its host


def test_headings_without_a_subject_speak_of_the_city() -> None:
    got = chapter(
        "(一)線上出席德國漢堡市「2018港口城市大會」",
        "107年6月5日至7日，漢堡市主辦「2018港口城市大會」，本府擔任開幕論壇與談人。",
        "(二)受邀出席韓國大邱廣域市「2018國際水資源博覽會」",
    )
    congress = event_named(got, "港口城市大會")
    expo = event_named(got, "國際水資源博覽會")
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=congress, role="panelist")
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=expo, status="invited")
    assert not rels(got, RelType.PARTICIPATED_IN, source="city:kr:daegu")  # its host


def test_a_part_played_is_taking_part() -> None:
    got = chapter(
        "107年9月，美國西雅圖市舉辦「2018智慧城市高峰會」，本府經發局局長發表專題演講，"
        "分享本市推動智慧城市之經驗。"
    )
    summit = event_named(got, "智慧城市高峰會")
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=summit, role="speaker")


def test_cities_invited_to_do_something_at_the_citys_own_event() -> None:
    got = chapter(
        "本府於107年10月在衛武營舉辦「2018高雄國際光雕藝術節」，特別邀請日本福岡市及加拿大"
        "溫哥華市推薦創作團隊來高展演。"
    )
    festival = event_named(got, "高雄國際光雕藝術節")
    for city in ("city:jp:fukuoka", "city:ca:vancouver"):
        assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=city, event=festival)


def test_yearly_participation_in_an_event_held_in_a_month_and_the_year_after() -> None:
    got = chapter(
        "本府自104年起，每年均派團參加該市於7月舉辦之「福岡山笠祭」。",
        "今年由文化局組團，於7月10日至15日前往福岡市參加。",
    )
    years = {
        r.properties["year"]: r.properties.get("inferred")
        for r in rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    }
    assert years == {2015: True, 2016: True, 2017: True, 2018: None}
    # 自104年起 does not make the next sentence's 今年 mean 2015
    assert rels(got, RelType.VISITED, source=KAOHSIUNG, target="city:jp:fukuoka", year=2018)


def test_attending_an_event_held_by_the_city_one_goes_to() -> None:
    got = chapter(
        "107年5月7日至11日，本府教育局選派本市高中生10名，赴姊妹市美國聖地牙哥市參加"
        "由該市主辦之「2018國際青年科學營」。"
    )
    camp = event_named(got, "國際青年科學營")
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=camp, status="attended")
    assert rels(got, RelType.HOSTED, source="city:us:san-diego", target=camp)
    assert not rels(got, RelType.PARTICIPATED_IN, source="city:us:san-diego", target=camp)


def test_promoting_an_event_abroad_does_not_make_the_place_its_host() -> None:
    got = chapter(
        "107年3月5日至8日，本府觀光局組團前往日本福岡市宣傳2018高雄國際龍舟嘉年華。",
        "107年4月2日，本府觀光局赴新加坡推廣「2018高雄港灣博覽會」。",
    )
    race = event_named(got, "高雄國際龍舟嘉年華")
    expo = event_named(got, "高雄港灣博覽會")
    assert not rels(got, RelType.HOSTED, source="city:jp:fukuoka", target=race)
    assert not rels(got, RelType.HOSTED, source="country:sg", target=expo)
    assert not rels(got, RelType.HOSTED, source="city:sg:singapore", target=expo)


def test_an_event_named_after_a_place_is_not_the_one_written_before_it() -> None:
    got = chapter("107年6月，韓國仁川廣域市「2018釜山國際旅遊博覽會」推廣團來訪。")
    fair = event_named(got, "釜山國際旅遊博覽會")
    assert not rels(got, RelType.HOSTED, source="city:kr:incheon", target=fair)


def test_invited_cities_that_sent_people_to_the_city_attended() -> None:
    got = chapter(
        "本府於107年4月21日舉辦「2018高雄國際風箏節」，邀請日本沖繩縣、福岡市及美國聖地牙哥市參加。"
        "沖繩縣及福岡市均派團來高共襄盛舉；聖地牙哥市則因經費限制婉拒邀請。"
    )
    kites = event_named(got, "高雄國際風箏節")
    for city in ("city:jp:okinawa-prefecture", "city:jp:fukuoka"):
        assert rels(got, RelType.PARTICIPATED_IN, source=city, target=kites, status="attended")
        assert rels(got, RelType.VISITED, source=city, target=KAOHSIUNG)
    # 姊妹市甲市，友好城市乙市: the comma parts 甲市 from the tie word after it
    assert not rels(got, RelType.FRIENDSHIP_CITY_OF, target="city:us:seattle")
    assert rels(
        got, RelType.PARTICIPATED_IN, source="city:us:san-diego", target=kites, status="invited"
    )


def test_a_city_that_says_it_will_not_take_part_this_time_was_only_invited() -> None:
    got = chapter(
        "本府於107年10月舉辦「2018高雄國際美食展」，邀請韓國仁川廣域市及日本福岡市設攤。"
        "福岡市派員來高參加；仁川廣域市則表示因人力不足，今年暫不參加。"
    )
    show = event_named(got, "高雄國際美食展")
    assert rels(
        got, RelType.PARTICIPATED_IN, source="city:kr:incheon", target=show, status="invited"
    )
    assert rels(
        got, RelType.PARTICIPATED_IN, source="city:jp:fukuoka", target=show, status="attended"
    )


def test_sub_items_speak_of_the_event_their_item_names() -> None:
    got = chapter(
        "(一)2019高雄國際龍舟錦標賽籌備",
        "1.「2019高雄國際龍舟錦標賽」訂於108年6月7日至9日在本市舉行。",
        "2.邀請友好城市組隊參賽",
        "(1)本府於107年3月間發函邀請日本沖繩縣及韓國仁川廣域市組隊參賽。",
        "(2)截至本期末，沖繩縣已回函確定將派隊與會；仁川廣域市則尚未答覆。",
    )
    race = event_named(got, "高雄國際龍舟錦標賽")
    okinawa, incheon = "city:jp:okinawa-prefecture", "city:kr:incheon"
    for city in (okinawa, incheon):
        assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=city, event=race, date="2018-03")
    assert rels(got, RelType.PARTICIPATED_IN, source=okinawa, target=race, status="planned")
    assert rels(got, RelType.PARTICIPATED_IN, source=incheon, target=race, status="invited")
    assert not rels(got, RelType.PARTICIPATED_IN, target=race, status="attended")
    assert not rels(got, RelType.VISITED, target=KAOHSIUNG)  # nobody came yet


def test_an_undecided_invitee_stays_invited() -> None:
    got = chapter(
        "本府於107年2月接獲日本福岡市來函，邀請本府出席該市訂於本年9月舉辦之「2018亞洲港灣論壇」；"
        "本府將視屆時業務情形評估與會人員。"
    )
    forum = event_named(got, "亞洲港灣論壇")
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=forum, status="invited")


def test_an_official_named_in_full_then_by_surname_and_title_spoke() -> None:
    got = chapter(
        "107年5月14日至17日，本府水利局局長蔡長展率員赴日本福岡市，出席由該市主辦之"
        "「2018亞洲水環境會議」，蔡局長並於會中發表專題演講。"
    )
    meeting = event_named(got, "亞洲水環境會議")
    assert rels(
        got, RelType.PARTICIPATED_IN, source="person:蔡長展", target=meeting, role="speaker"
    )
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=meeting)


def test_the_city_and_a_partner_holding_an_event_together_both_host_it() -> None:
    got = chapter("107年4月12日，本府與日本福岡市共同主辦「2018亞洲城市觀光論壇」。")
    forum = event_named(got, "亞洲城市觀光論壇")
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=forum)
    assert rels(got, RelType.HOSTED, source="city:jp:fukuoka", target=forum)


def test_an_invitee_that_did_not_attend_was_only_invited() -> None:
    got = chapter(
        "本府於107年3月10日舉辦「2018高雄國際自行車節」，邀請日本福岡市及韓國仁川廣域市參加；"
        "仁川廣域市因故未出席。"
    )
    ride = event_named(got, "高雄國際自行車節")
    assert rels(
        got, RelType.PARTICIPATED_IN, source="city:kr:incheon", target=ride, status="invited"
    )
    assert not rels(got, RelType.VISITED, source="city:kr:incheon")


def test_a_ceremony_or_a_celebration_is_an_event() -> None:
    got = chapter(
        "107年4月3日，本府於中央公園舉辦「2018國際姊妹市紀念碑揭幕典禮」。",
        "107年5月20日，本府派員出席日本福岡市主辦之「福岡高雄交流10週年慶祝會」。",
    )
    unveiling = event_named(got, "揭幕典禮")
    party = event_named(got, "交流10週年慶祝會")
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=unveiling)
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=party, status="attended")


def test_an_event_put_off_twice_stands_where_the_last_move_put_it() -> None:
    got = chapter(
        "本市主辦之國際港灣城市論壇原訂於去年10月舉行，因颱風延至今年3月；"
        "惟考量各國防疫規定，本府決定再延至明年舉辦。",
        "本府已於107年2月間致函邀請美國西雅圖市首長出席。",
    )
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target="event:port-cities-forum:2019")
    assert rels(
        got, RelType.INVITED, target="city:us:seattle", event="event:port-cities-forum:2019"
    )
    assert not rels(got, RelType.HOSTED, target="event:port-cities-forum:2017")


def test_an_event_held_together_has_every_side_as_host() -> None:
    got = chapter(
        "107年3月9日，本府教育局與日本福岡市共同主辦「2018福岡高雄學生線上交流會議」。",
        "本市與美國波特蘭市締盟至今屆滿30年，雙方於107年6月1日聯合舉辦「波特蘭高雄30週年慶祝會」。",
    )
    meeting = event_named(got, "學生線上交流會議")
    party = event_named(got, "30週年慶祝會")
    assert {r.source for r in rels(got, RelType.HOSTED, target=meeting)} == {
        KAOHSIUNG,
        "city:jp:fukuoka",
    }
    assert {r.source for r in rels(got, RelType.HOSTED, target=party)} == {
        KAOHSIUNG,
        "city:us:portland-oregon",
    }
    assert not rels(got, RelType.PARTICIPATED_IN, source="city:jp:fukuoka")


def test_the_seat_in_an_office_name_is_no_guest() -> None:
    got = chapter(
        "本府於107年5月4日舉辦「2018國際美食文化節」，荷蘭台北貿易暨投資辦事處代表"
        "范偉文（Guy Wittich）等駐臺使節應邀出席。"
    )
    fair = event_named(got, "國際美食文化節")
    assert rels(got, RelType.PARTICIPATED_IN, source="person:范偉文", target=fair)
    assert not rels(got, RelType.PARTICIPATED_IN, source="city:tw:taipei")
    assert not rels(got, RelType.VISITED, source="city:tw:taipei")


def test_a_guest_named_before_the_part_played_took_part() -> None:
    got = chapter(
        "107年4月12日，本府經發局舉辦「2018高雄智慧城市線上研討會」，美國波特蘭州立大學教授"
        "約翰．米勒（John Miller）擔任研討會主講人，介紹該市之經驗。"
    )
    seminar = event_named(got, "智慧城市線上研討會")
    assert rels(
        got,
        RelType.PARTICIPATED_IN,
        source="person:約翰.米勒",
        target=seminar,
        status="attended",
        role="speaker",
    )
    assert not rels(got, RelType.VISITED, source="person:約翰.米勒")  # online, by its name


def test_next_years_edition_and_the_delegation_its_leader_brings() -> None:
    got = chapter(
        "107年5月3日，陳市長會晤日本熊本市市長大西一史（Kazufumi Onishi），大西市長表示"
        "將親自率團參加明年之高雄燈會。"
    )
    festival = "event:kaohsiung-lantern-festival:2019"
    found = rels(got, RelType.PARTICIPATED_IN, target=festival, status="planned")
    planned = {r.source for r in found}
    assert {"person:大西一史", "city:jp:kumamoto"} <= planned
    assert not rels(got, RelType.PARTICIPATED_IN, target="event:kaohsiung-lantern-festival:2018")


def test_competition_by_its_ending_and_invitation_by_letter() -> None:
    got = chapter(
        "本府體育局於107年4月3日至8日在國家體育場舉辦「2018高雄國際城市少年足球邀請賽」。",
        "本府於去年11月函請姊妹市日本福岡市及美國西雅圖市組隊來高參賽。",
        "福岡市組成市代表隊一行30人應邀來高；西雅圖市則因經費不足，未能組隊參賽。",
    )
    cup = event_named(got, "國際城市少年足球邀請賽")
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=cup)
    for city in ("city:jp:fukuoka", "city:us:seattle"):
        assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=city, event=cup)
    assert rels(
        got, RelType.PARTICIPATED_IN, source="city:jp:fukuoka", target=cup, status="attended"
    )
    assert rels(
        got, RelType.PARTICIPATED_IN, source="city:us:seattle", target=cup, status="invited"
    )


def test_invited_by_a_foreign_city_is_the_guest() -> None:
    got = chapter(
        "107年5月2日至5日，本府文化局應姊妹市日本福岡市之邀，組團參加該市主辦之「2018福岡亞洲文化祭」。"
    )
    fest = event_named(got, "福岡亞洲文化祭")
    assert rels(got, RelType.INVITED, source="city:jp:fukuoka", target=KAOHSIUNG, event=fest)
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=fest, status="attended")
    assert not rels(got, RelType.PARTICIPATED_IN, source="city:jp:fukuoka")


def test_replies_to_an_invitation_listed_item_by_item() -> None:
    got = chapter(
        "(一)首長觀禮邀請",
        "「2018高雄國際龍舟錦標賽」訂於107年8月10日至12日在本市舉行，本府於3月間函邀國外城市首長"
        "率團觀禮，各城市回覆情形如下：",
        "1、日本福岡市：已確認由該市副市長率團出席開幕式。",
        "2、美國西雅圖市：因議會會期，婉謝本次邀請。",
        period="2018-01/2018-06",
    )
    race = event_named(got, "國際龍舟錦標賽")
    for city in ("city:jp:fukuoka", "city:us:seattle"):
        assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=city, event=race)
    assert rels(
        got, RelType.PARTICIPATED_IN, source="city:jp:fukuoka", target=race, status="planned"
    )
    assert rels(
        got, RelType.PARTICIPATED_IN, source="city:us:seattle", target=race, status="invited"
    )


def test_host_as_the_subject_of_a_sentence_with_a_purpose_clause() -> None:
    got = chapter("德國漢堡市為慶祝建港830週年，於107年5月9日至11日主辦「2018國際港口城市論壇」。")
    forum = event_named(got, "國際港口城市論壇")
    assert rels(got, RelType.HOSTED, source="city:de:hamburg", target=forum)
    assert not rels(got, RelType.HOSTED, source=KAOHSIUNG, target=forum)


def test_a_guest_at_a_co_hosted_event_is_no_host() -> None:
    got = chapter(
        "107年6月4日，王副市長率員赴泰國曼谷市，出席由曼谷市與德國漢堡市共同主辦之「2018亞洲綠色城市博覽會」。"
    )
    expo = event_named(got, "亞洲綠色城市博覽會")
    assert rels(got, RelType.HOSTED, source="city:th:bangkok", target=expo)
    assert not rels(got, RelType.HOSTED, source=KAOHSIUNG, target=expo)
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=expo, status="attended")


def test_who_heads_a_team_takes_part_as_it_does() -> None:
    got = chapter(
        "(一)本府於107年4月3日至8日在本市舉辦「2018高雄國際城市少年籃球邀請賽」。",
        "日本福岡市組成市代表隊應邀來高，"
        "其中福岡市代表隊由該市副市長中村健一（Nakamura Kenichi）擔任團長。",
    )
    cup = event_named(got, "國際城市少年籃球邀請賽")
    person = next(e.id for e in got.entities if e.name_zh == "中村健一")
    assert rels(got, RelType.PARTICIPATED_IN, source=person, target=cup, status="attended")


def test_a_cohosting_citys_own_mayor_at_the_event_does_not_visit_the_city() -> None:
    ext = chapter(
        "1.本府與姊妹市日本大阪市於107年4月8日在該市中之島公園共同舉辦「2018高雄觀光推廣活動」，"
        "大阪市市長松井一郎（Matsui Ichiro）親自出席並致詞。"
    )
    mayor = named(ext, "松井一郎")
    assert rels(ext, RelType.PARTICIPATED_IN, source=mayor)
    assert not rels(ext, RelType.VISITED, source=mayor, target=KAOHSIUNG)


def test_an_invitation_made_for_next_year_is_invited_not_planned() -> None:
    ext = chapter("1.本府於5月邀請日本松山市明年組團參加「2019高雄燈會藝術節」。")
    found = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "松山市"))
    assert found and found[0].properties["status"] == "invited"


def test_an_invitation_still_to_be_sent_is_planned() -> None:
    ext = chapter("1.本府將邀請日本松山市組團參加「2019高雄燈會藝術節」。")
    found = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "松山市"))
    assert found and found[0].properties["status"] == "planned"


def test_this_edition_after_the_verb_is_the_event_spoken_of() -> None:
    ext = chapter(
        "1.本府於5月10日至12日主辦「2018國際港灣城市論壇」。"
        "姊妹市日本松山市亦組團出席本屆大會，交流港灣經驗。",
    )
    forum = event_named(ext, "2018國際港灣城市論壇")
    assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "松山市"), target=forum)


def test_a_yearly_habit_after_a_past_tie_date_is_this_years_with_inferred_years() -> None:
    ext = chapter(
        "1.松山市與本市於99年締結姊妹市後，交流密切。本府自104年起，每年6月均派團參加該市舉辦之"
        "「松山祭」，今年亦由觀光局組團赴松山市參加。",
        period="2018-07/2018-12",
    )
    years = {r.properties.get("year") for r in rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)}
    assert {2015, 2016, 2017, 2018} <= years and 2010 not in years
    visits = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "松山市"))
    assert visits and all(v.properties.get("year") == 2018 for v in visits)


def test_replies_one_city_will_come_another_still_deciding() -> None:
    ext = chapter(
        "1.本府已於12月函邀姊妹市日本松山市及美國西雅圖市組團參加「2019高雄燈會藝術節」；"
        "目前松山市已回覆將派團參加，西雅圖市則尚在評估中。",
        period="2018-07/2018-12",
    )
    lantern = "event:kaohsiung-lantern-festival:2019"
    coming = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "松山市"), target=lantern)
    deciding = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "西雅圖市"), target=lantern)
    assert coming and coming[0].properties["status"] == "planned"
    assert deciding and deciding[0].properties["status"] == "invited"
    assert any("評估" in e.text for e in deciding[0].evidence)


def test_attendees_named_with_yu_hui_are_no_verb() -> None:
    ext = chapter("1.本府辦理「2018國際港灣城市論壇」之與會人員接待，計有80人。")
    assert not rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)


def test_a_city_invited_joins_a_festival_a_bureau_holds_at_a_venue() -> None:
    ext = chapter(
        "1.姊妹市日本松山市本年應本府之邀，由該市副市長率團於10月5日來訪，"
        "參加本府觀光局於愛河舉辦之「2018愛河音樂季」。"
    )
    fest = event_named(ext, "2018愛河音樂季")
    city = named(ext, "松山市")
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=fest)
    assert rels(ext, RelType.PARTICIPATED_IN, source=city, target=fest, status="attended")
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=city)


def test_a_talks_title_is_no_event_and_a_past_edition_is_the_series() -> None:
    got = chapter(
        "107年10月8日至11日，許副市長率團前往澳洲布里斯本市，出席由該市主辦之「2018亞洲城市論壇」。",
        "許副市長於城市首長對話中，以「智慧港灣與城市發展」為題發表專題演講，"
        "並介紹2016年大會在本市舉辦之成果。",
    )
    forum = event_named(got, "2018亞洲城市論壇")
    assert not [e for e in got.entities if e.label == "Event" and "智慧港灣" in e.name_zh]
    hosted = {(r.source, r.target) for r in rels(got, RelType.HOSTED)}
    assert (KAOHSIUNG, forum.replace("2018", "2016")) in hosted
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=forum, role="speaker")


def test_a_talk_given_by_the_subject_of_an_earlier_clause() -> None:
    got = chapter(
        "107年5月，本府派員出席日本橫濱市主辦之「2018亞洲港灣論壇」。",
        "王局長並於大會開幕當日，以「港市共榮」為主題發表演說。",
    )
    forum = event_named(got, "亞洲港灣論壇")
    [joined] = rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=forum)
    assert joined.properties.get("role") == "speaker"  # 發表演說 is a talk, not a show


def test_an_invitee_busy_holding_its_own_event_was_invited_to_the_citys() -> None:
    got = chapter(
        "本府於107年5月舉辦「2018高雄國際龍舟嘉年華」，日本沖繩縣派團參加；另姊妹市美國波特蘭市"
        "雖獲市府邀請，惟該市刻正積極籌備6月舉行之「2018玫瑰節」，無法派員與會。"
    )
    race = event_named(got, "高雄國際龍舟嘉年華")
    roses = event_named(got, "玫瑰節")
    portland = "city:us:portland-oregon"
    assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=portland, event=race)
    assert rels(got, RelType.PARTICIPATED_IN, source=portland, target=race, status="invited")
    assert rels(got, RelType.HOSTED, source=portland, target=roses)
    assert not rels(got, RelType.PARTICIPATED_IN, target=roses)


def test_a_place_preparing_an_event_held_later_hosts_it() -> None:
    got = chapter(
        "107年3月，韓國釜山廣域市市長來訪時表示，該市目前正籌辦明年10月於北港區舉行之"
        "「2019世界港灣城市大會」。"
    )
    congress = event_named(got, "世界港灣城市大會")
    assert rels(got, RelType.HOSTED, source="city:kr:busan", target=congress)


def test_joining_a_festivals_programmes_is_joining_the_festival() -> None:
    got = chapter(
        "1.組團參加美國波特蘭市「玫瑰節」",
        "(1)本府自99年起每年皆派團參加該市於6月舉辦之「玫瑰節」。",
        "(2)今年由觀光局組團，於6月7日至11日赴波特蘭市，參與花車遊行及社區才藝大會。",
    )
    [joined] = rels(
        got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target="event:portland-rose-festival:2018"
    )
    assert any("花車遊行" in e.text for e in joined.evidence)  # 才藝大會 is a programme of it


def test_an_invitation_made_at_a_meeting_is_dated_by_it() -> None:
    got = chapter(
        "107年5月7日至10日，許副市長率團前往日本福岡市，出席由該市主辦之「2018亞洲城市論壇」。"
        "許副市長並介紹本市曾主辦2016年論壇之經驗。會議期間，許副市長於5月8日與福岡市市長"
        "高島宗一郎會面，感謝該市之協助，並邀請福岡市組團參加「2019高雄燈會藝術節」。"
    )
    # 主辦2016年論壇 names an edition; the paragraph's 5月8日 stays in 107年
    [invited] = rels(got, RelType.INVITED, source=KAOHSIUNG, target="city:jp:fukuoka")
    assert invited.properties.get("event") == "event:kaohsiung-lantern-festival:2019"
    assert invited.properties.get("date") == "2018-05-08"


def test_a_tour_held_for_guests_is_an_event() -> None:
    got = chapter(
        "107年4月21日辦理「2018外籍人士港都文化巡禮」，邀請美國在台協會高雄分處處長艾德華、"
        "日本台灣交流協會高雄事務所所長中山太郎等30人，參訪旗津及哈瑪星。"
    )
    tour = event_named(got, "外籍人士港都文化巡禮")
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=tour)
    invited = {r.target for r in rels(got, RelType.INVITED, source=KAOHSIUNG)}
    assert named(got, "艾德華") in invited
    assert rels(got, RelType.PARTICIPATED_IN, source=named(got, "中山太郎"), status="attended")


def test_who_leads_a_party_delegation_takes_part_as_it_does() -> None:
    got = chapter(
        "本府於107年5月主辦「2018高雄國際龍舟嘉年華」，日本沖繩縣及韓國仁川廣域市均派隊參加。"
        "其中沖繩縣由副知事富川盛武親自率隊；仁川廣域市自2015年起每年均派隊參加，"
        "今年由仁川龍舟協會會長金大明（Kim Dae-myung）帶團。"
    )
    race = event_named(got, "高雄國際龍舟嘉年華")
    for name in ("富川盛武", "金大明"):
        assert rels(
            got, RelType.PARTICIPATED_IN, source=named(got, name), target=race, status="attended"
        ), name


def test_invitees_told_as_all_there_attended_the_citys_event() -> None:
    got = chapter(
        "(一)107年3月10日至12日，本府運發局主辦「2018高雄國際少年足球邀請賽」，邀請日本福岡市及"
        "韓國仁川廣域市組隊參賽，受邀城市均如期派隊抵高。",
        "(二)107年4月2日，本府文化局舉辦「2018高雄國際偶戲節」，邀請日本京都市及泰國清邁市"
        "派團演出，連同國內劇團共12團參加。",
        "(三)107年5月6日，本府舉辦「2018高雄國際茶藝博覽會」，邀請日本靜岡市及越南河內市參展，"
        "計有靜岡市派員與會。",
    )
    for event, city in (
        ("少年足球邀請賽", "city:jp:fukuoka"),
        ("少年足球邀請賽", "city:kr:incheon"),
        ("國際偶戲節", "city:jp:kyoto"),
        ("國際偶戲節", "city:th:chiang-mai"),
    ):
        there = rels(got, RelType.PARTICIPATED_IN, source=city, target=event_named(got, event))
        assert [r.properties["status"] for r in there] == ["attended"], (event, city)
        assert rels(got, RelType.VISITED, source=city, target=KAOHSIUNG)
    # 姊妹市甲市，友好城市乙市: the comma parts 甲市 from the tie word after it
    assert not rels(got, RelType.FRIENDSHIP_CITY_OF, target="city:us:seattle")
    expo = event_named(got, "國際茶藝博覽會")
    assert not rels(
        got, RelType.PARTICIPATED_IN, target=expo, status="attended", source="city:vn:hanoi"
    )


def test_the_rose_festival_written_as_flower_festival_is_the_series() -> None:
    got = chapter(
        "107年6月7日至11日，本府觀光局派員赴美國波特蘭姊妹市，參加第111屆玫瑰花節花車遊行。"
    )
    event = "event:portland-rose-festival:2018"
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event, status="attended")
    assert rels(got, RelType.HOSTED, source="city:us:portland-oregon", target=event)


def test_sea_festival_of_busan_and_container_arts_festival_are_series() -> None:
    """Two recurring festivals the reports name (釜山海洋慶典, held by Busan every
    summer; 高雄國際貨櫃藝術節, the city's own): each edition is of its series, hosted
    by the series' city, and a yearly joining infers the earlier editions."""
    got = chapter(
        "應釜山市邀請，2009年8月1日至4日由本府觀光局陳局長率團赴釜山市參加「2009釜山海洋節」，"
        "本府自2006年起每年均組團參加此一活動。",
        "本府預定於2009年11月舉辦「2009高雄國際貨櫃藝術節」，已邀請日本橫濱市派遣藝術團隊參展。",
        period="2009-07/2009-12",
    )
    sea = "event:busan-sea-festival:2009"
    assert rels(got, RelType.HOSTED, source="city:kr:busan", target=sea)
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=sea, status="attended")
    assert rels(got, RelType.INVITED, source="city:kr:busan", target=KAOHSIUNG, event=sea)
    for year in (2006, 2007, 2008):
        earlier = f"event:busan-sea-festival:{year}"
        assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=earlier, inferred=True)
    arts = "event:kaohsiung-container-arts-festival:2009"
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=arts)
    assert rels(got, RelType.INVITED, source=KAOHSIUNG, target="city:jp:yokohama", event=arts)


def test_a_school_troupe_the_city_sends_takes_part_with_the_city() -> None:
    got = chapter(
        "(一)姊妹市日本八王子市7月舉行之「八王子祭」，本府安排本市三民區陽明國小舞蹈團以線上方式參與演出。",
        "(二)107年6月7日至11日，本府教育局王大明局長率本市旗津國中管樂隊前往美國波特蘭姊妹市，"
        "參加第111屆玫瑰節遊行。",
    )
    for event, troupe in (
        ("event:hachioji-festival:2018", "三民區陽明國小舞蹈團"),
        ("event:portland-rose-festival:2018", "旗津國中管樂隊"),
    ):
        assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event), event
        assert rels(got, RelType.PARTICIPATED_IN, source=named(got, troupe), target=event), troupe


def test_an_invitation_told_with_the_inviter_as_subject() -> None:
    got = chapter(
        "(一)日本福岡市已於5月致函邀請陳市長出席該市明年（2019年）主辦之「2019亞洲城市創新論壇」，"
        "本府刻正研議是否與會。",
        "(二)韓國仁川廣域市特來函邀請本府組團參加該市今年10月主辦之「2018仁川港灣博覽會」。",
    )
    for city, event in (
        ("city:jp:fukuoka", "亞洲城市創新論壇"),
        ("city:kr:incheon", "仁川港灣博覽會"),
    ):
        event_id = event_named(got, event)
        assert rels(got, RelType.INVITED, source=city, target=KAOHSIUNG, event=event_id), city
        assert rels(got, RelType.HOSTED, source=city, target=event_id), city
        assert not rels(got, RelType.INVITED, source=KAOHSIUNG, target=city)
        assert not rels(got, RelType.PARTICIPATED_IN, source=city, target=event_id)
    forum = event_named(got, "亞洲城市創新論壇")
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=forum, status="invited")


def test_a_person_named_before_the_citys_invitation_is_the_one_invited() -> None:
    got = chapter(
        "(一)本府於107年5月8日至10日主辦「2018高雄國際港灣論壇」。",
        "(二)日本福岡市市長高島一郎（Ichiro Takashima）應本市之邀，於5月8日率團來訪並出席"
        "「2018高雄國際港灣論壇」。",
        "(三)韓國仁川廣域市副市長朴大成（Park Dae-sung）亦受本府邀請，率團出席"
        "「2018高雄國際港灣論壇」開幕典禮。",
    )
    forum = event_named(got, "高雄國際港灣論壇")
    for name in ("高島一郎", "朴大成"):
        assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=named(got, name), event=forum)
    assert not rels(got, RelType.INVITED, source=KAOHSIUNG, target="city:jp:fukuoka")
    assert not rels(got, RelType.INVITED, source=KAOHSIUNG, target="city:kr:incheon")


def test_invitees_named_by_their_class_are_the_cities_listed_as_answering() -> None:
    got = chapter(
        "本府於107年5月主辦「2018高雄國際龍舟嘉年華」，年初即函請所有友好城市派隊參加，"
        "共有日本福岡市、泰國曼谷市及越南峴港市等3市組隊來高。"
    )
    race = event_named(got, "高雄國際龍舟嘉年華")
    invited = {r.target for r in rels(got, RelType.INVITED, source=KAOHSIUNG, event=race)}
    assert invited == {"city:jp:fukuoka", "city:th:bangkok", "city:vn:da-nang"}


def test_joining_an_event_named_after_who_holds_it_however_written() -> None:
    got = chapter(
        "(一)107年9月5日，本府研考會以線上方式出席ICLEI東亞秘書處（ICLEI EAS）主辦之"
        "「2018東亞韌性城市會議」。",
        "(二)107年10月2日，本府文化局派員參加日韓兩國隔年輪流舉辦之「2018京都國際工藝展」。",
    )
    for event in ("東亞韌性城市會議", "京都國際工藝展"):
        assert rels(
            got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event_named(got, event)
        ), event


def test_watching_an_event_as_spectators_is_taking_part() -> None:
    got = chapter(
        "(一)107年8月3日，本府觀光局率本市青年訪問團觀賞「2018福岡煙火大會」。",
        "(二)107年8月5日，本府青年局派員觀禮「2018博多祇園祭」開幕式。",
    )
    for event in ("福岡煙火大會", "博多祇園祭"):
        assert rels(
            got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event_named(got, event)
        ), event


def test_attendees_listed_after_a_noun_of_attending() -> None:
    # 出席者包括/與會貴賓有/參加者為 A、B及C: the listed people and their bodies attended;
    # those there in person came to the city, those online (以視訊方式與會) did not
    got = chapter(
        "108年10月2日至3日，本府於高雄展覽館以實體結合線上方式舉辦「2019高雄智慧城市論壇」。"
        "現場出席者包括日本福岡市副市長中島健一及韓國仁川廣域市副市長朴正民；"
        "美國西雅圖市則以視訊方式與會。",
        "108年11月5日，本府舉辦「2019高雄海洋產業研討會」，與會貴賓有日本北九州市副市長田中浩。",
        "108年12月1日，本府舉辦「2019高雄觀光論壇」，參加者為韓國釜山廣域市副市長李成浩。",
        period="2019-07/2019-12",
    )
    forum = event_named(got, "高雄智慧城市論壇")
    attended = {r.source for r in rels(got, RelType.PARTICIPATED_IN, target=forum)}
    assert {"person:中島健一", "person:朴正民", "city:jp:fukuoka", "city:us:seattle"} <= attended
    came = {r.source for r in rels(got, RelType.VISITED, target=KAOHSIUNG, start="2019-10-02")}
    assert {"person:中島健一", "person:朴正民"} <= came
    assert not rels(got, RelType.VISITED, source="city:us:seattle")
    assert not rels(got, RelType.VISITED, source="city:jp:fukuoka")  # there through its man
    seminar = event_named(got, "高雄海洋產業研討會")
    assert rels(got, RelType.PARTICIPATED_IN, source="person:田中浩", target=seminar)
    tourism = event_named(got, "高雄觀光論壇")
    assert rels(got, RelType.PARTICIPATED_IN, source="person:李成浩", target=tourism)


def test_a_home_bureau_holding_an_event_is_no_foreign_body() -> None:
    # 本府/市府 + a bureau holds it: the city's own event, not a body of the place just named
    got = chapter(
        "(一)日本福岡市6月舉行「博多祇園山笠」，本府派員參加。",
        "(二)107年10月5日，本府觀光局主辦「2018高雄國際自行車節」，邀請福岡市組隊參加。",
        "(三)107年11月5日，市府文化局舉辦「2018高雄國際偶戲節」。",
    )
    for name in ("高雄國際自行車節", "高雄國際偶戲節"):
        hosts = {r.source for r in rels(got, RelType.HOSTED, target=event_named(got, name))}
        assert hosts == {KAOHSIUNG}


def test_a_body_named_by_an_acronym_hosts() -> None:
    # APEC秘書處（APEC Secretariat）主辦之「…」: a body whose name opens with an acronym,
    # its gloss in between, holds the event
    got = chapter(
        "(一)107年4月9日，本府經發局以視訊方式出席ICLEI東亞區（ICLEI East Asia）主辦之"
        "「2018東亞永續城市論壇」。",
    )
    forum = event_named(got, "東亞永續城市論壇")
    hosts = {r.source for r in rels(got, RelType.HOSTED, target=forum)}
    assert named(got, "ICLEI東亞區") in hosts
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=forum)


def test_bodies_invited_by_co_hosts_to_speak() -> None:
    # 共同主辦「…」，邀請某大學及某公司等代表進行座談: both hosts invited the bodies
    # listed, who took the part they were asked to take at the event held
    got = chapter(
        "107年3月8日，本府與日本福岡市以視訊方式共同主辦「2018台日智慧物流論壇」，"
        "邀請九州大學及中鋼公司等業界代表進行座談，共逾百人上線參與。",
        "107年4月2日，本府主辦「2018高雄綠能論壇」，邀請東京大學專家演講。",
    )
    forum = event_named(got, "智慧物流論壇")
    for body in ("九州大學", "中鋼公司"):
        inviters = {r.source for r in rels(got, RelType.INVITED, target=named(got, body))}
        assert inviters == {KAOHSIUNG, "city:jp:fukuoka"}
        assert rels(
            got, RelType.PARTICIPATED_IN, source=named(got, body), target=forum, status="attended"
        )
    green = event_named(got, "高雄綠能論壇")
    tokyo = named(got, "東京大學")
    assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=tokyo, event=green)
    assert rels(got, RelType.PARTICIPATED_IN, source=tokyo, target=green, status="attended")


def test_the_citys_own_official_inviting_abroad_is_no_invitation_received() -> None:
    ext = chapter(
        "1.107年10月8日，許副市長於日本福岡市邀請該市中村市長出席「2019高雄燈會藝術節」。",
        "2.107年11月2日，陳市長於韓國仁川廣域市邀請朴市長率團參加本市主辦之「2019高雄燈會藝術節」。",
    )
    assert not rels(ext, RelType.INVITED, target=KAOHSIUNG)
    for city in ("福岡市", "仁川廣域市"):
        assert not rels(ext, RelType.INVITED, source=named(ext, city)), city


def test_a_visitor_by_surname_and_title_inviting_the_city_is_an_invitation_received() -> None:
    ext = chapter(
        "1.107年6月4日，韓國大邱廣域市副市長朴大成率團來訪，朴副市長並代表大邱市邀請本府"
        "出席該市8月主辦之「2018大邱炸雞啤酒節」。",
    )
    assert rels(ext, RelType.INVITED, source=named(ext, "大邱廣域市"), target=KAOHSIUNG)


def test_a_quoted_name_with_its_year_held_or_joined_is_an_event() -> None:
    got = chapter(
        "(一)107年4月12日，本府秘書處辦理「2018外籍人士城市走讀」，邀請某國在台辦事處代表王大明、"
        "某國經濟文化辦事處處長李小華等駐台人員共20人，參觀本市港區，多位人士並表示將再度來訪。",
        "(二)日本金澤市並邀請本府組團參加該市8月舉辦之「2018某城山車巡行」慶典活動。",
    )
    walk = event_named(got, "外籍人士城市走讀")
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=walk)
    # what the guests said they will do is no future of the walk: they came
    assert rels(got, RelType.PARTICIPATED_IN, target=walk, status="attended")
    parade = event_named(got, "某城山車巡行")
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=parade, status="invited")
    assert rels(got, RelType.HOSTED, source="city:jp:kanazawa", target=parade)
    assert rels(got, RelType.INVITED, source="city:jp:kanazawa", target=KAOHSIUNG)
    # the city is asked to come, it has not gone yet
    assert not rels(got, RelType.VISITED, source=KAOHSIUNG)


def test_local_businesses_invited_are_not_the_place() -> None:
    got = chapter(
        "107年5月2日至5日，本府農業局組團赴泰國曼谷市，辦理「2018高雄水果推介會」，邀請當地通路業者"
        "及進口商約百人出席。",
        "107年6月，本府海洋局辦理「2018港灣論壇」，邀請日本橫濱市企業代表出席。",
    )
    assert not rels(got, RelType.INVITED, target="city:th:bangkok")
    assert not rels(got, RelType.PARTICIPATED_IN, source="city:th:bangkok")
    assert not rels(got, RelType.PARTICIPATED_IN, source="city:jp:yokohama")


def test_invitees_told_or_counted_as_taking_part_attended() -> None:
    got = chapter(
        "(一)107年5月10日至12日，本府運動發展局於愛河辦理「2018高雄國際獨木舟賽」，並邀請姊妹市"
        "日本金澤市及美國奧斯汀市組隊參賽，兩市代表隊與國內共30支隊伍同場較勁。",
        "(二)107年6月4日至8日，本府教育局辦理「2018國際少年科學營」，邀請姊妹市日本金澤市及美國"
        "奧斯汀市之學生共20人來訪，與本市學生共同參與實驗課程。",
        "(三)本府並邀請美國奧斯汀市組團參加明年之「2019高雄燈會藝術節」。",
    )
    race = event_named(got, "高雄國際獨木舟賽")
    camp = event_named(got, "國際少年科學營")
    lantern = event_named(got, "高雄燈會")
    for city in ("city:jp:kanazawa", "city:us:austin-texas"):
        assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=city, event=race)
        assert rels(got, RelType.PARTICIPATED_IN, source=city, target=race, status="attended")
        assert rels(got, RelType.PARTICIPATED_IN, source=city, target=camp, status="attended")
    # an invitation to an edition to come is only that
    assert rels(
        got,
        RelType.PARTICIPATED_IN,
        source="city:us:austin-texas",
        target=lantern,
        status="invited",
    )


def test_invited_by_the_host_the_city_took_part() -> None:
    got = chapter(
        "(一)107年10月5日至8日，由本府王副市長率觀光局組團赴金澤，應姊妹市日本金澤市之邀出席"
        "「第9屆金澤國際燈籠節」，並設置高雄觀光攤位。",
        "(二)107年11月，本府文化局派員赴美國奧斯汀市，受奧斯汀市邀請參加「2018奧斯汀國際音樂節」。",
    )
    lanterns = event_named(got, "金澤國際燈籠節")
    music = event_named(got, "奧斯汀國際音樂節")
    for event_id, host in ((lanterns, "city:jp:kanazawa"), (music, "city:us:austin-texas")):
        assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event_id)
        assert rels(got, RelType.INVITED, source=host, target=KAOHSIUNG)
        assert not rels(got, RelType.PARTICIPATED_IN, source=host, target=event_id)


def test_listed_speakers_at_the_citys_forum() -> None:
    got = chapter(
        "107年5月3日，本府海洋局辦理「2018港灣再生論壇」，邀請美國奧斯汀市交通局局長王大明、"
        "某國在台辦事處代表李小華及日本金澤市港灣局局長林一郎等人擔任講座，分享水岸開發、"
        "觀光及物流之經驗，計有200人與會。",
    )
    forum = event_named(got, "港灣再生論壇")
    speakers = {
        r.source
        for r in rels(got, RelType.PARTICIPATED_IN, target=forum, status="attended", role="speaker")
    }
    assert {"person:王大明", "person:李小華", "person:林一郎"} <= speakers
    visitors = {r.source for r in rels(got, RelType.VISITED, target=KAOHSIUNG)}
    assert {"person:王大明", "person:林一郎"} <= visitors
    assert "person:李小華" not in visitors  # a diplomat stationed in Taiwan


def test_presenting_the_citys_work_is_speaking() -> None:
    got = chapter(
        "(一)107年3月5日至8日，本府環保局派員赴日本金澤市，參加該市主辦之「2018亞洲綠色城市研討會」，"
        "並於會中發表本市推動資源回收之成果。",
        "(二)107年4月2日至6日，本府海洋局派員赴美國奧斯汀市，參加「2018水岸城市大會」，"
        "於分組會議中介紹本市舊港區轉型之案例。",
    )
    for name in ("亞洲綠色城市研討會", "水岸城市大會"):
        event_id = event_named(got, name)
        assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event_id, role="speaker")


def test_winning_the_right_to_host() -> None:
    got = chapter(
        "(一)本市於大會期間提出申辦簡報，順利取得「2020亞洲港灣論壇」主辦權，成為臺灣第一個主辦"
        "該論壇之城市。",
        "(二)本府並獲得「2021國際自行車城市大會」之主辦權，為全國唯一舉辦該會議之城市。",
    )
    for name in ("亞洲港灣論壇", "國際自行車城市大會"):
        event_id = event_named(got, name)
        assert {r.source for r in rels(got, RelType.HOSTED, target=event_id)} == {KAOHSIUNG}


def test_named_leaders_of_delegations_attend() -> None:
    got = chapter(
        "(一)107年4月10日至13日，陳大明市長率領經發局及海洋局前往姊妹市澳洲布里斯本市，出席"
        "「2018亞洲城市首長論壇」。",
        "(二)107年5月3日至6日，本府辦理「2018高雄國際遊艇展」，並邀請美國奧斯汀市組團出席，由"
        "奧斯汀市市議員林一郎率團參觀展覽。",
    )
    forum = event_named(got, "亞洲城市首長論壇")
    show = event_named(got, "高雄國際遊艇展")
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=forum)
    assert rels(got, RelType.PARTICIPATED_IN, source="person:陳大明", target=forum)
    assert rels(got, RelType.PARTICIPATED_IN, source="city:us:austin-texas", target=show)
    assert rels(
        got, RelType.PARTICIPATED_IN, source="person:林一郎", target=show, status="attended"
    )


def test_a_school_club_led_abroad_performs() -> None:
    got = chapter(
        "107年8月3日至6日，本府由王副市長率領文化局人員及本市光明高中管樂社，前往姊妹市澳洲布里斯本市"
        "參加「2018布里斯本河岸節」，管樂社於活動期間沿街演出。",
    )
    festival = event_named(got, "布里斯本河岸節")
    club = named(got, "光明高中管樂社")
    assert rels(got, RelType.PARTICIPATED_IN, source=club, target=festival, role="performer")


def test_a_body_invited_after_its_place_and_之_is_the_invitee_not_the_place() -> None:
    ext = chapter(
        "107年12月3日至25日，本府文化局辦理「2018高雄某某藝術節」，"
        "本府並邀請姊妹市韓國釜山市之釜山某某展組織委員會派員來訪，出席藝術節論壇。",
        "107年5月1日至3日，本府辦理「2018高雄某某論壇」，邀請日本八王子市之八王子國際交流協會代表出席。",
    )
    for body in ("釜山某某展組織委員會", "八王子國際交流協會"):
        assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, body)), body
    assert not rels(ext, RelType.INVITED, target="city:kr:busan")
    assert not rels(ext, RelType.INVITED, target="city:jp:hachioji")


def test_invitees_listed_in_the_text_of_an_item_headed_by_the_citys_event() -> None:
    # the event is named only in the item's heading; the text lists whom the city invited
    for heading, text in (
        (
            "(三)辦理「2018駐臺使節港都文化之旅」",
            "107年5月5日，本府邀請荷蘭貿易暨投資辦事處代表王大明、英國在台辦事處處長李小華"
            "等駐臺使節與眷屬共20人，參訪旗山老街及美濃窯，體驗本市客家文化。",
        ),
        (
            "(二)舉辦「2018國際友人港都一日遊」",
            "本府於107年4月14日特別邀請荷蘭貿易暨投資辦事處代表王大明、英國在台辦事處處長"
            "李小華及其眷屬約25人，走訪哈瑪星及駁二藝術特區。",
        ),
        (
            "(一)辦理「2018駐臺使節城市體驗日」",
            "107年3月2日，市府邀請英國在台辦事處處長李小華、荷蘭貿易暨投資辦事處代表王大明"
            "等外賓搭乘輕軌，認識本市港灣轉型成果。",
        ),
    ):
        got = chapter(heading, text)
        tour = next(e.id for e in got.entities if e.label == "Event")
        for name in ("王大明", "李小華"):
            person = named(got, name)
            assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=person, event=tour)
            assert rels(got, RelType.PARTICIPATED_IN, source=person, status="attended")
            assert not rels(got, RelType.VISITED, source=person)  # stationed in Taiwan
        hosted = rels(got, RelType.HOSTED, source=KAOHSIUNG, target=tour)
        assert hosted and any("本府" in e.text or "市府" in e.text for e in hosted[0].evidence)


def test_invitees_of_the_citys_event_still_to_come_are_only_invited() -> None:
    got = chapter(
        "(四)辦理「2019駐臺使節港都文化之旅」",
        "本府規劃於明年邀請荷蘭貿易暨投資辦事處代表王大明、英國在台辦事處處長李小華等使節參加。",
    )
    person = named(got, "王大明")
    assert not rels(got, RelType.PARTICIPATED_IN, source=person, status="attended")


def test_invited_cities_told_presenting_at_the_citys_event_were_there() -> None:
    opening = "本府於107年5月3日至4日在高雄展覽館舉辦「2018港灣城市防災論壇」，"
    for text in (
        opening + "邀請日本仙台市、韓國仁川廣域市派員與會。仙台市防災課長山田太郎以震災復興經驗"
        "發表專題演講，仁川廣域市代表亦分享該市緊急應變機制。",
        opening + "邀請仙台市及仁川廣域市代表出席。會中仙台市及仁川廣域市官員分別介紹"
        "都市防災之推動情形，計有300人參加。",
        opening + "邀請姊妹市日本仙台市、韓國仁川廣域市首長以預錄影片方式發表演說。",
    ):
        got = chapter(text)
        forum = event_named(got, "港灣城市防災論壇")
        for city in (named(got, "仙台市"), named(got, "仁川廣域市")):
            assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=city, event=forum)
            assert rels(
                got, RelType.PARTICIPATED_IN, source=city, target=forum, status="attended"
            ), text
        assert rels(got, RelType.PARTICIPATED_IN, source="city:kr:incheon", role="speaker")


def test_cities_the_city_shared_with_at_an_event_took_part() -> None:
    for text in (
        "本府環保局以視訊方式參加日本福岡市主辦之「2018亞洲環境論壇」，與越南峴港市、泰國曼谷市"
        "等城市代表分享廢棄物減量經驗。",
        "本府環保局出席日本福岡市主辦之「2018亞洲環境論壇」，會中並與泰國曼谷市及越南峴港市代表"
        "共同分享低碳城市推動經驗。",
        "107年9月，本府參加日本福岡市主辦之「2018亞洲環境論壇」，越南峴港市及泰國曼谷市代表"
        "亦分別介紹該市減碳措施。",
    ):
        got = chapter(text)
        forum = event_named(got, "亞洲環境論壇")
        for city in (named(got, "峴港市"), named(got, "曼谷市")):
            assert rels(
                got, RelType.PARTICIPATED_IN, source=city, target=forum, status="attended"
            ), text
        fukuoka = named(got, "福岡市")
        assert rels(got, RelType.HOSTED, source=fukuoka, target=forum)
        assert not rels(got, RelType.PARTICIPATED_IN, source=fukuoka, target=forum)


def test_answers_of_invitees_agreed_or_still_pending() -> None:
    invitation = (
        "本府已於107年5月致函邀請日本仙台市、韓國仁川廣域市及美國西雅圖市以祝賀影片等方式"
        "參與「2019高雄燈會藝術節」。"
    )
    for answers in (
        "其中仙台市已同意提供花燈設計，仁川廣域市及西雅圖市尚在評估中。",
        "仙台市已允諾製作祝賀影片共襄盛舉，仁川廣域市及西雅圖市則尚未回覆。",
        "截至6月底，仙台市回函答應提供燈組，其餘城市仍在安排中。",
    ):
        got = chapter(invitation, answers)
        fest = "event:kaohsiung-lantern-festival:2019"
        sendai, incheon = named(got, "仙台市"), named(got, "仁川廣域市")
        assert rels(got, RelType.PARTICIPATED_IN, source=sendai, target=fest, status="planned")
        pending = rels(got, RelType.PARTICIPATED_IN, source=incheon, target=fest)
        assert [r.properties["status"] for r in pending] == ["invited"]
        assert any(e.text.startswith(answers[:4]) for e in pending[0].evidence), answers


def test_parties_working_together_host_what_the_next_clause_holds() -> None:
    for text in (
        "107年4月，本市與日本仙台市互贈紀念影片，並由本府文化局與該市文化課合作，"
        "於駁二藝術特區舉辦「2018仙台街頭攝影展」。",
        "本府文化局與日本仙台市攜手，在本市美術館舉辦「2018仙台街頭攝影展」，展期1個月。",
        "107年5月，本府教育局與姊妹市日本仙台市共同主辦「2018仙台街頭攝影展」。",
    ):
        got = chapter(text)
        show = event_named(got, "街頭攝影展")
        assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=show), text
        assert rels(got, RelType.HOSTED, source=named(got, "仙台市"), target=show), text
        assert {r.source for r in rels(got, RelType.HOSTED, target=show)} == {
            KAOHSIUNG,
            named(got, "仙台市"),
        }


def test_a_place_holding_an_event_with_a_partner_of_any_kind() -> None:
    for text in (
        "107年6月，本府海洋局派員出席韓國仁川廣域市與某某海事研究中心共同主辦之「2018海洋城市論壇」。",
        "本府海洋局參加仁川廣域市及當地港灣公社聯合舉辦之「2018海洋城市論壇」。",
        "107年6月，仁川廣域市與某某海洋基金共同舉辦「2018海洋城市論壇」，本府派員出席。",
    ):
        got = chapter(text)
        forum = event_named(got, "海洋城市論壇")
        assert rels(got, RelType.HOSTED, source=named(got, "仁川廣域市"), target=forum), text
        assert not rels(got, RelType.HOSTED, source=KAOHSIUNG, target=forum)
        assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=forum)


def test_a_description_between_attending_and_the_event() -> None:
    for text in (
        "107年8月，本府經發局率本市業者6家，參加全球最大電子產品展「2018仙台國際電子展」，設置高雄館。",
        "本府觀光局於107年9月出席亞洲規模最大之年度旅遊盛會「2018仙台國際旅展」，推介本市觀光。",
        "107年10月，本府文化局率團參與國際知名的「2018仙台國際電子展」，展出本市作品。",
    ):
        got = chapter(text)
        show = next(e.id for e in got.entities if e.label == "Event")
        assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=show), text


def test_promoting_an_event_at_another_is_no_attending_of_it() -> None:
    for text in (
        "107年8月，本府觀光局參加旅展推介「2019高雄國際遊艇展」。",
        "本府觀光局出席記者會宣傳「2019高雄國際遊艇展」。",
        "本府觀光局參與說明會並介紹「2019高雄國際遊艇展」。",
    ):
        got = chapter(text)
        show = event_named(got, "高雄國際遊艇展")
        assert not rels(got, RelType.PARTICIPATED_IN, target=show), text


def test_a_segment_of_an_event_is_no_event_of_its_own() -> None:
    for text in (
        "本府文化局率團參加「2018仙台爵士音樂節」，並於閉幕「星光煙火」活動中參與聯演。",
        "本府文化局率團參加「2018仙台爵士音樂節」，在開幕式「星光煙火」活動上演出。",
        "本府文化局率團參加「2018仙台爵士音樂節」，並參與壓軸之「星光煙火」慶典活動。",
    ):
        got = chapter(text)
        assert len([e for e in got.entities if e.label == "Event"]) == 1, text
        fest = event_named(got, "爵士音樂節")
        assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=fest), text


def test_an_invitation_to_visit_with_no_event() -> None:
    for text, invitee in (
        (
            "107年3月5日，陳市長與日本仙台市市長王大明進行視訊會談，"
            "並邀請王大明市長於疫情趨緩後訪高。",
            "王大明",
        ),
        ("107年4月，本府與日本仙台市互贈紀念影片，並邀請仙台市於明年組團來訪。", "仙台市"),
        (
            "日本仙台市市長王大明於107年5月致函祝賀，陳市長回函致謝，"
            "並邀請王大明市長擇期來高訪問。",
            "王大明",
        ),
    ):
        got = chapter(text)
        assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=named(got, invitee)), text


def test_an_invitation_of_the_city_to_visit_another_is_not_the_city_inviting() -> None:
    for text in (
        "107年3月5日，日本仙台市市長王大明邀請陳市長訪問仙台市。",
        "王大明市長並邀請本府組團赴仙台市參訪。",
        "日本仙台市市長王大明來函，邀請陳市長明年前往該市訪問。",
    ):
        got = chapter(text)
        assert not rels(got, RelType.INVITED, source=KAOHSIUNG), text


def test_greeting_each_other_at_an_online_event_is_taking_part() -> None:
    for text in (
        "107年10月29日，本府與日本仙台市共同舉辦「2018締結姊妹市紀念線上交流會」，"
        "陳其邁市長與仙台市王大明市長透過視訊互致賀詞。",
        "107年10月29日，本府與日本仙台市共同舉辦「2018締結姊妹市紀念線上交流會」，"
        "仙台市王大明市長及陳其邁市長分別線上致詞。",
        "107年10月29日，本府與日本仙台市共同舉辦「2018締結姊妹市紀念線上交流會」，"
        "陳其邁市長與仙台市王大明市長於會中先後致歡迎詞。",
    ):
        got = chapter("日本仙台市市長王大明來函祝賀本市港口開港紀念。", text)
        meeting = event_named(got, "紀念線上交流會")
        for person in ("陳其邁", "王大明"):
            pid = named(got, person)
            assert rels(got, RelType.PARTICIPATED_IN, source=pid, target=meeting), (person, text)
        assert not rels(got, RelType.VISITED, source=named(got, "王大明")), text


def test_a_body_of_a_place_joins_by_its_people() -> None:
    for tail in (
        "仙台市議會代表亦連線參與。",
        "仙台市觀光協會人員亦以視訊方式出席。",
        "另仙台市議會代表亦線上參加。",
    ):
        got = chapter("107年10月29日，本府舉辦「2018高雄海洋線上論壇」，" + tail)
        forum = event_named(got, "海洋線上論壇")
        body = named(got, tail.removeprefix("另")[:5] if "議會" in tail else "仙台市觀光協會")
        assert rels(got, RelType.PARTICIPATED_IN, source=body, target=forum), tail
        assert not rels(got, RelType.PARTICIPATED_IN, source=named(got, "仙台市")), tail
        assert not rels(got, RelType.VISITED, source=body), tail


_FORUM_HELD = (
    "(一)邀請姊妹市參加「2018港灣城市論壇」",
    "107年10月2日至3日，本府於高雄展覽館主辦「2018港灣城市論壇」，邀請日本福岡市、韓國仁川廣域市"
    "及美國西雅圖港務局等夥伴參加，計有8國、逾300人與會。",
)


def _speakers(got: Extraction, forum: str, role: str) -> set[str]:
    return {r.source for r in rels(got, RelType.PARTICIPATED_IN, target=forum, role=role)}


def test_a_list_of_people_playing_a_part_at_the_event_spoken_of() -> None:
    # a list of titled people (a visitor list in form) naming no event: the part they
    # played is at the event the item speaks of
    for wording in (
        "論壇由王大明市長致開幕詞，福岡市副市長中村英一、仁川廣域市副市長朴正洙及西雅圖港務局"
        "局長約翰‧史密斯分別擔任與談人，分享港市轉型之經驗。",
        "福岡市副市長中村英一、仁川廣域市副市長朴正洙、西雅圖港務局局長約翰‧史密斯於論壇中"
        "擔任與談人。",
        "會中安排福岡市副市長中村英一、仁川廣域市副市長朴正洙、西雅圖港務局局長約翰‧史密斯擔任"
        "綜合座談與談人。",
    ):
        got = chapter(*_FORUM_HELD, wording, period="2018-07/2018-12")
        forum = event_named(got, "港灣城市論壇")
        panel = _speakers(got, forum, "panelist")
        assert {"person:中村英一", "person:朴正洙", "person:約翰‧史密斯"} <= panel, wording
        assert "city:jp:fukuoka" in panel


def test_a_port_authority_a_place_opens_is_the_party_not_the_city() -> None:
    # 某港務局 (a port authority, 管理局) is a body of its own: invited, there through
    # its head, who came; not its city
    for wording in (
        "西雅圖港務局局長約翰‧史密斯亦擔任與談人。",
        "西雅圖港務局局長約翰‧史密斯亦於會中發表專題演講。",
        "西雅圖港務局局長約翰‧史密斯則於閉幕式致詞。",
    ):
        got = chapter(*_FORUM_HELD, wording, period="2018-07/2018-12")
        forum = event_named(got, "港灣城市論壇")
        authority = named(got, "西雅圖港務局")
        assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=authority, event=forum)
        assert rels(got, RelType.PARTICIPATED_IN, source=authority, status="attended"), wording
        assert rels(got, RelType.VISITED, source=authority, target=KAOHSIUNG), wording
        assert not rels(got, RelType.INVITED, target="city:us:seattle")


def test_a_person_invited_by_name_by_surname_and_title_or_by_pronoun() -> None:
    for wording in (
        "訪問期間，王副市長拜會美國西雅圖市市長約翰‧史密斯，並邀請其出席「2019亞太城市高峰會」。",
        "西雅圖市市長約翰‧史密斯率團來訪，本府並當場邀請史密斯市長出席「2019亞太城市高峰會」。",
        "王副市長與西雅圖市市長約翰‧史密斯會晤，邀請其率團參加明年於本市舉辦之「2019亞太城市高峰會」。",
    ):
        got = chapter(wording, period="2018-07/2018-12")
        summit = event_named(got, "亞太城市高峰會")
        smith = named(got, "約翰‧史密斯")
        assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=smith, event=summit), wording
        assert rels(got, RelType.PARTICIPATED_IN, source=smith, target=summit, status="invited")


def test_a_host_stated_for_an_edition_replaces_the_one_its_series_implies() -> None:
    for wording in (
        "107年6月，本府由王副市長率團參加波特蘭玫瑰節基金會主辦之「第111屆玫瑰節」。",
        "107年6月，本府組團前往美國波特蘭市，出席由波特蘭玫瑰節基金會主辦之「第111屆玫瑰節」。",
        "本府觀光局派員參加波特蘭玫瑰節基金會(Portland Rose Festival Foundation)舉辦之"
        "「第111屆玫瑰節」，並參與大遊行。",
    ):
        got = chapter(wording)
        festival = event_named(got, "玫瑰節")
        hosts = {r.source for r in rels(got, RelType.HOSTED, target=festival)}
        assert hosts == {named(got, "波特蘭玫瑰節基金會")}, wording


def test_the_series_city_hosts_when_no_host_is_stated() -> None:
    got = chapter("107年6月，本府由王副市長率團參加美國波特蘭市「第111屆玫瑰節」。")
    festival = event_named(got, "玫瑰節")
    assert rels(got, RelType.HOSTED, target=festival, source="city:us:portland-oregon")


def test_invited_to_an_event_still_to_come_is_not_there_yet() -> None:
    # one sentence saying the event is to come, or the event told as planned before
    for lines in (
        ("本府將於10月舉辦「2018國際城市論壇」，並邀請美國某某市市長王大明出席。",),
        ("本府將於10月舉辦「2018國際城市論壇」。", "本府邀請日本某某市出席該論壇。"),
    ):
        got = chapter(*lines)
        forum = event_named(got, "國際城市論壇")
        assert rels(got, RelType.INVITED, source=KAOHSIUNG, event=forum)
        took_part = rels(got, RelType.PARTICIPATED_IN, target=forum)
        assert took_part and all(r.properties["status"] == "invited" for r in took_part)
        assert not [r for r in rels(got, RelType.VISITED) if r.properties.get("inferred")]


@pytest.mark.parametrize(
    ("line", "written"),
    [
        (
            "107年7月，本府派員赴美國西雅圖市參加該市主辦之「第45屆西雅圖海洋節（Seafair）」。",
            "第45屆西雅圖海洋節",
        ),
        (
            "107年8月，本府觀光局參加日本福岡市主辦之「第3屆亞洲美食節（Asia Food Fair）」。",
            "第3屆亞洲美食節",
        ),
        (
            "107年9月，本府文化局出席德國漢堡市主辦之「第12屆漢堡港口博覽會（Port Expo）」。",
            "第12屆漢堡港口博覽會",
        ),
    ],
)
def test_an_event_is_known_by_its_name_without_the_english_gloss(line: str, written: str) -> None:
    got = chapter(line)
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=named(got, written))


@pytest.mark.parametrize(
    ("line", "written"),
    [
        (
            "107年4月，本府派員赴日本福岡市，參加該市主辦之「2018亞洲青年領袖營計畫」。",
            "2018亞洲青年領袖營計畫",
        ),
        (
            "107年5月，本府教育局派員參加美國西雅圖市舉辦之「2018國際教師研修交流方案」。",
            "2018國際教師研修交流方案",
        ),
        (
            "107年10月，本府派員出席韓國仁川廣域市主辦的「2018智慧城市論壇系列」。",
            "2018智慧城市論壇系列",
        ),
    ],
)
def test_a_dated_quoted_name_whose_head_ends_like_an_event_is_the_whole_event(
    line: str, written: str
) -> None:
    got = chapter(line)
    event = named(got, written)
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)


@pytest.mark.parametrize(
    ("line", "cities"),
    [
        (
            "本府於107年6月舉辦「2018高雄國際龍舟嘉年華」，計有日本福岡市、熊本市，韓國仁川廣域市，"
            "美國西雅圖市及澳洲布里斯本市等5個城市應邀組團參加。",
            ["city:jp:fukuoka", "city:jp:kumamoto", "city:kr:incheon", "city:us:seattle"],
        ),
        (
            "本府於107年9月主辦「2018高雄港灣博覽會」，包括姊妹市美國西雅圖市，友好城市日本熊本市，"
            "以及韓國仁川廣域市等3個城市派員出席。",
            ["city:us:seattle", "city:jp:kumamoto", "city:kr:incheon"],
        ),
        (
            "本府於107年4月舉辦「2018高雄國際城市論壇」，共有澳洲布里斯本市，日本福岡市、熊本市"
            "等3個城市派團與會。",
            ["city:au:brisbane", "city:jp:fukuoka", "city:jp:kumamoto"],
        ),
    ],
)
def test_a_list_whose_commas_group_its_items_is_one_clause(line: str, cities: list[str]) -> None:
    got = chapter(line)
    event = next(e.id for e in got.entities if e.label == "Event")
    for city in cities:
        assert rels(got, RelType.PARTICIPATED_IN, source=city, target=event, status="attended")
        assert rels(got, RelType.VISITED, source=city, target=KAOHSIUNG)
    # 姊妹市甲市，友好城市乙市: the comma parts 甲市 from the tie word after it
    assert not rels(got, RelType.FRIENDSHIP_CITY_OF, target="city:us:seattle")


@pytest.mark.parametrize(
    ("line", "city"),
    [
        (
            "本府於107年6月舉辦「2018高雄國際龍舟嘉年華」，日本福岡市派團參加；另韓國仁川廣域市"
            "亦在受邀之列，惟因行程無法配合，未能派員參加。",
            "city:kr:incheon",
        ),
        (
            "本府於107年9月主辦「2018高雄港灣博覽會」，美國西雅圖市雖獲邀請，惟因適逢該市選舉，"
            "未能派團出席。",
            "city:us:seattle",
        ),
        (
            "本府於107年4月舉辦「2018高雄國際城市論壇」，澳洲布里斯本市亦獲邀與會，但因預算限制"
            "未能出席。",
            "city:au:brisbane",
        ),
    ],
)
def test_a_party_asked_to_the_citys_own_event_that_could_not_come_was_invited(
    line: str, city: str
) -> None:
    got = chapter(line)
    event = next(e.id for e in got.entities if e.label == "Event")
    assert rels(got, RelType.PARTICIPATED_IN, source=city, target=event, status="invited")
    assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=city, event=event)


@pytest.mark.parametrize(
    ("line", "host"),
    [
        (
            "107年6月，本府環保局派員出席永續城市國際理事會（SCIC）主辦之「2018永續城市大會」。",
            "永續城市國際理事會",
        ),
        (
            "107年7月，本府觀光局參加亞洲旅遊推廣聯席總署（Asia Travel Board）主辦之"
            "「2018亞洲旅遊論壇」。",
            "亞洲旅遊推廣聯席總署",
        ),
        (
            "107年9月，本府交通局出席世界港口永續計畫署（WPSP）舉辦之「2018國際港口論壇」。",
            "世界港口永續計畫署",
        ),
    ],
)
def test_a_body_glossed_in_latin_before_its_hosting_is_the_host(line: str, host: str) -> None:
    got = chapter(line)
    event = next(e.id for e in got.entities if e.label == "Event")
    assert rels(got, RelType.HOSTED, source=named(got, host), target=event)
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)


@pytest.mark.parametrize(
    ("line", "hosts"),
    [
        (
            "107年6月，本府派員赴新加坡，出席由新加坡永續發展中心（Centre for Sustainability）"
            "與國家環境局共同主辦之「2018亞洲永續城市大會」。",
            ["新加坡永續發展中心", "國家環境局"],
        ),
        (
            "107年8月，本府都發局出席由亞洲城市規劃研究中心（Asian Urban Planning Centre）"
            "與都市再生局共同舉辦之「2018亞洲都市更新論壇」。",
            ["亞洲城市規劃研究中心", "都市再生局"],
        ),
        (
            "107年10月，本府捷運局參加由國際軌道運輸研究中心（Rail Transit Centre）與交通建設局"
            "聯合主辦之「2018國際軌道運輸博覽會」。",
            ["國際軌道運輸研究中心", "交通建設局"],
        ),
    ],
)
def test_bodies_holding_together_what_the_city_attends_are_its_hosts(
    line: str, hosts: list[str]
) -> None:
    got = chapter(line)
    event = next(e.id for e in got.entities if e.label == "Event")
    for host in hosts:
        assert rels(got, RelType.HOSTED, source=named(got, host), target=event)
    assert not rels(got, RelType.HOSTED, source=KAOHSIUNG, target=event)


def test_a_venue_glossed_in_latin_hosts_nothing() -> None:
    got = chapter(
        "本府與姊妹市美國西雅圖市於107年5月9日在該市拓荒者廣場（Pioneer Square）共同舉辦"
        "「2018高雄西雅圖文化節」。"
    )
    event = next(e.id for e in got.entities if e.label == "Event")
    hosts = {r.source for r in rels(got, RelType.HOSTED, target=event)}
    assert hosts == {KAOHSIUNG, "city:us:seattle"}


@pytest.mark.parametrize(
    ("line", "written"),
    [
        (
            "107年5月，本府派員出席日本福岡市主辦之「2018亞洲城市論壇」，於會中分享本市主辦"
            "「2016國際港灣城市博覽會（International Harbour Cities Expo 2016）」之經驗。",
            "2016國際港灣城市博覽會",
        ),
        (
            "107年8月，本府觀光局赴美國西雅圖市參加「2018國際觀光論壇」，介紹本市主辦「2017亞洲自行車節」"
            "之成果。",
            "2017亞洲自行車節",
        ),
        (
            "107年9月，本府都發局出席韓國仁川廣域市主辦之「2018智慧城市大會」，並以本市主辦"
            "「2015國際生態城市高峰會（EcoCity World Summit 2015）」為例分享經驗。",
            "2015國際生態城市高峰會",
        ),
    ],
)
def test_an_event_the_city_held_told_as_its_experience_was_hosted_by_it(
    line: str, written: str
) -> None:
    got = chapter(line)
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=named(got, written))


@pytest.mark.parametrize(
    ("lines", "people"),
    [
        (
            (
                "本期重要外賓包括：日本福岡市副市長中村英一、韓國仁川廣域市副市長鄭泰植等。",
                "本府於107年5月主辦「2018高雄國際城市論壇」，福岡市中村英一副市長及仁川廣域市"
                "鄭泰植副市長並擔任專題演講嘉賓。",
            ),
            ["person:中村英一", "person:鄭泰植"],
        ),
        (
            (
                "本期重要外賓包括：美國西雅圖市市長杜肯等。",
                "本府於107年9月舉辦「2018高雄港灣博覽會」，西雅圖市杜肯市長擔任大會主講嘉賓。",
            ),
            ["person:杜肯"],
        ),
        (
            (
                "本期重要外賓包括：澳洲布里斯本市副市長施萊納等。",
                "本府於107年4月主辦「2018高雄智慧城市論壇」，布里斯本市施萊納副市長則擔任論壇演講嘉賓。",
            ),
            ["person:施萊納"],
        ),
    ],
)
def test_a_guest_named_as_keynote_guest_took_part_as_speaker(
    lines: tuple[str, ...], people: list[str]
) -> None:
    got = chapter(*lines)
    event = next(e.id for e in got.entities if e.label == "Event")
    for person in people:
        assert rels(got, RelType.PARTICIPATED_IN, source=person, target=event, role="speaker")


@pytest.mark.parametrize(
    ("line", "city"),
    [
        (
            "本府於107年5月主辦「2018高雄國際城市論壇」，日本松本市代表並發表專題演講。",
            "city:jp:matsumoto",
        ),
        (
            "本府於107年9月舉辦「2018高雄港灣博覽會」，日本熊本市代表擔任論壇主講人。",
            "city:jp:kumamoto",
        ),
        (
            "本府於107年4月主辦「2018高雄智慧城市論壇」，澳洲布里斯本市代表亦發表專題演講。",
            "city:au:brisbane",
        ),
    ],
)
def test_a_city_whose_name_ends_like_a_home_word_is_a_guest(line: str, city: str) -> None:
    got = chapter(line)
    event = next(e.id for e in got.entities if e.label == "Event")
    assert rels(got, RelType.PARTICIPATED_IN, source=city, target=event, role="speaker")


@pytest.mark.parametrize(
    ("line", "inviter", "date"),
    [
        (
            "本市姊妹市美國西雅圖市於107年3月來函，邀請本市參加該市主辦之「2019西雅圖國際港口論壇」。",
            "city:us:seattle",
            "2018-03",
        ),
        (
            "日本福岡市於107年5月10日致函，邀請本府出席「2018亞洲城市創新論壇」。",
            "city:jp:fukuoka",
            "2018-05-10",
        ),
        (
            "韓國仁川廣域市於107年2月發函，邀請本市組團參加該市舉辦之「2018仁川國際航空博覽會」。",
            "city:kr:incheon",
            "2018-02",
        ),
    ],
)
def test_a_letter_told_before_the_invitation_it_carries(line: str, inviter: str, date: str) -> None:
    got = chapter(line)
    event = next(e.id for e in got.entities if e.label == "Event")
    assert rels(got, RelType.INVITED, source=inviter, target=KAOHSIUNG, event=event, date=date)


@pytest.mark.parametrize(
    ("line", "body", "person"),
    [
        (
            "本府於107年5月辦理「2018駐臺使節港都文化之旅」，邀請帛琉共和國駐臺大使館大使王大明、"
            "日本台灣交流協會高雄事務所所長山田太郎及港都國際友人協會"
            "（Harbour Friends Association）代表等15人參加。",
            "港都國際友人協會",
            "person:王大明",
        ),
        (
            "本府於107年6月辦理「2018駐臺使節美食之旅」，邀請英國在台辦事處代表林約翰、"
            "印度台北協會會長李四維暨南部外商聯合會"
            "（Southern Foreign Business Club）代表等12人參加。",
            "南部外商聯合會",
            "person:李四維",
        ),
        (
            "本府於107年4月辦理「2018駐臺使節山城巡禮」，邀請德國在台協會處長施密特、"
            "紐西蘭商工辦事處代表張三豐與國際青年志工聯盟"
            "（International Youth Volunteers）成員等20人參加。",
            "國際青年志工聯盟",
            "person:張三豐",
        ),
    ],
)
def test_a_body_listed_after_an_invited_person_is_invited_too(
    line: str, body: str, person: str
) -> None:
    got = chapter(line)
    event = next(e.id for e in got.entities if e.label == "Event")
    assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=named(got, body), event=event)
    assert rels(got, RelType.PARTICIPATED_IN, source=named(got, body), target=event)
    assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=person, event=event)


@pytest.mark.parametrize(
    "line",
    [
        "本府於107年5月辦理「2018駐臺使節港都文化之旅」，邀請英國在台辦事處代表林約翰、"
        "帛琉共和國駐臺大使館大使王大明（David Wang）及其眷屬等10人參加。",
        "本府於107年6月辦理「2018駐臺使節美食之旅」，邀請德國在台協會處長施密特、"
        "印度台北協會會長李四維（Li Siwei）及其夫人參加。",
        "本府於107年4月辦理「2018駐臺使節山城巡禮」，邀請英國在台辦事處代表林約翰、"
        "紐西蘭商工辦事處代表張三豐（Chang Sanfeng）及其家屬等8人參加。",
    ],
)
def test_an_invitees_kin_taken_up_by_a_pronoun_is_no_person(line: str) -> None:
    got = chapter(line)
    names = {e.name_zh for e in got.entities if e.label == "Person"}
    assert len(names) == 2 and not any(n.startswith("其") for n in names)


@pytest.mark.parametrize(
    "came",
    [
        "日本福岡市、仁川廣域市及美國西雅圖市等3市代表團於2月3日至5日開幕期間來訪。",
        "福岡市、仁川廣域市與西雅圖市之訪問團均於燈會期間抵高。",
        "姊妹市福岡市、仁川廣域市及西雅圖市之市長於展出期間相繼到訪。",
    ],
)
def test_guests_coming_while_the_citys_event_goes_on_took_part(came: str) -> None:
    got = chapter(
        "(一)邀請姊妹市參加「2018高雄燈會藝術節」",
        "「2018高雄燈會藝術節」於107年2月3日至3月4日在愛河舉行。",
        came,
    )
    festival = "event:kaohsiung-lantern-festival:2018"
    for city in ("city:jp:fukuoka", "city:kr:incheon", "city:us:seattle"):
        assert rels(got, RelType.PARTICIPATED_IN, source=city, target=festival, status="attended")
        assert rels(got, RelType.VISITED, source=city, target=KAOHSIUNG)


@pytest.mark.parametrize("period", ["疫情期間", "訪臺期間", "任職期間"])
def test_a_period_that_is_not_the_events_is_no_coming_to_it(period: str) -> None:
    # 期間 alone is any time (疫情期間, 訪臺期間, 任職期間): only the event's own period
    # (燈會期間, 活動期間, 「…」期間) makes a guest coming then a guest of the event
    got = chapter(
        "(一)邀請姊妹市參加「2020高雄燈會藝術節」",
        "「2020高雄燈會藝術節」於109年2月8日至3月1日在愛河舉行。",
        f"日本熊本市副市長田中一郎於{period}來訪，與本府李副市長會談。",
        period="2020-01/2020-06",
    )
    festival = "event:kaohsiung-lantern-festival:2020"
    assert not rels(got, RelType.PARTICIPATED_IN, target=festival, source="city:jp:kumamoto")
    assert not rels(got, RelType.PARTICIPATED_IN, target=festival, source="person:田中一郎")
    visits = rels(got, RelType.VISITED, source="person:田中一郎", target=KAOHSIUNG)
    assert visits and all(v.properties.get("start") != "2020-02-08" for v in visits)


def test_guests_only_agreeing_to_come_during_the_event_have_not_come() -> None:
    got = chapter(
        "(一)邀請姊妹市參加「2018高雄燈會藝術節」",
        "「2018高雄燈會藝術節」於107年2月3日至3月4日在愛河舉行。",
        "日本福岡市已確認組成市民團約30人，於燈會期間來訪。",
    )
    festival = "event:kaohsiung-lantern-festival:2018"
    assert not rels(got, RelType.PARTICIPATED_IN, target=festival, status="attended")


@pytest.mark.parametrize(
    "called_off",
    [
        "另日本福岡市及韓國仁川廣域市原訂於2月10日組團來訪，因颱風影響，兩市均來函取消行程。",
        "日本福岡市及韓國仁川廣域市原定派團於開幕期間來高，惟兩市其後因故取消來訪。",
        "福岡市及仁川廣域市原訂組團來訪，因航班停飛，訪問行程均告取消。",
    ],
)
def test_a_guests_coming_to_the_citys_event_called_off_leaves_it_invited(called_off: str) -> None:
    got = chapter(
        "(一)邀請姊妹市參加「2018高雄燈會藝術節」",
        "「2018高雄燈會藝術節」於107年2月3日至3月4日在愛河舉行。",
        called_off,
    )
    festival = "event:kaohsiung-lantern-festival:2018"
    for city in ("city:jp:fukuoka", "city:kr:incheon"):
        assert rels(got, RelType.PARTICIPATED_IN, source=city, target=festival, status="invited")
        assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=city, event=festival)
        assert not rels(got, RelType.VISITED, source=city, target=KAOHSIUNG)


@pytest.mark.parametrize(
    "invitation",
    [
        "本府依例邀請姊妹市及友好城市組團參加。",
        "本市並邀請各姊妹市派團共襄盛舉。",
        "市府函邀所有友好城市出席開幕儀式。",
    ],
)
def test_the_city_inviting_its_partners_by_class_tells_each_invitation(invitation: str) -> None:
    got = chapter(
        "(一)邀請姊妹市參加「2018高雄燈會藝術節」",
        "「2018高雄燈會藝術節」於107年2月3日至3月4日在愛河舉行，" + invitation,
        "日本福岡市由副市長率團一行10人出席開幕典禮。",
    )
    festival = "event:kaohsiung-lantern-festival:2018"
    invited = rels(got, RelType.INVITED, source=KAOHSIUNG, target="city:jp:fukuoka", event=festival)
    assert invited
    assert any(invitation.rstrip("。") in e.text for e in invited[0].evidence)


@pytest.mark.parametrize(
    "plan",
    [
        "本府原規劃於5月由觀光局組團參加日本福岡市「2018博多港祭」，因主辦單位博多港祭執行委員會"
        "於3月宣布取消本年度活動，本府出訪計畫亦隨之取消。",
        "本府原訂派員出席日本福岡市「2018博多港祭」，惟主辦單位博多港祭推進協會已宣布停辦，"
        "行程因而取消。",
        "觀光局原預定組團參加日本福岡市「2018博多港祭」，因主辦機構福岡觀光協會宣布取消實體活動，"
        "改以捐贈方式表達支持。",
    ],
)
def test_a_plan_to_join_an_edition_called_off_by_its_named_holder(plan: str) -> None:
    got = chapter(plan)
    festival = event_named(got, "博多港祭")
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=festival, status="planned")
    hosts = [r.source for r in rels(got, RelType.HOSTED, target=festival)]
    assert hosts and all(host.startswith("org:") for host in hosts)
    assert not rels(got, RelType.VISITED, source=KAOHSIUNG)


def test_an_edition_called_off_without_a_plan_of_the_citys_stays_unattended() -> None:
    got = chapter("本府每年組團參加日本福岡市「博多港祭」，今年因福岡市宣布停辦，本府未派團前往。")
    assert not rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG)


@pytest.mark.parametrize(
    "invitation",
    [
        "本府於本市主辦「2018亞洲海洋城市論壇」，邀請姊妹市日本福岡市，以及韓國仁川廣域市等"
        "國內外8個城市代表與會。",
        "本府於本市主辦「2018亞洲海洋城市論壇」，邀請日本福岡市，及美國西雅圖市、韓國仁川廣域市"
        "等5個城市派員出席。",
        "本府於本市主辦「2018亞洲海洋城市論壇」，函邀姊妹市日本福岡市，暨韓國仁川廣域市等海內外"
        "6個城市參加。",
    ],
)
def test_an_invitee_list_grouped_by_commas_and_closed_by_its_count(invitation: str) -> None:
    got = chapter(invitation)
    forum = event_named(got, "亞洲海洋城市論壇")
    for city in ("city:jp:fukuoka", "city:kr:incheon"):
        assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=city, event=forum)


@pytest.mark.parametrize(
    "text",
    [
        "1.7月5日至10日，由本市主辦之「2018高雄國際龍舟錦標賽」盛大舉行，計有12國選手參賽。",
        "1.由本市主辦的「2018國際港灣論壇」於9月3日開幕，各國城市代表齊聚。",
        "1.本年由本市主辦之「2018亞洲青年運動會」圓滿落幕，吸引逾千名選手。",
    ],
)
def test_an_event_held_by_the_city_written_with_its_of(text: str) -> None:
    ext = chapter(text)
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "1.閉幕典禮中，「2022世界運動會」主辦城市美國伯明罕市市長自陳市長手中接下會旗。",
            "伯明罕市",
        ),
        ("1.會中，「2020國際城市論壇」主辦城市日本仙台市代表致詞邀請各國與會。", "仙台市"),
        ("1.「2019亞洲文化節」主辦城市韓國仁川市市長亦出席晚宴。", "仁川市"),
    ],
)
def test_the_host_city_named_after_an_event_is_its_host_not_the_city(text: str, host: str) -> None:
    ext = chapter(text)
    assert not rels(ext, RelType.HOSTED, source=KAOHSIUNG)
    assert rels(ext, RelType.HOSTED, source=named(ext, host))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("1.本府與台灣某某電力股份有限公司共同主辦「2018綠能城市論壇」。", "某某電力股份有限公司"),
        ("1.本府與日本某某物產株式會社共同主辦「2018亞洲物流論壇」。", "某某物產株式會社"),
        ("1.經發局與韓國某某研究院共同主辦「2018智慧城市研討會」。", "某某研究院"),
    ],
)
def test_a_co_host_whose_name_opens_with_its_country_hosts(text: str, body: str) -> None:
    ext = chapter(text)
    hosts = [e.name_zh for e in ext.entities for r in rels(ext, RelType.HOSTED) if r.source == e.id]
    assert any(body in h for h in hosts), hosts
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG)


@pytest.mark.parametrize(
    "text",
    [
        "1.本期重點：辦理燈會；與某某港務股份有限公司共同主辦「2018港灣城市論壇」；推動青年交流。",
        "1.工作摘要：推動城市行銷；與某某大學共同主辦「2018國際教育論壇」。",
        "1.本期亮點：完成雙語標示檢核；與某某基金會共同主辦「2018國際藝術節」。",
    ],
)
def test_a_clause_opening_with_its_co_host_is_held_with_the_city(text: str) -> None:
    ext = chapter(text)
    hosted = rels(ext, RelType.HOSTED)
    assert any(r.source == KAOHSIUNG for r in hosted)
    assert any(r.source.startswith("org:") for r in hosted)


_HOME_GAMES = "本府於107年4月10日至15日主辦「2018高雄國際龍舟錦標賽」，共有12國選手參賽。"


@pytest.mark.parametrize(
    ("text", "guests", "officials"),
    [
        (
            "國際龍舟總會會長約翰．史密斯（John Smith）於4月9日至16日在高期間視察各賽區，"
            "並於閉幕典禮致詞時肯定本市之辦理成果。",
            ["約翰‧史密斯"],
            [],
        ),
        (
            "4月15日閉幕式中，「2020亞洲龍舟錦標賽」主辦城市日本福岡市（Fukuoka）"
            "市長山田太郎（Taro Yamada）"
            "自陳菊市長手中接下會旗，象徵賽事進入福岡時間。",
            ["山田太郎"],
            ["陳菊"],
        ),
        (
            "開幕典禮上，亞洲龍舟聯合會秘書長金正浩與陳菊市長共同授旗予各參賽隊伍。",
            ["金正浩"],
            ["陳菊"],
        ),
    ],
)
def test_an_act_at_a_ceremony_of_the_citys_event_is_taking_part(
    text: str, guests: list[str], officials: list[str]
) -> None:
    got = chapter(_HOME_GAMES, text)
    games = event_named(got, "國際龍舟錦標賽")
    for name in guests + officials:
        person = named(got, name)
        assert rels(got, RelType.PARTICIPATED_IN, source=person, target=games, status="attended"), (
            name
        )
    for name in guests:
        assert rels(got, RelType.VISITED, source=named(got, name), target=KAOHSIUNG), name
    for name in officials:
        assert not rels(got, RelType.VISITED, source=named(got, name)), name


@pytest.mark.parametrize(
    "text",
    [
        "陳菊市長於4月15日接見日本福岡市市長山田太郎，並於閉幕典禮致詞。",
        "本府於4月15日接待日本福岡市市長山田太郎一行，陳菊市長並於閉幕典禮致詞。",
        "日本福岡市市長山田太郎於4月15日拜會陳菊市長，陳菊市長並於閉幕典禮致詞。",
    ],
)
def test_a_guest_named_before_the_clause_of_a_ceremony_act_did_not_do_it(text: str) -> None:
    # the one acting is named in the act's clause, or opens the sentence; a guest the
    # mayor received (or who called on the mayor) in an earlier clause did not speak
    got = chapter(_HOME_GAMES, text)
    games = event_named(got, "國際龍舟錦標賽")
    assert rels(got, RelType.PARTICIPATED_IN, source=named(got, "陳菊"), target=games)
    assert not rels(got, RelType.PARTICIPATED_IN, source=named(got, "山田太郎"), target=games)
    assert not rels(got, RelType.VISITED, source=named(got, "山田太郎"), start="2018-04-10")


@pytest.mark.parametrize(
    "envoys",
    [
        "英國在台協會台北辦事處處長王大明、法國交流協會台北事務所代表李小華等十餘位駐台使節",
        "加拿大在台協會台北辦事處處長張志明、德國交流協會台北事務所所長陳美玲等使節",
        "義大利在台協會台北辦事處處長周志豪、瑞典交流協會台北事務所代表黃淑芬等使節",
    ],
)
def test_a_seat_inside_listed_office_names_is_no_guest(envoys: str) -> None:
    got = chapter(_HOME_GAMES, f"此外，{envoys}亦出席開幕典禮。")
    assert not rels(got, RelType.PARTICIPATED_IN, source="city:tw:taipei")
    assert not rels(got, RelType.VISITED, source="city:tw:taipei")
    cut = [e.name_zh for e in got.entities if e.name_zh.lstrip("台臺北") in ("事務所", "辦事處")]
    assert not cut  # the body is not cut at its seat
    games = event_named(got, "國際龍舟錦標賽")
    assert len(rels(got, RelType.PARTICIPATED_IN, target=games, status="attended")) >= 2


@pytest.mark.parametrize(
    "members",
    [
        "參與城市涵蓋日本、韓國及東南亞等地",
        "與會國家遍及亞洲及大洋洲",
        "參加城市來自日本、韓國及美國",
    ],
)
def test_who_a_series_gathers_is_no_part_of_its_founder(members: str) -> None:
    got = chapter(
        f"亞洲港灣論壇係由姊妹市日本福岡市發起之國際城市論壇，每兩年舉辦一次，{members}。"
        "本屆「2018亞洲港灣論壇」於5月2日至4日在福岡市舉行，本府由王副市長率團出席。"
    )
    forum = event_named(got, "亞洲港灣論壇")
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=forum)
    assert not rels(got, RelType.PARTICIPATED_IN, source="city:jp:fukuoka")


@pytest.mark.parametrize(
    ("text", "body", "city"),
    [
        (
            "107年5月6日至9日，本府由教育局王局長率本市前鎮國中舞蹈班師生一行20人，"
            "赴日本八王子市參加「八王子祭」，參與舞蹈遊行演出。",
            "前鎮國中舞蹈班",
            "city:jp:hachioji",
        ),
        (
            "107年6月7日至11日，本府由秘書處李處長率本市鳳山高中音樂班學生18人，"
            "前往美國波特蘭市參加第111屆玫瑰節遊行演出。",
            "鳳山高中音樂班",
            "city:us:portland-oregon",
        ),
        (
            "107年5月20日至23日，本府由文化局陳科長率本市林園國小弦樂班一行15人，"
            "赴韓國釜山市參加「2018釜山港灣藝術節」演出。",
            "林園國小弦樂班",
            "city:kr:busan",
        ),
    ],
)
def test_a_home_schools_class_sent_abroad_is_one_body(text: str, body: str, city: str) -> None:
    got = chapter(text)
    troupe = named(got, body)
    assert rels(got, RelType.PARTICIPATED_IN, source=troupe, status="attended")
    assert rels(got, RelType.VISITED, source=troupe, target=city)
    school = body[:-3]
    assert not any(e.name_zh.endswith(school) for e in got.entities)  # not cut short


@pytest.mark.parametrize(
    ("line", "person"),
    [
        (
            "仁川市於5月3日主辦「2018東北亞城市首長高峰會」，韓國總統文在寅、日本首相安倍晉三及"
            "本府陳市長均出席。",
            "文在寅",
        ),
        ("大邱市於3月6日主辦「2018東亞觀光論壇」，韓國總統文在寅及本府陳市長均出席。", "文在寅"),
        (
            "首爾市於6月5日主辦「2018世界城市首長論壇」，韓國國務總理李洛淵及本府許副市長均出席。",
            "李洛淵",
        ),
    ],
)
def test_the_officials_of_a_host_citys_country_are_guests_at_its_event(
    line: str, person: str
) -> None:
    """某市主辦「…」，某國總統王大明…出席: the country the host city lies in is no region
    of it at home at the event, so its officials take part."""
    ext = chapter(line)
    assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, person), status="attended")


@pytest.mark.parametrize(
    ("text", "led", "others"),
    [
        (
            "本府於107年2月10日至18日舉辦「2018高雄燈會藝術節」，特別邀請韓國大邱市、美國西雅圖市"
            "及日本福岡市組團參加，三市均派代表團與會：大邱市由金大明行政副市長率團，西雅圖市由"
            "王小明市議員率領該市交流協會成員來訪，福岡市則由國際課派員參加點燈儀式。",
            "city:kr:daegu",
            ["city:us:seattle", "city:jp:fukuoka"],
        ),
        (
            "本府於108年2月1日至9日舉辦「2019高雄燈會藝術節」，邀請日本仙台市及美國奧克蘭市組團"
            "參加，兩市均派團與會：仙台市由佐藤一郎副市長率團，奧克蘭市則由姊妹市協會派員參加。",
            "city:jp:sendai-miyagi-prefecture",
            ["city:us:oakland"],
        ),
        (
            "本府於109年2月1日至9日舉辦「2020高雄燈會藝術節」，特別邀請韓國仁川市、日本橫濱市及"
            "美國波士頓市組團參加，三市均派代表團與會：仁川市由李正大副市長率團，橫濱市由"
            "國際局派員參加，波士頓市則由市議員率團來訪。",
            "city:kr:incheon",
            ["city:jp:yokohama", "city:us:boston"],
        ),
    ],
)
def test_one_partys_leader_leads_no_other_party(text: str, led: str, others: list[str]) -> None:
    """Several guest cities at one event, one led by its official: the others' part is
    not led by him."""
    got = chapter(text)
    assert rels(got, RelType.PARTICIPATED_IN, source=led)
    for other in others:
        theirs = rels(got, RelType.PARTICIPATED_IN, source=other)
        assert theirs, other
        assert not theirs[0].properties.get("led_by"), (other, theirs[0].properties)


def test_partners_invited_by_class_in_the_items_text_were_invited_when_they_came() -> None:
    """An item not headed 邀請… whose text invites the sister cities as a class: the
    cities that came were invited; one invited by name is not a class invitation."""
    lines = (
        "（一）舉辦「2018高雄港灣嘉年華」",
        "「2018高雄港灣嘉年華」於107年3月2日至4日舉行，本府今年首度正式發函邀請各姊妹市"
        "組團參加。日本松山市由副市長山田一郎率團前來，並出席開幕典禮。",
    )
    ext = chapter(*lines)
    invited = rels(ext, RelType.INVITED, source=KAOHSIUNG)
    assert [r.target for r in invited] == [named(ext, "松山市")]
    by_name = chapter(
        lines[0],
        "「2018高雄港灣嘉年華」於107年3月2日至4日舉行，本府另邀請姊妹市美國塔科馬市組團參加。"
        "日本松山市由副市長山田一郎率團前來，並出席開幕典禮。",
    )
    assert named(by_name, "松山市") not in [
        r.target for r in rels(by_name, RelType.INVITED, source=KAOHSIUNG)
    ]


def test_asked_to_attend_the_citys_event_held_is_invited_until_told_there() -> None:
    """邀請甲市、乙市派員出席本市舉辦之「…」: the verb the invitation asks for tells no
    one came, though the event was held in the report's months; a city told later as
    there attended, and a delegation told as led at it (由該市某某率團…) came."""
    got = chapter(
        "2018年3月，本府王副市長訪問美國期間，分別邀請西雅圖市及波士頓市派員出席本市5月舉辦之"
        "「2018國際港灣城市論壇」。",
        "本府於2018年5月10日至11日舉辦「2018國際港灣城市論壇」，美國西雅圖市則派員與會。",
    )
    forum = "event:port-cities-forum:2018"
    for city, status in (("city:us:seattle", "attended"), ("city:us:boston", "invited")):
        found = rels(got, RelType.PARTICIPATED_IN, source=city, target=forum)
        assert [r.properties["status"] for r in found] == [status], city
    assert not rels(got, RelType.VISITED, source="city:us:boston")
    led = chapter(
        "2018年4月2日至5日，本府於高雄展覽館舉辦「2018國際食品展」。"
        "本府並邀請日本沖繩縣組團出席，由沖繩縣議員山田太郎率團參觀展覽。",
    )
    expo = event_named(led, "國際食品展")
    okinawa = named(led, "沖繩縣")
    found = rels(led, RelType.PARTICIPATED_IN, source=okinawa, target=expo)
    assert [r.properties["status"] for r in found] == ["attended"]
    assert rels(led, RelType.VISITED, source=okinawa, target=KAOHSIUNG)


def test_a_guest_lecturing_at_the_citys_event_as_invited_spoke_there() -> None:
    """某市副市長某某（gloss）亦應本府邀請擔任論壇講座: the guest, invited by the city,
    spoke at the city's event (講座 and 講師 are speakers); 本府 in 應本府邀請 is not the
    city playing the part."""
    got = chapter(
        "本府於2018年5月10日至11日舉辦「2018國際港灣城市論壇」。",
        "日本橫濱市（Yokohama）副市長山田太郎（Yamada Taro）及荷蘭鹿特丹港務局副總裁"
        "約翰‧史密斯（John Smith）亦應本府邀請擔任論壇講座。",
        "新加坡港務集團經理陳大文亦應市府之邀擔任工作坊講師。",
    )
    forum = "event:port-cities-forum:2018"
    for name in ("山田太郎", "約翰‧史密斯", "陳大文"):
        person = named(got, name)
        found = rels(got, RelType.PARTICIPATED_IN, source=person, target=forum)
        assert [(r.properties["status"], r.properties.get("role")) for r in found] == [
            ("attended", "speaker")
        ], name
        assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=person, event=forum), name


def test_a_guest_told_arriving_on_a_day_for_the_citys_event_came_that_day() -> None:
    """某市副市長某某於5月9日率團抵高出席論壇: the guest's coming is dated by the day
    told for it, not by the event's days (as when no day of coming is told)."""
    got = chapter(
        "本府於2018年5月10日至11日舉辦「2018國際港灣城市論壇」。",
        "美國西雅圖市副市長王大明（David Wang）於5月9日率團抵高出席論壇並發表專題演講。",
        "日本橫濱市副市長山田太郎率團出席論壇。",
    )
    wang = rels(got, RelType.VISITED, source=named(got, "王大明"), target=KAOHSIUNG)
    assert [r.properties.get("start") for r in wang] == ["2018-05-09"]
    assert not wang[0].properties.get("inferred")
    yamada = rels(got, RelType.VISITED, source=named(got, "山田太郎"), target=KAOHSIUNG)
    assert [r.properties.get("start") for r in yamada] == ["2018-05-10"]


def test_those_asked_to_come_do_what_the_next_bare_clause_tells() -> None:
    """本府邀請某市之某協會派員來訪，出席…並分享…: the clause after, with no subject of its
    own, tells what the invitees did (they attended the city's event, held), not the
    city."""
    got = chapter(
        "（一）辦理「2018高雄國際貨櫃藝術節」",
        "2018年4月7日至29日，本府文化局於駁二藝術特區辦理「2018高雄國際貨櫃藝術節」。"
        "本府並邀請姊妹市日本八王子市之八王子藝術文化協會派員來訪，出席藝術節座談會並分享"
        "地方藝術節之經營經驗。",
    )
    festival = "event:kaohsiung-container-arts-festival:2018"
    body = named(got, "八王子藝術文化協會")
    found = rels(got, RelType.PARTICIPATED_IN, source=body, target=festival)
    assert [r.properties["status"] for r in found] == ["attended"]
    assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=body, event=festival)
    assert not rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=festival)


def test_a_trips_stop_where_it_took_part_is_the_citys_part_not_the_places() -> None:
    """本府…組團出訪。X日於某國某市參加「…」: the delegation took part there; the place
    is where, not who."""
    ext = chapter(
        "本府於107年9月3日至11日由王副市長率經發局人員組團出訪。"
        "9月4日至7日於美國西雅圖市參加「2018港口城市年會」，並拜會西雅圖市長。"
    )
    took_part = rels(ext, RelType.PARTICIPATED_IN)
    assert [(r.source, r.properties["status"]) for r in took_part] == [(KAOHSIUNG, "attended")]


def test_a_trip_made_at_a_citys_invitation_was_invited_to_the_event_of_its_stop() -> None:
    """應某市之邀請，本府…組團出訪。X日於該市參加「…」: the city that invited the trip
    invited the city to the event, quoting both sentences."""
    ext = chapter(
        "應美國西雅圖市之邀請，本府於107年9月3日至11日由王副市長率經發局人員組團出訪。",
        "9月4日至7日於西雅圖市參加「2018西雅圖海洋節」，並拜會西雅圖市長。",
    )
    invited = rels(ext, RelType.INVITED, target=KAOHSIUNG)
    assert [r.source for r in invited] == [named(ext, "西雅圖市")]
    assert any("之邀請" in e.text for e in invited[0].evidence)


def test_a_year_in_chinese_digits_opens_no_place_name() -> None:
    # 二〇一三亞太…: the 三 ends the year, no 三亞 (Sanya) begins there
    ext = chapter(
        "一〇二年十月八日至十一日，本府由副市長率團赴澳洲布里斯本市出席「二〇一三亞太城市高峰會」。",
        period="2013-07/2013-12",
    )
    assert not [e for e in ext.entities if e.id == "city:cn:sanya"]
    assert rels(ext, RelType.PARTICIPATED_IN, target="event:asia-pacific-cities-summit:2013")


def test_a_partner_named_after_the_home_city_invites_it() -> None:
    # 本市姊妹市某市函邀本府: 本市 owns the tie; the partner is who invites
    ext = chapter(
        "本市姊妹市日本熊本市於3月間函邀本府參加10月在該市舉行之「2018熊本城市國際論壇」，"
        "本府已復函確認出席。"
    )
    kumamoto = named(ext, "熊本市")
    assert rels(ext, RelType.INVITED, source=kumamoto, target="city:tw:kaohsiung")
    assert not rels(ext, RelType.INVITED, source="city:tw:kaohsiung", target=kumamoto)
    assert rels(ext, RelType.HOSTED, source=kumamoto)


def test_a_troupe_named_in_quotes_after_its_city_came_and_performed() -> None:
    # 某市「某某保存會」: the body, not its city, is invited, comes and performs
    ext = chapter(
        "本府於2月10日至25日在愛河兩岸舉辦「2018高雄燈會藝術節」。",
        "本府邀請日本京都市「京都祇園囃子保存會」一行15人於2月12日至15日來高，"
        "於「2018高雄燈會藝術節」開幕晚會演出傳統音樂。",
    )
    troupe = named(ext, "京都祇園囃子保存會")
    lantern = "event:kaohsiung-lantern-festival:2018"
    assert rels(ext, RelType.INVITED, source="city:tw:kaohsiung", target=troupe, event=lantern)
    assert rels(
        ext,
        RelType.PARTICIPATED_IN,
        source=troupe,
        target=lantern,
        status="attended",
        role="performer",
    )
    assert rels(ext, RelType.VISITED, source=troupe, start="2018-02-12", end="2018-02-15")
    assert not rels(ext, RelType.VISITED, source=named(ext, "京都市"))


def test_a_class_invitation_to_one_event_invites_no_one_to_another() -> None:
    ext = chapter(
        "（一）年度國際活動",
        "本府發函邀請各姊妹市組團參加「2018高雄燈會」，計有日本大阪市等出席。",
        "5月10日本府舉辦「2018高雄國際論壇」，美國西雅圖市副市長約翰‧史密斯及日本大阪市副市長"
        "山田太郎出席。",
    )
    invited = rels(ext, RelType.INVITED, source=KAOHSIUNG)
    assert {str(r.properties.get("event")) for r in invited} == {
        "event:kaohsiung-lantern-festival:2018"
    }


def test_a_troupe_invited_to_come_before_its_event_is_named_is_the_one_invited_to_it() -> None:
    """本局邀請某市「某某保存會」…來高，於「某燈會」晚會演出: the troupe (not its city) was
    invited to the event named after the coming, came and performed."""
    ext = chapter(
        "（一）本局邀請日本熊本縣熊本市「熊本太鼓保存會」一行二十人於2月14日至17日來高，"
        "於「2018高雄燈會」元宵晚會演出傳統太鼓。"
    )
    troupe = named(ext, "熊本太鼓保存會")
    lantern = "event:kaohsiung-lantern-festival:2018"
    assert [r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)] == [troupe]
    assert rels(ext, RelType.INVITED, target=troupe, event=lantern)
    assert rels(ext, RelType.PARTICIPATED_IN, source=troupe, target=lantern, role="performer")
    assert not rels(ext, RelType.VISITED, source=named(ext, "熊本市"))


def test_a_troupe_that_came_on_its_own_days_to_an_event_known_before_visited_on_them() -> None:
    ext = chapter(
        "本府於2月8日至23日在愛河舉辦「2018高雄燈會」。",
        "本局邀請日本熊本市「熊本太鼓保存會」一行二十人於2月14日至17日來高，"
        "於「2018高雄燈會」元宵晚會演出。",
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "熊本太鼓保存會"))
    assert [(v.properties.get("start"), v.properties.get("end")) for v in visits] == [
        ("2018-02-14", "2018-02-17")
    ]


def test_coming_as_the_budget_allows_is_undecided_so_the_city_stays_invited() -> None:
    """…邀請該市參加「…燈會」，某市長表示將視該市預算情形派員與會: no plan yet; the city
    stays invited and its mayor takes no part."""
    x = chapter(
        "（二）陳副市長率團訪問秘魯",
        "陳副市長於3月4日至10日率秘書處人員組團出訪，行程如下：",
        "1.3月5日至7日訪問秘魯利馬市，拜會利馬市市長胡安‧佩雷斯（Juan Pérez），雙方就垃圾處理"
        "交換意見；陳副市長並邀請該市參加「2019高雄燈會」，佩雷斯市長表示將視該市預算情形派員與會。",
    )
    taking_part = {r.source: r.properties["status"] for r in rels(x, RelType.PARTICIPATED_IN)}
    assert taking_part == {named(x, "利馬市"): "invited"}


def test_a_port_authority_inviting_the_city_s_trip_invited_the_city() -> None:
    ext = chapter(
        "1.美國西雅圖市：本府應西雅圖港務局之邀，由海洋局王局長於4月2日至6日率員赴西雅圖市"
        "考察港區再開發經驗。"
    )
    port = named(ext, "西雅圖港務局")
    assert rels(ext, RelType.INVITED, source=port, target=KAOHSIUNG)


def test_a_city_inviting_the_visit_that_follows_invited_the_city() -> None:
    ext = chapter("2.帛琉科羅州：應科羅州之邀，李副市長於3月5日至8日率觀光局人員訪問科羅州。")
    assert rels(ext, RelType.INVITED, source=named(ext, "科羅州"), target=KAOHSIUNG)


def test_that_body_hosting_and_signing_is_the_inviting_body() -> None:
    ext = chapter(
        "3.香港：本府應香港機場管理局之邀，由交通局林局長於5月8日至10日赴香港出席該局主辦之"
        "「2018亞洲機場論壇」，並於5月9日與該局簽署「航空客運合作備忘錄」。"
    )
    authority = named(ext, "香港機場管理局")
    assert rels(ext, RelType.INVITED, source=authority, target=KAOHSIUNG)
    assert rels(ext, RelType.HOSTED, source=authority)
    (mou,) = rels(ext, RelType.SIGNED_MOU)
    assert mou.target == authority
    assert not [e for e in ext.entities if e.name_zh == "該局"]


def test_the_partners_of_a_tie_pursued_are_no_party_to_the_event_after() -> None:
    ext = chapter(
        "5.明年工作重點：本府將持續擴大城市交流，明年度之重點為籌辦「2019高雄燈會」國際展區、推動與智利瓦爾帕萊索市及秘魯利馬市締結姊妹市，"
        "以及派團出席「2019亞太城市高峰會」。"
    )
    takers = {r.source for r in rels(ext, RelType.PARTICIPATED_IN)}
    assert takers == {KAOHSIUNG}


def test_an_invitation_with_no_inviter_written_is_the_visiting_subject_s() -> None:
    ext = chapter(
        "1.美國西雅圖市：本市姊妹市西雅圖市副市長約翰‧史密斯於3月6日率團來訪，當面轉交該市市長之邀請函，"
        "邀請本府出席2019年5月在西雅圖市舉行之「2019太平洋港市論壇」，本府已覆函接受，"
        "預計由李副市長率團與會。"
    )
    seattle = named(ext, "西雅圖市")
    assert rels(ext, RelType.INVITED, source=seattle, target=KAOHSIUNG)
    assert not rels(ext, RelType.INVITED, source=KAOHSIUNG, target=seattle)
    takers = {r.source for r in rels(ext, RelType.PARTICIPATED_IN)}
    assert takers == {KAOHSIUNG}


def test_attending_an_event_the_city_holds_with_another_body() -> None:
    ext = chapter(
        "1.歐洲：西班牙貿易辦事處處長羅德里格斯（Luis Rodríguez）於5月8日出席本府與西班牙貿易辦事處"
        "合辦之「2018高雄西班牙文化節」開幕式。"
    )
    person = named(ext, "羅德里格斯")
    assert rels(ext, RelType.PARTICIPATED_IN, source=person, status="attended")
    assert not rels(ext, RelType.VISITED, source=person)


def test_sending_artists_to_exhibit_at_the_city_s_festival_is_taking_part() -> None:
    ext = chapter(
        "1.德國漢堡市：本府主辦之「2018高雄國際貨櫃藝術節」於10月6日至28日在高雄港舉行，"
        "其中漢堡市派遣藝術家4人來台參展，由漢堡市文化局局長穆勒（Hans Müller）率團。"
    )
    hamburg = named(ext, "漢堡市")
    assert rels(ext, RelType.PARTICIPATED_IN, source=hamburg, status="attended")
    assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "穆勒"), status="attended")
    assert rels(ext, RelType.VISITED, source=hamburg, target=KAOHSIUNG)


def test_a_visitor_inviting_the_city_to_send_people_to_his_place_invited_it() -> None:
    ext = chapter(
        "1.大洋洲：斐濟蘇瓦市市長約翰‧辛格於4月12日拜會陳市長，並邀請本市於明年派遣醫療志工團赴該市服務。"
    )
    assert rels(ext, RelType.INVITED, source=named(ext, "蘇瓦市"), target=KAOHSIUNG)


def test_the_body_whose_officer_heads_a_delegation_to_the_city_s_event_came() -> None:
    ext = chapter(
        "1.德國漢堡市：本府主辦之「2018高雄國際貨櫃藝術節」於10月6日至28日在高雄港舉行，"
        "其中漢堡市派遣藝術家4人來台參展，由漢堡市文化局局長穆勒（Hans Müller）率團。"
    )
    assert rels(ext, RelType.VISITED, source=named(ext, "漢堡市文化局"), target=KAOHSIUNG)


def test_a_team_manager_brings_no_body_of_his() -> None:
    ext = chapter(
        "1.本府教育局於10月5日至7日主辦「2018高雄國際青少年棒球邀請賽」，邀請日本八王子市組隊來高參賽；"
        "其中八王子市代表隊由八王子市教育委員會體育課課長佐藤健二帶隊。"
    )
    assert not rels(ext, RelType.VISITED, source=named(ext, "八王子市教育委員會體育課"))


def test_invitations_told_as_sent_are_made_not_planned() -> None:
    """將邀請某市…與會，目前已寄發邀請函: the letters are out, so those named are
    invited, not only planned to be."""
    ext = chapter(
        "1.本府預計於10月舉辦「2018高雄國際港灣論壇」，將邀請神戶市及橫濱市首長與會，"
        "目前已寄發邀請函。"
    )
    event = event_named(ext, "港灣論壇")
    for city in ("神戶市", "橫濱市"):
        found = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, city), target=event)
        assert found and found[0].properties["status"] == "invited"


def test_people_sent_to_come_on_an_errand_of_their_own_join_no_event() -> None:
    """派員來高考察… while the city's own event is spoken of: they come to study
    something else, not to that event."""
    ext = chapter(
        "1.本府預定於9月舉辦之「2018高雄海洋城市論壇」，已邀請各姊妹市參加。",
        "2.王局長率團赴泰國清邁市考察期間，與清邁市環境局商定下半年由該局派員來高考察本市掩埋場營運。",
    )
    event = event_named(ext, "海洋城市論壇")
    assert not rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "清邁市"), target=event)


def test_a_body_referred_to_as_該局_agreeing_to_come_takes_part() -> None:
    """邀請某港務局派員出席「…」，獲對方允諾將由該局執行長親自與會: the body invited
    (該局) will take part, not the city the sentence named before."""
    ext = chapter(
        "1.陳市長訪問西雅圖期間，除與西雅圖市長會晤外，並邀請西雅圖港務局派員出席本府預定於"
        "11月舉辦之「2018高雄港灣論壇」，獲對方允諾將由該局局長親自與會。"
    )
    event = event_named(ext, "港灣論壇")
    port = named(ext, "西雅圖港務局")
    found = rels(ext, RelType.PARTICIPATED_IN, source=port, target=event)
    assert found and found[0].properties["status"] == "planned"
    assert not rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "西雅圖市"), target=event)


def test_a_guest_inviting_the_city_in_a_clause_of_its_own_is_their_bodys_invitation() -> None:
    """某局某某主席來訪…時，邀請本府派員出席該局主辦之「…」: the body the guest heads
    invited the city, holds the event, and the city was invited to it."""
    ext = chapter(
        "1.印尼巴淡島自由貿易區管理局主席約翰‧蘇托莫於4月9日來訪辦理招商說明會時，"
        "邀請本府派員出席該局5月20日主辦之「2018巴淡島投資論壇」。"
    )
    body = named(ext, "巴淡島自由貿易區管理局")
    event = event_named(ext, "巴淡島投資論壇")
    assert rels(ext, RelType.INVITED, source=body, target=KAOHSIUNG)
    assert rels(ext, RelType.HOSTED, source=body, target=event)
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event, status="invited")


def test_a_guest_inviting_the_city_to_go_there_with_no_event() -> None:
    """並邀請本府某局派員赴某市交流…: the guest's city invited the city, no event."""
    ext = chapter(
        "1.加拿大溫哥華市約翰‧史密斯市議員於3月6日來訪，考察本市自行車道建設，"
        "並邀請本府交通局派員赴溫哥華交流公共運輸經驗。"
    )
    found = rels(ext, RelType.INVITED, source=named(ext, "溫哥華市"), target=KAOHSIUNG)
    assert found and "event" not in found[0].properties


def test_the_city_holding_its_event_told_with_a_time_before_the_verb() -> None:
    """本府預定於9月舉辦之「…」 (a time between the city and the verb): the city holds it."""
    ext = chapter("1.陳市長訪問神戶期間，邀請神戶市長出席本府預定於9月舉辦之「2018高雄海洋論壇」。")
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=event_named(ext, "海洋論壇"))


def test_a_body_coming_at_the_citys_invitation_performs_at_a_part_of_its_event() -> None:
    """日本某市某某保存會應本府之邀來台，由某市長親自率團，於開幕典禮…演出…: the body (not
    its city) was invited, came and performed at the city's festival."""
    ext = chapter(
        "1.本府主辦之「2018高雄燈會」於2月10日至18日在愛河兩岸舉行。",
        "日本青森市睡魔祭保存會應本府之邀首度來台，由青森市山田一郎市長親自率團，"
        "於開幕典禮當晚在愛河畔演出睡魔燈籠。",
    )
    body = named(ext, "青森市睡魔祭保存會")
    festival = "event:kaohsiung-lantern-festival:2018"
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=body, event=festival)
    assert rels(ext, RelType.VISITED, source=body, target=KAOHSIUNG)
    found = rels(ext, RelType.PARTICIPATED_IN, source=body, target=festival)
    assert found and found[0].properties["role"] == "performer"
    assert not rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "青森市"))


def test_a_guest_row_leading_a_troupe_to_the_citys_event() -> None:
    """A guests' table row whose errand opens with 率某某表演團參加…: the guest named in
    the row led the troupe and took part, with his city."""
    ext = chapter(
        "日期│國別│來訪單位│職稱│姓名│人數│事由",
        "107.2.12│日本│青森市│市長│山田一郎│20│率睡魔表演團參加2018高雄燈會",
    )
    festival = "event:kaohsiung-lantern-festival:2018"
    for party in ("山田一郎", "青森市"):
        assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, party), target=festival)


def test_guests_listed_at_a_reception_within_the_citys_festival() -> None:
    """A reception the city holds within its festival's days (元宵節晚間本府另舉辦
    「…晚會」) is a part of the festival: those listed as there, bodies named with no
    one of them too, were invited to the festival and took part; a mission stationed
    here or a branch in the city came nowhere; the mayor's talk after is no part they
    played."""
    ext = chapter(
        "1.本府主辦之「2018高雄燈會」於2月10日至18日在愛河兩岸舉行。",
        "元宵節（2月15日）晚間本府另舉辦「外賓迎春晚會」，邀請駐台使節及外商約150人與會，"
        "出席者包括英國在台辦事處高雄分處處長李大衛、駐台北印尼經濟貿易代表處及日本商會高雄分會"
        "代表等，陳市長並於晚會中向外賓介紹城市建設成果。",
    )
    festival = "event:kaohsiung-lantern-festival:2018"
    assert not [e for e in ext.entities if "迎春晚會" in e.name_zh]
    for party in ("李大衛", "駐台北印尼經濟貿易代表處", "日本商會高雄分會"):
        pid = named(ext, party)
        assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=pid, event=festival)
        found = rels(ext, RelType.PARTICIPATED_IN, source=pid, target=festival)
        assert found and "role" not in found[0].properties
    for body in ("駐台北印尼經濟貿易代表處", "日本商會高雄分會"):
        assert not rels(ext, RelType.VISITED, source=named(ext, body))


def test_an_event_dated_by_a_guests_coming_takes_its_own_days_when_told() -> None:
    """A guest row dates the festival by its coming (2月12日…來訪，率某團參加…); the
    festival's own days, told later (於2月10日至18日舉行), are its days."""
    ext = chapter(
        "日期│國別│來訪單位│職稱│姓名│人數│事由",
        "107.2.12│日本│青森市│市長│山田一郎│20│率睡魔表演團參加2018高雄燈會",
        "",
        "二、城市行銷",
        "本府主辦之「2018高雄燈會」於107年2月10日至18日在愛河兩岸舉行。",
    )
    event = next(e for e in ext.entities if e.id == "event:kaohsiung-lantern-festival:2018")
    assert (event.properties["start"], event.properties["end"]) == ("2018-02-10", "2018-02-18")


def test_the_citys_troupe_named_by_the_citys_name_goes_with_the_city() -> None:
    """本府某局率高雄市某某樂團赴某市參加「…」: the troupe (a body of its own) went and
    performed, and the city took part too."""
    ext = chapter(
        "1.本府文化局於107年8月3日至8日率高雄市交響樂團赴日本札幌市參加「2018札幌音樂節」，演出2場。"
    )
    troupe = named(ext, "高雄市交響樂團")
    event = event_named(ext, "札幌音樂節")
    found = rels(ext, RelType.PARTICIPATED_IN, source=troupe, target=event)
    assert found and found[0].properties["role"] == "performer"
    assert rels(ext, RelType.VISITED, source=troupe, target=named(ext, "札幌市"))
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)


def test_the_citys_troupe_invited_by_another_city_plans_to_go() -> None:
    """高雄市某某樂團已獲某市邀請，預計於8月赴某市參加「…」: the troupe, not the city, was
    invited and plans to take part."""
    ext = chapter(
        "1.此外，高雄市交響樂團已獲仁川市邀請，預計於9月赴仁川參加「2018仁川港口節」演出。"
    )
    troupe = named(ext, "高雄市交響樂團")
    event = event_named(ext, "仁川港口節")
    assert rels(ext, RelType.INVITED, source=named(ext, "仁川市"), target=troupe)
    found = rels(ext, RelType.PARTICIPATED_IN, source=troupe, target=event)
    assert found and found[0].properties["status"] == "planned"
    assert not rels(ext, RelType.INVITED, target=KAOHSIUNG)
    assert not rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)


def test_an_event_joined_by_its_kind_is_the_last_of_that_kind_the_section_named() -> None:
    """A trips table names 「2018某某研討會」; the prose after it, another event named
    since, tells 林參議赴某市出席研討會時，亦以「…」為題發表報告: that seminar, where the
    city (its 參議 by surname and title) spoke."""
    ext = chapter(
        "期間	出訪地點	率團人員	任務",
        "4/10-4/14	日本神戶市	林參議	出席神戶市主辦之「2018港灣再生研討會」",
        "",
        "陳市長訪問仁川期間，邀請仁川港灣公社派員出席本府預定於10月舉辦之「2018高雄港灣論壇」。"
        "林參議赴神戶出席研討會時，亦以「高雄港區再開發」為題發表報告。",
    )
    event = event_named(ext, "港灣再生研討會")
    found = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)
    assert found and found[0].properties["role"] == "speaker"


def test_an_event_told_by_its_short_form_before_its_opening() -> None:
    """「第19屆亞洲運動會」 named, then 獲某市邀請陳市長出席9月23日之亞運開幕典禮: the
    short form (亞運) is that event, to which the city was invited."""
    ext = chapter(
        "1.杭州市副市長王明於1月9日來訪，表示杭州市將於本年9月主辦第19屆亞洲運動會。"
        "本府隨即於5月派員赴杭州考察，並獲杭州市正式邀請陳市長出席9月23日之亞運開幕典禮。"
    )
    event = named(ext, "第19屆亞洲運動會")
    found = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)
    assert found and found[0].properties["status"] == "invited"


def test_taking_part_talked_about_is_no_taking_part() -> None:
    """洽談…參展事宜: exhibiting is what the guest came to talk about, not done."""
    got = chapter(
        "(一)本府於2月8日至17日舉辦「2018高雄燈會藝術節」。美國波特蘭市市議員約翰．史密斯"
        "於4月3日來訪，洽談燈會花車參展及學生交流事宜。"
    )
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG)
    assert not rels(got, RelType.PARTICIPATED_IN)


def test_exhibiting_at_the_citys_event_is_taking_part() -> None:
    """參展 (to exhibit) is attending, in a verb or in a noun opening a list (參展者計有)."""
    ext = chapter(
        "本府文化局於107年10月6日至28日在港區舉辦「2018高雄國際陶藝節」，參觀人次逾30萬。"
        "國外參展者計有日本京都市派遣之陶藝家團隊5人，以及法國里昂市派遣之陶藝家3人。"
    )
    festival = named(ext, "2018高雄國際陶藝節")
    for city in ("京都市", "里昂市"):
        party = named(ext, city)
        assert rels(ext, RelType.PARTICIPATED_IN, source=party, target=festival), city
        assert rels(ext, RelType.VISITED, source=party, target=KAOHSIUNG), city


def test_a_go_between_asked_to_bring_others_in_tells_no_invited_came() -> None:
    ext = chapter(
        "本府文化局規劃於本年10月首度舉辦「2018高雄國際陶藝節」。"
        "目前已邀請日本京都市及法國里昂市推薦陶藝家來台駐地創作，"
        "並洽請某國在台協會協助引介該國陶藝團體參加。"
    )
    for city in ("京都市", "里昂市"):
        assert not rels(ext, RelType.VISITED, source=named(ext, city), target=KAOHSIUNG), city


def test_partners_after_與_of_a_pursuit_are_no_subject_of_the_next_clause() -> None:
    ext = chapter(
        "二、持續推動與智利瓦爾帕萊索市、日本岡山縣及越南順化市之締約事宜，"
        "並爭取組團參加「2019亞太城市高峰會」。"
    )
    summit = named(ext, "2019亞太城市高峰會")
    for place in ("瓦爾帕萊索市", "岡山縣", "順化市"):
        assert not rels(ext, RelType.PARTICIPATED_IN, source=named(ext, place), target=summit)


def test_a_cohost_is_no_invitee_of_the_event_it_holds() -> None:
    ext = chapter(
        "(一)日本福岡市副市長山本一郎於107年9月12日率團來訪。兩市並於當晚共同舉辦"
        "「高雄福岡友好交流10週年紀念酒會」，邀請旅居本市之日本僑民及兩市交流團體代表共約100人參加。"
    )
    fukuoka = named(ext, "福岡市")
    party = named(ext, "高雄福岡友好交流10週年紀念酒會")
    assert rels(ext, RelType.HOSTED, source=fukuoka, target=party)
    assert not rels(ext, RelType.INVITED, target=fukuoka)
    assert not rels(ext, RelType.PARTICIPATED_IN, source=fukuoka, target=party)


def test_joining_international_meetings_in_general_is_no_event_spoken_of() -> None:
    ext = chapter(
        "本年首度舉辦「2018高雄港灣論壇」，藉由國際活動行銷本市。"
        "本期本府各局處因公赴國外考察、參加國際會議及活動共9團次。"
    )
    assert not rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)


def test_an_invitation_made_during_a_visit_is_from_the_visitors_body() -> None:
    ext = chapter(
        "(四)仁川世界盃籌備委員會事務次長李明浩來訪時，"
        "正式邀請本市組團參加「2018年仁川國際博覽會」開幕典禮。"
    )
    committee = named(ext, "仁川世界盃籌備委員會")
    expo = named(ext, "2018年仁川國際博覽會")
    assert rels(ext, RelType.INVITED, source=committee, target=KAOHSIUNG, event=expo)
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=expo)


def test_a_place_invited_that_declined_was_only_invited() -> None:
    ext = chapter(
        "本府文化局於107年10月6日至28日在港區舉辦「2018高雄國際陶藝節」。"
        "法國里昂市原獲本府邀請推薦陶藝家參展，惟因該市經費不足而婉謝。"
    )
    lyon = named(ext, "里昂市")
    festival = named(ext, "2018高雄國際陶藝節")
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=lyon)
    (part,) = rels(ext, RelType.PARTICIPATED_IN, source=lyon, target=festival)
    assert part.properties["status"] == "invited"


def test_an_invitation_to_the_event_the_sentence_named_and_the_city_undecided() -> None:
    ext = chapter(
        "（七）107年4月16日，本市姊妹市日本福岡市副市長山本一郎來訪，說明該市籌辦"
        "「2018亞洲港灣城市高峰會」之規劃，並正式邀請本府派員出席；"
        "本府將視市政行程研議派員參加事宜。"
    )
    summit = named(ext, "2018亞洲港灣城市高峰會")
    assert rels(ext, RelType.INVITED, source=named(ext, "福岡市"), target=KAOHSIUNG)
    (part,) = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=summit)
    assert part.properties["status"] == "invited"
    assert any("正式邀請本府" in e.text for e in part.evidence)


def test_weighing_whether_to_attend_in_the_plans_section_is_no_attendance() -> None:
    ext = chapter(
        "（七）本市姊妹市日本福岡市邀請本府出席「2018亞洲港灣城市高峰會」。",
        "二、下半年工作重點",
        "（一）評估派員出席福岡市「2018亞洲港灣城市高峰會」，以維繫與姊妹市之情誼。",
    )
    summit = named(ext, "2018亞洲港灣城市高峰會")
    (part,) = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=summit)
    assert part.properties["status"] == "invited"


def test_an_invitation_by_a_body_taken_up_by_its_kind() -> None:
    ext = chapter(
        "（十）107年6月13日，德國漢堡邦經濟及港口廳次長彼得‧卡特率經貿訪問團一行18人來訪，"
        "拜會本府並參觀高雄港。該廳並邀請本府明年派員參加「2019年漢堡國際港口物流展」，"
        "本府已轉請海洋局評估參展之可行性。"
    )
    fair = named(ext, "2019年漢堡國際港口物流展")
    (invited,) = rels(
        ext, RelType.INVITED, source=named(ext, "漢堡邦經濟及港口廳"), target=KAOHSIUNG
    )
    assert invited.properties["event"] == fair and not invited.properties.get("date")
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=fair, status="invited")


def test_a_presentation_the_city_holds_on_a_trip_abroad_is_hosted_by_the_city() -> None:
    ext = chapter(
        "(二)107年11月9日至13日，本府觀光局組團率本市旅行業者代表一行10人，赴日本福岡市參加"
        "「2018福岡國際旅展」，並於旅展期間舉辦「高雄觀光推介會」，向日本業者介紹本市景點。"
    )
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=named(ext, "高雄觀光推介會"))


def test_a_place_holding_an_event_called_by_a_short_form_of_its_name() -> None:
    ext = chapter(
        "2.為迎接明年舉行之「2019年仁川世界博覽會」，仁川市政府派國際協力課李課長"
        "於107年6月19日來訪，說明該市主辦世博之籌備進度。"
    )
    expo = named(ext, "2019年仁川世界博覽會")
    assert rels(ext, RelType.HOSTED, source=named(ext, "仁川市"), target=expo)


def test_a_body_read_before_opening_a_clause_is_its_subject_taking_part() -> None:
    ext = chapter(
        "107年6月7日至12日，本府由黃副秘書長率民政局人員，偕同本市鼓山高中管樂隊共42人，"
        "赴美國西雅圖市參加該市主辦之「2018年西雅圖海洋節」。"
        "鼓山高中管樂隊於6月9日參加大遊行演出，沿途獲得觀眾熱烈掌聲。"
    )
    band = named(ext, "鼓山高中管樂隊")
    festival = named(ext, "2018年西雅圖海洋節")
    assert rels(ext, RelType.PARTICIPATED_IN, source=band, target=festival, role="performer")


def test_a_home_vocational_school_band_sent_along_takes_part() -> None:
    ext = chapter(
        "107年6月7日至12日，本府由黃副秘書長率民政局人員，偕同本市三信家商管樂隊共42人，"
        "赴美國西雅圖市參加該市主辦之「2018年西雅圖海洋節」。"
    )
    band = named(ext, "三信家商管樂隊")
    assert rels(ext, RelType.PARTICIPATED_IN, source=band, target=named(ext, "2018年西雅圖海洋節"))


def test_each_of_the_cities_a_letter_went_to_is_invited_on_its_date() -> None:
    """「中旬，本府分函甲市、乙市及丙市，邀請各該市派遣藝術家參加…「…」」 under a month's
    heading: each city is invited, on the letter's date."""
    text = "\n".join(
        [
            "壹、國際事務",
            "一、十一月",
            "1.中旬，本府分函日本橫濱市、美國西雅圖市及加拿大溫哥華市，邀請各該市派遣藝術家"
            "參加本府明年10月舉辦之「2019高雄國際貨櫃藝術節」。",
        ]
    )
    got = extract_bytes((text + "\n").encode("utf-8"), "test.txt", "2018-07/2018-12")
    for city in ("city:jp:yokohama", "city:us:seattle", named(got, "溫哥華市")):
        (invited,) = rels(got, RelType.INVITED, source=KAOHSIUNG, target=city)
        assert invited.properties.get("date") == "2018-11", city


def test_a_panelist_of_a_national_university_came_from_within_the_country() -> None:
    """「綜合座談邀請國立某某大學某學系教授某某擔任與談人」 at the city's own forum: a
    panelist, but no guest who came to the city."""
    ext = chapter(
        "本府於107年5月7日至8日主辦「2018南方港灣論壇」，計有國內外學者約200人與會。"
        "綜合座談邀請國立成功大學交通管理學系教授陳建國擔任與談人。"
    )
    professor = named(ext, "陳建國")
    assert rels(ext, RelType.PARTICIPATED_IN, source=professor, role="panelist")
    assert not rels(ext, RelType.VISITED, source=professor)


def test_a_panelist_of_a_company_placed_nowhere_came_from_within_the_country() -> None:
    """「綜合座談邀請某某運通公司副總經理某某擔任與談人」 at the city's own forum, the company
    named with no country or city: a panelist, no guest who came to the city."""
    ext = chapter(
        "本府於107年5月7日至8日主辦「2018南方港灣論壇」，計有國內外學者約200人與會。"
        "綜合座談邀請陽明運通公司副總經理張志明擔任與談人。"
    )
    manager = named(ext, "張志明")
    assert rels(ext, RelType.PARTICIPATED_IN, source=manager, role="panelist")
    assert not rels(ext, RelType.VISITED, source=manager)


def test_a_glossed_co_host_named_after_the_verb_of_attending() -> None:
    """「出席某某委員會（ABC）與某市共同舉辦之「…」」: the body is a host; 出席 is no part
    of its name."""
    ext = chapter(
        "5月15日至18日，環保局派員2人赴日本橫濱市，出席世界城市永續聯盟（WCSA）與橫濱市"
        "共同舉辦之「亞太城市永續發展研討會」，並於會中提出報告。"
    )
    event = named(ext, "亞太城市永續發展研討會")
    assert rels(ext, RelType.HOSTED, source=named(ext, "世界城市永續聯盟"), target=event)


def test_an_invitation_by_a_foreign_mayor_taken_up_by_surname_and_title() -> None:
    """「…拜會某市長某某（gloss），某市長再度邀請本府組團出席明年「…」」: the mayor, named
    before in full, invites for his city."""
    ext = chapter(
        "2018年9月1日至6日，本府新聞處處長率員赴日本橫濱市參加「2018年橫濱港祭」。期間訪問團"
        "並拜會橫濱市長林文子（Fumiko Hayashi），林市長再度邀請本府組團出席明年「2019亞太城市"
        "高峰會」。",
        period="2018-07/2018-12",
    )
    assert rels(ext, RelType.INVITED, source="city:jp:yokohama", target=KAOHSIUNG)


def test_an_invitation_made_on_behalf_of_a_guests_mayor_is_his_citys() -> None:
    got = chapter(
        "107年2月5日，美國西雅圖市政府國際事務處處長約翰‧史密斯來訪，"
        "代表王大明市長邀請本府組團參加本年9月由西雅圖市主辦之「2018西雅圖港灣論壇」。",
        "107年4月2日，韓國大邱市副市長金正民率該市官員來訪。金副市長並代表李小華市長，"
        "邀請本府於本年10月組團參加「2018大邱城市慶典」。",
    )
    for city, mayor, event in (
        ("西雅圖市", "王大明", "2018西雅圖港灣論壇"),
        ("大邱市", "李小華", "2018大邱城市慶典"),
    ):
        place = named(got, city)
        assert rels(got, RelType.HOLDS_TITLE, source=named(got, mayor), target=place), mayor
        assert rels(got, RelType.INVITED, source=place, target=KAOHSIUNG, event=named(got, event))


def test_a_body_invited_to_field_a_team_in_the_citys_contest() -> None:
    got = chapter(
        "107年6月16日，本府於蓮池潭主辦「2018高雄國際划船賽」，邀請姊妹市仙台市、"
        "泰國曼谷市及馬來西亞划船協會組隊參賽，共計20隊參加。"
    )
    race = named(got, "2018高雄國際划船賽")
    body = named(got, "馬來西亞划船協會")
    assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=body, event=race)
    assert rels(got, RelType.PARTICIPATED_IN, source=body, target=race, status="attended")


def test_an_invitation_made_for_that_body_by_its_officer() -> None:
    got = chapter(
        "另5月14日，德國漢堡港務局亞洲代表漢斯‧穆勒再度來訪，洽談兩港之合作，"
        "並代表該局邀請本府派員參加明年在漢堡舉行之「2019國際港埠論壇」。"
    )
    forum = named(got, "2019國際港埠論壇")
    body = named(got, "漢堡港務局")
    assert rels(got, RelType.INVITED, source=body, target=KAOHSIUNG, event=forum)
    assert not rels(got, RelType.INVITED, source=KAOHSIUNG)


def test_that_city_after_a_body_named_with_its_city_is_that_city() -> None:
    got = chapter(
        "5月3日，日本仙台市市長山田一郎致函本府表達慰問之意。",
        "另6月18日至20日，日本青森縣弘前市議會議長鈴木次郎率議員訪問團來訪，"
        "感謝本府於上半年邀請該市龍舟隊參加「2018高雄國際龍舟賽」。",
    )
    race = named(got, "2018高雄國際龍舟賽")
    assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=named(got, "弘前市"), event=race)
    assert not rels(got, RelType.INVITED, target=named(got, "仙台市"))


def test_an_event_named_for_the_city_that_it_invites_others_to_is_its_own() -> None:
    got = chapter(
        "11月15日，巴拿馬市市長納瓦羅率團來訪，王市長並邀請巴拿馬市明年組隊參加"
        "「2019高雄國際划船賽」。"
    )
    race = named(got, "2019高雄國際划船賽")
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=race)
    assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=named(got, "巴拿馬市"), event=race)


def test_a_city_office_inviting_the_city_to_visit_its_city_asks_for_that_city() -> None:
    got = chapter(
        "107年3月15日，日本仙台市企劃調整局國際交流課課長鈴木一郎率該市經濟界人士一行10人來訪，"
        "拜會本府秘書處，並邀請本府於本年下半年派團訪問仙台市。"
    )
    sendai = named(got, "仙台市")
    assert rels(got, RelType.INVITED, source=sendai, target=KAOHSIUNG)
    assert not [r for r in rels(got, RelType.INVITED, target=KAOHSIUNG) if r.source != sendai]


def test_the_city_speaks_through_its_official_at_an_event_it_joins() -> None:
    got = chapter(
        "107年8月1日至5日，本府由王副市長率工務局及秘書處人員，前往日本仙台市，參加由仙台市主辦之"
        "「2018東北亞城市論壇」，王副市長並於分組會議中發表專題報告，介紹本市水岸再生之經驗。"
    )
    forum = named(got, "2018東北亞城市論壇")
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=forum, role="speaker")


def test_attending_that_qualifies_the_one_met_is_no_joining() -> None:
    got = chapter(
        "大會期間，該團拜會仙台市市長山田一郎，邀請仙台市明年組隊參加「2019高雄國際划船賽」，"
        "並與出席大會之紐西蘭威靈頓市市長約翰‧史密斯會晤。"
    )
    race = named(got, "2019高雄國際划船賽")
    (took_part,) = rels(got, RelType.PARTICIPATED_IN, source=named(got, "仙台市"), target=race)
    assert took_part.properties["status"] == "invited"


def test_attending_a_signing_ceremony_is_no_joining_the_event_spoken_of() -> None:
    got = chapter(
        "（一）參加「2018仙台七夕祭」",
        "本府於8月6日派員參加「2018仙台七夕祭」。",
        "嗣後，本府秘書處於12月20日派員赴仙台市，與該市國際交流課就「友好交流協議」之文本內容"
        "進行磋商，雙方初步同意於明年上半年完成簽署，屆時將由兩市市長共同出席簽約儀式。",
    )
    festival = named(got, "2018仙台七夕祭")
    assert not rels(got, RelType.PARTICIPATED_IN, source=named(got, "仙台市"), target=festival)


def test_an_invitation_recalled_in_thanks_tells_no_part() -> None:
    got = chapter(
        "另6月18日至20日，日本青森縣弘前市議會議長鈴木次郎率議員訪問團來訪，"
        "感謝本府於上半年邀請該市龍舟隊參加「2018高雄國際龍舟賽」。",
    )
    race = named(got, "2018高雄國際龍舟賽")
    city = named(got, "弘前市")
    assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=city, event=race)
    assert not rels(got, RelType.PARTICIPATED_IN, source=city, target=race)


def test_taking_part_after_talks_is_taking_part() -> None:
    """討論後出席「…」: the talks came first, then the taking part."""
    got = chapter("本府代表團與該市官員討論後出席「2018亞太城市論壇」，分享本市經驗。")
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, status="attended")


def test_one_acted_for_does_not_take_part() -> None:
    """本府秘書長代表王大明市長出席「…」: the city took part, the mayor did not."""
    got = chapter("6月5日，本府秘書長代表王大明市長出席「2018亞太城市論壇」並致詞。")
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, status="attended")
    assert not rels(got, RelType.PARTICIPATED_IN, source=named(got, "王大明"))


def test_a_representative_by_title_takes_part() -> None:
    """某事務所代表某某等…出席: 代表 is his title, and he took part."""
    got = chapter(
        "此外，日本交流協會台北事務所代表山田太郎等駐台使節亦出席「2018高雄燈會藝術節」開幕典禮。"
    )
    assert rels(got, RelType.PARTICIPATED_IN, source=named(got, "山田太郎"))


def test_the_inviter_is_no_leader_of_the_group_the_city_sends() -> None:
    got = chapter(
        "(一)107年5月3日，訪問團拜會美國奧克蘭市長史密斯（John Smith），史市長邀請本府組團出席"
        "明年「2019太平洋港市論壇」，本府已決定由副市長率團與會。"
    )
    forum = event_named(got, "太平洋港市論壇")
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=forum)
    assert not rels(got, RelType.PARTICIPATED_IN, source="person:史密斯", target=forum)
    assert not rels(got, RelType.PARTICIPATED_IN, source="city:us:oakland", target=forum)


def test_an_event_named_for_the_sister_city_gone_to_is_its_own() -> None:
    """「赴美國某某姊妹市參加「2018年某某鬱金香節」」: the place written with its tie
    before the verb is where the clause goes, and the event named for it is its own."""
    got = chapter(
        "(一)107年4月2日至6日，本府觀光局局長率員赴美國斯波坎姊妹市參加「2018年斯波坎紫丁香節」，"
        "於會場設置高雄攤位。"
    )
    fest = event_named(got, "斯波坎紫丁香節")
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=fest)
    assert rels(got, RelType.HOSTED, target=fest, source="city:us:spokane")


@pytest.mark.parametrize(
    "line",
    [
        "李副市長邀請朴市長出席本府主辦之「2018高雄港市論壇」。",
        "會談中李副市長代表陳市長面邀朴市長於本年11月率團來訪。",
    ],
)
def test_an_invitee_named_before_taken_up_by_surname_and_title(line: str) -> None:
    """「拜會該市市長朴大成…。李副市長面邀朴市長…來訪」: the mayor named in full before,
    now by surname and title, is the one the city invited (no official of its own)."""
    got = chapter(
        "(一)107年4月3日至7日，由李副市長率員赴韓國仁川市訪問，拜會該市市長朴大成，"
        "就兩市交流深入會談。" + line
    )
    assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=named(got, "朴大成"))


def test_an_outside_party_in_a_clause_of_its_own_is_not_led_by_the_citys_leader() -> None:
    """本府某局率本市廠商赴…參展，另某國某市亦派員參展: the bureau led the city's group,
    not the other city's."""
    got = chapter(
        "5月3日至6日，本府經發局率本市廠商赴日本東京參展「2018東京國際食品展」，"
        "另韓國釜山市亦派員參展。"
    )
    (busan,) = rels(got, RelType.PARTICIPATED_IN, source="city:kr:busan")
    assert "led_by" not in busan.properties
