"""Driver lifecycle: one `Graph` handle per process, on Neo4j or the embedded engine."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit

from neo4j import READ_ACCESS, Driver, GraphDatabase, ManagedTransaction, unit_of_work
from neo4j.exceptions import (
    AuthError,
    ConfigurationError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)

from citygraph.errors import ConfigError, GraphUnavailableError
from citygraph.settings import Settings
from graph.embedded import EmbeddedEngine
from graph.model import Label, RelType
from graph.queries import cypher, render
from graph.read_cache import ReadCache
from graph.search_index import SearchIndex

T = TypeVar("T")

#: Errors meaning "the graph is not there" rather than "the query is wrong".
UNAVAILABLE = (ServiceUnavailable, SessionExpired, OSError)
#: The URI schemes of Bolt (the driver's preview HTTP schemes are not supported).
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


@dataclass(frozen=True)
class EngineInfo:
    kind: str  # "neo4j" or "arcadedb"
    agent: str
    version: str


def _driver(uri: str, auth: tuple[str, str]) -> Driver:
    """The Bolt driver for `uri`; a URI it cannot use raises ConfigError naming NEO4J_URI."""
    scheme = uri.split("://", 1)[0] if "://" in uri else ""
    problem = None if scheme in BOLT_SCHEMES else f"scheme {scheme!r} is not Bolt"
    if problem is None:
        try:
            urlsplit(uri).port  # noqa: B018 - raises ValueError for a port that is no number
            return GraphDatabase.driver(
                uri, auth=auth, connection_timeout=5.0, max_transaction_retry_time=1.0
            )
        except (ConfigurationError, ValueError) as exc:
            problem = str(exc).split(". ", 1)[0]
    raise ConfigError(
        f"NEO4J_URI={uri!r} is not a usable Bolt URI ({problem}): set it to e.g. "
        "bolt://localhost:7687 or neo4j://host:7687, or unset it for the embedded engine"
    )


class Graph:
    """The graph database, reached over Bolt with the official neo4j driver."""

    def __init__(self, settings: Settings, engine: EmbeddedEngine | None = None) -> None:
        self.settings = settings
        self.engine = engine
        self.started_engine = False
        self.search_index = SearchIndex()  # names in memory, rebuilt when the graph changes
        self.read_cache = ReadCache()  # hot answers, dropped when the graph changes
        if engine is not None:
            uri, auth = engine.bolt_uri, engine.auth
        else:
            uri = settings.neo4j_uri or ""
            auth = (settings.neo4j_user, settings.neo4j_password or "")
        self.uri = uri
        self.database = settings.neo4j_database
        self.driver: Driver = _driver(uri, auth)

    # -- lifecycle ---------------------------------------------------------------
    @classmethod
    def open(cls, settings: Settings, start_engine: bool = True, tied: bool = False) -> Graph:
        """Connect to the configured graph, starting the embedded engine if needed (one
        that stops when this process dies, if `tied`: see EmbeddedEngine.start)."""
        engine = None
        started = False
        if settings.embedded:
            engine = EmbeddedEngine(settings)
            if start_engine:
                _, started = engine.start(tied=tied)
        graph = cls(settings, engine)
        graph.started_engine = started
        if engine is None and settings.graph_wait > 0:
            graph.wait_until_reachable(settings.graph_wait)
        return graph

    def wait_until_reachable(self, seconds: float) -> None:
        """Poll an external graph with a real query until it answers (compose start-up)."""
        deadline = time.monotonic() + seconds
        while not self.ping():
            if time.monotonic() > deadline:
                raise GraphUnavailableError(
                    f"the graph at {self.uri} did not answer within {seconds:.0f} s"
                )
            time.sleep(1.0)

    def close(self, stop_engine: bool | None = None) -> None:
        """Close the driver; stop the embedded engine if this handle started it."""
        self.driver.close()
        if self.engine is not None and (
            self.started_engine if stop_engine is None else stop_engine
        ):
            self.engine.stop()

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- running queries -----------------------------------------------------------
    def read(self, name: str, timeout: float | None = None, **params: Any) -> list[dict[str, Any]]:
        """Run the named read query from `cypher/` in a read transaction."""
        return self._read(cypher(name), timeout, params)

    def read_for(
        self, name: str, slots: Mapping[str, Label | RelType], **params: Any
    ) -> list[dict[str, Any]]:
        """Run a named read query whose label/type slots are filled from the allow-lists."""
        return self._read(render(name, **slots), None, params)

    def _read(
        self, query: str, timeout: float | None, params: Mapping[str, Any]
    ) -> list[dict[str, Any]]:
        @unit_of_work(timeout=timeout or self.settings.query_timeout)
        def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
            return [record.data() for record in tx.run(query, dict(params))]

        return self._run(work, write=False)

    def write(self, work: Callable[[ManagedTransaction], T]) -> T:
        """Run `work` in one write transaction: all of it commits, or none."""
        return self._run(work, write=True)

    def _run(self, work: Callable[[ManagedTransaction], T], write: bool) -> T:
        try:
            with self.driver.session(database=self.database) as session:
                runner = session.execute_write if write else session.execute_read
                return runner(work)
        except (AuthError, *UNAVAILABLE) as exc:
            raise self._unavailable(exc) from exc

    def stream_for(
        self, name: str, slots: Mapping[str, Label | RelType], **params: Any
    ) -> Iterator[dict[str, Any]]:
        """The rows of a named read query with allow-listed slots, as they arrive: fetched
        CITYGRAPH_EXPORT_BATCH_SIZE at a time in one read transaction of at most
        CITYGRAPH_EXPORT_TIMEOUT seconds, so memory stays flat however many there are."""
        query = render(name, **slots)
        try:
            with (
                self.driver.session(
                    database=self.database,
                    default_access_mode=READ_ACCESS,
                    fetch_size=self.settings.export_batch_size,
                ) as session,
                session.begin_transaction(timeout=self.settings.export_timeout) as tx,
            ):
                for record in tx.run(query, params):
                    yield dict(record.items())  # plain values already: no .data() walk
        except (AuthError, *UNAVAILABLE) as exc:
            raise self._unavailable(exc) from exc

    def _unavailable(self, exc: Exception) -> GraphUnavailableError:
        if isinstance(exc, AuthError):
            return GraphUnavailableError(
                f"the graph at {self.uri} refused the credentials: check NEO4J_USER/NEO4J_PASSWORD"
            )
        return GraphUnavailableError(
            f"the graph at {self.uri} is not reachable ({type(exc).__name__}); "
            + (
                "start it with `citygraph db start`"
                if self.engine
                else "check NEO4J_URI and that Neo4j is running"
            )
        )

    @contextmanager
    def session(self) -> Iterator[Any]:
        """A raw session (auto-commit queries such as schema changes); an unreachable
        graph raises GraphUnavailableError like every other query."""
        try:
            with self.driver.session(database=self.database) as session:
                yield session
        except (AuthError, *UNAVAILABLE) as exc:
            raise self._unavailable(exc) from exc

    def info(self) -> EngineInfo:
        """Which engine answers, and its version."""
        rows = self.read("dbms_components")
        server = self.driver.get_server_info()
        agent = server.agent or ""
        kind = "arcadedb" if "arcadedb" in agent.lower() else "neo4j"
        version = rows[0]["versions"][0] if rows and rows[0].get("versions") else ""
        if kind == "arcadedb":
            version = agent.split("ArcadeDB", 1)[-1].strip(" )") or version
        return EngineInfo(kind=kind, agent=agent, version=version)

    def ping(self) -> bool:
        try:
            self.read("ping", timeout=3.0)
            return True
        except (GraphUnavailableError, Neo4jError):
            return False
