"""A reader's corrections file beside a report: read, checked, and applied to what the
rules read (no database here; loading with it is in test_pipeline.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citygraph.errors import ReportInputError
from graph.model import HOME_CITY_ID, Extraction, Label, RelType
from loaders.corrections import corrections_path, read_corrections
from loaders.pipeline import read_file
from loaders.scoring import score_file

CHAPTER = (
    "貳拾參、國際事務\n一、外賓來訪\n107年3月5日，韓國釜山市副市長鄭京鎮率團來訪，拜會本府。\n"
    "二、城市交流\n107年5月10日，日本熊本市長大西一史出席本府主辦之「2018高雄國際食品展」，"
    "並參觀會場；菲律賓宿霧市亦派員參觀。\n"
)
CEBU_CAME = """
[[add]]
type = "PARTICIPATED_IN"
from = "菲律賓宿霧市"
to = "2018高雄國際食品展"
status = "attended"
quote = "菲律賓宿霧市亦派員參觀"
"""
CEBU = "city:ph:cebu-city"
BUSAN_DID_NOT = """
[[remove]]
type = "VISITED"
from = "釜山"
to = "city:tw:kaohsiung"
"""


def _report(tmp_path: Path, corrections: str | None) -> Path:
    report = tmp_path / "kaohsiung-107-h1.txt"
    report.write_text(CHAPTER, encoding="utf-8")
    if corrections is not None:
        corrections_path(report).write_text(corrections, encoding="utf-8")
    return report


def _read(tmp_path: Path, corrections: str | None, apply: bool = True) -> Extraction:
    return read_file(_report(tmp_path, corrections), "2018H1", apply).extraction


def _facts(extraction: Extraction, kind: RelType) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in extraction.relations if r.type == kind}


def test_the_file_is_found_beside_the_report_by_its_name() -> None:
    found = corrections_path(Path("reports/kaohsiung-113-h2.txt"))
    assert found == Path("reports/kaohsiung-113-h2.corrections.toml")


def test_a_missed_fact_is_added_with_the_sentence_holding_its_quote(tmp_path: Path) -> None:
    before = _read(tmp_path, None)
    assert not any(end == CEBU for end, _ in _facts(before, RelType.PARTICIPATED_IN))
    read = read_file(_report(tmp_path, CEBU_CAME), "2018H1")
    assert read.corrected is not None and read.corrected.added == 1
    [added] = [r for r in read.extraction.relations if r.properties.get("corrected")]
    assert added.type == RelType.PARTICIPATED_IN
    assert added.source == CEBU  # the name resolved as the extraction knows it
    assert added.target.startswith("event:") and "2018" in added.target
    assert added.properties == {"status": "attended", "corrected": True}
    [said] = added.evidence
    assert said.text == "菲律賓宿霧市亦派員參觀。"  # the whole sentence, as the rules quote
    assert CHAPTER[said.start : said.end] == said.text
    assert said.source == read.extraction.sources[0].id


def test_a_wrong_fact_is_removed_and_nothing_else(tmp_path: Path) -> None:
    before = _read(tmp_path, None)
    after = _read(tmp_path, BUSAN_DID_NOT)
    assert ("city:kr:busan", HOME_CITY_ID) in _facts(before, RelType.VISITED)
    assert _facts(after, RelType.VISITED) == _facts(before, RelType.VISITED) - {
        ("city:kr:busan", HOME_CITY_ID)
    }
    assert len(after.relations) == len(before.relations) - 1


def test_without_corrections_the_rules_reading_is_given(tmp_path: Path) -> None:
    plain = _read(tmp_path, None)
    unapplied = _read(tmp_path, CEBU_CAME + BUSAN_DID_NOT, apply=False)
    assert [r.key for r in unapplied.relations] == [r.key for r in plain.relations]


def test_a_new_person_is_made_when_the_file_says_what_the_name_is(tmp_path: Path) -> None:
    extraction = _read(
        tmp_path,
        '[[add]]\ntype = "HOLDS_TITLE"\nfrom = "Maria Santos"\nfrom_label = "Person"\n'
        'to = "宿霧市"\ntitle_zh = "代表"\nquote = "菲律賓宿霧市亦派員參觀"\n',
    )
    person = next(e for e in extraction.entities if e.id == "person:maria-santos")
    assert person.label == Label.PERSON and person.name_en == "Maria Santos"
    assert ("person:maria-santos", CEBU) in _facts(extraction, RelType.HOLDS_TITLE)


def test_a_date_gives_the_fact_its_year_and_an_event_named_is_resolved(tmp_path: Path) -> None:
    extraction = _read(
        tmp_path,
        '[[add]]\ntype = "INVITED"\nfrom = "city:tw:kaohsiung"\nto = "宿霧市"\n'
        'event = "2018高雄國際食品展"\ndate = "2018-04"\nquote = "菲律賓宿霧市亦派員參觀"\n',
    )
    [invited] = [r for r in extraction.relations if r.type == RelType.INVITED]
    assert invited.properties["year"] == 2018
    assert str(invited.properties["event"]).startswith("event:")


def test_entries_with_nothing_to_do_are_told_not_refused(tmp_path: Path) -> None:
    already = (
        '[[add]]\ntype = "VISITED"\nfrom = "鄭京鎮"\nto = "city:tw:kaohsiung"\n'
        'quote = "鄭京鎮率團來訪"\n'
    )
    nothing = '[[remove]]\ntype = "MET_WITH"\nfrom = "鄭京鎮"\nto = "大西一史"\n'
    read = read_file(_report(tmp_path, already + nothing), "2018H1")
    assert read.corrected is not None
    assert (read.corrected.added, read.corrected.removed) == (0, 0)
    assert read.corrected.idle == ["remove #1 matches nothing read", "add #1 is read already"]
    assert "add #1 is read already" in read.corrected.describe()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[add]\n", "not a valid TOML file"),
        ("", r"lists no \[\[add\]\] or \[\[remove\]\]"),
        ('[[fact]]\ntype = "VISITED"\n', "unknown table 'fact'"),
        ('add = "x"\n', r"add must be written as \[\[add\]\] tables"),
        ('[[add]]\ntype = "KNOWS"\nfrom = "a"\nto = "b"\n', "add #1: unknown type 'KNOWS'"),
        ('[[remove]]\ntype = "VISITED"\nfrom = "a"\n', "remove #1: needs 'from' and 'to'"),
        ('[[add]]\ntype = "VISITED"\nfrom = "a"\nto = "b"\n', "add #1: needs quote"),
        (
            '[[add]]\ntype = "VISITED"\nfrom = "a"\nto = "b"\nquote = "q"\nstart = "May 2018"\n',
            "add #1: start must be a date as 2013, 2013-06 or 2013-06-09, not 'May 2018'",
        ),
        (
            '[[add]]\ntype = "PARTICIPATED_IN"\nfrom = "a"\nto = "b"\nquote = "q"\n'
            'status = "went"\n',
            "add #1: status of PARTICIPATED_IN is one of attended, invited, planned",
        ),
        (
            '[[add]]\ntype = "VISITED"\nfrom = "a"\nfrom_label = "City"\nto = "b"\nquote = "q"\n',
            "add #1: from_label must be Person or Organization, not 'City'",
        ),
        (
            '[[add]]\ntype = "VISITED"\nfrom = "a"\nto = "b"\nquote = "q"\n"Bad Key" = 1\n',
            "add #1: 'Bad Key' is no property name",
        ),
    ],
)
def test_a_bad_file_is_refused_naming_it_and_the_entry(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "r.corrections.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReportInputError, match=message) as caught:
        read_corrections(path)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            'type = "VISITED"\nfrom = "王大同"\nto = "city:tw:kaohsiung"\nquote = "拜會本府"\n',
            "add #1: no entity named '王大同' was read from the report; give its id, or say",
        ),
        (
            'type = "VISITED"\nfrom = "鄭京鎮"\nto = "city:tw:kaohsiung"\nquote = "並未出現"\n',
            "add #1: the quote '並未出現' is not in the report",
        ),
        (
            'type = "SISTER_CITY_OF"\nfrom = "鄭京鎮"\nto = "city:tw:kaohsiung"\n'
            'quote = "鄭京鎮率團來訪"\n',
            "add #1: SISTER_CITY_OF cannot join a Person to a City",
        ),
        (
            'type = "INVITED"\nfrom = "city:tw:kaohsiung"\nto = "宿霧市"\nevent = "燈會"\n'
            'quote = "宿霧市亦派員參觀"\n',
            "add #1: event '燈會' names no one event the report tells of",
        ),
    ],
)
def test_an_entry_that_cannot_apply_stops_the_report(
    tmp_path: Path, entry: str, message: str
) -> None:
    report = _report(tmp_path, "[[add]]\n" + entry)
    with pytest.raises(ReportInputError, match=message) as caught:
        read_file(report, "2018H1")
    assert str(corrections_path(report)) in str(caught.value)


def test_scoring_measures_the_rules_not_the_corrections(tmp_path: Path) -> None:
    report = _report(tmp_path, CEBU_CAME)
    expected = tmp_path / "expected.toml"
    expected.write_text(
        f'report = "{report.name}"\n[[fact]]\ntype = "PARTICIPATED_IN"\nfrom = "宿霧市"\n'
        'to = "2018高雄國際食品展"\nstatus = "attended"\n',
        encoding="utf-8",
    )
    # the chapter states no period, so it is read without one, which is enough here
    assert score_file(expected).total().found == 0
