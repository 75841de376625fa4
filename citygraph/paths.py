"""Where the project's data folders live (the repository checkout)."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CYPHER_DIR = PROJECT_ROOT / "cypher"
SEED_DIR = PROJECT_ROOT / "seed"
SEED_REPORTS_DIR = SEED_DIR / "reports"
GAZETTEER_DIR = SEED_DIR / "gazetteer"
