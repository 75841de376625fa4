"""Rule fixes of round 33 (pair 085): each tested on invented sentences paraphrasing
the form of text the rule reads."""

from __future__ import annotations

from graph.model import RelType
from loaders.pipeline import extract_bytes
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a sentence with no subject of its own that goes on with the city's trip (a leg)
# is the trip's: its leader named in full met the one called on, and attended
def test_the_leader_of_a_trip_meets_in_the_leg_told_next() -> None:
    ext = chapter(
        "1.107年4月2日至6日，陳菊市長率市府團隊一行15人訪問日本熊本市。"
        "4月3日拜會熊本縣知事蒲島郁夫，雙方就觀光合作交換意見；"
        "翌日（4日）應邀出席「熊本城馬拉松」開幕式。"
    )
    leader = named(ext, "陳菊")
    governor = named(ext, "蒲島郁夫")
    met = {(r.source, r.target) for r in rels(ext, RelType.MET_WITH)}
    assert (leader, governor) in met
    assert (KAOHSIUNG, governor) not in met
    attended = {r.source for r in rels(ext, RelType.PARTICIPATED_IN)}
    assert leader in attended


# 2. two meetings with one person in one year, on days apart, are two meetings, each
# with its own date (not one meeting dated by the first)
def test_two_meetings_with_one_person_months_apart_stay_two() -> None:
    ext = chapter(
        "1.本府訪團於107年3月5日拜會日本熊本市市長大西一史，就觀光合作交換意見。",
        "2.熊本市市長大西一史率該市代表團一行8人，於107年5月21日至23日來訪，"
        "5月22日與陳市長會談，雙方同意加強青少年交流。",
    )
    mayor = named(ext, "大西一史")
    dates = {
        r.properties.get("date")
        for r in rels(ext, RelType.MET_WITH)
        if mayor in (r.source, r.target)
    }
    assert dates == {"2018-03-05", "2018-05-22"}


def test_two_meetings_stay_two_when_one_names_the_person_short() -> None:
    ext = chapter(
        "1.本府訪團於107年3月5日出席會議期間，與紐西蘭威靈頓市市長約翰‧布朗（John Brown）會晤。",
        "2.威靈頓市長布朗來訪",
        "威靈頓市市長約翰‧布朗（John Brown）率該市代表團一行8人，於107年5月21日至23日來訪，"
        "5月22日與陳市長會談。",
    )
    mayor = named(ext, "約翰‧布朗")
    dates = {
        r.properties.get("date")
        for r in rels(ext, RelType.MET_WITH)
        if mayor in (r.source, r.target)
    }
    assert dates == {"2018-03-05", "2018-05-22"}


# 3. the city's own event that a heading names (邀請參加「…」) and its body tells again
# (本府已函邀…參加明年舉辦之「…」): the body is evidence of the hosting too
def test_the_body_under_a_heading_is_evidence_of_the_citys_own_event() -> None:
    ext = chapter(
        "（二）邀請參加「2019高雄國際港灣音樂節」",
        "本府已於10月間函邀日本熊本市及韓國釜山市派樂團參加明年4月舉辦之"
        "「2019高雄國際港灣音樂節」，其中熊本市已覆函同意。",
    )
    (hosted,) = rels(ext, RelType.HOSTED, source=KAOHSIUNG)
    assert any("函邀日本熊本市" in e.text for e in hosted.evidence)


# 4. a training institute (講習所, 研習所, 研究所) is a kind of body: it holds the class
# the city's staff attend
def test_a_training_institute_holds_the_class_it_runs() -> None:
    ext = chapter(
        "本府人事處於107年3月間派員參加內政部地方行政研習所舉辦之「城市外交實務研習班」，"
        "研習國際禮儀及涉外文書。"
    )
    institute = named(ext, "內政部地方行政研習所")
    assert rels(ext, RelType.HOSTED, source=institute)


# 5. a country written as an item of a list of invited cities (…甲市、乙市及新加坡組隊
# 參加): invited too, as a city-state sends its team like the cities
def test_a_country_listed_among_invited_cities_is_invited() -> None:
    ext = chapter(
        "本府已於10月間函邀日本熊本市、韓國釜山市及新加坡組隊參加明年舉辦之"
        "「2019高雄國際龍舟錦標賽」，其餘城市尚在聯繫中。"
    )
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    # a country is no party to invite (DESIGN §3): the city-state's city is invited
    assert "city:sg:singapore" in invited
    assert named(ext, "熊本市") in invited
    assert not {t for t in invited if t.startswith("country:")}


def test_a_country_naming_the_city_invited_is_not_invited_itself() -> None:
    ext = chapter("本府已函邀日本熊本市及韓國釜山市組隊參加「2019高雄國際龍舟錦標賽」。")
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert invited == {named(ext, "熊本市"), named(ext, "釜山市")}


def test_a_country_opening_a_listed_body_is_not_invited_itself() -> None:
    ext = chapter(
        "本府邀請日本熊本市、韓國釜山市及泰國曼谷皇家舞蹈團來高參加「2019高雄國際民俗藝術節」。"
    )
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert not {t for t in invited if t.startswith("country:")}


# 6. a list of invited guests closing with a body whose representatives are unnamed
# (…處長某某及某某商會等單位代表，總計…): the body was invited and attended
def test_a_body_closing_a_list_of_invited_guests_with_its_unnamed_delegates() -> None:
    ext = chapter(
        "本府於107年5月3日舉辦「2018駐台使節高雄城市巡禮」，邀請帛琉共和國駐華大使館大使歐克麗、"
        "日本台灣交流協會高雄事務所所長中川誠及台北市日本工商會等單位代表，總計來自10國約30人參加。"
    )
    chamber = named(ext, "台北市日本工商會")
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=chamber)
    assert rels(ext, RelType.PARTICIPATED_IN, source=chamber)


# 7. the city named as the agent of an event to come (預定由本府於10月間舉辦「…」,
# 將由本市主辦「…」): the city holds it, planned
def test_an_event_to_be_held_by_the_city_as_agent() -> None:
    ext = chapter(
        "3.本府新聞局於107年5月派員前往熊本市，蒐集兩市交流照片，"
        "預定由本府於10月間舉辦「高雄熊本友好十週年紀念展」，先在本市展出。"
    )
    (hosted,) = rels(ext, RelType.HOSTED, source=KAOHSIUNG)
    assert hosted.properties.get("status") == "planned"


# 8. a coming told in the plans section, dated within the period already gone (…市長某某
# 於本年4月來訪時，表達締結姊妹市之意願): a past visit, with its own month
def test_a_past_visit_told_in_the_plans_section() -> None:
    text = "\n".join(
        [
            "壹、國際事務",
            "一、城市交流",
            "本府接待外賓。",
            "二、未來工作重點",
            "（一）賡續推動與國際城市締結姊妹市：",
            "1.巴西聖保羅市：聖保羅市市長魯卡斯（Lucas Silva）於本年4月來訪時，"
            "表達與本市締結姊妹市之意願，目前由外交部協助洽談。",
            "2.智利瓦爾帕萊索市：本府擬於明年邀請該市市長來訪，並規劃於本年12月率團前往訪問。",
        ]
    )
    ext = extract_bytes((text + "\n").encode("utf-8"), "t.txt", "2018-01/2018-06")
    visits = rels(ext, RelType.VISITED)
    assert [(r.source, r.properties.get("start")) for r in visits] == [
        (named(ext, "魯卡斯"), "2018-04")
    ]


# 9. a place's team sent by one of its bodies, the team's word the joining verb itself
# (其中某市由某龍舟協會組隊來訪參賽): the body took part and came
def test_a_body_forming_the_team_of_its_place_takes_part() -> None:
    ext = chapter(
        "本年端午節於愛河舉辦「2018高雄國際龍舟錦標賽」，本府事前邀請姊妹市熊本市及釜山市組隊參加。"
        "其中熊本市由熊本划艇協會組隊來訪參賽，與國內隊伍同場競技。"
    )
    club = named(ext, "熊本划艇協會")
    assert rels(ext, RelType.PARTICIPATED_IN, source=club, status="attended")
    assert rels(ext, RelType.VISITED, source=club, target=KAOHSIUNG)


# 10. a person qualified by his attending the event spoken of (與出席大會之某市市長某某
# 會晤): he attended it
def test_the_person_qualified_as_attending_the_event_attended_it() -> None:
    ext = chapter(
        "1.107年9月16日至20日，本府由史副市長率團前往澳洲布里斯本市參加「2018亞太城市高峰會」。"
        "會議期間，訪團於9月17日拜會布里斯本市長蘇利，並與出席大會之日本熊本市市長大西一史會晤。"
    )
    mayor = named(ext, "大西一史")
    assert rels(ext, RelType.PARTICIPATED_IN, source=mayor, status="attended")


def test_a_race_named_last_is_not_the_gathering_attended() -> None:
    ext = chapter(
        "1.107年9月16日至20日，本府由史副市長率團前往澳洲布里斯本市參加「2018亞太城市高峰會」。"
        "大會期間，該團拜會布里斯本市長蘇利，邀請該市明年組隊參加「2019高雄國際龍舟錦標賽」，"
        "並與出席大會之日本熊本市市長大西一史會晤。"
    )
    mayor = named(ext, "大西一史")
    events = {r.target for r in rels(ext, RelType.PARTICIPATED_IN, source=mayor)}
    assert not [e for e in events if "龍舟" in e]


# 11. a guest who came calling on a body in the city that is not the city's own (a
# national port authority named for the city): he visited that body; not the city's
# own bureau beside it
def test_a_guest_calls_on_a_body_in_the_city_not_its_own() -> None:
    ext = chapter(
        "1.107年1月18日，日本熊本港灣公司社長山田太郎一行5人來訪，先後拜會本府經發局及高雄港務局，"
        "瞭解本市港埠擴建計畫。"
    )
    guest = named(ext, "山田太郎")
    called = {r.target for r in rels(ext, RelType.VISITED, source=guest)}
    assert named(ext, "高雄港務局") in called
    assert not [t for t in called if "經發局" in t]


def test_a_guest_who_came_along_calls_on_a_body_in_the_city() -> None:
    ext = chapter(
        "1.熊本市長大西一史率經貿訪問團一行22人，於107年11月11日至13日來訪。"
        "隨團來訪之熊本港灣公司社長山田太郎並拜會高雄港務局，洽談兩港間之航線合作事宜。"
    )
    guest = named(ext, "山田太郎")
    assert rels(ext, RelType.VISITED, source=guest, target=named(ext, "高雄港務局"))
