"""Small chapters written for the rule tests: a heading, a section, the sentences."""

from __future__ import annotations

from typing import Any

from graph.model import Extraction, Relation, RelType
from loaders.pipeline import extract_bytes
from loaders.scoring import FactMatcher

KAOHSIUNG = "city:tw:kaohsiung"


def chapter(*lines: str, period: str = "2018-01/2018-06") -> Extraction:
    """Extract a chapter made of `lines` under 「國際事務」 and one section heading."""
    text = "\n".join(["壹、國際事務", "一、城市交流", *lines]) + "\n"
    return extract_bytes(text.encode("utf-8"), "test.txt", period)


def rels(extraction: Extraction, rel_type: RelType, **match: Any) -> list[Relation]:
    found = []
    for rel in extraction.relations:
        if rel.type != rel_type:
            continue
        props = {"source": rel.source, "target": rel.target, **rel.properties}
        if all(props.get(k) == v for k, v in match.items()):
            found.append(rel)
    return found


def named(extraction: Extraction, name: str) -> str:
    """The id of the extracted entity called `name` (as the scorer reads names)."""
    ids = FactMatcher(extraction).ids(name) & {e.id for e in extraction.entities}
    assert ids, f"no entity named {name}"
    return sorted(ids)[0]


# -- chapters, periods and helpers several rule-test files share ---------------

#: Report periods (a half year each) the tests give their chapters.
H1_1991 = "1991-01/1991-06"
H1_1992 = "1992-01/1992-06"
H1_1993 = "1993-01/1993-06"
H1_1995 = "1995-01/1995-06"
H1_2016 = "2016-01/2016-06"
H1_2019 = "2019-01/2019-06"
H2_1987 = "1987-07/1987-12"
H2_1990 = "1990-07/1990-12"
H2_1991 = "1991-07/1991-12"
H2_1992 = "1992-07/1992-12"
H2_2018 = "2018-07/2018-12"

FUKUOKA = "city:jp:fukuoka"
KUMAMOTO = "city:jp:kumamoto"
#: A lantern festival's edition, by year: FESTIVAL_EDITION.format(2018).
FESTIVAL_EDITION = "event:kaohsiung-lantern-festival:{}"

#: A trip report card whose summary tells the trip leg by leg.
CARD_WITH_LEGS = (
    "（一）",
    "報告名稱：市長率團訪問美國丹佛市及鳳凰城報告",
    "出國人員（姓名、服務單位、職稱）："
    "張大千（高雄市政府　市長）、黃美玉（高雄市政府新聞處　處長）",
    "出國期間：107年5月1日至5月10日",
    "前往國家及城市：美國科羅拉多州丹佛市、亞利桑那州鳳凰城",
    "內容摘要：",
    "　一、本團由張大千市長率領，於五月二日抵達丹佛市。三日參觀丹佛國際機場。",
    "　二、四日上午拜會丹佛市市長。",
    "　三、五日轉往鳳凰城，六日參觀鳳凰城港務局。八日離鳳凰城，十日返抵國門。",
)


#: A table of guests aligned by full-width spaces only, with a 接見 column.
GUEST_TABLE = (
    "日期　　　　來訪者　　　　　　　　職稱　　　　　　　　　　事由　　　　　　　　接見",
    "107.03.05　　山田太郎　　　　　　日本仙台市議會議長　　　率議員訪問團親善訪問　　陳市長",
    "107.04.11　　約翰‧史密斯（John Smith）　　美國塔科馬市副市長　　考察港埠建設　　　王副市長",
    "107.05.20　　佐藤花子　　　　　　日本大分縣國際課課長　　年度拜會　　　　　　－",
)


#: A trip told day by day, a sister-school signing on its second day.
SCHOOL_DAY = (
    "（一）陳市長率團訪問日本熊本市（八月三日至八月五日）",
    "第一天（八月三日）：下午抵達熊本市，晚間出席歡迎晚宴。",
    "第二天（八月四日）：上午前往熊本市立城西中學（Josai Junior High School），由本市左營國中"
    "校長王大同與該校校長田中一郎（Ichiro Tanaka）簽署締結姊妹校協定，教育局局長在場見證。"
    "下午參觀熊本大學（Kumamoto University）。",
    "第三天（八月五日）：搭機返國。",
)


#: The opening of a trip told with its roster and its itinerary.
TRIP = [
    "一、謝長廷市長率團訪問美國舊金山市及洛杉磯市（五月三日至五月九日）",
    "（一）團員名單",
    "團長：高雄市長謝長廷",
    "團員：觀光局局長許傳盛、教育局局長范巽綠，合計十人。",
    "（二）行程紀要（五月三日至六日訪問舊金山市，五月六日至八日訪問洛杉磯市）",
    "第一天（五月三日）：上午搭機，於當地時間同日抵達舊金山國際機場。",
]


def bodies_named(ext: Extraction) -> set[str]:
    """The names of the organizations extracted."""
    return {e.name_zh for e in ext.entities if e.id.startswith("org:")}


def chapter_h2_1991(*lines: str) -> Extraction:
    """A chapter of the second half of 1991 made of `lines` under its heading alone."""
    text = "\n".join(["貳拾、國際事務", *lines]) + "\n"
    return extract_bytes(text.encode("utf-8"), "t.txt", H2_1991)


def event_named(extraction: Extraction, name: str) -> str:
    """The id of the first extracted event whose name holds `name`."""
    return next(e.id for e in extraction.entities if e.label == "Event" and name in e.name_zh)


def guest_row(purpose: str, receiver: str) -> tuple[str, str]:
    """A guest table of one row with the purpose and the receiver given."""
    return (
        "日期　　　　來訪者　　　　　　　　職稱　　　　　　　　　　事由　　　　　　　　接見",
        f"107.04.11　　金永洙　　　　　　韓國釜山廣域市議會議員　　{purpose}　　{receiver}",
    )


def invited_dates(ext: Extraction, name: str) -> list[object]:
    """The dates of the city's invitations to the entity called `name`."""
    invited = rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, name))
    return [i.properties.get("date") for i in invited]


def people_named(ext: Extraction) -> set[str]:
    """The names of the people extracted."""
    return {e.name_zh for e in ext.entities if e.id.startswith("person:")}


def statuses(ext: Extraction, rel_type: RelType, **match: Any) -> list[str]:
    """The statuses, sorted, of the relations of `rel_type` matching `match`."""
    return sorted(str(r.properties.get("status")) for r in rels(ext, rel_type, **match))


def trip_chapter(*lines: str) -> Extraction:
    """A chapter of the first half of 2001 made of `lines` under 「壹、出訪紀要」."""
    text = "\n".join(["拾貳、國際事務", "壹、出訪紀要", *lines]) + "\n"
    return extract_bytes(text.encode("utf-8"), "test.txt", "2001-01/2001-06")


def visit_properties(ext: Extraction, source: str, target: str) -> list[dict[str, object]]:
    """The properties of the visits of `source` to `target`."""
    return [v.properties for v in rels(ext, RelType.VISITED, source=source, target=target)]


def visit_starts(ext: Extraction, source: str, target: str) -> list[object]:
    """The first days of the visits of `source` to `target`."""
    visits = rels(ext, RelType.VISITED, source=source, target=target)
    return [v.properties.get("start") for v in visits]


def visitors_chapter(*lines: str) -> Extraction:
    """A chapter of the first half of 1993 made of `lines` under 「一、外賓來訪」."""
    text = "\n".join(["貳拾、國際事務", "一、外賓來訪", *lines]) + "\n"
    return extract_bytes(text.encode("utf-8"), "t.txt", H1_1993)
