"""Whether spans read as names can be names: people, bodies, leaders."""

from __future__ import annotations

import pytest

from loaders.gazetteer import Gazetteer
from loaders.names import affiliation_words, bare_surname, body_name, leader_name, person_name
from loaders.people import find_name_before_title, find_title_then_name, parse_visitor_item
from loaders.reading import normalize


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    "name",
    [
        "王明",
        "王大明",
        "歐陽大明",
        "山田太郎",
        "後藤田正純",
        "約翰‧史密斯",
        "某某・某某某",
        "John Smith",
    ],
)
def test_names_pass_as_they_stand(name: str) -> None:
    assert person_name(name) == name


@pytest.mark.parametrize(
    ("span", "name"),
    [("約翰‧史密斯並", "約翰‧史密斯"), ("王大明並", "王大明"), ("山田太郎亦", "山田太郎")],
)
def test_a_word_of_the_sentence_closing_a_name_is_trimmed(span: str, name: str) -> None:
    assert person_name(span) == name


@pytest.mark.parametrize(
    "span",
    ["於市府", "就農業技術", "開幕", "由某市", "及王大明", "2023年", "王大明,李", "某某某某某某"],
)
def test_words_of_the_sentence_are_no_name(span: str) -> None:
    assert person_name(span) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("某市市長約翰‧史密斯並應邀發表演講", "約翰‧史密斯"),
        ("某國駐華大使館大使王大明並表示", "王大明"),
        ("某縣知事山田太郎並出席開幕式", "山田太郎"),
    ],
)
def test_a_name_read_after_a_title_leaves_out_a_closing_word(
    gaz: Gazetteer, text: str, name: str
) -> None:
    assert [p.name for p in find_title_then_name(text, gaz)] == [name]


@pytest.mark.parametrize(
    "item",
    [
        "陳市長於市府接見某國駐華大使館大使王大明",
        "林市長於本府接見日本某縣知事山田太郎",
        "李市長在市府會見某國貿易辦事處代表約翰‧史密斯",
    ],
)
def test_what_follows_a_home_title_in_a_list_item_is_no_person(gaz: Gazetteer, item: str) -> None:
    people = parse_visitor_item(item, gaz)
    assert [p.name for p in people][-1:] == [item[-len(people[-1].name) :]]
    assert all(p.name not in ("於市府", "於本府", "在市府") for p in people)


@pytest.mark.parametrize(
    "item",
    [
        "某國駐華大使館大使王大明等人,就農業技術",
        "某國辦事處代表李小華等人,就觀光推廣",
        "某國辦事處處長約翰‧史密斯等,就經貿合作",
    ],
)
def test_a_topic_after_a_list_is_no_one_sharing_the_title(gaz: Gazetteer, item: str) -> None:
    assert len(parse_visitor_item(item, gaz)) == 1


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("由某某展覽集團", "某某展覽集團"),
        ("及美國某某港務局", "美國某某港務局"),
        ("ICLEI某某培訓中心共同", "ICLEI某某培訓中心"),
        ("接見某國駐華大使館", "某國駐華大使館"),
        ("陳市長於市府接見某國駐華大使館", "某國駐華大使館"),
        ("某市長並見證本市某某高中", "本市某某高中"),
        ("同日韓國某某市議會", "韓國某某市議會"),
        ("翌日國立某某大學", "國立某某大學"),
        ("隨後某某協會", "某某協會"),
    ],
)
def test_a_body_is_named_without_the_words_of_the_sentence(span: str, name: str) -> None:
    assert body_name(span) == name


@pytest.mark.parametrize(
    "name",
    [
        "某某國際交流協會",
        "美國在台協會高雄分處",
        "某國經濟暨創新部",
        "日本交流協會",
        "以色列駐台北代表處",
    ],
)
def test_bodies_pass_as_they_stand(name: str) -> None:
    assert body_name(name) == name


@pytest.mark.parametrize("span", ["該會", "該公司", "101年3月8日,外交部安排某團參訪,陳", "某"])
def test_a_reference_or_a_clause_is_no_body(span: str) -> None:
    assert body_name(span) is None


@pytest.mark.parametrize(
    ("name", "bare"),
    [("大西", True), ("歐陽", True), ("田村", False), ("陳芳", False), ("王大明", False)],
)
def test_two_ideographs_before_a_title_may_be_a_surname_alone(name: str, bare: bool) -> None:
    assert bare_surname(name) is bare


@pytest.mark.parametrize(
    ("span", "leader"),
    [
        ("陳市長", "陳市長"),
        ("某市市長王大明亦", "某市市長王大明"),
        ("山田市長親自", "山田市長"),
        ("某市長允諾屆時將親自", None),
        ("於105年5月10日至14日", None),
    ],
)
def test_a_leader_is_a_name_or_a_title(span: str, leader: str | None) -> None:
    assert leader_name(span) == leader


@pytest.mark.parametrize(
    ("span", "words"),
    [
        ("陳市長於市府接見某國駐華大使館", "某國駐華大使館"),
        ("由某國某市", "某國某市"),
        ("友邦某國外交部", "某國外交部"),
        ("該市", "該市"),
        ("並", ""),
    ],
)
def test_the_words_before_a_title_lose_those_of_the_sentence(span: str, words: str) -> None:
    assert affiliation_words(span) == words


@pytest.mark.parametrize(
    "text",
    [
        # a demonstrative and its noun, an adverb of the moment, a verb of expressing
        "某州州長約翰‧史密斯出席論壇，州長此番亦參訪港區",
        "某市議會議長致詞後，議長當即表示支持",
        "某縣知事致函本府市長表達謝意",
        "某國駐華大使館大使當場簽署備忘錄",
    ],
)
def test_words_of_the_sentence_after_a_title_name_nobody(gaz: Gazetteer, text: str) -> None:
    names = {p.name for p in find_title_then_name(normalize(text), gaz)}
    assert names <= {"約翰‧史密斯"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("原由市長率團，改由王副市長出席", "王副市長"),
        ("原定市長出席，改由林局長率團", "林局長"),
        ("原訂處長出席，改由陳科長率員與會", "陳科長"),
    ],
)
def test_who_takes_over_after_改由_is_no_name_opening_with_it(
    gaz: Gazetteer, text: str, name: str
) -> None:
    found = find_name_before_title(normalize(text), gaz)
    assert not any(p.name.startswith("改由") for p in found)
    assert person_name("改由" + name[0]) is None
