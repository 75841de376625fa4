"""Tests of loaders/rules/event_mentions.py: the events a clause names (a quoted name and its
kind, a series named short, an edition and its year)."""

from __future__ import annotations

import pytest

from graph.model import Label, RelType
from loaders.reading import normalize
from tests.loaders.rules.helpers import (
    H1_1993,
    H1_1995,
    H2_1992,
    KAOHSIUNG,
    chapter,
    event_named,
    named,
    rels,
    visitors_chapter,
)


# 1. a series named bare by a generic alias (燈會, 玫瑰節) is that series only where
# its host is the place spoken of (review 23)
@pytest.mark.parametrize(
    "text",
    [
        "日本長崎市為本市友好城市，本府觀光局自2010年起每年均派團參加該市燈會。",
        "日本松山市為本市友好城市，本府民政局自2012年起每年均組團赴該市參加燈會。",
        "韓國大邱市為本市姊妹市，本府文化局自2015年起每年均派員出席該市之玫瑰節。",
    ],
)
def test_bare_series_alias_at_another_place(text: str) -> None:
    ex = chapter(text)
    assert not rels(ex, RelType.HOSTED)
    assert not rels(ex, RelType.EDITION_OF)
    assert not rels(ex, RelType.PARTICIPATED_IN)


# (review 23)
def test_bare_series_alias_at_its_host() -> None:
    ex = chapter("日本松山市為本市友好城市，該市自2012年起每年均組團來高參加燈會。")
    assert rels(ex, RelType.PARTICIPATED_IN, year=2018)


# (round 31a)
def test_quoted_themes_listed_before_their_count_are_no_events() -> None:
    ext = chapter(
        "本府於5月2日至3日在本市主辦「2018南方海洋城市研討會」，邀請姊妹市仁川市派員與會，"
        "研討會分「港市合作與城市發展」、「水岸再生」及「智慧港埠」三大主題，"
        "會議論文集將編印成冊，分送各與會城市參考。"
    )
    names = {e.name_zh for e in ext.entities}
    assert "2018南方海洋城市研討會" in names
    assert not [n for n in names if "城市發展" in n]


# (round 31b)
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


# (round 31b)
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


# (round 31b)
def test_an_edition_written_in_chinese_numerals_names_an_event() -> None:
    """「某市將於5月舉辦第二屆東亞運動會」: 第二屆 is an edition as 第2屆 is; the place
    saying so holds it."""
    got = chapter(
        "3月8日，仁川廣域市市長朴大明率團來訪。朴市長於會談中表示，仁川將於5月舉辦第二屆"
        "東亞青年運動會，並當面邀請本市屆時派員前往觀摩。"
    )
    games = event_named(got, "東亞青年運動會")
    assert next(e for e in got.entities if e.id == games).properties.get("edition") == 2


# 12. an edition written in Chinese numerals opens an event's name as one in figures (review 31)
@pytest.mark.parametrize("edition", ["第十二屆", "第12屆"])
def test_an_edition_in_chinese_numerals_named_for_the_place_gone_to(edition: str) -> None:
    ext = chapter(f"1.7月3日至7日，本府觀光局組團赴日本福岡市參加「{edition}福岡亞洲祭」。")
    festival = next(e.id for e in ext.entities if e.label == Label.EVENT)
    assert rels(ext, RelType.HOSTED, source=named(ext, "福岡市"), target=festival)


# --- after round 33a ---------------------------------------------------------------


# 13. a number of years or a decade opening an event's name is no year of the Republic (review 33)
@pytest.mark.parametrize(
    ("name", "whole"),
    [
        ("六十年代高雄港攝影展", "六十年代高雄港攝影展"),
        ("三十年來高雄港發展研討會", "三十年來高雄港發展研討會"),
        ("四十年友好紀念音樂會", "四十年友好紀念音樂會"),
    ],
)
def test_years_counted_opening_an_event_name_are_no_year(name: str, whole: str) -> None:
    ext = chapter(f"本府於5月3日舉辦「{name}」，邀請日本大分市長佐藤健二參加。", period=H1_1995)
    (hosted,) = rels(ext, RelType.HOSTED, source=KAOHSIUNG)
    event = next(e for e in ext.entities if e.id == hosted.target)
    assert whole in event.name_zh
    assert event.properties.get("year") == 1995


# (review 33)
def test_a_republic_year_opening_an_event_name_is_its_year() -> None:
    ext = chapter(
        "本府於5月3日舉辦「八十四年高雄國際龍舟錦標賽」，邀請日本大分市組隊參加。", period=H1_1995
    )
    (hosted,) = rels(ext, RelType.HOSTED, source=KAOHSIUNG)
    event = next(e for e in ext.entities if e.id == hosted.target)
    assert event.properties.get("year") == 1995


# 14. 明年 telling when the event named will be held dates it (review 33)
def test_next_year_said_of_the_event_named_dates_it() -> None:
    ext = chapter(
        "大分市長佐藤健二來函邀請本府組團參加「大分國際花卉博覽會」，該博覽會將於明年舉行。",
        period=H1_1995,
    )
    (invited,) = rels(ext, RelType.INVITED, target=KAOHSIUNG)
    assert invited.properties.get("event", "").endswith(":1996")


# 8. a year of the Republic in Chinese numerals opening an event's name (「八十七年外籍
# 人士新春聯誼會」, 「一○七年…」) is its year, as 「107年…」 is (review 33a)
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


# 19. a quoted name followed by a noun of celebration (「某市民日」慶祝大會) is an event
# (review 33a)
def test_a_name_followed_by_its_celebration_is_an_event() -> None:
    ext = chapter(
        "本府應大邱市之邀，由陳副市長率秘書處人員一行八人，於10月3日至7日赴大邱，出席10月5日"
        "舉行之「大邱市民日」慶祝大會。"
    )
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, status="attended")


# --- after round 34b ---------------------------------------------------------------


# 13. a generic word for a fair right before the fair's quoted name names that fair (review 34)
def test_a_local_fair_named_right_after_is_joined() -> None:
    ext = chapter(
        "本府經發局於十月率本市廠商十家赴大分市參加當地商展「大分國際產業商展」。",
        period=H2_1992,
    )
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, status="attended")


# 13. an event quoted by a name written only in Latin letters, its kind told by one of its
# words (「Some Harbor Expo '18」) (round 35b)
def test_an_event_named_in_latin_letters() -> None:
    ext = chapter(
        "1.11月11日至20日，由建設局李局長率團赴美國邁阿密市考察港埠設施，"
        "並出席邁阿密市主辦之「Miami Harbor Expo '18」。"
    )
    expo = named(ext, "Miami Harbor Expo '18")
    assert rels(ext, RelType.HOSTED, source=named(ext, "邁阿密市"), target=expo)
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=expo)


# 14. 「某某之夜」國樂演奏會: a word of what is played before the kind after the quote (round 35b)
def test_a_quoted_name_then_a_qualified_kind_is_an_event() -> None:
    ext = chapter("1.10月5日晚間由本府與熊本市共同主辦之「高雄之夜」國樂演奏會於熊本市民會館演出。")
    night = named(ext, "高雄之夜")
    assert {r.source for r in rels(ext, RelType.HOSTED, target=night)} == {
        KAOHSIUNG,
        named(ext, "熊本市"),
    }


# 4. a 研習會 (a training seminar) is an event by its ending, as 研習班 is, though its
# name opens with a year in Chinese numerals that gives no edition by itself (round 35c)
def test_a_training_seminar_is_an_event() -> None:
    ext = chapter(
        "○本府衛生局派員二人赴日本東京參加「一九九二年亞洲城市衛生管理研習會」，"
        "研習食品安全管理制度（81.2.10～2.15）。",
        period="1992-01/1992-06",
    )
    seminar = named(ext, "一九九二年亞洲城市衛生管理研習會")
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=seminar)


# 4. an event's name with its year written after the place that opens it (「高雄市一○八年
# 元宵燈會」, 「臺南市2019年國際風箏節」): that year's edition of the place's event (round 35d)
def test_a_year_after_the_place_opening_an_events_name_is_its_edition() -> None:
    from loaders.events import find_events

    [kite] = find_events(normalize("本府參加「臺南市2019年國際風箏節」"))
    assert (kite.series_key, kite.year) == ("臺南市國際風箏節", 2019)
    ext = chapter(
        "本府主辦之「高雄市一○八年元宵燈會」於二月十九日晚間點燈揭幕，韓國釜山廣域市"
        "副市長金英植率團應邀來訪。",
        period="2019-01/2019-06",
    )
    festival = "event:kaohsiung-lantern-festival:2019"
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=festival)


# 6. a talk's title followed by 於 and the event is no event of that kind: the speaker
# took part in the seminar (review 35)
def test_a_talks_title_before_at_the_seminar_is_no_event() -> None:
    ext = visitors_chapter(
        "（一）八十二年五月，本府舉辦「國際港灣研討會」，長崎市港灣局局長田中一郎以「港灣城市之未來」"
        "於研討會中發表演講。"
    )
    assert not [e for e in ext.entities if e.name_zh and "港灣城市之未來" in e.name_zh]
    speaker = named(ext, "田中一郎")
    (took_part,) = rels(ext, RelType.PARTICIPATED_IN, source=speaker)
    assert "國際港灣研討會" in next(e.name_zh for e in ext.entities if e.id == took_part.target)


# 7. a work played or a publication named in Latin letters is no event (review 35)
def test_a_latin_named_work_or_book_is_no_event() -> None:
    for line, name in (
        (
            "（一）八十二年四月，本市交響樂團應邀赴日本長崎市演出「Festival Overture」等名曲。",
            "Festival",
        ),
        (
            "（一）八十二年四月十日，本市交響樂團於文化中心演奏「Carnival of the Animals」，"
            "日本長崎市市長田中一郎到場聆聽。",
            "Carnival",
        ),
        (
            "（一）八十二年四月，日本長崎市市長田中一郎來訪，並致贈「Nagasaki Week」畫冊。",
            "Nagasaki",
        ),
    ):
        ext = visitors_chapter(line)
        assert not [e for e in ext.entities if name in (e.name_zh or "")], line
        assert not rels(ext, RelType.HOSTED), line


# (review 35)
def test_a_latin_named_festival_is_still_an_event() -> None:
    ext = visitors_chapter(
        "（一）八十二年四月，本市交響樂團應邀赴日本長崎市參加「Nagasaki Music Festival」演出。"
    )
    assert [e for e in ext.entities if "Nagasaki Music Festival" in (e.name_zh or "")]


# 3. a year after the place opening an event's name is its edition only when it falls
# near the report's period (resolved as ROC if under 1000); a count of years or a
# target year is part of the name (review 35d)
@pytest.mark.parametrize(
    ("name", "year", "series_key", "edition"),
    [
        ("高雄市四十年建設成果展", 1993, "高雄市四十年建設成果展", None),
        ("波特蘭市一百五十年港埠發展研討會", 1993, "波特蘭市一百五十年港埠發展研討會", None),
        ("橫濱市一百三十年開港祭", 1993, "橫濱市一百三十年開港祭", None),
        ("高雄市2000年港市發展研討會", 1993, "高雄市2000年港市發展研討會", None),
        ("高雄市一百零二年元宵燈會", 2013, "高雄市元宵燈會", 2013),
        ("高雄市八十二年元宵燈會", 1993, "高雄市元宵燈會", 1993),
        ("臺南市2019年國際風箏節", 2019, "臺南市國際風箏節", 2019),
    ],
)
def test_a_year_after_the_place_is_an_edition_only_near_the_period(
    name: str, year: int, series_key: str, edition: int | None
) -> None:
    from loaders.events import find_events
    from loaders.reading import normalize

    [event] = find_events(normalize(f"本府舉辦「{name}」"), near_year=year)
    assert (event.series_key, event.year) == (normalize(series_key), edition)


# (review 35d)
def test_a_count_of_years_after_the_place_names_no_edition_in_a_chapter() -> None:
    ext = chapter(
        "（一）本府於三月五日舉辦「高雄市一百年港埠發展研討會」，日本青森市市長佐藤健一"
        "應邀來訪出席。",
        period=H1_1993,
    )
    events = {e.id for e in ext.entities if e.id.startswith("event:")}
    assert events and all(not e.endswith(":2011") for e in events)


# (review 35d)
def test_a_count_of_years_in_an_events_name_is_no_date() -> None:
    ext = chapter(
        "（一）本府建設局局長王大同率團於四月十日至十三日赴日本橫濱市，參加「橫濱市一百三十年開港祭」。",
        period=H1_1993,
    )
    trips = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "橫濱市"))
    assert trips and all(v.properties.get("year") == 1993 for v in trips)
    assert all(r.properties.get("year") in (None, 1993) for r in ext.relations)


# 4. a year and a kind of event alone (2006年運動會, 2002年亞運會): no one's event named (round 36f)
def test_a_year_and_a_kind_of_event_alone_name_no_event() -> None:
    ext = chapter(
        "市府出訪",
        "89年4月3日至7日，由王副市長率團赴日本福岡市訪問。福岡市籌辦2006年運動會，"
        "該市特安排本府團員參觀主場館工地。",
        period="2000-01/2000-06",
    )
    assert not rels(ext, RelType.HOSTED, source=named(ext, "福岡市"))


# 13. a work-plan item's event taken up by its kind alone where what was done opens
# (實際執行情形：展覽會已於…至…在本市舉行): held those days, so its exhibitors came then (round 37a)
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


# 16. a trade fair named in the Japanese word (「第20屆東京國際見本市」): an event, that
# the city's people sent there took part in (round 37c)
def test_a_trade_fair_named_mihonichi_is_an_event_joined() -> None:
    ext = chapter(
        "本局於五月十日至十五日派第二科王股長等二人赴日本東京都參加「第二十屆東京國際見本市」，"
        "設置高雄市產品展示攤位。",
        period="1990-01/1990-06",
    )
    event = named(ext, "第二十屆東京國際見本市")
    took = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)
    assert [t.properties.get("status") for t in took] == ["attended"]


# 19. a festival named unquoted as the time of a wish (表示有意於明年某某祭引進龍舟競賽):
# no edition told, and the clauses after still speak of the event before (round 37c)
def test_a_festival_named_as_a_wishs_time_is_no_event_told() -> None:
    ext = chapter(
        "本府於四月函邀日本熊本市及美國波特蘭市組隊參加「2018高雄市國際龍舟邀請賽」。",
        "「2018高雄市國際龍舟邀請賽」已於六月十六日在愛河順利舉行。美國波特蘭市因故未能派隊，"
        "惟該市代表一行三人專程來高觀摩，表示有意於明年玫瑰節引進龍舟競賽；日本熊本市則因故婉謝。",
        period="2018-01/2018-06",
    )
    assert not rels(ext, RelType.HOSTED, source=named(ext, "波特蘭市"))
    declined = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "熊本市"))
    assert any("則因故婉謝" in e.text for e in declined[0].evidence)


# 33. (of 11 and 29) a place whose name ends in 本市 before an event (應邀參加布里斯本市
# 「瓦拉納藝術節」): no 本市 of ours, the event not the city's (round 39a)
def test_a_place_ending_in_benshi_before_an_event_is_no_home_host() -> None:
    ext = chapter(
        "九月二十二日至二十八日，秘書處五人應邀參加布里斯本市「瓦拉納藝術節」花車遊行。",
        period="1989-07/1989-12",
    )
    festival = named(ext, "瓦拉納藝術節")
    assert not rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=festival)


# 19. an event named by the short name of the city just gone to (赴韓國全羅北道群山市出席
# 「2018群山國際海洋論壇」), a short name that alone names no place the gazetteer reads:
# that city's event (round 39c)
def test_an_event_named_by_the_short_name_of_the_city_gone_to_is_its() -> None:
    ext = chapter(
        "107年11月21日至23日，本府海洋局派員赴韓國全羅北道群山市出席「2018群山國際海洋論壇」。",
        period="2018-07/2018-12",
    )
    hosts = [r.source for r in rels(ext, RelType.HOSTED)]
    assert hosts == ["city:kr:gunsan"]
