"""The reading rules: what each clause of a chapter states, written into `Facts`.

`ReportReader.read` walks sections, sentences and clauses (split at ，and ；); for
each clause it finds places, events, dates and people, then applies the rules in
turn. A rule matches the genre's grammar (締結姊妹市, 簽訂…協議, 由…率團至…,
邀請…參加「…」, …等5個城市參加), never a particular sentence. What a reader keeps in
mind between clauses lives in `ReaderState`: the year last written, the places and
event just named (for 該市, 該縣, short forms such as 甲市, 該研討會) and the subject of
the previous clause (for clauses that have none of their own).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cached_property

from graph.model import RelType, TieStatus
from loaders.cards import is_planned
from loaders.dates import (
    DateContext,
    DateSpan,
    date_in_closing_brackets,
    find_dates,
    find_since_year,
    month_number,
    month_of_number,
)
from loaders.events import find_events
from loaders.reading import rx
from loaders.rules.agreements import AgreementRules
from loaders.rules.context import Clause
from loaders.rules.grammar import (
    _CLAUSE_BREAK,
    _DATE_PREFIX,
    _ITEM_PARTY,
    _LISTED_AFTER_WORD,
    _OBJECT_VERB,
    _SPEAKER_BEFORE,
    _TIE_MAKING,
)
from loaders.rules.participation import EventRules
from loaders.rules.sister_schools import SisterSchoolRules
from loaders.rules.ties import TieRules
from loaders.rules.visitors import VisitorRules
from loaders.rules.visits import VisitRules
from loaders.structure import Sentence

#: A list that a comma does not end: opened by 計有/包括 or by inviting (計有甲國某市、某市，
#: 乙國某市及某市等4個城市…; 邀請甲國某市，以及乙國某市等國內外12個城市…), closed by its
#: count; the commas group its items by country.
_LIST_OPENING = rx(r"計有|共有|包括|包含|邀請|函邀")

_LIST_CLOSING = rx(
    r"等(?:國內外|海內外|國內|國外|全球)?\d+(?:個|座|位|名)?(?:城市|市|縣市|縣|國|單位|團體)"
)

#: The longest stretch between two commas of such a list: a few places with their
#: country or kind (友好城市日本某某市, 以及菲律賓某某市).
_LIST_STRETCH = 24

#: Where a body is seated, the place after it (各國駐華機構多設於臺北, 總部位於東京): the
#: place is a location, not whom the clause is about.
_SEATED_AT = rx(r"(?:設|位|座落|坐落)(?:於|在)$")

#: Leading a group named in quotes: 率「某某協會」, 率領「某某保存會」.
_LEADS_QUOTED = rx(r"率(?:領)?(?=「)")

#: A sentence telling of some of those just named: 其中某市由…率團.
_SUBSET = rx(r"^(?:其中|當中)")

#: A clause referring back to what was told before (某某之參展邀請已如前述, 如前所述,
#: 詳如前述, 如上所述): it tells nothing new.
#: (not 如前所述之「…」, an event qualified as spoken of before, the clause telling more)
_TOLD_BEFORE = rx(r"(?:已|詳)?如(?:前|上)(?:所)?述(?![之的])")

#: A name split around its title, in the old honorific style (吳市長敦義 for 吳敦義市長):
#: surname, title, given name; the surname opening a clause or after 由/與/經/並, not
#: the end of a place's name (某某市市長亞德).
_NAME_SPLIT_BY_TITLE = rx(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[由與經並]))([\u4e00-\u9fff])"
    r"((?:代理|副)?(?:市長|議長|縣長|局長|處長|知事|秘書長))([\u4e00-\u9fff]{1,2})"
)

#: A report the mayor speaks to the council, addressing its members (議長、副議長、
#: 各位議員女士、先生): the speaker is the home mayor.
_COUNCIL_ADDRESSED = rx(r"各位議員")

#: The speaker naming themselves: 本人.
_SPEAKER_SELF = rx(_SPEAKER_BEFORE + "本人")


_DATED_TIES = (RelType.SISTER_SCHOOL_OF, RelType.SISTER_CITY_OF, RelType.FRIENDSHIP_CITY_OF)


#: A clause telling only who led the group the sentence is about: 由某市某某市長親自率團.
_LEADER_CLAUSE = rx(r"^由[^,;由]{1,20}?親?(?:率領|率團|率隊|帶隊|帶領|領隊)$")
#: A clause opening with a verb of pursuing, its places the partners after 與 (持續推動與
#: 甲市、乙縣之締約事宜, 積極洽談與某市締結…): they are whom the city deals with.
_PARTNERS_OPENING = rx(r"^(?:並|另|持續|積極|賡續|繼續)*(?:推動|洽談|研議|爭取|規劃)與$")


#: A sentence dated by the one before: 同時/同日/當天 (that day), 翌日/次日/隔天 (the next).
_SAME_DAY = rx(r"^.{0,7}?(?:同時|同日|當日|當天)|於(?:同日|當日|當天)")
_NEXT_DAY = rx(r"^.{0,7}?(?:翌日|次日|隔日|隔天|翌天)")
#: A sentence opening another party's story within an item: 另某市議長亦率團來訪.
_ANOTHER_STORY = rx(r"^(?:另外?|此外|同時)")


#: A record card's field giving its date, opening a line: 日期：79.8.2, 來函日期：…,
#: 發函日期：…, 出國期間：… (a short label ending in 日期 or 期間, then the colon); not a
#: deadline's (截止日期：, 報名日期：) nor the data's (資料日期：).
_DATE_FIELD = rx(
    r"^(?![^,;。:]{0,4}(?:截止|報名|申請|繳交|資料|統計|更新|製表))[^,;。:]{0,4}(?:日期|期間):"
)

#: The field of a council member's interpellation that gives the question (質詢要旨：…,
#: 質詢內容：…): what the member has heard or supposes (報載…已締結, 聞某某將來訪) is
#: asked, not told; the city's answer that follows (答覆：…) tells what is so.
_QUESTION_FIELD = rx(r"^(?:質詢|詢問|提問|問題)(?:要旨|內容|事項|重點|摘要):")
#: The words labelling the city's answer to a question: 答覆, 回覆, 函復….
_ANSWER_WORD = r"(?:答覆|答復|回覆|回復|函復)"
#: The city's answer to it, dated in brackets (答覆（七十六年四月十日）：): the day the
#: answer was written, which its 本月 and 上月 count from.
_DATED_ANSWER = rx(r"^" + _ANSWER_WORD + r"\(([^()]{6,20})\):?$")
#: The city's answer opening a sentence, dated or not (答覆：…, 答覆（…）：…).
_ANSWER_FIELD = rx(r"^" + _ANSWER_WORD + r"(?:\([^()]{6,20}\))?:")

#: A line of an itinerary opening with its day, before a colon: 第二天(9月4日):,
#: 9月4日:, 9月4日(星期三):.
#: A month and its day, in figures or Chinese numerals: 9月4日, 九月四日.
_MONTH_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
_DAY_LINE = rx(
    r"^(?:第[一二三四五六七八九十\d]{1,3}天\s*\([^()]*\)|" + _MONTH_DAY + r"(?:\([^()]*\))?)\s*:"
)


def _relative_day(norm: str, last: list[DateSpan]) -> list[DateSpan]:
    """A sentence that dates itself by the one before (「翌日，副市長拜會…」): the last
    date read, or the day after the last day read."""
    days = [d for d in last if d.precision == "day"][-1:]
    if _SAME_DAY.search(norm):  # the day last named, else the last date
        return [replace(d, text_start=0, text_end=0) for d in (days or last[:1])]
    if not _NEXT_DAY.search(norm) or not days:
        return []
    return [_day_after(days[0], 0)]


def _day_after(span: DateSpan, at: int) -> DateSpan:
    """The day after `span` (after its last day, for a range), written at offset `at`."""
    day = date.fromisoformat(span.end or span.start) + timedelta(days=1)
    return DateSpan(day.isoformat(), None, day.year, "day", at, at, "")


def _clause_parts(norm: str) -> list[str]:
    """The sentence's clauses (split at ，and ；), a list whose commas group its items
    keeping one clause: 「計有甲國某市、某市，乙國某市及某市等4個城市應邀出席」; a comma
    inside parentheses ends no clause (某市（Some City，5月1日至3日）、乙市)."""
    parts = [
        item for part in _outside_parentheses(_CLAUSE_BREAK.split(norm)) for item in _results(part)
    ]
    joined: list[str] = []
    index = 0
    while index < len(parts):
        end = _list_closing_part(parts, index)
        while end + 1 < len(parts) and _list_goes_on_after_comma(parts, index, end + 1):
            end += 1
        joined.append(",".join(parts[index : end + 1]))
        index = end + 1
    return joined


#: A list of the results of the half year (本期重要成果包括：, 主要成果如下：): each item a
#: statement of its own.
#: (not 工作重點, 計畫要項: a list of plans, its items all to come)
_RESULTS_LISTED = rx(
    r"(?:成果|成效|(?<!工作)(?<!計畫)(?<!計劃)(?:重點|要項))(?:包括|計有|如下)[:]?"
)
#: The shortest item of such a list that is a statement, not a name.
_SHORTEST_RESULT = 8


def _results(part: str) -> list[str]:
    """A clause listing the half year's results (本期重要成果包括：某市長率團來訪並與本府
    簽署…、首度組團出席某市「…」慶典), split at the 、 between its items, each long
    enough to be a statement; the clause itself otherwise."""
    listed = _RESULTS_LISTED.search(part)
    if listed is None:
        return _dated_items(part)
    items = part[listed.end() :].split("、")
    if len(items) < 2 or any(len(item) < _SHORTEST_RESULT for item in items):
        return [part]
    return [part[: listed.end()] + items[0], *items[1:]]


#: An item of a list opening with its own month and day (3月27日與甲市簽署「…」).
_DATED_ITEM = rx(r"^" + _MONTH_DAY)


def _dated_items(part: str) -> list[str]:
    """A clause listing statements each opening with its own date, split at the 、
    between them (計簽署合作文件三件：3月27日與甲市簽署「…」、4月9日與乙市簽署「…」):
    each item a clause, with its own date and partner; the clause itself otherwise."""
    items = _split_outside_quotes(part, "、")
    if len(items) < 2 or not all(
        _DATED_ITEM.match(item) and len(item) >= _SHORTEST_RESULT for item in items[1:]
    ):
        return [part]
    return items


def _split_outside_quotes(text: str, mark: str) -> list[str]:
    """`text` split at each `mark` standing outside 「」."""
    items, depth, start = [], 0, 0
    for at, char in enumerate(text):
        depth += (char == "「") - (char == "」")
        if char == mark and depth == 0:
            items.append(text[start:at])
            start = at + 1
    return [*items, text[start:]]


#: The last item of a list written after a comma: 計有甲市…，以及乙市….
_LAST_ITEM_AFTER_COMMA = rx(r"^以及")


def _list_goes_on_after_comma(parts: list[str], index: int, at: int) -> bool:
    """Whether parts[at] is the last item of the list parts[index] opens (國外參展者計有
    甲市派遣之團隊4人，以及乙市派遣之藝術家2人): one clause with it."""
    opened = _LISTED_AFTER_WORD.search(parts[index])
    return bool(opened and _LAST_ITEM_AFTER_COMMA.match(parts[at]))


def _outside_parentheses(parts: list[str]) -> list[str]:
    """`parts` of a sentence split at its commas, those split inside parentheses
    joined again (某市（Some City，5月1日至3日）: one part)."""
    joined: list[str] = []
    open_part = False
    for part in parts:
        if open_part:
            joined[-1] += "," + part
        else:
            joined.append(part)
        depth = joined[-1].count("(") - joined[-1].count(")")
        open_part = depth > 0
    return joined


def _list_closing_part(parts: list[str], index: int) -> int:
    """The index of the part closing a list (等N個城市) that parts[index] opens, or
    `index` when it opens none or the list runs past a few short stretches."""
    opening = _LIST_OPENING.search(parts[index])
    if opening is None or _LIST_CLOSING.search(parts[index], opening.end()):
        return index
    for end in range(index + 1, min(index + 4, len(parts))):
        closing = _LIST_CLOSING.search(parts[end])
        if closing is not None:
            return end if closing.start() <= _LIST_STRETCH else index
        if len(parts[end]) > _LIST_STRETCH:
            return index
    return index


def _next_days_in_clauses(norm: str, spans: list[DateSpan]) -> list[DateSpan]:
    """A clause opening with 翌日/次日/隔天 and no date of its own (5月21日，某市長抵達
    本市，翌日雙方簽署…): dated the day after the day (or the last of the days) the
    sentence named before."""
    added: list[DateSpan] = []
    offset = 0
    for part in _CLAUSE_BREAK.split(norm):
        own = [d for d in spans if offset <= d.text_start < offset + len(part)]
        days = [d for d in spans + added if d.text_start < offset and d.precision == "day"]
        if not own and days and _NEXT_DAY.search(part):
            added.append(_day_after(days[-1], offset))
        offset += len(part) + 1
    return sorted(spans + added, key=lambda d: d.text_start) if added else spans


#: The first day of what the sentence dated by a range: 開幕當日, 開幕當天, 首日.
_OPENING_DAY = rx(r"開幕(?:當日|當天|日)|首日")


def _opening_days(norm: str, spans: list[DateSpan]) -> list[DateSpan]:
    """A clause dated by the opening day of the range of days the sentence named before
    (「於2月11日至19日舉辦「某燈會」，…李課長並於開幕當日拜會陳市長」): that range's
    first day."""
    added: list[DateSpan] = []
    for opening in _OPENING_DAY.finditer(norm):
        ranges = [
            d for d in spans if d.text_start < opening.start() and d.precision == "day" and d.end
        ]
        if ranges:
            first = ranges[-1]
            at = opening.start()
            added.append(DateSpan(first.start, None, first.year, "day", at, at, ""))
    return sorted(spans + added, key=lambda d: d.text_start) if added else spans


#: A date written in the words naming a document as signed before (依據本年2月雙方
#: 簽署之「…」): the date is that document's. (An event's day, 參加10月5日舉行之「…」,
#: is also the day of joining it.)
_DATE_OF_NAMED = rx(r"[^,;。「」]{0,6}?(?:簽(?:訂|署|定|立)|締結)(?:之|的)「")


#: The time an invitation asks its invitee to come in, written after the invitee
#: (邀請某市明年組隊參加): the invitee's, no date of what the sentence goes on to tell;
#: not an invitation answered (應某市邀請於四月十日至十五日率團赴…: the trip's).
_INVITED_FOR = rx(r"(?<!應)(?<!應邀)邀請[^,;。「」]{0,12}$")
_ANSWERING = rx(r"應[^,;。「」]{0,12}$")


def _dates_of_named(norm: str, spans: list[DateSpan]) -> list[DateSpan]:
    """The dates that only qualify a document named after them (依據本年2月雙方簽署之
    「…」) or the coming an invitation asks for (邀請某市明年組隊參加「…」): no date of
    what the later clauses tell (…，派遣人員來訪; …，並與某市長會晤)."""
    return [
        d
        for d in spans
        if d.text_start >= 0  # (one read as written before the sentence: of all it tells)
        and (_DATE_OF_NAMED.match(norm, d.text_end) or _asks_for_time(norm[: d.text_start]))
    ]


def _asks_for_time(before: str) -> bool:
    """Whether the words before a date end with an invitation asking for a time
    (邀請本府於…, 邀請某市明年…), not one the sentence's party answered (應某市邀請於…)."""
    invited = _INVITED_FOR.search(before)
    return invited is not None and not _ANSWERING.search(before[: invited.start()])


#: The words after a date naming a party by an earlier coming (前於4月28日來訪之某市市長,
#: 曾於3月間到訪之…): the date is that coming's, no date of what the sentence tells.
_EARLIER_COMING_AFTER = rx(
    r"[間初底中下旬]{0,2}(?:來訪|到訪|訪問本市|來高|訪高|蒞臨本市|蒞府|訪臺|來臺)(?:之|的)(?!「)"
)


#: How far after the words of an earlier coming the visitor it names may be written (其
#: country, place and title first: 巴拿馬共和國科隆市市長羅德里格斯).
_VISITOR_NAMED_WITHIN = 30


#: The words before such a date telling the coming as earlier (前於, 曾於, 日前, 先前):
#: without them (三月二日來訪之某市訪問團，由…接見) the coming is the one the item tells.
_EARLIER_MARK = rx(r"(?:前|曾|先前|日前|之前|早前|稍早|上次|上回)(?:於|在)?$")
#: The party named by an earlier coming being a group (前於3月2日來訪之某市訪問團團員，…):
#: the date is the group's coming, still to be read in the sentence.
_GROUP_NAMED = rx(r"[^,;。率]*?(?:團|隊)")


def _earlier_comings(norm: str, spans: list[DateSpan]) -> list[DateSpan]:
    """The dates naming a person by an earlier coming (前於4月28日來訪之某市市長)."""
    comings = []
    for d in spans:
        named_at = _EARLIER_COMING_AFTER.match(norm, d.text_end)
        if (
            named_at
            and d.text_start >= 0
            and _EARLIER_MARK.search(norm[: d.text_start])
            and not _GROUP_NAMED.match(norm, named_at.end())
        ):
            comings.append(d)
    return comings


def _without_years_in_names(
    norm: str, spans: list[DateSpan], near_year: int | None
) -> list[DateSpan]:
    """The dates but a year written after the place opening an event's name that the
    name keeps as part of it, a count of years or a target (「橫濱市一百三十年開港祭」,
    「高雄市2000年港市發展研討會」 in 1993): no date."""
    if not any(d.precision == "year" for d in spans):
        return spans
    kept = [m.start for m in find_events(norm, near_year=near_year) if m.year is None]

    def in_name(d: DateSpan) -> bool:
        for start in kept:
            place = norm[start : d.text_start].lstrip("「")
            if 0 <= d.text_start - start <= 6 and place.endswith(("市", "縣")):
                return True
        return False

    return [d for d in spans if d.precision != "year" or not in_name(d)]


#: A bracketed aside telling when a person took up or left a post, right after the date
#: it opens with (某市市長某某（2015年就任）率團來訪): that time is the post's, no date of
#: what the sentence tells.
_TENURE_ASIDE = rx(r"[^()]{0,4}?(?:就任|上任|到任|接任|當選|連任|卸任|履新)[^()]{0,6}\)")


def _without_tenure_asides(norm: str, spans: list[DateSpan]) -> list[DateSpan]:
    """The sentence's dates without those of a bracketed aside on a person's term of
    office (市長某某（2015年就任）): the term's, not the sentence's."""
    return [
        d
        for d in spans
        if not (
            d.text_start > 0
            and norm[d.text_start - 1] == "("
            and _TENURE_ASIDE.match(norm, d.text_end)
        )
    ]


def _without_earlier_comings(
    norm: str, spans: list[DateSpan], context: DateContext
) -> list[DateSpan]:
    """The sentence's dates without those naming a party by an earlier coming (前於4月28日
    來訪之某市市長再度率團…，23日拜會…): read again with them left out, so a day alone
    after them takes the month of the sentence's own dates."""
    earlier = _earlier_comings(norm, spans)
    if not earlier:
        return spans
    masked = list(norm)
    for span in earlier:
        masked[span.text_start : span.text_end] = "某" * (span.text_end - span.text_start)
    return find_dates("".join(masked), context)


def _month_rolled(norm: str, context: DateContext, told: str, last_day: str) -> str:
    """The month a record card's point opening with `norm` is in: the context's, or the
    next where the first day it writes alone (一日上午拜會…) would be earlier than the last
    day `told` before and the next month's is within the card's days (to `last_day`)."""
    month = context.current_month or ""
    spans = [d for d in find_dates(norm, context) if d.precision == "day"]
    if not spans or not told or spans[0].start >= told:
        return month
    later = replace(context, current_month=month_of_number(month_number(month) + 1))
    rolled = [d for d in find_dates(norm, later) if d.precision == "day"]
    if rolled and rolled[0].start != spans[0].start and told < rolled[0].start <= last_day:
        return later.current_month or month
    return month


class ReportReader(
    VisitorRules,
    TieRules,
    AgreementRules,
    SisterSchoolRules,
    VisitRules,
    EventRules,
):
    """Reads one chapter into `Facts`: `ReportReader(parsed, facts, gaz).read()`."""

    def read(self) -> None:
        current: int | None = -1
        self._join_split_names()
        self._read_speaker_as_mayor()
        asked = self._question_sentences()
        for sentence in self.parsed.sentences:
            if sentence.start in asked:
                continue  # 質詢要旨：報載…: the member's question, not the report's word
            if sentence.section != current:
                self._finish_item(current)
                self.sibling_dates = self._sibling_dates(current, sentence.section)
                current = sentence.section
                self._enter_section(sentence.section)
                self._enter_cards_point(sentence.section)
            self._read_sentence(sentence)
        self._finish_item(current)
        self._record_invitations_received()
        self._drop_summary_trips()
        self._drop_domestic_person_visits()
        self._merge_summed_up_visits()
        self._merge_agreements_told_by_kind()
        self._merge_agreements_told_short()
        self.merge_short_schools()
        self.merge_truncated_people()

    def _question_sentences(self) -> set[int]:
        """The starts of the sentences giving a council member's question (質詢要旨：…),
        the later ones of its paragraph included (又聞…？ 請具體說明。) up to the city's
        answer, when it follows in the same paragraph (…是否曾來訪？答覆：某某已於…)."""
        asked: set[int] = set()
        paragraph = None
        for sentence in self.parsed.sentences:
            if _QUESTION_FIELD.match(sentence.norm):
                paragraph = sentence.paragraph
            elif sentence.paragraph != paragraph or _ANSWER_FIELD.match(sentence.norm):
                paragraph = None
            if paragraph is not None:
                asked.add(sentence.start)
        return asked

    @cached_property
    def _answer_days(self) -> dict[int, str]:
        """The day each sentence of an answer to an interpellation was written, by the
        sentence's start: the date of the answer's field (答覆（七十六年四月十日）：) over
        the sentences after it, up to the next question."""
        days: dict[int, str] = {}
        day: str | None = None
        for sentence in self.parsed.sentences:
            answer = _DATED_ANSWER.match(sentence.norm)
            if answer is not None:
                found = find_dates(answer.group(1), DateContext(self.period))
                day = found[0].start if len(found) == 1 and found[0].precision == "day" else None
            elif _QUESTION_FIELD.match(sentence.norm):
                day = None
            elif day is not None:
                days[sentence.start] = day
        return days

    def _join_split_names(self) -> None:
        """A name split around its title in the old honorific style (吳市長敦義親自接見),
        the full name written before the same title elsewhere in the chapter (吳敦義市長):
        read as that full name and title (same length, the offsets kept)."""
        chapter = "".join(s.norm for s in self.parsed.sentences)

        def joined(split: re.Match[str]) -> str:
            surname, title, given = split.groups()
            whole = surname + given + title
            known = surname in self.lex.surnames and whole in chapter
            return whole if known else split.group()

        for sentence in self.parsed.sentences:
            norm = _NAME_SPLIT_BY_TITLE.sub(joined, sentence.norm)
            if norm != sentence.norm:
                sentence.__dict__["norm"] = norm  # the cached reading (Sentence.norm)

    def _read_speaker_as_mayor(self) -> None:
        """A report the mayor speaks to the council (議長、副議長、各位議員…) tells the
        mayor's acts in the first person (本人親自接見, 與本人會談) or by the mayor's
        given name (致函大明): read each as 本府 (same length, the offsets kept), as the
        mayor acts for the city. (Read as 市長, a title, the words after it would be
        taken for a name: 市長深知.)"""
        if not any(_COUNCIL_ADDRESSED.search(s.norm) for s in self.parsed.sentences[:3]):
            return
        words = [_SPEAKER_SELF]
        given = self._home_mayor_given_name()
        if given:
            words.append(rx(_SPEAKER_BEFORE + given))
        for sentence in self.parsed.sentences:
            norm = sentence.norm
            for word in words:
                norm = word.sub("本府", norm)
            if norm != sentence.norm:
                sentence.__dict__["norm"] = norm  # the cached reading (Sentence.norm)

    def _home_mayor_given_name(self) -> str | None:
        """The given name of the home mayor in office when the period opens, as the
        curated data has it (王大明: 大明), when two characters long (as 本府 is)."""
        for holder in self._home_officials_as_period_opens():
            if holder.title_zh != "市長":
                continue
            name = holder.name_zh
            given = name[2:] if name[:2] in self.lex.surnames else name[1:]
            if len(given) == 2:
                return given
        return None

    def _sibling_dates(self, before: int | None, index: int | None) -> list[DateSpan]:
        """The dates last read in the item before, when the next item is its sibling in
        a list (（一）某市長…於2月24日抵高。（二）某副市長…亦於同日抵高): an item
        dating itself by the one before (同日, 翌日) takes them; no other reads them."""
        sections = self.parsed.sections
        if before is None or index is None or before < 0 or index < 0:
            return []
        if sections[before].parent != sections[index].parent:
            return []
        return [replace(d, text_start=0, text_end=0) for d in self.state.last_dates]

    def _finish_item(self, index: int | None) -> None:
        """A tie an item's heading states (3.某女中與…高等學校締結姊妹校) that its
        text never dated took place on the date the text opens with."""
        if index is not None and index >= 0:
            headings = self._heading_spans(index)
            self._merge_restated_agreements(headings)
            self._merge_restated_meetings(headings)
            self._merge_restated_comings(index, headings)
        dated = self.state.item_dates[:1]
        if index is None or index < 0 or not dated or dated[0].precision != "day":
            return
        # a heading naming a visit to a sister school (某校師生來訪姊妹校某中學) dates no tie
        tie_headings = {
            (s.start, s.end)
            for s in self.parsed.sentences
            if s.section == index and s.is_heading and _TIE_MAKING.search(s.norm)
        }
        for relation in self.facts.relations.values():
            if (
                relation.type in _DATED_TIES
                and relation.properties.get("status", TieStatus.SIGNED) == TieStatus.SIGNED
                and not relation.properties.get("since")
                and any((e.start, e.end) in tie_headings for e in relation.evidence)
            ):
                relation.properties["since"] = dated[0].start

    def _read_sentence(self, sentence: Sentence) -> None:
        same_section = self.sentence is not None and self.sentence.section == sentence.section
        self.previous = self.sentence if same_section else None
        self.sentence = sentence
        norm = sentence.norm
        dates = self.state.dates
        told_in_paragraph = self._paragraph_dateline(sentence) if not dates.issued else None
        if told_in_paragraph is not None:  # …昨（十一）日拜會市府…。（82年4月12日）
            dates = replace(dates, issued=told_in_paragraph.start)
        answered = self._answer_days.get(sentence.start) if not dates.issued else None
        if answered is not None:  # 答覆（七十六年五月十二日）：…業於上月…
            dates = replace(dates, issued=answered)
        found = _without_years_in_names(norm, find_dates(norm, dates), self._report_year())
        found = _without_tenure_asides(norm, found)
        earlier_comings = _earlier_comings(norm, found)
        spans = _without_earlier_comings(norm, found, self.state.dates)
        spans = _opening_days(norm, _next_days_in_clauses(norm, spans))
        spans = [s for s in spans if not self._is_dateline(sentence, s)]  # 〔78.1.10〕: issued
        told_after = self._date_told_after(sentence, spans)
        if told_after is not None:  # …率團來訪，參觀港區（81.1.20～1.23）: of all it told
            # read as written before the sentence, so no clause takes it for its own
            # (某市長應某市之邀，率團訪問…: not the invitation's date)
            at_start = replace(told_after, text_start=-1, text_end=0)
            spans = [at_start, *(s for s in spans if s is not told_after)]
        if not spans:  # 同日, 翌日: by the sentence before, or the item before
            spans = _relative_day(norm, self.state.last_dates or self.sibling_dates)
        if not spans:  # 第二天(9月4日)：…。下午參觀…: the day the line opens with
            spans = self._day_of_line(sentence)
        if not any(s.precision in ("day", "month") for s in spans):
            # a record card's field (日期：79.8.2) dates all the card tells with no day of
            # its own, as if written before each sentence
            spans = [*self._card_date(sentence), *spans]
        self.state.dates_before = self.state.last_dates
        self.state.last_dates = spans or self.state.last_dates
        if not self.state.item_dates:
            self.state.item_dates = [s for s in spans if s.precision in ("day", "month")][:1]
            self._date_item_event()
        went_on = self.previous is not None and self.previous.text.rstrip().endswith(("；", ";"))
        self.state.continues = bool(_SUBSET.match(norm)) or (went_on and self.state.continues)
        self.state.since_year = None
        self.state.sentence_events = []
        self.state.invited_by = []
        self.state.recurring = False
        self.state.clause_places = []
        if not self._read_visitor_list(sentence, norm, spans) and not self._read_line_item(
            sentence, norm, spans
        ):
            self._read_prose_people(sentence, norm)
            self.state.subject = []
            offset = 0
            attributes = _dates_of_named(norm, spans)
            for part in _clause_parts(norm):
                clause = Clause(sentence, part, offset)
                clause.dates = [d for d in spans if offset <= d.text_start < offset + len(part)]
                clause.earlier_dates = sorted(
                    (d for d in spans if d.text_start < offset and d not in attributes),
                    # the item's date closing the sentence over one told in passing
                    # before the clause (甫於二月到任，即…拜會市長（81.2.12）)
                    key=lambda d: d.text_start < 0,
                )
                clause.later_dates = [d for d in spans if d.text_start >= offset + len(part)]
                since = find_since_year(part, self.state.dates)
                if since:
                    self.state.since_year = since
                self._find_places(clause)
                self._find_events(clause, spans)
                self._apply_rules(clause, norm)
                offset += len(part) + 1
            self._invitations_received(sentence)
            self._went_along_with(sentence)
            self._escort_came(sentence)  # 由某參事陪同南下: he came too
            self._earlier_comings_told(sentence, earlier_comings)
            self._dated_by_arrival(sentence, spans)  # 兩團已於十九日抵達: the comings told
            self._dated_by_setting_out(sentence, spans)  # 該團已於七日啟程: the trip told
            self._dated_by_stay_abroad(sentence, spans)  # 訪問團一行於八日至十四日在某市訪問
            self._dated_by_return(sentence, spans)  # 一行人於十七日返國: the trip told
        # 「自98年起，每年均…」 does not move the year the next 今年 means; nor the time an
        # invitation asks for (邀請本府於十月間組團參加…) the month a later day is in
        asked = _dates_of_named(norm, spans)
        told = [d for d in spans if not d.since and d not in asked]
        self.state.dates = self.state.dates.years_written(spans).advance(told)

    def _earlier_comings_told(self, sentence: Sentence, comings: list[DateSpan]) -> None:
        """The visit told in the words naming a visitor by it (前於4月28日來訪之某市市長
        某某再度率團…): the person named right after came on that date."""
        norm = sentence.norm
        for span in comings:
            named_at = _EARLIER_COMING_AFTER.match(norm, span.text_end)
            if named_at is None:
                continue
            after = norm[named_at.end() : named_at.end() + _VISITOR_NAMED_WITHIN]
            after = re.split(r"[,;。]", after, maxsplit=1)[0]  # named in its own clause
            ours = self._home_people()
            found = [
                (after.find(name), person_id)
                for name, person_id in self.people.items()
                if person_id.startswith("person:") and name in after and person_id not in ours
            ]
            if not found:
                continue
            person_id = min(found)[1]
            when = {"start": span.start, "end": span.end, "year": span.year}
            self.facts.relate(RelType.VISITED, person_id, self.home, sentence, **when)

    def _day_of_line(self, sentence: Sentence) -> list[DateSpan]:
        """The day an itinerary's line opens with (第二天(9月4日)：上午…。下午參觀…): a
        later sentence of the line, dated by nothing of its own, is of that day."""
        first = self._paragraph_of(sentence)[0]
        head = _DAY_LINE.match(first.norm)
        if first is sentence or head is None:
            return []
        days = [d for d in find_dates(head.group(), self.state.dates) if d.precision == "day"]
        return [replace(d, text_start=0, text_end=0) for d in days[:1]]

    def _date_told_after(self, sentence: Sentence, spans: list[DateSpan]) -> DateSpan | None:
        """The date an item writes after what it tells, in brackets closing a sentence
        (○某某（某市副市長）率團來訪，…（81.1.20～1.23）；): the sentence's own, else that
        of the next sentence of its paragraph closing with one, where no sentence
        between writes a day or month of its own (…來訪。…座談交流事宜（81.3.5～3.9）。)."""
        own = date_in_closing_brackets(sentence.norm, spans)
        if own is not None or spans:
            return own if own is not None and self._in_period(own) else None
        for later in self.parsed.sentences:
            if later.start <= sentence.start or later.section != sentence.section:
                continue
            if later.paragraph != sentence.paragraph or _ANOTHER_STORY.match(later.norm):
                break  # 另某市議長亦率團來訪（81.4.2）: another party's story, its date
            found = find_dates(later.norm, self.state.dates)
            dates = [d for d in found if not self._is_dateline(later, d)]
            closing = date_in_closing_brackets(later.norm, dates)
            # a year between is history (於民國七十七年締結); a day or month, its own
            # story; a closing date outside the period, history or to come (…締結姊妹市
            # （77.5.20））: not the item's
            days = [d for d in dates if d is not closing and d.precision != "year"]
            if days or closing is not None:
                return closing if closing and not days and self._in_period(closing) else None
        return None

    def _card_date(self, sentence: Sentence) -> list[DateSpan]:
        """The date of the record card the sentence is in (（一）案由：… 日期：79.8.2
        來訪人員：… 經過：…): its date field's value, the most precise date in it
        (八月中旬（79.8.14～8.16）: those days), as written before the sentence; none
        for the field itself, nor outside a card."""
        field = self._date_field(sentence.section)
        if field is None or field is sentence:
            return []
        found = find_dates(field.norm, DateContext(self.period))
        days = [d for d in found if d.precision == "day"] or found
        return [replace(d, text_start=-1, text_end=0) for d in days[:1]]

    def _enter_cards_point(self, index: int | None) -> None:
        """A point of a record card (（三）報告名稱：… 出國期間：十月十一日至二十一日
        內容摘要： 一、…十五日轉往某市): its days written alone are of the month its
        points are in by then (see _card_point_months)."""
        if index is None:
            return
        month = self._card_point_months.get(index)
        if month is not None and not self.state.dates.current_month:
            self.state.dates = replace(self.state.dates, current_month=month)

    @cached_property
    def _card_point_months(self) -> dict[int, str]:
        """The month each point of a record card opens in, as its days written alone
        are read: the month the card's date field opens with for its first point, then
        the month of the last date the points before wrote (二、六月一日… 三、二日…: June);
        a day alone earlier than the last day they wrote is of the next month, where the
        card's days run into it (出國期間：5月29日至6月3日 一、五月二十九日… 二、一日…)."""
        months: dict[int, str] = {}
        points: dict[int, list[Sentence]] = {}
        for sentence in self.parsed.sentences:
            card = self._card_of(sentence.section)
            if card is not None and card != sentence.section:
                points.setdefault(card, []).append(sentence)
        for card, sentences in points.items():
            field = self._date_field(card)
            found = find_dates(field.norm, DateContext(self.period)) if field else []
            days = [d for d in found if d.precision == "day"]
            if not days:
                continue
            last_day = max(d.end or d.start for d in days)
            context, told = DateContext(self.period, current_month=days[0].start[:7]), ""
            for sentence in sentences:
                if sentence.section not in months:  # a point opening: its month
                    month = _month_rolled(sentence.norm, context, told, last_day)
                    context = DateContext(self.period, current_month=month)
                    months[sentence.section] = month  # type: ignore[index]
                spans = find_dates(sentence.norm, context)
                told = max([told, *(d.end or d.start for d in spans if d.precision == "day")])
                context = context.advance(spans)
        return months

    def _date_field(self, index: int | None) -> Sentence | None:
        """The date field (日期：…, 來函日期：…) opening a line of the record card (the
        item whose first line is its subject, 案由：…) `index` is, or is within; none
        outside a card (資料截止日期：… over a section's items dates none of them), nor
        when the date is planned (日期：…（預定）: no day anything was done)."""
        field = self._date_fields.get(self._card_of(index))  # type: ignore[arg-type]
        return None if field is None or is_planned(field.norm) else field

    @cached_property
    def _date_fields(self) -> dict[int, Sentence]:
        """Each section's own date field (日期：…), its first, found once."""
        fields: dict[int, Sentence] = {}
        for sentence in self.parsed.sentences:
            if sentence.section is not None and _DATE_FIELD.match(sentence.norm):
                fields.setdefault(sentence.section, sentence)
        return fields

    def _date_item_event(self) -> None:
        """An item headed by an event (3.參加…「友好城市公務員市政研修」) whose text
        then opens with a date (104年11月10日至13日，…) took place on that date."""
        event = self.facts.entities.get(self.state.event or "")
        dated = self.state.item_dates[:1]
        if event is None or not dated or "start" in event.properties:
            return
        if dated[0].precision == "day" and dated[0].year == event.properties.get("year"):
            event.properties["start"] = dated[0].start
            event.properties["end"] = dated[0].end or dated[0].start

    def _tie_partners_only(self, clause: Clause) -> bool:
        """Whether the clause's places are only those a tie is made or talked of with:
        written after 與, the tie after them (推動與甲市及乙市締結姊妹市), or after a verb of
        pursuing and 與 (持續推動與甲市、乙縣之締約事宜: _PARTNERS_OPENING)."""
        places = sorted(p for p in clause.places if p[2] != self.home)
        if _PARTNERS_OPENING.search(clause.norm[: places[0][0]]):
            return True
        last = places[-1][1]
        return self._partner_of_other_doing(clause, places[0][0], last, len(clause.norm))

    def _body_opening_clause(self, clause: Clause, start: int, end: int) -> str | None:
        """The body whose name the place at `start:end` opens, opening the clause after
        its date and country, written plainly (日本某市某某保存會應本府之邀…: 某市某某
        保存會); not a group the place sends (某市組成市民交流團), nor words of the clause
        after the place (某市為…, 某市因…)."""
        before = _DATE_PREFIX.sub("", clause.norm[:start])
        if before and self.gaz.country(before) is None:
            return None
        return self._body_written_after(clause.norm, start, end)

    def _apply_rules(self, clause: Clause, sentence_norm: str) -> None:
        if _TOLD_BEFORE.search(clause.norm):
            return  # 某局及某市之參展邀請已如前述: told before, nothing new
        self._rule_ties(clause, sentence_norm)
        self._rule_agreement(clause, sentence_norm)
        self._rule_visit(clause, sentence_norm)
        self._rule_hosting(clause)
        self._rule_invitation(clause)
        self._rule_invited_by_outside(clause)
        self._rule_participation(clause, sentence_norm)
        self._rule_meeting(clause, sentence_norm)
        self._rule_sister_school(clause)
        self._rule_pursued_item(clause)
        self._rule_sister_item(clause)
        foreign = self._foreign(clause)
        self.state.clause_places = self._destinations(clause) or foreign or self.state.clause_places
        verb = _OBJECT_VERB.search(clause.norm)
        if verb and self._home_acts(clause.norm[: verb.start()]):
            # 本府…派團參加美國某某市某某節: the city acts; the place is its object
            return
        heading = _ITEM_PARTY.match(clause.norm)
        if heading and self._home_acts(clause.norm[heading.end() :]):
            # 某國某市：環保局依…之規劃，…: the city acts on the item's place, no subject of it
            return
        if _LEADER_CLAUSE.match(clause.norm) and self.state.subject:
            return  # 某會應本府之邀來台，由某市某某市長親自率團: still the group he led
        led = _LEADS_QUOTED.search(clause.norm)
        body_led = self._quoted_body_led(clause.norm, led.end()) if led else None
        if body_led is not None:
            # 某某率「某某協會」一行來訪: the body led is whom the clause is about
            self.state.subject = [body_led]
        elif foreign and self._tie_partners_only(clause):
            # 推動與甲市及乙市締結姊妹市，以及派團出席「…」: partners of a tie, no subject
            return
        elif foreign and all(
            _SEATED_AT.search(clause.norm[:start]) for start, _, _ in clause.places
        ):
            # 各國駐華機構多設於臺北，其人員南下…: where bodies sit, not whom it is about
            return
        elif foreign and not (self._destinations(clause) and self._home_acts(sentence_norm)):
            # 某市「某某保存會」: the body quoted after its place is whom the clause is about;
            # so is one whose name the place opens, opening the clause (日本某市某某保存會
            # 應本府之邀來台)
            quoted = [
                self._quoted_body_of(clause.norm, s, e) or self._body_opening_clause(clause, s, e)
                for s, e, _ in clause.places
            ]
            self.state.subject = [b for b in quoted if b] or foreign
