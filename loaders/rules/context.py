"""The reading context every rule works in: a clause and the reader's state, the
chapter's sections, headings and datelines, the report's period and year, what a
clause refers back to, who leads, and when what a clause states happened."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from graph.model import Label, RelType
from loaders.cards import is_subject_label
from loaders.dates import DateContext, DateSpan, find_dates, is_recurring
from loaders.events import edition_year
from loaders.facts import Facts
from loaders.gazetteer import Gazetteer, Place, PlaceMention
from loaders.lexicon import KnownPerson, lexicon
from loaders.names import (
    NAME_DOTS,
    after_clause_opener,
    bare_surname,
    leader_name,
)
from loaders.people import (
    ACCOUNTING_VERB,
    CLAUSE_ADVERBS,
    PersonMention,
    find_name_before_title,
    find_name_then_post,
    find_title_then_name,
)
from loaders.reading import normalize, rx
from loaders.rules.grammar import (
    _CLAUSE_BREAK,
    _DATE_HEAD,
    _FRIENDSHIP_KIND,
    _FUTURE,
    _GONE_TO,
    _HOME,
    _HOME_ACTOR,
    _HOME_OFFICIAL,
    _INVITED_BY,
    _INVITING,
    _JOINER,
    _LEAD_BY,
    _LEADER_CHANGED,
    _LEADER_VERB,
    _NUMERALS_OF_DATE,
    _OBJECT_VERB,
    _PARENS,
    _PETITION,
    _PLAN_FIELD,
    _PURPOSE_OPENING,
    _QUOTED_NAME,
    _REMOTE,
    _SISTER_KIND,
    _TIME_PHRASE,
    _TIME_TO_COME,
    _VIRTUAL,
    _VISIT_PURPOSE_WORDS,
    occurrences,
)
from loaders.structure import (
    DATELINE_CLOSING,
    DATELINE_OPENING,
    RELATIVE_DAY,
    ParsedReport,
    Section,
    Sentence,
)

#: A time to come written alone (明年, 明年度).
_TIME_TO_COME_WORD = rx(r"(?:" + _TIME_TO_COME + r")度?")


#: What a talk was on (兩市長就交流成果及未來合作方向交換意見): its topic is no time of
#: what the sentence tells; unless it names a time (就明年互訪計畫交換意見), which dates
#: what follows.
_TALK_TOPIC = rx(
    r"就(?![^,;。「」]*?(?:" + _TIME_TO_COME + r"|\d+年))[^,;。「」]{1,30}?"
    r"(?:交換意見|意見交換|交流意見|進行會談|進行討論|會談|討論|研商|商談)"
)


#: A plan acted on, not one to come: 依上半年之規劃, 依原訂計畫, 依照年度計劃 (…派員赴…).
_PLAN_FOLLOWED = rx(r"依(?:照|循|據)?[^,;。]{0,8}?(?:規劃|計畫|計劃)")


#: A time to come said of an event named right after it (為迎接明年舉行之「…」, 籌備下半年
#: 舉辦之「…」): the event's, no time of what the sentence tells.
_EVENT_TIME_ATTRIBUTE = rx(
    r"(?:" + _TIME_TO_COME + r")[^,;。「」]{0,8}?(?:舉行|舉辦|召開|開幕)之(?=「)"
)


#: A clause of purpose, what a party wished to learn (某市為瞭解本市港區規劃，特派…來訪)
#: or the policy it acted in line with (為配合中央推動某某計畫，本府於…主辦…): what it
#: names (規劃, 計畫, 未來發展) is no time of what the sentence tells; unless it names a
#: time to come (為配合明年舉辦之…).
_PURPOSE_CLAUSE = rx(
    r"為了?(?:瞭解|了解|學習|借鏡|觀摩|認識|汲取)[^,;。]*"
    r"|為配合(?![^,;。]*(?:" + _TIME_TO_COME + r"))[^,;。]*"
)


#: A body named for planning (某市政府規劃局, 都市計畫處, 捷運規劃小組): its name, no time
#: to come.
_PLANNING_BODY = rx(r"(?:規劃|計畫|計劃)(?=局|處|司|署|部|課|科|小?組|室|中心|院|委員會)")


#: What did not take place as planned: 原訂…因疫情延後, 原預定…延至…另定, 停辦.
#: 將 marking what is handed over, not a time to come: 將募得之捐款面交王市長, 將紀念品
#: 致贈某市 (but 將於…, 將會…, 將持續… speak of the future).
_HANDED_OVER = rx(
    r"將(?![於在會可來持進再續])[^,;將]{1,24}?"
    r"(?:面交|交給|轉交|交付|遞交|致贈|贈送|捐贈|撥入)"
)


#: A year told relative to the report's, opening a time in digits (於同年11月, 今年5月),
#: maybe glossed with its number (於去（七十八）年十二月間): part of the time.
_RELATIVE_YEAR_TIME = rx(
    r"(?:曾?(?:於|在))?(?:同年|今年|本年|去年|[今本去](?:\([^()]{1,6}\))年)"
    r"(?=\d|" + _NUMERALS_OF_DATE + ")"  # 於本年五月
)


_LEAD_OPENING = rx(r"(?:^|,)([^,]{1,20}?)[親所]?(?:" + _LEADER_VERB + r"|率(?!先))")
#: The inviter opening a sentence whose invitee leads a trip there (某市邀請王大明市長於4月
#: 5日至7日率團赴該市出席「…」, 某市邀王大明市長率團於5月3日赴該市): no part of who leads.
_INVITER_OF_LEADER = rx(
    r"^[^,]{1,16}?(?:" + _INVITING + r")(?=[^,]{2,30}?率[^,]{0,14}?(?:赴|前往))"
)


# 「甲市」「乙市」「丙市」: a city's first character and 市 name a city just mentioned
# (甲某某市, 乙某某市, 丙某某市) when a city's people, offices or acts follow.
_SHORT_CITY = rx(
    r"(?<![本全各該兩每此])((?![本全各該兩每此])[\u4e00-\u9fff])市"
    r"(?=長|政府|府|議|代表|官員|團|民|之|的|[,、。]|並|與|及|和|在|於|參加|雙方|$)"
)


_YEARS_LATER = rx(r"(\d+)\s*年後")


#: A section on the work of the time to come, whose items are plans: 下半年工作重點,
#: 明年度工作計畫, 明（103）年度工作重點, 未來工作方向, 下年度推動重點.
_PLANS_SECTION = rx(
    r"(?:下半年|下年度|明(?:\([^()]{1,6}\))?年|來年|未來)度?(?:之|的)?(?:工作|施政|推動)"
    r"(?:重點|計畫|計劃|規劃|方向)"
)


#: A field of a meeting's minutes opening its line (案由：, 說明：, 決議：, 主席裁示：,
#: 某局提：, 某局報告：), a part of the agenda (報告事項, 臨時動議) or a proposal's number
#: alone (第二案): what follows, up to the next, is that field's.
_MINUTES_FIELD = rx(
    r"^(?:主席)?(案由|說明|決議|結論|辦法|裁示|指示):"
    r"|^[\u4e00-\u9fff]{2,8}?(?:提|報告):"
    r"|^(?:[一二三四五六七八九十]{1,2}、)?(?:報告|討論|提案)事項|^臨時(?:動議|提案)"
    r"|^第[一二三四五六七八九十\d]{1,3}案$"
)


#: The fields of minutes that tell what the meeting decided: 決議, 結論, 裁示, 指示.
_RESOLUTION_FIELDS = frozenset(("決議", "結論", "裁示", "指示"))


#: A resolution telling what was done already, not what is to be (本案業經市長於九月五日
#: 與某市長簽署…，准予備查; 此行於五月十日…簽署; 消防局已於十一月七日…出席).
_RESOLUTION_DONE = rx(
    r"(?:已經?|業已?)(?:於|在|完成|簽|派員|率團|赴|前往|出席|參加)"
    r"|業經[^,;。]{0,8}?於|此行|此次訪問"
)


#: The field telling what was done (實際執行情形：…, 執行成果：…), which may follow the
#: planned schedule in its paragraph: what it tells is done.
_DONE_FIELD = rx(r"^(?:實際)?(?:執行|辦理)(?:情形|情況|成果|結果|概況):")


_OBJECT_VERB_CLOSING = rx("(?:" + _OBJECT_VERB.pattern + ")$")


#: The city's partner called so before its name (本市姊妹市澳洲某市副市長某某): words of
#: who the place is to the city, no part of who leads.
_OUR_PARTNER_CALLED = rx(r"(?:本市|我市)(?:之|的)?(?:姊妹|友好)(?:城市|市)")


#: The home city's own words opening a name of its body (本市某高中, 本府某局).
_HOME_WORDS = rx("^" + _HOME)


#: A tie word right before a city, naming it another's in apposition (甲市與本市友好城市
#: 乙市, 甲市與本市之姊妹市乙市): the words before it tell whether it is a verb's object.
_TIE_BEFORE_CITY = rx(
    r"(?:本市|本府)?(?:之|的)?(?:" + _SISTER_KIND + "|" + _FRIENDSHIP_KIND + r")$"
)


#: The word of a place's kind ending its name: 某市, 某縣, 某州, 某省 (then 某).
_PLACE_SUFFIX_CLOSING = rx(r"[市縣州省]$")


#: The dot between a foreign person's given name and surname: 喬治‧史密斯, 喬治・史密斯.
_NAME_DOT = rx(f"[{re.escape(NAME_DOTS)}]")


#: The petition itself: the office petitioning is no bureau of the trip it proposed.
_PETITIONING = rx(_PETITION)


#: Words before a leader's name: a date, the formal style's copula, a petition, an
#: accountant's verb, the home side, 由 (5月1日本府由王副市長 → 王副市長; 本處簽請本府
#: 王副市長 → 王副市長; …赴日者，係本府林秘書長 → 林秘書長; 核銷本府王秘書長率… → 王秘書長).
_LEADER_OPENING = rx(
    r"^(?:\d.*日)?(?:係|乃)?(?:" + _PETITION + "|" + ACCOUNTING_VERB + r")?" + _HOME + r"?由?"
)


#: An adverb written between a leader's name and the rest of the clause (局長某某則於
#: 11月5日率團來訪, 某市長某某又率團, 某某亦率團; 某市長某某應邀率團, 專程率團): no part
#: of the name.
#: (會長某某訂五月十日率團: 訂 of the day set, the day cut, no part of the name either)
_ADVERB_AFTER_LEADER = rx(
    rf"(?:[{CLAUSE_ADVERBS}]|則|應邀|受邀|獲邀|專程|特地|訂|(?<=[長使事員官任席])續)$"
)


_VISIT_PURPOSE = rx(_VISIT_PURPOSE_WORDS)


#: Kinds of body a report names by what they represent, not by a city they belong
#: to: one named with no place is placed by no place named before it.
_SEATED_BY_NAME = frozenset(("representative_office",))


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


#: A year before the report's written by a word alone: 去年, 前年, 上年.
_PAST_YEAR_WORD = re.compile("去年度?|前年度?|上年度?")


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


#: Titles of a seat in a council (a member, its speaker), held of a city in its council.
_COUNCIL_SEATS = ("議員", "市議員", "議長", "副議長")


#: A clause telling what came after (活動結束後仍透過網路保持聯繫, 返國後持續以視訊交流):
#: keeping in touch from afar afterwards makes no visit before it virtual.
#: So does one telling what the two sides agreed to do from then on (雙方約定每年互訪並
#: 辦理線上課程, 雙方同意定期以視訊交流).
_AFTERWARDS = rx(r"(?:結束|返國|回國|閉幕|返臺)(?:之)?後|日後|保持聯繫|約定|同意")

#: A talk held from afar before, recalled as what the clause carries out (落實上半年視訊
#: 會談之共識, 延續去年線上會議的結論): that talk was remote, not what the clause tells.
_REMOTE_TALK_RECALLED = rx(
    r"(?:" + _REMOTE + r")[^,;。「」]{0,6}?(?:之|的)(?:共識|結論|決議|約定|成果|承諾)"
)


#: What opens a clause going on with the one before it, in time too (雙方將每年互訪，
#: 並推動線上課程: the remote courses are to come as well).
_GOES_ON = ("並", "且", "亦", "同時")


def _opens_alone(norm: str, span: DateSpan) -> bool:
    """Whether the date opens the sentence as a clause of its own (去年底，某市長率團
    來訪): the time of what the sentence tells, not history told in passing."""
    return span.text_start == 0 and bool(_TIME_ALONE.match(norm, span.text_end))


class ReaderContext:
    """The chapter being read, the facts written so far, and where the reader is in it."""

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
        self.held_here_with_help: set[str] = set()
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
        text = _INVITER_OF_LEADER.sub("", text)  # 某市邀請王大明市長…率團赴該市: the invitee
        changed = [m.end() for m in _LEADER_CHANGED.finditer(text)]
        text = text[changed[-1] :] if changed else text  # 原規劃由市長率團，…改由李副市長率…
        match = _LEAD_BY.search(text) or _LEAD_OPENING.search(text)
        if not match:
            return None
        leader = match.group(1).strip()
        if text.startswith("所", match.end(1)) and self.lex.org_kind(leader + "所"):
            leader += "所"  # 某大學研究所率團: the body's 所, not 某某所率
        # (適逢某市市長某某率團來訪: the clause's opening word is no part of who leads)
        leader = _LEADER_OPENING.sub("", after_clause_opener(leader))
        # 某市長允諾屆時將親自率團: words of the sentence, no one named
        found = leader_name(self._without_bureau(leader))
        return self._leader_named_in_full(found) if found else found

    def _leader_named_in_full(self, leader: str) -> str:
        """A leader written with the place and title before the name (某國某市市長王大明):
        the person, by name (王大明); a name before its title (王大明市長) or a surname
        and a title (王市長) stay as written. An adverb after the name (某某則於…率團)
        is no part of it, but where the name found ends in it (某市議員陳建均率團: 陳建均,
        均 closing the name)."""
        bare = _ADVERB_AFTER_LEADER.sub("", leader)
        for written in dict.fromkeys((leader, bare)):
            for name, pid in self.people.items():
                if (
                    len(name) >= 2
                    and leader != name
                    and written.endswith(name)
                    and self.facts.entities[pid].name_zh == name
                ):
                    return name
        if leader in self.people:
            return leader  # 陳建均率團: the name alone, its last character no adverb
        return self._without_place_before_name(bare)

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
            if _VIRTUAL.search(_REMOTE_TALK_RECALLED.sub("", part)) and not later:
                return True
        return False
