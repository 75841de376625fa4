"""Request dependencies: the graph handle, opened lazily and reopened after an outage."""

from __future__ import annotations

import threading

from fastapi import Request

from citygraph.errors import CitygraphError, GraphUnavailableError
from citygraph.settings import Settings
from graph.driver import Graph


class GraphHolder:
    """Holds the process's Graph; reconnects when the graph comes back."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._graph: Graph | None = None
        self._lock = threading.Lock()
        self.last_error: str | None = None

    def get(self) -> Graph:
        with self._lock:
            if self._graph is None:
                try:
                    self._graph = Graph.open(self.settings)
                except CitygraphError as exc:
                    self.last_error = str(exc)
                    raise GraphUnavailableError(str(exc)) from exc
                self.last_error = None
            return self._graph

    def close(self) -> None:
        with self._lock:
            if self._graph is not None:
                self._graph.close()
                self._graph = None


def get_graph(request: Request) -> Graph:
    holder: GraphHolder = request.app.state.graphs
    return holder.get()
