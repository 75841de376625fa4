"""GET /explore: the built-in graph explorer page, its own files and its libraries."""

from __future__ import annotations

from html import escape
from pathlib import Path as FilePath
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, Response

from api.explorer.assets import Assets, AssetsUnavailableError

STATIC = FilePath(__file__).resolve().parent.parent / "explorer" / "static"
_OWN_FILES = frozenset(p.name for p in STATIC.iterdir() if p.is_file())

router = APIRouter(tags=["explore"], include_in_schema=False)


def _assets(request: Request) -> Assets:
    return request.app.state.assets


@router.get("/explore", response_class=HTMLResponse)
async def page(request: Request) -> Response:
    """The explorer; a clear page instead when its libraries cannot be had."""
    try:
        await run_in_threadpool(_assets(request).ensure)
    except AssetsUnavailableError as exc:
        return HTMLResponse(
            "<!doctype html><meta charset=utf-8><title>citygraph explorer</title>"
            f"<h1>The explorer is not available</h1><p>{escape(str(exc))}</p>"
            "<p>The JSON API works as usual: <a href='/docs'>/docs</a>.</p>",
            status_code=503,
        )
    return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")


@router.get("/explore/static/{name}")
def own_file(name: Annotated[str, Path()]) -> FileResponse:
    if name not in _OWN_FILES:
        raise HTTPException(status_code=404, detail=f"no explorer file {name!r}")
    return FileResponse(STATIC / name)


@router.get("/explore/vendor/{name}")
def vendor_file(request: Request, name: Annotated[str, Path()]) -> FileResponse:
    try:
        path = _assets(request).path(name)
    except AssetsUnavailableError as exc:
        raise HTTPException(status_code=503, detail=str(exc)) from None
    if path is None:
        raise HTTPException(status_code=404, detail=f"no explorer library file {name!r}")
    return FileResponse(path, headers={"Cache-Control": "public, max-age=86400"})
