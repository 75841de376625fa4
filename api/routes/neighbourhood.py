"""GET /entities/{id}/neighbourhood and GET /sister-cities/places: what the explorer draws."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from api.routes.common import ERRORS, get_graph, unprocessable
from api.schemas_explore import NeighbourhoodOut, TieMapOut
from graph import neighbourhood as hood
from graph.driver import Graph
from graph.model import HOME_CITY_ID
from graph.places import tie_map

router = APIRouter(tags=["explore"], responses=ERRORS)


# Registered before /entities/{id:path} so that '/neighbourhood' is not read as part of an id.
@router.get("/entities/{entity_id:path}/neighbourhood", response_model=NeighbourhoodOut)
def neighbourhood(
    graph: Annotated[Graph, Depends(get_graph)],
    entity_id: Annotated[str, Path(examples=["city:kr:busan"])],
    hops: Annotated[int, Query(ge=1, le=hood.MAX_HOPS, description="walk length")] = 1,
    limit: Annotated[
        int, Query(ge=1, le=hood.MAX_EDGES, description="most relationships read")
    ] = 500,
) -> NeighbourhoodOut:
    """The entity, the nodes within `hops` relationships (report mentions aside) and the
    relationships walked, each with its evidence sentences: a graph to draw."""
    with unprocessable():
        found = hood.neighbourhood(graph, entity_id, hops, limit)
    return NeighbourhoodOut.model_validate(found)


@router.get("/sister-cities/places", response_model=TieMapOut)
def places(
    graph: Annotated[Graph, Depends(get_graph)],
    city: Annotated[str | None, Query(description="a City id; the home city when omitted")] = None,
) -> TieMapOut:
    """The city and its sister- and friendship-city partners with their coordinates."""
    return TieMapOut.model_validate(tie_map(graph, city or HOME_CITY_ID))
