"""GET /series/{id}/attendance: who took part in each edition of a recurring event."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path

from api.routes.common import ERRORS, get_graph
from api.schemas import AttendanceOut
from graph import reads
from graph.driver import Graph

router = APIRouter(tags=["series"], responses=ERRORS)


@router.get("/series/{series_id:path}/attendance", response_model=AttendanceOut)
def attendance(
    graph: Annotated[Graph, Depends(get_graph)],
    series_id: Annotated[
        str,
        Path(description="an EventSeries id", examples=["series:kaohsiung-lantern-festival"]),
    ],
) -> AttendanceOut:
    """Per year: the cities that attended (people and offices count for their city),
    and separately those only invited or planned to; hosts apart. Rows inferred from
    statements such as 「每年」 are flagged `inferred`."""
    return AttendanceOut.model_validate(reads.attendance(graph, series_id))
