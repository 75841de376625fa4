"""Response models of the HTTP API (pydantic v2)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class GraphHealth(BaseModel):
    reachable: bool
    engine: str | None = Field(None, examples=["arcadedb"])
    version: str | None = Field(None, examples=["26.10.2"])
    uri: str | None = None
    nodes: dict[str, int] = Field(default_factory=dict, examples=[{"City": 42}])
    relationships: dict[str, int] = Field(default_factory=dict, examples=[{"VISITED": 17}])
    error: str | None = None


class Health(BaseModel):
    status: str = Field(examples=["ok"])
    graph: GraphHealth
