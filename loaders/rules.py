"""The reading rules: what each clause of a chapter states, written into `Facts`.

`ReportReader.read` walks sections, sentences and clauses (split at ，and ；); for
each clause it finds places, events, dates and people, then applies the rules in
turn. A rule matches the genre's grammar (締結姊妹市, 簽訂…協議, 由…率團至…,
邀請…參加「…」, …等5個城市參加), never a particular sentence. What a reader keeps in
mind between clauses lives in `ReaderState`: the year last written, the places and
event just named (for 該市, 該縣, 布市, 該研討會) and the subject of the previous
clause (for clauses that have none of their own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from graph.model import Label, RelType
from loaders.dates import DateContext, DateSpan, find_dates, find_since_year, is_recurring
from loaders.events import EventMention, find_events
from loaders.facts import Facts, id_fragment
from loaders.gazetteer import Gazetteer, Place, PlaceMention
from loaders.lexicon import HomeOrg, lexicon
from loaders.people import (
    PersonMention,
    find_name_before_title,
    find_title_then_name,
    parse_visitor_item,
)
from loaders.reading import normalize, rx
from loaders.structure import ParsedReport, Section, Sentence

# -- the genre's grammar -------------------------------------------------------------
_CLAUSE_BREAK = rx(r"[,,;;]")
_FUTURE = rx(r"將|未來|預計|明年|擬|規劃|願|計畫|計劃|期盼|可行性|方向")
_PURSUIT = rx(r"推動|籌辦|洽談|洽商|協商|研議|爭取|方向|可行性|願|將|未來|案$|案。?$")
_NEGOTIATING = rx(r"洽商|協商|磋商|談判")
_SISTER = rx(r"姊妹(?:市|城市)")
_SISTER_SIGNING = rx(
    r"締結(?:為)?姊妹(?:市|城市)|姊妹(?:市|城市)(?:協議|盟約)|成為本市第\s*\d+\s*個"
)
_FRIENDSHIP_SIGNING = rx(r"締結(?:為)?友好(?:城市|市)|友好城市(?:協議|關係)")
_ORDINAL = rx(r"第\s*(\d+)\s*個")
_AGREEMENT = rx(r"簽(?:訂|署|定)")
_AGREEMENT_TITLE = rx(r"「([^「」]*(?:協議|協定|備忘錄|協議書|意向書|宣言))」")
_AGREEMENT_NOUN = rx(r"([\u4e00-\u9fff]{0,8}(?:協議書|協議|協定|備忘錄|意向書))")
_FIELDS = rx(r"在(.+?)(?:等)?方面")
_LEAD = rx(r"由([^,由]{1,15}?)(?:率領|率團|率|帶隊|帶領)|^([^,]{1,15}?)(?:率團|帶隊)")
_GO = rx(r"至|到|前往|赴|訪問|參訪|拜訪|考察")
_COME = rx(r"至本府|至本市|來訪|前來|到訪|回訪|來臺|來臺|訪高|來高")
_SEND = rx(r"指派|派遣|特別派遣|派")
_JOIN = rx(r"參加|參與|出席|與會|同臺")
_INVITE = rx(r"邀請|邀")
_PRESENCE = rx(r"同臺|同臺|致詞|演講|與談|出席")
_MEET = rx(r"拜會|會晤|會見|會面|晉見|接見")
_HOSTING = rx(r"(?:在|於)本市(?:舉辦|舉行)|本府(?:舉辦|主辦)|辦理")
_SCHOOL_TIE = rx(r"姊妹校")
_SCHOOL = rx(
    r"(?:本市|與當地|當地|與|由|^)((?:國立|市立|私立)?[^\s,、與及的至]{2,8}?"
    r"(?:國中|國小|中學|高中|大學|學院))"
)
_HOME_ACTOR = rx(r"本府|本市|市府|高雄市政府|我方")
_ANAPHORA = {
    "該市": "city",
    "該縣": "admin1",
    "該省": "admin1",
    "該州": "admin1",
    "當地": "any",
    "兩市": "city",
    "布市": "city",
}
_YEARS_LATER = rx(r"(\d+)\s*年後")
_LIST_START = rx(r"為:|為:|包括|計有|辦理|如下:|:")
_RECEIVED_LIST = rx(r"訪賓|接待|到訪|拜會|外賓|訪團|來訪")
_PURSUIT_SECTION = rx(r"推動.*締結|締結.*推動|規劃中")
_NOT_HOST_GAP = rx(r"[、及與和,]|參加|參與|出席|邀請")
_PARENS = rx(r"\([^()]*[A-Za-z][^()]*\)")


@dataclass
class Clause:
    """A stretch of a sentence between two ，/；, with what was found in it."""

    sentence: Sentence
    norm: str
    start: int  # offset of the clause in the sentence
    places: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, id)
    events: list[tuple[int, int, str]] = field(default_factory=list)
    dates: list[DateSpan] = field(default_factory=list)
    earlier_dates: list[DateSpan] = field(default_factory=list)  # same sentence, before


@dataclass
class ReaderState:
    """What the reader remembers between clauses and sentences."""

    dates: DateContext
    recent_places: list[Place] = field(default_factory=list)
    event: str | None = None
    since_year: int | None = None
    subject: list[str] = field(default_factory=list)
    last_dates: list[DateSpan] = field(default_factory=list)
    item_dates: list[DateSpan] = field(default_factory=list)  # the section's first day/month
    sentence_events: list[str] = field(default_factory=list)


class ReportReader:
    def __init__(self, parsed: ParsedReport, facts: Facts, gaz: Gazetteer) -> None:
        self.parsed = parsed
        self.facts = facts
        self.gaz = gaz
        self.lex = lexicon()
        home = gaz.resolve("高雄市")
        if home is None:  # pragma: no cover - the gazetteer always knows the home city
            raise RuntimeError("the gazetteer lacks the home city 高雄市")
        self.home_place = home
        self.home = facts.place(home)
        self.period = parsed.period
        self.state = ReaderState(DateContext(parsed.period))
        self.people: dict[str, str] = {}  # name → person id, for later prose mentions
        self.sentence: Sentence | None = None
        self.previous: Sentence | None = None  # the sentence before, in the same section

    # -- walking the chapter ----------------------------------------------------------
    def read(self) -> None:
        current: int | None = -1
        for sentence in self.parsed.sentences:
            if sentence.section != current:
                current = sentence.section
                self._enter_section(sentence.section)
            self._read_sentence(sentence)

    def _enter_section(self, index: int | None) -> None:
        self.state.dates = DateContext(self.period)
        self.state.last_dates = []
        self.state.item_dates = []
        self.state.event = None
        self.state.subject = []
        section = self._section(index)
        if section is not None:
            places = [m.place for m in self._place_mentions(normalize(section.title))]
            if places or section.level == 1:
                self.state.recent_places = places

    def _section(self, index: int | None) -> Section | None:
        return self.parsed.sections[index] if index is not None else None

    def _section_titles(self, sentence: Sentence) -> str:
        titles, index = [], sentence.section
        while index is not None:
            section = self.parsed.sections[index]
            titles.append(normalize(section.title))
            index = section.parent
        return " / ".join(reversed(titles))

    # -- one sentence --------------------------------------------------------------------
    def _read_sentence(self, sentence: Sentence) -> None:
        same_section = self.sentence is not None and self.sentence.section == sentence.section
        self.previous = self.sentence if same_section else None
        self.sentence = sentence
        norm = normalize(sentence.text)
        spans = find_dates(norm, self.state.dates)
        if not spans and norm.find("同時") in range(0, 8) and self.state.last_dates:
            spans = [replace(d, text_start=0, text_end=0) for d in self.state.last_dates[:1]]
        self.state.last_dates = spans or self.state.last_dates
        if not self.state.item_dates:
            self.state.item_dates = [s for s in spans if s.precision in ("day", "month")][:1]
        self.state.since_year = None
        self.state.sentence_events = []
        if not self._read_visitor_list(sentence, norm, spans):
            self._read_prose_people(sentence, norm)
            self.state.subject = []
            offset = 0
            for part in _CLAUSE_BREAK.split(norm):
                clause = Clause(sentence, part, offset)
                clause.dates = [d for d in spans if offset <= d.text_start < offset + len(part)]
                clause.earlier_dates = [d for d in spans if d.text_start < offset]
                since = find_since_year(part, self.state.dates)
                if since:
                    self.state.since_year = since
                self._find_places(clause)
                self._find_events(clause, spans)
                self._apply_rules(clause, norm)
                offset += len(part) + 1
        self.state.dates = self.state.dates.advance(spans)

    # -- finding things ------------------------------------------------------------------
    def _place_mentions(self, text: str) -> list[PlaceMention]:
        """Place mentions, reading through English in parentheses (馬爾地夫(Maldives)馬列市)."""
        kept, positions = [], []
        last = 0
        for match in _PARENS.finditer(text):
            kept.append(text[last : match.start()])
            positions.extend(range(last, match.start()))
            last = match.end()
        kept.append(text[last:])
        positions.extend(range(last, len(text)))
        positions.append(len(text))
        return [
            replace(m, start=positions[m.start], end=positions[m.end - 1] + 1)
            for m in self.gaz.find_places("".join(kept))
        ]

    def _find_places(self, clause: Clause) -> None:
        found: list[tuple[int, int, str]] = []
        for mention in self._place_mentions(clause.norm):
            found.append(
                (mention.start, mention.end, self.facts.place(mention.place, mention.surface))
            )
            self._remember(mention.place)
        for word, kind in _ANAPHORA.items():
            for match in re.finditer(word, clause.norm):
                place = self._antecedent(kind, word)
                if place is not None:
                    found.append((match.start(), match.end(), self.facts.place(place)))
        clause.places = sorted(found)

    def _remember(self, place: Place) -> None:
        recent = [p for p in self.state.recent_places if p.id != place.id]
        self.state.recent_places = [place, *recent][:8]

    def _antecedent(self, kind: str, word: str) -> Place | None:
        for place in self.state.recent_places:
            if place.id == self.home_place.id or (place.label == "Country" and kind != "any"):
                continue
            if word == "布市" and not place.name_zh.startswith("布"):
                continue
            if (
                kind == "any"
                or place.admin_level == kind
                or (kind == "city" and place.admin_level in ("city", "district"))
            ):
                return place
        return None

    def _year_hint(self, spans: list[DateSpan]) -> int | None:
        if spans:
            return spans[0].year
        return self.state.dates.current_year or (self.period.year if self.period else None)

    def _find_events(self, clause: Clause, spans: list[DateSpan]) -> None:
        for mention in find_events(clause.norm):
            year = mention.year or self._year_hint(spans)
            if year is None:
                continue
            event_id = self._event(mention, year)
            clause.events.append((mention.start, mention.end, event_id))
            self.state.event = event_id
            self.state.sentence_events.append(event_id)
        refers = re.search(r"該(?:研討會|會|活動|論壇|營|高峰會)|大會|此一盛會", clause.norm)
        if not clause.events and refers and self.state.event:
            clause.events.append((refers.start(), refers.end(), self.state.event))
        for _, _, event_id in clause.events:
            self._date_event(event_id, clause)

    def _event(self, mention: EventMention, year: int) -> str:
        entry = self.lex.series_for(mention.series_key)
        if entry is not None:
            series_id, series_zh, series_en = entry.id, entry.name_zh, entry.name_en
        else:
            series_id = f"series:{id_fragment(mention.series_key)}"
            series_zh, series_en = mention.series_key, re.sub(r",.*$", "", mention.name_en)
        self.facts.add_entity(series_id, Label.EVENT_SERIES, series_zh, series_en)
        event_id = f"event:{series_id.split(':', 1)[1]}:{year}"
        edition = f"第{mention.ordinal}屆" if mention.ordinal else ""
        props: dict[str, object] = {
            "kind": mention.kind,
            "year": year,
            "series": series_id,
            "edition": mention.ordinal,
        }
        name_en = f"{series_en} {year}" if series_en else ""
        self.facts.add_entity(
            event_id,
            Label.EVENT,
            f"{year}{edition}{series_zh}",
            name_en,
            {k: v for k, v in props.items() if v is not None},
        )
        assert self.sentence is not None
        self.facts.relate(RelType.EDITION_OF, event_id, series_id, self.sentence)
        return event_id

    def _date_event(self, event_id: str, clause: Clause) -> None:
        """An event's own dates: a date of its year in the clause that names it, or in
        the clause before (「104年11月10日至13日，由觀光局…參加」)."""
        event = self.facts.entities[event_id]
        year = event.properties.get("year")
        candidates = clause.dates or clause.earlier_dates[-1:]
        for span in candidates:
            if span.year == year and span.precision == "day":
                event.properties.setdefault("start", span.start)
                event.properties.setdefault("end", span.end or span.start)
                return

    # -- visitor lists -------------------------------------------------------------------
    def _read_visitor_list(self, sentence: Sentence, norm: str, spans: list[DateSpan]) -> bool:
        """A 、-separated list of 「affiliation title name」 items; True if read as one."""
        if norm.count("、") < 2:
            return False
        start = 0
        for match in _LIST_START.finditer(norm[: norm.find("、")]):
            start = match.end()
        tail = norm[norm.rfind("、") :]
        end = norm.rfind("等") if "等" in tail else len(norm.rstrip("。"))
        items = norm[start:end].split("、")
        parsed = [parse_visitor_item(item, self.gaz) for item in items]
        if sum(1 for people in parsed if people) < max(2, len(items) // 2):
            return False
        event_id = None
        events = find_events(norm)
        if events:
            year = events[0].year or self._year_hint(spans)
            if year:
                event_id = self._event(events[0], year)
                if _HOSTING.search(norm[: events[0].start]):
                    self.facts.relate(RelType.HOSTED, self.home, event_id, sentence)
                day = [s for s in spans if s.precision == "day"]
                if day:
                    self.facts.entities[event_id].properties.setdefault("start", day[0].start)
                    self.facts.entities[event_id].properties.setdefault(
                        "end", day[0].end or day[0].start
                    )
        received = bool(_RECEIVED_LIST.search(norm + self._section_titles(sentence)))
        if not received and self.previous is not None:  # 「…主要訪團代表為：」 then the list
            received = bool(_RECEIVED_LIST.search(normalize(self.previous.text)))
        when = self._period_props()
        for item, people in zip(items, parsed, strict=True):
            scope: Place | None = None
            for person in people:
                affiliation_id, place = self._affiliation(person, scope)
                scope = place or scope
                person_id = self._person(person, affiliation_id)
                if event_id:
                    self.facts.relate(
                        RelType.PARTICIPATED_IN,
                        person_id,
                        event_id,
                        sentence,
                        status="invited",
                        year=self._year_hint(spans),
                    )
                elif received:
                    self.facts.relate(RelType.VISITED, person_id, self.home, sentence, **when)
            if not people:
                self._list_organization(item, sentence, event_id, received, when)
        return True

    def _list_organization(
        self,
        item: str,
        sentence: Sentence,
        event_id: str | None,
        received: bool,
        when: dict[str, object],
    ) -> None:
        """An item naming only an organization (東麗集團（TORAY）, ICRT)."""
        match = re.match(r"^([^()]+?)(?:\(([^()]*)\))?$", item.strip())
        if not match:
            return
        name, english = match.group(1).strip(), (match.group(2) or "").strip()
        kind = self.lex.org_kind(name)
        if kind is None and not re.fullmatch(r"[A-Z][A-Z0-9&.\- ]{1,15}", name):
            return
        org_id = self.facts.organization(
            self._as_written(name), english if english.isascii() else "", kind or "company"
        )
        if event_id:
            self.facts.relate(RelType.PARTICIPATED_IN, org_id, event_id, sentence, status="invited")
        elif received:
            self.facts.relate(RelType.VISITED, org_id, self.home, sentence, **when)

    def _period_props(self) -> dict[str, object]:
        if self.period is None:
            return {}
        return {"start": self.period.start, "end": self.period.end, "year": self.period.year}

    # -- people and their affiliations -----------------------------------------------------
    def _affiliation(
        self, person: PersonMention, inherited: Place | None
    ) -> tuple[str, Place | None]:
        """The entity a person's title belongs to, and the place it is in."""
        text = re.sub(r"^(?:由|與|及|另|並|尤其|此外|同時|當地)+", "", person.affiliation)
        anaphor = re.fullmatch(r"該([縣市省州])", text)
        if anaphor:
            kind = "city" if anaphor.group(1) == "市" else "admin1"
            place = self._antecedent(kind, text)
            if place is not None:
                return self.facts.place(place), place
            text = ""
        home_org = self._home_org_named(text)
        if home_org is not None:
            return self._home_org(home_org), self.home_place
        mentions = self._place_mentions(text)
        place = mentions[-1].place if mentions else inherited
        org_name, kind = text, self.lex.org_kind(text)
        if kind is None and text and self.lex.org_kind(text + person.title[:-1]):
            org_name = text + person.title[:-1]  # 美國在台協會高雄 + 分處長 → …高雄分處
            kind = self.lex.org_kind(org_name)
        elif text and mentions and mentions[-1].end == len(text):
            found = mentions[-1].place
            if found.label == "Country" and "市長" in person.title:
                found = self.gaz.resolve(mentions[-1].surface + "市") or found  # 巴拿馬市長
            return self.facts.place(found, mentions[-1].surface), found
        if not org_name:
            if inherited is not None:
                return self.facts.place(inherited), inherited
            return self.home, self.home_place
        if kind is None:
            country = self.gaz.country(text)
            if country is not None:
                return self.facts.place(country), country
        return self._organization(org_name, kind or "organization", place), place

    def _organization(self, name: str, kind: str | None, place: Place | None) -> str:
        """An organization named with or without its place (韓國釜山市政府經濟政策課 and,
        under Busan, 經濟政策課 are one), LOCATED_IN that place."""
        short = name
        for mention in self._place_mentions(name)[:1]:
            rest = re.sub(r"^政府", "", name[mention.end :])
            if (
                mention.start == 0
                and mention.place.label == "City"
                and re.match(r"[\u4e00-\u9fff]", rest)
            ):
                short = rest
        org_id = self.facts.organization(
            self._as_written(name),
            "",
            kind,
            scope=place.id if place else None,
            org_id=None if short == name else self._org_id(short, place),
        )
        if place is not None:
            self.facts.relate(RelType.LOCATED_IN, org_id, self.facts.place(place), self._here())
        return org_id

    def _org_id(self, short: str, place: Place | None) -> str:
        where = place.id.split(":", 1)[1] + ":" if place else ""
        return f"org:{where}{id_fragment(short)}"

    def _as_written(self, found: str) -> str:
        """`found` (a stretch of normalized text) as the sentence writes it: normalized
        and original text have equal offsets, so the first occurrence maps back."""
        sentence = self._here()
        at = normalize(sentence.text).find(found)
        return sentence.text[at : at + len(found)] if at >= 0 else found

    def _here(self) -> Sentence:
        assert self.sentence is not None
        return self.sentence

    def _home_org_named(self, text: str) -> HomeOrg | None:
        return self.lex.home_org(text) if text else None

    def _home_org(self, org: HomeOrg) -> str:
        return self.facts.organization(org.name_zh, org.name_en, org.kind, org_id=org.id)

    def _person(self, person: PersonMention, affiliation_id: str) -> str:
        known = self.lex.person(person.name)
        name_en = person.name_en or (known.name_en if known else "")
        person_id = self.facts.person(person.name, name_en)
        self.people[person.name] = person_id
        title = self.lex.titles.get(person.title)
        self.facts.relate(
            RelType.HOLDS_TITLE,
            person_id,
            affiliation_id,
            self._here(),
            title_zh=person.title,
            title_en=title.en if title else "",
            former=person.former or None,
            year=self.period.year if self.period else None,
        )
        return person_id

    def _read_prose_people(self, sentence: Sentence, norm: str) -> None:
        """People named in prose, with their title and affiliation."""
        mentions = find_title_then_name(norm, self.gaz) + find_name_before_title(norm, self.gaz)
        taken: list[tuple[int, int]] = []
        for person in sorted(mentions, key=lambda m: m.start):
            if any(s <= person.start < e for s, e in taken):
                continue
            taken.append((person.start, person.end))
            aff = re.sub(r"^(?:由|與|及|另|並|尤其|此外|同時)+", "", person.affiliation)
            if len(aff) == 1:  # 蔡副議長昌達: surname, title, given name
                person = replace(person, name=aff + person.name, affiliation="")
            head_org = next(
                (
                    o
                    for o in self.lex.home_orgs
                    for n in o.names
                    if norm.startswith(n) and o.kind != "government"
                ),
                None,
            )
            if not person.affiliation.strip("由與及另並") and head_org is not None:
                self._person(person, self._home_org(head_org))
                continue
            known = self.lex.person(person.name)
            if (
                known is not None
                and known.affiliation
                and not person.affiliation.strip("由與及另並")
            ):
                self._person(
                    person,
                    known.affiliation if known.affiliation in self.facts.entities else self.home,
                )
                continue
            inherited = self._place_before(norm, person.start)
            affiliation_id, _ = self._affiliation(person, inherited)
            self._person(person, affiliation_id)

    def _place_before(self, norm: str, pos: int) -> Place | None:
        """The place a person without a stated affiliation most likely belongs to."""
        before = self._place_mentions(norm[:pos])
        foreign = [m.place for m in before if m.place.id != self.home_place.id]
        if foreign:
            return foreign[-1]
        return next((p for p in self.state.recent_places if p.id != self.home_place.id), None)

    # -- the rules -------------------------------------------------------------------------
    def _apply_rules(self, clause: Clause, sentence_norm: str) -> None:
        self._rule_ties(clause, sentence_norm)
        self._rule_agreement(clause, sentence_norm)
        self._rule_visit(clause, sentence_norm)
        self._rule_hosting(clause)
        self._rule_invitation(clause)
        self._rule_participation(clause, sentence_norm)
        self._rule_meeting(clause, sentence_norm)
        self._rule_sister_school(clause)
        self._rule_pursued_item(clause)
        foreign = self._foreign(clause)
        if foreign and not (self._destinations(clause) and self._home_acts(sentence_norm)):
            self.state.subject = foreign

    def _future(self, clause: Clause, sentence_norm: str) -> bool:
        """Whether the sentence, up to the end of this clause, speaks of the future."""
        prefix = sentence_norm[: clause.start + len(clause.norm)]
        return bool(_FUTURE.search(re.sub(r"「[^「」]*」", "", prefix)))

    def _foreign(self, clause: Clause) -> list[str]:
        return list(
            dict.fromkeys(
                pid
                for _, _, pid in clause.places
                if pid != self.home and self.facts.label_of(pid) == Label.CITY
            )
        )

    def _when(self, clause: Clause, carry: bool = False) -> dict[str, object]:
        """The date of what a clause states: its own, else the sentence's before it;
        with `carry`, else the one the item's text gave last (a meeting during a visit
        is dated by the visit, not by an event it mentions)."""
        later = _YEARS_LATER.search(clause.norm)
        carried = (self.state.item_dates or self.state.last_dates)[:1] if carry else []
        anchor = (clause.dates or clause.earlier_dates[-1:] or carried or [None])[0]
        if later:
            base = anchor.year if anchor else self.state.dates.current_year
            if base:
                year = base + int(later.group(1))
                return {"start": str(year), "year": year}
        if anchor is not None:
            return {"start": anchor.start, "end": anchor.end, "year": anchor.year}
        if clause.events:  # a heading: 參加澳洲布里斯本市「2015亞太城市高峰會」
            return {"year": int(clause.events[0][2].rsplit(":", 1)[1])}
        return {}

    def _rule_ties(self, clause: Clause, sentence_norm: str) -> None:
        text = clause.norm
        for rel_type, pattern in (
            (RelType.SISTER_CITY_OF, _SISTER_SIGNING),
            (RelType.FRIENDSHIP_CITY_OF, _FRIENDSHIP_SIGNING),
        ):
            if not pattern.search(text):
                continue
            cities = self._foreign(clause) or self.state.subject
            if _NEGOTIATING.search(sentence_norm):
                status = "negotiating"
            elif _PURSUIT.search(text) or self._future(clause, sentence_norm):
                status = "planned"
            else:
                status = "signed"
            since = None
            if status == "signed":
                since = (
                    clause.dates[-1].start
                    if clause.dates
                    else (str(self.state.since_year) if self.state.since_year else None)
                )
            ordinal = _ORDINAL.search(text)
            for city in cities:
                self.facts.relate(
                    rel_type,
                    self.home,
                    city,
                    clause.sentence,
                    status=status,
                    since=since,
                    ordinal=int(ordinal.group(1)) if ordinal else None,
                )
            if cities:
                return
        # 「X姊妹市」「本市姊妹市X」: an existing tie named in passing.
        for match in _SISTER.finditer(text):
            if re.search(r"締結|推動|朝|成為", text[: match.start()]) or re.match(
                r"協議|方向|案|首長", text[match.end() :]
            ):
                continue
            near = [
                pid
                for s, e, pid in clause.places
                if pid != self.home
                and self.facts.label_of(pid) == Label.CITY
                and (0 <= match.start() - e <= 1 or 0 <= s - match.end() <= 2)
            ]
            for city in near[:1]:
                self.facts.relate(
                    RelType.SISTER_CITY_OF, self.home, city, clause.sentence, status="signed"
                )

    def _rule_agreement(self, clause: Clause, sentence_norm: str) -> None:
        text = clause.norm
        signing = _AGREEMENT.search(text)
        if not signing or not re.search(r"協議|協定|備忘錄|意向書", text) or _SISTER.search(text):
            return
        last_signing = list(_AGREEMENT.finditer(text))[-1]
        titled = _AGREEMENT_TITLE.search(text) or _AGREEMENT_NOUN.search(text[last_signing.end() :])
        title = re.sub(r"^(?:雙方|兩市|彼此|加強)", "", titled.group(1)) if titled else ""
        planned = self._future(clause, sentence_norm) or bool(
            re.search(r"洽談|推動|持續|積極|事宜", text)
        )
        status = "planned" if planned else "signed"
        parties = self._foreign(clause) or self.state.subject
        date = clause.dates[-1].start if clause.dates and status == "signed" else None
        rest = sentence_norm[sentence_norm.find(text) :]
        fields = _FIELDS.search(rest) if status == "signed" else None
        signatories = self._signatories(clause, sentence_norm) if status == "signed" else []
        for party in parties:
            self.facts.relate(
                RelType.SIGNED_MOU,
                self.home,
                party,
                clause.sentence,
                title=title,
                status=status,
                date=date,
                year=int(date[:4]) if date else None,
                fields=re.split(r"[、及和與]", fields.group(1)) if fields else None,
                signatories=signatories or None,
                led_by=self._leader(sentence_norm) if status == "signed" else None,
            )

    def _signatories(self, clause: Clause, sentence_norm: str) -> list[str]:
        """Who signed: people named in the clause, and the home city's officials named by
        surname and title (陳市長) in the sentence, looked up by their term of office."""
        names = [n for n in self.people if n in clause.norm]
        when = self._when(clause).get("start") or (self.period.start if self.period else "")
        for holder in self.lex.people:
            if (
                holder.affiliation == self.home
                and holder.in_office(str(when))
                and holder.name_zh[0] + holder.title_zh in sentence_norm
            ):
                person = PersonMention(
                    holder.name_zh, holder.name_en, holder.title_zh, False, "", 0, 0
                )
                self._person(person, self.home)
                names.insert(0, holder.name_zh)
        return list(dict.fromkeys(names))

    def _leader(self, sentence_norm: str) -> str | None:
        match = _LEAD.search(sentence_norm)
        if not match:
            return None
        leader = (match.group(1) or match.group(2) or "").strip()
        leader = re.sub(r"^(?:\d.*日)?(?:本府|本市|市府)?", "", leader)
        return leader or None

    def _bureaus(self, sentence_norm: str) -> list[str]:
        return [
            org.name_zh
            for org in self.lex.home_orgs
            if org.kind == "bureau" and any(n in sentence_norm for n in org.names)
        ]

    def _rule_visit(self, clause: Clause, sentence_norm: str) -> None:
        text = clause.norm
        if _COME.search(text):
            for visitor in self._visitors(clause, sentence_norm):
                self.facts.relate(
                    RelType.VISITED,
                    visitor,
                    self.home,
                    clause.sentence,
                    led_by=self._leader(sentence_norm),
                    **self._when(clause),
                )
            return
        destinations = self._destinations(clause)
        if not destinations or not self._home_acts(sentence_norm):
            return
        actor = self._home_actor(sentence_norm)
        for city in destinations:
            self.facts.relate(
                RelType.VISITED,
                actor,
                city,
                clause.sentence,
                led_by=self._leader(sentence_norm),
                bureaus=self._bureaus(sentence_norm) or None,
                purpose=self._purpose(text),
                **self._when(clause),
            )

    def _destinations(self, clause: Clause) -> list[str]:
        """Cities the clause goes to: after 至/前往/赴/訪問…, with their enumeration
        (訪問中國福建省廈門、福州及泉州等市), or the host city of an event joined abroad."""
        text = clause.norm
        found: list[str] = []
        previous_end = -1
        for start, end, pid in clause.places:
            if pid == self.home or self.facts.label_of(pid) != Label.CITY:
                continue
            lead_in = text[max(0, start - 10) : start]
            listed = previous_end >= 0 and re.fullmatch(r"[、及和與暨]?", text[previous_end:start])
            nested = previous_end >= 0 and start == previous_end  # 福建省廈門
            if _GO.search(lead_in) or listed or nested:
                if nested and found:
                    found.pop()  # the province is the way to the city, not a stop
                found.append(pid)
                previous_end = end
            elif self._hosts_event(clause, start, end) and _JOIN.search(text[:start]):
                found.append(pid)
        return list(dict.fromkeys(found))

    def _purpose(self, text: str) -> str | None:
        match = re.search(r"參訪|訪問|考察|觀摩|參加|參與|研修|交流", text)
        return match.group() if match else None

    def _home_acts(self, text: str) -> bool:
        """Whether the home city (or one of its own bodies) is the one acting."""
        head = re.sub(r"^(?:\d+年)?(?:\d+月)?(?:[\d至]+日)?,?", "", text)
        starts_with_home_body = any(
            head.startswith(name) for org in self.lex.home_orgs for name in org.names
        )
        led_by_bureau = any(f"由{name}" in text for org in self.lex.home_orgs for name in org.names)
        return bool(_HOME_ACTOR.search(text) or starts_with_home_body or led_by_bureau)

    def _home_actor(self, sentence_norm: str) -> str:
        """Who went: a home body that leads the sentence (市議會, a school), else the city."""
        head = re.split(r"由|率|至|前往|赴|組團|同時", sentence_norm, maxsplit=1)[0]
        head = re.sub(r"^(?:\d+年)?(?:\d+月)?(?:[\d至]+日)?,?(?:本市|本府)?", "", head)
        org = next((o for o in self.lex.home_orgs if o.kind != "bureau" and head in o.names), None)
        if org is not None and org.id != "org:kaohsiung:city-government":
            return self._home_org(org)
        school = _SCHOOL.fullmatch(head) if head else None
        if school:
            return self._home_body(school.group(1))
        return self.home

    def _home_body(self, name: str) -> str:
        org_id = self.facts.organization(
            name, "", self.lex.org_kind(name) or "school", scope=self.home
        )
        self.facts.relate(RelType.LOCATED_IN, org_id, self.home, self._here())
        return org_id

    def _visitors(self, clause: Clause, sentence_norm: str) -> list[str]:
        """Who came in this clause: people named after 派 (or anywhere in the sentence
        when nobody sent them), else the body or city that leads the clause."""
        if _JOIN.search(clause.norm) and (clause.events or self.state.event):
            return []  # coming to take part in an event is read as participation
        sent = _SEND.search(sentence_norm)
        scope = sentence_norm[sent.end() :] if sent else clause.norm
        named = [pid for name, pid in self.people.items() if name in scope]
        if named:
            return list(dict.fromkeys(named))
        earlier = sentence_norm[: clause.start]
        spoken_of = [(earlier.rfind(n), pid) for n, pid in self.people.items() if n in earlier]
        if spoken_of:
            return [max(spoken_of)[1]]
        head = re.split(r"亦|也|特別|派|組團|至|前來|來訪|回訪", clause.norm, maxsplit=1)[0]
        head = re.sub(r"^(?:同年|今年|[\d年月日至~-])+", "", head)
        kind = self.lex.org_kind(head) if head else None
        if kind and len(head) <= 20:
            place = self._place_before(sentence_norm, sentence_norm.find(head))
            return [self.facts.organization(head, "", kind, scope=place.id if place else None)]
        if sent:
            teams = re.findall(r"派遣?(.{2,16}?(?:隊|團))", sentence_norm)
            if teams:
                place = self._place_before(sentence_norm, sentence_norm.find(teams[0]))
                name = re.sub(r"^(?:特別)?", "", teams[0])
                return [
                    self.facts.organization(
                        name,
                        "",
                        self.lex.org_kind(name) or "team",
                        scope=place.id if place else None,
                    )
                ]
        return self._foreign(clause) or self.state.subject

    def _hosts_event(self, clause: Clause, start: int, end: int) -> bool:
        """A place written right before an event's name hosts it (波特蘭姊妹市第106屆玫瑰節)."""
        return any(
            0 <= e_start - end <= 6 and not _NOT_HOST_GAP.search(clause.norm[end:e_start])
            for e_start, _, _ in clause.events
        )

    def _rule_hosting(self, clause: Clause) -> None:
        text = clause.norm
        for _start, end, pid in clause.places:
            for e_start, _, event_id in clause.events:
                if (
                    pid != self.home
                    and 0 <= e_start - end <= 6
                    and not _NOT_HOST_GAP.search(text[end:e_start])
                ):
                    self.facts.relate(RelType.HOSTED, pid, event_id, clause.sentence)
        organizer = re.search(r"([\u4e00-\u9fff]{2,16}?)(?:舉辦|主辦)之?「", text)
        if organizer and self.lex.org_kind(organizer.group(1)) and clause.events:
            name = re.sub(r"^(?:參加|參與)", "", organizer.group(1))
            name = name[name.rfind("參加") + 2 :] if "參加" in name else name
            place = self._place_before(text, organizer.start(1) + 2)
            org_id = self.facts.organization(
                name, "", self.lex.org_kind(name), scope=place.id if place else None
            )
            if place is not None:
                self.facts.relate(
                    RelType.LOCATED_IN, org_id, self.facts.place(place), clause.sentence
                )
            for _, _, event_id in clause.events:
                self.facts.relate(RelType.HOSTED, org_id, event_id, clause.sentence)
        if clause.events and re.search(
            r"(?:在|於)本市(?:舉辦|舉行)|辦理「|本府(?:舉辦|主辦)", text
        ):
            status = "planned" if _FUTURE.search(text) else None
            for _, _, event_id in clause.events:
                self.facts.relate(
                    RelType.HOSTED, self.home, event_id, clause.sentence, status=status
                )

    def _rule_participation(self, clause: Clause, sentence_norm: str) -> None:
        text = clause.norm
        recurring = is_recurring(text)
        join = _JOIN.search(text) or (re.search(r"派.{0,4}團", text) if recurring else None)
        if not join:
            return
        if _INVITE.search(text[: join.start()]):
            if _PRESENCE.search(text):
                self._presence(clause)
            return  # invitations are read by _rule_invitation
        events = [
            e
            for e in clause.events
            if e[0] < join.start() or self._leads_into(clause, join.end(), e[0])
        ]
        if not clause.events and self.state.event:
            events = [(0, 0, self.state.event)]
        if not events:
            return
        status = "planned" if self._future(clause, sentence_norm) else "attended"
        actors = self._participants(clause, join.start(), sentence_norm)
        for quoted in re.finditer(r"「([^「」]+)」", text[: join.start()]):
            kind = self.lex.org_kind(quoted.group(1))
            if kind:
                place = self._place_before(sentence_norm, clause.start + quoted.start())
                actors.append(self._organization(quoted.group(1), kind, place))
        if re.search(r"率領|率團", text):
            earlier = sentence_norm[: clause.start]
            actors += [pid for n, pid in self.people.items() if n in earlier][-1:]
        first_time = bool(re.search(r"第一次|首次|首度", text)) or None
        for _, _, event_id in events:
            year = int(event_id.rsplit(":", 1)[1])
            for actor in dict.fromkeys(actors):
                self.facts.relate(
                    RelType.PARTICIPATED_IN,
                    actor,
                    event_id,
                    clause.sentence,
                    status=status,
                    year=year,
                    first_time=first_time,
                    led_by=self._leader(sentence_norm) if actor != self.home else None,
                )
                if recurring:
                    self._inferred_years(actor, event_id, clause.sentence)

    def _leads_into(self, clause: Clause, verb_end: int, event_start: int) -> bool:
        """Whether only the event's host place stands between a verb and the event
        (參加日本東京都八王子市「八王子祭」), so the verb governs the event."""
        gap = list(clause.norm[verb_end:event_start])
        for start, end, _ in clause.places:
            for i in range(max(start, verb_end), min(end, event_start)):
                gap[i - verb_end] = ""
        rest = "".join(gap).replace("姊妹市", "")
        return len(rest) <= 1

    def _presence(self, clause: Clause) -> None:
        """「該研討會邀請X、Y、Z等三位副市長與陳菊市長同台」: invited and there, on stage."""
        role = "speaker" if re.search(r"同臺|同臺|致詞|演講|與談", clause.norm) else None
        for _, _, event_id in clause.events or [(0, 0, self.state.event)]:
            if event_id is None:
                continue
            year = int(event_id.rsplit(":", 1)[1])
            for pid in self._foreign(clause):
                self.facts.relate(
                    RelType.PARTICIPATED_IN,
                    pid,
                    event_id,
                    clause.sentence,
                    status="attended",
                    year=year,
                    role=role,
                )

    def _participants(self, clause: Clause, cut: int, sentence_norm: str) -> list[str]:
        text = clause.norm
        before = [
            pid
            for start, end, pid in clause.places
            if start < cut
            and pid != self.home
            and self.facts.label_of(pid) == Label.CITY
            and not self._hosts_event(clause, start, end)
        ]
        named = [pid for name, pid in self.people.items() if name in text[:cut]]
        if named and not before:
            return named
        if before:
            return before
        if self.state.subject and not self._home_acts(text):
            return self.state.subject
        if (
            self._home_acts(text)
            or re.search(r"派員|組團|率", text)
            or (self._home_acts(sentence_norm) and not self.state.subject)
        ):
            body = re.search(r"本市([^,。]{2,12}?(?:大學|學院|高中|國中|國小|中學))", sentence_norm)
            body = body or re.search(r"由((?:國立|市立)[^,。]{2,10}?(?:大學|學院))", sentence_norm)
            if body:
                return [self._home_body(body.group(1))]
            return [self._home_actor(sentence_norm)]
        return self.state.subject

    def _inferred_years(self, actor: str, event_id: str, sentence: Sentence) -> None:
        """「每年都派代表團」 since a year: one inferred participation per earlier year."""
        since = self.state.since_year
        year = int(event_id.rsplit(":", 1)[1])
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
                status="attended",
                year=past,
                inferred=True,
            )

    def _rule_invitation(self, clause: Clause) -> None:
        text = clause.norm
        invite = _INVITE.search(text)
        if not invite or "受邀" in text or not clause.events:
            return
        first_event = clause.events[0][0]
        invitees = [
            pid
            for start, end, pid in clause.places
            if invite.start() < start < first_event
            and pid != self.home
            and self.facts.label_of(pid) == Label.CITY
            and not self._hosts_event(clause, start, end)
        ]
        if not invitees and re.search(r"邀請(?:參加|參與|.{0,3}(?:該市|布市))", text):
            invitees = self.state.subject
        status = (
            "planned"
            if _FUTURE.search(text)
            or (_FUTURE.search(clause.sentence.text) and re.search(r"將|未來", text))
            else "invited"
        )
        for _, _, event_id in clause.events:
            year = int(event_id.rsplit(":", 1)[1])
            for invitee in invitees:
                self.facts.relate(
                    RelType.INVITED,
                    self.home,
                    invitee,
                    clause.sentence,
                    event=event_id,
                    year=year,
                    status=status,
                )
                self.facts.relate(
                    RelType.PARTICIPATED_IN,
                    invitee,
                    event_id,
                    clause.sentence,
                    status=status,
                    year=year,
                )

    def _rule_meeting(self, clause: Clause, sentence_norm: str) -> None:
        if not _MEET.search(clause.norm):
            return
        when = self._when(clause, carry=True)
        if not when and self.state.sentence_events:  # 於參加「2015亞太城市高峰會」期間
            year = int(self.state.sentence_events[0].rsplit(":", 1)[1])
            when = {"start": str(year), "year": year}
        if not when:
            year = self.state.dates.current_year
            when = {"start": str(year), "year": year} if year else {}
        for start, _, pid in clause.places:
            if (
                pid != self.home
                and self.facts.label_of(pid) == Label.CITY
                and re.match(r"[\u4e00-\u9fff]{0,4}(?:市長|首長|知事|州長)", clause.norm[start:])
            ) or (pid != self.home and _MEET.search(clause.norm[:start])):
                self.facts.relate(RelType.MET_WITH, self.home, pid, clause.sentence, **when)

    def _rule_sister_school(self, clause: Clause) -> None:
        if not _SCHOOL_TIE.search(clause.norm):
            return
        schools = [m.group(1) for m in _SCHOOL.finditer(clause.norm)]
        if len(schools) < 2:
            return
        partner = next((p for p in self.state.recent_places if p.id != self.home_place.id), None)
        ours = self._home_body(schools[0])
        theirs = self.facts.organization(
            schools[1],
            "",
            self.lex.org_kind(schools[1]) or "school",
            scope=partner.id if partner else None,
        )
        since = (
            clause.dates[0].start
            if clause.dates
            else (clause.earlier_dates[-1].start if clause.earlier_dates else None)
        )
        self.facts.relate(RelType.SISTER_SCHOOL_OF, ours, theirs, clause.sentence, since=since)
        if partner is not None:
            self.facts.relate(
                RelType.LOCATED_IN, theirs, self.facts.place(partner), clause.sentence
            )

    def _rule_pursued_item(self, clause: Clause) -> None:
        """In a section on pursuing new ties, a list item headed by places is a pursued
        tie, or a pursued MOU where the item speaks of memorandums."""
        section = self._section(clause.sentence.section)
        if section is None or section.parent is None or not clause.sentence.is_heading:
            return
        parent = self.parsed.sections[section.parent]
        cities = self._foreign(clause)
        if not cities or not _PURSUIT_SECTION.search(normalize(parent.title)):
            return
        body = normalize(self.facts.text[section.start : section.end])
        if re.search(r"備忘錄|協議", body) and not _SISTER.search(body):
            signing = list(_AGREEMENT.finditer(body))
            titled = _AGREEMENT_NOUN.search(body[signing[-1].end() :] if signing else body)
            title = re.sub(r"^(?:雙方|兩市|彼此|加強)", "", titled.group(1)) if titled else ""
            for city in cities:
                self.facts.relate(
                    RelType.SIGNED_MOU,
                    self.home,
                    city,
                    clause.sentence,
                    status="planned",
                    title=title,
                )
            return
        status = "negotiating" if _NEGOTIATING.search(body) else "planned"
        for city in cities:
            self.facts.relate(
                RelType.SISTER_CITY_OF, self.home, city, clause.sentence, status=status
            )
