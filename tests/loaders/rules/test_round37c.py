"""Round 37c: forms of text read on the 077-h1 chapter (minutes of the city's
coordination meetings on international affairs: each bureau reporting in its own voice,
resolutions deciding what is planned), each tested on invented sentences of the same
form."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a bureau's report naming itself as the holder (由本局主辦之「…」): the city's own
# event, not a body of a foreign place named in the sentence
def test_an_event_held_by_the_reporting_bureau_is_the_citys() -> None:
    ext = chapter(
        "由本局主辦之「2018高雄國際青少年籃球邀請賽」，已於七月二日至六日在鳳山體育館舉行，"
        "計有日本熊本市代表隊參賽。",
        period="2018-07/2018-12",
    )
    event = named(ext, "2018高雄國際青少年籃球邀請賽")
    hosts = [r.source for r in rels(ext, RelType.HOSTED, target=event)]
    assert hosts == [KAOHSIUNG]


# 2. a guest coming to the city's government in the words 到府 (某處處長某某到府拜會):
# the guest, named after the title, came and was received
def test_a_guest_come_to_the_government_office_visited_and_was_met() -> None:
    ext = chapter(
        "十月九日，英國貿易文化辦事處高雄分處新任主任史東到府拜會，由許市長接見。",
        period="1990-07/1990-12",
    )
    guest = named(ext, "史東")
    came = rels(ext, RelType.VISITED, source=guest, target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["1990-10-09"]
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=guest)


# 3. a Japanese name holding 和 before its last ideograph and the verb 到府 (山田和彥
# 到府拜會): one name, not a surname and a second person
def test_a_japanese_name_holding_he_closes_before_coming_to_the_office() -> None:
    ext = chapter(
        "十一月二日，日本交流協會高雄事務所所長田中和義到府拜會。",
        period="1990-07/1990-12",
    )
    holder = named(ext, "田中和義")
    assert rels(ext, RelType.HOLDS_TITLE, source=holder, title_zh="所長")
    assert rels(ext, RelType.VISITED, source=holder, target=KAOHSIUNG)


# 4. a bureau's report telling it guides a school of the city into a tie (本局輔導市立
# 某高中與…洽談締結姊妹校): the school's name opens after the bureau and its verb
def test_a_school_guided_by_the_reporting_bureau_is_named_without_it() -> None:
    ext = chapter(
        "本局輔導市立鳳山高中與日本熊本市立第一高等學校洽談締結姊妹校，雙方已互換學校簡介。",
        period="1990-01/1990-06",
    )
    ties = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "市立鳳山高中"))
    assert [t.properties.get("status") for t in ties] == ["negotiating"]


# 5. a body named after the conjunction 惟 opening its clause (某市未能派隊，惟某協會會長
# 某某…): the body's name opens after 惟
def test_a_body_named_after_a_clause_opening_but_is_named_without_it() -> None:
    ext = chapter(
        "日本仙台市因籌組不及未能派隊，惟仙台七夕祭協會（Sendai Tanabata Association）"
        "會長佐藤一郎一行三人專程來高觀摩。",
        period="1990-01/1990-06",
    )
    holder = named(ext, "佐藤一郎")
    held = rels(ext, RelType.HOLDS_TITLE, source=holder, title_zh="會長")
    assert [h.target for h in held] == [named(ext, "仙台七夕祭協會")]


# 6. a signing proposed by a guest (來訪時提議簽訂「…」): an agreement planned, not signed
def test_an_agreement_proposed_is_planned() -> None:
    ext = chapter(
        "仙台市方面於去年十一月副市長來訪時提議簽訂「高雄市與仙台市觀光交流協議書」，"
        "約定每年互派觀光推廣團。",
        period="1990-01/1990-06",
    )
    mous = rels(ext, RelType.SIGNED_MOU, target=named(ext, "仙台市"))
    assert [m.properties.get("status") for m in mous] == ["planned"]


# 7. a planned agreement told by a proposal's short title, its full one, then referred
# back to (擬與某市簽訂某某協議書 / 提議簽訂「…」 / 簽署上開協議書): one agreement
def test_a_planned_agreement_told_again_shorter_is_one_agreement() -> None:
    ext = chapter(
        "案由：擬與日本熊本市簽訂觀光交流協議書，請討論案。",
        "說明：",
        "一、熊本市方面於去年十一月副市長來訪時提議簽訂「高雄市與熊本市觀光交流協議書」。",
        "二、本局擬於十月派員前往熊本市，並於訪問期間簽署上開協議書。",
        period="1990-01/1990-06",
    )
    mous = rels(ext, RelType.SIGNED_MOU, target=named(ext, "熊本市"))
    assert [(m.properties.get("title"), m.properties.get("status")) for m in mous] == [
        ("高雄市與熊本市觀光交流協議書", "planned")
    ]


# 8. a tie named as a matter in hand listed with other matters (某市締結姊妹市案及某市之
# 體育交流): a tie planned with the city before 案 only, no tie with those after
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
# 姊妹市，擬由市長率團赴…簽署): planned, not yet made
def test_a_tie_approved_by_the_partners_council_before_its_signing_is_planned() -> None:
    ext = chapter(
        "案由：奧克蘭市議會已通過與本市締結姊妹市，擬由市長率團赴紐西蘭正式簽署，請討論案。",
        period="1990-01/1990-06",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "奧克蘭市"))
    assert [t.properties.get("status") for t in ties] == ["planned"]


# 10. a list of cities closed by the tally of their teams, then competing (計有甲市、乙市
# 及丙市等三隊參賽): each city listed took part in the event, and came
def test_cities_listed_before_a_tally_of_teams_competing_took_part() -> None:
    ext = chapter(
        "由本局主辦之「2018高雄國際青少年排球邀請賽」，已於三月十日至十五日假中正體育館舉行，"
        "除本市四隊外，計有日本熊本市、韓國仁川市及美國西雅圖市等三隊參賽。",
        period="2018-01/2018-06",
    )
    event = named(ext, "2018高雄國際青少年排球邀請賽")
    for city in ("熊本市", "仁川市", "西雅圖市"):
        took = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, city), target=event)
        assert [t.properties.get("status") for t in took] == ["attended"]
        assert rels(ext, RelType.VISITED, source=named(ext, city), target=KAOHSIUNG)


# 11. a coming promised at the end of a trip abroad (…拜會該市市長，對方允諾於…後派員回訪):
# a visit to come, the city visited made no visit
def test_a_return_visit_promised_is_no_visit_made() -> None:
    ext = chapter(
        "本局於五月三日至八日由王局長率各區區長一行八人赴日本熊本市考察，並拜會該市市長，"
        "對方允諾於秋季祭典結束後派員回訪。",
        period="1990-01/1990-06",
    )
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "熊本市"))
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)


# 12. a meeting's resolution on its line (決議：請某局派員出席): what the meeting decided is
# planned, not done
def test_a_resolution_of_minutes_tells_a_plan() -> None:
    ext = chapter(
        "秘書處提：日本熊本市來函，邀請本市派員出席本年十一月七日至九日在該市舉行之"
        "「熊本國際防災研討會」，應如何辦理，請討論案。",
        "決議：請消防局派員出席。",
        period="1990-07/1990-12",
    )
    event = named(ext, "熊本國際防災研討會")
    took = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)
    assert [t.properties.get("status") for t in took] == ["planned"]


# 13. the items under a bare resolution label (決議： then （一）…（二）由某局派員出席「…」):
# each a decision, planned
def test_the_items_under_a_bare_resolution_label_tell_a_plan() -> None:
    ext = chapter(
        "案由：日本熊本市邀請本市參加「熊本國際防災研討會」，請討論案。",
        "決議：",
        "（一）照案通過。",
        "（二）由消防局派員出席「熊本國際防災研討會」，秘書處協助聯繫。",
        period="1990-07/1990-12",
    )
    event = named(ext, "熊本國際防災研討會")
    took = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)
    assert [t.properties.get("status") for t in took] == ["planned"]


# 14. people sent counted (決議：請甲局及乙局各派一人出席): the city's side sends them
def test_people_sent_counted_are_the_citys() -> None:
    ext = chapter(
        "秘書處提：日本熊本市來函，邀請本市出席本年十一月七日至九日在該市舉行之"
        "「熊本國際防災研討會」，應如何辦理，請討論案。",
        "決議：請工務局及消防局各派一人出席，工務局並準備專題報告。",
        period="1990-07/1990-12",
    )
    event = named(ext, "熊本國際防災研討會")
    took = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)
    assert [t.properties.get("status") for t in took] == ["planned"]


# 15. a body named before in full, opening a clause by a short form before 由 and its
# head (某中學校由校長某某率師生…來訪): the head's title is the body's, and the body came
def test_a_body_by_its_short_form_led_by_its_head_is_his_and_came() -> None:
    ext = chapter(
        "市立前鎮國中與日本熊本市立託麻中學校於五月十七日締結為姊妹校。"
        "託麻中學校由校長山本一郎率師生一行十八人於五月十六日至十九日來訪。",
        period="1990-01/1990-06",
    )
    school = named(ext, "熊本市立託麻中學校")
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "山本一郎"), title_zh="校長")
    assert [h.target for h in held] == [school]
    came = rels(ext, RelType.VISITED, source=school, target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in came] == [
        ("1990-05-16", "1990-05-19")
    ]


# 16. a trade fair named in the Japanese word (「第20屆東京國際見本市」): an event, that
# the city's people sent there took part in
def test_a_trade_fair_named_mihonichi_is_an_event_joined() -> None:
    ext = chapter(
        "本局於五月十日至十五日派第二科王股長等二人赴日本東京都參加「第二十屆東京國際見本市」，"
        "設置高雄市產品展示攤位。",
        period="1990-01/1990-06",
    )
    event = named(ext, "第二十屆東京國際見本市")
    took = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)
    assert [t.properties.get("status") for t in took] == ["attended"]


# 17. guests told coming to the city to watch, after the city's event was told (…已於
# 六月十日舉行。…某協會會長某某一行三人專程來高觀摩): they attended it
def test_guests_come_here_to_watch_attended_the_citys_event() -> None:
    ext = chapter(
        "「2018高雄市國際龍舟邀請賽」已於六月十六日在愛河順利舉行。日本熊本市因故未能派隊，"
        "惟熊本龍舟協會（Kumamoto Dragon Boat Association）會長田中一郎一行三人專程來高觀摩。",
        period="2018-01/2018-06",
    )
    event = named(ext, "2018高雄市國際龍舟邀請賽")
    took = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "田中一郎"), target=event)
    assert [t.properties.get("status") for t in took] == ["attended"]


# 18. a section of the place referred back to, its name sharing the title's first
# character (該市體育課長某某: 體育課 + 課長): the section's head, as 某市體育課課長 is
def test_a_section_of_that_city_named_into_its_heads_title_is_his() -> None:
    ext = chapter(
        "「2018高雄市國際龍舟邀請賽」已於六月十六日在愛河順利舉行。"
        "韓國仁川市由該市體育課長金大中率選手二十四人參賽，榮獲季軍。",
        period="2018-01/2018-06",
    )
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "金大中"))
    assert [(h.target, h.properties.get("title_zh")) for h in held] == [
        (named(ext, "體育課"), "課長")
    ]
    section = next(e for e in ext.entities if e.id == held[0].target)
    assert section.id.startswith("org:kr:incheon:")


# 19. a festival named unquoted as the time of a wish (表示有意於明年某某祭引進龍舟競賽):
# no edition told, and the clauses after still speak of the event before
def test_a_festival_named_as_a_wishs_time_is_no_event_told() -> None:
    ext = chapter(
        "本府於四月函邀日本熊本市及美國波特蘭市組隊參加「2018高雄市國際龍舟邀請賽」。",
        "「2018高雄市國際龍舟邀請賽」已於六月十六日在愛河順利舉行。美國波特蘭市因故未能派隊，"
        "惟該市代表一行三人專程來高觀摩，表示有意於明年玫瑰節引進龍舟競賽；日本熊本市則因故婉謝。",
        period="2018-01/2018-06",
    )
    assert not rels(ext, RelType.HOSTED, source=named(ext, "波特蘭市"))
    declined = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "熊本市"))
    assert any("則因故婉謝" in e.text for e in declined[0].evidence)
