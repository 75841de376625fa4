"""Tests of loaders/rules/answers.py: takings part told without a verb of joining (replies to
invitations, acts at a ceremony, guests qualified by the event they attended, the public
come to watch, absence)."""

from __future__ import annotations

import pytest

from graph.model import Attendance, RelType
from tests.loaders.rules.helpers import (
    FUKUOKA,
    H1_2016,
    H1_2019,
    KAOHSIUNG,
    chapter,
    event_named,
    named,
    rels,
    statuses,
)

_LETTER = (
    "本府於11月函邀各姊妹市及友好城市參加明年2月舉辦之「2019高雄燈會藝術節」。"
    "截至11月底，福岡市已回覆將組團參加。"
)


# 10. an answer to an invitation speaks of joining, not of another plan


# (review 23)
@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("此外，日本大阪市觀光局考慮於本市設立辦事處。", "city:jp:osaka"),
        ("另韓國釜山市港灣局正研議與本市港務單位合作。", "city:kr:busan"),
        ("美國西雅圖市亦評估明年開闢直航航線。", "city:us:seattle"),
    ],
)
def test_other_plan_is_no_answer(text: str, city: str) -> None:
    ex = chapter(_LETTER + text, period="2018-07/2018-12")
    assert rels(ex, RelType.INVITED, target="city:jp:fukuoka")
    assert not rels(ex, RelType.INVITED, target=city)


# (round 31a)
def test_the_public_drawn_to_watch_borrows_no_party() -> None:
    ext = chapter(
        "本府於6月16日在愛河舉辦「2018高雄國際龍舟錦標賽」，邀請姊妹市及友好團體組隊參賽，"
        "計有丹佛高雄姊妹市協會及沖繩縣龍舟協會等2支外國隊伍，丹佛隊並獲得國際組冠軍，"
        "活動吸引逾3萬名市民到場觀賞。"
    )
    for rel_type in (RelType.PARTICIPATED_IN, RelType.VISITED):
        assert not [r for r in rels(ext, rel_type) if r.source.startswith("city:")], rel_type


# (round 31b)
def test_each_group_of_a_guest_list_plays_the_part_told_after_it() -> None:
    """「邀請A、B擔任主講人，C擔任與談人」: A and B speak, C is a panelist."""
    got = chapter(
        "5月10日，本府於某某飯店舉辦「2018國際港灣城市論壇」，邀請日本某某大學教授"
        "山田太郎、韓國某某研究院院長金大明擔任主講人，美國某某公司經理史密斯（John Smith）"
        "擔任與談人。"
    )
    forum = event_named(got, "國際港灣城市論壇")
    for guest, role in (("山田太郎", "speaker"), ("金大明", "speaker"), ("史密斯", "panelist")):
        took = rels(got, RelType.PARTICIPATED_IN, source=named(got, guest), target=forum)
        assert [r.properties.get("role") for r in took] == [role], guest


# (round 31b)
def test_the_city_invited_agrees_and_so_plans_to_take_part() -> None:
    """「…來函，邀請本市明年組團參加「…」，本府已函復同意並開始規劃參訪團組成」: the
    city's answer settles its invitation: planned."""
    got = chapter(
        "9月5日，日本札幌雪祭實行委員會（Sapporo Snow Festival Committee）來函，邀請本市"
        "明年二月組團參加該會主辦之「第70屆札幌雪祭」，本府已函復同意並開始規劃參訪團組成。",
        period="2018-07/2018-12",
    )
    fest = event_named(got, "札幌雪祭")
    took = rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=fest)
    assert [r.properties["status"] for r in took] == [Attendance.PLANNED]


# 20. a home official named in full presiding over the opening of the city's event
# (由陳大明市長主持開幕鳴槍) was there; one by surname is the city, its host, no more (round 35a)
@pytest.mark.parametrize("who", ["由陳大明市長主持開幕鳴槍", "由陳市長主持開幕"])
def test_presiding_over_the_opening_is_attending(who: str) -> None:
    ext = chapter(
        "一、107年1月12日　日本熊本縣議會議長古賀一郎率團蒞府拜會，由市長陳大明親自接見。",
        f"四、107年6月11日至13日　本府於愛河舉辦「2018高雄國際龍舟錦標賽」，{who}。",
    )
    took_part = {r.source for r in rels(ext, RelType.PARTICIPATED_IN)}
    assert took_part == ({named(ext, "陳大明")} if "大明" in who else set())


# 21. the city's delegate presenting a paper by its title in a sentence of its own
# (本府代表於8月28日以「某某規劃」為題發表報告): the city spoke at the event just named (round 36b)
def test_a_paper_presented_by_its_title_is_a_speakers_part() -> None:
    ext = chapter(
        "8月27日至30日，本府派員赴泰國曼谷市出席「第五屆亞洲都市環境研討會」。"
        "本府代表於8月28日以「高雄港區再開發計畫」為題發表報告。",
    )
    joined = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert [p.properties.get("role") for p in joined] == ["speaker"]


# 24. the item's invitation of the partners by their class (本處事先函邀各姊妹市組團參加)
# tells the invitation of a partner that declined (某市…來函婉拒): its evidence (round 36c)
def test_a_class_invitation_is_the_evidence_of_a_declining_partner() -> None:
    ext = chapter(
        "（２）「二○一八高雄國際音樂節」。本府於十一月十二日至十四日舉辦，本府事先函邀各姊妹市"
        "組團參加。美國哥倫布市因預算問題來函婉拒。",
        period="2018-07/2018-12",
    )
    (invited,) = rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "哥倫布市"))
    assert any("函邀各姊妹市" in e.text for e in invited.evidence)


# 17. one qualified as come to witness what was just told (會晤前來觀禮之某市助役某某):
# he attended the event the sentence named (round 36e)
def test_one_who_came_to_witness_attended_the_event() -> None:
    ext = chapter(
        "一、十月五日，黃副市長出席大邱直轄市主辦之「一九九一年大邱市民日」慶祝大會；"
        "會後黃副市長會晤前來觀禮之日本福岡市助役田中一郎。",
        period="1991-07/1991-12",
    )
    event = named(ext, "一九九一年大邱市民日")
    assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "田中一郎"), target=event)


# 13. a member of the city's party by surname and post (王科長, once 交通局科長王大明)
# presenting a paper by its title: the city spoke at the event (review 36b)
def test_a_home_member_by_surname_presenting_a_paper_is_a_speaker() -> None:
    ext = chapter(
        "（一）",
        "案由：派員參加「2018亞洲城市交通論壇」",
        "日期：107年5月14日至17日",
        "地點：新加坡",
        "出訪人員：交通局科長王大明",
        "經過：王科長於論壇中以「高雄輕軌建設」為題發表報告。",
    )
    joined = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert [p.properties.get("role") for p in joined] == ["speaker"]


# 3. not competing (因經費不足未組隊參賽, 無法組隊參賽, 未組隊參加, 取消參賽): no taking part
# (review 36c)
@pytest.mark.parametrize(
    "tail",
    [
        "日本八王子市因經費不足未組隊參賽。",
        "日本八王子市因經費不足，無法組隊參賽。",
        "日本八王子市因經費不足未組隊參加。",
        "日本八王子市因經費不足取消參賽。",
    ],
)
def test_not_competing_is_no_taking_part(tail: str) -> None:
    ext = chapter("本府於六月十八日在蓮池潭舉辦「一○七年高雄市國際龍舟賽」，" + tail)
    city = named(ext, "八王子市")
    assert not rels(ext, RelType.VISITED, source=city)
    assert statuses(ext, RelType.PARTICIPATED_IN, source=city) in ([], ["invited"])


# 25. one met qualified as attending the meeting just told (並會晤同來出席會議之某市副市長
# 某某): attended that meeting (round 37a)
def test_one_met_as_attending_the_meeting_attended_it() -> None:
    ext = chapter(
        "本府由陳副市長率團，於十一月三日至九日赴美國奧克蘭市，出席由該市主辦之「第五屆太平洋港市會議」。",
        "會議期間，陳副市長並會晤同來出席會議之日本橫濱市副市長山田太郎，就兩市交流交換意見。",
        period="1987-07/1987-12",
    )
    took = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "山田太郎"))
    assert [t.properties.get("status") for t in took] == ["attended"]


# 17. guests told coming to the city to watch, after the city's event was told (…已於
# 六月十日舉行。…某協會會長某某一行三人專程來高觀摩): they attended it (round 37c)
def test_guests_come_here_to_watch_attended_the_citys_event() -> None:
    ext = chapter(
        "「2018高雄市國際龍舟邀請賽」已於六月十六日在愛河順利舉行。日本熊本市因故未能派隊，"
        "惟熊本龍舟協會（Kumamoto Dragon Boat Association）會長田中一郎一行三人專程來高觀摩。",
        period="2018-01/2018-06",
    )
    event = named(ext, "2018高雄市國際龍舟邀請賽")
    took = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "田中一郎"), target=event)
    assert [t.properties.get("status") for t in took] == ["attended"]


# 23. a register entry's sentence naming no one, telling a part played (十八日上午於開幕式
# 發表專題演講, 綜合座談時擔任與談人): the entry's person's part in the city's event he
# attended (round 37d)
def test_a_register_entrys_unnamed_part_is_its_persons() -> None:
    ext = chapter(
        "第一位　朴正浩（Park Jung-ho）　大韓民國　大邱市副市長",
        "朴副市長於十一月十七日至二十日率大邱市代表團一行十五人來訪，出席本府主辦之"
        "「2018高雄港灣論壇」。二十日上午於閉幕論壇擔任與談人，分享都市更新經驗。",
        period="2018-07/2018-12",
    )
    took = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "朴正浩"))
    assert [t.properties.get("role") for t in took] == ["panelist"]


# 11. a speaker who was to speak but did not come (原訂擔任演講人，因故未能出席): no role
# (review 39b)
def test_a_speaker_who_did_not_come_plays_no_part() -> None:
    ext = chapter(
        "本府於108年5月8日至9日主辦「2019高雄國際港灣論壇」，陳市長擔任開幕專題演講人，西雅圖市"
        "副市長Anna Smith原訂擔任演講人，因故未能出席。",
        period=H1_2019,
    )
    for part in rels(ext, RelType.PARTICIPATED_IN):
        assert part.source == KAOHSIUNG or part.properties.get("role") != "speaker"


# 6. a guest invited to come to what the city held who did not come (惟…未能成行) or
# whose coming was planned then put off (原訂…，後因故延期): invited only (review 39c)
@pytest.mark.parametrize(
    "sentence",
    [
        "本府於105年3月10日邀請日本神戶市消防局局長鍋島秀和來高，於本府消防局舉辦"
        "「都市防災經驗分享座談會」，惟鍋島局長因颱風航班取消未能成行，改以視訊方式演講。",
        "本府原訂於105年5月邀請日本仙台市危機管理監佐藤聰來高，於本府消防局舉辦"
        "「震災經驗分享座談會」，後因故延期。",
    ],
)
def test_an_invitee_who_did_not_come_did_not_attend(sentence: str) -> None:
    ext = chapter(sentence, period=H1_2016)
    held = [r for r in ext.relations if r.type == RelType.HOSTED]
    assert held
    attended = [
        r
        for r in ext.relations
        if r.type == RelType.PARTICIPATED_IN and r.properties.get("status") == "attended"
    ]
    assert not attended
    assert not [r for r in ext.relations if r.type == RelType.VISITED]


# 4. a part the city's official was invited to play, and did not (原受邀擔任某市主辦之
# 「…」與談人，後因市政行程未能出席): invited, no part played (review 40b)
@pytest.mark.parametrize(
    "text",
    [
        "112年3月9日，本府王副市長原受邀擔任日本福岡市主辦之「亞洲城市永續線上論壇」與談人，"
        "後因市政行程未能出席。",
        "112年3月9日，本府王副市長原訂擔任日本福岡市主辦之「亞洲城市永續線上論壇」與談人，"
        "惟因故未能與會。",
        "112年3月9日，本府王副市長受邀擔任日本福岡市主辦之「亞洲城市永續線上論壇」與談人，"
        "惟因市政行程未能出席。",
    ],
)
def test_a_part_invited_to_and_not_played(text: str) -> None:
    ext = chapter(text, period="2023-01/2023-06")
    event_id = named(ext, "2023亞洲城市永續線上論壇")
    parts = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event_id)
    assert parts
    assert all(p.properties["status"] != "attended" for p in parts)


# 10. a guest coming and inviting the city's mayor named in full, the city answering
# (來訪，並邀請某某市長率團參加…「…」，本府將由秘書處派員代表出席): the city's part is
# planned; the mayor, invited, came nowhere (review 40b)
def test_the_city_answering_an_invitation_of_its_mayor_brought_by_a_guest() -> None:
    ext = chapter(
        "2.日本福岡市副市長中村英一於4月12日來訪，並邀請韓國瑜市長率團參加同年11月舉辦之"
        "「2019福岡亞洲城市高峰會」，本府將由秘書處派員代表出席。",
        period="2019-01/2019-06",
    )
    event = named(ext, "2019福岡亞洲城市高峰會")
    mayor = named(ext, "韓國瑜")
    assert rels(ext, RelType.INVITED, source=FUKUOKA, target=mayor, event=event)
    [part] = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)
    assert part.properties["status"] == "planned"
    assert not rels(ext, RelType.VISITED, source=mayor)
    assert rels(ext, RelType.VISITED, source=named(ext, "中村英一"), target=KAOHSIUNG)
