"""Round-35a rules: forms first read in the 083 pair, each tested on invented
sentences (other names, places and wordings of the same form)."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a place written after its country whose data name differs from the text's (汕埠
# is 聖佩德羅蘇拉 in the data) is named as written without the country: 汕埠市
def test_a_place_after_its_country_is_named_without_it() -> None:
    ext = chapter("1.107年5月3日，宏都拉斯共和國汕埠市市長王大明率市政訪問團來訪。")
    city = next(e for e in ext.entities if e.id == named(ext, "汕埠市"))
    assert "汕埠市" in city.aliases  # the data names it 聖佩德羅蘇拉
    assert rels(ext, RelType.VISITED, source=city.id, target=KAOHSIUNG)


# 2. a tie named in a clause that goes on the one before (…推動與甲市締結姊妹市，以及與
# 乙市締結友好城市) shares its verb: pursued, not made
def test_a_tie_in_a_clause_going_on_a_pursuit_is_pursued_too() -> None:
    ext = chapter(
        "3.107年9月7日，本府召開城市交流會議，決定積極推動與美國哥倫布市締結姊妹市，"
        "以及與法國里昂市、日本熊本市締結友好城市。"
    )
    ties = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG)
    assert {r.target for r in ties} == {named(ext, "里昂市"), named(ext, "熊本市")}
    assert {r.properties["status"] for r in ties} == {"planned"}
    assert not [r for r in ties if "since" in r.properties]


# 3. 兩港市 (the two port cities) and 兩城市 name the two cities as 兩市 does
def test_the_two_port_cities_are_the_two_cities() -> None:
    ext = chapter(
        "十二、107年6月20日　法國馬賽市港務局處長杜邦（Jean Dupont）來訪，拜會本府海洋局，"
        "雙方並就兩港市締結姊妹市事宜進行初步洽談。"
    )
    (tie,) = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    assert tie.target == named(ext, "馬賽市")
    assert tie.properties["status"] == "negotiating"


# 4. a date in the words naming a visitor by an earlier coming (前於3月5日來訪之某市市長)
# is that coming's, not the date of the visit told, nor the month of a day after it
def test_a_visitor_named_by_an_earlier_coming_visits_on_the_items_days() -> None:
    ext = chapter(
        "二、107年6月11日至13日，曾於本年3月5日來訪之法國里昂市市長杜邦（Jean Dupont）"
        "再度率團蒞臨本市，12日拜會陳市長。"
    )
    mayor = named(ext, "杜邦")
    visits = {
        (r.properties["start"], r.properties.get("end"))
        for r in rels(ext, RelType.VISITED, source=mayor, target=KAOHSIUNG)
    }
    # the earlier coming is told too
    assert visits == {("2018-06-11", "2018-06-13"), ("2018-03-05", None)}
    lyon = rels(ext, RelType.VISITED, source=named(ext, "里昂市"), target=KAOHSIUNG)
    assert {r.properties["start"] for r in lyon} == {"2018-06-11"}
    (met,) = rels(ext, RelType.MET_WITH)
    assert met.properties["date"] == "2018-06-12"


# 5. a home school named after 本市 in a run of words (某局王局長率本市某高中師生…, 另代本市
# 某大學轉達…) is named from 本市 on, and is the home side of its tie
def test_a_home_school_named_after_the_city_word_in_a_run() -> None:
    ext = chapter(
        "三、107.5.3～5.8　本府教育局王局長率本市三民高級中學師生一行二十人赴日本熊本市訪問，"
        "並於五月五日與熊本縣立濟濟黌高等學校簽訂姊妹校協定。",
        "四、訪問團另代本市國立高雄大學轉達與熊本大學締結姊妹校之意願，目前兩校正洽談中。",
    )
    ties = rels(ext, RelType.SISTER_SCHOOL_OF)
    names = {
        frozenset(e.name_zh for e in ext.entities if e.id in (r.source, r.target)) for r in ties
    }
    assert names == {
        frozenset({"三民高級中學", "熊本縣立濟濟黌高等學校"}),
        frozenset({"國立高雄大學", "熊本大學"}),
    }
    wished = [r for r in ties if "since" not in r.properties]
    assert [r.properties["status"] for r in wished] == ["negotiating"]


# 6. a tie named as what is wished (轉達締結姊妹校之意願) with no talks told is planned
def test_a_school_tie_wished_for_is_planned() -> None:
    ext = chapter("四、本府代本市三民高級中學轉達與熊本大學締結姊妹校之意願。")
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert tie.properties["status"] == "planned"


def test_a_city_founded_school_keeps_its_founders_name() -> None:
    ext = chapter("1.107年5月3日，本市三民高中與熊本市立必由館高等學校簽訂姊妹校協定。")
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert named(ext, "熊本市立必由館高等學校") in (tie.source, tie.target)


# 7. an official receiving on another's behalf (由李副市長代表接見, 由秘書長代表市長接見)
# receives the visitor all the same
@pytest.mark.parametrize("receiving", ["由李副市長代表接見", "由李秘書長代表市長接見"])
def test_receiving_on_anothers_behalf_is_a_meeting(receiving: str) -> None:
    ext = chapter(
        f"六、107年4月14日　日本熊本縣熊本市副市長田中一郎率該市國際課職員一行五人蒞府拜會，"
        f"{receiving}，雙方就觀光交流交換意見。"
    )
    guest = named(ext, "田中一郎")
    assert [r for r in rels(ext, RelType.MET_WITH) if guest in (r.source, r.target)], "no meeting"


# 8. an invitation to a counted class of cities (函邀三姊妹市, 函邀兩友好城市) is answered by
# the cities listed after it, each invited on the day the letters went
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
# at the invitation too
def test_a_party_qualified_as_invited_in_a_list_took_part() -> None:
    ext = chapter(
        "四、本府於六月十一日至十三日舉辦「2018高雄國際龍舟錦標賽」，"
        "計有日本熊本市、美國哥倫布市及應邀加入之法國里昂市等三支國外隊伍參賽。"
    )
    took_part = {r.source for r in rels(ext, RelType.PARTICIPATED_IN)}
    assert named(ext, "里昂市") in took_part
    assert rels(ext, RelType.INVITED, target=named(ext, "里昂市"))


# 10. an invitation the city accepts (函復某市，接受該市邀請，同意於…派團出席「…」) is one
# it received, and its going is planned
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


# 11. the year in an event's name named in the signing clause (參加「2018年某節」並簽署
# 「…備忘錄」) is the event's edition, not the date of the signing
def test_a_signing_is_not_dated_by_an_events_edition_year() -> None:
    ext = chapter(
        "三、里昂市",
        "本市與法國里昂市自民國七十七年締結姊妹市，本年六月間本府組團赴里昂參加「2018年里昂燈節」"
        "並簽署「高雄市里昂市青少年交流備忘錄」後，雙方交流益趨密切。",
    )
    (mou,) = rels(ext, RelType.SIGNED_MOU)
    assert mou.properties["date"] == "2018-06"


# 12. a guest signing for a body (由王副廳長代表某州經濟發展廳與本府經發局簽署「…」): that
# body signs with the city, not the place it belongs to
def test_a_body_acted_for_signs() -> None:
    ext = chapter(
        "四、107年10月24日，美國華盛頓州商務廳副廳長約翰．史密斯（John Smith）率華盛頓州"
        "經貿訪問團一行十八人來訪，並由史密斯副廳長代表華盛頓州商務廳與本府經發局簽署"
        "「經貿交流合作備忘錄」。"
    )
    (mou,) = rels(ext, RelType.SIGNED_MOU)
    assert {mou.source, mou.target} == {KAOHSIUNG, named(ext, "華盛頓州商務廳")}


# 13. an item's days in figures, then the invitation the trip answered in the same
# clause (107.4.11～4.15　應某市之邀，本府某局組團赴…): the trip's days
def test_a_trip_at_an_invitation_takes_the_items_days() -> None:
    ext = chapter(
        "二、107.4.11～4.15　應泰國曼谷市之邀，本府交通局組團赴泰國曼谷市出席該市主辦之"
        "「2018亞洲大都會交通研討會」。"
    )
    (trip,) = rels(ext, RelType.VISITED, source=KAOHSIUNG)
    assert (trip.properties.get("start"), trip.properties.get("end")) == (
        "2018-04-11",
        "2018-04-15",
    )


# 14. the verb of sending before a title of a kind of people (函邀某市選派學生代表): no one
# named 選派學生
@pytest.mark.parametrize("verb", ["選派", "推派", "指派", "派遣"])
def test_sending_words_are_no_name(verb: str) -> None:
    ext = chapter(
        f"二、107年3月3日　本府函邀日本熊本市及韓國仁川市{verb}學生代表，"
        "參加本府七月間舉辦之「2018高雄國際青少年夏令營」。"
    )
    assert not rels(ext, RelType.HOLDS_TITLE)


# 15. a tie of port cities (締結友好港市, 姊妹港市) is a tie of the cities
def test_a_tie_of_port_cities() -> None:
    ext = chapter(
        "四、其他城市",
        "本期法國馬賽市港務局局長杜邦於九月來訪時表示，馬賽市議會預定明年審議與本市締結"
        "友好港市案，本府將持續與該市洽商。",
    )
    (tie,) = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG)
    assert tie.target == named(ext, "馬賽市")
    assert tie.properties["status"] == "negotiating"


# 16. a home official hosting a guest at a banquet (陳大明市長設宴款待, 由陳市長親自接待
# 並設宴款待) met him
@pytest.mark.parametrize(
    "sentence",
    [
        "三、107年2月21日至23日　法國里昂市副市長杜邦率市政考察團一行十二人來訪，"
        "二十二日蒞府拜會，陳大明市長設宴款待。",
        "三、2月22日，法國里昂市副市長杜邦率該市經濟界人士一行二十人專程來訪，"
        "由陳大明市長親自接待並設宴款待。",
    ],
)
def test_hosting_a_guest_is_meeting_him(sentence: str) -> None:
    ext = chapter(
        "一、107年1月12日　日本熊本縣議會議長古賀一郎率團蒞府拜會，由市長陳大明親自接見。",
        sentence,
    )
    guest, host = named(ext, "杜邦"), named(ext, "陳大明")
    (met,) = [r for r in rels(ext, RelType.MET_WITH) if guest in (r.source, r.target)]
    assert {met.source, met.target} == {host, guest}
    assert met.properties["date"] == "2018-02-22"


# 17. a guest named in full, then by a surname of two and title, inviting the city in
# person (大西市長並當面邀請本府組隊參加…): the place whose title he holds invites
@pytest.mark.parametrize("adverb", ["並", "並當面", "亦親自"])
def test_a_guest_by_surname_invites_for_his_place(adverb: str) -> None:
    ext = chapter(
        "一、七月十二日，日本熊本市市長大西一史率團來訪，"
        f"大西市長{adverb}邀請本府組隊參加明年五月舉行之「2019熊本龍舟競賽」。"
    )
    kumamoto = named(ext, "熊本市")
    assert rels(ext, RelType.INVITED, source=kumamoto, target=KAOHSIUNG)
    assert rels(ext, RelType.HOSTED, source=kumamoto)


# 18. the two cities spoken of as sister cities (就兩姊妹市間…交換意見) tells their tie
def test_the_two_sister_cities_tell_the_tie() -> None:
    ext = chapter(
        "五、107年3月29日至4月1日　美國德州聖安東尼奧市副市長約翰‧史密斯率經貿訪問團一行十五人"
        "抵高訪問，三十日蒞府與陳市長晤談，就兩姊妹市間港埠及觀光交流廣泛交換意見。"
    )
    (tie,) = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    assert tie.target == named(ext, "聖安東尼奧市")
    assert "since" not in tie.properties


# 19. a body's official leading a delegation named by a place and an errand of trade
# (率菲律賓投資考察團, 某市招商訪問團): the group is its place's coming, the body came
def test_an_official_leading_an_investment_delegation_brings_his_body() -> None:
    ext = chapter(
        "十、107年6月2日　克拉克發展公司副總裁桑托斯（Maria Santos）率菲律賓投資考察團一行"
        "二十人蒞臨本市，拜會本府並與本市工商界人士座談。"
    )
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert named(ext, "克拉克發展公司") in visitors
    assert not [e for e in ext.entities if e.name_zh == "菲律賓投資考察團"]


# 20. a home official named in full presiding over the opening of the city's event
# (由陳大明市長主持開幕鳴槍) was there; one by surname is the city, its host, no more
@pytest.mark.parametrize("who", ["由陳大明市長主持開幕鳴槍", "由陳市長主持開幕"])
def test_presiding_over_the_opening_is_attending(who: str) -> None:
    ext = chapter(
        "一、107年1月12日　日本熊本縣議會議長古賀一郎率團蒞府拜會，由市長陳大明親自接見。",
        f"四、107年6月11日至13日　本府於愛河舉辦「2018高雄國際龍舟錦標賽」，{who}。",
    )
    took_part = {r.source for r in rels(ext, RelType.PARTICIPATED_IN)}
    assert took_part == ({named(ext, "陳大明")} if "大明" in who else set())


# 21. a home school's teachers and students led abroad by an official (某局王局長率本市
# 某高級中學師生一行…赴某市訪問): the school went too
def test_a_home_school_led_abroad_went_too() -> None:
    ext = chapter(
        "三、107.5.23～5.28　本府教育局王局長率本市三民高級中學師生一行二十五人赴日本熊本市訪問。"
    )
    school = named(ext, "三民高級中學")
    (went,) = rels(ext, RelType.VISITED, source=school)
    assert went.target == named(ext, "熊本市")
    assert (went.properties.get("start"), went.properties.get("led_by")) == ("2018-05-23", "王局長")


# 22. a body whose officials are told among a visitor's party (隨行者有某港務局官員等一行
# 六人): that body came too
def test_a_body_among_those_along_came_too() -> None:
    ext = chapter(
        "二、107年8月22日至24日，荷蘭鹿特丹市市長杜邦（Jan Dupont）率團蒞臨本市，"
        "隨行者有鹿特丹自由港管理局官員等一行六人，二十三日蒞府拜會陳市長。"
    )
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert named(ext, "鹿特丹自由港管理局") in visitors


# 23. a party come here at the invitation to join an event (某市隊伍本年六月應邀來高參加
# 「…」), the event named for the city: the city held it and invited them, and they joined
def test_coming_here_at_the_invitation_to_the_citys_event() -> None:
    ext = chapter(
        "一、七月十二日，日本熊本市市長大西一史率團專程來訪，本府已允諾明年組隊參賽，"
        "以回報熊本市隊伍本年六月應邀來高參加「2018高雄國際龍舟錦標賽」之盛情。"
    )
    kumamoto = named(ext, "熊本市")
    (race,) = {r.target for r in rels(ext, RelType.HOSTED, source=KAOHSIUNG)}
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=kumamoto)
    assert rels(ext, RelType.PARTICIPATED_IN, source=kumamoto, target=race)
