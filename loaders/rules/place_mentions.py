"""Places a clause names: cities and countries found by the gazetteer, those written
after their country or region, glossed in brackets, or named again short."""

from __future__ import annotations

import re
from dataclasses import replace

from graph.model import Label
from loaders.gazetteer import Place, PlaceMention, slug
from loaders.reading import normalize, rx
from loaders.rules.context import _PLACE_SUFFIX_CLOSING, _SHORT_CITY, Clause, ReaderContext
from loaders.rules.grammar import (
    _BODY_NAME_END,
    _CITY_NAME_TEXT,
    _FRIENDSHIP_KIND,
    _HAN,
    _HAN_WORDS,
    _HOME_PARTY,
    _ORG_RUN_BREAK,
    _PARENS,
    _SISTER_KIND,
    occurrences,
)
from loaders.structure import numeral_value

_ANAPHORA = {
    "該市": "city",
    "該縣": "admin1",
    "該省": "admin1",
    "該州": "admin1",
    "當地": "any",
    "兩市": "city",
    "兩港市": "city",  # 雙方就兩港市締結友好城市事宜洽談: the two port cities
    "兩城市": "city",
    "兩地": "place",  # 兩地正式成為友好城市: a city or a prefecture, not a country
}


#: The name of a place an English gloss may identify: a city (某某市), or a place of a
#: kind no administrative suffix covers (某某環礁, an atoll; 某某島, an island).
_GLOSSED_PLACE_NAME = rx(r"[\u4e00-\u9fff]{2,8}(?:市|環礁|島)")


_CITY_NAME_CLOSING = rx(_CITY_NAME_TEXT + "$")


#: A city listed after another: 、某某市 of 某國甲市、某某市及丙市 (the name runs to the
#: first 市 or 縣, not a 縣市 of a collective noun).
_LISTED_CITY = rx(r"[、及和暨]([\u4e00-\u9fff]{1,10}?[市縣])(?![市縣])")


#: Cities listed by bare names after one written with its country, closed by their count
#: and the suffix they share: 、乙、丙三市 of 某國甲、乙、丙三市 (the names, then the suffix).
#: At most nine after the first (the count is one numeral, 兩 to 十, and must match):
#: unbounded, a long run of 及/和/暨 — also name characters — backtracks exponentially.
_BARE_NAMES_COUNTED = rx(
    r"((?:[、及和暨][\u4e00-\u9fff]{2,4}?){1,9})([兩二三四五六七八九十])(市|縣)"
)


#: A city named after its country and the tie it has with the city: 某國姊妹市某某市,
#: 某國友好城市某某市 (the country is the city's, the tie word between them).
_TIED_CITY_AFTER_COUNTRY = rx(
    "(?:" + _SISTER_KIND + "|" + _FRIENDSHIP_KIND + r")([\u4e00-\u9fff]{1,10}?[市縣州])(?![市縣])"
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


#: The most characters a mission's name goes on after a city it holds (駐某市|臺北經濟
#: 文化辦事處).
_MISSION_NAME_LENGTH = 12


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


class PlaceMentions(ReaderContext):
    """Which places a clause names, and where."""

    def _place_mentions(self, text: str) -> list[PlaceMention]:
        """Place mentions, reading through English in parentheses (某國(Somecountry)某某市)."""
        found = [self._in_context(m) for m in self._mentions_through_parens(text)]
        found = self._of_that_country(text, found)
        found = [self._identified(m) for m in self._glossed_places(text, found)]
        found = self._listed_in_country(text, found)
        found = self._tied_after_country(text, found)
        found = self._towns_of_subdivision_before(text, found)
        if any(not (m.country_prefix or m.suffix) for m in found):
            names = self._name_spans(text)
            found = [m for m in found if not self._inside_a_name(m, names)]
        for mention in found:
            name = self._name_alone(mention)
            if name is not None:
                self.unknown_places.setdefault(name, mention.place)
        return self._unknown_named_again(text, found)

    def _towns_of_subdivision_before(
        self, text: str, found: list[PlaceMention]
    ) -> list[PlaceMention]:
        """The towns a clause names apart (參訪周邊之某某町) of the subdivision a clause
        before named last (訪團抵達某縣，…；訪團另參訪…之某某町), where the clause names
        no subdivision itself (the gazetteer read those) nor a place at home (參訪本市某區
        之客家村: a village here)."""
        # (the city's own words for itself, 本市, 本府: somewhere at home)
        if _HOME_PARTY.search(text) or any(
            m.place.admin_level == "admin1" or m.place.country == self.home_place.country
            for m in found
        ):
            return found
        last = next((p for p in self.state.recent_places if p.id != self.home_place.id), None)
        if last is None or last.admin_level != "admin1":
            return found
        return self.gaz.towns_named_apart(text, found, last)

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
