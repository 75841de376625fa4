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


def test_a_table_of_trips_abroad_is_read_as_the_citys_trips() -> None:
    rows = find_table_rows(
        ["期間　出訪地點　率團人員　任務", "1/14-1/18　日本神戶市　張處長　考察港區"]
    )
    assert rows[1] is not None
    assert rows[1].reading == "1月14日至1月18日,本府由張處長率團赴日本神戶市,考察港區"
    ext = chapter("期間　出訪地點　率團人員　任務", "1/14-1/18　日本神戶市　張處長　考察港區")
    trips = rels(ext, RelType.VISITED, source=KAOHSIUNG)
    assert [(t.target, t.properties.get("start"), t.properties.get("led_by")) for t in trips] == [
        (named(ext, "神戶市"), "2018-01-14", "張處長")
    ]


def test_a_table_of_sister_schools_is_read_as_ties() -> None:
    lines = (
        "本市學校　締約學校　所在城市　締約日期　辦理情形",
        "新興高中　香椎高等學校　日本福岡市　107年3月8日　已完成簽約",
        "三民高中　格蘭特高中　美國波特蘭市　—　洽談中",
    )
    ext = chapter(*lines)
    ties = {r.target: r.properties for r in rels(ext, RelType.SISTER_SCHOOL_OF)}
    assert ties[named(ext, "香椎高等學校")].get("since") == "2018-03-08"
    assert ties[named(ext, "格蘭特高中")].get("status") == "negotiating"


def test_a_count_column_and_a_country_the_body_already_names() -> None:
    rows = find_table_rows(["日期　國家　來訪單位　人數", "107.06.01　美國　美國在台協會　5"])
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


def test_a_table_of_places_and_what_was_done_there_is_no_table_of_guests() -> None:
    """日期 國家 城市 說明 lists ties or trips, not people who came: read as written."""
    rows = find_table_rows(["日期　國家　城市　說明", "94.10.12　美國　西雅圖市　締結姊妹市"])
    assert rows[1] is not None and rows[1].reading is None
    ext = chapter("日期　國家　城市　說明", "94.10.12　美國　西雅圖市　締結姊妹市")
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)


def test_a_space_inside_a_cell_of_a_table_parted_plainly_stays_in_the_cell() -> None:
    lines = [
        "日期　國別　機關　職稱　姓名　事由",
        "105.01.12　日本　大阪市議會　議員　山田太郎　市政考察 並拜會市長",
        "105.02.03　韓國　仁川廣域市　副市長　朴南春　參加燈會",
    ]
    rows = find_table_rows(lines)
    assert [i for i, r in rows.items() if r is not None] == [1, 2]
    assert rows[1] is not None and rows[1].reading is not None
    assert rows[1].reading.endswith("市政考察 並拜會市長")


def test_a_heading_after_a_short_table_is_no_row() -> None:
    lines = [
        "日期　來訪單位　事由",
        "105.01.12　日本大阪市議會　市政考察",
        "(二) 邀請姊妹市參加「2016高雄燈會」",
    ]
    assert sorted(find_table_rows(lines)) == [0, 1]


@pytest.mark.parametrize(
    ("cell", "start", "end"),
    [
        ("1/12", "2018-01-12", None),
        ("3/5-3/8", "2018-03-05", "2018-03-08"),
        ("11/20～22", "2018-11-20", "2018-11-22"),
        ("107.03.17-19", "2018-03-17", "2018-03-19"),
        ("107.3.5-8", "2018-03-05", "2018-03-08"),
    ],
)
def test_date_cells_in_figures_date_the_row(cell: str, start: str, end: str | None) -> None:
    ext = chapter("項次　日期　來訪單位　人數", f"1　{cell}　日本大阪市議會　6")
    visits = rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in visits] == [(start, end)]


def test_a_country_cell_the_body_names_anywhere_is_not_written_twice() -> None:
    rows = find_table_rows(
        [
            "日期　國別　來訪單位　職稱　姓名",
            "107.6.4　越南　駐臺北越南經濟文化辦事處　代表　黎文鴻",
        ]
    )
    assert rows[1] is not None
    assert rows[1].reading == "107.6.4,駐臺北越南經濟文化辦事處代表黎文鴻來訪"
