"""The explorer's endpoints and the exports, through HTTP over the real graph engine."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from typing import Any

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from citygraph.settings import Settings
from graph.driver import Graph
from graph.reads import graph_counts
from tests.api import sample as s

pytestmark = pytest.mark.integration


def ok(client: TestClient, url: str, **params: Any) -> Any:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response


def totals(graph: Graph) -> tuple[int, int]:
    nodes, rels = graph_counts(graph)
    return sum(nodes.values()), sum(rels.values())


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture(scope="module")
def paged(graph_settings: Settings, sample_graph: Graph) -> Iterator[TestClient]:
    """An app reading exports in pages of 3 nodes, so that paging is exercised."""
    settings = graph_settings.model_copy(update={"export_batch_size": 3})
    with TestClient(create_app(settings)) as client:
        yield client


# -- neighbourhood ---------------------------------------------------------------------


def test_neighbourhood_has_nodes_edges_and_evidence(client: TestClient) -> None:
    body = ok(client, f"/entities/{s.BUSAN}/neighbourhood").json()
    assert body["center"]["id"] == s.BUSAN and body["truncated"] is False
    nodes = {n["id"]: n for n in body["nodes"]}
    assert nodes[s.BUSAN]["hops"] == 0 and nodes[s.CHUNG]["hops"] == 1
    assert {s.KAOHSIUNG, s.HUR, s.KOREA, s.LANTERN_2013} <= set(nodes)
    assert nodes[s.BUSAN]["properties"]["lat"] == pytest.approx(35.1796)
    assert "search_keys" not in nodes[s.BUSAN]["properties"]
    for edge in body["edges"]:
        assert s.BUSAN in (edge["source"], edge["target"])
        assert edge["type"] != "MENTIONS"
    chung = next(e for e in body["edges"] if e["source"] == s.CHUNG)
    assert chung["type"] == "HOLDS_TITLE"
    assert chung["evidence"][0]["text"] == "10月韓國釜山市副市長鄭京鎮率團來訪。"
    assert chung["evidence"][0]["source"] == s.H2_2015
    assert len({e["id"] for e in body["edges"]}) == len(body["edges"])


def test_two_hops_reach_further_and_limit_truncates(client: TestClient) -> None:
    one = ok(client, f"/entities/{s.CHUNG}/neighbourhood").json()
    two = ok(client, f"/entities/{s.CHUNG}/neighbourhood", hops=2).json()
    assert s.KOREA not in {n["id"] for n in one["nodes"]}
    assert s.KOREA in {n["id"] for n in two["nodes"]}  # Chung -> Busan -> Korea
    cut = ok(client, f"/entities/{s.BUSAN}/neighbourhood", limit=2).json()
    assert cut["truncated"] is True and len(cut["edges"]) == 2


@pytest.mark.parametrize("params", [{"hops": 0}, {"hops": 4}, {"limit": 0}, {"hops": "x"}])
def test_neighbourhood_bad_parameters_are_422(client: TestClient, params: dict) -> None:
    assert client.get(f"/entities/{s.BUSAN}/neighbourhood", params=params).status_code == 422


def test_neighbourhood_of_an_unknown_id_is_404_with_closest(client: TestClient) -> None:
    response = client.get("/entities/city:kr:busann/neighbourhood")
    assert response.status_code == 404
    assert response.json()["closest"][0]["id"] == s.BUSAN


def test_partner_places_have_coordinates(client: TestClient) -> None:
    body = ok(client, "/sister-cities/places").json()
    assert body["home"]["id"] == s.KAOHSIUNG
    partners = {t["partner"]["id"]: t for t in body["ties"]}
    assert set(partners) == {s.MALE, s.BUSAN, s.PANAMA}
    assert partners[s.BUSAN]["partner"]["lat"] == pytest.approx(35.1796)
    assert partners[s.MALE]["ordinal"] == 28 and partners[s.MALE]["partner"]["lat"] is None
    nowhere = client.get("/sister-cities/places", params={"city": "city:xx:nowhere"})
    assert nowhere.status_code == 404


# -- exports ---------------------------------------------------------------------------


def test_neighbourhood_read_in_small_batches_is_the_same(
    client: TestClient, paged: TestClient
) -> None:
    url = f"/entities/{s.BUSAN}/neighbourhood"
    whole, pages = (ok(c, url, hops=2).json() for c in (client, paged))
    assert {n["id"] for n in pages["nodes"]} == {n["id"] for n in whole["nodes"]}
    assert {e["id"] for e in pages["edges"]} == {e["id"] for e in whole["edges"]}


def test_graphml_export_round_trips_through_networkx(paged: TestClient, graph: Graph) -> None:
    response = ok(paged, "/export", format="graphml")
    assert response.headers["content-type"].startswith("application/graphml+xml")
    assert 'filename="citygraph.graphml"' in response.headers["content-disposition"]
    loaded = nx.read_graphml(io.BytesIO(response.content))
    assert (loaded.number_of_nodes(), loaded.number_of_edges()) == totals(graph)
    busan = loaded.nodes[s.BUSAN]
    assert (busan["label"], busan["name_zh"]) == ("City", "釜山")
    assert busan["lat"] == pytest.approx(35.1796)
    male = [d for a, b, d in loaded.edges(data=True) if (a, b) == (s.KAOHSIUNG, s.MALE)]
    assert any(d["type"] == "SISTER_CITY_OF" and "第28個姊妹市" in d["evidence"] for d in male)


def test_csv_exports_count_every_node_and_edge(paged: TestClient, graph: Graph) -> None:
    nodes = csv_rows(ok(paged, "/export", format="nodes.csv").text)
    edges = csv_rows(ok(paged, "/export", format="edges.csv").text)
    assert (len(nodes), len(edges)) == totals(graph)
    assert len({n["id"] for n in nodes}) == len(nodes)
    ids = {n["id"] for n in nodes}
    assert all(e["source"] in ids and e["target"] in ids for e in edges)
    archive = zipfile.ZipFile(io.BytesIO(ok(paged, "/export", format="csv.zip").content))
    assert sorted(archive.namelist()) == ["edges.csv", "nodes.csv"]
    assert len(csv_rows(archive.read("nodes.csv").decode())) == len(nodes)
    assert len(csv_rows(archive.read("edges.csv").decode())) == len(edges)


def test_neighbourhood_export_matches_the_neighbourhood(client: TestClient) -> None:
    hood = ok(client, f"/entities/{s.BUSAN}/neighbourhood", hops=2).json()
    response = ok(client, "/export", format="graphml", id=s.BUSAN, hops=2)
    assert "neighbourhood-citygraph.graphml" in response.headers["content-disposition"]
    loaded = nx.read_graphml(io.BytesIO(response.content))
    assert loaded.number_of_nodes() == len(hood["nodes"])
    assert loaded.number_of_edges() == len(hood["edges"])
    edges = csv_rows(ok(client, "/export", format="edges.csv", id=s.BUSAN, hops=2).text)
    assert {e["id"] for e in edges} == {e["id"] for e in hood["edges"]}


@pytest.mark.parametrize(
    "params", [{"format": "xml"}, {"format": ""}, {"id": s.BUSAN, "hops": 9}, {"hops": 0}]
)
def test_export_bad_parameters_are_422(client: TestClient, params: dict) -> None:
    assert client.get("/export", params=params).status_code == 422


def test_export_of_an_unknown_id_is_404_with_closest(client: TestClient) -> None:
    response = client.get("/export", params={"id": "city:kr:busann"})
    assert response.status_code == 404
    assert s.BUSAN in [hit["id"] for hit in response.json()["closest"]]


@pytest.mark.parametrize("url", ["/export?format=graphml", f"/entities/{s.BUSAN}/neighbourhood"])
def test_a_graph_that_is_down_is_503_before_any_byte(url: str) -> None:
    settings = Settings(NEO4J_URI="bolt://127.0.0.1:1", NEO4J_PASSWORD="unused-password")
    with TestClient(create_app(settings), raise_server_exceptions=False) as down:
        response = down.get(url)
    assert response.status_code == 503
    assert response.json()["detail"].startswith("graph unavailable")
