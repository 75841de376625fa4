"""Round 36b: forms of text read on 079-h2 (record cards of labelled fields — 案由：,
日期：, 地點：, 來訪人員：, 接見人員：, 經過：… — under 甲、乙、丙 groups), each tested on
invented cards of the same form."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a record card's date field (日期：107.3.6, 日期：三月上旬（107.3.5～3.8）) dates what
# the card tells with no day of its own: the visitors its 來訪人員 field lists
def test_a_cards_date_field_dates_its_visitors() -> None:
    ext = chapter(
        "（一）",
        "案由：日本橫濱市副市長率團來訪",
        "日期：三月上旬（107.3.5～3.8）",
        "來訪人員：橫濱市副市長山田一郎（Ichiro Yamada）、橫濱市港灣局局長佐藤次郎等一行六人",
        "經過：一行拜會本府，介紹該市港灣建設。",
        "（二）",
        "案由：美國奧克蘭市市長來訪",
        "日期：107.4.12",
        "來訪人員：美國奧克蘭市市長約翰‧史密斯（John Smith）",
        "經過：史密斯市長上午抵府，參觀港區。",
    )
    first = rels(ext, RelType.VISITED, source=named(ext, "山田一郎"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in first] == [
        ("2018-03-05", "2018-03-08")
    ]
    second = rels(ext, RelType.VISITED, source=named(ext, "約翰‧史密斯"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in second] == ["2018-04-12"]


# 2. a card's visitors field alone on its line (來訪人員：) over its visitors one a line,
# each post parted from the name by a space (仁川廣域市議會議長　金大中): each is a visitor
# holding that post, come on the card's date; a line naming no one (隨行人員三人) adds none
def test_visitors_listed_one_a_line_under_a_cards_field() -> None:
    ext = chapter(
        "（一）",
        "案由：韓國仁川廣域市議會訪問團來訪",
        "日期：107.5.21",
        "來訪人員：",
        "仁川廣域市議會議長　朴正浩",
        "仁川廣域市議會議員　李永洙",
        "隨行人員三人",
        "接待人員：本市議會議長、秘書處",
        "經過：一行拜會本府及本市議會。",
    )
    for name, title in (("朴正浩", "議長"), ("李永洙", "議員")):
        person = named(ext, name)
        assert rels(ext, RelType.HOLDS_TITLE, source=person, title_zh=title)
        visits = rels(ext, RelType.VISITED, source=person, target=KAOHSIUNG)
        assert [v.properties.get("start") for v in visits] == ["2018-05-21"]


# 3. a trip card (地點：, 出訪人員：): its place field and its roster of those who went
# tell together that the city went there, on the card's date, led by the member marked
# （領隊）/（團長）, else by the first listed; the roster may stand one member a line
def test_a_trip_cards_place_and_roster_tell_the_citys_trip() -> None:
    ext = chapter(
        "（一）",
        "案由：參加「國際港灣城市論壇」",
        "日期：107年6月4日至8日",
        "地點：德國漢堡市",
        "出訪人員：海洋局林科長（領隊）、經發局科員一人",
        "經過：論壇由漢堡市主辦。",
        "（二）",
        "案由：出席「仁川港口節」",
        "日期：107年5月2日至5日",
        "地點：韓國仁川廣域市",
        "出訪人員：",
        "觀光局陳局長（團長）",
        "秘書處科員一人",
        "經過：本團出席開幕典禮。",
    )
    hamburg = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "漢堡市"))
    assert [(v.properties.get("start"), v.properties.get("led_by")) for v in hamburg] == [
        ("2018-06-04", "林科長")
    ]
    incheon = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "仁川廣域市"))
    assert [(v.properties.get("end"), v.properties.get("led_by")) for v in incheon] == [
        ("2018-05-05", "陳局長")
    ]


# 4. a trip card's itinerary lines, each its days, then the stop before a colon
# (6月4日至6日　大阪市：拜會…): the city's visit to that stop is of those days, not the
# whole trip's
def test_a_trip_cards_itinerary_lines_date_each_stop() -> None:
    ext = chapter(
        "（一）",
        "案由：市長率團訪問日本關西地區",
        "日期：107年6月4日至10日",
        "地點：日本大阪市、京都市",
        "出訪人員：市長陳大明、觀光局局長、秘書處人員共六人",
        "行程及經過：",
        "6月4日至7日　大阪市：拜會大阪府知事，出席觀光推介會；",
        "6月8日至10日　京都市：參觀京都市國際交流會館。",
    )
    osaka = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "大阪市"))
    assert [(v.properties.get("start"), v.properties.get("end")) for v in osaka] == [
        ("2018-06-04", "2018-06-07")
    ]
    kyoto = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "京都市"))
    assert [(v.properties.get("start"), v.properties.get("end")) for v in kyoto] == [
        ("2018-06-08", "2018-06-10")
    ]


# 5. a title of one elected but not yet in office (州長當選人, 市長當選人): the title as
# written, not the office it will be
def test_an_elected_officials_title_is_read_whole() -> None:
    ext = chapter(
        "3月5日，陳市長與美國華盛頓州州長當選人約翰‧李維斯（John Lewis）會晤。",
    )
    person = named(ext, "約翰‧李維斯")
    titles = rels(ext, RelType.HOLDS_TITLE, source=person)
    assert [t.properties.get("title_zh") for t in titles] == ["州長當選人"]


# 6. a span read as a name that holds a word never standing at a name's edge (首度,
# 同時): it ran on into the sentence (…會長後首度訪臺), no name
def test_a_name_holding_a_sentence_word_is_no_name() -> None:
    ext = chapter(
        "日本大阪商工會議所會長山本一郎本年接任會長後首度南下，上午抵府，由陳市長接見。",
    )
    names = {e.properties.get("name_zh") or e.id for e in ext.entities}
    assert not any("首度" in str(n) for n in names)


# 7. a card's account telling a call on the city with no visitor named before it
# (經過：5日上午拜會本府，由李副市長接見): the visitor the card's visitors field names
# first met the one named receiving; received by a title alone (由秘書長接見), no one
def test_a_cards_account_meets_the_first_visitor_listed() -> None:
    ext = chapter(
        "（一）",
        "案由：美國聖地牙哥市副市長來訪",
        "日期：107年3月4日至6日",
        "來訪人員：聖地牙哥市副市長湯姆‧布朗（Tom Brown）、聖地牙哥港務局委員瑪莉‧李（Mary Lee）",
        "經過：5日上午拜會本府，由李副市長接見，雙方就港埠合作交換意見。",
        "（二）",
        "案由：智利瓦爾帕萊索市市長來訪",
        "日期：107.4.9",
        "來訪人員：智利瓦爾帕萊索市市長荷西‧馬丁（Jose Martin）",
        "經過：一行拜會本府，由秘書長接見。",
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "湯姆‧布朗"))
    assert [m.properties.get("date") for m in met] == ["2018-03-05"]
    assert not rels(ext, RelType.MET_WITH, target=named(ext, "瑪莉‧李"))
    assert not rels(ext, RelType.MET_WITH, target=named(ext, "荷西‧馬丁"))


# 8. 室長, the head of an office (某市企劃室室長), after a body ending in 室: the body
# whole and the title
def test_an_office_chiefs_title_follows_his_office() -> None:
    ext = chapter(
        "5月3日，韓國大邱廣域市國際通商室室長金正浩來訪，拜會本府。",
    )
    person = named(ext, "金正浩")
    titles = rels(ext, RelType.HOLDS_TITLE, source=person)
    assert [(t.target, t.properties.get("title_zh")) for t in titles] == [
        (named(ext, "大邱廣域市國際通商室"), "室長")
    ]


# 9. a school named right after a card's field label (成果：某州立高級中學表示…): the
# label is no part of its name; wishing a tie (有意…締結姊妹校) then talks begun
# (目前已由兩校開始洽商) is a tie being negotiated
def test_a_school_after_a_field_label_wishing_a_tie_under_talks() -> None:
    ext = chapter(
        "（一）",
        "案由：教育訪問團赴紐西蘭奧克蘭市",
        "日期：107年4月2日至8日",
        "地點：紐西蘭奧克蘭市",
        "出訪人員：教育局林科長（領隊）、教師三人",
        "成果：奧克蘭西湖女子高級中學（Westlake Girls High School）"
        "表示有意與本市新興高中締結姊妹校，"
        "目前已由兩校開始洽商。",
    )
    ties = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert [
        (named(ext, "奧克蘭西湖女子高級中學") in (t.source, t.target), t.properties.get("status"))
        for t in ties
    ] == [(True, "negotiating")]


# 10. a card's subject field (案由：某市議會議員訪問團來訪) is its title, the label no part
# of what it tells: the body whose delegation came visited, on the card's days
def test_a_cards_subject_tells_the_bodys_coming_on_its_days() -> None:
    ext = chapter(
        "（一）",
        "案由：日本神戶市議會議員訪問團來訪",
        "日期：107年7月9日至11日",
        "來訪人員：",
        "神戶市議會議長　安田一郎",
        "神戶市議會議員　森田次郎",
        "經過：訪問團由安田議長率領，9日抵高，10日拜會本府及本市議會。",
    )
    council = rels(ext, RelType.VISITED, source=named(ext, "神戶市議會"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in council] == [
        ("2018-07-09", "2018-07-11")
    ]


# 11. an agreement signed in a clause after a tie told as lasting since a year
# (回顧兩市自民國六十年締結姊妹市以來…，隨即簽署「…」): dated by the day, not by that year;
# one a body would be glad to see signed (樂見兩市簽署…備忘錄) is only planned
def test_a_signing_after_a_tie_since_a_year_takes_the_day() -> None:
    ext = chapter(
        "3月6日上午，陳市長與仁川市長在本府舉行會談，回顧兩市自民國六十年締結姊妹市以來之交流，"
        "隨即共同簽署「高雄市仁川市觀光交流合作協議書」。",
        "仁川市議會議長表示，仁川市議會樂見兩市簽署青少年交流備忘錄。",
    )
    signed = rels(ext, RelType.SIGNED_MOU, title="高雄市仁川市觀光交流合作協議書")
    assert [s.properties.get("date") for s in signed] == ["2018-03-06"]
    wished = [r for r in rels(ext, RelType.SIGNED_MOU) if r not in signed]
    assert [w.properties.get("status") for w in wished] == ["planned"]


# 12. a trip card's subject with no one named doing it (案由：出席「某市港祭」): the city
# took part, as the card is its trip
def test_a_trip_cards_subject_is_the_citys_doing() -> None:
    ext = chapter(
        "（一）",
        "案由：出席「2018清水港祭」",
        "日期：107年7月20日至23日",
        "地點：日本清水市",
        "出訪人員：海洋局局長、秘書處科員一人",
        "經過：港祭由清水市主辦，計有各國約二百人出席。",
    )
    joined = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert [p.properties.get("status") for p in joined] == ["attended"]
    assert any("出席「2018清水港祭」" in e.text for e in joined[0].evidence)


# 13. 本團 (this delegation), in the report's own voice, is the city's delegation: what it
# did the city did (本團應某市邀請，參加由該市主辦之「…」)
def test_this_delegation_is_the_citys() -> None:
    ext = chapter(
        "5月3日至8日，本府文化局組團赴美國聖塔芭芭拉市。本團應聖塔芭芭拉市邀請，"
        "參加由該市主辦之「聖塔芭芭拉國際電影節」。",
    )
    joined = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert any("本團應聖塔芭芭拉市邀請" in e.text for p in joined for e in p.evidence)
    inviters = rels(ext, RelType.INVITED, target=KAOHSIUNG)
    assert [i.source for i in inviters] == [named(ext, "聖塔芭芭拉市")]


# 14. an invitation a guest made, told in a card's results with no day of its own
# (成果：某市長邀請本府明年派員訪問該市): made on the card's date
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


# 15. a verb or a word of whether right after a surname and title (由林副市長頒獎, 簽報
# 市長核定, 某市長能否親自率團): no given name written after the title
def test_a_verb_after_a_title_is_no_given_name() -> None:
    ext = chapter(
        "閉幕典禮由林副市長頒獎。",
        "秘書處修正協議草案，並簽報市長核定。",
        "大阪市長能否親自率團，俟該市議會會期確定後另行答覆。",
    )
    names = {str(e.properties.get("name_zh", "")) for e in ext.entities}
    assert not names & {"林頒獎", "頒獎", "核定", "能否"}
    assert not [r for r in ext.relations if r.type == RelType.HOLDS_TITLE]


# 16. an official abroad receiving the city's delegation, named right after the verb
# (某市長某某於市政廳接見全體團員): the city met that official, that day
def test_an_official_receiving_the_delegation_met_the_city() -> None:
    ext = chapter(
        "6月5日至9日，本府文化局組團赴加拿大溫哥華市參加「溫哥華國際兒童藝術節」。"
        "6月6日，溫哥華市長羅伯特‧金恩（Robert King）於市政廳接見全體團員，並致贈紀念品。",
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "羅伯特‧金恩"))
    assert [m.properties.get("date") for m in met] == ["2018-06-06"]
    assert not rels(ext, RelType.MET_WITH, target=named(ext, "溫哥華市"))


# 17. a guest's call on the city on a day of a visit read before (來訪人員：… then
# 經過：…20日拜會本府，由王市長接見): the call tells that visit too, its evidence
def test_a_call_within_a_visit_read_before_tells_that_visit() -> None:
    ext = chapter(
        "（一）",
        "案由：英國貿易文化辦事處高雄分處新任處長到任拜會",
        "日期：107.10.20",
        "來訪人員：英國貿易文化辦事處高雄分處處長李察‧史東（Richard Stone）",
        "經過：史東處長於十月上旬到任，20日拜會本府，由王市長接見。",
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "李察‧史東"), target=KAOHSIUNG)
    assert len(visits) == 1
    assert any("20日拜會本府" in e.text for e in visits[0].evidence)


# 18. one told escorting a guest here (由某國駐華大使館參事某某陪同南下): he came too, on
# the guest's days, though stationed in Taiwan (the text says he came)
def test_an_escort_told_coming_here_came_on_the_guests_days() -> None:
    ext = chapter(
        "（一）",
        "案由：約旦安曼市副市長一行參訪本市",
        "日期：107年3月12日至13日",
        "來訪人員：約旦哈希姆王國安曼市副市長哈山（Hassan Ali）等一行四人",
        "陪同人員：約旦駐華商務辦事處代表卡林（Karim Omar）",
        "經過：哈山副市長率團訪華，由卡林代表陪同南下，12日參觀港區；13日上午離高。",
    )
    escort = rels(ext, RelType.VISITED, source=named(ext, "卡林"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in escort] == [
        ("2018-03-12", "2018-03-13")
    ]


# 19. a trip card's subject naming no going of its own (案由：出席「某市民日」慶祝活動)
# took place where its place field says: the city went there, and the event named for
# that city is that city's
def test_a_trip_cards_subject_took_place_where_its_place_field_says() -> None:
    ext = chapter(
        "（一）",
        "案由：出席「仁川市民日」慶祝活動",
        "日期：107年10月3日至6日",
        "地點：韓國仁川市",
        "出訪人員：",
        "民政局黃局長（團長）",
        "秘書處科員一人",
        "經過：本團出席市民日慶典及市民大遊行。",
    )
    incheon = named(ext, "仁川市")
    assert rels(ext, RelType.HOSTED, source=incheon)
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=incheon)


# 20. a unit named for planning, its group written 小組 (捷運規劃小組工程司一人): a body's
# name, no plan to come; the trip it went on took place
def test_a_planning_groups_name_is_no_plan() -> None:
    ext = chapter(
        "107年8月27日至30日，本府工務局技正一人、捷運工程規劃小組工程司一人赴日本大阪市考察。",
    )
    trips = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "大阪市"))
    assert [t.properties.get("start") for t in trips] == ["2018-08-27"]


# 21. the city's delegate presenting a paper by its title in a sentence of its own
# (本府代表於8月28日以「某某規劃」為題發表報告): the city spoke at the event just named
def test_a_paper_presented_by_its_title_is_a_speakers_part() -> None:
    ext = chapter(
        "8月27日至30日，本府派員赴泰國曼谷市出席「第五屆亞洲都市環境研討會」。"
        "本府代表於8月28日以「高雄港區再開發計畫」為題發表報告。",
    )
    joined = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert [p.properties.get("role") for p in joined] == ["speaker"]
