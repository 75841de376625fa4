"""Clauses and the events they name: a clause's dates, places and events, an event
named short or again, its edition, host and days."""

from __future__ import annotations

import re
from dataclasses import replace

from graph.model import Label, RelType
from loaders.dates import DateSpan, is_recurring
from loaders.events import (
    CELEBRATION_KIND,
    EventMention,
    edition_id,
    event_kind,
    event_suffixes,
    find_events,
    without_gloss,
)
from loaders.facts import id_fragment
from loaders.reading import normalize, rx
from loaders.rules.context import _TIME_TO_COME_WORD, Clause, ReaderContext
from loaders.rules.grammar import (
    _ATTEND,
    _CLAUSE_BREAK,
    _COME,
    _DATE_PREFIX,
    _EVENT_ANAPHOR,
    _GO,
    _HOLDS,
    _PERFORMED_IN_NAMED,
)
from loaders.structure import Sentence

#: Put off to a later time: 延期至明年, 延至2021年, 延後至110年, 延至今年10月.
_POSTPONED = rx(r"(?:延期|延後|順延|延)至(明年|今年|本年|\d{2,4}年)")


#: A festival named as the time of a wish, with no name quoted (有意於明年玫瑰節引進
#: 龍舟競賽, 希望於明年某某祭期間…): when the wish would be carried out, no event told.
_WISH_TIME = rx(r"(?:有意|希望|盼望?|期盼|考慮)於(?:明年|來年|下屆|明年度)?$")


#: What follows an event a party joins or holds (參加, 出席, 舉辦…, or in its days: 期間
#: 率團來高參加): not a wish's time.
_EVENT_ACTED_ON = rx(
    r"(?:(?:期間|時)[^,;。]{0,6}?)?(?:參加|參與|出席|與會|參賽|參展|演出|舉辦|舉行|主辦)"
)


#: A sentence that is only a name in quotes (（２）「某某文化節」。): an item titled by
#: the event its later sentences tell of.
_TITLE_SENTENCE = rx(r"^「[^「」]+」[。.]?$")


#: A clause closing on a verb of holding or joining with no object (本府於11月12日至14日
#: 舉辦, …前往某市參加, …百餘人應邀出席): it holds or joins the event the item is titled by.
_BARE_VERB_CLOSING = rx(r"(?:" + _HOLDS + r"|舉行|" + _ATTEND + r")[。.]?$")


#: An event named as what another place holds: 「…」主辦城市某國某市, 「…」主辦國某國.
#: The event qualifies the host named after it; it is not what the text goes on about,
#: and the city that writes is not its host.
_HOST_NAMED_AFTER = rx(r"^(?:之)?主辦(?:城市|國家?|地)(?!之身)")


#: A year in four digits ending the words before an event: 本市主辦2013年(大會).
_YEAR_CLOSING = rx(r"(\d{4})年?$")


#: A date first set, later moved: 原訂今年11月舉辦, 原定於…(unlike _NOT_HELD, no 延後 or 取消).
_FIRST_SET = rx(r"原訂|原定")


#: An event told by a short form of two characters before its opening or closing
#: ceremony: 亞運開幕典禮, 世運閉幕式.
_SHORT_EVENT = rx(r"(?:(?<=[之的])|(?<![\u4e00-\u9fff]))([\u4e00-\u9fff]{2})(?=開幕|閉幕)")


#: An event joined by its kind alone, the name told before: 出席研討會時, 參加論壇期間.
_KIND_JOINED = rx(r"(?:出席|參加|參與)(研討會|論壇|高峰會|博覽會|年會)(?=時|期間|並|後|,|;|。|$)")


#: The kinds of event a city holds as a part of its own festival, within its days: an
#: evening party, a reception (某某晚會, 某某茶會, 某某酒會).
_PART_KINDS = frozenset(("celebration", "reception"))


#: The kind closing a celebration's name (events.CELEBRATION_KIND): the words before it
#: name the occasion.
_CELEBRATION_KIND = re.compile(CELEBRATION_KIND + "$")


#: A day followed by the event's opening, or by its closing (四月五日開幕、七日閉幕的「…」).
_OPENED_ON = re.compile(r"(?:上午|下午|晚間)?(?:開幕|揭幕|開始)")


_CLOSED_ON = re.compile(r"(?:上午|下午|晚間)?(?:閉幕|落幕|結束)")


def _names_event_again(text: str) -> bool:
    """Whether `text` speaks again of the event just named, by 該 and its kind's word
    (該博覽會, 該研討會)."""
    return any(f"該{suffix}" in text for suffix in event_suffixes() if len(suffix) >= 2)


def _wish_time(text: str, mention: EventMention) -> bool:
    """Whether an event named unquoted is only the time a wish would be carried out at
    (表示有意於明年玫瑰節引進龍舟競賽): no edition the text tells of."""
    return (
        text[mention.start : mention.start + 1] != "「"
        and bool(_WISH_TIME.search(text[: mention.start]))
        and not _EVENT_ACTED_ON.match(text, mention.end)
    )


def _opened_then_closed(norm: str, spans: list[DateSpan]) -> tuple[DateSpan, DateSpan] | None:
    """The day an event opened and the day it closed, each written before its word
    (四月五日開幕、七日閉幕的「某論壇」): its first and last days."""
    days = [d for d in spans if d.precision == "day" and d.end is None]
    opened = [d for d in days if _OPENED_ON.match(norm, d.text_end)]
    closed = [d for d in days if _CLOSED_ON.match(norm, d.text_end)]
    if opened and closed and opened[0].start < closed[-1].start:
        return opened[0], closed[-1]
    return None


class EventMentions(ReaderContext):
    """The clauses of a sentence and the events each names."""

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
        """Who holds the events the clause names: read by HostingRules (hosting.py), which overrides
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
            # 明年之某市燈會, 明年再度組團參加某市燈會: the year word, read as a date
            year_word = mention.year_word_at
            said = [
                d
                for d in clause.dates
                if 0 <= at - d.text_end <= 2
                or (year_word is not None and d.text_start == clause.start + year_word)
            ]
            if said and (mention.offset or year_word is not None):
                year = said[-1].year
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
