"""`citygraph export` over the real graph: files that networkx and csv read back."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from citygraph.cli import app
from citygraph.settings import get_settings
from graph.driver import Graph
from graph.reads import graph_counts
from tests.api import sample as s

pytestmark = pytest.mark.integration


@pytest.fixture
def export_env(
    cli_env: None, sample_graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """The CLI on the sample graph, exporting in batches of 4 rows to exercise paging."""
    monkeypatch.setenv("CITYGRAPH_EXPORT_BATCH_SIZE", "4")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_export_graphml_and_csv_folder(export_env: None, graph: Graph, tmp_path: Path) -> None:
    nodes, rels = (sum(c.values()) for c in graph_counts(graph))
    runner = CliRunner()
    result = runner.invoke(app, ["export", "--out", str(tmp_path / "all.graphml")])
    assert result.exit_code == 0, result.output
    loaded = nx.read_graphml(tmp_path / "all.graphml")
    assert (loaded.number_of_nodes(), loaded.number_of_edges()) == (nodes, rels)

    result = runner.invoke(app, ["export", "--format", "csv", "--out", str(tmp_path / "csv")])
    assert result.exit_code == 0, result.output
    with (tmp_path / "csv" / "nodes.csv").open(encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == nodes
    with (tmp_path / "csv" / "edges.csv").open(encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == rels


def test_export_neighbourhood_and_errors(export_env: None, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "busan.graphml"
    result = runner.invoke(app, ["export", "--id", s.BUSAN, "--hops", "2", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert s.KOREA in nx.read_graphml(out).nodes

    unknown = runner.invoke(app, ["export", "--id", "city:kr:busann"])
    assert unknown.exit_code == 1 and s.BUSAN in unknown.output
    assert "Traceback" not in unknown.output
    assert runner.invoke(app, ["export", "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["export", "--id", s.BUSAN, "--hops", "9"]).exit_code == 2
