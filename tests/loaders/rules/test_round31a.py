"""Round 31a: bodies listed as received or taking part, and clubs' name endings."""

from __future__ import annotations

from graph.model import RelType
from loaders.pipeline import extract_bytes
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


def test_bodies_received_in_a_list_each_visited() -> None:
    ext = chapter(
        "本期計協助接待大阪府日華懇親協會、仁川商工會議所、丹佛高雄姊妹市協會、"
        "溫哥華台灣同鄉會及奧克蘭扶輪社等民間團體來訪，並安排參觀本市港埠。"
    )
    bodies = ("大阪府日華懇親協會", "仁川商工會議所", "丹佛高雄姊妹市協會", "溫哥華台灣同鄉會")
    for body in (*bodies, "奧克蘭扶輪社"):
        assert rels(ext, RelType.VISITED, source=named(ext, body), target=KAOHSIUNG), body
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert not any(v.startswith("city:") for v in visitors)


def test_teams_counted_after_an_invitation_to_a_class_took_part() -> None:
    ext = chapter(
        "本府於6月16日在愛河舉辦「2018高雄國際龍舟錦標賽」，邀請姊妹市及友好團體組隊參賽，"
        "計有丹佛高雄姊妹市協會、仁川市政府龍舟隊、沖繩縣龍舟協會及香港龍舟協會等4支外國隊伍，"
        "與國內18支隊伍同場競技。"
    )
    event = named(ext, "2018高雄國際龍舟錦標賽")
    for team in ("丹佛高雄姊妹市協會", "仁川市政府龍舟隊", "沖繩縣龍舟協會", "香港龍舟協會"):
        body = named(ext, team)
        assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=body), team
        took_part = rels(ext, RelType.PARTICIPATED_IN, source=body, target=event)
        assert [r.properties["status"] for r in took_part] == ["attended"], team
        assert rels(ext, RelType.VISITED, source=body, target=KAOHSIUNG), team
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert not any(party.startswith("city:") for party in invited)


def test_cities_invited_to_send_people_then_named_by_their_part() -> None:
    ext = chapter(
        "本府於5月21日至22日在本市主辦「2018高雄國際港灣都市研討會」，邀請姊妹市韓國仁川市、"
        "美國丹佛市及澳洲伯斯市派員與會，分別由仁川市副市長金大中、丹佛市議會議員史密斯及"
        "伯斯市議會主席布朗擔任主講人，計有來自4國約300人參加。"
    )
    event = named(ext, "2018高雄國際港灣都市研討會")
    for city in ("仁川市", "丹佛市", "伯斯市"):
        place = named(ext, city)
        assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=place, event=event), city
        took_part = rels(ext, RelType.PARTICIPATED_IN, source=place, target=event)
        assert [r.properties["status"] for r in took_part] == ["attended"], city
        assert rels(ext, RelType.VISITED, source=place, target=KAOHSIUNG), city
    for person in ("金大中", "史密斯", "布朗"):
        who = named(ext, person)
        assert not rels(ext, RelType.INVITED, target=who), person
        spoke = rels(ext, RelType.PARTICIPATED_IN, source=who, target=event)
        assert [r.properties.get("role") for r in spoke] == ["speaker"], person


def test_an_old_harbour_area_is_no_place() -> None:
    ext = chapter(
        "本府於5月2日主辦「2018港灣城市論壇」，邀請姊妹市仁川市派員與會，"
        "與國內學者共同探討舊港區轉型等議題，計有來自3國約200人參加。"
    )
    assert not [e for e in ext.entities if e.id == "city:id:palembang"]


def test_met_by_name_and_title_after_the_day() -> None:
    ext = chapter(
        "美國丹佛市市長漢考克（Michael Hancock）率經貿訪問團一行14人，於2018年2月23日至25日"
        "來訪，陳市長於2月24日與漢考克市長會晤，就兩市產業合作交換意見。"
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "漢考克"))
    assert [r.properties.get("date") for r in met] == ["2018-02-24"]


def test_an_invitation_passed_on_asks_the_city_to_come() -> None:
    ext = chapter(
        "同年3月，仁川市副市長金大中來訪，會後並轉達仁川市市長朴南春之邀請，"
        "請本府於本年9月組團出席仁川市主辦之「2018亞太港灣城市市長會議」。"
    )
    incheon = named(ext, "仁川市")
    event = named(ext, "2018亞太港灣城市市長會議")
    assert rels(ext, RelType.INVITED, source=incheon, target=KAOHSIUNG, event=event)
    # one invitation: the conveying clause (轉達…之邀請) adds none without the event
    assert len(rels(ext, RelType.INVITED, source=incheon, target=KAOHSIUNG)) == 1
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG, target=incheon)
    going = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)
    assert [r.properties["status"] for r in going] == ["invited"]


def test_a_holding_with_no_subject_written_is_the_citys() -> None:
    ext = chapter(
        "四、未來展望",
        "（二）明年5月將續辦「2019高雄國際港灣都市研討會」，規劃邀請仁川、丹佛等姊妹市首長與會。",
    )
    held = rels(
        ext, RelType.HOSTED, source=KAOHSIUNG, target=named(ext, "2019高雄國際港灣都市研討會")
    )
    assert [r.properties.get("status") for r in held] == ["planned"]


def test_quoted_themes_listed_before_their_count_are_no_events() -> None:
    ext = chapter(
        "本府於5月2日至3日在本市主辦「2018南方海洋城市研討會」，邀請姊妹市仁川市派員與會，"
        "研討會分「港市合作與城市發展」、「水岸再生」及「智慧港埠」三大主題，"
        "會議論文集將編印成冊，分送各與會城市參考。"
    )
    names = {e.name_zh for e in ext.entities}
    assert "2018南方海洋城市研討會" in names
    assert not [n for n in names if "城市發展" in n]


def test_the_public_drawn_to_watch_borrows_no_party() -> None:
    ext = chapter(
        "本府於6月16日在愛河舉辦「2018高雄國際龍舟錦標賽」，邀請姊妹市及友好團體組隊參賽，"
        "計有丹佛高雄姊妹市協會及沖繩縣龍舟協會等2支外國隊伍，丹佛隊並獲得國際組冠軍，"
        "活動吸引逾3萬名市民到場觀賞。"
    )
    for rel_type in (RelType.PARTICIPATED_IN, RelType.VISITED):
        assert not [r for r in rels(ext, rel_type) if r.source.startswith("city:")], rel_type


def test_a_purpose_clause_sets_no_time_to_come() -> None:
    ext = chapter(
        "仁川市為瞭解本市貨櫃碼頭營運及港區規劃，特派仁川市港灣局局長朴大成率港灣考察團"
        "一行9人，於2018年3月18日至20日來訪，並與本府建設局座談。"
    )
    for visitor in ("朴大成", "仁川市"):
        came = rels(ext, RelType.VISITED, source=named(ext, visitor), target=KAOHSIUNG)
        assert [r.properties.get("start") for r in came] == ["2018-03-18"], visitor


def test_envoys_listed_as_such_did_not_come() -> None:
    ext = chapter(
        "本府於5月12日辦理「2018駐台使節高雄參訪活動」，邀請美國在台協會高雄分處處長李文"
        "（Brent Christensen）、汶萊駐台商務辦事處代表林大明、泰國貿易經濟辦事處代表沙瓦及"
        "越南友誼及貿易中心主任阮文雄等駐台使節及眷屬共30人，參觀高雄市立美術館。"
    )
    event = named(ext, "2018駐台使節高雄參訪活動")
    envoy = named(ext, "阮文雄")
    assert rels(ext, RelType.PARTICIPATED_IN, source=envoy, target=event)
    assert not rels(ext, RelType.VISITED, source=envoy)


def test_a_head_leading_its_members_after_a_relative_time() -> None:
    ext = chapter("尼加拉瓜國會議長羅培茲（Juan López）於同年5月率國會議員訪問團一行7人來訪。")
    body = rels(ext, RelType.VISITED, source=named(ext, "尼加拉瓜國會"), target=KAOHSIUNG)
    assert [r.properties.get("start") for r in body] == ["2018-05"]
    ext = chapter("沖繩縣議會議長新垣一郎於同年5月率議員訪問團一行7人來訪。")
    person = rels(ext, RelType.VISITED, source=named(ext, "新垣一郎"), target=KAOHSIUNG)
    assert [r.properties.get("led_by") for r in person] == ["新垣一郎"]


def test_a_name_before_the_invitations_zhi() -> None:
    for line in (
        "應仁川市市長朴南春之邀請，陳市長於5月8日率團赴仁川市訪問。",
        "會後並轉達丹佛市市長約翰‧史密斯之邀請，請本府於9月組團出席。",
    ):
        ext = chapter(line)
        holders = {e.name_zh for e in ext.entities if e.label.value == "Person"}
        assert holders & {"朴南春", "約翰‧史密斯"}, line
        assert not [h for h in holders if h.endswith("之")], line


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


def test_an_envoy_coming_down_to_visit() -> None:
    ext = chapter(
        "宏都拉斯駐華大使館大使羅培茲（Juan López）於同年5月南下訪問，參觀本市果菜批發市場。"
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "羅培茲"), target=KAOHSIUNG)
    assert [r.properties.get("start") for r in came] == ["2018-05"]


def test_a_trip_of_the_city_recalled_as_a_time() -> None:
    ext = chapter(
        "美國波士頓港務局局長史密斯（John Smith）率團一行6人，於2018年11月3日至5日來訪，"
        "並延續本年4月陳市長訪問波士頓時所建立之合作共識，雙方同意明年起互派人員實習。",
        "2018年9月14日至18日，本府捷運局派員赴波士頓市，考察該市輕軌系統。",
        period="2018-07/2018-12",
    )
    went = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "波士頓"))
    assert sorted((r.properties.get("start"), r.properties.get("led_by")) for r in went) == [
        ("2018-04", "陳市長"),
        ("2018-09-14", None),
    ]


def test_a_stop_of_a_trip_told_by_whom_was_met_there() -> None:
    ext = chapter(
        "2018年4月19日至26日，陳市長率建設局及秘書處人員赴美國訪問，4月21日於丹佛市與該市市長"
        "漢考克（Michael Hancock）會晤，就兩市產業合作交換意見；4月23日轉往波特蘭市參訪。"
    )
    went = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "丹佛市"))
    assert [(r.properties.get("start"), r.properties.get("led_by")) for r in went] == [
        ("2018-04-21", "陳市長")
    ]
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "漢考克"))


def test_a_guest_list_after_an_invitation_to_send_stays_a_list() -> None:
    ext = chapter(
        "本府於5月21日在本市主辦「2018南方海洋城市研討會」，邀請姊妹市仁川市、丹佛市及伯斯市"
        "派員與會，出席貴賓包括仁川市副市長金大中、丹佛市議會議員史密斯、伯斯市議會主席布朗"
        "及熊本市副市長田中一郎等。"
    )
    event = named(ext, "2018南方海洋城市研討會")
    for person in ("金大中", "史密斯", "布朗", "田中一郎"):
        who = named(ext, person)
        assert rels(ext, RelType.PARTICIPATED_IN, source=who, target=event), person
    assert not rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "熊本市"))


def test_a_holding_with_no_subject_after_another_citys_words_is_not_the_citys() -> None:
    ext = chapter(
        "大分市市長佐藤樹一郎於3月5日來訪，由陳市長接見。",
        "明年5月將舉辦「2019大分市國際音樂節」，並邀請本市派團參加。",
    )
    assert not rels(ext, RelType.HOSTED, source=KAOHSIUNG)


def test_a_trip_told_with_its_time_opening_the_sentence_is_no_recall() -> None:
    ext = chapter("2018年4月陳市長率團訪問波士頓期間，與該市市長會晤，並參觀港區。")
    went = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "波士頓"))
    assert [r.properties.get("purpose") for r in went] == ["訪問"]
