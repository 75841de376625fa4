"""Rule fixes after the round-36a review: each tested on invented sentences in the
reviewer's wordings and paraphrases of them."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels

_LAST_YEAR_TRIP = "去年十月，本府應邀組團赴日本熊本市參加「熊本城馬拉松」。"


# 1. this year before a first (今年首度, 今年第一季, 今年第一屆) is the report's year
# when no month is told in the same sentence: not the year of the sentence before
@pytest.mark.parametrize(
    "line",
    [
        "本府今年首度組團參加韓國釜山市舉辦之「釜山國際煙火節」，獲得好評。",
        "本府本年首次組團參加韓國釜山市舉辦之「釜山國際煙火節」。",
    ],
)
def test_a_first_of_this_year_alone_is_the_reports_year(line: str) -> None:
    ext = chapter(_LAST_YEAR_TRIP, line)
    busan = named(ext, "釜山市")
    (visit,) = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=busan)
    assert visit.properties.get("year") == 2018
    (part,) = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert part.properties.get("year") == 2018
    assert part.target.endswith(":2018")


def test_a_first_of_this_year_yields_to_a_day_told_after_it() -> None:
    ext = chapter(
        "去年十月，日本熊本市市長大西一史率團來訪。",
        "今年首次來訪的熊本市議會議長山田一郎，於三月五日拜會陳市長。",
    )
    guest = named(ext, "山田一郎")
    (visit,) = rels(ext, RelType.VISITED, source=guest, target=KAOHSIUNG)
    assert visit.properties.get("start") == "2018-03-05"


def test_the_first_quarter_of_this_year_is_a_date() -> None:
    ext = chapter(
        "本府觀光局去年十一月赴日本東京推廣觀光。",
        "本府觀光局今年第一季組團赴日本大阪參加「大阪國際旅遊展」。",
    )
    osaka = named(ext, "大阪")
    (visit,) = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=osaka)
    assert visit.properties.get("year") == 2018


def test_the_first_edition_this_year_is_of_this_year() -> None:
    ext = chapter(
        _LAST_YEAR_TRIP,
        "韓國釜山市邀請本府參加該市今年第一屆「釜山國際港灣節」。",
    )
    (invited,) = rels(ext, RelType.INVITED, target=KAOHSIUNG)
    assert invited.properties.get("event", "").endswith(":2018")
    assert invited.properties.get("year") == 2018


# 2. a visitor list grouped by country, each group closed by 等人: the clause after
# 等人， that is itself a list of titled people is another group of the list
def test_a_list_grouped_by_country_goes_on_after_deng_ren() -> None:
    ext = chapter(
        "本半年來訪的重要外賓有：日本熊本市議員山田一郎、福岡市議員田中次郎等人，"
        "韓國釜山市副市長金英植、仁川市副市長朴英植等人。"
    )
    visitors = {r.source for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    names = ("山田一郎", "田中次郎", "金英植", "朴英植")
    assert visitors == {named(ext, n) for n in names}
    for name, place in (("金英植", "釜山市"), ("朴英植", "仁川市")):
        (title,) = rels(ext, RelType.HOLDS_TITLE, source=named(ext, name))
        assert title.target == named(ext, place)
        assert title.properties.get("title_zh") == "副市長"


def _trips(ext, place: str) -> list[tuple[object, object]]:  # type: ignore[no-untyped-def]
    return [
        (r.properties.get("start"), r.properties.get("end"))
        for r in rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, place))
    ]


# 3. a delegation setting out for a place of its own (代表團於某日出發前往某市) is another
# trip: the trip told before keeps its days; so it does when it has days already, or
# the day of setting out is in another month than the one it was told in
def test_setting_out_for_another_place_leaves_the_trip_before() -> None:
    ext = chapter(
        "本府於二月十日至十四日率團赴日本熊本市參加「熊本城馬拉松」。"
        "代表團於二月十五日出發前往韓國釜山市，參加「釜山國際旅展」。"
    )
    assert _trips(ext, "熊本市") == [("2018-02-10", "2018-02-14")]


def test_setting_out_in_another_month_leaves_the_trip_before() -> None:
    ext = chapter(
        "本府於二月率團赴日本熊本市參加「熊本城馬拉松」，成果豐碩。代表團於三月二日出發。"
    )
    assert _trips(ext, "熊本市") == [("2018-02", None)]


def test_setting_out_on_a_day_of_the_month_told_dates_the_trip() -> None:
    ext = chapter("本府於二月率團赴日本熊本市參加「熊本城馬拉松」。代表團於二月八日出發。")
    assert _trips(ext, "熊本市") == [("2018-02-08", None)]


def test_returning_in_the_next_month_ends_the_trip() -> None:
    ext = chapter(
        "本府組團赴美國西雅圖市參加「第十屆西雅圖海洋節」。"
        "代表團於五月二十八日出發，預定六月三日返國。"
    )
    assert _trips(ext, "西雅圖市") == [("2018-05-28", "2018-06-03")]


# 6. talks hoped to go on (希望雙方持續協商, 期盼兩市持續洽談) are talks going on: the
# hoped-for reading is of talks yet to start (盼能…正式展開協商) alone
@pytest.mark.parametrize(
    "line",
    [
        "對於美國塔科馬市，本府希望雙方持續協商締結姊妹市，目前已進入協定書內容的討論。",
        "美國塔科馬市議會期盼兩市持續洽談締結姊妹市事宜。",
        "本府與美國塔科馬市洽談締結姊妹市，期望繼續協商，早日完成簽約。",
    ],
)
def test_talks_hoped_to_go_on_are_going_on(line: str) -> None:
    ext = chapter(line)
    (tie,) = rels(ext, RelType.SISTER_CITY_OF)
    assert tie.properties.get("status") == "negotiating"


def test_talks_hoped_to_start_are_planned() -> None:
    ext = chapter("本府與美國塔科馬市互動密切，盼能在適當時機正式展開協商締結姊妹市。")
    (tie,) = rels(ext, RelType.SISTER_CITY_OF)
    assert tie.properties.get("status") == "planned"


# 10. the city's mayor leading a delegation of the council's members abroad (吳市長率領
# 市議會議員訪問團赴某市): the city went, led by the mayor, the council with it; the
# council's own head leading it (王議長率領…) is the council's trip alone
@pytest.mark.parametrize(
    "line",
    [
        "十一月間，吳市長率領市議會議員訪問團赴西雅圖訪問，拜會該市市長。",
        "吳副市長於十一月間率領高雄市議會議員訪問團赴西雅圖訪問。",
    ],
)
def test_the_mayor_leading_a_council_delegation_is_the_citys_trip(line: str) -> None:
    ext = chapter(line, period="1995-07/1995-12")
    seattle = named(ext, "西雅圖市")
    visits = {r.source: r for r in rels(ext, RelType.VISITED, target=seattle)}
    assert KAOHSIUNG in visits
    assert str(visits[KAOHSIUNG].properties.get("led_by")).endswith("市長")
    assert named(ext, "高雄市議會") in visits


def test_the_speaker_leading_a_council_delegation_is_the_councils_trip() -> None:
    ext = chapter(
        "貴會王議長於十一月率領市議會議員訪問團赴西雅圖參加「國際港灣城市研討會」。",
        period="1995-07/1995-12",
    )
    council = named(ext, "高雄市議會")
    visits = rels(ext, RelType.VISITED, source=council)
    assert [v.target for v in visits] == [named(ext, "西雅圖市")]
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG)


def _invited_dates(ext, name: str) -> list[object]:  # type: ignore[no-untyped-def]
    invited = rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, name))
    return [i.properties.get("date") for i in invited]


# 4. the occasion taken (藉此機會) told in the same sentence, with its own date (三月十五日，
# 某市副市長來訪，本府藉此機會邀請…): that date, not the one of the sentence before
def test_an_occasion_told_in_the_same_sentence_dates_the_invitation() -> None:
    ext = chapter(
        "一月間，本府觀光局赴韓國首爾推廣觀光。",
        "三月十五日，韓國仁川市副市長金大成率團來訪，"
        "本府藉此機會邀請仁川市朴英植市長率團參加「高雄燈會」。",
    )
    assert _invited_dates(ext, "朴英植") in (["2018-03-15"], [None])


# 5. the occasion of the sentence before is its coming, not a time it tells of a plan
# (並告知該市將於十月舉辦…): the coming's date
def test_an_occasion_is_dated_by_the_coming_not_a_plan_told() -> None:
    ext = chapter(
        "三月間，韓國仁川市副市長金大成率團來訪，並告知該市將於十月舉辦「仁川港灣節」。",
        "本府也藉此機會，邀請仁川市朴英植市長於本年秋天率團來訪。",
    )
    assert _invited_dates(ext, "朴英植") == ["2018-03"]


# 7. a tie named in a clause of purpose (為深化與某市的姊妹市關係，…) is not dated by
# something else the next clause tells was set up (建立兩市青少年交流平台, 成立某協會);
# a tie as the subject, its making closing the next clause, still is
@pytest.mark.parametrize(
    "line",
    [
        "為深化與日本熊本市的姊妹市關係，於本年三月建立兩市青少年交流平台。",
        "為慶祝與日本熊本市的姊妹市關係，本年三月成立「高雄熊本友好協會」。",
        "本市與日本熊本市的姊妹市關係，於本年三月建立兩市青少年交流平台。",
    ],
)
def test_a_tie_is_not_dated_by_another_thing_set_up(line: str) -> None:
    ext = chapter(line)
    ties = rels(ext, RelType.SISTER_CITY_OF)
    assert ties
    assert all(t.properties.get("since") is None for t in ties)


def test_a_tie_is_dated_by_its_making_told_next() -> None:
    ext = chapter("本市與日本熊本市的姊妹市關係，則是在民國七十五年建立。")
    (tie,) = rels(ext, RelType.SISTER_CITY_OF)
    assert tie.properties.get("since") == "1986"


# 8. 陪同 before a surname and 市長 that is a foreign mayor's named before (該市議會議長
# 某某陪同吳市長參觀, after 某市市長吳某某), or not the home mayor's surname in the
# period: no meeting of the city; the home mayor's surname still is the city
@pytest.mark.parametrize(
    ("line", "period"),
    [
        (
            "三月十日，韓國釜山市市長吳巨敦率團訪問日本福岡市，"
            "該市議會議長金英植陪同吳市長參觀福岡港。",
            "2018-01/2018-06",
        ),
        (
            "韓國釜山市市長吳巨敦於三月率團來訪，該市議會議長金英植陪同吳市長參觀本市港區。",
            "2018-01/2018-06",
        ),
        (
            "韓國釜山市市長吳巨敦於三月率團來訪，該市議會議長金英植陪同吳市長參觀本市港區。",
            "1995-01/1995-06",
        ),
    ],
)
def test_accompanying_a_foreign_mayor_is_no_meeting_of_the_city(line: str, period: str) -> None:
    ext = chapter(line, period=period)
    assert not rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "金英植"))


def test_accompanying_the_home_mayor_by_surname_is_a_meeting() -> None:
    ext = chapter(
        "三月間，韓國釜山市議會議長金英植率團來訪，釜山市議員朴英植陪同陳市長參觀港區。",
    )
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "朴英植"))


# 9. going told as what is talked over or prepared (研商赴某地參加「…」之籌備事宜): no one
# went, neither the city nor the body it acted with (會同某協會)
@pytest.mark.parametrize(
    "line",
    [
        "本府觀光局會同高雄市觀光協會，於三月間研商赴香港參加「香港國際旅遊展」之籌備事宜。",
        "本府觀光局於三月間與高雄市觀光協會研商赴日本大阪參加「大阪國際旅遊展」事宜。",
    ],
)
def test_going_talked_over_is_no_visit(line: str) -> None:
    ext = chapter(line)
    assert not rels(ext, RelType.VISITED)


def test_a_body_along_going_after_the_time_went() -> None:
    ext = chapter("本府觀光局會同高雄市觀光協會，於三月二十二日赴香港參加「香港國際旅遊展」。")
    goers = {r.source for r in rels(ext, RelType.VISITED)}
    assert goers == {KAOHSIUNG, named(ext, "高雄市觀光協會")}


def test_setting_out_dates_a_trip_told_only_as_this_month() -> None:
    ext = chapter(
        "緊接著在五月間，日本熊本市副市長田中一郎來訪。",
        "至於本月，本府由秘書處組成代表團，前往美國西雅圖市參加「西雅圖海洋節」。"
        "該團已於本（六）月七日啟程，預定十三日返國。",
    )
    assert _trips(ext, "西雅圖市") == [("2018-06-07", "2018-06-13")]
