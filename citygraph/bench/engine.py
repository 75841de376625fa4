"""The graph a benchmark runs on: a private embedded engine, or NEO4J_URI when allowed."""

from __future__ import annotations

import shutil
import socket
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from citygraph.errors import CitygraphError
from citygraph.settings import Settings
from graph.driver import Graph
from graph.writer import apply_schema


class BenchOptionError(CitygraphError):
    """A benchmark option is invalid; the message names it."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def private_settings(data_dir: Path, heap: str) -> Settings:
    """Settings for an embedded engine of the benchmark's own: its own data folder and
    free loopback ports, so the user's graph (CITYGRAPH_DATA_DIR) is never touched."""
    return Settings(
        NEO4J_URI=None,
        CITYGRAPH_DATA_DIR=data_dir,
        CITYGRAPH_EMBEDDED_BOLT_PORT=free_port(),
        CITYGRAPH_EMBEDDED_HTTP_PORT=free_port(),
        CITYGRAPH_EMBEDDED_HEAP=heap,
    )


def choose_settings(engine: str, user: Settings, wipe: bool) -> Settings | None:
    """The settings of an external Neo4j to wipe and use, or None for a private engine."""
    if engine not in ("auto", "embedded", "neo4j"):
        raise BenchOptionError(f"--engine must be auto, embedded or neo4j, not {engine!r}")
    if engine == "embedded" or (engine == "auto" and not user.neo4j_uri):
        return None
    if not user.neo4j_uri:
        raise BenchOptionError("--engine neo4j needs NEO4J_URI (and NEO4J_PASSWORD) to be set")
    if not wipe:
        raise BenchOptionError(
            f"the benchmark deletes everything in the graph at NEO4J_URI ({user.neo4j_uri}); "
            "pass --wipe to allow it, or --engine embedded for a private engine"
        )
    return user


@contextmanager
def bench_graph(external: Settings | None, heap: str = "2g") -> Iterator[Graph]:
    """An open Graph with the schema applied; a private engine is stopped and its data
    folder removed at the end."""
    if external is not None:
        graph = Graph.open(external, start_engine=False)
        try:
            apply_schema(graph)
            yield graph
        finally:
            graph.close()
        return
    data_dir = Path(tempfile.mkdtemp(prefix="citygraph-bench-"))
    try:
        # tied: a benchmark killed (a timeout's SIGKILL) leaves no engine behind
        graph = Graph.open(private_settings(data_dir, heap), tied=True)
        try:
            apply_schema(graph)
            yield graph
        finally:
            graph.close(stop_engine=True)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
