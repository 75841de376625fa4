"""Tests of loaders/rules/invitations.py: who invited whom to what (邀請, 函邀, 應邀), and
invitations the city received, kept until a later sentence names their event."""

from __future__ import annotations

import pytest

from graph.model import Attendance, RelType
from tests.loaders.rules.helpers import (
    FESTIVAL_EDITION,
    FUKUOKA,
    H1_1992,
    H1_1993,
    H1_2019,
    H2_1987,
    H2_2018,
    KAOHSIUNG,
    chapter,
    event_named,
    invited_dates,
    named,
    rels,
    statuses,
    visitors_chapter,
)

STEEL_ART = "（二）主辦「2013高雄國際鋼雕藝術節」"


STEEL_ART_HELD = "1.本府文化局於102年11月2日至12月8日在駁二藝術特區舉辦「2013高雄國際鋼雕藝術節」。"


# (round 31a)
def test_teams_counted_after_an_invitation_to_a_class_took_part() -> None:
    ext = chapter(
        "本府於6月16日在愛河舉辦「2018高雄國際龍舟錦標賽」，邀請姊妹市及友好團體組隊參賽，"
        "計有丹佛高雄姊妹市協會、仁川市政府龍舟隊、沖繩縣龍舟協會及香港龍舟協會等4支外國隊伍，"
        "與國內18支隊伍同場競技。"
    )
    event = named(ext, "2018高雄國際龍舟錦標賽")
    for team in ("丹佛高雄姊妹市協會", "仁川市政府龍舟隊", "沖繩縣龍舟協會", "香港龍舟協會"):
        body = named(ext, team)
        assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=body), team
        took_part = rels(ext, RelType.PARTICIPATED_IN, source=body, target=event)
        assert [r.properties["status"] for r in took_part] == ["attended"], team
        assert rels(ext, RelType.VISITED, source=body, target=KAOHSIUNG), team
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert not any(party.startswith("city:") for party in invited)


# (round 31a)
def test_cities_invited_to_send_people_then_named_by_their_part() -> None:
    ext = chapter(
        "本府於5月21日至22日在本市主辦「2018高雄國際港灣都市研討會」，邀請姊妹市韓國仁川市、"
        "美國丹佛市及澳洲伯斯市派員與會，分別由仁川市副市長金大中、丹佛市議會議員史密斯及"
        "伯斯市議會主席布朗擔任主講人，計有來自4國約300人參加。"
    )
    event = named(ext, "2018高雄國際港灣都市研討會")
    for city in ("仁川市", "丹佛市", "伯斯市"):
        place = named(ext, city)
        assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=place, event=event), city
        took_part = rels(ext, RelType.PARTICIPATED_IN, source=place, target=event)
        assert [r.properties["status"] for r in took_part] == ["attended"], city
        assert rels(ext, RelType.VISITED, source=place, target=KAOHSIUNG), city
    for person in ("金大中", "史密斯", "布朗"):
        who = named(ext, person)
        assert not rels(ext, RelType.INVITED, target=who), person
        spoke = rels(ext, RelType.PARTICIPATED_IN, source=who, target=event)
        assert [r.properties.get("role") for r in spoke] == ["speaker"], person


# (round 31a)
def test_an_invitation_passed_on_asks_the_city_to_come() -> None:
    ext = chapter(
        "同年3月，仁川市副市長金大中來訪，會後並轉達仁川市市長朴南春之邀請，"
        "請本府於本年9月組團出席仁川市主辦之「2018亞太港灣城市市長會議」。"
    )
    incheon = named(ext, "仁川市")
    event = named(ext, "2018亞太港灣城市市長會議")
    assert rels(ext, RelType.INVITED, source=incheon, target=KAOHSIUNG, event=event)
    # one invitation: the conveying clause (轉達…之邀請) adds none without the event
    assert len(rels(ext, RelType.INVITED, source=incheon, target=KAOHSIUNG)) == 1
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG, target=incheon)
    going = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)
    assert [r.properties["status"] for r in going] == ["invited"]


# (round 31b)
def test_an_invitation_whose_event_the_next_clause_names() -> None:
    """「本府函邀A市、B市及C市，於明年端午節組隊來高參加「…」」: the cities were invited
    (on the day written) to the event the next clause names, and are only invited."""
    got = chapter(
        "11月15日，本府函邀姊妹市仁川市、西雅圖市及奧克蘭市，於明年端午節組隊來高參加"
        "「2019國際龍舟錦標賽」。",
        period="2018-07/2018-12",
    )
    race = event_named(got, "國際龍舟錦標賽")
    for city in ("仁川市", "西雅圖市", "奧克蘭市"):
        invited = rels(got, RelType.INVITED, source=KAOHSIUNG, target=named(got, city))
        assert [r.properties.get("date") for r in invited] == ["2018-11-15"], city
        took = rels(got, RelType.PARTICIPATED_IN, source=named(got, city), target=race)
        assert [r.properties["status"] for r in took] == [Attendance.INVITED], city


# (round 31b)
def test_troupes_invited_to_the_citys_festival_after_their_country_or_with_a_gloss() -> None:
    """Bodies listed after 邀請 may open with their country (泰國某某舞蹈團), carry a gloss
    (某某歌舞團（Some Ensemble）) and end the list with their coming (…來高演出)."""
    got = chapter(
        "10月5日至12日，本府於某某公園舉辦「2018高雄國際偶戲節」，邀請仁川市立舞蹈團、"
        "泰國清邁國家舞蹈團（Chiang Mai National Dance Company）及匈牙利多瑙民族歌舞團"
        "（Danube Ensemble）來高演出。",
        period="2018-07/2018-12",
    )
    fest = event_named(got, "國際偶戲節")
    for troupe in ("仁川市立舞蹈團", "清邁國家舞蹈團", "多瑙民族歌舞團"):
        body = named(got, troupe)
        assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=body), troupe
        took = rels(got, RelType.PARTICIPATED_IN, source=body, target=fest)
        assert [(r.properties["status"], r.properties.get("role")) for r in took] == [
            (Attendance.ATTENDED, "performer")
        ], troupe
        assert rels(got, RelType.VISITED, source=body, target=KAOHSIUNG), troupe


# (round 31b)
def test_an_invitation_from_a_glossed_mayor_by_letter() -> None:
    """「姊妹市某市市長某某（Latin Name）函邀本市出席…」: the gloss does not hide the
    inviter; the city is invited (on the day written) to the event to come."""
    got = chapter(
        "11月20日，姊妹市美國西雅圖市市長史東（Richard Stone）函邀本市出席該市將於2020年"
        "主辦之「2020太平洋城市論壇」。",
        period="2018-07/2018-12",
    )
    forum = event_named(got, "太平洋城市論壇")
    seattle = named(got, "西雅圖市")
    invited = rels(got, RelType.INVITED, source=seattle, target=KAOHSIUNG)
    assert [(r.properties.get("event"), r.properties.get("date")) for r in invited] == [
        (forum, "2018-11-20")
    ]
    took = rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=forum)
    assert [r.properties["status"] for r in took] == [Attendance.INVITED]


# (round 31b)
def test_an_invitation_in_the_letter_of_a_body() -> None:
    """「某國某某協會（Some Association）來函，邀請本市明年組團參加該會主辦之「…」」: the
    body whose letter the clause before told invited the city, on the letter's day."""
    got = chapter(
        "9月5日，日本札幌雪祭實行委員會（Sapporo Snow Festival Committee）來函，邀請本市"
        "明年二月組團參加該會主辦之「第70屆札幌雪祭」。",
        period="2018-07/2018-12",
    )
    body = named(got, "札幌雪祭實行委員會")
    invited = rels(got, RelType.INVITED, source=body, target=KAOHSIUNG)
    assert [r.properties.get("date") for r in invited] == ["2018-09-05"]


# (round 31b)
def test_an_invitation_conveyed_by_a_guest_is_made_by_the_inviters_city() -> None:
    """「某處長此行並轉達該市市長某某之邀請，盼陳市長於明年擇期訪問該市」: the city whose
    mayor's invitation was conveyed invited the city."""
    got = chapter(
        "5月2日至5日，西雅圖市政府國際關係處處長史東（Mark Stone）來訪，拜會本府秘書處。"
        "史東處長此行並轉達該市市長格林（Paul Green）之邀請，盼陳市長於明年擇期訪問西雅圖。"
    )
    assert rels(got, RelType.INVITED, source=named(got, "西雅圖市"), target=KAOHSIUNG)


# (round 31b)
def test_a_body_listed_with_cities_that_came_as_invited() -> None:
    """「計有姊妹市某市、某市及某國某某管理局各派一隊應邀來高」: the body came at the
    city's invitation as the cities did."""
    got = chapter(
        "6月16日至17日，本府於愛河舉辦「2018高雄國際龍舟錦標賽」。本年計有姊妹市仁川市、"
        "日本那霸市及泰國曼谷港務管理局各派一隊應邀來高，與國內隊伍同場競技。"
    )
    race = event_named(got, "國際龍舟錦標賽")
    for party in ("仁川市", "那霸市", "曼谷港務管理局"):
        pid = named(got, party)
        assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=pid), party
        took = rels(got, RelType.PARTICIPATED_IN, source=pid, target=race)
        assert [r.properties["status"] for r in took] == [Attendance.ATTENDED], party
        assert rels(got, RelType.VISITED, source=pid, start="2018-06-16"), party


# (round 31b)
def test_a_troupe_that_came_at_the_citys_invitation_played_at_its_concert() -> None:
    """「美國某某樂團應本府之邀來高訪問，本府於…舉辦「某某之夜」音樂會，由該團與本市學生
    樂團同台演出」: invited, it played at the concert named after its coming (not at an
    event an earlier item spoke of)."""
    got = chapter(
        "3月1日至4月27日，本府與日本某某美術館合作舉辦「2018日本版畫展」。",
        "7月5日至12日，美國西雅圖青年管弦樂團（Seattle Youth Orchestra）應本府之邀來高訪問，"
        "本府於文化中心舉辦「友誼之夜」音樂會兩場，由該團與本市學生樂團同台演出。",
    )
    troupe = named(got, "西雅圖青年管弦樂團")
    concert = event_named(got, "友誼之夜")
    assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=troupe)
    took = rels(got, RelType.PARTICIPATED_IN, source=troupe)
    assert [(r.target, r.properties.get("role")) for r in took] == [(concert, "performer")]
    assert not rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG)


# (round 31b)
def test_an_event_the_plans_section_organizes_is_the_citys_and_its_invitees_planned() -> None:
    """In a section on the work to come: 「…，並籌辦11月間之「…」，預定邀請某市立舞蹈團等
    國外團體來高演出」: the city holds the event; the troupe is to be invited."""
    got = chapter(
        "二、下半年工作重點",
        "下半年將持續推動與德班市之締約事宜，並籌辦11月間之「2018高雄國際偶戲節」，"
        "預定邀請仁川市立舞蹈團等國外團體來高演出。",
    )
    fest = event_named(got, "國際偶戲節")
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=fest)
    troupe = named(got, "仁川市立舞蹈團")
    assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=troupe)
    took = rels(got, RelType.PARTICIPATED_IN, source=troupe, target=fest)
    assert [r.properties["status"] for r in took] == [Attendance.PLANNED]


# (round 31b)
def test_each_troupe_invited_is_who_performs_after() -> None:
    """「邀請仁川市立舞蹈團、某國某某歌舞團來高演出，各團除於某廳公演外，並深入各區巡迴
    演出」: 各團 are the troupes invited, not the city the first one's name opens."""
    got = chapter(
        "10月5日至12日，本府於某某公園舉辦「2018高雄國際偶戲節」，邀請仁川市立舞蹈團、"
        "泰國清邁國家舞蹈團（Chiang Mai National Dance Company）來高演出，各團除於文化中心"
        "公演外，並深入各區學校巡迴演出，觀賞民眾逾六萬人次。",
        period="2018-07/2018-12",
    )
    assert not rels(got, RelType.PARTICIPATED_IN, source="city:kr:incheon")


# (round 31b)
def test_an_invitation_in_a_mayors_letter_is_dated_by_the_letter() -> None:
    """「4月間，某市市長某某（Latin Name）致函陳市長，正式邀請本市組團參加該市…之「…」」:
    the letter's month dates the invitation."""
    got = chapter(
        "4月間，西雅圖市市長史東（Mark Stone）致函陳市長，正式邀請本市組團參加該市每年8月"
        "舉辦之「2018西雅圖海洋節」。"
    )
    invited = rels(got, RelType.INVITED, source=named(got, "西雅圖市"), target=KAOHSIUNG)
    assert [r.properties.get("date") for r in invited] == ["2018-04"]


# (round 31b)
def test_an_invitation_made_in_person_is_the_speakers_city() -> None:
    """「朴市長於會談中表示，…，並當面邀請本市屆時派員前往觀摩」: the mayor's city
    invited the city."""
    got = chapter(
        "3月8日，仁川廣域市市長朴大明率團來訪。朴市長於會談中表示，仁川將於5月舉辦第二屆"
        "東亞青年運動會，並當面邀請本市屆時派員前往觀摩。"
    )
    assert rels(got, RelType.INVITED, source=named(got, "仁川廣域市"), target=KAOHSIUNG)


# 5. an invitation the city asks a guest to pass on (請其轉達對某市長之邀請) is the city's,
# not the guest's city inviting it (review 31)
def test_an_invitation_the_city_asks_a_guest_to_convey_is_not_of_the_guests_city() -> None:
    ext = chapter(
        "1.5月3日，日本大阪市國際課課長佐藤健拜會陳市長，陳市長請其轉達對大阪市長吉村洋文之邀請，"
        "盼吉村市長明年來訪。"
    )
    assert not rels(ext, RelType.INVITED, target=KAOHSIUNG)


# 5. a country written as an item of a list of invited cities (…甲市、乙市及新加坡組隊
# 參加): invited too, as a city-state sends its team like the cities (round 33b)
def test_a_country_listed_among_invited_cities_is_invited() -> None:
    ext = chapter(
        "本府已於10月間函邀日本熊本市、韓國釜山市及新加坡組隊參加明年舉辦之"
        "「2019高雄國際龍舟錦標賽」，其餘城市尚在聯繫中。"
    )
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    # a country is no party to invite (DESIGN §3): the city-state's city is invited
    assert "city:sg:singapore" in invited
    assert named(ext, "熊本市") in invited
    assert not {t for t in invited if t.startswith("country:")}


# (round 33b)
def test_a_country_naming_the_city_invited_is_not_invited_itself() -> None:
    ext = chapter("本府已函邀日本熊本市及韓國釜山市組隊參加「2019高雄國際龍舟錦標賽」。")
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert invited == {named(ext, "熊本市"), named(ext, "釜山市")}


# (round 33b)
def test_a_country_opening_a_listed_body_is_not_invited_itself() -> None:
    ext = chapter(
        "本府邀請日本熊本市、韓國釜山市及泰國曼谷皇家舞蹈團來高參加「2019高雄國際民俗藝術節」。"
    )
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert not {t for t in invited if t.startswith("country:")}


# 6. a list of invited guests closing with a body whose representatives are unnamed
# (…處長某某及某某商會等單位代表，總計…): the body was invited and attended (round 33b)
def test_a_body_closing_a_list_of_invited_guests_with_its_unnamed_delegates() -> None:
    ext = chapter(
        "本府於107年5月3日舉辦「2018駐台使節高雄城市巡禮」，邀請帛琉共和國駐華大使館大使歐克麗、"
        "日本台灣交流協會高雄事務所所長中川誠及台北市日本工商會等單位代表，總計來自10國約30人參加。"
    )
    chamber = named(ext, "台北市日本工商會")
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=chamber)
    assert rels(ext, RelType.PARTICIPATED_IN, source=chamber)


# 9. a country qualifying the noun after it in a list of invited (韓國、日本之民間團體,
# 美國派駐高雄之官員, 美國等地之姊妹市代表) is not itself invited (review 33)
@pytest.mark.parametrize(
    "tail",
    ["及韓國、日本之民間團體參加。", "及美國派駐高雄之官員參加。", "及美國等地之姊妹市代表參加。"],
)
def test_a_country_qualifying_a_listed_noun_is_not_invited(tail: str) -> None:
    ext = chapter(
        f"本府於三月十日舉辦「高雄國際港灣城市研討會」，邀請大分市、釜山市{tail}", period=H1_1992
    )
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert not [t for t in invited if t.startswith("country:")]


# 2. an invitation told in the passive with 經 (經某市邀請，本府由…前往某市參加…): the
# place or the body written between invited the city, as with 應…之邀 (round 34b)
def test_an_invitation_told_with_jing_is_the_inviters() -> None:
    ext = chapter(
        "十月上旬，經熊本市邀請，本府由秘書處王專門委員率員二人前往熊本市，"
        "參加該市主辦之「第十屆熊本市民祭」慶祝活動。",
        "另經橫濱市港務局邀請，本府由海洋局陳局長率員三人，於十一月上旬赴橫濱市"
        "出席「亞洲港口城市論壇」。",
        period="2018-07/2018-12",
    )
    inviters = {r.source for r in rels(ext, RelType.INVITED, target=KAOHSIUNG)}
    assert {named(ext, "熊本市"), named(ext, "橫濱市港務局")} <= inviters


# (round 34b)
def test_words_opening_with_jing_are_no_invitation() -> None:
    ext = chapter(
        "經濟部邀請本府海洋局派員出席「亞洲港口城市論壇」，本府由陳局長前往橫濱市參加。",
        period="2018-07/2018-12",
    )
    assert not rels(ext, RelType.INVITED, target=KAOHSIUNG)


# 3. a guest inviting the city on behalf of a body, the clause before naming it (某市長
# 並代表某某管理局，邀請本府明年組團參加「…」): the body invites, and holds the event (round 34b)
def test_an_invitation_made_for_a_body_is_the_bodys() -> None:
    ext = chapter(
        "熊本市長大西一史於十月中旬率該市官員四人來訪。大西市長行前並代表熊本港灣管理局，"
        "邀請本府明年組團參加「二○一九年熊本港灣國際商展」，本府已請經發局預為規劃。",
        period="2018-07/2018-12",
    )
    body = named(ext, "熊本港灣管理局")
    event = named(ext, "二○一九年熊本港灣國際商展")
    inviters = {r.source for r in rels(ext, RelType.INVITED, target=KAOHSIUNG)}
    assert inviters == {body}
    assert {r.source for r in rels(ext, RelType.HOSTED, target=event)} == {body}


# 6. invitations referred back to (某局及某市之參展邀請已如前述): nothing new is told (round 34b)
def test_invitations_told_before_add_nothing() -> None:
    ext = chapter(
        "熊本市已邀請本府明年六月組團參加該市主辦之「第十屆熊本市民祭」；此外，"
        "橫濱市港務局及大阪市之參展邀請如前所述，本府將依明年度預算審慎規劃辦理。",
        period="2018-07/2018-12",
    )
    event = named(ext, "第十屆熊本市民祭")
    joining = {r.source for r in rels(ext, RelType.PARTICIPATED_IN, target=event)}
    assert joining == {KAOHSIUNG}


# 14. an invitation to come of the one just called on, by pronoun (並拜會某市長某某，當面
# 邀請其於國慶期間來訪): the city invited that person (round 34b)
def test_an_invitation_to_come_by_pronoun_is_of_the_one_met() -> None:
    ext = chapter(
        "本年八月，本府經發局曾組團赴熊本市參加「二○一八年熊本國際產業商展」，並拜會熊本市長"
        "大西一史，當面邀請其於國慶期間來訪。",
        period="2018-07/2018-12",
    )
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert invited == {named(ext, "大西一史")}


# 8. an invitation to a counted class of cities (函邀三姊妹市, 函邀兩友好城市) is answered by
# the cities listed after it, each invited on the day the letters went (round 35a)
def test_an_invitation_to_a_counted_class_of_cities() -> None:
    ext = chapter(
        "一、本府前於三月間函邀三姊妹市選派學生代表參加之「2018高雄國際青少年夏令營」，"
        "已於七月十八日至二十七日在本市順利舉辦，計有日本熊本市、美國哥倫布市及應邀加入之"
        "法國里昂市等三市青少年六十人參加。"
    )
    invited = {r.target: r.properties.get("date") for r in rels(ext, RelType.INVITED)}
    assert invited == {
        named(ext, "熊本市"): "2018-03",
        named(ext, "哥倫布市"): "2018-03",
        named(ext, "里昂市"): "2018-03",
    }


# 9. 應邀 qualifying a party listed (計有甲市、乙市及應邀加入之丙市等三市…): that party came
# at the invitation too (round 35a)
def test_a_party_qualified_as_invited_in_a_list_took_part() -> None:
    ext = chapter(
        "四、本府於六月十一日至十三日舉辦「2018高雄國際龍舟錦標賽」，"
        "計有日本熊本市、美國哥倫布市及應邀加入之法國里昂市等三支國外隊伍參賽。"
    )
    took_part = {r.source for r in rels(ext, RelType.PARTICIPATED_IN)}
    assert named(ext, "里昂市") in took_part
    assert rels(ext, RelType.INVITED, target=named(ext, "里昂市"))


# 10. an invitation the city accepts (函復某市，接受該市邀請，同意於…派團出席「…」) is one
# it received, and its going is planned (round 35a)
@pytest.mark.parametrize(
    "sentence",
    [
        "一、107年1月20日　本府函復日本熊本市，接受該市邀請，"
        "同意於本年十月派團出席「2018熊本市民節」慶祝活動。",
        "一、107年1月20日　本府接受日本熊本市之邀請，允諾於十月派員出席「2018熊本市民節」。",
    ],
)
def test_an_invitation_accepted(sentence: str) -> None:
    ext = chapter(sentence)
    kumamoto = named(ext, "熊本市")
    assert rels(ext, RelType.INVITED, source=kumamoto, target=KAOHSIUNG)
    (going,) = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert going.properties["status"] == "planned"
    assert not rels(ext, RelType.PARTICIPATED_IN, source=kumamoto)


# 17. a guest named in full, then by a surname of two and title, inviting the city in
# person (大西市長並當面邀請本府組隊參加…): the place whose title he holds invites (round 35a)
@pytest.mark.parametrize("adverb", ["並", "並當面", "亦親自"])
def test_a_guest_by_surname_invites_for_his_place(adverb: str) -> None:
    ext = chapter(
        "一、七月十二日，日本熊本市市長大西一史率團來訪，"
        f"大西市長{adverb}邀請本府組隊參加明年五月舉行之「2019熊本龍舟競賽」。"
    )
    kumamoto = named(ext, "熊本市")
    assert rels(ext, RelType.INVITED, source=kumamoto, target=KAOHSIUNG)
    assert rels(ext, RelType.HOSTED, source=kumamoto)


# 23. a party come here at the invitation to join an event (某市隊伍本年六月應邀來高參加
# 「…」), the event named for the city: the city held it and invited them, and they joined
# (round 35a)
def test_coming_here_at_the_invitation_to_the_citys_event() -> None:
    ext = chapter(
        "一、七月十二日，日本熊本市市長大西一史率團專程來訪，本府已允諾明年組隊參賽，"
        "以回報熊本市隊伍本年六月應邀來高參加「2018高雄國際龍舟錦標賽」之盛情。"
    )
    kumamoto = named(ext, "熊本市")
    (race,) = {r.target for r in rels(ext, RelType.HOSTED, source=KAOHSIUNG)}
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=kumamoto)
    assert rels(ext, RelType.PARTICIPATED_IN, source=kumamoto, target=race)


# 5. cities invited to send their people, then each one's named with 由…分別 (會中由甲市
# 某局局長某某、乙市某某分別發表專題演講): the cities are the invitees, not the people (round 35b)
def test_cities_invited_to_send_then_their_people_in_turn() -> None:
    ext = chapter(
        "5月20日至22日，本府於漢來大飯店主辦「2018亞太海洋城市論壇」，邀請姊妹市熊本市、"
        "邁阿密市暨八王子市、宿霧市等四城市派員與會，四城市均派代表出席，國內外學者計一百餘人"
        "參加，會中由熊本市港灣局局長山田太郎、邁阿密港務局（Port of Miami）副執行長史密斯"
        "（John Smith）分別發表專題演講，八王子市市議員鈴木一郎則擔任綜合座談與談人，"
        "會後並發表共同聲明。"
    )
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    cities = {named(ext, n) for n in ("熊本市", "邁阿密市", "八王子市", "宿霧市")}
    assert invited == cities
    (spoke,) = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "山田太郎"))
    assert spoke.properties["role"] == "speaker"
    assert not [e for e in ext.entities if e.name_zh == "出席"]


# (round 35b)
def test_then_before_the_part_played_ends_the_name() -> None:
    ext = chapter("本府主辦「2018亞太海洋城市論壇」，八王子市市議員鈴木一郎則擔任綜合座談與談人。")
    (part,) = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "鈴木一郎"))
    assert part.properties["role"] == "panelist"


# 18. a team of the city named with 本市 before 應…之邀 (本市某國小少棒隊應某市之邀，
# 由教育局派員帶隊赴…): the team was invited and went (round 35b)
def test_a_home_team_named_after_our_city_word_went_as_invited() -> None:
    ext = chapter(
        "二月二十六日至三月一日，本市光明國小少棒隊應熊本市之邀，由教育局派員帶隊赴日本熊本市，"
        "參加熊本市少年棒球聯盟主辦之「2018熊本國際少年棒球邀請賽」，榮獲亞軍。"
    )
    team = named(ext, "光明國小少棒隊")
    assert rels(ext, RelType.VISITED, source=team, target=named(ext, "熊本市"))
    assert rels(ext, RelType.INVITED, source=named(ext, "熊本市"), target=team)


# (round 35b)
def test_a_home_team_invited_takes_part_in_the_event_it_was_invited_to() -> None:
    ext = chapter(
        "二月二十六日至三月一日，本市光明國小少棒隊應熊本市之邀，由教育局派員帶隊赴日本熊本市，"
        "參加熊本市少年棒球聯盟主辦之「2018熊本國際少年棒球邀請賽」，榮獲亞軍。"
    )
    team = named(ext, "光明國小少棒隊")
    cup = named(ext, "2018熊本國際少年棒球邀請賽")
    assert rels(ext, RelType.PARTICIPATED_IN, source=team, target=cup)
    assert rels(ext, RelType.INVITED, source=named(ext, "熊本市"), target=team, event=cup)


# 3. the cities answering an invitation to a class of them, listed and closed by the
# count of all the teams competing (計有甲市、乙市等二個姊妹市及國內隊伍共二十隊參賽,
# 共18隊參加): they took part, and came (round 35c)
@pytest.mark.parametrize("count", ["共二十隊參賽", "共20隊參賽", "共計十八隊參加"])
def test_cities_listed_in_the_count_of_teams_took_part(count: str) -> None:
    ext = chapter(
        "本府於6月假愛河舉辦「2018高雄國際龍舟錦標賽」，並邀請姊妹市組隊參加，"
        f"計有熊本市、西雅圖市等二個姊妹市及國內民間隊伍{count}（107.6.4～6.5）。"
    )
    for city in ("熊本市", "西雅圖市"):
        pid = named(ext, city)
        assert rels(ext, RelType.INVITED, target=pid)
        assert rels(ext, RelType.PARTICIPATED_IN, source=pid, status="attended")
        assert rels(ext, RelType.VISITED, source=pid, target=KAOHSIUNG)


# 5. the inviter named as a body of a place (經某市港灣局邀請, 應某市觀光局之邀): that body
# invited the city, not its place; a place's government (應某市政府之邀) is the place (round 35c)
@pytest.mark.parametrize("opening", ["經橫濱市港灣局邀請", "應橫濱市港灣局之邀"])
def test_a_body_inviting_the_city_to_an_event_abroad(opening: str) -> None:
    ext = chapter(
        f"{opening}，本府由海洋局王局長率員三人，於十一月上旬赴橫濱市出席該市主辦之"
        "「2018亞洲港口城市會議」。"
    )
    (invited,) = rels(ext, RelType.INVITED, target=KAOHSIUNG)
    assert invited.source == named(ext, "橫濱市港灣局")


# (round 35c)
def test_a_place_government_inviting_is_the_place() -> None:
    ext = chapter(
        "應橫濱市政府之邀，本府由海洋局王局長率員三人，於十一月上旬赴橫濱市出席該市主辦之"
        "「2018亞洲港口城市會議」。"
    )
    (invited,) = rels(ext, RelType.INVITED, target=KAOHSIUNG)
    assert invited.source == "city:jp:yokohama"


# 7. coming at the invitation of the city's official named in full (應陳其邁市長之邀): the
# city invited the guest, as with 應本府之邀; a foreign official so named is no home one (round 35c)
def test_coming_at_the_home_mayors_invitation() -> None:
    ext = chapter(
        "陳其邁市長於3月1日主持市政會議。",
        "（1）西雅圖市長哈瑞爾應陳其邁市長之邀，率該市經貿訪問團一行二十五人於107年9月18日"
        "至21日來訪。",
    )
    (invited,) = rels(ext, RelType.INVITED, target=named(ext, "哈瑞爾"))
    assert invited.source == KAOHSIUNG


# (round 35c)
def test_coming_at_a_foreign_mayors_invitation_is_not_the_citys() -> None:
    ext = chapter(
        "釜山市長朴炯埈於3月1日致函本府。",
        "（1）首爾市長吳世勳應朴炯埈市長之邀，於107年9月18日訪問釜山。",
    )
    assert not rels(ext, RelType.INVITED, source=KAOHSIUNG)


# (round 35c)
def test_the_home_mayor_named_first_in_the_invitation() -> None:
    ext = chapter(
        "（1）西雅圖市長哈瑞爾應陳其邁市長之邀，率該市經貿訪問團一行二十五人於107年9月18日"
        "至21日來訪。"
    )
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "陳其邁"), target=KAOHSIUNG)
    (invited,) = rels(ext, RelType.INVITED, target=named(ext, "哈瑞爾"))
    assert invited.source == KAOHSIUNG
    # the guest came; the mayor inviting did not
    assert rels(ext, RelType.VISITED, source=named(ext, "哈瑞爾"), target=KAOHSIUNG)
    assert not rels(ext, RelType.VISITED, source=named(ext, "陳其邁"))


# 10. the city's official named in full answering an invitation (陳其邁市長應熊本市之邀,
# 陳其邁市長應大西一史市長之邀): he was invited, by the place (or the inviter's city) (round 35c)
@pytest.mark.parametrize("inviter", ["熊本市", "大西一史市長"])
def test_the_home_official_named_is_the_one_invited(inviter: str) -> None:
    ext = chapter(
        "熊本市長大西一史於1月來函。",
        "陳其邁市長於3月1日主持市政會議。",
        f"○陳其邁市長應{inviter}之邀，率本府經發局人員一行十人訪問熊本市，考察港灣建設"
        "（107.4.13～4.17）。",
    )
    (invited,) = rels(ext, RelType.INVITED, target=named(ext, "陳其邁"))
    assert invited.source == "city:jp:kumamoto"


# 11. a body's representative unnamed, the last of an invitee list (…及法國某公司交通系統部門
# 代表來高發表專題演講): the body was invited and came; 來高 (coming to the city) is no name
# (round 35c)
def test_a_bodys_unnamed_representative_closing_a_list() -> None:
    ext = chapter(
        "捷運局於11月28日至29日主辦「2018高雄軌道運輸國際研討會」，邀請東京地下鐵公司營運副總裁"
        "山本一郎、首爾地鐵公司工程總監朴大中及法國阿爾斯通公司交通系統部門代表來高發表專題演講，"
        "計有中央及地方機關三百餘人與會。"
    )
    assert not [e for e in ext.entities if e.name_zh == "來高"]
    company = named(ext, "法國阿爾斯通公司")
    assert rels(ext, RelType.INVITED, target=company)
    assert rels(ext, RelType.PARTICIPATED_IN, source=company, role="speaker")


# 12. an invitation told in person (某市長並當面邀請本府…, 他並當面邀請本府…): the
# inviter is the one the sentence or the one before names (round 35d)
def test_an_invitation_made_in_person_is_the_inviters() -> None:
    ext = chapter(
        "本府王副市長於4月12日拜會仁川廣域市長吳光一。吳市長並當面邀請本府於十月間組團參加"
        "「仁川市民之日」慶祝活動。",
        period="2019-01/2019-06",
    )
    event = named(ext, "仁川市民之日")
    assert rels(ext, RelType.INVITED, source=named(ext, "仁川廣域市"), target=KAOHSIUNG)
    assert rels(ext, RelType.HOSTED, source=named(ext, "仁川廣域市"), target=event)


# (round 35d)
def test_an_invitation_by_he_is_of_the_one_the_sentence_before_named() -> None:
    ext = chapter(
        "本府王副市長於4月12日拜會仁川廣域市長吳光一。吳市長致詞時指出：「我們希望與高雄的"
        "友誼延伸到校園。」他並當面邀請本府於十月間組團參加「仁川市民之日」慶祝活動。",
        period="2019-01/2019-06",
    )
    assert rels(ext, RelType.INVITED, source=named(ext, "仁川廣域市"), target=KAOHSIUNG)


# 11. an invitation accepted, the going then told as not possible (接受該市邀請，惟因預算
# 不足，未能派團出席「…」): invited, not planned (review 35a)
def test_an_invitation_accepted_but_not_answered_by_going_is_invited() -> None:
    ext = visitors_chapter(
        "（一）三月二日，本府函復日本熊本市，接受該市邀請，惟因預算不足，"
        "未能派團出席「熊本城國際論壇」。"
    )
    statuses = {
        r.properties.get("status") for r in rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    }
    assert statuses == {"invited"}


# 12. a guest by surname inviting the city to an event another holds (參加九州地區聯合舉辦
# 之「…」) invites on the day he came, and his city holds nothing (review 35a)
def test_an_invitation_to_an_event_another_holds() -> None:
    ext = visitors_chapter(
        "（一）八十二年三月五日，日本熊本市市長大西一郎率團來訪，由吳市長接見，"
        "大西市長並當面邀請本府組隊參加九州地區聯合舉辦之「亞洲港灣論壇」。"
    )
    (invited,) = rels(ext, RelType.INVITED, target=KAOHSIUNG)
    assert invited.source == named(ext, "熊本市")
    assert invited.properties.get("date") == "1993-03-05"
    assert not rels(ext, RelType.HOSTED)


# 9. 他 after a quotation in the same sentence is the one that sentence named first (review 35d)
def test_he_after_a_quote_in_the_same_sentence_invites() -> None:
    ext = chapter(
        "（一）日本青森市市長佐藤健一於三月五日率團來訪，佐藤市長致詞指出：「兩市友誼深厚。」"
        "他並當面邀請本府於八月組團參加「青森睡魔祭」。",
        period=H1_1993,
    )
    assert rels(ext, RelType.INVITED, source=named(ext, "青森市"), target=KAOHSIUNG)


# (review 35d)
def test_he_after_the_home_mayors_quote_invites_no_one() -> None:
    ext = chapter(
        "（一）日本青森市市長佐藤健一於三月五日率團來訪，吳市長致詞指出：「兩市友誼深厚。」"
        "他並當面邀請本府於八月組團參加「青森睡魔祭」。",
        period=H1_1993,
    )
    assert not rels(ext, RelType.INVITED)


# 17. an invitation made on the occasion the sentence before told (…三月間來訪。本府也
# 藉此機會…邀請某市長於本年秋天率團來訪): dated by that occasion, not the visit asked for
# (round 36a)
def test_an_invitation_on_this_occasion_is_dated_by_it() -> None:
    ext = chapter(
        "三月間，韓國仁川市副市長金大成率團來訪，本府特地在市府親自接見。"
        "本府也藉此機會，託請金副市長轉達本府的誠意，邀請仁川市朴英植市長於本年秋天率團來訪。",
        period="1995-01/1995-06",
    )
    invited = rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "朴英植"))
    assert [i.properties.get("date") for i in invited] == ["1995-03"]


# 22. the city, invited to the event spoken of, deciding to accept the invitation (本府已
# 決定接受邀請，由…籌組文化訪問團前往): it plans to take part (round 36a)
def test_accepting_the_invitation_plans_to_take_part() -> None:
    ext = chapter(
        "布里斯本市市長蘇菲（Sophie Lee）特別致函本府，"
        "邀請本府組團參加該市本年九月間舉辦的「春季藝術節」。"
        "這項藝術節是該市每年最盛大的文化活動，本府已決定接受邀請，"
        "由文化中心管理處及教育局共同籌組文化訪問團前往。",
        period="1995-01/1995-06",
    )
    joined = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert [j.properties.get("status") for j in joined] == [Attendance.PLANNED]


# 14. an invitation a guest made, told in a card's results with no day of its own
# (成果：某市長邀請本府明年派員訪問該市): made on the card's date (round 36b)
def test_an_invitation_in_a_cards_results_is_of_the_cards_day() -> None:
    ext = chapter(
        "（一）",
        "案由：秘魯利馬市市長來訪",
        "日期：107.9.18",
        "來訪人員：秘魯共和國利馬市市長卡洛斯‧羅培茲（Carlos Lopez）",
        "經過：一行拜會本府，參觀港區。",
        "成果：羅培茲市長邀請本府明年派員訪問該市。",
    )
    invited = rels(ext, RelType.INVITED, target=KAOHSIUNG)
    assert [(i.source, i.properties.get("date")) for i in invited] == [
        (named(ext, "利馬市"), "2018-09-18")
    ]


# 7. a guest not coming to the city's event spoken of, no event named (某市…表示未能
# 成行, 某市…來函婉拒, 亦在邀請之列，嗣因…未能成行): invited, not there; not a guest
# kept from a signing the sentence told (round 36c)
def test_a_guest_whose_trip_was_not_made_was_invited() -> None:
    ext = chapter(
        "（２）「二○一八高雄國際音樂節」。本府於十一月十二日至十四日舉辦，本處事先函邀各姊妹市"
        "組團參加。美國哥倫布市因預算問題來函婉拒；韓國光州廣域市則因人力不足，表示未能成行。",
        period="2018-07/2018-12",
    )
    event = named(ext, "二○一八高雄國際音樂節")
    for city in ("哥倫布市", "光州廣域市"):
        taking = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, city), target=event)
        assert [str(t.properties.get("status")) for t in taking] == ["invited"]
        assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, city))


# (round 36c)
def test_a_guest_kept_from_a_signing_is_not_invited_to_the_event() -> None:
    ext = chapter(
        "本府於五月十一日主辦「2016國際港灣論壇」，計有日本橫濱市等城市代表與會。本府原規劃於"
        "論壇期間與菲律賓宿霧市簽署姊妹市協定，惟該市市長因故未能成行。",
        period="2016-01/2016-06",
    )
    assert not rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "宿霧市"))


# 18. a bureau convening the city's own people into its delegation (某局邀集本市業者組團
# 赴某國參加「…」): no invitation; the city took part (round 36c)
def test_convening_the_citys_own_group_is_no_invitation() -> None:
    ext = chapter(
        "3月22日至28日，建設局邀集本市工商業者二十餘家組團赴新加坡參加「2018亞洲國際貿易博覽會」。",
        period="2018-01/2018-06",
    )
    taking = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert [str(t.properties.get("status")) for t in taking] == ["attended"]


# 9. the parties a sentence lists before a passive invitation said of all of them
# (…，以及…，均應本府邀請專程來訪) at the city's own event: the city invited each city,
# and they and their leaders took part in it (round 36d)
def test_all_invited_by_the_city_to_its_event_were_invited_and_took_part() -> None:
    ext = chapter(
        "〔108.2.21〕本府主辦之「高雄市108年元宵燈會」，昨（二十）日晚間揭幕。日本熊本市市議員"
        "田中一郎率領之熊本市友好訪問團一行八人，以及韓國仁川廣域市副市長朴永浩率領之仁川市"
        "親善訪問團一行十人，均應本府邀請專程來訪，並與陳市長一同按鈕點燈。",
        period="2019-01/2019-06",
    )
    festival = "event:kaohsiung-lantern-festival:2019"
    invited = rels(ext, RelType.INVITED, source=KAOHSIUNG, event=festival)
    assert sorted(i.target for i in invited) == sorted(
        [named(ext, "熊本市"), named(ext, "仁川廣域市")]
    )
    for party in ("熊本市", "仁川廣域市", "田中一郎", "朴永浩"):
        took_part = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, party), target=festival)
        assert [p.properties.get("status") for p in took_part] == ["attended"]


# 10. a commitment told as yet to be made (預計七月底前可確定參賽隊伍): no answer, so
# invitees still deciding (仍在研議中) stay invited (round 36d)
def test_a_decision_yet_to_be_made_leaves_the_undecided_invited() -> None:
    ext = chapter(
        "〔108.6.14〕本府訂於本年十月十日至十五日舉辦「108年高雄市國際少年棒球邀請賽」，"
        "教育局日前已正式函邀熊本、仙台兩姊妹市各組一隊參賽。教育局表示，目前熊本市已回覆"
        "將派隊參加，仙台市則仍在研議中，預計七月底前可確定參賽隊伍。",
        period="2019-01/2019-06",
    )
    status = {r.source: r.properties.get("status") for r in rels(ext, RelType.PARTICIPATED_IN)}
    assert status == {named(ext, "熊本市"): "planned", named(ext, "仙台市"): "invited"}


# 19. taking part at an invitation, the host named right before the event (應邀參加該市
# 主辦之「…」): the host invited the party (round 36d)
def test_joining_at_the_invitation_of_the_host_named_before_the_event() -> None:
    ext = chapter(
        "〔108.6.20〕陳其邁市長率領本府秘書處、觀光局人員一行十人組成之訪日團，於本月八日啟程，"
        "昨（十九）日晚間返抵國門。此行首站前往姊妹市日本熊本市，應邀參加該市主辦之"
        "「第三十屆火之國祭」，本府並以花車參加十日的遊行。",
        period="2019-01/2019-06",
    )
    invited = rels(ext, RelType.INVITED, source=named(ext, "熊本市"), target=KAOHSIUNG)
    assert [i.properties.get("event") for i in invited] == [named(ext, "第三十屆火之國祭")]


# 22. a guest's quoted hope that the city comes (某會長表示，「希望高雄市政府能組團前來
# 觀摩，…」) to the event spoken of: his body invited the city to it (round 36d)
def test_a_guests_quoted_hope_that_the_city_comes_is_an_invitation() -> None:
    ext = chapter(
        "〔108.6.5〕日本熊本縣議會日華親善議員連盟會長田中一郎，率領該連盟縣議員一行十一人，"
        "昨（四）日下午拜會市府。田中會長表示，熊本市自三月起舉辦「國際花卉博覽會」，"
        "「希望高雄市政府能組團前來觀摩，也歡迎高雄市民到熊本走走」。",
        period="2019-01/2019-06",
    )
    league = named(ext, "熊本縣議會日華親善議員連盟")
    invited = rels(ext, RelType.INVITED, source=league, target=KAOHSIUNG)
    assert [i.properties.get("event") for i in invited] == [named(ext, "國際花卉博覽會")]


# 24. a group qualified by who invited it here, its coming told after a relative day
# (〔108.4.27〕由某部邀請來華訪問之某記者團一行九人，昨（二十六）日抵達本市參訪): the group
# came (記者團 a kind of the seed list), and the body named after 由 invited it (round 36d)
def test_a_group_invited_here_by_a_body_came_and_was_invited_by_it() -> None:
    ext = chapter(
        "【東南亞友邦記者團參訪本市】",
        "〔108.4.27〕由外交部邀請來華訪問之東南亞友邦記者團一行八人，昨（二十六）日抵達本市參訪。"
        "記者團由本府新聞處安排參觀高雄港，今（二十七）日轉往臺南。",
        period="2019-01/2019-06",
    )
    group = named(ext, "東南亞友邦記者團")
    came = rels(ext, RelType.VISITED, source=group, target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in came] == [
        ("2019-04-26", "2019-04-27")
    ]
    assert rels(ext, RelType.INVITED, source=named(ext, "外交部"), target=group)


# 15. an inviter whose name closes with its gloss (應某某協會（Some Association）之邀):
# the body invited the city to the event it holds (round 36e)
def test_an_inviter_closed_by_its_gloss_invites_the_city() -> None:
    ext = chapter(
        "一、六月五日至十一日，本府由秘書處及民政局共同組團，應西雅圖海洋節協會（Seattle Seafair "
        "Association）之邀，赴西雅圖市參加該協會主辦之「第四十屆海洋節」，參與花車大遊行。",
        period="1991-01/1991-06",
    )
    inviter = named(ext, "西雅圖海洋節協會")
    assert rels(ext, RelType.INVITED, source=inviter, target=KAOHSIUNG)


# 4. the occasion taken (藉此機會) told in the same sentence, with its own date (三月十五日，
# 某市副市長來訪，本府藉此機會邀請…): that date, not the one of the sentence before (review 36a)
def test_an_occasion_told_in_the_same_sentence_dates_the_invitation() -> None:
    ext = chapter(
        "一月間，本府觀光局赴韓國首爾推廣觀光。",
        "三月十五日，韓國仁川市副市長金大成率團來訪，"
        "本府藉此機會邀請仁川市朴英植市長率團參加「高雄燈會」。",
    )
    assert invited_dates(ext, "朴英植") in (["2018-03-15"], [None])


# 1. the city convening other cities to its event (本府邀集某市、某市等姊妹市代表來高
# 參加「…」, 主辦「…」，邀集某市等城市市長與會): an invitation; nothing says they came (review 36c)
@pytest.mark.parametrize(
    "line",
    [
        "本府邀集日本八王子市、韓國光州廣域市等姊妹市代表來高參加「2018國際港灣論壇」。",
        "本府於五月十一日主辦「2018國際港灣論壇」，邀集日本八王子市、韓國光州廣域市及美國哥倫布市"
        "等城市市長與會。",
    ],
)
def test_convening_other_cities_invites_them(line: str) -> None:
    ext = chapter(line)
    event = named(ext, "2018國際港灣論壇")
    for city in ("八王子市", "光州廣域市"):
        assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, city))
        taking = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, city), target=event)
        assert [str(t.properties.get("status")) for t in taking] == ["invited"]
        assert not rels(ext, RelType.VISITED, source=named(ext, city))
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=event)


# (review 36c)
def test_convening_then_one_named_coming() -> None:
    ext = chapter(
        "本府於五月十一日主辦「2018國際港灣論壇」，邀集日本八王子市等姊妹市代表與會，計有八王子市"
        "副市長山田一郎出席。"
    )
    event = named(ext, "2018國際港灣論壇")
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "八王子市"))
    assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "山田一郎"), target=event)


# 2. a trip not made for another errand, to another place, at a time of its own, or by
# the city's own people (市長原訂…訪問某市，因…未能成行; 某市長原擬…來訪洽談經貿合作，
# …未能成行; 另某市市長原訂十月來訪，因颱風未能成行) is no invitation to the event the
# item titles; nor is a tie declined (對締結姊妹市一事來函婉拒) (review 36c)
@pytest.mark.parametrize(
    "line",
    [
        "陳其邁市長原訂十一月下旬率團訪問日本八王子市，因公務繁忙未能成行。",
        "美國哥倫布市市長金恩原擬於十二月率團來訪洽談經貿合作，嗣因議會審查預算未能成行。",
        "計有國內外樂團二十團參加。另日本八王子市市長石森孝志原訂十月來訪，因颱風未能成行。",
        "美國哥倫布市對締結姊妹市一事來函婉拒。",
    ],
)
def test_a_trip_not_made_for_another_errand_is_no_invitation(line: str) -> None:
    ext = chapter(
        "（２）「二○一八高雄國際音樂節」。本府於十一月十二日至十四日舉辦。" + line, period=H2_2018
    )
    event = named(ext, "二○一八高雄國際音樂節")
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=event)
    assert not rels(ext, RelType.INVITED)
    assert not [
        r for r in rels(ext, RelType.PARTICIPATED_IN, target=event) if r.source != KAOHSIUNG
    ]


# (review 36c)
def test_a_guest_not_coming_here_to_join_is_still_invited() -> None:
    ext = chapter(
        "（２）「二○一八高雄國際音樂節」。本府於十一月十二日至十四日舉辦。日本八王子市原擬派團赴高"
        "參加，因經費不足未能成行。",
        period=H2_2018,
    )
    event = named(ext, "二○一八高雄國際音樂節")
    assert statuses(ext, RelType.PARTICIPATED_IN, source=named(ext, "八王子市"), target=event) == [
        "invited"
    ]


# 19. the city invited, told after it in the formal style (本府經某市邀請，指派…出席): that
# city invited the city (round 37a)
def test_the_city_invited_by_another_told_with_jing() -> None:
    ext = chapter(
        "查日本橫濱市主辦之「第二屆國際港灣論壇」，業於三月中旬在該市舉行，本府經橫濱市邀請，"
        "指派建設局王專門委員等三人出席。"
    )
    invited = rels(ext, RelType.INVITED, source=named(ext, "橫濱市"), target=KAOHSIUNG)
    assert invited and any("本府經橫濱市邀請" in e.text for e in invited[0].evidence)


# 20. a letter of invitation received, the sentence opening with its month (本月上旬，本府
# 接獲某市來函，邀請…): the invitation is of that month (round 37a)
def test_an_invitation_received_in_a_month_opening_the_sentence_is_of_it() -> None:
    ext = chapter(
        "答覆（一百零七年六月十八日）：",
        "（一）本月上旬，本府復接獲日本橫濱市來函，邀請本市明年派員參加仍由該市主辦之"
        "「第五屆國際港灣論壇」。",
    )
    invited = rels(ext, RelType.INVITED, source=named(ext, "橫濱市"), target=KAOHSIUNG)
    assert [i.properties.get("date") for i in invited] == ["2018-06"]


# 1. 經 after 本府/市府 opening a bureau's name (本府經發局, 市府經建會) or a manner (本府經
# 正式函邀, 本府經透過外交部邀請) is no "invited by": the city invites (review 37a)
@pytest.mark.parametrize(
    ("sentence", "invitee"),
    [
        (
            "本府經發局邀請日本熊本市商工會議所組團參加六月舉行之「2018高雄國際食品展」。",
            "熊本市商工會議所",
        ),
        ("市府經建會邀請日本熊本市派員出席五月舉行之「2018高雄國際港灣論壇」。", "熊本市"),
        ("本府經正式函邀澳洲伯斯市組隊參加六月舉行之「2018高雄國際龍舟錦標賽」。", "伯斯市"),
    ],
)
def test_a_bureau_or_manner_after_jing_is_no_inviter(sentence: str, invitee: str) -> None:
    ext = chapter(sentence)
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, invitee))
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG)
    took = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, invitee))
    assert [t.properties.get("status") for t in took] == ["invited"]


# (review 37a)
@pytest.mark.parametrize(
    "sentence",
    [
        "本府經透過外交部邀請澳洲伯斯市市長約翰．史密斯於三月中旬來訪。",
        "三月間，市府經發局邀請澳洲伯斯市商會會長約翰．史密斯率團來訪。",
    ],
)
def test_the_city_inviting_a_guest_with_jing_is_no_visit(sentence: str) -> None:
    ext = chapter(sentence)
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "約翰．史密斯"))
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert not [e for e in ext.entities if "透過" in e.name_zh]


# 8. one invited qualified as attending the meeting just told (邀請出席會議之某市副市長)
# (review 37a)
@pytest.mark.parametrize(
    "sentence",
    [
        "會後，陳副市長並邀請出席會議之日本橫濱市副市長山田太郎於明年來訪。",
        "會議期間，陳副市長並邀請參加會議之日本橫濱市副市長山田太郎明年來訪。",
    ],
)
def test_one_invited_as_attending_the_meeting_is_invited(sentence: str) -> None:
    ext = chapter(
        "本府由陳副市長率團，於十一月三日至九日赴美國奧克蘭市，出席由該市主辦之「第五屆太平洋港市會議」。",
        sentence,
        period=H2_1987,
    )
    invited = {i.target for i in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    guest = {e.id for e in ext.entities if e.name_zh == "山田太郎"} | {named(ext, "橫濱市")}
    assert invited & guest


# 1. a register's entry of a letter received, its subject telling the letter's act with
# no doer (來文機關：某市市長某某 / 事由：邀請本府派員參加…): the sender invites (round 38a)
def test_a_letter_received_invites_by_its_sender() -> None:
    ext = chapter(
        "一、81.3.2　收第2231號",
        "來文機關：日本熊本市市長山田一郎",
        "事由：邀請本府派員參加五月十日「熊本城祭」開幕式。",
        "辦理情形：交觀光局研處。",
        "二、81.4.6　收第3310號",
        "來文機關：加拿大溫哥華港務局（Port of Vancouver）",
        "事由：函邀本府市長出席該局主辦之「環太平洋港灣論壇」。",
        "辦理情形：存查。",
        period="1992-01/1992-06",
    )
    kumamoto = named(ext, "熊本市")
    assert rels(ext, RelType.INVITED, source=kumamoto, target=KAOHSIUNG)
    port = named(ext, "溫哥華港務局")
    assert rels(ext, RelType.INVITED, source=port, target=KAOHSIUNG)
    held = rels(ext, RelType.HOSTED, source=port)
    assert held and all(h.evidence[0].text.startswith("事由：") for h in held)


# 2. a register's entry of the city's own letter, its subject inviting those its
# addressee field names (受文者：甲市、乙市 / 事由：邀請各該市組隊參加…): the city
# invites each (round 38a)
def test_a_letter_sent_invites_its_addressees() -> None:
    ext = chapter(
        "一、81.5.8　發高市府秘二字第11021號",
        "受文者：日本熊本市、美國奧克蘭市",
        "事由：邀請各該市組隊參加明年三月本府主辦之「高雄國際風箏節」。",
        "辦理情形：尚待函復。",
        period="1992-01/1992-06",
    )
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert {named(ext, "熊本市"), named(ext, "奧克蘭市")} <= invited


# 2b. (probe) an entry's subject with a doer of its own, or a subject not a letter's act,
# is read as written: no invitation by the sender (round 38a)
def test_a_letter_subject_with_its_own_doer_is_read_as_written() -> None:
    ext = chapter(
        "一、81.3.2　收第2231號",
        "來文機關：外交部",
        "事由：日本熊本市市長山田一郎一行五人訂四月三日南下訪問高雄，請本府妥為接待。",
        "辦理情形：如期接待。",
        "二、81.3.9　收第2301號",
        "來文機關：日本熊本市市長山田一郎",
        "事由：本府邀請該市參加「高雄國際風箏節」一案，該市已排定行程。",
        "辦理情形：存查。",
        period="1992-01/1992-06",
    )
    assert rels(ext, RelType.INVITED, target=KAOHSIUNG) == []
    assert not [r for r in ext.relations if r.source == "org:tw:mofa" or "外交部" in r.source]


# 3. the city's letter thanking its addressee for an invitation (受文者：某市 / 事由：函謝
# 該市邀請本府市長出席…): the addressee invited the city, and holds its event (review 38a)
def test_a_letter_of_thanks_for_an_invitation_keeps_the_invitation() -> None:
    ext = chapter(
        "一、107.5.8　發高市府秘二字第11021號",
        "受文者：日本熊本市",
        "事由：函謝該市邀請本府市長出席五月十日「熊本城祭」，本府將派觀光局長代表出席。",
        "辦理情形：結案。",
    )
    kumamoto = named(ext, "熊本市")
    assert rels(ext, RelType.INVITED, source=kumamoto, target=KAOHSIUNG)
    assert not rels(ext, RelType.INVITED, source=KAOHSIUNG)
    assert rels(ext, RelType.HOSTED, source=kumamoto)
    took = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert [t.properties.get("status") for t in took] == ["planned"]


# 3b. (probe) the city's letter inviting its addressees is read as before (review 38a)
def test_a_letter_inviting_its_addressees_still_invites() -> None:
    ext = chapter(
        "一、107.5.8　發高市府秘二字第11021號",
        "受文者：日本熊本市",
        "事由：邀請該市市長於十月來訪，並出席本府主辦之「高雄燈會」。",
        "辦理情形：尚待函復。",
    )
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "熊本市"))


# 4. the city's letter to one of its own bureaus, forwarding an invitation and asking the
# bureau to send someone (受文者：本府觀光局 / 事由：檢送某市邀請函，請該局派員參加…): a
# request, no trip made; the foreign city invited the city (review 38a)
def test_a_letter_to_a_home_bureau_asking_it_to_attend_is_no_trip() -> None:
    ext = chapter(
        "一、107.5.8　發高市府秘二字第11021號",
        "受文者：本府觀光局",
        "事由：檢送日本熊本市邀請函，請該局派員參加五月十日「熊本城祭」。",
        "辦理情形：結案。",
    )
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG)
    assert not rels(ext, RelType.INVITED, source=KAOHSIUNG)
    took = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert all(t.properties.get("status") in ("invited", "planned") for t in took)


# 3. an item headed by an event's name (「某邀請賽」：擬續邀甲市、乙市代表隊參加，並增邀
# 丙市派隊): those named after the verb are invited to it (the 邀請 of 邀請賽 invites no
# one, nor does the name's year date the invitation), and one added with 並 is invited
# as the first were, still to be (round 39a)
def test_an_item_headed_by_an_event_invites_those_listed_after_the_verb() -> None:
    ext = chapter(
        "「七十六年高雄國際青少年排球邀請賽」：擬續邀熊本市、光州市代表隊參加，"
        "並增邀奧克蘭市派隊，邀請函預定明年二月發出。",
        period="1986-07/1986-12",
    )
    for city in ("熊本市", "光州市", "奧克蘭市"):
        invited = rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, city))
        assert [(i.properties.get("status").value, i.properties.get("date")) for i in invited] == [
            ("planned", None)
        ]
        took_part = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, city))
        assert [p.properties.get("status").value for p in took_part] == ["planned"]


# 21. a territory written by its country's name among cities (熊本市、關島、奧克蘭市等三地
# 代表隊…進場; 擬續邀熊本市、關島代表隊參加): the city it stands for, known by the name
# written, takes part and is invited (round 39a)
def test_a_territory_listed_among_cities_takes_part_as_its_city() -> None:
    ext = chapter(
        "八月三日，本府教育局主辦之「七十五年高雄國際青少年排球邀請賽」於中正體育館開幕，"
        "日本熊本市、關島、美國奧克蘭市等三地代表隊與地主隊列隊進場。",
        "「七十六年高雄國際青少年排球邀請賽」：擬續邀熊本市、關島代表隊參加。",
        period="1986-07/1986-12",
    )
    guam = named(ext, "關島")
    events = {p.target for p in rels(ext, RelType.PARTICIPATED_IN, source=guam)}
    assert len(events) == 2
    assert rels(ext, RelType.VISITED, source=guam, target=KAOHSIUNG)
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=guam)


# 29. the city's own celebration invited to (邀請某市派員參加本市建市十週年慶祝大會) is
# held by the city; told later by its occasion alone (本市將迎來建市十週年。…函邀甲市、
# 乙市市長蒞高共襄盛舉), the invitation after it is to that celebration (round 39a)
def test_a_celebration_told_by_its_occasion_is_the_one_invited_to() -> None:
    ext = chapter(
        "九日，林市長當場邀請伯斯市於七月一日派員參加本市建市十週年慶祝大會。",
        "◆展望七月",
        "七月一日，本市將迎來建市十週年。林市長已親筆函邀熊本市、光州市市長或代表蒞高共襄盛舉。",
        period="1986-01/1986-06",
    )
    event = named(ext, "建市十週年慶祝大會")
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=event)
    for city in ("熊本市", "光州市"):
        invited = rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, city))
        assert [i.properties.get("event") for i in invited] == [event]


# 31. a place's letter of invitation handed over by a guest (總領事某某拜會市長，面交某市長
# 邀請函，邀請本市組團參加…): that place invites the city, and holds the event named for it
# (round 39a)
def test_a_letter_handed_over_is_its_place_s_invitation() -> None:
    ext = chapter(
        "七十五年十二月十八日，日本駐高雄總領事館總領事田中一郎拜會市長，面交橫濱市長邀請函，"
        "邀請本市組團參加明（七十六）年五月舉行之「一九八七橫濱港灣祭」。",
        period="1986-07/1986-12",
    )
    yokohama = named(ext, "橫濱市")
    invited = rels(ext, RelType.INVITED, target=KAOHSIUNG)
    assert [i.source for i in invited] == [yokohama]
    assert rels(ext, RelType.HOSTED, source=yokohama)


# 7. the city's match told as played after the invitation (…參賽，賽後球員進行交流): the
# invited teams took part, and came (round 39b)
def test_a_match_told_as_played_brings_the_invited_teams() -> None:
    ext = chapter(
        "本府體育局於108年11月2日至4日舉辦「2019高雄國際少年棒球邀請賽」，邀請韓國仁川市"
        "少年棒球隊及本市4支國小代表隊參賽，賽後球員並進行友誼交流。",
        period="2019-07/2019-12",
    )
    team = named(ext, "仁川市少年棒球隊")
    [part] = rels(ext, RelType.PARTICIPATED_IN, source=team)
    assert part.properties["status"].value == "attended"
    visits = rels(ext, RelType.VISITED, source=team, target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["2019-11-02"]


# 9. an invitee whose name opens with its city and runs long past it, through a
# district (某市某某區少年足球隊): the team is invited, not also its city (round 39b)
def test_a_long_body_after_its_city_is_invited_alone() -> None:
    ext = chapter(
        "本府於108年12月21日舉辦「2019高雄國際少年足球邀請賽」，邀請日本姬路市少年足球隊、"
        "韓國仁川市延壽區青少年足球隊及本市6支國小代表隊參賽。",
        period="2019-07/2019-12",
    )
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert named(ext, "仁川市延壽區青少年足球隊") in invited
    assert named(ext, "仁川市") not in invited


# 11. a list of invitees closing with a school's teachers and students, unnamed
# (…及某某美國學校師生代表等約20人): the school is invited, and there (round 39b)
def test_a_schools_teachers_and_students_listed_bring_the_school() -> None:
    ext = chapter(
        "108年10月5日，本府辦理「2019港都文化體驗日」，邀請美國在台協會處長李大衛（David Lee）、"
        "英國在台辦事處代表韓約翰（John Hann）及台中國際學校師生代表等約30人，參觀駁二藝術特區。",
        period="2019-07/2019-12",
    )
    school = named(ext, "台中國際學校")
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=school)
    [part] = rels(ext, RelType.PARTICIPATED_IN, source=school)
    assert part.properties["status"].value == "attended"


# 16. an invitation to a class of people (邀請駐臺外交人員及在高外籍人士組隊參賽)
# answered by a 計有 list of the teams' bodies, counted (計有甲處、乙所及某大學國際學生
# 等8隊參加): each body listed was invited, and took part (round 39b)
def test_a_class_of_people_invited_then_the_teams_listed() -> None:
    ext = chapter(
        "本府運動發展局於108年6月7日在愛河舉辦「2019高雄國際龍舟賽」，邀請駐臺外交人員及"
        "在高外籍人士組隊參賽，計有英國在台辦事處、法國在台協會及國立高雄大學國際學生等6隊參加。",
        period="2019-01/2019-06",
    )
    for body in ("英國在台辦事處", "法國在台協會", "國立高雄大學"):
        party = named(ext, body)
        assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=party)
        [part] = rels(ext, RelType.PARTICIPATED_IN, source=party)
        assert part.properties["status"].value == "attended"


# 27. a port named by its city and 港 as an item of a list of parties invited (邀請甲市、
# 乙市及美國某某港等港灣城市與港埠機構參加): the port, a body, not its city (round 39b)
def test_a_port_listed_among_invitees_is_the_port() -> None:
    ext = chapter(
        "本府於108年10月8日至9日主辦「2019高雄國際港灣論壇」，邀請韓國仁川市、日本神戶市及"
        "美國奧克蘭港等港灣城市與港埠機構參加。",
        period="2019-07/2019-12",
    )
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert named(ext, "奧克蘭港") in invited
    assert all(ext_id.startswith(("city:kr", "city:jp", "org:")) for ext_id in invited)


# 7. an invitation to come, then the city holding an event at its own venue in the next
# clause (邀請某某來高，於本府某局舉辦「…」): the invitee was invited to it and attended (round 39c)
def test_an_invitee_came_to_the_event_held_in_the_next_clause() -> None:
    ext = chapter(
        "本府於107年9月13日邀請廣島縣危機管理課課長宮田花子來高，"
        "於本府工務局舉辦「豪雨救災經驗分享座談會」。",
        period="2018-07/2018-12",
    )
    guest = named(ext, "宮田花子")
    invited = rels(ext, RelType.INVITED, target=guest)
    assert [i.properties.get("event") for i in invited] == ["event:豪雨救災經驗分享座談會:2018"]
    took_part = rels(ext, RelType.PARTICIPATED_IN, source=guest)
    assert [p.properties.get("status") for p in took_part] == ["attended"]


# 4. an invitee's delegation led or formed by its city's people (仁川市市長率領之市府
# 代表團, 仁川市政府派員組成之交流團): the city invited, no body named across the verb (review 39b)
@pytest.mark.parametrize(
    "sentence",
    [
        "本府於108年5月8日至9日主辦「2019高雄國際港灣論壇」，邀請韓國仁川市市長率領之市府"
        "代表團參加。",
        "本府於108年5月8日舉辦「2019高雄國際港灣論壇」，邀請韓國仁川市政府派員組成之交流團參加。",
    ],
)
def test_a_delegation_led_or_formed_by_an_invitees_people_invites_the_city(sentence: str) -> None:
    ext = chapter(sentence, period=H1_2019)
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert named(ext, "仁川市") in invited
    assert not [e for e in ext.entities if "率領之" in e.id or "組成之" in e.id]


# ---------------------------------------------------------------------------------------
# C. An invitation to next year's edition of the city's event.
# The form: the city invites a party to its event "next year" (明年), the year told before
# the verb of joining and the event named by its series alone (邀請該市明年再度組團參加
# 高雄燈會), or the party is asked to come during next year's edition named with its year
# (規劃於「2012某某節」期間邀請某市長來訪): the invitation is to that year's edition, which
# the city hosts; the party's part is invited (planned where the inviting is itself planned).
# ---------------------------------------------------------------------------------------


# 6. invited to join next year's edition of a series named bare, in three wordings (round 40b)
@pytest.mark.parametrize(
    ("text", "invitee"),
    [
        (
            "3.本府於9月5日與福岡市長高島宗一郎會晤，邀請該市明年再度組團參加高雄燈會。",
            "福岡市",
        ),
        (
            "3.陳市長於9月5日接見仁川廣域市宋永吉市長，面邀宋永吉市長明年率團出席高雄燈會藝術節。",
            "宋永吉",
        ),
        ("3.本府於10月函邀西雅圖市明年續組團參加本市燈會，共襄盛舉。", "西雅圖市"),
    ],
)
def test_an_invitation_to_next_years_edition_of_a_series_named_bare(
    text: str, invitee: str
) -> None:
    ext = chapter(text, period="2011-07/2011-12")
    party = named(ext, invitee)
    [invited] = rels(ext, RelType.INVITED, source=KAOHSIUNG, target=party)
    assert invited.properties["event"] == FESTIVAL_EDITION.format(2012)
    [part] = rels(ext, RelType.PARTICIPATED_IN, source=party)
    assert part.target == FESTIVAL_EDITION.format(2012)
    assert part.properties["status"] == "invited"
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=FESTIVAL_EDITION.format(2012))
    assert not rels(ext, RelType.HOSTED, target=FESTIVAL_EDITION.format(2011))


# 7. asked to come during next year's edition named with its year (於「2012…」期間邀請) (round 40b)
@pytest.mark.parametrize(
    ("text", "invitee", "event"),
    [
        (
            "8.本府規劃於「2012高雄燈會藝術節」期間邀請仁川廣域市宋永吉市長來訪，並擇期簽署合作備忘錄。",
            "宋永吉",
            FESTIVAL_EDITION.format(2012),
        ),
        (
            "8.本府擬於「2012高雄國際龍舟賽」舉辦期間邀請福岡市市長高島宗一郎來高觀賽。",
            "高島宗一郎",
            "2012高雄國際龍舟賽",
        ),
        (
            "8.本府並將於「2012高雄國際龍舟賽」期間邀請西雅圖市組團來訪。",
            "西雅圖市",
            "2012高雄國際龍舟賽",
        ),
    ],
)
def test_asked_to_come_during_next_years_edition(text: str, invitee: str, event: str) -> None:
    ext = chapter(text, period="2011-07/2011-12")
    party = named(ext, invitee)
    event_id = event if event.startswith("event:") else named(ext, event)
    [invited] = rels(ext, RelType.INVITED, source=KAOHSIUNG, target=party)
    assert invited.properties["event"] == event_id
    [part] = rels(ext, RelType.PARTICIPATED_IN, source=party, target=event_id)
    assert part.properties["status"] == "planned"
    assert not rels(ext, RelType.VISITED, source=party)


# ---------------------------------------------------------------------------------------
# E. Invited to make work at the city's event, held.
# The form: the city's event told as held (本屆, 藝術節期間) invites outside teams or
# schools to make their work in the city (邀請甲大學、乙學院等3組國際團隊來高駐地創作,
# 邀請某大學師生駐村創作): each invited took part (attended) and came to the city, a
# body named after its place's tie (某市姊妹市某大學) being the body alone.
# ---------------------------------------------------------------------------------------


# 9. invited teams and schools that came and made their work, in three wordings (round 40b)
@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "2.本屆特別邀請日本福岡姊妹市九州產業大學藝術學院、美國西雅圖華盛頓大學建築學院等2組"
            "國際團隊來高駐地創作，與國內團隊共同完成鋼雕作品。",
            ("九州產業大學藝術學院", "西雅圖華盛頓大學建築學院"),
        ),
        (
            "2.藝術節期間並邀請仁川廣域市仁荷大學美術學院師生駐村創作，作品於展覽期間展出。",
            ("仁川廣域市仁荷大學美術學院",),
        ),
        (
            "2.本屆邀請西雅圖市華盛頓大學及福岡市九州大學等兩校師生來高進行駐地創作，共完成5件作品。",
            ("西雅圖市華盛頓大學", "福岡市九州大學"),
        ),
    ],
)
def test_invited_to_make_work_at_the_citys_event(text: str, bodies: tuple[str, ...]) -> None:
    ext = chapter(STEEL_ART, STEEL_ART_HELD, text, period="2013-07/2013-12")
    event = named(ext, "2013高雄國際鋼雕藝術節")
    for name in bodies:
        body = named(ext, name)
        assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=body, event=event), name
        [part] = rels(ext, RelType.PARTICIPATED_IN, source=body, target=event)
        assert part.properties["status"] == "attended", name
        assert rels(ext, RelType.VISITED, source=body, target=KAOHSIUNG, year=2013), name
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert len(invited) == len(bodies)  # no body cut short, no place taken for its body


# ---------------------------------------------------------------------------------------
# J. A guest's invitation of the city's official named in full.
# The form: a guest calls on the city and invites its official, named in full with his
# title (並邀請陳大明市長出席某處舉辦之「…」), to an event of the guest's side: the guest's
# body (or the place whose title the guest holds) invited that official, whose part is
# invited; the city invited no one, and the event's venue is no invitee.
# ---------------------------------------------------------------------------------------


# 14. a guest invites the city's mayor named in full, in three wordings (round 40b)
@pytest.mark.parametrize(
    ("text", "inviter", "event"),
    [
        (
            "2.德國經濟辦事處處長施奈德於4月12日拜會本府，並邀請陳菊市長出席同年9月於台北舉辦之"
            "「2011德國啤酒節」開幕式。",
            "德國經濟辦事處",
            "2011德國啤酒節",
        ),
        (
            "3.日本福岡市副市長中村英一於5月3日率團來訪，並當面邀請陳菊市長率團參加同年11月舉辦之"
            "「2011福岡亞洲城市高峰會」。",
            "福岡市",
            "2011福岡亞洲城市高峰會",
        ),
        (
            "4.美國在台協會高雄分處處長馬克士威於6月1日拜會本府，邀請陳菊市長出席該處舉辦之"
            "「2011美國國慶酒會」，本府將由秘書處派員代表出席。",
            "美國在台協會高雄分處",
            "2011美國國慶酒會",
        ),
    ],
)
def test_a_guest_invites_the_citys_official_named_in_full(
    text: str, inviter: str, event: str
) -> None:
    ext = chapter(text, period="2011-01/2011-06")
    mayor, event_id = named(ext, "陳菊"), named(ext, event)
    assert rels(ext, RelType.INVITED, source=named(ext, inviter), target=mayor, event=event_id)
    [part] = rels(ext, RelType.PARTICIPATED_IN, source=mayor, target=event_id)
    assert part.properties["status"] == "invited"
    assert not rels(ext, RelType.INVITED, source=KAOHSIUNG)
    assert not rels(ext, RelType.INVITED, target=KAOHSIUNG)


# 3. invitees to make work or hold exchanges at the city's event who did not come, or
# are asked for next year: invited only, not there (review 40b)
@pytest.mark.parametrize(
    ("lines", "invitees", "period"),
    [
        (
            (
                STEEL_ART,
                STEEL_ART_HELD,
                "2.本屆並邀請福岡市及仁川廣域市遴派藝術家來高駐地創作，惟兩市均因經費因素未能派員。",
            ),
            ("福岡市", "仁川廣域市"),
            "2013-07/2013-12",
        ),
        (
            (
                STEEL_ART,
                STEEL_ART_HELD,
                "2.藝術節閉幕後，本府另邀請仁川廣域市仁荷大學美術學院師生於明年暑假來高駐村創作。",
            ),
            ("仁川廣域市仁荷大學美術學院",),
            "2013-07/2013-12",
        ),
        (
            (
                "1.本府於3月10日舉辦「2018高雄國際龍舟賽」，賽後並邀請福岡市龍舟協會於明年賽事前"
                "來高進行技術交流。",
            ),
            ("福岡市龍舟協會",),
            "2018-01/2018-06",
        ),
        (
            (
                "（二）本府教育局於111年4月8日舉辦「2022高雄國際學生交流營」，邀請福岡市教育委員會"
                "推派學生與本市高中學生進行文化交流，惟該會因疫情婉謝。",
            ),
            ("福岡市教育委員會",),
            "2022-01/2022-06",
        ),
        (
            (
                "（二）本市教育局於111年5月20日舉辦「2022高雄國際教育週」，邀請仁川廣域市仁荷大學"
                "與本市學校進行交流，惟因疫情改為明年辦理。",
            ),
            ("仁川廣域市仁荷大學",),
            "2022-01/2022-06",
        ),
    ],
)
def test_invitees_who_did_not_come_or_come_next_year_are_only_invited(
    lines: tuple[str, ...], invitees: tuple[str, ...], period: str
) -> None:
    ext = chapter(*lines, period=period)
    for name in invitees:
        party = named(ext, name)
        assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=party), name
        assert not rels(ext, RelType.PARTICIPATED_IN, source=party, status="attended"), name
        assert not rels(ext, RelType.VISITED, source=party), name


# 6. an invitation made during an event (於「2018某某燈會」期間邀請某市長明年來訪): an
# invitation to visit, not to that event (review 40b)
@pytest.mark.parametrize(
    "text",
    [
        "3.陳市長於「2018高雄燈會藝術節」期間邀請福岡市長高島宗一郎明年率團訪問本市。",
        "3.陳市長於「2018台灣燈會」期間邀請福岡市長高島宗一郎明年來訪。",
    ],
)
def test_an_invitation_made_during_an_event_is_not_to_it(text: str) -> None:
    ext = chapter(text, period="2018-01/2018-06")
    invited = rels(ext, RelType.INVITED, source=KAOHSIUNG)
    assert invited
    assert all("event" not in i.properties for i in invited)
    assert not rels(ext, RelType.PARTICIPATED_IN, source=FUKUOKA)
