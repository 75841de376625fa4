"""Reading the curated CSV files under `seed/`: `#` comment lines, then a header."""

from __future__ import annotations

import csv
from pathlib import Path


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a curated CSV, every value stripped ('' for an empty cell)."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


def split_alternatives(value: str) -> list[str]:
    """The `|`-separated alternatives of a cell (aliases), without blanks."""
    return [part.strip() for part in value.split("|") if part.strip()]
