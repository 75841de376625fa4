"""One fixture chooses the graph engine every integration test runs through.

`NEO4J_URI` if set; else Neo4j in a testcontainer (pinned image) when a Docker engine
answers; else the embedded ArcadeDB engine, started in a temporary folder on free
loopback ports and stopped at the end of the session.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from citygraph.settings import Settings, get_settings
from graph.driver import Graph
from graph.writer import apply_schema, clear_graph

NEO4J_IMAGE = "neo4j:5.26-community"
SEED_REPORTS = Path(__file__).resolve().parent.parent / "seed" / "reports"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _docker_answers() -> bool:
    try:
        import docker

        docker.from_env(timeout=3).ping()
        return True
    except Exception:
        return False


@pytest.fixture(scope="session")
def graph_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    if os.environ.get("NEO4J_URI"):
        yield Settings()
        return
    if _docker_answers():
        from testcontainers.neo4j import Neo4jContainer

        with Neo4jContainer(NEO4J_IMAGE, password="citygraph-test") as container:
            yield Settings(
                NEO4J_URI=container.get_connection_url(),
                NEO4J_USER="neo4j",
                NEO4J_PASSWORD="citygraph-test",
            )
        return
    yield Settings(
        NEO4J_URI=None,
        CITYGRAPH_DATA_DIR=tmp_path_factory.mktemp("citygraph-data"),
        CITYGRAPH_EMBEDDED_BOLT_PORT=free_port(),
        CITYGRAPH_EMBEDDED_HTTP_PORT=free_port(),
        CITYGRAPH_EMBEDDED_HEAP="1g",
    )


@pytest.fixture(scope="session")
def graph(graph_settings: Settings) -> Iterator[Graph]:
    # tied: a test run killed (a timeout, Ctrl-C twice) leaves no engine behind
    handle = Graph.open(graph_settings, tied=True)
    apply_schema(handle)
    yield handle
    handle.close()


@pytest.fixture
def empty_graph(graph: Graph) -> Graph:
    """The session's graph, emptied before the test."""
    clear_graph(graph)
    return graph


@pytest.fixture
def cli_env(graph_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The CLI's settings (read from the environment) pointed at the session's graph."""
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
