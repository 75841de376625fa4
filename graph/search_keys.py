"""Search keys: the normalized forms of an entity's names, stored on every node.

Search stays portable across Neo4j and ArcadeDB (no full-text procedures): a query is
normalized the same way and compared with `search_keys` by equality, prefix or
CONTAINS. Normalization folds width, case, 臺/台-style variants and simplified
characters, so 釜山市, 釜山市 and 釜山市 all meet.
"""

from __future__ import annotations

from collections.abc import Iterable

from loaders.reading import match_key


def search_keys(names: Iterable[str]) -> list[str]:
    """Distinct non-empty match keys of `names`, in first-seen order."""
    keys: list[str] = []
    for name in names:
        key = match_key(name) if name else ""
        if key and key not in keys:
            keys.append(key)
    return keys
