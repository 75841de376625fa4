"""Rule fixes after the round-37a review: each tested on invented sentences in the
reviewer's wordings and paraphrases of them."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels

H2_1987 = "1987-07/1987-12"
H2_1991 = "1991-07/1991-12"


# 1. 經 after 本府/市府 opening a bureau's name (本府經發局, 市府經建會) or a manner (本府經
# 正式函邀, 本府經透過外交部邀請) is no "invited by": the city invites
@pytest.mark.parametrize(
    ("sentence", "invitee"),
    [
        (
            "本府經發局邀請日本熊本市商工會議所組團參加六月舉行之「2018高雄國際食品展」。",
            "熊本市商工會議所",
        ),
        ("市府經建會邀請日本熊本市派員出席五月舉行之「2018高雄國際港灣論壇」。", "熊本市"),
        ("本府經正式函邀澳洲伯斯市組隊參加六月舉行之「2018高雄國際龍舟錦標賽」。", "伯斯市"),
    ],
)
def test_a_bureau_or_manner_after_jing_is_no_inviter(sentence: str, invitee: str) -> None:
    ext = chapter(sentence)
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, invitee))
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG)
    took = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, invitee))
    assert [t.properties.get("status") for t in took] == ["invited"]


@pytest.mark.parametrize(
    "sentence",
    [
        "本府經透過外交部邀請澳洲伯斯市市長約翰．史密斯於三月中旬來訪。",
        "三月間，市府經發局邀請澳洲伯斯市商會會長約翰．史密斯率團來訪。",
    ],
)
def test_the_city_inviting_a_guest_with_jing_is_no_visit(sentence: str) -> None:
    ext = chapter(sentence)
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "約翰．史密斯"))
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert not [e for e in ext.entities if "透過" in e.name_zh]


# 2. a tie agreement's texts in two languages signed (協定書中、英文本…簽署): signed;
# only settled (議定) they are its text
@pytest.mark.parametrize(
    ("sentence", "since"),
    [
        (
            "本市與美國奧克蘭市姊妹市協定書中、英文本各二份，已由兩市市長於九月十日在本府正式簽署。",
            None,
        ),
        (
            "九月十日兩市市長於本府簽署本市與美國奧克蘭市姊妹市協定書中、英文版本各一份。",
            "1987-09-10",
        ),
    ],
)
def test_a_tie_agreements_texts_signed_are_a_signing(sentence: str, since: str | None) -> None:
    ext = chapter(sentence, period=H2_1987)
    ties = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    assert [t.properties.get("status") for t in ties] == ["signed"]
    if since:
        assert ties[0].properties.get("since") == since


def test_a_friendship_agreements_texts_signed_on_a_visit_are_a_signing() -> None:
    ext = chapter(
        "澳洲伯斯市市長約翰．史密斯於三月十日率團來訪，並與王市長共同簽署兩市友好城市協定書中、英文本。"
    )
    ties = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG)
    assert [(t.properties.get("status"), t.properties.get("since")) for t in ties] == [
        ("signed", "2018-03-10")
    ]


# 3. 訪問期間 dates a meeting by the stay just told, not a later plan in its sentence
def test_a_meeting_during_a_stay_is_not_dated_by_a_plan_after_it() -> None:
    ext = chapter(
        "日本熊本市市長山田太郎於三月十日至十二日率團來訪，並邀請本市於十月間組團回訪。",
        "訪問期間，山田市長拜會陳副市長，雙方就兩市交流交換意見。",
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "山田太郎"))
    assert [(m.properties.get("start"), m.properties.get("end")) for m in met] == [
        ("2018-03-10", "2018-03-12")
    ]


def test_a_meeting_during_a_trip_is_not_dated_by_a_return_invitation() -> None:
    ext = chapter(
        "本府由陳副市長率團，於十一月三日至九日赴美國奧克蘭市訪問，並預定於明年三月邀請該市市長回訪。",
        "訪問期間，陳副市長拜會奧克蘭市市長約翰．史密斯，就兩市港埠合作交換意見。",
        period=H2_1987,
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "約翰．史密斯"))
    assert [m.properties.get("start") for m in met] == ["1987-11-03"]


def test_a_meeting_during_a_trip_starts_with_the_trip_not_its_return() -> None:
    ext = chapter(
        "本府陳副市長率團於十一月三日赴美國奧克蘭市訪問，十一月九日返國。",
        "訪問期間，陳副市長拜會奧克蘭市市長。",
        period=H2_1987,
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG)
    assert met and all(m.properties.get("start") == "1987-11-03" for m in met)


# 4. a delegation opening a clause, then 由 and a title (其中某市代表團由市長某某率領):
# the official holds the title of the place, not of the delegation
def test_a_delegation_led_by_an_official_is_no_body_of_his() -> None:
    ext = chapter(
        "國外參展單位計有日本熊本市代表團及橫濱港務局等二單位，其中熊本市代表團由市長山田太郎親自率領。",
        period=H2_1991,
    )
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "山田太郎"))
    assert [h.target for h in held] == [named(ext, "熊本市")]


# 5. an agreement named as a matter, told signed (已於…完成簽署) before talks on details
def test_an_agreement_matter_signed_before_talks_on_details_is_signed() -> None:
    ext = chapter(
        "與日本橫濱市簽訂「港埠合作備忘錄」一案，已於三月十日完成簽署，有關執行細節刻仍洽商中。"
    )
    mous = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert [(m.properties.get("status"), m.properties.get("date")) for m in mous] == [
        ("signed", "2018-03-10")
    ]


# 6. teams listed in a work-plan item's planned schedule (預定進度：…計有…合計四隊參賽):
# planned, no one came yet
def test_teams_listed_in_a_planned_schedule_did_not_come() -> None:
    ext = chapter(
        "計畫項目：舉辦「八十年高雄市國際青少年足球邀請賽」",
        "預定進度：本項比賽訂於八月二日至八日舉行，計有日本熊本市、澳洲伯斯市等二地代表隊及本市"
        "代表隊二隊，合計四隊參賽。",
        period=H2_1991,
    )
    assert not [
        t for t in rels(ext, RelType.PARTICIPATED_IN) if t.properties.get("status") == "attended"
    ]
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)


# 7. a listed team told after not to have come (伯斯市代表隊則因故未能成行): invited only
def test_a_listed_team_that_did_not_come_was_only_invited() -> None:
    ext = chapter(
        "計畫項目：舉辦「八十年高雄市國際青少年足球邀請賽」",
        "實際執行情形：",
        "1.本項比賽已於八月二日至八日假中正運動場舉行，計有日本熊本市、澳洲伯斯市、韓國釜山市等"
        "三地代表隊及本市代表隊，合計四隊參賽，伯斯市代表隊則因故未能成行。",
        period=H2_1991,
    )
    perth = named(ext, "伯斯市")
    took = rels(ext, RelType.PARTICIPATED_IN, source=perth)
    assert [t.properties.get("status") for t in took] == ["invited"]
    assert not rels(ext, RelType.VISITED, source=perth)
    took = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "熊本市"))
    assert [t.properties.get("status") for t in took] == ["attended"]


# 8. one invited qualified as attending the meeting just told (邀請出席會議之某市副市長)
@pytest.mark.parametrize(
    "sentence",
    [
        "會後，陳副市長並邀請出席會議之日本橫濱市副市長山田太郎於明年來訪。",
        "會議期間，陳副市長並邀請參加會議之日本橫濱市副市長山田太郎明年來訪。",
    ],
)
def test_one_invited_as_attending_the_meeting_is_invited(sentence: str) -> None:
    ext = chapter(
        "本府由陳副市長率團，於十一月三日至九日赴美國奧克蘭市，出席由該市主辦之「第五屆太平洋港市會議」。",
        sentence,
        period=H2_1987,
    )
    invited = {i.target for i in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    guest = {e.id for e in ext.entities if e.name_zh == "山田太郎"} | {named(ext, "橫濱市")}
    assert invited & guest


# 10. what was done, told after the planned schedule in the same line (預定進度：…。實際執行
# 情形：…已於…簽署): done
def test_what_was_done_after_the_plan_in_one_line_is_done() -> None:
    ext = chapter(
        "預定進度：九月間赴美國奧克蘭市簽署姊妹市協定書。實際執行情形：市長已於九月十日赴奧克蘭市簽署姊妹市協定書。",
        period=H2_1987,
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG)
    assert [(t.properties.get("status"), t.properties.get("since")) for t in ties] == [
        ("signed", "1987-09-10")
    ]


# 11. the answer told after the question in the same line (質詢要旨：…？答覆：…): told
def test_an_answer_after_the_question_in_one_line_is_read() -> None:
    ext = chapter(
        "質詢議員：王大同議員",
        "質詢要旨：伯斯市長是否曾來訪？答覆：澳洲伯斯市市長約翰．史密斯已於三月十日來訪，由陳副市長接見。",
    )
    smith = named(ext, "約翰．史密斯")
    came = rels(ext, RelType.VISITED, source=smith, target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["2018-03-10"]
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=smith)


# 13. 全程 after a name (某某全程陪同): the sentence's, no part of the name
def test_throughout_after_a_name_is_no_part_of_it() -> None:
    ext = chapter("日本熊本市市長山田太郎於三月五日來訪，由本府市長特別助理王大明全程陪同。")
    people = {e.name_zh for e in ext.entities if e.id.startswith("person:")}
    assert "王大明" in people
    assert not [p for p in people if "全程" in p]


# 14. a visit told after 適逢 (適逢某市市長某某率團來訪): led by that mayor
def test_a_visit_after_coinciding_is_led_by_its_leader() -> None:
    ext = chapter("三月十日適逢日本熊本市市長山田太郎率團來訪，本府特安排參觀港區。")
    came = rels(ext, RelType.VISITED, source=named(ext, "山田太郎"), target=KAOHSIUNG)
    assert [v.properties.get("led_by") for v in came] == ["山田太郎"]


# 9. a listed team told to have arrived the month before the event (已於七月下旬抵高，進行
# 賽前集訓): one stay, the coming that the event implies included
def test_a_team_arriving_the_month_before_the_event_stays_once() -> None:
    ext = chapter(
        "計畫項目：舉辦「八十年高雄市國際青少年足球邀請賽」",
        "實際執行情形：",
        "1.本項比賽已於八月二日至八日假中正運動場舉行，計有日本熊本市、澳洲伯斯市等二地代表隊"
        "及本市代表隊二隊，合計四隊參賽。",
        "2.熊本市代表隊已於七月下旬抵高，進行賽前集訓。",
        period=H2_1991,
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "熊本市"), target=KAOHSIUNG)
    assert len(came) == 1
    assert str(came[0].properties.get("start")).startswith("1991-07")
