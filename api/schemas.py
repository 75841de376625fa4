"""Response models of the HTTP API (pydantic v2)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


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


# -- shared pieces ---------------------------------------------------------------------


class Model(BaseModel):
    """Response models read the dataclasses of `graph.reads` by attribute."""

    model_config = ConfigDict(from_attributes=True, populate_by_name=True)


class EntityRef(Model):
    id: str = Field(examples=["city:kr:busan"])
    label: str = Field(examples=["City"])
    name_zh: str = Field("", examples=["釜山"])
    name_en: str = Field("", examples=["Busan"])
    country: str | None = Field(None, description="ISO 3166-1 alpha-2", examples=["KR"])


class Evidence(Model):
    text: str = Field(examples=["10月韓國釜山市副市長鄭京鎮率團來訪。"])
    source: str | None = Field(None, description="Source (report) id", examples=["src:104-h2"])
    span: str | None = Field(None, description="start-end offsets in the report", examples=["0-19"])


class FactFields(Model):
    properties: dict[str, Any] = Field(default_factory=dict, examples=[{"purpose": "訪問"}])
    evidence: list[Evidence] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list, examples=[["src:104-h2"]])
    inferred: bool = Field(False, description="derived (e.g. from 「每年」), not stated")


class Problem(BaseModel):
    detail: str | list[Any] = Field(examples=["from must be YYYY, YYYY-MM or YYYY-MM-DD"])


# -- search and entities ---------------------------------------------------------------


class SearchHit(Model):
    id: str = Field(examples=["city:kr:busan"])
    label: str = Field(examples=["City"])
    name_zh: str = Field(examples=["釜山"])
    name_en: str = Field(examples=["Busan"])
    aliases: list[str] = Field(default_factory=list, examples=[["釜山市", "韓國釜山市"]])
    country: str | None = Field(None, examples=["KR"])
    match: str = Field(examples=["exact"], description="exact | prefix | contains")


class NotFound(BaseModel):
    """404: the id is unknown; `closest` are entities with the nearest names."""

    detail: str = Field(examples=["no entity with id 'city:kr:busann'"])
    closest: list[SearchHit] = Field(default_factory=list)


class SearchResult(Model):
    q: str = Field(examples=["釜山"])
    key: str = Field(description="the normalized form compared", examples=["釜山"])
    label: str | None = Field(None, examples=["City"])
    hits: list[SearchHit]


class Relationship(FactFields):
    type: str = Field(examples=["VISITED"])
    direction: str = Field(examples=["in"], description="out | in | both (undirected ties)")
    other: EntityRef
    date: str | None = Field(None, examples=["2015-10"])
    end: str | None = Field(None, examples=[None])
    year: int | None = Field(None, examples=[2015])


class EntityOut(Model):
    id: str = Field(examples=["city:kr:busan"])
    label: str = Field(examples=["City"])
    name_zh: str = Field(examples=["釜山"])
    name_en: str = Field(examples=["Busan"])
    aliases: list[str] = Field(default_factory=list, examples=[["釜山市"]])
    properties: dict[str, Any] = Field(
        default_factory=dict, examples=[{"country": "KR", "admin_level": "city"}]
    )
    sources: list[str] = Field(default_factory=list)
    relationships: dict[str, list[Relationship]] = Field(
        default_factory=dict, description="grouped by relationship type"
    )


# -- contacts --------------------------------------------------------------------------


class Via(Model):
    id: str = Field(examples=["person:鄭京鎮"])
    label: str = Field(examples=["Person"])
    name_zh: str = Field(examples=["鄭京鎮"])
    name_en: str = Field("", examples=["Chung Kyung-jin"])
    link: str = Field(examples=["HOLDS_TITLE"], description="HOLDS_TITLE | LOCATED_IN | EDITION_OF")
    title_zh: str | None = Field(None, examples=["副市長"])
    title_en: str | None = Field(None, examples=["Vice Mayor"])
    former: bool | None = None
    through: EntityRef | None = Field(None, description="the office between, if any")


class Counterpart(EntityRef):
    relation: str | None = Field(
        None,
        description="null: the other end; PARTICIPATED_IN/HOSTED: another party of a shared "
        "event; EVENT: the event of an invitation",
        examples=[None],
    )
    status: str | None = None
    role: str | None = None
    inferred: bool = False


class Contact(FactFields):
    date: str | None = Field(None, examples=["2015-10"])
    end: str | None = None
    year: int | None = Field(None, examples=[2015])
    kind: str = Field(examples=["VISITED"])
    direction: str = Field(examples=["out"])
    counterparts: list[Counterpart]
    via: Via | None = None


class ContactsOut(Model):
    entity: EntityRef
    from_: str | None = Field(None, alias="from", examples=["2013"])
    to: str | None = Field(None, examples=["2015-12"])
    count: int = Field(examples=[8])
    contacts: list[Contact]


# -- series attendance -----------------------------------------------------------------


class AttendanceRow(Model):
    party: EntityRef = Field(description="the city (or the party itself when no city is known)")
    status: str = Field(examples=["attended"], description="attended | invited | planned")
    roles: list[str] = Field(default_factory=list, examples=[["delegation head"]])
    via: list[Via] = Field(default_factory=list, description="people or offices it came through")
    inferred: bool = Field(False, description="every fact behind the row was inferred")
    evidence: list[Evidence] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)


class EditionOut(Model):
    id: str = Field(examples=["event:kaohsiung-lantern-festival:2013"])
    name_zh: str = Field(examples=["2013高雄燈會藝術節"])
    name_en: str = ""
    start: str | None = Field(None, examples=["2013-02-23"])
    end: str | None = Field(None, examples=["2013-03-10"])
    year: int | None = Field(None, examples=[2013])


class AttendanceYear(Model):
    year: int | None = Field(examples=[2013])
    editions: list[EditionOut]
    hosts: list[EntityRef]
    attended: list[AttendanceRow]
    invited: list[AttendanceRow] = Field(description="invited or planned, not attended")


class AttendanceOut(Model):
    series: EntityRef
    years: list[AttendanceYear]


# -- ties, paths, timeline -------------------------------------------------------------


class TieOut(Model):
    type: str = Field(examples=["SISTER_CITY_OF"])
    partner: EntityRef
    since: str | None = Field(None, examples=["2013-06-09"])
    ordinal: int | None = Field(None, examples=[28])
    status: str | None = Field(None, examples=["signed"])
    year: int | None = Field(None, examples=[2013])
    evidence: list[Evidence] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    inferred: bool = False


class SisterCitiesOut(Model):
    city: EntityRef
    status: str | None = Field(None, examples=["signed"])
    count: int
    ties: list[TieOut]


class PathStep(Model):
    type: str = Field(examples=["HOLDS_TITLE"])
    source: str = Field(examples=["person:鄭京鎮"])
    target: str = Field(examples=["city:kr:busan"])
    properties: dict[str, Any] = Field(default_factory=dict)
    evidence: list[Evidence] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)


class PathOut(Model):
    length: int = Field(examples=[2])
    nodes: list[EntityRef]
    relationships: list[PathStep]


class PathsOut(Model):
    from_: str = Field(alias="from", examples=["person:鄭京鎮"])
    to: str = Field(examples=["city:tw:kaohsiung"])
    max_hops: int = Field(examples=[4])
    paths: list[PathOut]


class TimelineItem(FactFields):
    date: str = Field(examples=["2013-06-09"])
    end: str | None = None
    year: int | None = Field(None, examples=[2013])
    kind: str = Field(examples=["SISTER_CITY_OF"])
    source: EntityRef
    target: EntityRef


class TimelineOut(Model):
    from_: str | None = Field(None, alias="from", examples=["2013"])
    to: str | None = Field(None, examples=["2013-06"])
    count: int
    truncated: bool = Field(description="more facts matched than `limit`")
    items: list[TimelineItem]


# -- reports ---------------------------------------------------------------------------


class SourceOut(Model):
    id: str = Field(examples=["src:kaohsiung-102-h1"])
    title: str = Field(examples=["貳拾、國際事務"])
    path: str | None = None
    sha256: str | None = None
    period_start: str | None = Field(None, examples=["2013-01"])
    period_end: str | None = Field(None, examples=["2013-06"])
    entities: int = Field(examples=[120])
    relations: int = Field(examples=[240])


class SourceDetailOut(SourceOut):
    entities_by_label: dict[str, int] = Field(examples=[{"City": 30, "Person": 40}])
    relations_by_type: dict[str, int] = Field(examples=[{"VISITED": 25}])


class CorrectionsApplied(Model):
    """What the report's corrections file changed in what the rules read."""

    added: int = Field(description="facts a reader added", examples=[2])
    changed: int = Field(description="facts read that a reader gave other properties", examples=[0])
    removed: int = Field(description="facts read that a reader removed", examples=[1])
    renamed: int = Field(
        description="entities a reader gave another name, Chinese or English (or an event "
        "its days)",
        examples=[1],
    )
    merged: int = Field(
        description="entities a reader found to be another, their facts now that one's",
        examples=[0],
    )
    idle: list[str] = Field(
        description="entries with nothing to do (read already, or matching nothing read)",
        examples=[["add #3 is read already"]],
    )


class ReportLoaded(Model):
    source_id: str = Field(examples=["src:kaohsiung-104-h2"])
    title: str = Field(examples=["貳拾參、國際事務"])
    period_start: str | None = Field(None, examples=["2015-07"])
    period_end: str | None = Field(None, examples=["2015-12"])
    period: str = Field(
        description="start..end, or `unknown` when the text states no period and none was given",
        examples=["2015-07..2015-12"],
    )
    replaced: bool = Field(
        description="a report for the same period (or, without a period, the same text) had "
        "been loaded before and was replaced"
    )
    replaces: str | None = Field(
        None, description="the file name of the report replaced", examples=["104-h2.txt"]
    )
    entities: int = Field(description="entities extracted from the report", examples=[120])
    relations: int = Field(description="relations extracted from the report", examples=[240])
    nodes_added: int = Field(description="net change in the graph's node count", examples=[80])
    relationships_added: int = Field(
        description="net change in the graph's relationship count", examples=[300]
    )
    corrections: CorrectionsApplied | None = Field(
        None, description="what the uploaded corrections file changed; null without one"
    )
