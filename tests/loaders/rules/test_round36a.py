"""Round 36a: forms of text read on the 079-h1 chapter (the mayor's oral report to the
council, in the first person, its dates told relative to each other), each tested on
invented sentences of the same form."""

from __future__ import annotations

from graph.model import Attendance, RelType, TieStatus
from loaders.dates import DateContext, find_dates
from loaders.reading import normalize
from loaders.structure import parse_period
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels

#: The opening of a report spoken to the council.
_ADDRESS = "議長、副議長、各位議員先生、女士："


# 1. a report the mayor speaks to the council tells the mayor's acts as 本人 or by the
# mayor's given name (敦義 for the mayor 吳敦義 in office): the home city acts
def test_the_speaker_in_the_first_person_is_the_city() -> None:
    ext = chapter(
        _ADDRESS,
        "本年三月間，日本熊本市副市長田中一郎率同該市觀光課官員一行五人來訪，"
        "本人特地在市府親自接見，雙方就觀光交流交換意見。",
        "四月五日至八日，美國西雅圖市市長史密斯（John Smith）率領該市經貿訪問團來訪，"
        "敦義於六日上午與史密斯市長在市府舉行會談。",
        period="1995-01/1995-06",
    )
    guest = named(ext, "田中一郎")
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=guest)
    mayor = named(ext, "史密斯")
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=mayor)
    assert [m.properties.get("date") for m in met] == ["1995-04-06"]
    # the given name read as the city names no one (no 市長敦義, no person 敦義)
    assert not [e for e in ext.entities if "敦義" in e.id]


def test_a_people_of_a_place_is_no_speaker() -> None:
    ext = chapter(
        _ADDRESS,
        "本年三月間，日本人觀光團一行三十人來訪，參觀愛河。",
        period="1995-01/1995-06",
    )
    assert not rels(ext, RelType.MET_WITH)


# 2. a title after 各位 or 諸位 addresses all who hold it (各位議員女士, 敬請各位代表指教):
# no one is named after it
def test_a_title_addressed_to_all_names_no_one() -> None:
    ext = chapter(
        "議長、副議長、各位議員女士、先生：",
        "以下謹向各位議員提出報告，敬請諸位代表指教。",
    )
    assert not rels(ext, RelType.HOLDS_TITLE)


# 3. a month or a day told relative to the time of speaking or to the day before,
# glossed with its number (本（三）月, 上（二）月, 翌（八）日): the month or day of the
# gloss, in the year being told
def test_a_month_glossed_after_this_or_last_is_that_month() -> None:
    context = DateContext(parse_period("1995-01/1995-06"))
    text = "上（二）月十日至十二日，某團來訪；本（三）月五日，某團啟程"
    spans = find_dates(normalize(text), context)
    assert [(s.start, s.end) for s in spans] == [
        ("1995-02-10", "1995-02-12"),
        ("1995-03-05", None),
    ]


def test_a_day_glossed_after_next_is_that_day() -> None:
    ext = chapter(
        "四月五日至八日，美國西雅圖市市長史密斯（John Smith）率領該市經貿訪問團來訪。"
        "翌（六）日，本府建設局與西雅圖港務局（Port of Seattle）正式簽署「經貿交流合作備忘錄」。",
        period="1995-01/1995-06",
    )
    signed = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert [s.properties.get("date") for s in signed] == ["1995-04-06"]


# 4. a list of visitors closed by 等人 before a clause of its own (…以及某國參事某某等人，
# 來自亞、歐各地): the list ends there, the later clause's 、 joins no visitors
def test_a_visitor_list_closed_by_deng_ren_ends_there() -> None:
    ext = chapter(
        "這半年來到訪的重要外賓，尚有：日本交流協會高雄事務所所長山田一郎、"
        "韓國駐華大使館公使朴英植，以及法國在台協會參事杜邦（Jean Dupont）等人，"
        "來自亞、歐各地，可說相當多元。",
        period="1995-01/1995-06",
    )
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert visitors == {named(ext, n) for n in ("山田一郎", "朴英植", "杜邦")}


# 5. one of a list of the period's guests singled out after it, with the month of the
# call on the city (其中某市市長，三月下旬在高雄停留兩天，除拜會本府之外): that month
# dates the guest's visit, known before only over the period
def test_a_guest_singled_out_of_a_list_is_dated_by_the_call() -> None:
    ext = chapter(
        "這半年來到訪的重要外賓，尚有：日本交流協會高雄事務所所長山田一郎、"
        "菲律賓馬尼拉市市長李卡多（Ricardo Cruz）等人。"
        "其中馬尼拉市的李卡多市長，三月下旬在高雄停留兩天，除拜會本府之外，並參觀了愛河。",
        period="1995-01/1995-06",
    )
    guest = rels(ext, RelType.VISITED, source=named(ext, "李卡多"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in guest] == [
        ("1995-03", None)
    ]


# 6. this year counting a first (這是該市今年第一個來高的官方團體, 本年首次) is a remark
# on the year, no date of what follows: the month told before dates the meeting
def test_a_first_of_this_year_dates_nothing() -> None:
    ext = chapter(
        "三月間，日本熊本市副市長田中一郎率同該市官員一行五人來訪，"
        "這是該市今年第一個來高的官方團體，本府特地在市府親自接見。",
        period="1995-01/1995-06",
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "田中一郎"))
    assert [m.properties.get("date") for m in met] == ["1995-03"]


def test_the_first_edition_next_year_is_a_date() -> None:
    context = DateContext(parse_period("1995-01/1995-06"))
    spans = find_dates(normalize("該市明年首屆「某某高峰會」"), context)
    assert [s.start for s in spans] == ["1996"]


# 7. a tie named as a relation closing its clause, the next clause telling when it was
# made (與某市的姊妹市關係，則是在民國七十五年建立): made then
def test_a_tie_named_as_a_relation_is_dated_by_the_next_clause() -> None:
    ext = chapter(
        "本市與日本熊本市自民國六十年締結為姊妹市，迄今已二十餘年；"
        "與美國華盛頓州西雅圖市的姊妹市關係，則是在民國七十五年建立，雙方往來頻繁。",
        period="1995-01/1995-06",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "西雅圖市"))
    assert [t.properties.get("since") for t in ties] == ["1986"]


# 8. a clause calling the city closing the clause before the city's partner (遠在南半球的
# 某國某市，同樣是本市的姊妹市): that city holds the tie
def test_a_city_then_also_our_sister_city_holds_the_tie() -> None:
    ext = chapter(
        "另外，遠在南半球的紐西蘭奧克蘭市，同樣是本市的姊妹市，兩市一向保持聯繫。",
        period="1995-01/1995-06",
    )
    assert rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "奧克蘭市"))


# 9. a delegation led abroad named for a home body that is not the city's government
# (王議長率領高雄市議會議員訪問團赴某市): that body went, not the city
def test_a_council_delegation_led_abroad_is_the_councils() -> None:
    ext = chapter(
        "王議長於十一月間率領高雄市議會議員訪問團赴西雅圖訪問，拜會該市議會。",
        period="1995-07/1995-12",
    )
    seattle = named(ext, "西雅圖市")
    visits = rels(ext, RelType.VISITED, target=seattle)
    assert [(v.source, v.properties.get("led_by")) for v in visits] == [
        (named(ext, "高雄市議會"), "王議長")
    ]


# 10. a leader written before a time opening with a year glossed with its number (王議長
# 於去（八十三）年十一月間率領…): the time is no part of who led
def test_a_glossed_year_before_leading_is_no_part_of_the_leader() -> None:
    ext = chapter(
        "王議長於去（八十三）年十一月間率領高雄市議會議員訪問團赴西雅圖訪問。",
        period="1995-01/1995-06",
    )
    visits = rels(ext, RelType.VISITED, target=named(ext, "西雅圖市"))
    assert [v.properties.get("led_by") for v in visits] == ["王議長"]


# 11. the council addressed as 貴會 (a report to the council), before a surname and title
# (貴會王議長): the council's speaker, no person named 貴會王
def test_the_council_addressed_names_no_person() -> None:
    ext = chapter(
        "貴會王議長於十一月間率領市議會議員訪問團赴西雅圖訪問。",
        period="1995-07/1995-12",
    )
    assert not [e for e in ext.entities if "貴會" in e.name_zh]
    visits = rels(ext, RelType.VISITED, target=named(ext, "西雅圖市"))
    assert [(v.source, v.properties.get("led_by")) for v in visits] == [
        (named(ext, "高雄市議會"), "王議長")
    ]


# 12. a guest coming down to the city named after 南下 (於結束臺北行程後特別南下高雄):
# the guest, and the place whose delegation they led, came; 向州長簡報 names no one
def test_coming_down_to_the_city_named_is_a_visit() -> None:
    ext = chapter(
        "五月間，美國華盛頓州州長布朗（John Brown），率領該州經貿訪問團訪華，"
        "於結束臺北行程後特別南下高雄，沿途就本市港埠的規劃向州長簡報。",
        period="1995-01/1995-06",
    )
    guest = rels(ext, RelType.VISITED, source=named(ext, "布朗"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in guest] == ["1995-05"]
    assert not [e for e in ext.entities if e.name_zh == "簡報"]


# 13. on a trip abroad, received by the host in person (承某市市長某某親自接待): the city
# met that host, not only the host's city
def test_received_in_person_by_the_host_is_a_meeting() -> None:
    ext = chapter(
        "本府於一月率團前往日本考察，先後訪問了神戶及京都二市。"
        "在神戶期間，承神戶市市長笹山幸俊親自接待，雙方交換心得。",
        period="1995-01/1995-06",
    )
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "笹山幸俊"))


# 14. a name after its title followed by 則 of the contrast (京都市市長田邊朋之則全程…):
# the name ends before 則
def test_a_name_before_contrastive_ze_ends_there() -> None:
    ext = chapter(
        "大阪市市長西尾正也則全程陪同本府參觀港區。",
        period="1995-01/1995-06",
    )
    mayor = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "西尾正也"))
    assert [r.target for r in mayor] == [named(ext, "大阪市")]


# 15. a guest and the city's side going about together, one 陪同 the other (某市市長
# 某某全程陪同本府參觀; 本府陪同州長搭乘港勤船, the guest called by the title named
# before): the city met the guest
def test_a_host_accompanying_the_city_is_met() -> None:
    ext = chapter(
        "本府於一月率團前往日本考察，先後訪問了神戶及京都二市。"
        "京都市市長田邊朋之則全程陪同本府參觀鴨川沿岸的整治工程。",
        period="1995-01/1995-06",
    )
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "田邊朋之"))


def test_the_city_accompanying_a_guest_called_by_title_meets_them() -> None:
    ext = chapter(
        "五月間，美國華盛頓州州長布朗（John Brown）率領該州經貿訪問團來訪，"
        "市長陪同州長搭乘港勤船巡視港區。",
        period="1995-01/1995-06",
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "布朗"))
    assert [m.properties.get("date") for m in met] == ["1995-05"]


# 16. a sentence taking up the city's delegation just told (該團已於本（六）月七日啟程，
# …預定十三日返國): its setting out and return date the trip the sentence before told
def test_the_delegation_setting_out_dates_the_trip() -> None:
    ext = chapter(
        "本府循例由秘書處與民政局組成代表團，前往西雅圖參加「第十屆西雅圖海洋節」。"
        "該團已於本（六）月七日啟程，此刻正在當地訪問，預定十三日返國。",
        period="1995-01/1995-06",
    )
    trips = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "西雅圖市"))
    assert [(t.properties.get("start"), t.properties.get("end")) for t in trips] == [
        ("1995-06-07", "1995-06-13")
    ]


# 17. an invitation made on the occasion the sentence before told (…三月間來訪。本府也
# 藉此機會…邀請某市長於本年秋天率團來訪): dated by that occasion, not the visit asked for
def test_an_invitation_on_this_occasion_is_dated_by_it() -> None:
    ext = chapter(
        "三月間，韓國仁川市副市長金大成率團來訪，本府特地在市府親自接見。"
        "本府也藉此機會，託請金副市長轉達本府的誠意，邀請仁川市朴英植市長於本年秋天率團來訪。",
        period="1995-01/1995-06",
    )
    invited = rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "朴英植"))
    assert [i.properties.get("date") for i in invited] == ["1995-03"]


# 18. talks on a tie told as hoped for (表達締結姊妹市的意願，盼能在適當時機正式展開
# 協商): no talks going on, the tie planned
def test_talks_hoped_for_are_no_talks() -> None:
    ext = chapter(
        "對於美國華盛頓州塔科馬市，本府也已向該市表達締結姊妹市的意願，"
        "盼能在適當時機正式展開協商。",
        period="1995-01/1995-06",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "塔科馬市"))
    assert [t.properties.get("status") for t in ties] == [TieStatus.PLANNED]


# 19. a girls' high school by its short name (本市某某女中師生) led abroad: the school
# went; schools only counted (參觀了當地多所中小學) are no body visited
def test_a_girls_high_school_led_abroad_went() -> None:
    ext = chapter(
        "本府教育局於三月中旬率領本市前鎮女中師生二十人前往仁川市進行教育訪問。"
        "該團在仁川期間，承該市教育委員會熱忱接待，安排參觀了當地多所中小學。",
        period="1995-01/1995-06",
    )
    school = named(ext, "前鎮女中")
    assert rels(ext, RelType.VISITED, source=school, target=named(ext, "仁川市"))
    assert not [e for e in ext.entities if "多所" in e.name_zh]


# 20. a body going with the city's bureau, named after 會同 (本府建設局會同某協會，於…赴某地
# 參加「…」): the body went and took part too
def test_a_body_going_with_the_bureau_went_and_took_part() -> None:
    ext = chapter(
        "本府建設局會同高雄市旅行商業同業公會，於三月二十二日至二十五日赴香港參加"
        "「一九九五年香港國際旅遊展」，以「港都高雄」為主題設置攤位。",
        period="1995-01/1995-06",
    )
    body = named(ext, "高雄市旅行商業同業公會")
    visits = rels(ext, RelType.VISITED, source=body)
    assert [v.properties.get("start") for v in visits] == ["1995-03-22"]
    assert rels(ext, RelType.PARTICIPATED_IN, source=body)


def test_bureaus_forming_a_delegation_are_no_body_along() -> None:
    ext = chapter(
        "6月7日至13日，本府由秘書處會同民政局組成訪問團，前往西雅圖參加「第十屆西雅圖海洋節」。",
        period="1995-01/1995-06",
    )
    assert not [e for e in ext.entities if "組成" in e.name_zh]


# 21. a place holding an event at a time told between (該市本年九月間舉辦的「…」): the
# place is its host, 的 as 之
def test_a_place_holding_an_event_at_a_time_with_de_hosts_it() -> None:
    ext = chapter(
        "布里斯本市市長蘇菲（Sophie Lee）特別致函本府，"
        "邀請本府組團參加該市本年九月間舉辦的「春季藝術節」。",
        period="1995-01/1995-06",
    )
    hosted = rels(ext, RelType.HOSTED, source=named(ext, "布里斯本市"))
    assert len(hosted) == 1


# 22. the city, invited to the event spoken of, deciding to accept the invitation (本府已
# 決定接受邀請，由…籌組文化訪問團前往): it plans to take part
def test_accepting_the_invitation_plans_to_take_part() -> None:
    ext = chapter(
        "布里斯本市市長蘇菲（Sophie Lee）特別致函本府，"
        "邀請本府組團參加該市本年九月間舉辦的「春季藝術節」。"
        "這項藝術節是該市每年最盛大的文化活動，本府已決定接受邀請，"
        "由文化中心管理處及教育局共同籌組文化訪問團前往。",
        period="1995-01/1995-06",
    )
    joined = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert [j.properties.get("status") for j in joined] == [Attendance.PLANNED]


# 23. the members of the delegation just told as coming, listed after 團員之中包括 (…來訪，
# 團員之中包括某港務局處長某某，以及當地業者多人): each person named came too
def test_members_among_the_delegation_came_too() -> None:
    ext = chapter(
        "四月五日至八日，美國西雅圖市市長史密斯（John Smith）親自率領該市經貿訪問團"
        "一行二十餘人來訪，團員之中包括西雅圖港務局國際行銷處處長瓊斯（Tom Jones），"
        "以及當地農產業者多人。",
        period="1995-01/1995-06",
    )
    member = rels(ext, RelType.VISITED, source=named(ext, "瓊斯"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in member] == [
        ("1995-04-05", "1995-04-08")
    ]


# 24. a post once held, told in an apposition before the person (曾任某某市長、對本市並不
# 陌生的某州州長某某): a former title of that place; 曾任某某 is no name
def test_a_former_post_in_apposition_is_a_former_title() -> None:
    ext = chapter(
        "五月間，曾任波特蘭市長、對本市並不陌生的美國華盛頓州州長布朗（John Brown），"
        "率領該州經貿訪問團訪華。",
        period="1995-01/1995-06",
    )
    governor = named(ext, "布朗")
    former = rels(ext, RelType.HOLDS_TITLE, source=governor, former=True)
    assert [(f.target, f.properties.get("title_zh")) for f in former] == [
        (named(ext, "波特蘭市"), "市長")
    ]
    assert not [e for e in ext.entities if e.name_zh.startswith("曾任")]
