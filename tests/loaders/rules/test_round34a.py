"""Round 34a: forms of the 080 pair (an itinerary abroad told day by day, an official
letter chaining a quarter's items), each tested on invented sentences."""

from __future__ import annotations

from graph.model import Extraction, RelType
from loaders.pipeline import extract_bytes
from loaders.structure import Period, find_period
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


def test_a_year_glossed_in_chinese_numerals_states_the_period() -> None:
    # 本（八十二）年一月至六月: the year glossed in brackets, written in numerals
    found = find_period("本（八十二）年一月至六月，本府辦理國際交流")
    assert found is not None and found[0] == Period("1993-01", "1993-06")


def test_a_home_official_named_in_full_leads_the_citys_trip() -> None:
    # the official's home title told earlier in the chapter; his full name then leads
    got = chapter(
        "一月五日，本府秘書長趙明德接見日本訪問團。",
        "三月二日至六日，趙明德秘書長率團訪問美國西雅圖市，拜會西雅圖市政府。",
    )
    assert rels(got, RelType.VISITED, source=KAOHSIUNG, target="city:us:seattle")


def test_a_mayor_the_curated_data_knows_leads_the_citys_trip() -> None:
    # 謝長廷 is the city's mayor in 2001 (seed/gazetteer/people.csv)
    got = chapter("四月三日至八日，謝長廷市長率團訪問日本福岡市。", period="2001-01/2001-06")
    assert rels(got, RelType.VISITED, source=KAOHSIUNG, target="city:jp:fukuoka")


def test_a_title_of_the_citys_government_written_as_home_word_is_the_citys() -> None:
    # 本府秘書長某某, 市府副秘書長某某: the home city's official, not a body called 本府
    got = chapter(
        "一月五日，日本某訪問團拜會本府秘書長趙明德。",
        "一月八日，韓國某訪問團拜會市府副秘書長劉建國。",
    )
    for name in ("趙明德", "劉建國"):
        assert rels(got, RelType.HOLDS_TITLE, source=f"person:{name}", target=KAOHSIUNG)


TRIP = [
    "一、謝長廷市長率團訪問美國舊金山市及洛杉磯市（五月三日至五月九日）",
    "（一）團員名單",
    "團長：高雄市長謝長廷",
    "團員：觀光局局長許傳盛、教育局局長范巽綠，合計十人。",
    "（二）行程紀要（五月三日至六日訪問舊金山市，五月六日至八日訪問洛杉磯市）",
    "第一天（五月三日）：上午搭機，於當地時間同日抵達舊金山國際機場。",
]


def trip_chapter(*lines: str) -> Extraction:
    text = "\n".join(["拾貳、國際事務", "壹、出訪紀要", *lines]) + "\n"
    return extract_bytes(text.encode("utf-8"), "test.txt", "2001-01/2001-06")


def test_stops_in_the_gloss_of_an_itinerary_heading_date_each_city() -> None:
    # (二)行程紀要(甲日訪問甲市，乙日訪問乙市) under the trip's item: each city its days
    got = trip_chapter(*TRIP)
    for city, start, end in (
        ("city:us:san-francisco", "2001-05-03", "2001-05-06"),
        ("city:us:los-angeles", "2001-05-06", "2001-05-08"),
    ):
        for who in (KAOHSIUNG, "person:謝長廷"):
            assert rels(got, RelType.VISITED, source=who, target=city, start=start, end=end)


def test_the_roster_of_a_trip_abroad_visited_each_city_of_it() -> None:
    # 團長：… 團員：甲、乙、某樂團團長丙暨團員: each named, and the troupe, went to each city
    got = trip_chapter(
        "一、謝長廷市長率團訪問美國舊金山市及洛杉磯市（五月三日至五月九日）",
        "（一）團員名單",
        "團長：高雄市長謝長廷",
        "副團長：本府秘書長蔡明德",
        "團員：觀光局局長許傳盛、高雄市國樂團團長周立中暨團員十二人，合計二十人。",
    )
    for city in ("city:us:san-francisco", "city:us:los-angeles"):
        for who in ("person:蔡明德", "person:許傳盛", "person:周立中"):
            assert rels(got, RelType.VISITED, source=who, target=city)
        troupe = [r for r in rels(got, RelType.VISITED, target=city) if "國樂團" in r.source]
        assert troupe


def test_a_city_written_with_its_old_ending_zhixiashi_is_that_city() -> None:
    # 直轄市 was the name of Korea's metropolitan cities before 廣域市: 大邱直轄市, and its
    # mayor 大邱直轄市長某某
    got = chapter(
        "三月二日，韓國大邱直轄市長金正植率團來訪，拜會本府。",
        "四月八日，本府組團訪問大邱直轄市，拜會該市副市長李成浩。",
    )
    assert rels(
        got, RelType.HOLDS_TITLE, source="person:金正植", target="city:kr:daegu", title_zh="市長"
    )
    assert rels(got, RelType.VISITED, source=KAOHSIUNG, target="city:kr:daegu")


def test_a_body_named_in_latin_letters_before_a_title_keeps_its_name() -> None:
    # Port of X Authority副局長某某: the body is the Latin name whole; 某州Port of X: the
    # state is where it is, no part of its name
    got = chapter(
        "三月五日，Harbor Board of Tacoma副局長李國華率團來訪。",
        "三月八日，美國華盛頓州Port of Everett副執行長John Miller率團來訪。",
    )
    board = named(got, "Harbor Board of Tacoma")
    assert rels(got, RelType.HOLDS_TITLE, source="person:李國華", target=board)
    port = named(got, "Port of Everett")
    assert rels(got, RelType.VISITED, source=port, target=KAOHSIUNG)


def test_a_verb_between_country_and_a_known_city_names_no_unknown_place() -> None:
    # 赴日本訪問福岡市: 訪問福岡市 is no city the data does not know
    got = chapter("五月二日至六日，本府秘書處人員赴日本拜訪福岡市，出席會議。")
    assert rels(got, RelType.VISITED, source=KAOHSIUNG, target="city:jp:fukuoka")
    assert not [r for r in rels(got, RelType.VISITED, source=KAOHSIUNG) if "拜訪" in r.target]


def test_a_rank_with_no_subject_is_of_the_city_made_partner_just_before() -> None:
    # 甲市自某年締結，為本市第一個姊妹市；乙市於某年締結，為本市第二個姊妹市
    got = chapter(
        "本市姊妹市：日本熊本市自民國六十八年締結，為本市第一個姊妹市；"
        "美國西雅圖市於民國七十五年締結，為本市第二個姊妹市。",
        period="1991-01/1991-06",
    )
    for city, since, ordinal in (("city:jp:kumamoto", "1979", 1), ("city:us:seattle", "1986", 2)):
        assert rels(got, RelType.SISTER_CITY_OF, target=city, since=since, ordinal=ordinal)


def test_a_list_of_signings_each_with_its_date_gives_each_its_own() -> None:
    # 計簽署三件：甲日與甲市簽署「…」、乙日與乙市簽署「…」: each partner its date and title
    got = chapter(
        "本期計簽署合作文件二件：二月十日與日本熊本市簽署「觀光交流合作備忘錄」、"
        "五月三日與韓國仁川廣域市簽署「港灣交流合作協議」。",
    )
    assert rels(
        got,
        RelType.SIGNED_MOU,
        target="city:jp:kumamoto",
        date="2018-02-10",
        title="觀光交流合作備忘錄",
    )
    assert rels(
        got,
        RelType.SIGNED_MOU,
        target="city:kr:incheon",
        date="2018-05-03",
        title="港灣交流合作協議",
    )
    assert len(rels(got, RelType.SIGNED_MOU)) == 2


def test_a_verb_of_touring_before_a_body_is_no_part_of_its_name() -> None:
    # 下午參觀某大學，市長與該校校長某某會談: the school is 某大學, not 下午參觀某大學
    got = chapter(
        "五月四日：上午搭機。下午參觀史丹佛大學（Stanford University），"
        "陳市長與該校校長韓尼斯會談。",
        "五月五日，陳市長當面邀請仁川廣域市派隊參加，朴市長欣然允諾。",
    )
    school = named(got, "史丹佛大學")
    assert rels(got, RelType.HOLDS_TITLE, source="person:韓尼斯", target=school)
    people = {e.name_zh for e in got.entities if e.id.startswith("person:")}
    assert not {"陳當面", "朴欣然"} & people


def test_a_later_sentence_of_an_itinerary_line_is_of_the_lines_day() -> None:
    # 第二天(某日)：上午…。下午…與某某會談: the talks are of that day, not the stop's
    got = trip_chapter(
        *TRIP,
        "第二天（五月四日）：上午搭車參觀市區。下午謝長廷市長與舊金山市議長林大衛會談。",
    )
    assert rels(
        got, RelType.MET_WITH, source="person:謝長廷", target="person:林大衛", date="2001-05-04"
    )


def test_a_name_glossed_in_latin_letters_before_its_title() -> None:
    # 某市史密斯(John Smith)市長: the person, with his romanization, the city's mayor
    got = chapter(
        "五月一日，美國塔科馬市史東（Brian Stone）市長率團來訪。",
        "應西雅圖市史密斯（John Smith）市長上半年來訪時之邀請，本府派員赴該市考察。",
    )
    assert rels(got, RelType.HOLDS_TITLE, source="person:史東", target="city:us:tacoma")
    assert rels(got, RelType.HOLDS_TITLE, source="person:史密斯", target="city:us:seattle")
    assert rels(got, RelType.VISITED, source="person:史密斯", target=KAOHSIUNG)
    assert not [e for e in got.entities if e.name_zh == "上半年"]


def test_a_school_written_with_the_home_word_is_the_citys_school() -> None:
    # 由本市某高中校長某某與該校校長某某簽署: the city's school by its name, no 本市
    got = chapter("五月五日，由本市前鎮高中校長王德明與美國林肯高中校長簽署締結姊妹校協定。")
    school = named(got, "前鎮高中")
    assert rels(got, RelType.HOLDS_TITLE, source="person:王德明", target=school)
    assert not [e for e in got.entities if e.name_zh.startswith("本市")]


def test_a_tie_agreed_on_and_to_be_signed_later_is_planned() -> None:
    # 就甲與乙締結…事宜達成共識，預定明年簽約: not yet made
    got = chapter(
        "八月二日，日本熊本市教育長山田一郎來訪，就前鎮國中與該市城東中學締結姊妹校事宜達成共識，"
        "預定明年春季簽約。",
        "八月三日，雙方就兩市締結友好城市事宜達成共識，預定明年簽約。",
        period="1991-07/1991-12",
    )
    schools = rels(got, RelType.SISTER_SCHOOL_OF)
    assert schools and all(r.properties["status"] == "planned" for r in schools)
    ties = rels(got, RelType.FRIENDSHIP_CITY_OF)
    assert ties and all(r.properties["status"] == "planned" for r in ties)


def test_a_tie_case_to_be_signed_later_is_planned() -> None:
    # 甲校與乙校之姊妹校案，則預定於明年簽約: the case is not yet signed
    got = chapter(
        "姊妹校：前鎮國中與熊本市城東中學之姊妹校案，則預定於明年春季簽約。",
        period="1991-07/1991-12",
    )
    schools = rels(got, RelType.SISTER_SCHOOL_OF)
    assert schools and all(r.properties["status"] == "planned" for r in schools)
