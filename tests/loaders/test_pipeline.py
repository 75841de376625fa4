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
