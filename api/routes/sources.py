"""GET /sources and GET /sources/{id}: the loaded reports."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path

from api.routes.common import ERRORS, get_graph
from api.schemas import SourceDetailOut, SourceOut
from graph import reads
from graph.driver import Graph

router = APIRouter(tags=["sources"], responses=ERRORS)


@router.get("/sources", response_model=list[SourceOut])
def list_sources(graph: Annotated[Graph, Depends(get_graph)]) -> list[SourceOut]:
    """Every loaded report chapter, oldest period first, with what it contributed."""
    return [SourceOut.model_validate(s) for s in reads.sources(graph)]


@router.get("/sources/{source_id:path}", response_model=SourceDetailOut)
def get_source(
    graph: Annotated[Graph, Depends(get_graph)],
    source_id: Annotated[str, Path(description="a Source id")],
) -> SourceDetailOut:
    """One report: its period, and its entities per label and relationships per type."""
    return SourceDetailOut.model_validate(reads.source(graph, source_id))
