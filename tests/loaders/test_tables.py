"""Tests for loaders.tables: tables pasted into a chapter as text, and how their rows
are read (through the whole extraction: a table of guests gives the same facts as the
same guests told in prose, each quoting its row)."""

from __future__ import annotations

import pytest

from graph.model import RelType
from loaders.tables import cells, find_table_rows
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("日期　國別　城市／機關", ["日期", "國別", "城市／機關"]),
        ("日期\t國別\t姓名", ["日期", "國別", "姓名"]),
        ("| 日期 | 國家 | 姓名 |", ["日期", "國家", "姓名"]),
        (
            "107.3.5  美國  波特蘭市  市長  John Smith",
            ["107.3.5", "美國", "波特蘭市", "市長", "John Smith"],
        ),
    ],
)
def test_cells_are_split_on_wide_gaps_but_latin_names_stay_whole(
    line: str, expected: list[str]
) -> None:
    assert cells(line) == expected


def test_rows_follow_their_header_and_end_where_the_cells_stop_matching() -> None:
    lines = [
        "本期來訪外賓如下：",
        "日期　國別　機關　職稱　姓名　事由",
        "107.03.05　日本　松江市　市長　松浦正敬　拜會市長",
        "107.04.11　韓國　仁川廣域市　副市長　朴南春",  # the last column left empty
        "以上外賓均由本府安排參訪港區。",
    ]
    rows = find_table_rows(lines)
    assert sorted(rows) == [1, 2, 3]
    assert rows[1] is None  # the header states nothing
    assert (
        rows[2] is not None and rows[2].reading == "107.03.05,日本松江市市長松浦正敬來訪,拜會市長"
    )
    assert rows[3] is not None and rows[3].reading == "107.04.11,韓國仁川廣域市副市長朴南春來訪"


@pytest.mark.parametrize(
    "line",
    [
        "日本　韓國　美國",  # places, not column names
        "日期　姓名",  # too few columns to be a table
        "本府接待日期及姓名詳如附表",
    ],
)
def test_lines_that_are_no_table_header(line: str) -> None:
    assert find_table_rows([line, "107.03.05　日本　松江市"]) == {}


def test_a_table_of_trips_abroad_is_read_as_written() -> None:
    rows = find_table_rows(
        ["日期　出訪城市　團長　事由", "107.05.02　釜山市　副市長　參加港口論壇"]
    )
    assert rows[1] is not None and rows[1].reading is None


def test_a_count_column_and_a_country_the_body_already_names() -> None:
    rows = find_table_rows(["日期　國家　單位　人數", "107.06.01　美國　美國在台協會　5"])
    assert rows[1] is not None and rows[1].reading == "107.06.01,美國在臺協會一行5人來訪"


_TABLE = (
    "本期重要來訪外賓列表如下：",
    "日期　國別　城市／機關　職稱　姓名　事由",
    "107.02.06　日本　松江市議會　議長　田中一郎等一行6人　市政考察並拜會林市長",
    "107.03.12～03.14　韓國　仁川廣域市　副市長　朴南春等一行9人　參加港灣城市論壇",
    "107.05.21　美國　美國在台協會高雄分處　處長　約翰‧史密斯　到任拜會",
)


def test_a_table_of_guests_gives_their_titles_and_visits_quoting_each_row() -> None:
    extraction = chapter(*_TABLE)
    tanaka, park = named(extraction, "田中一郎"), named(extraction, "朴南春")
    council = named(extraction, "松江市議會")
    assert rels(extraction, RelType.HOLDS_TITLE, source=tanaka, target=council, title_zh="議長")
    visit = rels(extraction, RelType.VISITED, source=park, target=KAOHSIUNG)
    assert [(v.properties["start"], v.properties.get("end")) for v in visit] == [
        ("2018-03-12", "2018-03-14")
    ]
    assert visit[0].evidence[0].text == _TABLE[3]
    smith = rels(extraction, RelType.HOLDS_TITLE, source=named(extraction, "約翰‧史密斯"))
    assert [r.properties["title_zh"] for r in smith] == ["處長"]


def test_a_guest_who_called_on_the_mayor_met_the_city() -> None:
    extraction = chapter(*_TABLE)
    met = rels(extraction, RelType.MET_WITH, target=named(extraction, "田中一郎"))
    assert [m.properties.get("date") for m in met] == ["2018-02-06"]
