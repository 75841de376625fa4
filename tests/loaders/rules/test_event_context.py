"""The event a narrative speaks of: who attended its ceremonies, sayings quoted about
it, the next edition's host, and the city holding it in 由本市主辦之「…」."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels

from .test_participation import event_named


@pytest.mark.parametrize(
    "opening",
    [
        "7月2日至8日，由本市主辦之「2018高雄國際龍舟錦標賽」盛大舉行。",
        "本年8月由本市主辦的「2018高雄國際自行車節」圓滿落幕。",
        "9月間，由本市主辦之「2018亞洲港灣運動會」於中央公園登場。",
    ],
)
def test_held_by_the_city_written_with_a_particle(opening: str) -> None:
    got = chapter(opening)
    assert rels(got, RelType.HOSTED, source=KAOHSIUNG)
    assert not rels(got, RelType.PARTICIPATED_IN, source=KAOHSIUNG)


@pytest.mark.parametrize(
    ("name", "saying"),
    [
        ("2018高雄國際龍舟錦標賽", "貴賓盛讚本屆賽事為「歷來最精彩的一屆錦標賽」。"),
        ("2018高雄港灣博覽會", "該展被譽為「亞洲最具特色之博覽會」。"),
        ("2018高雄國際自行車節", "與會者稱之為「城市版的自行車節」。"),
    ],
)
def test_a_quoted_saying_is_no_event(name: str, saying: str) -> None:
    got = chapter(f"本府於7月在本市舉辦「{name}」。{saying}")
    events = {e.name_zh for e in got.entities if e.id.startswith("event:")}
    assert events == {name}


@pytest.mark.parametrize(
    ("held", "next_edition", "host"),
    [
        ("2018高雄國際龍舟錦標賽", "2020國際龍舟錦標賽", "日本福岡市"),
        ("2018高雄港灣運動會", "2022港灣運動會", "韓國釜山市"),
        ("2018高雄國際自行車節", "2019國際自行車節", "荷蘭阿姆斯特丹市"),
    ],
)
def test_next_editions_host_city_holds_that_edition(
    held: str, next_edition: str, host: str
) -> None:
    got = chapter(
        f"7月1日至5日，本府於本市舉辦「{held}」。閉幕典禮中，「{next_edition}」主辦城市"
        f"{host}市長王大明接下會旗。此外，某國駐臺代表李小華亦出席開幕典禮。"
    )
    later = next(e.id for e in got.entities if e.name_zh == next_edition)
    assert rels(got, RelType.HOSTED, target=later)
    assert not rels(got, RelType.HOSTED, source=KAOHSIUNG, target=later)
    assert not rels(got, RelType.PARTICIPATED_IN, target=later)


@pytest.mark.parametrize(
    ("lines", "cities"),
    [
        (
            "7月15日起各代表團陸續抵達，計有日本福岡市、韓國大邱市及美國西雅圖市等3個代表團"
            "出席於主場館舉行之開幕典禮，分別由福岡市市長王大明、大邱市市長李小華及"
            "西雅圖市市議員張三豐率團。",
            {"city:jp:fukuoka", "city:kr:daegu", "city:us:seattle"},
        ),
        (
            "計有日本仙台市、韓國仁川市等代表團出席閉幕典禮，由仙台市副市長陳一郎、"
            "仁川市副市長金大中率領。",
            {"city:jp:sendai-miyagi-prefecture", "city:kr:incheon"},
        ),
        (
            "日本大阪市、泰國曼谷市及越南峴港市代表團共同觀賞開幕式，大阪市市長佐藤一郎、"
            "曼谷市副市長王小明、峴港市副主席阮大同並參觀會場。",
            {"city:jp:osaka", "city:th:bangkok", "city:vn:da-nang"},
        ),
    ],
)
def test_delegations_at_a_ceremony_of_the_citys_event(lines: str, cities: set[str]) -> None:
    got = chapter("7月16日至26日，本府於本市舉辦「2018高雄世界港灣運動會」。", lines)
    games = event_named(got, "高雄世界港灣運動會")
    took_part = {
        r.source for r in rels(got, RelType.PARTICIPATED_IN, target=games, status="attended")
    }
    came = {r.source for r in rels(got, RelType.VISITED, target=KAOHSIUNG)}
    assert cities <= took_part
    assert cities <= came
    assert not rels(got, RelType.INVITED, source=KAOHSIUNG)  # attended, not told invited


@pytest.mark.parametrize(
    "leaders",
    [
        "分別由福岡市市長王大明、大邱市市長李小華及西雅圖市市議員張三豐率團。",
        "由仙台市副市長陳一郎、仁川市副市長金大中率領。",
        "由大阪市市長佐藤一郎、曼谷市副市長王小明及峴港市副主席阮大同(Nguyen Dai Dong)率團。",
    ],
)
def test_a_list_of_leaders_ends_before_the_leading_verb(leaders: str) -> None:
    got = chapter(
        "7月16日至26日，本府於本市舉辦「2018高雄世界港灣運動會」。",
        f"計有日本某某市、韓國某某市等代表團出席開幕典禮，{leaders}",
    )
    people = {e.name_zh for e in got.entities if e.id.startswith("person:")}
    assert not people & {"率團", "率領"}


@pytest.mark.parametrize(
    "line",
    [
        "1.本府觀光局於107年5月3日派員參加由日本松本市主辦之「2018信州觀光論壇」。",
        "1.本府經發局於107年5月3日以視訊方式參加日本熊本市主辦的「2018九州經貿論壇」。",
        "1.107年5月3日，本府派員出席由長野縣松本市主辦之「2018城市交流大會」。",
    ],
)
def test_a_city_whose_name_ends_in_the_home_word_hosts_its_own_event(line: str) -> None:
    """熊本市, 松本市 end in 本市: 某本市主辦之「…」 is that city's event, not the home city's."""
    ext = chapter(line)
    assert not rels(ext, RelType.HOSTED, source=KAOHSIUNG)
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)


def test_a_year_something_began_since_is_no_edition_s_year() -> None:
    ext = chapter(
        "1.日本福岡市：本市與福岡市自民國70年締結姊妹市，本期適逢福岡市主辦「第20屆亞洲太平洋博覽會」，"
        "本府由陳市長於5月3日至6日率團前往出席5月4日之開幕典禮。"
    )
    (hosted,) = rels(ext, RelType.HOSTED, source=named(ext, "福岡市"))
    assert hosted.target.endswith(":2018")
