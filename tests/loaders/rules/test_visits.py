"""Visits and meetings, in wordings of the genre not taken from the samples."""

from __future__ import annotations

import pytest

from graph.model import Label, RelType
from loaders.pipeline import extract_bytes
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


def test_a_leader_opening_the_sentence_with_bare_率_leads_the_visit() -> None:
    ext = chapter(
        "1.107年2月5日至9日，王副市長率相關局處人員出訪日本靜岡縣及靜岡市，考察觀光行銷。"
    )
    for city in ("靜岡縣", "靜岡市"):
        found = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, city))
        assert found and found[0].properties["led_by"] == "王副市長"
        assert found[0].properties["start"] == "2018-02-05"


def test_two_trips_to_one_city_in_one_year_stay_two() -> None:
    ext = chapter(
        "1.107年1月8日至12日，本府由觀光局組團前往日本福岡市推廣觀光。",
        "2.107年5月20日至23日，本府由海洋局組團前往日本福岡市考察港灣建設。",
    )
    starts = {
        r.properties["start"]
        for r in rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "福岡市"))
    }
    assert starts == {"2018-01-08", "2018-05-20"}


def test_a_named_leader_brings_his_city_or_body_along() -> None:
    ext = chapter(
        "1.107年3月2日至4日，日本靜岡市副市長山本一郎率該市觀光協會代表來訪，洽談包機事宜。",
        "2.107年4月10日，日本京都府立桂高等學校校長中島健率師生一行20人來訪。",
    )
    for visitor in ("靜岡市", "山本一郎", "京都府立桂高等學校", "中島健"):
        assert rels(ext, RelType.VISITED, source=named(ext, visitor), target=KAOHSIUNG), visitor


def test_the_city_that_sent_named_visitors_visited_too() -> None:
    ext = chapter(
        "1.韓國仁川市市長肯定本市港灣再生成果，爰指派港灣政策課課長金正民等一行8人，"
        "於107年4月10日前來考察。"
    )
    incheon = named(ext, "仁川市")
    assert rels(ext, RelType.VISITED, source=incheon, target=KAOHSIUNG, start="2018-04-10")
    assert rels(ext, RelType.VISITED, source=named(ext, "金正民"), target=KAOHSIUNG)


def test_a_school_that_sends_its_students_is_the_visitor() -> None:
    ext = chapter("1.由國立中山大學遴派3名學生，於107年5月3日至9日參加日本京都市「京都青年論壇」。")
    school = named(ext, "國立中山大學")
    found = rels(ext, RelType.VISITED, source=school, target=named(ext, "京都市"))
    assert found and found[0].properties["start"] == "2018-05-03"
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG, start="2018-05-03")


def test_a_home_team_led_abroad_visited_with_the_city() -> None:
    ext = chapter(
        "1.107年6月1日至4日，由本府黃副秘書長率領本市鼓山區少年棒球隊，"
        "參加日本福岡市「2018福岡少棒友誼賽」。"
    )
    fukuoka = named(ext, "福岡市")
    team = named(ext, "鼓山區少年棒球隊")
    for party in (KAOHSIUNG, team):
        found = rels(ext, RelType.VISITED, source=party, target=fukuoka)
        assert found and found[0].properties["led_by"] == "黃副秘書長", party


def test_an_unquoted_festival_abroad_dated_later_in_the_sentence() -> None:
    ext = chapter(
        "1.本府自2010年起每年均派團參加美國西雅圖市海洋節，今年由觀光局組團，"
        "於7月6日至11日前往參加。"
    )
    found = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "西雅圖市"))
    assert [r.properties.get("start") for r in found] == ["2018-07-06"]


def test_a_video_call_with_a_named_mayor_is_a_meeting() -> None:
    ext = chapter(
        "1.107年4月3日，陳市長以視訊會議與姊妹市美國西雅圖市市長約翰．李（John Lee）會談，"
        "雙方就港埠合作交換意見。",
        "2.同年5月9日，陳市長與日本靜岡市代理市長田中誠以電話方式會談，商討青年交流。",
    )
    for name, day in (("約翰．李", "2018-04-03"), ("田中誠", "2018-05-09")):
        person = named(ext, name)
        assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=person, date=day), name
    acting = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "田中誠"))
    assert acting and acting[0].properties["title_zh"] == "代理市長"


def test_two_foreign_mayors_meeting_is_not_the_citys_meeting() -> None:
    ext = chapter("1.107年4月3日，日本靜岡市市長田中誠與韓國仁川市市長朴正浩會談。")
    assert not rels(ext, RelType.MET_WITH, source=KAOHSIUNG)


def test_a_dotted_name_is_found_again_by_surname_and_title() -> None:
    ext = chapter(
        "主要訪賓為：美國鳳凰城市長凱特．蓋勒格（Kate Gallego）、日本靜岡市副市長山本一郎、"
        "韓國仁川市副市長李明浩等。",
        "1.美國鳳凰城：蓋勒格市長於本年3月訪高期間，與本府就智慧城市交換意見。",
    )
    gallego = named(ext, "凱特．蓋勒格")
    assert rels(ext, RelType.VISITED, source=gallego, target=KAOHSIUNG, year=2018)
    assert not rels(ext, RelType.VISITED, source=named(ext, "鳳凰城"), target=KAOHSIUNG)


def test_an_undated_visit_is_in_the_year_being_read() -> None:
    ext = chapter(
        "主要訪賓為：日本靜岡市副市長山本一郎、韓國仁川市副市長李明浩、美國鳳凰城市長蓋勒格等。",
        "1.日本靜岡市：山本一郎副市長來訪期間，雙方同意推動青年交流。",
    )
    found = rels(ext, RelType.VISITED, source=named(ext, "山本一郎"), target=KAOHSIUNG)
    assert [r.properties.get("year") for r in found] == [2018]  # one visit, not a dateless one


def test_a_leader_written_surname_title_given_name_visited_too() -> None:
    ext = chapter(
        "1.107年6月6日至12日，本府由秘書處組團參加美國西雅圖市海洋節。"
        "市議會同時由蔡副議長昌達率領議員訪問團參訪西雅圖市。"
    )
    found = rels(ext, RelType.VISITED, source=named(ext, "蔡昌達"), target=named(ext, "西雅圖市"))
    assert found and found[0].properties["start"] == "2018-06-06"


def test_a_home_official_led_by_由_goes_abroad_for_the_city() -> None:
    ext = chapter(
        "為觀摩智慧港口建設，107年3月12日至16日，由林副市長率海洋局人員赴比利時安特衛普市及"
        "法國馬賽市考察。"
    )
    for city in ("安特衛普市", "馬賽市"):
        found = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, city))
        assert found and found[0].properties["led_by"] == "林副市長", city
        assert found[0].properties["start"] == "2018-03-12"


def test_a_home_schools_teachers_and_students_travel_for_the_school() -> None:
    ext = chapter("107年4月2日至6日，本市三民高中師生一行30人赴日本福岡市進行教育旅行。")
    school = named(ext, "三民高中")
    assert rels(ext, RelType.VISITED, source=school, target=named(ext, "福岡市"))
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG)


def test_an_invitation_to_come_is_no_visit() -> None:
    ext = chapter("本府特別邀請日本福岡市及韓國仁川廣域市推薦青年藝術家來高駐村創作。")
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)


def test_a_mayor_named_with_蒞臨_came_with_the_citys_delegation() -> None:
    ext = chapter("107年5月8日，日本福岡市市長高島宗一郎率該市經濟觀光局一行10人蒞臨本府。")
    for party in ("高島宗一郎", "福岡市"):
        found = rels(ext, RelType.VISITED, source=named(ext, party), target=KAOHSIUNG)
        assert found and found[0].properties["start"] == "2018-05-08", party


def test_a_glossed_leader_and_the_city_he_leads_both_visit() -> None:
    ext = chapter(
        "1.加拿大溫哥華市市長肯尼迪（Ken Sim）率該市官員及商界代表一行15人，"
        "於107年4月2日至5日來訪。"
    )
    for party in ("肯尼迪", "溫哥華市"):
        found = rels(ext, RelType.VISITED, source=named(ext, party), target=KAOHSIUNG)
        assert found and found[0].properties["start"] == "2018-04-02"
    assert not [e for e in ext.entities if e.name_zh == "商界"]


def test_a_meeting_on_a_trip_the_city_leads_in_an_earlier_clause() -> None:
    ext = chapter("1.107年5月2日至5日，陳市長率團訪問日本岐阜縣，於5月3日與岐阜縣知事古田肇會談。")
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "古田肇"))
    assert met and met[0].properties["date"] == "2018-05-03"


def test_a_verb_of_visiting_with_the_city_as_object_is_a_visit() -> None:
    ext = chapter(
        "1.友邦帕勞共和國國務部長馬可（John Marco）伉儷於107年3月5日至6日訪問本市，參觀港埠設施。",
        "2.台北市日本工商會會長佐藤一郎率會員一行10人，於107年4月2日南下考察本市投資環境。",
    )
    for visitor in ("馬可", "佐藤一郎"):
        assert rels(ext, RelType.VISITED, source=named(ext, visitor), target=KAOHSIUNG), visitor


def test_a_small_city_glossed_with_its_own_english_name_is_that_city() -> None:
    ext = chapter(
        "1.克薩爾特南戈市（Quetzaltenango）位於瓜地馬拉西部，該市市長羅培茲率團於107年5月2日來訪。",
    )
    assert named(ext, "克薩爾特南戈市") == "city:gt:quetzaltenango"
    assert rels(
        ext, RelType.HOLDS_TITLE, source=named(ext, "羅培茲"), target="city:gt:quetzaltenango"
    )


def test_a_chamber_of_commerce_delegation_is_the_chamber() -> None:
    ext = chapter("1.日本名古屋商工會議所訪問團一行12人於107年2月6日來訪，洽談投資事宜。")
    assert rels(ext, RelType.VISITED, source=named(ext, "名古屋商工會議所"), target=KAOHSIUNG)


def test_a_leader_after_a_purpose_clause_leads_the_trip() -> None:
    ext = chapter(
        "1.為深化城市交流，107年3月1日至5日，林市長率觀光局人員出訪日本靜岡市，推廣觀光。"
    )
    (visit,) = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "靜岡市"))
    assert visit.properties["led_by"] == "林市長"


def test_a_video_meeting_whose_home_side_opens_a_later_clause() -> None:
    # the sentence opens with 雙方 or an event; the meeting's 與 and verb are apart
    ext = chapter(
        "1.雙方於107年5月4日以視訊合辦「京都高雄交流會」，陳市長與京都市市長山田太郎"
        "（Taro Yamada）並透過視訊會談，就觀光合作交換意見。"
    )
    (met,) = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "山田太郎"))
    assert met.properties["date"] == "2018-05-04"
    assert not rels(ext, RelType.MET_WITH, target=named(ext, "京都市"))


def test_a_meeting_whose_other_side_ends_the_clause_before_the_verb() -> None:
    ext = chapter(
        "1.本府於107年3月1日舉辦線上論壇，陳市長與芝加哥市市長約翰．史密斯（John Smith），"
        "並以視訊方式進行會談。"
    )
    (met,) = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "約翰．史密斯"))
    assert met.properties["date"] == "2018-03-01"


def test_a_foreign_pair_ending_the_clause_before_a_meeting_is_not_the_citys() -> None:
    ext = chapter(
        "1.107年3月1日，京都市市長山田太郎（Taro Yamada）與芝加哥市市長約翰．史密斯"
        "（John Smith），透過視訊會談。"
    )
    assert not rels(ext, RelType.MET_WITH, target=named(ext, "約翰．史密斯"))


def test_a_meeting_the_next_day_is_dated_by_the_day_before() -> None:
    ext = chapter(
        "1.107年4月2日至6日，王副市長率觀光局人員赴日本靜岡市參訪，並於4月3日出席觀光論壇。"
        "翌日，王副市長拜會靜岡市市長田中宏明（Tanaka Hiroaki），雙方就包機合作交換意見。"
        "同日晚間，王副市長與靜岡縣知事佐藤健一會晤。"
    )
    assert rels(ext, RelType.MET_WITH, target=named(ext, "田中宏明"), date="2018-04-04")
    assert rels(ext, RelType.MET_WITH, target=named(ext, "佐藤健一"), date="2018-04-04")


def test_an_envoy_calling_on_the_mayor_visited_the_city() -> None:
    ext = chapter(
        "(1)帛琉共和國駐華大使館大使歐凱德（Kade Oiterong）於107年3月8日拜會陳市長，洽談觀光合作。",
        "(2)英國在台辦事處處長魏樂文（Lewis West）於4月2日拜會本府。",
    )
    envoy = named(ext, "歐凱德")
    assert rels(ext, RelType.VISITED, source=envoy, target=KAOHSIUNG, start="2018-03-08")
    assert rels(ext, RelType.MET_WITH, target=envoy, date="2018-03-08")
    other = named(ext, "魏樂文")
    assert rels(ext, RelType.VISITED, source=other, target=KAOHSIUNG, start="2018-04-02")
    assert not rels(ext, RelType.MET_WITH, target=other)  # no one named received him


def test_a_city_council_visiting_is_the_council_not_the_city() -> None:
    ext = chapter(
        "(一)日本名古屋市議會議長率團來訪",
        "107年4月2日至5日，日本名古屋市議會議長田中一郎偕同該會議員一行8人來高訪問。",
    )
    speaker = named(ext, "田中一郎")
    council = named(ext, "名古屋市議會")
    assert rels(ext, RelType.HOLDS_TITLE, source=speaker, target=council)
    assert not [r for r in rels(ext, RelType.VISITED) if r.source.startswith("city:")]


def test_arriving_in_the_city_after_a_letter_of_last_year_is_a_visit_this_year() -> None:
    ext = chapter(
        "1.本府於去年11月函請姊妹市韓國仁川市組團來高參觀國際花卉展，"
        "仁川市由該市觀光局組團一行20人，於3月5日抵高。"
    )
    found = rels(ext, RelType.VISITED, source=named(ext, "仁川市"), target=KAOHSIUNG)
    assert [r.properties.get("start") for r in found] == ["2018-03-05"]


def test_a_named_leader_dated_before_率團_brings_his_place() -> None:
    ext = chapter(
        "2.智利瓦爾帕萊索市",
        "瓦爾帕萊索市市長荷西．沙布里（Jorge Sharp）於107年5月21日至23日率團來訪，與陳市長會晤。",
    )
    mayor = named(ext, "荷西．沙布里")
    city = rels(ext, RelType.HOLDS_TITLE, source=mayor)[0].target
    visits = rels(ext, RelType.VISITED, source=city, target=KAOHSIUNG)
    assert visits and visits[0].properties["start"] == "2018-05-21"
    assert rels(ext, RelType.VISITED, source=mayor, target=KAOHSIUNG)


def test_a_past_edition_named_in_passing_does_not_date_a_later_meeting() -> None:
    ext = chapter(
        "108年10月1日至4日，陳市長率團赴澳洲布里斯本市出席「2019亞太城市高峰會」。"
        "陳市長於會中介紹本市舉辦2009年世界運動會的經驗。"
        "10月3日陳市長與布里斯本市市長施瑞納會晤，雙方就智慧城市交換意見。",
        period="2019-07/2019-12",
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "施瑞納"))
    assert met and met[0].properties["date"] == "2019-10-03"


def _visits(ext: object, name: str) -> list[dict[str, object]]:
    found = rels(ext, RelType.VISITED, source=named(ext, name), target=KAOHSIUNG)  # type: ignore[arg-type]
    return [r.properties for r in found]


def test_a_visit_dated_later_within_the_period_takes_that_date() -> None:
    ext = chapter(
        "本府107年1月至6月共接待國際訪團30團，本期主要來訪外賓為：美國奧勒岡州州長凱特‧布朗"
        "（Kate Brown）、巴拉圭亞松森市市長羅培茲等。",
        "布朗州長於3月下旬率經貿訪問團來高，參訪亞洲新灣區。",
        "羅培茲市長於5月中旬率團訪高，並拜會陳市長。",
    )
    assert [v.get("start") for v in _visits(ext, "凱特‧布朗")] == ["2018-03"]
    assert [v.get("start") for v in _visits(ext, "羅培茲")] == ["2018-05"]


def test_one_named_before_leads_a_delegation_back_with_an_adverb() -> None:
    ext = chapter(
        "本期主要來訪外賓為：日本仙台市市長郡山和子、美國西雅圖市副市長麥可‧陳等。",
        "1.2月5日至8日，本府李副市長率團赴日本仙台市，拜會郡山和子市長；同年4月中旬，"
        "郡山市長亦率團回訪本市，參觀高雄港。",
    )
    assert "2018-04" in [v.get("start") for v in _visits(ext, "郡山和子")]
    city = rels(ext, RelType.VISITED, source=named(ext, "仙台市"), target=KAOHSIUNG)
    assert city and city[0].properties["start"] == "2018-04"


def test_surname_title_given_name_after_a_body_is_one_person_of_that_body() -> None:
    ext = chapter(
        "1.107年4月9日至12日，市議會蔡議長明哲率議員訪問團一行12人前往日本福岡市，"
        "拜會福岡市議會議長田中一郎，就議會交流交換意見。",
        "2.107年5月3日，韓國仁川廣域市金副市長英浩率團來訪。",
    )
    speaker = named(ext, "蔡明哲")
    council = named(ext, "市議會")
    fukuoka = named(ext, "福岡市")
    assert rels(ext, RelType.HOLDS_TITLE, source=speaker, target=council, title_zh="議長")
    assert rels(ext, RelType.VISITED, source=speaker, target=fukuoka, start="2018-04-09")
    assert rels(ext, RelType.VISITED, source=council, target=fukuoka, start="2018-04-09")
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG, target=fukuoka)
    # the speaker named in full met his counterpart, not the city
    assert rels(ext, RelType.MET_WITH, source=speaker, target=named(ext, "田中一郎"))
    assert not rels(ext, RelType.MET_WITH, source=KAOHSIUNG)
    incheon = named(ext, "仁川廣域市")
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "金英浩"), target=incheon)


def test_a_home_official_named_in_full_is_the_home_side_of_a_meeting() -> None:
    ext = chapter(
        "1.107年3月6日，本府觀光局局長林大同與日本沖繩縣觀光局局長山田一郎會晤，洽談包機航線。",
    )
    director = named(ext, "林大同")
    assert rels(ext, RelType.HOLDS_TITLE, source=director, target=named(ext, "觀光局"))
    assert rels(
        ext, RelType.MET_WITH, source=director, target=named(ext, "山田一郎"), date="2018-03-06"
    )
    assert not rels(ext, RelType.MET_WITH, target=director)


def test_meetings_held_online_are_meetings_not_visits() -> None:
    ext = chapter(
        "1.107年4月3日，王副市長與日本福井縣知事杉本一郎舉行視訊會談，就觀光交流交換意見。",
        "2.5月中旬，李副市長與美國西雅圖市議會議員麥可．史東（Michael Stone）線上交流，"
        "討論社會住宅政策。",
        "3.107年6月8日，陳市長與韓國大邱廣域市市長權英鎮進行視訊對談。",
    )
    for name, day in (
        ("杉本一郎", "2018-04-03"),
        ("麥可．史東", "2018-05"),
        ("權英鎮", "2018-06-08"),
    ):
        person = named(ext, name)
        assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=person, date=day), name
        assert not rels(ext, RelType.VISITED, source=person), name
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG)


def test_a_home_official_after_a_time_of_the_meeting_is_the_city() -> None:
    ext = chapter(
        "1.107年5月7日至9日，本府由林副市長率團赴日本福岡市出席「亞洲城市論壇」。"
        "論壇期間林副市長與福岡縣知事高橋一郎會晤，雙方同意推動青年交流。",
    )
    governor = named(ext, "高橋一郎")
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=governor)
    holders = {r.source for r in rels(ext, RelType.HOLDS_TITLE)}
    assert holders == {governor}


def test_the_date_of_a_letter_of_invitation_does_not_date_the_coming() -> None:
    ext = chapter(
        "1.「2018高雄國際龍舟賽」於107年6月16日至18日在蓮池潭舉行，本府於去年10月即函請"
        "各姊妹市組隊參加，計有日本福岡市及韓國仁川廣域市等2個城市派隊來高。",
        "2.本府於去年11月函邀日本靜岡市，該市於107年3月派員來訪。",
    )
    for city in ("福岡市", "仁川廣域市"):
        visits = rels(ext, RelType.VISITED, source=named(ext, city), target=KAOHSIUNG)
        assert visits and {v.properties["year"] for v in visits} == {2018}, city
    visits = rels(ext, RelType.VISITED, source=named(ext, "靜岡市"), target=KAOHSIUNG)
    assert visits and {v.properties.get("start") for v in visits} == {"2018-03"}


def test_who_led_a_group_whose_coming_was_told_before_came_too() -> None:
    ext = chapter(
        "1.「2018高雄國際龍舟賽」於107年6月16日至18日在蓮池潭舉行，計有日本福岡市及"
        "韓國仁川廣域市等2個城市派隊來高。其中福岡市由副市長中島一郎親自率隊；"
        "仁川廣域市自2010年起每年皆派隊參加，今年由該市體育會會長朴正民領隊。",
        "2.107年9月7日至9日，本府主辦「2018高雄國際青少年足球邀請賽」，邀請日本靜岡市"
        "組隊來高。其中靜岡市代表隊由靜岡市體育課課長田中健帶隊，為首支來訪本市之球隊。",
    )
    for name, start in (
        ("中島一郎", "2018-06-16"),
        ("朴正民", "2018-06-16"),
        ("田中健", "2018-09-07"),
    ):
        visits = rels(ext, RelType.VISITED, source=named(ext, name), target=KAOHSIUNG)
        assert visits and visits[0].properties.get("start") == start, name


def test_one_leading_a_delegation_to_a_forum_abroad_told_of_before_did_not_come() -> None:
    ext = chapter(
        "1.107年5月7日至9日，本府派員出席日本福岡市「亞洲城市論壇」，計有12國代表與會。"
        "其中韓國代表團由仁川廣域市副市長朴正民率團。",
    )
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)


def test_a_wish_voiced_on_a_visit_does_not_make_the_visit_one_to_come() -> None:
    ext = chapter(
        "1.韓國全州市市長金勝洙於107年4月率團訪高時表達與本市締結友好城市之意願，"
        "本府將評估締盟可行性。",
    )
    mayor = named(ext, "金勝洙")
    assert rels(ext, RelType.VISITED, source=mayor, target=KAOHSIUNG, start="2018-04")


def test_one_named_before_in_full_then_by_name_and_title_leads_his_city() -> None:
    ext = chapter(
        "1.本期主要來訪外賓為：美國德州州長約翰‧哈里斯（John Harris）、"
        "智利聖地牙哥市市長羅培茲（Carlos López）等。",
        "2.哈里斯州長於4月下旬率經貿訪問團訪高，參觀本市產業園區。",
        "3.羅培茲市長於5月中旬率團訪高，並與本府簽署合作意向書。",
    )
    assert rels(ext, RelType.VISITED, source=named(ext, "德州"), target=KAOHSIUNG, start="2018-04")
    santiago = named(ext, "聖地牙哥市")
    assert rels(ext, RelType.VISITED, source=santiago, target=KAOHSIUNG, start="2018-05")


def test_a_trip_to_a_country_goes_to_the_cities_whose_people_it_called_on() -> None:
    ext = chapter(
        "1.107年3月5日至9日，本府王副市長率觀光局赴韓國，先後會晤仁川廣域市市長朴正民"
        "及大邱廣域市副市長金英浩，洽談觀光合作。",
        "2.107年4月2日至6日，本府經發局率業者赴日本考察，並拜會日本貿易振興機構。",
    )
    for city in ("仁川廣域市", "大邱廣域市"):
        found = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, city))
        assert found and found[0].properties["start"] == "2018-03-05", city
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG, target="country:kr")
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target="country:jp", start="2018-04-02")


def test_a_delegation_led_abroad_is_the_citys_own_not_a_body() -> None:
    ext = chapter(
        "1.107年8月3日至6日，本府文化局率本市青年交流團赴日本福岡市參加「亞洲青年營」。",
        "2.107年9月3日至6日，本府教育局率領本市少年棒球隊赴日本福岡市參加友誼賽。",
    )
    fukuoka = named(ext, "福岡市")
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=fukuoka)}
    assert visitors == {KAOHSIUNG, named(ext, "少年棒球隊")}


def test_a_named_team_led_here_is_the_visitor_not_the_leaders_body() -> None:
    ext = chapter(
        "1.107年3月2日至5日，福岡市棒球協會會長山田一郎率福岡市少年棒球隊一行20人來高，"
        "與本市少棒隊進行友誼賽，雙方同意明年起互派球隊。",
        "2.107年4月10日至12日，仁川廣域市代表隊由該市體育課課長朴正民帶隊來訪，參加友誼賽。",
    )
    fukuoka_team = named(ext, "福岡市少年棒球隊")
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG, start="2018-03-02")}
    assert visitors == {named(ext, "山田一郎"), fukuoka_team}
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG, start="2018-04-10")}
    assert visitors == {named(ext, "朴正民"), named(ext, "仁川廣域市")}


def test_an_invitation_to_come_taken_up_is_a_visit() -> None:
    ext = chapter(
        "1.107年7月6日至8日，本府體育處主辦「2018高雄國際少年籃球邀請賽」，邀請日本福岡市及"
        "韓國仁川廣域市組隊來高，連同本市2隊共4隊參賽。",
        "2.本府邀請日本靜岡市組團來高參訪，該市已回覆將於明年出席。",
        "3.本府於去年12月函請日本大分市組團來高，大分市組成交流團於107年2月8日抵高，"
        "並出席元宵點燈儀式。",
    )
    for city in ("福岡市", "仁川廣域市"):
        found = rels(ext, RelType.VISITED, source=named(ext, city), target=KAOHSIUNG)
        assert found and found[0].properties["start"] == "2018-07-06", city
    assert not rels(ext, RelType.VISITED, source=named(ext, "靜岡市"))
    starts = {
        r.properties.get("start") for r in rels(ext, RelType.VISITED, source=named(ext, "大分市"))
    }
    assert starts == {"2018-02-08"}


def test_a_delegation_a_city_sends_is_the_citys_coming() -> None:
    ext = chapter("1.107年8月6日至9日，姊妹市日本福岡市派遣青年交流團一行20人來訪。")
    fukuoka = named(ext, "福岡市")
    assert rels(ext, RelType.VISITED, source=fukuoka, target=KAOHSIUNG, start="2018-08-06")
    assert {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)} == {fukuoka}


def test_a_name_before_a_title_and_an_adverb_is_read() -> None:
    ext = chapter("1.107年2月6日，韓國仁川廣域市朴正民市長隨即致函表達祝賀。")
    incheon = named(ext, "仁川廣域市")
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "朴正民"), target=incheon)


def test_an_events_days_are_those_told_where_it_is_held_not_a_trips_to_it() -> None:
    ext = chapter(
        "1.日本福岡市副市長山田一郎應本府之邀，於107年2月8日至12日率團來訪並出席"
        "「2018高雄燈會藝術節」開幕活動。",
        "2.「2018高雄燈會藝術節」於107年2月10日至25日在愛河兩岸舉行，計有日本福岡市、"
        "韓國仁川廣域市及美國西雅圖市等城市派團參加。",
    )
    for city in ("仁川廣域市", "西雅圖市"):
        (visit,) = rels(ext, RelType.VISITED, source=named(ext, city), target=KAOHSIUNG)
        assert (visit.properties["start"], visit.properties["end"]) == ("2018-02-10", "2018-02-25")
    (visit,) = rels(ext, RelType.VISITED, source=named(ext, "福岡市"), target=KAOHSIUNG)
    assert (visit.properties["start"], visit.properties["end"]) == ("2018-02-08", "2018-02-12")


def test_keeping_in_touch_online_afterwards_leaves_the_visit_a_visit() -> None:
    ext = chapter(
        "1.107年7月2日至6日，本府辦理「2018青年交流營」，邀請姊妹市福岡市及仁川廣域市之學生"
        "共30人來訪，與本市學生共同參與課程，活動結束後學員仍透過網路保持聯繫。",
        "2.107年9月3日至5日，日本靜岡市派遣青年交流團一行12人來訪，返國後雙方持續以視訊交流。",
    )
    for city, start in (
        ("福岡市", "2018-07-02"),
        ("仁川廣域市", "2018-07-02"),
        ("靜岡市", "2018-09-03"),
    ):
        assert rels(ext, RelType.VISITED, source=named(ext, city), target=KAOHSIUNG, start=start)


def test_a_meeting_held_by_video_is_still_no_visit() -> None:
    ext = chapter("1.107年5月8日，日本靜岡市市長山本一郎以視訊方式與陳市長會談，並邀請本府來訪。")
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert rels(ext, RelType.MET_WITH, target=named(ext, "山本一郎"))


def test_a_visit_told_as_online_stays_no_visit() -> None:
    ext = chapter("1.107年5月8日，日本靜岡市青年交流團以線上方式參訪本市，並與本市學生交流。")
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)


def test_a_school_coming_with_its_teachers_and_students_is_the_visitor() -> None:
    ext = chapter(
        "1.107年3月5日至8日，日本靜岡縣立清水高等學校師生一行20人至本市某某高中進行交流。",
        "2.107年4月2日，韓國仁川廣域市某某女子高等學校學生15人來訪，參與課堂活動。",
    )
    for school, start in (
        ("靜岡縣立清水高等學校", "2018-03-05"),
        ("某某女子高等學校", "2018-04-02"),
    ):
        assert rels(ext, RelType.VISITED, source=named(ext, school), target=KAOHSIUNG, start=start)
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert not visitors & {named(ext, "靜岡縣"), named(ext, "仁川廣域市")}


def test_a_named_delegation_led_by_an_official_is_the_visitor_not_his_section() -> None:
    ext = chapter(
        "1.靜岡市青少年交流訪問團來訪",
        "107年3月5日至8日，靜岡市國際課課長山本一郎率領靜岡市青少年交流訪問團一行25人來訪。",
        "2.107年5月2日，日本福岡市觀光課課長田村一郎率福岡市學生訪問團一行12人來訪。",
    )
    for visitor, start in (
        ("靜岡市青少年交流訪問團", "2018-03-05"),
        ("山本一郎", "2018-03-05"),
        ("福岡市學生訪問團", "2018-05-02"),
        ("田村一郎", "2018-05-02"),
    ):
        assert rels(ext, RelType.VISITED, source=named(ext, visitor), target=KAOHSIUNG, start=start)
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert not any(v.endswith(("國際課", "觀光課")) for v in visitors)
    assert named(ext, "靜岡市") not in visitors


def test_a_delegation_named_by_its_kind_alone_is_its_citys_coming() -> None:
    ext = chapter("1.107年4月10日，日本福岡市副市長田村一郎率領經濟訪問團來訪。")
    fukuoka = named(ext, "福岡市")
    assert rels(ext, RelType.VISITED, source=fukuoka, target=KAOHSIUNG, start="2018-04-10")


def test_a_body_the_city_invited_to_send_its_people_is_the_visitor() -> None:
    ext = chapter(
        "1.107年5月3日，本府辦理「2018港灣論壇」。本府並邀請姊妹市日本靜岡市之靜岡國際交流協會"
        "派員來訪，出席論壇並分享經驗。",
        "2.107年6月8日，本府邀請韓國仁川廣域市之仁川文化財團派員來訪，並出席座談。",
    )
    for body in ("靜岡國際交流協會", "仁川文化財團"):
        assert rels(ext, RelType.VISITED, source=named(ext, body), target=KAOHSIUNG), body
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert not visitors & {named(ext, "靜岡市"), named(ext, "仁川廣域市")}


def test_a_bureau_head_by_surname_and_title_leads_without_the_bureau() -> None:
    ext = chapter(
        "1.107年3月5日至8日，本府由觀光局陳局長率團赴日本大阪市推廣觀光。",
        "2.107年5月2日至6日，海洋局李局長率港務業者赴韓國仁川廣域市考察港灣建設。",
    )
    for city, leader, bureau in (
        ("大阪市", "陳局長", "觀光局"),
        ("仁川廣域市", "李局長", "海洋局"),
    ):
        (trip,) = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, city))
        assert trip.properties["led_by"] == leader
        assert bureau in trip.properties["bureaus"]
    assert not [r for r in rels(ext, RelType.VISITED) if r.source.startswith("person:")]


def test_a_city_in_the_name_of_an_event_held_where_they_went_is_no_destination() -> None:
    ext = chapter(
        "1.107年3月5日至8日，本府農業局組團赴日本千葉市幕張展覽館參加「2018東京國際食品展」。",
        "2.107年5月2日至6日，本府觀光局組團前往日本堺市展覽中心參加「2018大阪國際旅遊展」。",
    )
    targets = {r.target for r in rels(ext, RelType.VISITED, source=KAOHSIUNG)}
    assert targets == {named(ext, "千葉市"), named(ext, "堺市")}


def test_the_city_naming_an_event_is_its_host_when_no_city_is_gone_to() -> None:
    ext = chapter("1.107年3月5日至8日，本府觀光局組團參加日本「2018大阪國際旅遊展」。")
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "大阪市"))


def test_an_invitation_to_the_city_to_attend_abroad_is_no_trip() -> None:
    ext = chapter(
        "1.107年4月10日，日本靜岡市副市長山本和夫來訪，並代表靜岡市邀請本府出席該市於本年10月"
        "主辦之「2018靜岡港灣論壇」。",
        "2.韓國仁川廣域市來函邀請陳市長參加於仁川廣域市舉行之「2018仁川國際會議」。",
    )
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG)
    # the one who brought the invitation did come
    assert rels(ext, RelType.VISITED, source=named(ext, "山本和夫"), target=KAOHSIUNG)


def test_a_home_troupe_going_with_the_delegation_visited_too() -> None:
    ext = chapter(
        "1.107年6月6日至10日，本府觀光局組團赴姊妹市日本靜岡市，參加「2018靜岡祭」，"
        "並由本市某某高中儀隊參與花車遊行演出。",
        "2.107年8月5日至8日，本府由王副市長率領文化局人員及本市某某國中管樂社，前往日本福岡市"
        "參加「2018福岡祭」。",
    )
    for team, city in (("某某高中儀隊", "靜岡市"), ("某某國中管樂社", "福岡市")):
        found = rels(ext, RelType.VISITED, source=named(ext, team), target=named(ext, city))
        assert found, team


def test_a_visitor_received_by_a_home_official_met_the_city() -> None:
    ext = chapter(
        "1.107年2月19日，日本靜岡市副市長山本一郎率該市觀光局人員來訪，由王副市長接見，"
        "雙方就直航航班交換意見。",
        "2.107年4月10日，韓國仁川廣域市副市長金正民率團來訪，由本府李秘書長親自接見。",
    )
    for visitor, day in (("山本一郎", "2018-02-19"), ("金正民", "2018-04-10")):
        assert rels(
            ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, visitor), date=day
        ), visitor


def test_a_home_mayor_named_in_full_receiving_a_visitor_is_the_one_who_met_him() -> None:
    ext = chapter(
        "1.本市市長王大明於107年1月就職。",
        "2.107年4月10日，韓國仁川廣域市副市長金正民率領經濟訪問團來訪，由王大明市長親自接見，"
        "雙方就港灣物流交換意見。",
    )
    assert rels(
        ext,
        RelType.MET_WITH,
        source=named(ext, "王大明"),
        target=named(ext, "金正民"),
        date="2018-04-10",
    )


def test_a_foreign_mayor_receiving_the_citys_delegation_is_not_the_home_side() -> None:
    ext = chapter("1.107年5月14日至16日，本府由王副市長率團赴日本靜岡市訪問，由靜岡市市長接見。")
    assert not rels(ext, RelType.MET_WITH, target=KAOHSIUNG)
    assert not [r for r in rels(ext, RelType.MET_WITH) if r.source.startswith("person:")]


def test_a_meeting_still_to_come_is_no_meeting() -> None:
    ext = chapter(
        "1.日本靜岡市與本市同為港灣城市，本府規劃於本年7月出席「2018港灣城市論壇」期間拜會靜岡市長。",
        "2.本府預計明年由陳市長率團赴韓國仁川廣域市，會晤該市市長金正民。",
    )
    assert not rels(ext, RelType.MET_WITH)


def test_a_school_whose_teachers_and_students_are_led_here_visited_too() -> None:
    ext = chapter(
        "1.107年9月18日至22日，美國西雅圖市某某協會會長史約翰率領該市林肯高中"
        "（Lincoln High School）師生一行18人來訪。",
        "2.107年10月3日，日本靜岡市教育長山本一郎率領靜岡市立清水中學學生20人來訪，參與課堂活動。",
    )
    for visitor in ("林肯高中", "某某協會", "史約翰", "靜岡市立清水中學", "山本一郎"):
        assert rels(ext, RelType.VISITED, source=named(ext, visitor), target=KAOHSIUNG), visitor


def test_the_mayor_of_a_city_no_place_data_knows_brings_no_country_along() -> None:
    ext = chapter(
        "1.107年7月19日至21日，韓國某某陽市市長朴大明率市政考察團來訪，參觀本市港埠設施。",
        "2.107年8月2日，菲律賓某某阿坡市副市長桑托斯率團來訪。",
    )
    assert rels(ext, RelType.VISITED, source=named(ext, "朴大明"), target=KAOHSIUNG)
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert not visitors & {"country:kr", "country:ph"}


def test_a_guest_meeting_the_home_mayor_named_in_full_met_the_mayor() -> None:
    for text, guest in (
        ("1.日本靜岡市市長王大明於106年5月3日來訪，與陳菊市長會晤，雙方就觀光交換意見。", "王大明"),
        ("1.韓國大邱廣域市副市長李小明於5月來訪時與陳菊市長會談。", "李小明"),
        ("1.美國西雅圖市議長張三豐一行於106年5月8日來高，並拜會陳菊市長。", "張三豐"),
    ):
        ext = chapter(text, period="2017-01/2017-06")
        mayor, visitor = named(ext, "陳菊"), named(ext, guest)
        met = rels(ext, RelType.MET_WITH, source=mayor, target=visitor) + rels(
            ext, RelType.MET_WITH, source=visitor, target=mayor
        )
        assert met, text
        assert rels(ext, RelType.VISITED, source=visitor, target=KAOHSIUNG), text
        assert not rels(ext, RelType.VISITED, source=mayor), text


def test_a_city_is_met_only_through_an_official_of_it() -> None:
    ext = chapter("1.106年5月3日至8日，本府經發局赴日本，拜會靜岡市及大阪市，考察智慧城市。")
    assert not rels(ext, RelType.MET_WITH)
    for text, city in (
        ("1.106年5月3日至8日，本府經發局赴日本靜岡市考察，並與靜岡市副市長會晤。", "靜岡市"),
        ("1.106年5月3日，本府觀光局赴日本靜岡縣，拜會靜岡縣副知事。", "靜岡縣"),
        ("1.106年5月3日，本府經發局赴日本，期間拜會靜岡市之副市長。", "靜岡市"),
    ):
        ext = chapter(text)
        assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, city)), text


def test_a_heading_meeting_a_mayor_the_text_names_is_the_persons() -> None:
    for heading, body in (
        (
            "（一）與日本靜岡市市長視訊會談",
            "106年5月3日，陳菊市長與姊妹市日本靜岡市市長王大明以視訊方式會談。",
        ),
        ("（一）視訊拜會靜岡市長", "106年5月3日，陳菊市長與日本靜岡市市長王大明進行視訊會談。"),
        ("（一）與靜岡市首長線上會晤", "106年5月3日，陳菊市長以視訊與日本靜岡市市長王大明會晤。"),
    ):
        ext = chapter(heading, body, period="2017-01/2017-06")
        assert rels(ext, RelType.MET_WITH, target=named(ext, "王大明")) or rels(
            ext, RelType.MET_WITH, source=named(ext, "王大明")
        ), body
        assert not rels(ext, RelType.MET_WITH, target=named(ext, "靜岡市")), heading


def test_a_mayor_leading_a_delegation_brings_the_city_whatever_the_adverbs() -> None:
    for text in (
        "1.日本靜岡市市長王大明於107年3月8日親自率團來訪，參觀本市港區。",
        "1.日本靜岡市市長王大明親自於107年3月8日率團來訪，參觀本市港區。",
        "1.日本靜岡市市長王大明於107年3月8日特地率領市府官員來高，洽談觀光合作。",
    ):
        ext = chapter(text)
        city = named(ext, "靜岡市")
        assert rels(ext, RelType.VISITED, source=city, target=KAOHSIUNG, start="2018-03-08"), text


def test_a_party_said_to_have_come_before_its_name_visited() -> None:
    for text, visitor in (
        ("1.107年3月8日，本府海洋局與來訪之菲律賓某某港務局簽署「港務合作備忘錄」。", "某某港務局"),
        ("1.107年3月8日，本府觀光局接待來高之日本靜岡市代表團，並與該市簽署觀光備忘錄。", "靜岡市"),
        ("1.107年3月8日，本府教育局與到訪的日本某某大學簽署「教育交流協議」。", "某某大學"),
    ):
        ext = chapter(text)
        found = rels(ext, RelType.VISITED, source=named(ext, visitor), target=KAOHSIUNG)
        assert found and found[0].properties.get("start") == "2018-03-08", text
    ext = chapter(
        "1.107年3月8日，本府海洋局與來訪之菲律賓某某港務局簽署「港務合作備忘錄」，由該局局長王大明率團出席。"
    )
    found = rels(ext, RelType.VISITED, source=named(ext, "王大明"), target=KAOHSIUNG)
    assert found and found[0].properties.get("start") == "2018-03-08"


def test_exchanges_by_video_to_come_leave_a_visit_made_in_person() -> None:
    for text in (
        "1.日本靜岡縣立某某高等學校師生一行20人於107年3月6日至9日來訪，雙方將定期辦理視訊交流。",
        "1.日本靜岡縣立某某高等學校師生一行20人於107年3月6日至9日來訪，未來將以線上方式持續交流。",
        "1.日本靜岡縣立某某高等學校師生一行20人於107年3月6日至9日來訪，並規劃明年起以視訊課程互動。",
    ):
        ext = chapter(text)
        school = named(ext, "靜岡縣立某某高等學校")
        assert rels(ext, RelType.VISITED, source=school, target=KAOHSIUNG, start="2018-03-06"), text


def test_the_legs_of_a_trip_told_before_its_items_are_the_trips() -> None:
    """本府某副市長率團訪問甲國及乙國，行程如下：1.…訪問某市 2.…轉赴某市: each leg is
    the city's visit, led as the trip was, and names the cities the countries summed up."""
    for lead, legs in (
        (
            "本府王副市長率海洋局及觀光局同仁組團訪問日本及韓國，行程重點如下：",
            (
                "1.107年3月5日至7日訪問日本靜岡市，出席該市港祭。",
                "2.同年3月8日至9日轉赴韓國仁川市，考察港灣建設。",
            ),
        ),
        (
            "王副市長於107年3月率觀光局人員出訪日本及韓國，分述如下：",
            ("1.3月5日至7日抵達日本靜岡市參訪。", "2.3月8日至9日前往韓國仁川市拜會市府。"),
        ),
        (
            "本府由王副市長率海洋局及觀光局同仁前往日本及韓國訪問，行程如下：",
            (
                "1.107年3月5日至7日赴日本靜岡市考察郵輪碼頭。",
                "2.107年3月8日至9日至韓國仁川市參訪。",
            ),
        ),
    ):
        ext = chapter("（一）出訪日韓", lead, *legs)
        for city, start in (("靜岡市", "2018-03-05"), ("仁川市", "2018-03-08")):
            found = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, city))
            assert found, (lead, city)
            assert found[0].properties["start"] == start
            assert found[0].properties.get("led_by") == "王副市長", (lead, city)
        for country in ("country:jp", "country:kr"):
            assert not rels(ext, RelType.VISITED, source=KAOHSIUNG, target=country), lead


def test_visiting_the_citys_sister_city_is_a_trip_abroad() -> None:
    """訪問本市姊妹市某市, 拜訪本市友好城市某市: 本市 owns what is visited; the city went."""
    for sentence in (
        "107年3月5日至7日，本府觀光局訪問本市姊妹市日本靜岡市，推廣觀光。",
        "107年3月5日至7日，王副市長率團拜訪本市友好城市日本靜岡市。",
        "107年3月5日至7日，本府海洋局參訪本市之姊妹市日本靜岡市港灣設施。",
    ):
        ext = chapter(sentence)
        shizuoka = named(ext, "靜岡市")
        assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=shizuoka), sentence
        assert not rels(ext, RelType.VISITED, source=shizuoka, target=KAOHSIUNG), sentence


def test_the_year_a_tie_was_made_dates_nothing_after_it() -> None:
    """（2015年締結）, 兩市於2015年締結姊妹市, 2015年與本市結盟: when the tie began, not
    when the meeting told after it took place."""
    for sentence in (
        "107年3月5日至7日訪問本市姊妹市日本靜岡市（2015年締結），並與靜岡市市長田中一郎會晤。",
        "兩市於2015年締結姊妹市，3月6日王副市長於市府接見靜岡市市長田中一郎。",
        "靜岡市早在2015年即與本市結盟，3月6日王副市長與靜岡市市長田中一郎會晤。",
    ):
        ext = chapter(sentence)
        met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "田中一郎"))
        assert met and met[0].properties["year"] == 2018, sentence


def test_a_time_between_the_leader_and_率_is_no_part_of_the_leader() -> None:
    """陳市長於107年4月16日至20日率…, 秘書處黃處長於3月26日至29日率…, 王副市長在5月初率團."""
    for sentence, leader in (
        ("王市長於107年4月16日至20日率觀光局人員訪問日本靜岡縣及靜岡市。", "王市長"),
        ("秘書處李處長於107年3月26日至29日率同仁赴日本靜岡市洽談合作。", "李處長"),
        ("107年5月，王副市長在5月初率團前往日本靜岡市考察港灣建設。", "王副市長"),
    ):
        ext = chapter(sentence)
        found = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "靜岡市"))
        assert found and found[0].properties.get("led_by") == leader, sentence


def test_who_came_may_open_the_sentence_before_a_clause_of_time_and_verb() -> None:
    ext = chapter(
        "1.位於靜岡市之靜岡縣立某某高等學校師生一行30人，於107年3月5日至8日來訪。",
        "2.日本福岡縣立某某中學學生20人，於107年4月2日來訪，參觀本市港灣設施。",
        "3.韓國釜山市某某商工會議所會員15人，於107年5月9日至11日來訪。",
    )
    for body, start in (
        ("靜岡縣立某某高等學校", "2018-03-05"),
        ("福岡縣立某某中學", "2018-04-02"),
        ("某某商工會議所", "2018-05-09"),
    ):
        assert rels(ext, RelType.VISITED, source=named(ext, body), start=start), body
    for place in ("靜岡縣", "福岡縣", "釜山市"):  # no place came for its school or body
        assert not rels(ext, RelType.VISITED, source=named(ext, place)), place


def test_a_school_run_by_a_place_is_that_place_s_wherever_it_is_named() -> None:
    ext = chapter(
        "1.位於靜岡市之靜岡縣立某某高等學校師生一行30人，於107年3月5日至8日來訪，"
        "3月6日與本市某某高中簽署姊妹校協定書。"
    )
    ids = {e.id for e in ext.entities if e.name_zh == "靜岡縣立某某高等學校"}
    assert len(ids) == 1


def test_a_list_after_the_home_side_s_meeting_verb_is_of_those_met() -> None:
    ext = chapter(
        "1.107年3月8日，外交部安排友邦使節團南下參訪，陳市長於市府接見巴拉圭駐華大使館大使"
        "王大明、史瓦帝尼王國駐華大使館大使李小華及貝里斯駐華大使館大使張三豐等人，"
        "就農業技術、醫療及青年交流等議題交換意見。",
        "2.107年4月12日，葉副市長接見來訪之帛琉駐臺大使林志明、海地駐臺大使陳志強，"
        "雙方就觀光交流交換意見。",
        "3.107年5月3日，陳市長在市長室接見日本熊本市議會議員山田太郎、熊本縣議會議員佐藤次郎。",
    )
    for name, day in (
        ("王大明", "2018-03-08"),
        ("李小華", "2018-03-08"),
        ("張三豐", "2018-03-08"),
        ("林志明", "2018-04-12"),
        ("陳志強", "2018-04-12"),
        ("山田太郎", "2018-05-03"),
        ("佐藤次郎", "2018-05-03"),
    ):
        person = named(ext, name)
        assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=person, date=day), name
        # received at home: they came that day
        assert rels(ext, RelType.VISITED, source=person, target=KAOHSIUNG, start=day), name


def test_one_the_home_side_calls_on_abroad_made_no_visit() -> None:
    ext = chapter(
        "1.107年6月4日至8日，陳市長率團訪問日本熊本市，6月5日拜會熊本市市長山田太郎、"
        "熊本市議會議長佐藤次郎。"
    )
    for name in ("山田太郎", "佐藤次郎"):
        person = named(ext, name)
        assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=person), name
        assert not rels(ext, RelType.VISITED, source=person), name


def test_one_met_may_be_taken_up_by_surname_and_title_after_the_full_name() -> None:
    ext = chapter(
        "1.日本熊本市市長山田太郎率團一行15人，於107年3月5日至7日來訪，3月5日陳市長於市府"
        "接見山田市長，雙方就青年交流交換意見。",
        "2.日本福岡市副市長佐藤次郎率團於107年4月2日至4日來訪，4月3日葉副市長會見佐藤副市長。",
        "3.107年5月9日至11日，陳市長率團訪問日本靜岡市，5月10日拜會靜岡市市長鈴木一郎，"
        "並於5月11日再度與鈴木市長會晤。",
    )
    for name, day in (("山田太郎", "2018-03-05"), ("佐藤次郎", "2018-04-03")):
        assert rels(ext, RelType.MET_WITH, target=named(ext, name), date=day), name
    assert rels(ext, RelType.MET_WITH, target=named(ext, "鈴木一郎"))
    assert not [e for e in ext.entities if e.name_zh in ("山田", "佐藤", "鈴木")]


def test_an_undated_visit_and_meeting_are_one_visit_in_the_year_read() -> None:
    got = chapter("日本某某縣知事山田太郎一行來訪，並拜會陳市長。")
    visits = rels(got, RelType.VISITED, source=named(got, "山田太郎"), target=KAOHSIUNG)
    assert [v.properties.get("year") for v in visits] == [2018]


def test_the_home_official_written_name_before_title_hosts_the_visit() -> None:
    ext = chapter(
        "1.日本靜岡市市長山本一郎（Yamamoto Ichiro）率團於107年5月21日至24日訪問本市，"
        "5月22日拜會王大明代理市長，雙方交換意見。",
        "2.泰國清邁市副市長頌恩（Somchai Kaew）於107年3月13日至16日率團來訪，"
        "3月14日李小華市長接見頌恩副市長一行。",
        "3.韓國大邱市議會議長金英哲一行於107年4月2日來訪，並晉見張志明市長。",
    )
    for host, guest, title, day in (
        ("王大明", "山本一郎", "代理市長", "2018-05-22"),
        ("李小華", "頌恩", "市長", "2018-03-14"),
        ("張志明", "金英哲", "市長", "2018-04-02"),
    ):
        ours = named(ext, host)
        assert rels(ext, RelType.HOLDS_TITLE, source=ours, target=KAOHSIUNG, title_zh=title), host
        met = rels(ext, RelType.MET_WITH, source=ours, target=named(ext, guest), date=day)
        met += rels(ext, RelType.MET_WITH, source=named(ext, guest), target=ours, date=day)
        assert met, host


def test_a_place_sharing_its_suffix_with_a_title_names_no_one_after_a_verb() -> None:
    ext = chapter(
        "1.本府規劃於本年7月出席「2018某某論壇」期間拜會靜岡市長，推動兩市交流。",
        "2.107年5月3日拜會札幌市長，洽談觀光合作。",
        "3.4月2日京都市長來函致意。",
    )
    assert not [e for e in ext.entities if e.label == Label.PERSON]


def test_an_undated_clause_telling_the_coming_again_keeps_its_days() -> None:
    ext = chapter(
        "1.日本靜岡市市長山田太郎於107年5月8日至11日率團來訪，5月9日與陳市長會晤，"
        "本府並安排參訪高雄軟體園區。",
        "2.韓國大邱市副市長金英哲於107年3月2日至5日率團來訪，3月3日拜會陳市長，"
        "訪問團並至本市港埠參觀。",
        "3.泰國清邁市副市長頌恩於107年6月10日至13日來訪，6月11日與許副市長會面，"
        "其後蒞臨本市美術館參觀。",
    )
    for name, start, end in (
        ("山田太郎", "2018-05-08", "2018-05-11"),
        ("金英哲", "2018-03-02", "2018-03-05"),
        ("頌恩", "2018-06-10", "2018-06-13"),
    ):
        visits = rels(ext, RelType.VISITED, source=named(ext, name), target=KAOHSIUNG)
        assert [(v.properties["start"], v.properties.get("end")) for v in visits] == [
            (start, end)
        ], name


def test_the_one_met_written_as_a_pronoun_is_the_visitor_named_before() -> None:
    ext = chapter(
        "1.日本靜岡市市長山田太郎於107年5月8日至11日率團來訪，5月9日由王副市長代表市府接待"
        "並與其會晤，雙方交換意見。",
        "2.韓國大邱市副市長金英哲於107年3月2日至5日來訪，3月3日本府由李秘書長與其會談。",
        "3.泰國清邁市市長頌恩（Somchai Kaew）於107年6月10日至13日率團來訪，"
        "6月11日由許副市長接待並與他會面。",
    )
    for name, day in (("山田太郎", "2018-05-09"), ("金英哲", "2018-03-03"), ("頌恩", "2018-06-11")):
        met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, name), date=day)
        assert met, name


def test_a_bureau_official_of_any_listed_title_leads_by_surname_and_title() -> None:
    ext = chapter(
        "1.107年6月17日至28日，由教育局王科長帶領本市高中學生8名赴日本靜岡市參加青年營。",
        "2.107年5月2日至5日，由觀光局林課長率團赴韓國大邱市推廣觀光。",
        "3.107年3月6日至9日，由海洋局張主任率團赴日本福岡市考察港灣建設。",
    )
    for city, leader in (("靜岡市", "王科長"), ("大邱市", "林課長"), ("福岡市", "張主任")):
        found = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, city))
        assert found and found[0].properties.get("led_by") == leader, city


def test_a_listed_visitor_named_again_title_first_brings_the_city_along() -> None:
    ext = chapter(
        "1.本期重要訪賓包括：日本靜岡市市長山田太郎、韓國大邱市副市長金英哲、"
        "泰國清邁市市長頌恩（Somchai Kaew）等。",
        "2.去年締結友好城市的日本靜岡市，市長山田太郎於107年3月13日至16日率團訪問本市。",
        "3.韓國大邱市副市長金英哲於107年4月2日至4日率經貿團來訪。",
        "4.泰國清邁市，市長頌恩（Somchai Kaew）於107年5月8日率團來訪。",
    )
    starts = (("靜岡市", "2018-03-13"), ("大邱市", "2018-04-02"), ("清邁市", "2018-05-08"))
    for city, start in starts:
        assert rels(ext, RelType.VISITED, source=named(ext, city), target=KAOHSIUNG, start=start)


def test_the_body_that_formed_the_delegation_is_the_one_that_came() -> None:
    ext = chapter(
        "1.日本靜岡市國際交流協會組成青少年訪問團一行20人，於107年3月28日至31日來訪，"
        "至本市某高中與學生共同上課。",
        "2.韓國大邱市商工會議所籌組經貿考察團一行15人，於107年4月2日至4日來訪，並參訪本市加工區。",
        "3.泰國清邁大學組成學生交流團一行12人，於107年5月8日來訪。",
    )
    for body, start in (
        ("靜岡市國際交流協會", "2018-03-28"),
        ("大邱市商工會議所", "2018-04-02"),
        ("清邁大學", "2018-05-08"),
    ):
        assert rels(ext, RelType.VISITED, source=named(ext, body), target=KAOHSIUNG, start=start)
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert len(visitors) == 3, visitors


def test_a_home_school_led_by_its_head_goes_abroad_whatever_is_agreed_for_later() -> None:
    ext = chapter(
        "1.為深化與姊妹市之交流，本市某某高商由校長率師生一行18人，於107年3月19日至22日"
        "赴日本靜岡市參訪，雙方約定每年輪流互訪並辦理線上共學課程。",
        "2.為推動國際教育，本市某某女中由該校主任率學生12人，於107年4月9日至12日赴韓國大邱市交流，"
        "雙方同意定期以視訊交流。",
        "3.本市某某國中由校長帶隊率師生20人，於107年5月2日至6日赴日本福岡市參訪。",
    )
    for school, city, start in (
        ("某某高商", "靜岡市", "2018-03-19"),
        ("某某女中", "大邱市", "2018-04-09"),
        ("某某國中", "福岡市", "2018-05-02"),
    ):
        found = rels(ext, RelType.VISITED, source=named(ext, school), target=named(ext, city))
        assert found and found[0].properties["start"] == start, school


def test_a_call_on_the_city_then_a_talk_with_an_official_is_a_meeting() -> None:
    ext = chapter(
        "1.107年6月12日，日本靜岡市議會議長山本一郎率團來訪，拜會本府並與王副市長會談。",
        "2.107年3月5日，韓國仁川市副市長朴正浩來訪，拜會市府並與林副市長會面，洽談觀光。",
        "3.107年4月9日，美國西雅圖市議員麥可．史東（Michael Stone）拜會本府並與秘書長會晤。",
    )
    for name, day in (
        ("山本一郎", "2018-06-12"),
        ("朴正浩", "2018-03-05"),
        ("麥可．史東", "2018-04-09"),
    ):
        assert rels(ext, RelType.MET_WITH, target=named(ext, name), date=day), name


def test_a_meeting_from_afar_with_the_city_government_and_its_official() -> None:
    ext = chapter(
        "1.韓國仁川市議會議長朴正浩於107年5月8日與本府林副市長進行視訊會談，交流防疫經驗。",
        "2.日本靜岡市市長田中誠於107年3月2日與本府王副市長以電話方式會談。",
        "3.107年4月22日　林副市長與美國西雅圖市市長約翰‧李（John Lee）舉行視訊會議，交換意見。",
        "4.107年6月1日　陳市長與日本福井縣知事杉本一郎召開線上會議，討論觀光。",
    )
    for name, day in (
        ("朴正浩", "2018-05-08"),
        ("田中誠", "2018-03-02"),
        ("約翰‧李", "2018-04-22"),
        ("杉本一郎", "2018-06-01"),
    ):
        person = named(ext, name)
        assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=person, date=day), name
        assert not rels(ext, RelType.VISITED, source=person), name
    assert not rels(ext, RelType.MET_WITH, target=named(ext, "西雅圖市"))


def test_handing_a_gift_to_the_mayor_in_person_is_meeting_him() -> None:
    ext = chapter(
        "1.107年10月5日至7日，日本靜岡市市長田中誠親率靜岡市議會議長鈴木一郎等一行9人來訪，"
        "將市民募得之賑災款面交陳市長。",
        "2.107年11月2日，韓國仁川市副市長朴正浩來訪，將該市紀念品當面致贈王副市長。",
        "3.107年12月3日，美國西雅圖市議員麥可．史東（Michael Stone）來訪，將募款支票面交本府。",
    )
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "田中誠"))
    assert not rels(ext, RelType.MET_WITH, target=named(ext, "鈴木一郎"))
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "朴正浩"))
    assert rels(ext, RelType.VISITED, source=named(ext, "麥可．史東"), start="2018-12-03")
    visits = rels(ext, RelType.VISITED, source=named(ext, "田中誠"))
    # the leader named in full (某國某市市長王大明) is led_by by name
    assert visits and visits[0].properties.get("led_by") == "田中誠"


def test_a_named_delegation_after_a_dated_item_and_a_space_is_the_visitor() -> None:
    ext = chapter(
        "1.3月5日至8日　靜岡市青少年交流訪問團一行25人來訪，並參訪本市國中。",
        "2.4月2日　福岡市學生訪問團一行12人來訪，體驗本市文化。",
        "3.5月10日至12日　仁川市青年交流訪問團一行18人來訪。",
    )
    for visitor in ("靜岡市青少年交流訪問團", "福岡市學生訪問團", "仁川市青年交流訪問團"):
        assert rels(ext, RelType.VISITED, source=named(ext, visitor), target=KAOHSIUNG), visitor
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert not {named(ext, c) for c in ("靜岡市", "福岡市", "仁川市")} & visitors


def test_a_remote_plan_going_on_from_a_plan_makes_no_visit_before_it_remote() -> None:
    ext = chapter(
        "1.3月24日　京都府立桂高等學校師生20人來訪，雙方將每年互派學生交流，並推動線上共學課程。",
        "2.4月2日　福岡市觀光協會一行8人來訪，雙方預計明年互訪，並以視訊持續交流。",
        "3.5月10日　仁川市立仁川高等學校師生12人來訪，雙方規劃合辦課程，同時透過網路分享資訊。",
    )
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    for visitor in ("京都府立桂高等學校", "觀光協會", "仁川高等學校"):
        assert any(v.endswith(visitor) for v in visitors), visitor


def test_a_body_glossed_before_its_delegation_word_is_the_visitor() -> None:
    ext = chapter(
        "1.107年3月8日，某國駐華辦事處處長王大明率台北市美國商會（AmCham）代表團一行20人來訪。",
        "2.107年4月2日，某國駐華辦事處處長李小華率台中市日本商工會議所（JCCI）訪問團來訪。",
        "3.107年5月9日，某國駐華辦事處處長張三豐率台北市歐洲協會（EA）考察團一行9人來訪。",
    )
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    for body in ("台北市美國商會", "台中市日本商工會議所", "台北市歐洲協會"):
        assert named(ext, body) in visitors, body
    assert not any("團" in v for v in visitors)


def test_a_day_of_a_trips_programme_does_not_narrow_the_trips_days() -> None:
    cases = [
        (
            "1.4月8日至12日　王市長率經發局赴日本福井縣訪問；4月9日拜會福井縣知事山田一郎，"
            "並出席福井縣主辦之「日台產業交流會」，以「某某」為題演講，介紹本市產業聚落。",
            "福井縣",
            ("2018-04-08", "2018-04-12"),
        ),
        (
            "1.107年5月14日至18日，李副市長率海洋局赴美國塔科馬市訪問；5月15日出席塔科馬市主辦之"
            "「港灣論壇」，並介紹本市港灣建設。",
            "塔科馬市",
            ("2018-05-14", "2018-05-18"),
        ),
        (
            "1.6月3日至7日　本府觀光局組團赴韓國大邱市推廣觀光；6月5日出席大邱市主辦之"
            "「大邱旅遊博覽會」，向當地業者介紹本市觀光資源。",
            "大邱市",
            ("2018-06-03", "2018-06-07"),
        ),
    ]
    for line, city, (start, end) in cases:
        ext = chapter(line)
        found = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, city))
        assert [(r.properties.get("start"), r.properties.get("end")) for r in found] == [
            (start, end)
        ], city


def test_the_leader_of_one_of_the_groups_come_visited_on_their_days() -> None:
    cases = [
        (
            "「2018高雄燈會藝術節」於107年2月10日至3月4日在愛河一帶舉行，本府依例邀請友好城市組團參加。"
            "日本福井市、松江市等2市代表團於2月9日至11日開幕期間來訪，其中福井市由副市長山田太郎"
            "親率市府代表一行10人出席開幕典禮，並與本府交換禮品。",
            "山田太郎",
            ("2018-02-09", "2018-02-11"),
        ),
        (
            "本府於107年4月12日至15日主辦「2018國際港灣論壇」，韓國大邱市及美國塔科馬市代表團於"
            "4月11日至14日來訪，其中塔科馬市由市長約翰‧史密斯親率港務官員出席論壇。",
            "約翰‧史密斯",
            ("2018-04-11", "2018-04-14"),
        ),
        (
            "德國漢堡市、法國里昂市等城市代表團於107年5月3日至6日來訪，其中漢堡市由議長"
            "漢斯‧穆勒親率議員一行6人出席本市主辦之「2018城市論壇」。",
            "漢斯‧穆勒",
            ("2018-05-03", "2018-05-06"),
        ),
    ]
    for line, person, (start, end) in cases:
        ext = chapter(line)
        found = rels(ext, RelType.VISITED, source=named(ext, person), target=KAOHSIUNG)
        days = [(r.properties.get("start"), r.properties.get("end")) for r in found]
        assert days == [(start, end)], person


def test_a_trips_delegation_told_at_each_stop_visited_it_with_the_leader() -> None:
    cases = [
        (
            [
                "107年3月5日至10日，王大明市長率經發局及觀光局組團訪問日本關西。"
                "訪問團於3月5日至7日停留兵庫縣姬路市，並參觀姬路港。",
                "3月8日至10日，訪問團轉往大阪府堺市，拜會當地企業。",
            ],
            "王大明",
            {"姬路市": ("2018-03-05", "2018-03-07"), "堺市": ("2018-03-08", "2018-03-10")},
        ),
        (
            [
                "107年4月2日至8日，李小華副市長率海洋局組團訪問美國西岸。"
                "該團4月2日至4日停留西雅圖市，考察港埠營運；4月5日至8日，該團轉赴波特蘭市。",
            ],
            "李小華",
            {"西雅圖市": ("2018-04-02", "2018-04-04"), "波特蘭市": ("2018-04-05", "2018-04-08")},
        ),
        (
            [
                "107年5月14日至19日，張志明市長率觀光局組團訪問韓國。"
                "考察團隨後停留大邱市，參訪會展中心。",
            ],
            "張志明",
            {"大邱市": None},
        ),
    ]
    for lines, leader, stops in cases:
        ext = chapter(*lines)
        for city, days in stops.items():
            for who in (KAOHSIUNG, named(ext, leader)):
                found = rels(ext, RelType.VISITED, source=who, target=named(ext, city))
                assert found, (who, city)
                if days:
                    assert (found[0].properties["start"], found[0].properties["end"]) == days


def test_a_guests_stay_in_the_city_told_by_its_days_is_a_visit() -> None:
    cases = [
        ("1.某某總會會長約翰‧史密斯於107年3月3日至9日在高期間，視察各場館。", "約翰‧史密斯"),
        ("1.日本某某協會會長山田一郎於107年3月3日至9日在高雄期間，參觀本市港灣設施。", "山田一郎"),
        ("1.美國某大學校長彼得‧布朗於107年3月3日至9日停留本市，洽談合作。", "彼得‧布朗"),
    ]
    for line, guest in cases:
        ext = chapter(line)
        found = rels(ext, RelType.VISITED, source=named(ext, guest), target=KAOHSIUNG)
        assert [(r.properties.get("start"), r.properties.get("end")) for r in found] == [
            ("2018-03-03", "2018-03-09")
        ], guest


def test_the_officials_named_after_a_remote_meeting_of_two_bureaus_met() -> None:
    cases = [
        (
            "1.107年5月21日，本府衛生局與日本福井市保健局以視訊方式舉行防疫交流會議，"
            "由福井市保健局局長山田一郎與本府衛生局黃局長分別介紹兩市措施。",
            "山田一郎",
            "2018-05-21",
        ),
        (
            "1.107年3月8日，本府海洋局與美國塔科馬港務局以線上方式召開港埠合作會議，"
            "由塔科馬港務局局長約翰‧史密斯及本府海洋局王局長共同主持。",
            "約翰‧史密斯",
            "2018-03-08",
        ),
        (
            "1.107年6月2日，本府觀光局與韓國大邱市文化局以遠距方式進行工作會談，"
            "由大邱市文化局局長金正民與本府觀光局林局長各自簡報觀光政策。",
            "金正民",
            "2018-06-02",
        ),
    ]
    for line, official, day in cases:
        ext = chapter(line)
        assert rels(
            ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, official), date=day
        ), official


def test_the_leader_named_after_a_change_of_plan_led_the_trip() -> None:
    cases = [
        (
            "1.「2018某某城市論壇」於107年4月3日至6日在日本福岡市舉行，本府原規劃由市長親自率團，"
            "因適逢議會總質詢，改由王副市長率經發局人員出席。",
            "福岡市",
            "王副市長",
        ),
        (
            "1.「2018某某觀光展」於107年5月8日至11日在韓國大邱市舉行，本府原安排由陳市長率團，"
            "嗣因颱風來襲，改派林秘書長率觀光局人員出席。",
            "大邱市",
            "林秘書長",
        ),
        (
            "1.「2018某某港灣年會」於107年6月2日至4日在美國塔科馬市舉行，本府原由市長親自率團，"
            "因公務繁忙，改由黃副市長率海洋局人員出席。",
            "塔科馬市",
            "黃副市長",
        ),
    ]
    for line, city, leader in cases:
        ext = chapter(line)
        found = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, city))
        assert [r.properties.get("led_by") for r in found] == [leader], city


def test_a_city_gone_to_before_a_verb_meeting_a_mission_is_visited() -> None:
    """赴某市拜會駐某國代表處: the mission's name begins after the verb; the city before
    it is where the trip went, not a part of the mission's name."""
    cases = [
        ("王副市長於5月3日赴東京拜會駐日代表處。", "city:jp:tokyo"),
        ("李副市長於3月2日赴首爾參訪駐韓國代表部。", "city:kr:seoul"),
        ("許局長於6月8日赴釜山拜會駐釜山辦事處。", "city:kr:busan"),
    ]
    for line, city in cases:
        ext = chapter(line)
        assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=city), city


def test_a_delegations_heading_keeps_its_visit_beside_another_citys_coming() -> None:
    """（一）甲市某某訪問團來訪, then 乙市市長王大明於…來訪: the text tells another
    place's coming, not the delegation's again; both visits stay."""
    cases = [
        (
            "（一）福岡市青少年訪問團來訪",
            "熊本市市長大西一史於107年3月28日來訪，本府安排參觀愛河。",
            "福岡市青少年訪問團",
            "大西一史",
        ),
        (
            "（二）八王子市青少年交流團來訪",
            "釜山市議會議長朴仁浩於107年5月8日來訪，本府安排參觀駁二藝術特區。",
            "八王子市青少年交流團",
            "朴仁浩",
        ),
        (
            "（三）大邱市青少年訪問團來訪",
            "仁川市市長朴南春於107年6月2日來訪，本府安排參觀旗津。",
            "大邱市青少年訪問團",
            "朴南春",
        ),
    ]
    for heading, line, delegation, visitor in cases:
        ext = chapter(heading, line)
        for party in (delegation, visitor):
            assert rels(ext, RelType.VISITED, source=named(ext, party), target=KAOHSIUNG), party


def test_a_remote_meeting_with_a_citys_school_or_firm_is_no_meeting_with_the_city() -> None:
    """本府某局與某市某某大學以視訊方式召開會議: a body of the city that is not its
    government does not stand for the city; 某市教育廳 (a bureau of it) does."""
    cases = [
        "1.107年4月2日，本府海洋局與熊本市某某大學以視訊方式召開港灣合作線上會議。",
        "1.107年5月8日，本府觀光局與仁川市觀光公社以線上方式召開觀光推廣會議。",
        "1.107年3月6日，本府教育局與大邱市某某高中以視訊方式舉行教育交流會議。",
    ]
    for line in cases:
        assert not rels(chapter(line), RelType.MET_WITH), line
    ext = chapter("1.107年3月6日，本府教育局與大邱市教育廳以視訊方式舉行教育交流會議。")
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target="city:kr:daegu")


def test_a_country_opening_a_bodys_name_is_no_country_visited() -> None:
    """前往某國交流協會某市事務所: the country opens the name of a body (its purpose word
    交流 is part of the name), not a country gone to; 赴某國交流 still is one."""
    cases = [
        "王副市長於5月3日前往日本交流協會高雄事務所拜會所長。",
        "林局長於4月2日前往韓國交流財團首爾事務所洽談合作。",
        "李副市長於3月8日赴日本交流協會台北事務所拜會代表。",
    ]
    for line in cases:
        ext = chapter(line)
        assert not [r for r in rels(ext, RelType.VISITED) if r.target.startswith("country:")], line
    ext = chapter("陳市長於6月1日率團赴日本交流，並與當地企業座談。")
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target="country:jp")


def test_each_in_turn_with_a_subject_of_its_own_is_not_the_people_of_the_clause_before() -> None:
    """甲市市長王大明及乙市市長李小華…會面，雙方某某團分別於3月及5月來訪: the groups came
    in turn, not the mayors of the clause before; 甲及乙，並分別於… (no subject of its
    own) still gives each their date."""
    cases = [
        (
            "熊本市市長大西一史及八王子市市長石森孝志於1月5日與陳市長會面，"
            "雙方青少年訪問團分別於3月及5月來訪。",
            ("2018-03", "2018-05"),
        ),
        (
            "福岡市市長高島宗一郎及熊本市市長大西一史於2月3日與陳市長會晤，"
            "兩市青年交流團分別於4月及6月來訪。",
            ("2018-04", "2018-06"),
        ),
        (
            "仁川市市長朴南春及大邱市市長權英珍於3月2日拜會陳市長，"
            "兩市學生訪問團分別於5月及6月來訪。",
            ("2018-05", "2018-06"),
        ),
    ]
    for line, months in cases:
        ext = chapter(line)
        people = {e.id for e in ext.entities if e.id.startswith("person:")}
        dated = [
            r
            for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)
            if r.source in people and r.properties.get("start") in months
        ]
        assert not dated, line
    ext = chapter("仁川市市長朴南春及大邱市市長權英珍，並分別於5月及6月來訪。")
    assert rels(ext, RelType.VISITED, source=named(ext, "權英珍"), start="2018-06")


def test_the_year_a_tie_was_made_is_no_date_of_a_coming() -> None:
    """與本市自民國60年即締結為姊妹市的甲市由…率團前來，並於2月3日出席…: 1971 is when
    the tie was made; the visit is this year's."""
    ext = chapter(
        "自民國60年即與本市締結為姊妹市的日本松山市由山田一郎副市長率團前來，"
        "並於2月3日出席開幕典禮。"
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "松山市"), target=KAOHSIUNG)
    assert visits and {v.properties["year"] for v in visits} == {2018}


def test_each_guest_city_is_led_by_its_own_leader() -> None:
    """甲市由某副市長率團、乙市由某議員率團前來: the first leader led 甲市 only."""
    ext = chapter(
        "2月2日，日本松山市由副市長山田一郎率團、美國塔科馬市由議員約翰‧柯爾率團前來參訪。"
    )
    led = {
        r.source: r.properties.get("led_by") for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)
    }
    assert led[named(ext, "松山市")] and "山田一郎" in str(led[named(ext, "松山市")])
    assert led[named(ext, "塔科馬市")] is None or "山田" not in str(led[named(ext, "塔科馬市")])


def test_each_stop_of_a_trip_glossed_with_its_days_is_of_the_lists_country() -> None:
    """Stops listed after one written with its country, each glossed with its English
    name and its days (某國甲市（Some City，3月6日至7日）、乙市（…）): of that
    country (倫敦市 is London, Ontario, here), each visited on its own days."""
    ext = chapter(
        "2018年3月5日至12日，本府王副市長率海洋局人員訪問北美城市，先後前往加拿大安大略省"
        "多倫多市（Toronto，3月6日至7日）、倫敦市（London，3月8日至9日）及美國阿拉巴馬州"
        "伯明翰市（Birmingham，3月10日至11日），考察港埠建設。"
    )
    for city, start, end in (
        ("city:ca:toronto", "2018-03-06", "2018-03-07"),
        ("city:ca:london", "2018-03-08", "2018-03-09"),
        ("city:us:birmingham-alabama", "2018-03-10", "2018-03-11"),
    ):
        found = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=city)
        assert found, city
        assert (found[0].properties["start"], found[0].properties["end"]) == (start, end)
        assert found[0].properties["led_by"] == "王副市長"
    assert not rels(ext, RelType.VISITED, target="city:gb:london")


def test_a_school_glossed_before_its_members_is_who_came() -> None:
    """某市某高中（English）師生一行N人來訪: the school came, its gloss no part of its
    name; not its city."""
    ext = chapter(
        "1.2018年10月5日，美國西雅圖市林肯高中（Lincoln High School）師生一行18人來訪，"
        "與本市鳳山高中簽署姊妹校協定。",
        "2.2018年11月2日，日本仙台市立第一中學校（Sendai Daiichi Junior High School）"
        "學生15名來訪。",
    )
    for school, start in (("林肯高中", "2018-10-05"), ("仙台市立第一中學校", "2018-11-02")):
        found = rels(ext, RelType.VISITED, source=named(ext, school), target=KAOHSIUNG)
        assert found and found[0].properties["start"] == start, school
    assert not rels(ext, RelType.VISITED, source="city:us:seattle")


def test_a_working_meeting_on_a_topic_with_a_section_of_the_city_visited() -> None:
    """…率團赴某市…。期間，訪團並與某市國際交流課就明年度某某事項進行工作會議: the
    city's delegation met the city (a section of its government), during the trip; the
    topic's 明年度 makes it neither a meeting to come nor one of next year. A section of
    another body of the city (某大學國際交流課) is no city."""
    for wording, met in (
        ("慶典期間，訪團並與福岡市國際交流課就明年度公務員互訪事項進行工作會議。", True),
        ("慶典期間，本府並與福岡市就明年度青少年交流事項進行會談。", True),
        ("慶典期間，訪團並與福岡大學國際交流課就明年度交換學生事項進行工作會議。", False),
    ):
        ext = chapter(
            "2018年8月1日至4日，本府觀光局陳局長率團赴日本福岡市參加「2018博多祭」。" + wording
        )
        found = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target="city:jp:fukuoka")
        assert bool(found) == met, wording
        assert all(r.properties.get("year") == 2018 for r in found), wording


def test_a_body_who_came_is_of_the_place_opening_its_name() -> None:
    """美國某州立大學（gloss）師生一行…來高研習臺灣文化: the body is of the place its name
    opens with, not of one named later in the sentence (臺灣)."""
    ext = chapter(
        "（三）美國西雅圖市林肯高中華語研習團",
        "美國西雅圖市林肯高中（Lincoln High School）師生一行16人，於2018年3月12日至20日"
        "來高雄研習華語及臺灣文化。",
    )
    school = named(ext, "林肯高中")
    assert rels(ext, RelType.VISITED, source=school, target=KAOHSIUNG, start="2018-03-12")
    assert {r.target for r in rels(ext, RelType.LOCATED_IN, source=school)} == {"city:us:seattle"}


def test_stops_told_in_the_trips_own_sentence_are_its_legs() -> None:
    """率團赴甲國訪問，X日至Y日停留甲市…；Z日轉赴乙市: each city on its own days, led by
    the trip's leader; the country was only the trip's summary."""
    ext = chapter(
        "107年5月7日至12日，本府經發局李局長率團赴日本訪問，5月7日至9日停留大阪市，"
        "並拜會當地商會；5月10日至12日轉赴京都市考察智慧農業。"
    )
    visits = {
        r.target: (r.properties.get("start"), r.properties.get("end"), r.properties.get("led_by"))
        for r in rels(ext, RelType.VISITED, source=KAOHSIUNG)
    }
    assert visits == {
        named(ext, "大阪市"): ("2018-05-07", "2018-05-09", "李局長"),
        named(ext, "京都市"): ("2018-05-10", "2018-05-12", "李局長"),
    }


def test_stops_told_in_the_sentence_after_a_trip_with_no_destination_are_its_legs() -> None:
    """本府由某副市長率…組團出訪。X日於甲市參加「…」…；Y日轉往乙國乙市…: the trip's
    stops are told in the next sentence, where it took part and where it went on to."""
    ext = chapter(
        "本府於107年9月3日至11日由王副市長率經發局人員組團出訪。"
        "9月4日至7日於美國西雅圖市參加「2018港口城市年會」，並拜會西雅圖市長；"
        "9月8日至10日轉往加拿大溫哥華市，考察港區再生。"
    )
    visits = {
        r.target: (r.properties.get("start"), r.properties.get("end"))
        for r in rels(ext, RelType.VISITED, source=KAOHSIUNG)
    }
    assert visits == {
        named(ext, "西雅圖市"): ("2018-09-04", "2018-09-07"),
        named(ext, "溫哥華市"): ("2018-09-08", "2018-09-10"),
    }


def test_a_meeting_at_a_stop_of_the_citys_trip_is_the_delegations() -> None:
    """…；9月8日至10日轉往某市，考察…，並與該市議員某某會晤: the delegation met them."""
    ext = chapter(
        "本府於107年9月3日至11日由王副市長率經發局人員組團出訪。"
        "9月4日至7日於美國西雅圖市參加「2018港口城市年會」；"
        "9月8日至10日轉往加拿大溫哥華市，考察港區再生，並與溫哥華市議員珍妮‧哈里斯會晤。"
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG)
    assert [r.target for r in met] == [named(ext, "珍妮‧哈里斯")]


def test_a_day_told_the_day_after_an_arrival_is_of_the_same_stay() -> None:
    """3月2日某人來訪；…某人…前來，並於3月3日出席…: one stay from 3月2日, not two
    trips; a visit two days later is another."""
    ext = chapter(
        "3月2日，日本松山市副市長山田一郎一行6人來訪。",
        "松山市由山田一郎副市長率團前來，並於3月3日出席開幕典禮。",
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "山田一郎"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["2018-03-02"]
    apart = chapter(
        "3月2日，日本松山市副市長山田一郎一行6人來訪。",
        "3月5日，日本松山市副市長山田一郎再度來訪。",
    )
    visits = rels(apart, RelType.VISITED, source=named(apart, "山田一郎"), target=KAOHSIUNG)
    assert sorted(v.properties.get("start") for v in visits) == ["2018-03-02", "2018-03-05"]


def test_a_meeting_told_in_a_listed_stop_of_a_trip_is_with_the_person_named() -> None:
    """行程如下：…2.…轉赴某市，與該市市長某某會晤: the delegation of the trip met the
    mayor named, not only his city."""
    ext = chapter(
        "（一）出訪智利",
        "陳副市長於107年4月2日至9日率海洋局人員組團出訪，行程如下：",
        "1.4月3日至5日訪問智利瓦爾帕萊索市，參訪該市港埠設施。",
        "2.4月6日至8日轉赴智利安托法加斯塔市，與該市市長荷西‧戈麥斯（José Gómez）會晤。",
    )
    mayor = named(ext, "荷西‧戈麥斯")
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=mayor)
    assert met and met[0].properties["start"] == "2018-04-06"


@pytest.mark.parametrize(
    ("lines", "period"),
    [
        (
            (
                "觀光局王局長於5月2日至8日率本市旅行業者組成推廣團赴日本考察：5月2日至4日於"
                "福岡市拜會當地旅行社，5月5日至8日轉赴熊本市。",
            ),
            "2018-01/2018-06",
        ),
        (
            (
                "觀光局王局長於五月二日至八日率本市旅行業者組成推廣團赴日本考察：五月二日至四日於"
                "福岡市拜會當地旅行社，五月五日至八日轉赴熊本市。",
            ),
            "2018-01/2018-06",
        ),
    ],
)
def test_a_trip_to_a_country_then_its_stops_after_a_colon(
    lines: tuple[str, ...], period: str
) -> None:
    # the stops after the colon, each with its days: the trip went to them, not to the
    # country as well; the leader is written before a date in figures or in numerals
    ext = chapter(*lines, period=period)
    trips = {
        r.target: (r.properties.get("start"), r.properties.get("end"), r.properties.get("led_by"))
        for r in rels(ext, RelType.VISITED, source=KAOHSIUNG)
    }
    assert trips == {
        named(ext, "福岡市"): ("2018-05-02", "2018-05-04", "王局長"),
        named(ext, "熊本市"): ("2018-05-05", "2018-05-08", "王局長"),
    }


def test_an_invitation_the_city_declined_later_in_the_sentence_is_no_trip() -> None:
    ext = chapter(
        "本府接獲日本福岡市邀請，參加該市於5月舉辦之「亞洲城市觀光論壇」，惟因議程衝突，本府婉謝與會。"
    )
    fukuoka = named(ext, "福岡市")
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG, target=fukuoka)
    assert rels(ext, RelType.INVITED, source=fukuoka, target=KAOHSIUNG)


def test_trips_a_day_apart_led_by_others_stay_two() -> None:
    ext = chapter(
        "3月2日觀光局長率團赴日本大阪市推廣觀光。", "3月3日教育局長率團赴日本大阪市考察教育。"
    )
    visits = rels(ext, RelType.VISITED, source=KAOHSIUNG)
    assert sorted(v.properties.get("led_by") for v in visits) == ["教育局長", "觀光局長"]


def test_a_sentence_dated_outside_a_trip_is_no_stop_of_it() -> None:
    """應某市之邀請，陳市長於1月5日至7日率團訪問某市。…2月10日於乙市參加「…」: not the
    trip's stop: no visit led by its leader, no invitation from its inviter."""
    ext = chapter(
        "應日本大阪市之邀請，陳市長於1月5日至7日率團訪問大阪市。",
        "1月6日於大阪市參加「2018大阪旅展」。",
        "2月10日於韓國釜山市參加「2018釜山國際論壇」。",
    )
    assert [r.target for r in rels(ext, RelType.VISITED, source=KAOHSIUNG)] == [
        named(ext, "大阪市")
    ]
    invited = rels(ext, RelType.INVITED, target=KAOHSIUNG)
    assert [r.properties.get("event") for r in invited] == ["event:大阪旅展:2018"]


def test_a_call_after_a_semicolon_is_the_visitor_told_before_it() -> None:
    """某市市長某某一行來訪；5月15日拜會陳市長: the visitor of the sentence before the
    ； met the mayor, on the day the call is dated."""
    x = chapter(
        "二、大事記",
        "107.05.14～05.17　斐濟蘇瓦市市長約翰‧辛格（John Singh）一行4人來訪；5月15日拜會陳市長，"
        "雙方就觀光交流交換意見，並參觀本市港埠設施。",
    )
    found = rels(x, RelType.MET_WITH, source=KAOHSIUNG, target=named(x, "約翰‧辛格"))
    assert found and found[0].properties.get("date") == "2018-05-15"


def test_a_meeting_after_the_signing_takes_the_signing_day() -> None:
    """…3月6日…簽署「…備忘錄」…；簽約後…與某某會談: met on the signing's day, not over
    the stop's days."""
    x = chapter(
        "（二）陳副市長率團訪問智利",
        "陳副市長於3月4日至10日率秘書處及海洋局人員組團出訪，行程如下：",
        "1.3月5日至7日訪問智利瓦爾帕萊索市，3月6日由陳副市長代表本府與瓦爾帕萊索港務公司簽署"
        "「港埠交流合作備忘錄」，雙方將交流港埠經營經驗；簽約後陳副市長並與該公司總經理荷西‧"
        "巴斯克斯（José Vásquez）會談，參觀貨櫃碼頭。",
    )
    found = rels(x, RelType.MET_WITH, source=KAOHSIUNG, target=named(x, "荷西‧巴斯克斯"))
    assert found and found[0].properties.get("date") == "2018-03-06"


def test_a_dated_trip_to_countries_told_again_city_by_city_goes() -> None:
    """A log line 11.16～11.28 某副市長率團訪問甲國及乙國 and the section detailing its
    stops (11月17日至20日訪問甲國某市…): the cities' visits tell the trip."""
    ext = chapter(
        "107.11.16～11.28　王副市長率團訪問日本及韓國（詳見後述）。",
        "（二）王副市長率團訪問日本及韓國",
        "王副市長於11月16日至28日率經發局人員組團出訪，行程如下：",
        "1.11月17日至20日訪問日本大阪市，拜會大阪市副市長山田一郎。",
        "2.11月21日至27日轉往韓國釜山市，參訪釜山港務公社。",
    )
    targets = {r.target for r in rels(ext, RelType.VISITED, source=KAOHSIUNG)}
    assert "country:jp" not in targets and "country:kr" not in targets
    assert {named(ext, "大阪市"), named(ext, "釜山市")} <= targets


def test_a_log_lines_figures_date_is_no_part_of_the_leader() -> None:
    ext = chapter("107.09.07～09.10　王副市長率經發局人員赴日本大阪市，出席大阪觀光博覽會。")
    visits = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "大阪市"))
    assert [v.properties.get("led_by") for v in visits] == ["王副市長"]


def test_that_citys_mayor_known_by_name_is_the_one_who_came() -> None:
    """某市市長王大明…來訪。…1.某市：該市市長於12月來訪期間…: the mayor known came, not
    the city."""
    ext = chapter(
        "12月9日至12日，帛琉科羅州州長約翰‧吉布森一行5人來訪。",
        "1.帛琉科羅州：該州州長於12月來訪期間，雙方就締結友好城市事宜進行洽商。",
        period="2018-07/2018-12",
    )
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert named(ext, "約翰‧吉布森") in visitors
    assert named(ext, "科羅州") not in visitors


def test_a_delegation_written_before_who_led_it_is_the_one_that_came() -> None:
    ext = chapter(
        "8月18日至23日，韓國大邱市青少年交流團一行25人由大邱市國際協力課課長朴成洙率領來訪。"
    )
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert named(ext, "大邱市青少年交流團") in visitors
    assert not any("國際協力課" in v for v in visitors)


def test_a_team_told_by_its_kind_sent_by_cities_is_each_citys_coming() -> None:
    ext = chapter("大阪市與釜山市並分別派遣藝術家團隊來高進行駐地創作。")
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert visitors == {named(ext, "大阪市"), named(ext, "釜山市")}


@pytest.mark.parametrize(
    "plan",
    [
        "美國波特蘭市市長Tom Lee於11月2日拜會陳市長，並邀請本府明年組團參加該市「2019玫瑰節」；",
        "澳洲雪梨市邀請本府出席2019年9月在雪梨舉行之「2019港灣論壇」；",
    ],
)
def test_a_plan_for_next_year_leaves_the_later_visits_in_the_reports_year(plan: str) -> None:
    """After an invitation to next year's event, a day of the report's months written
    without a year is still of the report's year."""
    ex = chapter(
        plan + "加拿大安大略省經濟發展廳副廳長Susan Blake於12月2日率該省業者來訪。",
        period="2018-07/2018-12",
    )
    (visit,) = rels(ex, RelType.VISITED, source=named(ex, "Susan Blake"), target=KAOHSIUNG)
    assert visit.properties["start"] == "2018-12-02"


def test_a_story_gone_on_into_next_year_keeps_that_year() -> None:
    ex = chapter(
        "2019年1月5日，日本福岡市副市長山田太郎率團來訪；1月20日，韓國釜山市副市長金大成率團來訪。",
        period="2018-07/2018-12",
    )
    (visit,) = rels(ex, RelType.VISITED, source=named(ex, "金大成"), target=KAOHSIUNG)
    assert visit.properties["start"] == "2019-01-20"


def test_a_troupe_named_by_the_city_s_name_goes_with_the_delegation() -> None:
    ext = chapter(
        "1.日本仙台市：另高雄市交響樂團應仙台市之邀，由文化局李局長率領於7月3日至7日"
        "參加「2018仙台七夕祭」，於勾當台公園演出2場。"
    )
    troupe = named(ext, "高雄市交響樂團")
    sendai = named(ext, "仙台市")
    assert rels(ext, RelType.VISITED, source=troupe, target=sendai, start="2018-07-03")
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=sendai, start="2018-07-03")
    (part,) = rels(ext, RelType.PARTICIPATED_IN, source=troupe)
    assert part.properties["role"] == "performer"
    assert rels(ext, RelType.INVITED, source=sendai, target=troupe)
    assert not rels(ext, RelType.INVITED, source=sendai, target=KAOHSIUNG)


def test_a_troupe_led_by_a_bureau_named_by_the_city_s_name_went_too() -> None:
    ext = chapter(
        "1.本府文化局於5月2日至6日率高雄市立管樂團赴美國西雅圖市參加「2018西雅圖音樂節」。"
    )
    troupe = named(ext, "高雄市立管樂團")
    assert rels(ext, RelType.VISITED, source=troupe, target=named(ext, "西雅圖市"))
    assert rels(ext, RelType.PARTICIPATED_IN, source=troupe)


def test_the_city_s_own_delegation_named_by_its_name_is_no_troupe() -> None:
    ext = chapter("1.本府於5月2日至6日組成高雄市青年代表團赴美國西雅圖市參訪。")
    assert not [e for e in ext.entities if "代表團" in (e.name_zh or "")]


def test_a_trip_made_according_to_a_plan_is_made() -> None:
    ext = chapter(
        "2.德國漢堡市：本府海洋局依去年之規劃，於6月3日至8日派員3名赴漢堡市考察港埠物流園區。"
    )
    assert rels(
        ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "漢堡市"), start="2018-06-03"
    )


def test_a_bureau_acting_after_the_item_s_place_takes_part_for_the_city() -> None:
    ext = chapter(
        "3.加拿大溫哥華市：環保局依年度計畫，於5月14日至18日派員2名赴溫哥華市，"
        "出席國際環保組織主辦之「2018全球城市氣候論壇」。"
    )
    vancouver = named(ext, "溫哥華市")
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=vancouver, start="2018-05-14")
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, status="attended")
    assert not rels(ext, RelType.PARTICIPATED_IN, source=vancouver)


def test_a_coming_told_as_the_time_of_an_invitation_takes_no_later_day() -> None:
    ext = chapter(
        "1.美國西雅圖市：西雅圖市副市長約翰‧史密斯於11月3日來訪。",
        "另上半年西雅圖市議員來訪時邀請本府派員交流港區再開發經驗一事，"
        "工務局已於10月21日至25日派員2名赴西雅圖市考察。",
        period="2018-07/2018-12",
    )
    seattle = named(ext, "西雅圖市")
    came = rels(ext, RelType.VISITED, source=seattle, target=KAOHSIUNG)
    assert came and all(r.properties.get("start") != "2018-10-21" for r in came)
    assert all(r.properties.get("year") == 2018 for r in came)
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=seattle, start="2018-10-21")


def test_a_letter_handed_over_names_its_writer_not_someone_met() -> None:
    ext = chapter(
        "1.美國西雅圖市：西雅圖市副市長約翰‧史密斯於3月6日率團來訪，當面轉交西雅圖市長致陳市長之邀請函。"
    )
    assert not rels(ext, RelType.MET_WITH, target=named(ext, "西雅圖市"))
    assert not rels(ext, RelType.MET_WITH, source=named(ext, "西雅圖市"))


def test_going_to_attend_with_no_place_goes_to_the_event_s_host() -> None:
    ext = chapter(
        "1.日本福岡市：本期適逢福岡市主辦「第20屆亞洲太平洋博覽會」，本府獲福岡市正式邀請，"
        "由陳市長於5月3日至6日率觀光局人員前往出席5月4日之開幕典禮。"
    )
    assert rels(
        ext,
        RelType.VISITED,
        source=KAOHSIUNG,
        target=named(ext, "福岡市"),
        start="2018-05-03",
        led_by="陳市長",
    )


def test_a_body_toured_on_a_trip_to_a_country_told_in_the_same_sentence() -> None:
    """並參訪某某集團 after the trip the sentence tells (to a country, 新加坡): the city
    visited that body in the trip's days, led by the trip's leader."""
    ext = chapter("1.李副市長於5月6日至9日率捷運局人員赴新加坡考察輕軌系統，並參訪新加坡電力集團。")
    body = named(ext, "新加坡電力集團")
    found = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=body)
    assert found and found[0].properties["start"] == "2018-05-06"
    assert found[0].properties["led_by"] == "李副市長"


def test_sites_toured_in_a_list_are_no_body_called_on() -> None:
    ext = chapter(
        "1.5月6日至9日，本府由海洋局組團赴荷蘭鹿特丹市，並參訪鹿特丹港務公司碼頭及當地海事學院。"
    )
    assert not [
        r for r in rels(ext, RelType.VISITED, source=KAOHSIUNG) if r.target.startswith("org:")
    ]


def test_a_body_called_on_after_an_official_named_in_full() -> None:
    """拜會某市長及某市港務局: the mayor is met, and the body, named in full with its
    place, is visited too."""
    ext = chapter(
        "期間	出訪地點	率團人員	任務",
        "8/3-8/8	美國西雅圖市	王市長	拜會西雅圖市長及西雅圖港務局，洽談航線合作",
    )
    body = named(ext, "西雅圖港務局")
    found = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=body)
    assert found and found[0].properties["start"] == "2018-08-03"


def test_a_body_called_on_is_visited_on_the_trip_its_row_tells() -> None:
    """A trip told first in an earlier item and again in a table row: a body the row
    calls on is visited on that row's trip, not on the row before's."""
    ext = chapter(
        "1.王副市長於3月5日至9日率團赴新加坡考察港埠管理。",
        "期間	出訪地點	率團人員	任務",
        "2/4-2/9	日本札幌市	李秘書長	考察冬季節慶行銷",
        "3/5-3/9	新加坡	王副市長	考察港埠管理，參訪新加坡海事集團",
    )
    found = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "新加坡海事集團"))
    assert found and found[0].properties["start"] == "2018-03-05"


def test_guests_received_by_a_home_bureau_named_after_the_verb() -> None:
    """本府某局於…接待「某市青少年交流團」: the delegation named after 接待 came, not
    the city going there."""
    ext = chapter("1.本府體育處於5月10日至14日接待「福岡市青少年棒球交流團」師生25人，安排友誼賽。")
    team = named(ext, "福岡市青少年棒球交流團")
    found = rels(ext, RelType.VISITED, source=team, target=KAOHSIUNG)
    assert found and found[0].properties["start"] == "2018-05-10"
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG)


def test_a_body_whose_official_by_surname_and_title_led_its_group() -> None:
    """某辦事處蘇副代表於…率某國業者來訪: the office came, led by 蘇副代表 (no person)."""
    ext = chapter(
        "此外，駐台北印尼經濟貿易代表處林副代表於4月12日率印尼旅行業者一行18人來訪，推介峇里島觀光。"
    )
    office = named(ext, "駐台北印尼經濟貿易代表處")
    found = rels(ext, RelType.VISITED, source=office, target=KAOHSIUNG)
    assert found and found[0].properties["led_by"] == "林副代表"
    assert found[0].properties["start"] == "2018-04-12"


@pytest.mark.parametrize("going", ["赴", "前往"])
def test_a_return_visit_paid_abroad_is_the_citys_trip(going: str) -> None:
    ext = chapter(
        f"(一)107年8月6日至9日，本府觀光局局長率團{going}日本熊本縣回訪，與該縣知事會晤。",
        "(二)107年9月3日，越南峴港市副市長阮文明率團回訪本市，參觀港區。",
    )
    kumamoto = named(ext, "熊本縣")
    (trip,) = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=kumamoto)
    assert trip.properties["start"] == "2018-08-06"
    assert not rels(ext, RelType.VISITED, source=kumamoto, target=KAOHSIUNG)
    assert rels(ext, RelType.VISITED, source=named(ext, "阮文明"), target=KAOHSIUNG)


def test_a_year_only_in_the_quoted_name_does_not_date_the_trip_over_the_days_before() -> None:
    ext = chapter(
        "1.107年7月3日至8日，本府由許副秘書長率觀光局人員，"
        "赴日本福岡市參加該市主辦之「2018年博多港灣祭」。"
    )
    (trip,) = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "福岡市"))
    assert (trip.properties["start"], trip.properties["end"]) == ("2018-07-03", "2018-07-08")


def test_a_home_band_taken_along_by_its_count_went_too() -> None:
    ext = chapter(
        "1.107年7月3日至8日，本府由許副秘書長率觀光局人員，偕同本市前鎮國中管樂隊共35人，"
        "赴日本福岡市參加該市主辦之「2018年博多港灣祭」。"
    )
    band = named(ext, "前鎮國中管樂隊")
    (trip,) = rels(ext, RelType.VISITED, source=band, target=named(ext, "福岡市"))
    assert trip.properties["led_by"] == "許副秘書長"


def test_晤談_with_a_mayor_unnamed_is_a_meeting_with_the_city() -> None:
    ext = chapter(
        "1.107年7月3日至8日，本府由許副秘書長率觀光局人員赴日本福岡市考察，"
        "並與福岡市長晤談，就兩市合作交換意見。"
    )
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "福岡市"))


def test_a_heading_of_a_visitor_list_naming_cities_in_passing_tells_no_visit() -> None:
    ext = chapter(
        "本期來訪外賓依地區臚列如下（福岡市、仁川市等姊妹市之訪團，另詳姊妹市交流）：",
        "日本方面，計有某某商會會長山田太郎、某某協會會長鈴木一郎等。",
    )
    for city in ("福岡市", "仁川市"):
        assert not rels(ext, RelType.VISITED, source=named(ext, city)), city


def test_a_day_of_what_the_visitor_invites_to_does_not_date_the_visit() -> None:
    ext = chapter(
        "(四)仁川世界盃籌備委員會事務次長李明浩來訪時，"
        "正式邀請本市組團參加108年9月29日開幕之「2019年仁川國際博覽會」開幕典禮。"
    )
    (visit,) = rels(ext, RelType.VISITED, source=named(ext, "李明浩"), target=KAOHSIUNG)
    assert visit.properties.get("start") != "2019-09-29"


def test_a_visitor_and_the_one_he_came_along_with_were_both_received() -> None:
    ext = chapter(
        "（九）107年5月28日，智利共和國駐華大使館大使卡洛斯‧羅哈斯偕同智利瓦爾帕萊索市"
        "市長豪爾赫‧夏普來訪，由陳市長接見。"
    )
    for person in ("卡洛斯‧羅哈斯", "豪爾赫‧夏普"):
        assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, person)), person


def test_an_official_sent_here_by_surname_and_title_leads_the_place_s_visit() -> None:
    ext = chapter(
        "2.為迎接明年舉行之「2019年仁川國際博覽會」，仁川市政府派國際協力課李課長"
        "於107年6月19日來訪，說明該市籌備進度。"
    )
    (visit,) = rels(ext, RelType.VISITED, source=named(ext, "仁川市"), target=KAOHSIUNG)
    assert (visit.properties["start"], visit.properties["led_by"]) == ("2018-06-19", "李課長")


def test_a_bureau_whose_official_by_surname_and_title_leads_its_group_came() -> None:
    ext = chapter("1.另日本神戶市港灣局山本局長亦率港灣考察團一行9人來訪，參觀本市港區。")
    (visit,) = rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert visit.source == named(ext, "神戶市港灣局")
    assert visit.properties["led_by"] == "山本局長"


def test_a_home_school_sending_its_people_along_visited_where_the_delegation_went() -> None:
    ext = chapter(
        "107年6月7日至12日，本府由黃副秘書長率民政局人員，赴美國西雅圖市參加該市主辦之"
        "「2018年西雅圖海洋節」。本市市立鼓山高中亦派員隨團前往，並與當地學校交流。"
    )
    school = named(ext, "市立鼓山高中")
    assert rels(ext, RelType.VISITED, source=school, target=named(ext, "西雅圖市"))


def test_a_leader_written_after_his_body_leads_by_name() -> None:
    ext = chapter("1.美國西雅圖港務局王大明局長於107年11月26日率港埠行銷團來訪，拜會本府海洋局。")
    port = named(ext, "西雅圖港務局")
    (visit,) = rels(ext, RelType.VISITED, source=port, target=KAOHSIUNG)
    assert visit.properties["led_by"] == "王大明"


def test_a_month_heading_dates_the_days_of_its_items() -> None:
    """A report told month by month (「二、三月」 over 「1.九日，某團來訪」): the items'
    days are of the heading's month, not undated."""
    text = "\n".join(
        [
            "壹、國際事務",
            "一、三月",
            "1.九日，日本大分縣議會議長佐藤一郎率議員一行8人來訪，拜會本府。",
            "2.本月間，本府新聞處派員赴韓國仁川廣域市參加觀光博覽會。",
        ]
    )
    got = extract_bytes((text + "\n").encode("utf-8"), "test.txt", "2018-01/2018-06")
    came = rels(got, RelType.VISITED, target=KAOHSIUNG)
    assert came and {r.properties.get("start") for r in came} == {"2018-03-09"}
    went = rels(got, RelType.VISITED, source=KAOHSIUNG)
    assert went and {r.properties.get("start") for r in went} == {"2018-03"}


def test_a_name_holding_the_character_of_sending_is_no_sending() -> None:
    """「某港務局（Port of …）港務委員派翠克‧王率該局人員來訪」: 派 of the name sends
    no one; he came."""
    ext = chapter(
        "2018年3月8日，美國舊金山港務局（Port of San Francisco）港務委員派翠克．王"
        "（Patrick Wang）率該局人員來訪。"
    )
    assert rels(ext, RelType.VISITED, source=named(ext, "派翠克．王"), target=KAOHSIUNG)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "2018年3月8日，德國在台協會處長馬克‧韋伯（Mark Weber）偕同德國漢堡港務局"
            "（Port of Hamburg）代表拜會本府，就港市合作交換意見。",
            "漢堡港務局",
        ),
        (
            "2018年3月9日，美國加州州長辦公室經濟處處長李察‧布朗（Richard Brown）偕同"
            "加州駐台貿易辦事處主任來訪，洽談農產品貿易。",
            "加州駐台貿易辦事處",
        ),
    ],
)
def test_a_foreign_body_whose_people_came_along_unnamed(sentence: str, body: str) -> None:
    """「某某偕同某港務局（Port of …）代表拜會本府」, 「…偕同某州駐台辦事處主任來訪」: the
    body whose people came along, unnamed, visited the city too."""
    ext = chapter(sentence)
    assert rels(ext, RelType.VISITED, source=named(ext, body), target=KAOHSIUNG)


def test_a_visitor_received_by_the_mayor_named_after_the_title() -> None:
    """「…率議員一行9人訪問本市，由市長陳菊親自接見」: the mayor named in full after his
    title met the visitor (as 由陳菊市長親自接見 reads)."""
    text = "\n".join(
        [
            "壹、國際事務",
            "一、城市交流",
            "2010年3月5日，韓國仁川廣域市議會議長李大成率議員一行9人訪問本市，"
            "由市長陳菊親自接見，雙方就港灣建設交換意見。",
        ]
    )
    got = extract_bytes((text + "\n").encode("utf-8"), "test.txt", "2010-01/2010-06")
    mayor, guest = named(got, "陳菊"), named(got, "李大成")
    assert rels(got, RelType.MET_WITH, source=mayor, target=guest)


def test_a_former_mayor_of_the_city_is_known_by_name() -> None:
    """「市長謝長廷」 in a report of 2001, a guest city's mayor named next: the city's own
    mayor then (seed/gazetteer/people.csv), not the guest city's."""
    text = "\n".join(
        [
            "壹、國際事務",
            "一、城市交流",
            "(1)本府於2001年11月14日至16日主辦「2001高雄國際港市論壇」，計有韓國仁川廣域市等"
            "港市代表約300人與會。",
            "(2)開幕式由市長謝長廷以「港都願景」為題發表主題演講。仁川廣域市李大成市長因公未克出席。",
        ]
    )
    got = extract_bytes((text + "\n").encode("utf-8"), "test.txt", "2001-07/2001-12")
    mayor = named(got, "謝長廷")
    assert rels(got, RelType.HOLDS_TITLE, source=mayor, target=KAOHSIUNG)
    assert not rels(got, RelType.HOLDS_TITLE, source=mayor, target="city:kr:incheon")


def test_a_school_whose_head_came_and_which_later_sent_students() -> None:
    """「…，由某高中校長親自來高簽署；同年5月該校並派學生16人來高」: the school came on the
    day, and again that month (two trips, not one)."""
    ext = chapter(
        "本市市立中山女中與西雅圖市羅斯福高中於107年3月28日完成姊妹校締約，"
        "由羅斯福高中校長親自來高簽署；同年5月該校並派學生16人來高進行寄宿交流。"
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "羅斯福高中"), target=KAOHSIUNG)
    assert sorted(r.properties.get("start") for r in came) == ["2018-03-28", "2018-05"]


def test_a_visitor_accompanying_another_both_came() -> None:
    """「某辦事處代表甲（gloss）陪同某州政府駐台辦事處處長乙（gloss）來訪」: both came, each
    of his own body."""
    ext = chapter(
        "2018年3月5日，澳大利亞商工辦事處代表約翰‧史密斯（John Smith）陪同新南威爾斯州政府"
        "駐台貿易投資辦事處處長大衛‧布朗（David Brown）來訪，說明合作潛力。"
    )
    for person in ("約翰‧史密斯", "大衛‧布朗"):
        assert rels(ext, RelType.VISITED, source=named(ext, person), target=KAOHSIUNG), person
    (title,) = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "大衛‧布朗"))
    assert title.properties["title_zh"] == "處長"


def test_the_trip_just_told_said_of_again_is_no_trip_of_its_own() -> None:
    """「…十三日再轉赴甲市…。此行為本府首度以正式訪團訪問某地區，…」: the trip told,
    named again as what it was; no second visit (nor one in another year)."""
    ext = chapter(
        "2018年3月11日至15日，由本府秘書長率建設局人員赴日本九州訪問，12日拜會大分縣知事，"
        "並就明年簽署觀光交流備忘錄交換意見；13日再轉赴福岡市，拜會福岡市長。",
        "此行為本府首度以正式訪團訪問福岡地區，為日後與福岡市建立合作關係奠定基礎。",
    )
    went = rels(ext, RelType.VISITED, source=KAOHSIUNG, target="city:jp:fukuoka")
    assert went and all(r.properties.get("year") == 2018 for r in went)


def test_the_host_the_citys_side_was_received_by_abroad() -> None:
    """「訪問團停留期間，承某市長某某（gloss）於市政廳接見」: the city met the mayor, not
    only his city."""
    ext = chapter(
        "2018年6月7日至13日，本府組成訪問團前往美國西雅圖姊妹市參加「西雅圖海洋節」。"
        "訪問團停留期間，承西雅圖市長愛德華‧莫瑞（Ed Murray）於市政廳接見，雙方並就青少年交流"
        "交換意見。"
    )
    mayor = named(ext, "愛德華‧莫瑞")
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=mayor)
    assert not rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target="city:us:seattle")


def test_a_year_naming_the_edition_held_dates_no_trip() -> None:
    """「…赴某市訪問。訪問期間適逢某市籌辦2020年亞運會，…」: 2020 is the games' year; the
    trip is of the year told, no second one in 2020."""
    ext = chapter(
        "2018年4月3日至7日，由副市長率團赴韓國仁川廣域市訪問，拜會該市市長。訪問期間適逢仁川市"
        "籌辦2020年亞運會，該市特安排本府團員參觀亞運主場館工地，並簡介場館興建及賽後利用規劃。"
    )
    went = rels(ext, RelType.VISITED, source=KAOHSIUNG, target="city:kr:incheon")
    assert went and all(r.properties.get("year") == 2018 for r in went)


def test_last_year_told_as_history_dates_no_later_clause() -> None:
    """「8月14日至18日，消防局派員赴某市，…就去年某地震本市支援經驗提出報告，並考察某市…」:
    the trip's days date the touring, not 去年."""
    ext = chapter(
        "2018年8月14日至18日，消防局派員2人赴日本神戶市，參加「2018年亞洲都市防災研討會」，"
        "就去年花蓮地震本市支援救災經驗提出報告，並考察神戶市之都市重建情形。",
        period="2018-07/2018-12",
    )
    went = rels(ext, RelType.VISITED, source=KAOHSIUNG, target="city:jp:kobe")
    assert went and all(r.properties.get("year") == 2018 for r in went)


def test_an_item_of_next_years_work_is_no_trip_yet() -> None:
    """「肆、明（108）年度工作重點」 over 「一、由副市長率團出席某市主辦之「…」」: a plan."""
    text = "\n".join(
        [
            "壹、國際事務",
            "一、城市交流",
            "2018年3月5日，本府派員赴日本橫濱市參加研討會。",
            "二、明（108）年度工作重點",
            "(一)由副市長率團出席橫濱市主辦之「2019亞太城市高峰會」，並藉機拜會其他港市。",
        ]
    )
    got = extract_bytes((text + "\n").encode("utf-8"), "test.txt", "2018-01/2018-06")
    went = rels(got, RelType.VISITED, source=KAOHSIUNG, target="city:jp:yokohama")
    assert went and all(r.properties.get("year") == 2018 for r in went)


def test_a_deed_after_a_plan_for_next_year_is_of_the_year_told() -> None:
    """「…雙方並就明年擴大青少年交流交換意見。訪問團另參訪某市輕軌系統…」: the touring is
    of the trip's year, not of next year."""
    ext = chapter(
        "107年6月7日至13日，本府由秘書處組成訪問團，前往美國西雅圖姊妹市參加「西雅圖海洋節」"
        "系列慶典。訪問團停留期間，承西雅圖市長愛德華‧莫瑞（Ed Murray）於市政廳接見，雙方並就"
        "明年擴大青少年交流交換意見。訪問團另參訪西雅圖市輕軌電車系統及都市更新成果，並於當地"
        "台僑社團舉辦之餐會中介紹本市市政建設。",
    )
    went = rels(ext, RelType.VISITED, source=KAOHSIUNG, target="city:us:seattle")
    assert went and all(r.properties.get("year") == 2018 for r in went)


def test_the_citys_promotion_abroad_draws_no_visitor_and_invites_no_place() -> None:
    ext = chapter(
        "107年5月7日至10日，本府觀光局派員赴日本仙台市，於仙台國際中心舉辦「高雄觀光說明會」，"
        "邀請當地旅行業者及媒體約100人出席，介紹本市景點，以吸引東北地區旅客來高旅遊。"
    )
    sendai = named(ext, "仙台市")
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=sendai)
    assert not rels(ext, RelType.VISITED, source=sendai, target=KAOHSIUNG)
    assert not rels(ext, RelType.INVITED, target=sendai)
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=named(ext, "高雄觀光說明會"))


def test_a_body_visited_abroad_then_taken_up_by_its_kind() -> None:
    ext = chapter(
        "107年8月6日至8日，本府由經發局率團赴越南訪問湄公河開發管理局，並於8月7日與該局"
        "簽署「產業園區合作備忘錄」，由該局局長阮文明代表簽署。"
    )
    body = named(ext, "湄公河開發管理局")
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=body, start="2018-08-06")
    assert rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=body, date="2018-08-07")
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "阮文明"), target=body)


def test_a_country_told_only_as_where_the_body_called_on_is_is_no_destination() -> None:
    ext = chapter("107年8月6日至8日，本府由經發局率團赴越南訪問湄公河開發管理局。")
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "湄公河開發管理局"))
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG, target="country:vn")


def test_one_escorting_a_guest_who_comes_comes_too() -> None:
    ext = chapter(
        "另外，英國在台辦事處代表約翰‧史密斯於3月9日陪同蘇格蘭政府國際發展處處長大衛‧布朗"
        "（David Brown）南下，拜會本府經發局，洽談離岸風電之合作。"
    )
    assert rels(
        ext,
        RelType.HOLDS_TITLE,
        source=named(ext, "大衛‧布朗"),
        target=named(ext, "蘇格蘭政府國際發展處"),
    )
    for person in ("約翰‧史密斯", "大衛‧布朗"):
        assert rels(
            ext, RelType.VISITED, source=named(ext, person), target=KAOHSIUNG, start="2018-03-09"
        )


def test_an_education_official_leading_the_citys_pupils_brings_no_school() -> None:
    ext = chapter(
        "107年7月2日至6日，日本福岡市教育委員會督學山田太郎帶領該市國中學生一行25人來訪，"
        "分別寄宿本市學生家庭。"
    )
    person = named(ext, "山田太郎")
    assert rels(ext, RelType.HOLDS_TITLE, source=person, title_zh="督學")
    assert rels(ext, RelType.VISITED, source=person, target=KAOHSIUNG, start="2018-07-02")
    assert not [e for e in ext.entities if e.name_zh and e.name_zh.endswith("該市國中")]


def test_a_mayor_leading_a_trip_after_the_invitation_he_answers() -> None:
    ext = chapter(
        "嗣後，王大明市長應山田一郎市長之邀，於5月3日至7日率觀光局及秘書處人員赴日本仙台市訪問，"
        "參加5月5日舉行之「仙台市民祭」。"
    )
    sendai = named(ext, "仙台市")
    mayor = named(ext, "王大明")
    assert rels(ext, RelType.VISITED, source=mayor, target=sendai, start="2018-05-03")
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=sendai, led_by="王大明")


def test_guests_calling_on_a_bureau_of_the_city_during_an_item_of_a_trip_abroad() -> None:
    ext = chapter(
        "107年8月1日至5日，本府由王副市長率工務局人員前往日本仙台市，參加「2018東北亞城市論壇」。"
        "此外，英國在台辦事處代表約翰‧史密斯於12月9日南下，拜會本府經發局，洽談離岸風電之合作。"
    )
    assert not [
        r for r in rels(ext, RelType.VISITED, source=KAOHSIUNG) if r.target.startswith("org:")
    ]


def test_a_meeting_after_inviting_a_city_for_next_year_happened_now() -> None:
    ext = chapter(
        "107年8月1日至5日，本府由王副市長率工務局人員，前往澳洲布里斯本市，參加「2018亞太城市論壇」。",
        "大會期間，該團拜會布里斯本市市長約翰‧史密斯，邀請布里斯本市明年組隊參加「2019高雄國際划船賽」，"
        "並與出席大會之紐西蘭威靈頓市市長大衛‧布朗（David Brown）會晤。",
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "大衛‧布朗"))
    assert met and met[0].properties["year"] == 2018


def test_the_escort_of_a_guest_is_no_visitor() -> None:
    ext = chapter(
        "107年3月1日，英國在台辦事處高雄分處處長大衛‧布朗拜會王大明市長。",
        "此外，英國在台辦事處代表約翰‧史密斯於11月9日南下拜會王大明市長，就投資環境交換意見，"
        "期間並由英國在台辦事處高雄分處處長大衛‧布朗陪同參訪本市輕軌路線。",
    )
    brown = named(ext, "大衛‧布朗")
    assert not rels(ext, RelType.VISITED, source=brown, target=KAOHSIUNG, start="2018-11-09")


@pytest.mark.parametrize(
    ("line", "came"),
    [
        ("本府觀光局於6月24日接待日本某某協會會員一行20人。", True),
        ("本府觀光局於日本東京接待熊本縣觀光協會會員一行20人，推介本市觀光。", False),
    ],
)
def test_guests_received_at_home_came_those_received_abroad_did_not(line: str, came: bool) -> None:
    """本府某局於(日期)接待…: they came; 於某國某市接待…: the bureau was abroad."""
    got = chapter(line)
    assert bool(rels(got, RelType.VISITED, target=KAOHSIUNG)) == came


@pytest.mark.parametrize(
    "line",
    [
        "5月3日，日本某某縣知事山田太郎率團赴高雄回訪，由陳市長接見。",
        "5月3日，日本某某縣知事山田太郎率團赴臺回訪本府，由陳市長接見。",
    ],
)
def test_a_return_visit_paid_here_is_a_coming(line: str) -> None:
    """赴高雄回訪, 赴臺回訪本府: the guest and the place he led came, led by him."""
    got = chapter(line)
    led = rels(got, RelType.VISITED, target=KAOHSIUNG, led_by="山田太郎")
    assert {r.source.split(":")[0] for r in led} == {"person", "city"}


@pytest.mark.parametrize(
    ("line", "escort_came"),
    [
        (
            "5月3日，日本某某市市長山田太郎來訪，期間並由該市議會議長田中一郎陪同參訪本市港區。",
            True,
        ),
        (
            "5月3日，日本某某市市長山田太郎來訪，期間並由日本台灣交流協會高雄事務所所長田中一郎陪同參訪本市港區。",
            False,
        ),
    ],
)
def test_an_escort_based_here_did_not_come_the_guests_own_did(line: str, escort_came: bool) -> None:
    """由…某某陪同: an escort based in Taiwan shows the guest round; one of the guest's
    own side came with him."""
    got = chapter(line)
    came = rels(got, RelType.VISITED, target=KAOHSIUNG)
    assert any(r.source == named(got, "山田太郎") for r in came)
    assert any(r.source == named(got, "田中一郎") for r in came) == escort_came


def test_a_visit_told_as_a_time_takes_the_day_of_what_was_done_in_it() -> None:
    """某某率團來訪時，於7月3日與…簽署: the visit undated of its own is of that day."""
    got = chapter("日本某某市市長山田太郎率團來訪時，於7月3日與陳市長簽署「兩市觀光交流備忘錄」。")
    (came,) = rels(got, RelType.VISITED, source=named(got, "山田太郎"), target=KAOHSIUNG)
    assert came.properties.get("start") == "2018-07-03"


@pytest.mark.parametrize(
    "line",
    [
        "1.107年3月5日，美國奧克蘭市市長夏夫（2015年就任）率團來訪。",
        "1.107年3月5日，日本松山市議會議長田中一郎（2016年當選連任）率議員來訪。",
    ],
)
def test_a_bracketed_term_of_office_does_not_date_the_visit(line: str) -> None:
    # the year in brackets is when the guest took up the post, not when he came
    ext = chapter(line)
    starts = {r.properties.get("start") for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert starts == {"2018-03-05"}
