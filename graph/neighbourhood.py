"""An entity's neighbourhood: everything within a few hops, walked one hop at a time.

Each hop reads the relationships (MENTIONS aside) of the frontier's nodes, batched per
label so that every lookup uses the label's id index. The neighbourhood is the union
of the walks of at most `hops` steps from the centre: the nodes reached and the
relationships walked. `limit` bounds the relationships read; `truncated` says it was hit.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from graph.driver import Graph
from graph.model import check_label
from graph.reads import Ref, UnknownEntity, node
from graph.subgraph import GraphEdge, GraphNode, graph_edge, graph_node

MAX_HOPS = 3
MAX_EDGES = 5000


@dataclass(frozen=True)
class Neighbourhood:
    center: Ref
    hops: int
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    truncated: bool


def check_hops(hops: int) -> int:
    if not 1 <= hops <= MAX_HOPS:
        raise ValueError(f"hops must be between 1 and {MAX_HOPS}, not {hops}")
    return hops


def incident_rows(
    graph: Graph, frontier: Mapping[str, str], batch: int, limit: int
) -> Iterator[dict[str, Any]]:
    """The relationships of the frontier's nodes (id -> label), at most `limit` rows."""
    by_label: dict[str, list[str]] = {}
    for node_id, label in frontier.items():
        by_label.setdefault(label, []).append(node_id)
    left = limit
    for label, ids in sorted(by_label.items()):
        slots = {"label": check_label(label)}
        for start in range(0, len(ids), batch):
            if left <= 0:
                return
            rows = graph.read_for(
                "read_neighbours", slots, ids=ids[start : start + batch], limit=left
            )
            left -= len(rows)
            yield from rows


def neighbourhood(
    graph: Graph, entity_id: str, hops: int = 1, limit: int = MAX_EDGES
) -> Neighbourhood:
    """The entity and what lies within `hops` relationships of it; raises UnknownEntity."""
    check_hops(hops)
    if limit < 1:
        raise ValueError("limit must be at least 1")
    found = node(graph, entity_id)
    if found is None:
        raise UnknownEntity(entity_id)
    label, props = found
    nodes = {entity_id: graph_node(label, props, 0)}
    edges: dict[str, GraphEdge] = {}
    frontier = {entity_id: label}
    batch = graph.settings.export_batch_size
    read = 0
    for hop in range(1, hops + 1):
        reached: dict[str, str] = {}
        for row in incident_rows(graph, frontier, batch, limit - read):
            read += 1
            edge = graph_edge(row["type"], row["source"], row["target"], row["props"])
            edges.setdefault(edge.id, edge)
            other = row["other"]
            if other["id"] not in nodes:
                nodes[other["id"]] = graph_node(row["label"], other, hop)
                reached[other["id"]] = row["label"]
        frontier = reached
        if not frontier or read >= limit:
            break
    return Neighbourhood(
        center=Ref.of({**props, "label": label}),
        hops=hops,
        nodes=list(nodes.values()),
        edges=list(edges.values()),
        truncated=read >= limit,
    )
