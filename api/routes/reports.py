"""POST /reports: upload a report chapter; it is extracted and loaded in one transaction."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Security
from fastapi.concurrency import run_in_threadpool
from fastapi.security import APIKeyHeader
from starlette.datastructures import UploadFile

from api.deps import get_graph
from api.schemas import CorrectionsApplied, Problem, ReportLoaded
from citygraph.errors import PeriodError, ReportInputError
from graph import reads
from graph.driver import Graph
from graph.model import Extraction
from graph.writer import load_extraction

if TYPE_CHECKING:  # the loaders are imported on first use: they load gazetteers
    from loaders.corrections import Applied

#: A corrections file uploaded with a report: its bytes, and its name when it came with one.
CorrectionsUpload = tuple[bytes, str | None]

#: extract(data, file name, period, corrections uploaded or None) -> the report's
#: Extraction and what its corrections changed; raises ReportInputError.
Extractor = Callable[
    [bytes, str, str | None, CorrectionsUpload | None], "tuple[Extraction, Applied | None]"
]

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
DEFAULT_NAME = "upload.txt"

router = APIRouter(tags=["reports"])
api_key_header = APIKeyHeader(
    name="X-API-Key",
    auto_error=False,
    description="Required when the server has CITYGRAPH_API_KEY set.",
)


def get_extractor() -> Extractor:
    """The extraction pipeline (imported on first use: it loads gazetteers)."""
    try:
        from loaders.pipeline import read_upload
    except ImportError as exc:
        raise HTTPException(503, f"report extraction is not available: {exc}") from None

    def extract(
        data: bytes, name: str, period: str | None, corrections: CorrectionsUpload | None
    ) -> tuple[Extraction, Applied | None]:
        fixes, fixes_name = corrections or (None, None)
        read = read_upload(data, name, period, fixes, fixes_name)
        return read.extraction, read.corrected

    return extract


def check_api_key(
    request: Request, key: Annotated[str | None, Security(api_key_header)] = None
) -> None:
    expected: str | None = request.app.state.settings.api_key
    if not expected:
        return
    if key is None or not secrets.compare_digest(key.encode(), expected.encode()):
        raise HTTPException(
            401, "missing or wrong X-API-Key header", headers={"WWW-Authenticate": "ApiKey"}
        )


async def _read_body(
    request: Request, name: str | None
) -> tuple[bytes, str, CorrectionsUpload | None]:
    """The uploaded bytes and file name: a multipart `file` field (and the report's
    corrections file, if a `corrections` field holds one), or the raw body."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_UPLOAD_BYTES + 64 * 1024:
        raise HTTPException(413, f"a report may be at most {MAX_UPLOAD_BYTES} bytes")
    content_type = request.headers.get("content-type", "")
    corrections: CorrectionsUpload | None = None
    if content_type.startswith("multipart/form-data"):
        form = await request.form(max_files=2, max_fields=5)
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise HTTPException(422, "the multipart body has no `file` field with the report")
        data = await upload.read()
        filename = upload.filename or name or DEFAULT_NAME
        fixes = form.get("corrections")
        # (a form's file input or text field left blank sends the field with nothing in
        # it: no corrections; a file chosen, even an empty one, is read and checked)
        if isinstance(fixes, UploadFile) and (fixes.filename or fixes.size):
            corrections = (await fixes.read(), fixes.filename or None)
        elif isinstance(fixes, str) and fixes.strip():
            corrections = (fixes.encode("utf-8"), None)
    else:
        data = bytearray()
        async for chunk in request.stream():
            data += chunk
            if len(data) > MAX_UPLOAD_BYTES:
                break
        data = bytes(data)
        filename = name or DEFAULT_NAME
    if len(data) > MAX_UPLOAD_BYTES:
        raise HTTPException(413, f"a report may be at most {MAX_UPLOAD_BYTES} bytes")
    if not data.strip():
        raise HTTPException(422, f"{filename}: the upload is empty")
    if corrections is not None and len(corrections[0]) > MAX_UPLOAD_BYTES:
        raise HTTPException(413, f"a corrections file may be at most {MAX_UPLOAD_BYTES} bytes")
    return data, filename, corrections


def _total(counts: dict[str, int]) -> int:
    return sum(counts.values())


def _extract_and_load(
    graph: Graph,
    extract: Extractor,
    data: bytes,
    filename: str,
    period: str | None,
    corrections: CorrectionsUpload | None,
) -> ReportLoaded:
    try:
        extraction, corrected = extract(data, filename, period, corrections)
    except ReportInputError as exc:
        raise HTTPException(422, str(exc)) from None
    except PeriodError as exc:
        raise HTTPException(422, f"`period` parameter: {exc}") from None
    if len(extraction.sources) != 1:
        raise HTTPException(
            422, f"{filename}: expected one report, found {len(extraction.sources)}"
        )
    doc = extraction.sources[0]
    try:
        replaces = reads.source(graph, doc.id).path
        replaced = True
    except reads.UnknownEntity:
        replaces, replaced = None, False
    nodes_before, rels_before = reads.graph_counts(graph)
    load_extraction(graph, extraction)
    nodes_after, rels_after = reads.graph_counts(graph)
    return ReportLoaded(
        source_id=doc.id,
        title=doc.title,
        period_start=doc.period_start,
        period_end=doc.period_end,
        period=doc.period,
        replaced=replaced,
        replaces=replaces,
        entities=len(extraction.entities),
        relations=len(extraction.relations),
        nodes_added=_total(nodes_after) - _total(nodes_before),
        relationships_added=_total(rels_after) - _total(rels_before),
        corrections=CorrectionsApplied.model_validate(corrected) if corrected else None,
    )


_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "The report chapter: the file's bytes (UTF-8, UTF-16 or Big5), "
        "or a multipart form with a `file` field and, optionally, a `corrections` field "
        "holding the report's corrections file (README, 'Correcting a report's facts').",
        "content": {
            "text/plain": {
                "schema": {"type": "string"},
                "example": "貳拾參、國際事務\n一、城市外交\n（一）姊妹市交流\n"
                "1.10月韓國釜山市副市長鄭京鎮率團來訪。",
            },
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "corrections": {"type": "string", "format": "binary"},
                    },
                    "required": ["file"],
                }
            },
        },
    }
}


@router.post(
    "/reports",
    response_model=ReportLoaded,
    status_code=201,
    dependencies=[Depends(check_api_key)],
    openapi_extra=_BODY,
    responses={
        400: {"model": Problem, "description": "The extraction could not be written"},
        401: {"model": Problem, "description": "Missing or wrong X-API-Key"},
        413: {"model": Problem, "description": "The upload is too large"},
        422: {"model": Problem, "description": "Not a readable 國際事務 report chapter"},
        503: {"model": Problem, "description": "The graph database cannot be reached"},
    },
)
async def upload_report(
    request: Request,
    extract: Annotated[Extractor, Depends(get_extractor)],
    period: Annotated[
        str | None,
        Query(
            description="the report's period when its text does not say: "
            "104H2, 2015H2 or 2015-07..2015-12",
            examples=["104H2"],
        ),
    ] = None,
    name: Annotated[
        str | None, Query(description="file name for a raw-body upload", examples=["104-h2.txt"])
    ] = None,
) -> ReportLoaded:
    """Extract a 國際事務 chapter and load it: a report loaded again replaces what it
    said before. Nothing is written when extraction or loading fails."""
    data, filename, corrections = await _read_body(request, name)
    graph: Graph = await run_in_threadpool(get_graph, request)
    return await run_in_threadpool(
        _extract_and_load, graph, extract, data, filename, period, corrections
    )
