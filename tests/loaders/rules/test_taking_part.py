"""Tests of loaders/rules/taking_part.py: for a verb of joining (參加, 出席, 派團…), who took part
in which event, with what status and part played."""

from __future__ import annotations

import pytest

from graph.model import Attendance, Label, RelType
from tests.loaders.rules.helpers import (
    FESTIVAL_EDITION,
    FUKUOKA,
    H1_1992,
    H1_2016,
    H1_2019,
    H2_1991,
    KAOHSIUNG,
    KUMAMOTO,
    chapter,
    event_named,
    named,
    rels,
    visitors_chapter,
)

DRAGON_BOATS = "「2021高雄國際龍舟賽」"


PARTNERS = ("福岡市", "仁川廣域市", "西雅圖市")


def _took_part_from_afar(text: str) -> None:
    ext = chapter(f"（一）本府於110年6月5日舉辦{DRAGON_BOATS}。{text}", period="2021-01/2021-06")
    event = named(ext, DRAGON_BOATS.strip("「」"))
    for city in PARTNERS:
        party = named(ext, city)
        [part] = rels(ext, RelType.PARTICIPATED_IN, source=party, target=event)
        assert part.properties["status"] == "attended", city
        assert not rels(ext, RelType.VISITED, source=party), city


HARBOUR_FORUM = "本府於112年10月5日至6日在高雄展覽館舉辦「2023高雄國際港灣論壇」。"


GUESTS = "日本福岡市副市長中村英一、韓國仁川廣域市經濟副市長朴德洙"


SUMMIT = (
    "1.100年9月11日至14日，由陳市長率團赴澳洲布里斯本市參加由該市主辦之「2011亞太城市高峰會」。"
)


FOOTBALL = "本府體育局於111年10月8日至10日舉辦「2022高雄國際青少年足球邀請賽」，"


# (round 31a)
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


# (round 31b)
@pytest.mark.parametrize(
    ("sentence", "body", "place", "event"),
    [
        (
            "10月3日至8日，衛生局派員隨同國家衛生研究院，赴瑞士日內瓦出席「第50屆世界衛生大會」。",
            "國家衛生研究院",
            "日內瓦",
            "世界衛生大會",
        ),
        (
            "12月1日至5日，環保局派員隨同某某環境研究院，以觀察員名義赴德國柏林列席"
            "「第5屆國際氣候會議」。",
            "某某環境研究院",
            "柏林",
            "國際氣候會議",
        ),
    ],
)
def test_a_body_the_citys_staff_went_along_with_went_and_attended(
    sentence: str, body: str, place: str, event: str
) -> None:
    """「某局派員隨同某研究院，赴某地出席「…」」: the body went there on those days and
    attended too (列席, attending as an observer, is attending)."""
    got = chapter(sentence, period="2018-07/2018-12")
    held = event_named(got, event)
    went = rels(got, RelType.VISITED, source=named(got, body), target=named(got, place))
    assert [r.properties.get("start") for r in went] == [
        "2018-10-03" if "衛生" in body else "2018-12-01"
    ]
    for party in (KAOHSIUNG, named(got, body)):
        took = rels(got, RelType.PARTICIPATED_IN, source=party, target=held)
        assert [r.properties["status"] for r in took] == [Attendance.ATTENDED], party
    assert not rels(got, RelType.HOSTED, target=held)


# (round 31b)
def test_a_troupe_named_again_by_its_kind_word_takes_part() -> None:
    """「…偕同高雄市青年管樂團，於…赴某市訪問；管樂團參加「…」大遊行，並演出兩場」: 管樂團
    is the troupe named before, which performed."""
    got = chapter(
        "本府由王主任秘書率民政局人員，偕同高雄市青年管樂團，於6月4日至10日赴西雅圖訪問；"
        "管樂團參加「2018西雅圖海洋節」大遊行，並於市區演出兩場。"
    )
    fest = event_named(got, "西雅圖海洋節")
    took = rels(got, RelType.PARTICIPATED_IN, source=named(got, "高雄市青年管樂團"), target=fest)
    assert [r.properties.get("role") for r in took] == ["performer"]


# (round 31b)
def test_the_city_whose_troupe_went_along_takes_part_as_its_troupe_did() -> None:
    """「本府由某某率…人員，偕同高雄市某某樂團赴某市訪問；管樂團參加「…」大遊行」: the
    city, invited before, took part through the troupe it brought."""
    got = chapter(
        "4月間，西雅圖市市長史東（Mark Stone）致函陳市長，正式邀請本市組團參加"
        "「2018西雅圖海洋節」。",
        "本府由王主任秘書率民政局人員，偕同高雄市青年管樂團，於6月4日至10日赴西雅圖訪問；"
        "管樂團參加「2018西雅圖海洋節」大遊行，並於市區演出兩場。",
    )
    fest = event_named(got, "西雅圖海洋節")
    took = rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=fest)
    assert [r.properties["status"] for r in took] == [Attendance.ATTENDED]


# 3. the clause after an invitation telling the invitees' own doing (兩市均…參加) is
# what they did, not what they were asked to (review 31)
@pytest.mark.parametrize("subject", ["兩市均", "該二市皆", "福岡市及釜山市均"])
def test_invited_cities_told_as_taking_part_took_part(subject: str) -> None:
    ext = chapter(
        f"1.本府於5月函邀福岡市、釜山市，{subject}於10月組隊來高參加「2018高雄國際龍舟錦標賽」。"
    )
    race = named(ext, "2018高雄國際龍舟錦標賽")
    part = rels(ext, RelType.PARTICIPATED_IN, target=race)
    assert {r.properties["status"] for r in part} == {"attended"}
    assert len(part) == 2
    assert not [e for e in ext.entities if e.label == Label.PERSON]


# 10. asking someone of the city to take part (請本市旅行業者組團, 請本府各局處派員) is
# no invitation of the city (review 31)
@pytest.mark.parametrize(
    "sentence",
    [
        "1.7月3日，本府觀光局請本市旅行業者組團參加「2018大阪旅展」。",
        "1.7月3日，市長指示，請本府各局處派員參加「2018大阪國際研討會」。",
    ],
)
def test_asking_someone_of_the_city_to_go_is_no_invitation(sentence: str) -> None:
    ext = chapter(sentence)
    assert not rels(ext, RelType.INVITED)
    statuses = {r.properties["status"] for r in rels(ext, RelType.PARTICIPATED_IN)}
    assert "invited" not in statuses


# 9. drawing the public in as a purpose (為爭取某國遊客) takes nothing from the city's own
# taking part; the public an event drew is still no party (review 31)
def test_a_purpose_of_drawing_visitors_leaves_the_city_taking_part() -> None:
    ext = chapter("1.本府觀光局為爭取日本遊客於8月組團參加「2018大阪國際旅展」。")
    fair = named(ext, "2018大阪國際旅展")
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=fair)


# (round 32a)
def test_the_city_agreeing_to_send_someone_to_the_event_it_was_invited_to_plans_to_go() -> None:
    """…並邀請本府派員參加明年初於某市舉辦之「…」，本府已函復同意由觀光局派員參展: the
    city agreed, naming who will go: it plans to take part, not only invited."""
    got = chapter(
        "大阪市國際交流課課長山本一郎於9月間來訪，並邀請本府派員參加明年初於大阪舉辦之"
        "「大阪國際旅遊展」，本府已函復同意由觀光局派員參展。",
        period="2018-07/2018-12",
    )
    held = event_named(got, "大阪國際旅遊展")
    assert rels(
        got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=held, status=Attendance.PLANNED
    )


# (round 32a)
def test_envoys_stationed_here_at_the_citys_event_did_not_visit() -> None:
    """本府於…舉辦「…」，邀請某國駐華大使甲、某國在台協會副代表乙及某國貿易辦事處處長丙
    參加: envoys stationed in Taiwan (駐華 in the title, 在台 in the body) attended, and
    came to no city (tests/data/README.md)."""
    got = chapter(
        "本府於12月7日舉辦「2018駐華使節高雄參訪活動」，邀請巴拿馬共和國駐華大使羅培茲、"
        "比利時在台協會副代表馬丁及英國貿易文化辦事處處長白朗等單位代表參加。",
        period="2018-07/2018-12",
    )
    for envoy in ["羅培茲", "馬丁"]:
        assert rels(got, RelType.PARTICIPATED_IN, source=named(got, envoy))
        assert not rels(got, RelType.VISITED, source=named(got, envoy))


# (round 32a)
@pytest.mark.parametrize("edition", ["由伯斯市主辦之首屆", "首屆"])
def test_the_first_edition_of_an_event_is_joined_as_any_edition(edition: str) -> None:
    """…前往伯斯市參加由伯斯市主辦之首屆「2018亞太城市論壇」: 首屆 (the first edition)
    before the name leaves the verb governing the event, as 第3屆 does."""
    got = chapter(
        f"9月16日至20日，本府由黃副市長率建設局人員前往伯斯市參加{edition}「2018亞太城市論壇」。",
        period="2018-07/2018-12",
    )
    held = event_named(got, "亞太城市論壇")
    assert rels(
        got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=held, status=Attendance.ATTENDED
    )


# (round 32a)
def test_the_days_of_a_trip_told_one_by_one_go_on_with_its_delegation() -> None:
    """陳菊市長率…訪問大阪。10月4日拜會大阪市市長某某，…；翌日（5日）應邀出席「大阪
    市民祭」慶典: clauses with no subject of their own, each opening with what the
    delegation did that day, are its legs: the city attended the festival."""
    got = chapter(
        "1.陳市長率團訪問大阪",
        "10月3日至7日，陳菊市長率秘書處、建設局等局處主管一行20人訪問大阪。"
        "10月4日拜會大阪市市長山田一郎，雙方就交流成果交換意見；"
        "翌日（5日）應邀出席「大阪市民祭」慶典，並共同種植紀念樹。",
        period="2015-07/2015-12",
    )
    held = event_named(got, "大阪市民祭")
    assert rels(
        got, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=held, status=Attendance.ATTENDED
    )


# 9. a place's team sent by one of its bodies, the team's word the joining verb itself
# (其中某市由某龍舟協會組隊來訪參賽): the body took part and came (round 33b)
def test_a_body_forming_the_team_of_its_place_takes_part() -> None:
    ext = chapter(
        "本年端午節於愛河舉辦「2018高雄國際龍舟錦標賽」，本府事前邀請姊妹市熊本市及釜山市組隊參加。"
        "其中熊本市由熊本划艇協會組隊來訪參賽，與國內隊伍同場競技。"
    )
    club = named(ext, "熊本划艇協會")
    assert rels(ext, RelType.PARTICIPATED_IN, source=club, status="attended")
    assert rels(ext, RelType.VISITED, source=club, target=KAOHSIUNG)


# 10. a person qualified by his attending the event spoken of (與出席大會之某市市長某某
# 會晤): he attended it (round 33b)
def test_the_person_qualified_as_attending_the_event_attended_it() -> None:
    ext = chapter(
        "1.107年9月16日至20日，本府由史副市長率團前往澳洲布里斯本市參加「2018亞太城市高峰會」。"
        "會議期間，訪團於9月17日拜會布里斯本市長蘇利，並與出席大會之日本熊本市市長大西一史會晤。"
    )
    mayor = named(ext, "大西一史")
    assert rels(ext, RelType.PARTICIPATED_IN, source=mayor, status="attended")


# (round 33b)
def test_a_race_named_last_is_not_the_gathering_attended() -> None:
    ext = chapter(
        "1.107年9月16日至20日，本府由史副市長率團前往澳洲布里斯本市參加「2018亞太城市高峰會」。"
        "大會期間，該團拜會布里斯本市長蘇利，邀請該市明年組隊參加「2019高雄國際龍舟錦標賽」，"
        "並與出席大會之日本熊本市市長大西一史會晤。"
    )
    mayor = named(ext, "大西一史")
    events = {r.target for r in rels(ext, RelType.PARTICIPATED_IN, source=mayor)}
    assert not [e for e in events if "龍舟" in e]


# 7. one who could not, or was only to, attend the gathering did not attend it (review 33)
@pytest.mark.parametrize("qualifier", ["因病未能出席大會之", "原定出席大會之"])
def test_one_not_attending_the_gathering_did_not_attend(qualifier: str) -> None:
    ext = chapter(
        "1.81年3月16日至20日，本府由陳副市長率團前往日本福岡市參加「亞太城市高峰會」。"
        f"會議期間，並與{qualifier}大分市長佐藤健二以電話聯繫致意。",
        period=H1_1992,
    )
    mayor = named(ext, "佐藤健二")
    assert not rels(ext, RelType.PARTICIPATED_IN, source=mayor, status="attended")


# 11. a celebration of an occasion joined, named after the verb with no quotes (並應邀參加
# 國慶慶祝活動), is its own, not the event the text spoke of before (round 34b)
def test_a_celebration_joined_is_not_the_event_spoken_of() -> None:
    ext = chapter(
        "本年八月，本府經發局曾組團赴熊本市參加「二○一八年熊本國際產業商展」，並拜會熊本市長"
        "大西一史，當面邀請其於國慶期間來訪。",
        "經本府邀請，大西市長於十月中旬率該市官員四人來訪，並應邀參加國慶慶祝活動。",
        period="2018-07/2018-12",
    )
    event = named(ext, "二○一八年熊本國際產業商展")
    assert {r.source for r in rels(ext, RelType.PARTICIPATED_IN, target=event)} == {KAOHSIUNG}


# 12. events of a kind joined in general (協助對方廠商參加當地商展, 參加各地展覽): no event
# spoken of (round 34b)
def test_local_fairs_in_general_are_no_event_spoken_of() -> None:
    ext = chapter(
        "本年八月，本府經發局曾組團赴熊本市參加「二○一八年熊本國際產業商展」。",
        "十月十二日，陳其邁市長於市府接見熊本市長大西一史一行，雙方並共同簽署「高雄市與熊本市"
        "加強經貿交流協議書」，約定兩市互設服務窗口，並協助對方廠商參加當地商展。",
        period="2018-07/2018-12",
    )
    event = named(ext, "二○一八年熊本國際產業商展")
    assert {r.source for r in rels(ext, RelType.PARTICIPATED_IN, target=event)} == {KAOHSIUNG}


# 2. a clause whose subject is a head count of unnamed people (各界人士約200人出席,
# 學者專家三百餘人與會): the crowd attended, not a place the clause before spoke of (round 35c)
@pytest.mark.parametrize(
    "sentence",
    [
        "本府於3月舉辦「2018高雄國際論壇」，邀請金大中（首爾大學教授）擔任與談人，"
        "介紹釜山港區再開發經驗，各界人士約200人出席。",
        "本府於3月舉辦「2018高雄國際論壇」，邀請金大中（首爾大學教授）擔任與談人，"
        "就釜山港區再開發構想與國內學者對談，國內外學者專家三百餘人與會。",
    ],
)
def test_a_crowd_counted_attending_brings_no_place(sentence: str) -> None:
    ext = chapter(sentence)
    assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "金大中"))
    assert not rels(ext, RelType.PARTICIPATED_IN, source="city:kr:busan")


# (round 35c)
def test_a_place_sending_a_counted_group_still_attends() -> None:
    ext = chapter("本府於3月舉辦「2018高雄國際論壇」，釜山市派遣代表團30人與會。")
    assert rels(ext, RelType.PARTICIPATED_IN, source="city:kr:busan")


# (round 35c)
def test_members_counted_attending_are_not_the_host_nor_the_city() -> None:
    ext = chapter(
        "高雄市扶輪社主辦「2018年國際扶輪亞太地區會議」，來自亞太地區十六個國家之扶輪社社員"
        "八百餘人與會，本府協助安排會場，陳其邁市長應邀於開幕式致詞（107.5.15～5.18）。"
    )
    takers = {r.source for r in rels(ext, RelType.PARTICIPATED_IN)}
    assert takers == {named(ext, "陳其邁")}


# (round 35c)
def test_a_place_named_with_its_counted_people_attends() -> None:
    ext = chapter("本府於3月舉辦「2018高雄國際論壇」，熊本市代表10人出席。")
    assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "熊本市"))


# 3. a crowd counted that is the visitor's own party (一行代表十五人, 並與該市業者代表約三十人)
# attends with him (review 35)
def test_the_visitors_party_counted_attends_with_him() -> None:
    for line in (
        "（一）八十二年三月五日，日本長崎市市長田中一郎率團來訪，一行代表十五人出席本市舉辦之"
        "「國際港灣研討會」。",
        "（一）八十二年五月，日本長崎市市長田中一郎率團來訪，並與該市業者代表約三十人出席本府"
        "舉辦之「高長經貿說明會」。",
    ):
        ext = visitors_chapter(line)
        assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "田中一郎")), line
        assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "長崎市")), line


# 11. a body abroad inviting the city to an event it hosts: its city took no part (review 35)
def test_the_inviting_bodys_city_takes_no_part() -> None:
    for line in (
        "（一）八十二年四月，本府應日本長崎市國際交流協會之邀，派員赴長崎市參加該協會主辦之"
        "「日台青年論壇」。",
        "（一）八十二年四月，本市國際青年商會應日本長崎市國際交流協會之邀，赴長崎市參加"
        "「日台青年論壇」。",
    ):
        ext = visitors_chapter(line)
        assert not rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "長崎市")), line


# 12. a trip card's subject with no one named doing it (案由：出席「某市港祭」): the city
# took part, as the card is its trip (round 36b)
def test_a_trip_cards_subject_is_the_citys_doing() -> None:
    ext = chapter(
        "（一）",
        "案由：出席「2018清水港祭」",
        "日期：107年7月20日至23日",
        "地點：日本清水市",
        "出訪人員：海洋局局長、秘書處科員一人",
        "經過：港祭由清水市主辦，計有各國約二百人出席。",
    )
    joined = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert [p.properties.get("status") for p in joined] == ["attended"]
    assert any("出席「2018清水港祭」" in e.text for e in joined[0].evidence)


# 4. the city's official leading its delegation and a home school's troupe, the days
# told between the official and 率領 (本府某副市長於9月3日至6日率領…及本市某國小舞獅隊):
# the city takes part with its troupe (round 36c)
def test_the_city_leading_its_troupe_after_its_days_takes_part() -> None:
    ext = chapter(
        "（１）「第十屆仙台七夕祭」。本府陳副市長於九月三日至六日率領觀光局同仁及本市光華國小"
        "舞獅隊一行二十人前往日本仙台市參加。",
        period="2018-07/2018-12",
    )
    event = named(ext, "第十屆仙台七夕祭")
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)
    assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "光華國小舞獅隊"), target=event)


# 6. competing (組隊參賽) is taking part: cities listed (計有甲市、乙市等三個城市組隊參賽)
# at the city's own race took part and came; a tally of teams (共7隊參賽) names none (round 36c)
def test_cities_listed_as_competing_take_part() -> None:
    ext = chapter(
        "１、邀請姊妹市參加「一○七年高雄市國際龍舟賽」",
        "辦理情形：本府於六月十八日在蓮池潭舉辦「一○七年高雄市國際龍舟賽」，計有日本八王子市、"
        "美國哥倫布市及韓國光州廣域市等三個城市組隊參賽。",
        period="2018-01/2018-06",
    )
    event = named(ext, "一○七年高雄市國際龍舟賽")
    for city in ("八王子市", "哥倫布市", "光州廣域市"):
        assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, city), target=event)
        assert rels(ext, RelType.VISITED, source=named(ext, city), target=KAOHSIUNG)


# 25. a leader written after the words calling his place the city's partner (本市姊妹市
# 美國某市副市長某某（gloss）率…): those words are no part of who leads, who takes part (round 36c)
def test_a_leader_after_the_partner_called_so_leads() -> None:
    ext = chapter(
        "五月中旬，本市姊妹市紐西蘭奧克蘭市副市長克里斯多福．史東（Christopher Stone）率該市工商"
        "考察團一行十五人來訪，並於5/14出席本府建設局舉辦之「中紐經貿合作座談會」，以「投資環境」"
        "為題發表演說。",
        period="2018-01/2018-06",
    )
    person = named(ext, "克里斯多福．史東")
    (taking,) = rels(ext, RelType.PARTICIPATED_IN, source=person)
    assert taking.properties.get("role") == "speaker"


# 13. the event spoken of, called again by its kind after a verb of going round it
# (…舉辦「國際花卉博覽會」…本府已規劃…前往熊本觀摩博覽會): taking part in it (round 36d)
def test_touring_the_event_spoken_of_called_by_its_kind_is_taking_part() -> None:
    ext = chapter(
        "〔108.6.5〕田中會長表示，熊本市自三月起舉辦「國際花卉博覽會」。"
        "陳市長答稱，本府已規劃於八月間派員前往熊本觀摩博覽會。",
        period="2019-01/2019-06",
    )
    took_part = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert [(p.target, p.properties.get("status")) for p in took_part] == [
        (named(ext, "國際花卉博覽會"), "planned")
    ]


# 20. a joining told within a speaker's quoted words (某市長表示：「今年的某某節有高雄的
# 朋友參加，…」): the speaker took no part by saying so (round 36d)
def test_a_joining_within_quoted_speech_is_not_the_speakers() -> None:
    ext = chapter(
        "〔108.6.20〕本府觀光局組團參加熊本市主辦之「第三十屆火之國祭」。熊本市長大西一史在"
        "簽署儀式上表示：「今年的火之國祭有高雄的朋友參加，讓這個節日更有國際色彩。」",
        period="2019-01/2019-06",
    )
    assert not rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "大西一史"))


# 23. the city's staff going along with another body's delegation to an event (本府某局
# 派員隨同某部某局代表團出席觀摩): that body took part too (round 36d)
def test_a_body_whose_delegation_the_citys_staff_went_along_with_took_part() -> None:
    ext = chapter(
        "〔108.5.2〕由國際港埠協會（IAPH）主辦之「第三十屆世界港埠大會」，四月二十二日至二十九日"
        "在西班牙巴塞隆納市舉行。本府海洋局派員二人於四月二十日啟程，隨同交通部航港局代表團"
        "出席觀摩，已於昨（一）日返國。",
        period="2019-01/2019-06",
    )
    took_part = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "交通部航港局"))
    assert [p.properties.get("status") for p in took_part] == ["attended"]


# 14. the official the city sends abroad (本府派秘書處某某科長赴某市，參加「…」) attends
# what the city attends there (round 36e)
def test_an_official_the_city_sends_attends_its_event() -> None:
    ext = chapter(
        "一、十二月五日，本府派秘書處陳小明科長赴馬來西亞吉隆坡，參加某聯盟主辦之"
        "「一九九一年亞太城市研討會」。",
        period="1991-07/1991-12",
    )
    event = named(ext, "一九九一年亞太城市研討會")
    assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "陳小明"), target=event)


# 18. a home team led by the staff of one of the city's bureaus (某國小少棒隊由教育局派員
# 帶隊…參加「…」): the city takes part too (round 36e)
def test_a_team_led_by_a_bureaus_staff_brings_the_city() -> None:
    ext = chapter(
        "一、二月二十六日至三月一日，本市光華國小少棒隊應長崎市之邀，由教育局派員帶隊赴日本長崎市，"
        "參加長崎市少年棒球聯盟主辦之「一九九一年長崎國際少年棒球邀請賽」，榮獲亞軍。",
        period="1991-01/1991-06",
    )
    event = named(ext, "一九九一年長崎國際少年棒球邀請賽")
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)


# 1. a place named in the quoted title of a talk (以「某市的產業發展」為題發表演說):
# the talk's subject, not a party taking part in the event (round 36f)
def test_a_place_in_a_talks_title_takes_no_part() -> None:
    ext = chapter(
        "外賓來訪",
        "五月上旬，本市姊妹市美國西雅圖市副市長約翰．史密斯（John Smith）率該市經貿訪問團"
        "一行十人蒞高訪問，並於5/8出席本府經發局舉辦之「台美投資論壇」，以「西雅圖的產業發展」"
        "為題發表演說。",
        period="2019-01/2019-06",
    )
    assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "約翰.史密斯"))
    assert not rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "西雅圖市"))


# 5. a third party a speaker reports as taking part in his quoted words took part; the
# speaker did not (review 36d)
def test_a_party_reported_in_quoted_speech_took_part() -> None:
    ext = chapter(
        "〔108.2.21〕本府主辦之「高雄市108年元宵燈會」昨（二十）日揭幕，陳市長致詞表示："
        "「很高興熊本市組團參加本次燈會，也感謝仁川市致贈花燈。」",
        period=H1_2019,
    )
    (joined,) = rels(ext, RelType.PARTICIPATED_IN)
    assert joined.source == named(ext, "熊本")
    assert joined.properties.get("role") is None


# 14. the teams of the item's event listed by place and counted (計有甲市、乙市等二地代表隊
# 及本市代表隊二隊，合計四隊參賽): each place took part and came (round 37a)
def test_teams_listed_by_place_and_counted_took_part_and_came() -> None:
    ext = chapter(
        "計畫項目：舉辦「八十年高雄市國際青少年足球邀請賽」",
        "實際執行情形：",
        "1.本項比賽已於八月二日至八日假中正運動場舉行，計有日本熊本市、澳洲伯斯市等二地代表隊"
        "及本市代表隊二隊，合計四隊參賽。",
        period="1991-07/1991-12",
    )
    for city in ("熊本市", "伯斯市"):
        took = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, city))
        assert [t.properties.get("status") for t in took] == ["attended"], city
        came = rels(ext, RelType.VISITED, source=named(ext, city), target=KAOHSIUNG)
        assert [v.properties.get("start") for v in came] == ["1991-08-02"], city


# 10. a list of cities closed by the tally of their teams, then competing (計有甲市、乙市
# 及丙市等三隊參賽): each city listed took part in the event, and came (round 37c)
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


# 12. a meeting's resolution on its line (決議：請某局派員出席): what the meeting decided is
# planned, not done (round 37c)
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
# each a decision, planned (round 37c)
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


# 14. people sent counted (決議：請甲局及乙局各派一人出席): the city's side sends them (round 37c)
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


# 24. a register entry's clause attending an event with no subject, after one telling the
# person came down (金大使於十一月十八日特地南下，出席「…」開幕典禮並致詞): the entry's
# person took part, speaking (round 37d)
def test_a_register_entrys_unnamed_attendance_is_its_persons() -> None:
    ext = chapter(
        "本府於十一月十八日至十九日主辦「2018高雄港灣論壇」。",
        "第一位　李明洙（Lee Myung-soo）　大韓民國　大韓民國駐台北代表部代表",
        "李代表於十一月十九日專程南下，出席「2018高雄港灣論壇」閉幕式並致詞。",
        period="2018-07/2018-12",
    )
    took = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "李明洙"))
    assert [t.properties.get("role") for t in took] == ["speaker"]


# 6. teams listed in a work-plan item's planned schedule (預定進度：…計有…合計四隊參賽):
# planned, no one came yet (review 37a)
def test_teams_listed_in_a_planned_schedule_did_not_come() -> None:
    ext = chapter(
        "計畫項目：舉辦「八十年高雄市國際青少年足球邀請賽」",
        "預定進度：本項比賽訂於八月二日至八日舉行，計有日本熊本市、澳洲伯斯市等二地代表隊及本市"
        "代表隊二隊，合計四隊參賽。",
        period=H2_1991,
    )
    assert not [
        t for t in rels(ext, RelType.PARTICIPATED_IN) if t.properties.get("status") == "attended"
    ]
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)


# 7. a listed team told after not to have come (伯斯市代表隊則因故未能成行): invited only
# (review 37a)
def test_a_listed_team_that_did_not_come_was_only_invited() -> None:
    ext = chapter(
        "計畫項目：舉辦「八十年高雄市國際青少年足球邀請賽」",
        "實際執行情形：",
        "1.本項比賽已於八月二日至八日假中正運動場舉行，計有日本熊本市、澳洲伯斯市、韓國釜山市等"
        "三地代表隊及本市代表隊，合計四隊參賽，伯斯市代表隊則因故未能成行。",
        period=H2_1991,
    )
    perth = named(ext, "伯斯市")
    took = rels(ext, RelType.PARTICIPATED_IN, source=perth)
    assert [t.properties.get("status") for t in took] == ["invited"]
    assert not rels(ext, RelType.VISITED, source=perth)
    took = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "熊本市"))
    assert [t.properties.get("status") for t in took] == ["attended"]


# 11. a wish to come and take part in an edition to come, in its days (希望於明年某某節
# 期間率團來高參加): the edition, held by the city, the guest's part planned (review 37c)
def test_a_wish_to_take_part_during_an_edition_to_come_is_planned() -> None:
    ext = chapter(
        "日本熊本市長來訪時表示，希望於明年高雄燈會藝術節期間率團來高參加。",
        period="2018-01/2018-06",
    )
    (held,) = rels(ext, RelType.HOSTED, source=KAOHSIUNG)
    took = rels(ext, RelType.PARTICIPATED_IN, target=held.target)
    assert [(t.source, t.properties.get("status")) for t in took] == [
        (named(ext, "熊本市"), "planned")
    ]


# 2. teams of places marching in at the opening of the city's event (甲市、乙市等三地代表隊
# 與地主隊列隊進場): each place took part, and came (round 39a)
def test_teams_marching_in_at_the_opening_took_part() -> None:
    ext = chapter(
        "七月九日，本府體育處主辦之「七十五年高雄國際青少年排球邀請賽」於中正體育館開幕，"
        "日本熊本市、韓國光州市等兩地代表隊與地主隊列隊進場。",
        period="1986-07/1986-12",
    )
    for city in ("熊本市", "光州市"):
        place = named(ext, city)
        took_part = rels(ext, RelType.PARTICIPATED_IN, source=place)
        assert [p.properties.get("status").value for p in took_part] == ["attended"]
        assert rels(ext, RelType.VISITED, source=place, target=KAOHSIUNG)


# 11. an anniversary's celebration named unquoted (本市建市十週年慶祝大會於某地隆重舉行),
# the city's own, held; the captions after it attending "the celebration" (同日，某市某課
# 課長代表某市長出席慶祝大會) take part in it, and so came (round 39a)
def test_an_unquoted_anniversary_celebration_is_the_city_s_event() -> None:
    ext = chapter(
        "圖一　七十五年十月十日，本市建市十週年慶祝大會於文化中心隆重舉行，市長林振華致詞。",
        "圖二　同日，日本熊本市國際交流課課長田中一郎（前排右二）代表熊本市長出席慶祝大會。",
        period="1986-07/1986-12",
    )
    event = named(ext, "建市十週年慶祝大會")
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=event)
    for party in ("田中一郎", "熊本市"):
        pid = named(ext, party)
        assert rels(ext, RelType.PARTICIPATED_IN, source=pid, target=event)
        visits = rels(ext, RelType.VISITED, source=pid, target=KAOHSIUNG)
        assert [v.properties.get("start") for v in visits] == ["1986-10-10"]


# 16. a report given in a session on the state of something (於分組會議中報告某港區發展現況):
# speaking at the event (round 39a)
def test_reporting_on_the_state_of_things_is_speaking() -> None:
    ext = chapter(
        "十一月十九日至二十三日，本府秘書處專門委員林志明等三人出席奧克蘭市主辦之「第五屆太平洋"
        "港灣城市會議」，於分組會議中報告高雄港區發展現況。",
        period="1986-07/1986-12",
    )
    took_part = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "林志明"))
    assert [p.properties.get("role") for p in took_part] == ["speaker"]


# 32. performing at a part of the event spoken of, named again by its series' name
# (…組團參加今年的第七十七屆玫瑰節。…率領本市舞蹈團遠赴某市，在玫瑰節大遊行中演出): the
# city and its troupe took part, as performers (round 39a)
def test_performing_in_the_parade_of_the_festival_named_again_is_taking_part() -> None:
    ext = chapter(
        "四月初，波特蘭市長史密斯（John Smith）來函邀請本市組團參加今年的第八十屆玫瑰節。",
        "六月六日至十二日，民政局林局長率領本市青年民俗舞蹈團一行二十人遠赴波特蘭市，"
        "在玫瑰節大遊行中演出宋江陣，沿街觀眾掌聲不斷。",
        period="1987-01/1987-06",
    )
    troupe = named(ext, "青年民俗舞蹈團")
    took_part = rels(ext, RelType.PARTICIPATED_IN, source=troupe)
    assert [(p.properties.get("status").value, p.properties.get("role")) for p in took_part] == [
        ("attended", "performer")
    ]
    ours = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert [p.properties.get("status").value for p in ours] == ["attended"]


# 20. thanks for someone's attending (拜會某局長，感謝其出席本市論壇): a past taking part
# recalled, of another event, not one in the event the sentence is about (round 39b)
def test_thanks_for_attending_is_no_taking_part_in_the_event_told() -> None:
    ext = chapter(
        "本府海洋局於108年10月22日至25日派員赴韓國仁川市參加「2019韓國國際海事展」，並於"
        "10月23日拜會仁川市海洋水產局李大同局長，感謝其出席本市港灣城市論壇。",
        period="2019-07/2019-12",
    )
    parties = {r.source for r in rels(ext, RelType.PARTICIPATED_IN)}
    assert parties == {KAOHSIUNG}


# 23. a guest serving as the keynote speaker (擔任開幕專題演講人) at the city's event:
# he took part as a speaker (round 39b)
def test_serving_as_the_keynote_speaker_is_taking_part() -> None:
    ext = chapter(
        "本府於108年10月8日至9日主辦「2019高雄國際港灣論壇」，西雅圖市副市長Anna Smith擔任開幕"
        "專題演講人。",
        period="2019-07/2019-12",
    )
    [part] = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "Anna Smith"))
    assert (part.properties["status"].value, part.properties["role"]) == ("attended", "speaker")


# 17. the city's own series joined bare (出席高雄燈會開幕, 出席燈會活動) before the text
# named any edition of it: the edition of the year of the day the sentence dates (round 39c)
def test_the_citys_series_joined_bare_is_the_edition_of_the_days_year() -> None:
    ext = chapter(
        "2月22日日本松山市市長野志克仁率市府代表團抵高，出席高雄燈會藝術節開幕。",
        period="2016-01/2016-06",
    )
    took_part = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "野志克仁"))
    assert [p.target for p in took_part] == ["event:kaohsiung-lantern-festival:2016"]


# 18. one person coming alone, then joining in the next clause with no subject of its
# own (某市副市長某某來訪，出席燈會活動後…): he attended, not his city (round 39c)
def test_a_person_coming_alone_attends_what_the_next_clause_joins() -> None:
    ext = chapter(
        "2月24日澳大利亞西澳州伯斯市副市長Jemma Green（葛林）來訪，出席燈會活動後並與陳市長餐敘。",
        period="2016-01/2016-06",
    )
    took_part = rels(ext, RelType.PARTICIPATED_IN)
    assert [p.source for p in took_part] == [named(ext, "Jemma Green")]


# 21. talks on the city's own taking part in an event (商談本市參加「…」相關事宜): the
# city's part in it is planned (round 39c)
def test_talks_on_the_citys_taking_part_plan_it() -> None:
    ext = chapter(
        "2月24日澳大利亞西澳州伯斯市副市長Jemma Green（葛林）來訪，"
        "商談本市參加「2019亞太城市高峰會」相關事宜。",
    )
    took_part = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert [p.properties.get("status") for p in took_part] == ["planned"]


# 3. representatives of places written after 來自 (來自甲市、乙市等城市代表…參加): each place
# took part, and came; 來自 is no origin of a trip to elsewhere (review 39a)
@pytest.mark.parametrize(
    "sentence",
    [
        "三月五日，本府舉辦「2018國際港灣城市論壇」，來自日本熊本市、韓國光州市等城市代表一百餘人參加。",
        "三月五日，本府舉辦「2018國際港灣城市論壇」，來自熊本市、光州市及釜山市之代表一百餘人參加。",
        "三月五日，本府舉辦「2018國際港灣城市論壇」，來自美國洛杉磯市、日本熊本市及韓國釜山市等城市代表二百餘人與會。",
    ],
)
def test_places_written_after_laizi_take_part(sentence: str) -> None:
    ext = chapter(sentence)
    assert rels(ext, RelType.PARTICIPATED_IN, source=KUMAMOTO)
    assert rels(ext, RelType.VISITED, source=KUMAMOTO, target=KAOHSIUNG)


# 4. an anniversary's celebration named unquoted after the act of going to it or the other
# side of a tie (組團參加某市建市…慶祝活動, 本市與某市締結姊妹市…紀念酒會, 本市代表團出席…):
# the act and 與 no part of the name, the celebration not the city's own (review 39a)
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "熊本市長大西一史來函邀請本市組團參加熊本市建市一百三十週年慶祝活動。",
            "熊本市建市一百三十週年慶祝活動",
        ),
        (
            "十月十日，本市與熊本市締結姊妹市二十週年紀念酒會於熊本市舉行，由林副市長率團出席。",
            "締結姊妹市二十週年紀念酒會",
        ),
        (
            "十月十日，本市代表團出席熊本市建市一百三十週年慶祝大會，並拜會熊本市長。",
            "熊本市建市一百三十週年慶祝大會",
        ),
        (
            "十月十日，熊本市邀請本府派員出席該市建市一百三十週年慶祝大會，本府由林副市長率團出席。",
            "該市建市一百三十週年慶祝大會",
        ),
    ],
)
def test_an_anniversary_named_after_an_act_is_not_the_city_s(sentence: str, name: str) -> None:
    ext = chapter(sentence, period="2018-07/2018-12")
    events = [e for e in ext.entities if e.id.startswith("event:")]
    assert [e.name_zh.removeprefix("2018") for e in events] == [name]
    assert not rels(ext, RelType.HOSTED, source=KAOHSIUNG)
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=events[0].id)


# 10. performing at the festival named again, told as once done (本市舞蹈團曾於民國九十年在
# 玫瑰節大遊行中演出): no part in this year's edition (review 39a)
def test_a_performance_once_done_is_no_part_in_this_year_s_festival() -> None:
    ext = chapter(
        "四月，本府組團參加波特蘭市「2018玫瑰節」。本市舞蹈團曾於民國九十年在玫瑰節大遊行中演出。"
    )
    joined = rels(ext, RelType.PARTICIPATED_IN)
    assert [(r.source, r.properties.get("role")) for r in joined] == [(KAOHSIUNG, None)]


# 11. a country listed among cities whose capital bears its name (甲市、墨西哥、乙市等三地
# 代表隊…進場): no city-state, not its capital; the cities take part (review 39a)
def test_a_country_among_cities_is_not_its_capital() -> None:
    ext = chapter(
        "八月三日，本府教育局主辦之「2018高雄國際青少年足球邀請賽」於中正體育場開幕，"
        "日本熊本市、墨西哥、韓國光州市等三地代表隊與地主隊列隊進場。",
        period="2018-07/2018-12",
    )
    assert "city:mx:mexico-city" not in {e.id for e in ext.entities}
    assert rels(ext, RelType.PARTICIPATED_IN, source=KUMAMOTO)
    assert rels(ext, RelType.PARTICIPATED_IN, source="city:kr:gwangju")


# 2. the city helping a body hold one event (協助某大學辦理「甲」) leaves the city the
# one who goes to another event in a later clause (另…組團赴某市參加「乙」) (review 39c)
def test_helping_a_body_hold_one_event_keeps_the_city_at_another() -> None:
    ext = chapter(
        "本府協助國立中山大學辦理「2016亞太海洋論壇」，另於5月10日組團赴韓國釜山市參加"
        "「2016釜山港灣論壇」。",
        period=H1_2016,
    )
    forum = named(ext, "2016釜山港灣論壇")
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=forum)
    assert not rels(
        ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=named(ext, "2016亞太海洋論壇")
    )


# 3. a foreign city's troupe coming to perform at an event the city helps a body hold
# (本府協助某大學辦理「…」，某市並派遣交響樂團…來高演出) takes part as performer (review 39c)
@pytest.mark.parametrize(
    "sentence",
    [
        "105年4月7日至9日，本府協助國立中山大學辦理「2016亞太音樂節」，日本熊本市並派遣交響樂團"
        "團員12名來高演出。",
        "105年4月7日至9日，本府協助國立中山大學辦理「2016亞太音樂節」，日本熊本市交響樂團並應邀"
        "來高演出。",
    ],
)
def test_a_troupe_performing_at_a_helped_event_takes_part(sentence: str) -> None:
    ext = chapter(sentence, period=H1_2016)
    city = named(ext, "熊本")
    took_part = rels(ext, RelType.PARTICIPATED_IN, source=city, target=named(ext, "2016亞太音樂節"))
    assert [(p.properties.get("status"), p.properties.get("role")) for p in took_part] == [
        ("attended", "performer")
    ]
    assert rels(ext, RelType.VISITED, source=city, target=KAOHSIUNG)


# 8. the city's own series joined bare (出席高雄燈會開幕): the city holds that edition, so
# its bureau arranging a guest's attending (安排其出席) takes no part in it; a meeting
# about the series (高雄燈會檢討會) is no edition of it (review 39c)
@pytest.mark.parametrize(
    "sentence",
    [
        "2月22日日本松山市國際交流課課長高橋一郎來訪，本府觀光局並安排其出席高雄燈會開幕。",
        "5月20日陳市長出席高雄燈會檢討會，感謝各國友好城市參與。",
        "2月10日本府觀光局長許傳盛出席高雄燈會行前記者會。",
    ],
)
def test_the_city_takes_no_part_in_its_own_series_joined_bare(sentence: str) -> None:
    ext = chapter(sentence, period=H1_2016)
    assert not rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    if "會開幕" not in sentence:  # the meeting: no edition joined by anyone
        assert not rels(ext, RelType.PARTICIPATED_IN)


# 8c. a guest told coming, then escorted by the city's official to an event (由本府觀光
# 局長某某陪同出席…): the guest attends (review 39c)
@pytest.mark.parametrize("event", ["高雄燈會", "「2016高雄燈會」"])
def test_a_guest_escorted_to_an_event_attends(event: str) -> None:
    ext = chapter(
        f"2月22日日本松山市市長野志克仁來訪，由本府觀光局長許傳盛陪同出席{event}開幕。",
        period=H1_2016,
    )
    took_part = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "野志克仁"))
    assert [p.properties.get("status") for p in took_part] == ["attended"]


# ---------------------------------------------------------------------------------------
# A. Yearly part in the city's own event, named as the city's (本市燈會).
# The form: a partner "since a year" (自X年起, 自X年與本市締結姊妹市以來, 於X年締盟後)
# "every year" (每年, 歷年, 年年) joins the city's event named by the city itself
# (參加本市燈會, 參與本市燈會藝術節): it took part in each past edition, inferred.
# ---------------------------------------------------------------------------------------


# 1. the yearly part in the city's own festival, named 本市燈會, in three wordings (round 40b)
@pytest.mark.parametrize(
    ("text", "city", "since"),
    [
        (
            "1.福岡市自2013年與本市締結姊妹市以來，每年均組團參加本市燈會，情誼深厚。",
            "city:jp:fukuoka",
            2013,
        ),
        (
            "1.宿霧市自2015年起年年組團參與本市燈會藝術節，從未間斷。",
            "city:ph:cebu-city",
            2015,
        ),
        (
            "1.仁川廣域市自103年締結友好城市後，歷年均派舞蹈團出席本市燈會演出。",
            "city:kr:incheon",
            2014,
        ),
    ],
)
def test_yearly_part_in_the_citys_own_festival(text: str, city: str, since: int) -> None:
    ext = chapter(text, period="2018-07/2018-12")
    for year in range(since, 2018):
        assert rels(
            ext,
            RelType.PARTICIPATED_IN,
            source=city,
            target=FESTIVAL_EDITION.format(year),
            status="attended",
            inferred=True,
        ), year
    assert not rels(ext, RelType.PARTICIPATED_IN, target=FESTIVAL_EDITION.format(since - 1))


# ---------------------------------------------------------------------------------------
# B. Partners listed as taking part in the city's event from afar.
# The form: after the city invites partners to its event in a way other than coming
# (以視訊方式, 以錄製影片致賀方式, 線上), a list (計有/包括/分別為 A、B…) tells the ones who
# took part, by a verb of doing it from afar (線上參與, 錄製祝賀影片, 提供祝賀影片): each
# took part (attended), and none came to the city (taking part from afar is no visit).
# ---------------------------------------------------------------------------------------


# 2. a list in the inviting clause, its verb online (計有…等3個城市線上參與) (round 40b)
def test_a_list_taking_part_online_in_the_inviting_clause() -> None:
    _took_part_from_afar(
        "因疫情改邀請姊妹市以視訊方式參與，計有日本福岡市、韓國仁川廣域市及美國西雅圖市"
        "等3個城市線上參與開幕典禮。"
    )


# 3. a list of its own after the invitation, its verb a recorded video (均錄製影片) (round 40b)
def test_a_list_of_its_own_recording_videos() -> None:
    _took_part_from_afar(
        "囿於邊境管制，本府邀請各姊妹市錄製加油影片參與，包括日本福岡市、韓國仁川廣域市及"
        "美國西雅圖市均錄製影片為選手加油。"
    )


# 4. a long list counted, sending greeting videos (等3個城市提供祝賀影片), then shown (round 40b)
def test_a_long_counted_list_sending_greeting_videos() -> None:
    _took_part_from_afar(
        "本府改邀請各友好城市以預錄影片方式參與，計有日本福岡市、韓國仁川廣域市、美國西雅圖市"
        "等3個城市提供祝賀影片，於開幕式中播放。"
    )


# 5. the list named as those taking part online (以線上方式參與之姊妹市分別為…) (round 40b)
def test_the_partners_taking_part_online_are_listed() -> None:
    _took_part_from_afar(
        "因疫情影響，以線上方式參與之姊妹市分別為日本福岡市、韓國仁川廣域市及美國西雅圖市。"
    )


# ---------------------------------------------------------------------------------------
# F. Those at the city's event listed by a noun of attending.
# The form: after the event is told, a list opened by a noun of those attending (實體出席
# 者包括, 出席之外賓計有, 現場出席人員計有) names guests by place, title and name: each took
# part in the event spoken of (attended) and, there in person, came to the city (出席之外賓
# 計有: the noun may follow 之).
# ---------------------------------------------------------------------------------------


# 10. guests listed after a noun of attending took part, in three wordings (round 40b)
@pytest.mark.parametrize(
    "listed",
    [
        f"實體出席者包括{GUESTS}、菲律賓宿霧市市長拉瑪等；美國西雅圖市市長以視訊方式致詞。",
        f"出席之外賓計有{GUESTS}及菲律賓宿霧市市長拉瑪。",
        f"現場出席人員計有{GUESTS}、菲律賓宿霧市市長拉瑪等人。",
    ],
)
def test_guests_listed_by_a_noun_of_attending_took_part(listed: str) -> None:
    ext = chapter(HARBOUR_FORUM + listed, period="2023-07/2023-12")
    event = named(ext, "2023高雄國際港灣論壇")
    for name in ("中村英一", "朴德洙", "拉瑪"):
        person = named(ext, name)
        [part] = rels(ext, RelType.PARTICIPATED_IN, source=person, target=event)
        assert part.properties["status"] == "attended", name
        assert rels(ext, RelType.VISITED, source=person, target=KAOHSIUNG), name


# ---------------------------------------------------------------------------------------
# G. Invited to hold exchanges at the city's event, held.
# The form: the city holds an exchange (a week of online classes, a forum, a camp) and
# invites bodies to hold exchanges with its own schools or people (邀請甲會及乙會與本市
# 學校進行線上課程交流): each invited took part (attended), came only if it was held in
# person; a head count of people right after the verb (參與學生逾600人, 出席學員約120人)
# counts them, none of the parties named before it.
# ---------------------------------------------------------------------------------------


# 11. invitees holding exchanges at the city's event took part, in three wordings (round 40b)
@pytest.mark.parametrize(
    ("text", "bodies", "online"),
    [
        (
            "（二）本市教育局於111年5月20日至27日辦理「2022國際教育線上交流週」，邀請福岡市教育"
            "委員會及仁川廣域市國際交流財團與本市15所國中小學進行線上課程交流，參與學生逾600人。",
            ("福岡市教育委員會", "仁川廣域市國際交流財團"),
            True,
        ),
        (
            "（二）本府青年局於111年3月3日舉辦「2022青年城市線上論壇」，邀請西雅圖市青年委員會及"
            "福岡市國際交流協會進行視訊交流，出席學員約120人。",
            ("西雅圖市青年委員會", "福岡市國際交流協會"),
            True,
        ),
        (
            "（二）本府教育局於111年4月8日舉辦「2022高雄國際學生交流營」，邀請宿霧市聖卡洛斯大學"
            "與本市高中學生進行文化交流，參加學生共80人。",
            ("宿霧市聖卡洛斯大學",),
            False,
        ),
    ],
)
def test_invitees_holding_exchanges_took_part(
    text: str, bodies: tuple[str, ...], online: bool
) -> None:
    ext = chapter(text, period="2022-01/2022-06")
    for name in bodies:
        body = named(ext, name)
        [part] = rels(ext, RelType.PARTICIPATED_IN, source=body)
        assert part.properties["status"] == "attended", name
        assert bool(rels(ext, RelType.VISITED, source=body)) is not online, name
    parties = {r.source for r in rels(ext, RelType.PARTICIPATED_IN)}
    assert parties == {named(ext, name) for name in bodies}  # not the cities named


# ---------------------------------------------------------------------------------------
# H. The city's part in another's event, the event named between the verb and the part.
# The form: one of the city's officials "serves as" a part at an event another holds,
# named whole in between (擔任某市主辦之「某某線上論壇」與談人, 擔任某市「…」專題演講人):
# the city took part with that role (與談人: panelist; 主講人, 演講人: speaker).
# ---------------------------------------------------------------------------------------


# 12. a part played at another's event named whole before the part, in three wordings (round 40b)
@pytest.mark.parametrize(
    ("text", "event", "role"),
    [
        (
            "112年3月9日，本府王副市長以線上方式擔任日本福岡市主辦之「亞洲城市永續線上論壇」與談人，"
            "分享本市推動淨零經驗。",
            "2023亞洲城市永續線上論壇",
            "panelist",
        ),
        (
            "112年5月3日，本府研考會主委擔任美國西雅圖市「2023智慧城市高峰會」專題演講人，"
            "分享本市數位治理經驗。",
            "2023智慧城市高峰會",
            "speaker",
        ),
        (
            "112年6月2日，本府海洋局長擔任仁川廣域市舉辦之「2023仁川港灣論壇」綜合座談與談人，"
            "說明本市港區轉型成果。",
            "2023仁川港灣論壇",
            "panelist",
        ),
    ],
)
def test_a_part_played_at_an_event_named_before_the_part(text: str, event: str, role: str) -> None:
    ext = chapter(text, period="2023-01/2023-06")
    [part] = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=named(ext, event))
    assert part.properties["status"] == "attended"
    assert part.properties["role"] == role


# ---------------------------------------------------------------------------------------
# L. Places named as those attending, by a noun after their list.
# The form: at an event the city attends, its side meets or talks with places listed
# before a noun of attendees (與甲市、乙州等與會城市代表交換意見, 與甲市及乙市等與會城市
# 之港務代表座談): each place took part in the event the city is at (the last its item or
# the section holding it tells the city attends or holds, not one it invites to).
# ---------------------------------------------------------------------------------------


# 16. places listed before a noun of attendees took part, in four wordings (round 40b)
@pytest.mark.parametrize(
    ("text", "places", "event"),
    [
        (  # (an item of its own, after an invitation to an event still to come)
            SUMMIT + "\n2.會議期間，陳市長邀請仁川廣域市長出席「2012高雄國際龍舟賽」，另與日本"
            "福岡市、馬來西亞檳城州等與會城市代表交換城市治理經驗。",
            ("福岡市", "檳城州"),
            "2011亞太城市高峰會",
        ),
        (
            SUMMIT + "會議期間，本府代表團另與韓國仁川廣域市及越南峴港市等與會城市進行交流。",
            ("仁川廣域市", "峴港市"),
            "2011亞太城市高峰會",
        ),
        (  # the list joined by 與, as the list opens (found by the round-40 read-through)
            SUMMIT + "會議期間，本府代表團另與韓國仁川廣域市與越南峴港市等與會城市進行交流。",
            ("仁川廣域市", "峴港市"),
            "2011亞太城市高峰會",
        ),
        (
            "1.本府海洋局於9月5日至9日赴法國馬賽市參加「2011世界港灣城市大會」，會中並與德國漢堡市"
            "及荷蘭鹿特丹市等與會城市之港務代表座談。",
            ("漢堡市", "鹿特丹市"),
            "2011世界港灣城市大會",
        ),
    ],
)
def test_places_named_as_attendees_took_part(
    text: str, places: tuple[str, ...], event: str
) -> None:
    ext = chapter(*text.split("\n"), period="2011-07/2011-12")
    event_id = named(ext, event)
    for place in places:
        [part] = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, place))
        assert part.target == event_id, place
        assert part.properties["status"] == "attended", place


# ---------------------------------------------------------------------------------------
# M. A team named for its place, coming to the city's match.
# The form: a team or troupe whose name its place opens is the subject, then who led it
# or its number (某市少年足球隊由某某帶隊來高參賽, 某市少年足球隊一行20人抵高參賽, 某市
# 少年足球隊亦由教練某某率隊員來高參賽): the team took part in the city's event and came.
# ---------------------------------------------------------------------------------------


# 17. a team named for its place took part and came, in three wordings (round 40b)
@pytest.mark.parametrize(
    ("text", "team"),
    [
        (
            FOOTBALL + "仁川廣域市青少年足球隊由該市體育會理事朴正民帶隊來高參賽。",
            "仁川廣域市青少年足球隊",
        ),
        (FOOTBALL + "福岡市少年足球隊一行20人於10月7日抵高參賽。", "福岡市少年足球隊"),
        (FOOTBALL + "另西雅圖市少年足球隊亦由教練史密斯率隊員16人來高參賽。", "西雅圖市少年足球隊"),
    ],
)
def test_a_team_named_for_its_place_took_part_and_came(text: str, team: str) -> None:
    ext = chapter(text, period="2022-07/2022-12")
    body = named(ext, team)
    [part] = rels(ext, RelType.PARTICIPATED_IN, source=body)
    assert part.target == named(ext, "2022高雄國際青少年足球邀請賽")
    assert part.properties["status"] == "attended"
    assert rels(ext, RelType.VISITED, source=body, target=KAOHSIUNG)


# 5. places at a later meeting of the city's own item (2.…赴某市出席某某會議，會中與甲市、
# 乙市等與會城市代表交換意見): not at the event an earlier item told (review 40b)
def test_places_at_a_meeting_of_the_items_own_are_not_at_an_earlier_items_event() -> None:
    ext = chapter(
        "1.100年9月11日至14日，由陳市長率團赴澳洲布里斯本市參加由該市主辦之「2011亞太城市高峰會」。",
        "2.100年10月20日至22日，本府研考會主委赴日本橫濱市出席亞洲城市首長會議，會中與大阪市、"
        "名古屋市等與會城市代表交換意見。",
        period="2011-07/2011-12",
    )
    summit = named(ext, "2011亞太城市高峰會")
    for place in ("大阪市", "名古屋市"):
        assert not rels(ext, RelType.PARTICIPATED_IN, source=named(ext, place), target=summit)


# 8. a yearly part in the city's event whose sentence tells this year's was not taken
# (每年均組團參加本市燈會，惟今年因疫情未能來台): the years before, not this one (review 40b)
@pytest.mark.parametrize(
    ("text", "period", "year"),
    [
        (
            "1.福岡市自2013年與本市締結姊妹市以來，每年均組團參加本市燈會，惟今年因疫情未能來台。",
            "2021-01/2021-06",
            2021,
        ),
        (
            "1.福岡市自2013年與本市締結姊妹市以來，每年均組團參加本市燈會，本年因該市市長選舉暫停組團。",
            "2019-01/2019-06",
            2019,
        ),
    ],
)
def test_a_yearly_part_not_taken_this_year(text: str, period: str, year: int) -> None:
    ext = chapter(text, period=period)
    festival = "event:kaohsiung-lantern-festival:{}"
    for past in range(2013, year):
        assert rels(ext, RelType.PARTICIPATED_IN, source=FUKUOKA, target=festival.format(past))
    assert not rels(ext, RelType.PARTICIPATED_IN, source=FUKUOKA, target=festival.format(year))


# 9. bodies listed before people sent once for all (甲市教育委員會及乙市某財團均派員來高
# 與會), a head count of the city's own pupils after: each body took part and came (review 40b)
@pytest.mark.parametrize(
    "text",
    [
        "（二）本市教育局於111年5月20日辦理「2022國際教育論壇」，福岡市教育委員會及仁川廣域市國際"
        "交流財團均派員來高與會，參與學生逾600人。",
        "（二）本市教育局於111年5月20日辦理「2022國際教育論壇」，福岡市教育委員會、仁川廣域市國際"
        "交流財團亦派員出席，本市參與學生約300人。",
    ],
)
def test_bodies_listed_before_people_sent_once_took_part(text: str) -> None:
    ext = chapter(text, period="2022-01/2022-06")
    event = named(ext, "2022國際教育論壇")
    for name in ("福岡市教育委員會", "仁川廣域市國際交流財團"):
        body = named(ext, name)
        [part] = rels(ext, RelType.PARTICIPATED_IN, source=body, target=event)
        assert part.properties["status"] == "attended", name
        assert rels(ext, RelType.VISITED, source=body, target=KAOHSIUNG), name
