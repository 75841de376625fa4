"""Round 39a: forms of text read on the 073 pair (a staff newsletter's feature article
told as a story, with quotations; photograph captions and a list of pending matters),
each tested on invented sentences of the same form."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a call on a home official named title first (拜會市長王大明) in a sentence that goes
# nowhere: the city's official, met by the caller, who came
def test_a_call_on_an_official_named_title_first_is_on_the_city() -> None:
    ext = chapter(
        "三月五日，日本仙台市國際交流協會理事長佐藤一郎拜會市長林振華，洽談青少年交流事宜。",
        period="1986-01/1986-06",
    )
    host = named(ext, "林振華")
    guest = named(ext, "佐藤一郎")
    assert rels(ext, RelType.HOLDS_TITLE, source=host, target=KAOHSIUNG)
    assert rels(ext, RelType.MET_WITH, source=host, target=guest) or rels(
        ext, RelType.MET_WITH, source=guest, target=host
    )
    visits = rels(ext, RelType.VISITED, source=guest, target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["1986-03-05"]


# 2. teams of places marching in at the opening of the city's event (甲市、乙市等三地代表隊
# 與地主隊列隊進場): each place took part, and came
def test_teams_marching_in_at_the_opening_took_part() -> None:
    ext = chapter(
        "七月九日，本府體育處主辦之「七十五年高雄國際青少年排球邀請賽」於中正體育館開幕，"
        "日本熊本市、韓國光州市等兩地代表隊與地主隊列隊進場。",
        period="1986-07/1986-12",
    )
    for city in ("熊本市", "光州市"):
        place = named(ext, city)
        took_part = rels(ext, RelType.PARTICIPATED_IN, source=place)
        assert [p.properties.get("status").value for p in took_part] == ["attended"]
        assert rels(ext, RelType.VISITED, source=place, target=KAOHSIUNG)


# 3. an item headed by an event's name (「某邀請賽」：擬續邀甲市、乙市代表隊參加，並增邀
# 丙市派隊): those named after the verb are invited to it (the 邀請 of 邀請賽 invites no
# one, nor does the name's year date the invitation), and one added with 並 is invited
# as the first were, still to be
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


# 4. an event named with the days it opened and closed (五月十日開幕、十二日閉幕的「某論壇」),
# then called by its kind opening the next sentence (論壇由本府與某協會合辦): the event
# named, held by those written between 由 and the verb, and the invitation told after
# it is to that event
def test_an_event_dated_by_its_opening_and_called_by_its_kind_is_co_held() -> None:
    ext = chapter(
        "十月三日開幕、五日閉幕的「七十五年國際水岸城市論壇」，是下半年市府最盛大的國際會議。"
        "論壇由本府與高雄市觀光協會合辦，在國賓大飯店舉行，邀請熊本市、光州市派員與會。",
        period="1986-07/1986-12",
    )
    forum = named(ext, "七十五年國際水岸城市論壇")
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=forum)
    assert rels(ext, RelType.HOSTED, source=named(ext, "高雄市觀光協會"), target=forum)
    invited = rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "光州市"))
    assert [i.properties.get("event") for i in invited] == [forum]


# 5. a city written after its country and 的 (巴拿馬的科隆市, as a story writes): the city
# of that country, not one of the same name elsewhere
def test_a_city_after_its_country_and_de_is_of_that_country() -> None:
    ext = chapter(
        "巴拿馬的科隆市也是老朋友。科隆市副市長荷西‧培瑞茲（José Pérez）於三月率團來訪。",
        period="1986-01/1986-06",
    )
    mayor = named(ext, "荷西‧培瑞茲")
    held = rels(ext, RelType.HOLDS_TITLE, source=mayor)
    assert [h.target for h in held] == ["city:pa:colon"]


# 6. a year before the report's opening the sentence as a clause of its own (去年底，…):
# it dates what the sentence tells (not history told in passing)
def test_last_year_opening_the_sentence_dates_the_visit() -> None:
    ext = chapter(
        "去年底，智利瓦爾帕萊索市市長璜‧羅培茲（Juan López）率團來訪，參觀加工出口區。",
        period="1986-01/1986-06",
    )
    mayor = named(ext, "璜‧羅培茲")
    visits = rels(ext, RelType.VISITED, source=mayor, target=KAOHSIUNG)
    assert [v.properties.get("year") for v in visits] == [1985]


# 7. an event named with the day it opened and the day it closed, the second written
# alone after 、 (十月三日開幕、五日閉幕的「某論壇」): its first and last days, which date
# the coming of those who took part
def test_the_days_an_event_opened_and_closed_are_its_days() -> None:
    ext = chapter(
        "十月三日開幕、五日閉幕的「七十五年國際水岸城市論壇」，是下半年市府最盛大的國際會議。"
        "論壇由本府主辦，邀請光州市派員與會。",
        "會中光州市觀光局局長金大中發表專題演講。",
        period="1986-07/1986-12",
    )
    forum = named(ext, "七十五年國際水岸城市論壇")
    event = next(e for e in ext.entities if e.id == forum)
    assert (event.properties.get("start"), event.properties.get("end")) == (
        "1986-10-03",
        "1986-10-05",
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "金大中"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in visits] == [
        ("1986-10-03", "1986-10-05")
    ]


# 8. a person qualified by a clause before their affiliation (甫到任的某協會高雄事務所所長,
# 來自某國的某議會會長) and 前來 after the name (所長某某前來拜會本府): the body as named,
# the name alone
def test_a_qualifying_clause_before_the_affiliation_is_no_part_of_it() -> None:
    ext = chapter(
        "二月三日，甫到任的英國貿易文化辦事處高雄分處處長大衛‧瓊斯前來拜會本府，由市長親自接見。",
        "三月八日，來自日本的熊本縣議會日台友好議員連盟會長田中一郎率該會議員六人來訪。",
        period="1986-01/1986-06",
    )
    jones = named(ext, "大衛‧瓊斯")
    held = rels(ext, RelType.HOLDS_TITLE, source=jones)
    assert [h.target for h in held] == [named(ext, "英國貿易文化辦事處高雄分處")]
    assert rels(ext, RelType.VISITED, source=jones, target=KAOHSIUNG)
    league = named(ext, "熊本縣議會日台友好議員連盟")
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "田中一郎"), target=league)


# 9. a home official named title first receiving a guest at the city's seat (市長某某在
# 市府貴賓室接見…), after a sentence about the guest's city: the city's own official
def test_an_official_receiving_at_the_city_seat_is_the_city_s() -> None:
    ext = chapter(
        "韓國光州市副市長朴永浩於三月五日率團來訪。六日上午，市長林振華在市府貴賓室接見這位老朋友。",
        period="1986-01/1986-06",
    )
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "林振華"))
    assert [h.target for h in held] == [KAOHSIUNG]


# 10. a person introduced by 是 and their name, who they are in the clause after (說這話的
# 是某某，某國某市的副市長; 他是某某（John Smith），某港務局委員，…), as a story writes
def test_a_post_apposed_after_the_name_is_held() -> None:
    ext = chapter(
        "「兩座港都，其實是兄弟。」說這話的是朴永浩，韓國光州市的副市長。",
        "他是約翰‧史密斯（John Smith），奧克蘭港務局委員，這回率領該港業者組成的訪問團來訪。",
        period="1986-01/1986-06",
    )
    park = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "朴永浩"))
    assert [(h.target, h.properties.get("title_zh")) for h in park] == [
        (named(ext, "光州市"), "副市長")
    ]
    smith = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "約翰‧史密斯"))
    assert [(h.target, h.properties.get("title_zh")) for h in smith] == [
        (named(ext, "奧克蘭港務局"), "委員")
    ]
    visits = rels(ext, RelType.VISITED, source=named(ext, "約翰‧史密斯"), target=KAOHSIUNG)
    assert [v.properties.get("led_by") for v in visits] == [None]


# 11. an anniversary's celebration named unquoted (本市建市十週年慶祝大會於某地隆重舉行),
# the city's own, held; the captions after it attending "the celebration" (同日，某市某課
# 課長代表某市長出席慶祝大會) take part in it, and so came
def test_an_unquoted_anniversary_celebration_is_the_city_s_event() -> None:
    ext = chapter(
        "圖一　七十五年十月十日，本市建市十週年慶祝大會於文化中心隆重舉行，市長林振華致詞。",
        "圖二　同日，日本熊本市國際交流課課長田中一郎（前排右二）代表熊本市長出席慶祝大會。",
        period="1986-07/1986-12",
    )
    event = named(ext, "建市十週年慶祝大會")
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=event)
    for party in ("田中一郎", "熊本市"):
        pid = named(ext, party)
        assert rels(ext, RelType.PARTICIPATED_IN, source=pid, target=event)
        visits = rels(ext, RelType.VISITED, source=pid, target=KAOHSIUNG)
        assert [v.properties.get("start") for v in visits] == ["1986-10-10"]


# 12. a stay told as 在高雄停留 and a leaving as 離境 (率團抵達，在高雄停留三天，十日離境):
# a coming to the city, to the day it left
def test_a_stay_in_the_city_and_leaving_the_country_date_the_visit() -> None:
    ext = chapter(
        "五月八日，澳洲伯斯市副市長約翰‧史密斯（John Smith）率領伯斯市訪問團一行七人抵達，"
        "在高雄停留三天，十日離境。",
        period="1986-01/1986-06",
    )
    for party in ("約翰‧史密斯", "伯斯市"):
        visits = rels(ext, RelType.VISITED, source=named(ext, party), target=KAOHSIUNG)
        assert [(v.properties.get("start"), v.properties.get("end")) for v in visits] == [
            ("1986-05-08", "1986-05-10")
        ]


# 13. one named in full, then by the last part of the name alone, as a story does
# (約翰‧史密斯…。九日上午，史密斯拜會市長某某): the same person
def test_the_last_part_of_a_name_alone_names_the_person_again() -> None:
    ext = chapter(
        "五月八日，澳洲伯斯市副市長約翰‧史密斯（John Smith）率團抵達，在高雄停留三天。",
        "九日上午，史密斯拜會市長林振華，兩人一談就是一個半小時。",
        period="1986-01/1986-06",
    )
    smith, host = named(ext, "約翰‧史密斯"), named(ext, "林振華")
    met = rels(ext, RelType.MET_WITH, source=host, target=smith) + rels(
        ext, RelType.MET_WITH, source=smith, target=host
    )
    assert [m.properties.get("date") for m in met] == ["1986-05-09"]


# 14. a team invited to the city's event, taken up after the invitation (邀請某市少年棒球隊
# 來訪，該隊由領隊某某率隊職員二十人，於五月三日至七日來訪): it came, on those days
def test_an_invited_team_taken_up_as_coming_came() -> None:
    ext = chapter(
        "2.辦理「七十六年高雄熊本姊妹市少年棒球友誼賽」：本府邀請姊妹市熊本市少年棒球隊來訪，"
        "該隊由領隊田中一郎率隊職員共二十人，於五月三日至七日來訪，與本市立德國小球隊比賽三場。",
        period="1987-01/1987-06",
    )
    team = named(ext, "熊本市少年棒球隊")
    took_part = rels(ext, RelType.PARTICIPATED_IN, source=team)
    assert [p.properties.get("status").value for p in took_part] == ["attended"]
    visits = rels(ext, RelType.VISITED, source=team, target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in visits] == [
        ("1987-05-03", "1987-05-07")
    ]


# 15. a call on the mayor by the title alone, ending the clause (處長某某到任拜會市長。), as a
# caption writes it: the city met the caller, who came
def test_a_call_on_the_mayor_by_title_alone_is_on_the_city() -> None:
    ext = chapter(
        "圖七　75.8.20　英國貿易文化辦事處高雄分處新任處長大衛‧瓊斯（David Jones）到任拜會市長。",
        period="1986-07/1986-12",
    )
    jones = named(ext, "大衛‧瓊斯")
    visits = rels(ext, RelType.VISITED, source=jones, target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["1986-08-20"]
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=jones)
    assert [m.properties.get("date") for m in met] == ["1986-08-20"]


# 16. a report given in a session on the state of something (於分組會議中報告某港區發展現況):
# speaking at the event
def test_reporting_on_the_state_of_things_is_speaking() -> None:
    ext = chapter(
        "十一月十九日至二十三日，本府秘書處專門委員林志明等三人出席奧克蘭市主辦之「第五屆太平洋"
        "港灣城市會議」，於分組會議中報告高雄港區發展現況。",
        period="1986-07/1986-12",
    )
    took_part = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "林志明"))
    assert [p.properties.get("role") for p in took_part] == ["speaker"]


# 17. the delegation's stay abroad told after its trip (訪問團一行於十月八日至十四日在某市
# 訪問), captions after one telling its arrival on the first of those days: the trip, and
# its leader's, lasted to the last day
def test_a_stay_abroad_told_later_ends_the_trip() -> None:
    ext = chapter(
        "圖十一　七十五年十月八日，市長林振華率本府訪問團抵達澳洲伯斯市，伯斯市副市長約翰‧史密斯"
        "（左）於機場迎接。",
        "圖十三　十月十日，市長林振華與伯斯市長彼得‧布朗於伯斯港務大樓會談兩港合作事宜。"
        "訪問團一行於十月八日至十四日在伯斯訪問。",
        period="1986-07/1986-12",
    )
    perth = named(ext, "伯斯市")
    for party in (KAOHSIUNG, named(ext, "林振華")):
        trips = rels(ext, RelType.VISITED, source=party, target=perth)
        assert [(t.properties.get("start"), t.properties.get("end")) for t in trips] == [
            ("1986-10-08", "1986-10-14")
        ]


# 18. one named in full among a list of guests, taken up by surname and title opening a
# clause and coming from elsewhere (…參事范德華等外賓…；范參事專程自臺北南下參加): that
# person came; where they came from is no party
def test_a_guest_taken_up_by_surname_and_title_came_from_elsewhere() -> None:
    ext = chapter(
        "七十五年十月三十一日，本府舉辦「外籍人士港都之旅」，邀請荷蘭駐華辦事處參事范德堡"
        "（Jan van den Berg）等外賓十餘人遊覽澄清湖；范參事專程自臺北南下參加。",
        period="1986-07/1986-12",
    )
    guest = named(ext, "范德堡")
    visits = rels(ext, RelType.VISITED, source=guest, target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["1986-10-31"]
    tour = named(ext, "外籍人士港都之旅")
    parties = {p.source for p in rels(ext, RelType.PARTICIPATED_IN, target=tour)}
    assert parties == {guest}


# 19. a story setting the day before it tells the arrival (五月八日，遠方的客人到了。某市
# 副市長某某率團抵達，在高雄停留三天，十日離境): the visit from that day to the day they left
def test_the_day_a_story_sets_before_the_arrival_dates_it() -> None:
    ext = chapter(
        "五月八日，來自南半球的客人到了。澳洲伯斯市副市長約翰‧史密斯（John Smith）"
        "率領伯斯市訪問團一行七人抵達，在高雄停留三天，十日離境。",
        period="1986-01/1986-06",
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "伯斯市"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in visits] == [
        ("1986-05-08", "1986-05-10")
    ]


# 20. a caption whose body, after its label and date, opens the sentence (圖二十　十二月
# 二十七日，秘書處召開…，由蔡處長文明主持): the one named in the old style (姓+職稱+名)
# with no affiliation is that body's; one keeping guests company (蔡處長作陪) is no name
def test_a_caption_s_opening_body_is_the_affiliation_of_those_named_bare() -> None:
    ext = chapter(
        "圖二十　十二月二十七日，秘書處召開本年度國際交流業務檢討會，由蔡處長文明主持。",
        "圖十四　十月三十一日，外賓遊覽澄清湖，中午於旗津用餐，由秘書處李處長作陪。",
        period="1986-07/1986-12",
    )
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "蔡文明"))
    assert [h.properties.get("title_zh") for h in held] == ["處長"]
    assert [named(ext, "秘書處")] == [h.target for h in held]
    assert not any(e.name_zh.endswith("作陪") for e in ext.entities)


# 21. a territory written by its country's name among cities (熊本市、關島、奧克蘭市等三地
# 代表隊…進場; 擬續邀熊本市、關島代表隊參加): the city it stands for, known by the name
# written, takes part and is invited
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


# 22. a caption telling the mayor, by the title alone, receiving a guest at the city's
# seat (某日，市長於市長室接見某市市長某某一行): the guest came that day
def test_the_mayor_receiving_at_the_seat_tells_the_guest_came() -> None:
    ext = chapter(
        "圖四　七十五年七月十一日，市長於市長室接見約旦阿卡巴市市長阿布杜拉‧哈山"
        "（Abdullah Hassan）一行（左三為哈山市長）。",
        period="1986-07/1986-12",
    )
    guest = named(ext, "阿布杜拉‧哈山")
    visits = rels(ext, RelType.VISITED, source=guest, target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["1986-07-11"]


# 23. a school named after what it is to the city (熊本姊妹校熊本女子高等學校師生…回訪): the
# school, by its own name
def test_a_sister_school_named_with_the_tie_before_it_is_the_school() -> None:
    ext = chapter(
        "圖十　九月二十五日，熊本姊妹校熊本女子高等學校師生十八人回訪高雄女中，兩校學生聯合演出。",
        period="1986-07/1986-12",
    )
    school = named(ext, "熊本女子高等學校")
    assert not any("姊妹校" in e.name_zh for e in ext.entities)
    visits = rels(ext, RelType.VISITED, source=school, target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["1986-09-25"]


# 24. a story's 那一年 after the year it named (得從民國五十五年說起。那一年，高雄與某市正式
# 締結為姊妹市): that year, history as it is
def test_that_year_takes_up_the_year_just_named() -> None:
    ext = chapter(
        "這份情誼，得從民國六十年說起。那一年，高雄與熊本市正式締結為姊妹市，至今已整整十五年。",
        period="1986-01/1986-06",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "熊本市"))
    assert [t.properties.get("since") for t in ties] == ["1971"]


# 25. a day written alone in a sentence after a range running into the next month
# (三月二十六日至四月二日，…。二十八日，…): the month in which it falls within the range
def test_a_day_alone_after_a_range_across_months_falls_within_it() -> None:
    ext = chapter(
        "三月二十六日至四月二日，林秘書長率建設局同仁組團前往奧克蘭市，考察港區。"
        "二十八日，訪問團與奧克蘭市長約翰‧史密斯會晤。",
        period="1986-01/1986-06",
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "約翰‧史密斯"))
    assert [m.properties.get("date") for m in met] == ["1986-03-28"]


# 26. a school named by the city's name (高雄某中), its head bringing its people abroad
# (校長某某帶著十六名師生飛往某市), and the group's return told sentences later (一行人於
# 十七日返國): the school and its head went, to the day they came back
def test_a_school_of_the_city_flying_abroad_with_its_return_told_later() -> None:
    ext = chapter(
        "五月十二日，高雄女中校長王淑芬帶著十六名師生飛往熊本市，這是該校第一次組團出國。",
        "「同學們最後都哭了。」高二學生林小美說。一行人於十七日返國。",
        period="1986-01/1986-06",
    )
    kumamoto = named(ext, "熊本市")
    for party in ("高雄女中", "王淑芬"):
        trips = rels(ext, RelType.VISITED, source=named(ext, party), target=kumamoto)
        assert [(t.properties.get("start"), t.properties.get("end")) for t in trips] == [
            ("1986-05-12", "1986-05-17")
        ]


# 27. a signing by the officials named by surname and title (林市長與朴副市長…簽署「高雄市
# 某市…協議書」): the agreement's name tells the other side
def test_an_agreement_named_for_both_cities_tells_the_partner() -> None:
    ext = chapter(
        "二月二十一日，光州市副市長朴永浩率團來訪。二十三日下午，林市長與朴副市長在市府大禮堂"
        "簽署「高雄市光州市港灣技術交流協議書」。",
        period="1986-01/1986-06",
    )
    signed = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, "光州市"))
    assert [s.properties.get("date") for s in signed] == ["1986-02-23"]


# 28. a story's subheading (◆…) dating nothing, a day written alone after it (二十三日下午，
# …): of the month the text was last in
def test_a_day_alone_under_a_story_subheading_is_of_the_month_before() -> None:
    ext = chapter(
        "二月二十一日，光州市副市長朴永浩率團來訪。",
        "◆兄弟的約定",
        "二十三日下午，林市長與朴副市長在市府大禮堂簽署「高雄市光州市港灣技術交流協議書」。",
        period="1986-01/1986-06",
    )
    signed = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, "光州市"))
    assert [s.properties.get("date") for s in signed] == ["1986-02-23"]


# 29. the city's own celebration invited to (邀請某市派員參加本市建市十週年慶祝大會) is
# held by the city; told later by its occasion alone (本市將迎來建市十週年。…函邀甲市、
# 乙市市長蒞高共襄盛舉), the invitation after it is to that celebration
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


# 30. a signing told for when the time comes (今年秋天由本府組團回訪，屆時正式簽署姊妹市
# 協定書): a tie planned, not made
def test_a_signing_when_the_time_comes_is_planned() -> None:
    ext = chapter(
        "五月八日，澳洲伯斯市副市長約翰‧史密斯率團來訪。"
        "會談中雙方同意，今年秋天由本府組團回訪，屆時正式簽署姊妹市協定書。",
        period="1986-01/1986-06",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "伯斯市"))
    assert [t.properties.get("status").value for t in ties] == ["planned"]


# 31. a place's letter of invitation handed over by a guest (總領事某某拜會市長，面交某市長
# 邀請函，邀請本市組團參加…): that place invites the city, and holds the event named for it
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


# 32. performing at a part of the event spoken of, named again by its series' name
# (…組團參加今年的第七十七屆玫瑰節。…率領本市舞蹈團遠赴某市，在玫瑰節大遊行中演出): the
# city and its troupe took part, as performers
def test_performing_in_the_parade_of_the_festival_named_again_is_taking_part() -> None:
    ext = chapter(
        "四月初，波特蘭市長史密斯（John Smith）來函邀請本市組團參加今年的第八十屆玫瑰節。",
        "六月六日至十二日，民政局林局長率領本市青年民俗舞蹈團一行二十人遠赴波特蘭市，"
        "在玫瑰節大遊行中演出宋江陣，沿街觀眾掌聲不斷。",
        period="1987-01/1987-06",
    )
    troupe = named(ext, "青年民俗舞蹈團")
    took_part = rels(ext, RelType.PARTICIPATED_IN, source=troupe)
    assert [(p.properties.get("status").value, p.properties.get("role")) for p in took_part] == [
        ("attended", "performer")
    ]
    ours = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert [p.properties.get("status").value for p in ours] == ["attended"]


# 33. (of 11 and 29) a place whose name ends in 本市 before an event (應邀參加布里斯本市
# 「瓦拉納藝術節」): no 本市 of ours, the event not the city's
def test_a_place_ending_in_benshi_before_an_event_is_no_home_host() -> None:
    ext = chapter(
        "九月二十二日至二十八日，秘書處五人應邀參加布里斯本市「瓦拉納藝術節」花車遊行。",
        period="1989-07/1989-12",
    )
    festival = named(ext, "瓦拉納藝術節")
    assert not rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=festival)


# 34. a home bureau's head written by the bureau's short name glued to the title (建設局長
# 某某), after a guest's place: the city's own bureau the data knows, not one of that place
def test_a_bureau_head_written_short_is_of_the_city_s_bureau() -> None:
    ext = chapter(
        "三月十九日，奧克蘭港務局委員約翰‧史密斯率團來訪，與建設局長陳正雄座談。",
        period="1986-01/1986-06",
    )
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "陳正雄"))
    assert [h.target for h in held] == ["org:kaohsiung:reconstruction"]
