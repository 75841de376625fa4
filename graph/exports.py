"""What an export contains: the whole graph, streamed, or one neighbourhood.

The whole graph is read label by label, nodes and then relationships (each at its
start node), each as one streamed read: the driver fetches CITYGRAPH_EXPORT_BATCH_SIZE
rows at a time while the export is written, so memory stays flat however large the
graph is (measured on the 2-core machine: 50k nodes and 100k relationships to GraphML
in ~35 s at ~70 MB resident, most of it in the driver decoding rows).
Everything is exported, Source nodes and MENTIONS included. A neighbourhood export is
the neighbourhood of `graph.neighbourhood` (facts only, no MENTIONS).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

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

    def nodes(self) -> Iterator[GraphNode]:
        for label in Label:
            for row in self.graph.stream_for("export_nodes", {"label": label}):
                yield graph_node(str(label), row["props"])

    def edges(self) -> Iterator[GraphEdge]:
        for label in Label:
            for row in self.graph.stream_for("export_relations", {"label": label}):
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
