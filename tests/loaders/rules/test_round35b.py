"""Round 35b: forms read from pair 080 (an official letter of 1991 and its second
half-year's itineraries), each tested on invented sentences of the same form."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a given name may end in 道 (陳志道): only a place found whole (江原道) is not a name
@pytest.mark.parametrize(
    "sentence",
    [
        "團員：民政局局長張大同、秘書處第二科科長陳志道，合計九人。",
        "1.107年8月3日至6日，本府派民政局陳志道專員赴日本熊本市參加「2018熊本城市論壇」。",
    ],
)
def test_a_given_name_ending_in_dao_is_a_name(sentence: str) -> None:
    ext = chapter(sentence)
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "陳志道"))


def test_a_province_ending_in_dao_is_no_name() -> None:
    ext = chapter("1.107年8月3日，韓國江原道知事崔文洵率團來訪。")
    assert not [e for e in ext.entities if e.id.startswith("person:") and "道" in e.name_zh]


_ROTTERDAM_TRIP = (
    "（一）陳市長率團訪問荷蘭鹿特丹市（八月三日至八月六日）",
    "第一天（八月三日）：下午抵達鹿特丹市，晚間出席歡迎晚宴。",
    "第二天（八月四日）：上午拜會鹿特丹市長范德文（Jan van de Ven）。"
    "下午參訪Port of Rotterdam位於馬斯河畔之貨櫃碼頭，由該局副執行長德布爾親自簡報。",
    "第三天（八月五日）：上午拜會Port of Amsterdam，由港務委員會主席揚森接見。",
    "第四天（八月六日）：搭機返國。",
)


# 2. a body named only in Latin letters, its kind told by a word of its name (Port of X,
# Some Harbor Authority), called on during a trip
def test_a_body_named_in_latin_letters_is_called_on() -> None:
    ext = chapter(*_ROTTERDAM_TRIP)
    (visit,) = rels(ext, RelType.VISITED, target=named(ext, "Port of Amsterdam"))
    assert visit.source == KAOHSIUNG
    assert visit.properties["start"] == "2018-08-05"


# 3. 參訪某機構位於某地之某設施: the body whose site it is was visited
def test_the_body_whose_site_was_toured_is_visited() -> None:
    ext = chapter(*_ROTTERDAM_TRIP)
    (visit,) = rels(ext, RelType.VISITED, target=named(ext, "Port of Rotterdam"))
    assert visit.properties["start"] == "2018-08-04"


def test_a_company_whose_plant_was_toured_is_visited() -> None:
    ext = chapter("1.8月3日，陳市長率團赴日本熊本市，參訪熊本電機公司位於菊陽町之工廠。")
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "熊本電機公司"))


# 4. 「某市成為本市繼甲市（…年締結）、乙市（…年締結）之後之第N個姊妹市」: the rank is
# the city's, and the cities named after 繼 are earlier partners, made when told
def test_a_rank_after_earlier_partners_listed() -> None:
    ext = chapter(
        "（一）熊本市：本年十一月二十六日正式簽約，該市成為本市繼日本八王子市"
        "（民國九十五年締結）、美國邁阿密市（民國一百年締結）之後之第三個姊妹市。",
        period="2018-07/2018-12",
    )
    (kumamoto,) = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "熊本市"))
    assert kumamoto.properties["ordinal"] == 3
    assert kumamoto.properties.get("since") != "2006"
    (hachioji,) = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "八王子市"))
    assert hachioji.properties["since"] == "2006"
    (miami,) = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "邁阿密市"))
    assert miami.properties["since"] == "2011"


def test_a_city_becoming_the_nth_partner() -> None:
    ext = chapter("本年十一月，美國邁阿密市成為本市第五個姊妹市。", period="2018-07/2018-12")
    (miami,) = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "邁阿密市"))
    assert miami.properties["ordinal"] == 5


# 5. cities invited to send their people, then each one's named with 由…分別 (會中由甲市
# 某局局長某某、乙市某某分別發表專題演講): the cities are the invitees, not the people
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


def test_then_before_the_part_played_ends_the_name() -> None:
    ext = chapter("本府主辦「2018亞太海洋城市論壇」，八王子市市議員鈴木一郎則擔任綜合座談與談人。")
    (part,) = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "鈴木一郎"))
    assert part.properties["role"] == "panelist"


# 6. 姊妹市甲市、乙市暨丙市、丁市: 暨 joins a second group to the list; the tie word is
# the first group's
def test_a_tie_word_qualifies_the_group_before_ji() -> None:
    ext = chapter(
        "本府主辦「2018亞太海洋城市論壇」，邀請姊妹市熊本市、邁阿密市暨八王子市、宿霧市"
        "等四城市派員與會。"
    )
    tied = {r.target for r in rels(ext, RelType.SISTER_CITY_OF)}
    assert tied == {named(ext, "熊本市"), named(ext, "邁阿密市")}


# 7. a school's name opens after 本市 and after a month told before it, whatever words of
# the sentence come first (規劃本市某國中與…, 加上本年三月某女中與…)
@pytest.mark.parametrize(
    "sentence, school",
    [
        ("此外，教育局擬安排本市左營國中與熊本市立城西中學締結姊妹校。", "左營國中"),
        ("本期另計入本年五月鳳山女中與熊本縣立第一高等學校締結之姊妹校。", "鳳山女中"),
    ],
)
def test_a_home_school_named_after_words_of_the_sentence(sentence: str, school: str) -> None:
    ext = chapter(sentence)
    assert rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, school)) or rels(
        ext, RelType.SISTER_SCHOOL_OF, target=named(ext, school)
    )
    assert not [e for e in ext.entities if e.name_zh.endswith(school) and e.name_zh != school]


# 8. a planned school tie whose next clause tells talks going on now (刻正透過…洽商中) is
# being negotiated
def test_a_planned_school_tie_under_talks_is_negotiating() -> None:
    ext = chapter(
        "教育局規劃本市左營國中與熊本市立城西中學締結姊妹校，目前正經由熊本市教育委員會協商中。"
    )
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert tie.properties["status"] == "negotiating"


_SCHOOL_DAY = (
    "（一）陳市長率團訪問日本熊本市（八月三日至八月五日）",
    "第一天（八月三日）：下午抵達熊本市，晚間出席歡迎晚宴。",
    "第二天（八月四日）：上午前往熊本市立城西中學（Josai Junior High School），由本市左營國中"
    "校長王大同與該校校長田中一郎（Ichiro Tanaka）簽署締結姊妹校協定，教育局局長在場見證。"
    "下午參觀熊本大學（Kumamoto University）。",
    "第三天（八月五日）：搭機返國。",
)


# 9. 由本市甲校校長某某與該校校長某某簽署締結姊妹校協定 after going to a school: 該校 is
# the school gone to, not 甲校 whose head is the other side
def test_that_school_after_the_other_sides_head() -> None:
    ext = chapter(*_SCHOOL_DAY)
    josai = named(ext, "熊本市立城西中學")
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "田中一郎"), target=josai)
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert {tie.source, tie.target} == {named(ext, "左營國中"), josai}
    assert tie.properties["since"] == "2018-08-04"


# 10. a school gone to or toured on a trip (前往某中學, 參觀某大學) is visited that day
@pytest.mark.parametrize(
    "school, day", [("熊本市立城西中學", "2018-08-04"), ("熊本大學", "2018-08-04")]
)
def test_a_school_gone_to_on_a_trip_is_visited(school: str, day: str) -> None:
    ext = chapter(*_SCHOOL_DAY)
    (visit,) = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, school))
    assert visit.properties["start"] == day


# 11. 甲與乙就某事交換意見: the two sides met
def test_two_sides_exchanging_views_met() -> None:
    ext = chapter(
        "（一）陳其邁市長率團訪問美國邁阿密市（八月三日至八月五日）",
        "第一天（八月三日）：下午抵達邁阿密市，由邁阿密台灣協會（Miami Taiwan Association）"
        "會長史密斯（John Smith）等到機場迎接。晚間出席該協會舉辦之歡迎晚宴，陳其邁市長與"
        "史密斯會長就擴大兩市民間交流交換意見。",
        "第二天（八月四日）：搭機返國。",
    )
    (met,) = rels(ext, RelType.MET_WITH, source=named(ext, "陳其邁"))
    assert met.target == named(ext, "史密斯")
    assert met.properties["date"] == "2018-08-03"


# 12. 應某協會（gloss）之邀: 應 opens no body's name; and 該協會 after it is that body,
# though another 協會 was found earlier
def test_the_body_whose_invitation_it_was_holds_its_event() -> None:
    ext = chapter(
        "1.5月13日至16日，本府新聞處赴日本大阪市，參加大阪觀光協會主辦之「2018大阪國際旅遊展」。",
        "2.6月5日至11日，本府由民政局組團，應邁阿密藝術節協會（Miami Arts Festival Association）"
        "之邀，赴美國邁阿密市參加該協會主辦之「第十屆邁阿密藝術節」，參與花車大遊行。",
    )
    assert not [e for e in ext.entities if e.name_zh.startswith("應")]
    (held,) = [r for r in rels(ext, RelType.HOSTED) if "藝術節" in r.target]
    assert held.source == named(ext, "邁阿密藝術節協會")


# 13. an event quoted by a name written only in Latin letters, its kind told by one of its
# words (「Some Harbor Expo '18」)
def test_an_event_named_in_latin_letters() -> None:
    ext = chapter(
        "1.11月11日至20日，由建設局李局長率團赴美國邁阿密市考察港埠設施，"
        "並出席邁阿密市主辦之「Miami Harbor Expo '18」。"
    )
    expo = named(ext, "Miami Harbor Expo '18")
    assert rels(ext, RelType.HOSTED, source=named(ext, "邁阿密市"), target=expo)
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=expo)


# 14. 「某某之夜」國樂演奏會: a word of what is played before the kind after the quote
def test_a_quoted_name_then_a_qualified_kind_is_an_event() -> None:
    ext = chapter("1.10月5日晚間由本府與熊本市共同主辦之「高雄之夜」國樂演奏會於熊本市民會館演出。")
    night = named(ext, "高雄之夜")
    assert {r.source for r in rels(ext, RelType.HOSTED, target=night)} == {
        KAOHSIUNG,
        named(ext, "熊本市"),
    }


# 15. a month told of an event to come (本年六月在本市舉行之「…」) gives no month to a
# day told alone after it (十日晚間): that day is of the trip; and a day of the trip to a
# city in the country it was told going to (赴日本訪問某市) does not narrow the trip
def test_a_day_alone_after_an_events_month_is_of_the_trip() -> None:
    ext = chapter(
        "四月八日至十二日，陳市長率本府秘書處、建設局主管一行十人赴日本訪問熊本市，九日上午"
        "拜會熊本市長大西一史，陳市長並當面邀請熊本市派隊參加本年六月在本市愛河舉行之"
        "「2018高雄國際龍舟錦標賽」；訪問團另參觀熊本城，十日晚間並出席熊本地區華僑團體"
        "聯合歡迎晚會。",
    )
    (trip,) = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "熊本市"))
    assert (trip.properties["start"], trip.properties["end"]) == ("2018-04-08", "2018-04-12")


# 16. a run-in label opening a paragraph (姊妹市及友好城市關係之推展：…) names the topic:
# its tie words give no kind to the tie the text then tells
def test_a_run_in_label_gives_no_kind_of_tie() -> None:
    ext = chapter(
        "四、姊妹市及友好城市關係概況：本市現有姊妹市一：日本熊本市自民國一百年締結，"
        "為本市第一個姊妹市。"
    )
    assert not rels(ext, RelType.FRIENDSHIP_CITY_OF)
    (tie,) = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "熊本市"))
    assert tie.properties["since"] == "2011"


# 17. on a trip abroad, 由某市副市長某某主持 / 由該局副執行長某某親自簡報 opening a clause:
# the city met that official, that day
@pytest.mark.parametrize("name, day", [("瓊斯", "2018-08-03"), ("史密斯", "2018-08-04")])
def test_an_official_hosting_or_briefing_the_delegation_is_met(name: str, day: str) -> None:
    ext = chapter(
        "（一）陳其邁市長率團訪問美國邁阿密市（八月三日至八月五日）",
        "第一天（八月三日）：下午抵達邁阿密市，晚間出席邁阿密市政府歡迎晚宴，"
        "由邁阿密市副市長瓊斯（Mary Jones）主持。",
        "第二天（八月四日）：下午參訪Port of Miami位於海灣畔之貨櫃碼頭，"
        "由該局副執行長史密斯（John Smith）親自簡報港區營運。",
        "第三天（八月五日）：搭機返國。",
    )
    (met,) = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, name))
    assert met.properties["date"] == day


# 18. a team of the city named with 本市 before 應…之邀 (本市某國小少棒隊應某市之邀，
# 由教育局派員帶隊赴…): the team was invited and went
def test_a_home_team_named_after_our_city_word_went_as_invited() -> None:
    ext = chapter(
        "二月二十六日至三月一日，本市光明國小少棒隊應熊本市之邀，由教育局派員帶隊赴日本熊本市，"
        "參加熊本市少年棒球聯盟主辦之「2018熊本國際少年棒球邀請賽」，榮獲亞軍。"
    )
    team = named(ext, "光明國小少棒隊")
    assert rels(ext, RelType.VISITED, source=team, target=named(ext, "熊本市"))
    assert rels(ext, RelType.INVITED, source=named(ext, "熊本市"), target=team)


def test_a_home_team_invited_takes_part_in_the_event_it_was_invited_to() -> None:
    ext = chapter(
        "二月二十六日至三月一日，本市光明國小少棒隊應熊本市之邀，由教育局派員帶隊赴日本熊本市，"
        "參加熊本市少年棒球聯盟主辦之「2018熊本國際少年棒球邀請賽」，榮獲亞軍。"
    )
    team = named(ext, "光明國小少棒隊")
    cup = named(ext, "2018熊本國際少年棒球邀請賽")
    assert rels(ext, RelType.PARTICIPATED_IN, source=team, target=cup)
    assert rels(ext, RelType.INVITED, source=named(ext, "熊本市"), target=team, event=cup)
