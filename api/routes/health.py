"""GET /health: is the API up, is the graph reachable, and what is in it."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from api.deps import GraphHolder
from api.schemas import GraphHealth, Health
from citygraph.errors import CitygraphError
from graph.reads import graph_counts

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health)
def health(request: Request, response: Response) -> Health:
    """API and graph status, engine kind and version, node and relationship counts."""
    holder: GraphHolder = request.app.state.graphs
    try:
        graph = holder.get()
        info = graph.info()
        nodes, relationships = graph_counts(graph)
    except CitygraphError as exc:
        holder.close()
        response.status_code = 503
        return Health(status="degraded", graph=GraphHealth(reachable=False, error=str(exc)))
    return Health(
        status="ok",
        graph=GraphHealth(
            reachable=True,
            engine=info.kind,
            version=info.version,
            uri=graph.uri,
            nodes=nodes,
            relationships=relationships,
        ),
    )
