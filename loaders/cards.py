"""Record cards: items written as labelled fields, one field a line.

Some reports log each contact as a card under its item number::

    （二）
    案由：參加「某藝術節」
    日期：79年9月14日至21日
    地點：某國某市
    出訪人員：文化中心王主任（領隊）、教育局督學一人
    經過：…

The card's subject field (案由：) is its item's title and is read without its label
(structure.py); its date field dates the rest (rules/reader.py); the other fields are
read as prose. But a trip card's place field and its roster of those who went say
together what neither line says alone: that the city's party went there. So the
place line and the roster's lines are read as the sentence they spell,
「本府由文化中心王主任率教育局督學一人赴某國某市」, their evidence still the lines as
written, as a table row's is (loaders/tables.py); its subject is the city's doing,
there (本府赴某國某市參加「某藝術節」); and a line of its itinerary, its days then a
stop before a colon (11月12日至14日　某市：拜會…), is read as the leg it is:
「11月12日至14日訪團停留某市,拜會…」.

The abstracts of trip reports (出國報告提要) are such cards too: 報告名稱：, 出國人員
（姓名、服務單位、職稱）：, 出國期間：, 前往國家及城市：. Their rosters write each member
in columns, name, unit and title (王大明　某局　局長, 王大明／某局／局長, 王大明（某局　局長）),
read as the prose names one (某局局長王大明); the period's line tells the trip with its
days.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from loaders.lexicon import lexicon

#: A field opening its line: a short label, maybe glossed in brackets with what the
#: value lists (出國人員（姓名、服務單位、職稱）：), a colon, the value (empty when the
#: value stands on the lines below).
_FIELD = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,7})(?:\([^()]{1,20}\))?[:：]\s*(?P<value>.*)$")
#: The field saying what the card is about, its title: 案由, 事由, 主旨, 案名, or the
#: name of the trip's report (報告名稱：某某考察報告).
_SUBJECT_LABEL = re.compile(r"^(?:案由|事由|主旨|案名|報告名稱)$")
#: The word closing a report's name (某某考察報告): no part of what the trip was.
_REPORT_WORD = re.compile(r"報告$")
#: The field naming where a trip went: 地點, 出訪地點, 訪問地點, 前往國家及城市.
_PLACE_LABEL = re.compile(
    r"^(?:(?:出訪|訪問|前往)?地點|(?:出訪|訪問|前往)(?:國家|城市|國家及城市|國家城市|地區))$"
)
#: The field dating the trip: 日期, 出訪日期, 出國期間.
_DATE_LABEL = re.compile(r"(?:日期|期間)$")
#: The field listing those who went on it: 出訪人員, 出國人員, 出訪成員, 出訪團員.
_ROSTER_LABEL = re.compile(r"^(?:出訪|出國)(?:人員|成員|團員|名單)$")
#: The mark after the roster's member who led it: （領隊）, （團長）.
_LEADER_MARK = re.compile(r"\((?:領隊|團長|率團)\)")
#: A going told in a trip card's subject (赴某市, 前往, 訪問某國): it names where already.
_GOING = re.compile(r"赴|前往|訪問|出訪|參訪")
#: The city named opening a trip card's subject (本府, 市府, 本市): its doing already.
_HOME_OPENING = re.compile(r"^(?:本府|市府|本市)")
#: A member written only as a post and a count (課員一人, 工程司二人, 隨行人員): no one
#: named to lead.
_UNNAMED = re.compile(r"(?:[一二三四五六七八九十兩\d]+(?:人|名|位)|人員)$")
#: A roster member standing on its own line: a post and a name, a count, a mark (觀光局
#: 陳局長（團長）, 秘書處科員一人), short and no sentence (no comma, no full stop, no verb),
#: maybe a note in brackets after (某某　某局　科長（另帶領學生二十名）).
_MEMBER_LINE = re.compile(r"^[^,;。:，；、]{1,24}(?:\([^,;。:()]{1,16}\))?$")
_SENTENCE_VERB = re.compile(r"拜會|邀請|締結|簽署|出席|參加|參訪|參觀|表示|舉辦|率團|訪問|前往")
#: A trip not (yet) made, told in its card's subject or date: its date marked planned
#: (107年10月15日至18日（預定）), its subject planned (擬, 預定, 原訂) or called off.
_NOT_MADE = re.compile(r"預定|預計|擬(?!定)|原訂|原定|取消|延期|延後|暫緩")
#: The same, told in the card's other lines of the whole trip: called off (本案停止出訪,
#: 出訪取消), or waiting on approval (俟核定後辦理出國手續); not a stop skipped (取消參觀
#: 行程).
_TRIP_NOT_MADE = re.compile(
    r"停止出訪|取消出訪|(?:本案|出訪|出國|訪問)(?:取消|停止|延期|暫緩)"
    r"|俟[^,;。]*(?:核定|核准|同意)[^,;。]*(?:出國|出訪)"
)
#: The field of a register of correspondence naming who sent the letter received: 來文
#: 機關, 來函單位.
_SENDER_LABEL = re.compile(r"^(?:來文|來函)(?:機關|單位|者)$")
#: The field naming whom the city's own letter went to: 受文者, 受文機關, 受文單位.
_ADDRESSEE_LABEL = re.compile(r"^受文(?:者|機關|單位)$")
#: A letter's subject opening with what the letter does, its writer unsaid (邀請本府…,
#: 函邀, 函謝, 檢送, 提議, 通知): the writer is the one the entry names writing it.
_LETTER_ACT = re.compile(r"^(?:函?邀請?|函謝|函告|檢送|提議|通知)")
#: A letter's notice telling of its sender's own (通知該所所長異動, 函告該會會長某某…):
#: the act parted from what the sender calls itself, no part of its name.
_NOTICE_OF_ITS_OWN = re.compile(r"^(?:通知|函告)(?=該)")
#: A letter's act of thanks or reply (函謝該市邀請本府…, 函告): what it tells is the
#: addressee's doing, or news to it, not the city's doing to it.
_THANKS_OR_REPLY = re.compile(r"^(?:函謝|函告|函復)")
#: A note in brackets closing a field's value (某市市長室（英文函，六月二十八日發）).
_NOTE_CLOSING = re.compile(r"\([^()]*\)$")
#: The addressees referred to in the city's letter to them (邀請各該市…, 函請該局…).
_REFERRED_PARTY = re.compile(r"各?該(?:市|國|校|局|會|所|府|單位)")
#: A subject opening with a post alone leading (市長率團…, 副市長率…): the post.
_LED_BY_POST = re.compile(r"^([\u4e00-\u9fff]{1,6}?長)率")
#: A day or days of the itinerary (11月12日至14日, 十一月十二日), in figures or words.
_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_DAYS = rf"{_DAY}月{_DAY}日(?:(?:至|-|~)(?:{_DAY}月)?{_DAY}日)?"
#: An itinerary line: its days, then the stop, then a colon and what was done there.
_ITINERARY_LINE = re.compile(
    rf"^(?P<days>{_DAYS})\s*(?P<stop>[\u4e00-\u9fff]{{2,12}}?)[:：]\s*(?P<rest>.+)$"
)


def is_subject_label(text: str) -> bool:
    """Whether `text` is a card's subject label and its colon (案由：, 事由：): what stands
    before the title of an item that is a card."""
    field = _FIELD.match(text.strip())
    return field is not None and bool(_SUBJECT_LABEL.match(field["label"]))


def is_planned(text: str) -> bool:
    """Whether a card's line tells its act not made (yet): planned (107年8月6日至10日
    （預定）, 擬, 原訂) or called off (停止出訪)."""
    return bool(_NOT_MADE.search(text))


def card_subjects(lines: Sequence[str], numbered: Sequence[bool]) -> dict[int, int]:
    """The subject lines of record cards (（一） then 案由：某市副市長率團來訪), by index
    into `lines`: where the value begins. The subject is the card's title, as the text
    after an item's number is an ordinary item's (（一）某市副市長率團來訪)."""
    subjects: dict[int, int] = {}
    for card in _cards(numbered, len(lines)):
        first = card.start + 1
        field = _FIELD.match(lines[first]) if first < card.stop else None
        if field is not None and _SUBJECT_LABEL.match(field["label"]) and field["value"]:
            subjects[first] = field.start("value")
    return subjects


def _cards(numbered: Sequence[bool], count: int) -> list[range]:
    """The runs of lines from each item's number to the next's."""
    starts = [i for i, opens in enumerate(numbered) if opens]
    ends = [*starts[1:], count] if starts else []  # (no item: no card)
    return [range(a, b) for a, b in zip(starts, ends, strict=True)]


def card_readings(lines: Sequence[str], numbered: Sequence[bool]) -> dict[int, str]:
    """The lines of trip cards read as the sentences they spell, by index into `lines`
    (normalized, one per non-blank line; `numbered` marks the lines opening an item):
    each card's place line and its itinerary lines (see the module's docstring)."""
    readings: dict[int, str] = {}
    for card in _cards(numbered, len(lines)):
        readings |= _trip_card(lines, card) or _letter_card(lines, card)
    return readings


def _trip_card(lines: Sequence[str], card: range) -> dict[int, str]:
    """The readings of one card's lines, when it is a trip's: it has a place field and
    a roster of those who went."""
    fields = {i: m for i in card if (m := _FIELD.match(lines[i]))}
    subject = next((i for i, m in fields.items() if _SUBJECT_LABEL.match(m["label"])), None)
    if subject != card.start + 1:  # no card: an item's account with fields below it
        return {}
    place = next((i for i, m in fields.items() if _PLACE_LABEL.match(m["label"])), None)
    roster = next((i for i, m in fields.items() if _ROSTER_LABEL.match(m["label"])), None)
    if place is None or roster is None or not fields[place]["value"]:
        return {}
    value = fields[subject]["value"]
    dates = [i for i, m in fields.items() if _DATE_LABEL.search(m["label"])][:1]
    told = [_NOT_MADE.search(lines[i]) for i in [subject, *dates]]
    if any(told) or any(_TRIP_NOT_MADE.search(lines[i]) for i in card[1:]):
        # planned or called off: no trip made, its lines read as written; its subject
        # the city's plan (案由：出席「某峰會」 with 日期：…（預定）: 本府預定出席「某峰會」)
        if _HOME_OPENING.match(value):
            return {}
        return {subject: "本府" + (value if _NOT_MADE.search(value) else "預定" + value)}
    rows = _roster_lines(lines, roster, fields, card)
    members = [m for i in rows for m in _members(lines[i], i == roster)]
    trip = _trip_reading(members, fields[place]["value"])
    readings = dict.fromkeys([place, *rows], trip)  # each line tells it in part
    for i in dates:  # 出國期間：…: the trip's days, told with it (the label kept, as it
        readings[i] = f"{lines[i]},{trip}"  # dates the card's other lines too)
    if not _HOME_OPENING.match(value):
        readings[subject] = _subject_reading(_leader_named(value, members), fields[place]["value"])
    for i in card:
        leg = _ITINERARY_LINE.match(lines[i])
        if leg is not None:
            readings[i] = f"{leg['days']}訪團停留{leg['stop']},{leg['rest']}"
    return readings


def _letter_card(lines: Sequence[str], card: range) -> dict[int, str]:
    """The reading of a register's entry of a letter (see _LETTER_ACT): its subject
    line, when it tells the letter's act with no doer of its own, read with the one who
    wrote: the sender field's, as the letter it sent (來文機關：某市市長某某, 事由：邀請
    本府派員參加…: 某市市長某某來函,邀請本府派員參加…), or the city's own when the entry
    is its letter to the addressee field's, who the letter calls 各該市 or 該局
    (受文者：甲市、乙市, 事由：邀請各該市組隊參加…: 本府邀請甲市、乙市組隊參加…); a
    letter thanking or answering the addressee tells what it did, the addressee named
    where the letter refers to it (函謝該市邀請本府…: 函謝甲市邀請本府…). A letter from
    or to one of the city's own bureaus is read as written (受文者：本府觀光局, 事由：檢送
    某市邀請函，請該局派員參加…: a request, no trip)."""
    fields = {i: m for i in card if (m := _FIELD.match(lines[i]))}
    subject = next((i for i, m in fields.items() if _SUBJECT_LABEL.match(m["label"])), None)
    if subject is None or not _LETTER_ACT.match(fields[subject]["value"]):
        return {}
    value = fields[subject]["value"]
    for field in fields.values():
        party = _NOTE_CLOSING.sub("", field["value"]).strip()
        if not party:
            continue
        if _SENDER_LABEL.match(field["label"]):  # (函邀本府…: 某市來函,邀本府…)
            if _is_home_party(party):
                return {}
            notice = _NOTICE_OF_ITS_OWN.match(value)
            if notice:  # 通知該所所長…: 某所來函通知,該所所長…
                return {subject: party + "來函" + notice.group() + "," + value[notice.end() :]}
            return {subject: party + "來函," + value.removeprefix("函")}
        if _ADDRESSEE_LABEL.match(field["label"]):
            if _is_home_party(party):
                return {}
            told = _REFERRED_PARTY.sub(party, value, count=1)
            return {subject: told if _THANKS_OR_REPLY.match(value) else "本府" + told}
    return {}


def _is_home_party(party: str) -> bool:
    """Whether a letter's sender or addressee is the city or one of its own bureaus
    (本府觀光局, 市府, 觀光局)."""
    return bool(_HOME_OPENING.match(party) or lexicon().home_org(party))


def _roster_lines(
    lines: Sequence[str], at: int, fields: dict[int, re.Match[str]], card: range
) -> list[int]:
    """The lines of the roster field at `at`: its own, when its value is on it; else
    the lines below it up to the next field, one member a line."""
    if fields[at]["value"].strip():
        return [at]
    below = []
    for i in range(at + 1, card.stop):
        if i in fields or not _is_member_line(lines[i]):
            break  # (另本市與某市…締結友好城市。: the card's account, no member)
        below.append(i)
    return below


def _is_member_line(line: str) -> bool:
    """Whether a line below a roster field alone on its line is a member (觀光局陳局長
    （團長）, 秘書處科員一人): short, no comma or full stop, no verb."""
    return bool(_MEMBER_LINE.match(line.strip())) and not _SENTENCE_VERB.search(line)


#: What parts a roster's members: 、 or ; outside brackets (甲(某局 局長)、乙(…)).
_MEMBER_BREAK = re.compile(r"[、;](?![^()]*\))")
#: What parts the columns of a roster's member (王大明　高雄市政府觀光局　局長, 王大明／某局
#: ／局長, 王大明，某局，局長), or members parted only so (王大明，李小華，張美玲).
_COLUMN_BREAK = re.compile(r"\s*[\s/,]\s*")
#: A note in brackets closing a member (（領隊）, （另帶領學生二十名）).
_MEMBER_NOTE = re.compile(r"\s*\([^()]*\)$")
#: A member's name, unit and title in the name's brackets (王大明（高雄市政府觀光局　局長）).
_MEMBER_BRACKETED = re.compile(
    r"^(?P<name>[^\s/,()]{2,12})\((?P<unit>[^\s/,()]{2,30})\s+(?P<title>[^\s/,()]{1,10})\)$"
)
#: A member standing alone in a list parted by commas or spaces: ideographs only.
_MEMBER_ALONE = re.compile(r"[\u4e00-\u9fff]{2,16}")
#: A government's name (高雄市政府, 某市府): a unit, though no body's ending closes it.
_GOVERNMENT = re.compile(r"(?:政府|市府)$")


def _members(line: str, is_field: bool) -> list[str]:
    """The members a roster line names: the field's value parted by 、 or ;, or the
    line, or by commas or spaces where no part is a title or unit alone (王大明，李小華;
    陳市長　觀光局許局長); each as the prose names one (see _member_as_prose)."""
    value = line.split(":", 1)[-1] if is_field else line
    members = []
    for member in (m.strip() for m in _MEMBER_BREAK.split(value) if m.strip()):
        prose = _member_as_prose(member)
        members += [prose] if prose != member else _members_listed(member)
    return members


def _members_listed(member: str) -> list[str]:
    """A roster's part naming members parted only by commas or spaces (王大明，李小華，
    張美玲; 陳市長，觀光局許局長): each, where each is one alone, no title or unit
    (王大明　局長 is one); else the part as written."""
    parts = _COLUMN_BREAK.split(_MEMBER_NOTE.sub("", member))
    if len(parts) < 2 or not all(
        _MEMBER_ALONE.fullmatch(p) and _column_kind(p) != "unit" and not _title_alone(p)
        for p in parts
    ):
        return [member]
    note = _MEMBER_NOTE.search(member)
    return [*parts[:-1], parts[-1] + (note.group().strip() if note else "")]


def _column_kind(column: str) -> str | None:
    """What a column of a roster's member is: a title (局長, 教務主任, a title closing
    it), a unit (高雄市政府觀光局, 高雄市政府: a body's ending or a government), or
    neither (a name: None). A title after a name (陳局長) is one too: no name alone."""
    lex = lexicon()
    if lex.titles_ending(column):
        return "title"
    if lex.org_kind(column) or lex.home_org(column) or _GOVERNMENT.search(column):
        return "unit"
    return None


def _title_alone(column: str) -> bool:
    """Whether a roster's column is a title alone (局長, 教務主任), not someone's named by
    it after his surname (陳市長, 觀光局許局長)."""
    lex = lexicon()
    titles = lex.titles_ending(column)
    if not titles:
        return False
    before = column[: -len(titles[0])]
    return not before or before[-1] not in lex.surnames


def _member_as_prose(member: str) -> str:
    """A member written in the roster's columns as the prose names one, unit, title,
    then name (某局局長王大明), so the title is read as his at that unit; the columns in
    any order, each read by what it is (王大明　某局　局長, 某局　局長　王大明, 王大明
    （某局　局長）); a leader's mark after them kept (某局局長王大明（領隊）), another
    note not; others as written (觀光局陳局長（團長）)."""
    bracketed = _MEMBER_BRACKETED.match(member)
    if bracketed is not None:
        return bracketed["unit"] + bracketed["title"] + bracketed["name"]
    note = _MEMBER_NOTE.search(member)
    columns = _COLUMN_BREAK.split(member[: note.start()] if note else member)
    if len(columns) != 3 or any("(" in c or ")" in c for c in columns):
        return member
    kinds = {_column_kind(c): c for c in columns}
    if len(kinds) != 3 or not 2 <= len(kinds[None]) <= 12:
        return member  # not one of each: a title, a unit, a name
    mark = note.group().strip() if note and _LEADER_MARK.fullmatch(note.group().strip()) else ""
    return kinds["unit"] + kinds["title"] + kinds[None] + mark


def _leader_named(subject: str, members: list[str]) -> str:
    """A trip card's subject whose leader is told by his post alone (市長率團訪問某市),
    the post written out with the name the roster gives it (出訪人員：市長陳大明、…):
    市長陳大明率團訪問某市, so the trip is led by the one named."""
    post = _LED_BY_POST.match(subject)
    if post is None:
        return subject
    named = [
        held.group()
        for m in map(lambda m: _LEADER_MARK.sub("", m), members)
        if (held := _post_and_name(m, post[1])) and not _UNNAMED.search(m)
    ]
    return named[0] + subject[post.end(1) :] if named else subject


def _post_and_name(member: str, post: str) -> re.Match[str] | None:
    """The post and name of a roster's member holding the post, written before his
    name, alone (市長陳大明) or after his unit (高雄市政府市長陳大明: 市長陳大明); none for
    a deputy (副市長某某 holds no 市長)."""
    return re.search(rf"(?<![副理]){re.escape(post)}[^長]{{1,4}}$", member)


def _subject_reading(subject: str, places: str) -> str:
    """A trip card's subject read as the city's doing, as the card is its trip, and
    there, where its place field says when it names no going of its own: 案由：參加
    「某年會」 with 地點：某國某市 is 本府赴某國某市參加「某年會」. A report's name is
    read without the word closing it (報告名稱：赴某市考察報告: 本府赴某市考察)."""
    subject = _REPORT_WORD.sub("", subject)
    if _GOING.search(subject):
        return "本府" + subject  # 案由：文化訪問團赴某市參加…: told where already
    return f"本府赴{places}{subject}"


def _trip_reading(members: list[str], places: str) -> str:
    """The sentence a trip card's roster and place spell: 本府由某某率某某、某某等赴某地
    (等 closing those listed, so the last one's name ends there and keeps his post).
    The member marked as leading (某某（領隊）) led it; else the first listed, as a
    roster lists by rank (市長某某、某局局長…), or the one listed alone; one written
    only by post and count (課員一人) led no one."""
    marked = [m for m in members if _LEADER_MARK.search(m)]
    first = members[0] if members and not _UNNAMED.search(members[0]) else None
    leader = marked[0] if marked else first
    if leader is None:
        return f"本府{'、'.join(members)}等赴{places}"
    others = [m for m in members if m is not leader]
    led = "、".join(others) + "等" if others else "團"
    return f"本府由{_LEADER_MARK.sub('', leader)}率{led}赴{places}"
