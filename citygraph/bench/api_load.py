"""Requests per second of the HTTP API: a uvicorn server on loopback, several client
threads, for a bounded time."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import cycle

import httpx

from citygraph.errors import CitygraphError
from citygraph.settings import Settings

_SETTINGS_ENV = {
    "neo4j_uri": "NEO4J_URI",
    "neo4j_user": "NEO4J_USER",
    "neo4j_password": "NEO4J_PASSWORD",
    "neo4j_database": "NEO4J_DATABASE",
    "data_dir": "CITYGRAPH_DATA_DIR",
    "embedded_bolt_port": "CITYGRAPH_EMBEDDED_BOLT_PORT",
    "embedded_http_port": "CITYGRAPH_EMBEDDED_HTTP_PORT",
    "embedded_password": "CITYGRAPH_EMBEDDED_PASSWORD",
}


@dataclass(frozen=True)
class ApiLoad:
    threads: int
    seconds: float
    ok: int
    failed: int
    p50_ms: float
    p95_ms: float

    @property
    def requests_per_s(self) -> float:
        return self.ok / self.seconds if self.seconds else 0.0


def _env(settings: Settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "CITYGRAPH_"))}
    for field, name in _SETTINGS_ENV.items():
        value = getattr(settings, field)
        if value is not None:
            env[name] = str(value)
    env["CITYGRAPH_ASSETS_DIR"] = tempfile.gettempdir()  # the explorer's libraries: unused
    return env


@contextmanager
def api_server(settings: Settings, port: int) -> Iterator[str]:
    """`uvicorn api.app:create_app` in a child process on 127.0.0.1:`port`, on the same
    graph as `settings` (a running embedded engine is reused, not restarted)."""
    command = [
        sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory",
        "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
    ]  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="citygraph-bench-api-") as cwd:
        process = subprocess.Popen(
            command, env=_env(settings), cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                if process.poll() is not None:
                    detail = (
                        process.stderr.read().decode(errors="replace")[-800:]
                        if process.stderr
                        else ""
                    )
                    raise CitygraphError(f"the API server exited during start-up: {detail}")
                try:
                    if httpx.get(f"{base}/health", timeout=2.0).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise CitygraphError("the API server did not answer /health within 60 s")
                time.sleep(0.2)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def run_load(base: str, paths: Sequence[str], threads: int, seconds: float) -> ApiLoad:
    """`threads` clients request `paths` in turn for `seconds`; successes per second."""
    lock = threading.Lock()
    latencies: list[float] = []
    counts = {"ok": 0, "failed": 0}
    deadline = time.perf_counter() + seconds

    def worker(slot: int) -> None:
        rotated = list(paths[slot % len(paths) :]) + list(paths[: slot % len(paths)])
        mine: list[float] = []
        ok = failed = 0
        with httpx.Client(base_url=base, timeout=30.0) as client:
            for path in cycle(rotated):
                if time.perf_counter() >= deadline:
                    break
                started = time.perf_counter()
                try:
                    good = client.get(path).status_code == 200
                except httpx.HTTPError:
                    good = False
                if good:
                    ok += 1
                    mine.append((time.perf_counter() - started) * 1000)
                else:
                    failed += 1
        with lock:
            latencies.extend(mine)
            counts["ok"] += ok
            counts["failed"] += failed

    started = time.perf_counter()
    workers = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join(seconds + 60)
    elapsed = time.perf_counter() - started
    latencies.sort()

    def pct(q: float) -> float:
        return latencies[min(len(latencies) - 1, int(q * len(latencies)))] if latencies else 0.0

    return ApiLoad(threads, elapsed, counts["ok"], counts["failed"], pct(0.5), pct(0.95))
