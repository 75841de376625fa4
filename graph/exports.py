"""What an export contains: the whole graph, read in pages, or one neighbourhood.

The whole graph is read label by label in keyset pages of CITYGRAPH_EXPORT_BATCH_SIZE
nodes (`WHERE n.id > $after ORDER BY n.id`), and its relationships page by page of
their start nodes, so memory and each query stay bounded however large the graph is.
Everything is exported, Source nodes and MENTIONS included. A neighbourhood export is
the neighbourhood of `graph.neighbourhood` (facts only, no MENTIONS).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from graph.driver import Graph
from graph.model import Label
from graph.neighbourhood import check_hops, neighbourhood
from graph.subgraph import GraphEdge, GraphNode, graph_edge, graph_node

#: Most relationships a neighbourhood export reads.
MAX_EXPORT_EDGES = 200_000


class Subgraph(Protocol):
    """Nodes and edges to export; each may be iterated more than once."""

    def nodes(self) -> Iterator[GraphNode]: ...

    def edges(self) -> Iterator[GraphEdge]: ...


@dataclass(frozen=True)
class WholeGraph:
    graph: Graph

    def _pages(self, label: Label) -> Iterator[list[dict[str, Any]]]:
        batch = self.graph.settings.export_batch_size
        after = ""
        while True:
            rows = self.graph.read_for("export_nodes", {"label": label}, after=after, batch=batch)
            if rows:
                yield rows
            if len(rows) < batch:
                return
            after = rows[-1]["props"]["id"]

    def nodes(self) -> Iterator[GraphNode]:
        for label in Label:
            for page in self._pages(label):
                for row in page:
                    yield graph_node(str(label), row["props"])

    def edges(self) -> Iterator[GraphEdge]:
        for label in Label:
            for page in self._pages(label):
                ids = [row["props"]["id"] for row in page]
                for row in self.graph.read_for("export_relations", {"label": label}, ids=ids):
                    yield graph_edge(row["type"], row["source"], row["target"], row["props"])


@dataclass(frozen=True)
class FixedSubgraph:
    node_list: list[GraphNode]
    edge_list: list[GraphEdge]

    def nodes(self) -> Iterator[GraphNode]:
        return iter(self.node_list)

    def edges(self) -> Iterator[GraphEdge]:
        return iter(self.edge_list)


def subgraph(graph: Graph, entity_id: str | None = None, hops: int = 1) -> Subgraph:
    """The whole graph, or the neighbourhood of `entity_id` (raises UnknownEntity)."""
    if entity_id is None:
        return WholeGraph(graph)
    found = neighbourhood(graph, entity_id, check_hops(hops), MAX_EXPORT_EDGES)
    return FixedSubgraph(found.nodes, found.edges)
