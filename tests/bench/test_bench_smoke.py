"""`citygraph bench`: a quick run completes with sane numbers; bad options are named."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from citygraph.cli import app
from citygraph.settings import get_settings


def _numbers(value: object) -> list[float]:
    if isinstance(value, bool):
        return []
    if isinstance(value, int | float):
        return [float(value)]
    if isinstance(value, dict):
        return [n for v in value.values() for n in _numbers(v)]
    if isinstance(value, list):
        return [n for v in value for n in _numbers(v)]
    return []


@pytest.mark.integration
def test_quick_bench_reports_positive_finite_numbers(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, "-m", "citygraph.cli", "bench", "--quick", "--engine", "embedded",
         "--out", str(out)],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    result = json.loads(out.read_text())
    assert result["engine"]["private"] is True
    (size,) = result["sizes"]
    assert size["graph"]["nodes"] > 100 and size["graph"]["relationships"] > size["size"]
    for key in ("extract_chars_per_s", "loader_vs_raw", "loader_vs_raw_cpu"):
        assert size[key] > 0 and math.isfinite(size[key])
    assert size["load"]["write_rows_per_s"] > 0 and size["raw_merge"]["rows_per_s"] > 0
    for name in ("contacts", "attendance", "search", "shortest_path"):
        latency = size["latency_ms"][name]
        assert 0 < latency["p50"] <= latency["p95"] and latency["result_size"] > 0
    assert size["api"]["ok"] > 0 and size["api"]["failed"] == 0
    assert all(math.isfinite(n) and n >= 0 for n in _numbers(size))


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--sizes", "abc"], "--sizes"),
        (["--sizes", "10"], "--sizes"),
        (["--samples", "0"], "--samples"),
        (["--api-threads", "100"], "--api-threads"),
        (["--engine", "mysql"], "--engine"),
        (["--seed", "-1"], "--seed"),
    ],
)
def test_bad_options_are_named_without_a_traceback(args: list[str], named: str) -> None:
    result = CliRunner().invoke(app, ["bench", *args], env={"NEO4J_URI": ""})
    assert result.exit_code == 2
    assert named in result.output
    assert "Traceback" not in result.output


@pytest.fixture
def neo4j_configured(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    monkeypatch.setenv("NEO4J_PASSWORD", "not-used")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.mark.usefixtures("neo4j_configured")
def test_neo4j_is_wiped_only_with_wipe() -> None:
    result = CliRunner().invoke(app, ["bench", "--quick"])
    assert result.exit_code == 2
    assert "--wipe" in result.output
