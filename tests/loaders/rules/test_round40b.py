"""Round 40b: events and who took part in them, read by error class (participation,
hosting and invitations), each form tested on invented sentences in several wordings.

The forms came from sorting what the blind pairs 100b (2011) and 111b (2022) missed;
the sentences here are not theirs."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels

FESTIVAL = "event:kaohsiung-lantern-festival:{}"

# ---------------------------------------------------------------------------------------
# A. Yearly part in the city's own event, named as the city's (本市燈會).
# The form: a partner "since a year" (自X年起, 自X年與本市締結姊妹市以來, 於X年締盟後)
# "every year" (每年, 歷年, 年年) joins the city's event named by the city itself
# (參加本市燈會, 參與本市燈會藝術節): it took part in each past edition, inferred.
# ---------------------------------------------------------------------------------------


# 1. the yearly part in the city's own festival, named 本市燈會, in three wordings
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
            target=FESTIVAL.format(year),
            status="attended",
            inferred=True,
        ), year
    assert not rels(ext, RelType.PARTICIPATED_IN, target=FESTIVAL.format(since - 1))


# ---------------------------------------------------------------------------------------
# B. Partners listed as taking part in the city's event from afar.
# The form: after the city invites partners to its event in a way other than coming
# (以視訊方式, 以錄製影片致賀方式, 線上), a list (計有/包括/分別為 A、B…) tells the ones who
# took part, by a verb of doing it from afar (線上參與, 錄製祝賀影片, 提供祝賀影片): each
# took part (attended), and none came to the city (taking part from afar is no visit).
# ---------------------------------------------------------------------------------------

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


# 2. a list in the inviting clause, its verb online (計有…等3個城市線上參與)
def test_a_list_taking_part_online_in_the_inviting_clause() -> None:
    _took_part_from_afar(
        "因疫情改邀請姊妹市以視訊方式參與，計有日本福岡市、韓國仁川廣域市及美國西雅圖市"
        "等3個城市線上參與開幕典禮。"
    )


# 3. a list of its own after the invitation, its verb a recorded video (均錄製影片)
def test_a_list_of_its_own_recording_videos() -> None:
    _took_part_from_afar(
        "囿於邊境管制，本府邀請各姊妹市錄製加油影片參與，包括日本福岡市、韓國仁川廣域市及"
        "美國西雅圖市均錄製影片為選手加油。"
    )


# 4. a long list counted, sending greeting videos (等3個城市提供祝賀影片), then shown
def test_a_long_counted_list_sending_greeting_videos() -> None:
    _took_part_from_afar(
        "本府改邀請各友好城市以預錄影片方式參與，計有日本福岡市、韓國仁川廣域市、美國西雅圖市"
        "等3個城市提供祝賀影片，於開幕式中播放。"
    )


# 5. the list named as those taking part online (以線上方式參與之姊妹市分別為…)
def test_the_partners_taking_part_online_are_listed() -> None:
    _took_part_from_afar(
        "因疫情影響，以線上方式參與之姊妹市分別為日本福岡市、韓國仁川廣域市及美國西雅圖市。"
    )


# ---------------------------------------------------------------------------------------
# C. An invitation to next year's edition of the city's event.
# The form: the city invites a party to its event "next year" (明年), the year told before
# the verb of joining and the event named by its series alone (邀請該市明年再度組團參加
# 高雄燈會), or the party is asked to come during next year's edition named with its year
# (規劃於「2012某某節」期間邀請某市長來訪): the invitation is to that year's edition, which
# the city hosts; the party's part is invited (planned where the inviting is itself planned).
# ---------------------------------------------------------------------------------------


# 6. invited to join next year's edition of a series named bare, in three wordings
@pytest.mark.parametrize(
    ("text", "invitee"),
    [
        (
            "3.本府於9月5日與福岡市長高島宗一郎會晤，邀請該市明年再度組團參加高雄燈會。",
            "福岡市",
        ),
        (
            "3.陳市長於9月5日接見仁川廣域市宋永吉市長，面邀宋永吉市長明年率團出席高雄燈會藝術節。",
            "宋永吉",
        ),
        ("3.本府於10月函邀西雅圖市明年續組團參加本市燈會，共襄盛舉。", "西雅圖市"),
    ],
)
def test_an_invitation_to_next_years_edition_of_a_series_named_bare(
    text: str, invitee: str
) -> None:
    ext = chapter(text, period="2011-07/2011-12")
    party = named(ext, invitee)
    [invited] = rels(ext, RelType.INVITED, source=KAOHSIUNG, target=party)
    assert invited.properties["event"] == FESTIVAL.format(2012)
    [part] = rels(ext, RelType.PARTICIPATED_IN, source=party)
    assert part.target == FESTIVAL.format(2012)
    assert part.properties["status"] == "invited"
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=FESTIVAL.format(2012))
    assert not rels(ext, RelType.HOSTED, target=FESTIVAL.format(2011))


# 7. asked to come during next year's edition named with its year (於「2012…」期間邀請)
@pytest.mark.parametrize(
    ("text", "invitee", "event"),
    [
        (
            "8.本府規劃於「2012高雄燈會藝術節」期間邀請仁川廣域市宋永吉市長來訪，並擇期簽署合作備忘錄。",
            "宋永吉",
            FESTIVAL.format(2012),
        ),
        (
            "8.本府擬於「2012高雄國際龍舟賽」舉辦期間邀請福岡市市長高島宗一郎來高觀賽。",
            "高島宗一郎",
            "2012高雄國際龍舟賽",
        ),
        (
            "8.本府並將於「2012高雄國際龍舟賽」期間邀請西雅圖市組團來訪。",
            "西雅圖市",
            "2012高雄國際龍舟賽",
        ),
    ],
)
def test_asked_to_come_during_next_years_edition(text: str, invitee: str, event: str) -> None:
    ext = chapter(text, period="2011-07/2011-12")
    party = named(ext, invitee)
    event_id = event if event.startswith("event:") else named(ext, event)
    [invited] = rels(ext, RelType.INVITED, source=KAOHSIUNG, target=party)
    assert invited.properties["event"] == event_id
    [part] = rels(ext, RelType.PARTICIPATED_IN, source=party, target=event_id)
    assert part.properties["status"] == "planned"
    assert not rels(ext, RelType.VISITED, source=party)


# ---------------------------------------------------------------------------------------
# D. The right to host an edition won by the city.
# The form: the city is told to have won the right to host an edition (由本市取得「…」主辦權,
# 赴某市爭取「…」主辦權成功): the city hosts it; the place the bid was made in does not.
# ---------------------------------------------------------------------------------------


# 8. the hosting right won, the city named right before the verb or opening the sentence
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
# E. Invited to make work at the city's event, held.
# The form: the city's event told as held (本屆, 藝術節期間) invites outside teams or
# schools to make their work in the city (邀請甲大學、乙學院等3組國際團隊來高駐地創作,
# 邀請某大學師生駐村創作): each invited took part (attended) and came to the city, a
# body named after its place's tie (某市姊妹市某大學) being the body alone.
# ---------------------------------------------------------------------------------------

STEEL_ART = "（二）主辦「2013高雄國際鋼雕藝術節」"
STEEL_ART_HELD = "1.本府文化局於102年11月2日至12月8日在駁二藝術特區舉辦「2013高雄國際鋼雕藝術節」。"


# 9. invited teams and schools that came and made their work, in three wordings
@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "2.本屆特別邀請日本福岡姊妹市九州產業大學藝術學院、美國西雅圖華盛頓大學建築學院等2組"
            "國際團隊來高駐地創作，與國內團隊共同完成鋼雕作品。",
            ("九州產業大學藝術學院", "西雅圖華盛頓大學建築學院"),
        ),
        (
            "2.藝術節期間並邀請仁川廣域市仁荷大學美術學院師生駐村創作，作品於展覽期間展出。",
            ("仁川廣域市仁荷大學美術學院",),
        ),
        (
            "2.本屆邀請西雅圖市華盛頓大學及福岡市九州大學等兩校師生來高進行駐地創作，共完成5件作品。",
            ("西雅圖市華盛頓大學", "福岡市九州大學"),
        ),
    ],
)
def test_invited_to_make_work_at_the_citys_event(text: str, bodies: tuple[str, ...]) -> None:
    ext = chapter(STEEL_ART, STEEL_ART_HELD, text, period="2013-07/2013-12")
    event = named(ext, "2013高雄國際鋼雕藝術節")
    for name in bodies:
        body = named(ext, name)
        assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=body, event=event), name
        [part] = rels(ext, RelType.PARTICIPATED_IN, source=body, target=event)
        assert part.properties["status"] == "attended", name
        assert rels(ext, RelType.VISITED, source=body, target=KAOHSIUNG, year=2013), name
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert len(invited) == len(bodies)  # no body cut short, no place taken for its body


# ---------------------------------------------------------------------------------------
# F. Those at the city's event listed by a noun of attending.
# The form: after the event is told, a list opened by a noun of those attending (實體出席
# 者包括, 出席之外賓計有, 現場出席人員計有) names guests by place, title and name: each took
# part in the event spoken of (attended) and, there in person, came to the city (出席之外賓
# 計有: the noun may follow 之).
# ---------------------------------------------------------------------------------------

HARBOUR_FORUM = "本府於112年10月5日至6日在高雄展覽館舉辦「2023高雄國際港灣論壇」。"
GUESTS = "日本福岡市副市長中村英一、韓國仁川廣域市經濟副市長朴德洙"


# 10. guests listed after a noun of attending took part, in three wordings
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


# 11. invitees holding exchanges at the city's event took part, in three wordings
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


# 12. a part played at another's event named whole before the part, in three wordings
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
# I. The city told as the holder after the event is told as held.
# The form: a sentence opens with the event's name and where and when it was held, and a
# clause after it, naming no event, tells the city holds it (「…」於某日在某地舉行，為本市
# 首次承辦…; …，由本府某局主辦): the city hosted it.
# ---------------------------------------------------------------------------------------


# 13. the holder told after the event is told as held, in three wordings
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
# J. A guest's invitation of the city's official named in full.
# The form: a guest calls on the city and invites its official, named in full with his
# title (並邀請陳大明市長出席某處舉辦之「…」), to an event of the guest's side: the guest's
# body (or the place whose title the guest holds) invited that official, whose part is
# invited; the city invited no one, and the event's venue is no invitee.
# ---------------------------------------------------------------------------------------


# 14. a guest invites the city's mayor named in full, in three wordings
@pytest.mark.parametrize(
    ("text", "inviter", "event"),
    [
        (
            "2.德國經濟辦事處處長施奈德於4月12日拜會本府，並邀請陳菊市長出席同年9月於台北舉辦之"
            "「2011德國啤酒節」開幕式。",
            "德國經濟辦事處",
            "2011德國啤酒節",
        ),
        (
            "3.日本福岡市副市長中村英一於5月3日率團來訪，並當面邀請陳菊市長率團參加同年11月舉辦之"
            "「2011福岡亞洲城市高峰會」。",
            "福岡市",
            "2011福岡亞洲城市高峰會",
        ),
        (
            "4.美國在台協會高雄分處處長馬克士威於6月1日拜會本府，邀請陳菊市長出席該處舉辦之"
            "「2011美國國慶酒會」，本府將由秘書處派員代表出席。",
            "美國在台協會高雄分處",
            "2011美國國慶酒會",
        ),
    ],
)
def test_a_guest_invites_the_citys_official_named_in_full(
    text: str, inviter: str, event: str
) -> None:
    ext = chapter(text, period="2011-01/2011-06")
    mayor, event_id = named(ext, "陳菊"), named(ext, event)
    assert rels(ext, RelType.INVITED, source=named(ext, inviter), target=mayor, event=event_id)
    [part] = rels(ext, RelType.PARTICIPATED_IN, source=mayor, target=event_id)
    assert part.properties["status"] == "invited"
    assert not rels(ext, RelType.INVITED, source=KAOHSIUNG)
    assert not rels(ext, RelType.INVITED, target=KAOHSIUNG)


# ---------------------------------------------------------------------------------------
# K. An event held by a foundation referred to by its kind.
# The form: a foundation named before (某某財團, 某某基金會) is taken up by its kind as the
# holder of the event the city is invited to (參加該財團明年2月舉辦之「…」, 出席該基金會
# 主辦之「…」): that foundation hosts it, as 該協會, 該局 do.
# ---------------------------------------------------------------------------------------


# 15. the holder taken up as 該財團 / 該基金會, in three wordings
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


# ---------------------------------------------------------------------------------------
# L. Places named as those attending, by a noun after their list.
# The form: at an event the city attends, its side meets or talks with places listed
# before a noun of attendees (與甲市、乙州等與會城市代表交換意見, 與甲市及乙市等與會城市
# 之港務代表座談): each place took part in the event the city is at (the last its item or
# the section holding it tells the city attends or holds, not one it invites to).
# ---------------------------------------------------------------------------------------

SUMMIT = (
    "1.100年9月11日至14日，由陳市長率團赴澳洲布里斯本市參加由該市主辦之「2011亞太城市高峰會」。"
)


# 16. places listed before a noun of attendees took part, in three wordings
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

FOOTBALL = "本府體育局於111年10月8日至10日舉辦「2022高雄國際青少年足球邀請賽」，"


# 17. a team named for its place took part and came, in three wordings
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
