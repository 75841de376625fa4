"""`citygraph load` through the real graph: a line per report as it commits, naming
the period and any report it replaced."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from citygraph.cli import app
from citygraph.paths import SEED_REPORTS_DIR
from graph.driver import Graph
from graph.reads import graph_counts

pytestmark = pytest.mark.integration

H1 = SEED_REPORTS_DIR / "kaohsiung-102-h1.txt"
H2 = SEED_REPORTS_DIR / "kaohsiung-104-h2.txt"


def test_load_says_each_report_its_period_and_what_it_replaces(
    cli_env: None, empty_graph: Graph, tmp_path: Path
) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["load", str(H1), str(H2)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"loaded {H1}:") and "period 2013-01..2013-06" in lines[0]
    assert lines[1].startswith(f"loaded {H2}:") and "period 2015-07..2015-12" in lines[1]
    assert "replaces" not in result.stdout
    counts = graph_counts(empty_graph)

    corrected = tmp_path / "104-h2-corrected.txt"
    shutil.copy(H2, corrected)
    again = runner.invoke(app, ["load", str(corrected)])
    assert again.exit_code == 0, again.output
    assert again.stdout.strip().endswith(f"replaces {H2}")
    assert graph_counts(empty_graph)[0]["Source"] == 2
    assert graph_counts(empty_graph) == counts


def test_load_warns_of_a_report_with_no_period(
    cli_env: None, empty_graph: Graph, tmp_path: Path
) -> None:
    report = tmp_path / "no-period.txt"
    report.write_text(
        "貳拾參、國際事務\n一、城市交流\n某國某市副市長王大明率團來訪，雙方就城市交流進行座談。\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["load", str(report)])
    assert result.exit_code == 0, result.output
    assert "period unknown" in result.stdout
    assert "warning:" in result.stderr and str(report) in result.stderr


def test_load_says_what_a_reports_corrections_file_changed(
    cli_env: None, empty_graph: Graph, tmp_path: Path
) -> None:
    report = tmp_path / "kaohsiung-107-h1.txt"
    report.write_text(
        "貳拾參、國際事務\n一、城市交流\n107年5月10日，本府主辦「2018高雄國際食品展」；"
        "菲律賓宿霧市亦派員參觀。\n",
        encoding="utf-8",
    )
    fixes = tmp_path / "kaohsiung-107-h1.corrections.toml"
    fixes.write_text(
        '[[add]]\ntype = "PARTICIPATED_IN"\nfrom = "宿霧市"\nto = "2018高雄國際食品展"\n'
        'status = "attended"\nquote = "菲律賓宿霧市亦派員參觀"\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["load", str(tmp_path), "--period", "107H1"])  # a folder
    assert result.exit_code == 0, result.output
    assert f"corrected by {fixes}: 1 added, 0 changed, 0 removed" in result.stdout
    assert graph_counts(empty_graph)[1]["PARTICIPATED_IN"] == 1
