"""Response models of the explorer's endpoints: neighbourhoods and the partner map."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from api.schemas import EntityRef, Evidence, Model


class NodeOut(Model):
    id: str = Field(examples=["city:kr:busan"])
    label: str = Field(examples=["City"])
    name_zh: str = Field(examples=["釜山"])
    name_en: str = Field("", examples=["Busan"])
    aliases: list[str] = Field(default_factory=list)
    properties: dict[str, Any] = Field(default_factory=dict, examples=[{"country": "KR"}])
    hops: int = Field(0, description="relationships from the centre", examples=[1])


class EdgeOut(Model):
    id: str = Field(examples=["VISITED:person:鄭京鎮->city:tw:kaohsiung:3f2a9c1d0b7e4a11"])
    type: str = Field(examples=["VISITED"])
    source: str = Field(examples=["person:鄭京鎮"])
    target: str = Field(examples=["city:tw:kaohsiung"])
    date: str | None = Field(None, examples=["2015-10"])
    end: str | None = None
    year: int | None = Field(None, examples=[2015])
    properties: dict[str, Any] = Field(default_factory=dict)
    evidence: list[Evidence] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    inferred: bool = False


class NeighbourhoodOut(Model):
    center: EntityRef
    hops: int = Field(examples=[1])
    truncated: bool = Field(description="more relationships than `limit` were reachable")
    nodes: list[NodeOut]
    edges: list[EdgeOut]


class PlaceOut(Model):
    id: str = Field(examples=["city:kr:busan"])
    name_zh: str = Field(examples=["釜山"])
    name_en: str = Field("", examples=["Busan"])
    country: str | None = Field(None, examples=["KR"])
    lat: float | None = Field(None, examples=[35.1796])
    lon: float | None = Field(None, examples=[129.0756])


class TiePlaceOut(Model):
    type: str = Field(examples=["SISTER_CITY_OF"])
    status: str | None = Field(None, examples=["signed"])
    since: str | None = Field(None, examples=["2013-06-09"])
    year: int | None = Field(None, examples=[2013])
    ordinal: int | None = Field(None, examples=[28])
    partner: PlaceOut
    evidence: list[Evidence] = Field(default_factory=list)


class TieMapOut(Model):
    home: PlaceOut
    ties: list[TiePlaceOut]
