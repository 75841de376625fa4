"""GET /sister-cities: a city's sister- and friendship-city ties."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from api.routes.common import ERRORS, get_graph, unprocessable
from api.schemas import EntityRef, SisterCitiesOut, TieOut
from graph import reads
from graph.driver import Graph
from graph.model import HOME_CITY_ID, TIE_STATUSES, Label

router = APIRouter(tags=["ties"], responses=ERRORS)


@router.get("/sister-cities", response_model=SisterCitiesOut)
def sister_cities(
    graph: Annotated[Graph, Depends(get_graph)],
    status: Annotated[
        str | None, Query(description=" | ".join(TIE_STATUSES), examples=["planned"])
    ] = None,
    city: Annotated[str | None, Query(description="a City id; the home city when omitted")] = None,
) -> SisterCitiesOut:
    """Ties with since, ordinal (e.g. 28th), status and the partner's country."""
    city_id = city or HOME_CITY_ID
    with unprocessable():
        ties = reads.sister_cities(graph, city_id, status)
    home = reads.require(graph, city_id, Label.CITY)
    return SisterCitiesOut(
        city=EntityRef.model_validate(home),
        status=status,
        count=len(ties),
        ties=[TieOut.model_validate(t) for t in ties],
    )
