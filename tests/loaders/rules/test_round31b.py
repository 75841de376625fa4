"""Round 31b: forms of a chapter organized by theme with date-first items (the city's
events with a list of guests, bodies of the city named as parties, invitations to
events to come). Each test reads a short chapter written for it, with invented names,
places and dates.
"""

from __future__ import annotations

import pytest

from graph.model import Attendance, Extraction, RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


def event_named(extraction: Extraction, name: str) -> str:
    return next(e.id for e in extraction.entities if e.label == "Event" and name in e.name_zh)


@pytest.mark.parametrize(
    ("sentence", "event", "guests"),
    [
        (
            "5月10日至11日，本府與國立某某大學於某某飯店合辦「2018國際港灣城市論壇」，"
            "邀請日本橫濱港灣研究所所長山田太郎、美國某某大學教授史密斯（John Smith）"
            "擔任主講人。",
            "國際港灣城市論壇",
            ["山田太郎", "史密斯"],
        ),
        (
            "為增進外籍人士對市政之瞭解，本府於3月9日舉辦「2018外籍人士市政座談會」，"
            "邀請英國貿易文化辦事處處長白朗、德國經濟辦事處處長施密特等人與會。",
            "外籍人士市政座談會",
            ["白朗", "施密特"],
        ),
    ],
)
def test_a_guest_list_after_the_citys_event_keeps_its_host(
    sentence: str, event: str, guests: list[str]
) -> None:
    """The clause naming the city's event before a list of its guests is read for its
    host as any clause is: 本府與某大學…合辦, or 本府 after a clause of purpose."""
    got = chapter(sentence)
    held = event_named(got, event)
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=held)
    for guest in guests:
        assert rels(
            got,
            RelType.PARTICIPATED_IN,
            source=named(got, guest),
            target=held,
            status=Attendance.ATTENDED,
        )


def test_the_co_host_of_a_listed_event_hosts_it() -> None:
    got = chapter(
        "5月10日至11日，本府與國立某某大學於某某飯店合辦「2018國際港灣城市論壇」，"
        "邀請日本橫濱港灣研究所所長山田太郎、美國某某大學教授史密斯擔任主講人。"
    )
    held = event_named(got, "國際港灣城市論壇")
    assert rels(got, RelType.HOSTED, source=named(got, "國立某某大學"), target=held)


@pytest.mark.parametrize(
    ("written", "name", "title", "body"),
    [
        ("韓國大邱經濟研究院院長金大明", "金大明", "院長", "大邱經濟研究院"),
        ("日本神戶市立博物館館長山田一郎", "山田一郎", "館長", "神戶市立博物館"),
        ("美國某某航運公司副執行長史密斯（John Smith）", "史密斯", "副執行長", "某某航運公司"),
    ],
)
def test_heads_of_institutes_and_museums_and_deputies_hold_titles(
    written: str, name: str, title: str, body: str
) -> None:
    """院長 and 館長 are heads' titles as 所長 and 校長 are; 副 before any title makes
    the deputy's (副執行長 as 副總裁)."""
    got = chapter(f"6月5日，{written}來訪，參觀高雄港。")
    held = rels(got, RelType.HOLDS_TITLE, source=named(got, name), title_zh=title)
    assert held
    assert any(body in e.name_zh for e in got.entities if e.id == held[0].target)


def test_a_museum_written_as_the_venue_holds_nothing() -> None:
    """A museum after 在/於 before the verb of holding is where the event is, not who
    holds it (now that 美術館 and 博物館 end bodies' names)."""
    got = chapter("本府文化局與日本某某市攜手，在本市歷史博物館舉辦「2018某某版畫展」。")
    show = event_named(got, "版畫展")
    hosts = {r.source for r in rels(got, RelType.HOSTED, target=show)}
    assert KAOHSIUNG in hosts
    assert not [e for e in got.entities if e.id in hosts and "博物館" in e.name_zh]


def test_each_group_of_a_guest_list_plays_the_part_told_after_it() -> None:
    """「邀請A、B擔任主講人，C擔任與談人」: A and B speak, C is a panelist."""
    got = chapter(
        "5月10日，本府於某某飯店舉辦「2018國際港灣城市論壇」，邀請日本某某大學教授"
        "山田太郎、韓國某某研究院院長金大明擔任主講人，美國某某公司經理史密斯（John Smith）"
        "擔任與談人。"
    )
    forum = event_named(got, "國際港灣城市論壇")
    for guest, role in (("山田太郎", "speaker"), ("金大明", "speaker"), ("史密斯", "panelist")):
        took = rels(got, RelType.PARTICIPATED_IN, source=named(got, guest), target=forum)
        assert [r.properties.get("role") for r in took] == [role], guest


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


@pytest.mark.parametrize(
    "sentence",
    [
        "11月15日，本府函邀姊妹市仁川市及西雅圖市，於明年組隊來高參加「2019國際龍舟錦標賽」。",
        "本府邀請姊妹市仁川市明年組隊來高參加「2019國際龍舟錦標賽」。",
    ],
)
def test_an_event_the_city_invites_others_to_come_and_join_is_its_own(sentence: str) -> None:
    """Invitees asked to come to the city to join an event (來高參加「…」), no other host
    named: the city holds it."""
    got = chapter(sentence, period="2018-07/2018-12")
    race = event_named(got, "國際龍舟錦標賽")
    assert {r.source for r in rels(got, RelType.HOSTED, target=race)} == {KAOHSIUNG}


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


def test_an_event_named_with_its_year_is_dated_by_the_days_before_it() -> None:
    """「10月18日至26日，本府…舉辦「一百零七年高雄國際偶戲節」」: the year in the name
    is no date of the clause; the days written first are the event's, and its guests'
    visit."""
    got = chapter(
        "（二）十月十八日至二十六日，本府於某某公園舉辦「一百零七年高雄國際偶戲節」，"
        "邀請仁川市立舞蹈團來高演出。",
        period="2018-07/2018-12",
    )
    fest = next(e for e in got.entities if e.label == "Event" and "偶戲節" in e.name_zh)
    assert (fest.properties.get("start"), fest.properties.get("end")) == (
        "2018-10-18",
        "2018-10-26",
    )
    came = rels(got, RelType.VISITED, source=named(got, "仁川市立舞蹈團"), target=KAOHSIUNG)
    assert [(r.properties.get("start"), r.properties.get("end")) for r in came] == [
        ("2018-10-18", "2018-10-26")
    ]


@pytest.mark.parametrize(
    ("sentence", "ours", "theirs"),
    [
        (
            "9月3日，高雄市旅館商業同業公會與仁川旅館協會簽署「觀光交流協議書」。",
            "高雄市旅館商業同業公會",
            "仁川旅館協會",
        ),
        (
            "3月8日，高雄市觀光協會與日本熊本市觀光協會簽署「旅遊合作備忘錄」。",
            "高雄市觀光協會",
            "熊本市觀光協會",
        ),
    ],
)
def test_a_civic_body_of_the_city_signs_for_itself(sentence: str, ours: str, theirs: str) -> None:
    """A body of the city's people named by the city (高雄市某某協會, 高雄市某某公會),
    opening the clause, signs for itself; the city's government is no party."""
    got = chapter(sentence)
    signed = rels(got, RelType.SIGNED_MOU)
    assert [(r.source, r.target) for r in signed] == [(named(got, ours), named(got, theirs))]


def test_a_civic_body_of_the_city_co_hosts_with_it() -> None:
    """「本府與高雄市某某公會於某中心合辦「…」」: the body hosts beside the city, which
    holds the event (and attends no event of its own)."""
    got = chapter(
        "11月2日至4日，本府與高雄市電機電子商業同業公會於高雄展覽館合辦「2018高雄國際電子展」，"
        "計有日本、韓國廠商三十餘家參展。",
        period="2018-07/2018-12",
    )
    show = event_named(got, "國際電子展")
    hosts = {r.source for r in rels(got, RelType.HOSTED, target=show)}
    assert hosts == {KAOHSIUNG, named(got, "高雄市電機電子商業同業公會")}
    assert not rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=show)


@pytest.mark.parametrize(
    ("sentence", "body", "place", "event"),
    [
        (
            "10月3日至8日，衛生局派員隨同國家衛生研究院，赴瑞士日內瓦出席「第50屆世界衛生大會」。",
            "國家衛生研究院",
            "日內瓦",
            "世界衛生大會",
        ),
        (
            "12月1日至5日，環保局派員隨同某某環境研究院，以觀察員名義赴德國柏林列席"
            "「第5屆國際氣候會議」。",
            "某某環境研究院",
            "柏林",
            "國際氣候會議",
        ),
    ],
)
def test_a_body_the_citys_staff_went_along_with_went_and_attended(
    sentence: str, body: str, place: str, event: str
) -> None:
    """「某局派員隨同某研究院，赴某地出席「…」」: the body went there on those days and
    attended too (列席, attending as an observer, is attending)."""
    got = chapter(sentence, period="2018-07/2018-12")
    held = event_named(got, event)
    went = rels(got, RelType.VISITED, source=named(got, body), target=named(got, place))
    assert [r.properties.get("start") for r in went] == [
        "2018-10-03" if "衛生" in body else "2018-12-01"
    ]
    for party in (KAOHSIUNG, named(got, body)):
        took = rels(got, RelType.PARTICIPATED_IN, source=party, target=held)
        assert [r.properties["status"] for r in took] == [Attendance.ATTENDED], party
    assert not rels(got, RelType.HOSTED, target=held)


def test_talks_still_to_come_on_other_matters_leave_a_tie_planned() -> None:
    """「雙方經多次磋商，已就締結友好城市協定內容獲致共識，預定明年5月…赴該市簽署，屆時
    將同時洽談經貿合作項目」: the talks told as to come are on other matters; the tie,
    its signing set, is planned."""
    got = chapter(
        "8月2日，紐西蘭但尼丁市市長來訪。",
        "12月10日，但尼丁市函復本府，雙方經多次磋商，已就締結友好城市協定內容獲致共識，"
        "預定明年5月由市長率團赴該市簽署，屆時將同時洽談經貿合作項目。",
        period="2018-07/2018-12",
    )
    ties = rels(got, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG)
    assert [r.properties["status"] for r in ties] == ["planned"]


def test_a_banquet_given_after_a_title_is_no_name() -> None:
    """「…，並由陳市長設宴款待」 after a list of guests: 設宴 opens no name."""
    got = chapter(
        "10月3日至4日，本府辦理「2018駐華使節高雄參訪之旅」，邀請巴拉圭共和國駐華大使"
        "羅培茲（Juan López）、貝里斯駐華大使史東（Mark Stone）等友邦使節約三十人南下，"
        "參觀高雄港、佛光山及某某文物館，並由陳市長設宴款待。",
        period="2018-07/2018-12",
    )
    assert not [e for e in got.entities if "設宴" in e.name_zh]


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


def test_the_city_invited_agrees_and_so_plans_to_take_part() -> None:
    """「…來函，邀請本市明年組團參加「…」，本府已函復同意並開始規劃參訪團組成」: the
    city's answer settles its invitation: planned."""
    got = chapter(
        "9月5日，日本札幌雪祭實行委員會（Sapporo Snow Festival Committee）來函，邀請本市"
        "明年二月組團參加該會主辦之「第70屆札幌雪祭」，本府已函復同意並開始規劃參訪團組成。",
        period="2018-07/2018-12",
    )
    fest = event_named(got, "札幌雪祭")
    took = rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=fest)
    assert [r.properties["status"] for r in took] == [Attendance.PLANNED]


def test_that_school_is_the_school_named_last() -> None:
    """「本市某高中與日本某某高等學校…締結為姊妹校。該校校長某某率師生…來訪」: 該校 is
    the school named last; its principal led its people, so it came too."""
    got = chapter(
        "本市前鎮高中與日本札幌市立北陵高等學校經一年書信往來，於5月8日正式締結為姊妹校。"
        "該校校長山本健一率師生一行15人於5月7日至10日來訪，並出席締約儀式。"
    )
    school = named(got, "札幌市立北陵高等學校")
    assert rels(got, RelType.HOLDS_TITLE, source=named(got, "山本健一"), target=school)
    came = rels(got, RelType.VISITED, source=school, target=KAOHSIUNG)
    assert [r.properties.get("start") for r in came] == ["2018-05-07"]


@pytest.mark.parametrize("verb", ["訪問本市高雄女中", "參訪本市中山國中", "至本市參訪"])
def test_a_school_whose_people_visit_a_school_of_the_city_came(verb: str) -> None:
    """「日本某縣立某高等學校修學旅行團師生240人訪問本市某高中」: the school came (its
    prefecture opens its name, and is no visitor)."""
    got = chapter(f"4月2日，日本熊本縣立北陵高等學校修學旅行團師生二百四十人{verb}。")
    school = named(got, "熊本縣立北陵高等學校")
    assert rels(got, RelType.VISITED, source=school, target=KAOHSIUNG, start="2018-04-02")
    assert not rels(got, RelType.VISITED, source="city:jp:kumamoto-prefecture")


def test_a_mayor_whose_invitation_is_conveyed_holds_his_title_of_that_city() -> None:
    """「某處長此行並轉達該市市長某某（Latin Name）之邀請」: 轉達 opens no body's name; the
    mayor is 該市's."""
    got = chapter(
        "5月2日至5日，西雅圖市政府國際關係處處長史東（Mark Stone）來訪，拜會本府秘書處。"
        "史東處長此行並轉達該市市長格林（Paul Green）之邀請，盼陳市長於明年擇期訪問西雅圖。"
    )
    held = rels(got, RelType.HOLDS_TITLE, source=named(got, "格林"), title_zh="市長")
    assert [r.target for r in held] == [named(got, "西雅圖市")]


def test_an_invitation_conveyed_by_a_guest_is_made_by_the_inviters_city() -> None:
    """「某處長此行並轉達該市市長某某之邀請，盼陳市長於明年擇期訪問該市」: the city whose
    mayor's invitation was conveyed invited the city."""
    got = chapter(
        "5月2日至5日，西雅圖市政府國際關係處處長史東（Mark Stone）來訪，拜會本府秘書處。"
        "史東處長此行並轉達該市市長格林（Paul Green）之邀請，盼陳市長於明年擇期訪問西雅圖。"
    )
    assert rels(got, RelType.INVITED, source=named(got, "西雅圖市"), target=KAOHSIUNG)


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


def test_a_quoted_name_followed_by_its_kind_names_an_event() -> None:
    """「本府於某中心舉辦「某某之夜」音樂會兩場」: the quote names a concert the city held;
    the orchestra the city invited (應本府之邀來高) played at it."""
    got = chapter(
        "7月5日至12日，美國西雅圖青年管弦樂團（Seattle Youth Orchestra）應本府之邀來高訪問，"
        "本府於文化中心舉辦「友誼之夜」音樂會兩場，由該團與本市學生樂團同台演出。",
        period="2018-07/2018-12",
    )
    concert = event_named(got, "友誼之夜")
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=concert)


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


def test_an_agreement_signed_with_a_person_named_before_is_with_his_body() -> None:
    """「陳市長與某某主席共同簽署「…備忘錄」」, the chairman named before with his body:
    the body signed, on the day written."""
    got = chapter(
        "9月3日，泰國曼谷港務管理局主席蘇拉猜（Surachai Wong）率團來訪。",
        "10月7日，陳市長與蘇拉猜主席共同簽署「高雄市政府與泰國曼谷港務管理局經貿合作備忘錄」。",
        period="2018-07/2018-12",
    )
    body = named(got, "曼谷港務管理局")
    signed = rels(got, RelType.SIGNED_MOU, source=KAOHSIUNG, target=body)
    assert [(r.properties.get("date"), r.properties.get("title")) for r in signed] == [
        ("2018-10-07", "高雄市政府與泰國曼谷港務管理局經貿合作備忘錄")
    ]


def test_a_visitor_from_a_school_going_to_one_of_the_city_to_talk_of_a_tie() -> None:
    """「美國某州立大學副校長某某來訪，並前往國立某某大學洽談締結姊妹校事宜」: the two
    schools are negotiating."""
    got = chapter(
        "5月20日，美國西雅圖太平洋大學（Seattle Pacific University）副校長史東（Mark Stone）"
        "來訪，並前往國立高雄大學洽談締結姊妹校事宜，締約細節仍在協商中。"
    )
    ties = rels(got, RelType.SISTER_SCHOOL_OF)
    pairs = [({r.source, r.target}, r.properties.get("status")) for r in ties]
    assert pairs == [({named(got, "國立高雄大學"), named(got, "西雅圖太平洋大學")}, "negotiating")]


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


def test_the_body_that_holds_an_edition_replaces_the_host_its_series_implies() -> None:
    """「某某祭實行委員會來函，邀請本市明年組團參加該會主辦之「第N屆某某祭」」: the body
    holds that edition, not the city its series belongs to."""
    got = chapter(
        "9月5日，日本八王子祭實行委員會來函，邀請本市明年八月組團參加該會主辦之「第60屆八王子祭」。",
        period="2018-07/2018-12",
    )
    hosts = {r.source for r in rels(got, RelType.HOSTED, target="event:hachioji-festival:2019")}
    assert hosts == {named(got, "八王子祭實行委員會")}


def test_an_edition_written_in_chinese_numerals_names_an_event() -> None:
    """「某市將於5月舉辦第二屆東亞運動會」: 第二屆 is an edition as 第2屆 is; the place
    saying so holds it."""
    got = chapter(
        "3月8日，仁川廣域市市長朴大明率團來訪。朴市長於會談中表示，仁川將於5月舉辦第二屆"
        "東亞青年運動會，並當面邀請本市屆時派員前往觀摩。"
    )
    games = event_named(got, "東亞青年運動會")
    assert next(e for e in got.entities if e.id == games).properties.get("edition") == 2


def test_an_invitation_in_a_mayors_letter_is_dated_by_the_letter() -> None:
    """「4月間，某市市長某某（Latin Name）致函陳市長，正式邀請本市組團參加該市…之「…」」:
    the letter's month dates the invitation."""
    got = chapter(
        "4月間，西雅圖市市長史東（Mark Stone）致函陳市長，正式邀請本市組團參加該市每年8月"
        "舉辦之「2018西雅圖海洋節」。"
    )
    invited = rels(got, RelType.INVITED, source=named(got, "西雅圖市"), target=KAOHSIUNG)
    assert [r.properties.get("date") for r in invited] == ["2018-04"]


def test_an_invitation_made_in_person_is_the_speakers_city() -> None:
    """「朴市長於會談中表示，…，並當面邀請本市屆時派員前往觀摩」: the mayor's city
    invited the city."""
    got = chapter(
        "3月8日，仁川廣域市市長朴大明率團來訪。朴市長於會談中表示，仁川將於5月舉辦第二屆"
        "東亞青年運動會，並當面邀請本市屆時派員前往觀摩。"
    )
    assert rels(got, RelType.INVITED, source=named(got, "仁川廣域市"), target=KAOHSIUNG)


def test_a_troupe_named_again_by_its_kind_word_takes_part() -> None:
    """「…偕同高雄市青年管樂團，於…赴某市訪問；管樂團參加「…」大遊行，並演出兩場」: 管樂團
    is the troupe named before, which performed."""
    got = chapter(
        "本府由王主任秘書率民政局人員，偕同高雄市青年管樂團，於6月4日至10日赴西雅圖訪問；"
        "管樂團參加「2018西雅圖海洋節」大遊行，並於市區演出兩場。"
    )
    fest = event_named(got, "西雅圖海洋節")
    took = rels(got, RelType.PARTICIPATED_IN, source=named(got, "高雄市青年管樂團"), target=fest)
    assert [r.properties.get("role") for r in took] == ["performer"]


def test_the_city_whose_troupe_went_along_takes_part_as_its_troupe_did() -> None:
    """「本府由某某率…人員，偕同高雄市某某樂團赴某市訪問；管樂團參加「…」大遊行」: the
    city, invited before, took part through the troupe it brought."""
    got = chapter(
        "4月間，西雅圖市市長史東（Mark Stone）致函陳市長，正式邀請本市組團參加"
        "「2018西雅圖海洋節」。",
        "本府由王主任秘書率民政局人員，偕同高雄市青年管樂團，於6月4日至10日赴西雅圖訪問；"
        "管樂團參加「2018西雅圖海洋節」大遊行，並於市區演出兩場。",
    )
    fest = event_named(got, "西雅圖海洋節")
    took = rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=fest)
    assert [r.properties["status"] for r in took] == [Attendance.ATTENDED]


def test_an_envoy_coming_south_to_visit_came_to_the_city() -> None:
    """「某國某州政府駐台北辦事處處長某某（Latin Name）南下訪問，洽談…」: the envoy came
    down to the city."""
    got = chapter(
        "（十八）11月20日，美國華盛頓州政府駐台北辦事處處長格林（Paul Green）南下訪問，"
        "洽談農產品在高雄推廣事宜。",
        period="2018-07/2018-12",
    )
    assert rels(
        got, RelType.VISITED, source=named(got, "格林"), target=KAOHSIUNG, start="2018-11-20"
    )
