"""Round 39b: forms of text read on the 108b pair (the genre itself in 2019: a table of
delegations split by ｜ among the prose, items told with 計有/包括/分別 lists), each
tested on invented sentences of the same form."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a table of delegations whose guest column is named for the guests it holds
# (日期｜來訪外賓｜事由), each cell a whole guest (country, place, body, title, name)
def test_a_column_of_foreign_guests_holds_the_whole_guest() -> None:
    ext = chapter(
        "（二）本期重要訪團如下表：",
        "日期｜來訪外賓｜事由",
        "108年3月5日｜韓國仁川廣域市副市長朴永浩｜拜會本府，洽談港灣合作",
        "108年4月9日｜美國西雅圖市議會議長羅伯特｜率議員訪問團來訪，參觀輕軌",
        period="2019-01/2019-06",
    )
    guest = rels(ext, RelType.VISITED, source=named(ext, "朴永浩"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in guest] == ["2019-03-05"]
    assert rels(
        ext, RelType.HOLDS_TITLE, source=named(ext, "朴永浩"), target=named(ext, "仁川廣域市")
    )
    council = named(ext, "西雅圖市議會")
    assert [v.properties.get("start") for v in rels(ext, RelType.VISITED, source=council)] == [
        "2019-04-09"
    ]


# 2. a guest's row whose purpose cell opens with the members he led, counted
# (率議員一行7人來訪): the leading is his, so the body he heads came too
def test_a_purpose_cell_leading_a_counted_party_brings_the_guests_body() -> None:
    ext = chapter(
        "日期｜來訪外賓｜事由",
        "108年5月14日｜日本姬路市議會議長山田一郎｜率議員一行六人來訪，考察捷運建設",
        period="2019-01/2019-06",
    )
    council = named(ext, "姬路市議會")
    assert [v.properties.get("start") for v in rels(ext, RelType.VISITED, source=council)] == [
        "2019-05-14"
    ]


# 3. sister cities named in passing as a list opening the clause right after the set
# they are of (本市現有姊妹市中，甲市、乙市及丙市等城市往來最為密切): all are sisters
def test_a_list_right_after_the_set_of_sisters_names_sisters() -> None:
    ext = chapter(
        "本市現有姊妹市中，美國西雅圖市、日本姬路市及韓國仁川廣域市等城市往來最為密切，"
        "本府將持續深化既有關係。",
        period="2019-07/2019-12",
    )
    for city in ("西雅圖市", "姬路市", "仁川廣域市"):
        assert rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, city))


# 4. the two cities spoken of as sister port cities (兩個姊妹港市之合作): the city and
# the one foreign city the sentence named hold the tie
def test_two_sister_port_cities_hold_the_tie() -> None:
    ext = chapter(
        "本府海洋局於108年9月3日至6日派員赴日本神戶市參加港灣會議，並拜會神戶港務局，"
        "持續深化兩個姊妹港市之合作。",
        period="2019-07/2019-12",
    )
    assert rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "神戶市"))


# 5. partners sending people to the city's event, the sentence going on to what is to
# come online (…，營隊結束後並將成立線上社群): the event was held in person, they came
def test_an_online_plan_after_the_event_leaves_the_coming_in_person() -> None:
    ext = chapter(
        "本府青年局於108年8月5日至12日舉辦「2019高雄國際青年領袖營」，由西雅圖市及仁川廣域市"
        "分別遴派青年共20人來高參加，活動結束後並將成立線上交流平台，延續情誼。",
        period="2019-07/2019-12",
    )
    for city in ("西雅圖市", "仁川廣域市"):
        visits = rels(ext, RelType.VISITED, source=named(ext, city), target=KAOHSIUNG)
        assert [v.properties.get("start") for v in visits] == ["2019-08-05"]


# 6. a team named for being picked (某市少年棒球選拔隊) is a team, a party of its own,
# not the city its name opens with
def test_a_selected_team_is_a_team_not_its_city() -> None:
    ext = chapter(
        "本府體育局於108年11月2日舉辦「2019高雄國際少年棒球邀請賽」，邀請日本姬路市少年棒球"
        "選拔隊參賽。",
        period="2019-07/2019-12",
    )
    team = named(ext, "姬路市少年棒球選拔隊")
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=team)
    assert not rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "姬路市"))


# 7. the city's match told as played after the invitation (…參賽，賽後球員進行交流): the
# invited teams took part, and came
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


# 8. a body of a city referred to by 該市 and named by its kind alone (該市教育委員會
# 指導主事某某): the body is that city's, called also by the city's name
def test_a_body_of_that_city_is_called_by_the_citys_name_too() -> None:
    ext = chapter(
        "108年11月2日，日本姬路市由該市教育委員會指導主事山本二郎帶隊來高參加交流。",
        period="2019-07/2019-12",
    )
    titles = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "山本二郎"))
    assert [t.target for t in titles] == [named(ext, "姬路市教育委員會")]
    assert titles[0].properties["title_zh"] == "指導主事"


# 9. an invitee whose name opens with its city and runs long past it, through a
# district (某市某某區少年足球隊): the team is invited, not also its city
def test_a_long_body_after_its_city_is_invited_alone() -> None:
    ext = chapter(
        "本府於108年12月21日舉辦「2019高雄國際少年足球邀請賽」，邀請日本姬路市少年足球隊、"
        "韓國仁川市延壽區青少年足球隊及本市6支國小代表隊參賽。",
        period="2019-07/2019-12",
    )
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert named(ext, "仁川市延壽區青少年足球隊") in invited
    assert named(ext, "仁川市") not in invited


# 10. a guest's reception told after his visit with no day of its own, the sentence
# going on to a year of something else (某市長此行由陳市長親自接待，雙方確認延續2010年
# 簽署之…): he was received during his visit, not in that year
def test_a_reception_on_this_trip_is_dated_by_the_guests_visit() -> None:
    ext = chapter(
        "（一）108年8月3日，日本姬路市市長山田一郎來訪，拜會本府。",
        "（二）日本姬路市市長山田一郎此行由陳市長親自接待，雙方確認延續2010年簽署之友好交流協議精神。",
        period="2019-07/2019-12",
    )
    guest = named(ext, "山田一郎")
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=guest)
    assert [m.properties.get("date") for m in met] == ["2019-08-03"]
    assert all(
        v.properties.get("year") == 2019
        for v in rels(ext, RelType.VISITED, source=guest, target=KAOHSIUNG)
    )


# 11. a list of invitees closing with a school's teachers and students, unnamed
# (…及某某美國學校師生代表等約20人): the school is invited, and there
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


# 12. an agreement signed in a clause naming no signer, with the city's side
# (某港務局局長某某率團訪問本府，與本府海洋局簽署「…」): the guests' body signed it
def test_guests_signing_with_the_citys_bureau_sign_as_their_body() -> None:
    ext = chapter(
        "108年11月5日，泰國林查班港務局局長蘇拉猜率團訪問本府，與本府海洋局簽署「港埠合作備忘錄」。",
        period="2019-07/2019-12",
    )
    [mou] = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert mou.target == named(ext, "林查班港務局")
    assert (mou.properties["title"], mou.properties["date"]) == ("港埠合作備忘錄", "2019-11-05")


# 13. a foreign city called on by its name alone during the city's trip abroad (期間
# 拜會某縣某市): the trip went to that city too, in its days
def test_a_city_called_on_during_a_trip_is_visited() -> None:
    ext = chapter(
        "本府觀光局於108年10月24日至27日赴日本東京都參加旅展，期間拜會千葉縣成田市。",
        period="2019-07/2019-12",
    )
    visits = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "成田市"))
    assert [(v.properties.get("start"), v.properties.get("end")) for v in visits] == [
        ("2019-10-24", "2019-10-27")
    ]


# 14. an agreement named as signed in a half of the report's year (追蹤上半年簽署之
# 「…」執行情形): dated by that year
def test_an_agreement_signed_in_the_first_half_is_of_the_reports_year() -> None:
    ext = chapter(
        "本府觀光局於108年10月24日至27日赴日本東京都參加旅展，期間拜會千葉縣成田市，"
        "追蹤上半年簽署之觀光交流合作備忘錄執行情形。",
        period="2019-07/2019-12",
    )
    [mou] = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, "成田市"))
    assert mou.properties["date"] == "2019"


# 15. a trip's stops each written with its days in brackets after it (行程依序為甲市
# （5月6日至9日）、乙市（5月10日至14日）及丙市（5月15日至18日）): each stop visited
# on its own days, led as the trip was; the last brackets date the last stop only
def test_an_itinerary_of_stops_with_their_days_in_brackets() -> None:
    ext = chapter(
        "陳市長於108年5月6日至18日率經發局及觀光局等局處首長赴美訪問，行程依序為西雅圖"
        "（5月6日至9日）、芝加哥（5月10日至14日）及波士頓（5月15日至18日）。",
        period="2019-01/2019-06",
    )
    days = {}
    for city in ("西雅圖", "芝加哥", "波士頓"):
        [visit] = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, city))
        assert visit.properties["led_by"] == "陳市長"
        days[city] = (visit.properties["start"], visit.properties["end"])
    assert days == {
        "西雅圖": ("2019-05-06", "2019-05-09"),
        "芝加哥": ("2019-05-10", "2019-05-14"),
        "波士頓": ("2019-05-15", "2019-05-18"),
    }


# 16. an invitation to a class of people (邀請駐臺外交人員及在高外籍人士組隊參賽)
# answered by a 計有 list of the teams' bodies, counted (計有甲處、乙所及某大學國際學生
# 等8隊參加): each body listed was invited, and took part
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


# 17. a body between two countries, its first written before it (日本台灣交流協會
# 高雄事務所) and listed with no one of it named: one body, named as written
def test_a_body_between_two_countries_keeps_its_first() -> None:
    ext = chapter(
        "本府運動發展局於108年6月7日在愛河舉辦「2019高雄國際龍舟賽」，邀請駐臺外交人員組隊"
        "參賽，計有美國在台協會高雄分處及日本台灣交流協會高雄事務所等2隊參加。",
        period="2019-01/2019-06",
    )
    office = named(ext, "日本台灣交流協會高雄事務所")
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=office)


# 18. one of the cities just listed taken up by 其中, its head leading its delegation
# (其中某市某某市長親率市民訪問團…，於2月18日至20日訪高並出席燈會活動): he led it, came
# on those days and took part; 其中 is no part of who led
def test_a_head_taken_up_by_qizhong_leads_his_citys_delegation() -> None:
    ext = chapter(
        "今年燈會於108年2月2日至24日展出，本府循例邀請姊妹市組團共襄盛舉，計有日本姬路市及"
        "韓國仁川市等2個城市派團參加。",
        "其中姬路市清元秀泰市長親率市民訪問團共38人，於2月18日至20日訪高並出席燈會活動。",
        period="2019-01/2019-06",
    )
    mayor = named(ext, "清元秀泰")
    visits = rels(ext, RelType.VISITED, source=mayor, target=KAOHSIUNG)
    assert [(v.properties["start"], v.properties["end"]) for v in visits] == [
        ("2019-02-18", "2019-02-20")
    ]
    assert rels(ext, RelType.PARTICIPATED_IN, source=mayor)


# 19. a Korean city's 國際協力官 is one title, held of the city (某市由國際協力官某某
# 率市府人員參加): no body 國際 of it
def test_an_international_cooperation_officer_is_one_title() -> None:
    ext = chapter("仁川市由國際協力官朴永浩率市府人員一行15人來訪。", period="2019-01/2019-06")
    [title] = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "朴永浩"))
    assert (title.target, title.properties["title_zh"]) == (named(ext, "仁川市"), "國際協力官")


# 20. thanks for someone's attending (拜會某局長，感謝其出席本市論壇): a past taking part
# recalled, of another event, not one in the event the sentence is about
def test_thanks_for_attending_is_no_taking_part_in_the_event_told() -> None:
    ext = chapter(
        "本府海洋局於108年10月22日至25日派員赴韓國仁川市參加「2019韓國國際海事展」，並於"
        "10月23日拜會仁川市海洋水產局李大同局長，感謝其出席本市港灣城市論壇。",
        period="2019-07/2019-12",
    )
    parties = {r.source for r in rels(ext, RelType.PARTICIPATED_IN)}
    assert parties == {KAOHSIUNG}


# 21. a ward of a city known by its number (法國巴黎第十六區區長某某): the ward's head,
# the ward a body of its own, not 第十六區區長 of the city
def test_the_head_of_a_numbered_ward_is_of_the_ward() -> None:
    ext = chapter(
        "108年9月17日，法國巴黎第十六區區長高德（Jean Gaude）來訪。", period="2019-07/2019-12"
    )
    [title] = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "高德"))
    assert (title.target, title.properties["title_zh"]) == (named(ext, "巴黎第十六區"), "區長")


# 22. a school of the city hosting a foreign school's teachers and students (本市某高中
# 接待某市立某高中師生30人，於…進行交流): the guests' school came, on those days
def test_a_home_school_hosting_guests_brings_their_school() -> None:
    ext = chapter(
        "本市中正高中接待姬路市立姬路學園高中師生30人，於108年11月5日至8日進行寄宿家庭交流。",
        period="2019-07/2019-12",
    )
    school = named(ext, "姬路市立姬路學園高中")
    visits = rels(ext, RelType.VISITED, source=school, target=KAOHSIUNG)
    assert [(v.properties["start"], v.properties["end"]) for v in visits] == [
        ("2019-11-05", "2019-11-08")
    ]


# 23. a guest serving as the keynote speaker (擔任開幕專題演講人) at the city's event:
# he took part as a speaker
def test_serving_as_the_keynote_speaker_is_taking_part() -> None:
    ext = chapter(
        "本府於108年10月8日至9日主辦「2019高雄國際港灣論壇」，西雅圖市副市長Anna Smith擔任開幕"
        "專題演講人。",
        period="2019-07/2019-12",
    )
    [part] = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "Anna Smith"))
    assert (part.properties["status"].value, part.properties["role"]) == ("attended", "speaker")


# 24. acting under an agreement of the two cities (依據兩市公務員交流協議，某市政府派遣
# 公務員…): the city and the foreign city the sentence names hold it, signed
def test_acting_under_the_two_cities_agreement_tells_it_was_signed() -> None:
    ext = chapter(
        "依據兩市公務員交流協議，仁川市政府派遣公務員2名，於108年5月13日至24日至本府觀光局研修。",
        period="2019-01/2019-06",
    )
    [mou] = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, "仁川市"))
    assert mou.properties["title"] == "公務員交流協議"
    assert "date" not in mou.properties


# 25. a visitor coming with the members of a body of his city named for its tie with
# ours (由市議員某某偕同某市高雄姊妹市協會會員前來): the association came too, though
# its name holds the city's
def test_members_of_a_sister_city_association_coming_along_bring_it() -> None:
    ext = chapter(
        "西雅圖市方面，由市議員約翰‧史密斯偕同西雅圖高雄姊妹市協會會員前來，該協會為兩市民間交流之"
        "重要推手。",
        period="2019-01/2019-06",
    )
    association = named(ext, "西雅圖高雄姊妹市協會")
    assert rels(ext, RelType.VISITED, source=association, target=KAOHSIUNG)


# 26. a coming with no date of its own after the city's event is told held on its days,
# the event named 某某邀請賽 (舉辦「…少年足球邀請賽」，…，某某帶隊來高): the event's name
# invites no one, so its days date the coming
def test_an_events_name_saying_invitation_still_dates_a_coming() -> None:
    ext = chapter(
        "本府教育局於108年12月21日至23日舉辦「2019高雄國際少年足球邀請賽」，日本姬路市由該市"
        "教育委員會課長山本二郎帶隊來高。",
        period="2019-07/2019-12",
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "山本二郎"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in visits] == [
        ("2019-12-21", "2019-12-23")
    ]


# 27. a port named by its city and 港 as an item of a list of parties invited (邀請甲市、
# 乙市及美國某某港等港灣城市與港埠機構參加): the port, a body, not its city
def test_a_port_listed_among_invitees_is_the_port() -> None:
    ext = chapter(
        "本府於108年10月8日至9日主辦「2019高雄國際港灣論壇」，邀請韓國仁川市、日本神戶市及"
        "美國奧克蘭港等港灣城市與港埠機構參加。",
        period="2019-07/2019-12",
    )
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert named(ext, "奧克蘭港") in invited
    assert all(ext_id.startswith(("city:kr", "city:jp", "org:")) for ext_id in invited)


# 28. a body whose kind no word tells, named before (美國某某港), named again by its name
# alone after another place's official (甲市某局局長某某及某某港執行長某某): the same body,
# not one of that other place
def test_a_body_named_before_is_the_same_after_another_places_official() -> None:
    ext = chapter(
        "本府於108年10月8日至9日主辦「2019高雄國際港灣論壇」，邀請韓國仁川市及美國奧克蘭港等"
        "港灣城市與港埠機構參加。仁川市海洋局局長李大同及奧克蘭港執行長Danny Wan分別發表專題演講。",
        period="2019-07/2019-12",
    )
    port = named(ext, "奧克蘭港")
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "Danny Wan"), target=port)
    [part] = rels(ext, RelType.PARTICIPATED_IN, source=port)
    assert part.properties["status"].value == "attended"


# 29. two guests listed before their coming, the first leading a group (甲率議員一行9人、
# 乙等，亦於本期到訪): both came
def test_two_guests_listed_before_their_coming_both_came() -> None:
    ext = chapter(
        "其他國際友人：日本宮崎縣議會日台友好議員連盟會長田中太郎率議員一行9人、泰國清邁府副府長"
        "蘇拉蓬（Surapong Chaiyaphan）等，亦於本期到訪。",
        period="2019-01/2019-06",
    )
    for guest in ("田中太郎", "蘇拉蓬"):
        assert rels(ext, RelType.VISITED, source=named(ext, guest), target=KAOHSIUNG)


# 30. a place's delegation taken up by 其中 on a day (其中某府訪團於6月18日拜會本府…),
# after guests listed as come in the period (…、某府副府長某某等，亦於本期到訪): that
# place's guest came on that day
def test_a_places_delegation_taken_up_dates_its_listed_guest() -> None:
    ext = chapter(
        "其他國際友人：日本宮崎縣議會日台友好議員連盟會長田中太郎率議員一行9人、泰國清邁府副府長"
        "蘇拉蓬（Surapong Chaiyaphan）等，亦於本期到訪。其中清邁府訪團於108年6月18日拜會本府"
        "農業局，考察本市芒果產銷制度。",
        period="2019-01/2019-06",
    )
    [visit] = rels(ext, RelType.VISITED, source=named(ext, "蘇拉蓬"), target=KAOHSIUNG)
    assert visit.properties["start"] == "2019-06-18"
    [other] = rels(ext, RelType.VISITED, source=named(ext, "田中太郎"), target=KAOHSIUNG)
    assert "start" not in other.properties


# 31. one of the two schools of a sister-school signing told as going there (…於10月16日
# 在某地簽署姊妹校協定，由某高中校長率師生18人前往): it visited its partner that day
def test_a_school_going_to_sign_visits_its_partner() -> None:
    ext = chapter(
        "本市中正高中與日本姬路市立東高等學校，於108年10月16日在姬路簽署姊妹校協定，由中正高中"
        "校長率師生18人前往。",
        period="2019-07/2019-12",
    )
    partner = named(ext, "姬路市立東高等學校")
    [visit] = rels(ext, RelType.VISITED, source=named(ext, "中正高中"), target=partner)
    assert visit.properties["start"] == "2019-10-16"


# 32. a foreign city as a clause's subject, someone leading its coming (某市並由該市教育
# 委員會課長某某帶隊來高): the city came, with him
def test_a_city_whose_coming_another_led_came() -> None:
    ext = chapter(
        "本府教育局於108年12月21日至23日舉辦「2019高雄國際少年足球邀請賽」，日本姬路市並由該市"
        "教育委員會課長山本二郎帶隊來高。",
        period="2019-07/2019-12",
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "姬路市"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["2019-12-21"]


# 33. heads of bureaus spoken of as a kind (其餘由副市長、秘書長或相關局處首長代表接待):
# no person named 處首長
def test_heads_of_bureaus_as_a_kind_are_no_person() -> None:
    ext = chapter(
        "本期本府接待外賓計40案，其中由陳市長親自接見者計10案，其餘由副市長、秘書長或相關局處"
        "首長代表接待。",
        period="2019-01/2019-06",
    )
    assert not [e for e in ext.entities if e.id.startswith("person:")]


# 34. sister cities given as examples right after the word (本市現有姊妹市如甲市、乙市等):
# each is a sister
def test_sisters_given_as_examples_are_all_sisters() -> None:
    ext = chapter(
        "本市現有姊妹市如美國西雅圖市、日本姬路市等，交流頻繁。", period="2019-07/2019-12"
    )
    for city in ("西雅圖市", "姬路市"):
        assert rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, city))
