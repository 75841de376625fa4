"""Taking part: for a verb of joining (參加, 出席, 派團…), who took part in which event,
with what status (attended, invited, planned) and part played, and the years a
「每年」 statement implies."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.model import Attendance, Label, RelType
from loaders.dates import find_since_year, is_recurring
from loaders.events import EventMention, edition_year, event_kind, find_events
from loaders.facts import told_in
from loaders.reading import normalize, rx
from loaders.rules.bodies import _TROUPE_KINDS
from loaders.rules.context import Clause
from loaders.rules.event_common import EventCommon
from loaders.rules.grammar import (
    _ABSENT,
    _ACTING_BODY_KINDS,
    _ADVERB_OPENING,
    _AFTER_TROUPE,
    _ATTEND,
    _ATTENDEE_LIST,
    _BODY,
    _CLAUSE_BREAK,
    _COME,
    _COMMITTED,
    _DATE_PREFIX,
    _DECLINED,
    _DELEGATION_KIND,
    _DRAWING,
    _EVENT_ANAPHOR,
    _GLOSS,
    _GONE_TO,
    _HOLD_VERB,
    _HOME,
    _HOME_ACTOR,
    _HOME_GOVERNMENT,
    _HOME_OFFICIAL,
    _INVITE,
    _INVITED_BY,
    _ITEM_NUMBER,
    _LEAD_BY,
    _LEADS_GROUP,
    _LEFT_FOR_HOME,
    _LIST_CLOSING_WORDS,
    _LIST_ITEM_BREAK,
    _NEXT_EDITION,
    _NO_SUBJECT,
    _NOT_HELD,
    _ORDINAL_NUMBER,
    _OTHER_PARTY_VERB,
    _PARENS,
    _PARTY_JOINER,
    _PROMOTING,
    _QUOTED_TEXT,
    _SEMICOLON,
    _SENT_PEOPLE,
    _TROUPE_WORD,
    _UNABLE,
    _VERB,
    _VIRTUAL,
    _role,
    occurrences,
)
from loaders.rules.home_parties import _GOVERNMENT_KINDS
from loaders.structure import Sentence

#: The run of Han characters ending a text (the name going on before a place).
_HAN_TAIL = rx(r"[\u4e00-\u9fff]+$")

#: A reason given for what a party did or did not do: 某市則因市長適逢…, 由於, 礙於
#: (not 因應, 因此, 因而, 原因).
_BECAUSE = rx(r"因為|由於|礙於|(?<!原)因(?!應|此|而)")

#: A body's staff sent, closing who leads (教育局派員, 某局指派人員): the body leads.
_STAFF_SENT = rx(r"(?:派|指派|派遣)(?:員|人員)$")

#: A clause with no subject of its own opening by leading a troupe or team (…一行15人來訪，
#: 率某某表演團參加…): the one named before led it.
_LEADS_TROUPE_OPENING = rx(r"^(?:並|亦|另|親自|親)?率[^,;。率]{1,10}?(?:團|隊)")

#: Words telling a group came, not a person alone (某某等一行9人, 某某率團, 代表團).
_COMING_AS_GROUP = rx(r"一行|等|團|率")

#: Acting for someone named next with a title (代表王大明市長出席): the one acted for is
#: not there (the caller checks for the name and title; 某事務所代表某某 is a title).
_ACTING_FOR = rx(r"代表(?=[\u4e00-\u9fff])")

#: Events of a kind, joined in general (參加國際會議及活動共11團次, 出席各項國際會議,
#: 協助對方廠商參加當地商展, 參加各地展覽): no event spoken of.
_GENERIC_EVENTS = rx(
    r"(?:各項|各類|各種|相關)?國際(?:會議|活動|會展|研討會|賽事)"
    r"|(?:當地|各地|兩地|國外)(?:之|的)?(?:商展|展覽|會展|展售會|博覽會)(?!「)"
)

#: A celebration of an occasion joined, named after the verb with no quotes (並應邀參加國慶
#: 慶祝活動, 出席元旦慶祝大會): its own, not the event the text spoke of (該慶祝活動 is).
_CELEBRATION_JOINED = rx(r"(?!該|此|上述|前述)[\u4e00-\u9fff]{1,8}?(?:慶祝活動|慶祝大會|慶典)")

#: A description of the event written between a verb of attending and its name, with
#: no verb or party of its own (全球最大數位遊戲展「…」, 亞洲規模最大之年度盛會「…」,
#: 國際知名的「…」, 每年一度的音樂盛事「…」): the verb still governs the event.
_EVENT_DESCRIPTION = rx(
    r"(?:(?!" + _OTHER_PARTY_VERB + r"|並|暨|及|與|" + _PROMOTING + r"|簽|拜會|訪)"
    r"[^,;、「」]){1,20}"
)

#: How a description of an event ends: an attributive particle or a noun of a gathering
#: (an event's own ending, 遊戲展, 論壇, is read from the lexicon).
_DESCRIPTION_END = rx(r"(?:之|的|盛會|盛事|盛典|饗宴)$")

_PEOPLE_SENT = rx(_SENT_PEOPLE)

#: What follows a team's or troupe's name when it comes as a party: who led it, or its
#: number (某市少年棒球隊由某某帶隊, 某某舞蹈團一行20人).
_TEAM_LED = rx(r"(?:亦|也|則|並)?(?:由|率|帶隊|一行)")

#: The people a body is there through, unnamed, after its name: 代表, 人員, 官員, 代表團.
_BODY_PEOPLE = rx(r"(?:代表團|代表|人員|官員|主管|幹部)+$")

#: What may stand between 參加 and the event it governs: who holds it, or where.
_HELD_BY = rx(
    # 該市於8月舉辦之「…」, 由該市主辦之「…」
    # 由某市與某州共同主辦之「…」: hosts joined by 與/及/、 (the places removed)
    # 本府民政局於某某公園舉辦之「…」: the host, then the venue (a place or not)
    r"(?:每年|今年|本年|明年)?(?:由)?(?:[與及和、])*"
    rf"(?:{_HOME_GOVERNMENT}?[\u4e00-\u9fff]{{0,10}}?{_BODY})?"
    rf"(?:(?:於|在)(?:(?!{_OTHER_PARTY_VERB})[^,;「」]){{0,12}}?)?"
    rf"(?:[\u4e00-\u9fff]{{0,10}}?{_BODY})?"
    # (…主辦之第3屆「…」, 主辦之首屆「…」: the edition before the name)
    r"(?:所)?(?:共同|聯合)?(?:" + _HOLD_VERB + r"|辦理|合辦)(?:之|的)?(?:第\d+屆|首屆)?"
)

#: Any short attributive ending in holding before the event: XYZ亞太區主辦之「…」,
#: 睽違N年重新舉辦之「…」, 本府與某協會合辦之「…」 (no other verb of taking part or going in
#: it).
_HELD_BY_ANYONE = rx(
    rf"(?:(?!{_OTHER_PARTY_VERB})[^,;「」]){{1,16}}?"
    r"(?:" + _HOLD_VERB + r"|合辦)(?:之|的)(?:第\d+屆|首屆)?"
)

_THAT_BODY = rx(r"該(" + _ACTING_BODY_KINDS + r"|會(?!議|場|中|期|後))")

#: A troupe referred to (由該團與…同台演出): the troupe named last.
_THAT_TROUPE = rx(r"該團(?!體)")

#: A meeting about an event, written after its series' bare name (高雄燈會檢討會, 燈會
#: 行前記者會, 燈會籌備會議): a meeting of its own, not the event.
_MEETING_ABOUT_EVENT = rx(
    r"[^,;。「」]{0,4}?(?:(?:檢討|籌備|協調|工作|行前|說明|記者|座談|成果|聯繫)會|會議)"
)

#: An edition named by its year relative to the sentence's (明年之, 今年的, 下屆) or by its
#: ordinal written before the quoted name (第100屆「某某節」, 首屆「某某論壇」).
_WHICH_EDITION = rx(
    r"(?:今年|本年|去年|本屆|該屆|"
    + _NEXT_EDITION
    + r")度?(?:之|的)?|(?:第"
    + _ORDINAL_NUMBER
    + r"屆|首屆)(?:之|的)?"
)

#: A later edition than the one spoken of: 將於明年度…組團參加, 下屆再派員出席, 來年.
_LATER_EDITION = rx(_NEXT_EDITION + r"|來年|後年|下年度")

#: A heading opening with its verb, after the item's number and a manner or the
#: passive (線上, 組團, 派員, 受邀): 「(二)受邀出席…」, 「3.組團參加…」.
_BARE_JOIN = rx(
    r"^(?:" + _ITEM_NUMBER + r")?(?:線上|視訊|實體|組團|派員|派團|受邀|獲邀|應邀)?"
    r"(?:" + _ATTEND + r")"
)

#: The opening of a clause telling where its (unnamed) subject was: 於某市參加…,
#: 隨後在某市出席… (after any date): the place named next is where, not who.
_WHERE_OPENING = rx(r"^(?:並|隨後|續|亦)?(?:於|在)$")

#: Being there in person, said against others online: 實體出席, 現場與會, 親自出席, 親臨.
_IN_PERSON = rx(r"(?:實體|現場|親自|親赴|親臨)(?:" + _ATTEND + r"|者|人員)?")

#: A verb of joining qualifying those who attended, named after it: 與會之國內學者,
#: 出席的貴賓, 參加者.
_QUALIFYING_ATTENDEES = rx(r"(?:之|的|者)")
#: Or a head count of them by who they are, right after the verb (參與學生逾600人, 出席
#: 學員約120人; not 參與人數逾600人, a tally of all, the parties told before among them).
_ATTENDEES_COUNTED = rx(
    r"(?!人數)[\u4e00-\u9fff]{1,4}?(?:約|逾|共|計|達|超過)?"
    r"(?:\d+|[一二三四五六七八九十百千兩]+)(?:餘|多)?(?:人|位|名)"
)

#: Adverbs closing a name before the people it sends (某財團均派員, 某協會亦派員).
_ADVERBS_CLOSING = rx(r"(?:亦|也|並|則|均|皆|都|另|分別|各)+$")

#: This year's part told not taken, after a yearly one (惟今年因疫情未能來台, 本年因故
#: 暫停組團): the yearly part is of the years before only.
_THIS_YEAR_NOT = rx(
    r"(?:今年|本年)(?:度)?[^,;。]{0,12}?(?:" + _UNABLE + r"|暫停|停止|取消|暫緩|停辦)"
)

#: The city named as the owner of the event right after the verb (參加本市燈會, 出席本市
#: 之「…」): the city is its host, and the verb still governs the event.
_HOME_AS_OWNER = rx("^" + _HOME + r"(?:之|的)?")

#: An event's edition written in its name: its year or its ordinal (2015某市燈會, 第3屆).
_EDITION_WRITTEN = rx(r"\d|屆")

#: A body a place sends as its team (某市由某龍舟協會組隊來訪參賽, 某市亦派出某划船協會
#: 船隊參加): the body, which took part for it.
_BODY_SENT_AS_TEAM = rx(r"(?:由|派出|派遣)([\u4e00-\u9fff]{3,20}?)(?:組隊|組團|船隊|代表隊|隊伍)")

#: Sending or leading: 派員, 組團, 率, and sending people counted (各派一人, 派二名).
_SENDS_OR_LEADS = rx(r"派員|組團|率|派[一二兩三四五\d]{1,2}(?:人|名)")

#: The first time: 第一次, 首次, 首度.
_FIRST_TIME = rx(r"第一次|首次|首度")

#: A home school or its troupe or class: 本市某國小, 本市某國小原住民舞蹈團, 本市某國中
#: 舞蹈班 (then a verb: 以…, 前往…, or its members: 師生一行); not its pupils (本市推薦
#: 大學生參加: students, no school named).
_HOME_SCHOOL_TROUPE = rx(
    r"本市([^,。]{2,12}?(?:大學|學院|高中|國中|國小|中學|高商|高工|高職|高農|家商)(?!生)"
    rf"(?:[\u4e00-\u9fff]{{0,6}}?{_TROUPE_WORD}(?=[^\u4e00-\u9fff]|$|{_AFTER_TROUPE.pattern}))?)"
)

#: A national or municipal university sending its own: 由國立某某大學, 由市立某某學院.
_BY_PUBLIC_UNIVERSITY = rx(r"由((?:國立|市立)[^,。]{2,10}?(?:大學|學院))")

#: The city leading or sending: 由本府某副秘書長率領, 本府安排, 市府指派; the days may
#: stand between the official and the verb (本府李副市長於9月3日至6日率領…).
_HOME_LEADS_OR_SENDS = rx(
    r"(?:由" + _HOME + "|" + _HOME_GOVERNMENT + r")[^,]{0,10}?(?:於[^,]{2,12}?[日月旬])?"
    r"(?:率|安排|派|指派|推薦|遴選)"
)


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


#: Going along with another body's delegation: 隨同某港務局代表團, 隨同某協會訪問團.
_DELEGATION_ALONG = rx(r"隨同([^,;。、與及和]{2,24}?)(?:之)?(?:代表團|訪問團|考察團)")


#: The host named right before the event it holds: 該市主辦之「…」, 某市舉辦的「…」.
_HOST_BEFORE_EVENT = rx(r"(?:主辦|舉辦)(?:之|的)$")


class TakingPartRules(EventCommon):
    """Who took part in the events a verb of joining names, and how."""

    def _delegates_body(self, text: str, start: int, end: int, cut: int) -> str | None:
        """The body whose people the place at `start:end` opens a name of (某市議會代表亦
        連線參與, 某市觀光協會人員出席, 某市立大學師生參加), or the team or troupe it opens
        the name of, then who led it (某市少年棒球隊由某某帶隊來訪參賽): the body takes
        part, not its city; None for the city's own people (某市代表) or a bureau, which
        acts for it."""
        run = _PARTY_JOINER.split(text[start:cut], maxsplit=1)[0]
        people = _PEOPLE_SENT.search(run, end - start)
        if people is not None:
            # (某財團均派員: the adverb after the name no part of it)
            return self._body_beyond(_ADVERBS_CLOSING.sub("", run[: people.start()]), end - start)
        led = _TEAM_LED.search(run, end - start)
        team = run[: led.start()] if led else ""
        if self.lex.org_kind(team) in _TROUPE_KINDS:
            return self._body_beyond(team, end - start)
        # 甲市教育委員會及乙市某財團均派員來高與會: the people sent, written once after a
        # list of bodies, are each body's
        if _PEOPLE_SENT.search(text, start + len(run), cut):
            return self._body_beyond(run, end - start)
        return None

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

    def _bureau_leads(self, leader: str | None) -> bool:
        """Whether the one leading is one of the city's bureaus, by its staff (由教育局
        派員帶隊): the city takes part through it."""
        if not leader:
            return False
        return self.lex.home_org(_STAFF_SENT.sub("", leader)) is not None

    @staticmethod
    def _attendees_told_after(clause: Clause, join: re.Match[str]) -> bool:
        """Whether the verb of joining opens the clause and qualifies those who attended,
        named or counted after it (與會之國內學者逾200人, 出席的貴賓有…, 參與學生逾600人)."""
        return not _DATE_PREFIX.sub("", clause.norm[: join.start()]) and bool(
            _QUALIFYING_ATTENDEES.match(clause.norm, join.end())
            or _ATTENDEES_COUNTED.match(clause.norm, join.end())
        )

    def _party_named_after(self, clause: Clause, party: str, at: int) -> bool:
        """Whether `party` is named in the clause after `at` (a place, or a person)."""
        if any(start >= at and pid == party for start, _, pid in clause.places):
            return True
        return any(pid == party and name in clause.norm[at:] for name, pid in self.people.items())

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
        come = _COME.search(before)
        if event_id is None or not come or self._home_hosts(event_id):
            return False
        if _INVITE.search(before, come.end()):
            return False  # 某市副市長來訪，並邀請本府…參加「…」，本府將派員出席: the one invited to
        return self._host_told(event_id)

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
        # 每年均組團參加本市燈會，惟今年因疫情未能來台: the years before, not this one
        skipped = yearly_only and _THIS_YEAR_NOT.search(
            clause.sentence.norm, clause.start + len(clause.norm)
        )
        if not habit and not skipped:
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
            return TakingPartRules._stay_told_after(clause)
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

    def _leads_into(self, clause: Clause, verb_end: int, event_start: int) -> bool:
        """Whether only the event's host place stands between a verb and the event
        (參加日本某都某某市「某某祭」), so the verb governs the event."""
        gap = list(clause.norm[verb_end:event_start])
        for start, end, _ in clause.places:
            for i in range(max(start, verb_end), min(end, event_start)):
                gap[i - verb_end] = ""
        rest = _HOME_AS_OWNER.sub("", "".join(gap).replace("姊妹市", ""))
        # 參加美國某市港務局主辦之「…」, 出席該市主辦之「…」, 參加於日本某某市舉行之「…」:
        # an attributive 「(host) 主辦之 / 於(venue)舉行之」 still leaves the verb governing it
        # 出席明年之某市燈會, 參加今年的某某節: the edition named by its year
        return len(rest) <= 1 or bool(
            _HELD_BY.fullmatch(rest)
            or _WHICH_EDITION.fullmatch(rest)
            or _HELD_BY_ANYONE.fullmatch(_PARENS.sub("", rest))
            or _describes_event(rest)
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
