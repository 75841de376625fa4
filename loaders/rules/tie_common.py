"""What the readers of ties, agreements and sister schools share."""

from __future__ import annotations

import re

from loaders.dates import DateSpan
from loaders.gazetteer import Gazetteer
from loaders.reading import rx
from loaders.rules.base import ReaderBase
from loaders.rules.context import Clause
from loaders.rules.grammar import (
    _CLAUSE_BREAK,
    _NEGOTIATING,
    _TALKS_NOW,
)

#: A clause telling talks going on now, with no subject of its own (刻正透過某會洽商中,
#: 目前仍在協商中, 洽談中): what the clause before told is being negotiated.
_TALKS_GOING_ON = rx(
    r"^(?:刻正|目前|現正|正|仍|尚)*[^,;。]{0,14}?(?:洽商|協商|磋商|洽談|商談)(?:中|當中)[,;。]?$"
    # 目前已由兩校開始洽商: talks begun, so going on
    r"|^(?:刻正|目前|現正|正|仍|尚|已)*[^,;。]{0,10}?(?:開始|展開)(?:洽商|協商|磋商|洽談|商談)[,;。]?$"
    # 刻正透過某處洽商文字內容: talks now on what it says, told by 刻正 (now); not on the
    # arrangements of the signing (刻正洽商簽約儀式之日期)
    r"|^(?:刻正|現正|目前正)[^,;。]{0,14}?(?:洽商|協商|磋商|洽談|商談)"
    r"[^,;。]{0,4}?(?:文字|內容|條文|文本)[^,;。]{0,4}[,;。]?$"
)

#: Talks told as to come, when the tie is signed (屆時將同時洽談…) or as hoped to start
#: (盼能在適當時機正式展開協商): no talks on the tie going on. Talks hoped to go on
#: (希望雙方持續協商, 期盼兩市持續洽談) are going on.
_TALKS_TO_COME = rx(
    r"屆時[^,;。]{0,6}$|(?:盼|希望|期盼|期望|冀望)[^,;。]{0,10}?(?:展開|開始|啟動)$"
)

_TALKS_PLANNED = rx(
    r"(?<![依按照])(?:預定|預計|擬|計畫|計劃)[^,;。]{0,10}?"
    r"(?:回訪|前往|來訪|來高|訪問|出訪|赴|派員|派團|組團|會晤|會面|見面)"
    r"(?:" + _TALKS_NOW + r"[^,;。]){0,12}(?:,(?:" + _TALKS_NOW + r"[^,;。]){0,12})?"
    r"(?<!持續|繼續|賡續)$"
)

#: Talks told as done (經兩市多次協商，…; 協商後; 完成協定書內容之協商): what follows
#: them is no longer negotiated, but signed or still to be signed (經濟, 經理 are no 經;
#: 經外交部協助洽談中 goes on). 經 opens the clause or is 經過/經雙方/經兩市/經多次: not
#: a word holding it (本府經發局與某市洽談).
_TALKS_DONE = rx(
    r"(?:(?:^|(?<=[,;。]))(?:並|再|嗣|後)?經(?!濟|貿|費|營|理|驗|常|由)|經(?=過|雙方|兩市|多次))"
    r"[^,;。]{0,8}?(?:洽商|協商|磋商|談判|洽談)(?=後|[,;。]|$)"
    r"|(?:洽商|協商|磋商|談判|洽談)(?:後|完成|完畢|有成)"
    r"|完成[^,;。]{0,12}?(?:洽商|協商|磋商|談判|洽談)"
)


#: A place's unit then one or two words of a name before 本市 (長野縣松本市).
_UNIT_THEN_NAME = rx(r"[縣州省][\u4e00-\u9fff]{1,2}$")


def _ends_a_place(name: str, end: int) -> bool:
    """Whether the words of `name` ending at `end` close a place's name: one the gazetteer
    reads (松本市, 熊本市), or one written after its country or a unit (日本山本市)."""
    gaz = Gazetteer.default()
    if any(m.start < end - 2 and m.end == end for m in gaz.find_places(name)):
        return True
    before = name[: end - 2]
    return any(
        before[:-k].endswith(country)
        for k in (1, 2)
        for country in gaz.country_names_longest_first()
    ) or bool(_UNIT_THEN_NAME.search(before))


def _talks_going_on_after(clause: Clause) -> bool:
    """Whether the clause right after a planned tie tells talks on it going on now, with
    no subject of its own (…締結姊妹校，刻正透過某會洽商中; …，目前仍在協商中)."""
    after = clause.sentence.norm[clause.start + len(clause.norm) :].lstrip(",")
    return bool(_TALKS_GOING_ON.match(_CLAUSE_BREAK.split(after, maxsplit=1)[0]))


def _ongoing_talks(text: str) -> list[re.Match[str]]:
    """The words of talks on a tie in `text` that are not told as done (洽談中, 持續協商;
    not 經多次協商, 完成…之協商) nor as to come at the signing (屆時將同時洽談…) or on a
    trip planned (預定明年組團回訪，洽商締結事宜)."""
    done = [m.span() for m in _TALKS_DONE.finditer(text)]
    return [
        m
        for m in _NEGOTIATING.finditer(text)
        if not any(start <= m.start() < end for start, end in done)
        and not _TALKS_TO_COME.search(text, 0, m.start())
        and not _TALKS_PLANNED.search(text, 0, m.start())
    ]


def _within(span: DateSpan) -> str | None:
    """The date a thing done during `span` has: its day, or for a range (signed during
    a visit of 3月17日至19日) only what all its days share (2004-03); none for a range
    crossing a year (12月30日至1月2日)."""
    if not span.end:
        return span.start
    shared = span.start
    while shared and not span.end.startswith(shared):
        shared = shared[: shared.rfind("-")] if "-" in shared else ""
    return shared or None


class TieCommon(ReaderBase):
    """Readings the tie, agreement and sister-school readers all use."""

    def _mission_seats(self, sentence_norm: str) -> set[str]:
        """Places the sentence names only as where a mission sits (某國駐臺北經濟文化辦事處,
        駐某市辦事處): no party to a tie or an agreement."""
        seated: dict[str, bool] = {}
        for mention in self._place_mentions(sentence_norm):
            at_mission = sentence_norm[max(0, mention.start - 1) : mention.start] == "駐"
            seated[mention.place.id] = seated.get(mention.place.id, True) and at_mission
        return {pid for pid, only_there in seated.items() if only_there}

    def _both_sides(self, text: str) -> list[str]:
        """雙方 (both sides) in the words of a tie naming no city: the partner last spoken
        of, a city or a state (與某市簽署…；雙方並就締結友好城市事宜進行洽商)."""
        if "雙方" not in text:
            return []
        # (a state or prefecture too, as ties are made with them: 某國某州州長來訪…。雙方
        # 表達締結姊妹市之意願)
        place = self._antecedent("place", "雙方")
        return [self.facts.place(place)] if place is not None else []
