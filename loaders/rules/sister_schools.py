"""Sister schools: ties between the city's schools and schools abroad (締結姊妹校)."""

from __future__ import annotations

import re

from graph.model import Label, RelType, TieStatus
from loaders.facts import told_in
from loaders.names import SCHOOL_SHORT_FORMS
from loaders.reading import normalize, rx
from loaders.rules.bodies import _SCHOOL_KINDS
from loaders.rules.context import Clause
from loaders.rules.grammar import (
    _AGREED_THEN_TO_SIGN,
    _AGREEMENT,
    _AGREEMENT_KIND,
    _AGREEMENT_PENDING,
    _BOTH_SIDES,
    _CLAUSE_BREAK,
    _COME,
    _DATE_PREFIX,
    _FUTURE,
    _GLOSS,
    _HOME_ACTOR,
    _HOME_SCHOOL_LEAD,
    _MUNICIPAL_FOUNDER,
    _NEGOTIATING,
    _RETURN_VISIT_OPENING,
    _SCHOOL,
    _SCHOOL_TIE_MADE,
    _SIGNING_PUT_OFF,
    _TIE_DISCUSSED,
    _TIE_TALKED_OF,
    school_name,
)
from loaders.rules.tie_common import TieCommon, _ends_a_place, _talks_going_on_after
from loaders.structure import Sentence

#: The witness's words before the parties they saw sign (某市長並見證本市甲校與乙校簽署,
#: 在王市長見證下甲校與乙校…, 由某局長觀禮，…): up to where the parties begin.
_WITNESSED = rx(r"^.*?(?:見證|觀禮|監簽)(?:之)?下?")

_SCHOOL_TIE = rx(r"姊妹校")

#: A tie told as made at a time named by words, not by the sentence's date (為兩校上半年
#: 締結姊妹校後首度之交流, 兩校去年結盟後): the date read before is not the tie's.
_TIE_MADE_EARLIER = rx(
    r"(?:上半年|下半年|去年|前年|先前|此前|稍早)(?:所|甫)?(?:締結|結盟|簽訂|簽署)"
)

#: A school named with its city's tie before it: 某市姊妹市某高中, 友好城市某高校; or with
#: its own (甲校與其姊妹校某國某市乙校: 某國某市乙校).
_SISTER_PLACE_BEFORE = rx(r"^.*?(?:姊妹|友好)(?:市|城市)(?=.{2})|^其?姊妹校(?=.{2})")

#: A school of the city called on (參觀市立某高中, 拜訪本市某國中): a side of the tie the
#: sentence goes on to tell both sides agreed on (雙方商定…締結姊妹校).
_HOME_SCHOOL_CALLED_ON = rx(
    r"(?:參觀|參訪|拜訪|拜會|前往|至)(?:本市)?((?:市立)?" + school_name("至之", founder=False) + ")"
)

#: A school named as the sister school visited: 至姊妹校本市某高中, 來訪姊妹校某中學.
_SISTER_SCHOOL_NAMED = rx(r"姊妹校(本市)?(" + school_name("至之") + ")")

#: A sister school written with the city's own word after 姊妹校 (來訪姊妹校市立某高中,
#: 姊妹校本市某國中): the school here, the other side the visitor's.
_OURS_AS_SISTER = rx(r"^姊妹校(?=本市|市立)")

#: The other school of a tie, after 與 (與某高等學校, 與當地某高等學校締結姊妹校).
_WITH_SCHOOL = rx(r"與(?:當地|該市|本市)?")

#: The two schools of a tie just named: 兩校自101年締結姊妹校以來.
_BOTH_SCHOOLS = rx(r"兩校|雙方學校")

#: A school's people led there, no place named after (由某女中校長率師生18人前往): the
#: school, its name before its head's title.
_SCHOOL_WENT = rx(
    r"^(?:並|另)?由(?:本市)?([\u4e00-\u9fff]{2,12}?)(?:校長|副校長|主任|教師|老師)"
    r"(?:親自)?率(?:領)?(?:該校)?(?:師生|學生|教師)[^,;。]{0,8}?前往。?$"
)

#: A tie being sought, written before it: 推動與某市締結, 爭取, 研議.
_SEEKING = rx(r"推動|爭取|研議|有意")  # 某校表示有意與本市某高中締結姊妹校: a wish

#: A tie named as what is wished, right after its kind (轉達與某大學締結姊妹校之意願,
#: 締結姊妹校的可能性): not made.
_TIE_WISHED_AFTER = rx(r"^[^,;。]{0,4}?(?:之|的)?(?:意願|意向|可能性?|可行性|構想)")

#: Going to a place or body named next, opening the words (並前往某大學, 赴某高中).
_GOING_TO_OPENING = rx(r"^(?:並|亦|另|再)*(?:前往|赴|至|到|拜會|拜訪)")


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
        if _OURS_AS_SISTER.match(school):
            return True  # 某高等學校師生來訪本市姊妹校市立某高中: the one here
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


#: A tie named as a matter dealt with (締結姊妹校一案, 締結姊妹市一事): its topic, which
#: the words after it tell the state of, not a tie told as made.
_TIE_AS_MATTER = rx(r"(?:一案|一事|案)$")


def _school_tie_discussed(text: str, tie: re.Match[str]) -> bool:
    """Whether the clause `text` tells talks on its sister-school tie `tie`, written
    around it (就締結姊妹校事宜展開洽談, 就締結姊妹校一事進行協商), not talks to come."""
    discussed = _TIE_DISCUSSED.search(text)
    return bool(
        discussed
        and discussed.start() <= tie.start() < discussed.end()
        and not _FUTURE.search(text)
    )


class SisterSchoolRules(TieCommon):
    """Which schools are tied, since when, and whether the tie is made yet."""

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
        ours = self._home_body(_OURS_AS_SISTER.sub("", schools[0]))  # 姊妹校市立某高中
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
