"""Events told as headed lists: who an item under 「邀請…參加」 names, who a role list
(主要講者：) names, and a joining told only for a later edition. Invented wordings."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels

LANTERN = "event:kaohsiung-lantern-festival:2018"
FORUM = "event:port-cities-forum:2018"


@pytest.mark.parametrize(
    ("lines", "event", "cities"),
    [
        (
            (
                "(一)邀請姊妹市參加「2018高雄燈會藝術節」",
                "1.期間：2月10日至25日；地點：愛河沿岸。",
                "2.出席：日本仙台市及美國西雅圖市派團出席2月10日開幕式。",
            ),
            LANTERN,
            ("仙台市", "西雅圖市"),
        ),
        (
            (
                "(二)邀請國際友好城市出席「2018國際港灣城市論壇」",
                "1.日期：5月3日至4日，於高雄展覽館舉行。",
                "2.與會城市：韓國大邱市、菲律賓宿霧市均派代表出席。",
            ),
            FORUM,
            ("大邱市", "宿霧市"),
        ),
        (
            (
                "(一)邀請姊妹市參加2018年高雄燈會",
                "1.參加情形：澳洲阿德雷德市由副市長率團出席點燈儀式。",
            ),
            LANTERN,
            ("阿德雷德市",),
        ),
    ],
)
def test_an_item_under_an_inviting_heading_names_the_invited(
    lines: tuple[str, ...], event: str, cities: tuple[str, ...]
) -> None:
    got = chapter(*lines)
    for name in cities:
        city = named(got, name)
        assert rels(got, RelType.PARTICIPATED_IN, source=city, target=event, status="attended")
        assert rels(got, RelType.INVITED, source=KAOHSIUNG, target=city, event=event)


def test_items_under_a_heading_that_invites_nobody_tell_no_invitation() -> None:
    got = chapter(
        "(一)辦理「2018高雄燈會藝術節」",
        "1.出席：日本仙台市派團出席2月10日開幕式。",
    )
    city = named(got, "仙台市")
    assert rels(got, RelType.PARTICIPATED_IN, source=city, target=LANTERN)
    assert not rels(got, RelType.INVITED, target=city)


@pytest.mark.parametrize(
    "sentence",
    [
        "美國西雅圖市因年度預算因素，函復未克派員，並表示將於明年度組團參加。",
        "美國西雅圖市因市議會會期未能派團，惟表示下屆將組團參加。",
        "美國西雅圖市本次無法派員，盼來年再派員出席。",
    ],
)
def test_a_joining_told_for_a_later_edition_is_not_this_ones(sentence: str) -> None:
    got = chapter("(一)邀請姊妹市參加「2018高雄燈會藝術節」", "1.未出席：" + sentence)
    taking = rels(got, RelType.PARTICIPATED_IN, source="city:us:seattle", target=LANTERN)
    assert taking
    assert {r.properties["status"] for r in taking} == {"invited"}


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("2.主要講者：", "speaker"),
        ("2.與談人如下：", "panelist"),
        ("2.講師名單：", "speaker"),
    ],
)
def test_people_listed_under_a_role_heading_played_that_part(heading: str, role: str) -> None:
    got = chapter(
        "(二)主辦「2018國際港灣城市論壇」",
        "1.5月3日至4日　本府於高雄展覽館主辦，計10國代表出席。",
        heading,
        "(1)日本仙台市副市長山田一郎：分享港口防災經驗。",
        "(2)荷蘭鹿特丹港務局處長范德林（Jan van der Linden）：介紹綠色航運。",
    )
    for name in ("山田一郎", "范德林"):
        person = named(got, name)
        assert rels(
            got,
            RelType.PARTICIPATED_IN,
            source=person,
            target=FORUM,
            status="attended",
            role=role,
        )
        assert rels(got, RelType.VISITED, source=person, target=KAOHSIUNG)


@pytest.mark.parametrize(
    "sentence",
    [
        "「2019高雄燈會藝術節」訂於明年2月舉行，本府已於12月發函邀請美國西雅圖市組團參加。",
        "明年2月將舉辦「2019高雄燈會藝術節」，本府業於11月致函邀請美國西雅圖市組團參加。",
        "「2019高雄燈會藝術節」預定明年初登場，本府已經在10月函邀美國西雅圖市組團參加。",
    ],
)
def test_an_invitation_told_as_done_is_dated_in_the_reports_months(sentence: str) -> None:
    got = chapter(sentence, period="2018-07/2018-12")
    invited = rels(
        got,
        RelType.INVITED,
        source=KAOHSIUNG,
        target="city:us:seattle",
        event="event:kaohsiung-lantern-festival:2019",
    )
    assert invited
    assert all(r.properties["date"].startswith("2018-") for r in invited)


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        (
            "「2021高雄燈會藝術節」訂於110年2月舉行，本府已於1月發函邀請美國西雅圖市組團參加。",
            "2020-01",
        ),
        (
            "110年2月將舉辦「2021高雄燈會藝術節」，本府業於12月致函邀請美國西雅圖市組團參加。",
            "2019-12",
        ),
        (
            "「2021高雄燈會藝術節」預定110年初登場，本府已經在3月函邀美國西雅圖市組團參加。",
            "2020-03",
        ),
    ],
)
def test_an_invitation_told_as_done_in_a_period_crossing_a_year(sentence: str, month: str) -> None:
    # 108年7月至109年6月: 1月 and 3月 are of 109 (2020), 12月 of 108 (2019)
    got = chapter(sentence, period="2019-07/2020-06")
    invited = rels(
        got,
        RelType.INVITED,
        source=KAOHSIUNG,
        target="city:us:seattle",
        event="event:kaohsiung-lantern-festival:2021",
    )
    assert invited
    assert all(r.properties["date"] == month for r in invited)


@pytest.mark.parametrize(
    "sentence",
    [
        "美國西雅圖市則因市長約翰‧史密斯（John Smith）適逢市議會開議，未克出席。",
        "美國西雅圖市由於市長約翰‧史密斯（John Smith）另有要公，未能出席。",
        "美國西雅圖市礙於市長約翰‧史密斯（John Smith）行程衝突，無法出席。",
    ],
)
def test_a_person_named_in_a_reason_is_not_the_invitee(sentence: str) -> None:
    got = chapter(
        "本府於1月致函邀請美國西雅圖市等姊妹市首長出席「2018高雄燈會藝術節」。",
        sentence,
    )
    person = named(got, "約翰‧史密斯")
    city = "city:us:seattle"
    assert rels(got, RelType.PARTICIPATED_IN, source=city, target=LANTERN, status="invited")
    assert not rels(got, RelType.PARTICIPATED_IN, source=person)
    assert not rels(got, RelType.INVITED, target=person)


@pytest.mark.parametrize(
    ("lines", "city", "event"),
    [
        (
            (
                "本府派員赴美國西雅圖市參加「2018西雅圖海洋節」。",
                "「2018西雅圖海洋節」為西雅圖市每年夏季最具代表性之傳統祭典。",
            ),
            "西雅圖市",
            "2018西雅圖海洋節",
        ),
        (
            (
                "本府派員赴日本仙台市參加「2018仙台七夕祭」。",
                "仙台七夕祭為仙台市年度之重要節慶。",
            ),
            "仙台市",
            "2018仙台七夕祭",
        ),
        (
            (
                "本府組團赴韓國大邱市參加「2018大邱炸雞節」。",
                "大邱炸雞節係大邱市每年舉辦之盛事。",
            ),
            "大邱市",
            "2018大邱炸雞節",
        ),
    ],
)
def test_an_event_told_as_a_citys_own_is_hosted_by_it(
    lines: tuple[str, ...], city: str, event: str
) -> None:
    got = chapter(*lines)
    hosted = rels(got, RelType.HOSTED, source=named(got, city), target=named(got, event))
    assert any("為" in e.text or "係" in e.text for r in hosted for e in r.evidence)


@pytest.mark.parametrize(
    "ceremony",
    [
        "4月2日開幕典禮特別邀請駐臺使節觀禮，",
        "4月2日晚間之開幕晚會並邀請各國代表觀禮，",
    ],
)
def test_a_list_at_a_ceremony_named_before_it_attended_the_citys_event(ceremony: str) -> None:
    ext = chapter(
        "本府於4月1日至5日在駁二藝術特區舉辦「2018高雄國際貨櫃藝術節」。",
        ceremony + "計有瑞典貿易暨投資委員會代表安娜‧林德、比利時台北辦事處處長"
        "馬克‧杜邦及日本台灣交流協會高雄事務所所長佐藤次郎等三十餘人出席。",
    )
    event = "event:kaohsiung-container-arts-festival:2018"
    for name in ("安娜‧林德", "馬克‧杜邦", "佐藤次郎"):
        person = named(ext, name)
        assert rels(ext, RelType.PARTICIPATED_IN, source=person, target=event, status="attended")
        assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=person, event=event)
