"""QUESTIONS.md answered through the HTTP API from the real sample chapters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from citygraph.settings import Settings
from graph.driver import Graph
from graph.writer import clear_graph
from loaders.pipeline import load_files

pytestmark = pytest.mark.integration
REPORTS = Path(__file__).resolve().parents[2] / "seed" / "reports"


@pytest.fixture(scope="module")
def client(graph: Graph, graph_settings: Settings) -> Iterator[TestClient]:
    clear_graph(graph)
    load_files(graph, sorted(REPORTS.glob("*.txt")))
    with TestClient(create_app(graph_settings)) as test_client:
        yield test_client


def test_q1_lantern_festival_attendance_by_year(client: TestClient) -> None:
    body = client.get("/series/series:kaohsiung-lantern-festival/attendance").json()
    years = {row["year"]: row for row in body["years"]}
    attended_2013 = {a["party"]["id"] for a in years[2013]["attended"] if not a["inferred"]}
    assert {
        "city:kr:busan",
        "city:jp:hachioji",
        "city:au:brisbane",
        "city:us:portland-oregon",
        "city:jp:kumamoto-prefecture",
    } <= attended_2013
    inferred_2005 = {a["party"]["id"] for a in years[2005]["attended"] if a["inferred"]}
    assert inferred_2005 == {"city:kr:busan", "city:us:portland-oregon"}
    assert "city:jp:hachioji" in {a["party"]["id"] for a in years[2006]["attended"]}


def test_q3_contacts_with_busan_in_time_order(client: TestClient) -> None:
    body = client.get("/entities/city:kr:busan/contacts").json()
    contacts = body["contacts"]
    dated = [c["date"] for c in contacts if c["date"]]
    assert dated == sorted(dated)
    assert all(c["evidence"] for c in contacts)

    def visits_by(person: str) -> list[str]:
        return [
            c["date"]
            for c in contacts
            if c["kind"] == "VISITED" and (c["via"] or {}).get("id") == person
        ]

    assert visits_by("person:許南植") == ["2003", "2013"]  # as vice mayor, then as mayor
    assert "2013-03-15" in visits_by("person:申昌浩")
    assert visits_by("person:鄭京鎮") == ["2015-07"]  # the report's half year
    school_tie = next(c for c in contacts if c["kind"] == "SISTER_SCHOOL_OF")
    assert school_tie["date"] == "2015-09-02"
    return_visit = next(
        c
        for c in contacts
        if c["kind"] == "VISITED" and (c["via"] or {}).get("id") == "org:kr:busan:鶴章中學"
    )
    assert (return_visit["date"], return_visit["end"]) == ("2015-11-10", "2015-11-14")
    training = next(c for c in contacts if "公務員市政研修" in str(c["counterparts"]))
    assert (training["date"], training["end"]) == ("2015-11-10", "2015-11-13")
    camp = [c for c in contacts if "busan-future-leaders-camp" in str(c["counterparts"])]
    assert camp and camp[0]["date"] == "2015-12-14"


def test_q5_ties_being_pursued(client: TestClient) -> None:
    negotiating = client.get("/sister-cities", params={"status": "negotiating"}).json()
    assert {t["partner"]["id"] for t in negotiating["ties"]} >= {
        "city:il:haifa",
        "city:co:valle-del-cauca",
    }
    signed = client.get("/sister-cities", params={"status": "signed"}).json()
    male = next(t for t in signed["ties"] if t["partner"]["id"] == "city:mv:male")
    assert (male["since"], male["ordinal"]) == ("2013-06-09", 28)


def test_q8_search_keeps_kumamoto_prefecture_and_city_apart(client: TestClient) -> None:
    ids = [h["id"] for h in client.get("/search", params={"q": "熊本"}).json()["hits"]]
    assert "city:jp:kumamoto-prefecture" in ids and "city:jp:kumamoto" in ids
    busan = client.get("/search", params={"q": "韓國釜山市"}).json()
    assert busan["hits"][0]["id"] == "city:kr:busan"
    simplified = client.get("/search", params={"q": "横滨"}).json()  # simplified 橫濱
    assert simplified["hits"][0]["id"] == "city:jp:yokohama"


def _relations(client: TestClient, entity_id: str, rel_type: str) -> list[dict]:
    body = client.get(f"/entities/{entity_id}")
    assert body.status_code == 200, body.text
    return body.json()["relationships"].get(rel_type, [])


def test_q2_the_28th_sister_city_and_the_visit_it_was_signed_on(client: TestClient) -> None:
    tie = next(
        t
        for t in client.get("/sister-cities").json()["ties"]
        if t["ordinal"] == 28 and t["status"] == "signed"
    )
    assert tie["partner"]["id"] == "city:mv:male"
    assert (tie["partner"]["name_en"], tie["since"]) == ("Malé", "2013-06-09")
    visits = [
        v["properties"]
        for v in _relations(client, "city:mv:male", "VISITED")
        if v["other"]["id"] == "city:tw:kaohsiung"
    ]
    assert {(v["start"], v["end"], v["led_by"]) for v in visits} == {
        ("2013-06-08", "2013-06-13", "劉副市長")
    }


def test_q4_what_kaohsiung_signed_with_gunma(client: TestClient) -> None:
    signed = [
        m["properties"]
        for m in _relations(client, "city:jp:gunma-prefecture", "SIGNED_MOU")
        if m["properties"]["status"] == "signed"
    ]
    assert len(signed) == 1
    agreement = signed[0]
    assert (agreement["title"], agreement["date"]) == ("經濟友好交流協議", "2013-03-04")
    assert set(agreement["signatories"]) == {"陳菊", "大澤正明"}
    assert set(agreement["fields"]) == {"觀光", "文教", "貿易", "農業"}
    governor = _relations(client, "person:大澤正明", "HOLDS_TITLE")
    assert [(t["other"]["id"], t["properties"]["title_en"]) for t in governor] == [
        ("city:jp:gunma-prefecture", "Governor")
    ]


def test_q6_visitors_become_people_with_titles_and_affiliations(client: TestClient) -> None:
    [vice_mayor] = _relations(client, "person:鄭京鎮", "HOLDS_TITLE")
    assert vice_mayor["other"]["id"] == "city:kr:busan"
    assert (vice_mayor["properties"]["title_zh"], vice_mayor["properties"]["title_en"]) == (
        "副市長",
        "Vice Mayor",
    )
    [director] = _relations(client, "person:梅健華", "HOLDS_TITLE")
    assert director["properties"]["title_en"] == "Director"
    office = client.get(f"/entities/{director['other']['id']}").json()
    assert office["label"] == "Organization"
    assert "美國在台協會台北辦事處" in [office["name_zh"], *office["aliases"]]
    moy = client.get("/entities/person:梅健華").json()
    assert moy["name_en"] == "Kin Moy"
    visited = _relations(client, "person:梅健華", "VISITED")
    assert [v["other"]["id"] for v in visited] == ["city:tw:kaohsiung"]


def test_q7_the_delegation_to_the_2015_summit_and_whom_it_met(client: TestClient) -> None:
    visits = [
        v["properties"]
        for v in _relations(client, "city:au:brisbane", "VISITED")
        if v["other"]["id"] == "city:tw:kaohsiung" and v["properties"].get("year") == 2015
    ]
    assert len(visits) == 1
    visit = visits[0]
    assert (visit["start"], visit["end"], visit["led_by"]) == (
        "2015-07-04",
        "2015-07-11",
        "許副市長",
    )
    assert set(visit["bureaus"]) == {"經濟發展局", "都市發展局", "秘書處"}
    met = {
        m["other"]["id"]
        for m in _relations(client, "city:tw:kaohsiung", "MET_WITH")
        if m["properties"].get("start", "").startswith("2015-07")
    }
    assert met == {"city:au:brisbane", "city:pa:panama-city"}
    summit = client.get("/entities/event:asia-pacific-cities-summit:2015").json()
    assert [h["other"]["id"] for h in summit["relationships"]["HOSTED"]] == ["city:au:brisbane"]
