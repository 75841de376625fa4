"""Rule fixes after the round-37d review: each tested on invented sentences in the
reviewer's wordings and paraphrases of them."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels

H2_2018 = "2018-07/2018-12"


# 1. a form of address after a glossed name (某委員會主席某某女士（Anne Green）率團): the
# person is named without it, and his body, whose head led its group, came too
@pytest.mark.parametrize(
    ("sentence", "person", "gloss", "body"),
    [
        (
            "美國奧斯汀市國際關係委員會主席格林女士（Anne Green）率團於三月二日至四日來訪。",
            "格林",
            "Anne Green",
            "美國奧斯汀市國際關係委員會",
        ),
        (
            "美國波士頓市議會議長布朗女士（Susan Brown）率該議會議員五人於四月二日來訪。",
            "布朗",
            "Susan Brown",
            "美國波士頓市議會",
        ),
        (
            "美國奧斯汀市國際關係委員會主席格林先生（John Green）率團於三月二日至四日來訪。",
            "格林",
            "John Green",
            "美國奧斯汀市國際關係委員會",
        ),
    ],
)
def test_a_head_addressed_after_a_glossed_name_leading_a_group_brings_the_body(
    sentence: str, person: str, gloss: str, body: str
) -> None:
    ext = chapter(sentence)
    assert rels(ext, RelType.VISITED, source=named(ext, person), target=KAOHSIUNG)
    assert rels(ext, RelType.VISITED, source=named(ext, body), target=KAOHSIUNG)
    (entity,) = [e for e in ext.entities if e.name_zh == person]
    assert entity.name_en == gloss


# 2. a councillor called by surname and a form of address (市議員李先生): one member who
# is not the head and leads no group brings no city; the name is kept with its address
@pytest.mark.parametrize(
    "sentence",
    [
        "美國舊金山市議員李先生於三月二日來訪，拜會本府觀光局。",
        "美國舊金山市議員王女士於三月二日來訪。",
    ],
)
def test_a_councillor_called_by_surname_and_address_brings_no_city(sentence: str) -> None:
    ext = chapter(sentence)
    city = "city:us:san-francisco"
    assert not rels(ext, RelType.VISITED, source=city)
    (visit,) = rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert visit.source.startswith("person:")
    assert visit.properties.get("start") == "2018-03-02"


# 3. a person said not to come, another leading the group instead (權市長因故未能來訪，
# 改由金副市長率團…來訪): not the visitor; his city came, led by the one sent
@pytest.mark.parametrize(
    "lines",
    [
        (
            "第一位　權泳臻（Kwon Young-jin）　大韓民國　大邱市市長",
            "權市長因故未能來訪，改由金副市長率團於九月三日至五日來訪。",
        ),
        (
            "第一位　權泳臻（Kwon Young-jin）　大韓民國　大邱市市長",
            "權市長因公無法成行，改由金副市長率團於九月三日至五日來訪。",
        ),
        ("韓國大邱市市長權泳臻因故無法來訪，改由金副市長率團於九月三日至五日來訪。",),
    ],
)
def test_one_not_coming_whom_another_replaces_is_no_visitor(lines: tuple[str, ...]) -> None:
    ext = chapter(*lines, period=H2_2018)
    assert not [r for r in rels(ext, RelType.VISITED) if r.source.startswith("person:")]
    (visit,) = rels(ext, RelType.VISITED, source="city:kr:daegu", target=KAOHSIUNG)
    assert visit.properties.get("led_by") == "金副市長"
    assert visit.properties.get("start") == "2018-09-03"
    assert visit.properties.get("end") == "2018-09-05"


# 4. a stay in the country (於九月三日至六日來臺) then the day the guest came down to the
# city (五日南下參觀高雄港區): the city's visit is that day, not the whole stay
@pytest.mark.parametrize(
    "lines",
    [
        (
            "第一位　權泳臻（Kwon Young-jin）　大韓民國　大邱市市長",
            "權市長一行於九月三日至六日來臺。三日抵達臺北後隨即與外交部長會晤；"
            "五日南下參觀高雄港區。",
        ),
        ("韓國大邱市市長權泳臻一行於九月三日至六日來臺，三日於臺北拜會外交部；五日南下參訪本市。",),
    ],
)
def test_a_stay_in_the_country_is_no_visit_to_the_city_come_down_to_on_one_day(
    lines: tuple[str, ...],
) -> None:
    ext = chapter(*lines, period=H2_2018)
    (visit,) = rels(ext, RelType.VISITED, source=named(ext, "權泳臻"), target=KAOHSIUNG)
    assert visit.properties.get("start") == "2018-09-05"
    assert visit.properties.get("end") is None
