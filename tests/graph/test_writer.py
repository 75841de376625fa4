"""The graph layer on a real engine: schema, idempotent writes, loud failures, rollback."""

from __future__ import annotations

import pytest
from neo4j import ManagedTransaction

from citygraph.errors import GraphWriteError
from graph.driver import Graph
from graph.model import Entity, Evidence, Extraction, Label, Relation, RelType, SourceDoc
from graph.writer import (
    apply_schema,
    load_extraction,
    row_batches,
    write_nodes,
    write_relations,
)

pytestmark = pytest.mark.integration


def counts(graph: Graph) -> tuple[dict[str, int], dict[str, int]]:
    nodes = {r["label"]: r["count"] for r in graph.read("count_nodes")}
    rels = {r["type"]: r["count"] for r in graph.read("count_relationships")}
    return nodes, rels


def report(source_id: str, sentence: str, *, with_busan: bool = True) -> Extraction:
    doc = SourceDoc(source_id, "國際事務", f"{source_id}.txt", "0" * 64, "2013-01", "2013-06")
    kaohsiung = Entity("city:tw:kaohsiung", Label.CITY, "高雄市", "Kaohsiung", ["高雄"])
    busan = Entity("city:kr:busan", Label.CITY, "釜山", "Busan", ["釜山市"], {"country": "KR"})
    person = Entity("person:許南植", Label.PERSON, "許南植", "Hur Nam-sik")
    evidence = [Evidence(source_id, sentence, 0, len(sentence))]
    relations = [
        Relation(RelType.SISTER_CITY_OF, kaohsiung.id, busan.id, {"status": "signed"}, evidence),
        Relation(RelType.HOLDS_TITLE, person.id, busan.id, {"title_zh": "市長"}, evidence),
    ]
    entities = [kaohsiung, person] + ([busan] if with_busan else [])
    return Extraction([doc], entities, relations)


def test_schema_applied_twice_changes_nothing(graph: Graph) -> None:
    apply_schema(graph)
    before = sorted(r["name"] for r in graph.read("schema_objects"))
    assert apply_schema(graph) == 0
    after = sorted(r["name"] for r in graph.read("schema_objects"))
    assert after == before
    assert any("city" in name.lower() for name in after)


def test_loading_the_same_report_twice_leaves_counts_unchanged(empty_graph: Graph) -> None:
    load_extraction(empty_graph, report("src:a", "釜山是姊妹市。"))
    first = counts(empty_graph)
    load_extraction(empty_graph, report("src:a", "釜山是姊妹市。"))
    assert counts(empty_graph) == first
    assert first[0] == {"City": 2, "Person": 1, "Source": 1}
    assert first[1]["SISTER_CITY_OF"] == 1 and first[1]["MENTIONS"] == 3


def test_a_fact_from_two_reports_keeps_both_sources(empty_graph: Graph) -> None:
    load_extraction(empty_graph, report("src:a", "甲句。"))
    load_extraction(empty_graph, report("src:b", "乙句。"))
    with empty_graph.session() as session:
        row = session.run(
            "MATCH (:City {id:'city:tw:kaohsiung'})-[r:SISTER_CITY_OF]->() "
            "RETURN r.sources AS sources, r.evidence AS evidence"
        ).single()
    assert sorted(row["sources"]) == ["src:a", "src:b"]
    assert sorted(row["evidence"]) == ["乙句。", "甲句。"]


@pytest.mark.parametrize(
    ("first", "later", "kept"),
    [
        ("2017-05-16", "2017", "2017-05-16"),
        ("2009-11", "2009", "2009-11"),
        ("2012", "2012-03-01", "2012-03-01"),
        ("2016", "2017", "2017"),
    ],
)
def test_a_later_report_giving_a_ties_date_less_precisely_keeps_the_precise_one(
    empty_graph: Graph, first: str, later: str, kept: str
) -> None:
    for source, since in (("src:a", first), ("src:b", later)):
        extraction = report(source, "釜山是姊妹市。")
        extraction.relations[0].properties["since"] = since
        load_extraction(empty_graph, extraction)
    with empty_graph.session() as session:
        row = session.run("MATCH ()-[r:SISTER_CITY_OF]->() RETURN r.since AS since").single()
    assert row["since"] == kept


def test_reloading_a_corrected_report_replaces_what_it_said(empty_graph: Graph) -> None:
    load_extraction(empty_graph, report("src:a", "甲句。"))
    load_extraction(empty_graph, report("src:b", "乙句。"))
    corrected = report("src:a", "甲句改。")
    corrected.relations = corrected.relations[:1]  # the correction drops HOLDS_TITLE
    load_extraction(empty_graph, corrected)
    with empty_graph.session() as session:
        sister = session.run(
            "MATCH ()-[r:SISTER_CITY_OF]->() RETURN r.evidence AS e, r.evidence_sources AS s"
        ).single()
        title = session.run("MATCH ()-[r:HOLDS_TITLE]->() RETURN r.sources AS s").single()
    assert sorted(zip(sister["s"], sister["e"], strict=True)) == [
        ("src:a", "甲句改。"),
        ("src:b", "乙句。"),
    ]
    assert title["s"] == ["src:b"]


def test_one_fact_given_twice_by_a_report_is_one_relationship_and_reloads_cleanly(
    empty_graph: Graph,
) -> None:
    twice = report("src:a", "甲句。")
    again = Evidence("src:a", "乙句。", 10, 13)
    first = twice.relations[0]
    twice.relations.append(
        Relation(first.type, first.source, first.target, first.properties, [again])
    )
    query = "MATCH ()-[r:SISTER_CITY_OF]->() RETURN r.sources AS s, r.evidence AS e"
    load_extraction(empty_graph, twice)
    with empty_graph.session() as session:
        assert session.run(query).data() == [{"s": ["src:a"], "e": ["甲句。", "乙句。"]}]
    load_extraction(empty_graph, report("src:a", "丙句。"))  # reloaded: replaces both
    with empty_graph.session() as session:
        assert session.run(query).data() == [{"s": ["src:a"], "e": ["丙句。"]}]


def test_relationship_with_missing_endpoint_fails_loudly_and_writes_nothing(
    empty_graph: Graph,
) -> None:
    # Busan is not in the extraction: the writer refuses before touching the graph.
    with pytest.raises(GraphWriteError, match="city:kr:busan"):
        load_extraction(empty_graph, report("src:a", "句。", with_busan=False))
    assert counts(empty_graph) == ({}, {})


def test_relationship_to_a_node_absent_from_the_graph_fails_and_rolls_back(
    empty_graph: Graph,
) -> None:
    kaohsiung = Entity("city:tw:kaohsiung", Label.CITY, "高雄市", "Kaohsiung")
    tie = Relation(RelType.SISTER_CITY_OF, kaohsiung.id, "city:kr:busan", {"status": "signed"})

    def work(tx: ManagedTransaction) -> None:
        write_nodes(tx, Label.CITY, [kaohsiung], "src:a", batch=10)
        write_relations(tx, RelType.SISTER_CITY_OF, Label.CITY, Label.CITY, [tie], "src:a", 10)

    with pytest.raises(GraphWriteError, match="missing: city:kr:busan"):
        empty_graph.write(work)
    assert counts(empty_graph) == ({}, {})


def test_rollback_leaves_nothing_behind(empty_graph: Graph) -> None:
    entity = Entity("city:kr:busan", Label.CITY, "釜山", "Busan")
    with empty_graph.session() as session:
        tx = session.begin_transaction()
        write_nodes(tx, Label.CITY, [entity], "src:a", batch=10)
        tx.rollback()
    assert counts(empty_graph) == ({}, {})


def test_batches_are_cut_by_evidence_size_too() -> None:
    rows = [{"evidence": ["字" * 400]} for _ in range(10)]
    sizes = [len(chunk) for chunk in row_batches(rows, 4, max_text=1000)]
    assert sizes == [2, 2, 2, 2, 2]
    assert [len(c) for c in row_batches(rows, 4, max_text=10_000)] == [4, 4, 2]
    huge = [{"evidence": ["字" * 5000]}, {"evidence": []}]
    assert [len(c) for c in row_batches(huge, 4, max_text=1000)] == [1, 1]  # never empty
