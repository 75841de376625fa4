"""`citygraph bench`: generate synthetic chapters per size, load them, time the reads."""

from __future__ import annotations

import math
import os
import platform
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from citygraph.bench.api_load import ApiLoad, api_server, run_load
from citygraph.bench.engine import BenchOptionError, bench_graph, free_port
from citygraph.bench.measure import (
    Latency,
    LoadStats,
    RawStats,
    load_raw,
    load_with_loader,
    time_call,
)
from citygraph.bench.pools import HOME_CITY
from citygraph.bench.synth import LANTERN_SERIES, SynthSpec, generate
from citygraph.settings import Settings
from graph import reads
from graph.driver import Graph

MIN_SIZE, MAX_SIZE = 50, 1_000_000


@dataclass(frozen=True)
class BenchOptions:
    sizes: list[int]
    seed: int = 1
    samples: int = 30
    api_seconds: float = 10.0
    api_threads: int = 4
    heap: str = "2g"


def parse_sizes(text: str) -> list[int]:
    """'1000,10000,1e5' → [1000, 10000, 100000]; raises BenchOptionError naming --sizes."""
    sizes = []
    for part in text.split(","):
        try:
            value = float(part.strip())
        except ValueError:
            raise BenchOptionError(
                f"--sizes takes numbers separated by commas, not {text!r}"
            ) from None
        if not value.is_integer() or not MIN_SIZE <= value <= MAX_SIZE:
            raise BenchOptionError(
                f"--sizes: each size is a whole number of entities from {MIN_SIZE} to {MAX_SIZE},"
                f" not {part.strip()!r}"
            )
        sizes.append(int(value))
    return sorted(set(sizes))


@dataclass
class SizeResult:
    size: int
    chapters: int
    nodes: int
    relationships: int
    load: LoadStats
    raw: RawStats  # the same graph rows: entities, facts, each report's Source and MENTIONS
    raw_facts: RawStats  # the entities and facts alone
    latency: dict[str, Latency]
    api: ApiLoad | None
    subjects: dict[str, str] = field(default_factory=dict)

    @property
    def loader_vs_raw(self) -> float:
        """Loader rows/s over the raw MERGE's for the same graph rows (its entities and
        facts, and each report's Source and MENTIONS, which the loader writes too)."""
        raw = self.raw.rows_per_s
        return self.load.write_rows_per_s / raw if raw and not math.isnan(raw) else math.nan

    @property
    def loader_vs_raw_facts(self) -> float:
        """The loader's entities and facts per second of its whole write over the raw
        MERGE's for those rows alone (the loader's Source, MENTIONS, retraction and
        merging of sources and evidence all count against it)."""
        loader = self.load.fact_rows / self.load.write_seconds if self.load.write_seconds else 0
        raw = self.raw_facts.rows_per_s
        return loader / raw if raw and not math.isnan(raw) else math.nan

    @property
    def loader_vs_raw_cpu(self) -> float:
        """The same ratio per CPU-second of the engine (NaN on a server elsewhere): rows
        per engine CPU-second, loader over raw. Waiting for a core on a busy machine
        does not count, so it moves far less between runs than the wall-clock ratio."""
        loader, raw = self.load.engine_cpu_seconds, self.raw.engine_cpu_seconds
        if not (loader > 0 and raw > 0):
            return math.nan
        return (self.load.rows / loader) / (self.raw.rows / raw)

    def to_json(self) -> dict[str, Any]:
        return {
            "size": self.size,
            "chapters": self.chapters,
            "graph": {"nodes": self.nodes, "relationships": self.relationships},
            "extract_chars_per_s": self.load.chars_per_s,
            "load": asdict(self.load)
            | {
                "write_rows_per_s": self.load.write_rows_per_s,
                "end_to_end_rows_per_s": self.load.rows_per_s,
            },
            "raw_merge": asdict(self.raw) | {"rows_per_s": self.raw.rows_per_s},
            "raw_merge_facts": asdict(self.raw_facts) | {"rows_per_s": self.raw_facts.rows_per_s},
            "loader_vs_raw": self.loader_vs_raw,
            "loader_vs_raw_facts": self.loader_vs_raw_facts,
            "loader_vs_raw_cpu": self.loader_vs_raw_cpu,
            "latency_ms": {
                name: {
                    "p50": lat.p50,
                    "p95": lat.p95,
                    "first": lat.first_ms,
                    "samples": len(lat.samples_ms),
                    "result_size": lat.result_size,
                }
                for name, lat in self.latency.items()
            },
            "api": (asdict(self.api) | {"requests_per_s": self.api.requests_per_s})
            if self.api
            else None,
            "subjects": self.subjects,
        }


def _subjects(graph: Graph) -> dict[str, str]:
    hub = graph.read("bench_hub_city", home=HOME_CITY)
    people = [row["id"] for row in graph.read("bench_people", limit=2)]
    if not hub or len(people) < 2:
        raise BenchOptionError("the synthetic graph is too small to time reads; raise --sizes")
    return {
        "contacts": hub[0]["id"],
        "search": hub[0]["name_zh"],
        "attendance": LANTERN_SERIES,
        "path_from": people[0],
        "path_to": people[1],
    }


def _latencies(graph: Graph, subjects: dict[str, str], samples: int) -> dict[str, Latency]:
    calls: dict[str, tuple[Callable[[], Any], Callable[[Any], int]]] = {
        "contacts": (
            lambda: reads.contacts(graph, subjects["contacts"]),
            lambda r: len(r.contacts),
        ),
        "attendance": (
            lambda: reads.attendance(graph, subjects["attendance"]),
            lambda r: sum(len(y.attended) + len(y.invited) for y in r.years),
        ),
        "search": (lambda: reads.search(graph, subjects["search"]), len),
        "shortest_path": (
            lambda: reads.paths(graph, subjects["path_from"], subjects["path_to"]),
            len,
        ),
    }
    timed: dict[str, Latency] = {}
    graph.read_cache.enabled = False  # first the queries themselves, every call uncached
    try:
        for name in ("contacts", "attendance"):
            call, size = calls[name]
            timed[f"{name}_uncached"] = time_call(f"{name}_uncached", call, samples, size)
    finally:
        graph.read_cache.enabled = True
    for name, (call, size) in calls.items():  # then as served: cached after the first call
        timed[name] = time_call(name, call, samples, size)
    return timed


def _api(graph: Graph, subjects: dict[str, str], options: BenchOptions) -> ApiLoad:
    paths = [
        f"/entities/{quote(subjects['contacts'], safe=':')}/contacts",
        f"/series/{quote(subjects['attendance'], safe=':')}/attendance",
        f"/search?q={quote(subjects['search'])}",
        f"/paths?from={quote(subjects['path_from'])}&to={quote(subjects['path_to'])}",
    ]
    with api_server(graph.settings, free_port()) as base:
        run_load(base, paths, options.api_threads, min(2.0, options.api_seconds))  # warm-up
        return run_load(base, paths, options.api_threads, options.api_seconds)


def run_size(
    graph: Graph, size: int, options: BenchOptions, say: Callable[[str], None]
) -> SizeResult:
    spec = SynthSpec.for_entities(size, seed=options.seed)
    with tempfile.TemporaryDirectory(prefix=f"citygraph-bench-{size}-") as folder:
        say(f"[{size}] generating {spec.chapters} chapters")
        summary = generate(spec, Path(folder))
        say(f"[{size}] {summary.chars:,} chars; raw MERGE baselines")
        raw = load_raw(graph, summary.chapters)
        raw_facts = load_raw(graph, summary.chapters, bookkeeping=False)
        say(f"[{size}] loading with the pipeline")
        load = load_with_loader(graph, summary.chapters)
    nodes, rels = reads.graph_counts(graph)
    subjects = _subjects(graph)
    say(f"[{size}] {sum(nodes.values()):,} nodes, {sum(rels.values()):,} relationships; reads")
    latency = _latencies(graph, subjects, options.samples)
    api = None
    if options.api_seconds > 0:
        say(f"[{size}] API under load, {options.api_threads} threads, {options.api_seconds:g} s")
        api = _api(graph, subjects, options)
    return SizeResult(
        size=size,
        chapters=len(summary.chapters),
        nodes=sum(nodes.values()),
        relationships=sum(rels.values()),
        load=load,
        raw=raw,
        raw_facts=raw_facts,
        latency=latency,
        api=api,
        subjects=subjects,
    )


def machine() -> dict[str, Any]:
    try:
        load1 = os.getloadavg()[0]
    except OSError:
        load1 = math.nan
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average_at_start": load1,
    }


def run(
    external: Settings | None, options: BenchOptions, say: Callable[[str], None]
) -> dict[str, Any]:
    """Every size in turn on one graph; the results as a JSON-ready dict."""
    started = time.time()
    machine_at_start = machine()
    results = []
    with bench_graph(external, options.heap) as graph:
        info = graph.info()
        for size in options.sizes:
            results.append(run_size(graph, size, options, say).to_json())
    ended = machine()
    return {
        "engine": {"kind": info.kind, "version": info.version, "private": external is None},
        "machine": machine_at_start | {"load_average_at_end": ended["load_average_at_start"]},
        "options": asdict(options),
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "seconds": time.time() - started,
        "sizes": results,
    }
