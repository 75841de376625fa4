"""Round 39c: forms of text read on the 105b pair (the genre as a real report of 2016
prints it: numbered items by kind of work, long sentences listing delegations, an
appended table of the half year's guests laid out with full-width spaces), each tested
on invented sentences of the same form."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. an appended table of guests whose guest column names what its cells hold besides
# in brackets (來訪貴賓（職稱）), its name opening with 來訪, laid out with full-width
# spaces and numbered by full-width digits: each line a guest's row
def test_a_guest_column_noting_the_title_in_brackets_heads_a_table_of_guests() -> None:
    ext = chapter(
        "附表：本期重要外賓來訪一覽表",
        "編號　日期　　　　國別　　　來訪貴賓（職稱）　　　　　　　接待單位",
        "１　　107.07.14　日本　　　新潟縣長岡市市長磯田達伸　　　　　秘書處",
        "２　　107.08.03　美國　　　西雅圖港務局局長Steve Metruck　　　海洋局",
        period="2018-07/2018-12",
    )
    mayor = rels(ext, RelType.VISITED, source=named(ext, "磯田達伸"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in mayor] == ["2018-07-14"]
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "磯田達伸"), title_zh="市長")
    port = rels(ext, RelType.VISITED, source=named(ext, "Steve Metruck"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in port] == ["2018-08-03"]


# 2. a school of the city named with its founder after 本市 (本市立某國中: the city's
# municipal school), also where the sentence opens 另本市立…: the school is 某國中
def test_a_school_written_after_the_city_as_its_founder_is_named_without_it() -> None:
    ext = chapter(
        "107年4月10日，本市立光華國民中學與日本長崎市立山手中學校締結為姊妹校；"
        "另本市立前鎮高中與韓國仁川市松島高等學校刻正洽談締結姊妹校。",
    )
    signed = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "光華國民中學"))
    assert [t.properties.get("since") for t in signed] == ["2018-04-10"]
    talks = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "前鎮高中"))
    assert [t.properties.get("status") for t in talks] == ["negotiating"]
    # a name of one word after 立 is the school's own (本市立人高中: 立人高中)
    ext = chapter("本市立人高中與日本大分縣立別府高等學校締結為姊妹校。")
    assert rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "立人高中"))


# 3. a vocational school written in full (某高級商業職業學校, 某高級工業職業學校): a
# school's name, as 高職 is
def test_a_vocational_school_written_in_full_is_a_school() -> None:
    ext = chapter("本市中正高級工業職業學校與日本福岡縣立八幡工業高等學校洽商締結姊妹校事宜。")
    talks = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "中正高級工業職業學校"))
    assert [t.properties.get("status") for t in talks] == ["negotiating"]


# 4. dining with the mayor named by surname and title (並與陳市長餐敘): a meeting with
# the city, and 餐敘 no part of a name (no 陳餐敘)
def test_dining_with_the_mayor_is_a_meeting_and_no_name() -> None:
    ext = chapter(
        "107年2月24日澳大利亞西澳州伯斯市副市長Jemma Green（葛林）來訪，"
        "出席燈會活動後並與陳市長餐敘，商談兩市青年交流事宜。",
    )
    met = rels(ext, RelType.MET_WITH, target=named(ext, "Jemma Green"))
    met += rels(ext, RelType.MET_WITH, source=named(ext, "Jemma Green"))
    assert [m.properties.get("date") for m in met] == ["2018-02-24"]
    assert not [e for e in ext.entities if "餐敘" in e.name_zh]


# 5. a Japanese woman's name closed by 子 holding 加 (加奈子, 由加子), which elsewhere is
# of a verb (參加) no name holds: a name after a title
def test_a_japanese_name_in_ko_may_hold_ka() -> None:
    ext = chapter("107年3月2日長崎縣知事公室國際課課長田村加奈子來訪。")
    guest = rels(ext, RelType.VISITED, source=named(ext, "田村加奈子"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in guest] == ["2018-03-02"]


# 6. an event held at the city's own venue (於本府工務局舉辦「…」) in a sentence that
# spoke of a foreign place before: the city's event, not that place's
def test_an_event_held_at_the_citys_own_bureau_is_not_the_places_before() -> None:
    ext = chapter(
        "日本廣島縣於本年7月遭受豪雨災害，本府並於107年9月13日邀請廣島縣危機管理課課長"
        "宮田花子來高，於本府工務局舉辦「豪雨救災經驗分享座談會」。",
        period="2018-07/2018-12",
    )
    hosts = [r.source for r in ext.relations if r.type == RelType.HOSTED]
    assert hosts == [KAOHSIUNG]


# 7. an invitation to come, then the city holding an event at its own venue in the next
# clause (邀請某某來高，於本府某局舉辦「…」): the invitee was invited to it and attended
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


# 8. a tie's progress told by 洽簽 (talks to sign) or 續商 (talks resumed): the tie is
# under negotiation, though the talks are paused (而暫停)
def test_talks_to_sign_or_resumed_are_a_tie_under_negotiation() -> None:
    ext = chapter(
        "（二）義大利熱那亞市：締結姊妹市之洽簽作業因對方市政府人事異動而暫停。",
        "（三）智利瓦帕萊索市：本府於本年11月再度去函表達續商締結姊妹市之意願。",
        period="2018-07/2018-12",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF)
    assert len(ties) == 2
    assert {t.properties.get("status") for t in ties} == {"negotiating"}


# 9. a title with no name, then 已 (新任市長已就職): 已 opens no name
def test_already_after_a_title_opens_no_name() -> None:
    ext = chapter("（三）智利瓦帕萊索市：新任市長已就職，本府將再度去函聯繫。")
    assert not [e for e in ext.entities if e.name_zh.startswith("已")]


# 10. a Latin name glossed in ideographs (副市長Paul Dennett（丹尼特）), later called by
# the gloss alone (副市長丹尼特來訪時): one person, not two
def test_a_latin_name_later_called_by_its_gloss_is_one_person() -> None:
    ext = chapter(
        "107年5月4日英國曼徹斯特市副市長Paul Dennett（丹尼特）率該市代表團一行8人來訪。",
        "曼徹斯特市副市長丹尼特來訪時，表達兩市建立友好城市關係之意願。",
    )
    people = [e.id for e in ext.entities if e.label.value == "Person"]
    assert people == [named(ext, "Paul Dennett")]
    assert named(ext, "丹尼特") == named(ext, "Paul Dennett")


# 11. envoys listed by 、 and closed by 等 before calling on the mayor (甲（gloss）、某處
# 代表乙等先後南下拜會陳市長): every one listed came and met the city, not the last alone
def test_envoys_listed_before_calling_on_the_mayor_all_came() -> None:
    ext = chapter(
        "另有荷蘭貿易暨投資辦事處代表紀維德（Guy Wittich）、紐西蘭商工辦事處代表"
        "傅恩萊（Vangelis Vitalis）等先後南下拜會陳市長。",
    )
    for envoy in ("紀維德", "傅恩萊"):
        assert rels(ext, RelType.VISITED, source=named(ext, envoy), target=KAOHSIUNG)
        assert rels(ext, RelType.MET_WITH, target=named(ext, envoy))


# 12. a Korean city's 國際協力官 (international cooperation officer) leading its
# delegation: one title of the city, not a body 國際 and a title 協力官
def test_an_international_cooperation_officer_is_a_title_of_the_city() -> None:
    ext = chapter("今年計有韓國仁川廣域市（由國際協力官李明浩率團）派團出席。")
    titles = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "李明浩"))
    assert [(t.target, t.properties.get("title_zh")) for t in titles] == [
        ("city:kr:incheon", "國際協力官")
    ]


# 13. a city's council called through 該市 (由該市市議會議長某某率團): the council of
# the city named before, also by the name the text spells (某某市 + 市議會)
def test_that_citys_council_is_also_named_with_the_city_in_full() -> None:
    ext = chapter("美國西雅圖市由該市市議會議長Bruce Harrell（哈瑞爾）率團來訪。")
    titles = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "Bruce Harrell"))
    assert [t.target for t in titles] == [named(ext, "西雅圖市市議會")]


# 14. a name written before its title, then 並就 and the topic (拜會某市王大明市長並就
# 兩市交流交換意見): the person holds the title
def test_a_name_before_its_title_then_the_topic_holds_the_title() -> None:
    ext = chapter("本府許副市長於3月15日赴日本長崎市，拜會長崎市田上富久市長並就兩市交流交換意見。")
    titles = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "田上富久"), title_zh="市長")
    assert [t.target for t in titles] == [named(ext, "長崎市")]


# 15. the city helping a body hold an event (本府協助國立某大學辦理「…」): the body holds
# it, the city neither holds nor attends it; a city sending people to it came to the city
def test_the_body_the_city_helps_holds_the_event() -> None:
    ext = chapter(
        "（二）107年6月18日至19日，本府協助國立成功大學辦理「2018亞太青年領袖論壇」，"
        "計有日本、韓國等4國、約80名青年學子參加，福岡市並派遣國際交流課職員2名與會。",
    )
    event = "event:亞太青年領袖論壇:2018"
    hosts = [r.source for r in rels(ext, RelType.HOSTED, target=event)]
    assert hosts == [named(ext, "國立成功大學")]
    assert not rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    came = rels(ext, RelType.VISITED, source=named(ext, "福岡市"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["2018-06-18"]


# 16. a signing to come, then talks now on its text (推動與某市簽署…備忘錄，刻正透過某處
# 洽商文字內容): the agreement is under negotiation
def test_a_signing_to_come_with_talks_now_on_its_text_is_negotiating() -> None:
    ext = chapter(
        "（三）推動與泰國曼谷市簽署觀光交流合作備忘錄，刻正透過駐泰國代表處洽商文字內容。"
    )
    mous = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert [m.properties.get("status") for m in mous] == ["negotiating"]


# 17. the city's own series joined bare (出席高雄燈會開幕, 出席燈會活動) before the text
# named any edition of it: the edition of the year of the day the sentence dates
def test_the_citys_series_joined_bare_is_the_edition_of_the_days_year() -> None:
    ext = chapter(
        "2月22日日本松山市市長野志克仁率市府代表團抵高，出席高雄燈會藝術節開幕。",
        period="2016-01/2016-06",
    )
    took_part = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "野志克仁"))
    assert [p.target for p in took_part] == ["event:kaohsiung-lantern-festival:2016"]


# 18. one person coming alone, then joining in the next clause with no subject of its
# own (某市副市長某某來訪，出席燈會活動後…): he attended, not his city
def test_a_person_coming_alone_attends_what_the_next_clause_joins() -> None:
    ext = chapter(
        "2月24日澳大利亞西澳州伯斯市副市長Jemma Green（葛林）來訪，出席燈會活動後並與陳市長餐敘。",
        period="2016-01/2016-06",
    )
    took_part = rels(ext, RelType.PARTICIPATED_IN)
    assert [p.source for p in took_part] == [named(ext, "Jemma Green")]


# 19. an event named by the short name of the city just gone to (赴韓國全羅北道群山市出席
# 「2018群山國際海洋論壇」), a short name that alone names no place the gazetteer reads:
# that city's event
def test_an_event_named_by_the_short_name_of_the_city_gone_to_is_its() -> None:
    ext = chapter(
        "107年11月21日至23日，本府海洋局派員赴韓國全羅北道群山市出席「2018群山國際海洋論壇」。",
        period="2018-07/2018-12",
    )
    hosts = [r.source for r in rels(ext, RelType.HOSTED)]
    assert hosts == ["city:kr:gunsan"]


# 20. thanks for a visit a place made (拜會某市市長某某，感謝該市於8月派團來訪): the
# place came, not the official thanked (who is met abroad)
def test_the_official_thanked_for_his_citys_visit_did_not_come() -> None:
    ext = chapter(
        "107年11月21日至23日，本府海洋局派員赴日本福岡市出席「2018福岡國際海洋論壇」，"
        "會議期間並拜會福岡市市長高島宗一郎，感謝該市於本年8月派團來訪。",
        period="2018-07/2018-12",
    )
    assert not rels(ext, RelType.VISITED, source=named(ext, "高島宗一郎"))
    assert rels(ext, RelType.VISITED, source="city:jp:fukuoka", target=KAOHSIUNG)


# 21. talks on the city's own taking part in an event (商談本市參加「…」相關事宜): the
# city's part in it is planned
def test_talks_on_the_citys_taking_part_plan_it() -> None:
    ext = chapter(
        "2月24日澳大利亞西澳州伯斯市副市長Jemma Green（葛林）來訪，"
        "商談本市參加「2019亞太城市高峰會」相關事宜。",
    )
    took_part = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert [p.properties.get("status") for p in took_part] == ["planned"]
