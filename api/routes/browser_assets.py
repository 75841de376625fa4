"""GET /browser/…: the Neo4j Browser style, guide and example queries.

Neo4j Browser fetches these from the user's browser (`:style URL`, `:play URL`,
docker-compose's browser.post_connect_cmd), so they are sent with
`Access-Control-Allow-Origin: *`; they are public, read-only files.
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from fastapi.responses import HTMLResponse, PlainTextResponse, Response

from api.neo4j_browser import BROWSER_DIR, example_names, guide_html

router = APIRouter(tags=["neo4j browser"])
_OPEN = {"Access-Control-Allow-Origin": "*", "Cache-Control": "no-cache"}


@router.get("/browser/citygraph.grass", response_class=PlainTextResponse)
def style() -> Response:
    """The GraSS style: a colour per label, bilingual captions, relationship types."""
    text = (BROWSER_DIR / "citygraph.grass").read_text(encoding="utf-8")
    return PlainTextResponse(text, headers=_OPEN)


@router.get("/browser/guide.html", response_class=HTMLResponse)
def guide() -> Response:
    """The guide for `:play`: the sister-city network, a city's contacts over time, the
    lantern festival by year, shortest paths."""
    return HTMLResponse(guide_html(), headers=_OPEN)


@router.get("/browser/examples/{name}", response_class=PlainTextResponse)
def example_query(name: str) -> Response:
    """One saved example query (`.cypher`, with its comments)."""
    stem = name.removesuffix(".cypher")
    if stem not in example_names():
        known = ", ".join(example_names())
        raise HTTPException(status_code=404, detail=f"no example {name!r}; known: {known}")
    text = (BROWSER_DIR / "examples" / f"{stem}.cypher").read_text(encoding="utf-8")
    return PlainTextResponse(text, headers=_OPEN)
