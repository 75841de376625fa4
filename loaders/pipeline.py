"""The load pipeline: file → parse → extract → resolve → load, one report at a time."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from citygraph.errors import GraphWriteError, PeriodError
from graph.model import Extraction
from loaders.correcting import apply_corrections
from loaders.corrections import (
    Applied,
    Corrections,
    corrections_path,
    parse_corrections,
    read_corrections,
)
from loaders.extract import extract_report
from loaders.reading import RawReport, decode_report, read_report
from loaders.structure import (
    ParsedReport,
    Period,
    check_is_chapter,
    parse_period,
    parse_report,
)

if TYPE_CHECKING:  # the database layer is imported only by the functions that load
    from graph.driver import Graph


@dataclass(frozen=True)
class LoadResult:
    path: str
    source_id: str
    entities: int
    relations: int
    chars: int = 0  # characters of the report text
    extract_seconds: float = 0.0  # read, parse and extract
    write_seconds: float = 0.0  # the report's write transaction
    period: str = "unknown"  # 2015-07..2015-12, or unknown
    replaces: str | None = None  # the path of the report this one replaced, if any
    corrected: Applied | None = None  # what the report's corrections file changed


def _period(value: str | Period | None) -> Period | None:
    if value is None or isinstance(value, Period):
        return value
    try:
        return parse_period(value)
    except ValueError as exc:
        raise PeriodError(str(exc)) from None


def parse_chapter(raw: RawReport, period: str | Period | None = None) -> ParsedReport:
    """Split one decoded report into sections and sentences; raises ReportInputError if
    it is not a chapter."""
    parsed = parse_report(raw, _period(period))
    check_is_chapter(parsed)
    return parsed


def extract_raw(raw: RawReport, period: str | Period | None = None) -> Extraction:
    """Extract one decoded report; raises ReportInputError if it is not a chapter."""
    return _read(raw, period, None).extraction


@dataclass(frozen=True)
class ReadReport:
    """One report file read: its structure, what was read from it, and what its
    corrections file (if it has one) changed."""

    raw: RawReport
    parsed: ParsedReport
    extraction: Extraction
    corrected: Applied | None = None


def read_file(
    path: Path, period: str | Period | None = None, corrections: bool = True
) -> ReadReport:
    """Read, parse and extract one report file, applying the corrections kept beside it
    (loaders.corrections) unless `corrections` is False."""
    beside = corrections_path(path)
    fixes = read_corrections(beside) if corrections and beside.is_file() else None
    return _read(read_report(path), period, fixes)


def read_upload(
    data: bytes,
    name: str,
    period: str | Period | None = None,
    corrections: bytes | None = None,
    corrections_name: str | None = None,
) -> ReadReport:
    """Read, parse and extract an uploaded report (POST /reports), with the bytes of
    its corrections file if they came with it (its errors name `corrections_name`, or
    the name a corrections file of `name` has on disk)."""
    fixes = None
    if corrections is not None:
        known_as = Path(corrections_name) if corrections_name else corrections_path(Path(name))
        fixes = parse_corrections(corrections, known_as)
    return _read(decode_report(data, name), period, fixes)


def _read(raw: RawReport, period: str | Period | None, fixes: Corrections | None) -> ReadReport:
    parsed = parse_chapter(raw, period)
    extraction = extract_report(parsed, raw)
    if fixes is None:
        return ReadReport(raw, parsed, extraction)
    return ReadReport(raw, parsed, extraction, apply_corrections(extraction, parsed, fixes))


def extract_file(
    path: Path, period: str | Period | None = None, corrections: bool = True
) -> Extraction:
    return read_file(path, period, corrections).extraction


def extract_bytes(data: bytes, name: str, period: str | Period | None = None) -> Extraction:
    """Extract an uploaded report (its corrections aside)."""
    return read_upload(data, name, period).extraction


def extract_files(
    paths: Sequence[Path],
    period: str | Period | None = None,
    corrections: bool = True,
    on_corrected: Callable[[Applied], None] | None = None,
) -> Extraction:
    """Extract several reports into one Extraction (entities merged by id); what each
    report's corrections file changed goes to `on_corrected`."""
    merged = Extraction()
    by_id = {}
    for path in paths:
        read = read_file(path, period, corrections)
        if read.corrected and on_corrected:
            on_corrected(read.corrected)
        one = read.extraction
        merged.sources.extend(one.sources)
        for entity in one.entities:
            if entity.id in by_id:
                by_id[entity.id].merge(entity)
            else:
                by_id[entity.id] = entity
                merged.entities.append(entity)
        merged.relations.extend(one.relations)
    return merged


def check_files(
    paths: Sequence[Path], period: str | Period | None = None, corrections: bool = True
) -> None:
    """Read and parse every file (keeping nothing): a file that is not a readable
    report chapter, or whose corrections file cannot be applied, raises
    ReportInputError naming it, before anything is written."""
    checked = _period(period)
    for path in paths:
        if corrections and corrections_path(path).is_file():  # its entries must apply
            read_file(path, checked)
        else:
            parse_chapter(read_report(path), checked)


def load_file(
    graph: Graph, path: Path, period: str | Period | None = None, corrections: bool = True
) -> LoadResult:
    """Extract one report and load it in its own transaction, replacing what it said before.

    A write the graph refuses raises GraphWriteError naming the file.
    """
    from neo4j.exceptions import Neo4jError

    from graph.writer import load_extraction

    started = time.perf_counter()
    read = read_file(path, period, corrections)
    raw, extraction = read.raw, read.extraction
    doc = extraction.sources[0]
    extracted = time.perf_counter()
    earlier = graph.read("read_source", id=doc.id)
    try:
        load_extraction(graph, extraction)
    except GraphWriteError as exc:
        raise GraphWriteError(f"{path}: {exc}") from exc
    except Neo4jError as exc:
        raise GraphWriteError(
            f"{path}: the graph refused the write ({exc.code}: {exc.message}); "
            "nothing of the report was written"
        ) from exc
    return LoadResult(
        str(path),
        doc.id,
        len(extraction.entities),
        len(extraction.relations),
        chars=len(raw.text),
        extract_seconds=extracted - started,
        write_seconds=time.perf_counter() - extracted,
        period=doc.period,
        replaces=earlier[0]["props"].get("path") if earlier else None,
        corrected=read.corrected,
    )


def load_files(
    graph: Graph,
    paths: Sequence[Path],
    period: str | Period | None = None,
    on_done: Callable[[LoadResult], None] | None = None,
    checked: bool = False,
    corrections: bool = True,
) -> list[LoadResult]:
    """Check every file first (so a bad file stops the run before any write; skipped
    when the caller has `checked` them already), then stream: extract and load one
    report at a time, each in its own transaction, so memory stays flat however many
    reports there are."""
    if not checked:
        check_files(paths, period, corrections)
    results = []
    for path in paths:
        result = load_file(graph, path, period, corrections)
        results.append(result)
        if on_done:
            on_done(result)
    return results
