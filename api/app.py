"""The FastAPI application: routers, error handling, CORS, graph lifecycle."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from api.deps import GraphHolder
from api.routes import health
from citygraph.errors import CitygraphError, GraphUnavailableError
from citygraph.settings import Settings, get_settings

log = logging.getLogger("citygraph.api")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    holder = GraphHolder(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if not settings.api_key:
            log.warning("CITYGRAPH_API_KEY is not set: POST /reports accepts uploads from anyone")
        try:
            holder.get()
        except GraphUnavailableError as exc:
            log.error("graph not reachable at start-up: %s", exc)
        yield
        holder.close()

    app = FastAPI(
        title="citygraph",
        version="0.1.0",
        summary="A knowledge graph of a city's international relationships, from its reports.",
        lifespan=lifespan,
    )
    app.state.graphs = holder
    app.state.settings = settings
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["*"],
        )

    @app.exception_handler(GraphUnavailableError)
    async def graph_down(_: Request, exc: GraphUnavailableError) -> JSONResponse:
        holder.close()  # reconnect on the next request
        return JSONResponse(status_code=503, content={"detail": f"graph unavailable: {exc}"})

    @app.exception_handler(CitygraphError)
    async def citygraph_error(_: Request, exc: CitygraphError) -> JSONResponse:
        return JSONResponse(status_code=400, content={"detail": str(exc)})

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return JSONResponse(
            status_code=500, content={"detail": f"internal error ({type(exc).__name__})"}
        )

    app.include_router(health.router)
    return app
