"""Visits, people and meetings in further wordings of the genre (invented sentences)."""

from __future__ import annotations

import pytest

from graph.model import RelType
from loaders.reading import normalize
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


@pytest.mark.parametrize(
    ("line", "place", "person"),
    [
        (
            "1.日本山形縣鶴岡市市長佐藤一郎率市議會議員一行12人，於107年4月3日來訪。",
            "鶴岡市",
            "佐藤一郎",
        ),
        (
            "1.107年5月8日至10日，日本石川縣金澤市副市長山口健二率團訪問本市。",
            "金澤市",
            "山口健二",
        ),
        (
            "1.韓國全羅南道麗水市市長朴成浩率經濟界代表一行9人於107年6月2日訪高。",
            "麗水市",
            "朴成浩",
        ),
    ],
)
def test_a_visitor_leading_by_place_title_and_name_is_led_by_by_name(
    line: str, place: str, person: str
) -> None:
    ext = chapter(line)
    for visitor in (place, person):
        found = rels(ext, RelType.VISITED, source=named(ext, visitor), target=KAOHSIUNG)
        assert found and found[0].properties.get("led_by") == person, visitor


@pytest.mark.parametrize(
    ("line", "school", "city"),
    [
        (
            "1.107年10月7日至11日，本市三民高中校長率師生20人赴姊妹市日本福岡市交流。",
            "三民高中",
            "福岡市",
        ),
        ("1.107年3月5日至9日，本市前鎮國中主任率學生15人赴韓國仁川市參訪。", "前鎮國中", "仁川市"),
        (
            "1.107年5月2日至6日，本市左營國小校長親自率領師生25人前往日本京都市交流。",
            "左營國小",
            "京都市",
        ),
    ],
)
def test_a_home_school_whose_head_leads_its_people_abroad_is_the_visitor(
    line: str, school: str, city: str
) -> None:
    ext = chapter(line)
    assert rels(ext, RelType.VISITED, source=named(ext, school), target=named(ext, city))
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG)


@pytest.mark.parametrize(
    ("line", "school"),
    [
        (
            "1.107年10月14日至17日，姊妹市之京都府立桂高等學校由校長率領師生31人來訪。",
            "京都府立桂高等學校",
        ),
        (
            "1.107年11月4日至7日，日本大阪府立北野高等學校由校長率領師生20人來訪。",
            "大阪府立北野高等學校",
        ),
        (
            "1.107年12月4日至7日，日本熊本市立必由館高等學校由教務主任帶領學生18人來訪。",
            "熊本市立必由館高等學校",
        ),
    ],
)
def test_a_school_led_here_by_its_head_is_the_visitor_not_its_city(line: str, school: str) -> None:
    ext = chapter(line)
    found = rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert [r.source for r in found] == [named(ext, school)]


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("1.日本愛知縣岡崎市議會日華友好議員聯盟於107年9月來訪。", "岡崎市議會日華友好議員聯盟"),
        ("1.韓國釜山市議會韓日友好議員聯盟於107年3月來訪。", "釜山市議會韓日友好議員聯盟"),
        (
            "1.日本福岡縣北九州市議會日台友好議員連盟於107年5月2日來訪。",
            "北九州市議會日台友好議員連盟",
        ),
    ],
)
def test_a_body_whose_name_holds_a_title_is_no_person(line: str, body: str) -> None:
    ext = chapter(line)
    assert not [e for e in ext.entities if e.label.value == "Person"]
    assert rels(ext, RelType.VISITED, source=named(ext, body), target=KAOHSIUNG)


@pytest.mark.parametrize(
    ("line", "group", "place"),
    [
        (
            "1.107年3月25日至28日，仁川市青少年交流團中學生18名及帶隊教師2名來訪，寄宿本市家庭。",
            "仁川市青少年交流團",
            "仁川市",
        ),
        ("1.107年4月2日至5日，日本福岡市學生交流團一行20人來訪。", "福岡市學生交流團", "福岡市"),
        ("1.日本京都市青年參訪團一行12人於107年5月8日來訪。", "京都市青年參訪團", "京都市"),
    ],
)
def test_a_group_of_a_places_people_is_the_visitor_with_no_leader(
    line: str, group: str, place: str
) -> None:
    ext = chapter(line)
    found = rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert [r.source for r in found] == [named(ext, group)]
    assert "led_by" not in found[0].properties
    assert not rels(ext, RelType.VISITED, source=named(ext, place))


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("1.107年6月3日，日本宮崎縣觀光交流團來訪，洽談包機事宜。", "宮崎縣"),
        ("1.107年7月9日，韓國仁川市經貿訪問團一行15人來訪。", "仁川市"),
        ("1.日本福岡市市政考察團於107年8月1日來訪。", "福岡市"),
    ],
)
def test_a_delegation_named_by_its_errand_is_its_places_coming(line: str, place: str) -> None:
    ext = chapter(line)
    found = rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert [r.source for r in found] == [named(ext, place)]


@pytest.mark.parametrize(
    ("line", "country"),
    [
        ("1.107年6月23日至25日，本府都發局派員赴新加坡出席「2018亞洲城市論壇」。", "新加坡"),
        ("1.107年3月2日至5日，本府觀光局派員前往馬來西亞參加旅展。", "馬來西亞"),
        ("1.107年9月4日至8日，本府教育局組團赴越南交流。", "越南"),
    ],
)
def test_a_country_gone_to_for_a_meeting_or_exchange_is_visited(line: str, country: str) -> None:
    ext = chapter(line)
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, country))


@pytest.mark.parametrize(
    ("heading", "text", "visitor"),
    [
        (
            "（一）福岡市青少年訪問團來訪",
            "福岡市國際交流協會於107年3月28日至31日組成青少年訪問團一行20人來訪，入住寄宿家庭。",
            "國際交流協會",
        ),
        (
            "（一）仁川市學生訪問團來訪",
            "仁川市派遣學生訪問團一行15人於107年4月2日至5日來訪。",
            "仁川市",
        ),
        (
            "（一）西雅圖姊妹市青少年訪問團來訪",
            "西雅圖高雄姊妹市協會於107年6月22日至28日組成青少年訪問團師生16人來訪。",
            "西雅圖高雄姊妹市協會",
        ),
    ],
)
def test_a_delegations_coming_in_a_heading_is_the_one_its_text_tells(
    heading: str, text: str, visitor: str
) -> None:
    ext = chapter(heading, text)
    found = rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert [r.source for r in found] == [named(ext, visitor)]
    assert heading.endswith(found[0].evidence[0].text)


@pytest.mark.parametrize(
    ("line", "person", "body"),
    [
        ("1.泰國台北協會會長沙旺（Sawang）於107年3月10日來訪。", "沙旺", "泰國台北協會"),
        ("1.德國台北商會會長施密特（Schmidt）於107年4月2日來訪。", "施密特", "德國台北商會"),
        ("1.越南高雄同鄉會會長阮文明於107年5月8日來訪。", "阮文明", "越南高雄同鄉會"),
    ],
)
def test_a_body_named_by_a_foreign_country_and_a_home_place_keeps_both(
    line: str, person: str, body: str
) -> None:
    ext = chapter(line)
    titles = rels(ext, RelType.HOLDS_TITLE, source=named(ext, person))
    bodies = {e.id: e for e in ext.entities}
    assert [bodies[r.target].name_zh for r in titles] == [body]
    # not called by the home place alone (台北協會), as if the country were not its name
    assert not bodies[titles[0].target].aliases
    assert normalize(body) in titles[0].target


@pytest.mark.parametrize(
    ("line", "first", "second"),
    [
        (
            "1.泰國台北協會會長沙旺（Sawang）、捷克經濟文化辦事處代表諾瓦克（Novak）"
            "分別於3月及5月南下拜會本府，洽談合作事宜。",
            ("沙旺", "2018-03"),
            ("諾瓦克", "2018-05"),
        ),
        (
            "1.日本福岡市副市長山田太郎、韓國仁川市副市長金正民分別於3月5日及4月8日來訪。",
            ("山田太郎", "2018-03-05"),
            ("金正民", "2018-04-08"),
        ),
        (
            "1.美國西雅圖市議員麥可‧史東及加拿大溫哥華市議員約翰‧布朗，分別於2月及6月訪問本府。",
            ("麥可‧史東", "2018-02"),
            ("約翰‧布朗", "2018-06"),
        ),
    ],
)
def test_visitors_named_in_turn_came_each_on_their_date(
    line: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    ext = chapter(line)
    for person, start in (first, second):
        found = rels(ext, RelType.VISITED, source=named(ext, person), target=KAOHSIUNG)
        assert [r.properties.get("start") for r in found] == [start], person


@pytest.mark.parametrize(
    ("line", "person", "place"),
    [
        ("1.107年11月5日，本府與來訪之群馬縣知事山本一郎完成協議續簽。", "山本一郎", "群馬縣"),
        ("1.107年3月2日，靜岡縣副知事鈴木健完成備忘錄簽署後參訪本市港區。", "鈴木健", "靜岡縣"),
        ("1.107年6月8日，仁川市市長朴成浩完成訪問行程後返國。", "朴成浩", "仁川市"),
    ],
)
def test_a_name_ends_before_the_verb_完成(line: str, person: str, place: str) -> None:
    ext = chapter(line)
    found = rels(ext, RelType.HOLDS_TITLE, source=named(ext, person), target=named(ext, place))
    assert found


@pytest.mark.parametrize(
    ("line", "city", "day"),
    [
        (
            "1.107年9月17日，本府經發局與姊妹市美國俄亥俄州哥倫布市以視訊方式召開線上工作會議，"
            "雙方就智慧交通交換意見。",
            "哥倫布市",
            "2018-09-17",
        ),
        (
            "1.107年4月2日，本府海洋局與仁川市海洋港灣局以視訊方式召開港灣合作線上會議。",
            "仁川市",
            "2018-04-02",
        ),
        (
            "1.107年5月3日，本府觀光局與日本福岡市政府以線上方式舉行交流會議。",
            "福岡市",
            "2018-05-03",
        ),
    ],
)
def test_a_meeting_with_a_city_or_its_bureau_no_one_named_is_with_the_city(
    line: str, city: str, day: str
) -> None:
    ext = chapter(line)
    found = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, city))
    assert found and found[0].properties.get("date") == day


@pytest.mark.parametrize(
    ("line", "ours", "theirs"),
    [
        (
            "1.107年5月14日雙方以視訊方式召開線上會議，由陳菊市長與熊本縣知事山田太郎"
            "共同完成備忘錄續簽。",
            "陳菊",
            "山田太郎",
        ),
        (
            "1.107年3月9日，本府與靜岡縣以視訊方式舉行交流會議，由陳菊市長與靜岡縣副知事"
            "鈴木健分別致詞。",
            "陳菊",
            "鈴木健",
        ),
        (
            "1.107年6月1日兩市以線上方式召開工作會議，由陳菊市長及仁川市市長朴成浩共同主持。",
            "陳菊",
            "朴成浩",
        ),
    ],
)
def test_the_home_mayor_named_after_a_remote_meeting_is_who_met(
    line: str, ours: str, theirs: str
) -> None:
    ext = chapter(line)
    assert rels(ext, RelType.MET_WITH, source=named(ext, ours), target=named(ext, theirs))
    assert not rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, theirs))


@pytest.mark.parametrize(
    ("lines", "city", "day"),
    [
        (
            (
                "（一）出席波蘭格丁尼亞姊妹市論壇",
                "107年6月8日至14日，由本府林副市長率海洋局組團赴波蘭格丁尼亞市，出席海洋城市論壇。",
                "（二）拜會捷克布爾諾市",
                "訪團於6月12日轉赴捷克布爾諾市，拜會該市市長。",
            ),
            "布爾諾市",
            "2018-06-12",
        ),
        (
            (
                "（一）參加福岡市亞洲城市會議",
                "107年3月2日至8日，本府王副市長率經發局組團前往日本福岡市出席亞洲城市會議。",
                "（二）拜訪熊本市",
                "3月6日，訪問團轉往日本熊本市，參訪半導體園區。",
            ),
            "熊本市",
            "2018-03-06",
        ),
        (
            (
                "（一）出訪美國西雅圖市",
                "107年9月3日至10日，由本府李副市長率觀光局組團赴美國西雅圖市推廣觀光。",
                "（二）順訪波特蘭市",
                "該團於9月7日抵達美國波特蘭市，拜會波特蘭市議會。",
            ),
            "波特蘭市",
            "2018-09-07",
        ),
    ],
)
def test_the_delegation_going_on_in_the_next_item_is_a_leg_of_the_trip(
    lines: tuple[str, ...], city: str, day: str
) -> None:
    ext = chapter(*lines)
    found = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, city))
    assert [r.properties.get("start") for r in found] == [day]


@pytest.mark.parametrize(
    ("overview", "item", "country", "city"),
    [
        (
            "本府107年1月至6月持續推動城市外交，並組團出訪日本、波蘭及捷克等國。",
            "107年4月20日至23日，由本府羅副市長率觀光局組團訪問日本沖繩縣那霸市。",
            "日本",
            "那霸市",
        ),
        (
            "107年1月至6月，本府計接待外賓50案，並組團赴韓國、越南等國訪問。",
            "107年5月2日至5日，本府王副市長率經發局組團赴韓國仁川市考察港灣建設。",
            "韓國",
            "仁川市",
        ),
        (
            "本期（107年1月至6月）本府持續推動城市外交，計組團出訪美國、加拿大等國。",
            "107年3月8日至12日，由本府李副市長率團訪問美國西雅圖市。",
            "美國",
            "西雅圖市",
        ),
    ],
)
def test_an_overview_of_the_periods_trips_abroad_is_no_trip_of_its_own(
    overview: str, item: str, country: str, city: str
) -> None:
    ext = chapter(overview, "（一）出訪", item)
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, city))
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, country))


@pytest.mark.parametrize(
    ("line", "person"),
    [
        (
            "1.107年5月3日至9日，本府於市立文化中心主辦「2018高雄日本文化週」，"
            "日本交流協會高雄事務所所長山田太郎出席開幕典禮並致詞。",
            "山田太郎",
        ),
        (
            "1.107年6月2日，本府主辦「2018高雄國際龍舟賽」，美國在台協會高雄分處處長"
            "史密斯（John Smith）出席觀賞。",
            "史密斯",
        ),
        (
            "1.本府於107年4月8日舉辦「2018高雄菲律賓文化節」，馬尼拉經濟文化辦事處高雄分處"
            "主任德拉克魯茲（Jose Cruz）應邀出席。",
            "德拉克魯茲",
        ),
    ],
)
def test_the_head_of_a_foreign_office_in_the_city_attends_its_event_without_coming(
    line: str, person: str
) -> None:
    ext = chapter(line)
    assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, person))
    assert not rels(ext, RelType.VISITED, source=named(ext, person))


@pytest.mark.parametrize(
    "lines",
    [
        (
            "1.107年8月11日至15日，由本府羅副市長率觀光局組團赴友好城市日本德島市參加阿波舞祭。"
            "演出期間，德島縣知事山田太郎亦到場觀賞，並與羅副市長會晤。",
        ),
        (
            "1.107年3月5日至9日，本府王副市長率經發局組團赴韓國仁川市考察港灣建設。"
            "3月6日，仁川市市長朴成浩於市政廳與王副市長會談。",
        ),
        (
            "（一）出訪日本福岡市",
            "107年6月2日至6日，由本府李副秘書長率團前往日本福岡市推廣觀光。",
            "訪問期間，福岡縣副知事鈴木健專程拜會李副秘書長。",
        ),
    ],
)
def test_a_meeting_during_the_citys_trip_abroad_is_no_coming_of_the_one_met(
    lines: tuple[str, ...],
) -> None:
    ext = chapter(*lines)
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG)
    assert met
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)


@pytest.mark.parametrize(
    ("lines", "guest"),
    [
        (
            (
                "本府經發局於5月1日至5日組團赴熊本市考察。",
                "陳市長於5月3日於市府接見八王子市市長石森孝志。",
            ),
            "石森孝志",
        ),
        (
            (
                "本府觀光局於3月2日至6日組團赴仁川市考察。",
                "陳市長於3月4日於市府接見大邱市市長權英珍。",
            ),
            "權英珍",
        ),
        (
            (
                "本府海洋局於4月10日至14日組團赴釜山市考察港灣建設。",
                "八王子市市長石森孝志於4月12日拜會陳市長。",
            ),
            "石森孝志",
        ),
        (
            (
                "王副市長於6月1日至5日率團赴大邱市訪問。",
                "福岡市市長高島宗一郎於6月3日與陳市長會晤。",
            ),
            "高島宗一郎",
        ),
    ],
)
def test_a_guest_met_at_home_while_a_bureau_is_abroad_still_came(
    lines: tuple[str, ...], guest: str
) -> None:
    """本府某局組團赴甲市…, then 陳市長於市府接見乙市市長王大明 (or 王大明拜會陳市長)
    on one of its days: not met on the trip (not its leader, not of the place visited),
    so the guest came to the city."""
    ext = chapter(*lines)
    assert rels(ext, RelType.VISITED, source=named(ext, guest), target=KAOHSIUNG)


@pytest.mark.parametrize(
    ("lines", "country"),
    [
        (("本府教育局於1月至6月派員赴日本交流。", "陳市長於3月5日率團赴東京訪問。"), "country:jp"),
        (
            ("本府觀光局於1月至6月派員赴韓國考察。", "許副市長於4月2日率團赴釜山市訪問。"),
            "country:kr",
        ),
        (
            ("本府經發局於1月至6月派員赴日本研習。", "陳市長於5月8日率團赴熊本市訪問。"),
            "country:jp",
        ),
    ],
)
def test_a_trip_to_one_country_over_the_whole_period_is_no_summary(
    lines: tuple[str, ...], country: str
) -> None:
    """本府某局於1月至6月派員赴甲國交流, then a trip to a city of it: the first is a trip of
    its own (one country, no 等國, in an item), not an overview of the period's trips."""
    ext = chapter(*lines)
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=country)


@pytest.mark.parametrize(
    "sentence",
    [
        "本局於5月14日接待荷蘭鹿特丹市港務局副局長彼得‧范登堡一行四人，介紹本市港埠建設。",
        "本府於5月14日接待荷蘭鹿特丹市港務局副局長彼得‧范登堡一行，雙方就港埠物流交換意見。",
    ],
)
def test_guests_the_city_received_visited_it(sentence: str) -> None:
    ext = chapter(sentence)
    person = named(ext, "彼得‧范登堡")
    assert rels(ext, RelType.VISITED, source=person, target=KAOHSIUNG, start="2018-05-14")


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "美國西雅圖市副市長約翰‧史密斯一行6人於5月8日至10日來訪，林市長於9日上午在市府親自接見。",
            "2018-05-09",
        ),
        (
            "日本福岡市議長田中一郎一行4人於5月8日來訪，林市長於同日接見，雙方交換意見。",
            "2018-05-08",
        ),
    ],
)
def test_the_mayor_receiving_the_guest_at_a_time_and_place_met_him(sentence: str, day: str) -> None:
    # 某市長於…在市府親自接見: the time and the place stand between the mayor and the verb
    ext = chapter(sentence)
    guest = next(e.id for e in ext.entities if e.name_zh in ("約翰‧史密斯", "田中一郎"))
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=guest, date=day)


def test_a_school_head_who_also_leads_his_students_here_brings_the_school() -> None:
    ext = chapter("(三)日本福岡市博多高等學校校長並率師生18人來訪，與本市學生進行交流。")
    assert rels(ext, RelType.VISITED, source=named(ext, "博多高等學校"), target=KAOHSIUNG)
