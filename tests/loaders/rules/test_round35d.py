"""Round 35d: forms of text read on the 078 pair (a digest of news releases with
datelines, annex lines of fields split by ；or ｜), each tested on invented sentences of
the same form."""

from __future__ import annotations

from graph.model import RelType
from loaders.dates import DateContext, find_dates
from loaders.reading import normalize
from loaders.structure import parse_period
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a day glossed after 昨/今 (昨（九）日, 今（十五）日), as a news release writes the
# day it tells of: that day, in the month of the date before it
def test_a_day_glossed_after_yesterday_is_that_day() -> None:
    context = DateContext(parse_period("2019-01/2019-06"))
    spans = find_dates("〔108.3.6〕某某市長，昨（五）日上午拜會市府，今（六）日轉往臺南", context)
    days = [s.start for s in spans]
    assert days[1:] == ["2019-03-05", "2019-03-06"]


# 2. a digest of news releases: a headline line (in 【】, in 「」 or bare) over a text
# with a dateline at its head (〔108.3.6〕) or closing it (（108年4月16日）); each
# release is an item of its own, its days told relative to its own dateline
def test_a_release_closed_by_its_dateline_dates_its_month() -> None:
    ext = chapter(
        "【熊本市長來訪　雙方洽談觀光交流】",
        "〔108.3.6〕日本熊本市長大西一史，昨（五）日上午拜會市府，由陳市長接見。",
        "本府觀光局赴橫濱市推廣觀光",
        "本府觀光局組團一行五人，於本月十一日至十四日前往日本橫濱市推廣觀光，"
        "並拜會橫濱市觀光局。（108年4月16日）",
        period="2019-01/2019-06",
    )
    visits = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "橫濱市"))
    assert [v.properties.get("start") for v in visits] == ["2019-04-11"]
    guest = rels(ext, RelType.VISITED, source=named(ext, "大西一史"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in guest] == ["2019-03-05"]


def test_a_release_dateline_dates_nothing_it_tells() -> None:
    ext = chapter(
        "「仁川市議員訪問團拜會市府」",
        "〔108.5.20〕韓國仁川廣域市議會議長李東起率議員一行八人南下拜會市府，由陳市長接見。",
        period="2019-01/2019-06",
    )
    guest = rels(ext, RelType.VISITED, source=named(ext, "李東起"), target=KAOHSIUNG)
    assert guest
    assert all(v.properties.get("start") != "2019-05-20" for v in guest)


def test_a_day_before_the_release_may_be_of_the_month_before() -> None:
    context = DateContext(parse_period("2019-01/2019-06"))
    spans = find_dates("〔108.4.1〕某團於本月一日抵達，昨（三十一）日拜會市府", context)
    assert [s.start for s in spans][-1] == "2019-03-31"
    spans = find_dates("〔108.6.20〕訪問團於本月八日啟程，昨（十九）日返國", context)
    assert [s.start for s in spans][-1] == "2019-06-19"


# 3. an annex table whose column names stand in brackets, split by ；or ｜ as its
# lines are (（日期；國別／城市；訪賓；事由及接待情形）), its lines numbered (1.108/8/6；…)
# and dated by slashes (108/9/10-12, 108/10/3-10/7), a note in brackets under the
# header: each line a row, read as the sentence its columns spell
def test_a_bracketed_header_split_by_semicolons_heads_a_table_of_guests() -> None:
    ext = chapter(
        "附表一　本期重要外賓來訪紀要",
        "（日期；國別／城市；訪賓；事由及接待情形）",
        "1.108/8/6；日本熊本市；熊本市議會議長田中一郎率議員5人；拜會市府，由陳市長接見",
        "2.108/9/10-12；韓國仁川廣域市；副市長朴永浩率市府官員4人；考察本市港區建設",
        period="2019-07/2019-12",
    )
    first = rels(ext, RelType.VISITED, source=named(ext, "田中一郎"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in first] == ["2019-08-06"]
    second = rels(ext, RelType.VISITED, source=named(ext, "朴永浩"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in second] == [
        ("2019-09-10", "2019-09-12")
    ]


def test_a_bracketed_header_split_by_bars_heads_a_table_of_trips() -> None:
    ext = chapter(
        "附表二　本期本府派團出國一覽",
        "（期間｜前往地點｜組團單位及人數｜任務及成果）",
        "（註：人數不含隨團記者）",
        "1.108/10/3-10/7｜日本熊本市｜民政局、教育局5人｜參加熊本市「市民祭」慶祝活動",
        period="2019-07/2019-12",
    )
    trips = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "熊本市"))
    assert [(v.properties.get("start"), v.properties.get("end")) for v in trips] == [
        ("2019-10-03", "2019-10-07")
    ]


# 4. an event's name with its year written after the place that opens it (「高雄市一○八年
# 元宵燈會」, 「臺南市2019年國際風箏節」): that year's edition of the place's event
def test_a_year_after_the_place_opening_an_events_name_is_its_edition() -> None:
    from loaders.events import find_events

    [kite] = find_events(normalize("本府參加「臺南市2019年國際風箏節」"))
    assert (kite.series_key, kite.year) == ("臺南市國際風箏節", 2019)
    ext = chapter(
        "本府主辦之「高雄市一○八年元宵燈會」於二月十九日晚間點燈揭幕，韓國釜山廣域市"
        "副市長金英植率團應邀來訪。",
        period="2019-01/2019-06",
    )
    festival = "event:kaohsiung-lantern-festival:2019"
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=festival)


# 5. the words after a surname and a title are no given name when they tell what was
# said or done (王市長回應：, 王市長答稱, 王市長設宴款待): no person 王回應
def test_a_verb_after_surname_and_title_is_no_given_name() -> None:
    ext = chapter(
        "美國西雅圖市副市長羅伯特來訪，拜會市府，王市長設晚宴款待。",
        "羅伯特副市長表示盼加強交流，王市長回應：「本府樂意推動。」",
        "王市長答稱，本府將於八月間派員前往西雅圖市觀摩。",
        period="2019-07/2019-12",
    )
    people = {e.name_zh for e in ext.entities if e.id.startswith("person:")}
    assert not {"王設晚宴款待", "王回應", "王答稱"} & people


# 6. a day written alone and followed by a time of day (某市長十五日上午拜會市府,
# 考察團二十日下午拜會…) is a date wherever it stands, in the month last named
def test_a_day_followed_by_a_time_of_day_is_a_date() -> None:
    context = DateContext(parse_period("2019-01/2019-06"))
    spans = find_dates("某市長於三月十三日至十六日來訪，某市長十五日上午拜會市府", context)
    assert [s.start for s in spans] == ["2019-03-13", "2019-03-15"]


# 7. an item headed by a place's coming (【某市經貿訪問團來訪】) whose text dates the
# coming of one of that place's people: the place's coming is of those days too
def test_a_headed_coming_of_a_place_takes_the_days_of_its_peoples_coming() -> None:
    ext = chapter(
        "【仁川市議員訪問團來訪　雙方洽談港灣交流】",
        "〔108.5.21〕韓國仁川廣域市市議員李東起率領該市議員訪問團一行八人，昨（二十）日上午"
        "拜會市府，由陳市長接見。",
        period="2019-01/2019-06",
    )
    person = rels(ext, RelType.VISITED, source=named(ext, "李東起"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in person] == ["2019-05-20"]
    place = rels(ext, RelType.VISITED, source=named(ext, "仁川廣域市"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in place] == ["2019-05-20"]


# 8. a clause of purpose opening the sentence (為規劃本市某某，…) names an aim, no time
# to come: the trip the sentence then tells took place
def test_a_purpose_of_planning_opening_the_sentence_is_no_plan() -> None:
    ext = chapter(
        "〔108.8.9〕為規劃本市新港區，本府建設局組成考察團一行五人，於本月三日至七日赴新加坡考察港埠設施。",
        period="2019-07/2019-12",
    )
    trips = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "新加坡"))
    assert [v.properties.get("start") for v in trips] == ["2019-08-03"]


# 9. a relative year glossed with its number in counted numerals (去（九十七）年,
# 明（九十九）年): that year, as when glossed in figures (去（97）年)
def test_a_relative_year_glossed_in_counted_numerals_is_that_year() -> None:
    context = DateContext(parse_period("2009-01/2009-06"))
    spans = find_dates("兩市自去（九十七）年締結姊妹市以來，明（九十九）年將互派學生", context)
    assert [s.start for s in spans] == ["2008", "2010"]


# 10. a guest's row whose place cell ends with the place the guest's cell opens with
# (日本大分縣；大分縣議會議長某某…): the place is written once, as the body's name
def test_a_place_cell_repeated_by_the_guest_cell_is_written_once() -> None:
    ext = chapter(
        "附表一　本期重要外賓來訪紀要",
        "（日期；國別／城市；訪賓；事由及接待情形）",
        "1.108/8/6；日本大分縣；大分縣議會議長佐藤一郎率議員6人；拜會市府，由陳市長接見",
        period="2019-07/2019-12",
    )
    body = named(ext, "大分縣議會")
    assert rels(ext, RelType.VISITED, source=body, target=KAOHSIUNG)
    assert not any("大分縣大分縣" in e.name_zh for e in ext.entities)


# 11. who else came, told after 另有 (同行者另有某港務局理事某某), and who went along
# with the group (隨團訪問的某某高級中學校長某某): the body's name opens after those words
def test_words_of_coming_along_open_no_bodys_name() -> None:
    ext = chapter(
        "日本神戶市議員山本太郎率該市經貿訪問團一行十人於3月5日來訪。"
        "同行者另有神戶港務局理事田中次郎及多位當地業者。",
        "本府王副市長率團於4月11日至14日訪問韓國仁川廣域市。"
        "隨團訪問的市立中正高級中學校長李大同，於十二日與仁川高等學校校長朴正一簽訂姊妹校協定。",
        period="2019-01/2019-06",
    )
    assert rels(
        ext, RelType.HOLDS_TITLE, source=named(ext, "田中次郎"), target=named(ext, "神戶港務局")
    )
    school = named(ext, "市立中正高級中學")
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "李大同"), target=school)


# 12. an invitation told in person (某市長並當面邀請本府…, 他並當面邀請本府…): the
# inviter is the one the sentence or the one before names
def test_an_invitation_made_in_person_is_the_inviters() -> None:
    ext = chapter(
        "本府王副市長於4月12日拜會仁川廣域市長吳光一。吳市長並當面邀請本府於十月間組團參加"
        "「仁川市民之日」慶祝活動。",
        period="2019-01/2019-06",
    )
    event = named(ext, "仁川市民之日")
    assert rels(ext, RelType.INVITED, source=named(ext, "仁川廣域市"), target=KAOHSIUNG)
    assert rels(ext, RelType.HOSTED, source=named(ext, "仁川廣域市"), target=event)


def test_an_invitation_by_he_is_of_the_one_the_sentence_before_named() -> None:
    ext = chapter(
        "本府王副市長於4月12日拜會仁川廣域市長吳光一。吳市長致詞時指出：「我們希望與高雄的"
        "友誼延伸到校園。」他並當面邀請本府於十月間組團參加「仁川市民之日」慶祝活動。",
        period="2019-01/2019-06",
    )
    assert rels(ext, RelType.INVITED, source=named(ext, "仁川廣域市"), target=KAOHSIUNG)


# 13. a sentence taking up the groups told before (兩團, 該團, 一行) and dating their
# arrival and stay (兩團已於十九日抵達，預定停留至二十三日): the comings told undated in
# the sentence before are of those days
def test_the_groups_arrival_told_after_dates_their_coming() -> None:
    ext = chapter(
        "本府於2月20日晚間舉行「元宵晚會」。日本熊本市副市長田中一郎率領之熊本市親善訪問團"
        "一行十人應本府邀請專程來訪，並出席晚會。該團已於十九日抵達，預定停留至二十三日。",
        period="2019-01/2019-06",
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "田中一郎"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in visits] == [
        ("2019-02-19", "2019-02-23")
    ]


# 14. the time an invitation asks the city to come in (邀請本府於十月間組團參加…) is no
# month of the story: a day written alone after it (十六日晚間返抵國門) is of the trip's
def test_the_time_an_invitation_asks_for_dates_no_later_day() -> None:
    ext = chapter(
        "本府王副市長率團於4月11日至16日訪問仁川廣域市。吳市長並邀請本府於十月間組團參加"
        "「仁川市民之日」慶祝活動。訪問團另參觀仁川港，十六日晚間返抵國門。",
        period="2019-01/2019-06",
    )
    trips = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "仁川廣域市"))
    assert all(v.properties.get("start", "")[:7] != "2019-10" for v in trips)


# 15. a stop of a trip told by whom the delegation talked with there (13日至17日在甲市與
# 該市市長就協定草案交換意見；18日至21日轉赴乙市): a leg, its own days
def test_a_stop_told_by_talks_there_is_a_leg_of_its_own_days() -> None:
    ext = chapter(
        "本府由王副市長率秘書處、建設局8人，於11月13日至21日訪問美國西雅圖市、波特蘭市，"
        "13日至17日在西雅圖市與該市市長莫瑞就姊妹市協定書草案交換意見；"
        "18日至21日轉赴波特蘭市，檢討備忘錄執行情形。",
        period="2019-07/2019-12",
    )
    days = {
        v.target: (v.properties.get("start"), v.properties.get("end"))
        for v in rels(ext, RelType.VISITED, source=KAOHSIUNG)
    }
    assert days[named(ext, "西雅圖市")] == ("2019-11-13", "2019-11-17")
    assert days[named(ext, "波特蘭市")] == ("2019-11-18", "2019-11-21")


# 16. a stay in the city told by what the guests did there (於3月27日至29日在本市考察…):
# a coming, of those days
def test_a_stay_told_by_what_guests_did_in_the_city_is_a_coming() -> None:
    ext = chapter(
        "日本橫濱市交通局局長田中次郎率該局考察團一行四人，於3月27日至29日在本市考察公車"
        "路線規劃與營運管理。",
        period="2019-01/2019-06",
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "田中次郎"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in visits] == [
        ("2019-03-27", "2019-03-29")
    ]


# 17. a name and its title followed by where the act took place (由王大明市長在市長室親自
# 接見): the person holds the title
def test_a_name_and_title_before_where_the_act_took_place() -> None:
    ext = chapter(
        "日本橫濱市副市長田中次郎於3月7日拜會市府，由韓國瑜市長在市長室親自接見。",
        period="2019-01/2019-06",
    )
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "韓國瑜"), target=KAOHSIUNG)


# 18. the mayor receiving the caller in the mayor's office (由韓市長在市長室接見), or
# receiving them in person (由韓市長親自接待): the guest met the city
def test_the_mayor_receiving_in_his_office_or_in_person_is_a_meeting() -> None:
    ext = chapter(
        "日本橫濱市副市長田中次郎於3月7日拜會市府，韓市長在市長室接見並設午宴款待。",
        "日本神戶市議長山本三郎於3月9日拜會市府，由韓市長親自接待。",
        period="2019-01/2019-06",
    )
    for guest in ("田中次郎", "山本三郎"):
        met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, guest))
        assert met, guest
