"""Round 37b: forms of text read on the 077-h2 chapter (abstracts of trip reports with
their fields, and a table of guests whose columns are aligned by full-width spaces),
each tested on invented sentences of the same form."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels

#: A table of guests aligned by full-width spaces only, with a 接見 column.
_GUEST_TABLE = (
    "日期　　　　來訪者　　　　　　　　職稱　　　　　　　　　　事由　　　　　　　　接見",
    "107.03.05　　山田太郎　　　　　　日本仙台市議會議長　　　率議員訪問團親善訪問　　陳市長",
    "107.04.11　　約翰‧史密斯（John Smith）　　美國塔科馬市副市長　　考察港埠建設　　　王副市長",
    "107.05.20　　佐藤花子　　　　　　日本大分縣國際課課長　　年度拜會　　　　　　－",
)


# 1. a table of guests whose visitor column is headed 來訪者, its columns parted by
# runs of full-width spaces: each row's guest holds the title and came on the row's day
def test_a_guest_table_headed_by_its_visitor_column_is_read() -> None:
    ext = chapter(*_GUEST_TABLE)
    for name, day in (("山田太郎", "2018-03-05"), ("約翰‧史密斯", "2018-04-11")):
        came = rels(ext, RelType.VISITED, source=named(ext, name), target=KAOHSIUNG)
        assert [v.properties.get("start") for v in came] == [day]
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "約翰‧史密斯"))
    assert [(h.target, h.properties.get("title_zh")) for h in held] == [
        (named(ext, "塔科馬市"), "副市長")
    ]


# 2. a guest table's 接見 column naming the home official who received the guest (陳市長,
# 王副市長): the guest met the city that day; a dash (－) names no one, so no meeting
def test_a_guest_tables_receiver_column_tells_the_meeting() -> None:
    ext = chapter(*_GUEST_TABLE)
    for name, day in (("山田太郎", "2018-03-05"), ("約翰‧史密斯", "2018-04-11")):
        met = rels(ext, RelType.MET_WITH, target=named(ext, name))
        assert [(m.source, m.properties.get("date")) for m in met] == [(KAOHSIUNG, day)]
    assert not rels(ext, RelType.MET_WITH, target=named(ext, "佐藤花子"))


# 3. a guest table's purpose cell opening with the group the guest led (率議員訪問團親善
# 訪問): he led his body's delegation, so the body came too
def test_a_guest_tables_purpose_leading_a_group_brings_the_body() -> None:
    ext = chapter(*_GUEST_TABLE)
    came = rels(ext, RelType.VISITED, source=named(ext, "仙台市議會"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["2018-03-05"]


# 4. a guest received by the head of one of the city's bureaus named by surname and title
# (由建設局黃局長接見): the guest met the city
def test_a_guest_received_by_a_bureau_head_by_surname_met_the_city() -> None:
    ext = chapter(
        "107年10月4日，美國塔科馬港務局局長喬治‧米勒（George Miller）來訪，由工務局林局長接見。",
    )
    met = rels(ext, RelType.MET_WITH, target=named(ext, "喬治‧米勒"))
    assert [(m.source, m.properties.get("date")) for m in met] == [(KAOHSIUNG, "2018-10-04")]
