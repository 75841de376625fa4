"""GET /timeline: every dated fact in a period."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from api.routes.common import ERRORS, get_graph, unprocessable
from api.schemas import TimelineItem, TimelineOut
from graph import reads
from graph.driver import Graph

router = APIRouter(tags=["timeline"], responses=ERRORS)


@router.get("/timeline", response_model=TimelineOut)
def timeline(
    graph: Annotated[Graph, Depends(get_graph)],
    date_from: Annotated[
        str | None,
        Query(alias="from", description="YYYY, YYYY-MM or YYYY-MM-DD", examples=["2013"]),
    ] = None,
    date_to: Annotated[
        str | None,
        Query(alias="to", description="YYYY, YYYY-MM or YYYY-MM-DD", examples=["2013-06"]),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
) -> TimelineOut:
    """Visits, signings, ties, participations… whose dates overlap [from, to], in time
    order (a year-precise fact overlaps every month of that year)."""
    with unprocessable():
        items, truncated = reads.timeline(graph, date_from, date_to, limit)
    return TimelineOut(
        from_=date_from or None,
        to=date_to or None,
        count=len(items),
        truncated=truncated,
        items=[TimelineItem.model_validate(i) for i in items],
    )
