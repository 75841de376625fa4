"""What the readers of events share: who holds an event, letters of invitation and
their answers, the city's own events and who came to them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph.model import Attendance, Label, RelType
from loaders.dates import month_number
from loaders.events import event_kind
from loaders.gazetteer import is_city_state
from loaders.names import edge_words
from loaders.reading import normalize, rx
from loaders.rules.context import Clause
from loaders.rules.grammar import (
    _ABSENT,
    _ATTEND,
    _ATTENDING_QUALIFIES,
    _CAME_DOWN,
    _CLAUSE_BREAK,
    _COLLECTIVE,
    _EDITION_OPENING,
    _GONE_TO,
    _HELD_AT,
    _HELD_AT_OPENING,
    _HOME_ACTOR,
    _HOME_PARTY,
    _INVITE,
    _INVITED_BY,
    _INVITED_BY_HOME,
    _JOIN,
    _LIST_ITEM_BREAK,
    _NEGOTIATING,
    _PARENS,
    _PROMOTING,
    _QUOTED_TEXT,
    _SEMICOLON,
    _TALKS_ON,
    _THANKED_FOR,
    _TIE_MAKING,
    _UNDECIDED,
    _VIRTUAL,
)
from loaders.rules.parties import PartyRules
from loaders.structure import Sentence

#: The Chinese characters opening a text, maybe none: 某某節 of 某某節(Flower Festival).
_HAN_RUN = rx(r"[\u4e00-\u9fff]*")

#: A word of a place: 市, 城市, 縣, 州.
_PLACE_WORD = rx(r"市|城市|縣|州")

_HELD_VENUE_OPENING = rx("^" + _HELD_AT_OPENING)

#: The first or only one of a scope (臺灣第一個主辦…之城市, 全國唯一): the place
#: before it is the scope, not a party.
_FIRST_OF = rx(r"第一個|首個|第一座|首座|唯一")

#: A bid for the right to hold an event: 爭取, 申辦, 角逐.
_BIDS_WORD = r"爭取|申辦|角逐"

#: What stands between a place and an event's name when the place does not hold it: a
#: list, another party's verb, a venue (在某某市舉行之「…」), or a bid for the right to
#: hold it (赴某市爭取「…」主辦權: whoever wins it holds it, not the place of the bidding).
_NOT_HOST_GAP = rx(r"[、及與和,]|參加|參與|出席|列席|邀請|舉行|" + _BIDS_WORD)

_BIDS = rx(_BIDS_WORD)
#: A bid told won, before the event's name (成功爭取, 順利申辦, 爭取到) or after it (「…」
#: 主辦權成功, 之主辦權獲勝): the bidder holds the event, the place bid in does not.
_BID_WON_BEFORE = rx(r"(?:成功|順利)(?:爭取|申辦)|爭取到|申辦成功")
_BID_WON_AFTER = rx(r"」?(?:之|的)?主辦權(?:成功|獲勝)")

#: What follows an item of a list that ends there: the next item, the list's close, or
#: what the listed are asked to do (甲市、乙市及新加坡組隊參加; not 菲律賓某舞蹈團).
_LIST_ITEM_ENDS = rx(r"[、及與和暨等,]|組隊|組團|派|參加|出席|與會|來|代表隊")

#: What the listed are asked to do, closing the list (…組隊參加, …派員出席).
_LISTED_ASKED_TO = rx(r"組隊|組團|派(?!駐)|參加|出席|與會|來")

#: A particle making the words before it qualify a noun: 韓國、日本之民間團體.
_QUALIFIES_NOUN = rx(r"[之的]")

#: Going somewhere to promote an event (前往某市推介「…」, 赴某市宣傳「…」): the place
#: is where it is made known, not who holds it.
_PROMOTES = rx(_PROMOTING)

#: A host's event set for a time: 該市訂於本年10月舉辦之「…」, 某某市將於明年主辦之「…」,
#: 該市明年(2023年)主辦之「…」, 該市明年主辦之首屆「…」 (the edition before the name),
#: 該市本年九月間舉辦的「…」.
_SCHEDULED = rx(
    r"(?:訂|預定|預計|將|已)?(?:於[^,「」]{1,12}?|(?:今年|本年|明年|後年|\d+年)[^,「」]{0,10}?)"
    r"(?:舉辦|主辦)(?:之|的)?(?:首屆|第\d+屆)?"
)

#: A place as the subject of preparing or holding an event: 該市正全力籌辦本年7月舉行之
#: 「…」, 某市刻正積極籌備明年於港區舉行之「…」; the event is its own, wherever held.
_ORGANIZING = rx(r"(?:[正亦並已將也]|刻正|目前|現正|全力|積極|持續|負責)*(?:籌辦|籌備|主辦|承辦)")

#: The ending of a city's name, which an event named for it leaves out (馬賽市 in
#: 「2019馬賽海洋節」, 仁川廣域市 in 「仁川港口節」).
_CITY_ENDING = rx(r"(?:特別自治市|特別市|廣域市|市|縣|州|都)$")

#: The public a verb of watching qualifies (觀賞民眾逾六萬人次, 參觀人次): the audience
#: counted, not a party joining.
_AUDIENCE_AFTER = rx(r"(?:之|的)?(?:民眾|觀眾|市民|遊客|人潮|人次)")

#: A signing ceremony attended (共同出席簽約儀式, 出席締盟典禮): the signing's, no event.
_SIGNING_CEREMONY = rx(r"[^,;。「」]{0,4}?(?:簽約|簽署|締約|締盟|簽字)(?:儀式|典禮)")

#: An invitation to take part, its invitees between: 邀請某市、某市參加.
_INVITED_TO_JOIN = rx(r"邀請(.*?)(?:" + _ATTEND + r")")


#: Kinds of event a place does not hold by its name alone: trade fairs and expos.
_FAIR_KINDS = frozenset(("exhibition", "expo"))


def _host_gap(gap: str, after: str) -> bool:
    """Whether what stands between a place and an event's name makes the place its
    host: a few words (某市姊妹市第106屆), an English gloss (某某市(Someville)主辦),
    the time it is set for, the place preparing it (籌辦) or winning the right to hold
    it (某市成功爭取「…」主辦權, 某市共同爭取「…」主辦權成功: `after` is what follows the
    name); not a list, a venue (舉行), a bid not told won, or another party's verb."""
    gap = _PARENS.sub("", gap)
    if _BIDS.search(gap) and (_BID_WON_BEFORE.search(gap) or _BID_WON_AFTER.match(after)):
        gap = _BIDS.sub("", gap.replace("爭取到", "爭取"))  # the winner: its bid no verb of another
    if _PROMOTES.search(gap) or _FIRST_OF.search(gap):
        return False  # 臺灣第一個主辦…: the place is the scope of a first
    organizing = _ORGANIZING.match(gap)
    if organizing:  # (its time and venue after the verb: 籌辦本年7月於某地舉行之「…」)
        return not _NOT_HOST_GAP.search(gap[organizing.end() :].replace("舉行", ""))
    if _NOT_HOST_GAP.search(gap):
        return False
    return len(gap) <= 6 or bool(_SCHEDULED.fullmatch(gap))


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


class EventCommon(PartyRules):
    """Readings of events that more than one of the event readers use."""

    def _hosts_event(self, clause: Clause, start: int, end: int) -> bool:
        """A place written right before an event's name hosts it (某市姊妹市第106屆某某節)."""
        pid = next((p for s, e, p in clause.places if (s, e) == (start, end)), None)
        return any(
            e_start >= end
            and _host_gap(clause.norm[end:e_start], clause.norm[e_end:])
            and not self._bid_from_afar(clause, start, end, e_start)
            and self._named_for(clause.norm[e_start:e_end]) in (None, pid)
            for e_start, e_end, _ in clause.events
        )

    @staticmethod
    def _bid_from_afar(clause: Clause, start: int, end: int, e_start: int) -> bool:
        """Whether the place at `start:end` is where a bid for the event at `e_start` was
        made, gone to (赴某市爭取「…」主辦權成功): the bidder, not the place, wins it."""
        if not _BIDS.search(clause.norm, end, e_start):
            return False
        begin = start
        for s, e, _ in sorted(clause.places, reverse=True):
            begin = s if e == begin else begin  # (赴法國某市: the country before it)
        return bool(_GONE_TO.search(clause.norm[:begin]))

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

    def _not_the_places_own(self, event_id: str, name: str) -> bool:
        """Whether an event named for a place the city went to is not, for that, the
        place's own: a trade fair (赴某市參加「2025某市國際某某展」, its organizer's), or an
        event naming the city too (「某市高雄觀光推介會」: the city's own, held there)."""
        fair = event_kind(self.facts.entities[event_id].name_zh) in _FAIR_KINDS
        return fair or self.home in self._places_in_name(name)

    @staticmethod
    def _held_at_home(held: str) -> bool:
        """Whether an event is held at the city's own government or one of its bureaus
        (於本府某局舉辦「…」, 在市府舉行「…」): the city holds it, not the place the
        sentence spoke of before."""
        venue = _HELD_VENUE_OPENING.sub("", held)
        return bool(_HOME_ACTOR.match(venue))

    def _body_beyond(self, name: str, place_length: int) -> str | None:
        """The outside body `name` names when it goes on past its opening place (of
        `place_length`) and ends like a body that is no bureau; None otherwise, or when
        a word of the sentence follows the place (某市則由國際交流課派員: the city acts)."""
        if len(name) <= place_length or self.lex.org_kind(name) in (None, "bureau"):
            return None
        if name[place_length:].startswith(edge_words().opening):
            return None
        return self._outside_body(name)

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

    def _troupe_invited(self, sentence_norm: str) -> str | None:
        """The city's troupe written right before 應…之邀 (某市國樂團應某市之邀，由…率領
        參加…): the one invited, not the city that led it."""
        for invited in _INVITED_BY.finditer(sentence_norm):
            before = sentence_norm[: invited.start()]
            for troupe in self._home_troupes(sentence_norm):
                if before.endswith(normalize(self.facts.entities[troupe].name_zh)):
                    return troupe
        return None

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

    def _city_of(self, person: str) -> list[str]:
        """The foreign cities whose titles a person holds (a mayor's city)."""
        return [
            r.target
            for r in self._titles_held([person])
            if self.facts.label_of(r.target) == Label.CITY
        ]

    def _invited_to(self, clause: Clause) -> str | None:
        """The event a passive invitation earlier in the sentence was to: 「某市雖獲本府
        邀請，惟該市正籌辦「…」，未能派員出席」 tells that it did not come to what it was
        invited to, not to the event named as what kept it busy."""
        said = self._invitation_event
        return said[1] if said is not None and said[0] == clause.sentence.start else None

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
        if not self._held_here(event_id) or online:
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

    def _seat_of_office(self, text: str, start: int, end: int) -> bool:
        """Whether the place at `start:end` is the seat in an office's or association's
        name (波蘭台北辦事處代表, 印度台北協會會長, 日本台灣交流協會高雄事務所): it names
        where the body sits, and the body's people are the parties, not the place."""
        run = _HAN_RUN.match(text[start : end + 8]).group()
        return any(
            self.lex.org_kind(run[:stop]) in ("representative_office", "association")
            for stop in range(end - start + 2, len(run) + 1)
        )

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
