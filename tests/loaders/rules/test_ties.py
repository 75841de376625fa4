"""Ties: sister and friendship cities, in wordings of the genre not taken from the samples."""

from __future__ import annotations

import pytest

from graph.model import RelType
from loaders.pipeline import extract_bytes
from loaders.rules.grammar import _SIGNING_PUT_OFF
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


def test_both_sides_negotiating_is_the_partner_just_named() -> None:
    ext = chapter(
        "1.107年3月5日至9日，本府由觀光局組團前往日本靜岡市，並於3月7日與靜岡市簽署「觀光交流備忘錄」；"
        "雙方並就締結友好城市事宜進行協商。"
    )
    found = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG, target=named(ext, "靜岡市"))
    assert found and found[0].properties["status"] == "negotiating"


def test_an_ordinal_between_the_verb_and_sister_city() -> None:
    ext = chapter("1.本市於前年與帛琉科羅州締結第29個姊妹市，今年持續推動青年交流。")
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "科羅州"))
    assert found and found[0].properties["ordinal"] == 29
    assert found[0].properties["status"] == "signed"
    assert found[0].properties["since"] == "2016"


def test_cities_after_a_clause_inviting_the_sister_cities_are_sister_cities() -> None:
    ext = chapter(
        "1.本府舉辦「2018高雄國際龍舟賽」，並邀請姊妹市參與，日本八王子市及美國西雅圖市均派隊參賽。"
    )
    for city in ("八王子市", "西雅圖市"):
        found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, city))
        assert found and found[0].properties["status"] == "signed", city


def test_cities_after_an_unrelated_clause_are_not_ties() -> None:
    ext = chapter("1.本府舉辦「2018高雄國際龍舟賽」，日本八王子市及美國西雅圖市均派隊參賽。")
    assert not rels(ext, RelType.SISTER_CITY_OF)


def test_a_city_known_only_from_curated_data_is_found() -> None:
    ext = chapter("1.菲律賓宿霧市：雙方規劃於明年簽署友好城市協定，正式結為友好城市。")
    found = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG, target="city:ph:cebu-city")
    assert found and found[0].properties["status"] == "planned"


def test_a_vocational_schools_short_name_makes_a_sister_school() -> None:
    ext = chapter(
        "107年3月20日，本市海青工商與日本福岡縣立福岡工業高等學校以視訊方式結盟為姊妹校。"
    )
    found = rels(
        ext,
        RelType.SISTER_SCHOOL_OF,
        source=named(ext, "海青工商"),
        target=named(ext, "福岡縣立福岡工業高等學校"),
    )
    assert found and found[0].properties["since"] == "2018-03-20"


def test_a_heading_restating_the_agreement_in_short_is_one_agreement() -> None:
    text = "\n".join(
        [
            "（一）與日本福岡市簽署合作備忘錄",
            "本府觀光局於107年2月6日與日本福岡市簽署「郵輪觀光合作備忘錄」，雙方將互相推廣郵輪航線。",
        ]
    )
    ext = chapter(text)
    found = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, "福岡市"))
    assert [r.properties["title"] for r in found] == ["郵輪觀光合作備忘錄"]


def test_a_city_named_bare_after_its_country_is_the_one_just_named() -> None:
    ext = chapter(
        "（一）與巴拿馬科隆市締結姊妹市",
        "107年4月3日，科隆市市長莫雷諾率團蒞臨本府，雙方於當日締結姊妹市。",
    )
    ids = {r.target for r in rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)}
    assert ids == {"city:pa:colon"}
    assert {r.target for r in rels(ext, RelType.HOLDS_TITLE)} == {"city:pa:colon"}


def test_a_city_known_by_its_english_name_in_parentheses() -> None:
    ext = chapter(
        "菲律賓伊洛伊洛市（Iloilo City）為菲國中部港口城市，雙方就締結友好城市事宜持續洽商中。"
    )
    found = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG, target=named(ext, "伊洛伊洛市"))
    assert found and found[0].properties["status"] == "negotiating"
    assert found[0].target == "city:ph:iloilo"


def test_a_council_is_named_without_the_subdivision_before_its_city() -> None:
    ext = chapter(
        "（一）重要訪賓",
        "議會部分，有日本福岡縣北九州市議會議長井上秀作及美國德州休士頓市議會議員陳漢等人。",
    )
    speaker = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "井上秀作"))
    assert speaker and speaker[0].target == named(ext, "北九州市議會")


def test_becoming_friendship_cities_of_both_places() -> None:
    ext = chapter(
        "1.107年5月8日，陳市長率團訪問日本岐阜縣，於5月9日簽署「觀光交流協定」，兩地自此成為友好城市。"
    )
    found = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG, target=named(ext, "岐阜縣"))
    assert found and found[0].properties["status"] == "signed"
    assert found[0].properties["since"] == "2018-05-09"


def test_becoming_the_citys_nth_sister_city() -> None:
    ext = chapter("1.107年3月2日，美國亞特蘭大市與本市正式成為姊妹市。")
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "亞特蘭大市"))
    assert found and found[0].properties["status"] == "signed"


def test_a_tie_whose_ending_is_told_after_it() -> None:
    ext = chapter(
        "1.本市與巴拉圭亞松森市於2001年締結姊妹市，惟巴國與我國斷交後，兩市姊妹市關係已於107年2月正式中止。"
    )
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "亞松森市"))
    assert found and found[0].properties["status"] == "revoked"
    assert found[0].properties["since"] == "2001"


def test_an_agreement_with_the_body_referred_to_as_該局() -> None:
    ext = chapter(
        "1.107年4月10日，美國西雅圖港務局（Port of Seattle）局長布朗（Tim Brown）率團來訪，"
        "本府海洋局並與該局簽署「綠色港口合作備忘錄」。"
    )
    found = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, "西雅圖港務局"))
    assert found and found[0].properties["date"] == "2018-04-10"


def test_an_agreement_with_the_body_referred_to_as_該所() -> None:
    ext = chapter(
        "95.04.12　名古屋商工會議所副會頭鈴木一郎一行5人來訪，"
        "本府與該所簽署「經貿交流合作備忘錄」。"
    )
    found = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, "名古屋商工會議所"))
    assert found and found[0].properties["date"] == "2006-04-12"


def test_an_agreement_after_the_meeting_with_a_city_named_in_full_before() -> None:
    ext = chapter(
        "1.107年6月3日，陳市長接見紐西蘭但尼丁市市長庫爾（Dave Cull）；"
        "會後本府與但尼丁市簽署合作備忘錄。"
    )
    found = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, "但尼丁市"))
    assert found and found[0].properties["date"] == "2018-06-03"


def test_a_home_school_visiting_its_sister_school() -> None:
    ext = chapter(
        "1.107年3月1日至7日，本市海青工商師生一行20人赴日本福岡市，"
        "與姊妹校福岡縣立福岡工業高等學校進行交流。"
    )
    found = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "海青工商"))
    assert found and "since" not in found[0].properties


def test_a_sister_school_tie_to_come_is_planned_and_undated() -> None:
    # the schools in the first clause, the tie to come in a later one (also 「將於…締結」)
    ext = chapter(
        "1.107年3月1日起，本市前鎮高中與位於日本福岡市之博多高等學校經多次線上交流後，"
        "已擬妥協定草案，預計於明年互訪時正式締結姊妹校。"
    )
    (tie,) = rels(
        ext,
        RelType.SISTER_SCHOOL_OF,
        source=named(ext, "前鎮高中"),
        target=named(ext, "博多高等學校"),
    )
    assert tie.properties["status"] == "planned"
    assert "since" not in tie.properties


def test_a_sister_school_tie_being_discussed_is_negotiating() -> None:
    ext = chapter("2.本市海青工商與美國波士頓市林肯高中正洽談締結姊妹校事宜。")
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "海青工商"))
    assert tie.properties["status"] == "negotiating"


def test_a_home_school_written_with_市立_goes_by_its_name_without_it() -> None:
    """市立某高中 is the city's school, as 本市某高中 is: known also as 某高中 (how other
    reports write it), while its name stays as written."""
    ext = chapter(
        "1.107年5月8日，美國西雅圖市林肯高中師生一行15人來訪，並與本市市立鳳山高中簽署姊妹校協定。",
        "2.本市市立楠梓國中與日本德島市立城東中學校刻正洽談締結姊妹校。",
    )
    (signed,) = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "鳳山高中"))
    assert signed.properties["since"] == "2018-05-08"
    (talks,) = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "楠梓國中"))
    assert talks.properties["status"] == "negotiating"
    assert ext.entities[[e.id for e in ext.entities].index(signed.source)].name_zh == "市立鳳山高中"


def test_a_sister_school_tie_signed_in_a_later_clause_is_signed_and_dated() -> None:
    ext = chapter("3.本市前鎮高中與日本博多高等學校，於107年3月20日正式締結姊妹校。")
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "前鎮高中"))
    assert tie.properties["status"] == "signed"
    assert tie.properties["since"] == "2018-03-20"


def test_a_travelling_home_school_signs_with_the_school_after_與() -> None:
    ext = chapter(
        "1.本市海青工商師生一行18人於107年4月9日至13日赴日本福岡縣進行教育旅行，"
        "並於4月11日與福岡縣立博多工業高等學校簽訂姊妹校協定。"
    )
    ours = named(ext, "海青工商")
    assert rels(ext, RelType.VISITED, source=ours, start="2018-04-09")
    found = rels(ext, RelType.SISTER_SCHOOL_OF, since="2018-04-11")
    assert found and ours in (found[0].source, found[0].target)


def test_a_friendship_city_named_in_passing_is_a_signed_tie() -> None:
    ext = chapter(
        "1.本府環保局於5月3日接待友好城市日本靜岡市環境局官員一行，介紹本市資源回收成果。"
    )
    found = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG, target=named(ext, "靜岡市"))
    assert found and found[0].properties["status"] == "signed"


def test_a_list_of_sister_cities_stops_at_the_friendship_city_after_it() -> None:
    ext = chapter(
        "1.本府邀請姊妹市韓國仁川市、日本大阪市及友好城市日本靜岡市派員出席高雄國際食品展。"
    )
    incheon, osaka, shizuoka = (named(ext, n) for n in ("仁川市", "大阪市", "靜岡市"))
    sisters = {r.target for r in rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)}
    friends = {r.target for r in rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG)}
    assert {incheon, osaka} <= sisters and shizuoka not in sisters
    assert friends == {shizuoka}


def test_a_home_school_signs_with_an_outside_university_named_after_its_place() -> None:
    ext = chapter(
        "1.107年5月2日，國立高雄大學與來訪之英國愛丁堡大學（University of Edinburgh）"
        "簽署「學術合作備忘錄」，雙方將推動交換學生。"
    )
    ours, theirs = named(ext, "國立高雄大學"), named(ext, "愛丁堡大學")
    found = rels(ext, RelType.SIGNED_MOU, source=ours, target=theirs)
    assert found and found[0].properties["title"] == "學術合作備忘錄"
    assert not [r for r in rels(ext, RelType.SIGNED_MOU) if r.target.startswith("city:")]


def test_a_bureau_signs_for_the_city_with_a_foreign_company() -> None:
    ext = chapter(
        "1.本府海洋局於107年3月5日與挪威商北海航運公司簽署「綠色航運合作備忘錄」，"
        "該公司並將於本市設立亞洲營運中心。"
    )
    company = named(ext, "北海航運公司")
    found = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=company)
    assert found and found[0].properties["date"] == "2018-03-05"


def test_a_tie_word_inside_an_event_name_names_no_tie() -> None:
    ext = chapter(
        "1.本府民政局於5月3日派員參加日本熊本市「友好城市青年交流論壇」，介紹本市青年政策。"
    )
    assert not rels(ext, RelType.FRIENDSHIP_CITY_OF)
    assert not rels(ext, RelType.SISTER_CITY_OF)


def test_a_pursued_item_toward_a_friendship_tie_is_a_friendship_city() -> None:
    ext = chapter(
        "（一）持續推動與國際城市締結姊妹市或友好城市",
        "1.日本松山市",
        "本府與松山市經多年觀光交流，今年雙方同意朝締結友好城市方向努力。",
    )
    city = named(ext, "松山市")
    assert rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG, target=city, status="planned")
    assert not rels(ext, RelType.SISTER_CITY_OF, target=city)


def test_a_sister_city_label_before_a_list_regrouped_as_other_cities() -> None:
    ext = chapter(
        "1.本府舉辦「2018高雄海洋論壇」，邀請姊妹市美國西雅圖市、荷蘭鹿特丹市及德國漢堡市等海洋城市代表與會。"
    )
    assert rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "西雅圖市"))
    for city in ("鹿特丹市", "漢堡市"):
        assert not rels(ext, RelType.SISTER_CITY_OF, target=named(ext, city)), city


def test_a_passing_sister_city_label_does_not_sign_a_tie_under_negotiation() -> None:
    ext = chapter(
        "1.本府持續與荷蘭鹿特丹市協商締結姊妹市事宜。",
        "2.本府舉辦「2018高雄海洋論壇」，邀請姊妹市美國西雅圖市及荷蘭鹿特丹市代表與會。",
    )
    found = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "鹿特丹市"))
    assert found and all(r.properties["status"] == "negotiating" for r in found)


def test_a_mayor_called_again_by_surname_is_no_place() -> None:
    ext = chapter(
        "1.陳市長於5月8日與日本松山市市長中村健二會晤，中村市長表示感謝，雙方同意推動締結友好城市。"
    )
    ties = rels(ext, RelType.FRIENDSHIP_CITY_OF)
    assert ties and {r.target for r in ties} == {named(ext, "松山市")}


def test_an_organization_named_with_its_city_is_found_again_by_its_own_name() -> None:
    extraction = chapter(
        "1.本市左營高中與日本福岡市香椎高等學校締結姊妹校",
        "108年4月3日，本市左營高中師生赴福岡市，並與當地香椎高等學校簽訂姊妹校協定。",
    )
    school = named(extraction, "香椎高等學校")
    assert named(extraction, "福岡市香椎高等學校") == school
    assert rels(extraction, RelType.SISTER_SCHOOL_OF, target=school) or rels(
        extraction, RelType.SISTER_SCHOOL_OF, source=school
    )


def test_a_school_from_abroad_visiting_its_sister_school_here() -> None:
    ext = chapter(
        "（二）韓國釜山廣域市海雲臺女子高等學校師生來訪姊妹校三民高中",
        "107年4月10日至13日，海雲臺女子高等學校校長朴英淑率師生一行25人來訪，"
        "至姊妹校本市三民高中進行課堂交流。",
        "兩校自98年結為姊妹校以來，每年互派師生交流。",
    )
    ties = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "三民高中"))
    assert [r.target for r in ties] == [named(ext, "海雲臺女子高等學校")]
    assert ties[0].properties["since"] == "2009"  # the two schools' tie, restated


def test_a_visit_to_a_sister_school_named_in_a_heading_dates_no_tie() -> None:
    ext = chapter(
        "（二）日本福岡縣立香住丘高等學校師生來訪姊妹校中山高中",
        "107年4月10日，香住丘高等學校師生一行20人來訪，進行課堂觀摩及社團交流。",
    )
    ties = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "中山高中"))
    assert [r.target for r in ties] == [named(ext, "福岡縣立香住丘高等學校")]
    assert "since" not in ties[0].properties


def test_a_province_named_with_its_ending_is_not_its_capital_city() -> None:
    ext = chapter("1.菲律賓宿霧省省長於今年3月來訪，本府並規劃與該省締結友好城市。")
    found = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG)
    assert [r.target for r in found] == ["city:ph:cebu-province"]


def test_a_state_tied_to_the_city_is_a_sister_tie() -> None:
    ext = chapter("1.美國奧勒岡州州長於今年4月率團訪高，雙方並預計於明年締結姊妹州市。")
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target="city:us:oregon")
    assert found and found[0].properties["status"] == "planned"


def test_friendship_ties_of_other_kinds_and_pending_wordings() -> None:
    ext = chapter(
        "1.泰國清萊府府尹來訪時表示有意與本市結為友好城市，本府將研議相關事宜。",
        "2.日本岡山縣：雙方刻正研議締結友好交流城市。",
    )
    for place in ("city:th:chiang-rai-province", "city:jp:okayama-prefecture"):
        found = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG, target=place)
        assert found and found[0].properties["status"] == "planned", place


def test_a_tie_ended_between_both_sides_is_revoked_since_it_was_made() -> None:
    ext = chapter(
        "1.本市與美國奧克蘭市自2003年結為姊妹市，惟近年交流停滯，經雙方同意，"
        "已於今年5月解除彼此之姊妹市關係。",
        "2.本市與宏都拉斯汕埠市於2005年締結之姊妹市關係已於今年2月正式終止。",
        "3.因該國與我國斷交，本府已於今年3月終止與智利瓦爾帕萊索市之友好城市關係。",
    )
    oakland = rels(ext, RelType.SISTER_CITY_OF, target="city:us:oakland")
    assert [(r.properties["status"], r.properties.get("since")) for r in oakland] == [
        ("revoked", "2003")
    ]
    pedro = rels(ext, RelType.SISTER_CITY_OF, target="city:hn:san-pedro-sula")
    assert [(r.properties["status"], r.properties.get("since")) for r in pedro] == [
        ("revoked", "2005")
    ]
    ended = rels(ext, RelType.FRIENDSHIP_CITY_OF, target=named(ext, "瓦爾帕萊索市"))
    assert [r.properties["status"] for r in ended] == ["revoked"]
    assert not rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "瓦爾帕萊索市"))


def test_where_a_mission_sits_is_no_party_to_a_tie() -> None:
    ext = chapter(
        "1.美國鳳凰城：在外交部及我國駐洛杉磯辦事處協助下，雙方正洽談締結姊妹市。",
    )
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    assert [(r.target, r.properties["status"]) for r in found] == [
        ("city:us:phoenix", "negotiating")
    ]


def test_the_home_city_after_a_state_and_a_verb_is_no_place_of_that_state() -> None:
    ext = chapter("1.帛琉科羅州州長於2016年來訪並簽署協定書，自此科羅州成為本市第29個姊妹市。")
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    assert [(r.target, r.properties.get("ordinal")) for r in found] == [("city:pw:koror", 29)]


def test_an_agreement_renewed_is_signed_on_the_renewal_day() -> None:
    ext = chapter("1.日本靜岡縣知事於3月8日率團來訪，並與本府續訂「觀光合作備忘錄」。")
    found = rels(ext, RelType.SIGNED_MOU, target="city:jp:shizuoka-prefecture")
    assert [(r.properties["status"], r.properties.get("date")) for r in found] == [
        ("signed", "2018-03-08")
    ]


def test_an_agreement_named_then_renewed_in_a_later_clause_is_one_dated_signing() -> None:
    ext = chapter(
        "1.本府與日本新潟縣簽訂之《觀光交流備忘錄》將於本年底到期，雙方於11月20日以線上方式"
        "完成續約，由市長與知事分別於兩地簽署。"
    )
    found = rels(ext, RelType.SIGNED_MOU, target="city:jp:niigata-prefecture")
    assert [
        (r.properties["title"], r.properties["status"], r.properties["date"]) for r in found
    ] == [("觀光交流備忘錄", "signed", "2018-11-20")]


def test_a_signing_still_to_study_or_hoped_for_is_planned() -> None:
    ext = chapter(
        "1.日本愛媛縣副知事於5月2日來訪，雙方可望於年底前簽署《觀光交流協議書》。",
        "2.本府於6月派員赴日本岡山縣，雙方同意研議簽訂「青年交流協議」。",
        "3.日本福井縣副知事於4月9日來訪，雙方同意簽署觀光交流合作備忘錄，預計年底完成。",
    )
    for place in (
        "city:jp:ehime-prefecture",
        "city:jp:okayama-prefecture",
        "city:jp:fukui-prefecture",
    ):
        found = rels(ext, RelType.SIGNED_MOU, target=place)
        assert [r.properties["status"] for r in found] == ["planned"], place


def test_a_witness_is_no_party_and_a_foreign_bureau_signs_for_itself() -> None:
    ext = chapter(
        "1.美國加州州長於7月來訪，見證本府經發局與加州商務廳簽署「經貿合作備忘錄」。",
        "2.7月5日，在美國奧勒岡州州長見證下，本府海洋局與波特蘭港務局簽署「港埠合作備忘錄」。",
    )
    parties = {r.target for r in rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)}
    assert parties == {named(ext, "加州商務廳"), named(ext, "波特蘭港務局")}


def test_a_city_government_signs_as_its_city() -> None:
    ext = chapter(
        "1.8月9日，本府與韓國仁川廣域市政府簽署「智慧城市合作備忘錄」。",
        "2.9月1日，本府觀光局與日本靜岡縣廳簽署「觀光推廣備忘錄」。",
    )
    found = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert {r.target for r in found} == {"city:kr:incheon", "city:jp:shizuoka-prefecture"}


def test_signing_with_the_mayor_just_visited_is_signing_with_his_city() -> None:
    ext = chapter(
        "1.6月2日李副市長赴美國西雅圖市拜會史密斯市長，並與史密斯市長共同簽署《港灣合作意向書》。"
    )
    found = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target="city:us:seattle")
    assert found and found[0].properties["date"] == "2018-06-02"


def test_an_unnamed_agreement_signed_as_a_tie_is_made_is_the_tie() -> None:
    ext = chapter(
        "1.美國西雅圖市市長於5月3日率團來訪，兩市市長當日簽署協議書，西市正式成為本市第32個姊妹市。"
    )
    assert rels(ext, RelType.SISTER_CITY_OF, target="city:us:seattle")
    assert not rels(ext, RelType.SIGNED_MOU)


def test_a_connective_opening_the_sentence_is_no_part_of_the_home_school() -> None:
    ext = chapter(
        "3.此外本市三民高中亦規劃於明年與日本福岡縣立博多高等學校締結姊妹校。",
        "4.另本市鳳新高中與韓國大邱商業高等學校正洽談締結姊妹校。",
    )
    for school, status in (("三民高中", "planned"), ("鳳新高中", "negotiating")):
        (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, school))
        assert tie.properties["status"] == status


def test_the_partners_tie_before_its_school_is_no_part_of_its_name() -> None:
    ext = chapter(
        "1.本市鳳山高中與美國西雅圖姊妹市羅斯福高中刻正洽商締結姊妹校。",
        "2.本市中正高工與日本靜岡友好城市清水高等學校於107年4月2日締結姊妹校。",
    )
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "鳳山高中"))
    assert tie.target == named(ext, "羅斯福高中")
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "中正高工"))
    assert tie.target == named(ext, "清水高等學校")
    assert tie.properties["since"] == "2018-04-02"


def test_a_sister_school_tie_dated_by_a_day_of_the_month_just_named() -> None:
    ext = chapter(
        "1.107年5月7日至11日，本市前鎮國中師生一行18人赴日本大分縣參訪，"
        "並於同月9日與大分縣立竹田高等學校締結姊妹校。"
    )
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "前鎮國中"))
    assert tie.properties["since"] == "2018-05-09"


def test_an_agreement_signed_abroad_with_a_body_is_the_bodys_not_the_host_citys() -> None:
    ext = chapter(
        "1.107年4月23日至26日，本府由農業局王局長率團赴馬來西亞吉隆坡辦理農產品推廣會，"
        "並於4月24日與馬來西亞水果進口商協會簽署「農產品採購意向書」。",
        "2.107年5月3日至5日，本府經發局組團赴日本大阪市，並與大阪食品商協會簽署「食品貿易合作備忘錄」。",
    )
    for body, title in (
        ("馬來西亞水果進口商協會", "農產品採購意向書"),
        ("大阪食品商協會", "食品貿易合作備忘錄"),
    ):
        assert rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, body), title=title)
    parties = {r.target for r in rels(ext, RelType.SIGNED_MOU)}
    assert not parties & {named(ext, "吉隆坡"), named(ext, "大阪市")}
    (trip,) = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "吉隆坡"))
    assert trip.properties["led_by"] == "王局長" and trip.properties["bureaus"] == ["農業局"]


def test_an_untitled_agreement_making_a_sister_school_is_the_tie_not_an_mou() -> None:
    ext = chapter(
        "1.107年3月5日至9日，日本靜岡市某某高等學校師生一行20人來訪，並於3月6日與本市某某高中"
        "簽署協定，締結為姊妹校。",
        "2.107年5月2日，本市某某國中與韓國仁川廣域市某某中學簽訂協議書，正式結為姊妹校。",
    )
    assert not rels(ext, RelType.SIGNED_MOU)
    assert rels(ext, RelType.SISTER_SCHOOL_OF, target=named(ext, "某某中學"))


def test_a_home_university_signing_is_the_universitys_agreement() -> None:
    ext = chapter(
        "1.本市某某高中與日本靜岡縣立某某高等學校正洽談締結姊妹校事宜；國立某某科技大學亦於"
        "107年3月12日與日本某某工業大學簽署「學術交流協定」。",
        "2.107年4月8日，國立某某海洋大學並與韓國某某海洋大學簽訂「學術合作備忘錄」。",
    )
    for ours, theirs in (
        ("國立某某科技大學", "某某工業大學"),
        ("國立某某海洋大學", "某某海洋大學"),
    ):
        assert rels(ext, RelType.SIGNED_MOU, source=named(ext, ours), target=named(ext, theirs)), (
            ours
        )
    assert not rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)


def test_an_agreement_with_an_unknown_body_is_not_the_host_citys() -> None:
    ext = chapter(
        "1.107年4月23日至26日，本府由農業局王局長率團赴馬來西亞吉隆坡，並於4月24日與"
        "某某果菜批發聯營社簽署「農產品採購意向書」。",
        "2.107年6月3日至5日，本府經發局組團赴日本大阪市，並與某某物產商社簽署「採購合作備忘錄」。",
    )
    parties = {r.target for r in rels(ext, RelType.SIGNED_MOU)}
    assert not parties & {named(ext, "吉隆坡"), named(ext, "大阪市")}


def test_a_tie_with_a_city_no_place_data_knows_is_not_the_city_named_before() -> None:
    ext = chapter(
        "1.107年3月20日，經日本靜岡市居間引介，某某特南哥市市長來訪，某某特南哥市正式成為"
        "本市第30個姊妹市。",
        "2.107年5月2日，本府由觀光局組團赴日本福岡市，並與菲律賓某某阿坡市締結友好城市。",
    )
    partners = {
        r.target for t in (RelType.SISTER_CITY_OF, RelType.FRIENDSHIP_CITY_OF) for r in rels(ext, t)
    }
    assert not partners & {named(ext, "靜岡市"), named(ext, "福岡市")}


def test_a_tie_made_by_both_sides_is_the_city_named_before() -> None:
    ext = chapter(
        "1.107年3月5日至9日，本府由觀光局組團前往日本靜岡市，雙方並於3月7日正式締結友好城市。",
        "2.107年9月1日，韓國仁川廣域市市長來訪，與本市締結姊妹市。",
    )
    assert rels(ext, RelType.FRIENDSHIP_CITY_OF, target=named(ext, "靜岡市"), status="signed")
    assert rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "仁川廣域市"), status="signed")


def _school_tie(ext, ours: str, theirs: str) -> list:
    return rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, ours), target=named(ext, theirs))


def test_a_visiting_school_of_the_city_just_named_signs_with_a_home_school() -> None:
    ext = chapter(
        "107年4月2日至6日，美國某州某某市教育局長王大明率領該市林肯高中師生一行20人來訪，"
        "並於4月3日與本市光明高中簽署協定，締結為姊妹校。"
    )
    found = _school_tie(ext, "光明高中", "林肯高中")
    assert found and found[0].properties.get("since") == "2018-04-03"


def test_a_school_from_abroad_opening_the_sentence_after_its_date_plans_a_tie() -> None:
    ext = chapter(
        "107年5月7日至9日，日本某某縣立某某商業高等學校師生一行25人至本市大同家商進行交流，"
        "雙方並規劃於明年正式締結姊妹校。"
    )
    found = _school_tie(ext, "大同家商", "某某縣立某某商業高等學校")
    assert found and found[0].properties["status"] == "planned"
    assert "since" not in found[0].properties


def test_a_home_school_abroad_signs_with_a_local_school() -> None:
    ext = chapter(
        "107年6月4日至8日，本市正義高中師生一行22人赴姊妹市韓國釜山市參訪，"
        "並於6月5日與當地某某臺高等學校締結為姊妹校。"
    )
    found = _school_tie(ext, "正義高中", "某某臺高等學校")
    assert found and found[0].properties.get("since") == "2018-06-05"


def test_the_agreement_that_makes_a_sister_school_tie_is_no_mou() -> None:
    ext = chapter(
        "107年4月2日，美國某州某某市教育局長王大明率領該市林肯高中師生來訪，"
        "並與本市光明高中簽署協定，締結為姊妹校。",
        "107年5月2日，日本某某市國際交流課課長林小明率該市春日高等學校師生來訪，"
        "並與本市和平高中簽署協議書，兩校正式結為姊妹校。",
    )
    assert _school_tie(ext, "光明高中", "林肯高中")
    assert not rels(ext, RelType.SIGNED_MOU)


def test_a_home_university_after_an_adverb_and_date_signs_for_itself() -> None:
    ext = chapter(
        "另本市某高中與日本某高等學校正洽談締結姊妹校事宜；"
        "國立高雄某某大學亦於107年3月12日與福岡某某大學簽署「學術交流協定」。",
        "市立某某大學則於107年4月2日與大阪某某大學簽署「學生交換協議」。",
    )
    for ours, theirs in (("國立高雄某某大學", "福岡某某大學"), ("市立某某大學", "大阪某某大學")):
        found = rels(ext, RelType.SIGNED_MOU, source=named(ext, ours), target=named(ext, theirs))
        assert found and found[0].properties["status"] == "signed", ours
    assert not rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)


def test_an_agreement_with_a_guild_of_a_country() -> None:
    ext = chapter(
        "107年4月23日至26日，本府由農業局王局長率團赴馬來西亞吉隆坡，"
        "並於4月24日與馬來西亞某某進口商公會簽署「農產品採購意向書」。",
        "107年5月3日，本府海洋局與日本某某船舶同業公會簽署「遊艇產業合作備忘錄」。",
    )
    for body in ("馬來西亞某某進口商公會", "某某船舶同業公會"):
        found = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, body))
        assert found and found[0].properties["status"] == "signed", body
    assert not rels(ext, RelType.SIGNED_MOU, target="city:my:kuala-lumpur")


def test_a_place_no_data_knows_is_known_by_its_own_name_once_named_with_its_country() -> None:
    ext = chapter(
        "1.韓國青松嶺市來訪",
        "2018年3月2日，韓國青松嶺市市長金大明率團來訪，參觀本市港埠設施。",
        "2.與日本靜岡市交流",
        "2018年4月2日，本府由觀光局組團赴日本靜岡市參訪。",
        "3.與靜岡市及青松嶺市推動締結友好城市",
        "本府刻正與青松嶺市洽談締結友好城市事宜。",
    )
    city = named(ext, "青松嶺市")
    found = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG, target=city)
    assert found and found[0].properties["status"] == "negotiating"


def test_a_small_city_named_with_its_country_is_known_alone_later() -> None:
    # named first with its country, then alone: a tie, an agreement and 該市
    ext = chapter(
        "1.斐濟蘇瓦市市長王大明於3月率團來訪。",
        "2.蘇瓦市自2015年與本市締結友好城市以來，雙方互動密切。",
    )
    found = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG, target="city:fj:suva")
    assert found and found[0].properties["since"] == "2015"
    ext = chapter(
        "1.薩摩亞阿皮亞市代表團於5月2日來訪，參觀本市港區。",
        "2.本府衛生局並於5月3日與阿皮亞市簽署「醫療交流合作備忘錄」。",
    )
    assert rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target="city:ws:apia", date="2018-05-03")
    ext = chapter(
        "1.巴拉圭恩卡納西翁市議長李小明於4月來訪。",
        "2.恩卡納西翁市市長來高期間，本府觀光局於4月9日與該市簽署「觀光合作協議」。",
    )
    assert rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target="city:py:encarnacion")


def test_talks_before_a_dated_signing_leave_the_tie_signed() -> None:
    for text in (
        "1.兩市經多次協商，於107年3月8日由市長共同簽署姊妹市協定書，美國某港市成為本市第40個姊妹市。",
        "1.本府與日本靜岡市洽談多年後，雙方於107年3月8日正式締結友好城市。",
        "1.經雙方磋商，本市與韓國大邱廣域市於107年3月8日簽署友好城市協定。",
    ):
        ext = chapter(text)
        ties = rels(ext, RelType.SISTER_CITY_OF) + rels(ext, RelType.FRIENDSHIP_CITY_OF)
        assert ties, text
        assert all(t.properties["status"] == "signed" for t in ties), text
        assert all(t.properties.get("since") == "2018-03-08" for t in ties), text
    ext = chapter("1.本府與日本靜岡市簽署觀光備忘錄，雙方並持續協商締結友好城市。")
    found = rels(ext, RelType.FRIENDSHIP_CITY_OF, target=named(ext, "靜岡市"))
    assert found and found[0].properties["status"] == "negotiating"


def test_a_signing_with_no_partner_is_the_tie_its_heading_makes() -> None:
    for body in (
        "王大明市長率團於107年3月6日至8日來訪，並於3月7日與本市市長共同簽署「友好城市協定書」。",
        "107年3月6日，該市議長來訪；3月7日，雙方市長正式簽署友好城市協定。",
        "代表團107年3月6日抵高，並於3月7日在本府簽署友好城市協議。",
    ):
        ext = chapter("（一）與日本靜岡市締結友好城市", body)
        found = rels(ext, RelType.FRIENDSHIP_CITY_OF, target=named(ext, "靜岡市"))
        assert found and found[0].properties.get("since") == "2018-03-07", body


def test_an_anniversary_of_a_tie_dates_it_by_years_before() -> None:
    for text in (
        "1.本市與日本靜岡市於2008年締結姊妹市。107年3月8日，雙方共同舉辦「締結姊妹市10週年紀念展」。",
        "1.107年3月8日，本市某高中與日本靜岡市某高等學校簽署合作協議，為兩市締結姊妹市十週年增添意義。",
        "1.日本靜岡市與本市締結姊妹市屆滿10周年，雙方於107年3月8日互贈紀念品。",
    ):
        ext = chapter(text)
        found = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "靜岡市"))
        assert found and found[0].properties.get("since") == "2008", text


def test_a_tie_told_by_its_rank_has_its_ordinal_and_date() -> None:
    ext = chapter("1.韓國大邱廣域市為本市第一個姊妹市，自1970年締結迄今已屆48週年。")
    found = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "大邱廣域市"))
    assert found and found[0].properties.get("ordinal") == 1
    assert found[0].properties.get("since") == "1970"
    ext = chapter("1.本市第12個友好城市日本靜岡市（2010年5月締結）派員來高研習。")
    found = rels(ext, RelType.FRIENDSHIP_CITY_OF, target=named(ext, "靜岡市"))
    assert found and found[0].properties.get("ordinal") == 12
    assert found[0].properties.get("since") == "2010-05"
    ext = chapter("1.美國西雅圖市是本市第5個姊妹市，兩市於1985年結盟，今年持續青年交流。")
    found = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "西雅圖市"))
    assert found and found[0].properties.get("ordinal") == 5
    assert found[0].properties.get("since") == "1985"


def test_a_place_spelled_by_a_persons_name_is_no_party() -> None:
    ext = chapter(
        "1.107年3月8日，本府與日本靜岡市簽署「友好城市協定」，由本市市長與靜岡市中山一郎市長共同簽署。"
    )
    assert not rels(ext, RelType.FRIENDSHIP_CITY_OF, target="city:cn:zhongshan-guangdong-province")
    assert rels(ext, RelType.FRIENDSHIP_CITY_OF, target=named(ext, "靜岡市"))


def test_the_school_written_after_本市_is_ours_whoever_leads_the_sentence() -> None:
    ext = chapter(
        "1.日本靜岡縣立某某高等學校師生於107年3月6日來訪，並於3月7日與本市某某高中簽署姊妹校協定。"
    )
    ours = named(ext, "某某高中")
    assert ours.startswith("org:tw:kaohsiung:")
    assert rels(ext, RelType.SISTER_SCHOOL_OF, source=ours, since="2018-03-07")


def test_cities_listed_before_their_count_and_kind_are_ties() -> None:
    """甲市、乙市及丙市等3個姊妹市, 甲市及乙市共兩座友好城市: each listed city is one."""
    for sentence, tie in (
        (
            "今年計有日本靜岡市、韓國仁川市及美國西雅圖市等3個姊妹市派團出席。",
            RelType.SISTER_CITY_OF,
        ),
        ("日本靜岡市、韓國仁川市與美國西雅圖市等三個姊妹市均派員與會。", RelType.SISTER_CITY_OF),
        (
            "本府邀請日本靜岡市、韓國仁川市及美國西雅圖市共3座友好城市參加。",
            RelType.FRIENDSHIP_CITY_OF,
        ),
    ):
        ext = chapter(sentence)
        for city in ("靜岡市", "仁川市", "西雅圖市"):
            found = rels(ext, tie, source=KAOHSIUNG, target=named(ext, city))
            assert found and found[0].properties["status"] == "signed", (sentence, city)


def test_a_witness_named_before_the_schools_is_no_part_of_their_names() -> None:
    """王市長並見證本市甲校與乙校簽署, 在王市長見證下本市甲校與乙校…, 由某局長觀禮甲校與乙校."""
    for sentence in (
        "3月6日靜岡市市長田中一郎並見證本市光明高中與靜岡市立富士高等學校簽署姊妹校協定。",
        "3月6日在王市長見證下本市光明高中與靜岡市立富士高等學校簽署姊妹校協定。",
        "3月6日由教育局李局長觀禮本市光明高中與靜岡市立富士高等學校締結姊妹校。",
    ):
        ext = chapter(sentence)
        found = rels(
            ext,
            RelType.SISTER_SCHOOL_OF,
            source=named(ext, "光明高中"),
            target=named(ext, "靜岡市立富士高等學校"),
        )
        assert found and found[0].properties["since"] == "2018-03-06", sentence


def test_a_school_is_named_up_to_its_longest_ending() -> None:
    """某海事學院, not 某海事; 某海事高中, 某海事大學: an ending inside a longer one."""
    for sentence, theirs in (
        ("本市光明高中與靜岡海事學院洽談締結姊妹校事宜。", "靜岡海事學院"),
        ("本市光明高中刻正與靜岡海事大學洽談締結姊妹校。", "靜岡海事大學"),
        ("本市光明高中與靜岡海事高中協商締結姊妹校事宜。", "靜岡海事高中"),
    ):
        ext = chapter(sentence)
        found = rels(
            ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "光明高中"), target=named(ext, theirs)
        )
        assert found and found[0].properties["status"] == "negotiating", sentence


def test_where_the_partner_signed_is_no_part_of_its_name() -> None:
    """與某辦事處於市府簽署, 與某公司在本市簽訂, 與某協會於某展覽館簽署: the body signed."""
    for sentence, body in (
        ("107年3月6日，本府經濟發展局與法國在臺協會於市府簽署「綠能合作備忘錄」。", "法國在臺協會"),
        ("107年3月6日，本府海洋局與丹麥風能公司在本市簽訂「離岸風電合作備忘錄」。", "丹麥風能公司"),
        (
            "107年3月6日，本府觀光局與日本旅行業協會於高雄展覽館簽署「觀光合作備忘錄」。",
            "日本旅行業協會",
        ),
    ):
        ext = chapter(sentence)
        found = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, body))
        assert found and found[0].properties["date"] == "2018-03-06", sentence
        assert "fields" not in found[0].properties, sentence


def test_every_kind_of_agreement_names_its_agreement() -> None:
    """The kinds of agreement are one list: a 協定書 in brackets and a 合作書 without
    them are titled like a 備忘錄."""
    for sentence, title in (
        ("1.本府於3月5日與美國西雅圖市簽署「港埠發展合作協定書」。", "港埠發展合作協定書"),
        ("1.本府於3月5日與日本靜岡市簽署觀光交流合作書，雙方將互設旅遊窗口。", "觀光交流合作書"),
        ("1.本府於3月5日與韓國大邱市簽署文化交流意向書，雙方將互派藝術團隊。", "文化交流意向書"),
    ):
        ext = chapter(sentence)
        found = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
        assert [r.properties.get("title") for r in found] == [title], sentence


# --- A tie raised to another kind: 由友好城市提升為姊妹市 --------------------------------


def test_a_friendship_raised_to_sister_city_is_a_sister_tie_since_then() -> None:
    ext = chapter(
        "1.4月2日，訪問團轉往本市姊妹市日本奈良市。兩市於105年由友好城市提升為姊妹市，"
        "今年適逢締盟2週年，雙方就觀光交流交換意見。"
    )
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "奈良市"))
    assert [r.properties.get("since") for r in found] == ["2016"]
    assert not rels(ext, RelType.FRIENDSHIP_CITY_OF)


def test_a_tie_upgraded_to_sister_city_in_a_year_is_dated_that_year() -> None:
    ext = chapter("1.本市與澳洲伯斯市於2012年升格為姊妹市，今年雙方持續推動青年交流。")
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "伯斯市"))
    assert found and found[0].properties.get("since") == "2012"
    assert found[0].properties["status"] == "signed"


def test_a_tie_promoted_on_a_day_is_a_sister_tie_of_that_day() -> None:
    ext = chapter("1.西班牙瓦倫西亞市於107年3月5日與本市晉升為姊妹市，由陳市長出席見證。")
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "瓦倫西亞市"))
    assert found and found[0].properties.get("since") == "2018-03-05"


# --- Items of a section on widening the city's ties, headed by the cities ---------------


def test_items_under_a_section_widening_the_ties_are_pursued_ties() -> None:
    text = "\n".join(
        [
            "（三）持續拓展姊妹市及友好城市版圖",
            "1.泰國清邁市",
            "目前由駐泰國臺北經濟文化辦事處協助洽談締結友好城市事宜。",
            "2.美國喬治亞州薩凡納市",
            "本府規劃於明年正式締結姊妹市，並邀請市長率團來訪。",
        ]
    )
    ext = chapter(text)
    chiang_mai = rels(
        ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG, target=named(ext, "清邁市")
    )
    assert [r.properties["status"] for r in chiang_mai] == ["negotiating"]
    savannah = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "薩凡納市"))
    assert [r.properties["status"] for r in savannah] == ["planned"]


def test_an_item_signing_a_memorandum_towards_a_tie_is_the_tie_pursued() -> None:
    text = "\n".join(
        [
            "（四）開拓城市夥伴關係",
            "1.印尼泗水市",
            "本府已於107年5月3日簽署「港灣合作備忘錄」，並規劃以此為基礎，逐步推動締結友好城市。",
        ]
    )
    ext = chapter(text)
    surabaya = named(ext, "泗水市")
    tie = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG, target=surabaya)
    assert [r.properties["status"] for r in tie] == ["planned"]
    assert not rels(ext, RelType.SIGNED_MOU, status="planned")


def test_an_item_under_a_section_expanding_partnerships_negotiates_a_sister_tie() -> None:
    text = "\n".join(
        [
            "三、擴大國際夥伴版圖",
            "（一）德國不來梅市",
            "本府刻正透過駐德國代表處洽商締結姊妹市相關事宜。",
        ]
    )
    ext = chapter(text)
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "不來梅市"))
    assert [r.properties["status"] for r in found] == ["negotiating"]


# --- 雙方 opening the sentence, its later clause making the tie ------------------------


def test_both_sides_opening_the_sentence_negotiate_the_tie_of_the_next_clause() -> None:
    ext = chapter(
        "1.107年3月6日，本府與日本靜岡市簽署「觀光交流備忘錄」。"
        "雙方同意以此為基礎，進一步洽談締結友好城市事宜。"
    )
    found = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG, target=named(ext, "靜岡市"))
    assert [r.properties["status"] for r in found] == ["negotiating"]


def test_both_sides_agreeing_then_planning_a_sister_tie() -> None:
    ext = chapter(
        "1.美國堪薩斯州威奇托市市長於5月2日率團來訪，並與陳市長會晤。"
        "雙方並表達合作意願，規劃於明年締結姊妹市。"
    )
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "威奇托市"))
    assert [r.properties["status"] for r in found] == ["planned"]


def test_both_sides_then_a_clause_consulting_on_friendship() -> None:
    ext = chapter(
        "1.本府觀光局於107年6月1日與泰國清邁市簽署「觀光推廣合作備忘錄」。"
        "會後雙方交換意見，將持續協商締結友好城市。"
    )
    found = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG, target=named(ext, "清邁市"))
    assert [r.properties["status"] for r in found] == ["negotiating"]


# --- 翌日/隔天 opening a clause: the day after the day just named -----------------------


def test_a_tie_signed_the_next_day_within_the_sentence_is_dated_that_day() -> None:
    ext = chapter(
        "1.107年5月21日，宏都拉斯喬盧特卡市（Choluteca）市長率團抵達本市，"
        "翌日與陳市長共同簽署姊妹市協定書。"
    )
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    assert [r.properties.get("since") for r in found] == ["2018-05-22"]


def test_a_memorandum_signed_the_day_after_is_dated_that_day() -> None:
    ext = chapter("1.日本靜岡市副市長於107年3月31日來訪，隔天本府與靜岡市簽署「觀光交流備忘錄」。")
    found = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, "靜岡市"))
    assert [r.properties.get("date") for r in found] == ["2018-04-01"]


def test_a_sister_school_tie_made_the_next_day_is_dated_that_day() -> None:
    ext = chapter(
        "107年3月20日，本市海青工商師生抵達日本福岡縣，"
        "次日與福岡縣立福岡工業高等學校簽署姊妹校協定。"
    )
    found = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert [r.properties.get("since") for r in found] == ["2018-03-21"]


# --- A heading's agreement with a city, restated with a body of that city ---------------


@pytest.mark.parametrize(
    ("lines", "body", "title"),
    [
        (
            (
                "（二）參加「2018大阪國際美食節」並簽署觀光合作備忘錄",
                "107年5月3日至5日，本府觀光局組團赴日本大阪市，"
                "參加大阪市主辦之「2018大阪國際美食節」，並於5月4日與大阪觀光會議協會"
                "（Osaka Convention Association）簽署「觀光推廣合作備忘錄」。",
            ),
            "大阪觀光會議協會",
            "觀光推廣合作備忘錄",
        ),
        (
            (
                "（一）與日本福岡市簽署文化交流備忘錄",
                "本府文化局於107年4月2日與福岡市文化藝術振興財團簽署「文化藝術交流合作備忘錄」。",
            ),
            "福岡市文化藝術振興財團",
            "文化藝術交流合作備忘錄",
        ),
        (
            (
                "（三）赴日本橫濱市簽署港灣合作備忘錄",
                "107年6月11日，本府海洋局赴日本橫濱市，與橫濱市港灣振興協會簽署「智慧港灣合作備忘錄」。",
            ),
            "橫濱市港灣振興協會",
            "智慧港灣合作備忘錄",
        ),
    ],
)
def test_a_headings_agreement_restated_with_a_body_of_the_city_is_one(
    lines: tuple[str, ...], body: str, title: str
) -> None:
    ext = chapter(*lines)
    mous = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert [(m.target, m.properties["title"]) for m in mous] == [(named(ext, body), title)]


# --- A council (理事會) as a party, and 與其: the body of the person just named ----------


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("（一）與世界旅遊觀光理事會（WTTC）簽署合作備忘錄", "世界旅遊觀光理事會"),
        (
            "1.本府於107年3月2日與國際港灣城市理事會簽署「港灣城市合作備忘錄」。",
            "國際港灣城市理事會",
        ),
        (
            "1.本府環保局於5月8日與亞太永續發展理事會簽署「低碳城市合作備忘錄」。",
            "亞太永續發展理事會",
        ),
    ],
)
def test_a_council_signing_an_agreement_is_its_party(line: str, body: str) -> None:
    ext = chapter(line)
    assert rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, body))


@pytest.mark.parametrize(
    ("line", "body", "date"),
    [
        (
            "1.107年4月10日，國際港灣城市協會秘書長喬治‧史密斯專程來訪，"
            "由陳市長與其共同簽署「設立港灣城市培訓中心合作備忘錄」。",
            "國際港灣城市協會",
            "2018-04-10",
        ),
        (
            "1.亞太永續發展基金會執行長王大明於107年5月2日來訪，市府並與其簽署「綠能合作備忘錄」。",
            "亞太永續發展基金會",
            "2018-05-02",
        ),
        (
            "1.靜岡商工會議所會長山田太郎於107年6月1日率團來訪，"
            "本府經發局與渠簽署「產業交流備忘錄」。",
            "靜岡商工會議所",
            "2018-06-01",
        ),
    ],
)
def test_signing_with_the_person_just_named_is_with_their_body(
    line: str, body: str, date: str
) -> None:
    ext = chapter(line)
    found = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, body))
    assert [r.properties.get("date") for r in found] == [date]


# --- Cities listed after one written with its country are of that country -------------


@pytest.mark.parametrize(
    ("line", "tie", "cities"),
    [
        (
            "1.本府捐贈口罩予姊妹市巴拉圭亞松森市、東方市及佩德羅胡安卡瓦列羅市。",
            RelType.SISTER_CITY_OF,
            ["city:py:asuncion", "city:py:ciudad-del-este", "city:py:pedro-juan-caballero"],
        ),
        (
            "1.本府邀請姊妹市美國西雅圖市、波卡特洛市及奧林匹亞市參加。",
            RelType.SISTER_CITY_OF,
            ["city:us:seattle", "city:us:pocatello", "city:us:olympia"],
        ),
        (
            "1.本市友好城市菲律賓馬尼拉市、大雅台市及碧瑤市均派員出席。",
            RelType.FRIENDSHIP_CITY_OF,
            ["city:ph:manila", "city:ph:tagaytay", "city:ph:baguio"],
        ),
    ],
)
def test_cities_listed_after_one_with_its_country_are_of_that_country(
    line: str, tie: RelType, cities: list[str]
) -> None:
    ext = chapter(line)
    assert sorted(r.target for r in rels(ext, tie, source=KAOHSIUNG)) == sorted(cities)


# --- A tie set as an aim, or a signing put off, is planned ------------------------------


@pytest.mark.parametrize(
    ("line", "tie", "city"),
    [
        (
            "1.王副市長率團赴泰國清邁市訪問，雙方同意以締結友好城市為目標。",
            RelType.FRIENDSHIP_CITY_OF,
            "清邁市",
        ),
        (
            "1.本府與美國丹佛市會談，兩市以締結姊妹市為共同目標持續交流。",
            RelType.SISTER_CITY_OF,
            "丹佛市",
        ),
        (
            "1.韓國大邱市代表團來訪，兩市以結為姊妹市為長期目標。",
            RelType.SISTER_CITY_OF,
            "大邱市",
        ),
    ],
)
def test_a_tie_set_as_an_aim_is_planned(line: str, tie: RelType, city: str) -> None:
    ext = chapter(line)
    found = rels(ext, tie, source=KAOHSIUNG, target=named(ext, city))
    assert [(r.properties["status"], r.properties.get("since")) for r in found] == [
        ("planned", None)
    ]


@pytest.mark.parametrize(
    ("line", "tie", "city"),
    [
        (
            "1.本府與泰國清邁市已完成友好城市協定內容確認，原預定於4月由該市市長率團來訪簽署，"
            "因入境限制，簽約時程延至疫情趨緩後另定。",
            RelType.FRIENDSHIP_CITY_OF,
            "清邁市",
        ),
        (
            "1.美國丹佛市原定於5月與本市簽署姊妹市協定，因該市議會改選而暫緩。",
            RelType.SISTER_CITY_OF,
            "丹佛市",
        ),
        (
            "1.本市與韓國大邱市締結姊妹市之簽約儀式因颱風延至下半年辦理。",
            RelType.SISTER_CITY_OF,
            "大邱市",
        ),
    ],
)
def test_a_tie_whose_signing_is_put_off_is_planned(line: str, tie: RelType, city: str) -> None:
    ext = chapter(line)
    found = rels(ext, tie, source=KAOHSIUNG, target=named(ext, city))
    assert [(r.properties["status"], r.properties.get("since")) for r in found] == [
        ("planned", None)
    ]


@pytest.mark.parametrize(
    ("line", "ours", "theirs"),
    [
        (
            "1.本市海青工商原訂於5月組團赴美國丹佛市，與丹佛高中簽署姊妹校協定，因疫情延後辦理。",
            "海青工商",
            "丹佛高中",
        ),
        (
            "1.本市中山高中原定於4月與日本福岡縣立香椎高等學校簽署姊妹校協定，因颱風暫緩。",
            "中山高中",
            "福岡縣立香椎高等學校",
        ),
        (
            "1.本市三民高中與韓國大邱高等學校原預定於10月簽訂姊妹校協定，因故取消，另行擇期。",
            "三民高中",
            "大邱高等學校",
        ),
    ],
)
def test_a_sister_school_whose_signing_is_put_off_is_planned(
    line: str, ours: str, theirs: str
) -> None:
    ext = chapter(line)
    found = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert [
        (r.source, r.target, r.properties["status"], r.properties.get("since")) for r in found
    ] == [(named(ext, ours), named(ext, theirs), "planned", None)]


# --- 該局, 該公司: the body the item's earlier sentences named ----------------------------


@pytest.mark.parametrize(
    ("lines", "body", "status"),
    [
        (
            (
                "（一）美國長灘港務局",
                "美國長灘港務局執行長約翰‧史密斯一行5人於5月2日來訪，雙方就港埠合作交換意見。"
                "執行長表示盼與本市分享經驗。本府海洋局擬於明年與該局簽署「港埠合作備忘錄」。",
            ),
            "長灘港務局",
            "planned",
        ),
        (
            (
                "（一）日本某某物流公司",
                "日本某某物流公司社長山田太郎於3月8日來訪，參觀高雄港。"
                "本府經發局並於3月9日與該公司簽署「物流合作備忘錄」。",
            ),
            "日本某某物流公司",
            "signed",
        ),
        (
            (
                "（一）亞洲觀光推廣協會",
                "亞洲觀光推廣協會理事長王大明於4月1日率團來訪。"
                "雙方就觀光推廣交換意見。本府觀光局將與該協會簽署「觀光交流合作備忘錄」。",
            ),
            "亞洲觀光推廣協會",
            "planned",
        ),
    ],
)
def test_that_body_is_the_one_an_earlier_sentence_of_the_item_named(
    lines: tuple[str, ...], body: str, status: str
) -> None:
    ext = chapter(*lines)
    found = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert [(r.target, r.properties["status"]) for r in found] == [(named(ext, body), status)]


@pytest.mark.parametrize(
    "sentence",
    [
        "本市原訂於5月赴美國丹佛市簽署姊妹市協定,因疫情改以視訊方式於5月20日完成簽署。",
        "日本靜岡市原定於4月來訪簽署友好城市協定,後提前於3月12日來訪並完成簽署。",
        "本市原規劃由市長率團赴韓國大邱市締結姊妹市,後改由副市長前往,於6月3日完成締結。",
    ],
)
def test_a_signing_first_set_then_done_another_way_is_not_put_off(sentence: str) -> None:
    """原訂…簽署 alone is no putting off: the signing may have been done another way."""
    assert _SIGNING_PUT_OFF.search(sentence) is None


def test_a_tie_made_beside_another_plan_put_off_is_signed() -> None:
    ext = chapter("1.韓國大邱市於3月2日與本市締結姊妹市，原定之青年交流營則暫緩辦理。")
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "大邱市"))
    assert [(r.properties["status"], r.properties.get("since")) for r in found] == [
        ("signed", "2018-03-02")
    ]


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        (
            "1.本府致函邀請日本靜岡市、美國西雅圖市及加拿大溫哥華市等姊妹市首長出席開幕式。",
            ("靜岡市", "西雅圖市", "溫哥華市"),
        ),
        (
            "1.本府邀請西雅圖市及仙台市等2個姊妹市首長蒞臨，共同主持點燈儀式。",
            ("西雅圖市", "仙台市"),
        ),
        ("1.市長於會中與日本神戶市、韓國仁川市等友好城市首長合影留念。", ("神戶市", "仁川市")),
    ],
)
def test_cities_listed_before_the_heads_of_their_ties_are_those_ties(
    text: str, cities: tuple[str, ...]
) -> None:
    ext = chapter(text)
    tie = RelType.FRIENDSHIP_CITY_OF if "友好城市" in text else RelType.SISTER_CITY_OF
    for city in cities:
        found = rels(ext, tie, source=KAOHSIUNG, target=named(ext, city))
        assert found and found[0].properties["status"] == "signed", city


def test_the_heads_of_the_sister_cities_with_no_list_name_no_tie() -> None:
    ext = chapter("1.日本靜岡市長來訪，本府並邀請姊妹市首長出席年底之論壇。")
    assert not rels(ext, RelType.SISTER_CITY_OF)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("1.西雅圖市議會於本年5月決議終止與本市之姊妹市關係，並函告本府。", "西雅圖市"),
        ("1.美國波士頓市議會去年決議解除與本市之姊妹市關係。", "波士頓市"),
        ("1.仙台市議會日前表決終止與本市締結之友好城市關係。", "仙台市"),
    ],
)
def test_a_city_council_or_government_ending_a_tie_ends_its_citys(text: str, city: str) -> None:
    ext = chapter(text)
    tie = RelType.FRIENDSHIP_CITY_OF if "友好城市" in text else RelType.SISTER_CITY_OF
    found = rels(ext, tie, source=KAOHSIUNG, target=named(ext, city))
    assert found and found[0].properties["status"] == "revoked"


@pytest.mark.parametrize(
    "text",
    [
        "1.仙台市市長此行亦為該市籌辦博覽會取經，雙方並同意朝締結姊妹市之方向推動。",
        "1.西雅圖市代表團來訪觀摩本市籌辦燈會經驗，雙方同意未來朝締結姊妹市方向努力。",
        "1.溫哥華市副市長來訪，為該市籌辦國際會議取經，並表示將推動兩市締結姊妹市。",
    ],
)
def test_organizing_an_event_is_no_talk_on_a_tie(text: str) -> None:
    ext = chapter(text)
    found = rels(ext, RelType.SISTER_CITY_OF)
    assert found and all(r.properties["status"] == "planned" for r in found)


def test_organizing_a_tie_is_a_talk_on_it() -> None:
    ext = chapter("1.持續推動籌辦本市與美國西雅圖市締結姊妹市案。")
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "西雅圖市"))
    assert found and found[0].properties["status"] == "negotiating"


@pytest.mark.parametrize(
    ("text", "sisters", "friends"),
    [
        (
            "1.持續推動與捷克布拉格市締結姊妹市、與日本靜岡市締結友好城市之相關程序。",
            ("布拉格市",),
            ("靜岡市",),
        ),
        (
            "1.規劃與仙台市締結友好城市、與神戶市及西雅圖市締結姊妹市。",
            ("神戶市", "西雅圖市"),
            ("仙台市",),
        ),
        ("1.本府擬與溫哥華市締結姊妹市、與波士頓市締結友好城市。", ("溫哥華市",), ("波士頓市",)),
    ],
)
def test_a_clause_making_both_kinds_of_tie_gives_each_city_its_own(
    text: str, sisters: tuple[str, ...], friends: tuple[str, ...]
) -> None:
    ext = chapter(text)
    for tie, cities, other in (
        (RelType.SISTER_CITY_OF, sisters, RelType.FRIENDSHIP_CITY_OF),
        (RelType.FRIENDSHIP_CITY_OF, friends, RelType.SISTER_CITY_OF),
    ):
        for city in cities:
            target = named(ext, city)
            found = rels(ext, tie, source=KAOHSIUNG, target=target)
            assert found and found[0].properties["status"] == "planned", city
            assert not rels(ext, other, source=KAOHSIUNG, target=target), city


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        (
            "5月3日　靜岡縣立清水高等學校師生18人來訪，與本市三民高中簽署姊妹校協定。",
            "三民高中",
            "靜岡縣立清水高等學校",
        ),
        (
            "10月8日　美國西雅圖市羅斯福高中師生一行12人來訪，並與本市中正高工締結姊妹校。",
            "中正高工",
            "西雅圖市羅斯福高中",
        ),
        (
            "4月1日　仙台市立青葉中學校長率師生來訪，與本市鳳山國中簽訂姊妹校協定。",
            "鳳山國中",
            "仙台市立青葉中學",
        ),
    ],
)
def test_a_school_tie_in_an_item_opening_with_its_date_and_a_space(
    text: str, ours: str, theirs: str
) -> None:
    ext = chapter(text)
    found = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, ours), target=named(ext, theirs))
    assert found and found[0].properties["status"] == "signed"


@pytest.mark.parametrize(
    ("text", "city", "title"),
    [
        ("1.本府與姊妹市美國西雅圖市簽署觀光合作備忘錄。", "西雅圖市", "觀光合作備忘錄"),
        (
            "1.5月2日經發局與本市姊妹市日本仙台市簽署「產業交流合作備忘錄」。",
            "仙台市",
            "產業交流合作備忘錄",
        ),
        ("1.同日並與姊妹市加拿大溫哥華市簽訂港務合作協議。", "溫哥華市", "港務合作協議"),
    ],
)
def test_an_agreement_with_a_partner_named_with_its_tie_is_an_agreement(
    text: str, city: str, title: str
) -> None:
    ext = chapter(text)
    found = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, city))
    assert found and found[0].properties["title"] == title


@pytest.mark.parametrize(
    "lines",
    [
        ("6月10日　美國西雅圖市市長王大明來訪，由市長接見；雙方同意於下半年簽署港埠合作備忘錄。",),
        ("4月8日　美國波士頓市議員來訪，由市長接見；雙方同意於下半年簽署教育合作備忘錄。",),
        ("9月5日　日本靜岡市副市長來訪，由秘書長接待；雙方同意於明年簽署青年交流合作備忘錄。",),
    ],
)
def test_both_sides_agreeing_to_sign_plan_an_agreement_with_the_visitors_city(
    lines: tuple[str, ...],
) -> None:
    ext = chapter(*lines)
    found = [r for r in rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG) if r.target != KAOHSIUNG]
    assert found and found[0].properties["status"] == "planned"
    assert ext.entities and found[0].target.startswith("city:")


@pytest.mark.parametrize(
    ("line", "tie", "partner"),
    [
        ("①與姊妹市美國西雅圖市完成港埠物流合作備忘錄簽署。", RelType.SIGNED_MOU, "西雅圖市"),
        (
            "②協助三民高中赴日本與仙台市立青葉中學締結姊妹校。",
            RelType.SISTER_SCHOOL_OF,
            "仙台市立青葉中學",
        ),
        ("③與加拿大溫哥華市締結友好城市。", RelType.FRIENDSHIP_CITY_OF, "溫哥華市"),
    ],
)
def test_the_items_of_a_section_on_the_work_to_come_are_planned(
    line: str, tie: RelType, partner: str
) -> None:
    ext = chapter("（五）國際交流成果", "二、下半年工作重點", line)
    found = [
        r for r in ext.relations if r.type == tie and named(ext, partner) in (r.source, r.target)
    ]
    assert found and all(r.properties["status"] == "planned" for r in found)
    assert "since" not in found[0].properties


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("1.本府與美國西雅圖市完成港埠物流合作備忘錄簽署。", "港埠物流合作備忘錄"),
        ("1.觀光局於5月3日與日本仙台市完成觀光交流協議之簽訂。", "觀光交流協議"),
        ("1.經發局與加拿大溫哥華市完成產業合作備忘錄簽署，雙方將互派人員。", "產業合作備忘錄"),
    ],
)
def test_an_agreement_named_before_its_signing_verb_keeps_its_title(text: str, title: str) -> None:
    ext = chapter(text)
    found = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert found and found[0].properties.get("title") == title


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        (
            "1.本市三民高中規劃於本年10月赴日本，與仙台市立青葉中學締結姊妹校。",
            "三民高中",
            "仙台市立青葉中學",
        ),
        (
            "1.本市中正高工預計明年3月赴美，與西雅圖市羅斯福高中締結姊妹校。",
            "中正高工",
            "西雅圖市羅斯福高中",
        ),
        (
            "1.本市鳳山國中擬於暑假率團赴日本，並與靜岡縣立清水高等學校締結姊妹校。",
            "鳳山國中",
            "靜岡縣立清水高等學校",
        ),
    ],
)
def test_a_plan_opening_the_sentence_plans_the_school_tie(
    text: str, ours: str, theirs: str
) -> None:
    ext = chapter(text)
    found = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, ours), target=named(ext, theirs))
    assert found and found[0].properties["status"] == "planned"
    assert "since" not in found[0].properties


@pytest.mark.parametrize(
    "lines",
    [
        (
            "1.5月3日，本府與美國西雅圖市簽署「港灣城市交流合作備忘錄」。",
            "2.美國西雅圖市：雙方於5月簽署合作備忘錄後，已同意朝締結姊妹市方向推動。",
        ),
        (
            "1.本府於4月2日與日本仙台市共同簽署「青年交流備忘錄」，雙方將互派學生。",
            "2.仙台市自簽署備忘錄以來，雙方交流日益密切。",
        ),
        (
            "1.觀光局於9月9日與加拿大溫哥華市簽訂「觀光推廣交流協議」。",
            "2.溫哥華市：雙方依簽署之交流協議，持續辦理業者互訪。",
        ),
    ],
)
def test_an_agreement_told_again_by_its_kind_is_the_one_named(lines: tuple[str, ...]) -> None:
    ext = chapter(*lines)
    found = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert len(found) == 1 and found[0].properties.get("date")


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        ("1.協助三民高中赴日本與仙台市立青葉中學締結姊妹校。", "三民高中"),
        ("1.輔導中正高工與美國西雅圖市羅斯福高中締結姊妹校。", "中正高工"),
        ("1.鼓勵鳳山國中與靜岡縣立清水高等學校簽署姊妹校協定。", "鳳山國中"),
    ],
)
def test_a_plans_verb_is_no_part_of_the_schools_name(text: str, ours: str) -> None:
    ext = chapter(text)
    found = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, ours))
    assert found
    assert not any(e.name_zh.startswith(("協助", "輔導", "鼓勵")) for e in ext.entities)


@pytest.mark.parametrize(
    "text",
    [
        "1.韓國大邱市市長於5月20日至22日率團來訪，翌日雙方以視訊方式簽署姊妹市協定。",
        "1.韓國大邱市市長於5月20日至22日率團來訪。翌日雙方以視訊方式簽署姊妹市協定。",
    ],
)
def test_the_next_day_after_days_is_the_day_after_the_last_within_or_across_sentences(
    text: str,
) -> None:
    ext = chapter(text)
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "大邱市"))
    assert [r.properties.get("since") for r in found] == ["2018-05-23"]


@pytest.mark.parametrize(
    ("text", "tie", "partner", "status"),
    [
        (
            "1.加拿大溫尼伯市：溫尼伯市為加拿大中部交通樞紐，本府經由駐溫哥華台北經濟文化辦事處"
            "協助，與該市洽商締結姊妹市。",
            RelType.SISTER_CITY_OF,
            "溫尼伯市",
            "negotiating",
        ),
        (
            "2.德國布萊梅市：布萊梅市與本市同為港都，本府透過駐德國台北代表處聯繫，"
            "與該市洽談締結友好城市事宜。",
            RelType.FRIENDSHIP_CITY_OF,
            "布萊梅市",
            "negotiating",
        ),
        (
            "3.韓國仁川市：仁川市與本市往來密切，本府透過韓國駐台北代表部協助，"
            "規劃與該市締結友好城市。",
            RelType.FRIENDSHIP_CITY_OF,
            "仁川市",
            "planned",
        ),
        (
            "4.美國邁阿密市：本府經我駐邁阿密台北經濟文化辦事處引介，預計明年與該市簽署"
            "「姊妹市協定書」，締結姊妹市。",
            RelType.SISTER_CITY_OF,
            "邁阿密市",
            "planned",
        ),
        (  # the name, then 與 in the same clause
            "5.美國坦帕市：坦帕市為美國東南部重要港市，刻由我駐邁阿密臺北經濟文化辦事處協助"
            "與該市洽談締結姊妹市。",
            RelType.SISTER_CITY_OF,
            "坦帕市",
            "negotiating",
        ),
    ],
)
def test_a_city_inside_a_missions_name_is_no_partner_nor_the_city_that_is_spoken_of(
    text: str, tie: RelType, partner: str, status: str
) -> None:
    """駐某市臺北經濟文化辦事處, 某國駐臺北代表部: the cities in a mission's name are
    neither a party to the tie nor what 該市 after them refers to."""
    ext = chapter(text)
    ties = rels(ext, RelType.SISTER_CITY_OF) + rels(ext, RelType.FRIENDSHIP_CITY_OF)
    assert [(r.type, r.target, r.properties["status"]) for r in ties] == [
        (tie, named(ext, partner), status)
    ]


@pytest.mark.parametrize(
    ("text", "tie", "city"),
    [
        (
            "1.智利姊妹市康塞普西翁市由市長羅德里哥‧迪亞茲（Rodrigo Díaz）率團於107年3月5日至8日"
            "來訪，並參訪本市港埠建設。",
            RelType.SISTER_CITY_OF,
            "city:cl:concepcion",
        ),
        (
            "2.立陶宛友好城市考納斯市副市長於107年4月2日率團來訪，雙方就智慧城市交換意見。",
            RelType.FRIENDSHIP_CITY_OF,
            "city:lt:kaunas",
        ),
        (
            "3.本府於107年5月邀請德國姊妹市羅斯托克市組團參加「2018高雄國際龍舟賽」，該市派隊參賽。",
            RelType.SISTER_CITY_OF,
            "city:de:rostock",
        ),
        (
            "4.挪威友好交流城市卑爾根市由王大明市長率團於107年6月1日來訪。",
            RelType.FRIENDSHIP_CITY_OF,
            "city:no:bergen",
        ),
    ],
)
def test_a_city_named_after_its_country_and_its_tie_is_that_countrys_city(
    text: str, tie: RelType, city: str
) -> None:
    """某國姊妹市某某市, 某國友好城市某某市: the city, too small for the data to take
    bare, is the country's, and the word between them names its tie."""
    ext = chapter(text)
    found = rels(ext, tie, source=KAOHSIUNG, target=city)
    assert found and found[0].properties["status"] == "signed"
    holders = {r.target for r in rels(ext, RelType.HOLDS_TITLE)}
    assert holders <= {city}  # its mayor is the city's, not the country's


@pytest.mark.parametrize(
    ("text", "tie", "partner", "status"),
    [
        (
            "2.韓國麗水市：麗水市與本市姊妹市釜山市同為韓國南部港都，本府擬與該市締結友好城市。",
            RelType.FRIENDSHIP_CITY_OF,
            "麗水市",
            "planned",
        ),
        (
            "3.菲律賓伊洛伊洛市與本市友好城市宿霧市同屬米沙鄢群島，本府將透過外交部協助，"
            "與該市洽談締結友好城市。",
            RelType.FRIENDSHIP_CITY_OF,
            "伊洛伊洛市",
            "negotiating",
        ),
        (
            "4.美國塔科馬市與本市姊妹市西雅圖市相鄰，港埠合作潛力大，本府規劃與該市締結姊妹市。",
            RelType.SISTER_CITY_OF,
            "塔科馬市",
            "planned",
        ),
    ],
)
def test_that_city_is_the_subject_of_the_opening_clause_not_a_city_named_after_it(
    text: str, tie: RelType, partner: str, status: str
) -> None:
    """甲市與本市姊妹市乙市同屬…，本府規劃與該市締結…: 該市 is 甲市, the sentence's
    subject, not 乙市, named after it in the same clause (whose tie stays signed)."""
    ext = chapter(text)
    found = rels(ext, tie, source=KAOHSIUNG, target=named(ext, partner))
    assert found and found[0].properties["status"] == status
    others = [r for r in rels(ext, RelType.SISTER_CITY_OF) + rels(ext, RelType.FRIENDSHIP_CITY_OF)]
    assert all(r.properties["status"] == "signed" for r in others if r.target != found[0].target)


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        (
            "1.另本市友好城市靜岡市之靜岡市立青葉小學校，於5月2日與本市旗津國小以視訊方式簽署姊妹校協定。",
            "旗津國小",
            "靜岡市立青葉小學校",
        ),
        (
            "1.仙台市立第二中學校師生一行15人於5月2日來訪，並與本市五福國中締結姊妹校。",
            "五福國中",
            "仙台市立第二中學校",
        ),
        (
            "1.本市明華國中於107年4月3日與日本福岡市立香椎中學校簽署姊妹校協定。",
            "明華國中",
            "福岡市立香椎中學校",
        ),
    ],
)
def test_a_japanese_junior_high_or_elementary_school_is_a_school(
    text: str, ours: str, theirs: str
) -> None:
    """某某中學校, 某某小學校: Japan's schools, named with 學校 after 中 and 小."""
    ext = chapter(text)
    found = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, ours), target=named(ext, theirs))
    assert found and found[0].properties["status"] == "signed"


@pytest.mark.parametrize(
    ("text", "theirs", "status"),
    [
        (
            "1.另5月中旬，靜岡市立第三中學校學生訪問團一行15人來訪，至本市五福國中進行交流，"
            "兩校刻正洽談締結姊妹校事宜。",
            "靜岡市立第三中學校",
            "negotiating",
        ),
        (
            "1.另於107年3月，美國西雅圖市羅斯福高中師生一行12人來訪，至本市五福國中隨班上課，"
            "兩校並規劃於明年締結姊妹校。",
            "西雅圖市羅斯福高中",
            "planned",
        ),
        (
            "1.此外，仙台市立青葉高等學校學生一行20人於5月2日來訪，至本市五福國中參訪，"
            "雙方學校正協商締結姊妹校。",
            "仙台市立青葉高等學校",
            "negotiating",
        ),
    ],
)
def test_both_schools_of_a_tie_to_come_are_those_the_sentence_named(
    text: str, theirs: str, status: str
) -> None:
    """…某學校學生訪問團…來訪，至本市某國中交流，兩校刻正洽談締結姊妹校: the visiting
    school, opening a clause, and the home school are the two schools."""
    ext = chapter(text)
    (tie,) = rels(
        ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "五福國中"), target=named(ext, theirs)
    )
    assert tie.properties["status"] == status and "since" not in tie.properties


@pytest.mark.parametrize(
    ("text", "ours", "theirs"),
    [
        (
            "1.6月7日至13日，本府組團赴美國西雅圖市參加海洋節。"
            "本市三民高中師生12人亦隨團前往，至姊妹校羅斯福高中進行回訪，並隨班上課一週。",
            "三民高中",
            "羅斯福高中",
        ),
        (
            "1.4月2日至6日，本府組團赴日本福岡市推廣觀光。"
            "本市中山高中師生一行亦同行，前往姊妹校香椎高等學校參訪。",
            "中山高中",
            "香椎高等學校",
        ),
        (
            "1.10月3日至8日，本府組團赴韓國釜山市參加港灣論壇。"
            "本市海青工商學生10人並隨團赴韓，拜訪姊妹校海雲臺高等學校。",
            "海青工商",
            "海雲臺高等學校",
        ),
    ],
)
def test_a_home_school_going_along_to_its_sister_school(text: str, ours: str, theirs: str) -> None:
    """本市某高中師生亦隨團前往，至姊妹校某高中進行回訪: an existing tie, undated."""
    ext = chapter(text)
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, ours), target=named(ext, theirs))
    assert tie.properties.get("status") == "signed" and "since" not in tie.properties


@pytest.mark.parametrize(
    ("text", "since"),
    [
        (
            "1.靜岡縣立清水高等學校師生一行18人，於107年9月16日至19日來訪，"
            "並於18日與本市三民高中締結為姊妹校。",
            "2018-09-18",
        ),
        (
            "1.本市三民高中師生於107年4月9日至13日赴日本福岡縣，11日與福岡縣立博多高等學校"
            "簽署姊妹校協定。",
            "2018-04-11",
        ),
        (
            "1.仙台市立青葉高等學校師生於107年5月28日至6月2日來訪，於1日與本市三民高中簽訂"
            "姊妹校協定。",
            "2018-06-01",
        ),
    ],
)
def test_a_school_tie_on_a_day_written_alone_is_dated_that_day(text: str, since: str) -> None:
    ext = chapter(text)
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "三民高中"))
    assert tie.properties["since"] == since


@pytest.mark.parametrize(
    ("text", "city", "status"),
    [
        (
            "1.9月12日，市長接見智利瓦爾帕萊索市市長，雙方就兩市締結姊妹市交換意見，"
            "規劃於明年上半年正式締結姊妹市。",
            "瓦爾帕萊索市",
            "planned",
        ),
        (
            "1.5月3日，副市長拜會日本靜岡市市長，就締結友好城市事宜進行討論，預計年底前完成簽署。",
            "靜岡市",
            "planned",
        ),
        (
            "1.本年4月，美國西雅圖市市長來訪，雙方就締結姊妹市進行會談。",
            "西雅圖市",
            "negotiating",
        ),
    ],
)
def test_a_tie_talked_of_is_not_made(text: str, city: str, status: str) -> None:
    """雙方就兩市締結姊妹市交換意見: a discussion of the tie, not its making; planned
    where the sentence plans it, else talks."""
    ext = chapter(text)
    ties = rels(ext, RelType.SISTER_CITY_OF) + rels(ext, RelType.FRIENDSHIP_CITY_OF)
    found = [r for r in ties if named(ext, city) in (r.source, r.target)]
    assert found and {r.properties["status"] for r in found} == {status}


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "1.經兩市多次協商，預計於本年11月由市長率團赴日本靜岡市簽署姊妹市協定，"
            "正式締結為姊妹市。",
            "靜岡市",
        ),
        (
            "1.美國西雅圖市市長於3月來訪，雙方確認姊妹市協定書內容，將於下半年擇期簽署。",
            "西雅圖市",
        ),
        (
            "1.本期本府與智利瓦爾帕萊索市完成姊妹市協定書內容之協商，下半年將籌辦締盟事宜。",
            "瓦爾帕萊索市",
        ),
    ],
)
def test_a_tie_whose_talks_are_done_and_signing_to_come_is_planned(text: str, city: str) -> None:
    """經多次協商，預計於11月簽署姊妹市協定 / 確認協定書內容 / 完成協定書內容之協商: the
    talks are over, the signing still to come."""
    ext = chapter(text)
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, city))
    assert found and found[0].properties["status"] == "planned"
    assert "since" not in found[0].properties


def test_talks_through_a_mission_go_on() -> None:
    ext = chapter("1.智利瓦爾帕萊索市：締結姊妹市案，經外交部協助洽談中。")
    found = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "瓦爾帕萊索市"))
    assert found and found[0].properties["status"] == "negotiating"


@pytest.mark.parametrize(
    ("text", "sister", "other"),
    [
        (
            "1.本府邀請姊妹市釜山市及荷蘭阿姆斯特丹市各派藝術家來高駐地創作。",
            "city:kr:busan",
            "阿姆斯特丹市",
        ),
        (
            "1.燈會期間，姊妹市八王子市與德國漢堡市均派團參觀。",
            "city:jp:hachioji",
            "漢堡市",
        ),
        (
            "1.本府邀請友好城市熊本市、八王子市及法國馬賽市代表出席論壇。",
            "city:jp:kumamoto",
            "馬賽市",
        ),
    ],
)
def test_a_city_brought_in_with_its_country_after_a_tied_list_is_no_tie(
    text: str, sister: str, other: str
) -> None:
    """姊妹市甲市及某國乙市: the city written with its country after one written alone is
    brought in anew, not one of the ties the word names."""
    ext = chapter(text)
    ties = rels(ext, RelType.SISTER_CITY_OF) + rels(ext, RelType.FRIENDSHIP_CITY_OF)
    partners = {r.target for r in ties}
    assert sister in partners
    assert named(ext, other) not in partners


@pytest.mark.parametrize(
    ("text", "city", "title"),
    [
        (
            "1.日本靜岡市副市長山田太郎一行6人，於5月10日來訪，見證兩市觀光交流合作備忘錄之簽署。",
            "靜岡市",
            "觀光交流合作備忘錄",
        ),
        (
            "1.5月10日，美國西雅圖市市長來訪，並出席兩市港務合作備忘錄之簽署。",
            "西雅圖市",
            "港務合作備忘錄",
        ),
        (
            "1.韓國仁川廣域市副市長於4月2日來訪，並觀禮雙方青年交流協議的簽訂。",
            "仁川廣域市",
            "青年交流協議",
        ),
    ],
)
def test_an_agreement_named_before_the_signing_witnessed_has_that_title(
    text: str, city: str, title: str
) -> None:
    """見證兩市某某合作備忘錄之簽署: the agreement's name stands before its signing."""
    ext = chapter(text)
    found = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, city))
    assert [r.properties.get("title") for r in found] == [title]


def test_an_agreement_witnessed_and_signed_by_a_bureau_is_one() -> None:
    ext = chapter(
        "1.日本靜岡市副市長山田太郎一行6人，於5月10日來訪，見證兩市觀光交流合作備忘錄之簽署。",
        "2.5月10日，本府觀光局與日本靜岡市簽署「觀光交流合作備忘錄」。",
    )
    (mou,) = rels(ext, RelType.SIGNED_MOU)
    assert mou.properties["date"] == "2018-05-10"


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        (
            "八王子市觀光協會於5月3日拜會熊本市政府，本府經發局亦與該市簽署合作備忘錄。",
            "熊本市",
        ),
        (
            "大邱市青年會議所於3月5日拜訪仁川市政府，本府觀光局亦與該市簽署合作備忘錄。",
            "仁川市",
        ),
        (
            "福岡市代表團於4月2日前往釜山市參加港灣會議，本府海洋局亦與該市簽署合作備忘錄。",
            "釜山市",
        ),
        (  # the tie word after the verb: still the city it met
            "大邱市於4月2日拜會本市姊妹市釜山市，本府海洋局亦與該市簽署合作備忘錄。",
            "釜山市",
        ),
    ],
)
def test_that_city_is_the_city_a_verb_went_to_or_met_not_the_subject(
    text: str, partner: str
) -> None:
    """甲市某協會拜會乙市政府，本府亦與該市簽署…: 乙市, the object of the verb, is what
    該市 speaks of; only a city written after a tie word (與本市姊妹市乙市) gives way to
    the subject."""
    ext = chapter(text)
    assert [r.target for r in rels(ext, RelType.SIGNED_MOU)] == [named(ext, partner)]


@pytest.mark.parametrize(
    ("text", "tied", "since"),
    [
        (  # the tie qualifies the first city; the second only came
            "自民國60年即與本市締結為姊妹市的日本松山市由山田副市長率團、美國塔科馬市由"
            "約翰‧柯爾議員率團前來，並出席開幕典禮。",
            ["松山市"],
            "1971",
        ),
        (  # two cities listed right after the qualifying tie
            "已與本市締結姊妹市之日本松山市及美國塔科馬市均派團參加。",
            ["松山市", "塔科馬市"],
            None,
        ),
    ],
)
def test_a_tie_told_as_what_qualifies_a_city_is_that_citys(
    text: str, tied: list[str], since: str | None
) -> None:
    ext = chapter(text)
    ties = rels(ext, RelType.SISTER_CITY_OF)
    assert sorted(r.target for r in ties) == sorted(named(ext, c) for c in tied)
    assert {r.properties.get("since") for r in ties} == {since}


def test_a_list_closed_as_sister_cities_keeps_a_city_a_tie_qualifies() -> None:
    """甲市、乙市及今年甫成為本市第N個姊妹市之丙市等3個姊妹市: all three are sister
    cities; only 丙市 has the rank and the month."""
    ext = chapter(
        "本屆論壇計有日本松山市、美國塔科馬市及今年3月甫成為本市第30個姊妹市之"
        "立陶宛考納斯市等3個姊妹市由市長親自率團與會。"
    )
    ties = {r.target: r.properties for r in rels(ext, RelType.SISTER_CITY_OF)}
    assert set(ties) == {named(ext, c) for c in ("松山市", "塔科馬市", "考納斯市")}
    assert ties[named(ext, "考納斯市")].get("ordinal") == 30
    assert ties[named(ext, "松山市")].get("ordinal") is None
    assert ties[named(ext, "松山市")].get("since") is None


def test_a_tie_signed_during_a_visit_of_several_days_is_dated_by_what_they_share() -> None:
    """來訪 3月17日至19日, 簽署締結姊妹市協定書: the day is not told, the month is; a
    later sentence giving the day makes it precise."""
    ranged = chapter("3月17日至19日，帛琉艾拉伊州州長一行5人來訪，並簽署締結姊妹市協定書。")
    assert [r.properties.get("since") for r in rels(ranged, RelType.SISTER_CITY_OF)] == ["2018-03"]
    told = chapter(
        "3月17日至19日，帛琉艾拉伊州州長一行5人來訪，並簽署締結姊妹市協定書。",
        "艾拉伊州與本市於3月18日簽署締結姊妹市協定書，約定加強觀光交流。",
    )
    assert [r.properties.get("since") for r in rels(told, RelType.SISTER_CITY_OF)] == ["2018-03-18"]


def test_both_sides_after_a_guest_came_are_the_city_and_the_guests_body() -> None:
    """某機構主席某某來訪，由市長接見，雙方並簽署…: the guest's body signed, not a city an
    earlier item spoke of."""
    ext = chapter(
        "（一）美國塔科馬市：該市於3月來函，表達持續交流之意願。",
        "（二）4月8日，泰國林查班港務局局長頌猜‧維拉來訪，由林市長親自接見，"
        "雙方並簽署「港埠合作意向書」。",
    )
    mou = rels(ext, RelType.SIGNED_MOU, title="港埠合作意向書")
    assert [r.target for r in mou] == [named(ext, "林查班港務局")]


def test_a_sister_school_of_that_city_is_in_the_city_gone_to() -> None:
    """本市某高中赴某國某市訪問，並與該市某高等學校締結為姊妹校: 該市 names no school."""
    ext = chapter(
        "1.107年10月2日至6日，本市市立新興高中師生一行18人赴日本福岡市訪問，"
        "並於10月3日與該市香椎高等學校締結為姊妹校。"
    )
    ties = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert [(r.target, r.properties.get("since")) for r in ties] == [
        (named(ext, "香椎高等學校"), "2018-10-03")
    ]
    assert named(ext, "香椎高等學校").startswith("org:jp:fukuoka")


def test_both_sides_are_the_guests_body_of_this_sentence_only() -> None:
    ext = chapter(
        "1月10日，日本大阪市觀光協會會長山田太郎出席本府觀光論壇。",
        "3月5日，日本大阪市議會議長山田太郎率團來訪，雙方簽署「議會交流備忘錄」。",
    )
    mou = rels(ext, RelType.SIGNED_MOU, title="議會交流備忘錄")
    assert [r.target for r in mou] == [named(ext, "大阪市議會")]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("陳市長於3月17日至19日率團訪問日本大阪市，並與該市簽署「觀光交流備忘錄」。", "2018-03"),
        (
            "陳市長於106年12月30日至107年1月2日率團訪問日本大阪市，並與該市簽署「觀光交流備忘錄」。",
            None,
        ),
    ],
)
def test_an_agreement_signed_during_a_visit_of_several_days_has_what_they_share(
    text: str, date: str | None
) -> None:
    mou = rels(chapter(text), RelType.SIGNED_MOU)
    assert [r.properties.get("date") for r in mou] == [date]


def test_an_agreement_whose_signing_is_still_being_talked_over_is_negotiating() -> None:
    """刻正洽商簽署「…」: talks on the signing go on (negotiating, not planned); a visitor
    who came to talk it over (至本府洽談簽訂…事宜) tells the errand, and stays planned."""
    ext = chapter(
        "1.本府與美國西雅圖市刻正協商簽署「港灣及觀光合作備忘錄」，俟條文議定後擇期簽署。",
        "2.日本大分縣國際課課長田中一郎於5月2日至本府洽談簽訂雙方交流合作備忘錄事宜。",
    )
    seattle = rels(ext, RelType.SIGNED_MOU, target=named(ext, "西雅圖市"))
    assert [r.properties["status"] for r in seattle] == ["negotiating"]
    oita = rels(ext, RelType.SIGNED_MOU, target=named(ext, "大分縣"))
    assert [r.properties["status"] for r in oita] == ["planned"]


@pytest.mark.parametrize("day", ["3月8日", "三月八日"])
def test_an_agreement_with_a_states_department_dated_after_its_name_is_the_departments(
    day: str,
) -> None:
    """本局與某國某州教育廳於3月8日簽署: the department signed, not its state."""
    ext = chapter(f"1.本局與加拿大亞伯達省教育廳於{day}簽署「教育合作備忘錄」，推動教師互訪。")
    mou = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, title="教育合作備忘錄")
    assert [r.target for r in mou] == [named(ext, "亞伯達省教育廳")]


def test_a_city_after_that_country_is_read_in_the_country_last_named() -> None:
    """某國駐華大使…轉達該國首都某某市市長…之意願。…擬與該市締結姊妹市: 該國 stands for
    the country just named."""
    ext = chapter(
        "帛琉共和國駐華大使約翰‧泰勒於5月27日來訪，轉達該國首都馬吉樂吉克市市長盼與本市"
        "發展姊妹市關係之意願。本府擬與該市締結姊妹市。"
    )
    ties = rels(ext, RelType.SISTER_CITY_OF)
    assert [(r.target, r.properties["status"]) for r in ties] == [
        ("city:pw:馬吉樂吉克市", "planned")
    ]


def test_sister_cities_listed_after_including_each_with_the_year_in_parentheses() -> None:
    """姊妹市包括甲市（民國60年締結）、乙市（民國80年締結）及丙市: every city listed is
    a sister city, each made when its own parentheses say."""
    x = chapter(
        "本市現有姊妹市包括美國西雅圖市（民國60年締結）、日本福岡市（民國80年締結）及澳洲"
        "雪梨市等，本期持續深化既有姊妹市關係。"
    )
    ties = {r.target: r.properties.get("since") for r in rels(x, RelType.SISTER_CITY_OF)}
    assert ties == {
        "city:us:seattle": "1971",
        "city:jp:fukuoka": "1991",
        "city:au:sydney": None,
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "本府與日本仙台市締結姊妹市案業獲雙方同意。",
        "1.日本仙台市：雙方已同意締結姊妹市，預計於明年由陳市長率團赴該市簽署姊妹市協定書。",
    ],
)
def test_a_tie_agreed_to_is_planned_not_made(sentence: str) -> None:
    """締結姊妹市案獲雙方同意, 雙方同意締結姊妹市: agreed to, not signed yet."""
    x = chapter(sentence)
    found = rels(x, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(x, "仙台市"))
    assert found and found[0].properties["status"] == "planned"


def test_sister_cities_singled_out_of_the_ties_named_before() -> None:
    ext = chapter(
        "本市現有姊妹市中，以日本八王子市（民國95年締結）、美國西雅圖市及韓國釜山市往來最為頻繁。"
    )
    ties = {r.target: r.properties.get("since") for r in rels(ext, RelType.SISTER_CITY_OF)}
    assert ties == {
        named(ext, "八王子市"): "2006",
        named(ext, "西雅圖市"): None,
        named(ext, "釜山市"): None,
    }


def test_organizing_a_quoted_event_before_a_tie_pursued_is_no_talks() -> None:
    ext = chapter("1.明年度之工作重點為籌辦「2019高雄燈會」、推動與智利瓦爾帕萊索市締結姊妹市。")
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "瓦爾帕萊索市"))
    assert found and found[0].properties["status"] == "planned"


@pytest.mark.parametrize(
    "line",
    [
        "1.美國塔科馬市：本市與塔科馬市自民國74年結盟以來，雙方互動頻繁。",
        "1.美國塔科馬市與本市於1985年締盟迄今，本期持續辦理青年交流。",
    ],
)
def test_a_tie_told_by_結盟_alone_since_a_year_is_a_sister_city_since_then(line: str) -> None:
    ext = chapter(line)
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "塔科馬市"))
    assert found and found[0].properties["since"] == "1985"
    assert found[0].properties["status"] == "signed"


def test_結盟_alone_dates_the_friendship_tie_already_read() -> None:
    ext = chapter("1.本市與日本石垣市為友好城市，本市與石垣市自民國103年結盟以來，兩市交流密切。")
    assert not rels(ext, RelType.SISTER_CITY_OF)
    found = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG, target=named(ext, "石垣市"))
    assert found and found[0].properties["since"] == "2014"


def test_a_school_tie_named_then_signed_in_a_dated_clause_is_signed_that_day() -> None:
    ext = chapter(
        "1.日本千葉市：前期洽定之本市中正高中與千葉縣立幕張高等學校姊妹校案，"
        "已於3月8日由兩校校長以線上方式完成簽約。"
    )
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert tie.properties["since"] == "2018-03-08"


def test_an_unquoted_agreement_s_long_name_is_its_title_whole() -> None:
    ext = chapter(
        "1.日本千葉市：千葉市港灣局局長山本一郎於3月8日來訪，依去年兩市簽署之港灣物流人才培育交流合作備忘錄，"
        "與本府海洋局召開交流會議。"
    )
    (mou,) = rels(ext, RelType.SIGNED_MOU)
    assert mou.properties["title"] == "港灣物流人才培育交流合作備忘錄"


def test_an_agreement_with_a_body_referred_to_that_no_fact_named_before() -> None:
    """與該局簽署 when the body was only named in passing before (與某國某某管理局達成
    共識): the last outside body of that kind the text writes, not the home bureau."""
    ext = chapter(
        "1.林副市長於8月2日至6日率交通局人員赴香港考察輕軌營運，並與香港鐵路管理局達成共識，"
        "本府交通局擬於明年與該局簽署「輕軌營運合作備忘錄」。"
    )
    found = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, "香港鐵路管理局"))
    assert found and found[0].properties["status"] == "planned"
    assert found[0].properties["title"] == "輕軌營運合作備忘錄"


def test_an_unquoted_agreement_named_in_full_right_after_the_verb() -> None:
    """簽署 followed by a long unquoted name (十字以上): the whole name is its title."""
    ext = chapter("1.107年9月3日，德國不來梅市副市長來訪，雙方簽署海洋資源永續利用技術合作備忘錄。")
    found = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert found and found[0].properties["title"] == "海洋資源永續利用技術合作備忘錄"


def test_an_agreement_named_by_no_title_after_a_tie_agreement_is_that_tie() -> None:
    ext = chapter(
        "(一)107年9月3日至6日，本府觀光局局長率團赴日本岡山縣，與該縣知事會晤，"
        "並就締結姊妹市協定內容進行協商，雙方同意俟協定文字確認後再擇期簽署。"
    )
    assert not [r for r in ext.relations if r.type == RelType.SIGNED_MOU]
    assert rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "岡山縣"), status="negotiating")


def test_a_sister_school_tie_told_as_made_earlier_by_a_school_named_after_於() -> None:
    ext = chapter(
        "（二）美國西雅圖市林肯高中師生10人於107年7月16日至30日來訪，寄宿於市立鼓山高中"
        "學生家庭，並參與該校暑期研習課程，為兩校上半年締結姊妹校後首度之師生交流。"
    )
    (tie,) = [r for r in ext.relations if r.type == RelType.SISTER_SCHOOL_OF]
    assert {tie.source, tie.target} == {named(ext, "市立鼓山高中"), named(ext, "林肯高中")}
    assert tie.source == named(ext, "市立鼓山高中")
    assert "since" not in tie.properties


def test_a_bare_stem_after_a_prefecture_named_in_full_is_that_prefecture() -> None:
    ext = chapter(
        "（八）107年5月9日，日本福岡縣副知事山本一郎率縣府及業界代表一行15人來訪，拜會陳市長，"
        "雙方就推動福岡與高雄間定期包機等交流交換意見，並同意朝締結友好城市之方向共同努力。"
    )
    ties = [r for r in ext.relations if r.type == RelType.FRIENDSHIP_CITY_OF]
    assert [t.target for t in ties] == [named(ext, "福岡縣")]
    assert ties[0].properties["status"] == "planned"


def test_the_partner_of_a_signing_is_the_body_the_city_deals_with_before_it() -> None:
    ext = chapter(
        "（二）本府水利局與美國西雅圖市公共事業局就河川水質改善經驗交流，研擬簽署"
        "「水資源交流合作備忘錄」，預計於本年下半年正式簽署。",
        "（三）完成與西雅圖市公共事業局「水資源交流合作備忘錄」之簽署。",
    )
    utility = named(ext, "公共事業局")
    mous = [r for r in ext.relations if r.type == RelType.SIGNED_MOU]
    assert mous and all(r.target == utility for r in mous)


def test_ties_told_one_clause_a_city_after_the_citys_own() -> None:
    """「本市與甲市自…締結為姊妹市，與乙市則於民國80年締盟，另與丙市亦締有姊妹市關係」:
    the clauses going on from the city's tell its ties with the other two, the one by
    締盟 alone since its year."""
    ext = chapter(
        "本市與日本橫濱市自民國59年締結為姊妹市，與美國西雅圖市則於民國80年締盟，"
        "另與加拿大溫哥華市亦締有姊妹市關係。"
    )
    seattle = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target="city:us:seattle")
    assert seattle and seattle[0].properties.get("since") == "1991"
    assert rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "溫哥華市"))


def test_an_alliance_since_a_year_told_after_the_citys_clause() -> None:
    """「…；與乙市自1991年結盟以來，每年均有互訪」: the clause goes on from the city's."""
    ext = chapter(
        "本市與日本橫濱市自1970年結為姊妹市；與美國西雅圖市自1991年結盟以來，每年均有互訪。"
    )
    seattle = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target="city:us:seattle")
    assert seattle and seattle[0].properties.get("since") == "1991"


def test_a_city_called_the_citys_own_partner() -> None:
    """「某市則為本市在歐洲之重要姊妹市」: that city is a sister city."""
    ext = chapter("為推動交流，德國漢堡市則為本市在歐洲之重要姊妹市。")
    assert rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "漢堡市"))


def test_a_tie_talked_over_with_a_citys_body_is_the_citys() -> None:
    """「某市人民委員會副主席某某率團訪高，雙方就締結友好城市之協定草案逐條協商」: the
    city's tie under negotiation, not its committee's."""
    ext = chapter(
        "2018年3月5日，越南峴港市人民委員會副主席阮文明率團訪高，雙方就締結友好城市之協定草案"
        "逐條協商，並參觀加工出口區。"
    )
    (tie,) = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG)
    assert tie.target == "city:vn:da-nang"
    assert tie.properties["status"] == "negotiating"


def test_a_tie_told_as_what_would_follow_were_it_made_is_no_signing() -> None:
    """「兩市如能締結友好城市，對雙方經貿往來當有助益」: a wish, planned at most."""
    ext = chapter(
        "2018年3月5日，越南峴港市副市長阮文明來訪。峴港市為越南中部之工商城市，"
        "兩市如能締結友好城市，對雙方經貿往來當有助益。"
    )
    assert not rels(ext, RelType.FRIENDSHIP_CITY_OF, status="signed")


def test_a_school_tie_made_in_a_clause_after_the_schools() -> None:
    """「本市某女中與某市某高中（gloss）經兩校多次書信往返，於…完成姊妹校締約」: the two
    schools of the clause before made the tie, since that day."""
    ext = chapter(
        "本市市立中山女中與西雅圖市羅斯福高中（Roosevelt High School）經兩校多次書信往返，"
        "於107年3月28日完成姊妹校締約。"
    )
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert tie.target == named(ext, "羅斯福高中")
    assert tie.properties.get("since") == "2018-03-28"


def test_both_sides_of_a_tie_wished_for_with_a_visiting_state() -> None:
    """「某國某州州長某某率州政府官員來訪…。雙方表達未來締結姊妹市之意願」: the state is
    the partner wished for (planned)."""
    ext = chapter(
        "2018年3月23日，帛琉共和國艾拉伊州州長賴斯（Ray Rice）率州政府官員一行6人來訪，"
        "由市長陳菊接見。雙方表達未來締結姊妹市之意願，本府將就締約內容續作評估。"
    )
    (tie,) = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    assert tie.target == named(ext, "艾拉伊州")
    assert tie.properties["status"] == "planned"


def test_a_tie_told_by_the_years_it_has_held_is_made() -> None:
    ext = chapter(
        "（一）日本仙台市",
        "107年3月5日，仙台市議會議長鈴木一郎率議員一行6人來訪，並參觀本市輕軌規劃路線，"
        "鈴木議長表示兩市締結姊妹市已逾20年，雙方議會亦應加強互訪。",
    )
    (tie,) = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "仙台市"))
    assert tie.properties["status"] == "signed"
    assert "since" not in tie.properties


def test_both_sides_after_a_sentence_telling_a_bodys_visit_are_the_city_and_that_body() -> None:
    ext = chapter(
        "107年4月3日，越南峴港高科技園區管理委員會主任阮文明率團來訪，拜會本府經發局，"
        "介紹園區之投資環境。雙方擬於本年下半年簽署「產業園區合作備忘錄」，促進雙方產業之合作。"
    )
    (mou,) = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert mou.properties["status"] == "planned"
    assert mou.target == named(ext, "峴港高科技園區管理委員會")


def test_an_agreement_named_with_the_date_it_was_signed_dates_it_not_the_visit() -> None:
    ext = chapter(
        "107年9月3日，日本仙台市依據本年3月雙方簽署之「防災技術交流合作備忘錄」，"
        "派遣該市消防局技術人員4人來訪，協助本府消防局檢視救災體系。"
    )
    sendai = named(ext, "仙台市")
    (mou,) = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=sendai)
    assert mou.properties["date"] == "2018-03"
    assert rels(ext, RelType.VISITED, source=sendai, target=KAOHSIUNG, start="2018-09-03")


def test_an_agreement_whose_signing_is_talked_on_is_negotiated() -> None:
    ext = chapter(
        "107年8月24日，王副市長率團拜會日本仙台市市長山田一郎，雙方就防災議題交換意見，"
        "並同意就簽署「防災交流協議」進行洽談。"
    )
    (mou,) = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, "仙台市"))
    assert mou.properties["status"] == "negotiating"


def test_a_tie_wished_for_by_a_citys_own_body_is_the_citys() -> None:
    ext = chapter(
        "107年12月3日至5日，越南峴港市人民委員會副主席阮文明率團來訪，拜會市長，"
        "表達與本市締結友好城市之意願。"
    )
    (tie,) = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG)
    assert tie.target == named(ext, "峴港市")
    assert tie.properties["status"] == "planned"


def test_a_signing_the_same_day_as_the_event_joined_is_dated_by_it() -> None:
    ext = chapter(
        "王大明市長於5月3日至7日率團赴日本仙台市訪問，參加5月5日舉行之「仙台市民祭」，"
        "並於同日與山田一郎市長簽署「高雄市與仙台市公務員交流協議書」。"
    )
    (mou,) = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, "仙台市"))
    assert mou.properties["date"] == "2018-05-05"


def test_an_item_headed_by_a_city_alone_under_the_sister_cities_section() -> None:
    text = "\n".join(
        [
            "壹、國際事務",
            "二、姊妹市交流",
            "（一）日本仙台市",
            "107年3月5日，仙台市議會議長鈴木一郎率團來訪。",
            "（二）姊妹市節慶致意",
            "本年春節期間，市長分別致函各姊妹市首長互賀新禧。",
            "三、國際友好城市交流",
            "（一）美國西雅圖市",
            "107年4月2日，西雅圖市港務局局長約翰‧史密斯來訪。",
        ]
    )
    ext = extract_bytes((text + "\n").encode("utf-8"), "test.txt", "2018-01/2018-06")
    (tie,) = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    assert tie.target == named(ext, "仙台市")
    assert tie.properties["status"] == "signed"


@pytest.mark.parametrize(
    "line",
    [
        "1.本市高雄港與日本名古屋港於1984年締盟，雙方每年互派人員研習。",
        "1.本府觀光局與日本沖繩觀光會議局自2015年締盟以來，合作推廣旅遊。",
        "1.本市國際獅子會與日本大阪市獅子會於1990年締盟，迄今交流不輟。",
    ],
)
def test_結盟_of_bodies_named_with_a_place_is_no_tie_of_the_city(line: str) -> None:
    """A port, a bureau or a club allied with another (本市某港與某國某港於1984年締盟):
    the bodies' alliance, not a sister-city tie of the city with the place named."""
    ext = chapter(line)
    assert not rels(ext, RelType.SISTER_CITY_OF)
    assert not rels(ext, RelType.FRIENDSHIP_CITY_OF)


def test_an_item_under_sister_cities_telling_another_tie_is_that_tie() -> None:
    """(二)某市 under 姊妹市交流, its text 雙方洽談締結友好城市事宜: a friendship tie
    negotiated, not a sister city made."""
    ext = chapter(
        "二、姊妹市交流",
        "(一)越南峴港市",
        "本年5月該市副市長來訪，雙方洽談締結友好城市事宜。",
    )
    assert not rels(ext, RelType.SISTER_CITY_OF)
    assert rels(ext, RelType.FRIENDSHIP_CITY_OF, status="negotiating")


def test_each_partner_takes_the_year_in_its_own_brackets() -> None:
    # 訪問甲市（…年締結姊妹市）及乙市（…年締結友好城市）: each tie since its own year
    ext = chapter(
        "1.陳市長於107年5月6日至18日率團赴美訪問，訪問波特蘭市（1988年締結姊妹市）"
        "及波士頓市（2012年締結友好城市）。"
    )
    sister = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "波特蘭市"))
    friend = rels(ext, RelType.FRIENDSHIP_CITY_OF, target=named(ext, "波士頓市"))
    assert [r.properties.get("since") for r in sister] == ["1988"]
    assert [r.properties.get("since") for r in friend] == ["2012"]
