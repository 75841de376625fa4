"""Tests of loaders/rules/hosting.py: who holds the events a clause names (主辦, 舉辦, 承辦, an
event named for its place, the city's own events)."""

from __future__ import annotations

import pytest

from graph.model import Attendance, RelType
from loaders.pipeline import extract_bytes
from tests.loaders.rules.helpers import (
    FUKUOKA,
    H1_1992,
    H1_1995,
    H1_2016,
    H2_1992,
    KAOHSIUNG,
    chapter,
    event_named,
    named,
    rels,
)

INCHEON = "city:kr:incheon"


# 2. an event's preparing makes the city its host only when the city works toward it
# (配合…之籌辦) and the event is not named for another place (review 23)
@pytest.mark.parametrize(
    "text",
    [
        "本府觀光局於5月1日赴日本大阪市，觀摩「2025大阪世界博覽會」之籌備情形。",
        "本府運發局於6月3日赴韓國大邱市，考察「2027大邱世界田徑錦標賽」之籌辦進度。",
        "本府體育處於9月5日赴日本名古屋市，並配合「2026名古屋亞洲運動會」之籌備，拜會該市體育局。",
    ],
)
def test_preparing_of_anothers_event(text: str) -> None:
    assert not rels(chapter(text), RelType.HOSTED)


# (review 23)
def test_preparing_of_own_event() -> None:
    ex = chapter("本府為提升國際能見度，並配合2030年世界運動會之籌辦，積極推動城市交流。")
    assert rels(ex, RelType.HOSTED, source=KAOHSIUNG)


# (round 31a)
def test_a_holding_with_no_subject_written_is_the_citys() -> None:
    ext = chapter(
        "四、未來展望",
        "（二）明年5月將續辦「2019高雄國際港灣都市研討會」，規劃邀請仁川、丹佛等姊妹市首長與會。",
    )
    held = rels(
        ext, RelType.HOSTED, source=KAOHSIUNG, target=named(ext, "2019高雄國際港灣都市研討會")
    )
    assert [r.properties.get("status") for r in held] == ["planned"]


# (round 31a)
def test_a_holding_with_no_subject_after_another_citys_words_is_not_the_citys() -> None:
    ext = chapter(
        "大分市市長佐藤樹一郎於3月5日來訪，由陳市長接見。",
        "明年5月將舉辦「2019大分市國際音樂節」，並邀請本市派團參加。",
    )
    assert not rels(ext, RelType.HOSTED, source=KAOHSIUNG)


# (round 31b)
@pytest.mark.parametrize(
    ("sentence", "event", "guests"),
    [
        (
            "5月10日至11日，本府與國立某某大學於某某飯店合辦「2018國際港灣城市論壇」，"
            "邀請日本橫濱港灣研究所所長山田太郎、美國某某大學教授史密斯（John Smith）"
            "擔任主講人。",
            "國際港灣城市論壇",
            ["山田太郎", "史密斯"],
        ),
        (
            "為增進外籍人士對市政之瞭解，本府於3月9日舉辦「2018外籍人士市政座談會」，"
            "邀請英國貿易文化辦事處處長白朗、德國經濟辦事處處長施密特等人與會。",
            "外籍人士市政座談會",
            ["白朗", "施密特"],
        ),
    ],
)
def test_a_guest_list_after_the_citys_event_keeps_its_host(
    sentence: str, event: str, guests: list[str]
) -> None:
    """The clause naming the city's event before a list of its guests is read for its
    host as any clause is: 本府與某大學…合辦, or 本府 after a clause of purpose."""
    got = chapter(sentence)
    held = event_named(got, event)
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=held)
    for guest in guests:
        assert rels(
            got,
            RelType.PARTICIPATED_IN,
            source=named(got, guest),
            target=held,
            status=Attendance.ATTENDED,
        )


# (round 31b)
def test_the_co_host_of_a_listed_event_hosts_it() -> None:
    got = chapter(
        "5月10日至11日，本府與國立某某大學於某某飯店合辦「2018國際港灣城市論壇」，"
        "邀請日本橫濱港灣研究所所長山田太郎、美國某某大學教授史密斯擔任主講人。"
    )
    held = event_named(got, "國際港灣城市論壇")
    assert rels(got, RelType.HOSTED, source=named(got, "國立某某大學"), target=held)


# (round 31b)
def test_a_museum_written_as_the_venue_holds_nothing() -> None:
    """A museum after 在/於 before the verb of holding is where the event is, not who
    holds it (now that 美術館 and 博物館 end bodies' names)."""
    got = chapter("本府文化局與日本某某市攜手，在本市歷史博物館舉辦「2018某某版畫展」。")
    show = event_named(got, "版畫展")
    hosts = {r.source for r in rels(got, RelType.HOSTED, target=show)}
    assert KAOHSIUNG in hosts
    assert not [e for e in got.entities if e.id in hosts and "博物館" in e.name_zh]


# (round 31b)
@pytest.mark.parametrize(
    "sentence",
    [
        "11月15日，本府函邀姊妹市仁川市及西雅圖市，於明年組隊來高參加「2019國際龍舟錦標賽」。",
        "本府邀請姊妹市仁川市明年組隊來高參加「2019國際龍舟錦標賽」。",
    ],
)
def test_an_event_the_city_invites_others_to_come_and_join_is_its_own(sentence: str) -> None:
    """Invitees asked to come to the city to join an event (來高參加「…」), no other host
    named: the city holds it."""
    got = chapter(sentence, period="2018-07/2018-12")
    race = event_named(got, "國際龍舟錦標賽")
    assert {r.source for r in rels(got, RelType.HOSTED, target=race)} == {KAOHSIUNG}


# (round 31b)
def test_a_civic_body_of_the_city_co_hosts_with_it() -> None:
    """「本府與高雄市某某公會於某中心合辦「…」」: the body hosts beside the city, which
    holds the event (and attends no event of its own)."""
    got = chapter(
        "11月2日至4日，本府與高雄市電機電子商業同業公會於高雄展覽館合辦「2018高雄國際電子展」，"
        "計有日本、韓國廠商三十餘家參展。",
        period="2018-07/2018-12",
    )
    show = event_named(got, "國際電子展")
    hosts = {r.source for r in rels(got, RelType.HOSTED, target=show)}
    assert hosts == {KAOHSIUNG, named(got, "高雄市電機電子商業同業公會")}
    assert not rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=show)


# (round 31b)
def test_the_body_that_holds_an_edition_replaces_the_host_its_series_implies() -> None:
    """「某某祭實行委員會來函，邀請本市明年組團參加該會主辦之「第N屆某某祭」」: the body
    holds that edition, not the city its series belongs to."""
    got = chapter(
        "9月5日，日本八王子祭實行委員會來函，邀請本市明年八月組團參加該會主辦之「第60屆八王子祭」。",
        period="2018-07/2018-12",
    )
    hosts = {r.source for r in rels(got, RelType.HOSTED, target="event:hachioji-festival:2019")}
    assert hosts == {named(got, "八王子祭實行委員會")}


# 1. a venue after the date (於12月在某館, 假某博物館) is where the city holds its
# event, no co-host (review 31)
@pytest.mark.parametrize(
    "sentence",
    [
        "1.本府於12月在高雄市立美術館舉辦「2018國際城市論壇」。",
        "1.本府文化局於10月假高雄市立歷史博物館舉辦「2018南島文化特展」。",
        "1.本府於12月8日在高雄市立美術館舉辦「2018國際城市論壇」。",
    ],
)
def test_a_venue_after_the_date_is_no_co_host(sentence: str) -> None:
    ext = chapter(sentence)
    hosts = {r.source for r in rels(ext, RelType.HOSTED)}
    assert hosts == {KAOHSIUNG}


# 6. an event held with no subject written, in a sentence inviting the city to it, is
# another's, not the city's (review 31)
def test_an_event_the_city_is_invited_to_is_not_held_by_it() -> None:
    ext = chapter(
        "1.大阪市副市長田中一郎於3月來訪，洽談觀光合作。明年5月將舉辦「2019國際港灣論壇」，邀請本市出席。"
    )
    assert not rels(ext, RelType.HOSTED, source=KAOHSIUNG)


# 7. in the section of work to come, an event another city holds is not the city's (review 31)
def test_work_to_come_of_another_city_is_not_the_citys() -> None:
    def hosts(line: str) -> set[str]:
        text = f"壹、國際事務\n二、下半年工作重點\n（一）{line}\n"
        ext = extract_bytes(text.encode("utf-8"), "t.txt", "2018-01/2018-06")
        return {r.source for r in rels(ext, RelType.HOSTED) if "論壇" in r.target}

    assert KAOHSIUNG not in hosts(
        "福岡市預定於10月舉辦「2018福岡亞洲祭」，並主辦「2018亞洲城市論壇」。"
    )
    assert hosts("本府預定於10月舉辦「2018高雄港灣節」，並主辦「2018亞洲城市論壇」。") == {
        KAOHSIUNG
    }


# (round 32a)
def test_the_city_holds_its_event_on_a_festival_day_at_a_venue_unsaid() -> None:
    """本年中秋節（9月24日）於旗津海岸舉辦「…」: with no subject written, an occasion
    (a festival day, its date in brackets) and a venue before the holding verb, the
    chapter's own city holds the event, as when only the time is written."""
    got = chapter(
        "本年中秋節（9月24日）於旗津海岸舉辦「2018高雄國際風箏節」，邀請日本濱松市組隊參加。"
    )
    held = event_named(got, "高雄國際風箏節")
    hosted = rels(got, RelType.HOSTED, source=KAOHSIUNG, target=held)
    assert hosted
    assert any("於旗津海岸舉辦" in e.text for e in hosted[0].evidence)


# (round 32a)
def test_a_training_class_the_city_runs_is_its_event() -> None:
    """秘書處於3月間辦理「國際禮儀研習班」，計有各局處同仁60人參訓: a class (研習班,
    講習班) is an event, the city's own."""
    got = chapter("另秘書處於3月間辦理「涉外禮儀研習班」，計有各局處同仁60人參訓。")
    held = event_named(got, "涉外禮儀研習班")
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG, target=held)


# 3. 在地 (local) after the time is who holds the event, not a venue: no host read (review 32)
def test_local_businesses_holding_an_event_are_not_the_city() -> None:
    ext = chapter("本年在地業者舉辦「2018高雄國際美食節」，邀請日本熊本市廚師參加。")
    assert not rels(ext, RelType.HOSTED, source=KAOHSIUNG)


# 4. an event named for the place a trip went to and for the city too is the city's own
# promotion held there, not that place's (review 32)
@pytest.mark.parametrize(
    "text",
    [
        "1.5月3日至7日，陳市長率團訪問韓國釜山市。5月4日拜會釜山市市長徐秉洙；"
        "翌日（5日）出席「2018釜山高雄觀光推介會」，向當地業者推廣高雄觀光。",
        "1.陳市長率團赴釜山出席「2018釜山高雄觀光推介會」。",
    ],
)
def test_an_event_naming_the_city_too_is_not_held_by_the_place_gone_to(text: str) -> None:
    ext = chapter(text)
    assert not rels(ext, RelType.HOSTED, source="city:kr:busan")
    # an event named for the place alone still is
    ext = chapter("1.2月4日至9日，本府由李秘書長率團赴日本旭川市，參加第59屆旭川冬祭。")
    assert rels(ext, RelType.HOSTED, source=named(ext, "旭川市"))


# 3. the city's own event that a heading names (邀請參加「…」) and its body tells again
# (本府已函邀…參加明年舉辦之「…」): the body is evidence of the hosting too (round 33b)
def test_the_body_under_a_heading_is_evidence_of_the_citys_own_event() -> None:
    ext = chapter(
        "（二）邀請參加「2019高雄國際港灣音樂節」",
        "本府已於10月間函邀日本熊本市及韓國釜山市派樂團參加明年4月舉辦之"
        "「2019高雄國際港灣音樂節」，其中熊本市已覆函同意。",
    )
    (hosted,) = rels(ext, RelType.HOSTED, source=KAOHSIUNG)
    assert any("函邀日本熊本市" in e.text for e in hosted.evidence)


# 4. a training institute (講習所, 研習所, 研究所) is a kind of body: it holds the class
# the city's staff attend (round 33b)
def test_a_training_institute_holds_the_class_it_runs() -> None:
    ext = chapter(
        "本府人事處於107年3月間派員參加內政部地方行政研習所舉辦之「城市外交實務研習班」，"
        "研習國際禮儀及涉外文書。"
    )
    institute = named(ext, "內政部地方行政研習所")
    assert rels(ext, RelType.HOSTED, source=institute)


# 7. the city named as the agent of an event to come (預定由本府於10月間舉辦「…」,
# 將由本市主辦「…」): the city holds it, planned (round 33b)
def test_an_event_to_be_held_by_the_city_as_agent() -> None:
    ext = chapter(
        "3.本府新聞局於107年5月派員前往熊本市，蒐集兩市交流照片，"
        "預定由本府於10月間舉辦「高雄熊本友好十週年紀念展」，先在本市展出。"
    )
    (hosted,) = rels(ext, RelType.HOSTED, source=KAOHSIUNG)
    assert hosted.properties.get("status") == "planned"


# 11. the city helping another hold its event (由本府協助該市舉辦) does not hold it (review 33)
def test_helping_another_city_hold_its_event_is_not_hosting() -> None:
    ext = chapter(
        "雙方同意明年由本府邀請該市參加「高雄國際龍舟錦標賽」，"
        "將由本府協助大分市於十月間舉辦「大分台灣週」。",
        period=H1_1992,
    )
    hosted = {r.target for r in rels(ext, RelType.HOSTED, source=KAOHSIUNG)}
    assert not [t for t in hosted if "台灣週" in t or "臺灣週" in t]


# --- after round 33a ---------------------------------------------------------------


# 17. a bureau of the city observing or visiting another's event does not host it (review 33)
@pytest.mark.parametrize(
    "sentence",
    [
        "交通局於6月2日赴日本福岡市觀摩該市舉辦之「福岡國際帆船賽」。",
        "交通局於6月2日派員赴日本福岡市參訪該市舉辦之「福岡國際帆船賽」。",
        "教育局於6月2日協助日本熊本市在本市文化中心舉辦「熊本市兒童畫展」。",
    ],
)
def test_a_bureau_observing_anothers_event_does_not_host_it(sentence: str) -> None:
    ext = chapter(sentence, period=H1_1995)
    assert not rels(ext, RelType.HOSTED, source=KAOHSIUNG)


# 7. a bureau of the city as the subject holding an event (教育局於6月2日在蓮池潭主辦「…」,
# 環保局舉辦「…」): the city hosts it (review 33a)
@pytest.mark.parametrize(
    "sentence",
    [
        "端午節期間，教育局於6月2日在蓮池潭主辦「2018蓮池潭國際龍舟賽」，邀請日本熊本市組隊參賽。",
        "六月五日環境日當週，環保局舉辦「2018環境日研討會」，特邀美國環保署資深工程師史密斯"
        "（John Smith）於6月5日至7日來高發表專題演講。",
    ],
)
def test_a_bureau_holding_an_event_is_the_city(sentence: str) -> None:
    ext = chapter(sentence)
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG)
    assert not rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)


# 12. a bureau of the city named as the organizer of the event another joins (參加捷運局
# 籌辦之「…」): the city holds it (review 33a)
def test_a_bureau_named_as_organizer_is_the_city() -> None:
    ext = chapter(
        "日本航空公司並同意於本年下半年派遣專家來高，參加交通局籌辦之「2018高雄都會區公車系統"
        "國際研討會」。"
    )
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG)


# (review 33a)
def test_a_bureau_of_a_place_abroad_named_as_organizer_is_not_the_city() -> None:
    ext = chapter("交通局派員赴日本參加福岡市交通局籌辦之「2018福岡公車系統國際研討會」。")
    assert not rels(ext, RelType.HOSTED, source=KAOHSIUNG)


# 20. an event held by the place gone to, read already (from a summary), is told again by
# the item's own sentence: its evidence too (review 33a)
def test_a_place_holding_the_event_told_again_by_the_trip() -> None:
    ext = chapter(
        "本期重要成果包括：日本熊本市長率團來訪並與本府簽署「經貿合作備忘錄」、首度組團出席韓國"
        "大邱市「大邱市民日」慶典。",
        "本府應大邱市之邀，由陳副市長率秘書處人員一行八人，於10月3日至7日赴大邱，出席10月5日"
        "舉行之「大邱市民日」慶祝大會。",
    )
    (held,) = rels(ext, RelType.HOSTED, source="city:kr:daegu")
    assert any("慶祝大會" in e.text for e in held.evidence)


# 24. a place referred to holding the event, its first edition (出席該市明年主辦之首屆「…」)
# (review 33a)
def test_a_place_holding_its_first_edition() -> None:
    ext = chapter(
        "布里斯本市長索利於11月間致函陳市長，邀請本府組團出席該市明年主辦之首屆「亞太城市高峰會」。"
    )
    assert rels(ext, RelType.HOSTED, source="city:au:brisbane")


# 25. an event named for a city, to which a body of that city invites (某市經濟局處長…代表
# 該局邀請本市參加「某市港口節」): the city holds it (review 33a)
def test_an_event_named_for_the_city_its_bureau_invites_to() -> None:
    ext = chapter(
        "1.鹿特丹市經濟局港埠處處長范戴克（Jan van Dijk）於9月5日來訪，並代表該局邀請本市明年五月"
        "派員參加「鹿特丹港口節」（Havenfestival）。"
    )
    assert rels(ext, RelType.HOSTED, source="city:nl:rotterdam")


# (review 33a)
def test_a_committee_of_its_own_inviting_brings_no_host() -> None:
    ext = chapter(
        "1.大邱亞運籌備委員會事務次長金大中來訪時，正式邀請本市組團參加「2030年大邱亞洲運動會」。"
    )
    assert not rels(ext, RelType.HOSTED, source="city:kr:daegu")


# 1. the city continuing to hold its event next year (本府預定明年…續辦「…」) holds it,
# and those asked to compete in it (將邀請甲市、乙市等姊妹市組隊參賽) are invited to it (round 34b)
def test_the_city_continuing_its_event_holds_it_and_invites_competitors() -> None:
    ext = chapter(
        "本府計畫明年中秋節期間續辦「一○八年高雄國際風箏大賽」，將邀請熊本市、"
        "橫濱市及大阪市等姊妹市組隊參賽，並擴大辦理國際組活動。",
        period="2018-07/2018-12",
    )
    event = named(ext, "一○八年高雄國際風箏大賽")
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=event)
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert invited == {named(ext, n) for n in ("熊本市", "橫濱市", "大阪市")}
    joining = {r.source for r in rels(ext, RelType.PARTICIPATED_IN, target=event)}
    assert joining == invited


# --- after round 34b ---------------------------------------------------------------


# 14. the city asking another to go on holding its event does not hold it (review 34)
def test_asking_another_to_go_on_holding_is_not_holding() -> None:
    ext = chapter(
        "本府建議大分市續辦「大分國際青少年交流營」，並邀請本市學生參加。", period=H2_1992
    )
    assert not rels(ext, RelType.HOSTED, source=KAOHSIUNG)


# 21. a place holding an event at a time told between (該市本年九月間舉辦的「…」): the
# place is its host, 的 as 之 (round 36a)
def test_a_place_holding_an_event_at_a_time_with_de_hosts_it() -> None:
    ext = chapter(
        "布里斯本市市長蘇菲（Sophie Lee）特別致函本府，"
        "邀請本府組團參加該市本年九月間舉辦的「春季藝術節」。",
        period="1995-01/1995-06",
    )
    hosted = rels(ext, RelType.HOSTED, source=named(ext, "布里斯本市"))
    assert len(hosted) == 1


# 5. an item titled by an event's name alone in quotes (（２）「…」。), the next sentence
# holding it with no object (本府於12月20日舉辦，…應邀出席): that event, though its
# ending alone (聯誼會) may name a body, held by the city, its guests attending (round 36c)
def test_an_item_titled_by_its_event_is_held_by_the_bare_verb_after() -> None:
    ext = chapter(
        "（２）「一○七年外籍人士耶誕聯誼會」。本府於十二月二十日舉辦，美國在台協會高雄分處"
        "處長王大明及在高外籍人士百餘人應邀出席。",
        period="2018-07/2018-12",
    )
    event = named(ext, "一○七年外籍人士耶誕聯誼會")
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=event)
    assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "王大明"), target=event)


# (round 36c)
def test_a_bare_verb_of_holding_after_another_event_is_spoken_of_holds_nothing() -> None:
    ext = chapter(
        "（２）「第五屆仙台七夕祭」。本府組團前往仙台市參加「2018仙台國際音樂節」；本府亦於同月舉辦。",
        period="2018-07/2018-12",
    )
    assert not rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=named(ext, "第五屆仙台七夕祭"))


# 11. the office writing the report naming itself 本處 (本處擬於明年續辦「…」): a body of
# the city's own, which holds what it holds (round 36c)
def test_the_writing_office_holds_for_the_city() -> None:
    ext = chapter(
        "（２）本處擬於明年端午節續辦「一○八年高雄市國際龍舟賽」。",
        period="2018-07/2018-12",
    )
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=named(ext, "一○八年高雄市國際龍舟賽"))


# 15. the item titled by its event, held in a sentence of its own (「…」。本府於…舉辦。):
# the guests the next sentence tells came to it (round 36c)
def test_an_item_titled_by_its_event_held_in_a_sentence_of_its_own() -> None:
    ext = chapter(
        "（２）「二○一八高雄國際音樂節」。本府於十一月十二日至十四日舉辦。美國哥倫布市市長金恩應邀"
        "率該市經貿文化訪問團一行三十人蒞高參加開幕典禮並致詞。",
        period="2018-07/2018-12",
    )
    event = named(ext, "二○一八高雄國際音樂節")
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=event)
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "金恩"))
    assert rels(ext, RelType.VISITED, source=named(ext, "哥倫布市"), target=KAOHSIUNG)


# 17. a work report's field label opening a line (辦理情形：本府於…舉辦「…」): no words of
# the sentence, which is read as if it opened the line (round 36c)
def test_a_field_label_opening_a_line_is_no_part_of_its_sentence() -> None:
    ext = chapter(
        "１、舉辦「一○七年高雄市國際龍舟賽」",
        "辦理情形：本府於六月十八日在蓮池潭舉辦「一○七年高雄市國際龍舟賽」。",
        period="2018-01/2018-06",
    )
    (hosted,) = rels(ext, RelType.HOSTED, source=KAOHSIUNG)
    assert any(e.text.startswith("本府於六月十八日") for e in hosted.evidence)


# 20. the item titled by its event, the city going to a place to join it with a bare
# verb (（１）「第五屆仙台七夕祭」。本府…前往日本仙台市參加。): the place, for which the
# event is named, holds it, the title quoted as evidence (round 36c)
def test_a_titled_event_joined_where_it_is_named_for_is_held_there() -> None:
    ext = chapter(
        "（１）「第五屆仙台七夕祭」。本府李副市長於八月三日至六日率團前往日本仙台市參加。",
        period="2018-07/2018-12",
    )
    event = named(ext, "第五屆仙台七夕祭")
    (hosted,) = rels(ext, RelType.HOSTED, source=named(ext, "仙台市"), target=event)
    assert any(e.text == "「第五屆仙台七夕祭」。" for e in hosted.evidence)
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)


# 9. 該處 before the verb of holding an event (出席該處假某飯店主辦之「…」): the office
# (某辦事處) named before holds it, its whole name read, no body called 該處 (round 36e)
def test_that_office_holding_an_event_is_the_office_named_before() -> None:
    ext = chapter(
        "一、五月三十日，英國在台辦事處處長史密斯（John Smith）邀請本府出席該處假本市漢來飯店"
        "主辦之「英國商品展示說明會」。",
        period="1991-01/1991-06",
    )
    event = named(ext, "英國商品展示說明會")
    hosts = rels(ext, RelType.HOSTED, target=event)
    assert [r.source for r in hosts] == [named(ext, "英國在台辦事處")]


# 2. an unquoted games named for another place, told by its preparation (就2006年某市
# 亞運會籌備情形交換意見): the place it is named for holds it (round 36f)
def test_a_games_told_by_its_preparation_is_held_by_the_place_it_is_named_for() -> None:
    ext = chapter(
        "外賓來訪",
        "89年3月5日，日本福岡市議會議長山田太郎率議員一行8人訪問本市，由市長親自接見，"
        "雙方就觀光推廣及2006年福岡亞運會籌備情形交換意見。",
        period="2000-01/2000-06",
    )
    hosted = rels(ext, RelType.HOSTED, source=named(ext, "福岡市"))
    assert [h.target for h in hosted] == ["event:福岡亞運會:2006"]


# 5. a body glossed by its acronym holding the event named next with 的 for 之
# (出席某某組織（ABC）主辦的「…」): it holds the event (round 36f)
def test_a_body_holding_with_de_for_zhi_holds_the_event() -> None:
    ext = chapter(
        "市府出訪",
        "本府衛生局於五月七日至十一日派員前往泰國曼谷市，出席亞洲衛生組織（AHO）主辦的"
        "「都市防疫研討會」，與各國代表交換經驗。",
        period="2019-01/2019-06",
    )
    hosted = rels(ext, RelType.HOSTED, source=named(ext, "亞洲衛生組織"))
    assert [h.target for h in hosted] == ["event:都市防疫研討會:2019"]


# 1. a bureau's report naming itself as the holder (由本局主辦之「…」): the city's own
# event, not a body of a foreign place named in the sentence (round 37c)
def test_an_event_held_by_the_reporting_bureau_is_the_citys() -> None:
    ext = chapter(
        "由本局主辦之「2018高雄國際青少年籃球邀請賽」，已於七月二日至六日在鳳山體育館舉行，"
        "計有日本熊本市代表隊參賽。",
        period="2018-07/2018-12",
    )
    event = named(ext, "2018高雄國際青少年籃球邀請賽")
    hosts = [r.source for r in rels(ext, RelType.HOSTED, target=event)]
    assert hosts == [KAOHSIUNG]


# 4. an event named with the days it opened and closed (五月十日開幕、十二日閉幕的「某論壇」),
# then called by its kind opening the next sentence (論壇由本府與某協會合辦): the event
# named, held by those written between 由 and the verb, and the invitation told after
# it is to that event (round 39a)
def test_an_event_dated_by_its_opening_and_called_by_its_kind_is_co_held() -> None:
    ext = chapter(
        "十月三日開幕、五日閉幕的「七十五年國際水岸城市論壇」，是下半年市府最盛大的國際會議。"
        "論壇由本府與高雄市觀光協會合辦，在國賓大飯店舉行，邀請熊本市、光州市派員與會。",
        period="1986-07/1986-12",
    )
    forum = named(ext, "七十五年國際水岸城市論壇")
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=forum)
    assert rels(ext, RelType.HOSTED, source=named(ext, "高雄市觀光協會"), target=forum)
    invited = rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "光州市"))
    assert [i.properties.get("event") for i in invited] == [forum]


# 6. an event held at the city's own venue (於本府工務局舉辦「…」) in a sentence that
# spoke of a foreign place before: the city's event, not that place's (round 39c)
def test_an_event_held_at_the_citys_own_bureau_is_not_the_places_before() -> None:
    ext = chapter(
        "日本廣島縣於本年7月遭受豪雨災害，本府並於107年9月13日邀請廣島縣危機管理課課長"
        "宮田花子來高，於本府工務局舉辦「豪雨救災經驗分享座談會」。",
        period="2018-07/2018-12",
    )
    hosts = [r.source for r in ext.relations if r.type == RelType.HOSTED]
    assert hosts == [KAOHSIUNG]


# 15. the city helping a body hold an event (本府協助國立某大學辦理「…」): the body holds
# it, the city neither holds nor attends it; a city sending people to it came to the city
# (round 39c)
def test_the_body_the_city_helps_holds_the_event() -> None:
    ext = chapter(
        "（二）107年6月18日至19日，本府協助國立成功大學辦理「2018亞太青年領袖論壇」，"
        "計有日本、韓國等4國、約80名青年學子參加，福岡市並派遣國際交流課職員2名與會。",
    )
    event = "event:亞太青年領袖論壇:2018"
    hosts = [r.source for r in rels(ext, RelType.HOSTED, target=event)]
    assert hosts == [named(ext, "國立成功大學")]
    assert not rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    came = rels(ext, RelType.VISITED, source=named(ext, "福岡市"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["2018-06-18"]


# 4. visitors holding an event at one of the city's bureaus (來訪，並於本府觀光局舉辦
# 「…」): the visitors held it, the city only lent the room (review 39c)
@pytest.mark.parametrize(
    ("sentence", "host"),
    [
        (
            "3月15日日本熊本市觀光訪問團一行20人來訪，並於本府觀光局舉辦「熊本觀光推介會」，"
            "向本市旅行業者介紹熊本觀光資源。",
            "熊本",
        ),
        (
            "韓國釜山市觀光公社社長某某於5月12日率團來訪，並於本府經濟發展局舉辦"
            "「釜山觀光及會展產業說明會」。",
            "韓國釜山市觀光公社",
        ),
    ],
)
def test_visitors_holding_an_event_at_a_city_bureau_host_it(sentence: str, host: str) -> None:
    ext = chapter(sentence, period=H1_2016)
    assert rels(ext, RelType.HOSTED, source=named(ext, host))


# ---------------------------------------------------------------------------------------
# D. The right to host an edition won by the city.
# The form: the city is told to have won the right to host an edition (由本市取得「…」主辦權,
# 赴某市爭取「…」主辦權成功): the city hosts it; the place the bid was made in does not.
# ---------------------------------------------------------------------------------------


# 8. the hosting right won, the city named right before the verb or opening the sentence (round 40b)
@pytest.mark.parametrize(
    ("text", "event", "bid_in"),
    [
        (
            "經本府積極爭取，國際港灣城市協會理事會於10月3日決議由本市取得「2014世界港灣城市大會」主辦權。",
            "2014世界港灣城市大會",
            None,
        ),
        (
            "本府代表團於9月赴法國馬賽市爭取「2015世界海洋城市大會」主辦權成功。",
            "2015世界海洋城市大會",
            "馬賽市",
        ),
        (
            "亞洲城市聯盟大會於11月投票決定，由本市獲得「2014亞洲城市青年論壇」主辦權。",
            "2014亞洲城市青年論壇",
            None,
        ),
    ],
)
def test_the_right_to_host_won_by_the_city(text: str, event: str, bid_in: str | None) -> None:
    ext = chapter(text, period="2013-07/2013-12")
    event_id = named(ext, event)
    assert [h.source for h in rels(ext, RelType.HOSTED, target=event_id)] == [KAOHSIUNG]
    if bid_in:
        assert not rels(ext, RelType.HOSTED, source=named(ext, bid_in))


# ---------------------------------------------------------------------------------------
# I. The city told as the holder after the event is told as held.
# The form: a sentence opens with the event's name and where and when it was held, and a
# clause after it, naming no event, tells the city holds it (「…」於某日在某地舉行，為本市
# 首次承辦…; …，由本府某局主辦): the city hosted it.
# ---------------------------------------------------------------------------------------


# 13. the holder told after the event is told as held, in three wordings (round 40b)
@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "「2023亞洲帆船錦標賽」於112年4月3日至9日在西子灣海域舉行，為本市首次承辦亞洲帆船賽事。",
            "2023亞洲帆船錦標賽",
        ),
        (
            "「2023國際龍舟邀請賽」於112年6月3日至4日在愛河舉行，為本市首度主辦之國際水上賽事。",
            "2023國際龍舟邀請賽",
        ),
        ("「2023國際食品展」於112年9月3日在高雄展覽館舉行，由本府經發局主辦。", "2023國際食品展"),
    ],
)
def test_the_city_told_as_holder_after_the_event_is_held(text: str, event: str) -> None:
    ext = chapter("（一）本期交流概況如下。", text, period="2023-01/2023-12")
    assert [h.source for h in rels(ext, RelType.HOSTED, target=named(ext, event))] == [KAOHSIUNG]


# ---------------------------------------------------------------------------------------
# K. An event held by a foundation referred to by its kind.
# The form: a foundation named before (某某財團, 某某基金會) is taken up by its kind as the
# holder of the event the city is invited to (參加該財團明年2月舉辦之「…」, 出席該基金會
# 主辦之「…」): that foundation hosts it, as 該協會, 該局 do.
# ---------------------------------------------------------------------------------------


# 15. the holder taken up as 該財團 / 該基金會, in three wordings (round 40b)
@pytest.mark.parametrize(
    ("text", "host", "event"),
    [
        (
            "4.日本福岡亞洲都市研究財團理事長山田一郎於10月20日來訪，並邀請本府派員參加該財團"
            "明年2月舉辦之「2012亞洲都市論壇」。",
            "日本福岡亞洲都市研究財團",
            "2012亞洲都市論壇",
        ),
        (
            "5.仁川文化基金會代表團於11月3日拜會本府文化局，邀請本市藝術團體出席該基金會明年主辦之"
            "「2012仁川國際藝術節」。",
            "仁川文化基金會",
            "2012仁川國際藝術節",
        ),
        (
            "6.西雅圖國際交流財團於12月來函，邀請本市組團參加該財團於明年5月舉辦之"
            "「2012西雅圖青年論壇」。",
            "西雅圖國際交流財團",
            "2012西雅圖青年論壇",
        ),
    ],
)
def test_an_event_held_by_a_foundation_taken_up_by_its_kind(
    text: str, host: str, event: str
) -> None:
    ext = chapter(text, period="2011-07/2011-12")
    hosts = [h.source for h in rels(ext, RelType.HOSTED, target=named(ext, event))]
    assert hosts == [named(ext, host)]


# 1. a city that won the right to host (某市成功爭取「…」主辦權, 某市於9月爭取到「…」主辦權,
# 本府與某市共同爭取「…」主辦權成功): the winners host it (review 40b)
@pytest.mark.parametrize(
    ("text", "event", "hosts"),
    [
        (
            "仁川廣域市成功爭取「2016亞洲城市高峰會」主辦權，本府將組團參加。",
            "2016亞洲城市高峰會",
            {INCHEON},
        ),
        (
            "福岡市於9月爭取到「2015亞洲城市高峰會」主辦權，本府將組團參加。",
            "2015亞洲城市高峰會",
            {FUKUOKA},
        ),
        (
            "本府與韓國仁川廣域市共同爭取「2016亞洲港灣城市論壇」主辦權成功，將由兩市合辦。",
            "2016亞洲港灣城市論壇",
            {INCHEON, KAOHSIUNG},
        ),
    ],
)
def test_a_city_that_won_the_right_to_host_hosts(text: str, event: str, hosts: set[str]) -> None:
    ext = chapter(text, period="2013-07/2013-12")
    event_id = named(ext, event)
    assert {h.source for h in rels(ext, RelType.HOSTED, target=event_id)} == hosts


# 2. the city helping another win the right (赴某市協助乙市爭取「…」主辦權成功): the one
# helped hosts, not the city nor the place of the bidding (review 40b)
@pytest.mark.parametrize(
    "text",
    [
        "本府代表團於9月赴法國馬賽市協助福岡市爭取「2015世界海洋城市大會」主辦權成功。",
        "本府於9月派員赴法國馬賽市，協助福岡市爭取「2015世界海洋城市大會」主辦權成功。",
    ],
)
def test_the_city_helping_another_win_the_right_does_not_host(text: str) -> None:
    ext = chapter(text, period="2013-07/2013-12")
    event_id = named(ext, "2015世界海洋城市大會")
    assert [h.source for h in rels(ext, RelType.HOSTED, target=event_id)] == [FUKUOKA]


# the city helped by another to win the right (經交通部全力協助本市取得「…」主辦權): the
# city hosts, the help notwithstanding (found by the round-40 read-through)
@pytest.mark.parametrize(
    "text",
    [
        "（一）100年10月5日，經交通部全力協助本市取得「2013世界港灣城市大會」主辦權。",
        "（二）經中央全力協助本府爭取「2013世界港灣城市大會」主辦權成功。",
    ],
)
def test_the_city_helped_to_win_the_right_hosts(text: str) -> None:
    ext = chapter(text, period="2011-07/2011-12")
    event_id = named(ext, "2013世界港灣城市大會")
    assert [h.source for h in rels(ext, RelType.HOSTED, target=event_id)] == [KAOHSIUNG]


# 7. a trailing clause of a bid planned or of help given (為本市明年擬爭取主辦之國際會議;
# 由本府協助籌辦城市參訪行程): the city does not hold the event told held (review 40b)
@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "「2023世界港灣城市大會」於112年9月5日至8日在荷蘭鹿特丹市舉行，為本市明年擬爭取主辦之"
            "國際會議。",
            "2023世界港灣城市大會",
        ),
        (
            "「2023亞太城市論壇」於112年5月3日在台北市舉行，由本府協助籌辦城市參訪行程。",
            "2023亞太城市論壇",
        ),
        ("「2023國際食品展」於112年9月3日在台北市舉行，由本府經發局協辦。", "2023國際食品展"),
    ],
)
def test_a_trailing_clause_of_a_bid_or_help_makes_no_host(text: str, event: str) -> None:
    ext = chapter("（一）本期交流概況如下。", text, period="2023-01/2023-12")
    assert not rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=named(ext, event))


# 11. next year's edition of the city's own series, named bare, told joined by a guest
# (表示該市明年將再度組團參加高雄燈會): the city hosts that edition, as any of its own (review 40b)
@pytest.mark.parametrize(
    "text",
    [
        "3.福岡市長高島宗一郎於9月5日來訪，表示該市明年將再度組團參加高雄燈會。",
        "3.仁川廣域市副市長朴德洙於9月5日來訪，表示該市明年亦將組團參加高雄燈會。",
    ],
)
def test_next_years_edition_of_the_citys_series_told_joined_is_hosted(text: str) -> None:
    ext = chapter(text, period="2018-07/2018-12")
    festival = "event:kaohsiung-lantern-festival:2019"
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=festival)
    [part] = rels(ext, RelType.PARTICIPATED_IN, target=festival)
    assert part.properties["status"] == "planned"
