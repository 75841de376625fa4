"""Round 37a: forms of text read on the 076 pair (the city's written replies to council
members' interpellations, and a progress report on the year's work-plan items), each
tested on invented sentences of the same form."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a council member's question (質詢要旨：報載…已締結…？): what the member has heard is
# asked, not told; only the city's answer (答覆：) states facts
def test_what_a_council_members_question_supposes_is_no_fact() -> None:
    ext = chapter(
        "質詢議員：王大同議員",
        "質詢要旨：報載本市已與澳洲伯斯市締結為姊妹市，又聞伯斯市長將於本年五月來訪，是否屬實？",
        "答覆（一百零七年三月二日）：",
        "（一）查本府與伯斯市迄無締盟之議，所詢與事實不符。",
    )
    assert not [r for r in ext.relations if r.type == RelType.SISTER_CITY_OF]
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)


# 2. an answer dated in its field (答覆（一百零七年五月八日）：) tells months relative to
# that day: 上月 is the month before it, 本月 its own
def test_an_answers_last_month_counts_from_the_day_it_was_written() -> None:
    ext = chapter(
        "質詢議員：王大同議員",
        "質詢要旨：本市與外國城市交流情形為何？",
        "答覆（一百零七年五月八日）：",
        "（一）查澳洲伯斯市副市長約翰．史密斯已於上月下旬率該市商界人士一行六人來訪。",
        "（二）本月上旬，紐西蘭奧克蘭市市長菲爾．高夫率團來訪。",
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "約翰．史密斯"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["2018-04"]
    came = rels(ext, RelType.VISITED, source=named(ext, "菲爾．高夫"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["2018-05"]


# 3. a name written right before 已 (某某已於三月率團來訪): "already" is the sentence's
def test_already_after_a_name_is_no_part_of_it() -> None:
    ext = chapter("澳洲伯斯市市長約翰．史密斯已於三月二日率團來訪。")
    came = rels(ext, RelType.VISITED, source=named(ext, "約翰．史密斯"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["2018-03-02"]


# 4. a sister-school tie named as a matter (甲校與乙校締結姊妹校一案), talks on it going on
# after (刻正由兩校洽商中): negotiated, not made
def test_a_school_tie_named_as_a_matter_under_talks_is_negotiating() -> None:
    ext = chapter(
        "另本市市立前鎮高級中學與日本福岡縣立博多高等學校締結姊妹校一案，刻正由兩校透過電子郵件洽商中。"
    )
    ties = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert [t.properties.get("status") for t in ties] == ["negotiating"]


# 5. a tie's agreement denied signed (迄未與某市簽訂任何友好城市協定), as an answer corrects
# what a question supposed: no signed tie
def test_a_tie_agreement_denied_signed_is_no_signed_tie() -> None:
    ext = chapter("查本府迄未與智利瓦爾帕萊索市簽訂任何友好城市協定，所述恐係誤傳。")
    ties = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG)
    assert ties and all(t.properties.get("status") != "signed" for t in ties)


# 6. a guest received in the formal style of a written reply (經本府陳副市長接見, 王市長
# 曾予接見, 爰由陳副市長代表接見): the city met the guest
def test_a_guest_received_in_the_formal_style_is_met_by_the_city() -> None:
    for receiving in ("經本府陳副市長接見", "王市長曾予接見並設宴款待", "爰由陳副市長代表接見"):
        ext = chapter(f"澳洲伯斯市市長約翰．史密斯於三月中旬率團來訪，{receiving}。")
        met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "約翰．史密斯"))
        assert [m.properties.get("date") for m in met] == ["2018-03"], receiving


# 7. words of the formal style next to a home title (簽奉市長核可, 適逢王市長北上): of
# the sentence, no one's name
def test_formal_words_next_to_a_title_name_no_one() -> None:
    ext = chapter(
        "因本年度未編列是項經費，爰簽奉市長核可，改以致函申賀方式辦理。",
        "澳洲伯斯市議會議員訪問團於四月來訪，適逢王市長北上開會，由陳副市長代表接見。",
    )
    people = {e.name_zh for e in ext.entities if e.id.startswith("person:")}
    assert not people & {"核可", "適逢王"}


# 8. a councillor of the city, no body named (質詢議員：王大同議員): holds the seat in the
# city's council, not of its government
def test_a_councillor_of_the_city_sits_in_its_council() -> None:
    ext = chapter("質詢議員：王大同議員", "答覆：", "（一）查本市與澳洲伯斯市交流密切。")
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "王大同"), title_zh="議員")
    assert [h.target for h in held] == [named(ext, "高雄市議會")]


# 9. a work-plan item's planned schedule (預定進度：（一）…簽署…。（二）年內與某市簽訂…):
# what it tells is planned, not done
def test_a_work_plan_items_schedule_tells_plans() -> None:
    ext = chapter(
        "計畫項目：推動城市外交",
        "預定進度：（一）九月間由市長率團赴美國奧克蘭市簽署姊妹市協定書。"
        "（二）年內與日本橫濱市簽訂港埠合作備忘錄。",
        "實際執行情形：",
        period="1987-07/1987-12",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    mous = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert [t.properties.get("status") for t in ties + mous] == ["planned", "planned"]


# 10. a tie's agreement whose texts in two languages were settled (姊妹市協定書之中、英文本
# …議定): its text, not its signing
def test_a_tie_agreements_texts_settled_is_no_signing() -> None:
    ext = chapter(
        "本市與美國奧克蘭市締結姊妹市協定書之中、英文本，雙方已於八月中旬議定，並經市議會審議通過。",
        period="1987-07/1987-12",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    assert ties and all(t.properties.get("status") == "planned" for t in ties)


# 11. the signing of an agreement named as a matter (與某市簽訂「…」一案), talks on it going
# on later in the sentence (本案刻仍洽商中): negotiated, not signed
def test_an_agreement_named_as_a_matter_under_talks_is_negotiating() -> None:
    ext = chapter(
        "與日本橫濱市簽訂「港埠合作備忘錄」一案，本府已於八月間將草案函送該市港灣局，本案刻仍洽商中。",
        period="1987-07/1987-12",
    )
    mous = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert [m.properties.get("status") for m in mous] == ["negotiating"]


# 12. an agreement named as signed with a party in a month (依本年二月與某市簽訂之「…」),
# even in a plan: signed that month
def test_an_agreement_signed_with_a_party_in_a_month_is_dated_so() -> None:
    ext = chapter(
        "預定進度：暑假期間依本年二月與美國奧克蘭市簽訂之「青少年交流協議書」，選派學生二十名赴該市交流。",
        period="1987-07/1987-12",
    )
    mous = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert [(m.properties.get("status"), m.properties.get("date")) for m in mous] == [
        ("signed", "1987-02")
    ]


# 13. a work-plan item's event taken up by its kind alone where what was done opens
# (實際執行情形：展覽會已於…至…在本市舉行): held those days, so its exhibitors came then
def test_an_items_event_taken_up_by_its_kind_is_held_on_the_days_told() -> None:
    ext = chapter(
        "計畫項目：辦理「八十年高雄國際食品展覽會」",
        "預定進度：十月上旬舉行，國外參展單位預計三單位。",
        "實際執行情形：展覽會已於十月三日至七日在本市舉行，國外參展單位計有大阪商工會議所及橫濱港務局等二單位。",
        period="1991-07/1991-12",
    )
    for body in ("大阪商工會議所", "橫濱港務局"):
        came = rels(ext, RelType.VISITED, source=named(ext, body), target=KAOHSIUNG)
        assert [(v.properties.get("start"), v.properties.get("end")) for v in came] == [
            ("1991-10-03", "1991-10-07")
        ], body


# 14. the teams of the item's event listed by place and counted (計有甲市、乙市等二地代表隊
# 及本市代表隊二隊，合計四隊參賽): each place took part and came
def test_teams_listed_by_place_and_counted_took_part_and_came() -> None:
    ext = chapter(
        "計畫項目：舉辦「八十年高雄市國際青少年足球邀請賽」",
        "實際執行情形：",
        "1.本項比賽已於八月二日至八日假中正運動場舉行，計有日本熊本市、澳洲伯斯市等二地代表隊"
        "及本市代表隊二隊，合計四隊參賽。",
        period="1991-07/1991-12",
    )
    for city in ("熊本市", "伯斯市"):
        took = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, city))
        assert [t.properties.get("status") for t in took] == ["attended"], city
        came = rels(ext, RelType.VISITED, source=named(ext, city), target=KAOHSIUNG)
        assert [v.properties.get("start") for v in came] == ["1991-08-02"], city


# 15. a coming implied by an event attended in one month and one told in the month
# after (八月下旬選派學生來訪): two comings, not one stay
def test_an_event_coming_and_one_told_the_month_after_are_two() -> None:
    ext = chapter(
        "計畫項目：舉辦「八十年高雄市國際青少年足球邀請賽」",
        "實際執行情形：",
        "1.本項比賽已於七月二日至八日假中正運動場舉行，計有日本熊本市、澳洲伯斯市等二地代表隊"
        "及本市代表隊二隊，合計四隊參賽。",
        "2.熊本市亦於八月下旬選派中學生二十名來訪。",
        period="1991-07/1991-12",
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "熊本市"), target=KAOHSIUNG)
    assert sorted(str(v.properties.get("start")) for v in came) == ["1991-07-02", "1991-08"]


# 16. titles of a mission's and a governor's staff (參事官, 商務參事, 州長特別助理), read
# whole before the name: the title, not part of the name
def test_staff_titles_are_read_whole() -> None:
    ext = chapter(
        "下半年主要來訪外賓有：日本國駐華大使館參事官田中一郎、法國在台協會商務參事皮耶．杜邦、"
        "美國華盛頓州州長特別助理約翰．史密斯等。"
    )
    held = {
        (e.name_zh, str(r.properties.get("title_zh")))
        for r in rels(ext, RelType.HOLDS_TITLE)
        for e in ext.entities
        if e.id == r.source
    }
    assert {
        ("田中一郎", "參事官"),
        ("皮耶.杜邦", "商務參事"),
        ("約翰.史密斯", "州長特別助理"),
    } <= held


# 17. a body named right after the formal style's 惟 (惟某市某委員會主席某某已於…來訪): the
# conjunction is no part of its name
def test_a_body_named_after_but_opens_after_it() -> None:
    ext = chapter("惟澳洲伯斯市國際關係委員會主席約翰．史密斯已於三月率團來訪。")
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "約翰．史密斯"))
    assert [h.target for h in held] == [named(ext, "伯斯市國際關係委員會")]


# 18. a trip's leader after the formal style's copula (…赴日者，係本府林秘書長率…): led by
# 林秘書長, and no one named 係本府林
def test_a_leader_after_the_copula_is_led_by_and_no_person() -> None:
    ext = chapter("本年二月中旬赴日者，係本府林秘書長率秘書處人員一行五人，前往日本熊本市訪問。")
    went = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "熊本市"))
    assert [v.properties.get("led_by") for v in went] == ["林秘書長"]
    assert not [e for e in ext.entities if e.id.startswith("person:")]


# 19. the city invited, told after it in the formal style (本府經某市邀請，指派…出席): that
# city invited the city
def test_the_city_invited_by_another_told_with_jing() -> None:
    ext = chapter(
        "查日本橫濱市主辦之「第二屆國際港灣論壇」，業於三月中旬在該市舉行，本府經橫濱市邀請，"
        "指派建設局王專門委員等三人出席。"
    )
    invited = rels(ext, RelType.INVITED, source=named(ext, "橫濱市"), target=KAOHSIUNG)
    assert invited and any("本府經橫濱市邀請" in e.text for e in invited[0].evidence)


# 20. a letter of invitation received, the sentence opening with its month (本月上旬，本府
# 接獲某市來函，邀請…): the invitation is of that month
def test_an_invitation_received_in_a_month_opening_the_sentence_is_of_it() -> None:
    ext = chapter(
        "答覆（一百零七年六月十八日）：",
        "（一）本月上旬，本府復接獲日本橫濱市來函，邀請本市明年派員參加仍由該市主辦之"
        "「第五屆國際港灣論壇」。",
    )
    invited = rels(ext, RelType.INVITED, source=named(ext, "橫濱市"), target=KAOHSIUNG)
    assert [i.properties.get("date") for i in invited] == ["2018-06"]


# 21. a body named with 總會 (某市商工總會): a body, not the city it opens with
def test_a_general_chamber_is_a_body() -> None:
    ext = chapter(
        "計畫項目：辦理「八十年高雄國際食品展覽會」",
        "實際執行情形：展覽會已於十月三日至七日在本市舉行，國外參展單位計有大阪商工會議所及曼谷商工總會等二單位。",
        period="1991-07/1991-12",
    )
    took = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "曼谷商工總會"))
    assert [t.properties.get("status") for t in took] == ["attended"]


# 22. a school named as the other's sister school (甲校與其姊妹校某國某市乙校): the tie is
# with 乙校, named without 其姊妹校 and its place
def test_a_school_named_as_its_sister_school_is_named_without_it() -> None:
    ext = chapter(
        "市立前鎮高級中學與其姊妹校美國奧克蘭市林肯高級中學，於十月上旬互派教師二名交換教學。"
    )
    ties = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "市立前鎮高級中學"))
    assert [t.target for t in ties] == [named(ext, "林肯高級中學")]
    assert not [e for e in ext.entities if "姊妹校" in e.name_zh]


# 23. a body opening a clause, then 由 and its official's title and name (其中某港務局由局長
# 某某親自率團參展): the official is that body's, not the place's it opens with
def test_a_body_led_by_its_official_named_by_title_holds_him() -> None:
    ext = chapter(
        "國外參展單位計有大阪商工會議所及橫濱港務局等二單位，其中橫濱港務局由局長約翰．史密斯"
        "（John Smith）親自率團參展。"
    )
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "約翰．史密斯"))
    assert [h.target for h in held] == [named(ext, "橫濱港務局")]


# 24. a meeting told during the stay just told (會議期間，陳副市長拜會某市市長，並於十二日
# 簽署…): in that stay's days, its month the meeting's date, not the later clause's day
def test_a_meeting_during_the_stay_is_dated_by_the_stay() -> None:
    ext = chapter(
        "本府由陳副市長率團，於十一月三日至九日赴美國奧克蘭市，出席「第五屆太平洋港市論壇」。",
        "會議期間，陳副市長拜會奧克蘭市市長，並於十一月八日代表本府與該市簽署「港埠合作備忘錄」。",
        period="1987-07/1987-12",
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "奧克蘭市"))
    assert [m.properties.get("date") for m in met] == ["1987-11"]


# 25. one met qualified as attending the meeting just told (並會晤同來出席會議之某市副市長
# 某某): attended that meeting
def test_one_met_as_attending_the_meeting_attended_it() -> None:
    ext = chapter(
        "本府由陳副市長率團，於十一月三日至九日赴美國奧克蘭市，出席由該市主辦之「第五屆太平洋港市會議」。",
        "會議期間，陳副市長並會晤同來出席會議之日本橫濱市副市長山田太郎，就兩市交流交換意見。",
        period="1987-07/1987-12",
    )
    took = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "山田太郎"))
    assert [t.properties.get("status") for t in took] == ["attended"]


# 26. a place written after 西德, as reports before 1990 name (West) Germany: the country
# is no part of the body's name
def test_west_germany_names_the_country() -> None:
    ext = chapter(
        "下半年主要來訪外賓有：西德漢堡市經濟局副局長克勞斯．穆勒、日本熊本市市長山田太郎等。"
    )
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "克勞斯．穆勒"))
    assert [h.target for h in held] == [named(ext, "漢堡市經濟局")]
