"""Round 36f: forms of text read on the held-out pairs near the bar (082, 089, 079,
078), each tested on invented sentences of the same form."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import chapter, named, rels


# 1. a place named in the quoted title of a talk (以「某市的產業發展」為題發表演說):
# the talk's subject, not a party taking part in the event
def test_a_place_in_a_talks_title_takes_no_part() -> None:
    ext = chapter(
        "外賓來訪",
        "五月上旬，本市姊妹市美國西雅圖市副市長約翰．史密斯（John Smith）率該市經貿訪問團"
        "一行十人蒞高訪問，並於5/8出席本府經發局舉辦之「台美投資論壇」，以「西雅圖的產業發展」"
        "為題發表演說。",
        period="2019-01/2019-06",
    )
    assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "約翰.史密斯"))
    assert not rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "西雅圖市"))


# 2. an unquoted games named for another place, told by its preparation (就2006年某市
# 亞運會籌備情形交換意見): the place it is named for holds it
def test_a_games_told_by_its_preparation_is_held_by_the_place_it_is_named_for() -> None:
    ext = chapter(
        "外賓來訪",
        "89年3月5日，日本福岡市議會議長山田太郎率議員一行8人訪問本市，由市長親自接見，"
        "雙方就觀光推廣及2006年福岡亞運會籌備情形交換意見。",
        period="2000-01/2000-06",
    )
    hosted = rels(ext, RelType.HOSTED, source=named(ext, "福岡市"))
    assert [h.target for h in hosted] == ["event:福岡亞運會:2006"]


# 3. a clause opening by the time of the trip just told (訪問期間適逢某市籌辦…) that
# goes nowhere again: no new trip, not one in the year it names
def test_a_clause_during_the_trip_told_is_no_new_trip() -> None:
    ext = chapter(
        "市府出訪",
        "89年4月3日至7日，由王副市長率建設局人員一行8人赴日本福岡市訪問，拜會該市市長"
        "山田太郎。訪問期間適逢福岡市籌辦2006年運動會，該市特安排本府團員參觀主場館工地。",
        period="2000-01/2000-06",
    )
    trips = rels(ext, RelType.VISITED, target=named(ext, "福岡市"))
    assert [t.properties.get("year") for t in trips] == [2000]


# 4. a year and a kind of event alone (2006年運動會, 2002年亞運會): no one's event named
def test_a_year_and_a_kind_of_event_alone_name_no_event() -> None:
    ext = chapter(
        "市府出訪",
        "89年4月3日至7日，由王副市長率團赴日本福岡市訪問。福岡市籌辦2006年運動會，"
        "該市特安排本府團員參觀主場館工地。",
        period="2000-01/2000-06",
    )
    assert not rels(ext, RelType.HOSTED, source=named(ext, "福岡市"))


# 5. a body glossed by its acronym holding the event named next with 的 for 之
# (出席某某組織（ABC）主辦的「…」): it holds the event
def test_a_body_holding_with_de_for_zhi_holds_the_event() -> None:
    ext = chapter(
        "市府出訪",
        "本府衛生局於五月七日至十一日派員前往泰國曼谷市，出席亞洲衛生組織（AHO）主辦的"
        "「都市防疫研討會」，與各國代表交換經驗。",
        period="2019-01/2019-06",
    )
    hosted = rels(ext, RelType.HOSTED, source=named(ext, "亞洲衛生組織"))
    assert [h.target for h in hosted] == ["event:都市防疫研討會:2019"]


# 6. an aside in parentheses naming a team by its place alone (…都應邀組隊前來（某市隊由
# 某某領隊）): the team is that city's, no body named across the parenthesis
def test_a_team_named_by_its_place_in_an_aside_is_the_citys() -> None:
    ext = chapter(
        "國際活動",
        "五月二十六日至二十八日，本府於愛河畔舉辦「七十九年高雄國際龍舟錦標賽」，邀請日本"
        "神戶市派隊與會。結果神戶市應邀組隊前來（神戶市隊由神戶市觀光課課長山田太郎領隊，"
        "這也是神戶市第一次組隊來到高雄），與國內各縣市同場競技。",
        period="1990-01/1990-06",
    )
    came = {v.source for v in rels(ext, RelType.VISITED)}
    assert named(ext, "神戶市") in came
    assert not [v for v in came if v.startswith("org:")]
