"""The driver's errors for a graph that is not there or a URI that cannot be used.

No graph is needed: nothing listens at the address these tests connect to."""

from __future__ import annotations

import pytest

from citygraph.errors import ConfigError, GraphUnavailableError
from citygraph.settings import Settings
from graph.driver import Graph
from graph.writer import apply_schema
from tests.conftest import free_port


def test_apply_schema_on_a_graph_that_is_down_is_graph_unavailable() -> None:
    uri = f"bolt://127.0.0.1:{free_port()}"
    with (
        Graph.open(Settings(NEO4J_URI=uri)) as graph,
        pytest.raises(GraphUnavailableError, match=rf"{uri} is not reachable.*NEO4J_URI"),
    ):
        apply_schema(graph)


@pytest.mark.parametrize(
    "uri", ["localhost:7687", "http://localhost:7474", "bolt://host:port", "bolt://[::1"]
)
def test_an_unusable_uri_is_a_config_error_naming_neo4j_uri(uri: str) -> None:
    with pytest.raises(ConfigError, match=r"NEO4J_URI=.*bolt://"):
        Graph(Settings(NEO4J_URI=uri))
