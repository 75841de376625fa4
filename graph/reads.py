"""Read-side functions over the named queries in `cypher/`."""

from __future__ import annotations

from graph.driver import Graph


def graph_counts(graph: Graph) -> tuple[dict[str, int], dict[str, int]]:
    """Nodes per label and relationships per type."""
    nodes = {r["label"]: r["count"] for r in graph.read("count_nodes")}
    rels = {r["type"]: r["count"] for r in graph.read("count_relationships")}
    return nodes, rels
