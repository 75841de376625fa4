"""Gazetteer: countries, place names of the genre, ids, and scanning report text."""

from __future__ import annotations

import itertools
from pathlib import Path

import pycountry
import pytest

from citygraph.paths import GAZETTEER_DIR, SEED_REPORTS_DIR
from loaders.gazetteer import Gazetteer, Place, _read_seed


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _id(gaz: Gazetteer, surface: str, **kwargs) -> str | None:
    place = gaz.resolve(surface, **kwargs)
    return place.id if place else None


# ---------------------------------------------------------------------------- loading
def test_default_is_one_shared_instance(gaz: Gazetteer) -> None:
    assert Gazetteer.default() is gaz


def test_seed_files_have_a_comment_line_and_real_codes() -> None:
    for name in ("country_aliases.csv", "subdivisions.csv", "places.csv", "not_places.csv"):
        first = (GAZETTEER_DIR / name).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# ") and len(first) > 40, name
    iso_2 = {s.code for s in pycountry.subdivisions}
    for row in _read_seed("subdivisions.csv", GAZETTEER_DIR):
        assert row["code"] in iso_2, row["code"]
        assert not row["parent_code"] or row["parent_code"] in iso_2
    countries = {c.alpha_2 for c in pycountry.countries}
    assert {r["code"] for r in _read_seed("country_aliases.csv", GAZETTEER_DIR)} <= countries
    for row in _read_seed("places.csv", GAZETTEER_DIR):
        assert row["country"] in countries and (not row["admin1"] or row["admin1"] in iso_2)


# ---------------------------------------------------------------------------- countries
@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("日本", "JP"),
        ("韓國", "KR"),
        ("南韓", "KR"),
        ("美國", "US"),
        ("澳洲", "AU"),
        ("澳大利亞", "AU"),
        ("英國", "GB"),
        ("法國", "FR"),
        ("義大利", "IT"),
        ("以色列", "IL"),
        ("巴西", "BR"),
        ("哥倫比亞", "CO"),
        ("巴拿馬", "PA"),
        ("馬爾地夫", "MV"),
        ("印尼", "ID"),
        ("貝里斯", "BZ"),
        ("不丹", "BT"),
        ("加拿大", "CA"),
        ("荷蘭", "NL"),
        ("西班牙", "ES"),
        ("瑞士", "CH"),
        ("土耳其", "TR"),
        ("中國", "CN"),
        ("中國大陸", "CN"),
        ("德國", "DE"),
        ("紐西蘭", "NZ"),
        ("菲律賓", "PH"),
        ("越南", "VN"),
        ("泰國", "TH"),
        ("新加坡", "SG"),
        ("馬來西亞", "MY"),
        ("印度", "IN"),
        ("俄羅斯", "RU"),
        ("墨西哥", "MX"),
        ("台灣", "TW"),
        ("臺灣", "TW"),
        ("韩国", "KR"),
        ("意大利", "IT"),
        ("新西兰", "NZ"),
        ("Japan", "JP"),
        ("KR", "KR"),
    ],
)
def test_country_by_name(gaz: Gazetteer, name: str, code: str) -> None:
    place = gaz.country(name)
    assert place is not None and place.country == code
    assert place.id == f"country:{code.lower()}"
    assert place.label == "Country" and place.admin_level == "country"


def test_country_names(gaz: Gazetteer) -> None:
    assert gaz.country("韓國").name_zh == "韓國" and gaz.country("韓國").name_en == "South Korea"
    assert gaz.country("文化") is None and gaz.country("") is None
    names = gaz.country_names_longest_first()
    assert "日本" in names and names.index("印度尼西亞") < names.index("印度")


# ---------------------------------------------------------------------------- resolve
@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("釜山", "city:kr:busan"),
        ("釜山市", "city:kr:busan"),
        ("韓國釜山市", "city:kr:busan"),
        ("熊本縣", "city:jp:kumamoto-prefecture"),
        ("日本熊本縣", "city:jp:kumamoto-prefecture"),
        ("熊本市", "city:jp:kumamoto"),
        ("宮崎縣", "city:jp:miyazaki-prefecture"),
        ("宮崎市", "city:jp:miyazaki"),
        ("東京都", "city:jp:tokyo-metropolis"),
        ("東京都八王子市", "city:jp:hachioji"),
        ("日本八王子", "city:jp:hachioji"),
        ("八王子市", "city:jp:hachioji"),
        ("青森縣弘前市", "city:jp:hirosaki"),
        ("美國奧勒崗州波特蘭", "city:us:portland-oregon"),
        ("夏威夷州檀香山市", "city:us:honolulu"),
        ("美國洛杉磯市", "city:us:los-angeles"),
        ("法國馬賽市", "city:fr:marseille"),
        ("澳洲布里斯本", "city:au:brisbane"),
        ("以色列海法市", "city:il:haifa"),
        ("英國利物浦市", "city:gb:liverpool"),
        ("巴拿馬市", "city:pa:panama-city"),
        ("巴拿馬", "country:pa"),
        ("馬爾地夫馬列市", "city:mv:male"),
        ("巴西里約市", "city:br:rio-de-janeiro"),
        ("義大利卡達尼亞省", "city:it:province-of-catania"),
        ("哥倫比亞考卡山谷省", "city:co:valle-del-cauca"),
        ("中國福建省", "city:cn:fujian-province"),
        ("廈門", "city:cn:xiamen"),
        ("福州", "city:cn:fuzhou-fujian-province"),
        ("泉州", "city:cn:quanzhou"),
        ("韓國慶尚南道", "city:kr:gyeongsangnam-do"),
        ("全羅南道莞島郡", "city:kr:wando-county"),
        ("仁川市", "city:kr:incheon"),
        ("光州市", "city:kr:gwangju"),
        ("山形縣", "city:jp:yamagata-prefecture"),
        ("秋田縣", "city:jp:akita-prefecture"),
        ("長野縣", "city:jp:nagano-prefecture"),
        ("群馬縣", "city:jp:gunma-prefecture"),
        ("山梨縣", "city:jp:yamanashi-prefecture"),
        ("高知縣", "city:jp:kochi-prefecture"),
        ("廣島縣", "city:jp:hiroshima-prefecture"),
        ("靜岡縣", "city:jp:shizuoka-prefecture"),
        ("長野縣茅野市", "city:jp:chino"),
        ("高知縣四万十市", "city:jp:shimanto"),
        ("山梨縣笛吹市", "city:jp:fuefuki"),
        ("山梨縣甲斐市", "city:jp:kai"),
        ("橫濱市", "city:jp:yokohama"),
        ("横浜市", "city:jp:yokohama"),
        ("東京都板橋區", "city:jp:itabashi"),
        ("新南威爾斯州", "city:au:new-south-wales"),
        ("加拿大安大略省", "city:ca:ontario"),
        ("美國科羅拉多泉市", "city:us:colorado-springs"),
        ("貝里斯聖佩卓市", "city:bz:san-pedro"),
        ("高雄市", "city:tw:kaohsiung"),
        ("高雄", "city:tw:kaohsiung"),
        # other wordings: simplified, Japanese, full-width, spaces, 県/縣
        ("釜山市", "city:kr:busan"),
        ("横滨市", "city:jp:yokohama"),
        ("东京都板桥区", "city:jp:itabashi"),
        ("日本熊本県", "city:jp:kumamoto-prefecture"),
        ("韩国庆尚南道", "city:kr:gyeongsangnam-do"),
        ("美国洛杉矶", "city:us:los-angeles"),
        ("日本 東京都 八王子市", "city:jp:hachioji"),
        ("中国福建省厦门市", "city:cn:xiamen"),
        ("臺北", "city:tw:taipei"),
        ("台北市", "city:tw:taipei"),
    ],
)
def test_resolve_genre_examples(gaz: Gazetteer, surface: str, expected: str) -> None:
    assert _id(gaz, surface) == expected


@pytest.mark.parametrize(
    ("surface", "level", "country"),
    [
        ("熊本縣", "admin1", "JP"),
        ("熊本市", "city", "JP"),
        ("東京都", "admin1", "JP"),
        ("東京都板橋區", "district", "JP"),
        ("全羅南道莞島郡", "district", "KR"),
        ("義大利卡達尼亞省", "admin1", "IT"),
        ("美國", "country", "US"),
    ],
)
def test_admin_levels(gaz: Gazetteer, surface: str, level: str, country: str) -> None:
    place = gaz.resolve(surface)
    assert (place.admin_level, place.country) == (level, country)
    assert place.label == ("Country" if level == "country" else "City")


def test_parents_and_coordinates(gaz: Gazetteer) -> None:
    hirosaki = gaz.resolve("青森縣弘前市")
    assert hirosaki.parent_id == "city:jp:aomori-prefecture"
    assert gaz.get(hirosaki.parent_id).name_en == "Aomori Prefecture"
    portland = gaz.resolve("美國奧勒崗州波特蘭")
    assert portland.parent_id == "city:us:oregon" and portland.lat == pytest.approx(45.5, abs=0.2)
    assert gaz.resolve("東京都八王子市").parent_id == "city:jp:tokyo-metropolis"
    assert gaz.resolve("東京都板橋區").parent_id == "city:jp:tokyo-metropolis"
    assert gaz.get("city:jp:tokyo-metropolis").parent_id == "country:jp"
    assert gaz.resolve("義大利卡達尼亞省").parent_id == "city:it:sicily"
    wando = gaz.resolve("全羅南道莞島郡")
    assert (wando.name_en, wando.parent_id) == ("Wando County", "city:kr:jeollanam-do")
    male = gaz.resolve("馬列市", country="MV", name_en="Malé")
    assert (male.id, male.name_en, male.country) == ("city:mv:male", "Malé", "MV")
    assert male.lat == pytest.approx(4.17, abs=0.05) and male.lon == pytest.approx(73.5, abs=0.05)
    kaohsiung = gaz.get("city:tw:kaohsiung")
    assert (kaohsiung.name_zh, kaohsiung.name_en, kaohsiung.country) == ("高雄", "Kaohsiung", "TW")
    # one-city first-level units: districts lie in the city, the city in its country
    assert gaz.resolve("釜山市").parent_id == "country:kr"


@pytest.mark.parametrize(
    ("surface", "parent"),  # a capital or big city of many subdivisions: data, not lists
    [
        ("札幌市", "city:jp:hokkaido"),
        ("名古屋市", "city:jp:aichi-prefecture"),
        ("那霸市", "city:jp:okinawa-prefecture"),
        ("神戶市", "city:jp:hyogo-prefecture"),
        ("京都市", "city:jp:kyoto-prefecture"),
        ("水原市", "city:kr:gyeonggi-do"),
        ("昌原市", "city:kr:gyeongsangnam-do"),
        ("杭州市", "city:cn:zhejiang-province"),
        ("成都市", "city:cn:sichuan-province"),
        ("西雅圖", "city:us:washington"),
        ("多倫多", "city:ca:ontario"),
        ("墨爾本", "city:au:victoria"),
    ],
)
def test_cities_lie_in_their_subdivision(gaz: Gazetteer, surface: str, parent: str) -> None:
    assert gaz.resolve(surface).parent_id == parent


def test_suffix_decides_between_prefecture_and_city(gaz: Gazetteer) -> None:
    assert _id(gaz, "熊本縣") != _id(gaz, "熊本市")
    assert _id(gaz, "宮崎縣") != _id(gaz, "宮崎市")
    assert _id(gaz, "熊本", country="JP") == "city:jp:kumamoto"
    assert _id(gaz, "福建") == "city:cn:fujian-province"  # no city of that name
    assert _id(gaz, "巴拿馬市") != _id(gaz, "巴拿馬")


def test_country_hint_and_parent(gaz: Gazetteer) -> None:
    # enumerations: the caller carries the country (and province) over the items
    for item, expected in [
        ("熊本市", "city:jp:kumamoto"),
        ("宮崎縣", "city:jp:miyazaki-prefecture"),
        ("秋田縣", "city:jp:akita-prefecture"),
        ("橫濱市", "city:jp:yokohama"),
    ]:
        assert _id(gaz, item, country="JP") == expected
    assert _id(gaz, "仁川市", country="KR") == "city:kr:incheon"
    assert _id(gaz, "光州市", country="韓國") == "city:kr:gwangju"
    assert _id(gaz, "廣州") == "city:cn:guangzhou"  # population decides
    assert _id(gaz, "廣州市", country="KR") == "city:kr:gwangju-gyeonggi-do"  # the hint does
    fujian = gaz.resolve("中國福建省")
    for item, expected in [
        ("廈門", "city:cn:xiamen"),
        ("福州", "city:cn:fuzhou-fujian-province"),
        ("泉州", "city:cn:quanzhou"),
    ]:
        assert _id(gaz, item, parent=fujian) == expected
    tokyo = gaz.resolve("東京都")
    assert _id(gaz, "板橋區", parent=tokyo) == "city:jp:itabashi"
    assert _id(gaz, "板橋區") == "city:tw:banqiao"  # without Tokyo: New Taipei's
    assert _id(gaz, "波特蘭", country="US") == "city:us:portland-oregon"


def test_places_no_data_knows(gaz: Gazetteer) -> None:
    sinan = gaz.resolve("全羅南道新安郡")
    assert sinan.id == "city:kr:新安郡"
    assert (sinan.admin_level, sinan.parent_id, sinan.country) == (
        "district",
        "city:kr:jeollanam-do",
        "KR",
    )
    assert gaz.resolve("全羅南道新安郡") is sinan and gaz.get(sinan.id) is sinan
    named = gaz.resolve("新安郡", country="KR", name_en="Sinan County")
    assert (named.id, named.name_en) == ("city:kr:sinan-county", "Sinan County")
    assert _id(gaz, "韓國新安郡") == "city:kr:新安郡"
    assert gaz.resolve("新安郡") is None  # no country: nothing to attach it to


@pytest.mark.parametrize(
    "word", ["本市", "市府", "文化", "城市", "國際", "交流", "高峰會", "姊妹市", "", "  "]
)
def test_not_places(gaz: Gazetteer, word: str) -> None:
    assert gaz.resolve(word) is None


def test_english_names(gaz: Gazetteer) -> None:
    assert _id(gaz, "Busan") == "city:kr:busan"
    assert _id(gaz, "Malé", country="MV") == "city:mv:male"
    assert _id(gaz, "Portland", country="US") == "city:us:portland-oregon"
    assert _id(gaz, "Gyeongsangnam-do") == "city:kr:gyeongsangnam-do"
    assert _id(gaz, "", country="MV", name_en="Male") == "city:mv:male"


def test_ids_do_not_depend_on_call_order() -> None:
    fresh = Gazetteer()  # nothing asked yet: ask for the smaller Portland first
    maine = fresh.resolve("美國緬因州波特蘭")
    assert maine.id == "city:us:portland-maine" and maine.parent_id == "city:us:maine"
    assert fresh.resolve("美國奧勒崗州波特蘭").id == "city:us:portland-oregon"
    assert fresh.get("city:kr:gwangju").name_en == "Gwangju"
    assert fresh.get("city:kr:busan") == Gazetteer.default().get("city:kr:busan")


def test_a_start_from_the_cache_answers_as_a_start_that_derives_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CITYGRAPH_CACHE_DIR", str(tmp_path))
    cold = Gazetteer()  # derives the index and saves it
    assert len(list(tmp_path.glob("gazetteer-index-*.marshal"))) == 1

    def no_deriving(self: Gazetteer) -> dict:
        raise AssertionError("the index should come from the cache")

    monkeypatch.setattr(Gazetteer, "_derive_index", no_deriving)
    warm = Gazetteer()
    for report in ("kaohsiung-102-h1.txt", "kaohsiung-104-h2.txt"):
        text = (SEED_REPORTS_DIR / report).read_text(encoding="utf-8")
        assert warm.find_places(text) == cold.find_places(text)
    names = ["熊本縣", "熊本市", "韓國釜山市", "美國緬因州波特蘭", "巴拿馬城", "全羅南道新安郡"]
    names += sorted(cold._city_keys)[::50]  # ~300 city names of the index, bare
    for name in names:
        for text in (name, name + "市", name + "縣", "日本" + name + "市"):
            assert warm.resolve(text) == cold.resolve(text), text
            assert warm.find_places(text) == cold.find_places(text), text
    assert warm.resolve("Portland", country="US") == cold.resolve("Portland", country="US")
    for place_id in ("city:us:portland-oregon", "city:kr:gwangju", "city:mv:male"):
        place = warm.get(place_id)
        assert place is not None and place == cold.get(place_id)


def test_place_values(gaz: Gazetteer) -> None:
    busan = gaz.resolve("韓國釜山市")
    assert isinstance(busan, Place)
    assert (busan.name_zh, busan.name_en, busan.country) == ("釜山", "Busan", "KR")
    assert "釜山市" in busan.aliases and all(a != busan.name_zh for a in busan.aliases)
    with pytest.raises(AttributeError):
        busan.name_zh = "x"  # type: ignore[misc]
    assert gaz.resolve("東京都八王子市").name_zh == "八王子"
    assert gaz.resolve("橫濱市").name_zh == "橫濱"


# ---------------------------------------------------------------------------- find_places
EXPECTED_102_H1 = {
    ("不丹", "country:bt"),
    ("中國福建省廈門", "city:cn:xiamen"),
    ("以色列海法市", "city:il:haifa"),
    ("八王子", "city:jp:hachioji"),
    ("八王子市", "city:jp:hachioji"),
    ("加拿大安大略省", "city:ca:ontario"),
    ("台北", "city:tw:taipei"),
    ("台灣", "country:tw"),
    ("土耳其", "country:tr"),
    ("巴西里約市", "city:br:rio-de-janeiro"),
    ("日本", "country:jp"),
    ("日本八王子", "city:jp:hachioji"),
    ("日本八王子市", "city:jp:hachioji"),
    ("日本熊本縣", "city:jp:kumamoto-prefecture"),
    ("日本群馬縣", "city:jp:gunma-prefecture"),
    ("橫濱市", "city:jp:yokohama"),
    ("泉州", "city:cn:quanzhou"),
    ("波特蘭", "city:us:portland-oregon"),
    ("澳大利亞", "country:au"),
    ("澳洲布里斯本", "city:au:brisbane"),
    ("熊本市", "city:jp:kumamoto"),
    ("熊本縣", "city:jp:kumamoto-prefecture"),
    ("福州", "city:cn:fuzhou-fujian-province"),
    ("美國", "country:us"),
    ("美國奧勒崗州波特蘭", "city:us:portland-oregon"),
    ("美國波特蘭", "city:us:portland-oregon"),
    ("美國科羅拉多泉市", "city:us:colorado-springs"),
    ("群馬縣", "city:jp:gunma-prefecture"),
    ("義大利", "country:it"),
    ("義大利卡達尼亞省", "city:it:province-of-catania"),
    ("英國", "country:gb"),
    ("貝里斯聖佩卓市", "city:bz:san-pedro"),
    ("邁阿密", "city:us:miami"),
    ("釜山市", "city:kr:busan"),
    ("長野縣茅野市", "city:jp:chino"),
    ("靜岡縣", "city:jp:shizuoka-prefecture"),
    ("韓國釜山", "city:kr:busan"),
    ("韓國釜山市", "city:kr:busan"),
    ("馬爾地夫", "country:mv"),
    ("馬爾地夫馬列市", "city:mv:male"),
    ("高雄", "city:tw:kaohsiung"),
}
EXPECTED_104_H2 = {
    ("仁川市", "city:kr:incheon"),
    ("以色列", "country:il"),
    ("以色列海法市", "city:il:haifa"),
    ("光州市", "city:kr:gwangju"),
    ("全羅南道莞島郡", "city:kr:wando-county"),
    ("八王子", "city:jp:hachioji"),
    ("八王子市", "city:jp:hachioji"),
    ("加拿大", "country:ca"),
    ("印尼", "country:id"),
    ("台北", "city:tw:taipei"),
    ("哥倫比亞考卡山谷省", "city:co:valle-del-cauca"),
    ("夏威夷州檀香山市", "city:us:honolulu"),
    ("宮崎市", "city:jp:miyazaki"),
    ("宮崎縣", "city:jp:miyazaki-prefecture"),
    ("山梨縣甲斐市", "city:jp:kai"),
    ("山梨縣笛吹市", "city:jp:fuefuki"),
    ("巴拿馬市", "city:pa:panama-city"),
    ("布里斯本市", "city:au:brisbane"),
    ("廣島縣", "city:jp:hiroshima-prefecture"),
    ("日本", "country:jp"),
    ("日本山形縣", "city:jp:yamagata-prefecture"),
    ("日本東京都八王子市", "city:jp:hachioji"),
    ("日本熊本縣", "city:jp:kumamoto-prefecture"),
    ("東京都板橋區", "city:jp:itabashi"),
    ("橫濱市", "city:jp:yokohama"),
    ("法國", "country:fr"),
    ("法國馬賽市", "city:fr:marseille"),
    ("澳大利亞新南威爾斯州", "city:au:new-south-wales"),
    ("澳洲", "country:au"),
    ("澳洲布里斯本市", "city:au:brisbane"),
    ("熊本市", "city:jp:kumamoto"),
    ("熊本縣", "city:jp:kumamoto-prefecture"),
    ("瑞士", "country:ch"),
    ("秋田縣", "city:jp:akita-prefecture"),
    ("美國", "country:us"),
    ("美國洛杉磯市", "city:us:los-angeles"),
    ("群馬縣", "city:jp:gunma-prefecture"),
    ("義大利", "country:it"),
    ("臺北", "city:tw:taipei"),
    ("英國", "country:gb"),
    ("英國利物浦市", "city:gb:liverpool"),
    ("荷蘭", "country:nl"),
    ("西班牙", "country:es"),
    ("釜山", "city:kr:busan"),
    ("長野縣", "city:jp:nagano-prefecture"),
    ("青森縣弘前市", "city:jp:hirosaki"),
    ("韓國", "country:kr"),
    ("韓國慶尚南道", "city:kr:gyeongsangnam-do"),
    ("韓國釜山", "city:kr:busan"),
    ("韓國釜山市", "city:kr:busan"),
    ("高知縣四万十市", "city:jp:shimanto"),
    ("高雄", "city:tw:kaohsiung"),
    ("高雄市", "city:tw:kaohsiung"),
}


@pytest.mark.parametrize(
    ("report", "expected"),
    [("kaohsiung-102-h1.txt", EXPECTED_102_H1), ("kaohsiung-104-h2.txt", EXPECTED_104_H2)],
)
def test_scan_sample_chapters_exactly(gaz: Gazetteer, report: str, expected: set) -> None:
    text = (SEED_REPORTS_DIR / report).read_text(encoding="utf-8")
    found = set()
    for line in text.splitlines():
        for m in gaz.find_places(line):
            assert line[m.start : m.end] == m.surface
            found.add((m.surface, m.place.id))
    assert found == expected


def test_scan_mentions_in_order_without_overlap(gaz: Gazetteer) -> None:
    line = (
        "日本熊本縣、熊本市、宮崎縣、秋田縣、長野縣、群馬縣、橫濱市"
        "暨韓國慶尚南道、仁川市、光州市等東亞城市"
    )
    mentions = gaz.find_places(line)
    assert [m.surface for m in mentions] == [
        "日本熊本縣",
        "熊本市",
        "宮崎縣",
        "秋田縣",
        "長野縣",
        "群馬縣",
        "橫濱市",
        "韓國慶尚南道",
        "仁川市",
        "光州市",
    ]
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))
    first = mentions[0]
    assert (first.country_prefix, first.suffix, first.start, first.end) == (True, "縣", 0, 5)
    assert (mentions[1].country_prefix, mentions[1].suffix) == (False, "市")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "韩国釜山市副市长郑京镇访问高雄",
            [("韩国釜山市", "city:kr:busan"), ("高雄", "city:tw:kaohsiung")],
        ),
        ("日华亲善横滨市会议员连盟", [("横滨市", "city:jp:yokohama")]),
        (
            "（１）日本東京都八王子市「八王子祭」",
            [("日本東京都八王子市", "city:jp:hachioji"), ("八王子", "city:jp:hachioji")],
        ),
        ("与巴拿马市长会晤", [("巴拿马市", "city:pa:panama-city")]),
        ("巴拿馬總統", [("巴拿馬", "country:pa")]),
        ("美國紐約州紐約市", [("美國紐約州紐約市", "city:us:new-york-city")]),
        ("韓國京畿道水原市", [("韓國京畿道水原市", "city:kr:suwon")]),
        ("全羅南道新安郡郡守", [("全羅南道新安郡", "city:kr:新安郡")]),
    ],
)
def test_scan_other_wordings(gaz: Gazetteer, text: str, expected: list) -> None:
    assert [(m.surface, m.place.id) for m in gaz.find_places(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "本市市府文化城市國際交流高峰會",
        "本市桃源區興中國小原住民舞蹈團",
        "本市岡山國中組團",
        "橋頭區十鼓文創園區",
        "高雄在地甲仙芋頭酥",
        "日本交流協會",
        "國立中山大學",
        "大同國小",
        "全球型城市、國際港灣城市",
        "市長中平正宏",
        "姊妹市聯合歡迎會",
        "阿曼達與理查德",
    ],
)
def test_scan_finds_no_false_places(gaz: Gazetteer, text: str) -> None:
    places = {m.place.id for m in gaz.find_places(text)}
    assert places <= {"city:tw:kaohsiung", "country:jp"}, places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "副知事率團訪問日本岐阜縣及高山市",
            [("日本岐阜縣", "city:jp:gifu-prefecture"), ("高山市", "city:jp:takayama")],
        ),
        ("全羅南道與光州市", [("全羅南道", "city:kr:jeollanam-do"), ("光州市", "city:kr:gwangju")]),
        (
            "日本靜岡縣暨靜岡市",
            [("日本靜岡縣", "city:jp:shizuoka-prefecture"), ("靜岡市", "city:jp:shizuoka")],
        ),
    ],
)
def test_unknown_place_never_starts_with_a_conjunction(
    gaz: Gazetteer, text: str, expected: list
) -> None:
    """A subdivision then a conjunction: the city after it is read on its own."""
    found = [(m.surface, m.place.id) for m in gaz.find_places(text)]
    assert found == expected
    assert not any(m.surface[0] in "及與和暨、並" for m in gaz.find_places(text))


def test_a_thai_province_is_a_府(gaz: Gazetteer) -> None:
    assert _id(gaz, "泰國普吉府") == "city:th:phuket-province"
    assert _id(gaz, "清邁府") == "city:th:chiang-mai-province"
    assert _id(gaz, "普吉市") == "city:th:phuket"


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # 霍尼亞拉市 (Honiara) is too small to be taken bare, but 尼亞拉 inside it is
        # no mention of Nyala
        ("代表團隨後轉往霍尼亞拉市參訪當地醫院", []),
        ("本府人員前往尼亞拉市考察", ["city:sd:nyala"]),
    ],
)
def test_no_city_is_found_inside_a_longer_place_name(
    gaz: Gazetteer, text: str, ids: list[str]
) -> None:
    assert [m.place.id for m in gaz.find_places(text)] == ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city no data knows, right after its country
        ("韓國青松嶺市市長金大明率團來訪", [("韓國青松嶺市", "city:kr:青松嶺市", "city")]),
        (
            "與瓜地馬拉維拉斯科南市締結姊妹市",
            [("瓜地馬拉維拉斯科南市", "city:gt:維拉斯科南市", "city")],
        ),
        # a province no data knows, then a city the data knows or not
        (
            "巴拉圭某某亞省恩卡納西翁市市長",
            [("巴拉圭某某亞省恩卡納西翁市", "city:py:encarnacion", "city")],
        ),
        (
            "巴西聖塔莫拉省卡帕拉塔市代表",
            [("巴西聖塔莫拉省卡帕拉塔市", "city:br:卡帕拉塔市", "city")],
        ),
        ("菲律賓某雁省省長", [("菲律賓某雁省", "city:ph:某雁省", "admin1")]),
    ],
)
def test_scan_a_place_no_data_knows_after_its_country(
    gaz: Gazetteer, text: str, expected: list
) -> None:
    found = [(m.surface, m.place.id, m.place.admin_level) for m in gaz.find_places(text)]
    assert found == expected
    assert all(m.country_prefix for m in gaz.find_places(text))


def test_a_province_no_data_knows_is_the_parent_of_its_city(gaz: Gazetteer) -> None:
    city = gaz.find_places("巴西聖塔莫拉省卡帕拉塔市")[0].place
    assert city.parent_id == "city:br:聖塔莫拉省"
    assert not gaz.knows(city) and gaz.knows(gaz.resolve("釜山市"))


@pytest.mark.parametrize(
    "text",
    [
        "日本外務省官員",  # Japan's subdivisions end in 縣都道府: 某某省 is a ministry
        "日本各縣市代表",  # a quantity, and a collective noun
        "韓國縣市首長",
        "日本姊妹市代表",
        "美國友好城市",
        "日本交流協會高雄事務所",
        "巴拉圭首都市政府",  # the capital's government: no city named
        "巴拉圭首都各縣市",
    ],
)
def test_no_unknown_place_after_a_country_in_other_words(gaz: Gazetteer, text: str) -> None:
    assert all(gaz.knows(m.place) for m in gaz.find_places(text)), text


@pytest.mark.parametrize(
    "text",
    ["市長荷西‧羅德里格斯來訪", "委員卡洛斯．德里加多（Carlos Delgado）致詞", "德里‧卡洛斯致詞"],
)
def test_no_city_inside_a_dotted_personal_name(gaz: Gazetteer, text: str) -> None:
    assert gaz.find_places(text) == []


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("索羅門群島首都霍尼亞拉市", "city:sb:honiara"),
        ("帛琉之首府科羅州", "city:pw:koror"),
        ("立陶宛第三大城克萊佩達市", "city:lt:klaipeda"),
        ("立陶宛的重要港市克萊佩達市", "city:lt:klaipeda"),
        ("馬爾地夫最大城市馬列市", "city:mv:male"),
    ],
)
def test_a_city_described_after_its_country_is_read_in_it(
    gaz: Gazetteer, text: str, place_id: str
) -> None:
    """某國首都某市, 某國第二大城某市: the words between name the city's standing."""
    found = gaz.find_places("本府與" + text + "簽署備忘錄")
    assert [m.place.id for m in found] == [place_id]


def test_a_country_before_other_words_stays_the_country(gaz: Gazetteer) -> None:
    assert [m.place.id for m in gaz.find_places("美國重要城市代表")] == ["country:us"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("長野縣小布施町町長", ("長野縣小布施町", "city:jp:小布施町", "city:jp:nagano-prefecture")),
        ("與日本北海道東川町簽署", ("日本北海道東川町", "city:jp:東川町", "city:jp:hokkaido")),
        ("岐阜縣白川村村長來訪", ("岐阜縣白川村", "city:jp:白川村", "city:jp:gifu-prefecture")),
        (
            "日本熊本縣青葉町以視訊方式",
            ("日本熊本縣青葉町", "city:jp:青葉町", "city:jp:kumamoto-prefecture"),
        ),
    ],
)
def test_a_japanese_town_or_village_after_its_prefecture(
    gaz: Gazetteer, text: str, expected: tuple
) -> None:
    """某縣某某町, 某縣某某村: a municipality of its own, under the prefecture (Japan's
    cities are named with 町 and 村 in the data, so those suffixes make places there)."""
    surface, place_id, parent = expected
    found = gaz.find_places(text)
    assert [(m.surface, m.place.id) for m in found] == [(surface, place_id)]
    place = found[0].place
    assert (place.label, place.admin_level, place.parent_id) == ("City", "city", parent)


@pytest.mark.parametrize("text", ["加州某某町", "京畿道大村面", "廣東省某某鎮"])
def test_no_town_after_a_subdivision_of_a_country_without_towns(gaz: Gazetteer, text: str) -> None:
    """町 and 鎮 name municipalities only where the country's data uses them that way."""
    assert all(m.surface[-1] not in "町鎮面" for m in gaz.find_places(text))


@pytest.mark.parametrize("text", ["熊本縣知事木村太郎", "長崎縣議長田村一郎", "岐阜縣議員中村花子"])
def test_a_title_and_a_surname_after_a_prefecture_are_no_village(gaz: Gazetteer, text: str) -> None:
    """某縣知事木村某某: a title of office and a surname ending like a village (村)."""
    assert [m.surface for m in gaz.find_places(text)] == [text[:3]]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("帛琉首都馬吉樂吉克市", "city:pw:馬吉樂吉克市"),
        ("智利首都聖地牙哥市", "city:cl:聖地牙哥市"),
    ],
)
def test_a_capital_no_data_knows_is_read_in_its_country(text: str, place: str) -> None:
    """某國首都某某市: the capital is that country's, even when no data names it (and
    not a namesake elsewhere: 聖地牙哥 is also San Diego)."""
    found = Gazetteer.default().find_places(text)
    assert [m.place.id for m in found] == [place]


def test_a_capital_by_its_roc_name_after_its_country_and_the_word_capital(gaz: Gazetteer) -> None:
    """某國首都史高比耶市 (ROC usage for Skopje): the city, with its country before it."""
    found = [m.place.id for m in gaz.find_places("北馬其頓首都史高比耶市")]
    assert found[-1] == "city:mk:skopje"


@pytest.mark.parametrize("text", ["西雅圖市為華盛頓州最大城市", "某市為德州第二大城市"])
def test_a_city_described_after_its_state_is_no_city_named(gaz: Gazetteer, text: str) -> None:
    """最大城市, 第二大城市 after a state describe the city named before: no place."""
    assert not [m for m in gaz.find_places(text) if "大城" in m.surface]
