"""Rule fixes of round 33 (pair 085): each tested on invented sentences paraphrasing
the form of text the rule reads."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a sentence with no subject of its own that goes on with the city's trip (a leg)
# is the trip's: its leader named in full met the one called on, and attended
def test_the_leader_of_a_trip_meets_in_the_leg_told_next() -> None:
    ext = chapter(
        "1.107年4月2日至6日，陳菊市長率市府團隊一行15人訪問日本熊本市。"
        "4月3日拜會熊本縣知事蒲島郁夫，雙方就觀光合作交換意見；"
        "翌日（4日）應邀出席「熊本城馬拉松」開幕式。"
    )
    leader = named(ext, "陳菊")
    governor = named(ext, "蒲島郁夫")
    met = {(r.source, r.target) for r in rels(ext, RelType.MET_WITH)}
    assert (leader, governor) in met
    assert (KAOHSIUNG, governor) not in met
    attended = {r.source for r in rels(ext, RelType.PARTICIPATED_IN)}
    assert leader in attended
