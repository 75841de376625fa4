"""Comings: delegations and guests received by the city (某市長率團來訪, …前來觀摩,
南下拜會本府), who came with them, and the days of their stay."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from graph.model import Label, Relation, RelType
from loaders.dates import DateSpan
from loaders.facts import dated_within, set_days, told_in
from loaders.gazetteer import Place
from loaders.names import body_name
from loaders.reading import normalize, rx
from loaders.rules.bodies import _SCHOOL_KINDS, _TROUPE_KINDS
from loaders.rules.context import Clause
from loaders.rules.grammar import (
    _ABSENT,
    _ADVERB_OPENING,
    _AGREEMENT,
    _ASKED_TO_BRING,
    _CAME_DOWN,
    _CLAUSE_BREAK,
    _COME,
    _DATE_HEAD,
    _DELEGATION,
    _DELEGATION_KIND,
    _DELEGATION_LED,
    _DRAWING,
    _FUTURE,
    _GLOSS_TEXT,
    _HOLD_VERB,
    _HOME_ACTOR,
    _HOME_PARTY,
    _HOME_RECEIVING,
    _HOME_SCHOOL_LEAD,
    _INVITE,
    _INVITED_BY,
    _INVITED_BY_HOME,
    _ITEM_PARTY,
    _JOIN,
    _JOIN_OPENING,
    _KEPT_AWAY,
    _LEADER_CHANGED,
    _LEADING_ADVERBS,
    _LEADS,
    _LEADS_GROUP,
    _LEADS_IN_TURN,
    _LEFT_FOR_HOME,
    _LIST_INVITED,
    _MEET,
    _MEMBERS,
    _NOT_HELD,
    _OFFICIAL_BY_SURNAME,
    _PERFORMED_AT,
    _QUOTED_TEXT,
    _SCHOOL,
    _SENDER_END,
    _SIGNING,
    _THANKS,
    _TOOK_PART,
    school_name,
)
from loaders.rules.visit_common import (
    VisitCommon,
    _later_day_of_month,
    _visit_days,
    _with_companions,
)
from loaders.structure import RELATIVE_DAY, Sentence

#: A gloss at the end: 某高中(Some High School) of 某高中(Some High School)師生一行.
_GLOSS_CLOSING = rx(_GLOSS_TEXT + "$")

#: The members a delegation is told to include, opening a clause after its coming (…來訪，
#: 團員包括…, 成員包括…, 隨團人員計有…, 同行者另有…), or its head (團長某國某報總編輯某某).
_MEMBERS_LISTED = rx(
    r"^(?:其)?(?:團員|成員|隨團人員|訪問團成員|同行者|隨行者)(?:之中|當中|中)?(?:另|尚)?"
    r"(?:包括|包含|計有|有)"
    r"|^(?:其)?團長"
)

#: A body forming the delegation that comes (某市國際交流協會組成青少年訪問團一行20人,
#: 某商會籌組經貿考察團): the body, before the verb, is who came.
_FORMS_DELEGATION = rx(
    r"^([^\s,、與及的至之由率]{2,20}?)(?:組成|籌組|組織|組)[^,]{0,10}?" + _DELEGATION_KIND + r"團"
)

#: The home city receiving guests named after the verb: 本府某局於2月3日至9日接待「某市
#: 青少年交流團」, 本局接待某市訪問團 (the guests follow 接待).
_RECEIVES_GUESTS = rx("^" + _HOME_RECEIVING)

#: Coming to the country, not the city alone (某市長於9月3日至6日來臺, 訪臺): its days are
#: the stay in Taiwan, of which the city's part may be told after (5日南下參訪本市).
_CAME_TO_COUNTRY = rx(r"來臺|訪臺|抵臺")

#: Bodies received, listed and closed by a word for them all (協助接待某協會、某商會等
#: 民間團體來訪, 接待甲會及乙社等團體到訪): the list, each body of which came.
_BODIES_RECEIVED = rx(
    r"接待([^,;。]+?)等(?:民間|國際|外國|海外|友好|各國)?(?:團體|單位|機構|組織|社團)"
    r"(?:來訪|到訪|來高|訪高|蒞臨)"
)

#: Coming said of a party named after it: 與來訪之某管理局簽署, 接待來高之某市代表團.
_CAME_AS = rx(r"(?:來訪|來高|來臺|訪高|到訪|抵高)(?:之|的)")

_SEND = rx(r"指派|派遣|特別派遣|派")

#: A group a body sends, written after its name (某高等學校修學旅行團, 某大學訪問團).
_GROUP_TAIL = rx(r"[\u4e00-\u9fff]{0,6}團")

#: A coming told as another one (再次來訪, 10年後…回訪): not the coming told before.
_ANOTHER_COMING = rx(r"再次|再度|再訪|回訪|年後")

#: Words between the other side of a meeting and its verb: 與某市共同(會談), 進行, 舉行, 就.
_MEETING_FILLER = rx(r"(?:共同|進行|舉行|就)$")

#: A team or troupe sent: 派遣某某少棒隊, 派某高中管樂團.
_SENT_TEAM = rx(r"派遣?([^,;。]{2,16}?(?:隊|團))")

#: A place's head written by title alone, right after the place or 該市, before a
#: coming (該市市長於12月來訪, 該州州長亦來訪): no name given.
_PLACE_TITLE_ALONE = rx(
    r"(?:^|:)(?:該市|該州|該縣)?(市長|副市長|州長|縣長|知事)(?=於|亦|並|曾|來|再)"
)

#: A coming or a doing waited for, hoped for or on a condition: 俟某市長來訪時, 盼某市長
#: 於12月來訪, 倘某市長來訪, 某市長若於10月來訪.
_HOPED_OR_IF = rx(r"俟|待|盼|期盼|希望|倘|若|如果|假如")

#: A sentence taking up the groups just told of and dating their arrival (兩團已於十九日
#: 抵達, 該團於3月2日抵高, 一行已於昨日抵達): the comings the sentence before told.
_GROUPS_ARRIVE = rx(
    r"^(?:兩團|二團|三團|各團|該團|該訪問團|訪問團|代表團|全團|一行)(?:人員)?(?:已|均|皆)?於?"
    r"[^,;。]{1,14}?(?:抵達|抵高|抵臺|抵台|來到)"
)

#: How long the groups stay, a day of the month their arrival names: 預定停留至二十三日.
_STAY_UNTIL = rx(r"[^。]*?停留至(\d{1,2}|[一二三四五六七八九十]{1,3})日")


#: Holding an event (本府於2月19日至27日舉辦「…」): the days of such a clause are the
#: event's, not those of a coming told in a later clause.
_HOLDING_CLAUSE = rx(_HOLD_VERB)


#: A body's official leading its group, the words before the verb (某市港灣局山本局長亦率
#: 考察團…來訪, 某市港灣局山本局長又率團): the body and the official, then adverbs.
_LEADS_FROM_BODY = rx(r"^([^,;。]{4,30}?)" + _LEADING_ADVERBS + r"(?:率領|率)(?!先)")


#: Sending someone to come: 某市政府派國際協力課李課長於6月19日來訪 (who was sent, then
#: the day and the coming).
_SENT_TO_COME = rx(r"派(?:遣)?([^,;。]{2,16}?)(?:於[^,;。]{1,14}?)?(?:來訪|來高|訪高|抵高|到訪)")


#: A clause's subject before the one leading it (某市並由某某帶隊來高, 某市則由某某率團):
#: the words before 由.
_LED_SUBJECT = rx(r"^([\u4e00-\u9fff]{2,12}?)(?:並|則|亦|也)*由")


#: A clause opening with thanks (並感謝該市…派團來訪): what the thanked did, recalled.
_THANKS_OPENING = rx(r"^(?:並|亦|另)?(?:" + _THANKS + ")")


#: Who invited those who came, qualifying them (由某部邀請來華訪問之某記者團): the body.
_INVITED_HERE_BY = rx(r"^由([^,;。]{2,20}?)(?:邀請|邀)[^,;。]{0,8}?(?:之|的)")


#: Moving on from where one is to the next stop: 轉往某地, 轉赴某地.
_MOVES_ON = rx(r"轉往|轉赴")


#: A moving on only planned, or changed (原訂今日轉往臺北，因颱風延至明日).
_MOVE_PLANNED = rx(r"原訂|原定|預定|預計|擬")


#: The visitors as a group (一行, 該團, 訪團).
_VISITING_GROUP = rx(r"一行|該團|訪團|全團")


#: A school's head, unnamed, leading its teachers or students (某市某中學校長率師生…).
_SCHOOL_HEAD_LEADS = rx(
    r"(" + school_name("至之由率") + r")校長(?:並|亦|也|親自)*"
    r"(?:(?:率領|率|帶領)(?:該校)?(?:師生|學生|教師)|來高|來訪|訪高|來臺|抵高)"
)


#: One escorting a guest here, the coming told: 由某國駐華大使館參事某某陪同南下 (來訪,
#: 來高, 抵高).
_ESCORTED_HERE = rx(r"由([^,;。由]{2,40}?)陪同(?:南下|來訪|來高|抵高|前來)")


#: A school taken up as 該校, sending its people: 該校並派學生16人來高, 該校另選派教師.
_THAT_SCHOOL_SENDS = rx(r"該校(?:並|亦|另|再|也)*(?:派遣|遴派|選派|派)")


#: A coming told of as past: 曾於…來訪, 前於…來訪 (not 日前, of a release's days).
_TOLD_AS_PAST = rx(r"曾|(?<!日)前於")


#: One escorting a guest, written as the agent (由某事務所所長某某陪同參訪本市).
_ESCORTED_BY = rx(r"由([^,;。]{2,40}?)陪同")


def _named_as_escort(text: str, name: str) -> bool:
    """Whether `text` names `name` as escorting a guest (由…某某陪同)."""
    return any(name in m.group(1) for m in _ESCORTED_BY.finditer(text))


#: The city signing with those it invited, taken up by 該 or 其 (與該局簽署, 與其共同簽訂).
_SIGNED_WITH_THEM = rx(r"與(?:該|其|對方)[^,;。「」]{0,6}?(?:共同)?(?:" + _SIGNING + ")")

#: Going elsewhere to sign (由海洋局長赴某市與該局簽署): the signing not here.
_GONE_TO_SIGN = rx(r"赴|前往|飛往|出訪")

#: A day written in figures or words (5月18日, 十八日).
_DAY_WRITTEN = rx(r"[0-9〇○零一二三四五六七八九十]+日")


class ComingRules(VisitCommon):
    """Who came to the city, with whom, on which days."""

    def _escort_came(self, sentence: Sentence) -> None:
        """One told escorting a guest here (某副市長率團訪華，由某國駐華大使館參事某某陪同
        南下): came too, on the days of the guest's visit (an envoy stationed in Taiwan
        as well: the text says he came)."""
        escort = _ESCORTED_HERE.search(sentence.norm)
        if escort is None:
            return
        ours = self._home_people()
        escorts = [p for n, p in self.people.items() if n in escort.group(1) and p not in ours]
        guests = [
            p
            for n, p in self.people.items()
            if n in sentence.norm[: escort.start()] and p not in ours
        ]
        visits = [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED and r.source in guests and r.target == self.home
        ]
        if not visits:
            return
        days = _visit_days(visits[0].properties)
        for person in escorts:
            self.facts.relate(RelType.VISITED, person, self.home, sentence, **days)

    def _members_came(self, clause: Clause) -> bool:
        """Whether the clause lists the members of the delegation whose coming the
        sentence told (…率該市經貿訪問團…來訪，團員包括某港務局經理某某及…): each person
        it names came too, in the same days; or opening the sentence right after
        (…昨日拜會市府。同行者另有某港務局委員某某): the same. True when read so."""
        if not _MEMBERS_LISTED.match(clause.norm):
            return False
        also: tuple[Sentence, ...] = ()
        if self._came_in == clause.sentence.start:
            when = self.state.coming or {}
        else:
            came = self._comings_told_just_before(clause)
            if not came or self.previous is None:
                return False
            when = _visit_days(came[0].properties)
            also = (self.previous,)  # the sentence telling the coming
        for name, pid in self.people.items():
            if name in clause.norm and pid not in self._came_visitors:
                self.facts.relate(RelType.VISITED, pid, self.home, clause.sentence, also, **when)
                self._came_visitors = (*self._came_visitors, pid)  # leaving with the rest
        return True

    def _comings_told_just_before(self, clause: Clause) -> list[Relation]:
        """The visits to the city the sentence right before told, for a clause opening
        its sentence."""
        previous = self.previous
        if clause.start or previous is None:
            return []
        return [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED
            and r.target == self.home
            and any(e.start == previous.start for e in r.evidence)
        ]

    def _left_for_home(self, clause: Clause) -> bool:
        """A clause telling the visitors the sentence brought leaving for home on a day
        (某市長於5月24日率團來訪，…，訪問團於26日返國), or those of the paragraph moving
        on in the country (_moved_on_in_country): the last day of their visits."""
        dates = clause.dates
        coming = self.state.coming or {}
        start = coming.get("start")
        left = _LEFT_FOR_HOME.search(clause.norm) and self._came_in == clause.sentence.start
        if not left and self._moved_on_in_country(clause):
            # 今（九）日參觀某廠後，將轉往臺北: the day the clause before tells
            left, dates = True, clause.dates or clause.earlier_dates[-1:]
        days = [d for d in dates if d.precision == "day" and not d.end]
        if not (left and len(days) == 1 and isinstance(start, str) and start < days[0].start):
            return False
        for relation in self.facts.relations.values():
            if (
                relation.type == RelType.VISITED
                and relation.source in self._came_visitors
                and relation.target == self.home
                and relation.properties.get("start") == start
                and not relation.properties.get("end")
            ):
                relation.properties["end"] = days[0].start
        return True

    def _coming_told_in(self, paragraph: int) -> bool:
        """Whether the sentence that last told of a coming (`_came_in`) is in `paragraph`."""
        came = self._sentence_at.get(self._came_in) if self._came_in is not None else None
        return came is not None and came.paragraph == paragraph

    @cached_property
    def _sentence_at(self) -> dict[int, Sentence]:
        """The chapter's sentences by where they start."""
        return {s.start: s for s in self.parsed.sentences}

    def _moved_on_in_country(self, clause: Clause) -> bool:
        """Whether the clause tells the visitors of a coming its paragraph told before
        moving on to another place of the country (…來訪。…。今（九）日參觀某廠後，將轉往
        臺北): they left the city that day."""
        moved = _MOVES_ON.search(clause.norm)
        if moved is None or self._came_in is None:
            return False
        if not self._coming_told_in(clause.sentence.paragraph):
            return False
        if not self._visitors_move(clause.norm[: moved.start()]):
            return False
        stops = self._place_mentions(clause.norm[moved.end() :])
        return bool(stops) and stops[0].start == 0 and self._elsewhere_at_home(stops[0].place)

    def _came_down_on_a_day(self, clause: Clause) -> bool:
        """Whether the clause tells the visitors of a coming to the country its paragraph
        told before (…一行於9月3日至6日來臺) coming down to the city on one day of that
        stay, naming no one else (5日南下參訪本市): their visits told there are of that
        day, the stay being in Taiwan, not the city, all along."""
        down = _CAME_DOWN.search(clause.norm)
        days = [d for d in clause.dates if d.end is None]
        if down is None or len(days) != 1 or len(clause.dates) != 1 or not self._came_visitors:
            return False
        if self._came_in is None or not self._coming_told_in(clause.sentence.paragraph):
            return False
        came = self._sentence_at[self._came_in]
        told = came.norm
        if came is clause.sentence:
            told = told[: clause.start]
        named = {pid for name, pid in self.people.items() if name in clause.norm}
        if not _CAME_TO_COUNTRY.search(told) or not named <= set(self._came_visitors):
            return False
        day = days[0].start
        visits = [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED
            and r.source in self._came_visitors
            and r.target == self.home
            and told_in(r, came)
            and isinstance(r.properties.get("end"), str)
            and str(r.properties.get("start")) <= day <= str(r.properties.get("end"))
        ]
        evidence = self.facts.evidence(clause.sentence)
        for visit in visits:
            visit.properties["start"] = day
            visit.properties.pop("end")
            if evidence not in visit.evidence:
                visit.evidence.append(evidence)
        return bool(visits)

    def _visitors_move(self, before: str) -> bool:
        """Whether the words before a verb of moving on tell the visitors moving (none
        named, 該團, 佐藤市長一行, the visitor by name or surname), not the city's people
        (陳市長則於今日轉往臺北, 本府某局人員將轉往臺南) nor a plan (原訂今日轉往臺北)."""
        if _HOME_PARTY.search(before) or _MOVE_PLANNED.search(before):
            return False
        official = _OFFICIAL_BY_SURNAME.search(before)
        if official is None or _VISITING_GROUP.search(before):
            return True
        names = [name for name, pid in self.people.items() if pid in self._came_visitors]
        return any(name[:2] in official.group() or name[0] == official.group()[0] for name in names)

    def _elsewhere_at_home(self, place: Place) -> bool:
        """Whether a place is another of the home city's country, not the city itself."""
        return place.country == self.home_place.country and place.id != self.home_place.id

    def _coming_told_again(self, clause: Clause) -> bool:
        """Whether an undated clause tells again of the coming an earlier clause of the
        sentence dated (王大明於3月8日至11日來訪，3月9日與陳市長會晤，並參訪本市…): the
        same visit, not one on the day named between them."""
        named = [pid for name, pid in self.people.items() if name in clause.norm]
        return bool(
            not clause.dates
            and self.state.coming
            and self._came_in == clause.sentence.start
            and not _ANOTHER_COMING.search(clause.norm)
            and set(named) <= set(self._came_visitors)
        )

    def _said_before_coming(self, clause: Clause, come: re.Match[str] | None) -> Clause:
        """The clause up to its coming (某市長王大明於3月訪高時表達…締結之意願: what the
        visitor wished for is after the coming, not the visit); the clause with none."""
        return replace(clause, norm=clause.norm[: come.end()]) if come else clause

    def _invited_to_come(self, clause: Clause, come: re.Match[str]) -> bool:
        """Whether the coming is only invited (邀請某市推薦藝術家來高創作), the invitation
        not told as taken up, or only aimed at (以吸引某地區旅客來高旅遊); not a coming
        at the city's invitation (某會應本府之邀來台) or at one unnamed (某市長應邀率團來訪)."""
        before = clause.norm[: come.start()]
        if _DRAWING.search(before):
            return True
        if _INVITED_BY_HOME.search(before) or _INVITED_BY.search(before):
            return False
        if _LIST_INVITED.search(before):
            return False  # 應邀, 受邀: the invitee came
        invite = _INVITE.search(before)
        if invite and self._stay_dated_before(clause, come.start()):
            # 某局於4月17日至22日邀請某報記者來高採訪, 特邀某某於6月5日至7日來高: they
            # stayed those days
            return False
        return bool(invite and not self._taken_up(clause))

    def _stay_dated_before(self, clause: Clause, come_at: int) -> bool:
        """Whether a span of days, told before the coming invited to (某局於3月7日至12日
        邀請…來高, 邀請某某於6月5日至7日來高), dates the stay of those invited: a letter
        is sent on one day, not over several; not where the coming is yet to be (將於…)."""
        spans = [
            d
            for d in clause.dates
            if d.text_start < clause.start + come_at and d.end is not None and d.end != d.start
        ]
        return bool(spans) and not _FUTURE.search(clause.norm)

    def _came_to_city(self, clause: Clause, sentence_norm: str) -> None:
        """Each visitor named (某市長王大明率團來訪) VISITED the city; the host came
        nowhere (某市長來訪時與王市長會晤)."""
        ours = self._home_people()
        self._came_in = clause.sentence.start
        visitors = (
            self._came_as_named(clause)
            or self._bodies_received(clause)
            or self._bodies_invited(clause)
            or self._visitors(clause, sentence_norm)
        )
        visitors = [
            self._holder_known(clause, v) or v for v in visitors if not self._bureau_named(v)
        ]
        # …期間並由某事務所所長某某陪同參訪本市: the escort, based here, shows the guest
        # round (not the guest's own: 由該市議會議長某某陪同參訪, who came too)
        escorts = {
            pid
            for name, pid in self.people.items()
            if _named_as_escort(clause.norm, name) and self._stationed_here(pid)
        }
        visitors = [v for v in visitors if v not in escorts]
        each = dict(self._respective(clause, clause.norm))  # 甲、乙分別於9月及11月來訪
        each_led = self._each_led_theirs(clause, each)  # 甲、乙先後於…率團來訪
        # (甲縣立某高校、乙高校，分別於…來訪: the schools came, not the place of the first)
        seats = (
            {
                r.target
                for r in self.facts.relations.values()
                if r.type == RelType.LOCATED_IN and r.source in each
            }
            if each
            else set()
        )
        visitors = [v for v in dict.fromkeys([*each, *visitors]) if v in each or v not in seats]
        if visitors:  # 某國代表王大明偕同某港務局代表來訪: the body came along
            # (…率團蒞臨本市，隨行者有某管理局官員等一行六人: told in a clause of its own)
            along = self._foreign_bodies_along(clause.norm, party=clause.sentence.norm)
            visitors = list(dict.fromkeys([*visitors, *along]))
        self._came_visitors = tuple(visitors)
        self._invited_to_come_by(sentence_norm, visitors)
        titled = self._body_led_by_surname(_SENDER_END.split(_DATE_HEAD.sub("", clause.norm))[0])
        leader = (
            self._leader(clause.norm)
            or self._leader(sentence_norm)
            or self._sent_official(sentence_norm)
            or (self._body_led_by_its_official(_DATE_HEAD.sub("", clause.norm)) or ("", None))[1]
        )
        leader = titled[1] if titled else leader  # 某國代表處陳副代表率…來訪: 陳副代表
        led = self._visitors_led(visitors, leader)
        when = self._event_days_only(clause, self.state.coming or {})
        if _THAT_SCHOOL_SENDS.search(clause.norm) and isinstance(when.get("start"), str):
            # …校長親自來高簽署；同年5月該校並派學生來高: a second coming, another trip
            when = {**when, "trip": when["start"]}
        for visitor in visitors:
            if visitor not in ours and visitor not in each_led:  # (those on their own days)
                self.facts.relate(
                    RelType.VISITED,
                    visitor,
                    self.home,
                    clause.sentence,
                    led_by=leader if visitor in led else None,
                    **each.get(visitor, when),
                )
        for body, (person, days) in each_led.items():
            if body not in ours and body != self.home:
                self.facts.relate(
                    RelType.VISITED, body, self.home, clause.sentence, led_by=person, **days
                )
        self._listed_guests_came_with(visitors, clause.sentence, when)

    def _each_led_theirs(
        self, clause: Clause, each: dict[str, dict[str, object]]
    ) -> dict[str, tuple[str, dict[str, object]]]:
        """The places and bodies of guests coming in turn who each led a group (甲市市長
        某某、乙縣知事某某先後於…率團來訪): each came too, on its head's days, led by
        them."""
        said = clause.sentence.norm[: clause.start + len(clause.norm)]
        if not each or not _LEADS_IN_TURN.search(said):
            return {}
        return {
            r.target: (self.facts.entities[r.source].name_zh, each[r.source])
            for r in self.facts.relations.values()
            if r.type == RelType.HOLDS_TITLE
            and r.source in each
            and any(e.start == clause.sentence.start for e in r.evidence)  # (this sentence's)
        }

    def _listed_guests_came_with(
        self, visitors: list[str], sentence: Sentence, when: dict[str, object]
    ) -> None:
        """A place's delegation taken up on a day from the guests the sentence before
        listed as come in the period (…、某府副府長某某等，亦於本期到訪。其中某府訪團於6月
        18日拜會本府…): that place's guests listed came on that day."""
        day = str(when.get("start") or "")
        listed = self.previous
        if not (self.state.continues and listed is not None and len(day) == len("2000-01-01")):
            return
        places = {v for v in visitors if self.facts.label_of(v) == Label.CITY}
        holders = {
            r.source
            for r in self.facts.relations.values()
            if r.type == RelType.HOLDS_TITLE and r.target in places
        }
        for visit in list(self.facts.relations.values()):
            if (
                visit.type == RelType.VISITED
                and visit.source in holders
                and visit.target == self.home
                and "start" not in visit.properties
                and any(listed.start <= e.start < listed.end for e in visit.evidence)
            ):
                end = when.get("end")
                set_days(visit.properties, day, str(end) if end else None)
                self.facts.add_evidence(visit, sentence)

    def _invited_to_come_by(self, sentence_norm: str, visitors: list[str]) -> None:
        """The body a sentence opens by naming as who invited those who came (由某部邀請
        來華訪問之某記者團…抵達本市): it invited each of them."""
        opening = _INVITED_HERE_BY.match(_DATE_HEAD.sub("", sentence_norm))
        kind = self.lex.org_kind(opening.group(1)) if opening else None
        if opening is None or kind is None or _HOME_ACTOR.match(opening.group(1)):
            return
        inviter = self._organization(opening.group(1), kind, None)
        for visitor in visitors:
            self.facts.relate(RelType.INVITED, inviter, visitor, self._here())

    def _bodies_received(self, clause: Clause) -> list[str]:
        """The bodies a list of guests received names (協助接待某協會、某商會及某同鄉會
        等民間團體來訪): each came, not the places opening their names."""
        listed = _BODIES_RECEIVED.search(clause.norm)
        return self._bodies_listed(listed.group(1)) if listed else []

    def _bureau_named(self, party: str) -> bool:
        """Whether a party read as visiting is a body named only as one of the city's
        own bureaus (觀光局於4月7日至9日邀請某國業者來高: the inviter, no guest)."""
        entity = self.facts.entities.get(party)
        return (
            entity is not None
            and self.facts.label_of(party) == Label.ORGANIZATION
            and self.lex.home_org(entity.name_zh) is not None
        )

    def _bodies_invited(self, clause: Clause) -> list[str]:
        """The bodies whose people the city invited to the coming the clause tells
        (邀請日本《某某新聞》及某國某報社記者一行來高採訪): each came."""
        come = _COME.search(clause.norm)
        invite = _INVITE.search(clause.norm, 0, come.start()) if come else None
        if come is None or invite is None:
            return []
        return self._bodies_listed(clause.norm[invite.end() : come.start()])

    def _body_led_by_its_official(self, head: str) -> tuple[str, str] | None:
        """A body and its official named by surname and title leading its group (另日本
        某市港灣局山本局長亦率港灣考察團來訪): the body, and who led (山本局長)."""
        lead = _LEADS_FROM_BODY.search(head)
        if lead is None:
            return None
        words = lead.group(1)
        for at in range(len(words) - 2, 1, -1):
            official, body = words[at:], body_name(words[:at]) or ""
            if self._surname_and_title(official, two_ideographs=True) and self.lex.org_kind(body):
                found = self._outside_body(body)
                return (found, official) if found is not None else None
        return None

    def _sent_official(self, sentence_norm: str) -> str | None:
        """The official a place sent, named by surname and title (某市政府派國際協力課李課長
        於6月19日來訪): who led its visit (a unit before him is no part of it)."""
        sent = _SENT_TO_COME.search(sentence_norm)
        if sent is None:
            return None
        words = sent.group(1)
        return next(
            (words[at:] for at in range(len(words) - 1) if self._surname_and_title(words[at:])),
            None,
        )

    def _visitors_led(self, visitors: list[str], leader: str | None) -> set[str]:
        """The visitors the leader led: the parties he led (甲市由副市長王大明率團、乙市由
        議員李四率團前來: 甲市 only), the leader himself, and the people of a party he
        led; all of them when the clause names no party or one the leader is known as no
        one's of."""
        parties = self._led_by_leader(visitors, leader)
        people = set(self.people.values())
        named = self._named_leader(leader, visitors)
        if leader is None:
            return set()
        if not parties and not named:
            return set(visitors)
        theirs = {p for p in visitors if p in people and self._affiliations([p]) & parties}
        return parties | set(named) | theirs

    def _holder_known(self, clause: Clause, visitor: str) -> str | None:
        """The person a place's title names when the clause writes only the title (該市
        市長於12月來訪期間) and one person is known to hold it there (名 told before):
        that person came, not the place."""
        title = _PLACE_TITLE_ALONE.search(clause.norm)
        if title is None or self.facts.label_of(visitor) != Label.CITY:
            return None
        holders = {
            r.source
            for r in self.facts.relations.values()
            if r.type == RelType.HOLDS_TITLE
            and r.target == visitor
            and r.properties.get("title_zh") == title.group(1)
        }
        return holders.pop() if len(holders) == 1 else None

    def _event_days_only(self, clause: Clause, when: dict[str, object]) -> dict[str, object]:
        """A coming with no date of its own, dated by a clause before it holding an event
        (本府於2月19日至27日舉辦「某燈會」，…，某市由某某率團來訪): the event's days,
        inferred, not the visit's own."""
        earlier = [d for d in clause.earlier_dates if not d.since][-1:]
        if clause.dates or not earlier or earlier[0].start != when.get("start"):
            return when
        rest = _CLAUSE_BREAK.split(clause.sentence.norm[earlier[0].text_end :])[0]
        if _HOLDING_CLAUSE.search(rest) and not _COME.search(rest):
            return {**when, "inferred": True}
        return when

    def _merge_summed_up_visits(self) -> None:
        """A visit a summary alone tells of a place (本期接待之甲市、乙市等城市訪團, 甲市市長
        於10月來訪) whose own people or bodies have a visit to the same party dated
        within it (10月11日　甲市市長王大明來訪): the same visit, told by the dated one,
        which takes the summary's sentences as evidence."""
        visits = [r for r in self.facts.relations.values() if r.type == RelType.VISITED]
        told_by_summary: dict[str, bool] = {}  # read once per visit, and only if asked

        def summed_only(visit: Relation) -> bool:
            if visit.key not in told_by_summary:
                told = self._told_in(visit)
                told_by_summary[visit.key] = all(self._summary(s) for s in told)
            return told_by_summary[visit.key]

        for summed in visits:
            place = summed.source
            if self.facts.label_of(place) not in (Label.CITY, Label.COUNTRY) or not summed_only(
                summed
            ):
                continue
            theirs = self._of_place(place)
            dated = [
                r
                for r in visits
                if r is not summed
                and r.source in theirs
                and r.target == summed.target
                and len(str(r.properties.get("start", ""))) == len("2000-01-01")
                and dated_within(r.properties, summed.properties)
                and not summed_only(r)
            ]
            if not dated:
                continue
            for visit in dated:
                visit.evidence.extend(e for e in summed.evidence if e not in visit.evidence)
            self.facts.relations.pop(summed.key, None)

    def _of_place(self, place: str) -> set[str]:
        """The place, the bodies located in it and the people holding a title of either."""
        relations = self.facts.relations.values()
        bodies = {r.source for r in relations if r.type == RelType.LOCATED_IN and r.target == place}
        parties = {place, *bodies}
        people = {
            r.source for r in relations if r.type == RelType.HOLDS_TITLE and r.target in parties
        }
        return parties | people

    def _came_as_named(self, clause: Clause) -> list[str]:
        """A party the clause says came, named after 來訪之 (本府與來訪之某國某管理局簽署
        …, 接待來高之某市代表團, 與到訪的某大學交流): that city or body; not a person
        (read with the people named)."""
        came = _CAME_AS.search(clause.norm)
        if came is None:
            return []
        rest = clause.norm[came.end() :]
        ends = [m.start() for p in (_AGREEMENT, _MEET, _JOIN) for m in [p.search(rest)] if m]
        words = _MEMBERS.sub("", _DELEGATION.sub("", rest[: min(ends, default=len(rest))]))
        words = _MEETING_FILLER.sub("", words)
        if not words or any(name in words for name in self.people):
            return []
        places = [m for m in self._place_mentions(words) if m.place.label != "Country"]
        if places and places[-1].end == len(words):
            return [self.facts.place(places[-1].place)]  # 來訪之某市(代表團)
        body = self._outside_body(words)
        return [body] if body else []

    def _taken_up(self, clause: Clause) -> bool:
        """Whether the sentence goes on to tell the invited took part (邀請某市、某市組隊
        來高，連同本市N隊共M隊參賽): then they came; not if that is to come or did not
        happen (…，目前均已回覆將派團出席; …，某市則婉拒), nor where the sentence tells
        each one's coming itself (…，某市組團於2月8日抵高，並出席…), nor an invitation
        dated by its letter (去年12月函請…組團來高)."""
        norm = clause.sentence.norm
        later = "，".join(
            part
            for part in _CLAUSE_BREAK.split(norm[clause.start + len(clause.norm) :])
            if not _ASKED_TO_BRING.search(part)  # …，並洽請某協會引介某國團體參展
        )
        # 邀請某團一行於2月14日至17日來高: a date after the invitation is the coming's
        invite = _INVITE.search(clause.norm)
        lettered = [d for d in clause.dates if invite is None or d.text_start < invite.start()]
        # 面邀某市長於11月率團來訪，出席本府主辦之「…」: what they are asked to come for
        purpose = _JOIN_OPENING.match(later.lstrip("，,;"))
        invited = clause.norm[invite.end() :] if invite else clause.norm
        if not lettered and self._signed_with_invited(invited, later):
            return True  # 邀請某局主席率團來訪，並於5月18日由本府某局與該局簽署「…」
        return (
            not lettered
            and not purpose
            and bool(_TOOK_PART.search(later) or _PERFORMED_AT.search(later))
            and not any(words.search(later) for words in (_FUTURE, _ABSENT, _NOT_HELD, _COME))
        )

    def _signed_with_invited(self, invited: str, later: str) -> bool:
        """Whether the clauses after an invitation to come tell the city signing with the
        invited, on a day, as done (…，並於5月18日由海洋局與該局簽署「…」): they came.
        What is told after the signing (…，未來將…加強合作) is what it is for. Not a
        signing elsewhere (…，並於4月7日在某市與其共同簽訂「…」; 由海洋局長赴某市與該局
        簽署), nor one before a coming still to be (`invited`, the words of the invitation:
        邀請某市長於明年率團來訪，並已於3月2日與該市簽署「…」)."""
        signed = _SIGNED_WITH_THEM.search(later)
        if signed is None or _FUTURE.search(invited):
            return False
        where = later[: signed.start()]
        if _GONE_TO_SIGN.search(where) or any(
            m.place.id != self.home_place.id for m in self._place_mentions(where)
        ):
            return False
        upto = later[: signed.end()]
        return bool(_DAY_WRITTEN.search(upto)) and not any(
            words.search(upto) for words in (_FUTURE, _ABSENT, _NOT_HELD)
        )

    def _led_a_coming(self, clause: Clause) -> bool:
        """Who led a group whose coming was told before (…等6個城市派團來高。其中某市
        由副市長某某親自率團；某某市今年由某某領隊): they came too, then."""
        lead = _LEADS_GROUP.search(clause.norm)
        # …與來訪之某局簽署…，由該局某某主席率團出席: the coming told before in the sentence
        told = self.state.continues or self._came_in == clause.sentence.start
        if not (told and self.state.coming and lead):
            return False
        leaders = [
            pid
            for name, pid in self.people.items()
            if name in clause.norm[: lead.start()]
            and not self._of_home(pid)  # (並邀請某某市長率團參加…: the city's own, invited)
        ]
        when = _visit_days(self.state.coming)
        for person in dict.fromkeys(leaders):
            self.facts.relate(RelType.VISITED, person, self.home, clause.sentence, **when)
        return bool(leaders)

    def _that_school_sending(self, head: str, before: str) -> str | None:
        """The foreign school a clause takes up as 該校 sending its people to come (某國
        某高中校長親自來高簽署；同年5月該校並派學生16人來高): the school named last before,
        in the sentence or the one before it."""
        sends = _THAT_SCHOOL_SENDS.search(head)
        schools = list(_SCHOOL.finditer(before))
        if sends is None or not schools or not _COME.search(head, sends.end()):
            return None
        name = _HOME_SCHOOL_LEAD.sub("", schools[-1].group(1))
        place = self._place_before(before, schools[-1].start())
        if place is None or place.id == self.home_place.id:
            return None
        return self._organization(name, "school", place)

    def _sending(self, text: str) -> re.Match[str] | None:
        """The first word of sending in `text` (某市派遣…, 指派…) that is not a character
        of a person's name read (委員派翠克‧王率團來訪: no one sent)."""
        names = [
            (at.start(), at.end())
            for name in self.people
            if len(name) >= 2
            for at in re.finditer(re.escape(name), text)
        ]
        for sent in _SEND.finditer(text):
            if not any(start <= sent.start() < end for start, end in names):
                return sent
        return None

    def _visitors(self, clause: Clause, sentence_norm: str) -> list[str]:
        """Who came in this clause: people named after 派 (or anywhere in the sentence
        when nobody sent them), else the body or city that leads the clause."""
        if _JOIN.search(clause.norm) and (clause.events or self.state.event):
            return []  # coming to take part in an event is read as participation
        # 派 of a later clause (雙方同意明年起互派球隊) sent no one of this one
        sent = self._sending(sentence_norm[: clause.start + len(clause.norm)])
        scope = sentence_norm[sent.end() :] if sent else clause.norm
        # 拜會某市市長某某，感謝該市於1月派團來訪: the one thanked came not; the place the
        # thanks name did (not 感謝其年初訪高期間之協助, 感謝某市長於1月率該市代表團來訪,
        # the place thanked no place after the thanks: he did)
        thanks = _THANKS_OPENING.match(clause.norm)
        thanked = thanks is not None and any(at == thanks.end() for at, _, _ in clause.places)
        if thanked:
            scope = clause.norm
        # (某市議員某某應王大明副市長之邀率團來訪: the inviter named is no visitor)
        inviting = [m.span(1) for m in _INVITED_BY.finditer(scope)]
        named = [
            pid
            for name, pid in self.people.items()
            if any(
                not any(s <= at.start() < e for s, e in inviting)
                for at in re.finditer(re.escape(name), scope)
            )
        ]
        if named:  # (某市並由該市某某帶隊來高: the city he led came too)
            bodies = self._visitor_bodies(sentence_norm, sent) + self._city_led_by_another(clause)
            return list(dict.fromkeys(named + bodies))
        earlier = "" if thanked else sentence_norm[: clause.start]
        if _LEADER_CHANGED.match(clause.norm) and _KEPT_AWAY.search(earlier):
            # 某市長因故未能來訪，改由副市長率團來訪: the one kept away came not; the city or
            # body he heads, sending another in his stead, did
            kept = [pid for _, pid in self._people_by_position(earlier)]
            held = [r.target for r in self._titles_held(kept)]
            if held:
                return list(dict.fromkeys(held))
            earlier = ""
        # (某市長某某應王大明市長之邀，率團來訪: the inviter named is no visitor)
        inviting = [m.span(1) for m in _INVITED_BY.finditer(earlier)]
        spoken_of = [
            (at, pid)
            for at, pid in self._people_by_position(earlier)
            if not any(s <= at < e for s, e in inviting)
        ]
        leader = [max(spoken_of)[1]] if spoken_of else []
        leader = _with_companions(earlier, spoken_of, leader)
        teams = _SENT_TEAM.findall(sentence_norm) if sent else []
        if teams:  # 山田太郎課長帶隊，特別派遣…棒球隊至本市: the team and who led it
            at = sentence_norm.find(teams[0])
            place = self._place_before(sentence_norm, at)
            name = teams[0].removeprefix("特別")
            if _DELEGATION.search(name) and place is not None:
                return [self.facts.place(place), *leader]  # 某市派遣青少年交流團: the city
            if sentence_norm.startswith("隊", at + len(teams[0])):
                # 甲市與乙市分別派遣藝術家團隊來高: a team told by its kind is each city's
                senders = [
                    self.facts.place(m.place, m.surface)
                    for m in self._place_mentions(sentence_norm[: sent.start()] if sent else "")
                    if m.place.label != "Country" and m.place.id != self.home_place.id
                ]
                return [*dict.fromkeys(senders), *leader] or (
                    [self.facts.place(place)] if place else []
                )
            kind = self.lex.org_kind(name) or "team"
            team = self.facts.organization(name, "", kind, scope=place.id if place else None)
            return [team, *leader]
        if leader:  # 市長某某（gloss）率該市官員…，於…來訪: he, and the body he leads
            return list(dict.fromkeys(leader + self._visitor_bodies(sentence_norm, sent)))
        head = _DATE_HEAD.sub("", clause.norm)  # not 日本
        received = _RECEIVES_GUESTS.match(head)
        if received is not None:  # 本府某局於…接待「某市青少年交流團」師生32人: the guests
            head = head[received.end() :].replace("「", "").replace("」", "")
            head = _MEMBERS.sub("", _GLOSS_CLOSING.sub("", head))
        told = (self.previous.norm if self.previous else "") + sentence_norm[: clause.start]
        that_school = self._that_school_sending(head, told)
        if that_school is not None:
            return [that_school]  # …由某高中校長親自來高簽署；同年5月該校並派學生來高
        led_body = self._body_led_by_its_official(head)
        if led_body is not None:
            return [led_body[0]]  # 某市港灣局山本局長亦率考察團來訪: the bureau came
        former = self._delegation_former(head, sentence_norm)
        if former is not None:
            return [former]  # 某協會組成青少年訪問團…來訪: the association
        school = _SCHOOL_HEAD_LEADS.search(head)
        if school is not None:  # 某中學校長率師生一行20人來訪, 由某高中校長來高: the school
            place = self._place_before(sentence_norm, sentence_norm.find(school.group(1)))
            return [self._organization(school.group(1), "school", place)]
        named = _DELEGATION_LED.match(head)
        delegation = self._named_delegation(named.group(1)) if named else None
        if delegation is not None:
            return [delegation]  # 某市青少年交流訪問團來訪: the named delegation
        # 由某部邀請來華訪問之某記者團: the group, not who invited it
        invited_by = _INVITED_HERE_BY.match(head)
        head = head[invited_by.end() :] if invited_by else head
        # 某商工會議所訪問團一行15人於1月26日來訪: the body, without its group and dates
        head = _SENDER_END.split(head, maxsplit=1)[0]
        titled = self._body_led_by_surname(head)
        if titled is not None:  # 某國代表處陳副代表於…率…來訪: the office came
            head = titled[0]
        if not head and clause.start:  # 某高等學校師生一行32人，於3月20日來訪: the opener
            return self._visitors(self._opening_clause(sentence_norm), sentence_norm)
        # 某高等學校(Some High School)師生一行25人至本市: the school, without its gloss
        head = _GLOSS_CLOSING.sub("", _MEMBERS.sub("", head))
        head = self._body_invited(head)
        head = self._school_sending_group(head)  # 某高等學校修學旅行團: the school
        body = head.removeprefix("【")  # 【某記者團參訪本市】: the bracket opens the headline
        kind = self.lex.org_kind(body) if body else None
        # a delegation not a body of its own (某縣觀光交流團) is its place's coming
        if self._schools_of_place(body):
            return []  # 某市中學師生來訪: the place's schools in general, none named
        if kind and kind != "delegation" and len(body) <= 20:
            # 美國某州立大學: the place opening the name, else the one before it
            place = self._place_opening(body) or self._place_before(
                sentence_norm, sentence_norm.find(body)
            )
            return [self._organization(body, kind, place)]  # 日本某會議所 is also 某會議所
        if clause.sentence.is_heading and self._official_of_place_alone(head):
            return []  # 5.某市市長來訪: the mayor came (his text names him), not the city
        return self._foreign(clause) or self.state.subject

    def _city_led_by_another(self, clause: Clause) -> list[str]:
        """The foreign city opening the clause as its subject, whose coming someone led
        (某市並由該市教育委員會某某帶隊來高): the city came, whoever led it."""
        subject = _LED_SUBJECT.match(_DATE_HEAD.sub("", clause.norm))
        if subject is None:
            return []
        mentions = self._place_mentions(subject.group(1))
        if len(mentions) != 1 or mentions[0].end != len(subject.group(1)):
            return []
        place = mentions[0].place
        if place.label != "City" or place.id == self.home_place.id:
            return []
        return [self.facts.place(place, mentions[0].surface)]

    def _official_of_place_alone(self, head: str) -> bool:
        """Whether `head` names places and then an official of the last by title alone,
        leading no group (某國某市市長來訪): the official is who came."""
        opening = self._opening_places(head)
        rest = head[opening[-1].end :] if opening else head
        return bool(opening) and not _LEADS.search(rest) and self._official_after(rest)

    def _school_sending_group(self, head: str) -> str:
        """A school's group written after its name (某縣立某高等學校修學旅行團, 某大學
        訪問團): the school, whose people came; `head` as it is otherwise, also when the
        group is a troupe of its own (某高等學校管樂團, 某大學合唱團: the band came)."""
        if self.lex.org_kind(head) in _TROUPE_KINDS:
            return head
        for end in range(len(head) - 1, 2, -1):
            if self.lex.org_kind(head[:end]) in _SCHOOL_KINDS and (
                _GROUP_TAIL.fullmatch(head[end:])
            ):
                return head[:end]
        return head

    def _body_led_by_surname(self, head: str) -> tuple[str, str] | None:
        """A body and one of it named by surname and title after its name (駐臺北某國
        代表處陳副代表, 某協會林理事長): the body's name and who leads, by surname and
        title (_body_before_official); None unless such an official closes the words."""
        words = _ADVERB_OPENING.sub("", _DATE_HEAD.sub("", _ITEM_PARTY.sub("", head)))
        body = self._body_before_official(words)
        return (body, words[len(body) :]) if body else None

    def _delegation_former(self, head: str, sentence_norm: str) -> str | None:
        """The body that formed the delegation coming (某市某某協會組成青少年訪問團):
        that body, of the place opening its name or named before; a place forming
        one (某市組成交流團) came itself."""
        formed = _FORMS_DELEGATION.match(head)
        if formed is None:
            return None
        body = formed.group(1)
        kind = self.lex.org_kind(body)
        if kind is None:  # 某市組成交流團: the place's own coming
            written = self._place_mentions(body)
            whole = len(written) == 1 and (written[0].start, written[0].end) == (0, len(body))
            return self.facts.place(written[0].place) if whole else None
        if kind == "delegation":
            return None
        return self._organization(body, kind, self._place_before(sentence_norm, head.find(body)))

    def _opening_clause(self, sentence_norm: str) -> Clause:
        """The sentence's first clause, read for who comes in a later one that opens
        with its time (某協會會員20人，於5月2日來訪; 某高中師生一行，在8月抵達本市)."""
        opening = _CLAUSE_BREAK.split(sentence_norm, maxsplit=1)[0]
        return Clause(self._here(), opening, 0)

    def _body_invited(self, head: str) -> str:
        """Who came, in words that tell the city invited them (本府並邀請姊妹市某市之某
        委員會派員來訪): the body after the invitation, without the place it is of."""
        invited = list(_INVITE.finditer(head))
        if invited:
            head = head[invited[-1].end() :]
        quoted = _QUOTED_TEXT.search(head)  # 某市「某某保存會」: the body, quoted
        if quoted and quoted.end() == len(head) and self.lex.org_kind(quoted.group(1)):
            return quoted.group(1)
        _, of, own = head.rpartition("之")
        return own if of and self.lex.org_kind(own) else head

    def _past_coming(self, clause: Clause) -> bool:
        """Whether a clause of the plans section tells a coming already past: dated
        before it, within the report's period, no word of the future before the verb
        (某市市長某某於本年4月來訪時，表達締結姊妹市之意願)."""
        come = _COME.search(clause.norm)
        if come is None or self.period is None:
            return False
        dated = [d for d in clause.dates if d.text_start - clause.start < come.start()]
        before = clause.norm[: come.start()]
        return (
            bool(dated)
            and all(self._in_period(d) for d in dated)
            and not self._speaks_of_future(before)
            and not _HOPED_OR_IF.search(before)  # 俟某市長於本年12月來訪時: to come
        )

    def _merge_restated_comings(self, index: int, headings: set[tuple[int, int]]) -> None:
        """An item headed by a delegation's coming (某市青少年訪問團來訪) whose text
        tells the coming of who formed or sent it (某協會組成青少年訪問團…來訪) states
        one visit: the text's, not also the heading's undated one of the delegation. Only
        a coming of the delegation's place, or of a body or person of it, is one (乙市市長
        來訪 under 甲市訪問團來訪 is another visit).
        `index`: the item's section; `headings`: where its headings stand."""
        told = {
            (s.start, s.end)
            for s in self.parsed.sentences
            if s.section == index and not s.is_heading
        }
        comings = [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED and r.target == self.home
        ]
        in_text = [r for r in comings if any((e.start, e.end) in told for e in r.evidence)]
        for heading in comings:
            entity = self.facts.entities[heading.source]
            if not (
                heading.evidence
                and all((e.start, e.end) in headings for e in heading.evidence)
                and "start" not in heading.properties
            ):
                continue
            if entity.properties.get("kind") != "delegation":
                self._date_headed_coming(heading, in_text)
                continue
            places = self._affiliations([heading.source], themselves=True) - {heading.source}
            same = [r for r in in_text if places & self._affiliations([r.source], themselves=True)]
            if same:
                self._fold_into(heading, same[0])

    def _dated_by_arrival(self, sentence: Sentence, spans: list[DateSpan]) -> None:
        """A sentence taking up the groups the one before told of (兩團, 該團, 一行) and
        dating their arrival, maybe their stay (兩團已於十九日抵達，預定停留至二十三日):
        the comings that sentence told, undated or dated within the stay, are of it.
        Only an arrival in the city or at no place named is theirs: 一行於四月十日抵達
        青森市 is a delegation's abroad."""
        arrival = _GROUPS_ARRIVE.match(sentence.norm)
        days = [d for d in spans if d.precision == "day" and d.text_start >= 0]
        if arrival is None or not days or self.previous is None:
            return
        after = sentence.norm[arrival.end() :]
        there = [m for m in self._place_mentions(after) if m.start == 0]
        if there and there[0].place.id != self.home:
            return  # 一行於四月十日抵達青森市: the city's own delegation, arrived abroad
        start = days[0].start
        end = days[0].end
        stay = _STAY_UNTIL.match(sentence.norm, days[0].text_end)
        if stay is not None and end is None:
            end = _later_day_of_month(start, stay.group(1))
        for r in list(self.facts.relations.values()):
            if r.type != RelType.VISITED or r.target != self.home:
                continue
            if not told_in(r, self.previous):
                continue
            told = r.properties.get("start")
            if told and not (start <= told[:10] <= (end or start)):
                continue
            set_days(r.properties, start, end)
            self.facts.add_evidence(r, sentence)

    def _date_headed_coming(self, heading: Relation, in_text: list[Relation]) -> None:
        """An item headed by a place's or a body's coming (【某市經貿訪問團來訪】) whose
        text dates the coming of one of its people (某市市議員某某率領該市經貿訪問團，
        昨（十四）日拜會市府): the heading's coming is of those days too."""
        own = [
            r
            for r in in_text
            if "start" in r.properties
            and heading.source in self._affiliations([r.source]) - {r.source}
            and not self._told_as_past(r)
        ]
        if own:
            for key in ("start", "end"):
                if own[0].properties.get(key):
                    heading.properties[key] = own[0].properties[key]
            heading.evidence += [e for e in own[0].evidence[:1] if e not in heading.evidence]

    def _told_as_past(self, coming: Relation) -> bool:
        """Whether a coming is one the text tells of as past (某某曾於八十一年五月八日來訪):
        before the report's period, or told with 曾 in a sentence that tells no day
        relative to a release's."""
        start = str(coming.properties.get("start", ""))
        if self.period is not None and start[:7] < self.period.start:
            return True
        said = normalize(coming.evidence[0].text) if coming.evidence else ""
        return bool(_TOLD_AS_PAST.search(said)) and not RELATIVE_DAY.search(said)
