"""Rule fixes after the round-35d review: each tested on invented sentences in the
reviewer's wordings and paraphrases of them."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels

H1_1993 = "1993-01/1993-06"


def _starts(ext, rel_type: RelType, **match) -> list[str | None]:  # type: ignore[no-untyped-def]
    return sorted(str(r.properties.get("start")) for r in rels(ext, rel_type, **match))


# 1. a date in brackets closing an ordinary item (not a release under its headline)
# dates the item, as before: no dateline
@pytest.mark.parametrize(
    "line",
    [
        "（一）日本青森市市長佐藤健一率團來訪，由吳市長接見。（82年3月5日）",
        "日本青森市市長佐藤健一率團來訪，由吳市長接見。（82.3.5）",
    ],
)
def test_a_date_closing_an_ordinary_item_dates_it(line: str) -> None:
    ext = chapter(line, period=H1_1993)
    guest = named(ext, "佐藤健一")
    assert _starts(ext, RelType.VISITED, source=guest, target=KAOHSIUNG) == ["1993-03-05"]


def test_a_date_closing_an_ordinary_tie_or_agreement_dates_it() -> None:
    ext = chapter(
        "（一）本市與美國波特蘭市締結姊妹市，由吳市長與波特蘭市市長約翰史密斯共同簽署姊妹市協定書。"
        "（82年5月20日）",
        "（二）本府與日本青森市簽署觀光交流合作備忘錄。（82.6.3）",
        period=H1_1993,
    )
    (tie,) = rels(ext, RelType.SISTER_CITY_OF)
    assert tie.properties.get("since") == "1993-05-20"
    (mou,) = rels(ext, RelType.SIGNED_MOU)
    assert mou.properties.get("date") == "1993-06-03"


# 2. a date in brackets opening an ordinary item, or a release telling no day relative
# to it, is the item's date
@pytest.mark.parametrize(
    "line",
    [
        "（一）（82.3.5）日本青森市市長佐藤健一率團來訪，由吳市長接見。",
        "（一）〔82.3.5〕日本青森市市長佐藤健一率團來訪，由吳市長接見。",
        "（82.3.5）日本青森市市長佐藤健一率團來訪，由吳市長接見。",
    ],
)
def test_a_date_opening_an_ordinary_item_dates_it(line: str) -> None:
    ext = chapter(line, period=H1_1993)
    guest = named(ext, "佐藤健一")
    assert _starts(ext, RelType.VISITED, source=guest, target=KAOHSIUNG) == ["1993-03-05"]


# 3. a year after the place opening an event's name is its edition only when it falls
# near the report's period (resolved as ROC if under 1000); a count of years or a
# target year is part of the name
@pytest.mark.parametrize(
    ("name", "year", "series_key", "edition"),
    [
        ("高雄市四十年建設成果展", 1993, "高雄市四十年建設成果展", None),
        ("波特蘭市一百五十年港埠發展研討會", 1993, "波特蘭市一百五十年港埠發展研討會", None),
        ("橫濱市一百三十年開港祭", 1993, "橫濱市一百三十年開港祭", None),
        ("高雄市2000年港市發展研討會", 1993, "高雄市2000年港市發展研討會", None),
        ("高雄市一百零二年元宵燈會", 2013, "高雄市元宵燈會", 2013),
        ("高雄市八十二年元宵燈會", 1993, "高雄市元宵燈會", 1993),
        ("臺南市2019年國際風箏節", 2019, "臺南市國際風箏節", 2019),
    ],
)
def test_a_year_after_the_place_is_an_edition_only_near_the_period(
    name: str, year: int, series_key: str, edition: int | None
) -> None:
    from loaders.events import find_events
    from loaders.reading import normalize

    [event] = find_events(normalize(f"本府舉辦「{name}」"), near_year=year)
    assert (event.series_key, event.year) == (normalize(series_key), edition)


def test_a_count_of_years_after_the_place_names_no_edition_in_a_chapter() -> None:
    ext = chapter(
        "（一）本府於三月五日舉辦「高雄市一百年港埠發展研討會」，日本青森市市長佐藤健一"
        "應邀來訪出席。",
        period=H1_1993,
    )
    events = {e.id for e in ext.entities if e.id.startswith("event:")}
    assert events and all(not e.endswith(":2011") for e in events)


# 4. 明（一）日 at a month's end is the first of the next month
def test_tomorrow_glossed_smaller_than_the_date_before_is_next_month() -> None:
    from loaders.dates import DateContext, find_dates
    from loaders.structure import parse_period

    context = DateContext(parse_period(H1_1993))
    text = "〔82.3.31〕某市長今（三十一）日抵達本市訪問，明（一）日上午拜會市府"
    spans = find_dates(text, context)
    assert [s.start for s in spans][-2:] == ["1993-03-31", "1993-04-01"]


# 5. within a release, 昨/今/明 days are relative to its dateline, not to a past date
# told in between (曾於八十一年五月六日來訪, 於八十年十月五日締結)
@pytest.mark.parametrize(
    "text",
    [
        "〔82.4.10〕為慶祝兩市於八十年十月五日締結姊妹市，美國波特蘭市議員約翰史密斯，"
        "昨（九）日拜會市府，由吳市長接見。",
        "〔82.4.10〕曾於八十一年五月六日來訪之美國波特蘭市議員約翰史密斯，昨（九）日"
        "再度拜會市府，由吳市長接見。",
        "〔82.4.10〕美國波特蘭市議員約翰史密斯曾於八十一年五月六日來訪。此次約翰史密斯"
        "議員昨（九）日拜會市府，由吳市長接見。",
    ],
)
def test_a_glossed_day_in_a_release_is_relative_to_its_dateline(text: str) -> None:
    ext = chapter("【波特蘭市議員來訪】", text, period=H1_1993)
    met = rels(ext, RelType.MET_WITH)
    assert met and all(m.properties.get("date") == "1993-04-09" for m in met)


# 11. 今日/今天/昨日 written without a number in a release are days relative to its
# dateline
def test_today_and_yesterday_unnumbered_in_a_release_are_by_its_dateline() -> None:
    ext = chapter(
        "【波特蘭市議員拜會市府】",
        "〔82.4.10〕美國波特蘭市議員約翰史密斯於今天上午拜會市府，由吳市長接見。",
        "【青森市長來訪】",
        "〔82.3.6〕日本青森市市長佐藤健一率團一行六人，昨日下午抵達本市訪問，今日上午拜會市府，"
        "由吳市長接見。",
        period=H1_1993,
    )
    smith = rels(ext, RelType.MET_WITH, target=named(ext, "約翰史密斯"))
    assert [m.properties.get("date") for m in smith] == ["1993-04-10"]
    sato = rels(ext, RelType.MET_WITH, target=named(ext, "佐藤健一"))
    assert [m.properties.get("date") for m in sato] == ["1993-03-06"]
    came = rels(ext, RelType.VISITED, source=named(ext, "佐藤健一"))
    assert [v.properties.get("start") for v in came] == ["1993-03-05"]


# 6. releases told one a paragraph, each closed (or opened) by its own dateline and
# telling its days relative to it: each by its own, not the section's first or last
@pytest.mark.parametrize("headlines", [True, False])
def test_releases_one_a_paragraph_each_by_its_own_dateline(headlines: bool) -> None:
    lines = [
        "波特蘭市議員來訪，參觀港區",
        "美國波特蘭市議員約翰史密斯，昨（十一）日拜會市府，由吳市長接見。（82年4月12日）",
        "青森市長來訪，洽談觀光交流",
        "日本青森市市長佐藤健一，昨（五）日拜會市府，由吳市長接見。（82年3月6日）",
    ]
    ext = chapter(*(lines if headlines else lines[1::2]), period=H1_1993)
    smith = rels(ext, RelType.MET_WITH, target=named(ext, "約翰史密斯"))
    assert [m.properties.get("date") for m in smith] == ["1993-04-11"]
    sato = rels(ext, RelType.MET_WITH, target=named(ext, "佐藤健一"))
    assert [m.properties.get("date") for m in sato] == ["1993-03-05"]


def test_a_date_closing_an_item_telling_no_relative_day_stays_its_date() -> None:
    ext = chapter(
        "日本青森市市長佐藤健一率團來訪，由吳市長接見。（82年3月5日）",
        "美國波特蘭市議員約翰史密斯，昨（十一）日拜會市府，由吳市長接見。（82年4月12日）",
        period=H1_1993,
    )
    sato = rels(ext, RelType.MET_WITH, target=named(ext, "佐藤健一"))
    assert [m.properties.get("date") for m in sato] == ["1993-03-05"]


# 12. an item headed by a place's coming takes no date from a past coming the text
# tells (曾於八十一年五月八日來訪)
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
# guest's coming the sentence before told
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


# 7. 應某市邀請 before a trip's date is the trip that took place: its month dates the
# days written alone after it (only 邀請本府於… asks for a time)
def test_a_trip_at_an_invitation_answered_keeps_its_month() -> None:
    ext = chapter(
        "（一）本府建設局局長王大同應日本青森市邀請於四月十日至十五日率團赴該市訪問。"
        "十四日轉赴弘前市參觀蘋果產業。",
        period=H1_1993,
    )
    leg = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "弘前市"))
    assert [v.properties.get("start") for v in leg] == ["1993-04-14"]


# 8. a note under a table (（註：…）) is no row, but its sentence is read as prose
def test_a_note_under_a_table_is_read_as_prose() -> None:
    ext = chapter(
        "附表一　本期重要外賓來訪紀要",
        "日期｜國別／城市｜訪賓｜事由",
        "82/3/5｜日本青森市｜青森市市長佐藤健一率團8人｜拜會市府",
        "（註：韓國光州市副市長金永洙於五月八日來訪，由吳市長接見。）",
        "82/4/12｜美國波特蘭市｜市議員約翰史密斯｜參觀港區",
        period=H1_1993,
    )
    noted = rels(ext, RelType.VISITED, source=named(ext, "金永洙"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in noted] == ["1993-05-08"]
    row = rels(ext, RelType.VISITED, source=named(ext, "約翰史密斯"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in row] == ["1993-04-12"]


# 9. 他 after a quotation in the same sentence is the one that sentence named first
def test_he_after_a_quote_in_the_same_sentence_invites() -> None:
    ext = chapter(
        "（一）日本青森市市長佐藤健一於三月五日率團來訪，佐藤市長致詞指出：「兩市友誼深厚。」"
        "他並當面邀請本府於八月組團參加「青森睡魔祭」。",
        period=H1_1993,
    )
    assert rels(ext, RelType.INVITED, source=named(ext, "青森市"), target=KAOHSIUNG)


# 10. a short unpunctuated line heads a release closed by its dateline only after a
# line ending one (its dateline or 。): not a list line after 成員包括：, nor a name
# under a numbered heading
def test_list_lines_in_a_release_are_no_headlines() -> None:
    ext = chapter(
        "【波特蘭市議員來訪】",
        "美國波特蘭市議員約翰史密斯，昨（十一）日拜會市府，由吳市長接見。（82年4月12日）",
        "【青森市訪問團來訪】",
        "日本青森市市長佐藤健一率該市訪問團一行六人，昨（五）日抵達本市訪問，成員包括：",
        "青森市議會議長田中一郎",
        "青森市觀光協會會長木村太郎",
        "該團並於今（六）日上午拜會吳市長。（82年3月6日）",
        period=H1_1993,
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "佐藤健一"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["1993-03-05"]


def test_an_event_named_under_a_heading_is_no_headline() -> None:
    ext = chapter(
        "（二）本府參加之國外活動",
        "「波特蘭市玫瑰節」",
        "本府建設局局長王大同率團赴美國波特蘭市參加。（82年6月5日）",
        period=H1_1993,
    )
    trip = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "波特蘭市"))
    assert [v.properties.get("start") for v in trip] == ["1993-06-05"]


def test_a_headed_coming_takes_the_days_of_a_coming_again_after_a_past_one() -> None:
    ext = chapter(
        "【波特蘭市議員再度來訪】",
        "〔82.4.10〕曾於八十一年五月六日來訪之美國波特蘭市議員約翰史密斯，昨（九）日再度拜會市府，"
        "由吳市長接見。",
        period=H1_1993,
    )
    place = rels(ext, RelType.VISITED, source=named(ext, "波特蘭市"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in place] == ["1993-04-09"]


def test_a_count_of_years_in_an_events_name_is_no_date() -> None:
    ext = chapter(
        "（一）本府建設局局長王大同率團於四月十日至十三日赴日本橫濱市，參加「橫濱市一百三十年開港祭」。",
        period=H1_1993,
    )
    trips = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "橫濱市"))
    assert trips and all(v.properties.get("year") == 1993 for v in trips)
    assert all(r.properties.get("year") in (None, 1993) for r in ext.relations)


def test_he_after_the_home_mayors_quote_invites_no_one() -> None:
    ext = chapter(
        "（一）日本青森市市長佐藤健一於三月五日率團來訪，吳市長致詞指出：「兩市友誼深厚。」"
        "他並當面邀請本府於八月組團參加「青森睡魔祭」。",
        period=H1_1993,
    )
    assert not rels(ext, RelType.INVITED)


# (names) a day told after a name (某某昨（二十八）日, 某某今天上午) is no part of it
@pytest.mark.parametrize(
    "text",
    [
        "〔82.3.1〕日本青森市市長佐藤健一昨（二十八）日上午拜會市府，由吳市長接見。",
        "〔82.3.1〕日本青森市市長佐藤健一今天上午拜會市府，由吳市長接見。",
    ],
)
def test_a_day_after_a_name_is_no_part_of_it(text: str) -> None:
    ext = chapter("【青森市長來訪】", text, period=H1_1993)
    assert "佐藤健一" in {e.name_zh for e in ext.entities}


def test_a_name_ending_in_a_day_word_before_a_bracketed_date_keeps_it() -> None:
    # 明 ends a name (李光明) and opens a release's day (明（一）日): only a bracket
    # holding a day alone, then 日, is the day told
    got = chapter("八十二年三月，美國西雅圖市議員李光明（三月五日）來訪，拜會吳市長。")
    assert named(got, "李光明")
