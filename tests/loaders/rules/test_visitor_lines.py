"""Visitors told month by month (「3月份計有…等來訪」) or one dated line each
(「8月3日　某市副市長某某一行5人來訪」): the bodies their titles are of, their
visits' dates, and who met them."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


def _held(extraction, name: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [
        (str(r.properties["title_zh"]), r.target)
        for r in rels(extraction, RelType.HOLDS_TITLE, source=named(extraction, name))
    ]


@pytest.mark.parametrize(
    ("line", "name", "title", "body"),
    [
        (
            "（一）1月份計有日本甲府市議會議長山田太郎一行6人、美國某某基金會董事長"
            "約翰‧史密斯（John Smith）等來訪。",
            "山田太郎",
            "議長",
            "甲府市議會",
        ),
        (
            "（二）3月份計有韓國大邱廣域市議會副議長金英浩一行9人來訪。",
            "金英浩",
            "副議長",
            "大邱廣域市議會",
        ),
        (
            "本期計有泰國清邁市議會議員頌猜‧維拉等來訪，並參訪本市社區大學。",
            "頌猜‧維拉",
            "議員",
            "清邁市議會",
        ),
    ],
)
def test_a_month_list_introducer_is_no_part_of_the_first_body(
    line: str, name: str, title: str, body: str
) -> None:
    ex = chapter(line, period="2005-01/2005-06")
    assert _held(ex, name) == [(title, named(ex, body))]


@pytest.mark.parametrize(
    ("line", "name", "title", "body"),
    [
        (
            "11月20日　韓國光州廣域市議會議長朴正浩一行7人來訪，由陳市長接見。",
            "朴正浩",
            "議長",
            "光州廣域市議會",
        ),
        (
            "7月27日　德國慕尼黑市經濟局次長漢斯‧穆勒（Hans Muller）率考察團一行9人來訪。",
            "漢斯‧穆勒",
            "次長",
            "慕尼黑市經濟局",
        ),
        (
            "9月5日　日本台灣交流協會台北事務所副代表田中一郎拜會陳市長。",
            "田中一郎",
            "副代表",
            "日本台灣交流協會台北事務所",
        ),
        (
            "95.09.14　英國貿易文化辦事處副處長喬治‧布朗（George Brown）一行3人來訪。",
            "喬治‧布朗",
            "副處長",
            "英國貿易文化辦事處",
        ),
        (
            "95.10.03～10.05　名古屋商工會議所副會頭鈴木一郎拜會陳市長。",
            "鈴木一郎",
            "副會頭",
            "名古屋商工會議所",
        ),
    ],
)
def test_a_dated_line_s_date_is_no_part_of_the_body(
    line: str, name: str, title: str, body: str
) -> None:
    ex = chapter("三、來訪", line, period="2006-07/2006-12")
    assert _held(ex, name) == [(title, named(ex, body))]
    assert rels(ex, RelType.VISITED, source=named(ex, name), target=KAOHSIUNG)


@pytest.mark.parametrize(
    ("line", "names", "start"),
    [
        (
            "（三）3月份計有日本甲府市市長山田太郎、韓國大邱廣域市副市長金英浩、"
            "泰國清邁市助理市長頌猜‧維拉等來訪。",
            ["山田太郎", "金英浩", "頌猜‧維拉"],
            "2005-03",
        ),
        (
            "（五）5月計有美國西雅圖市市議員約翰‧史密斯、日本仙台市助役田中一郎、"
            "德國慕尼黑市經濟局局長漢斯‧穆勒等先後來訪（詳見參、二、（一））。",
            ["約翰‧史密斯", "田中一郎", "漢斯‧穆勒"],
            "2005-05",
        ),
        (
            "4月2日計有越南峴港市副市長阮文明、菲律賓宿霧市市議員羅伯‧桑托斯、"
            "日本福岡市國際部部長佐藤健等外賓來訪。",
            ["阮文明", "羅伯‧桑托斯", "佐藤健"],
            "2005-04-02",
        ),
    ],
)
def test_a_list_told_under_a_month_or_day_is_dated_by_it(
    line: str, names: list[str], start: str
) -> None:
    ex = chapter(line, period="2005-01/2005-06")
    for name in names:
        (visit,) = rels(ex, RelType.VISITED, source=named(ex, name), target=KAOHSIUNG)
        assert visit.properties["start"] == start
        assert "end" not in visit.properties


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("（一）3月份計有韓國大邱廣域市副市長金英和一行8人來訪。", "金英和"),
        ("5月6日　韓國光州廣域市議會議長李正和率團來訪，由陳市長接見。", "李正和"),
        ("本期計有日本甲府市市長山田和、韓國釜山廣域市副市長朴成和等來訪。", "朴成和"),
    ],
)
def test_a_name_may_end_in_he_before_its_group_or_verb(line: str, name: str) -> None:
    ex = chapter(line, period="2005-01/2005-06")
    assert rels(ex, RelType.VISITED, source=named(ex, name), target=KAOHSIUNG)


@pytest.mark.parametrize(
    ("lines", "name", "month"),
    [
        (
            [
                "（二）2月份計有韓國大邱廣域市副市長金英浩一行9人、日本甲府市助役山田太郎、"
                "美國西雅圖市市議員約翰‧史密斯等來訪。",
                "本府於2月11日至19日舉辦「2005高雄燈會藝術節」，邀請姊妹市組團參加，"
                "大邱市由金英浩副市長率團，西雅圖市由史密斯市議員率領該市市民來訪。",
            ],
            "約翰‧史密斯",
            "2005-02",
        ),
        (
            [
                "（三）3月份計有日本仙台市副市長田中一郎、泰國清邁市市長頌猜‧維拉、"
                "越南峴港市副市長阮文明等來訪。",
                "本府於3月20日至22日在愛河舉辦「2005高雄國際龍舟錦標賽」，"
                "峴港市由阮文明副市長率代表隊來訪參賽。",
            ],
            "阮文明",
            "2005-03",
        ),
        (
            [
                "（四）4月份計有德國慕尼黑市經濟局局長漢斯‧穆勒、日本甲府市助役山田太郎、"
                "韓國光州廣域市副市長朴正浩等來訪。",
                "本府於4月8日至10日主辦「2005國際港灣城市論壇」，甲府市由山田太郎助役率團來訪。",
            ],
            "山田太郎",
            "2005-04",
        ),
    ],
)
def test_a_month_told_stays_a_visit_s_date_over_an_event_s_days(
    lines: list[str], name: str, month: str
) -> None:
    ex = chapter(*lines, period="2005-01/2005-06")
    (visit,) = rels(ex, RelType.VISITED, source=named(ex, name), target=KAOHSIUNG)
    assert visit.properties["start"] == month
    assert "end" not in visit.properties
    assert not visit.properties.get("inferred")
    # led by none but themselves, not by the one leading another city's group
    assert name.split("‧")[-1][:2] in str(visit.properties.get("led_by", name))


@pytest.mark.parametrize(
    ("line", "name", "start", "end"),
    [
        (
            "日本甲府市市長山田太郎於5月24日率市民訪問團一行30人來訪，翌日由陳市長接見，"
            "訪問團於26日返國。",
            "山田太郎",
            "2005-05-24",
            "2005-05-26",
        ),
        (
            "韓國大邱廣域市副市長金英浩於3月2日率團來訪，參訪高雄港及駁二藝術特區，一行於4日離臺。",
            "金英浩",
            "2005-03-02",
            "2005-03-04",
        ),
        (
            "美國西雅圖市市議員約翰‧史密斯（John Smith）於6月10日來訪，並與本市議會座談，"
            "於6月13日搭機返美。",
            "約翰‧史密斯",
            "2005-06-10",
            "2005-06-13",
        ),
    ],
)
def test_the_day_visitors_leave_for_home_ends_their_visit(
    line: str, name: str, start: str, end: str
) -> None:
    ex = chapter(line, period="2005-01/2005-06")
    (visit,) = rels(ex, RelType.VISITED, source=named(ex, name), target=KAOHSIUNG)
    assert (visit.properties["start"], visit.properties.get("end")) == (start, end)


def _trip(extraction, city: str) -> tuple[object, object]:  # type: ignore[no-untyped-def]
    (visit,) = rels(extraction, RelType.VISITED, source=KAOHSIUNG, target=named(extraction, city))
    return visit.properties.get("start"), visit.properties.get("end")


@pytest.mark.parametrize(
    ("lines", "legs"),
    [
        (
            [
                "陳市長於5月3日至8日率經發局及觀光局人員訪問日本仙台市、橫濱市及韓國仁川市。",
                "一行於5月3日抵達仙台市，翌日與仙台市簽署交流備忘錄；",
                "6日轉往橫濱市拜會橫濱市長；7日至8日訪問仁川市，並參訪仁川港。",
            ],
            # (the stay in 仙台市 ends the day the delegation went on: round 37b)
            {"仙台市": ("2005-05-03", "2005-05-06"), "橫濱市": ("2005-05-06", "2005-05-07")},
        ),
        (
            [
                "許副市長於2月10日至15日率秘書處人員訪問美國西雅圖市及舊金山市。",
                "一行於2月10日抵達西雅圖市，拜會西雅圖市長；13日至15日轉往舊金山市考察港埠建設。",
            ],
            {"西雅圖市": ("2005-02-10", "2005-02-13"), "舊金山市": ("2005-02-13", "2005-02-15")},
        ),
        (
            [
                "陳市長於6月1日至6日率團訪問日本福岡市、熊本市及大分市。",
                "一行於6月1日抵達福岡市，出席經貿座談會；",
                "3日轉往熊本市參訪；5日至6日訪問大分市，拜會大分市長。",
            ],
            {"熊本市": ("2005-06-03", "2005-06-05"), "大分市": ("2005-06-05", "2005-06-06")},
        ),
    ],
)
def test_a_leg_s_own_days_date_the_visit_to_its_city(
    lines: list[str], legs: dict[str, tuple[str, str | None]]
) -> None:
    ex = chapter(*lines, period="2005-01/2005-06")
    for city, days in legs.items():
        assert _trip(ex, city) == days, city


@pytest.mark.parametrize(
    ("line", "city"),
    [
        (
            "本府於5月8日至12日由秘書處王主任秘書率觀光局人員赴美國西雅圖市參加「2005西雅圖海洋節」，"
            "並拜會西雅圖市政府。",
            "西雅圖市",
        ),
        (
            "3月14日至18日　經發局局長率團赴德國慕尼黑市參加「2005慕尼黑國際物流展」，"
            "設置城市展位並拜會慕尼黑市政府，推介本市產業。",
            "慕尼黑市",
        ),
        ("本府於4月2日至5日組團赴日本仙台市考察防災體系，並拜訪仙台市役所。", "仙台市"),
    ],
)
def test_calling_on_a_city_s_government_on_a_trip_is_meeting_the_city(line: str, city: str) -> None:
    ex = chapter(line, period="2005-01/2005-06")
    assert rels(ex, RelType.MET_WITH, source=KAOHSIUNG, target=named(ex, city))


@pytest.mark.parametrize(
    ("line", "city", "leader", "not_a_name"),
    [
        (
            "本府於5月8日至12日由秘書處王主任秘書率民政局人員組團赴美國西雅圖市參加「2005西雅圖海洋節」。",
            "西雅圖市",
            "王主任秘書",
            "王秘書",
        ),
        (
            "3月2日至6日　教育局李主任秘書率團赴日本仙台市考察技職教育。",
            "仙台市",
            "李主任秘書",
            "李秘書",
        ),
        (
            "本府張主任秘書於4月10日至13日率觀光局人員訪問韓國仁川市。",
            "仁川市",
            "張主任秘書",
            "張秘書",
        ),
    ],
)
def test_a_surname_and_a_longer_title_name_no_one(
    line: str, city: str, leader: str, not_a_name: str
) -> None:
    ex = chapter(line, period="2005-01/2005-06")
    (trip,) = rels(ex, RelType.VISITED, source=KAOHSIUNG, target=named(ex, city))
    assert trip.properties.get("led_by") == leader
    assert not [e for e in ex.entities if e.name_zh == not_a_name]


@pytest.mark.parametrize(
    ("line", "body"),
    [
        (
            "7月12日　日本福岡縣日華親善議員懇談會訪問團一行8人來訪，由秘書處安排參訪愛河。",
            "福岡縣日華親善議員懇談會",
        ),
        ("11月9日　澳大利亞昆士蘭州布里斯本市議會都市更新考察團一行6人來訪。", "布里斯本市議會"),
        (
            "3月5日　美國華盛頓州西雅圖市商會經貿考察團一行12人來訪，由經發局簡報投資環境。",
            "西雅圖市商會",
        ),
    ],
)
def test_a_body_s_group_on_an_errand_is_the_body_coming(line: str, body: str) -> None:
    ex = chapter("三、來訪", line, period="2006-07/2006-12")
    assert rels(ex, RelType.VISITED, source=named(ex, body), target=KAOHSIUNG)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "7月28日　德國杜塞道夫市政府規劃局局長漢斯‧穆勒（Hans Muller）來訪，由都發局陪同參訪。",
            "漢斯‧穆勒",
        ),
        ("8月2日　日本仙台市都市計畫課課長田中一郎一行4人來訪。", "田中一郎"),
        ("9月15日　韓國仁川廣域市規劃處處長朴正浩率團來訪，由陳市長接見。", "朴正浩"),
    ],
)
def test_a_planning_body_s_name_tells_no_time_to_come(line: str, name: str) -> None:
    ex = chapter("三、來訪", line, period="2006-07/2006-12")
    assert rels(ex, RelType.VISITED, source=named(ex, name), target=KAOHSIUNG)


_FILLER = (
    "二、其他交流",
    "本府並與日本仙台市、福岡市、韓國仁川市、光州市、泰國清邁市、越南峴港市、"
    "菲律賓宿霧市及印尼泗水市持續往來。",
    "三、未來工作重點",
)


@pytest.mark.parametrize(
    ("first", "later", "place"),
    [
        (
            "本府於8月邀請美國奧克蘭市參加「2006國際港灣城市論壇」。",
            "（一）持續與奧克蘭市洽談締結姊妹市事宜。",
            "city:us:oakland",
        ),
        (
            "本府於8月邀請巴拿馬科隆市參加「2006國際港灣城市論壇」。",
            "（一）持續與科隆市洽談締結姊妹市事宜。",
            "city:pa:colon",
        ),
        (
            "本府於8月邀請哥斯大黎加聖荷西市參加「2006國際港灣城市論壇」。",
            "（一）持續與聖荷西市洽談締結姊妹市事宜。",
            "city:cr:san-jose",
        ),
    ],
)
def test_a_shared_name_written_bare_is_the_place_the_report_named(
    first: str, later: str, place: str
) -> None:
    ex = chapter(first, *_FILLER, later, period="2006-07/2006-12")
    (tie,) = rels(ex, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    assert tie.target.startswith(place)


def test_a_date_opening_a_line_keeps_the_day_of_a_country_named_right_after_it() -> None:
    """7月22日日本某協會…: the 日 of 日本 is the country's, not the date's."""
    ext = chapter("7月22日日本交流協會高雄事務所所長佐藤一郎拜會林市長。", period="2018-07/2018-12")
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "佐藤一郎"))
    assert [r.target for r in held] == [named(ext, "日本交流協會高雄事務所")]


@pytest.mark.parametrize(
    "line",
    [
        "7月22-23日韓國大邱廣域市議會議長金哲洙率團來訪。",
        "一〇七年七月二十二日韓國大邱廣域市議會議長金哲洙率團來訪。",
        "107.7.22韓國大邱廣域市議會議長金哲洙率團來訪。",
    ],
)
def test_a_date_opening_a_line_in_any_form_is_no_part_of_a_body(line: str) -> None:
    ext = chapter(line, period="2018-07/2018-12")
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "金哲洙"))
    assert [r.target for r in held] == [named(ext, "大邱廣域市議會")]
