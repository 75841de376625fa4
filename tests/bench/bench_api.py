"""Latency and throughput of the read API against a running server (loopback only).

Not a pytest module (its name does not start with test_): run it as a script against
`citygraph serve` on the seed graph, e.g.

    citygraph serve --port 8000 &
    python tests/bench/bench_api.py --url http://127.0.0.1:8000

It measures p50/p95 latency of /entities/{id}/contacts, /series/{id}/attendance and
/search with sequential requests, then requests per second with several threads for a
bounded time, and prints a markdown table. Every request count and duration is capped.
"""

from __future__ import annotations

import argparse
import ipaddress
import socket
import statistics
import sys
import time
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

import httpx

from citygraph.bench.api_load import run_load

MAX_COUNT = 5000
MAX_THREADS = 64
MAX_SECONDS = 120.0


@dataclass
class Latency:
    name: str
    path: str
    samples_ms: list[float]
    errors: int

    def percentile(self, q: int) -> float:
        if len(self.samples_ms) < 2:
            return self.samples_ms[0] if self.samples_ms else float("nan")
        return statistics.quantiles(self.samples_ms, n=100, method="inclusive")[q - 1]


def ensure_loopback(url: str) -> None:
    """Refuse anything but a server on this machine."""
    host = urlsplit(url).hostname or ""
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except socket.gaierror as exc:
        raise SystemExit(f"cannot resolve {host!r}: {exc}") from None
    if not addresses or not all(
        ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addresses
    ):
        raise SystemExit(f"{url} is not a loopback address; this benchmark only runs locally")


def first_hit(client: httpx.Client, q: str, label: str | None = None) -> str:
    params = {"q": q, "limit": 1} | ({"label": label} if label else {})
    response = client.get("/search", params=params)
    response.raise_for_status()
    hits = response.json()["hits"]
    if not hits:
        raise SystemExit(
            f"nothing in the graph matches {q!r} ({label or 'any label'}); load reports"
        )
    return str(hits[0]["id"])


def measure(client: httpx.Client, name: str, path: str, count: int, warmup: int) -> Latency:
    for _ in range(warmup):
        client.get(path)
    samples, errors = [], 0
    for _ in range(count):
        started = time.perf_counter()
        response = client.get(path)
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code == 200:
            samples.append(elapsed)
        else:
            errors += 1
    return Latency(name, path, samples, errors)


def bounded(value: float, low: float, high: float, name: str) -> float:
    if not low <= value <= high:
        raise SystemExit(f"--{name} must be between {low:g} and {high:g}")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000", help="a loopback server")
    parser.add_argument("--count", type=int, default=200, help="requests per endpoint")
    parser.add_argument("--warmup", type=int, default=10, help="unmeasured requests first")
    parser.add_argument("--threads", type=int, default=8, help="concurrent clients")
    parser.add_argument("--seconds", type=float, default=10.0, help="duration of the load")
    parser.add_argument("--entity", help="entity id for contacts (default: search 釜山)")
    parser.add_argument("--series", help="EventSeries id (default: search 燈會)")
    parser.add_argument("--query", default="釜山", help="the /search query")
    args = parser.parse_args(argv)
    bounded(args.count, 1, MAX_COUNT, "count")
    bounded(args.warmup, 0, MAX_COUNT, "warmup")
    bounded(args.threads, 1, MAX_THREADS, "threads")
    bounded(args.seconds, 1, MAX_SECONDS, "seconds")
    url = args.url.rstrip("/")
    ensure_loopback(url)

    with httpx.Client(base_url=url, timeout=30.0) as client:
        health = client.get("/health")
        if health.status_code != 200:
            raise SystemExit(f"{url}/health answered {health.status_code}: {health.text}")
        entity = args.entity or first_hit(client, "釜山", "City")
        series = args.series or first_hit(client, "燈會", "EventSeries")
        paths = {
            "contacts": f"/entities/{quote(entity, safe=':')}/contacts",
            "attendance": f"/series/{quote(series, safe=':')}/attendance",
            "search": f"/search?q={quote(args.query)}",
        }
        results = [
            measure(client, name, path, args.count, args.warmup) for name, path in paths.items()
        ]
        graph = health.json()["graph"]

    concurrent = run_load(url, list(paths.values()), args.threads, args.seconds)
    ok, failed, elapsed = concurrent.ok, concurrent.failed, concurrent.seconds

    print(
        f"Server {url} — engine {graph.get('engine')} {graph.get('version')}, "
        f"{sum(graph.get('nodes', {}).values())} nodes, "
        f"{sum(graph.get('relationships', {}).values())} relationships\n"
    )
    print("| endpoint | requests | errors | p50 ms | p95 ms | max ms |")
    print("|---|---:|---:|---:|---:|---:|")
    for r in results:
        worst = max(r.samples_ms) if r.samples_ms else float("nan")
        print(
            f"| `{r.path}` | {len(r.samples_ms) + r.errors} | {r.errors} | "
            f"{r.percentile(50):.1f} | {r.percentile(95):.1f} | {worst:.1f} |"
        )
    print("\n| concurrent load | threads | seconds | requests | errors | requests/s |")
    print("|---|---:|---:|---:|---:|---:|")
    print(
        f"| the three endpoints in turn | {args.threads} | {elapsed:.1f} | {ok + failed} | "
        f"{failed} | {ok / elapsed:.1f} |"
    )
    return 1 if failed or any(r.errors for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
