"""Events: who hosted, who took part (attended, invited, planned, as speaker…),
who was invited, and the yearly participation 「每年」 statements imply."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from graph.model import Attendance, Label, RelType
from loaders.dates import DateSpan, find_since_year, is_recurring, month_number
from loaders.events import EventMention, edition_year, event_kind, event_suffixes, find_events
from loaders.facts import told_in, told_only_in
from loaders.gazetteer import is_city_state
from loaders.names import edge_words
from loaders.reading import normalize, rx
from loaders.rules.base import (
    _GOVERNMENT_KINDS,
    _TROUPE_KINDS,
    FIRST_PERSON,
    Clause,
    in_quoted_speech,
)
from loaders.rules.grammar import (
    _ABSENT,
    _ACRONYM_HOLDS,
    _ACRONYM_OPENING,
    _ACTING_FOR,
    _ACTING_FOR_CLOSING,
    _ADVERB_OPENING,
    _ADVERB_TAIL,
    _AGENT_BY,
    _AGENT_TO_COME,
    _ALL_CAME,
    _ALREADY_END,
    _ANSWER_JOINS,
    _ANSWERS,
    _ARRANGED_FOR,
    _ASKED_TO_BRING,
    _ASKED_TO_SPEAK,
    _AT_PLACE,
    _AT_VENUE,
    _ATTENDEE_LIST,
    _ATTENDING_ASKED,
    _ATTENDING_LABEL,
    _ATTENDING_QUALIFIES,
    _ATTENDING_WORD,
    _ATTENDS,
    _ATTENDS_AS_INVITED,
    _AUDIENCE_AFTER,
    _BARE_JOIN,
    _BECAUSE,
    _BEFORE_HOME_HOLDER,
    _BODY_PEOPLE,
    _BODY_SENT_AS_TEAM,
    _BOTH_SIDES,
    _BY_LETTER,
    _BY_OPENING,
    _BY_PUBLIC_UNIVERSITY,
    _CAME_DOWN,
    _CAME_HERE_TO_WATCH,
    _CAME_TO_WATCH,
    _CANCELLED,
    _CARD_FIELD,
    _CELEBRATION_JOINED,
    _CEREMONY_ACT,
    _CITY_ENDING,
    _CLAUSE_BREAK,
    _CLAUSE_OPENING,
    _CO_HOST,
    _COLLECTIVE,
    _COME,
    _COMES_HERE_TO_JOIN,
    _COMING_AS_GROUP,
    _COMMITTED,
    _CROWD_COUNTED,
    _DATE_PREFIX,
    _DATE_TAIL_OPENING,
    _DEALT_WITH,
    _DECLINE_WORD,
    _DECLINED,
    _DELEGATION_KIND,
    _DESCRIPTION_END,
    _DONE_ON_END,
    _DRAWING,
    _DURING_EVENT_HOLDS,
    _EACH_CLOSING,
    _EACH_OF_THOSE,
    _EDITION_OPENING,
    _EDITION_WRITTEN,
    _ESCORTED_BY,
    _EVENT_ANAPHOR,
    _EVENT_DESCRIPTION,
    _EVENT_PERIOD,
    _FIRST_OF,
    _FIRST_TIME,
    _FOLK_OF_PLACE,
    _FUTURE,
    _GENERIC_EVENTS,
    _GLOSS,
    _GOES_TO,
    _GONE_TO,
    _HAN,
    _HAN_RUN,
    _HAN_TAIL,
    _HEADCOUNT,
    _HELD_AT,
    _HELD_BY,
    _HELD_BY_ANYONE,
    _HELD_UNPLACED,
    _HELD_VENUE_OPENING,
    _HOLDING,
    _HOLDING_END,
    _HOLDING_OPENING,
    _HOLDING_OR_HELD,
    _HOLDING_QUALIFIES,
    _HOLDS_UNSAID,
    _HOME_ACTOR,
    _HOME_BUREAU_HOLDS,
    _HOME_HELPS,
    _HOME_HELPS_BODY_HOLD,
    _HOME_HOSTS,
    _HOME_JOINING_TALKED_OF,
    _HOME_LEADS_OR_SENDS,
    _HOME_OFFICIAL,
    _HOME_OPENS,
    _HOME_PARTNER_OPENING,
    _HOME_PARTY,
    _HOME_SCHOOL_TROUPE,
    _HOST_CITY,
    _HOSTING_RIGHT,
    _HOSTS_SHORT_FORM,
    _IN_PERSON,
    _INVITATION_CONVEYED,
    _INVITATION_OF_HOME,
    _INVITATIONS_SENT,
    _INVITE,
    _INVITED_BY,
    _INVITED_BY_HOME,
    _INVITED_BY_OFFICIAL,
    _INVITED_QUALIFIES,
    _INVITED_TO_JOIN,
    _INVITED_TO_VISIT,
    _INVITEE_SENT,
    _INVITES_HOME,
    _INVITES_OTHERS,
    _INVITES_US,
    _ITEM_NUMBER_OPENING,
    _ITEM_PARTY,
    _JOIN,
    _JOIN_OPENING,
    _KEPT_AWAY,
    _LATER_EDITION,
    _LATIN_GLOSS,
    _LEAD_BY,
    _LEADS_DELEGATION_VERB,
    _LEADS_GROUP,
    _LEADS_TROUPE_OPENING,
    _LEFT_FOR_HOME,
    _LETTER_SENT,
    _LIST_CLOSING_WORDS,
    _LIST_ITEM_BREAK,
    _LIST_ITEM_ENDS,
    _LISTED,
    _LISTED_ASKED_TO,
    _MEET,
    _MEETING_ABOUT_EVENT,
    _NAME_THEN_HOME_TITLE,
    _NEGOTIATING,
    _NO_ANSWER,
    _NO_ONE_NAMED,
    _NO_SUBJECT,
    _NOT_COMING,
    _NOT_HELD,
    _NOT_HOST_GAP,
    _NOT_THERE_BEFORE,
    _OFFICIAL_BY_SURNAME,
    _ON_THIS_OCCASION,
    _ORGANIZER,
    _ORGANIZER_NAMED,
    _ORGANIZING,
    _OTHER_TRIP,
    _OWN_BUREAU_NAMED,
    _OWN_SUBJECT,
    _OWN_TIME_TRIP,
    _PARENS,
    _PART_PLAYED,
    _PARTY_JOINER,
    _PEOPLE_BY_CLASS,
    _PEOPLE_SENT,
    _PERFORMED_AT,
    _PERFORMED_AT_PART,
    _PERFORMED_IN_NAMED,
    _PLACE_WORD,
    _PLACES_OWN_EVENT,
    _PLAN_FIRST,
    _PREPARATION_AFTER,
    _PREPARED_AFTER,
    _PRESENCE,
    _PROMOTES,
    _PRONOUN_PARTY,
    _QUALIFIES_NOUN,
    _QUALIFYING_ATTENDEES,
    _QUOTED_NAME,
    _QUOTED_TEXT,
    _READYING_FOR,
    _READYING_TEAM,
    _RECEIVED,
    _REPLIES,
    _ROLE_LIST_HEADING,
    _SCHEDULED,
    _SEES_OR_HELPS,
    _SEMICOLON,
    _SENDER_END,
    _SENDS_OR_LEADS,
    _SENDS_PEOPLE,
    _SENT_GROUP,
    _SIGNING_CEREMONY,
    _STAFF_SENT,
    _TALK_AFTER_COMING,
    _TALK_TITLE,
    _TALKS_ON,
    _TEAM_HEAD,
    _TEAMS_COUNTED,
    _THANKED_FOR,
    _THAT_BODY,
    _THAT_BODY_HOLDS,
    _THAT_BODY_HOSTING,
    _THAT_BODY_INVITING,
    _THAT_TROUPE,
    _THE_REST,
    _TIE_AFTER_PLACE,
    _TIE_MAKING,
    _TIME_ONLY,
    _TIME_PLANNED_BEFORE,
    _TOURS,
    _TRIP_CALLED_OFF,
    _UNDECIDED,
    _VENUE_BEFORE_EVENT,
    _VERB,
    _VIRTUAL,
    _WAS_INVITED,
    _WHERE_OPENING,
    _WHICH_EDITION,
    _WILL,
    _WITH_PARTNER,
    _WORKING_WITH,
    _role,
    occurrences,
)
from loaders.rules.parties import PartyRules
from loaders.structure import Sentence


class _Held(Enum):
    """How a place named before an event holds it (_place_holds)."""

    WRITTEN = "written"  # 某市主辦之「…」: stated
    GONE_TO = "gone to"  # 赴某市參加「2025某市某某祭」: read from the place gone to


@dataclass
class _Taking:
    """How a clause tells its parties took part, beyond who and when: 某市應本府之邀
    (inviters) 由王大明市長率團 (leader) 首度 (first_time) 出席並擔任講者 (role)."""

    #: bodies there through the people listed (出席者包括某協會王大明理事長)
    represented: list[str]
    #: the places whose invitation the party answered (應姊妹市某市之邀)
    inviters: list[str]
    leader: str | None
    role: str | None
    first_time: bool | None
    #: the clause declines (婉謝本屆邀請)
    declined: bool
    #: the part is taken every year (每年均派團參加)
    recurring: bool = False
    #: the sentence telling the invitation when another than the clause's does (the
    #: trip the clause is a stop of: 應某市之邀請，本府…組團出訪。)
    invited_in: Sentence | None = None


#: Leading a delegation named by its kind (由助役王大明率市民訪問團一行32人參加): the
#: foreign official's city takes part with him.
_LEADS_DELEGATION = rx(r"率[^,;。]{0,6}?" + _DELEGATION_KIND + r"團")
#: An errand of its own told right after people sent come (派員來高考察某某廠營運): not
#: the city's event spoken of that they come for.
_ERRAND_AFTER_COMING = rx(r"(?:考察|參訪|研習|見習|實習|學習|取經)")


#: Kinds of event a place does not hold by its name alone: trade fairs and expos.
_FAIR_KINDS = frozenset(("exhibition", "expo"))


def _host_gap(gap: str) -> bool:
    """Whether what stands between a place and an event's name makes the place its
    host: a few words (某市姊妹市第106屆), an English gloss (某某市(Someville)主辦),
    the time it is set for, or the place preparing it (籌辦); not a list, a venue
    (舉行) or another party's verb."""
    gap = _PARENS.sub("", gap)
    if _PROMOTES.search(gap) or _FIRST_OF.search(gap):
        return False  # 臺灣第一個主辦…: the place is the scope of a first
    organizing = _ORGANIZING.match(gap)
    if organizing:  # (its time and venue after the verb: 籌辦本年7月於某地舉行之「…」)
        return not _NOT_HOST_GAP.search(gap[organizing.end() :].replace("舉行", ""))
    if _NOT_HOST_GAP.search(gap):
        return False
    return len(gap) <= 6 or bool(_SCHEDULED.fullmatch(gap))


def _describes_event(gap: str) -> bool:
    """Whether `gap`, between a verb of attending and an event's name, only describes
    the event: 參加全球最大數位遊戲展「…」, 出席亞洲規模最大之年度盛會「…」, 參與國際
    知名的「…」 (no verb or party of its own; ends in 之/的 or a noun of a gathering)."""
    return bool(
        _EVENT_DESCRIPTION.fullmatch(gap)
        and (_DESCRIPTION_END.search(gap) or event_kind(gap) is not None)
    )


def _in_person(clause: Clause) -> bool:
    """The clause's part of the sentence (up to ；) says its parties were there in person
    (實體出席者包括…, 現場與會…, 親自出席) and says nothing of taking part from afar."""
    part = _SEMICOLON.split(clause.sentence.norm[clause.start :])[0]
    return bool(_IN_PERSON.search(part)) and not _VIRTUAL.search(part)


def _abbreviates(short: str, name: str) -> bool:
    """Whether `short` is a short form of `name`: its characters in the name, in order,
    the first not the name's last (亞運 of 某年某市亞洲運動會, 世博 of 世界博覽會)."""
    at = 0
    for char in short:
        at = name.find(char, at) + 1
        if at == 0:
            return False
    return len(short) < len(name) - 1 and name.find(short[0]) < len(name) - 1


#: Going along with another body's delegation: 隨同某港務局代表團, 隨同某協會訪問團.
_DELEGATION_ALONG = rx(r"隨同([^,;。、與及和]{2,24}?)(?:之)?(?:代表團|訪問團|考察團)")
#: The host named right before the event it holds: 該市主辦之「…」, 某市舉辦的「…」.
_HOST_BEFORE_EVENT = rx(r"(?:主辦|舉辦)(?:之|的)$")
#: A commitment told as yet to be made (預計7月底前可確定, 將於下月確認): no answer yet.
_DECIDED_LATER = rx(r"(?:可望?|將|才能?|方能?)$")
#: Nothing before a passive invitation but 均/皆/都 (…，均應本府邀請來訪): it is said of
#: all the parties the sentence named before.
_ALL_TOLD_BEFORE = rx(r"均|皆|都")


class EventRules(PartyRules):
    def _hosts_event(self, clause: Clause, start: int, end: int) -> bool:
        """A place written right before an event's name hosts it (某市姊妹市第106屆某某節)."""
        pid = next((p for s, e, p in clause.places if (s, e) == (start, end)), None)
        return any(
            e_start >= end
            and _host_gap(clause.norm[end:e_start])
            and self._named_for(clause.norm[e_start:e_end]) in (None, pid)
            for e_start, e_end, _ in clause.events
        )

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

    def _named_for(self, name: str) -> str | None:
        """The place an event's name opens with (「2024某市國際青年領袖營」,
        2009某縣運動會): the event is that place's, whoever is written before it
        (前往某某市推介2009某縣運動會)."""
        name = _EDITION_OPENING.sub("", name)
        first = self._place_mentions(name)[:1]
        if not first or first[0].start != 0:
            return self._named_for_place_just_named(name)
        return self.facts.place(first[0].place)

    def _named_for_place_just_named(self, name: str) -> str | None:
        """The city just named whose name, without its 市, opens an event's name that no
        place the gazetteer reads opens (赴韓國某道群山市出席「2018群山國際海洋論壇」:
        群山 alone names no place, or another); None if none does."""
        for place in self.state.recent_places:
            short = place.name_zh.removesuffix("市")
            if place.label == "City" and len(short) >= 2 and name.startswith(short):
                return self.facts.place(place)
        return None

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

    def _not_the_places_own(self, event_id: str, name: str) -> bool:
        """Whether an event named for a place the city went to is not, for that, the
        place's own: a trade fair (赴某市參加「2025某市國際某某展」, its organizer's), or an
        event naming the city too (「某市高雄觀光推介會」: the city's own, held there)."""
        fair = event_kind(self.facts.entities[event_id].name_zh) in _FAIR_KINDS
        return fair or self.home in self._places_in_name(name)

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
        if _host_gap(gap) and named_for in (None, pid):
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
            self.helped_events.add(event_id)

    @staticmethod
    def _held_at_home(held: str) -> bool:
        """Whether an event is held at the city's own government or one of its bureaus
        (於本府某局舉辦「…」, 在市府舉行「…」): the city holds it, not the place the
        sentence spoke of before."""
        venue = _HELD_VENUE_OPENING.sub("", held)
        return bool(_HOME_ACTOR.match(venue))

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

    def _delegates_body(self, text: str, start: int, end: int, cut: int) -> str | None:
        """The body whose people the place at `start:end` opens a name of (某市議會代表亦
        連線參與, 某市觀光協會人員出席, 某市立大學師生參加): the body takes part, not its
        city; None for the city's own people (某市代表) or a bureau, which acts for it."""
        run = _PARTY_JOINER.split(text[start:cut], maxsplit=1)[0]
        people = _PEOPLE_SENT.search(run, end - start)
        return self._body_beyond(run[: people.start()] if people else "", end - start)

    def _body_beyond(self, name: str, place_length: int) -> str | None:
        """The outside body `name` names when it goes on past its opening place (of
        `place_length`) and ends like a body that is no bureau; None otherwise, or when
        a word of the sentence follows the place (某市則由國際交流課派員: the city acts)."""
        if len(name) <= place_length or self.lex.org_kind(name) in (None, "bureau"):
            return None
        if name[place_length:].startswith(edge_words().opening):
            return None
        return self._outside_body(name)

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
        if _HOSTING_RIGHT.search(text) and _HOME_PARTY.match(opening):
            return True  # 本市…，順利取得「…」主辦權
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

    def _inviter_holds(self, clause: Clause, inviters: list[str], event_id: str) -> None:
        """「某市來函，邀請本府參加於該市舉行之「…」」: a place inviting the city to an
        event held in that place holds it (a venue alone names no host)."""
        e_start, e_end = next((s, e) for s, e, pid in clause.events if pid == event_id)
        venue = _VENUE_BEFORE_EVENT.search(clause.norm[:e_start])
        if venue is None:
            # 某市…邀請本府參加「2004某市港口節」: an event named for the inviting place,
            # or for the city whose body invites (某市經濟局…邀請本市參加「某市港口節」)
            name = clause.norm[e_start:e_end]
            named_for = self._places_in_name(name)
            for inviter in inviters:
                if self._named_for_body(inviter, name):
                    # 某某自由區管理局…邀請本府參加「某某自由區國際商展」: the body's own
                    self.facts.relate(RelType.HOSTED, inviter, event_id, clause.sentence)
                    continue
                place = inviter if inviter in named_for else self._city_bureau_is_of(inviter)
                if place in named_for and not (
                    place != inviter and self._not_the_places_own(event_id, name)
                ):
                    self.facts.relate(RelType.HOSTED, place, event_id, clause.sentence)
            self._inviter_holds_unplaced(clause, inviters, event_id, e_start)
            return
        there = {pid for s, _, pid in clause.places if venue.start(1) <= s < venue.end(1)}
        for inviter in inviters:
            if inviter in there:
                self.facts.relate(RelType.HOSTED, inviter, event_id, clause.sentence)

    def _named_for_body(self, party: str, name: str) -> bool:
        """Whether the event `name` is named for the outside body `party`: its name, the
        kind's ending dropped, is in the event's (某某自由區管理局: 「某某自由區國際商展」),
        a bureau being its city's."""
        entity = self.facts.entities[party]
        if entity.label != Label.ORGANIZATION or entity.properties.get("kind") in (
            "bureau",
            "division",
        ):
            return False
        body = entity.name_zh or ""
        ending = self.lex.org_ending(body)
        stem = body[: -len(ending)] if ending else ""
        return len(stem) >= 3 and stem in name

    def _city_bureau_is_of(self, party: str) -> str | None:
        """The city a bureau of a city's government is of (某市經濟局, 某市港埠處: that
        city), if `party` is one; not a body of its own (某某籌備委員會, 某某協會)."""
        entity = self.facts.entities[party]
        if entity.label != Label.ORGANIZATION or entity.properties.get("kind") not in (
            "bureau",
            "division",
        ):
            return None
        return self._city_located_in(party)

    def _inviter_holds_unplaced(
        self, clause: Clause, inviters: list[str], event_id: str, e_start: int
    ) -> None:
        """「某市副市長並代表該市邀請本府組團參加10月舉行之「…」」: an event the inviting
        city asks the city to, told as held with no place, holder or other host
        written, is the inviting city's own."""
        before = clause.norm[:e_start]
        held = _HELD_UNPLACED.search(before)
        asked = before.rfind("邀")
        if held is None or asked < 0:
            return
        if any(asked <= s < e_start and pid != self.home for s, _, pid in clause.places):
            return  # 邀請本府參加某市10月舉行之「…」: a place of its own named
        attended = list(_ATTENDING_WORD.finditer(before, asked))
        if attended and not _TIME_ONLY.fullmatch(before[attended[-1].end() : held.start()]):
            return  # 參加九州地區聯合舉辦之「…」: another holder named
        relations = self.facts.relations.values()
        if any(r.type == RelType.HOSTED and r.target == event_id for r in relations):
            return
        for inviter in inviters:
            if self.facts.label_of(inviter) == Label.CITY:
                self.facts.relate(RelType.HOSTED, inviter, event_id, clause.sentence)

    def _places_in_name(self, name: str) -> set[str]:
        """The cities an event's name is named for (「2004釜山雙年展」: 釜山市), by the
        places the name spells."""
        found = set()
        for mention in self._place_mentions(name):
            if mention.place.label != "Country":
                found.add(self.facts.place(mention.place, mention.surface))
        for pid, entity in self.facts.entities.items():
            # 馬賽市 named 馬賽 in 「2019馬賽海洋節」: the name without its ending
            short = _CITY_ENDING.sub("", entity.name_zh or "")
            if entity.label == Label.CITY and len(short) >= 2 and short in name:
                found.add(pid)
        return found

    def _offices_held(self, people: list[str]) -> list[str]:
        """The places or bodies whose titles `people` hold (not the city's own)."""
        return list(dict.fromkeys(r.target for r in self._titles_held(people)))

    def _received_invitation(self, clause: Clause) -> bool:
        """「本府於4月接獲某市來函，邀請陳市長出席該市舉辦之「…」」, 「本市收到某縣邀請函，
        邀請本府參加「…」」: the place the city heard from invited it (dated by the
        letter's date, written in that clause); the city was invited, and whether it
        goes the text tells afterwards. The invitation runs from the clause that
        receives it to a ；or to a clause with a subject of its own (規劃由陳市長…,
        本府已函復…). True when the clause belongs to it (so no other rule reads it)."""
        sentence = clause.sentence
        # (…表示，「希望本府能組團前來觀摩，…」: the quoted words open with the hope)
        received = _RECEIVED.search(clause.norm) or _INVITES_US.search(
            _DATE_PREFIX.sub("", clause.norm).removeprefix("「")
        )
        invitation = self._invitation
        if invitation is not None and (
            invitation[0] != sentence.start
            or ";" in sentence.norm[invitation[3] : clause.start]
            # 邀請本府出席…: the city is who the letter invites, not a new subject
            or self._home_acts(_INVITES_HOME.sub("", clause.norm))
            or _BY_OPENING.match(clause.norm)
        ):
            invitation = self._invitation = None
        if received and not received.group(1) and (invitation or self._letter_told_before(clause)):
            received = None  # 某市於4月來函，邀請本府出席…: the letter's own invitation
        # 陳市長於某市邀請朴市長…: the city's own official invites; nothing received. One
        # by surname and title who invites the city itself (柳副市長並代表某市邀請本府) is
        # the other side's, named before in full.
        inviter = received.group(1) if received else ""
        # 本市姊妹市某市函邀本府…: the home city owns the tie; the partner invites
        by_home = (_HOME_ACTOR.match(inviter) and not _HOME_PARTNER_OPENING.match(inviter)) or (
            _HOME_OFFICIAL.match(inviter)
            and not received.group(0).endswith(("本府", "本市", "市府"))
        )
        if received and not by_home:
            offset = received.start(1)
            inviters = [
                pid
                for start, _, pid in clause.places
                if offset <= start < received.end(1) and pid != self.home
            ]
            # 面交某市長邀請函，邀請本市…: the place whose letter it is
            inviters = inviters or self._letter_handed_over(sentence.norm[: clause.start])
            named = received.group(1)
            that_body = _THAT_BODY_INVITING.fullmatch(named)
            if not inviters and that_body:  # 該廳並邀請本府…: the body of that kind named last
                body = self._body_named_last(clause, offset, that_body.group(1))
                inviters = [body] if body is not None else []
            by_surname = not inviters and bool(
                _HOME_OFFICIAL.fullmatch(named) or _OFFICIAL_BY_SURNAME.fullmatch(named)
            )
            if by_surname:
                # 史市長再度邀請本府…, 大西市長當面邀請本府…: the other side's official
                # named before in full, for the place (or body) whose title he holds
                inviters = self._offices_held(self._by_surname_and_title(named))
            if not inviters and _PRONOUN_PARTY.fullmatch(named):
                # 某市長致詞時指出：「…」他並當面邀請本府…: of the one who spoke, named by
                # surname and title before the quotation in the sentence (吳市長 named in
                # full nowhere: the city's own, no inviter), else of the one the sentence
                # before named
                here = sentence.norm[: clause.start]
                speaker = re.split(r"[,;。]", here.rsplit("「", 1)[0])[-1] if "「" in here else ""
                if _OFFICIAL_BY_SURNAME.match(speaker):
                    inviters = self._offices_held(self._by_surname_and_title(speaker))
                elif self.previous is not None:
                    said = self.previous.norm
                    inviters = self._offices_held(
                        self._by_surname_and_title(said) or self._people_in(said)
                    )
            if not inviters and named:
                # 代表王大明市長邀請本府…: the place or body of the one it is done for
                at = clause.start + offset
                inviters = self._guests_own(sentence, at + len(named), after=at)
            unnamed = (
                not inviters and clause.start and (not named or _NO_ONE_NAMED.fullmatch(named))
            )
            if unnamed:
                # 某市亦派員來高觀摩，並表示將邀請本市…: the place the sentence is about (the
                # clause's dates are then of the event: 明年舉辦之「…」); 某局某某主席來訪
                # 時，邀請本府…: the body or place whose title the guest holds
                inviters = (
                    self._body_acted_for(sentence.norm[: clause.start])
                    or self._guests_own(sentence, clause.start)
                    or [pid for pid in self.state.subject if pid != self.home]
                )
            if inviters:
                # the day of the letter, before its verb (明年派員參加: the event's year)
                said = [d for d in clause.dates if d.text_start < clause.start + received.end(1)]
                date = said[0].start if said and not unnamed else None
                if not said and not unnamed:  # 11月20日，某市市長函邀本市…: the item's day
                    # (…來訪，由吳市長接見，大西市長並當面邀請本府…: the day he came)
                    date = self._opening_day(clause, anywhere=by_surname)
                if unnamed:  # 4月間，某市市長致函陳市長，正式邀請本市…: the letter's date
                    date = self._letter_day(clause)
                # 日期：79.10.9 … 成果：某市長邀請本府…: the day of the card it is told in
                date = date or self._item_day(clause)
                invitation = self._invitation = (sentence.start, inviters, date, clause.start)
        invitation = invitation or self._letter_before(clause)
        if invitation is None:
            return False
        _, inviters, date, _ = invitation
        # 高雄市國樂團已獲某市邀請: the city's troupe named before is the one invited
        invitee = self._home_troupe(sentence.norm[: clause.start]) or self.home
        if received is not None and invitee == self.home:
            invitee = self._home_troupe(clause.norm[: received.start()]) or self.home
        event_id = (clause.events[-1][2] if clause.events else None) or self.state.event
        if event_id is None:
            visit = _INVITED_TO_VISIT.search(clause.norm)
            if visit:  # 邀請本府組團訪問該市: no event
                # 某市某局…邀請本府派團訪問某市: the office asks on its city's behalf
                visited = {pid for s, _, pid in clause.places if s >= visit.start()}
                for inviter in inviters:
                    city = self._city_of_organ(inviter)
                    asking = city if city in visited else inviter
                    self.facts.relate(RelType.INVITED, asking, invitee, sentence, date=date)
            return True
        year = edition_year(event_id)
        for inviter in inviters:
            self.facts.relate(
                RelType.INVITED, inviter, invitee, sentence, event=event_id, year=year, date=date
            )
        if clause.events:
            self._inviter_holds(clause, inviters, event_id)
        # the invitation names what it is to, or the sentence did before it (說明該市籌辦
        # 「…」之規劃，並正式邀請本府派員出席)
        if clause.events or event_id in self.state.sentence_events:
            to_come = received and _WILL.search(received.group(1))  # 將邀請本市…: to come
            # (the troupe invited, 預計於8月赴某市參加「…」: its plan to go)
            to_come = to_come or (invitee != self.home and _FUTURE.search(clause.norm))
            # 接受該市邀請，同意於十月派團出席「…」: accepted, the city's going agreed to
            to_come = to_come or self._invitation_accepted(clause, received)
            self.facts.relate(
                RelType.PARTICIPATED_IN,
                invitee,
                event_id,
                sentence,
                status=Attendance.PLANNED if to_come else Attendance.INVITED,
                year=year,
            )
        return True

    @staticmethod
    def _invitation_accepted(clause: Clause, received: re.Match[str] | None) -> bool:
        """Whether the invitation read is told as accepted (接受某市邀請) or the city's
        going as agreed to in a clause after it (…邀請，同意於十月派團出席「…」)."""
        accepted = received is not None and received.group(0).startswith("接受")
        before = clause.sentence.norm[: clause.start]
        accepted = accepted or bool(_RECEIVED.search(before) and "接受" in before)
        accepted = accepted or (received is None and bool(_COMMITTED.match(clause.norm)))
        # 接受該市邀請，惟因預算不足，未能派團出席「…」: the going told as not to be
        after = clause.sentence.norm[max(0, clause.sentence.norm.find("接受")) :]
        return accepted and not (_ABSENT.search(after) or _DECLINE_WORD.search(after))

    @staticmethod
    def _letter_told_before(clause: Clause) -> bool:
        """Whether a clause before in the sentence tells a letter sent (某市於4月來函,)."""
        return bool(_LETTER_SENT.search(clause.sentence.norm[: clause.start]))

    def _body_acted_for(self, before: str) -> list[str]:
        """The outside body a guest acts for, closing the clause before an invitation
        naming no one (某市長行前並代表某某管理局，邀請本府…: the authority); none for a
        place (代表某市: read as the place the sentence is about)."""
        acting = _ACTING_FOR_CLOSING.search(before)
        body = self._outside_body(acting.group(1)) if acting else None
        return [body] if body is not None else []

    def _guests_own(self, sentence: Sentence, before: int, after: int = 0) -> list[str]:
        """The bodies or places whose titles the guests the sentence names between
        `after` and `before` hold, as this sentence tells them (某管理局某某主席來訪時，…:
        某管理局; 代表王大明市長邀請本府…: 王大明's city)."""
        said = sentence.norm[after:before]
        titles = self._titles_held(pid for name, pid in self.people.items() if name in said)
        here = [r for r in titles if told_in(r, sentence)]
        return list(dict.fromkeys(r.target for r in here or titles))

    def _letter_before(self, clause: Clause) -> tuple[int, list[str], str | None, int] | None:
        """「某市於4月來函，邀請本市參加該市主辦之「…」」: a clause inviting the city, after
        one telling the subject's letter (or a body's: 某國某某協會(Some Association)來函),
        is that sender's invitation (dated by the letter's clause)."""
        before = clause.sentence.norm[: clause.start]
        letter = _LETTER_SENT.search(before)
        if not (_INVITES_HOME.match(clause.norm) and letter):
            return None
        # the body whose letter it is (某國某某協會(Some Association)來函): the sender; a
        # place's letter handed over by a guest (面交某市長邀請函): that place
        sender = self._outside_body_closing(_GLOSS.sub("", before[: letter.start()]))
        inviters = self._letter_handed_over(before) or (
            [sender] if sender else [pid for pid in self.state.subject if pid != self.home]
        )
        if not inviters:
            return None
        date = clause.earlier_dates[-1].start if clause.earlier_dates else None
        self._invitation = (clause.sentence.start, inviters, date, clause.start)
        return self._invitation

    def _rule_participation(self, clause: Clause, sentence_norm: str) -> None:
        """Who took part in the events a clause names (參加, 出席, 派團, 率團…), with the
        status, the part played and the invitations the wording implies."""
        if self._received_invitation(clause) or self._listed_in_role(clause):
            return
        if self._teams_listed(clause):
            return
        if self._entry_persons_part(clause):
            return
        if self._invitation_taken_up == (clause.sentence.start, clause.start):
            return  # (本府函邀甲市，於明年組隊參加「…」: what was asked, read as invited)
        committed = _COMMITTED.search(clause.norm)
        if committed and not clause.events and self._home_accepts(clause, committed):
            return  # 本府已函復同意由某局派員參展: the answer, naming who goes
        self._came_to_watch(clause, sentence_norm)
        recurring = is_recurring(clause.norm)
        join = self._joining_verb(clause, sentence_norm, recurring)
        if not join:
            self._home_joining_talked_of(clause)
            self._answer_without_joining(clause, sentence_norm)
            self._ceremony_act(clause, sentence_norm)
            self._attendee_qualified(clause, sentence_norm)
            return
        if _CANCELLED.search(sentence_norm) and not _PLAN_FIRST.search(clause.norm[: join.start()]):
            # nobody takes part in an edition called off; a party that had planned to
            # (本府原規劃組團參加…，因主辦單位宣布取消…) keeps its plan
            return
        if self._invitee_accepts(clause, join.start()):
            return
        at = clause.start + join.start()
        quoted = in_quoted_speech(sentence_norm, at)
        if quoted and not self._third_party_said(sentence_norm, at):
            return  # 某市長表示：「希望能參加…」: the speaker's words, no joining of his
        invited = self._invited_before(clause.norm, join.start())
        if self._invites_rather_than_joins(clause.norm, join.start(), invited):
            self._present_when_invited(clause, sentence_norm, join)
            return  # invitations are read by _rule_invitation
        events = self._events_joined(clause, join)
        if not events:
            # 「本府自2005年起每年均派團參加…某某節，今年第103屆某某節由…組團前往參加」
            self.state.recurring = self.state.recurring or recurring
            return
        recurring = recurring or self.state.recurring
        status = self._joining_status(clause, sentence_norm, join.start(), invited)
        if status == Attendance.PLANNED and self._guest_called_off(sentence_norm, events):
            status = Attendance.INVITED
        actors, taking = self._taking_part(clause, sentence_norm, join)
        actors = [*actors, *self._delegation_gone_along(clause, actors)]
        # 某參事專程自臺北南下參加: where they came from is no party, the one taken up is
        actors = [a for a in actors if not self._named_as_origin(clause, a)]
        actors = actors or self._guest_taken_up_by_surname(clause, join)
        if _ESCORTED_BY.match(_DATE_PREFIX.sub("", clause.norm[: join.start()])):
            # 某市長某某來訪，由本府觀光局長某某陪同出席…: the guest, escorted, goes too
            before = sentence_norm[: clause.start]
            guests = [
                pid
                for name, pid in self.people.items()
                if name in before and pid != self.home and not self._of_home(pid)
            ] or [p for p in self.state.subject if p != self.home and not self._of_home(p)]
            actors = list(dict.fromkeys([*guests, *actors]))
        if self._attendees_told_after(clause, join):
            # 與會之國內學者逾200人: those who attended are told after the verb, not the
            # place an earlier clause spoke of
            actors = [a for a in actors if self._party_named_after(clause, a, join.end())]
        elif _CROWD_COUNTED.search(clause.norm[: join.start()]):
            # 各界人士約200人出席: a crowd counted, with whoever the clause itself names
            # (某市代表10人出席), not a place or host an earlier clause spoke of
            actors = [a for a in actors if self._party_named_after(clause, a, 0)]
        if quoted:
            # 陳市長致詞表示：「很高興某市組團參加本次燈會」: the party the speaker names
            # took part, not the speaker
            opened = clause.norm.rfind("「", 0, join.start()) + 1
            actors = [a for a in actors if self._party_named_after(clause, a, opened)]
            taking.role = None
        asked = _ASKED_TO_BRING.search(clause.norm[: join.start()])
        if asked:
            # 並洽請某協會協助引介某國團體參展: those brought in take part, not the
            # subject of the clause before
            actors = [a for a in actors if self._party_named_after(clause, a, asked.end())]
        if status == Attendance.PLANNED and _ARRANGED_FOR.search(clause.norm[: join.start()]):
            # 本府…並將安排各訪團參與開幕式: the city's plan for its guests, who have
            # not said they come (an invitation leaves them invited)
            actors = [a for a in actors if a == self.home or self._of_home(a)]
        if status == Attendance.PLANNED and _UNDECIDED.search(clause.norm):
            # 某市長表示將視預算情形派員與會: whether to go is not decided, so no plan (an
            # invitation leaves them invited)
            actors = [a for a in actors if a == self.home]
            if self._home_invited_to(events):
                status = Attendance.INVITED  # 本府將視行程研議派員參加: still only invited
        if any(event_id in self.events_helped_with for _, _, event_id in events):
            # 本府協助某大學辦理「…」，計有…參加: the city helped hold it, no guest of it
            # (not another event it goes to: …，另組團赴某市參加「…」)
            actors = [a for a in actors if a != self.home]
        taking.recurring = recurring
        self._record_taking_part(clause, events, actors, status, taking)
        self._listed_as_invited(clause, sentence_norm, events, actors, taking)
        if invited is not None and _ATTENDS_AS_INVITED.match(invited.group()):
            self._invited_by_hosts(clause, events, actors)

    def _teams_listed(self, clause: Clause) -> bool:
        """A clause listing the teams that played in the city's event the item is about
        (本項比賽…舉行，計有甲市、乙市等四地代表隊及本市代表隊二隊，合計六隊參賽): each
        place or body listed took part, and came for it. True when read so."""
        event_id = self.state.event
        listed = _LISTED.match(clause.norm)
        counted = _TEAMS_COUNTED.search(clause.norm)
        if event_id is None or listed is None or counted is None:
            return False
        if not self._home_hosts(event_id) or self._after_period(event_id):
            return False
        if self._in_plans_section(clause.sentence):
            return False  # 預定進度：…計有…合計四隊參賽: the teams expected, not yet there
        after = _CLAUSE_BREAK.split(clause.sentence.norm[clause.start + len(clause.norm) :])
        if not any(_ALL_CAME.search(part) for part in after[:2]):
            return False  # 計有…等四地代表隊報名: no word that they played
        start, cut = listed.end(), counted.start()
        items = [(start + s, start + e, b) for s, e, b in self._body_items(clause.norm[start:cut])]
        cities = [
            pid
            for at, _, pid in clause.places
            if start <= at < cut and pid != self.home and not any(s <= at < e for s, e, _ in items)
        ]
        bodies = {clause.norm[s:e]: body for s, e, body in items}
        stayed_away = self._listed_not_coming(after, bodies)
        for party in dict.fromkeys([*cities, *bodies.values()]):
            if party in stayed_away:
                continue
            self._took_part(party, event_id, clause.sentence, edition_year(event_id))
        return True

    def _listed_not_coming(self, after: list[str], bodies: dict[str, str]) -> set[str]:
        """The places (and the bodies, by their names written in the list: `bodies`) the
        clauses `after` a list of teams tell did not come (…合計四隊參賽，某市代表隊則因故
        未能成行): only invited, as the clause telling it reads them."""
        gone: set[str] = set()
        for part in after:
            not_coming = _NOT_COMING.search(part)
            if not_coming is None:
                continue
            told = part[: not_coming.start()]
            gone.update(self.facts.place(m.place) for m in self._place_mentions(told))
            gone.update(body for name, body in bodies.items() if name in told)
        return gone

    def _delegation_gone_along(self, clause: Clause, actors: list[str]) -> list[str]:
        """The body whose delegation the city's people went along with (本府某局派員隨同
        某港務局代表團出席): it took part too."""
        along = _DELEGATION_ALONG.search(clause.norm)
        if along is None or self.home not in actors:
            return []
        name = along.group(1)
        kind = self.lex.org_kind(name)
        if kind is None or kind == "delegation":
            return []
        opening = self._place_mentions(name)[:1]
        place = opening[0].place if opening and opening[0].start == 0 else None
        return [self._organization(name, kind, place)]

    def _invited_by_hosts(
        self, clause: Clause, events: list[tuple[int, int, str]], actors: list[str]
    ) -> None:
        """「應邀參加該市主辦之「…」」, no inviter named but the host the clause names
        right before the event: each host of the event invited the parties taking part
        (not 應邀出席「某市民日」, its host not named there)."""
        for start, _, event_id in events:
            if not _HOST_BEFORE_EVENT.search(clause.norm[:start]):
                continue
            hosts = [
                r.source
                for r in self.facts.relations.values()
                if r.type == RelType.HOSTED and r.target == event_id
            ]
            year = edition_year(event_id)
            for host, actor in ((h, a) for h in hosts for a in actors if h != a):
                self.facts.relate(
                    RelType.INVITED, host, actor, clause.sentence, event=event_id, year=year
                )

    def _listed_as_invited(
        self,
        clause: Clause,
        sentence_norm: str,
        events: list[tuple[int, int, str]],
        actors: list[str],
        taking: _Taking,
    ) -> None:
        """「本府…邀請駐台使節、外商等約180人與會，出席者包括某某處長、某辦事處代表等」:
        those listed as there were among the guests the city invited (by their kind,
        before the list), not the bodies they are there for."""
        if not _ATTENDEE_LIST.search(clause.norm):
            return
        before = sentence_norm[: clause.start]
        invite = _INVITE.search(before)
        if invite is None or not self._home_acts(before[: invite.start()]):
            return
        for _, _, event_id in events:
            if not self._home_hosts(event_id):
                continue
            year = edition_year(event_id)
            for actor in actors:
                if actor not in taking.represented and actor != self.home:
                    self.facts.relate(
                        RelType.INVITED,
                        self.home,
                        actor,
                        clause.sentence,
                        event=event_id,
                        year=year,
                    )

    def _attendee_qualified(self, clause: Clause, sentence_norm: str) -> None:
        """A person qualified by his attending the event spoken of (並與出席大會之某市市長
        王大明會晤): the one named first after the qualifier attended it."""
        if self._future(clause, sentence_norm):
            return
        for join in _JOIN.finditer(clause.norm):
            qualifies = _ATTENDING_QUALIFIES.match(clause.norm, join.end())
            if qualifies is None or _NOT_THERE_BEFORE.search(clause.norm, 0, join.start()):
                continue  # (與因病未能出席大會之某市長, 與原定出席大會之某市長: not there)
            events = [
                e
                for s, _, e in clause.events
                if join.end() <= s < qualifies.end() and self._called_so(e, qualifies.group(1))
            ]
            named = sorted(self._people_by_position(clause.norm[qualifies.end() :]))[:1]
            if not (events and named):
                continue
            person = named[0][1]
            if self._of_home(person):
                continue  # (與出席大會之王大明市長: the city's own)
            for event_id in events:
                self.facts.relate(
                    RelType.PARTICIPATED_IN,
                    person,
                    event_id,
                    clause.sentence,
                    status=Attendance.ATTENDED,
                )

    def _bureau_leads(self, leader: str | None) -> bool:
        """Whether the one leading is one of the city's bureaus, by its staff (由教育局
        派員帶隊): the city takes part through it."""
        if not leader:
            return False
        return self.lex.home_org(_STAFF_SENT.sub("", leader)) is not None

    def _came_to_watch(self, clause: Clause, sentence_norm: str) -> None:
        """One qualified as having come to witness the event just told (會後黃副市長會晤
        前來觀禮之某市助役王大明): the one named first after it attended that event."""
        came = _CAME_TO_WATCH.search(clause.norm)
        event_id = self.state.event
        if event_id is None or self._future(clause, sentence_norm):
            return
        if came is None:
            self._came_here_to_watch(clause, event_id)
            return
        named = sorted(self._people_by_position(clause.norm[came.end() :]))[:1]
        if named and not self._of_home(named[0][1]):
            self.facts.relate(
                RelType.PARTICIPATED_IN,
                named[0][1],
                event_id,
                clause.sentence,
                status=Attendance.ATTENDED,
            )

    def _came_here_to_watch(self, clause: Clause, event_id: str) -> None:
        """Guests told coming to the city to watch (某協會會長某某一行三人專程來高觀摩),
        after the city's event was told: each guest named before the coming attended it."""
        came = _CAME_HERE_TO_WATCH.search(clause.norm)
        if came is None or not self._home_hosts(event_id):
            return
        held = self.facts.entities[event_id].properties
        start, end = str(held.get("start") or ""), str(held.get("end") or held.get("start") or "")
        if start and any(
            d.precision == "day" and not start <= d.start <= end
            for d in clause.dates + clause.earlier_dates
        ):
            return  # 七月三日，某某一行來高觀摩: a day not the event's, another visit
        for _, pid in sorted(self._people_by_position(clause.norm[: came.start()])):
            if not self._of_home(pid):
                self.facts.relate(
                    RelType.PARTICIPATED_IN,
                    pid,
                    event_id,
                    clause.sentence,
                    status=Attendance.ATTENDED,
                )

    def _called_so(self, event_id: str, word: str) -> bool:
        """Whether an event may be spoken of again by `word` (大會, 會議, 論壇, 峰會): its
        name ends in a gathering of that kind (「…高峰會」 is 大會, 「…錦標賽」 is not)."""
        name = self.facts.entities[event_id].name_zh
        return bool(re.search(r"(?:會|論壇|峰會|會議)$", name)) and (
            word in ("大會", "會議") or name.endswith(word)
        )

    @staticmethod
    def _attendees_told_after(clause: Clause, join: re.Match[str]) -> bool:
        """Whether the verb of joining opens the clause and qualifies those who attended,
        named after it (與會之國內學者逾200人, 出席的貴賓有…)."""
        return not _DATE_PREFIX.sub("", clause.norm[: join.start()]) and bool(
            _QUALIFYING_ATTENDEES.match(clause.norm, join.end())
        )

    def _party_named_after(self, clause: Clause, party: str, at: int) -> bool:
        """Whether `party` is named in the clause after `at` (a place, or a person)."""
        if any(start >= at and pid == party for start, _, pid in clause.places):
            return True
        return any(pid == party and name in clause.norm[at:] for name, pid in self.people.items())

    def _third_party_said(self, sentence_norm: str, join_at: int) -> bool:
        """Whether the quoted words up to a joining at `join_at` name a place that
        joins, none of the speaker's own side (「很高興某市組團參加本次燈會」: the speaker
        reports another's taking part; not 「我們希望能參加」)."""
        said = sentence_norm[sentence_norm.rfind("「", 0, join_at) + 1 : join_at]
        said = said[max(said.rfind(","), said.rfind(";")) + 1 :]
        return not FIRST_PERSON.search(said) and bool(self.gaz.find_places(said))

    def _invitee_accepts(self, clause: Clause, join_at: int) -> bool:
        """「…邀請王大明市長出席「…」，王市長當場允諾出席」: a person the sentence invited,
        named again (in full, or by surname and title) as agreeing to come, will take part
        (PLANNED); the city, whose words these are not, takes no part. True when read.
        One named so as declining (王市長確認無法出席, 回覆不克出席) stays invited."""
        head = clause.norm[:join_at]
        agreed = _COMMITTED.search(head)
        event_id = self.state.event
        if agreed is None or clause.events or clause.places or event_id is None:
            return False
        declined = _ABSENT.search(clause.norm, agreed.end()) is not None
        said = head[: agreed.start()]
        invitees = [
            r.target
            for r in self.facts.relations.values()
            if r.type == RelType.INVITED
            and r.properties.get("event") == event_id
            and self.facts.label_of(r.target) == Label.PERSON
            and told_in(r, clause.sentence)
        ]
        # named again in full, or by surname and a title they hold (王市長)
        by_title = self._by_surname_and_title(said)
        accepting = [
            p for p in invitees if said.startswith(self.facts.entities[p].name_zh) or p in by_title
        ]
        year = edition_year(event_id)
        status = Attendance.INVITED if declined else Attendance.PLANNED
        for person in accepting:
            self._participation(person, event_id, clause, status=status, year=year)
        return bool(accepting)

    def _ceremony_act(self, clause: Clause, sentence_norm: str) -> bool:
        """「王大明並於閉幕典禮致詞」, 「閉幕式中，某市市長李四自張市長手中接下會旗」:
        the people named up to an act done at a ceremony of the city's own event spoken
        of (speaking, handing over, receiving the flag) took part in it, and a guest came
        to the city; False when the clause tells no such act."""
        event_id = self.state.event
        if (
            event_id is None
            or not self._home_hosts(event_id)
            or self._after_period(event_id)
            or self._home_plans(event_id)
        ):
            return False
        upto = clause.start + len(clause.norm)
        acts = [m for m in _CEREMONY_ACT.finditer(sentence_norm[:upto]) if m.end() > clause.start]
        if not acts:
            return False
        year = edition_year(event_id)
        officials, guests = self._named_in(sentence_norm[clause.start : acts[-1].end()], event_id)
        if not officials and not guests:
            officials, guests = self._named_in(self._sentence_subject(sentence_norm), event_id)
        for pid in dict.fromkeys(officials + guests):
            # the city's own officials take part at home, coming nowhere
            self._took_part(pid, event_id, clause.sentence, year, came=pid not in officials)
        return True

    def _named_in(self, said: str, event_id: str) -> tuple[list[str], list[str]]:
        """The home officials in office at the event and the other known people `said`
        names."""
        officials = self._home_officials_named(said, event_id)
        return officials, [pid for name, pid in self.people.items() if name in said]

    @staticmethod
    def _sentence_subject(sentence_norm: str) -> str:
        """Who a sentence opens with: its first clause up to its first verb (陳市長於4月
        15日 of 陳市長於4月15日接見某市市長李四，…), the one acting in a later clause that
        names nobody (…，並於閉幕典禮致詞), not whom it met or received."""
        first = _CLAUSE_BREAK.split(sentence_norm, 1)[0]
        verbs = [m.start() for m in (_VERB.search(first), _MEET.search(first)) if m]
        return first[: min(verbs)] if verbs else first

    def _home_officials_named(self, said: str, event_id: str) -> list[str]:
        """The home city's officials `said` names in full (自王大明市長手中) that the
        curated data has in office at the event: they take part at home, coming nowhere."""
        when = self.facts.entities[event_id].properties.get("start") or edition_year(event_id)
        return [
            self.facts.person(holder.name_zh, holder.name_en)
            for holder in self._home_officials(str(when))
            if holder.name_zh in said
        ]

    def _entry_persons_part(self, clause: Clause) -> bool:
        """A clause of a register's entry naming no one, telling a part played (十八日上午
        於開幕式發表專題演講, 綜合座談時擔任與談人): the part of the entry's person in the
        one event of the city's he took part in."""
        person = self.entry_people.get(clause.sentence.section)
        if person is None:  # (outside a register's entries: most clauses)
            return False
        role = _role(clause.norm)
        if role is None or any(name in clause.norm for name in self.people):
            return False
        events = {
            r.target
            for r in self.facts.relations.values()
            if r.type == RelType.PARTICIPATED_IN
            and r.source == person
            and self._home_hosts(r.target)
        }
        if len(events) != 1:
            return False
        event_id = events.pop()
        self._took_part(person, event_id, clause.sentence, edition_year(event_id), role=role)
        return True

    def _listed_in_role(self, clause: Clause) -> bool:
        """「主要講者：」 over items 「(1)某市副市長王大明：分享…」: each person an item
        opens with played that part at the event the items are under."""
        section = self._section(clause.sentence.section)
        if section is None or not section.is_item or section.parent is None:
            return False
        heading = self._section(section.parent)
        title = normalize(heading.title) if heading is not None else ""
        if not _ROLE_LIST_HEADING.match(title):
            return False
        event_id = self._enclosing_event(clause.sentence.section) or self.state.event
        named = clause.sentence.norm.split(":", 1)[0]
        if event_id is None or clause.start > len(named):
            return True
        year = edition_year(event_id)
        future = self._home_plans(event_id) or self._after_period(event_id)
        status = Attendance.PLANNED if future else Attendance.ATTENDED
        for name, person in self.people.items():
            if name in named:
                self._took_part(person, event_id, clause.sentence, year, status, _role(title))
        return True

    def _joining_verb(
        self, clause: Clause, sentence_norm: str, recurring: bool
    ) -> re.Match[str] | None:
        """The words telling a party took part: a list of attendees (出席者包括…), a verb
        of joining (某市派員參加), a refusal (某市婉謝出席), or people sent
        (某市每年都派代表團, 某市未能派團, 組成市民觀賽團…來高) when the sending is yearly,
        fails, or comes to the city's own event."""
        text = self._quotes_masked(clause)
        sent = _SENDS_PEOPLE.search(text)
        label = _ATTENDING_LABEL.match(text)  # 「出席：某市…派團出席」: the label is no verb
        return (
            _ATTENDEE_LIST.search(text)
            or _join_told(text, label.end() if label else 0)
            or _DECLINED.search(text)
            or (
                sent
                if recurring
                or _ABSENT.search(text)
                or self._sent_to_home_event(sentence_norm[clause.start :])
                else None
            )
            or self._came_during_home_event(text, sentence_norm)
            or self._toured_event(clause)
            or self._performed_at_event(clause)
            or self._performed_at_part(clause)
            or self._not_coming_to_home_event(clause)
        )

    def _home_joining_talked_of(self, clause: Clause) -> None:
        """「某市副市長來訪，商談本市參加「…」相關事宜」: the city's part in the event
        named right after, talked of, is planned."""
        talked = _HOME_JOINING_TALKED_OF.search(clause.norm)
        if talked is None:
            return
        for start, _, event_id in clause.events:
            if start == talked.end():
                year = edition_year(event_id)
                self._took_part(self.home, event_id, clause.sentence, year, Attendance.PLANNED)

    def _not_coming_to_home_event(self, clause: Clause) -> re.Match[str] | None:
        """「某市則因人力不足，表示未能成行」, 「某市…，來函婉拒」, no event named: a guest
        not coming to the city's own event spoken of (which leaves it invited); not a
        guest kept from a signing the sentence told (原規劃於論壇期間與某市簽署姊妹市協定，
        惟該市市長因故未能成行)."""
        if clause.events or self.state.event is None or not self._home_hosts(self.state.event):
            return None
        not_coming = _NOT_COMING.search(clause.norm)
        if not_coming is None:
            return None
        # the trip, told up to the not coming: no tie (締結姊妹市一事來函婉拒), no other
        # place or errand (訪問某市, 來訪洽談經貿合作), no time of its own (原訂十月來訪),
        # not the city's own people (陳市長原訂…)
        told = clause.sentence.norm[: clause.start + not_coming.start()]
        # the trip is told in this clause or the one before (某市長原訂…來訪，因故未能成行)
        opening = max(told.rfind(",", 0, clause.start - 1), told.rfind(";", 0, clause.start - 1))
        trip = told[opening + 1 :]
        if (
            _TIE_MAKING.search(told)
            or _OTHER_TRIP.search(trip)
            or (_OWN_TIME_TRIP.search(trip) and not _JOIN.search(trip))
            or _HOME_OPENS.match(trip)
        ):
            return None
        return not_coming

    def _performed_at_part(self, clause: Clause) -> re.Match[str] | None:
        """「於開幕典禮及元宵節當晚在某河畔演出…」, no event named: performing at a part of
        the city's own event spoken of is taking part in it."""
        if clause.events or self.state.event is None or not self._held_here(self.state.event):
            return None
        return _PERFORMED_AT_PART.match(clause.norm)

    @staticmethod
    def _performed_at_event(clause: Clause) -> re.Match[str] | None:
        """「於「2025某市燈會」開幕晚會演出…」, 「在某節大遊行中演出」: performing at an
        event named right before the verb (at it, or at a part of it; quoted or by its
        series' name) is taking part in it."""
        for pattern in (_PERFORMED_AT, _PERFORMED_IN_NAMED):
            for performed in pattern.finditer(clause.norm):
                if any(
                    performed.start() < start < performed.end() for start, _, _ in clause.events
                ):
                    return performed
        return None

    @staticmethod
    def _quotes_masked(clause: Clause) -> str:
        """The clause with the quoted words that name no event blotted out (a theme, a
        motto: 以「深化交流、擴大國際參與」為主軸): their verbs are not the clause's."""
        events = {(start, end) for start, end, _ in clause.events}
        return _QUOTED_TEXT.sub(
            lambda m: m.group() if m.span() in events else "「" + "〇" * len(m.group(1)) + "」",
            clause.norm,
        )

    def _toured_event(self, clause: Clause) -> re.Match[str] | None:
        """「參觀「2025某市燈會」」, 「觀摩某某博覽會」: going round an event named right
        after the verb is attending it (參觀 a place or a plant is no taking part); so is
        going round the event spoken of, called by its kind (前往某市觀摩博覽會)."""
        for start, _, _ in clause.events:
            toured = _TOURS.search(clause.norm, 0, start)
            if toured:
                return toured
        if clause.events or self.state.event is None:
            return None
        name = normalize(self.facts.entities[self.state.event].name_zh)
        # the longest ending of its kind the name has (「國際花卉博覽會」: 博覽會)
        kind = next((end for end in event_suffixes() if name.endswith(end)), None)
        if kind is None or len(kind) < 2:
            return None
        for called in re.finditer(re.escape(kind), clause.norm):
            toured = _TOURS.search(clause.norm, 0, called.start())
            if toured:
                return toured
        return None

    def _came_during_home_event(self, text: str, sentence_norm: str) -> re.Match[str] | None:
        """「某市、某市等2市代表團於燈會期間來訪」: guests coming while the city's own
        event spoken of goes on came to it; the coming is the verb of joining (not when
        the sentence tells it only as agreed or to come: 已確認組團，將於賽會期間來高)."""
        come = _COME.search(text)
        if (
            come is None
            or self.state.event is None
            or not self._in_events_period(text[: come.start()], self.state.event)
            or any(w.search(sentence_norm) for w in (_FUTURE, _COMMITTED, _NOT_HELD))
            or not self._home_hosts(self.state.event)
        ):
            return None
        return come

    def _in_events_period(self, text: str, event_id: str) -> bool:
        """Whether `text` tells the time of the event: a word for it or its quoted name
        before 期間 (燈會期間, 活動舉辦期間, 「…」期間), or its own name (高雄燈會藝術節期間);
        not any 期間 (疫情期間, 訪臺期間, 任職期間)."""
        if _EVENT_PERIOD.search(text):
            return True
        name = _EDITION_OPENING.sub("", normalize(self.facts.entities[event_id].name_zh))
        return bool(name) and name + "期間" in text

    def _answer_without_joining(self, clause: Clause, sentence_norm: str) -> None:
        """A clause with no verb of joining may still answer an invitation: 「某市則尚未
        回覆」 (no answer yet), 「其中某市已同意提供祝賀影片」 (it will come), 「某市代表隊
        由該市教育長王大明擔任團長」 (who heads a team), 「本府擔任「…」場次講者」 (a part
        played)."""
        text = clause.norm
        invited_to = self._invited_to(clause)
        if invited_to is not None and _DECLINE_WORD.search(text):
            # 某市原獲本府邀請參展，惟因預算不足而婉謝: invited, and did not come
            self._declined_invitation(clause, invited_to)
            return
        pending = _NO_ANSWER.search(text) or _UNDECIDED.search(text)
        if pending:
            # 「某市則尚未回覆」, 「某市及某縣則尚在評估中」: no answer yet
            self._awaiting_answer(clause, pending.start())
            return
        committed = _COMMITTED.search(text)
        if committed and _DECIDED_LATER.search(text, 0, committed.start()):
            return  # 預計7月底前可確定參賽隊伍: a decision yet to be made, no answer
        if committed and self._home_accepts(clause, committed):
            return
        if committed:
            # 「其中某市及某市已同意提供祝賀影片」: invitees that agreed to a part will come
            self._answered(clause, committed.start(), Attendance.PLANNED)
            return
        if _TEAM_HEAD.search(text):
            self._team_head(clause, _TEAM_HEAD.search(text))
            return
        if _PART_PLAYED.search(text):
            self._part_played(clause, sentence_norm)
        elif _READYING_TEAM.search(text) and self._home_acts(text):
            self._readying_to_go(clause)
        elif _DEALT_WITH.search(text) and self._home_acts(text):
            self._met_during_event(clause, _DEALT_WITH.search(text))

    def _declined_invitation(self, clause: Clause, event_id: str) -> None:
        """The places the city invited earlier in the sentence (某市原獲本府邀請…) that
        the clause tells declined (…，惟因故婉謝): invited to the event, and no more."""
        for party in self.state.subject:
            if party != self.home and not self._hosts(party, event_id):
                self.facts.relate(
                    RelType.PARTICIPATED_IN,
                    party,
                    event_id,
                    clause.sentence,
                    status=Attendance.INVITED,
                    year=edition_year(event_id),
                )

    def _met_during_event(self, clause: Clause, dealt: re.Match[str]) -> None:
        """「論壇期間，本府海洋局於14日與某港務局簽署「…」」: an invitee of the city's own
        event, held, that the city dealt with face to face during it was there."""
        event_id = self.state.event
        opening = _DATE_PREFIX.sub("", clause.sentence.norm)
        during = opening.find("期間")
        if (
            event_id is None
            or during < 0  # no 期間: opening[:1] would be matched instead
            or not _EVENT_PERIOD.match(opening[: during + 2])
            or not self._home_hosts(event_id)
            or self._after_period(event_id)
            or _FUTURE.search(clause.sentence.norm)
        ):
            return
        for invitee in self._invitees_named(dealt.group(1), event_id):
            if self._attendance(invitee, event_id) in (None, Attendance.INVITED):
                also = self._invitation_of(invitee, event_id)
                year = edition_year(event_id)
                self._took_part(invitee, event_id, clause.sentence, year, also=also)

    def _invitees_named(self, words: str, event_id: str) -> list[str]:
        """The parties the city invited to the event whose names `words` hold."""
        invited = {
            r.target
            for r in self.facts.relations.values()
            if r.type == RelType.INVITED and r.properties.get("event") == event_id
        }
        return [
            party
            for party in invited
            if any(
                normalize(name) in words
                for name in (
                    self.facts.entities[party].name_zh,
                    *self.facts.entities[party].aliases,
                )
                if len(name) >= 2
            )
        ]

    def _readying_to_go(self, clause: Clause) -> None:
        """「某市邀請本府組團參加「…」，本府已責成民政局籌組演出團隊」: the city, invited
        to the event spoken of, readying the team it sends will take part (planned)."""
        event_id = self.state.event
        if event_id is None or self._attendance(self.home, event_id) != Attendance.INVITED:
            return
        year = edition_year(event_id)
        self._participation(self.home, event_id, clause, status=Attendance.PLANNED, year=year)

    @staticmethod
    def _invited_before(text: str, join_at: int) -> re.Match[str] | None:
        """「受邀出席…」, 「獲邀參加…」, 「應某市之邀出席…」: the subject was invited to what
        it joins (read here, not as the city inviting); a heading says no more, the
        prose tells whether it went."""
        return (
            _WAS_INVITED.search(text[:join_at])
            or _INVITED_BY.search(text[:join_at])
            or _ATTENDS_AS_INVITED.match(_DATE_PREFIX.sub("", text[:join_at]))
        )

    @staticmethod
    def _invites_rather_than_joins(text: str, join_at: int, invited: re.Match[str] | None) -> bool:
        """Whether the clause invites to what it names (本府邀請某市出席…) rather than
        tells a party took part; _rule_invitation reads it."""
        return bool(_INVITE.search(text[:join_at])) and not invited

    def _present_when_invited(
        self, clause: Clause, sentence_norm: str, join: re.Match[str]
    ) -> None:
        """「本府邀請某市出席…，某市王大明市長親臨現場」: who was there in person, told
        beside an invitation (but not of one sent by letter, 函邀, nor of one to an
        event still to come: 本府將於10月舉辦「…」，並邀請某市市長出席, nor of one the
        rest of the sentence tells was declined: …，惟該市因故函覆婉謝出席). The verb of
        attending the invitation asks for (邀請某市派員出席…) tells no one was there."""
        told = clause.norm
        if _ATTENDING_ASKED.match(join.group()):
            told = told[: join.start()] + " " + told[join.end() :]
        if (
            _PRESENCE.search(told)
            and not _BY_LETTER.search(clause.norm)
            and not self._future(clause, sentence_norm)
            and not self._absent_after(clause, sentence_norm)  # …，惟該市函覆婉謝出席
        ):
            self._presence(clause)

    def _events_joined(self, clause: Clause, join: re.Match[str]) -> list[tuple[int, int, str]]:
        """The events the verb of joining is about: those named before it (於某市舉辦之
        「…」，本府派員參加) or that it leads into (參加某市舉辦之「…」); with none named,
        the event the sentences are about (or the one an earlier invitation was to)."""
        events = [
            e
            for e in clause.events
            if e[0] < join.start() or self._leads_into(clause, join.end(), e[0])
        ]
        if not clause.events:
            named = self._series_joined_bare(clause, join)
            if named is not None:  # 出席燈會開幕, 參加某某節各項活動: that series' edition
                return [(join.end(), join.end(), named)] if named else []
        if _GENERIC_EVENTS.match(clause.norm, join.end()):
            return []  # 參加國際會議及活動共11團次: events in general, none spoken of
        if not clause.events and _CELEBRATION_JOINED.match(clause.norm, join.end()):
            return []  # 並應邀參加國慶慶祝活動: an occasion of its own, not the one spoken of
        if not clause.events and self.state.event and not self._apart_from_event(clause):
            event_id = self._invited_to(clause) or self.state.event
            if self._later_edition(clause.norm[: join.start()], event_id):
                return []
            events = [(0, 0, event_id)]
        return events

    def _series_joined_bare(self, clause: Clause, join: re.Match[str]) -> str | None:
        """A known series joined without its edition (出席燈會開幕, 參加某某節各項慶祝活動):
        the edition the text spoke of last (the event spoken of, if of that series); ""
        when none was, None when the verb joins no series by name."""
        named = [
            m for m in find_events(clause.norm[join.start() :], True, self._report_year()) if m.bare
        ]
        if not named or named[0].start != join.end() - join.start():
            return None
        if _MEETING_ABOUT_EVENT.match(clause.norm, join.start() + named[0].end):
            return ""  # 出席高雄燈會檢討會: a meeting about the series, not an edition of it
        entry = self.lex.series_for(named[0].series_key)
        if entry is None:
            return None
        editions = [
            e.id
            for e in self.facts.entities.values()
            if e.label == Label.EVENT
            and e.properties.get("series") == entry.id
            and not e.properties.get("inferred")
        ]
        spoken = self.state.event
        if editions:
            return spoken if spoken in editions else editions[-1]
        return self._own_series_dated_edition(clause, named[0], entry.host) or ""

    def _own_series_dated_edition(
        self, clause: Clause, mention: EventMention, host: str | None
    ) -> str | None:
        """The edition of the city's own series joined bare before the text named any
        (2月22日某市長率團抵高，出席高雄燈會開幕): the one of the year of the day the
        sentence dates, in the report's months; None for another's series or no day."""
        if host != self.home_place.id or self.period is None:
            return None
        days = [d for d in clause.earlier_dates + clause.dates if d.precision == "day"]
        if not days or not self.period.start <= days[-1].start[:7] <= self.period.end:
            return None
        event_id = self._event(mention, days[-1].year)
        # the city's own series: the city holds the edition (安排其出席高雄燈會開幕: the
        # guest attends, not the city), on the day told, a trip's if one is told (某市長
        # 來訪，出席高雄燈會閉幕典禮: his visit is told, not inferred)
        self.facts.relate(RelType.HOSTED, self.home, event_id, clause.sentence, inferred=True)
        self._date_event(event_id, clause)
        return event_id

    def _apart_from_event(self, clause: Clause) -> bool:
        """Whether the sentence tells its party came to the city (「某校學生訪問團一行15人
        來訪，…並共同參與校園體育活動」) while the event spoken of is held elsewhere, by
        another place only: what its verb joins here is not that event."""
        event_id = self.state.event
        before = clause.sentence.norm[: clause.start]
        if event_id is None or not _COME.search(before) or self._home_hosts(event_id):
            return False
        return any(
            r.type == RelType.HOSTED and r.target == event_id for r in self.facts.relations.values()
        )

    def _later_edition(self, before_verb: str, event_id: str) -> bool:
        """「某市未克派員，並表示將於明年度組團參加」: joining next year's edition, not the
        one of the report's year spoken of (unless that one is itself next year's)."""
        year = edition_year(event_id)
        return bool(_LATER_EDITION.search(before_verb)) and (
            self.period is None or year <= self.period.year
        )

    def _joining_status(
        self, clause: Clause, sentence_norm: str, join_at: int, invited: re.Match[str] | None
    ) -> Attendance:
        """Whether the party went (ATTENDED), will go (PLANNED: 某市將派團出席, 已確認由該市
        市長率團出席) or was invited but did not (INVITED: 某市因故未能出席, or a heading
        「受邀出席…」 that does not say it went)."""
        text = clause.norm
        if _ABSENT.search(clause.norm):
            status = Attendance.INVITED  # 某市因…未能出席
        elif (
            self._future(clause, sentence_norm)
            or self._in_plans_section(clause.sentence)  # 下半年工作重點: 評估派員出席…
            or _NOT_HELD.search(sentence_norm)
            or _COMMITTED.search(text[:join_at])  # 已確認由該市市長率團出席
        ):
            status = Attendance.PLANNED
        else:
            status = Attendance.ATTENDED
        if invited and clause.sentence.is_heading and status == Attendance.ATTENDED:
            status = Attendance.INVITED
        if invited and status == Attendance.ATTENDED and self._absent_after(clause, sentence_norm):
            status = Attendance.INVITED  # 某市亦獲邀與會，但因故未能出席
        return status

    def _home_invited_to(self, events: list[tuple[int, int, str]]) -> bool:
        """Whether the report has the city invited to one of `events`."""
        ids = {event_id for _, _, event_id in events}
        return any(
            r.type == RelType.INVITED and r.target == self.home and r.properties.get("event") in ids
            for r in self.facts.relations.values()
        )

    def _guest_called_off(self, sentence_norm: str, events: list[tuple[int, int, str]]) -> bool:
        """「某市原訂於元宵節期間組團來訪，因疫情來函取消行程」: a guest's coming to the
        city's own event, called off, leaves it invited (as declining does), not
        planned."""
        return bool(_TRIP_CALLED_OFF.search(sentence_norm)) and all(
            self._home_hosts(event_id) for _, _, event_id in events
        )

    def _absent_after(self, clause: Clause, sentence_norm: str) -> bool:
        """Whether a later clause of the sentence (up to ；), with no party of its own,
        tells the invitee did not come after all: 「某市亦獲邀與會，但因預算限制未能出席」."""
        rest = _SEMICOLON.split(sentence_norm[clause.start + len(clause.norm) :])[0]
        for part in _CLAUSE_BREAK.split(rest):
            if self._place_mentions(part):
                return False
            if _ABSENT.search(part):
                return True
        return False

    def _taking_part(
        self, clause: Clause, sentence_norm: str, join: re.Match[str]
    ) -> tuple[list[str], _Taking]:
        """Who took part (the parties before the verb, those listed, bodies named in
        quotes, whoever leads the group) and how the clause tells it."""
        listed = _ATTENDEE_LIST.search(clause.norm)
        represented: list[str] = []  # bodies there through the people listed
        if listed:
            actors, represented = self._listed_attendees(clause, listed.end())
        else:
            actors = self._participants(clause, join.start(), sentence_norm)
        # 應姊妹市某市之邀組團參加: the place inviting is no guest; it invited the city,
        # as it did when the trip whose stop this is was made at its invitation (應某市之
        # 邀請，本府…組團出訪。6月8日至11日於某市參加「…」)
        inviters = self._inviters(sentence_norm[: clause.start + join.start()])
        trip = None if inviters else self._home_trip_told(clause)
        inviters = inviters or (self._inviters(trip.norm) if trip is not None else [])
        actors = [actor for actor in actors if actor not in inviters]
        actors += self._quoted_bodies(clause, sentence_norm, join.start())
        if (
            _LEADS_GROUP.search(clause.norm)
            or _LEADS_DELEGATION.search(clause.norm)
            or _LEADS_TROUPE_OPENING.match(clause.norm)
        ):
            actors += self._group_leader_and_city(clause, sentence_norm, actors)
        leader = self._leader(sentence_norm)
        if leader and self._home_leader_before(clause, sentence_norm, leader):
            leader = self._leader(clause.norm)  # …，另某國某市亦派員參展: not the city's leader
        actors += self._named_leader(leader, actors)
        if self.home in actors:  # 本府派某某科長赴某市，參加「…」: he attended too
            actors += self._officials_going(sentence_norm)
        elif actors and self._bureau_leads(leader):
            actors.append(self.home)  # 某國小少棒隊由教育局派員帶隊…參加: the city's too
        taking = _Taking(
            represented=represented,
            inviters=inviters,
            leader=leader,
            # the part played, told in this clause or the ones after it (並擔任論壇與談人)
            role=_role(
                self._own_clauses_on(
                    clause, sentence_norm, ours=bool(actors) and set(actors) == {self.home}
                )
            ),
            first_time=bool(_FIRST_TIME.search(clause.norm)) or None,
            declined=bool(_DECLINED.search(clause.norm)),
            invited_in=trip if inviters else None,
        )
        return actors, taking

    def _own_clauses_on(self, clause: Clause, sentence_norm: str, ours: bool = False) -> str:
        """The clause and those after it that go on about its parties, up to one the
        city's side opens (…出席者包括某某處長等，陳市長並於晚會中向外賓介紹…: the mayor
        spoke, not those listed); when the party is the city (`ours`), its officials'
        clauses are its own (本府…參加「…」，王副市長並於分組會議中發表專題報告)."""
        parts = _CLAUSE_BREAK.split(sentence_norm[clause.start + len(clause.norm) :])
        told = [clause.norm]
        for part in parts[1:]:
            opening = _DATE_PREFIX.sub("", part)
            if not ours and (_HOME_OFFICIAL.match(opening) or _HOME_ACTOR.match(opening)):
                break
            told.append(part)
        return ",".join(told)

    def _quoted_bodies(self, clause: Clause, sentence_norm: str, join_at: int) -> list[str]:
        """Bodies named in quotes before the verb of joining take part: 「某市「國際交流
        協會」派員參加…」."""
        bodies = []
        for quoted in _QUOTED_TEXT.finditer(clause.norm[:join_at]):
            kind = self.lex.org_kind(quoted.group(1))
            if kind:
                place = self._place_before(sentence_norm, clause.start + quoted.start())
                bodies.append(self._organization(quoted.group(1), kind, place))
        return bodies

    def _group_leader_and_city(
        self, clause: Clause, sentence_norm: str, actors: list[str]
    ) -> list[str]:
        """「某市王大明市長並允諾將親自率團出席…」: the person last named before the clause
        leads the group and takes part, and the delegation a foreign official leads is
        his city's, which takes part with him. A clause telling who leads (「蘇市長邀請
        本府組團出席「…」，本府已決定由副市長率團與會」: 由某某率團) borrows no one named
        before: the inviter is no leader of the group."""
        earlier = "" if _LEAD_BY.search(clause.norm) else sentence_norm[: clause.start]
        leaders = [pid for n, pid in self.people.items() if n in earlier][-1:]
        everyone = actors + leaders
        return leaders + [
            city
            for actor in everyone
            if self.facts.label_of(actor) == Label.PERSON
            for city in self._city_of(actor)
        ]

    def _record_taking_part(
        self,
        clause: Clause,
        events: list[tuple[int, int, str]],
        actors: list[str],
        status: Attendance,
        taking: _Taking,
    ) -> None:
        """Each party's part in each event: 某市派團出席「…」 and 「…」; an event after the
        report's months is yet to come, and a place holding its own event is its host,
        not a guest."""
        led = self._led_by_leader(actors, taking.leader)
        for _, _, event_id in events:
            year = edition_year(event_id)
            if status == Attendance.ATTENDED and self._after_period(event_id):
                status = Attendance.PLANNED  # an event after the report's months is yet to come
            for actor in dict.fromkeys(actors):
                if self._hosts(actor, event_id) or self._at_home_abroad(actor, event_id):
                    continue  # a place holding its own event is its host, not a guest
                led_by = taking.leader if actor in led else None
                self._party_took_part(actor, event_id, year, clause, status, taking, led_by)

    def _at_home_abroad(self, party: str, event_id: str) -> bool:
        """Whether `party` is at home at another place's event: the first-level region
        the place holding it lies in (某縣 at 某市's festival), or one holding a title of
        that region (某縣知事王大明 watching it), comes nowhere and is no guest there; not
        the country (其總統 at 某市's summit is a guest). (The host's own people, its
        mayor speaking at what it co-holds, take part in it.)"""
        hosts = {
            r.source
            for r in self.facts.relations.values()
            if r.type == RelType.HOSTED
            and r.target == event_id
            and r.source != self.home
            and self.facts.label_of(r.source) == Label.CITY
        }
        places = {region for host in hosts if (region := self._region_of(host)) is not None}
        return party in places or any(
            r.type == RelType.HOLDS_TITLE and r.source == party and r.target in places
            for r in self.facts.relations.values()
        )

    def _invited_to_it(self, actor: str, event_id: str, sentence: Sentence) -> None:
        """The city's invitation of a party to come, told in the sentence naming no event
        (本府邀請某團於2月14日至17日來高，於「某燈會」晚會演出), was to the event the
        party then took part in."""
        if not self._home_hosts(event_id):
            return
        unnamed = [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.INVITED
            and r.source == self.home
            and r.target == actor
            and "event" not in r.properties
            and told_in(r, sentence)
        ]
        for relation in unnamed:  # the event is part of its identity: told anew with it
            del self.facts.relations[relation.key]
            props = {**relation.properties, "event": event_id, "year": edition_year(event_id)}
            told = self.facts.relate(RelType.INVITED, self.home, actor, sentence, **props)
            if told is not None:
                told.evidence.extend(e for e in relation.evidence if e not in told.evidence)

    def _party_took_part(
        self,
        actor: str,
        event_id: str,
        year: int,
        clause: Clause,
        status: Attendance,
        taking: _Taking,
        led_by: str | None,
    ) -> None:
        """One party's part in one event (某市王大明市長率團出席「…」), with what it implies:
        a guest came to the city's event, the city was invited by those whose invitation
        it answered (應某市之邀), one declining the city's event (婉謝本屆邀請) had been
        invited, and a yearly part (每年均派團參加) is taken in the years before. Told
        only as yearly (某市自2004年起每年均派團參加某市燈會, no edition written), this
        year's part is implied too, as those of the years before: inferred, and no
        coming is told."""
        told = self._attendance(actor, event_id)
        yearly_only = (
            taking.recurring and self._edition_unwritten(clause, event_id) and told is None
        )
        self._invited_to_it(actor, event_id, clause.sentence)
        # 「本府歷屆均派員參加」 after 「預定由市長率團出席」: the habit tells nothing new of
        # the edition spoken of, still to come
        habit = taking.recurring and told in (Attendance.PLANNED, Attendance.INVITED)
        if not habit:
            self._participation(
                actor,
                event_id,
                clause,
                status=status,
                year=year,
                first_time=taking.first_time,
                role=taking.role,
                led_by=led_by,
                inferred=yearly_only or None,
            )
        if (
            status == Attendance.ATTENDED
            and actor not in (self.home, *taking.represented)
            and not yearly_only
            and not habit
        ):
            self._came_to_home_event(
                actor,
                event_id,
                clause.sentence,
                year,
                in_person=_in_person(clause),
                arrived=self._arrival_told(clause),
            )
        self._invitations_implied(actor, event_id, year, clause, taking)
        # the leader of this year's group, named outside the yearly clause, is no
        # yearly party (某市課長王大明率團參加…，某市自2004年起每年均派團參加; 某市自
        # 2004年起每年均派團參加，本年由副市長王大明率團參加): the city's yearly part
        named_outside = self.facts.label_of(actor) == Label.PERSON and not (
            is_recurring(clause.norm)
            and any(name in clause.norm for name, pid in self.people.items() if pid == actor)
        )
        if taking.recurring and not named_outside:
            self._inferred_years(actor, event_id, clause.sentence)

    @staticmethod
    def _edition_unwritten(clause: Clause, event_id: str) -> bool:
        """Whether the clause names the event without its edition (每年均參加某市燈會,
        每年均組團參加該市舉辦之「某某祭」): the edition is the reader's year, not one
        the text tells of."""
        spans = [(start, end) for start, end, named in clause.events if named == event_id]
        # (該會議, 本屆大會: the edition spoken of, named before)
        return bool(spans) and not any(
            _EDITION_WRITTEN.search(clause.norm[start:end])
            or _EVENT_ANAPHOR.fullmatch(clause.norm[start:end])
            for start, end in spans
        )

    def _invitations_implied(
        self, actor: str, event_id: str, year: int, clause: Clause, taking: _Taking
    ) -> None:
        """The invitations a party's part implies: the city (or one of its own) taking
        part at the invitation of others (應姊妹市某市之邀組團參加) was invited by them;
        another party declining the city's own event (某市婉謝本屆邀請) had been invited
        by the city."""
        if actor == self.home or self._of_home(actor):
            invitee = self._troupe_invited(clause.sentence.norm) or self.home
            for inviter in taking.inviters:
                self.facts.relate(
                    RelType.INVITED,
                    inviter,
                    invitee,
                    clause.sentence,
                    [taking.invited_in] if taking.invited_in else (),
                    event=event_id,
                    year=year,
                )
        if (
            (taking.declined or self._attendance(actor, event_id) == Attendance.INVITED)
            and not taking.inviters
            and self._home_hosts(event_id)
            and actor != self.home
        ):
            # 婉謝本屆邀請, 某市亦在受邀之列，惟未能出席: a party asked to the city's own
            # event that declined or could not come had been invited by the city (as the
            # item's invitation of the partners by their class tells: 函邀各姊妹市…)
            told = self._collective_invitations(clause.sentence.section)
            self.facts.relate(
                RelType.INVITED,
                self.home,
                actor,
                clause.sentence,
                told if self.facts.label_of(actor) == Label.CITY else (),
                event=event_id,
                year=year,
            )

    def _home_leader_before(self, clause: Clause, sentence_norm: str, leader: str) -> bool:
        """Whether `leader` led the city's group in a clause before this one, and this one
        opens with an outside party of its own after any adverb (本府某局率本市廠商赴…參展，
        另某國某市亦派員參展): he is none of that party's leader."""
        before = sentence_norm[: clause.start]
        opening = _ADVERB_OPENING.match(clause.norm)
        at = opening.end() if opening else 0
        return (
            leader in before
            and self._home_acts(before)
            and any(start == at and pid != self.home for start, _, pid in clause.places)
        )

    def _troupe_invited(self, sentence_norm: str) -> str | None:
        """The city's troupe written right before 應…之邀 (某市國樂團應某市之邀，由…率領
        參加…): the one invited, not the city that led it."""
        for invited in _INVITED_BY.finditer(sentence_norm):
            before = sentence_norm[: invited.start()]
            for troupe in self._home_troupes(sentence_norm):
                if before.endswith(normalize(self.facts.entities[troupe].name_zh)):
                    return troupe
        return None

    def _team_head(self, clause: Clause, head: re.Match[str]) -> None:
        """「其中某市代表隊由該市教育長某某擔任團長」: who heads a team or delegation
        takes part in the event spoken of as the party it stands for does."""
        people = [pid for name, pid in self.people.items() if name in head.group(1)]
        parties = [
            pid for start, _, pid in clause.places if start < head.start() and pid != self.home
        ]
        if not parties:
            # 「某市每年皆派團參加，今年由某某領隊」: the party the clause before spoke of;
            # 「…邀請某州組團出席，由該州議員某某率團…」: the party whose title he holds
            parties = [pid for pid in self.state.subject if pid != self.home]
            parties += [city for person in people for city in self._city_of(person)]
        event_id = (clause.events[-1][2] if clause.events else None) or self.state.event
        came = event_id is not None and self._home_event_held(clause, event_id)
        for relation in list(self.facts.relations.values()):
            if (
                relation.type != RelType.PARTICIPATED_IN
                or relation.source not in parties
                or relation.target != event_id
            ):
                continue
            status = relation.properties.get("status")
            year = relation.properties.get("year")
            if came and status == Attendance.INVITED:
                # 「邀請某州組團出席，由該州議員某某率團參觀展覽」: the delegation came
                status = Attendance.ATTENDED
                dated = year if isinstance(year, int) else None
                self._took_part(relation.source, relation.target, clause.sentence, dated, status)
            for person in people:
                dated = year if isinstance(year, int) else None
                self._took_part(person, relation.target, clause.sentence, dated, status)
                heads = _LEADS_DELEGATION_VERB.search(head.group())
                if heads and dated is not None and status == Attendance.ATTENDED:
                    self._leaders_body_came(person, relation.target, clause.sentence, dated)

    def _leaders_body_came(self, person: str, event_id: str, sentence: Sentence, year: int) -> None:
        """The body whose officer headed a delegation to the city's event (由某市文化局局長
        某某率團) came with it, as the body of one leading a coming does (a team's
        manager, 由某課長帶隊, brings no body of his)."""
        for relation in list(self.facts.relations.values()):
            if (
                relation.type == RelType.HOLDS_TITLE
                and relation.source == person
                and self.facts.label_of(relation.target) == Label.ORGANIZATION
                and told_in(relation, sentence)
            ):
                self._came_to_home_event(relation.target, event_id, sentence, year)

    def _home_event_held(self, clause: Clause, event_id: str) -> bool:
        """Whether the event is the city's own and told as held, not to come (…邀請某州
        組團出席，由該州議員某某率團參觀展覽: a delegation told as led at it came, as an
        invitation alone does not tell)."""
        return (
            self._home_hosts(event_id)
            and not self._after_period(event_id)
            and not self._home_plans(event_id)
            and not _FUTURE.search(clause.sentence.norm)
        )

    def _inviters(self, text: str) -> list[str]:
        """The places written as inviting in 應…之邀 / 受…邀請 (not the city itself), or
        the body of one (經某市港灣局邀請: the bureau, not its city; 應某市政府之邀 is the
        city's, a government being no body of org_kinds)."""
        found = []
        for match in _INVITED_BY.finditer(text):
            # 應某某協會（Some Association）之邀: the body, its gloss no part of the name
            body = self._outside_body_closing(_GLOSS.sub("", match.group(1)))
            if body is not None:
                found.append(body)
                continue
            for mention in self._place_mentions(match.group(1)):
                pid = self.facts.place(mention.place)
                if pid != self.home and self.facts.label_of(pid) != Label.COUNTRY:
                    found.append(pid)
        return found[-1:]  # 應姊妹市韓國某市之邀: the most specific place

    def _participation(self, actor: str, event_id: str, clause: Clause, **props: object) -> None:
        """A party's taking part, as a clause of its own states it. A later word that an
        invitee will come (已回函確定將組團與會) settles its invitation: planned, not
        merely invited (the status an invitation alone gives). Whether it is still
        undecided is read in that clause: 「甲市已回覆將派團參加，乙市則尚在評估中」
        settles 甲市's answer and leaves 乙市's open."""
        relation = self.facts.relate(
            RelType.PARTICIPATED_IN, actor, event_id, clause.sentence, **props
        )
        if relation is not None and not props.get("inferred"):
            relation.properties.pop("inferred", None)  # told, then, not only implied
        if relation is not None and props.get("status") == Attendance.PLANNED:
            undecided = _UNDECIDED.search(clause.norm)
            if relation.properties.get("status") == Attendance.INVITED and not undecided:
                relation.properties["status"] = Attendance.PLANNED

    def _home_accepts(self, clause: Clause, committed: re.Match[str]) -> bool:
        """「某協會來函，邀請本市明年組團參加「…」，本府已函復同意」: the city, invited to the
        event spoken of, agreed: it plans to take part. True when read so."""
        subject = _DATE_PREFIX.sub("", clause.norm[: committed.start()])
        event_id = self.state.event
        if event_id is None or not _HOME_ACTOR.match(subject):
            return False
        if _ABSENT.search(clause.norm, committed.end()):
            return False  # 本府已函復確認無法出席: still only invited
        if self._attendance(self.home, event_id) != Attendance.INVITED:
            return False
        year = edition_year(event_id)
        self._participation(self.home, event_id, clause, status=Attendance.PLANNED, year=year)
        return True

    def _awaiting_answer(self, clause: Clause, cut: int) -> None:
        """「某市及某市則尚未回覆」: cities the city invited to the event spoken of have not
        answered yet; they stay invited (this clause says so too)."""
        self._answered(clause, cut, Attendance.INVITED)

    def _answered(self, clause: Clause, cut: int, status: Attendance) -> None:
        """Cities the city invited to the event spoken of, named before `cut`, answered
        so far with `status`: 「某市則尚未回覆」 (invited), 「某市已同意提供影片」
        (planned). 「其餘城市仍在安排中」, 「其他受邀城市尚未回覆」: the rest are those
        invited whose answer no clause told yet."""
        event_id = (clause.events[-1][2] if clause.events else None) or self.state.event
        if event_id is None:
            return
        parties = [pid for start, _, pid in clause.places if start < cut and pid != self.home]
        invited = {
            r.target: r.source
            for r in self.facts.relations.values()
            if r.type == RelType.INVITED and r.properties.get("event") == event_id
        }
        if not parties and _THE_REST.match(_DATE_PREFIX.sub("", clause.norm)):
            parties = [
                party
                for party in invited
                if self._attendance(party, event_id) in (None, Attendance.INVITED)
            ]
        for party in parties or self.state.subject:
            if party in invited:
                year = edition_year(event_id)
                self._participation(party, event_id, clause, status=status, year=year)

    def _attendance(self, party: str, event_id: str) -> object:
        """The status of `party`'s taking part in `event_id` read so far, if any."""
        return next(
            (
                r.properties.get("status")
                for r in self.facts.relations.values()
                if r.type == RelType.PARTICIPATED_IN and r.source == party and r.target == event_id
            ),
            None,
        )

    def _after_period(self, event_id: str) -> bool:
        """Whether the event takes place in a later year than the report's months, and
        more than a quarter after them (a report, written within one, may still tell of
        the weeks after its months): nobody has attended it yet."""
        if self.period is None:
            return False
        event = self.facts.entities[event_id].properties
        when = str(event.get("start") or event.get("year") or "")
        end_year = int(self.period.end[:4])
        if len(when) >= 7:  # a report may still tell of the weeks after its months
            months = month_number(when) - month_number(self.period.end)
            return months > 3 and int(when[:4]) > end_year
        return bool(when) and int(when[:4]) > end_year

    def _sent_to_home_event(self, text: str) -> bool:
        """「某市、某某市均派員來高」, 「該市派團前來共襄盛舉」: sending people to
        come, said while the city's own event is spoken of, is taking part in it."""
        sent = _SENT_GROUP.search(text)
        came = _COME.search(text[sent.end() :]) if sent else None
        return bool(
            came
            and not _ERRAND_AFTER_COMING.match(text, sent.end() + came.end())  # type: ignore[union-attr]
            and self.state.event is not None
            and self._held_here(self.state.event)
        )

    def _part_played(self, clause: Clause, sentence_norm: str) -> None:
        """「本府擔任「…」場次講者」, 「由環保局以線上方式發表專題演講」: the city (or its
        bureau) took part in the event spoken of by its part; not in its own event,
        which it hosts. A clause with no party of its own (…，以「…」為題發表演說) has
        the sentence's opening clause as subject (陳市長並於論壇中，…)."""
        # 某市副市長某某應本府邀請擔任講座: the guest plays the part, not the city inviting
        text = _INVITED_BY_HOME.sub("", clause.norm)
        actor = text
        if not (self._home_acts(text) or _HOME_OFFICIAL.match(_DATE_PREFIX.sub("", text))) and (
            clause.start and not clause.places and not any(n in text for n in self.people)
        ):
            actor = _CLAUSE_BREAK.split(_DATE_PREFIX.sub("", sentence_norm), maxsplit=1)[0]
        official = _HOME_OFFICIAL.match(_DATE_PREFIX.sub("", actor))
        # 王科長於論壇中以「…」為題發表報告: one of the city's, named in full before
        ours = None if official else self._home_official_opening(_DATE_PREFIX.sub("", actor))
        if not (self._home_acts(actor) or official or ours):
            self._guest_part_played(clause, sentence_norm)
            return
        event_id = (clause.events[-1][2] if clause.events else None) or self.state.event
        if event_id is None or self._home_hosts(event_id):
            return
        future = self._future(clause, sentence_norm) or _NOT_HELD.search(sentence_norm)
        person = self._named_before(official.group()) if official else ours
        for party in (self.home, person):
            if party is None:
                continue
            self.facts.relate(
                RelType.PARTICIPATED_IN,
                party,
                event_id,
                clause.sentence,
                status=Attendance.PLANNED if future else Attendance.ATTENDED,
                year=edition_year(event_id),
                role=_role(sentence_norm[clause.start :]),
            )

    def _home_official_opening(self, text: str) -> str | None:
        """The city's own official a text opens with by surname and a title he holds of
        the city or one of its bodies (王科長, once 交通局科長王大明): none for another's."""
        held = self._home_people()
        # (經過：王科長…: a record card's field, its label no part of who acts)
        opening = _CLAUSE_BREAK.split(_CARD_FIELD.sub("", text), maxsplit=1)[0][:6]
        found = [pid for pid in self._by_surname_and_title(opening) if pid in held]
        return next((pid for pid in found if self._opens_with_surname(opening, pid)), None)

    def _opens_with_surname(self, text: str, pid: str) -> bool:
        name = self.facts.entities[pid].name_zh or ""
        return bool(name) and text.startswith(name[:1])

    def _guest_part_played(self, clause: Clause, sentence_norm: str) -> None:
        """「某市議員某某擔任論壇主講人」, 「某大學某教授於會中發表專題演講」: the people
        named before the part (not the city's own) took part in the event spoken of."""
        text = clause.norm
        part = _PART_PLAYED.search(text)
        event_id = (clause.events[-1][2] if clause.events else None) or self.state.event
        if part is None or event_id is None:
            return
        people = [pid for name, pid in self.people.items() if name in text[: part.start()]]
        future = self._future(clause, sentence_norm) or _NOT_HELD.search(sentence_norm)
        status = (
            Attendance.PLANNED if future or self._after_period(event_id) else Attendance.ATTENDED
        )
        year = edition_year(event_id)
        # the cities whose people spoke (某市危機管理監某某發表專題演講, 某市及某市代表亦
        # 分別分享…) were there; those the subject shared with (與某市、某市代表分享…) too,
        # though who spoke is not said
        spoken = _role(text[part.start() :])
        role = None if _WITH_PARTNER.match(text) else spoken
        # (a city only naming whose official spoke is there through an invitation alone:
        # 某市港灣局局長王大明發表專題演講 is no word that 某市 took part)
        ours = self._affiliations(people)
        cities = [c for c in self._guest_cities(clause, part.start(), event_id) if c not in ours]
        parties = [*people, *cities]
        parties += self._invitees_of(people, event_id)
        for party in dict.fromkeys(parties):
            also = self._invitation_of(party, event_id) if status == Attendance.ATTENDED else ()
            played = role if party not in people else spoken
            self._took_part(party, event_id, clause.sentence, year, status, played, also=also)

    @staticmethod
    def _in_talk_title(text: str, at: int) -> bool:
        """Whether `at` lies in the quoted title of a talk (以「某市的投資環境」為題發表
        演說): a place named there is what the talk is about, not one taking part."""
        return any(t.start() < at < t.end() for t in _TALK_TITLE.finditer(text))

    def _guest_cities(self, clause: Clause, cut: int, event_id: str) -> list[str]:
        """The foreign cities written before `cut` as parties, not as where someone goes,
        whose folk they are, or as the event's host."""
        text = clause.norm
        return [
            self._body_named_from(text, start, end) or pid  # 某市港務局局長…: the body's
            for start, end, pid in clause.places
            if start < cut
            and pid != self.home
            and self.facts.label_of(pid) == Label.CITY
            and not _GONE_TO.search(text[:start])
            and not self._in_talk_title(text, start)
            and not _FOLK_OF_PLACE.match(text, end)
            and not self._seat_of_office(text, start, end)
            and not self._hosts(pid, event_id)
        ]

    def _invitation_of(self, party: str, event_id: str) -> list[Sentence]:
        """The sentences telling that the city invited `party` to `event_id`."""
        told = {
            (e.start, e.end)
            for r in self.facts.relations.values()
            if r.type == RelType.INVITED
            and r.target == party
            and r.properties.get("event") == event_id
            for e in r.evidence
        }
        return [s for s in self.parsed.sentences if (s.start, s.end) in told]

    def _city_of(self, person: str) -> list[str]:
        """The foreign cities whose titles a person holds (a mayor's city)."""
        return [
            r.target
            for r in self._titles_held([person])
            if self.facts.label_of(r.target) == Label.CITY
        ]

    def _listed_attendees(self, clause: Clause, start: int) -> tuple[list[str], list[str]]:
        """「出席者包括某市副市長某某及某機構主席某某」: the cities and people listed
        after the noun of attending, and the bodies whose titles those people hold
        (returned apart too: a body is there through its people, whose visit it is)."""
        text = clause.norm[start:]
        named = [(name, pid) for name, pid in self.people.items() if name in text]
        people = [pid for _, pid in named]
        within_names = [
            range(at + start, at + start + len(name))
            for name, _ in named
            for at in (m.start() for m in occurrences(name, text))
        ]
        cities = [
            pid
            for at, end, pid in clause.places
            if at >= start
            and pid != self.home
            and self.facts.label_of(pid) == Label.CITY
            # 羅德里哥 holds 德里: a place inside a person's name is none
            and not any(at in span and end - 1 in span for span in within_names)
        ]
        bodies = [
            r.target
            for r in self.facts.relations.values()
            if r.type == RelType.HOLDS_TITLE
            and r.source in people
            and r.target != self.home
            and self.facts.label_of(r.target) in (Label.CITY, Label.ORGANIZATION)
            and not self._of_home(r.target)
        ]
        unnamed = self._bodies_listed_unnamed(text, [name for name, _ in named])
        return list(dict.fromkeys(cities + people + unnamed + bodies)), bodies

    def _bodies_listed_unnamed(self, text: str, names: list[str]) -> list[str]:
        """The bodies a list of attendees names with no one of them named (…、某辦事處及
        某商會分會代表等): each there itself."""
        bodies = []
        for item in _LIST_ITEM_BREAK.split(_LIST_CLOSING_WORDS.sub("", text.rstrip("。"))):
            words = _BODY_PEOPLE.sub("", item)
            if not words or any(name in item for name in names):
                continue
            body = self._outside_body(words) if self.lex.org_kind(words) else None
            if body is not None and not self._of_home(body):
                bodies.append(body)
        return bodies

    def _named_before(self, official: str) -> str | None:
        """The person a surname and title (王局長) takes up: one named in full with that
        surname and title in this sentence or the one before (環保局局長王大明率員…，
        王局長並發表專題演講); None when nobody was, as is usual (陳市長 stays the city)."""
        surname, title = official[0], official[1:]
        nearby = self.sentence.norm if self.sentence else ""
        nearby += self.previous.norm if self.previous else ""
        for relation in self.facts.relations.values():
            if relation.type != RelType.HOLDS_TITLE:
                continue
            name = self.facts.entities[relation.source].name_zh
            if (
                name.startswith(surname)
                and 2 <= len(name) <= 4
                and name in nearby
                and str(relation.properties.get("title_zh", "")).endswith(title)
            ):
                return relation.source
        return None

    def _came_as_invited(self, clause: Clause) -> None:
        """「日本某某市、韓國某某廣域市均應邀派員與會」, 「…史密斯教授亦應邀擔任主講人」,
        「計有某市及某國某某管理局各派一隊應邀來高」: at the city's invitation, and there."""
        event_id = (clause.events[-1][2] if clause.events else None) or self.state.event
        if event_id is not None and not self._home_hosts(event_id) and clause.events:
            # 某市隊伍應邀來高參加「…」: come here at the invitation, to the city's own
            self._own_event_invited_to(clause, clause.events)
        if event_id is None or not self._held_here(event_id):
            return  # 本府協助某大學辦理「…」，某市交響樂團並應邀來高演出: there too
        cut = clause.norm.find("應邀")
        if _INVITED_QUALIFIES.match(clause.norm, cut + len("應邀")):
            # 計有甲市、乙市及應邀加入之丙市等三市…: 應邀 qualifies one listed, after it
            cut = len(clause.norm)
        # the people named before 應邀 (某某廣域市王大明副市長亦應邀出席), else the cities
        parties = [pid for name, pid in self.people.items() if name in clause.norm[:cut]] or [
            pid
            for start, _, pid in clause.places
            if start < cut and pid != self.home and self.facts.label_of(pid) == Label.CITY
        ]
        # 計有某市、某市及某國某某管理局各派一隊應邀來高: the bodies listed with them (not
        # an office stationed here, whose people's part the sentence tells)
        listed = _EACH_CLOSING.sub("", _SENDER_END.split(clause.norm[:cut], maxsplit=1)[0])
        parties += [
            b
            for b in self._bodies_listed(listed)
            if b not in parties
            and self.facts.entities[b].properties.get("kind") != "representative_office"
        ]
        year = edition_year(event_id)
        # the part played, told here or in the clauses after it up to a semicolon
        # (…應邀出席，並共同擔任論壇與談人；某市則…): the same parties' doing
        rest = clause.sentence.norm[clause.start :]
        told = clause.norm[cut:] + rest[len(clause.norm) :].split(";", 1)[0]
        for party in parties:
            if self._home_hosts(event_id):  # not the body's it helps: whose invitation?
                self.facts.relate(
                    RelType.INVITED, self.home, party, clause.sentence, event=event_id, year=year
                )
            self._took_part(party, event_id, clause.sentence, year, role=_role(told))

    def _invited_by_home_official(self, text: str) -> re.Match[str] | None:
        """應王大明市長之邀: the invitation of one holding a title of the city, named in
        full, is the city's (as 應本府之邀)."""
        for official in _INVITED_BY_OFFICIAL.finditer(text):
            pid = self.people.get(official.group(1))
            if pid is not None and self._of_home(pid):
                return official
        return None

    def _invited_by_home(self, clause: Clause, cut: int) -> None:
        """「澳洲某某市雖受本府邀請，惟…未能派員出席」, 「該市應本府之邀…」: the cities
        before the passive were invited to the event spoken of; whether they came is
        told by the participation rule. Coming at the invitation with the event told
        after (某樂團應本府之邀來高訪問，本府…舉辦「…」音樂會): invited, to what comes next."""
        event_id = (clause.events[-1][2] if clause.events else None) or self.state.event
        later = clause.sentence.norm[clause.start + len(clause.norm) :]
        # the coming told here or in the clauses after, up to a semicolon (某市長應本府之
        # 邀，率團於9月來訪)
        came = _COME.search(clause.norm, cut) or _COME.search(later.split(";", 1)[0])
        if came and not clause.events and find_events(later, near_year=self._report_year()):
            event_id = None  # 應本府之邀來高訪問，本府…舉辦「…」音樂會: the event told next
        if event_id is None and not came:
            return
        year = edition_year(event_id) if event_id else None
        # 「某市某某保存會應本府之邀」: the body whose name the place opens, not the place
        cities = [
            self._quoted_body_of(clause.norm, start, end)
            or self._body_written_after(clause.norm, start, end)
            or pid
            for start, end, pid in clause.places
            if start < cut and pid != self.home and self.facts.label_of(pid) == Label.CITY
        ]
        # 美國某某樂團(Some Orchestra)應本府之邀: the body the words before name whole
        body = self._outside_body(_GLOSS.sub("", _DATE_PREFIX.sub("", clause.norm[:cut])))
        cities = cities or ([body] if body is not None else [])
        # 「該市某某市長應本府之邀」: the person named is the one invited, not the city
        people = [pid for name, pid in self.people.items() if name in clause.norm[:cut]]
        invitees = people or cities
        # 甲率領之某市訪問團，以及乙率領之某市訪問團，均應本府邀請來訪: all those told before
        all_before = not invitees and bool(_ALL_TOLD_BEFORE.fullmatch(clause.norm[:cut]))
        if all_before:
            invitees = self._cities_told_before(clause)
        for pid in invitees:
            self.facts.relate(
                RelType.INVITED, self.home, pid, clause.sentence, event=event_id, year=year
            )
        if all_before and came and event_id is not None and self._home_hosts(event_id):
            # come at the invitation to the city's own event: they and their leaders
            # took part in it (their coming is the visit rules' to read)
            before = clause.sentence.norm[: clause.start]
            leaders = [pid for name, pid in self.people.items() if name in before]
            for party in [*invitees, *leaders]:
                self._took_part(party, event_id, clause.sentence, year, came=False)
        # …，惟…未能派員出席: still them
        self.state.subject = cities or self.state.subject
        if event_id is not None:
            self._invitation_event = (clause.sentence.start, event_id)

    def _cities_told_before(self, clause: Clause) -> list[str]:
        """The foreign cities the sentence names before the clause, in order."""
        cities = [
            self.facts.place(m.place, m.surface)
            for m in self._place_mentions(clause.sentence.norm[: clause.start])
            if m.place.id != self.home_place.id and m.place.label == "City"
        ]
        return list(dict.fromkeys(cities))

    def _invited_to(self, clause: Clause) -> str | None:
        """The event a passive invitation earlier in the sentence was to: 「某市雖獲本府
        邀請，惟該市正籌辦「…」，未能派員出席」 tells that it did not come to what it was
        invited to, not to the event named as what kept it busy."""
        said = self._invitation_event
        return said[1] if said is not None and said[0] == clause.sentence.start else None

    def _all_came(self, clause: Clause, event_id: str, invited_at: int) -> bool:
        """Whether the sentence, after the clause inviting, tells that the invitees all
        came to the city's own event (連同本市N隊共M隊參賽, 受邀城市均派團出席, 兩市
        代表隊…同場競技), or the inviting clause counts them (…之青少年共45人來訪), in a
        clause naming no party of its own; and tells of the event as held: not to
        come, not called off, not after the report's months, nobody absent or
        undecided."""
        said = clause.sentence.norm
        if not self._home_hosts(event_id) or self._after_period(event_id):
            return False
        if any(
            words.search(_QUOTED_NAME.sub("", said))
            for words in (_FUTURE, _NOT_HELD, _ABSENT, _UNDECIDED, _NO_ANSWER, _COMMITTED)
        ):
            return False
        if _HEADCOUNT.search(clause.norm, invited_at):
            return True
        after = _CLAUSE_BREAK.split(said[clause.start + len(clause.norm) :])
        return any(
            _ALL_CAME.search(part)
            and not any(m.place.id != self.home_place.id for m in self._place_mentions(part))
            for part in after
        )

    def _home_plans(self, event_id: str) -> bool:
        """Whether the city is told only to be going to hold the event (本府將於10月
        舉辦「…」), never as holding it: nobody has been there yet."""
        statuses = [
            r.properties.get("status")
            for r in self.facts.relations.values()
            if r.type == RelType.HOSTED and r.source == self.home and r.target == event_id
        ]
        return bool(statuses) and all(status == Attendance.PLANNED for status in statuses)

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

    def _of_cohost(self, actor: str, event_id: str) -> bool:
        """Whether `actor` is another host of the event, or holds a title with one."""
        bodies = {actor} | {
            r.target
            for r in self.facts.relations.values()
            if r.type == RelType.HOLDS_TITLE and r.source == actor
        }
        return any(party != self.home and self._hosts(party, event_id) for party in bodies)

    def _took_part(
        self,
        party: str,
        event_id: str,
        sentence: Sentence,
        year: int | None,
        status: str = Attendance.ATTENDED,
        role: str | None = None,
        came: bool | None = None,
        also: Sequence[Sentence] = (),
        arrived: dict[str, object] | None = None,
    ) -> None:
        """`party` took part in the event, with its status and role; one attending the
        city's own event came to the city for it (`came` says otherwise where the caller
        knows better: the city's own officials come nowhere; `also`: sentences telling
        more of its coming; `arrived`: the days of its coming, told of it)."""
        self.facts.relate(
            RelType.PARTICIPATED_IN, party, event_id, sentence, status=status, year=year, role=role
        )
        if year is not None and (came if came is not None else status == Attendance.ATTENDED):
            self._came_to_home_event(party, event_id, sentence, year, also=also, arrived=arrived)

    def _visit_covers(self, actor: str, event_id: str, dates: dict[str, object]) -> bool:
        """Whether `actor` came to the city already for a longer event of the city's that
        spans the days `dates` gives (a forum on 10月5日 within the festival of 10月4日至
        11月2日 they attended): no second coming."""
        start = str(dates.get("start") or "")
        end = str(dates.get("end") or start)
        if len(start) < 10:
            return False
        came = any(
            r.type == RelType.VISITED and r.source == actor and r.target == self.home
            for r in self.facts.relations.values()
        )
        for r in self.facts.relations.values():
            if not (
                came
                and r.type == RelType.PARTICIPATED_IN
                and r.source == actor
                and r.target != event_id
                and self._home_hosts(r.target)
            ):
                continue
            held = self.facts.entities[r.target].properties
            since = str(held.get("start") or "")
            until = str(held.get("end") or since)
            if (
                len(since) >= 10
                and since <= start
                and end <= until
                and (since, until) != (start, end)
            ):
                return True
        return False

    def _held_abroad(self, sentence: Sentence, event_id: str) -> bool:
        """Whether the sentence has the city hold the event in a place abroad (本府新聞處於
        日本熊本市舉辦「…」): those attending it came to no place of the city's."""
        said = sentence.norm
        named_at = said.find(normalize(self.facts.entities[event_id].name_zh))
        held = [m for m in _HELD_AT.finditer(said) if named_at < 0 or m.end() <= named_at + 1]
        if not held:
            return False
        places = self._place_mentions(held[-1].group())
        return bool(places) and all(m.place.country != self.home_place.country for m in places)

    def _came_to_home_event(
        self,
        actor: str,
        event_id: str,
        sentence: Sentence,
        year: int,
        in_person: bool = False,
        also: Sequence[Sentence] = (),
        arrived: dict[str, object] | None = None,
    ) -> None:
        """A party that attended an event the city held came to the city; and where
        the item is headed 「邀請…參加」 the city had invited it. `in_person`: its own
        part of the sentence says it was there (實體出席者…；某市則以視訊方式與會);
        `also`: sentences telling more of its coming (its invitation); `arrived`: the
        day its coming is told on (於11月17日率團抵高出席論壇), its own, not the event's."""
        online = (not in_person and self._virtual(sentence.norm)) or _VIRTUAL.search(
            self.facts.entities[event_id].name_zh  # 「…青年線上論壇」: online by its name
        )
        if not (self._home_hosts(event_id) or event_id in self.helped_events) or online:
            return  # an online event is attended from home
        if actor in self._home_parties() or self._of_home(actor) or self._based_in_home_city(actor):
            # the mayor on stage at the city's own seminar, the city's council, or the
            # head of a foreign office in the city, did not come to the city
            return
        if self._mission_in_country(actor) and not _CAME_DOWN.search(sentence.norm):
            return  # a mission stationed in the country (駐臺北某代表處) came only if told so
        if self._of_national_body(actor):
            return  # 國立某某大學教授擔任與談人: from within the country
        if self._of_cohost(actor, event_id):
            return  # 本府與某市共同舉辦…，該市市長擔任…: a co-host's own people stay home
        if self._held_abroad(sentence, event_id):
            return  # 本府某處於日本某市舉辦「…」，由該市市長主持揭幕: attended there
        event = self.facts.entities[event_id].properties
        dates = {"start": event.get("start"), "end": event.get("end")}  # the event's days
        # days known only from this party's trip to it are the trip's own, not inferred
        inferred = event_id not in self.trip_dated or None
        if arrived is not None:
            dates, inferred = arrived, None
        if not (inferred and self._visit_covers(actor, event_id, dates)):
            # (a forum held during the festival a guest came to is no second coming)
            self.facts.relate(
                RelType.VISITED,
                actor,
                self.home,
                sentence,
                also,
                year=year,
                inferred=inferred,
                **dates,
            )
        said = sentence.norm
        named_at = said.find(normalize(self.facts.entities[event_id].name_zh))
        accepted = _INVITED_BY_HOME.search(said[: named_at if named_at >= 0 else len(said)])
        # 「該市某某市長應本府之邀…出席」: the person named before it was invited, not the city
        guests = [p for n, p in self.people.items() if accepted and n in said[: accepted.start()]]
        if accepted and (
            actor in guests or (not guests and self.facts.label_of(actor) == Label.CITY)
        ):
            # 「某市本年應本府之邀，由副市長率團…參加本府舉辦之「…」」: the city invited it
            # (an invitation told after the event's name is another party's)
            self.facts.relate(
                RelType.INVITED, self.home, actor, sentence, event=event_id, year=year
            )
        self._invited_by_heading(actor, event_id, sentence, year)

    @staticmethod
    def _arrival_told(clause: Clause) -> dict[str, object] | None:
        """The day the clause tells its party came to the city, written before the verb
        of coming (某市副市長某某於11月17日率團抵高出席論壇), or, for a clause with no
        party of its own, in the clause before (…於2月14日至17日來高，於「…」演出): its
        own coming's days."""
        come = _COME.search(clause.norm)
        if come is None and clause.places:
            # a clause naming its own party tells no one else's coming, but its own may
            # follow it (某市副市長率團出席「…」，17日抵高，19日離高)
            return EventRules._stay_told_after(clause)
        if come is None:  # …一行於2月14日至17日來高，於「某燈會」演出: the clause before's
            norm = clause.sentence.norm
            opening = max(norm.rfind(",", 0, max(clause.start - 1, 0)), -1) + 1
            come = _COME.search(norm, opening, max(clause.start - 1, opening))
            if come is None:
                return None
            days = [
                d
                for d in clause.earlier_dates
                if d.precision == "day" and opening <= d.text_start < come.start()
            ]
        else:
            days = [
                d
                for d in clause.dates
                if d.precision == "day" and d.text_start - clause.start < come.start()
            ]
        return {"start": days[-1].start, "end": days[-1].end} if days else None

    @staticmethod
    def _stay_told_after(clause: Clause) -> dict[str, object] | None:
        """The days a party's stay is told by in the clauses right after it, the day it
        arrived and the day it left (…出席「某論壇」，11月17日抵高，19日離高): from the
        one to the other."""
        norm = clause.sentence.norm
        end = clause.start + len(clause.norm)
        come = _COME.search(norm, end)
        left = _LEFT_FOR_HOME.search(norm, come.end()) if come else None
        if come is None or left is None or _CLAUSE_BREAK.search(norm, end + 1, come.start()):
            return None
        arrived = [
            d for d in clause.later_dates if d.precision == "day" and d.text_start < come.start()
        ]
        leaving = [
            d
            for d in clause.later_dates
            if d.precision == "day" and come.end() <= d.text_start < left.start()
        ]
        if not arrived or not leaving:
            return None
        return {"start": arrived[-1].start, "end": leaving[-1].end or leaving[-1].start}

    def _inviting_section(self, index: int | None) -> int | None:
        """The section whose heading tells how the sentence's guests came: its own, or,
        for a list item (「(一)邀請…參加「…」」 then 「2.出席：某市、某市…」), the
        heading it is listed under."""
        section = self._section(index)
        if section is not None and section.is_item and section.parent is not None:
            parent = self._section(section.parent)
            if parent is not None and normalize(parent.title).startswith("邀請"):
                return section.parent
        return index

    def _invited_by_heading(self, actor: str, event_id: str, sentence: Sentence, year: int) -> None:
        """Where the item is headed 「邀請…參加」, or its text invites the partners by their
        class (本府發函邀請各姊妹市組團參加), the city invited the party that came (a
        city, for the latter)."""
        index = self._inviting_section(sentence.section)
        section = self._section(index)
        title = normalize(section.title) if section is not None else ""
        invitees = _INVITED_TO_JOIN.match(title)
        told = self._collective_invitations(index)
        # 「邀請姊妹市暨國際友誼城市參加…」 invites cities: the people and groups their
        # delegations brought were not invited themselves; so does an item whose text
        # invites the partners by their class (本府正式發函邀請各姊妹市組團參加)
        by_class = [
            t for t in told if self._names_no_one_invited(t) and self._names_no_other(t, event_id)
        ]
        cities_only = bool(invitees and _PLACE_WORD.search(invitees.group(1))) or (
            not title.startswith("邀請") and bool(by_class)
        )
        if not (title.startswith("邀請") or by_class) or (
            cities_only and self.facts.label_of(actor) != Label.CITY
        ):
            return
        heading = [s for s in self._section_sentences(index) if s.is_heading]
        self.facts.relate(
            RelType.INVITED,
            self.home,
            actor,
            sentence,
            [*heading, *told],
            event=event_id,
            year=year,
        )

    def _names_no_other(self, sentence: Sentence, event_id: str) -> bool:
        """Whether a sentence names (in quotes) no event but `event_id`, or none: an
        invitation to 「某燈會」 invites no one to the section's later 「某論壇」."""
        event = self.facts.entities[event_id]
        series = self.facts.entities.get(str(event.properties.get("series", "")))
        names = {normalize(event.name_zh)} | ({normalize(series.name_zh)} if series else set())
        quoted = [normalize(q) for q in _QUOTED_TEXT.findall(sentence.norm)]
        return not quoted or any(n in q or q in n for q in quoted for n in names)

    def _names_no_one_invited(self, sentence: Sentence) -> bool:
        """Whether a sentence inviting partners by their class names none of them
        (邀請各姊妹市組團參加, not 邀請姊妹市某國某市組團參加)."""
        invite = _INVITE.search(sentence.norm)
        invited = _COLLECTIVE.match(sentence.norm, invite.end()) if invite else None
        if invited is None:
            return False
        after = sentence.norm[invited.end() : invited.end() + 12]
        return not any(m.start <= 1 for m in self._place_mentions(after))

    def _collective_invitations(self, section: object) -> list[Sentence]:
        """The sentences of an item where the city invites its partners by their class
        (本府依例邀請各姊妹市及友好城市組團參加, 本市函邀所有友誼城市出席): they tell
        the invitation of each guest the item names."""
        told = []
        for sentence in self.parsed.sentences:
            if sentence.section != section or sentence.is_heading:
                continue
            invite = _INVITE.search(sentence.norm)
            if (
                invite
                and _HOME_PARTY.search(sentence.norm[: invite.start()])
                and _COLLECTIVE.match(sentence.norm, invite.end())
            ):
                told.append(sentence)
        return told

    def _leads_into(self, clause: Clause, verb_end: int, event_start: int) -> bool:
        """Whether only the event's host place stands between a verb and the event
        (參加日本某都某某市「某某祭」), so the verb governs the event."""
        gap = list(clause.norm[verb_end:event_start])
        for start, end, _ in clause.places:
            for i in range(max(start, verb_end), min(end, event_start)):
                gap[i - verb_end] = ""
        rest = "".join(gap).replace("姊妹市", "")
        # 參加美國某市港務局主辦之「…」, 出席該市主辦之「…」, 參加於日本某某市舉行之「…」:
        # an attributive 「(host) 主辦之 / 於(venue)舉行之」 still leaves the verb governing it
        # 出席明年之某市燈會, 參加今年的某某節: the edition named by its year
        return len(rest) <= 1 or bool(
            _HELD_BY.fullmatch(rest)
            or _WHICH_EDITION.fullmatch(rest)
            or _HELD_BY_ANYONE.fullmatch(_PARENS.sub("", rest))
            or _describes_event(rest)
        )

    def _presence(self, clause: Clause) -> None:
        """「該研討會邀請X、Y、Z等三位副市長與王大明市長同台」: invited and there, on stage."""
        role = _role(clause.norm)
        text = clause.norm
        named = {text.find(name): pid for name, pid in self.people.items() if name in text}
        # 某某廣域市王大明副市長亦應邀出席: the city is the person's affiliation, he is there;
        # 「…等三位副市長與王大明市長同台」: the cities' officials and the mayor named are
        parties = [
            pid
            for start, end, pid in clause.places
            if pid != self.home
            and self.facts.label_of(pid) == Label.CITY
            and not any(text[end:at] in ("", *self.lex.titles) for at in named if at >= end)
            and not self._seat_of_office(text, start, end)
            and not _FOLK_OF_PLACE.match(text, end)
        ]
        for _, _, event_id in clause.events or [(0, 0, self.state.event)]:
            if event_id is None or self._after_period(event_id) or self._home_plans(event_id):
                continue  # who will be on stage is not known yet: an invitation only
            year = edition_year(event_id)
            for pid in dict.fromkeys(parties + list(named.values())):
                self._took_part(pid, event_id, clause.sentence, year, role=role)

    def _seat_of_office(self, text: str, start: int, end: int) -> bool:
        """Whether the place at `start:end` is the seat in an office's or association's
        name (波蘭台北辦事處代表, 印度台北協會會長, 日本台灣交流協會高雄事務所): it names
        where the body sits, and the body's people are the parties, not the place."""
        run = _HAN_RUN.match(text[start : end + 8]).group()
        return any(
            self.lex.org_kind(run[:stop]) in ("representative_office", "association")
            for stop in range(end - start + 2, len(run) + 1)
        )

    def _seat_inside_name(self, text: str, start: int, end: int) -> bool:
        """Whether the place at `start:end` is an office's seat inside a longer name
        (某國交流協會台北事務所, 某國在台協會台北辦事處): the name goes on before it with a
        body or a country, so neither the place nor the name cut at it is a party."""
        before = _HAN_TAIL.search(text[:start])
        opening = before.group() if before else ""
        return self._seat_of_office(text, start, end) and any(
            self.lex.org_kind(opening[at:]) or self.gaz.country(opening[at:])
            for at in range(len(opening))
        )

    def _troupe_named_last(self, clause: Clause, at: int) -> str | None:
        """該團: the troupe or team (某某樂團, 某某舞蹈團) the text named last, when it
        is one (not a delegation, which is its place's coming)."""
        body = self._body_named_last(clause, at, "團")
        kind = self.facts.entities[body].properties.get("kind") if body else None
        return body if kind in _TROUPE_KINDS else None

    def _participants(self, clause: Clause, cut: int, sentence_norm: str) -> list[str]:
        """Who took part, as told before the verb at `cut`: the places and people the
        clause names; else a subject lent by what came before; else the city's side
        (its actor, or the troupe it sent); else the subject the reader remembers."""
        text = clause.norm
        drawing = _DRAWING.search(text[:cut])
        if drawing and not text[: drawing.start()].endswith(("為", "以")):
            # 活動吸引逾5萬名市民到場觀賞: the public drawn, no party of the report (not a
            # purpose: 本府為爭取某國遊客組團參加…, the city went)
            return []
        before = self._places_taking_part(clause, cut)
        named = [pid for name, pid in self.people.items() if name in self._parties_told(text, cut)]
        if before or named:
            # 「該縣山田太郎知事與某市王大明市長將…參加」: the people and their places, and
            # the bodies they sent as their teams (某市由某龍舟協會組隊來訪參賽)
            # (not its government's own bureau: 由該市經濟發展局組團, the place acting);
            # the team's word may be the joining verb itself (由某協會組隊來訪參賽)
            teams = [
                body
                for sent in _BODY_SENT_AS_TEAM.finditer(text)
                if sent.end(1) <= cut
                and self.lex.org_kind(sent.group(1)) not in _GOVERNMENT_KINDS
                and (body := self._outside_body(sent.group(1))) is not None
            ]
            return before + named + teams
        referred = _THAT_BODY.search(text[:cut])
        body = referred and self._body_named_last(clause, referred.start(), referred.group(1))
        if body:
            return [body]  # 獲對方允諾將由該局執行長親自與會: the body named last
        troupe = _THAT_TROUPE.search(text[:cut])
        body = troupe and self._troupe_named_last(clause, troupe.start())
        if body:
            return [body]  # 由該團與本市學生樂團同台演出: the troupe named last
        known = self._known_body_opening(_DATE_PREFIX.sub("", text[:cut]))
        if known is not None:  # 某高中管樂隊於6月9日參加大遊行演出: the body read before
            return [known]
        asked = self._asked_to_come
        if (
            asked is not None
            and (asked[0], asked[1] + 1) == (clause.sentence.start, clause.start)
            and _NO_SUBJECT.fullmatch(text[:cut])
        ):
            # 本府邀請某會派員來訪，出席…論壇並分享…: those asked to come do what follows
            return asked[2]
        lent = self._lent_subject(clause)
        # (參加本府民政局…舉辦之「…」: the city named after the verb holds what they join)
        if lent and not self._home_acts(text[:cut]):
            came = self._people_coming_before(clause, sentence_norm)
            if came and _NO_SUBJECT.fullmatch(text[:cut]):
                return came  # 某市副市長某某來訪，出席燈會活動: he attended, not his city
            return lent + self._named_in_bare_clause_before(clause, sentence_norm)
        if (
            self._home_acts(text)
            or _SENDS_OR_LEADS.search(text)
            or (self._home_acts(sentence_norm) and not lent)  # 赴某市，出席由該市主辦之…
        ):
            return self._home_side_sent(sentence_norm)
        if self._home_trip_told(clause):  # 6月8日至11日於某市參加「…」: the delegation's stop
            leader = self._trip_leader(clause)  # (and its leader named in full)
            return [self.home, leader] if leader else [self.home]
        if clause.sentence.is_heading and _BARE_JOIN.match(text):
            # 「(一)線上出席某市「…大會」」, 「2.受邀參加…」: a heading of the chapter's
            # own activities whose verb has no subject speaks of the city
            return [self.home]
        entry_person = self.entry_people.get(clause.sentence.section)
        if not self.state.subject and entry_person and _NO_SUBJECT.fullmatch(text[:cut]):
            # 金大使…特地南下，出席「…」開幕典禮: in a register's entry, its person
            return [entry_person]
        return self.state.subject

    def _known_body_opening(self, words: str) -> str | None:
        """The organization read before whose name opens `words` (the longest), when a
        clause opens with it as its subject (某高中管樂隊於6月9日參加…); or the one troupe
        or team `words` name again by the end of its name (偕同高雄市某某國樂團…；國樂團
        參加…)."""
        found = [
            (len(name), e.id)
            for e in self.facts.entities.values()
            if e.label == Label.ORGANIZATION
            for name in (normalize(e.name_zh), *map(normalize, e.aliases))
            if len(name) >= 4 and words.startswith(name)
        ]
        if found:
            return max(found)[1]
        again = {
            e.id
            for e in self.facts.entities.values()
            if e.label == Label.ORGANIZATION
            and e.properties.get("kind") in _TROUPE_KINDS
            and len(words) >= 3
            and normalize(e.name_zh).endswith(words)
        }
        return again.pop() if len(again) == 1 else None

    def _places_taking_part(self, clause: Clause, cut: int) -> list[str]:
        """The cities named before the verb at `cut` (or the bodies whose names they
        open, by their people), not those inviting, holding the event, gone to, or the
        seat inside a body's name."""
        text = clause.norm
        # 應某市之邀出席…: the place inviting is no guest
        inviting = [m.span(1) for m in _INVITED_BY.finditer(text[:cut])]
        # (甲市、關島、乙市等三地代表隊: a country listed among cities, its city-state)
        places = [
            (start, end, self._city_state(pid) or pid)
            if self._country_listed_among_cities(clause, start, end, pid)
            else (start, end, pid)
            for start, end, pid in clause.places
        ]
        before = [
            self._delegates_body(text, start, end, cut) or pid
            for start, end, pid in places
            if start < cut
            and not any(a <= start < b for a, b in inviting)
            and pid != self.home
            and self.facts.label_of(pid) == Label.CITY
            and not self._hosts_event(clause, start, end)
            and not _GONE_TO.search(text[:start])  # 赴姊妹市某某市參加…: where, not who
            and not self._venue_opening(clause, start)  # 於某市參加…: where, not who
            # 與某市洽商締結…、籌組代表團參加…: the partner of another doing, not who joins
            and not self._partner_of_other_doing(clause, start, end, cut)
            # 某國交流協會台北事務所代表王大明出席: the seat in a body's name is no party
            and not self._seat_inside_name(text, start, end)
        ]
        before += [  # 某市議會代表亦連線參與: a body whose name a place opens, by its people
            body
            for mention in self._place_mentions(text[:cut])
            if self._names_organization(text, mention)
            and not self._seat_inside_name(text, mention.start, mention.end)
            and (body := self._delegates_body(text, mention.start, mention.end, cut))
        ]
        return before

    @staticmethod
    def _venue_opening(clause: Clause, start: int) -> bool:
        """Whether the place at `start` (with any country written before it) is where
        the clause, which opens with it, says its subject was (6月8日至11日於美國某市
        參加「…」)."""
        at = start
        for s, e, _ in sorted(clause.places, reverse=True):
            at = s if e == at else at
        return bool(_WHERE_OPENING.match(_DATE_PREFIX.sub("", clause.norm[:at])))

    def _partner_of_other_doing(self, clause: Clause, start: int, end: int, cut: int) -> bool:
        """Whether the place at `start:end` follows 與 (maybe after its country) and the
        words up to the joining verb at `cut` do another thing with it first: talks or a
        tie (與某市洽商締結姊妹市協定、籌組代表團參加…)."""
        text = clause.norm
        at = start
        for s, e, _ in sorted(clause.places, reverse=True):
            at = s if e == at else at
        opening = self._place_mentions(text[:at])
        while opening and opening[-1].end == at and opening[-1].place.label == "Country":
            at = opening.pop().start
        if not text[:at].endswith("與"):
            return False
        between = text[end:cut]
        return bool(_NEGOTIATING.search(between) or _TIE_MAKING.search(between))

    def _lent_subject(self, clause: Clause) -> list[str]:
        """The subject the reader remembers, less a host lent as the subject of its own
        event (「…」將於某市舉行，…接獲主辦城市某市之邀請，規劃由…率團與會)."""
        events = [e for _, _, e in clause.events] or [
            self._invited_to(clause) or self.state.event or ""
        ]
        # 應某市之邀，…赴某市，參加…: the place asking is no subject of what follows
        asking = set(self._inviters(clause.sentence.norm[: clause.start]))
        # 應某市某協會之邀，…赴某市參加…: nor the city of the body asking
        asking |= {c for a in asking if (c := self._city_located_in(a)) and c != self.home}
        return [
            p
            for p in self.state.subject
            if p not in asking and not any(self._hosts(p, e) for e in events)
        ]

    def _people_coming_before(self, clause: Clause, sentence_norm: str) -> list[str]:
        """The people the clause right before names as coming alone, its only verb
        (某市副市長某某來訪, 某某抵高), who are the subject of the clause after it; none
        where they lead a group or act otherwise before coming (率團抵高:
        _group_leader_and_city), or come as a group (某某等一行9人來訪: their place's)."""
        before = _CLAUSE_BREAK.split(sentence_norm[: clause.start].rstrip(",;，；"))[-1]
        come = _COME.search(before)
        acts = _VERB.search(before)
        if come is None or (acts is not None and acts.start() < come.start()):
            return []
        if _COMING_AS_GROUP.search(before[: come.start()]):
            return []
        return [pid for name, pid in self.people.items() if name in before[: come.start()]]

    def _named_in_bare_clause_before(self, clause: Clause, sentence_norm: str) -> list[str]:
        """「另該縣某知事與某某市某市長，將於…共同組團參加…」: the clause before, a bare
        subject naming people with their places (no verb of its own), lends them too; so
        does the sentence's opening one past clauses with no subject of their own
        (「某市長王大明，率市府訪問團一行12人，於2月24日抵高，出席「…」開幕典禮」)."""
        parts = _CLAUSE_BREAK.split(sentence_norm[: clause.start].rstrip(",;，；"))
        for index, before_clause in enumerate(reversed(parts)):
            acts = [
                m.start() for m in (_VERB.search(before_clause), _COME.search(before_clause)) if m
            ]
            head = before_clause[: min(acts)] if acts else before_clause
            told = head if acts else self._parties_told(before_clause, len(before_clause))
            people = [pid for name, pid in self.people.items() if name in told]
            if people or self._place_mentions(head) or self._home_acts(head):
                # (the clause right before, with a verb and a subject of its own, lends
                # no one: 王大明市長率團抵高，…)
                return people if not acts or index else []
        return []

    def _home_side_sent(self, sentence_norm: str) -> list[str]:
        """The city's side taking part: the school troupe it led or sent (…國小原住民
        舞蹈團, …國小太鼓隊, then a verb: 以預錄影片方式參與, 前往某市), with the city
        when it led or sent it (「由本府某副秘書長率領本市某國小舞蹈團，參加…」); else
        who acts for the city in the sentence."""
        body = _HOME_SCHOOL_TROUPE.search(sentence_norm)
        body = body or _BY_PUBLIC_UNIVERSITY.search(sentence_norm)
        led = _HOME_LEADS_OR_SENDS.search(sentence_norm)
        if body:
            return [self.home] * bool(led) + [self._home_body(body.group(1))]
        # 某市國樂團應邀，由某處長率領…參加: the city's delegation and its troupe; a body
        # going with it (本府某局會同某協會…赴某地參加): that body too
        return [
            self._home_actor(sentence_norm),
            *self._home_troupes(sentence_norm),
            *self._bodies_along(sentence_norm),
        ]

    def _parties_told(self, text: str, cut: int) -> str:
        """The words before the verb that name who took part: 「某市則因市長王大明適逢
        議會開議，未克出席」 gives a reason after the party; the people it names are no
        parties of their own; nor is one acted for (本府秘書長代表王大明市長出席: the
        secretary-general went, not the mayor)."""
        for acting in _ACTING_FOR.finditer(text, 0, cut):
            at = acting.end()
            # a name and its title right after (not 某事務所代表某某等: 代表 the title)
            if any(
                text.startswith(name, at) and self.lex.titles_at(text, at + len(name))
                for name in self.people
            ):
                cut = acting.start()
                break
        because = _BECAUSE.search(text, 0, cut)
        if because is None or not self._place_mentions(text[: because.start()]):
            return text[:cut]
        return text[: because.start()]

    def _inferred_years(self, actor: str, event_id: str, sentence: Sentence) -> None:
        """「每年都派代表團」 since a year: one inferred participation per earlier year."""
        since = self.state.since_year or self._since_told_before(event_id)
        year = edition_year(event_id)
        if not since or since >= year:
            return
        series, event = event_id.rsplit(":", 1)[0], self.facts.entities[event_id]
        for past in range(since, year):
            past_id = f"{series}:{past}"
            props = {k: v for k, v in event.properties.items() if k in ("kind", "series")}
            self.facts.add_entity(
                past_id,
                Label.EVENT,
                event.name_zh.replace(str(year), str(past)),
                event.name_en.replace(str(year), str(past)),
                {**props, "year": past, "inferred": True},
            )
            self.facts.relate(
                RelType.EDITION_OF, past_id, str(props["series"]), sentence, inferred=True
            )
            self.facts.relate(
                RelType.PARTICIPATED_IN,
                actor,
                past_id,
                sentence,
                status=Attendance.ATTENDED,
                year=past,
                inferred=True,
            )

    def _since_told_before(self, event_id: str) -> int | None:
        """The year the sentence before (in the same section) tells the event has gone
        on since, naming it: 「某市燈會自94年起邀請姊妹市參加。甲市及乙市每年均派團與會」."""
        before = self.previous
        if before is None:
            return None
        since = find_since_year(before.norm, self.state.dates)
        event = self.facts.entities[event_id]
        series = self.facts.entities.get(str(event.properties.get("series", "")))
        names = {_EDITION_WRITTEN.sub("", normalize(event.name_zh))}
        if series is not None:
            entry = self.lex.series_for(series.name_zh)
            names |= set(entry.names if entry else ()) | {series.name_zh}
        told = any(len(name) >= 2 and name in before.norm for name in names)
        return since if told else None

    def _replying(self, clause: Clause) -> bool:
        """An item under 「…函邀各城市…，回覆情形如下：」 opening with a party (1、某市：已確認
        …, 4、某市：婉謝…): the party was invited; its reply, read by the participation
        rule, tells whether it comes. True when the clause opens such an item."""
        pending = self._reply_list
        sentence = clause.sentence
        item = self._section(sentence.section)
        if pending is None or item is None or clause.start != 0:
            return False
        invitation, event_id, sent_on = pending
        if item.parent != invitation.section or not item.is_item:
            if sentence.section != invitation.section:
                self._reply_list = None  # the list is over
            return False
        party = _ITEM_PARTY.match(sentence.norm)
        if party is None:
            return False
        year = edition_year(event_id)
        for start, _, pid in clause.places:
            if start >= party.end(1) or pid == self.home:
                continue
            self.facts.relate(
                RelType.INVITED,
                self.home,
                pid,
                sentence,
                [invitation],
                event=event_id,
                year=year,
                date=sent_on,
            )
            self.facts.relate(
                RelType.PARTICIPATED_IN,
                pid,
                event_id,
                sentence,
                status=Attendance.INVITED,
                year=year,
            )
        self.state.event = event_id
        return True

    def _collective_answered(self, clause: Clause) -> bool:
        """A clause listing the cities that answered an invitation to a class of them
        (「邀請各姊妹市組團參與，計有某市、某市等6個城市派團來高」): the city invited each
        city listed. True when the clause was read so."""
        pending = self._collective
        if pending is None:
            return False
        if pending[0] != clause.sentence.start:
            return self._collective_replied(clause)
        listed = _LISTED.match(_DATE_PREFIX.sub("", clause.norm))
        if listed is None:
            return False
        invited = self._invited_collectively(clause, listed.end(), len(clause.norm))
        # 計有甲協會、乙龍舟隊等4支外國隊伍 / 計有甲市、乙市等二個姊妹市及國內隊伍共二十八隊
        # 參賽: those listed are among the teams there
        if _TEAMS_COUNTED.search(clause.norm) or _ALL_CAME.search(clause.norm, listed.end()):
            for party in invited:
                self._took_part(party, pending[1], clause.sentence, edition_year(pending[1]))
        self._collective = None
        return False  # who took part is read by the participation rule

    def _collective_replied(self, clause: Clause) -> bool:
        """The sentences after an invitation to a class of cities, in its paragraph,
        telling their answers (「本府函邀各姊妹市參加「…」。截至12月底，某市及某市已回覆
        將組團參加；某市尚在評估中」): the city invited each city answering (the letter's
        sentence is evidence too). False: who takes part is read by the participation
        rule."""
        pending = self._collective
        sentence = clause.sentence
        letter = next((s for s in self.parsed.sentences if pending and s.start == pending[0]), None)
        if letter is None or (letter.section, letter.paragraph) != (
            sentence.section,
            sentence.paragraph,
        ):
            self._collective = None
            return False
        answer = _ANSWERS.search(clause.norm)
        joins = answer is not None and (
            _ANSWER_JOINS.search(clause.norm[answer.end() :].rstrip("。"))
            or any(at >= answer.end() for at, _, _ in clause.events)
        )
        if answer is not None and joins:
            self._invited_collectively(clause, 0, answer.start(), [letter])
        return False

    def _invited_collectively(
        self, clause: Clause, start: int, cut: int, also: Sequence[Sentence] = ()
    ) -> list[str]:
        """The cities and bodies written between `start` and `cut` were among those the
        pending invitation to a class of them asked (a place opening a body's name is the
        body's: 某縣龍舟協會). Returns them."""
        assert self._collective is not None
        _, event_id, sent_on = self._collective
        year = edition_year(event_id)
        items = [(start + s, start + e, b) for s, e, b in self._body_items(clause.norm[start:cut])]
        cities = [
            pid
            for at, _, pid in clause.places
            if start <= at < cut
            and pid != self.home
            and self.facts.label_of(pid) == Label.CITY
            and not any(s <= at < e for s, e, _ in items)
        ]
        invited = list(dict.fromkeys([*cities, *(body for _, _, body in items)]))
        for party in invited:
            self.facts.relate(
                RelType.INVITED,
                self.home,
                party,
                clause.sentence,
                also,
                event=event_id,
                year=year,
                date=sent_on,
            )
        return invited

    def _invitation_day(self, clause: Clause, invite: re.Match[str]) -> str | None:
        """The day the invitation went out, written before its verb (本府於11月間致函
        邀請); else, one made at a meeting (「9月12日與某市長會晤，…，並邀請該市組團
        參加」), the meeting's day (a stay of several days dates no one invitation)."""
        # (not the year in an event's name heading the item: 「七十六年某邀請賽」：擬邀請…)
        named = [(clause.start + start, clause.start + end) for start, end, _ in clause.events]
        sent_on = next(
            (
                self._done_in_period(clause, d)
                for d in clause.dates
                if d.text_end <= clause.start + invite.start()
                and not any(start <= d.text_start < end for start, end in named)
            ),
            None,
        )
        if sent_on is None and _MEET.search(clause.sentence.norm[: clause.start]):
            days = [d for d in clause.earlier_dates if d.precision == "day" and d.end is None]
            sent_on = days[-1].start if days else None
        if sent_on is None:
            sent_on = self._letter_day(clause)
        if sent_on is None and _HOME_ACTOR.match(clause.norm[: invite.start()]):
            sent_on = self._opening_day(clause)
        occasion = _ON_THIS_OCCASION.search(clause.sentence.norm[: clause.start + invite.start()])
        if sent_on is None and occasion:
            sent_on = self._occasion_day(clause, occasion.start())
        return sent_on

    def _occasion_day(self, clause: Clause, at: int) -> str | None:
        """The day or month of the occasion taken up at `at` (藉此機會): told before it in
        the same sentence (三月十五日，某市副市長來訪，本府藉此機會邀請…), else in the
        sentence before (某市副市長於二月間來訪…。本府也藉此機會…邀請…), the last such
        date read before, not a time a plan is told for (並告知該市將於十月舉辦…)."""
        own = [d for d in [*clause.earlier_dates, *clause.dates] if d.text_end <= at]
        told_in = clause.sentence if own else self.previous
        said = told_in.norm if told_in is not None else ""
        dated = [
            d
            for d in (own or self.state.dates_before)
            if d.precision in ("day", "month")
            and not (
                said[d.text_start : d.text_end] == normalize(d.text)
                and _TIME_PLANNED_BEFORE.search(said[: d.text_start])
            )
        ]
        return dated[-1].start if dated and dated[-1].end is None else None

    def _opening_day(self, clause: Clause, anywhere: bool = False) -> str | None:
        """The day a sentence opens with in a clause of its own, when `clause` follows
        it (11月15日，本府函邀…), or `anywhere` after it: the day of what the clause
        tells; or the month, or a part of it (本月上旬，本府接獲某市來函…)."""
        days = [
            d
            for d in clause.earlier_dates
            if d.text_start == 0 and d.precision in ("day", "month") and d.end is None
        ]
        opening = _CLAUSE_BREAK.split(clause.sentence.norm, maxsplit=1)[0]
        if not days or days[0].text_end != len(opening):
            return None
        if clause.start != len(opening) + 1 and not anywhere:
            return None
        return self._done_in_period(clause, days[0])

    @staticmethod
    def _item_day(clause: Clause) -> str | None:
        """The day of the item (a record card's date field), read as written before the
        sentence: the day of all it tells with no date of its own."""
        days = [d for d in clause.earlier_dates if d.text_start < 0 and d.precision == "day"]
        return days[0].start if days else None

    def _letter_day(self, clause: Clause) -> str | None:
        """The date of a letter a clause before sent (中旬，本府分函甲市、乙市，邀請各該市
        …; 5月3日致函某市，邀請…): the invitation it carried went out then."""
        letters = list(_BY_LETTER.finditer(clause.sentence.norm[: clause.start]))
        if not letters:
            return None
        dated = [d for d in clause.earlier_dates if d.text_end <= letters[-1].start()]
        return self._done_in_period(clause, dated[-1]) if dated else None

    def _done_in_period(self, clause: Clause, span: DateSpan) -> str:
        """「「…」訂於明年2月舉行，本府已於12月發函邀請…」: a month with no year of its
        own, told as already done, is in the report's months (of whichever of its years,
        for one crossing a year: 108年7月至109年6月), not in the year an earlier 明年 of
        the sentence set."""
        before = clause.sentence.norm[: span.text_start]
        period = self.period
        if (
            period is None
            or span.writes_year
            or span.precision == "year"
            or not _DONE_ON_END.search(before)
        ):
            return span.start
        for year in range(period.year, int(period.end[:4]) + 1):
            moved = f"{year}{span.start[4:]}"
            if period.start <= moved[:7] <= period.end:
                return moved
        return span.start

    def _invited_to_visit(self, clause: Clause, invite: re.Match[str]) -> list[str]:
        """「並邀請某某市長於疫情趨緩後訪高」, 「本府邀請某市明年組團來訪」, 「陳市長邀請
        某某市長擇期來高訪問」: an invitation to come to the city, with no event named,
        is the city's invitation of the people (else the cities) named between the verb
        and the coming; none of the city's own. The invitees."""
        text = clause.norm
        come = _COME.search(text, invite.end())
        span = text[invite.end() : come.start()] if come else ""
        # 面邀朴市長於11月率團來訪: one named before by surname and title is no official
        # of the city's acting, though written as one might be
        # 拜會某市長某某，當面邀請其於國慶期間來訪: the one the pronoun takes up
        taken_up = self._person_taken_up(clause, invite.end()) if come else None
        people = self._people_in(span) or ([taken_up] if taken_up else [])
        if come is None or (not people and self._home_acts(span)):
            return []
        # 邀請日本《某某新聞》及某國某報社記者來高: the bodies whose people come
        invitees = (
            people
            or self._bodies_listed(span)
            or [
                self._quoted_body_of(text, start, end) or pid  # 某市「某某保存會」: the body
                for start, end, pid in clause.places
                if invite.end() <= start < come.start()
                and pid != self.home
                and self.facts.label_of(pid) == Label.CITY
                and not _FOLK_OF_PLACE.match(text, end)
            ]
        )
        asking = text[: invite.start()]
        status = Attendance.PLANNED if _FUTURE.search(asking) else Attendance.INVITED
        sent_on = self._invitation_day(clause, invite)
        for invitee in dict.fromkeys(invitees):
            self.facts.relate(
                RelType.INVITED,
                self.home,
                invitee,
                clause.sentence,
                status=status,
                date=sent_on,
            )
        return list(dict.fromkeys(invitees))

    def _rule_invitation(self, clause: Clause) -> None:
        """The city inviting parties to events (本府邀請某市派團出席「…」): who was
        invited to what, when, by which hosts, and whether they came."""
        text = clause.norm
        if self._received_invitation(clause):
            return  # the city was invited, not the one inviting
        if self._invitation_conveyed(clause):
            return
        invite = _invite_outside_names(clause)
        passive = _INVITED_BY_HOME.search(text) or self._invited_by_home_official(text)
        if passive:
            self._invited_by_home(clause, passive.start())
            return
        if self._replying(clause) or self._collective_answered(clause):
            return
        if invite is None and self._awaited_event_named(clause):
            return
        if not invite or self._city_was_invited(text, invite):
            return
        if "應邀" in text:
            self._came_as_invited(clause)
            return
        events = self._events_invited_to(clause)
        if not events:
            asked_to_come = self._invited_to_visit(clause, invite)
            self._await_event(clause, invite, asked_to_come)
            return
        sent_on = self._invitation_day(clause, invite)
        invitees = self._invitees(clause, invite, _invitees_end(clause.norm, invite, events))
        if not invitees:
            self._invitees_told_later(clause, invite, events[-1][2], sent_on)
        status = self._invitation_status(clause, invite)
        self._record_invitations(clause, invite, events, invitees, status, sent_on)
        self._own_event_invited_to(clause, events)

    def _invitation_conveyed(self, clause: Clause) -> bool:
        """「某處長此行並轉達該市市長某某之邀請，盼陳市長…訪問該市」: the invitation of the
        one named, conveyed by a guest, is made to the city by the place or body whose
        title that one holds. True when read so. Not when the sentence goes on to ask
        the city to come (…之邀請，請本府於9月組團出席「…」): that request is the
        invitation, read with its event by the rules of invitations received."""
        conveyed = _INVITATION_CONVEYED.search(clause.norm)
        if conveyed is None:
            return False
        if conveyed.group(1).startswith("對"):
            return True  # 請其轉達對某市長之邀請: the city's invitation, sent by the guest
        if _INVITES_HOME.search(clause.sentence.norm, clause.start + conveyed.end()):
            return False
        start, end = (clause.start + at for at in conveyed.span(1))
        inviters = self._guests_own(clause.sentence, end, after=start)
        for inviter in inviters:
            self.facts.relate(RelType.INVITED, inviter, self.home, clause.sentence)
        return bool(inviters)

    def _await_event(self, clause: Clause, invite: re.Match[str], asked_to_come: list[str]) -> None:
        """An invitation that ends its clause with no event named, of cities (本府函邀姊妹市
        甲市、乙市及丙市，…) or to come (`asked_to_come`: 面邀某市長於11月率團來訪，…;
        函邀某市於10月組團來訪，…): the next clause may name the event
        (_awaited_event_named)."""
        text = clause.norm
        invitees = asked_to_come or [
            pid
            for start, _, pid in clause.places
            if start > invite.start()
            and pid != self.home
            and self.facts.label_of(pid) == Label.CITY
        ]
        if invitees and (asked_to_come or not _COME.search(text, invite.end())):
            end = clause.start + len(text)
            sent_on = self._invitation_day(clause, invite)
            self._invitation_awaiting = (clause.sentence.start, end, invitees, sent_on)

    def _awaited_event_named(self, clause: Clause) -> bool:
        """The clause right after an invitation naming no event, telling the invitees'
        joining the event it names (…，於明年端午節組隊來高參加「…」): they were invited
        to it, by its hosts. True if read so."""
        awaiting, self._invitation_awaiting = self._invitation_awaiting, None
        if awaiting is None or not clause.events:
            return False
        start, end, invitees, sent_on = awaiting
        if start != clause.sentence.start or end + 1 != clause.start:
            return False
        if self._held_at_home_next(clause):
            self._came_to_what_home_held(clause, invitees, sent_on)
            return True
        join = _join_told(clause.norm, 0)
        if join is None or join.start() > clause.events[0][0]:
            return False
        told = clause.norm[: join.start()]
        if _OWN_SUBJECT.search(told) or any(at < join.start() for at, _, _ in clause.places):
            return False  # …，兩市均於10月組隊來高參加「…」: what they did, told of them
        opening = _CLAUSE_OPENING.match(clause.norm)
        assert opening is not None  # (an empty pattern matches any clause)
        status = Attendance.INVITED
        self._record_invitations(clause, opening, clause.events, invitees, status, sent_on)
        self._own_event_invited_to(clause, clause.events)
        self._invitation_taken_up = (clause.sentence.start, clause.start)
        self._drop_invitations_without_event(clause, invitees)
        return True

    def _came_to_what_home_held(
        self, clause: Clause, invitees: list[str], sent_on: str | None
    ) -> None:
        """「邀請某某來高，於本府某局舉辦「…座談會」」: the invitees were invited to the
        event the city held, and, having come, attended it."""
        opening = _CLAUSE_OPENING.match(clause.norm)
        assert opening is not None  # (an empty pattern matches any clause)
        self._record_invitations(
            clause, opening, clause.events, invitees, Attendance.INVITED, sent_on
        )
        for invitee in invitees:
            for _, _, event_id in clause.events:
                self._took_part(invitee, event_id, clause.sentence, edition_year(event_id))
        self._drop_invitations_without_event(clause, invitees)

    def _held_at_home_next(self, clause: Clause) -> bool:
        """Whether the clause after an invitation to come, with no subject of its own,
        tells the city holding the event it names at its own venue (…來高，於本府某局
        舉辦「…」) as done: the invitees came to it; not when the sentence tells them kept
        away (惟某局長因颱風航班取消未能成行) or the plan put off (本府原訂於5月邀請某某
        來高，…，後因故延期): invited only."""
        held = _HELD_AT.match(_DATE_PREFIX.sub("", clause.norm))
        told = clause.sentence.norm
        return (
            held is not None
            and self._held_at_home(held.group())
            and not any(w.search(told) for w in (_FUTURE, _NOT_COMING, _KEPT_AWAY, _NOT_HELD))
        )

    def _drop_invitations_without_event(self, clause: Clause, invitees: list[str]) -> None:
        """The invitations to come the sentence told with no event (面邀某市長於11月率團
        來訪，…), now that its next clause names the event: one invitation, with it."""
        for key, relation in list(self.facts.relations.items()):
            if (
                relation.type == RelType.INVITED
                and relation.target in invitees
                and "event" not in relation.properties
                and told_only_in(relation, clause.sentence)
            ):
                del self.facts.relations[key]

    def _own_event_invited_to(self, clause: Clause, events: list[tuple[int, int, str]]) -> None:
        """An event named for the city (「2000高雄國際龍舟錦標賽」), or one its invitees
        are asked to come to the city to join (邀請某市組隊來高參加「…」), that the city
        invites others to, with no other host read, is the city's own (read again when
        its heading told it so: 邀請參加「…」 over 本府函邀…參加「…」, both tell it)."""
        hosted = {
            r.target
            for r in self.facts.relations.values()
            if r.type == RelType.HOSTED and r.source != self.home
        }
        for start, end, event_id in events:
            if event_id in hosted or end <= start:
                continue
            here = _COMES_HERE_TO_JOIN.search(clause.norm[:start])
            if here or self.home in self._places_in_name(clause.norm[start:end]):
                self.facts.relate(RelType.HOSTED, self.home, event_id, clause.sentence)

    def _rule_invited_by_outside(self, clause: Clause) -> None:
        """應某市之邀 / 受某管理局邀請 with the city's side the one asked (本府應某港務局之邀，
        由…赴…考察; 應某市之邀，陳副市長…訪問該市; 某市國樂團應某市之邀…): the inviter, a
        place or the outside body its name opens, is read here (so a later 該局 finds
        it); whether the city's side went the sentence's end tells
        (_invitations_received)."""
        for invited in _INVITED_BY.finditer(clause.norm):
            invitee = self._home_side_asked(clause, clause.norm[: invited.start()])
            inviter = self._inviter_written(clause, invited) if invitee else None
            if invitee and inviter:
                self.state.invited_by.append((inviter, invitee))

    def _home_side_asked(self, clause: Clause, before: str) -> str | None:
        """Who 應…之邀 tells was asked, from the words before it: the city where they are
        none or the city itself (本府應…, 應…之邀，陳副市長…), its troupe written there
        (某市國樂團應…); an item's heading before its colon (某市：應…) is none of them."""
        before = before.rsplit(":", 1)[-1]
        if _NO_SUBJECT.fullmatch(before) or _HOME_ACTOR.fullmatch(_ADVERB_TAIL.sub("", before)):
            return self.home
        return self._home_official_asked(before) or self._troupe_invited(clause.sentence.norm)

    def _home_official_asked(self, before: str) -> str | None:
        """The city's official named in full with his title before 應…之邀 (王大明市長應
        某市之邀): he is the one asked."""
        official = _NAME_THEN_HOME_TITLE.fullmatch(_DATE_PREFIX.sub("", before))
        pid = self.people.get(official.group(1)) if official else None
        return pid if pid is not None and self._of_home(pid) else None

    def _inviter_written(self, clause: Clause, invited: re.Match[str]) -> str | None:
        """The inviter written in 應…之邀: the outside body a place's name opens (某港務局),
        else the place, not a country (某市); or a body named with no place (某協會). A
        bureau whose whole name is the inviter (經某市港灣局邀請) is that bureau, not its
        city, as in _inviters."""
        bureau = self._outside_body_closing(invited.group(1))
        if bureau is not None and self.facts.entities[bureau].properties.get("kind") == "bureau":
            return bureau
        start, end = invited.span(1)
        # 應某某市長之邀: the city of the official named, where he holds his title
        for name, person in self.people.items():
            if name in invited.group(1) and not self._of_home(person):
                cities = self._city_of(person)
                if cities:
                    return cities[0]
        for p_start, p_end, pid in sorted(clause.places):
            if not start <= p_start < end or pid == self.home:
                continue
            body = self._body_named_from(clause.norm, p_start, p_end)
            if body is not None or self.facts.label_of(pid) == Label.COUNTRY:
                return body
            return pid
        return self._outside_body(invited.group(1))

    def _invitations_received(self, sentence: Sentence) -> None:
        """The invitations 應…之邀 told (_rule_invited_by_outside) whose invitee went, in
        the sentence, somewhere or to something: kept for the end of the reading
        (_record_invitations_received), when a later sentence may have read them with the
        event the trip was for."""
        for inviter, invitee in dict.fromkeys(self.state.invited_by):
            if any(
                r.type in (RelType.VISITED, RelType.PARTICIPATED_IN)
                and r.source == invitee
                and told_in(r, sentence)
                for r in self.facts.relations.values()
            ):
                self.invitations_received.append((sentence, inviter, invitee))

    def _record_invitations_received(self) -> None:
        """Each invitation kept by _invitations_received that no rule read with its event
        (an INVITED of its inviter and invitee quoting its sentence): one of its own."""
        for sentence, inviter, invitee in self.invitations_received:
            if not any(
                r.type == RelType.INVITED
                and (r.source, r.target) == (inviter, invitee)
                and told_in(r, sentence)
                for r in self.facts.relations.values()
            ):
                self.facts.relate(RelType.INVITED, inviter, invitee, sentence)

    @staticmethod
    def _city_was_invited(text: str, invite: re.Match[str]) -> bool:
        """Whether the inviting verb tells the city was invited (受邀, 應某市之邀, 受某市
        邀請參加), which is read as taking part, not as the city inviting."""
        if "受邀" in text:
            return True
        received = _INVITED_BY.search(text)
        return bool(received and received.start() < invite.start() < received.end())

    def _events_invited_to(self, clause: Clause) -> list[tuple[int, int, str]]:
        """The events the invitation is to: those the clause names, else the one named
        before in the sentence when invitees are asked to attend it or it is the city's
        own (本府於…舉辦「…論壇」，邀請某市、某市等城市參加; 邀請…姊妹市派員共襄盛舉),
        else the city's own event its item speaks of (「2.邀請姊妹市首長出席開幕典禮
        (1)本府致函邀請某市…首長率團出席」)."""
        text = clause.norm
        events = clause.events
        if (
            not events
            and self.state.sentence_events
            and (_ATTENDS.search(text) or self._home_hosts(self.state.sentence_events[-1]))
        ):
            events = [(len(text), len(text), self.state.sentence_events[-1])]
        elif (
            not events
            and not self.state.sentence_events
            and self.state.event is not None
            and self._home_hosts(self.state.event)
        ):
            events = [(len(text), len(text), self.state.event)]
        return events

    def _invitees(self, clause: Clause, invite: re.Match[str], first_event: int) -> list[str]:
        """Who is invited, between the verb and the event: the people named (邀請王大明
        市長出席「…」) or taken up (並邀請其率團參加), else the cities and bodies named
        (邀請某市港務局), else the places the sentence is about (訪問某市、某市，並邀請
        參加「…」)."""
        text = clause.norm
        if _EACH_OF_THOSE.match(text, invite.end()) and self.state.clause_places:
            # 本府分函甲市、乙市及丙市，邀請各該市…: each city the clause before named
            return list(self.state.clause_places)
        invitees = [
            self._body_named_from(text, start, end)
            or self._port_named_at(text, start, end)
            or self._city_state(pid)
            or pid
            for start, end, pid in clause.places
            if invite.start() < start < first_event
            and pid != self.home
            and (
                self.facts.label_of(pid) == Label.CITY
                or (
                    self._country_listed_among_cities(clause, start, end, pid)
                    and self._city_state(pid) is not None
                )
            )
            and not self._hosts_event(clause, start, end)
            and not _FOLK_OF_PLACE.match(text, end)  # 邀請當地業者: not the place
        ]
        bodies = self._bodies_listed(text[invite.end() : first_event])
        invitees += [body for body in bodies if body not in invitees]
        # 邀請王市長出席「…」, 並邀請其率團參加「…」: the person named before, or taken up
        taken_up = self._person_taken_up(clause, invite.end())
        people = self._people_in(text[invite.end() : first_event]) + [taken_up] * bool(taken_up)
        invitees = [p for p in people if p is not None] or invitees
        if not invitees and _INVITES_OTHERS.search(text):
            # 訪問…某甲、某乙及某丙等市，…，並邀請參加「2013某某高峰會」
            invitees = self.state.subject or self.state.clause_places
        return invitees

    def _city_state(self, pid: str) -> str | None:
        """The city a country listed among cities stands for, when one of its cities
        bears its name (新加坡 → 新加坡市), one that is a city (關島; not 墨西哥): a
        country is no party to invite (DESIGN §3)."""
        if self.facts.label_of(pid) != Label.COUNTRY or not is_city_state(pid.split(":")[-1]):
            return None  # (墨西哥 among cities: the country, not its capital 墨西哥市)
        country = self.facts.entities[pid]
        city = self.gaz.resolve(country.name_zh + "市", country=pid.split(":")[-1].upper())
        if city is None or city.label != "City":
            return None
        city_id = self.facts.place(city)
        self.facts.entities[city_id].merge_aliases([country.name_zh])  # as the text wrote it
        return city_id

    def _country_listed_among_cities(
        self, clause: Clause, start: int, end: int, country: str
    ) -> bool:
        """Whether the country at `start`-`end` is an item of a list of cities (函邀甲市、
        乙市及新加坡組隊參加): after 、 or 及 following a city, and ending its item (not
        日本 of 及日本某市, nor 菲律賓 of 、菲律賓某舞蹈團)."""
        if self.facts.label_of(country) != Label.COUNTRY:
            return False
        if not _LIST_ITEM_BREAK.fullmatch(clause.norm[start - 1 : start]):
            return False
        cities_before = [
            at
            for at, _, pid in clause.places
            if at < start and self.facts.label_of(pid) == Label.CITY
        ]
        if not (cities_before and _LIST_ITEM_ENDS.match(clause.norm, end)):
            return False
        # the list's rest up to what the listed are asked to do qualifies no noun by the
        # country (及韓國、日本之民間團體, 及美國派駐本市之官員, 及美國等地之代表)
        rest = _LISTED_ASKED_TO.split(clause.norm[end:], maxsplit=1)[0]
        return not _QUALIFIES_NOUN.search(rest)

    def _invitees_told_later(
        self, clause: Clause, invite: re.Match[str], event_id: str, sent_on: str | None
    ) -> None:
        """An invitation naming no invitee may be answered after it: 「發函邀請各姊妹市
        組團參與，計有某市、某市…派團來高」 (the clauses after it list the invitees), 「本府
        函邀國外城市首長率團觀賽，各城市回覆情形如下：1、某市：…」 (the items below open
        with them)."""
        if _COLLECTIVE.match(clause.norm, invite.end()) or _PEOPLE_BY_CLASS.match(
            clause.norm, invite.end()
        ):  # (邀請駐臺外交人員組隊參賽，計有某處、某所等8隊參加: those answering)
            self._collective = (clause.sentence.start, event_id, sent_on)
        if _REPLIES.search(clause.sentence.norm):
            self._reply_list = (clause.sentence, event_id, sent_on)

    @staticmethod
    def _invitation_status(clause: Clause, invite: re.Match[str]) -> Attendance:
        """An invitation still to be sent (將邀請, 規劃邀請) is PLANNED; one made for an
        event to come (邀請某市明年組團參加) is made (INVITED): the future words must come
        before the inviting verb. One the sentence tells is sent (將邀請某市…與會，目前已
        寄發邀請函) is made."""
        asking = clause.norm[: invite.start()]
        to_come = (_FUTURE.search(asking) and not _ALREADY_END.search(asking)) or (
            _FUTURE.search(clause.sentence.norm) and _WILL.search(asking)
        )
        # 擬邀請甲市…，並增邀乙市…: a further invitee joined to a planned invitation
        if clause.norm.startswith("並") and _planned_before(clause.sentence.norm[: clause.start]):
            to_come = to_come or not _ALREADY_END.search(asking)
        sent = _INVITATIONS_SENT.search(clause.sentence.norm, clause.start + invite.end())
        return Attendance.PLANNED if to_come and not sent else Attendance.INVITED

    def _record_invitations(
        self,
        clause: Clause,
        invite: re.Match[str],
        events: list[tuple[int, int, str]],
        invitees: list[str],
        status: Attendance,
        sent_on: str | None,
    ) -> None:
        """Each invitee invited to each event by each of its hosts, and its part in it:
        ATTENDED when told as all there or asked to speak at the city's event, held."""
        text = clause.norm
        co_held = bool(_CO_HOST.search(clause.sentence.norm[: clause.start]))
        asked = text + self._talk_after_coming(clause, invite)
        if status == Attendance.INVITED and _COME.search(text, invite.end()):
            self._asked_to_come = (clause.sentence.start, clause.start + len(text), invitees)
        for _, _, event_id in events:
            year = edition_year(event_id)
            # the city's own event, held, and the invitees told as all there (邀請某市及
            # 某市組隊來高，連同本市共M隊參賽; …，受邀城市均如期派團出席)
            came = status == Attendance.INVITED and self._all_came(clause, event_id, invite.end())
            spoke = status == Attendance.INVITED and self._spoke_when_asked(
                asked, invite.end(), event_id
            )
            inviters = self._inviting_hosts(event_id, co_held)
            # 兩市共同舉辦「…」，邀請…兩市交流團體代表參加: a host is no invitee of its own
            for invitee in [i for i in invitees if not self._hosts(i, event_id)]:
                came_too = status == Attendance.INVITED and self._invitee_sent(
                    clause, invitee, event_id
                )
                arrival = (
                    self._invited_group_arrival(clause, invitee, event_id)
                    if status == Attendance.INVITED
                    else None
                )
                came_too = came_too or arrival is not None
                for inviter in dict.fromkeys(inviters):
                    self.facts.relate(
                        RelType.INVITED,
                        inviter,
                        invitee,
                        clause.sentence,
                        event=event_id,
                        year=year,
                        status=status,
                        date=sent_on,
                    )
                if _THANKED_FOR.search(text[: invite.start()]):
                    continue  # 感謝本府於上半年邀請該市…參加「…」: recalled, no part told
                self._took_part(
                    invitee,
                    event_id,
                    clause.sentence,
                    year,
                    Attendance.ATTENDED if came or came_too or spoke else status,
                    _role(asked[invite.end() :]) if spoke else None,
                    # (a body asked to speak may be of Taiwan: where it came from is unknown,
                    # unless the invitation says it comes: 邀請某協會會員來高現場示範)
                    came=came
                    or came_too
                    or (spoke and self.facts.label_of(invitee) == Label.CITY)
                    or (spoke and bool(_COME.search(text, invite.end()))),
                    arrived=arrival or None,
                )

    @staticmethod
    def _talk_after_coming(clause: Clause, invite: re.Match[str]) -> str:
        """The clause after the clause's invitation to come, when it tells the talk given
        (特邀某某於6月5日至7日來高，以「某題」為題發表專題演講): joined to it by its
        break; "" otherwise."""
        if not _COME.search(clause.norm, invite.end()):
            return ""
        after = clause.sentence.norm[clause.start + len(clause.norm) :]
        parts = _CLAUSE_BREAK.split(after.lstrip(",;"), maxsplit=1)
        talk = parts[0] if parts and after[:1] == "," else ""
        return "," + talk if _TALK_AFTER_COMING.match(talk) else ""

    def _invitee_sent(self, clause: Clause, invitee: str, event_id: str) -> bool:
        """Whether a clause after the invitation, opening with the invitee named again
        (and no other place), tells it sent its people to the city's event, held (邀請
        某市組隊參賽，某市派遣40人代表隊來高)."""
        if not self._home_hosts(event_id) or self._after_period(event_id):
            return False
        said = clause.sentence.norm
        for part in _CLAUSE_BREAK.split(said[clause.start + len(clause.norm) :]):
            if any(words.search(part) for words in (_FUTURE, _NOT_HELD, _ABSENT, _UNDECIDED)):
                continue
            named = [m for m in self._place_mentions(part) if m.place.id != self.home_place.id]
            if not named or named[0].start != 0 or {m.place.id for m in named} != {invitee}:
                continue
            if _INVITEE_SENT.match(part, named[0].end):
                return True
        return False

    def _guest_taken_up_by_surname(self, clause: Clause, join: re.Match[str]) -> list[str]:
        """The one a clause opens with by surname and a title they were named with in
        full before (某國大使館參事范德華…；范參事專程自臺北南下參加): that person."""
        words = _DATE_PREFIX.sub("", clause.norm[: join.start()])
        return [
            pid
            for pid in self._by_surname_and_title(words[:_SURNAME_AND_TITLE_SPAN])
            if any(words.startswith(name[:1]) for name, same in self.people.items() if same == pid)
        ]

    def _named_as_origin(self, clause: Clause, party: str) -> bool:
        """Whether the clause names the place `party` only as where someone came from
        (自臺北南下, 從東京前來); 來自 tells who they are, the place taking part (來自
        甲市、乙市等城市代表…參加)."""
        named = [start for start, _, pid in clause.places if pid == party]
        return bool(named) and all(
            clause.norm[start - 1 : start] in _FROM_WORDS
            and not clause.norm[: start - 1].endswith(_COMING_FROM)
            for start in named
        )

    def _letter_handed_over(self, before: str) -> list[str]:
        """The place whose official's letter of invitation a guest hands over, told just
        before (總領事某某拜會市長，面交某市長邀請函，邀請本市…): that place invites, not
        the one who brought the letter."""
        handed = _LETTER_HANDED_OVER.search(before)
        if handed is None:
            return []
        named = [m.place for m in self._place_mentions(handed.group(1))]
        return [self.facts.place(named[-1])] if named else []

    def _invited_group_arrival(
        self, clause: Clause, invitee: str, event_id: str
    ) -> dict[str, object] | None:
        """The days the invited team or troupe came, where the words after the invitation
        take it up and tell its coming (邀請某市少年棒球隊來訪，該隊由領隊某某率隊職員
        二十人，於五月三日至七日來訪): None where they do not."""
        end = clause.start + len(clause.norm)
        rest = re.split(r"[;。]", clause.sentence.norm[end:], maxsplit=1)[0]
        if (
            self.facts.label_of(invitee) != Label.ORGANIZATION
            or not _THAT_GROUP_OPENING.match(rest)
            or not _COME.search(rest)
            or not self._home_hosts(event_id)
        ):
            return None
        days = [d for d in clause.later_dates if d.text_start < end + len(rest)][:1]
        return {"start": days[0].start, "end": days[0].end} if days else {}

    def _spoke_when_asked(self, text: str, invited_at: int, event_id: str) -> bool:
        """Bodies asked to play a part at the city's event, held (邀請某大學代表演講,
        邀請某公司等業界代表進行座談): they played it."""
        return (
            bool(_ASKED_TO_SPEAK.search(text, invited_at))
            and self._home_hosts(event_id)
            and not self._after_period(event_id)
        )

    def _inviting_hosts(self, event_id: str, co_held: bool) -> list[str]:
        """Who invites: the city, and with it each co-host of an event the sentence says
        is held together (本府與某市共同主辦「…」，邀請…)."""
        return [self.home] + [
            r.source
            for r in self.facts.relations.values()
            if co_held and r.type == RelType.HOSTED and r.target == event_id
        ]


def _join_told(text: str, start: int) -> re.Match[str] | None:
    """The first verb of joining in `text` from `start` that tells a taking part, not
    one a talk is about (洽談…參展事宜: _TALKS_ON), one qualifying a noun (出席大會之
    某市市長: _ATTENDING_QUALIFIES) nor one thanked for (感謝其出席…)."""
    for join in _JOIN.finditer(text, start):
        if _ATTENDING_QUALIFIES.match(text, join.end()):
            continue  # 與出席大會之某市市長會晤: who attended qualifies whom, no one joins
        if _AUDIENCE_AFTER.match(text, join.end()):
            continue  # 觀賞民眾逾六萬人次: the audience counted, no party joins
        if _SIGNING_CEREMONY.match(text, join.end()):
            continue  # 屆時將由兩市市長共同出席簽約儀式: the signing, no event joined
        if _THANKED_FOR.search(text[: join.start()]):
            continue  # 感謝其出席本市論壇: a past taking part recalled, of another event
        if not _TALKS_ON.search(text, 0, join.start()):
            return join
    return None


#: The words before a place that is where someone came from: 自臺北南下, 從東京前來.
_FROM_WORDS = ("自", "從")
#: The word before 自 telling where those named are from, not whence they set out (來自).
_COMING_FROM = "來"
#: A letter of invitation of a place's official, handed over (面交某市長邀請函, 轉交某市
#: 市長之邀請函): the place's name, with its official.
_LETTER_HANDED_OVER = re.compile(
    r"(?:面交|轉交|遞交|送交|轉達)([^,;。]{2,12}?)(?:市長|縣長|知事|首長)(?:之|的)?(?:邀請函|邀函)"
)
#: How far into a clause its opening surname and title may run (范參事, 史密斯副市長).
_SURNAME_AND_TITLE_SPAN = 8
#: A clause opening with the team or troupe just named, taken up (該隊由領隊某某…).
_THAT_GROUP_OPENING = re.compile(r"^,?(?:該|此)(?:隊|團|樂團|球隊|代表隊)")
#: An event told as held, written right after its name (…慶祝大會於某地隆重舉行, …於10月
#: 5日開幕).
_HELD_AFTER_NAME = re.compile(
    r"(?:已?(?:於|在)[^,;。]{1,16}?)?(?:隆重|盛大)?(?:舉行|舉辦|開幕|登場)"
)


def _invitees_end(text: str, invite: re.Match[str], events: list[tuple[int, int, str]]) -> int:
    """Where the invitees named after the inviting verb end: at the event named after
    them (邀請某市參加「…」), or, in an item headed by the event's name (「…」：擬邀請
    甲市、乙市代表隊參加), at the clause's end."""
    first = events[0]
    if first[1] <= invite.start() and text[first[1] : first[1] + 1] == ":":
        return len(text)
    return first[0]


def _invite_outside_names(clause: Clause) -> re.Match[str] | None:
    """The inviting verb, the first outside the events' names where one is (「某某邀請賽」：
    擬邀請甲市…: the 邀請 of 邀請賽 names the event, invites no one), else the first."""
    found = list(_INVITE.finditer(clause.norm))
    outside = [
        m for m in found if not any(start <= m.start() < end for start, end, _ in clause.events)
    ]
    return (outside or found or [None])[0]


def _planned_before(earlier: str) -> bool:
    """Whether the last invitation told in `earlier` is one still to be sent, the words
    of its own clause before its verb telling a time to come and nothing done (擬邀請,
    將邀請; not 本府已於11月發函邀請 after 「某燈會」訂於明年…)."""
    invites = list(_INVITE.finditer(earlier))
    if not invites:
        return False
    asking = _CLAUSE_BREAK.split(earlier[: invites[-1].start()])[-1]
    return bool(_FUTURE.search(asking) and "已" not in asking)
