"""Whether a span read as a name can be one: the check a person's, a body's or a
leader's name passes before it becomes an entity or a `led_by`.

The readers find names by where they stand (after a title, before a title, before
主辦); a span so found may take in words of the sentence around it: 陳市長於市府接見…
gives 於市府 after 市長, 某某並應邀 gives 某某並, 由某集團主辦 gives 由某集團. No name
opens or closes with such a word (seed/lexicon/name_edge_words.csv): the words at its
edges are trimmed where what remains is still a name, and the span is no name otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from loaders.lexicon import LEXICON_DIR, lexicon
from loaders.reading import normalize, rx
from loaders.seedfiles import read_rows

#: The dots between the parts of a transliterated name (喬治‧史密斯, 山田・太郎), the one
#: spelling of them every reader uses.
NAME_DOTS = "‧．·•・."
#: What no name holds: a clause or list break, a bracket, a digit (a date, a count).
_NOT_IN_NAME = rx(r"[,、。;:「」『』《》!?\d|│]")
_CJK_ONLY = rx(r"[\u3400-\u9fff\uf900-\ufaff]+")
_LATIN = rx(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ.'\- ]*")
#: How long a name of ideographs without dots is (王明, 山田太郎, 長谷川太郎).
_PLAIN_NAME_LENGTHS = range(2, 6)
#: A date opening the words before a title (11月20日 某國某市議會 + 議長, a dated line's
#: date): of the sentence, no name.
#: (by whole numbers, so the 日 of 日本 after 7月22日 is the country's; in figures,
#: 7月22-23日, 105.1.3, 2016/1/3, or in Chinese numerals, 一〇五年一月三日)
_DATE_OPENING = rx(
    r"^(?:(?:\d+|[〇○零一二三四五六七八九十百]+)[年月日]|\d+(?=[至~\-])|[至~\-]"
    r"|\d{2,4}[./]\d{1,2}[./]\d{1,2})+(?:份|間|初|底|[上中下]旬)?[\s,]*"
)
#: The fewest characters a body's name has (國會, 議會 of a place).
SHORTEST_BODY = 2


@dataclass(frozen=True)
class EdgeWords:
    """Words that never open or close a name, and those after which a body's name
    begins (接見, 見證: what stands before them belongs to the sentence)."""

    opening: tuple[str, ...]
    closing: tuple[str, ...]
    cutting: tuple[str, ...]


@cache
def edge_words() -> EdgeWords:
    rows = read_rows(LEXICON_DIR / "name_edge_words.csv")

    def longest_first(words: list[str]) -> tuple[str, ...]:
        return tuple(sorted(dict.fromkeys(words), key=len, reverse=True))

    return EdgeWords(
        opening=longest_first([normalize(r["word_zh"]) for r in rows if r["edge"] != "close"]),
        closing=longest_first([normalize(r["word_zh"]) for r in rows if r["edge"] != "open"]),
        cutting=longest_first([normalize(r["word_zh"]) for r in rows if r["cut"] == "yes"]),
    )


def _without_closing(span: str) -> str:
    """`span` without the words at its end that never close a name (某某並, 某中心共同)."""
    return _stripped(span, edge_words().closing, at_end=True)


def _without_opening(span: str) -> str:
    """`span` without the words at its start that never open a name (由某集團, 及某局)."""
    return _stripped(span, edge_words().opening, at_end=False)


def _stripped(span: str, words: Sequence[str], *, at_end: bool) -> str:
    """`span` with `words` taken off one end as long as one is there, never to nothing."""
    changed = True
    while changed:
        changed = False
        for word in words:
            there = span.endswith(word) if at_end else span.startswith(word)
            if there and len(span) > len(word):
                span, changed = (span[: -len(word)] if at_end else span[len(word) :]), True
    return span


def _after_cutting_words(span: str, *, keep_some: bool) -> str:
    """What follows the last of each word after which a name begins (接見, 見證); with
    `keep_some`, a word that would leave nothing after it is not cut at; nor a word naming
    a group by what it came to do (某市親善拜訪團, 某市參訪團: the body's own name)."""
    for word in edge_words().cutting:
        at = span.rfind(word)
        if at < 0 or span.startswith("團", at + len(word)):
            continue
        if not keep_some or at + len(word) < len(span):
            span = span[at + len(word) :]
    return span


@cache
def _long_edge_words() -> tuple[str, ...]:
    """The edge words of two ideographs or more, opening and closing ones alike."""
    words = edge_words()
    return tuple(word for word in (*words.opening, *words.closing) if len(word) > 1)


def _holds_edge_word(name: str) -> bool:
    """Whether a word of two ideographs or more that never stands at a name's edge is
    inside it (後首度南下: 首度): the span ran on into the sentence, past the name."""
    return any(word in name for word in _long_edge_words())


def _opens_or_closes_badly(span: str) -> bool:
    words = edge_words()
    # 與那嶺某某, 及川某某: a Japanese surname may open with a word that opens no name
    opens_badly = span.startswith(words.opening) and not lexicon().japanese_surname_opening(span)
    return opens_badly or span.endswith(words.closing)


def person_name(span: str) -> str | None:
    """The person's name `span` holds: itself, or without the words closing it that no
    name ends with (喬治‧史密斯並 → 喬治‧史密斯); None when it is no name (於市府,
    就農業技術, 開幕: a word of the sentence opens it, or it is one)."""
    span = span.strip()
    if not span or _LATIN.fullmatch(span):
        return span or None
    name = _without_closing(span)
    if _NOT_IN_NAME.search(name) or _opens_or_closes_badly(name) or _holds_edge_word(name):
        return None
    parts = re.split(f"[{re.escape(NAME_DOTS)}]", name)
    if len(parts) > 1:  # a transliteration: every part a run of ideographs
        return name if all(_CJK_ONLY.fullmatch(p) for p in parts) else None
    if not _CJK_ONLY.fullmatch(name) or len(name) not in _PLAIN_NAME_LENGTHS:
        return None
    return name


def is_person_name(span: str) -> bool:
    """Whether `span` is a person's name as it stands (no word to trim from it)."""
    return person_name(span) == span


def bare_surname(name: str) -> bool:
    """Whether two ideographs written before a title are a surname alone (山田市長,
    歐陽市長), not a name: neither a listed surname and one given name (王明市長) nor
    a transliteration glossed with its romanization (the caller knows the gloss)."""
    if len(name) != 2 or not _CJK_ONLY.fullmatch(name):
        return False
    surnames = lexicon().surnames
    return name in surnames or name[0] not in surnames


def body_name(span: str) -> str | None:
    """The body's name `span` holds: after the last word that ends the sentence before
    it (陳市長於市府接見某國駐華大使館 → 某國駐華大使館), without the words opening or
    closing it that no name does (由某集團, 及某局, 某中心共同); None when no name is
    left, or what is left holds a break or a date, or refers back (該會)."""
    span = _after_cutting_words(span.strip(), keep_some=True)
    opened = _without_opening(span)
    if opened != span:
        # 繼今年3月某市商會來訪後: the month after the time word, the sentence's too (not
        # a name opening like a day, 四日市市某高校, where no such word stands before it)
        opened = _without_opening(_DATE_OPENING.sub("", opened))
    name = _without_closing(opened)
    # 該會, 該公司: a body named before, not a name (no edge word opens with 該)
    if len(name) < SHORTEST_BODY or _NOT_IN_NAME.search(name) or name.startswith("該"):
        return None
    return name


def after_clause_opener(span: str) -> str:
    """`span` after the last word that opens a clause and is cut at, never closing a name
    (適逢某市市長某某, 會後某市長某某: 某市市長某某); as it is when none stands in it."""
    words = edge_words()
    for word in words.cutting:
        at = span.rfind(word)
        if at >= 0 and word not in words.closing and at + len(word) < len(span):
            span = span[at + len(word) :]
    return span


def leader_name(span: str) -> str | None:
    """Who `span` names as leading a delegation (陳市長, 秘書處黃處長, 某市市長王大明):
    without the adverbs and words of the sentence closing it (某市長亦, 某市長親自);
    None when what is left still holds a verb or a break (某市長允諾屆時將親自)."""
    name = _without_closing(span.strip())
    if not name or _NOT_IN_NAME.search(name) or _opens_or_closes_badly(name):
        return None
    words = edge_words()
    if any(word in name[1:] for word in words.cutting):
        return None
    return name


def affiliation_words(span: str) -> str:
    """The words before a title that may name whom it is of, without those of the
    sentence around them (由某市, 陳市長於市府接見某國駐華大使館 → 某國駐華大使館);
    '' when none are left."""
    opened = _without_opening(_after_cutting_words(span.strip(), keep_some=False))
    opened = _DATE_OPENING.sub("", opened)
    return "" if opened in edge_words().opening else opened


#: A school's short form and its full one (某某高中 / 某某高級中學): the reports write
#: either for the same school.
_SCHOOL_FORMS = (
    ("高中", "高級中學"),
    ("國中", "國民中學"),
    ("女中", "女子中學"),
    ("國小", "國民小學"),
)


#: The short forms of a school's name's ending (高中, 國中, 女中, 國小).
SCHOOL_SHORT_FORMS = tuple(short for short, _ in _SCHOOL_FORMS)


def school_forms(name: str) -> list[str]:
    """The other form of a school's name ending with a short or a full form (前鎮高中 →
    前鎮高級中學, 東萊女子中學 → 東萊女中); none for any other name."""
    for short, full in _SCHOOL_FORMS:
        if name.endswith(full) and len(name) > len(full):
            return [name[: -len(full)] + short]
        if name.endswith(short) and len(name) > len(short):
            return [name[: -len(short)] + full]
    return []
