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
