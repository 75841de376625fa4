"""GET /search: entities by Chinese or English name or alias, best match first."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from api.routes.common import ERRORS, get_graph, unprocessable
from api.schemas import SearchHit, SearchResult
from graph import reads
from graph.driver import Graph
from graph.model import Label
from loaders.reading import match_key

router = APIRouter(tags=["search"], responses=ERRORS)


@router.get("/search", response_model=SearchResult)
def search(
    graph: Annotated[Graph, Depends(get_graph)],
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            description="a name: 釜山, 釜山 (simplified), Busan",
            examples=["釜山"],
        ),
    ],
    label: Annotated[Label | None, Query(description="only entities of this label")] = None,
    limit: Annotated[int, Query(ge=1, le=reads.MAX_SEARCH)] = 20,
) -> SearchResult:
    """Case-, width- and script-insensitive: simplified input meets traditional names.

    Ranked: a name equal to the query, then names starting with it, then names
    containing it; shorter names first.
    """
    with unprocessable():
        hits = reads.search(graph, q, str(label) if label else None, limit)
    return SearchResult(
        q=q,
        key=match_key(q),
        label=str(label) if label else None,
        hits=[SearchHit.model_validate(h) for h in hits],
    )
