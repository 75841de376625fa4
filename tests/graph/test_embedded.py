"""The embedded engine's lifecycle: start, reuse, stale pid file, taken port, stop."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from citygraph.errors import EngineError
from citygraph.settings import Settings
from graph.embedded import EmbeddedEngine
from tests.conftest import free_port

pytestmark = pytest.mark.integration


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[EmbeddedEngine]:
    settings = Settings(
        NEO4J_URI=None,
        CITYGRAPH_DATA_DIR=tmp_path,
        CITYGRAPH_EMBEDDED_BOLT_PORT=free_port(),
        CITYGRAPH_EMBEDDED_HTTP_PORT=free_port(),
        CITYGRAPH_EMBEDDED_HEAP="512m",
    )
    engine = EmbeddedEngine(settings)
    yield engine
    engine.stop()


def test_start_reuse_and_stop(engine: EmbeddedEngine, tmp_path: Path) -> None:
    status, started = engine.start()
    assert started and status.running and status.pid
    assert engine.ping()
    assert str(tmp_path) in str(status.data_dir)

    again, started_again = engine.start()
    assert not started_again and again.pid == status.pid

    assert engine.stop()
    assert not engine.status().running
    assert not engine.ping()
    assert not engine.stop()


def test_data_survives_a_restart(engine: EmbeddedEngine) -> None:
    from neo4j import GraphDatabase

    engine.start()
    with GraphDatabase.driver(engine.bolt_uri, auth=engine.auth) as driver:
        driver.execute_query("CREATE (:Probe {id: 'kept'})", database_="neo4j")
    engine.stop()
    engine.start()
    with GraphDatabase.driver(engine.bolt_uri, auth=engine.auth) as driver:
        records = driver.execute_query(
            "MATCH (p:Probe) RETURN p.id AS id", database_="neo4j"
        ).records
    assert [r["id"] for r in records] == ["kept"]


def test_stale_pid_file_is_cleared_with_a_message(engine: EmbeddedEngine) -> None:
    engine.root.mkdir(parents=True, exist_ok=True)
    engine.pid_file.write_text("999999")
    status = engine.status()
    assert not status.running
    assert "stale pid file" in status.detail
    assert not engine.pid_file.exists()


def test_taken_port_gets_a_clear_error(engine: EmbeddedEngine) -> None:
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", engine.settings.embedded_bolt_port))
        blocker.listen()
        with pytest.raises(EngineError, match=r"port \d+ on 127.0.0.1 is taken.*BOLT_PORT"):
            engine.start()
    assert not engine.status().running


_STARTER = """
import sys
from pathlib import Path
from citygraph.settings import Settings
from graph.embedded import EmbeddedEngine
settings = Settings(
    NEO4J_URI=None,
    CITYGRAPH_DATA_DIR=Path(sys.argv[1]),
    CITYGRAPH_EMBEDDED_BOLT_PORT=int(sys.argv[2]),
    CITYGRAPH_EMBEDDED_HTTP_PORT=int(sys.argv[3]),
    CITYGRAPH_EMBEDDED_HEAP="512m",
)
status, _ = EmbeddedEngine(settings).start(tied=sys.argv[4] == "tied")
print(status.pid, flush=True)
import time
time.sleep(600)
"""


@pytest.mark.parametrize("tied", [True, False])
def test_a_tied_engine_stops_when_its_starter_is_killed(
    engine: EmbeddedEngine, tmp_path: Path, tied: bool
) -> None:
    """A benchmark killed by a timeout (SIGKILL, no clean-up) must leave no engine
    running; an engine started for later commands (untied) outlives its starter."""
    settings = engine.settings
    starter = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _STARTER,
            str(settings.data_dir),
            str(settings.embedded_bolt_port),
            str(settings.embedded_http_port),
            "tied" if tied else "untied",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert starter.stdout is not None
    pid = int(starter.stdout.readline())
    os.kill(starter.pid, signal.SIGKILL)
    starter.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and engine.pid is not None:
        time.sleep(0.2)
    assert (engine.pid is None) is tied, f"engine {pid} running: {engine.pid is not None}"
