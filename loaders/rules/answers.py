"""Answers and takings part told without a verb of joining: replies to invitations
(函復同意, 婉謝), acts at a ceremony (致詞, 剪綵), guests qualified by the event they
attended, visitors come to watch."""

from __future__ import annotations

import re

from graph.model import Attendance, Label, RelType
from loaders.events import edition_year
from loaders.facts import told_in
from loaders.reading import normalize, rx
from loaders.rules.context import Clause
from loaders.rules.event_common import EventCommon
from loaders.rules.grammar import (
    _ABSENT,
    _ATTENDING_QUALIFIES,
    _BY_LETTER,
    _CARD_FIELD,
    _CEREMONY,
    _CLAUSE_BREAK,
    _COMMITTED,
    _DATE_PREFIX,
    _DECLINE_WORD,
    _DELEGATE_PRESENTS,
    _EVENT_PERIOD,
    _FOLK_OF_PLACE,
    _FUTURE,
    _GONE_TO,
    _GREETING,
    _HOME_ACTOR,
    _HOME_OFFICIAL,
    _INVITED_BY_HOME,
    _JOIN,
    _LEAD_VERB,
    _MEET,
    _NO_ANSWER,
    _NOT_HELD,
    _UNDECIDED,
    _VERB,
    _role,
)
from loaders.structure import Sentence

#: One qualified as come to witness or attend what was just told: 前來觀禮之某市助役,
#: 前來與會的某市長.
_CAME_TO_WATCH = rx(r"前來(?:觀禮|觀賞|與會|參加|出席)(?:之|的)")

#: Coming to the city to watch, the comers named before (某協會會長某某一行三人專程來高
#: 觀摩): they watched the city's event just told.
_CAME_HERE_TO_WATCH = rx(
    r"(?:來高|前來|抵高|蒞高)(?:觀摩|觀賞|觀禮|觀賽)"
    # watching nothing else named (not 來高觀摩本市消防救災業務: that work, no event)
    r"(?=$|[,;。]|(?:該|此|本)?(?:項|次|屆)?(?:活動|賽事|比賽|盛會|大會|盛況|賽況))"
)

#: Heading a delegation (率團, 率領, 親率), not managing a team (帶隊, 領隊).
_LEADS_DELEGATION_VERB = rx(r"率團|率領|親率")

#: The head of a party's team or delegation: 某市代表隊由該市教育長某某擔任團長,
#: 訪問團由某議長擔任領隊, 某市由副市長某某親自率團, 今年由某協會會長某某領隊/帶隊.
_TEAM_HEAD = rx(
    r"由([^,由]{2,30}?)(?:親自|擔任|出任)?(?:該團|該隊)?(?:團長|隊長|領團|" + _LEAD_VERB + ")"
)

#: The others of those just named, as a subject: 其餘城市, 其他受邀城市, 其它各市.
_THE_REST = rx(r"(?:另|至於|而)?(?:其餘|其他|其它|餘)(?:受邀)?(?:城市|縣市|各市|單位|夥伴)")

#: The verbs of attending an invitation asks for (邀請某市派員出席「…」): they tell no
#: one's presence, as 同臺 (邀請某市副市長與市長同臺) does.
_ATTENDING_ASKED = rx(r"^(?:參加|參與|出席|與會)$")

_PRESENCE = rx(r"同臺|致詞|演講|與談|出席")

#: A list of places closed by a noun of those attending the event spoken of (甲市、乙州
#: 等與會城市代表, 甲市及乙市等與會城市): the places took part in it.
_PLACES_ATTENDING = rx(r"等(?:與會|出席|參與)(?:之|的)?(?:城市|國家|地方政府)")

#: A gathering gone to or attended, named unquoted (赴某市出席亞洲城市首長會議, 參加
#: 年會): the meeting an item tells of its own.
_OWN_GATHERING = rx(
    r"(?:赴|前往|出席|參加|參與)[^,;「」]{0,16}?(?:會議|論壇|大會|峰會|年會|研討會)(?!期間)"
)

#: Partners of the subject's doing, not its subjects: 與某市、某市代表分享….
_WITH_PARTNER = rx(r"^(?:並|亦|也|另|同時)*與")

#: An act done at a ceremony of the event spoken of (於閉幕典禮致詞, 開幕式中…自王市長
#: 手中接下會旗, 於閉幕式上交接主辦權): whoever does it takes part in the event (a
#: gloss in brackets counts as one character of the words between).
_CEREMONY_ACT = rx(
    rf"{_CEREMONY}(?:中|上|時|當天|現場)?(?:[^。;；()]|\([^()]*\)){{0,60}}?"
    r"(?:致詞|致辭|接下|接過|接旗|交接|授旗|交旗|移交|點燈|剪綵|揭幕)"
)

#: Taking part by a part played, without 參加/出席: 擔任…場次講者, 擔任論壇與談人,
#: 擔任論壇講座 (a lecturer; not 講座教授, a chair), 擔任開幕專題演講人, 發表專題演講,
#: the event named whole between (擔任某市主辦之「某某線上論壇」與談人); not a part one
#: was to play (原訂擔任演講人，因故未能出席; 原受邀擔任「…」與談人，後因故未能出席).
_PART_PLAYED = rx(
    r"(?<!原訂)(?<!原定)(?<!原擬)(?<!預定)(?<!未能)(?<!原受邀)(?<!原獲邀)(?<!原應邀)擔任"
    r"(?:[^,]{0,16}?|[^,「」]{0,20}「[^「」]+」[^,「」]{0,6}?)"
    r"(?:講者|主講人|講座(?!教授)|講師|與談人|引言人|主持人|聖火手|火炬手|開球嘉賓"
    r"|(?:演講|主講)(?:嘉賓|人|者))"
    r"|發表[^,]{0,8}?(?:演講|演說)|"
    + _DELEGATE_PRESENTS
    + "|"
    + _GREETING
    # 本府代表以「某某規劃」為題發表報告: a talk by its title, a paper presented
    + r"|為題(?:發表|進行|提出)|(?:發表|提出)(?:報告|論文)"
)

#: A talk's title in quotes (以「某市的投資環境」為題): the places it names are its subject,
#: not parties to the event.
_TALK_TITLE = rx(r"以「[^「」]*」為(?:主)?題")

#: The city dealing with a party face to face (本府海洋局與某港務局簽署…, 與某市長會晤):
#: the party, named between 與 and the verb, was there.
_DEALT_WITH = rx(r"與([^,;與]{2,24}?)(?:共同)?(?:簽署|簽訂|簽約|會晤|會談|會面|座談)")

#: The city readying the team it sends (責成民政局籌組演出團隊, 已開始組團, 遴選隊員):
#: an invitation it is answering by going.
_READYING_TEAM = rx(r"(?:籌組|籌備|組成|遴選|甄選|徵選)[^,;]{0,8}?(?:團|隊)|組團|組隊")

#: Words right before such a verb telling the one qualified was not there: 未能, 無法,
#: 因病, 原定 (meant to attend), 預定.
_NOT_THERE_BEFORE = rx(r"(?:" + _ABSENT.pattern + r"|因病|因故|原定|原訂|原擬|預定|預計)$")


#: A commitment told as yet to be made (預計7月底前可確定, 將於下月確認): no answer yet.
_DECIDED_LATER = rx(r"(?:可望?|將|才能?|方能?)$")


class AnswerRules(EventCommon):
    """Who takes part in an event by answering, acting at it or coming to watch it."""

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

    def _places_named_as_attendees(self, clause: Clause, sentence_norm: str) -> None:
        """Places listed right before a noun of those attending the event spoken of (與
        甲市、乙州等與會城市代表交換意見, 與甲市及乙市等與會城市進行交流): each took part in
        it (not the city itself, nor an event still to come)."""
        listed = _PLACES_ATTENDING.search(clause.norm)
        if listed is None or self._future(clause, sentence_norm):
            return
        event_id = self._event_the_city_is_at(clause.sentence, clause.start)
        if event_id is None:
            return
        # the places of the list: those written before the noun, back to the list's
        # opening, the first 與/和 after the last comma (另與甲市與乙市等與會城市: both)
        comma = clause.norm.rfind(",", 0, listed.start())
        joins = [clause.norm.find(word, comma + 1, listed.start()) for word in ("與", "和")]
        opening = min((at for at in joins if at >= 0), default=comma)
        for start, _, pid in clause.places:
            if opening < start < listed.start() and pid != self.home:
                self._took_part(pid, event_id, clause.sentence, edition_year(event_id))

    def _event_the_city_is_at(self, sentence: Sentence, upto: int) -> str | None:
        """The event the city's side is at when the sentence is told: the last one its
        item (or the section holding the item: 1.本府赴某市參加「…」 … 3.會議期間，…)
        tells, up to the sentence, the city attended or holds, held in the report's
        months (not 並邀請某市長明年率團參加「…」, an event still to come). Not the
        section's where the item, up to `upto` in the sentence, tells a gathering of its
        own the city's side went to (2.…赴某市出席某某首長會議，會中與…: that one)."""
        item = self._section(sentence.section)
        if (
            item is not None
            and item.is_item
            and item.parent is not None
            and not self._own_gathering_told(item.start, sentence, upto)
        ):
            item = self._section(item.parent)
        since = item.start if item is not None else self._paragraph_of(sentence)[0].start
        told = [s for s in self.parsed.sentences if since <= s.start <= sentence.start]
        at: list[tuple[int, str]] = []
        for r in self.facts.relations.values():
            own = r.source == self.home and (
                r.type == RelType.HOSTED
                or (
                    r.type == RelType.PARTICIPATED_IN
                    and r.properties.get("status") == Attendance.ATTENDED
                )
            )
            if not own or self._after_period(r.target):
                continue
            at += [(s.start, r.target) for s in told if told_in(r, s)]
        return max(at)[1] if at else None

    def _own_gathering_told(self, since: int, sentence: Sentence, upto: int) -> bool:
        """Whether the words from `since` to `upto` in the sentence tell a gathering gone
        to or attended, named unquoted (赴某市出席亞洲城市首長會議, 前往參加年會)."""
        told = [s.norm for s in self.parsed.sentences if since <= s.start < sentence.start]
        return bool(_OWN_GATHERING.search("".join([*told, sentence.norm[:upto]])))

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
        played = _PART_PLAYED.search(clause.norm)
        if played and _ABSENT.search(sentence_norm, clause.start + played.end()):
            return  # 受邀擔任「…」與談人，惟因故未能出席: the part was not played
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

    def _home_plans(self, event_id: str) -> bool:
        """Whether the city is told only to be going to hold the event (本府將於10月
        舉辦「…」), never as holding it: nobody has been there yet."""
        statuses = [
            r.properties.get("status")
            for r in self.facts.relations.values()
            if r.type == RelType.HOSTED and r.source == self.home and r.target == event_id
        ]
        return bool(statuses) and all(status == Attendance.PLANNED for status in statuses)

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
