"""The in-memory search index and the read cache: fresh after every load and clear."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.driver import Graph
from graph.reads import UnknownEntity, contacts, search
from graph.writer import clear_graph
from loaders.pipeline import load_files

REPORTS = sorted((Path(__file__).resolve().parents[2] / "seed" / "reports").glob("*.txt"))


@pytest.mark.integration
def test_a_load_is_seen_by_the_next_search(empty_graph: Graph) -> None:
    load_files(empty_graph, REPORTS[:1])
    assert not search(empty_graph, "巴拿馬")  # only the 2015 report names Panama
    assert search(empty_graph, "釜山")[0].id == "city:kr:busan"
    load_files(empty_graph, REPORTS[1:])
    assert any(hit.id.startswith("city:pa:") for hit in search(empty_graph, "巴拿馬"))


@pytest.mark.integration
def test_ranking_exact_then_prefix_then_contains(empty_graph: Graph) -> None:
    load_files(empty_graph, REPORTS)
    hits = search(empty_graph, "熊本", limit=20)
    ranks = [hit.match for hit in hits]
    assert ranks == sorted(ranks, key=("exact", "prefix", "contains").index)
    assert hits[0].match == "exact"
    assert all(hit.label == "City" for hit in search(empty_graph, "熊本", label="City"))


@pytest.mark.integration
def test_cached_reads_follow_loads_and_clears(empty_graph: Graph) -> None:
    load_files(empty_graph, REPORTS[:1])
    before = contacts(empty_graph, "city:kr:busan").contacts
    assert contacts(empty_graph, "city:kr:busan").contacts is before  # kept
    load_files(empty_graph, REPORTS[1:])
    after = contacts(empty_graph, "city:kr:busan").contacts
    assert len(after) > len(before)
    clear_graph(empty_graph)
    with pytest.raises(UnknownEntity):
        contacts(empty_graph, "city:kr:busan")
