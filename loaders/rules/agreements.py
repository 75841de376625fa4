"""Agreements: MOUs and other agreements signed or to be signed (簽署「…備忘錄」,
簽訂…協議), with their title, date, parties and status."""

from __future__ import annotations

import re

from graph.model import Label, Relation, RelType, TieStatus
from loaders.dates import DateSpan
from loaders.facts import told_in
from loaders.reading import rx
from loaders.rules.context import Clause
from loaders.rules.grammar import (
    _ACCOMPANIES,
    _ADVERB_TAIL,
    _AGREEMENT,
    _AGREEMENT_KIND,
    _AGREEMENT_KINDS,
    _AGREEMENT_NOUN,
    _AGREEMENT_PENDING,
    _DATE_DIGITS,
    _FRIENDSHIP_KIND,
    _FRIENDSHIP_SIGNING,
    _FUTURE,
    _GLOSS,
    _HALF_OF_YEAR,
    _HAN,
    _HOME_ACTOR,
    _HOME_GOVERNMENT,
    _NUMERALS_OF_DATE,
    _PLAN_FIELD,
    _PRONOUN_PERSON,
    _QUOTED_NAME,
    _REMOTE,
    _SCHOOL,
    _SCHOOL_TIE_MADE,
    _SCHOOLS_COUNTED,
    _SIGNING,
    _SISTER_KIND,
    _SISTER_SIGNING,
    _TALKS_ON,
    _THAT_BODY_KIND,
    _TITLE_OPENING,
    _WITNESS,
    SCHOOL_ENDINGS,
)
from loaders.rules.tie_common import TieCommon, _ongoing_talks, _talks_going_on_after, _within
from loaders.structure import Sentence

#: A date in digits opening a clause: 3月1日,本府….
_DATE_OPENING = rx("^" + _DATE_DIGITS + ",?")

#: A date in digits or Chinese numerals ending a clause after 於: 某大學於3月12日,
#: 某廳於一月二十三日.
_ON_DATE_CLOSING = rx("於(?:" + _DATE_DIGITS + "|(?:" + _NUMERALS_OF_DATE + "|至)+)$")

#: Another clause of the same occasion: 會後, 隨後, 同日, 當日, 當天, 席間.
_SAME_OCCASION = rx(r"會後|隨後|同日|當日|當天|席間")

#: An agreement named as what the sentence carries out (為落實本年3月所簽署之…備忘錄,
#: 為執行雙方簽訂之…協議): the sentence goes on to deal with its partner.
_AGREEMENT_CARRIED_OUT = rx(r"^(?:為|以)(?:落實|執行|推動|延續)")

#: Talks that are what a party came or went for (某課長至本府洽談簽訂…事宜, 赴該市洽商…):
#: the errand of a trip, not the state of the agreement.
_TALKS_ERRAND = rx(r"(?:至|到|赴|來|前往|抵)[^,;。「」]{0,10}$")

#: Talks on signing an agreement named after the verb (同意就簽署「…」進行洽談, 就簽訂
#: 「…」持續協商): still negotiated.
_SIGNING_TALKED_OF = rx(
    r"就簽(?:署|訂)「[^「」]*」[^,;。「」]{0,8}?(?:進行|展開|持續)?(?:洽談|磋商|協商|洽商)"
)

#: Agreements that are ties themselves (read by the tie and sister-school rules).
_TIE_AGREEMENT = rx(_SISTER_KIND + r"|姊妹校|" + _FRIENDSHIP_KIND + r"(?:協議|協定)")

#: Acting under an agreement of the two cities (依據兩市公務員交流協議, 根據雙方所簽之
#: 某某備忘錄): its name, which tells it was made.
_ACTING_ON_BOTHS_AGREEMENT = rx(
    r"(?:依據|根據|依照|依循|基於)(?:兩市|雙方)(?:所簽(?:署|訂)?)?(?:之|的)?"
    r"([\u4e00-\u9fff]{0,12}?(?:" + _AGREEMENT_KINDS + r"))"
)

#: An agreement acted on that was not made, or is the tie's own: its name holding a
#: clause (研擬中之…, 即將簽署之…, 締結姊妹市時所簽之協定書) or a draft after it (…協議草案).
_AGREEMENT_NOT_MADE = rx(r"擬|即將|原訂|預計|締結|結為|之|的|時")

_AGREEMENT_DRAFTED = rx(r"草案|草稿|初稿")

#: A place named as a venue (在某市, 於某市): no party to what is done there.
_VENUE_BEFORE = rx(r"(?:在|於)$")

#: An agreement referred back to by its kind (簽署該協定, 此一協議, 前述備忘錄).
_AGREEMENT_REFERRED = rx(r"(?:該|此|前述|上述|上開|前開)(?:一|項|份)?(?:" + _AGREEMENT_KINDS + ")")

#: A bureau of the city's government signing for it (本府教育局與…, 市府觀光局與…):
#: the parties are bodies, no tie's agreement between the cities.
_HOME_BUREAU_SIGNS = rx(_HOME_GOVERNMENT + r"[\u4e00-\u9fff]{1,6}?(?:局|處)(?:與|和|及)")

_AGREEMENT_TITLE = rx(r"[「《]([^「」《》]*(?:" + _AGREEMENT_KINDS + r"|宣言))[」》]")

#: An agreement named as made before, not signed in the clause: 簽署之「…」, 所簽訂的….
_AGREEMENT_NAMED = rx(r"(?:簽(?:訂|署|定|立)|續(?:簽|訂))(?:之|的)")

#: A signing a since-date is told of, read from after the date (自民國105年簽署「…」以來):
#: the year is the signing's (matched at the date's end; not 締結姊妹市以來…，…簽署).
_SINCE_SIGNED = rx(r"[^,;。]*?簽(?:訂|署|定|立)[^,;。]*?(?:以來|迄今|至今)")

#: How a party acted, written between its name and the verb (某基金會以視訊方式簽署,
#: 某大學透過線上會議簽署, 某公司於線上簽署): no part of the name.
_MANNER_TAIL = rx(
    r"(?:(?:以|透過|經由|採|藉由)[^,;。與]{0,8}?(?:方式|連線|會議|形式|平台)"
    r"|(?:於|在)?(?:" + _REMOTE + r"))$"
)

#: Where a party acted, written between its name and the verb (某辦事處於市府簽署,
#: 某公司在本市簽約, 某協會於高雄展覽館簽署): no part of the name.
_VENUE_TAIL = rx(
    r"(?:於|在)(?:本府|市府|本市|市政府|[^,;。與於在]{1,10}?(?:館|廳|中心|大樓|會場|飯店|酒店))$"
)

#: An agreement's name between a verb of doing or witnessing and its signing (完成某某
#: 合作備忘錄簽署, 完成某某協議之簽訂, 見證兩市某某合作備忘錄之簽署).
_AGREEMENT_NOUN_SIGNED = rx(
    r"(?:完成|辦理|進行|見證|出席|觀禮)([\u4e00-\u9fff]{0,12}?(?:" + _AGREEMENT_KINDS + r"))"
    r"(?:之|的)?$"
)

#: The fields of an agreement, within one clause: 雙方將在觀光、教育等方面 (not from
#: 在臺辦事處 on to a later 方面).
_FIELDS = rx(r"在([^,;。「」]+?)(?:等)?方面")

#: A signatory acting for a body, the home side after it (代表某州經濟發展廳與本府建設局
#: 簽署): the body acted for (1) and the home side's words (2).
_SIGNED_FOR = rx(r"代表([\u4e00-\u9fff]{2,24}?)與([^,;。與]{1,12})$")

#: A place's own government, which signs as the place: 市政府, 縣廳, 市役所.
_GOVERNMENT = rx(r"(?:市|縣|州|省|都|道|府)?(?:政府|府|廳|役所|當局)")

#: What joins the fields of an agreement: 在經貿、觀光及教育等方面 (not 暨, as _JOINER).
_FIELD_JOINER = rx(r"[、及和與]")

#: The coming of the party named next, opening its name: (與)來訪之某局, 來高之某市.
_CAME_OF = rx(r"^(?:來訪|來高|來臺)?之")

#: Dealing with a party on a matter: 與某市某某服務局就垃圾分類經驗交流 (the party).
_DEALT_WITH_ON = rx(r"與([^,;。與及]{2,30}?)就")

_WITH_THAT_BODY = rx(r"與" + _THAT_BODY_KIND)

#: The city named as a place, a school of its own written after it (本市國立某某大學).
_CITY_ITSELF = "本市"
#: Schools told by their kind alone, counted, each or by who founded them (3所大學,
#: 多所大學, 各高中, 公私立大學, 市立高中): no school named.
_SCHOOLS_UNNAMED = rx(
    r"(?:各|" + _SCHOOLS_COUNTED.pattern + r"|公私立|國立|市立|私立|公立)+" + SCHOOL_ENDINGS
)

#: A partner named with its tie after 與 (與姊妹市某市, 與本市友好城市某市簽署…).
_WITH_TIED = rx(r"與(?:本市|本府)?(?:之|的)?$")

#: An agreement told by its kind alone, no name of its own: 合作備忘錄, 備忘錄, 交流協議.
_AGREEMENT_BY_KIND = rx(r"(?:合作|交流|友好|合作交流|交流合作)?(?:" + _AGREEMENT_KINDS + ")")


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


def _dated_signing(clause: Clause, signing_at: int) -> list[DateSpan]:
    """The date written right before the verb of an agreement named as made before
    (本年2月雙方簽署之「…」, 於2019年所簽訂之「…」): only who signed or 所 between."""
    return [
        d
        for d in clause.dates
        if d.text_end <= signing_at
        and _SIGNING_DATE_GAP.fullmatch(clause.sentence.norm[d.text_end : signing_at])
    ][-1:]


class AgreementRules(TieCommon):
    """Who signed which agreement, when, and whether it is signed yet."""

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
        school = _SCHOOL.fullmatch(subject)
        if school and _SCHOOLS_UNNAMED.fullmatch(school.group(1).removeprefix(_CITY_ITSELF)):
            school = None  # 本市3所大學, 各高中, 公私立大學: the city's schools, none named
        if school and subject.startswith(_CITY_ITSELF) and not self.lex.home_org(school.group(1)):
            return self._home_body(school.group(1))  # 本市國立某某大學與…簽署: the university
        if _HOME_ACTOR.match(subject) or self.lex.home_org(subject):
            return self.home
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

    def _party_or_its_body(self, party: str, other: str) -> bool:
        """Whether `other` is `party` or a body located in it (某市 and 某市觀光公社)."""
        return other == party or any(
            r.type == RelType.LOCATED_IN and (r.source, r.target) == (other, party)
            for r in self.facts.relations.values()
        )
