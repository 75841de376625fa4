"""A disk cache for data derived from the libraries, so each command starts fast.

Reading GeoNames' city file and asking OpenCC for the matching form of thousands of
characters costs most of a second; both results depend only on the library versions
(and on this project's code that derives them). They are kept as `marshal` files under
`CITYGRAPH_CACHE_DIR` (default `$XDG_CACHE_HOME/citygraph`, else `~/.cache/citygraph`),
named by a digest of what they depend on, so an upgrade simply misses and rebuilds.
A cache that cannot be read or written is ignored: the data is then derived afresh.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    configured = os.environ.get("CITYGRAPH_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "citygraph"


def cached(name: str, depends_on: list[str], build: Callable[[], Any]) -> Any:
    """`build()`, or its result as saved by an earlier run with the same `depends_on`.

    The value must be made of marshal's types (dicts, lists, tuples, str, numbers…).
    """
    digest = hashlib.sha256("\0".join(depends_on).encode("utf-8")).hexdigest()[:16]
    path = cache_dir() / f"{name}-{digest}.marshal"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as tmp:
            tmp.write(marshal.dumps(value))
        os.replace(tmp.name, path)
    except OSError:
        pass
    return value


def source_digest(*files: str) -> str:
    """A digest of source files whose code shapes a cached value."""
    sha = hashlib.sha256()
    for file in files:
        sha.update(Path(file).read_bytes())
    return sha.hexdigest()
