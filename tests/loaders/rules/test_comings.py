"""Tests of loaders/rules/comings.py: guests and delegations coming to the city (某市長率團來訪,
…前來觀摩, 南下拜會本府), who came with them, and the days of their stay."""

from __future__ import annotations

import pytest

from graph.model import RelType
from loaders.pipeline import extract_bytes
from tests.loaders.rules.helpers import (
    GUEST_TABLE,
    H1_1992,
    H1_1993,
    H1_1995,
    H1_2016,
    H1_2019,
    H2_1990,
    H2_1991,
    KAOHSIUNG,
    KUMAMOTO,
    bodies_named,
    chapter,
    guest_row,
    invited_dates,
    named,
    rels,
    visit_properties,
    visit_starts,
    visitors_chapter,
)

H2_2018 = "2018-07/2018-12"


# Form A. A trip told over numbered items: the first says who led which bureaus where and
# when; each later item, not only the next, gives a stop with its own day, the delegation
# (訪團, 代表團, 該團) going on to it. Every stop is visited by the city and by the leader
# named in full, on that stop's day.


# (round 31a)
def test_bodies_received_in_a_list_each_visited() -> None:
    ext = chapter(
        "本期計協助接待大阪府日華懇親協會、仁川商工會議所、丹佛高雄姊妹市協會、"
        "溫哥華台灣同鄉會及奧克蘭扶輪社等民間團體來訪，並安排參觀本市港埠。"
    )
    bodies = ("大阪府日華懇親協會", "仁川商工會議所", "丹佛高雄姊妹市協會", "溫哥華台灣同鄉會")
    for body in (*bodies, "奧克蘭扶輪社"):
        assert rels(ext, RelType.VISITED, source=named(ext, body), target=KAOHSIUNG), body
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert not any(v.startswith("city:") for v in visitors)


# (round 31a)
def test_a_head_leading_its_members_after_a_relative_time() -> None:
    ext = chapter("尼加拉瓜國會議長羅培茲（Juan López）於同年5月率國會議員訪問團一行7人來訪。")
    body = rels(ext, RelType.VISITED, source=named(ext, "尼加拉瓜國會"), target=KAOHSIUNG)
    assert [r.properties.get("start") for r in body] == ["2018-05"]
    ext = chapter("沖繩縣議會議長新垣一郎於同年5月率議員訪問團一行7人來訪。")
    person = rels(ext, RelType.VISITED, source=named(ext, "新垣一郎"), target=KAOHSIUNG)
    assert [r.properties.get("led_by") for r in person] == ["新垣一郎"]


# (round 31a)
def test_an_envoy_coming_down_to_visit() -> None:
    ext = chapter(
        "宏都拉斯駐華大使館大使羅培茲（Juan López）於同年5月南下訪問，參觀本市果菜批發市場。"
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "羅培茲"), target=KAOHSIUNG)
    assert [r.properties.get("start") for r in came] == ["2018-05"]


# (round 31b)
def test_that_school_is_the_school_named_last() -> None:
    """「本市某高中與日本某某高等學校…締結為姊妹校。該校校長某某率師生…來訪」: 該校 is
    the school named last; its principal led its people, so it came too."""
    got = chapter(
        "本市前鎮高中與日本札幌市立北陵高等學校經一年書信往來，於5月8日正式締結為姊妹校。"
        "該校校長山本健一率師生一行15人於5月7日至10日來訪，並出席締約儀式。"
    )
    school = named(got, "札幌市立北陵高等學校")
    assert rels(got, RelType.HOLDS_TITLE, source=named(got, "山本健一"), target=school)
    came = rels(got, RelType.VISITED, source=school, target=KAOHSIUNG)
    assert [r.properties.get("start") for r in came] == ["2018-05-07"]


# (round 31b)
@pytest.mark.parametrize("verb", ["訪問本市高雄女中", "參訪本市中山國中", "至本市參訪"])
def test_a_school_whose_people_visit_a_school_of_the_city_came(verb: str) -> None:
    """「日本某縣立某高等學校修學旅行團師生240人訪問本市某高中」: the school came (its
    prefecture opens its name, and is no visitor)."""
    got = chapter(f"4月2日，日本熊本縣立北陵高等學校修學旅行團師生二百四十人{verb}。")
    school = named(got, "熊本縣立北陵高等學校")
    assert rels(got, RelType.VISITED, source=school, target=KAOHSIUNG, start="2018-04-02")
    assert not rels(got, RelType.VISITED, source="city:jp:kumamoto-prefecture")


# (round 31b)
def test_an_envoy_coming_south_to_visit_came_to_the_city() -> None:
    """「某國某州政府駐台北辦事處處長某某（Latin Name）南下訪問，洽談…」: the envoy came
    down to the city."""
    got = chapter(
        "（十八）11月20日，美國華盛頓州政府駐台北辦事處處長格林（Paul Green）南下訪問，"
        "洽談農產品在高雄推廣事宜。",
        period="2018-07/2018-12",
    )
    assert rels(
        got, RelType.VISITED, source=named(got, "格林"), target=KAOHSIUNG, start="2018-11-20"
    )


# 2. a school's band or choir is a troupe of its own, not the school's delegation (review 31)
@pytest.mark.parametrize(
    ("sentence", "visitor"),
    [
        ("1.日本福岡市博多高等學校管樂團一行50人於11月3日來訪。", "日本福岡市博多高等學校管樂團"),
        ("1.日本早稻田大學合唱團一行40人於11月3日來訪。", "日本早稻田大學合唱團"),
        ("1.美國德州大學管弦樂團一行60人於11月3日訪問本市。", "美國德州大學管弦樂團"),
    ],
)
def test_a_schools_band_that_came_is_the_band(sentence: str, visitor: str) -> None:
    ext = chapter(sentence)
    assert rels(ext, RelType.VISITED, source=named(ext, visitor), target=KAOHSIUNG)
    # a school's study tour is still the school coming
    ext = chapter("1.日本熊本縣立第一高等學校修學旅行團一行120人於11月3日來訪。")
    school = named(ext, "熊本縣立第一高等學校")
    assert rels(ext, RelType.VISITED, source=school, target=KAOHSIUNG)


# 8. a list closed by 等駐台使節 makes its envoys stationed here, not a guest holding
# office in a city abroad (review 31)
def test_a_city_official_in_a_list_of_envoys_came_from_his_city() -> None:
    ext = chapter(
        "1.本府於3月5日舉辦「2018國際城市論壇」，邀請大阪市副市長田中一郎、福岡市議員山田花子及"
        "日本台灣交流協會高雄事務所所長佐藤健等駐台使節出席。"
    )
    came = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert named(ext, "田中一郎") in came
    assert named(ext, "佐藤健") not in came


# (round 32a)
def test_a_listed_guest_named_by_surname_in_a_heading_keeps_the_days_of_the_text() -> None:
    """A guest of the chapter's opening list (dated by the report's half year), whose
    item is headed by surname and title (1.西雅圖市長卡特來訪) and whose text tells the
    days he came: his visit is of those days, the heading's short name folded in."""
    got = chapter(
        "本府本期共接待外賓30案。主要來訪貴賓有：",
        "美國西雅圖市市長約翰‧卡特（John Carter）、日本大分縣副知事佐藤一郎、"
        "德國漢堡市議員施密特等。",
        "（一）其他國際城市交流",
        "1.西雅圖市長卡特來訪",
        "西雅圖市市長約翰‧卡特（John Carter）率該市代表團一行8人，於3月2日至4日來訪，"
        "3月3日與陳市長會談。",
    )
    assert rels(
        got,
        RelType.VISITED,
        source=named(got, "約翰‧卡特"),
        target=KAOHSIUNG,
        start="2018-03-02",
        end="2018-03-04",
    )


# (round 32a)
@pytest.mark.parametrize(
    "between",
    ["依上半年本府訪團訪問時之約定，", "依據雙方去年之共識，", "應陳市長之邀，"],
)
def test_what_a_leader_acts_in_line_with_stands_between_him_and_leading(between: str) -> None:
    """某市市長某某（gloss）依…之約定，率該市經貿訪問團…來訪: a clause of what he acts in
    line with (an agreement, a consensus, an invitation) between the leader and 率 leaves
    him leading his city's delegation: the city came too, on the days told."""
    got = chapter(
        f"美國西雅圖市市長約翰‧卡特（John Carter）{between}率該市經貿訪問團一行22人，"
        "於11月11日至13日來訪。",
        period="2018-07/2018-12",
    )
    assert rels(
        got,
        RelType.VISITED,
        source=named(got, "西雅圖市"),
        target=KAOHSIUNG,
        start="2018-11-11",
        end="2018-11-13",
    )


# (round 32a)
def test_a_reception_with_no_one_named_receives_the_visitor_of_the_sentence_before() -> None:
    """某市市長某某…於11月11日至13日來訪。陳市長於11日親自接見，…: the city's official
    received, in the sentence after, the one who came."""
    got = chapter(
        "美國西雅圖市市長約翰‧卡特（John Carter）率該市經貿訪問團一行22人，"
        "於11月11日至13日來訪。陳市長於11日親自接見，12日並共同參觀港區。",
        period="2018-07/2018-12",
    )
    assert rels(got, RelType.MET_WITH, target=named(got, "約翰‧卡特"), date="2018-11-11")


# (round 32a)
def test_a_heading_of_a_mayors_coming_is_no_coming_of_the_city() -> None:
    """5.某國某市市長來訪, its text 某市市長某某於8月5日來訪，拜會本府工務局: the mayor
    came, alone; his city did not (tests/data/README.md: a city visits when its head led
    its delegation)."""
    got = chapter(
        "5.瓜地馬拉安提瓜市市長來訪",
        "瓜地馬拉安提瓜市市長羅培茲（Juan Lopez）於8月5日來訪，拜會本府工務局及環保局。",
        period="2018-07/2018-12",
    )
    assert rels(got, RelType.VISITED, source=named(got, "羅培茲"), start="2018-08-05")
    assert not rels(got, RelType.VISITED, source=named(got, "安提瓜市"))


# 5. a visit implied by the city's event attended the day after the visit told is the
# same stay, not a second trip (review 32)
def test_attending_the_day_after_coming_is_the_same_visit() -> None:
    ext = chapter(
        "107年5月3日，日本熊本市市長大西一史率團來訪，拜會陳市長，翌日（4日）應邀出席「高雄燈會」開幕典禮。"
    )
    for visitor in (named(ext, "大西一史"), named(ext, "熊本市")):
        came = rels(ext, RelType.VISITED, source=visitor, target=KAOHSIUNG)
        assert [r.properties.get("start") for r in came] == ["2018-05-03"]


# 8. a coming told in the plans section, dated within the period already gone (…市長某某
# 於本年4月來訪時，表達締結姊妹市之意願): a past visit, with its own month (round 33b)
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


# 11. a guest who came calling on a body in the city that is not the city's own (a
# national port authority named for the city): he visited that body; not the city's
# own bureau beside it (round 33b)
def test_a_guest_calls_on_a_body_in_the_city_not_its_own() -> None:
    ext = chapter(
        "1.107年1月18日，日本熊本港灣公司社長山田太郎一行5人來訪，先後拜會本府經發局及高雄港務局，"
        "瞭解本市港埠擴建計畫。"
    )
    guest = named(ext, "山田太郎")
    called = {r.target for r in rels(ext, RelType.VISITED, source=guest)}
    assert named(ext, "高雄港務局") in called
    assert not [t for t in called if "經發局" in t]


# (round 33b)
def test_a_guest_who_came_along_calls_on_a_body_in_the_city() -> None:
    ext = chapter(
        "1.熊本市長大西一史率經貿訪問團一行22人，於107年11月11日至13日來訪。"
        "隨團來訪之熊本港灣公司社長山田太郎並拜會高雄港務局，洽談兩港間之航線合作事宜。"
    )
    guest = named(ext, "山田太郎")
    assert rels(ext, RelType.VISITED, source=guest, target=named(ext, "高雄港務局"))


# 10. who led, told with a year relative to the report's and a month in numerals (於本年
# 五月) or with 曾 before the time: the leader is the person, his city came too (round 33c)
@pytest.mark.parametrize(
    "line",
    [
        "澳洲伯斯市副市長史密斯（John Smith）於本年五月率經貿訪問團來訪後，兩市往來日趨密切。",
        "澳洲伯斯市副市長史密斯曾於本年五月率經貿訪問團來訪，本府擬與該市締結友好城市。",
    ],
)
def test_a_leader_told_with_a_time_in_numerals_brings_his_city(line: str) -> None:
    ext = chapter(line)
    city = named(ext, "伯斯市")
    (visit,) = rels(ext, RelType.VISITED, source=city, target=KAOHSIUNG)
    assert visit.properties.get("start") == "2018-05"


# (round 33c)
def test_a_principal_who_specially_led_his_school_brings_it() -> None:
    ext = chapter(
        "西雅圖市林肯高中校長懷特（Anna White）特率該校師生十八人於10月13日至19日來訪，"
        "參與簽約儀式。"
    )
    school = named(ext, "林肯高中")
    assert rels(ext, RelType.VISITED, source=school, target=KAOHSIUNG)


# 8. a coming hoped for or on a condition in the plans section (俟, 盼, 倘, 若) is not past
# (review 33)
@pytest.mark.parametrize(
    "item",
    [
        "1.大分市：俟大分市市長佐藤健二於本年12月來訪時，再行洽談締結事宜。",
        "1.大分市：本府盼大分市市長佐藤健二於本年12月來訪時，雙方簽署協定。",
        "1.大分市：倘大分市市長佐藤健二於本年12月來訪，雙方即可簽署協定。",
        "1.大分市：大分市市長佐藤健二若於本年10月來訪時，雙方可望簽署協定。",
    ],
)
def test_a_coming_hoped_for_in_the_plans_section_is_no_visit(item: str) -> None:
    text = "\n".join(
        [
            "壹、國際事務",
            "一、城市交流",
            "本府接待外賓。",
            "二、未來工作重點",
            "（一）推動締結姊妹市",
            item,
        ]
    )
    ext = extract_bytes((text + "\n").encode("utf-8"), "t.txt", "1992-07/1992-12")
    assert not rels(ext, RelType.VISITED)


# 10. the city's own call made to prepare a guest's coming is not the guest's (review 33)
def test_the_citys_call_before_a_guests_coming_is_not_the_guests() -> None:
    ext = chapter(
        "為迎接大分市長佐藤健二來訪，本府秘書處於三月二日先行拜會高雄港務局，協調參觀港區事宜。",
        period=H1_1992,
    )
    called = {r.target for r in rels(ext, RelType.VISITED, source=named(ext, "佐藤健二"))}
    assert called <= {KAOHSIUNG}


# --- after round 33a ---------------------------------------------------------------


# 12. a bureau of the city inviting others over a span of days does not come itself (review 33)
@pytest.mark.parametrize(
    "sentence",
    [
        "觀光局於4月7日至9日邀請日本旅行業者二十人來高考察。",
        "教育局於4月7日至9日邀請日本大分市中學校長訪問團一行十二人來高參訪。",
        "建設局於4月7日至9日邀請美國港埠專家來高，提供港區規劃建議。",
    ],
)
def test_a_bureau_inviting_over_days_is_no_visitor(sentence: str) -> None:
    ext = chapter(sentence, period=H1_1995)
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert not [v for v in visitors if v.startswith("org:") and v.split(":")[-1].endswith("局")]


# 10. one invited to come to the city's event over a span of days (特邀某某於6月5日至7日
# 來高，以「…」為題發表專題演講): came, and spoke as asked in the clause after the coming
# (review 33a)
def test_a_speaker_invited_over_days_came_and_spoke() -> None:
    ext = chapter(
        "六月五日環境日當週，環保局舉辦「2018環境日研討會」，特邀美國環保署資深工程師史密斯"
        "（John Smith）於6月5日至7日來高，以「都市空氣品質管理」為題發表專題演講，並赴工業區"
        "實地訪查，提供本市建議。"
    )
    speaker = named(ext, "史密斯")
    (part,) = rels(ext, RelType.PARTICIPATED_IN, source=speaker)
    assert part.properties["status"] == "attended"
    assert part.properties.get("role") == "speaker"
    (came,) = rels(ext, RelType.VISITED, source=speaker, target=KAOHSIUNG)
    assert (came.properties["start"], came.properties["end"]) == ("2018-06-05", "2018-06-07")


# 11. coming down from Taipei told with nothing after it (某辦事處參事某某於6月14日南下，
# 由勞工局陪同訪視…): a coming to the city (review 33a)
def test_coming_down_told_alone_is_a_visit() -> None:
    ext = chapter(
        "越南經濟文化辦事處勞工組長阮文明（Nguyen Van Minh）於6月14日南下，由勞工局陪同訪視"
        "本市越籍勞工之生活情形。"
    )
    (came,) = rels(ext, RelType.VISITED, source=named(ext, "阮文明"), target=KAOHSIUNG)
    assert came.properties["start"] == "2018-06-14"


# 27. the members a coming delegation is told to include (…率該市經貿訪問團…來訪，團員包括
# 某港務局經理某某及…): each named came too, in the same days (review 33a)
def test_members_listed_of_a_coming_delegation_came() -> None:
    ext = chapter(
        "西雅圖市長史密斯（John Smith）應陳市長之邀，率該市經貿訪問團一行二十五人於9月18日至21日"
        "來訪，團員包括西雅圖港務局國際行銷部經理布朗（Donald Brown）及當地農產業者代表。"
    )
    (came,) = rels(ext, RelType.VISITED, source=named(ext, "布朗"), target=KAOHSIUNG)
    assert (came.properties["start"], came.properties["end"]) == ("2018-09-18", "2018-09-21")


# 4. a date in the words naming a visitor by an earlier coming (前於3月5日來訪之某市市長)
# is that coming's, not the date of the visit told, nor the month of a day after it (round 35a)
def test_a_visitor_named_by_an_earlier_coming_visits_on_the_items_days() -> None:
    ext = chapter(
        "二、107年6月11日至13日，曾於本年3月5日來訪之法國里昂市市長杜邦（Jean Dupont）"
        "再度率團蒞臨本市，12日拜會陳市長。"
    )
    mayor = named(ext, "杜邦")
    visits = {
        (r.properties["start"], r.properties.get("end"))
        for r in rels(ext, RelType.VISITED, source=mayor, target=KAOHSIUNG)
    }
    # the earlier coming is told too
    assert visits == {("2018-06-11", "2018-06-13"), ("2018-03-05", None)}
    lyon = rels(ext, RelType.VISITED, source=named(ext, "里昂市"), target=KAOHSIUNG)
    assert {r.properties["start"] for r in lyon} == {"2018-06-11"}
    (met,) = rels(ext, RelType.MET_WITH)
    assert met.properties["date"] == "2018-06-12"


# 19. a body's official leading a delegation named by a place and an errand of trade
# (率菲律賓投資考察團, 某市招商訪問團): the group is its place's coming, the body came (round 35a)
def test_an_official_leading_an_investment_delegation_brings_his_body() -> None:
    ext = chapter(
        "十、107年6月2日　克拉克發展公司副總裁桑托斯（Maria Santos）率菲律賓投資考察團一行"
        "二十人蒞臨本市，拜會本府並與本市工商界人士座談。"
    )
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert named(ext, "克拉克發展公司") in visitors
    assert not [e for e in ext.entities if e.name_zh == "菲律賓投資考察團"]


# 22. a body whose officials are told among a visitor's party (隨行者有某港務局官員等一行
# 六人): that body came too (round 35a)
def test_a_body_among_those_along_came_too() -> None:
    ext = chapter(
        "二、107年8月22日至24日，荷蘭鹿特丹市市長杜邦（Jan Dupont）率團蒞臨本市，"
        "隨行者有鹿特丹自由港管理局官員等一行六人，二十三日蒞府拜會陳市長。"
    )
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert named(ext, "鹿特丹自由港管理局") in visitors


# 9. a place told only as where bodies are seated (各國駐華機構多設於臺北, 該公司總部位於
# 東京): no subject of the clauses after, whose people come (其人員南下訪問本市) (round 35c)
@pytest.mark.parametrize("opening", ["各國駐華機構多設於臺北", "各國商會總部多位於東京"])
def test_a_place_where_bodies_are_seated_is_not_who_comes(opening: str) -> None:
    ext = chapter(f"{opening}，其人員南下訪問本市，或洽詢投資、採購事宜，本府均妥為接待。")
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)


# 3. an annex table whose column names stand in brackets, split by ；or ｜ as its
# lines are (（日期；國別／城市；訪賓；事由及接待情形）), its lines numbered (1.108/8/6；…)
# and dated by slashes (108/9/10-12, 108/10/3-10/7), a note in brackets under the
# header: each line a row, read as the sentence its columns spell (round 35d)
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


# (round 35d)
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


# 7. an item headed by a place's coming (【某市經貿訪問團來訪】) whose text dates the
# coming of one of that place's people: the place's coming is of those days too (round 35d)
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


# 10. a guest's row whose place cell ends with the place the guest's cell opens with
# (日本大分縣；大分縣議會議長某某…): the place is written once, as the body's name (round 35d)
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


# 13. a sentence taking up the groups told before (兩團, 該團, 一行) and dating their
# arrival and stay (兩團已於十九日抵達，預定停留至二十三日): the comings told undated in
# the sentence before are of those days (round 35d)
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


# 16. a stay in the city told by what the guests did there (於3月27日至29日在本市考察…):
# a coming, of those days (round 35d)
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


# 4. the one named after 應…之邀 invited the visitor: no visitor, not met, and no title of
# the visitor's place (review 35)
def test_the_inviter_named_bare_is_no_visitor() -> None:
    ext = visitors_chapter(
        "（一）八十二年三月，日本長崎市議員山本太郎應黃俊英副市長之邀率團來訪，並拜會本府。"
    )
    inviter = named(ext, "黃俊英")
    assert not rels(ext, RelType.VISITED, source=inviter)
    assert not rels(ext, RelType.HOLDS_TITLE, source=inviter, target=named(ext, "長崎市"))
    assert rels(ext, RelType.VISITED, source=named(ext, "山本太郎"), target=KAOHSIUNG)


# (review 35)
def test_the_one_receiving_met_the_visitor_not_the_inviter() -> None:
    ext = visitors_chapter(
        "（一）八十二年三月，日本長崎市議員山本太郎應吳敦義市長之邀率團來訪，由黃俊英副市長接見。"
    )
    assert not rels(ext, RelType.VISITED, source=named(ext, "吳敦義"))
    guest, host = named(ext, "山本太郎"), named(ext, "黃俊英")
    assert [
        r
        for r in ext.relations
        if r.type == RelType.MET_WITH and {r.source, r.target} == {guest, host}
    ]
    ext = visitors_chapter(
        "（一）八十二年三月，日本長崎市議員山本太郎應田中一郎市長之邀率團來訪，由吳敦義市長接見。"
    )
    inviter = named(ext, "田中一郎")
    assert not rels(ext, RelType.VISITED, source=inviter)
    assert not [r for r in rels(ext, RelType.MET_WITH) if inviter in (r.source, r.target)]
    guest, host = named(ext, "山本太郎"), named(ext, "吳敦義")
    assert [
        r
        for r in ext.relations
        if r.type == RelType.MET_WITH and {r.source, r.target} == {guest, host}
    ]


# 12. the coming closing a list's last item, a body's members, is the whole list's (review 35)
def test_a_body_closing_an_invitee_list_with_its_coming_came_with_the_rest() -> None:
    ext = visitors_chapter(
        "（一）八十二年三月，本市國際港灣研討會邀請日本長崎市副市長田中一郎、福岡市國際交流協會"
        "代表抵高發表演講。"
    )
    assert rels(ext, RelType.VISITED, source=named(ext, "田中一郎"), target=KAOHSIUNG)
    body = named(ext, "福岡市國際交流協會")
    assert rels(ext, RelType.VISITED, source=body, target=KAOHSIUNG)


# 5. a coming dated with no word of its being earlier (三月二日來訪之某市議會訪問團，由本府
# 副市長某某接見) is the item's own, dated: the home official receiving came nowhere (review 35a)
def test_a_coming_not_told_as_earlier_keeps_its_date() -> None:
    ext = visitors_chapter("（一）三月二日來訪之日本熊本市議會訪問團，由本府副市長王大明接見。")
    assert not rels(ext, RelType.VISITED, source=named(ext, "王大明"))
    visits = rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert visits
    assert {r.properties.get("start") for r in visits} == {"1993-03-02"}


# 6. one written to (致函…來訪之某某) or thanked after the earlier coming's clause is no
# visitor on the letter's date; a group named by an earlier coming came on its date (review 35a)
def test_one_written_to_did_not_come_on_the_letters_day() -> None:
    ext = visitors_chapter(
        "（一）八十二年五月十日，吳市長致函去年十月來訪之日本熊本市市長大西一郎，邀請其再度來訪。"
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "大西一郎"))
    assert not [r for r in visits if r.properties.get("start") == "1993-05-10"]


# (review 35a)
def test_a_group_named_by_its_earlier_coming_came_on_that_date() -> None:
    ext = visitors_chapter(
        "（一）八十二年五月十日，前於三月二日來訪之日本熊本市訪問團團員，返國後致函本府，"
        "感謝該市市長山本太郎與吳市長之安排。"
    )
    assert not rels(ext, RelType.VISITED, source=named(ext, "山本太郎"))
    came = rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert came
    assert {r.properties.get("start") for r in came} == {"1993-03-02"}


# (review 35a)
def test_a_visit_to_taiwan_dates_the_call_that_follows() -> None:
    ext = visitors_chapter(
        "（一）八十二年三月二日訪臺之日本熊本市市長大西一郎，南下拜會本府，由吳市長接見。"
    )
    (met,) = rels(ext, RelType.MET_WITH)
    assert met.properties.get("start") == "1993-03-02"


# 8. one leading a delegation of another place (某銀行董事長率熊本市投資考察團來訪) brings
# no body or place of his own: the place naming the delegation came (review 35a)
def test_a_leader_of_another_places_delegation_brings_no_body() -> None:
    ext = visitors_chapter("（一）三月二日，日本福岡銀行董事長山本太郎率熊本市投資考察團來訪。")
    came = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert named(ext, "熊本市") in came
    assert not [s for s in came if "fukuoka" in s or "福岡" in s]


# 9. a guest presiding over the opening of the city's event held abroad (本府於日本熊本市
# 舉辦「…展」，由該市市長某某主持揭幕) took part there, and came to the city for nothing
# (review 35a)
def test_presiding_over_an_event_held_abroad_is_no_visit() -> None:
    ext = visitors_chapter(
        "（一）三月二日，本府新聞處於日本熊本市舉辦「高雄攝影展」，由該市市長大西一郎主持揭幕。"
    )
    mayor = named(ext, "大西一郎")
    assert rels(ext, RelType.PARTICIPATED_IN, source=mayor)
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)


# 13. a body based in the city told among a visitor's party (隨行人員包括某協會高雄事務所
# 代表, 隨行者有某國在台協會高雄分處官員) came from nowhere; a body from abroad did (review 35a)
@pytest.mark.parametrize(
    "party", ["隨行人員包括日本交流協會高雄事務所代表", "隨行者有美國在台協會高雄分處官員"]
)
def test_a_body_based_here_along_with_a_visitor_is_no_visitor(party: str) -> None:
    ext = visitors_chapter(
        f"（一）三月二日，日本熊本市市長大西一郎率團蒞臨本市，{party}等一行六人。"
    )
    came = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    names = {e.id: e.name_zh for e in ext.entities}
    assert not [s for s in came if "協會" in names.get(s, "")]
    assert named(ext, "大西一郎") in came


# 12. an item headed by a place's coming takes no date from a past coming the text
# tells (曾於八十一年五月八日來訪) (review 35d)
def test_a_headed_coming_takes_no_past_coming_told_in_the_text() -> None:
    ext = chapter(
        "【青森市經貿訪問團來訪】",
        "〔82.3.6〕日本青森市經貿訪問團一行十人，昨（五）日上午拜會市府，由吳市長接見。"
        "青森市市議員田中一郎曾於八十一年五月八日來訪本市。",
        period=H1_1993,
    )
    place = rels(ext, RelType.VISITED, source=named(ext, "青森市"), target=KAOHSIUNG)
    assert place and all(v.properties.get("start") != "1992-05-08" for v in place)


# 13. the city's own delegation arriving abroad (一行於四月十日抵達青森市) dates no
# guest's coming the sentence before told (review 35d)
def test_the_citys_delegation_arriving_abroad_dates_no_guests_coming() -> None:
    ext = chapter(
        "（一）本府王副市長率團赴日本青森市訪問，青森市市長佐藤健一曾多次來訪本市，雙方交誼深厚。"
        "一行於四月十日抵達青森市，停留至十三日。",
        period=H1_1993,
    )
    guest = rels(ext, RelType.VISITED, source=named(ext, "佐藤健一"), target=KAOHSIUNG)
    assert all(v.properties.get("start") != "1993-04-10" for v in guest)
    trip = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "青森市"))
    assert [v.properties.get("start") for v in trip] == ["1993-04-10"]


# (review 35d)
def test_a_headed_coming_takes_the_days_of_a_coming_again_after_a_past_one() -> None:
    ext = chapter(
        "【波特蘭市議員再度來訪】",
        "〔82.4.10〕曾於八十一年五月六日來訪之美國波特蘭市議員約翰史密斯，昨（九）日再度拜會市府，"
        "由吳市長接見。",
        period=H1_1993,
    )
    place = rels(ext, RelType.VISITED, source=named(ext, "波特蘭市"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in place] == ["1993-04-09"]


# 12. a guest coming down to the city named after 南下 (於結束臺北行程後特別南下高雄):
# the guest, and the place whose delegation they led, came; 向州長簡報 names no one (round 36a)
def test_coming_down_to_the_city_named_is_a_visit() -> None:
    ext = chapter(
        "五月間，美國華盛頓州州長布朗（John Brown），率領該州經貿訪問團訪華，"
        "於結束臺北行程後特別南下高雄，沿途就本市港埠的規劃向州長簡報。",
        period="1995-01/1995-06",
    )
    guest = rels(ext, RelType.VISITED, source=named(ext, "布朗"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in guest] == ["1995-05"]
    assert not [e for e in ext.entities if e.name_zh == "簡報"]


# 23. the members of the delegation just told as coming, listed after 團員之中包括 (…來訪，
# 團員之中包括某港務局處長某某，以及當地業者多人): each person named came too (round 36a)
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


# 10. a card's subject field (案由：某市議會議員訪問團來訪) is its title, the label no part
# of what it tells: the body whose delegation came visited, on the card's days (round 36b)
def test_a_cards_subject_tells_the_bodys_coming_on_its_days() -> None:
    ext = chapter(
        "（一）",
        "案由：日本神戶市議會議員訪問團來訪",
        "日期：107年7月9日至11日",
        "來訪人員：",
        "神戶市議會議長　安田一郎",
        "神戶市議會議員　森田次郎",
        "經過：訪問團由安田議長率領，9日抵高，10日拜會本府及本市議會。",
    )
    council = rels(ext, RelType.VISITED, source=named(ext, "神戶市議會"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in council] == [
        ("2018-07-09", "2018-07-11")
    ]


# 17. a guest's call on the city on a day of a visit read before (來訪人員：… then
# 經過：…20日拜會本府，由王市長接見): the call tells that visit too, its evidence (round 36b)
def test_a_call_within_a_visit_read_before_tells_that_visit() -> None:
    ext = chapter(
        "（一）",
        "案由：英國貿易文化辦事處高雄分處新任處長到任拜會",
        "日期：107.10.20",
        "來訪人員：英國貿易文化辦事處高雄分處處長李察‧史東（Richard Stone）",
        "經過：史東處長於十月上旬到任，20日拜會本府，由王市長接見。",
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "李察‧史東"), target=KAOHSIUNG)
    assert len(visits) == 1
    assert any("20日拜會本府" in e.text for e in visits[0].evidence)


# 18. one told escorting a guest here (由某國駐華大使館參事某某陪同南下): he came too, on
# the guest's days, though stationed in Taiwan (the text says he came) (round 36b)
def test_an_escort_told_coming_here_came_on_the_guests_days() -> None:
    ext = chapter(
        "（一）",
        "案由：約旦安曼市副市長一行參訪本市",
        "日期：107年3月12日至13日",
        "來訪人員：約旦哈希姆王國安曼市副市長哈山（Hassan Ali）等一行四人",
        "陪同人員：約旦駐華商務辦事處代表卡林（Karim Omar）",
        "經過：哈山副市長率團訪華，由卡林代表陪同南下，12日參觀港區；13日上午離高。",
    )
    escort = rels(ext, RelType.VISITED, source=named(ext, "卡林"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in escort] == [
        ("2018-03-12", "2018-03-13")
    ]


# 8. coming to the city written 蒞高 (率…一行十五人蒞高訪問): a visit, as 來高 and 蒞臨 are
# (round 36c)
def test_coming_written_li_gao_is_a_visit() -> None:
    ext = chapter(
        "美國哥倫布市副市長史東率該市工商考察團一行十五人於五月三日蒞高訪問。",
        period="2018-01/2018-06",
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "史東"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["2018-05-03"]


# 9. a leader written with a gloss in Latin letters after the name (某市副市長某某（Some
# Name）率…): the gloss is no part of who leads, who leads the group and takes part (round 36c)
def test_a_leader_glossed_in_latin_letters_leads() -> None:
    ext = chapter(
        "美國哥倫布市副市長大衛．史東（David Stone）率該市工商考察團一行十五人來訪，"
        "並於5月14日出席本府建設局舉辦之「中美經貿合作座談會」。",
        period="2018-01/2018-06",
    )
    person = named(ext, "大衛．史東")
    visits = rels(ext, RelType.VISITED, source=person, target=KAOHSIUNG)
    assert [v.properties.get("led_by") for v in visits] == ["大衛.史東"]
    assert rels(ext, RelType.PARTICIPATED_IN, source=person)


# 14. a guest coming at an invitation unnamed (某市長應邀率團來訪, 應邀來高訪問): a visit,
# led by the guest, not one only asked for (round 36c)
def test_a_guest_coming_as_invited_visits() -> None:
    ext = chapter(
        "美國哥倫布市市長金恩應邀率該市訪問團一行三十人來高訪問。", period="2018-07/2018-12"
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "金恩"), target=KAOHSIUNG)
    assert [v.properties.get("led_by") for v in visits] == ["金恩"]


# 4. a guest escorted, told as a circumstance (甲一行，在某處所長乙陪同下，…來訪):
# both came, and the guest, not the escort, was received (round 36d)
def test_a_guest_escorted_came_with_his_escort_and_was_received() -> None:
    ext = chapter(
        "〔108.5.9〕日本仙台市市長佐藤一郎伉儷一行五人，在日本台灣交流協會高雄事務所所長"
        "山田太郎陪同下，昨（八）日南下訪問本市，下午拜會陳市長。",
        period="2019-01/2019-06",
    )
    for guest in ("佐藤一郎", "山田太郎"):
        came = rels(ext, RelType.VISITED, source=named(ext, guest), target=KAOHSIUNG)
        assert [v.properties.get("start") for v in came] == ["2019-05-08"]
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG)
    assert [m.target for m in met] == [named(ext, "佐藤一郎")]


# 5. guests told, later in the paragraph of their coming, moving on to another place
# of the country on a day (今（九）日參觀某廠後，將轉往臺北): their visit ended that day (round 36d)
def test_guests_moving_on_in_the_country_end_their_visit_that_day() -> None:
    ext = chapter(
        "〔108.5.9〕日本仙台市市長佐藤一郎伉儷一行五人，昨（八）日南下訪問本市，下午拜會陳市長。"
        "雙方就觀光交流交換意見。佐藤市長一行今（九）日參觀中鋼公司後，將轉往臺北。",
        period="2019-01/2019-06",
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "佐藤一郎"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in came] == [
        ("2019-05-08", "2019-05-09")
    ]


# 8. two leaders' groups listed as one coming (甲率領之某團…，以及乙率領之某團…，均…來訪):
# both leaders came (round 36d)
def test_two_leaders_groups_listed_as_one_coming_both_came() -> None:
    ext = chapter(
        "〔108.2.21〕日本熊本市市議員田中一郎率領之熊本市友好訪問團一行八人，以及韓國仁川廣域市"
        "副市長朴永浩率領之仁川市親善訪問團一行十人，昨（二十）日專程來訪。",
        period="2019-01/2019-06",
    )
    for leader in ("田中一郎", "朴永浩"):
        assert rels(ext, RelType.VISITED, source=named(ext, leader), target=KAOHSIUNG)


# 11. a body's head leading its own people, told by 該 and the body's ending, to call on
# the city's government (某連盟會長某某，率領該連盟議員一行，拜會市府): the body came too
# (round 36d)
def test_a_head_leading_his_own_bodys_people_to_call_brings_the_body() -> None:
    ext = chapter(
        "〔108.6.5〕日本熊本縣議會日華親善議員連盟會長田中一郎，率領該連盟縣議員及隨員一行"
        "十一人，昨（四）日下午拜會市府，由陳市長親自接待。",
        period="2019-01/2019-06",
    )
    league = named(ext, "熊本縣議會日華親善議員連盟")
    came = rels(ext, RelType.VISITED, source=league, target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["2019-06-04"]


# 14. the members who came along listed in the sentence after the coming (…昨日拜會市府。
# 同行者另有某港務局委員某某及…): each came too, those days (round 36d)
def test_members_listed_in_the_sentence_after_the_coming_came_too() -> None:
    ext = chapter(
        "〔108.3.15〕美國華盛頓州西雅圖市市議員史密斯（John Smith）率領該市經貿訪問團一行十五人，"
        "昨（十四）日上午拜會市府，陳市長在市長室接見。同行者另有西雅圖港務局港務委員布朗"
        "（Paul Brown）及多位當地貿易商。",
        period="2019-01/2019-06",
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "布朗"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["2019-03-14"]


# 15. a city's official leading the city's own group (率領該市經貿訪問團) to call on the
# city's government: the city came too (round 36d)
def test_an_official_leading_his_citys_group_to_call_brings_the_city() -> None:
    ext = chapter(
        "〔108.3.15〕美國華盛頓州西雅圖市市議員史密斯（John Smith）率領該市經貿訪問團一行十五人，"
        "昨（十四）日上午拜會市府。",
        period="2019-01/2019-06",
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "西雅圖市"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["2019-03-14"]


# 25. the group's head named opening the sentence after its coming (…昨日抵達本市參訪。
# 團長某國《某報》總編輯某某表示…): he came with it, those days, and left with it (round 36d)
def test_the_head_of_a_group_named_after_its_coming_came_with_it() -> None:
    ext = chapter(
        "【東南亞友邦記者團參訪本市】",
        "〔108.4.27〕由外交部邀請來華訪問之東南亞友邦記者團一行八人，昨（二十六）日抵達本市參訪。"
        "團長日本《北國日報》總編輯山田太郎（Taro Yamada）表示：「很好，令人印象深刻。」"
        "記者團今（二十七）日轉往臺南。",
        period="2019-01/2019-06",
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "山田太郎"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in came] == [
        ("2019-04-26", "2019-04-27")
    ]
    assert any("抵達本市參訪" in e.text for e in came[0].evidence)


# 6. a guest table's row dated in slashes (80/5/5；…): the school its guests came from
# opens the row after the date, and visiting 姊妹校 + a home school is that tie (round 36e)
def test_a_guest_row_dated_in_slashes_opens_with_the_visiting_school() -> None:
    ext = chapter(
        "附表一　重要外賓來訪紀要",
        "（日期；國別／城市；訪賓；事由）",
        "1.80/5/5~5/9；日本福岡市；福岡高等學校校長山本一郎率該校師生20人；"
        "回訪姊妹校市立前鎮高級中學，並參觀市政",
        period="1991-01/1991-06",
    )
    ties = rels(ext, RelType.SISTER_SCHOOL_OF, target=named(ext, "福岡高等學校"))
    assert [r.source for r in ties] == [named(ext, "市立前鎮高級中學")]


# 5. the occasion of the sentence before is its coming, not a time it tells of a plan
# (並告知該市將於十月舉辦…): the coming's date (review 36a)
def test_an_occasion_is_dated_by_the_coming_not_a_plan_told() -> None:
    ext = chapter(
        "三月間，韓國仁川市副市長金大成率團來訪，並告知該市將於十月舉辦「仁川港灣節」。",
        "本府也藉此機會，邀請仁川市朴英植市長於本年秋天率團來訪。",
    )
    assert invited_dates(ext, "朴英植") == ["2018-03"]


# 8. a coming card still planned (日期：…（預定）): its visitors have not come on those days
# (review 36b)
def test_a_planned_coming_cards_visitors_have_not_come() -> None:
    ext = chapter(
        "（一）",
        "案由：日本仙台市青年交流團來訪",
        "日期：107年8月6日至10日（預定）",
        "來訪人員：",
        "仙台市市民局局長　佐藤一郎",
        "仙台市高中學生二十人",
        "說明：本府刻正規劃接待行程。",
    )
    for visit in rels(ext, RelType.VISITED, target=KAOHSIUNG):
        assert "start" not in visit.properties
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "佐藤一郎"), title_zh="局長")


# 5. guests at the city's own event (貴賓：, 來賓：): stationed staff and the city's own
# did not visit; their titles are still read (review 36b)
def test_guests_at_the_citys_event_did_not_visit() -> None:
    ext = chapter(
        "（一）",
        "案由：本府參加「2018高雄國際貨櫃藝術節」開幕",
        "日期：107.4.20",
        "地點：駁二藝術特區",
        "貴賓：",
        "美國在台協會高雄分處處長　唐若文",
        "日本台灣交流協會高雄事務所所長　中井健治",
        "本市議會議長　康裕成",
        "經過：本府邀請駐高雄各外館代表出席開幕典禮。",
    )
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "唐若文"), title_zh="處長")


# 3. a moving on told of the city's people, or only planned, ends no guest's visit (review 36d)
@pytest.mark.parametrize(
    "after",
    [
        "陳市長則於今（九）日轉往臺北出席行政院會議。",
        "本府觀光局人員今（九）日將轉往臺南，籌辦國際旅展。",
        "佐藤市長原訂今（九）日轉往臺北，因颱風延至明（十）日啟程。",
    ],
)
def test_another_moving_on_ends_no_guests_visit(after: str) -> None:
    ext = chapter(
        "〔108.5.9〕日本仙台市市長佐藤一郎伉儷一行五人，昨（八）日南下訪問本市，下午拜會陳市長。"
        + after,
        period=H1_2019,
    )
    (visit,) = rels(ext, RelType.VISITED, source=named(ext, "佐藤一郎"), target=KAOHSIUNG)
    assert visit.properties.get("end") is None


# 8. one who went along (隨團訪問的某校校長) went with the last delegation told: guests
# who came after the city's trip was told (review 36d)
def test_one_along_with_guests_told_last_came_with_them() -> None:
    ext = chapter(
        "本府王副市長率領教育局人員一行九人，於4月11日至16日前往日本熊本市訪問。"
        "日本仙台市教育長佐藤一郎率團於4月20日來訪。"
        "隨團訪問的仙台第一高等學校校長山田太郎，於4月21日拜會市立高雄高級中學。"
    )
    member = named(ext, "山田太郎")
    assert not rels(ext, RelType.VISITED, source=member, target=named(ext, "熊本"))
    assert rels(ext, RelType.VISITED, source=member, target=KAOHSIUNG)


# 15. a coming implied by an event attended in one month and one told in the month
# after (八月下旬選派學生來訪): two comings, not one stay (round 37a)
def test_an_event_coming_and_one_told_the_month_after_are_two() -> None:
    ext = chapter(
        "計畫項目：舉辦「八十年高雄市國際青少年足球邀請賽」",
        "實際執行情形：",
        "1.本項比賽已於七月二日至八日假中正運動場舉行，計有日本熊本市、澳洲伯斯市等二地代表隊"
        "及本市代表隊二隊，合計四隊參賽。",
        "2.熊本市亦於八月下旬選派中學生二十名來訪。",
        period="1991-07/1991-12",
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "熊本市"), target=KAOHSIUNG)
    assert sorted(str(v.properties.get("start")) for v in came) == ["1991-07-02", "1991-08"]


# 1. a table of guests whose visitor column is headed 來訪者, its columns parted by
# runs of full-width spaces: each row's guest holds the title and came on the row's day (round 37b)
def test_a_guest_table_headed_by_its_visitor_column_is_read() -> None:
    ext = chapter(*GUEST_TABLE)
    for name, day in (("山田太郎", "2018-03-05"), ("約翰‧史密斯", "2018-04-11")):
        came = rels(ext, RelType.VISITED, source=named(ext, name), target=KAOHSIUNG)
        assert [v.properties.get("start") for v in came] == [day]
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "約翰‧史密斯"))
    assert [(h.target, h.properties.get("title_zh")) for h in held] == [
        (named(ext, "塔科馬市"), "副市長")
    ]


# 3. a guest table's purpose cell opening with the group the guest led (率議員訪問團親善
# 訪問): he led his body's delegation, so the body came too (round 37b)
def test_a_guest_tables_purpose_leading_a_group_brings_the_body() -> None:
    ext = chapter(*GUEST_TABLE)
    came = rels(ext, RelType.VISITED, source=named(ext, "仙台市議會"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["2018-03-05"]


# 2. a guest coming to the city's government in the words 到府 (某處處長某某到府拜會):
# the guest, named after the title, came and was received (round 37c)
def test_a_guest_come_to_the_government_office_visited_and_was_met() -> None:
    ext = chapter(
        "十月九日，英國貿易文化辦事處高雄分處新任主任史東到府拜會，由許市長接見。",
        period="1990-07/1990-12",
    )
    guest = named(ext, "史東")
    came = rels(ext, RelType.VISITED, source=guest, target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["1990-10-09"]
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=guest)


# 11. a coming promised at the end of a trip abroad (…拜會該市市長，對方允諾於…後派員回訪):
# a visit to come, the city visited made no visit (round 37c)
def test_a_return_visit_promised_is_no_visit_made() -> None:
    ext = chapter(
        "本局於五月三日至八日由王局長率各區區長一行八人赴日本熊本市考察，並拜會該市市長，"
        "對方允諾於秋季祭典結束後派員回訪。",
        period="1990-01/1990-06",
    )
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "熊本市"))
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)


# 15. a body named before in full, opening a clause by a short form before 由 and its
# head (某中學校由校長某某率師生…來訪): the head's title is the body's, and the body came
# (round 37c)
def test_a_body_by_its_short_form_led_by_its_head_is_his_and_came() -> None:
    ext = chapter(
        "市立前鎮國中與日本熊本市立託麻中學校於五月十七日締結為姊妹校。"
        "託麻中學校由校長山本一郎率師生一行十八人於五月十六日至十九日來訪。",
        period="1990-01/1990-06",
    )
    school = named(ext, "熊本市立託麻中學校")
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "山本一郎"), title_zh="校長")
    assert [h.target for h in held] == [school]
    came = rels(ext, RelType.VISITED, source=school, target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in came] == [
        ("1990-05-16", "1990-05-19")
    ]


# 5. a guest's coming told, then the next sentence of its paragraph opening with a day
# and the time of it, no one named (…於三月二日至五日來訪。三日上午拜會陳市長): the guest
# met that official that day (round 37d)
def test_a_call_opening_the_next_sentence_with_its_day_is_the_guests() -> None:
    ext = chapter(
        "加拿大溫哥華市議會議長懷特（Mary White）率議員三人，於九月二日至五日訪問本市。"
        "三日下午拜會陳其邁市長，雙方就觀光交流交換意見。",
        period="2018-07/2018-12",
    )
    met = rels(ext, RelType.MET_WITH, target=named(ext, "懷特"))
    assert [(m.source, m.properties.get("date")) for m in met] == [
        (named(ext, "陳其邁"), "2018-09-03")
    ]


# 9. a visitor coming with his own body's or city's people, told by 偕 and 該 with the
# body's ending (某委員會主席某某偕該委員會委員二人來訪, 某市長…偕該市議員二人南下訪問
# 本市): the body or city came too (round 37d)
def test_a_visitor_with_his_own_bodys_people_brings_the_body() -> None:
    ext = chapter(
        "美國奧斯汀市國際關係委員會主席格林女士（Anne Green）偕該委員會委員三人，"
        "於三月二日至四日來訪。",
        "智利瓦爾帕萊索市市長羅德里格斯（Pablo Rodríguez）趁出席臺北會議之便，於四月五日至"
        "七日偕該市議員三人訪問本市。",
        period="2018-01/2018-06",
    )
    came = {v.source for v in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert {named(ext, "奧斯汀市國際關係委員會"), named(ext, "瓦爾帕萊索市")} <= came


# 10. a guest attending the city's event, his stay told after it by the day he arrived
# and the day he left (…出席「某論壇」，十一月十六日抵高，二十日離高): he came those days,
# not the event's (round 37d)
def test_a_stay_told_by_arrival_and_leaving_after_attending_dates_the_visit() -> None:
    ext = chapter(
        "本府於十一月十八日至十九日主辦「2018高雄港灣論壇」。",
        "韓國大邱市副市長朴正浩應本府之邀，率該市代表團出席「2018高雄港灣論壇」，"
        "十一月十六日抵高，二十日離高。",
        period="2018-07/2018-12",
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "朴正浩"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in came] == [
        ("2018-11-16", "2018-11-20")
    ]


# 17. a guest coming down to see a place of the city (南下考察高雄港貨櫃作業, 南下參觀本市
# 港區): he came (round 37d)
def test_coming_down_to_see_a_place_of_the_city_is_a_visit() -> None:
    ext = chapter(
        "第一位　Hans Becker　德國　不來梅市經濟局港務處處長",
        "Becker處長結束臺北行程後，於九月三日至五日南下參觀高雄港自由貿易港區。",
        period="2018-07/2018-12",
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "Hans Becker"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in came] == [
        ("2018-09-03", "2018-09-05")
    ]


# 19. the next sentence after a guest's coming opening with the day and his arrival, the
# city's side before the verb (…來訪。十七日抵高後即與陳其邁市長會晤): the guest met him (round 37d)
def test_a_meeting_right_after_the_guests_arrival_is_the_guests() -> None:
    ext = chapter(
        "第一位　權泳臻（Kwon Young-jin）　大韓民國　大邱市市長",
        "權市長一行於九月三日至六日來訪。三日抵達本市後隨即與陳其邁市長會晤；四日參觀港區。",
        period="2018-07/2018-12",
    )
    met = rels(ext, RelType.MET_WITH, target=named(ext, "權泳臻"))
    assert [(m.source, m.properties.get("date")) for m in met] == [
        (named(ext, "陳其邁"), "2018-09-03")
    ]


# 20. the same, his wife named first (某市長偕夫人及該市府官員一行六人訪問本市): the city
# came too (round 37d)
def test_a_visitor_with_his_wife_and_his_citys_officials_brings_the_city() -> None:
    ext = chapter(
        "智利瓦爾帕萊索市（Valparaíso）市長羅德里格斯（Pablo Rodríguez）偕夫人暨該市府"
        "觀光部門主管四人，於九月十日至十三日來訪。",
        period="2018-01/2018-06",
    )
    came = {v.source for v in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert named(ext, "瓦爾帕萊索市") in came


# 14. a visit told after 適逢 (適逢某市市長某某率團來訪): led by that mayor (review 37a)
def test_a_visit_after_coinciding_is_led_by_its_leader() -> None:
    ext = chapter("三月十日適逢日本熊本市市長山田太郎率團來訪，本府特安排參觀港區。")
    came = rels(ext, RelType.VISITED, source=named(ext, "山田太郎"), target=KAOHSIUNG)
    assert [v.properties.get("led_by") for v in came] == ["山田太郎"]


# 9. a listed team told to have arrived the month before the event (已於七月下旬抵高，進行
# 賽前集訓): one stay, the coming that the event implies included (review 37a)
def test_a_team_arriving_the_month_before_the_event_stays_once() -> None:
    ext = chapter(
        "計畫項目：舉辦「八十年高雄市國際青少年足球邀請賽」",
        "實際執行情形：",
        "1.本項比賽已於八月二日至八日假中正運動場舉行，計有日本熊本市、澳洲伯斯市等二地代表隊"
        "及本市代表隊二隊，合計四隊參賽。",
        "2.熊本市代表隊已於七月下旬抵高，進行賽前集訓。",
        period=H2_1991,
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "熊本市"), target=KAOHSIUNG)
    assert len(came) == 1
    assert str(came[0].properties.get("start")).startswith("1991-07")


#: A trip card under the chapter's second section, its summary in two points.


# ...and a purpose cell telling the guest came along with another's delegation (隨議長率團
# 來訪, 隨團來訪): he came, led by no one named by the cell (review 37b)
@pytest.mark.parametrize("purpose", ["隨議長率團來訪", "隨團親善訪問"])
def test_a_guest_coming_along_in_a_guest_table_led_nothing(purpose: str) -> None:
    ext = chapter(*guest_row(purpose, "王副市長"))
    (came,) = rels(ext, RelType.VISITED, source=named(ext, "金永洙"), target=KAOHSIUNG)
    assert came.properties.get("start") == "2018-04-11"
    assert "隨" not in str(came.properties.get("led_by", ""))
    assert rels(ext, RelType.MET_WITH, target=named(ext, "金永洙"))


# 3. 到府 said of the city's own delegation abroad (率團訪問某縣，並到府拜會知事): the
# delegation called at its host's seat; nobody came to the city (review 37c)
@pytest.mark.parametrize(
    ("line", "host"),
    [
        ("十月九日，許市長率團訪問日本熊本縣，並到府拜會熊本縣知事細川護熙。", "熊本縣"),
        ("十月九日，本府秘書長率團赴韓國仁川廣域市訪問，並到府拜會該市市長。", "仁川"),
        ("十月九日，本府秘書長前往韓國仁川市，並到府拜會該市市長。", "仁川"),
    ],
)
def test_calling_at_the_hosts_seat_abroad_is_no_coming(line: str, host: str) -> None:
    ext = chapter(line, period=H2_1990)
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, host))
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)


# (review 37c)
def test_a_guest_calling_at_the_seat_still_came() -> None:
    ext = chapter("十月九日，熊本縣知事細川護熙率團來訪，並到府拜會許市長。", period=H2_1990)
    assert rels(ext, RelType.VISITED, source=named(ext, "細川護熙"), target=KAOHSIUNG)


# 8. a coming after a promise kept or an invitation accepted (答應本府邀請於五月十日率團
# 來訪, 實踐去年承諾於五月十日率團來訪): paid, on its day (review 37c)
@pytest.mark.parametrize(
    "line",
    [
        "仁川市長答應本府邀請於五月十日率團來訪，並拜會吳市長。",
        "仁川市長實踐去年承諾於五月十日率團來訪，由吳市長接見。",
    ],
)
def test_a_coming_after_a_promise_kept_is_a_visit(line: str) -> None:
    ext = chapter(line, period="1990-01/1990-06")
    (visit,) = rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert visit.properties.get("start") == "1990-05-10"


# (review 37c)
def test_a_coming_promised_is_no_visit() -> None:
    ext = chapter("仁川市長承諾將於明年率團來訪。", period="1990-01/1990-06")
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)


# (review 37c)
def test_a_promise_recalled_before_the_visit_paid_is_not_a_second_visit() -> None:
    ext = chapter(
        "日本熊本市長去年允諾回訪，已於五月十日率團來訪，由吳市長接見。", period="1990-01/1990-06"
    )
    visits = rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["1990-05-10"]


# 9. guests coming to watch something else (來高觀摩本市消防救災業務), or on a day not
# the event's: no attending the event told before (review 37c)
@pytest.mark.parametrize(
    "line",
    [
        "七月三日，日本熊本市消防局長田中一郎一行五人來高觀摩本市消防救災業務。",
        "日本熊本市消防局長田中一郎一行五人來高觀摩本市消防救災業務。",
        "七月三日，熊本龍舟協會會長田中一郎一行三人專程來高觀摩。",
    ],
)
def test_coming_to_watch_something_else_is_no_attending(line: str) -> None:
    ext = chapter(
        "「2018高雄市國際龍舟邀請賽」已於六月十六日在愛河順利舉行。", line, period="2018-01/2018-06"
    )
    assert not rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "田中一郎"))


# 1. a form of address after a glossed name (某委員會主席某某女士（Anne Green）率團): the
# person is named without it, and his body, whose head led its group, came too (review 37d)
@pytest.mark.parametrize(
    ("sentence", "person", "gloss", "body"),
    [
        (
            "美國奧斯汀市國際關係委員會主席格林女士（Anne Green）率團於三月二日至四日來訪。",
            "格林",
            "Anne Green",
            "美國奧斯汀市國際關係委員會",
        ),
        (
            "美國波士頓市議會議長布朗女士（Susan Brown）率該議會議員五人於四月二日來訪。",
            "布朗",
            "Susan Brown",
            "美國波士頓市議會",
        ),
        (
            "美國奧斯汀市國際關係委員會主席格林先生（John Green）率團於三月二日至四日來訪。",
            "格林",
            "John Green",
            "美國奧斯汀市國際關係委員會",
        ),
    ],
)
def test_a_head_addressed_after_a_glossed_name_leading_a_group_brings_the_body(
    sentence: str, person: str, gloss: str, body: str
) -> None:
    ext = chapter(sentence)
    assert rels(ext, RelType.VISITED, source=named(ext, person), target=KAOHSIUNG)
    assert rels(ext, RelType.VISITED, source=named(ext, body), target=KAOHSIUNG)
    (entity,) = [e for e in ext.entities if e.name_zh == person]
    assert entity.name_en == gloss


# 3. a person said not to come, another leading the group instead (權市長因故未能來訪，
# 改由金副市長率團…來訪): not the visitor; his city came, led by the one sent (review 37d)
@pytest.mark.parametrize(
    "lines",
    [
        (
            "第一位　權泳臻（Kwon Young-jin）　大韓民國　大邱市市長",
            "權市長因故未能來訪，改由金副市長率團於九月三日至五日來訪。",
        ),
        (
            "第一位　權泳臻（Kwon Young-jin）　大韓民國　大邱市市長",
            "權市長因公無法成行，改由金副市長率團於九月三日至五日來訪。",
        ),
        ("韓國大邱市市長權泳臻因故無法來訪，改由金副市長率團於九月三日至五日來訪。",),
    ],
)
def test_one_not_coming_whom_another_replaces_is_no_visitor(lines: tuple[str, ...]) -> None:
    ext = chapter(*lines, period=H2_2018)
    assert not [r for r in rels(ext, RelType.VISITED) if r.source.startswith("person:")]
    (visit,) = rels(ext, RelType.VISITED, source="city:kr:daegu", target=KAOHSIUNG)
    assert visit.properties.get("led_by") == "金副市長"
    assert visit.properties.get("start") == "2018-09-03"
    assert visit.properties.get("end") == "2018-09-05"


# 4. a stay in the country (於九月三日至六日來臺) then the day the guest came down to the
# city (五日南下參觀高雄港區): the city's visit is that day, not the whole stay (review 37d)
@pytest.mark.parametrize(
    "lines",
    [
        (
            "第一位　權泳臻（Kwon Young-jin）　大韓民國　大邱市市長",
            "權市長一行於九月三日至六日來臺。三日抵達臺北後隨即與外交部長會晤；"
            "五日南下參觀高雄港區。",
        ),
        ("韓國大邱市市長權泳臻一行於九月三日至六日來臺，三日於臺北拜會外交部；五日南下參訪本市。",),
    ],
)
def test_a_stay_in_the_country_is_no_visit_to_the_city_come_down_to_on_one_day(
    lines: tuple[str, ...],
) -> None:
    ext = chapter(*lines, period=H2_2018)
    (visit,) = rels(ext, RelType.VISITED, source=named(ext, "權泳臻"), target=KAOHSIUNG)
    assert visit.properties.get("start") == "2018-09-05"
    assert visit.properties.get("end") is None


# 6. a year before the report's opening the sentence as a clause of its own (去年底，…):
# it dates what the sentence tells (not history told in passing) (round 39a)
def test_last_year_opening_the_sentence_dates_the_visit() -> None:
    ext = chapter(
        "去年底，智利瓦爾帕萊索市市長璜‧羅培茲（Juan López）率團來訪，參觀加工出口區。",
        period="1986-01/1986-06",
    )
    mayor = named(ext, "璜‧羅培茲")
    visits = rels(ext, RelType.VISITED, source=mayor, target=KAOHSIUNG)
    assert [v.properties.get("year") for v in visits] == [1985]


# 12. a stay told as 在高雄停留 and a leaving as 離境 (率團抵達，在高雄停留三天，十日離境):
# a coming to the city, to the day it left (round 39a)
def test_a_stay_in_the_city_and_leaving_the_country_date_the_visit() -> None:
    ext = chapter(
        "五月八日，澳洲伯斯市副市長約翰‧史密斯（John Smith）率領伯斯市訪問團一行七人抵達，"
        "在高雄停留三天，十日離境。",
        period="1986-01/1986-06",
    )
    for party in ("約翰‧史密斯", "伯斯市"):
        visits = rels(ext, RelType.VISITED, source=named(ext, party), target=KAOHSIUNG)
        assert [(v.properties.get("start"), v.properties.get("end")) for v in visits] == [
            ("1986-05-08", "1986-05-10")
        ]


# 14. a team invited to the city's event, taken up after the invitation (邀請某市少年棒球隊
# 來訪，該隊由領隊某某率隊職員二十人，於五月三日至七日來訪): it came, on those days (round 39a)
def test_an_invited_team_taken_up_as_coming_came() -> None:
    ext = chapter(
        "2.辦理「七十六年高雄熊本姊妹市少年棒球友誼賽」：本府邀請姊妹市熊本市少年棒球隊來訪，"
        "該隊由領隊田中一郎率隊職員共二十人，於五月三日至七日來訪，與本市立德國小球隊比賽三場。",
        period="1987-01/1987-06",
    )
    team = named(ext, "熊本市少年棒球隊")
    took_part = rels(ext, RelType.PARTICIPATED_IN, source=team)
    assert [p.properties.get("status").value for p in took_part] == ["attended"]
    visits = rels(ext, RelType.VISITED, source=team, target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in visits] == [
        ("1987-05-03", "1987-05-07")
    ]


# 18. one named in full among a list of guests, taken up by surname and title opening a
# clause and coming from elsewhere (…參事范德華等外賓…；范參事專程自臺北南下參加): that
# person came; where they came from is no party (round 39a)
def test_a_guest_taken_up_by_surname_and_title_came_from_elsewhere() -> None:
    ext = chapter(
        "七十五年十月三十一日，本府舉辦「外籍人士港都之旅」，邀請荷蘭駐華辦事處參事范德堡"
        "（Jan van den Berg）等外賓十餘人遊覽澄清湖；范參事專程自臺北南下參加。",
        period="1986-07/1986-12",
    )
    guest = named(ext, "范德堡")
    visits = rels(ext, RelType.VISITED, source=guest, target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["1986-10-31"]
    tour = named(ext, "外籍人士港都之旅")
    parties = {p.source for p in rels(ext, RelType.PARTICIPATED_IN, target=tour)}
    assert parties == {guest}


# 22. a caption telling the mayor, by the title alone, receiving a guest at the city's
# seat (某日，市長於市長室接見某市市長某某一行): the guest came that day (round 39a)
def test_the_mayor_receiving_at_the_seat_tells_the_guest_came() -> None:
    ext = chapter(
        "圖四　七十五年七月十一日，市長於市長室接見約旦阿卡巴市市長阿布杜拉‧哈山"
        "（Abdullah Hassan）一行（左三為哈山市長）。",
        period="1986-07/1986-12",
    )
    guest = named(ext, "阿布杜拉‧哈山")
    visits = rels(ext, RelType.VISITED, source=guest, target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["1986-07-11"]


# 1. a table of delegations whose guest column is named for the guests it holds
# (日期｜來訪外賓｜事由), each cell a whole guest (country, place, body, title, name) (round 39b)
def test_a_column_of_foreign_guests_holds_the_whole_guest() -> None:
    ext = chapter(
        "（二）本期重要訪團如下表：",
        "日期｜來訪外賓｜事由",
        "108年3月5日｜韓國仁川廣域市副市長朴永浩｜拜會本府，洽談港灣合作",
        "108年4月9日｜美國西雅圖市議會議長羅伯特｜率議員訪問團來訪，參觀輕軌",
        period="2019-01/2019-06",
    )
    guest = rels(ext, RelType.VISITED, source=named(ext, "朴永浩"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in guest] == ["2019-03-05"]
    assert rels(
        ext, RelType.HOLDS_TITLE, source=named(ext, "朴永浩"), target=named(ext, "仁川廣域市")
    )
    council = named(ext, "西雅圖市議會")
    assert [v.properties.get("start") for v in rels(ext, RelType.VISITED, source=council)] == [
        "2019-04-09"
    ]


# 2. a guest's row whose purpose cell opens with the members he led, counted
# (率議員一行7人來訪): the leading is his, so the body he heads came too (round 39b)
def test_a_purpose_cell_leading_a_counted_party_brings_the_guests_body() -> None:
    ext = chapter(
        "日期｜來訪外賓｜事由",
        "108年5月14日｜日本姬路市議會議長山田一郎｜率議員一行六人來訪，考察捷運建設",
        period="2019-01/2019-06",
    )
    council = named(ext, "姬路市議會")
    assert [v.properties.get("start") for v in rels(ext, RelType.VISITED, source=council)] == [
        "2019-05-14"
    ]


# 5. partners sending people to the city's event, the sentence going on to what is to
# come online (…，營隊結束後並將成立線上社群): the event was held in person, they came (round 39b)
def test_an_online_plan_after_the_event_leaves_the_coming_in_person() -> None:
    ext = chapter(
        "本府青年局於108年8月5日至12日舉辦「2019高雄國際青年領袖營」，由西雅圖市及仁川廣域市"
        "分別遴派青年共20人來高參加，活動結束後並將成立線上交流平台，延續情誼。",
        period="2019-07/2019-12",
    )
    for city in ("西雅圖市", "仁川廣域市"):
        visits = rels(ext, RelType.VISITED, source=named(ext, city), target=KAOHSIUNG)
        assert [v.properties.get("start") for v in visits] == ["2019-08-05"]


# 10. a guest's reception told after his visit with no day of its own, the sentence
# going on to a year of something else (某市長此行由陳市長親自接待，雙方確認延續2010年
# 簽署之…): he was received during his visit, not in that year (round 39b)
def test_a_reception_on_this_trip_is_dated_by_the_guests_visit() -> None:
    ext = chapter(
        "（一）108年8月3日，日本姬路市市長山田一郎來訪，拜會本府。",
        "（二）日本姬路市市長山田一郎此行由陳市長親自接待，雙方確認延續2010年簽署之友好交流協議精神。",
        period="2019-07/2019-12",
    )
    guest = named(ext, "山田一郎")
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=guest)
    assert [m.properties.get("date") for m in met] == ["2019-08-03"]
    assert all(
        v.properties.get("year") == 2019
        for v in rels(ext, RelType.VISITED, source=guest, target=KAOHSIUNG)
    )


# 18. one of the cities just listed taken up by 其中, its head leading its delegation
# (其中某市某某市長親率市民訪問團…，於2月18日至20日訪高並出席燈會活動): he led it, came
# on those days and took part; 其中 is no part of who led (round 39b)
def test_a_head_taken_up_by_qizhong_leads_his_citys_delegation() -> None:
    ext = chapter(
        "今年燈會於108年2月2日至24日展出，本府循例邀請姊妹市組團共襄盛舉，計有日本姬路市及"
        "韓國仁川市等2個城市派團參加。",
        "其中姬路市清元秀泰市長親率市民訪問團共38人，於2月18日至20日訪高並出席燈會活動。",
        period="2019-01/2019-06",
    )
    mayor = named(ext, "清元秀泰")
    visits = rels(ext, RelType.VISITED, source=mayor, target=KAOHSIUNG)
    assert [(v.properties["start"], v.properties["end"]) for v in visits] == [
        ("2019-02-18", "2019-02-20")
    ]
    assert rels(ext, RelType.PARTICIPATED_IN, source=mayor)


# 22. a school of the city hosting a foreign school's teachers and students (本市某高中
# 接待某市立某高中師生30人，於…進行交流): the guests' school came, on those days (round 39b)
def test_a_home_school_hosting_guests_brings_their_school() -> None:
    ext = chapter(
        "本市中正高中接待姬路市立姬路學園高中師生30人，於108年11月5日至8日進行寄宿家庭交流。",
        period="2019-07/2019-12",
    )
    school = named(ext, "姬路市立姬路學園高中")
    visits = rels(ext, RelType.VISITED, source=school, target=KAOHSIUNG)
    assert [(v.properties["start"], v.properties["end"]) for v in visits] == [
        ("2019-11-05", "2019-11-08")
    ]


# 25. a visitor coming with the members of a body of his city named for its tie with
# ours (由市議員某某偕同某市高雄姊妹市協會會員前來): the association came too, though
# its name holds the city's (round 39b)
def test_members_of_a_sister_city_association_coming_along_bring_it() -> None:
    ext = chapter(
        "西雅圖市方面，由市議員約翰‧史密斯偕同西雅圖高雄姊妹市協會會員前來，該協會為兩市民間交流之"
        "重要推手。",
        period="2019-01/2019-06",
    )
    association = named(ext, "西雅圖高雄姊妹市協會")
    assert rels(ext, RelType.VISITED, source=association, target=KAOHSIUNG)


# 26. a coming with no date of its own after the city's event is told held on its days,
# the event named 某某邀請賽 (舉辦「…少年足球邀請賽」，…，某某帶隊來高): the event's name
# invites no one, so its days date the coming (round 39b)
def test_an_events_name_saying_invitation_still_dates_a_coming() -> None:
    ext = chapter(
        "本府教育局於108年12月21日至23日舉辦「2019高雄國際少年足球邀請賽」，日本姬路市由該市"
        "教育委員會課長山本二郎帶隊來高。",
        period="2019-07/2019-12",
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "山本二郎"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in visits] == [
        ("2019-12-21", "2019-12-23")
    ]


# 29. two guests listed before their coming, the first leading a group (甲率議員一行9人、
# 乙等，亦於本期到訪): both came (round 39b)
def test_two_guests_listed_before_their_coming_both_came() -> None:
    ext = chapter(
        "其他國際友人：日本宮崎縣議會日台友好議員連盟會長田中太郎率議員一行9人、泰國清邁府副府長"
        "蘇拉蓬（Surapong Chaiyaphan）等，亦於本期到訪。",
        period="2019-01/2019-06",
    )
    for guest in ("田中太郎", "蘇拉蓬"):
        assert rels(ext, RelType.VISITED, source=named(ext, guest), target=KAOHSIUNG)


# 30. a place's delegation taken up by 其中 on a day (其中某府訪團於6月18日拜會本府…),
# after guests listed as come in the period (…、某府副府長某某等，亦於本期到訪): that
# place's guest came on that day (round 39b)
def test_a_places_delegation_taken_up_dates_its_listed_guest() -> None:
    ext = chapter(
        "其他國際友人：日本宮崎縣議會日台友好議員連盟會長田中太郎率議員一行9人、泰國清邁府副府長"
        "蘇拉蓬（Surapong Chaiyaphan）等，亦於本期到訪。其中清邁府訪團於108年6月18日拜會本府"
        "農業局，考察本市芒果產銷制度。",
        period="2019-01/2019-06",
    )
    [visit] = rels(ext, RelType.VISITED, source=named(ext, "蘇拉蓬"), target=KAOHSIUNG)
    assert visit.properties["start"] == "2019-06-18"
    [other] = rels(ext, RelType.VISITED, source=named(ext, "田中太郎"), target=KAOHSIUNG)
    assert "start" not in other.properties


# 32. a foreign city as a clause's subject, someone leading its coming (某市並由該市教育
# 委員會課長某某帶隊來高): the city came, with him (round 39b)
def test_a_city_whose_coming_another_led_came() -> None:
    ext = chapter(
        "本府教育局於108年12月21日至23日舉辦「2019高雄國際少年足球邀請賽」，日本姬路市並由該市"
        "教育委員會課長山本二郎帶隊來高。",
        period="2019-07/2019-12",
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "姬路市"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["2019-12-21"]


# 1. an appended table of guests whose guest column names what its cells hold besides
# in brackets (來訪貴賓（職稱）), its name opening with 來訪, laid out with full-width
# spaces and numbered by full-width digits: each line a guest's row (round 39c)
def test_a_guest_column_noting_the_title_in_brackets_heads_a_table_of_guests() -> None:
    ext = chapter(
        "附表：本期重要外賓來訪一覽表",
        "編號　日期　　　　國別　　　來訪貴賓（職稱）　　　　　　　接待單位",
        "１　　107.07.14　日本　　　新潟縣長岡市市長磯田達伸　　　　　秘書處",
        "２　　107.08.03　美國　　　西雅圖港務局局長Steve Metruck　　　海洋局",
        period="2018-07/2018-12",
    )
    mayor = rels(ext, RelType.VISITED, source=named(ext, "磯田達伸"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in mayor] == ["2018-07-14"]
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "磯田達伸"), title_zh="市長")
    port = rels(ext, RelType.VISITED, source=named(ext, "Steve Metruck"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in port] == ["2018-08-03"]


# 11. envoys listed by 、 and closed by 等 before calling on the mayor (甲（gloss）、某處
# 代表乙等先後南下拜會陳市長): every one listed came and met the city, not the last alone
# (round 39c)
def test_envoys_listed_before_calling_on_the_mayor_all_came() -> None:
    ext = chapter(
        "另有荷蘭貿易暨投資辦事處代表紀維德（Guy Wittich）、紐西蘭商工辦事處代表"
        "傅恩萊（Vangelis Vitalis）等先後南下拜會陳市長。",
    )
    for envoy in ("紀維德", "傅恩萊"):
        assert rels(ext, RelType.VISITED, source=named(ext, envoy), target=KAOHSIUNG)
        assert rels(ext, RelType.MET_WITH, target=named(ext, envoy))


# 20. thanks for a visit a place made (拜會某市市長某某，感謝該市於8月派團來訪): the
# place came, not the official thanked (who is met abroad) (round 39c)
def test_the_official_thanked_for_his_citys_visit_did_not_come() -> None:
    ext = chapter(
        "107年11月21日至23日，本府海洋局派員赴日本福岡市出席「2018福岡國際海洋論壇」，"
        "會議期間並拜會福岡市市長高島宗一郎，感謝該市於本年8月派團來訪。",
        period="2018-07/2018-12",
    )
    assert not rels(ext, RelType.VISITED, source=named(ext, "高島宗一郎"))
    assert rels(ext, RelType.VISITED, source="city:jp:fukuoka", target=KAOHSIUNG)


# 2. a guest's own bureau head written short after the guest leading or accompanied by
# him (某市長某某率觀光局長某某來訪; 某副市長某某偕同教育局長某某來訪): of the guest's
# city, a guest who came, not the city's bureau (review 39a)
@pytest.mark.parametrize(
    ("sentence", "head", "guest"),
    [
        (
            "三月五日，日本熊本市長大西一史率觀光局長佐藤一郎等一行十人來訪，拜會陳市長。",
            "佐藤一郎",
            "大西一史",
        ),
        (
            "三月五日，韓國釜山市副市長鄭京鎮偕同教育局長金大中來訪，拜會陳市長。",
            "金大中",
            "鄭京鎮",
        ),
        (
            "圖三　107年3月5日，熊本市長大西一史（中）與觀光局長佐藤一郎（右）拜會陳市長。",
            "佐藤一郎",
            "大西一史",
        ),
    ],
)
def test_a_guest_s_bureau_head_written_short_is_of_the_guest_s_city(
    sentence: str, head: str, guest: str
) -> None:
    ext = chapter(sentence)
    person = named(ext, head)
    held = rels(ext, RelType.HOLDS_TITLE, source=person)
    assert held
    assert not [h for h in held if h.target.startswith(("org:kaohsiung", "org:tw:kaohsiung"))]
    assert KAOHSIUNG not in [h.target for h in held]
    other = named(ext, guest)
    assert not rels(ext, RelType.MET_WITH, source=person, target=other)
    assert not rels(ext, RelType.MET_WITH, source=other, target=person)


# 12. a coming told as once done, often (曾多次來訪), or welcomed as a wish (表示歡迎本市市民
# 前來觀光), after a sentence opening with a day: not that day's; a wish no coming at all
# (review 39a)
def test_a_coming_once_done_is_not_dated_by_the_day_before() -> None:
    ext = chapter("五月八日，本府舉辦「2018國際港灣城市論壇」。熊本市長大西一史曾多次來訪。")
    visits = rels(ext, RelType.VISITED, source=named(ext, "大西一史"))
    assert all(v.properties.get("start") != "2018-05-08" for v in visits)


# (review 39a)
def test_a_coming_welcomed_as_a_wish_is_no_visit() -> None:
    ext = chapter(
        "五月八日，陳市長赴熊本市出席「2018熊本城祭」開幕。熊本市長大西一史表示歡迎本市市民前來觀光。"
    )
    assert not rels(ext, RelType.VISITED, source=named(ext, "大西一史"))
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=KUMAMOTO)


# 7. a table's purpose cell leading a group not the guest body's (率日本商工會議所會員
# 一行20人): the guest came, his office did not (review 39b)
def test_a_purpose_cell_leading_another_bodys_group_brings_no_body() -> None:
    ext = chapter(
        "日期｜來訪貴賓｜事由",
        "108年3月5日｜日本台灣交流協會高雄事務所所長中井健治｜率日本商工會議所會員一行20人"
        "拜會陳市長",
        period=H1_2019,
    )
    assert rels(ext, RelType.VISITED, source=named(ext, "中井健治"))
    office = named(ext, "日本臺灣交流協會高雄事務所")
    assert not rels(ext, RelType.VISITED, source=office)


# 5. thanks for a visit the one thanked led (感謝朱市長於本年1月率該市代表團來訪,
# 感謝其於本年8月率團來訪期間促成兩市港口合作): he visited, beside his city (review 39c)
@pytest.mark.parametrize(
    ("sentence", "person", "start"),
    [
        (
            "105年6月21日至23日，本府海洋局派員赴韓國全羅南道麗水市出席「2016麗水國際海洋論壇」，"
            "會議期間並拜會麗水市市長朱哲鉉，感謝朱市長於本年1月率該市代表團來訪。",
            "朱哲鉉",
            "2016-01",
        ),
        (
            "105年6月21日至23日，本府海洋局派員赴日本福岡市出席「2016福岡國際海洋論壇」，"
            "會議期間並拜會福岡市市長高島宗一郎，感謝其於本年3月率團來訪期間促成兩市港口合作。",
            "高島宗一郎",
            "2016-03",
        ),
    ],
)
def test_the_one_thanked_for_leading_a_visit_visited(
    sentence: str, person: str, start: str
) -> None:
    ext = chapter(sentence, period=H1_2016)
    visits = rels(ext, RelType.VISITED, source=named(ext, person), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == [start]


# (review 39c)
def test_a_guest_at_the_citys_own_series_joined_bare_visited_as_told() -> None:
    ext = chapter("3月5日日本熊本市副市長某某來訪，出席高雄燈會閉幕典禮。", period=H1_2016)
    guest = named(ext, "某某")
    took_part = rels(ext, RelType.PARTICIPATED_IN, source=guest)
    assert [p.properties.get("status") for p in took_part] == ["attended"]
    visits = rels(ext, RelType.VISITED, source=guest, target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("inferred")) for v in visits] == [
        ("2016-03-05", None)
    ]


# Form H. A guest's coming told with the city's official not receiving him (陳市長因公未能
# 接見，由秘書長代為接待; 無法親自接見，改由某副市長接見): the guest still came, and the one
# who received him met him, not the official who could not.


# 21. the coming kept, the mayor's not receiving being no declining of it (round 40c)
def test_a_guest_not_received_by_the_mayor_still_came() -> None:
    ext = chapter(
        "（一）美國波士頓市副市長卡特率市府官員一行5人於111年11月9日來訪，陳市長因公未能"
        "接見，由秘書長代為接待。",
        "（二）澳洲伯斯市市長史考特率市議員一行4人於111年12月1日來訪，陳市長因另有行程無法"
        "親自接見，由秘書長接待並簡報市政。",
        period="2022-07/2022-12",
    )
    assert visit_starts(ext, named(ext, "卡特"), KAOHSIUNG) == ["2022-11-09"]
    assert visit_starts(ext, named(ext, "伯斯市"), KAOHSIUNG) == ["2022-12-01"]


# Form M. Guests the city invited to come, the sentence going on to tell the city signing
# with them on a day (邀請某局主席率團來訪，並於某日由本府某局與該局簽署「…」; …並於某日
# 與其共同簽訂「…」): the invitation was taken up, they came; what the signing is for, told
# after it (未來將…), is no coming still to be. One promised (屆時將與該局簽署) is not.


# 27. two wordings of a signing with those invited, and one to come (round 40c)
def test_guests_invited_who_then_signed_here_came() -> None:
    ext = chapter(
        "2.為拓展港埠合作，本府海洋局邀請菲律賓蘇比克灣都會管理局主席賈西亞率團來訪，並於100年"
        "5月18日由海洋局與該局簽署「港埠發展交流合作備忘錄」，未來將在郵輪觀光等方面加強合作。",
        "3.本府觀光局邀請日本九州觀光推進機構理事長石原進率團來訪，並於100年4月7日與其共同"
        "簽訂「觀光交流合作協議」。",
        "4.本府邀請美國奧克蘭港務局局長史密斯明年率團來訪，屆時將與該局簽署合作備忘錄。",
        period="2011-01/2011-06",
    )
    assert visit_starts(ext, named(ext, "賈西亞"), KAOHSIUNG) == ["2011-05-18"]
    assert visit_starts(ext, named(ext, "石原進"), KAOHSIUNG) == ["2011-04-07"]
    promised = {e.id for e in ext.entities if e.name_zh == "史密斯"}
    assert not [v for v in rels(ext, RelType.VISITED) if v.source in promised]


# 1. a university named by its place (日本熊本大學, 美國加州大學, 韓國釜山大學) is a
# university, not the place's schools in general: its people coming, or its delegation
# named after it (某大學學生訪問團), it came (review 40a)
@pytest.mark.parametrize(
    ("lines", "university"),
    [
        (("2018年3月26日，日本熊本大學師生一行22人來訪，並拜會本府教育局。",), "熊本大學"),
        (("美國加州大學師生一行20人來訪。",), "加州大學"),
        (("二、日本北海道大學師生來訪", "日本北海道大學師生一行22人來訪。"), "北海道大學"),
        (("日本大阪大學學生訪問團來訪，並拜會本府教育局。",), "大阪大學"),
        (("美國夏威夷大學代表團一行10人來訪。",), "夏威夷大學"),
        (("（四）韓國釜山大學學生交流團於6月來訪。",), "釜山大學"),
    ],
)
def test_a_university_named_by_its_place_came(lines: tuple[str, ...], university: str) -> None:
    ext = chapter(*lines)
    assert rels(ext, RelType.VISITED, source=named(ext, university), target=KAOHSIUNG)
    assert not {b for b in bodies_named(ext) if b.endswith(("訪問團", "代表團", "交流團"))}


# 4. a body calling on the city a second time in the year, months after the first: a
# second visit, not the first one's meeting (review 40c)
def test_a_bodys_second_call_in_the_year_is_a_visit_of_its_own() -> None:
    ext = chapter(
        "（三）日本九州觀光推進機構理事長石原進率該機構一行於100年2月10日拜會本府。",
        "（四）日本九州觀光推進機構理事長石原進率該機構一行於100年6月1日拜會本府，由陳菊市長接見。",
        period="2011-01/2011-06",
    )
    body = named(ext, "日本九州觀光推進機構")
    starts = sorted(str(v.get("start")) for v in visit_properties(ext, body, KAOHSIUNG))
    assert starts == ["2011-02-10", "2011-06-01"]


# 7. guests the city invited to come, the sentence telling a signing with them elsewhere
# (並於4月7日在某市與其共同簽訂「…」; 由海洋局長赴某市與該局簽署) or their coming still to
# be (邀請某市長於明年率團來訪，並已於3月2日與該市簽署「…」): no coming (review 40c)
@pytest.mark.parametrize(
    ("sentence", "guest"),
    [
        (
            "3.本府觀光局邀請日本九州觀光推進機構理事長石原進率團來訪，並於100年4月7日在福岡市與其"
            "共同簽訂「觀光交流合作協議」。",
            "石原進",
        ),
        (
            "4.本府邀請美國奧克蘭港務局局長史密斯率團來訪，並於100年3月2日由海洋局長赴奧克蘭與該局"
            "簽署合作備忘錄。",
            "史密斯",
        ),
        (
            "3.本府邀請日本熊本市市長幸山政史於明年率團來訪，並已於100年3月2日與該市簽署「觀光交流"
            "備忘錄」。",
            "幸山政史",
        ),
    ],
)
def test_guests_invited_who_signed_elsewhere_or_are_yet_to_come_did_not_come(
    sentence: str, guest: str
) -> None:
    ext = chapter(sentence, period="2011-01/2011-06")
    guests = {e.id for e in ext.entities if e.name_zh == guest}
    assert guests
    assert not [v for v in rels(ext, RelType.VISITED, target=KAOHSIUNG) if v.source != KAOHSIUNG]
