"""People read in prose and lists: which runs are names, and where they end."""

from __future__ import annotations

import pytest

from loaders.gazetteer import Gazetteer
from loaders.people import find_title_then_name
from loaders.reading import normalize


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _people(text: str, gaz: Gazetteer) -> list[tuple[str, str, str]]:
    return [(p.name, p.title, p.affiliation) for p in find_title_then_name(normalize(text), gaz)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("同年5月，名古屋市助役佐藤一郎率國際課人員來訪", ("佐藤一郎", "助役", "名古屋市")),
        ("日本岡山縣倉敷市助役田中和彥一行4人來訪", ("田中和彥", "助役", "日本岡山縣倉敷市")),
        ("由助役鈴木次郎率市民訪問團參加", ("鈴木次郎", "助役", "")),
    ],
)
def test_a_japanese_deputy_mayor_titled_助役_is_read(
    gaz: Gazetteer, text: str, person: tuple[str, str, str]
) -> None:
    assert person in _people(text, gaz)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("某某州州長約翰‧史密斯並致函本府，表達謝忱", "約翰‧史密斯"),
        ("名古屋市市長山田太郎並來函邀請本府", "山田太郎"),
        ("日本交流協會台北事務所新任代表佐藤二郎到任後前來拜會", "佐藤二郎"),
        ("美國在台協會高雄分處處長史大偉抵高後隨即拜會市府", "史大偉"),
    ],
)
def test_a_name_ends_before_並_or_a_verb_of_arriving(gaz: Gazetteer, text: str, name: str) -> None:
    assert name in [p[0] for p in _people(text, gaz)]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "某某州州長約翰‧史密斯偕同某某州議會議長彼得‧瓊斯等一行5人訪問本市",
            ("彼得‧瓊斯", "議長", "某某州議會"),
        ),
        (
            "名古屋市市長山田太郎偕名古屋市議會議長田中一郎來訪",
            ("田中一郎", "議長", "名古屋市議會"),
        ),
        (
            "波特蘭市議員湯姆‧布朗偕波特蘭商會會長瑪莉‧懷特來訪",
            ("瑪莉‧懷特", "會長", "波特蘭商會"),
        ),
    ],
)
def test_a_second_person_after_偕同_has_his_own_body(
    gaz: Gazetteer, text: str, second: tuple[str, str, str]
) -> None:
    assert second in _people(text, gaz)


@pytest.mark.parametrize(
    "text",
    [
        "原洽談締結姊妹市，因該縣知事改選，雙方同意暫緩",
        "本府首次由副市長層級率團出訪中美洲",
        "該市市長換屆後，雙方將再行接洽",
    ],
)
def test_words_of_an_office_s_tenure_after_a_title_name_nobody(gaz: Gazetteer, text: str) -> None:
    assert _people(text, gaz) == []


@pytest.mark.parametrize(
    "text",
    [
        "林副市長並主持市長圓桌會議，分享本市經驗",
        "會後並舉行議長圓桌會議。",
        "王副市長並出席州長聯席會議，介紹本市經驗",
    ],
)
def test_an_event_for_a_title_s_holders_names_nobody(gaz: Gazetteer, text: str) -> None:
    assert _people(text, gaz) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("韓國大邱廣域市經濟副市長朴永會、仁川市議會議長李正浩", "朴永會"),
        ("光州廣域市行政副市長金成會率團來訪", "金成會"),
        ("新加坡國會議員陳建國一行3人來訪", "陳建國"),
    ],
)
def test_a_given_name_may_end_as_a_body_does(gaz: Gazetteer, text: str, name: str) -> None:
    assert name in [p[0] for p in _people(text, gaz)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("日本交流協會台北事務所代表森田和夫至本府拜會", "森田和夫"),
        ("日本福岡市副市長山田和彥赴高雄港參訪", "山田和彥"),
        ("日本仙台市議會議長佐藤和也前往本市捷運工程參觀", "佐藤和也"),
    ],
)
def test_a_name_holding_和_ends_before_a_verb_of_going(
    gaz: Gazetteer, text: str, name: str
) -> None:
    assert name in [p[0] for p in _people(text, gaz)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("日本大阪市港灣局局長松本秀和來高參加論壇", "松本秀和"),
        ("日本神戶市消防局局長鍋島秀和來台交流", "鍋島秀和"),
        ("日本福岡縣副知事大曲昭和南下拜會本府", "大曲昭和"),
        ("日本橫濱市議員小林一和到府拜會", "小林一和"),
    ],
)
def test_a_name_ending_in_和_before_a_verb_of_coming_keeps_it(
    gaz: Gazetteer, text: str, name: str
) -> None:
    # 和 before a verb of coming joins no second person: the name ends in it
    assert name in [p[0] for p in _people(text, gaz)]


@pytest.mark.parametrize(
    "text",
    ["曼谷市頌猜副市長率團來高", "峴港市黎明副市長率團來訪", "福岡市林明副市長率團來訪"],
)
def test_no_name_before_a_title_opens_inside_a_place_s_name(gaz: Gazetteer, text: str) -> None:
    from loaders.people import find_name_before_title

    names = [p.name for p in find_name_before_title(normalize(text), gaz)]
    assert not [n for n in names if n.startswith("市")]


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("日本沖繩縣那霸市助役金城和夫等來訪", "金城和夫"),
        ("日本福岡市副市長山田和彥等來訪", "山田和彥"),
        ("日本仙台市議長佐藤和夫等與會", "佐藤和夫"),
    ],
)
def test_a_name_holding_和_ends_before_等(gaz: Gazetteer, item: str, name: str) -> None:
    from loaders.people import parse_visitor_item

    assert parse_visitor_item(normalize(item), gaz)[0].name == name


@pytest.mark.parametrize(
    "text",
    [
        "轉達智利某某市市長希望與本市締結友好城市之意願",
        "菲律賓某某省省長有意組團來訪",
        "該市議長期盼兩市擴大交流",
        "日本某某市長預定於12月回訪本市",
        "日本某某縣知事預計明年率團來訪",
    ],
)
def test_a_verb_of_wishing_after_a_title_names_nobody(gaz: Gazetteer, text: str) -> None:
    assert _people(text, gaz) == []
