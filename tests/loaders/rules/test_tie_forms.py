"""Tests of loaders/rules/ties.py (sister and friendship cities, with since, ordinal and
status), on the forms met from round 23 on; test_ties.py holds the earlier ones."""

from __future__ import annotations

import pytest

from graph.model import Extraction, RelType, TieStatus
from loaders.pipeline import extract_bytes
from tests.loaders.rules.helpers import (
    H1_1992,
    H1_2016,
    H1_2019,
    H2_1987,
    H2_1991,
    H2_2018,
    KAOHSIUNG,
    chapter,
    named,
    rels,
    visitors_chapter,
)


def _ties(ext: Extraction) -> list:
    return rels(ext, RelType.SISTER_CITY_OF) + rels(ext, RelType.FRIENDSHIP_CITY_OF)


# 3. a tie's anniversary talked of is a tie made, not one in negotiation (review 23)
@pytest.mark.parametrize(
    ("text", "rel_type", "since"),
    [
        (
            "日本大阪市市長一行5人於5月1日來訪，雙方就兩市締結姊妹市10週年紀念活動交換意見。",
            RelType.SISTER_CITY_OF,
            "2008",
        ),
        (
            "美國西雅圖市副市長一行3人於3月2日來訪，雙方就兩市締結友好城市5週年慶祝活動進行討論。",
            RelType.FRIENDSHIP_CITY_OF,
            "2013",
        ),
        (
            "韓國大邱市議長於8月10日來訪，雙方就締結姊妹市20周年系列交流活動交換意見。",
            RelType.SISTER_CITY_OF,
            "1998",
        ),
    ],
)
def test_anniversary_discussed_is_no_negotiation(text: str, rel_type: RelType, since: str) -> None:
    ex = chapter(text)
    assert rels(ex, rel_type, status="signed", since=since)
    assert not rels(ex, rel_type, status="negotiating")


# (review 23)
def test_tie_discussed_is_negotiation() -> None:
    ex = chapter("韓國大邱市議長於8月10日來訪，雙方就締結姊妹市事宜交換意見。")
    assert rels(ex, RelType.SISTER_CITY_OF, status="negotiating")


# 4. 經 of talks done opens the clause (經兩市多次協商), not a word holding it (經發局) (review 23)
@pytest.mark.parametrize(
    ("text", "rel_type"),
    [
        ("本府經發局與日本甲府市洽談，雙方同意締結友好城市。", RelType.FRIENDSHIP_CITY_OF),
        ("市府經建處與韓國大邱市洽商，雙方同意締結友好城市。", RelType.FRIENDSHIP_CITY_OF),
        ("本市經發局與澳洲柏斯市磋商，雙方同意締結姊妹市。", RelType.SISTER_CITY_OF),
    ],
)
def test_talks_by_a_bureau_named_with_jing(text: str, rel_type: RelType) -> None:
    ex = chapter(text)
    assert rels(ex, rel_type, status="negotiating")
    assert not rels(ex, rel_type, status="signed")


# (review 23)
def test_talks_done() -> None:
    ex = chapter("經兩市多次協商，本市與日本甲府市同意締結友好城市。")
    assert rels(ex, RelType.FRIENDSHIP_CITY_OF, status="signed")


# (round 31a)
def test_a_prefecture_heading_a_sister_cities_item_is_no_tie_by_itself() -> None:
    ext = extract_bytes(
        "\n".join(
            [
                "壹、國際事務",
                "二、姊妹市交流",
                "（一）美國丹佛市",
                "丹佛市市長漢考克率團一行10人於3月5日來訪。",
                "（二）日本大分縣",
                "大分縣議會議長田中一郎率議員訪問團一行11人，於8月5日至7日來訪，由陳市長接見。",
            ]
        ).encode("utf-8"),
        "test.txt",
        "2018-01/2018-06",
    )
    ties = {r.target for r in rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)}
    assert named(ext, "丹佛市") in ties
    assert named(ext, "大分縣") not in ties


# (round 31b)
def test_talks_still_to_come_on_other_matters_leave_a_tie_planned() -> None:
    """「雙方經多次磋商，已就締結友好城市協定內容獲致共識，預定明年5月…赴該市簽署，屆時
    將同時洽談經貿合作項目」: the talks told as to come are on other matters; the tie,
    its signing set, is planned."""
    got = chapter(
        "8月2日，紐西蘭但尼丁市市長來訪。",
        "12月10日，但尼丁市函復本府，雙方經多次磋商，已就締結友好城市協定內容獲致共識，"
        "預定明年5月由市長率團赴該市簽署，屆時將同時洽談經貿合作項目。",
        period="2018-07/2018-12",
    )
    ties = rels(got, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG)
    assert [r.properties["status"] for r in ties] == ["planned"]


# 11. an item headed by a county under the sister-cities heading is a sister city, as
# one headed by a city; one headed by a prefecture is not by its heading alone (review 31)
def test_a_county_heading_a_sister_city_item_is_a_sister_city() -> None:
    text = (
        "壹、國際事務\n二、姊妹市交流\n（一）美國邁阿密戴德郡\n本府與該郡維持密切交流。\n"
        "（二）日本熊本縣\n本府與該縣維持交流。\n"
    )
    ext = extract_bytes(text.encode("utf-8"), "t.txt", "2018-01/2018-06")
    tied = {r.target for r in rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)}
    assert tied == {"city:us:miami-dade-county"}


# 12. 檢討與展望: a tie named as what its making would bring is hoped for, not made (round 33c)
def test_a_tie_whose_making_would_bring_something_is_not_signed() -> None:
    ext = chapter(
        "澳洲伯斯市為澳洲西部門戶，兩市友好城市關係之建立，可望為本市開拓澳洲市場之據點。"
    )
    (tie,) = rels(ext, RelType.FRIENDSHIP_CITY_OF)
    assert tie.properties["status"] != "signed"


# (round 33c)
def test_a_council_backing_a_tie_still_to_be_made_makes_none() -> None:
    ext = chapter(
        "十二月七日至十日，日本仙台市議會議長山田一郎率該議會議員五人來訪，"
        "山田議長表示仙台市議會支持兩市締結友好城市。"
    )
    (tie,) = rels(ext, RelType.FRIENDSHIP_CITY_OF)
    assert tie.properties["status"] != "signed"


# 2-3. words of hope or support near a tie made (…之建立，將有助…; 在議會支持下締結; 樂見
# 兩市締結以來之成果) do not make it only planned (review 33)
@pytest.mark.parametrize(
    ("sentence", "since"),
    [
        (
            "本市與日本大分市於本年三月正式締結姊妹市，姊妹市關係之建立，將有助於兩市觀光及經貿之交流。",
            "1992-03",
        ),
        (
            "本市與日本大分市於本年三月十日正式締結姊妹市，該市台灣協會之成立，將有助兩市民間交流。",
            "1992-03-10",
        ),
        ("本市與日本大分市在兩市議會支持下於本年三月十日正式締結姊妹市。", "1992-03-10"),
        (
            "大分市長佐藤健二於三月五日率團來訪，佐藤市長樂見兩市自七十七年締結姊妹市以來之交流成果。",
            "1988",
        ),
    ],
)
def test_a_tie_made_stays_signed_beside_words_of_hope(sentence: str, since: str) -> None:
    ext = chapter(sentence, period=H1_1992)
    (tie,) = rels(ext, RelType.SISTER_CITY_OF)
    assert tie.properties.get("status", "signed") == "signed"
    assert tie.properties.get("since") == since


# 17. a tie of either kind (洽商締結姊妹市或友好城市事宜) with cities the text told of before:
# each city keeps the kind told of it, none of the other (review 33a)
def test_a_tie_of_either_kind_keeps_each_citys_own() -> None:
    ext = chapter(
        "1.泰國清邁市副市長率團來訪，雙方同意就締結友好城市事宜進一步洽商。",
        "2.本府將持續與南非開普敦市、泰國清邁市等城市洽商締結姊妹市或友好城市事宜。",
    )
    assert not rels(ext, RelType.SISTER_CITY_OF, target="city:th:chiang-mai")
    assert rels(ext, RelType.FRIENDSHIP_CITY_OF, target="city:th:chiang-mai")


# (round 34a)
def test_a_rank_with_no_subject_is_of_the_city_made_partner_just_before() -> None:
    # 甲市自某年締結，為本市第一個姊妹市；乙市於某年締結，為本市第二個姊妹市
    got = chapter(
        "本市姊妹市：日本熊本市自民國六十八年締結，為本市第一個姊妹市；"
        "美國西雅圖市於民國七十五年締結，為本市第二個姊妹市。",
        period="1991-01/1991-06",
    )
    for city, since, ordinal in (("city:jp:kumamoto", "1979", 1), ("city:us:seattle", "1986", 2)):
        assert rels(got, RelType.SISTER_CITY_OF, target=city, since=since, ordinal=ordinal)


# 2. a tie made stays signed when another agreement is agreed on and to be signed later (review 34)
def test_a_tie_made_stays_signed_beside_another_agreement_to_come() -> None:
    ext = chapter(
        "（一）九月三日，日本大分市長佐藤健二來訪，兩市自民國六十八年締結姊妹市以來交流密切，"
        "此行雙方並就港灣交流事宜達成共識，預定明年簽署合作備忘錄。",
        period=H2_1991,
    )
    (tie,) = rels(ext, RelType.SISTER_CITY_OF)
    assert tie.properties.get("status", "signed") == "signed"


# (review 34)
def test_a_tie_agreed_on_and_to_be_signed_is_planned() -> None:
    ext = chapter(
        "（一）八月二日，大分市長佐藤健二來訪，雙方就締結姊妹市事宜達成共識，預定明年春季簽約。",
        period=H2_1991,
    )
    (tie,) = rels(ext, RelType.SISTER_CITY_OF)
    assert tie.properties.get("status") == "planned"


# 3. a rank with no subject is the city opening the sentence's, not a place where the
# signing was held or the partner of another tie (review 34)
@pytest.mark.parametrize(
    "sentence",
    [
        "（一）美國奧克蘭市於民國七十五年由兩市市長在日本東京都締結，為本市第二個姊妹市。",
        "（一）美國奧克蘭市於民國七十五年在臺北市締結，為本市第二個姊妹市。",
    ],
)
def test_a_rank_is_of_the_city_made_partner_not_the_place_of_signing(sentence: str) -> None:
    ext = chapter(sentence, period=H2_1991)
    ranked = [r for r in rels(ext, RelType.SISTER_CITY_OF) if r.properties.get("ordinal") == 2]
    assert ranked
    assert all(named(ext, "奧克蘭市") in (r.source, r.target) for r in ranked)


# 2. a tie named in a clause that goes on the one before (…推動與甲市締結姊妹市，以及與
# 乙市締結友好城市) shares its verb: pursued, not made (round 35a)
def test_a_tie_in_a_clause_going_on_a_pursuit_is_pursued_too() -> None:
    ext = chapter(
        "3.107年9月7日，本府召開城市交流會議，決定積極推動與美國哥倫布市締結姊妹市，"
        "以及與法國里昂市、日本熊本市締結友好城市。"
    )
    ties = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG)
    assert {r.target for r in ties} == {named(ext, "里昂市"), named(ext, "熊本市")}
    assert {r.properties["status"] for r in ties} == {"planned"}
    assert not [r for r in ties if "since" in r.properties]


# 3. 兩港市 (the two port cities) and 兩城市 name the two cities as 兩市 does (round 35a)
def test_the_two_port_cities_are_the_two_cities() -> None:
    ext = chapter(
        "十二、107年6月20日　法國馬賽市港務局處長杜邦（Jean Dupont）來訪，拜會本府海洋局，"
        "雙方並就兩港市締結姊妹市事宜進行初步洽談。"
    )
    (tie,) = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    assert tie.target == named(ext, "馬賽市")
    assert tie.properties["status"] == "negotiating"


# 15. a tie of port cities (締結友好港市, 姊妹港市) is a tie of the cities (round 35a)
def test_a_tie_of_port_cities() -> None:
    ext = chapter(
        "四、其他城市",
        "本期法國馬賽市港務局局長杜邦於九月來訪時表示，馬賽市議會預定明年審議與本市締結"
        "友好港市案，本府將持續與該市洽商。",
    )
    (tie,) = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG)
    assert tie.target == named(ext, "馬賽市")
    assert tie.properties["status"] == "negotiating"


# 18. the two cities spoken of as sister cities (就兩姊妹市間…交換意見) tells their tie (round 35a)
def test_the_two_sister_cities_tell_the_tie() -> None:
    ext = chapter(
        "五、107年3月29日至4月1日　美國德州聖安東尼奧市副市長約翰‧史密斯率經貿訪問團一行十五人"
        "抵高訪問，三十日蒞府與陳市長晤談，就兩姊妹市間港埠及觀光交流廣泛交換意見。"
    )
    (tie,) = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    assert tie.target == named(ext, "聖安東尼奧市")
    assert "since" not in tie.properties


# 4. 「某市成為本市繼甲市（…年締結）、乙市（…年締結）之後之第N個姊妹市」: the rank is
# the city's, and the cities named after 繼 are earlier partners, made when told (round 35b)
def test_a_rank_after_earlier_partners_listed() -> None:
    ext = chapter(
        "（一）熊本市：本年十一月二十六日正式簽約，該市成為本市繼日本八王子市"
        "（民國九十五年締結）、美國邁阿密市（民國一百年締結）之後之第三個姊妹市。",
        period="2018-07/2018-12",
    )
    (kumamoto,) = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "熊本市"))
    assert kumamoto.properties["ordinal"] == 3
    assert kumamoto.properties.get("since") != "2006"
    (hachioji,) = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "八王子市"))
    assert hachioji.properties["since"] == "2006"
    (miami,) = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "邁阿密市"))
    assert miami.properties["since"] == "2011"


# (round 35b)
def test_a_city_becoming_the_nth_partner() -> None:
    ext = chapter("本年十一月，美國邁阿密市成為本市第五個姊妹市。", period="2018-07/2018-12")
    (miami,) = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "邁阿密市"))
    assert miami.properties["ordinal"] == 5


# 6. 姊妹市甲市、乙市暨丙市、丁市: 暨 joins a second group to the list; the tie word is
# the first group's (round 35b)
def test_a_tie_word_qualifies_the_group_before_ji() -> None:
    ext = chapter(
        "本府主辦「2018亞太海洋城市論壇」，邀請姊妹市熊本市、邁阿密市暨八王子市、宿霧市"
        "等四城市派員與會。"
    )
    tied = {r.target for r in rels(ext, RelType.SISTER_CITY_OF)}
    assert tied == {named(ext, "熊本市"), named(ext, "邁阿密市")}


# 16. a run-in label opening a paragraph (姊妹市及友好城市關係之推展：…) names the topic:
# its tie words give no kind to the tie the text then tells (round 35b)
def test_a_run_in_label_gives_no_kind_of_tie() -> None:
    ext = chapter(
        "四、姊妹市及友好城市關係概況：本市現有姊妹市一：日本熊本市自民國一百年締結，"
        "為本市第一個姊妹市。"
    )
    assert not rels(ext, RelType.FRIENDSHIP_CITY_OF)
    (tie,) = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "熊本市"))
    assert tie.properties["since"] == "2011"


# 1. a tie 該市 (the visitor's city) made with another foreign city is none of the city's
# (review 35)
def test_a_tie_between_two_foreign_cities_is_not_the_citys() -> None:
    for line in (
        "（一）八十二年四月，韓國釜山市議長金一男率團來訪，並表示該市已與日本長崎市締結友好城市。",
        "（一）八十二年三月，韓國釜山市議長金一男率團來訪，並介紹該市與日本福岡市締結姊妹市之經過。",
        "（一）八十二年四月，日本長崎市市長田中一郎率團來訪，並介紹該市已與福岡市締結姊妹市之經過。",
    ):
        ext = visitors_chapter(line)
        assert not rels(ext, RelType.SISTER_CITY_OF), line
        assert not rels(ext, RelType.FRIENDSHIP_CITY_OF), line
        assert rels(ext, RelType.VISITED, target=KAOHSIUNG), line


# (review 35)
def test_a_tie_of_the_visitors_city_with_ours_is_still_read() -> None:
    ext = visitors_chapter(
        "（一）八十二年四月，韓國釜山市議長金一男率團來訪，並表示該市盼與本市締結友好城市。"
    )
    assert rels(ext, RelType.FRIENDSHIP_CITY_OF)


# 1. a tie between two other cities told by a visitor (介紹甲市與乙市兩港市締結友好港市
# 之經過) is no tie of the city's (review 35a)
@pytest.mark.parametrize(
    "sentence",
    [
        "（一）美國舊金山市市長約翰史密斯率團來訪，並介紹日本橫濱市與神戶市兩港市締結友好港市之經過。",
        "（一）美國舊金山市市長約翰史密斯率團來訪，並說明日本橫濱市與神戶市締結姊妹市之緣由。",
    ],
)
def test_a_tie_of_two_other_cities_is_not_the_citys(sentence: str) -> None:
    ext = visitors_chapter(sentence)
    assert not _ties(ext)
    assert rels(ext, RelType.VISITED, target=KAOHSIUNG)


# 2. a tie declined or not wished for (無意/不擬/婉拒 締結) is no tie made (review 35a)
@pytest.mark.parametrize(
    "sentence",
    [
        "（一）美國舊金山市市長約翰史密斯來函，表示無意與本市締結友好港市。",
        "（一）美國舊金山市市長約翰史密斯來函，表示不擬與本市締結友好城市。",
        "（一）美國舊金山市來函，婉拒與本市締結姊妹市。",
    ],
)
def test_a_tie_declined_is_no_tie(sentence: str) -> None:
    ext = visitors_chapter(sentence)
    assert not [r for r in _ties(ext) if r.properties.get("status", "signed") == "signed"]


# 3. the two sister cities wished to be (期盼日後建立兩姊妹市之情誼) are a tie planned (review 35a)
@pytest.mark.parametrize(
    "sentence",
    [
        "（一）三月二日，美國舊金山市市長約翰史密斯來訪，雙方期盼日後建立兩姊妹市之情誼。",
        "（一）三月二日，美國舊金山市市長約翰史密斯來訪，期盼早日成為兩姊妹市之一員。",
    ],
)
def test_two_sister_cities_hoped_for_are_planned(sentence: str) -> None:
    ext = visitors_chapter(sentence)
    (tie,) = rels(ext, RelType.SISTER_CITY_OF)
    assert tie.properties["status"] == "planned"


# 4. words of a quoted title (「兩姊妹市間青年論壇」) tell no tie (review 35a)
def test_the_two_sister_cities_in_a_title_tell_no_tie() -> None:
    ext = visitors_chapter("（一）三月二日，吳市長率團赴美國舊金山市出席「兩姊妹市間青年論壇」。")
    assert not _ties(ext)


# 7. a tie named as a relation closing its clause, the next clause telling when it was
# made (與某市的姊妹市關係，則是在民國七十五年建立): made then (round 36a)
def test_a_tie_named_as_a_relation_is_dated_by_the_next_clause() -> None:
    ext = chapter(
        "本市與日本熊本市自民國六十年締結為姊妹市，迄今已二十餘年；"
        "與美國華盛頓州西雅圖市的姊妹市關係，則是在民國七十五年建立，雙方往來頻繁。",
        period="1995-01/1995-06",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "西雅圖市"))
    assert [t.properties.get("since") for t in ties] == ["1986"]


# 8. a clause calling the city closing the clause before the city's partner (遠在南半球的
# 某國某市，同樣是本市的姊妹市): that city holds the tie (round 36a)
def test_a_city_then_also_our_sister_city_holds_the_tie() -> None:
    ext = chapter(
        "另外，遠在南半球的紐西蘭奧克蘭市，同樣是本市的姊妹市，兩市一向保持聯繫。",
        period="1995-01/1995-06",
    )
    assert rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "奧克蘭市"))


# 18. talks on a tie told as hoped for (表達締結姊妹市的意願，盼能在適當時機正式展開
# 協商): no talks going on, the tie planned (round 36a)
def test_talks_hoped_for_are_no_talks() -> None:
    ext = chapter(
        "對於美國華盛頓州塔科馬市，本府也已向該市表達締結姊妹市的意願，"
        "盼能在適當時機正式展開協商。",
        period="1995-01/1995-06",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "塔科馬市"))
    assert [t.properties.get("status") for t in ties] == [TieStatus.PLANNED]


# 10. a list closed by two kinds of tie (甲市、乙市及某國某縣等姊妹市及友好城市): which city
# holds which is not told, so no tie; nor is 等姊妹市 a place after the prefecture (round 36c)
def test_a_list_closed_by_both_kinds_of_tie_names_no_tie() -> None:
    ext = chapter(
        "本府明年將邀請韓國光州廣域市、美國哥倫布市及日本靜岡縣等姊妹市及友好城市組隊參加"
        "「一○八年高雄市國際龍舟賽」。",
        period="2018-07/2018-12",
    )
    ties = [
        r for r in ext.relations if r.type in (RelType.SISTER_CITY_OF, RelType.FRIENDSHIP_CITY_OF)
    ]
    assert ties == []
    assert all(e.name_zh != "等姊妹市" for e in ext.entities)
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "靜岡縣"))


# 13. talks on a tie told as the errand of a trip still planned (預定明年由本府組團回訪，
# 洽商締結事宜): the tie is planned, no talks going on yet (round 36c)
def test_talks_on_a_planned_trip_leave_the_tie_planned() -> None:
    ext = chapter(
        "美國哥倫布市副市長史東於七月二十七日來訪期間，表示該市有意與本市建立友好城市關係，"
        "預定明年由本府組團回訪，洽商締結事宜。",
        period="2018-07/2018-12",
    )
    ties = rels(ext, RelType.FRIENDSHIP_CITY_OF, target=named(ext, "哥倫布市"))
    assert [str(t.properties.get("status")) for t in ties] == ["planned"]


# 21. an agreement named by its kind alone (簽署協定) after a sentence of the item's line
# told of the tie's agreement (就締結友好城市協定內容進一步協商；原訂…赴某市簽署協定，
# …而延期): that tie's agreement, no memorandum of its own (round 36c)
def test_a_bare_agreement_after_the_ties_agreement_is_the_tie() -> None:
    ext = chapter(
        "菲律賓碧瑤市副市長阿爾瓦雷斯於九月十四日來訪時，雙方就締結友好城市協定內容進一步協商；"
        "原訂十二月由本府組團赴碧瑤市簽署協定，因該市行政作業延宕而延期。",
        period="2018-07/2018-12",
    )
    assert not rels(ext, RelType.SIGNED_MOU)
    ties = rels(ext, RelType.FRIENDSHIP_CITY_OF, target=named(ext, "碧瑤市"))
    assert [str(t.properties.get("status")) for t in ties] == ["negotiating"]


# 1. a tie made at a date written before its making, then the years it has held
# (自民國六十八年結為姊妹市至今已四十年): made that date, not at a time untold (round 36d)
def test_a_tie_held_for_years_since_a_date_written_is_made_that_date() -> None:
    ext = chapter(
        "〔108.3.6〕日本熊本市長大西一史昨（五）日來訪。",
        "大西市長表示，熊本與高雄自民國六十八年結為姊妹市至今已四十年，此行並將參訪本市港埠。",
        period="2019-01/2019-06",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "熊本市"))
    assert [t.properties.get("since") for t in ties] == ["1979"]


# 2. a city called the city's partner with nothing between (某市為本市姊妹市): the tie (round 36d)
def test_a_city_called_the_citys_sister_with_nothing_between_is_its_tie() -> None:
    ext = chapter(
        "仙台市交通局長考察本市捷運",
        "日本仙台市交通局局長佐藤一郎率團來訪。本府表示，仙台為本市姊妹市，今後將持續推動雙方交流。",
        period="2019-01/2019-06",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "仙台市"))
    assert ties and any("仙台為本市姊妹市" in e.text for e in ties[0].evidence)


# 6. talks hoped to go on (希望雙方持續協商, 期盼兩市持續洽談) are talks going on: the
# hoped-for reading is of talks yet to start (盼能…正式展開協商) alone (review 36a)
@pytest.mark.parametrize(
    "line",
    [
        "對於美國塔科馬市，本府希望雙方持續協商締結姊妹市，目前已進入協定書內容的討論。",
        "美國塔科馬市議會期盼兩市持續洽談締結姊妹市事宜。",
        "本府與美國塔科馬市洽談締結姊妹市，期望繼續協商，早日完成簽約。",
    ],
)
def test_talks_hoped_to_go_on_are_going_on(line: str) -> None:
    ext = chapter(line)
    (tie,) = rels(ext, RelType.SISTER_CITY_OF)
    assert tie.properties.get("status") == "negotiating"


# (review 36a)
def test_talks_hoped_to_start_are_planned() -> None:
    ext = chapter("本府與美國塔科馬市互動密切，盼能在適當時機正式展開協商締結姊妹市。")
    (tie,) = rels(ext, RelType.SISTER_CITY_OF)
    assert tie.properties.get("status") == "planned"


# 7. a tie named in a clause of purpose (為深化與某市的姊妹市關係，…) is not dated by
# something else the next clause tells was set up (建立兩市青少年交流平台, 成立某協會);
# a tie as the subject, its making closing the next clause, still is (review 36a)
@pytest.mark.parametrize(
    "line",
    [
        "為深化與日本熊本市的姊妹市關係，於本年三月建立兩市青少年交流平台。",
        "為慶祝與日本熊本市的姊妹市關係，本年三月成立「高雄熊本友好協會」。",
        "本市與日本熊本市的姊妹市關係，於本年三月建立兩市青少年交流平台。",
    ],
)
def test_a_tie_is_not_dated_by_another_thing_set_up(line: str) -> None:
    ext = chapter(line)
    ties = rels(ext, RelType.SISTER_CITY_OF)
    assert ties
    assert all(t.properties.get("since") is None for t in ties)


# (review 36a)
def test_a_tie_is_dated_by_its_making_told_next() -> None:
    ext = chapter("本市與日本熊本市的姊妹市關係，則是在民國七十五年建立。")
    (tie,) = rels(ext, RelType.SISTER_CITY_OF)
    assert tie.properties.get("since") == "1986"


# a tie declined by letter (對締結姊妹市一事來函婉拒) is no tie: the end of form 2 of the
# review, whose other cases are in test_invitations.py (review 36c)
def test_a_tie_declined_is_no_tie_rv36c() -> None:
    ext = chapter("美國哥倫布市對締結姊妹市一事來函婉拒。", period=H2_2018)
    assert not rels(ext, RelType.SISTER_CITY_OF)


# 4. talks told going on (雙方就…計畫及締結友好城市事宜進行洽商, 目前雙方正洽商協定內容,
# 就擬議中之締結…進行洽商): negotiating, a plan (計畫) or the tie's own 擬 no trip planned
# (review 36c)
@pytest.mark.parametrize(
    "line",
    [
        "美國哥倫布市副市長史東來訪時，雙方就青年交流計畫及締結友好城市事宜進行洽商。",
        "美國哥倫布市副市長史東來訪時，雙方就締結友好城市計畫進行洽商。",
        "美國哥倫布市副市長史東來訪時，表示該市擬與本市締結友好城市，目前雙方正洽商協定內容。",
        "美國哥倫布市副市長史東來訪時，雙方就擬議中之締結友好城市事宜進行洽商。",
    ],
)
def test_talks_going_on_are_negotiating(line: str) -> None:
    ext = chapter(line)
    ties = rels(ext, RelType.FRIENDSHIP_CITY_OF, target=named(ext, "哥倫布市"))
    assert [str(t.properties.get("status")) for t in ties] == ["negotiating"]


# 11. a tie word qualifying a noun after it (本市姊妹市之鄰近城市) ties no city; a tie
# told as not made yet (尚未成為本市姊妹市) is no signed tie (review 36d)
@pytest.mark.parametrize(
    "said",
    [
        "西雅圖的友好城市眾多，其中波特蘭市亦為本市姊妹市之鄰近城市。",
        "波特蘭市目前尚未成為本市姊妹市，盼雙方早日締結。",
    ],
)
def test_a_city_near_a_sister_city_or_not_yet_one_is_no_signed_tie(said: str) -> None:
    ext = chapter(f"美國西雅圖市議員史密斯來訪。史密斯表示，{said}", period=H1_2019)
    assert not rels(ext, RelType.SISTER_CITY_OF, status=TieStatus.SIGNED)


# (review 36d)
def test_a_city_called_the_citys_sister_city_is_still_tied() -> None:
    ext = chapter(
        "美國波特蘭市議員史密斯來訪。史密斯表示，波特蘭市亦為本市姊妹市。", period=H1_2019
    )
    assert rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "波特蘭"))


# 5. a tie's agreement denied signed (迄未與某市簽訂任何友好城市協定), as an answer corrects
# what a question supposed: no signed tie (round 37a)
def test_a_tie_agreement_denied_signed_is_no_signed_tie() -> None:
    ext = chapter("查本府迄未與智利瓦爾帕萊索市簽訂任何友好城市協定，所述恐係誤傳。")
    ties = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG)
    assert ties and all(t.properties.get("status") != "signed" for t in ties)


# 10. a tie's agreement whose texts in two languages were settled (姊妹市協定書之中、英文本
# …議定): its text, not its signing (round 37a)
def test_a_tie_agreements_texts_settled_is_no_signing() -> None:
    ext = chapter(
        "本市與美國奧克蘭市締結姊妹市協定書之中、英文本，雙方已於八月中旬議定，並經市議會審議通過。",
        period="1987-07/1987-12",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    assert ties and all(t.properties.get("status") == "planned" for t in ties)


#: A trip card whose summary tells its stops in numbered points, days written alone.


# 14. a tie signed, then another visit joined on (訪問甲市簽署姊妹市協定暨訪問乙市): the
# city after it is the other visit's, no partner of the tie (round 37b)
def test_a_visit_joined_on_after_a_tie_names_no_partner() -> None:
    ext = chapter(
        "107年5月，陳市長率團訪問美國丹佛市簽署姊妹市協定暨訪問鳳凰城。",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF)
    assert [named(ext, "丹佛市") in (t.source, t.target) for t in ties] == [True]


# 8. a tie named as a matter in hand listed with other matters (某市締結姊妹市案及某市之
# 體育交流): a tie planned with the city before 案 only, no tie with those after (round 37c)
def test_a_tie_case_listed_with_other_matters_is_planned_with_its_city_only() -> None:
    ext = chapter(
        "本年為本市推動國際交流之關鍵年，奧克蘭市締結姊妹市案及東京奧運期間與橫濱市之青少年交流，"
        "均有賴各局處通力合作。",
        period="1990-01/1990-06",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    assert [(t.target, t.properties.get("status")) for t in ties] == [
        (named(ext, "奧克蘭市"), "planned")
    ]


# 9. a partner's council approving the tie, its signing to come (某市議會已通過與本市締結
# 姊妹市，擬由市長率團赴…簽署): planned, not yet made (round 37c)
def test_a_tie_approved_by_the_partners_council_before_its_signing_is_planned() -> None:
    ext = chapter(
        "案由：奧克蘭市議會已通過與本市締結姊妹市，擬由市長率團赴紐西蘭正式簽署，請討論案。",
        period="1990-01/1990-06",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "奧克蘭市"))
    assert [t.properties.get("status") for t in ties] == ["planned"]


# 13. a city hoping for a tie (某市市長於四月致函本府，盼與本市締結姊妹市): a tie still
# to be made, not one made that month (round 37d)
def test_a_tie_hoped_for_is_planned() -> None:
    ext = chapter(
        "祕魯卡亞俄市市長羅哈斯（Luis Rojas）於本年三月致函本府，盼與本市締結姊妹市。",
        period="2018-01/2018-06",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "卡亞俄市"))
    assert [(t.properties.get("status"), t.properties.get("since")) for t in ties] == [
        ("planned", None)
    ]


# 14. a city told as the city's partner of a rank with an adverb before the verb (某市亦為
# 本市第一個姊妹市): its rank (round 37d)
def test_a_partners_rank_told_with_an_adverb_is_its_ordinal() -> None:
    ext = chapter("日本仙台市亦為本市第三個姊妹市。", period="2018-01/2018-06")
    ties = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "仙台市"))
    assert [t.properties.get("ordinal") for t in ties] == [3]


# 2. a tie agreement's texts in two languages signed (協定書中、英文本…簽署): signed;
# only settled (議定) they are its text (review 37a)
@pytest.mark.parametrize(
    ("sentence", "since"),
    [
        (
            "本市與美國奧克蘭市姊妹市協定書中、英文本各二份，已由兩市市長於九月十日在本府正式簽署。",
            None,
        ),
        (
            "九月十日兩市市長於本府簽署本市與美國奧克蘭市姊妹市協定書中、英文版本各一份。",
            "1987-09-10",
        ),
    ],
)
def test_a_tie_agreements_texts_signed_are_a_signing(sentence: str, since: str | None) -> None:
    ext = chapter(sentence, period=H2_1987)
    ties = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    assert [t.properties.get("status") for t in ties] == ["signed"]
    if since:
        assert ties[0].properties.get("since") == since


# (review 37a)
def test_a_friendship_agreements_texts_signed_on_a_visit_are_a_signing() -> None:
    ext = chapter(
        "澳洲伯斯市市長約翰．史密斯於三月十日率團來訪，並與王市長共同簽署兩市友好城市協定書中、英文本。"
    )
    ties = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG)
    assert [(t.properties.get("status"), t.properties.get("since")) for t in ties] == [
        ("signed", "2018-03-10")
    ]


# 10. what was done, told after the planned schedule in the same line (預定進度：…。實際執行
# 情形：…已於…簽署): done (review 37a)
def test_what_was_done_after_the_plan_in_one_line_is_done() -> None:
    ext = chapter(
        "預定進度：九月間赴美國奧克蘭市簽署姊妹市協定書。實際執行情形：市長已於九月十日赴奧克蘭市簽署姊妹市協定書。",
        period=H2_1987,
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    assert [(t.properties.get("status"), t.properties.get("since")) for t in ties] == [
        ("signed", "1987-09-10")
    ]


# 1. a tie's partner named again in the visit joined on after it (與丹佛市簽署姊妹市協定
# 並參訪丹佛市國際機場): still the partner; the visit joined on names no other partner (review 37b)
@pytest.mark.parametrize(
    "joined",
    ["並參訪丹佛市國際機場", "並參訪丹佛市市政府", "暨訪問丹佛市及波德市"],
)
def test_a_partner_named_again_after_the_tie_is_still_the_partner(joined: str) -> None:
    ext = chapter(f"107年5月8日陳市長率團赴美國與丹佛市簽署姊妹市協定{joined}。")
    ties = rels(ext, RelType.SISTER_CITY_OF)
    assert [
        ({t.source, t.target}, t.properties.get("since"), t.properties.get("status")) for t in ties
    ] == [({KAOHSIUNG, named(ext, "丹佛市")}, "2018-05-08", TieStatus.SIGNED)]


# 2. a city gone on to after a tie, with a tie of its own told after it (並轉往乙市簽署
# 友好城市協定): the partner of that later tie (review 37b)
def test_a_city_gone_on_to_signing_its_own_tie_is_its_partner() -> None:
    ext = chapter("107年5月，陳市長率團訪問美國丹佛市簽署姊妹市協定並轉往鳳凰城簽署友好城市協定。")
    sister = rels(ext, RelType.SISTER_CITY_OF)
    assert [{t.source, t.target} for t in sister] == [{KAOHSIUNG, named(ext, "丹佛市")}]
    friends = rels(ext, RelType.FRIENDSHIP_CITY_OF)
    assert [
        ({t.source, t.target}, t.properties.get("since"), t.properties.get("status"))
        for t in friends
    ] == [({KAOHSIUNG, named(ext, "鳳凰城")}, "2018-05", TieStatus.SIGNED)]


# 4. a tie named as a matter, told signed after (某市締結姊妹市案已於…簽署完成): made (review 37c)
@pytest.mark.parametrize(
    "line",
    [
        "本市與奧克蘭市締結姊妹市案已於三月十日由兩市市長在本府簽署完成。",
        "奧克蘭市締結姊妹市案及與該市之體育交流，已於三月十日由吳市長與奧克蘭市長簽署協定書完成。",
    ],
)
def test_a_tie_matter_told_signed_is_made(line: str) -> None:
    ext = chapter(line, period="1990-01/1990-06")
    (tie,) = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "奧克蘭市"))
    assert tie.properties.get("status") == "signed"


# (review 37c)
def test_a_tie_matter_in_hand_is_planned() -> None:
    ext = chapter(
        "本年推動之奧克蘭市締結姊妹市案，均有賴各局處通力合作。", period="1990-01/1990-06"
    )
    (tie,) = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "奧克蘭市"))
    assert tie.properties.get("status") == "planned"


# 6. a tie approved then signed, another signing planned after (已通過與本市締結姊妹市，
# 並於…正式簽約，雙方預計明年簽署…備忘錄): the tie is made (review 37c)
def test_a_tie_signed_before_another_signing_planned_is_made() -> None:
    ext = chapter(
        "奧克蘭市議會已通過與本市締結姊妹市，並於五月十日由兩市市長正式簽約，"
        "雙方預計於明年簽署教育交流備忘錄。",
        period="1990-01/1990-06",
    )
    (tie,) = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "奧克蘭市"))
    assert tie.properties.get("status") == "signed"


# 7. tie matters listed (甲市締結姊妹市案及乙市締結友好城市案): each city its own tie (review 37c)
@pytest.mark.parametrize(
    ("line", "sister", "friend"),
    [
        (
            "本年推動之奧克蘭市締結姊妹市案及橫濱市締結友好城市案，均有賴各局處通力合作。",
            "奧克蘭市",
            "橫濱市",
        ),
        ("仁川市締結姊妹市案與熊本市締結友好城市案，均於本年積極推動中。", "仁川市", "熊本市"),
    ],
)
def test_tie_matters_listed_are_each_a_tie(line: str, sister: str, friend: str) -> None:
    ext = chapter(line, period="1990-01/1990-06")
    sisters = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    friends = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG)
    assert [t.target for t in sisters] == [named(ext, sister)]
    assert [t.target for t in friends] == [named(ext, friend)]
    assert {t.properties.get("status") for t in sisters + friends} == {"planned"}


# 8b. (probe) a tie word after what is no country (某大學姊妹市…) is left as written; 本市
# 姊妹市 before the country is read as before (round 38a)
def test_our_sister_city_before_the_country_is_read_as_before() -> None:
    ext = chapter(
        "本市姊妹市美國奧克蘭市議會議員懷特（Tim White）於三月二日來訪。",
        period="1992-01/1992-06",
    )
    council = named(ext, "奧克蘭市議會")
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "懷特"), target=council)


# 10. a tie agreed to in principle with its signing proposed for later (某市市議會原則同意與
# 本市締結友好城市，建議明年四月…正式簽署): planned, not signed (round 38a)
def test_a_tie_agreed_with_its_signing_proposed_is_planned() -> None:
    ext = chapter(
        "美國奧克蘭市市議會原則同意與本市締結友好城市，建議明年四月由市長率團來訪時正式簽署。",
        period="1992-01/1992-06",
    )
    ties = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG)
    assert [t.properties.get("status") for t in ties] == ["planned"]


# 10b. (probe) a tie signed, then a proposal after it of what to do next (…正式簽署友好
# 城市協定，並建議明年互派…): signed (round 38a)
def test_a_tie_signed_then_a_proposal_is_signed() -> None:
    ext = chapter(
        "本市與美國奧克蘭市於三月二日正式簽署締結友好城市協定，雙方並建議明年互派青年交流團。",
        period="1992-01/1992-06",
    )
    ties = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG)
    assert [t.properties.get("status") for t in ties] == ["signed"]


# 11. the tie word right before the name of a partner's body (美國姊妹市某市議會議員…): the
# city opening the body's name is the city's sister city (round 38a)
def test_the_tie_before_a_partners_body_names_the_city() -> None:
    ext = chapter(
        "2.美國姊妹市奧克蘭市議會議員布朗（Tom Brown）率該會議員三人，於三月六日來訪，"
        "支付午餐費用12,000元。",
        period="1992-01/1992-06",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "奧克蘭市"))
    assert [t.properties.get("status") for t in ties] == ["signed"]


# 11b. (probe) a city's body with no tie word before it (a signing, a call): no tie (round 38a)
def test_a_partners_body_without_a_tie_word_is_no_tie() -> None:
    ext = chapter(
        "本府與美國奧克蘭市議會簽署合作備忘錄。",
        "美國奧克蘭市議會議員懷特（Tim White）拜會本府。",
        period="1992-01/1992-06",
    )
    assert rels(ext, RelType.SISTER_CITY_OF) == []


# 2. a tie agreed in principle, a proposal after it (建議…), then the signing told done
# (雙方已於…正式簽署, 並已於…簽署; or past a ； another clause): signed, the proposal's
# own signing (建議…先行簽署備忘錄) planned (review 38a)
@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "韓國大邱市原則同意與本市締結友好城市，並建議本府派團赴該市考察，"
            "雙方已於三月五日正式簽署協定。",
            RelType.FRIENDSHIP_CITY_OF,
        ),
        (
            "韓國大邱市議會於二月原則同意與本市締結友好城市，建議由兩市市長簽署，"
            "兩市市長並已於三月五日正式簽署協定。",
            RelType.FRIENDSHIP_CITY_OF,
        ),
        (
            "韓國釜山市原則同意與本市締結姊妹市，並建議兩市於四月先行簽署合作備忘錄；"
            "姊妹市協定已於三月五日正式簽署。",
            RelType.SISTER_CITY_OF,
        ),
    ],
)
def test_a_tie_signed_after_a_proposal_is_signed(sentence: str, kind: RelType) -> None:
    ext = chapter(sentence)
    ties = rels(ext, kind, source=KAOHSIUNG)
    assert [t.properties.get("status") for t in ties] == ["signed"]


# (review 38a)
def test_the_proposed_mou_stays_planned_beside_a_signed_tie() -> None:
    ext = chapter(
        "韓國釜山市原則同意與本市締結姊妹市，並建議兩市於四月先行簽署合作備忘錄；"
        "姊妹市協定已於三月五日正式簽署。"
    )
    mous = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert [m.properties.get("status") for m in mous] == ["planned"]


# 2b. (probe) the signing proposed alone stays planned (review 38a)
@pytest.mark.parametrize(
    "sentence",
    [
        "韓國大邱市原則同意與本市締結友好城市，建議明年四月由兩市市長正式簽署協定。",
        "韓國大邱市原則同意與本市締結友好城市，並建議兩市市長於明年四月簽署協定，以利推動。",
    ],
)
def test_a_tie_with_its_signing_proposed_alone_is_planned(sentence: str) -> None:
    ext = chapter(sentence)
    ties = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG)
    assert [t.properties.get("status") for t in ties] == ["planned"]


# 5. a tie belonging to another city, written before a body (某市之姊妹市某市議會, 該市
# 姊妹市某市議會): the tie is that city's, none of ours (review 38a)
@pytest.mark.parametrize(
    "lines",
    [
        ("日本熊本市之姊妹市大邱市議會議員團於五月來訪。",),
        (
            "一、107.3.2　收第2231號",
            "來文機關：日本熊本市國際交流課",
            "事由：通知該市姊妹市大邱市議會議員團將於五月訪問熊本市。",
            "辦理情形：存查。",
        ),
    ],
)
def test_another_citys_tie_before_a_body_is_none_of_ours(lines: tuple[str, ...]) -> None:
    ext = chapter(*lines)
    assert not rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    assert not rels(ext, RelType.SISTER_CITY_OF, target=KAOHSIUNG)


# 5b. (probe) our own tie before a partner's body is read as before (review 38a)
def test_our_tie_before_a_partners_body_is_still_read() -> None:
    ext = chapter("美國姊妹市奧克蘭市議會議員布朗（Tom Brown）於三月六日來訪。")
    assert rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "奧克蘭市"))


# 24. a story's 那一年 after the year it named (得從民國五十五年說起。那一年，高雄與某市正式
# 締結為姊妹市): that year, history as it is (round 39a)
def test_that_year_takes_up_the_year_just_named() -> None:
    ext = chapter(
        "這份情誼，得從民國六十年說起。那一年，高雄與熊本市正式締結為姊妹市，至今已整整十五年。",
        period="1986-01/1986-06",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "熊本市"))
    assert [t.properties.get("since") for t in ties] == ["1971"]


# 30. a signing told for when the time comes (今年秋天由本府組團回訪，屆時正式簽署姊妹市
# 協定書): a tie planned, not made (round 39a)
def test_a_signing_when_the_time_comes_is_planned() -> None:
    ext = chapter(
        "五月八日，澳洲伯斯市副市長約翰‧史密斯率團來訪。"
        "會談中雙方同意，今年秋天由本府組團回訪，屆時正式簽署姊妹市協定書。",
        period="1986-01/1986-06",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "伯斯市"))
    assert [t.properties.get("status").value for t in ties] == ["planned"]


# 3. sister cities named in passing as a list opening the clause right after the set
# they are of (本市現有姊妹市中，甲市、乙市及丙市等城市往來最為密切): all are sisters (round 39b)
def test_a_list_right_after_the_set_of_sisters_names_sisters() -> None:
    ext = chapter(
        "本市現有姊妹市中，美國西雅圖市、日本姬路市及韓國仁川廣域市等城市往來最為密切，"
        "本府將持續深化既有關係。",
        period="2019-07/2019-12",
    )
    for city in ("西雅圖市", "姬路市", "仁川廣域市"):
        assert rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, city))


# 4. the two cities spoken of as sister port cities (兩個姊妹港市之合作): the city and
# the one foreign city the sentence named hold the tie (round 39b)
def test_two_sister_port_cities_hold_the_tie() -> None:
    ext = chapter(
        "本府海洋局於108年9月3日至6日派員赴日本神戶市參加港灣會議，並拜會神戶港務局，"
        "持續深化兩個姊妹港市之合作。",
        period="2019-07/2019-12",
    )
    assert rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "神戶市"))


# 34. sister cities given as examples right after the word (本市現有姊妹市如甲市、乙市等):
# each is a sister (round 39b)
def test_sisters_given_as_examples_are_all_sisters() -> None:
    ext = chapter(
        "本市現有姊妹市如美國西雅圖市、日本姬路市等，交流頻繁。", period="2019-07/2019-12"
    )
    for city in ("西雅圖市", "姬路市"):
        assert rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, city))


# 8. a tie's progress told by 洽簽 (talks to sign) or 續商 (talks resumed): the tie is
# under negotiation, though the talks are paused (而暫停) (round 39c)
def test_talks_to_sign_or_resumed_are_a_tie_under_negotiation() -> None:
    ext = chapter(
        "（二）義大利熱那亞市：締結姊妹市之洽簽作業因對方市政府人事異動而暫停。",
        "（三）智利瓦帕萊索市：本府於本年11月再度去函表達續商締結姊妹市之意願。",
        period="2018-07/2018-12",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF)
    assert len(ties) == 2
    assert {t.properties.get("status") for t in ties} == {"negotiating"}


# 2. a list right after a set of sisters that is not the city's (非姊妹市中, 某市現有
# 姊妹市中): no sisters of the city (review 39b)
@pytest.mark.parametrize(
    "sentence",
    [
        "本府積極拓展城市交流，非姊妹市中，越南峴港市、泰國曼谷市等城市往來最為密切。",
        "姬路市現有姊妹市中，美國夏威夷郡、韓國昌原市等城市往來最為密切，本府亦可借鏡其經驗。",
    ],
)
def test_a_list_after_a_set_not_the_citys_sisters_names_none(sentence: str) -> None:
    ext = chapter(sentence, period=H1_2019)
    assert not rels(ext, RelType.SISTER_CITY_OF)


# 1. talks on an agreement (洽簽「某備忘錄」, 續商兩市某協議, 完成洽簽, 洽商「…」) after a
# tie told made are talks on that agreement, not on the tie: it stays signed, with its year
# (review 39c)
@pytest.mark.parametrize(
    ("sentence", "rel_type", "city", "since"),
    [
        (
            "本市與日本八王子市於2006年締結友好城市，兩市並於本年5月洽簽「青少年交流合作備忘錄」。",
            RelType.FRIENDSHIP_CITY_OF,
            "八王子",
            "2006",
        ),
        (
            "本市與韓國釜山市於1966年締結姊妹市，雙方於5月10日洽簽「港灣合作備忘錄」並完成簽署。",
            RelType.SISTER_CITY_OF,
            "釜山",
            "1966",
        ),
        (
            "本市與美國西雅圖市於1991年締結姊妹市，本府並於本年1月與該市續商兩市港務合作協議。",
            RelType.SISTER_CITY_OF,
            "西雅圖",
            "1991",
        ),
        (
            "本市與日本八王子市於2006年締結友好城市，本年5月兩市完成洽簽「觀光交流合作備忘錄」，"
            "並於5月20日正式簽署。",
            RelType.FRIENDSHIP_CITY_OF,
            "八王子",
            "2006",
        ),
        (
            "本市與美國西雅圖市於1991年締結姊妹市，雙方刻正洽商「港務合作備忘錄」內容。",
            RelType.SISTER_CITY_OF,
            "西雅圖",
            "1991",
        ),
    ],
)
def test_talks_on_an_agreement_leave_the_tie_signed(
    sentence: str, rel_type: RelType, city: str, since: str
) -> None:
    ext = chapter(sentence, period=H1_2016)
    ties = rels(ext, rel_type, source=KAOHSIUNG, target=named(ext, city))
    assert [(t.properties.get("status"), t.properties.get("since")) for t in ties] == [
        ("signed", since)
    ]


# (review 39c)
@pytest.mark.parametrize(
    "sentence",
    [
        "本府與日本八王子市刻正洽簽締結友好城市協定。",
        "日本八王子市來函表達與本市締結友好城市之意願，目前雙方正透過駐日代表處洽商協定內容。",
    ],
)
def test_talks_on_the_tie_agreement_are_still_talks_on_the_tie(sentence: str) -> None:
    ext = chapter(sentence, period=H1_2016)
    ties = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG, target=named(ext, "八王子"))
    assert [t.properties.get("status") for t in ties] == ["negotiating"]


# 10. talks told going on over the arrangements of a signing planned (刻正洽商簽約儀式之
# 日期) leave it planned; a wish to resume talks the other side refused (去函表達續商
# 締結友好城市之意願，惟對方回函婉拒) is no talks going on (review 39c)
def test_talks_on_the_ceremonys_date_leave_the_signing_planned() -> None:
    ext = chapter(
        "本府觀光局預計於下半年與日本熊本縣簽署「觀光交流合作備忘錄」，刻正洽商簽約儀式之日期。",
        period=H1_2016,
    )
    mous = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert [m.properties.get("status") for m in mous] == ["planned"]


# (review 39c)
def test_a_wish_to_resume_talks_is_no_talks() -> None:
    ext = chapter(
        "（二）紐西蘭奧克蘭市：本府於本年3月去函表達續商締結友好城市之意願，惟對方回函婉拒。",
        period=H1_2016,
    )
    ties = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG)
    assert "negotiating" not in [t.properties.get("status") for t in ties]
