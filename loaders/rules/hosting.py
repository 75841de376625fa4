"""Hosting: who holds the events a clause names (主辦, 舉辦, 承辦, an event named for
its place, the city's own events)."""

from __future__ import annotations

import re
from enum import Enum

from graph.model import Attendance, Label, RelType
from loaders.events import edition_year
from loaders.facts import told_in, told_only_in
from loaders.reading import normalize, rx
from loaders.rules.context import Clause
from loaders.rules.event_common import EventCommon, _host_gap
from loaders.rules.grammar import (
    _AT_WORD,
    _ATTENDING_WORD,
    _BOTH_SIDES,
    _CANCELLED,
    _CLAUSE_BREAK,
    _CO_HOST,
    _DATE_PREFIX,
    _EDITION_OPENING,
    _FRIENDSHIP_KIND,
    _FUTURE,
    _GOES_TO,
    _GONE_TO,
    _HAN,
    _HELD_AT,
    _HOLD_VERB,
    _HOLDING,
    _HOLDS,
    _HOME,
    _HOME_ACTOR,
    _HOME_GOVERNMENT,
    _HOME_HOSTING,
    _HOME_PARTNER_OPENING,
    _HOME_PARTY,
    _INVITE,
    _INVITES_HOME,
    _ITEM_NUMBER_OPENING,
    _JOIN,
    _JOIN_OPENING,
    _LATIN_GLOSS,
    _OTHER_PARTY_VERB,
    _OWN_BUREAU,
    _PARTY_JOINER,
    _PLAN_FIRST,
    _SISTER_KIND,
    _THAT_BODY_HOSTING,
    _TRIP_CALLED_OFF,
)
from loaders.structure import Sentence

_OWN_BUREAU_NAMED = rx(rf"(?:{_OWN_BUREAU})$")

#: A place named with its tie right after it, the way there (赴某國某某姊妹市參加…,
#: 前往某某友好城市出席…): the tie's word is no part of the gap to the verb.
_TIE_AFTER_PLACE = rx(r"^(?:" + _SISTER_KIND + r"|" + _FRIENDSHIP_KIND + r")")

#: An event told as being prepared, its preparation right after its name (某某亞運會
#: 籌備情形, 某某博覽會之籌辦進度): it is to be held by whoever prepares it.
_PREPARATION_AFTER = rx(r"(?:之|的)?(?:籌備|籌辦)")

#: A place just named holding an event called by a short form (該市主辦亞運之籌備進度,
#: 該市籌辦世博): the short form, of two to four characters.
_HOSTS_SHORT_FORM = rx(r"(?<=該市|該縣|該州)(?:主辦|籌辦|舉辦)([\u4e00-\u9fff]{2,4}?)(?=之|的|,|$)")

#: Parties told working together, the doing in the next clause: 由本府某局與該市某處
#: 合作, 與某大學攜手, 與某協會協力.
_WORKING_WITH = rx(r"與[^,;]{1,30}?(?:合作|攜手|協力)$")

#: A sentence telling a holding with no subject written, only when (明年5月將續辦「…」,
#: 本年10月擴大舉辦「…」), on what occasion (本年端午節（6月20日）) and where (於愛河):
#: the report's own city holds it, as with 辦理「…」.
_HOLDS_UNSAID = rx(
    r"^(?:明年|今年|本年|同年|\d+年)?(?:\d+月)?(?:[上中下]旬|間|份|起)?"
    r"(?:[^\x00-\x7f,;。「」()（）]{1,3}節(?:[(（][^()（）]*[)）])?)?"
    r"(?:(?:於|在(?!地))[^\x00-\x7f,;。「」()（）]{1,8}?)?"  # (在地業者: local, no venue)
    r"(?:並|亦|將|預定|預計|擬|規劃|持續|賡續|繼續)*"
    r"(?:續辦|擴大舉辦|舉辦|主辦|籌辦)(?:之|的)?$"
)

#: The city holding the event named: 在本市舉辦, 本府主辦, 辦理「…」, 本市主辦2025…,
#: 本市籌辦「…」, 「…」主辦城市, 本府預定於9月舉辦之「…」.
_HOME_HOSTS = rx(
    _HOME_HOSTING
    + r"|辦理「|本市(?:主辦|籌辦)(?:之|的)?(?=\d|「)|」主辦城市"
    + r"|本府(?:預定|預計|將|擬|訂)?(?:於|在)"
    + rf"(?:(?!{_OTHER_PARTY_VERB}|該|組團|派)[^,;「」]){{1,12}}?(?:舉辦|主辦|籌辦)(?:之|的)「"
)

#: The right to host an event won (取得「…」主辦權, 獲得…之主辦權, 爭取「…」主辦權成功):
#: its holder hosts it.
_HOSTING_RIGHT = rx(
    r"(?:取得|獲得|贏得|爭取到|拿下)[^,;「」]{0,4}「[^「」]+」(?:之|的)?主辦權"
    r"|爭取[^,;「」]{0,4}「[^「」]+」(?:之|的)?主辦權(?:成功|獲勝)"
)
#: The city named as the one winning that right, right before the verb (宣布由本市取得,
#: 本市順利取得): the city hosts it, whoever the sentence opens with.
_HOME_WINS = rx(r"(?:由)?" + _HOME + r"(?:順利|成功|正式|首度|再度)?$")

#: Helping another, right before the verb winning the right to host (協助某市爭取「…」
#: 主辦權成功, 全力支持某市申辦): the one helped wins it, not the city helping. Not
#: where the one helped is the city (經交通部全力協助本市取得「…」主辦權).
_HELPS_ANOTHER = rx(r"(?:協助|幫助|支持|支援|力挺)(?!" + _HOME + r")[^,;「」]{1,16}?$")

#: Holding or held, continuing to hold too (本府預定明年續辦「…」).
_HOLDING_OR_HELD = rx(_HOLDS + r"|舉行|續辦")

#: An event told as a place's own, after 「…」為某市: 每年夏季最具代表性之傳統祭典,
#: 年度之重要節慶, 每年舉辦之盛事.
_PLACES_OWN_EVENT = rx(
    r"(?:每年|歷年|年度)?[^,;。「」]{0,16}?(?:之|的)(?:傳統|年度|重要)?"
    r"(?:祭典|節慶|慶典|盛事|盛會|活動)"
)

#: Who holds the event named next: 某某協會主辦之「…」, and a body named by an acronym
#: with its gloss after it: ABC東亞區(ABC East Asia)主辦之「…」; 的 as 之 (某某組織(ABC)
#: 主辦的「…」).
_ORGANIZER = rx(r"((?:[A-Z]{2,10})?[\u4e00-\u9fff]{2,16}?)(?:\([^()]*\))?(?:舉辦|主辦)(?:之|的)?「")

#: Holding, written as what qualifies the event named next (某局籌辦之「…」, 主辦的「…」):
#: who holds it is named right before.
_HOLDING_QUALIFIES = rx(r"(?:" + _HOLD_VERB + r"|籌辦)(?:之|的)$")

#: What may come right before a home bureau named as an event's holder: a verb of
#: joining, 由, the home government, or nothing (參加捷運局籌辦之「…」).
_BEFORE_HOME_HOLDER = rx(r"(?:^|參加|出席|參與|由|本府|市府)$")

#: The city holding an event through a bureau, at a venue: 參加本府民政局於某某公園
#: 舉辦之「…」, 本府觀光局於某市舉辦「…」 (no other party's verb in between).
_HOME_BUREAU_HOLDS = rx(
    _HOME_GOVERNMENT + r"[\u4e00-\u9fff]{1,6}?(?:局|處|會)"
    rf"(?:(?:於|在)(?:(?!{_OTHER_PARTY_VERB})[^,;「」]){{0,12}}?)?(?:舉辦|主辦|舉行)之?「"
)

#: The city told as the holder of the event the clause before named, in a clause of no
#: event of its own (「…」於某日在某地舉行，為本市首次承辦…; …，由本府經發局主辦).
_HELD_BY_HOME_AFTER = rx(
    r"^(?:並|亦)?(?:為|係|是|乃|由)" + _HOME + r"[^,;。「」]{0,6}?(?:承辦|主辦|舉辦|籌辦)"
)
#: Words between the city and its holding that make it no holder of the event told:
#: a plan or a bid (為本市明年擬爭取主辦之…), or help given (由本府協助籌辦…, 協辦).
_NOT_HELD_BY_HOME_AFTER = rx(_FUTURE.pattern + r"|爭取|申辦|協助|協辦|協同|配合")

#: Holding or organizing, opening a clause with no subject of its own (並籌辦10月間之
#: 「…」, 將舉辦「…」).
_HOLDING_OPENING = rx(r"^(?:並|亦|另|將|預定|預計|持續|賡續|積極)*(?:籌辦|舉辦|主辦|辦理)")

#: A body referred to by its kind holding the event named next: 出席該局6月20日主辦之「…」.
_THAT_BODY_HOLDS = rx(
    _THAT_BODY_HOSTING.pattern + r"(?:於|在)?[^,;「」]{0,12}?(?:舉辦|主辦)(?:之|的)?「"
)

#: The holder of the event spoken of, named by its part (因主辦單位某某基金會宣布取消…,
#: 主辦機構某某協會表示…, 主辦者為某某委員會): the body written after it.
_ORGANIZER_NAMED = rx(
    r"主辦(?:單位|機構|者|團體)(?:為|係|是)?([A-Za-z\u4e00-\u9fff]{2,24}?)"
    r"(?=於|宣布|宣佈|已|表示|決定|因|並|亦|則|,|;|。|$)"
)

#: A sentence with no subject holding something during an event named by its kind:
#: 藝術節期間並於10月5日舉辦「…」, 會議期間另舉行「…」 (group 1: the kind).
_DURING_EVENT_HOLDS = rx(
    r"^([^,;「」]{2,6}?)期間(?:並|另|亦|同時)*(?:於[^,;「」]{0,16}?)?(?:舉辦|辦理|舉行|召開)"
)

#: The event's preparing told after its name (配合2025某某運動會之籌辦): whoever the
#: sentence opens with holds it, when it works toward it (_READYING_FOR before the
#: event's name; not 觀摩「某市博覽會」之籌備情形, another's preparing looked at).
_PREPARED_AFTER = rx(r"^」?(?:之|的)(?:籌辦|籌備)")

_READYING_FOR = rx(r"配合[^,;「」]{0,3}「?$")

#: Holding ending the words before an event: (某協會)主辦之, 舉辦.
_HOLDING_END = rx(r"(?:舉辦|主辦)之?$")

#: An acronym opening a name: XYZ亞太區, ABC東亞區.
_ACRONYM_OPENING = rx(r"[A-Z]{2,10}[\u4e00-\u9fff]")

#: A body by its acronym holding an event at a place: ABC訂於本年8月在某國某市舉辦「…」.
_ACRONYM_HOLDS = rx(
    r"(?:並|另|而)?([A-Z]{2,10})(?:亦|並|將|已)?(?:訂|預定|預計|擬)?(?:於|在)"
    r"[^,;「」]{0,24}?(?:舉辦|主辦|舉行)(?:之|的)?「"
)

#: The word before a venue: 在某市某某廣場(Some Square)舉辦, 於某某中心(Some Hall).
_AT_VENUE = rx(_AT_WORD + "$")

#: A venue written after a party, up to the verb: 某某協會於某某中心(共同主辦).
_AT_PLACE = rx(_AT_WORD + r"[^,;、與及和]+$")

#: The tail of a date a part of a clause opens with (12月在某館: 月), no one's name.
_DATE_TAIL_OPENING = rx(r"^(?:[\d年月日至~.-]|[上中下]旬|初|底)+")

#: An invitation of the city: 接獲某市來函邀請, 邀請本府, 邀請本市.
_INVITATION_OF_HOME = rx(r"接獲.{0,20}邀請|邀請本(?:府|市)")

#: The event's host city as a word: 「…」主辦城市 (not 以主辦城市之身分, a role only).
_HOST_CITY = rx(r"主辦城市(?!之身分|之身份)")

#: 由 opening an agent's name (出席由某集團主辦之「…」): no part of the name.
_AGENT_BY = rx(r"^由")

#: The agent of what is to come, opening a clause: 預定由, 將由, 擬由 (預定由本府於10月間
#: 舉辦「…」: the one written after it acts).
_AGENT_TO_COME = rx(r"^(?:" + _FUTURE.pattern + r")由")

#: The city backing another doing it (本府支援某市於10月舉辦「…」): the other holds it
#: (協助, 幫助 anywhere before the event: _SEES_OR_HELPS).
_HOME_HELPS = rx(r"^" + _HOME + r"(?:將|並|亦|全力)*(?:支援|輔導)")

#: The city helping a body hold an event (本府協助國立某大學辦理「…」, 本府支援某協會
#: 舉辦「…」): the body holds it, the city only helps.
_HOME_HELPS_BODY_HOLD = rx(
    _HOME
    + r"(?:將|並|亦|全力)*(?:協助|幫助|支援|輔導)([^,;「」]{2,20}?)(?:辦理|舉辦|主辦|舉行)之?「"
)

#: Watching, touring or helping with an event another holds (赴某市觀摩該市舉辦之「…」,
#: 協助某市於本市舉辦「…」): the city does not hold it.
_SEES_OR_HELPS = rx(r"觀摩|參訪|考察|參觀|見學|協助|幫助")


class _Held(Enum):
    """How a place named before an event holds it (_place_holds)."""

    WRITTEN = "written"  # 某市主辦之「…」: stated
    GONE_TO = "gone to"  # 赴某市參加「2025某市某某祭」: read from the place gone to


def _abbreviates(short: str, name: str) -> bool:
    """Whether `short` is a short form of `name`: its characters in the name, in order,
    the first not the name's last (亞運 of 某年某市亞洲運動會, 世博 of 世界博覽會)."""
    at = 0
    for char in short:
        at = name.find(char, at) + 1
        if at == 0:
            return False
    return len(short) < len(name) - 1 and name.find(short[0]) < len(name) - 1


#: An event told as held, written right after its name (…慶祝大會於某地隆重舉行, …於10月
#: 5日開幕).
_HELD_AFTER_NAME = re.compile(
    r"(?:已?(?:於|在)[^,;。]{1,16}?)?(?:隆重|盛大)?(?:舉行|舉辦|開幕|登場)"
)


class HostingRules(EventCommon):
    """Who holds each event a clause names."""

    def _going_called_off(self, clause: Clause, at: int) -> bool:
        """Whether the going to the place at `at` was only planned and then called off
        (某團原訂6月赴某國參加「…」演出，因疫情取消行程): the event is not read as that
        place's from a trip that never was."""
        return bool(
            _PLAN_FIRST.search(clause.norm[:at])
            and _TRIP_CALLED_OFF.search(clause.sentence.norm[clause.start :])
        )

    def _named_place_prepares(self, clause: Clause) -> None:
        """An event named for another place, told by its preparation (就2006年某市亞運會
        籌備情形交換意見): the place it is named for prepares it, so holds it; not where
        the sentence goes to that place (赴某市觀摩「…」之籌備情形: what was seen there)."""
        for start, end, event_id in clause.events:
            if not _PREPARATION_AFTER.match(clause.norm, end):
                continue
            host = self._named_for(clause.norm[start:end].strip("「」"))
            if host is None or host == self.home or self._sentence_goes_to(clause, host):
                continue
            self.facts.relate(RelType.HOSTED, host, event_id, clause.sentence)

    def _sentence_goes_to(self, clause: Clause, place_id: str) -> bool:
        """Whether the sentence writes `place_id` as where it goes (赴日本某市)."""
        norm = clause.sentence.norm
        return any(
            _GONE_TO.search(norm[: m.start])
            for m in self._place_mentions(norm)
            if m.place.id == place_id
        )

    def _rule_hosting(self, clause: Clause) -> None:
        text = clause.norm
        self._organizer_named(clause)
        self._host_of_short_form(clause)
        if _CANCELLED.search(clause.sentence.norm):
            self._not_held(clause)
            return
        body_host = self._acronym_holds(clause)
        for place in clause.places if body_host is None else []:
            for event in clause.events:
                held = self._place_holds(clause, place, event)
                if held is _Held.GONE_TO and self._going_called_off(clause, place[0]):
                    continue  # 原訂赴某國參加「…」，因故取消行程: no one went there
                if held:
                    # a host read from the place gone to is inferred (unless already read);
                    # one written before the event is stated, with no such mark
                    inferred = held is _Held.GONE_TO and not self._hosts(place[2], event[2])
                    self.facts.relate(
                        RelType.HOSTED,
                        place[2],
                        event[2],
                        clause.sentence,
                        self._title_told(event),
                        **({"inferred": True} if inferred else {}),
                    )
        self._held_where_gone_before(clause)
        self._held_where_trip_went(clause)
        self._named_place_prepares(clause)
        organizer = _ORGANIZER.search(text)
        name = organizer.group(1) if organizer else ""
        name = _AGENT_BY.sub("", _JOIN_OPENING.sub("", name))  # 出席由某集團主辦之「…」
        joined = list(_ATTENDING_WORD.finditer(name))  # 某局派員出席某某理事會(…)主辦
        name = name[joined[-1].end() :] if joined else name
        if organizer and not self._read_in_part(text, organizer):
            name = self._without_venue(name)  # 某某總部於某某特區共同主辦: the body
        acronym = _ACRONYM_OPENING.match(name)
        glossed = organizer is not None and self._glossed_body(name, organizer.group())
        kind = self.lex.org_kind(name) or ("organization" if acronym or glossed else None)
        # 由本局主辦之「…」: the reporting bureau, the city's own (read by _home_holds)
        home = self.lex.home_org(name) or _HOME_ACTOR.match(name) or _OWN_BUREAU_NAMED.match(name)
        if organizer and kind and not home and clause.events and not _THAT_BODY_HOSTING.match(name):
            # 本府教育局主辦「…」 is the city's own (read by _home_holds), no outside body;
            # 該局主辦之「…」 is the body of that kind named before (_referred_body_holds)
            place = self._place_before(text, organizer.start(1) + 2)
            org_id = self._organization(name, kind, place)
            for _, _, event_id in clause.events:
                self.facts.relate(RelType.HOSTED, org_id, event_id, clause.sentence)
                self._drop_series_host(event_id, org_id)
        self._named_host(clause)
        self._body_helped_holds(clause)
        self._referred_body_holds(clause)
        self._own_event_described(clause)
        self._subject_hosts(clause)
        self._co_hosting(clause)
        if clause.events and self._home_holds(clause):
            status = Attendance.PLANNED if _FUTURE.search(text) else None
            for _, _, event_id in clause.events:
                self.facts.relate(
                    RelType.HOSTED, self.home, event_id, clause.sentence, status=status
                )
        self._home_told_as_holder(clause)

    def _home_told_as_holder(self, clause: Clause) -> None:
        """「「…」於某日在某地舉行，為本市首次承辦…」, 「…，由本府某局主辦」: a clause naming
        no event of its own tells the city holds the one its sentence named before."""
        told = self.state.sentence_events
        held = _HELD_BY_HOME_AFTER.match(clause.norm)
        if clause.events or not told or not held or _NOT_HELD_BY_HOME_AFTER.search(held.group()):
            return  # (為本市明年擬爭取主辦之…, 由本府協助籌辦…: no holding of the city's)
        self.facts.relate(RelType.HOSTED, self.home, told[-1], clause.sentence)

    def _held_where_gone_before(self, clause: Clause) -> None:
        """「本府由某某率團赴日本某市，參加第N屆某市某某祭」: the event joined, named for
        the place the clause before went to, is that place's (inferred, as when both are
        told in one clause)."""
        if not clause.events or not _JOIN_OPENING.match(clause.norm):
            return
        if any(not any(s <= at < e for s, e, _ in clause.events) for at, _, _ in clause.places):
            return  # a place of its own, outside the events' names
        gone_to = [p for p in self.state.clause_places if p != self.home]
        before = _CLAUSE_BREAK.split(clause.sentence.norm[: clause.start].rstrip(",;"))[-1]
        if not gone_to or not _GOES_TO.search(before):
            return
        for start, end, event_id in clause.events:
            # the place opening the name, as the clause reads it (旭川 after 旭川市 named)
            opens = start + _EDITION_OPENING.match(clause.norm[start:end]).end()  # type: ignore[union-attr]
            named = [pid for at, _, pid in clause.places if at == opens]
            host = named[0] if named else self._named_for(clause.norm[start:end])
            if host in gone_to:
                self._held_by_place_gone_to(clause, host, event_id, clause.norm[start:end])

    def _held_where_trip_went(self, clause: Clause) -> None:
        """「…率團訪問某市。…；翌日應邀出席「某市民日」慶典」: the event joined on a leg of
        the city's trip, named for a place the trip went to, is that place's (inferred)."""
        if not clause.events or not _ATTENDING_WORD.search(clause.norm[: clause.events[0][0]]):
            return
        trip = self._home_trip_told(clause)
        if trip is None:
            return
        gone_to = {
            r.target
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED and r.source == self.home and told_in(r, trip)
        }
        for start, end, event_id in clause.events:
            host = self._named_for(clause.norm[start:end])
            if host in gone_to:
                self._held_by_place_gone_to(clause, host, event_id, clause.norm[start:end])

    def _held_by_place_gone_to(self, clause: Clause, host: str, event_id: str, name: str) -> None:
        """The place a trip went to holds the event named for it that the trip joined
        (inferred), unless it is not the place's own (_not_the_places_own) or is held
        already (then this sentence tells it again)."""
        if self._not_the_places_own(event_id, name):
            return
        if self._hosts(host, event_id):
            self.facts.relate(RelType.HOSTED, host, event_id, clause.sentence)
            return
        self.facts.relate(RelType.HOSTED, host, event_id, clause.sentence, inferred=True)

    def _acronym_holds(self, clause: Clause) -> str | None:
        """「ABC訂於本年8月在某國某市舉辦「…」」: the body the report named with that
        acronym (「某某國際理事會」（ABC）) holds the event, the place being its venue.
        The body, or None."""
        held = _ACRONYM_HOLDS.match(_DATE_PREFIX.sub("", clause.norm))
        if held is None or not clause.events:
            return None
        body = self._body_of_acronym(held.group(1))
        if body is not None:
            for _, _, event_id in clause.events:
                self.facts.relate(RelType.HOSTED, body, event_id, clause.sentence)
        return body

    def _body_of_acronym(self, acronym: str) -> str | None:
        """The body the report names with `acronym` after its name (「某某理事會」（ABC）,
        某某協會(ABC)), before the sentence read; None when it names none so."""
        written = normalize(self.facts.text[: self._here().start])
        glossed = re.compile(r"([\u4e00-\u9fff]{3,24})」?\(" + re.escape(acronym) + r"\)")
        for found in reversed(list(glossed.finditer(written))):
            name = found.group(1)
            kind = self.lex.org_kind(name)
            body = self._outside_body(name) if kind else None
            if body is not None:
                self.facts.entities[body].merge_aliases([acronym])
                return body
        return None

    @staticmethod
    def _read_in_part(text: str, organizer: re.Match[str]) -> bool:
        """Whether the words _ORGANIZER read before the verb begin inside a longer run
        (…、某國某某同業公會於某某館共同主辦: the name cut short at its opening, to be
        read by _co_hosting); not where a Latin acronym opens them after 與."""
        start = organizer.start(1)
        return start > 0 and bool(_HAN.match(text, start - 1)) and not text[start].isascii()

    def _place_holds(
        self, clause: Clause, place: tuple[int, int, str], event: tuple[int, int, str]
    ) -> _Held | None:
        """How the place holds the event named after it, if it does: WRITTEN right
        before it (某市姊妹市「…」, 某市主辦之「…」; not 某市港務局主辦之「…」, the
        office's event), or GONE_TO and its event joined there, the event named for it
        (赴某市參加「2025某市某某祭」)."""
        start, end, pid = place
        if pid == self.home or event[0] < end:
            return None
        gap = clause.norm[end : event[0]]
        name = self._event_as_written(clause, event)
        named_for = self._named_for(name)
        if (
            _host_gap(gap, clause.norm[event[1] :])
            and named_for in (None, pid)
            and not self._bid_from_afar(clause, start, end, event[0])
        ):
            return None if self.lex.org_kind(_HOLDING_END.sub("", gap)) else _Held.WRITTEN
        joined = _JOIN_OPENING.fullmatch(_TIE_AFTER_PLACE.sub("", gap))  # 赴某某姊妹市參加
        gone = named_for == pid and joined and self._gone_to(clause, start)
        if not gone or self._not_the_places_own(event[2], name):
            return None
        return _Held.GONE_TO

    def _event_as_written(self, clause: Clause, event: tuple[int, int, str]) -> str:
        """The words naming an event in the clause, or, for one a bare verb joins (…前往
        某市參加, the item titled by the event), its name as the report wrote it."""
        start, end, event_id = event
        return clause.norm[start:end] or normalize(self.facts.entities[event_id].name_zh)

    @staticmethod
    def _gone_to(clause: Clause, start: int) -> bool:
        """Whether the place at `start` is where the clause goes (赴某市, 前往姊妹市某國
        某市: the country before it is the way there)."""
        begin = start
        for s, e, _ in sorted(clause.places, reverse=True):
            begin = s if e == begin else begin
        return bool(_GONE_TO.search(clause.norm[:begin]))

    def _own_event_described(self, clause: Clause) -> None:
        """「某某祭為某市每年夏季最具代表性之傳統祭典」: the event is told as the place's
        own, so the place holds it."""
        text = clause.norm
        for _, e_end, event_id in clause.events or self._spoken_event_opening(text):
            for start, end, pid in clause.places:
                if (
                    pid != self.home
                    and text[e_end:start] in ("為", "是", "係")
                    and _PLACES_OWN_EVENT.match(text, end)
                ):
                    self.facts.relate(RelType.HOSTED, pid, event_id, clause.sentence)

    def _spoken_event_opening(self, text: str) -> list[tuple[int, int, str]]:
        """The event spoken of, opening the clause by its series' name without quotes or
        year (「某某祭為…」 after 「參加「2019某某祭」」)."""
        event_id = self.state.event
        if event_id is None:
            return []
        name = normalize(re.sub(r"^\d+", "", self.facts.entities[event_id].name_zh))
        return [(0, len(name), event_id)] if name and text.startswith(name) else []

    def _organizer_named(self, clause: Clause) -> None:
        """「因主辦單位某某基金會宣布取消…」, 「主辦機構某某協會表示…」: the body named as
        the holder of the event spoken of hosts it, in place of the one its series
        implies."""
        event_id = (clause.events[-1][2] if clause.events else None) or self.state.event
        named = _ORGANIZER_NAMED.search(clause.norm)
        if event_id is None or named is None:
            return
        name = named.group(1)
        kind = self.lex.org_kind(name)
        if not kind or self.lex.home_org(name):
            return
        place = self._place_before(clause.norm, named.start(1) + 2)
        org_id = self._organization(name, kind, place)
        self.facts.relate(RelType.HOSTED, org_id, event_id, clause.sentence)
        self._drop_series_host(event_id, org_id)

    def _glossed_body(self, name: str, written: str) -> bool:
        """Whether `name`, glossed in Latin letters in `written` (某某理事會(ABC)
        主辦之「…」), is a body of its own: a name no place makes up wholly."""
        if not _LATIN_GLOSS.search(written) or len(name) < 4:
            return False
        return not any(m.start == 0 and m.end == len(name) for m in self._place_mentions(name))

    def _subject_hosts(self, clause: Clause) -> None:
        """「日本某市為紀念開港150週年，於5月20日至22日主辦「…論壇」」, 「該縣，將於10月
        舉辦「…」」: a clause with no subject of its own whose verb is holding the event
        right before its name has the sentence's subject, a foreign place, as host."""
        text = clause.norm
        own = _DATE_PREFIX.sub("", text)
        held = _HELD_AT.match(own)
        # a place inside the event's name (「高雄某某推介會」) or the venue's (於某市國際
        # 會議場舉辦「…」) is no subject of the clause
        venue = (len(text) - len(own), len(text) - len(own) + held.end()) if held else (0, 0)
        places = [
            p
            for p in clause.places
            if not any(s <= p[0] < e for s, e, _ in clause.events)
            and not venue[0] <= p[0] < venue[1]
        ]
        if clause.start == 0 or places or not clause.events:
            return
        subject = [p for p in self.state.subject if p != self.home]
        if held is None:
            return
        acting = _CLAUSE_BREAK.split(clause.sentence.norm[: clause.start])
        if self._held_at_home(held.group()) and (
            not subject or any(_HOME_ACTOR.match(_DATE_PREFIX.sub("", part)) for part in acting)
        ):
            # 本府邀請某某來高，於本府某局舉辦「…」 (the city acting in a clause before):
            # the city's own venue, the city's event; not a visiting group's (某市訪問團
            # 來訪，並於本府觀光局舉辦「…」), held in a room the city lent
            return
        if not subject and self._home_opens_sentence(clause):
            # 本府某處組團赴某市參加「…」，並於影展期間舉辦「…推介會」: the city's own
            for _, _, event_id in clause.events:
                self.facts.relate(RelType.HOSTED, self.home, event_id, clause.sentence)
            return
        if len(subject) != 1 or _JOIN.search(clause.sentence.norm[: clause.start]):
            return
        for _, _, event_id in clause.events:
            self.facts.relate(RelType.HOSTED, subject[0], event_id, clause.sentence)

    def _body_helped_holds(self, clause: Clause) -> None:
        """「本府協助國立某大學辦理「…」」: the body the city helps holds the event."""
        helped = _HOME_HELPS_BODY_HOLD.search(clause.norm)
        if helped is None or not clause.events:
            return
        self.events_helped_with.update(e for s, _, e in clause.events if s == helped.end() - 1)
        name = helped.group(1)
        kind = self.lex.org_kind(name)
        if not kind or self.lex.home_org(name):
            return  # 協助某市舉辦, 協助本府某局…: a place's, or the city's own
        org_id = self._organization(name, kind, None)
        for _, _, event_id in clause.events:
            self.facts.relate(RelType.HOSTED, org_id, event_id, clause.sentence)
            self.held_here_with_help.add(event_id)

    def _host_of_short_form(self, clause: Clause) -> None:
        """「為迎接明年舉行之「2019年某市世界博覽會」，…說明該市主辦世博之籌備進度」: a
        place holding an event the sentence named before, called by a short form of its
        name (世博 for 世界博覽會), holds that event."""
        for held in _HOSTS_SHORT_FORM.finditer(clause.norm):
            hosts = [
                pid for s, _, pid in clause.places if s == held.start() - 2 and pid != self.home
            ]
            for event_id in self.state.sentence_events:
                name = normalize(self.facts.entities[event_id].name_zh)
                if hosts and _abbreviates(held.group(1), name):
                    self.facts.relate(RelType.HOSTED, hosts[0], event_id, clause.sentence)

    def _home_opens_sentence(self, clause: Clause) -> bool:
        """Whether the city (or one of its bureaus) is the subject the sentence opens with
        (107年11月9日，本府新聞處組團…)."""
        first = _CLAUSE_BREAK.split(clause.sentence.norm)
        opening = _DATE_PREFIX.sub("", first[0]) or (first[1] if len(first) > 1 else "")
        return bool(_HOME_ACTOR.match(opening))

    def _co_hosting(self, clause: Clause) -> None:
        """「本府青年局與姊妹市某市共同主辦「…」」, 「雙方以視訊連線共同舉辦「…」」, 「兩市
        聯合舉辦…」: the city (by itself or a bureau) and the places written before the
        verb all host the event after it; 雙方 or 兩市 with no place written are the
        city and the partner last spoken of."""
        text = clause.norm
        verb = _CO_HOST.search(text)
        if verb is None:
            self._worked_together(clause)
            return
        events = [event_id for start, _, event_id in clause.events if start >= verb.end()]
        if not events:
            self._event_co_held_by(clause, verb)
            return
        hosts = self._co_host_parties(clause, verb.start())
        joined = [
            pid
            for _, end, pid in clause.places
            if pid in hosts and _PARTY_JOINER.match(text, end) and end < verb.start()
        ]
        if len(hosts) < 2 and not joined:
            # 共同 with one side named: read by the hosting rules as written; a place
            # joined to a partner not known as a party (某市與某某開發院共同主辦) hosts
            return
        for event_id in events:
            for host in dict.fromkeys(hosts):
                self.facts.relate(RelType.HOSTED, host, event_id, clause.sentence)

    def _event_co_held_by(self, clause: Clause, verb: re.Match[str]) -> None:
        """「某論壇由本府與某協會合辦」, 研討會由甲市與乙市共同主辦: the event as the
        subject, held by the parties written between 由 and the verb."""
        subjects = [
            (end, event_id)
            for _, end, event_id in clause.events
            if end < verb.start() and clause.norm.startswith("由", end)
        ]
        if not subjects:
            return
        by = subjects[0][0] + 1
        parties = Clause(clause.sentence, clause.norm[by:], clause.start + by)
        self._find_places(parties)
        hosts = self._co_host_parties(parties, verb.start() - by)
        for _, event_id in subjects:
            for host in dict.fromkeys(hosts):
                self.facts.relate(RelType.HOSTED, host, event_id, clause.sentence)

    def _co_host_parties(self, clause: Clause, cut: int) -> list[str]:
        """The parties written before `cut` as holding something together: the places
        (a body whose name a place opens, 某市公立學校學區, in its stead; a bureau,
        該市文化處, is its city's), the bodies named without a place (某某研究院), and
        the city (by itself or a bureau, or 雙方/兩市 with the partner last spoken of)."""
        text = clause.norm
        before = text[:cut]
        hosts = [
            self._body_opened_by(text, start, end, cut) or pid
            for start, end, pid in clause.places
            if start < cut
            and pid != self.home
            and self.facts.label_of(pid) == Label.CITY
            and not _GONE_TO.search(text[:start])
        ]
        hosts += self._bodies_named_before(clause, cut)
        both = _BOTH_SIDES.search(before)
        if both and not hosts:
            partner = self._antecedent("place", both.group())
            hosts = [self.facts.place(partner)] if partner is not None else []
        # 與某公司共同主辦「…」 opening a clause: the report's subject, the city, is the other
        unsaid = before.startswith("與") and not self.state.subject
        joins = list(_JOIN.finditer(before))
        # 出席由某市與某州共同主辦之「…」: the city is a guest; but 出席本府與某處合辦之「…」
        # names the city among the hosts right after the verb
        named = before[joins[-1].end() :] if joins else before
        if (both or unsaid or self._home_acts(before)) and (not joins or _HOME_PARTY.match(named)):
            hosts.append(self.home)
        return hosts

    def _bodies_named_before(self, clause: Clause, cut: int) -> list[str]:
        """The bodies named without a city before `cut` as holding something together
        (某某研究院, 某國某某中心(Some Centre)), or by the city's name (高雄市某某公會, a
        body of its people); not the city's own bureaus."""
        text = clause.norm
        before = text[:cut]
        bodies = []
        for part in _PARTY_JOINER.split(before):
            part = self._without_venue(part)
            glossed = (
                self._glossed_organization(part)
                or self._office_here(part)
                or self._acronym_body(part)
            )
            civic = self._home_civic_body(part)  # 本府與高雄市某某公會合辦: the body
            if glossed is not None:
                bodies.append(glossed)  # 某國某某中心(Some Centre): whatever place it names
            elif civic is not None:
                bodies.append(civic)
            elif not any(
                self.facts.label_of(pid) == Label.CITY and part in text[s:cut]
                for s, _, pid in clause.places
            ) and not any(
                # a country may open a body's name (日本某某株式會社, 台灣某某公司)
                text[s:e] in part and self.facts.label_of(pid) != Label.COUNTRY
                for s, e, pid in clause.places
                if s < cut
            ):
                if self._home_acts(part) or self._city_bureau(part, before):
                    continue  # 由本府某局: the city's, read below
                body = self._outside_body(part)
                bodies += [body] if body is not None else []
        return bodies

    def _without_venue(self, part: str) -> str:
        """`part` without the venue written after the body it names (某某協會某市事務所
        於某某中心共同主辦: the office, not 某某中心); as it is when no body comes first,
        and nothing when it is a venue only (在本市美術館舉辦, 於12月假某博物館舉辦:
        where, not who)."""
        if _AT_PLACE.match(_DATE_TAIL_OPENING.sub("", part)):
            return ""
        for at in range(len(part)):  # (美國在台協會某分處於…: the 在 of the name is no venue)
            if _AT_PLACE.match(part, at) and self.lex.org_kind(part[:at]) is not None:
                return part[:at]
        return part

    def _office_here(self, part: str) -> str | None:
        """The outside body `part` names whose seat, written inside its name, is the city
        (某國某某協會高雄事務所, 某國在台協會高雄分處): an office of another side in the
        city, there; None for any other words."""
        kind = self.lex.org_kind(part)
        if kind in (None, "bureau") or self.lex.home_org(part) or _HOME_ACTOR.match(part):
            return None
        seats = [m for m in self._place_mentions(part) if m.start > 0]
        if not seats or seats[-1].place.id != self.home_place.id or not _HAN.fullmatch(part):
            return None
        return self._organization(part, kind, self.home_place)

    def _acronym_body(self, part: str) -> str | None:
        """The outside body `part` names opening with an acronym (ABC某某理事會東亞秘書處,
        XYZ亞太區總部): a body of its own, whatever its ending (a 處 of it is no bureau of
        the city's); None for any other words."""
        acronym = _ACRONYM_OPENING.match(part)
        kind = self.lex.org_kind(part)
        if acronym is None or kind is None or not _HAN.fullmatch(part[acronym.end() - 1 :]):
            return None
        return self._organization(part, "organization" if kind == "bureau" else kind, None)

    def _city_bureau(self, part: str, before: str) -> bool:
        """Whether `part` names no party, or a bureau that is the city's own (本府某局
        與某市共同主辦); where the city is a guest (出席由某機構與某某局共同主辦之「…」)
        a bureau named is another side's."""
        kind = self.lex.org_kind(part)
        return kind is None or (kind == "bureau" and not _JOIN.search(before))

    def _glossed_organization(self, words: str) -> str | None:
        """The body a name glossed in Latin letters names, whatever its ending
        (某國某某城市中心(Centre for Something)): a body of its own, located in the
        place its name opens with; None for a place alone or no gloss."""
        gloss = _LATIN_GLOSS.search(words)
        name = words[: gloss.start()] if gloss else ""
        joined = list(_JOIN.finditer(name))  # 出席某某委員會(ABC)與某市共同舉辦: after the verb
        name = name[joined[-1].end() :] if joined else name
        opened = max(name.rfind(word) for word in "由在於")
        if _AT_VENUE.search(name[: opened + 1]):
            return None  # 在某市某某廣場(Some Square): a venue, no body
        name = name[opened + 1 :]
        mentions = self._place_mentions(name)
        if not gloss or len(name) < 4 or not _HAN.fullmatch(name):
            return None
        if any(m.start == 0 and m.end == len(name) for m in mentions):
            return None
        place = mentions[0].place if mentions and mentions[0].start == 0 else None
        return self._organization(name, "organization", place)

    def _body_opened_by(self, text: str, start: int, end: int, cut: int) -> str | None:
        """The body whose name the place at `start:end` opens (某市公立學校學區, 某市
        議會), up to the next party or `cut`; None for none, or for a bureau, which
        acts for its city (該市文化處)."""
        run = _PARTY_JOINER.split(text[start:cut], maxsplit=1)[0]
        if (
            self.lex.org_kind(run) is None
            and len(run) > end - start
            and not _AT_VENUE.search(text[:start])
        ):
            return self._glossed_organization(run)  # 某市某某中心(Some Centre)與…
        return self._body_beyond(run, end - start)

    def _worked_together(self, clause: Clause) -> None:
        """「由本府文化局與該市文化處合作，於某藝術特區舉辦「…展」」: parties told working
        together in one clause host what the next clause, with no subject of its own,
        holds (a clause holding nothing ends it)."""
        pending, self._co_workers = self._co_workers, None
        together = _WORKING_WITH.search(clause.norm)
        if together and not clause.events:
            hosts = self._co_host_parties(clause, together.end())
            self._co_workers = (clause.sentence.start, hosts) if len(hosts) >= 2 else None
            return
        held = _HELD_AT.match(_DATE_PREFIX.sub("", clause.norm))
        if pending is None or pending[0] != clause.sentence.start or not held:
            return
        for _, _, event_id in clause.events:
            for host in dict.fromkeys(pending[1]):
                self.facts.relate(RelType.HOSTED, host, event_id, clause.sentence)

    def _not_held(self, clause: Clause) -> None:
        """「今年因某市宣布停辦」: an edition called off was neither held nor attended;
        the hosting its series implies (written when the event was named) is withdrawn."""
        for _, _, event_id in clause.events:
            for key, relation in list(self.facts.relations.items()):
                if (
                    relation.type == RelType.HOSTED
                    and relation.target == event_id
                    and relation.properties.get("inferred")
                    and told_only_in(relation, clause.sentence)
                ):
                    del self.facts.relations[key]

    def _referred_body_holds(self, clause: Clause) -> None:
        """「邀請本府派員出席該局6月20日主辦之「…」」: the body 該局 refers to holds the
        event named right after."""
        for held in _THAT_BODY_HOLDS.finditer(clause.norm):
            events = [e for s, _, e in clause.events if s == held.end() - 1]
            body = self._body_named_last(clause, held.start(), held.group(1)) if events else None
            if body is not None:
                self.facts.relate(RelType.HOSTED, body, events[0], clause.sentence)
                self._drop_series_host(events[0], body)  # (not the series' city, inferred)

    def _named_host(self, clause: Clause) -> None:
        """「本府已接獲主辦城市某某廣域市之正式邀請」: the host city, named as such, holds
        the event spoken of, and (接獲…邀請) invited the city to it."""
        event_id = (clause.events[-1][2] if clause.events else None) or self.state.event
        if event_id is None:
            return
        for start, _, pid in clause.places:
            if pid == self.home or not clause.norm[:start].endswith("主辦城市"):
                continue
            self.facts.relate(RelType.HOSTED, pid, event_id, clause.sentence)
            if _INVITATION_OF_HOME.search(clause.norm):
                year = edition_year(event_id)
                self.facts.relate(
                    RelType.INVITED, pid, self.home, clause.sentence, event=event_id, year=year
                )

    def _home_holds(self, clause: Clause) -> bool:
        """Whether the city holds the event the clause names: 在本市舉辦, 本府主辦「…」,
        本府於…在某某公園舉辦「…」, a heading 「(二)主辦「…」」, or 「…」主辦城市."""
        text = clause.norm
        if all(self._host_named_after(clause, end) for _, end, _ in clause.events):
            return False  # 「…」主辦城市某國某市: the event of the place named
        if _HOME_HELPS_BODY_HOLD.search(text):
            return False  # 本府協助國立某大學辦理「…」: the body's (_body_helped_holds)
        if _HOME_HOSTS.search(self._places_masked(text)) or _HOME_BUREAU_HOLDS.search(text):
            return True  # 本市主辦之「…」, not 某本市主辦之「…」 (熊本市)
        opening = _DATE_PREFIX.sub("", clause.sentence.norm)
        if clause.start == 0 and self._during_own_event(opening):
            return True  # 藝術節期間並於10月5日舉辦「…論壇」: within the city's festival
        right = _HOSTING_RIGHT.search(text)
        won = right and not _HELPS_ANOTHER.search(text[: right.start()])  # (協助某市爭取…)
        if won and (_HOME_PARTY.match(opening) or _HOME_WINS.search(text[: right.start()])):
            return True  # 本市…，順利取得「…」主辦權; 大會宣布由本市取得「…」主辦權
        if clause.sentence.is_heading:
            opening = _ITEM_NUMBER_OPENING.sub("", opening)
            return bool(_HOLDING.match(opening))
        if self._own_event_held_or_invited_to(clause):
            return True  # 本市建市十週年慶祝大會於某地隆重舉行
        first_event, first_end, _ = clause.events[0]
        if (
            _PREPARED_AFTER.match(text[first_end:])
            and _READYING_FOR.search(text[:first_event])
            and _HOME_PARTY.match(opening)
            and not any(  # 配合「2025某市博覽會」之籌辦: that place's event
                pid != self.home and first_event <= start < first_end
                for start, _, pid in clause.places
            )
        ):
            return True  # 本府…，並配合2025某某運動會之籌辦
        if self._home_body_named_holder(text[:first_event]):
            return True  # 某公司派員參加捷運局籌辦之「…」: the city's bureau holds it
        if _JOIN.search(text[:first_event]) or _HOST_CITY.search(text):
            return False  # 本府海洋局…參加…港務局主辦之「…」: someone else's event
        if _SEES_OR_HELPS.search(text[:first_event]):
            return False  # 交通局赴某市觀摩該市舉辦之「…」, 協助某市舉辦「…」: theirs
        if clause.start == 0 and _HOLDS_UNSAID.match(text[:first_event]):
            return self._unsaid_subject_is_home(clause)  # 明年5月將續辦「…」
        own = _AGENT_TO_COME.sub("", _DATE_PREFIX.sub("", text))  # (預定由本府於…舉辦「…」)
        if _HOME_HELPS.match(own):
            return False  # 將由本府支援某市於10月舉辦「…」: that city's
        if (
            clause.start
            and _HOLDING_OPENING.match(own)
            and self._in_plans_section(clause.sentence)
            and not self._opened_by_another_place(clause.sentence)
        ):
            return True  # (下半年工作重點) …，並籌辦10月間之「…」: the city's work to come
        subject = own if clause.start else opening
        # 教育局於6月2日在某地主辦「…」: a bureau of the city's, the city
        home_subject = bool(_HOME_PARTY.match(subject) or any(self._home_org_openings(subject)))
        return bool(
            (_HOME_PARTY.match(own) or clause.start == 0 or home_subject)
            and home_subject
            and not _HOME_PARTNER_OPENING.match(subject)  # 本市姊妹市某市將主辦…
            and (holding := _HOLDING_OR_HELD.search(text[:first_event])) is not None
            and not self._place_holds_instead(clause, holding.start())
        )

    def _own_event_held_or_invited_to(self, clause: Clause) -> bool:
        """Whether the clause names an event as the city's own, 本市 right before it, and
        tells it held or invites others to it (本市建市十週年慶祝大會於某地隆重舉行, 邀請
        某市派員參加本市…慶祝大會)."""
        text = clause.norm
        masked = self._places_masked(text)  # (布里斯本市「…」: no 本市 of ours)
        return any(
            masked[:start].endswith("本市")
            and (_HELD_AFTER_NAME.match(text, end) or _INVITE.search(text[: start - 2]))
            for start, end, _ in clause.events
        )

    def _place_holds_instead(self, clause: Clause, verb_at: int) -> bool:
        """Whether another place stands right before the verb of holding as its doer
        (本府建議某市續辦「…」), not as where it is held (本府於某市舉辦「…」)."""
        text = clause.norm
        return any(
            pid != self.home
            and start > 0
            and text[start - 1] not in "於在赴至"
            and 0 <= verb_at - end <= 4
            and not re.search(r"[於在]", text[end:verb_at])
            for start, end, pid in clause.places
        )

    def _opened_by_another_place(self, sentence: Sentence) -> bool:
        """Whether the sentence opens, after its item number, with a place other than the
        city as its subject (福岡市預定於10月舉辦「…」，並主辦「…」)."""
        norm = sentence.norm
        opening = _ITEM_NUMBER_OPENING.match(norm)
        words = norm[opening.end() if opening else 0 :]
        return any(
            m.start == 0 and m.place.id != self.home_place.id for m in self._place_mentions(words)
        )

    def _home_body_named_holder(self, before: str) -> bool:
        """Whether the words before an event name a bureau of the city as who holds it
        (參加捷運局籌辦之「…」, 由教育局主辦的「…」), not a body abroad of the same name
        (參加某市交通局主辦之「…」: a place before it)."""
        holding = _HOLDING_QUALIFIES.search(before)
        if holding is None:
            return False
        words = before[: holding.start()]
        return any(
            words.endswith(name) and _BEFORE_HOME_HOLDER.search(words[: -len(name)])
            for org in self.lex.home_orgs
            for name in org.names
        )

    def _unsaid_subject_is_home(self, clause: Clause) -> bool:
        """Whether a sentence with no subject written, holding the event it names, is the
        city's (明年5月將續辦「2019某市研討會」): the text before spoke of no other party
        as its subject, and the event is named for no other place (某市：…。明年將舉辦
        「某市燈會」 is that city's), nor does the sentence invite the city to it
        (明年5月將舉辦「…」，邀請本市出席: another's, whoever)."""
        if _INVITES_HOME.search(clause.sentence.norm, clause.start + len(clause.norm)):
            return False
        others = [party for party in self.state.subject if party != self.home]
        named_for = {self._named_for(clause.norm[s:e].strip("「」")) for s, e, _ in clause.events}
        return not others and named_for <= {None, self.home}

    def _during_own_event(self, opening: str) -> bool:
        """Whether a sentence with no subject holds something during an event the city
        holds, named by its kind (藝術節期間並於10月5日舉辦「…」 in the item on the city's
        「…藝術節」)."""
        during = _DURING_EVENT_HOLDS.match(opening)
        if during is None:
            return False
        return any(
            r.type == RelType.HOSTED
            and r.source == self.home
            and (self.facts.entities[r.target].name_zh or "").endswith(during.group(1))
            for r in self.facts.relations.values()
        )

    def _drop_series_host(self, event_id: str, host: str) -> None:
        """A host stated for an edition (參加某市某某基金會主辦之「第N屆某節」) replaces the
        one its series implies (the festival's city): that one was inferred, not said."""
        for key, relation in list(self.facts.relations.items()):
            if (
                relation.type == RelType.HOSTED
                and relation.target == event_id
                and relation.source != host
                and relation.properties.get("inferred")
            ):
                del self.facts.relations[key]
