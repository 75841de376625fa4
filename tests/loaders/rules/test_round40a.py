"""Round 40a: names and entities, by error class — where a name's edges fall and whether
a named person, body or place is found at all — each form tested on invented sentences
in several wordings (other cities, people, dates, verbs and word orders)."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


def _people(ext) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.name_zh for e in ext.entities if e.id.startswith("person:")}


def _bodies(ext) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.name_zh for e in ext.entities if e.id.startswith("org:")}


# The form: an adverb or conjunction of the clause (更 亦 均 並 再 又 另 皆 仍; 則 before
# how or when) written right after a person's name, before what the person did, is no
# part of the name (某市市長某某更親自致詞, 某局長某某則以視訊方式演說, 某某又率團來訪).


# 1. an adverb between a name read after its title and the verb is cut off the name
def test_an_adverb_after_a_name_is_no_part_of_it() -> None:
    ext = chapter(
        "2022年3月4日，日本鶴岡市市長佐藤一郎更親自出席開幕典禮。",
        "美國聖地牙哥市副市長王大同則以視訊方式致詞。",
        "德國漢堡市議會議長史密特均出席，韓國仁川市副市長金大中又率團來訪。",
        period="2022-01/2022-06",
    )
    people = _people(ext)
    assert {"佐藤一郎", "王大同", "史密特", "金大中"} <= people
    assert not {"佐藤一郎更", "王大同則", "史密特均", "金大中又"} & people
    mayor = named(ext, "王大同")
    assert rels(ext, RelType.HOLDS_TITLE, source=mayor, target=named(ext, "聖地牙哥"))


# 2. a leader's name followed by such an adverb before 率: the person and the body he
# heads came, led by him (not by 「某某又」)
def test_a_leader_with_an_adverb_before_leading_brings_his_place() -> None:
    ext = chapter(
        "2022年3月4日，韓國仁川市副市長金大中又率團來訪。",
        "2022年5月9日，美國奧克蘭市市長李大衛另率經貿訪問團來訪。",
        period="2022-01/2022-06",
    )
    for person, city in (("金大中", "仁川"), ("李大衛", "奧克蘭")):
        visit = rels(ext, RelType.VISITED, source=named(ext, city), target=KAOHSIUNG)
        assert [v.properties.get("led_by") for v in visit] == [person]


# 3. (a guard) a Japanese given name ending in 則 or 也 keeps it before a verb of coming or a
# conjunction (鈴木康則來訪, 山田達也亦表示): those two end names as often as clauses
def test_a_given_name_ending_like_an_adverb_keeps_it() -> None:
    ext = chapter(
        "日本福岡縣議會議長鈴木康則來訪，日本靜岡市副市長山田達也亦出席。",
        "陳市長接見日本大分市市長佐藤義則暨副市長中村和也。",
        period="2022-01/2022-06",
    )
    people = _people(ext)
    assert {"鈴木康則", "山田達也", "佐藤義則"} <= people


# The form: a verb written right before a title (派員陪同校長, 偕同理事長), or the 會 of
# 與會 before 代表 (與會代表駐足參觀): the words of the sentence, no person's name.


# 4. no person is made of a verb of going along before a title, or of 與會代表
def test_a_verb_or_a_plain_noun_before_a_title_names_no_one() -> None:
    ext = chapter(
        "本府教育局派員陪同校長赴日本熊本縣出席簽約儀式。",
        "市府派員陪同理事長前往韓國釜山市參訪。",
        "本府並於會場設置攤位，吸引各國與會代表駐足洽詢。",
        "展覽期間，許多與會代表駐足參觀本市攤位。",
        period="2011-01/2011-06",
    )
    assert not _people(ext)


# The form: a time word before a body's name (繼上半年某市某局來訪後, 繼去年…, 繼今年3月…)
# is the sentence's: the body is named from its place on.


# 5. a body named after a word of sequence and a time is named without them
def test_a_time_word_before_a_body_is_no_part_of_its_name() -> None:
    ext = chapter(
        "繼上半年印尼泗水市發展計畫局來訪後，本府持續與泗水市洽商合作事宜。",
        "繼去年日本橫濱市港灣局來訪後，本府於本年再度派員回訪。",
        "繼今年3月美國波特蘭市商會來訪後，雙方持續洽談合作。",
        period="2018-01/2018-06",
    )
    for body in ("泗水市發展計畫局", "橫濱市港灣局", "波特蘭市商會"):
        assert rels(ext, RelType.VISITED, source=named(ext, body), target=KAOHSIUNG)
    assert not any(b.startswith(("繼", "上半年", "去年", "今年")) for b in _bodies(ext))


# The form: a body of a sister or friendship city introduced by that tie (某國某市姊妹市
# 某某大學, 某市友好城市某某學院): a body of that city, named without the place and tie.


# 6. the tie written before a body's name tells whose it is, and is no part of the name
def test_a_body_of_a_sister_city_is_named_without_the_tie() -> None:
    ext = chapter(
        "本屆特別邀請日本橫濱姊妹市神奈川大學建築學院、美國波特蘭姊妹市波特蘭州立大學（PSU）"
        "及德國柏林工藝學院等3組國際團隊來高駐地創作。",
        "本府另邀請韓國仁川友好城市仁荷大學音樂學院參加「2018高雄國際音樂節」。",
        period="2018-07/2018-12",
    )
    bodies = _bodies(ext)
    assert {"神奈川大學建築學院", "波特蘭州立大學", "仁荷大學音樂學院"} <= bodies
    assert not any("姊妹市" in b or "友好城市" in b for b in bodies)
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "神奈川大學建築學院"))


# The form: a title written as a field and a title (經濟副市長, 政務副市長) after a place,
# or with 由 between the place and it, is the place's title; a head's title after a
# place and a field (某市港灣局長, 某市觀光局長) is the head of that body (港灣局 + 局長).


# 7. a field before a title belongs to the title, of the place before it
def test_a_field_before_a_title_is_part_of_the_title() -> None:
    ext = chapter(
        "韓國大邱廣域市由經濟副市長朴大成率領公務員一行10人來訪。",
        "韓國光州廣域市政務副市長李正民亦出席開幕典禮。",
        period="2018-01/2018-06",
    )
    assert rels(
        ext,
        RelType.HOLDS_TITLE,
        source=named(ext, "朴大成"),
        target=named(ext, "大邱廣域市"),
        title_zh="經濟副市長",
    )
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "李正民"), target=named(ext, "光州"))
    assert "經濟" not in _bodies(ext)


# 8. a head's title joined to the body's field after a place: the head of that body
def test_a_bureau_head_written_short_heads_the_bureau() -> None:
    ext = chapter(
        "日本神戶市港灣局長山田一郎以視訊方式發表演說。",
        "韓國仁川廣域市觀光局長金大中率團來訪，並拜會本府。",
        period="2018-01/2018-06",
    )
    assert rels(
        ext,
        RelType.HOLDS_TITLE,
        source=named(ext, "山田一郎"),
        target=named(ext, "神戶市港灣局"),
        title_zh="局長",
    )
    assert rels(
        ext,
        RelType.HOLDS_TITLE,
        source=named(ext, "金大中"),
        target=named(ext, "仁川廣域市觀光局"),
        title_zh="局長",
    )
