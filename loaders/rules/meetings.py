"""Meetings: who met whom (拜會, 會晤, 接見, 晤談, 座談), on which day."""

from __future__ import annotations

import itertools
import re
from collections.abc import Set
from dataclasses import replace
from functools import cache

from graph.model import Label, RelType
from loaders.events import edition_year
from loaders.facts import dated_within, days_between
from loaders.gazetteer import PlaceMention
from loaders.lexicon import lexicon
from loaders.reading import rx
from loaders.rules.context import Clause
from loaders.rules.grammar import (
    _ACCOMPANIES,
    _AFTER_AN_ACT,
    _BY_LETTER,
    _CARD_FIELD,
    _CLAUSE_BREAK,
    _COME,
    _DATE_PREFIX,
    _DAY_PART,
    _DELEGATION_GOES_ON,
    _EACH_IN_TURN,
    _HANDED_IN_PERSON,
    _HOME,
    _HOME_GOVERNMENT,
    _HOME_NAMES,
    _HOME_TITLE,
    _HOME_TITLE_ONLY,
    _IN_TURN_WORD,
    _INVITED_BY,
    _ITEM_PARTY,
    _JOINER,
    _LEAD_VERB,
    _MEET,
    _PLAN_FIRST,
    _PRONOUN_PARTY,
    _PUT_OFF,
    _UNABLE,
    _VISITORS_FIELD,
)
from loaders.rules.visit_common import (
    _ESCORTING,
    VisitCommon,
    _visit_days,
    _with_companions,
    _within_days,
)
from loaders.structure import Sentence

#: A sentence opening with the stay the text just told, as the time of what it tells:
#: 訪問期間, 會議期間, 停留期間 (訪問期間，林秘書長拜會某市市長…).
_DURING_THE_STAY = rx(r"^(?:訪問|會議|參訪|停留|考察)期間,")

#: The same, told within a clause after its subject (簽約儀式由某市長主持，某市長並於會後
#: 與某局長會談): on the day of the act told.
_AFTER_AN_ACT_WITHIN = rx(r"(?:並|亦)?於" + _AFTER_AN_ACT.pattern.removeprefix("^"))

#: The home city as the other side of 與, or alone: 與本府, 本市.
_WITH_HOME = rx(r"(?:與)?" + _HOME)

#: The time of the day opening the words after a date (三日上午由…, 26日下午拜會…), or
#: the arrival it came right after (十七日抵高後即與…會晤).
_TIME_OF_DAY_OPENING = rx(
    r"^(?:" + _DAY_PART + r"|(?:抵高|抵臺|抵達(?:本市)?)(?:後|時)(?:即|隨即)?)?[,\s]*"
)

#: A meeting told as during the city's trip abroad (於赴日訪問期間, 出訪某國時): not at
#: home, so not on the day a guest met came.
_DURING_TRIP_ABROAD = rx(r"(?:赴|出訪|前往)[^,;。]{0,12}?(?:期間|之際|時)")

#: A letter handed over, told by its writer and addressee (當面轉交某市長致陳市長之邀請函):
#: the officials named are the letter's, not people met; none handed to (予, 給).
_LETTER_HANDED_OVER = rx(r"[^,;。予給]{0,30}?(?:邀請函|賀函|信函|函|親筆信|信)(?:[,;。]|$)")

#: A meeting told as not had, the words before its verb (因行程緊湊，未及與陳市長餐敘,
#: 未能與某市長會面): none.
_MEETING_NOT_HAD = rx(r"(?:" + _UNABLE + r"|未及)(?:親自)?(?:與[^,;。]{1,16})?$")
#: The words after a meeting first set (原訂晚間與陳市長餐敘) telling it called off or put
#: off later in the sentence (…，因班機延誤而取消: _PUT_OFF): none.
_MEETING_PUT_OFF = rx(r"^[^。]*?(?:" + _PUT_OFF + ")")

#: A clause opening with a meeting as the time of what it tells (會晤時某市長邀請…,
#: 會談中雙方同意…): the meeting told before, none of its own.
_MEETING_RECALLED = rx(r"^(?:會晤|會談|會面|晤談|會見)(?:時|期間|中)")

#: The clause after a meeting naming who spoke for each side (…舉行交流會議，由某市某局局長
#: 王大明與本府某局李局長分別介紹…): the officials of the meeting.
_BY_BOTH_SIDES = rx(r"^由[^,]{2,40}?(?:與|及|和)[^,]{1,30}?(?:" + _EACH_IN_TURN + r"|共同|輪流)")

#: The host receiving a guest (陳市長於市府接見某國大使, 葉副市長接見來訪之…): the one
#: received came to the city.
#: 由王市長親自接待: the official, in person; hosting a guest (設宴款待) receives him too.
_RECEIVE = rx(r"接見|(?<=親自)接待|(?:接待[並及])?(?:設宴)?款待")

#: The home city's own seat as where a meeting took place (於市府, 在本府, 於市政府):
#: the guest was received at home.
_AT_HOME_SEAT = rx(r"(?:於|在)(?:本府|市府|本市|市政府|市政大樓)")

#: The home side of a meeting: 與本府, 與陳市長, 與市長, 與王大明市長, 與本府王副市長 (then
#: 會面, 會晤);
#: a name in full (the group) is the home side only when it is a home official's.
_HOME_SIDE = rx(
    r"與(?:"
    + _HOME_NAMES
    + r"|"
    + _HOME_GOVERNMENT
    + r"?([\u4e00-\u9fff]{0,3}?)"
    + _HOME_TITLE
    # what was talked over with an official may stand before the verb: 與陳市長就兩市
    # 交流(交換意見); not with the government, no one named (與本府就…交換意見)
    + r"(?:就[^與,;]{1,30}?)?)"
    # the manner may stand before the verb: 與本府王副市長進行視訊(會談), 以電話方式(會談)
    r"(?:共同|進行|舉行|以|透過)?(?:線上|視訊|網路|遠距|電話)?(?:方式)?(?:進行|舉行)?$"
)

#: The home side receiving, before the verb: 由葉副市長接見, 由王大明市長親自接見,
#: 由市長王大明接見, 由黃副市長代表接見, 經本府王副市長接見 (the formal style's 經).
#: The time and place may stand between (謝市長於12日下午在市府親自接見, 由王市長於同日接見);
#: not a party met (陳市長於2月24日與某某市長會晤: 與 opens the one met, no time;
#: 於與會前, before attending, is a time). The city itself may receive, no one named
#: (本府特地在市府親自接見, as a speaker's report tells the mayor's own acts).
_HOME_RECEIVES = rx(
    # (the surname is no 由 or 經: 爰由黃副市長代表接見 is received by 黃副市長)
    r"(?:由|經|^)(?:本府)?(?:((?:(?![由經])[\u4e00-\u9fff]){0,3}?)"
    + _HOME_TITLE
    + r"|"
    + _HOME_TITLE
    + r"([\u4e00-\u9fff]{2,3}?)|(?<=本府))"
    # an adverb after the official (王大明市長並於12日晚設宴款待)
    + r"[並亦則也]?"
    + r"(?:於(?:[^,;。與]|與會){1,12}?)?(?:特地|特別)?"
    + r"(?:在(?:本府|市府|市政府|本市|市長室)[^,;。]{0,6}?)?"
    + r"(?:親自)?"
    # the formal style's 曾予, 予以 before the verb (蘇市長曾予接見, 經王市長予以接見)
    + r"(?:曾予|予以|曾)?"
    # on another's behalf (由黃副市長代表接見, 由秘書長代表市長接見): receiving all the same
    + r"(?:代表(?:"
    + _HOME_TITLE
    + r"|本府)?)?$"
)

#: The home side right after the verb: 拜會陳市長, 拜會本府, 拜會王大明市長, 拜會本府王副
#: 市長, or the title first, 拜會市長王大明, or alone, 拜會市長。 (a name in full, a group,
#: only when it is a home official's).
_HOME_MET = rx(
    r"^(?:"
    + _HOME_GOVERNMENT
    + r"?(?:([^\W\d_並與及和暨之的]{1,3}?)"
    + _HOME_TITLE
    + r"|"
    + _HOME_TITLE
    + r"([\u4e00-\u9fff]{2,3}?)(?=[,;。並及暨與於]|$)"
    # the title alone, ending the clause (到任拜會市長。): the city's own
    + r"|"
    + _HOME_TITLE
    + r"(?=[,;。]|$))"
    + r"|"
    + _HOME_NAMES
    + r")"
)

#: The home side right after 陪同, the one accompanied: 本府, 市長, 王市長.
_HOME_ACCOMPANIED = rx(r"(?:本府|[\u4e00-\u9fff]?" + _HOME_TITLE + ")")

#: The home side alone before 陪同, the one accompanying: 本府, 市長, 王市長.
_HOME_ACCOMPANYING = rx(r"(?:本府|[\u4e00-\u9fff]?" + _HOME_TITLE + ")$")

#: What the two did together, ending who was accompanied: 搭乘, 參觀, 巡視, 前往….
_DONE_TOGETHER = rx(r"搭乘|參觀|巡視|視察|考察|前往|遊覽|參訪|出席")

#: What may stand between two cities of a list of those met: a joiner, and the next
#: one's country (甲市、荷蘭乙市).
_LIST_GAP = rx(_JOINER.pattern + r"[\u4e00-\u9fff]{0,4}")

#: A person named who could not do what follows in the clause (王大明市長因公未克接見,
#: 陳市長因另有行程無法親自接見): read from where the person is named.
_COULD_NOT = rx(r"[^,;。]*?(?:" + _UNABLE + r")")

#: A list of places closed by 等 and the kind of its places (甲市、乙州等與會城市, 等城市):
#: what its officials are written after.
_LIST_CLOSED_BY_KIND = rx(r"等(?:與會|參與|各)?(?:城市|國家|縣市)?")

#: A clause going on with the sentence's subject, naming none of its own (並於3月23日以
#: 視訊方式, 另, 隨後): who acts is the one the sentence opened with.
_GOES_ON_SUBJECTLESS = rx(r"^(?:並|另|亦|隨後|同時)")

#: The other side of a meeting, between 與 and the verb: 與…市長喬治．史密斯(…)會談.
#: (與某市某課就明年度某某事項進行工作會議: the topic after 就, the second group, and the
#: verb of holding are no part of the party; nor is what the topic speaks of the meeting's
#: time.)
_MET_PARTY = rx(
    r"與([^與「]+?)(?:以[^與]{1,6})?(?:(就[^與,]{1,30}?))?(?:進行|舉行|召開)?"
    # the talk named in quotes, its verb closing the name (與甲市及乙市進行「城市首長線上
    # 對談」): the quote's opening words stand before the verb
    r"(?:「[^「」與]{0,12})?$"
)

#: What may stand between the other side of a meeting and its verb, when 與 X ends the
#: clause before: 陳市長與某市市長某某，透過視訊會談 / ，並以視訊方式進行會談 / ，雙方線上會晤.
_MANNER_ONLY = rx(
    r"(?:並|亦|也|隨即|雙方|兩人)*(?:透過|以|藉由|經由|在|於)?(?:線上|視訊|網路|遠距|遠端|電話)?"
    r"(?:連線|會議|方式|平臺)?(?:進行|舉行)?"
)

#: Leading others, wherever in the clause (率團, 親率議長某某等一行, 率領): who is named
#: before it leads, who after it is led.
_LEADS_OTHERS = rx(_LEAD_VERB + r"|率(?!先)")

#: The head of a place written after it: 某市市長, 某縣知事, 某州州長, 某市首長.
_HEAD_OF_PLACE = rx(r"[\u4e00-\u9fff]{0,4}(?:市長|首長|知事|州長)")

#: A going told by a visitor of a trip elsewhere: 赴, 前往, 轉往, 轉赴.
_GOING_ELSEWHERE = rx(r"赴|前往|轉往")

#: Views told by letter, not met over: 以書函, 以書面, 致函….
_IN_WRITING = rx(_BY_LETTER.pattern + r"|以(?:書函|書面|函件|信函|電子郵件)")


#: What opens the city's side of a meeting before its official: 由, 與, 本府 (由本府秘書長).
_HOST_OPENING = rx(r"^(?:由|與)?(?:本府|市府)?")


#: The kinds of body that are a city's government, standing for it (某市某局, 某市議會).
_UNIT_OF_GOVERNMENT_KINDS = frozenset(("bureau", "council"))


#: Another doing what was planned instead (改由某某接見, 改為…).
_REPLACED_BY = rx(r"改由|改為|改派|另由")


#: The host the city's side was received by, before the verb: 承某市長某某於市政廳(接見),
#: 承蒙某知事親自(接待), 受到該市市長某某(設宴款待), 由該市市長某某(接見).
_RECEIVED_BY_HOST = rx(
    r"(?:承(?:蒙)?|受到|(?<![自理])由)([^,;。]{2,40}?)(?:於[^,;。]{1,12}?)?(?:親自)?(?:並)?$"
)


#: The city's delegation as the one received, right after the verb (某市長某某於市政廳接見
#: 全體團員, 接見本團, 接見訪問團一行): the official named before the verb received it.
_OUR_PARTY_RECEIVED = rx(r"^(?:全體)?(?:團員|訪問團|訪團|本團|本府代表)")


#: An official receiving the city's side, opening a clause: 由某市副市長某某主持, 由該局
#: 副執行長某某親自簡報 (host of what it attended, or who briefed it).
_HOSTED_BY_OFFICIAL = rx(r"^由([^,;。]{2,40}?)(?:親自)?(?:主持|簡報|導覽|解說)")


#: The suffixes a place's name shares with its head's title (某某市 + 市長: 某某市長).
_SHARED_SUFFIX = "市縣州"


@cache
def _home_body_official(after_verb: bool = False) -> re.Pattern[str]:
    """A home body's official named in full or by surname, then the title, or the title
    then the name, before the verb of a meeting: 與教育局王大明局長(會談), 由高雄市議會李小華
    議長親自(接待), 由高雄市議會議長李小華(接見), 由建設局黃局長(接見); `after_verb`, right
    after it (拜會高雄市議會李小華議長). The group is the name (a home official only when
    the title read makes him one, or a surname alone: see _ours)."""
    lex = lexicon()
    bodies = sorted({n for org in lex.home_orgs for n in org.names}, key=len, reverse=True)
    titles = "|".join(map(re.escape, lex.titles_longest_first))
    official = (
        r"(?:"
        + "|".join(map(re.escape, bodies))
        + r")(?:([\u4e00-\u9fff]{1,3}?)(?:"
        + titles
        + r")|(?:"
        + titles
        + r")([\u4e00-\u9fff]{2,3}?))"
    )
    if after_verb:
        return re.compile(r"^(?:本府)?" + official + r"(?=[,;。並及與]|$)")
    return re.compile(r"(?:與|由)(?:本府)?" + official + r"(?:親自)?$")


def _dates_a_listed_stay(own: dict[str, object], listed: dict[str, object]) -> bool:
    """Whether a call's date (`own`) tells when a visit known only over months (a list
    of the period's guests, 1月至6月) took place: a month or day within those months
    (…等人。其中某市市長，三月下旬在高雄停留兩天，除拜會本府之外: in March)."""
    first, last = listed.get("start"), listed.get("end")
    start = own.get("start")
    return (
        isinstance(first, str)
        and isinstance(last, str)
        and first[:7] != last[:7]
        and isinstance(start, str)
        and len(start) >= 7
        and dated_within(own, listed)
    )


def _receives(verb: re.Match[str]) -> bool:
    """Whether the meeting verb found is one of receiving (接見, 親自接待, 設宴款待),
    read where it stands: 接待 receives only after 親自, which the verb alone lacks."""
    return _RECEIVE.fullmatch(verb.string, verb.start(), verb.end()) is not None


def _days_apart(first: str, second: str) -> int:
    """How many days lie between two ISO days; a large number for any date that is no
    day (2011, 2011-06)."""
    if len(first) != len("2000-01-01") or len(second) != len(first):
        return 1 << 30
    return abs(days_between(first, second))


def _where_met(clause: Clause, start: int, end: int) -> bool:
    """Whether the place at `start`-`end` of a clause is where a meeting was held, written
    after 於/在 (and its country) right before 與 whom (於某市與乙市市長會晤, 在日本甲市與
    韓國乙市、丙市副市長分別會晤): where, no city met."""
    if not clause.norm.startswith("與", end):
        return False
    opening = min((s for s, e, _ in clause.places if e == start), default=start)
    return clause.norm[:opening].endswith(("於", "在"))


class MeetingRules(VisitCommon):
    """Who met whom, and when."""

    def _received_by_host(self, before: str, home_people: set[str]) -> list[str]:
        """Those the city's side was received by abroad, written after 承, 受到 or 由
        (訪問團停留期間，承某市長某某（gloss）於市政廳接見; 受到該市市長某某設宴款待): the
        people named between that word and the verb."""
        host = _RECEIVED_BY_HOST.search(before)
        if host is None:
            return []
        return [
            pid
            for name, pid in self.people.items()
            if name in host.group(1) and pid not in home_people
        ]

    def _own_body_led(self, text: str) -> list[str]:
        """The bodies or cities whose own people a visitor named in `text` leads, told by
        該 and the body's ending (某連盟會長王大明，率領該連盟議員一行; 某協會理事長率該會
        會員; 某市議員某某率領該市經貿訪問團)."""
        led = []
        for body in self._visitor_bodies(text, None):
            label = self.facts.label_of(body)
            name = self.facts.entities[body].name_zh
            endings = [name[-1:], name[-2:]] if label == Label.ORGANIZATION else []
            endings += ["市"] if label == Label.CITY else []
            if any(f"{lead}該{end}" in text for lead in ("率", "率領") for end in endings):
                led.append(body)
        return led

    def _came_to_meet(self, person: str, clause: Clause, when: dict[str, object]) -> None:
        """One who called on the city (某大使於7月23日拜會陳市長) visited it, unless a
        visit of theirs that year is read already (…率團來訪，並於3月18日拜會陳市長). A
        meeting with no date is in the year being read, as a visit with none is
        (某市市長王大明來訪，並拜會陳市長: one visit, not a second without a year)."""
        if self._virtual(clause.sentence.norm):
            return  # 以視訊方式與陳市長會談: a meeting from afar, no visit
        if self._abroad_then(clause, person, when):
            return  # 本府組團赴某市…。…某縣知事亦到場，並與王副市長會晤: met there
        visit = _visit_days(when)
        year = visit.get("year") or self._year_hint([])
        visit.update({"year": year} if year else {})
        if self.facts.label_of(person) != Label.PERSON:
            return
        known = [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED
            and r.source == person
            and r.target == self.home
            and r.properties.get("year") == visit.get("year")
            and not _dates_a_listed_stay(visit, r.properties)
        ]
        for r in known:
            if dated_within(visit, r.properties) and "start" in visit:
                # (日期：11.20 / 來訪人員：某某 / 經過：20日拜會本府: the call tells that visit)
                self.facts.add_evidence(r, clause.sentence)
        if not known:
            self.facts.relate(RelType.VISITED, person, self.home, clause.sentence, **visit)

    def _coming_read_already(
        self, party: str, visit: dict[str, object], sentence: Sentence
    ) -> bool:
        """Whether the coming of `party` a meeting is on is read already: told in the same
        sentence or on the day before or after (某市長率團於2月11日來訪，並於翌日與陳市長
        就…交換意見: the meeting is on that visit, not its first day); not another coming
        that year (甲機構一行於2月10日拜會本府。…甲機構一行於6月1日拜會本府: two)."""
        day = str(visit.get("start") or "")
        return any(
            r.type == RelType.VISITED
            and r.source == party
            and r.target == self.home
            and r.properties.get("year") == visit.get("year")
            and "start" in r.properties
            and (
                any((e.start, e.end) == (sentence.start, sentence.end) for e in r.evidence)
                or _days_apart(str(r.properties["start"]), day) <= 1
            )
            for r in self.facts.relations.values()
        )

    def _abroad_then(self, clause: Clause, person: str, when: dict[str, object]) -> bool:
        """Whether the clause's meeting with `person` took place on the city's trip
        abroad: its item tells a trip to a foreign city whose days hold the meeting's,
        and the trip's leader met them (…並與王副市長會晤) or they are of the place
        visited (某縣知事 on a trip to 某市 of it). Never a guest received at home
        (陳市長於市府接見某市市長)."""
        if _RECEIVE.search(clause.norm) or _AT_HOME_SEAT.search(clause.norm):
            return False
        day = str(when.get("start") or "")
        section = clause.sentence.section
        spans = {(s.start, s.end) for s in self._section_sentences(section)}
        theirs = self._affiliations([person], themselves=True)
        for trip in self.facts.relations.values():
            first, last = trip.properties.get("start"), trip.properties.get("end")
            if not (
                trip.type == RelType.VISITED
                and trip.source == self.home
                and isinstance(first, str)
                and isinstance(last, str)
                and any((e.start, e.end) in spans for e in trip.evidence)
                and first <= day[: len(first)]
                and day[: len(last)] <= last
            ):
                continue
            leader = trip.properties.get("led_by")
            if (isinstance(leader, str) and leader in clause.norm) or (
                theirs & {trip.target, self._region_of(trip.target)}
            ):
                return True
        return False

    def _ours(self, side: re.Match[str] | None, home_people: set[str]) -> re.Match[str] | None:
        """The home side of a meeting as found, when it is ours: the city, a title
        alone or after a surname (陳市長), or a home official named in full (王大明市長);
        not another place's official (與該市市長, 與某某市長 of a guest)."""
        if side is None:
            return None
        # (the name is the first group, or the second where the title comes first:
        # 拜會市長王大明)
        name = side.group(1) or (side.group(2) if side.re.groups > 1 else None)
        if not name or len(name) <= 1:
            return side
        if self.people.get(name) in home_people:
            return side
        for holder in self._home_officials_as_period_opens():  # one the curated data knows
            if holder.name_zh == name:
                home_people.add(self._known_person(holder))
                return side
        return None

    def _home_receives(self, before: str, sentence_norm: str) -> re.Match[str] | None:
        """The home official receiving a visitor, written before the verb (由葉副市長
        接見, 由王大明市長親自接見, 由市長王大明親自接見); not a place's mayor (由某市
        市長接見)."""
        found = _HOME_RECEIVES.search(before)
        if found is None:
            return None
        name = found.group(1) if found.group(1) is not None else found.group(2)
        # the city itself (本府親自接見), a surname (葉副市長), or one named in full
        # receiving a visitor who came here (…來訪，由王大明市長親自接見; …來訪。翌日由
        # 王大明市長接見); not a place's mayor (由某市市長接見)
        if name is None or len(name) <= 1:
            return found
        if name in self.people and self._coming_told_here(sentence_norm):
            return found
        return None

    def _coming_told_here(self, sentence_norm: str) -> bool:
        """Whether a coming is told in the sentence, or in the one before it in its
        paragraph (…於3月2日至5日來訪。3日上午由王大明市長接見)."""
        previous = self.previous
        before = previous is not None and previous.paragraph == self._here().paragraph
        return bool(_COME.search(sentence_norm) or (before and _COME.search(previous.norm)))

    def _rule_meeting(self, clause: Clause, sentence_norm: str) -> None:
        """Meetings (拜會, 會見, 接見, 會談): who of the city met whom, when, and whether
        the one met came to the city to do so. A call on the city with no one named
        (拜會本府) may be followed by the meeting (並與王副市長會談): the next verb."""
        self._hosted_by_official(clause)
        self._accompanied(clause)
        pos = 0
        while (verb := _MEET.search(clause.norm, pos)) is not None:
            if not self._read_meeting(clause, sentence_norm, verb):
                return
            pos = verb.end()

    def _accompanied(self, clause: Clause) -> None:
        """A guest and the city's side going about together, one 陪同 the other (某市
        市長某某則全程陪同本府參觀…; 本府陪同州長搭乘港勤船巡視…): the city met the
        guest, named, or called by the title they were named with before."""
        along = _ACCOMPANIES.search(clause.norm)
        if along is None:
            return
        before = _DATE_PREFIX.sub("", clause.norm[: along.start()])
        after = clause.norm[along.end() :]
        home_people = self._home_people()
        accompanied = _HOME_ACCOMPANIED.match(after)
        if accompanied and not self._home_side_called(accompanied.group(), clause):
            return  # 該市議會議長某某陪同吳市長參觀: the mayor of the place named before
        if accompanied:  # 某市長某某陪同本府參觀
            guests = [pid for _, pid in self._people_by_position(before)]
        elif _HOME_ACCOMPANYING.fullmatch(before):  # 本府陪同州長搭乘…
            done = _DONE_TOGETHER.search(after)
            guests = self._guests_called(after[: done.start()], clause) if done else []
        else:
            return
        when = self._meeting_when(clause)
        for guest in guests:
            if guest not in home_people and self.facts.label_of(guest) == Label.PERSON:
                self.facts.relate(RelType.MET_WITH, self.home, guest, clause.sentence, **when)

    def _home_side_called(self, words: str, clause: Clause) -> bool:
        """Whether `words` (本府, 市長, 吳市長) call the city's side: a surname before the
        title is not that of someone named before in the sentence who is not the city's
        (某市市長吳某某…陪同吳市長), and is that of the city's holder of that title in the
        period, when the curated data knows one."""
        title = _HOME_TITLE_ONLY.search(words)
        surname = words[: title.start()] if title else ""
        if not title or not surname:
            return True
        before = clause.sentence.norm[: clause.start]
        home_people = self._home_people()
        if any(
            name.startswith(surname) and name in before and pid not in home_people
            for name, pid in self.people.items()
        ):
            return False
        whens = [str(self.period.start), str(self.period.end)] if self.period else []
        holders = {
            p.name_zh
            for when in whens
            for p in self._home_officials(when)
            if p.title_zh == title.group()
        }
        return not holders or any(name.startswith(surname) for name in holders)

    def _guests_called(self, words: str, clause: Clause) -> list[str]:
        """The people `words` name, or the one the sentence named before with the title
        `words` is (陪同州長: the governor named before)."""
        named = [pid for name, pid in self.people.items() if name in words]
        if named or words not in self.lex.titles:
            return named
        before = clause.sentence.norm[: clause.start]
        return [
            pid
            for _, pid in self._people_by_position(before)
            if any(
                r.type == RelType.HOLDS_TITLE
                and r.source == pid
                and r.properties.get("title_zh") == words
                for r in self.facts.relations.values()
            )
        ]

    def _hosted_by_official(self, clause: Clause) -> None:
        """On a trip abroad, a clause telling an official of the place received the
        city's side, as host of what it attended or as who briefed it (…歡迎晚宴，由某市
        副市長某某主持; 由該局副執行長某某親自簡報): the city met that official, that day."""
        hosted = _HOSTED_BY_OFFICIAL.match(clause.norm)
        trip = self._trip_of_item(clause) if hosted else None
        if hosted is None or trip is None or self._at_home(trip.target):
            return
        home_people = self._home_people()
        when = self._meeting_when(clause)
        for name, pid in self.people.items():
            if name in hosted.group(1) and pid not in home_people:
                self.facts.relate(RelType.MET_WITH, self.home, pid, clause.sentence, **when)

    def _read_meeting(self, clause: Clause, sentence_norm: str, verb: re.Match[str]) -> bool:
        """The meeting of `verb`; True when it is a call on the city with no one named,
        whose meeting a later verb of the clause may tell."""
        if _HANDED_IN_PERSON.match(verb.group()) and _LETTER_HANDED_OVER.match(
            clause.norm, verb.end()
        ):
            return False  # 當面轉交某市長致陳市長之邀請函: the officials are the letter's
        if not verb.start() and _MEETING_RECALLED.match(clause.norm):
            return False  # 會晤時某市長邀請…: the meeting told before, as a time
        before = clause.norm[: verb.start()]
        views = verb.group().startswith("交換")  # 交換意見, 交換某某經驗
        if views and self._views_not_met_over(clause, sentence_norm, verb):
            return False
        if self._met_on_visitors_trip(clause, sentence_norm, verb):
            return False
        topic = _MET_PARTY.search(before)
        dated = clause
        if topic is not None and topic.group(2):
            # 就明年度…進行會談: neither a meeting to come nor one of the topic's year
            start, end = topic.span(2)
            before = before[:start]
            dated = replace(
                clause,
                dates=[d for d in clause.dates if not start <= d.text_start - clause.start < end],
            )
        when = self._meeting_when(dated)
        if self._future(replace(clause, norm=before), sentence_norm):
            return False  # 本府規劃於7月…期間拜會某市長: a meeting to come
        after = sentence_norm[clause.start + len(clause.norm) :]
        if _PLAN_FIRST.search(before) and (
            _REPLACED_BY.search(after) or _MEETING_PUT_OFF.match(after)
        ):
            # 原訂由陳市長親自接見，…改由秘書長某某接見; 原訂晚間與陳市長餐敘，因班機
            # 延誤而取消: it did not happen
            return False
        if _MEETING_NOT_HAD.search(before):
            return False  # 因行程緊湊，未及與陳市長餐敘: it did not happen
        met = [pid for name, pid in self.people.items() if name in clause.norm[verb.end() :]]
        met = met or self._by_surname_and_title(clause.norm[verb.end() :])  # 接見山田市長
        party, head = self._party_met_with(clause, sentence_norm, verb)
        home_people = self._home_people()
        # 拜會王大明代理市長: the home official named after the verb is the host, not met
        met = [pid for pid in met if pid not in home_people]
        home_side_leads = self._home_side_leads(party, head, home_people) or self._met_on_trip(
            clause, party, head
        )
        if not met and _receives(verb):
            met = self._received_by_host(clause.norm[: verb.start()], home_people)
            if not met and _OUR_PARTY_RECEIVED.match(clause.norm[verb.end() :]):
                # 某市長某某於市政廳接見全體團員: the city's side was received by him
                named = clause.norm[: verb.start()]
                met = [p for n, p in self.people.items() if n in named and p not in home_people]
        home_side = self._home_side(clause, sentence_norm, verb, home_people)
        if not met and party and home_side_leads:
            # 陳市長以視訊會議與…市長喬治．史密斯會談: the one named between 與 and the verb
            # (not the city's own: …拜會本府，與王大明秘書長晤談 names the home side; nor
            # 某市長率市府官員…來訪，並於翌日與陳其邁市長就…交換意見, the one the curated
            # data knows as the city's)
            met = [
                pid
                for name, pid in self.people.items()
                if name in party.group(1) and pid not in home_people
            ]
        if not met and not home_side:
            met = self._met_by_pronoun(party, clause, sentence_norm, home_people)
        # the words before the verb telling whether the city received the one met
        acting = clause.norm[: verb.start()]
        if not met and home_side:
            acting = sentence_norm[: clause.start + verb.start()]
            each = self._respective(clause, clause.norm[: verb.start()])
            met = (
                [pid for pid, _ in each]
                or self._visitor_named_before(acting, home_side, home_people)
                or self._visitor_before_semicolon(clause, acting, home_side)
                or self._received_after_coming(clause, verb, home_side)
                or self._cards_visitor(acting, home_side, home_people)
            )
            for person, on in each or [(pid, self._when_met(pid, clause, when)) for pid in met]:
                self._came_to_meet(person, clause, on)  # 甲、乙分別於…拜會本府: each
            if met:  # 某國代表王大明偕同某港務局代表拜會本府: the body came along
                visit = _visit_days(when)
                # 某會會長王大明，率領該會會員一行，拜會本府: the body he led came too
                led = self._own_body_led(acting)
                along = dict.fromkeys([*self._foreign_bodies_along(clause.norm), *led])
                for body in (
                    b for b in along if not self._coming_read_already(b, visit, clause.sentence)
                ):
                    self.facts.relate(RelType.VISITED, body, self.home, clause.sentence, **visit)
            if _WITH_HOME.fullmatch(home_side.group()):
                # 拜會本府: no one named received them, so no meeting with a person; one
                # may follow (拜會本府並與王副市長會談)
                return True
        home_party = self._home_party(clause, sentence_norm, verb, home_side, home_people)
        if not met:
            met, home_party = self._officials_named_next(clause, sentence_norm, home_party)
        met = [pid for pid in dict.fromkeys(met) if pid not in home_people and pid != home_party]
        # (陳市長分別於5月20日及6月5日，與甲市市長某某、乙市市長某某舉行視訊會談)
        each = iter(self._dates_in_turn(clause, len(met)))
        for person in met:  # 會見某某市市長喬治‧史密斯: the person, not only the city
            on = next(each, None) or self._when_met(person, clause, when)
            self.facts.relate(RelType.MET_WITH, home_party, person, clause.sentence, **on)
            if _receives(verb) and self._home_acts(acting):
                self._came_to_meet(person, clause, on)  # 陳市長於市府接見某大使: he came
        if not met:
            self._met_unnamed_officials(clause, when)
            self._met_city_as_party(clause, sentence_norm, verb, when)
        return False

    def _met_city_as_party(
        self, clause: Clause, sentence_norm: str, verb: re.Match[str], when: dict[str, object]
    ) -> None:
        """本府某局與某市(某局)以視訊方式召開會議: a city, or its government (某市政府,
        某市某局, 某市議會), named as the other side of the city's meeting with no one of
        it named, met the city; another body of it (某市某大學) is no city."""
        party, head = self._party_met_with(clause, sentence_norm, verb)
        if party is None:
            return
        parts = _CLAUSE_BREAK.split(head)
        subject = parts[-1]
        if _GOES_ON_SUBJECTLESS.match(subject):
            # (3月22日至25日，本府某局參加「…」，並於3月23日以視訊方式與…: the sentence's own)
            subject = next((p for p in parts if _DATE_PREFIX.sub("", p)), subject)
        if self._foreign_opens(subject) or not (
            self._home_acts(subject) or self._delegation_abroad(clause, subject)
        ):
            return  # 某國甲市代表團參加本府主辦之「…」，並…與乙市進行「…」: theirs
        words = party.group(1)
        if any(name in words for name in self.people):
            return
        cities = [
            m
            for m in self._place_mentions(words)
            if m.place.label == "City" and m.place.id != self.home_place.id
        ]
        rest = words[cities[-1].end :].removeprefix("政府") if cities else ""
        if cities and (not rest or self._unit_of_government(words[cities[-1].start :], rest)):
            # 與德國甲市、荷蘭乙市舉行「…視訊會談」: each city of the list
            for mention in self._places_listed_last(words, cities):
                city = self.facts.place(mention.place)
                self.facts.relate(RelType.MET_WITH, self.home, city, clause.sentence, **when)

    def _foreign_opens(self, text: str) -> bool:
        """Whether a party of elsewhere is the subject `text` opens with, after its date
        (111年4月6日，韓國釜山市經濟代表團拜會本府經發局): the one acting, though the
        city is named after it."""
        opening = _ITEM_PARTY.sub("", text)  # 某國某市：本府…: a heading, no subject
        parts = (_DATE_PREFIX.sub("", part) for part in _CLAUSE_BREAK.split(opening))
        words = next((part for part in parts if part), "")
        return any(
            not m.start and m.place.country != self.home_place.country
            for m in self._place_mentions(words)
        )

    @staticmethod
    def _places_listed_last(words: str, cities: list[PlaceMention]) -> list[PlaceMention]:
        """The last city of `words` and those listed right before it, joined by 、及與和
        or by a country written before the next (德國甲市、荷蘭乙市)."""
        listed = [cities[-1]]
        for mention in reversed(cities[:-1]):
            gap = words[mention.end : listed[0].start]
            if not _LIST_GAP.fullmatch(gap):
                break
            listed.insert(0, mention)
        return listed

    def _unit_of_government(self, written: str, name: str) -> bool:
        """Whether `name`, written after a city (the whole `written`), is a unit of its
        government: a bureau or council (某市某局, 某市議會), or a section of it (某市國際
        交流課) whose name holds no other body (某大學國際課: the university's)."""
        kind = self.lex.org_kind(name)
        if kind in _UNIT_OF_GOVERNMENT_KINDS:
            return True
        opening = len(written) - len(name)
        return kind == "division" and not any(
            self.lex.org_kind(written[:stop]) for stop in range(opening + 1, len(written))
        )

    def _delegation_abroad(self, clause: Clause, subject: str) -> bool:
        """Whether `subject` is the delegation of the city's trip abroad its item (or the
        one before) told (…率團赴某市。期間，訪團並與某市某課進行工作會議): the city."""
        trip = self._trip_abroad
        return (
            trip is not None
            and self._same_or_next_item(trip.section, clause.sentence.section)
            and bool(_DELEGATION_GOES_ON.match(_DATE_PREFIX.sub("", subject)))
        )

    def _met_by_pronoun(
        self,
        party: re.Match[str] | None,
        clause: Clause,
        sentence_norm: str,
        home_people: set[str],
    ) -> list[str]:
        """The one met written as a pronoun, the home side acting (由李副市長代表市府接待
        並與其會晤): the visitor the sentence named last before, not one of the city's."""
        if party is None or not _PRONOUN_PARTY.fullmatch(party.group(1)):
            return []
        before = sentence_norm[: clause.start + party.start()]
        acting = _DATE_PREFIX.sub("", _CLAUSE_BREAK.split(before)[-1]).removeprefix("由")
        if not self._home_acts(acting):  # 由李副市長接待並與其…, 本府與其…
            return []
        named = [
            (at, pid) for at, pid in self._people_by_position(before) if pid not in home_people
        ]
        return [max(named)[1]] if named else []

    def _when_met(self, person: str, clause: Clause, when: dict[str, object]) -> dict[str, object]:
        """When a guest was met whose meeting the sentence dates only by a date told after
        it, of something else (某知事此行由陳市長親自接待，雙方確認延續2013年簽署之…):
        during the one visit of his the report told, on its days; `when` otherwise."""
        carried_from_later = any(d.start == when.get("start") for d in clause.later_dates)
        if clause.dates or clause.earlier_dates or not carried_from_later:
            return when
        if _DURING_TRIP_ABROAD.search(clause.sentence.norm[: clause.start + len(clause.norm)]):
            # 陳市長於赴日訪問期間再度會晤某某: met abroad, on a day not told
            year = self.state.dates.current_year
            return {"start": str(year), "year": year} if year else {}
        visits = {
            (r.properties.get("start"), r.properties.get("end"))
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED
            and r.source == person
            and r.target == self.home
            and r.properties.get("start")
        }
        if len(visits) != 1:
            return when
        ((start, end),) = visits
        on = {"start": start, "end": end, "year": int(str(start)[:4])}
        return {**on, "date": start} if end in (None, start) and len(str(start)) >= 7 else on

    def _meeting_when(self, clause: Clause) -> dict[str, object]:
        """When a meeting took place: the clause's date or the one carried from the item,
        else the year of the event the sentence names (於參加「某某高峰會」期間), else the
        year the text is about; a date of one day (or one month: 9月中旬) is its date."""
        stay = self._stay_met_in(clause)
        if stay:
            return stay
        when = self._when(clause, carry=True)
        after_act = _AFTER_AN_ACT.match(clause.sentence.norm) or _AFTER_AN_ACT_WITHIN.search(
            clause.norm
        )
        if not (clause.dates or clause.earlier_dates) and after_act:
            # …於11月24日簽署「…」。簽約後…與某某會談: the day of the act just told
            day = [d for d in self.state.last_dates if d.precision == "day" and not d.end][-1:]
            when = {"start": day[0].start, "year": day[0].year} if day else when
        if not when and self.state.sentence_events:  # 於參加「2015某某高峰會」期間
            year = edition_year(self.state.sentence_events[0])
            when = {"start": str(year), "year": year}
        if not when:
            year = self.state.dates.current_year
            when = {"start": str(year), "year": year} if year else {}
        start = str(when.get("start") or "")
        if len(start) >= 7 and when.get("end") in (None, start):
            when = {**when, "date": start}  # a meeting on one day (or in one month: 9月中旬)
        return when

    def _stay_met_in(self, clause: Clause) -> dict[str, object]:
        """When a meeting told during the stay just told took place (訪問期間，林秘書長
        拜會某市市長，並於二月十六日簽訂…; 會議期間，黃副市長拜會…): in the days of that
        stay, told in the sentence or the item before, not on a later clause's day; its
        month is the meeting's date when the stay lies within one. {} for any other."""
        if clause.dates or clause.earlier_dates or not _DURING_THE_STAY.match(clause.sentence.norm):
            return {}
        # the stay's own days, told first: not a plan or a return told after them
        # (並邀請本市於十月間回訪, 十一月九日返國)
        told = [
            d
            for d in self.state.dates_before or self.sibling_dates
            if len(d.start) >= len("2000-01")
        ]
        if not told:
            return {}
        stay = told[0]
        when: dict[str, object] = {"start": stay.start, "year": stay.year}
        if stay.end:
            when["end"] = stay.end
        if (stay.end or stay.start)[:7] == stay.start[:7]:
            when["date"] = stay.start[:7]
        return when

    def _party_met_with(
        self, clause: Clause, sentence_norm: str, verb: re.Match[str]
    ) -> tuple[re.Match[str] | None, str]:
        """The party a meeting is with (與某市王大明市長會談) and the words before it; when
        the clause tells only the manner (透過視訊會談), 與 X ends the clause before
        (王市長與某市市長王大明，透過視訊會談)."""
        before = clause.norm[: verb.start()]
        party = _MET_PARTY.search(before)
        head = sentence_norm[: clause.start + party.start()] if party else ""
        if not party and clause.start and _MANNER_ONLY.fullmatch(before):
            # 陳市長與…市長某某，透過視訊會談: 與 X ends the clause before
            previous = self._clause_before(clause)
            party = _MET_PARTY.search(previous)
            head = previous[: party.start()] if party else ""
        return party, head

    def _met_on_trip(self, clause: Clause, party: re.Match[str] | None, head: str) -> bool:
        """Whether a meeting with no subject of its own is told in a sentence of a stop of
        the city's trip (9月8日至10日轉往某市，考察…，並與該市議員某某會晤), or in an item
        listing a stop of it (行程如下：…2.…轉赴某市，與該市市長某某會晤): the
        delegation met them."""
        opening = _CLAUSE_BREAK.split(head)[-1]
        return bool(
            party
            and (
                self._leg_sentence is clause.sentence
                or self._leg_of(clause) is not None
                or self._day_of_trip_told_before(clause)
            )
            and not self._place_mentions(opening)
            and not any(name in opening for name in self.people)
        )

    def _day_of_trip_told_before(self, clause: Clause) -> bool:
        """Whether a sentence opening with a day within the city's trip told in the
        sentence before it in its paragraph tells that day of the trip (…於3月24日至
        29日訪問某市。25日與該市市長某某會晤)."""
        trip, previous = self._trip_abroad, self.previous
        return bool(
            trip is not None
            and previous is not None
            and trip.told_in is previous
            and previous.paragraph == clause.sentence.paragraph
            and trip.days
            and clause.dates
            and clause.dates[0].text_start == 0
            and _within_days(clause.dates[0].start, trip.days)
        )

    def _home_side_leads(
        self, party: re.Match[str] | None, head: str, home_people: set[str]
    ) -> bool:
        """Whether the home side leads the words before the party met: the sentence
        (王市長以視訊會議與…會談), the clause of 與 (雙方於…舉辦…線上慶祝會，王市長與…並
        透過視訊會談), or a home official named in full there (王大明市長與…會談)."""
        named_home = [
            pid for name, pid in self.people.items() if pid in home_people and name in head
        ]
        return bool(
            party
            and (
                self._home_acts(head)
                or self._home_acts(_CLAUSE_BREAK.split(head)[-1])
                or named_home
            )
        )

    def _met_on_visitors_trip(
        self, clause: Clause, sentence_norm: str, verb: re.Match[str]
    ) -> bool:
        """Whether a meeting is one the visitors had on a trip elsewhere they tell of
        (某市議長率團來訪，並表示該團日前赴某市時曾拜會某某市長): a going to a place
        abroad told after their coming and before the verb, the city's side not named."""
        upto = sentence_norm[: clause.start + verb.start()]
        comings = list(_COME.finditer(upto))
        gone = _GOING_ELSEWHERE.search(upto, comings[-1].end()) if comings else None
        if gone is None or not any(
            m.place.id != self.home_place.id for m in self._place_mentions(upto[gone.end() :])
        ):
            return False
        return self._home_side(clause, sentence_norm, verb, self._home_people()) is None

    def _views_not_met_over(self, clause: Clause, sentence_norm: str, verb: re.Match[str]) -> bool:
        """Whether views exchanged (甲與乙就某事交換意見) tell no meeting of the city's:
        by letter (本府以書函與某市就…交換意見), or between two others, a party of
        elsewhere before 與 and the city's side nowhere (另某市議長某某與某市長就…)."""
        before = clause.norm[: verb.start()]
        if _IN_WRITING.search(before):
            return True
        joined = before.find("與")
        if joined < 0 or self._home_side(clause, sentence_norm, verb, self._home_people()):
            return False
        subject = before[:joined]
        return any(
            name in subject and not self._of_home(pid) for name, pid in self.people.items()
        ) or any(m.place.id != self.home_place.id for m in self._place_mentions(subject))

    def _home_side(
        self, clause: Clause, sentence_norm: str, verb: re.Match[str], home_people: set[str]
    ) -> re.Match[str] | None:
        """The city's side of the meeting as written: before the verb (與王市長會面, 由李
        副市長接見) or right after it (拜會王市長, 拜會本府)."""
        return (
            self._ours(_HOME_SIDE.search(clause.norm[: verb.start()]), home_people)
            or self._home_receives(clause.norm[: verb.start()], sentence_norm)
            or self._ours(_HOME_MET.match(clause.norm[verb.end() :]), home_people)
            or self._ours(_home_body_official().search(clause.norm[: verb.start()]), home_people)
            # 拜會高雄市議會許崑源議長: the council's speaker, the city's side, called on
            or self._ours(
                _home_body_official(after_verb=True).match(clause.norm[verb.end() :]), home_people
            )
            or self._home_person_with(clause.norm[: verb.start()], home_people)
        )

    def _home_person_with(self, before: str, home_people: set[str]) -> re.Match[str] | None:
        """One of the city's people named after 與 right before the verb, whatever the
        title (拜會本府，與張大山議長晤談: read as the city's by visitors._hosts_a_visit)."""
        for name, pid in self.people.items():
            if pid in home_people and "與" + name in before:
                found = re.search("與(" + re.escape(name) + ")[^,;與]{0,6}$", before)
                if found:
                    return found
        return None

    def _visitor_named_before(
        self, before: str, home_side: re.Match[str], home_people: Set[str] = frozenset()
    ) -> list[str]:
        """With no one named as met but the city's side: the visitor named last before
        the verb met the city, and so came (王大明率團到訪本府，與王市長會面 / 王大明於…
        拜會王市長 / 某市副市長王大明率團來訪，由李副市長接見)."""
        # (某市議員某某應王大明副市長之邀率團來訪，…: the inviter named is none)
        before = _INVITED_BY.sub(lambda m: "某" * len(m.group()), before)
        named = [
            (before.rfind(name), pid)
            for name, pid in self.people.items()
            if name in before
            and name not in home_side.group()
            and pid not in home_people  # 原訂由陳市長接見，…改由某某接見: no guest
            and not self._part_of_name_written(name, pid, before)
        ]
        # 甲一行，在某處所長乙陪同下，…拜會陳市長: the guest was received, not his escort
        escorts = [m.span(1) for m in _ESCORTING.finditer(before)]
        named = [(at, pid) for at, pid in named if not any(s <= at < e for s, e in escorts)]
        # 王大明市長親率議長李小明等一行來訪，…面交陳市長: the leader, not one he led
        leads = [m.start() for m in _LEADS_OTHERS.finditer(before)]
        leaders = [(at, pid) for at, pid in named if leads and at < leads[-1]]
        last = [max(leaders or named)[1]] if named else []
        # 某國大使甲偕同某市市長乙來訪，由陳市長接見: both came and were received
        return last if leaders else _with_companions(before, named, last)

    def _received_after_coming(
        self, clause: Clause, verb: re.Match[str], home_side: re.Match[str]
    ) -> list[str]:
        """A reception with no one named, opening the sentence after one telling a
        visitor's coming (某市市長王大明…來訪。陳市長於11日親自接見): that visitor's, when
        only the city's side and a time are written before the verb."""
        previous = self.previous
        if previous is None or clause.start or not _receives(verb):
            return []
        if not _COME.search(previous.norm) or clause.norm[verb.end() :].strip(" ,;。"):
            return []
        opening = _TIME_OF_DAY_OPENING.sub("", _DATE_PREFIX.sub("", clause.norm[: verb.start()]))
        if not opening.startswith(home_side.group()):
            return []
        return self._visitor_named_before(previous.norm, home_side)

    def _cards_visitor(
        self, acting: str, home_side: re.Match[str], home_people: set[str]
    ) -> list[str]:
        """A call on the city or a reception told in a record card's account with no
        visitor named before it (經過：9月11日上午拜會本府，由王市長接見): the visitor its
        visitors field names first (來訪人員：某市副市長某某、…), who led them. Only when
        the one receiving is named (由王市長接見, 由市長王大明接見): received by a title
        alone (由秘書長接見), no one met them."""
        if any(name in acting and name not in home_side.group() for name in self.people):
            return []  # someone else is named before the verb
        host = _HOST_OPENING.sub("", home_side.group())
        if host.startswith(tuple(self.lex.titles)) and not any(n in host for n in self.people):
            return []  # 由秘書長接見: a title alone
        listed = self._visitors_field_lines()
        found = [
            (line.norm.find(name), pid, self._post_before(line.norm, name))
            for line in listed[:2]
            for name, pid in self.people.items()
            if name in line.norm and pid.startswith("person:") and pid not in home_people
        ]
        # 21日上午金課長一行拜會本府: the one listed whose surname and post those are
        # (…國際協力課課長金永洙), else the first listed
        called = [
            pid
            for _, pid, (name, post) in sorted(found)
            if post and any(f"{name[:n]}{post}" in acting for n in (1, 2))
        ]
        return called[:1] or ([min(found)[1]] if found else [])

    def _post_before(self, line: str, name: str) -> tuple[str, str]:
        """The name and the post written right before it in a list's line (某市某課課長
        金永洙: 課長), the longest of the lexicon's titles; no post: ''."""
        posts = self.lex.titles_ending(line[: line.find(name)])
        return name, posts[0] if posts else ""

    def _visitors_field_lines(self) -> list[Sentence]:
        """The sentences of the current card's visitors field (來訪人員：…), its own
        line first, then the lines below up to the next field; none outside a card."""
        here = self.sentence
        if here is None or here.section is None:
            return []
        own = self._section_sentences(here.section)
        at = next((i for i, s in enumerate(own) if _VISITORS_FIELD.match(s.norm)), None)
        if at is None:
            return []
        below = itertools.takewhile(lambda s: not _CARD_FIELD.match(s.norm), own[at + 1 :])
        return [own[at], *below]

    def _visitor_before_semicolon(
        self, clause: Clause, acting: str, home_side: re.Match[str]
    ) -> list[str]:
        """A call on the city opening a sentence that goes on after ； from one telling a
        visitor's coming (某市市長王大明一行來訪；12月10日拜會陳市長): that visitor's, when
        nothing but a date (and the time of the day) is written before the verb. So too
        after 。 in the same paragraph when the sentence opens with its day, the account
        going on day by day (…於8月25日至28日來訪。26日上午拜會陳市長)."""
        previous = self.previous
        if previous is None or clause.start or not _COME.search(previous.norm):
            return []
        undated = _DATE_PREFIX.sub("", acting.lstrip("並且亦於"))
        # (十七日抵高後即與王市長會晤: the city's side written before the verb)
        bare = undated.removesuffix(home_side.group())
        if _TIME_OF_DAY_OPENING.sub("", bare).strip(" ,並且亦於"):
            return []  # someone or something else is named before the verb
        goes_on = previous.text.rstrip().endswith(("；", ";"))
        same_paragraph = previous.paragraph == clause.sentence.paragraph
        if not goes_on and not (same_paragraph and undated != acting.lstrip("並且亦於")):
            return []
        return self._visitor_named_before(previous.norm, home_side)

    def _home_party(
        self,
        clause: Clause,
        sentence_norm: str,
        verb: re.Match[str],
        home_side: re.Match[str] | None,
        home_people: set[str],
    ) -> str:
        """Who of the city met: the official named in the city's side (由王大明市長親自
        接見), else the home official named last before the verb (王大明市長與…會談,
        議長王大明率團…拜會…), else the city."""
        before_verb = sentence_norm[: clause.start + verb.start()]
        # 甲一行，在本府秘書長乙陪同下，…拜會陳市長: the escort is not who received them
        escorts = [m.span(1) for m in _ESCORTING.finditer(before_verb)]
        ours = [
            (at, pid)
            for at, pid in self._people_by_position(before_verb)
            if pid in home_people and not any(s <= at < e for s, e in escorts)
        ]
        # 王大明市長因公未克接見，改由本府秘書長代表接見: who could not is no one met
        able = [(at, pid) for at, pid in ours if not _COULD_NOT.match(before_verb, at)]
        home_party = max(able)[1] if able else (self._trip_leader(clause) or self.home)
        if home_side is not None:  # 由王大明市長親自接見: the official named in full
            receiving = [pid for n, pid in self.people.items() if n in home_side.group()]
            # 王大明市長因公未克接見，改由林副市長代表接見: one by surname receives, the
            # city, not the official named in full before him in the sentence
            surname = next((g for g in home_side.groups() if g), "")
            by_surname = 0 < len(surname) <= 2 and not receiving and bool(ours)
            home_party = receiving[0] if receiving else self.home if by_surname else home_party
        return home_party

    def _officials_named_next(
        self, clause: Clause, sentence_norm: str, home_party: str
    ) -> tuple[list[str], str]:
        """The officials of a meeting named in the clause after it (某局與某市某局以視訊
        方式舉行交流會議，由某市某局局長王大明與本府某局李局長分別介紹…): who met, and
        who of the city met, the home official named there in full (雙方以視訊方式召開
        會議，由王大明市長與某縣知事山田太郎共同…), else `home_party`."""
        rest = sentence_norm[clause.start + len(clause.norm) + 1 :]
        after = _CLAUSE_BREAK.split(rest, maxsplit=1)[0]
        if not _BY_BOTH_SIDES.match(after):
            return [], home_party
        named = [pid for name, pid in self.people.items() if name in after]
        home_people = self._home_people()
        ours = [pid for pid in named if pid in home_people]
        if ours and home_party == self.home:
            home_party = ours[0]
        return named, home_party

    def _met_unnamed_officials(self, clause: Clause, when: dict[str, object]) -> None:
        """「拜會某市副市長」, 「與某市議會議長會晤」: a meeting with an official of a city,
        not named, is with the city; 拜會某市 alone is a call on it, no meeting. So is
        each of a list of cities whose officials are written once after the last (與日本
        甲市、韓國乙市市長分別舉行視訊會談, 與甲市及乙州代表團會晤)."""
        if (
            clause.start
            and self._foreign_opens(clause.sentence.norm)
            and not self._home_acts(clause.norm)
        ):
            return  # 某國甲市議會訪問團來訪，…，會中與乙市、丙州等城市代表交換…經驗: theirs
        met = []
        for start, end, pid in clause.places:
            if _where_met(clause, start, end):
                continue
            end = self._end_of_list_of_places(clause, end)
            if (
                pid != self.home
                and self.facts.label_of(pid) == Label.CITY
                and (
                    _HEAD_OF_PLACE.match(clause.norm[start:])
                    or self._official_after(clause.norm[end:])
                    # 某國某某市長: the place's suffix shared with its head's title
                    or (
                        clause.norm[end - 1 : end] in _SHARED_SUFFIX
                        and self._official_after(clause.norm[end - 1 :])
                    )
                )
            ):
                met.append(pid)
        each = self._dates_in_turn(clause, len(met))
        for pid, on in zip(met, each or [when] * len(met), strict=True):
            self.facts.relate(RelType.MET_WITH, self.home, pid, clause.sentence, **on)

    def _dates_in_turn(self, clause: Clause, count: int) -> list[dict[str, object]]:
        """The days written after 分別 in a clause, or earlier in its sentence, one for
        each of `count` parties met (分別於9月12日及10月3日與甲市、乙市市長舉行視訊會談:
        甲市 on the first, 乙市 on the second; the meeting told over clauses: 陳市長分別
        於9月12日及10月3日，與甲、乙舉行視訊會談，就…交換意見); none where they are not
        one each."""
        said = clause.sentence.norm[: clause.start + len(clause.norm)]
        turns = list(_IN_TURN_WORD.finditer(said))
        if not turns or count < 2:
            return []
        at = turns[-1].end()
        dated = [*clause.earlier_dates, *clause.dates]
        days = [d for d in dated if d.text_start >= at and d.precision == "day"]
        told_in = _CLAUSE_BREAK.search(said, at)
        if told_in is not None and told_in.start() < clause.start:
            # (分別於d1及d2，與…: the clause of the word holds only the days; not 分別於d1
            # 及d2出訪某國，返國後與…, days of another doing)
            own = [d for d in days if d.text_start < told_in.start()]
            if not own or said[own[-1].text_end : told_in.start()].strip():
                return []
        if len(days) != count:
            return []
        return [self._meeting_when(replace(clause, dates=[d], earlier_dates=[])) for d in days]

    @staticmethod
    def _end_of_list_of_places(clause: Clause, end: int) -> int:
        """Where the list of places that the place ending at `end` opens, or stands in,
        ends (日本甲市、韓國乙市|市長: after 乙市): places joined by 、及與和 or written one
        right after the other (韓國乙市); `end` itself for a place standing alone."""
        for start, after, _ in clause.places:
            if start >= end and _JOINER.fullmatch(clause.norm[end:start] or "、"):
                end = after
        # (甲市、乙州等與會城市代表: the list closed by 等 and what its places are)
        closing = _LIST_CLOSED_BY_KIND.match(clause.norm, end)
        return closing.end() if closing else end

    def _merge_restated_meetings(self, headings: set[tuple[int, int]]) -> None:
        """An item headed 「與某市市長視訊會談」 whose text names the mayor met (陳市長與
        某市市長王大明會談) states one meeting: the person's, not also the city's.
        `headings`: where the item's headings stand."""
        meetings = [r for r in self.facts.relations.values() if r.type == RelType.MET_WITH]
        for city_met in meetings:
            if not city_met.evidence or not all(
                (e.start, e.end) in headings for e in city_met.evidence
            ):
                continue
            officials = {
                r.source
                for r in self.facts.relations.values()
                if r.type == RelType.HOLDS_TITLE and r.target == city_met.target
            }
            named = [
                r
                for r in meetings
                if r is not city_met
                and officials & {r.source, r.target}
                and not any((e.start, e.end) in headings for e in r.evidence)
            ]
            if named and city_met.key in self.facts.relations:
                self._fold_into(city_met, named[0])
