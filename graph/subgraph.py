"""Nodes and edges as plain records: what the explorer draws and the exports write.

A node keeps its label, bilingual names and every property but the search keys; an
edge keeps its type, ends, time (as `graph.reads.when` reads it), evidence sentences
with their reports, and its other properties.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from graph.reads import Fact

#: Node properties kept out of `properties`: fields of their own, or search machinery.
_NODE_FIELDS = frozenset({"id", "name_zh", "name_en", "aliases", "search_keys", "sources"})


@dataclass(frozen=True)
class GraphNode:
    id: str
    label: str
    name_zh: str
    name_en: str
    aliases: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)
    hops: int = 0  # distance from the neighbourhood's centre (0 in whole-graph exports)


@dataclass(frozen=True, kw_only=True)
class GraphEdge(Fact):
    id: str
    type: str
    source: str
    target: str


def graph_node(label: str, props: Mapping[str, Any], hops: int = 0) -> GraphNode:
    return GraphNode(
        id=props["id"],
        label=label,
        name_zh=props.get("name_zh") or "",
        name_en=props.get("name_en") or "",
        aliases=list(props.get("aliases") or []),
        sources=list(props.get("sources") or []),
        properties={k: v for k, v in props.items() if k not in _NODE_FIELDS},
        hops=hops,
    )


def graph_edge(rel_type: str, source: str, target: str, props: Mapping[str, Any]) -> GraphEdge:
    key = props.get("key") or ""
    return GraphEdge(
        id=f"{rel_type}:{source}->{target}" + (f":{key}" if key else ""),
        type=rel_type,
        source=source,
        target=target,
        **Fact.fields(props),
    )
