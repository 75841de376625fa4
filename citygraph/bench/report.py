"""Benchmark results as a markdown table and a plot (matplotlib, the `bench` extra)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from citygraph.bench.engine import BenchOptionError

READS = (
    "contacts_uncached",
    "contacts",
    "attendance_uncached",
    "attendance",
    "search",
    "shortest_path",
)


def _f(value: float | None, digits: int = 1) -> str:
    return "–" if value is None or value != value else f"{value:,.{digits}f}"


def markdown(result: dict[str, Any]) -> str:
    engine = result["engine"]
    lines = [
        f"Engine: {engine['kind']} {engine['version']}"
        + (" (private embedded instance)" if engine["private"] else ""),
        "",
        "| entities (target) | chapters | nodes | relationships | extract chars/s "
        "| loader rows/s (write) | raw MERGE rows/s | loader/raw | loader/raw per engine "
        "CPU-s | loader/raw, facts only | end-to-end rows/s | loader peak RSS MB (¼ → end) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for s in result["sizes"]:
        load = s["load"]
        lines.append(
            f"| {s['size']:,} | {s['chapters']} | {s['graph']['nodes']:,} "
            f"| {s['graph']['relationships']:,} | {_f(s['extract_chars_per_s'], 0)} "
            f"| {_f(load['write_rows_per_s'], 0)} | {_f(s['raw_merge']['rows_per_s'], 0)} "
            f"| {_f(s['loader_vs_raw'], 2)} | {_f(s.get('loader_vs_raw_cpu'), 2)} "
            f"| {_f(s.get('loader_vs_raw_facts'), 2)} "
            f"| {_f(load['end_to_end_rows_per_s'], 0)} "
            f"| {_f(load['rss_peak_mb'], 0)} ({_f(load['rss_quarter_mb'], 0)} → "
            f"{_f(load['rss_end_mb'], 0)}) |"
        )
    lines += [
        "",
        "| entities (target) | "
        + " | ".join(f"{r} p50 / p95 (first) ms" for r in READS)
        + " | API req/s (threads) | API p95 ms |",
        "|---:|" + "---:|" * (len(READS) + 2),
    ]
    for s in result["sizes"]:
        cells = []
        for name in READS:
            lat = s["latency_ms"][name]
            cells.append(f"{_f(lat['p50'])} / {_f(lat['p95'])} ({_f(lat['first'])})")
        api = s["api"]
        api_cells = (
            [f"{_f(api['requests_per_s'])} ({api['threads']})", _f(api["p95_ms"])]
            if api
            else ["–", "–"]
        )
        lines.append(f"| {s['size']:,} | " + " | ".join(cells + api_cells) + " |")
    return "\n".join(lines)


def plot(result: dict[str, Any], path: Path) -> None:
    """Latency (p50, p95) and throughput against graph size, as an image."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise BenchOptionError(
            "--plot needs matplotlib: pip install -e '.[bench]' (the optional bench extra)"
        ) from None
    sizes = [s["graph"]["nodes"] for s in result["sizes"]]
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.5))
    for name in READS:
        p95 = [s["latency_ms"][name]["p95"] for s in result["sizes"]]
        p50 = [s["latency_ms"][name]["p50"] for s in result["sizes"]]
        (line,) = left.plot(sizes, p95, marker="o", label=f"{name} p95")
        left.plot(
            sizes, p50, marker=".", linestyle=":", color=line.get_color(), label=f"{name} p50"
        )
    left.axhline(50, color="grey", linestyle="--", linewidth=1, label="50 ms target")
    left.set(xscale="log", yscale="log", xlabel="graph nodes", ylabel="latency, ms",
             title="read latency (graph/reads.py)")  # fmt: skip
    left.legend(fontsize=6, ncol=2, loc="upper left")
    for key, label in (
        ("write_rows_per_s", "loader (write)"),
        ("end_to_end_rows_per_s", "loader end to end"),
    ):
        right.plot(sizes, [s["load"][key] for s in result["sizes"]], marker="o", label=label)
    right.plot(sizes, [s["raw_merge"]["rows_per_s"] for s in result["sizes"]], marker="s",
               label="raw UNWIND MERGE")  # fmt: skip
    right.set(xscale="log", xlabel="graph nodes", ylabel="rows/s", title="load throughput")
    right.legend(fontsize=8)
    engine = result["engine"]
    fig.suptitle(f"citygraph bench — {engine['kind']} {engine['version']}, "
                 f"{result['machine']['cpus']} CPUs")  # fmt: skip
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
