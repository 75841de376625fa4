"""A disk cache for data derived from the libraries, so each command starts fast.

Reading GeoNames' city file, indexing the names of its cities, and asking OpenCC for
the matching form of thousands of characters each cost a good part of a second; the
results depend only on the library versions, the curated seed files and this project's
code that derives them (the caller lists these). They are kept as `marshal` files under
`CITYGRAPH_CACHE_DIR` (default `$XDG_CACHE_HOME/citygraph`, else `~/.cache/citygraph`),
named by a digest of what they depend on, so an upgrade simply misses and rebuilds.
A cache that cannot be read or written is ignored: the data is then derived afresh.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    # Read from the environment, not citygraph.settings: `citygraph extract` needs no
    # other setting, and importing pydantic-settings would add ~70 ms to its ~0.43 s.
    configured = os.environ.get("CITYGRAPH_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "citygraph"


def cached(name: str, depends_on: list[str], build: Callable[[], Any]) -> Any:
    """`build()`, or its result as saved by an earlier run with the same `depends_on`.

    The value must be made of marshal's types (dicts, lists, tuples, str, numbers…),
    and not be None.
    """
    value = load(name, depends_on)
    if value is None:
        value = build()
        store(name, depends_on, value)
    return value


def load(name: str, depends_on: list[str]) -> Any:
    """The value `store`d under `name` by a run with the same `depends_on`, or None."""
    path = _path(name, depends_on)
    try:
        value = _load(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    with contextlib.suppress(OSError):  # (a cache folder may be read-only)
        os.utime(path)  # used now: old versions are pruned by when they were last used
    return value


def store(name: str, depends_on: list[str], value: Any) -> None:
    """Save `value` for `load` (a cache that cannot be written is left alone)."""
    path = _path(name, depends_on)
    data = marshal.dumps(value)  # (a value marshal cannot write is a bug: it raises here)
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as tmp:
            tmp.write(data)
        os.replace(tmp.name, path)
        _drop_old_versions(name, keep=path)
    except OSError:
        if tmp is not None:
            Path(tmp.name).unlink(missing_ok=True)


# Hex digits of the digest naming a value's version in its file name.
_DIGEST_LENGTH = 16
# Versions of one value kept side by side (checkouts of different code may share the
# cache folder); older ones are deleted as new ones are stored.
_VERSIONS_KEPT = 8


def _drop_old_versions(name: str, keep: Path) -> None:
    """Delete all but the `_VERSIONS_KEPT` files of `name` used last (never `keep`)."""
    versions = sorted(
        keep.parent.glob(f"{name}-{'[0-9a-f]' * _DIGEST_LENGTH}.marshal"),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in versions[_VERSIONS_KEPT:]:
        if old != keep:
            old.unlink(missing_ok=True)


def _path(name: str, depends_on: list[str]) -> Path:
    # The Python version too: marshal's format and unicodedata change with it.
    parts = [sys.version, *depends_on]
    digest = hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:_DIGEST_LENGTH]
    return cache_dir() / f"{name}-{digest}.marshal"


def _load(data: bytes) -> Any:
    """`marshal.loads(data)` with the cyclic garbage collector paused.

    A cached value holds hundreds of thousands of tuples, lists and dicts; made one by
    one, they set off collections that walk the whole heap again and again (~20 ms of
    the gazetteer's ~80 ms of loading). Everything loaded stays reachable, so pausing
    the collector frees nothing less.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return marshal.loads(data)
    finally:
        if enabled:
            gc.enable()


def source_digest(*files: str | Path) -> str:
    """A digest of files whose contents shape a cached value (source code, data)."""
    sha = hashlib.sha256()
    for file in files:
        sha.update(Path(file).read_bytes())
    return sha.hexdigest()
