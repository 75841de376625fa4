"""Tests of loaders/rules/place_mentions.py: the places a clause names, found or not found
(written after their country or region, glossed in brackets, named again short)."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import (
    H2_1991,
    KAOHSIUNG,
    chapter,
    named,
    rels,
    visitors_chapter,
)


# 6. an unknown Japanese town or village is no common noun ending like one (review 23)
@pytest.mark.parametrize(
    ("text", "common"),
    [
        ("本府農業局於5月1日赴日本熊本縣偏遠農村考察。", "偏遠農村"),
        ("本府運發局於8月2日參訪日本東京都選手村。", "選手村"),
        ("本府民政局於4月9日赴日本沖繩縣傳統漁村參訪。", "傳統漁村"),
    ],
)
def test_common_noun_is_no_village(text: str, common: str) -> None:
    ex = chapter(text)
    assert common not in [e.name_zh for e in ex.entities]
    assert rels(ex, RelType.VISITED, source=KAOHSIUNG)


# (review 23)
def test_unknown_town_after_its_prefecture() -> None:
    ex = chapter("本府文化局於6月1日赴日本熊本縣菊陽町訪問。")
    assert "菊陽町" in [e.name_zh for e in ex.entities]


# (round 31a)
def test_an_old_harbour_area_is_no_place() -> None:
    ext = chapter(
        "本府於5月2日主辦「2018港灣城市論壇」，邀請姊妹市仁川市派員與會，"
        "與國內學者共同探討舊港區轉型等議題，計有來自3國約200人參加。"
    )
    assert not [e for e in ext.entities if e.id == "city:id:palembang"]


# 13. a part headed by a partner city named bare (與某市之交流), whose text names it with
# its country: the heading's city is the one its text names, not another of that name (round 33c)
def test_a_city_named_bare_in_a_heading_is_the_one_named_with_its_country_below() -> None:
    ext = chapter(
        "（一）與聖荷西市之交流",
        "哥斯大黎加聖荷西市於民國七十五年與本市締結姊妹市，兩市往來密切。",
        "（二）明年度之活動規劃",
        "本府將邀請聖荷西市等姊妹市組隊參加「2019高雄國際龍舟錦標賽」。",
    )
    places = {r.target for r in rels(ext, RelType.SISTER_CITY_OF)}
    assert places and all(p.startswith("city:cr:") for p in places)
    assert not [e for e in ext.entities if e.id.startswith("city:us:")]


# (round 34a)
def test_a_city_written_with_its_old_ending_zhixiashi_is_that_city() -> None:
    # 直轄市 was the name of Korea's metropolitan cities before 廣域市: 大邱直轄市, and its
    # mayor 大邱直轄市長某某
    got = chapter(
        "三月二日，韓國大邱直轄市長金正植率團來訪，拜會本府。",
        "四月八日，本府組團訪問大邱直轄市，拜會該市副市長李成浩。",
    )
    assert rels(
        got, RelType.HOLDS_TITLE, source="person:金正植", target="city:kr:daegu", title_zh="市長"
    )
    assert rels(got, RelType.VISITED, source=KAOHSIUNG, target="city:kr:daegu")


# (round 34a)
def test_a_verb_between_country_and_a_known_city_names_no_unknown_place() -> None:
    # 赴日本訪問福岡市: 訪問福岡市 is no city the data does not know
    got = chapter("五月二日至六日，本府秘書處人員赴日本拜訪福岡市，出席會議。")
    assert rels(got, RelType.VISITED, source=KAOHSIUNG, target="city:jp:fukuoka")
    assert not [r for r in rels(got, RelType.VISITED, source=KAOHSIUNG) if "拜訪" in r.target]


# 15. a small district's name with 區 (自由區: Liberdade, a district of São Paulo) named
# bare is a zone of the text (科隆自由區), not that place (round 34b)
def test_a_free_zone_is_no_small_district_of_that_name() -> None:
    ext = chapter(
        "本年三月，本府建設局組團赴巴拿馬科隆市考察科隆自由區之營運，兩市經貿協議之簽署當有助益。",
        period="2018-07/2018-12",
    )
    assert not [e for e in ext.entities if "liberdade" in e.id]


# 9. a city whose name ends with a known city's after a word of direction is another city
# (review 34)
def test_north_of_a_known_city_is_another_city() -> None:
    ext = chapter("（一）九月三日，本府工務局組團赴美國北芝加哥市考察。", period=H2_1991)
    gone = {r.target for r in rels(ext, RelType.VISITED, source=KAOHSIUNG)}
    assert "city:us:chicago" not in gone


# 1. a place written after its country whose data name differs from the text's (汕埠
# is 聖佩德羅蘇拉 in the data) is named as written without the country: 汕埠市 (round 35a)
def test_a_place_after_its_country_is_named_without_it() -> None:
    ext = chapter("1.107年5月3日，宏都拉斯共和國汕埠市市長王大明率市政訪問團來訪。")
    city = next(e for e in ext.entities if e.id == named(ext, "汕埠市"))
    assert "汕埠市" in city.aliases  # the data names it 聖佩德羅蘇拉
    assert rels(ext, RelType.VISITED, source=city.id, target=KAOHSIUNG)


# 7. 本市 ending a place's name (松本市, 山本市, 熊本市) is no home city word cutting a
# school's name (review 35a)
@pytest.mark.parametrize(
    ("sentence", "foreign"),
    [
        ("（一）本市中正高級中學與日本長野縣松本市深志高等學校締結姊妹校。", "深志高等學校"),
        ("（一）日本山本市第一中學與本市中正國中締結姊妹校。", "第一中學"),
        ("（一）本市中正國中與日本熊本市第一中學締結姊妹校。", "第一中學"),
    ],
)
def test_a_place_ending_in_the_home_word_keeps_its_schools_name(
    sentence: str, foreign: str
) -> None:
    ext = visitors_chapter(sentence)
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF)
    names = {e.id: e.name_zh for e in ext.entities}
    sides = {names[tie.source], names[tie.target]}
    home = next(n for n in sides if "中正" in n)
    other = next(n for n in sides if n != home)
    assert other.endswith(foreign) and other != foreign
    assert home.startswith("中正")


# 15. a name two places of the chapter share (巴拿馬共和國科隆市, 德國科隆市: 科隆市) names
# neither of them (review 35a)
def test_a_name_two_places_share_names_neither() -> None:
    ext = visitors_chapter(
        "（一）三月二日，巴拿馬共和國科隆市市長羅德里格斯率團來訪。",
        "（二）三月五日，德國科隆市市長史密特率團來訪。",
    )
    cities = [e for e in ext.entities if e.id in ("city:pa:colon", "city:de:koln")]
    assert len(cities) == 2
    for city in cities:
        assert "科隆市" not in city.aliases
    assert named(ext, "巴拿馬共和國科隆市") == "city:pa:colon"
    assert named(ext, "德國科隆市") == "city:de:koln"


# 12. a city no data knows, written after its region (加州某某市), then named alone (某某市
# 副市長某某): the same city, not a body of another place spoken of (round 36c)
def test_an_unknown_city_after_its_region_is_named_alone_later() -> None:
    ext = chapter(
        "（３）美洲地區計有美國奧勒岡州波特蘭市市長凱茲、加州紅杉谷市副市長道格．藍恩等。",
        "（４）菲律賓碧瑤市副市長阿爾瓦雷斯於九月十四日來訪時，雙方就締結友好城市協定內容進一步協商。",
        "（５）紅杉谷市副市長藍恩於七月二十七日來訪期間，表示該市有意與本市建立友好城市關係。",
        period="2018-07/2018-12",
    )
    person = named(ext, "道格．藍恩")
    (held,) = rels(ext, RelType.HOLDS_TITLE, source=person)
    assert rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG, target=held.target)
    visits = rels(ext, RelType.VISITED, source=person, target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["2018-07-27"]


# 12. a place the data knows bare, then its suffix written twice with the title (某某省
# 省長): the governor of 某某省, with the title 省長, not 省省長 (round 36e)
def test_a_suffix_written_again_with_the_title_belongs_to_the_place() -> None:
    ext = chapter(
        "一、八十三年六月十五日　巴拿馬科隆省省長羅培茲（Carlos López）蒞府拜會。",
        period="1994-01/1994-06",
    )
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "羅培茲"))
    assert [(r.properties.get("title_zh"), r.target) for r in held] == [
        ("省長", named(ext, "科隆省"))
    ]


# 8. a body after 之 naming its own place (某市姊妹市之美國某市某高中): in that place (review 36c)
def test_a_body_naming_its_own_place_after_a_tie_is_there() -> None:
    ext = chapter(
        "五月十日，八王子姊妹市之美國哥倫布市林肯高中校長瑪莉．強森率該校師生一行二十二人來訪。"
    )
    school = named(ext, "林肯高中")
    assert rels(ext, RelType.LOCATED_IN, source=school, target=named(ext, "哥倫布市"))
    assert not rels(ext, RelType.LOCATED_IN, source=school, target=named(ext, "八王子市"))


# 26. a place written after 西德, as reports before 1990 name (West) Germany: the country
# is no part of the body's name (round 37a)
def test_west_germany_names_the_country() -> None:
    ext = chapter(
        "下半年主要來訪外賓有：西德漢堡市經濟局副局長克勞斯．穆勒、日本熊本市市長山田太郎等。"
    )
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "克勞斯．穆勒"))
    assert [h.target for h in held] == [named(ext, "漢堡市經濟局")]


# 15. cities listed by bare names after one written with its country, closed by their
# count and the suffix they share (日本神戶、長崎兩市均派團與會): each took part (round 37d)
def test_bare_city_names_closed_by_their_count_and_suffix_are_each_a_city() -> None:
    ext = chapter(
        "本府於十一月十八日主辦「2018港灣城市論壇」，日本神戶、長崎、橫濱三市均派團與會。",
        period="2018-07/2018-12",
    )
    took_part = {p.source for p in rels(ext, RelType.PARTICIPATED_IN)}
    assert {named(ext, "神戶市"), named(ext, "長崎市"), named(ext, "橫濱市")} <= took_part


# 5. a city written after its country and 的 (巴拿馬的科隆市, as a story writes): the city
# of that country, not one of the same name elsewhere (round 39a)
def test_a_city_after_its_country_and_de_is_of_that_country() -> None:
    ext = chapter(
        "巴拿馬的科隆市也是老朋友。科隆市副市長荷西‧培瑞茲（José Pérez）於三月率團來訪。",
        period="1986-01/1986-06",
    )
    mayor = named(ext, "荷西‧培瑞茲")
    held = rels(ext, RelType.HOLDS_TITLE, source=mayor)
    assert [h.target for h in held] == ["city:pa:colon"]


# The form: a town or village of Japan (某某町, 某某村) named apart from its prefecture,
# which the sentence named before (訪團抵達某縣，…參訪周邊之某某町; 赴某縣，參訪甲村及
# 乙村): a place of that prefecture, though no data knows it.


# 14. a small municipality after a particle or a verb of going, its prefecture named
# before in the sentence, is found (round 40a)
def test_a_town_named_apart_from_its_prefecture_is_a_place() -> None:
    ext = chapter(
        "11月16日，訪團抵達熊本縣，陳市長拜會熊本縣知事蒲島郁夫；訪團另參訪熊本廠周邊之"
        "菊陽町產業聚落。",
        "本府觀光局於9月5日至8日組團赴日本長野縣，參訪白馬村及小谷村之滑雪場。",
        "12月3日，訪團前往北海道，並至富良野町參觀薰衣草花田。",
        period="2022-07/2022-12",
    )
    for town in ("菊陽町", "白馬村", "小谷村", "富良野町"):
        assert named(ext, town).startswith("city:jp:")
    # a common noun ending like a village is no place (熊本縣的偏遠農村), nor a village at
    # home told after the prefecture (參訪本市美濃區之客家村)
    ext = chapter(
        "本府農業局赴日本熊本縣，考察當地的偏遠農村。",
        "11月20日，陳市長陪同訪賓參訪本市美濃區之客家村。",
        period="2022-07/2022-12",
    )
    assert not [e for e in ext.entities if e.name_zh.endswith("村")]


# 8. a village written after a district of the city (美濃區之龍肚村, 茂林區之多納村,
# 美濃區參觀…及龍肚村) is here, no town of the prefecture named before; 市町村 is the
# word for municipalities in general (review 40a)
@pytest.mark.parametrize(
    "sentence",
    [
        "本府農業局於3月5日陪同日本熊本縣農協訪問團前往美濃區之龍肚村參訪。",
        "日本熊本縣觀光協會一行於3月5日來訪，並參訪茂林區之多納村。",
        "日本熊本縣議會訪問團於3月5日來訪，並前往美濃區參觀客家文物館及龍肚村。",
        "日本熊本縣農協訪問團於3月5日前往旗山區之南勝村參訪香蕉產業。",
        "陳市長於3月率團赴日本熊本縣，與縣內之市町村首長座談，介紹本市觀光資源。",
    ],
)
def test_a_village_of_a_home_district_is_no_town_abroad(sentence: str) -> None:
    ext = chapter(sentence)
    assert not [e.id for e in ext.entities if e.id.startswith("city:jp:") and e.id[-1] in "村町"]


# (review 40a)
def test_a_town_after_the_prefecture_is_still_read() -> None:
    ext = chapter("陳市長於5月赴日本熊本縣出席會議，另前往阿蘇市及南阿蘇村參訪震災重建成果。")
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "南阿蘇村"))
