"""How long `citygraph extract` takes on a report chapter, from a cold process.

Not a pytest module (its name does not start with test_): run it as a script,

    python tests/bench/bench_extract.py [--runs 9] [FILE ...]

(default: the sample chapters in seed/reports). For each file it runs the command as a
user does, `citygraph extract FILE --format json` in a new process, `--runs` times, and
prints the wall-clock and CPU seconds (min and median); then, in one more process, where
that process's CPU time goes: starting Python and the CLI, importing the rules (which
compile their patterns), loading the gazetteer, reading the chapter, writing the JSON.
The first run after a change of code or library rebuilds the derived-data cache and is
not counted (one unmeasured run comes first).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPORTS = Path(__file__).resolve().parents[2] / "seed" / "reports"
CITYGRAPH = Path(sys.executable).with_name("citygraph")
MAX_RUNS = 100

# The phases, timed with process_time in a child process (the CLI's own steps, in order).
_PHASES = """
import json, sys, time
started = time.process_time()
import citygraph.cli
cli = time.process_time()
import loaders.pipeline
rules = time.process_time()
from loaders.gazetteer import Gazetteer
Gazetteer.default()
gazetteer = time.process_time()
extraction = loaders.pipeline.extract_files([__import__("pathlib").Path(sys.argv[1])])
extracted = time.process_time()
json.dumps(extraction.to_json(), ensure_ascii=False, indent=2)
written = time.process_time()
print(started, cli - started, rules - cli, gazetteer - rules, extracted - gazetteer,
      written - extracted)
"""
_PHASE_NAMES = ("Python start", "CLI import", "rules import", "gazetteer", "extraction", "JSON")


def _one_run(path: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one `citygraph extract`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [str(CITYGRAPH), "extract", str(path), "--format", "json"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _phases(path: Path) -> list[float]:
    out = subprocess.run(
        [sys.executable, "-c", _PHASES, str(path)], check=True, capture_output=True, text=True
    ).stdout
    return [float(x) for x in out.split()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="chapters (default: the samples)")
    parser.add_argument("--runs", type=int, default=9, help=f"timed runs per file (<= {MAX_RUNS})")
    args = parser.parse_args()
    if not 1 <= args.runs <= MAX_RUNS:
        parser.error(f"--runs must be between 1 and {MAX_RUNS}")
    files = args.files or sorted(REPORTS.glob("*.txt"))
    for path in files:
        if not path.is_file():
            parser.error(f"{path}: no such file")
    print(f"{len(files)} file(s), {args.runs} runs each; load average {os.getloadavg()[0]:.2f}")
    print()
    print("| chapter | wall min s | wall median s | CPU min s | CPU median s |")
    print("|---|---:|---:|---:|---:|")
    for path in files:
        _one_run(path)  # unmeasured: a changed code base rebuilds its caches here
        runs = [_one_run(path) for _ in range(args.runs)]
        walls, cpus = [w for w, _ in runs], [c for _, c in runs]
        print(
            f"| {path.name} | {min(walls):.2f} | {statistics.median(walls):.2f} "
            f"| {min(cpus):.2f} | {statistics.median(cpus):.2f} |"
        )
    print()
    print("CPU seconds by phase (one process, first file):")
    print()
    print("| " + " | ".join(_PHASE_NAMES) + " |")
    print("|" + "---:|" * len(_PHASE_NAMES))
    print("| " + " | ".join(f"{x:.3f}" for x in _phases(files[0])) + " |")


if __name__ == "__main__":
    main()
