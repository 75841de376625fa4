"""Rule fixes after the round-33 review: each tested on invented sentences in the
reviewer's wordings and paraphrases of them."""

from __future__ import annotations

import pytest

from graph.model import Extraction, RelType
from loaders.pipeline import extract_bytes
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels

H1_1992 = "1992-01/1992-06"


def _names(ext: Extraction) -> set[str]:
    return {e.name_zh for e in ext.entities}


# 1. a date in brackets closing a later sentence dates the item only when it is the
# item's: within the report's period, and not in a sentence telling another party's
# story (另…亦…) or history
def test_a_closing_date_of_history_does_not_date_the_visit_before_it() -> None:
    ext = chapter(
        "（一）日本大分市長佐藤健二率團來訪，參觀港區及捷運工程。"
        "兩市係於民國七十九年締結姊妹市（79.3.12）。",
        period=H1_1992,
    )
    mayor = named(ext, "佐藤健二")
    (visit,) = rels(ext, RelType.VISITED, source=mayor)
    assert not str(visit.properties.get("start", "")).startswith("1990")
    (tie,) = rels(ext, RelType.SISTER_CITY_OF)
    assert tie.properties.get("since") == "1990-03-12"


def test_another_visitors_closing_date_does_not_date_the_visit_before_it() -> None:
    ext = chapter(
        "（一）日本大分市長佐藤健二率團來訪，參觀港區。另釜山市議長朴正浩亦率議員五人來訪（81.4.2）。",
        period=H1_1992,
    )
    (visit,) = rels(ext, RelType.VISITED, source=named(ext, "佐藤健二"))
    assert visit.properties.get("start") != "1992-04-02"


def test_a_closing_date_outside_the_period_is_the_events_not_the_visits() -> None:
    ext = chapter(
        "（一）日本大分市長佐藤健二率團來訪，並邀請本府組團參加該市建市百年慶典（81.10.1）。",
        period=H1_1992,
    )
    (visit,) = rels(ext, RelType.VISITED, source=named(ext, "佐藤健二"))
    assert visit.properties.get("start") != "1992-10-01"


# 2-3. words of hope or support near a tie made (…之建立，將有助…; 在議會支持下締結; 樂見
# 兩市締結以來之成果) do not make it only planned
@pytest.mark.parametrize(
    ("sentence", "since"),
    [
        (
            "本市與日本大分市於本年三月正式締結姊妹市，姊妹市關係之建立，將有助於兩市觀光及經貿之交流。",
            "1992-03",
        ),
        (
            "本市與日本大分市於本年三月十日正式締結姊妹市，該市台灣協會之成立，將有助兩市民間交流。",
            "1992-03-10",
        ),
        ("本市與日本大分市在兩市議會支持下於本年三月十日正式締結姊妹市。", "1992-03-10"),
        (
            "大分市長佐藤健二於三月五日率團來訪，佐藤市長樂見兩市自七十七年締結姊妹市以來之交流成果。",
            "1988",
        ),
    ],
)
def test_a_tie_made_stays_signed_beside_words_of_hope(sentence: str, since: str) -> None:
    ext = chapter(sentence, period=H1_1992)
    (tie,) = rels(ext, RelType.SISTER_CITY_OF)
    assert tie.properties.get("status", "signed") == "signed"
    assert tie.properties.get("since") == since


# 4. a common noun before a bracketed post (貴賓（某市副市長）, 兩市市長（…）, 學者（某大學
# 教授）, 僑領（…會長）) is no person's name
@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        ("吳市長於三月十日在市府接見貴賓（大分市副市長），雙方就觀光交流交換意見。", "貴賓"),
        (
            "本府舉辦「高雄國際港灣城市研討會」，邀請兩市市長（大分市長及釜山市長）出席致詞。",
            "兩市市長",
        ),
        ("本府舉辦「港灣論壇」，邀請學者（東京大學教授）及國內專家擔任主講人。", "學者"),
        ("訪問團於三月十日抵達大分市，當晚拜會僑領（大分華僑總會會長），聽取簡報。", "僑領"),
    ],
)
def test_a_common_noun_glossed_by_a_post_is_no_name(sentence: str, noun: str) -> None:
    ext = chapter(sentence, period=H1_1992)
    assert noun not in _names(ext)


def test_the_guest_glossed_by_a_post_still_meets_the_city_through_his_city() -> None:
    ext = chapter(
        "吳市長於三月十日在市府接見貴賓（大分市副市長），雙方就觀光交流交換意見。", period=H1_1992
    )
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "大分市"))


# 5. 指揮 as a verb (由某某指揮演出) is no title: a verb of performing is no name
def test_conducting_a_performance_is_no_title() -> None:
    ext = chapter(
        "（一）本府於三月十日舉辦「高雄國際音樂節」，邀請大分愛樂交響樂團來高演出，"
        "由該團佐藤健二指揮演出，觀眾逾三千人。",
        period=H1_1992,
    )
    assert "演出" not in _names(ext)
    band = named(ext, "大分愛樂交響樂團")
    assert rels(ext, RelType.VISITED, source=band, target=KAOHSIUNG)
    assert rels(ext, RelType.PARTICIPATED_IN, source=band, role="performer")


# 6. a name may open with a numeral (三日月, 五十嵐, 五月女): only a numeral month or day
# followed by a verb of coming is a time
@pytest.mark.parametrize("name", ["三日月大造", "五十嵐正樹", "五月女健一"])
def test_a_name_opening_with_a_numeral_is_a_name(name: str) -> None:
    ext = chapter(
        f"岐阜縣知事{name}率經貿訪問團一行二十人於三月五日來訪，拜會吳市長。", period=H1_1992
    )
    person = named(ext, name)
    assert rels(ext, RelType.HOLDS_TITLE, source=person)


# 7. one who could not, or was only to, attend the gathering did not attend it
@pytest.mark.parametrize("qualifier", ["因病未能出席大會之", "原定出席大會之"])
def test_one_not_attending_the_gathering_did_not_attend(qualifier: str) -> None:
    ext = chapter(
        "1.81年3月16日至20日，本府由陳副市長率團前往日本福岡市參加「亞太城市高峰會」。"
        f"會議期間，並與{qualifier}大分市長佐藤健二以電話聯繫致意。",
        period=H1_1992,
    )
    mayor = named(ext, "佐藤健二")
    assert not rels(ext, RelType.PARTICIPATED_IN, source=mayor, status="attended")


# 8. a coming hoped for or on a condition in the plans section (俟, 盼, 倘, 若) is not past
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


# 9. a country qualifying the noun after it in a list of invited (韓國、日本之民間團體,
# 美國派駐高雄之官員, 美國等地之姊妹市代表) is not itself invited
@pytest.mark.parametrize(
    "tail",
    ["及韓國、日本之民間團體參加。", "及美國派駐高雄之官員參加。", "及美國等地之姊妹市代表參加。"],
)
def test_a_country_qualifying_a_listed_noun_is_not_invited(tail: str) -> None:
    ext = chapter(
        f"本府於三月十日舉辦「高雄國際港灣城市研討會」，邀請大分市、釜山市{tail}", period=H1_1992
    )
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert not [t for t in invited if t.startswith("country:")]


# 10. the city's own call made to prepare a guest's coming is not the guest's
def test_the_citys_call_before_a_guests_coming_is_not_the_guests() -> None:
    ext = chapter(
        "為迎接大分市長佐藤健二來訪，本府秘書處於三月二日先行拜會高雄港務局，協調參觀港區事宜。",
        period=H1_1992,
    )
    called = {r.target for r in rels(ext, RelType.VISITED, source=named(ext, "佐藤健二"))}
    assert called <= {KAOHSIUNG}


# 11. the city helping another hold its event (由本府協助該市舉辦) does not hold it
def test_helping_another_city_hold_its_event_is_not_hosting() -> None:
    ext = chapter(
        "雙方同意明年由本府邀請該市參加「高雄國際龍舟錦標賽」，"
        "將由本府協助大分市於十月間舉辦「大分台灣週」。",
        period=H1_1992,
    )
    hosted = {r.target for r in rels(ext, RelType.HOSTED, source=KAOHSIUNG)}
    assert not [t for t in hosted if "台灣週" in t or "臺灣週" in t]


# --- after round 33a ---------------------------------------------------------------

H1_1995 = "1995-01/1995-06"


# 12. a bureau of the city inviting others over a span of days does not come itself
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


# 13. a number of years or a decade opening an event's name is no year of the Republic
@pytest.mark.parametrize(
    ("name", "whole"),
    [
        ("六十年代高雄港攝影展", "六十年代高雄港攝影展"),
        ("三十年來高雄港發展研討會", "三十年來高雄港發展研討會"),
        ("四十年友好紀念音樂會", "四十年友好紀念音樂會"),
    ],
)
def test_years_counted_opening_an_event_name_are_no_year(name: str, whole: str) -> None:
    ext = chapter(f"本府於5月3日舉辦「{name}」，邀請日本大分市長佐藤健二參加。", period=H1_1995)
    (hosted,) = rels(ext, RelType.HOSTED, source=KAOHSIUNG)
    event = next(e for e in ext.entities if e.id == hosted.target)
    assert whole in event.name_zh
    assert event.properties.get("year") == 1995


def test_a_republic_year_opening_an_event_name_is_its_year() -> None:
    ext = chapter(
        "本府於5月3日舉辦「八十四年高雄國際龍舟錦標賽」，邀請日本大分市組隊參加。", period=H1_1995
    )
    (hosted,) = rels(ext, RelType.HOSTED, source=KAOHSIUNG)
    event = next(e for e in ext.entities if e.id == hosted.target)
    assert event.properties.get("year") == 1995


# 14. 明年 telling when the event named will be held dates it
def test_next_year_said_of_the_event_named_dates_it() -> None:
    ext = chapter(
        "大分市長佐藤健二來函邀請本府組團參加「大分國際花卉博覽會」，該博覽會將於明年舉行。",
        period=H1_1995,
    )
    (invited,) = rels(ext, RelType.INVITED, target=KAOHSIUNG)
    assert invited.properties.get("event", "").endswith(":1996")


# 15. a body named alone in an item about another city is that city's
def test_a_body_named_alone_is_of_the_city_the_item_is_about() -> None:
    ext = chapter(
        "（一）日本大分市觀光協會會長佐藤健二於2月3日來訪，洽談觀光交流事宜。",
        "（二）韓國釜山市長朴正浩於3月5日率團來訪，觀光協會會長金英植隨行。",
        period=H1_1995,
    )
    (held,) = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "金英植"))
    assert ":kr:" in held.target


# 16. 新聞 before a title is the title's field, not a news outlet
@pytest.mark.parametrize(
    ("sentence", "body", "title"),
    [
        (
            "美國在台協會高雄分處新聞組長史密斯（John Smith）於3月5日拜會本府。",
            "美國在台協會高雄分處",
            "新聞組長",
        ),
    ],
)
def test_news_before_a_title_is_its_field(sentence: str, body: str, title: str) -> None:
    ext = chapter(sentence, period=H1_1995)
    (held,) = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "史密斯"))
    assert held.target == named(ext, body)
    assert held.properties["title_zh"] == title


# 17. a bureau of the city observing or visiting another's event does not host it
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


# 18. countries opening the name of bodies in Taiwan are no destinations
@pytest.mark.parametrize(
    "sentence",
    [
        "觀光局於1月5日至6日派員北上，赴日本及韓國駐台機構拜會，邀請其派員出席「八十四年高雄燈會」。",
        "經發局長於2月3日率員赴美國及日本駐台商會拜會，說明本市投資環境。",
    ],
)
def test_countries_opening_bodies_in_taiwan_are_no_destinations(sentence: str) -> None:
    ext = chapter(sentence, period=H1_1995)
    gone = {r.target for r in rels(ext, RelType.VISITED, source=KAOHSIUNG)}
    assert not [t for t in gone if t.startswith("country:")]


# 19. a summary list of plans (計畫要項, 工作重點) keeps its items planned
def test_a_summary_list_of_plans_keeps_them_planned() -> None:
    ext = chapter(
        "本期計畫要項包括：籌組市長訪問團赴美國西雅圖市訪問、"
        "邀請日本大分市參加「八十四年高雄燈會」、與韓國釜山市洽談締結姊妹市等。",
        period=H1_1995,
    )
    invited = rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "大分市"))
    assert invited and all(r.properties.get("status") == "planned" for r in invited)
