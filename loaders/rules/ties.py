"""Ties and agreements: sister and friendship cities, MOUs, sister schools, and the
items of a 「賡續推動…締結」 section that name the cities being pursued."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from graph.model import Label, Relation, RelType, TieStatus
from loaders.dates import DateSpan
from loaders.facts import told_in
from loaders.gazetteer import Gazetteer
from loaders.names import SCHOOL_SHORT_FORMS
from loaders.reading import normalize, rx
from loaders.rules.base import _SCHOOL_KINDS, Clause, ReaderBase
from loaders.rules.grammar import (
    _ACCOMPANIES,
    _ACTING_ON_BOTHS_AGREEMENT,
    _ADVERB_TAIL,
    _AFTER_EARLIER,
    _AGREED_THEN_TO_SIGN,
    _AGREEMENT,
    _AGREEMENT_BY_KIND,
    _AGREEMENT_CARRIED_OUT,
    _AGREEMENT_DRAFTED,
    _AGREEMENT_KIND,
    _AGREEMENT_LANGUAGE_TEXTS,
    _AGREEMENT_NAMED,
    _AGREEMENT_NOT_MADE,
    _AGREEMENT_NOUN,
    _AGREEMENT_NOUN_SIGNED,
    _AGREEMENT_PENDING,
    _AGREEMENT_REFERRED,
    _AGREEMENT_TEXT,
    _AGREEMENT_TITLE,
    _ALLIANCE_SINCE,
    _ALLIED_CLOSING,
    _ALLIED_HOME_FIRST,
    _ANNIVERSARY,
    _BOTH_SCHOOLS,
    _BOTH_SIDES,
    _BOTH_TIED,
    _CALLED_OURS,
    _CALLED_OURS_OPENING,
    _CAME_OF,
    _CASE_SETTLED_AFTER,
    _CLAUSE_BREAK,
    _COME,
    _DATE_OPENING,
    _DATE_PREFIX,
    _DEALT_WITH_ON,
    _DECLINE_WORD,
    _EITHER_TIE_KIND,
    _FIELD_JOINER,
    _FIELDS,
    _FRIENDSHIP,
    _FRIENDSHIP_SIGNING,
    _FUTURE,
    _GLOSS,
    _GOING_TO_OPENING,
    _GOVERNING_BODY,
    _GOVERNMENT,
    _GROUPED_CITIES,
    _HALF_OF_YEAR,
    _HAN,
    _HOME_ACTOR,
    _HOME_BUREAU_SIGNS,
    _HOME_SCHOOL_CALLED_ON,
    _HOME_SCHOOL_LEAD,
    _ITEM_JOINER_OPENING,
    _ITEM_NUMBER_OPENING,
    _JOINER,
    _JOINER_QUALIFYING,
    _LIST_CLOSE,
    _LIST_CLOSED,
    _LISTED_AFTER_WORD,
    _LISTED_AS_EXAMPLES,
    _MADE_IN_PARENS,
    _MANNER_TAIL,
    _MOU_OR_ACCORD,
    _MUNICIPAL_FOUNDER,
    _NEGOTIATING,
    _NOT_HELD,
    _ON_DATE_CLOSING,
    _ORDINAL,
    _OTHERS_TIE_GAP,
    _OURS_BARE,
    _PLAN_FIELD,
    _PRONOUN_PERSON,
    _PURPOSE_OPENING,
    _PURSUIT,
    _PURSUIT_SECTION,
    _QUALIFYING,
    _QUOTED_NAME,
    _RANKED_AS,
    _RETURN_VISIT_OPENING,
    _SAME_OCCASION,
    _SCHOOL,
    _SCHOOL_TIE,
    _SCHOOL_TIE_MADE,
    _SCHOOL_WENT,
    _SEEKING,
    _SIGNED_FOR,
    _SIGNING,
    _SIGNING_PUT_OFF,
    _SIGNING_TALKED_OF,
    _SINCE_SIGNED,
    _SINGLED_OUT,
    _SISTER,
    _SISTER_PLACE_BEFORE,
    _SISTER_SCHOOL_NAMED,
    _SISTER_SIGNING,
    _SISTERS_INVITED,
    _SISTERS_SECTION,
    _TALKS_DONE,
    _TALKS_ERRAND,
    _TALKS_GOING_ON,
    _TALKS_ON,
    _TALKS_ON_AN_AGREEMENT,
    _TALKS_PLANNED,
    _TALKS_TO_COME,
    _TEXTS_SETTLED,
    _THAT_PLACE,
    _TIE_AGREEMENT,
    _TIE_CASE_LISTED,
    _TIE_CASE_NAMED,
    _TIE_DECLINED,
    _TIE_DECLINED_AFTER,
    _TIE_DISCUSSED,
    _TIE_ENDED,
    _TIE_HELD,
    _TIE_HELD_FOR,
    _TIE_HELD_NOT_YET,
    _TIE_HOPED_FOR,
    _TIE_IF_MADE,
    _TIE_MADE_AT,
    _TIE_MADE_EARLIER,
    _TIE_NOT_MADE,
    _TIE_PARTNER,
    _TIE_QUALIFIES,
    _TIE_TALKED_OF,
    _TIE_TOLD_AFTER,
    _TIE_TOLD_BEFORE,
    _TIE_WISHED_AFTER,
    _TIE_WORD,
    _TIES_AMONG,
    _TIES_PEOPLE_AFTER,
    _TITLE_OPENING,
    _TWO_TIE_KINDS_AFTER,
    _TWO_TIE_KINDS_BEFORE,
    _VENUE_BEFORE,
    _VENUE_TAIL,
    _VISIT_AFTER_TIE,
    _WITH_SCHOOL,
    _WITH_THAT_BODY,
    _WITH_TIED,
    _WITNESS,
    _WITNESSED,
)
from loaders.structure import Sentence, numeral_value


def _school_names(text: str) -> list[str]:
    """The schools a text names, without the words that open the sentence before a
    home school (另本市某高中, 此外本市某國中: the school is 某高中, 某國中) or the
    date it opens with (99年5月1日，日本某高等學校…)."""
    text = _without_date_opening(text)
    witnessed = _WITNESSED.sub("", text)
    if witnessed != text and _SCHOOL.search(witnessed):
        text = witnessed  # 某市長並見證本市甲校與乙校簽署: the schools are after the witness
    return [
        _after_city_word(_HOME_SCHOOL_LEAD.sub("", _TIME_THEN_BY.sub("", m.group(1))))
        for m in _SCHOOL.finditer(text)
    ]


def _after_city_word(name: str) -> str:
    """A school's name from the 本市 or 該市 in it on, when words before it ran into it
    (某局王局長率本市某高中, 訪問團另代本市某大學): no school's name holds those words.
    A city's own school keeps its name (熊本市立某高等學校: 本市 there ends 熊本市)."""
    for word in ("本市", "該市"):
        at = name.rfind(word)
        if at > 0 and name[at + len(word) :][:1] != "立" and _SCHOOL.fullmatch(name[at:]):
            if _ends_a_place(name, at + len(word)):
                return name  # 日本長野縣松本市深志高等學校: 本市 ends 松本市
            return name[at + len(word) :]
    return name


#: What stands between a clause naming a tie (與某市的姊妹市關係) and the date of the
#: next clause telling when it was made: the comma, 則是在, 係於, 早在.
_BEFORE_DATE_OF_MAKING = rx(r",(?:則|乃|早)?(?:是|係)?(?:在|於)?")
#: The making told right after that date, closing the clause: (間)建立, 締結(姊妹市),
#: 締盟, 結盟, 成立; not another thing set up (建立兩市青少年交流平台, 成立某協會).
_MADE_AFTER_DATE = rx(
    r"(?:間|時)?(?:正式)?(?:建立|締結|締盟|結盟|成立)"
    r"(?:姊妹(?:城)?市|友好(?:城市)?|關係)*(?=[,;。]|$)"
)


#: A place's unit then one or two words of a name before 本市 (長野縣松本市).
_UNIT_THEN_NAME = rx(r"[縣州省][\u4e00-\u9fff]{1,2}$")


def _ends_a_place(name: str, end: int) -> bool:
    """Whether the words of `name` ending at `end` close a place's name: one the gazetteer
    reads (松本市, 熊本市), or one written after its country or a unit (日本山本市)."""
    gaz = Gazetteer.default()
    if any(m.start < end - 2 and m.end == end for m in gaz.find_places(name)):
        return True
    before = name[: end - 2]
    return any(
        before[:-k].endswith(country)
        for k in (1, 2)
        for country in gaz.country_names_longest_first()
    ) or bool(_UNIT_THEN_NAME.search(before))


#: The time of a tie and 由 before the schools it names (兩市並於本年一月由某高中與某高等
#: 學校締結為姊妹校): words of the sentence, the school's name opening after 由.
_TIME_THEN_BY = rx(r"^[^由]*[年月][^由]*由(?=.{2})")


def _both_schools_act(before: str, clause: str) -> bool:
    """Whether 兩校 (雙方學校) is the subject of the tie's clause or of the one before it
    up to a semicolon (兩校於某禮堂舉行簽約儀式，締結為姊妹校)."""
    return bool(_BOTH_SCHOOLS.search(before.rsplit(";", 1)[-1] + clause))


def _gone_to_and_visitors(gone_to: str, named: list[str]) -> list[str]:
    """The two schools of 兩校: the city's school gone to first, then the other named
    before it, read from a gloss (某某(某高等學校校長) gives 某高等學校)."""
    others = [
        school.rsplit("(", 1)[-1]
        for school in named
        if not (school in gone_to or gone_to.endswith(school.rsplit("(", 1)[-1]))
    ]
    return [gone_to, *others[:1]]


def _without_date_opening(text: str) -> str:
    """The text without the date it opens with and the space after it (3月24日　某校…,
    99年5月1日，某校…); a text opening with a word (日本某高等學校) keeps it."""
    if not (text[:1].isdigit() or text.startswith(("同年", "今年"))):
        return text
    return _DATE_PREFIX.sub("", text).lstrip()


def _ours_first(text: str, schools: list[str]) -> list[str]:
    """The schools of a tie with the home one first: the one written after 本市 (某市
    某高等學校師生至本市某高中交流…; 率領該市某高中…與本市某高中簽署協定) or founded
    by the city (寄宿於市立某高中)."""

    def ours(school: str) -> bool:
        written = any(f"{home}{school}" in text for home in ("本市", "本市立"))
        written = written or bool(_MUNICIPAL_FOUNDER.match(school))
        return written and not _SISTER_PLACE_BEFORE.match(school)

    return sorted(schools, key=lambda s: not ours(s))


def _with_school(text: str, school: str) -> bool:
    """Whether `school` is written after 與 (與某高等學校, 與當地某高等學校)."""
    return any(
        m.end() + len(school) <= len(text) and text.startswith(school, m.end())
        for m in _WITH_SCHOOL.finditer(text)
    )


#: Going to a sister school, named as where one went: 至姊妹校, 前往姊妹校, 拜訪姊妹校.
_GOES_TO_SISTER_SCHOOL = rx(r"(?:至|到|前往|赴|拜訪|參訪)姊妹校")


def _schools_or_the_one_visited(text: str, schools: list[str]) -> list[str]:
    """The schools a clause names, or the sister school it goes to (本市某高中師生隨團前往，
    至姊妹校某高中進行回訪; 前往姊妹校…, 拜訪姊妹校…), written 姊妹校某高中."""
    visited = _SISTER_SCHOOL_NAMED.search(text)
    if visited and not visited.group(1) and all("姊妹校" in s for s in schools):
        return ["姊妹校" + visited.group(2)]
    return schools


def _school_tie_status(before: str, sentence_norm: str) -> str:
    """The status (TIE_STATUSES) of a sister-school tie, from the clause's words before
    姊妹校: 洽談締結姊妹校 is negotiating; 規劃於…締結, 預計明年締結, 將締結, 擬締結 planned,
    and so is a signing the sentence puts off (原訂於3月…簽署姊妹校協定，因故延後);
    else it was made."""
    if _NEGOTIATING.search(before):
        return TieStatus.NEGOTIATING
    if (
        _FUTURE.search(before)
        or _SEEKING.search(before)
        or _SIGNING_PUT_OFF.search(sentence_norm)
        or _AGREED_THEN_TO_SIGN.search(sentence_norm)  # …達成共識，預定明年簽約
    ):
        return TieStatus.PLANNED
    return TieStatus.SIGNED


#: A signing named as a matter dealt with (簽訂「某某備忘錄」一案): its topic, the state of
#: which the sentence tells after it.
_AGREEMENT_AS_MATTER = rx(r"「[^「」]+」(?:一案|一事)$")
#: The matter told done: 已於三月十日完成簽署, 業已由副市長代表簽訂.
_MATTER_SIGNED = rx(r"(?:已|業已?)[^,;。]{0,16}?(?:" + _SIGNING + r")")


def _matter_under_talks(rest: str) -> bool:
    """Whether the words after an agreement named as a matter tell talks on it going on
    (…，本案刻仍洽商中), not after telling it signed (已於三月十日完成簽署，有關執行細節
    刻仍洽商中: talks on its details)."""
    talks = _ongoing_talks(rest)
    return bool(talks) and not _MATTER_SIGNED.search(rest, 0, talks[0].start())


#: A tie named as a matter dealt with (締結姊妹校一案, 締結姊妹市一事): its topic, which
#: the words after it tell the state of, not a tie told as made.
_TIE_AS_MATTER = rx(r"(?:一案|一事|案)$")


def _talks_going_on_after(clause: Clause) -> bool:
    """Whether the clause right after a planned tie tells talks on it going on now, with
    no subject of its own (…締結姊妹校，刻正透過某會洽商中; …，目前仍在協商中)."""
    after = clause.sentence.norm[clause.start + len(clause.norm) :].lstrip(",")
    return bool(_TALKS_GOING_ON.match(_CLAUSE_BREAK.split(after, maxsplit=1)[0]))


def _school_tie_discussed(text: str, tie: re.Match[str]) -> bool:
    """Whether the clause `text` tells talks on its sister-school tie `tie`, written
    around it (就締結姊妹校事宜展開洽談, 就締結姊妹校一事進行協商), not talks to come."""
    discussed = _TIE_DISCUSSED.search(text)
    return bool(
        discussed
        and discussed.start() <= tie.start() < discussed.end()
        and not _FUTURE.search(text)
    )


#: A label opening a paragraph, run in before its text (姊妹市及友好城市關係之推展：…,
#: 下半年度預定辦理事項：…): words naming the topic, ending in 推展, 事項 or the like.
_RUN_IN_LABEL = rx(r"^[^,;。:]{2,20}?(?:之推展|推動|概況|情形|事項|現況|成果):")


def _unquoted(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of `pattern` outside 「」, or inside an agreement's name
    (「友好城市協定書」 is the tie's own): inside another name, its words are the
    name's (「締結姊妹市10週年紀念展」 names an event, it makes no tie)."""
    label = _RUN_IN_LABEL.match(text)
    for match in pattern.finditer(text):
        if label and match.end() <= label.end():
            continue  # 「姊妹市及友好城市關係之推展：本市…」: the topic's label, no tie
        opened = text[: match.start()]
        if opened.count("「") <= opened.count("」"):
            return match
        name = text[opened.rfind("「") + 1 :].split("」", 1)[0]
        if _AGREEMENT_KIND.search(name[-4:]):
            return match
    return None


def _made_since(clause: Clause, sentence_norm: str) -> str | None:
    """When a tie the sentence ends had been made: the date written right before its
    making (於2009年締結…, 2005年結為…) or opening 自…起 (兩市自2005年起為姊妹市)."""
    made = _TIE_MADE_AT.search(sentence_norm[: clause.start + len(clause.norm)])
    if made is None:
        return None
    return _dated_before(clause.earlier_dates + clause.dates, made.start(), 6, since_too=True)


def _made_in(clause: Clause) -> str | None:
    """The date a clause writes right before a tie's making (（102年6月締結）, 自1966年
    締結, 2005年起即為): when the tie it names was made."""
    made = _TIE_MADE_AT.search(clause.norm)
    if made is None:
        return None
    return _dated_before(clause.dates, clause.start + made.start(), 2)


def _made_in_next_clause(clause: Clause) -> str | None:
    """The date of the next clause telling when the tie the clause ends with, named as
    a relation, was made (與某市的姊妹市關係，則是在民國七十五年建立): that date,
    standing alone between the comma and the verb of making."""
    later = clause.later_dates[:1]
    if not later or not clause.norm.endswith("關係"):
        return None
    norm = clause.sentence.norm
    if _PURPOSE_OPENING.match(norm[clause.start :]):
        return None  # 為深化與某市的姊妹市關係，…: the tie is no subject of the next clause
    between = norm[clause.start + len(clause.norm) : later[0].text_start]
    if not _BEFORE_DATE_OF_MAKING.fullmatch(between):
        return None
    return later[0].start if _MADE_AFTER_DATE.match(norm, later[0].text_end) else None


def _made_in_parens_after(clause: Clause, end: int) -> str | None:
    """The date in the parentheses telling a tie's making right after a partner ending
    at `end` in the clause (甲市(1966年締結), 乙市（民國77年結盟）)."""
    made = _MADE_IN_PARENS.match(clause.norm, end)
    if made is None:
        return None
    dated = [
        d
        for d in clause.dates
        if clause.start + made.start() <= d.text_start < clause.start + made.end()
    ]
    return dated[0].start if dated else None


def _dated_before(dates: list[DateSpan], at: int, gap: int, since_too: bool = False) -> str | None:
    """The start of the last date written at most `gap` characters before `at` (or,
    with `since_too`, any 自…起 date before it)."""
    dated = [
        d for d in dates if d.text_end <= at and (at - d.text_end <= gap or (since_too and d.since))
    ]
    return dated[-1].start if dated else None


def _ongoing_talks(text: str) -> list[re.Match[str]]:
    """The words of talks on a tie in `text` that are not told as done (洽談中, 持續協商;
    not 經多次協商, 完成…之協商) nor as to come at the signing (屆時將同時洽談…) or on a
    trip planned (預定明年組團回訪，洽商締結事宜)."""
    done = [m.span() for m in _TALKS_DONE.finditer(text)]
    return [
        m
        for m in _NEGOTIATING.finditer(text)
        if not any(start <= m.start() < end for start, end in done)
        and not _TALKS_TO_COME.search(text, 0, m.start())
        and not _TALKS_PLANNED.search(text, 0, m.start())
    ]


def _talks_on_the_tie(text: str) -> list[re.Match[str]]:
    """The talks going on in `text` (_ongoing_talks) save those on an agreement other
    than a tie's (洽簽「某某合作備忘錄」, 續商兩市港務合作協議): talks on an MOU after a
    tie told made (於2006年締結友好城市，兩市並於本年5月洽簽「…備忘錄」) leave the tie made."""
    return [m for m in _ongoing_talks(text) if not _TALKS_ON_AN_AGREEMENT.match(text, m.end())]


def _tells_no_tie_of(rel_type: RelType, text: str, making: re.Match[str] | None) -> bool:
    """Whether the clause neither makes nor ends a tie of this kind: no word of making
    it (締結姊妹市) and, for a sister-city tie, none of its ending (姊妹市關係終止), or an
    ending of a friendship tie (友好城市關係終止) read as a sister-city one."""
    ended = rel_type == RelType.SISTER_CITY_OF and _TIE_ENDED.search(text)
    if not (making or ended):
        return True
    return "友好" in (ended.group() if ended else "") and rel_type != RelType.FRIENDSHIP_CITY_OF


def _kinds_made(text: str) -> list[tuple[int, RelType]]:
    """Where the clause makes a tie of each kind (締結姊妹市, 締結友好城市), in order."""
    return sorted(
        [(m.start(), RelType.SISTER_CITY_OF) for m in _SISTER_SIGNING.finditer(text)]
        + [(m.start(), RelType.FRIENDSHIP_CITY_OF) for m in _FRIENDSHIP_SIGNING.finditer(text)],
        key=lambda made: made[0],
    )


def _ties_in_passing(text: str) -> list[tuple[re.Match[str], RelType]]:
    """「某市姊妹市」, 「本市姊妹市某市」, 「友好城市某市」: the words naming an existing
    tie in passing, in the order written."""
    return sorted(
        [(m, RelType.SISTER_CITY_OF) for m in _SISTER.finditer(text)]
        + [(m, RelType.FRIENDSHIP_CITY_OF) for m in _FRIENDSHIP.finditer(text)],
        key=lambda found: found[0].start(),
    )


#: A place referred to as a tie's owner right before the tie word (該市姊妹市, 其友好城市).
_TIE_OWNER_REFERRED = rx(r"(?:" + _THAT_PLACE.pattern + r"|其)(?:之|的)?$")
#: The possessive after a place, closing the words before a tie word (某市之姊妹市).
_OWNED_BY = rx(r"(?:之|的)$")


def _passing_word_is_no_tie(text: str, match: re.Match[str]) -> bool:
    """Whether a passing tie word names no tie of a city: a word of an event's name
    (「友好城市青年論壇」), or one the words around it tell of otherwise (締結姊妹市,
    推動…友好城市 before it; 姊妹市協議, 姊妹市首長, 姊妹市關係 after it); but a
    list closed by 等 names its cities' ties (甲市、乙市等3個姊妹市, even after a tie
    made in the list: 甲市及…成為本市姊妹市之乙市等; 甲市、乙市等姊妹市首長), unless it
    is closed by both kinds (甲市、乙縣等姊妹市及友好城市)."""
    opened = text[: match.start()]
    if opened.count("「") > opened.count("」"):
        return True  # 「友好城市青年論壇」: a word of an event's name, no tie
    after = text[match.end() :]
    if _TWO_TIE_KINDS_AFTER.match(after) or _TWO_TIE_KINDS_BEFORE.search(opened):
        return True  # 甲市、乙縣等姊妹市及友好城市: which city holds which is not told
    if _LIST_CLOSED.search(opened) and (
        _TIES_PEOPLE_AFTER.match(after) or not _TIE_TOLD_AFTER.match(after)
    ):
        return False  # 甲市、乙市等(3個)姊妹市(首長): the listed cities are sister cities
    ranked = _RANKED_AS.search(opened)
    if ranked and _AFTER_EARLIER.search(ranked.group()):
        return False  # 某市成為本市繼甲市（…締結）之後之第三個姊妹市: ranked among ties
    return bool(_TIE_TOLD_BEFORE.search(opened) or _TIE_TOLD_AFTER.match(after))


def _agreement_title(text: str, last_signing: re.Match[str]) -> str:
    """The title of the agreement signed: the quoted name (簽署「某某合作備忘錄」), the
    noun after the verb (簽署合作備忘錄) or right before it (完成某某合作備忘錄簽署),
    without its opening words; one referred back to (簽署上開協議書, 該備忘錄) by its
    kind alone, the words pointing back being no part of a title."""
    titled = (
        _AGREEMENT_TITLE.search(text)
        or _AGREEMENT_NOUN.search(text[last_signing.end() :])
        or _AGREEMENT_NOUN_SIGNED.search(text[: last_signing.start()])
    )
    title = _TITLE_OPENING.sub("", titled.group(1)) if titled else ""
    kind = _AGREEMENT_KIND.search(title) if _AGREEMENT_REFERRED.fullmatch(title) else None
    return kind.group() if kind else title


def _is_ties_own_agreement(title: str, sentence_norm: str) -> bool:
    """Whether the agreement is a tie's own, told in a sentence making the tie (簽署
    協定書，某市正式成為本市第N個姊妹市 / 與某高中簽署協定，締結為姊妹校)."""
    return bool(_AGREEMENT_KIND.fullmatch(title.removesuffix("書"))) and any(
        tie.search(sentence_norm)
        for tie in (_SISTER_SIGNING, _FRIENDSHIP_SIGNING, _SCHOOL_TIE_MADE)
    )


def _standing_ties(text: str) -> list[re.Match[str]]:
    """The ties a text tells as standing relations (本市與甲市(1966年締結)及乙市之姊妹市
    關係): none in a text of a tie ended, nor one still to come (建立與某市之…關係)."""
    if _TIE_ENDED.search(text):
        return []
    return [
        held
        for held in _TIE_HELD.finditer(text)
        if not _TIE_HELD_NOT_YET.search(text[: held.start()])
    ]


def _within(span: DateSpan) -> str | None:
    """The date a thing done during `span` has: its day, or for a range (signed during
    a visit of 3月17日至19日) only what all its days share (2004-03); none for a range
    crossing a year (12月30日至1月2日)."""
    if not span.end:
        return span.start
    shared = span.start
    while shared and not span.end.startswith(shared):
        shared = shared[: shared.rfind("-")] if "-" in shared else ""
    return shared or None


def _shortened(short: str, title: str) -> bool:
    """Whether `short` is `title` told shorter: of the same kind (備忘錄, 意向書…) and
    its words all in `title`, in order (教育交流備忘錄 of 教育交流合作備忘錄; 交流協議 of
    交流協議書: 協議 and 協議書 are one kind)."""
    kinds = [_AGREEMENT_KIND.search(t[-4:]) for t in (short, title)]
    if not all(kinds) or len(short) >= len(title):
        return False
    if len({k.group().removesuffix("書") for k in kinds if k}) > 1:
        return False
    rest = iter(title)
    return all(char in rest for char in short)


def _told_again_within(short: Relation, full: Relation) -> bool:
    """Whether the signing `short` tells may be the one `full` tells: `full` signed on a
    date within `short`'s (undated, or dated less precisely), or both planned, on no two
    dates (a proposal's undated, the plan's 擬於十月…簽署上開協議書)."""
    dated = str(short.properties.get("date") or "")
    full_dated = str(full.properties.get("date") or "")
    if full.properties.get("status") == TieStatus.SIGNED:
        return len(full_dated) > len(dated) and full_dated.startswith(dated)
    planned = (short.properties.get("status"), full.properties.get("status"))
    return planned == (TieStatus.PLANNED, TieStatus.PLANNED) and (
        not dated or not full_dated or dated == full_dated
    )


#: What may stand between an agreement's date and its verb of signing: who signed,
#: 所, or the party signed with (本年2月雙方簽署之, 於2019年兩市所簽訂之, 本年二月與某市
#: 簽訂之).
_SIGNING_DATE_GAP = re.compile(r"(?:雙方|兩市|兩校|兩府|兩國|與[^,;。與]{1,12}?)?(?:所|共同)?")


#: The signing of an agreement spoken of as a noun, by its kind alone (兩市經貿協議之簽署，
#: 對…當有助益): the agreement the text told before, no signing of its own.
_SIGNING_SPOKEN_OF = rx(r"(?:協議|協定|備忘錄|合約)(?:書)?(?:之|的)(?:簽署|簽訂)(?!儀式|典禮)")


def _visited_after_tie(clause: Clause) -> set[str]:
    """The places a clause names after its tie, as another visit joined on (訪問甲市簽署
    姊妹市協定暨訪問乙市: 乙市): no partners of the tie. Not one named before it too
    (與甲市簽署…並參訪甲市國際機場: the partner named again), nor one with a tie of its
    own told after it (並轉往乙市簽署友好城市協定: that tie's partner)."""
    also = _VISIT_AFTER_TIE.search(clause.norm)
    if also is None:
        return set()
    before = {pid for start, _, pid in clause.places if start < also.start()}
    return {
        pid
        for start, end, pid in clause.places
        if start >= also.end() and pid not in before and not _TIE_WORD.search(clause.norm, end)
    }


class TieRules(ReaderBase):
    def _rule_ties(self, clause: Clause, sentence_norm: str) -> None:
        """Sister- and friendship-city ties: made, planned, negotiated or ended
        (本市與某市締結姊妹市), implied by the cities answering an invitation to the
        sister cities, or named in passing (本市姊妹市某市)."""
        if self._tie_made_or_ended(clause, sentence_norm):
            return
        self._talks_on_item_tie(clause)
        self._sisters_answering_invitation(clause)
        self._sisters_singled_out(clause)
        self._ties_held(clause)
        self._both_tied(clause)
        self._alliance_since(clause)
        passing = _ties_in_passing(clause.norm)
        for match, tie in passing:
            self._tie_in_passing(clause, match, tie)
        if not passing:
            self._restate_made(clause)

    def _tie_made_or_ended(self, clause: Clause, sentence_norm: str) -> bool:
        """A tie the clause makes, plans, negotiates or ends with the cities it is about
        (本市與某市締結姊妹市, 將與某市締結友好城市, 與某市之姊妹市關係終止); whether any
        city was found for it. A clause making both kinds (與甲市締結姊妹市、與乙市締結
        友好城市) gives each city the kind written next after it."""
        text = clause.norm
        kinds = _kinds_made(text)
        found = False
        for rel_type, pattern in (
            (RelType.SISTER_CITY_OF, _SISTER_SIGNING),
            (RelType.FRIENDSHIP_CITY_OF, _FRIENDSHIP_SIGNING),
        ):
            making = _unquoted(pattern, text)
            if _tells_no_tie_of(rel_type, text, making) or self._held_not_made(text, making):
                continue
            if making and (
                _TIE_DECLINED.search(text[: making.start()])
                or _TIE_DECLINED_AFTER.match(text, making.end())
                or self._tie_between_others(clause, making)
            ):
                found = True  # 無意與本市締結…; 甲市與乙市締結…之經過: no tie of the city's
                continue
            qualified = self._qualified_by_tie(clause, making)
            cities = qualified or self._tie_partners(clause, sentence_norm, rel_type)
            cities = list(dict.fromkeys(self._city_of_organ(c) for c in cities))
            if len({kind for _, kind in kinds}) > 1:
                cities = self._of_kind_next(clause, cities, kinds, rel_type)
            if _EITHER_TIE_KIND.search(text):  # 與甲市、乙市洽商締結姊妹市或友好城市
                cities = [c for c in cities if not self._tied_otherwise(c, rel_type)]
            # 兩市締結姊妹市已逾30年: made, since a time not told exactly unless the date
            # of its making is written before it (自民國55年結為姊妹市至今已23年)
            held_for = making is not None and _TIE_HELD_FOR.match(text, making.end())
            status = TieStatus.SIGNED if held_for else self._tie_status(clause, sentence_norm)
            since = (
                _made_in(clause)
                if held_for
                else self._tie_since(clause, sentence_norm, status, making)
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
                    ordinal=numeral_value(ordinal.group(1)) if ordinal else None,
                )
            if qualified:
                return False  # 甲市、乙市及…成為本市姊妹市之丙市等3個姊妹市: ties in passing too
            found = found or bool(cities)
            if found and len({kind for _, kind in kinds}) < 2:
                return True
        return found

    def _tie_between_others(self, clause: Clause, making: re.Match[str]) -> bool:
        """Whether the tie is one two other cities made (某市議長來訪，表示該市已與日本某市
        締結友好城市; 介紹該市與某市締結姊妹市之經過; 日本甲市與乙市兩港市締結友好港市):
        a city other than home, then 與 and another (after its country), the tie following
        it after no more than 兩港市, 已 or a time (_OTHERS_TIE_GAP)."""
        text = clause.norm
        foreign = [
            (start, end, pid)
            for start, end, pid in sorted(clause.places)
            if end <= making.start()
            and text[start] != "兩"  # 兩港市 names the two again
            and pid != self.home
            and self.facts.label_of(pid) == Label.CITY
        ]
        for (_, first_end, first), (second_start, second_end, second) in itertools.pairwise(
            foreign
        ):
            joined = re.fullmatch(r"[已亦曾並也均]{0,2}[與和](.*)", text[first_end:second_start])
            if first == second or joined is None:
                continue
            if joined.group(1) and self.gaz.country(joined.group(1)) is None:
                continue  # 甲市與某某大學: no city joined
            if _OTHERS_TIE_GAP.match(text[second_end : making.start()]):
                return True
        return False

    def _tied_otherwise(self, city: str, rel_type: RelType) -> bool:
        """Whether the text told of a tie of the other kind with `city` (sister city or
        friendship city): a tie of either kind spoken of is that one."""
        other = (
            RelType.FRIENDSHIP_CITY_OF
            if rel_type == RelType.SISTER_CITY_OF
            else RelType.SISTER_CITY_OF
        )
        return any(
            r.type == other and {r.source, r.target} == {self.home, city}
            for r in self.facts.relations.values()
        )

    def _qualified_by_tie(self, clause: Clause, making: re.Match[str] | None) -> list[str]:
        """The cities a tie told as what qualifies them is of (與本市締結姊妹市的甲市由…率
        團、乙市由…率團前來: 甲市's only; 已締結友好城市之甲市及乙國乙市: both): those
        listed right after its 的/之, not the others the clause goes on to name."""
        if making is None or not _QUALIFYING.match(clause.norm, making.end()):
            return []
        listed: list[str] = []
        at = making.end() + 1
        for start, end, pid in sorted(clause.places):
            if start < at:
                continue
            gap = clause.norm[at:start]
            if listed and not _JOINER.match(gap):
                break
            joiner = _JOINER.match(gap)
            rest = gap[joiner.end() :] if joiner else gap
            if rest and self.gaz.country(rest) is None:
                break
            if pid != self.home and self.facts.label_of(pid) == Label.CITY:
                listed.append(pid)
            at = end
        return list(dict.fromkeys(listed))

    def _of_kind_next(
        self,
        clause: Clause,
        cities: list[str],
        kinds: list[tuple[int, RelType]],
        rel_type: RelType,
    ) -> list[str]:
        """The cities of `cities` whose next tie written after them is of `rel_type`."""
        kept = []
        for start, _, pid in clause.places:
            after = [kind for at, kind in kinds if at >= start]
            if pid in cities and after and after[0] == rel_type:
                kept.append(pid)
        return list(dict.fromkeys(kept))

    def _tie_partners(self, clause: Clause, sentence_norm: str, rel_type: RelType) -> list[str]:
        """The cities a tie is made with: the foreign ones the clause names, else (unless
        the partner is left unknown) those the sentence is about (訪問…某市、某市及某市
        等市，瞭解締結友好城市之可行性; 與某市簽署…；雙方並就締結友好城市事宜進行洽商),
        both sides named in the sentence so far (雙方同意以此為基礎，進一步洽談締結友好
        城市事宜), or the item's partner; never a mission's seat. A tie named as a
        matter listed with others (某市締結姊妹市案及…與某市之交流) is with the cities
        named before the last tie so named only (甲市締結姊妹市案及乙市締結友好城市案:
        both, each given its kind after)."""
        case = _TIE_CASE_LISTED.search(clause.norm)
        last = list(_TIE_CASE_NAMED.finditer(clause.norm))[-1] if case else None
        cities = (
            (self._foreign_before(clause, last.start()) if last else self._foreign(clause))
            or self._governing_cities(clause)
            or self._tie_partners_spoken_of(clause, sentence_norm, rel_type)
        )
        seats = self._mission_seats(sentence_norm) | _visited_after_tie(clause)
        return [c for c in cities if c not in seats]

    def _foreign_before(self, clause: Clause, end: int) -> list[str]:
        """The foreign cities the clause names before `end`."""
        before = {pid for start, _, pid in clause.places if start < end}
        return [pid for pid in self._foreign(clause) if pid in before]

    def _governing_cities(self, clause: Clause) -> list[str]:
        """The cities whose own council or government acts on the tie (某市議會決議終止
        與本市之姊妹市關係, 某市政府同意締結…): the city is the partner."""
        cities = []
        for mention in self._place_mentions(clause.norm):
            if mention.place.label != "Country" and _GOVERNING_BODY.match(clause.norm, mention.end):
                pid = self.facts.place(mention.place, mention.surface)
                if pid != self.home and self.facts.label_of(pid) == Label.CITY:
                    cities.append(pid)
        return list(dict.fromkeys(cities))

    def _tie_partners_spoken_of(
        self, clause: Clause, sentence_norm: str, rel_type: RelType
    ) -> list[str]:
        """The partners of a tie whose clause names no city: see _tie_partners."""
        text = clause.norm
        return (
            []
            if self._partner_unknown(text)
            else self._cities_of(self.state.subject)
            or self.state.clause_places
            or self._both_sides(sentence_norm[: clause.start + len(text)])
            or self._item_tie_partner(rel_type, clause)
        )

    def _cities_of(self, parties: list[str]) -> list[str]:
        """The cities of the parties spoken of, as ties bind cities: a city itself, a
        body of one its city (某市人民委員會副主席率團訪高，雙方就締結友好城市…協商: the
        city's tie)."""
        cities = []
        for party in parties:
            if self.facts.label_of(party) == Label.ORGANIZATION:
                party = self._city_located_in(party) or party
            cities.append(party)
        return list(dict.fromkeys(cities))

    def _tie_status(self, clause: Clause, sentence_norm: str) -> TieStatus:
        """REVOKED (關係終止), NEGOTIATING (洽談締結, 就締結…交換意見), PLANNED (將締結,
        推動締結, 以締結為目標, 確認協定書內容, an event not held, or a signing put off:
        原預定…簽署，…延至…) or SIGNED."""
        text = clause.norm
        if _TIE_ENDED.search(text):
            return TieStatus.REVOKED
        if self._negotiating(clause, sentence_norm):
            return TieStatus.NEGOTIATING
        discussed = _TIE_DISCUSSED.search(text)  # 雙方就締結姊妹市交換意見: talked of
        if discussed and _ANNIVERSARY.search(discussed.group("after")):
            discussed = None  # 就締結姊妹市10週年活動交換意見: the tie is made
        if discussed and not _FUTURE.search(sentence_norm):
            return TieStatus.NEGOTIATING
        case = _TIE_CASE_NAMED.search(text)  # 某市締結姊妹市案及…: a matter in hand
        if case and _CASE_SETTLED_AFTER.match(sentence_norm, clause.start + case.end()):
            case = None  # 某市締結姊妹市案已於三月十日…簽署完成: settled
        if (
            _PURSUIT.search(text)
            or case
            or discussed  # …交換意見，規劃於明年締結: the plan the talk led to
            or _AGREEMENT_TEXT.search(text)  # 確認姊妹市協定書內容: not yet signed
            or self._agreement_texts_settled(text, sentence_norm)
            or self._future(clause, sentence_norm)
            or _NOT_HELD.search(sentence_norm)
            or _SIGNING_PUT_OFF.search(sentence_norm)
            or _AGREED_THEN_TO_SIGN.search(sentence_norm)
            or self._in_plans_section(clause.sentence)
            or _TIE_IF_MADE.search(text)  # 兩市如能締結友好城市: were it made
            or _TIE_NOT_MADE.search(text)  # 某市尚未成為本市姊妹市: hoped for
            or self._tie_hoped_for(clause, sentence_norm)  # …關係之建立，可望…
        ):
            return TieStatus.PLANNED
        return self._status_carried_on(clause, sentence_norm)

    @staticmethod
    def _agreement_texts_settled(text: str, sentence_norm: str) -> bool:
        """Whether the clause names the agreement's texts in two languages (姊妹市協定書之
        中、英文本) the sentence tells settled after them (雙方已於八月中旬議定), not
        signed (…各二份，已由兩市市長簽署; 共同簽署…協定書中、英文本)."""
        texts = _AGREEMENT_LANGUAGE_TEXTS.search(text)
        if texts is None:
            return False
        return bool(_TEXTS_SETTLED.search(sentence_norm, sentence_norm.find(texts.group())))

    def _status_carried_on(self, clause: Clause, sentence_norm: str) -> TieStatus:
        """The status of a clause that goes on the one before with no verb of its own
        (推動與甲市締結姊妹市，以及與乙市締結友好城市): the one before's; else SIGNED."""
        if clause.start == 0 or not _ITEM_JOINER_OPENING.match(clause.norm):
            return TieStatus.SIGNED
        before = self._clause_at(clause.sentence, clause.start - 2, clause.earlier_dates)
        return self._tie_status(before, sentence_norm)

    @staticmethod
    def _tie_hoped_for(clause: Clause, sentence_norm: str) -> bool:
        """Whether the clause names the tie as what its making would bring, the hope
        told after it (兩市友好城市關係之建立，可望…): the hope must start in the clause."""
        hope = _TIE_HOPED_FOR.search(sentence_norm, clause.start)
        return hope is not None and hope.start() < clause.start + len(clause.norm)

    def _talks_in_item_text(self, clause: Clause) -> bool:
        """Whether the item a heading pursuing a tie opens (3.推動某國中與某中學締結姊妹校)
        tells, in its text, talks on the tie going on (雙方就締結姊妹校事宜進行洽談)."""
        section = self._section(clause.sentence.section)
        if section is None or not clause.sentence.is_heading:
            return False
        body = [
            s.norm
            for s in self.parsed.sentences
            if s.section == clause.sentence.section and not s.is_heading
        ]
        return any(
            _NEGOTIATING.search(part) and _TIE_TALKED_OF.search(part) and not _FUTURE.search(part)
            for norm in body
            for part in _CLAUSE_BREAK.split(norm)
        )

    def _tie_since(
        self, clause: Clause, sentence_norm: str, status: TieStatus, making: re.Match[str] | None
    ) -> str | None:
        """Since when a signed tie holds: the years it counts (締結姊妹市15週年), else the
        clause's date or the one just before it, else the year the sentences are about;
        an ended tie holds since it was made (於2009年締結之姊妹市關係…終止)."""
        counted = self._counted_since(clause, making.end()) if making else None
        if status == TieStatus.SIGNED and counted:  # 締結姊妹市15週年: years before
            return counted
        if status == TieStatus.SIGNED:  # the date of the clause, or the one just before it
            dated = clause.dates[-1:] or clause.earlier_dates[-1:]
            since = _within(dated[0]) if dated else None
            if since is None and self.state.since_year:
                since = str(self.state.since_year)
            return since
        if status == TieStatus.REVOKED:  # 於2009年締結之姊妹市關係…終止: since the tie was made
            return _made_since(clause, sentence_norm)
        return None

    def _sisters_answering_invitation(self, clause: Clause) -> None:
        """「邀請姊妹市參加，某市及某市每年都派遣代表團來」: the cities opening the clause
        after one inviting the sister cities are of them."""
        before = self._clause_before(clause)
        if not (clause.start and _SISTERS_INVITED.search(before)):
            return
        opening = self._enumeration_after(clause, 0) or [
            pid for s, _, pid in clause.places[:1] if s == 0 and pid != self.home
        ]
        self._ties_of_cities(RelType.SISTER_CITY_OF, opening, clause)

    def _ties_of_cities(self, tie: RelType, cities: list[str], clause: Clause) -> None:
        """Standing ties with the cities of a list, each made when the parentheses right
        after it say (甲市（民國55年締結）)."""
        for city in cities:
            if self.facts.label_of(city) == Label.CITY:
                self.facts.relate(
                    tie,
                    self.home,
                    city,
                    clause.sentence,
                    status=TieStatus.SIGNED,
                    since=self._listed_since(clause, city),
                )

    def _sisters_singled_out(self, clause: Clause) -> None:
        """「本市現有姊妹市中，以甲市（民國55年締結）、乙市及丙市往來最為頻繁」: the cities
        a clause singles out (以, 其中, 尤以) from the ties the clause before names are
        those ties, each made when its parentheses say."""
        before = self._clause_before(clause)
        told = _TIES_AMONG.search(before)
        opening = _SINGLED_OUT.match(clause.norm)
        if not (clause.start and told and opening):
            return
        owner = before[: told.start()]
        if owner.endswith("非") or any(
            m.place.id != self.home_place.id for m in self._place_mentions(owner)
        ):
            return  # 非姊妹市中, 某市現有姊妹市中: a set not the city's own ties
        tie = RelType.SISTER_CITY_OF if "姊妹" in told.group() else RelType.FRIENDSHIP_CITY_OF
        listed = self._enumeration_after(clause, opening.end()) or [
            pid for s, _, pid in clause.places[:1] if s == opening.end() and pid != self.home
        ]
        self._ties_of_cities(tie, listed, clause)

    @staticmethod
    def _held_not_made(text: str, making: re.Match[str] | None) -> bool:
        """Whether the words read as a tie's making name a standing relation instead
        (與甲市(2002年締結)、乙市間的友好城市關係): read by _ties_held, city by city."""
        return making is not None and any(
            held.start() <= making.start() < held.end() for held in _standing_ties(text)
        )

    def _ties_held(self, clause: Clause) -> None:
        """「本市與甲市(1966年締結)及乙市之姊妹市關係歷久彌新」: ties told as standing
        relations with the cities between 與 and 之, each made when the parentheses right
        after it say; not one still to be made (建立與某市之姊妹市關係)."""
        text = clause.norm
        for held in _standing_ties(text):
            tie = (
                RelType.SISTER_CITY_OF
                if "姊妹" in held.group()[-6:]
                else RelType.FRIENDSHIP_CITY_OF
            )
            for start, end, pid in clause.places:
                if not (held.start(1) <= start and end <= held.end(1)) or pid == self.home:
                    continue
                if self.facts.label_of(pid) != Label.CITY or self._tie_stated_otherwise(tie, pid):
                    continue
                self.facts.relate(
                    tie,
                    self.home,
                    pid,
                    clause.sentence,
                    status=TieStatus.SIGNED,
                    # 與甲市的姊妹市關係，則是在民國75年建立: when the next clause says
                    since=_made_in_parens_after(clause, end) or _made_in_next_clause(clause),
                )

    def _both_tied(self, clause: Clause) -> None:
        """「就兩姊妹市間港埠交流交換意見」: the two cities spoken of by their tie, the
        city and the one foreign city the sentence named before, hold it."""
        both = _BOTH_TIED.search(clause.norm)
        wished = clause.norm[: both.start()] if both else ""  # 期盼日後建立兩姊妹市之情誼
        if both is None or wished.count("「") > wished.count("」"):
            return  # 「兩姊妹市間青年論壇」: words of a title
        status = (
            TieStatus.PLANNED
            if _PURSUIT.search(wished) or _FUTURE.search(wished)
            else TieStatus.SIGNED
        )
        tie = RelType.SISTER_CITY_OF if both.group(1) == "姊妹" else RelType.FRIENDSHIP_CITY_OF
        before = clause.sentence.norm[: clause.start + both.start()]
        cities = {
            m.place.id: m
            for m in self._place_mentions(before)
            if m.place.label == "City" and m.place.id != self.home_place.id
        }
        if len(cities) != 1:
            return
        (mention,) = cities.values()
        city = self.facts.place(mention.place, mention.surface)
        if not self._tie_stated_otherwise(tie, city):
            self.facts.relate(tie, self.home, city, clause.sentence, status=status)

    def _tie_in_passing(self, clause: Clause, match: re.Match[str], tie: RelType) -> None:
        """「某市姊妹市」, 「本市姊妹市某市」, 「友好城市某市」: an existing tie named in
        passing, with the city beside the word (and its rank, 本市第28個姊妹市某市（102年
        6月締結）) or the cities listed after or before it."""
        if _passing_word_is_no_tie(clause.norm, match) or self._tie_of_another(clause, match):
            return
        ranked = _RANKED_AS.search(clause.norm[: match.start()])  # 本市第28個姊妹市
        near = self._city_beside(clause, match, ranked)
        made_before = None
        if ranked and not near and ranked.start() == 0:
            near, made_before = self._city_made_before(clause)
        if not near and _CALLED_OURS_OPENING.match(clause.norm[: match.start()]):
            near = self._city_closing_clause_before(clause)
        listed = [c for c in self._cities_listed_with(clause, match) if c not in near]
        earlier = self._partners_ranked_after(clause, ranked)
        listed += [c for c in earlier if c not in near + listed]
        for city in dict.fromkeys(near[:1] + listed):
            if self._tie_stated_otherwise(tie, city):
                continue  # 洽商締結姊妹市 read before: a passing word does not sign it
            self.facts.relate(
                tie,
                self.home,
                city,
                clause.sentence,
                status=TieStatus.SIGNED,
                # 本市第28個姊妹市某市（102年6月締結）: its rank and when it was made
                ordinal=numeral_value(ranked.group(1)) if ranked and city in near[:1] else None,
                since=(
                    (made_before or (None if earlier else _made_in(clause)))
                    if city in near[:1]
                    # 姊妹市甲市（民國55年締結）、乙市（民國77年締結）: each its own
                    else self._listed_since(clause, city)
                ),
            )

    def _partners_ranked_after(self, clause: Clause, ranked: re.Match[str] | None) -> list[str]:
        """The cities a rank says it comes after (本市繼甲市（1966年締結）、乙市之後之第三個
        姊妹市): earlier partners of the same kind (their making, in brackets, is theirs,
        not the ranked city's)."""
        after = _AFTER_EARLIER.search(ranked.group()) if ranked else None
        if ranked is None or after is None:
            return []
        start, end = ranked.start() + after.start(1), ranked.start() + after.end(1)
        return [
            pid
            for s, e, pid in clause.places
            if start <= s
            and e <= end
            and pid != self.home
            and self.facts.label_of(pid) == Label.CITY
        ]

    def _city_closing_clause_before(self, clause: Clause) -> list[str]:
        """The foreign city whose name closes the clause before (遠在南半球的某國某市，
        同樣是本市的姊妹市): the one the clause calls the city's partner."""
        before = self._clause_before(clause)
        closing = [m for m in self._place_mentions(before) if m.end == len(before)]
        city = self.facts.place(closing[-1].place) if closing else None
        if city is None or city == self.home or self.facts.label_of(city) != Label.CITY:
            return []
        return [city]

    def _city_made_before(self, clause: Clause) -> tuple[list[str], str | None]:
        """The city a rank with no subject of its own is told of, opening the clause
        before with the time the tie was made (甲市自民國55年締結，為本市第一個姊妹市):
        that city, and when."""
        before = _CLAUSE_BREAK.split(clause.sentence.norm[: clause.start])
        if len(before) < 2:
            return [], None
        part = before[-2]
        at = len(clause.sentence.norm[: clause.start]) - len(before[-1]) - 1 - len(part)
        mentions = self._place_mentions(part)
        made = _TIE_MADE_AT.search(part)
        if not mentions or made is None or mentions[0].end > made.start():
            return [], None
        # the city opening the clause (not 在某都締結, where it was signed); none when the
        # clause makes a tie between it and another (甲市於某年與乙市締結)
        if "與" in part[mentions[0].end : made.start()]:
            return [], None
        city = self.facts.place(mentions[0].place)
        if city is None or city == self.home or self.facts.label_of(city) != Label.CITY:
            return [], None
        since = _dated_before(clause.earlier_dates, at + made.start(), 2)
        return [city], since

    @staticmethod
    def _listed_since(clause: Clause, city: str) -> str | None:
        """When a city listed with a passing tie word was made its partner, told in the
        parentheses right after it (甲市（1966年締結）、乙市（1988年締結）)."""
        for _, end, pid in clause.places:
            if pid == city:
                since = _made_in_parens_after(clause, end)
                if since:
                    return since
        return None

    def _tie_of_another(self, clause: Clause, match: re.Match[str]) -> bool:
        """Whether a passing tie word is held by another city written before it as its
        owner (某市之姊妹市某市議會, 該市姊妹市, 其友好城市): that city's tie, none of
        ours (本市之姊妹市 is ours)."""
        opened = clause.norm[: match.start()]
        if _TIE_OWNER_REFERRED.search(opened):
            return True
        owned = _OWNED_BY.search(opened)
        return bool(owned) and any(
            e == owned.start() and pid != self.home and self.facts.label_of(pid) == Label.CITY
            for _, e, pid in clause.places + clause.seats
        )

    def _city_beside(
        self, clause: Clause, match: re.Match[str], ranked: re.Match[str] | None
    ) -> list[str]:
        """The cities right beside a passing tie word (某市姊妹市, 姊妹市某市之某某協會,
        某市為本市第一個姊妹市, 某市則為本市在歐洲之重要姊妹市); not one joined to a list
        before it (某市及友好城市某市)."""
        text = clause.norm
        called = _CALLED_OURS.search(text[: match.start()])
        if called and _OURS_BARE.search(called.group()) and _TIE_QUALIFIES.match(text, match.end()):
            called = None  # 某市亦為本市姊妹市之鄰近城市: the tie qualifies another noun
        beside = [
            pid
            for s, e, pid in clause.places + clause.seats  # 姊妹市某市之某某協會
            if pid != self.home
            and self.facts.label_of(pid) == Label.CITY
            # 甲市及友好城市乙市: a city joined to the list before is not this tie's
            and (
                (
                    0 <= match.start() - e <= 1
                    # 甲國某市，友好城市乙市 (a list's commas group it): the comma parts them
                    and not _JOINER.fullmatch(text[e : match.start()])
                    and not _CLAUSE_BREAK.fullmatch(text[e : match.start()])
                )
                or 0 <= s - match.end() <= 2
                or bool(ranked and ranked.start() == e)  # 某市為本市第一個姊妹市
                or bool(called and called.start() == e)  # 某市則為本市在歐洲之重要姊妹市
            )
        ]
        return self._city_opening_body_after(text, match.end()) + beside

    def _city_opening_body_after(self, text: str, at: int) -> list[str]:
        """The foreign city whose name opens the name of one of its bodies right after a
        tie word (美國姊妹市某市議會議員…: 某市, the council's seat, found as no party)."""
        mentions = self._place_mentions(text[at:])
        opening = mentions[0] if mentions and mentions[0].start == 0 else None
        if (
            opening is None
            or opening.place.label != "City"
            or opening.place.id == self.home_place.id
            or not self._names_organization(text, replace(opening, start=at, end=at + opening.end))
        ):
            return []
        return [self.facts.place(opening.place, opening.surface)]

    def _cities_listed_with(self, clause: Clause, match: re.Match[str]) -> list[str]:
        """The enumeration a passing tie word names (姊妹市某市、某市…及某市), after it
        or before it; of a list named a group of another kind (姊妹市某市、某市及某市等
        港灣城市) only the first city."""
        # 姊妹市包括甲市、乙市及丙市, 姊妹市如甲市、乙市等: the list opened by a word of listing
        opening = _LISTED_AFTER_WORD.match(clause.norm, match.end()) or _LISTED_AS_EXAMPLES.match(
            clause.norm, match.end()
        )
        after = self._listed_alike(clause, opening.end() if opening else match.end())
        if after and self._regrouped(clause, after[-1]):
            # 姊妹市A市、B市及C市等港灣城市: the list is named a group of another kind,
            # so 姊妹市 tells of its first city only
            after = after[:1]
        return after + self._enumeration_before(clause, match.start())

    def _listed_alike(self, clause: Clause, position: int) -> list[str]:
        """The cities listed right after `position` (_enumeration_after) that are written
        alike: after a first city written alone, one written with its country (姊妹市
        甲市及某國乙市) is brought in anew, no longer of the word before the list."""
        after = self._enumeration_after(clause, position, first_group=True)
        written = {}
        for mention in self._place_mentions(clause.norm):
            if mention.start >= position:
                written.setdefault(mention.place.id, mention.country_prefix)
        if not after or written.get(after[0], True):
            return after
        alike = list(itertools.takewhile(lambda city: not written.get(city), after))
        return alike if len(alike) > 1 else []

    def _alliance_since(self, clause: Clause) -> None:
        """A tie told by 結盟 or 締盟 alone since a year (本市與某市自民國70年結盟以來): the
        tie the city holds with the one partner the clause names, dated since then; a
        sister-city tie (what a city's 結盟 is) where none of either kind was read."""
        told = _ALLIANCE_SINCE.search(clause.norm)
        partners = [c for c in self._foreign(clause) if self.facts.label_of(c) == Label.CITY]
        if told is None or len(partners) != 1 or _TIE_WORD.search(clause.norm):
            return
        if not self._allied_bare(clause, partners[0]):
            return  # 本市某港與某國某港於1984年締盟: the bodies' alliance
        since = _dated_before(clause.dates, clause.start + told.end(), 12, since_too=True)
        if since is None:
            return
        partner = partners[0]
        held = [
            r
            for r in self.facts.relations.values()
            if r.type in (RelType.SISTER_CITY_OF, RelType.FRIENDSHIP_CITY_OF)
            and {r.source, r.target} == {self.home, partner}
        ]
        tie = held[0].type if held else RelType.SISTER_CITY_OF
        self.facts.relate(
            tie, self.home, partner, clause.sentence, status=TieStatus.SIGNED, since=since
        )

    def _allied_bare(self, clause: Clause, partner: str) -> bool:
        """Whether the clause allies the city and `partner` as places, no body of either
        named: 本市與(某國)某市自…結盟, 某市與本市於…締盟 (_ALLIED_HOME_FIRST,
        _ALLIED_CLOSING)."""
        for start, end, pid in clause.places:
            if pid != partner or not _ALLIED_CLOSING.match(clause.norm[end:]):
                continue
            before = clause.norm[:start]
            country = next((k for k in range(6, 1, -1) if self.gaz.country(before[-k:])), 0)
            before = before[: len(before) - country]
            if clause.norm[end:].startswith("與") or _ALLIED_HOME_FIRST.search(before):
                return True
        return False

    def _restate_made(self, clause: Clause) -> None:
        """A clause telling only when a tie the sentence just named was made (某市為本市
        第一個姊妹市，自1966年締結迄今…; 本市姊妹市某市，兩市於2005年結盟): that tie's since."""
        since = _made_in(clause)
        if since is None:
            return
        named = [
            r
            for r in self.facts.relations.values()
            if r.type in (RelType.SISTER_CITY_OF, RelType.FRIENDSHIP_CITY_OF)
            and r.properties.get("status", TieStatus.SIGNED) == TieStatus.SIGNED
            and told_in(r, clause.sentence)
        ]
        others = [c for c in self._foreign(clause) if c not in {r.target for r in named}]
        if len(named) == 1 and not others:  # 兩市於1985年結盟: the same partner
            tie = named[0]
            self.facts.relate(tie.type, tie.source, tie.target, clause.sentence, since=since)

    def _negotiating(self, clause: Clause, sentence_norm: str) -> bool:
        """Whether the tie is still being negotiated: the clause negotiates, or the
        sentence does, unless its talks came before a dated signing (經多次協商，於某日
        簽署姊妹市協定書 / 雙方協商後，於某日正式締結友好城市，某市成為本市第N個姊妹市)."""
        talks = _talks_on_the_tie(sentence_norm)
        if talks and _DECLINE_WORD.search(sentence_norm, talks[-1].end()):
            return False  # 去函表達續商締結友好城市之意願，惟對方回函婉拒: no talks
        if _talks_on_the_tie(clause.norm):
            return True
        if not talks:
            return False  # none, or only talks told as done (經多次協商，預計於11月簽署…)
        if talks[-1].end() > clause.start:
            return True  # talks told after the tie: still going
        if self._talks_with_others(clause, sentence_norm, talks[-1]):
            return False  # 與甲市…持續洽商，乙市市長表達締結…意願: not 乙市's talks
        end = clause.start + len(clause.norm)
        after = talks[-1].end()
        signed = _AGREEMENT.search(sentence_norm, after, end) or _TIE_MADE_AT.search(
            sentence_norm, after, end
        )
        dated = any(after <= d.text_start < end for d in clause.earlier_dates + clause.dates)
        return not (signed and dated and not _FUTURE.search(sentence_norm, after, end))

    def _talks_with_others(self, clause: Clause, sentence_norm: str, talks: re.Match[str]) -> bool:
        """Whether talks told in an earlier clause of the sentence are with other cities
        than the ones this clause names (與甲市締結姊妹市一案仍持續洽商，…，乙市市長則
        表達締結友好城市之意願)."""
        own = set(self._foreign(clause))
        if not own:
            return False
        parts = _CLAUSE_BREAK.split(sentence_norm[: clause.start])
        told = next(
            (p for p in reversed(parts) if p and _NEGOTIATING.search(p) and talks.group() in p),
            "",
        )
        theirs = {m.place.id for m in self._place_mentions(told)}
        return bool(theirs) and not own & theirs

    def _counted_since(self, clause: Clause, made: int) -> str | None:
        """The year a tie was made, told by an anniversary after its making (締結姊妹市
        15週年, 締結友好城市屆滿十周年): that many years before the clause's year."""
        counted = _ANNIVERSARY.search(clause.norm[made:])
        years = numeral_value(counted.group(1)) if counted else None
        if not years:
            return None
        dated = clause.dates[-1:] or clause.earlier_dates[-1:]
        year = dated[0].year if dated else (self.period.year if self.period else None)
        return str(year - years) if year else None

    def _talks_on_item_tie(self, clause: Clause) -> None:
        """In an item headed by a tie's making (與某市洽談締結友好城市), a clause of its
        text telling talks going on that name no kind of tie (目前由秘書處與該市洽商締結
        事宜, 雙方正就協定內容進行洽談): the heading's tie, still negotiated."""
        text = clause.norm
        if not (_ongoing_talks(text) and _TIE_TALKED_OF.search(text)):
            return
        if _SISTER.search(text) or _FRIENDSHIP.search(text):
            return  # a kind named: the other tie rules read it
        named = set(self._foreign(clause))
        for rel_type in (RelType.SISTER_CITY_OF, RelType.FRIENDSHIP_CITY_OF):
            for city in self._item_tie_partner(rel_type, clause):
                if named - {city} or self.facts.label_of(city) != Label.CITY:
                    continue  # talks with another city than the heading's
                self.facts.relate(
                    rel_type, self.home, city, clause.sentence, status=TieStatus.NEGOTIATING
                )

    def _item_tie_partner(self, rel_type: RelType, clause: Clause) -> list[str]:
        """The partner of the tie an item's heading makes (與某市締結友好城市), for a
        clause of its text signing it with no partner named (並於某日與陳市長共同簽署
        「友好城市協定書」, 於某日正式簽署協定)."""
        if clause.sentence.is_heading:
            return []
        headings = self._heading_spans(clause.sentence.section)
        partners = {
            r.target
            for r in self.facts.relations.values()
            if r.type == rel_type
            and r.source == self.home
            and any((e.start, e.end) in headings for e in r.evidence)
        }
        return list(partners) if len(partners) == 1 else []

    def _partner_unknown(self, text: str) -> bool:
        """Whether the clause names the partner of its tie by a name no place read
        resolves (某市正式成為本市第N個姊妹市, with 某市 unknown): then the tie is not
        the place spoken of before."""
        named = _TIE_PARTNER.search(text)
        if named is None or len(named.group(1)) == 2:
            return False  # 與本市締結, 兩市締結: no name
        return not any(m.place.label != "Country" for m in self._place_mentions(named.group(1)))

    def _mission_seats(self, sentence_norm: str) -> set[str]:
        """Places the sentence names only as where a mission sits (某國駐臺北經濟文化辦事處,
        駐某市辦事處): no party to a tie or an agreement."""
        seated: dict[str, bool] = {}
        for mention in self._place_mentions(sentence_norm):
            at_mission = sentence_norm[max(0, mention.start - 1) : mention.start] == "駐"
            seated[mention.place.id] = seated.get(mention.place.id, True) and at_mission
        return {pid for pid, only_there in seated.items() if only_there}

    def _regrouped(self, clause: Clause, last: str) -> bool:
        """Whether the enumeration ending with city `last` is closed by 等 and a group
        of another kind than ties (等港灣城市, 等亞洲城市), not 等姊妹市 or 等城市."""
        ends = [e for _, e, pid in clause.places if pid == last]
        if not ends:
            return False
        rest = clause.norm[ends[-1] :]
        grouped = _GROUPED_CITIES.match(rest)
        return bool(grouped and grouped.group(1) and not _TIE_WORD.search(grouped.group(1)))

    def _tie_stated_otherwise(self, tie: RelType, city: str) -> bool:
        """Whether the report already states the tie with `city` as not (yet) signed."""
        return any(
            r.type == tie
            and {r.source, r.target} == {self.home, city}
            and r.properties.get("status", TieStatus.SIGNED) != TieStatus.SIGNED
            for r in self.facts.relations.values()
        )

    def _both_sides(self, text: str) -> list[str]:
        """雙方 (both sides) in the words of a tie naming no city: the partner last spoken
        of, a city or a state (與某市簽署…；雙方並就締結友好城市事宜進行洽商)."""
        if "雙方" not in text:
            return []
        # (a state or prefecture too, as ties are made with them: 某國某州州長來訪…。雙方
        # 表達締結姊妹市之意願)
        place = self._antecedent("place", "雙方")
        return [self.facts.place(place)] if place is not None else []

    def _enumeration_before(self, clause: Clause, position: int) -> list[str]:
        """The cities listed right before `position` (美國某某市、韓國某某廣域市等姊妹市;
        甲市及今年締結之乙市等姊妹市)."""
        found: list[str] = []
        next_start = position
        for start, end, pid in reversed(clause.places):
            if end > position:
                continue
            gap = clause.norm[end:next_start]
            joined = (
                _LIST_CLOSE.fullmatch(gap)
                if not found
                else _JOINER.fullmatch(gap) or _JOINER_QUALIFYING.fullmatch(gap)
            )
            if not joined:
                break
            if pid != self.home and self.facts.label_of(pid) == Label.CITY:
                found.append(pid)
            next_start = start
        return found[::-1] if len(found) > 1 else []

    def _enumeration_after(
        self, clause: Clause, position: int, first_group: bool = False
    ) -> list[str]:
        """The cities listed right after `position`, joined by 、及與和暨; with
        `first_group`, only those before a 暨 joining a second group to a list joined by
        、 (姊妹市甲市、乙市暨丙市、丁市: 甲市 and 乙市)."""
        found: list[str] = []
        gaps: list[str] = []
        previous_end = position
        for start, end, pid in clause.places:
            if start < position:
                continue
            made = _MADE_IN_PARENS.match(clause.norm, previous_end) if found else None
            # 甲市（1966年締結）、乙市: the making told of a city listed stays within the list
            gap = clause.norm[made.end() if made and made.end() <= start else previous_end : start]
            if not (gap == "" or (found and _JOINER.fullmatch(gap))):
                break
            if first_group and gap == "暨" and "、" in gaps:
                break
            gaps.append(gap)
            if pid != self.home and self.facts.label_of(pid) == Label.CITY:
                found.append(pid)
            previous_end = end
        return found if len(found) > 1 else []

    def _rule_agreement(self, clause: Clause, sentence_norm: str) -> None:
        """Agreements signed or to be signed (本府與某市簽署「某某合作備忘錄」): who signed
        with whom, its title, status, date, fields and signatories."""
        text = clause.norm
        signings = list(_AGREEMENT.finditer(text))
        if not signings:
            self._agreement_acted_on(clause)
            return
        if not _AGREEMENT_KIND.search(text):
            # 簽署之「…備忘錄」於今年屆期，雙方於11月2日完成續約 / …分別於兩地簽署: the
            # agreement the sentence just named, signed (again) on this clause's date
            self._restate_agreement(clause)
            self._talked_of_agreement_to_sign(clause, sentence_norm, signings[-1])
            return
        if self._tells_tie_agreement(clause):
            return
        last_signing = signings[-1]
        title = _agreement_title(text, last_signing)
        if not title and _SIGNING_SPOKEN_OF.search(text):
            return  # 兩市經貿協議之簽署，對…當有助益: the agreement told before
        if _is_ties_own_agreement(title, sentence_norm) or self._tie_agreement_again(
            clause, sentence_norm, title
        ):
            return
        # an agreement named as made before (簽署之「…」於今年屆期) is not dated by this
        # clause, and what the clause says of it after its name is not of the signing
        named_only = bool(_AGREEMENT_NAMED.match(text, last_signing.start()))
        status = self._agreement_status(clause, sentence_norm, last_signing, named_only)
        sides = self._signing_sides(clause, sentence_norm, text[: last_signing.start()])
        if sides is None:
            return  # 與某某公會簽署 (a body not known): not the city the trip went to
        signer, parties = sides
        dated = self._agreement_dated(clause, sentence_norm, status, named_only)
        if named_only and status == TieStatus.SIGNED:
            # 依據本年2月雙方簽署之「…」: the date written with the signing is its own
            signing_at = clause.start + last_signing.start()
            dated = _dated_signing(clause, signing_at) or self._signed_in_half(clause, signing_at)
        acted = status == TieStatus.SIGNED and not named_only
        self._record_agreement(clause, sentence_norm, signer, parties, title, status, dated, acted)

    def _agreement_acted_on(self, clause: Clause) -> None:
        """An agreement of the two cities the sentence acts on (依據兩市公務員交流協議，
        某市政府派遣公務員…): the city and the one foreign city the sentence names hold it,
        signed at a time not told."""
        acted_on = _ACTING_ON_BOTHS_AGREEMENT.search(clause.norm)
        if acted_on is None:
            return
        if _AGREEMENT_NOT_MADE.search(acted_on.group(1)) or _AGREEMENT_DRAFTED.match(
            clause.norm, acted_on.end()
        ):
            return  # 研擬中之備忘錄, 協議草案, 締結姊妹市時所簽之協定書: none made of its own
        sentence = clause.sentence.norm
        if "雙方" in acted_on.group() and _HOME_BUREAU_SIGNS.search(sentence):
            return  # 雙方…，本府某局與某公司…: the two sides are bodies, not the cities
        cities = {
            m.place.id: m
            for m in self._place_mentions(sentence)
            if m.place.label == "City"
            and m.place.id != self.home_place.id
            and not _VENUE_BEFORE.search(sentence[: m.start])
        }
        if len(cities) != 1:
            return
        (mention,) = cities.values()
        city = self.facts.place(mention.place, mention.surface)
        self.facts.relate(
            RelType.SIGNED_MOU,
            self.home,
            city,
            clause.sentence,
            status=TieStatus.SIGNED,
            title=acted_on.group(1),
        )

    def _tie_agreement_again(self, clause: Clause, sentence_norm: str, title: str) -> bool:
        """Whether an agreement named by no title, or by its kind alone (簽署協定), is the
        tie's agreement an earlier clause of the sentence, or an earlier sentence of the
        item's line, told of (就締結友好城市協定內容進行協商，雙方同意俟協定文字確認後
        再擇期簽署; …協商；原訂12月赴某市簽署協定，…而延期): that tie, no agreement of
        its own."""
        if title and not _AGREEMENT_KIND.fullmatch(title):
            return False
        # the same parties: the cities themselves, no body of either side signing
        # (本府教育局與某市教育局簽署備忘錄: an agreement of its own)
        signing = _AGREEMENT.search(clause.norm)
        said = clause.norm[: signing.start()] if signing else clause.norm
        if clause.seats or _HOME_BUREAU_SIGNS.search(said):
            return False
        # told before in the sentence, up to the last 。 (…協商；原訂…簽署協定), or in the
        # paragraph when referred back to (簽署該協定)
        referred = bool(_AGREEMENT_REFERRED.search(clause.norm))
        told = sentence_norm[: clause.start]
        earlier = [s for s in self._paragraph_of(clause.sentence) if s.end <= clause.sentence.start]
        for before in reversed(earlier):
            if not referred and before.text.rstrip().endswith(("。", "！", "？")):
                break
            told = before.norm + told
        return bool(_TIE_AGREEMENT.search(told))

    def _tells_tie_agreement(self, clause: Clause) -> bool:
        """Whether the clause's agreement is a tie's (姊妹市協定, 締結姊妹校, 友好城市協議):
        a tie word, but not one naming the partner in passing (與姊妹市某國某市簽署合作
        備忘錄: the memorandum is an agreement of its own)."""
        starts = {start for start, _, _ in clause.places + clause.seats}
        text = clause.norm
        return any(
            not (
                match.group() != "姊妹校"
                and match.end() in starts
                and _WITH_TIED.search(text[: match.start()])
            )
            and not self._in_body_name(text, match)
            for match in _TIE_AGREEMENT.finditer(text)
        )

    def _in_body_name(self, text: str, match: re.Match[str]) -> bool:
        """Whether the tie word is part of a body's name (與某某姊妹市協會簽署…: the
        association signs an agreement of its own), the name ending like a body's a few
        characters after it."""
        return any(
            self.lex.org_kind(text[match.start() : end]) not in (None, "delegation")
            for end in range(match.end() + 1, min(len(text), match.end() + 4) + 1)
        )

    def _agreement_status(
        self, clause: Clause, sentence_norm: str, last_signing: re.Match[str], named_only: bool
    ) -> TieStatus:
        """PLANNED when the signing is to come (將與某市簽署, 簽署事宜洽談中; of an
        agreement only named, by the words before its name), NEGOTIATING when talks
        going on lead straight into the signing (刻正洽商簽署「…」, 持續協商簽訂…) or are
        on signing it (就簽署「…」進行洽談), else SIGNED."""
        text = clause.norm
        if _SIGNING_TALKED_OF.search(text):  # 同意就簽署「…」進行洽談
            return TieStatus.NEGOTIATING
        talks = _ongoing_talks(text[: last_signing.start()])
        if (
            not named_only
            and talks
            and last_signing.start() - talks[-1].end() <= 1
            and not _TALKS_ERRAND.search(text[: talks[-1].start()])
        ):
            return TieStatus.NEGOTIATING
        if _AGREEMENT_AS_MATTER.match(text, last_signing.end()) and _matter_under_talks(
            sentence_norm[clause.start + len(text) :]
        ):
            return TieStatus.NEGOTIATING  # 與某市簽訂「…」一案，…，本案刻仍洽商中
        if named_only:
            # a plan may name an agreement signed before (預定進度：依本年二月與某市簽訂之
            # 「…」，選派…): the words before its signing tell whether it is made
            said = _PLAN_FIELD.sub("", text[: last_signing.start()])
            planned = bool(_FUTURE.search(said) or _AGREEMENT_PENDING.search(said))
        else:
            planned = self._future(clause, sentence_norm) or bool(_AGREEMENT_PENDING.search(text))
            planned = planned or self._in_plans_section(clause.sentence)
        if planned and not named_only and _talks_going_on_after(clause):
            return TieStatus.NEGOTIATING  # 推動與某市簽署「…」，刻正透過某處洽商文字內容
        return TieStatus.PLANNED if planned else TieStatus.SIGNED

    def _signing_sides(
        self, clause: Clause, sentence_norm: str, before: str
    ) -> tuple[str, list[str]] | None:
        """Who signs with whom, from the words before the signing verb: a home body with
        the body named (國立某某大學與來訪之某國某某大學簽署), else the city with the
        cities named after a witness (某州長見證本府教育局與…簽署), the body referred to,
        the places the sentence is about or the one the clause before went to (拜會某市
        市長…，並與該市長共同簽署); None when the partner is a body not known
        (與某某公會簽署)."""
        witness = _WITNESS.search(before)  # 某州長見證本府教育局與…簽署: no party
        if witness:
            before = before[witness.end() :]
        signer = self.home
        parties: list[str] = []
        acted_for = self._body_signed_for(before)
        if acted_for is not None:  # 由某某代表某州某廳與本府某局簽署: that body
            return self.home, [acted_for]
        partner = self._signing_partner(before) or self._partner_talked_with(clause, before)
        if partner is not None:  # 國立某某大學與來訪之澳洲某某大學簽署…: body and body
            signer = (
                self._outside_signer(before)
                or self._guest_body_signing(clause, before)
                or self._home_signer(before)
            )
            parties = [partner]
        seats = self._mission_seats(sentence_norm)
        parties = parties or self._cities_signing(clause, witness, seats)
        parties = parties or self._body_referred(clause, sentence_norm)
        parties = parties or self._body_of_person_referred(clause, sentence_norm, before)
        # 林市長與朴副市長簽署「高雄市某市…協議書」: the name tells the other side, its
        # signatory named by surname and title alone
        parties = parties or self._cities_titled(clause)
        if not parties and self._names_unknown_partner(before):
            return None
        parties = parties or self._guests_signing(clause, before)
        parties = parties or self._guests_signing_with_home(clause, before)
        parties = parties or self._partner_met_after(clause)
        parties = parties or self.state.subject
        # 拜會某市市長…，並與該市長共同簽署: the city the clause before went to or named
        parties = parties or self.state.clause_places
        parties = parties or self._both_sides(before)  # 雙方同意於…簽署: the partner
        parties = parties or self._cities_titled(clause)  # 簽署「本市某市交流備忘錄」
        return signer, parties

    def _body_signed_for(self, before: str) -> str | None:
        """The outside body a signatory acts for, written after 代表 and before the 與 of
        the home side (由楊副廳長代表某州經濟發展廳與本府建設局簽署): that body signs."""
        acting = _SIGNED_FOR.search(before)
        if acting is None or not self._home_acts(acting.group(2)):
            return None
        return self._outside_body(acting.group(1))

    def _partner_met_after(self, clause: Clause) -> list[str]:
        """The partner of an agreement the sentence carries out (為落實本年3月所簽署之
        某某備忘錄，…赴某地考察，並拜會某局局長某某): the body or place whose title
        the one the sentence goes on to meet holds."""
        if not _AGREEMENT_CARRIED_OUT.match(clause.norm):
            return []
        after = clause.sentence.norm[clause.start + len(clause.norm) :]
        met = [pid for name, pid in self.people.items() if name in after]
        return [r.target for r in self._titles_held(met) if r.target != self.home][:1]

    def _partner_talked_with(self, clause: Clause, before: str) -> str | None:
        """The outside body an earlier clause of the sentence has the city deal with
        (本府某局與某市某某服務局就…經驗交流，研擬簽署「…」): the partner of a signing
        whose clause names none."""
        if "與" in before or clause.places:
            return None
        dealt = list(_DEALT_WITH_ON.finditer(clause.sentence.norm[: clause.start]))
        return self._outside_body(dealt[-1].group(1)) if dealt else None

    def _guests_signing(self, clause: Clause, before: str) -> list[str]:
        """雙方 after guests came in the sentence, or in the one before in the item
        (某機構主席某某來訪，由市長接見，雙方並簽署…; 某機構主席某某率團來訪。雙方擬於下半年
        簽署…): the other side is the guests' own, the bodies or places they came as or
        hold their titles of."""
        if "雙方" not in before:
            return []
        guests = self._guests_told_in(clause.sentence)
        if not guests and self.previous is not None:
            guests = self._guests_told_in(self.previous)
        return guests

    def _guests_signing_with_home(self, clause: Clause, before: str) -> list[str]:
        """A clause naming no signer, signing with the city's side (某機構主席某某率團
        訪問本府，與本府海洋局簽署…): the guests the sentence told came sign, as the bodies
        or places they came as."""
        if "與" not in before or self._signing_subject(before).strip(","):
            return []
        with_whom = _ADVERB_TAIL.sub("", before.rsplit("與", 1)[1])
        if not (_HOME_ACTOR.match(with_whom) or self.lex.home_org(with_whom)):
            return []
        guests = self._guests_told_in(clause.sentence)
        # 某事務所所長某某陪同某市市長某某來訪，並與本府某局簽署…: the escort signs nothing
        norm = clause.sentence.norm
        escorts = {
            pid
            for name, pid in self.people.items()
            if any(_ACCOMPANIES.match(norm, at.end()) for at in re.finditer(re.escape(name), norm))
        }
        start, end = clause.sentence.start, clause.sentence.end
        titles = [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.HOLDS_TITLE and any(start <= e.start < end for e in r.evidence)
        ]
        escorts_bodies = {r.target for r in titles if r.source in escorts}
        guests_bodies = {r.target for r in titles if r.source not in escorts}
        return [g for g in guests if g not in escorts_bodies - guests_bodies]

    def _guests_told_in(self, sentence: Sentence) -> list[str]:
        """The guests `sentence` tells came to the city, and the bodies or places they
        hold the titles it gives them of (not people already met as such)."""
        start, end = sentence.start, sentence.end
        told_here = [
            r
            for r in self.facts.relations.values()
            if any(start <= e.start < end for e in r.evidence)  # a title quotes a name in it
        ]
        guests = [
            r.source for r in told_here if r.type == RelType.VISITED and r.target == self.home
        ]
        people = set(self.people.values())
        held = [  # the titles this sentence gives them (not those of other reports' lines)
            r.target
            for r in told_here
            if r.type == RelType.HOLDS_TITLE and r.source in guests and r.target != self.home
        ]
        return list(dict.fromkeys([g for g in guests if g not in people] + held))

    def _cities_titled(self, clause: Clause) -> list[str]:
        """The foreign city an agreement's quoted name pairs with the home city, when no
        one else is named signing (自民國105年簽署「高雄市某市青少年交流備忘錄」以來):
        the name tells the two sides."""
        found = []
        for quoted in _QUOTED_NAME.finditer(clause.norm):
            inside = [p for s, _, p in clause.places if quoted.start() < s < quoted.end()]
            if self.home in inside:
                found += [
                    p for p in inside if p != self.home and self.facts.label_of(p) == Label.CITY
                ]
        return list(dict.fromkeys(found))[:1]

    def _cities_signing(
        self, clause: Clause, witness: re.Match[str] | None, seats: set[str]
    ) -> list[str]:
        """The foreign cities the clause names as signing (與某市簽署), after any witness
        and not a mission's seat (駐某市辦事處), nor a word of the agreement's quoted name
        (與該會簽署「高雄某市教育交流協定」)."""
        quoted = [m.span() for m in _QUOTED_NAME.finditer(clause.norm)]
        return [
            pid
            for start, _, pid in clause.places
            if pid != self.home
            and pid not in seats
            and self.facts.label_of(pid) == Label.CITY
            and (witness is None or start >= witness.end())
            and not any(s < start < e for s, e in quoted)
        ]

    def _signed_in_half(self, clause: Clause, signing_at: int) -> list[DateSpan]:
        """The year of an agreement named as signed in a half of the report's year
        (追蹤上半年簽署之「…」執行情形): that year, as a date of its own."""
        norm = clause.sentence.norm
        half = list(_HALF_OF_YEAR.finditer(norm, 0, signing_at))[-1:]
        year = self.state.dates.report_year
        if not half or year is None:
            return []
        if not _SIGNING_DATE_GAP.fullmatch(norm[half[0].end() : signing_at]):
            return []
        start, end = half[0].span()
        return [DateSpan(str(year), None, year, "year", start, end, half[0].group())]

    def _agreement_dated(
        self, clause: Clause, sentence_norm: str, status: TieStatus, named_only: bool
    ) -> list[DateSpan]:
        """The date of a signing: none for an agreement only named; for one signed, the
        clause's date, the one before it, or the day just told (同日簽署); for one
        planned, only a date said to come (將於今年9月份簽署)."""
        if named_only:
            return []
        if status == TieStatus.SIGNED:
            # (參加「2018年某節」並簽署…: the year in the event's name is its edition's)
            # (…八十二年三月五日，…參加「1992年某節」並簽署…: the day before, else the
            # item's, over the edition's year)
            # (兩市自民國五十五年締結姊妹市以來…，隨即共同簽署…: a year a lasting state
            # began since, no signing's date)
            # (but 自民國105年簽署「…」以來: the signing's own year, since which…)
            norm = clause.sentence.norm
            signing = [
                d for d in clause.dates if not d.since or _SINCE_SIGNED.match(norm, d.text_end)
            ]
            before = [
                d
                for d in clause.earlier_dates
                if not d.since or _SINCE_SIGNED.match(norm, d.text_end)
            ]
            own = [d for d in signing if not d.edition]
            earlier = [d for d in before if not d.edition]
            dated = own[-1:] or earlier[-1:]
            if not dated and clause.dates:  # only the edition's year: the item's day
                dated = self.state.item_dates[-1:] or clause.dates[-1:]
            dated = dated or before[-1:]
            if not dated and _SAME_OCCASION.match(clause.norm):
                dated = [d for d in self.state.last_dates if d.precision == "day"][-1:]
            return dated
        # a planned signing is dated only by a date said to come (將於今年9月份…), or any
        # date of a plan's or a resolution's (決議：請某局於十月派員赴某市簽署…)
        to_come = self._in_plans_section(clause.sentence)
        return [
            d
            for d in clause.dates + clause.earlier_dates
            if to_come or _FUTURE.search(sentence_norm[max(0, d.text_start - 6) : d.text_start])
        ][-1:]

    def _record_agreement(
        self,
        clause: Clause,
        sentence_norm: str,
        signer: str,
        parties: list[str],
        title: str,
        status: TieStatus,
        dated: list[DateSpan],
        acted: bool,
    ) -> None:
        """The signing with each party; one done in the clause (acted) also has its
        fields (在經貿、觀光等領域合作), signatories (由王大明市長與某市市長共同簽署)
        and leader."""
        text = clause.norm
        date = _within(dated[0]) if dated else None
        rest = sentence_norm[sentence_norm.find(text) :]
        fields = _FIELDS.search(rest) if acted else None
        signatories = self._signatories(clause, sentence_norm) if acted else []
        for party in dict.fromkeys(parties):
            self.facts.relate(
                RelType.SIGNED_MOU,
                signer,
                party,
                clause.sentence,
                title=title,
                status=status,
                date=date,
                year=dated[0].year if dated else None,
                fields=_FIELD_JOINER.split(fields.group(1)) if fields else None,
                signatories=signatories or None,
                led_by=self._leader(sentence_norm) if acted else None,
            )

    def _talked_of_agreement_to_sign(
        self, clause: Clause, sentence_norm: str, signing: re.Match[str]
    ) -> None:
        """「與本府建設局洽談「某某合作備忘錄」，預定明年由本府與某港務局正式簽署」: the
        agreement an earlier clause talked of, its signing told to come in this one with
        no agreement named: planned, with the partner this clause names."""
        earlier = sentence_norm[: clause.start]
        titled = _AGREEMENT_TITLE.search(earlier)
        if titled is None or not _TALKS_ON.search(earlier[: titled.start()]):
            return
        if not self._future(clause, sentence_norm):
            return
        sides = self._signing_sides(clause, sentence_norm, clause.norm[: signing.start()])
        if sides is None or not sides[1]:
            return
        signer, parties = sides
        title = _TITLE_OPENING.sub("", titled.group(1))
        dated = self._agreement_dated(clause, sentence_norm, TieStatus.PLANNED, False)
        self._record_agreement(
            clause, sentence_norm, signer, parties, title, TieStatus.PLANNED, dated, False
        )

    def _restate_agreement(self, clause: Clause) -> None:
        """A clause signing or renewing with no agreement named (完成續約, 分別於兩地簽署):
        the agreements an earlier clause of the sentence named, signed on this date."""
        sentence = clause.sentence
        if _AGREEMENT_PENDING.search(clause.norm):
            return
        named = [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.SIGNED_MOU
            and r.properties.get("status") == TieStatus.SIGNED
            and told_in(r, sentence)
        ]
        dated = clause.dates[-1:] or clause.earlier_dates[-1:]
        sentence_norm = sentence.norm
        for relation in named:
            self.facts.relate(
                RelType.SIGNED_MOU,
                relation.source,
                relation.target,
                sentence,
                title=relation.properties.get("title"),
                date=_within(dated[0]) if dated else None,
                year=dated[0].year if dated else None,
                signatories=self._signatories(clause, sentence_norm) or None,
            )

    def _signing_partner(self, before: str) -> str | None:
        """The outside body an agreement is signed with, named after the last 與 before
        the signing verb (與丹麥商某某公司簽署, 與來訪之澳洲某某大學簽署, 與某市工商局簽署);
        none where the body is a place's government (與某市政府, 與某縣廳): the place."""
        if "與" not in before:
            return None
        if _WITH_THAT_BODY.match(before, before.rfind("與")):
            return None  # 與該公司, 與該協會: the body named before (_body_referred)
        # 完成與某局「某某備忘錄」之簽署: the body, before the agreement's name
        words = before.rsplit("與", 1)[1].split("「", 1)[0]
        words = _GLOSS.sub("", _CAME_OF.sub("", words))
        words = _ADVERB_TAIL.sub("", words)  # 與某港務局共同簽署: the body
        words = _MANNER_TAIL.sub("", words)  # 與某基金會以視訊方式簽署: the body
        words = _VENUE_TAIL.sub("", words)  # 與某辦事處於市府簽署: the body
        words = _ON_DATE_CLOSING.sub("", words)  # 與某廳於1月23日簽署: the body
        places = [m for m in self._place_mentions(words) if m.place.label != "Country"]
        if places and _GOVERNMENT.fullmatch(words[places[-1].end :]):
            return None
        return self._outside_body(words)

    def _names_unknown_partner(self, before: str) -> bool:
        """Whether the words after the last 與 before a signing name a partner of their
        own that is no place, person or home body read (與某國某某公會, 與某某商社):
        then the agreement is that partner's, not the place just spoken of."""
        if "與" not in before:
            return False
        words = _ADVERB_TAIL.sub("", _VENUE_TAIL.sub("", before.rsplit("與", 1)[1]))
        if len(words) < 4 or not _HAN.fullmatch(words):
            return False
        if _HOME_ACTOR.match(words) or self.lex.home_org(words) or "該" in words or "雙方" in words:
            return False
        if any(name in words for name in self.people) or any(
            words.endswith(title) or title + "共同" in words for title in self.lex.titles
        ):
            return False  # 與某市長共同簽署: the official of the place just named
        # 與某市, 與某市政府: the place itself; 與某地某某商社: a body of that place
        return not any(
            m.place.label != "Country"
            and (m.end == len(words) or _GOVERNMENT.fullmatch(words[m.end :]))
            for m in self._place_mentions(words)
        )

    @staticmethod
    def _signing_subject(before: str) -> str:
        """The words naming who signs, before the 與 of the partner (3月5日某某大學與…
        簽署: 某某大學), without the clause's date or adverb."""
        subject = _DATE_OPENING.sub("", before.rsplit("與", 1)[0])
        return _ADVERB_TAIL.sub("", _ON_DATE_CLOSING.sub("", subject))

    def _outside_signer(self, before: str) -> str | None:
        """A body of another place that opens the clause and signs with the partner
        (某州州立大學與國立某某大學簽署…: the foreign university, not the city); None for
        a home body or one of no place named."""
        subject = self._signing_subject(before)
        mentions = self._place_mentions(subject)
        if not mentions or mentions[0].start != 0 or mentions[0].place.id == self.home_place.id:
            return None
        return self._outside_body(subject)

    def _guest_body_signing(self, clause: Clause, before: str) -> str | None:
        """The body whose people the sentence tells came, signing with the partner where
        the clause names no signer (某州立大學校長某某率團來訪，與國立某某大學簽署…: the
        guests' university, not the city that received them)."""
        if self._signing_subject(before).strip(","):
            return None
        bodies = [
            guest
            for guest in self._guests_told_in(clause.sentence)
            if self.facts.label_of(guest) == Label.ORGANIZATION
        ]
        return bodies[0] if len(bodies) == 1 else None

    def _home_signer(self, before: str) -> str:
        """Who signs for the home side: a home school that opens the clause (國立某某大學與…
        簽署) or a body of the city's people (高雄市某某協會與…簽署), else the city (本府
        經發局與…: the city acts through its bureaus)."""
        subject = self._signing_subject(before)
        if _HOME_ACTOR.match(subject) or self.lex.home_org(subject):
            return self.home
        school = _SCHOOL.fullmatch(subject)
        if school and not any(
            m.place.id != self.home_place.id for m in self._place_mentions(subject)
        ):
            return self._home_body(school.group(1))
        return self._home_civic_body(subject) or self.home

    def _body_referred(self, clause: Clause, sentence_norm: str) -> list[str]:
        """與該局, 與該公司, 與該協會 (簽署…): the body of that kind named last before
        (美國某港務局執行長…來訪，本府並與該局簽署…)."""
        refers = _WITH_THAT_BODY.search(clause.norm)
        if refers is None:
            return []
        body = self._body_named_last(clause, refers.start(), refers.group(1))
        return [body] if body else []

    def _body_of_person_referred(
        self, clause: Clause, sentence_norm: str, before: str
    ) -> list[str]:
        """與其, 與渠 (簽署): the body or place whose title the person the sentence
        named last holds (某會秘書長王大明來訪，由陳市長與其共同簽署…: 某會); 與 + one
        named before by name (陳市長與王大明秘書長共同簽署…), or after the body and title
        he holds (陳市長與某港務局局長王大明在本府共同簽署…): that one's."""
        if "與" not in before:
            return []
        partner = before.rsplit("與", 1)[1]
        # 與某某主席共同簽署, 與某局局長某某共同簽署: one named by name, whose body signs
        by_name = [pid for name, pid in self.people.items() if name in partner]
        if by_name:
            return [r.target for r in self._titles_held(by_name)][-1:]
        if not _PRONOUN_PERSON.match(partner):
            return []
        said = sentence_norm[: clause.start]
        named = self._people_by_position(said)
        if not named:
            return []
        person = max(named)[1]
        return [r.target for r in self._titles_held([person])][-1:]

    def _signatories(self, clause: Clause, sentence_norm: str) -> list[str]:
        """Who signed: people named in the clause, and the home city's officials named by
        surname and title (陳市長) in the sentence, looked up by their term of office."""
        names = [n for n in self.people if n in clause.norm]
        when = self._when(clause).get("start") or (self.period.start if self.period else "")
        for holder in self._home_officials(str(when)):
            if holder.name_zh[0] + holder.title_zh in sentence_norm:
                # the text names only 陳市長: the person signed, but a title of office
                # is no fact the text states (it stays led_by and signatory)
                self._known_person(holder)
                names.insert(0, holder.name_zh)
        return list(dict.fromkeys(names))

    def _merge_restated_agreements(self, headings: set[tuple[int, int]]) -> None:
        """An item headed 「與某市簽署合作意向書」 whose text signs 「某某合作意向書」
        with that city, or with a body of that city (某市觀光公社), states one
        agreement: the heading's short title is the text's full one (the same for
        備忘錄, 協議書…). `headings`: where the item's headings stand."""
        mous = [r for r in self.facts.relations.values() if r.type == RelType.SIGNED_MOU]
        for short in mous:
            title = str(short.properties.get("title") or "")
            if not title or not all((e.start, e.end) in headings for e in short.evidence):
                continue
            restating = [
                r
                for r in mous
                if r is not short
                and r.source == short.source
                and self._party_or_its_body(short.target, r.target)
                and r.properties.get("status") == short.properties.get("status")
                and not any((e.start, e.end) in headings for e in r.evidence)
            ]
            # the full title ends like the short one, or the text signs one agreement
            # only with that party (「與某港務局簽署合作備忘錄」 → 「港埠合作交流備忘錄」)
            titled = [r for r in restating if str(r.properties.get("title") or "").endswith(title)]
            full = (titled or (restating if len(restating) == 1 else []) or [None])[0]
            if full is not None:
                self._fold_into(short, full)

    def _merge_agreements_told_by_kind(self) -> None:
        """An agreement told again by its kind alone (雙方於某月簽署合作備忘錄後，…), undated
        or dated less precisely, with a partner the chapter signed one agreement of that
        kind with by name (「某某交流合作備忘錄」): that agreement, not another."""
        mous = [r for r in self.facts.relations.values() if r.type == RelType.SIGNED_MOU]
        for short in mous:
            title = str(short.properties.get("title") or "")
            if not _AGREEMENT_BY_KIND.fullmatch(title):
                continue
            dated = str(short.properties.get("date") or "")
            named = [
                r
                for r in mous
                if r is not short
                and (r.source, r.target) == (short.source, short.target)
                and r.properties.get("status") == short.properties.get("status")
                and str(r.properties.get("date") or "").startswith(dated)
                and len(str(r.properties.get("title") or "")) > len(title)
                and str(r.properties.get("title")).endswith(title)
            ]
            if len(named) == 1 and short.key in self.facts.relations:
                self._fold_into(short, named[0])

    def _merge_agreements_told_short(self) -> None:
        """An agreement told undated, or dated less precisely (依本年四月兩市簽署之教育
        交流協議), by a shorter title (a summary's 「教育交流備忘錄」, a plan's 「港灣交流
        備忘錄」 before the trip signing it) whose words all stand, in order, in the title
        of the one agreement of that kind, dated within its date, the chapter signs with
        that party (「教育交流合作備忘錄」, 教育交流協議書): that agreement, not another.
        So too a signing still planned, told again shorter (a proposal's 擬與某市簽訂體育
        交流協議書 of its 「某市與某市體育交流協議書」, then 簽署上開協議書): the one
        planned agreement it shortens. The shortest are folded last, into what is left."""
        mous = [r for r in self.facts.relations.values() if r.type == RelType.SIGNED_MOU]
        mous.sort(key=lambda r: -len(str(r.properties.get("title") or "")))
        for short in mous:
            title = str(short.properties.get("title") or "")
            if not title:
                continue
            full = [
                r
                for r in mous
                if r is not short
                and r.key in self.facts.relations
                and r.source == short.source
                and self._party_or_its_body(short.target, r.target)
                and _told_again_within(short, r)
                and _shortened(title, str(r.properties.get("title") or ""))
            ]
            if len(full) == 1 and short.key in self.facts.relations:
                for key in ("date", "year"):  # the plan's date, where only it tells one
                    if key in short.properties and key not in full[0].properties:
                        full[0].properties[key] = short.properties[key]
                self._fold_into(short, full[0])

    def merge_short_schools(self) -> None:
        """A school first named short (an item's heading: 某高中與小倉高等學校締結姊妹校),
        then in full with its place (日本福岡縣立小倉高等學校): the one school, by its full
        name, where only one school of the chapter is so named."""
        schools = [
            e
            for e in self.facts.entities.values()
            if e.label == Label.ORGANIZATION and e.properties.get("kind") == "school"
        ]
        for short in schools:
            name = normalize(short.name_zh)
            # (前鎮高中 is also 前鎮高級中學; 日本博多高中 also 博多高中, 博多高級中學): a
            # name in a short form, the full one written below it
            short_form = any(name.endswith(f) for f in SCHOOL_SHORT_FORMS)
            forms = {normalize(n) for n in (short.name_zh, *short.aliases)} - {name}
            forms = forms if short_form else set()
            full = [
                e
                for e in schools
                if e.id != short.id
                and any(
                    self._place_before_name(normalize(written), name)
                    or self._full_form_of(normalize(written), forms)
                    for written in (e.name_zh, *e.aliases)
                )
            ]
            if len(full) == 1 and {short.id, full[0].id} <= self.facts.entities.keys():
                for key, rel in list(self.facts.relations.items()):
                    if rel.type == RelType.LOCATED_IN and rel.source == short.id:
                        del self.facts.relations[key]  # where the full name says it is
                self._merge_person(short.id, full[0].id)

    def _full_form_of(self, written: str, forms: set[str]) -> bool:
        """Whether `written`, the name of a school written longer (市立前鎮高級中學, 日本
        福岡市博多高級中學), is one of the other forms of a short one's name, after a
        place or 市立 (前鎮高級中學, 博多高級中學)."""
        for form in forms:
            opening = self._place_mentions(form)[:1]
            if opening and opening[0].start == 0 and written == form[opening[0].end :]:
                return True  # 釜山東萊女中, below 東萊女子中學 under 韓國釜山廣域市
            if len(form) < 4 or len(written) <= len(form) or not written.endswith(form):
                continue
            if written[: -len(form)] == "市立" or self._place_before_name(written, form):
                return True
        return False

    def _place_before_name(self, written: str, name: str) -> bool:
        """Whether `written` is `name` after a place, maybe 立 (福岡縣立 + 某高等學校)."""
        if len(name) < 4 or not written.endswith(name) or written == name:
            return False
        before = written[: -len(name)].removesuffix("立")
        found = self._place_mentions(before)
        return bool(found) and found[0].start == 0 and found[-1].end == len(before)

    def _party_or_its_body(self, party: str, other: str) -> bool:
        """Whether `other` is `party` or a body located in it (某市 and 某市觀光公社)."""
        return other == party or any(
            r.type == RelType.LOCATED_IN and (r.source, r.target) == (other, party)
            for r in self.facts.relations.values()
        )

    def _said_before_semicolon(self, sentence: Sentence) -> str:
        """The sentence of the same item (paragraph) a sentence follows after a
        semicolon (…來訪（日期）；兩校…), normalized; empty if none."""
        earlier = [s for s in self._paragraph_of(sentence) if s.end <= sentence.start]
        if not earlier or not earlier[-1].norm.endswith(";"):
            return ""
        return earlier[-1].norm

    def _rule_sister_school(self, clause: Clause) -> None:
        tie = _SCHOOL_TIE.search(clause.norm)
        if not tie:
            self._school_tie_signed_after(clause)
            self._school_went_to_sign(clause)
            return
        schools = _school_names(clause.norm)
        status = self._school_tie_status_in_clause(clause, tie)
        if not schools and _SCHOOL_TIE_MADE.search(clause.norm):
            # 本市某高中與某高等學校經多次交流後，…，規劃於…締結姊妹校 / …，於3月1日正式
            # 結盟為姊妹校: the schools are those of the sentence's clauses before
            before = clause.sentence.norm[: clause.start]
            schools = _ours_first(before, _school_names(before))[:2]
            called_on = _HOME_SCHOOL_CALLED_ON.search(before)
            if len(schools) == 1 and called_on and _BOTH_SIDES.search(clause.norm):
                # 某高中副校長…來訪，參觀市立某高中，雙方商定…締結姊妹校: the one called on
                schools = [called_on.group(1), *schools]
            elif _both_schools_act(before, clause.norm):
                # 某校長（某高等學校校長）率該校師生來訪，至市立某高中隨班上課；兩校…締結
                # 為姊妹校: the school gone to and the visitors' own, told before in the item
                told = self._said_before_semicolon(clause.sentence) + before
                called_on = _HOME_SCHOOL_CALLED_ON.search(told)
                if called_on:
                    schools = _gone_to_and_visitors(called_on.group(1), _school_names(told))
        if (
            len(schools) == 1
            and _SCHOOL_TIE_MADE.search(clause.norm)
            and _with_school(clause.norm, schools[0])
            and not self._school_tie_known(schools[0])
        ):
            # 本市某高工師生…赴日本…，並於…與某高等學校簽署姊妹校協定: ours leads the
            # sentence, theirs follows 與
            before = clause.sentence.norm[: clause.start]
            ours = _school_names(before)[:1]
            # …來訪，並與本市某高中簽署: the one written after 本市 is ours all the same
            schools = _ours_first(clause.sentence.norm, ours + schools)
        gone_to = _GOING_TO_OPENING.match(schools[0]) if len(schools) == 1 else None
        if gone_to and _SCHOOL_TIE_MADE.search(clause.norm):  # (not 前往姊妹校某校參訪)
            # 某大學副校長某某來訪，並前往國立某某大學洽談締結姊妹校: the one gone to and the
            # visitor's school, named before in the sentence
            before = _GLOSS.sub("", clause.sentence.norm[: clause.start])
            ours = schools[0][gone_to.end() :]
            theirs = [school for school in _school_names(before) if school != ours]
            schools = _ours_first(clause.sentence.norm, [ours, *theirs[-1:]])
        if len(schools) == 1 and _SCHOOL_TIE_MADE.search(clause.norm):
            # 由本市甲校校長某某與該校校長某某簽署締結姊妹校協定: 該校 the one named before
            schools += self._school_taken_up(clause)
        if not schools and _BOTH_SCHOOLS.search(clause.norm):
            self._restate_last_school_tie(clause)
            return
        if self._received_by_sister_school(clause):
            return
        schools = _schools_or_the_one_visited(clause.norm, schools)
        if len(schools) == 1 and self._visits_sister_school(clause, schools[0]):
            return
        if len(schools) == 1 and self._sister_school_visited(clause, schools[0]):
            return
        if len(schools) == 1:  # the item's text restating the tie its heading named
            self._restate_school_tie(schools[0], clause)
        if len(set(schools)) < 2:
            return  # 參觀當地的某校，並與該校校長…: one school told twice, no tie of its own
        # 某高等學校…與本市某高中簽署: the one written after 本市 is ours, wherever it stands
        schools = _ours_first(clause.sentence.norm, schools)
        partner = next((p for p in self.state.recent_places if p.id != self.home_place.id), None)
        # theirs may name its place (日本某某縣立某某高等學校): that place is the partner
        named = self._place_mentions(schools[1])
        partner = named[0].place if named and named[0].start == 0 else partner
        ours = self._home_body(schools[0])
        name = _SISTER_PLACE_BEFORE.sub("", schools[1])  # 某市姊妹市某高中: 某高中
        theirs = self._organization(name, self.lex.org_kind(name) or "school", partner)
        since = (
            clause.dates[0].start
            if clause.dates
            else (clause.earlier_dates[-1].start if clause.earlier_dates else None)
        )
        if not clause.dates and _TIE_MADE_EARLIER.search(clause.norm):
            since = None  # 為兩校上半年締結姊妹校後首度之交流: made before the day read
        self.facts.relate(
            RelType.SISTER_SCHOOL_OF,
            ours,
            theirs,
            clause.sentence,
            status=status,
            since=since if status == TieStatus.SIGNED else None,
        )

    def _school_taken_up(self, clause: Clause) -> list[str]:
        """The school a clause takes up as 該校 (…與該校校長某某簽署…), named before it in
        the sentence (前往甲校，由本市乙校校長與該校校長…: 甲校), as its name is written."""
        at = clause.norm.find("該校")
        if at < 0:
            return []
        before = clause.sentence.norm[: clause.start + at]
        referred = self._body_referred_by("該校", before)
        return [self.facts.entities[referred[0]].name_zh] if referred else []

    def _school_tie_status_in_clause(self, clause: Clause, tie: re.Match[str]) -> str:
        """The status of the clause's sister-school tie (_school_tie_status); a clause with
        no date of its own is planned by a plan the sentence opens with (本市某高中規劃
        於10月赴日，與某高等學校締結姊妹校), and so is any in a section of the work to come."""
        sentence_norm = clause.sentence.norm
        status = _school_tie_status(clause.norm[: tie.start()], sentence_norm)
        opening = sentence_norm[: clause.start]
        if status == TieStatus.SIGNED and not clause.dates and _FUTURE.search(opening):
            status = TieStatus.PLANNED
        if status == TieStatus.SIGNED and self._in_plans_section(clause.sentence):
            status = TieStatus.PLANNED
        if status == TieStatus.SIGNED and _school_tie_discussed(clause.norm, tie):
            status = TieStatus.NEGOTIATING  # 雙方已就締結姊妹校事宜展開洽談
        if status == TieStatus.SIGNED and _TIE_WISHED_AFTER.search(clause.norm[tie.end() :]):
            status = TieStatus.PLANNED  # 轉達締結姊妹校之意願 (talks going on after: below)
        if status == TieStatus.PLANNED and self._talks_in_item_text(clause):
            status = TieStatus.NEGOTIATING  # 3.推動某校與某校締結姊妹校 over talks going on
        if status == TieStatus.PLANNED and _talks_going_on_after(clause):
            status = TieStatus.NEGOTIATING  # 規劃甲校與乙校締結姊妹校，刻正透過…洽商中
        if (
            status == TieStatus.SIGNED
            and _TIE_AS_MATTER.match(clause.norm, tie.end())
            and _talks_going_on_after(clause)
        ):
            status = TieStatus.NEGOTIATING  # 甲校與乙校締結姊妹校一案，刻正由雙方洽商中
        return status

    def _sister_school_visited(self, clause: Clause, school: str) -> bool:
        """A school abroad, the clause's visitor, coming to its sister school here, named
        after 姊妹校 and the city's own word (某校長率該校師生回訪姊妹校本市某女中): the
        two schools' tie, undated."""
        if not any(f"姊妹校{home}{school}" in clause.norm for home in ("本市", "市立")):
            return False
        visitors = [
            r.source
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED
            and r.target == self.home
            and told_in(r, clause.sentence)
            and self.facts.entities[r.source].properties.get("kind") in _SCHOOL_KINDS
        ]
        if not visitors:
            return False
        ours = self._home_body(school)
        self.facts.relate(
            RelType.SISTER_SCHOOL_OF, ours, visitors[0], clause.sentence, status=TieStatus.SIGNED
        )
        return True

    def _visits_sister_school(self, clause: Clause, school: str) -> bool:
        """A home school that leads the sentence, with its 姊妹校 named after it
        (本市某高中師生一行赴…，與姊妹校某高等學校進行交流): an existing tie, undated."""
        theirs = school.removeprefix("姊妹校")
        # (回訪本年5月締結姊妹校之某高中: the school qualified by its tie, made that month)
        qualified = re.search(r"(?:締結)?姊妹校之" + re.escape(school), clause.norm)
        if theirs == school and "姊妹校" + school not in clause.norm and not qualified:
            return False
        ours = self._home_actor(clause.sentence.norm)
        if ours == self.home:  # 本市某高中師生12人亦隨團前往: the school the words open with
            ours = self._leading_home_school(clause.sentence.norm) or ours
        if ours == self.home or self.facts.label_of(ours) != Label.ORGANIZATION:
            return False
        named = self._place_mentions(theirs)
        place = named[0].place if named and named[0].start == 0 else None
        place = place or next(
            (p for p in self.state.recent_places if p.id != self.home_place.id), None
        )
        partner = self._organization(theirs, self.lex.org_kind(theirs) or "school", place)
        made = [
            d.start
            for d in clause.dates
            if qualified and 0 <= clause.start + qualified.start() - d.text_end <= 1
        ]
        self.facts.relate(
            RelType.SISTER_SCHOOL_OF,
            ours,
            partner,
            clause.sentence,
            status=TieStatus.SIGNED,
            since=made[-1] if made else None,
        )
        if qualified and _RETURN_VISIT_OPENING.match(clause.norm):
            # …赴某市，回訪本年5月締結姊妹校之某高中: the school visited, in the days of
            # the trip the sentence told (not the month the tie was made)
            trip = next(
                (
                    r
                    for r in self.facts.relations.values()
                    if r.type == RelType.VISITED
                    and r.source == ours
                    and told_in(r, clause.sentence)
                ),
                None,
            )
            when = {
                k: v
                for k, v in (trip.properties if trip else {}).items()
                if k in ("start", "end", "year")
            }
            self.facts.relate(RelType.VISITED, ours, partner, clause.sentence, **when)
        elif _GOES_TO_SISTER_SCHOOL.search(clause.norm):
            # 至姊妹校某高中進行回訪: the school gone to, named as where they went
            year = self._when(clause, carry=True).get("year") or self._year_hint([])
            self.facts.relate(
                RelType.VISITED, ours, partner, clause.sentence, **({"year": year} if year else {})
            )
        return True

    def _school_went_to_sign(self, clause: Clause) -> None:
        """A clause after a sister-school signing telling one of the two schools went
        there (…於10月16日在某地簽署姊妹校協定，由某女中校長率師生18人前往): it visited
        its partner, on the day of the signing."""
        went = _SCHOOL_WENT.match(clause.norm)
        if went is None:
            return
        for tie in list(self.facts.relations.values()):
            if tie.type != RelType.SISTER_SCHOOL_OF or not told_in(tie, clause.sentence):
                continue
            if tie.properties.get("status") not in (None, TieStatus.SIGNED):
                continue  # 預計於12月在某地簽署…，並由某校長率師生前往: a trip to come
            ends = {tie.source: tie.target, tie.target: tie.source}
            for school, partner in ends.items():
                if self.facts.entities[school].name_zh.endswith(went.group(1)):
                    since = tie.properties.get("since")
                    when = {"start": since, "year": int(str(since)[:4])} if since else {}
                    self.facts.relate(RelType.VISITED, school, partner, clause.sentence, **when)

    def _leading_home_school(self, sentence_norm: str) -> str | None:
        """The home school a sentence opens with (本市某高中師生…亦隨團前往, 5月3日，本市
        某國中…), or None."""
        lead = _SCHOOL.match(_without_date_opening(sentence_norm))
        if lead is None or not lead.group().startswith(("本市", "市立")):
            return None
        return self._home_body(lead.group(1))

    def _received_by_sister_school(self, clause: Clause) -> bool:
        """A school from abroad that leads the sentence coming to its sister school here
        (某高等學校師生來訪姊妹校某中學; 某高等學校校長率師生來訪，至姊妹校本市某高中
        交流): an existing tie, undated."""
        visited = _SISTER_SCHOOL_NAMED.search(clause.norm)
        sentence_norm = clause.sentence.norm
        if visited is None or not (visited.group(1) or _COME.search(sentence_norm)):
            return False
        # the sentence may open with a date (but 日本 is no date)
        head = _DATE_PREFIX.sub("", sentence_norm) if sentence_norm[:1].isdigit() else sentence_norm
        visitor = _SCHOOL.match(head)
        if visitor is None or head.startswith("本市") or visitor.group(1) == visited.group(2):
            return False
        name = visitor.group(1)
        if self.lex.home_org(name) or _HOME_ACTOR.match(name):
            return False
        named = self._place_mentions(name)
        place = named[0].place if named and named[0].start == 0 else None
        place = place or next(
            (p for p in self.state.recent_places if p.id != self.home_place.id), None
        )
        if place is None:  # no place abroad: nothing says the visitor is not from here
            return False
        theirs = self._organization(name, self.lex.org_kind(name) or "school", place)
        ours = self._home_body(visited.group(2))
        self.facts.relate(
            RelType.SISTER_SCHOOL_OF, ours, theirs, clause.sentence, status=TieStatus.SIGNED
        )
        return True

    def _restate_last_school_tie(self, clause: Clause) -> None:
        """兩校自101年締結姊妹校以來: the tie of the two schools the item just named."""
        section = {(s.start, s.end) for s in self._section_sentences(clause.sentence.section)}
        last = next(
            (
                r
                for r in reversed(self.facts.relations.values())
                if r.type == RelType.SISTER_SCHOOL_OF
                and any((e.start, e.end) in section for e in r.evidence)
            ),
            None,
        )
        if last is None:
            return
        dated = clause.dates[:1] or clause.earlier_dates[-1:]
        signed = last.properties.get("status", TieStatus.SIGNED) == TieStatus.SIGNED
        self.facts.relate(
            last.type,
            last.source,
            last.target,
            clause.sentence,
            since=dated[0].start if dated and signed else None,
        )

    def _school_tie_signed_after(self, clause: Clause) -> None:
        """A dated clause signing nothing of its own after one naming a sister-school tie
        (某高中與某高校姊妹校案，亦於5月3日由兩校校長完成簽約): that tie, signed then."""
        signing = _AGREEMENT.search(clause.norm)
        if signing is None or not clause.dates or _AGREEMENT_KIND.search(clause.norm):
            return
        if _FUTURE.search(clause.norm) or _AGREEMENT_PENDING.search(clause.norm):
            return
        sentence = (clause.sentence.start, clause.sentence.end)
        for relation in list(self.facts.relations.values()):
            if (
                relation.type == RelType.SISTER_SCHOOL_OF
                and relation.properties.get("status", TieStatus.SIGNED) == TieStatus.SIGNED
                and not relation.properties.get("since")
                and any((e.start, e.end) == sentence for e in relation.evidence)
            ):
                relation.properties["since"] = clause.dates[0].start

    def _school_tie_known(self, school: str) -> bool:
        """Whether a sister-school tie of `school` is read already (in the heading)."""
        return any(
            relation.type == RelType.SISTER_SCHOOL_OF
            and any(
                normalize(self.facts.entities[end].name_zh).endswith(school)
                for end in (relation.source, relation.target)
            )
            for relation in self.facts.relations.values()
        )

    def _restate_school_tie(self, school: str, clause: Clause) -> None:
        dated = clause.dates[:1] or clause.earlier_dates[-1:]
        for relation in list(self.facts.relations.values()):
            ends = (self.facts.entities[relation.source], self.facts.entities[relation.target])
            signed = relation.properties.get("status", TieStatus.SIGNED) == TieStatus.SIGNED
            if relation.type == RelType.SISTER_SCHOOL_OF and any(
                normalize(e.name_zh).endswith(school) for e in ends
            ):
                self.facts.relate(
                    relation.type,
                    relation.source,
                    relation.target,
                    clause.sentence,
                    # a tie to come is dated by no restatement
                    since=dated[0].start if dated and signed else None,
                )

    def _rule_sister_item(self, clause: Clause) -> None:
        """In a section on the exchanges with the sister cities (二、姊妹市交流), an item
        headed by a city alone (（三）某國某市) is of a sister city: a tie made. One headed
        by a prefecture or state (（五）日本某縣) is a partner of another kind unless its
        text tells the tie (帛琉科羅州: 締結第29個姊妹市)."""
        section = self._section(clause.sentence.section)
        if section is None or section.parent is None or not clause.sentence.is_heading:
            return
        parent = self.parsed.sections[section.parent]
        title = _ITEM_NUMBER_OPENING.sub("", normalize(parent.title))
        if not _SISTERS_SECTION.match(title):
            return
        heading = _ITEM_NUMBER_OPENING.sub("", clause.norm).rstrip("。")
        mentions = self._place_mentions(heading)
        if not mentions or "".join(m.surface for m in mentions) != heading:
            return  # 姊妹市節慶致意, 某市議會議長率團來訪: no item of a city alone
        body = normalize(self.facts.text[section.start : section.end])
        if _FRIENDSHIP.search(body) or _NEGOTIATING.search(body):
            return  # its text tells a tie of another kind, or one talked of: that one
        if any(m.place.admin_level == "admin1" for m in mentions if m.place.label == "City"):
            # （五）日本某縣: a prefecture or state, whose tie its text tells, if any (a
            # county or ward, 美國某某郡, is a partner as a city is)
            return
        for city in self._foreign(clause):
            self.facts.relate(
                RelType.SISTER_CITY_OF, self.home, city, clause.sentence, status=TieStatus.SIGNED
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
        also = [
            s
            for s in self.parsed.sentences
            if s.section == clause.sentence.section and s.is_heading is False
        ]
        if _MOU_OR_ACCORD.search(body) and not (_SISTER.search(body) or _FRIENDSHIP.search(body)):
            signing = list(_AGREEMENT.finditer(body))
            titled = _AGREEMENT_NOUN.search(body[signing[-1].end() :] if signing else body)
            title = _TITLE_OPENING.sub("", titled.group(1)) if titled else ""
            for city in cities:
                self.facts.relate(
                    RelType.SIGNED_MOU,
                    self.home,
                    city,
                    clause.sentence,
                    also,
                    status=TieStatus.PLANNED,
                    title=title,
                )
            return
        status = TieStatus.NEGOTIATING if _NEGOTIATING.search(body) else TieStatus.PLANNED
        # the item's text says which tie is pursued: 朝締結友好城市方向推動 is a
        # friendship tie, not a sister one (the section's title names both kinds)
        tie = (
            RelType.FRIENDSHIP_CITY_OF
            if _FRIENDSHIP.search(body) and not _SISTER.search(body)
            else RelType.SISTER_CITY_OF
        )
        for city in cities:
            self.facts.relate(tie, self.home, city, clause.sentence, also, status=status)


def _dated_signing(clause: Clause, signing_at: int) -> list[DateSpan]:
    """The date written right before the verb of an agreement named as made before
    (本年2月雙方簽署之「…」, 於2019年所簽訂之「…」): only who signed or 所 between."""
    return [
        d
        for d in clause.dates
        if d.text_end <= signing_at
        and _SIGNING_DATE_GAP.fullmatch(clause.sentence.norm[d.text_end : signing_at])
    ][-1:]
