"""The command line's error behaviour: one clear line, exit 2 for a bad option, 1 for
everything else, and nothing started or written before the input is known to be good.

None of these tests needs a graph: each error happens before one would be reached
(or at an address where nothing listens)."""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from citygraph.cli import app
from citygraph.paths import SEED_REPORTS_DIR
from citygraph.settings import get_settings
from tests.conftest import free_port

SAMPLE = SEED_REPORTS_DIR / "kaohsiung-104-h2.txt"  # states 104年7月至12月
PERIODLESS = (
    "貳拾參、國際事務\n一、城市交流\n10月韓國釜山市副市長鄭京鎮率團來訪，雙方就城市交流進行座談。\n"
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No graph configured; an embedded engine would live (and be seen) in tmp_path."""
    for key in ("NEO4J_URI", "CITYGRAPH_API_KEY", "CITYGRAPH_DEBUG"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("CITYGRAPH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CITYGRAPH_EMBEDDED_BOLT_PORT", str(free_port()))
    monkeypatch.setenv("CITYGRAPH_EMBEDDED_HTTP_PORT", str(free_port()))
    monkeypatch.chdir(tmp_path)  # no .env of the developer's
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def one_error_line(result: Result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output and "internal error" not in result.output
    return lines[0]


@pytest.mark.parametrize("value", ["abc", "0", "70000"])
@pytest.mark.parametrize(
    "command",
    [["serve"], ["db", "status"], ["db", "start"], ["load", str(SAMPLE)], ["export"]],
)
def test_a_bad_setting_is_one_line_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, command: list[str], value: str
) -> None:
    monkeypatch.setenv("CITYGRAPH_EMBEDDED_BOLT_PORT", value)
    result = run(*command)
    assert result.exit_code == 1
    assert f"CITYGRAPH_EMBEDDED_BOLT_PORT='{value}'" in one_error_line(result)
    assert not (tmp_path / "data").exists()  # no engine was started


def test_timeouts_and_batch_sizes_must_be_positive(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CITYGRAPH_QUERY_TIMEOUT", "0")
    monkeypatch.setenv("CITYGRAPH_WRITE_BATCH_SIZE", "-1")
    line = one_error_line(run("db", "status"))
    assert "CITYGRAPH_QUERY_TIMEOUT='0'" in line and "CITYGRAPH_WRITE_BATCH_SIZE='-1'" in line


@pytest.mark.parametrize(("value", "on"), [("0", False), ("false", False), ("1", True)])
def test_citygraph_debug_zero_means_off(
    monkeypatch: pytest.MonkeyPatch, value: str, on: bool
) -> None:
    monkeypatch.setenv("CITYGRAPH_DEBUG", value)
    assert get_settings().debug is on


def test_a_bad_neo4j_uri_names_the_variable() -> None:
    for uri in ("localhost:7687", "http://localhost:7474", "bolt://host:port"):
        result = CliRunner().invoke(app, ["load", str(SAMPLE)], env={"NEO4J_URI": uri})
        get_settings.cache_clear()
        assert result.exit_code == 1
        assert f"NEO4J_URI='{uri}'" in one_error_line(result)


def test_load_with_the_graph_down_is_one_line_and_exit_1(caplog: pytest.LogCaptureFixture) -> None:
    uri = f"bolt://127.0.0.1:{free_port()}"  # nothing listens there
    with caplog.at_level(logging.WARNING):
        result = CliRunner().invoke(app, ["load", str(SAMPLE)], env={"NEO4J_URI": uri})
    assert result.exit_code == 1
    line = one_error_line(result)
    assert uri in line and "not reachable" in line and "NEO4J_URI" in line
    # the driver's multi-line retry warnings are kept off the user's terminal
    assert not [r for r in caplog.records if r.name.startswith("neo4j")]


def test_load_checks_every_file_before_starting_the_engine(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("load", str(SAMPLE), str(empty))
    assert result.exit_code == 1
    assert "empty.txt" in one_error_line(result)
    assert not (tmp_path / "data").exists()  # the embedded engine was never started


def test_error_lines_print_brackets_as_written(tmp_path: Path) -> None:
    """A file name or option value is text, not rich markup: [bold] stays [bold]."""
    empty = tmp_path / "report[bold]2015.txt"
    empty.write_bytes(b"")
    result = run("extract", str(empty))
    assert result.exit_code == 1
    assert "report[bold]2015.txt" in one_error_line(result)
    named = tmp_path / "a[bold].txt"
    named.write_bytes(SAMPLE.read_bytes())
    result = run("extract", named.name, "--format", "summary")  # cwd is tmp_path
    assert result.exit_code == 0 and "a[bold].txt" in result.stdout
    result = run("extract", str(SAMPLE), "--period", "[red]someday")
    assert "[red]someday" in one_error_line(result)


def test_a_bad_period_is_a_usage_error(tmp_path: Path) -> None:
    result = run("extract", str(SAMPLE), "--period", "someday")
    assert result.exit_code == 2
    assert "--period" in one_error_line(result) and "someday" in result.stderr

    result = run("load", str(SAMPLE), "--period", "103H1")
    assert result.exit_code == 2
    line = one_error_line(result)
    assert "2014-01..2014-06" in line and "2015-07..2015-12" in line and "--period" in line
    assert not (tmp_path / "data").exists()


def test_extract_summary_says_the_period_is_unknown(tmp_path: Path) -> None:
    report = tmp_path / "no-period.txt"
    report.write_text(PERIODLESS, encoding="utf-8")
    result = run("extract", str(report), "--format", "summary")
    assert result.exit_code == 0, result.output
    assert "unknown" in result.stdout and "None" not in result.stdout
    with_period = run("extract", str(report), "--format", "summary", "--period", "104H2")
    assert "2015-07..2015-12" in with_period.stdout


def test_extract_warns_when_the_period_is_unknown(tmp_path: Path) -> None:
    """Undated facts of a report with no period have no year: the user is told, with
    the file and the option that fixes it, and the extraction still comes out."""
    report = tmp_path / "no-period.txt"
    report.write_text(PERIODLESS, encoding="utf-8")
    result = run("extract", str(report))
    assert result.exit_code == 0 and '"relations"' in result.stdout
    assert "warning:" in result.stderr and str(report) in result.stderr
    assert "--period" in result.stderr
    assert "warning" not in run("extract", str(report), "--period", "104H2").stderr
    assert "warning" not in run("extract", str(SAMPLE)).stderr


def test_bad_options_exit_2() -> None:
    assert run("extract", str(SAMPLE), "--format", "xml").exit_code == 2
    result = run("serve", "--port", "99999")
    assert result.exit_code == 2 and "--port" in result.output


def test_serve_refuses_open_uploads_on_a_public_host(tmp_path: Path) -> None:
    result = run("serve", "--host", "0.0.0.0", "--port", str(free_port()))
    assert result.exit_code == 2
    line = one_error_line(result)
    assert "CITYGRAPH_API_KEY" in line and "--allow-open-uploads" in line
    assert not (tmp_path / "data").exists()


def test_serve_on_a_taken_port_names_port_before_printing_urls(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("serve", "--port", str(port))
    assert result.exit_code == 1
    line = one_error_line(result)
    assert str(port) in line and "--port" in line and "in use" in line
    assert "http://" not in result.stdout  # no URLs for a server that is not there
    assert not (tmp_path / "data").exists()


def test_score_counts_the_misses_by_cause(tmp_path: Path) -> None:
    """`score --causes` sorts the missed facts by the kind of miss (the start of an error
    analysis): here one fact of each kind a reader could list wrongly."""
    report = tmp_path / "r.txt"
    report.write_text(
        "壹、國際事務\n一、外賓來訪\n107年3月5日，韓國釜山市副市長鄭京鎮率團來訪，拜會本府。\n",
        encoding="utf-8",
    )
    expected = tmp_path / "r.toml"
    expected.write_text(
        'report = "r.txt"\n'
        '[[fact]]\ntype = "HOLDS_TITLE"\nfrom = "鄭京鎮"\nto = "釜山"\ntitle_zh = "市長"\n'
        '[[fact]]\ntype = "VISITED"\nfrom = "鄭京鎮"\nto = "city:tw:kaohsiung"\n'
        'quote = "另一句話"\n'
        '[[fact]]\ntype = "MET_WITH"\nfrom = "鄭京鎮"\nto = "city:tw:kaohsiung"\n'
        '[[fact]]\ntype = "VISITED"\nfrom = "王小明"\nto = "city:tw:kaohsiung"\n',
        encoding="utf-8",
    )
    result = run("score", str(expected), "--causes")
    assert result.exit_code == 1  # under the bar
    rows = {
        line.split("│")[1].strip(): line.split("│")[2].strip()
        for line in result.stdout.splitlines()
        if line.count("│") == 3
    }
    assert rows["an end was never extracted"] == "1"  # 王小明
    assert rows["both ends extracted, the relation not read"] == "1"  # the meeting
    assert rows["the relation read, a property differs"] == "1"  # 副市長, not 市長
    assert rows["the relation read, its evidence lacks the quote"] == "1"
    assert rows["HOLDS_TITLE"] == "1"  # the title extracted, not the one listed


def test_extract_review_marks_the_sentences_to_read_first(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(
        "壹、國際事務\n一、外賓來訪\n107年3月5日，韓國釜山市副市長鄭京鎮率團來訪，拜會本府。\n"
        "釜山市與本市交流密切，雙方往來頻繁。\n",
        encoding="utf-8",
    )
    result = run("extract", str(report), "--format", "review", "--period", "2018-01/2018-06")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any(line.startswith("· 107年3月5日") for line in lines)
    assert any(line.startswith("⚠ 釜山市與本市") for line in lines)
    assert any("VISITED" in line and "鄭京鎮" in line for line in lines)
    assert lines[-1] == "3 sentences, 1 stating facts; 1 marked ⚠ to read first"  # and the heading


def test_extract_applies_a_corrections_file_unless_told_not_to(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(
        "壹、國際事務\n一、外賓來訪\n107年3月5日，韓國釜山市副市長鄭京鎮率團來訪，拜會本府。\n",
        encoding="utf-8",
    )
    (tmp_path / "r.corrections.toml").write_text(
        '[[remove]]\ntype = "VISITED"\nfrom = "釜山"\nto = "city:tw:kaohsiung"\n', encoding="utf-8"
    )

    def visitors(*flags: str) -> set[str]:
        result = run("extract", str(report), "--period", "107H1", *flags)
        assert result.exit_code == 0, result.output
        relations = json.loads(result.stdout)["relations"]
        return {r["source"] for r in relations if r["type"] == "VISITED"}

    assert visitors() == {"person:鄭京鎮"}
    assert visitors("--no-corrections") == {"person:鄭京鎮", "city:kr:busan"}


def test_an_error_naming_an_id_prints_it_as_written(tmp_path: Path) -> None:
    """(session 18, a reviewer) ids hold country codes between colons: city:id:bali is
    no emoji code (:id: was printed as 🆔)."""
    report = tmp_path / "r.txt"
    report.write_text(
        "壹、國際事務\n一、外賓來訪\n107年3月5日，韓國釜山市副市長鄭京鎮率團來訪，拜會本府。\n",
        encoding="utf-8",
    )
    (tmp_path / "r.corrections.toml").write_text(
        '[[add]]\ntype = "VISITED"\nfrom = "鄭京鎮"\nto = "city:id:bali"\nquote = "率團來訪"\n',
        encoding="utf-8",
    )
    result = run("extract", str(report), "--period", "107H1")
    assert result.exit_code != 0
    assert "'city:id:bali'" in result.stderr and "🆔" not in result.stderr
