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
