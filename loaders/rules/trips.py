"""Trips: the city's delegations abroad (由…率團至…, 赴…訪問), their stops, who led them
and who went along, and the bodies called on."""

from __future__ import annotations

import re
from dataclasses import replace

from graph.model import Attendance, Label, Relation, RelType
from loaders.dates import DateSpan
from loaders.events import event_kind
from loaders.facts import dated_within, set_days, told_in
from loaders.names import body_name
from loaders.reading import normalize, rx
from loaders.rules.bodies import _SCHOOL_KINDS, _TROUPE_KINDS
from loaders.rules.context import Clause
from loaders.rules.grammar import (
    _ABSENT,
    _ADVERB_OPENING,
    _BODY_NAME_END,
    _CLAUSE_BREAK,
    _COME,
    _COUNTRY_ALONE,
    _DATE_PREFIX,
    _DELEGATION,
    _GLOSS,
    _GO,
    _HAN,
    _HAN_WORDS,
    _HOME_ACTOR,
    _HOME_TITLE,
    _JOINER,
    _LEAD_VERB,
    _LEG_OPENING,
    _MEET,
    _NOT_HELD,
    _PLAN_FIRST,
    _RETURN_VISIT_OPENING,
    _ROSTER_LINE,
    _SCHOOL,
    _SCHOOLS_COUNTED,
    _TROUPE_WORD,
    _UNABLE,
    school_name,
)
from loaders.rules.visit_common import (
    _CALLS_ON_BODY,
    VisitCommon,
    _Itinerary,
    _later_day_of_month,
    _visit_days,
)
from loaders.structure import Sentence

#: A heading's closing gloss (行程紀要(9月3日至6日訪問甲市，9月6日至8日訪問乙市)).
_HEADING_GLOSS = rx(r"\([^()]*\)$")

#: A part of a trip's item whose roster is not of those who went: the hosts' (接待人員),
#: a delegation coming back (回訪團, 來訪團).
_NOT_OUR_ROSTER = rx(r"接待|回訪|來訪|陪同")

#: The time of a trip just told, opening a clause (訪問期間, 參訪期間): what follows
#: happened on that trip, no trip of its own unless the clause goes somewhere again.
_DURING_TRIP_OPENING = rx(r"^(?:訪問|參訪|出訪)期間")

#: A trip of the city's recalled as the time of something else, its official by surname
#: and title (延續本年4月陳市長訪問某市時所建立之共識, 去年王副市長率團出訪某國期間): the
#: time, who led, and where they went.
_TRIP_RECALLED = rx(
    r"(?P<time>(?:本年|今年|去年|同年|\d+年)?\d+月(?:\d+日)?)"
    r"(?P<leader>[\u4e00-\u9fff](?:(?:副|代理)?市長|副?秘書長))(?:率團)?"
    r"(?:訪問|出訪|赴)(?P<place>[^,;。時]{2,12}?)(?:時|期間|之際)"
)

#: A call made at the venue of an event the trip attended (期間於展場拜會某市, 在會場
#:拜會): the city's people met there, not gone to.
_AT_THE_VENUE = rx(r"(?:於|在)(?:展場|會場|展區|展位|攤位|現場)")

#: A home team led abroad: 率領本市…舞蹈團, 帶領本市少棒隊, 率領某局人員及本市某高中
#: 國樂社, 率本市某國中舞蹈班師生; or one that performs or plays there with the
#: delegation (並由本市某高中儀隊參與遊行演出).
_LED_TEAM = rx(
    r"(?:" + _LEAD_VERB + r"|率|由|及)本市([^\s,、與及的至之由]{2,20}?" + _TROUPE_WORD + ")"
)

#: A home school whose teachers or students are led abroad (率本市某高級中學師生一行…赴):
#: the school went too.
_LED_SCHOOL = rx(
    r"(?:" + _LEAD_VERB + r"|率)本市([^\s,、與及的至之由]{2,12}?"
    r"(?:大學|學院|高級中學|高中|女中|國中|國小|中學|高商|高工|高職|高農|家商))(?=師生|學生|教師)"
)

#: The delegation leaving a stop of its trip: (19日)離西雅圖, 離開某市, 並於…離開.
_LEAVES_STOP = rx(r"^(?:並|隨後|再)?(?:於)?離(?:開)?(?!職|任|境)")

#: Going to attend, no place written: 前往出席, 前往參加, 赴會.
_GO_TO_ATTEND = rx(r"(?:前往|赴)(?=出席|參加|參與|與會|觀禮)|赴會")

#: A sentence whose items below tell the rest (行程重點如下：, 分述如下, 行程如下：): a trip
#: it tells is the one the items detail.
_ITEMS_FOLLOW = rx(r"(?:如下|如後|臚列於後|分述於後)\W*$")

#: The city's official not receiving a guest (陳市長因公未能接見, 市長無法親自接見): a
#: meeting missed, the guest's coming still made.
_MEETING_MISSED = rx(r"(?:" + _UNABLE + r")(?:親自)?(?:接見|會見|會晤|晤談|接待)")

#: The same with the return visit opening the clause after the going (某高中師生…赴某市，
#: 回訪…; …前往某市，並回訪…): `sentence[:clause start]` ends with the going.
_GONE_BEFORE_RETURN_VISIT = rx(r"(?:赴|前往)(?!高雄|本市|本府|臺|台)[^,;。]{1,20}?,$")

#: A pointer to an endnote, which tells the particulars of what the text sums up there
#: (市長率團訪問某國（註九）: the note names the cities).
_NOTE_POINTER = rx(r"\(註[一二三四五六七八九十\d]+\)")

#: A city's own government named after it (某市政府, 某市市府, 某市役所, 某縣廳, 某市市政廳):
#: the city itself, as the other side of a meeting.
_CITY_GOVERNMENT = rx(r"(?:市|縣|州|道)?(?:政府|府|役所|廳|政廳)")

#: Going along with the city's leader (陪同陳市長, 偕同王副市長, 隨同市長): the city's
#: call, those along with it.
_ALONG_WITH_HOME = rx(r"(?:陪同|偕同|隨同)(?:本府)?[\u4e00-\u9fff]{0,4}?" + _HOME_TITLE)

#: A home school sending its own people: 由國立某某大學遴派2名學生, 由本市某高中組團.
#: Or one opening the sentence or a clause: 本市某高工師生一行24人…赴…, …，本市某高商由
#: 校長率師生…赴….
_SCHOOL_SENDS = rx(
    # 市立某高中師生…赴…: a municipal school, the city's own as 本市 makes it; so does
    # the city's name opening the school's (高雄女中校長某某帶著師生飛往…)
    r"(?:由(?:本市)?|(?:^|,)本市|(?:^|,)(?=市立|高雄))(" + school_name("至之由本") + r")"
    # 本市某高商(由)校長率師生…: its head leading its own people
    r"(?:組團|遴派|選派|派|師生|學生"
    r"|(?:由(?:該校)?)?(?:校長|主任|老師|教師)[^,]{0,4}?(?:率|帶領|帶著))"
)

#: The city's staff going along with a body named next (某局派員隨同某某研究院，赴…;
#: 偕同某某協會): the body went too.
_ALONG_WITH = rx(r"(?:隨同|偕同)((?:(?![及與和])[\u4e00-\u9fff]){3,20})(?=[,;]|赴|前往)")

#: A sentence taking up the city's delegation just told of and dating its setting out
#: (該團已於本（六）月七日啟程, 代表團於3月2日出發): the trip the sentence before told.
_DELEGATION_SETS_OUT = rx(
    r"^(?:該團|本團|訪團|該代表團|代表團|全團|一行)(?:人員)?(?:已|均|皆)?於?"
    r"[^,;。]{1,14}?(?:啟程|出發|出國|搭機前往)"
)

#: A month written by its number (二月, 3月, 本（六）月), not only called this month (本月).
_MONTH_WRITTEN = rx(r"[0-9〇○零一二三四五六七八九十]\)?月")

#: The day it returns, of the month it set out in (預定十三日返國, 並於20日返臺) or of
#: a month told (預定六月三日返國): the whole date, then the day.
_RETURNS_ON = rx(
    r"[^。]*?((?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?(\d{1,2}|[一二三四五六七八九十]{1,3})日)"
    r"(?:返國|回國|返臺|返抵國門|返抵本市)"
)


#: A home school sending its people along with the city's delegation: 本市某高中亦派員
#: 隨團前往, 某國小並派師生隨團出訪.
_SENT_ALONG = rx(
    r"^(?:本市)?(" + school_name("至之由率") + r")(?:亦|並|也)*"
    r"(?:派員|派師生|派代表|派教師)隨團(?:前往|出訪|出國)?"
)


#: One named who went along with the city's delegation: 隨團訪問的某高中校長某某.
_MEMBER_ALONG = rx(r"^隨團(?:訪問|前往|出訪)(?:之|的)")


#: A body gone to, then the call on it (赴某港務局（Port of …）參訪): the body, its gloss
#: no part of it.
_GONE_TO_BODY = rx(r"(?:赴|前往|至)([^,;。赴]{2,30}?)(?:\([^()]*\))?$")


#: Going along with a school's own head or people, the school named before (陪同校長,
#: 陪同該校師生, 偕同校長及學生代表); the group is 該校 where it is written.
_ALONG_WITH_SCHOOLS_OWN = rx(r"(?:陪同|偕同)(該校)?(?:校長|師生|學生|教師)")

#: The city's school opening a sentence (本市某高級中學與…, 本市市立某國中…).
_OUR_SCHOOL_OPENING = rx(r"本市(" + school_name("至之由本") + ")")

#: A part of a place named by its quarter (西北部, 南部地區): a region, no body.
_PART_OF_PLACE = rx(r"[東西南北中]{1,2}部(?:地區)?")


#: A body gone to, then what was studied there (派員赴某管理局考察郵輪碼頭營運, 赴某國某局
#: (gloss)觀摩): the body, called on.
_GONE_TO_BODY_TO_STUDY = rx(
    r"(?:赴|前往)([^,;。赴「」]{2,30}?)(?:\([^()]*\))?(?=考察|觀摩|研習|見習)"
)


#: Going to or touring a school on a trip (前往某高中, 參觀某大學): a call on it too.
_GOES_TO_SCHOOL = rx(r"前往|參觀")


class TripRules(VisitCommon):
    """Where the city's people went, led by whom, on which days."""

    #: The body the city's staff went along with (偕同某樂團赴…), and where told.
    _brought_along: tuple[str, Sentence] | None = None
    #: The city's stay a leg began with no last day told, which the next leg's going
    #: on, or leaving it (離某市), ends.
    _open_stay: Relation | None = None

    def _went_along_with(self, sentence: Sentence) -> None:
        """「某局派員隨同某某研究院，赴某地出席「…」」: the body the city's staff went along
        with went there on the same days and took part as they did; and what the body
        attended there (…偕同某樂團赴某市；國樂團參加「…」大遊行), the city attended."""
        brought = self._brought_along
        self._brought_along = None
        if brought is not None and self.previous is brought[1]:
            # (…；國樂團參加「…」大遊行: with the trip's sentence, which tells who went)
            self._took_part_through(brought[0], sentence, brought[1])
        along = _ALONG_WITH.search(sentence.norm)
        if along is None:
            return
        body = self._outside_body(along.group(1)) or self._home_civic_body(along.group(1))
        if body is None:
            return
        self._brought_along = (body, sentence)
        told = [
            r
            for r in list(self.facts.relations.values())
            if r.source == self.home
            and r.type in (RelType.VISITED, RelType.PARTICIPATED_IN)
            and told_in(r, sentence)
        ]
        for r in told:
            props = {k: v for k, v in r.properties.items() if k not in ("bureaus", "role")}
            self.facts.relate(r.type, body, r.target, sentence, **props)
        self._took_part_through(body, sentence)

    def _took_part_through(self, body: str, sentence: Sentence, *also: Sentence) -> None:
        """What the body the city brought along attended, as `sentence` tells it (…偕同
        某樂團赴某市；國樂團參加「…」大遊行), the city attended too."""
        for r in list(self.facts.relations.values()):
            if (
                r.source == body
                and r.type == RelType.PARTICIPATED_IN
                and r.properties.get("status") == Attendance.ATTENDED
                and told_in(r, sentence)
            ):
                year = r.properties.get("year")
                self.facts.relate(
                    r.type,
                    self.home,
                    r.target,
                    sentence,
                    also,
                    status=Attendance.ATTENDED,
                    year=year,
                )

    def _roster_went(self, clause: Clause) -> None:
        """A part of a trip's item listing its roster (一、某市長率團訪問甲市及乙市
        (一)團員名單 團長:… 副團長:… 團員:某局局長某某、某樂團團長某某暨團員…): each
        person named, and a troupe or school of theirs, went to each city of the trip,
        on the city's days there."""
        trip = self._trip_abroad
        if trip is None or trip.told_in is None or clause.start != 0:
            return
        if not _ROSTER_LINE.match(clause.sentence.norm) or not self._part_of(trip.section, clause):
            return
        part = self._section(clause.sentence.section)
        if part is not None and _NOT_OUR_ROSTER.search(part.title):
            return  # (二)某市接待人員, 某市回訪團名單: not who went with the city
        told = clause.sentence
        # (其中某局長因公臨時未克隨行: named, but stayed)
        stayed = "".join(p for p in _CLAUSE_BREAK.split(told.norm) if _ABSENT.search(p))
        members = {
            pid for name, pid in self.people.items() if name in told.norm and name not in stayed
        }
        bodies = {
            r.target
            for r in self.facts.relations.values()
            if r.type == RelType.HOLDS_TITLE
            and r.source in members
            and self.facts.entities[r.target].properties.get("kind")
            in (*_TROUPE_KINDS, *_SCHOOL_KINDS)
        }
        trips = [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED and r.source == self.home and told_in(r, trip.told_in)
        ]
        for visit in trips:
            days = _visit_days(visit.properties)
            for member in sorted(members | bodies):
                self.facts.relate(RelType.VISITED, member, visit.target, told, **days)

    def _stops_in_heading_gloss(self, clause: Clause) -> None:
        """A part of a trip's item headed by its stops in brackets (一、某市長率團訪問甲市
        及乙市(9月3日至9日) … (二)行程紀要(9月3日至6日訪問甲市，9月6日至8日訪問乙市)):
        each city visited on the days written before it, not the whole trip's."""
        trip = self._trip_abroad
        gloss = _HEADING_GLOSS.search(clause.norm)
        if trip is None or gloss is None or not clause.sentence.is_heading:
            return
        if not self._part_of(trip.section, clause):
            return
        dates = [d for d in clause.dates if d.text_start - clause.start >= gloss.start()]
        for date, after in zip(dates, [*dates[1:], None], strict=True):
            start = date.text_end - clause.start
            end = after.text_start - clause.start if after else len(clause.norm)
            if not _LEG_OPENING.match(clause.norm[start:end]):
                continue
            stops = [pid for at, _, pid in clause.places if start <= at < end]
            self._leg_days(stops, {"start": date.start, "end": date.end})
            self._leaders_days_as_citys(stops, clause.sentence)

    def _leaders_days_as_citys(self, stops: list[str], told: Sentence) -> None:
        """The city's visit to each stop and those of the people leading it, told by
        the same sentence: the city's days there, as `told` (the stops' gloss) tells."""
        for city in stops:
            ours = [
                r
                for r in self.facts.relations.values()
                if r.type == RelType.VISITED and r.source == self.home and r.target == city
            ]
            for visit in ours:
                days = {k: visit.properties[k] for k in ("start", "end") if k in visit.properties}
                for led in self.facts.relations.values():
                    if not (
                        led.type == RelType.VISITED
                        and led.target == city
                        and led.source in (self.home, *self.people.values())
                        and led.evidence[:1] == visit.evidence[:1]
                    ):
                        continue
                    led.properties.pop("end", None)
                    led.properties.update(days)
                    self.facts.add_evidence(led, told)

    def _part_of(self, told: int, clause: Clause) -> bool:
        """Whether the clause stands in a part of item `told` (its (一), (二)…)."""
        here = clause.sentence.section
        return here is not None and self.parsed.sections[here].parent == told

    @staticmethod
    def _return_visit_after_going(clause: Clause) -> bool:
        """Whether the clause opens with a return visit paid where the clause before went
        (某高中師生…赴某市，回訪某高中): abroad, nobody came."""
        before = clause.sentence.norm[: clause.start]
        return bool(
            _RETURN_VISIT_OPENING.match(clause.norm) and _GONE_BEFORE_RETURN_VISIT.search(before)
        )

    def _trip_recalled(self, clause: Clause) -> bool:
        """A trip of the city's told as the time of something else, after the words it
        is the time of (延續本年4月陳市長訪問某市時所建立之合作共識): the city went to the
        cities named then, led by that official. True when the clause recalls one."""
        recalled = _TRIP_RECALLED.search(clause.norm)
        if recalled is None or not _ADVERB_OPENING.sub("", clause.norm[: recalled.start()]):
            return False  # 4月陳市長率團訪問某市期間，拜會…: the trip itself, told now
        cities = [
            pid
            for start, _, pid in clause.places
            if recalled.start("place") <= start < recalled.end("place")
            and pid != self.home
            and self.facts.label_of(pid) == Label.CITY
        ]
        told = [
            d
            for d in clause.dates
            if recalled.start("time") <= d.text_start - clause.start < recalled.end("time")
        ]
        # a trip of its own, not merged with another to the same city (trip: its time)
        when = {"start": told[0].start, "year": told[0].year, "trip": told[0].start} if told else {}
        for city in cities:
            self.facts.relate(
                RelType.VISITED,
                self.home,
                city,
                clause.sentence,
                led_by=recalled.group("leader"),
                **when,
            )
        return bool(cities)

    def _went_along(self, clause: Clause) -> bool:
        """A home school sending its people with the city's delegation told before in the
        section (本市市立某高中亦派員隨團前往): it visited where the delegation went.
        One named who went with it (隨團訪問的市立某高中校長某某): he did, those days."""
        along = _SENT_ALONG.match(clause.norm)
        member = _MEMBER_ALONG.match(clause.norm) if along is None else None
        if member is not None and self._coming_told_after_trip():
            # …前往某市訪問。某市教育長某某率團來訪。隨團訪問的某校校長某某，…: he came
            # with the guests, the last delegation told
            people = [pid for name, pid in self.people.items() if name in clause.norm]
            for visit, person in ((v, p) for v in self._comings_told() for p in people):
                when = _visit_days(visit.properties)
                self.facts.relate(RelType.VISITED, person, self.home, clause.sentence, **when)
            return bool(people)
        gone_to = self._delegations_trips(clause) if along or member else []
        if along is not None:
            school = self._home_body(along.group(1))
            for visit in gone_to:
                year = visit.properties.get("year")
                self.facts.relate(RelType.VISITED, school, visit.target, clause.sentence, year=year)
        if member is not None:
            people = [pid for name, pid in self.people.items() if name in clause.norm]
            for visit, person in ((v, p) for v in gone_to for p in people):
                when = _visit_days(visit.properties)
                self.facts.relate(RelType.VISITED, person, visit.target, clause.sentence, **when)
        return bool(gone_to)

    def _comings_told(self) -> list[Relation]:
        """The visits to the city of the last coming told (its visitors')."""
        return [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED
            and r.target == self.home
            and r.source in self._came_visitors
            and any(e.start == self._came_in for e in r.evidence)
        ]

    def _coming_told_after_trip(self) -> bool:
        """Whether guests' coming was told after the city's last trip abroad (or with
        none told): the last delegation told came."""
        if self._came_in is None or not self._comings_told():
            return False
        trip = self._trip_abroad
        return trip is None or trip.told_in is None or trip.told_in.start < self._came_in

    def _delegations_trips(self, clause: Clause) -> list[Relation]:
        """The visits of the city's delegation told before in the section (or the item
        before it): where it went, and when."""
        trip = self._trip_abroad
        if trip is None or trip.told_in is None:
            return []
        if not self._same_or_next_item(trip.section, clause.sentence.section):
            return []
        told = (trip.told_in.start, trip.told_in.end)
        return [
            r
            for r in list(self.facts.relations.values())
            if r.type == RelType.VISITED
            and r.source == self.home
            and any((e.start, e.end) == told for e in r.evidence)
        ]

    def _left_stop(self, clause: Clause) -> bool:
        """A clause telling the city's delegation leaving the stop a leg began on a day
        (…於10月15日轉往乙市，…；19日離乙市): the stay's last day."""
        if self._open_stay is None or not _LEAVES_STOP.match(_DATE_PREFIX.sub("", clause.norm)):
            return False
        days = [d for d in clause.dates if d.precision == "day" and not d.end]
        places = [place_id for _, _, place_id in clause.places]
        if len(days) != 1 or self._open_stay.target not in places:
            return False
        self._end_open_stay(days[0].start, self._open_stay.target)
        return True

    def _nobody_went(self, clause: Clause, sentence_norm: str) -> bool:
        """Whether the sentence tells of no one going: by video (以視訊方式出席), a trip not
        held (原訂…組團赴某市…因疫情延後), or someone absent. A meeting planned in a later
        clause (某市長率團來訪，原訂晚間與陳市長餐敘，因班機延誤而取消) is not the trip told
        before it, which was made; any other plan may be (至某市長來訪一節，該市原擬於四月
        間組團訪華，…延期: the same trip)."""
        plan = _PLAN_FIRST.search(sentence_norm)
        planned = _CLAUSE_BREAK.split(sentence_norm[plan.start() :], maxsplit=1)[0] if plan else ""
        told = (
            sentence_norm[: plan.start()]
            if plan
            and plan.start() >= clause.start + len(clause.norm)
            and _MEET.search(planned)
            and not _COME.search(planned)
            else sentence_norm
        )
        return bool(
            self._virtual(sentence_norm)
            or _NOT_HELD.search(told)
            or _ABSENT.search(clause.norm)
            or self._home_declined_after(clause, sentence_norm)
        )

    def _home_declined_after(self, clause: Clause, sentence_norm: str) -> bool:
        """Whether a later clause of the sentence tells the city declined (接獲某市邀請，
        參加該市舉辦之「…」，惟…本府婉謝與會): the going the clause speaks of never was."""
        later = sentence_norm[clause.start + len(clause.norm) :]
        return any(
            _ABSENT.search(part) and not _MEETING_MISSED.search(part) and self._home_acts(part)
            for part in _CLAUSE_BREAK.split(later)
        )

    def _country_opens_body(self, text: str, end: int, pid: str) -> bool:
        """Whether the country ending at `end` opens a body's name rather than standing
        alone as where one went (韓國駐台機構, not 韓國訪問)."""
        return self.facts.label_of(pid) == Label.COUNTRY and not (
            _COUNTRY_ALONE.match(text[end : end + 2]) and not self._body_named_on(text, end)
        )

    @staticmethod
    def _during_trip_told(clause: Clause) -> bool:
        """Whether the clause opens by the time of the trip just told (訪問期間適逢…) and
        goes nowhere after it: its 訪問 is that trip's, no new one."""
        during = _DURING_TRIP_OPENING.match(clause.norm)
        return during is not None and not _GO.search(clause.norm, during.end())

    def _went_abroad(self, clause: Clause, sentence_norm: str) -> None:
        """The city (or its school, or a leg of its trip) going to the cities named
        (王市長率團赴某市訪問; 某國小赴某市交流): who went, led by whom, and the trip
        whose legs the items after it tell (…訪問甲國及乙國，行程如下：)."""
        destinations = self._cities_met_in(self._destinations(clause), clause, sentence_norm)
        school = _SCHOOL_SENDS.search(sentence_norm)
        leg = self._leg_of(clause) or self._leg_told_after(clause)
        remembered = (
            self._remember_trip(clause, sentence_norm) if leg is None and not school else None
        )
        if not destinations and self._trip_without_stops(clause, sentence_norm, leg, school):
            self._itinerary = self._trip_told(
                clause.sentence.section,  # type: ignore[arg-type]
                self._leader(sentence_norm) or "",
                self._bureaus(sentence_norm),
                {},
            )
        if not destinations or not self._home_side_went(sentence_norm, school, leg):
            return
        actor = self._home_body(school.group(1)) if school else self._home_actor(sentence_norm)
        leader = self._leader(sentence_norm) or (leg.led_by if leg else None) or ""
        bureaus = self._bureaus(sentence_norm) or (leg.bureaus if leg else [])
        parties = [actor, *self._teams_led(sentence_norm), *self._bodies_along(sentence_norm)]
        parties += self._school_whose_head_went(sentence_norm, clause, destinations)
        along = self._home_body_of_delegation_led(sentence_norm, by_city=True)
        parties += [along] if along and not school else []  # 吳市長率領市議會議員訪問團
        if leg is not None:
            self._leg_days(destinations, self._visit_when(clause), leg.days)
        visits = self._visited_destinations(clause, destinations, parties, leader, bureaus)
        if leg is not None:
            self._leg_replaces_country(leg, destinations)
        elif _ITEMS_FOLLOW.search(sentence_norm) and clause.sentence.section is not None:
            self._itinerary = self._trip_told(clause.sentence.section, leader, bureaus, visits)
        if remembered is not None:  # 率團赴甲國訪問，4月19日至21日停留某市: a leg makes
            told = self._trip_told(remembered.section, leader, bureaus, visits)
            remembered.countries.update(told.countries)  # the visit to 甲國 precise

    def _trip_without_stops(
        self,
        clause: Clause,
        sentence_norm: str,
        leg: _Itinerary | None,
        school: re.Match[str] | None,
    ) -> bool:
        """Whether the clause tells the city's trip abroad naming no place, its stops
        told in the items after it (王副市長於3月5日至15日率觀光局人員組團出訪，行程如下：
        1.…訪問甲市 2.…轉赴乙市): the items are legs of it, led as it was."""
        return bool(
            leg is None
            and school is None
            and clause.sentence.section is not None
            and _GO.search(clause.norm)
            and _ITEMS_FOLLOW.search(sentence_norm)
            and self._home_acts(sentence_norm)
        )

    def _home_side_went(
        self, sentence_norm: str, school: re.Match[str] | None, leg: _Itinerary | None
    ) -> bool:
        """Whether the one going is the city's: the city acts (王市長率團赴某市), its school
        sends (本市某國小赴某市交流), or the clause is a leg of its trip."""
        return bool(self._home_acts(sentence_norm) or school or leg)

    def _school_whose_head_went(
        self, sentence_norm: str, clause: Clause, destinations: list[str]
    ) -> list[str]:
        """The city's school the sentence opens with, when the city's staff went along with
        its head or its people abroad (本市某高中與某國某高校簽訂姊妹校協定，由本府教育局
        派員陪同校長赴某縣出席簽約儀式): the school went too. Not a going at home (陪同該校
        師生赴台南參訪: the guests shown round), nor 該校 taken up as the other school,
        named last, going elsewhere than its own place."""
        along = _ALONG_WITH_SCHOOLS_OWN.search(sentence_norm, 0, clause.start + len(clause.norm))
        opening = _DATE_PREFIX.sub("", sentence_norm)
        school = _OUR_SCHOOL_OPENING.match(opening)
        if along is None or school is None or all(self._at_home(d) for d in destinations):
            return []
        if along.group(1):
            # 本市甲高中與某市乙高中…，…陪同該校師生赴某市: 乙高中 named last, unless it
            # is of the place gone to (its people would go home)
            between = sentence_norm[
                len(sentence_norm) - len(opening) + school.end() : along.start()
            ]
            others = [m.place.id for m in self._place_mentions(between)]
            regions = {r for d in destinations for r in (d, self._region_of(d)) if r}
            if others and others[-1] not in regions:
                return []
        return [self._home_body(school.group(1))]

    def _teams_led(self, sentence_norm: str) -> list[str]:
        """The team led along, which went too (率領本市少棒隊); the city's own delegation
        (率本市青年代表團) is the city."""
        team = _LED_TEAM.search(sentence_norm)
        # 率本市表演團隊, 率本市藝文團體: troupes told by their kind, no body named; 率本市
        # 某業者十家組團: a group formed (組團), the city's delegation
        generic = team is not None and (
            sentence_norm[team.end(1) :].startswith(("體", "隊"))
            or team.group(1).endswith(("組團", "組隊"))
        )
        if team and not generic and not _DELEGATION.search(team.group(1)):
            return [self._home_body(team.group(1))]
        school = _LED_SCHOOL.search(sentence_norm)
        if school is not None:  # 率本市某高級中學師生一行…赴: the school went
            return [self._home_body(school.group(1))]
        return self._home_troupes(sentence_norm)

    def _visited_destinations(
        self,
        clause: Clause,
        destinations: list[str],
        parties: list[str],
        leader: str,
        bureaus: list[str],
    ) -> dict[str, str]:
        """Each destination VISITED by the people leading (秘書處王大明處長) and the
        parties going (the city or its school, and the team led along); the key of the
        city's visit to each."""
        led = [pid for name, pid in self.people.items() if name in leader]  # 秘書處王大明處長
        led += self._officials_going(clause.norm)
        if leader and self.lex.home_org(leader):
            leader = ""  # 建設局率團訪問某市: the bureau is the trip's (bureaus), no leader
        trip_when = self._visit_when(self._without_stops_pasts(clause))
        stops = self._days_of_stops(clause)
        visits: dict[str, str] = {}
        for city in destinations:
            when = stops.get(city, trip_when)
            for person in led:
                self.facts.relate(RelType.VISITED, person, city, clause.sentence, **when)
            for party in parties:
                visit = self.facts.relate(
                    RelType.VISITED,
                    party,
                    city,
                    clause.sentence,
                    led_by=leader or None,
                    bureaus=bureaus or None,
                    purpose=self._purpose(clause.norm),
                    **when,
                )
                if visit is not None and party == self.home:
                    visits[city] = visit.key
        return visits

    @staticmethod
    def _without_stops_pasts(clause: Clause) -> Clause:
        """The clause without the dates in brackets right after its stops when it has a
        day of its own outside them (108年3月10日至14日…訪問甲市（1981年締結姊妹市）與乙市
        （2013年簽署交流備忘錄）): those years tell each stop's past, not the trip's."""
        brackets = [
            gloss.span()
            for _, end, _ in clause.places
            if (gloss := _GLOSS.match(clause.norm, end)) is not None
        ]
        outside = [
            d
            for d in clause.dates
            if not any(s <= d.text_start - clause.start < e for s, e in brackets)
        ]
        if not brackets or not any(d.precision == "day" for d in outside + clause.earlier_dates):
            return clause
        return replace(clause, dates=outside)

    @staticmethod
    def _days_of_stops(clause: Clause) -> dict[str, dict[str, object]]:
        """The days of each stop of a trip written in the gloss after it (先後前往甲市
        （Some City，9月1日至3日）、乙市（Other City，9月4日至5日）): the stop's own,
        not the whole trip's nor the stop's before it."""
        days: dict[str, dict[str, object]] = {}
        for _, end, pid in clause.places:
            gloss = _GLOSS.match(clause.norm, end)
            if gloss is None or pid in days:
                continue
            within = [
                d
                for d in clause.dates
                if clause.start + gloss.start() <= d.text_start < clause.start + gloss.end()
                and d.precision == "day"
            ]
            if len(within) == 1:
                days[pid] = {"start": within[0].start, "end": within[0].end, "year": within[0].year}
        return days

    def _trip_told(
        self, section: int, leader: str, bureaus: list[str], visits: dict[str, str]
    ) -> _Itinerary:
        """The trip a sentence tells before the items detailing it (王市長率團訪問甲國及
        乙國，行程如下：), with the keys of its visits to countries by their code."""
        return _Itinerary(
            section,
            leader or None,
            bureaus,
            {
                self.facts.entities[city].properties.get("code", ""): key
                for city, key in visits.items()
                if self.facts.label_of(city) == Label.COUNTRY
            },
        )

    def _drop_summary_trips(self) -> None:
        """The city's trips to countries an overview tells for the whole period (本府1月
        至6月…，並組團出訪甲國、乙國等國) whose items tell the trips to cities of them:
        those trips, not also the summary. A summary names several countries, or closes
        its list with 等國, or stands before the first section; a trip to one country
        dated by the period (本府某局1月至6月派員赴甲國交流) is one of its own. A
        heading's trip to countries (陳市長率團訪問甲國) goes too when the text tells the
        cities of them."""
        period = self.period
        if period is None:
            return
        trips = [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED and r.source == self.home
        ]
        gone: set[object] = set()
        gone_in: dict[int | None, set[object]] = {}  # by item: 陳市長率團訪問甲國 is
        for r in trips:  # told again by that item's trips to cities, not another's
            if self.facts.label_of(r.target) == Label.CITY:
                code = self.facts.entities[r.target].properties.get("country")
                gone.add(code)
                for sentence in self._told_in(r):
                    # and by the heading above its item (曾副市長率團訪問甲國及乙國 over
                    # 1.…訪問甲國某市 2.…轉赴乙國某市)
                    for section in self._section_and_above(sentence.section):
                        gone_in.setdefault(section, set()).add(code)
        headings = {(s.start, s.end) for s in self.parsed.sentences if s.is_heading}
        for trip in trips:
            country = self.facts.entities[trip.target]
            code = country.properties.get("code")
            told = self._told_in(trip)
            # (told by a heading, and maybe again by the overview summing up the period)
            told_by_heading = (
                "start" not in trip.properties
                and all(
                    (e.start, e.end) in headings
                    or any((s.start, s.end) == (e.start, e.end) and self._summary(s) for s in told)
                    for e in trip.evidence
                )
                and any(
                    (s.start, s.end) in headings and code in gone_in.get(s.section, ())
                    for s in told
                )
            )
            summed_up = (trip.properties.get("start"), trip.properties.get("end")) == (
                period.start,
                period.end,
            ) and any(self._summary(s) for s in self._told_in(trip))
            detailed = self._cities_dated_within(trip, code, trips)
            # 市長率團訪問甲國（註九）, the note telling the trip to a city of it: the city's
            noted = "start" not in trip.properties and all(
                _NOTE_POINTER.search(normalize(e.text)) for e in trip.evidence
            )
            if country.label == Label.COUNTRY and (
                (summed_up and code in gone)
                or told_by_heading
                or detailed
                or (noted and code in gone)
            ):
                del self.facts.relations[trip.key]
                self._drop_leaders_summary(trip)

    def _drop_domestic_person_visits(self) -> None:
        """A person's visit to another place of the city's own country (本府秘書長某某陪同
        某市長前往臺南參觀, 本府派某科長赴臺北出席…): the reports' visits are of places
        abroad or of the city itself, so no such visit is a person's."""
        for visit in list(self.facts.relations.values()):
            if (
                visit.type == RelType.VISITED
                and self.facts.label_of(visit.source) == Label.PERSON
                and visit.target != self.home
                and self.facts.label_of(visit.target) == Label.CITY
                and self.facts.entities[visit.target].properties.get("country")
                == self.facts.entities[self.home].properties.get("country")
            ):
                del self.facts.relations[visit.key]

    def _cities_dated_within(self, trip: Relation, code: object, trips: list[Relation]) -> bool:
        """Whether the city's dated trip to a country is told again, city by city, on
        days within it (a log line 11.16～11.28 曾副市長率團訪問甲國及乙國, and the section
        detailing 11月17日至20日訪問甲國某市…): the cities tell it."""
        first, last = trip.properties.get("start"), trip.properties.get("end")
        if not (isinstance(first, str) and isinstance(last, str) and len(first) == 10):
            return False
        return any(
            self.facts.label_of(r.target) == Label.CITY
            and self.facts.entities[r.target].properties.get("country") == code
            and dated_within(r.properties, trip.properties)
            for r in trips
        )

    def _section_and_above(self, index: int | None) -> list[int | None]:
        """Section `index` and the sections it is within, innermost first."""
        found: list[int | None] = [index]
        section = self._section(index)
        while section is not None and section.parent is not None:
            found.append(section.parent)
            section = self._section(section.parent)
        return found

    def _remember_trip(self, clause: Clause, sentence_norm: str) -> _Itinerary | None:
        """The city's trip abroad a clause tells, led by someone (陳市長率經發局組團訪問
        某國), whose delegation later clauses of the section may follow to each stop: in
        its own sentence or the next, clauses with no subject that open with going
        (…訪問某國，4月19日至21日停留甲市…；22日轉赴乙市) are legs of it too."""
        section = clause.sentence.section
        if section is None or not _GO.search(clause.norm) or not self._home_acts(sentence_norm):
            return None
        leader = self._leader(sentence_norm)
        if not leader:
            return None
        when = self._visit_when(clause)
        start, end = when.get("start"), when.get("end") or when.get("start")
        days = (start, end) if isinstance(start, str) and isinstance(end, str) else None
        self._trip_abroad = _Itinerary(
            section, leader, self._bureaus(sentence_norm), {}, told_in=clause.sentence, days=days
        )
        self._leg_sentence = clause.sentence
        return self._trip_abroad

    def _leg_days(
        self,
        destinations: list[str],
        when: dict[str, object],
        trip_days: tuple[str, str] | None = None,
    ) -> None:
        """A leg's own days (一行於3月29日抵達甲市；31日轉往乙市) within a trip told to
        several cities over its whole days (3月29日至4月2日訪問甲市、乙市及丙市): the
        visit to that city is of the leg's days, not the trip's. Not a stop whose own
        days were told already, other than the whole trip's `trip_days` (行程依序為甲市
        （4月12日至16日）…。4月15日在甲市與某協會簽署: a day of that stay)."""
        start, end = when.get("start"), when.get("end")
        if not (isinstance(start, str) and len(start) == len("2000-01-01")):
            return
        trips = [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED and r.source == self.home
        ]
        for visit in (r for r in trips if r.target in destinations):
            first, last = visit.properties.get("start"), visit.properties.get("end")
            if not (isinstance(first, str) and isinstance(last, str) and first <= start <= last):
                continue
            if trip_days is not None and (first, last) != trip_days:
                continue  # the stop's own days, told before
            code = str(self.facts.entities[visit.target].properties.get("country", ""))
            shared = any(  # the trip's sentence told the other cities too (not the
                # city's own country: 赴韓國訪問某市 went to that city alone)
                other.target not in (visit.target, f"country:{code.lower()}")
                and other.evidence[:1] == visit.evidence[:1]
                for other in trips
            )
            if shared and str(end or start) <= last:
                self._end_open_stay(start)
                self._members_follow(visit, start, end)
                set_days(visit.properties, start, end)
                self._open_stay = None if end else visit

    def _end_open_stay(self, day: str, place: str | None = None) -> None:
        """The stay a leg began (一行於10月12日抵達甲市) ending on `day`: the day the
        delegation went on to the next stop (15日轉往乙市) or left it (19日離乙市, when
        `place` is that stop); its members' stays with it."""
        stay = self._open_stay
        if stay is None or (place is not None and stay.target != place):
            return
        if str(stay.properties.get("start", "")) < day:
            self._members_follow(stay, stay.properties.get("start"), day)
            stay.properties["end"] = day
        self._open_stay = None

    def _members_follow(self, visit: Relation, start: object, end: object) -> None:
        """The city's members who went to a stop on the whole trip's days (its roster:
        甲、乙…赴某市) stayed there on the leg's days, as the delegation did."""
        whole = (visit.properties.get("start"), visit.properties.get("end"))
        for member in self.facts.relations.values():
            if (
                member.type == RelType.VISITED
                and member.target == visit.target
                and self.facts.label_of(member.source) == Label.PERSON
                and (member.properties.get("start"), member.properties.get("end")) == whole
            ):
                set_days(member.properties, start, end)

    def _leg_replaces_country(self, trip: _Itinerary, destinations: list[str]) -> None:
        """A leg to a city of a country the trip was told as going to: the trip went to
        that city, the country being only its summary; so for those leading it, told
        going there by the same sentence (王大明市長率團訪問甲國: he went to the cities)."""
        for city in destinations:
            if self.facts.label_of(city) != Label.CITY:
                continue
            country = self.facts.entities[city].properties.get("country")
            key = trip.countries.pop(country, None) if country else None
            summary = self.facts.relations.pop(key, None) if key is not None else None
            if summary is not None:
                self._drop_leaders_summary(summary)

    def _drop_leaders_summary(self, summary: Relation) -> None:
        """The visits of people to the country of the city's trip `summary`, dropped, told
        by the same sentence: their trip is the cities of it too."""
        for visit in list(self.facts.relations.values()):
            if (
                visit.type == RelType.VISITED
                and visit.target == summary.target
                and self.facts.label_of(visit.source) == Label.PERSON
                and all(e in summary.evidence for e in visit.evidence)
            ):
                del self.facts.relations[visit.key]

    def _cities_met_in(
        self, destinations: list[str], clause: Clause, sentence_norm: str
    ) -> list[str]:
        """A country gone to, then the cities of it whose people were called on
        (赴日本，先後拜會某市市長某某及某市市長某某): the trip went to those cities."""
        places = [self.gaz.get(pid) for pid in destinations]
        countries = {p.country: p.id for p in places if p is not None and p.label == "Country"}
        start = clause.start + len(clause.norm) + 1  # the clause after this one
        stop = _CLAUSE_BREAK.search(sentence_norm, start)
        following = sentence_norm[start : stop.start() if stop else None]
        verb = _MEET.search(following)
        if not countries or verb is None:
            return destinations
        met = [
            m.place
            for m in self._place_mentions(following)
            if m.start >= verb.end() and m.place.label == "City" and m.place.country in countries
        ]
        if not met:
            return destinations
        gone = [countries[p.country] for p in met]
        cities = [self.facts.place(p) for p in met]
        return list(dict.fromkeys([d for d in destinations if d not in gone] + cities))

    def _body_named_on(self, text: str, at: int) -> bool:
        """Whether the words at `at`, up to where a body's name must end (a verb, a
        break), name a body (某國|交流協會某市事務所拜會…), not a delegation of the
        place's (某國|訪問團)."""
        run = _HAN.match(text, at)
        words = run.group() if run else ""
        stop = _BODY_NAME_END.search(words)
        return self._body_at(words[: stop.start()] if stop else words, 0) is not None

    def _cities_of_list_named(self, clause: Clause) -> bool:
        """Whether the sentence names cities of the countries the clause lists (赴甲國、
        乙國及丙國，期間拜會甲國某市及丙國某市): the trip's stops are those cities, the
        countries only the way to them."""
        countries = {
            pid.split(":")[1]  # country:cz
            for _, _, pid in clause.places
            if self.facts.label_of(pid) == Label.COUNTRY
        }
        return any(
            m.place.label == "City" and m.place.country.lower() in countries
            for m in self._place_mentions(clause.sentence.norm)
        )

    def _host_gone_to(self, clause: Clause) -> list[str]:
        """Going to attend with no place written (某市主辦「…」，…由市長率團前往出席開幕
        典禮): the foreign city holding the event the sentence named went to."""
        if not _GO_TO_ATTEND.search(clause.norm):
            return []
        events = [e for _, _, e in clause.events] or self.state.sentence_events
        return [
            r.source
            for r in self.facts.relations.values()
            if r.type == RelType.HOSTED
            and r.target in events
            and r.source != self.home
            and self.facts.label_of(r.source) == Label.CITY
        ][:1]

    @staticmethod
    def _names_event(after: str) -> bool:
        """Whether the words right after a place name an event held there, unquoted
        (甲市某某節, 乙市工業展, 丙市雪祭)."""
        words = _HAN_WORDS.match(after)
        return bool(words and event_kind(words.group()))

    def _home_school_calling(self, words: str) -> str | None:
        """The home school whose people call on a body abroad, opening the words before
        the verb (本市某國中校長隨團拜訪某中學): it visited, not the city; else None. Not
        when it went with the city's leader (本市某高中校長陪同陳市長拜會…: the city's
        call), nor when it names a class of schools, not one (本市高中職校長)."""
        lead = _SCHOOL.match(_DATE_PREFIX.sub("", words))
        if lead is None or not lead.group().startswith("本市"):
            return None
        if _ALONG_WITH_HOME.search(words, lead.end()):
            return None
        school = lead.group(1)
        named = school.removeprefix("本市")
        if len(named) - len(self.lex.org_ending(named) or named) < 2:
            return None  # 本市高中職校長: no school's name
        return self._home_body(school)

    def _called_on_body(self, clause: Clause, sentence_norm: str) -> None:
        """A body abroad called on, no one of it named, by the city's side on a trip
        (考察人員並拜訪某港務公司, 並順道拜會某公社): the city visited that body, in the
        days of the trip its item tells (or the clause's, the city acting and a foreign
        place opening the body's name: 拜會某國某市港務局). Not a body at home (北上拜會
        外交部): with no trip abroad, the body's name must say it is abroad."""
        verb = _CALLS_ON_BODY.search(clause.norm)
        if verb is None:
            self._body_gone_to_study(clause, sentence_norm)
            self._school_gone_to(clause, sentence_norm)
            return
        self._guest_calls_on_body_here(clause, sentence_norm, verb)
        name = body_name(clause.norm[verb.end() :].rstrip("。"))
        gone_to = _GONE_TO_BODY.search(clause.norm, 0, verb.start())
        if not name and verb.group() == "參訪" and gone_to is not None:
            name = body_name(gone_to.group(1))  # 赴某港務局（Port of …）參訪: the body gone to
        name = self._owner_of_site(name) if name else name
        if name and self._city_called_on(clause, name):
            return
        city = self._city_of_section(name) if name else None
        if city is not None:  # 並順道拜會某市國際協力課: a call on that city
            self._city_called_on(clause, city)
            return
        listed = self._bodies_of_list(name) if name and verb.group() != "參訪" else []
        for body in listed or [name]:
            self._called_on_one(clause, sentence_norm, verb, body)

    def _city_called_on(self, clause: Clause, name: str) -> bool:
        """A foreign city called on by name alone on the city's trip abroad (期間拜會某府
        某市, 並拜會某市): the trip went there too, in its days. True if read so."""
        mentions = self._place_mentions(name)
        if not mentions or "".join(m.surface for m in mentions) != name:
            return False
        place = mentions[-1].place
        if place.label != "City" or place.id == self.home_place.id:
            return False
        trip = self._trip_of_item(clause)
        if trip is None or self._at_home(trip.target):
            return False
        if _AT_THE_VENUE.search(clause.norm):
            return False  # 赴某都參加旅展，期間於展場拜會某市: met at the show, not gone to
        when = {k: v for k, v in trip.properties.items() if k in ("start", "end", "year", "led_by")}
        city = self.facts.place(place, mentions[-1].surface)
        self.facts.relate(RelType.VISITED, self.home, city, clause.sentence, **when)
        return True

    def _body_gone_to_study(self, clause: Clause, sentence_norm: str) -> None:
        """A body abroad gone to, to study something there (捷運局組團赴某國某管理局（gloss）
        考察捷運營運, 派員赴某管理局考察郵輪碼頭): the city visited it, as a body called
        on (a place gone to is a destination: 赴某市考察). Its name in full names a place
        abroad; a body of Taiwan so gone to is no body abroad."""
        gone = _GONE_TO_BODY_TO_STUDY.search(clause.norm)
        name = body_name(gone.group(1)) if gone else None
        if gone is None or not name or not self.lex.org_kind(name):
            return
        places = self._place_mentions(name)
        if places and _PART_OF_PLACE.fullmatch(name[places[-1].end :]):
            return  # 赴美國西北部考察: a part of a country, no body
        if self._city_of_section(name) or self._government_of(name):
            return  # 赴某市政府考察: the city gone to, read as a destination
        full = self._named_before_in_full(name)
        if not any(m.place.country != self.home_place.country for m in self._place_mentions(full)):
            return  # 赴臺北大眾捷運公司考察, 赴交通部考察: a body at home, no trip abroad
        self._called_on_one(clause, sentence_norm, gone, full)

    def _named_before_in_full(self, name: str) -> str:
        """A body's name as the report wrote it in full before, a place opening it, when
        `name` writes it without (與菲律賓某管理局簽署…，赴某管理局考察: the first); else
        `name` as it is."""
        if self._place_mentions(name)[:1]:
            return name
        written = [
            e.name_zh
            for e in self.facts.entities.values()
            if e.label == Label.ORGANIZATION
            and e.name_zh.endswith(name)
            and self._place_mentions(e.name_zh)[:1]
        ]
        return written[0] if len(written) == 1 else name

    def _city_of_section(self, name: str) -> str | None:
        """The foreign city whose government's section `name` is, written after it (某市
        國際協力課, 某市政府觀光課): that city's name as written, the section being no body
        of its own to visit; None for any other name, or a section of another body
        (某市某大學國際課)."""
        opening = [m for m in self._place_mentions(name) if m.place.label == "City"][:1]
        if not opening or opening[0].start != 0 or opening[0].place.id == self.home_place.id:
            return None
        rest = name[opening[0].end :].removeprefix("政府").removeprefix("市政府")
        if self.lex.org_kind(rest) != "division":
            return None
        if any(self.lex.org_kind(rest[:stop]) for stop in range(1, len(rest))):
            return None  # another body's section
        return opening[0].surface

    def _school_gone_to(self, clause: Clause, sentence_norm: str) -> None:
        """A school or university abroad gone to or toured on a trip, its name closing
        the clause (上午前往某高中（Some High School）, 下午參觀某州立大學): the city
        visited it, as it does a body called on."""
        verb = _GOES_TO_SCHOOL.search(clause.norm)
        if verb is None or self._trip_of_item(clause) is None:
            return
        name = body_name(_GLOSS.sub("", clause.norm[verb.end() :]).rstrip("。"))
        if name and _SCHOOLS_COUNTED.search(name):
            return  # 參觀了當地多所中小學: schools counted, no one named
        if name and self.lex.org_kind(name) in _SCHOOL_KINDS and not _JOINER.search(name):
            self._called_on_one(clause, sentence_norm, verb, name)

    def _owner_of_site(self, name: str) -> str:
        """The body whose site a call names (參訪某公司位於某地之工廠, 參訪Port of X位於
        某河畔之貨櫃碼頭: that body), else `name` as it is."""
        owner, located, _ = name.partition("位於")
        return owner if located and self.lex.org_kind(owner) else name

    def _bodies_of_list(self, name: str) -> list[str]:
        """The bodies a list called on names, each ending like an organization, maybe
        glossed (拜會甲捷運公司（Some Corp）及乙地鐵公司, 拜會甲公司與乙港務局); none when
        some item is no body (拜會某市長及市議會: an official and a body)."""
        items = _JOINER.split(_GLOSS.sub("", name))
        if len(items) < 2 or not all(self.lex.org_kind(item) for item in items):
            return []
        return items

    def _called_on_one(
        self, clause: Clause, sentence_norm: str, verb: re.Match[str], name: str | None
    ) -> None:
        """One body called on (see _called_on_body)."""
        kind = self.lex.org_kind(name) if name else None
        government = name
        city = self._government_of(government) if government else None
        home = self.lex.home_org(name) or _HOME_ACTOR.match(name) if name else None
        if (not name or not kind or kind == "delegation" or home) and not city:
            return  # (拜會本府建設局: the city's own bureau, at home)
        if verb.group() == "參訪" and (city or _JOINER.search(name or "")):
            return  # 參訪某港貨櫃碼頭及當地大學: sites toured, no one body called on
        if name and not city and self._official_and_body(name):
            # 拜會某市長及市議會: an official and a body, no one body's name; but 拜會
            # 某市長及某市港務局: the body named in full after the official
            name = name[_JOINER.search(name).end() :]  # type: ignore[union-attr]
            opening = self._place_mentions(name)[:1]
            if not opening or opening[0].start != 0 or not self.lex.org_kind(name):
                return
        trip = self._trip_of_item(clause)
        if trip is not None and self._at_home(trip.target):
            trip = None  # 赴臺北拜會某部: no trip abroad
        written = self._place_mentions(name) if name else []
        place = written[0].place if written and written[0].start == 0 else None
        abroad = city is not None or (place is not None and place.id != self.home_place.id)
        if trip is None and (not abroad or not self._home_acts(sentence_norm)):
            return
        when = (
            {k: v for k, v in trip.properties.items() if k in ("start", "end", "year", "led_by")}
            if trip is not None
            else self._when(clause, carry=True)
        )
        if trip is not None and any(
            d.precision == "day" for d in [*clause.dates, *clause.earlier_dates]
        ):  # 9月4日：上午拜會某市政府: the day of the trip it was, not the trip's days
            own = self._when(clause, carry=True)
            when = {k: v for k, v in when.items() if k == "led_by"} | own
        if city is not None:  # 並拜會某市政府: the city met the city, on its trip
            self.facts.relate(RelType.MET_WITH, self.home, city, clause.sentence, **when)
            return
        assert name is not None and kind is not None
        if written and written[0].place.id == self.home_place.id:
            return
        body = self._organization(name, kind, place)
        visitor = self._home_school_calling(clause.norm[: verb.start()]) or self.home
        self.facts.relate(RelType.VISITED, visitor, body, clause.sentence, **when)
        if trip is not None:
            self._country_only_where_body_is(clause, trip, verb.start())

    def _country_only_where_body_is(self, clause: Clause, trip: Relation, verb_at: int) -> None:
        """A trip to a country told only as where the body called on is (赴某國訪問某管理局):
        the body was visited, the country named no destination of its own."""
        if self.facts.label_of(trip.target) != Label.COUNTRY:
            return
        here = (clause.sentence.start, clause.sentence.end)
        if [(e.start, e.end) for e in trip.evidence] != [here]:
            return  # told by another sentence too
        before = clause.norm[:verb_at]
        country = self.facts.entities[trip.target]
        names = [normalize(n) for n in (country.name_zh, *country.aliases) if n]
        if any(before.endswith(n) for n in names):
            del self.facts.relations[trip.key]

    def _official_and_body(self, name: str) -> bool:
        """Whether the words read as a body called on join an official to a body
        (某市長及市議會, 某州州長與州議會): a title ends the words before the joiner."""
        joined = _JOINER.search(name)
        if joined is None:
            return False
        return any(name[: joined.start()].endswith(title) for title in self.lex.titles)

    def _government_of(self, name: str) -> str | None:
        """The foreign city whose own government `name` is (某國某市政府, 某市市府): the
        city; None for another body."""
        cities = [m for m in self._place_mentions(name) if m.place.label != "Country"]
        if not cities or cities[-1].place.id == self.home_place.id:
            return None
        before = name[: cities[-1].start]
        if before and not self.gaz.country(before):
            return None
        if not _CITY_GOVERNMENT.fullmatch(name[cities[-1].end :]):
            return None
        return self.facts.place(cities[-1].place)

    def _dated_by_setting_out(self, sentence: Sentence, spans: list[DateSpan]) -> None:
        """A sentence taking up the city's delegation the one before told of (該團, 代表團)
        and dating its setting out, maybe its return (該團已於本（六）月七日啟程，…預定
        十三日返國): the city's trips abroad that sentence told are of those days."""
        setting_out = _DELEGATION_SETS_OUT.match(sentence.norm)
        days = [d for d in spans if d.precision == "day" and d.text_start >= 0]
        if setting_out is None or not days or self.previous is None:
            return
        start, end = days[0].start, days[0].end
        back = _RETURNS_ON.match(sentence.norm, days[0].text_end)
        if back is not None and end is None:
            # 預定十三日返國: a day of the month set out in; 預定六月三日返國: that day
            returned = [d.start for d in days[1:] if d.text_end == back.end(1)]
            end = returned[0] if "月" in back.group(1) and returned else None
            end = end or _later_day_of_month(start, back.group(2))
        # 代表團於某日出發前往某市: a trip to a place of its own, not the one told before
        bound = {m.place.id for m in self._place_mentions(sentence.norm[setting_out.end() :])}
        for r in list(self.facts.relations.values()):
            if not (
                r.type == RelType.VISITED
                and r.source == self.home
                and told_in(r, self.previous)
                and not self._at_home(r.target)
            ):
                continue
            told = str(r.properties.get("start") or "")
            if len(told) > 7 or bound - {r.target}:
                continue  # days told already, or another place
            if not start.startswith(told) and self._month_written(told):
                continue  # 於二月率團赴…。代表團於三月二日出發: another trip
            r.properties.update({"start": start, "year": days[0].year})
            set_days(r.properties, start, end)
            self.facts.add_evidence(r, sentence)

    def _month_written(self, told: str) -> bool:
        """Whether the sentence before wrote the month `told` is in (於二月), not only
        called it this month (至於本月，…): a time the day of setting out may not move."""
        return any(
            d.start == told and _MONTH_WRITTEN.search(normalize(d.text))
            for d in self.state.dates_before
        )
