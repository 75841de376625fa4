"""Round 34b: forms of text read on the 081 pair (by-partner layout, outlook section,
passive invitations), each tested on invented sentences of the same form."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. the city continuing to hold its event next year (本府預定明年…續辦「…」) holds it,
# and those asked to compete in it (將邀請甲市、乙市等姊妹市組隊參賽) are invited to it
def test_the_city_continuing_its_event_holds_it_and_invites_competitors() -> None:
    ext = chapter(
        "本府計畫明年中秋節期間續辦「一○八年高雄國際風箏大賽」，將邀請熊本市、"
        "橫濱市及大阪市等姊妹市組隊參賽，並擴大辦理國際組活動。",
        period="2018-07/2018-12",
    )
    event = named(ext, "一○八年高雄國際風箏大賽")
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=event)
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert invited == {named(ext, n) for n in ("熊本市", "橫濱市", "大阪市")}
    joining = {r.source for r in rels(ext, RelType.PARTICIPATED_IN, target=event)}
    assert joining == invited


# 2. an invitation told in the passive with 經 (經某市邀請，本府由…前往某市參加…): the
# place or the body written between invited the city, as with 應…之邀
def test_an_invitation_told_with_jing_is_the_inviters() -> None:
    ext = chapter(
        "十月上旬，經熊本市邀請，本府由秘書處王專門委員率員二人前往熊本市，"
        "參加該市主辦之「第十屆熊本市民祭」慶祝活動。",
        "另經橫濱市港務局邀請，本府由海洋局陳局長率員三人，於十一月上旬赴橫濱市"
        "出席「亞洲港口城市論壇」。",
        period="2018-07/2018-12",
    )
    inviters = {r.source for r in rels(ext, RelType.INVITED, target=KAOHSIUNG)}
    assert {named(ext, "熊本市"), named(ext, "橫濱市港務局")} <= inviters


def test_words_opening_with_jing_are_no_invitation() -> None:
    ext = chapter(
        "經濟部邀請本府海洋局派員出席「亞洲港口城市論壇」，本府由陳局長前往橫濱市參加。",
        period="2018-07/2018-12",
    )
    assert not rels(ext, RelType.INVITED, target=KAOHSIUNG)


# 3. a guest inviting the city on behalf of a body, the clause before naming it (某市長
# 並代表某某管理局，邀請本府明年組團參加「…」): the body invites, and holds the event
def test_an_invitation_made_for_a_body_is_the_bodys() -> None:
    ext = chapter(
        "熊本市長大西一史於十月中旬率該市官員四人來訪。大西市長行前並代表熊本港灣管理局，"
        "邀請本府明年組團參加「二○一九年熊本港灣國際商展」，本府已請經發局預為規劃。",
        period="2018-07/2018-12",
    )
    body = named(ext, "熊本港灣管理局")
    event = named(ext, "二○一九年熊本港灣國際商展")
    inviters = {r.source for r in rels(ext, RelType.INVITED, target=KAOHSIUNG)}
    assert inviters == {body}
    assert {r.source for r in rels(ext, RelType.HOSTED, target=event)} == {body}
