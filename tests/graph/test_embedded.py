"""The embedded engine's lifecycle: start, reuse, stale pid file, taken port, stop."""

from __future__ import annotations

import socket
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
