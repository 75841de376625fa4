"""Writes to the graph: schema, and one report's facts replacing what it said before.

Every write is a batched, parameterized `UNWIND … MERGE` from a `cypher/` file. A
report is loaded in one transaction: its earlier contribution is retracted and the
new one written, so a failure at any point leaves the graph as it was.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from neo4j import ManagedTransaction

from citygraph.errors import GraphWriteError
from graph.driver import Graph
from graph.model import CORRECTED, ENDPOINTS, Entity, Extraction, Label, Relation, RelType
from graph.queries import cypher, render, statements
from graph.search_keys import search_keys

T = TypeVar("T")


def apply_schema(graph: Graph) -> int:
    """Create every constraint and index of `cypher/schema.cypher` that is missing.

    Returns how many were created; running it again creates none.
    """
    created = 0
    with graph.session() as session:
        for statement in statements("schema"):
            counters = session.run(statement).consume().counters
            created += counters.constraints_added + counters.indexes_added
    return created


def clear_graph(graph: Graph) -> None:
    """Delete every node and relationship."""
    graph.write(lambda tx: tx.run(cypher("delete_all")).consume())


#: Most characters of evidence text in one batch. A Bolt message over 16 MB is refused
#: by ArcadeDB, and the driver then hangs on the connection reset instead of failing;
#: 2M characters stay under it even as 3-byte UTF-8 with the rest of the rows.
MAX_BATCH_TEXT = 2_000_000


def batches(rows: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _text_size(row: Any) -> int:
    evidence = row.get("evidence") if isinstance(row, dict) else None
    return sum(len(text) for text in evidence) if evidence else 0


def row_batches(
    rows: Sequence[T], size: int, max_text: int = MAX_BATCH_TEXT
) -> Iterator[Sequence[T]]:
    """Batches of at most `size` rows and, past the first row, `max_text` characters of
    evidence (rows with long evidence sentences go in smaller batches)."""
    start = 0
    while start < len(rows):
        end, text = start, 0
        while end < len(rows) and end - start < size:
            text += _text_size(rows[end])
            if end > start and text > max_text:
                break
            end += 1
        yield rows[start:end]
        start = end


@dataclass(frozen=True)
class WriteCounts:
    nodes: int
    relationships: int


def node_row(entity: Entity) -> dict[str, Any]:
    names = [entity.name_zh, entity.name_en, *entity.aliases]
    return {
        "id": entity.id,
        "name_zh": entity.name_zh,
        "name_en": entity.name_en,
        "aliases": list(entity.aliases),
        "search_keys": search_keys(names),
        "props": {k: v for k, v in entity.properties.items() if v is not None},
    }


def relation_row(relation: Relation) -> dict[str, Any]:
    """A relationship as merge_relations writes it. Whether a reader added or changed
    it (`corrected`, loaders.corrections) is kept per report, as its sources are, so a
    report loaded again without its corrections takes their mark away."""
    return {
        "key": relation.key,
        "from": relation.source,
        "to": relation.target,
        "corrected": bool(relation.properties.get(CORRECTED)),
        "props": {k: v for k, v in relation.properties.items() if v is not None and k != CORRECTED},
        "evidence": [e.text for e in relation.evidence],
        "evidence_spans": [f"{e.start}-{e.end}" for e in relation.evidence],
    }


def write_nodes(
    tx: ManagedTransaction, label: Label, entities: Sequence[Entity], source: str, batch: int
) -> int:
    query = render("merge_nodes", label=label)
    written = 0
    for chunk in batches([node_row(e) for e in entities], batch):
        written += tx.run(query, rows=list(chunk), source=source).single(strict=True)["written"]
    return written


def write_relations(
    tx: ManagedTransaction,
    rel_type: RelType,
    from_label: Label,
    to_label: Label,
    relations: Sequence[Relation],
    source: str,
    batch: int,
) -> int:
    """Upsert relationships; raise GraphWriteError if any endpoint is missing."""
    allowed_from, allowed_to = ENDPOINTS[rel_type]
    if from_label not in allowed_from or to_label not in allowed_to:
        raise GraphWriteError(f"{rel_type} may not run from {from_label} to {to_label}")
    query = render("merge_relations", rel_type=rel_type, from_label=from_label, to_label=to_label)
    # one row per fact: merge_relations appends a report's evidence and source once
    rows: dict[str, dict[str, Any]] = {}
    for relation in relations:
        row = relation_row(relation)
        known = rows.setdefault(row["key"], row)
        if known is not row:
            known["props"] = row["props"] | known["props"]
            known["corrected"] = known["corrected"] or row["corrected"]
            known["evidence"] += row["evidence"]
            known["evidence_spans"] += row["evidence_spans"]
    written = 0
    for chunk in row_batches(list(rows.values()), batch):
        count = tx.run(query, rows=list(chunk), source=source).single(strict=True)["written"]
        if count != len(chunk):
            ids = sorted({row["from"] for row in chunk} | {row["to"] for row in chunk})
            missing = [r["id"] for r in tx.run(cypher("missing_ids"), ids=ids)]
            raise GraphWriteError(
                f"{rel_type}: {len(chunk) - count} of {len(chunk)} relationships have an end "
                f"that is not in the graph (missing: {', '.join(missing) or 'label mismatch'}); "
                "nothing was written"
            )
        written += count
    return written


def retract_source(tx: ManagedTransaction, source: str) -> None:
    """Remove what report `source` contributed (see `cypher/retract_source.cypher`)."""
    for statement in statements("retract_source"):
        tx.run(statement, source=source).consume()


def _labels_by_id(entities: Iterable[Entity]) -> dict[str, Label]:
    return {e.id: e.label for e in entities}


def write_extraction(
    tx: ManagedTransaction, extraction: Extraction, batch: int = 500
) -> WriteCounts:
    """Replace one report's contribution with `extraction` (exactly one source)."""
    if len(extraction.sources) != 1:
        raise ValueError("write_extraction takes the extraction of exactly one report")
    doc = extraction.sources[0]
    retract_source(tx, doc.id)
    labels = _labels_by_id(extraction.entities)
    props = {
        "title": doc.title,
        "path": doc.path,
        "sha256": doc.sha256,
        "period_start": doc.period_start,
        "period_end": doc.period_end,
    }
    tx.run(  # first: merge_nodes gives each entity its MENTIONS edge from it
        cypher("merge_source"),
        source=doc.id,
        props={k: v for k, v in props.items() if v is not None},
        loaded_at=time.time_ns(),
    ).consume()

    nodes = 0
    by_label: dict[Label, dict[str, Entity]] = defaultdict(dict)
    for entity in extraction.entities:
        by_label[entity.label].setdefault(entity.id, entity)  # one MENTIONS per entity
    for label, group in by_label.items():
        nodes += write_nodes(tx, label, list(group.values()), doc.id, batch)

    rels = 0
    grouped: dict[tuple[RelType, Label, Label], list[Relation]] = defaultdict(list)
    for relation in extraction.relations:
        try:
            key = (relation.type, labels[relation.source], labels[relation.target])
        except KeyError as exc:
            raise GraphWriteError(
                f"{relation.type} refers to entity {exc.args[0]!r}, which the extraction lacks"
            ) from None
        grouped[key].append(relation)
    for (rel_type, from_label, to_label), group in grouped.items():
        rels += write_relations(tx, rel_type, from_label, to_label, group, doc.id, batch)

    return WriteCounts(nodes=nodes + 1, relationships=rels)


def load_extraction(graph: Graph, extraction: Extraction) -> WriteCounts:
    """Load one report's extraction in a single transaction."""
    batch = graph.settings.write_batch_size
    return graph.write(lambda tx: write_extraction(tx, extraction, batch))
