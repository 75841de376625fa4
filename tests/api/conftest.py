"""The API through real HTTP (TestClient) over the session's real graph engine."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from citygraph.settings import Settings
from graph.driver import Graph
from graph.writer import clear_graph, load_extraction
from tests.api.sample import report_2013_h1, report_2015_h2


@pytest.fixture(scope="module")
def sample_graph(graph: Graph) -> Graph:
    """The graph holding exactly the two sample reports (reloaded for each module)."""
    clear_graph(graph)
    load_extraction(graph, report_2013_h1())
    load_extraction(graph, report_2015_h2())
    return graph


@pytest.fixture(scope="module")
def client(graph_settings: Settings, sample_graph: Graph) -> Iterator[TestClient]:
    with TestClient(create_app(graph_settings)) as test_client:
        yield test_client


def make_client(settings: Settings) -> TestClient:
    return TestClient(create_app(settings), raise_server_exceptions=False)
