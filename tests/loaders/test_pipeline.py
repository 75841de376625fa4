"""The load pipeline through the real graph: both sample chapters, reloads, bad files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from citygraph.errors import ReportInputError
from graph.driver import Graph
from graph.reads import graph_counts
from loaders.pipeline import load_files

REPORTS = Path(__file__).resolve().parents[2] / "seed" / "reports"
SAMPLES = sorted(REPORTS.glob("*.txt"))


@pytest.mark.integration
def test_loading_both_samples_twice_gives_the_same_graph(empty_graph: Graph) -> None:
    results = load_files(empty_graph, SAMPLES)
    assert [r.source_id for r in results] == ["source:2013-01_2013-06", "source:2015-07_2015-12"]
    first = graph_counts(empty_graph)
    assert first[0]["Source"] == 2
    assert first[0]["City"] > 30 and first[0]["Person"] > 40
    assert first[1]["SISTER_CITY_OF"] >= 10
    load_files(empty_graph, list(reversed(SAMPLES)))
    assert graph_counts(empty_graph) == first


@pytest.mark.integration
def test_a_bad_file_stops_the_run_before_anything_is_written(
    empty_graph: Graph, tmp_path: Path
) -> None:
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\xff\xfe\x00garbage\x00" * 20)
    with pytest.raises(ReportInputError, match=r"broken\.txt"):
        load_files(empty_graph, [SAMPLES[0], bad])
    assert graph_counts(empty_graph) == ({}, {})


def test_cli_extract_prints_the_json_contract() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "citygraph.cli", "extract", str(SAMPLES[0]), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(done.stdout)
    assert set(data) == {"sources", "entities", "relations"}
    text = SAMPLES[0].read_text(encoding="utf-8")
    for relation in data["relations"]:
        assert set(relation) == {"type", "source", "target", "properties", "evidence"}
        for ev in relation["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]
    assert {"id", "label", "name_zh", "name_en", "aliases", "properties"} == set(
        data["entities"][0]
    )


def test_cli_names_a_missing_file_without_a_traceback(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "citygraph.cli", "extract", str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert "nope.txt" in done.stderr and "Traceback" not in done.stderr


_CHAPTER = (
    "貳拾參、國際事務\n一、城市交流\n107年5月10日，日本熊本市長大西一史出席本府主辦之"
    "「2018高雄國際食品展」，並參觀會場；菲律賓宿霧市亦派員參觀。\n"
)


@pytest.mark.integration
def test_a_reports_corrections_are_loaded_with_it(empty_graph: Graph, tmp_path: Path) -> None:
    from graph.reads import entity
    from loaders.corrections import corrections_path

    report = tmp_path / "kaohsiung-107-h1.txt"
    report.write_text(_CHAPTER, encoding="utf-8")
    corrections_path(report).write_text(
        '[[add]]\ntype = "PARTICIPATED_IN"\nfrom = "宿霧市"\nto = "2018高雄國際食品展"\n'
        'status = "attended"\nquote = "菲律賓宿霧市亦派員參觀"\n'
        '[[remove]]\ntype = "VISITED"\nfrom = "大西一史"\nto = "city:tw:kaohsiung"\n',
        encoding="utf-8",
    )
    [result] = load_files(empty_graph, [report], "2018H1")
    assert result.corrected is not None
    assert (result.corrected.added, result.corrected.removed) == (1, 1)
    [came] = entity(empty_graph, "city:ph:cebu-city").relationships["PARTICIPATED_IN"]
    assert came.properties["corrected"] is True and came.properties["status"] == "attended"
    assert [q.text for q in came.evidence] == ["菲律賓宿霧市亦派員參觀。"]
    assert "VISITED" not in entity(empty_graph, "person:大西一史").relationships


@pytest.mark.integration
def test_an_entity_a_reader_renamed_is_loaded_under_its_name(
    empty_graph: Graph, tmp_path: Path
) -> None:
    from graph.reads import UnknownEntity, entity
    from loaders.corrections import corrections_path

    report = tmp_path / "kaohsiung-107-h1.txt"
    report.write_text(_CHAPTER, encoding="utf-8")
    corrections_path(report).write_text(
        '[[entity]]\nentity = "大西一史"\nname_zh = "大西一史郎"\nname_en = "Onishi Kazufumi"\n'
        '[[entity]]\nentity = "宿霧"\nname_en = "Cebu"\n',
        encoding="utf-8",
    )
    [result] = load_files(empty_graph, [report], "2018H1")
    assert result.corrected is not None and result.corrected.renamed == 2
    person = entity(empty_graph, "person:大西一史郎")
    assert (person.name_zh, person.name_en) == ("大西一史郎", "Onishi Kazufumi")
    assert person.relationships["HOLDS_TITLE"][0].other.id == "city:jp:kumamoto"
    assert entity(empty_graph, "city:ph:cebu-city").name_en == "Cebu"
    with pytest.raises(UnknownEntity):
        entity(empty_graph, "person:大西一史")


@pytest.mark.integration
def test_a_corrections_file_that_cannot_apply_stops_the_run_before_any_write(
    empty_graph: Graph, tmp_path: Path
) -> None:
    from loaders.corrections import corrections_path

    report = tmp_path / "kaohsiung-107-h1.txt"
    report.write_text(_CHAPTER, encoding="utf-8")
    corrections_path(report).write_text(
        '[[add]]\ntype = "VISITED"\nfrom = "王大同"\nto = "city:tw:kaohsiung"\nquote = "參觀"\n',
        encoding="utf-8",
    )
    good = tmp_path / "good" / "kaohsiung-107-h1.txt"  # the same text, no corrections
    good.parent.mkdir()
    good.write_text(_CHAPTER, encoding="utf-8")
    with pytest.raises(ReportInputError, match=r"corrections\.toml: add #1: no entity named"):
        load_files(empty_graph, [good, report], "2018H1")
    assert graph_counts(empty_graph) == ({}, {})


_ROLE_GUEST = (
    '[[add]]\ntype = "PARTICIPATED_IN"\nfrom = "熊本市"\nto = "2018高雄國際食品展"\n'
    'role = "guest"\nquote = "熊本市長大西一史出席"\n'
)


@pytest.mark.integration
def test_a_fact_is_marked_corrected_only_while_a_corrections_file_says_so(
    empty_graph: Graph, tmp_path: Path
) -> None:
    """(review 41) a fact two reports state, one of them corrected: loading that one
    again without its corrections takes the mark away, though the other still states it."""
    from graph.reads import entity
    from loaders.corrections import corrections_path

    first, second = tmp_path / "a" / "kaohsiung-107-h1.txt", tmp_path / "b" / "r.txt"
    for report in (first, second):
        report.parent.mkdir()
        report.write_text(_CHAPTER, encoding="utf-8")
    fixes = corrections_path(first)
    fixes.write_text(_ROLE_GUEST, encoding="utf-8")

    def marked() -> object:
        [taking_part] = entity(empty_graph, "city:jp:kumamoto").relationships["PARTICIPATED_IN"]
        assert len(taking_part.sources) == 2
        return taking_part.properties.get("corrected")

    [loaded] = load_files(empty_graph, [first], "2018H1")
    assert loaded.corrected is not None and loaded.corrected.changed == 1
    load_files(empty_graph, [second], "2018H2")
    assert marked() is True
    fixes.unlink()
    load_files(empty_graph, [first], "2018H1")
    assert marked() is None
    fixes.write_text(_ROLE_GUEST, encoding="utf-8")
    load_files(empty_graph, [first], "2018H1")
    assert marked() is True
    # corrected again, then loaded as a text that no longer tells of it at all
    first.write_text(_CHAPTER.replace("日本熊本市長大西一史出席", "本市市民出席"), encoding="utf-8")
    fixes.unlink()
    load_files(empty_graph, [first], "2018H1")
    [taking_part] = entity(empty_graph, "city:jp:kumamoto").relationships["PARTICIPATED_IN"]
    assert taking_part.sources == ["source:2018-07_2018-12"]
    assert taking_part.properties.get("corrected") is None
