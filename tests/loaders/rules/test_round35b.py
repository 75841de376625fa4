"""Round 35b: forms read from pair 080 (an official letter of 1991 and its second
half-year's itineraries), each tested on invented sentences of the same form."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a given name may end in 道 (陳志道): only a place found whole (江原道) is not a name
@pytest.mark.parametrize(
    "sentence",
    [
        "團員：民政局局長張大同、秘書處第二科科長陳志道，合計九人。",
        "1.107年8月3日至6日，本府派民政局陳志道專員赴日本熊本市參加「2018熊本城市論壇」。",
    ],
)
def test_a_given_name_ending_in_dao_is_a_name(sentence: str) -> None:
    ext = chapter(sentence)
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "陳志道"))


def test_a_province_ending_in_dao_is_no_name() -> None:
    ext = chapter("1.107年8月3日，韓國江原道知事崔文洵率團來訪。")
    assert not [e for e in ext.entities if e.id.startswith("person:") and "道" in e.name_zh]


_ROTTERDAM_TRIP = (
    "（一）陳市長率團訪問荷蘭鹿特丹市（八月三日至八月六日）",
    "第一天（八月三日）：下午抵達鹿特丹市，晚間出席歡迎晚宴。",
    "第二天（八月四日）：上午拜會鹿特丹市長范德文（Jan van de Ven）。"
    "下午參訪Port of Rotterdam位於馬斯河畔之貨櫃碼頭，由該局副執行長德布爾親自簡報。",
    "第三天（八月五日）：上午拜會Port of Amsterdam，由港務委員會主席揚森接見。",
    "第四天（八月六日）：搭機返國。",
)


# 2. a body named only in Latin letters, its kind told by a word of its name (Port of X,
# Some Harbor Authority), called on during a trip
def test_a_body_named_in_latin_letters_is_called_on() -> None:
    ext = chapter(*_ROTTERDAM_TRIP)
    (visit,) = rels(ext, RelType.VISITED, target=named(ext, "Port of Amsterdam"))
    assert visit.source == KAOHSIUNG
    assert visit.properties["start"] == "2018-08-05"


# 3. 參訪某機構位於某地之某設施: the body whose site it is was visited
def test_the_body_whose_site_was_toured_is_visited() -> None:
    ext = chapter(*_ROTTERDAM_TRIP)
    (visit,) = rels(ext, RelType.VISITED, target=named(ext, "Port of Rotterdam"))
    assert visit.properties["start"] == "2018-08-04"


def test_a_company_whose_plant_was_toured_is_visited() -> None:
    ext = chapter("1.8月3日，陳市長率團赴日本熊本市，參訪熊本電機公司位於菊陽町之工廠。")
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "熊本電機公司"))


# 4. 「某市成為本市繼甲市（…年締結）、乙市（…年締結）之後之第N個姊妹市」: the rank is
# the city's, and the cities named after 繼 are earlier partners, made when told
def test_a_rank_after_earlier_partners_listed() -> None:
    ext = chapter(
        "（一）熊本市：本年十一月二十六日正式簽約，該市成為本市繼日本八王子市"
        "（民國九十五年締結）、美國邁阿密市（民國一百年締結）之後之第三個姊妹市。",
        period="2018-07/2018-12",
    )
    (kumamoto,) = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "熊本市"))
    assert kumamoto.properties["ordinal"] == 3
    assert kumamoto.properties.get("since") != "2006"
    (hachioji,) = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "八王子市"))
    assert hachioji.properties["since"] == "2006"
    (miami,) = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "邁阿密市"))
    assert miami.properties["since"] == "2011"


def test_a_city_becoming_the_nth_partner() -> None:
    ext = chapter("本年十一月，美國邁阿密市成為本市第五個姊妹市。", period="2018-07/2018-12")
    (miami,) = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "邁阿密市"))
    assert miami.properties["ordinal"] == 5
