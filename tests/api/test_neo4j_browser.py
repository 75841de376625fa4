"""Neo4j Browser assets: the style covers the model, the example queries run on the real
graph with their declared parameters, the guide is served with them, readable cross-origin."""

from __future__ import annotations

import ast
import re
from html import escape

import pytest
from fastapi.testclient import TestClient

from api.neo4j_browser import example, example_names
from graph.driver import Graph
from graph.model import Label, RelType

pytestmark = pytest.mark.integration

GUIDE_TOPICS = (
    "01_sister_city_network",
    "02_city_contacts_over_time",
    "03_lantern_festival_by_year",
    "04_shortest_paths",
    "07_how_facts_were_read",
)


def test_style_gives_every_label_a_colour_and_a_bilingual_caption(client: TestClient) -> None:
    response = client.get("/browser/citygraph.grass")
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "*"
    pattern = r"(node\.\w+|relationship\.\w+)\s*\{(.*?)\}\s*$"
    rules = dict(re.findall(pattern, response.text, flags=re.MULTILINE | re.DOTALL))
    for label in Label:
        rule = rules[f"node.{label}"]
        assert "color: #" in rule and "{name_zh}" in rule
        if label != Label.SOURCE:  # a report has only its Chinese title
            assert "{name_en}" in rule
    for rel_type in RelType:
        assert "caption: '<type>'" in rules[f"relationship.{rel_type}"]


@pytest.mark.parametrize("name", example_names())
def test_example_queries_run_on_the_graph(sample_graph: Graph, name: str) -> None:
    item = example(name)
    assert item.description and item.query
    params = {key: ast.literal_eval(value) for key, value in item.params.items()}
    with sample_graph.session() as session:
        rows = session.execute_read(lambda tx: list(tx.run(item.query, params)))
    assert rows, f"{name} returned nothing on the sample graph"


def test_guide_walks_through_the_examples(client: TestClient) -> None:
    assert set(GUIDE_TOPICS) <= set(example_names())
    response = client.get("/browser/guide.html")
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "*"
    html = response.text
    assert html.count("<slide") >= 6 and "{{" not in html
    for name in GUIDE_TOPICS:
        item = example(name)
        assert escape(item.query) in html
        for command in item.param_commands:
            assert escape(command) in html


def test_example_files_are_served(client: TestClient) -> None:
    response = client.get("/browser/examples/03_lantern_festival_by_year.cypher")
    assert response.status_code == 200 and ":param series =>" in response.text
    assert client.get("/browser/examples/../../pyproject.toml").status_code == 404
    assert client.get("/browser/examples/nothing.cypher").status_code == 404
