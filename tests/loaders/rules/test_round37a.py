"""Round 37a: forms of text read on the 076 pair (the city's written replies to council
members' interpellations, and a progress report on the year's work-plan items), each
tested on invented sentences of the same form."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, rels


# 1. a council member's question (質詢要旨：報載…已締結…？): what the member has heard is
# asked, not told; only the city's answer (答覆：) states facts
def test_what_a_council_members_question_supposes_is_no_fact() -> None:
    ext = chapter(
        "質詢議員：王大同議員",
        "質詢要旨：報載本市已與澳洲伯斯市締結為姊妹市，又聞伯斯市長將於本年五月來訪，是否屬實？",
        "答覆（一百零七年三月二日）：",
        "（一）查本府與伯斯市迄無締盟之議，所詢與事實不符。",
    )
    assert not [r for r in ext.relations if r.type == RelType.SISTER_CITY_OF]
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)
