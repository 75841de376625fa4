"""A small but realistic graph for the API tests: two report chapters' worth of facts.

Each report is built sentence by sentence, so every Evidence quotes its report text at
real offsets (`text == report[start:end]`), as the extractor's output does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graph.model import Entity, Evidence, Extraction, Label, Relation, RelType, SourceDoc

H1_2013 = "src:kaohsiung-102-h1"
H2_2015 = "src:kaohsiung-104-h2"

KAOHSIUNG = "city:tw:kaohsiung"
BUSAN = "city:kr:busan"
MALE = "city:mv:male"
PORTLAND = "city:us:portland"
HACHIOJI = "city:jp:hachioji"
KUMAMOTO_PREF = "city:jp:kumamoto-prefecture"
KUMAMOTO_CITY = "city:jp:kumamoto"
GUNMA = "city:jp:gunma"
PANAMA = "city:pa:panama-city"
KOREA = "country:kr"

CHUNG = "person:鄭京鎮"
HUR = "person:許南植"
ONO = "person:小野泰輔"
LIU = "person:劉世芳"
CHEN = "person:陳菊"

BUSAN_ECON = "org:kr:busan:economic-policy-section"
HAKJANG = "org:kr:busan:hakjang-middle-school"
GANGSHAN = "org:tw:kaohsiung:gangshan-junior-high"

LANTERN = "series:kaohsiung-lantern-festival"
LANTERN_2012 = "event:kaohsiung-lantern-festival:2012"
LANTERN_2013 = "event:kaohsiung-lantern-festival:2013"
SEMINAR = "series:port-cities-seminar"
SEMINAR_2015 = "event:port-cities-seminar:2015"


@dataclass
class Report:
    """One chapter being written: sentences accumulate into `text`."""

    source: str
    title: str
    period: tuple[str, str]
    text: str = ""
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)

    def say(self, sentence: str) -> list[Evidence]:
        start = len(self.text)
        self.text += sentence
        return [Evidence(self.source, sentence, start, start + len(sentence))]

    def add(self, *entities: Entity) -> None:
        for entity in entities:
            self.entities.setdefault(entity.id, entity)

    def rel(
        self, rel_type: RelType, source: str, target: str, evidence: list[Evidence], **props: Any
    ) -> None:
        self.relations.append(Relation(rel_type, source, target, props, evidence))

    def extraction(self) -> Extraction:
        doc = SourceDoc(self.source, self.title, f"{self.source}.txt", "0" * 64, *self.period)
        return Extraction([doc], list(self.entities.values()), self.relations)


def city(id_: str, zh: str, en: str, country: str, *aliases: str, level: str = "city") -> Entity:
    props = {"country": country, "admin_level": level}
    return Entity(id_, Label.CITY, zh, en, list(aliases), props)


def person(id_: str, zh: str, en: str = "") -> Entity:
    return Entity(id_, Label.PERSON, zh, en)


def org(id_: str, zh: str, en: str, kind: str, country: str) -> Entity:
    return Entity(id_, Label.ORGANIZATION, zh, en, [], {"kind": kind, "country": country})


def series(id_: str, zh: str, en: str, *aliases: str) -> Entity:
    return Entity(id_, Label.EVENT_SERIES, zh, en, list(aliases))


def event(id_: str, zh: str, en: str, start: str, end: str, series_id: str) -> Entity:
    props = {"kind": "festival", "start": start, "end": end, "year": int(start[:4])}
    props["series"] = series_id
    return Entity(id_, Label.EVENT, zh, en, [], props)


def kaohsiung() -> Entity:
    return city(KAOHSIUNG, "高雄市", "Kaohsiung", "TW", "高雄", "本市")


def busan() -> Entity:
    entity = city(BUSAN, "釜山", "Busan", "KR", "釜山市", "韓國釜山市", "釜山姊妹市")
    entity.properties.update({"lat": 35.1796, "lon": 129.0756})
    return entity


def report_2013_h1() -> Extraction:
    """ROC 102 January–June: the lantern festival, Malé's tie, Gunma's agreement."""
    r = Report(H1_2013, "貳拾、國際事務", ("2013-01", "2013-06"))
    r.add(
        kaohsiung(),
        busan(),
        city(MALE, "馬列", "Malé", "MV", "馬列市", "馬爾地夫馬列市"),
        city(PORTLAND, "波特蘭", "Portland", "US", "波特蘭市"),
        city(HACHIOJI, "八王子市", "Hachioji", "JP", "八王子"),
        city(KUMAMOTO_PREF, "熊本縣", "Kumamoto Prefecture", "JP", level="admin1"),
        city(KUMAMOTO_CITY, "熊本市", "Kumamoto City", "JP"),
        city(GUNMA, "群馬縣", "Gunma Prefecture", "JP", level="admin1"),
        person(HUR, "許南植", "Hur Nam-sik"),
        person(ONO, "小野泰輔", "Ono Taisuke"),
        person(LIU, "劉世芳", "Liu Shih-fang"),
        person(CHEN, "陳菊", "Chen Chu"),
        org(BUSAN_ECON, "釜山市經濟政策科", "Busan Economic Policy Section", "bureau", "KR"),
        series(LANTERN, "高雄燈會", "Kaohsiung Lantern Festival", "高雄燈會藝術節", "燈會"),
        event(
            LANTERN_2012,
            "2012高雄燈會藝術節",
            "Kaohsiung Lantern Festival 2012",
            "2012-02-04",
            "2012-02-19",
            LANTERN,
        ),
        event(
            LANTERN_2013,
            "2013高雄燈會藝術節",
            "Kaohsiung Lantern Festival 2013",
            "2013-02-23",
            "2013-03-10",
            LANTERN,
        ),
    )
    r.rel(RelType.EDITION_OF, LANTERN_2012, LANTERN, [])
    r.rel(RelType.EDITION_OF, LANTERN_2013, LANTERN, [])
    r.rel(RelType.LOCATED_IN, BUSAN_ECON, BUSAN, [])

    ev = r.say(
        "2013高雄燈會藝術節於2月23日至3月10日舉行，本府邀請姊妹市共襄盛舉，"
        "計有韓國釜山市、日本八王子市、澳洲布里斯本市、美國波特蘭市及日本熊本縣參加。"
    )
    r.rel(RelType.HOSTED, KAOHSIUNG, LANTERN_2012, [], year=2012)
    r.rel(RelType.HOSTED, KAOHSIUNG, LANTERN_2013, ev, year=2013)
    for attendee in (BUSAN, HACHIOJI, PORTLAND):
        r.rel(RelType.PARTICIPATED_IN, attendee, LANTERN_2013, ev, status="attended", year=2013)
    ev_hur = r.say("釜山市由許南植市長親率代表團出席開幕式，許市長曾於2003年以副市長身分訪問本市。")
    r.rel(
        RelType.PARTICIPATED_IN,
        HUR,
        LANTERN_2013,
        ev_hur,
        status="attended",
        year=2013,
        role="delegation head",
    )
    r.rel(
        RelType.HOLDS_TITLE,
        HUR,
        BUSAN,
        ev_hur,
        title_zh="市長",
        title_en="Mayor",
        former=False,
        start="2013",
        year=2013,
    )
    r.rel(
        RelType.HOLDS_TITLE,
        HUR,
        BUSAN,
        ev_hur,
        title_zh="副市長",
        title_en="Vice Mayor",
        former=True,
        start="2003",
        year=2003,
    )
    r.rel(RelType.VISITED, HUR, KAOHSIUNG, ev_hur, start="2003", year=2003, purpose="訪問")
    ev_ono = r.say("熊本縣首次參加，由小野泰輔副知事率團。")
    r.rel(
        RelType.PARTICIPATED_IN,
        ONO,
        LANTERN_2013,
        ev_ono,
        status="attended",
        year=2013,
        role="delegation head",
    )
    r.rel(
        RelType.HOLDS_TITLE,
        ONO,
        KUMAMOTO_PREF,
        ev_ono,
        title_zh="副知事",
        title_en="Vice Governor",
        former=False,
        start="2013",
        year=2013,
    )
    ev_every = r.say("自2004年開始，本府每年邀請姊妹市參加燈會，波特蘭市及釜山市每年都派遣代表團。")
    for attendee in (BUSAN, PORTLAND):
        r.rel(
            RelType.PARTICIPATED_IN,
            attendee,
            LANTERN_2012,
            ev_every,
            status="attended",
            year=2012,
            inferred=True,
        )
    ev_plan = r.say("熊本市亦規劃於明年組團參加。")
    r.rel(
        RelType.PARTICIPATED_IN, KUMAMOTO_CITY, LANTERN_2013, ev_plan, status="planned", year=2013
    )
    ev_inv = r.say("本府並邀請馬爾地夫馬列市參加燈會。")
    r.rel(
        RelType.INVITED,
        KAOHSIUNG,
        MALE,
        ev_inv,
        event=LANTERN_2013,
        start="2013-02",
        year=2013,
        status="invited",
    )

    ev_econ = r.say("3月15日韓國釜山市經濟政策科科長申昌浩等11人參訪六合夜市。")
    r.rel(
        RelType.VISITED,
        BUSAN_ECON,
        KAOHSIUNG,
        ev_econ,
        start="2013-03-15",
        year=2013,
        purpose="考察夜市",
    )
    ev_male = r.say(
        "劉副市長於6月8日至13日率團訪問馬爾地夫馬列市，並於6月9日簽署姊妹市協定，"
        "馬列市成為本市第28個姊妹市。"
    )
    r.rel(
        RelType.HOLDS_TITLE,
        LIU,
        KAOHSIUNG,
        ev_male,
        title_zh="副市長",
        title_en="Deputy Mayor",
        former=False,
        start="2013-06",
        year=2013,
    )
    r.rel(
        RelType.VISITED,
        LIU,
        MALE,
        ev_male,
        start="2013-06-08",
        end="2013-06-13",
        year=2013,
        led_by=LIU,
        purpose="締結姊妹市",
    )
    r.rel(
        RelType.SISTER_CITY_OF,
        KAOHSIUNG,
        MALE,
        ev_male,
        since="2013-06-09",
        ordinal=28,
        status="signed",
    )
    ev_busan_tie = r.say("本市與姊妹市釜山市交流密切。")
    r.rel(RelType.SISTER_CITY_OF, BUSAN, KAOHSIUNG, ev_busan_tie, status="signed")
    ev_gunma = r.say(
        "3月4日陳菊市長與群馬縣大澤正明知事簽署「經濟友好交流協議」，"
        "就觀光、文化教育、貿易及農業進行交流。"
    )
    r.rel(
        RelType.HOLDS_TITLE,
        CHEN,
        KAOHSIUNG,
        ev_gunma,
        title_zh="市長",
        title_en="Mayor",
        former=False,
        start="2013-03",
        year=2013,
    )
    r.rel(
        RelType.SIGNED_MOU,
        KAOHSIUNG,
        GUNMA,
        ev_gunma,
        date="2013-03-04",
        year=2013,
        title="經濟友好交流協議",
        status="signed",
        fields=["tourism", "culture and education", "trade", "agriculture"],
        signatories=["陳菊", "大澤正明"],
    )
    return r.extraction()


def report_2015_h2() -> Extraction:
    """ROC 104 July–December: Busan's vice mayor, a sister school, a planned tie."""
    r = Report(H2_2015, "貳拾參、國際事務", ("2015-07", "2015-12"))
    r.add(
        kaohsiung(),
        busan(),
        Entity(KOREA, Label.COUNTRY, "韓國", "South Korea", ["南韓"], {"code": "KR"}),
        city(PANAMA, "巴拿馬市", "Panama City", "PA"),
        person(CHUNG, "鄭京鎮", "Chung Kyung-jin"),
        org(HAKJANG, "鶴章中學", "Hakjang Middle School", "school", "KR"),
        org(GANGSHAN, "岡山國中", "Gangshan Junior High School", "school", "TW"),
        series(SEMINAR, "國際港灣城市研討會", "International Port Cities Seminar"),
        event(
            SEMINAR_2015,
            "2015國際港灣城市研討會",
            "International Port Cities Seminar 2015",
            "2015-08-14",
            "2015-08-15",
            SEMINAR,
        ),
    )
    r.rel(RelType.LOCATED_IN, BUSAN, KOREA, [])
    r.rel(RelType.LOCATED_IN, HAKJANG, BUSAN, [])
    r.rel(RelType.EDITION_OF, SEMINAR_2015, SEMINAR, [])
    ev_visit = r.say("10月韓國釜山市副市長鄭京鎮率團來訪。")
    r.rel(
        RelType.HOLDS_TITLE,
        CHUNG,
        BUSAN,
        ev_visit,
        title_zh="副市長",
        title_en="Vice Mayor",
        former=False,
        start="2015-10",
        year=2015,
    )
    r.rel(RelType.VISITED, CHUNG, KAOHSIUNG, ev_visit, start="2015-10", year=2015)
    ev_seminar = r.say("8月14日至15日本府舉辦國際港灣城市研討會，釜山市副市長鄭京鎮應邀演講。")
    r.rel(RelType.HOSTED, KAOHSIUNG, SEMINAR_2015, ev_seminar, year=2015)
    r.rel(
        RelType.PARTICIPATED_IN,
        CHUNG,
        SEMINAR_2015,
        ev_seminar,
        status="attended",
        role="speaker",
        year=2015,
    )
    ev_school = r.say("9月2日岡山國中與韓國釜山市鶴章中學締結姊妹校。")
    r.rel(RelType.SISTER_SCHOOL_OF, GANGSHAN, HAKJANG, ev_school, since="2015-09-02")
    ev_panama = r.say("本市與巴拿馬市市長於亞太城市高峰會期間會晤，同意朝締結姊妹市方向努力。")
    r.rel(RelType.SISTER_CITY_OF, KAOHSIUNG, PANAMA, ev_panama, status="planned", year=2015)
    r.rel(RelType.MET_WITH, KAOHSIUNG, PANAMA, ev_panama, start="2015-07-06", year=2015)
    ev_busan_tie = r.say("本市持續與姊妹市釜山市交流。")
    r.rel(RelType.SISTER_CITY_OF, BUSAN, KAOHSIUNG, ev_busan_tie, status="signed")
    return r.extraction()
