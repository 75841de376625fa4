"""What the readers of visits and meetings share: where a clause's parties go,
who leads a trip, and the days of a stay."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from graph.model import Label, Relation, RelType
from loaders.dates import DateSpan, _small_number, is_recurring, one_date_each
from loaders.gazetteer import Place, PlaceMention
from loaders.people import ADDRESS_FORMS
from loaders.reading import normalize, rx
from loaders.rules.base import ReaderBase
from loaders.rules.bodies import _SCHOOL_KINDS, _body_item_pattern
from loaders.rules.context import Clause
from loaders.rules.grammar import (
    _BODY_ALONG,
    _CLAUSE_BREAK,
    _COME,
    _COUNTRY_ALONE,
    _DATE_PREFIX,
    _DELEGATION,
    _DELEGATION_GOES_ON,
    _DELEGATION_KIND,
    _DELEGATION_LED,
    _ERRAND_DELEGATION,
    _GLOSS,
    _GLOSS_TEXT,
    _GO,
    _HALF_OF_YEAR,
    _HOME_ACTOR,
    _HOME_TITLE,
    _IN_TURN_WORD,
    _INVITE,
    _INVITED_BY,
    _JOIN,
    _JOINER,
    _LATIN_GLOSS,
    _LEADS,
    _LEFT_FOR_HOME,
    _LEG_OPENING,
    _LIST_ITEM_BREAK,
    _MEMBERS,
    _MET_AT_STOP,
    _NO_SUBJECT,
    _QUOTED_TEXT,
    _SIGNING,
    _STATED_COUNT,
    _STAY,
    _TALKS_ON,
    _WITNESS,
    school_name,
    told_other_count,
)
from loaders.rules.home_parties import _GOVERNMENT_KINDS
from loaders.structure import Sentence

#: The title of the city's official closing the way a trip's leader is written (王大明
#: 市長, 陳副市長): the title he may be called by after his surname.
_HOME_TITLE_AT_END = rx(_HOME_TITLE + "$")

#: A gloss right at the start: (Some City)率團….
_GLOSS_OPENING = rx("^" + _GLOSS_TEXT)

#: The members of a body a visitor leads, the body named first (率某商工會議所會員一行):
#: the body's name, whose people they are.
#: (not 率該協會會員, 率本會會員: his own body's, taken up)
_MEMBERS_OF_BODY_LED = rx(r"(?![該其本])([^\s,;。、之的]{2,16}?)(?:會員|成員|人員|職員|員工)")

#: A delegation written before who leads it: 某市青少年交流團一行25人由某某率領來訪.
_DELEGATION_LED_BEFORE = rx(
    r"([^\s,、與及的至之由率]{2,20}?" + _DELEGATION_KIND + r"團)(?:一行[^,由]{0,8})?由[^,]{0,30}$"
)

#: What ends a list item that is a place (甲市、乙市及丙市等3市): a joiner, 等, the end.
_PLACE_ITEM_ENDS = rx(r"(?:[、及與和暨等,;]|$)")
#: A date joined to the next by 及, 、 or 和 (3月8日及5月22日): taken as one time.
_DATES_JOINED = rx(r"(?<=[日月])(?:及|、|和|與)(?=\d|[一二三四五六七八九十])")

#: Countries told as a list closed by 等國 (出訪甲國、乙國等國, 赴甲國等3國): a
#: summary of trips, not one trip.
_COUNTRIES_AND_MORE = rx(r"等(?:\d+|[一二三四五六七八九十]+)?個?國")

#: The heading of a chapter's overview (一、本期概述, 壹、前言, 概況): its sentences sum
#: up the period that the sections after it tell item by item.
_OVERVIEW_TITLE = rx(r"(?:本期|本年度?|本半年)?(?:概述|概況|概要|綜述|總述|前言|摘要|緒言)")

#: A sentence summing up the period (本期接待之甲市、乙市等城市訪團, 本(某)年下半年計有
#: 甲市、乙市等訪團): the period named, then a list closed by 等.
_PERIOD_SUMMED = rx(
    r"(?:本期|本半年|本季|本年度|本\(?\d*\)?年(?:度)?[上下]半年)[^。]*?、[^,;。]*?等"
)

#: A coming told as the time of something else: 來訪時, 訪高期間, 來臺之際 (when they came).
_CAME_WHEN = rx(r"(?:來訪|來高|來臺|訪高|到訪|抵高)(?:時|期間|之際)")

#: A school whose teachers or students someone leads (率領該市某高中（gloss）師生一行).
_SCHOOL_LED = rx(
    # (帶領該市國中學生: pupils of the city's schools, no school named)
    r"(?:該市|該縣|當地)?(?!該|當地)("
    + school_name("至之由率")
    + r")(?:\([^()]*\))?(?:師生|學生|教師)"
)

#: A place's own bodies, written between it and one of their officials (某市政府官員,
#: 某市議會議長, 某市之副市長).
_OWN_BODY = rx(r"^(?:之|的)?(?:市政府|縣政府|政府|市府|市議會|議會|市役所|縣廳)?(?:之|的)?")

#: Going with the people of a body named before by 該 (某市長偕該市議員二人來訪,
#: 某委員會主席偕同該委員會委員, 某市長偕夫人及該市府官員): what follows 該 is the
#: body's ending.
_ALONG_WITH_THAT = rx(r"偕同?(?:夫人|配偶|眷屬)?(?:及|與|暨)?該")

#: A date that writes its year (102年8月, 2013年), not a month of every year.
_YEAR_WRITTEN = rx(r"\d{2,4}\s*年|\d{4}")

#: A group led, named after the verb (率某某市少年足球隊) or before 由 (…代表隊由某某帶隊);
#: its name runs across no parenthesis (…組隊前來（某市隊由某某領隊）: the aside opens it).
_GROUP = rx(r"(?:本市)?([^\s,、與及的至之由率()]{2,20}?隊)")

#: (…代表隊由某某帶隊: the group written before who leads it.)
_GROUP_LED = rx(r"([^\s,、與及的至之由率()]{2,20}?隊)由[^,]{0,30}$")

#: An event held at the place just named: (參加於某市)舉行之「…」, 舉辦「…」.
_HELD_THERE = rx(r"(?:舉行|舉辦)之?「")

#: What one acts in line with, as a clause after his name (某市長某某依上半年本府訪團
#: 訪問時之約定，率…; 依據雙方之共識，): no part of what he does, nor its time.
_IN_LINE_WITH_CLAUSE = rx(
    r"^(?:依|依據|依照|基於)[^,;。「」]{0,30}?(?:約定|共識|協議|決議|規劃|計畫|計劃),"
)


#: How long the errand told between a body's name and its group's word may be
#: (某市議會都市更新考察團: 都市更新).
_ERRAND_LENGTH = 6


def _with_companions(text: str, spoken_of: list[tuple[int, str]], last: list[str]) -> list[str]:
    """The one named last in `text` and those he came along with, named before him and
    joined to him by 偕(同) (某市議員甲（gloss），偕某協會會長乙，於3月1日來訪: both came)."""
    if not last:
        return last
    named = sorted(spoken_of)
    came = list(last)
    escorting = [m.span(1) for m in _ESCORTING.finditer(text)]
    # 甲（gloss）、某處代表乙等先後南下拜會陳市長: a list closed by 等, all of it came
    listed = bool(named) and bool(_LIST_CLOSED_AFTER.match(text, named[-1][0]))
    for (at, pid), (after, _) in reversed(list(pairwise(named))):
        # 甲（gloss）一行，在某處所長乙陪同下，…來訪: the one escorted came with him
        escorted = any(at < start <= after < end for start, end in escorting)
        gap = text[at:after]
        in_list = listed and _LIST_ITEM_BREAK.search(gap) and not _CLAUSE_BREAK.search(gap)
        if not (_COMPANION.search(gap) or escorted or in_list):
            break  # 甲偕乙…: only those joined to the last, one to the next
        came.insert(0, pid)
    return list(dict.fromkeys(came))


#: A body whose people are told among a visitor's party (隨行者有某管理局官員等一行六人,
#: 隨行人員包括某港務局代表): the body, before the words of its people.
_BODY_AMONG_PARTY = rx(
    # (由 of 自由 is no 由 of who acts: 某自由貿易區管理局)
    r"隨行(?:者|人員)(?:有|包括|計有)((?:自由|[^\s,、與及的至之由率]){2,24}?)(?:之)?"
    r"(?:官員|人員|代表|主管)"
)


#: The coming right after a visitor's companions unnamed: 偕同某港務局代表來訪, …主任拜會.
_CAME_ALONG_AFTER = rx(r"(?:等|一行)?(?:來訪|來高|訪高|到訪|前來|拜會|拜訪|訪問|蒞|抵|南下)")


#: Words of a signing: 簽約, 簽署, 簽訂, 簽字.
_SIGNING_WORD = rx(_SIGNING + "|簽字")


#: The verbs of calling on a body abroad, or touring it: 拜會, 拜訪, 參訪 (並參訪某港務集團).
_CALLS_ON_BODY = rx(r"拜會|拜訪|參訪|訪問(?!團)")


#: Coming along with another: 偕同, 偕, 陪同 (甲陪同乙來訪, 甲陪同乙南下: both came); or
#: the groups of two leaders listed as one coming (甲率領之某團，以及乙率領之某團，均…來訪;
#: 甲率議員一行9人、乙等，亦於本期到訪).
_COMPANION = rx(r"偕|陪同|,以及|、")


#: A list of people closed by 等 after the last one, in the same clause (…、乙（gloss）等
#: 先後南下): the list's close.
_LIST_CLOSED_AFTER = rx(r"[^,;。]{0,30}?等")


#: One escorting the guest named before, told as a circumstance (甲一行，在某處所長乙
#: 陪同下，…來訪): the escort, between 在 and 陪同下.
_ESCORTING = rx(r"在([^,;。]{2,40}?)陪同下")


#: The city's own received back from a trip told after the verb (市長接見赴日本參加「…」
#: 榮獲冠軍之本市某隊): the trip was before the day of the reception.
_RECEIVED_BACK_FROM = rx(r"接見(?:赴|前往|飛往|遠赴)")


#: A coming told as done before, often, or wished for (曾多次來訪, 歡迎…前來, 邀請…來訪):
#: not on the day a sentence before opened with.
_ONCE_OR_WISHED = rx(r"曾|多次|屢次|歷年|歡迎|邀請|希望|盼")


@dataclass
class _Itinerary:
    """A trip abroad a sentence tells before the items that detail it (本府某副市長率團
    訪問甲國及乙國，行程如下：1.…訪問某市… 2.…轉赴某市…): its items are legs of it."""

    section: int
    led_by: str | None
    bureaus: list[str]
    #: country code → the key of the trip's visit to that country, which a leg to one
    #: of its cities makes precise
    countries: dict[str, str]
    #: The sentence telling the trip (for one whose stops the next clauses tell).
    told_in: Sentence | None = None
    #: The trip's first and last day, when told: a stop's days lie within them.
    days: tuple[str, str] | None = None


def _words_after_date(text: str) -> str:
    """A clause's words after the date opening it, written before 於 or after it
    (3月29日抵達甲市, 於3月29日抵達甲市: 抵達甲市); 於 before a place stays (於甲市參加)."""
    words = _DATE_PREFIX.sub("", text)
    if words.startswith("於"):
        dated = _DATE_PREFIX.sub("", words[1:])
        return dated if dated != words[1:] else words
    return words


def _without_leader_opening(words: str, leader: str | None) -> str:
    """`words` without the trip's leader opening them as their subject, written as the
    trip named him (王大明市長) or by his surname and title (王市長): what he does there is
    the delegation's (9月6日，王市長於乙市與該市市長某某簽署「…」: a stop of the trip)."""
    title = _HOME_TITLE_AT_END.search(leader or "")
    if not leader or title is None:
        return words
    for called in (leader, leader[0] + title.group()):
        if words.startswith(called) and len(words) > len(called):
            return words[len(called) :]
    return words


def _within_days(day: str, days: tuple[str, str]) -> bool:
    """Whether a date (of any precision) falls within a trip's first and last day."""
    return days[0][: len(day)] <= day <= days[1][: len(day)]


def _stop_met_at(text: str, leader: str | None) -> range:
    """Where a clause opening with a stop of a trip, told by whom was met there, writes
    the stop (4月21日於某市與該市市長某某會晤: 某市; 王市長於某市與…簽署, the trip's
    `leader` its subject); empty for any other clause."""
    opening = _DATE_PREFIX.match(text)
    at = opening.end() if opening else 0
    at += len(text) - at - len(_without_leader_opening(text[at:], leader))
    met = _MET_AT_STOP.match(text[at:])
    return range(at + met.start("stop"), at + met.end("stop")) if met else range(0)


def _later_day_of_month(start: str, day: str) -> str | None:
    """The day `day` (十三, 23) of the month of `start` (an ISO day), when after it: the
    last day of a stay told by its day alone (預定停留至二十三日, 預定十三日返國)."""
    last = f"{start[:8]}{_small_number(day):02d}"
    return last if last > start else None


def _visit_days(props: dict[str, object]) -> dict[str, object]:
    """A visit's dates only (start, end, year), from a visit's or a coming's properties."""
    return {k: v for k, v in props.items() if k in ("start", "end", "year")}


class VisitCommon(ReaderBase):
    """Readings the readers of comings, trips and meetings use."""

    _came_in: int | None = None
    #: Who came, in the coming last told (at `_came_in`).
    _came_visitors: tuple[str, ...] = ()
    #: The trip the items being read are legs of.
    _itinerary: _Itinerary | None = None
    #: The sentence of the last leg of that trip read.
    _leg_sentence: Sentence | None = None
    #: The city's last trip abroad led by someone, whose delegation a later clause of
    #: its section may go on with (訪問團於…停留某市).
    _trip_abroad: _Itinerary | None = None

    def _respective(self, clause: Clause, words: str) -> list[tuple[str, dict[str, object]]]:
        """People named in turn before 分別 in `words` (the clause up to a verb), or,
        when nothing but a time or adverbs stands before it there, in the clause just
        before (甲、乙分別於9月及11月來訪; 甲及乙，並分別於…), and then as many dates:
        each with the date of their turn; none where the dates are not one for each, nor
        where the clause has a subject of its own (…，雙方某某團分別於…)."""
        turn = self._turn_word(clause, words)
        if turn is None:
            return []
        turn_start, turn_end = turn
        before = clause.sentence.norm[:turn_start]
        parts = _CLAUSE_BREAK.split(before)
        # (its dates may be joined: 甲及乙，於3月8日及5月22日分別…)
        subjectless = _DATES_JOINED.sub("", parts[-1])
        told_before = len(parts) > 1 and bool(_NO_SUBJECT.fullmatch(subjectless))
        if told_before:
            parts = parts[-2:-1]  # 甲及乙，並分別於…: the clause before names them
        named: dict[str, int] = {}
        for name, pid in self.people.items():
            at = parts[-1].find(name)
            if at >= 0:
                named[pid] = min(named.get(pid, at), at)
        dated = [*clause.earlier_dates, *clause.dates]
        dates = [d for d in dated if turn_end <= d.text_start < clause.start + len(clause.norm)]
        # (甲及乙，於3月8日及5月22日分別拜會本府: the dates before the word, in its clause)
        dates = dates or [d for d in clause.dates if d.text_start < turn_start]
        if len(named) < 2 and len(dates) > 1:
            # no one named: the places (甲市、乙市及丙市，分別於…來訪), else the bodies
            # (甲高校、乙高校等2校師生訪問團，分別於…), one for each date or none made
            named = (not named and self._places_in_turn(parts[-1], len(dates))) or named
            named = self._bodies_in_turn(parts[-1], len(dates)) or named
        if told_other_count(_STATED_COUNT.search(parts[-1]), len(named)):
            return []  # 甲、乙等5位首長，先後於d1及d2…: not one date each
        people = sorted(named, key=named.__getitem__)
        if not dates and told_before and len(named) > 1:
            # 甲於1月9日、乙於2月27日，先後拜會本府: each one's after their name
            dates = self._dates_after_each(clause, parts[-1], before, people)
        if len(named) < 2 or len(dates) != len(named):
            return []
        return [
            (pid, {"start": d.start, "end": d.end, "year": d.year})
            for pid, d in zip(people, dates, strict=True)
        ]

    @staticmethod
    def _turn_word(clause: Clause, words: str) -> tuple[int, int] | None:
        """Where the word of "in turn" stands in the sentence: in `words`, or before the
        clause with only days between (分別於3月5日、3月20日及4月9日來訪: the days
        parted by 、 are clauses of their own)."""
        turn = _IN_TURN_WORD.search(words)
        if turn is not None:
            return clause.start + turn.start(), clause.start + turn.end()
        earlier = list(_IN_TURN_WORD.finditer(clause.sentence.norm, 0, clause.start))[-1:]
        if not earlier:
            return None
        between = clause.sentence.norm[earlier[0].end() : clause.start].rstrip("、")
        if not _NO_SUBJECT.fullmatch(_DATES_JOINED.sub("", between.replace(",", ""))):
            return None
        return earlier[0].start(), earlier[0].end()

    def _places_in_turn(self, listed: str, count: int) -> dict[str, int]:
        """The `count` cities named in `listed` as its items (not the city's own, nor
        countries, nor a place opening a body's name: 某縣立某高等學校), by where; {}
        (and no entity made) when there are not so many."""
        items = [
            m
            for m in self._place_mentions(listed)
            if m.place.label == Label.CITY
            and m.place.id != self.home_place.id
            and _PLACE_ITEM_ENDS.match(listed, m.end)
        ]
        if len(items) != count:
            return {}
        return {self.facts.place(m.place, m.surface): m.start for m in items}

    def _bodies_in_turn(self, listed: str, count: int) -> dict[str, int]:
        """The `count` outside bodies `listed` names as its items, by where; {} (and no
        entity made) when it names not so many."""
        if len(_body_item_pattern().findall(listed)) != count:
            return {}
        return {body: at for at, _, body in self._body_items(listed)}

    def _dates_after_each(
        self, clause: Clause, listed: str, before: str, people: list[str]
    ) -> list[DateSpan]:
        """One date written after each of the `people` named in turn in `listed`, the
        clause before (甲於1月9日、乙於2月27日，先後…), before the next is named; [] when
        each has not one."""
        offset = before.rfind(listed)
        names = {pid: name for name, pid in self.people.items() if name in listed}
        starts = [offset + listed.find(names[pid]) for pid in people]
        return one_date_each(clause.earlier_dates, starts, offset + len(listed))

    def _leg_of(self, clause: Clause) -> _Itinerary | None:
        """The trip the clause's item is a leg of: the one its parent's text told
        before the items (…訪問甲國及乙國，行程如下：); None outside such items."""
        section = self._section(clause.sentence.section)
        trip = self._itinerary
        if section is None or trip is None or not section.is_item or section.parent != trip.section:
            return None
        return trip

    def _leg_told_after(self, clause: Clause) -> _Itinerary | None:
        """The trip a clause goes on with by its delegation (王市長率團訪問某國。訪問團於
        4月3日至5日停留某市…；4月6日，訪問團轉往某市): a leg of the city's last trip
        told in the same section or the item before."""
        trip = self._trip_abroad
        here = clause.sentence.section
        # (a point of the trip's own item: 內容摘要： 一、本團於…抵達甲市 under its card;
        # or an item after it, the trip told over numbered items: 1.王市長率團訪問甲國。
        # 2.9月4日，訪團抵達甲市… 4.9月8日，訪團轉往乙市)
        if trip is None or not (
            self._same_or_next_item(trip.section, here)
            or self._later_item(trip.section, here)
            or self._within_section(here, trip.section)
        ):
            return None
        words = _without_leader_opening(_words_after_date(clause.norm), trip.led_by)
        if trip.days and clause.dates and not _within_days(clause.dates[0].start, trip.days):
            if self._trip_goes_on(trip, clause, words):
                self._leg_sentence = clause.sentence
                return trip
            return None  # 1月5日至7日率團訪問…。2月10日於某市參加…: another time, no stop
        if _DELEGATION_GOES_ON.match(words):
            self._leg_sentence = clause.sentence
            return trip
        # 一行於3月29日抵達甲市，…；31日轉往乙市…: a clause of going with no subject of its
        # own, after a leg of the delegation in its sentence or the one before, is a leg too
        last = self._leg_sentence
        # (or in a point before, both points of the trip's own item: 內容摘要：
        # 一、本團於…抵達甲市。 … 三、十五日轉往乙市)
        went_on = last in (clause.sentence, self.previous) or (
            last is not None
            and last.section is not None
            and self._within_section(last.section, trip.section)
            and self._within_section(here, trip.section)
        )
        went_on = went_on or (
            self._later_item(trip.section, here) and self._item_of_the_delegation(trip, clause)
        )
        if _LEG_OPENING.match(words) and went_on:
            self._leg_sentence = clause.sentence
            return trip
        if self._later_item(trip.section, here) and self._leader_at_a_place(trip, clause):
            # 3.11月20日，陳市長於某市與該市市長某某共同簽署「…」: the leader there on a
            # day of his own, outside the trip's: no stop of it, nor with its bureaus
            return replace(trip, bureaus=[], countries={}, days=None)
        return None

    @staticmethod
    def _leader_at_a_place(trip: _Itinerary, clause: Clause) -> bool:
        """Whether the clause, in an item dated outside the trip's days, opens with the
        trip's leader telling whom he met or signed with at a place (11月20日，陳市長於某市
        與該市市長某某共同簽署「…」): he was there, on a trip of that day."""
        dates = [*clause.earlier_dates, *clause.dates]
        if not (trip.days and dates and not _within_days(dates[0].start, trip.days)):
            return False
        words = _words_after_date(clause.norm)
        alone = _without_leader_opening(words, trip.led_by)
        return alone != words and bool(_MET_AT_STOP.match(alone))

    def _item_of_the_delegation(self, trip: _Itinerary, clause: Clause) -> bool:
        """Whether a later item of a trip told over numbered items tells the trip's
        delegation, not another's own trip: its first day within the trip's, and its sentence
        opening with no subject, the delegation or its leader, or a going (3.9月6日，王市長
        於某市與…簽署); not another of the city's parties going (3.100年10月12日至16日，
        經發局組團赴某市，參加「…」: the bureau's own trip, its second clause no stop)."""
        dates = [*clause.earlier_dates, *clause.dates, *clause.later_dates]
        if trip.days and dates and not _within_days(dates[0].start, trip.days):
            return False  # the item's own day, the one it opens with, outside the trip's
        for part in _CLAUSE_BREAK.split(clause.sentence.norm[: clause.start]):
            if _NO_SUBJECT.fullmatch(part):
                continue
            opening = _without_leader_opening(_words_after_date(part), trip.led_by)
            return bool(
                _NO_SUBJECT.fullmatch(opening)
                or _DELEGATION_GOES_ON.match(opening)
                or _LEG_OPENING.match(opening)
            )
        return True

    def _trip_goes_on(self, trip: _Itinerary, clause: Clause, words: str) -> bool:
        """Whether a clause opening a sentence after ； from the one telling the trip goes
        on with it past the days told there, to a next stop (…於5月12日至17日赴甲市考察；
        18日至20日轉赴乙市): a leg of it, its days the next ones."""
        previous = self.previous
        return (
            previous is not None
            and trip.told_in is previous
            and previous.text.rstrip().endswith(("；", ";"))
            and not clause.start
            and bool(_LEG_OPENING.match(words))
            and trip.days is not None
            and clause.dates[0].start > trip.days[1]
        )

    def _told_in(self, relation: Relation) -> list[Sentence]:
        """The sentences of a relation's evidence."""
        spans = {(e.start, e.end) for e in relation.evidence}
        return [s for s in self.parsed.sentences if (s.start, s.end) in spans]

    def _summary(self, sentence: Sentence) -> bool:
        """Whether a sentence sums up the period's trips: before the first section or
        under an overview heading (一、本期概述), summing up the period (本期接待之甲市、
        乙市等訪團), or naming several countries or closing a list by 等國."""
        if sentence.section is None or _COUNTRIES_AND_MORE.search(sentence.norm):
            return True
        if _PERIOD_SUMMED.search(sentence.norm) or self._in_overview(sentence.section):
            return True
        countries = {
            m.place.id for m in self._place_mentions(sentence.norm) if m.place.label == "Country"
        }
        return len(countries) >= 2

    def _in_overview(self, index: int) -> bool:
        """Whether section `index` is (or is under) the chapter's overview heading
        (一、本期概述, 壹、前言)."""
        sections = self.parsed.sections
        at: int | None = index
        while at is not None and 0 <= at < len(sections):
            if not sections[at].is_item and _OVERVIEW_TITLE.fullmatch(sections[at].title.strip()):
                return True
            at = sections[at].parent
        return False

    def _within_section(self, here: int | None, told: int) -> bool:
        """Whether section `here` is a sub-item, at any depth, of section `told`."""
        if here is None:
            return False
        parent = self.parsed.sections[here].parent
        while parent is not None:
            if parent == told:
                return True
            parent = self.parsed.sections[parent].parent
        return False

    def _later_item(self, told: int, here: int | None) -> bool:
        """Whether section `here` is a numbered item after `told` under the same heading,
        both items written as sentences (1.王市長率團訪問甲國。 2.…訪團抵達甲市 3.…訪團
        轉往乙市: the same delegation); not a heading of its own after it ((二)參加某某祭
        (三)參加某某節: another trip)."""
        if here is None:
            return False
        sections = self.parsed.sections
        return (
            here > told
            and sections[here].parent == sections[told].parent
            and sections[here].is_item
            and sections[told].is_item
        )

    def _same_or_next_item(self, told: int, here: int | None) -> bool:
        """Whether section `here` is `told`, or the item right after it under the same
        heading (1.…組團赴某市… 2.拜會某市: 訪團於6月12日轉赴某市, the same delegation)."""
        if here == told:
            return True
        if here is None:
            return False
        sections = self.parsed.sections
        siblings = [i for i in range(here) if sections[i].parent == sections[here].parent]
        return bool(siblings) and siblings[-1] == told

    def _visit_when(self, clause: Clause) -> dict[str, object]:
        """A visit's dates: the clause's own, else a day the sentence gives after it
        (本府…參加某某市某某節，…於6月9日至14日前往參加)."""
        when = self._when(replace(clause, earlier_dates=self._not_inviting(clause)))
        if _RECEIVED_BACK_FROM.search(clause.norm):
            # 七月十一日，市長接見赴日本參加「…」榮獲冠軍之本市某隊: the day received
            # back, not gone; the year only
            return {"year": when["year"]} if when.get("year") else {}
        since = self.state.since_year
        if is_recurring(clause.norm):
            # 自2005年起每年均派團參加…: the year it began is not this visit's; 每年8月均
            # 派團…: a month of every year is no date of one (the paragraph's last year
            # may be a past one, 於95年締結姊妹市後): this visit is this year's
            current = self.state.dates.report_year or self.state.dates.current_year
            if when.get("year") != current and (
                when.get("year") == since
                or not any(_YEAR_WRITTEN.search(d.text) for d in clause.dates if not d.since)
            ):
                when = {"year": current} if current else {}
        if "start" in when:
            return when
        if self.state.continues and self.state.coming and not clause.dates:
            return self.state.coming  # 其中某市代表隊由某某帶隊，為首支來訪之球隊
        witnessed = self._signing_witnessed(clause)
        if witnessed is not None:
            return witnessed  # 4月10日，本府與某市簽署…。某市副市長率團來高見證簽約
        after = clause.start + len(clause.norm)
        later = [
            d
            for d in clause.later_dates
            if d.precision == "day"
            # 某某來訪時，正式邀請本市參加9月29日開幕之「…」: the day of what it invites to
            and not _INVITE.search(clause.sentence.norm[after : d.text_start])
            # …抵達，在高雄停留三天，十日離境: the day they left, not came
            and not _LEFT_FOR_HOME.match(clause.sentence.norm, d.text_end)
        ][:1]
        half = _HALF_OF_YEAR.search(clause.norm)
        if _CAME_WHEN.search(clause.norm) and (half or clause.dates):
            # 某議員上半年來訪時邀請…，…已於10月21日…: a visit dated on its own, the days
            # after are later (not 某某來訪時，於7月3日與…簽署: the visit's own day)
            later = []
            if half and not clause.dates:
                # 上半年: a half of the report's year, whatever year was written last
                report_year = self.state.dates.report_year
                when = {**when, "year": report_year} if report_year else when
        if later and when.get("year") in (None, later[0].year):
            return {"start": later[0].start, "end": later[0].end, "year": later[0].year}
        opened = self._day_opening_sentence_before(clause)
        coming = _COME.search(clause.norm)
        if (
            opened is not None
            and not (clause.dates or clause.earlier_dates)
            and coming
            # (某市長曾多次來訪, 表示歡迎本市市民前來: once or wished, not that day's)
            and not _ONCE_OR_WISHED.search(clause.norm[: coming.start()])
        ):
            return {"start": opened.start, "year": opened.year}
        year = when.get("year") or self._year_hint([])
        return {**when, "year": year} if year else when  # 來訪期間: in the year being read

    def _day_opening_sentence_before(self, clause: Clause) -> DateSpan | None:
        """The day opening the sentence before in the same paragraph, a story's time set
        before the arrival it tells (五月八日，遠方的客人到了。某市副市長某某率團抵達，在
        高雄停留三天): that day, where the sentence before told no other coming."""
        before = self.previous
        if before is None or before.paragraph != clause.sentence.paragraph:
            return None
        opening = [d for d in self.state.dates_before if d.text_start == 0]
        if not opening or opening[0].precision != "day" or opening[0].end is not None:
            return None
        return None if _COME.search(before.norm) else opening[0]

    def _signing_witnessed(self, clause: Clause) -> dict[str, object] | None:
        """The day of the signing the item dated, for a coming with no date of its own to
        witness a signing (見證簽約, 觀禮): the visitors came on that day."""
        if not (_WITNESS.search(clause.norm) and _SIGNING_WORD.search(clause.norm)):
            return None
        day = [d for d in self.state.item_dates if d.precision == "day"][:1]
        if not day or day[0].end:
            return None
        return {"start": day[0].start, "year": day[0].year}

    @staticmethod
    def _not_inviting(clause: Clause) -> list[DateSpan]:
        """The sentence's dates before the clause, but those of a clause that only
        invites (去年底即發函邀請…, 計有…派團來高: the letter's date is not the coming's);
        one received and answered by what follows (83.4.11～4.15　應某市之邀，本府…組團
        赴…) dates that."""
        norm = clause.sentence.norm
        kept = []
        for span in clause.earlier_dates:
            start = max(norm.rfind(c, 0, span.text_start) for c in ",;") + 1
            ends = [i for i in (norm.find(c, span.text_end) for c in ",;") if i >= 0]
            words = _INVITED_BY.sub("", norm[start : min(ends, default=len(norm))])
            # (舉辦「某某少年足球邀請賽」: an event's name that says 邀請 invites no one)
            if not _INVITE.search(_QUOTED_TEXT.sub("", words)):
                kept.append(span)
        return kept

    def _destinations(self, clause: Clause) -> list[str]:
        """Cities the clause goes to: after 至/前往/赴/訪問…, with their enumeration
        (訪問中國某某省某甲、某乙及某丙等市), or the host city of an event joined abroad."""
        text = clause.norm
        found: list[str] = []
        named_in: list[str] = []
        previous_end = -1
        trip = self._trip_abroad
        stop = _stop_met_at(text, trip.led_by if trip is not None else None)
        for start, end, pid in clause.places:
            if pid == self.home or self.facts.label_of(pid) not in (Label.CITY, Label.COUNTRY):
                continue
            # a country is a destination only when no place of it follows (赴新加坡考察),
            # nor is it the opening of a body's name (前往某國交流協會某市事務所)
            # (but 赴甲國及乙國考察: a country listed before another place, each gone to)
            next_item = [(e, p) for at, e, p in clause.places if at == end + 1]
            listed_before = (
                _JOINER.match(text, end) is not None
                and bool(next_item)
                and not self._cities_of_list_named(clause)
                # (赴日本及韓國駐台機構拜會: the list opens a body's name, no country gone to)
                and not any(self._country_opens_body(text, e, p) for e, p in next_item)
            )
            if self.facts.label_of(pid) == Label.COUNTRY and (
                not (_COUNTRY_ALONE.match(text[end : end + 2]) or listed_before)
                or self._body_named_on(text, end)
            ):
                continue
            lead_in = text[max(0, start - 10) : start]
            gap = text[previous_end:start]
            # (甲市（1973年締結姊妹市）及乙市: a bracket after a stop, no break of the list)
            gap = _GLOSS.sub("", gap)
            listed = previous_end >= 0 and (not gap or bool(_JOINER.fullmatch(gap)))
            if stop and previous_end == stop.stop and gap == "與":
                listed = False  # 於某市與某市市長會晤: whom they met there, no stop
            nested = previous_end >= 0 and start == previous_end  # 某某省某甲
            # 轉往某市, or 於某市與該市市長某某會晤 (the clause opening with the stop)
            met_there = start in stop
            stays = (bool(_STAY.search(lead_in)) or met_there) and (
                self._leg_of(clause) is not None or self._leg_told_after(clause) is not None
            )
            went = [m for m in _GO.finditer(lead_in)][-1:]
            if went and _TALKS_ON.search(text, 0, start - len(lead_in) + went[0].start()):
                continue  # 研商赴某地參加「…」之籌備事宜: the going talked over, not done
            if went or stays or listed or nested:
                if nested and found:
                    found.pop()  # the province is the way to the city, not a stop
                found.append(pid)
                previous_end = end
            elif (
                (
                    self._hosts_event(clause, start, end)
                    or self._names_event(text[end:])  # 參加美國某某市某某節
                    or _HELD_THERE.match(text[end : end + 4])  # 參加於某某市舉行之「…」
                )
                and _JOIN.search(text[:start])
            ):
                if text[:start].count("「") > text[:start].count("」"):
                    named_in.append(pid)  # 參加「2019某市國際食品展」: the event's name
                else:
                    found.append(pid)
        gone = [pid for pid in found if self.facts.label_of(pid) == Label.CITY]
        # 赴某市幕張展覽館參加「某地國際食品展」: held where they went, whatever its name
        return list(dict.fromkeys(found + ([] if gone else named_in))) or self._host_gone_to(clause)

    def _opening_places(self, name: str) -> list[PlaceMention]:
        """The places opening `name` one right after another (日本 + 某縣 + 某市 of 日本某縣
        某市某高中); none when no place opens it."""
        opening: list[PlaceMention] = []
        for mention in self._place_mentions(name):
            if mention.start != (opening[-1].end if opening else 0):
                break
            opening.append(mention)
        return opening

    def _place_opening(self, name: str) -> Place | None:
        """The foreign place the places opening `name` one after another end with (美國
        某市某高中, 美國某州立大學: that city), or None when no place opens it."""
        opening = self._opening_places(name)
        place = opening[-1].place if opening else None
        return place if place is not None and place.id != self.home_place.id else None

    def _visitor_bodies(self, sentence_norm: str, sent: re.Match[str] | None) -> list[str]:
        """Whom named visitors came for: the body or city of one who leads the group
        (某市副市長山田太郎率市議會…來訪, 某高等學校校長率師生來訪), and the city
        that sent them (某市王大明市長…指派經濟政策課課長…前來)."""
        bodies: list[str] = []
        for name, pid in self.people.items():
            at = sentence_norm.find(name)
            after = sentence_norm[at + len(name) :]
            # 某委員會主席某某女士（Anne Green）率團: the form of address before the gloss
            after = after.removeprefix(next((f for f in ADDRESS_FORMS if after.startswith(f)), ""))
            after = _GLOSS_OPENING.sub("", after)  # a gloss
            after = after.removeprefix(",")  # 某市副市長王大明，率市政府代表團…
            after = after[1:] if after.startswith("所率") else after  # 某某所率經貿訪問團
            after = _IN_LINE_WITH_CLAUSE.sub("", after)  # 依…之約定，率該市…
            # 某某市長於12月中旬率團訪高: named before in full, now by name and title
            title = next(iter(self.lex.titles_at(after, 0)), "")
            # 某委員會主席某某女士率…: the form of address stands before the verb
            title += next((f for f in ADDRESS_FORMS if after.startswith(f, len(title))), "")
            lead = _LEADS.match(after[len(title) :])
            if at >= 0 and not lead:  # 某委員會主席某某偕該委員會委員二人…來訪
                bodies.extend(self._own_body_along(pid, after))
            if at < 0 or not lead:
                continue
            lead_end = sentence_norm.find(after) + len(title) + lead.end()
            group = self._led_group(sentence_norm, at, lead_end)
            if group is not None:  # 會長某某率某市少年足球隊: the team came, not his body
                bodies.append(group)
                continue
            school = _SCHOOL_LED.match(sentence_norm, lead_end)
            if school is not None:  # 會長某某率領該市某高中師生來訪: the school came too
                place = self._place_before(sentence_norm, school.start())
                bodies.append(self._organization(school.group(1), "school", place))
            held = [
                r.target
                for r in self.facts.relations.values()
                if r.type == RelType.HOLDS_TITLE
                and r.source == pid
                and r.target != self.home
                # 某國某市市長 with the city unknown: a city's officer, not the country's
                and not (
                    self.facts.label_of(r.target) == Label.COUNTRY
                    and "市" in str(r.properties.get("title_zh"))
                )
                and self._titled_here(sentence_norm, at, name + title, r)
            ]
            if self._other_bodys_members_led(sentence_norm, lead_end, held):
                held = []  # 所長某某率某商工會議所會員一行: another body's people, not his
            errand_city = self._errand_city_led(sentence_norm, lead_end)
            if errand_city is not None and not any(
                errand_city in (body, self._city_located_in(body)) for body in held
            ):  # 某銀行董事長某某率熊本市投資考察團: 熊本市 came, not his bank or its city
                held = [errand_city]
            bodies.extend(held)
        if sent is not None:
            sender = self._place_before(sentence_norm, sent.start())
            if sender is not None and sender.label == "City":
                bodies.append(self.facts.place(sender))
        return bodies

    def _other_bodys_members_led(self, text: str, lead_end: int, held: list[str]) -> bool:
        """Whether the group a visitor leads, from `lead_end`, is the members of a body
        named there that is none of those he holds a title of (某事務所所長某某率某商工
        會議所會員一行20人來訪): not his body's people, so his body did not come."""
        members = _MEMBERS_OF_BODY_LED.match(text, lead_end)
        if members is None or self.lex.org_kind(members.group(1)) in (None, *_GOVERNMENT_KINDS):
            return False  # (率該市經濟觀光文化局人員, 率國際交流課人員: his place's own)
        named = normalize(members.group(1))
        return not any(
            normalize(self.facts.entities[body].name_zh).endswith(named)
            or named.endswith(normalize(self.facts.entities[body].name_zh))
            for body in held
        )

    def _own_body_along(self, person: str, after: str) -> list[str]:
        """The body or city whose own people came with a visitor, told after him by 偕
        and 該 with the body's ending (某委員會主席某某偕該委員會委員二人, 某市長…偕該市
        議員二人): it came too. Not a body of another (某處處長偕同該市某局官員: the
        city's people, not his office's)."""
        along = _ALONG_WITH_THAT.search(after)
        if along is None:
            return []
        rest = after[along.end() :]
        found = []
        for held in self._titles_held([person]):
            name = self.facts.entities[held.target].name_zh
            label = self.facts.label_of(held.target)
            endings = [name[-k:] for k in (1, 2, 3)] if label == Label.ORGANIZATION else []
            endings += ["市"] if label == Label.CITY else []
            if held.target != self.home and rest.startswith(tuple(endings)):
                found.append(held.target)
        return found

    def _foreign_bodies_along(self, norm: str, party: str = "") -> list[str]:
        """Foreign bodies whose people, unnamed, came along with a visitor named (某國
        辦事處代表王大明偕同某市港務局（Port of …）代表來訪, 偕同某州駐台辦事處主任拜會本府),
        or are told among his party in `party`, the sentence (隨行者有某管理局官員等): each
        came too. Only a body a place opens the name of, not the city's own."""
        bodies = []
        text = _LATIN_GLOSS.sub("", norm)
        listed = [(m, True) for m in _BODY_AMONG_PARTY.finditer(_LATIN_GLOSS.sub("", party))]
        for along, among in [*((m, False) for m in _BODY_ALONG.finditer(text)), *listed]:
            name = along.group(1)
            if not among and not _CAME_ALONG_AFTER.match(text, along.end()):
                continue  # 偕同某會代表王大明來訪: the one named is read as a visitor
            kind = self.lex.org_kind(name or "")
            if name is None or kind is None:
                continue
            places = self._place_mentions(name)
            place = places[0].place if places and places[0].start == 0 else None
            if any(m.place.id == self.home_place.id for m in places) and (
                place is None or place.label == "Country"
            ):
                # 某協會高雄事務所, 某國在台協會高雄分處: based here, no visitor (not 某市
                # 高雄姊妹市協會, of the foreign city its name opens with)
                continue
            if (
                place is not None
                and place.label == "Country"
                and len(places) > 1
                and places[1].start == places[0].end
            ):
                name = name[places[0].end :]  # 法國某港務局: organizations without the country
                place = places[1].place
            if place is not None and place.id != self.home_place.id:
                bodies.append(self._organization(name, kind, place))
        return bodies

    def _titled_here(self, norm: str, at: int, written: str, held: Relation) -> bool:
        """Whether the sentence names the holder of the title `held` as its holder: read
        from it, or named before and now with the title after the name (某市長亦率團回訪)
        or before it (市長王大明率團來訪)."""
        title = str(held.properties.get("title_zh"))
        return (
            any(e.start == self._here().start for e in held.evidence)
            or written.endswith(title)
            or norm[max(0, at - len(title)) : at] == title
        )

    def _led_group(self, norm: str, name_at: int, lead_end: int) -> str | None:
        """The group a named visitor leads, when the sentence names it: after the verb
        (率某市少年足球隊) or before 由 (某市代表隊由某某帶隊). A city's 代表隊 or
        delegation is that city's own coming; a team of another name, that team's."""
        quoted = self._quoted_body_led(norm, lead_end)
        if quoted is not None:  # 副知事某某率「某某振興協會」一行14人: the association came
            return quoted
        after = _GROUP.match(norm, lead_end)
        before = _GROUP_LED.search(norm[:name_at])
        found = after or before
        if found is None:
            delegation = _DELEGATION_LED.match(norm, lead_end) or _DELEGATION_LED_BEFORE.search(
                norm[:name_at]
            )
            return self._named_delegation(delegation.group(1)) if delegation else None
        name = found.group(1)
        written = self._place_mentions(name)
        place = (
            written[0].place
            if written and written[0].start == 0
            else self._place_before(norm, norm.find(name))
        )
        # a city's 代表隊 or delegation, or a team named by its place alone (某市隊)
        named_by_place = bool(written) and written[0].start == 0 and name[written[0].end :] == "隊"
        if _DELEGATION.search(name) or named_by_place:
            return self.facts.place(place) if place is not None else None
        return self._organization(name, self.lex.org_kind(name) or "team", place)

    def _errand_city_led(self, norm: str, lead_end: int) -> str | None:
        """The city a delegation led names with its errand (率熊本市投資考察團): that city's
        coming (_ERRAND_DELEGATION); None for any other group, or one of a country (率菲律賓
        投資考察團, whose leader's body came)."""
        delegation = _DELEGATION_LED.match(norm, lead_end)
        written = self._place_mentions(delegation.group(1)) if delegation else []
        if not written or written[0].start != 0 or written[0].place.label != "City":
            return None
        if written[0].place.id == self.home_place.id:
            return None
        if not _ERRAND_DELEGATION.match(delegation.group(1)[written[0].end :]):
            return None
        return self.facts.place(written[0].place, written[0].surface)

    def _quoted_body_led(self, norm: str, lead_end: int) -> str | None:
        """A body named in quotes right after the verb of leading (率「某某姊妹市協會」一行
        11人來訪): that body, of the place opening its name or named before."""
        quoted = _QUOTED_TEXT.match(norm, lead_end)
        kind = self.lex.org_kind(quoted.group(1)) if quoted else None
        if quoted is None or kind in (None, "delegation", "bureau"):
            return None
        name = quoted.group(1)
        place = self._place_opening(name) or self._place_before(norm, quoted.start())
        return self._organization(name, kind, place)

    def _schools_of_place(self, name: str, after: str = "") -> bool:
        """Whether a school's name is a place's and a kind of school alone (某市中學, 某縣
        高中): the place's schools in general, no school named. A place and 大學 or 學院
        is a university's name (日本熊本大學, 美國加州大學), but for its pupils, 生 written
        right `after` it (某市大學 + 生訪問團: the place's college students)."""
        kind = self.lex.org_kind(name)
        if kind not in _SCHOOL_KINDS or (kind != "school" and not after.startswith("生")):
            return False
        opening = self._opening_places(name)  # 日本某縣某市 + 高中: the places opening it
        return bool(opening) and name[opening[-1].end :] in self.lex.org_kinds

    def _named_delegation(self, name: str) -> str | None:
        """A delegation whose name opens with its place and says what it is
        (某市青少年交流訪問團, 某縣學生交流團): a body of its own, the visitor. One named
        by its kind alone (經濟訪問團) or by its place alone (某市訪問團) is its city's
        coming, and one of a body (某商工會議所訪問團) that body's."""
        if self.lex.org_kind(name) != "delegation":
            return None
        written = self._place_mentions(name)
        if not written or written[0].start != 0 or written[0].place.id == self.home_place.id:
            return None
        body = _GLOSS.sub("", _DELEGATION.sub("", name))  # 某商會(ABC)代表團: 某商會
        members_of = _MEMBERS.sub("", body)  # 某高中學生訪問團: the school's students
        if self._schools_of_place(members_of):
            return self._organization(name, "delegation", written[0].place)  # 某縣高中師生團
        body = members_of if self.lex.org_kind(members_of) == "school" else body
        if body == name[: written[0].end] or _ERRAND_DELEGATION.match(name[written[0].end :]):
            return None  # 某市訪問團, 某縣觀光交流團: the place's coming
        kind = self.lex.org_kind(body)
        if kind is None:  # 某市議會都市更新考察團: the council's, on its errand
            body, kind = self._body_on_errand(body, written[0].end)
        if kind is not None:  # 某商工會議所訪問團: the body's coming
            return self._organization(body, kind, written[0].place)
        return self._organization(name, "delegation", written[0].place)

    def _body_on_errand(self, words: str, after: int) -> tuple[str, str | None]:
        """A body's name followed by the errand of its group (某市議會 + 都市更新, 某協會
        + 經貿): that body, and its kind; `words` and None where no body ends within the
        last few characters before the group's word."""
        for end in range(len(words) - 1, max(after, len(words) - _ERRAND_LENGTH) - 1, -1):
            kind = self.lex.org_kind(words[:end])
            # (某市大學 + 生訪問團: the place's students, no university named)
            if (
                kind is not None
                and kind != "delegation"
                and not self._schools_of_place(words[:end], words[end:])
            ):
                return words[:end], kind
        return words, None

    def _guest_calls_on_body_here(
        self, clause: Clause, sentence_norm: str, verb: re.Match[str]
    ) -> None:
        """A guest who came calling on a body in the city that is not the city's own
        (某港灣公司社長某某一行來訪，先後拜會本府某局及高雄港務局: a body named for the city
        whose name is no bureau of it): the guest visited that body."""
        before = sentence_norm[: clause.start + verb.start()]
        come = _COME.search(before)
        if come is None:
            return
        ours = _HOME_ACTOR.search(before, come.end())
        if ours is not None and "陪同" not in before[ours.end() :]:
            return  # 為迎接某市長來訪，本府秘書處先行拜會…: the city's own call
        guests = [
            (at, pid) for at, pid in self._people_by_position(before) if not self._of_home(pid)
        ]
        if not guests:
            return
        guest = max(guests)[1]
        when = self._when(clause, carry=True)
        for item in _JOINER.split(clause.norm[verb.end() :].rstrip("。")):
            body = self._body_named_for_home(item)
            if body is not None:
                self.facts.relate(RelType.VISITED, guest, body, clause.sentence, **when)

    def _body_named_for_home(self, item: str) -> str | None:
        """The body `item` names when its name opens with the home city and the rest is
        no body of the city's government (高雄港務局, not 高雄市政府建設局 nor 本府某局)."""
        kind = self.lex.org_kind(item)
        opening = self._place_mentions(item)[:1]
        if kind is None or not opening or opening[0].start != 0:
            return None
        if opening[0].place.id != self.home_place.id:
            return None
        rest = item[opening[0].end :]
        if self.lex.home_org(item) or self.lex.home_org(rest) or _HOME_ACTOR.match(rest):
            return None
        if rest.startswith(("市政府", "市立", "市")) or not self.lex.org_kind(rest):
            return None  # 高雄市政府某局, 高雄市立某館, 高雄市某局: the city's own
        return self._organization(item, kind, opening[0].place)

    def _at_home(self, place_id: str) -> bool:
        """Whether a place is in the home city's country."""
        place = self.facts.entities.get(place_id)
        return place is not None and place.properties.get("country") == self.home_place.country

    def _trip_of_item(self, clause: Clause) -> Relation | None:
        """The city's last trip abroad its item tells before `clause`."""
        section = clause.sentence.section
        spans = {
            (s.start, s.end)
            for s in self.parsed.sentences
            if s.section == section and s.start <= clause.sentence.start
        }
        trips = [
            (max(e.start for e in r.evidence if (e.start, e.end) in spans), index, r)
            for index, r in enumerate(self.facts.relations.values())
            if r.type == RelType.VISITED
            and r.source == self.home
            and self.facts.label_of(r.target) in (Label.CITY, Label.COUNTRY)
            and any((e.start, e.end) in spans for e in r.evidence)
        ]
        # the trip told last (a trip told first in an earlier item, again in this one,
        # is where this item tells it)
        return max(trips, key=lambda t: t[:2])[2] if trips else None

    def _trip_leader(self, clause: Clause) -> str | None:
        """See ReaderBase: the leader of the trip the clause is a leg of, when he is the
        city's official named in full."""
        trip = self._leg_told_after(clause)
        if trip is None and self._day_of_trip_told_before(clause):
            trip = self._trip_abroad  # …訪問某市。25日與該市市長某某會晤: its leader met
        leader = trip.led_by if trip is not None else None
        if not leader:
            return None
        home_people = self._home_people()
        named = [pid for name, pid in self.people.items() if name in leader]
        return next((pid for pid in named if pid in home_people), None)

    def _official_after(self, words: str) -> bool:
        """Whether `words`, right after a place, name an official of it (副市長, 市政府
        官員, 議會議長): a title of the curated titles, after the place's own bodies."""
        words = _OWN_BODY.sub("", words)
        title = next(iter(self.lex.titles_at(words, 0)), None)
        if title is None:
            return False
        # 某市市長王大明: an official named, who is the one met (or not the city's)
        named = words[len(title) :].lstrip()
        return not any(named.startswith(name) for name in self.people)
