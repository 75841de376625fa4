"""The load pipeline: file → parse → extract → resolve → load, one report at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from graph.model import Extraction
from loaders.extract import extract_report
from loaders.reading import RawReport, decode_report, read_report
from loaders.structure import Period, check_is_chapter, parse_period, parse_report

if TYPE_CHECKING:  # the database layer is imported only by the functions that load
    from graph.driver import Graph


@dataclass(frozen=True)
class LoadResult:
    path: str
    source_id: str
    entities: int
    relations: int


def _period(value: str | Period | None) -> Period | None:
    if value is None or isinstance(value, Period):
        return value
    try:
        return parse_period(value)
    except ValueError as exc:
        from citygraph.errors import ReportInputError

        raise ReportInputError("--period", str(exc)) from None


def extract_raw(raw: RawReport, period: str | Period | None = None) -> Extraction:
    """Extract one decoded report; raises ReportInputError if it is not a chapter."""
    parsed = parse_report(raw, _period(period))
    check_is_chapter(parsed)
    return extract_report(parsed, raw)


def extract_file(path: Path, period: str | Period | None = None) -> Extraction:
    return extract_raw(read_report(path), period)


def extract_bytes(data: bytes, name: str, period: str | Period | None = None) -> Extraction:
    """Extract an uploaded report (POST /reports)."""
    return extract_raw(decode_report(data, name), period)


def extract_files(paths: Sequence[Path], period: str | Period | None = None) -> Extraction:
    """Extract several reports into one Extraction (entities merged by id)."""
    merged = Extraction()
    by_id = {}
    for path in paths:
        one = extract_file(path, period)
        merged.sources.extend(one.sources)
        for entity in one.entities:
            if entity.id in by_id:
                by_id[entity.id].merge(entity)
            else:
                by_id[entity.id] = entity
                merged.entities.append(entity)
        merged.relations.extend(one.relations)
    return merged


def load_files(
    graph: Graph,
    paths: Sequence[Path],
    period: str | Period | None = None,
    on_done: Callable[[LoadResult], None] | None = None,
) -> list[LoadResult]:
    """Extract every file first (so a bad file stops the run before any write), then
    load each report in its own transaction."""
    from graph.writer import load_extraction

    extractions = [(path, extract_file(path, period)) for path in paths]
    results = []
    for path, extraction in extractions:
        load_extraction(graph, extraction)
        result = LoadResult(
            str(path), extraction.sources[0].id, len(extraction.entities), len(extraction.relations)
        )
        results.append(result)
        if on_done:
            on_done(result)
    return results
