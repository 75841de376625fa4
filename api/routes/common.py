"""What every read route shares: the graph dependency, error documentation, 422s."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import HTTPException

from api.deps import get_graph
from api.schemas import NotFound, Problem

__all__ = ["ERRORS", "get_graph", "unprocessable"]

#: The error answers of the read routes, for the OpenAPI document.
ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": NotFound, "description": "Unknown id; `closest` lists near matches"},
    422: {"model": Problem, "description": "A parameter is malformed or out of range"},
    503: {"model": Problem, "description": "The graph database cannot be reached"},
}


@contextmanager
def unprocessable() -> Iterator[None]:
    """Turn a ValueError raised while checking parameters into a 422 answer."""
    try:
        yield
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
