"""Round 34a: forms of the 080 pair (an itinerary abroad told day by day, an official
letter chaining a quarter's items), each tested on invented sentences."""

from __future__ import annotations

from loaders.structure import Period, find_period


def test_a_year_glossed_in_chinese_numerals_states_the_period() -> None:
    # 本（八十二）年一月至六月: the year glossed in brackets, written in numerals
    found = find_period("本（八十二）年一月至六月，本府辦理國際交流")
    assert found is not None and found[0] == Period("1993-01", "1993-06")
