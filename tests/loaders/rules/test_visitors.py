"""Visitor lists: ties named in passing, nameless delegations, and where a list ends."""

from __future__ import annotations

import pytest

from graph.model import Extraction, Label, RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels, visit_starts

_LIST = (
    "本期重要訪賓如下：美國西雅圖市姊妹市青年大使、本市姊妹市日本八王子市副市長石森孝志、"
    "國立高雄大學姊妹校日本長崎大學校長河野茂、韓國光州市副市長李容燮、"
    "台積電集團（TSMC）等外賓至本府拜會及參訪等活動。"
)


def test_a_sister_city_named_in_a_list_item() -> None:
    ext = chapter(_LIST)
    for city in ("西雅圖市", "八王子市"):
        found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, city))
        assert found and found[0].properties["status"] == "signed", city
    assert not rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "光州市"))


@pytest.mark.parametrize(
    ("line", "city", "other"),
    [
        (
            "本期主要訪賓有友好城市青森縣弘前市副市長山田太郎、泰國曼谷市副市長王大明、"
            "駐臺北某國代表處代表李四等人，訪賓多對本市留下深刻印象。",
            "弘前市",
            "曼谷市",
        ),
        (
            "重要訪賓如下：友好城市日本福岡市議長田中一郎、美國丹佛市市長約翰‧史密斯、"
            "某某大學校長陳大文等外賓至本府拜會。",
            "福岡市",
            "丹佛市",
        ),
        (
            "本期來訪外賓計有韓國大邱市副市長金大中、本市友好城市菲律賓馬尼拉市市長胡安‧克魯茲、"
            "某某商會會長林小明等人。",
            "馬尼拉市",
            "大邱市",
        ),
    ],
)
def test_a_friendship_city_named_in_a_list_item(line: str, city: str, other: str) -> None:
    ext = chapter(line)
    found = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG, target=named(ext, city))
    assert [r.properties["status"] for r in found] == ["signed"]
    assert not rels(ext, RelType.FRIENDSHIP_CITY_OF, target=named(ext, other))


def test_the_partner_of_a_sister_school_is_the_title_holders_body() -> None:
    ext = chapter(_LIST)
    theirs = named(ext, "長崎大學")
    assert rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "國立高雄大學"), target=theirs)
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "河野茂"), target=theirs)
    mayor = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "石森孝志"))
    assert [r.target for r in mayor] == [named(ext, "八王子市")]


def test_a_nameless_delegation_item_is_its_citys_visit() -> None:
    ext = chapter(_LIST)
    assert rels(ext, RelType.VISITED, source=named(ext, "西雅圖市"), target=KAOHSIUNG)


def test_the_list_ends_at_the_etc_after_its_last_item() -> None:
    ext = chapter(_LIST)
    assert rels(ext, RelType.VISITED, source=named(ext, "台積電集團"), target=KAOHSIUNG)


def test_a_school_name_with_等_does_not_end_the_list() -> None:
    ext = chapter("主要訪賓為：日本靜岡縣副知事出野勉、日本靜岡縣立清水東高等學校校長杉山浩等。")
    holds = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "杉山浩"))
    assert holds and holds[0].properties["title_zh"] == "校長"


def test_a_name_written_once_a_character_short_is_one_person() -> None:
    ext = chapter(
        "主要訪賓為：前靜岡市市長田邊信、日本交流協會高雄事務所所長佐藤明、韓國仁川市副市長李明浩等。",
        "1.本府舉辦「2018高雄燈會藝術節」，田邊信宏前市長率靜岡市訪問團前來參加。",
    )
    people = {e.name_zh for e in ext.entities if e.id.startswith("person:")}
    assert "田邊信宏" in people and "田邊信" not in people
    visits = rels(ext, RelType.VISITED, source=named(ext, "田邊信宏"), target=KAOHSIUNG)
    assert any("前靜岡市市長田邊信" in e.text for r in visits for e in r.evidence)


_GROUPED = (
    "本期接待外賓30案。就訪賓類別而言，城市首長部分，有日本愛媛縣松山市市長野志克仁、"
    "韓國大邱廣域市副市長洪義植及美國俄勒岡州尤金市市長魏克斯；"
    "駐臺機構部分，有英國在臺辦事處處長鄧元翰；"
    "學術界則有日本廣島大學校長越智光夫及韓國首爾大學校長吳世正等人。"
)


def test_a_visitor_list_written_as_prose_grouped_by_kind() -> None:
    ext = chapter("（一）重要訪賓", _GROUPED)
    for name, body in (
        ("野志克仁", "松山市"),
        ("洪義植", "大邱廣域市"),
        ("鄧元翰", "英國在臺辦事處"),
        ("越智光夫", "廣島大學"),
        ("吳世正", "首爾大學"),
    ):
        person = named(ext, name)
        assert rels(ext, RelType.HOLDS_TITLE, source=person, target=named(ext, body)), name
        assert rels(ext, RelType.VISITED, source=person, target=KAOHSIUNG), name


def test_a_person_named_again_by_surname_and_title_is_the_same_person() -> None:
    ext = chapter(
        "7月3日，韓國大邱廣域市市長權永振率團蒞臨本府，並與陳市長共同簽署「智慧城市合作備忘錄」，"
        "權永振市長表示將持續深化交流。"
    )
    people = [e.name_zh for e in ext.entities if e.label == "Person"]
    assert "權永振" in people and "權永" not in people and not any("共同" in p for p in people)
    assert rels(ext, RelType.VISITED, source=named(ext, "權永振"), target=KAOHSIUNG)


def test_a_visitor_list_one_item_a_numbered_line() -> None:
    ext = chapter(
        "（一）來訪外賓",
        "本期本府共接待外賓20團，重要外賓如下：",
        "1. 日本靜岡縣副知事山田太郎",
        "2. 美國休士頓市議會議長瓊斯（Mark Jones）",
    )
    for person, body, title in (("山田太郎", "靜岡縣", "副知事"), ("瓊斯", "休士頓市議會", "議長")):
        pid = named(ext, person)
        assert rels(ext, RelType.HOLDS_TITLE, source=pid, target=named(ext, body), title_zh=title)
        assert rels(ext, RelType.VISITED, source=pid, target=KAOHSIUNG)


def test_a_heading_of_a_mayors_visit_names_no_one() -> None:
    ext = chapter("（一）日本岐阜市市長訪高", "107年3月5日，岐阜市市長柴橋正直率團來訪。")
    assert not [e for e in ext.entities if e.name_zh == "訪高"]


def test_a_place_inside_a_transliterated_name_is_no_affiliation() -> None:
    ext = chapter(
        "1.107年5月1日，墨西哥蒙特雷市議員羅德里格斯（Ana Rodríguez）來訪。",
        "2.107年6月2日，巴西聖保羅州議員桑托斯（Carlos Santos）來訪。",
    )
    for name in ("羅德里格斯", "桑托斯"):
        person = f"person:{name}"
        assert rels(ext, RelType.VISITED, source=person, target=KAOHSIUNG), name
        targets = {r.target for r in rels(ext, RelType.HOLDS_TITLE, source=person)}
        assert targets and "city:in:delhi" not in targets and "city:br:santos" not in targets


def test_words_between_a_country_and_a_title_belong_to_the_title() -> None:
    ext = chapter("1.友邦帛琉共和國國務部長馬可（John Marco）於107年3月5日拜會本府。")
    (held,) = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "馬可"))
    assert (held.target, held.properties["title_zh"]) == ("country:pw", "國務部長")


def test_a_heading_ending_in_如下_opens_a_list_of_sub_numbered_visitors() -> None:
    # also 「3.本季來訪之外賓如下：」 then (1)(2)…, or 「重要使節拜會情形如下：」
    ext = chapter(
        "（一）外賓接待",
        "1.本期共接待外賓8案。",
        "2.本期蒞府拜會之主要外賓如下：",
        "(1)日本京都市副市長山田太郎（Taro Yamada）",
        "(2)美國芝加哥市議員約翰．史密斯（John Smith）",
        period="2021-01/2021-06",
    )
    for person in ("山田太郎", "約翰．史密斯"):
        found = rels(ext, RelType.VISITED, source=named(ext, person), target=KAOHSIUNG)
        assert found and found[0].properties["year"] == 2021, person


def test_a_heading_ending_in_如次_opens_a_list_of_unnumbered_visitors() -> None:
    ext = chapter(
        "（一）本期重要訪賓如次：",
        "日本京都市副市長山田太郎（Taro Yamada）",
        "美國芝加哥市議員約翰．史密斯（John Smith）",
        "（二）其他",
    )
    for person in ("山田太郎", "約翰．史密斯"):
        assert rels(ext, RelType.VISITED, source=named(ext, person), target=KAOHSIUNG), person


def test_a_heading_listing_no_visitors_opens_no_visitor_list() -> None:
    ext = chapter(
        "（一）本期出席之國際會議講者如下：",
        "(1)日本京都市副市長山田太郎（Taro Yamada）",
        "美國芝加哥市議員約翰．史密斯（John Smith）",
    )
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)


def test_a_guest_list_introduced_by_為_without_a_colon() -> None:
    ext = chapter(
        "本期主要外賓依序為日本靜岡縣副知事佐藤一郎、泰國清邁府府尹頌猜（Somchai Wong）、"
        "韓國大邱廣域市副市長金正洙"
        "及美國在台協會高雄分處處長李德（John Reed）等人。"
    )
    for person, body, title in (
        ("佐藤一郎", "靜岡縣", "副知事"),
        ("頌猜", "清邁府", "府尹"),
        ("李德", "美國在台協會高雄分處", "處長"),
    ):
        pid = named(ext, person)
        assert rels(ext, RelType.HOLDS_TITLE, source=pid, target=named(ext, body), title_zh=title)
        assert rels(ext, RelType.VISITED, source=pid, target=KAOHSIUNG)


def test_a_name_followed_by_偕同_ends_there() -> None:
    ext = chapter("1.107年3月5日，日本靜岡市市長田中一郎偕同夫人及該市官員來訪。")
    pid = named(ext, "田中一郎")
    assert rels(ext, RelType.HOLDS_TITLE, source=pid, target=named(ext, "靜岡市"))


def test_a_title_with_that_company_is_with_the_company_named_before() -> None:
    ext = chapter(
        "1.本府經發局於107年6月12日與德國商萊茵能源公司（Rhein Energie GmbH）"
        "簽署「氫能合作備忘錄」，"
        "由該公司亞洲區執行長穆勒（Thomas Müller）代表簽字。"
    )
    company = named(ext, "萊茵能源公司")
    found = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "穆勒"), target=company)
    assert found and found[0].properties["title_zh"] == "亞洲區執行長"


def test_an_adverb_after_a_name_is_not_part_of_it() -> None:
    from loaders.gazetteer import Gazetteer
    from loaders.people import _name_after

    gaz = Gazetteer.load() if hasattr(Gazetteer, "load") else Gazetteer()
    text = "議長高橋正人親自率團出席"
    found = _name_after(text, 2, gaz)
    assert found and found[0] == "高橋正人"


def test_a_cooperation_officer_with_its_field_is_a_title() -> None:
    ext = chapter(
        "本期來訪外賓包括韓國大邱廣域市經濟協力官金民洙、日本大分縣副知事尾野賢治、"
        "美國在台協會高雄分處處長谷立言等人。"
    )
    officer = named(ext, "金民洙")
    holds = rels(ext, RelType.HOLDS_TITLE, source=officer, target=named(ext, "大邱廣域市"))
    assert holds and holds[0].properties["title_zh"] == "經濟協力官"
    assert rels(ext, RelType.VISITED, source=officer, target=KAOHSIUNG)
    assert not rels(ext, RelType.VISITED, source=named(ext, "大邱廣域市"), target=KAOHSIUNG)


def test_a_name_before_acting_for_its_body_is_read() -> None:
    ext = chapter(
        "本府與日本靜岡縣簽署「觀光交流協定」，由該縣副知事難波喬司代表出席並致詞。",
        "本市代表團前往越南胡志明市訪問，並與胡志明市簽署「經貿交流備忘錄」，"
        "由該市人民委員會陳文明副主席代表簽署。",
    )
    holds = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "難波喬司"))
    assert [r.target for r in holds] == [named(ext, "靜岡縣")]
    assert holds[0].properties["title_zh"] == "副知事"
    holds = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "陳文明"))
    assert holds and holds[0].properties["title_zh"] == "副主席"


def test_a_body_of_that_city_is_the_body_named_with_the_city() -> None:
    ext = chapter(
        "美國聖安東尼奧市議會議長羅德里格斯率團來訪。",
        "4月2日本府與聖安東尼奧市簽署教育交流協議書，由該市議會副議長史密斯代表簽署。",
    )
    council = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "羅德里格斯"))[0].target
    deputy = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "史密斯"))
    assert [r.target for r in deputy] == [council]
    assert not [e for e in ext.entities if e.name_zh.startswith("該市")]


def test_a_title_naming_who_an_event_is_for_is_no_person() -> None:
    ext = chapter(
        "108年10月1日至4日，陳市長率團赴澳洲布里斯本市出席「2019亞太城市高峰會」，"
        "並於10月2日之市長論壇中發表演說，另於10月3日之首長圓桌會談中分享本市經驗。",
        "本府於10月20日舉辦城市交流晚宴，由韓市長主持。",
    )
    assert not rels(ext, RelType.HOLDS_TITLE)
    assert not [e for e in ext.entities if e.id.startswith("person:")]


def test_a_verb_after_a_name_and_title_ends_the_name() -> None:
    ext = chapter("108年5月3日，熊本縣知事蒲島郁夫接見本市代表團。")
    holds = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "蒲島郁夫"))
    assert [r.target for r in holds] == [named(ext, "熊本縣")]


def _title_of(ext: object, name: str) -> list[tuple[str, str]]:
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, name))  # type: ignore[arg-type]
    return [(r.target, r.properties["title_zh"]) for r in held]


def test_a_word_of_rank_before_a_title_belongs_to_the_title() -> None:
    ext = chapter(
        "本期重要訪賓如下：新加坡港務集團首席副總裁林文德、馬來西亞檳城州首席部長曹永福、"
        "韓國仁川廣域市常務副市長金大成、美國舊金山市議會名譽議員張安琪等。"
    )
    assert _title_of(ext, "林文德") == [(named(ext, "新加坡港務集團"), "首席副總裁")]
    assert _title_of(ext, "曹永福") == [(named(ext, "檳城州"), "首席部長")]
    assert _title_of(ext, "金大成") == [(named(ext, "仁川廣域市"), "常務副市長")]
    assert _title_of(ext, "張安琪") == [(named(ext, "舊金山市議會"), "名譽議員")]


def test_a_word_of_rank_before_a_bodys_name_is_the_bodys() -> None:
    ext = chapter(
        "本期重要訪賓如下：加拿大安大略省議會常務委員會副主席王大同、日本熊本市市長大西一史等。"
    )
    assert _title_of(ext, "王大同") == [(named(ext, "安大略省議會常務委員會"), "副主席")]


def test_deputies_and_legislators_are_titles() -> None:
    ext = chapter(
        "主要訪賓為：捷克工業貿易部副部長諾瓦克（Jan Novak）、美國德州州議會參議員史密斯、"
        "日本日韓議員聯盟事務局長山田太郎、菲律賓宿霧省副省長拉瑪等。"
    )
    assert _title_of(ext, "諾瓦克") == [(named(ext, "捷克工業貿易部"), "副部長")]
    assert _title_of(ext, "史密斯") == [(named(ext, "德州州議會"), "參議員")]
    assert _title_of(ext, "山田太郎") == [(named(ext, "日韓議員聯盟"), "事務局長")]
    assert _title_of(ext, "拉瑪") == [(named(ext, "宿霧省"), "副省長")]


def test_a_second_title_after_暨_or_及_is_of_the_same_body() -> None:
    ext = chapter(
        "主要訪賓為：日本岐阜縣議會議長田中一郎暨副議長佐藤次郎、韓國昌原市副市長朴正浩等。",
        "2.日本靜岡市議會議長中村三郎及副議長小林四郎於3月5日來訪，拜會陳市長。",
    )
    for name in ("田中一郎", "佐藤次郎"):
        assert [t for t, _ in _title_of(ext, name)] == [named(ext, "岐阜縣議會")], name
    for name in ("中村三郎", "小林四郎"):
        assert [t for t, _ in _title_of(ext, name)] == [named(ext, "靜岡市議會")], name


def test_a_dotted_name_ends_at_the_first_break_after_its_last_part() -> None:
    ext = chapter(
        "1.座談由陳市長與西雅圖市港務局局長約翰‧米勒同臺，並與溫哥華市副市長安娜‧李共同主持。"
    )
    people = {e.name_zh for e in ext.entities if e.id.startswith("person:")}
    assert "約翰‧米勒" in people and "安娜‧李" in people
    assert not any(p.startswith("約翰‧米勒") and p != "約翰‧米勒" for p in people)


def test_a_name_with_和_runs_on_to_a_conjunction() -> None:
    ext = chapter("1.邀請日本台灣交流協會高雄事務所所長中島和彥及外籍學生約50人參加。")
    assert _title_of(ext, "中島和彥")


def test_a_conjunction_inside_a_bodys_name_is_no_break() -> None:
    ext = chapter(
        "1.論壇由陳市長與德國不來梅市經濟暨港口部次長舒密特、芬蘭赫爾辛基市城市與環境局局長"
        "莉莎‧柯斯基同臺對談。"
    )
    assert _title_of(ext, "舒密特") == [(named(ext, "不來梅市經濟暨港口部"), "次長")]
    assert _title_of(ext, "莉莎‧柯斯基") == [(named(ext, "赫爾辛基市城市與環境局"), "局長")]


def test_a_tie_word_between_a_place_and_a_title_is_neither() -> None:
    ext = chapter(
        "1.4月2日，本府李副市長赴日本，拜會西雅圖友好城市市長布魯斯及仙台姊妹市副市長佐藤洋。"
    )
    assert _title_of(ext, "布魯斯") == [(named(ext, "西雅圖市"), "市長")]
    assert _title_of(ext, "佐藤洋") == [(named(ext, "仙台市"), "副市長")]


def test_a_companys_delegation_closing_a_visitor_list_after_以及_is_the_company() -> None:
    ext = chapter(
        "本期重要訪賓如下：日本靜岡市副市長山本一郎、韓國仁川廣域市議會議長朴正民、"
        "美國西雅圖市議員約翰‧史東，"
        "以及大阪瓦斯株式會社（Osaka Gas）經營考察團等。"
    )
    company = named(ext, "大阪瓦斯株式會社")
    assert rels(ext, RelType.VISITED, source=company, target=KAOHSIUNG)
    assert rels(ext, RelType.VISITED, source=named(ext, "朴正民"), target=KAOHSIUNG)


def test_a_place_no_data_knows_after_its_country_is_the_mayors_city() -> None:
    ext = chapter(
        "1.與瓜地馬拉維拉斯科南市締結姊妹市",
        "2018年3月5日，瓜地馬拉維拉斯科南市市長荷西‧德里加多率團來訪，並與本府簽署「姊妹市協定書」，"
        "維拉斯科南市正式成為本市第40個姊妹市。",
        "2.韓國青松嶺市來訪",
        "2018年4月2日，韓國青松嶺市市長金大明率團來訪，並參觀本市港埠設施。",
    )
    city = named(ext, "維拉斯科南市")
    assert city.startswith("city:gt:")
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "荷西‧德里加多"), target=city)
    assert rels(ext, RelType.SISTER_CITY_OF, target=city, ordinal=40)
    assert not rels(ext, RelType.SISTER_CITY_OF, target="city:in:delhi")
    mayor = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "金大明"))
    assert [(r.target, r.properties["title_zh"]) for r in mayor] == [
        (named(ext, "青松嶺市"), "市長")
    ]


def test_those_just_named_and_a_region_of_a_body_are_not_the_bodys_name() -> None:
    ext = chapter(
        "本府舉辦「2018高雄燈會藝術節」，計有日本八王子市及某國友好城市參加。"
        "其中八王子市議會議長王大明率團參加。",
        "本府邀請鹿特丹港務局亞洲區代表范大同及大阪市某某公司亞太區總裁林小明擔任講座。",
    )
    speaker = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "王大明"))
    assert [r.target for r in speaker] == [named(ext, "八王子市議會")]
    port = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "范大同"))
    assert [(r.target, r.properties["title_zh"]) for r in port] == [
        (named(ext, "鹿特丹港務局"), "亞洲區代表")
    ]
    company = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "林小明"))
    assert [r.properties["title_zh"] for r in company] == ["亞太區總裁"]


def test_names_ending_in_人_and_names_before_a_verb_of_a_role() -> None:
    ext = chapter(
        "某縣由副知事田中和人率團參加，韓國仁川市智慧城市擔當官朴大明率團來訪。",
        "本府邀請橫濱市港灣局局長佐藤正一擔任講座，並由名古屋市副市長山本直人出任主持人。",
    )
    for name in ("田中和人", "朴大明", "佐藤正一", "山本直人"):
        assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, name)), name
    officer = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "朴大明"))
    assert officer[0].properties["title_zh"] == "智慧城市擔當官"


def test_a_home_bureau_and_its_head_by_surname_are_no_person() -> None:
    ext = chapter(
        "2018年4月2日至5日，本府由農業局王局長率團赴日本東京都，辦理農產品推廣會。",
        "2018年5月2日，本府由觀光局林局長帶隊前往韓國釜山市參加旅展。",
    )
    assert not [e for e in ext.entities if e.id.startswith("person:")]
    leaders = {r.properties.get("led_by") for r in rels(ext, RelType.VISITED, source=KAOHSIUNG)}
    assert leaders == {"王局長", "林局長"}


def test_a_bureau_of_the_city_before_its_merger_leads_as_the_city() -> None:
    """新聞處, 建設局, 捷運局, 體育處: bureaus the earlier reports name; their head by
    surname and title leads for the city, the bureau being the visit's."""
    ext = chapter(
        "2006年5月3日至6日，本府由新聞處陳處長率團赴日本福岡市參加旅展。",
        "2006年6月7日至9日，由本府建設局張局長率團赴韓國仁川市考察港埠建設。",
        period="2006-01/2006-06",
    )
    visits = rels(ext, RelType.VISITED, source=KAOHSIUNG)
    assert {r.properties.get("led_by") for r in visits} == {"陳處長", "張局長"}
    bureaus = {b for r in visits for b in r.properties.get("bureaus", [])}
    assert bureaus == {"新聞處", "建設局"}


def test_a_body_written_after_its_place_and_之_is_the_body() -> None:
    ext = chapter(
        "107年3月1日，本市姊妹市美國波特蘭市之波特蘭高雄友好協會會長王大明率團來訪。",
        "107年4月1日，日本八王子市之八王子國際交流財團理事長林小明率團來訪。",
    )
    for person, body, place in (
        ("王大明", "波特蘭高雄友好協會", "city:us:portland-oregon"),
        ("林小明", "八王子國際交流財團", "city:jp:hachioji"),
    ):
        found = rels(ext, RelType.HOLDS_TITLE, source=named(ext, person))
        assert [r.target for r in found] == [named(ext, body)]
        assert rels(ext, RelType.LOCATED_IN, source=named(ext, body), target=place)


def test_a_mayor_by_name_beside_the_visiting_citys_own_mayor_is_the_home_citys() -> None:
    ext = chapter(
        "2018年3月27日，巴拉圭某某亞省恩卡納西翁市市長卡洛斯‧馬丁尼茲率團來訪，"
        "與王大明市長共同簽署「姊妹市協定書」。",
        "2018年4月2日，日本青森縣弘前市市長櫻田宏率團來訪，由林志明市長親自接見。",
    )
    for mayor in ("王大明", "林志明"):
        found = rels(ext, RelType.HOLDS_TITLE, source=named(ext, mayor))
        assert [r.target for r in found] in ([KAOHSIUNG], []), mayor
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "王大明"), target=KAOHSIUNG)


def test_a_sister_city_named_as_a_bodys_seat_is_still_a_tie() -> None:
    ext = chapter("107年3月1日，本市姊妹市美國波特蘭市之波特蘭某某協會會長王大明率團來訪。")
    ties = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target="city:us:portland-oregon")
    assert ties and "本市姊妹市美國波特蘭市" in ties[0].evidence[0].text
    assert not rels(ext, RelType.VISITED, source="city:us:portland-oregon")


def test_a_visitor_list_going_on_after_a_semicolon_keeps_its_guests() -> None:
    for text, late in (
        (
            "（一）本期重要外賓：日本靜岡市市長王大明、大阪府副知事李小明、韓國大邱廣域市副市長張三豐；"
            "美國西雅圖市議長陳小華、波特蘭市副市長林大同。",
            ("陳小華", "林大同"),
        ),
        (
            "（一）本期來訪外賓為日本靜岡市市長王大明、大阪府副知事李小明、靜岡縣議長吳一郎；"
            "韓國大邱廣域市副市長張三豐。",
            ("張三豐",),
        ),
        (
            "（一）外賓接待：日本：靜岡市市長王大明、大阪府副知事李小明、靜岡縣議長吳一郎；"
            "韓國：大邱廣域市副市長張三豐、仁川廣域市議長陳小華。",
            ("張三豐", "陳小華"),
        ),
    ):
        ext = chapter(text)
        for name in late:
            assert rels(ext, RelType.VISITED, source=named(ext, name), target=KAOHSIUNG), name


def test_envoys_stationed_in_taiwan_who_came_down_for_the_city_s_event_visited() -> None:
    ext = chapter(
        "（一）辦理「2018駐臺使節高雄城市巡禮」",
        "107年5月5日，本府辦理「2018駐臺使節高雄城市巡禮」，邀請巴拉圭駐臺大使館大使王大明、"
        "荷蘭在臺辦事處代表李小華等10國使節及眷屬共20餘人南下，參訪駁二藝術特區。",
        "（二）辦理「2018駐臺使節產業參訪」",
        "107年6月2日，本府邀請貝里斯駐臺大使館大使張三豐、紐西蘭商工辦事處代表陳志強等使節"
        "自臺北南下，參觀本市產業園區。",
        "（三）辦理「2018駐臺使節文化之旅」",
        "107年6月9日，本府辦理「2018駐臺使節文化之旅」，邀請日本台灣交流協會高雄事務所所長"
        "林志明、美國在台協會高雄分處處長黃大衛等駐臺使節共15人，參訪美濃客家文物館。",
    )
    for name in ("王大明", "李小華", "張三豐", "陳志強"):
        assert rels(ext, RelType.VISITED, source=named(ext, name), target=KAOHSIUNG), name
    for name in ("林志明", "黃大衛"):  # stationed here, and no coming told
        assert not rels(ext, RelType.VISITED, source=named(ext, name)), name


def test_a_place_known_from_the_list_is_no_part_of_the_name_written_after_it() -> None:
    ext = chapter(
        "1.本期重要訪賓包括：印尼帕魯市副市長蘇托（Budi Suto）、"
        "馬來西亞納丹市市長阿末（Ahmad Ali）、泰國卡布市副市長頌恩（Somchai Kaew）等。",
        "2.帕魯市蘇托副市長出席「2018某某論壇」期間，本府於5月29日與帕魯市簽署「防災合作備忘錄」。",
        "3.納丹市阿末市長出席「2018某某論壇」期間，雙方交換意見。",
        "4.卡布市頌恩副市長出席「2018某某論壇」期間，雙方交換意見。",
    )
    people = {e.name_zh for e in ext.entities if e.label == Label.PERSON}
    assert people == {"蘇托", "阿末", "頌恩"}
    for name in people:
        assert not rels(ext, RelType.HOLDS_TITLE, source=named(ext, name), target=KAOHSIUNG)


@pytest.mark.parametrize(
    "opening",
    ["本期主要訪賓有", "本季重要外賓有：", "上半年來訪貴賓計有"],
)
def test_a_visitor_list_opened_by_有_starts_after_it(opening: str) -> None:
    ext = chapter(
        opening
        + "美國休士頓市議會議長瓊斯、日本靜岡縣副知事山田太郎、韓國大邱廣域市副市長洪義植等。"
    )
    council = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "瓊斯"))
    assert [r.target for r in council] == [named(ext, "休士頓市議會")]
    assert not [e for e in ext.entities if "訪賓" in e.name_zh or "外賓" in e.name_zh]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("其中某國西市由副市長山本一郎親率市府代表一行10人出席開幕式。", "山本一郎"),
        ("日本靜岡縣知事鈴木次郎親率縣府團隊於5月2日來訪。", "鈴木次郎"),
        ("韓國大邱廣域市市長權永振親率經濟考察團於6月3日至5日訪問本市。", "權永振"),
    ],
)
def test_親率_after_a_name_is_the_verb_not_the_name(sentence: str, name: str) -> None:
    ext = chapter(sentence)
    people = [e.name_zh for e in ext.entities if e.label == Label.PERSON]
    assert name in people and not any(p.endswith("親") for p in people)


@pytest.mark.parametrize(
    ("item", "name", "body"),
    [
        (
            "本期主要訪賓有日本靜岡縣副知事服部一郎、韓國仁川市副市長李明浩、泰國曼谷市副市長頌猜。",
            "服部一郎",
            "靜岡縣",
        ),
        (
            "本期訪賓有韓國仁川市副市長李明浩、日本岐阜市市長阿部太郎、泰國曼谷市副市長頌猜。",
            "阿部太郎",
            "岐阜市",
        ),
        (
            "主要訪賓為：韓國仁川市副市長李明浩、泰國曼谷市副市長頌猜、日本富山市議會議長渡部健一。",
            "渡部健一",
            "富山市議會",
        ),
    ],
)
def test_a_surname_ending_like_a_ministry_is_a_name(item: str, name: str, body: str) -> None:
    ext = chapter(item)
    person = named(ext, name)
    assert rels(ext, RelType.HOLDS_TITLE, source=person, target=named(ext, body))
    assert rels(ext, RelType.VISITED, source=person, target=KAOHSIUNG)


@pytest.mark.parametrize(
    ("sentence", "name", "body"),
    [
        (
            "新任日本臺灣交流協會高雄事務所所長王大明於4月7日到任拜會本府。",
            "王大明",
            "日本臺灣交流協會高雄事務所",
        ),
        (
            "新任美國在台協會高雄分處處長史密斯（John Smith）於3月2日到任拜會本府。",
            "史密斯",
            "美國在台協會高雄分處",
        ),
        ("現任英國在臺辦事處處長鄧元翰於5月9日來訪。", "鄧元翰", "英國在臺辦事處"),
    ],
)
def test_新任_before_a_body_is_no_part_of_its_name(sentence: str, name: str, body: str) -> None:
    ext = chapter(sentence)
    (holds,) = rels(ext, RelType.HOLDS_TITLE, source=named(ext, name))
    assert holds.target == named(ext, body)
    assert not [e for e in ext.entities if e.name_zh.startswith(("新任", "現任"))]


@pytest.mark.parametrize(
    "sentence",
    [
        "簽約儀式於市政廳舉行，市議會議長及多位市議員均到場觀禮。",
        "開幕典禮上，各國代表及數位市議員皆到場祝賀。",
        "本府另推動「某市國際青年大使計畫」，甄選學生赴姊妹市交流。",
    ],
)
def test_words_after_a_plural_or_a_programmes_title_name_nobody(sentence: str) -> None:
    ext = chapter(sentence)
    assert not [e for e in ext.entities if e.label == Label.PERSON]


@pytest.mark.parametrize(
    "sentence",
    [
        "雙方已完成協定內容確認，原預定於4月由岐阜市長率團來訪簽署，因入境限制，簽約時程延至疫情趨緩後另定。",
        "原預定於5月由松山市長率團訪問本市，因颱風延至下半年再議。",
        "原預定於3月由仁川市長率團來訪，因疫情延至明年。",
    ],
)
def test_a_visit_first_set_then_put_off_is_no_visit(sentence: str) -> None:
    ext = chapter(sentence)
    assert not rels(ext, RelType.VISITED)
    assert not [e for e in ext.entities if e.label == Label.PERSON]


def test_a_list_of_envoys_parted_by_semicolons_each_dated_after_the_name() -> None:
    ext = chapter(
        "(二)駐台使節（南下拜會本府者，依日期排列）：某國駐台代表處代表王大明，2月20日；"
        "某國在台協會台北辦事處處長約翰‧史密斯（John Smith），3月6日；"
        "某國駐台大使館大使李小明，5月13日。",
        "(三)其他訪賓（來訪者）：日本某某協會理事長山田一郎，4月2日；韓國某某商會會長朴正浩，6月1日。",
    )
    for name, day in (
        ("王大明", "2018-02-20"),
        ("約翰‧史密斯", "2018-03-06"),
        ("李小明", "2018-05-13"),
        ("山田一郎", "2018-04-02"),
        ("朴正浩", "2018-06-01"),
    ):
        assert rels(ext, RelType.VISITED, source=named(ext, name), start=day), name


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("1.美國西雅圖市由史蒂文森市長率團於107年3月5日至8日來訪，並參訪本市港埠。", "史蒂文森"),
        ("2.巴拉圭亞松森市岡薩雷斯副市長於107年4月2日率團來訪。", "岡薩雷斯"),
        (
            "3.107年5月3日，陳市長接見德國漢堡市范德比爾特市長，雙方就港埠合作交換意見。",
            "范德比爾特",
        ),
    ],
)
def test_a_transliterated_surname_before_a_title_is_no_person(text: str, surname: str) -> None:
    """某某某斯市長 of a city of a country whose people are named by transliteration,
    not named in full before: a surname and a title (led_by), not a person."""
    ext = chapter(text)
    assert not [e for e in ext.entities if e.label == "Person" and surname in e.name_zh]


def test_a_japanese_name_of_four_ideographs_before_a_title_is_a_person() -> None:
    ext = chapter("1.日本熊本市由山田太郎市長率團於107年6月1日來訪。")
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "山田太郎"), target="city:jp:kumamoto")


def test_a_list_introduced_then_parted_by_semicolons_reads_every_item() -> None:
    # the first item stands alone before ；, the list going on in the sentences after
    ext = chapter(
        "本期主要訪賓如下：韓國大邱市副市長金大中；美國西雅圖市議會議員約翰‧史密斯；"
        "日本福岡市議長田中一郎；泰國曼谷市副市長王大明。"
    )
    for name in ("金大中", "約翰‧史密斯", "田中一郎", "王大明"):
        assert rels(ext, RelType.VISITED, source=named(ext, name), target=KAOHSIUNG), name


def test_a_body_named_in_quotes_after_the_leader_is_who_came() -> None:
    ext = chapter(
        "1.日本靜岡縣：靜岡縣副知事田中一郎於4月9日率「靜岡觀光推進協會」一行20人來訪，參觀高雄港。"
    )
    body = named(ext, "靜岡觀光推進協會")
    assert rels(ext, RelType.VISITED, source=body, target=KAOHSIUNG, start="2018-04-09")
    assert not rels(ext, RelType.VISITED, source=named(ext, "靜岡縣"), target=KAOHSIUNG)


def test_a_leader_invited_by_the_city_before_leading_brings_the_body_led() -> None:
    ext = chapter(
        "1.美國西雅圖市：西雅圖市議會議員Mary Stone應本府之邀，"
        "於5月3日至6日率「西雅圖高雄姊妹市協會」一行9人來訪，本府觀光局並於5月4日與西雅圖高雄姊妹市協會簽署「觀光推廣合作備忘錄」。"
    )
    body = named(ext, "西雅圖高雄姊妹市協會")
    assert rels(ext, RelType.VISITED, source=body, target=KAOHSIUNG, start="2018-05-03")
    (mou,) = rels(ext, RelType.SIGNED_MOU)
    assert (mou.target, mou.properties["title"]) == (body, "觀光推廣合作備忘錄")


def test_a_body_led_in_quotes_is_who_takes_part_in_what_the_clauses_after_tell() -> None:
    ext = chapter(
        "1.美國西雅圖市：西雅圖市議會議員Mary Stone於5月3日至6日"
        "率「西雅圖高雄友好協會」一行9人來訪，除拜會陳市長並參觀「2018高雄國際貨櫃藝術節」外，亦參訪駁二藝術特區。"
    )
    body = named(ext, "西雅圖高雄友好協會")
    assert rels(ext, RelType.PARTICIPATED_IN, source=body)
    assert not rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "西雅圖市"))


def test_an_office_whose_officer_is_named_by_surname_and_title_came() -> None:
    ext = chapter(
        "1.亞洲：另駐台北菲律賓經濟文化辦事處黃副代表於6月5日率菲國航運業者一行12人來訪，"
        "洽談貨櫃航線合作。"
    )
    office = named(ext, "駐台北菲律賓經濟文化辦事處")
    assert rels(
        ext, RelType.VISITED, source=office, target=KAOHSIUNG, start="2018-06-05", led_by="黃副代表"
    )


def test_a_listed_guest_leading_a_group_brings_his_body_along() -> None:
    ext = chapter(
        "本期重要訪賓如下：日本仙台市議會議長鈴木一郎率領之議員訪問團、"
        "荷蘭阿姆斯特丹市觀光局局長彼得‧范登堡率藝術家團隊、韓國大邱市副市長金正民等。"
    )
    for body in ("仙台市議會", "阿姆斯特丹市觀光局"):
        assert rels(ext, RelType.VISITED, source=named(ext, body), target=KAOHSIUNG), body
    assert not rels(ext, RelType.VISITED, source=named(ext, "大邱市"), target=KAOHSIUNG)


def test_a_list_opened_by_the_part_its_people_played_at_the_event_spoken_of() -> None:
    ext = chapter(
        "本府與國立成功大學於107年5月7日至8日共同主辦「2018南方港灣論壇」，就水岸再生進行研討。"
        "國外與談人包括神戶市港灣局振興課課長山本一郎、鹿特丹港務局處長彼得‧范登堡及"
        "釜山市經濟振興局局長李明浩，分別介紹未來港區之再生經驗。"
    )
    forum = named(ext, "2018南方港灣論壇")
    for person in ("山本一郎", "彼得‧范登堡", "李明浩"):
        (took_part,) = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, person), target=forum)
        assert took_part.properties["role"] == "panelist", person
        assert took_part.properties["status"] == "attended", person
        assert rels(ext, RelType.VISITED, source=named(ext, person), target=KAOHSIUNG), person
    assert not rels(ext, RelType.INVITED, target=named(ext, "山本一郎"))


def test_a_list_of_guests_told_by_the_part_they_were_invited_to_play() -> None:
    """「應邀發表專題演講之外賓計有：A、B等2人」 at the city's own event: invited by the
    city, speakers there, and came to the city."""
    ext = chapter(
        "本府於107年5月7日至8日主辦「2018南方港灣論壇」，計有國內外學者約200人與會。"
        "應邀發表專題演講之外賓計有：神戶市港灣局課長山本一郎、鹿特丹港務局處長彼得‧范登堡"
        "等2人，分別就港區再生提出報告。"
    )
    forum = named(ext, "2018南方港灣論壇")
    for person in ("山本一郎", "彼得‧范登堡"):
        guest = named(ext, person)
        (took_part,) = rels(ext, RelType.PARTICIPATED_IN, source=guest, target=forum)
        assert took_part.properties["role"] == "speaker", person
        assert took_part.properties["status"] == "attended", person
        assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=guest), person
        assert rels(ext, RelType.VISITED, source=guest, target=KAOHSIUNG), person


def test_a_list_closed_by_attending_a_ceremony_named_after_it() -> None:
    ext = chapter(
        "本府於107年3月1日至10日在中央公園舉辦「2018高雄花卉博覽會」，吸引遊客逾50萬人次。"
        "展期間，本府邀請各國駐臺機構代表參觀，計有法國在台協會主任高大衛、"
        "駐台北印尼經濟貿易代表處代表約翰‧蘇托莫等貴賓應邀出席3月1日開幕典禮。"
    )
    expo = named(ext, "2018高雄花卉博覽會")
    for person in ("高大衛", "約翰‧蘇托莫"):
        guest = named(ext, person)
        assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=guest, event=expo), person
        assert rels(ext, RelType.PARTICIPATED_IN, source=guest, target=expo, status="attended"), (
            person
        )


def test_a_list_going_on_after_a_semicolon_into_a_dated_visit_of_its_own_is_prose() -> None:
    ext = chapter(
        "本期來訪外賓臚列如下：",
        "歐洲方面，計有德國某商會會長彼得‧卡特、法國某協會會長尚‧杜邦等；"
        "南美洲方面，智利瓦爾帕萊索市副市長卡洛斯‧羅哈斯於107年3月22日專程來訪，"
        "與本府就締結姊妹市協定書草案內容進行協商。",
    )
    person = named(ext, "卡洛斯‧羅哈斯")
    (visit,) = rels(ext, RelType.VISITED, source=person, target=KAOHSIUNG)
    assert visit.properties["start"] == "2018-03-22"
    assert rels(ext, RelType.SISTER_CITY_OF, status="negotiating")


def test_a_list_going_on_after_a_semicolon_into_a_party_coming_to_join_is_prose() -> None:
    ext = chapter(
        "本府於107年2月3日至18日在愛河沿岸舉辦「2018高雄燈會藝術節」。燈會期間，本府邀請駐臺"
        "使節參觀，計有法國在台協會主任高大衛、駐台北印尼經濟貿易代表處代表約翰‧蘇托莫等外賓應邀"
        "出席2月7日元宵節晚會；另日本熊本市議會議員鈴木一郎等8人亦專程組團來高觀賞燈會。"
    )
    suzuki = named(ext, "鈴木一郎")
    festival = named(ext, "2018高雄燈會藝術節")
    assert rels(ext, RelType.PARTICIPATED_IN, source=suzuki, target=festival, status="attended")
    assert rels(ext, RelType.VISITED, source=suzuki, target=KAOHSIUNG)


def test_the_part_of_a_list_of_invitees_not_the_part_another_party_played_after() -> None:
    ext = chapter(
        "107年9月3日，本府於市府禮堂舉辦「2018南方水岸論壇」，邀請日本橫濱市港灣局局長田中一郎、"
        "英國利物浦港務局處長約翰‧史密斯及德國漢堡港務局代表漢斯‧穆勒專程來高擔任主講人，"
        "分別介紹水岸再生之經驗，並由本市學者擔任與談人。"
    )
    forum = named(ext, "2018南方水岸論壇")
    for person in ("田中一郎", "約翰‧史密斯", "漢斯‧穆勒"):
        (took_part,) = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, person), target=forum)
        assert took_part.properties["role"] == "speaker", person


def test_a_list_of_invitees_ends_in_its_own_clause_not_at_a_later_list() -> None:
    ext = chapter(
        "107年4月9日，本府舉辦「外籍人士市政交流會」，邀請英國在台辦事處高雄分處處長約翰‧史密斯、"
        "德國經濟辦事處高雄分處處長漢斯‧穆勒及本市外籍學生代表等30餘人參加，"
        "王大明市長並親臨致詞，說明本府推動雙語城市之政策方向，與會者亦就本市交通、醫療及居住等提供建言。"
    )
    meeting = named(ext, "外籍人士市政交流會")
    for person in ("約翰‧史密斯", "漢斯‧穆勒"):
        (took_part,) = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, person), target=meeting)
        assert took_part.properties["status"] == "attended", person
        assert "role" not in took_part.properties, person


def test_the_citys_own_gathering_named_with_a_year_of_the_republic_after_a_sequence_word() -> None:
    ext = chapter(
        "嗣後，12月5日，本府於市府禮堂舉辦「107年外籍人士歲末聯誼會」，邀請英國在台辦事處"
        "高雄分處處長約翰‧史密斯、德國經濟辦事處高雄分處處長漢斯‧穆勒及本市外籍教師代表約150人參加，"
        "並介紹本府明年將舉辦之各項活動。"
    )
    gathering = named(ext, "107年外籍人士歲末聯誼會")
    assert gathering.endswith(":2018")
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=gathering)
    for person in ("約翰‧史密斯", "漢斯‧穆勒"):
        (took_part,) = rels(
            ext, RelType.PARTICIPATED_IN, source=named(ext, person), target=gathering
        )
        assert took_part.properties["status"] == "attended", person


def test_a_body_of_the_citys_own_listed_at_its_event_is_no_guest() -> None:
    ext = chapter(
        "107年4月9日，本府舉辦「外籍人士市政交流會」，邀請英國在台辦事處高雄分處處長約翰‧史密斯、"
        "德國經濟辦事處高雄分處處長漢斯‧穆勒及本市外籍商會代表等30餘人參加。"
    )
    _no_home_body_invited(ext)
    ext = chapter(
        "107年4月9日，本府舉辦「外籍人士市政交流會」，邀請英國在台辦事處高雄分處處長約翰‧史密斯、"
        "德國經濟辦事處高雄分處處長漢斯‧穆勒及本市外籍教師、外籍商會代表約200人參加。"
    )
    _no_home_body_invited(ext)


def _no_home_body_invited(ext: Extraction) -> None:
    meeting = named(ext, "外籍人士市政交流會")
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "漢斯‧穆勒"))
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG, event=meeting)}
    assert not [e for e in ext.entities if e.id in invited and "商會" in (e.name_zh or "")]


def test_the_mayor_named_in_full_speaks_at_the_citys_event_after_its_invitees() -> None:
    ext = chapter(
        "107年3月1日，英國利物浦市市長約翰‧史密斯來訪，拜會王大明市長。",
        "107年4月9日，本府舉辦「外籍人士市政交流會」，邀請英國在台辦事處高雄分處處長大衛‧布朗、"
        "德國經濟辦事處高雄分處處長漢斯‧穆勒等30餘人參加，王大明市長並親臨致詞。",
    )
    meeting = named(ext, "外籍人士市政交流會")
    mayor = named(ext, "王大明")
    assert rels(ext, RelType.PARTICIPATED_IN, source=mayor, target=meeting, role="speaker")


# Visitors listed with their dates one for each, in turn (written blind: 101b, 109b)
def _starts(ext: Extraction) -> dict[str, object]:
    """The first day of each visit to the city, by the visitor's name."""
    names = {e.id: e.name_zh for e in ext.entities}
    return {
        names[r.source]: r.properties.get("start")
        for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)
    }


@pytest.mark.parametrize(
    "line",
    [
        # after the list, 分別於 then the dates
        "泰國清邁市副市長宋猜、越南峴港市副主席阮文明及菲律賓宿霧市議員羅培茲，"
        "分別於3月2日、4月18日及5月9日來訪，參觀本市港埠設施。",
        # before the list, the word opening it after them
        "3月2日、4月18日及5月9日，依序接待泰國清邁市副市長宋猜、越南峴港市副主席阮文明"
        "及菲律賓宿霧市議員羅培茲。",
        # each one's own date after their name
        "泰國清邁市副市長宋猜於3月2日、越南峴港市副主席阮文明於4月18日、菲律賓宿霧市議員"
        "羅培茲於5月9日，先後南下拜會本府。",
        # the dates before the word, in the clause after the list
        "本期來訪外賓計有泰國清邁市副市長宋猜、越南峴港市副主席阮文明及菲律賓宿霧市議員"
        "羅培茲，於3月2日、4月18日及5月9日分別拜會本府。",
    ],
)
def test_visitors_listed_with_dates_in_turn_came_each_on_theirs(line: str) -> None:
    ext = chapter(line)
    starts = _starts(ext)
    assert starts == {"宋猜": "2018-03-02", "阮文明": "2018-04-18", "羅培茲": "2018-05-09"}


def test_heads_coming_in_turn_each_leading_a_group_bring_their_places() -> None:
    ext = chapter(
        "日本大分縣副知事佐藤浩、韓國蔚山廣域市副市長金泰完等2位首長，"
        "先後於4月3日至5日及6月1日率團來訪。"
    )
    starts = _starts(ext)
    assert starts["佐藤浩"] == starts["大分縣"] == "2018-04-03"
    assert starts["金泰完"] == "2018-06-01"
    assert [
        v.properties["led_by"] for v in rels(ext, RelType.VISITED, source=named(ext, "大分縣"))
    ] == ["佐藤浩"]
    assert not [p for p in ext.entities if p.name_zh.startswith("先後")]


def test_guests_coming_in_turn_with_no_group_led_bring_no_place() -> None:
    ext = chapter("泰國清邁市副市長宋猜及越南峴港市副主席阮文明，分別於3月2日及4月18日來訪。")
    assert set(_starts(ext)) == {"宋猜", "阮文明"}


def test_dates_not_one_for_each_date_no_one() -> None:
    ext = chapter(
        "泰國清邁市副市長宋猜、越南峴港市副主席阮文明及菲律賓宿霧市議員羅培茲，"
        "分別於3月2日及4月18日來訪。"
    )
    assert "2018-04-18" not in _starts(ext).values()


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("3月份計接待外賓6案，主要有日本岡山縣副知事山本二郎、美國波特蘭市議員瓊斯等。", "2018-03"),
        (
            "4月份共接待外賓9案，較重要者為日本岡山縣副知事山本二郎及美國波特蘭市議員瓊斯。",
            "2018-04",
        ),
        (
            "5月份計接待外賓7案，其中以日本岡山縣副知事山本二郎及美國波特蘭市議員瓊斯為主要訪賓。",
            "2018-05",
        ),
        (
            "6月份合計接待外賓5案，較具代表性者包括日本岡山縣副知事山本二郎、美國波特蘭市議員"
            "瓊斯等。",
            "2018-06",
        ),
    ],
)
def test_guests_of_a_month_named_as_its_main_ones_came_that_month(line: str, start: str) -> None:
    ext = chapter(line)
    assert _starts(ext) == {"山本二郎": start, "瓊斯": start}
    assert named(ext, "岡山縣") in {
        r.target for r in rels(ext, RelType.HOLDS_TITLE, source=named(ext, "山本二郎"))
    }


@pytest.mark.parametrize(
    ("line", "came"),
    [
        (  # their bodies, the group's word and the word of "in turn" in one clause
            "日本岡山縣議會議長佐藤一郎、韓國大邱廣域市議會議長李東熙所率訪團先後於3月5日及"
            "4月9日至10日抵高，參訪亞洲新灣區。",
            [("佐藤一郎", "岡山縣議會", "2018-03-05"), ("李東熙", "大邱廣域市議會", "2018-04-09")],
        ),
        (  # their cities, the word of "in turn" in the clause after the group's
            "日本岡山市副市長大塚俊夫及韓國大邱市副市長金大中所率代表團，依序於2月7日及2月9日"
            "抵達本市。",
            [("大塚俊夫", "岡山市", "2018-02-07"), ("金大中", "大邱市", "2018-02-09")],
        ),
    ],
)
def test_groups_led_by_guests_coming_in_turn_bring_their_places_or_bodies(
    line: str, came: list[tuple[str, str, str]]
) -> None:
    ext = chapter(line)
    for guest, sender, day in came:
        assert visit_starts(ext, named(ext, guest), KAOHSIUNG) == [day]
        assert visit_starts(ext, named(ext, sender), KAOHSIUNG) == [day]


# (review 43): the readings of dates in turn, checked with invented sentences
def test_days_before_a_list_not_one_for_each_bound_its_visits() -> None:
    ext = chapter(
        "3月5日及4月10日，陳市長依序接待日本熊本市長大西一史、韓國釜山市長吳巨敦及美國洛杉磯"
        "市議員John Smith。"
    )
    visits = rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert len(visits) == 3
    assert {(v.properties["start"], v.properties.get("end")) for v in visits} == {
        ("2018-03-05", "2018-04-10")
    }


def test_a_group_led_through_所率_brings_its_leaders_city() -> None:
    ext = chapter("日本熊本市長大西一史所率經貿訪問團於3月5日來訪。")
    assert visit_starts(ext, named(ext, "熊本市"), KAOHSIUNG) == ["2018-03-05"]
    assert "大西一史" in {e.name_zh for e in ext.entities}


def test_a_body_ending_in_所_keeps_it_as_leader() -> None:
    ext = chapter("日本東京大學研究所率團於3月5日來訪。")
    leaders = {v.properties.get("led_by") for v in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert leaders == {"日本東京大學研究所"}


def test_a_title_held_elsewhere_brings_no_body_to_a_visit_in_turn() -> None:
    ext = chapter(
        "1.日本九州市長會會長大西一史於1月10日出席本市活動。",
        "2.日本熊本市長大西一史、韓國釜山市長吳巨敦，先後於3月5日及4月10日率團來訪。",
    )
    assert not visit_starts(ext, named(ext, "日本九州市長會"), KAOHSIUNG)
    assert visit_starts(ext, named(ext, "釜山市"), KAOHSIUNG) == ["2018-04-10"]


@pytest.mark.parametrize(
    "line",
    [
        "日本熊本市長大西一史、韓國釜山市長吳巨敦等5位首長，先後於3月5日及4月10日率團來訪。",
        "日本熊本市長大西一史、韓國釜山市長吳巨敦等5位首長，分別於3月5日及4月10日來訪。",
    ],
)
def test_a_stated_number_not_that_of_the_listed_pairs_no_dates(line: str) -> None:
    ext = chapter(line)
    assert "2018-04-10" not in _starts(ext).values()


def test_a_month_range_of_guests_dates_them_over_it() -> None:
    ext = chapter("1.3至4月份計接待外賓10案，主要有日本熊本市長大西一史、韓國釜山市長吳巨敦等。")
    visits = rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert {(v.properties["start"], v.properties.get("end")) for v in visits} == {
        ("2018-03", "2018-04")
    }


def test_guests_listed_then_received_by_the_mayor_met_the_city() -> None:
    ext = chapter(
        "本年度重要之外賓為日本熊本市長大西一史及韓國釜山市長吳巨敦，均由陳市長親自接待。"
    )
    met = {r.target for r in rels(ext, RelType.MET_WITH, source=KAOHSIUNG)}
    assert met == {named(ext, "大西一史"), named(ext, "吳巨敦")}


@pytest.mark.parametrize(
    "line",
    [
        "德國漢堡市、法國波爾多市及日本熊本市，分別於3月5日、3月20日及4月9日來訪。",
        "德國漢堡市、法國波爾多市及日本熊本市分別於3月5日、3月20日及4月9日派團來訪。",
    ],
)
def test_places_listed_with_dates_in_turn_came_each_on_theirs(line: str) -> None:
    """(review 43) no one named: the places themselves, each on its day."""
    ext = chapter(line)
    assert _starts(ext) == {"漢堡": "2018-03-05", "波爾多": "2018-03-20", "熊本": "2018-04-09"}


def test_places_opening_the_names_of_schools_in_turn_came_not() -> None:
    ext = chapter(
        "日本宮崎縣立宮崎大宮高等學校、韓國釜山外國語高等學校等2校師生訪問團，分別於1月6日"
        "至9日及1月14日至17日來訪。"
    )
    assert "釜山" not in _starts(ext)


def test_bodies_listed_with_dates_in_turn_came_each_on_theirs_not_their_places() -> None:
    """(review 43) schools in turn: each school on its days, not the place of the first."""
    ext = chapter(
        "寒假期間另有日本宮崎縣立宮崎大宮高等學校、韓國釜山外國語高等學校及馬來西亞檳城鍾靈"
        "中學等3校師生訪問團，分別於1月6日至9日、1月14日至17日及2月3日至5日來訪。"
    )
    starts = sorted(_starts(ext).items(), key=lambda visit: str(visit[1]))
    assert [(name[-6:], day) for name, day in starts] == [  # (names end so, some with 日本)
        ("大宮高等學校", "2018-01-06"),
        ("國語高等學校", "2018-01-14"),
        ("檳城鍾靈中學", "2018-02-03"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "日本熊本市於3月5日、韓國釜山市於4月9日，先後拜會本府。",
        "日本熊本市、韓國釜山市，先後拜會本府。",
        "日本岡山市組成市民交流團一行20人、韓國大邱市則由該市文化觀光局組團，分別於2月8日抵高。",
    ],
)
def test_no_one_named_before_a_word_of_in_turn_reads_without_error_or_stray_body(
    line: str,
) -> None:
    """(re-reading the round) a clause before 先後 naming no one gave the days of each
    of no one (an internal error), and bodies were made for a pairing that failed."""
    ext = chapter(line)
    assert not [e for e in ext.entities if "則由" in e.name_zh]
