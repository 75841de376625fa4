"""Rule fixes after the round-36c review: each tested on invented sentences in the
reviewer's wordings and paraphrases of them."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels

H2 = "2018-07/2018-12"


def _statuses(ext, rel_type: RelType, **match) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(str(r.properties.get("status")) for r in rels(ext, rel_type, **match))


# 1. the city convening other cities to its event (本府邀集某市、某市等姊妹市代表來高
# 參加「…」, 主辦「…」，邀集某市等城市市長與會): an invitation; nothing says they came
@pytest.mark.parametrize(
    "line",
    [
        "本府邀集日本八王子市、韓國光州廣域市等姊妹市代表來高參加「2018國際港灣論壇」。",
        "本府於五月十一日主辦「2018國際港灣論壇」，邀集日本八王子市、韓國光州廣域市及美國哥倫布市"
        "等城市市長與會。",
    ],
)
def test_convening_other_cities_invites_them(line: str) -> None:
    ext = chapter(line)
    event = named(ext, "2018國際港灣論壇")
    for city in ("八王子市", "光州廣域市"):
        assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, city))
        taking = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, city), target=event)
        assert [str(t.properties.get("status")) for t in taking] == ["invited"]
        assert not rels(ext, RelType.VISITED, source=named(ext, city))
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=event)


def test_convening_then_one_named_coming() -> None:
    ext = chapter(
        "本府於五月十一日主辦「2018國際港灣論壇」，邀集日本八王子市等姊妹市代表與會，計有八王子市"
        "副市長山田一郎出席。"
    )
    event = named(ext, "2018國際港灣論壇")
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "八王子市"))
    assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "山田一郎"), target=event)


# 2. a trip not made for another errand, to another place, at a time of its own, or by
# the city's own people (市長原訂…訪問某市，因…未能成行; 某市長原擬…來訪洽談經貿合作，
# …未能成行; 另某市市長原訂十月來訪，因颱風未能成行) is no invitation to the event the
# item titles; nor is a tie declined (對締結姊妹市一事來函婉拒)
@pytest.mark.parametrize(
    "line",
    [
        "陳其邁市長原訂十一月下旬率團訪問日本八王子市，因公務繁忙未能成行。",
        "美國哥倫布市市長金恩原擬於十二月率團來訪洽談經貿合作，嗣因議會審查預算未能成行。",
        "計有國內外樂團二十團參加。另日本八王子市市長石森孝志原訂十月來訪，因颱風未能成行。",
        "美國哥倫布市對締結姊妹市一事來函婉拒。",
    ],
)
def test_a_trip_not_made_for_another_errand_is_no_invitation(line: str) -> None:
    ext = chapter(
        "（２）「二○一八高雄國際音樂節」。本府於十一月十二日至十四日舉辦。" + line, period=H2
    )
    event = named(ext, "二○一八高雄國際音樂節")
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=event)
    assert not rels(ext, RelType.INVITED)
    assert not [
        r for r in rels(ext, RelType.PARTICIPATED_IN, target=event) if r.source != KAOHSIUNG
    ]


def test_a_guest_not_coming_here_to_join_is_still_invited() -> None:
    ext = chapter(
        "（２）「二○一八高雄國際音樂節」。本府於十一月十二日至十四日舉辦。日本八王子市原擬派團赴高"
        "參加，因經費不足未能成行。",
        period=H2,
    )
    event = named(ext, "二○一八高雄國際音樂節")
    assert _statuses(ext, RelType.PARTICIPATED_IN, source=named(ext, "八王子市"), target=event) == [
        "invited"
    ]


def test_a_tie_declined_is_no_tie() -> None:
    ext = chapter("美國哥倫布市對締結姊妹市一事來函婉拒。", period=H2)
    assert not rels(ext, RelType.SISTER_CITY_OF)


# 3. not competing (因經費不足未組隊參賽, 無法組隊參賽, 未組隊參加, 取消參賽): no taking part
@pytest.mark.parametrize(
    "tail",
    [
        "日本八王子市因經費不足未組隊參賽。",
        "日本八王子市因經費不足，無法組隊參賽。",
        "日本八王子市因經費不足未組隊參加。",
        "日本八王子市因經費不足取消參賽。",
    ],
)
def test_not_competing_is_no_taking_part(tail: str) -> None:
    ext = chapter("本府於六月十八日在蓮池潭舉辦「一○七年高雄市國際龍舟賽」，" + tail)
    city = named(ext, "八王子市")
    assert not rels(ext, RelType.VISITED, source=city)
    assert _statuses(ext, RelType.PARTICIPATED_IN, source=city) in ([], ["invited"])


# 4. talks told going on (雙方就…計畫及締結友好城市事宜進行洽商, 目前雙方正洽商協定內容,
# 就擬議中之締結…進行洽商): negotiating, a plan (計畫) or the tie's own 擬 no trip planned
@pytest.mark.parametrize(
    "line",
    [
        "美國哥倫布市副市長史東來訪時，雙方就青年交流計畫及締結友好城市事宜進行洽商。",
        "美國哥倫布市副市長史東來訪時，雙方就締結友好城市計畫進行洽商。",
        "美國哥倫布市副市長史東來訪時，表示該市擬與本市締結友好城市，目前雙方正洽商協定內容。",
        "美國哥倫布市副市長史東來訪時，雙方就擬議中之締結友好城市事宜進行洽商。",
    ],
)
def test_talks_going_on_are_negotiating(line: str) -> None:
    ext = chapter(line)
    ties = rels(ext, RelType.FRIENDSHIP_CITY_OF, target=named(ext, "哥倫布市"))
    assert [str(t.properties.get("status")) for t in ties] == ["negotiating"]


# 5. a bare agreement signed by other parties than the tie's (本府觀光局與某市觀光協會簽署
# 協議; 本府教育局與某市教育局簽署備忘錄), after a tie's agreement told earlier: its own
def test_a_bare_agreement_with_another_party_is_its_own() -> None:
    ext = chapter(
        "菲律賓碧瑤市於2010年與本市簽署姊妹市協定。本年5月3日，本府觀光局與日本八王子市觀光協會"
        "簽署協議，推動觀光交流。"
    )
    (mou,) = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert mou.target == named(ext, "八王子市觀光協會")
    assert mou.properties.get("date") == "2018-05-03"


def test_a_bare_memorandum_of_the_partners_bureau_is_its_own() -> None:
    ext = chapter(
        "菲律賓碧瑤市於2010年與本市締結姊妹市，兩市並簽署姊妹市協定書。本年5月3日，本府教育局與"
        "碧瑤市教育局簽署備忘錄，推動師生交流。"
    )
    (mou,) = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert mou.target == named(ext, "碧瑤市教育局")


# 6. a share written with a slash opening a clause (，1/3為當地企業代表) is no date
@pytest.mark.parametrize("share", ["1/3為當地企業代表", "1/3是當地企業代表", "1/3來自當地企業"])
def test_a_share_opening_a_clause_is_no_date(share: str) -> None:
    ext = chapter(f"美國哥倫布市副市長史東率工商考察團三十人來訪，{share}。")
    for visit in rels(ext, RelType.VISITED, target=KAOHSIUNG):
        assert visit.properties.get("start") != "2018-01-03"


def test_a_slashed_day_opening_a_clause_is_still_a_date() -> None:
    ext = chapter("美國哥倫布市副市長史東率團來訪，5/14拜會本府。")
    starts = {r.properties.get("start") for r in rels(ext, RelType.VISITED, target=KAOHSIUNG)}
    assert "2018-05-14" in starts


# 7. the writing office petitioning (本處簽請…) did not go: none of its bureaus
@pytest.mark.parametrize(
    ("line", "bureaus"),
    [
        (
            "本處簽請市長同意，由觀光局長於九月率團前往日本仙台市參加「第十屆仙台七夕祭」。",
            ["觀光局"],
        ),
        ("本處簽請本府陳副市長於九月三日至六日率團前往日本仙台市參加「第十屆仙台七夕祭」。", []),
    ],
)
def test_the_petitioning_office_is_no_bureau_of_the_trip(line: str, bureaus: list[str]) -> None:
    ext = chapter(line, period=H2)
    (trip,) = rels(ext, RelType.VISITED, source=KAOHSIUNG)
    assert sorted(trip.properties.get("bureaus") or []) == bureaus


# 8. a body after 之 naming its own place (某市姊妹市之美國某市某高中): in that place
def test_a_body_naming_its_own_place_after_a_tie_is_there() -> None:
    ext = chapter(
        "五月十日，八王子姊妹市之美國哥倫布市林肯高中校長瑪莉．強森率該校師生一行二十二人來訪。"
    )
    school = named(ext, "林肯高中")
    assert rels(ext, RelType.LOCATED_IN, source=school, target=named(ext, "哥倫布市"))
    assert not rels(ext, RelType.LOCATED_IN, source=school, target=named(ext, "八王子市"))


# 9. words of the sentence written against a name or title (特安排市長接見, 某市長某某原擬…,
# 副市長某某獲邀率團): no part of any name
@pytest.mark.parametrize(
    "line",
    [
        "美國哥倫布市市長金恩率團來訪，特安排市長接見。",
        "美國哥倫布市市長金恩率團來訪，另安排市長親自接見。",
    ],
)
def test_arranging_a_meeting_names_no_one(line: str) -> None:
    ext = chapter(line)
    assert not [e for e in ext.entities if "安排" in e.name_zh]


def test_a_plan_or_invitation_after_a_name_is_no_part_of_it() -> None:
    ext = chapter(
        "美國哥倫布市市長金恩原擬於十二月率團來訪洽談經貿合作，嗣因議會審查預算未能成行。",
        "美國哥倫布市副市長史東獲邀率團出席「2018國際港灣論壇」。",
        period=H2,
    )
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "金恩"))
    (taking,) = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "哥倫布市"))
    assert taking.properties.get("led_by") == "史東"
    assert not [e for e in ext.entities if e.name_zh.endswith(("原擬", "獲邀"))]
