"""Visits and meetings: a clause telling someone coming to the city or the city going
abroad, handed to the comings or the trips reader once what is no visit at all is
set aside; the meetings reader reads the same clauses for who met whom."""

from __future__ import annotations

from graph.model import Label, RelType
from loaders.dates import DateSpan
from loaders.facts import set_days
from loaders.reading import rx
from loaders.rules.comings import ComingRules
from loaders.rules.context import Clause, in_quoted_speech
from loaders.rules.grammar import (
    _CLAUSE_BREAK,
    _COME,
    _DATE_PREFIX,
    _DAY_PART,
    _GLOSS,
    _GO,
    _INVITES_HOME,
    _INVITING,
    _VISITOR_HEADING,
)
from loaders.rules.meetings import MeetingRules
from loaders.rules.trips import TripRules
from loaders.rules.visit_common import _CALLS_ON_BODY, _Itinerary, _within_days
from loaders.structure import Sentence

#: A line of an itinerary opening with its day (第三天(十月五日):…): its clauses that
#: name no one of their own tell what the delegation did that day.
_ITINERARY_DAY_LINE = rx(r"^第[一二三四五六七八九十\d]+[天日]\(")

#: How such a clause opens when it names no one: at a time of the day, at someone's
#: invitation, with the act (上午參觀…, 下午拜會…, 應某市之邀,出席…, 晚間搭機返國).
_DAYS_OWN_ACT = rx(
    r"^(?:" + _DAY_PART + r"|隨即|隨後|會後)?(?:應[^,;]{2,20}之邀,?)?"
    r"(?:出席|參加|參觀|參訪|拜會|拜訪|前往|抵達|轉往|轉赴|考察|訪問|會晤|聽取|搭)"
)

#: A place taken up as the topic, 至 or 至於 opening the sentence with the place alone in
#: its clause (至美國某市，某市某委員會主席曾率團來訪): "as for", no going there.
_TOPIC_PLACE = rx(r"^(?:至於|至)[\u4e00-\u9fff]{2,16}$")

#: A coming promised, the promise before it (對方允諾於…後派員回訪, 該市長承諾明年來訪):
#: a visit to come, not one made.
_COMING_PROMISED = rx(
    r"(?:允諾|承諾|答應|應允)"
    # told still to come (於…後, 明年, 將, 再度); not a promise kept (實踐去年承諾於五月
    # 十日率團來訪, 答應本府邀請於五月十日率團來訪: paid)
    r"(?:[^,;。]{0,12}?(?:於[^,;。]{1,10}?(?:後|時)|明年|來年|下半年|年底前|將|再度"
    r"|擇期|日後|近期|儘速|盡速)"
    r"[^,;。]{0,12}"
    # or the coming right after the promise, no day between (去年允諾回訪, 承諾派員來訪)
    r"|(?:派員|率團|組團|親自)?)$"
)

#: A coming welcomed as a wish (表示歡迎本市市民前來觀光, 竭誠歡迎各界前來): no one came;
#: not a guest welcomed on coming (熱烈歡迎某市長來訪).
_COMING_WELCOMED = rx(
    r"(?:(?:表示|竭誠|隨時)歡迎[^,;。]{0,12}|歡迎(?:本市|本府|我國|國人|市民|各界)[^,;。]{0,8})$"
)

#: Calling at a government's seat (到府拜會), said of one who came, or of the city's own
#: delegation at its host's seat (see _GONE_ABROAD).
_AT_SEAT = rx(r"到府")

#: Going abroad told before a call at a seat (率團訪問某縣，並到府拜會知事; 率團赴某市訪問，
#: 並到府拜會該市市長): the seat is the host's, no coming to the city.
_GONE_ABROAD = rx(r"(?:赴|前往|出訪|訪問|抵達)(?!高雄|本市|本府|臺|台|我國)")

#: A return visit paid abroad, the going before it (本府某處長率團赴某縣回訪, 前往某市回訪):
#: the city went, nobody came. Not one paid here (某市長率團赴高雄回訪, 來臺回訪).
_RETURN_VISIT_ABROAD = rx(r"(?:赴|前往)(?!高雄|本市|本府|臺|台)[^,;。]{1,20}?回訪(?!本)")

#: A sentence taking up the city's delegation and telling the days of its stay abroad
#: (訪問團一行於十月八日至十四日在某市訪問): the trip told before from its first day.
_DELEGATION_STAYED = rx(
    r"^(?:該團|本團|訪團|訪問團|代表團|全團|一行)(?:一行)?(?:人員)?(?:已|均|皆)?(?:於|自)"
    r"[^,;。]{1,16}?(?:在|於)[^,;。]{1,10}?(?:訪問|考察|參訪|停留)"
)

#: A sentence taking up the group just told of going abroad and telling its return
#: (一行人於十七日返國, 該團已於二十日返臺): the day its trip ended.
_GROUP_RETURNS = rx(
    r"^(?:一行人?|該團|訪問團|代表團|全團|師生)(?:人員)?(?:已|均|皆)?於[^,;。]{1,12}?"
    r"(?:返國|回國|返臺|返台|返抵國門)"
)


#: A sentence telling of the trip just told, as what it was: 此行為本府首度…訪問某地區,
#: 本次訪問為…, 此次出訪係….
_THIS_TRIP = rx(r"^(?:此行|此次|本次|該次)(?:訪問|出訪|行程|參訪)?(?:為|係|乃|是|不僅|除)")


#: Helping others take part or go (協助對方廠商參加當地商展, 協助業者前往某地參展): the
#: helper does not go.
_HELPS_OTHERS_GO = rx(r"協助[^,;。「」]{1,12}?(?:參加|參與|參展|前往|赴)")


#: A going that is the matter asked about or talked over (洽詢臺商赴某市投資設廠之相關事宜,
#: 洽談業者前往某市參展之可行性): no trip, whoever would go.
_GOING_ASKED_ABOUT = rx(
    r"(?:洽詢|詢問|探詢|洽談|商談|研商)[^,;。「」]{0,8}?(?:赴|前往)[^,;。「」]{1,16}?"
    r"(?:之|的)?(?:相關)?(?:事宜|可行性|可能性)"
)


#: Another's going told as the reason or the background of what follows (因某公司赴某市
#: 設廠, 隨著臺商前往某國投資): who went, between the opening word and the verb; not the
#: sentence's subject going as invited, naming no one (因受邀赴某市出席「…」，陳市長率…前往;
#: 因應某市之邀赴…: the city's trip, its reason told).
_GOING_AS_REASON = rx(r"^(?:因|由於|隨著|鑑於)(?![受應])([^,;。]{1,12}?)(?:赴|前往)")


#: ... unless the helper's own going is told before (率團赴某市協助…, 派員協助…赴某市).
_GOES_ITSELF = rx(r"率團|率隊|率員|派員|派團|組團|赴|前往")


#: A later clause remarking on what was just told (…，此為兩校締約後之首次回訪, …，此係
#: 斷交後首度…): no trip of its own.
_THIS_WAS = rx(r"^(?:此|這|此行|此次|本次|該次)(?:為|係|乃|是)")


_INVITE_WORD = rx(_INVITING)

#: How long a name and a title written after a verb may run (陳其邁副市長).
_NAME_AND_TITLE_LENGTH = 7

#: Days in brackets right after a stop of an itinerary: 甲市（4月9日至11日）.
_BRACKETED_DAYS = rx(r"\([^()]*\d[^()]*\)")


class VisitRules(MeetingRules, ComingRules, TripRules):
    """Which clauses tell a visit; made of the meetings, comings and trips readers."""

    def _rule_visit(self, clause: Clause, sentence_norm: str) -> None:
        """Visits: someone coming to the city (某市長王大明來訪), or the city going to
        another (王市長率團赴某市訪問)."""
        if self._nobody_went(clause, sentence_norm):
            return  # 以視訊方式出席…, 原訂…組團赴…因疫情延後: nobody went
        if clause.start and _THIS_WAS.match(clause.norm):
            return  # …赴某市回訪姊妹校，此為兩校締約後之首次回訪: the trip just told
        if self._in_plans_section(clause.sentence) and not self._past_coming(clause):
            return  # 明年度工作重點：一、由副市長率團出席某市主辦之「…」: a plan, no trip yet
        if _VISITOR_HEADING.search(_GLOSS.sub("", sentence_norm)):
            return  # 本期來訪外賓臚列如下（甲市、乙市之訪團另詳…）：the items tell the visits
        if self._left_for_home(clause):
            return  # …來訪，…，訪問團於26日返國: the visit's last day
        if self._left_stop(clause):
            return  # 一行於10月12日抵達甲市…；19日離甲市: that stay's last day
        if self._went_along(clause):
            return  # 本市某高中亦派員隨團前往: a school of the city went along
        come = _COME.search(clause.norm)
        if come and _RETURN_VISIT_ABROAD.search(clause.norm[: come.end()]):
            come = None  # 本府某處長率團赴某縣回訪: a trip abroad
        if (
            come
            and _AT_SEAT.fullmatch(come.group())
            and _GONE_ABROAD.search(sentence_norm[: clause.start + come.start()])
        ):
            come = None  # 率團訪問某縣，並到府拜會知事: the delegation at its host's seat
        if come and self._return_visit_after_going(clause):
            return  # 某高中師生赴某市，回訪某高中: the trip the clause before told
        if self._future(self._said_before_coming(clause, come), sentence_norm):
            return  # a visit to come is not a visit
        if come and _COMING_PROMISED.search(clause.norm[: come.start()]):
            return  # 對方允諾於…後派員回訪: promised, not yet paid
        if come and _COMING_WELCOMED.search(clause.norm[: come.start()]):
            return  # 某市長表示歡迎本市市民前來觀光: a wish, no one came
        if come and self._came_down_on_a_day(clause):
            return  # …於9月3日至6日來臺。…；5日南下參訪本市: the city's day of the stay
        if come:
            again = self._coming_told_again(clause)
            if not again:
                self.state.coming = self._visit_when(clause)
            # told again, naming no one new: the visitors read already, no others
            if not self._invited_to_come(clause, come) and not (again and self._came_visitors):
                self._came_to_city(clause, sentence_norm)
            called = _CALLS_ON_BODY.search(clause.norm, come.end())
            if called:  # 隨團來訪之某某並拜會高雄港務局: the body called on, too
                self._guest_calls_on_body_here(clause, sentence_norm, called)
            return
        if self._members_came(clause):
            return  # …來訪，團員包括某港務局經理某某…: each named came too
        if not _GO.search(clause.norm) and self._led_a_coming(clause):
            return
        if self._trip_recalled(clause):
            return  # 延續本年4月陳市長訪問某市時所建立之共識: that trip, then
        if _INVITES_HOME.search(clause.norm) or self._invites_home_official(clause):
            return  # 某市邀請本府出席該市主辦之「…」: an invitation received, no trip yet
        if self._during_trip_told(clause):
            return  # 訪問期間適逢某市籌辦2006年運動會: the trip told, no new one
        if _THIS_TRIP.match(sentence_norm):
            return  # 此行為本府首度以正式訪團訪問某地區: the trip just told, said of again
        if clause.start == 0 and _TOPIC_PLACE.match(clause.norm):
            return  # 至美國某市，…: the place taken up as the topic, no trip there
        if _GOING_ASKED_ABOUT.search(clause.norm):
            return  # 洽詢臺商赴某市投資設廠之相關事宜: the matter asked about, no trip
        reason = _GOING_AS_REASON.match(_DATE_PREFIX.sub("", clause.norm))
        if reason and not self._home_acts(reason.group(1)):
            return  # 因台積電赴某市設廠，兩市…: another's going, the reason told
        helps = _HELPS_OTHERS_GO.search(clause.norm)
        if helps and not _GOES_ITSELF.search(clause.norm[: helps.start()]):
            return  # 並協助對方廠商參加當地商展: others go, not the helper
        if self._stops_with_days(clause):
            return  # 行程依序為甲市（4月9日至11日）及乙市（4月12日至16日）: each stop
        if not in_quoted_speech(sentence_norm, clause.start):
            self._went_abroad(clause, sentence_norm)  # 「…也歡迎市民到某市走走」: a wish
        self._called_on_body(clause, sentence_norm)
        self._stops_in_heading_gloss(clause)
        self._roster_went(clause)

    def _invites_home_official(self, clause: Clause) -> bool:
        """Whether the clause invites the city's official named in full (邀請陳菊市長出席
        …於某地舉辦之「…」): an invitation received, no trip of his yet; not one telling
        the days he went on it (某市邀請陳菊市長於4月5日至7日率團赴該市出席「…」: the
        trip)."""
        invited = _INVITE_WORD.search(clause.norm)
        if invited is None:
            return False
        named = clause.norm[invited.end() : invited.end() + _NAME_AND_TITLE_LENGTH]
        if not self._home_official_in_full(named):
            return False
        at = clause.start + invited.end()
        days = [d for d in clause.dates if d.text_start >= at and d.precision == "day"]
        return not (days and _GO.search(clause.norm, invited.end()))

    def _stops_with_days(self, clause: Clause) -> bool:
        """The stops of the trip just told, each with its days in brackets right after
        it (…赴美訪問，行程依序為甲市（4月9日至11日）、乙市（4月12日至16日）及丙市（4月
        17日至20日）): the city went to each on its days, led as the trip was. True if
        the clause lists two stops or more so."""
        trip = self._trip_abroad
        if trip is None or trip.told_in not in (clause.sentence, self.previous):
            return False
        stops = []
        for _, end, pid in clause.places:
            bracket = _BRACKETED_DAYS.match(clause.norm, end)
            if bracket is None or pid == self.home or self.facts.label_of(pid) != Label.CITY:
                continue
            # (1973年締結姊妹市): a year of the stop's past, no days of the trip
            days = [
                d
                for d in clause.dates
                if bracket.start() <= d.text_start - clause.start < bracket.end()
                and d.precision == "day"
                and (trip.days is None or _within_days(d.start, trip.days))
            ]
            if days:
                stops.append((pid, days[0]))
        if len(stops) < 2:
            return False
        led = {"led_by": trip.led_by, "bureaus": trip.bureaus or None}
        for city, days in stops:
            when = {"start": days.start, "end": days.end, "year": days.year}
            self.facts.relate(RelType.VISITED, self.home, city, clause.sentence, **led, **when)
        return True

    def _day_of_itinerary(self, clause: Clause) -> _Itinerary | None:
        """The city's trip whose itinerary a clause naming no one tells a day's act of,
        under the trip's heading (一、某市長率團訪問某市 (二)行程紀要 第三天(十月五日):
        應某市之邀,出席…; …,下午參觀某公司): the delegation's act."""
        trip = self._trip_abroad
        words = _DATE_PREFIX.sub("", clause.norm)
        if (
            trip is None
            or not _ITINERARY_DAY_LINE.match(clause.sentence.norm)
            or not _DAYS_OWN_ACT.match(words)
            or not self._within_section(clause.sentence.section, trip.section)
        ):
            return None
        if trip.days and clause.dates and not _within_days(clause.dates[0].start, trip.days):
            return None
        return trip

    def _home_trip_told(self, clause: Clause) -> Sentence | None:
        """See ReaderBase; a stop read here also lets the clause after it be one; so
        is a day's act in the trip's itinerary."""
        trip = self._leg_told_after(clause) or self._day_of_itinerary(clause)
        return trip.told_in if trip is not None else None

    def _dated_by_stay_abroad(self, sentence: Sentence, spans: list[DateSpan]) -> None:
        """A sentence taking up the city's delegation and telling the days of its stay
        abroad (訪問團一行於十月八日至十四日在某市訪問), after items telling its trip
        from the first of those days (十月八日，市長率本府訪問團抵達某市): that trip, and
        its members', lasted to the last day."""
        if _DELEGATION_STAYED.match(sentence.norm) is None:
            return
        stays = [d for d in spans if d.precision == "day" and d.end is not None]
        if not stays:
            return
        start = stays[0].start
        trips = [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED
            and r.properties.get("start") == start
            and not r.properties.get("end")
            and not self._at_home(r.target)
        ]
        # the city's trips, and those of its people to the same places; each stay to the
        # city it names (八日至十日在甲市訪問，十一日至十四日在乙市訪問), one naming none
        # to those no other stay names
        places = {r.target for r in trips if r.source == self.home}
        named = [self._stay_place(sentence.norm, stay) for stay in stays]
        for stay, place in zip(stays, named, strict=True):
            for r in trips:
                if r.target in places and (r.target == place if place else r.target not in named):
                    set_days(r.properties, stay.start, stay.end)
                    self.facts.add_evidence(r, sentence)

    def _stay_place(self, norm: str, stay: DateSpan) -> str | None:
        """The place a stay's days are told of, named after them in their clause
        (於十月八日至十日在某市訪問): its id, None when none is named."""
        clause = _CLAUSE_BREAK.split(norm[stay.text_end :], maxsplit=1)[0]
        mentions = [m for m in self._place_mentions(clause) if m.place.id != self.home_place.id]
        return mentions[0].place.id if mentions else None

    def _dated_by_return(self, sentence: Sentence, spans: list[DateSpan]) -> None:
        """A sentence taking up the group just told of and telling its return (一行人於
        十七日返國), after its section told its going abroad (五月十二日，某高中校長某某
        帶著師生飛往某市): the trips abroad of the group last told of, in the last sentence
        of the section telling a trip, begun before that day and not ended, ended then (not
        another's told earlier, nor any when the group last told is a guest's)."""
        if _GROUP_RETURNS.match(sentence.norm) is None:
            return
        days = [d for d in spans if d.precision == "day" and d.end is None][:1]
        if not days:
            return
        earlier = {
            s.start
            for s in self.parsed.sentences
            if s.section == sentence.section and s.start < sentence.start
        }
        trips = [
            e.start
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED
            for e in r.evidence
            if e.start in earlier
        ]
        told = {max(trips)} if trips else set()
        for r in list(self.facts.relations.values()):
            start = str(r.properties.get("start") or "")
            if (
                r.type == RelType.VISITED
                and len(start) == len(days[0].start)
                and start < days[0].start
                and not r.properties.get("end")
                and not self._at_home(r.target)
                and any(e.start in told for e in r.evidence)
            ):
                set_days(r.properties, start, days[0].start)
                self.facts.add_evidence(r, sentence)
