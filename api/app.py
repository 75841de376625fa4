"""The FastAPI application: routers, error handling, CORS, graph lifecycle."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import asdict

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from neo4j.exceptions import Neo4jError

from api.deps import GraphHolder
from api.explorer.assets import Assets
from api.routes import entities, health, paths, reports, search, series, sources, ties, timeline
from api.routes.browser_assets import router as browser_router
from api.routes.explore import router as explore_router
from api.routes.exports import router as export_router
from api.routes.neighbourhood import router as neighbourhood_router
from citygraph.errors import CitygraphError, GraphUnavailableError
from citygraph.settings import Settings, get_settings
from graph.driver import Graph
from graph.model import Label
from graph.reads import SearchHit, UnknownEntity, closest, closest_sources

log = logging.getLogger("citygraph.api")


def _warm_search(graph: Graph) -> None:
    try:
        graph.search_index.refresh(graph)
    except Exception as exc:  # a warm-up only: the first search builds it again
        log.warning("search index not built at start-up: %s", exc)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    holder = GraphHolder(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if not settings.api_key:
            log.warning("CITYGRAPH_API_KEY is not set: POST /reports accepts uploads from anyone")
        warm_up: threading.Thread | None = None
        try:
            graph = holder.get()
        except GraphUnavailableError as exc:
            log.error("graph not reachable at start-up: %s", exc)
        else:  # build the search index now, not on the first search (seconds at 100k)
            warm_up = threading.Thread(target=_warm_search, args=(graph,), daemon=True)
            warm_up.start()
        app.state.assets.prefetch()  # the explorer's libraries, on the first serve
        yield
        if warm_up is not None:  # the driver must not close under a running query
            await asyncio.to_thread(warm_up.join, settings.query_timeout * 3)
        holder.close()

    app = FastAPI(
        title="citygraph",
        version="0.1.0",
        summary="A knowledge graph of a city's international relationships, from its reports.",
        lifespan=lifespan,
    )
    app.state.graphs = holder
    app.state.settings = settings
    app.state.assets = Assets(settings)
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

    @app.exception_handler(UnknownEntity)
    async def unknown_entity(_: Request, exc: UnknownEntity) -> JSONResponse:
        def near() -> list[SearchHit]:
            graph = holder.get()
            if exc.label == Label.SOURCE:
                return closest_sources(graph, exc.entity_id)
            return closest(graph, exc.entity_id, exc.label)

        try:
            hits = await run_in_threadpool(near)
        except (CitygraphError, Neo4jError):
            hits = []
        return JSONResponse(
            status_code=404, content={"detail": str(exc), "closest": [asdict(h) for h in hits]}
        )

    @app.exception_handler(Neo4jError)
    async def query_failed(_: Request, exc: Neo4jError) -> JSONResponse:
        if "timedout" in (exc.code or "").lower().replace("_", ""):
            return JSONResponse(
                status_code=504,
                content={"detail": "the graph query took longer than CITYGRAPH_QUERY_TIMEOUT"},
            )
        log.error("graph query failed: %s", exc)
        return JSONResponse(status_code=500, content={"detail": "the graph query failed"})

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
    # neighbourhood before entities: /entities/{id}/neighbourhood is not an id
    for router in (neighbourhood_router, export_router, explore_router, browser_router):
        app.include_router(router)
    for module in (search, entities, series, ties, paths, timeline, sources, reports):
        app.include_router(module.router)
    return app
