"""A graph that cannot be reached: 503 with a clear message, never a stack trace."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from citygraph.settings import Settings

CLOSED_PORT = "bolt://127.0.0.1:1"


@pytest.fixture(scope="module")
def down() -> Iterator[TestClient]:
    settings = Settings(NEO4J_URI=CLOSED_PORT, NEO4J_PASSWORD="unused-password")
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        yield client


# Each takes a few seconds: the driver retries a refused connection before giving up.
@pytest.mark.parametrize("url", ["/search?q=busan", "/entities/city:kr:busan/contacts"])
def test_reads_answer_503_when_the_graph_is_down(down: TestClient, url: str) -> None:
    response = down.get(url)
    assert response.status_code == 503
    detail = response.json()["detail"]
    assert detail.startswith("graph unavailable") and CLOSED_PORT in detail
    assert "Traceback" not in response.text


def test_bad_parameters_are_still_422_when_the_graph_is_down(down: TestClient) -> None:
    assert down.get("/paths", params={"from": "a", "to": "b", "max_hops": 9}).status_code == 422
