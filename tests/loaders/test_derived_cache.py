"""The derived-data cache: values come back as stored, and old versions do not pile up."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from loaders import derived_cache


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CITYGRAPH_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_a_value_comes_back_only_for_what_it_depends_on(cache_dir: Path) -> None:
    derived_cache.store("table", ["v1"], {"a": [1, 2]})
    assert derived_cache.load("table", ["v1"]) == {"a": [1, 2]}
    assert derived_cache.load("table", ["v2"]) is None


def test_only_the_newest_versions_of_a_value_are_kept(cache_dir: Path) -> None:
    for version in range(12):
        derived_cache.store("table", [f"v{version}"], version)
        # an hour between versions (written within one test, their times could tie)
        hours = version * 3600
        os.utime(derived_cache._path("table", [f"v{version}"]), (hours, hours))
    derived_cache.store("other", ["v0"], "kept")
    kept = derived_cache._VERSIONS_KEPT
    assert len(list(cache_dir.glob("table-*.marshal"))) == kept
    assert [derived_cache.load("table", [f"v{v}"]) for v in range(12)] == (
        [None] * (12 - kept) + list(range(12 - kept, 12))
    )
    assert derived_cache.load("other", ["v0"]) == "kept"  # another value is not touched


def test_a_value_marshal_cannot_write_raises_and_leaves_no_file(cache_dir: Path) -> None:
    with pytest.raises(ValueError):
        derived_cache.store("table", ["v1"], {"a": object()})
    assert list(cache_dir.iterdir()) == []


def test_pruning_leaves_values_whose_names_begin_alike_alone(cache_dir: Path) -> None:
    derived_cache.store("gazetteer-index", ["v0"], "index")
    for version in range(derived_cache._VERSIONS_KEPT + 2):
        derived_cache.store("gazetteer", [f"v{version}"], version)
    assert derived_cache.load("gazetteer-index", ["v0"]) == "index"
