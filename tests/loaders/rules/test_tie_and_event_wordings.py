"""Ties and events in wordings of the genre: homonymous places named bare long after
their country, existing ties with their year in parentheses, and more."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


@pytest.mark.parametrize(
    ("full", "bare", "place_id"),
    [
        ("哥斯大黎加聖荷西市", "聖荷西市", "city:cr:san-jose-08"),
        ("巴拿馬科隆市", "科隆市", "city:pa:colon"),
        ("美國奧克蘭市", "奧克蘭市", "city:us:oakland"),
    ],
)
def test_a_shared_name_written_bare_later_is_the_city_named_with_its_country(
    full: str, bare: str, place_id: str
) -> None:
    ext = chapter(
        f"1.4月{full}副市長率經貿訪問團一行10人來訪，參訪本市港區及軟體園區。",
        "2.5月間日本熊本縣、韓國仁川廣域市、菲律賓馬尼拉市及越南峴港市等地方政府訪團陸續來訪。",
        "二、未來工作重點",
        f"（一）持續與{bare}洽商締結姊妹市事宜。",
    )
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=place_id)
    assert found and found[0].properties["status"] == "negotiating"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "本市與日本沖繩縣宮古島市（民國78年締結）及美國華盛頓州西雅圖市（2001年締結）"
            "之姊妹市關係穩固，雙方每年互派青年交流。",
            {"宮古島市": "1989", "西雅圖市": "2001"},
        ),
        (
            "本府持續深化本市與越南峴港市（民國91年締結）、泰國清邁市間的友好城市關係。",
            {"峴港市": "2002", "清邁市": None},
        ),
        (
            "為延續本市與德國杜塞道夫市、法國里昂市之姊妹市關係，本府規劃互訪行程。",
            {"杜塞道夫市": None, "里昂市": None},
        ),
    ],
)
def test_ties_told_as_standing_relations_with_the_cities_listed(
    sentence: str, expected: dict[str, str | None]
) -> None:
    ext = chapter("1." + sentence)
    kind = RelType.SISTER_CITY_OF if "姊妹市" in sentence else RelType.FRIENDSHIP_CITY_OF
    for city, since in expected.items():
        found = [r for r in rels(ext, kind, source=KAOHSIUNG) if r.target == named(ext, city)]
        assert found, city
        assert found[0].properties["status"] == "signed"
        assert found[0].properties.get("since") == since, city


def test_a_relation_still_to_be_built_is_no_tie() -> None:
    ext = chapter("1.本府積極推動建立與美國聖地牙哥市之姊妹市關係，並已致函該市表達意願。")
    found = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    assert all(r.properties["status"] != "signed" for r in found)


@pytest.mark.parametrize(
    ("sentence", "city", "kind"),
    [
        (
            "美國德州奧斯汀市市長來訪時提議兩市締結姊妹市，本府將審慎評估。",
            "奧斯汀市",
            RelType.SISTER_CITY_OF,
        ),
        ("日本大分縣別府市議會議長建議與本市締結友好城市。", "別府市", RelType.FRIENDSHIP_CITY_OF),
        (
            "韓國全州市市長於座談中倡議兩市結為姊妹市，以擴大觀光交流。",
            "全州市",
            RelType.SISTER_CITY_OF,
        ),
    ],
)
def test_a_tie_only_proposed_is_planned(sentence: str, city: str, kind: RelType) -> None:
    ext = chapter("1." + sentence)
    found = [r for r in rels(ext, kind, source=KAOHSIUNG) if r.target == named(ext, city)]
    assert found and found[0].properties["status"] == "planned"
