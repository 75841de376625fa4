"""GET /export: the whole graph or a neighbourhood as GraphML or CSV, streamed."""

from __future__ import annotations

import itertools
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse

from api.routes.common import ERRORS, get_graph, unprocessable
from graph.driver import Graph
from graph.export_formats import ExportFormat, export_chunks
from graph.exports import subgraph
from graph.neighbourhood import MAX_HOPS

router = APIRouter(tags=["export"], responses=ERRORS)


@router.get(
    "/export",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/graphml+xml": {}, "text/csv": {}}}},
)
def export(
    graph: Annotated[Graph, Depends(get_graph)],
    format: Annotated[
        ExportFormat, Query(description="graphml | nodes.csv | edges.csv | csv.zip (both CSVs)")
    ] = ExportFormat.GRAPHML,
    entity_id: Annotated[
        str | None,
        Query(alias="id", description="export this entity's neighbourhood, not the whole graph"),
    ] = None,
    hops: Annotated[int, Query(ge=1, le=MAX_HOPS, description="neighbourhood size")] = 1,
) -> StreamingResponse:
    """The graph for other tools (Gephi, Cytoscape, networkx, spreadsheets). The whole
    graph is read in pages as it is sent; with `id`, the neighbourhood of `hops`."""
    with unprocessable():
        sub = subgraph(graph, entity_id, hops)
    chunks = export_chunks(format, sub)
    first = next(chunks, b"")  # a graph that is down answers 503 here, before any byte
    name = format.filename if entity_id is None else f"neighbourhood-{format.filename}"
    return StreamingResponse(
        itertools.chain([first], chunks),
        media_type=format.media_type,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
