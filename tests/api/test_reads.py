"""Every read endpoint's answer over a small realistic graph (tests/api/sample.py)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api import sample as s

pytestmark = pytest.mark.integration


def ok(client: TestClient, url: str, **params: Any) -> Any:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def ids(items: list[dict[str, Any]], key: str | None = None) -> list[str]:
    return [(item[key] if key else item)["id"] for item in items]


# -- search ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "q", ["釜山", "釜山市", "busan", "BUSAN", "ＢＵＳＡＮ", "Busan ", "韩国釜山市"]
)
def test_search_finds_busan_in_any_script_case_or_width(client: TestClient, q: str) -> None:
    body = ok(client, "/search", q=q)
    assert body["hits"][0]["id"] == s.BUSAN
    assert body["hits"][0]["match"] == "exact"
    assert body["hits"][0]["name_zh"] == "釜山" and body["hits"][0]["name_en"] == "Busan"


def test_search_accepts_simplified_characters(client: TestClient) -> None:
    hits = ok(client, "/search", q="高雄灯会")["hits"]
    assert hits[0]["id"] == s.LANTERN and hits[0]["match"] == "exact"
    assert {s.LANTERN_2012, s.LANTERN_2013} <= set(ids(hits))


def test_search_ranks_exact_then_prefix_then_contains(client: TestClient) -> None:
    hits = ok(client, "/search", q="釜山")["hits"]
    matches = [h["match"] for h in hits]
    assert matches == sorted(matches, key=["exact", "prefix", "contains"].index)
    assert s.BUSAN_ECON in ids(hits)  # 釜山市經濟政策科 starts with 釜山
    kumamoto = ok(client, "/search", q="熊本")["hits"]
    assert set(ids(kumamoto)) == {s.KUMAMOTO_PREF, s.KUMAMOTO_CITY}  # two partners
    assert {h["match"] for h in kumamoto} == {"prefix"}


def test_search_label_filter_and_limit(client: TestClient) -> None:
    assert ids(ok(client, "/search", q="busan", label="Organization")["hits"]) == [s.BUSAN_ECON]
    assert ok(client, "/search", q="busan", label="Person")["hits"] == []
    assert len(ok(client, "/search", q="市", limit=2)["hits"]) == 2


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "・ "},
        {"q": "busan", "label": "Planet"},
        {"q": "x", "limit": 0},
        {"q": "x", "limit": 1000},
        {},
    ],
)
def test_search_bad_parameters_are_422(client: TestClient, params: dict[str, Any]) -> None:
    assert client.get("/search", params=params).status_code == 422


# -- one entity ------------------------------------------------------------------------


def test_entity_with_relationships_grouped_by_type(client: TestClient) -> None:
    body = ok(client, f"/entities/{s.BUSAN}")
    assert body["label"] == "City" and body["name_en"] == "Busan"
    assert body["properties"]["country"] == "KR" and "search_keys" not in body["properties"]
    assert "釜山市" in body["aliases"]
    assert sorted(body["sources"]) == [s.H1_2013, s.H2_2015]
    rels = body["relationships"]
    assert "MENTIONS" not in rels
    titles = {
        (r["other"]["id"], r["properties"]["title_zh"], r["direction"]) for r in rels["HOLDS_TITLE"]
    }
    assert (s.CHUNG, "副市長", "in") in titles
    tie = rels["SISTER_CITY_OF"][0]
    assert tie["other"]["id"] == s.KAOHSIUNG and tie["direction"] == "both"
    # one fact stated by two reports: both sentences, each with its report
    assert {(e["source"], e["text"]) for e in tie["evidence"]} == {
        (s.H1_2013, "本市與姊妹市釜山市交流密切。"),
        (s.H2_2015, "本市持續與姊妹市釜山市交流。"),
    }
    inferred = [r for r in rels["PARTICIPATED_IN"] if r["inferred"]]
    assert [r["other"]["id"] for r in inferred] == [s.LANTERN_2012]


def test_entity_ids_with_chinese_characters(client: TestClient) -> None:
    body = ok(client, f"/entities/{s.CHUNG}")
    assert body["name_zh"] == "鄭京鎮" and body["label"] == "Person"
    (visit,) = body["relationships"]["VISITED"]
    assert visit["other"]["id"] == s.KAOHSIUNG and visit["date"] == "2015-10"
    assert visit["evidence"][0]["span"] == "0-19"


def test_unknown_entity_is_404_with_closest_matches(client: TestClient) -> None:
    response = client.get("/entities/city:kr:busann")
    assert response.status_code == 404
    body = response.json()
    assert "city:kr:busann" in body["detail"]
    assert body["closest"][0]["id"] == s.BUSAN
    closest = client.get("/entities/city:jp:kumamoto-prefectur").json()["closest"]
    assert s.KUMAMOTO_PREF in ids(closest)
    assert client.get("/entities/zzzz:qqqq-xxxx").json()["closest"] == []


# -- contacts --------------------------------------------------------------------------


def test_every_contact_with_busan_in_time_order(client: TestClient) -> None:
    body = ok(client, f"/entities/{s.BUSAN}/contacts")
    assert body["entity"]["id"] == s.BUSAN
    items = body["contacts"]
    assert body["count"] == len(items)
    dated = [c["date"] for c in items if c["date"]]
    assert dated == sorted(dated)
    assert items[-1]["date"] is None and items[-1]["kind"] == "SISTER_CITY_OF"  # undated last
    summary = [(c["date"], c["kind"], c["via"]["id"] if c["via"] else None) for c in items]
    assert summary[:-1] == [
        ("2003", "VISITED", s.HUR),
        ("2012-02-04", "PARTICIPATED_IN", None),
        ("2013-02-23", "PARTICIPATED_IN", None),
        ("2013-02-23", "PARTICIPATED_IN", s.HUR),
        ("2013-03-15", "VISITED", s.BUSAN_ECON),
        ("2015-08-14", "PARTICIPATED_IN", s.CHUNG),
        ("2015-09-02", "SISTER_SCHOOL_OF", s.HAKJANG),
        ("2015-10", "VISITED", s.CHUNG),
    ]


def test_a_vice_mayors_visit_is_a_contact_with_his_city(client: TestClient) -> None:
    items = ok(client, f"/entities/{s.BUSAN}/contacts")["contacts"]
    visit = next(c for c in items if c["kind"] == "VISITED" and c["date"] == "2015-10")
    assert visit["via"]["title_zh"] == "副市長" and visit["via"]["link"] == "HOLDS_TITLE"
    assert ids(visit["counterparts"]) == [s.KAOHSIUNG]
    assert visit["evidence"] == [
        {"text": "10月韓國釜山市副市長鄭京鎮率團來訪。", "source": s.H2_2015, "span": "0-19"}
    ]
    assert visit["sources"] == [s.H2_2015] and visit["inferred"] is False
    # the title he held at the time: vice mayor in 2003, mayor in 2013
    hur = [c for c in items if c["via"] and c["via"]["id"] == s.HUR]
    assert {(c["date"], c["via"]["title_zh"]) for c in hur} == {
        ("2003", "副市長"),
        ("2013-02-23", "市長"),
    }
    school = next(c for c in items if c["kind"] == "SISTER_SCHOOL_OF")
    assert school["via"]["link"] == "LOCATED_IN" and school["direction"] == "both"
    assert ids(school["counterparts"]) == [s.GANGSHAN]


def test_shared_events_name_the_other_parties(client: TestClient) -> None:
    items = ok(client, f"/entities/{s.BUSAN}/contacts")["contacts"]
    festival = next(
        c
        for c in items
        if c["kind"] == "PARTICIPATED_IN" and c["date"] == "2013-02-23" and c["via"] is None
    )
    parts = {c["id"]: c["relation"] for c in festival["counterparts"]}
    assert festival["counterparts"][0]["id"] == s.LANTERN_2013
    assert parts[s.KAOHSIUNG] == "HOSTED"
    assert parts[s.PORTLAND] == parts[s.HACHIOJI] == "PARTICIPATED_IN"
    assert s.HUR not in parts and s.BUSAN not in parts  # Busan's own people are not others
    assert festival["end"] == "2013-03-10"
    inferred = next(c for c in items if c["date"] == "2012-02-04")
    assert inferred["inferred"] is True
    assert "每年都派遣代表團" in inferred["evidence"][0]["text"]


def test_contacts_of_a_series_reach_through_its_editions(client: TestClient) -> None:
    items = ok(client, f"/entities/{s.SEMINAR}/contacts")["contacts"]
    assert {(c["kind"], c["via"]["id"]) for c in items} == {
        ("PARTICIPATED_IN", s.SEMINAR_2015),
        ("HOSTED", s.SEMINAR_2015),
    }


def test_contacts_of_a_country_reach_through_its_cities(client: TestClient) -> None:
    items = ok(client, f"/entities/{s.KOREA}/contacts")["contacts"]
    vias = {c["via"]["id"] for c in items}
    assert {s.BUSAN, s.CHUNG, s.HAKJANG} <= vias


def test_invitation_names_its_event(client: TestClient) -> None:
    items = ok(client, f"/entities/{s.MALE}/contacts")["contacts"]
    invited = next(c for c in items if c["kind"] == "INVITED")
    assert invited["direction"] == "in"
    assert [(c["id"], c["relation"]) for c in invited["counterparts"]] == [
        (s.KAOHSIUNG, None),
        (s.LANTERN_2013, "EVENT"),
    ]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"from": "2015", "to": "2015"}, ["2015-08-14", "2015-09-02", "2015-10"]),
        ({"from": "2013-03", "to": "2013-03"}, ["2013-02-23", "2013-02-23", "2013-03-15"]),
        ({"to": "2012-12-31"}, ["2003", "2012-02-04"]),
        ({"from": "2015-10-05"}, ["2015-10"]),
    ],
)
def test_contacts_period_filter(
    client: TestClient, params: dict[str, str], expected: list[str]
) -> None:
    items = ok(client, f"/entities/{s.BUSAN}/contacts", **params)["contacts"]
    assert [c["date"] for c in items] == expected


@pytest.mark.parametrize(
    "params",
    [
        {"from": "2013-13"},
        {"from": "13"},
        {"to": "2013-02-30"},
        {"from": "2015", "to": "2013"},
        {"from": "yesterday"},
    ],
)
def test_contacts_bad_dates_are_422(client: TestClient, params: dict[str, str]) -> None:
    response = client.get(f"/entities/{s.BUSAN}/contacts", params=params)
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], str)


def test_contacts_of_unknown_entity_is_404(client: TestClient) -> None:
    response = client.get("/entities/city:kr:pusan/contacts")
    assert response.status_code == 404
    assert "closest" in response.json()


# -- series attendance -----------------------------------------------------------------


def test_lantern_festival_attendance_year_by_year(client: TestClient) -> None:
    body = ok(client, f"/series/{s.LANTERN}/attendance")
    assert body["series"]["id"] == s.LANTERN
    years = {y["year"]: y for y in body["years"]}
    assert list(years) == [2012, 2013]
    y2013 = years[2013]
    assert ids(y2013["editions"]) == [s.LANTERN_2013]
    assert ids(y2013["hosts"]) == [s.KAOHSIUNG]
    attended = {r["party"]["id"]: r for r in y2013["attended"]}
    assert set(attended) == {s.BUSAN, s.HACHIOJI, s.PORTLAND, s.KUMAMOTO_PREF}
    assert not any(r["inferred"] for r in attended.values())
    # Kumamoto Prefecture came only through its vice governor: mapped to the prefecture
    ono = attended[s.KUMAMOTO_PREF]
    assert [(v["id"], v["title_zh"]) for v in ono["via"]] == [(s.ONO, "副知事")]
    assert ono["roles"] == ["delegation head"]
    # Busan attended itself and through its mayor: one row with both facts
    busan = attended[s.BUSAN]
    assert [v["id"] for v in busan["via"]] == [s.HUR] and len(busan["evidence"]) == 2
    invited = {r["party"]["id"]: r["status"] for r in y2013["invited"]}
    assert invited == {s.KUMAMOTO_CITY: "planned", s.MALE: "invited"}


def test_inferred_attendance_is_flagged(client: TestClient) -> None:
    years = ok(client, f"/series/{s.LANTERN}/attendance")["years"]
    y2012 = years[0]
    assert y2012["year"] == 2012 and y2012["invited"] == []
    assert {r["party"]["id"]: r["inferred"] for r in y2012["attended"]} == {
        s.BUSAN: True,
        s.PORTLAND: True,
    }
    assert "每年" in y2012["attended"][0]["evidence"][0]["text"]


def test_attendance_works_for_any_series(client: TestClient) -> None:
    (year,) = ok(client, f"/series/{s.SEMINAR}/attendance")["years"]
    assert year["year"] == 2015 and ids(year["hosts"]) == [s.KAOHSIUNG]
    (row,) = year["attended"]
    assert row["party"]["id"] == s.BUSAN and row["party"]["country"] == "KR"
    assert row["roles"] == ["speaker"] and row["via"][0]["id"] == s.CHUNG


@pytest.mark.parametrize("series_id", ["series:nope", s.BUSAN])
def test_attendance_of_unknown_series_is_404(client: TestClient, series_id: str) -> None:
    response = client.get(f"/series/{series_id}/attendance")
    assert response.status_code == 404
    assert all(h["label"] == "EventSeries" for h in response.json()["closest"])


# -- sister cities ---------------------------------------------------------------------


def test_sister_cities_of_the_home_city(client: TestClient) -> None:
    body = ok(client, "/sister-cities")
    assert body["city"]["id"] == s.KAOHSIUNG and body["count"] == 3
    male = body["ties"][0]
    assert male["partner"]["id"] == s.MALE and male["partner"]["country"] == "MV"
    assert (male["ordinal"], male["since"], male["status"]) == (28, "2013-06-09", "signed")
    assert "第28個姊妹市" in male["evidence"][0]["text"]
    statuses = {t["partner"]["id"]: t["status"] for t in body["ties"]}
    assert statuses == {s.MALE: "signed", s.BUSAN: "signed", s.PANAMA: "planned"}


def test_sister_cities_filtered_and_of_another_city(client: TestClient) -> None:
    planned = ok(client, "/sister-cities", status="planned")["ties"]
    assert [t["partner"]["id"] for t in planned] == [s.PANAMA]
    # stored Busan -> Kaohsiung, read from either side
    ties = ok(client, "/sister-cities", city=s.BUSAN)["ties"]
    assert [t["partner"]["id"] for t in ties] == [s.KAOHSIUNG]
    assert ok(client, "/sister-cities", city=s.GUNMA)["ties"] == []


def test_sister_cities_errors(client: TestClient) -> None:
    assert client.get("/sister-cities", params={"status": "married"}).status_code == 422
    assert client.get("/sister-cities", params={"city": "city:xx:nowhere"}).status_code == 404
    assert client.get("/sister-cities", params={"city": s.CHUNG}).status_code == 404


# -- paths -----------------------------------------------------------------------------


def test_shortest_paths_between_two_entities(client: TestClient) -> None:
    body = ok(client, "/paths", **{"from": s.ONO, "to": s.MALE})
    # all shortest: Kaohsiung both invited Malé and is its sister city
    assert {p["length"] for p in body["paths"]} == {3}
    assert {tuple(r["type"] for r in p["relationships"]) for p in body["paths"]} == {
        ("PARTICIPATED_IN", "HOSTED", "SISTER_CITY_OF"),
        ("PARTICIPATED_IN", "HOSTED", "INVITED"),
    }
    path = next(p for p in body["paths"] if p["relationships"][2]["type"] == "SISTER_CITY_OF")
    assert ids(path["nodes"]) == [s.ONO, s.LANTERN_2013, s.KAOHSIUNG, s.MALE]
    tie = path["relationships"][2]
    assert (tie["source"], tie["target"], tie["properties"]["ordinal"]) == (s.KAOHSIUNG, s.MALE, 28)
    assert tie["evidence"][0]["source"] == s.H1_2013
    assert ok(client, "/paths", max_hops=2, **{"from": s.ONO, "to": s.MALE})["paths"] == []
    both = ok(client, "/paths", **{"from": s.CHUNG, "to": s.HUR})["paths"]
    assert {tuple(ids(p["nodes"])) for p in both} == {
        (s.CHUNG, s.BUSAN, s.HUR),  # both hold a title with Busan
        (s.CHUNG, s.KAOHSIUNG, s.HUR),  # both visited Kaohsiung
    }


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"from": s.ONO, "to": s.MALE, "max_hops": 7}, 422),
        ({"from": s.ONO, "to": s.MALE, "max_hops": 0}, 422),
        ({"from": s.ONO, "to": s.ONO}, 422),
        ({"from": s.ONO}, 422),
        ({"from": s.ONO, "to": "city:mv:malle"}, 404),
    ],
)
def test_paths_errors(client: TestClient, params: dict[str, Any], status: int) -> None:
    assert client.get("/paths", params=params).status_code == status


# -- timeline --------------------------------------------------------------------------


def test_timeline_of_a_period(client: TestClient) -> None:
    body = ok(client, "/timeline", **{"from": "2013-06", "to": "2013-06"})
    assert [(i["date"], i["kind"]) for i in body["items"]] == [
        ("2013-06-08", "VISITED"),
        ("2013-06-09", "SISTER_CITY_OF"),
    ]
    visit = body["items"][0]
    assert visit["end"] == "2013-06-13"
    assert (visit["source"]["id"], visit["target"]["id"]) == (s.LIU, s.MALE)
    assert body["truncated"] is False and body["count"] == 2


def test_timeline_order_limit_and_errors(client: TestClient) -> None:
    items = ok(client, "/timeline", **{"from": "2015"})["items"]
    assert [i["date"] for i in items] == sorted(i["date"] for i in items)
    assert {i["kind"] for i in items} >= {"VISITED", "SISTER_SCHOOL_OF", "MET_WITH"}
    assert "HOLDS_TITLE" not in {i["kind"] for i in items}
    cut = ok(client, "/timeline", limit=2, **{"from": "2015"})
    assert cut["count"] == 2 and cut["truncated"] is True
    assert client.get("/timeline", params={"from": "2015-00"}).status_code == 422
    assert client.get("/timeline", params={"limit": 0}).status_code == 422


# -- sources ---------------------------------------------------------------------------


def test_sources_list_and_detail(client: TestClient) -> None:
    listed = ok(client, "/sources")
    assert [x["id"] for x in listed] == [s.H1_2013, s.H2_2015]
    first = listed[0]
    assert (first["period_start"], first["period_end"]) == ("2013-01", "2013-06")
    assert first["entities"] == 16 and first["relations"] > 20
    detail = ok(client, f"/sources/{s.H2_2015}")
    assert detail["title"] == "貳拾參、國際事務"
    assert detail["entities_by_label"]["Person"] == 1
    assert detail["relations_by_type"]["SISTER_SCHOOL_OF"] == 1
    assert detail["relations"] == sum(detail["relations_by_type"].values())


def test_unknown_source_is_404_with_closest(client: TestClient) -> None:
    response = client.get("/sources/src:kaohsiung-104-h3")
    assert response.status_code == 404
    assert response.json()["closest"][0]["id"] == s.H2_2015


# -- the document ----------------------------------------------------------------------


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    doc = ok(client, "/openapi.json")
    assert {
        "/search",
        "/entities/{entity_id}",
        "/entities/{entity_id}/contacts",
        "/series/{series_id}/attendance",
        "/sister-cities",
        "/paths",
        "/timeline",
        "/sources",
        "/sources/{source_id}",
        "/reports",
    } <= set(doc["paths"])
    assert "404" in doc["paths"]["/entities/{entity_id}"]["get"]["responses"]
    assert "text/plain" in doc["paths"]["/reports"]["post"]["requestBody"]["content"]
