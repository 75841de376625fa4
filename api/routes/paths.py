"""GET /paths: the shortest connections between two entities."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from api.routes.common import ERRORS, get_graph, unprocessable
from api.schemas import PathOut, PathsOut
from graph import reads
from graph.driver import Graph

router = APIRouter(tags=["paths"], responses=ERRORS)


@router.get("/paths", response_model=PathsOut)
def paths(
    graph: Annotated[Graph, Depends(get_graph)],
    from_id: Annotated[str, Query(alias="from", min_length=1, examples=["person:鄭京鎮"])],
    to_id: Annotated[str, Query(alias="to", min_length=1, examples=["city:mv:male"])],
    max_hops: Annotated[int, Query(ge=1, le=reads.MAX_HOPS)] = 4,
    limit: Annotated[int, Query(ge=1, le=50, description="most paths returned")] = 10,
) -> PathsOut:
    """All shortest paths (over facts, not report mentions) of at most `max_hops`
    relationships, each relationship with its evidence."""
    with unprocessable():
        found = reads.paths(graph, from_id, to_id, max_hops, limit)
    return PathsOut(
        from_=from_id,
        to=to_id,
        max_hops=max_hops,
        paths=[PathOut.model_validate(p) for p in found],
    )
