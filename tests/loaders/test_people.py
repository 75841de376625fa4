"""People in visitor lists: where the title begins."""

from __future__ import annotations

import re

import pytest

from loaders.gazetteer import Gazetteer
from loaders.lexicon import lexicon
from loaders.people import find_name_before_title, find_title_then_name, parse_visitor_item
from loaders.reading import normalize


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("item", "affiliation", "title"),
    [
        ("加拿大卑詩省省長事務顧問史密斯", "加拿大卑詩省", "省長事務顧問"),
        ("日本靜岡縣觀光局局長山田太郎", "日本靜岡縣觀光局", "局長"),
        ("韓國仁川市議會議長李明浩", "韓國仁川市議會", "議長"),
        ("菲律賓共和國駐華大使館大使羅培茲", "菲律賓共和國駐華大使館", "大使"),
    ],
)
def test_words_between_a_place_and_a_title_that_name_no_body_are_the_title(
    gaz: Gazetteer, item: str, affiliation: str, title: str
) -> None:
    (person,) = parse_visitor_item(item, gaz)
    assert (person.affiliation, person.title) == (affiliation, title)


@pytest.mark.parametrize(
    ("text", "affiliation", "name"),
    [
        # a 和 inside a country's long form is no break between two parties
        (
            "宏都拉斯共和國駐華大使館參事馬丁內茲（José Martínez）先後來訪",
            "宏都拉斯共和國駐華大使館",
            "馬丁內茲",
        ),
        # a name holding 和, glossed by its romanization, is one name
        ("名古屋市副市長佐藤和彥（Sato Kazuhiko）率團來訪", "名古屋市", "佐藤和彥"),
    ],
)
def test_prose_affiliation_and_name_read_through_和(
    gaz: Gazetteer, text: str, affiliation: str, name: str
) -> None:
    from loaders.people import find_title_then_name
    from loaders.reading import normalize

    person = find_title_then_name(normalize(text), gaz)[0]
    assert (person.affiliation, person.name) == (affiliation, name)


def test_a_letter_to_a_mayor_names_nobody(gaz: Gazetteer) -> None:
    from loaders.people import find_name_before_title
    from loaders.reading import normalize

    text = normalize("該州州長並來函林市長，感謝本市協助")
    assert not find_name_before_title(text, gaz)


@pytest.mark.parametrize(
    "text",
    [
        "本府經由瓜地馬拉駐華大使館協助，與該國第二大城洽談交流",
        "本府透過泰國駐台北經濟文化辦事處及日本駐那霸總領事館協調相關行程",
        "新潟市代表隊勇奪第三名，本市代表團並全程陪同",
    ],
)
def test_a_title_that_begins_a_longer_noun_names_nobody(gaz: Gazetteer, text: str) -> None:
    # 大使館, 總領事館, 代表隊, 代表團: the title runs on into a body's name
    from loaders.reading import normalize

    assert find_title_then_name(normalize(text), gaz) == []


@pytest.mark.parametrize(
    ("text", "affiliation", "title", "name"),
    [
        ("靜岡縣危機管理監山田太郎率團來訪", "靜岡縣", "危機管理監", "山田太郎"),
        ("本府邀請名古屋市國際戰略監鈴木一郎出席論壇", "名古屋市", "國際戰略監", "鈴木一郎"),
        ("仁川市政策企劃官金英浩表示，雙方將持續交流", "仁川市", "政策企劃官", "金英浩"),
        ("名古屋市首席研究員佐藤次郎應邀擔任講座", "名古屋市", "首席研究員", "佐藤次郎"),
    ],
)
def test_an_unlisted_title_after_a_place_ends_with_a_titles_last_word(
    gaz: Gazetteer, text: str, affiliation: str, title: str, name: str
) -> None:
    from loaders.reading import normalize

    (person,) = find_title_then_name(normalize(text), gaz)
    assert (person.affiliation, person.title, person.name) == (affiliation, title, name)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("仁川市前市長王大明出席", "市長"),  # a listed title keeps its own reading
        ("名古屋市姊妹市市長山田太郎出席", "市長"),
        ("仁川市議會議長李明浩出席", "議長"),  # a body's name is no title
    ],
)
def test_listed_titles_and_bodies_are_not_read_as_unlisted_titles(
    gaz: Gazetteer, text: str, title: str
) -> None:
    from loaders.reading import normalize

    (person,) = find_title_then_name(normalize(text), gaz)
    assert person.title == title


@pytest.mark.parametrize(
    "text",
    [
        "本府製作影片於仁川市政府官網播放",  # 政府 ends a body, 政府官 is no title
        "名古屋市派員王大明出席",  # a verb of sending is no title
        "靜岡縣之代表處長期協助",
    ],
)
def test_words_after_a_place_that_hold_a_verb_or_a_body_name_nobody(
    gaz: Gazetteer, text: str
) -> None:
    from loaders.reading import normalize

    assert find_title_then_name(normalize(text), gaz) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("神戶市市長岡本和夫以該市復興經驗發表演講", "岡本和夫"),
        ("靜岡縣知事中村和子與陳市長會面", "中村和子"),
        ("名古屋市副市長山田和彥出席開幕式", "山田和彥"),
        ("仁川市市長王大明以及副市長李明浩出席", "王大明"),
    ],
)
def test_a_given_name_holding_和_runs_on_to_the_break_after_it(
    gaz: Gazetteer, text: str, name: str
) -> None:
    from loaders.reading import normalize

    assert find_title_then_name(normalize(text), gaz)[0].name == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("美國某某市市長王大明來訪", "王大明"),
        ("日本某某縣知事山田太郎蒞府拜會", "山田太郎"),
        ("韓國某某市副市長李明浩訪問本市", "李明浩"),
        ("美國某某市市長喬治‧史密斯來訪", "喬治‧史密斯"),
        ("駐台北某國代表處代表朴明洙南下，拜會本府", "朴明洙"),
        ("某市港灣局局長金正鎬代表與會", "金正鎬"),
    ],
)
def test_a_name_after_its_title_ends_where_the_coming_is_told(
    gaz: Gazetteer, sentence: str, name: str
) -> None:
    assert [person.name for person in find_title_then_name(sentence, gaz)] == [name]


def test_a_title_before_the_coming_names_nobody(gaz: Gazetteer) -> None:
    assert find_title_then_name("韓國某某市經濟副市長來訪", gaz) == []


@pytest.mark.parametrize(
    ("text", "name", "affiliation", "title"),
    [
        ("並拜會福岡市長高島一郎（Takashima Ichiro），洽談觀光包機", "高島一郎", "福岡市", "市長"),
        ("6月3日拜會京都市長佐藤次郎，交換意見", "佐藤次郎", "京都市", "市長"),
        ("雙方由札幌市長秋元一郎與陳市長共同簽署", "秋元一郎", "札幌市", "市長"),
    ],
)
def test_a_place_sharing_its_suffix_with_the_title_is_the_affiliation(
    gaz: Gazetteer, text: str, name: str, affiliation: str, title: str
) -> None:
    found = [p for p in find_title_then_name(normalize(text), gaz) if p.name == name]
    assert found and (found[0].affiliation, found[0].title) == (affiliation, title)


@pytest.mark.parametrize(
    "item",
    [
        "某國駐臺代表處副代表史密斯（John Smith）及其眷屬",
        "某國商務辦事處處長王大明及其夫人",
        "某某協會會長山田太郎及其隨員",
    ],
)
def test_a_pronoun_and_a_companion_after_及_name_no_one(gaz: Gazetteer, item: str) -> None:
    assert len(parse_visitor_item(item, gaz)) == 1


@pytest.mark.parametrize(
    ("item", "names"),
    [
        ("德國漢堡港務局局長Jens Hoffmann來訪", ["Jens Hoffmann"]),
        ("日本某縣議會日台友好議員連盟會長高木一郎率議員團", ["高木一郎"]),
        ("某國商務辦事處處長王大明來訪", ["王大明"]),
        ("某市議會議長王大明及李小華", ["王大明", "李小華"]),
    ],
)
def test_words_after_a_name_closing_an_item_are_no_second_name(
    gaz: Gazetteer, item: str, names: list[str]
) -> None:
    """A bare name sharing the one before's title is read only after 及/暨/與/和 (the
    last item of a list running to the sentence's end: …以及某局局長某某來訪)."""
    assert [p.name for p in parse_visitor_item(item, gaz)] == names


@pytest.mark.parametrize(
    ("text", "affiliation", "title"),
    [
        ("大阪市則因市長山田太郎（Yamada Taro）另有公務", "大阪市", "市長"),
        ("仁川市因市長李明浩，另有公務", "仁川市", "市長"),
        ("西雅圖市則因副市長約翰‧史密斯率團來訪", "西雅圖市", "副市長"),
    ],
)
def test_a_conjunction_between_a_place_and_its_title_belongs_to_neither(
    gaz: Gazetteer, text: str, affiliation: str, title: str
) -> None:
    person = find_title_then_name(normalize(text), gaz)[0]
    assert (person.affiliation, person.title) == (affiliation, title)


@pytest.mark.parametrize(
    "text",
    [
        "某市市長約翰‧史密斯出席論壇。史密斯市長今年亦參訪港區",
        "某州州長瑪麗亞‧羅培茲致詞，羅培茲州長今日亦表示支持",
        "某縣議長彼得‧卡特來訪，卡特議長翌日亦出席晚宴",
    ],
)
def test_a_transliterated_name_called_again_by_its_last_part_holds_the_title_after_it(
    gaz: Gazetteer, text: str
) -> None:
    assert len(find_title_then_name(normalize(text), gaz)) == 1


def test_a_name_read_in_an_earlier_sentence_is_known_when_called_again(gaz: Gazetteer) -> None:
    text = normalize("史密斯市長今年亦參訪港區")
    assert find_title_then_name(text, gaz, ["約翰‧史密斯"]) == []


@pytest.mark.parametrize(
    "text",
    ["某某辦事處處長來訪,到任拜會林市長", "考察並拜會陳市長", "一行5人來訪並晉見王市長"],
)
def test_a_verb_before_a_surname_and_title_is_no_name(gaz: Gazetteer, text: str) -> None:
    """到任拜會林 (+市長): what a guest did, then a surname and a title; no one named."""
    from loaders.people import find_name_before_title

    assert [m.name for m in find_name_before_title(text, gaz)] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("某國商務辦事處處長王大明新春拜會本府", "王大明"),
        ("某某協會會長山田太郎日前來訪", "山田太郎"),
        ("某國駐臺代表處代表史密斯近日拜訪市長", "史密斯"),
    ],
)
def test_a_time_word_before_the_call_is_no_part_of_the_name(
    gaz: Gazetteer, text: str, name: str
) -> None:
    """所長某某新春拜會本府: 新春 dates the call; the name ends before it."""
    assert [m.name for m in find_title_then_name(normalize(text), gaz)] == [name]


@pytest.mark.parametrize(
    ("text", "affiliation", "title"),
    [
        ("日本橫濱港務局歐洲代表約翰‧史密斯來訪", "橫濱港務局", "歐洲代表"),
        ("德國漢堡港務局亞洲代表彼得‧卡特來訪", "漢堡港務局", "亞洲代表"),
        ("世界華人工商會（WCC）亞太地區會長約翰‧史密斯來訪", "工商會(WCC)", "亞太地區會長"),
        ("美國波音公司歐洲總經理約翰‧史密斯來訪", "波音公司", "歐洲總經理"),
        ("新加坡港務集團東南亞總裁陳大文來訪", "港務集團", "東南亞總裁"),
    ],
)
def test_a_part_of_the_world_after_a_body_belongs_to_the_title(
    gaz: Gazetteer, text: str, affiliation: str, title: str
) -> None:
    """某港務局亞洲代表: the body is 某港務局, its officer the 亞洲代表 (as 亞洲區代表)."""
    person = find_title_then_name(normalize(text), gaz)[0]
    assert (person.affiliation.endswith(affiliation), person.title) == (True, title)


@pytest.mark.parametrize(
    ("text", "affiliation", "title"),
    [
        ("仁川世界盃籌備委員會事務次長李明浩", "仁川世界盃籌備委員會", "事務次長"),
        ("某國貿易協會大邱地區本部本部長金正民", "某國貿易協會大邱地區本部", "本部長"),
        ("某國立大學土木系副教授王大明", "某國立大學土木系", "副教授"),
    ],
)
def test_titles_of_secretariats_headquarters_and_faculties(
    gaz: Gazetteer, text: str, affiliation: str, title: str
) -> None:
    person = find_title_then_name(normalize(text), gaz)[0]
    assert (person.affiliation, person.title) == (affiliation, title)


@pytest.mark.parametrize(
    ("text", "affiliation", "title"),
    [
        ("美國某某港務局（Port of Somewhere）港務委員約翰‧史密斯來訪", "港務局", "港務委員"),
        ("日本某某港務局（Port of Someplace）歐美業務經理山田太郎來訪", "港務局", "歐美業務經理"),
        ("日本某某大學（Some University）國際交流處處長山田太郎來訪", "國際交流處", "處長"),
    ],
)
def test_words_after_a_bodys_gloss_are_the_titles_unless_a_unit(
    gaz: Gazetteer, text: str, affiliation: str, title: str
) -> None:
    """A body's English gloss closes its name: words after it naming no body of it are
    the title's (某港務局（Port of …）港務委員); a unit keeps its name (國際交流處)."""
    (person,) = find_title_then_name(normalize(text), gaz)
    assert re.sub(r"\([^()]*\)", "", person.affiliation).endswith(affiliation)
    assert person.title == title


@pytest.mark.parametrize(
    ("text", "name", "affiliation", "title"),
    [
        ("特邀日本長崎市港灣局局長中村一郎發表專題演講", "中村一郎", "日本長崎市港灣局", "局長"),
        (
            "德國慕尼黑市水務局資深工程師施密特（Hans Schmidt）亦應邀發表演講",
            "施密特",
            "德國慕尼黑市水務局",
            "資深工程師",
        ),
    ],
)
def test_a_speaker_named_after_an_invitation_and_before_the_talk(
    gaz: Gazetteer, text: str, name: str, affiliation: str, title: str
) -> None:
    """「特邀某市某局局長某某發表專題演講」: 特邀 opens no body, 發表 ends the name; an
    engineer (資深工程師) holds a title."""
    (person,) = find_title_then_name(normalize(text), gaz)
    assert (person.name, person.affiliation, person.title) == (name, affiliation, title)


def test_a_comma_inside_a_bodys_gloss_breaks_no_affiliation(gaz: Gazetteer) -> None:
    """「某管理局（Some Bay Authority, SBA）主席某某」: the comma is the gloss's."""
    text = normalize(
        "泰國林查班港灣管理局（Laem Chabang Port Authority, LCPA）主席頌猜（Somchai）率團來訪"
    )
    (person,) = find_title_then_name(text, gaz)
    assert person.affiliation.startswith("泰國林查班港灣管理局")


def test_a_name_and_title_before_the_reason_for_not_coming(gaz: Gazetteer) -> None:
    """「某市王大明市長因公未克出席」: the mayor named before his title."""
    text = normalize("韓國仁川廣域市朴永浩市長因公未克出席。")
    found = [(p.name, p.title) for p in find_name_before_title(text, gaz)]
    assert found == [("朴永浩", "市長")]


@pytest.mark.parametrize("text", ["由中興高工校長率師生代表赴某市簽署", "由光華高商校長率團出訪"])
def test_a_vocational_school_before_its_head_is_no_name(gaz: Gazetteer, text: str) -> None:
    """「由某某高工校長率師生…」: 高工, 高商 end a school's name (seed org_kinds), not a
    person's."""
    assert find_name_before_title(normalize(text), gaz) == []


@pytest.mark.parametrize("text", ["某副主席邀請王市長明年率團訪問某市。", "李局長日前來訪。"])
def test_a_time_word_after_a_surname_and_title_is_no_given_name(gaz: Gazetteer, text: str) -> None:
    """「邀請王市長明年率團」: 明年 is when, not 王明年."""
    assert find_title_then_name(normalize(text), gaz) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("某局局長並代表王大明市長,邀請本府參加", "王大明"),
        ("處長來訪,代表李小華市長(Lee)邀請", "李小華"),
    ],
)
def test_a_name_acted_for_stands_bare_before_its_title(
    gaz: Gazetteer, text: str, name: str
) -> None:
    """代表王大明市長: the one acted for, named before the title
    with no affiliation (of the guest's place, the caller decides)."""
    from loaders.people import find_name_before_title

    assert [m.name for m in find_name_before_title(text, gaz)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "某國駐台北商務代表處代表王大明南下拜會市長",
        "某國經濟辦事處處長王大明北上參訪",
        "某國辦事處處長王大明抵高訪問",
    ],
)
def test_a_coming_after_the_name_is_no_part_of_it(gaz: Gazetteer, text: str) -> None:
    """代表王大明南下拜會: 南下 tells the coming; the name is 王大明."""
    assert [m.name for m in find_title_then_name(normalize(text), gaz)] == ["王大明"]


def test_a_discussion_after_a_title_is_no_name(gaz: Gazetteer) -> None:
    """與本市市議會議員座談: 座談 is what was done with the councillors, no one named."""
    text = normalize("參觀本市港區，並與本市市議會議員座談，就議會交流交換意見")
    assert [m.name for m in find_title_then_name(text, gaz)] == []


@pytest.mark.parametrize(
    ("when", "mayor"),
    [("1990-03-10", "蘇南成"), ("1990-08-14", "吳敦義"), ("1998-06-01", "吳敦義")],
)
def test_the_curated_mayor_is_the_one_in_office_on_the_day(when: str, mayor: str) -> None:
    # the 1990 handover was in June (蘇南成 to 15 June, 吳敦義 from then on)
    held = [p.name_zh for p in lexicon().people if p.title_zh == "市長" and p.in_office(when)]
    assert held == [mayor]
