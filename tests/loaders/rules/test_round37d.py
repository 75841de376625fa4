"""Round 37d: forms of text read on the 075 pair (a narrative whose particulars sit in
endnotes; a register of guests by person, each entry headed by the guest's name, country
and post), each tested on invented sentences of the same form."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a register's entry headed by its ordinal and its person, then the person's country
# and post, parted by spaces (第二位　王大明（Wang Da-ming）　日本　某市副市長): he holds the
# post, the heading telling it
def test_a_register_heading_names_its_person_and_post() -> None:
    ext = chapter(
        "第一位　陳志豪（Chen Chih-hao）　新加坡　新加坡港務集團處長",
        "陳處長於三月二日至四日來訪，參觀本市港區。",
        "第二位　Maria Santos（桑多絲）　菲律賓　宿霧市副市長",
        "桑多絲副市長於五月八日率團來訪。",
        "第三位　Hans Becker　德國　不來梅市經濟局局長",
        "Becker局長於六月一日來訪，拜會本府經發局。",
        period="2018-01/2018-06",
    )
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "桑多絲"), target=named(ext, "宿霧市"))
    assert [h.properties.get("title_zh") for h in held] == ["副市長"]
    assert any("Maria Santos（桑多絲）　菲律賓　宿霧市副市長" in e.text for e in held[0].evidence)
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "Hans Becker"))
    assert [h.properties.get("title_zh") for h in held] == ["局長"]


# 2. the entry's text calling its person by surname and the heading's title (崔市長於…
# 來訪, under 第八位　崔大宇（…）　韓國　某市市長): it is he who came
def test_a_register_entry_calls_its_person_by_surname_and_title() -> None:
    ext = chapter(
        "第一位　朴正浩（Park Jung-ho）　大韓民國　大邱市副市長",
        "朴副市長於四月十日至十二日率大邱市代表團一行八人來訪，參觀本市捷運。",
        "第二位　中村健一（Nakamura Kenichi）　日本　福岡市議會議長",
        "中村議長於五月三日率議員五人來訪。",
        period="2018-01/2018-06",
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "朴正浩"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in came] == [
        ("2018-04-10", "2018-04-12")
    ]
    came = rels(ext, RelType.VISITED, source=named(ext, "中村健一"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["2018-05-03"]


# 3. a title followed by words of a thing not done yet (新任市長迄未表示意見, 尚未回覆):
# no one is named
def test_a_title_followed_by_not_yet_names_no_one() -> None:
    ext = chapter(
        "與智利瓦爾帕萊索市洽談締結姊妹市一案，因對方市長迄未回覆，暫緩辦理。",
        "另與祕魯卡亞俄市洽談交流，因該市議長尚未表示意見，仍待聯繫。",
        period="2018-01/2018-06",
    )
    assert rels(ext, RelType.HOLDS_TITLE) == []


# 4. a name before its title, then the verb of hoping (某某市長盼兩市今後…): no name
# after the title
def test_a_title_followed_by_hoping_names_no_one_after_it() -> None:
    ext = chapter(
        "智利瓦爾帕萊索市市長羅德里格斯（Pablo Rodríguez）於三月五日來訪。"
        "羅德里格斯市長盼兩市今後在港埠管理方面加強合作。",
        period="2018-01/2018-06",
    )
    holders = {h.source for h in rels(ext, RelType.HOLDS_TITLE)}
    assert holders == {named(ext, "羅德里格斯")}


# 5. a guest's coming told, then the next sentence of its paragraph opening with a day
# and the time of it, no one named (…於三月二日至五日來訪。三日上午拜會陳市長): the guest
# met that official that day
def test_a_call_opening_the_next_sentence_with_its_day_is_the_guests() -> None:
    ext = chapter(
        "加拿大溫哥華市議會議長懷特（Mary White）率議員三人，於九月二日至五日訪問本市。"
        "三日下午拜會陳其邁市長，雙方就觀光交流交換意見。",
        period="2018-07/2018-12",
    )
    met = rels(ext, RelType.MET_WITH, target=named(ext, "懷特"))
    assert [(m.source, m.properties.get("date")) for m in met] == [
        (named(ext, "陳其邁"), "2018-09-03")
    ]


# 6. the same guest received, the next sentence telling the home official receiving
# with the time of the day before (…來訪。十一日上午由陳其邁市長於市長室接見): met
def test_a_reception_told_in_the_next_sentence_of_the_coming_is_a_meeting() -> None:
    ext = chapter(
        "加拿大溫哥華市副市長懷特（Mary White）率該市觀光訪問團，於九月十日至十三日來訪。"
        "十一日下午由陳其邁市長在市長室接見，就觀光行銷合作交流。",
        period="2018-07/2018-12",
    )
    met = rels(ext, RelType.MET_WITH, target=named(ext, "懷特"))
    assert [(m.source, m.properties.get("date")) for m in met] == [
        (named(ext, "陳其邁"), "2018-09-11")
    ]


# 7. an endnote at the chapter's end (註一：…), the particulars of what the text told
# where it points to it (（註一）): its label is no part of its text, and it is read
# as an item of its own, not as the last section's text
def test_an_endnote_is_read_after_its_label() -> None:
    ext = chapter(
        "本期市府組團出國一次，即市長率團訪問韓國（註一）。",
        "二、結語",
        "下半年將繼續推動城市交流。",
        "附註",
        "註一：陳其邁市長率觀光局人員一行五人，於三月二日至六日訪問大邱市，"
        "並於三日拜會大邱市長權泳臻。",
        period="2019-01/2019-06",
    )
    went = rels(ext, RelType.VISITED, source=named(ext, "陳其邁"), target=named(ext, "大邱市"))
    assert [(v.properties.get("start"), v.properties.get("end")) for v in went] == [
        ("2019-03-02", "2019-03-06")
    ]


# 8. a name followed by a form of address (主席懷特女士（Mary White）, 議員布朗女士率團):
# the name without it, and the body she led came too
def test_a_form_of_address_after_a_name_is_no_part_of_it() -> None:
    ext = chapter(
        "加拿大溫哥華市國際關係委員會主席懷特女士（Mary White）於三月來函，表達交流意願。",
        "美國波士頓市議會議員布朗女士率團於四月二日來訪。",
        period="2018-01/2018-06",
    )
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "懷特"))
    assert [h.properties.get("title_zh") for h in held] == ["主席"]
    came = {v.source for v in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert came == {named(ext, "布朗"), named(ext, "波士頓市議會")}


# 9. a visitor coming with his own body's or city's people, told by 偕 and 該 with the
# body's ending (某委員會主席某某偕該委員會委員二人來訪, 某市長…偕該市議員二人南下訪問
# 本市): the body or city came too
def test_a_visitor_with_his_own_bodys_people_brings_the_body() -> None:
    ext = chapter(
        "美國奧斯汀市國際關係委員會主席格林女士（Anne Green）偕該委員會委員三人，"
        "於三月二日至四日來訪。",
        "智利瓦爾帕萊索市市長羅德里格斯（Pablo Rodríguez）趁出席臺北會議之便，於四月五日至"
        "七日偕該市議員三人訪問本市。",
        period="2018-01/2018-06",
    )
    came = {v.source for v in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert {named(ext, "奧斯汀市國際關係委員會"), named(ext, "瓦爾帕萊索市")} <= came


# 10. a guest attending the city's event, his stay told after it by the day he arrived
# and the day he left (…出席「某論壇」，十一月十六日抵高，二十日離高): he came those days,
# not the event's
def test_a_stay_told_by_arrival_and_leaving_after_attending_dates_the_visit() -> None:
    ext = chapter(
        "本府於十一月十八日至十九日主辦「2018高雄港灣論壇」。",
        "韓國大邱市副市長朴正浩應本府之邀，率該市代表團出席「2018高雄港灣論壇」，"
        "十一月十六日抵高，二十日離高。",
        period="2018-07/2018-12",
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "朴正浩"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in came] == [
        ("2018-11-16", "2018-11-20")
    ]


# 11. the city's trip told, then a sentence after ； going on past its days to a next
# stop (…於5月12日至17日赴甲市考察；18日至20日轉赴乙市): a leg of the trip, led alike
def test_a_trip_going_on_after_a_semicolon_to_a_next_stop_is_a_leg() -> None:
    ext = chapter(
        "觀光局王局長率該局人員一行五人，於5月12日至17日赴美國舊金山市考察觀光行銷；"
        "18日至20日轉赴奧克蘭市，參觀該市港區。",
        period="2018-01/2018-06",
    )
    went = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "奧克蘭市"))
    assert [(v.properties.get("start"), v.properties.get("end")) for v in went] == [
        ("2018-05-18", "2018-05-20")
    ]
    assert [v.properties.get("led_by") for v in went] == ["王局長"]


# 12. a day, then talks with someone about making a tie (19日與某主席晤談締盟事宜): the
# day of the talks, not the day a tie was made
def test_talks_about_a_tie_on_a_day_are_dated_that_day() -> None:
    ext = chapter(
        "美國奧斯汀市國際關係委員會主席格林（Anne Green）於一月來函。",
        "觀光局王局長於6月3日至5日赴美國奧斯汀市，4日與格林主席會談締結姊妹市事宜。",
        period="2018-01/2018-06",
    )
    met = rels(ext, RelType.MET_WITH, target=named(ext, "格林"))
    assert [m.properties.get("date") for m in met] == ["2018-06-04"]


# 13. a city hoping for a tie (某市市長於四月致函本府，盼與本市締結姊妹市): a tie still
# to be made, not one made that month
def test_a_tie_hoped_for_is_planned() -> None:
    ext = chapter(
        "祕魯卡亞俄市市長羅哈斯（Luis Rojas）於本年三月致函本府，盼與本市締結姊妹市。",
        period="2018-01/2018-06",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "卡亞俄市"))
    assert [(t.properties.get("status"), t.properties.get("since")) for t in ties] == [
        ("planned", None)
    ]


# 14. a city told as the city's partner of a rank with an adverb before the verb (某市亦為
# 本市第一個姊妹市): its rank
def test_a_partners_rank_told_with_an_adverb_is_its_ordinal() -> None:
    ext = chapter("日本仙台市亦為本市第三個姊妹市。", period="2018-01/2018-06")
    ties = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "仙台市"))
    assert [t.properties.get("ordinal") for t in ties] == [3]


# 15. cities listed by bare names after one written with its country, closed by their
# count and the suffix they share (日本神戶、長崎兩市均派團與會): each took part
def test_bare_city_names_closed_by_their_count_and_suffix_are_each_a_city() -> None:
    ext = chapter(
        "本府於十一月十八日主辦「2018港灣城市論壇」，日本神戶、長崎、橫濱三市均派團與會。",
        period="2018-07/2018-12",
    )
    took_part = {p.source for p in rels(ext, RelType.PARTICIPATED_IN)}
    assert {named(ext, "神戶市"), named(ext, "長崎市"), named(ext, "橫濱市")} <= took_part


# 16. the city's trip told, then the next sentence of its paragraph opening with a day
# within the trip and a meeting with no subject (…於三月二十四日至二十九日訪問某市。二十五
# 日與該市市長某某會晤): the trip's leader met him that day
def test_a_meeting_on_a_day_of_the_trip_told_before_is_its_leaders() -> None:
    ext = chapter(
        "陳其邁市長率觀光局及經發局人員，於七月八日至十二日訪問仙台市。"
        "九日與仙台市長郡和子（Kazuko Kohri）會晤，交換觀光合作意見。",
        period="2019-07/2019-12",
    )
    met = rels(ext, RelType.MET_WITH, target=named(ext, "郡和子"))
    assert [(m.source, m.properties.get("date")) for m in met] == [
        (named(ext, "陳其邁"), "2019-07-09")
    ]


# 17. a guest coming down to see a place of the city (南下考察高雄港貨櫃作業, 南下參觀本市
# 港區): he came
def test_coming_down_to_see_a_place_of_the_city_is_a_visit() -> None:
    ext = chapter(
        "第一位　Hans Becker　德國　不來梅市經濟局港務處處長",
        "Becker處長結束臺北行程後，於九月三日至五日南下參觀高雄港自由貿易港區。",
        period="2018-07/2018-12",
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "Hans Becker"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in came] == [
        ("2018-09-03", "2018-09-05")
    ]


# 18. a school abroad, led by its head, coming to its sister school here named after
# 姊妹校 and the city's word (某校長率該校師生回訪姊妹校本市某女中): the schools' tie
def test_a_school_coming_to_its_sister_school_here_is_tied_to_it() -> None:
    ext = chapter(
        "第一位　山田花子（Yamada Hanako）　日本　仙台女子高等學校校長",
        "山田校長於三月五日至八日率該校師生三十人來高，拜訪姊妹校本市中山女中。",
        period="2018-07/2018-12",
    )
    ties = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "中山女中"))
    assert [t.target for t in ties] == [named(ext, "仙台女子高等學校")]


# 19. the next sentence after a guest's coming opening with the day and his arrival, the
# city's side before the verb (…來訪。十七日抵高後即與陳其邁市長會晤): the guest met him
def test_a_meeting_right_after_the_guests_arrival_is_the_guests() -> None:
    ext = chapter(
        "第一位　權泳臻（Kwon Young-jin）　大韓民國　大邱市市長",
        "權市長一行於九月三日至六日來訪。三日抵達本市後隨即與陳其邁市長會晤；四日參觀港區。",
        period="2018-07/2018-12",
    )
    met = rels(ext, RelType.MET_WITH, target=named(ext, "權泳臻"))
    assert [(m.source, m.properties.get("date")) for m in met] == [
        (named(ext, "陳其邁"), "2018-09-03")
    ]


# 20. the same, his wife named first (某市長偕夫人及該市府官員一行六人訪問本市): the city
# came too
def test_a_visitor_with_his_wife_and_his_citys_officials_brings_the_city() -> None:
    ext = chapter(
        "智利瓦爾帕萊索市（Valparaíso）市長羅德里格斯（Pablo Rodríguez）偕夫人暨該市府"
        "觀光部門主管四人，於九月十日至十三日來訪。",
        period="2018-01/2018-06",
    )
    came = {v.source for v in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert named(ext, "瓦爾帕萊索市") in came


# 21. a sentence opening with a meeting as its time (會晤時陳市長邀請權市長…): the meeting
# told before, no second one
def test_a_meeting_recalled_as_a_time_is_no_meeting_of_its_own() -> None:
    ext = chapter(
        "陳其邁市長率觀光局人員一行九人，於三月二十四日至二十九日訪問大邱市。"
        "二十五日與大邱市長權泳臻（Kwon Young-jin）會晤，並參觀該市地下鐵工程。"
        "會談時陳市長並邀請權市長明年率團出席本府「2020高雄港灣論壇」。",
        period="2019-01/2019-06",
    )
    met = rels(ext, RelType.MET_WITH, target=named(ext, "權泳臻"))
    assert [m.properties.get("date") for m in met] == ["2019-03-25"]


# 22. the city's trip to a country told with a pointer to an endnote that tells the trip
# to a city of it (市長率團訪問日本（註一）; 註一：…訪問仙台市): the city's trip, not also
# one to the country
def test_a_trip_to_a_country_pointing_to_a_note_of_its_city_is_that_citys() -> None:
    ext = chapter(
        "本期市府組團出國計一次。",
        "即副市長率團訪問日本（註一），拜會姊妹市並邀請對方首長出席本府年底主辦之論壇。",
        "二、結語",
        "附註",
        "註一：林副市長率觀光局人員一行五人，於三月二日至六日訪問仙台市。",
        period="2019-01/2019-06",
    )
    went = {v.target for v in rels(ext, RelType.VISITED, source=KAOHSIUNG)}
    assert went == {named(ext, "仙台市")}


# 23. a register entry's sentence naming no one, telling a part played (十八日上午於開幕式
# 發表專題演講, 綜合座談時擔任與談人): the entry's person's part in the city's event he
# attended
def test_a_register_entrys_unnamed_part_is_its_persons() -> None:
    ext = chapter(
        "第一位　朴正浩（Park Jung-ho）　大韓民國　大邱市副市長",
        "朴副市長於十一月十七日至二十日率大邱市代表團一行十五人來訪，出席本府主辦之"
        "「2018高雄港灣論壇」。二十日上午於閉幕論壇擔任與談人，分享都市更新經驗。",
        period="2018-07/2018-12",
    )
    took = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "朴正浩"))
    assert [t.properties.get("role") for t in took] == ["panelist"]


# 24. a register entry's clause attending an event with no subject, after one telling the
# person came down (金大使於十一月十八日特地南下，出席「…」開幕典禮並致詞): the entry's
# person took part, speaking
def test_a_register_entrys_unnamed_attendance_is_its_persons() -> None:
    ext = chapter(
        "本府於十一月十八日至十九日主辦「2018高雄港灣論壇」。",
        "第一位　李明洙（Lee Myung-soo）　大韓民國　大韓民國駐台北代表部代表",
        "李代表於十一月十九日專程南下，出席「2018高雄港灣論壇」閉幕式並致詞。",
        period="2018-07/2018-12",
    )
    took = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "李明洙"))
    assert [t.properties.get("role") for t in took] == ["speaker"]
