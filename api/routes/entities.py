"""GET /entities/{id} and GET /entities/{id}/contacts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from api.routes.common import ERRORS, get_graph, unprocessable
from api.schemas import Contact, ContactsOut, EntityOut, EntityRef
from graph import reads
from graph.driver import Graph

router = APIRouter(tags=["entities"], responses=ERRORS)

EntityId = Annotated[
    str, Path(description="an entity id, e.g. city:kr:busan", examples=["city:kr:busan"])
]
DateFrom = Annotated[
    str | None,
    Query(alias="from", description="YYYY, YYYY-MM or YYYY-MM-DD", examples=["2013"]),
]
DateTo = Annotated[
    str | None,
    Query(alias="to", description="YYYY, YYYY-MM or YYYY-MM-DD", examples=["2015-12"]),
]


# Registered before /entities/{id:path} so that '/contacts' is not read as part of an id.
@router.get("/entities/{entity_id:path}/contacts", response_model=ContactsOut)
def contacts(
    graph: Annotated[Graph, Depends(get_graph)],
    entity_id: EntityId,
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> ContactsOut:
    """Every contact with the entity, in time order, each with its evidence and report.

    Its own relationships; those of its people (HOLDS_TITLE) and offices or places
    (LOCATED_IN), shown with `via`; and for events it attended or hosted, the other
    parties. `from`/`to` keep contacts whose dates overlap the period.
    """
    with unprocessable():
        found = reads.contacts(graph, entity_id, date_from, date_to)
    return ContactsOut(
        entity=EntityRef.model_validate(found.entity),
        from_=date_from or None,
        to=date_to or None,
        count=len(found.contacts),
        contacts=[Contact.model_validate(c) for c in found.contacts],
    )


@router.get("/entities/{entity_id:path}", response_model=EntityOut)
def entity(graph: Annotated[Graph, Depends(get_graph)], entity_id: EntityId) -> EntityOut:
    """The entity, its properties, and its relationships grouped by type, each with the
    sentences that state it and their reports."""
    return EntityOut.model_validate(reads.entity(graph, entity_id))
