"""Bodies: the organization or place a person or group belongs to (affiliation),
bodies named after their place, listed, referred back to, or written as the text
writes them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache

from graph.model import Entity, Label, RelType
from loaders.facts import id_fragment
from loaders.gazetteer import Place, PlaceMention
from loaders.lexicon import lexicon
from loaders.names import (
    affiliation_words,
    body_name,
    school_forms,
)
from loaders.pattern_cache import compile_pattern
from loaders.people import (
    ORG_TAILS,
    PersonMention,
)
from loaders.reading import normalize, rx
from loaders.rules.context import _HOME_WORDS, _SEATED_BY_NAME, _SHORT_CITY, Clause, ReaderContext
from loaders.rules.grammar import (
    _CLAUSE_BREAK,
    _COME,
    _GLOSS,
    _HAN,
    _HOME_ACTOR,
    _ITEM_CHAR,
    _JOINER,
    _OURS_BEFORE,
    _SENT_PEOPLE,
    _SISTER_CITY,
    _THAT_OFFICE,
    _THAT_PLACE,
)
from loaders.structure import Sentence

#: Words ending in Latin letters (Port of Somewhere + 副局長): a name written whole.
_LATIN_END = rx(r"[A-Za-z]$")


def city_body_name(name: str, mention: PlaceMention) -> str | None:
    """The name of a city's own body named after the city opening `name` (某市議會 is
    that city's 議會; 某市政府經濟政策課 its 經濟政策課); None where the place does not open
    it or is part of the body's own name (某都大學, 某市國際交流財團, 某縣立…學校)."""
    rest = name[mention.end :].removeprefix("政府")
    if (
        mention.start == 0
        and mention.place.label == "City"
        and mention.suffix is not None
        and _HAN.match(rest)
        and not rest.startswith("立")
    ):
        return rest
    return None


#: A body's name written only in Latin letters (Port of Somewhere, Harbor Board).
_LATIN_NAME = rx(r"[A-Za-z][A-Za-z .'&-]*[A-Za-z.]")


#: A place called by its tie to the city, closing the words before a body (某市姊妹市之
#: 某高中: the school of that sister city).
_TIE_CALLED_CLOSING = rx(r"(?:姊妹|友好)(?:城市|市|縣|州)$")


#: A school referred to (該校), and what follows it of the person's title (該校國際處).
_THAT_SCHOOL = rx(r"該校(.*)")


#: The tie written after the partner's country, before its city's body (美國姊妹市某市
#: 議會, 姊妹市某市議會): what the place is to us, the country before it kept.
_TIE_AFTER_COUNTRY = rx(
    r"^([\u4e00-\u9fff]{0,8}?)(?:" + _SISTER_CITY + r"|友好城市)(?=[\u4e00-\u9fff]{3})"
)


#: A body's name going on from a foreign country toward the home one: 在臺, 駐臺, 臺灣.
_TOWARD_HOME = rx(r"^(?:在|駐)?臺")


#: A publication's name in its marks (日本《某某新聞》, 《某某日報》), maybe after its
#: country: the name, a body's.
_PUBLICATION_MARKS = rx(r"([^、及與和,《》]*?)《([^《》]+)》")


#: A run of Chinese characters ending a text: 某某大學 of 拜會某某大學.
_HAN_CLOSING = rx(_HAN.pattern + "$")


#: What parts the words before a body's kind from its name: 與某某大學, 拜會某市之某某公司.
#: (由 but not of 自由: 某某自由貿易區管理局 is one name; a verb of calling on the body:
#: 參訪某港務局並拜會該局執行長某某, 赴某國訪問某管理局)
_AFFILIATION_BREAK = rx(r"[與及和暨的之向在對]|(?<!自)由|參訪|拜會|拜訪|訪問(?!團)")


def alternatives(words: Iterable[str]) -> str:
    """The words as one alternation of a pattern, taken as written, the longest first
    (某某大學 before 大學): the kinds of body the lexicon lists, for 該大學, 某某協會."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


#: What a body or its place is to us, written before its name with its place (釜山姊妹校
#: 某某女子高等學校, 姊妹校某某高中; 某國某市姊妹市某某大學, 某市友好城市某某學院: a body
#: of our sister city): no part of the name.
_TIE_OPENING_BODY = re.compile(
    r"^[\u4e00-\u9fff]{0,10}?(?:姊妹校|姊妹市|姐妹市|姊妹城市|友好城市|友好市)"
    r"(?=[\u4e00-\u9fff]{4})"
)
#: Words describing a body of the tie itself, written between the tie and its kind
#: (姊妹市 + 國際 + 協會, 友好交流協會, 友好城市 + 交流 + 協議會, 國際姊妹市 + 推動 + 協會):
#: no proper part of a body's own, the tie word being part of the name.
_DESCRIBING_TIE_BODY = re.compile(r"^(?:國際|友好|交流|推動|促進|親善|友誼|合作|聯誼|發展)+")


#: A publication's name in 《》 closing the words before a title (某國《某某報》總編輯).
_PUBLICATION_CLOSING = rx(r"《([^《》]{1,30})》$")


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


#: A school's head named right after it, then 與 (甲校校長某某與該校校長…): the other
#: side of a pair, so 該校 after it is not that school.
_OTHER_SIDES_HEAD = rx(r"[^,;。與]{1,12}與$")


#: Kinds of body (org_kinds.csv) that 該校 refers to.
_SCHOOL_KINDS = ("school", "university")


#: Kinds of body (org_kinds.csv) that perform or play: a troupe, a team.
_TROUPE_KINDS = ("troupe", "team")


def _of_level(place: Place, kind: str) -> bool:
    """Whether a place is of the kind 該市/該縣 refers to (a district is of a city)."""
    return place.admin_level == kind or (
        kind == "city" and place.admin_level in ("city", "district")
    )


class BodyReading(ReaderContext):
    """Which body a name or person belongs to."""

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
                # 本府教育 + 局長: the city's own bureau the data knows; 本府財政 + 局長 (a
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
        untied = _TIE_OPENING_BODY.sub("", name)
        # (not 某市姊妹市 + 交流協會, 國際協會, 友好交流協會: a body of the tie itself, its
        # kind alone after it, or words describing it and its kind)
        described = _DESCRIBING_TIE_BODY.sub("", untied)
        name = untied if described not in self.lex.org_kinds else name
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
            short = city_body_name(bare, mention) or short
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

    def body_named(self, name: str, sentence: Sentence) -> str | None:
        """The id of the organization the rules make of a body written `name` in
        `sentence`, on its own (日本東京大學 → org:jp:tokyo:東京大學, placed in Tokyo;
        韓國釜山市議會 → org:kr:busan:議會): what a body a reader's correction names
        is (loaders.correcting). None when `name` does not end as a body's name does,
        or is one of the city's own."""
        self.sentence = sentence
        written = normalize(name)
        self._place_mentions(written)  # (a place no data knows, after its country: 美國某某市)
        return self._outside_body(written)

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
