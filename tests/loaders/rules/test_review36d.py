"""Rule fixes after the rounds-36d/36e review: each tested on invented sentences in the
reviewer's wordings and paraphrases of them."""

from __future__ import annotations

import pytest

from graph.model import RelType, TieStatus
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels

H1_1991 = "1991-01/1991-06"
H1_2019 = "2019-01/2019-06"


# 1. a headerless agreement line's status cell read with the genre's words: a signing
# verb not negated is a signing (dated), a plan word a plan, a negated signing talks
@pytest.mark.parametrize(
    ("status", "standing", "date"),
    [
        ("已於仁川簽署，本期互派人員", TieStatus.SIGNED, "1991-03-05"),
        ("由雙方市長於仁川市政府簽署", TieStatus.SIGNED, "1991-03-05"),
        ("生效", TieStatus.SIGNED, "1991-03-05"),
        ("擬於下期簽署", TieStatus.PLANNED, None),
        ("尚未完成簽署", TieStatus.NEGOTIATING, None),
        ("條文洽商中", TieStatus.NEGOTIATING, None),
    ],
)
def test_a_headerless_agreement_line_reads_its_status_cell(
    status: str, standing: TieStatus, date: str | None
) -> None:
    ext = chapter(
        "附表四　本期協定簽署情形",
        f"80/3/5｜高雄市－仁川直轄市｜港灣交流協議書｜{status}",
        period=H1_1991,
    )
    (mou,) = rels(ext, RelType.SIGNED_MOU)
    assert mou.properties.get("status") == standing
    assert mou.properties.get("date") == date


# 12. lines under a heading of visits, or whose cells tell a visit (a delegation, a
# purpose told as a sentence), are no agreements
@pytest.mark.parametrize(
    "lines",
    [
        (
            "附表一　重要外賓來訪紀要",
            "80/5/5；美國－西雅圖市；西雅圖港務局局長史密斯率團5人；洽談港灣合作備忘錄",
        ),
        (
            "附表三　本期出訪紀要",
            "80/4/2｜本府－東京都｜觀光局長王大同率團4人｜考察觀光推廣並洽談觀光交流協議",
        ),
        ("80/4/2｜本府－東京都｜觀光局長王大同率團4人｜考察觀光推廣並洽談觀光交流協議",),
    ],
)
def test_a_visits_table_line_is_no_agreement(lines: tuple[str, ...]) -> None:
    ext = chapter(*lines, period=H1_1991)
    assert not rels(ext, RelType.SIGNED_MOU)
    assert not any("|" in e.name_zh or "｜" in e.name_zh for e in ext.entities)


# 2. 與 joining two title-holders (黃副市長與謝秘書長) opens no Japanese surname (與謝):
# the guest met the city
@pytest.mark.parametrize(
    "receiving",
    [
        "由黃副市長與謝秘書長共同接見",
        "由陳市長與謝秘書長共同接見",
        "由副市長與古田議員並陪同參觀港區",
    ],
)
def test_a_conjunction_before_a_surname_and_title_opens_no_japanese_name(receiving: str) -> None:
    ext = chapter(f"一、一月十日　日本長崎市副市長田中一郎率團來訪，{receiving}。")
    names = {e.name_zh for e in ext.entities}
    assert not any("與" in name for name in names)
    assert not [r for r in rels(ext, RelType.HOLDS_TITLE) if r.source != named(ext, "田中一郎")]


def test_a_japanese_name_opening_with_a_conjunction_is_still_read() -> None:
    ext = chapter("一、一月十日　日本長崎市副市長與謝一郎率團來訪，由陳市長接見。")
    guest = named(ext, "與謝一郎")
    assert rels(ext, RelType.VISITED, source=guest, target=KAOHSIUNG)


# 4. a slogan quoted with a comma in it is no speech: the trip told around it stands
def test_a_quoted_slogan_keeps_the_trip() -> None:
    ext = chapter(
        "〔108.3.20〕本府觀光局以「愛上高雄，樂遊港都」為主題於本月十五日赴日本東京參加"
        "「2019東京國際旅展」。",
        period=H1_2019,
    )
    (trip,) = rels(ext, RelType.VISITED, source=KAOHSIUNG)
    assert trip.properties.get("start") == "2019-03-15"


# 5. a third party a speaker reports as taking part in his quoted words took part; the
# speaker did not
def test_a_party_reported_in_quoted_speech_took_part() -> None:
    ext = chapter(
        "〔108.2.21〕本府主辦之「高雄市108年元宵燈會」昨（二十）日揭幕，陳市長致詞表示："
        "「很高興熊本市組團參加本次燈會，也感謝仁川市致贈花燈。」",
        period=H1_2019,
    )
    (joined,) = rels(ext, RelType.PARTICIPATED_IN)
    assert joined.source == named(ext, "熊本")
    assert joined.properties.get("role") is None


# 3. a moving on told of the city's people, or only planned, ends no guest's visit
@pytest.mark.parametrize(
    "after",
    [
        "陳市長則於今（九）日轉往臺北出席行政院會議。",
        "本府觀光局人員今（九）日將轉往臺南，籌辦國際旅展。",
        "佐藤市長原訂今（九）日轉往臺北，因颱風延至明（十）日啟程。",
    ],
)
def test_another_moving_on_ends_no_guests_visit(after: str) -> None:
    ext = chapter(
        "〔108.5.9〕日本仙台市市長佐藤一郎伉儷一行五人，昨（八）日南下訪問本市，下午拜會陳市長。"
        + after,
        period=H1_2019,
    )
    (visit,) = rels(ext, RelType.VISITED, source=named(ext, "佐藤一郎"), target=KAOHSIUNG)
    assert visit.properties.get("end") is None


# 7. the one met after a call on the city's government is the government's side,
# whatever the title
def test_the_one_met_after_calling_on_the_government_is_its_side() -> None:
    ext = chapter("一、三月五日　美國西雅圖市副市長史密斯率團來訪，拜會本府，與張大山議長晤談。")
    host, guest = named(ext, "張大山"), named(ext, "史密斯")
    assert not rels(ext, RelType.HOLDS_TITLE, source=host, target=named(ext, "西雅圖"))
    assert rels(ext, RelType.MET_WITH, source=host, target=guest)


# 11. a tie word qualifying a noun after it (本市姊妹市之鄰近城市) ties no city; a tie
# told as not made yet (尚未成為本市姊妹市) is no signed tie
@pytest.mark.parametrize(
    "said",
    [
        "西雅圖的友好城市眾多，其中波特蘭市亦為本市姊妹市之鄰近城市。",
        "波特蘭市目前尚未成為本市姊妹市，盼雙方早日締結。",
    ],
)
def test_a_city_near_a_sister_city_or_not_yet_one_is_no_signed_tie(said: str) -> None:
    ext = chapter(f"美國西雅圖市議員史密斯來訪。史密斯表示，{said}", period=H1_2019)
    assert not rels(ext, RelType.SISTER_CITY_OF, status=TieStatus.SIGNED)


def test_a_city_called_the_citys_sister_city_is_still_tied() -> None:
    ext = chapter(
        "美國波特蘭市議員史密斯來訪。史密斯表示，波特蘭市亦為本市姊妹市。", period=H1_2019
    )
    assert rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "波特蘭"))


# 10. a receiving first planned (原訂由…接見) and then given to another (改由…接見) is
# the other's; 市長臨時公出 names no one
def test_a_receiving_planned_then_replaced_is_the_replacements() -> None:
    ext = chapter(
        "〔108.1.10〕日本仙台市市長佐藤一郎昨（九）日上午專程南下拜會市府，原訂由陳其邁市長"
        "親自接見，因市長臨時公出，改由秘書長王大同接見。",
        period=H1_2019,
    )
    guest = named(ext, "佐藤一郎")
    meetings = rels(ext, RelType.MET_WITH)
    assert [(m.source, m.target) for m in meetings] == [(named(ext, "王大同"), guest)]
    assert {r.source for r in rels(ext, RelType.VISITED)} == {guest}


# 13. a home escort (在本府秘書長某某陪同下) is not who received the guest called on
# the mayor; nor did he visit
def test_a_home_escort_is_not_the_host_called_on() -> None:
    ext = chapter(
        "〔108.5.9〕日本仙台市市長佐藤一郎伉儷一行五人，在本府秘書長王大同陪同下，昨（八）日"
        "南下訪問本市，下午拜會陳市長。",
        period=H1_2019,
    )
    guest, escort = named(ext, "佐藤一郎"), named(ext, "王大同")
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=guest)
    assert not rels(ext, RelType.MET_WITH, source=escort)
    assert not rels(ext, RelType.VISITED, source=escort)


# 8. one who went along (隨團訪問的某校校長) went with the last delegation told: guests
# who came after the city's trip was told
def test_one_along_with_guests_told_last_came_with_them() -> None:
    ext = chapter(
        "本府王副市長率領教育局人員一行九人，於4月11日至16日前往日本熊本市訪問。"
        "日本仙台市教育長佐藤一郎率團於4月20日來訪。"
        "隨團訪問的仙台第一高等學校校長山田太郎，於4月21日拜會市立高雄高級中學。"
    )
    member = named(ext, "山田太郎")
    assert not rels(ext, RelType.VISITED, source=member, target=named(ext, "熊本"))
    assert rels(ext, RelType.VISITED, source=member, target=KAOHSIUNG)


# 9. a school told twice (參觀當地的某校，並與該校校長…) is tied to no school, least of
# all itself, and is not the city's; nor does its name open with 的
def test_a_school_told_twice_is_tied_to_nothing() -> None:
    ext = chapter(
        "本府王副市長率領教育局人員一行九人，於4月11日至16日前往日本熊本市訪問，參觀當地的"
        "熊本高等學校，並與該校校長田中一郎就締結姊妹校交換意見。"
    )
    assert not rels(ext, RelType.SISTER_SCHOOL_OF)
    assert not rels(ext, RelType.LOCATED_IN, target=KAOHSIUNG)
    assert not any(e.name_zh.startswith("的") for e in ext.entities)


# 15. the city's people going within the country visit no place there; a body named
# after 前來觀禮之 begins after it
@pytest.mark.parametrize(
    "line",
    [
        "日本長崎市市長田中一郎率團來訪，本府秘書長王大同陪同頌猜市長前往臺南參觀。",
        "本府派秘書處陳小明科長赴臺北，出席外交部舉辦之「駐外使節座談會」。",
    ],
)
def test_no_person_visits_a_place_of_the_country(line: str) -> None:
    ext = chapter(line, period=H1_1991)
    people = {e.id for e in ext.entities if e.label.value == "Person"}
    assert not [
        r for r in rels(ext, RelType.VISITED) if r.source in people and r.target != KAOHSIUNG
    ]


def test_a_body_after_those_come_to_watch_begins_after_them() -> None:
    ext = chapter(
        "本府舉辦「港都國際論壇」開幕典禮，由陳市長主持，並接見前來觀禮之美國在台協會高雄分處"
        "處長史密斯。",
        period=H1_1991,
    )
    assert not any("觀禮" in e.name_zh for e in ext.entities)
