"""The measurements: loading (the real loader vs the engine's raw MERGE) and read latency."""

from __future__ import annotations

import math
import os
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.driver import Graph
from graph.model import Extraction, Label, RelType
from graph.queries import render
from graph.writer import batches, clear_graph, node_row, relation_row, row_batches
from loaders.pipeline import LoadResult, extract_raw, load_files
from loaders.reading import read_report

#: Chapters written once, untimed, before the raw baseline is timed.
WARM_UP_CHAPTERS = 8
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def engine_cpu_seconds(graph: Graph) -> float:
    """CPU time (user + system) the embedded engine's process has used so far, s; NaN
    for a server elsewhere. On a shared machine a rate per CPU-second of the engine is
    far steadier than one per wall-clock second, which includes waiting for a core."""
    pid = graph.engine.pid if graph.engine is not None else None
    if pid is None:
        return math.nan
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return math.nan
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def rss_mb() -> float:
    """Resident memory of this process, MB (Linux /proc; 0 where unavailable)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * _PAGE / 2**20
    except OSError:
        return 0.0


@dataclass(frozen=True)
class LoadStats:
    chapters: int
    chars: int
    rows: int  # graph rows written: entities, facts, and per report its Source and MENTIONS
    fact_rows: int  # entities + facts only (the Source and MENTIONS not counted)
    extract_seconds: float
    write_seconds: float
    total_seconds: float
    rss_start_mb: float
    rss_peak_mb: float
    rss_quarter_mb: float  # after a quarter of the chapters
    rss_end_mb: float
    engine_cpu_seconds: float  # the engine's CPU time over the whole load (NaN: not ours)

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.extract_seconds if self.extract_seconds else math.nan

    @property
    def write_rows_per_s(self) -> float:
        return self.rows / self.write_seconds if self.write_seconds else math.nan

    @property
    def rows_per_s(self) -> float:
        """End to end: read, parse, extract and write."""
        return self.rows / self.total_seconds if self.total_seconds else math.nan


def load_with_loader(graph: Graph, paths: Sequence[Path]) -> LoadStats:
    """The real pipeline (loaders.pipeline.load_files, streamed) on an emptied graph."""
    clear_graph(graph)
    rss: list[float] = []
    start_rss = rss_mb()

    def done(_: LoadResult) -> None:
        rss.append(rss_mb())

    started, cpu = time.perf_counter(), engine_cpu_seconds(graph)
    results = load_files(graph, paths, on_done=done)
    total = time.perf_counter() - started
    cpu = engine_cpu_seconds(graph) - cpu
    quarter = rss[max(0, len(rss) // 4 - 1)] if rss else start_rss
    return LoadStats(
        chapters=len(results),
        chars=sum(r.chars for r in results),
        rows=sum(2 * r.entities + r.relations + 1 for r in results),  # + MENTIONS, Source
        fact_rows=sum(r.entities + r.relations for r in results),
        extract_seconds=sum(r.extract_seconds for r in results),
        write_seconds=sum(r.write_seconds for r in results),
        total_seconds=total,
        rss_start_mb=start_rss,
        rss_peak_mb=max([start_rss, *rss]),
        rss_quarter_mb=quarter,
        rss_end_mb=rss[-1] if rss else start_rss,
        engine_cpu_seconds=cpu,
    )


@dataclass(frozen=True)
class RawStats:
    rows: int  # as LoadStats.rows, or LoadStats.fact_rows without the bookkeeping
    seconds: float
    engine_cpu_seconds: float

    @property
    def rows_per_s(self) -> float:
        return self.rows / self.seconds if self.seconds else math.nan


def _raw_write(graph: Graph, extraction: Extraction, batch: int, bookkeeping: bool) -> int:
    """The extraction's rows (the same data the loader writes) by plain
    `UNWIND $rows AS row MERGE … SET …`, one transaction: its entities and facts, and
    with `bookkeeping` the report's Source and one MENTIONS per entity, as the loader
    writes them. Returns the rows written."""
    labels: dict[str, Label] = {e.id: e.label for e in extraction.entities}
    nodes: dict[Label, list[dict[str, Any]]] = defaultdict(list)
    for entity in extraction.entities:
        nodes[entity.label].append(node_row(entity))
    rels: dict[tuple[RelType, Label, Label], list[dict[str, Any]]] = defaultdict(list)
    for relation in extraction.relations:
        key = (relation.type, labels[relation.source], labels[relation.target])
        rels[key].append(relation_row(relation))

    def work(tx: Any) -> int:
        written = 0
        for label, rows in nodes.items():
            query = render("bench_raw_nodes", label=label)
            for chunk in batches(rows, batch):
                written += tx.run(query, rows=list(chunk)).single(strict=True)["written"]
        for (rel_type, from_label, to_label), rows in rels.items():
            query = render(
                "bench_raw_relations", rel_type=rel_type, from_label=from_label, to_label=to_label
            )
            for chunk in row_batches(rows, batch):
                written += tx.run(query, rows=list(chunk)).single(strict=True)["written"]
        if not bookkeeping:
            return written
        source = extraction.sources[0].id
        for label, rows in nodes.items():
            query = render("bench_raw_mentions", label=label)
            for chunk in batches([row["id"] for row in rows], batch):
                found = tx.run(query, ids=list(chunk), source=source).single(strict=True)
                written += found["written"]
        return written + 1  # the Source

    return graph.write(work)


def load_raw(graph: Graph, paths: Sequence[Path], bookkeeping: bool = True) -> RawStats:
    """The same rows as the loader writes, by the engine's raw batched MERGE, on an
    emptied graph: one transaction per chapter, the loader's batch size; only the
    writes are timed (each chapter is extracted first, untimed). The first chapters are
    written once untimed first, so the engine is warm for both this and the loader,
    which runs after it. Without `bookkeeping`, only the entities and facts (no Source,
    no MENTIONS)."""
    clear_graph(graph)
    batch = graph.settings.write_batch_size
    for path in paths[:WARM_UP_CHAPTERS]:  # the engine's JIT and caches, untimed
        _raw_write(graph, extract_raw(read_report(path)), batch, bookkeeping)
    clear_graph(graph)
    rows = 0
    seconds = cpu = 0.0
    for path in paths:
        extraction = extract_raw(read_report(path))
        started, cpu_before = time.perf_counter(), engine_cpu_seconds(graph)
        rows += _raw_write(graph, extraction, batch, bookkeeping)
        seconds += time.perf_counter() - started
        cpu += engine_cpu_seconds(graph) - cpu_before
    clear_graph(graph)
    return RawStats(rows=rows, seconds=seconds, engine_cpu_seconds=cpu)


@dataclass(frozen=True)
class Latency:
    name: str
    samples_ms: list[float]
    first_ms: float  # the first call (cold caches)
    result_size: int

    def percentile(self, q: int) -> float:
        if not self.samples_ms:
            return math.nan
        if len(self.samples_ms) == 1:
            return self.samples_ms[0]
        return statistics.quantiles(self.samples_ms, n=100, method="inclusive")[q - 1]

    @property
    def p50(self) -> float:
        return self.percentile(50)

    @property
    def p95(self) -> float:
        return self.percentile(95)


def time_call(
    name: str, call: Callable[[], Any], samples: int, size: Callable[[Any], int]
) -> Latency:
    """Latency of `call`: the first call apart, then `samples` timed calls."""
    started = time.perf_counter()
    result = call()
    first = (time.perf_counter() - started) * 1000
    timed = []
    for _ in range(samples):
        started = time.perf_counter()
        call()
        timed.append((time.perf_counter() - started) * 1000)
    return Latency(name, timed, first, size(result))
