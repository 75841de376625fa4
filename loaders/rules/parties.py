"""Who a clause's words stand for: the people named, or taken up by a pronoun or by
surname and title, and the bodies whose names a place opens."""

from __future__ import annotations

from graph.model import RelType
from loaders.names import body_name, edge_words, person_name
from loaders.people import titles_written_at
from loaders.reading import rx
from loaders.rules.base import ReaderBase
from loaders.rules.context import Clause
from loaders.rules.grammar import (
    _BOTH_SIDES,
    _HAN,
    _ITEM_CHAR,
    _LEADER_VERB,
    _PRONOUN_PERSON,
    _QUOTED_TEXT,
)

#: A verb of leading or forming a group (某市市長率領之代表團, 某市政府派員組成之交流團):
#: no part of a body's name, which ends before it.
_LEADS_OR_FORMS = rx(_LEADER_VERB + r"|組成|籌組|派員|派遣")

#: A run of a name's characters, up to a mark, a gloss or a joiner of a list.
_NAME_RUN = rx(_ITEM_CHAR + "+")


#: A word of the sentence right after a place that is its subject (某市為…, 某市因當地…,
#: 某市則…): what follows is no body's name.
_WORD_AFTER_SUBJECT = rx(r"[為因則亦也將已並與及和在於是係乃即均皆]")
#: 港 right after a place's name, closing an item of a list (…及美國某某港等): the port.
_PORT_CLOSING_ITEM = rx(r"港(?=[、及與和暨等,;。]|$)")
#: Kinds of a body's own unit that acts for it, named after it (某協會 + 合唱團, 某大學 +
#: 棒球隊, 某少棒聯盟 + 隊): the unit is the body named.
_UNIT_KINDS = ("team", "troupe")
#: A division's kind and its one-character endings (某某科, 某某課, 某某室), which open
#: longer words too (科技, 科學: 某某科技大學).
_DIVISION = "division"
_DIVISION_ENDINGS = "科課室"
#: How far past a place a body's name it opens may end: a district and a team
#: (某市某某區少年足球隊) run to eleven characters.
_LONGEST_BODY_AFTER_PLACE = 12


class PartyRules(ReaderBase):
    def _people_in(self, span: str) -> list[str]:
        """The people `span` names, in full or by surname and title once named in full
        (王大明, later 王市長; 喬治‧史密斯, later 史密斯市長), none of the city's own."""
        found = [pid for name, pid in self.people.items() if name in span]
        found += self._by_surname_and_title(span)  # 面邀安市長出席…: 安相英, named before
        return [pid for pid in dict.fromkeys(found) if not self._of_home(pid)]

    def _person_taken_up(self, clause: Clause, at: int) -> str | None:
        """The person a pronoun at `at` in the clause (其, 渠) takes up: the one named
        last before it in the sentence or the one before (拜會某市市長王大明，並邀請其
        出席…), not of the city."""
        if not _PRONOUN_PERSON.match(clause.norm, at):
            return None
        said = self.previous.norm if self.previous else ""
        said += clause.sentence.norm[: clause.start + at]
        named = [
            (said.rfind(name) + len(name), pid)
            for name, pid in self.people.items()
            if name in said and not self._of_home(pid)
        ]
        return max(named)[1] if named else None

    def _quoted_body_of(self, text: str, start: int, end: int) -> str | None:
        """The body quoted right after the place at `start:end` (某市「某某保存會」)."""
        return self._body_named_from(text, start, end) if _QUOTED_TEXT.match(text, end) else None

    def _body_named_from(self, text: str, start: int, end: int) -> str | None:
        """The body whose name the place at `start:end` opens, when its people are
        spoken of (某市港務局局長王大明, 某市議會議員李小華): the first run after the place
        ending like a body; None for a bureau (its city's) or none, or after 兩市 (兩市
        港務局局長: each city's, no one body)."""
        if _BOTH_SIDES.fullmatch(text[start:end]):
            return None
        quoted = _QUOTED_TEXT.match(text, end)  # 某市「某某保存會」: the body named, quoted
        if quoted is not None:
            kind = self.lex.org_kind(quoted.group(1))
            return self._outside_body(quoted.group(1)) if kind not in (None, "bureau") else None
        run = _NAME_RUN.match(text, start)
        words = run.group() if run else ""
        verb = _LEADS_OR_FORMS.search(words, end - start)
        words = words[: verb.start()] if verb else words  # (某市市長率領之市府代表團)
        longest = end - start + _LONGEST_BODY_AFTER_PLACE
        for stop in range(end - start + 2, min(len(words), longest) + 1):
            kind = self.lex.org_kind(words[:stop])
            if kind is not None:
                stop = self._whole_body_name(words, stop, kind, longest)
                return None if kind == "bureau" else self._outside_body(words[:stop])
        return None

    def _whole_body_name(self, words: str, stop: int, kind: str, longest: int) -> int:
        """Where a body's name ends whose first kind ending is followed by a unit of the
        same kind (某某大學 + 設計學院, 某某大學 + 音樂學院: the unit is the body named) or a
        team or troupe of it (某某聯盟 + 隊, 某某協會 + 合唱團), or whose first ending is a
        division's one character opening a word of a longer name (某某科 + 技大學, 某某科
        + 技公司: the 科 of 科技): the whole run; `stop` when none follows."""
        opens_word = kind == _DIVISION and stop >= 1 and words[stop - 1] in _DIVISION_ENDINGS
        first_begins = stop - len(self.lex.org_ending(words[:stop]) or "")
        for longer in range(min(len(words), longest), stop, -1):
            longer_kind = self.lex.org_kind(words[:longer])
            same = longer_kind in (kind, *_UNIT_KINDS) or (opens_word and longer_kind is not None)
            ending = self.lex.org_ending(words[:longer]) or ""
            begins = longer - len(ending)
            if first_begins < begins < stop:
                continue  # 某高中 + 學生: 中學 straddles 高中's end, no word of its own
            if any(len(title) > len(ending) for title in titles_written_at(words, begins)):
                continue  # 某課 + 課長, 某協會 + 會長: the ending opens the head's title
            if titles_written_at(words, stop):
                continue  # 某議會 + 議員某某率府議會: a member named, no unit of the body
            if same and _HAN.fullmatch(words[stop:longer]):
                return longer
        return stop

    def _port_named_at(self, text: str, start: int, end: int) -> str | None:
        """The port a place's name and 港 name as an item of a list of parties (邀請甲市、
        乙市及美國某某港等港灣城市與港埠機構參加): the port, a body of that city."""
        if not _PORT_CLOSING_ITEM.match(text, end):
            return None
        mentions = self._place_mentions(text[start:end])
        if not mentions or mentions[-1].place.label != "City":
            return None
        return self._organization(text[start:end] + "港", "authority", mentions[-1].place)

    def _body_written_after(self, text: str, start: int, end: int) -> str | None:
        """The body whose name the place at `start:end` opens, written plainly (某市某某
        保存會): not a group the place sends (某市組成市民交流團), a bureau (its city's),
        nor words of the sentence after the place (某市為…, 某市因當地…), nor after 兩市
        (each city's)."""
        if _BOTH_SIDES.fullmatch(text[start:end]):
            return None
        run = _NAME_RUN.match(text, start)
        words = run.group() if run else ""
        for stop in range(end - start + 2, min(len(words), end - start + 8) + 1):
            kind = self.lex.org_kind(words[:stop])
            if kind is not None:
                stop = self._whole_body_name(
                    words, stop, kind, end - start + _LONGEST_BODY_AFTER_PLACE
                )
                name = words[:stop]
                if self._words_of_the_sentence(words, stop, end - start):
                    return None
                plain = kind not in ("bureau", "delegation") and body_name(name) == name
                plain = plain and not _WORD_AFTER_SUBJECT.match(name, end - start)
                return self._outside_body(name) if plain and _HAN.fullmatch(name) else None
        return None

    def _words_of_the_sentence(self, words: str, stop: int, after_place: int) -> bool:
        """Whether what follows the place in the run up to `stop`, ending like a body,
        is the sentence's words, not the body's name: a word no name opens with (某市由
        該市某課, 某市派遣某隊, 某市位於某國西部), a title and a person's name (某市市長
        艾斯科: the name's last character no division's 科), or a person's name and a
        title holding the ending (某州曹某某首席部長)."""
        rest = words[after_place:stop]
        if rest.startswith(edge_words().opening):
            return True
        if any(after_place + len(t) > stop for t in titles_written_at(words, after_place)):
            return True  # 某州首席部長: the place's title, holding an ending (部)
        titles = titles_written_at(rest, 0)
        ending = self.lex.org_ending(words[:stop]) or ""
        between = rest[len(titles[0]) : len(rest) - len(ending)] if titles else ""
        if between and person_name(between) == between:
            return True  # (not 某州州長辦公室國際貿易處: an office of the title)
        return self._person_titled_after(words, after_place, stop - len(ending))

    def _person_titled_after(self, words: str, after_place: int, ending_at: int) -> bool:
        """Whether a person's name (opening with a listed surname) follows the place,
        then a title holding the body's ending (某州曹某某首席部長: 部 is the title's, no
        body's)."""
        opening = (words[after_place : after_place + n] for n in (1, 2))
        if not any(surname in self.lex.surnames for surname in opening):
            return False
        for at in range(after_place + 2, ending_at):
            titles = titles_written_at(words, at)
            written = words[after_place:at]
            if titles and at + len(titles[0]) > ending_at and person_name(written) == written:
                return True
        return False

    def _invitees_of(self, people: list[str], event_id: str) -> list[str]:
        """The invitees of the event that the people stand for: a body whose title one
        holds, or the place it is in (某市議會議員某某擔任與談人: 某市, invited, was there
        through her; 某港務局局長某某致詞: the authority)."""
        bodies = [
            r.target
            for r in self.facts.relations.values()
            if r.type == RelType.HOLDS_TITLE and r.source in people
        ]
        bodies += [
            r.target
            for r in self.facts.relations.values()
            if r.type == RelType.LOCATED_IN and r.source in bodies
        ]
        invited = {
            r.target
            for r in self.facts.relations.values()
            if r.type == RelType.INVITED
            and r.source == self.home
            and r.properties.get("event") == event_id
        }
        return [body for body in dict.fromkeys(bodies) if body in invited]
