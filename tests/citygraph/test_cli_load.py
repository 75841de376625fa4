"""`citygraph load` through the real graph: a line per report as it commits, naming
the period and any report it replaced."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from citygraph.cli import app
from citygraph.paths import SEED_REPORTS_DIR
from citygraph.settings import Settings, get_settings
from graph.driver import Graph
from graph.reads import graph_counts

pytestmark = pytest.mark.integration

H1 = SEED_REPORTS_DIR / "kaohsiung-102-h1.txt"
H2 = SEED_REPORTS_DIR / "kaohsiung-104-h2.txt"


@pytest.fixture
def cli_env(graph_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The CLI's settings (from the environment) pointed at the session's graph."""
    env = {
        "NEO4J_URI": graph_settings.neo4j_uri or "",
        "NEO4J_USER": graph_settings.neo4j_user,
        "NEO4J_PASSWORD": graph_settings.neo4j_password or "",
        "CITYGRAPH_DATA_DIR": str(graph_settings.data_dir),
        "CITYGRAPH_EMBEDDED_BOLT_PORT": str(graph_settings.embedded_bolt_port),
        "CITYGRAPH_EMBEDDED_HTTP_PORT": str(graph_settings.embedded_http_port),
    }
    for key, value in env.items():
        if value:
            monkeypatch.setenv(key, value)
        else:
            monkeypatch.delenv(key, raising=False)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


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
