"""Extraction from the two real sample chapters: the facts QUESTIONS.md asks about."""

from __future__ import annotations

from pathlib import Path

import pytest

from citygraph.errors import ReportInputError
from graph.model import Extraction, RelType
from loaders.pipeline import extract_bytes, extract_file
from tests.loaders.rules.helpers import chapter, rels

REPORTS = Path(__file__).resolve().parents[2] / "seed" / "reports"
KAOHSIUNG = "city:tw:kaohsiung"


@pytest.fixture(scope="module")
def h1_2013() -> Extraction:
    return extract_file(REPORTS / "kaohsiung-102-h1.txt")


@pytest.fixture(scope="module")
def h2_2015() -> Extraction:
    return extract_file(REPORTS / "kaohsiung-104-h2.txt")


def test_every_evidence_is_an_exact_substring_of_its_report(
    h1_2013: Extraction, h2_2015: Extraction
) -> None:
    for extraction, name in ((h1_2013, "kaohsiung-102-h1.txt"), (h2_2015, "kaohsiung-104-h2.txt")):
        text = (REPORTS / name).read_text(encoding="utf-8")
        for rel in extraction.relations:
            assert rel.evidence, rel
            for ev in rel.evidence:
                assert text[ev.start : ev.end] == ev.text


def test_sources_carry_the_report_period(h1_2013: Extraction, h2_2015: Extraction) -> None:
    assert (h1_2013.sources[0].period_start, h1_2013.sources[0].period_end) == (
        "2013-01",
        "2013-06",
    )
    assert h2_2015.sources[0].id == "source:2015-07_2015-12"


def test_q1_lantern_festival_2013_attendance_with_inferred_years(h1_2013: Extraction) -> None:
    event = "event:kaohsiung-lantern-festival:2013"
    attended = {
        r.source
        for r in rels(h1_2013, RelType.PARTICIPATED_IN, target=event, status="attended")
        if r.source.startswith("city:")
    }
    assert attended == {
        "city:kr:busan",
        "city:jp:hachioji",
        "city:au:brisbane",
        "city:us:portland-oregon",
        "city:jp:kumamoto-prefecture",
    }
    kumamoto = rels(
        h1_2013, RelType.PARTICIPATED_IN, source="city:jp:kumamoto-prefecture", target=event
    )[0]
    assert kumamoto.properties.get("first_time") is True
    assert "小野泰輔" in kumamoto.properties.get("led_by", "")
    inferred = {
        (r.source, r.properties["year"])
        for r in rels(h1_2013, RelType.PARTICIPATED_IN, inferred=True)
    }
    assert ("city:us:portland-oregon", 2004) in inferred
    assert ("city:kr:busan", 2012) in inferred
    assert ("city:jp:hachioji", 2006) in inferred
    assert ("city:jp:hachioji", 2005) not in inferred


def test_q2_male_became_the_28th_sister_city(h1_2013: Extraction) -> None:
    (tie,) = rels(h1_2013, RelType.SISTER_CITY_OF, target="city:mv:male")
    assert tie.properties == {"status": "signed", "since": "2013-06-09", "ordinal": 28}
    (visit,) = rels(h1_2013, RelType.VISITED, source=KAOHSIUNG, target="city:mv:male")
    assert (visit.properties["start"], visit.properties["end"]) == ("2013-06-08", "2013-06-13")
    assert visit.properties["led_by"] == "劉副市長"


def test_q3_contacts_with_busan_are_extracted(h1_2013: Extraction, h2_2015: Extraction) -> None:
    hur = rels(h1_2013, RelType.VISITED, source="person:許南植", target=KAOHSIUNG)
    assert {r.properties.get("year") for r in hur} >= {2003}
    study = rels(h1_2013, RelType.VISITED, source="person:申昌浩", target=KAOHSIUNG)
    assert study[0].properties["start"] == "2013-03-15"
    assert rels(
        h2_2015,
        RelType.HOLDS_TITLE,
        source="person:鄭京鎮",
        target="city:kr:busan",
        title_zh="副市長",
    )
    assert rels(
        h2_2015,
        RelType.PARTICIPATED_IN,
        source="city:kr:busan",
        target="event:port-cities-seminar:2015",
        status="attended",
    )
    (school,) = rels(h2_2015, RelType.SISTER_SCHOOL_OF)
    assert school.properties["since"] == "2015-09-02"
    assert school.target.startswith("org:kr:busan:")
    training = rels(h2_2015, RelType.VISITED, source=KAOHSIUNG, target="city:kr:busan")
    assert any(r.properties.get("start") == "2015-11-10" for r in training)
    camp = "event:busan-future-leaders-camp:2015"
    assert rels(h2_2015, RelType.PARTICIPATED_IN, target=camp, status="attended")


def test_q4_gunma_agreement(h1_2013: Extraction) -> None:
    (mou,) = rels(h1_2013, RelType.SIGNED_MOU, target="city:jp:gunma-prefecture")
    assert mou.properties["title"] == "經濟友好交流協議"
    assert mou.properties["date"] == "2013-03-04"
    assert mou.properties["status"] == "signed"
    assert mou.properties["fields"] == ["觀光", "文教", "貿易", "農業"]
    assert set(mou.properties["signatories"]) == {"陳菊", "大澤正明"}


def test_q5_ties_pursued_in_2015(h2_2015: Extraction) -> None:
    pursued = {
        r.target: r.properties["status"]
        for r in rels(h2_2015, RelType.SISTER_CITY_OF)
        if r.properties["status"] != "signed"
    }
    assert pursued == {
        "city:pa:panama-city": "planned",
        "city:il:haifa": "negotiating",
        "city:gb:liverpool": "planned",
        "city:co:valle-del-cauca": "negotiating",
    }


def test_q6_visitors_become_people_with_titles(h2_2015: Extraction, h1_2013: Extraction) -> None:
    assert rels(h2_2015, RelType.HOLDS_TITLE, source="person:鄭京鎮", target="city:kr:busan")
    (moy,) = rels(h2_2015, RelType.HOLDS_TITLE, source="person:梅健華")
    assert moy.properties["title_zh"] == "處長"
    office = next(e for e in h2_2015.entities if e.id == moy.target)
    assert office.name_zh == "美國在台協會台北辦事處"  # as the report writes it
    assert office.id == "org:tw:taipei:美國在臺協會臺北辦事處"  # ids use the matching form
    person = next(e for e in h2_2015.entities if e.id == "person:梅健華")
    assert person.name_en == "Kin Moy"
    # every person visitor of the 2013 list has a title (the list also names a company
    # and a sister city's unnamed ambassadors)
    visitors = {
        r.source
        for r in rels(h1_2013, RelType.VISITED, start="2013-01")
        if r.source.startswith("person:")
    }
    titled = {r.source for r in rels(h1_2013, RelType.HOLDS_TITLE)}
    assert len(visitors) >= 18 and visitors <= titled


def test_q7_apcs_2015_delegation(h2_2015: Extraction) -> None:
    visits = rels(h2_2015, RelType.VISITED, source=KAOHSIUNG, target="city:au:brisbane")
    (visit,) = [v for v in visits if v.properties.get("start") == "2015-07-04"]
    assert visit.properties["led_by"] == "許副市長"
    assert set(visit.properties["bureaus"]) == {"經濟發展局", "都市發展局", "秘書處"}
    met = {r.target for r in rels(h2_2015, RelType.MET_WITH, source=KAOHSIUNG)}
    assert {"city:au:brisbane", "city:pa:panama-city"} <= met


def test_q8_kumamoto_prefecture_and_city_stay_distinct(h1_2013: Extraction) -> None:
    ids = {e.id for e in h1_2013.entities}
    assert {"city:jp:kumamoto-prefecture", "city:jp:kumamoto"} <= ids
    busan = [e for e in h1_2013.entities if "釜山" in e.name_zh and e.label == "City"]
    assert [e.id for e in busan] == ["city:kr:busan"]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary\x00\xff" * 50, "binary"),
        (b"# README\n\nThis project converts files.\n", "chapter"),
    ],
)
def test_bad_input_is_refused_with_the_file_named(data: bytes, problem: str) -> None:
    with pytest.raises(ReportInputError, match=rf"upload\.txt.*{problem}|upload\.txt"):
        extract_bytes(data, "upload.txt")


PERIODLESS = (
    "貳拾參、國際事務\n一、城市交流\n10月韓國釜山市副市長鄭京鎮率團來訪，雙方就城市交流進行座談。\n"
)


def test_a_periodless_report_is_named_by_its_text_not_its_file_name() -> None:
    first = extract_bytes(PERIODLESS.encode("utf-8"), "upload.txt").sources[0]
    same_text = extract_bytes(PERIODLESS.encode("utf-16"), "other-name.txt").sources[0]
    other_text = extract_bytes(
        PERIODLESS.replace("鄭京鎮", "金英九").encode("utf-8"), "upload.txt"
    ).sources[0]
    assert first.id.startswith("source:text:")
    assert first.id == same_text.id  # the same text, whatever its file name or encoding
    assert other_text.id != first.id  # two raw uploads no longer replace each other
    assert first.period == "unknown" and "None" not in first.period


def test_the_home_city_constant_is_the_city_the_rules_resolve() -> None:
    from graph.model import HOME_CITY_ID
    from loaders.gazetteer import Gazetteer

    home = Gazetteer.default().resolve("高雄市")
    assert home is not None and home.id == HOME_CITY_ID


def test_a_place_read_from_an_organizations_name_quotes_the_name() -> None:
    ext = chapter(
        "1.本期來訪貴賓包括：美國波特蘭市議會議長史密斯、韓國大邱廣域市議會議員金民洙、"
        "泰國曼谷市政府國際處處長沙旺等。",
        "2.108年3月5日，本市前鎮高中與日本沖繩縣那霸市首里高等學校締結姊妹校。",
    )
    quoted = {
        rel.evidence[0].text
        for rel in ext.relations
        if rel.type == RelType.LOCATED_IN and rel.target != KAOHSIUNG
    }
    assert {"美國波特蘭市議會", "韓國大邱廣域市議會"} <= quoted
    # a home school has no place in its name: its sentence is the evidence
    [home_school] = rels(ext, RelType.LOCATED_IN, target=KAOHSIUNG)
    assert home_school.evidence[0].text.startswith("108年3月5日，本市前鎮高中")
