"""Ties and events in wordings of the genre: homonymous places named bare long after
their country, existing ties with their year in parentheses, and more."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


@pytest.mark.parametrize(
    ("full", "bare", "place_id"),
    [
        ("哥斯大黎加聖荷西市", "聖荷西市", "city:cr:san-jose-08"),
        ("巴拿馬科隆市", "科隆市", "city:pa:colon"),
        ("美國奧克蘭市", "奧克蘭市", "city:us:oakland"),
    ],
)
def test_a_shared_name_written_bare_later_is_the_city_named_with_its_country(
    full: str, bare: str, place_id: str
) -> None:
    ext = chapter(
        f"1.4月{full}副市長率經貿訪問團一行10人來訪，參訪本市港區及軟體園區。",
        "2.5月間日本熊本縣、韓國仁川廣域市、菲律賓馬尼拉市及越南峴港市等地方政府訪團陸續來訪。",
        "二、未來工作重點",
        f"（一）持續與{bare}洽商締結姊妹市事宜。",
    )
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=place_id)
    assert found and found[0].properties["status"] == "negotiating"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "本市與日本沖繩縣宮古島市（民國78年締結）及美國華盛頓州西雅圖市（2001年締結）"
            "之姊妹市關係穩固，雙方每年互派青年交流。",
            {"宮古島市": "1989", "西雅圖市": "2001"},
        ),
        (
            "本府持續深化本市與越南峴港市（民國91年締結）、泰國清邁市間的友好城市關係。",
            {"峴港市": "2002", "清邁市": None},
        ),
        (
            "為延續本市與德國杜塞道夫市、法國里昂市之姊妹市關係，本府規劃互訪行程。",
            {"杜塞道夫市": None, "里昂市": None},
        ),
    ],
)
def test_ties_told_as_standing_relations_with_the_cities_listed(
    sentence: str, expected: dict[str, str | None]
) -> None:
    ext = chapter("1." + sentence)
    kind = RelType.SISTER_CITY_OF if "姊妹市" in sentence else RelType.FRIENDSHIP_CITY_OF
    for city, since in expected.items():
        found = [r for r in rels(ext, kind, source=KAOHSIUNG) if r.target == named(ext, city)]
        assert found, city
        assert found[0].properties["status"] == "signed"
        assert found[0].properties.get("since") == since, city


def test_a_relation_still_to_be_built_is_no_tie() -> None:
    ext = chapter("1.本府積極推動建立與美國聖地牙哥市之姊妹市關係，並已致函該市表達意願。")
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    assert all(r.properties["status"] != "signed" for r in found)


@pytest.mark.parametrize(
    ("sentence", "city", "kind"),
    [
        (
            "美國德州奧斯汀市市長來訪時提議兩市締結姊妹市，本府將審慎評估。",
            "奧斯汀市",
            RelType.SISTER_CITY_OF,
        ),
        ("日本大分縣別府市議會議長建議與本市締結友好城市。", "別府市", RelType.FRIENDSHIP_CITY_OF),
        (
            "韓國全州市市長於座談中倡議兩市結為姊妹市，以擴大觀光交流。",
            "全州市",
            RelType.SISTER_CITY_OF,
        ),
    ],
)
def test_a_tie_only_proposed_is_planned(sentence: str, city: str, kind: RelType) -> None:
    ext = chapter("1." + sentence)
    found = [r for r in rels(ext, kind, source=KAOHSIUNG) if r.target == named(ext, city)]
    assert found and found[0].properties["status"] == "planned"


@pytest.mark.parametrize(
    "sentence",
    [
        "1.3月韓國光州廣域市國際協力官來訪，此行係為本府與光州廣域市簽署文化交流協議預作協調。",
        "1.本府經發局長4月赴泰國曼谷市拜會，為與曼谷市簽署經貿合作備忘錄鋪路。",
        "1.5月美國亞利桑那州鳳凰城市副市長來訪，為兩市簽署教育交流意向書暖身。",
    ],
)
def test_a_signing_that_was_only_the_aim_of_a_trip_is_not_signed(sentence: str) -> None:
    ext = chapter(sentence)
    assert not rels(ext, RelType.SIGNED_MOU, status="signed")


@pytest.mark.parametrize(
    ("summary", "item", "title"),
    [
        (
            "本期文化局與韓國光州廣域市簽署文化交流協議，為兩市藝文合作奠定基礎。",
            "2.5月8日本府文化局與韓國光州廣域市簽署「文化藝術交流合作協議」，推動展演互訪。",
            "文化藝術交流合作協議",
        ),
        (
            "本期觀光局並與泰國清邁市簽署觀光備忘錄。",
            "2.9月14日本府觀光局與泰國清邁市簽署「觀光行銷合作備忘錄」，共同推廣旅遊路線。",
            "觀光行銷合作備忘錄",
        ),
        (
            "為籌備兩市港埠合作，本府與日本新潟市於3月洽談簽署港灣交流意向書。",
            "2.本府於4月20日與日本新潟市簽署「港灣城市交流合作意向書」，雙方將互派人員研習。",
            "港灣城市交流合作意向書",
        ),
    ],
)
def test_an_agreement_told_undated_by_a_shorter_title_is_the_one_signed(
    summary: str, item: str, title: str
) -> None:
    ext = chapter("1." + summary, item)
    found = rels(ext, RelType.SIGNED_MOU)
    assert [r.properties["title"] for r in found] == [title]
    assert found[0].properties["status"] == "signed"


@pytest.mark.parametrize(
    ("heading", "body", "city", "kind"),
    [
        (
            "（一）與日本鳥取縣米子市洽談締結友好城市",
            "米子市長於3月來訪時表達交流意願，目前雙方正就協定條文進行洽談。",
            "米子市",
            RelType.FRIENDSHIP_CITY_OF,
        ),
        (
            "（二）美國華盛頓州塔科馬市市長來訪洽談締結姊妹市",
            "兩市交流多年，目前由觀光局與該市經濟發展處洽商締結事宜，盼年底完成。",
            "塔科馬市",
            RelType.SISTER_CITY_OF,
        ),
        (
            "（三）推動與韓國木浦市締結姊妹市",
            "木浦市議會已於4月通過決議，兩市目前持續協商簽約時程。",
            "木浦市",
            RelType.SISTER_CITY_OF,
        ),
    ],
)
def test_talks_naming_no_tie_in_an_item_on_a_tie_are_the_headings_tie(
    heading: str, body: str, city: str, kind: RelType
) -> None:
    ext = chapter(heading, body)
    found = [r for r in rels(ext, kind, source=KAOHSIUNG) if r.target == named(ext, city)]
    assert found and found[0].properties["status"] == "negotiating"
    assert any(body.split("，")[-1].rstrip("。") in e.text for e in found[0].evidence)


@pytest.mark.parametrize(
    ("sentence", "talked", "wished"),
    [
        (
            "與日本函館市締結姊妹市一案仍持續洽談，美國檀香山市市長則於9月來訪時表達締結"
            "友好城市之意願。",
            "函館市",
            "檀香山市",
        ),
        (
            "本府與韓國大田廣域市刻正協商締結友好城市，另澳洲阿得雷德市亦有意與本市締結友好城市。",
            "大田廣域市",
            "阿得雷德市",
        ),
        (
            "與法國波爾多市締結姊妹市事宜仍在洽商中，德國漢諾威市則期盼未來與本市結為姊妹市。",
            "波爾多市",
            "漢諾威市",
        ),
    ],
)
def test_talks_with_one_city_do_not_make_another_citys_wish_a_negotiation(
    sentence: str, talked: str, wished: str
) -> None:
    ext = chapter("1." + sentence)
    statuses = {
        r.target: r.properties["status"]
        for kind in (RelType.SISTER_CITY_OF, RelType.FRIENDSHIP_CITY_OF)
        for r in rels(ext, kind, source=KAOHSIUNG)
    }
    assert statuses.get(named(ext, talked)) == "negotiating"
    assert statuses.get(named(ext, wished)) == "planned"


@pytest.mark.parametrize(
    ("heading", "body", "full"),
    [
        (
            "（一）前鎮高中與鶴岡南高等學校締結姊妹校",
            "5月10日，日本山形縣立鶴岡南高等學校校長率師生一行18人來訪，與本市前鎮高中簽署締結姊妹校協定。",
            "山形縣立鶴岡南高等學校",
        ),
        (
            "（二）瑞豐國中與松江第一中學締結姊妹校",
            "9月3日，日本島根縣松江市立松江第一中學師生一行12人來訪，並與本市瑞豐國中簽署姊妹校協定。",
            "松江市立松江第一中學",
        ),
        (
            "（三）海青工商與琴平高等學校締結姊妹校",
            "11月6日，日本香川縣立琴平高等學校校長率師生一行15人來訪，與本市海青工商簽署締結姊妹校協定。",
            "香川縣立琴平高等學校",
        ),
    ],
)
def test_a_school_named_short_in_the_heading_is_the_one_named_with_its_place_below(
    heading: str, body: str, full: str
) -> None:
    ext = chapter("一、城市交流", "（零）其他", "本期持續推動交流。", heading, body)
    ties = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert len(ties) == 1
    assert {ties[0].source, ties[0].target} & {named(ext, full)}
    located = [r.target for r in rels(ext, RelType.LOCATED_IN) if r.source == named(ext, full)]
    assert len(located) == 1


@pytest.mark.parametrize(
    ("sentence", "host", "event"),
    [
        (
            "1.日本橫濱市於3月間來函，邀請本府參加本年10月於該市舉行之「2018亞洲港灣會議」。",
            "橫濱市",
            "2018亞洲港灣會議",
        ),
        (
            "1.本府於4月接獲韓國仁川廣域市邀請函，邀請本府參加8月在該市舉行的「2018東亞海洋論壇」。",
            "仁川廣域市",
            "2018東亞海洋論壇",
        ),
        (
            "1.美國西雅圖市5月來函，邀請本府派員出席9月於當地舉行之「2018太平洋城市高峰會」。",
            "西雅圖市",
            "2018太平洋城市高峰會",
        ),
    ],
)
def test_a_place_inviting_the_city_to_an_event_held_there_holds_it(
    sentence: str, host: str, event: str
) -> None:
    ext = chapter(sentence)
    assert rels(ext, RelType.INVITED, source=named(ext, host), target=KAOHSIUNG)
    assert rels(ext, RelType.HOSTED, source=named(ext, host), target=named(ext, event))


def test_an_event_held_at_another_place_than_the_inviters_has_no_host() -> None:
    ext = chapter(
        "1.日本橫濱市於3月間來函，邀請本府參加本年10月於東京都舉行之「2018亞洲港灣會議」。"
    )
    assert not rels(ext, RelType.HOSTED, source=named(ext, "橫濱市"))


@pytest.mark.parametrize(
    ("sentence", "cities"),
    [
        (
            "1.10月5日至6日本府於本市主辦「2018海洋城市論壇」，邀請日本函館市及韓國木浦市參加，"
            "兩市副市長分別發表專題演講。",
            ("函館市", "木浦市"),
        ),
        (
            "1.本府於9月舉辦「2018國際港埠研討會」，邀請美國長灘市與澳洲布里斯本市參加，"
            "兩市港務局長並於會中發表主題演說。",
            ("長灘市", "布里斯本市"),
        ),
        (
            "1.11月2日，本府舉辦「2018亞洲智慧城市論壇」，邀請泰國清邁市、越南峴港市與會，"
            "兩市市長並分別於開幕式致詞。",
            ("清邁市", "峴港市"),
        ),
    ],
)
def test_both_cities_just_invited_are_the_two_that_spoke(
    sentence: str, cities: tuple[str, str]
) -> None:
    ext = chapter(sentence)
    for city in cities:
        found = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, city))
        assert found, city
        assert found[0].properties["status"] == "attended", city
        assert found[0].properties.get("role") == "speaker", city


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        (
            "1.本府於2月舉辦「2018高雄燈會藝術節」，邀請日本豐橋市及美國鳳凰城參加，兩市均派團與會："
            "鳳凰城由市議員率團，豐橋市則由國際交流課派員參加點燈儀式。",
            "豐橋市",
        ),
        (
            "1.本府於3月舉辦「2018高雄國際龍舟賽」，邀請日本岡山市及韓國麗水市組隊參賽，兩市均派隊"
            "與會：麗水市由議員率隊，岡山市則由觀光振興課派員參加開幕式。",
            "岡山市",
        ),
        (
            "1.本府於10月舉辦「2018國際港灣論壇」，邀請韓國浦項市參加，浦項市亦由國際協力課派員出席。",
            "浦項市",
        ),
    ],
)
def test_a_city_sending_people_of_its_own_section_takes_part_itself(
    sentence: str, city: str
) -> None:
    ext = chapter(sentence)
    parties = {r.source for r in rels(ext, RelType.PARTICIPATED_IN)}
    assert named(ext, city) in parties
    assert all(not p.startswith("org:") for p in parties), parties


@pytest.mark.parametrize(
    "tail",
    [
        "兩市港務局長分別發表主題演說。",
        "兩市議會議長並分別於開幕式致詞。",
        "兩市觀光協會理事長分別發表專題演講。",
    ],
)
def test_bodies_of_both_cities_taken_up_are_no_body_named_both_cities(tail: str) -> None:
    ext = chapter(
        "1.本府於9月舉辦「2018國際港埠研討會」，邀請美國長灘市與澳洲布里斯本市參加，" + tail
    )
    assert not [e for e in ext.entities if e.name_zh.startswith("兩市")]


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        (
            "1.本府於6月15日至17日在愛河舉辦「2018高雄國際龍舟賽」，並邀請日本鹿兒島市組隊參賽，"
            "鹿兒島市派遣25人代表隊來高，賽後並與本市隊伍聯誼。",
            "鹿兒島市",
        ),
        (
            "1.本府於6月15日至17日舉辦「2018高雄國際龍舟賽」，邀請日本熊本市派隊參加，"
            "熊本市派出15人隊伍參賽，並與本市隊伍交流。",
            "熊本市",
        ),
        (
            "1.本府於4月20日舉辦「2018高雄國際馬拉松」，邀請美國長灘市選手參賽，"
            "長灘市亦派遣選手8人來高，賽後並參訪愛河。",
            "長灘市",
        ),
    ],
)
def test_an_invitee_named_again_sending_its_people_attended(sentence: str, city: str) -> None:
    ext = chapter(sentence)
    found = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, city))
    assert found and found[0].properties["status"] == "attended"
    assert rels(ext, RelType.VISITED, source=named(ext, city), target=KAOHSIUNG)


@pytest.mark.parametrize(
    ("sentence", "city", "event"),
    [
        (
            "1.9月4日至8日經發局率業者赴德國杜塞道夫市參加「2018杜塞道夫國際船舶展」，設置城市展位。",
            "杜塞道夫市",
            "2018杜塞道夫國際船舶展",
        ),
        (
            "1.5月10日至13日觀光局組團赴日本大阪市參加「2018大阪國際旅遊博覽會」，推介本市觀光。",
            "大阪市",
            "2018大阪國際旅遊博覽會",
        ),
        (
            "1.11月1日至4日海洋局率員赴韓國釜山市參加「2018釜山國際水產展覽」，洽談漁產合作。",
            "釜山市",
            "2018釜山國際水產展覽",
        ),
    ],
)
def test_a_trade_fair_named_for_the_city_gone_to_has_no_host_read_from_it(
    sentence: str, city: str, event: str
) -> None:
    ext = chapter(sentence)
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=named(ext, event))
    assert not rels(ext, RelType.HOSTED, source=named(ext, city))


@pytest.mark.parametrize(
    ("sentence", "city", "event"),
    [
        (
            "下半年將持續與日本鳥取市洽商締結友好城市協定、籌組代表團參加「2018世界港灣城市論壇」。",
            "鳥取市",
            "2018世界港灣城市論壇",
        ),
        (
            "明年將與韓國昌原市協商簽署交流備忘錄、並組團出席「2019亞洲城市高峰會」。",
            "昌原市",
            "2019亞洲城市高峰會",
        ),
        (
            "下半年持續與美國塔科馬市洽談締結姊妹市事宜、規劃派員參加「2018國際智慧城市博覽會」。",
            "塔科馬市",
            "2018國際智慧城市博覽會",
        ),
    ],
)
def test_a_city_the_city_talks_with_does_not_join_the_event_the_city_joins(
    sentence: str, city: str, event: str
) -> None:
    ext = chapter("二、下半年工作重點", "（一）" + sentence)
    assert not rels(ext, RelType.PARTICIPATED_IN, source=named(ext, city))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "2.107年2月6日至11日，本府由觀光局李局長率團赴日本旭川市，參加第59屆旭川冬祭，"
            "並推廣本市觀光。",
            "第59屆旭川冬祭",
        ),
        (
            "2.本府民政局於107年5月赴美國西雅圖市參加第30屆西雅圖海洋節花車遊行。",
            "第30屆西雅圖海洋節",
        ),
    ],
)
def test_an_event_named_unquoted_after_its_edition(text: str, name: str) -> None:
    """第N屆 before an unquoted name ending like an event (節, 祭: one character too):
    the event of that edition, up to its ending (花車遊行 after it is no part)."""
    ext = chapter(text)
    event = named(ext, name)
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event, status="attended")


def test_an_event_held_unquoted_after_its_edition() -> None:
    ext = chapter("1.韓國仁川市副市長於3月2日來訪，表示該市將於本年10月主辦第17屆東亞運動會。")
    event = named(ext, "第17屆東亞運動會")
    assert rels(ext, RelType.HOSTED, source=named(ext, "仁川市"), target=event)
