"""Name search from memory: every node's search keys, read once from the graph.

A `CONTAINS` over every node's keys is a scan of the whole graph per query (≈30 ms at
10k nodes, ≈300 ms at 100k on the embedded engine). The index holds the keys in one
newline-separated string, so a query is a `str.find` loop at C speed plus a bisect per
hit. It is rebuilt when the graph's stamp changes (`read_cache.graph_stamp`: the number
of reports and the latest one's `loaded_at`, set at every load), so a load by this
process or another one is seen on the next search.

Ranking is the one `search` documents: the key equals a name > a name starts with it >
a name contains it; then shorter Chinese names, then ids.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from graph.read_cache import graph_stamp

if TYPE_CHECKING:
    from graph.driver import Graph


@dataclass(frozen=True)
class _Entry:
    shown: dict[str, Any]  # what a hit returns: id, label, names, aliases, country
    keys: tuple[str, ...]

    @property
    def label(self) -> str:
        return str(self.shown["label"])

    def order(self) -> tuple[int, str]:
        return len(self.shown["name_zh"]), str(self.shown["id"])


class SearchIndex:
    """The search keys of every node, rebuilt when the graph's stamp changes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stamp: tuple[Any, ...] | None = None
        self._entries: list[_Entry] = []
        self._blob = ""
        self._line_starts: list[int] = []
        self._line_entry: list[int] = []

    def _build(self, rows: Sequence[dict[str, Any]]) -> None:
        entries: list[_Entry] = []
        parts: list[str] = []
        starts: list[int] = []
        owners: list[int] = []
        offset = 0
        for row in rows:
            keys = tuple(k for k in (row.get("search_keys") or []) if k)
            if not keys:
                continue
            index = len(entries)
            shown = {
                "id": row["id"],
                "label": row["label"],
                "name_zh": row.get("name_zh") or "",
                "name_en": row.get("name_en") or "",
                "aliases": list(row.get("aliases") or []),
                "country": row.get("country"),
            }
            entries.append(_Entry(shown, keys))
            for key in keys:
                starts.append(offset)
                owners.append(index)
                parts.append(key)
                offset += len(key) + 1
        self._entries = entries
        self._blob = "\n".join(parts)
        self._line_starts = starts
        self._line_entry = owners

    def refresh(self, graph: Graph) -> None:
        """Rebuild from the graph if it changed since the last build."""
        stamp = graph_stamp(graph)
        with self._lock:
            if stamp == self._stamp:
                return
            rows = list(graph.stream_for("read_search_entries", {}))
            self._build(rows)
            self._stamp = stamp

    def search(self, graph: Graph, key: str, label: str | None, limit: int) -> list[dict[str, Any]]:
        """Rows like `read_search` gave: id, label, names, aliases, country, rank."""
        self.refresh(graph)
        with self._lock:
            entries, blob = self._entries, self._blob
            starts, owners = self._line_starts, self._line_entry
        found: dict[int, int] = {}
        position = blob.find(key)
        while position != -1:
            owner = owners[bisect_right(starts, position) - 1]
            entry = entries[owner]
            if owner not in found and (label is None or entry.label == label):
                if key in entry.keys:
                    found[owner] = 0
                elif any(k.startswith(key) for k in entry.keys):
                    found[owner] = 1
                else:
                    found[owner] = 2
            position = blob.find(key, position + 1)
        ranked = sorted(found.items(), key=lambda item: (item[1], *entries[item[0]].order()))
        return [{**entries[i].shown, "rank": rank} for i, rank in ranked[:limit]]
