"""Export formats: GraphML and CSV (nodes, edges, or both in a zip), written as a stream.

Every format has the same columns, so a node or an edge reads the same in each:
nodes `id, label, name_zh, name_en, aliases, country, lat, lon, year, sources,
properties`; edges `id, source, target, type, date, end, year, inferred, evidence,
evidence_sources, sources, properties`. Lists and the remaining properties are JSON
text. GraphML declares its keys up front (typed: lat/lon double, year long, inferred
boolean), so the file is written in one pass as nodes and edges arrive.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from graph.exports import Subgraph
from graph.subgraph import GraphEdge, GraphNode


class ExportFormat(StrEnum):
    GRAPHML = "graphml"
    NODES_CSV = "nodes.csv"
    EDGES_CSV = "edges.csv"
    CSV_ZIP = "csv.zip"

    @property
    def media_type(self) -> str:
        return {
            ExportFormat.GRAPHML: "application/graphml+xml",
            ExportFormat.CSV_ZIP: "application/zip",
        }.get(self, "text/csv; charset=utf-8")

    @property
    def filename(self) -> str:
        return f"citygraph.{self}" if self in (ExportFormat.GRAPHML, ExportFormat.CSV_ZIP) else self


NODE_COLUMNS = (
    "id", "label", "name_zh", "name_en", "aliases", "country", "lat", "lon", "year",
    "sources", "properties",
)  # fmt: skip
EDGE_COLUMNS = (
    "id", "source", "target", "type", "date", "end", "year", "inferred", "evidence",
    "evidence_sources", "sources", "properties",
)  # fmt: skip
#: Node properties promoted to columns of their own.
_PROMOTED = ("country", "lat", "lon", "year")
#: GraphML types of the typed columns (everything else is a string).
_TYPES = {"lat": "double", "lon": "double", "year": "long", "inferred": "boolean"}
_CHUNK = 64 * 1024
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _number(value: Any, kind: type) -> Any:
    try:
        return kind(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def node_record(node: GraphNode) -> dict[str, Any]:
    props = node.properties
    return {
        "id": node.id,
        "label": node.label,
        "name_zh": node.name_zh,
        "name_en": node.name_en,
        "aliases": _json(node.aliases),
        "country": props.get("country"),
        "lat": _number(props.get("lat"), float),
        "lon": _number(props.get("lon"), float),
        "year": _number(props.get("year"), int),
        "sources": _json(node.sources),
        "properties": _json({k: v for k, v in props.items() if k not in _PROMOTED}),
    }


def edge_record(edge: GraphEdge) -> dict[str, Any]:
    return {
        "id": edge.id,
        "source": edge.source,
        "target": edge.target,
        "type": edge.type,
        "date": edge.date,
        "end": edge.end,
        "year": edge.year,
        "inferred": edge.inferred,
        "evidence": _json([q.text for q in edge.evidence]),
        "evidence_sources": _json([q.source for q in edge.evidence]),
        "sources": _json(edge.sources),
        "properties": _json(edge.properties),
    }


def _buffered(pieces: Iterable[str]) -> Iterator[bytes]:
    """Join small text pieces into UTF-8 chunks of about 64 KiB."""
    buffer: list[str] = []
    size = 0
    for piece in pieces:
        buffer.append(piece)
        size += len(piece)
        if size >= _CHUNK:
            yield "".join(buffer).encode("utf-8")
            buffer, size = [], 0
    if buffer:
        yield "".join(buffer).encode("utf-8")


def csv_lines(columns: tuple[str, ...], records: Iterable[dict[str, Any]]) -> Iterator[str]:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow(record)
        yield out.getvalue()
        out.seek(0)
        out.truncate()
    yield out.getvalue()


def _xml_text(value: Any) -> str:
    text = str(value).lower() if isinstance(value, bool) else str(value)
    return escape(_XML_INVALID.sub("", text))


def _graphml_data(scope: str, record: dict[str, Any]) -> str:
    """<data> elements of a node or edge record (its id and ends are attributes)."""
    return "".join(
        f'<data key="{scope[0]}_{k}">{_xml_text(v)}</data>'
        for k, v in record.items()
        if k not in ("id", "source", "target") and v is not None and v != ""
    )


def graphml_lines(sub: Subgraph) -> Iterator[str]:
    yield (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
    )
    for scope, columns in (("node", NODE_COLUMNS), ("edge", EDGE_COLUMNS)):
        for column in columns:
            if column not in ("id", "source", "target"):
                yield (
                    f'  <key id="{scope[0]}_{column}" for="{scope}" attr.name="{column}" '
                    f'attr.type="{_TYPES.get(column, "string")}"/>\n'
                )
    yield '  <graph id="citygraph" edgedefault="directed">\n'
    for node in sub.nodes():
        data = _graphml_data("node", node_record(node))
        yield f"    <node id={quoteattr(node.id)}>{data}</node>\n"
    for edge in sub.edges():
        ends = f"source={quoteattr(edge.source)} target={quoteattr(edge.target)}"
        data = _graphml_data("edge", edge_record(edge))
        yield f"    <edge id={quoteattr(edge.id)} {ends}>{data}</edge>\n"
    yield "  </graph>\n</graphml>\n"


def _nodes_csv(sub: Subgraph) -> Iterator[str]:
    return csv_lines(NODE_COLUMNS, (node_record(n) for n in sub.nodes()))


def _edges_csv(sub: Subgraph) -> Iterator[str]:
    return csv_lines(EDGE_COLUMNS, (edge_record(e) for e in sub.edges()))


class _Sink(io.RawIOBase):
    """A write-only, unseekable stream whose bytes are taken as they come (for zipfile)."""

    def __init__(self) -> None:
        self._chunks: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._chunks.append(bytes(data))
        return len(data)

    def take(self) -> bytes:
        out = b"".join(self._chunks)
        self._chunks.clear()
        return out


def _zip(parts: dict[str, Callable[[], Iterator[str]]]) -> Iterator[bytes]:
    sink = _Sink()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, lines in parts.items():
            with archive.open(name, "w") as member:
                for chunk in _buffered(lines()):
                    member.write(chunk)
                    yield sink.take()
    yield sink.take()


def export_chunks(fmt: ExportFormat, sub: Subgraph) -> Iterator[bytes]:
    """The export as a stream of byte chunks."""
    if fmt == ExportFormat.GRAPHML:
        return _buffered(graphml_lines(sub))
    if fmt == ExportFormat.NODES_CSV:
        return _buffered(_nodes_csv(sub))
    if fmt == ExportFormat.EDGES_CSV:
        return _buffered(_edges_csv(sub))
    return _zip({"nodes.csv": lambda: _nodes_csv(sub), "edges.csv": lambda: _edges_csv(sub)})


def write_export(fmt: ExportFormat, sub: Subgraph, out: Path) -> None:
    """Write the export to a file, replacing it only once it is complete."""
    partial = out.with_name(out.name + ".partial")
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        with partial.open("wb") as handle:
            for chunk in export_chunks(fmt, sub):
                handle.write(chunk)
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
