"""Rule fixes after the round-37c review (meeting minutes): each tested on invented
sentences in the reviewer's wordings and near variants of them."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels

H2_1990 = "1990-07/1990-12"


# 1. a resolution's field ends at the next item of the minutes, whatever opens it (某局
# 報告：, 報告事項, 臨時動議, 主席裁示：): what that item tells done is done
@pytest.mark.parametrize(
    "opening",
    [
        (
            "教育局報告：本局於五月十日至十四日派員赴日本熊本市參加「1990熊本國際教育論壇」，"
            "並拜會該市教育長。",
        ),
        ("報告事項", "教育局於五月十日至十四日派員赴日本熊本市參加「1990熊本國際教育論壇」。"),
        ("臨時動議", "教育局於五月十日至十四日派員赴日本熊本市參加「1990熊本國際教育論壇」。"),
    ],
)
def test_a_resolution_ends_at_the_next_item_of_the_minutes(opening: tuple[str, ...]) -> None:
    ext = chapter("決議：洽悉。", *opening, period="1990-01/1990-06")
    took = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert [t.properties.get("status") for t in took] == ["attended"]


# 2. an act told done within a resolution or a conclusion (業經, 此行, 已於): done, dated
@pytest.mark.parametrize(
    ("line", "partner", "date"),
    [
        (
            "決議：本案業經市長於九月五日與仙台市長簽署「高雄市與仙台市觀光交流協議書」，"
            "准予備查。",
            "仙台市",
            "1990-09-05",
        ),
        (
            "結論：此行於十月十日與熊本市簽署「高雄市與熊本市觀光交流協議書」，成果豐碩。",
            "熊本市",
            "1990-10-10",
        ),
    ],
)
def test_a_signing_told_done_in_a_resolution_is_signed(line: str, partner: str, date: str) -> None:
    ext = chapter(line, period=H2_1990)
    (mou,) = rels(ext, RelType.SIGNED_MOU, target=named(ext, partner))
    assert (mou.properties.get("status"), mou.properties.get("date")) == ("signed", date)


def test_an_item_under_a_resolution_telling_it_carried_out_is_a_trip() -> None:
    ext = chapter(
        "案由：熊本市邀請本市參加「熊本國際防災研討會」，請討論案。",
        "決議：請消防局派員出席。",
        "（一）消防局已於十一月七日至九日派員赴熊本市出席「熊本國際防災研討會」。",
        period=H2_1990,
    )
    took = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert [t.properties.get("status") for t in took] == ["attended"]
    (trip,) = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "熊本市"))
    assert (trip.properties.get("start"), trip.properties.get("end")) == (
        "1990-11-07",
        "1990-11-09",
    )
    assert trip.properties.get("bureaus") == ["消防局"]


# 12. a resolution's plan, or a chairman's ruling's, keeps its date (請觀光局於十月派員
# 赴某市簽署…)
@pytest.mark.parametrize("field", ["決議：照案通過，", "主席裁示："])
def test_a_resolutions_planned_signing_keeps_its_date(field: str) -> None:
    ext = chapter(
        f"{field}請觀光局於十月派員赴熊本市簽署「高雄市與熊本市觀光交流協議書」。",
        period=H2_1990,
    )
    (mou,) = rels(ext, RelType.SIGNED_MOU, target=named(ext, "熊本市"))
    assert (mou.properties.get("status"), mou.properties.get("date")) == ("planned", "1990-10")


# 3. 到府 said of the city's own delegation abroad (率團訪問某縣，並到府拜會知事): the
# delegation called at its host's seat; nobody came to the city
@pytest.mark.parametrize(
    ("line", "host"),
    [
        ("十月九日，許市長率團訪問日本熊本縣，並到府拜會熊本縣知事細川護熙。", "熊本縣"),
        ("十月九日，本府秘書長率團赴韓國仁川廣域市訪問，並到府拜會該市市長。", "仁川"),
        ("十月九日，本府秘書長前往韓國仁川市，並到府拜會該市市長。", "仁川"),
    ],
)
def test_calling_at_the_hosts_seat_abroad_is_no_coming(line: str, host: str) -> None:
    ext = chapter(line, period=H2_1990)
    assert rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, host))
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)


def test_a_guest_calling_at_the_seat_still_came() -> None:
    ext = chapter("十月九日，熊本縣知事細川護熙率團來訪，並到府拜會許市長。", period=H2_1990)
    assert rels(ext, RelType.VISITED, source=named(ext, "細川護熙"), target=KAOHSIUNG)


# 4. a tie named as a matter, told signed after (某市締結姊妹市案已於…簽署完成): made
@pytest.mark.parametrize(
    "line",
    [
        "本市與奧克蘭市締結姊妹市案已於三月十日由兩市市長在本府簽署完成。",
        "奧克蘭市締結姊妹市案及與該市之體育交流，已於三月十日由吳市長與奧克蘭市長簽署協定書完成。",
    ],
)
def test_a_tie_matter_told_signed_is_made(line: str) -> None:
    ext = chapter(line, period="1990-01/1990-06")
    (tie,) = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "奧克蘭市"))
    assert tie.properties.get("status") == "signed"


def test_a_tie_matter_in_hand_is_planned() -> None:
    ext = chapter(
        "本年推動之奧克蘭市締結姊妹市案，均有賴各局處通力合作。", period="1990-01/1990-06"
    )
    (tie,) = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "奧克蘭市"))
    assert tie.properties.get("status") == "planned"


# 5. a signed agreement described by who proposed it (由某市長提議之「…」已於…簽署):
# signed, not a proposal
@pytest.mark.parametrize(
    "line",
    [
        "由熊本市長提議之「高雄市與熊本市觀光交流協議書」已於五月十日在本府簽署。",
        "兩市於五月十日簽署熊本市所建議之「高雄市與熊本市觀光交流協議書」。",
    ],
)
def test_a_signed_agreement_described_by_its_proposer_is_signed(line: str) -> None:
    ext = chapter(line, period="1990-01/1990-06")
    (mou,) = rels(ext, RelType.SIGNED_MOU, target=named(ext, "熊本市"))
    assert (mou.properties.get("status"), mou.properties.get("date")) == ("signed", "1990-05-10")


# 6. a tie approved then signed, another signing planned after (已通過與本市締結姊妹市，
# 並於…正式簽約，雙方預計明年簽署…備忘錄): the tie is made
def test_a_tie_signed_before_another_signing_planned_is_made() -> None:
    ext = chapter(
        "奧克蘭市議會已通過與本市締結姊妹市，並於五月十日由兩市市長正式簽約，"
        "雙方預計於明年簽署教育交流備忘錄。",
        period="1990-01/1990-06",
    )
    (tie,) = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "奧克蘭市"))
    assert tie.properties.get("status") == "signed"


# 7. tie matters listed (甲市締結姊妹市案及乙市締結友好城市案): each city its own tie
@pytest.mark.parametrize(
    ("line", "sister", "friend"),
    [
        (
            "本年推動之奧克蘭市締結姊妹市案及橫濱市締結友好城市案，均有賴各局處通力合作。",
            "奧克蘭市",
            "橫濱市",
        ),
        ("仁川市締結姊妹市案與熊本市締結友好城市案，均於本年積極推動中。", "仁川市", "熊本市"),
    ],
)
def test_tie_matters_listed_are_each_a_tie(line: str, sister: str, friend: str) -> None:
    ext = chapter(line, period="1990-01/1990-06")
    sisters = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    friends = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG)
    assert [t.target for t in sisters] == [named(ext, sister)]
    assert [t.target for t in friends] == [named(ext, friend)]
    assert {t.properties.get("status") for t in sisters + friends} == {"planned"}


# 8. a coming after a promise kept or an invitation accepted (答應本府邀請於五月十日率團
# 來訪, 實踐去年承諾於五月十日率團來訪): paid, on its day
@pytest.mark.parametrize(
    "line",
    [
        "仁川市長答應本府邀請於五月十日率團來訪，並拜會吳市長。",
        "仁川市長實踐去年承諾於五月十日率團來訪，由吳市長接見。",
    ],
)
def test_a_coming_after_a_promise_kept_is_a_visit(line: str) -> None:
    ext = chapter(line, period="1990-01/1990-06")
    (visit,) = rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert visit.properties.get("start") == "1990-05-10"


def test_a_coming_promised_is_no_visit() -> None:
    ext = chapter("仁川市長承諾將於明年率團來訪。", period="1990-01/1990-06")
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)


def test_a_promise_recalled_before_the_visit_paid_is_not_a_second_visit() -> None:
    ext = chapter(
        "日本熊本市長去年允諾回訪，已於五月十日率團來訪，由吳市長接見。", period="1990-01/1990-06"
    )
    visits = rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["1990-05-10"]


# 9. guests coming to watch something else (來高觀摩本市消防救災業務), or on a day not
# the event's: no attending the event told before
@pytest.mark.parametrize(
    "line",
    [
        "七月三日，日本熊本市消防局長田中一郎一行五人來高觀摩本市消防救災業務。",
        "日本熊本市消防局長田中一郎一行五人來高觀摩本市消防救災業務。",
        "七月三日，熊本龍舟協會會長田中一郎一行三人專程來高觀摩。",
    ],
)
def test_coming_to_watch_something_else_is_no_attending(line: str) -> None:
    ext = chapter(
        "「2018高雄市國際龍舟邀請賽」已於六月十六日在愛河順利舉行。", line, period="2018-01/2018-06"
    )
    assert not rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "田中一郎"))


# 11. a wish to come and take part in an edition to come, in its days (希望於明年某某節
# 期間率團來高參加): the edition, held by the city, the guest's part planned
def test_a_wish_to_take_part_during_an_edition_to_come_is_planned() -> None:
    ext = chapter(
        "日本熊本市長來訪時表示，希望於明年高雄燈會藝術節期間率團來高參加。",
        period="2018-01/2018-06",
    )
    (held,) = rels(ext, RelType.HOSTED, source=KAOHSIUNG)
    took = rels(ext, RelType.PARTICIPATED_IN, target=held.target)
    assert [(t.source, t.properties.get("status")) for t in took] == [
        (named(ext, "熊本市"), "planned")
    ]
