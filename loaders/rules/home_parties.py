"""The home city's own parties: its government, bureaus, officials, schools, troupes
and civic bodies, and whether the city acts in a clause."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from graph.model import Relation, RelType
from loaders.lexicon import HomeOrg, KnownPerson
from loaders.names import (
    body_name,
    school_forms,
)
from loaders.people import ACCOUNTING_VERB
from loaders.reading import normalize, rx
from loaders.rules.context import _HOME_WORDS, _SEATED_BY_NAME, Clause, ReaderContext
from loaders.rules.grammar import (
    _BODY_ALONG,
    _CLAUSE_BREAK,
    _COME,
    _DATE_PREFIX,
    _DELEGATION,
    _DELEGATION_KIND,
    _DELEGATION_LED,
    _ERRAND_DELEGATION,
    _EVENT_WORD,
    _GOES_TO,
    _HAN,
    _HOME,
    _HOME_ACTOR,
    _HOME_OFFICIAL,
    _HOME_OFFICIALS_LED,
    _HOME_TITLE_ONLY,
    _IN_TAIWAN,
    _ITEM_PARTY,
    _LEADS_GROUP,
    _MEMBERS,
    _MUNICIPAL_FOUNDER,
    _PURPOSE_OPENING,
    _SCHOOL,
    _TROUPE_WORD,
)
from loaders.structure import Sentence

#: Acting in another capacity than the city's (以某社社長身分, 以個人名義).
_IN_ANOTHER_CAPACITY = rx(r"以[^,;。]{0,16}?(?:身分|身份|名義)")


#: The city's officials sent or going abroad, named between 本府 (派) and 赴: 本府派
#: 秘書處王大明科長赴某市, 本府王大明秘書長赴某市 (the group: who went).
_HOME_OFFICIAL_GOES = rx(r"本府(?:派|指派|派遣)?([^,;。派率]{3,16}?)(?:前往|赴)")


#: A time a clause opens with, before who acts: 會議期間, 訪問期間, 會中, 隨後.
_TIME_OPENING = rx(r"^(?:(?:" + _EVENT_WORD + r"|訪問|參訪)期間|會中|會後|會前|隨後|其後|其間)")


#: A troupe or team named after the place that owns it, the place's name opening it
#: (某市國樂團, 某市立交響樂團, 某市少棒隊): what follows the place's name.
_TROUPE_AFTER_PLACE = rx(r"立?[^\s,、與及和的至之由率應於赴參組派長府議]{1,16}?" + _TROUPE_WORD)


#: What follows a body's name in the name of the delegation of its members (某議會議員
#: 訪問團, 某協會會員考察團): the members, maybe, and the delegation's kind.
_MEMBERS_DELEGATION = rx(
    r"(?:議員|代表|師生|學生|會員|團員|人員)?[\u4e00-\u9fff]{0,4}?" + _DELEGATION_KIND + r"團"
)


#: A grant opening who went, with a budget line's accountant's verb before it (撥付本府
#: 教育局補助市立某高中赴…之旅費, 本府教育局補助某高中赴…): the one granted went.
_GRANT_OPENING = rx(
    r"^(?:" + ACCOUNTING_VERB + r")?" + _HOME + r"?(?:[\u4e00-\u9fff]{1,6}?局)?補助(?=.)"
)


#: Where the name of who went ends: 由, 率, 赴, 前往, 組團, 訪問 (not 訪問團): 市議會王議長
#: 率…, 某高中師生一行20人赴….
_ACTOR_END = rx(r"由|率|至|前往|赴|組團|同時|訪問(?!團)|出訪|參訪")


#: The home city government's own id (seed/gazetteer/home_organizations.csv): the city
#: itself acting, not one of its bodies.
_CITY_GOVERNMENT = "org:kaohsiung:city-government"


#: A branch's word closing a body's name after the place it is in: 分會, 分處, 分行.
_BRANCH_CLOSING = rx(r"(?:分會|分處|分部|分公司|分行|分社|支部|事務所|辦事處)$")


#: A national body of the home country, by its name: 國立某某大學, 國立某某博物館.
_NATIONAL_BODY = re.compile("國立")


#: The city's own word for itself opening a name (本市某國小少棒隊), not its government.
_OUR_CITY_WORD = rx(r"本市(?!府|政府|議會)")


#: Kinds of body (org_kinds.csv) that are a government acting: its bureaus, council,
#: committees and delegations, no party of their own.
_GOVERNMENT_KINDS = ("bureau", "division", "ministry", "council", "committee", "delegation")


class HomeParties(ReaderContext):
    """The city's own people and bodies, and what they do."""

    def _here(self) -> Sentence:
        assert self.sentence is not None
        return self.sentence

    def _home_org_named(self, text: str) -> HomeOrg | None:
        return self.lex.home_org(text) if text else None

    def _home_org(self, org: HomeOrg) -> str:
        org_id = self.facts.organization(org.name_zh, org.name_en, org.kind, org_id=org.id)
        self.facts.entities[org_id].merge_aliases(list(org.names))  # 市議會, 本市議會
        return org_id

    def _home_parties(self) -> set[str]:
        """The home city and its own bodies (seed/gazetteer/home_organizations.csv)."""
        return {self.home, *(org.id for org in self.lex.home_orgs)}

    def _home_people(self) -> set[str]:
        """People who hold a title of the home city or of one of its own bodies, those
        named as its own in full too (see _own_bodies_named)."""
        ours = self._home_parties() | self._own_bodies_named()
        return {
            r.source
            for r in self.facts.relations.values()
            if r.type == RelType.HOLDS_TITLE and r.target in ours
        }

    def _own_bodies_named(self) -> set[str]:
        """Bodies of the city named in full as its own, located in it: a unit of its
        government (高雄市政府教育局第五科, opening with the government's name) or a
        school it runs (高雄市立某國民中學, the city's name then 立)."""
        government = [
            n for org in self.lex.home_orgs if org.kind == "government" for n in org.names
        ]
        openings = (
            *(n for n in government if len(n) > len("市政府")),
            self.home_place.name_zh + "立",
        )
        return {
            r.source
            for r in self.facts.relations.values()
            if r.type == RelType.LOCATED_IN
            and r.target == self.home
            and self.facts.entities[r.source].name_zh.startswith(openings)
        }

    def _titles_held(self, people: Iterable[str]) -> list[Relation]:
        """The titles `people` hold of places or bodies other than the city (a guest's
        city, his authority), as HOLDS_TITLE facts."""
        people = set(people)
        return [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.HOLDS_TITLE and r.source in people and r.target != self.home
        ]

    def _officials_going(self, text: str) -> list[str]:
        """The city's officials named in full as those the city sends or who go (本府派
        秘書處王大明科長赴某市, 本府王大明秘書長赴某市), or whom its leader took along
        (本府由某局局長甲率某科科長乙等赴某市): each went, and takes part in what the
        city attends there."""
        led = _HOME_OFFICIALS_LED.search(text)
        if led is not None:  # taken along by the city's own leader: the city's people
            return [pid for name, pid in self.people.items() if name in led.group(1)]
        going = _HOME_OFFICIAL_GOES.search(text)
        if going is None:
            return []
        named = [pid for name, pid in self.people.items() if name in going.group(1)]
        return [pid for pid in named if self._of_home(pid)]

    def _of_home(self, party: str) -> bool:
        """Whether a person or body belongs to the home city (holds a title there)."""
        home_parties = self._home_parties()
        return any(
            r.source == party
            and r.type in (RelType.HOLDS_TITLE, RelType.LOCATED_IN)
            and r.target in home_parties
            for r in self.facts.relations.values()
        )

    def _based_in_home_city(self, party: str) -> bool:
        """Whether a person or body is based in the home city though not of it: a
        foreign office there (某國交流協會高雄事務所) or one holding a title of it."""
        bodies = {party} | {
            r.target
            for r in self.facts.relations.values()
            if r.type == RelType.HOLDS_TITLE and r.source == party
        }
        offices = {
            b for b in bodies if self.facts.entities[b].properties.get("kind") in _SEATED_BY_NAME
        }
        return (
            any(
                r.type == RelType.LOCATED_IN and r.source in offices and r.target == self.home
                for r in self.facts.relations.values()
            )
            or any(self._seat_named_home(b) for b in offices)
            or any(self._branch_in_home_city(b) for b in bodies if b in self.facts.entities)
        )

    def _branch_in_home_city(self, org_id: str) -> bool:
        """Whether a body's name ends with its branch in the home city (某國商會高雄分會,
        某銀行高雄分行): based there."""
        name = normalize(self.facts.entities[org_id].name_zh)
        branch = _BRANCH_CLOSING.search(name)
        seats = [m for m in self._place_mentions(name) if branch and m.end == branch.start()]
        return bool(seats) and seats[-1].place.id == self.home_place.id

    def _mission_in_country(self, party: str) -> bool:
        """Whether a body is a foreign mission stationed in the home country (某國駐臺北
        代表處, 某國在台協會): a representative office whose name says it is stationed
        here. (Its people are read as their sentences tell: some came down.)"""
        entity = self.facts.entities.get(party)
        return (
            entity is not None
            and entity.properties.get("kind") in _SEATED_BY_NAME
            and bool(_IN_TAIWAN.search(normalize(entity.name_zh)))
        )

    def _of_national_body(self, party: str) -> bool:
        """Whether a person or body is of a national body of the home country (國立某某
        大學某學系教授), or a person whose every office is with a company the text
        places nowhere (某某海運公司副總經理王大明 as a panelist, with no country or city told):
        from within the country, no guest coming from abroad."""
        bodies = {
            r.target
            for r in self.facts.relations.values()
            if r.type == RelType.HOLDS_TITLE and r.source == party
        }
        placed = {r.source for r in self.facts.relations.values() if r.type == RelType.LOCATED_IN}
        unplaced = bool(bodies) and all(
            self.facts.entities[b].properties.get("kind") == "company" and b not in placed
            for b in bodies
        )
        return unplaced or any(
            _NATIONAL_BODY.match(normalize(self.facts.entities[b].name_zh))
            for b in bodies | {party}
            if b in self.facts.entities
        )

    def _seat_named_home(self, org_id: str) -> bool:
        """Whether an office's name writes the home city as its seat after its own
        country's or city's name (美國在台協會高雄分處, 某國某市經濟文化辦事處高雄分處),
        though LOCATED_IN the place opening it."""
        name = normalize(self.facts.entities[org_id].name_zh)
        seats = [m for m in self._place_mentions(name) if m.start > 0]
        return bool(seats) and seats[-1].place.id == self.home_place.id

    def _home_side_went_before(self) -> bool:
        """Whether the sentence before, in the section, tells the city's side going to or
        arriving at a place abroad (陳市長率本府訪問團抵達某市。九日上午，拜會市長某某): what
        the next sentence tells of calls and receptions is there, with no going of its own."""
        previous = self.previous
        if previous is None:
            return False
        norm = previous.norm
        return bool(
            _GOES_TO.search(norm)
            and not _COME.search(norm)
            and self._home_acts(norm)
            and any(m.place.id != self.home_place.id for m in self._place_mentions(norm))
        )

    def _home_trip_told(self, clause: Clause) -> Sentence | None:
        """The sentence telling the city's trip a clause with no subject of its own is a
        stop of (…組團出訪。6月8日至11日於某市參加「…」), if it is one: see VisitRules."""
        return None

    def _trip_leader(self, clause: Clause) -> str | None:
        """The city's official named in full who led the trip a clause with no subject
        of its own is a leg of (王大明市長率團訪問某市。10月4日拜會該市市長某某；翌日
        出席「…」): he acts in it beside the city; see VisitRules."""
        return None

    def _named_leader(self, leader: str | None, actors: list[str]) -> list[str]:
        """The person named as leading the group was there too: 「某縣…派遣代表團參加，
        由副知事王大明率團」 (a guest's leader, named in full), or 「王某市長率領經發局…
        前往某市，出席「…」」 (the city's official, by surname and title only)."""
        if not (leader and actors):
            return []
        return [pid for name, pid in self.people.items() if name in leader][:1]

    def _led_by_leader(self, actors: list[str], leader: str | None) -> set[str]:
        """The parties the leader named led: not a person nor the city itself; a party
        he is an official of (甲市、乙市及丙市組團參加：甲市由副市長王大明率團…: 甲市's
        only), or the city's own bodies when he is a home official (本府某局長率本市某國小
        舞蹈隊…); or, if he is known as no one's, a party alone."""
        people = set(self.people.values())
        parties = {a for a in actors if a != self.home and a not in people}
        if leader is None or not parties:
            return set()
        named = self._named_leader(leader, list(parties))
        if named and (theirs := self._affiliations(named)):
            home_led = self._of_home(named[0])
            return {p for p in parties if p in theirs or (home_led and self._of_home(p))}
        return parties if len(parties) == 1 else set()

    def _affiliations(self, parties: Iterable[str], *, themselves: bool = False) -> set[str]:
        """The bodies and places whose titles the parties hold, and where those bodies
        are located (某市港灣局局長王大明: the bureau and 某市). With `themselves`, the
        parties too, and where they are located."""
        parties = set(parties)
        bodies = {
            r.target
            for r in self.facts.relations.values()
            if r.type == RelType.HOLDS_TITLE and r.source in parties
        } | (parties if themselves else set())
        return bodies | {
            r.target
            for r in self.facts.relations.values()
            if r.type == RelType.LOCATED_IN and r.source in bodies
        }

    def _region_of(self, place_id: str) -> str | None:
        """The first-level region a place lies in (某縣 of 某市, 某州 of 某市), never its
        country; None for a place in no such region, or one itself."""
        place = self.gaz.get(place_id)
        seen = {place_id}
        while place is not None and place.parent_id and place.parent_id not in seen:
            seen.add(place.parent_id)
            place = self.gaz.get(place.parent_id)
            if place is None or place.label == "Country":
                return None
            if place.admin_level == "admin1":
                return place.id
        return None

    def _hosts(self, party: str, event_id: str) -> bool:
        """Whether the report has `party` holding the event (stated or inferred)."""
        return any(
            r.type == RelType.HOSTED and r.source == party and r.target == event_id
            for r in self.facts.relations.values()
        )

    def _host_told(self, event_id: str) -> bool:
        """Whether the report has anyone holding the event (stated or inferred)."""
        return any(
            r.type == RelType.HOSTED and r.target == event_id for r in self.facts.relations.values()
        )

    def _home_hosts(self, event_id: str) -> bool:
        return self._hosts(self.home, event_id)

    def _held_here(self, event_id: str) -> bool:
        """Whether the event is held in the city by it or by a body it helps hold it
        (本府協助國立某大學辦理「…」): guests sent or coming to it come to the city."""
        return self._home_hosts(event_id) or event_id in self.held_here_with_help

    def _home_officials(self, when: str) -> Iterator[KnownPerson]:
        """The home city's officials in office on `when` (an ISO date) that the curated
        data knows (seed/gazetteer/people.csv)."""
        return (p for p in self.lex.people if p.affiliation == self.home and p.in_office(when))

    def _home_officials_as_period_opens(self) -> Iterator[KnownPerson]:
        """The home city's officials the curated data knows in office when the report's
        period opens (none, with no period known)."""
        return self._home_officials(str(self.period.start if self.period else ""))

    def _fold_into(self, short: Relation, full: Relation) -> None:
        """One fact an item's heading states and its text restates in full: `short`,
        stated by the heading alone, goes, its evidence kept first on `full`."""
        del self.facts.relations[short.key]
        full.evidence[:0] = [e for e in short.evidence if e not in full.evidence]

    def _home_acts(self, text: str) -> bool:
        """Whether the home city (or one of its own bodies) is the one acting; an item's
        heading before its colon (某國某市：環保局…派員赴…) is not who acts."""
        head = _DATE_PREFIX.sub("", _PURPOSE_OPENING.sub("", _ITEM_PARTY.sub("", text)))
        starts_with_home_body = any(self._home_org_openings(head))
        # 由經發局…, 陳大明市長率領經發局…前往: the city's own bureaus, led or leading
        led_by_bureau = any(
            f"{word}{name}" in text
            for org in self.lex.home_orgs
            for name in org.names
            for word in ("由", "率領", "率")
        )
        # 陳市長率團前往…, 會議期間許副市長與…會晤
        official = _HOME_OFFICIAL.match(_TIME_OPENING.sub("", _DATE_PREFIX.sub("", text)))
        leader = self._leader(text) or ""
        official = official or _HOME_OFFICIAL.fullmatch(leader)  # 由李副市長率…人員赴
        home_named = _HOME_ACTOR.search(self._places_masked(text))  # 熊本市 is not 本市
        return bool(
            home_named
            or starts_with_home_body
            or led_by_bureau
            or official
            or self._home_official_in_full(leader)
        )

    def _home_official_in_full(self, leader: str) -> bool:
        """Whether a leader named in full (王大明市長率團訪問某市) is the city's official:
        one holding a title of the city told in the chapter, or one the curated data
        knows in office in the report's period."""
        if len(leader) < 3 or _IN_ANOTHER_CAPACITY.search(leader):
            return False  # 王大明以某扶輪社社長身分率…: not for the city
        if any(name in leader and self._of_home(pid) for name, pid in self.people.items()):
            return True
        return any(
            leader.startswith(holder.name_zh) for holder in self._home_officials_as_period_opens()
        )

    def _places_masked(self, text: str) -> str:
        """`text` with the foreign places it names blotted out, so that a name ending
        like a home word (某本市, 某市府) does not read as the home side."""
        if not _HOME_ACTOR.search(text):
            return text
        chars = list(text)
        for mention in self._place_mentions(text):
            if self.facts.place(mention.place) != self.home:
                chars[mention.start : mention.end] = "□" * (mention.end - mention.start)
        return "".join(chars)

    def _bodies_along(self, sentence_norm: str) -> list[str]:
        """Bodies whose staff went along with the city's (本府衛生局偕同某大學附設醫院醫護
        人員組成醫療服務團赴某州): each went too, a body of the city unless a place
        opens its name. Only a name ending like a body's kind (org_kinds); one of the
        city's bureaus (偕同本府某局人員, 偕同相關局處人員) is no party of its own (the
        visit lists the bureaus it names), another home body is the city's."""
        bodies = []
        for along in _BODY_ALONG.finditer(sentence_norm):
            name = along.group(1) or along.group(2) or along.group(3)
            kind = self.lex.org_kind(name) or ("team" if along.group(2) else None)
            if kind is None:
                continue
            place = self._place_mentions(name)
            if place and place[0].start == 0 and place[0].place.id != self.home_place.id:
                bodies.append(self._organization(name, kind, place[0].place))
                continue
            own = _HOME_WORDS.sub("", name)
            org = self._home_org_named(own)
            if org is not None and org.kind != "bureau":
                bodies.append(self._home_org(org))
            elif org is None and kind not in ("bureau", "division", "ministry"):
                bodies.append(self._home_body(own))
        return bodies

    def _home_actor(self, sentence_norm: str) -> str:
        """Who went: a home body that leads the sentence (市議會, a school), else the city."""
        head = _GRANT_OPENING.sub("", _DATE_PREFIX.sub("", sentence_norm))  # 撥付本府…補助
        head = _ACTOR_END.split(head, maxsplit=1)[0]
        head = _HOME_WORDS.sub("", head)
        head = self._without_its_person(head)  # 市議會王議長大明率…: the council
        # 某高中師生一行20人赴…: the school its teachers and students went for
        head = _MEMBERS.sub("", head)
        org = next((o for o in self.lex.home_orgs if o.kind != "bureau" and head in o.names), None)
        if org is not None and org.id != _CITY_GOVERNMENT:
            return self._home_org(org)
        school = _SCHOOL.fullmatch(head) if head else None
        if school:
            return self._home_body(school.group(1))
        return self._home_body_of_delegation_led(sentence_norm) or self.home

    def _home_body_of_delegation_led(self, sentence_norm: str, by_city: bool = False) -> str | None:
        """The home body a delegation led is named for, when it is not the city's
        government nor a bureau (王議長率領高雄市議會議員訪問團赴某市): that body went, not
        the city. Led by an official of the city's government (吳市長率領市議會議員訪問團)
        it is the city's trip, the body going with it: that body only `by_city`."""
        lead = _LEADS_GROUP.search(sentence_norm)
        led = _DELEGATION_LED.match(sentence_norm, lead.end()) if lead else None
        if lead is None or led is None:
            return None
        leader = _CLAUSE_BREAK.split(sentence_norm[: lead.start()])[-1]
        if bool(_HOME_TITLE_ONLY.search(leader)) != by_city:
            return None
        name = led.group(1)
        for org in self.lex.home_orgs:
            if org.kind == "bureau" or org.id == _CITY_GOVERNMENT:
                continue
            if any(
                name.startswith(n) and _MEMBERS_DELEGATION.fullmatch(name[len(n) :])
                for n in org.names
            ):
                return self._home_org(org)
        return None

    def _without_its_person(self, head: str) -> str:
        """A home body's name without the one of it named after it, who acts for it
        (市議會王議長大明, 市議會議長某某, 市議會議長): the body."""
        for name, rest in self._home_org_openings(head):
            if rest and (any(person in rest for person in self.people) or rest in self.lex.titles):
                return name
        return head

    def _home_troupes(self, sentence_norm: str) -> list[str]:
        """A troupe or team of the city named by the city's own name (某市國樂團應邀…，由
        某處長率領…參加, 率某市立交響樂團赴…): the home body, which went; not the city's
        delegation (某市青年代表團, 某市政府訪問團), which is the city."""
        troupes = []
        spans = [
            (m.start, m.end)
            for m in self._place_mentions(sentence_norm)
            if m.place.id == self.home_place.id
        ]
        # 本市某國小少棒隊應某市之邀: the city's own word for itself opens the name too
        spans += [(m.start(), m.end()) for m in _OUR_CITY_WORD.finditer(sentence_norm)]
        for start, end in sorted(spans):
            troupe = _TROUPE_AFTER_PLACE.match(sentence_norm, end)
            if troupe is None or sentence_norm[troupe.end() :].startswith(("體", "隊")):
                continue
            name = sentence_norm[start : troupe.end()]
            if not (_DELEGATION.search(name) or _ERRAND_DELEGATION.match(troupe.group())):
                troupes.append(self._home_body(name))
        return troupes

    def _home_troupe(self, text: str) -> str | None:
        """The first of the city's own troupes `text` names (_home_troupes), if any."""
        return next(iter(self._home_troupes(text)), None)

    def _home_civic_body(self, words: str) -> str | None:
        """The body of the city's people that `words` name whole, opened by the city's
        name (高雄市觀光協會, 高雄市某某商業同業公會, 高雄市立美術館): a party of its own,
        not the city's government (whose bureaus, council and delegations are the city);
        None for any other words."""
        kind = self.lex.org_kind(words)
        if kind is None or kind in _GOVERNMENT_KINDS or self.lex.home_org(words):
            return None
        named = self._place_mentions(words)
        if not _HAN.fullmatch(words) or not named or named[0].start != 0:
            return None
        if any(m.place.id != self.home_place.id for m in named):
            return None
        return self._home_body(words)

    def _home_body(self, name: str) -> str:
        name = _HOME_WORDS.sub("", body_name(name) or name)  # 某市長並見證本市某高中
        org_id = self.facts.organization(
            name, "", self.lex.org_kind(name) or "school", scope=self.home
        )
        if _MUNICIPAL_FOUNDER.match(name):  # 市立某高中: also 某高中, as other reports write it
            bare = _MUNICIPAL_FOUNDER.sub("", name)
            self.facts.entities[org_id].merge_aliases([bare, *school_forms(bare)])
        self.facts.relate(RelType.LOCATED_IN, org_id, self.home, self._here())
        return org_id
