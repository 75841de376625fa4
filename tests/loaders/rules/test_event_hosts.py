"""Events: who hosts them and who takes part, for the wordings the held-out chapters
showed (loaders/rules/hosting.py, taking_part.py).

Each test reads a short chapter written for it, in the genre's wording but with
invented names, places and dates.
"""

from __future__ import annotations

import pytest

from graph.model import Extraction, RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, event_named, named, rels


@pytest.mark.parametrize(
    ("sentence", "office", "event"),
    [
        (
            "107年5月3日至9日，本府與日本某某協會高雄事務所於市立圖書館共同主辦"
            "「2018高雄日本繪本展」，展出繪本原畫。",
            "日本某某協會高雄事務所",
            "高雄日本繪本展",
        ),
        (
            "本府文化局與法國文化協會高雄辦事處聯合舉辦「2018高雄法國電影週」。",
            "法國文化協會高雄辦事處",
            "高雄法國電影週",
        ),
        (
            "107年10月，本府與美國在台協會高雄分處在駁二藝術特區合作舉辦「2018高雄爵士音樂節」。",
            "美國在台協會高雄分處",
            "高雄爵士音樂節",
        ),
    ],
)
def test_an_office_seated_in_the_city_co_hosts(sentence: str, office: str, event: str) -> None:
    got = chapter(sentence)
    held = event_named(got, event)
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=held)
    assert rels(got, RelType.HOSTED, source=named(got, office), target=held)
    # the venue after the office is no body of its own
    assert not [e for e in got.entities if e.label == "Organization" and "於" in e.name_zh]


@pytest.mark.parametrize(
    "sentence",
    [
        "本府籌辦之「2019高雄國際馬拉松」將於明年3月舉行，邀請各姊妹市組隊參賽。",
        "王副市長於會中介紹本府籌辦之「2019高雄海洋博覽會」，並邀請某某市派團參加。",
        "由本府籌辦的「2019高雄國際自行車賽」預計明年4月於旗津舉行。",
    ],
    ids=["籌辦之", "介紹籌辦之", "由本府籌辦的"],
)
def test_the_city_preparing_its_event_holds_it(sentence: str) -> None:
    got = chapter(sentence)
    held = next(e.id for e in got.entities if e.label == "Event")
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=held)
    assert not rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=held)


@pytest.mark.parametrize(
    ("sentence", "person", "event"),
    [
        (
            "日本某某市山田太郎市長率團來訪。陳市長於歡迎晚宴中，當面邀請山田太郎市長明年7月率團出席本府籌辦之"
            "「2019高雄國際馬拉松」開幕典禮，山田市長當場允諾出席。",
            "山田太郎",
            "高雄國際馬拉松",
        ),
        (
            "韓國某某市市長金永哲率團來訪。李副市長於會談時邀請金永哲市長出席本府主辦之「2019高雄海洋博覽會」，金市長表示"
            "同意出席。",
            "金永哲",
            "高雄海洋博覽會",
        ),
        (
            "日本某某市市長鈴木次郎率團來訪。許副市長邀請鈴木次郎市長出席本府主辦之"
            "「2019高雄國際龍舟賽」，鈴木市長當場答應出席。",
            "鈴木次郎",
            "高雄國際龍舟賽",
        ),
    ],
    ids=["accepts", "agrees", "says-yes"],
)
def test_an_invitee_agreeing_to_come_plans_to(sentence: str, person: str, event: str) -> None:
    got = chapter(*sentence.split("。", 1))  # the guest, then the invitation
    held = event_named(got, event)
    guest = named(got, person)
    assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=guest)
    assert rels(got, RelType.PARTICIPATED_IN, source=guest, target=held, status="planned")
    assert not rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=held)


@pytest.mark.parametrize(
    ("sentence", "city", "person"),
    [
        (
            "(二)日本某某市(2006年締結姊妹市)由山田太郎市長親自率領市府及市民訪問團一行32人，"
            "於2月20日至23日來訪，除參加點燈儀式外，並與本市學童進行書法交流。",
            "某某市",
            "山田太郎",
        ),
        (
            "(二)韓國某某市由金永哲市長率領市府經貿訪問團一行15人，於2月10日來訪，並出席本市"
            "燈會開幕典禮。",
            "某某市",
            "金永哲",
        ),
        (
            "(二)美國某某市由市長約翰‧史密斯率市府訪問團一行8人來訪，參加元宵節點燈儀式，"
            "並參訪本市港埠建設。",
            "某某市",
            "約翰‧史密斯",
        ),
    ],
    ids=["leads-city-government", "trade-mission", "title-first"],
)
def test_a_guest_citys_mission_led_by_its_mayor_joins_the_citys_event(
    sentence: str, city: str, person: str
) -> None:
    got = chapter(
        "一、邀請姊妹市參加「2018高雄燈會藝術節」",
        "(一)本府主辦之「2018高雄燈會藝術節」於2月9日至24日舉行。",
        sentence,
    )
    festival = "event:kaohsiung-lantern-festival:2018"
    assert rels(got, RelType.PARTICIPATED_IN, source=named(got, city), target=festival)
    assert rels(got, RelType.PARTICIPATED_IN, source=named(got, person), target=festival)
    assert not rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=festival)


@pytest.mark.parametrize(
    "sentence",
    [
        "本府於107年3月26日至27日主辦「2018高雄國際氣候論壇」，姊妹市日本某某市及波蘭某甲市均派員"
        "出席，並於「城市淨零行動」場次分享推動經驗。",
        "本府於107年3月26日主辦「2018高雄智慧城市論壇」，日本某某市及波蘭某甲市代表出席，並於會中"
        "分享智慧交通建置經驗。",
        "107年3月26日本府舉辦「2018高雄海洋城市論壇」，日本某某市與波蘭某甲市派員與會，分享港區"
        "轉型案例。",
    ],
    ids=["session", "in-the-meeting", "cases"],
)
def test_cities_sharing_their_experience_speak(sentence: str) -> None:
    got = chapter(sentence)
    forum = next(e.id for e in got.entities if e.label == "Event")
    for city in ("某某市", "某甲市"):
        assert rels(
            got, RelType.PARTICIPATED_IN, source=named(got, city), target=forum, role="speaker"
        )


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "本府與ABC地方政府永續發展理事會東亞秘書處於107年3月26日至27日在高雄展覽館共同主辦"
            "「2018高雄國際氣候論壇」。",
            "ABC地方政府永續發展理事會東亞秘書處",
        ),
        (
            "本府經發局與XYZ亞太區總部於駁二藝術特區共同舉辦「2018高雄智慧產業論壇」。",
            "XYZ亞太區總部",
        ),
        (
            "本府與QRS國際城市聯盟東亞辦公室於高雄展覽館合辦「2018高雄韌性城市工作坊」。",
            "QRS國際城市聯盟東亞辦公室",
        ),
    ],
    ids=["secretariat", "headquarters", "office"],
)
def test_a_body_named_by_its_acronym_co_hosts(sentence: str, body: str) -> None:
    got = chapter(sentence)
    held = next(e.id for e in got.entities if e.label == "Event")
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=held)
    assert rels(got, RelType.HOSTED, source=named(got, body), target=held)
    assert not [e for e in got.entities if e.label == "Organization" and "於" in e.name_zh]


@pytest.mark.parametrize(
    ("heading", "body", "host", "written"),
    [
        (
            "3.王副市長率團參加青森市「睡魔祭」",
            "107年8月2日至6日，由本府王副市長率觀光局及本市某某高中舞蹈班師生一行30人，"
            "赴友好城市日本青森市參加「2018青森市睡魔祭」，並設置觀光推廣攤位。",
            "city:jp:aomori",
            "2018青森市睡魔祭",
        ),
        (
            "(二)觀光局參加仙台市「七夕祭」",
            "107年8月6日，本府觀光局組團前往日本仙台市出席「2018仙台市七夕祭」開幕式。",
            "city:jp:sendai-miyagi-prefecture",
            "2018仙台市七夕祭",
        ),
        (
            "2.文化局參加晉州市「南江流燈節」",
            "107年10月1日至5日，本府文化局率本市藝術團體赴姊妹市韓國晉州市參與"
            "「2018晉州市南江流燈節」，並於會場演出。",
            "city:kr:chinju",
            "2018晉州市南江流燈節",
        ),
    ],
    ids=["aomori", "sendai", "jinju"],
)
def test_a_festival_named_again_with_its_host_is_one_edition_it_holds(
    heading: str, body: str, host: str, written: str
) -> None:
    got = chapter(heading, body)
    festivals = [e for e in got.entities if e.label == "Event"]
    assert len(festivals) == 1  # the heading's 「某某祭」 and the text's 「2018某市某某祭」
    festival = named(got, written)
    hosted = rels(got, RelType.HOSTED, source=host, target=festival)
    assert hosted and any(body.startswith(e.text) for e in hosted[0].evidence)
    assert rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=festival)


def test_a_festival_joined_where_it_is_named_for_is_held_there() -> None:
    got = chapter("107年8月2日，本府觀光局赴日本青森市參加「2018青森市睡魔祭」。")
    festival = named(got, "2018青森市睡魔祭")
    assert rels(got, RelType.HOSTED, source="city:jp:aomori", target=festival)
    # a body stated as holding an edition stands in place of the place its name opens
    got = chapter(
        "(二)觀光局赴札幌參加「2018札幌國際青年論壇」",
        "107年8月2日，本府觀光局赴日本札幌市，參加札幌國際交流協會舉辦之「2018札幌國際青年論壇」。",
    )
    forum = named(got, "2018札幌國際青年論壇")
    assert not rels(got, RelType.HOSTED, source="city:jp:sapporo", target=forum)
    assert rels(got, RelType.HOSTED, target=forum)


@pytest.mark.parametrize(
    "watching",
    [
        "演出期間，青森縣知事佐藤一郎亦到場觀賞，並與王副市長會晤。",
        "青森縣知事佐藤一郎並出席觀禮，與王副市長交換意見。",
        "祭典期間，青森縣副知事佐藤一郎亦到場觀賞本市舞蹈班演出。",
    ],
    ids=["watching", "attending", "deputy"],
)
def test_the_region_holding_a_city_and_its_officials_are_no_guests_there(watching: str) -> None:
    got = chapter(
        "3.王副市長率團參加青森市「睡魔祭」",
        "107年8月2日至6日，由本府王副市長率本市某某高中舞蹈班師生一行30人，赴日本青森市參加"
        "「2018青森市睡魔祭」。" + watching,
    )
    festival = named(got, "2018青森市睡魔祭")
    assert rels(got, RelType.HOLDS_TITLE, source=named(got, "佐藤一郎"))
    guests = {r.source for r in rels(got, RelType.PARTICIPATED_IN, target=festival)}
    assert guests == {KAOHSIUNG, named(got, "某某高中舞蹈班")}


@pytest.mark.parametrize(
    "sentence",
    [
        "另針對在地外籍人士辦理「認識港都」城市導覽活動4場，計約160人參加。",
        "本府於107年辦理「港都好好玩」文化體驗活動共3場，協助新住民融入在地生活。",
        "教育局辦理「國際教育」交流研習活動2梯次，計80名教師參加。",
    ],
    ids=["tours", "in-all", "rounds"],
)
def test_activities_held_many_times_are_no_event(sentence: str) -> None:
    got = chapter(sentence)
    assert not [e for e in got.entities if e.label == "Event"]
    assert not rels(got, RelType.HOSTED)


def test_an_activity_held_once_is_an_event() -> None:
    got = chapter("本府於107年5月辦理「港都好好玩」文化體驗活動，計約60人參加。")
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=named(got, "港都好好玩"))


@pytest.mark.parametrize(
    "declined",
    [
        "本府亦邀請美國姊妹市波特蘭市派員出席同一論壇，惟該市因適逢市政選舉籌備期間，函覆婉謝出席。",
        "本府另邀請韓國姊妹市釜山市市長出席論壇，惟該市因議會會期未能出席。",
        "本府並邀請日本姊妹市八王子市派員出席，該市因預算限制，婉拒本次邀請。",
    ],
    ids=["declined-by-letter", "could-not-come", "turned-down"],
)
def test_an_invitation_to_attend_declined_leaves_the_city_invited(declined: str) -> None:
    got = chapter(
        "1.主辦「2018全球港灣城市論壇」",
        "本府於107年5月6日至7日主辦「2018全球港灣城市論壇」。",
        declined,
    )
    forum = "event:port-cities-forum:2018"
    invited = rels(got, RelType.PARTICIPATED_IN, target=forum)
    assert [r.properties["status"] for r in invited] == ["invited"]
    assert not rels(got, RelType.VISITED, source=invited[0].source)


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        (
            "韓國姊妹市晉州市由朴市長率團於107年2月26日至3月1日來訪，參觀「2018高雄燈會藝術節」，"
            "並參訪本市農業建設。",
            "city:kr:chinju",
        ),
        (
            "日本友好城市仙台市訪問團一行12人於2月20日至23日來高，參觀「2018高雄燈會藝術節」"
            "主燈區。",
            "city:jp:sendai-miyagi-prefecture",
        ),
        (
            "日本青森市市民交流團於107年2月10日抵高，並觀摩「2018高雄燈會藝術節」開幕活動。",
            "city:jp:aomori",
        ),
    ],
    ids=["came-then-toured", "toured-the-lanterns", "observed"],
)
def test_a_guest_touring_the_citys_event_attends_it(sentence: str, city: str) -> None:
    got = chapter("2.姊妹市訪團參觀高雄燈會", sentence)
    festival = "event:kaohsiung-lantern-festival:2018"
    assert rels(got, RelType.PARTICIPATED_IN, source=city, target=festival, status="attended")
    assert rels(got, RelType.VISITED, source=city, target=KAOHSIUNG)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "本府於1月5日邀請八王子市市長石森孝志出席「2018高雄燈會」，石森市長確認無法出席。",
            "石森孝志",
        ),
        (
            "本府於2月3日邀請熊本市市長大西一史出席「2018高雄國際龍舟賽」，大西市長確認不克出席。",
            "大西一史",
        ),
        (
            "本府於3月8日邀請仁川市市長朴南春出席「2018高雄港灣論壇」，朴市長回函確認未能與會。",
            "朴南春",
        ),
    ],
    ids=["cannot", "unable", "could-not"],
)
def test_an_invitee_confirming_they_cannot_come_stays_invited(sentence: str, person: str) -> None:
    """…邀請某市市長王大明出席「…」，王市長確認無法出席: a commitment word undone by
    無法 (不克, 未能) before the verb is no plan to come; the invitee stays invited."""
    got = chapter(sentence)
    guest = named(got, person)
    statuses = {r.properties["status"] for r in rels(got, RelType.PARTICIPATED_IN, source=guest)}
    assert statuses == {"invited"}


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        (
            "仁川市於5月3日主辦「2018東北亞城市首長高峰會」，韓國總統文在寅及本府陳市長均出席。",
            "city:kr:incheon",
        ),
        ("本府於5月3日組團參加熊本市主辦之「2018火之國祭」。", "city:jp:kumamoto"),
        ("本府於6月2日組團參加福岡市主辦之「2018博多港灣祭」。", "city:jp:fukuoka"),
    ],
)
def test_a_host_written_before_its_event_is_stated_with_no_inferred_mark(
    sentence: str, city: str
) -> None:
    """某市主辦「…」, 參加某市主辦之「…」: the host is stated, so its HOSTED carries no
    `inferred` at all (only a host read from the place gone to is marked inferred)."""
    got = chapter(sentence)
    hosted = rels(got, RelType.HOSTED, source=city)
    assert hosted
    assert all("inferred" not in r.properties for r in hosted)


def test_offices_seated_in_the_city_invited_to_its_reception() -> None:
    """「駐高雄外館…酒會」 is an event the city held; the offices invited to it keep
    their country where a place of theirs follows it (加拿大在台…辦事處高雄分處), and,
    seated in the city by their names, came to it from nowhere."""
    ext = chapter(
        "95.03.05　本府秘書處於市府禮堂舉辦「駐高雄外館新春酒會」，邀請加拿大在台貿易辦事處"
        "高雄分處及泰國曼谷經濟文化辦事處高雄分處等駐高單位人員共30餘人出席。",
        period="2006-01/2006-06",
    )
    event = event_named(ext, "駐高雄外館新春酒會")
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=event)
    for office in ("加拿大在台貿易辦事處高雄分處", "曼谷經濟文化辦事處高雄分處"):
        body = named(ext, office)
        assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=body)
        assert rels(ext, RelType.PARTICIPATED_IN, source=body, target=event, status="attended")
        assert not rels(ext, RelType.VISITED, source=body)


def test_a_trip_called_off_tells_no_host_of_the_event_it_went_to() -> None:
    """某團原訂赴某國參加「…」演出，因疫情取消行程: the going never was, so the event is
    not read as that place's; a trip made (赴某國參加「…」) is read as taking part (a
    country holds no event in the graph, DESIGN §3)."""
    called_off = chapter(
        "1.本市交響樂團原訂8月赴泰國參加「泰國國際藝術節」演出，因疫情取消行程，"
        "本局已請主辦單位保留明年之演出機會。"
    )
    assert not rels(called_off, RelType.HOSTED, source="country:th")
    made = chapter("1.本市交響樂團於8月赴泰國參加「泰國國際藝術節」演出，廣獲好評。")
    assert rels(made, RelType.PARTICIPATED_IN, status="attended")
    assert not rels(made, RelType.HOSTED, source="country:th")


def test_an_event_a_city_invites_the_city_to_held_with_no_place_named_is_the_inviters() -> None:
    """某市副市長並代表該市邀請本府組團參加9月舉行之「…」: no venue or holder written, so
    the event is the inviting city's own."""
    got = chapter(
        "1.日本福岡市副市長山田一郎一行6人於4月3日來訪，由陳市長接見；"
        "山田副市長並代表該市邀請本府組團參加9月舉行之「第八屆海洋文化慶典」。"
    )
    held = named(got, "第八屆海洋文化慶典")
    assert rels(got, RelType.INVITED, source=named(got, "福岡市"), target=KAOHSIUNG)
    assert [r.source for r in rels(got, RelType.HOSTED, target=held)] == [named(got, "福岡市")]


def test_a_place_inviting_the_city_to_an_event_named_for_it_holds_it() -> None:
    """某市副局長…代表馬賽市邀請本府派員參加「2019馬賽海洋節」: the event bears the
    inviter's name, so the inviter holds it."""
    x = chapter(
        "1.8月3日法國馬賽市文化局副局長皮耶‧勒布朗拜會陳市長，並代表馬賽市邀請本府派員參加"
        "明年6月之「2019馬賽海洋節」。"
    )
    marseille = named(x, "馬賽市")
    assert rels(x, RelType.HOSTED, source=marseille)
    assert rels(x, RelType.INVITED, source=marseille, target=KAOHSIUNG)


def test_an_invitation_to_come_by_the_place_the_sentence_is_about() -> None:
    """某市亦派員來高觀摩，並表示將邀請本市藝術家參加明年之「…」: that place invites the
    city, which is planned to take part in the event the place holds."""
    x = chapter(
        "（一）「2018高雄國際雕塑節」",
        "本府於10月舉辦「2018高雄國際雕塑節」。日本神戶市亦由該市文化局派員來高觀摩，並表示"
        "將邀請本市藝術家參加明年舉辦之「2019神戶藝術祭」。",
    )
    kobe = named(x, "神戶市")
    event = named(x, "2019神戶藝術祭")
    assert rels(x, RelType.INVITED, source=kobe, target=KAOHSIUNG)
    assert rels(x, RelType.HOSTED, source=kobe, target=event)
    assert rels(x, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event, status="planned")


def _sculpture_festival() -> Extraction:
    return chapter(
        "（一）「2018高雄國際雕塑節」",
        "本府於10月4日至11月2日在高雄港第三船渠舉辦「2018高雄國際雕塑節」，邀請德國、荷蘭及日本等"
        "國藝術家參與創作。10月4日開幕典禮由陳市長主持，德國科隆市文化局副局長漢斯‧克勞斯（Hans "
        "Klaus）及荷蘭烏特勒支市文化處處長彼得‧楊森（Peter Janssen）均應邀出席。雕塑節期間並於10月"
        "5日舉辦「國際河岸城市藝術論壇」，邀請克勞斯副局長及楊森處長擔任與談人，分享科隆河岸及烏特"
        "勒支舊運河區以藝術帶動再生之經驗，與會之國內學者逾200人。",
    )


def test_a_forum_held_during_the_citys_festival_with_no_subject_is_the_citys() -> None:
    """雕塑節期間並於10月5日舉辦「…論壇」, in the item on the city's 「…雕塑節」: the city
    holds the forum too."""
    x = _sculpture_festival()
    assert rels(x, RelType.HOSTED, source=KAOHSIUNG, target=named(x, "國際河岸城市藝術論壇"))


def test_attendees_told_after_the_verb_are_not_the_place_spoken_of_before() -> None:
    """…分享科隆河岸…之經驗，與會之國內學者逾200人: the scholars attended, not 科隆市."""
    x = _sculpture_festival()
    forum = named(x, "國際河岸城市藝術論壇")
    assert not rels(x, RelType.PARTICIPATED_IN, source=named(x, "科隆市"), target=forum)


def test_the_city_named_right_after_attending_among_co_hosts_holds_the_event() -> None:
    """…並出席本府與某辦公室合辦之「…」開幕式: the guest attends what the city and the
    office hold together; the city is a host, not a guest."""
    x = chapter(
        "二、大事記",
        "107.03.12　法國在台協會台北辦事處主任馬克‧杜邦來高拜會陳市長，並出席本府與法國在台協會"
        "高雄辦公室合辦之「2018法國文化週」開幕式。",
    )
    week = named(x, "2018法國文化週")
    assert rels(x, RelType.HOSTED, source=KAOHSIUNG, target=week)
    assert rels(x, RelType.HOSTED, source=named(x, "法國在台協會高雄辦公室"), target=week)
    assert not rels(x, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=week)


def test_a_panelist_at_a_forum_within_the_festival_came_once() -> None:
    """A guest at the festival's opening who speaks at a forum held during it came to
    the city once, for the festival: no second, one-day visit for the forum."""
    x = _sculpture_festival()
    visits = rels(x, RelType.VISITED, source=named(x, "漢斯‧克勞斯"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["2018-10-04"]


def test_a_body_by_its_acronym_holds_an_event_at_a_venue() -> None:
    """「某某國際理事會」（ABC） named before, then ABC訂於8月在某國某市舉辦「…」: the body
    holds the event; the city is its venue, no host."""
    ext = chapter(
        "1.本府自95年起參與「世界港灣城市聯盟理事會」（WPCA），持續提報本市港灣建設成果。"
        "WPCA訂於本年9月在荷蘭鹿特丹市舉辦「2018世界港灣城市大會」，本府預計派員出席。"
    )
    event = named(ext, "2018世界港灣城市大會")
    body = named(ext, "世界港灣城市聯盟理事會")
    assert rels(ext, RelType.HOSTED, source=body, target=event)
    assert not rels(ext, RelType.HOSTED, source=named(ext, "鹿特丹市"), target=event)


def test_an_event_named_for_the_place_the_clause_before_went_to() -> None:
    """本府由某某率團赴日本某市，參加第N屆某市某某祭: that place's own event (inferred),
    as when one clause tells both."""
    ext = chapter("1.2月4日至9日，本府由李秘書長率團赴日本旭川市，參加第59屆旭川冬祭。")
    event = named(ext, "第59屆旭川冬祭")
    assert rels(ext, RelType.HOSTED, source=named(ext, "旭川市"), target=event)


def test_a_film_festival_named_for_the_place_gone_to_is_held_there() -> None:
    """影展 is a film festival, not an exhibition (展): one named for the city the
    delegation went to is that city's own, as a 祭 or 節 is; a trade show is not."""
    ext = chapter("1.9月3日至7日，本府新聞處組團赴日本山形市，出席「第8屆山形國際紀錄影展」。")
    festival = named(ext, "第8屆山形國際紀錄影展")
    assert rels(ext, RelType.HOSTED, source=named(ext, "山形市"), target=festival)
    ext = chapter("1.9月3日至7日，本府經發局組團赴日本山形市，參加「第8屆山形國際機械展」。")
    show = named(ext, "第8屆山形國際機械展")
    assert not rels(ext, RelType.HOSTED, target=show)


@pytest.mark.parametrize(
    ("sentence", "invitee"),
    [
        (
            "1.5月3日，王副市長赴韓國大邱廣域市拜會該市市長朴正浩，並面邀朴市長於10月率團來訪，"
            "出席本府主辦之「2018高雄國際港灣論壇」。",
            "朴正浩",
        ),
        (
            "1.本府於5月3日函邀姊妹市日本金澤市於10月組團來訪，參加本府主辦之「2018高雄國際港灣論壇」。",
            "金澤市",
        ),
    ],
    ids=["person-met", "city-by-letter"],
)
def test_an_invitation_to_come_for_the_citys_event_named_next(sentence: str, invitee: str) -> None:
    """「面邀某市長於10月率團來訪，出席本府主辦之「…」」: the clause after the coming tells
    what they are asked to come for, not that they came: one invitation, to that event, and
    the invitee only invited to it."""
    ext = chapter(sentence)
    who, forum = named(ext, invitee), named(ext, "2018高雄國際港灣論壇")
    invited = rels(ext, RelType.INVITED, source=KAOHSIUNG, target=who)
    assert [r.properties.get("event") for r in invited] == [forum]
    part = rels(ext, RelType.PARTICIPATED_IN, source=who, target=forum)
    assert [r.properties["status"] for r in part] == ["invited"]
    assert not rels(ext, RelType.VISITED, source=who, target=KAOHSIUNG)


def test_a_body_a_place_sends_as_its_team_takes_part_too() -> None:
    """「某市亦派出某划船協會船隊參加」: the place took part through the body it sent as its
    team, which took part and came too; not a bureau of its government (由該市某局組團:
    the place acting)."""
    ext = chapter(
        "本年端午節（6月20日）於愛河舉辦「2018高雄國際龍舟錦標賽」，本府事前邀請日本福岡市組隊參加。"
        "福岡市亦派出福岡划船協會船隊參加，與國內各隊同場競技。"
    )
    race, club = named(ext, "2018高雄國際龍舟錦標賽"), named(ext, "福岡划船協會")
    part = rels(ext, RelType.PARTICIPATED_IN, source=club, target=race)
    assert [r.properties["status"] for r in part] == ["attended"]
    assert rels(ext, RelType.VISITED, source=club, target=KAOHSIUNG)
    ext = chapter(
        "十二月十二日，本府於高雄展覽館舉辦「2018高雄國際遊艇展」，姊妹市西雅圖市並由該市經濟發展局組團來高參展。"
    )
    assert not [e for e in ext.entities if e.name_zh.endswith("經濟發展局")]
