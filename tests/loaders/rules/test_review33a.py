"""Rule fixes from the 33rd round (pair 084): each tested on invented sentences of the
form the chapter showed, in other names and wordings."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a clause of purpose opening the sentence (為…，) comes before who acts: the
# bureau after it is still the city going abroad
@pytest.mark.parametrize(
    "sentence",
    [
        "為促進觀光交流，交通局於2月3日至9日組團赴泰國曼谷市考察。",
        "為借鏡先進城市之公車營運經驗，交通局於2月3日至9日組團赴泰國曼谷市考察。",
    ],
)
def test_a_purpose_clause_before_the_bureau_going_abroad(sentence: str) -> None:
    ext = chapter(sentence)
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target="city:th:bangkok")


# 2. a list of bodies called on (先後拜會甲公司（gloss）及乙公司): each body visited, not
# one body named by the whole list
@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        (
            "交通局於2月3日至9日組團赴泰國曼谷市考察，先後拜會曼谷捷運公司（Bangkok Metro）"
            "及曼谷高架鐵路公司，就路網規劃進行座談。",
            "曼谷高架鐵路公司",
        ),
        ("交通局於2月3日至9日組團赴泰國曼谷市考察，拜會曼谷捷運公司與曼谷港務局。", "曼谷港務局"),
    ],
)
def test_each_body_of_a_list_called_on_was_visited(sentence: str, second: str) -> None:
    ext = chapter(sentence)
    called = {r.target for r in rels(ext, RelType.VISITED, source=KAOHSIUNG)}
    assert {named(ext, "曼谷捷運公司"), named(ext, second)} <= called
    assert not [e for e in ext.entities if "及" in e.name_zh or "、" in e.name_zh]


# 3. a field of work written between a body and a title (某辦事處勞工參事, 某公司營運
# 副總裁, 某廳亞洲事務主任) belongs to the title, not to the body's name
@pytest.mark.parametrize(
    ("sentence", "person", "body", "title"),
    [
        (
            "菲律賓馬尼拉經濟文化辦事處勞工參事雷耶斯（Jose Reyes）於3月5日南下拜會本府。",
            "雷耶斯",
            "馬尼拉經濟文化辦事處",
            "勞工參事",
        ),
        ("日本航空公司營運副總裁山本一郎於3月5日來訪。", "山本一郎", "日本航空公司", "營運副總裁"),
        (
            "美國華盛頓州農業廳亞洲事務主任史密斯（John Smith）於3月5日來訪。",
            "史密斯",
            "華盛頓州農業廳",
            "亞洲事務主任",
        ),
    ],
)
def test_a_field_of_work_before_a_title_is_the_titles(
    sentence: str, person: str, body: str, title: str
) -> None:
    ext = chapter(sentence)
    (held,) = rels(ext, RelType.HOLDS_TITLE, source=named(ext, person))
    assert held.target == named(ext, body)
    assert held.properties["title_zh"] == title


# 4. talks on a sister-school tie written after it (雙方已就締結姊妹校事宜展開洽談): the tie
# is being negotiated, not made
@pytest.mark.parametrize(
    "sentence",
    [
        "市立前鎮國民中學與日本福岡市博多女子中學已就締結姊妹校事宜展開洽談。",
        "本市前鎮國中與日本福岡市博多女子中學互通書信多年，雙方已就締結姊妹校一事進行協商。",
    ],
)
def test_talks_on_a_school_tie_written_after_it(sentence: str) -> None:
    ext = chapter(sentence)
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert tie.properties["status"] == "negotiating"
    assert "since" not in tie.properties


# 5. a municipal school (市立某高中) opening the sentence is the city's school going
# abroad; a return visit in the clause after its going (赴某市，回訪…) was paid there
@pytest.mark.parametrize(
    "sentence",
    [
        "市立前鎮高級中學師生十六人於7月24日至8月2日赴日本福岡市，回訪本年5月締結之博多高級中學。",
        "本市前鎮高級中學師生十六人於7月24日至8月2日赴日本福岡市，回訪博多高級中學。",
    ],
)
def test_a_municipal_school_returns_a_visit_abroad(sentence: str) -> None:
    ext = chapter(sentence)
    school = named(ext, "前鎮高級中學")
    assert school.startswith("org:tw:kaohsiung:")
    assert rels(ext, RelType.VISITED, source=school, target="city:jp:fukuoka")
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)


# 6. news media are bodies (報社, 電視台, a paper's name in 《》 after its country): the
# city invited each to send its reporters; a span of days told before the invitation is
# their stay, so each came
@pytest.mark.parametrize(
    ("sentence", "papers"),
    [
        (
            "觀光局於3月7日至12日邀請日本《朝日新聞》及泰國《曼谷郵報》記者一行五人來高採訪，"
            "參觀高雄港及美濃等地。",
            ("朝日新聞", "曼谷郵報"),
        ),
        (
            "觀光局於3月7日至12日邀請日本朝日新聞社、泰國曼谷郵報社記者一行五人來高採訪。",
            ("朝日新聞社", "曼谷郵報社"),
        ),
    ],
)
def test_media_invited_to_come_came(sentence: str, papers: tuple[str, str]) -> None:
    ext = chapter(sentence)
    for paper in papers:
        media = named(ext, paper)
        assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=media)
        (came,) = rels(ext, RelType.VISITED, source=media, target=KAOHSIUNG)
        assert (came.properties["start"], came.properties["end"]) == ("2018-03-07", "2018-03-12")
    assert not rels(ext, RelType.INVITED, target="city:th:bangkok")


def test_a_letter_of_invitation_is_still_no_coming() -> None:
    ext = chapter("觀光局於3月7日邀請日本朝日新聞社記者來高採訪。")
    paper = named(ext, "朝日新聞社")
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=paper)
    assert not rels(ext, RelType.VISITED, source=paper)


# 7. a bureau of the city as the subject holding an event (教育局於6月2日在蓮池潭主辦「…」,
# 環保局舉辦「…」): the city hosts it
@pytest.mark.parametrize(
    "sentence",
    [
        "端午節期間，教育局於6月2日在蓮池潭主辦「2018蓮池潭國際龍舟賽」，邀請日本熊本市組隊參賽。",
        "六月五日環境日當週，環保局舉辦「2018環境日研討會」，特邀美國環保署資深工程師史密斯"
        "（John Smith）於6月5日至7日來高發表專題演講。",
    ],
)
def test_a_bureau_holding_an_event_is_the_city(sentence: str) -> None:
    ext = chapter(sentence)
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG)
    assert not rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)


# 8. a year of the Republic in Chinese numerals opening an event's name (「八十七年外籍
# 人士新春聯誼會」, 「一○七年…」) is its year, as 「107年…」 is
@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        (
            "本府於1月20日舉辦「九十八年外籍人士新春聯誼會」，"
            "邀請日本交流協會高雄事務所所長山田太郎參加。",
            2009,
        ),
        (
            "本府於1月20日舉辦「一○七年外籍人士新春聯誼會」，"
            "邀請日本交流協會高雄事務所所長山田太郎參加。",
            2018,
        ),
    ],
)
def test_a_roc_year_in_chinese_numerals_opens_an_events_name(sentence: str, year: int) -> None:
    ext = chapter(sentence, period=f"{year}-01/{year}-06")
    (hosted,) = rels(ext, RelType.HOSTED, source=KAOHSIUNG)
    assert hosted.target.endswith(f":{year}")
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "山田太郎"))


# 9. countries listed as where a trip went (赴泰國及馬來西亞考察, 赴新加坡及香港): each a
# destination, not only the last
@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        ("交通局於2月3日至9日組團赴泰國及馬來西亞考察。", {"country:th", "country:my"}),
        ("交通局於2月3日至9日組團赴新加坡及香港考察。", {"country:sg", "country:hk"}),
    ],
)
def test_each_country_listed_gone_to(sentence: str, places: set[str]) -> None:
    ext = chapter(sentence)
    gone = {r.target for r in rels(ext, RelType.VISITED, source=KAOHSIUNG)}
    assert places <= gone


def test_countries_listed_on_the_way_to_cities_named_are_no_stops() -> None:
    ext = chapter(
        "1.5月3日至9日，本府經發局派員赴波蘭、捷克及匈牙利，期間拜會波蘭華沙市及匈牙利布達佩斯市。"
    )
    gone = {r.target for r in rels(ext, RelType.VISITED, source=KAOHSIUNG)}
    assert not {"country:pl", "country:cz"} & gone


# 10. one invited to come to the city's event over a span of days (特邀某某於6月5日至7日
# 來高，以「…」為題發表專題演講): came, and spoke as asked in the clause after the coming
def test_a_speaker_invited_over_days_came_and_spoke() -> None:
    ext = chapter(
        "六月五日環境日當週，環保局舉辦「2018環境日研討會」，特邀美國環保署資深工程師史密斯"
        "（John Smith）於6月5日至7日來高，以「都市空氣品質管理」為題發表專題演講，並赴工業區"
        "實地訪查，提供本市建議。"
    )
    speaker = named(ext, "史密斯")
    (part,) = rels(ext, RelType.PARTICIPATED_IN, source=speaker)
    assert part.properties["status"] == "attended"
    assert part.properties.get("role") == "speaker"
    (came,) = rels(ext, RelType.VISITED, source=speaker, target=KAOHSIUNG)
    assert (came.properties["start"], came.properties["end"]) == ("2018-06-05", "2018-06-07")


# 11. coming down from Taipei told with nothing after it (某辦事處參事某某於6月14日南下，
# 由勞工局陪同訪視…): a coming to the city
def test_coming_down_told_alone_is_a_visit() -> None:
    ext = chapter(
        "越南經濟文化辦事處勞工組長阮文明（Nguyen Van Minh）於6月14日南下，由勞工局陪同訪視"
        "本市越籍勞工之生活情形。"
    )
    (came,) = rels(ext, RelType.VISITED, source=named(ext, "阮文明"), target=KAOHSIUNG)
    assert came.properties["start"] == "2018-06-14"


# 12. a bureau of the city named as the organizer of the event another joins (參加捷運局
# 籌辦之「…」): the city holds it
def test_a_bureau_named_as_organizer_is_the_city() -> None:
    ext = chapter(
        "日本航空公司並同意於本年下半年派遣專家來高，參加交通局籌辦之「2018高雄都會區公車系統"
        "國際研討會」。"
    )
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG)


def test_a_bureau_of_a_place_abroad_named_as_organizer_is_not_the_city() -> None:
    ext = chapter("交通局派員赴日本參加福岡市交通局籌辦之「2018福岡公車系統國際研討會」。")
    assert not rels(ext, RelType.HOSTED, source=KAOHSIUNG)


# 13. an agreement signed by the mayor with the head of a body named in full (陳市長與某港務
# 局局長某某在本府共同簽署「…備忘錄」): the body signed it with the city
def test_the_body_of_the_head_named_in_full_signs() -> None:
    ext = chapter(
        "5月9日，陳市長與林查班港務局局長差猜在本府共同簽署「高雄市政府與林查班港務局港埠合作"
        "備忘錄」，雙方同意相互協助。"
    )
    (signed,) = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert signed.target == named(ext, "林查班港務局")
    assert signed.properties["title"] == "高雄市政府與林查班港務局港埠合作備忘錄"
    assert signed.properties["date"] == "2018-05-09"


# 14. a body named again by its name alone, after a place the text went on to, is the body
# named before (來自泰國之某港務局…; later 某港務局局長某某…, Portland spoken of in between)
def test_a_body_named_again_alone_is_the_one_named_before() -> None:
    ext = chapter(
        "1.來自泰國之林查班港務局（Laem Chabang Port Authority）局長差猜（Chai Chai）一行五人，"
        "於3月8日至10日訪問本市。",
        "2.6月7日至13日，黃處長率團赴美國波特蘭市參加「第88屆玫瑰節」。",
        "3.5月9日，陳市長與林查班港務局局長差猜在本府共同簽署「港埠合作備忘錄」。",
    )
    bodies = {e.id for e in ext.entities if "林查班港務局" in e.name_zh}
    assert len(bodies) == 1


# 15. words that are no one's name before a title: 業者 (某某業者代表), an election of the
# office (某市則因適逢首屆民選市長選舉)
@pytest.mark.parametrize(
    "sentence",
    [
        "美國西雅圖市長率該市經貿訪問團來訪，團員包括當地農產與高科技業者代表。",
        "本府邀請韓國大邱市組隊參賽；大邱市則因適逢首屆民選市長選舉，未能派隊與會。",
    ],
)
def test_no_person_where_the_words_name_no_one(sentence: str) -> None:
    ext = chapter(sentence)
    assert not [e for e in ext.entities if e.id.startswith("person:")]


# 16. leading the city's businesses forming a group (率本市遊艇業者十四家組團赴…): the
# group formed is the city's delegation, no troupe of its own
def test_businesses_forming_a_group_are_no_team() -> None:
    ext = chapter(
        "建設局林局長於1月20日至29日率本市機械業者十家組團赴美國芝加哥市，參加「2018芝加哥"
        "國際工具機展」。"
    )
    visitors = {r.source for r in rels(ext, RelType.VISITED)}
    assert visitors == {KAOHSIUNG}


# 17. a tie of either kind (洽商締結姊妹市或友好城市事宜) with cities the text told of before:
# each city keeps the kind told of it, none of the other
def test_a_tie_of_either_kind_keeps_each_citys_own() -> None:
    ext = chapter(
        "1.泰國清邁市副市長率團來訪，雙方同意就締結友好城市事宜進一步洽商。",
        "2.本府將持續與南非開普敦市、泰國清邁市等城市洽商締結姊妹市或友好城市事宜。",
    )
    assert not rels(ext, RelType.SISTER_CITY_OF, target="city:th:chiang-mai")
    assert rels(ext, RelType.FRIENDSHIP_CITY_OF, target="city:th:chiang-mai")


# 18. a summary listing the half year's results (本期重要成果包括：甲…、乙…，以及丙…等):
# each result is a statement of its own, its words no other's
def test_each_result_of_a_summary_list_is_its_own() -> None:
    ext = chapter(
        "本期重要成果包括：日本熊本市長率團來訪並與本府簽署「經貿合作備忘錄」、首度組團出席韓國"
        "大邱市「大邱市民日」慶典，以及日本福岡市函邀本市出席明年首屆「亞洲城市論壇」等。"
    )
    signed = {r.target for r in rels(ext, RelType.SIGNED_MOU)}
    assert signed == {"city:jp:kumamoto"}
    assert rels(ext, RelType.SIGNED_MOU)[0].properties["status"] == "signed"
    joined = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert joined and joined[0].target.endswith(":2018")
    assert not rels(ext, RelType.PARTICIPATED_IN, source="city:jp:kumamoto")


# 19. a quoted name followed by a noun of celebration (「某市民日」慶祝大會) is an event
def test_a_name_followed_by_its_celebration_is_an_event() -> None:
    ext = chapter(
        "本府應大邱市之邀，由陳副市長率秘書處人員一行八人，於10月3日至7日赴大邱，出席10月5日"
        "舉行之「大邱市民日」慶祝大會。"
    )
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, status="attended")


# 20. an event held by the place gone to, read already (from a summary), is told again by
# the item's own sentence: its evidence too
def test_a_place_holding_the_event_told_again_by_the_trip() -> None:
    ext = chapter(
        "本期重要成果包括：日本熊本市長率團來訪並與本府簽署「經貿合作備忘錄」、首度組團出席韓國"
        "大邱市「大邱市民日」慶典。",
        "本府應大邱市之邀，由陳副市長率秘書處人員一行八人，於10月3日至7日赴大邱，出席10月5日"
        "舉行之「大邱市民日」慶祝大會。",
    )
    (held,) = rels(ext, RelType.HOSTED, source="city:kr:daegu")
    assert any("慶祝大會" in e.text for e in held.evidence)


# 21. a school is known by its short form and its full one (某某高中 / 某某高級中學, 某某國中
# / 某某國民中學, 某某女中 / 某某女子中學): one name as the other
@pytest.mark.parametrize(
    ("sentence", "full"),
    [
        ("（一）前鎮高中與日本博多高中締結姊妹校", ("前鎮高級中學", "博多高級中學")),
        ("（二）前鎮國中與韓國大邱市慶北女中洽談締結姊妹校", ("前鎮國民中學", "慶北女子中學")),
    ],
)
def test_a_school_is_known_by_its_full_form(sentence: str, full: tuple[str, str]) -> None:
    ext = chapter(sentence)
    ours, theirs = (named(ext, name) for name in full)
    assert rels(ext, RelType.SISTER_SCHOOL_OF, source=ours, target=theirs)


# 22. a name split around its title, in the old honorific style (陳市長其邁 for 陳其邁市長,
# the full name written so elsewhere in the chapter): that person
def test_a_name_split_around_its_title_is_the_person() -> None:
    ext = chapter(
        "1.日本熊本市議會議長山田一郎率該會議員訪問團一行九人，於1月16日抵高訪問，陳市長其邁"
        "親自接見並設宴款待。",
        "2.菲律賓宿霧市長拉瑪（Michael Rama）於3月8日來訪，拜會陳其邁市長。",
    )
    mayor = named(ext, "陳其邁")
    assert rels(ext, RelType.MET_WITH, source=mayor, target=named(ext, "山田一郎"))
    (held,) = rels(ext, RelType.HOLDS_TITLE, source=mayor)
    assert any("陳市長其邁" in e.text for e in held.evidence)


# 23. a person named again in full with the title read before (某市長王大明…; later 拜會
# 王大明市長): that sentence tells the title too
def test_a_title_told_again_in_full_is_evidence() -> None:
    ext = chapter(
        "1.日本熊本市議會議長山田一郎於1月16日抵高訪問，陳其邁市長親自接見。",
        "2.菲律賓宿霧市長拉瑪（Michael Rama）於3月8日來訪，拜會陳其邁市長。",
    )
    (held,) = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "陳其邁"))
    assert any("拉瑪" in e.text for e in held.evidence)


# 24. a place referred to holding the event, its first edition (出席該市明年主辦之首屆「…」)
def test_a_place_holding_its_first_edition() -> None:
    ext = chapter(
        "布里斯本市長索利於11月間致函陳市長，邀請本府組團出席該市明年主辦之首屆「亞太城市高峰會」。"
    )
    assert rels(ext, RelType.HOSTED, source="city:au:brisbane")


# 25. an event named for a city, to which a body of that city invites (某市經濟局處長…代表
# 該局邀請本市參加「某市港口節」): the city holds it
def test_an_event_named_for_the_city_its_bureau_invites_to() -> None:
    ext = chapter(
        "1.鹿特丹市經濟局港埠處處長范戴克（Jan van Dijk）於9月5日來訪，並代表該局邀請本市明年五月"
        "派員參加「鹿特丹港口節」（Havenfestival）。"
    )
    assert rels(ext, RelType.HOSTED, source="city:nl:rotterdam")


def test_a_committee_of_its_own_inviting_brings_no_host() -> None:
    ext = chapter(
        "1.大邱亞運籌備委員會事務次長金大中來訪時，正式邀請本市組團參加「2030年大邱亞洲運動會」。"
    )
    assert not rels(ext, RelType.HOSTED, source="city:kr:daegu")


# 26. an agreement named as carried out (為落實本年3月所簽署之某某備忘錄，…拜會某局局長某某):
# signed with the party the sentence goes on to call on, on the month it names
def test_an_agreement_carried_out_with_the_party_called_on() -> None:
    ext = chapter(
        "為落實本年3月所簽署之港埠合作備忘錄，建設局於11月6日至10日率本市工業會代表十二人赴泰國"
        "林查班港考察，並拜會林查班港務局局長差猜（Chai Chai），瞭解港區物流中心之招商條件。"
    )
    (signed,) = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert signed.target == named(ext, "林查班港務局")
    assert signed.properties["date"] == "2018-03"


# 27. the members a coming delegation is told to include (…率該市經貿訪問團…來訪，團員包括
# 某港務局經理某某及…): each named came too, in the same days
def test_members_listed_of_a_coming_delegation_came() -> None:
    ext = chapter(
        "西雅圖市長史密斯（John Smith）應陳市長之邀，率該市經貿訪問團一行二十五人於9月18日至21日"
        "來訪，團員包括西雅圖港務局國際行銷部經理布朗（Donald Brown）及當地農產業者代表。"
    )
    (came,) = rels(ext, RelType.VISITED, source=named(ext, "布朗"), target=KAOHSIUNG)
    assert (came.properties["start"], came.properties["end"]) == ("2018-09-18", "2018-09-21")


# 28. a school named short in an item's heading (前鎮高中與美國博多高中締結姊妹校) and in
# full in its text (市立前鎮高級中學, 日本福岡市博多高級中學): one school each, one tie
def test_schools_of_a_heading_named_in_full_below_are_one() -> None:
    ext = chapter(
        "（一）前鎮高中與日本博多高中締結姊妹校",
        "日本福岡市博多高級中學校長山田一郎率該校師生二十人，於5月10日至16日來訪，並於5月12日"
        "與市立前鎮高級中學簽訂姊妹校協定。",
    )
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert tie.properties.get("since") == "2018-05-12"


def test_a_school_named_with_its_city_in_a_heading_is_the_one_below() -> None:
    ext = chapter(
        "（二）前鎮國中與大邱慶北女中洽談締結姊妹校",
        "市立前鎮國民中學與韓國大邱市慶北女子中學自去年起即互通書信，雙方已就締結姊妹校事宜展開洽談。",
    )
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert tie.properties["status"] == "negotiating"


# 29. a school from abroad calling on a school of the city, both sides then agreeing on a
# tie (某州立高中副校長…來訪，參觀市立某高中，雙方商定於明年三月締結姊妹校)
def test_a_school_called_on_then_tied_by_both_sides() -> None:
    ext = chapter(
        "雪梨州立高級中學（Sydney State High School）副校長哈里斯（Graham Harris）於8月28日來訪，"
        "參觀市立前鎮高級中學，雙方商定於明年三月締結姊妹校，初期將以師生短期互訪方式進行交流。"
    )
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert {tie.source, tie.target} == {named(ext, "前鎮高級中學"), named(ext, "雪梨州立高級中學")}
    assert tie.properties["status"] == "planned"


# 30. a school of the city returning a visit to the school it tied with, qualified by the
# tie (市立某高中師生…赴某市，回訪本年5月締結姊妹校之某高中): the tie, since that month, and
# the school visited
def test_a_return_visit_to_the_school_tied_with() -> None:
    ext = chapter(
        "市立前鎮高級中學師生十六人於7月24日至8月2日赴日本福岡市，回訪本年5月締結姊妹校之博多"
        "高級中學，期間寄宿當地家庭。"
    )
    ours, theirs = named(ext, "前鎮高級中學"), named(ext, "博多高級中學")
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF, source=ours, target=theirs)
    assert tie.properties.get("since") == "2018-05"
    (went,) = rels(ext, RelType.VISITED, source=ours, target=theirs)
    assert (went.properties["start"], went.properties["end"]) == ("2018-07-24", "2018-08-02")
