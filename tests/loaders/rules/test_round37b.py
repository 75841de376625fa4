"""Round 37b: forms of text read on the 077-h2 chapter (abstracts of trip reports with
their fields, and a table of guests whose columns are aligned by full-width spaces),
each tested on invented sentences of the same form."""

from __future__ import annotations

from graph.model import RelType
from loaders.reading import RawReport
from loaders.structure import parse_report
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels

#: A table of guests aligned by full-width spaces only, with a 接見 column.
_GUEST_TABLE = (
    "日期　　　　來訪者　　　　　　　　職稱　　　　　　　　　　事由　　　　　　　　接見",
    "107.03.05　　山田太郎　　　　　　日本仙台市議會議長　　　率議員訪問團親善訪問　　陳市長",
    "107.04.11　　約翰‧史密斯（John Smith）　　美國塔科馬市副市長　　考察港埠建設　　　王副市長",
    "107.05.20　　佐藤花子　　　　　　日本大分縣國際課課長　　年度拜會　　　　　　－",
)


# 1. a table of guests whose visitor column is headed 來訪者, its columns parted by
# runs of full-width spaces: each row's guest holds the title and came on the row's day
def test_a_guest_table_headed_by_its_visitor_column_is_read() -> None:
    ext = chapter(*_GUEST_TABLE)
    for name, day in (("山田太郎", "2018-03-05"), ("約翰‧史密斯", "2018-04-11")):
        came = rels(ext, RelType.VISITED, source=named(ext, name), target=KAOHSIUNG)
        assert [v.properties.get("start") for v in came] == [day]
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "約翰‧史密斯"))
    assert [(h.target, h.properties.get("title_zh")) for h in held] == [
        (named(ext, "塔科馬市"), "副市長")
    ]


# 2. a guest table's 接見 column naming the home official who received the guest (陳市長,
# 王副市長): the guest met the city that day; a dash (－) names no one, so no meeting
def test_a_guest_tables_receiver_column_tells_the_meeting() -> None:
    ext = chapter(*_GUEST_TABLE)
    for name, day in (("山田太郎", "2018-03-05"), ("約翰‧史密斯", "2018-04-11")):
        met = rels(ext, RelType.MET_WITH, target=named(ext, name))
        assert [(m.source, m.properties.get("date")) for m in met] == [(KAOHSIUNG, day)]
    assert not rels(ext, RelType.MET_WITH, target=named(ext, "佐藤花子"))


# 3. a guest table's purpose cell opening with the group the guest led (率議員訪問團親善
# 訪問): he led his body's delegation, so the body came too
def test_a_guest_tables_purpose_leading_a_group_brings_the_body() -> None:
    ext = chapter(*_GUEST_TABLE)
    came = rels(ext, RelType.VISITED, source=named(ext, "仙台市議會"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["2018-03-05"]


# 4. a guest received by the head of one of the city's bureaus named by surname and title
# (由建設局黃局長接見): the guest met the city
def test_a_guest_received_by_a_bureau_head_by_surname_met_the_city() -> None:
    ext = chapter(
        "107年10月4日，美國塔科馬港務局局長喬治‧米勒（George Miller）來訪，由工務局林局長接見。",
    )
    met = rels(ext, RelType.MET_WITH, target=named(ext, "喬治‧米勒"))
    assert [(m.source, m.properties.get("date")) for m in met] == [(KAOHSIUNG, "2018-10-04")]


# 5. an abstract of a trip report, its fields labelled 報告名稱, 出國人員（姓名、服務單位、
# 職稱）, 出國期間 and 前往國家及城市: a trip card, the city's trip there on the period's
# days, told by the period's line too
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


# 6. a roster's members written in its columns, name, unit and title, parted by full-width
# spaces, ／ or ， (one a line, or parted by ；), or the unit and title in brackets: each
# holds the title at the unit as written and went to each place of the trip
def test_a_rosters_members_in_columns_hold_their_titles_and_went() -> None:
    ext = chapter(
        "（一）",
        "報告名稱：出席日本大阪市「國際環境論壇」報告",
        "出國人員（姓名、服務單位、職稱）：",
        "　陳志明　高雄市政府環境保護局　副局長",
        "　林淑芬／高雄市政府環境保護局第三科／技正",
        "出國期間：107年5月2日至5月6日",
        "前往國家及城市：日本國大阪府大阪市、京都府京都市",
        "（二）",
        "報告名稱：市長率團訪問美國鳳凰城報告",
        "出國人員（姓名、服務單位、職稱）："
        "張大千（高雄市政府　市長）、黃美玉（高雄市政府新聞處　處長）",
        "出國期間：107年6月2日至6月6日",
        "前往國家及城市：美國亞利桑那州鳳凰城",
    )
    for name, unit, title, cities, day in (
        ("陳志明", "高雄市政府環境保護局", "副局長", ("大阪市", "京都市"), "2018-05-02"),
        ("林淑芬", "高雄市政府環境保護局第三科", "技正", ("大阪市", "京都市"), "2018-05-02"),
        ("黃美玉", "高雄市政府新聞處", "處長", ("鳳凰城",), "2018-06-02"),
    ):
        person = named(ext, name)
        held = rels(ext, RelType.HOLDS_TITLE, source=person, target=named(ext, unit))
        assert [h.properties.get("title_zh") for h in held] == [title]
        for city in cities:
            went = rels(ext, RelType.VISITED, source=person, target=named(ext, city))
            assert [w.properties.get("start") for w in went] == [day]


# 7. a roster of one member alone (蔡某某，某局，專門委員): he went, as the city's trip
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


# 8. the city's trip told as its leader taking a list of its people (本府由甲率乙、丙、丁
# 等赴某市): its own delegation, no list of visitors; each holds the title of his unit
def test_the_citys_leader_taking_a_list_of_its_people_is_no_list_of_visitors() -> None:
    ext = chapter(
        "107年9月3日至9日，本府由高雄市政府副市長林大同率高雄市政府秘書處處長王美玲、"
        "高雄市立中正高級中學校長陳志豪、高雄市政府秘書處第二科科長張怡君等赴美國丹佛市訪問。",
    )
    for name, unit in (
        ("王美玲", "高雄市政府秘書處"),
        ("陳志豪", "高雄市立中正高級中學"),
        ("張怡君", "高雄市政府秘書處第二科"),
    ):
        held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, name))
        assert [h.target for h in held] == [named(ext, unit)]
        went = rels(ext, RelType.VISITED, source=named(ext, name), target=named(ext, "丹佛市"))
        assert [w.properties.get("start") for w in went] == ["2018-09-03"]


# 9. a list restarted inside a deeper section while its numbering is open above (一、出國
# 報告提要 (一)某報告 內容摘要： 一、… 二、…): the points of that section, nested in it; the
# outer list goes on after the section closes (二、本期接待外賓)
def test_a_list_restarted_inside_a_deeper_section_is_nested_in_it() -> None:
    text = "\n".join(
        [
            "壹、國際事務",
            "一、出國報告提要",
            "（一）",
            "報告名稱：赴美國丹佛市考察報告",
            "內容摘要：",
            "　一、本團於五月二日抵達丹佛市。",
            "　二、五月四日轉往鳳凰城。",
            "（二）",
            "報告名稱：赴日本大分市考察報告",
            "二、本期接待外賓",
        ]
    )
    parsed = parse_report(RawReport(path="t.txt", text=text, encoding="utf-8", sha256=""))
    by_title = {s.title.rstrip("。"): s for s in parsed.sections}
    card = parsed.sections.index(by_title["赴美國丹佛市考察報告"])
    for point in ("本團於五月二日抵達丹佛市", "五月四日轉往鳳凰城"):
        assert by_title[point].parent == card
    assert by_title["本期接待外賓"].parent is None


#: A trip card whose summary tells its stops in numbered points, days written alone.
_CARD_WITH_LEGS = (
    "（一）",
    "報告名稱：市長率團訪問美國丹佛市及鳳凰城報告",
    "出國人員（姓名、服務單位、職稱）："
    "張大千（高雄市政府　市長）、黃美玉（高雄市政府新聞處　處長）",
    "出國期間：107年5月1日至5月10日",
    "前往國家及城市：美國科羅拉多州丹佛市、亞利桑那州鳳凰城",
    "內容摘要：",
    "　一、本團由張大千市長率領，於五月二日抵達丹佛市。三日參觀丹佛國際機場。",
    "　二、四日上午拜會丹佛市市長。",
    "　三、五日轉往鳳凰城，六日參觀鳳凰城港務局。八日離鳳凰城，十日返抵國門。",
)


# 10. a trip card's points telling its stops (本團於五月二日抵達甲市 … 五日轉往乙市 … 八日離
# 乙市): each stop is of its own days, from arriving to going on or leaving, for the city
# and for each member of its roster
def test_a_trip_cards_points_date_each_stop_for_the_city_and_its_members() -> None:
    ext = chapter(*_CARD_WITH_LEGS)
    for city, days in (
        ("丹佛市", ("2018-05-02", "2018-05-05")),
        ("鳳凰城", ("2018-05-05", "2018-05-08")),
    ):
        for party in (KAOHSIUNG, named(ext, "張大千"), named(ext, "黃美玉")):
            went = rels(ext, RelType.VISITED, source=party, target=named(ext, city))
            assert [(w.properties.get("start"), w.properties.get("end")) for w in went] == [days]


# 11. a day written alone opening a trip card's point (二、四日上午拜會某市市長): of the
# month the card's date field opens with
def test_a_day_alone_in_a_trip_cards_point_is_of_the_cards_month() -> None:
    ext = chapter(*_CARD_WITH_LEGS)
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "丹佛市"))
    assert [m.properties.get("date") for m in met] == ["2018-05-04"]


# 12. an official of a unit of the city's government named in full (高雄市政府某局第三科
# 科長), calling on someone abroad: he met him, as the city's own official
def test_an_official_of_a_government_unit_named_in_full_is_the_citys_own() -> None:
    ext = chapter(
        "107年4月10日，本府由高雄市政府經濟發展局第三科科長周建國等赴韓國仁川廣域市考察。",
        "周建國科長並於4月11日拜會仁川廣域市港灣局局長金永洙。",
    )
    met = rels(ext, RelType.MET_WITH, target=named(ext, "金永洙"))
    assert [(m.source, m.properties.get("date")) for m in met] == [
        (named(ext, "周建國"), "2018-04-11")
    ]


# 13. a city's head written with its government as his unit (張大千（高雄市政府　市長）,
# 吉達市政府市長某某): the mayor of the city, not an office of its government
def test_a_mayor_of_a_citys_government_is_the_citys_mayor() -> None:
    ext = chapter(
        "（一）",
        "報告名稱：市長率團訪問美國鳳凰城報告",
        "出國人員（姓名、服務單位、職稱）："
        "張大千（高雄市政府　市長）、黃美玉（高雄市政府新聞處　處長）",
        "出國期間：107年6月2日至6月6日",
        "前往國家及城市：美國亞利桑那州鳳凰城",
        "內容摘要：本團於6月3日拜會鳳凰城市政府副市長約翰‧戴維斯（John Davis）。",
    )
    mayor = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "張大千"))
    assert [(m.target, m.properties.get("title_zh")) for m in mayor] == [(KAOHSIUNG, "市長")]
    deputy = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "約翰‧戴維斯"))
    assert [d.target for d in deputy] == [named(ext, "鳳凰城")]


# 14. a tie signed, then another visit joined on (訪問甲市簽署姊妹市協定暨訪問乙市): the
# city after it is the other visit's, no partner of the tie
def test_a_visit_joined_on_after_a_tie_names_no_partner() -> None:
    ext = chapter(
        "107年5月，陳市長率團訪問美國丹佛市簽署姊妹市協定暨訪問鳳凰城。",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF)
    assert [named(ext, "丹佛市") in (t.source, t.target) for t in ties] == [True]


# 15. a body abroad gone to, then the call on it (赴某港務局（Port of …）參訪) on a trip:
# the city visited that body, that day
def test_a_body_gone_to_then_toured_on_a_trip_is_visited() -> None:
    ext = chapter(
        *_CARD_WITH_LEGS[:-1], "　三、五日轉往鳳凰城，六日赴鳳凰城港務局（Port of Phoenix）參訪。"
    )
    went = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "鳳凰城港務局"))
    assert [w.properties.get("start") for w in went] == ["2018-05-06"]
