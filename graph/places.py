"""Where a city's partners are: its sister- and friendship-city ties with coordinates."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graph.driver import Graph
from graph.model import Label
from graph.reads import Quote, UnknownEntity, quotes, when


@dataclass(frozen=True)
class Place:
    id: str
    name_zh: str
    name_en: str
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class TiePlace:
    type: str
    status: str | None
    since: str | None
    year: int | None
    ordinal: int | None
    partner: Place
    evidence: list[Quote]


@dataclass(frozen=True)
class TieMap:
    home: Place
    ties: list[TiePlace]


def _coordinate(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def place(props: Mapping[str, Any]) -> Place:
    return Place(
        id=props["id"],
        name_zh=props.get("name_zh") or "",
        name_en=props.get("name_en") or "",
        country=props.get("country"),
        lat=_coordinate(props.get("lat")),
        lon=_coordinate(props.get("lon")),
    )


def tie_map(graph: Graph, city_id: str) -> TieMap:
    """The city and its partners, each with lat/lon where known; raises UnknownEntity."""
    rows = graph.read("read_tie_places", id=city_id)
    if not rows:
        raise UnknownEntity(city_id, Label.CITY)
    ties = []
    for tie in rows[0]["ties"]:
        props = tie["props"]
        ordinal = props.get("ordinal")
        ties.append(
            TiePlace(
                type=tie["type"],
                status=props.get("status"),
                since=props.get("since"),
                year=when(props)[2],
                ordinal=int(ordinal) if ordinal is not None else None,
                partner=place(tie["partner"]),
                evidence=quotes(props),
            )
        )
    ties.sort(key=lambda t: (t.ordinal is None, t.ordinal or 0, t.partner.name_en))
    return TieMap(home=place(rows[0]["home"]), ties=ties)
