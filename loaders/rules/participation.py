"""Events: who hosted, who took part and who was invited. The reader of taking part
sorts each clause (an invitation received, a roster of teams, a verb of joining…)
and hands it on; the hosting, invitation, taking-part and answer readers are the
mixins it is made of."""

from __future__ import annotations

import re

from graph.model import Attendance, RelType
from loaders.dates import is_recurring
from loaders.events import edition_year, event_suffixes
from loaders.reading import normalize, rx
from loaders.rules.answers import AnswerRules
from loaders.rules.context import FIRST_PERSON, Clause, in_quoted_speech
from loaders.rules.event_common import _join_told
from loaders.rules.grammar import (
    _ABSENT,
    _ACCOMPANIES,
    _ALL_CAME,
    _ASKED_TO_BRING,
    _ATTEND,
    _ATTENDEE_LIST,
    _CANCELLED,
    _CLAUSE_BREAK,
    _COME,
    _COMMITTED,
    _DATE_PREFIX,
    _DECLINED,
    _EDITION_OPENING,
    _EVENT_PERIOD,
    _FUTURE,
    _HOME_NAMES,
    _HOME_TITLE,
    _INVITE,
    _INVITED_BY,
    _ITEM_NUMBER,
    _JOIN,
    _LISTED,
    _NEXT_DAY,
    _NOT_COMING,
    _NOT_HELD,
    _PERFORMED_AT,
    _PERFORMED_IN_NAMED,
    _PERFORMER_PART,
    _PLAN_FIRST,
    _QUOTED_TEXT,
    _TEAMS_COUNTED,
    _TIE_MAKING,
    _TRIP_CALLED_OFF,
    _UNDECIDED,
    _role,
)
from loaders.rules.hosting import HostingRules
from loaders.rules.invitations import InvitationRules
from loaders.rules.taking_part import TakingPartRules

#: Talks whose topic runs on to the verb after (洽談燈會花車參展事宜, 研商參加明年博覽會):
#: the taking part is what is talked about, not done; not after the talk (討論後出席…,
#: 洽談並參加…).
#: Talks on the city's own taking part in an event (商談本市參加「…」相關事宜, 洽談本府
#: 組團出席「…」事宜): its part is planned.
_HOME_JOINING_TALKED_OF = rx(
    r"(?:洽談|洽商|研商|商討|討論|磋商|商談)(?:本市|本府)(?:組團|派員|派團)?(?:參加|參與|出席)(?=「)"
)

#: Going round what is named next (參觀「2025某市燈會」, 觀摩某某博覽會): attending it when
#: it is an event.
_TOURS = rx(r"(?:參觀|觀摩)(?:了)?$")

#: Performing at a part of the event spoken of, not named (於開幕典禮及元宵節當晚在某河畔
#: 演出…, 在閉幕晚會表演, 在某節大遊行中演出): taking part in that event.
_PERFORMED_AT_PART = rx(
    r"^(?:並|亦|也)?(?:於|在)[^,;。「」]{0,12}?(?:開幕|閉幕|晚會|典禮|當晚|當天|期間|遊行)"
    r"[^,;。「」]{0,10}?(?:" + _PERFORMER_PART.pattern + ")"
)

#: A heading over a list of the people who played a part at an event: 主要講者：,
#: 與談人如下：, 受邀表演團體：.
_ROLE_LIST_HEADING = rx(
    r"^(?:主要|特邀|受邀|專題)?(?:講者|主講人|講師|演講者|與談人|表演團體|演出團體)"
    r"(?:名單)?(?:如下|如次)?[:]?$"
)

#: The clause's words before its verb telling who went along with its subject (由本府
#: 觀光局長某某陪同出席…): the subject, told before, is the one who goes.
_ESCORT_BEFORE_VERB = rx(r"^(?:並|亦)?由[^,;。]{1,20}?" + _ACCOMPANIES.pattern + r"$")

#: A trip not made that is no coming to the city's event spoken of: to another place or
#: on another errand (訪問某市, 前往某地, 洽談經貿合作; not 赴高, coming here), or at a
#: time of its own with no joining told (原訂十月來訪: _OWN_TIME_TRIP).
_OTHER_TRIP = rx(r"(?<![來蒞高臺台])訪問|拜會|(?:前往|赴)(?!高|本市|本府|市府)|洽談|洽商|考察|參訪")

_OWN_TIME_TRIP = rx(r"(?:原訂|原定|原擬|原預定|預定)於?[^,;。]{0,6}?[月旬]")

#: The city's own people opening a sentence (本府…, 王大明市長原訂…, 另市長原擬…): a
#: trip of theirs, no guest's (not 某市市長某某, 台南市市長).
_HOME_OPENS = rx(
    r"^(?:另|惟|而)?(?:" + _HOME_NAMES + r"|[\u4e00-\u9fff]{0,3}(?<![市縣])" + _HOME_TITLE + ")"
)

#: A list item's label of attending, no verb of its own: 出席：, 未出席：, 參加情形：,
#: 2.與會城市： (the verb, if any, comes after it).
_ATTENDING_LABEL = rx(
    r"^(?:" + _ITEM_NUMBER + r")?未?(?:" + _ATTEND + r")(?:情形|情況|狀況|城市|單位|名單)?[:]"
)

#: The city arranging its guests' part (並將安排各訪團參與開幕式, 將協助各代表團出席…):
#: what it plans for them, not their word that they will come.
_ARRANGED_FOR = rx(r"安排|協助|陪同|引導|招待")

#: Sending people: 派團, 派員, 組成某某團, 組隊, 參賽, 觀賽.
_SENDS_PEOPLE = rx(r"派.{0,4}團|派員|組(?:成|織)?[^,]{0,6}?(?:團|隊)|參賽|觀賽")

#: A group sent or formed: 派遣某某團, 組成代表團, 派員, 組隊.
_SENT_GROUP = rx(r"(?:派|組)(?:遣|成|織)?[^,]{0,6}?(?:團|員|隊)")

#: A day of a trip opening with its attending at an invitation, no subject written
#: (翌日（5日）應邀出席「…」): the delegation was invited to what it attended.
_ATTENDS_AS_INVITED = rx(r"^" + _NEXT_DAY + r"(?:並|亦)?應邀$")

#: Invited, said of the invitee: 受邀, 獲邀.
_WAS_INVITED = rx(r"(?:受|獲)邀")

#: A head count of people named by their kind only, right before the verb of joining
#: (各界人士約200人出席, 國內外學者專家三百餘人與會, 各國之某會會員八百餘人與會): the
#: crowd is the clause's subject, no party spoken of before (not a group one leads: 由某
#: 會長率市民團體12人參加), nor the party of one spoken of before (一行代表十五人出席,
#: 並與該市業者代表約三十人出席, 偕同…二十人).
_CROWD_COUNTED = rx(
    r"^(?!.*(?:率|帶領|帶隊|一行))(?!(?:並|亦|另)?(?:與|偕|連同))[^,;。]*?(?:人士|學者|專家|民眾|業者|觀眾|來賓|貴賓|會員|社員|代表)"
    r"(?:約|逾|共|計|達)?(?:\d+|[一二三四五六七八九十百千兩]+)(?:餘|多)?(?:人|位|名)次?$"
)


#: An errand of its own told right after people sent come (派員來高考察某某廠營運): not
#: the city's event spoken of that they come for.
_ERRAND_AFTER_COMING = rx(r"(?:考察|參訪|研習|見習|實習|學習|取經)")


#: The words before a place that is where someone came from: 自臺北南下, 從東京前來.
_FROM_WORDS = ("自", "從")


#: The word before 自 telling where those named are from, not whence they set out (來自).
_COMING_FROM = "來"


#: How far into a clause its opening surname and title may run (范參事, 史密斯副市長).
_SURNAME_AND_TITLE_SPAN = 8


class EventRules(HostingRules, InvitationRules, TakingPartRules, AnswerRules):
    """The event readers together, and which reading a clause's taking part needs."""

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
            self._places_named_as_attendees(clause, sentence_norm)
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
        if _ESCORT_BEFORE_VERB.match(_DATE_PREFIX.sub("", clause.norm[: join.start()])):
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
        if not recurring:
            self._own_series_edition_held(clause, events)
        self._record_taking_part(clause, events, actors, status, taking)
        self._listed_as_invited(clause, sentence_norm, events, actors, taking)
        if invited is not None and _ATTENDS_AS_INVITED.match(invited.group()):
            self._invited_by_hosts(clause, events, actors)

    def _own_series_edition_held(self, clause: Clause, events: list[tuple[int, int, str]]) -> None:
        """An edition of the city's own series joined in a clause not telling a yearly
        part (表示該市明年將再度組團參加高雄燈會, its edition named bare): the city holds it
        (inferred, as one named with its year), unless another is told holding it."""
        for _, _, event_id in events:
            event = self.facts.entities.get(event_id)
            series = (
                self.facts.entities.get(str(event.properties.get("series", ""))) if event else None
            )
            entry = self.lex.series_for(series.name_zh) if series is not None else None
            if entry is None or entry.host != self.home_place.id:
                continue
            if not self._host_told(event_id):
                self.facts.relate(
                    RelType.HOSTED, self.home, event_id, clause.sentence, inferred=True
                )

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

    def _third_party_said(self, sentence_norm: str, join_at: int) -> bool:
        """Whether the quoted words up to a joining at `join_at` name a place that
        joins, none of the speaker's own side (「很高興某市組團參加本次燈會」: the speaker
        reports another's taking part; not 「我們希望能參加」)."""
        said = sentence_norm[sentence_norm.rfind("「", 0, join_at) + 1 : join_at]
        said = said[max(said.rfind(","), said.rfind(";")) + 1 :]
        return not FIRST_PERSON.search(said) and bool(self.gaz.find_places(said))

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
