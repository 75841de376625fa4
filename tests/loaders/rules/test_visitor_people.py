"""Visitors and the people they are: lists written in other shapes, who came, who met."""

from __future__ import annotations

import pytest

from graph.model import Label, RelType
from loaders.pipeline import extract_bytes
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


def _visited(extraction, name: str) -> bool:  # type: ignore[no-untyped-def]
    return bool(rels(extraction, RelType.VISITED, source=named(extraction, name), target=KAOHSIUNG))


def _title(extraction, name: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    (held,) = rels(extraction, RelType.HOLDS_TITLE, source=named(extraction, name))
    return held.properties["title_zh"], held.target


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        (
            "本期來訪外賓尚有：菲律賓宿霧市約翰‧桑托斯（John Santos）副市長、"
            "美國在台協會高雄分處處長史大偉（David Smith）等，均由秘書處安排參訪。",
            "約翰‧桑托斯",
            "副市長",
        ),
        (
            "本期來訪外賓有：泰國曼谷市頌猜‧維拉（Somchai Wira）市長、"
            "日本福岡市副市長山田太郎、韓國釜山市議會議長李明浩。",
            "頌猜‧維拉",
            "市長",
        ),
        (
            "重要外賓包括：越南峴港市阮文‧黎明議長等、日本仙台市副市長田中一郎、"
            "美國波特蘭市議員湯姆‧布朗。",
            "阮文‧黎明",
            "議長",
        ),
    ],
)
def test_a_transliterated_name_before_the_title_closing_an_item(
    line: str, name: str, title: str
) -> None:
    ex = chapter(line)
    assert _title(ex, name)[0] == title
    assert _visited(ex, name)


@pytest.mark.parametrize(
    ("line", "name", "title", "body"),
    [
        (
            "本期來訪外賓有：日本福岡市副市長山田太郎、李明浩（韓國大邱廣域市議會議長）、"
            "泰國曼谷市副市長頌猜‧維拉。",
            "李明浩",
            "議長",
            "大邱廣域市議會",
        ),
        (
            "本期來訪外賓有：約翰‧史密斯（John Smith），美國德州商務局亞洲區處長、"
            "日本福岡市副市長山田太郎、泰國曼谷市副市長頌猜‧維拉。",
            "約翰‧史密斯",
            "亞洲區處長",
            "德州商務局",
        ),
        (
            "本期來訪外賓有：日本福岡市副市長山田太郎、瑪莉‧懷特（英國在台辦事處副代表）、"
            "泰國曼谷市副市長頌猜‧維拉。",
            "瑪莉‧懷特",
            "副代表",
            "英國在台辦事處",
        ),
    ],
)
def test_a_name_opening_an_item_then_what_the_person_is(
    line: str, name: str, title: str, body: str
) -> None:
    ex = chapter(line)
    held_title, target = _title(ex, name)
    assert held_title == title
    assert named(ex, body) == target
    assert _visited(ex, name)


def _grouped(*groups: str) -> bytes:
    lines = ["壹、國際事務", "一、外賓接待", "（一）重要來訪外賓（依地區排列）"]
    lines += [f"{n}.{g}" for n, g in enumerate(groups, 1)]
    lines += ["（二）其他", "以上外賓訪高期間，多安排參訪高雄港。"]
    return ("\n".join(lines) + "\n").encode("utf-8")


@pytest.mark.parametrize(
    ("groups", "names"),
    [
        (
            (
                "日本：福岡市副市長山田太郎、仙台市議會議長田中一郎。",
                "美洲：美國在台協會高雄分處處長史大偉（David Smith）；"
                "巴拉圭亞松森市市長卡洛斯‧羅培茲（Carlos Lopez）。",
            ),
            ("史大偉", "卡洛斯‧羅培茲"),
        ),
        (
            (
                "韓國：釜山市副市長李明浩、大邱市議會議長金永洙。",
                "大洋洲：帛琉科羅州州長約翰‧吉布森（John Gibbons）。",
            ),
            ("約翰‧吉布森",),
        ),
        (
            (
                "歐洲：德國漢堡市經濟局局長揚‧穆勒（Jan Müller）；"
                "彼得‧瓊斯（Peter Jones），英國倫敦市商務局亞洲區處長。",
                "中東地區：以色列海法市副市長大衛‧科恩（David Cohen）。",
            ),
            ("揚‧穆勒", "彼得‧瓊斯", "大衛‧科恩"),
        ),
    ],
)
def test_a_visitor_list_grouped_by_region_one_line_a_region(
    groups: tuple[str, ...], names: tuple[str, ...]
) -> None:
    ex = extract_bytes(_grouped(*groups), "test.txt", "2018-07/2018-12")
    for name in names:
        assert _visited(ex, name), name


def test_a_region_group_of_dated_visits_is_prose_each_visit_its_own_day() -> None:
    """「①韓國：…於3月4日率團來訪，…；…於5月20日拜會市長」: clauses, each dated."""
    lines = ["壹、國際事務", "一、外賓接待", "本期外賓接待計20團，主要訪賓依地區分列如下："]
    lines += [
        "①韓國：大邱市副市長金大成於3月4日率該市交通局官員來訪，考察本市輕軌建設；"
        "光州市議會議長朴正國於5月20日拜會陳市長，並參觀愛河。",
        "②歐洲：英國曼徹斯特市副市長John Carter於6月2日來訪。",
    ]
    text = ("\n".join(lines) + "\n").encode("utf-8")
    ex = extract_bytes(text, "test.txt", "2018-01/2018-06")
    for name, day in (
        ("金大成", "2018-03-04"),
        ("朴正國", "2018-05-20"),
        ("John Carter", "2018-06-02"),
    ):
        visits = rels(ex, RelType.VISITED, source=named(ex, name), target=KAOHSIUNG)
        assert [v.properties.get("start") for v in visits] == [day], name


@pytest.mark.parametrize(
    "line",
    [
        "本期重要訪賓為：日本福岡市副市長山田太郎、韓國釜山市議會議長李明浩。",
        "本期重要訪賓為：日本福岡市副市長山田太郎、韓國釜山市議會議長李明浩，雙方並就港務交換意見。",
        "本期接待之外賓計有：日本福岡市副市長山田太郎、韓國釜山市議會議長李明浩。",
    ],
)
def test_two_visitors_after_an_introducer_of_visitors_are_a_list(line: str) -> None:
    ex = chapter(line)
    for name in ("山田太郎", "李明浩"):
        assert _visited(ex, name), name


@pytest.mark.parametrize(
    "line",
    [
        "本期其他來訪外賓尚有：日本福岡市副市長山田太郎、韓國釜山市議會議長李明浩、"
        "泰國曼谷市副市長頌猜‧維拉等，均由秘書處安排參訪，並介紹本市籌辦「2020年世界運動會」之規劃。",
        "本期重要訪賓為：日本福岡市副市長山田太郎、韓國釜山市議會議長李明浩、"
        "泰國曼谷市副市長頌猜‧維拉，雙方並就本市主辦之「2019亞洲港灣論壇」交換意見。",
        "其他來訪外賓尚有：日本福岡市副市長山田太郎、韓國釜山市議會議長李明浩、"
        "泰國曼谷市副市長頌猜‧維拉等，秘書處並介紹「2019高雄燈會藝術節」之籌備情形。",
    ],
)
def test_an_event_only_told_of_after_a_visitor_list_is_not_attended(line: str) -> None:
    ex = chapter(line)
    for name in ("山田太郎", "李明浩"):
        assert _visited(ex, name), name
        assert not rels(ex, RelType.PARTICIPATED_IN, source=named(ex, name))


@pytest.mark.parametrize(
    ("line", "city", "person"),
    [
        (
            "仙台市自2015年起每年均派遣市民訪問團參加高雄燈會，本年「2018高雄燈會藝術節」"
            "由助役田中一郎率市民訪問團一行30人參加。",
            "仙台市",
            "田中一郎",
        ),
        (
            "福岡市自2014年起每年均派團參加高雄燈會，今年「2018高雄燈會藝術節」"
            "由副市長山田太郎率經貿訪問團一行12人參加。",
            "福岡市",
            "山田太郎",
        ),
        (
            "大邱市自2016年起每年均組團參加高雄燈會，本年「2018高雄燈會藝術節」"
            "由議長金永洙率交流團一行15人參加。",
            "大邱市",
            "金永洙",
        ),
    ],
)
def test_a_delegation_an_official_leads_to_the_city_s_event_is_his_city_s(
    line: str, city: str, person: str
) -> None:
    ex = chapter(line)
    city_id, person_id = named(ex, city), named(ex, person)
    assert rels(ex, RelType.VISITED, source=city_id, target=KAOHSIUNG, year=2018)
    assert rels(ex, RelType.VISITED, source=person_id, target=KAOHSIUNG)
    assert rels(ex, RelType.PARTICIPATED_IN, source=city_id, inferred=True)
    assert not rels(ex, RelType.PARTICIPATED_IN, source=person_id, inferred=True)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        (
            "7月23日至24日，訪團轉往長崎縣佐世保市，並於23日與該市市長會晤，就郵輪觀光交換意見。",
            "2018-07-23",
        ),
        ("11月20日至22日，訪團轉往荷蘭鹿特丹市，21日與該市副市長會晤，並參訪港區。", "2018-11-21"),
        ("3月5日至8日，陳副市長率團訪問日本仙台市，並於6日與該市市長會晤。", "2018-03-06"),
    ],
)
def test_a_meeting_on_a_day_written_alone_within_the_trip_s_days(line: str, date: str) -> None:
    ex = chapter(line)
    (met,) = rels(ex, RelType.MET_WITH, source=KAOHSIUNG)
    assert met.properties.get("date") == date


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("11月12日，林副市長與立陶宛克萊佩達市長以視訊方式會晤，討論港口綠電。", "克萊佩達市"),
        ("3月2日，王市長與捷克布爾諾市長以視訊方式會談，討論半導體合作。", "布爾諾市"),
        ("9月1日，張副市長與波蘭格但斯克市長以視訊方式會談。", "格但斯克市"),
        ("6月8日，張副市長與美國西雅圖市長以視訊方式會談。", "西雅圖市"),
    ],
)
def test_a_meeting_with_a_mayor_written_with_his_city_s_suffix_is_with_the_city(
    line: str, city: str
) -> None:
    ex = chapter(line)
    assert rels(ex, RelType.MET_WITH, source=KAOHSIUNG, target=named(ex, city))


@pytest.mark.parametrize(
    ("history", "coming"),
    [
        (
            "仙台市自2010年與本市締結友好城市，2015年升格為姊妹市，為本市在東北之重要夥伴。",
            "8月5日至7日，仙台市副市長山田太郎率產業視察團一行15人來訪。",
        ),
        (
            "福岡市於2012年升格為姊妹市，2015年並簽署備忘錄。",
            "9月10日，福岡市副市長田中一郎率團來訪，參訪亞洲新灣區。",
        ),
        (
            "兩市於2014年締結友好城市，2016年互設辦事處。",
            "10月3日至5日，仙台市副市長山田太郎率經貿訪問團來訪。",
        ),
    ],
)
def test_a_bare_year_of_history_sets_no_year_for_the_days_after(history: str, coming: str) -> None:
    ex = extract_bytes(
        ("\n".join(["壹、國際事務", "一、城市交流", history + coming]) + "\n").encode("utf-8"),
        "test.txt",
        "2018-07/2018-12",
    )
    visits = rels(ex, RelType.VISITED, target=KAOHSIUNG)
    assert visits
    assert all(str(v.properties.get("start", "2018")).startswith("2018") for v in visits)


@pytest.mark.parametrize(
    ("line", "school", "city"),
    [
        (
            "６月１日至４日，釜山市海雲臺中學校長率師生一行20人來訪，並至本市前鎮國中交流。",
            "海雲臺中學",
            "city:kr:busan",
        ),
        (
            "5月3日，日本仙台市立青葉高等學校校長率領師生一行18人來訪。",
            "仙台市立青葉高等學校",
            "city:jp:sendai-miyagi-prefecture",
        ),
        (
            "9月2日至5日，美國西雅圖市羅斯福高中校長帶領學生一行12人來訪。",
            "羅斯福高中",
            "city:us:seattle",
        ),
    ],
)
def test_a_school_s_head_unnamed_leading_its_students_is_the_school_s_visit(
    line: str, school: str, city: str
) -> None:
    ex = chapter(line)
    assert rels(ex, RelType.VISITED, source=named(ex, school), target=KAOHSIUNG)
    assert not rels(ex, RelType.VISITED, source=city, target=KAOHSIUNG)


@pytest.mark.parametrize(
    ("line", "school"),
    [
        (
            "另５月中旬，仙台市立第二中學校學生訪問團一行15人來訪，至本市鼓山國中進行交流。",
            "仙台市立第二中學校",
        ),
        ("9月10日，美國西雅圖市羅斯福高中師生訪問團一行20人來訪。", "羅斯福高中"),
        ("韓國釜山市海雲臺中學學生交流團一行16人於10月5日來訪。", "海雲臺中學"),
    ],
)
def test_a_school_s_student_delegation_is_the_school_s_visit(line: str, school: str) -> None:
    ex = chapter(line)
    assert rels(ex, RelType.VISITED, source=named(ex, school), target=KAOHSIUNG)


@pytest.mark.parametrize(
    "line",
    [
        "8月1日至3日，本府由民政局率本市舞蹈團隊赴東京都八王子市，參加「八王子祭」遊行。",
        "本年8月5日至8日，本府由文化局率本市民俗技藝團體赴日本仙台市參加「七夕祭」演出。",
        "10月2日至6日，本府由觀光局率領本市表演團隊赴韓國釜山市，參加「釜山煙火節」。",
    ],
)
def test_a_home_troupe_told_only_by_its_kind_is_the_city_going(line: str) -> None:
    ex = chapter(line)
    visits = [r for r in ex.relations if r.type == RelType.VISITED]
    assert visits
    assert {v.source for v in visits} == {KAOHSIUNG}


@pytest.mark.parametrize(
    "text",
    [
        "延續去年9月某某市長來訪時之共識，陳市長於5月5日至14日率秘書處人員出訪，5月6日至9日訪問"
        "亞松森市。簽約儀式後，訪問團並參訪亞松森港及該市公車轉運系統。",
        "去年11月本府與該市洽談合作，王副市長於3月2日至6日率團訪問仙台市。訪問期間，訪問團並參訪"
        "仙台港。",
        "承去年10月福岡市長來函邀請，林副市長於2月8日至12日率團訪問福岡市。訪問團並參觀福岡市博物館。",
    ],
)
def test_a_story_moved_into_the_next_year_dates_what_follows_in_it(text: str) -> None:
    ex = extract_bytes(
        ("\n".join(["壹、國際事務", "一、城市交流", text]) + "\n").encode("utf-8"),
        "test.txt",
        "2018-01/2018-06",
    )
    visits = rels(ex, RelType.VISITED, source=KAOHSIUNG)
    assert visits
    assert {v.properties.get("year") for v in visits} == {2018}


@pytest.mark.parametrize(
    ("lines", "full", "short"),
    [
        (
            (
                "本期來訪外賓有：捷克布爾諾市副市長帕維爾‧諾瓦克、日本福岡市副市長山田太郎、韓國釜山市議會議長李明浩。",
                "布爾諾市副市長諾瓦克於本期來訪時表達締結姊妹市之意願。",
            ),
            "帕維爾‧諾瓦克",
            "諾瓦克",
        ),
        (
            (
                "本期來訪外賓有：波蘭格但斯克市市長亞當‧科瓦爾斯基、日本福岡市副市長山田太郎、韓國釜山市議會議長李明浩。",
                "格但斯克市市長科瓦爾斯基並邀請本府組團參加該市港口節。",
            ),
            "亞當‧科瓦爾斯基",
            "科瓦爾斯基",
        ),
        (
            (
                "本期來訪外賓有：美國西雅圖市議會議長約翰‧史密斯、日本福岡市副市長山田太郎、韓國釜山市議會議長李明浩。",
                "西雅圖市議會議長史密斯於座談中表示將推動兩市交流。",
            ),
            "約翰‧史密斯",
            "史密斯",
        ),
    ],
)
def test_one_called_again_by_the_last_part_of_his_name_is_the_same_person(
    lines: tuple[str, ...], full: str, short: str
) -> None:
    ex = chapter(*lines)
    names = {e.name_zh for e in ex.entities if e.label.value == "Person"}
    assert full in names
    assert short not in names


def _items(*items: str) -> bytes:
    lines = ["壹、國際事務", "一、外賓接待", "重要來訪外賓如下："]
    lines += [f"（{n}）{item}" for n, item in zip("一二三四", items, strict=False)]
    return ("\n".join(lines) + "\n").encode("utf-8")


@pytest.mark.parametrize(
    ("items", "name", "day"),
    [
        (
            (
                "日本仙台市長山田太郎，率市府訪問團一行12人，於2月24日抵高，出席燈會開幕典禮。",
                "韓國大邱廣域市行政副市長金永洙，率大邱市政府代表團一行8人，亦於同日抵高。",
            ),
            "金永洙",
            "2018-02-24",
        ),
        (
            (
                "美國西雅圖市議長約翰‧史密斯一行5人，於3月10日來訪。",
                "日本福岡市副市長田中一郎一行4人，於同日來訪，參觀高雄港。",
            ),
            "田中一郎",
            "2018-03-10",
        ),
        (
            (
                "泰國曼谷市副市長頌猜‧維拉一行6人，於5月2日來訪。",
                "越南峴港市副市長阮文明一行3人，亦於當日來訪，見證備忘錄簽署。",
            ),
            "阮文明",
            "2018-05-02",
        ),
    ],
)
def test_an_item_dated_by_the_item_before_it(items: tuple[str, ...], name: str, day: str) -> None:
    ex = extract_bytes(_items(*items), "test.txt", "2018-01/2018-06")
    (visit,) = rels(ex, RelType.VISITED, source=named(ex, name), target=KAOHSIUNG)
    assert visit.properties.get("start") == day


@pytest.mark.parametrize(
    ("line", "city"),
    [
        (
            "韓國大邱廣域市行政副市長金永洙，率大邱市政府代表團一行8人，於2月24日抵高。",
            "city:kr:daegu",
        ),
        ("日本福岡市副市長田中一郎，率市政府訪問團一行10人，於5月3日來訪。", "city:jp:fukuoka"),
        ("泰國曼谷市副市長頌猜‧維拉，率曼谷市政府代表團一行6人，於4月2日來訪。", "city:th:bangkok"),
    ],
)
def test_a_government_delegation_an_official_leads_is_his_city_s_visit(
    line: str, city: str
) -> None:
    ex = chapter(line)
    assert rels(ex, RelType.VISITED, source=city, target=KAOHSIUNG)


@pytest.mark.parametrize(
    ("line", "name", "start"),
    [
        (
            "5月29日，日本交流協會台北事務所代表田中一郎來府拜會，雙方交換意見。",
            "田中一郎",
            "2018-05-29",
        ),
        (
            "泰國曼谷市市長頌猜‧維拉（Somchai Wira），於4月中旬來府訪問，參觀本市港埠。",
            "頌猜‧維拉",
            "2018-04",
        ),
        ("3月8日，美國在台協會高雄分處處長史大偉來府洽談教育交流事宜。", "史大偉", "2018-03-08"),
    ],
)
def test_coming_to_the_city_government_is_a_visit(line: str, name: str, start: str) -> None:
    ex = chapter(line)
    (visit,) = rels(ex, RelType.VISITED, source=named(ex, name), target=KAOHSIUNG)
    assert visit.properties.get("start") == start


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "5月29日下午，日本交流協會台北事務所代表田中一郎來府拜會，陳市長親自接見，雙方交換意見。",
            "田中一郎",
        ),
        (
            "6月2日，美國在台協會高雄分處處長史大偉來訪，林副市長接見，就教育交流交換意見。",
            "史大偉",
        ),
        ("9月5日，泰國曼谷市副市長頌猜‧維拉率團來府，王代理市長親自接見。", "頌猜‧維拉"),
    ],
)
def test_a_home_official_opening_a_clause_receives_the_visitor_before(line: str, name: str) -> None:
    ex = chapter(line)
    assert rels(ex, RelType.MET_WITH, source=KAOHSIUNG, target=named(ex, name))


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("9月12日，陳代理市長接見巴拉圭亞松森市市長卡洛斯‧羅培茲一行6人。", "卡洛斯‧羅培茲"),
        ("5月8日，林代理市長接見泰國曼谷市副市長頌猜‧維拉（Somchai Wira）一行4人。", "頌猜‧維拉"),
        ("4月20日，葉代理市長接見韓國大邱市議會議長金永洙一行5人，雙方交換意見。", "金永洙"),
    ],
)
def test_one_an_acting_mayor_received_came_to_the_city(line: str, name: str) -> None:
    ex = chapter(line)
    assert rels(ex, RelType.VISITED, source=named(ex, name), target=KAOHSIUNG)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "美國西雅圖市議會議員約翰‧史密斯（John Smith），偕西雅圖高雄姊妹市協會會長瑪莉‧懷特"
            "（Mary White），於3月1日來訪。",
            ("約翰‧史密斯", "瑪莉‧懷特"),
        ),
        (
            "日本仙台市副市長山田太郎，偕同仙台市議會議長田中一郎，於5月2日至4日來訪。",
            ("山田太郎", "田中一郎"),
        ),
        (
            "泰國曼谷市副市長頌猜‧維拉偕曼谷市觀光局局長阿南‧西里，於9月10日抵高訪問。",
            ("頌猜‧維拉", "阿南‧西里"),
        ),
    ],
)
def test_one_who_came_along_with_another_偕_came_too(line: str, names: tuple[str, ...]) -> None:
    ex = chapter(line)
    for name in names:
        assert rels(ex, RelType.VISITED, source=named(ex, name), target=KAOHSIUNG), name


@pytest.mark.parametrize(
    ("line", "body", "city"),
    [
        (
            "３月２０日至２５日，本府衛生局偕同長庚紀念醫院醫護人員組成醫療服務團赴帛琉科羅州義診。",
            "長庚紀念醫院",
            "city:pw:koror",
        ),
        (
            "5月3日至8日，本府經發局偕同中鋼公司技術人員赴越南峴港市考察工業區。",
            "中鋼公司",
            "city:vn:da-nang",
        ),
        (
            "10月2日至6日，本府教育局偕同文藻外語大學師生赴日本仙台市交流。",
            "文藻外語大學",
            "city:jp:sendai-miyagi-prefecture",
        ),
    ],
)
def test_a_body_whose_staff_went_along_with_the_city_s_went_too(
    line: str, body: str, city: str
) -> None:
    ex = chapter(line)
    assert rels(ex, RelType.VISITED, source=KAOHSIUNG, target=city)
    assert rels(ex, RelType.VISITED, source=named(ex, body), target=city)


@pytest.mark.parametrize(
    ("lines", "body", "start"),
    [
        (
            (
                "11月14日至17日，本府海洋局派員赴日本橫濱市，觀摩該市港區整建經驗。",
                "考察人員並拜訪橫濱港埠公社，瞭解新港之營運模式。",
            ),
            "橫濱港埠公社",
            "2018-11-14",
        ),
        (
            (
                "5月2日至6日，本府經發局派員赴韓國仁川市考察，並順道拜會仁川港灣公社，瞭解自由區開發。",
            ),
            "仁川港灣公社",
            "2018-05-02",
        ),
        (
            (
                "9月8日至12日，王副市長率海洋局人員訪問荷蘭鹿特丹市。",
                "訪問團並拜會鹿特丹港務局，就智慧港口交換意見。",
            ),
            "鹿特丹港務局",
            "2018-09-08",
        ),
    ],
)
def test_a_body_called_on_during_the_city_s_trip_was_visited(
    lines: tuple[str, ...], body: str, start: str
) -> None:
    ex = chapter(*lines)
    (visit,) = rels(ex, RelType.VISITED, source=KAOHSIUNG, target=named(ex, body))
    assert visit.properties.get("start") == start


@pytest.mark.parametrize(
    "call",
    ["該團拜會西雅圖市長及市議會，商定續辦青年交流。", "訪團並拜會華盛頓州州長與州議會。"],
)
def test_an_official_and_a_body_called_on_together_are_no_one_body(call: str) -> None:
    """拜會某市長及市議會: a mayor and a council, not one body named 長及市議會."""
    ex = chapter("6月3日至9日，本府由民政局組團赴美國西雅圖市參加該市「2018海洋節」。", call)
    bodies = {e.id for e in ex.entities if e.label == Label.ORGANIZATION}
    visited = {r.target for r in rels(ex, RelType.VISITED, source=KAOHSIUNG)}
    assert not visited & bodies


@pytest.mark.parametrize(
    ("line", "name", "date"),
    [
        (
            "本府於2月11日至19日舉辦「2018高雄燈會藝術節」，仙台市國際課課長山田太郎率團一行7人參加，"
            "山田課長並於開幕當日拜會陳市長。",
            "山田太郎",
            "2018-02-11",
        ),
        (
            "本府於3月3日至5日舉辦「2018亞洲港灣論壇」，釜山市副市長李明浩應邀出席，"
            "李副市長並於開幕當天拜會陳市長。",
            "李明浩",
            "2018-03-03",
        ),
        (
            "4月20日至22日本府舉辦「2018國際遊艇展」，福岡市議會議長田中一郎率團參觀，"
            "田中議長並於首日拜會王副市長。",
            "田中一郎",
            "2018-04-20",
        ),
    ],
)
def test_a_meeting_on_the_opening_day_of_the_event_is_on_its_first_day(
    line: str, name: str, date: str
) -> None:
    ex = chapter(line)
    (met,) = rels(ex, RelType.MET_WITH, target=named(ex, name))
    assert met.properties.get("date") == date


@pytest.mark.parametrize(
    ("lines", "city", "day", "leader"),
    [
        (
            (
                "（一）越南副市長來訪",
                "3月15日，本府經發局與越南胡志明市簽署「產業人才合作備忘錄」。",
                "雙方同意加強合作。",
                "胡志明市阮文明副市長率團來高見證簽約。",
            ),
            "city:vn:ho-chi-minh-city",
            "2018-03-15",
            "阮文明",
        ),
        (
            (
                "（一）韓國副市長來訪",
                "5月3日，本府觀光局與韓國大邱市簽署「觀光交流合作備忘錄」。",
                "大邱市金永洙副市長率團來高見證簽署。",
            ),
            "city:kr:daegu",
            "2018-05-03",
            "金永洙",
        ),
        (
            (
                "（一）日本市長來訪",
                "6月8日，本府與日本仙台市簽訂「防災交流協議」。",
                "仙台市山田太郎市長親自率團來訪觀禮簽約。",
            ),
            "city:jp:sendai-miyagi-prefecture",
            "2018-06-08",
            "山田太郎",
        ),
    ],
)
def test_a_delegation_come_to_witness_the_item_s_signing_came_on_its_day(
    lines: tuple[str, ...], city: str, day: str, leader: str
) -> None:
    ex = chapter(*lines)
    (visit,) = rels(ex, RelType.VISITED, source=city, target=KAOHSIUNG)
    assert visit.properties.get("start") == day
    assert visit.properties.get("led_by") == leader


@pytest.mark.parametrize(
    ("lines", "ours", "theirs"),
    [
        (
            (
                "７月２日至８日，本府由民政局組團赴美國西雅圖市，參加「2018西雅圖海洋節」。",
                "本市中山高中學生9人亦隨團前往，至姊妹校羅斯福高中交流訪問。",
            ),
            "中山高中",
            "羅斯福高中",
        ),
        (
            (
                "9月3日至8日，本府由教育局組團赴日本仙台市交流。",
                "本市鼓山國中師生10人亦隨團前往，並前往姊妹校仙台市立青葉中學校交流。",
            ),
            "鼓山國中",
            "仙台市立青葉中學校",
        ),
        (
            (
                "4月2日至6日，本府由觀光局組團赴韓國釜山市參加旅展。",
                "本市前鎮高中師生8人亦隨團前往，拜訪姊妹校海雲臺高中。",
            ),
            "前鎮高中",
            "海雲臺高中",
        ),
    ],
)
def test_a_home_school_going_to_its_sister_school_visited_it(
    lines: tuple[str, ...], ours: str, theirs: str
) -> None:
    ex = chapter(*lines)
    assert rels(ex, RelType.VISITED, source=named(ex, ours), target=named(ex, theirs), year=2018)


@pytest.mark.parametrize(
    "line",
    [
        "本期計有日本福岡市副市長山田太郎、韓國釜山市議會議長李明浩、泰國曼谷市副市長頌猜‧維拉等來訪，"
        "其中山田副市長並率團出席「2018高雄燈會藝術節」。",
        "本期來訪外賓有：日本福岡市副市長山田太郎、韓國釜山市議會議長李明浩、泰國曼谷市副市長頌猜‧維拉等，"
        "其中李議長並出席「2018亞洲港灣論壇」。",
        "本期計有日本福岡市副市長山田太郎、韓國釜山市議會議長李明浩、泰國曼谷市副市長頌猜‧維拉等來訪，"
        "當中頌猜副市長亦參加「2018國際遊艇展」。",
    ],
)
def test_an_event_some_of_the_listed_attended_is_not_the_whole_list_s(line: str) -> None:
    ex = chapter(line)
    for name in ("山田太郎", "李明浩", "頌猜‧維拉"):
        assert _visited(ex, name), name
    invited = rels(ex, RelType.INVITED)
    assert not invited


@pytest.mark.parametrize(
    ("line", "person", "place"),
    [
        (
            "1.5月份計有韓國濟州道知事王大明偕同該道觀光局長等一行8人來訪。",
            "王大明",
            "city:kr:jeju-do",
        ),
        (
            "1.5月3日，韓國京畿道知事金大明率團一行5人來訪，由陳市長接見。",
            "金大明",
            "city:kr:gyeonggi-do",
        ),
        ("1.6月2日，日本北海道知事佐藤一郎一行6人訪高。", "佐藤一郎", "city:jp:hokkaido"),
    ],
)
def test_a_title_read_with_the_province_suffix_is_of_the_province(
    line: str, person: str, place: str
) -> None:
    """某某道知事王大明: 知事 of the province 某某道 (a subdivision the data knows), not
    道知事 of a city called 某某."""
    ext = chapter(line)
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, person))
    assert [(r.target, r.properties.get("title_zh")) for r in held] == [(place, "知事")]


def test_that_citys_council_is_the_council_its_name_gives() -> None:
    """該市市議會議長某某 after 某某市 is named: the same council as 某某市議會."""
    ext = chapter(
        "1.日本松山市：松山市議會議員山田一郎於3月來訪。",
        "2.該市市議會議長田中次郎亦於5月13日來訪，洽談交流事宜。",
    )
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "田中次郎"))
    assert [r.target for r in held] == [named(ext, "松山市議會")]


def test_a_board_member_with_a_rank_holds_his_title() -> None:
    # 理事 is a title of its own, 常務 a rank written before it
    ext = chapter("名古屋商工會議所常務理事鈴木健太於5月3日來訪，參觀本市展覽館。")
    person = named(ext, "鈴木健太")
    held = rels(ext, RelType.HOLDS_TITLE, source=person, target=named(ext, "名古屋商工會議所"))
    assert [r.properties["title_zh"] for r in held] == ["常務理事"]
    assert rels(ext, RelType.VISITED, source=person, target=KAOHSIUNG, start="2018-05-03")


@pytest.mark.parametrize(
    ("sentence", "name", "body"),
    [
        (
            "泰國林查班港區之主管機關林查班港務局（Laem Chabang Port）局長頌巴‧乍隆於5月2日來訪。",
            "頌巴‧乍隆",
            "林查班港務局",
        ),
        (
            "本府於6月5日接待來自德國漢堡之公共運輸營運機構Hochbahn總經理漢斯‧穆勒一行。",
            "漢斯‧穆勒",
            "Hochbahn",
        ),
    ],
)
def test_a_body_named_beside_the_noun_telling_what_it_is(
    sentence: str, name: str, body: str
) -> None:
    # …之管理機關某局, …之營運機構某公司: the body's name begins after 機關/機構
    ext = chapter(sentence)
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, name))
    assert [r.target for r in held] == [named(ext, body)]


@pytest.mark.parametrize(
    ("line", "name", "title", "body"),
    [
        (  # a Latin name ending at 應…之邀, the passive of the invitation
            "美國西雅圖市議會議員John Porter應本府之邀，於10月5日至8日率團來訪。",
            "John Porter",
            "議員",
            "西雅圖市議會",
        ),
        (
            "日本福岡市議會議員山田一郎應該市邀請，於4月2日來訪。",
            "山田一郎",
            "議員",
            "福岡市議會",
        ),
        (  # 則, an adverb of the clause, after the name
            "韓國大邱市交通局局長朴永洙則於11月5日率團來訪。",
            "朴永洙",
            "局長",
            "大邱市交通局",
        ),
        (  # the head of a 廳, a department of a province
            "加拿大安大略省經濟發展廳副廳長Susan Blake於12月2日率該省業者來訪。",
            "Susan Blake",
            "副廳長",
            "安大略省經濟發展廳",
        ),
    ],
)
def test_a_visitors_name_ends_before_the_passive_or_an_adverb(
    line: str, name: str, title: str, body: str
) -> None:
    ex = chapter(line, period="2018-01/2018-12")
    held_title, target = _title(ex, name)
    assert held_title == title
    assert named(ex, body) == target
    assert _visited(ex, name)


def test_a_bureau_whose_head_then_led_its_delegation_came_too() -> None:
    ex = chapter("韓國大邱市交通局局長朴永洙則於11月5日率團來訪。", period="2018-07/2018-12")
    visits = rels(ex, RelType.VISITED, source=named(ex, "大邱市交通局"), target=KAOHSIUNG)
    assert [v.properties.get("led_by") for v in visits] == ["朴永洙"]


def test_a_body_named_with_自由_keeps_its_whole_name() -> None:
    """由 ends the words before a body (由某局), but not inside 自由 (某某自由港管理局)."""
    ext = chapter("1.巴拿馬科隆自由港管理局局長胡安‧佩雷斯於5月3日來訪，洽談航運合作。")
    title, body = _title(ext, "胡安‧佩雷斯")
    assert title == "局長" and body == named(ext, "科隆自由港管理局")


def test_a_department_between_the_body_and_the_title_belongs_to_the_title() -> None:
    """某港務局亞洲市場部經理某某: the title 亞洲市場部經理, of the port authority (as 某
    港務局亞洲區代表)."""
    ext = chapter("1.西雅圖港務局亞洲市場部經理約翰‧卡特於6月2日來訪，洽談航線合作。")
    assert _title(ext, "約翰‧卡特") == ("亞洲市場部經理", named(ext, "西雅圖港務局"))


@pytest.mark.parametrize("opener", ["尚有"])
def test_a_list_opened_by_尚有_begins_its_first_body_after_it(opener: str) -> None:
    ext = chapter(
        f"（五）其他來訪之外賓，{opener}日本靜岡商工會議所國際部部長山田太郎、"
        "韓國大邱市議會議員李明浩等。"
    )
    assert rels(
        ext,
        RelType.HOLDS_TITLE,
        source=named(ext, "山田太郎"),
        target=named(ext, "靜岡商工會議所國際部"),
    )


def test_a_transliterated_name_called_again_by_its_last_part_and_the_titles_last_words() -> None:
    ext = chapter(
        "（六）107年4月3日至5日，美國西雅圖市市政委員彼得‧湯普森率該市訪問團一行6人來訪。"
        "湯普森委員代表該市邀請本府組團參加「2018年西雅圖海洋節」。"
    )
    held = rels(ext, RelType.HOLDS_TITLE)
    assert [h.properties["title_zh"] for h in held] == ["市政委員"]
    assert held[0].source == named(ext, "彼得‧湯普森")


@pytest.mark.parametrize(
    "conveyed",
    [
        "並轉達該縣知事問候之意",
        "並代表該縣知事致意",
        "並代表該縣知事向陳市長致意",
    ],
)
def test_a_greeting_conveyed_from_that_places_head_names_no_one(conveyed: str) -> None:
    """「…來訪，並代表該縣知事致意」: the words before 該縣 are the sentence's (代表, 轉達),
    no body's name; a greeting after the title (問候, 致意) is no person."""
    ext = chapter(f"2.5月19日，日本山形縣國際課課長佐藤一郎來訪，{conveyed}。")
    holders = {e.name_zh for e in ext.entities if e.label == Label.PERSON}
    assert holders == {"佐藤一郎"}
    assert not [e for e in ext.entities if "該縣" in e.name_zh]


@pytest.mark.parametrize("moment", ["會中", "會後", "席間", "會談中"])
def test_a_moment_of_the_meeting_before_a_home_official_names_no_one(moment: str) -> None:
    """「…拜會該市市長某某。會中王副市長邀請…」: 會中, 會後, 席間 tell when, and open no
    name (no person 會中王 holding the title)."""
    ext = chapter(
        "1.5月3日，王副市長赴日本金澤市拜會該市市長山田保。"
        f"{moment}王副市長邀請山田市長於10月率團來訪。"
    )
    people = {e.name_zh for e in ext.entities if e.label == Label.PERSON}
    assert people == {"山田保"}
