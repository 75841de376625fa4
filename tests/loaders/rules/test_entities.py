"""Recognising entities: people, bodies and places, in wordings not taken from the samples."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels

_TIES = (RelType.SISTER_CITY_OF, RelType.FRIENDSHIP_CITY_OF, RelType.SIGNED_MOU, RelType.VISITED)


@pytest.mark.parametrize(
    "line",
    [
        # name before the title, the partner city right before the name
        "1.110年5月4日，陳市長與日本石垣市福岡一郎市長以視訊方式簽署「友好城市協定」。",
        # title before the name, the act after it
        "1.日本沖繩縣石垣市市長大阪正男於110年5月3日率團來訪，並與本府簽署「觀光交流合作備忘錄」。",
        # the person named first, then again by name and title in the clause of the act
        "1.本期來訪外賓：日本沖繩縣石垣市市長中山正男。\n"
        "2.110年5月4日，本府與石垣市簽署「觀光交流合作備忘錄」，中山正男市長親自出席。",
    ],
)
def test_a_place_inside_a_persons_name_is_no_party(line: str) -> None:
    ext = chapter(*line.split("\n"))
    parties = {r.target for t in _TIES for r in rels(ext, t)} | {
        r.source for t in _TIES for r in rels(ext, t)
    }
    assert "city:jp:ishigaki" in parties
    assert not parties & {
        "city:jp:fukuoka",
        "city:jp:osaka",
        "city:cn:zhongshan-guangdong-province",
    }


@pytest.mark.parametrize(
    "lines",
    [
        (
            "1.本期來訪外賓：日本沖繩縣石垣市市長王大明。",
            "2.5月4日，王大明市長與本府簽署「觀光交流合作備忘錄」。",
        ),
        (
            "1.本期來訪外賓：帛琉共和國科羅州州長王大明。",
            "2.帛琉共和國與本市互動密切，王大明州長於5月2日率團來訪。",
        ),
        ("1.本期來訪外賓：日本石垣市市長王大明。", "2.日本八王子市代表與王大明市長於5月2日會面。"),
    ],
)
def test_a_person_named_again_with_the_same_title_keeps_the_body(lines: tuple[str, ...]) -> None:
    """王大明市長, after 某市市長王大明: the title read first, no second affiliation."""
    ext = chapter(*lines)
    titles = rels(ext, RelType.HOLDS_TITLE)
    assert len(titles) == 1 and titles[0].source == "person:王大明"


@pytest.mark.parametrize(
    "lines",
    [
        (
            "1.本期來訪外賓：菲律賓明湖灣開發管理局主席王大明。",
            "2.5月4日，本府與來訪之菲律賓明湖灣開發管理局簽署「港灣交流合作備忘錄」，由該局王大明主席率團出席。",
        ),
        (
            "1.5月4日，本府與菲律賓明湖灣開發管理局簽署「港灣交流合作備忘錄」，由該局主席王大明出席。",
            "2.本期來訪外賓：菲律賓明湖灣開發管理局主席王大明。",
        ),
        (
            "1.本期來訪外賓：菲律賓明湖灣開發管理局主席王大明。",
            "2.菲律賓明湖灣開發管理局代表團來訪，並由該局主席王大明與本府簽署「港灣交流合作備忘錄」。",
        ),
    ],
)
def test_a_body_named_with_and_without_its_country_is_one(lines: tuple[str, ...]) -> None:
    """某國某某管理局 and, after it, 該局: one body, whether the country is written or not."""
    ext = chapter(*lines)
    bodies = {e.id for e in ext.entities if e.name_zh.endswith("明湖灣開發管理局")}
    assert len(bodies) == 1
    assert {r.target for r in rels(ext, RelType.HOLDS_TITLE)} == bodies


@pytest.mark.parametrize(
    "line",
    [
        "1.本府邀請韓國釜山廣域市代表與會；北歐經濟貿易辦事處處長王大明亦應邀致詞。",
        "1.會中韓國釜山廣域市代表致詞，北歐經濟貿易辦事處處長王大明亦出席。",
        "1.日本八王子市市長李小華率團來訪，北歐經濟貿易辦事處代表王大明同行。",
    ],
)
def test_an_office_named_by_what_it_represents_is_not_the_city_before(line: str) -> None:
    ext = chapter(line)
    found = rels(ext, RelType.HOLDS_TITLE, source="person:王大明")
    assert found and all("busan" not in r.target and "hachioji" not in r.target for r in found)


@pytest.mark.parametrize(
    "line",
    [
        "1.福岡縣立明星高等學校師生一行20人於5月3日來訪，並於5月4日與本市青山高中簽署姊妹校協定。",
        "1.5月4日，福岡縣立明星高等學校與本市青山高中簽署姊妹校協定。",
        "1.5月4日，本市青山高中與福岡縣立明星高等學校簽署姊妹校協定。",
        "1.福岡縣立明星高等學校校長率師生來訪，於5月4日與本市青山高中締結為姊妹校。",
    ],
)
def test_the_school_written_after_home_is_ours_wherever_it_stands(line: str) -> None:
    ext = chapter(line)
    ours, theirs = named(ext, "青山高中"), named(ext, "福岡縣立明星高等學校")
    assert rels(ext, RelType.SISTER_SCHOOL_OF, source=ours, target=theirs)
    assert ours.startswith("org:tw:kaohsiung:") and "kaohsiung" not in theirs


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (
            ("1.5月4日，陳市長與立陶宛考納斯市市長維塔利奧斯卡斯（Vytas Vitaliauskas）會談。",),
            "維塔利奧斯卡斯",
        ),
        (
            ("1.本期來訪外賓：美國西雅圖市市議員布朗斯坦伯格（Tom Braunsteinberg）。",),
            "布朗斯坦伯格",
        ),
        (
            ("1.波蘭格但斯克市副市長亞歷山德羅維奇（Piotr Aleksandrowicz）於5月2日率團來訪。",),
            "亞歷山德羅維奇",
        ),
    ],
)
def test_a_long_transliterated_name_glossed_in_latin(lines: tuple[str, ...], name: str) -> None:
    """A transliteration of five or more ideographs, with no dot, is one name when its
    romanization follows it."""
    ext = chapter(*lines)
    assert rels(ext, RelType.HOLDS_TITLE, source=f"person:{name}")


def test_a_gloss_after_a_title_and_name_is_not_of_the_body_before() -> None:
    ext = chapter("1.本期來訪外賓：日本某某親善議員連盟會長王大明（Wang Taming）。")
    assert rels(ext, RelType.HOLDS_TITLE, source="person:王大明", title_zh="會長")


@pytest.mark.parametrize(
    "line",
    [
        "1.110年8月26日，本府教育局與某某教育基金會以視訊方式簽署「英語教學合作備忘錄」。",
        "1.110年8月26日，本府教育局與某某教育基金會透過線上會議簽署「英語教學合作備忘錄」。",
        "1.110年8月26日，本府教育局與某某教育基金會於線上簽署「英語教學合作備忘錄」。",
    ],
)
def test_the_manner_between_a_body_and_its_signing_is_no_part_of_its_name(line: str) -> None:
    ext = chapter(line, period="2021-07/2021-12")
    assert rels(ext, RelType.SIGNED_MOU, target=named(ext, "某某教育基金會"))


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "107年7月2日至6日，本府教育局與姊妹市美國西雅圖市公立學校學區共同舉辦"
            "「2018青少年線上夏令營」，兩市學生透過視訊交流。",
            "西雅圖市公立學校學區",
        ),
        (
            "107年5月3日，本府海洋局與日本橫濱市港灣研究院共同主辦「2018港灣再生論壇」。",
            "橫濱市港灣研究院",
        ),
        (
            "107年9月10日，釜山廣域市與仁川市區域開發院共同主辦「2018東北亞海洋論壇」，"
            "本府派員出席。",
            "仁川市區域開發院",
        ),
    ],
)
def test_a_school_district_or_institute_co_hosting_stands_for_itself(
    sentence: str, body: str
) -> None:
    got = chapter(sentence)
    assert rels(got, RelType.HOSTED, source=named(got, body))


@pytest.mark.parametrize(
    "line",
    [
        "1.110年5月4日，日本某縣山田市長率團來訪，並與陳市長會晤。",
        "1.某國某市田村市長於110年5月4日率團來訪。",
        "1.110年5月4日，陳市長於市府接見歐陽市長，雙方交換意見。",
    ],
)
def test_a_surname_and_a_title_make_no_person(line: str) -> None:
    ext = chapter(line)
    people = [e.name_zh for e in ext.entities if e.label.value == "Person"]
    assert not any(p in ("山田", "歐陽") for p in people)


@pytest.mark.parametrize(
    ("line", "body"),
    [
        (
            "1.110年5月4日，陳市長於市府接見某國駐華大使館大使王大明（Wang Da-ming）。",
            "某國駐華大使館",
        ),
        (
            "1.110年5月4日，林市長在本府會見日本交流協會高雄事務所所長山田太郎。",
            "日本交流協會高雄事務所",
        ),
        (
            "1.110年5月4日，李副市長於市府接見美國在台協會高雄分處處長約翰‧史密斯。",
            "美國在台協會高雄分處",
        ),
    ],
)
def test_a_body_before_a_title_is_named_without_the_verb_before_it(line: str, body: str) -> None:
    ext = chapter(line)
    assert rels(ext, RelType.HOLDS_TITLE, target=named(ext, body))


@pytest.mark.parametrize(
    "line",
    [
        "1.110年5月4日至7日，秘書處王處長於110年5月4日率團赴日本某市，某市市長允諾屆時將親自率團來訪。",
        "1.110年5月4日至7日，觀光局李局長於110年5月4日至7日率團赴日本某市，某市長並允諾將親自率團回訪。",
        "1.110年5月4日至7日，教育局陳局長於5月4日率團赴日本某市，某市長表示將親自率團回訪。",
    ],
)
def test_who_leads_is_a_name_not_a_clause(line: str) -> None:
    ext = chapter(line)
    leaders = {r.properties.get("led_by") for r in rels(ext, RelType.VISITED)}
    assert not any("允諾" in (x or "") or "親自" in (x or "") for x in leaders)


@pytest.mark.parametrize(
    ("line", "name", "place"),
    [
        (
            "1.美國加州佛瑞斯諾市（Fresno）：本市與該市締結姊妹市案，刻由駐處協助洽商中。",
            "佛瑞斯諾市",
            "city:us:fresno",
        ),
        (
            "1.澳洲昆士蘭州洛克漢普頓市（Rockhampton）市長於5月2日率團來訪。",
            "洛克漢普頓市",
            "city:au:rockhampton",
        ),
        (
            "1.本府於5月3日與加拿大卑詩省阿伯茨福德市（Abbotsford）簽署「農業合作備忘錄」。",
            "阿伯茨福德市",
            "city:ca:abbotsford",
        ),
    ],
)
def test_a_city_after_its_country_and_state_is_the_one_its_gloss_names(
    line: str, name: str, place: str
) -> None:
    ext = chapter(line)
    assert named(ext, name).startswith(place)
    parties = {r.target for t in _TIES for r in rels(ext, t)} | {
        r.source for t in _TIES for r in rels(ext, t)
    }
    assert named(ext, name) in parties


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "1.吉里巴斯塔拉瓦環礁（Tarawa Atoll）：該環礁市長於5月2日來訪，"
            "表達與本市締結友好城市之意願。",
            "塔拉瓦環礁",
        ),
        (
            "1.本府於6月1日與吐瓦魯富納富提環礁（Funafuti Atoll）簽署「海洋合作備忘錄」。",
            "富納富提環礁",
        ),
        ("1.本市規劃與馬爾地夫阿杜環礁（Addu Atoll）締結友好城市。", "阿杜環礁"),
    ],
)
def test_an_atoll_written_after_its_country_with_its_gloss_is_a_place(line: str, name: str) -> None:
    ext = chapter(line)
    atoll = named(ext, name)
    assert atoll.startswith("city:")
    parties = {r.target for t in _TIES for r in rels(ext, t)} | {
        r.source for t in _TIES for r in rels(ext, t)
    }
    assert atoll in parties


@pytest.mark.parametrize(
    ("heading", "text", "place"),
    [
        (
            "（一）與墨西哥哈拉巴市締結姊妹市",
            "墨西哥哈拉巴市（Xalapa）市長於107年5月21日至24日來訪，雙方於5月22日簽署姊妹市協定書。",
            "xalapa",
        ),
        (
            "（一）與尼加拉瓜布魯菲爾茲市締結姊妹市",
            "尼加拉瓜布魯菲爾茲市（Bluefields）市長率團於107年5月21日抵達，5月22日與本市簽署姊妹市協定書。",
            "bluefields",
        ),
        (
            "（一）與宏都拉斯喬盧特卡市締結姊妹市",
            "107年5月21日，宏都拉斯共和國喬盧特卡市（Choluteca）市長率團來訪，"
            "並於5月22日與陳市長共同簽署姊妹市協定書。",
            "choluteca",
        ),
    ],
)
def test_a_city_a_heading_names_bare_is_the_one_the_text_glosses(
    heading: str, text: str, place: str
) -> None:
    ext = chapter(heading, text)
    ties = rels(ext, RelType.SISTER_CITY_OF)
    assert len(ties) == 1 and place in ties[0].target
    assert ties[0].properties.get("since") == "2018-05-22"


@pytest.mark.parametrize(
    ("lines", "name", "subdivision"),
    [
        (
            (
                "1.加拿大卑詩省阿伯茨福德市（Abbotsford）市長於5月2日來訪。",
                "2.本府與卑詩省阿伯茨福德市於6月3日簽署「農業合作備忘錄」。",
            ),
            "阿伯茨福德市",
            "city:ca:british-columbia",
        ),
        (
            (
                "1.澳洲昆士蘭州洛克漢普頓市（Rockhampton）市長於5月2日來訪。",
                "2.本市與昆士蘭州洛克漢普頓市規劃於明年締結姊妹市。",
            ),
            "洛克漢普頓市",
            "city:au:queensland",
        ),
        (
            (
                "1.美國加州佛瑞斯諾市（Fresno）市長於5月2日來訪。",
                "2.本府於6月1日與加州佛瑞斯諾市簽署「教育交流備忘錄」。",
            ),
            "佛瑞斯諾市",
            "city:us:california",
        ),
    ],
)
def test_a_state_before_a_city_named_again_only_tells_where_it_is(
    lines: tuple[str, ...], name: str, subdivision: str
) -> None:
    ext = chapter(*lines)
    parties = {r.target for t in _TIES for r in rels(ext, t)} | {
        r.source for t in _TIES for r in rels(ext, t)
    }
    assert named(ext, name) in parties
    assert subdivision not in parties


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "1.吉里巴斯塔拉瓦環礁（Tarawa Atoll）市長於5月2日來訪，表達締結友好城市之意願。",
            "塔拉瓦環礁",
        ),
        (
            "1.吐瓦魯富納富提環礁（Funafuti Atoll）市長於6月1日來訪，"
            "並與本府簽署「海洋合作備忘錄」。",
            "富納富提環礁",
        ),
        ("1.馬爾地夫阿杜環礁（Addu Atoll）市長率團於6月1日來訪。", "阿杜環礁"),
    ],
)
def test_a_place_glossed_before_a_title_ends_at_its_gloss(line: str, name: str) -> None:
    ext = chapter(line)
    place = named(ext, name)
    assert place.startswith("city:") and not place.endswith("市")
    assert rels(ext, RelType.VISITED, source=place)


def test_a_county_the_libraries_lack_is_a_place_not_the_city_it_opens_with() -> None:
    lines = [
        "1.美國佛羅里達州邁阿密戴德郡郡政委員約翰‧史密斯於107年3月5日來訪。",
        "1.佛州邁阿密戴德郡郡政委員彼得‧布朗於107年4月2日率團來訪。",
        "1.美國邁阿密戴德郡郡議員大衛‧格林於107年5月8日來訪，參觀本市港埠。",
    ]
    for line in lines:
        ext = chapter(line)
        county = named(ext, "邁阿密戴德郡")
        assert county.endswith("miami-dade-county"), county
        assert rels(ext, RelType.HOLDS_TITLE, target=county), line


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        (  # its country in the heading, not in the text, which refers to it as 該局
            (
                "（一）與泰國林查班港務局簽署合作備忘錄",
                "林查班港務局局長蘇帕猜（Supachai Wong）於107年5月2日至4日率團來訪，"
                "本府同日與該局簽署「港埠交流合作備忘錄」，雙方將在港埠管理等領域合作。",
            ),
            "林查班港務局",
        ),
        (  # the heading names it by itself, the text with its country and city
            (
                "（二）國立高雄大學與羅斯托克大學簽署學術交流合作備忘錄",
                "107年4月10日，國立高雄大學與德國羅斯托克大學（University of Rostock）"
                "簽署學術交流合作備忘錄，將互派交換學生。",
            ),
            "羅斯托克大學",
        ),
        (
            (
                "（三）與卑爾根港務局簽署港埠合作備忘錄",
                "107年6月5日，本府海洋局與挪威卑爾根港務局簽署「智慧港埠合作備忘錄」，"
                "雙方將交流港埠管理經驗。",
            ),
            "卑爾根港務局",
        ),
        (  # the heading with its country and city, the text by its own name
            (
                "（四）芬蘭圖爾庫港務局來訪",
                "芬蘭圖爾庫港務局局長米卡‧維爾塔寧（Mika Virtanen）於107年3月6日來訪，"
                "陳市長並與圖爾庫港務局簽署「綠色港口合作備忘錄」。",
            ),
            "圖爾庫港務局",
        ),
    ],
)
def test_a_body_named_with_and_without_its_country_or_city_is_one_organization(
    lines: tuple[str, ...], body: str
) -> None:
    """某國某某管理局, later 某某管理局 (or the other way round): one body, so the
    agreement an item's heading names is the one its text signs."""
    ext = chapter(*lines)
    bodies = {
        e.id for e in ext.entities if e.label == "Organization" and body in (e.name_zh, *e.aliases)
    }
    assert len(bodies) == 1, bodies
    signed = rels(ext, RelType.SIGNED_MOU, target=bodies.pop())
    assert len(signed) == 1 and signed[0].properties.get("date")


@pytest.mark.parametrize(
    ("line", "town", "prefecture"),
    [
        (
            "1.8月25日，本府經發局與日本熊本縣青葉町以視訊方式簽署「產業人才交流合作備忘錄」。",
            "青葉町",
            "city:jp:kumamoto-prefecture",
        ),
        (
            "1.本府觀光局於3月2日與長野縣小布施町簽署「觀光交流合作備忘錄」，雙方將互推旅遊路線。",
            "小布施町",
            "city:jp:nagano-prefecture",
        ),
        (
            "1.岐阜縣白川村村長山田太郎於5月4日率團來訪，並與本府簽署「觀光合作備忘錄」。",
            "白川村",
            "city:jp:gifu-prefecture",
        ),
    ],
)
def test_an_agreement_with_a_japanese_town_is_the_towns(
    line: str, town: str, prefecture: str
) -> None:
    """某縣某某町 is a municipality of its own: the agreement is with it, not the prefecture."""
    ext = chapter(line)
    mous = rels(ext, RelType.SIGNED_MOU)
    assert mous and {r.target for r in mous} | {r.source for r in mous} >= {named(ext, town)}
    assert prefecture not in {r.target for r in mous} | {r.source for r in mous}


@pytest.mark.parametrize(
    "line",
    [
        "1.3月3日陳市長拜會熊本縣知事木村太郎，並出席熊本縣主辦之「半導體交流座談會」。",
        "1.5月4日，長崎縣知事中村一郎率團來訪，並與本府簽署「觀光合作備忘錄」。",
        "1.本府於6月1日與岐阜縣議長田村次郎會晤，就觀光交流交換意見。",
    ],
)
def test_a_title_and_a_surname_after_a_prefecture_are_no_village(line: str) -> None:
    """某縣知事木村某某: the title and the person's surname (ending like a village, 村)
    are no place of the prefecture."""
    ext = chapter(line)
    assert not [e for e in ext.entities if e.label == "City" and e.name_zh.endswith("村")]


@pytest.mark.parametrize(
    ("lines", "first", "second"),
    [
        (
            (
                "國際交流協會於1月5日來訪。",
                "八王子市國際交流協會於2月3日來訪。",
                "福岡市國際交流協會於3月3日來訪。",
            ),
            "city:jp:hachioji",
            "city:jp:fukuoka",
        ),
        (
            (
                "觀光協會於1月10日來訪。",
                "熊本市觀光協會於2月6日來訪。",
                "釜山市觀光協會於5月2日來訪。",
            ),
            "city:jp:kumamoto",
            "city:kr:busan",
        ),
        (
            (
                "青少年交流協會於2月1日來訪。",
                "東京都青少年交流協會於3月5日來訪。",
                "大阪市青少年交流協會於4月8日來訪。",
            ),
            "city:jp:tokyo-metropolis",
            "city:jp:osaka",
        ),
    ],
)
def test_bodies_of_one_name_in_two_cities_stay_two(
    lines: tuple[str, ...], first: str, second: str
) -> None:
    """某某協會, then 甲市某某協會 and 乙市某某協會: the body named bare may be the first
    city's, but the second city's body is another, not one body in two cities."""
    ext = chapter(*lines)
    located = rels(ext, RelType.LOCATED_IN)
    sources = {r.target: r.source for r in located if r.target in (first, second)}
    assert set(sources) == {first, second}
    assert sources[first] != sources[second]
    for org in sources.values():
        assert len([r for r in located if r.source == org]) == 1


def test_a_river_mouth_is_no_haikou() -> None:
    """出海口/入海口 (a river's mouth) hold 海口 (Haikou) but name no place: no party."""
    ext = chapter(
        "本府預定於2018年10月舉辦「2018高雄國際貨櫃藝術節」，於高屏溪出海口及旗津海岸設置"
        "大型裝置作品，並邀請日本橫濱市派遣藝術團隊參展。",
        "另於二仁溪入海口辦理淨灘活動，邀請外籍人士參與。",
    )
    assert not [e for e in ext.entities if "haikou" in e.id]
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target="city:jp:yokohama")


def test_a_body_named_after_its_country_is_also_known_without_it() -> None:
    """日本交流協會高雄事務所 is also 交流協會高雄事務所 (the home city later in its name);
    美國在台協會 keeps its country (在台 right after it: between the two countries)."""
    ext = chapter(
        "日本交流協會高雄事務所所長田中宏明於3月到任拜會林市長。",
        "美國在台協會高雄分處處長戴博文於4月到任拜會林市長。",
    )
    office = next(e for e in ext.entities if e.name_zh == "日本交流協會高雄事務所")
    assert "交流協會高雄事務所" in office.aliases
    ait = next(e for e in ext.entities if e.name_zh == "美國在台協會高雄分處")
    assert not any(a.startswith("在台") for a in ait.aliases)


@pytest.mark.parametrize(
    ("lines", "name", "body"),
    [
        (
            (
                "5月3日由王副市長代表本府與科隆自由港管理局簽署「港務合作備忘錄」；"
                "簽約後王副市長並與該局局長漢斯‧韋伯（Hans Weber）會談。",
            ),
            "漢斯‧韋伯",
            "科隆自由港管理局",
        ),
        (
            (
                "5月6日轉往美國西雅圖市，參訪西雅圖港務局並拜會該局執行長"
                "湯姆‧安德森（Tom Anderson）。",
            ),
            "湯姆‧安德森",
            "西雅圖港務局",
        ),
    ],
)
def test_the_body_a_title_of_that_body_takes_up(
    lines: tuple[str, ...], name: str, body: str
) -> None:
    """該局 + title + name: the body named last before, in the sentence before too (…；簽約
    後…與該局局長某某會談), whole though it holds 自由, and without the verb calling on it
    (參訪某港務局並拜會該局執行長某某)."""
    ext = chapter(*lines)
    (held,) = rels(ext, RelType.HOLDS_TITLE, source=named(ext, name))
    assert held.target == named(ext, body)


@pytest.mark.parametrize(
    ("line", "written"),
    [
        ("智利瓦爾帕萊索市市長王大明於5月3日來訪。", "瓦爾帕萊索市"),
        ("墨西哥蒙特雷市副市長李小明於6月8日拜會陳市長。", "蒙特雷市"),
    ],
)
def test_a_place_written_after_its_country_is_named_as_written_without_it(
    line: str, written: str
) -> None:
    """多明尼加某某市: the place is known by 某某市 too, as places are named."""
    ex = chapter(line)
    (held,) = rels(ex, RelType.HOLDS_TITLE)
    (city,) = [e for e in ex.entities if e.id == held.target]
    assert written in city.aliases
