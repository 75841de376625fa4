"""What every reading rule relies on: the reader's state and its shared helpers.

`ReaderBase` holds the chapter, the facts being written and what a reader keeps in
mind between clauses (`ReaderState`); its helpers find places and events, resolve
該市/該縣 and short forms (布市) to the place just named, date a clause, and turn names into people,
organizations and places. The rule families in this package extend it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from graph.model import Entity, Label, Relation, RelType
from loaders.cards import is_subject_label
from loaders.dates import DateContext, DateSpan, find_dates, is_recurring
from loaders.events import (
    EventMention,
    edition_id,
    edition_year,
    event_kind,
    event_suffixes,
    find_events,
    without_gloss,
)
from loaders.facts import Facts, id_fragment
from loaders.gazetteer import Gazetteer, Place, PlaceMention, slug
from loaders.lexicon import HomeOrg, KnownPerson, lexicon
from loaders.names import (
    affiliation_words,
    after_clause_opener,
    bare_surname,
    body_name,
    leader_name,
    school_forms,
)
from loaders.pattern_cache import compile_pattern
from loaders.people import (
    ORG_TAILS,
    PersonMention,
    find_name_before_title,
    find_name_then_post,
    find_title_then_name,
)
from loaders.reading import normalize, rx
from loaders.rules.grammar import (
    _ACTOR_END,
    _ADVERB_AFTER_LEADER,
    _AFFILIATION_BREAK,
    _AFTERWARDS,
    _ANAPHORA,
    _BARE_NAMES_COUNTED,
    _BARE_VERB_CLOSING,
    _BODY_ALONG,
    _BODY_NAME_END,
    _CITY_NAME_CLOSING,
    _CLAUSE_BREAK,
    _COME,
    _DATE_HEAD,
    _DATE_PREFIX,
    _DELEGATION,
    _DELEGATION_LED,
    _DONE_FIELD,
    _ERRAND_DELEGATION,
    _EVENT_ACTED_ON,
    _EVENT_ANAPHOR,
    _EVENT_TIME_ATTRIBUTE,
    _FIRST_SET,
    _FUTURE,
    _GLOSS,
    _GLOSSED_PLACE_NAME,
    _GO,
    _GOES_ON,
    _GOES_TO,
    _GONE_TO,
    _GRANT_OPENING,
    _HAN,
    _HAN_CLOSING,
    _HAN_WORDS,
    _HANDED_OVER,
    _HOME_ACTOR,
    _HOME_OFFICIAL,
    _HOME_OFFICIAL_GOES,
    _HOME_OFFICIALS_LED,
    _HOME_TITLE_ONLY,
    _HOME_WORDS,
    _HOST_NAMED_AFTER,
    _IN_ANOTHER_CAPACITY,
    _IN_TAIWAN,
    _INVITED_BY,
    _ITEM_CHAR,
    _ITEM_PARTY,
    _JOINER,
    _LATIN_END,
    _LATIN_NAME,
    _LEAD_BY,
    _LEAD_OPENING,
    _LEADER_CHANGED,
    _LEADER_OPENING,
    _LEADS_GROUP,
    _LISTED_CITY,
    _MEMBERS,
    _MEMBERS_DELEGATION,
    _MINUTES_FIELD,
    _MUNICIPAL_FOUNDER,
    _NAME_DOT,
    _OBJECT_VERB_CLOSING,
    _ORG_RUN_BREAK,
    _OUR_PARTNER_CALLED,
    _OURS_BEFORE,
    _PARENS,
    _PERFORMED_IN_NAMED,
    _PETITIONING,
    _PLACE_SUFFIX_CLOSING,
    _PLAN_FIELD,
    _PLAN_FOLLOWED,
    _PLANNING_BODY,
    _PLANS_SECTION,
    _POSTPONED,
    _PUBLICATION_MARKS,
    _PURPOSE_CLAUSE,
    _PURPOSE_OPENING,
    _QUOTED_NAME,
    _RELATIVE_YEAR_TIME,
    _RESOLUTION_DONE,
    _RESOLUTION_FIELDS,
    _SCHOOL,
    _SENT_PEOPLE,
    _SHORT_CITY,
    _TALK_TOPIC,
    _THAT_OFFICE,
    _THAT_PLACE,
    _THAT_SCHOOL,
    _TIE_AFTER_COUNTRY,
    _TIE_BEFORE_CITY,
    _TIE_CALLED_CLOSING,
    _TIED_CITY_AFTER_COUNTRY,
    _TIME_OPENING,
    _TIME_PHRASE,
    _TIME_TO_COME_WORD,
    _TITLE_SENTENCE,
    _TOWARD_HOME,
    _TROUPE_AFTER_PLACE,
    _VIRTUAL,
    _VISIT_PURPOSE,
    _WISH_TIME,
    _YEAR_CLOSING,
    _YEARS_LATER,
    alternatives,
    occurrences,
)
from loaders.structure import (
    DATELINE_CLOSING,
    DATELINE_OPENING,
    RELATIVE_DAY,
    ParsedReport,
    Section,
    Sentence,
    numeral_value,
)

#: Kinds of organization whose name a place may open (某州大學, 某市交響樂團, 某都銀行);
#: a bureau or office after a place is that place's (某市政府觀光局).
_OWN_NAME_KINDS = frozenset(
    (
        "university",
        "school",
        "company",
        "association",
        "foundation",
        "troupe",
        "team",
        "committee",
        "authority",
    )
)
#: Kinds of body written right after a place and its 市/縣 (某市議會, 某市立大學).
_SUFFIXED_KINDS = _OWN_NAME_KINDS | {"council"}
#: Kinds of body a report names by what they represent, not by a city they belong
#: to: one named with no place is placed by no place named before it.
_SEATED_BY_NAME = frozenset(("representative_office",))
#: The home city government's own id (seed/gazetteer/home_organizations.csv): the city
#: itself acting, not one of its bodies.
_CITY_GOVERNMENT = "org:kaohsiung:city-government"
#: The most characters a mission's name goes on after a city it holds (駐某市|臺北經濟
#: 文化辦事處).
_MISSION_NAME_LENGTH = 12
#: A branch's word closing a body's name after the place it is in: 分會, 分處, 分行.
_BRANCH_CLOSING = rx(r"(?:分會|分處|分部|分公司|分行|分社|支部|事務所|辦事處)$")
#: An event told by a short form of two characters before its opening or closing
#: ceremony: 亞運開幕典禮, 世運閉幕式.
_SHORT_EVENT = rx(r"(?:(?<=[之的])|(?<![\u4e00-\u9fff]))([\u4e00-\u9fff]{2})(?=開幕|閉幕)")
#: An event joined by its kind alone, the name told before: 出席研討會時, 參加論壇期間.
_KIND_JOINED = rx(r"(?:出席|參加|參與)(研討會|論壇|高峰會|博覽會|年會)(?=時|期間|並|後|,|;|。|$)")
#: The kinds of event a city holds as a part of its own festival, within its days: an
#: evening party, a reception (某某晚會, 某某茶會, 某某酒會).
_PART_KINDS = frozenset(("celebration", "reception"))


@dataclass
class Clause:
    """A stretch of a sentence between two ，/；, with what was found in it."""

    sentence: Sentence
    norm: str
    start: int  # offset of the clause in the sentence
    places: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, id)
    #: Places written only as a body's seat (某市之某某協會): no party, but still named
    #: (本市姊妹市某市之某某協會 names a tie).
    seats: list[tuple[int, int, str]] = field(default_factory=list)
    events: list[tuple[int, int, str]] = field(default_factory=list)
    dates: list[DateSpan] = field(default_factory=list)
    earlier_dates: list[DateSpan] = field(default_factory=list)  # same sentence, before
    later_dates: list[DateSpan] = field(default_factory=list)  # same sentence, after


@dataclass
class ReaderState:
    """What the reader remembers between clauses and sentences."""

    dates: DateContext
    recent_places: list[Place] = field(default_factory=list)
    event: str | None = None
    since_year: int | None = None
    subject: list[str] = field(default_factory=list)
    last_dates: list[DateSpan] = field(default_factory=list)
    #: The dates read before the sentence being read (last_dates, as it left the one
    #: before): the occasion 藉此機會 takes up, and the month a delegation's setting out
    #: (該團已於七日啟程) is read in.
    dates_before: list[DateSpan] = field(default_factory=list)
    item_dates: list[DateSpan] = field(default_factory=list)  # the section's first day/month
    sentence_events: list[str] = field(default_factory=list)
    recurring: bool = False  # a clause said 每年…參加 before the event was named
    clause_places: list[str] = field(default_factory=list)  # the previous clause's cities
    #: The dates of the last coming to the city the item spoke of (派團來高, 邀請…來高).
    coming: dict[str, object] | None = None
    #: The sentence tells more of that coming: it opens with 其中, or goes on after ；
    #: from one that did.
    continues: bool = False
    #: Invitations the sentence told the city's side received (應某市之邀): (inviter,
    #: invitee), recorded at its end unless a rule read them with their event.
    invited_by: list[tuple[str, str]] = field(default_factory=list)


def _in_person_name(mention: PlaceMention, names: list[tuple[int, int]]) -> bool:
    """Whether the place is spelled by the characters of a person's name written at
    one of `names` (某市王中山市長, 某市中山太郎市長), or opening inside one and running
    past it (吳大同市長: not 大同市): the name, not a place."""
    return any(
        (start <= mention.start and mention.end <= end and end - start > len(mention.surface))
        # 吳大同市長: a place opening inside the name (大同市) runs into his title
        or start < mention.start < end < mention.end
        for start, end in names
    )


def _past_gloss(text: str, at: int) -> int:
    """Where the text goes on after a gloss in parentheses opening at `at` (甲市
    （Some City）、乙市: the 、 after it); `at` itself when none opens there."""
    gloss = _PARENS.match(text, at)
    return gloss.end() if gloss else at


#: A national body of the home country, by its name: 國立某某大學, 國立某某博物館.
_NATIONAL_BODY = re.compile("國立")


#: A year before the report's written by a word alone: 去年, 前年, 上年.
_PAST_YEAR_WORD = re.compile("去年度?|前年度?|上年度?")
#: The kind closing a celebration's name (某某十週年慶祝大會, 建市紀念典禮): the words
#: before it name the occasion.
_CELEBRATION_KIND = re.compile(r"(?:慶祝|紀念)?(?:大會|典禮|慶典|活動|晚會|酒會)$")
#: What a body is to us, written before its name with its place (釜山姊妹校某某女子高等
#: 學校, 姊妹校某某高中): no part of the name.
_TIE_OPENING_BODY = re.compile(r"^[\u4e00-\u9fff]{0,6}?姊妹校(?=[\u4e00-\u9fff]{4})")
#: A day followed by the event's opening, or by its closing (四月五日開幕、七日閉幕的「…」).
_OPENED_ON = re.compile(r"(?:上午|下午|晚間)?(?:開幕|揭幕|開始)")
_CLOSED_ON = re.compile(r"(?:上午|下午|晚間)?(?:閉幕|落幕|結束)")
#: The shortest last part of a transliterated name that names its bearer alone, later
#: (約翰‧史密斯 → 史密斯; not a two-character part, often a word of its own).
_LAST_PART_ALONE = 3
#: A clause that is a time alone, opening the sentence (去年底，…; 去年，…): it dates
#: what the sentence tells.
_TIME_ALONE = re.compile(r"(?:底|初|間|中|年底|年初)?[,;]")
#: The time an invitation asks its invitee to come in (邀請某市明年組隊參加): the
#: invitee's, not a time of what the sentence tells.
_INVITED_FOR_LATER = rx(r"邀請[^,;。「」]{0,12}?(?:明年|來年|下半年)")
#: An invitation answered, written as a clause between who leads and the verb (某市長
#: 應某市長之邀，率…; not one opening the sentence: 應某市之邀，某副市長率…).
_INVITED_BY_CLAUSE = rx(r"(?<=[\u4e00-\u9fff])" + _INVITED_BY.pattern + r",")


def _names_event_again(text: str) -> bool:
    """Whether `text` speaks again of the event just named, by 該 and its kind's word
    (該博覽會, 該研討會)."""
    return any(f"該{suffix}" in text for suffix in event_suffixes() if len(suffix) >= 2)


#: A publication's name in 《》 closing the words before a title (某國《某某報》總編輯).
_PUBLICATION_CLOSING = rx(r"《([^《》]{1,30})》$")


def in_quoted_speech(text: str, at: int) -> bool:
    """Whether `at` lies within words quoted in 「」 that hold a clause break: a speaker's
    words (某會長表示，「希望…，也歡迎…」), not a name, which holds none."""
    opened = text.rfind("「", 0, at + 1)
    if opened < 0 or text.rfind("」", 0, at + 1) > opened:
        return False
    closed = text.find("」", opened)
    quoted = text[opened + 1 : closed if closed >= 0 else len(text)]
    # a slogan or theme quoted (以「愛上某地，樂遊港都」為主題) is no one's speech: a
    # verb of saying comes before speech (表示：「, 致詞指出，…「)
    return bool(_CLAUSE_BREAK.search(quoted)) and bool(SAYING.search(text[:opened]))


#: A verb of saying, before a speaker's quoted words (表示, 指出, 致詞, 答稱).
SAYING = re.compile(r"表示|指出|致詞|致辭|強調|說明|認為|提到|談到|答稱|宣布|宣佈|說")
#: A speaker speaking of his own side within his words (我們, 本人, 大家).
FIRST_PERSON = re.compile(r"我|本人|大家|咱")


def _resolution_sentences(sentences: Sequence[Sentence]) -> frozenset[int]:
    """The starts of the sentences a meeting's minutes tell as what it resolved: a line
    opening 決議： and the items under a bare 決議： up to the next field (案由：, 某局提：,
    第二案) or heading. A resolution decides what is to be done; it tells nothing done."""
    resolved: set[int] = set()
    field: str | None = None
    for sentence in sentences:
        label = _MINUTES_FIELD.match(sentence.norm)
        if sentence.is_heading:
            field = None
        elif label:
            field = label.group(1)
        if field in _RESOLUTION_FIELDS:
            resolved.add(sentence.start)
    return frozenset(resolved)


def _wish_time(text: str, mention: EventMention) -> bool:
    """Whether an event named unquoted is only the time a wish would be carried out at
    (表示有意於明年玫瑰節引進龍舟競賽): no edition the text tells of."""
    return (
        text[mention.start : mention.start + 1] != "「"
        and bool(_WISH_TIME.search(text[: mention.start]))
        and not _EVENT_ACTED_ON.match(text, mention.end)
    )


def _dateline_of(lines: list[Sentence], context: DateContext) -> DateSpan | None:
    """The day a release's lines are dated by: a full date in brackets opening its first
    line (〔78.1.10〕某某…) or standing alone after its last (…。（78年4月18日）)."""
    if not lines:
        return None
    for line, form in ((lines[0], DATELINE_OPENING), (lines[-1], DATELINE_CLOSING)):
        found = form.search(line.norm)
        spans = find_dates(found.group(), context) if found else []
        if spans and spans[0].precision == "day":
            return spans[0]
    return None


def _last_written(text: str, names: Sequence[str]) -> tuple[int, int]:
    """Where in `text` the last of `names` written there opens and closes ((-1, …)
    when none is)."""
    start, name = max((text.rfind(normalize(n)), normalize(n)) for n in names)
    return start, start + len(name)


@cache
def _body_item_pattern() -> re.Pattern[str]:
    """An item of a list naming an outside body: a name ending in a kind of body the
    lexicon lists (built once: the alternation of all those kinds is costly to compile;
    the lexicon is the shared one, `ReaderBase.lex`)."""
    endings = alternatives(lexicon().org_kinds)
    return compile_pattern(
        rf"(?:^|(?<=[、及與和]))({_ITEM_CHAR}{{1,20}}?(?:{endings}))(?:\([^()]*\))?"
        rf"(?=[、及與和等]|{_SENT_PEOPLE}|{_COME.pattern}|$)"
    )


#: The titles of a city's head: 市長, 副市長, 代理市長.
_CITY_HEAD = rx(r"(?:代理|副)?市長")
#: What follows a city's name in the name of its government: 某市政府, 某市府.
_OF_ITS_GOVERNMENT = rx(r"政府|府")


class ReaderBase:
    """The chapter being read, the facts written so far, and shared helpers."""

    #: The dates last read in the item before, when it is a sibling of the one read.
    sibling_dates: list[DateSpan] = []  # noqa: RUF012 (replaced, never mutated)

    def _card_of(self, index: int | None) -> int | None:
        """The record card (an item whose first line is its subject, （一）/ 案由：…)
        section `index` is, or is within: none outside a card."""
        while index is not None:
            section = self.parsed.sections[index]
            text = self.parsed.text  # the line the section's title is on, up to it
            line = text[text.rfind("\n", 0, section.title_start) + 1 : section.title_start]
            if section.title_start and is_subject_label(line):
                return index
            index = section.parent
        return None

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
        #: Last parts of transliterated names borne by two people known, or naming a
        #: place (約翰‧史密斯 and 瑪莉‧史密斯; 安德森 of 安德森市): naming no one alone.
        self.shared_last_parts: set[str] = set()
        self.glossed: dict[str, str] = {}  # a Latin name's gloss in ideographs → its id
        #: a register's entries by the person heading each (第一位　某某　某國　某職): section → id
        self.entry_people: dict[int | None, str] = {}
        # paragraph → its sentences in order; (paragraph, section) → its dateline as a
        # release of its own, read once
        self._paragraphs: dict[int, list[Sentence]] = {}
        self._sections: dict[int | None, list[Sentence]] = {}  # section → its sentences
        for sentence in parsed.sentences:
            self._paragraphs.setdefault(sentence.paragraph, []).append(sentence)
            self._sections.setdefault(sentence.section, []).append(sentence)
        self._paragraph_datelines: dict[tuple[int, int | None], DateSpan | None] = {}
        self._resolved = _resolution_sentences(parsed.sentences)
        #: Places found after their country (某國某某市) that no data finds by their own
        #: name: the report may name them again alone (某某市正式成為本市第N個姊妹市).
        self.unknown_places: dict[str, Place] = {}
        #: (country, name as written) → the place an English gloss identifies (某國某某市
        #: （Some City）): the report's place of that name wherever it is named.
        self.glossed: dict[tuple[str, str], Place] = {}
        #: Names the report writes after their country (巴拿馬科隆市) for a city the same
        #: name alone finds another of (科隆市: Cologne): that city, wherever named alone.
        self.named_with_country: dict[str, Place | None] = {}
        self.section_events: dict[int, str] = {}  # section → the event it named last
        #: Events an item is titled by (（２）「某某節」。), with that title sentence: what a
        #: bare verb of the item (…前往某市參加) joins, the title its evidence.
        self.item_titles: dict[str, Sentence] = {}
        self.title_events: dict[int, str] = {}  # section → the event its title names
        #: Events dated so far only by a trip to them (率團來訪並出席「…」): its days.
        self.trip_dated: set[str] = set()
        #: Invitations received (應某市之邀) whose invitee went: (sentence, inviter, invitee).
        self.invitations_received: list[tuple[Sentence, str, str]] = []
        self.sentence: Sentence | None = None
        self.previous: Sentence | None = None  # the sentence before, in the same section
        # Invitations the event rules follow from one clause to the next:
        #: one the city received: (sentence start, inviter ids, date, clause start)
        self._invitation: tuple[int, list[str], str | None, int] | None = None
        #: the event a passive invitation in this sentence was to: (sentence start, id)
        self._invitation_event: tuple[int, str] | None = None
        #: those the city asked to come (邀請某會派員來訪), whose doing the next clause
        #: tells with no subject of its own: (sentence start, clause end, ids)
        self._asked_to_come: tuple[int, int, list[str]] | None = None
        #: an invitation naming its invitees but no event, which the next clause names
        #: (本府函邀甲市、乙市，於明年組隊來高參加「…」): (sentence start, clause end, ids,
        #: date sent)
        self._invitation_awaiting: tuple[int, int, list[str], str | None] | None = None
        #: events a body held with the city's help (本府協助某大學辦理「…」): held in the
        #: city, so those attending came to it
        self.helped_events: set[str] = set()
        #: events the city helps any other hold (本府協助某大學辦理「…」, 協助國際扶輪社某
        #: 地區於本市主辦「…」): the city is no guest at them
        self.events_helped_with: set[str] = set()
        #: the clause that named it, whose joining is what was asked, not what was done:
        #: (sentence start, clause start)
        self._invitation_taken_up: tuple[int, int] | None = None
        #: parties told working together, whose doing the next clause tells: (start, ids)
        self._co_workers: tuple[int, list[str]] | None = None
        #: an invitation whose replies the items below list: (its sentence, event, date)
        self._reply_list: tuple[Sentence, str, str | None] | None = None
        #: an invitation to a class of cities the next clause lists: (start, event, date)
        self._collective: tuple[int, str, str | None] | None = None
        #: organization id → (its name and count of aliases when read, the normalized
        #: forms of them): names only grow, so the stamp tells when to read them again
        self._org_names: dict[str, tuple[tuple[str, int], frozenset[str]]] = {}
        self._learn_glosses()

    def _learn_glosses(self) -> None:
        """The places the report identifies by an English gloss anywhere (某國某某市
        （Some City）, maybe only in its text after a heading named it bare): that place
        wherever the report names it, before the gloss too and alone (某某市)."""
        for sentence in self.parsed.sentences:
            text = sentence.norm
            if _PARENS.search(text):
                self._glossed_places(text, self._mentions_through_parens(text))
        for (_, name), place in self.glossed.items():
            self.unknown_places[name] = place
        self._learn_places_after_country()

    def _learn_places_after_country(self) -> None:
        """The cities the report names after their country anywhere (巴拉圭某某市) that
        no data finds by their own name: that place wherever the report names it alone,
        before too (a trip's stop 轉赴某省某某市 told before a section on ties names it
        with its country)."""
        for sentence in self.parsed.sentences:
            for mention in self.gaz.find_places(sentence.norm):
                name = self._name_alone(mention)
                if name is not None:
                    self.unknown_places.setdefault(name, mention.place)
                self._learn_name_shared(mention)

    def _learn_name_shared(self, mention: PlaceMention) -> None:
        """A city written after its country (巴拿馬科隆市) whose name alone finds another
        city (科隆市: Cologne): the report's city of that name, wherever it names it
        alone (a heading 與科隆市之交流 before the text names it in full). Two cities of
        one name the report writes with their countries leave the name to the data."""
        surface = normalize(mention.surface)
        at = next((n for n in range(6, 1, -1) if self.gaz.country(surface[:n])), 0)
        if not at or mention.place.label != "City":
            return
        bare = surface[at:]
        alone = [m for m in self.gaz.find_places(bare) if (m.start, m.end) == (0, len(bare))]
        if not alone or alone[0].place.id == mention.place.id:
            return
        for key in {bare, _PLACE_SUFFIX_CLOSING.sub("", bare)}:
            known = self.named_with_country.get(key, mention.place)
            same = known is not None and known.id == mention.place.id
            self.named_with_country[key] = mention.place if same else None

    def _enter_section(self, index: int | None) -> None:
        before = self.state.dates
        self.state.dates = self._heading_dates(index)
        if self._story_subheading(index) and self.state.dates.current_month is None:
            # (a story's subheading, ◆…, dates nothing: a day it then writes alone, 二十三日
            # 下午，…, is of the month the text was last in)
            self.state.dates = replace(self.state.dates, current_month=before.current_month)
        self.state.last_dates = []
        self.state.item_dates = []
        self.state.coming = None
        self.state.event = self._enclosing_event(index)
        self.state.subject = []
        section = self._section(index)
        if section is not None:
            title = normalize(section.title)
            places = [
                m.place
                for m in self._place_mentions(title)
                if not self._names_organization(title, m)
            ]
            if places or section.level == 1:
                self.state.recent_places = places

    def _story_subheading(self, index: int | None) -> bool:
        """Whether section `index` is a subheading under a bullet, no number (◆某某), as a
        story is parted: no item of a list, its text goes on from the one before."""
        section = self._section(index)
        return section is not None and not section.number and not section.is_item

    def _heading_dates(self, index: int | None) -> DateContext:
        """The dates a section's text is read against: the report period's, and the month
        of the nearest enclosing heading that is only a month (「一、七月」 above 「1.十二日，
        某團來訪」: DateContext.under_heading), or of the news release's dateline."""
        context = DateContext(self.period)
        dateline = self._release_dateline(index, context)
        if dateline is not None:  # 本月十一日, 昨（九）日: of the release's month
            return replace(context.advance([dateline]), issued=dateline.start)
        section = self._section(index)
        while section is not None:
            dated = context.under_heading(section.title)
            if dated is not context:
                return dated
            section = self._section(section.parent)
        return context

    def _release_dateline(self, index: int | None, context: DateContext) -> DateSpan | None:
        """The dateline of a news release the section's text is: the day it was issued,
        opening its first line (〔78.1.10〕某某…) or alone in brackets after its last
        sentence (…返抵國門。（78年4月18日）). It dates nothing the release tells, but
        the days it tells relative to it (昨（九）日, 本月十一日) are of its month. Only a
        release under its headline has one: a date opening or closing an ordinary item
        is the item's (（一）（82.3.5）某市長來訪…, …來訪。（82年3月5日）)."""
        if index is None or not self._in_release(index):
            return None
        own = [s for s in self._section_sentences(index) if not s.is_heading]
        return _dateline_of(own, context)

    def _report_year(self) -> int | None:
        """The (Gregorian) year the report's period starts in, if known."""
        return self.period.year if self.period else None

    def _in_release(self, index: int | None) -> bool:
        """Whether the section is a news release under its headline, or within one."""
        section = self._section(index)
        while section is not None:
            if section.headline:
                return True
            section = self._section(section.parent)
        return False

    def _paragraph_dateline(self, sentence: Sentence) -> DateSpan | None:
        """The dateline of a news release told in one paragraph with no headline over
        it (…昨（十一）日拜會市府…。（82年4月12日）): a date in brackets opening or
        closing the paragraph, where it tells days relative to it. None otherwise, as
        in an ordinary item, whose closing date is its own (…來訪。（82年3月5日）)."""
        key = (sentence.paragraph, sentence.section)
        if key not in self._paragraph_datelines:
            own = [s for s in self._paragraph_of(sentence) if s.section == sentence.section]
            told = any(RELATIVE_DAY.search(s.norm) for s in own)  # a release of its own
            self._paragraph_datelines[key] = (
                _dateline_of(own, DateContext(self.period)) if told else None
            )
        return self._paragraph_datelines[key]

    def _is_dateline(self, sentence: Sentence, span: DateSpan) -> bool:
        """Whether `span` is the dateline of the news release (under its headline) the
        sentence opens or closes: the first date of a line opening with it (〔78.1.10〕…),
        or all a sentence is (（78年4月18日）)."""
        opening = DATELINE_OPENING.match(sentence.norm)
        opens_with_it = opening is not None and span.text_end <= opening.end()
        closing = DATELINE_CLOSING.match(sentence.norm) is not None
        if not (opens_with_it or closing):
            return False  # (the common case, decided before looking at the paragraph)
        if not self._in_release(sentence.section) and not self._paragraph_dateline(sentence):
            return False
        first = self._paragraph_of(sentence)[0].start == sentence.start
        return (opens_with_it and first) or closing

    def _paragraph_of(self, sentence: Sentence) -> list[Sentence]:
        """The sentences of the paragraph (the item's line) `sentence` is in, in order."""
        return self._paragraphs[sentence.paragraph]

    def _section_sentences(self, index: int | None) -> list[Sentence]:
        """The sentences of section `index` itself (not of the items under it), in order."""
        return self._sections.get(index, [])

    def _enclosing_event(self, index: int | None) -> str | None:
        """The event an enclosing item named (「(二)2009某市運動會籌備」 above
        「2.邀請姊妹市首長出席開幕典禮」): what its sub-items speak of, until they name another."""
        section = self._section(index)
        while section is not None and section.parent is not None:
            event = self.section_events.get(section.parent)
            if event is not None:
                return event
            section = self._section(section.parent)
        return None

    def _section(self, index: int | None) -> Section | None:
        return self.parsed.sections[index] if index is not None else None

    def _in_plans_section(self, sentence: Sentence) -> bool:
        """Whether the sentence is an item of a section on the work to come (下半年工作
        重點), a resolution of a meeting (決議：請某局派員出席…) or the planned schedule
        of a work-plan item (預定進度：…): what it says is planned, not done."""
        # (not 決議：本案業經市長於九月五日…簽署，准予備查: done, told to the meeting)
        if sentence.start in self._resolved and not _RESOLUTION_DONE.search(sentence.norm):
            return True
        return bool(_PLANS_SECTION.search(self._section_titles(sentence))) or self._in_plan_field(
            sentence
        )

    def _in_plan_field(self, sentence: Sentence) -> bool:
        """Whether the sentence is in the paragraph of a work-plan item's planned schedule
        (預定進度：（一）十月間赴某市簽署…。（二）年內與某市簽訂…): planned, not done; up
        to the field of what was done, when it follows in the paragraph (…。實際執行情形：
        市長已於九月十日…簽署…)."""
        planned = False
        for told in self._paragraphs.get(sentence.paragraph, [sentence]):
            if _PLAN_FIELD.match(told.norm):
                planned = True
            elif _DONE_FIELD.match(told.norm):
                planned = False
            if told.start >= sentence.start:
                break
        return planned

    def _section_titles(self, sentence: Sentence) -> str:
        titles, index = [], sentence.section
        while index is not None:
            section = self.parsed.sections[index]
            titles.append(normalize(section.title))
            index = section.parent
        return " / ".join(reversed(titles))

    def _place_mentions(self, text: str) -> list[PlaceMention]:
        """Place mentions, reading through English in parentheses (某國(Somecountry)某某市)."""
        found = [self._in_context(m) for m in self._mentions_through_parens(text)]
        found = self._of_that_country(text, found)
        found = [self._identified(m) for m in self._glossed_places(text, found)]
        found = self._listed_in_country(text, found)
        found = self._tied_after_country(text, found)
        if any(not (m.country_prefix or m.suffix) for m in found):
            names = self._name_spans(text)
            found = [m for m in found if not self._inside_a_name(m, names)]
        for mention in found:
            name = self._name_alone(mention)
            if name is not None:
                self.unknown_places.setdefault(name, mention.place)
        return self._unknown_named_again(text, found)

    def _of_that_country(self, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """A place written after 該國 (該國首都某某市, 該國某某市): read as written after
        the country last named (a foreign one), 該國 standing for it."""
        at = text.find("該國")
        country = next(
            (
                p
                for p in self.state.recent_places
                if p.label == "Country" and p.country != self.home_place.country
            ),
            None,
        )
        if at < 0 or country is None:
            return found
        name = country.name_zh
        rest = self.gaz.find_places(name + text[at + 2 :])
        first = rest[0] if rest else None
        if (
            first is None
            or first.start != 0
            or first.end <= len(name)
            or first.place.label == "Country"
        ):
            return found
        end = at + 2 + first.end - len(name)
        mention = replace(first, start=at, end=end, surface=text[at:end])
        return sorted(
            [m for m in found if m.end <= at or m.start >= end] + [mention], key=lambda m: m.start
        )

    def _listed_in_country(self, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """A city listed right after one written with its country (某國甲市、乙市及丙市):
        a city of that country (see _city_of_country)."""
        listed: list[PlaceMention] = []
        for mention in sorted(found, key=lambda m: m.start):
            if any(m.start == mention.start for m in listed):
                continue  # read again as a city of the list's country
            previous = listed[-1] if listed else None
            carried = previous is not None and _past_gloss(text, previous.end) == mention.start - 1
            listed.append(mention)
            if (mention.country_prefix or carried) and mention.place.label == "City":
                listed.extend(self._cities_listed_after(text, mention, found))
        return listed

    def _tied_after_country(self, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """A city written after its country and the word of its tie (某國姊妹市某某市,
        某國友好城市某某市): a city of that country (see _city_of_country)."""
        tied: list[PlaceMention] = []
        for country in (m for m in found if m.place.label == "Country"):
            named = _TIED_CITY_AFTER_COUNTRY.match(text, country.end)
            # (某國姊妹市及友好城市: no city's name of its own)
            city = self._city_of_country(named, country.place, found) if named else None
            if city is None:
                continue
            found = [m for m in found if not (m.start < city.end and city.start < m.end)]
            tied.append(city)
        return sorted(found + tied, key=lambda m: m.start) if tied else found

    def _city_of_country(
        self, named: re.Match[str], country: Place, found: list[PlaceMention]
    ) -> PlaceMention | None:
        """The city `named` writes in its first group, of `country`'s country: a city of
        it though too small for the data to take it bare, or another country's city of
        the same name when taken bare; None where a mention of its own stands there
        (another span, or one written with a country of its own), or the data knows no
        such city there."""
        covering = [m for m in found if m.start < named.end() and named.start(1) < m.end]
        if any(m.country_prefix or (m.start, m.end) != named.span(1) for m in covering):
            return None
        name = named.group(1)
        place = self.gaz.resolve(name, country=country.country)
        if place is None or place.label != "City" or not self.gaz.knows(place):
            return None
        return PlaceMention(named.start(1), named.end(), name, place, True, name[-1])

    def _cities_listed_after(
        self, text: str, mention: PlaceMention, found: list[PlaceMention]
    ) -> list[PlaceMention]:
        """The cities of `mention`'s country listed after it, up to one written with a
        country of its own (某國甲市、乙國丙市), each maybe glossed in parentheses
        (某國甲市（Some City，5月1日至3日）、乙市（Other City）)."""
        after: list[PlaceMention] = []
        at = _past_gloss(text, mention.end)
        while (listed := _LISTED_CITY.match(text, at)) is not None:
            city = self._city_of_country(listed, mention.place, found)
            if city is None:
                break
            after.append(city)
            at = _past_gloss(text, listed.end())
        return after or self._bare_names_counted(text, mention)

    def _bare_names_counted(self, text: str, mention: PlaceMention) -> list[PlaceMention]:
        """The cities listed by bare names after one written bare with its country, the
        list closed by their count and the suffix they share (某國甲、乙、丙三市均派團
        與會): each name with that suffix, a city of that country, though the data may
        not know it, the count telling all listed are cities."""
        listed = _BARE_NAMES_COUNTED.match(text, mention.end)
        if mention.suffix or listed is None:
            return []
        names = re.split("[、及和暨]", listed.group(1))[1:]
        count = 2 if listed.group(2) == "兩" else numeral_value(listed.group(2))
        if count != len(names) + 1:
            return []
        cities, at = [], mention.end
        for name in names:
            at = text.index(name, at)
            place = self.gaz.resolve(name + listed.group(3), country=mention.place.country)
            if place is None or place.label != "City":
                return []
            cities.append(PlaceMention(at, at + len(name), name, place, True, None))
            at += len(name)
        return cities

    def _mentions_through_parens(self, text: str) -> list[PlaceMention]:
        """The gazetteer's place mentions in `text` read without the English in
        parentheses, at their positions in `text`."""
        kept, positions = [], []
        last = 0
        for match in _PARENS.finditer(text):
            kept.append(text[last : match.start()])
            positions.extend(range(last, match.start()))
            last = match.end()
        kept.append(text[last:])
        positions.extend(range(last, len(text)))
        positions.append(len(text))
        found = [
            replace(m, start=positions[m.start], end=positions[m.end - 1] + 1)
            for m in self.gaz.find_places("".join(kept))
        ]
        return [cut for m in found for cut in self._cut_at_gloss(text, m)]

    def _cut_at_gloss(self, text: str, mention: PlaceMention) -> list[PlaceMention]:
        """A mention read on through an English gloss is the place written before it
        when those words are no place of their own (某國某某環礁（Some Atoll）市長: not
        某某環礁市, from the 市 of 市長); 某國（Somecountry）某某市 reads on."""
        glosses = _PARENS.finditer(text, mention.start, mention.end)
        gloss = next((g for g in glosses if g.end() < mention.end), None)
        if gloss is None or self.gaz.knows(mention.place):
            return [mention]
        if self.gaz.resolve(text[mention.start : gloss.start()]) is not None:
            return [mention]
        return [
            replace(m, start=m.start + mention.start, end=m.end + mention.start)
            for m in self.gaz.find_places(text[mention.start : gloss.start()])
        ]

    def _identified(self, mention: PlaceMention) -> PlaceMention:
        """A place no data knows by its Chinese name, which the report identifies by an
        English gloss elsewhere: the place the gloss names."""
        if self.gaz.knows(mention.place):
            return mention
        key = (mention.place.country, normalize(mention.place.name_zh))
        place = self.glossed.get(key)
        return replace(mention, place=place) if place is not None else mention

    def _name_alone(self, mention: PlaceMention) -> str | None:
        """The name a city written after its country (某國某某市) goes by alone, when
        no data finds it alone: a place no data knows, or one too small to be taken
        bare (某島國首都某某市, later just 某某市 or 該市); or a place no data knows
        written after its region (某州某某市: the region tells its country)."""
        unknown = not self.gaz.knows(mention.place)
        if unknown and self._written_after_region(mention):
            return normalize(mention.place.name_zh)
        if not mention.country_prefix:
            return None
        if unknown:
            return normalize(mention.place.name_zh)
        name = normalize(mention.place.name_zh) + (mention.suffix or "")
        if mention.place.label != "City" or len(name) < 3:
            return None
        if not normalize(mention.surface).endswith(name):
            return None
        return None if self.gaz.find_places(name) else name

    @staticmethod
    def _virtual(sentence_norm: str) -> bool:
        """Whether the sentence says the thing was done from afar (以視訊方式出席), not
        counting a clause on keeping in touch afterwards (…，結束後仍透過網路保持聯繫)
        or on exchanges to come (…，雙方將定期辦理互訪及視訊交流)."""
        later = False  # 雙方將…，並推動線上…: a clause going on with 並 goes on in time too
        for part in _CLAUSE_BREAK.split(sentence_norm):
            later = bool(_AFTERWARDS.search(part) or _FUTURE.search(part)) or (
                later and part.startswith(_GOES_ON)
            )
            if _VIRTUAL.search(part) and not later:
                return True
        return False

    @staticmethod
    def _written_after_region(mention: PlaceMention) -> bool:
        """Whether a city's mention opens with its region's name (加州某某市), not with
        its country's nor its own name alone."""
        name = normalize(mention.place.name_zh)
        surface = normalize(mention.surface)
        return mention.place.label == "City" and surface.endswith(name) and surface != name

    def _unknown_named_again(self, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """A place no data knows, named alone after the report named it with its country
        (某國某某市…; later 某某市): that place, wherever the report names it again; a
        subdivision written right before it (某州某某市) only tells where it is."""
        again = []
        for name, place in self.unknown_places.items():
            for match in occurrences(name, text):
                if any(m.start < match.end() and match.start() < m.end for m in found):
                    continue
                within = self._subdivision_ending_at(found, match.start(), place)
                start = within.start if within is not None else match.start()
                if within is not None:
                    found = [m for m in found if m is not within]
                again.append(
                    PlaceMention(
                        start,
                        match.end(),
                        text[start : match.end()],
                        place,
                        within is not None and within.country_prefix,
                        name[-1],
                    )
                )
        return sorted(found + again, key=lambda m: m.start) if again else found

    @staticmethod
    def _subdivision_ending_at(
        found: list[PlaceMention], end: int, place: Place
    ) -> PlaceMention | None:
        """The mention of a subdivision of `place`'s country ending at `end`: 某州 of
        某州某某市, where the city's name follows."""
        return next(
            (
                m
                for m in found
                if m.end == end
                and m.place.admin_level == "admin1"
                and m.place.country == place.country
            ),
            None,
        )

    def _glossed_places(self, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """A city no Chinese name in the data knows, written after its country with its
        English name in parentheses (菲律賓伊洛伊洛市（Iloilo City）, 墨西哥瓜達拉哈拉市
        (Guadalajara)): the city of that English name in that country."""
        for match in _PARENS.finditer(text):
            country = [m for m in found if m.end <= match.start()][-1:] or [None]
            before = country[0]
            name = self._name_glossed(text, before, match.start())
            if before is None or name is None:
                confirmed = self._confirmed_by_gloss(text, match, found)
                if confirmed is not None:
                    found = sorted([*found, confirmed], key=lambda m: m.start)
                continue
            if not _GLOSSED_PLACE_NAME.fullmatch(name):
                continue
            english = match.group()[1:-1].strip()
            unit = before.place if before.place.admin_level == "admin1" else None
            place = self.gaz.resolve(
                name, country=before.place.country, parent=unit, name_en=english
            )
            if place is None or place.label != "City" or place.id == before.place.id:
                continue
            if not place.name_zh:
                place = replace(place, name_zh=name)
            elif name not in (place.name_zh, *place.aliases):  # the name as this text writes it
                place = replace(place, aliases=(*place.aliases, name))
            self.glossed.setdefault((place.country, name), place)
            mention = PlaceMention(
                before.start,
                match.start(),
                text[before.start : match.start()],
                place,
                before.country_prefix or before.place.label == "Country",
                name[-1] if name.endswith("市") else None,
            )
            found = [m for m in found if m is not before] + [mention]
        return sorted(found, key=lambda m: m.start)

    def _name_glossed(self, text: str, before: PlaceMention | None, gloss: int) -> str | None:
        """The name an English gloss at `gloss` may identify, after the place mention
        `before`: the words after a country (某國某某市（…）, 某國某某環礁（…）) or after a
        subdivision (某國某州某某市（…）), or a city no data knows written after its
        country (某國某某市（…）)."""
        if before is None:
            return None
        if before.place.label == "Country":
            return text[before.end : gloss]
        if before.place.admin_level == "admin1":
            name = text[before.end : gloss]
            return name if _GLOSSED_PLACE_NAME.fullmatch(name) else None
        if self._unknown_after_country(before, gloss):
            return before.place.name_zh
        return None

    def _unknown_after_country(self, mention: PlaceMention, end: int) -> bool:
        """Whether `mention`, ending at `end`, is a city no data knows written after its
        country (某國某某市), which an English gloss after it may identify."""
        return (
            mention.end == end
            and mention.country_prefix
            and mention.place.label == "City"
            and not self.gaz.knows(mention.place)
        )

    def _confirmed_by_gloss(
        self, text: str, match: re.Match[str], found: list[PlaceMention]
    ) -> PlaceMention | None:
        """A city too small to be taken bare, written with its own English name in
        parentheses and no country (克薩爾特南戈市（Quetzaltenango）, 科隆市（Colón）):
        the city the Chinese name resolves to, when its English name is the gloss."""
        name = _CITY_NAME_CLOSING.search(text[: match.start()])
        if name is None or any(m.start < match.start() and m.end > name.start() for m in found):
            return None
        english = match.group()[1:-1].strip()
        place = self.gaz.resolve(name.group())
        if place is None or place.label != "City" or not english:
            return None
        if slug(place.name_en).replace("-", "") != slug(english).replace("-", ""):
            return None
        return PlaceMention(name.start(), match.start(), name.group(), place, False, "市")

    def _in_context(self, mention: PlaceMention) -> PlaceMention:
        """A name two places share, written bare, is the one the text just named with
        its country: 科隆市 after 巴拿馬科隆市 is Colón, not Cologne; 聖荷西 after
        哥斯大黎加聖荷西市 is San José, Costa Rica."""
        if mention.country_prefix:
            return mention
        key = normalize(mention.surface)
        keys = {key, _PLACE_SUFFIX_CLOSING.sub("", key)}
        for place in self.state.recent_places:
            if place.id == mention.place.id:
                return mention
            names = {normalize(n) for n in (place.name_zh, *place.aliases)}
            same_kind = (place.label, place.admin_level) == (
                mention.place.label,
                mention.place.admin_level,
            )
            if same_kind and keys & names:  # 甲市 after 甲縣 stays the city
                return replace(mention, place=place)
        shared = [self.named_with_country.get(k) for k in keys]
        place = next((p for p in shared if p is not None), None)
        if place is not None and place.admin_level == mention.place.admin_level:
            return replace(mention, place=place)  # 科隆市, named 巴拿馬科隆市 in the report
        return self._named_in_report(mention, keys)

    def _named_in_report(self, mention: PlaceMention, keys: set[str]) -> PlaceMention:
        """A name two places share, written bare, is the one place of that name the
        report named before, however long ago (美國某市 in the overview, then 持續與某市
        洽談 in the plans): not the other place of that name."""
        if mention.place.id in self.facts.entities:
            return mention
        named = []
        for entity in self.facts.entities.values():
            if entity.label != Label.CITY or entity.id == mention.place.id:
                continue
            if keys & {normalize(n) for n in (entity.name_zh, *entity.aliases)}:
                place = self.gaz.get(entity.id)
                if place is not None and place.admin_level == mention.place.admin_level:
                    named.append(place)
        return replace(mention, place=named[0]) if len(named) == 1 else mention

    def _names_organization(self, text: str, mention: PlaceMention) -> bool:
        """Whether a place written bare (no 市/縣 after it) opens an organization's name:
        某州大學, 某都產業大學, 某市國際交流財團 name a university or a foundation
        located there, not the place (某市議會, 某市政府 keep their city)."""
        if mention.place.label == "Country":
            return False
        run = _HAN_WORDS.match(text[mention.end :])
        if run is None:
            return False
        if mention.suffix:  # 某市議會, 某市交響樂團: the ending right after 市
            return any(
                run.group().startswith(ending) and kind in _SUFFIXED_KINDS
                for ending, kind in self.lex.org_kinds.items()
            )
        for end in range(1, len(run.group()) + 1):
            words = run.group()[:end]
            name = mention.surface[-1] + words  # the name with its place
            ending = self.lex.org_ending(name)
            if ending is None or self.lex.org_kinds[ending] not in _OWN_NAME_KINDS:
                continue
            # 某市高雄姊妹市協會: the words before its ending (姊妹市協會) break nothing
            if not _ORG_RUN_BREAK.search(name[1 : -len(ending)]):
                return True
        return False

    def _in_mission_name(self, text: str, mention: PlaceMention) -> bool:
        """Whether a city is written inside the name of a mission (a representative
        office): where it sits (駐某市辦事處, 駐某市甲國代表部) or the name it goes by
        (駐某國臺北經濟文化辦事處, 甲國臺北辦事處); not a city's own office (某市政府
        駐臺辦事處, 某市辦事處), nor the home city, the seat of the missions it receives."""
        seat = text[max(0, mention.start - 1) : mention.start] == "駐"
        if mention.place.label == "Country" or mention.place.id == self.home_place.id:
            return False
        if mention.suffix and not seat:
            return False
        run = _HAN.match(text, mention.end)
        words = run.group()[:_MISSION_NAME_LENGTH] if run else ""
        stop = _BODY_NAME_END.search(words)  # 某市與某國辦事處, 赴某市拜會某代表處
        words = words[: stop.start()] if stop else words
        return any(
            self.lex.org_kind(mention.surface[-1] + words[:end]) == "representative_office"
            for end in range(1, len(words) + 1)
        )

    def _find_places(self, clause: Clause) -> None:
        found: list[tuple[int, int, str]] = []
        held: list[tuple[int, int, str]] = []  # places written only as a body's seat
        met = list(self._people_met_in(clause.norm))
        known_before = list(self.state.recent_places)
        for mention in self._place_mentions(clause.norm):
            if self._names_organization(clause.norm, mention):
                # 某市議會議長…率團來訪，…邀請該市龍舟隊: the city the body is of is the
                # one 該市 then speaks of
                if mention.place.label != "Country" and mention.suffix:  # (not 某臺中學)
                    self._remember(mention.place)
                continue
            if self._in_mission_name(clause.norm, mention):
                # 駐某市臺北經濟文化辦事處: no party, and not the city 該市 speaks of
                held.append(
                    (mention.start, mention.end, self.facts.place(mention.place, mention.surface))
                )
                continue
            if clause.norm.startswith("之", mention.end) and self._body_at(
                clause.norm, mention.end + 1
            ):
                # 某市之某某協會: where the body is, no party (nor found again as 某市)
                held.append(
                    (mention.start, mention.end, self.facts.place(mention.place, mention.surface))
                )
                self._remember(mention.place)
                continue
            if self._surname_with_title(clause.norm, mention) or _in_person_name(mention, met):
                continue
            place = self._stem_of_recent(mention) or mention.place
            surface = mention.surface if place is mention.place else None
            found.append((mention.start, mention.end, self.facts.place(place, surface)))
            self._remember(place)
        named_in_clause = list(self.state.recent_places)
        for word, kind in _ANAPHORA.items():
            for match in occurrences(word, clause.norm):
                both = word.startswith("兩") and kind == "city"  # 兩市, 兩港市, 兩城市
                pair = self._pair_referred(clause) if both else []
                # 該市成為…繼甲市、乙市之後…: what 該市 speaks of was named before it
                if word.startswith("該"):
                    self.state.recent_places = self._places_named_by(
                        match.start(), clause, named_in_clause, known_before
                    )
                referred = pair or [self._referred_place(kind, word, clause)]
                self.state.recent_places = named_in_clause
                for place in referred:
                    if place is not None:
                        found.append((match.start(), match.end(), self.facts.place(place)))
        found.extend(self._named_again(clause.norm, found + held))
        for match in _SHORT_CITY.finditer(clause.norm):
            if any(start < match.end() and match.start() < end for start, end, _ in found + held):
                continue  # part of a name already found (某某市) or an anaphora (該市)
            place = self._short_form(match.group(1))
            if place is not None:
                found.append((match.start(), match.end(), self.facts.place(place)))
        clause.places = sorted(found)
        clause.seats = held

    def _places_named_by(
        self, at: int, clause: Clause, named: list[Place], known_before: list[Place]
    ) -> list[Place]:
        """The places recently named as they stood at `at` of the clause (該市成為…繼甲市、
        乙市之後: 甲市 and 乙市 are not yet named where 該市 is): `named` (all the clause
        names) unless some place is named only after `at`, then those named before it,
        the last first, and those named before the clause."""
        mentions = self._place_mentions(clause.norm)
        if all(m.end <= at for m in mentions):
            return named
        earlier = [m.place for m in sorted(mentions, key=lambda m: -m.end) if m.end <= at]
        return list({p.id: p for p in [*earlier, *known_before]}.values())

    @staticmethod
    def _clause_before(clause: Clause) -> str:
        """The clause of the sentence right before `clause` ("" for its first)."""
        return _CLAUSE_BREAK.split(clause.sentence.norm[: clause.start].rstrip(",;"))[-1]

    def _pair_referred(self, clause: Clause) -> list[Place]:
        """The two foreign cities 兩市 takes up when the clause before it names just them,
        one after the other (邀請某國甲市及某國乙市參加，兩市…): both, not the home city
        and the one named last."""
        before = self._clause_before(clause)
        if not clause.start or not before:
            return []
        mentions = self._place_mentions(before)
        cities = [
            m for m in mentions if m.place.label == "City" and m.place.id != self.home_place.id
        ]
        if len(cities) != 2 or cities[0].place.id == cities[1].place.id:
            return []
        first, second = cities
        gap = before[first.end : second.start]
        for mention in mentions:  # the second's country before it (甲市及某國乙市)
            if first.end <= mention.start and mention.end <= second.start:
                gap = gap.replace(mention.surface, "")
        return [first.place, second.place] if _JOINER.fullmatch(gap) else []

    def _referred_place(self, kind: str, word: str, clause: Clause) -> Place | None:
        """The place 該市 (…) refers to: the one named last, but not a city named after
        the city the sentence opens with in its opening clause as another's, in
        apposition after a tie word; then the subject (甲市與本市友好城市乙市相鄰，…本府
        規劃與該市締結友好城市: 甲市). A city a verb goes to or meets (甲市某協會拜會乙市
        政府，…與該市簽署…) is what 該市 speaks of."""
        place = self._antecedent(kind, word)
        if place is None or kind != "city" or clause.start == 0:
            return place
        opening = _CLAUSE_BREAK.split(clause.sentence.norm, maxsplit=1)[0]
        mentions = sorted(self._place_mentions(opening), key=lambda m: m.start)
        cities = [
            m
            for m in mentions
            if m.place.admin_level in ("city", "district") and m.place.id != self.home_place.id
        ]
        later = next((m for m in cities[1:] if m.place.id == place.id), None)
        if later is None or not self._in_apposition(opening, later, mentions):
            return place
        at = 0  # the subject opens the sentence, maybe after its country (某國某縣甲市)
        for mention in mentions:
            if mention is cities[0] or mention.start != at:
                break
            at = mention.end
        return cities[0].place if at == cities[0].start else place

    @staticmethod
    def _in_apposition(text: str, city: PlaceMention, mentions: list[PlaceMention]) -> bool:
        """Whether `city` is written after a tie word naming it another's (與本市姊妹市
        某國乙市), not as where a verb goes (赴姊妹市乙市, 拜會本市友好城市乙市)."""
        at = city.start
        for mention in reversed(mentions):  # its country before it (某國乙市)
            at = mention.start if mention.end == at else at
        tie = _TIE_BEFORE_CITY.search(text, 0, at)
        if tie is None or _GONE_TO.search(text, 0, at):
            return False
        return not _OBJECT_VERB_CLOSING.search(text, 0, tie.start())

    def _name_spans(self, text: str) -> list[tuple[int, int]]:
        """Where `text` writes a person's name: one the reader has met, or one read here
        beside its title (某縣某市市長王中山, 某市王中山市長)."""
        spans = [(s, e) for s, e in self._people_met_in(text) if e - s >= 3]
        people = find_name_then_post(text, self.gaz) + find_title_then_name(text, self.gaz)
        for person in people + find_name_before_title(text, self.gaz):
            at = text.find(person.name, person.start, person.end)
            if at >= 0:
                spans.append((at, at + len(person.name)))
        return spans

    @staticmethod
    def _inside_a_name(mention: PlaceMention, names: list[tuple[int, int]]) -> bool:
        """Whether a place written bare (no country before it, no 市/縣 after it) is a
        part of a person's name (王中山 holds 中山, 李台北 holds 台北): no place there."""
        if mention.country_prefix or mention.suffix:
            return False
        return any(
            s <= mention.start and mention.end <= e and (s, e) != (mention.start, mention.end)
            for s, e in names
        )

    def _surname_with_title(self, text: str, mention: PlaceMention) -> bool:
        """「山田市長」 after 「某市市長山田太郎」: a person named before, called again by
        surname and title; the 「山田市」 it spells is no place here."""
        stem = mention.surface[:-1]
        if not (mention.surface.endswith("市") and text[mention.end : mention.end + 1] == "長"):
            return False
        return len(stem) >= 1 and any(
            name.startswith(stem) and len(name) > len(stem) + 1 and not name.endswith("長")
            for name in self.people
        )

    def _people_by_position(self, text: str) -> list[tuple[int, str]]:
        """The people met before whom `text` names, each with where it names them last:
        max() of it is the one named last."""
        return [
            (text.rfind(name), pid)
            for name, pid in self.people.items()
            if name in text and not self._part_of_name_written(name, pid, text)
        ]

    def _part_of_name_written(self, name: str, pid: str, text: str) -> bool:
        """Whether `name` is the last part of the same person's full name, written in
        `text` (史密斯 in 約翰‧史密斯): the full name is where they stand."""
        return any(
            other != name and other.endswith(name) and other in text
            for other, same in self.people.items()
            if same == pid
        )

    def _people_met_in(self, text: str) -> Iterator[tuple[int, int]]:
        """Where `text` writes the name of a person the reader has met."""
        for name in self.people:
            written = normalize(name)
            if written in text:  # (most people met are not named in a given text)
                for match in occurrences(written, text):
                    yield match.start(), match.end()

    def _named_again(
        self, text: str, found: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """A city named in full just before (某國某州某某市), now by its own name
        alone (本府與某某市簽署…), which the gazetteer does not take bare (too small)."""
        again: list[tuple[int, int, str]] = []
        for place in self.state.recent_places:
            if place.id == self.home_place.id or place.label != "City" or len(place.name_zh) < 2:
                continue
            for match in re.finditer(re.escape(normalize(place.name_zh)) + "市?", text):
                taken = found + again
                # 愛丁堡大學 after 愛丁堡: the university, not the city again
                written = PlaceMention(
                    match.start(),
                    match.end(),
                    match.group(),
                    place,
                    False,
                    match.group()[-1:] if match.group().endswith("市") else None,
                )
                if self._names_organization(text, written):
                    continue
                if not any(s < match.end() and match.start() < e for s, e, _ in taken):
                    again.append((match.start(), match.end(), self.facts.place(place)))
        return again

    def _stem_of_recent(self, mention: PlaceMention) -> Place | None:
        """The place just named in full that a name written bare, with no suffix of its
        own, is short for (日本某某縣副知事…來訪，…推動某某與高雄間定期包機: the
        prefecture, not a city of the same stem)."""
        if mention.suffix or mention.place.label != "City":
            return None
        return next(
            (
                p
                for p in self.state.recent_places
                if p.id != mention.place.id
                and p.label == "City"
                and p.country == mention.place.country
                and normalize(p.name_zh).startswith(mention.surface)
            ),
            None,
        )

    def _remember(self, place: Place) -> None:
        recent = [p for p in self.state.recent_places if p.id != place.id]
        self.state.recent_places = [place, *recent][:8]

    def _antecedent(self, kind: str, word: str) -> Place | None:
        for place in self.state.recent_places:
            if place.id == self.home_place.id or (place.label == "Country" and kind != "any"):
                continue
            if (
                kind in ("any", "place")
                or place.admin_level == kind
                or (kind == "city" and place.admin_level in ("city", "district"))
            ):
                return place
        return None

    def _short_form(self, first: str) -> Place | None:
        """The city just mentioned whose name begins with `first` (甲 → 甲乙丙市)."""
        for place in self.state.recent_places:
            if (
                place.id != self.home_place.id
                and place.admin_level in ("city", "district")
                and len(place.name_zh) > 1
                and place.name_zh.startswith(first)
            ):
                return place
        return None

    def _year_hint(self, spans: list[DateSpan]) -> int | None:
        """The year of what a clause tells: its first date's, else the paragraph's, else
        the report's; the report's when the paragraph's last is a plan's (雙方並就明年
        擴大交流交換意見。訪問團另參訪某市…: the deed after it is of the year told)."""
        if spans:
            return spans[0].year
        dates = self.state.dates
        if dates.planned_year and dates.report_year:
            return dates.report_year
        return dates.current_year or (self.period.year if self.period else None)

    def _clause_at(self, sentence: Sentence, at: int, spans: list[DateSpan]) -> Clause:
        """The clause of `sentence` (split at ，and ；) holding offset `at`, with its dates,
        places and events found, to be read by a rule as the prose reader reads it."""
        offset = 0
        parts = _CLAUSE_BREAK.split(sentence.norm)
        for part in parts:
            if at < offset + len(part) or part is parts[-1]:
                break
            offset += len(part) + 1
        clause = Clause(sentence, part, offset)
        clause.dates = [d for d in spans if offset <= d.text_start < offset + len(part)]
        clause.earlier_dates = [d for d in spans if d.text_start < offset]
        clause.later_dates = [d for d in spans if d.text_start >= offset + len(part)]
        self._find_places(clause)
        self._find_events(clause, spans)
        return clause

    def _rule_hosting(self, clause: Clause) -> None:
        """Who holds the events the clause names: read by EventRules, which overrides
        this; other rules (a list of guests after the event) call it for one clause."""
        raise NotImplementedError

    def _find_events(self, clause: Clause, spans: list[DateSpan]) -> None:
        mentions = find_events(clause.norm, is_recurring(clause.norm), self._report_year())
        for mention in mentions or self._title_held_next(clause):
            if self._bare_alias_elsewhere(clause, mention) or _wish_time(clause.norm, mention):
                continue
            # (本市與某市自民國55年締結…，本期適逢某市主辦「…」: a year something began
            # since is no edition's)
            # (a clause of no date of its own: not a later clause's time to come, the
            # 明年 of another event: …、首度組團出席「某市民日」，以及…出席明年首屆「…」)
            # (but 該博覽會將於明年舉行: the event named, spoken of again, is dated so)
            said = clause.sentence.norm
            end = clause.start + len(clause.norm)
            dated = [
                d
                for d in spans
                if not d.since
                and not (
                    d.text_start >= end
                    and _TIME_TO_COME_WORD.fullmatch(said[d.text_start : d.text_end])
                    and not _names_event_again(said[end : d.text_start])
                )
            ]
            year = mention.year or self._year_hint(clause.dates or dated)
            at = clause.start + mention.start
            said = [d for d in clause.dates if 0 <= at - d.text_end <= 2]
            if said and mention.offset:
                year = said[-1].year  # 明年之某市燈會: the year word, read as a date
            elif year is not None and not mention.year:
                year += mention.offset
            if not mention.year and is_recurring(clause.norm) and self.period is not None:
                # 「自2005年起每年均派團參加…某某節」: the edition spoken of is this year's;
                # the years since become inferred rows
                # (本年, as 今年 is read): the year last written may be a past one the
                # paragraph told of (於95年締結姊妹市後，…本府自98年起每年…)
                year = self.state.dates.report_year or self.period.year
            if year is None:
                continue
            year = self._postponed(clause, year)
            event_id = self._part_of_own_event(clause, mention) or self._event(mention, year)
            clause.events.append((mention.start, mention.end, event_id))
            if self._host_named_after(clause, mention.end):
                continue  # 「2030某某運動會」主辦城市某國某市: not the event spoken of
            self.state.event = event_id
            self.state.sentence_events.append(event_id)
            if clause.sentence.section is not None:
                self.section_events[clause.sentence.section] = event_id
                if _TITLE_SENTENCE.match(clause.sentence.norm):
                    self.title_events[clause.sentence.section] = event_id
        refers = _EVENT_ANAPHOR.search(clause.norm)
        if not clause.events and refers and self.state.event:
            event_id = self.state.event
            dated = _YEAR_CLOSING.search(clause.norm[: refers.start()])
            if dated and refers.group() == "大會":  # 本市主辦2013年大會: that year's edition
                series = self.facts.entities[event_id].properties.get("series")
                if series:
                    event_id = self._edition(str(series), event_id, int(dated.group(1)))
            clause.events.append((refers.start(), refers.end(), event_id))
        if not clause.events:
            self._event_held_bare(clause)
        if not clause.events:
            self._event_of_kind_joined(clause)
        if not clause.events:
            self._event_told_short(clause)
        if not clause.events:
            self._celebration_told_by_occasion(clause)
        if not clause.events:
            self._series_of_event_named_again(clause)
        for _, _, event_id in clause.events:
            self._date_event(event_id, clause)

    def _title_held_next(self, clause: Clause) -> list[EventMention]:
        """A name in quotes that is all its sentence is, titling an item (（２）「八十二年
        某某聯誼會」。), whose next sentence holds or joins with no object (本府於12月20日
        舉辦, …應邀出席): an event, though its ending alone (聯誼會) may name a body; read
        as it would be after a verb of holding. No mention for any other clause."""
        sentence = clause.sentence
        if not _TITLE_SENTENCE.match(sentence.norm):
            return []
        later = [s for s in self._paragraph_of(sentence) if s.start > sentence.start][:1]
        if not later or not any(
            _BARE_VERB_CLOSING.search(part) for part in _CLAUSE_BREAK.split(later[0].norm)
        ):
            return []
        verb = "舉辦"
        held = find_events(verb + clause.norm, False, self._report_year())
        return [replace(m, start=m.start - len(verb), end=m.end - len(verb)) for m in held]

    def _event_held_bare(self, clause: Clause) -> None:
        """「（２）「某某文化節」。本府於11月12日至14日舉辦，…」: a clause closing on a
        verb of holding or joining with no object (本府…舉辦, …前往某市參加) holds or
        joins the event its item is titled by, when no other has been spoken of since."""
        if not _BARE_VERB_CLOSING.search(clause.norm) or clause.sentence.section is None:
            return
        section = clause.sentence.section
        first = self._section_sentences(section)[0]
        titled = self.title_events.get(section)
        titling = first is not clause.sentence and _TITLE_SENTENCE.match(first.norm)
        if titling and titled is not None and titled == self.state.event:
            at = len(clause.norm.rstrip("。."))  # right after the verb
            clause.events.append((at, at, titled))
            self.item_titles[titled] = first

    def _title_told(self, event: tuple[int, int, str]) -> list[Sentence]:
        """For an event a bare verb joins or holds (no words of the clause name it), the
        sentence titling its item, which names it; none for an event named."""
        start, end, event_id = event
        title = self.item_titles.get(event_id)
        return [title] if start == end and title is not None else []

    def _event_told_short(self, clause: Clause) -> None:
        """「獲某市邀請出席9月29日之亞運開幕典禮」: an event the report named (第14屆亞洲
        運動會) told by its two-character short form (亞運: the first character of its
        name and one of the rest, in order) before its opening or closing: that event."""
        for short in _SHORT_EVENT.finditer(clause.norm):
            word = short.group(1)
            for event_id in reversed(self.state.sentence_events or [self.state.event or ""]):
                event = self.facts.entities.get(event_id)
                series = (
                    self.facts.entities.get(str(event.properties.get("series"))) if event else None
                )
                key = normalize(series.name_zh) if series else ""
                if len(key) > 2 and key[0] == word[0] and word[1] in key[1:]:
                    clause.events.append((short.start(1), short.end(1), event_id))
                    return

    def _series_of_event_named_again(self, clause: Clause) -> None:
        """「在玫瑰節大遊行中演出」: the series of the event spoken of named again by its
        own name, bare (玫瑰節 after 「第七十七屆玫瑰節」), where one performs at it:
        that edition; not one told as once done (本市舞蹈團曾於民國九十年在玫瑰節大遊行中
        演出), in another year, or with 曾."""
        performed = _PERFORMED_IN_NAMED.search(clause.norm)
        if not performed or "曾" in clause.norm[: performed.end()]:
            return
        spoken = self.facts.entities.get(self.state.event or "")
        series = self.facts.entities.get(str(spoken.properties.get("series"))) if spoken else None
        if spoken is None or series is None:
            return
        year = spoken.properties.get("year")
        if year and any(str(d.year) != str(year) for d in clause.dates):
            return
        for name in sorted({normalize(n) for n in [series.name_zh, *series.aliases]}, key=len)[
            ::-1
        ]:
            at = clause.norm.find(name) if len(name) >= 3 else -1
            if at >= 0:
                clause.events.append((at, at + len(name), spoken.id))
                return

    def _celebration_told_by_occasion(self, clause: Clause) -> None:
        """「本市將迎來建市十週年」: a celebration the report named (建市十週年慶祝大會)
        told by its occasion alone, the words before its kind: that event, spoken of."""
        for event in list(self.facts.entities.values()):
            if event.label != Label.EVENT:
                continue
            for name in {
                normalize(n).lstrip("0123456789") for n in [event.name_zh, *event.aliases]
            }:
                occasion = _CELEBRATION_KIND.sub("", name)
                if occasion != name and len(occasion) >= 4 and occasion in clause.norm:
                    at = clause.norm.find(occasion)
                    clause.events.append((at, at + len(occasion), event.id))
                    self.state.event = event.id
                    return

    def _event_of_kind_joined(self, clause: Clause) -> None:
        """「林參議赴某市出席研討會時」: an event joined by its kind alone (研討會, 論壇)
        is the last of that kind the section named (「2002某某研討會」 in its table),
        not another event spoken of since."""
        joined = _KIND_JOINED.search(clause.norm)
        section = clause.sentence.section
        if joined is None or section is None:
            return
        spans = {
            (s.start, s.end)
            for s in self.parsed.sentences
            if s.section == section and s.start < clause.sentence.start
        }
        named = [
            r.source
            for r in self.facts.relations.values()
            if r.type == RelType.EDITION_OF
            and any((e.start, e.end) in spans for e in r.evidence)
            and normalize(self.facts.entities[r.source].name_zh).endswith(joined.group(1))
        ]
        if named:
            clause.events.append((joined.start(1), joined.end(1), named[-1]))

    def _part_of_own_event(self, clause: Clause, mention: EventMention) -> str | None:
        """A reception the city holds within the days of its own event the item is about
        (元宵節（2月26日）晚間本府另舉辦「外賓賞燈晚會」 during 「某燈會」 of 2月23日至
        3月3日): a part of that event, whose guests take part in it; None otherwise."""
        if event_kind(mention.name) not in _PART_KINDS:
            return None
        spoken = self.state.event
        event = self.facts.entities.get(spoken or "")
        if spoken is None or event is None or not self._home_hosts(spoken):
            return None
        start, end = event.properties.get("start"), event.properties.get("end")
        if not (isinstance(start, str) and isinstance(end, str)) or start == end:
            return None
        if not self._home_acts(_DATE_PREFIX.sub("", clause.norm[: mention.start])):
            return None
        days = [d.start for d in clause.dates if d.precision == "day"]
        return spoken if days and all(start <= day <= end for day in days) else None

    def _bare_alias_elsewhere(self, clause: Clause, mention: EventMention) -> bool:
        """Whether a series named bare by a generic alias, without its host's name
        (每年均派團參加燈會, 某節), is spoken of at another place than its host (某市為
        本市友好城市，本府每年均組團赴該市參加燈會: that city's own festival). The
        host is the place spoken of when the series is the event spoken of, when the
        home host is named as here (來高參加燈會, 參加本市燈會), or when the last place
        named before it is the host; with no place named, the alias is taken."""
        entry = self.lex.series_for(mention.series_key) if mention.bare else None
        host = self.gaz.get(entry.host) if entry is not None and entry.host else None
        if entry is None or host is None or host.name_zh[:2] in mention.series_key:
            return False
        spoken = self.facts.entities.get(self.state.event or "")
        if spoken is not None and spoken.properties.get("series") == entry.id:
            return False
        before = clause.norm[: mention.start]
        if host.id == self.home_place.id and (_COME.search(before) or "本市" in before):
            return False
        named = [pid for _, end, pid in clause.places if end <= mention.start]
        named = named or self.state.clause_places
        return bool(named) and named[-1] != host.id

    def _host_named_after(self, clause: Clause, event_end: int) -> bool:
        """Whether the event named ending at `event_end` qualifies another host named
        right after it (「…」主辦城市某國某市): that place's event, not the home city's."""
        host = _HOST_NAMED_AFTER.match(clause.norm[event_end:].lstrip("」"))
        if host is None:
            return False
        after = event_end + host.end() + (clause.norm[event_end : event_end + 1] == "」")
        return any(pid != self.home and 0 <= start - after <= 6 for start, _, pid in clause.places)

    def _postponed(self, clause: Clause, year: int) -> int:
        """「原訂今年11月舉辦之…論壇，因疫情延期至明年舉辦」: the edition that will take
        place is the later year's. Put off more than once (原訂去年11月…延至今年10月；
        惟…再延至明年), it stands where the last move put it; 今年 and 明年 count from
        the report's year, not from the date first set. The paragraph's later
        sentences (…延至今年10月；惟…決定再延至明年舉辦) tell the moves too."""
        if not _FIRST_SET.search(clause.norm):
            return year
        here = clause.sentence
        rest = "".join(s.text for s in self._paragraph_of(here) if s.start >= here.start)
        moves = list(_POSTPONED.finditer(normalize(rest)))
        if not moves:
            return year
        word = moves[-1].group(1)
        if word in ("明年", "今年", "本年"):
            base = self.state.dates.report_year or year
            return base + (word == "明年")
        later = int(word[:-1])
        return later + 1911 if later < 1911 else later

    def _edition(self, series_id: str, like: str, year: int) -> str:
        """The `year` edition of the series `like` (an event id) belongs to."""
        event_id = f"{like.rsplit(':', 1)[0]}:{year}"
        if event_id not in self.facts.entities:
            known = self.facts.entities[like]
            old = str(known.properties.get("year", ""))
            self.facts.add_entity(
                event_id,
                Label.EVENT,
                known.name_zh.replace(old, str(year)) if old else known.name_zh,
                known.name_en.replace(old, str(year)) if old else known.name_en,
                {"kind": known.properties.get("kind"), "series": series_id, "year": year},
            )
            self.facts.relate(RelType.EDITION_OF, event_id, series_id, self._here())
        return event_id

    def _event(self, mention: EventMention, year: int) -> str:
        hosts_own = self._event_of_host_named(mention.series_key, year)
        if hosts_own is not None:
            # 參加某市「某某祭」, then 「2025某市某某祭」: one edition, named with its host
            self.facts.entities[hosts_own].merge_aliases([self._as_written(mention.name)])
            return hosts_own
        entry = self.lex.series_for(mention.series_key)
        if entry is not None:
            series_id, series_zh, series_en = entry.id, entry.name_zh, entry.name_en
        else:
            series_id = f"series:{id_fragment(mention.series_key)}"
            series_zh, series_en = mention.series_key, mention.name_en.partition(",")[0]
        self.facts.add_entity(series_id, Label.EVENT_SERIES, series_zh, series_en)
        event_id = edition_id(series_id, year)
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
        written = [self._as_written(mention.name), self._as_written(without_gloss(mention.name))]
        self.facts.entities[event_id].merge_aliases(written)
        sentence = self._here()
        self.facts.relate(RelType.EDITION_OF, event_id, series_id, sentence)
        # (an edition only a yearly clause implies, like the years before it, is no
        # edition the text tells the holding of)
        if entry is not None and entry.host and entry.host != event_id and not mention.bare:
            host = self.gaz.get(entry.host)  # the series is that place's own event
            if host is not None:
                host_id = self.facts.place(host)
                self.facts.relate(RelType.HOSTED, host_id, event_id, sentence, inferred=True)
        return event_id

    def _event_of_host_named(self, key: str, year: int) -> str | None:
        """The edition already read of a series whose name `key` writes after its host's
        (某市某某祭 after 某市「某某祭」, the place holding it): that edition, the same
        event; None for any other name."""
        opening = self._place_mentions(key)[:1]
        if not opening or opening[0].start != 0 or opening[0].end >= len(key):
            return None
        series_id = f"series:{id_fragment(key[opening[0].end :])}"
        event_id = edition_id(series_id, year)
        host = self.facts.place(opening[0].place)
        known = event_id in self.facts.entities and self.lex.series_for(key) is None
        return event_id if known and self._hosts(host, event_id) else None

    def _date_event(self, event_id: str, clause: Clause) -> None:
        """An event's own dates: a date of its year in the clause that names it, or in
        the clause before (「104年11月10日至13日，由觀光局…參加」). The days of a trip
        to it (某市長於5月10日至14日率團來訪並出席「…論壇」) are the trip's: the event's
        own days, told where it is held (本府於5月11日至13日主辦「…論壇」), stand
        instead."""
        event = self.facts.entities[event_id]
        year = event.properties.get("year")
        # the year an event's name opens with (「八十六年某某節」) is no date of the clause
        named = [(clause.start + s, clause.start + e) for s, e, _ in clause.events]
        own = [d for d in clause.dates if not any(s <= d.text_start < e for s, e in named)]
        candidates = own or clause.earlier_dates[-1:]
        words = clause.norm
        if not own and candidates:
            # a date of the clause before (2月25日,某市長一行來訪,率某團參加「…」): the
            # words from it on tell whether it is a trip's
            words = clause.sentence.norm[candidates[0].text_end : clause.start + len(words)]
        for span in clause.dates:
            words = words.replace(normalize(span.text), "")  # 5月11日至13日 goes nowhere
        trip = bool(_COME.search(words) or _GO.search(words))
        if "start" in event.properties and (trip or event_id not in self.trip_dated):
            return
        opened_closed = _opened_then_closed(clause.sentence.norm, own)
        if opened_closed is not None and opened_closed[0].year == year:
            event.properties["start"] = opened_closed[0].start
            event.properties["end"] = opened_closed[1].start
            self.trip_dated.discard(event_id)
            return
        for span in candidates:
            if span.year == year and span.precision == "day":
                event.properties["start"] = span.start
                event.properties["end"] = span.end or span.start
                if trip:
                    self.trip_dated.add(event_id)
                else:
                    self.trip_dated.discard(event_id)
                return

    def _period_props(self) -> dict[str, object]:
        if self.period is None:
            return {}
        return {"start": self.period.start, "end": self.period.end, "year": self.period.year}

    def _affiliation(
        self, person: PersonMention, inherited: Place | None
    ) -> tuple[str | None, Place | None]:
        """The entity a person's title belongs to, and the place it is in; no entity
        where the words before the title name none (該會 with nothing named before)."""
        # 友邦索羅門群島外交部: 友邦 (an ally) describes the country, is not its name;
        # 陳市長於市府接見某國駐華大使館: the body is named after 接見
        text = affiliation_words(person.affiliation)
        # 本市姊妹市某國某市經濟發展處: what the place is to us is no part of the body's name
        text = self._without_tie_after_country(_OURS_BEFORE.sub("", text))
        # 美國某某市（Springfield）, 日本某某會（某某協會）: glosses are not the name
        text = _GLOSS.sub("", text)
        published = _PUBLICATION_CLOSING.search(text)
        if published is not None:  # 某國《某某報》總編輯: the paper, of the place before it
            places = self._place_mentions(text[: published.start()])
            place = places[-1].place if places else inherited
            name = published.group(1)
            return self._organization(name, self.lex.org_kind(name) or "media", place), place
        apposed = self._apposed_body(text)
        if apposed is not None:  # 本市姊妹市某國某市之某某協會: the association, there
            body, kind, place = apposed
            return self._organization(body, kind, place), place
        anaphor = _THAT_PLACE.search(text)
        if anaphor:
            # 代表該縣知事, 轉達該市市長: what comes before 該縣 is the sentence's (no name
            # holds 該), the title being that place's
            text = text[anaphor.start() :]
            anaphor = _THAT_PLACE.match(text)
        if anaphor:
            of_that_place = self._of_that_place(text, anaphor, inherited, person.title)
            if of_that_place is not None:
                return of_that_place
            text = text if text[anaphor.end() :] else ""
        city = self._short_city_ending(text)
        if city is not None:  # 會晤西市 + 市長: the city just named
            return self.facts.place(city), city
        home_org = self._home_org_named(_HOME_WORDS.sub("", text))  # 本府環保局
        if (
            home_org is not None
            and home_org.kind == "government"
            and _CITY_HEAD.fullmatch(person.title)
        ):  # 高雄市政府 + 市長: the city's mayor, of the city
            return self.home, self.home_place
        if home_org is not None:
            return self._home_org(home_org), self.home_place
        if text and not _HOME_WORDS.sub("", text):  # 本府秘書長某某: the city's own title
            return self.home, self.home_place
        own = _HOME_WORDS.sub("", text)
        if own != text and self.lex.org_kind(own) in _SCHOOL_KINDS:
            return self._home_body(own), self.home_place  # 本市某高中校長某某
        return self._affiliation_written(person, text, inherited)

    def _without_tie_after_country(self, text: str) -> str:
        """A body's name or an affiliation without the tie written before the partner
        city opening it, after its country or alone (美國姊妹市某市議會: 美國某市議會;
        姊妹市某市少年棒球隊: 某市少年棒球隊); as written where the words before the tie
        are no country alone (某大學姊妹市…), or no city follows it (姊妹市委員會)."""
        tie = _TIE_AFTER_COUNTRY.match(text)
        if tie is None:
            return text
        country = tie.group(1)
        named = self._place_mentions(country) if country else []
        if country and not (
            len(named) == 1 and named[0].end == len(country) and named[0].place.label == "Country"
        ):
            return text
        city = self._place_mentions(text[tie.end() :])
        if not city or city[0].start != 0 or city[0].place.label != "City":
            return text
        return country + text[tie.end() :]

    def _of_that_place(
        self, text: str, anaphor: re.Match[str], inherited: Place | None, title: str = ""
    ) -> tuple[str, Place] | None:
        """The place 該市/該縣 refers to (在某市市政廳會晤該市市長: the place named just
        before, in the sentence, or the one inherited), or its own body named without
        the place (該市人民委員會, 該縣議會), completed by the title where they share its
        first character (該市體育 + 課長: its 體育課); None when neither is found."""
        kind = "city" if anaphor.group(1) == "市" else "admin1"
        place = self._antecedent(kind, text)
        if inherited is not None and _of_level(inherited, kind):
            place = inherited
        body = text[anaphor.end() :]
        if place is None:
            return None
        if not body:
            return self.facts.place(place), place
        if self.lex.org_kind(text) is None and self._title_completes_name(body, title):
            text, body = text + title[:-1], body + title[:-1]
        body_kind = self.lex.org_kind(text)
        if body_kind and body.startswith(anaphor.group(1)) and place.label == "City":
            # 該市市議會: the council 某某市議會 names, one body however it is written
            stem = place.name_zh.removesuffix(anaphor.group(1))
            org_id = self._organization(stem + body, body_kind, place)
            # …as the text wrote it too, the place's name in full (某某市 + 市議會)
            self.facts.entities[org_id].merge_aliases([stem + anaphor.group(1) + body])
            return org_id, place
        if body_kind:
            org = self._organization(body, body_kind, place)
            if place.label == "City" and not self._place_mentions(body):
                # 該市教育委員會: also called by the city's name, as 某某市教育委員會
                names = self._city_names(self.facts.place(place), anaphor.group(1))
                self.facts.entities[org].merge_aliases([name + body for name in names])
            return org, place
        return None

    def _city_names(self, city: str, suffix: str) -> list[str]:
        """The names the report and the data give a city with its suffix and without its
        country (姫路市, 姬路市; not 日本姬路市)."""
        entity = self.facts.entities[city]
        return [
            name
            for name in dict.fromkeys(
                [entity.name_zh.removesuffix(suffix) + suffix, *entity.aliases]
            )
            if name.endswith(suffix) and not any(self.gaz.country(name[:n]) for n in range(2, 6))
        ]

    def _short_city_ending(self, text: str) -> Place | None:
        """The city a short form ending the words names (會晤西市 + 市長: 西市 just named,
        某市 for 某某市), unless a place written in full ends after it starts."""
        short = _SHORT_CITY.search(text)
        if not short or short.end() != len(text):
            return None
        written = self._place_mentions(text)
        place = self._short_form(short.group(1))
        if place is not None and not any(m.end > short.start() for m in written):
            return place
        return None

    def _guest_opens_clause_of(self, person: PersonMention) -> bool:
        """Whether a place other than home is named in the clause before the person
        (某市長某某率觀光局長某某來訪; 某副市長某某偕同教育局長某某): one led or brought
        by a guest, of the guest's side."""
        norm = self.sentence.norm if self.sentence is not None else ""
        at = norm.find(person.name)
        if at < 0:
            return False
        clause = _CLAUSE_BREAK.split(norm[:at])[-1]
        return any(m.place.id != self.home_place.id for m in self._place_mentions(clause))

    def _affiliation_written(
        self, person: PersonMention, text: str, inherited: Place | None
    ) -> tuple[str | None, Place | None]:
        """The organization the words name (某市政府經濟局), completed by the title (某協會
        高雄 + 分處長 → 某協會高雄分處), or the place ending them (某國某市 + 市長), or the
        country (某國 + 國務部長), or the place inherited, else the city itself."""
        mentions = self._place_mentions(text)
        place = mentions[-1].place if mentions else inherited
        org_name, kind = text, self.lex.org_kind(text)
        if (
            _CITY_HEAD.fullmatch(person.title)
            and mentions
            and _OF_ITS_GOVERNMENT.fullmatch(text[mentions[-1].end :])
        ):  # 某市政府 + 市長: the city's mayor, the head of the city, not of an office
            return self._place_named_last(mentions[-1], person.title)
        if kind is None and self._title_completes_name(text, person.title):
            org_name = text + person.title[:-1]  # 美國在台協會高雄 + 分處長 → …高雄分處
            kind = self.lex.org_kind(org_name)
            if kind is not None and not mentions and _HOME_WORDS.match(org_name):
                # 本府教育 + 局長: the city's own bureau the data knows; 本府建設 + 局長 (a
                # bureau the data does not know): the city's, not abroad
                own = self.lex.home_org(_HOME_WORDS.sub("", org_name))
                if own is not None:
                    return self._home_org(own), self.home_place
                return self._home_body(org_name), self.home_place
            # (觀光 + 局長 after 某市長某某率, 偕同, 與 in its clause: the guest's own)
            known = (
                self.lex.home_org(org_name)
                if not mentions and not self._guest_opens_clause_of(person)
                else None
            )
            if known is not None:  # 建設 + 局長: the city's own bureau the data knows
                return self._home_org(known), self.home_place
        elif text and mentions and mentions[-1].end == len(text):
            return self._place_named_last(mentions[-1], person.title)
        if not org_name:
            return self._inherited_or_home(inherited)
        if kind is None:
            country = self.gaz.country(text)
            if country is not None:
                return self.facts.place(country), country
        if not mentions and kind in _SEATED_BY_NAME:
            place = None  # 某某經濟貿易辦事處 after 某國某市: an office of its own, not the city's
        if body_name(org_name) is None:
            return None, place  # 該會 with no body of the kind named before it: none
        # (a body whose kind no word tells, named before: 美國某某港, later 某某港執行長,
        # its name its own wherever the sentence is)
        again = self._body_named_before(org_name) if not mentions else None
        if again is not None and kind and self._named_here_elsewhere(again, inherited):
            again = None  # 某市長率團來訪，觀光協會會長某某隨行: that city's, not one before
        if again is not None:  # 某管理局主席某某, the body named before: not of a later place
            return again, None
        return self._organization(org_name, kind or "organization", place), place

    def _body_named_before(self, name: str) -> str | None:
        """The one organization the report named before by `name` exactly (來自某國之某某
        管理局, later 某某管理局主席): named again without its place, the same body."""
        key = normalize(name)
        named = [
            e.id
            for e in self.facts.entities.values()
            if e.label == Label.ORGANIZATION and key in self._normalized_names(e)
        ]
        return named[0] if len(named) == 1 else None

    def _title_completes_name(self, text: str, title: str) -> bool:
        """Whether the words and the title less its last character name a body (某協會高雄
        + 分處長 → 某協會高雄分處); not after a country (帛琉共和國 + 國務部長: the
        country's), a body's own office (某懇談會 + 事務局長), or a title holding no body
        (首席部長 holds no 首席部)."""
        return bool(
            text
            and not _LATIN_END.search(text)  # Port of X Authority + 副局長: named whole
            and self.gaz.country(text) is None
            and not text.endswith(ORG_TAILS)
            and title in self.lex.titles
            and self.lex.org_kind(text + title[:-1])
        )

    def _place_named_last(self, mention: PlaceMention, title: str) -> tuple[str, Place]:
        """The place ending the words (某國某市 + 市長); a country whose capital bears its
        name, with a mayor, is that city (巴拿馬 + 市長 → 巴拿馬市)."""
        found = mention.place
        if found.label == "Country" and "市長" in title:
            found = self.gaz.resolve(mention.surface + "市") or found  # 巴拿馬市長
        return self.facts.place(found, mention.surface), found

    def _inherited_or_home(self, inherited: Place | None) -> tuple[str, Place]:
        """With no words before the title (王大明市長): the place inherited from the
        sentence, else the city itself."""
        if inherited is not None:
            return self.facts.place(inherited), inherited
        return self.home, self.home_place

    def _organization(self, name: str, kind: str | None, place: Place | None) -> str:
        """An organization named with or without its place (韓國某市政府經濟政策課 and,
        under that city, 經濟政策課 are one), LOCATED_IN that place; named without the words
        of the sentence at its edges (由某集團, 某中心共同), nor what it is to us (某市姊妹校
        某某高等學校: the school)."""
        name = body_name(name) or name
        name = _TIE_OPENING_BODY.sub("", name)
        written = self._as_written(name)
        # without a leading country: 日本某某縣立…學校 → 某某縣立…學校
        # (only where a place in it follows the country: 美國在台協會 keeps its 美國,
        # and 某國臺灣交流協會, a body between two countries, its first)
        country = next((n for n in range(5, 1, -1) if self.gaz.country(name[:n])), 0)
        first = self._place_mentions(name[country:])[:1] if country else []
        # (a place of the home country right after the country, or 在臺/駐臺: 某國台北
        # 協會, 美國在台協會; not one later in the name: 日本交流協會高雄事務所)
        joined = bool(first) and self._joins_home(name[:country], first[0].place)
        joined = joined and (first[0].start == 0 or bool(_TOWARD_HOME.match(name[country:])))
        if first and first[0].start == 0 and first[0].place.label != "Country" and not joined:
            bare = name[country:]
        else:
            bare, first = name, self._place_mentions(name)[:1]
        short = bare
        for mention in first:
            rest = bare[mention.end :].removeprefix("政府")
            # 某市議會 is that city's 議會; in 某都大學, 某市國際交流財團 or 某縣立…學校
            # the place name is part of the organization's own name
            if (
                mention.start == 0
                and mention.place.label == "City"
                and mention.suffix is not None
                and _HAN.match(rest)
                and not rest.startswith("立")
            ):
                short = rest
            if mention.start == 0 and _LATIN_NAME.fullmatch(rest):
                short = rest  # 某州Port of Somewhere: the place is where it is
            if mention.start == 0 and rest.startswith("立"):  # 某縣立某高校: of that 縣
                place = mention.place
        # 美國哈佛大學… → 哈佛大學…; 某國台北協會 is not also 台北協會
        other_names = [written[country:]] if country and not joined else []
        if short != bare and len(short) >= 4:  # 某市某某高等學校, later 某某高等學校
            other_names.append(self._as_written(short))
        for mention in first:  # 某縣某某市議會 → 某某市議會: the city's own name
            own = self._own_name_at(mention)
            if mention.start == 0 and own and mention.place.label == "City":
                other_names.append(self._as_written(bare[own:]))
        org_id = self.facts.organization(
            written,
            "",
            kind,
            scope=place.id if place else None,
            org_id=(
                self._body_named_so(place, [written, *other_names])
                or (None if short == name else self._org_id(short, place))
            ),
        )
        others = [n for n in other_names if len(n) >= 2]
        self.facts.entities[org_id].merge_aliases(
            others + [form for n in others for form in school_forms(n)]
        )
        if place is not None:
            # 韓國某市議會 states where the council is; 某某中學 under that city does not
            said = self._name_in_sentence(name) if self._names(name, place) else self._here()
            self.facts.relate(RelType.LOCATED_IN, org_id, self.facts.place(place), said)
        return org_id

    def _body_named_so(self, place: Place | None, names: list[str]) -> str | None:
        """The organization the report already named by one of `names`, with or without
        the country before it (某國某某管理局, later 某某管理局): one body, in the same
        place or, by a name of four characters or more, placed by no place where the
        other's name names its place (某某海事大學, later 某國某市某某海事大學) or the other
        is placed only in a country (來自某國之某某管理局, later 某某管理局); never one
        already placed elsewhere (某某協會, 甲市某某協會, then 乙市某某協會: two bodies)."""
        scope = self._org_id("", place)
        keys = {normalize(n) for n in names}
        named_there = place is not None and any(self._names(n, place) for n in names)
        for entity in self.facts.entities.values():
            if entity.label != Label.ORGANIZATION:
                continue
            same = keys & self._normalized_names(entity)
            if not same:
                continue
            if entity.id.startswith(scope) and ":" not in entity.id[len(scope) :]:
                return entity.id
            unplaced = entity.id.count(":") == 1
            # 來自某國之某某管理局, later 某某管理局 alone: a body placed only in a country
            # is one body wherever in it (no city's bureau of a common name)
            in_country = entity.id.count(":") == 2
            placed_by_name = (
                named_there and not self._located_elsewhere(entity.id, place)
                if unplaced
                else place is None and (in_country or self._names_its_place(entity.id))
            )
            if placed_by_name and max(map(len, same)) >= 4:
                return entity.id
        return None

    def _normalized_names(self, entity: Entity) -> frozenset[str]:
        """The normalized forms of an organization's name and aliases, read again only
        when they have grown."""
        stamp = (entity.name_zh, len(entity.aliases))
        known = self._org_names.get(entity.id)
        if known is None or known[0] != stamp:
            names = frozenset(normalize(n) for n in (entity.name_zh, *entity.aliases))
            known = self._org_names[entity.id] = (stamp, names)
        return known[1]

    def _city_located_in(self, org_id: str) -> str | None:
        """The city the report placed an organization in, if any."""
        return next(
            (
                r.target
                for r in self.facts.relations.values()
                if r.type == RelType.LOCATED_IN
                and r.source == org_id
                and self.facts.label_of(r.target) == Label.CITY
            ),
            None,
        )

    def _named_here_elsewhere(self, org_id: str, place: Place | None) -> bool:
        """Whether the sentence read names `place` and the report placed the organization
        elsewhere: a body of that name of the place the sentence is about."""
        return (
            place is not None
            and self.sentence is not None
            and any(m.place.id == place.id for m in self._place_mentions(self.sentence.norm))
            and self._located_elsewhere(org_id, place)
        )

    def _located_elsewhere(self, org_id: str, place: Place | None) -> bool:
        """Whether the report placed an organization somewhere other than `place`."""
        return any(
            r.type == RelType.LOCATED_IN
            and r.source == org_id
            and (place is None or r.target != place.id)
            for r in self.facts.relations.values()
        )

    def _city_of_organ(self, party: str) -> str:
        """The city a body whose name names it is the organ of (某市人民委員會, 某市
        企劃調整局): where a place's doing is meant (a tie: 表達締結友好城市之意願; an
        invitation to visit that city), the body stands for the city; else `party`."""
        if self.facts.label_of(party) != Label.ORGANIZATION or not self._names_its_place(party):
            return party
        cities = [
            r.target
            for r in self.facts.relations.values()
            if r.type == RelType.LOCATED_IN
            and r.source == party
            and r.target != self.home
            and self.facts.label_of(r.target) == Label.CITY
        ]
        return cities[0] if cities else party

    def _names_its_place(self, org_id: str) -> bool:
        """Whether an organization's name names where it is (某市某某大學 in 某市), not
        where a reading only placed it."""
        entity = self.facts.entities[org_id]
        names = [normalize(n) for n in (entity.name_zh, *entity.aliases)]
        return any(
            normalize(place_name) in name
            for r in self.facts.relations.values()
            if r.type == RelType.LOCATED_IN and r.source == org_id
            for place_name in (
                self.facts.entities[r.target].name_zh,
                *self.facts.entities[r.target].aliases,
            )
            for name in names
            if len(place_name) >= 2
        )

    def _body_at(self, text: str, at: int) -> str | None:
        """The name of a body of its own (not a delegation) that `text` writes at `at`:
        the longest run of ideographs there that ends like one (某某委員會派員: 某某委員會)."""
        run = _HAN.match(text, at)
        words = run.group() if run else ""
        for end in range(len(words), 3, -1):
            kind = self.lex.org_kind(words[:end])
            if kind is not None and kind != "delegation":
                return words[:end]
        return None

    def _apposed_body(self, text: str) -> tuple[str, str, Place] | None:
        """A body written after the place it belongs to and 之 (某市之某某協會, 本市姊妹市
        某國某市之某某委員會, 某市姊妹市之某高中): (the body's own name, its kind, that
        place)."""
        head, _, body = text.rpartition("之")
        head = _TIE_CALLED_CLOSING.sub("", head)  # 某市姊妹市之…: the place, so called
        kind = self.lex.org_kind(body)
        if not head or kind is None or len(body) < 4 or not _HAN.fullmatch(body):
            return None
        named = self._place_mentions(head)
        if not named or named[-1].end != len(head) or named[-1].place.id == self.home_place.id:
            return None
        own = self._place_mentions(body)
        if own and own[0].start == 0 and own[0].end < len(body):
            return body, kind, own[0].place  # 某市姊妹市之美國某市某高中: its own place
        return body, kind, named[-1].place

    def _body_named_last(self, clause: Clause, at: int, kind: str) -> str | None:
        """The outside body a 該 + `kind` at `at` in the clause refers to (該局, 該公司,
        該協會): the one of that kind the sentence, or else the item's text before it,
        named last (美國某港務局執行長…來訪，本府並與該局簽署…; 應某管理局之邀…出席該局
        主辦之「…」; 某港務局主席來訪…。本府擬於明年與該局簽署…), or else the last body
        of that kind no fact has named yet (考察期間與某國某某管理局達成共識，本府某局預計
        與該局簽署…)."""
        sentence = clause.sentence
        earlier = [
            s.norm
            for s in self.parsed.sentences
            if s.section == sentence.section and s.end <= sentence.start
        ]
        # each sentence closed, as a line with no stop of its own (來文機關：某港務局)
        # runs into no name the next opens with
        before = "".join(f"{s}。" for s in earlier) + sentence.norm[: clause.start + at]
        home_orgs = {o.id for o in self.lex.home_orgs}
        named = [
            (_last_written(before, (e.name_zh, *e.aliases)), e.id)
            for e in self.facts.entities.values()
            if e.label == Label.ORGANIZATION
            and normalize(e.name_zh).endswith(kind)
            and e.id not in home_orgs
        ]
        named = [(span, pid) for span, pid in named if span[0] >= 0]
        # (a body found already closes where its whole name does: 某國在台協會某辦事處)
        found_end = max(named)[0][1] if named else 0
        later = self._body_of_kind_written_after(before, kind, found_end) if named else None
        if later is not None:
            # 參加甲協會主辦之…。應乙協會（gloss）之邀…參加該協會主辦之…: 乙協會, written
            # after any body found already, though it is no fact's yet
            return later
        if named:
            return max(named)[1]
        for ending in reversed(list(re.finditer(re.escape(kind), before))):
            body = self._outside_body_closing(before[: ending.end()])
            if body is not None:
                return body
        return None

    def _body_of_kind_written_after(self, before: str, kind: str, found_end: int) -> str | None:
        """The outside body of `kind` whose name closes at the last 協會 (or other kind)
        `before` writes (not 該協會), when its name opens after `found_end`, where the
        body found already closes."""
        written = [
            m
            for m in re.finditer(re.escape(kind), before)
            if not before.endswith("該", 0, m.start())
            and not self.lex.titles_at(before, m.start())  # (周局長: a title, no body)
        ]
        if not written:
            return None
        closing = before[: written[-1].end()]
        run = _HAN_CLOSING.search(closing)
        words = _AFFILIATION_BREAK.split(run.group())[-1] if run else ""
        opens_at = len(closing) - len(words)
        if not words or opens_at < found_end or _JOINER.match(before, opens_at - 1):
            return None  # (經濟及港口廳: part of a name joined by 及)
        return self._outside_body(words)

    def _bodies_listed(self, span: str) -> list[str]:
        """The outside bodies a list names (邀請某大學及某公司等業界代表…, 接待某協會及某
        商會等團體來訪): each item of the list that ends like an organization (org_kinds),
        maybe glossed (某某歌舞團（Some Ensemble）), the list maybe ending with their coming
        (…來高演出); a publication's name in its marks (日本《某某新聞》) is the body's."""
        listed = [body for _, _, body in self._body_items(self._publications_unmarked(span))]
        return list(dict.fromkeys([*self._publications(span), *listed]))

    def _publications(self, span: str) -> list[str]:
        """The bodies `span` names as publications in their marks (日本《某某新聞》,
        《某某郵報》): news media, whatever their name ends with."""
        found = []
        for marked in _PUBLICATION_MARKS.finditer(span):
            country = marked.group(1) if self.gaz.country(marked.group(1)) else ""
            body = self._outside_body(country + marked.group(2), kind="media")
            if body is not None:
                found.append(body)
        return found

    def _publications_unmarked(self, span: str) -> str:
        """`span` with each publication's name out of its marks and without the country
        written before it (日本《某某新聞》 → 某某新聞)."""

        def name(marked: re.Match[str]) -> str:
            country = marked.group(1)
            return marked.group(2) if self.gaz.country(country) else country + marked.group(2)

        return _PUBLICATION_MARKS.sub(name, span)

    def _body_items(self, span: str) -> list[tuple[int, int, str]]:
        """The items of a list in `span` that name outside bodies: where each is written
        (start, end in `span`) and the body."""
        found = []
        for item in _body_item_pattern().finditer(span):
            body = self._outside_body(item.group(1))
            if body is not None:
                found.append((item.start(1), item.end(1), body))
        return found

    def _body_referred_by(self, affiliation: str, before: str) -> tuple[str, str] | None:
        """該公司, 該大學, 該協會 + a unit (亞太區, 國際處): the outside body of that kind
        the text named last before (by its name, not again by 該局), and the unit, which
        belongs to the person's title; 該校, the school named last (某某高等學校, 某高中)."""
        endings = alternatives(self.lex.org_kinds)
        school = _THAT_SCHOOL.fullmatch(affiliation)
        if school is not None:  # 該校: the school named last, of whatever ending
            at, kind = self._school_named_last(before)
            if kind and _OTHER_SIDES_HEAD.match(before, at + len(kind)):
                # 由本市甲校校長某某與該校校長…: 該校 is the school named before 甲校
                at, kind = self._school_named_last(before[:at])
            body = self._outside_body_closing(before[: at + len(kind)]) if kind else None
            return (body, school.group(1)) if body is not None else None
        referred = re.fullmatch(rf"該({endings})(.*)", affiliation)
        referred = referred or _THAT_OFFICE.fullmatch(affiliation)  # 該所代表某某
        if referred is None:
            return None
        kind = referred.group(1)
        at = before.rfind(kind)
        while at > 0 and before[at - 1] == "該":  # 與該局簽署…，由該局主席…: named before that
            at = before.rfind(kind, 0, at - 1)
        if at < 0:
            return None
        org_id = self._outside_body_closing(before[: at + len(kind)])
        return (org_id, referred.group(2)) if org_id is not None else None

    def _school_named_last(self, text: str) -> tuple[int, str]:
        """Where the last school or university `text` names ends its name, and the ending
        it ends with (高等學校, 高中, 大學); (-1, "") when it names none."""
        schools = [end for end, kind in self.lex.org_kinds.items() if kind in _SCHOOL_KINDS]
        found = [(text.rfind(end) + len(end), -len(end), end) for end in schools if end in text]
        if not found:
            return -1, ""
        closing, _, ending = max(found)
        return closing - len(ending), ending

    def _outside_body_closing(self, text: str) -> str | None:
        """The outside body whose name closes `text` (…與某國某某管理局: 某國某某管理局),
        from the last word parting it from what comes before (與, 之, 拜會…)."""
        run = _HAN_CLOSING.search(text)
        words = _AFFILIATION_BREAK.split(run.group())[-1] if run else ""
        return self._outside_body(words)

    def _outside_body(self, words: str, kind: str | None = None) -> str | None:
        """The organization `words` name, when they end like one (org_kinds; or of the
        `kind` given) and name no home body: 澳洲某某大學 (its country dropped), 丹麥商
        某某公司 (a company of that country: 國名 + 商), located in the country or the
        place opening its name."""
        kind = kind or self.lex.org_kind(words)
        if kind is None or self.lex.home_org(words) or _HOME_ACTOR.match(words):
            return None
        words = self._without_tie_after_country(words)  # 姊妹市某市少年棒球隊
        that_place = _THAT_PLACE.match(words)
        if that_place:
            if kind in _TROUPE_KINDS:  # 邀請該市龍舟隊: a team told by its kind, the city's
                return None
            # 與該市商工會議所簽署: the body of the place named just before
            of_that_place = self._of_that_place(words, that_place, None)
            return of_that_place[0] if of_that_place else None
        apposed = self._apposed_body(words)
        if apposed is not None:  # 姊妹市某國某市之某某委員會: the committee, there
            return self._organization(*apposed)
        place: Place | None = None
        written = words
        at = next((n for n in range(6, 1, -1) if self.gaz.country(words[:n])), 0)
        if at:
            place = self.gaz.country(words[:at])
            words = words[at:]
        company = words.startswith("商") and not words.startswith("商會")  # 丹麥商某某公司
        words = words.removeprefix("商") if company else words
        named = self._place_mentions(words)
        if named and named[0].start == 0 and named[0].place.label != "Country":
            place = named[0].place
        if len(words) < 3 or not _HAN.fullmatch(words):
            return None
        # (a country opening the rest names no place of it: 日本台灣交流協會 is one body
        # between two countries, written with both)
        opens = bool(named) and named[0].start == 0 and named[0].place.label != "Country"
        if written != words and not opens and not company:
            # 某國某某管理局: one body, whether or not its country is written before it;
            # a place later in its name (美國在台協會高雄分處, 日本交流協會高雄事務所)
            # leaves the country to _organization
            return self._organization(written, kind, place)
        org_id = self._organization(words, kind, place)
        if written != words and not named:
            # 某國蔬果進口商公會: a national body may be called by its country too
            self.facts.entities[org_id].merge_aliases([self._as_written(written)])
        return org_id

    def _joins_home(self, country: str, place: Place) -> bool:
        """Whether a body's name opens with a foreign country and then a place of the
        home country (某國台北協會, 某國高雄商會): a body between the two, whose name
        keeps both."""
        found = self.gaz.country(country)
        home = self.home_place.country
        return found is not None and found.country != home and place.country == home

    def _own_name_at(self, mention: PlaceMention) -> int:
        """Where, in a mention that names the subdivision first (某某州某某市), the
        place's own name begins (4); 0 when it names nothing before the place."""
        surface = normalize(mention.surface)
        own = normalize(mention.place.name_zh)
        if not self.gaz.knows(mention.place) and len(own) < len(surface):
            # a place no data knows (某州某某市) is found only with what precedes it
            return len(surface) - len(own) if surface.endswith(own) else 0
        for at in range(len(surface) - 3, 0, -1):
            found = self.gaz.find_places(surface[at:])
            whole = found and found[0].start == 0 and found[0].end == len(surface) - at
            if whole and found[0].place.id == mention.place.id:
                return at
        return 0

    def _org_id(self, short: str, place: Place | None) -> str:
        where = place.id.split(":", 1)[1] + ":" if place else ""
        return f"org:{where}{id_fragment(short)}"

    def _as_written(self, found: str) -> str:
        """`found` (a stretch of normalized text) as the sentence writes it: normalized
        and original text have equal offsets, so the first occurrence maps back."""
        sentence = self._here()
        at = normalize(sentence.text).find(found)  # not .norm: a table row's is a reading
        return sentence.text[at : at + len(found)] if at >= 0 else found

    def _names(self, name: str, place: Place) -> bool:
        """Whether an organization's name itself names `place` (韓國某市議會, 印尼國會)."""
        if any(m.place.id == place.id for m in self._place_mentions(name)):
            return True
        countries = (self.gaz.country(name[:n]) for n in range(5, 1, -1))
        return place.label == "Country" and any(
            c is not None and c.id == place.id for c in countries
        )

    def _name_in_sentence(self, found: str) -> Sentence:
        """Where the sentence writes `found` (a stretch of normalized text), as the
        evidence of what a name itself states: 韓國某市議會 is where it places the
        council. Quoting the whole sentence would copy a 24-visitor list into the fact
        once per report that names the council again."""
        sentence = self._here()
        at = normalize(sentence.text).find(found)
        if at < 0:
            return sentence
        start = sentence.start + at
        return replace(
            sentence, text=sentence.text[at : at + len(found)], start=start, end=start + len(found)
        )

    def _by_surname_and_title(self, span: str) -> list[str]:
        """The people `span` takes up by surname and a title they hold, once named in full
        (山田太郎, later 山田市長; 王大明, later 王市長): a name's opening ideographs, not
        all of it, then the title."""
        titles: dict[str, set[str]] = {}
        for r in self.facts.relations.values():
            if r.type == RelType.HOLDS_TITLE:
                titles.setdefault(r.source, set()).add(str(r.properties.get("title_zh")))
        found = [
            pid
            for name, pid in self.people.items()
            if any(
                name[:k] + title in span
                for k in range(1, max(2, len(name) - 1))  # 林明, later 林市長
                for title in titles.get(pid, ())
            )
        ]
        return list(dict.fromkeys(found))

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

    def _home_hosts(self, event_id: str) -> bool:
        return self._hosts(self.home, event_id)

    def _held_here(self, event_id: str) -> bool:
        """Whether the event is held in the city by it or by a body it helps hold it
        (本府協助國立某大學辦理「…」): guests sent or coming to it come to the city."""
        return self._home_hosts(event_id) or event_id in self.helped_events

    def _home_officials(self, when: str) -> Iterator[KnownPerson]:
        """The home city's officials in office on `when` (an ISO date) that the curated
        data knows (seed/gazetteer/people.csv)."""
        return (p for p in self.lex.people if p.affiliation == self.home and p.in_office(when))

    def _known_person(self, known: KnownPerson) -> str:
        """A person of the curated data, as the report's entity (named as the data has
        them), remembered by name for later mentions."""
        self.people[known.name_zh] = self.facts.person(known.name_zh, known.name_en)
        return self.people[known.name_zh]

    def _may_be_of(self, person_id: str, affiliation_id: str) -> bool:
        """Whether the person may hold a title of `affiliation_id`: one holding titles of
        other bodies only, none of it, may not."""
        held = {
            r.target
            for r in self.facts.relations.values()
            if r.type == RelType.HOLDS_TITLE and r.source == person_id
        }
        return not held or affiliation_id in held

    def _person(self, person: PersonMention, affiliation_id: str | None) -> str:
        known = self.lex.person(person.name)
        name_en = person.name_en or (known.name_en if known else "")
        # 副市長史密斯 after 副市長Gary Smith（史密斯）: the one met before by that gloss,
        # not one of another body (本府某局局長金赫 after 某市副市長Hyeok Kim（金赫）)
        glossed = self.glossed.get(person.name)
        if glossed and affiliation_id and not self._may_be_of(glossed, affiliation_id):
            glossed = None
        person_id = glossed or self.facts.person(person.name, name_en)
        self.people[person.name] = person_id
        if person.gloss:
            self.glossed.setdefault(person.gloss, person_id)
            self.facts.entities[person_id].merge_aliases([person.gloss])
        surname = _NAME_DOT.split(person.name)[-1]
        if surname != person.name and len(surname) >= 2:
            self.people.setdefault(surname + person.title, person_id)  # 史密斯市長, later
        if surname != person.name and len(surname) >= _LAST_PART_ALONE:
            # 史密斯拜會市長…: a story calls one named in full by the last part alone;
            # not one two people known bear, nor a place's name (安德森 of 安德森市)
            if self.people.get(surname, person_id) != person_id or self._place_mentions(
                surname + "市"
            ):
                self.shared_last_parts.add(surname)
                self.people.pop(surname, None)
            elif surname not in self.shared_last_parts:
                self.people.setdefault(surname, person_id)
        title = self.lex.title(person.title)
        if affiliation_id is None:
            return person_id
        if affiliation_id == self.home:  # 質詢議員：王大明議員: of the city's council
            affiliation_id = self._home_council_of(person.title) or affiliation_id
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

    def _home_council_of(self, title: str) -> str | None:
        """The city's council, when `title` is a seat in it (議員, 議長) held of the city:
        a councillor is no official of the city's government."""
        if title not in _COUNCIL_SEATS:
            return None
        council = next((o for o in self.lex.home_orgs if o.kind == "council"), None)
        return self._home_org(council) if council is not None else None

    def _place_before(self, norm: str, pos: int) -> Place | None:
        """The place a person without a stated affiliation most likely belongs to."""
        before = self._place_mentions(norm[:pos])
        foreign = [m.place for m in before if m.place.id != self.home_place.id]
        if foreign:
            return foreign[-1]
        return next((p for p in self.state.recent_places if p.id != self.home_place.id), None)

    def _future(self, clause: Clause, sentence_norm: str) -> bool:
        """Whether the sentence, up to the end of this clause, speaks of the future."""
        # 將捐款面交…: 將 marks what is handed over (read on the whole sentence, the
        # verb may lie past the clause's end); 把 keeps the offsets
        sentence_norm = _HANDED_OVER.sub(lambda m: "把" + m.group()[1:], sentence_norm)
        return self._speaks_of_future(sentence_norm[: clause.start + len(clause.norm)])

    def _in_period(self, span: DateSpan) -> bool:
        """Whether a date falls within the half year the report covers (or no period
        is known)."""
        period = self.period
        return period is None or period.start <= span.start[:7] <= period.end

    @staticmethod
    def _speaks_of_future(prefix: str) -> bool:
        """Whether the words of a sentence up to a point speak of the future, the
        names, plans followed and aims they hold left aside."""
        prefix = _PLANNING_BODY.sub("某某", prefix)  # 某市規劃局局長…來訪: a body's name
        prefix = _PLAN_FOLLOWED.sub("", prefix)  # 依上半年之規劃，於…派員赴…: done
        prefix = _PURPOSE_CLAUSE.sub("", prefix)  # 為瞭解本市港區規劃，特派…: its aim
        # 為規劃本市某某廠，本府某局組成考察團…赴…: the aim opening the sentence
        opening = _PURPOSE_OPENING.match(DATELINE_OPENING.sub("", prefix))  # 〔78.5.29〕為…
        if opening and not _TIME_TO_COME_WORD.search(opening.group()):
            prefix = DATELINE_OPENING.sub("", prefix)[opening.end() :]
        prefix = _TALK_TOPIC.sub("", prefix)  # 就未來合作方向交換意見: what was talked of
        prefix = _EVENT_TIME_ATTRIBUTE.sub("", prefix)  # 為迎接明年舉行之「…」: the event's
        # 邀請某市明年組隊參加「…」，並與…會晤: the time the invitee is asked to come
        prefix = _INVITED_FOR_LATER.sub("邀請", prefix)
        return bool(_FUTURE.search(_QUOTED_NAME.sub("", prefix)))

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
        # 「10年後，他…再次來訪」: the lapse may stand in the clause just before
        window = clause.sentence.norm[max(0, clause.start - 8) : clause.start]
        later = _YEARS_LATER.search(clause.norm) or _YEARS_LATER.search(window.split("。")[-1])
        carried = (self.state.item_dates or self.state.last_dates)[:1] if carry else []
        # 「（2021年締結），出席…」: the year a tie was made dates no later clause; nor does
        # a year before the report's told by 去年 alone, as history (8月14日至18日…，就去年
        # 某地震之經驗提出報告，並考察某市…: the trip's days)
        earlier = [
            d
            for d in clause.earlier_dates
            if not d.since
            and not d.edition
            and (not _PAST_YEAR_WORD.fullmatch(d.text) or _opens_alone(clause.sentence.norm, d))
        ][-1:]
        own = self._own_dates(clause, earlier)
        # (實踐去年承諾於五月十日率團來訪: 去年 the promise's, the day after the visit's)
        own = [
            d
            for d in own
            if not _PAST_YEAR_WORD.fullmatch(d.text)
            or not any(o.text_start > d.text_start and o.precision != "year" for o in own)
        ]
        if not own and is_recurring(clause.norm):
            # 本府每年均組團參加…，本年9月亦…參加「第N屆…」: this year's, told after
            own = [d for d in clause.later_dates if d.precision != "year" and not d.since][:1]
        anchor = (own or earlier or carried or [None])[0]
        if later:
            base = anchor.year if anchor else self.state.dates.current_year
            if base:
                year = base + int(later.group(1))
                return {"start": str(year), "year": year}
        if anchor is not None:
            return {"start": anchor.start, "end": anchor.end, "year": anchor.year}
        if clause.events:  # a heading: 參加澳洲某某市「2015某某高峰會」
            return {"year": edition_year(clause.events[0][2])}
        return {}

    @staticmethod
    def _own_dates(clause: Clause, earlier: list[DateSpan]) -> list[DateSpan]:
        """The clause's own dates; a year written only in a quoted name (參加「2018年某某
        節」) is the event's, no date of what the clause tells when the sentence dated
        it before in that year (6月7日至12日，…赴某市參加「2018年某某節」); nor is a year
        naming the edition held (訪問期間適逢某市籌辦2030年運動會: the games' year)."""
        own = [d for d in clause.dates if not d.since and not d.edition]
        quoted = [
            (m.start() + clause.start, m.end() + clause.start)
            for m in _QUOTED_NAME.finditer(clause.norm)
        ]
        outside = [d for d in own if not any(s <= d.text_start < e for s, e in quoted)]
        if own and not outside and earlier and {d.year for d in own} == {earlier[0].year}:
            return []
        return own

    def _leader(self, sentence_norm: str) -> str | None:
        # a date by whole numbers (8月3日至5日): 日本某市市長… keeps its 日
        text = _RELATIVE_YEAR_TIME.sub("", _DATE_HEAD.sub("", sentence_norm))  # 於同年11月
        text = _TIME_PHRASE.sub("", text)
        # 某市副市長某某（Some Name）率…: the gloss in Latin letters is no part of who leads,
        # nor is the partner called so (本市姊妹市某國某市副市長某某率…)
        text = _OUR_PARTNER_CALLED.sub("", _PARENS.sub("", text))
        # 王市長應某市長之邀，於10月3日至7日率…: the invitation stands between leader and verb
        text = _INVITED_BY_CLAUSE.sub("", text)
        changed = [m.end() for m in _LEADER_CHANGED.finditer(text)]
        text = text[changed[-1] :] if changed else text  # 原規劃由市長率團，…改由李副市長率…
        match = _LEAD_BY.search(text) or _LEAD_OPENING.search(text)
        if not match:
            return None
        leader = match.group(1).strip()
        # (適逢某市市長某某率團來訪: the clause's opening word is no part of who leads)
        leader = _LEADER_OPENING.sub("", after_clause_opener(leader))
        # 某市長允諾屆時將親自率團: words of the sentence, no one named
        found = leader_name(self._without_bureau(leader))
        return self._leader_named_in_full(found) if found else found

    def _leader_named_in_full(self, leader: str) -> str:
        """A leader written with the place and title before the name (某國某市市長王大明):
        the person, by name (王大明); a name before its title (王大明市長) or a surname
        and a title (王市長) stay as written. An adverb after the name (某某則於…率團)
        is no part of it."""
        bare = _ADVERB_AFTER_LEADER.sub("", leader)
        for name, pid in self.people.items():
            if (
                len(name) >= 2
                and leader != name
                and bare.endswith(name)
                and self.facts.entities[pid].name_zh == name
            ):
                return name
        return self._without_place_before_name(leader)

    def _without_place_before_name(self, leader: str) -> str:
        """A leader written with his place or body before his name and title (某市王大明
        副市長, 某港務局某某局長): the name and title, as a name before its title is kept
        (王大明副市長)."""
        for name in self.people:
            at = leader.find(name)
            rest = leader[at + len(name) :]
            if (
                at > 0
                and self.lex.titles_at(rest, 0)
                and (
                    any(m.start == 0 and m.end == at for m in self.gaz.find_places(leader[:at]))
                    or self.lex.org_kind(leader[:at])
                )
            ):
                return leader[at:]
        return leader

    def _without_bureau(self, leader: str) -> str:
        """A home official named by surname and title after the bureau (農業局吳局長,
        教育局王科長): the official, the bureau being the visit's `bureaus`; and an
        outside body's official so named (某辦事處蘇副代表): the official, the body being
        the visitor."""
        officials = (rest for _, rest in self._home_org_openings(leader))
        home = next((rest for rest in officials if self._surname_and_title(rest)), None)
        return home or leader[len(self._body_before_official(leader)) :] or leader

    def _body_before_official(self, words: str) -> str:
        """The outside body whose official, named by surname and title, closes `words`
        (某辦事處蘇副代表: 某辦事處); '' when no such official closes them."""
        for length in range(len(words) - 3, 1, -1):
            body = words[:-length]
            if (
                self._surname_and_title(words[-length:])
                and self.lex.org_kind(body)
                and not self.lex.home_org(body)
                and not _HOME_ACTOR.match(body)
            ):
                return body
        return ""

    def _surname_and_title(self, words: str, *, two_ideographs: bool = False) -> bool:
        """Whether `words` are a home official by surname and title (李副市長), or a
        listed surname and any listed title (王科長, 林課長, 張主任); with
        `two_ideographs`, a surname of two ideographs too (山本局長: names.bare_surname),
        for words known to close a leader's name (某市港灣局山本局長亦率…)."""
        return bool(_HOME_OFFICIAL.fullmatch(words)) or any(
            words[k:] in self.lex.titles
            and (words[:k] in self.lex.surnames if k == 1 else bare_surname(words[:k]))
            for k in ((1, 2) if two_ideographs else (1,))
        )

    def _home_org_openings(self, text: str) -> Iterator[tuple[str, str]]:
        """Each name of a home body that opens `text`, with what follows it."""
        for org in self.lex.home_orgs:
            for name in org.names:
                if text.startswith(name):
                    yield name, text[len(name) :]

    def _bureaus(self, sentence_norm: str) -> list[str]:
        """The city's bureaus the sentence names; not the office petitioning for what it
        tells (本處簽請市長同意，由觀光局長…率團: 觀光局 alone)."""
        sentence_norm = _PETITIONING.sub("", sentence_norm)
        return [
            org.name_zh
            for org in self.lex.home_orgs
            if org.kind == "bureau" and any(n in sentence_norm for n in org.names)
        ]

    def _purpose(self, text: str) -> str | None:
        match = _VISIT_PURPOSE.search(text)
        return match.group() if match else None

    def _heading_spans(self, section: int | None) -> set[tuple[int, int]]:
        """Where the headings of section `section` stand, as (start, end)."""
        return {(s.start, s.end) for s in self._section_sentences(section) if s.is_heading}

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
        when = str(self.period.start if self.period else "")
        return any(leader.startswith(holder.name_zh) for holder in self._home_officials(when))

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


#: A school's head named right after it, then 與 (甲校校長某某與該校校長…): the other
#: side of a pair, so 該校 after it is not that school.
_OTHER_SIDES_HEAD = rx(r"[^,;。與]{1,12}與$")
#: The city's own word for itself opening a name (本市某國小少棒隊), not its government.
_OUR_CITY_WORD = rx(r"本市(?!府|政府|議會)")
#: Titles of a seat in a council (a member, its speaker), held of a city in its council.
_COUNCIL_SEATS = ("議員", "市議員", "議長", "副議長")
#: Kinds of body (org_kinds.csv) that 該校 refers to.
_SCHOOL_KINDS = ("school", "university")
#: Kinds of body (org_kinds.csv) that perform or play: a troupe, a team.
_TROUPE_KINDS = ("troupe", "team")
#: Kinds of body (org_kinds.csv) that are a government acting: its bureaus, council,
#: committees and delegations, no party of their own.
_GOVERNMENT_KINDS = ("bureau", "division", "ministry", "council", "committee", "delegation")


def _of_level(place: Place, kind: str) -> bool:
    """Whether a place is of the kind 該市/該縣 refers to (a district is of a city)."""
    return place.admin_level == kind or (
        kind == "city" and place.admin_level in ("city", "district")
    )


def _opens_alone(norm: str, span: DateSpan) -> bool:
    """Whether the date opens the sentence as a clause of its own (去年底，某市長率團
    來訪): the time of what the sentence tells, not history told in passing."""
    return span.text_start == 0 and bool(_TIME_ALONE.match(norm, span.text_end))


def _opened_then_closed(norm: str, spans: list[DateSpan]) -> tuple[DateSpan, DateSpan] | None:
    """The day an event opened and the day it closed, each written before its word
    (四月五日開幕、七日閉幕的「某論壇」): its first and last days."""
    days = [d for d in spans if d.precision == "day" and d.end is None]
    opened = [d for d in days if _OPENED_ON.match(norm, d.text_end)]
    closed = [d for d in days if _CLOSED_ON.match(norm, d.text_end)]
    if opened and closed and opened[0].start < closed[-1].start:
        return opened[0], closed[-1]
    return None
