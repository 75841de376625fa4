"""Reading people out of text: 「affiliation + title + name」 and 「affiliation + name + title」.

The reports name visitors as 日本某某縣知事山田太郎 (place, title, name), 美國在台協會
台北辦事處處長王大明 (office, title, name), 劉副市長 (surname, title) or, in prose,
韓國某某市王大明市長 (place, name, title). Titles come from the curated title list;
names are 2–5 ideographs, a transliteration with a middle dot (喬治‧史密斯), or Latin
words (Lisa MacLeod), optionally followed by an English form in parentheses.
Everything here works on `normalize`d text, whose offsets equal the original's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from loaders.events import event_suffixes
from loaders.gazetteer import HOME_COUNTRY, Gazetteer, PlaceMention, slug
from loaders.lexicon import lexicon
from loaders.names import NAME_DOTS, SHORTEST_BODY, edge_words, is_person_name, person_name
from loaders.reading import rx

CJK = r"\u3400-\u9fff\uf900-\ufaff"
_LATIN_NAME = rx(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ.'\- ]*[A-Za-zÀ-ÿ.]")
_DOTTED_NAME = rx(rf"[{CJK}]{{1,6}}(?:[{re.escape(NAME_DOTS)}][{CJK}]{{1,8}})+")
_PAREN = rx(r"\s*\(([^()]*)\)")
#: A name of ideographs glossed by its romanization: 山田太郎（Yamada Taro）.
_GLOSSED_NAME = rx(rf"([{CJK}]{{2,10}})\s*\([A-Za-zÀ-ÿ][^()]*\)")
#: What a run before a gloss holds when it is more than one name (甲及乙（…）).
_IN_GLOSSED_RUN = rx(r"[及暨與率等於之的在為]")
_TRAILERS = ("伉儷", "夫婦", "夫人", "一行", "等人", "等")
#: How a person acts, written after 則 (某某則以視訊方式致詞, 則親自, 則透過).
_HOW_ACTED = r"以(?:視訊|線上|電話|書面|影片)|親自|透過"
#: What may follow a name: the end, a list or clause break, or a conjunction.
_BREAK = rx(
    r"$|[、,,。;;(::]|伉儷|夫婦|等|及|暨|偕|與|和|率|帶隊|帶領|領隊|帶團|一行|簽|共同|表示|出席|參加|會晤|拜會|致詞|同臺"
    r"|會談|會面|座談|晤談|以(?:視訊|線上|電話|書面)"  # 代理市長王大明以視訊方式會談, 與議員座談
    r"|舉行|進行|召開|透過|線上|視訊|面交"  # 知事某某舉行視訊會談, 議員某某線上交流: the verb
    r"|分別|於|在"  # 市長某某分別於兩地簽署, 王大明市長在市長室接見
    r"|所率|先後|依序"  # 議長某某所率訪團, 議長某某先後於…: who the group was led by
    # 某某昨（九）日, 某某今天上午拜會: the day (not 李光明（三月五日）: a bracket of a day alone)
    r"|[昨今明](?=\([一二三四五六七八九十廿卅\d]{1,3}\)日)|昨日|昨天|今天|上午|下午"
    # 副市長某某代表該市簽署, 代表簽署, 代表致詞, 代表與會: acting for the body, no title 代表
    r"|代表(?:該|兩|貴|簽|出席|致詞|致贈|受|領|接受|發言|宣讀|與會|參加|參與|列席)"
    r"|親自|親臨|親率|專程|特地|特別|隨即|立即|隨後"  # 議長某某親自率團: an adverb, no name
    r"|亦|再度|再次"  # 某市長亦率團回訪: an adverb of the verb, no name (也 ends 達也)
    r"|主持|接見|接待|歡迎|頒發|頒贈"  # 由韓市長主持: the verb after a title, no name
    r"|擔任|出任|應邀|發表"  # 局長某某擔任講座, 發表演講: the verb of the role taken
    r"|之邀(?!請函)"  # 應某市市長某某之邀請: the invitation's 之, no part of the name
    r"|南下|北上|來訪|來高|抵高"  # 代表王大明南下拜會: the coming, no part of the name
    # 所長某某訂三月十日南下, 訂於…來訪: the day set, no part of the name
    r"|訂(?=於|[〇○一二三四五六七八九十\d]{1,3}月)"
    r"|(?<!之)邀(?:請|約)"  # 代表王大明市長邀請本府: the verb (某某之邀請函: a name)
    r"|應(?=[^,;。]{1,12}?(?:之邀|邀請|邀約))"  # 議員某某應本府之邀: invited, the passive
    # 局長某某則於11月5日率團, 議員某某則擔任與談人: an adverb of the clause
    # (某某則以視訊方式致詞, 則親自, 則透過: how, the adverb's)
    r"|則(?=於|率|亦|已|另|表示|擔任|出任|" + _HOW_ACTED + ")"
    r"|完成"  # 知事王大明完成簽署: the verb of what was done
    r"|同行|隨行|陪同|隨團"  # 代表某某同行: the verb of going along
    r"|女士|先生"  # 主席某某女士率團: the form of address, no part of the name
)
#: What else may follow a name read after its title, though it follows no title
#: written after a name (王大明總裁並…: 並 joins the clause, the name stands before).
_AFTER_NAME = rx(
    r"並"  # 州長某某‧某某並致函: no name holds 並 (_NOT_IN_NAME), the clause goes on
    r"|到任|就任|上任|履新|抵(?:達|高|臺|台)"  # 新任所長某某到任後: taking up the post, arriving
    r"|前來"  # 所長某某前來拜會本府: coming forth, no part of the name
    r"|帶著|帶領"  # 校長某某帶著師生…: leading them, no part of the name
    r"|在(?=本府|市府|本市|高雄|當地|該市|該地)"  # 主席某某在本府共同簽署: where, no name
    # 所長某某新春拜會本府, 代表某某日前來訪: a time word of the call, no part of the name
    r"|(?:新春|新年|年初|年底|日前|近日)(?=[^,;。]{0,4}(?:拜會|拜訪|來訪|到訪|訪問|晉見))"
    # 主席某某曾於本年率團來訪: the adverb of a time before, no part of the name
    r"|曾(?=於|經|率|赴|來|多次|數度)"
    r"|設宴|款待|宴請"  # 受到該市市長某某設宴款待: the host's verb, no part of the name
    # 某市市長某某則全程陪同…: 則 of the contrast, opening what the clause tells of them
    r"|則(?=全程|親自|特別|特地|亦|也|於|在|率|陪同|表示|是|為)"
)
#: Words before a title that modify it rather than belong to the affiliation.
_FORMER = ("前任", "前")
#: Verbs of coming and going that open with 前 (前來觀禮之…, 前往): no former post.
_COMING_FORTH = ("前來", "前往")
_NEW = ("新任", "現任")
#: A clause qualifying the person before their affiliation, as a story writes (甫到任的
#: 某協會高雄事務所所長, 新上任的某市市長, 來自某國的某議會會長): no part of the body's name.
#: (本年7月1日就任之某市市長: the day of taking up the post too)
_QUALIFIED_OPENING = rx(
    r"^(?:[^,;。的之]{0,12}?(?:到任|上任|就任|履新)|來自[^,;。的之]{1,8})(?:之|的)"
)


@dataclass(frozen=True)
class PersonMention:
    """A named person with the title and affiliation text stated beside the name."""

    name: str
    name_en: str
    title: str
    former: bool
    affiliation: str
    start: int
    end: int
    #: The name as written around its title (王議長大明), when it is.
    written: str = ""
    #: The name in ideographs a Latin name is glossed by (Gary Smith（史密斯）: 史密斯),
    #: by which the text may call the person later.
    gloss: str = ""


_CJK_CHAR = rx(f"[{CJK}]")


def _is_cjk(char: str) -> bool:
    return bool(_CJK_CHAR.match(char))


def titles_written_at(text: str, pos: int) -> list[str]:
    """Titles written at `pos`, longest first, with any words of rank before them
    (資深副總裁, 行政副市長, 常務副市長: the word belongs to the title)."""
    lex = lexicon()
    found = lex.titles_at(text, pos)
    for word in lex.modifiers_at(text, pos):
        after = pos + len(word)
        # 常務委員會副主席: a word of rank before a body's name (委員會) modifies no title
        if not _starts_org_ending(text, after):
            found += [word + t for t in titles_written_at(text, after)]
    return sorted(dict.fromkeys(found), key=len, reverse=True)


def _name_after(text: str, pos: int, gaz: Gazetteer) -> tuple[str, int] | None:
    """A person's name starting at `pos`, and where it ends."""
    dotted = _DOTTED_NAME.match(text, pos)
    if dotted:
        # 約翰‧史密斯同臺: the name ends at the first break after its last dot
        last_part = max(dotted.group().rfind(d) for d in NAME_DOTS) + pos + 2
        for end in range(last_part, dotted.end() + 1):
            # 某某‧某某並應邀: the name, without the word of the sentence it took in
            ended = (
                _ends_name(text, end) or _COMING.match(text, end) or _adverb_follows(text, pos, end)
            )
            name = person_name(text[pos:end]) if ended else None
            if name:
                return name, pos + len(name)
    latin = _LATIN_NAME.match(text, pos)
    if latin and _BREAK.match(text, latin.end()):
        return latin.group().strip(), latin.end()
    glossed = _GLOSSED_NAME.match(text, pos)
    if glossed and _one_glossed_name(glossed.group(1)):
        # 市長山田太郎（Yamada Taro）: the whole run its romanization glosses is the
        # name, though it holds a 和 that elsewhere joins two names; a form of address
        # closing it (某某女士（Mary White）) is no part of the name, though the name's
        # end, where its gloss and what it does follow, is after it
        return _without_address(glossed.group(1)), glossed.end(1)
    for length in range(2, 6):
        end = pos + length
        if end > len(text) or not all(_is_cjk(c) for c in text[pos:end]):
            break
        candidate = text[pos:end]
        if titles_written_at(candidate, 0) or _names_body(candidate):
            break
        if _given_name_in_ze(text, pos, end, gaz):
            continue  # 日本某市議長田中正則以視訊方式致詞: 正則, the given name
        if (
            _ends_name(text, end)
            or _COMING.match(text, end)
            or _starts_affiliation(text, end, gaz)
            or _adverb_follows(text, pos, end)
        ):
            longer = _joined_name(text, pos, end)
            if longer:
                return text[pos:longer], longer
            # 市長於市府接見, 大使…等人，就農業技術: words of the sentence, no name
            name = person_name(candidate) or _surname_addressed(candidate)
            if name:
                return name, pos + len(name)
    return None


#: Forms of address written after a name (懷特女士, 史密斯先生): no part of it.
ADDRESS_FORMS = ("女士", "先生")


def _without_address(name: str) -> str:
    """A name without the form of address closing it (某某女士（Mary White）: 某某)."""
    for form in ADDRESS_FORMS:
        if name.endswith(form) and len(name) >= len(form) + 2:
            return name[: -len(form)]
    return name


def _surname_addressed(candidate: str) -> str | None:
    """A surname called by its form of address (市議員李先生, 歐陽女士): with nothing but
    the surname before it, the form stays, as who is called so (none else is named)."""
    for form in ADDRESS_FORMS:
        surname = candidate.removesuffix(form)
        if surname != candidate and surname in lexicon().surnames:
            return candidate
    return None


def _names_body(candidate: str) -> bool:
    """Whether the start of a would-be name already names a body (某某局, 某某協會);
    a surname of two with a body's one-character ending (岡部, 服部, 阿部) is none
    while the name runs on."""
    if candidate in lexicon().org_kinds:
        return True  # 某市議會某某議員聯盟: a body's whole ending (聯盟, 協會) is no name
    kind = lexicon().org_kind(candidate)
    return bool(kind) and len(candidate) > 2


def _one_glossed_name(run: str) -> bool:
    """Whether a run of ideographs its romanization glosses is one name: a long one
    (a transliteration, 某某利奧斯卡斯) holds no title or body's ending (連盟會長某某:
    the gloss is of the name after the title)."""
    if _IN_GLOSSED_RUN.search(run):
        return False
    return len(run) <= 4 or not any(
        titles_written_at(run, at) or _starts_org_ending(run, at) or run[at:].startswith(ORG_TAILS)
        for at in range(1, len(run))
    )


def _joined_name(text: str, pos: int, end: int) -> int | None:
    """Where a name ends that runs on over 和 (山田和夫率…, 和子): 和 joins two names
    only when what follows it is not itself a name ending in a break."""
    if text[end : end + 1] != "和":
        return None
    if end + 1 - pos <= 5 and _AFTER_FINAL_HE.match(text, end + 1):
        return end + 1  # 朴某和一行12人, 金某和率團: the name ends in 和, no one follows
    for length in (2, 1):
        stop = end + 1 + length
        if (
            stop - pos <= 5
            and all(_is_cjk(c) for c in text[end + 1 : stop])
            # 山田和夫等來訪: 等 ends the name, no part of it
            and not any(_BREAK.match(text, at) for at in range(end + 2, stop))
            and (
                _AFTER_JOINED_NAME.match(text, stop)
                # 山田和夫出席, 田中和子表示: no second person is named by one ideograph
                or (length == 1 and _ends_name(text, stop))
            )
        ):
            return stop
    return None


#: What ends a name read on over 和 (山田和夫率團, 田中和子與…, 鈴木和夫以…經驗,
#: 山田和夫到府拜會).
_AFTER_JOINED_NAME = rx(r"率|帶|等|、|,|。|來|到(?:府|訪)|及|暨|與|以|至|赴|前往|$")
#: What follows a name ending in 和 (朴某和一行12人, 金某和率團來訪, 李某和等, 某某秀和來高,
#: 某某昭和南下拜會): its group, its verb of coming or leading, or the list's end, never
#: a second name.
_AFTER_FINAL_HE = rx(r"一行|率|帶|等|、|,|。|來訪|來高|來臺|到訪|(?:來|到)府|蒞|南下|$")
#: 以 after a name opens how the person acts (山田太郎以…經驗發表演講, 以…身分出席)
#: or joins the next (以及).
_BY_MEANS = rx(r"以")


#: Coming to the city, right after a name read after its title (某市市長王大明來訪,
#: 知事某某蒞府拜會, 代表某某南下); not a break before a title (某市經濟副市長來訪 names nobody).
_COMING = rx(r"來訪|到訪|來高|(?:來|到)府|訪臺|蒞(?:府|臨|高)|訪問|南下")


def _ends_name(text: str, pos: int) -> bool:
    """Whether a name may end at `pos`: a break, a verb that follows only a name, or
    以 of the means the person acts by."""
    return bool(
        _BREAK.match(text, pos) or _AFTER_NAME.match(text, pos) or _BY_MEANS.match(text, pos)
    )


#: Adverbs and conjunctions of the clause that stand right after a name, before what
#: the person did (某某更親自致詞, 某某均出席, 某某又率團, 某某另發表, 某某再率團): no part
#: of the name. (Not 也 nor 則: they close Japanese given names, 達也, 裕也, 康則, 義則,
#: as often as they stand for "also" and "then"; 則 is read before the words it opens
#: only, in _BREAK.)
CLAUSE_ADVERBS = "更亦均並再又另皆仍"
_CLAUSE_ADVERB = rx(f"[{CLAUSE_ADVERBS}]")
#: The fewest ideographs a name has before such an adverb is cut off: a name of two
#: ending in one of them (王均, 李再) is read whole.
_SHORTEST_NAME_BEFORE_ADVERB = 3


#: The adverbs of the clause that mean "all" (甲、乙均出席, 兩市市長皆出席): they follow
#: people listed, or one named in full; after a name not yet full (歐陽志均, 佐佐木均)
#: they close it, 均 being a common last character of a given name.
_ALL = rx(r"[均皆]")
#: What joins people listed (甲、乙, 甲與乙, 甲及乙).
_JOINING_PEOPLE = r"[、及與暨和]"
#: People listed before a name, in its clause (甲、乙均出席, 甲與乙均出席).
_LISTED_BEFORE = rx(_JOINING_PEOPLE + r"[^,;。:]*$")
_PEOPLE_JOINED = rx(_JOINING_PEOPLE)
#: How many characters a given name has, at the fewest, after a listed surname for a name
#: to be full before 均 (王大同 + 均出席, 歐陽志明 + 均; not 歐陽志 + 均).
_FULL_GIVEN_NAME = 2


def _full_name_before_all(name: str) -> bool:
    """Whether a name is full before an adverb of "all": a listed surname (王, 歐陽)
    and a given name of two characters or more (王大同, 史密特; not 歐陽志, nor 佐佐木,
    opening with no listed surname)."""
    surnames = lexicon().surnames
    surname = next((name[:n] for n in (2, 1) if name[:n] in surnames), "")
    return bool(surname) and len(name) - len(surname) >= _FULL_GIVEN_NAME


def _adverb_follows(text: str, pos: int, end: int) -> bool:
    """Whether the name from `pos` ends at `end`, an adverb of the clause following it
    and, after the adverb, what ends a name (某某更親自…, 某某又率團, 某某均出席): not a
    second adverb (某某均亦出席: the first may close the name) nor a break (a name of four
    ending in 均 closing a list item). 均 or 皆 follows people listed or a name in full
    (_ALL), and another is never joined after it (佐佐木均與某某: the name's 均)."""
    after = end + 1
    if _ALL.match(text, end) and (
        _PEOPLE_JOINED.match(text, after)
        or not (_LISTED_BEFORE.search(text, 0, pos) or _full_name_before_all(text[pos:end]))
    ):
        return False
    return (
        end - pos >= _SHORTEST_NAME_BEFORE_ADVERB
        and bool(_CLAUSE_ADVERB.match(text, end))
        and after < len(text)
        and _is_cjk(text[after])
        and not _CLAUSE_ADVERB.match(text, after)
        and (_ends_name(text, after) or bool(_COMING.match(text, after)))
    )


#: 則 before how the person acts (某某則以視訊方式致詞, 則親自, 則透過), which _BREAK
#: reads as the clause's adverb.
_THEN_HOW = rx(r"則(?=" + _HOW_ACTED + ")")
#: The fewest characters of a Japanese name before such a 則 for it to be the adverb: a
#: surname and a given name of two each (山田一郎 + 則以視訊); in fewer, 則 ends the
#: given name (田中正則, 戶敷正則, 小川洋則).
_JAPANESE_NAME_BEFORE_THEN = 4


def _given_name_in_ze(text: str, pos: int, end: int, gaz: Gazetteer) -> bool:
    """Whether 則 at `end`, before how the person acts, ends a Japanese given name rather
    than opening the clause: the person is of a place in Japan named before, and the name
    before 則 too short to be full (日本某市議長田中正 + 則以視訊)."""
    if not _THEN_HOW.match(text, end) or end - pos >= _JAPANESE_NAME_BEFORE_THEN:
        return False
    places = [m for m in gaz.find_places(text) if m.end <= pos]
    return bool(places) and places[-1].place.country == "JP"


def _starts_affiliation(text: str, pos: int, gaz: Gazetteer) -> bool:
    """True where a new visitor's affiliation begins (a list with a lost 、)."""
    return any(gaz.country(text[pos : pos + n]) for n in range(2, 6) if pos + n <= len(text))


def _strip_modifiers(affiliation: str) -> tuple[str, bool]:
    # (甫到任的某協會所長, 來自某國的某議會會長: what the clause says of them, no name)
    affiliation = _QUALIFIED_OPENING.sub("", affiliation)
    former = False
    changed = True
    while changed:
        changed = False
        for word in _FORMER:
            # (not 前來, 前往: 前來觀禮之某市助役 came, and holds the post now)
            if affiliation.startswith(word) and not affiliation.startswith(_COMING_FORTH):
                affiliation, former, changed = affiliation[len(word) :], True, True
            if affiliation.endswith(word):
                affiliation, former, changed = affiliation[: -len(word)], True, True
        for word in _NEW:  # 新任某協會所長, 某市新任市長: new to the post, no name's part
            if affiliation.startswith(word):
                affiliation, changed = affiliation[len(word) :], True
            if affiliation.endswith(word):
                affiliation, changed = affiliation[: -len(word)], True
            # 本府新任教育局長: after the body's side, before the body, no part of its name
            if word in affiliation[1:]:
                affiliation, changed = affiliation.replace(word, "", 1), True
    return affiliation, former


def _title_words(affiliation: str, title: str, gaz: Gazetteer) -> tuple[str, str]:
    """Words between a place and a title that name no body belong to the title
    (某某州州長事務政務次長: 州長事務政務次長 of 某某州), while a body
    keeps its name (某市經濟振興局局長, 某市議會議長)."""
    places = gaz.find_places(affiliation)
    if not places and _NO_FIELD.fullmatch(affiliation):
        # 由 + 日方 + 團長, 由 + 本屆 + 市長: neither body nor title, of the place before
        return "", title
    if not places and _field_of_title(affiliation, title):
        return "", affiliation + title  # 某市由 + 經濟 + 副市長: the title, of the place before
    if not places:  # 某商會（ABC）+ 亞太地區 + 會長: the region belongs to the title
        body = body_without_unit(affiliation)
        return body, affiliation[len(body) :] + title
    if places[-1].end >= len(affiliation):
        return affiliation, title
    if places[-1].place.label == "Country" and len(affiliation) - places[-1].end > 3:
        # 帛琉共和國國務部長, not …駐華大使館參事; but 美國某公司 + 歐洲 + 總經理: the
        # region belongs to the title
        body = body_without_unit(affiliation)
        return body, affiliation[len(body) :] + title
    rest = affiliation[places[-1].end :]
    if _head_of_body_named(rest, title) and _abroad(places[-1]):
        # 某市 + 港灣 + 局長 (港灣局長): the head of the city's 港灣局, the body's kind
        # written once for both
        return affiliation + title[0], title
    if rest in _SHARED_SUFFIXES and title.startswith(rest):
        return affiliation, title  # 某某 + 省 + 省長: the governor of 某某省, no 省省長
    if _TIE_WORD.fullmatch(rest):  # 某市姊妹市 + 市長: the tie names neither body nor title
        return affiliation[: places[-1].end], title
    if _of_the_sentence(rest):  # 某市則因 + 市長: words of the clause, not of the title
        return affiliation[: places[-1].end], title
    body = body_without_unit(rest)
    if body != rest:  # 某市港務局 + 亞洲區 + 代表: the region belongs to the title
        return affiliation[: places[-1].end + len(body)], rest[len(body) :] + title
    if (
        # 某市 + 第六區 + 區長: the ward's head (not 第十四區 + 市議員, the city's)
        (_NUMBERED_WARD.fullmatch(rest) and _WARDS_OWN_TITLE.match(title))
        or rest == "港"  # 某市 + 港 + 執行長: the head of the city's port, a body
        or len(rest) > 6
        or not all(_is_cjk(c) for c in rest)
        or rest.startswith(("政府", "立"))
        or lexicon().org_kind(rest)
        or lexicon().org_kind(rest + title)
        or any(rest.endswith(e) or e.startswith(rest[-1]) for e in ORG_TAILS)
    ):
        return affiliation, title
    return affiliation[: places[-1].end], rest + title


#: How long a field of work written before a title is (經濟 + 副市長, 政務 + 副市長).
_FIELD_LENGTH = 2


#: Two ideographs before a title that are no field of it: a side (日方, 韓方, 雙方, 我方)
#: or a term of office (本屆, 本任, 新任, 前任, 上屆).
_NO_FIELD = rx(r".方|.[屆任]")


def _field_of_title(words: str, title: str) -> bool:
    """Whether the words before a title, no place among them, are the field its holder
    answers for (由 + 經濟 + 副市長, 由 + 政務 + 副市長): two ideographs naming no body,
    nor one with the title's first character (觀光 + 局長: 觀光局's head). (A side or a
    term, 日方 + 團長, 本屆 + 市長, is read before: _NO_FIELD.)"""
    lex = lexicon()
    return (
        len(words) == _FIELD_LENGTH
        and all(_is_cjk(c) for c in words)
        and words[0] not in _OPENS_NO_NAME  # 該市 + 市長: the place taken up, its mayor
        and words[-1] not in _SHARED_SUFFIXES
        and not words.startswith(edge_words().opening)
        and not _ends_like_body(words)
        and lex.org_kind(words) is None
        and lex.org_kind(words + title[0]) is None
        and lex.home_org(words + title[0]) is None
    )


def _abroad(mention: PlaceMention) -> bool:
    """Whether a place is a city or subdivision abroad: not a country (帛琉共和國 + 國務
    + 部長: the country's minister), nor one of the country the reports are written in
    (高雄市 + 觀光局長: the city's own bureaus, read as the city's)."""
    return mention.place.label != "Country" and mention.place.country != HOME_COUNTRY


#: A body's head's title: its kind and 長 (局長, 處長, 廳長).
_HEAD_TITLE_LENGTH = 2
_HEAD = "長"


def _head_of_body_named(words: str, title: str) -> bool:
    """Whether a head's title after a place's name completes the body's name it heads,
    its kind written once (某市港灣 + 局長: 港灣局, 某市觀光 + 局長: 觀光局): the words and
    the title's first character name a bureau, the title being its head's (局長, 處長)."""
    return (
        len(title) == _HEAD_TITLE_LENGTH
        and title.endswith(_HEAD)
        and 1 <= len(words) <= 4
        and all(_is_cjk(c) for c in words)
        and not _ends_like_body(words)  # 某大學 + 校長: the university's, no 大學校
        # a bureau (局, 處, 廳) only: an office's head (企劃管理室長, 國際交流課長) holds a
        # title of its own, of the place
        and lexicon().org_kind(words + title[0]) == "bureau"
    )


#: A ward of a city known by its number (布拉格第六區, 巴黎第十六區): a body of its own.
_NUMBERED_WARD = rx(r"第(?:\d+|[一二三四五六七八九十]+)區")
#: The titles of a ward's own (區長, 副區長, 區議員, 區議會議長): not the city's 市議員.
_WARDS_OWN_TITLE = rx(r"(?:副|代理)?區")


def _of_the_sentence(words: str) -> bool:
    """Whether the short words between a place and a title open with a word of the
    sentence that opens no name (某市則因 + 市長, 某縣亦因 + 知事): a conjunction or an
    adverb of the clause, which belongs neither to the place nor to the title."""
    return len(words) <= 3 and words.startswith(edge_words().opening)


#: The suffixes a place's name and its head's title share (某某市 + 市長 as 某某市長).
_SHARED_SUFFIXES = "市縣州省"


def _with_shared_suffix(affiliation: str, title: str, gaz: Gazetteer) -> str:
    """The affiliation with the suffix it shares with the title (某某市長王大明: the
    mayor of 某某市, not of a place called 某某 bare), when so it ends with the name of
    a place the data knows."""
    if not affiliation or title[:1] not in _SHARED_SUFFIXES:
        return affiliation
    whole = affiliation + title[0]
    # a place the data knows (某國某某環礁 + 市長 makes no unknown 某某環礁市)
    if any(m.end == len(whole) and gaz.knows(m.place) for m in gaz.find_places(whole)):
        return whole
    return affiliation


def _suffix_to_place(affiliation: str, title: str, gaz: Gazetteer) -> tuple[str, str]:
    """A title read with the suffix of the place before it (某某道知事王大明: 知事 of the
    province 某某道, not 道知事 of a city called 某某): the suffix goes to the place when
    so the affiliation ends with a subdivision the data knows and the rest is a title."""
    rest = title[1:]
    if not affiliation or not rest or lexicon().title(rest) is None:
        return affiliation, title
    whole = affiliation + title[0]
    if any(
        m.end == len(whole) and m.place.admin_level == "admin1" and gaz.knows(m.place)
        for m in gaz.find_places(whole)
    ):
        return whole, rest
    return affiliation, title


def _affiliation_and_title(affiliation: str, title: str, gaz: Gazetteer) -> tuple[str, str]:
    """Whom a title is of and the title, split where the place's name ends, or where
    the English gloss of a body's name closes it."""
    glossed = _title_after_gloss(affiliation, title)
    if glossed is not None:
        return glossed
    affiliation, title = _suffix_to_place(affiliation, title, gaz)
    return _title_words(_with_shared_suffix(affiliation, title, gaz), title, gaz)


#: A body's name closed by its English gloss, then words before the title: 某市港務局
#: (Port of Somecity) + 港務 (+ 委員).
_WORDS_AFTER_GLOSS = rx(r"^(.*[\u4e00-\u9fff]\([^()]*[A-Za-z][^()]*\))([\u4e00-\u9fff]{1,6})$")


def _title_after_gloss(affiliation: str, title: str) -> tuple[str, str] | None:
    """A body whose name its English gloss closes, with words that name no body of
    it between the gloss and the title (某市港務局（Port of Somecity）港務委員, 某港務局
    （Port of Somecity）亞洲業務經理): the words are the title's; None otherwise (某大學
    （Some University）國際處處長: a unit of the body keeps its name)."""
    split = _WORDS_AFTER_GLOSS.match(affiliation)
    if split is None:
        return None
    body, words = split.group(1), split.group(2)
    if not lexicon().org_kind(re.sub(r"\([^()]*\)$", "", body)):
        return None
    if (
        lexicon().org_kind(words)
        or lexicon().org_kind(words + title)
        or words.endswith(ORG_TAILS)
        or _UNIT_AFTER_BODY.fullmatch(words)
    ):
        return None
    return body, words + title


#: A region or department a body's officer answers for, written between the body and
#: the title (某港務局亞洲區代表, 某公司亞太區總裁, 某港務局亞洲市場部經理); a part of the
#: world needs no 區 (某港務局亞洲代表, 某公司歐洲總經理).
_UNIT_AFTER_BODY = rx(
    r"[\u4e00-\u9fff]{1,4}(?:區|部門|部)|(?:亞洲|亞太|歐洲|美洲|北美|中南美|大中華|東南亞|東北亞)"
)

#: A place's tie to the home city, written between the place and a title or a body's
#: name (某市姊妹市市長, 某市姊妹市某高中, 某市友好城市副市長).
_TIE_WORD = rx(r"(?:之|的)?(?:姊妹|友好|友誼)(?:市|城市|縣|州|省)")

#: Last characters of a body's name, known or not (…協會, …中心, …公司).
ORG_TAILS = (
    "會",
    "中心",
    "公司",
    "學",
    "院",
    "校",
    "社",
    "團",
    "所",
    "處",
    "局",
    "部",
    "署",
    "廳",
    "館",
)


def english_after(text: str, pos: int) -> tuple[str, int]:
    match = _PAREN.match(text, pos)
    if match and re.search(r"[A-Za-z]", match.group(1)):
        return match.group(1).strip(), match.end()
    return "", pos


def _skip_trailers(text: str, pos: int) -> int:
    changed = True
    while changed:
        changed = False
        for word in _TRAILERS:
            if text.startswith(word, pos):
                pos += len(word)
                changed = True
    return pos


#: A pronoun taking up the person before and his kin or suite, not a name: 其眷屬,
#: 其夫人, 渠家屬, 其隨員.
_KIN_TAKEN_UP = re.compile(r"^(?:其|渠)(?:眷屬|家屬|夫人|配偶|家人|隨員|隨行)")


def parse_visitor_item(item: str, gaz: Gazetteer) -> list[PersonMention]:
    """People named in one item of a visitor list (text between two 、).

    Handles several people in one item (暨, 及, or a lost separator) and a bare name
    after 及 that shares the previous person's title and affiliation.
    """
    people: list[PersonMention] = []
    pos = 0
    while pos < len(item):
        skipped = pos
        while pos < len(item) and item[pos] in "及暨與和、，, ":
            pos += 1
        joined = any(c in "及暨與和" for c in item[skipped:pos])
        found = _next_title_and_name(item, pos, gaz)
        if found is None and not people:
            # 某市王大明（John Wang）市長, 王大明（某市議會議長）, 約翰‧王（John Wang），某市市長
            first = _name_before_closing_title(item, gaz) or _name_then_post(item, gaz)
            people += [first] if first else []
            break
        if found is None:
            bare = _name_after(item, pos, gaz)
            if bare and _KIN_TAKEN_UP.match(bare[0]):
                break  # 某大使王大明及其眷屬: his family, no one named
            # (not the words after a name: 局長某某來訪, 會長某某率議員團)
            if bare and people and joined and bare[1] >= len(item.rstrip("等")) - 2:
                prev = people[-1]
                name_en, end = english_after(item, bare[1])
                people.append(
                    PersonMention(
                        bare[0], name_en, prev.title, prev.former, prev.affiliation, pos, end
                    )
                )
            break
        title_start, title, name, name_end = found
        if _VERB_IN_NAME.match(name):
            break  # 某市長訪問某國某市: a heading telling a trip, the verb no name
        affiliation, former = _strip_modifiers(item[pos:title_start])
        if not affiliation and people:
            # 某市議會議長甲暨副議長乙: the second title is of the same body
            affiliation = people[-1].affiliation
        affiliation, title = _affiliation_and_title(affiliation, title, gaz)
        name_en, end = english_after(item, name_end)
        people.append(PersonMention(name, name_en, title, former, affiliation, pos, end))
        pos = _skip_trailers(item, end)
    return people


#: A transliterated name, its parts of ideographs parted by dots, ending the text.
_DOTTED_AT_END = rx(rf"[{CJK}]+(?:[{re.escape(NAME_DOTS)}][{CJK}]+)+$")
_A_DOT = rx(f"[{re.escape(NAME_DOTS)}]")
#: A romanization in brackets ending the text: （John Wang）.
_GLOSS_AT_END = rx(r"\(([^()]*[A-Za-z][^()]*)\)$")
#: A name opening an item, glossed or not, then what the person is after a comma or
#: in brackets: 王大明（某市議會議長）, 約翰‧王（John Wang），某州商務局處長.
_NAME_THEN_POST = rx(
    rf"([{CJK}{re.escape(NAME_DOTS)}]+)(?:\(([^()]*[A-Za-z][^()]*)\))?(?:,|\()([^()]+?)\)?"
)


def _skip_back_trailers(text: str) -> str:
    """`text` without the words after a person closing it (等, 伉儷, 一行)."""
    changed = True
    while changed:
        changed = False
        for word in _TRAILERS:
            if text.endswith(word) and len(text) > len(word):
                text, changed = text[: -len(word)], True
    return text


def _closing_title(text: str) -> tuple[int, str] | None:
    """The longest title that ends `text`, and where it starts."""
    for start in range(len(text)):
        titles = [t for t in titles_written_at(text, start) if start + len(t) == len(text)]
        if titles:
            return start, titles[0]
    return None


def _name_before_closing_title(item: str, gaz: Gazetteer) -> PersonMention | None:
    """An item naming a person before the title that closes it, the name transliterated
    and maybe glossed between (菲律賓某某市約翰‧史密斯（John Smith）副市長): the
    affiliation is the place or body the name's first part opens after."""
    body = _skip_back_trailers(item.rstrip("。;"))
    closing = _closing_title(body)
    if closing is None:
        return None
    title_start, title = closing
    before = body[:title_start]
    gloss = _GLOSS_AT_END.search(before)
    name_en = gloss.group(1).strip() if gloss else ""
    before = before[: gloss.start()] if gloss else before
    dotted = _DOTTED_AT_END.search(before)
    if dotted is None:
        return None
    first_end = _A_DOT.search(before, dotted.start()).start()  # type: ignore[union-attr]
    opens = [dotted.start()] + [
        m.end
        for m in gaz.find_places(before[:first_end])
        if dotted.start() < m.end <= first_end - 1
        and (m.suffix or m.country_prefix or m.place.label == "Country")
    ]
    name_start = max(opens)
    name = person_name(before[name_start:])
    if name is None or name != before[name_start:]:
        return None
    affiliation, former = _strip_modifiers(before[:name_start])
    affiliation, title = _affiliation_and_title(affiliation, title, gaz)
    return PersonMention(name, name_en, title, former, affiliation, 0, len(item))


def _name_then_post(item: str, gaz: Gazetteer) -> PersonMention | None:
    """An item opening with a person's name, what they are after it in brackets or
    after a comma (王大明（某市議會議長）, 約翰‧王（John Wang），某州商務局亞洲區處長)."""
    match = _NAME_THEN_POST.fullmatch(_skip_back_trailers(item.rstrip("。;")))
    if match is None:
        return None
    name, name_en, post = match.group(1), (match.group(2) or "").strip(), match.group(3)
    closing = _closing_title(post)
    if closing is None or not _written_name_ok(name, gaz, glossed=bool(name_en)):
        return None
    title_start, title = closing
    affiliation, former = _strip_modifiers(post[:title_start])
    if not affiliation:
        return None
    affiliation, title = _affiliation_and_title(affiliation, title, gaz)
    return PersonMention(name, name_en, title, former, affiliation, 0, len(item))


def _written_name_ok(name: str, gaz: Gazetteer, *, glossed: bool) -> bool:
    """Whether ideographs written where a name stands, before its post, are one: all of
    them a name, and one that names no place or office (or a transliteration with its
    dot); a name its romanization glosses may end as a given name does."""
    return person_name(name) == name and bool(
        name_ok(name, gaz, given_end=glossed) or _A_DOT.search(name)
    )


#: A register's heading naming its person first, then the country and the post,
#: parted by spaces: 王大明（Wang Da-ming）　某國　某市副市長, John Smith（史密斯）　某國
#: 某市議會議長, John Smith　某國　某局處長 (a Chinese name glossed in brackets, or a
#: Latin one, glossed or not, by the Chinese one it goes by).
_REGISTER_HEADING = rx(
    rf"(?:(?P<name>[{CJK}{re.escape(NAME_DOTS)}]+)(?:\((?P<gloss>{_LATIN_NAME.pattern})\))?"
    rf"|(?P<latin>{_LATIN_NAME.pattern})(?:\((?P<zh>[{CJK}{re.escape(NAME_DOTS)}]+)\))?)"
    rf" (?:(?P<country>[{CJK}]{{2,8}}) )?(?P<post>[{CJK}]+)"
)


def register_heading_person(heading: str, gaz: Gazetteer) -> PersonMention | None:
    """The person a register's heading names (see _REGISTER_HEADING), of the post that
    closes it; the country written between is the post's place's, where the post does
    not name it again (某國　某國駐華大使館大使)."""
    match = _REGISTER_HEADING.fullmatch(heading.strip())
    if match is None:
        return None
    name = match["name"] or match["zh"] or match["latin"]
    name_en = match["gloss"] or (match["latin"] if match["zh"] else "")
    if (match["name"] or match["zh"]) and not _written_name_ok(name, gaz, glossed=bool(name_en)):
        return None
    post = match["post"]
    closing = _closing_title(post)
    if closing is None or not closing[0]:
        return None
    country = match["country"] or ""
    named = [m for m in gaz.find_places(country) if m.start == 0 and m.end == len(country)]
    if not named or named[0].place.label != "Country" or post.startswith(country):
        country = ""
    affiliation, former = _strip_modifiers(country + post[: closing[0]])
    affiliation, title = _affiliation_and_title(affiliation, closing[1], gaz)
    return PersonMention(name, name_en, title, former, affiliation, 0, len(heading))


def _starts_org_ending(text: str, pos: int) -> bool:
    """Whether an organization's ending that opens with a title (委員會, 代表處) is at `pos`."""
    endings = _titled_org_endings().get(text[pos : pos + 1], ())
    return any(text.startswith(ending, pos) for ending in endings)


@cache
def _titled_org_endings() -> dict[str, list[str]]:
    """The organization endings that open with a title, by their first character."""
    groups: dict[str, list[str]] = {}
    for ending in lexicon().org_kinds:
        if titles_written_at(ending, 0):
            groups.setdefault(ending[0], []).append(ending)
    return groups


def _next_title_and_name(text: str, pos: int, gaz: Gazetteer) -> tuple[int, str, str, int] | None:
    """The first title at or after `pos` that a name follows: (start, title, name, end)."""
    place_ends = {m.end for m in gaz.find_places(text)}
    for start in range(pos, len(text)):
        if _starts_org_ending(text, start):
            continue  # 委員 of 委員會, 代表 of 代表處: part of an office's name
        titles = titles_written_at(text, start) or _open_titles_at(text, start, place_ends)
        for title in titles:
            after = start + len(title)
            if _title_noun_goes_on(text, after, gaz) or _starts_event_word(text, after):
                continue  # 總領事館, 代表隊, 市長室, 市長論壇: a noun the title begins
            named = _name_after(text, start + len(title), gaz)
            if named and _office_word_opens_name(text, start, title, named[0]):
                continue  # 秘書室長谷川花子: 秘書室, then 長谷川花子; no 室長 read
            if named:
                return start, title, named[0], named[1]
    return None


def _office_word_opens_name(text: str, start: int, title: str, name: str) -> bool:
    """Whether a title opening with an office's ending (室長) written once, shared with
    the office before it (秘書室長谷川花子, not 某室室長某某), leaves its 長 to open a
    name of five (長谷川花子, a Japanese name): the office's, no title."""
    return (
        title == "室長"
        and text[start - 1 : start] != "室"
        and len(name) == 4
        and all(_is_cjk(c) for c in name)
    )


#: What an unlisted title never holds: a break, a verb of going or sending, 之/的
#: (某市派員, 某市前往, 某市之代表).
_NOT_IN_OPEN_TITLE = rx(r"[之的在至赴訪來將往派由與及和、,。;:]|人員|成員")
#: How long a title no row lists may be (危機管理監, 國際戰略監, 政策企劃官).
_OPEN_TITLE_LENGTHS = range(6, 2, -1)


def _open_titles_at(text: str, start: int, place_ends: set[int]) -> list[str]:
    """Titles no row lists, written right after a place or a body (某市危機管理監,
    某縣國際戰略監, 某局首席研究員): a run of ideographs ending with a title's last
    word, holding no body's ending, verb or break. Longest first."""
    lex = lexicon()
    if not lex.title_finals or not (
        start in place_ends or lex.org_kind(text[max(0, start - 8) : start])
    ):
        return []
    found = []
    for length in _OPEN_TITLE_LENGTHS:
        run = text[start : start + length]
        if (
            len(run) == length
            and run.endswith(lex.title_finals)
            and all(_is_cjk(c) for c in run)
            and not _NOT_IN_OPEN_TITLE.search(run)
            and not any(_BREAK.match(run, at) for at in range(1, length))
            and not any(_ends_like_body(run[:at]) for at in range(1, length))
            # 前市長, 姊妹市市長, 郭議長, 常務委員: a listed title is read as listed
            and not any(titles_written_at(run, at) for at in range(length))
        ):
            found.append(run)
    return found


#: What ends a place's government, a body too (某市政府, 某市府).
_GOVERNMENT_ENDING = ("府",)


def _ends_like_body(words: str) -> bool:
    """Whether words end as a body's name does (議會, 事務所, 局, 政府): no title holds
    one (某市政府官網播放 holds no title 政府官)."""
    return words.endswith((*lexicon().org_kinds, *ORG_TAILS, *_GOVERNMENT_ENDING))


def _starts_event_word(text: str, pos: int) -> bool:
    """Whether an event's word of two or more characters begins at `pos` (市長論壇,
    首長會議, 議長高峰會: the title names who the event is for)."""
    return any(len(s) >= 2 and text.startswith(s, pos) for s in event_suffixes())


#: Characters that make a title the start of a longer noun (總領事館, 代表隊, 代表團,
#: 秘書處): what follows is a body, not a person's name.
_TITLE_NOUN_GOES_ON = frozenset("館隊處團")
#: The office a title heads (市長室), which also opens Japanese surnames (室井, 室田).
_TITLE_OFFICE = "室"
#: How long a name opening with _TITLE_OFFICE is: a surname of two, a given name of two.
_OFFICE_OPENED_NAME_LENGTH = 4


def _title_noun_goes_on(text: str, after: int, gaz: Gazetteer) -> bool:
    """Whether the title ending at `after` begins a longer noun (see _TITLE_NOUN_GOES_ON):
    the office it heads where 室 closes it, a title, a unit, a letter's act or a stop
    after it (市長室主任, 市長室秘書課長, 市長室來函); no office where a name of four
    ideographs opens with 室 (議員室井佑月, 副市長室田一郎)."""
    following = text[after : after + 1]
    if following in _TITLE_NOUN_GOES_ON:
        return True
    if following != _TITLE_OFFICE:
        return False
    named = _name_after(text, after, gaz)
    return not (
        named
        and len(named[0]) == _OFFICE_OPENED_NAME_LENGTH
        and all(_is_cjk(c) for c in named[0])
        and not set(named[0]) & _NOT_IN_NAME
    )


#: Last characters of no name: a body's, a place's, or a class of people's (某某業者 +
#: 代表, 學者, 記者).
_NOT_NAME_END = set("課局處部會所室府市縣區郡州省道都國團隊校館副壇宴者")
_NOT_NAME_START = set("率與及暨和等由至在之的以於為本該我同亦對")  # 市長對某所長: to
_NOT_NAME_START |= set("盼")  # 某某市長盼兩市…: the verb of hoping opens no name
#: Endings of _NOT_NAME_END that also end given names (朴永會, 王建國): a name of three
#: opening with a listed surname may end with one where no body's ending is written.
_GIVEN_NAME_LAST = frozenset("會國")
#: Endings of _NOT_NAME_END that end a province's name (江原道) as often as a given name
#: (陳志道): a name of three opening with a listed surname may end with one; a province
#: of that form is found whole in the gazetteer (name_ok turns it away).
_PROVINCE_OR_GIVEN_LAST = frozenset("道")
#: Characters that do not occur in the names these reports give.
#: (市長訪高; 致函陳市長, 函邀…市長: 函 is a letter, not part of a name; 會議期間許副市長:
#: 期 is of a time)
_NOT_IN_NAME = set("團來參加他她的是了們身份分將並等位個人晤臺台署界劃邀或與於訪赴函期")
#: 人 ends Japanese given names (和人, 直人, 隼人): a name of four ideographs may end
#: with it (某村和人); elsewhere it is of a count or a group (一行人, 等人).
_NAME_LAST = "人"
#: Verbs of calling on or coming, which no name holds: 到任拜會謝 (+市長) is no one's name
#: but what a guest did before a surname and a title; nor verbs of performing or being
#: in charge (由該團某某指揮演出: 指揮 is the verb there), nor an election of the office
#: (首屆民選市長選舉).
#: Nor verbs of answering or hosting that follow a surname and a title (王市長回應：「…」,
#: 王市長答稱, 王市長設宴款待).
#: An accountant's verb opening a budget report's line, what the money paid for after it
#: (核銷本府王秘書長率…赴日考察之機票及生活費…元, 支付…費用, 撥付), or listing the line
#: (編列本府陳市長率團…之經費, 原列): no name, no body.
ACCOUNTING_VERB = r"(?:核銷|支付|撥付|支應|編列|原列)"
#: Verbs of going along with someone: 陪同, 偕同, 隨同, 協同.
GOING_ALONG = r"陪同|偕同|隨同|協同"
_VERB_IN_NAME = rx(
    r"拜會|拜訪|會晤|會見|接見|晉見|到任|來訪|訪問|率團|參訪|考察|觀禮|演出|演奏|負責|選舉"
    r"|回應|答稱|答覆|表示|指出|致詞|款待|設宴|宴請|簡報"
    # 由某副市長頒獎, 簽報市長核定: a title's own doing, closing the sentence
    r"|頒獎|核定|核示|主持|致贈"
    # 派員陪同校長, 由某某偕同議長: a verb of going along with someone before a title (the
    # 員 of 派員 before it), no name
    r"|" + GOING_ALONG + r"|^曾任[\u4e00-\u9fff]{3}"  # 曾任某某某 + 市長: a post once held, no name
    # 原列林市長率團…經費, 核銷本府王秘書長率…之機票費, 支付本府李副秘書長率團…之旅費: the
    # accountant's verb or the budget's line listed for the trip, no name
    r"|" + ACCOUNTING_VERB
)
#: Words of manner that stand between a title and its verb (陳市長親自出席, 以視訊會談).
#: (朴市長欣然允諾: gladly; 欣然 after a surname is a given name, 副市長朴欣然)
_MANNER = frozenset(
    ("共同", "一同", "一起", "同步", "親自", "視訊", "線上", "特別", "隨即", "欣然")
)
#: ... and of whether (某市長能否親自率團, 是否出席): the verb's, asked about.
_MANNER |= frozenset(("能否", "是否", "可否"))
#: Words of time that stand after a title as its verb's (邀請謝市長明年率團, 王局長日前
#: 來訪): no given name opens with them.
_TIME_WORDS = frozenset(
    ("明年", "今年", "去年", "本年", "隔年", "年底", "年初", "日前", "近日", "明天", "今天")
)
#: ... and words of how often (本市市長首次訪問某市, 再度來訪): the time of the verb.
_TIME_WORDS |= frozenset(("首次", "首度", "再度", "再次"))
#: ... and of when, told of the visit (某市長行前並代表…, 會後, 屆時).
_TIME_WORDS |= frozenset(("行前", "會後", "事後", "屆時", "隨後", "稍後"))
#: ... and of a change of plans (市長臨時公出, 市長因故未能出席).
_TIME_WORDS |= frozenset(("臨時", "因故", "因公", "另有"))
#: ... and of a thing not done yet (新任市長尚未表示意見, 迄未回覆, 仍未決定): its time.
_TIME_WORDS |= frozenset(("尚未", "迄未", "仍未", "至今", "迄今"))
#: ... and nouns of the post itself, after its title (因市長職務交接, 市長任期屆滿, 所長異動): the
#: office's, no one's name.
_TIME_WORDS |= frozenset(("職務", "任期", "職位", "交接", "改選", "卸任", "任內", "異動"))
#: A month or day written in numerals, after a title as its verb's time (某市長三月來訪,
#: 議長十二日抵高): no name, though a name may open with a numeral and 月 or 日 (三日月,
#: 五月女).
_MONTH_OR_DAY = rx(
    r"[〇○零一二三四五六七八九十\d]{1,3}(?:月|日)(?:$|[初中底上下旬間起來赴至抵訪率返])"
)
_AFFILIATION_BREAK = rx(
    # (由 but not of 自由: 某某自由貿易區管理局 is one name)
    r"[,、。;::,]|(?<!自)由|與|及|暨|和|派|指派|率領|率|邀請|拜會|會晤|會見|接見|接待|晉見|並|於|包括|為|另有|尚有|另"
    r"|(?:特|力|函|敦|誠)邀"  # 特邀某市環境局局長某某: the invitation, not the body
    r"|當地|姊妹校"
    r"|其中|當中"  # 其中某市議會議長某某: of those just named, not part of the body
    # 名單，計市長某某、…: the count opening a list after a comma (not 主計處, 會計室)
    r"|(?<=[,:])(?:共)?計有?"
    r"|偕同|偕|陪同"  # 州長甲偕同某州議會議長乙, 陪同某州某處處長乙: the body opens after it
    r"|(?:隨團|隨行|同行)?(?:來訪|來臺|來台|來高|抵高)(?:之|的)"  # 隨團來訪之某港務局局長
    # 隨團訪問的某高中校長: who went along; (above) 另有, 尚有 (同行者另有…): who else came
    r"|隨團訪問(?:之|的)"
    r"|(?<=\d)\s"  # 92.07.22　某協會代表…: a log's date written in figures, then a space
    r"|〕"  # 〔108.2.28〕某協會處長…: a news release's dateline, then its text
    r"|(?<!副)團長"  # 團長某國某報總編輯某某: the group's head, then his own body
)


#: What joins two people of one body, the second named by title alone (議長甲暨副議長乙).
#: So is one named by title alone going along with the first (所長甲，偕同副所長乙).
_SAME_BODY_JOINS = ("暨", "及", "偕同", ",偕同")
#: A day and 之/的 before a title: what follows names an event of that day, not a person.
_OF_A_DAY = rx(r"[\d年月日至~\-]+[之的]")
#: Titles that are also plain nouns: 企業代表, 與會城市代表 are representatives, not a
#: title before or after a name; the title follows a named body (英國在台辦事處代表).
_ALSO_NOUNS = ("代表",)


def _body_before_title(title: str, affiliation: str, gaz: Gazetteer) -> bool:
    """Whether a title that is also a plain noun stands after a place or a body."""
    if title not in _ALSO_NOUNS:
        return True
    affiliation = body_without_unit(re.sub(r"\([^()]*\)$", "", affiliation))
    if len(affiliation) < SHORTEST_BODY:
        return False  # 各國與會代表: the 會 of 與會 (attending), no body's name
    if any(m.end == len(affiliation) for m in gaz.find_places(affiliation)):
        return True
    return any(affiliation.endswith(e) for e in (*lexicon().org_kinds, *ORG_TAILS))


def body_without_unit(affiliation: str) -> str:
    """A body's name without the region or department of it written after it
    (某港務局亞洲區, 某港務局亞洲市場部, 某商會（ABC）亞太地區, 某公司交通系統部門)."""
    for at in range(2, len(affiliation) - 1):
        tail = affiliation[at:]
        body = re.sub(r"\([^()]*\)$", "", affiliation[:at])  # 某商會（ABC）亞太區
        if _UNIT_AFTER_BODY.fullmatch(tail) and lexicon().org_kind(body):
            return affiliation[:at]
    return _without_field(affiliation)


#: A field of work an officer answers for, written between a body and the title
#: (某辦事處勞工 + 參事, 某公司營運 + 副總裁, 某廳亞洲事務 + 主任): a few characters.
_FIELD_AFTER_BODY = rx(r"[\u4e00-\u9fff]{2,4}")
#: What is no field of a body's but a unit of it (某大學建築系, 某公司業務組) or a group
#: of people sent (某國小學生 + 代表四名).
_UNIT_OR_GROUP = rx(r"(?:系|組|班|學生|師生|青年|兒童|學童|人員|團員|業者)$")


def _without_field(affiliation: str) -> str:
    """A body's name without the field of work written after it, the body's name ending
    with a kind of body (某經濟文化辦事處勞工, 某航空公司營運, 某農業廳亞洲事務); not a
    unit of the body, which ends like a body itself (某大學國際處, 某市政府經濟政策課)."""
    for at in range(len(affiliation) - 2, 1, -1):
        body, tail = affiliation[:at], affiliation[at:]
        if not _FIELD_AFTER_BODY.fullmatch(tail):
            continue
        if lexicon().org_ending(body) is None or _UNIT_OR_GROUP.search(tail):
            continue
        if lexicon().org_kind(tail) or tail in lexicon().org_kinds:
            continue  # 某議會 + 連盟: the body's own ending
        if any(tail.endswith(e) or e.startswith(tail[-1]) for e in ORG_TAILS):
            continue
        return body
    return affiliation


def _affiliation_start(text: str, end: int, gaz: Gazetteer) -> int:
    """Where the affiliation before `end` begins: after the last break that is not
    inside a place's name (巴拿馬共和國駐…總領事館: 共和國 holds a 和) nor inside a gloss
    in parentheses (某管理局（Some Bay Authority, SBA）主席: the comma is the gloss's)."""
    places = [(m.start, m.end) for m in gaz.find_places(text[:end])]
    places += [m.span() for m in _PARENTHESIZED.finditer(text, 0, end)]
    breaks = [
        m.end()
        for m in _AFFILIATION_BREAK.finditer(text, 0, end)
        if not any(s < m.start() and m.end() <= e for s, e in places)
        and not (m.group() in _NAME_CONJUNCTIONS and _joins_a_name(text, m.start(), end, gaz))
    ]
    # 某港區之管理機關某某管理局主席…: the name follows the noun it is set beside
    breaks += [m.end() for m in _APPOSED_TO.finditer(text, 0, end) if m.end() < end]
    return max(breaks) if breaks else 0


#: Words in parentheses, a gloss: (Some Bay Authority, SBA).
_PARENTHESIZED = rx(r"\([^()]*\)")


#: The noun a body's name is set beside, after what it is (來自某市之大眾運輸營運機構
#: Transpole, 某港區之管理機關某某管理局): the name begins after it.
_APPOSED_TO = rx(r"(?<=[之的])[\u4e00-\u9fff]{0,8}?(?:機關|機構)")


#: Conjunctions that may join the words of one body's name (經濟暨創新部, 經濟與創新部).
_NAME_CONJUNCTIONS = ("暨", "與", "及", "和")


def _joins_a_name(text: str, at: int, end: int, gaz: Gazetteer) -> bool:
    """Whether the conjunction at `at` joins two words of the name of a body that ends
    at `end` (某市經濟暨創新部 + 次長): a short word right after a place before it,
    and after it a body's name holding no place (not 陳市長與某市議會 + 議長)."""
    after = text[at + 1 : end]
    if not after.endswith(ORG_TAILS) or gaz.find_places(after):
        return False
    before = gaz.find_places(text[:at])
    word = text[before[-1].end : at] if before else ""
    return (
        1 <= len(word) <= 4
        and all(_is_cjk(c) for c in word)
        and not any(titles_written_at(word, i) for i in range(len(word)))
    )


def _stands_apart(text: str, mention: PlaceMention) -> bool:
    """Whether a place found in `text` is a word of its own, not the middle of a
    transliterated name (羅德里格斯 holds 德里, 聖塔克魯茲 holds 克魯): written with its
    country or an administrative suffix, or where a word begins."""
    if mention.country_prefix or mention.suffix:
        return True
    return mention.start == 0 or bool(_AFFILIATION_BREAK.search(text[mention.start - 1]))


def _glossed_as_person(name: str, gloss: str, gaz: Gazetteer) -> bool:
    """A name that is also a place's (桑托斯, Santos) is a person's where the text
    glosses it with a person's romanized name (Carlos Santos), not the place's own."""
    if not gloss or not name_ok_but_place(name, gaz, given_end=True):
        return False
    places = [m.place for m in gaz.find_places(name) if m.start == 0 and m.end == len(name)]
    key = slug(gloss).replace("-", "")
    return bool(places) and all(slug(p.name_en).replace("-", "") != key for p in places)


def name_ok_but_place(name: str, gaz: Gazetteer, given_end: bool = False) -> bool:
    """Whether `name` would be a name but that a place bears it; `given_end`: the name
    is glossed or was met before, so it may end like a body (朴永會, see
    _given_name_ending; not 某市游泳會 + 會長)."""
    if not name:
        return False
    # 與那嶺某某, 和田某某, 加藤某某: a Japanese surname may open with, or hold, a
    # word that opens or is held by no other name; what follows it is read as ever
    surname = lexicon().japanese_surname_opening(name)
    if not surname and name[0] in _NOT_NAME_START:
        return False
    if (
        name[-1] in _NOT_NAME_END
        and not (given_end and _given_name_ending(name))
        and not _surname_led_ending_in_province(name)
    ):
        return False
    if _ends_like_event(name):  # 市長圓桌會議, 議長聯席會議: an event for the title's holders
        return False
    body = name[:-1] if len(name) == 4 and name[-1] == _NAME_LAST else name
    if (
        _NOT_IN_NAME.intersection(_without_japanese_given_name_chars(body[len(surname) :]))
        or _BREAK.match(name[len(surname) :])
        or name[:2] in _MANNER
        or name[:2] in _TIME_WORDS
        or _MONTH_OR_DAY.match(name)
        or _VERB_IN_NAME.search(name)
    ):
        return False  # 與陳市長共同簽署, 陳市長出席…: what follows a title is no name
    return not (titles_written_at(name, 0) or lexicon().org_kind(name) or _opens_with_office(name))


#: A Japanese woman's name of four ideographs or more closed by 子 (某某加奈子, 由加子,
#: 美加子), which may hold 加, elsewhere of a verb (參加, 增加, 追加) that no name holds.
_JAPANESE_NAME_IN_KO = rx(r"[\u4e00-\u9fff]{3,}子")
_JAPANESE_GIVEN_NAME_CHARS = "加"
_VERB_WITH_KA = rx(r"[參增追]加")


def _without_japanese_given_name_chars(name: str) -> str:
    """`name` without the characters of _NOT_IN_NAME that a Japanese woman's name in 子
    holds (田村加奈子 → 田村奈子), where no verb holds them (not 某某參加子…)."""
    if not _JAPANESE_NAME_IN_KO.fullmatch(name) or _VERB_WITH_KA.search(name):
        return name
    return name.translate({ord(c): None for c in _JAPANESE_GIVEN_NAME_CHARS})


def _given_name_ending(name: str) -> bool:
    """Whether a name ending like a body (會, 國) is a given name's end: three
    ideographs opening with a listed surname, no body's ending written (朴永會, not
    董事會 or 理事會)."""
    lex = lexicon()
    return (
        len(name) == 3
        and name[-1] in _GIVEN_NAME_LAST
        and name[0] in lex.surnames
        and not lex.org_kind(name)
        and not name.endswith((*lex.org_kinds, "事會", "務會", "員會"))
    )


def _surname_led_ending_in_province(name: str) -> bool:
    """Whether three ideographs ending like a province (道) open with a listed surname
    (陳志道): a given name's end, unless a place bears the whole (see name_ok)."""
    return len(name) == 3 and name[-1] in _PROVINCE_OR_GIVEN_LAST and name[0] in lexicon().surnames


def _ends_like_event(name: str) -> bool:
    """Whether a would-be name ends with an event's word of two or more characters
    (圓桌會議, 研討會, 論壇): no name does."""
    return any(len(s) >= 2 and name.endswith(s) for s in event_suffixes())


#: Kinds of body whose name ends in a character that also ends surnames only seldom
#: (局, 處, 課, not 部: 長谷部 is a surname).
_OFFICE_KINDS = ("bureau", "division")


def _opens_with_office(name: str) -> bool:
    """Whether ideographs read as a name open with an office's name, the rest being
    a surname (某局王 + 局長: 王局長 of that bureau, no person named 某局王), a home body
    by its short name too (貴會陳 + 議長: the council's 陳議長)."""
    lex = lexicon()
    return any(
        lex.home_org(name[:at]) or (at >= 3 and lex.org_kind(name[:at]) in _OFFICE_KINDS)
        for at in range(2, len(name))
    )


def name_ok(name: str, gaz: Gazetteer, given_end: bool = False) -> bool:
    """Whether ideographs read as a name can be one (not a place, office or title);
    `given_end` as for name_ok_but_place."""
    if not name_ok_but_place(name, gaz, given_end):
        return False
    return not any(m.start == 0 and m.end == len(name) for m in gaz.find_places(name))


def _surname_after_body(affiliation: str, given: str, gaz: Gazetteer) -> str | None:
    """The surname the words before a title end with, after a body's or a place's name
    (市議會王 + 議長 + 大明, 某某廣域市金 + 副市長 + 英浩): the name is written around the
    title, its given name (one or two characters) after it."""
    if len(given) > 2:
        return None
    lex = lexicon()
    for surname in (affiliation[-2:], affiliation[-1:]):
        body = affiliation[: -len(surname)]
        if surname not in lex.surnames or len(body) < 2:
            continue
        if (
            lex.home_org(body)
            or lex.org_kind(body)
            or body.endswith(ORG_TAILS)
            or any(m.end == len(body) for m in gaz.find_places(body))
        ):
            return surname
    return None


def _names_someone_again(affiliation: str, names: list[str]) -> bool:
    """Whether the words before a title end with the last part of a transliterated
    name read before (約翰‧史密斯…，史密斯市長今年亦…): the person called again by
    that part, the title after it his; what follows the title is no name."""
    for name in names:
        last = re.split(f"[{re.escape(NAME_DOTS)}]", name)[-1]
        if last != name and len(last) >= 2 and affiliation.endswith(last):
            return True
    return False


def find_title_then_name(
    text: str, gaz: Gazetteer, known: Sequence[str] = ()
) -> list[PersonMention]:
    """「affiliation + title + name」 in prose (某縣知事山田太郎, 經濟政策課課長王大明);
    `known`: names read before `text`, which may be called again by their last part."""
    found: list[PersonMention] = []
    pos = 0
    while pos < len(text):
        hit = _next_title_and_name(text, pos, gaz)
        if hit is None:
            break
        title_start, title, name, name_end = hit
        if any(
            len(title) < len(t) <= name_end - title_start
            for t in titles_written_at(text, title_start)
        ):
            pos = title_start + 1  # 蔡主任秘書率…: a longer title (主任秘書), not 主任 + 秘書
            continue
        name_en, end = english_after(text, name_end)
        if (
            # right after its title, a name may end like a body (副市長朴永會)
            not name_ok(name, gaz, given_end=True)
            and not re.search(rf"[A-Za-z{re.escape(NAME_DOTS)}]", name)
            and not _glossed_as_person(name, name_en, gaz)
            and not _glossed_transliteration(name, name_en, gaz)
        ):
            pos = title_start + 1
            continue
        aff_start = _affiliation_start(text, title_start, gaz)
        affiliation, former = _strip_modifiers(text[aff_start:title_start])
        if _names_someone_again(affiliation, [*known, *(p.name for p in found)]):
            pos = title_start + 1  # 史密斯市長今年亦…: the title follows its holder's name
            continue
        if not affiliation and found and text[found[-1].end : title_start] in _SAME_BODY_JOINS:
            affiliation = found[-1].affiliation  # 某市議會議長甲暨副議長乙: one body
        if _ADDRESSED_GROUP.search(affiliation):
            pos = title_start + 1  # 敬請各位議員指教: the members addressed, no one named
            continue
        if not _body_before_title(title, affiliation, gaz) or _OF_A_DAY.fullmatch(affiliation):
            pos = title_start + 1  # 9月11日之市長圓桌會談: a title of a day's event, no body
            continue
        written = ""
        surname = _surname_after_body(affiliation, name, gaz)
        if surname:  # 市議會王 + 議長 + 大明: 王大明, of 市議會
            written = surname + title + name
            name, affiliation = surname + name, affiliation[: -len(surname)]
        affiliation, title = _affiliation_and_title(affiliation, title, gaz)
        gloss = _ideograph_gloss(text, end) if _LATIN_NAME.fullmatch(name) else ""
        found.append(
            PersonMention(name, name_en, title, former, affiliation, aff_start, end, written, gloss)
        )
        pos = end
    return found


#: A Latin name's gloss in ideographs right after it: （史密斯）, （約翰‧史密斯）.
_IDEOGRAPH_GLOSS = rx(rf"\s*\(([{CJK}{re.escape(NAME_DOTS)}]{{2,10}})\)")


def _ideograph_gloss(text: str, end: int) -> str:
    """The ideographs glossing the Latin name ending at `end` (Gary Smith（史密斯）), or
    ""."""
    glossed = _IDEOGRAPH_GLOSS.match(text, end)
    return glossed.group(1) if glossed else ""


#: Words addressing all who hold a title, before it (各位議員, 諸位代表): no one is named
#: after the title.
_ADDRESSED_GROUP = rx(r"(?:各位|諸位)$")


#: What a name written before its title may follow with no affiliation between: a
#: day (3月14日王大明市長接見…), a verb of meeting or inviting (拜會王大明代理市長, 接見
#: 李小華市長, 邀請王大明省長來訪), or the 應 of an invitation answered (應王大明市長
#: 之邀): the person is of the city the caller reads them as (often the home city's); or
#: the 與 opening a clause of meeting (拜會本府，與王大明秘書長晤談).
_BARE_NAME_AFTER = rx(
    r"(?:拜會|拜訪|會晤|會見|接見|晉見|邀請|代表|\d日|(?<![回答反因])應|(?:^|,)(?:並|另|亦)?與)$"
)


def _affiliation_may_end(before: str, gaz: Gazetteer) -> bool:
    """Whether the words before a name written before its title may end with whom
    the title is of: nothing, a break, a place standing apart, a body, 該市."""
    return bool(
        before == ""
        or _AFFILIATION_BREAK.search(before[-1:])
        or any(m.end == len(before) and _stands_apart(before, m) for m in gaz.find_places(before))
        or lexicon().org_kind(before[-8:])
        or re.search(r"該[縣市省州]$|尤其$", before)
    )


def _bare_name(before: str, name: str, title: str, gaz: Gazetteer) -> bool:
    """Whether a name written before its title stands with no affiliation, after a day
    or a verb of meeting (拜會王大明代理市長): a name opening with a surname, not a place
    sharing its suffix with the title (拜會某某市長: the mayor of 某某市)."""
    return (
        bool(_BARE_NAME_AFTER.search(before))
        and _surname_led(name)
        and not place_and_title(name, title, gaz)
    )


def _taken_up_by_surname(before: str, name: str, title: str, after: str, gaz: Gazetteer) -> bool:
    """Whether a name written bare before its title after a verb of meeting, opening
    with no listed surname (拜會大西一史市長: a Japanese name), is taken up after by its
    first one or two characters and the same title (大西市長介紹…): a person so named."""
    return (
        bool(_BARE_NAME_AFTER.search(before))
        and name[:1] not in _OPENS_NO_NAME
        and not place_and_title(name, title, gaz)
        and any(name[:k] + title in after for k in (2, 1) if len(name) - k >= 2)
    )


#: What opens words telling a kind of people, never a name taken up by its first
#: characters (各國駐日大使…各國大使, 各界代表, 該國領事; not 本, 多, 當: 本田, 多田, 當山).
_OPENS_NO_NAME = frozenset("各每該貴兩眾某其此這那")


def _surname_led(name: str) -> bool:
    """Whether ideographs are a name opening with a listed surname (王大明, 上官小華),
    or a person the curated data knows."""
    lex = lexicon()
    return lex.person(name) is not None or (
        len(name) <= 4 and (name[:1] in lex.surnames or name[:2] in lex.surnames)
    )


def place_and_title(name: str, title: str, gaz: Gazetteer) -> bool:
    """Whether a name before a title is a place sharing its suffix with the title
    (某某市長: the mayor of 某某市, no one named 某某)."""
    place = name + title[:1]
    return any(m.start == 0 and m.end == len(place) for m in gaz.find_places(place))


#: A person's romanization in brackets closing the words before a title (史密斯(John
#: Smith) + 市長).
_LATIN_GLOSS_BEFORE = rx(r"\(([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .'\-]*)\)$")
#: Words of an English gloss naming a kind of place (Some Atoll, Some City): the
#: gloss is a place's, not a person's.
_PLACE_WORD_EN = re.compile(
    r"\b(?:Atoll|Islands?|City|County|Province|State|Prefecture|District|Town|Village"
    r"|Municipality|Region|Bay|Port"
    # ... or of a body (Some University): the gloss is of the body before the title
    r"|University|College|School|Institute|Academy|Association|Society|Council|Authority"
    r"|Company|Corporation|Bank|Hospital|Museum|Foundation|Chamber)\b"
)


def _place_after_country(mentions: Sequence[PlaceMention], name_end: int, gloss: str) -> bool:
    """Whether a name glossed by one word follows its country right before it (某國某某
    (Majuro)市長): a place the data does not know, not a person."""
    return " " not in gloss and any(
        m.place.label == "Country" and name_end - 5 <= m.end <= name_end - 2 for m in mentions
    )


#: What may follow a name and its title that follows no title alone: 的身分, 帶隊, 率,
#: the reason for not coming (某市王大明市長因公未克出席), and a time of the year it
#: tells of (某市王大明市長上半年來訪時), the verb of going (某局王大明科長赴某市: no
#: title ends in 赴 or 前往).
_AFTER_NAME_AND_TITLE = rx(
    r"(?:的)?身分|帶隊|率|因(?:公|故|事)|[上下]半年|日前|赴|前往"
    # an adverb, then the verb or its time (王大明市長並於12日晚設宴款待, 亦親自接見) or
    # the topic spoken of (拜會王大明市長並就觀光合作交換意見)
    # (王大明市長更親自出席, 李市長又率團, 金副市長均出席: the adverbs of the clause alike)
    r"|[則也" + CLAUSE_ADVERBS + r"](?=於|在|與|率|親自|設宴|出席|參加|代表|接見|致詞|就)"
)
#: A verb of receiving a guest after a name and title that opens its clause (…來訪，王大明
#: 市長設宴款待; not 晚間由吳市長設宴款待, where no name stands before the title).
_RECEIVING_AFTER_TITLE = rx(r"設宴|款待|接見|親自")
#: What a name read before a verb of receiving follows: the start or a break; and the
#: words of a clause that are in no such name (晚間由吳市長: 由, the time).
_AT_CLAUSE_START = rx(r"(?:^|[,;。:])$")
_CLAUSE_WORDS = rx(r"[由於在與和及並]|晚間|上午|下午|中午|當晚|當天|隨後")


#: How far before a name a place may end whose body's ending reaches into it.
_LONGEST_ENDING_BEFORE = 3


def find_name_before_title(
    text: str, gaz: Gazetteer, known: Sequence[str] = (), later: str = ""
) -> list[PersonMention]:
    """「affiliation + name + (前) + title」 in prose (韓國某某市王大明市長, 山田太郎前市長);
    `known`: names read before `text`; `later`: the text of its item after it, where a
    bare name may be taken up by surname (_taken_up_by_surname).

    The affiliation is what stands between the last break and the name; the caller
    decides whether it (or the context) makes the reading safe.
    """
    found: list[PersonMention] = []
    covered = 0
    mentions = gaz.find_places(text)
    places = [(m.start, m.end) for m in mentions]
    suffixed = {m.start: m.end for m in mentions if m.suffix}
    for start in range(len(text)):
        titles = titles_written_at(text, start) if start >= covered else []
        if not titles:
            continue
        title = titles[0]
        covered = start + len(title)  # 市長 inside 副市長 is not a title of its own
        verb_only = not _BREAK.match(text, start + len(title)) and not _AFTER_NAME_AND_TITLE.match(
            text, start + len(title)
        )
        if verb_only and not _RECEIVING_AFTER_TITLE.match(text, start + len(title)):
            continue
        former = text[max(0, start - 1) : start] == "前"
        name_end = start - (1 if former else 0)
        # 某市史密斯(John Smith)市長: the name's romanization between name and title
        glossed = _LATIN_GLOSS_BEFORE.search(text[:name_end])
        name_en = glossed.group(1).strip() if glossed else ""
        name_end = glossed.start() if glossed else name_end
        if glossed and (
            any(e == name_end for _, e in places)
            or _PLACE_WORD_EN.search(name_en)
            or _place_after_country(mentions, name_end, name_en)
        ):
            continue  # 某某環礁(Some Atoll)市長: a place glossed, its title
        for length in (3, 4, 2, 5):
            name_start = name_end - length
            if name_start < 0:
                continue
            name = text[name_start:name_end]
            gloss = name_en or english_after(text, start + len(title))[0]
            if any(s < name_start < e for s, e in places) or (
                name_start < suffixed.get(name_start, 0) < name_end
            ):
                continue  # 某某市林明副市長: no name opens inside a place's (市林明) or with one
            if _opens_in_body_of_place(text, name_start, name, [e for _, e in places]):
                continue  # 高雄市議會許議長: no name opens inside the body's (議會許, 會許)
            if (
                not all(_is_cjk(c) for c in name)
                or not is_person_name(name)
                or not (
                    name_ok(name, gaz, bool(gloss) or name in known)
                    or _glossed_as_person(name, gloss, gaz)
                )
            ):
                continue
            before = text[:name_start]
            if verb_only and (not _AT_CLAUSE_START.search(before) or _CLAUSE_WORDS.search(name)):
                continue  # (晚間由吳市長設宴款待: no name before the title)
            after = text[start + len(title) :] + later
            bare = _bare_name(before, name, title, gaz) or _taken_up_by_surname(
                before, name, title, after, gaz
            )
            if not (bare or _affiliation_may_end(before, gaz)):
                continue
            # 於5月22日拜會王大明代理市長: no affiliation is written before the name
            aff_start = name_start if bare else _affiliation_start(text, name_start, gaz)
            if not _body_before_title(title, text[aff_start:name_start], gaz):
                continue
            found.append(
                PersonMention(
                    name,
                    name_en,
                    title,
                    former,
                    text[aff_start:name_start],
                    aff_start,
                    start + len(title),
                )
            )
            break
    return found


#: Who a person is, in brackets after their name, maybe after the name's romanization
#: and a comma: （某國某市副市長）, （John Smith，某市議會議員）.
_POST_IN_BRACKETS = rx(r"\((?:([A-Za-zÀ-ÿ][^(),]*),)?([^()A-Za-z]+)\)")
#: What a name written first may follow: the start, a break or a bullet, a conjunction
#: joining it to the name before (甲（…）及乙（…）, 甲（…）偕乙（…）), or the verb of
#: meeting or inviting whose object it is (拜會甲（…）, 邀請甲（…）).
_BEFORE_NAME_FIRST = rx(r"(?:^|[、,。;:○◎●]|及|暨|與|和|偕|拜會|拜訪|會晤|會見|接見|晉見|邀請)$")
_NAME_FIRST_LENGTHS = range(6, 1, -1)


def _opens_in_body_of_place(text: str, start: int, name: str, place_ends: list[int]) -> bool:
    """Whether the name `name` at `start` opens with the rest of a body's name that a
    place's opens (高雄市 + 議會 in 高雄市議會許議長: 議會許, 會許): a body's word, a
    body's ending alone after the place (議會, 局, 協會), reaching into the name."""
    endings = lexicon().org_kinds
    return any(
        text[end:cut] in endings
        for end in place_ends
        if start - _LONGEST_ENDING_BEFORE <= end <= start
        for cut in range(start + 1, start + len(name))
    )


def _name_written_first(text: str, end: int, gaz: Gazetteer, gloss: str) -> int | None:
    """Where the name ending at `end` (before its bracket) starts: the longest run
    standing after what may come before a name, that is a name, or a place's that the
    romanization in the bracket glosses as a person's (瓦倫西亞（Pedro Valencia，…）)."""
    for length in _NAME_FIRST_LENGTHS:
        start = end - length
        if start < 0 or not _BEFORE_NAME_FIRST.search(text[:start]):
            continue
        name = text[start:end]
        dotted = bool(_A_DOT.search(name))
        if not all(_is_cjk(c) or c in NAME_DOTS for c in name) or person_name(name) != name:
            continue
        if _closing_title(name) is not None:  # 邀請兩市市長（甲市長及乙市長）: no name
            continue
        if dotted or name_ok(name, gaz, given_end=bool(gloss)):
            return start
        if _glossed_as_person(name, gloss, gaz) or _glossed_transliteration(name, gloss, gaz):
            return start
    return None


#: Characters kept out of names as words of the sentence (參加, 來訪, 他) that spell
#: foreign names too (貝爾加拉, 來恩, 阿加他): a romanization glossing the name decides.
_IN_TRANSLITERATIONS = "加來他"


def _glossed_transliteration(name: str, gloss: str, gaz: Gazetteer) -> bool:
    """Whether a name written first and glossed by its romanization (某加某（Luis
    Xxx，…）) is one though it holds a character that elsewhere is a word of the
    sentence (_IN_TRANSLITERATIONS)."""
    if not gloss or not any(c in name for c in _IN_TRANSLITERATIONS):
        return False
    spelled = name.translate({ord(c): "斯" for c in _IN_TRANSLITERATIONS})
    return name_ok_but_place(spelled, gaz, given_end=True)


def find_name_then_post(text: str, gaz: Gazetteer) -> list[PersonMention]:
    """People written name first, who they are in brackets after the name (王大明
    （某國某市副市長）率團來訪, 拜會史密斯（John Smith，某市市長）, 邀請甲（某大學
    教授）及乙（某公司總裁）): the bracket holds an affiliation closed by a title; or
    in a clause of its own after 是 and the name, as a story introduces them."""
    found: list[PersonMention] = _post_apposed(text, gaz)
    for match in _POST_IN_BRACKETS.finditer(text):
        post = match.group(2).strip()
        closing = _closing_title(post)
        if closing is None:
            continue
        title_start, title = closing
        affiliation, former = _strip_modifiers(post[:title_start])
        name_en = (match.group(1) or "").strip()
        name_start = _name_written_first(text, match.start(), gaz, name_en)
        if not affiliation or name_start is None:
            continue
        affiliation, title = _affiliation_and_title(affiliation, title, gaz)
        name = text[name_start : match.start()]
        found.append(
            PersonMention(name, name_en, title, former, affiliation, name_start, match.end())
        )
    return found


#: A person introduced by 是, the name (glossed or not), then who they are in a clause of
#: its own, as a story writes (說這話的是王大明，某國某市的副市長; 他是約翰‧史密斯
#: （John Smith），某港務局委員，…).
_POST_APPOSED = rx(
    r"是([^,;。()「」]{2,10}?)(?:\(([A-Za-zÀ-ÿ][^()]*)\))?,([^,;。()「」A-Za-z]{2,30}?)(?=[,;。]|$)"
)

#: A verb making the clause after the name one of its own (與談人為…, 成員包括…, 陪同的還有
#: …, 他是…), not the bare post of the one named (有限公司 a name all the same).
_CLAUSE_OF_ITS_OWN = rx(r"為|包括|包含|有(?!限)|是")


def _post_apposed(text: str, gaz: Gazetteer) -> list[PersonMention]:
    """People introduced by 是 and their name, their post in the clause after (是王大明，
    某國某市的副市長): the clause is all affiliation and title."""
    found: list[PersonMention] = []
    for match in _POST_APPOSED.finditer(text):
        name, name_en = match.group(1), (match.group(2) or "").strip()
        closing = _closing_title(match.group(3))
        if closing is None or person_name(name) != name:
            continue
        if _CLAUSE_OF_ITS_OWN.search(match.group(3)):
            continue  # …是王大明，與談人為某市副市長: another's part, told in a clause of its own
        if not (_A_DOT.search(name) or name_ok(name, gaz, given_end=bool(name_en))):
            continue
        title_start, title = closing
        affiliation, former = _strip_modifiers(match.group(3)[:title_start].rstrip("的之"))
        if not affiliation:
            continue
        affiliation, title = _affiliation_and_title(affiliation, title, gaz)
        found.append(
            PersonMention(name, name_en, title, former, affiliation, match.start(1), match.end())
        )
    return found
