"""Tests of loaders/rules/trips.py: the city's delegations abroad (由…率團至…, 赴…訪問), their
stops and days, who led them and went along, and the bodies called on."""

from __future__ import annotations

import pytest

from graph.model import RelType
from loaders.pipeline import extract_bytes
from tests.loaders.rules.helpers import (
    CARD_WITH_LEGS,
    H1_1991,
    H1_1993,
    H1_1995,
    H1_2019,
    H2_1991,
    H2_1992,
    H2_2018,
    KAOHSIUNG,
    KUMAMOTO,
    SCHOOL_DAY,
    TRIP,
    chapter,
    chapter_h2_1991,
    event_named,
    named,
    rels,
    trip_chapter,
    visit_properties,
    visit_starts,
    visitors_chapter,
)

_ROTTERDAM_TRIP = (
    "（一）陳市長率團訪問荷蘭鹿特丹市（八月三日至八月六日）",
    "第一天（八月三日）：下午抵達鹿特丹市，晚間出席歡迎晚宴。",
    "第二天（八月四日）：上午拜會鹿特丹市長范德文（Jan van de Ven）。"
    "下午參訪Port of Rotterdam位於馬斯河畔之貨櫃碼頭，由該局副執行長德布爾親自簡報。",
    "第三天（八月五日）：上午拜會Port of Amsterdam，由港務委員會主席揚森接見。",
    "第四天（八月六日）：搭機返國。",
)


def _trips(ext, place: str) -> list[tuple[object, object]]:  # type: ignore[no-untyped-def]
    return [
        (r.properties.get("start"), r.properties.get("end"))
        for r in rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, place))
    ]


_TRIP = (
    "（一）",
    "案由：出席「2018仁川港口節」",
    "日期：107年5月2日至5日",
    "地點：韓國仁川廣域市",
    "出訪人員：",
    "觀光局陳局長（團長）",
    "秘書處科員一人",
)


def _evidence(rel) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.text for e in rel.evidence]


# Form A. A trip told over numbered items: the first says who led which bureaus where and
# when; each later item, not only the next, gives a stop with its own day, the delegation
# (訪團, 代表團, 該團) going on to it. Every stop is visited by the city and by the leader
# named in full, on that stop's day.


_US_TRIP = (
    "（二）出國訪問",
    "1.陳菊市長於100年9月3日至9日率觀光局組團訪問美國。",
    "2.9月5日，訪團抵達洛杉磯市，拜會當地僑界。",
)


# 8. staff taken along: only a body of a known kind, the city's own through its path (review 23)
@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("陳市長於5月1日偕同相關局處人員赴日本大阪市訪問。", "相關局處"),
        ("王副市長於6月2日偕同各局處代表赴韓國釜山市考察。", "各局處"),
        ("本府觀光局於8月3日偕同相關業者代表赴美國西雅圖市推廣觀光。", "相關業者"),
    ],
)
def test_no_body_made_of_staff_along(text: str, generic: str) -> None:
    ex = chapter(text)
    assert generic not in [e.name_zh for e in ex.entities]
    assert len(rels(ex, RelType.VISITED)) == 1


# (review 23)
def test_home_body_along_is_the_home_one() -> None:
    ex = chapter("陳市長於5月1日偕同本市市議會代表赴日本大阪市訪問。")
    assert "本市市議會" not in [e.name_zh for e in ex.entities]
    assert rels(ex, RelType.VISITED, source="org:kaohsiung:city-council")


# 9. a body at home called on is no visit abroad (review 23)
@pytest.mark.parametrize(
    "text",
    [
        "陳市長於5月1日北上拜會外交部，洽談合作事宜。",
        "王副市長於6月2日赴臺北拜會經濟部，說明本市產業政策。",
        "本府觀光局於8月3日北上拜訪交通部觀光局，爭取觀光推廣經費。",
    ],
)
def test_body_at_home_called_on(text: str) -> None:
    ex = chapter(text)
    orgs = {e.id for e in ex.entities if e.label.value == "Organization"}
    assert not [r for r in rels(ex, RelType.VISITED) if r.target in orgs]


# (review 23)
def test_body_abroad_called_on() -> None:
    ex = chapter("本府海洋局於5月1日赴日本大阪市訪問，並拜會大阪港務公司，洽談合作事宜。")
    assert len(rels(ex, RelType.VISITED, source=KAOHSIUNG)) == 2


# 13. a team named at the very end of the text is still a team, not a troupe's kind (review 23)
@pytest.mark.parametrize(
    "text",
    [
        "本府民政局於8月1日赴日本大阪市交流，並率本市青少年舞蹈團",
        "本府教育局於7月2日赴韓國釜山市，率本市少棒隊",
        "本府文化局於9月3日赴美國西雅圖市演出，由本市國樂團",
    ],
)
def test_team_at_end_of_text(text: str) -> None:
    assert len(rels(chapter(text), RelType.VISITED)) == 2


# 10. an answer to an invitation speaks of joining, not of another plan


# 12. a heading's trip to a country is told again only by its own item's city trips (review 23)
@pytest.mark.parametrize(
    ("heading", "body", "other"),
    [
        ("二、陳市長率團訪問日本", "陳市長此行推廣本市觀光，成果豐碩。", "日本大阪市"),
        ("二、王副市長率團出訪韓國", "王副市長此行與多位首長會晤，成果豐碩。", "韓國釜山市"),
        ("二、林副市長率團訪問美國", "林副市長此行推廣本市產業，獲熱烈迴響。", "美國西雅圖市"),
    ],
)
def test_heading_trip_kept_beside_another_items_city(heading: str, body: str, other: str) -> None:
    lines = [
        "壹、國際事務",
        heading,
        body,
        "三、觀光推廣",
        f"本府觀光局於5月2日至4日赴{other}推廣觀光。",
    ]
    ex = extract_bytes(("\n".join(lines) + "\n").encode("utf-8"), "test.txt", "2018-01/2018-12")
    targets = [r.target for r in rels(ex, RelType.VISITED, source=KAOHSIUNG)]
    assert [t for t in targets if t.startswith("country:")]
    assert [t for t in targets if t.startswith("city:")]


# (round 31a)
def test_a_trip_of_the_city_recalled_as_a_time() -> None:
    ext = chapter(
        "美國波士頓港務局局長史密斯（John Smith）率團一行6人，於2018年11月3日至5日來訪，"
        "並延續本年4月陳市長訪問波士頓時所建立之合作共識，雙方同意明年起互派人員實習。",
        "2018年9月14日至18日，本府捷運局派員赴波士頓市，考察該市輕軌系統。",
        period="2018-07/2018-12",
    )
    went = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "波士頓"))
    assert sorted((r.properties.get("start"), r.properties.get("led_by")) for r in went) == [
        ("2018-04", "陳市長"),
        ("2018-09-14", None),
    ]


# (round 31a)
def test_a_stop_of_a_trip_told_by_whom_was_met_there() -> None:
    ext = chapter(
        "2018年4月19日至26日，陳市長率建設局及秘書處人員赴美國訪問，4月21日於丹佛市與該市市長"
        "漢考克（Michael Hancock）會晤，就兩市產業合作交換意見；4月23日轉往波特蘭市參訪。"
    )
    went = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "丹佛市"))
    assert [(r.properties.get("start"), r.properties.get("led_by")) for r in went] == [
        ("2018-04-21", "陳市長")
    ]
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "漢考克"))


# (round 31a)
def test_a_trip_told_with_its_time_opening_the_sentence_is_no_recall() -> None:
    ext = chapter("2018年4月陳市長率團訪問波士頓期間，與該市市長會晤，並參觀港區。")
    went = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "波士頓"))
    assert [r.properties.get("purpose") for r in went] == ["訪問"]


# 4. at a stop told by whom was met there (於某市與某市長會晤), the place of the one met
# is no second stop (review 31)
@pytest.mark.parametrize("met", ["福岡市長高島宗一郎", "大阪府知事吉村洋文"])
def test_the_place_of_the_one_met_at_a_stop_is_no_stop(met: str) -> None:
    ext = chapter(f"1.陳市長率團赴日本訪問，4月10日於東京與{met}會晤；4月12日轉往札幌市參訪。")
    gone = {r.target for r in rels(ext, RelType.VISITED, source=KAOHSIUNG)}
    assert named(ext, "東京") in gone
    assert not gone & {"city:jp:fukuoka", "city:jp:osaka-prefecture"}


# (round 32a)
def test_a_trip_led_by_a_bureau_specialist_is_led_by_surname_and_title() -> None:
    """由社會局李專員帶隊赴某市: 專員 (a specialist of a bureau) is a title like 科長,
    the bureau being the trip's, the leader its official by surname and title."""
    got = chapter(
        "本府社會局於7月2日至12日選派本市高中學生20名，由社會局李專員帶隊赴日本大阪市，"
        "參加大阪大學舉辦之「2018國際青年研習營」。",
        period="2018-07/2018-12",
    )
    assert rels(got, RelType.VISITED, source=KAOHSIUNG, led_by="李專員", start="2018-07-02")


# (round 32a)
def test_a_bureau_leading_in_the_heading_leaves_the_lead_to_its_official() -> None:
    """1.建設局率團訪問某市 over 本府建設局陳局長率…赴某市: the bureau is the trip's, not
    its leader; its official by surname and title leads it."""
    got = chapter(
        "1.建設局率團訪問泰國曼谷市",
        "本府建設局陳局長率本市工商業者一行25人，於8月18日至22日赴泰國曼谷市進行經貿考察。",
        period="2018-07/2018-12",
    )
    assert rels(got, RelType.VISITED, source=KAOHSIUNG, led_by="陳局長", start="2018-08-18")


# (round 32a)
def test_an_event_named_for_the_place_a_trip_went_to_is_held_there() -> None:
    """…率…訪問大阪。…；翌日（5日）應邀出席「大阪市民祭」慶典: the event joined on the
    trip, named for the place it went to, is that place's."""
    got = chapter(
        "1.陳市長率團訪問大阪",
        "10月3日至7日，陳菊市長率秘書處、建設局等局處主管一行20人訪問大阪。"
        "10月4日拜會大阪市市長山田一郎，雙方就交流成果交換意見；"
        "翌日（5日）應邀出席「大阪市民祭」慶典，並共同種植紀念樹。",
        period="2015-07/2015-12",
    )
    held = event_named(got, "大阪市民祭")
    assert rels(got, RelType.HOSTED, source=named(got, "大阪市"), target=held)


# (round 32a)
def test_a_home_school_whose_head_calls_on_a_school_abroad_visits_it() -> None:
    """陳市長訪問大阪期間，本市前鎮國中校長隨團拜訪大阪天王寺中學: the school whose head
    called visited the school abroad, not the city."""
    got = chapter(
        "陳市長訪問大阪期間，本市前鎮國中校長隨團拜訪大阪天王寺中學，雙方就兩校交流交換意見。",
        period="2018-07/2018-12",
    )
    theirs = named(got, "大阪天王寺中學")
    assert rels(got, RelType.VISITED, source=named(got, "前鎮國中"), target=theirs)
    assert not rels(got, RelType.VISITED, source=KAOHSIUNG, target=theirs)


# 1. a school of the city calls on a body abroad as its visitor only when it went on its
# own errand: not along with the city's leader, and not a class of schools (review 32)
@pytest.mark.parametrize(
    "sentence",
    [
        "陳市長於107年5月3日率團訪問日本熊本市，本市三民高中校長陪同陳市長拜會熊本縣教育委員會。",
        "1.5月3日至7日，陳市長率團訪問日本熊本市，期間，本市高中職校長隨團拜訪熊本縣教育委員會。",
    ],
)
def test_the_city_calls_on_the_body_when_its_schools_go_along(sentence: str) -> None:
    ext = chapter(sentence)
    board = named(ext, "熊本縣教育委員會")
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=board)}
    assert visitors == {KAOHSIUNG}


# (review 32)
def test_a_school_of_the_city_calling_on_its_own_errand_is_the_visitor() -> None:
    ext = chapter(
        "1.5月3日至7日，陳市長率團訪問日本熊本市，本市三民高中校長隨團拜訪熊本縣立第一高等學校。"
    )
    school = named(ext, "熊本縣立第一高等學校")
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=school)}
    assert visitors == {named(ext, "三民高中")}


# 1. a sentence with no subject of its own that goes on with the city's trip (a leg)
# is the trip's: its leader named in full met the one called on, and attended (round 33b)
def test_the_leader_of_a_trip_meets_in_the_leg_told_next() -> None:
    ext = chapter(
        "1.107年4月2日至6日，陳菊市長率市府團隊一行15人訪問日本熊本市。"
        "4月3日拜會熊本縣知事蒲島郁夫，雙方就觀光合作交換意見；"
        "翌日（4日）應邀出席「熊本城馬拉松」開幕式。"
    )
    leader = named(ext, "陳菊")
    governor = named(ext, "蒲島郁夫")
    met = {(r.source, r.target) for r in rels(ext, RelType.MET_WITH)}
    assert (leader, governor) in met
    assert (KAOHSIUNG, governor) not in met
    attended = {r.source for r in rels(ext, RelType.PARTICIPATED_IN)}
    assert leader in attended


# --- after round 33a ---------------------------------------------------------------


# 18. countries opening the name of bodies in Taiwan are no destinations (review 33)
@pytest.mark.parametrize(
    "sentence",
    [
        "觀光局於1月5日至6日派員北上，赴日本及韓國駐台機構拜會，邀請其派員出席「八十四年高雄燈會」。",
        "經發局長於2月3日率員赴美國及日本駐台商會拜會，說明本市投資環境。",
    ],
)
def test_countries_opening_bodies_in_taiwan_are_no_destinations(sentence: str) -> None:
    ext = chapter(sentence, period=H1_1995)
    gone = {r.target for r in rels(ext, RelType.VISITED, source=KAOHSIUNG)}
    assert not [t for t in gone if t.startswith("country:")]


# 1. a clause of purpose opening the sentence (為…，) comes before who acts: the
# bureau after it is still the city going abroad (review 33a)
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
# one body named by the whole list (review 33a)
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


# 5. a municipal school (市立某高中) opening the sentence is the city's school going
# abroad; a return visit in the clause after its going (赴某市，回訪…) was paid there (review 33a)
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


# 9. countries listed as where a trip went (赴泰國及馬來西亞考察, 赴新加坡及香港): each a
# destination, not only the last (review 33a)
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


# (review 33a)
def test_countries_listed_on_the_way_to_cities_named_are_no_stops() -> None:
    ext = chapter(
        "1.5月3日至9日，本府經發局派員赴波蘭、捷克及匈牙利，期間拜會波蘭華沙市及匈牙利布達佩斯市。"
    )
    gone = {r.target for r in rels(ext, RelType.VISITED, source=KAOHSIUNG)}
    assert not {"country:pl", "country:cz"} & gone


# 16. leading the city's businesses forming a group (率本市遊艇業者十四家組團赴…): the
# group formed is the city's delegation, no troupe of its own (review 33a)
def test_businesses_forming_a_group_are_no_team() -> None:
    ext = chapter(
        "建設局林局長於1月20日至29日率本市機械業者十家組團赴美國芝加哥市，參加「2018芝加哥"
        "國際工具機展」。"
    )
    visitors = {r.source for r in rels(ext, RelType.VISITED)}
    assert visitors == {KAOHSIUNG}


# (round 34a)
def test_a_home_official_named_in_full_leads_the_citys_trip() -> None:
    # the official's home title told earlier in the chapter; his full name then leads
    got = chapter(
        "一月五日，本府秘書長趙明德接見日本訪問團。",
        "三月二日至六日，趙明德秘書長率團訪問美國西雅圖市，拜會西雅圖市政府。",
    )
    assert rels(got, RelType.VISITED, source=KAOHSIUNG, target="city:us:seattle")


# (round 34a)
def test_a_mayor_the_curated_data_knows_leads_the_citys_trip() -> None:
    # 謝長廷 is the city's mayor in 2001 (seed/gazetteer/people.csv)
    got = chapter("四月三日至八日，謝長廷市長率團訪問日本福岡市。", period="2001-01/2001-06")
    assert rels(got, RelType.VISITED, source=KAOHSIUNG, target="city:jp:fukuoka")


# (round 34a)
def test_stops_in_the_gloss_of_an_itinerary_heading_date_each_city() -> None:
    # (二)行程紀要(甲日訪問甲市，乙日訪問乙市) under the trip's item: each city its days
    got = trip_chapter(*TRIP)
    for city, start, end in (
        ("city:us:san-francisco", "2001-05-03", "2001-05-06"),
        ("city:us:los-angeles", "2001-05-06", "2001-05-08"),
    ):
        for who in (KAOHSIUNG, "person:謝長廷"):
            assert rels(got, RelType.VISITED, source=who, target=city, start=start, end=end)


# (round 34a)
def test_the_roster_of_a_trip_abroad_visited_each_city_of_it() -> None:
    # 團長：… 團員：甲、乙、某樂團團長丙暨團員: each named, and the troupe, went to each city
    got = trip_chapter(
        "一、謝長廷市長率團訪問美國舊金山市及洛杉磯市（五月三日至五月九日）",
        "（一）團員名單",
        "團長：高雄市長謝長廷",
        "副團長：本府秘書長蔡明德",
        "團員：觀光局局長許傳盛、高雄市國樂團團長周立中暨團員十二人，合計二十人。",
    )
    for city in ("city:us:san-francisco", "city:us:los-angeles"):
        for who in ("person:蔡明德", "person:許傳盛", "person:周立中"):
            assert rels(got, RelType.VISITED, source=who, target=city)
        troupe = [r for r in rels(got, RelType.VISITED, target=city) if "國樂團" in r.source]
        assert troupe


# 4. trips to one place in months or years apart (七月底…赴某市, 十月上旬…前往某市,
# 十一月中旬赴某市) are trips of their own, not one trip dated by the first (round 34b)
def test_trips_in_months_apart_stay_apart() -> None:
    ext = chapter(
        "經熊本市邀請，本府由教育局遴派本市高中學生四名，於七月二十七日至八月三日赴熊本市"
        "參加該市主辦之「二○一八熊本國際青少年營」。",
        "十月上旬，經熊本市邀請，本府由秘書處王專門委員率員二人前往熊本市，"
        "參加該市主辦之「第十屆熊本市民祭」慶祝活動。",
        "另經熊本市政府邀請，本府由工務局派技正一人，於本年十一月中旬赴熊本市參加該市主辦之"
        "「姊妹城市公務員研修」，為期兩週。",
        period="2018-07/2018-12",
    )
    starts = {
        r.properties.get("start")
        for r in rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "熊本市"))
    }
    assert starts == {"2018-07-27", "2018-10", "2018-11"}


# (round 34b)
def test_a_visit_years_before_is_another_trip() -> None:
    ext = chapter(
        "一○五年時任熊本市長大西一史曾率團來訪，本年一月熊本市副市長田中太郎亦率港灣部門主管"
        "來高考察。",
        period="2018-07/2018-12",
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "熊本市"), target=KAOHSIUNG)
    starts = {r.properties.get("start") or r.properties.get("year") for r in visits}
    assert starts == {"2016", "2018-01"}


# (round 34b)
def test_a_month_told_and_a_day_within_it_are_one_trip() -> None:
    ext = chapter(
        "本年十月，本府由秘書處王專門委員率員二人前往熊本市訪問，並於十月五日參加該市主辦之"
        "「第十屆熊本市民祭」慶祝活動。",
        period="2018-07/2018-12",
    )
    visits = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "熊本市"))
    assert len(visits) == 1


# 5. 至 opening a sentence with a place alone in its clause is "as for" (至日本某市，某市
# 某委員會主席曾於四月率團來訪): no trip there (round 34b)
def test_a_place_taken_up_with_zhi_is_no_trip_there() -> None:
    ext = chapter(
        "至日本熊本市，熊本市港灣委員會主席田中太郎曾於本年四月率團來訪，"
        "本府擬與熊本市簽署港灣合作備忘錄。",
        period="2018-07/2018-12",
    )
    city = named(ext, "熊本市")
    assert not rels(ext, RelType.VISITED, target=city)
    assert rels(ext, RelType.VISITED, source=named(ext, "田中太郎"), target=KAOHSIUNG)


# 9. a clause remarking on the trip just told (…赴某市回訪姊妹校，此為兩校締約後之首次
# 回訪) tells no other visit, not even in a part headed by the partner (與某市之交流) (round 34b)
def test_a_remark_on_the_trip_just_told_is_no_coming() -> None:
    ext = chapter(
        "二、與熊本市之交流",
        "市立前鎮高中學生訪問團一行二十五人，由該校校長率領，於七月二十日至二十五日赴熊本市"
        "回訪姊妹校，並寄宿當地學生家庭，此為兩校締約後之首次回訪。",
        period="2018-07/2018-12",
    )
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert rels(ext, RelType.VISITED, source=named(ext, "市立前鎮高中"))


# 13. helping others take part or go (並協助對方廠商參加當地商展) is no trip of the helper
# (round 34b)
def test_helping_others_take_part_is_no_trip() -> None:
    ext = chapter(
        "十月十二日，陳其邁市長於市府接見熊本市長大西一史一行，雙方並共同簽署「高雄市與熊本市"
        "加強經貿交流協議書」，約定兩市互設服務窗口，並協助對方廠商參加當地商展。",
        period="2018-07/2018-12",
    )
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG)


# 17. what the city does every year, then this year's instance told in the clause after
# (本府每年均組團參加該市某節活動，本年九月亦由秘書處組團參加「第N屆某節」): the trip is
# this year's, dated by that clause (round 34b)
def test_a_yearly_trip_then_this_years_is_dated_by_this_years() -> None:
    ext = chapter(
        "本市與日本熊本市係於民國七十七年締結姊妹市。兩市締結以來，本府每年均組團參加該市火之國祭"
        "活動，本年九月亦由秘書處組團參加「第三十屆火之國祭」花車遊行，頗獲好評。",
        period="2018-07/2018-12",
    )
    (visit,) = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "熊本市"))
    assert visit.properties.get("start") == "2018-09"


# 1. a roster under a part of a trip that is no list of its members (接待人員, 回訪團) names
# no one who went; a member who did not go along did not (review 34)
def test_the_hosts_listed_under_a_trip_did_not_go() -> None:
    ext = chapter_h2_1991(
        "壹、出訪紀要",
        "一、吳市長率團訪問美國西雅圖市及波特蘭市（九月三日至九月九日）",
        "（一）團員名單",
        "團長：吳市長",
        "團員：工務局局長王大明、教育局局長李小華，合計十人。",
        "（二）西雅圖市接待人員",
        "成員：西雅圖市禮賓處處長瓊斯、西雅圖市議員陳約翰。",
    )
    assert rels(ext, RelType.VISITED, source=named(ext, "王大明"))
    for host in ("瓊斯", "陳約翰"):
        assert not rels(ext, RelType.VISITED, source=named(ext, host))


# (review 34)
def test_a_member_who_did_not_go_along_did_not_visit() -> None:
    ext = chapter_h2_1991(
        "壹、出訪紀要",
        "一、吳市長率團訪問美國西雅圖市及波特蘭市（九月三日至九月九日）",
        "（一）團員名單",
        "團長：吳市長",
        "團員：工務局局長王大明、教育局局長李小華，其中王大明局長因公臨時未克隨行。",
    )
    assert rels(ext, RelType.VISITED, source=named(ext, "李小華"))
    assert not rels(ext, RelType.VISITED, source=named(ext, "王大明"))


# 8. a city official leading a group in another capacity (以某社社長身分) is not the
# city's trip (review 34)
def test_an_official_leading_in_another_capacity_is_not_the_citys_trip() -> None:
    ext = chapter(
        "（一）八月二日，本府秘書長趙明德接見日本大分市議會訪問團。",
        "（二）九月三日至八日，趙明德以高雄扶輪社社長身分率扶輪社友訪問日本福岡市，出席扶輪社年會。",
        period=H2_1991,
    )
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG)


# --- after round 34b ---------------------------------------------------------------


# 11. a delegation going to help the city's firms take part is still a trip (review 34)
@pytest.mark.parametrize(
    "sentence",
    [
        "本府由經發局王局長率團於十月赴大分市協助本市廠商參展，並拜會大分市長佐藤健二。",
        "本府經發局於十月派員協助本市廠商赴大分市參加「大分國際產業商展」。",
    ],
)
def test_going_to_help_the_citys_firms_is_a_trip(sentence: str) -> None:
    ext = chapter(sentence, period=H2_1992)
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "大分市"))


# 12. 如前所述 qualifying an event is no clause pointing back as a whole (review 34)
def test_an_event_spoken_of_before_still_tells_the_trip_to_it() -> None:
    ext = chapter(
        "陳市長於十月率團赴大分市參加如前所述之「第十屆大分市民祭」，並拜會大分市長佐藤健二。",
        period=H2_1992,
    )
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "大分市"))
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, status="attended")


# 15. one stay across the turn of a month is one trip (review 34)
def test_a_stay_across_the_turn_of_a_month_is_one_trip() -> None:
    ext = chapter(
        "（1）本府由王副市長率團於九月下旬赴大分市訪問。",
        "（2）十月一日，訪問團在大分市出席該市主辦之「第十屆大分市民祭」開幕典禮。",
        period=H2_1992,
    )
    assert len(rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "大分市"))) == 1


# 13. an item's days in figures, then the invitation the trip answered in the same
# clause (107.4.11～4.15　應某市之邀，本府某局組團赴…): the trip's days (round 35a)
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


# 21. a home school's teachers and students led abroad by an official (某局王局長率本市
# 某高級中學師生一行…赴某市訪問): the school went too (round 35a)
def test_a_home_school_led_abroad_went_too() -> None:
    ext = chapter(
        "三、107.5.23～5.28　本府教育局王局長率本市三民高級中學師生一行二十五人赴日本熊本市訪問。"
    )
    school = named(ext, "三民高級中學")
    (went,) = rels(ext, RelType.VISITED, source=school)
    assert went.target == named(ext, "熊本市")
    assert (went.properties.get("start"), went.properties.get("led_by")) == ("2018-05-23", "王局長")


# 2. a body named only in Latin letters, its kind told by a word of its name (Port of X,
# Some Harbor Authority), called on during a trip (round 35b)
def test_a_body_named_in_latin_letters_is_called_on() -> None:
    ext = chapter(*_ROTTERDAM_TRIP)
    (visit,) = rels(ext, RelType.VISITED, target=named(ext, "Port of Amsterdam"))
    assert visit.source == KAOHSIUNG
    assert visit.properties["start"] == "2018-08-05"


# 3. 參訪某機構位於某地之某設施: the body whose site it is was visited (round 35b)
def test_the_body_whose_site_was_toured_is_visited() -> None:
    ext = chapter(*_ROTTERDAM_TRIP)
    (visit,) = rels(ext, RelType.VISITED, target=named(ext, "Port of Rotterdam"))
    assert visit.properties["start"] == "2018-08-04"


# (round 35b)
def test_a_company_whose_plant_was_toured_is_visited() -> None:
    ext = chapter("1.8月3日，陳市長率團赴日本熊本市，參訪熊本電機公司位於菊陽町之工廠。")
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "熊本電機公司"))


# 10. a school gone to or toured on a trip (前往某中學, 參觀某大學) is visited that day (round 35b)
@pytest.mark.parametrize(
    "school, day", [("熊本市立城西中學", "2018-08-04"), ("熊本大學", "2018-08-04")]
)
def test_a_school_gone_to_on_a_trip_is_visited(school: str, day: str) -> None:
    ext = chapter(*SCHOOL_DAY)
    (visit,) = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, school))
    assert visit.properties["start"] == day


# 8. a going that is the matter asked about or discussed (洽詢臺商赴某市投資設廠之相關
# 事宜, 洽談業者前往某市參展事宜): no trip of the city's (round 35c)
@pytest.mark.parametrize(
    "clause",
    ["洽詢臺商赴大阪投資設廠之相關事宜", "並洽談本市業者前往大阪參展之可行性"],
)
def test_a_going_asked_about_is_no_trip(clause: str) -> None:
    ext = chapter(
        "○田中一郎（Ichiro Tanaka，日本大阪市副市長）率該市工商界人士十人來訪，參觀加工出口區，"
        f"並與本市工業會座談，{clause}（107.6.23～6.25）。"
    )
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG)
    assert rels(ext, RelType.VISITED, target=KAOHSIUNG)


# 15. a stop of a trip told by whom the delegation talked with there (13日至17日在甲市與
# 該市市長就協定草案交換意見；18日至21日轉赴乙市): a leg, its own days (round 35d)
def test_a_stop_told_by_talks_there_is_a_leg_of_its_own_days() -> None:
    ext = chapter(
        "本府由王副市長率秘書處、建設局8人，於11月13日至21日訪問美國西雅圖市、波特蘭市，"
        "13日至17日在西雅圖市與該市市長莫瑞就姊妹市協定書草案交換意見；"
        "18日至21日轉赴波特蘭市，檢討備忘錄執行情形。",
        period="2019-07/2019-12",
    )
    days = {
        v.target: (v.properties.get("start"), v.properties.get("end"))
        for v in rels(ext, RelType.VISITED, source=KAOHSIUNG)
    }
    assert days[named(ext, "西雅圖市")] == ("2019-11-13", "2019-11-17")
    assert days[named(ext, "波特蘭市")] == ("2019-11-18", "2019-11-21")


# 13. the city's own bureau, its head leading a trip abroad, is no body of the place gone to
# (review 35)
def test_the_home_bureau_of_one_going_abroad_stays_home() -> None:
    ext = visitors_chapter(
        "（一）八十二年三月五日，本府建設局長陳志道率團赴韓國江原道訪問，並拜會黃海道代表處。"
    )
    assert not [r for r in ext.relations if r.type == RelType.LOCATED_IN and "gangwon" in r.target]
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "江原道"))


# 7. 應某市邀請 before a trip's date is the trip that took place: its month dates the
# days written alone after it (only 邀請本府於… asks for a time) (review 35d)
def test_a_trip_at_an_invitation_answered_keeps_its_month() -> None:
    ext = chapter(
        "（一）本府建設局局長王大同應日本青森市邀請於四月十日至十五日率團赴該市訪問。"
        "十四日轉赴弘前市參觀蘋果產業。",
        period=H1_1993,
    )
    leg = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "弘前市"))
    assert [v.properties.get("start") for v in leg] == ["1993-04-14"]


# 9. a delegation led abroad named for a home body that is not the city's government
# (王議長率領高雄市議會議員訪問團赴某市): that body went, not the city (round 36a)
def test_a_council_delegation_led_abroad_is_the_councils() -> None:
    ext = chapter(
        "王議長於十一月間率領高雄市議會議員訪問團赴西雅圖訪問，拜會該市議會。",
        period="1995-07/1995-12",
    )
    seattle = named(ext, "西雅圖市")
    visits = rels(ext, RelType.VISITED, target=seattle)
    assert [(v.source, v.properties.get("led_by")) for v in visits] == [
        (named(ext, "高雄市議會"), "王議長")
    ]


# 10. a leader written before a time opening with a year glossed with its number (王議長
# 於去（八十三）年十一月間率領…): the time is no part of who led (round 36a)
def test_a_glossed_year_before_leading_is_no_part_of_the_leader() -> None:
    ext = chapter(
        "王議長於去（八十三）年十一月間率領高雄市議會議員訪問團赴西雅圖訪問。",
        period="1995-01/1995-06",
    )
    visits = rels(ext, RelType.VISITED, target=named(ext, "西雅圖市"))
    assert [v.properties.get("led_by") for v in visits] == ["王議長"]


# 16. a sentence taking up the city's delegation just told (該團已於本（六）月七日啟程，
# …預定十三日返國): its setting out and return date the trip the sentence before told (round 36a)
def test_the_delegation_setting_out_dates_the_trip() -> None:
    ext = chapter(
        "本府循例由秘書處與民政局組成代表團，前往西雅圖參加「第十屆西雅圖海洋節」。"
        "該團已於本（六）月七日啟程，此刻正在當地訪問，預定十三日返國。",
        period="1995-01/1995-06",
    )
    trips = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "西雅圖市"))
    assert [(t.properties.get("start"), t.properties.get("end")) for t in trips] == [
        ("1995-06-07", "1995-06-13")
    ]


# 19. a girls' high school by its short name (本市某某女中師生) led abroad: the school
# went; schools only counted (參觀了當地多所中小學) are no body visited (round 36a)
def test_a_girls_high_school_led_abroad_went() -> None:
    ext = chapter(
        "本府教育局於三月中旬率領本市前鎮女中師生二十人前往仁川市進行教育訪問。"
        "該團在仁川期間，承該市教育委員會熱忱接待，安排參觀了當地多所中小學。",
        period="1995-01/1995-06",
    )
    school = named(ext, "前鎮女中")
    assert rels(ext, RelType.VISITED, source=school, target=named(ext, "仁川市"))
    assert not [e for e in ext.entities if "多所" in e.name_zh]


# 20. a body going with the city's bureau, named after 會同 (本府建設局會同某協會，於…赴某地
# 參加「…」): the body went and took part too (round 36a)
def test_a_body_going_with_the_bureau_went_and_took_part() -> None:
    ext = chapter(
        "本府建設局會同高雄市旅行商業同業公會，於三月二十二日至二十五日赴香港參加"
        "「一九九五年香港國際旅遊展」，以「港都高雄」為主題設置攤位。",
        period="1995-01/1995-06",
    )
    body = named(ext, "高雄市旅行商業同業公會")
    visits = rels(ext, RelType.VISITED, source=body)
    assert [v.properties.get("start") for v in visits] == ["1995-03-22"]
    assert rels(ext, RelType.PARTICIPATED_IN, source=body)


# (round 36a)
def test_bureaus_forming_a_delegation_are_no_body_along() -> None:
    ext = chapter(
        "6月7日至13日，本府由秘書處會同民政局組成訪問團，前往西雅圖參加「第十屆西雅圖海洋節」。",
        period="1995-01/1995-06",
    )
    assert not [e for e in ext.entities if "組成" in e.name_zh]


# 3. a trip card (地點：, 出訪人員：): its place field and its roster of those who went
# tell together that the city went there, on the card's date, led by the member marked
# （領隊）/（團長）, else by the first listed; the roster may stand one member a line (round 36b)
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
# whole trip's (round 36b)
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


# 19. a trip card's subject naming no going of its own (案由：出席「某市民日」慶祝活動)
# took place where its place field says: the city went there, and the event named for
# that city is that city's (round 36b)
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
# name, no plan to come; the trip it went on took place (round 36b)
def test_a_planning_groups_name_is_no_plan() -> None:
    ext = chapter(
        "107年8月27日至30日，本府工務局技正一人、捷運工程規劃小組工程司一人赴日本大阪市考察。",
    )
    trips = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "大阪市"))
    assert [t.properties.get("start") for t in trips] == ["2018-08-27"]


# 3. the secretariat asking its superiors to act (本處簽請本府某副市長率領…): the one
# asked leads, not the office that wrote the request (round 36c)
def test_the_official_a_petition_asks_leads_the_trip() -> None:
    ext = chapter(
        "本處簽請本府陳副市長於九月三日至六日率團前往日本仙台市參加「第十屆仙台七夕祭」。",
        period="2018-07/2018-12",
    )
    visits = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "仙台市"))
    assert [v.properties.get("led_by") for v in visits] == ["陳副市長"]


# 12. a going told within a speaker's quoted words (某會長表示，「…，也歡迎高雄市民到某市
# 走走」): a wish, no trip (round 36d)
def test_a_going_within_quoted_speech_is_no_trip() -> None:
    ext = chapter(
        "〔108.6.5〕田中會長表示，熊本市自三月起舉辦「國際花卉博覽會」，"
        "「希望高雄市政府能組團前來觀摩，也歡迎高雄市民到熊本走走」。",
        period="2019-01/2019-06",
    )
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG)


# 17. one named who went along with the city's delegation (隨團訪問的某高中校長某某):
# he visited where it went, those days (round 36d)
def test_one_who_went_along_with_the_delegation_visited_with_it() -> None:
    ext = chapter(
        "本府王副市長率領教育局人員一行九人，於4月11日至16日前往日本熊本市訪問。"
        "隨團訪問的市立高雄高級中學校長李大同，於4月13日拜會熊本高等學校。",
        period="2019-01/2019-06",
    )
    went = rels(ext, RelType.VISITED, source=named(ext, "李大同"), target=named(ext, "熊本市"))
    assert [(v.properties.get("start"), v.properties.get("end")) for v in went] == [
        ("2019-04-11", "2019-04-16")
    ]


# 18. a news release's dateline opening the sentence of a trip (〔108.4.18〕本府王副市長
# 率領…前往某市訪問): the leader is read after it (round 36d)
def test_the_leader_of_a_trip_is_read_after_a_dateline() -> None:
    ext = chapter(
        "〔108.4.18〕本府王副市長率領教育局人員一行九人，於本月十一日至十六日前往日本熊本市訪問。",
        period="2019-01/2019-06",
    )
    went = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "熊本市"))
    assert [v.properties.get("led_by") for v in went] == ["王副市長"]


# 8. a day line of a trip's itinerary (a sub-item under the trip's heading) that names
# no one: the delegation did what it tells (應某市之邀，出席…) (round 36e)
def test_a_day_line_naming_no_one_is_the_delegations_act() -> None:
    ext = chapter(
        "二、王副市長率團訪問韓國大邱直轄市（五月三日至五月八日）",
        "（二）行程紀要",
        "第三天（五月五日）：應大邱直轄市之邀，出席該市主辦之「一九九一年大邱市民日」慶祝大會。",
        period="1991-01/1991-06",
    )
    event = named(ext, "一九九一年大邱市民日")
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)
    assert rels(ext, RelType.INVITED, source=named(ext, "大邱直轄市"), target=KAOHSIUNG)


# 13. the city's official named in full as the one it sends or who goes abroad (本府派
# 秘書處某某科長赴某市, 本府某某秘書長赴某市): he VISITED the place, beside the city (round 36e)
def test_an_official_the_city_sends_abroad_visited_the_place() -> None:
    ext = chapter(
        "一、十二月五日，本府派秘書處陳小明科長赴馬來西亞吉隆坡，參加某聯盟主辦之"
        "「一九九一年亞太城市研討會」。",
        "二、十一月三日，泰國清邁市長頌猜來訪，由本府秘書長王大同接見。",
        "三、十二月二日，本府王大同秘書長赴泰國清邁市，與該市市長會晤。",
        period="1991-07/1991-12",
    )
    for person, place in (("陳小明", "吉隆坡"), ("王大同", "清邁市")):
        assert rels(ext, RelType.VISITED, source=named(ext, person), target=named(ext, place))


# 3. a clause opening by the time of the trip just told (訪問期間適逢某市籌辦…) that
# goes nowhere again: no new trip, not one in the year it names (round 36f)
def test_a_clause_during_the_trip_told_is_no_new_trip() -> None:
    ext = chapter(
        "市府出訪",
        "89年4月3日至7日，由王副市長率建設局人員一行8人赴日本福岡市訪問，拜會該市市長"
        "山田太郎。訪問期間適逢福岡市籌辦2006年運動會，該市特安排本府團員參觀主場館工地。",
        period="2000-01/2000-06",
    )
    trips = rels(ext, RelType.VISITED, target=named(ext, "福岡市"))
    assert [t.properties.get("year") for t in trips] == [2000]


# 3. a delegation setting out for a place of its own (代表團於某日出發前往某市) is another
# trip: the trip told before keeps its days; so it does when it has days already, or
# the day of setting out is in another month than the one it was told in (review 36a)
def test_setting_out_for_another_place_leaves_the_trip_before() -> None:
    ext = chapter(
        "本府於二月十日至十四日率團赴日本熊本市參加「熊本城馬拉松」。"
        "代表團於二月十五日出發前往韓國釜山市，參加「釜山國際旅展」。"
    )
    assert _trips(ext, "熊本市") == [("2018-02-10", "2018-02-14")]


# (review 36a)
def test_setting_out_in_another_month_leaves_the_trip_before() -> None:
    ext = chapter(
        "本府於二月率團赴日本熊本市參加「熊本城馬拉松」，成果豐碩。代表團於三月二日出發。"
    )
    assert _trips(ext, "熊本市") == [("2018-02", None)]


# (review 36a)
def test_setting_out_on_a_day_of_the_month_told_dates_the_trip() -> None:
    ext = chapter("本府於二月率團赴日本熊本市參加「熊本城馬拉松」。代表團於二月八日出發。")
    assert _trips(ext, "熊本市") == [("2018-02-08", None)]


# (review 36a)
def test_returning_in_the_next_month_ends_the_trip() -> None:
    ext = chapter(
        "本府組團赴美國西雅圖市參加「第十屆西雅圖海洋節」。"
        "代表團於五月二十八日出發，預定六月三日返國。"
    )
    assert _trips(ext, "西雅圖市") == [("2018-05-28", "2018-06-03")]


# 10. the city's mayor leading a delegation of the council's members abroad (吳市長率領
# 市議會議員訪問團赴某市): the city went, led by the mayor, the council with it; the
# council's own head leading it (王議長率領…) is the council's trip alone (review 36a)
@pytest.mark.parametrize(
    "line",
    [
        "十一月間，吳市長率領市議會議員訪問團赴西雅圖訪問，拜會該市市長。",
        "吳副市長於十一月間率領高雄市議會議員訪問團赴西雅圖訪問。",
    ],
)
def test_the_mayor_leading_a_council_delegation_is_the_citys_trip(line: str) -> None:
    ext = chapter(line, period="1995-07/1995-12")
    seattle = named(ext, "西雅圖市")
    visits = {r.source: r for r in rels(ext, RelType.VISITED, target=seattle)}
    assert KAOHSIUNG in visits
    assert str(visits[KAOHSIUNG].properties.get("led_by")).endswith("市長")
    assert named(ext, "高雄市議會") in visits


# (review 36a)
def test_the_speaker_leading_a_council_delegation_is_the_councils_trip() -> None:
    ext = chapter(
        "貴會王議長於十一月率領市議會議員訪問團赴西雅圖參加「國際港灣城市研討會」。",
        period="1995-07/1995-12",
    )
    council = named(ext, "高雄市議會")
    visits = rels(ext, RelType.VISITED, source=council)
    assert [v.target for v in visits] == [named(ext, "西雅圖市")]
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG)


# 9. going told as what is talked over or prepared (研商赴某地參加「…」之籌備事宜): no one
# went, neither the city nor the body it acted with (會同某協會) (review 36a)
@pytest.mark.parametrize(
    "line",
    [
        "本府觀光局會同高雄市觀光協會，於三月間研商赴香港參加「香港國際旅遊展」之籌備事宜。",
        "本府觀光局於三月間與高雄市觀光協會研商赴日本大阪參加「大阪國際旅遊展」事宜。",
    ],
)
def test_going_talked_over_is_no_visit(line: str) -> None:
    ext = chapter(line)
    assert not rels(ext, RelType.VISITED)


# (review 36a)
def test_a_body_along_going_after_the_time_went() -> None:
    ext = chapter("本府觀光局會同高雄市觀光協會，於三月二十二日赴香港參加「香港國際旅遊展」。")
    goers = {r.source for r in rels(ext, RelType.VISITED)}
    assert goers == {KAOHSIUNG, named(ext, "高雄市觀光協會")}


# (review 36a)
def test_setting_out_dates_a_trip_told_only_as_this_month() -> None:
    ext = chapter(
        "緊接著在五月間，日本熊本市副市長田中一郎來訪。",
        "至於本月，本府由秘書處組成代表團，前往美國西雅圖市參加「西雅圖海洋節」。"
        "該團已於本（六）月七日啟程，預定十三日返國。",
    )
    assert _trips(ext, "西雅圖市") == [("2018-06-07", "2018-06-13")]


# 1. a roster standing one member a line ends at the first line that is no member (a
# sentence of its own): that line tells its own story, not the trip's (review 36b)
def test_a_roster_ends_at_a_line_that_is_no_member() -> None:
    ext = chapter(*_TRIP, "另本市與日本八王子市於5月4日締結友好城市。")
    ties = rels(ext, RelType.FRIENDSHIP_CITY_OF)
    assert [t.target for t in ties] == [named(ext, "八王子市")]
    (trip,) = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "仁川廣域市"))
    assert not any("八王子" in text for text in _evidence(trip))


# (review 36b)
def test_a_line_after_a_roster_is_no_members_evidence() -> None:
    ext = chapter(*_TRIP, "5月3日，陳局長拜會仁川廣域市市長朴南春，並邀請其出席「2019高雄燈會」。")
    for rel_type in (RelType.MET_WITH, RelType.INVITED, RelType.HOLDS_TITLE):
        for rel in rels(ext, rel_type):
            assert not any(text.startswith(("地點", "觀光局", "秘書處")) for text in _evidence(rel))


# 6. a trip card still planned (日期：…（預定）, 俟核定後辦理出國手續) tells no trip made;
# nor does an ordinary item's 說明 of a trip planned, its people and place below it (review 36b)
def test_a_planned_trip_card_tells_no_trip_made() -> None:
    ext = chapter(
        "（一）",
        "案由：出席「2018亞太城市高峰會」",
        "日期：107年10月15日至18日（預定）",
        "地點：澳洲布里斯本市",
        "出國人員：市長、秘書處人員二人",
        "說明：本府業已報名，俟核定後辦理出國手續。",
    )
    assert not rels(ext, RelType.VISITED)
    assert not rels(ext, RelType.PARTICIPATED_IN, status="attended")


# (review 36b)
def test_an_ordinary_items_planned_trip_is_no_trip_made() -> None:
    ext = chapter(
        "（三）本市與美國西雅圖市締結姊妹市四十週年",
        "說明：兩市於民國六十二年締結姊妹市，本府預定於10月組團赴西雅圖市慶祝。",
        "出國人員：市長、秘書處人員二人",
        "地點：美國西雅圖市",
    )
    assert not [v for v in rels(ext, RelType.VISITED) if v.properties.get("status") != "planned"]


# 7. a trip card called off (原訂出席…; 本案停止出訪) tells no trip made (review 36b)
def test_a_cancelled_trip_card_tells_no_trip_made() -> None:
    ext = chapter(
        "（一）",
        "案由：原訂出席「2018清水港祭」",
        "日期：107年7月20日至23日",
        "地點：日本清水市",
        "出訪人員：海洋局局長、秘書處科員一人",
        "經過：因颱風來襲，航班取消，本案停止出訪。",
    )
    assert not rels(ext, RelType.VISITED)


# 4. the city's own delegation listed in a trip card (訪問團成員：/ 本市議會議長　某某)
# went abroad: they did not visit the city (review 36b)
def test_the_citys_own_delegation_in_a_trip_card_visits_no_one_here() -> None:
    ext = chapter(
        "（一）",
        "案由：市議會訪問團赴日本熊本市",
        "日期：107年5月10日至14日",
        "地點：日本熊本市",
        "訪問團成員：",
        "本市議會議長　康裕成",
        "本市議會議員　李雅靜",
        "經過：訪問團拜會熊本市議會。",
    )
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "熊本市"))


# 7. the writing office petitioning (本處簽請…) did not go: none of its bureaus (review 36c)
@pytest.mark.parametrize(
    ("line", "bureaus"),
    [
        (
            "本處簽請市長同意，由觀光局長於九月率團前往日本仙台市參加「第十屆仙台七夕祭」。",
            ["觀光局"],
        ),
        ("本處簽請本府陳副市長於九月三日至六日率團前往日本仙台市參加「第十屆仙台七夕祭」。", []),
    ],
)
def test_the_petitioning_office_is_no_bureau_of_the_trip(line: str, bureaus: list[str]) -> None:
    ext = chapter(line, period=H2_2018)
    (trip,) = rels(ext, RelType.VISITED, source=KAOHSIUNG)
    assert sorted(trip.properties.get("bureaus") or []) == bureaus


# 4. a slogan quoted with a comma in it is no speech: the trip told around it stands (review 36d)
def test_a_quoted_slogan_keeps_the_trip() -> None:
    ext = chapter(
        "〔108.3.20〕本府觀光局以「愛上高雄，樂遊港都」為主題於本月十五日赴日本東京參加"
        "「2019東京國際旅展」。",
        period=H1_2019,
    )
    (trip,) = rels(ext, RelType.VISITED, source=KAOHSIUNG)
    assert trip.properties.get("start") == "2019-03-15"


# 15. the city's people going within the country visit no place there; a body named
# after 前來觀禮之 begins after it (review 36d)
@pytest.mark.parametrize(
    "line",
    [
        "日本長崎市市長田中一郎率團來訪，本府秘書長王大同陪同頌猜市長前往臺南參觀。",
        "本府派秘書處陳小明科長赴臺北，出席外交部舉辦之「駐外使節座談會」。",
    ],
)
def test_no_person_visits_a_place_of_the_country(line: str) -> None:
    ext = chapter(line, period=H1_1991)
    people = {e.id for e in ext.entities if e.label.value == "Person"}
    assert not [
        r for r in rels(ext, RelType.VISITED) if r.source in people and r.target != KAOHSIUNG
    ]


# 18. a trip's leader after the formal style's copula (…赴日者，係本府林秘書長率…): led by
# 林秘書長, and no one named 係本府林 (round 37a)
def test_a_leader_after_the_copula_is_led_by_and_no_person() -> None:
    ext = chapter("本年二月中旬赴日者，係本府林秘書長率秘書處人員一行五人，前往日本熊本市訪問。")
    went = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "熊本市"))
    assert [v.properties.get("led_by") for v in went] == ["林秘書長"]
    assert not [e for e in ext.entities if e.id.startswith("person:")]


# 5. an abstract of a trip report, its fields labelled 報告名稱, 出國人員（姓名、服務單位、
# 職稱）, 出國期間 and 前往國家及城市: a trip card, the city's trip there on the period's
# days, told by the period's line too (round 37b)
def test_a_trip_reports_abstract_is_the_citys_trip_on_its_period() -> None:
    ext = chapter(
        "（一）",
        "報告名稱：赴美國塔科馬市考察港埠建設報告",
        "出國人員（姓名、服務單位、職稱）："
        "王大同　高雄市政府海洋局　局長；李小梅　高雄市政府海洋局　科長",
        "出國期間：一○七年三月五日至三月十一日",
        "前往國家及城市：美國華盛頓州塔科馬市",
        "內容摘要：考察港埠經營。",
    )
    trips = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "塔科馬市"))
    assert [(t.properties.get("start"), t.properties.get("end")) for t in trips] == [
        ("2018-03-05", "2018-03-11")
    ]
    assert any(e.text.startswith("出國期間") for e in trips[0].evidence)


# 7. a roster of one member alone (蔡某某，某局，專門委員): he went, as the city's trip (round 37b)
def test_a_roster_of_one_member_alone_went() -> None:
    ext = chapter(
        "（一）",
        "報告名稱：參加韓國仁川廣域市「港灣城市會議」報告",
        "出國人員（姓名、服務單位、職稱）：周建國，高雄市政府經濟發展局，專門委員",
        "出國期間：107年4月9日至4月12日",
        "前往國家及城市：大韓民國仁川廣域市",
    )
    incheon = named(ext, "仁川廣域市")
    for party in (named(ext, "周建國"), KAOHSIUNG):
        went = rels(ext, RelType.VISITED, source=party, target=incheon)
        assert [w.properties.get("end") for w in went] == ["2018-04-12"]


#: A trip card whose summary tells its stops in numbered points, days written alone.


# 10. a trip card's points telling its stops (本團於五月二日抵達甲市 … 五日轉往乙市 … 八日離
# 乙市): each stop is of its own days, from arriving to going on or leaving, for the city
# and for each member of its roster (round 37b)
def test_a_trip_cards_points_date_each_stop_for_the_city_and_its_members() -> None:
    ext = chapter(*CARD_WITH_LEGS)
    for city, days in (
        ("丹佛市", ("2018-05-02", "2018-05-05")),
        ("鳳凰城", ("2018-05-05", "2018-05-08")),
    ):
        for party in (KAOHSIUNG, named(ext, "張大千"), named(ext, "黃美玉")):
            went = rels(ext, RelType.VISITED, source=party, target=named(ext, city))
            assert [(w.properties.get("start"), w.properties.get("end")) for w in went] == [days]


# 15. a body abroad gone to, then the call on it (赴某港務局（Port of …）參訪) on a trip:
# the city visited that body, that day (round 37b)
def test_a_body_gone_to_then_toured_on_a_trip_is_visited() -> None:
    ext = chapter(
        *CARD_WITH_LEGS[:-1], "　三、五日轉往鳳凰城，六日赴鳳凰城港務局（Port of Phoenix）參訪。"
    )
    went = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "鳳凰城港務局"))
    assert [w.properties.get("start") for w in went] == ["2018-05-06"]


# 11. the city's trip told, then a sentence after ； going on past its days to a next
# stop (…於5月12日至17日赴甲市考察；18日至20日轉赴乙市): a leg of the trip, led alike (round 37d)
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


# 22. the city's trip to a country told with a pointer to an endnote that tells the trip
# to a city of it (市長率團訪問日本（註一）; 註一：…訪問仙台市): the city's trip, not also
# one to the country (round 37d)
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


# 5. a budget report's line opening with the accountant's verb (核銷本府王秘書長率…赴某國
# 考察之機票及生活費…元): the verb is no part of who led the trip (round 38a)
def test_an_accountants_verb_is_no_part_of_the_leader() -> None:
    ext = chapter(
        "1.核銷本府王秘書長率觀光局人員三人，於九月二日至八日赴日本熊本市考察觀光之機票"
        "及生活費320,000元。",
        "2.支付本府李副秘書長率團於十月五日至九日訪問韓國大邱市之旅費150,000元。",
        period="1992-07/1992-12",
    )
    leaders = {r.properties.get("led_by") for r in rels(ext, RelType.VISITED, source=KAOHSIUNG)}
    assert leaders == {"王秘書長", "李副秘書長"}


# 5b. (probe) a trip led by one named with 由 after the city, no accountant's verb: read
# as before (round 38a)
def test_a_leader_after_by_is_read_as_before() -> None:
    ext = chapter(
        "本府由王秘書長率觀光局人員三人，於九月二日至八日赴日本熊本市考察觀光。",
        period="1992-07/1992-12",
    )
    leaders = {r.properties.get("led_by") for r in rels(ext, RelType.VISITED, source=KAOHSIUNG)}
    assert leaders == {"王秘書長"}


# 6b. a grant opening who went, the accountant's verb before it (撥付本府教育局補助市立某高中
# 赴…之旅費): the school granted went, no body opening with the verb or the grant (review 38a)
def test_a_grant_opening_who_went_is_no_part_of_the_body() -> None:
    ext = chapter(
        "3.撥付本府教育局補助市立前鎮高中赴日本熊本市與熊本市立第一高校締結姊妹校之旅費80,000元。"
    )
    assert not [e for e in ext.entities if "撥付" in e.name_zh or "補助" in e.name_zh]
    school = named(ext, "市立前鎮高中")
    assert rels(ext, RelType.VISITED, source=school, target=named(ext, "熊本市"))


# 7. a budget line listing a trip's money (編列本府陳市長率團…之經費…元): 編列 is no part
# of the leader; the line not carried out (因故未執行) is no trip made (review 38a)
def test_a_budget_line_not_carried_out_is_no_trip() -> None:
    ext = chapter("4.編列本府陳市長率團於十月訪問日本熊本市之經費500,000元，因故未執行。")
    for visit in rels(ext, RelType.VISITED, source=KAOHSIUNG):
        assert visit.properties.get("status") in ("planned", "cancelled")
        assert visit.properties.get("led_by") in (None, "陳市長")


# 17. the delegation's stay abroad told after its trip (訪問團一行於十月八日至十四日在某市
# 訪問), captions after one telling its arrival on the first of those days: the trip, and
# its leader's, lasted to the last day (round 39a)
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


# 26. a school named by the city's name (高雄某中), its head bringing its people abroad
# (校長某某帶著十六名師生飛往某市), and the group's return told sentences later (一行人於
# 十七日返國): the school and its head went, to the day they came back (round 39a)
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


# 13. a foreign city called on by its name alone during the city's trip abroad (期間
# 拜會某縣某市): the trip went to that city too, in its days (round 39b)
def test_a_city_called_on_during_a_trip_is_visited() -> None:
    ext = chapter(
        "本府觀光局於108年10月24日至27日赴日本東京都參加旅展，期間拜會千葉縣成田市。",
        period="2019-07/2019-12",
    )
    visits = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "成田市"))
    assert [(v.properties.get("start"), v.properties.get("end")) for v in visits] == [
        ("2019-10-24", "2019-10-27")
    ]


# 15. a trip's stops each written with its days in brackets after it (行程依序為甲市
# （5月6日至9日）、乙市（5月10日至14日）及丙市（5月15日至18日）): each stop visited
# on its own days, led as the trip was; the last brackets date the last stop only (round 39b)
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


# 31. one of the two schools of a sister-school signing told as going there (…於10月16日
# 在某地簽署姊妹校協定，由某高中校長率師生18人前往): it visited its partner that day (round 39b)
def test_a_school_going_to_sign_visits_its_partner() -> None:
    ext = chapter(
        "本市中正高中與日本姬路市立東高等學校，於108年10月16日在姬路簽署姊妹校協定，由中正高中"
        "校長率師生18人前往。",
        period="2019-07/2019-12",
    )
    partner = named(ext, "姬路市立東高等學校")
    [visit] = rels(ext, RelType.VISITED, source=named(ext, "中正高中"), target=partner)
    assert visit.properties["start"] == "2019-10-16"


# 6. a group's return told after its trip (一行人於十七日返國) ends that group's trip only,
# not a trip of another told earlier in the section, nor one when the group is a guest's
# (review 39a)
def test_a_group_s_return_ends_only_its_own_trip() -> None:
    ext = chapter(
        "三月五日，陳市長率團赴日本東京都出席「台日交流高峰會」。",
        "五月十二日，高雄女中校長王淑芬率師生十六人赴熊本市交流。一行人於十七日返國。",
    )
    tokyo = [r for r in rels(ext, RelType.VISITED, source=KAOHSIUNG) if "tokyo" in r.target]
    assert [r.properties.get("end") for r in tokyo] == [None]
    school = rels(ext, RelType.VISITED, target=KUMAMOTO, source=named(ext, "高雄女中"))
    assert [r.properties.get("end") for r in school] == ["2018-05-17"]


# (review 39a)
def test_a_guest_group_s_return_ends_no_trip_of_the_city_s_side() -> None:
    ext = chapter(
        "三月五日，高雄女中校長王淑芬率師生十六人赴熊本市交流。",
        "五月十二日，熊本市議會議長佐藤一郎率團來訪。一行人於十五日返國。",
    )
    school = rels(ext, RelType.VISITED, target=KUMAMOTO, source=named(ext, "高雄女中"))
    assert school and all(r.properties.get("end") != "2018-05-15" for r in school)


# 7. a stay abroad told later (訪問團一行於…至…在某市訪問) dates the trip to that city only
# (review 39a)
@pytest.mark.parametrize(
    ("lines", "period", "days"),
    [
        (
            (
                "十月八日，市長陳其邁率本府訪問團出訪澳洲伯斯市及雪梨市。"
                "訪問團一行於十月八日至十日在伯斯訪問，十一日至十四日在雪梨訪問。",
            ),
            "2018-07/2018-12",
            {"sydney": ("2018-10-11", "2018-10-14"), "伯斯": ("2018-10-08", "2018-10-10")},
        ),
        (
            (
                "三月五日，市長陳其邁率本府訪問團出訪日本熊本市及福岡市。訪問團一行於三月五日至七日在熊本市訪問。",
            ),
            "2018-01/2018-06",
            {"fukuoka": ("2018-03-05", None), "kumamoto": ("2018-03-05", "2018-03-07")},
        ),
    ],
)
def test_a_stay_abroad_told_later_dates_only_its_city(
    lines: tuple[str, ...], period: str, days: dict[str, tuple[str, str | None]]
) -> None:
    ext = chapter(*lines, period=period)
    trips = rels(ext, RelType.VISITED, source=KAOHSIUNG)
    for key, (start, end) in days.items():
        found = [
            (r.properties.get("start"), r.properties.get("end")) for r in trips if key in r.target
        ]
        assert found == [(start, end)], key


# 13. the mayor receiving the city's own team back from a trip (市長於市長室接見赴日本參加
# 「…」榮獲冠軍之本市某隊): no guest came; the team went, before the day of the reception
# (review 39a)
def test_the_city_s_team_received_back_from_abroad_went_there() -> None:
    ext = chapter(
        "七月十一日，市長於市長室接見赴日本參加「2018熊本少年棒球邀請賽」榮獲冠軍之本市立德國小棒球隊。",
        period="2018-07/2018-12",
    )
    team = named(ext, "立德國小棒球隊")
    trips = rels(ext, RelType.VISITED, source=team, target="country:jp")
    assert [t.properties.get("start") for t in trips] == [None]
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)


# 1. brackets after a trip's stops holding a year of the stop's past (西雅圖（1973年締結
# 姊妹市）) or anything but days of the trip: each stop visited within the trip's days;
# a bracket dates its stop only by days lying within the trip (review 39b)
def test_a_bracket_holding_a_year_dates_no_stop() -> None:
    ext = chapter(
        "陳市長於108年5月6日至18日率團赴美訪問，訪問西雅圖（1973年締結姊妹市）及波士頓"
        "（2004年締結友好城市）。",
        period=H1_2019,
    )
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "西雅圖"))
    for city in ("西雅圖", "波士頓"):
        for visit in rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, city)):
            assert visit.properties.get("start") == "2019-05-06"
            assert visit.properties.get("end") == "2019-05-18"


# (review 39b)
def test_a_bracket_holding_a_year_and_the_days_dates_by_the_days() -> None:
    ext = chapter(
        "陳市長於108年5月6日至18日率團赴日本訪問，行程依序為姬路市（1972年締結姊妹市，"
        "5月6日至9日）及熊本市（5月10日至14日）。",
        period=H1_2019,
    )
    [visit] = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "姬路市"))
    assert (visit.properties["start"], visit.properties["end"]) == ("2019-05-06", "2019-05-09")


# 9. a city called on at a show held elsewhere (赴東京都參加旅展，期間於展場拜會某市):
# the city met there, not visited (review 39b)
def test_a_city_called_on_at_a_show_elsewhere_is_not_visited() -> None:
    ext = chapter(
        "本府觀光局於108年3月24日至27日赴日本東京都參加旅展，期間於展場拜會大阪市。",
        period=H1_2019,
    )
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "大阪市"))


# 1. a stop told in the fourth item of the trip, the delegation going on to it (訪團轉往)
# (round 40c)
def test_a_later_item_of_a_trip_is_a_stop_of_it() -> None:
    ext = chapter(
        "（一）王市長率團訪問美國",
        "1.王大明市長於107年9月3日至9日率觀光局、海洋局組團訪問美國。",
        "2.9月4日，訪團抵達西雅圖市，參觀西雅圖港。",
        "3.9月5日，訪團參觀當地科技公司總部。",
        "4.9月8日，訪團轉往舊金山市，參觀舊金山港。",
        period="2018-07/2018-12",
    )
    city = named(ext, "舊金山市")
    assert visit_starts(ext, KAOHSIUNG, city) == ["2018-09-08"]
    assert visit_starts(ext, named(ext, "王大明"), city) == ["2018-09-08"]


# 2. the same told in other words: 代表團 / 該團轉赴, a deputy mayor, another country (round 40c)
def test_a_later_item_going_on_by_that_delegation_is_a_stop() -> None:
    ext = chapter(
        "（二）李副市長率團訪問德國",
        "1.李志明副市長於108年5月10日至16日率經發局及環保局組團出訪德國。",
        "2.5月11日，代表團抵達漢堡市，考察港區再生計畫。",
        "3.5月13日，代表團出席當地循環經濟研討會。",
        "4.5月15日，該團轉赴慕尼黑市，參訪當地企業。",
        period="2019-01/2019-06",
    )
    city = named(ext, "慕尼黑市")
    assert visit_starts(ext, KAOHSIUNG, city) == ["2019-05-15"]
    assert visit_starts(ext, named(ext, "李志明"), city) == ["2019-05-15"]


# 3. a stop told by the leader, by surname and title, signing or meeting there (王市長於
# 某市與該市市長某某共同簽署「…」) (round 40c)
def test_a_stop_told_by_the_leader_signing_there() -> None:
    ext = chapter(
        "（一）王市長率團訪問美國",
        "1.王大明市長於107年9月3日至9日率觀光局組團訪問美國。",
        "2.9月4日，訪團抵達西雅圖市，參觀西雅圖港。",
        "3.9月6日，王市長於波特蘭市與該市市長惠勒共同簽署「交流合作備忘錄」。",
        period="2018-07/2018-12",
    )
    city = named(ext, "波特蘭市")
    assert visit_starts(ext, KAOHSIUNG, city) == ["2018-09-06"]
    assert visit_starts(ext, named(ext, "王大明"), city) == ["2018-09-06"]


# 4. the same with the leader's full name and title, 在 and 簽訂 (round 40c)
def test_a_stop_told_by_the_leader_in_full_signing_there() -> None:
    ext = chapter(
        "（二）李副市長率團訪問德國",
        "1.李志明副市長於108年5月10日至16日率經發局組團出訪德國。",
        "2.5月11日，代表團抵達漢堡市，考察港區再生計畫。",
        "3.5月14日，李志明副市長在法蘭克福市與該市副市長施密特簽訂「智慧城市合作協議」。",
        period="2019-01/2019-06",
    )
    city = named(ext, "法蘭克福市")
    assert visit_starts(ext, KAOHSIUNG, city) == ["2019-05-14"]


# 5. a stop whose clause recalls an earlier talk held from afar (落實上半年視訊會談之共識,
# 延續去年線上會議的結論): the delegation was there, the recalled talk was remote (round 40c)
def test_a_stop_recalling_a_remote_talk_is_still_a_stop() -> None:
    for recalled in ("落實上半年視訊會談之共識", "延續去年線上會議的結論"):
        ext = chapter(
            "（一）王市長率團訪問日本",
            "1.王大明市長於107年11月5日至9日率經發局組團訪問日本。",
            "2.11月6日，訪團抵達大阪市，拜會當地企業。",
            f"3.11月8日，訪團轉往神戶市，與神戶市市長簽署「交流合作備忘錄」，{recalled}。",
            period="2018-07/2018-12",
        )
        assert visit_starts(ext, KAOHSIUNG, named(ext, "神戶市")) == ["2018-11-08"], recalled


# 6. the leader's visit to the country whose cities the items tell goes with the city's:
# he went to the cities (round 40c)
def test_the_leaders_visit_to_the_country_the_items_detail_goes() -> None:
    ext = chapter(
        "（一）王市長率團訪問美國",
        "1.王大明市長於107年9月3日至9日率觀光局組團訪問美國。",
        "2.9月4日，訪團抵達西雅圖市，參觀西雅圖港。",
        "3.9月7日，訪團轉往舊金山市，參觀舊金山港。",
        period="2018-07/2018-12",
    )
    person = named(ext, "王大明")
    assert not rels(ext, RelType.VISITED, source=person, target="country:us")
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG, target="country:us")


# 7. a day of an act at a stop whose own days the trip's sentence gave in brackets (行程
# 依序為甲市（5月2日至4日）及乙市（5月5日至8日）…於5月6日在乙市與…簽署): a day of that
# stay, which keeps its days (a guard: the signing read as a stop in 3 must not narrow it)
# (round 40c)
def test_a_signing_at_a_stop_keeps_the_stops_bracketed_days() -> None:
    ext = chapter(
        "（三）本府林副市長於107年5月1日至9日率經發局赴加拿大訪問，行程依序為溫哥華市"
        "（5月2日至4日）及多倫多市（5月5日至8日）。訪問期間拜會當地僑界，並於5月6日在"
        "多倫多市與當地商會簽署「經貿交流合作備忘錄」。",
        period="2018-01/2018-06",
    )
    visits = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "多倫多市"))
    assert [(v.properties.get("start"), v.properties.get("end")) for v in visits] == [
        ("2018-05-05", "2018-05-08")
    ]


# Form F. A trip's stops each followed by a bracket telling its past (訪問甲市（1973年締結
# 姊妹市）及乙市（2004年締結友好城市）): the bracket does not break the list, each stop is
# gone to, also when an item before named the second city.


# 16. two stops with their ties' years, the second named before as a guest's city (round 40c)
def test_each_stop_followed_by_its_past_in_brackets_is_gone_to() -> None:
    ext = chapter(
        "（五）美國波士頓市副市長卡特於107年11月9日來訪。",
        "（六）107年12月2日至9日，陳副市長率團訪問西雅圖市（1973年締結姊妹市）及波士頓市"
        "（2004年締結友好城市）。",
        period="2018-07/2018-12",
    )
    assert visit_starts(ext, KAOHSIUNG, named(ext, "波士頓市")) == ["2018-12-02"]


# 17. the same with 與 and other brackets (簽署交流備忘錄), another country (round 40c)
def test_each_stop_followed_by_its_agreement_in_brackets_is_gone_to() -> None:
    ext = chapter(
        "（一）日本熊本市副市長中村一郎於108年2月5日來訪。",
        "（二）108年3月10日至14日，李副市長率團訪問日本姬路市（1981年締結姊妹市）與熊本市"
        "（2013年簽署交流備忘錄）。",
        period="2019-01/2019-06",
    )
    assert visit_starts(ext, KAOHSIUNG, named(ext, "熊本市")) == ["2019-03-10"]


# Form I. The city's staff sent to a body abroad to study something there (派員赴某管理局
# 考察…, 組團赴某國某局（gloss）觀摩…): the city visited that body on the trip's days, the
# body named in full before when the clause writes it without its place; a part of a
# country so gone to (赴美國西北部考察) is no body.


# 23. a body named with its country, and one named in full in an earlier clause (round 40c)
def test_a_body_gone_to_to_study_is_visited() -> None:
    ext = chapter(
        "（一）為落實上半年與菲律賓蘇比克灣都會管理局簽署之「港埠發展交流合作備忘錄」，本府"
        "海洋局於100年11月21日至24日派員赴蘇比克灣都會管理局考察郵輪碼頭營運。",
        "（二）本府捷運局於100年9月5日至8日組團赴新加坡陸路交通管理局（Land Transport "
        "Authority）觀摩捷運營運管理。",
        "（三）本府建設局於100年10月3日至9日率相關人員赴美國西北部考察港市建設。",
        period="2011-07/2011-12",
    )
    visited = {
        v.target: v.properties.get("start") for v in rels(ext, RelType.VISITED, source=KAOHSIUNG)
    }
    assert visited[named(ext, "菲律賓蘇比克灣都會管理局")] == "2011-11-21"
    assert visited[named(ext, "新加坡陸路交通管理局")] == "2011-09-05"
    assert not any(ext_id.startswith("org:") and "西北部" in ext_id for ext_id in visited)


# Form J. The city's staff sent along with the head or the people of the city's school the
# sentence opens with (本市某高中與某國某高校簽訂姊妹校協定，由本府教育局派員陪同校長赴
# 某縣出席簽約儀式): the school went there too, beside the city.


# 24. 陪同校長 and 陪同該校師生, two schools, two places (round 40c)
def test_a_school_whose_head_the_city_went_with_went_too() -> None:
    ext = chapter(
        "（一）本市中正高級中學與日本熊本縣立濟濟黌高等學校於100年3月28日簽訂姊妹校協定，"
        "由本府教育局派員陪同校長赴熊本縣出席簽約儀式。",
        "（二）本市新興高中與美國西雅圖市羅斯福高中於100年5月9日締結姊妹校，教育局並派員"
        "陪同該校師生赴西雅圖市參加締約典禮。",
        period="2011-01/2011-06",
    )
    assert visit_starts(ext, named(ext, "中正高級中學"), named(ext, "熊本縣")) == ["2011-03-28"]
    assert visit_starts(ext, named(ext, "新興高中"), named(ext, "西雅圖市")) == ["2011-05-09"]


# Form K. The city's official named in full invited to attend something held elsewhere
# (並邀請陳菊市長出席同年10月於台北舉辦之「…」, 邀陳其邁市長出席明年於某市舉行之「…」):
# an invitation received, no trip of the city's.


# 25. two wordings, the official's full name after 邀請 / 邀 (round 40c)
def test_the_citys_official_invited_by_name_made_no_trip() -> None:
    ext = chapter(
        "（一）紐西蘭商工辦事處代表柯信於100年6月21日至本府拜會，並邀請陳菊市長出席同年10月於"
        "台北舉辦之「紐西蘭週」開幕酒會。",
        "（二）日本交流協會代表山田一郎於100年3月4日南下拜會本府，並邀陳菊市長出席同年9月於"
        "東京舉行之「台日觀光高峰論壇」。",
        period="2011-01/2011-06",
    )
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG)


# Form L. Another's going told as the reason or background of what follows (因某公司赴某市
# 設廠, 隨著臺商前往某國某市投資), the city named later in the sentence: no trip of the city's.


# 26. a company's and businesspeople's going, the city named after (round 40c)
def test_anothers_going_told_as_the_reason_is_no_trip() -> None:
    ext = chapter(
        "（四）111年6月24日，陳其邁市長與日本熊本市市長大西一史進行視訊會談。因台積電赴熊本"
        "設廠，兩市產業連結日益緊密，大西市長盼與本市加強合作。",
        "（五）隨著臺商前往越南胡志明市投資，該市副市長阮文山盼與本市擴大交流。",
        period="2022-01/2022-06",
    )
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG)


# 1. a later item of a trip told over numbered items, telling another's own trip (a bureau
# going on its own, on days after the mayor's trip): no stop of the mayor's trip (review 40c)
@pytest.mark.parametrize(
    "item",
    [
        "3.100年10月12日至16日，經發局組團赴德國慕尼黑市，參加「慕尼黑博覽會」，並拜會慕尼黑市政府。",
        "3.10月12日，經發局代表團抵達德國慕尼黑市，參加「慕尼黑博覽會」。",
        "3.100年10月12日至16日，經發局組團抵達德國慕尼黑市，參加「慕尼黑博覽會」。",
    ],
)
def test_a_later_item_of_anothers_own_trip_is_no_stop(item: str) -> None:
    ext = chapter(*_US_TRIP, item, period="2011-07/2011-12")
    munich = named(ext, "慕尼黑市")
    visits = visit_properties(ext, KAOHSIUNG, munich)
    assert [v.get("start") for v in visits] == ["2011-10-12"]
    assert not [v for v in visits if v.get("led_by")]
    assert not visit_properties(ext, named(ext, "陳菊"), munich)
    assert not [m for m in rels(ext, RelType.MET_WITH, target=munich) if m.properties.get("led_by")]


# 5. the city's official named in full invited by a city, the clause telling the days he
# went there (某市邀請陳菊市長於4月5日至7日率團赴該市出席「…」; 邀陳菊市長率團於5月3日赴
# 某市出席…): the trip made, led by him, not only an invitation received (review 40c)
def test_an_invitation_telling_the_days_gone_is_the_trip() -> None:
    ext = chapter(
        "（一）日本熊本市邀請陳菊市長於100年4月5日至7日率團赴熊本市出席「熊本城築城400年祭」，"
        "陳菊市長率觀光局及文化局同行。",
        "（二）韓國釜山市邀陳菊市長率團於100年5月3日赴釜山市出席「釜山港灣節」開幕式，本府由"
        "觀光局隨行。",
        period="2011-01/2011-06",
    )
    mayor = named(ext, "陳菊")
    for city, start in (("熊本市", "2011-04-05"), ("釜山市", "2011-05-03")):
        place = named(ext, city)
        visits = visit_properties(ext, KAOHSIUNG, place)
        assert [(v.get("start"), v.get("led_by")) for v in visits] == [(start, "陳菊")], city
        assert [v.get("start") for v in visit_properties(ext, mayor, place)] == [start], city


# 6. the city's own going told as invited, with no subject, its subject the sentence's
# (因受邀赴某市出席「…」，陳菊市長率…前往; 因應某市之邀前往…): the city's trip (review 40c)
@pytest.mark.parametrize(
    "opening",
    ["因受邀赴日本熊本市出席「熊本城祭」", "因應熊本市之邀前往日本熊本市出席「熊本城祭」"],
)
def test_the_citys_going_as_invited_told_as_the_reason_is_its_trip(opening: str) -> None:
    ext = chapter(
        f"（一）100年4月5日至7日，{opening}，陳菊市長率觀光局同仁前往，並與熊本市長幸山政史會晤。",
        period="2011-01/2011-06",
    )
    city = named(ext, "熊本市")
    assert [v.get("start") for v in visit_properties(ext, KAOHSIUNG, city)] == ["2011-04-05"]
    assert [v.get("start") for v in visit_properties(ext, named(ext, "陳菊"), city)] == [
        "2011-04-05"
    ]


# 8. the city's staff going along with the people of a school at home (陪同該校師生赴台南
# 參訪), or of the other school named last (該校) going elsewhere abroad: the city's school
# the sentence opens with went nowhere (review 40c)
@pytest.mark.parametrize(
    "going",
    [
        "翌日由本府教育局派員陪同該校師生赴台南參訪",
        "翌日由本府教育局派員陪同該校師生赴日本東京都參訪",
    ],
)
def test_a_school_whose_people_the_city_went_with_at_home_went_nowhere(going: str) -> None:
    ext = chapter(
        "（一）本市中正高級中學與日本熊本縣立濟濟黌高等學校於100年3月28日在本市簽訂姊妹校協定，"
        f"{going}。",
        period="2011-01/2011-06",
    )
    assert not rels(ext, RelType.VISITED, source=named(ext, "中正高級中學"))


# 9. the city's staff sent to study at a body of Taiwan (派員赴臺北大眾捷運股份有限公司考察
# 營運管理): no body abroad visited (review 40c)
def test_a_body_at_home_gone_to_to_study_is_no_body_abroad_visited() -> None:
    ext = chapter(
        "（一）本府捷運局於100年9月5日至6日派員赴臺北大眾捷運股份有限公司考察營運管理。",
        period="2011-07/2011-12",
    )
    assert not [
        v for v in rels(ext, RelType.VISITED, source=KAOHSIUNG) if v.target.startswith("org:")
    ]


# 10. a later item, outside the trip's days, telling its leader signing at a place abroad
# (3.11月20日，陳市長於某市與該市市長某某共同簽署「…」): a visit on that day, with none of
# the trip's bureaus; a leader going on with the delegation (由觀光局長續率轉往某市) is the
# bureau head, 續 no part of who leads (review 40c)
def test_the_leader_abroad_on_a_later_day_is_a_visit_without_the_trips_bureaus() -> None:
    ext = chapter(
        "（一）出訪交流",
        "1.陳菊市長於100年9月3日至9日率觀光局組團訪問美國。",
        "2.9月5日，訪團抵達洛杉磯市，拜會當地僑界。",
        "3.11月20日，陳市長於日本熊本市與該市市長幸山政史共同簽署「觀光交流備忘錄」。",
        period="2011-07/2011-12",
    )
    visits = visit_properties(ext, KAOHSIUNG, named(ext, "熊本市"))
    assert [(v.get("start"), v.get("bureaus")) for v in visits] == [("2011-11-20", None)]


# (review 40c)
def test_a_leader_going_on_with_the_delegation_is_named_without_the_adverb() -> None:
    ext = chapter(
        "（一）陳市長率團訪問美國",
        "1.陳菊市長於100年9月3日至9日率觀光局組團訪問美國。",
        "2.9月4日，訪團抵達西雅圖市，參觀西雅圖港。",
        "3.9月7日，陳市長先行返國，訪團由觀光局長續率轉往舊金山市參加旅展。",
        period="2011-07/2011-12",
    )
    visits = visit_properties(ext, KAOHSIUNG, named(ext, "舊金山市"))
    assert [v.get("led_by") for v in visits] == ["觀光局長"]
