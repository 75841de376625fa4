"""Round 40c: trips abroad and meetings, read by error class (the city's delegations
going out, their stops and dates, and who met whom), each form tested on invented
sentences in several wordings."""

from __future__ import annotations

from graph.model import Extraction, RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels

# Form A. A trip told over numbered items: the first says who led which bureaus where and
# when; each later item, not only the next, gives a stop with its own day, the delegation
# (訪團, 代表團, 該團) going on to it. Every stop is visited by the city and by the leader
# named in full, on that stop's day.


def _starts(ext: Extraction, source: str, target: str) -> list[object]:
    """The first days of the visits of `source` to `target`."""
    visits = rels(ext, RelType.VISITED, source=source, target=target)
    return [v.properties.get("start") for v in visits]


# 1. a stop told in the fourth item of the trip, the delegation going on to it (訪團轉往)
def test_a_later_item_of_a_trip_is_a_stop_of_it() -> None:
    ext = chapter(
        "（一）王市長率團訪問美國",
        "1.王大明市長於107年9月3日至9日率觀光局、海洋局組團訪問美國。",
        "2.9月4日，訪團抵達西雅圖市，參觀西雅圖港。",
        "3.9月5日，訪團參觀當地科技公司總部。",
        "4.9月8日，訪團轉往舊金山市，參觀舊金山港。",
        period="2018-07/2018-12",
    )
    city = named(ext, "舊金山市")
    assert _starts(ext, KAOHSIUNG, city) == ["2018-09-08"]
    assert _starts(ext, named(ext, "王大明"), city) == ["2018-09-08"]


# 2. the same told in other words: 代表團 / 該團轉赴, a deputy mayor, another country
def test_a_later_item_going_on_by_that_delegation_is_a_stop() -> None:
    ext = chapter(
        "（二）李副市長率團訪問德國",
        "1.李志明副市長於108年5月10日至16日率經發局及環保局組團出訪德國。",
        "2.5月11日，代表團抵達漢堡市，考察港區再生計畫。",
        "3.5月13日，代表團出席當地循環經濟研討會。",
        "4.5月15日，該團轉赴慕尼黑市，參訪當地企業。",
        period="2019-01/2019-06",
    )
    city = named(ext, "慕尼黑市")
    assert _starts(ext, KAOHSIUNG, city) == ["2019-05-15"]
    assert _starts(ext, named(ext, "李志明"), city) == ["2019-05-15"]


# 3. a stop told by the leader, by surname and title, signing or meeting there (王市長於
# 某市與該市市長某某共同簽署「…」)
def test_a_stop_told_by_the_leader_signing_there() -> None:
    ext = chapter(
        "（一）王市長率團訪問美國",
        "1.王大明市長於107年9月3日至9日率觀光局組團訪問美國。",
        "2.9月4日，訪團抵達西雅圖市，參觀西雅圖港。",
        "3.9月6日，王市長於波特蘭市與該市市長惠勒共同簽署「交流合作備忘錄」。",
        period="2018-07/2018-12",
    )
    city = named(ext, "波特蘭市")
    assert _starts(ext, KAOHSIUNG, city) == ["2018-09-06"]
    assert _starts(ext, named(ext, "王大明"), city) == ["2018-09-06"]


# 4. the same with the leader's full name and title, 在 and 簽訂
def test_a_stop_told_by_the_leader_in_full_signing_there() -> None:
    ext = chapter(
        "（二）李副市長率團訪問德國",
        "1.李志明副市長於108年5月10日至16日率經發局組團出訪德國。",
        "2.5月11日，代表團抵達漢堡市，考察港區再生計畫。",
        "3.5月14日，李志明副市長在法蘭克福市與該市副市長施密特簽訂「智慧城市合作協議」。",
        period="2019-01/2019-06",
    )
    city = named(ext, "法蘭克福市")
    assert _starts(ext, KAOHSIUNG, city) == ["2019-05-14"]


# 5. a stop whose clause recalls an earlier talk held from afar (落實上半年視訊會談之共識,
# 延續去年線上會議的結論): the delegation was there, the recalled talk was remote
def test_a_stop_recalling_a_remote_talk_is_still_a_stop() -> None:
    for recalled in ("落實上半年視訊會談之共識", "延續去年線上會議的結論"):
        ext = chapter(
            "（一）王市長率團訪問日本",
            "1.王大明市長於107年11月5日至9日率經發局組團訪問日本。",
            "2.11月6日，訪團抵達大阪市，拜會當地企業。",
            f"3.11月8日，訪團轉往神戶市，與神戶市市長簽署「交流合作備忘錄」，{recalled}。",
            period="2018-07/2018-12",
        )
        assert _starts(ext, KAOHSIUNG, named(ext, "神戶市")) == ["2018-11-08"], recalled


# 6. the leader's visit to the country whose cities the items tell goes with the city's:
# he went to the cities
def test_the_leaders_visit_to_the_country_the_items_detail_goes() -> None:
    ext = chapter(
        "（一）王市長率團訪問美國",
        "1.王大明市長於107年9月3日至9日率觀光局組團訪問美國。",
        "2.9月4日，訪團抵達西雅圖市，參觀西雅圖港。",
        "3.9月7日，訪團轉往舊金山市，參觀舊金山港。",
        period="2018-07/2018-12",
    )
    person = named(ext, "王大明")
    assert not rels(ext, RelType.VISITED, source=person, target="country:us")
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG, target="country:us")


# 7. a day of an act at a stop whose own days the trip's sentence gave in brackets (行程
# 依序為甲市（5月2日至4日）及乙市（5月5日至8日）…於5月6日在乙市與…簽署): a day of that
# stay, which keeps its days (a guard: the signing read as a stop in 3 must not narrow it)
def test_a_signing_at_a_stop_keeps_the_stops_bracketed_days() -> None:
    ext = chapter(
        "（三）本府林副市長於107年5月1日至9日率經發局赴加拿大訪問，行程依序為溫哥華市"
        "（5月2日至4日）及多倫多市（5月5日至8日）。訪問期間拜會當地僑界，並於5月6日在"
        "多倫多市與當地商會簽署「經貿交流合作備忘錄」。",
        period="2018-01/2018-06",
    )
    visits = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "多倫多市"))
    assert [(v.properties.get("start"), v.properties.get("end")) for v in visits] == [
        ("2018-05-05", "2018-05-08")
    ]


# Form C. On a trip abroad, a call on a section of the government of a city gone to
# (順道拜會某市國際協力課, 拜會某市政府國際交流課) is a call on that city: no body of its
# own is visited. A person met there by the trip's leader, written by surname and title in
# a later item of the trip, is met by the leader named in full.


# 8. a section of the city gone to, called on in passing: only the city is visited
def test_a_call_on_a_section_of_the_city_gone_to_is_no_body_visited() -> None:
    ext = chapter(
        "（三）111年11月2日至4日，海洋局派員前往韓國釜山市，參加「2022釜山國際港灣大會」，"
        "並順道拜會釜山市國際協力課，洽定明年恢復兩市公務員互訪研修。",
        "（四）111年9月5日至8日，觀光局派員赴日本福岡市參加「福岡亞洲旅遊展」，期間並拜會"
        "福岡市政府國際交流課，洽談觀光包機合作。",
        period="2022-07/2022-12",
    )
    visited = {v.target for v in rels(ext, RelType.VISITED, source=KAOHSIUNG)}
    assert visited == {named(ext, "釜山市"), named(ext, "福岡市")}


# 9. the leader by surname and title calling on a governor in the third item of the trip
def test_the_leader_by_surname_meets_in_a_later_item() -> None:
    ext = chapter(
        "（一）陳市長率團訪問日本",
        "1.陳其邁市長於111年11月15日至19日率經發局組團訪問日本。",
        "2.11月16日，訪團抵達大阪市，參觀大阪港。",
        "3.11月17日，訪團轉往兵庫縣，陳市長拜會兵庫縣知事齋藤元彥，就觀光交流交換意見。",
        period="2022-07/2022-12",
    )
    met = rels(ext, RelType.MET_WITH, source=named(ext, "陳其邁"), target=named(ext, "齋藤元彥"))
    assert [m.properties.get("date") for m in met] == ["2022-11-17"]


# Form D. A guest who came on a day meets the city's official the day after, the talk
# told by its topic before the verb (並於翌日與某某市長就某事交換意見): the meeting is on
# that next day, with the official named; the guest's coming keeps its first day.


# 10. 翌日 … 就 … 交換意見, the guest leading a party of his government's officials (率市府
# 官員: his own government, not the city's)
def test_views_exchanged_the_next_day_are_a_meeting_on_that_day() -> None:
    ext = chapter(
        "（一）日本姬路市市長清元秀泰率市府官員一行8人於111年5月11日來訪，並於翌日與陳其邁"
        "市長就觀光包機合作交換意見。",
        period="2022-01/2022-06",
    )
    guest = named(ext, "清元秀泰")
    met = rels(ext, RelType.MET_WITH, source=named(ext, "陳其邁"), target=guest)
    assert [m.properties.get("date") for m in met] == ["2022-05-12"]
    assert _starts(ext, named(ext, "姬路市"), KAOHSIUNG) == ["2022-05-11"]


# 11. another wording: a delegation of a city's council and citizens, 於翌日 after a comma,
# the topic longer, another year's mayor
def test_views_exchanged_the_next_day_by_a_delegations_leader() -> None:
    ext = chapter(
        "1.日本愛媛縣松山市野志克仁市長率該市議員及市民訪問團共25人，於100年4月9日來訪，"
        "並於翌日與陳菊市長就兩市青少年體育及文化交流交換意見。",
        period="2011-01/2011-06",
    )
    guest = named(ext, "野志克仁")
    met = rels(ext, RelType.MET_WITH, source=named(ext, "陳菊"), target=guest)
    assert [m.properties.get("date") for m in met] == ["2011-04-10"]
    assert _starts(ext, named(ext, "松山市"), KAOHSIUNG) == ["2011-04-09"]


# Form E. A meeting of the city with several cities, no one of them named: their officials
# or delegations written once after a list (與甲市、乙市市長分別舉行視訊會談, 會議期間與
# 甲市、乙州代表團會晤), or the cities themselves as the other side of a talk named in
# quotes (以視訊方式與甲市及乙市進行「城市首長線上對談」) or of a meeting told by its level
# (與某市某課召開工作層級視訊會議): the city met each city, on the day told.


def _cities_met(ext: Extraction) -> dict[str, object]:
    """The cities the city met, with the date of each meeting."""
    return {
        m.target: m.properties.get("date") or m.properties.get("start")
        for m in rels(ext, RelType.MET_WITH, source=KAOHSIUNG)
        if m.target.startswith("city:")
    }


# 12. mayors of a list of cities, each with its country, met by video (分別舉行視訊會談)
def test_the_mayors_of_a_list_of_cities_are_each_met() -> None:
    ext = chapter(
        "（二）107年9月12日，本府與日本橫濱市、韓國釜山市市長分別舉行視訊會談，就防疫經驗"
        "交換意見。",
        period="2018-07/2018-12",
    )
    met = _cities_met(ext)
    assert met == {named(ext, "橫濱市"): "2018-09-12", named(ext, "釜山市"): "2018-09-12"}


# 13. delegations of a list of cities met on the sidelines of a summit abroad (會議期間)
def test_the_delegations_of_a_list_of_cities_are_each_met() -> None:
    ext = chapter(
        "（三）107年10月3日至5日，林副市長赴新加坡出席「2018世界城市高峰會」，會議期間與"
        "日本福岡市、馬來西亞檳城州代表團會晤。",
        period="2018-07/2018-12",
    )
    assert set(_cities_met(ext)) == {named(ext, "福岡市"), named(ext, "檳城州")}


# 14. cities as the other side of a talk named in quotes, the clause going on with the
# sentence's subject (…參加「…」，並於3月23日以視訊方式與…進行「…對談」)
def test_cities_of_a_quoted_talk_are_each_met() -> None:
    ext = chapter(
        "（一）111年3月22日至25日，本府經發局籌組高雄館參加「2022智慧城市展」，並於3月23日"
        "以視訊方式與日本橫濱市及美國聖荷西市進行「城市首長線上對談」。",
        "（二）111年5月6日，本府秘書處以線上方式與德國漢堡市、荷蘭鹿特丹市舉行「港灣城市"
        "視訊會談」，交流港口減碳經驗。",
        period="2022-01/2022-06",
    )
    met = _cities_met(ext)
    assert met == {
        named(ext, "橫濱市"): "2022-03-23",
        named(ext, "聖荷西市"): "2022-03-23",
        named(ext, "漢堡市"): "2022-05-06",
        named(ext, "鹿特丹市"): "2022-05-06",
    }


# 15. a meeting told with its level (召開工作層級視訊會議, 舉行首長層級線上會議) with a
# section or bureau of a city: that city met
def test_a_meeting_told_with_its_level_is_one() -> None:
    ext = chapter(
        "（一）111年4月8日，本府秘書處與韓國釜山廣域市國際協力課召開工作層級視訊會議，"
        "討論恢復公務員研修。",
        "（二）111年5月9日，本府海洋局與日本橫濱市港灣局舉行首長層級線上會議，交流港口減碳經驗。",
        period="2022-01/2022-06",
    )
    met = _cities_met(ext)
    assert met == {named(ext, "釜山廣域市"): "2022-04-08", named(ext, "橫濱市"): "2022-05-09"}


# Form F. A trip's stops each followed by a bracket telling its past (訪問甲市（1973年締結
# 姊妹市）及乙市（2004年締結友好城市）): the bracket does not break the list, each stop is
# gone to, also when an item before named the second city.


# 16. two stops with their ties' years, the second named before as a guest's city
def test_each_stop_followed_by_its_past_in_brackets_is_gone_to() -> None:
    ext = chapter(
        "（五）美國波士頓市副市長卡特於107年11月9日來訪。",
        "（六）107年12月2日至9日，陳副市長率團訪問西雅圖市（1973年締結姊妹市）及波士頓市"
        "（2004年締結友好城市）。",
        period="2018-07/2018-12",
    )
    assert _starts(ext, KAOHSIUNG, named(ext, "波士頓市")) == ["2018-12-02"]


# 17. the same with 與 and other brackets (簽署交流備忘錄), another country
def test_each_stop_followed_by_its_agreement_in_brackets_is_gone_to() -> None:
    ext = chapter(
        "（一）日本熊本市副市長中村一郎於108年2月5日來訪。",
        "（二）108年3月10日至14日，李副市長率團訪問日本姬路市（1981年締結姊妹市）與熊本市"
        "（2013年簽署交流備忘錄）。",
        period="2019-01/2019-06",
    )
    assert _starts(ext, KAOHSIUNG, named(ext, "熊本市")) == ["2019-03-10"]


# Form G. A foreign guest received here by an official of the city's council named in
# full, written with the council before him, the title before or after his name (由高雄市
# 議會議長某某接見), or called on by the guest (拜會高雄市議會某某議長): the guest met him.


# 18. received by the council's speaker, the title before his name
def test_a_guest_received_by_the_councils_speaker_titled_first_met_him() -> None:
    ext = chapter(
        "（二）日本大阪市議會議長山本太郎於100年11月5日率議員一行來訪，由高雄市議會議長許崑源"
        "接見。",
        period="2011-07/2011-12",
    )
    met = rels(ext, RelType.MET_WITH, source=named(ext, "許崑源"), target=named(ext, "山本太郎"))
    assert [m.properties.get("date") for m in met] == ["2011-11-05"]


# 19. the guest calling on the council's speaker, named after the verb (另拜會…議長)
def test_a_guest_calling_on_the_councils_speaker_met_him() -> None:
    ext = chapter(
        "（一）美國長灘市副市長蘇珊‧羅文索於100年10月13日來訪參加「2011港灣城市論壇」。論壇"
        "結束後，羅文索副市長另拜會高雄市議會許崑源議長，就兩市議會交流交換意見。",
        "（二）泰國曼谷市副市長頌猜於100年12月3日來訪，並拜會高雄市議會議長許崑源。",
        period="2011-07/2011-12",
    )
    speaker = named(ext, "許崑源")
    for guest in ("蘇珊‧羅文索", "頌猜"):
        assert rels(ext, RelType.MET_WITH, source=speaker, target=named(ext, guest)), guest


# 20. on the sidelines of a summit abroad, experience exchanged with the representatives
# of a list of cities closed by 等 and their kind (另與甲市、乙州等與會城市代表交換城市治理
# 經驗, 會中與甲市、乙市等城市代表交換…心得): the city met each
def test_experience_exchanged_with_a_list_of_cities_representatives_is_a_meeting() -> None:
    ext = chapter(
        "（一）100年11月3日至5日，陳菊市長率團赴澳洲布里斯本市出席「亞太城市高峰會」。會議"
        "期間，另與日本福岡市、馬來西亞檳城州等與會城市代表交換城市治理經驗。",
        "（二）100年9月7日至9日，林副市長赴韓國仁川市出席「世界城市論壇」，會中與日本北九州"
        "市、泰國曼谷市等城市代表交換智慧城市發展心得。",
        period="2011-07/2011-12",
    )
    cities = {"福岡市", "檳城州", "北九州市", "曼谷市"}
    assert set(_cities_met(ext)) == {named(ext, city) for city in cities}


# Form H. A guest's coming told with the city's official not receiving him (陳市長因公未能
# 接見，由秘書長代為接待; 無法親自接見，改由某副市長接見): the guest still came, and the one
# who received him met him, not the official who could not.


# 21. the coming kept, the mayor's not receiving being no declining of it
def test_a_guest_not_received_by_the_mayor_still_came() -> None:
    ext = chapter(
        "（一）美國波士頓市副市長卡特率市府官員一行5人於111年11月9日來訪，陳市長因公未能"
        "接見，由秘書長代為接待。",
        "（二）澳洲伯斯市市長史考特率市議員一行4人於111年12月1日來訪，陳市長因另有行程無法"
        "親自接見，由秘書長接待並簡報市政。",
        period="2022-07/2022-12",
    )
    assert _starts(ext, named(ext, "卡特"), KAOHSIUNG) == ["2022-11-09"]
    assert _starts(ext, named(ext, "伯斯市"), KAOHSIUNG) == ["2022-12-01"]


# 22. the mayor named in full could not receive; a deputy by surname did: the city met
def test_the_official_who_could_not_receive_met_no_one() -> None:
    ext = chapter(
        "（二）日本京都市副市長山田一郎於111年10月3日來訪，陳其邁市長因公未克接見，改由林"
        "副市長代表接見。",
        period="2022-07/2022-12",
    )
    guest = named(ext, "山田一郎")
    assert not rels(ext, RelType.MET_WITH, source=named(ext, "陳其邁"), target=guest)
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=guest)


# Form I. The city's staff sent to a body abroad to study something there (派員赴某管理局
# 考察…, 組團赴某國某局（gloss）觀摩…): the city visited that body on the trip's days, the
# body named in full before when the clause writes it without its place; a part of a
# country so gone to (赴美國西北部考察) is no body.


# 23. a body named with its country, and one named in full in an earlier clause
def test_a_body_gone_to_to_study_is_visited() -> None:
    ext = chapter(
        "（一）為落實上半年與菲律賓蘇比克灣都會管理局簽署之「港埠發展交流合作備忘錄」，本府"
        "海洋局於100年11月21日至24日派員赴蘇比克灣都會管理局考察郵輪碼頭營運。",
        "（二）本府捷運局於100年9月5日至8日組團赴新加坡陸路交通管理局（Land Transport "
        "Authority）觀摩捷運營運管理。",
        "（三）本府建設局於100年10月3日至9日率相關人員赴美國西北部考察港市建設。",
        period="2011-07/2011-12",
    )
    visited = {
        v.target: v.properties.get("start") for v in rels(ext, RelType.VISITED, source=KAOHSIUNG)
    }
    assert visited[named(ext, "菲律賓蘇比克灣都會管理局")] == "2011-11-21"
    assert visited[named(ext, "新加坡陸路交通管理局")] == "2011-09-05"
    assert not any(ext_id.startswith("org:") and "西北部" in ext_id for ext_id in visited)


# Form J. The city's staff sent along with the head or the people of the city's school the
# sentence opens with (本市某高中與某國某高校簽訂姊妹校協定，由本府教育局派員陪同校長赴
# 某縣出席簽約儀式): the school went there too, beside the city.


# 24. 陪同校長 and 陪同該校師生, two schools, two places
def test_a_school_whose_head_the_city_went_with_went_too() -> None:
    ext = chapter(
        "（一）本市中正高級中學與日本熊本縣立濟濟黌高等學校於100年3月28日簽訂姊妹校協定，"
        "由本府教育局派員陪同校長赴熊本縣出席簽約儀式。",
        "（二）本市新興高中與美國西雅圖市羅斯福高中於100年5月9日締結姊妹校，教育局並派員"
        "陪同該校師生赴西雅圖市參加締約典禮。",
        period="2011-01/2011-06",
    )
    assert _starts(ext, named(ext, "中正高級中學"), named(ext, "熊本縣")) == ["2011-03-28"]
    assert _starts(ext, named(ext, "新興高中"), named(ext, "西雅圖市")) == ["2011-05-09"]


# Form K. The city's official named in full invited to attend something held elsewhere
# (並邀請陳菊市長出席同年10月於台北舉辦之「…」, 邀陳其邁市長出席明年於某市舉行之「…」):
# an invitation received, no trip of the city's.


# 25. two wordings, the official's full name after 邀請 / 邀
def test_the_citys_official_invited_by_name_made_no_trip() -> None:
    ext = chapter(
        "（一）紐西蘭商工辦事處代表柯信於100年6月21日至本府拜會，並邀請陳菊市長出席同年10月於"
        "台北舉辦之「紐西蘭週」開幕酒會。",
        "（二）日本交流協會代表山田一郎於100年3月4日南下拜會本府，並邀陳菊市長出席同年9月於"
        "東京舉行之「台日觀光高峰論壇」。",
        period="2011-01/2011-06",
    )
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG)


# Form L. Another's going told as the reason or background of what follows (因某公司赴某市
# 設廠, 隨著臺商前往某國某市投資), the city named later in the sentence: no trip of the city's.


# 26. a company's and businesspeople's going, the city named after
def test_anothers_going_told_as_the_reason_is_no_trip() -> None:
    ext = chapter(
        "（四）111年6月24日，陳其邁市長與日本熊本市市長大西一史進行視訊會談。因台積電赴熊本"
        "設廠，兩市產業連結日益緊密，大西市長盼與本市加強合作。",
        "（五）隨著臺商前往越南胡志明市投資，該市副市長阮文山盼與本市擴大交流。",
        period="2022-01/2022-06",
    )
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG)


# Form M. Guests the city invited to come, the sentence going on to tell the city signing
# with them on a day (邀請某局主席率團來訪，並於某日由本府某局與該局簽署「…」; …並於某日
# 與其共同簽訂「…」): the invitation was taken up, they came; what the signing is for, told
# after it (未來將…), is no coming still to be. One promised (屆時將與該局簽署) is not.


# 27. two wordings of a signing with those invited, and one to come
def test_guests_invited_who_then_signed_here_came() -> None:
    ext = chapter(
        "2.為拓展港埠合作，本府海洋局邀請菲律賓蘇比克灣都會管理局主席賈西亞率團來訪，並於100年"
        "5月18日由海洋局與該局簽署「港埠發展交流合作備忘錄」，未來將在郵輪觀光等方面加強合作。",
        "3.本府觀光局邀請日本九州觀光推進機構理事長石原進率團來訪，並於100年4月7日與其共同"
        "簽訂「觀光交流合作協議」。",
        "4.本府邀請美國奧克蘭港務局局長史密斯明年率團來訪，屆時將與該局簽署合作備忘錄。",
        period="2011-01/2011-06",
    )
    assert _starts(ext, named(ext, "賈西亞"), KAOHSIUNG) == ["2011-05-18"]
    assert _starts(ext, named(ext, "石原進"), KAOHSIUNG) == ["2011-04-07"]
    promised = {e.id for e in ext.entities if e.name_zh == "史密斯"}
    assert not [v for v in rels(ext, RelType.VISITED) if v.source in promised]
