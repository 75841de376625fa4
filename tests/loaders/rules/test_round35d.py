"""Round 35d: forms of text read on the 078 pair (a digest of news releases with
datelines, annex lines of fields split by ；or ｜), each tested on invented sentences of
the same form."""

from __future__ import annotations

from loaders.dates import DateContext, find_dates
from loaders.structure import parse_period


# 1. a day glossed after 昨/今 (昨（九）日, 今（十五）日), as a news release writes the
# day it tells of: that day, in the month of the date before it
def test_a_day_glossed_after_yesterday_is_that_day() -> None:
    context = DateContext(parse_period("2019-01/2019-06"))
    spans = find_dates("〔108.3.6〕某某市長，昨（五）日上午拜會市府，今（六）日轉往臺南", context)
    days = [s.start for s in spans]
    assert days[1:] == ["2019-03-05", "2019-03-06"]
