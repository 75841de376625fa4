"""Answers of hot reads kept until the graph changes.

The graph changes only through loads (each stamps its Source with `loaded_at`) and
clears, so the reports' count and latest `loaded_at` (`read_graph_stamp`, a read of the
few Source nodes) tell when a kept answer is stale — whichever process loaded. Bounded:
the least recently used answers go first.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from graph.driver import Graph

T = TypeVar("T")


def graph_stamp(graph: Graph) -> tuple[Any, ...]:
    """(number of reports, latest loaded_at): changes with every load and clear."""
    row = graph.read("read_graph_stamp")[0]
    return (row["sources"], row["loaded_at"])


class ReadCache:
    """Up to `size` answers, dropped when the graph stamp changes."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self.enabled = True
        self._lock = threading.Lock()
        self._stamp: tuple[Any, ...] | None = None
        self._answers: OrderedDict[Hashable, Any] = OrderedDict()

    def get(self, graph: Graph, key: Hashable, compute: Callable[[], T]) -> T:
        """The kept answer for `key` if the graph is unchanged, else `compute()` (kept)."""
        if not self.enabled:
            return compute()
        stamp = graph_stamp(graph)
        with self._lock:
            if stamp != self._stamp:
                self._answers.clear()
                self._stamp = stamp
            elif key in self._answers:
                self._answers.move_to_end(key)
                return self._answers[key]  # type: ignore[no-any-return]
        answer = compute()
        with self._lock:
            if stamp == self._stamp:
                self._answers[key] = answer
                while len(self._answers) > self.size:
                    self._answers.popitem(last=False)
        return answer
