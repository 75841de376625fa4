"""POST /reports: upload, API key, clear errors, and the graph unchanged on failure."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.routes.reports import CorrectionsUpload, Extractor, get_extractor
from citygraph.errors import ReportInputError
from citygraph.paths import SEED_REPORTS_DIR
from citygraph.settings import Settings
from graph.driver import Graph
from graph.model import Extraction, Relation, RelType
from graph.reads import graph_counts
from tests.api import sample as s

pytestmark = pytest.mark.integration


def fake_extractor(
    data: bytes, name: str, period: str | None, corrections: CorrectionsUpload | None
) -> tuple[Extraction, None]:
    """Stands in for the extraction pipeline: which sample report the text is."""
    text = data.decode("utf-8")
    if "鄭京鎮" in text:
        return s.report_2015_h2(), None
    if "馬列" in text:
        return s.report_2013_h1(), None
    if "broken" in text:  # extracts, but a relation points at an entity it lacks
        extraction = s.report_2015_h2()
        extraction.relations.append(
            Relation(RelType.VISITED, s.CHUNG, "city:xx:missing", {"year": 2015})
        )
        return extraction, None
    raise ReportInputError(name, "not a 國際事務 chapter: no chapter title found", line=1)


def client_for(settings: Settings, extractor: Extractor | None = fake_extractor) -> TestClient:
    app = create_app(settings)
    if extractor is not None:
        app.dependency_overrides[get_extractor] = lambda: extractor
    return TestClient(app)


@pytest.fixture
def client(graph_settings: Settings, empty_graph: Graph) -> Iterator[TestClient]:
    with client_for(graph_settings) as test_client:
        yield test_client


H2_TEXT = "貳拾參、國際事務\n10月韓國釜山市副市長鄭京鎮率團來訪。\n".encode()


def test_upload_text_body_loads_the_report(client: TestClient, empty_graph: Graph) -> None:
    response = client.post(
        "/reports", content=H2_TEXT, headers={"content-type": "text/plain; charset=utf-8"}
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["source_id"] == s.H2_2015 and body["replaced"] is False
    assert (body["period_start"], body["period_end"]) == ("2015-07", "2015-12")
    extraction = s.report_2015_h2()
    assert body["entities"] == len(extraction.entities)
    assert body["relations"] == len(extraction.relations)
    nodes, rels = graph_counts(empty_graph)
    assert body["nodes_added"] == sum(nodes.values())
    assert body["relationships_added"] == sum(rels.values())
    assert [x["id"] for x in client.get("/sources").json()] == [s.H2_2015]
    assert client.get(f"/entities/{s.CHUNG}").status_code == 200

    again = client.post("/reports", content=H2_TEXT).json()
    assert again["replaced"] is True
    assert again["nodes_added"] == 0 and again["relationships_added"] == 0


def test_upload_multipart_file(client: TestClient) -> None:
    response = client.post(
        "/reports",
        files={
            "file": (
                "102-h1.txt",
                "貳拾、國際事務\n馬列市成為本市第28個姊妹市。".encode(),
                "text/plain",
            )
        },
    )
    assert response.status_code == 201, response.text
    assert response.json()["source_id"] == s.H1_2013
    ties = client.get("/sister-cities").json()["ties"]
    assert any(t["ordinal"] == 28 for t in ties)


def test_not_a_report_is_422_and_changes_nothing(client: TestClient, empty_graph: Graph) -> None:
    client.post("/reports", content=H2_TEXT)
    before = graph_counts(empty_graph)
    response = client.post(
        "/reports", content="今天天氣很好。".encode(), params={"name": "notes.txt"}
    )
    assert response.status_code == 422
    assert (
        response.json()["detail"] == "notes.txt:1: not a 國際事務 chapter: no chapter title found"
    )
    assert graph_counts(empty_graph) == before


def test_a_failed_load_is_rolled_back(client: TestClient, empty_graph: Graph) -> None:
    response = client.post("/reports", content=b"broken")
    assert response.status_code == 400
    assert "city:xx:missing" in response.json()["detail"]
    assert graph_counts(empty_graph) == ({}, {})


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"content": b""}, 422),
        ({"content": b"   \n"}, 422),
        ({"files": {"other": ("a.txt", b"x", "text/plain")}}, 422),
    ],
)
def test_empty_or_malformed_uploads(client: TestClient, kwargs: dict, status: int) -> None:
    assert client.post("/reports", **kwargs).status_code == status


def test_api_key_is_required_when_configured(graph_settings: Settings, empty_graph: Graph) -> None:
    settings = graph_settings.model_copy(update={"api_key": "s3cret-key"})
    with client_for(settings) as client:
        missing = client.post("/reports", content=H2_TEXT)
        assert missing.status_code == 401
        wrong = client.post("/reports", content=H2_TEXT, headers={"X-API-Key": "guess"})
        assert wrong.status_code == 401
        assert graph_counts(empty_graph) == ({}, {})
        right = client.post("/reports", content=H2_TEXT, headers={"X-API-Key": "s3cret-key"})
        assert right.status_code == 201


def test_upload_through_the_real_extraction_pipeline(
    graph_settings: Settings, empty_graph: Graph
) -> None:
    """The route's contract with loaders.pipeline.extract_bytes, on a seed chapter."""
    pytest.importorskip("loaders.extract")
    path = sorted(SEED_REPORTS_DIR.glob("*.txt"))[0]
    with client_for(graph_settings, extractor=None) as client:
        response = client.post("/reports", files={"file": (path.name, path.read_bytes())})
        assert response.status_code == 201, response.text
        body = response.json()
        assert body["entities"] > 0 and body["relations"] > 0
        assert [x["id"] for x in client.get("/sources").json()] == [body["source_id"]]
        bad = client.post("/reports", content=b"\x00\x01\x02binary", params={"name": "x.bin"})
        assert bad.status_code == 422 and "x.bin" in bad.json()["detail"]
        assert body["corrections"] is None


CORRECTED_UPLOAD = (
    "貳拾參、國際事務\n一、城市交流\n107年5月10日，本府主辦「2018高雄國際食品展」；"
    "菲律賓宿霧市亦派員參觀。\n"
)
CEBU_CAME = (
    '[[add]]\ntype = "PARTICIPATED_IN"\nfrom = "宿霧市"\nto = "2018高雄國際食品展"\n'
    'status = "attended"\nquote = "菲律賓宿霧市亦派員參觀"\n'
)


def test_an_upload_may_bring_its_corrections_file(
    graph_settings: Settings, empty_graph: Graph
) -> None:
    with client_for(graph_settings, extractor=None) as client:
        files = {
            "file": ("kaohsiung-107-h1.txt", CORRECTED_UPLOAD.encode()),
            "corrections": ("kaohsiung-107-h1.corrections.toml", CEBU_CAME.encode()),
        }
        response = client.post("/reports", files=files, params={"period": "107H1"})
        assert response.status_code == 201, response.text
        corrected = response.json()["corrections"]
        assert corrected == {
            "added": 1,
            "changed": 0,
            "removed": 0,
            "renamed": 0,
            "merged": 0,
            "idle": [],
        }
        came = client.get("/entities/city:ph:cebu-city").json()["relationships"]
        assert came["PARTICIPATED_IN"][0]["properties"]["corrected"] is True

        files["corrections"] = ("fixes.toml", CEBU_CAME.replace('宿霧市"', '王大同"').encode())
        bad = client.post("/reports", files=files, params={"period": "107H1"})
        assert bad.status_code == 422
        assert "add #1: no entity named '王大同'" in bad.json()["detail"]
        assert bad.json()["detail"].startswith("fixes.toml")  # the file as uploaded


def test_a_corrections_field_left_blank_is_none_and_an_empty_file_is_refused(
    graph_settings: Settings, empty_graph: Graph
) -> None:
    report = ("kaohsiung-107-h1.txt", CORRECTED_UPLOAD.encode())
    with client_for(graph_settings, extractor=None) as client:
        # a browser sends a file input left blank as a part with no name and no bytes
        blank = client.post(
            "/reports", files={"file": report, "corrections": ("", b"")}, params={"period": "107H1"}
        )
        assert blank.status_code == 201, blank.text
        assert blank.json()["corrections"] is None

        empty = client.post(
            "/reports",
            files={"file": report, "corrections": ("fixes.toml", b"")},
            params={"period": "107H1"},
        )
        assert empty.status_code == 422
        assert empty.json()["detail"] == "fixes.toml: lists no [[add]], [[remove]] or [[entity]]"


def test_uploaded_entities_are_searchable_at_once(client: TestClient) -> None:
    client.post("/reports", content=H2_TEXT)
    hits = client.get("/search", params={"q": "巴拿马市"}).json()["hits"]  # simplified 馬
    assert (hits[0]["id"], hits[0]["label"]) == (s.PANAMA, "City")


PERIODLESS = (
    "貳拾參、國際事務\n一、城市交流\n10月韓國釜山市副市長鄭京鎮率團來訪，雙方就城市交流進行座談。\n"
)


def test_raw_uploads_without_a_period_do_not_replace_each_other(
    graph_settings: Settings, empty_graph: Graph
) -> None:
    """Every raw upload is `upload.txt`: its id comes from its text, not that name."""
    with client_for(graph_settings, extractor=None) as client:
        first = client.post("/reports", content=PERIODLESS.encode())
        assert first.status_code == 201, first.text
        assert first.json()["period"] == "unknown" and first.json()["period_start"] is None
        other = client.post("/reports", content=PERIODLESS.replace("鄭京鎮", "金英九").encode())
        assert other.json()["replaced"] is False
        assert len(client.get("/sources").json()) == 2
        again = client.post("/reports", content=PERIODLESS.encode()).json()
        assert again["replaced"] is True and again["replaces"] == "upload.txt"
        assert again["source_id"] == first.json()["source_id"]


def test_period_parameter_errors_name_the_parameter_not_the_cli_option(
    graph_settings: Settings, empty_graph: Graph
) -> None:
    path = SEED_REPORTS_DIR / "kaohsiung-104-h2.txt"  # states 104年7月至12月
    with client_for(graph_settings, extractor=None) as client:
        bad = client.post("/reports", content=PERIODLESS.encode(), params={"period": "soon"})
        assert bad.status_code == 422
        assert "`period` parameter" in bad.json()["detail"] and "--period" not in bad.text
        clash = client.post("/reports", content=path.read_bytes(), params={"period": "103H1"})
        assert clash.status_code == 422
        detail = clash.json()["detail"]
        assert "2014-01..2014-06" in detail and "2015-07..2015-12" in detail
        assert "--period" not in detail
        assert graph_counts(empty_graph) == ({}, {})
