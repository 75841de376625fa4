"""Visits and meetings: delegations abroad (由…率團至…), delegations received
(…前來觀摩), and meetings (拜會, 會晤) with their dates."""

from __future__ import annotations

import itertools
import re
from collections.abc import Set
from dataclasses import dataclass, replace
from functools import cache, cached_property
from itertools import pairwise

from graph.model import Attendance, Label, Relation, RelType
from loaders.dates import DateSpan, _small_number, is_recurring
from loaders.events import edition_year, event_kind
from loaders.facts import dated_within, set_days, told_in
from loaders.gazetteer import Place
from loaders.lexicon import lexicon
from loaders.names import body_name
from loaders.people import ADDRESS_FORMS
from loaders.reading import normalize, rx
from loaders.rules.base import (
    _GOVERNMENT_KINDS as _PUBLIC_BODY_KINDS,
)
from loaders.rules.base import (
    _SCHOOL_KINDS,
    _TROUPE_KINDS,
    Clause,
    ReaderBase,
    in_quoted_speech,
)
from loaders.rules.grammar import (
    _ABSENT,
    _ACCOMPANIES,
    _ADVERB_OPENING,
    _AFTER_AN_ACT,
    _AFTER_AN_ACT_WITHIN,
    _AGREEMENT,
    _ALONG_WITH,
    _ALONG_WITH_HOME,
    _ALONG_WITH_THAT,
    _ANOTHER_COMING,
    _ASKED_TO_BRING,
    _AT_HOME_SEAT,
    _AT_SEAT,
    _AT_THE_VENUE,
    _BODIES_RECEIVED,
    _BODY_ALONG,
    _BODY_NAME_END,
    _BY_BOTH_SIDES,
    _CAME_AS,
    _CAME_DOWN,
    _CAME_TO_COUNTRY,
    _CAME_WHEN,
    _CARD_FIELD,
    _CITY_GOVERNMENT,
    _CLAUSE_BREAK,
    _COME,
    _COMING_PROMISED,
    _COMING_WELCOMED,
    _COUNTRIES_AND_MORE,
    _COUNTRY_ALONE,
    _DATE_HEAD,
    _DATE_PREFIX,
    _DAYS_OWN_ACT,
    _DELEGATION,
    _DELEGATION_GOES_ON,
    _DELEGATION_LED,
    _DELEGATION_LED_BEFORE,
    _DELEGATION_SETS_OUT,
    _DELEGATION_STAYED,
    _DONE_TOGETHER,
    _DRAWING,
    _DURING_THE_STAY,
    _DURING_TRIP_ABROAD,
    _DURING_TRIP_OPENING,
    _ERRAND_DELEGATION,
    _FORMS_DELEGATION,
    _FUTURE,
    _GLOSS,
    _GLOSS_CLOSING,
    _GLOSS_OPENING,
    _GO,
    _GO_TO_ATTEND,
    _GOING_ELSEWHERE,
    _GONE_ABROAD,
    _GONE_BEFORE_RETURN_VISIT,
    _GROUP,
    _GROUP_LED,
    _GROUP_RETURNS,
    _GROUP_TAIL,
    _GROUPS_ARRIVE,
    _HALF_OF_YEAR,
    _HAN,
    _HAN_WORDS,
    _HANDED_IN_PERSON,
    _HEAD_OF_PLACE,
    _HEADING_GLOSS,
    _HELD_THERE,
    _HOLD_VERB,
    _HOME_ACCOMPANIED,
    _HOME_ACCOMPANYING,
    _HOME_ACTOR,
    _HOME_MET,
    _HOME_PARTY,
    _HOME_RECEIVES,
    _HOME_SCHOOL_LEAD,
    _HOME_SIDE,
    _HOME_TITLE_ONLY,
    _HOPED_OR_IF,
    _IN_LINE_WITH_CLAUSE,
    _IN_WRITING,
    _INVITE,
    _INVITED_BY,
    _INVITED_BY_HOME,
    _INVITES_HOME,
    _ITEM_PARTY,
    _ITEMS_FOLLOW,
    _ITINERARY_DAY_LINE,
    _JOIN,
    _JOIN_OPENING,
    _JOINER,
    _KEPT_AWAY,
    _LATIN_GLOSS,
    _LEADER_CHANGED,
    _LEADS,
    _LEADS_GROUP,
    _LEADS_OTHERS,
    _LEAVES_STOP,
    _LED_SCHOOL,
    _LED_TEAM,
    _LEFT_FOR_HOME,
    _LEG_OPENING,
    _LETTER_HANDED_OVER,
    _LIST_INVITED,
    _LIST_ITEM_BREAK,
    _MANNER_ONLY,
    _MEET,
    _MEETING_FILLER,
    _MEETING_NOT_HAD,
    _MEETING_PUT_OFF,
    _MEETING_RECALLED,
    _MEMBERS,
    _MEMBERS_LISTED,
    _MEMBERS_OF_BODY_LED,
    _MET_AT_STOP,
    _MET_PARTY,
    _MONTH_WRITTEN,
    _NO_SUBJECT,
    _NOT_HELD,
    _NOT_OUR_ROSTER,
    _NOTE_POINTER,
    _OFFICIAL_BY_SURNAME,
    _OVERVIEW_TITLE,
    _OWN_BODY,
    _PERFORMED_AT,
    _PERIOD_SUMMED,
    _PLACE_TITLE_ALONE,
    _PLAN_FIRST,
    _PRONOUN_PARTY,
    _QUOTED_TEXT,
    _RECEIVE,
    _RECEIVES_GUESTS,
    _RESPECTIVELY,
    _RETURN_VISIT_ABROAD,
    _RETURN_VISIT_OPENING,
    _RETURNS_ON,
    _ROSTER_LINE,
    _SCHOOL,
    _SCHOOL_LED,
    _SCHOOL_SENDS,
    _SEND,
    _SENDER_END,
    _SENT_TEAM,
    _SIGNING,
    _STAY,
    _STAY_UNTIL,
    _TALKS_ON,
    _TIME_OF_DAY_OPENING,
    _TOOK_PART,
    _TOPIC_PLACE,
    _TRIP_RECALLED,
    _VISITOR_HEADING,
    _VISITORS_FIELD,
    _WITH_HOME,
    _WITNESS,
    _YEAR_WRITTEN,
    school_name,
)
from loaders.structure import RELATIVE_DAY, Sentence

#: What opens the city's side of a meeting before its official: 由, 與, 本府 (由本府秘書長).
_HOST_OPENING = rx(r"^(?:由|與)?(?:本府|市府)?")

#: Holding an event (本府於2月19日至27日舉辦「…」): the days of such a clause are the
#: event's, not those of a coming told in a later clause.
_HOLDING_CLAUSE = rx(_HOLD_VERB)

#: How long the errand told between a body's name and its group's word may be
#: (某市議會都市更新考察團: 都市更新).
_ERRAND_LENGTH = 6

#: The kinds of body that are a city's government, standing for it (某市某局, 某市議會).
_GOVERNMENT_KINDS = frozenset(("bureau", "council"))


def _with_companions(text: str, spoken_of: list[tuple[int, str]], last: list[str]) -> list[str]:
    """The one named last in `text` and those he came along with, named before him and
    joined to him by 偕(同) (某市議員甲（gloss），偕某協會會長乙，於3月1日來訪: both came)."""
    if not last:
        return last
    named = sorted(spoken_of)
    came = list(last)
    escorting = [m.span(1) for m in _ESCORTING.finditer(text)]
    # 甲（gloss）、某處代表乙等先後南下拜會陳市長: a list closed by 等, all of it came
    listed = bool(named) and bool(_LIST_CLOSED_AFTER.match(text, named[-1][0]))
    for (at, pid), (after, _) in reversed(list(pairwise(named))):
        # 甲（gloss）一行，在某處所長乙陪同下，…來訪: the one escorted came with him
        escorted = any(at < start <= after < end for start, end in escorting)
        gap = text[at:after]
        in_list = listed and _LIST_ITEM_BREAK.search(gap) and not _CLAUSE_BREAK.search(gap)
        if not (_COMPANION.search(gap) or escorted or in_list):
            break  # 甲偕乙…: only those joined to the last, one to the next
        came.insert(0, pid)
    return list(dict.fromkeys(came))


#: A body's official leading its group, the words before the verb (某市港灣局山本局長亦率
#: 考察團…來訪): the body and the official, then adverbs.
_LEADS_FROM_BODY = rx(r"^([^,;。]{4,30}?)(?:亦|也|並|親自)*(?:率領|率)(?!先)")
#: A home school sending its people along with the city's delegation: 本市某高中亦派員
#: 隨團前往, 某國小並派師生隨團出訪.
_SENT_ALONG = rx(
    r"^(?:本市)?(" + school_name("至之由率") + r")(?:亦|並|也)*"
    r"(?:派員|派師生|派代表|派教師)隨團(?:前往|出訪|出國)?"
)
#: One named who went along with the city's delegation: 隨團訪問的某高中校長某某.
_MEMBER_ALONG = rx(r"^隨團(?:訪問|前往|出訪)(?:之|的)")
#: Sending someone to come: 某市政府派國際協力課李課長於6月19日來訪 (who was sent, then
#: the day and the coming).
_SENT_TO_COME = rx(r"派(?:遣)?([^,;。]{2,16}?)(?:於[^,;。]{1,14}?)?(?:來訪|來高|訪高|抵高|到訪)")
#: A body whose people are told among a visitor's party (隨行者有某管理局官員等一行六人,
#: 隨行人員包括某港務局代表): the body, before the words of its people.
_BODY_AMONG_PARTY = rx(
    # (由 of 自由 is no 由 of who acts: 某自由貿易區管理局)
    r"隨行(?:者|人員)(?:有|包括|計有)((?:自由|[^\s,、與及的至之由率]){2,24}?)(?:之)?"
    r"(?:官員|人員|代表|主管)"
)
#: The coming right after a visitor's companions unnamed: 偕同某港務局代表來訪, …主任拜會.
_CAME_ALONG_AFTER = rx(r"(?:等|一行)?(?:來訪|來高|訪高|到訪|前來|拜會|拜訪|訪問|蒞|抵|南下)")
#: Words of a signing: 簽約, 簽署, 簽訂, 簽字.
_SIGNING_WORD = rx(_SIGNING + "|簽字")
#: The verbs of calling on someone or a body: 拜會, 拜訪.
_CALLS_ON = rx(r"拜會|拜訪")
#: The verbs of calling on a body abroad, or touring it: 拜會, 拜訪, 參訪 (並參訪某港務集團).
_CALLS_ON_BODY = rx(r"拜會|拜訪|參訪|訪問(?!團)")
#: A body gone to, then the call on it (赴某港務局（Port of …）參訪): the body, its gloss
#: no part of it.
_GONE_TO_BODY = rx(r"(?:赴|前往|至)([^,;。赴]{2,30}?)(?:\([^()]*\))?$")
#: Going to or touring a school on a trip (前往某高中, 參觀某大學): a call on it too.
_GOES_TO_SCHOOL = rx(r"前往|參觀")
#: Schools counted, not named (當地多所中小學, 三所高中, 數所大學).
_SCHOOLS_COUNTED = rx(r"(?:多|數|幾|\d+|[一二三四五六七八九十兩]+)所")
#: A clause's subject before the one leading it (某市並由某某帶隊來高, 某市則由某某率團):
#: the words before 由.
_LED_SUBJECT = rx(r"^([\u4e00-\u9fff]{2,12}?)(?:並|則|亦|也)*由")
#: Coming along with another: 偕同, 偕, 陪同 (甲陪同乙來訪, 甲陪同乙南下: both came); or
#: the groups of two leaders listed as one coming (甲率領之某團，以及乙率領之某團，均…來訪;
#: 甲率議員一行9人、乙等，亦於本期到訪).
_COMPANION = rx(r"偕|陪同|,以及|、")
#: A clause opening with thanks (並感謝該市…派團來訪): what the thanked did, recalled.
_THANKS_OPENING = rx(r"^(?:並|亦|另)?(?:感謝|感激|致謝|謝謝)")
#: A list of people closed by 等 after the last one, in the same clause (…、乙（gloss）等
#: 先後南下): the list's close.
_LIST_CLOSED_AFTER = rx(r"[^,;。]{0,30}?等")
#: Who invited those who came, qualifying them (由某部邀請來華訪問之某記者團): the body.
_INVITED_HERE_BY = rx(r"^由([^,;。]{2,20}?)(?:邀請|邀)[^,;。]{0,8}?(?:之|的)")
#: Moving on from where one is to the next stop: 轉往某地, 轉赴某地.
_MOVES_ON = rx(r"轉往|轉赴")
#: Another doing what was planned instead (改由某某接見, 改為…).
_REPLACED_BY = rx(r"改由|改為|改派|另由")
#: A moving on only planned, or changed (原訂今日轉往臺北，因颱風延至明日).
_MOVE_PLANNED = rx(r"原訂|原定|預定|預計|擬")
#: The visitors as a group (一行, 該團, 訪團).
_VISITING_GROUP = rx(r"一行|該團|訪團|全團")
#: One escorting the guest named before, told as a circumstance (甲一行，在某處所長乙
#: 陪同下，…來訪): the escort, between 在 and 陪同下.
_ESCORTING = rx(r"在([^,;。]{2,40}?)陪同下")
#: A school's head, unnamed, leading its teachers or students (某市某中學校長率師生…).
_SCHOOL_HEAD_LEADS = rx(
    r"(" + school_name("至之由率") + r")校長(?:並|亦|也|親自)*"
    r"(?:(?:率領|率|帶領)(?:該校)?(?:師生|學生|教師)|來高|來訪|訪高|來臺|抵高)"
)
#: A sentence telling of the trip just told, as what it was: 此行為本府首度…訪問某地區,
#: 本次訪問為…, 此次出訪係….
_THIS_TRIP = rx(r"^(?:此行|此次|本次|該次)(?:訪問|出訪|行程|參訪)?(?:為|係|乃|是|不僅|除)")
#: Helping others take part or go (協助對方廠商參加當地商展, 協助業者前往某地參展): the
#: helper does not go.
_HELPS_OTHERS_GO = rx(r"協助[^,;。「」]{1,12}?(?:參加|參與|參展|前往|赴)")
#: A going that is the matter asked about or talked over (洽詢臺商赴某市投資設廠之相關事宜,
#: 洽談業者前往某市參展之可行性): no trip, whoever would go.
_GOING_ASKED_ABOUT = rx(
    r"(?:洽詢|詢問|探詢|洽談|商談|研商)[^,;。「」]{0,8}?(?:赴|前往)[^,;。「」]{1,16}?"
    r"(?:之|的)?(?:相關)?(?:事宜|可行性|可能性)"
)
#: ... unless the helper's own going is told before (率團赴某市協助…, 派員協助…赴某市).
_GOES_ITSELF = rx(r"率團|率隊|率員|派員|派團|組團|赴|前往")
#: A later clause remarking on what was just told (…，此為兩校締約後之首次回訪, …，此係
#: 斷交後首度…): no trip of its own.
_THIS_WAS = rx(r"^(?:此|這|此行|此次|本次|該次)(?:為|係|乃|是)")
#: The host the city's side was received by, before the verb: 承某市長某某於市政廳(接見),
#: 承蒙某知事親自(接待), 受到該市市長某某(設宴款待), 由該市市長某某(接見).
_RECEIVED_BY_HOST = rx(
    r"(?:承(?:蒙)?|受到|(?<![自理])由)([^,;。]{2,40}?)(?:於[^,;。]{1,12}?)?(?:親自)?(?:並)?$"
)
#: One escorting a guest here, the coming told: 由某國駐華大使館參事某某陪同南下 (來訪,
#: 來高, 抵高).
_ESCORTED_HERE = rx(r"由([^,;。由]{2,40}?)陪同(?:南下|來訪|來高|抵高|前來)")
#: The city's delegation as the one received, right after the verb (某市長某某於市政廳接見
#: 全體團員, 接見本團, 接見訪問團一行): the official named before the verb received it.
_OUR_PARTY_RECEIVED = rx(r"^(?:全體)?(?:團員|訪問團|訪團|本團|本府代表)")
#: An official receiving the city's side, opening a clause: 由某市副市長某某主持, 由該局
#: 副執行長某某親自簡報 (host of what it attended, or who briefed it).
_HOSTED_BY_OFFICIAL = rx(r"^由([^,;。]{2,40}?)(?:親自)?(?:主持|簡報|導覽|解說)")
#: A school taken up as 該校, sending its people: 該校並派學生16人來高, 該校另選派教師.
_THAT_SCHOOL_SENDS = rx(r"該校(?:並|亦|另|再|也)*(?:派遣|遴派|選派|派)")
#: The suffixes a place's name shares with its head's title (某某市 + 市長: 某某市長).
_SHARED_SUFFIX = "市縣州"


@cache
def _home_body_official() -> re.Pattern[str]:
    """A home body's official named in full or by surname, then the title, before the
    verb of a meeting: 與教育局王大明局長(會談), 由高雄市議會李小華議長親自(接待), 由建設局
    黃局長(接見). The group is the name (a home official only when the title read makes
    him one, or a surname alone: see _ours)."""
    lex = lexicon()
    bodies = sorted({n for org in lex.home_orgs for n in org.names}, key=len, reverse=True)
    titles = lex.titles_longest_first
    return re.compile(
        r"(?:與|由)(?:本府)?(?:"
        + "|".join(map(re.escape, bodies))
        + r")([\u4e00-\u9fff]{1,3}?)(?:"
        + "|".join(map(re.escape, titles))
        + r")(?:親自)?$"
    )


#: Days in brackets right after a stop of an itinerary: 甲市（4月9日至11日）.
_BRACKETED_DAYS = rx(r"\([^()]*\d[^()]*\)")


#: The city's own received back from a trip told after the verb (市長接見赴日本參加「…」
#: 榮獲冠軍之本市某隊): the trip was before the day of the reception.
_RECEIVED_BACK_FROM = rx(r"接見(?:赴|前往|飛往|遠赴)")
#: A coming told as done before, often, or wished for (曾多次來訪, 歡迎…前來, 邀請…來訪):
#: not on the day a sentence before opened with.
_ONCE_OR_WISHED = rx(r"曾|多次|屢次|歷年|歡迎|邀請|希望|盼")


@dataclass
class _Itinerary:
    """A trip abroad a sentence tells before the items that detail it (本府某副市長率團
    訪問甲國及乙國，行程如下：1.…訪問某市… 2.…轉赴某市…): its items are legs of it."""

    section: int
    led_by: str | None
    bureaus: list[str]
    #: country code → the key of the trip's visit to that country, which a leg to one
    #: of its cities makes precise
    countries: dict[str, str]
    #: The sentence telling the trip (for one whose stops the next clauses tell).
    told_in: Sentence | None = None
    #: The trip's first and last day, when told: a stop's days lie within them.
    days: tuple[str, str] | None = None


def _words_after_date(text: str) -> str:
    """A clause's words after the date opening it, written before 於 or after it
    (3月29日抵達甲市, 於3月29日抵達甲市: 抵達甲市); 於 before a place stays (於甲市參加)."""
    words = _DATE_PREFIX.sub("", text)
    if words.startswith("於"):
        dated = _DATE_PREFIX.sub("", words[1:])
        return dated if dated != words[1:] else words
    return words


class VisitRules(ReaderBase):
    #: Where the sentence starts that last told of a coming to the city.
    _came_in: int | None = None
    #: Who came, in the coming last told (at `_came_in`).
    _came_visitors: tuple[str, ...] = ()
    #: The body the city's staff went along with (偕同某樂團赴…), and where told.
    _brought_along: tuple[str, Sentence] | None = None
    #: The trip the items being read are legs of.
    _itinerary: _Itinerary | None = None
    #: The sentence of the last leg of that trip read.
    _leg_sentence: Sentence | None = None
    #: The city's stay a leg began with no last day told, which the next leg's going
    #: on, or leaving it (離某市), ends.
    _open_stay: Relation | None = None
    #: The city's last trip abroad led by someone, whose delegation a later clause of
    #: its section may go on with (訪問團於…停留某市).
    _trip_abroad: _Itinerary | None = None

    def _went_along_with(self, sentence: Sentence) -> None:
        """「某局派員隨同某某研究院，赴某地出席「…」」: the body the city's staff went along
        with went there on the same days and took part as they did; and what the body
        attended there (…偕同某樂團赴某市；國樂團參加「…」大遊行), the city attended."""
        brought = self._brought_along
        self._brought_along = None
        if brought is not None and self.previous is brought[1]:
            # (…；國樂團參加「…」大遊行: with the trip's sentence, which tells who went)
            self._took_part_through(brought[0], sentence, brought[1])
        along = _ALONG_WITH.search(sentence.norm)
        if along is None:
            return
        body = self._outside_body(along.group(1)) or self._home_civic_body(along.group(1))
        if body is None:
            return
        self._brought_along = (body, sentence)
        told = [
            r
            for r in list(self.facts.relations.values())
            if r.source == self.home
            and r.type in (RelType.VISITED, RelType.PARTICIPATED_IN)
            and told_in(r, sentence)
        ]
        for r in told:
            props = {k: v for k, v in r.properties.items() if k not in ("bureaus", "role")}
            self.facts.relate(r.type, body, r.target, sentence, **props)
        self._took_part_through(body, sentence)

    def _escort_came(self, sentence: Sentence) -> None:
        """One told escorting a guest here (某副市長率團訪華，由某國駐華大使館參事某某陪同
        南下): came too, on the days of the guest's visit (an envoy stationed in Taiwan
        as well: the text says he came)."""
        escort = _ESCORTED_HERE.search(sentence.norm)
        if escort is None:
            return
        ours = self._home_people()
        escorts = [p for n, p in self.people.items() if n in escort.group(1) and p not in ours]
        guests = [
            p
            for n, p in self.people.items()
            if n in sentence.norm[: escort.start()] and p not in ours
        ]
        visits = [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED and r.source in guests and r.target == self.home
        ]
        if not visits:
            return
        days = _visit_days(visits[0].properties)
        for person in escorts:
            self.facts.relate(RelType.VISITED, person, self.home, sentence, **days)

    def _took_part_through(self, body: str, sentence: Sentence, *also: Sentence) -> None:
        """What the body the city brought along attended, as `sentence` tells it (…偕同
        某樂團赴某市；國樂團參加「…」大遊行), the city attended too."""
        for r in list(self.facts.relations.values()):
            if (
                r.source == body
                and r.type == RelType.PARTICIPATED_IN
                and r.properties.get("status") == Attendance.ATTENDED
                and told_in(r, sentence)
            ):
                year = r.properties.get("year")
                self.facts.relate(
                    r.type,
                    self.home,
                    r.target,
                    sentence,
                    also,
                    status=Attendance.ATTENDED,
                    year=year,
                )

    def _rule_visit(self, clause: Clause, sentence_norm: str) -> None:
        """Visits: someone coming to the city (某市長王大明來訪), or the city going to
        another (王市長率團赴某市訪問)."""
        if self._nobody_went(clause, sentence_norm):
            return  # 以視訊方式出席…, 原訂…組團赴…因疫情延後: nobody went
        if clause.start and _THIS_WAS.match(clause.norm):
            return  # …赴某市回訪姊妹校，此為兩校締約後之首次回訪: the trip just told
        if self._in_plans_section(clause.sentence) and not self._past_coming(clause):
            return  # 明年度工作重點：一、由副市長率團出席某市主辦之「…」: a plan, no trip yet
        if _VISITOR_HEADING.search(_GLOSS.sub("", sentence_norm)):
            return  # 本期來訪外賓臚列如下（甲市、乙市之訪團另詳…）：the items tell the visits
        if self._left_for_home(clause):
            return  # …來訪，…，訪問團於26日返國: the visit's last day
        if self._left_stop(clause):
            return  # 一行於10月12日抵達甲市…；19日離甲市: that stay's last day
        if self._went_along(clause):
            return  # 本市某高中亦派員隨團前往: a school of the city went along
        come = _COME.search(clause.norm)
        if come and _RETURN_VISIT_ABROAD.search(clause.norm[: come.end()]):
            come = None  # 本府某處長率團赴某縣回訪: a trip abroad
        if (
            come
            and _AT_SEAT.fullmatch(come.group())
            and _GONE_ABROAD.search(sentence_norm[: clause.start + come.start()])
        ):
            come = None  # 率團訪問某縣，並到府拜會知事: the delegation at its host's seat
        if come and self._return_visit_after_going(clause):
            return  # 某高中師生赴某市，回訪某高中: the trip the clause before told
        if self._future(self._said_before_coming(clause, come), sentence_norm):
            return  # a visit to come is not a visit
        if come and _COMING_PROMISED.search(clause.norm[: come.start()]):
            return  # 對方允諾於…後派員回訪: promised, not yet paid
        if come and _COMING_WELCOMED.search(clause.norm[: come.start()]):
            return  # 某市長表示歡迎本市市民前來觀光: a wish, no one came
        if come and self._came_down_on_a_day(clause):
            return  # …於9月3日至6日來臺。…；5日南下參訪本市: the city's day of the stay
        if come:
            again = self._coming_told_again(clause)
            if not again:
                self.state.coming = self._visit_when(clause)
            # told again, naming no one new: the visitors read already, no others
            if not self._invited_to_come(clause, come) and not (again and self._came_visitors):
                self._came_to_city(clause, sentence_norm)
            called = _CALLS_ON_BODY.search(clause.norm, come.end())
            if called:  # 隨團來訪之某某並拜會高雄港務局: the body called on, too
                self._guest_calls_on_body_here(clause, sentence_norm, called)
            return
        if self._members_came(clause):
            return  # …來訪，團員包括某港務局經理某某…: each named came too
        if not _GO.search(clause.norm) and self._led_a_coming(clause):
            return
        if self._trip_recalled(clause):
            return  # 延續本年4月陳市長訪問某市時所建立之共識: that trip, then
        if _INVITES_HOME.search(clause.norm):
            return  # 某市邀請本府出席該市主辦之「…」: an invitation received, no trip yet
        if self._during_trip_told(clause):
            return  # 訪問期間適逢某市籌辦2006年運動會: the trip told, no new one
        if _THIS_TRIP.match(sentence_norm):
            return  # 此行為本府首度以正式訪團訪問某地區: the trip just told, said of again
        if clause.start == 0 and _TOPIC_PLACE.match(clause.norm):
            return  # 至美國某市，…: the place taken up as the topic, no trip there
        if _GOING_ASKED_ABOUT.search(clause.norm):
            return  # 洽詢臺商赴某市投資設廠之相關事宜: the matter asked about, no trip
        helps = _HELPS_OTHERS_GO.search(clause.norm)
        if helps and not _GOES_ITSELF.search(clause.norm[: helps.start()]):
            return  # 並協助對方廠商參加當地商展: others go, not the helper
        if self._stops_with_days(clause):
            return  # 行程依序為甲市（4月9日至11日）及乙市（4月12日至16日）: each stop
        if not in_quoted_speech(sentence_norm, clause.start):
            self._went_abroad(clause, sentence_norm)  # 「…也歡迎市民到某市走走」: a wish
        self._called_on_body(clause, sentence_norm)
        self._stops_in_heading_gloss(clause)
        self._roster_went(clause)

    def _roster_went(self, clause: Clause) -> None:
        """A part of a trip's item listing its roster (一、某市長率團訪問甲市及乙市
        (一)團員名單 團長:… 副團長:… 團員:某局局長某某、某樂團團長某某暨團員…): each
        person named, and a troupe or school of theirs, went to each city of the trip,
        on the city's days there."""
        trip = self._trip_abroad
        if trip is None or trip.told_in is None or clause.start != 0:
            return
        if not _ROSTER_LINE.match(clause.sentence.norm) or not self._part_of(trip.section, clause):
            return
        part = self._section(clause.sentence.section)
        if part is not None and _NOT_OUR_ROSTER.search(part.title):
            return  # (二)某市接待人員, 某市回訪團名單: not who went with the city
        told = clause.sentence
        # (其中某局長因公臨時未克隨行: named, but stayed)
        stayed = "".join(p for p in _CLAUSE_BREAK.split(told.norm) if _ABSENT.search(p))
        members = {
            pid for name, pid in self.people.items() if name in told.norm and name not in stayed
        }
        bodies = {
            r.target
            for r in self.facts.relations.values()
            if r.type == RelType.HOLDS_TITLE
            and r.source in members
            and self.facts.entities[r.target].properties.get("kind")
            in (*_TROUPE_KINDS, *_SCHOOL_KINDS)
        }
        trips = [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED and r.source == self.home and told_in(r, trip.told_in)
        ]
        for visit in trips:
            days = _visit_days(visit.properties)
            for member in sorted(members | bodies):
                self.facts.relate(RelType.VISITED, member, visit.target, told, **days)

    def _stops_with_days(self, clause: Clause) -> bool:
        """The stops of the trip just told, each with its days in brackets right after
        it (…赴美訪問，行程依序為甲市（4月9日至11日）、乙市（4月12日至16日）及丙市（4月
        17日至20日）): the city went to each on its days, led as the trip was. True if
        the clause lists two stops or more so."""
        trip = self._trip_abroad
        if trip is None or trip.told_in not in (clause.sentence, self.previous):
            return False
        stops = []
        for _, end, pid in clause.places:
            bracket = _BRACKETED_DAYS.match(clause.norm, end)
            if bracket is None or pid == self.home or self.facts.label_of(pid) != Label.CITY:
                continue
            # (1973年締結姊妹市): a year of the stop's past, no days of the trip
            days = [
                d
                for d in clause.dates
                if bracket.start() <= d.text_start - clause.start < bracket.end()
                and d.precision == "day"
                and (trip.days is None or _within_days(d.start, trip.days))
            ]
            if days:
                stops.append((pid, days[0]))
        if len(stops) < 2:
            return False
        led = {"led_by": trip.led_by, "bureaus": trip.bureaus or None}
        for city, days in stops:
            when = {"start": days.start, "end": days.end, "year": days.year}
            self.facts.relate(RelType.VISITED, self.home, city, clause.sentence, **led, **when)
        return True

    def _stops_in_heading_gloss(self, clause: Clause) -> None:
        """A part of a trip's item headed by its stops in brackets (一、某市長率團訪問甲市
        及乙市(9月3日至9日) … (二)行程紀要(9月3日至6日訪問甲市，9月6日至8日訪問乙市)):
        each city visited on the days written before it, not the whole trip's."""
        trip = self._trip_abroad
        gloss = _HEADING_GLOSS.search(clause.norm)
        if trip is None or gloss is None or not clause.sentence.is_heading:
            return
        if not self._part_of(trip.section, clause):
            return
        dates = [d for d in clause.dates if d.text_start - clause.start >= gloss.start()]
        for date, after in zip(dates, [*dates[1:], None], strict=True):
            start = date.text_end - clause.start
            end = after.text_start - clause.start if after else len(clause.norm)
            if not _LEG_OPENING.match(clause.norm[start:end]):
                continue
            stops = [pid for at, _, pid in clause.places if start <= at < end]
            self._leg_days(stops, {"start": date.start, "end": date.end})
            self._leaders_days_as_citys(stops, clause.sentence)

    def _leaders_days_as_citys(self, stops: list[str], told: Sentence) -> None:
        """The city's visit to each stop and those of the people leading it, told by
        the same sentence: the city's days there, as `told` (the stops' gloss) tells."""
        for city in stops:
            ours = [
                r
                for r in self.facts.relations.values()
                if r.type == RelType.VISITED and r.source == self.home and r.target == city
            ]
            for visit in ours:
                days = {k: visit.properties[k] for k in ("start", "end") if k in visit.properties}
                for led in self.facts.relations.values():
                    if not (
                        led.type == RelType.VISITED
                        and led.target == city
                        and led.source in (self.home, *self.people.values())
                        and led.evidence[:1] == visit.evidence[:1]
                    ):
                        continue
                    led.properties.pop("end", None)
                    led.properties.update(days)
                    self.facts.add_evidence(led, told)

    def _part_of(self, told: int, clause: Clause) -> bool:
        """Whether the clause stands in a part of item `told` (its (一), (二)…)."""
        here = clause.sentence.section
        return here is not None and self.parsed.sections[here].parent == told

    @staticmethod
    def _return_visit_after_going(clause: Clause) -> bool:
        """Whether the clause opens with a return visit paid where the clause before went
        (某高中師生…赴某市，回訪某高中): abroad, nobody came."""
        before = clause.sentence.norm[: clause.start]
        return bool(
            _RETURN_VISIT_OPENING.match(clause.norm) and _GONE_BEFORE_RETURN_VISIT.search(before)
        )

    def _members_came(self, clause: Clause) -> bool:
        """Whether the clause lists the members of the delegation whose coming the
        sentence told (…率該市經貿訪問團…來訪，團員包括某港務局經理某某及…): each person
        it names came too, in the same days; or opening the sentence right after
        (…昨日拜會市府。同行者另有某港務局委員某某): the same. True when read so."""
        if not _MEMBERS_LISTED.match(clause.norm):
            return False
        also: tuple[Sentence, ...] = ()
        if self._came_in == clause.sentence.start:
            when = self.state.coming or {}
        else:
            came = self._comings_told_just_before(clause)
            if not came or self.previous is None:
                return False
            when = _visit_days(came[0].properties)
            also = (self.previous,)  # the sentence telling the coming
        for name, pid in self.people.items():
            if name in clause.norm and pid not in self._came_visitors:
                self.facts.relate(RelType.VISITED, pid, self.home, clause.sentence, also, **when)
                self._came_visitors = (*self._came_visitors, pid)  # leaving with the rest
        return True

    def _comings_told_just_before(self, clause: Clause) -> list[Relation]:
        """The visits to the city the sentence right before told, for a clause opening
        its sentence."""
        previous = self.previous
        if clause.start or previous is None:
            return []
        return [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED
            and r.target == self.home
            and any(e.start == previous.start for e in r.evidence)
        ]

    def _trip_recalled(self, clause: Clause) -> bool:
        """A trip of the city's told as the time of something else, after the words it
        is the time of (延續本年4月陳市長訪問某市時所建立之合作共識): the city went to the
        cities named then, led by that official. True when the clause recalls one."""
        recalled = _TRIP_RECALLED.search(clause.norm)
        if recalled is None or not _ADVERB_OPENING.sub("", clause.norm[: recalled.start()]):
            return False  # 4月陳市長率團訪問某市期間，拜會…: the trip itself, told now
        cities = [
            pid
            for start, _, pid in clause.places
            if recalled.start("place") <= start < recalled.end("place")
            and pid != self.home
            and self.facts.label_of(pid) == Label.CITY
        ]
        told = [
            d
            for d in clause.dates
            if recalled.start("time") <= d.text_start - clause.start < recalled.end("time")
        ]
        # a trip of its own, not merged with another to the same city (trip: its time)
        when = {"start": told[0].start, "year": told[0].year, "trip": told[0].start} if told else {}
        for city in cities:
            self.facts.relate(
                RelType.VISITED,
                self.home,
                city,
                clause.sentence,
                led_by=recalled.group("leader"),
                **when,
            )
        return bool(cities)

    def _went_along(self, clause: Clause) -> bool:
        """A home school sending its people with the city's delegation told before in the
        section (本市市立某高中亦派員隨團前往): it visited where the delegation went.
        One named who went with it (隨團訪問的市立某高中校長某某): he did, those days."""
        along = _SENT_ALONG.match(clause.norm)
        member = _MEMBER_ALONG.match(clause.norm) if along is None else None
        if member is not None and self._coming_told_after_trip():
            # …前往某市訪問。某市教育長某某率團來訪。隨團訪問的某校校長某某，…: he came
            # with the guests, the last delegation told
            people = [pid for name, pid in self.people.items() if name in clause.norm]
            for visit, person in ((v, p) for v in self._comings_told() for p in people):
                when = _visit_days(visit.properties)
                self.facts.relate(RelType.VISITED, person, self.home, clause.sentence, **when)
            return bool(people)
        gone_to = self._delegations_trips(clause) if along or member else []
        if along is not None:
            school = self._home_body(along.group(1))
            for visit in gone_to:
                year = visit.properties.get("year")
                self.facts.relate(RelType.VISITED, school, visit.target, clause.sentence, year=year)
        if member is not None:
            people = [pid for name, pid in self.people.items() if name in clause.norm]
            for visit, person in ((v, p) for v in gone_to for p in people):
                when = _visit_days(visit.properties)
                self.facts.relate(RelType.VISITED, person, visit.target, clause.sentence, **when)
        return bool(gone_to)

    def _comings_told(self) -> list[Relation]:
        """The visits to the city of the last coming told (its visitors')."""
        return [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED
            and r.target == self.home
            and r.source in self._came_visitors
            and any(e.start == self._came_in for e in r.evidence)
        ]

    def _coming_told_after_trip(self) -> bool:
        """Whether guests' coming was told after the city's last trip abroad (or with
        none told): the last delegation told came."""
        if self._came_in is None or not self._comings_told():
            return False
        trip = self._trip_abroad
        return trip is None or trip.told_in is None or trip.told_in.start < self._came_in

    def _delegations_trips(self, clause: Clause) -> list[Relation]:
        """The visits of the city's delegation told before in the section (or the item
        before it): where it went, and when."""
        trip = self._trip_abroad
        if trip is None or trip.told_in is None:
            return []
        if not self._same_or_next_item(trip.section, clause.sentence.section):
            return []
        told = (trip.told_in.start, trip.told_in.end)
        return [
            r
            for r in list(self.facts.relations.values())
            if r.type == RelType.VISITED
            and r.source == self.home
            and any((e.start, e.end) == told for e in r.evidence)
        ]

    def _left_for_home(self, clause: Clause) -> bool:
        """A clause telling the visitors the sentence brought leaving for home on a day
        (某市長於5月24日率團來訪，…，訪問團於26日返國), or those of the paragraph moving
        on in the country (_moved_on_in_country): the last day of their visits."""
        dates = clause.dates
        coming = self.state.coming or {}
        start = coming.get("start")
        left = _LEFT_FOR_HOME.search(clause.norm) and self._came_in == clause.sentence.start
        if not left and self._moved_on_in_country(clause):
            # 今（九）日參觀某廠後，將轉往臺北: the day the clause before tells
            left, dates = True, clause.dates or clause.earlier_dates[-1:]
        days = [d for d in dates if d.precision == "day" and not d.end]
        if not (left and len(days) == 1 and isinstance(start, str) and start < days[0].start):
            return False
        for relation in self.facts.relations.values():
            if (
                relation.type == RelType.VISITED
                and relation.source in self._came_visitors
                and relation.target == self.home
                and relation.properties.get("start") == start
                and not relation.properties.get("end")
            ):
                relation.properties["end"] = days[0].start
        return True

    def _left_stop(self, clause: Clause) -> bool:
        """A clause telling the city's delegation leaving the stop a leg began on a day
        (…於10月15日轉往乙市，…；19日離乙市): the stay's last day."""
        if self._open_stay is None or not _LEAVES_STOP.match(_DATE_PREFIX.sub("", clause.norm)):
            return False
        days = [d for d in clause.dates if d.precision == "day" and not d.end]
        places = [place_id for _, _, place_id in clause.places]
        if len(days) != 1 or self._open_stay.target not in places:
            return False
        self._end_open_stay(days[0].start, self._open_stay.target)
        return True

    def _coming_told_in(self, paragraph: int) -> bool:
        """Whether the sentence that last told of a coming (`_came_in`) is in `paragraph`."""
        came = self._sentence_at.get(self._came_in) if self._came_in is not None else None
        return came is not None and came.paragraph == paragraph

    @cached_property
    def _sentence_at(self) -> dict[int, Sentence]:
        """The chapter's sentences by where they start."""
        return {s.start: s for s in self.parsed.sentences}

    def _moved_on_in_country(self, clause: Clause) -> bool:
        """Whether the clause tells the visitors of a coming its paragraph told before
        moving on to another place of the country (…來訪。…。今（九）日參觀某廠後，將轉往
        臺北): they left the city that day."""
        moved = _MOVES_ON.search(clause.norm)
        if moved is None or self._came_in is None:
            return False
        if not self._coming_told_in(clause.sentence.paragraph):
            return False
        if not self._visitors_move(clause.norm[: moved.start()]):
            return False
        stops = self._place_mentions(clause.norm[moved.end() :])
        return bool(stops) and stops[0].start == 0 and self._elsewhere_at_home(stops[0].place)

    def _came_down_on_a_day(self, clause: Clause) -> bool:
        """Whether the clause tells the visitors of a coming to the country its paragraph
        told before (…一行於9月3日至6日來臺) coming down to the city on one day of that
        stay, naming no one else (5日南下參訪本市): their visits told there are of that
        day, the stay being in Taiwan, not the city, all along."""
        down = _CAME_DOWN.search(clause.norm)
        days = [d for d in clause.dates if d.end is None]
        if down is None or len(days) != 1 or len(clause.dates) != 1 or not self._came_visitors:
            return False
        if self._came_in is None or not self._coming_told_in(clause.sentence.paragraph):
            return False
        came = self._sentence_at[self._came_in]
        told = came.norm
        if came is clause.sentence:
            told = told[: clause.start]
        named = {pid for name, pid in self.people.items() if name in clause.norm}
        if not _CAME_TO_COUNTRY.search(told) or not named <= set(self._came_visitors):
            return False
        day = days[0].start
        visits = [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED
            and r.source in self._came_visitors
            and r.target == self.home
            and told_in(r, came)
            and isinstance(r.properties.get("end"), str)
            and str(r.properties.get("start")) <= day <= str(r.properties.get("end"))
        ]
        evidence = self.facts.evidence(clause.sentence)
        for visit in visits:
            visit.properties["start"] = day
            visit.properties.pop("end")
            if evidence not in visit.evidence:
                visit.evidence.append(evidence)
        return bool(visits)

    def _visitors_move(self, before: str) -> bool:
        """Whether the words before a verb of moving on tell the visitors moving (none
        named, 該團, 佐藤市長一行, the visitor by name or surname), not the city's people
        (陳市長則於今日轉往臺北, 本府某局人員將轉往臺南) nor a plan (原訂今日轉往臺北)."""
        if _HOME_PARTY.search(before) or _MOVE_PLANNED.search(before):
            return False
        official = _OFFICIAL_BY_SURNAME.search(before)
        if official is None or _VISITING_GROUP.search(before):
            return True
        names = [name for name, pid in self.people.items() if pid in self._came_visitors]
        return any(name[:2] in official.group() or name[0] == official.group()[0] for name in names)

    def _elsewhere_at_home(self, place: Place) -> bool:
        """Whether a place is another of the home city's country, not the city itself."""
        return place.country == self.home_place.country and place.id != self.home_place.id

    def _coming_told_again(self, clause: Clause) -> bool:
        """Whether an undated clause tells again of the coming an earlier clause of the
        sentence dated (王大明於3月8日至11日來訪，3月9日與陳市長會晤，並參訪本市…): the
        same visit, not one on the day named between them."""
        named = [pid for name, pid in self.people.items() if name in clause.norm]
        return bool(
            not clause.dates
            and self.state.coming
            and self._came_in == clause.sentence.start
            and not _ANOTHER_COMING.search(clause.norm)
            and set(named) <= set(self._came_visitors)
        )

    def _nobody_went(self, clause: Clause, sentence_norm: str) -> bool:
        """Whether the sentence tells of no one going: by video (以視訊方式出席), a trip not
        held (原訂…組團赴某市…因疫情延後), or someone absent. A meeting planned in a later
        clause (某市長率團來訪，原訂晚間與陳市長餐敘，因班機延誤而取消) is not the trip told
        before it, which was made; any other plan may be (至某市長來訪一節，該市原擬於四月
        間組團訪華，…延期: the same trip)."""
        plan = _PLAN_FIRST.search(sentence_norm)
        planned = _CLAUSE_BREAK.split(sentence_norm[plan.start() :], maxsplit=1)[0] if plan else ""
        told = (
            sentence_norm[: plan.start()]
            if plan
            and plan.start() >= clause.start + len(clause.norm)
            and _MEET.search(planned)
            and not _COME.search(planned)
            else sentence_norm
        )
        return bool(
            self._virtual(sentence_norm)
            or _NOT_HELD.search(told)
            or _ABSENT.search(clause.norm)
            or self._home_declined_after(clause, sentence_norm)
        )

    def _home_declined_after(self, clause: Clause, sentence_norm: str) -> bool:
        """Whether a later clause of the sentence tells the city declined (接獲某市邀請，
        參加該市舉辦之「…」，惟…本府婉謝與會): the going the clause speaks of never was."""
        later = sentence_norm[clause.start + len(clause.norm) :]
        return any(
            _ABSENT.search(part) and self._home_acts(part) for part in _CLAUSE_BREAK.split(later)
        )

    def _said_before_coming(self, clause: Clause, come: re.Match[str] | None) -> Clause:
        """The clause up to its coming (某市長王大明於3月訪高時表達…締結之意願: what the
        visitor wished for is after the coming, not the visit); the clause with none."""
        return replace(clause, norm=clause.norm[: come.end()]) if come else clause

    def _invited_to_come(self, clause: Clause, come: re.Match[str]) -> bool:
        """Whether the coming is only invited (邀請某市推薦藝術家來高創作), the invitation
        not told as taken up, or only aimed at (以吸引某地區旅客來高旅遊); not a coming
        at the city's invitation (某會應本府之邀來台) or at one unnamed (某市長應邀率團來訪)."""
        before = clause.norm[: come.start()]
        if _DRAWING.search(before):
            return True
        if _INVITED_BY_HOME.search(before) or _INVITED_BY.search(before):
            return False
        if _LIST_INVITED.search(before):
            return False  # 應邀, 受邀: the invitee came
        invite = _INVITE.search(before)
        if invite and self._stay_dated_before(clause, come.start()):
            # 某局於4月17日至22日邀請某報記者來高採訪, 特邀某某於6月5日至7日來高: they
            # stayed those days
            return False
        return bool(invite and not self._taken_up(clause))

    def _stay_dated_before(self, clause: Clause, come_at: int) -> bool:
        """Whether a span of days, told before the coming invited to (某局於3月7日至12日
        邀請…來高, 邀請某某於6月5日至7日來高), dates the stay of those invited: a letter
        is sent on one day, not over several; not where the coming is yet to be (將於…)."""
        spans = [
            d
            for d in clause.dates
            if d.text_start < clause.start + come_at and d.end is not None and d.end != d.start
        ]
        return bool(spans) and not _FUTURE.search(clause.norm)

    def _came_to_city(self, clause: Clause, sentence_norm: str) -> None:
        """Each visitor named (某市長王大明率團來訪) VISITED the city; the host came
        nowhere (某市長來訪時與王市長會晤)."""
        ours = self._home_people()
        self._came_in = clause.sentence.start
        visitors = (
            self._came_as_named(clause)
            or self._bodies_received(clause)
            or self._bodies_invited(clause)
            or self._visitors(clause, sentence_norm)
        )
        visitors = [
            self._holder_known(clause, v) or v for v in visitors if not self._bureau_named(v)
        ]
        # …期間並由某事務所所長某某陪同參訪本市: the escort, based here, shows the guest
        # round (not the guest's own: 由該市議會議長某某陪同參訪, who came too)
        escorts = {
            pid
            for name, pid in self.people.items()
            if _named_as_escort(clause.norm, name) and self._stationed_here(pid)
        }
        visitors = [v for v in visitors if v not in escorts]
        each = dict(self._respective(clause, clause.norm))  # 甲、乙分別於9月及11月來訪
        visitors = list(dict.fromkeys([*each, *visitors]))
        if visitors:  # 某國代表王大明偕同某港務局代表來訪: the body came along
            # (…率團蒞臨本市，隨行者有某管理局官員等一行六人: told in a clause of its own)
            along = self._foreign_bodies_along(clause.norm, party=clause.sentence.norm)
            visitors = list(dict.fromkeys([*visitors, *along]))
        self._came_visitors = tuple(visitors)
        self._invited_to_come_by(sentence_norm, visitors)
        titled = self._body_led_by_surname(_SENDER_END.split(_DATE_HEAD.sub("", clause.norm))[0])
        leader = (
            self._leader(clause.norm)
            or self._leader(sentence_norm)
            or self._sent_official(sentence_norm)
            or (self._body_led_by_its_official(_DATE_HEAD.sub("", clause.norm)) or ("", None))[1]
        )
        leader = titled[1] if titled else leader  # 某國代表處陳副代表率…來訪: 陳副代表
        led = self._visitors_led(visitors, leader)
        when = self._event_days_only(clause, self.state.coming or {})
        if _THAT_SCHOOL_SENDS.search(clause.norm) and isinstance(when.get("start"), str):
            # …校長親自來高簽署；同年5月該校並派學生來高: a second coming, another trip
            when = {**when, "trip": when["start"]}
        for visitor in visitors:
            if visitor not in ours:
                self.facts.relate(
                    RelType.VISITED,
                    visitor,
                    self.home,
                    clause.sentence,
                    led_by=leader if visitor in led else None,
                    **each.get(visitor, when),
                )
        self._listed_guests_came_with(visitors, clause.sentence, when)

    def _listed_guests_came_with(
        self, visitors: list[str], sentence: Sentence, when: dict[str, object]
    ) -> None:
        """A place's delegation taken up on a day from the guests the sentence before
        listed as come in the period (…、某府副府長某某等，亦於本期到訪。其中某府訪團於6月
        18日拜會本府…): that place's guests listed came on that day."""
        day = str(when.get("start") or "")
        listed = self.previous
        if not (self.state.continues and listed is not None and len(day) == len("2000-01-01")):
            return
        places = {v for v in visitors if self.facts.label_of(v) == Label.CITY}
        holders = {
            r.source
            for r in self.facts.relations.values()
            if r.type == RelType.HOLDS_TITLE and r.target in places
        }
        for visit in list(self.facts.relations.values()):
            if (
                visit.type == RelType.VISITED
                and visit.source in holders
                and visit.target == self.home
                and "start" not in visit.properties
                and any(listed.start <= e.start < listed.end for e in visit.evidence)
            ):
                end = when.get("end")
                set_days(visit.properties, day, str(end) if end else None)
                self.facts.add_evidence(visit, sentence)

    def _invited_to_come_by(self, sentence_norm: str, visitors: list[str]) -> None:
        """The body a sentence opens by naming as who invited those who came (由某部邀請
        來華訪問之某記者團…抵達本市): it invited each of them."""
        opening = _INVITED_HERE_BY.match(_DATE_HEAD.sub("", sentence_norm))
        kind = self.lex.org_kind(opening.group(1)) if opening else None
        if opening is None or kind is None or _HOME_ACTOR.match(opening.group(1)):
            return
        inviter = self._organization(opening.group(1), kind, None)
        for visitor in visitors:
            self.facts.relate(RelType.INVITED, inviter, visitor, self._here())

    def _bodies_received(self, clause: Clause) -> list[str]:
        """The bodies a list of guests received names (協助接待某協會、某商會及某同鄉會
        等民間團體來訪): each came, not the places opening their names."""
        listed = _BODIES_RECEIVED.search(clause.norm)
        return self._bodies_listed(listed.group(1)) if listed else []

    def _country_opens_body(self, text: str, end: int, pid: str) -> bool:
        """Whether the country ending at `end` opens a body's name rather than standing
        alone as where one went (韓國駐台機構, not 韓國訪問)."""
        return self.facts.label_of(pid) == Label.COUNTRY and not (
            _COUNTRY_ALONE.match(text[end : end + 2]) and not self._body_named_on(text, end)
        )

    def _bureau_named(self, party: str) -> bool:
        """Whether a party read as visiting is a body named only as one of the city's
        own bureaus (觀光局於4月7日至9日邀請某國業者來高: the inviter, no guest)."""
        entity = self.facts.entities.get(party)
        return (
            entity is not None
            and self.facts.label_of(party) == Label.ORGANIZATION
            and self.lex.home_org(entity.name_zh) is not None
        )

    def _bodies_invited(self, clause: Clause) -> list[str]:
        """The bodies whose people the city invited to the coming the clause tells
        (邀請日本《某某新聞》及某國某報社記者一行來高採訪): each came."""
        come = _COME.search(clause.norm)
        invite = _INVITE.search(clause.norm, 0, come.start()) if come else None
        if come is None or invite is None:
            return []
        return self._bodies_listed(clause.norm[invite.end() : come.start()])

    def _body_led_by_its_official(self, head: str) -> tuple[str, str] | None:
        """A body and its official named by surname and title leading its group (另日本
        某市港灣局山本局長亦率港灣考察團來訪): the body, and who led (山本局長)."""
        lead = _LEADS_FROM_BODY.search(head)
        if lead is None:
            return None
        words = lead.group(1)
        for at in range(len(words) - 2, 1, -1):
            official, body = words[at:], body_name(words[:at]) or ""
            if self._surname_and_title(official, two_ideographs=True) and self.lex.org_kind(body):
                found = self._outside_body(body)
                return (found, official) if found is not None else None
        return None

    def _sent_official(self, sentence_norm: str) -> str | None:
        """The official a place sent, named by surname and title (某市政府派國際協力課李課長
        於6月19日來訪): who led its visit (a unit before him is no part of it)."""
        sent = _SENT_TO_COME.search(sentence_norm)
        if sent is None:
            return None
        words = sent.group(1)
        return next(
            (words[at:] for at in range(len(words) - 1) if self._surname_and_title(words[at:])),
            None,
        )

    def _visitors_led(self, visitors: list[str], leader: str | None) -> set[str]:
        """The visitors the leader led: the parties he led (甲市由副市長王大明率團、乙市由
        議員李四率團前來: 甲市 only), the leader himself, and the people of a party he
        led; all of them when the clause names no party or one the leader is known as no
        one's of."""
        parties = self._led_by_leader(visitors, leader)
        people = set(self.people.values())
        named = self._named_leader(leader, visitors)
        if leader is None:
            return set()
        if not parties and not named:
            return set(visitors)
        theirs = {p for p in visitors if p in people and self._affiliations([p]) & parties}
        return parties | set(named) | theirs

    def _holder_known(self, clause: Clause, visitor: str) -> str | None:
        """The person a place's title names when the clause writes only the title (該市
        市長於12月來訪期間) and one person is known to hold it there (名 told before):
        that person came, not the place."""
        title = _PLACE_TITLE_ALONE.search(clause.norm)
        if title is None or self.facts.label_of(visitor) != Label.CITY:
            return None
        holders = {
            r.source
            for r in self.facts.relations.values()
            if r.type == RelType.HOLDS_TITLE
            and r.target == visitor
            and r.properties.get("title_zh") == title.group(1)
        }
        return holders.pop() if len(holders) == 1 else None

    def _event_days_only(self, clause: Clause, when: dict[str, object]) -> dict[str, object]:
        """A coming with no date of its own, dated by a clause before it holding an event
        (本府於2月19日至27日舉辦「某燈會」，…，某市由某某率團來訪): the event's days,
        inferred, not the visit's own."""
        earlier = [d for d in clause.earlier_dates if not d.since][-1:]
        if clause.dates or not earlier or earlier[0].start != when.get("start"):
            return when
        rest = _CLAUSE_BREAK.split(clause.sentence.norm[earlier[0].text_end :])[0]
        if _HOLDING_CLAUSE.search(rest) and not _COME.search(rest):
            return {**when, "inferred": True}
        return when

    def _respective(self, clause: Clause, words: str) -> list[tuple[str, dict[str, object]]]:
        """People named in turn before 分別 in `words` (the clause up to a verb), or,
        when nothing but a time or adverbs stands before it there, in the clause just
        before (甲、乙分別於9月及11月來訪; 甲及乙，並分別於…), and then as many dates:
        each with the date of their turn; none where the dates are not one for each, nor
        where the clause has a subject of its own (…，雙方某某團分別於…)."""
        turn = _RESPECTIVELY.search(words)
        if turn is None:
            return []
        before = clause.sentence.norm[: clause.start + turn.start()]
        parts = _CLAUSE_BREAK.split(before)
        if len(parts) > 1 and _NO_SUBJECT.fullmatch(parts[-1]):
            parts = parts[-2:-1]  # 甲及乙，並分別於…: the clause before names them
        named: dict[str, int] = {}
        for name, pid in self.people.items():
            at = parts[-1].find(name)
            if at >= 0:
                named[pid] = min(named.get(pid, at), at)
        after = clause.start + turn.end()
        dates = [d for d in clause.dates if d.text_start >= after]
        if len(named) < 2 or len(dates) != len(named):
            return []
        people = sorted(named, key=named.__getitem__)
        return [
            (pid, {"start": d.start, "end": d.end, "year": d.year})
            for pid, d in zip(people, dates, strict=True)
        ]

    @staticmethod
    def _during_trip_told(clause: Clause) -> bool:
        """Whether the clause opens by the time of the trip just told (訪問期間適逢…) and
        goes nowhere after it: its 訪問 is that trip's, no new one."""
        during = _DURING_TRIP_OPENING.match(clause.norm)
        return during is not None and not _GO.search(clause.norm, during.end())

    def _went_abroad(self, clause: Clause, sentence_norm: str) -> None:
        """The city (or its school, or a leg of its trip) going to the cities named
        (王市長率團赴某市訪問; 某國小赴某市交流): who went, led by whom, and the trip
        whose legs the items after it tell (…訪問甲國及乙國，行程如下：)."""
        destinations = self._cities_met_in(self._destinations(clause), clause, sentence_norm)
        school = _SCHOOL_SENDS.search(sentence_norm)
        leg = self._leg_of(clause) or self._leg_told_after(clause)
        remembered = (
            self._remember_trip(clause, sentence_norm) if leg is None and not school else None
        )
        if not destinations and self._trip_without_stops(clause, sentence_norm, leg, school):
            self._itinerary = self._trip_told(
                clause.sentence.section,  # type: ignore[arg-type]
                self._leader(sentence_norm) or "",
                self._bureaus(sentence_norm),
                {},
            )
        if not destinations or not self._home_side_went(sentence_norm, school, leg):
            return
        actor = self._home_body(school.group(1)) if school else self._home_actor(sentence_norm)
        leader = self._leader(sentence_norm) or (leg.led_by if leg else None) or ""
        bureaus = self._bureaus(sentence_norm) or (leg.bureaus if leg else [])
        parties = [actor, *self._teams_led(sentence_norm), *self._bodies_along(sentence_norm)]
        along = self._home_body_of_delegation_led(sentence_norm, by_city=True)
        parties += [along] if along and not school else []  # 吳市長率領市議會議員訪問團
        if leg is not None:
            self._leg_days(destinations, self._visit_when(clause))
        visits = self._visited_destinations(clause, destinations, parties, leader, bureaus)
        if leg is not None:
            self._leg_replaces_country(leg, destinations)
        elif _ITEMS_FOLLOW.search(sentence_norm) and clause.sentence.section is not None:
            self._itinerary = self._trip_told(clause.sentence.section, leader, bureaus, visits)
        if remembered is not None:  # 率團赴甲國訪問，4月19日至21日停留某市: a leg makes
            told = self._trip_told(remembered.section, leader, bureaus, visits)
            remembered.countries.update(told.countries)  # the visit to 甲國 precise

    def _trip_without_stops(
        self,
        clause: Clause,
        sentence_norm: str,
        leg: _Itinerary | None,
        school: re.Match[str] | None,
    ) -> bool:
        """Whether the clause tells the city's trip abroad naming no place, its stops
        told in the items after it (王副市長於3月5日至15日率觀光局人員組團出訪，行程如下：
        1.…訪問甲市 2.…轉赴乙市): the items are legs of it, led as it was."""
        return bool(
            leg is None
            and school is None
            and clause.sentence.section is not None
            and _GO.search(clause.norm)
            and _ITEMS_FOLLOW.search(sentence_norm)
            and self._home_acts(sentence_norm)
        )

    def _home_side_went(
        self, sentence_norm: str, school: re.Match[str] | None, leg: _Itinerary | None
    ) -> bool:
        """Whether the one going is the city's: the city acts (王市長率團赴某市), its school
        sends (本市某國小赴某市交流), or the clause is a leg of its trip."""
        return bool(self._home_acts(sentence_norm) or school or leg)

    def _teams_led(self, sentence_norm: str) -> list[str]:
        """The team led along, which went too (率領本市少棒隊); the city's own delegation
        (率本市青年代表團) is the city."""
        team = _LED_TEAM.search(sentence_norm)
        # 率本市表演團隊, 率本市藝文團體: troupes told by their kind, no body named; 率本市
        # 某業者十家組團: a group formed (組團), the city's delegation
        generic = team is not None and (
            sentence_norm[team.end(1) :].startswith(("體", "隊"))
            or team.group(1).endswith(("組團", "組隊"))
        )
        if team and not generic and not _DELEGATION.search(team.group(1)):
            return [self._home_body(team.group(1))]
        school = _LED_SCHOOL.search(sentence_norm)
        if school is not None:  # 率本市某高級中學師生一行…赴: the school went
            return [self._home_body(school.group(1))]
        return self._home_troupes(sentence_norm)

    def _visited_destinations(
        self,
        clause: Clause,
        destinations: list[str],
        parties: list[str],
        leader: str,
        bureaus: list[str],
    ) -> dict[str, str]:
        """Each destination VISITED by the people leading (秘書處王大明處長) and the
        parties going (the city or its school, and the team led along); the key of the
        city's visit to each."""
        led = [pid for name, pid in self.people.items() if name in leader]  # 秘書處王大明處長
        led += self._officials_going(clause.norm)
        if leader and self.lex.home_org(leader):
            leader = ""  # 建設局率團訪問某市: the bureau is the trip's (bureaus), no leader
        trip_when = self._visit_when(clause)
        stops = self._days_of_stops(clause)
        visits: dict[str, str] = {}
        for city in destinations:
            when = stops.get(city, trip_when)
            for person in led:
                self.facts.relate(RelType.VISITED, person, city, clause.sentence, **when)
            for party in parties:
                visit = self.facts.relate(
                    RelType.VISITED,
                    party,
                    city,
                    clause.sentence,
                    led_by=leader or None,
                    bureaus=bureaus or None,
                    purpose=self._purpose(clause.norm),
                    **when,
                )
                if visit is not None and party == self.home:
                    visits[city] = visit.key
        return visits

    @staticmethod
    def _days_of_stops(clause: Clause) -> dict[str, dict[str, object]]:
        """The days of each stop of a trip written in the gloss after it (先後前往甲市
        （Some City，9月1日至3日）、乙市（Other City，9月4日至5日）): the stop's own,
        not the whole trip's nor the stop's before it."""
        days: dict[str, dict[str, object]] = {}
        for _, end, pid in clause.places:
            gloss = _GLOSS.match(clause.norm, end)
            if gloss is None or pid in days:
                continue
            within = [
                d
                for d in clause.dates
                if clause.start + gloss.start() <= d.text_start < clause.start + gloss.end()
                and d.precision == "day"
            ]
            if len(within) == 1:
                days[pid] = {"start": within[0].start, "end": within[0].end, "year": within[0].year}
        return days

    def _trip_told(
        self, section: int, leader: str, bureaus: list[str], visits: dict[str, str]
    ) -> _Itinerary:
        """The trip a sentence tells before the items detailing it (王市長率團訪問甲國及
        乙國，行程如下：), with the keys of its visits to countries by their code."""
        return _Itinerary(
            section,
            leader or None,
            bureaus,
            {
                self.facts.entities[city].properties.get("code", ""): key
                for city, key in visits.items()
                if self.facts.label_of(city) == Label.COUNTRY
            },
        )

    def _leg_of(self, clause: Clause) -> _Itinerary | None:
        """The trip the clause's item is a leg of: the one its parent's text told
        before the items (…訪問甲國及乙國，行程如下：); None outside such items."""
        section = self._section(clause.sentence.section)
        trip = self._itinerary
        if section is None or trip is None or not section.is_item or section.parent != trip.section:
            return None
        return trip

    def _leg_told_after(self, clause: Clause) -> _Itinerary | None:
        """The trip a clause goes on with by its delegation (王市長率團訪問某國。訪問團於
        4月3日至5日停留某市…；4月6日，訪問團轉往某市): a leg of the city's last trip
        told in the same section or the item before."""
        trip = self._trip_abroad
        here = clause.sentence.section
        # (a point of the trip's own item: 內容摘要： 一、本團於…抵達甲市 under its card)
        if trip is None or not (
            self._same_or_next_item(trip.section, here) or self._within_section(here, trip.section)
        ):
            return None
        words = _words_after_date(clause.norm)
        if trip.days and clause.dates and not _within_days(clause.dates[0].start, trip.days):
            if self._trip_goes_on(trip, clause, words):
                self._leg_sentence = clause.sentence
                return trip
            return None  # 1月5日至7日率團訪問…。2月10日於某市參加…: another time, no stop
        if _DELEGATION_GOES_ON.match(words):
            self._leg_sentence = clause.sentence
            return trip
        # 一行於3月29日抵達甲市，…；31日轉往乙市…: a clause of going with no subject of its
        # own, after a leg of the delegation in its sentence or the one before, is a leg too
        last = self._leg_sentence
        # (or in a point before, both points of the trip's own item: 內容摘要：
        # 一、本團於…抵達甲市。 … 三、十五日轉往乙市)
        went_on = last in (clause.sentence, self.previous) or (
            last is not None
            and last.section is not None
            and self._within_section(last.section, trip.section)
            and self._within_section(here, trip.section)
        )
        if _LEG_OPENING.match(words) and went_on:
            self._leg_sentence = clause.sentence
            return trip
        return None

    def _trip_goes_on(self, trip: _Itinerary, clause: Clause, words: str) -> bool:
        """Whether a clause opening a sentence after ； from the one telling the trip goes
        on with it past the days told there, to a next stop (…於5月12日至17日赴甲市考察；
        18日至20日轉赴乙市): a leg of it, its days the next ones."""
        previous = self.previous
        return (
            previous is not None
            and trip.told_in is previous
            and previous.text.rstrip().endswith(("；", ";"))
            and not clause.start
            and bool(_LEG_OPENING.match(words))
            and trip.days is not None
            and clause.dates[0].start > trip.days[1]
        )

    def _day_of_itinerary(self, clause: Clause) -> _Itinerary | None:
        """The city's trip whose itinerary a clause naming no one tells a day's act of,
        under the trip's heading (一、某市長率團訪問某市 (二)行程紀要 第三天(十月五日):
        應某市之邀,出席…; …,下午參觀某公司): the delegation's act."""
        trip = self._trip_abroad
        words = _DATE_PREFIX.sub("", clause.norm)
        if (
            trip is None
            or not _ITINERARY_DAY_LINE.match(clause.sentence.norm)
            or not _DAYS_OWN_ACT.match(words)
            or not self._within_section(clause.sentence.section, trip.section)
        ):
            return None
        if trip.days and clause.dates and not _within_days(clause.dates[0].start, trip.days):
            return None
        return trip

    def _home_trip_told(self, clause: Clause) -> Sentence | None:
        """See ReaderBase; a stop read here also lets the clause after it be one; so
        is a day's act in the trip's itinerary."""
        trip = self._leg_told_after(clause) or self._day_of_itinerary(clause)
        return trip.told_in if trip is not None else None

    def _drop_summary_trips(self) -> None:
        """The city's trips to countries an overview tells for the whole period (本府1月
        至6月…，並組團出訪甲國、乙國等國) whose items tell the trips to cities of them:
        those trips, not also the summary. A summary names several countries, or closes
        its list with 等國, or stands before the first section; a trip to one country
        dated by the period (本府某局1月至6月派員赴甲國交流) is one of its own. A
        heading's trip to countries (陳市長率團訪問甲國) goes too when the text tells the
        cities of them."""
        period = self.period
        if period is None:
            return
        trips = [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED and r.source == self.home
        ]
        gone: set[object] = set()
        gone_in: dict[int | None, set[object]] = {}  # by item: 陳市長率團訪問甲國 is
        for r in trips:  # told again by that item's trips to cities, not another's
            if self.facts.label_of(r.target) == Label.CITY:
                code = self.facts.entities[r.target].properties.get("country")
                gone.add(code)
                for sentence in self._told_in(r):
                    # and by the heading above its item (曾副市長率團訪問甲國及乙國 over
                    # 1.…訪問甲國某市 2.…轉赴乙國某市)
                    for section in self._section_and_above(sentence.section):
                        gone_in.setdefault(section, set()).add(code)
        headings = {(s.start, s.end) for s in self.parsed.sentences if s.is_heading}
        for trip in trips:
            country = self.facts.entities[trip.target]
            code = country.properties.get("code")
            told = self._told_in(trip)
            # (told by a heading, and maybe again by the overview summing up the period)
            told_by_heading = (
                "start" not in trip.properties
                and all(
                    (e.start, e.end) in headings
                    or any((s.start, s.end) == (e.start, e.end) and self._summary(s) for s in told)
                    for e in trip.evidence
                )
                and any(
                    (s.start, s.end) in headings and code in gone_in.get(s.section, ())
                    for s in told
                )
            )
            summed_up = (trip.properties.get("start"), trip.properties.get("end")) == (
                period.start,
                period.end,
            ) and any(self._summary(s) for s in self._told_in(trip))
            detailed = self._cities_dated_within(trip, code, trips)
            # 市長率團訪問甲國（註九）, the note telling the trip to a city of it: the city's
            noted = "start" not in trip.properties and all(
                _NOTE_POINTER.search(normalize(e.text)) for e in trip.evidence
            )
            if country.label == Label.COUNTRY and (
                (summed_up and code in gone)
                or told_by_heading
                or detailed
                or (noted and code in gone)
            ):
                del self.facts.relations[trip.key]

    def _drop_domestic_person_visits(self) -> None:
        """A person's visit to another place of the city's own country (本府秘書長某某陪同
        某市長前往臺南參觀, 本府派某科長赴臺北出席…): the reports' visits are of places
        abroad or of the city itself, so no such visit is a person's."""
        for visit in list(self.facts.relations.values()):
            if (
                visit.type == RelType.VISITED
                and self.facts.label_of(visit.source) == Label.PERSON
                and visit.target != self.home
                and self.facts.label_of(visit.target) == Label.CITY
                and self.facts.entities[visit.target].properties.get("country")
                == self.facts.entities[self.home].properties.get("country")
            ):
                del self.facts.relations[visit.key]

    def _cities_dated_within(self, trip: Relation, code: object, trips: list[Relation]) -> bool:
        """Whether the city's dated trip to a country is told again, city by city, on
        days within it (a log line 11.16～11.28 曾副市長率團訪問甲國及乙國, and the section
        detailing 11月17日至20日訪問甲國某市…): the cities tell it."""
        first, last = trip.properties.get("start"), trip.properties.get("end")
        if not (isinstance(first, str) and isinstance(last, str) and len(first) == 10):
            return False
        return any(
            self.facts.label_of(r.target) == Label.CITY
            and self.facts.entities[r.target].properties.get("country") == code
            and dated_within(r.properties, trip.properties)
            for r in trips
        )

    def _section_and_above(self, index: int | None) -> list[int | None]:
        """Section `index` and the sections it is within, innermost first."""
        found: list[int | None] = [index]
        section = self._section(index)
        while section is not None and section.parent is not None:
            found.append(section.parent)
            section = self._section(section.parent)
        return found

    def _told_in(self, relation: Relation) -> list[Sentence]:
        """The sentences of a relation's evidence."""
        spans = {(e.start, e.end) for e in relation.evidence}
        return [s for s in self.parsed.sentences if (s.start, s.end) in spans]

    def _summary(self, sentence: Sentence) -> bool:
        """Whether a sentence sums up the period's trips: before the first section or
        under an overview heading (一、本期概述), summing up the period (本期接待之甲市、
        乙市等訪團), or naming several countries or closing a list by 等國."""
        if sentence.section is None or _COUNTRIES_AND_MORE.search(sentence.norm):
            return True
        if _PERIOD_SUMMED.search(sentence.norm) or self._in_overview(sentence.section):
            return True
        countries = {
            m.place.id for m in self._place_mentions(sentence.norm) if m.place.label == "Country"
        }
        return len(countries) >= 2

    def _in_overview(self, index: int) -> bool:
        """Whether section `index` is (or is under) the chapter's overview heading
        (一、本期概述, 壹、前言)."""
        sections = self.parsed.sections
        at: int | None = index
        while at is not None and 0 <= at < len(sections):
            if not sections[at].is_item and _OVERVIEW_TITLE.fullmatch(sections[at].title.strip()):
                return True
            at = sections[at].parent
        return False

    def _merge_summed_up_visits(self) -> None:
        """A visit a summary alone tells of a place (本期接待之甲市、乙市等城市訪團, 甲市市長
        於10月來訪) whose own people or bodies have a visit to the same party dated
        within it (10月11日　甲市市長王大明來訪): the same visit, told by the dated one,
        which takes the summary's sentences as evidence."""
        visits = [r for r in self.facts.relations.values() if r.type == RelType.VISITED]
        told_by_summary: dict[str, bool] = {}  # read once per visit, and only if asked

        def summed_only(visit: Relation) -> bool:
            if visit.key not in told_by_summary:
                told = self._told_in(visit)
                told_by_summary[visit.key] = all(self._summary(s) for s in told)
            return told_by_summary[visit.key]

        for summed in visits:
            place = summed.source
            if self.facts.label_of(place) not in (Label.CITY, Label.COUNTRY) or not summed_only(
                summed
            ):
                continue
            theirs = self._of_place(place)
            dated = [
                r
                for r in visits
                if r is not summed
                and r.source in theirs
                and r.target == summed.target
                and len(str(r.properties.get("start", ""))) == len("2000-01-01")
                and dated_within(r.properties, summed.properties)
                and not summed_only(r)
            ]
            if not dated:
                continue
            for visit in dated:
                visit.evidence.extend(e for e in summed.evidence if e not in visit.evidence)
            self.facts.relations.pop(summed.key, None)

    def _of_place(self, place: str) -> set[str]:
        """The place, the bodies located in it and the people holding a title of either."""
        relations = self.facts.relations.values()
        bodies = {r.source for r in relations if r.type == RelType.LOCATED_IN and r.target == place}
        parties = {place, *bodies}
        people = {
            r.source for r in relations if r.type == RelType.HOLDS_TITLE and r.target in parties
        }
        return parties | people

    def _within_section(self, here: int | None, told: int) -> bool:
        """Whether section `here` is a sub-item, at any depth, of section `told`."""
        if here is None:
            return False
        parent = self.parsed.sections[here].parent
        while parent is not None:
            if parent == told:
                return True
            parent = self.parsed.sections[parent].parent
        return False

    def _same_or_next_item(self, told: int, here: int | None) -> bool:
        """Whether section `here` is `told`, or the item right after it under the same
        heading (1.…組團赴某市… 2.拜會某市: 訪團於6月12日轉赴某市, the same delegation)."""
        if here == told:
            return True
        if here is None:
            return False
        sections = self.parsed.sections
        siblings = [i for i in range(here) if sections[i].parent == sections[here].parent]
        return bool(siblings) and siblings[-1] == told

    def _remember_trip(self, clause: Clause, sentence_norm: str) -> _Itinerary | None:
        """The city's trip abroad a clause tells, led by someone (陳市長率經發局組團訪問
        某國), whose delegation later clauses of the section may follow to each stop: in
        its own sentence or the next, clauses with no subject that open with going
        (…訪問某國，4月19日至21日停留甲市…；22日轉赴乙市) are legs of it too."""
        section = clause.sentence.section
        if section is None or not _GO.search(clause.norm) or not self._home_acts(sentence_norm):
            return None
        leader = self._leader(sentence_norm)
        if not leader:
            return None
        when = self._visit_when(clause)
        start, end = when.get("start"), when.get("end") or when.get("start")
        days = (start, end) if isinstance(start, str) and isinstance(end, str) else None
        self._trip_abroad = _Itinerary(
            section, leader, self._bureaus(sentence_norm), {}, told_in=clause.sentence, days=days
        )
        self._leg_sentence = clause.sentence
        return self._trip_abroad

    def _leg_days(self, destinations: list[str], when: dict[str, object]) -> None:
        """A leg's own days (一行於3月29日抵達甲市；31日轉往乙市) within a trip told to
        several cities over its whole days (3月29日至4月2日訪問甲市、乙市及丙市): the
        visit to that city is of the leg's days, not the trip's."""
        start, end = when.get("start"), when.get("end")
        if not (isinstance(start, str) and len(start) == len("2000-01-01")):
            return
        trips = [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED and r.source == self.home
        ]
        for visit in (r for r in trips if r.target in destinations):
            first, last = visit.properties.get("start"), visit.properties.get("end")
            if not (isinstance(first, str) and isinstance(last, str) and first <= start <= last):
                continue
            code = str(self.facts.entities[visit.target].properties.get("country", ""))
            shared = any(  # the trip's sentence told the other cities too (not the
                # city's own country: 赴韓國訪問某市 went to that city alone)
                other.target not in (visit.target, f"country:{code.lower()}")
                and other.evidence[:1] == visit.evidence[:1]
                for other in trips
            )
            if shared and str(end or start) <= last:
                self._end_open_stay(start)
                self._members_follow(visit, start, end)
                set_days(visit.properties, start, end)
                self._open_stay = None if end else visit

    def _end_open_stay(self, day: str, place: str | None = None) -> None:
        """The stay a leg began (一行於10月12日抵達甲市) ending on `day`: the day the
        delegation went on to the next stop (15日轉往乙市) or left it (19日離乙市, when
        `place` is that stop); its members' stays with it."""
        stay = self._open_stay
        if stay is None or (place is not None and stay.target != place):
            return
        if str(stay.properties.get("start", "")) < day:
            self._members_follow(stay, stay.properties.get("start"), day)
            stay.properties["end"] = day
        self._open_stay = None

    def _members_follow(self, visit: Relation, start: object, end: object) -> None:
        """The city's members who went to a stop on the whole trip's days (its roster:
        甲、乙…赴某市) stayed there on the leg's days, as the delegation did."""
        whole = (visit.properties.get("start"), visit.properties.get("end"))
        for member in self.facts.relations.values():
            if (
                member.type == RelType.VISITED
                and member.target == visit.target
                and self.facts.label_of(member.source) == Label.PERSON
                and (member.properties.get("start"), member.properties.get("end")) == whole
            ):
                set_days(member.properties, start, end)

    def _leg_replaces_country(self, trip: _Itinerary, destinations: list[str]) -> None:
        """A leg to a city of a country the trip was told as going to: the trip went to
        that city, the country being only its summary."""
        for city in destinations:
            if self.facts.label_of(city) != Label.CITY:
                continue
            country = self.facts.entities[city].properties.get("country")
            key = trip.countries.pop(country, None) if country else None
            if key is not None:
                self.facts.relations.pop(key, None)

    def _came_as_named(self, clause: Clause) -> list[str]:
        """A party the clause says came, named after 來訪之 (本府與來訪之某國某管理局簽署
        …, 接待來高之某市代表團, 與到訪的某大學交流): that city or body; not a person
        (read with the people named)."""
        came = _CAME_AS.search(clause.norm)
        if came is None:
            return []
        rest = clause.norm[came.end() :]
        ends = [m.start() for p in (_AGREEMENT, _MEET, _JOIN) for m in [p.search(rest)] if m]
        words = _MEMBERS.sub("", _DELEGATION.sub("", rest[: min(ends, default=len(rest))]))
        words = _MEETING_FILLER.sub("", words)
        if not words or any(name in words for name in self.people):
            return []
        places = [m for m in self._place_mentions(words) if m.place.label != "Country"]
        if places and places[-1].end == len(words):
            return [self.facts.place(places[-1].place)]  # 來訪之某市(代表團)
        body = self._outside_body(words)
        return [body] if body else []

    def _taken_up(self, clause: Clause) -> bool:
        """Whether the sentence goes on to tell the invited took part (邀請某市、某市組隊
        來高，連同本市N隊共M隊參賽): then they came; not if that is to come or did not
        happen (…，目前均已回覆將派團出席; …，某市則婉拒), nor where the sentence tells
        each one's coming itself (…，某市組團於2月8日抵高，並出席…), nor an invitation
        dated by its letter (去年12月函請…組團來高)."""
        norm = clause.sentence.norm
        later = "，".join(
            part
            for part in _CLAUSE_BREAK.split(norm[clause.start + len(clause.norm) :])
            if not _ASKED_TO_BRING.search(part)  # …，並洽請某協會引介某國團體參展
        )
        # 邀請某團一行於2月14日至17日來高: a date after the invitation is the coming's
        invite = _INVITE.search(clause.norm)
        lettered = [d for d in clause.dates if invite is None or d.text_start < invite.start()]
        # 面邀某市長於11月率團來訪，出席本府主辦之「…」: what they are asked to come for
        purpose = _JOIN_OPENING.match(later.lstrip("，,;"))
        return (
            not lettered
            and not purpose
            and bool(_TOOK_PART.search(later) or _PERFORMED_AT.search(later))
            and not any(words.search(later) for words in (_FUTURE, _ABSENT, _NOT_HELD, _COME))
        )

    def _led_a_coming(self, clause: Clause) -> bool:
        """Who led a group whose coming was told before (…等6個城市派團來高。其中某市
        由副市長某某親自率團；某某市今年由某某領隊): they came too, then."""
        lead = _LEADS_GROUP.search(clause.norm)
        # …與來訪之某局簽署…，由該局某某主席率團出席: the coming told before in the sentence
        told = self.state.continues or self._came_in == clause.sentence.start
        if not (told and self.state.coming and lead):
            return False
        leaders = [pid for name, pid in self.people.items() if name in clause.norm[: lead.start()]]
        when = _visit_days(self.state.coming)
        for person in dict.fromkeys(leaders):
            self.facts.relate(RelType.VISITED, person, self.home, clause.sentence, **when)
        return bool(leaders)

    def _visit_when(self, clause: Clause) -> dict[str, object]:
        """A visit's dates: the clause's own, else a day the sentence gives after it
        (本府…參加某某市某某節，…於6月9日至14日前往參加)."""
        when = self._when(replace(clause, earlier_dates=self._not_inviting(clause)))
        if _RECEIVED_BACK_FROM.search(clause.norm):
            # 七月十一日，市長接見赴日本參加「…」榮獲冠軍之本市某隊: the day received
            # back, not gone; the year only
            return {"year": when["year"]} if when.get("year") else {}
        since = self.state.since_year
        if is_recurring(clause.norm):
            # 自2005年起每年均派團參加…: the year it began is not this visit's; 每年8月均
            # 派團…: a month of every year is no date of one (the paragraph's last year
            # may be a past one, 於95年締結姊妹市後): this visit is this year's
            current = self.state.dates.report_year or self.state.dates.current_year
            if when.get("year") != current and (
                when.get("year") == since
                or not any(_YEAR_WRITTEN.search(d.text) for d in clause.dates if not d.since)
            ):
                when = {"year": current} if current else {}
        if "start" in when:
            return when
        if self.state.continues and self.state.coming and not clause.dates:
            return self.state.coming  # 其中某市代表隊由某某帶隊，為首支來訪之球隊
        witnessed = self._signing_witnessed(clause)
        if witnessed is not None:
            return witnessed  # 4月10日，本府與某市簽署…。某市副市長率團來高見證簽約
        after = clause.start + len(clause.norm)
        later = [
            d
            for d in clause.later_dates
            if d.precision == "day"
            # 某某來訪時，正式邀請本市參加9月29日開幕之「…」: the day of what it invites to
            and not _INVITE.search(clause.sentence.norm[after : d.text_start])
            # …抵達，在高雄停留三天，十日離境: the day they left, not came
            and not _LEFT_FOR_HOME.match(clause.sentence.norm, d.text_end)
        ][:1]
        half = _HALF_OF_YEAR.search(clause.norm)
        if _CAME_WHEN.search(clause.norm) and (half or clause.dates):
            # 某議員上半年來訪時邀請…，…已於10月21日…: a visit dated on its own, the days
            # after are later (not 某某來訪時，於7月3日與…簽署: the visit's own day)
            later = []
            if half and not clause.dates:
                # 上半年: a half of the report's year, whatever year was written last
                report_year = self.state.dates.report_year
                when = {**when, "year": report_year} if report_year else when
        if later and when.get("year") in (None, later[0].year):
            return {"start": later[0].start, "end": later[0].end, "year": later[0].year}
        opened = self._day_opening_sentence_before(clause)
        coming = _COME.search(clause.norm)
        if (
            opened is not None
            and not (clause.dates or clause.earlier_dates)
            and coming
            # (某市長曾多次來訪, 表示歡迎本市市民前來: once or wished, not that day's)
            and not _ONCE_OR_WISHED.search(clause.norm[: coming.start()])
        ):
            return {"start": opened.start, "year": opened.year}
        year = when.get("year") or self._year_hint([])
        return {**when, "year": year} if year else when  # 來訪期間: in the year being read

    def _day_opening_sentence_before(self, clause: Clause) -> DateSpan | None:
        """The day opening the sentence before in the same paragraph, a story's time set
        before the arrival it tells (五月八日，遠方的客人到了。某市副市長某某率團抵達，在
        高雄停留三天): that day, where the sentence before told no other coming."""
        before = self.previous
        if before is None or before.paragraph != clause.sentence.paragraph:
            return None
        opening = [d for d in self.state.dates_before if d.text_start == 0]
        if not opening or opening[0].precision != "day" or opening[0].end is not None:
            return None
        return None if _COME.search(before.norm) else opening[0]

    def _signing_witnessed(self, clause: Clause) -> dict[str, object] | None:
        """The day of the signing the item dated, for a coming with no date of its own to
        witness a signing (見證簽約, 觀禮): the visitors came on that day."""
        if not (_WITNESS.search(clause.norm) and _SIGNING_WORD.search(clause.norm)):
            return None
        day = [d for d in self.state.item_dates if d.precision == "day"][:1]
        if not day or day[0].end:
            return None
        return {"start": day[0].start, "year": day[0].year}

    def _cities_met_in(
        self, destinations: list[str], clause: Clause, sentence_norm: str
    ) -> list[str]:
        """A country gone to, then the cities of it whose people were called on
        (赴日本，先後拜會某市市長某某及某市市長某某): the trip went to those cities."""
        places = [self.gaz.get(pid) for pid in destinations]
        countries = {p.country: p.id for p in places if p is not None and p.label == "Country"}
        start = clause.start + len(clause.norm) + 1  # the clause after this one
        stop = _CLAUSE_BREAK.search(sentence_norm, start)
        following = sentence_norm[start : stop.start() if stop else None]
        verb = _MEET.search(following)
        if not countries or verb is None:
            return destinations
        met = [
            m.place
            for m in self._place_mentions(following)
            if m.start >= verb.end() and m.place.label == "City" and m.place.country in countries
        ]
        if not met:
            return destinations
        gone = [countries[p.country] for p in met]
        cities = [self.facts.place(p) for p in met]
        return list(dict.fromkeys([d for d in destinations if d not in gone] + cities))

    @staticmethod
    def _not_inviting(clause: Clause) -> list[DateSpan]:
        """The sentence's dates before the clause, but those of a clause that only
        invites (去年底即發函邀請…, 計有…派團來高: the letter's date is not the coming's);
        one received and answered by what follows (83.4.11～4.15　應某市之邀，本府…組團
        赴…) dates that."""
        norm = clause.sentence.norm
        kept = []
        for span in clause.earlier_dates:
            start = max(norm.rfind(c, 0, span.text_start) for c in ",;") + 1
            ends = [i for i in (norm.find(c, span.text_end) for c in ",;") if i >= 0]
            words = _INVITED_BY.sub("", norm[start : min(ends, default=len(norm))])
            # (舉辦「某某少年足球邀請賽」: an event's name that says 邀請 invites no one)
            if not _INVITE.search(_QUOTED_TEXT.sub("", words)):
                kept.append(span)
        return kept

    def _body_named_on(self, text: str, at: int) -> bool:
        """Whether the words at `at`, up to where a body's name must end (a verb, a
        break), name a body (某國|交流協會某市事務所拜會…), not a delegation of the
        place's (某國|訪問團)."""
        run = _HAN.match(text, at)
        words = run.group() if run else ""
        stop = _BODY_NAME_END.search(words)
        return self._body_at(words[: stop.start()] if stop else words, 0) is not None

    def _destinations(self, clause: Clause) -> list[str]:
        """Cities the clause goes to: after 至/前往/赴/訪問…, with their enumeration
        (訪問中國某某省某甲、某乙及某丙等市), or the host city of an event joined abroad."""
        text = clause.norm
        found: list[str] = []
        named_in: list[str] = []
        previous_end = -1
        stop = _stop_met_at(text)
        for start, end, pid in clause.places:
            if pid == self.home or self.facts.label_of(pid) not in (Label.CITY, Label.COUNTRY):
                continue
            # a country is a destination only when no place of it follows (赴新加坡考察),
            # nor is it the opening of a body's name (前往某國交流協會某市事務所)
            # (but 赴甲國及乙國考察: a country listed before another place, each gone to)
            next_item = [(e, p) for at, e, p in clause.places if at == end + 1]
            listed_before = (
                _JOINER.match(text, end) is not None
                and bool(next_item)
                and not self._cities_of_list_named(clause)
                # (赴日本及韓國駐台機構拜會: the list opens a body's name, no country gone to)
                and not any(self._country_opens_body(text, e, p) for e, p in next_item)
            )
            if self.facts.label_of(pid) == Label.COUNTRY and (
                not (_COUNTRY_ALONE.match(text[end : end + 2]) or listed_before)
                or self._body_named_on(text, end)
            ):
                continue
            lead_in = text[max(0, start - 10) : start]
            gap = text[previous_end:start]
            listed = previous_end >= 0 and (not gap or bool(_JOINER.fullmatch(gap)))
            if stop and previous_end == stop.stop and gap == "與":
                listed = False  # 於某市與某市市長會晤: whom they met there, no stop
            nested = previous_end >= 0 and start == previous_end  # 某某省某甲
            # 轉往某市, or 於某市與該市市長某某會晤 (the clause opening with the stop)
            met_there = start in stop
            stays = (bool(_STAY.search(lead_in)) or met_there) and (
                self._leg_of(clause) is not None or self._leg_told_after(clause) is not None
            )
            went = [m for m in _GO.finditer(lead_in)][-1:]
            if went and _TALKS_ON.search(text, 0, start - len(lead_in) + went[0].start()):
                continue  # 研商赴某地參加「…」之籌備事宜: the going talked over, not done
            if went or stays or listed or nested:
                if nested and found:
                    found.pop()  # the province is the way to the city, not a stop
                found.append(pid)
                previous_end = end
            elif (
                (
                    self._hosts_event(clause, start, end)
                    or self._names_event(text[end:])  # 參加美國某某市某某節
                    or _HELD_THERE.match(text[end : end + 4])  # 參加於某某市舉行之「…」
                )
                and _JOIN.search(text[:start])
            ):
                if text[:start].count("「") > text[:start].count("」"):
                    named_in.append(pid)  # 參加「2019某市國際食品展」: the event's name
                else:
                    found.append(pid)
        gone = [pid for pid in found if self.facts.label_of(pid) == Label.CITY]
        # 赴某市幕張展覽館參加「某地國際食品展」: held where they went, whatever its name
        return list(dict.fromkeys(found + ([] if gone else named_in))) or self._host_gone_to(clause)

    def _cities_of_list_named(self, clause: Clause) -> bool:
        """Whether the sentence names cities of the countries the clause lists (赴甲國、
        乙國及丙國，期間拜會甲國某市及丙國某市): the trip's stops are those cities, the
        countries only the way to them."""
        countries = {
            pid.split(":")[1]  # country:cz
            for _, _, pid in clause.places
            if self.facts.label_of(pid) == Label.COUNTRY
        }
        return any(
            m.place.label == "City" and m.place.country.lower() in countries
            for m in self._place_mentions(clause.sentence.norm)
        )

    def _host_gone_to(self, clause: Clause) -> list[str]:
        """Going to attend with no place written (某市主辦「…」，…由市長率團前往出席開幕
        典禮): the foreign city holding the event the sentence named went to."""
        if not _GO_TO_ATTEND.search(clause.norm):
            return []
        events = [e for _, _, e in clause.events] or self.state.sentence_events
        return [
            r.source
            for r in self.facts.relations.values()
            if r.type == RelType.HOSTED
            and r.target in events
            and r.source != self.home
            and self.facts.label_of(r.source) == Label.CITY
        ][:1]

    @staticmethod
    def _names_event(after: str) -> bool:
        """Whether the words right after a place name an event held there, unquoted
        (甲市某某節, 乙市工業展, 丙市雪祭)."""
        words = _HAN_WORDS.match(after)
        return bool(words and event_kind(words.group()))

    def _that_school_sending(self, head: str, before: str) -> str | None:
        """The foreign school a clause takes up as 該校 sending its people to come (某國
        某高中校長親自來高簽署；同年5月該校並派學生16人來高): the school named last before,
        in the sentence or the one before it."""
        sends = _THAT_SCHOOL_SENDS.search(head)
        schools = list(_SCHOOL.finditer(before))
        if sends is None or not schools or not _COME.search(head, sends.end()):
            return None
        name = _HOME_SCHOOL_LEAD.sub("", schools[-1].group(1))
        place = self._place_before(before, schools[-1].start())
        if place is None or place.id == self.home_place.id:
            return None
        return self._organization(name, "school", place)

    def _received_by_host(self, before: str, home_people: set[str]) -> list[str]:
        """Those the city's side was received by abroad, written after 承, 受到 or 由
        (訪問團停留期間，承某市長某某（gloss）於市政廳接見; 受到該市市長某某設宴款待): the
        people named between that word and the verb."""
        host = _RECEIVED_BY_HOST.search(before)
        if host is None:
            return []
        return [
            pid
            for name, pid in self.people.items()
            if name in host.group(1) and pid not in home_people
        ]

    def _sending(self, text: str) -> re.Match[str] | None:
        """The first word of sending in `text` (某市派遣…, 指派…) that is not a character
        of a person's name read (委員派翠克‧王率團來訪: no one sent)."""
        names = [
            (at.start(), at.end())
            for name in self.people
            if len(name) >= 2
            for at in re.finditer(re.escape(name), text)
        ]
        for sent in _SEND.finditer(text):
            if not any(start <= sent.start() < end for start, end in names):
                return sent
        return None

    def _visitors(self, clause: Clause, sentence_norm: str) -> list[str]:
        """Who came in this clause: people named after 派 (or anywhere in the sentence
        when nobody sent them), else the body or city that leads the clause."""
        if _JOIN.search(clause.norm) and (clause.events or self.state.event):
            return []  # coming to take part in an event is read as participation
        # 派 of a later clause (雙方同意明年起互派球隊) sent no one of this one
        sent = self._sending(sentence_norm[: clause.start + len(clause.norm)])
        scope = sentence_norm[sent.end() :] if sent else clause.norm
        # 拜會某市市長某某，感謝該市於1月派團來訪: the one thanked came not; the place the
        # thanks name did (not 感謝其年初訪高期間之協助, 感謝某市長於1月率該市代表團來訪,
        # the place thanked no place after the thanks: he did)
        thanks = _THANKS_OPENING.match(clause.norm)
        thanked = thanks is not None and any(at == thanks.end() for at, _, _ in clause.places)
        if thanked:
            scope = clause.norm
        # (某市議員某某應王大明副市長之邀率團來訪: the inviter named is no visitor)
        inviting = [m.span(1) for m in _INVITED_BY.finditer(scope)]
        named = [
            pid
            for name, pid in self.people.items()
            if any(
                not any(s <= at.start() < e for s, e in inviting)
                for at in re.finditer(re.escape(name), scope)
            )
        ]
        if named:  # (某市並由該市某某帶隊來高: the city he led came too)
            bodies = self._visitor_bodies(sentence_norm, sent) + self._city_led_by_another(clause)
            return list(dict.fromkeys(named + bodies))
        earlier = "" if thanked else sentence_norm[: clause.start]
        if _LEADER_CHANGED.match(clause.norm) and _KEPT_AWAY.search(earlier):
            # 某市長因故未能來訪，改由副市長率團來訪: the one kept away came not; the city or
            # body he heads, sending another in his stead, did
            kept = [pid for _, pid in self._people_by_position(earlier)]
            held = [r.target for r in self._titles_held(kept)]
            if held:
                return list(dict.fromkeys(held))
            earlier = ""
        # (某市長某某應王大明市長之邀，率團來訪: the inviter named is no visitor)
        inviting = [m.span(1) for m in _INVITED_BY.finditer(earlier)]
        spoken_of = [
            (at, pid)
            for at, pid in self._people_by_position(earlier)
            if not any(s <= at < e for s, e in inviting)
        ]
        leader = [max(spoken_of)[1]] if spoken_of else []
        leader = _with_companions(earlier, spoken_of, leader)
        teams = _SENT_TEAM.findall(sentence_norm) if sent else []
        if teams:  # 山田太郎課長帶隊，特別派遣…棒球隊至本市: the team and who led it
            at = sentence_norm.find(teams[0])
            place = self._place_before(sentence_norm, at)
            name = teams[0].removeprefix("特別")
            if _DELEGATION.search(name) and place is not None:
                return [self.facts.place(place), *leader]  # 某市派遣青少年交流團: the city
            if sentence_norm.startswith("隊", at + len(teams[0])):
                # 甲市與乙市分別派遣藝術家團隊來高: a team told by its kind is each city's
                senders = [
                    self.facts.place(m.place, m.surface)
                    for m in self._place_mentions(sentence_norm[: sent.start()] if sent else "")
                    if m.place.label != "Country" and m.place.id != self.home_place.id
                ]
                return [*dict.fromkeys(senders), *leader] or (
                    [self.facts.place(place)] if place else []
                )
            kind = self.lex.org_kind(name) or "team"
            team = self.facts.organization(name, "", kind, scope=place.id if place else None)
            return [team, *leader]
        if leader:  # 市長某某（gloss）率該市官員…，於…來訪: he, and the body he leads
            return list(dict.fromkeys(leader + self._visitor_bodies(sentence_norm, sent)))
        head = _DATE_HEAD.sub("", clause.norm)  # not 日本
        received = _RECEIVES_GUESTS.match(head)
        if received is not None:  # 本府某局於…接待「某市青少年交流團」師生32人: the guests
            head = head[received.end() :].replace("「", "").replace("」", "")
            head = _MEMBERS.sub("", _GLOSS_CLOSING.sub("", head))
        told = (self.previous.norm if self.previous else "") + sentence_norm[: clause.start]
        that_school = self._that_school_sending(head, told)
        if that_school is not None:
            return [that_school]  # …由某高中校長親自來高簽署；同年5月該校並派學生來高
        led_body = self._body_led_by_its_official(head)
        if led_body is not None:
            return [led_body[0]]  # 某市港灣局山本局長亦率考察團來訪: the bureau came
        former = self._delegation_former(head, sentence_norm)
        if former is not None:
            return [former]  # 某協會組成青少年訪問團…來訪: the association
        school = _SCHOOL_HEAD_LEADS.search(head)
        if school is not None:  # 某中學校長率師生一行20人來訪, 由某高中校長來高: the school
            place = self._place_before(sentence_norm, sentence_norm.find(school.group(1)))
            return [self._organization(school.group(1), "school", place)]
        named = _DELEGATION_LED.match(head)
        delegation = self._named_delegation(named.group(1)) if named else None
        if delegation is not None:
            return [delegation]  # 某市青少年交流訪問團來訪: the named delegation
        # 由某部邀請來華訪問之某記者團: the group, not who invited it
        invited_by = _INVITED_HERE_BY.match(head)
        head = head[invited_by.end() :] if invited_by else head
        # 某商工會議所訪問團一行15人於1月26日來訪: the body, without its group and dates
        head = _SENDER_END.split(head, maxsplit=1)[0]
        titled = self._body_led_by_surname(head)
        if titled is not None:  # 某國代表處陳副代表於…率…來訪: the office came
            head = titled[0]
        if not head and clause.start:  # 某高等學校師生一行32人，於3月20日來訪: the opener
            return self._visitors(self._opening_clause(sentence_norm), sentence_norm)
        # 某高等學校(Some High School)師生一行25人至本市: the school, without its gloss
        head = _GLOSS_CLOSING.sub("", _MEMBERS.sub("", head))
        head = self._body_invited(head)
        head = self._school_sending_group(head)  # 某高等學校修學旅行團: the school
        body = head.removeprefix("【")  # 【某記者團參訪本市】: the bracket opens the headline
        kind = self.lex.org_kind(body) if body else None
        # a delegation not a body of its own (某縣觀光交流團) is its place's coming
        if kind and kind != "delegation" and len(body) <= 20:
            # 美國某州立大學: the place opening the name, else the one before it
            place = self._place_opening(body) or self._place_before(
                sentence_norm, sentence_norm.find(body)
            )
            return [self._organization(body, kind, place)]  # 日本某會議所 is also 某會議所
        if clause.sentence.is_heading and self._official_of_place_alone(head):
            return []  # 5.某市市長來訪: the mayor came (his text names him), not the city
        return self._foreign(clause) or self.state.subject

    def _city_led_by_another(self, clause: Clause) -> list[str]:
        """The foreign city opening the clause as its subject, whose coming someone led
        (某市並由該市教育委員會某某帶隊來高): the city came, whoever led it."""
        subject = _LED_SUBJECT.match(_DATE_HEAD.sub("", clause.norm))
        if subject is None:
            return []
        mentions = self._place_mentions(subject.group(1))
        if len(mentions) != 1 or mentions[0].end != len(subject.group(1)):
            return []
        place = mentions[0].place
        if place.label != "City" or place.id == self.home_place.id:
            return []
        return [self.facts.place(place, mentions[0].surface)]

    def _home_school_calling(self, words: str) -> str | None:
        """The home school whose people call on a body abroad, opening the words before
        the verb (本市某國中校長隨團拜訪某中學): it visited, not the city; else None. Not
        when it went with the city's leader (本市某高中校長陪同陳市長拜會…: the city's
        call), nor when it names a class of schools, not one (本市高中職校長)."""
        lead = _SCHOOL.match(_DATE_PREFIX.sub("", words))
        if lead is None or not lead.group().startswith("本市"):
            return None
        if _ALONG_WITH_HOME.search(words, lead.end()):
            return None
        school = lead.group(1)
        named = school.removeprefix("本市")
        if len(named) - len(self.lex.org_ending(named) or named) < 2:
            return None  # 本市高中職校長: no school's name
        return self._home_body(school)

    def _official_of_place_alone(self, head: str) -> bool:
        """Whether `head` names places and then an official of the last by title alone,
        leading no group (某國某市市長來訪): the official is who came."""
        at = 0
        for mention in self._place_mentions(head):
            if mention.start != at:
                break
            at = mention.end
        rest = head[at:]
        return bool(at) and not _LEADS.search(rest) and self._official_after(rest)

    def _school_sending_group(self, head: str) -> str:
        """A school's group written after its name (某縣立某高等學校修學旅行團, 某大學
        訪問團): the school, whose people came; `head` as it is otherwise, also when the
        group is a troupe of its own (某高等學校管樂團, 某大學合唱團: the band came)."""
        if self.lex.org_kind(head) in _TROUPE_KINDS:
            return head
        for end in range(len(head) - 1, 2, -1):
            if self.lex.org_kind(head[:end]) in _SCHOOL_KINDS and (
                _GROUP_TAIL.fullmatch(head[end:])
            ):
                return head[:end]
        return head

    def _body_led_by_surname(self, head: str) -> tuple[str, str] | None:
        """A body and one of it named by surname and title after its name (駐臺北某國
        代表處陳副代表, 某協會林理事長): the body's name and who leads, by surname and
        title (_body_before_official); None unless such an official closes the words."""
        words = _ADVERB_OPENING.sub("", _DATE_HEAD.sub("", _ITEM_PARTY.sub("", head)))
        body = self._body_before_official(words)
        return (body, words[len(body) :]) if body else None

    def _place_opening(self, name: str) -> Place | None:
        """The foreign place the places opening `name` one after another end with (美國
        某市某高中, 美國某州立大學: that city), or None when no place opens it."""
        at, place = 0, None
        for mention in self._place_mentions(name):
            if mention.start != at:
                break
            at, place = mention.end, mention.place
        return place if place is not None and place.id != self.home_place.id else None

    def _delegation_former(self, head: str, sentence_norm: str) -> str | None:
        """The body that formed the delegation coming (某市某某協會組成青少年訪問團):
        that body, of the place opening its name or named before; a place forming
        one (某市組成交流團) came itself."""
        formed = _FORMS_DELEGATION.match(head)
        if formed is None:
            return None
        body = formed.group(1)
        kind = self.lex.org_kind(body)
        if kind is None:  # 某市組成交流團: the place's own coming
            written = self._place_mentions(body)
            whole = len(written) == 1 and (written[0].start, written[0].end) == (0, len(body))
            return self.facts.place(written[0].place) if whole else None
        if kind == "delegation":
            return None
        return self._organization(body, kind, self._place_before(sentence_norm, head.find(body)))

    def _opening_clause(self, sentence_norm: str) -> Clause:
        """The sentence's first clause, read for who comes in a later one that opens
        with its time (某協會會員20人，於5月2日來訪; 某高中師生一行，在8月抵達本市)."""
        opening = _CLAUSE_BREAK.split(sentence_norm, maxsplit=1)[0]
        return Clause(self._here(), opening, 0)

    def _visitor_bodies(self, sentence_norm: str, sent: re.Match[str] | None) -> list[str]:
        """Whom named visitors came for: the body or city of one who leads the group
        (某市副市長山田太郎率市議會…來訪, 某高等學校校長率師生來訪), and the city
        that sent them (某市王大明市長…指派經濟政策課課長…前來)."""
        bodies: list[str] = []
        for name, pid in self.people.items():
            at = sentence_norm.find(name)
            after = sentence_norm[at + len(name) :]
            # 某委員會主席某某女士（Anne Green）率團: the form of address before the gloss
            after = after.removeprefix(next((f for f in ADDRESS_FORMS if after.startswith(f)), ""))
            after = _GLOSS_OPENING.sub("", after)  # a gloss
            after = after.removeprefix(",")  # 某市副市長王大明，率市政府代表團…
            after = _IN_LINE_WITH_CLAUSE.sub("", after)  # 依…之約定，率該市…
            # 某某市長於12月中旬率團訪高: named before in full, now by name and title
            title = next(iter(self.lex.titles_at(after, 0)), "")
            # 某委員會主席某某女士率…: the form of address stands before the verb
            title += next((f for f in ADDRESS_FORMS if after.startswith(f, len(title))), "")
            lead = _LEADS.match(after[len(title) :])
            if at >= 0 and not lead:  # 某委員會主席某某偕該委員會委員二人…來訪
                bodies.extend(self._own_body_along(pid, after))
            if at < 0 or not lead:
                continue
            lead_end = sentence_norm.find(after) + len(title) + lead.end()
            group = self._led_group(sentence_norm, at, lead_end)
            if group is not None:  # 會長某某率某市少年足球隊: the team came, not his body
                bodies.append(group)
                continue
            school = _SCHOOL_LED.match(sentence_norm, lead_end)
            if school is not None:  # 會長某某率領該市某高中師生來訪: the school came too
                place = self._place_before(sentence_norm, school.start())
                bodies.append(self._organization(school.group(1), "school", place))
            held = [
                r.target
                for r in self.facts.relations.values()
                if r.type == RelType.HOLDS_TITLE
                and r.source == pid
                and r.target != self.home
                # 某國某市市長 with the city unknown: a city's officer, not the country's
                and not (
                    self.facts.label_of(r.target) == Label.COUNTRY
                    and "市" in str(r.properties.get("title_zh"))
                )
                and self._titled_here(sentence_norm, at, name + title, r)
            ]
            if self._other_bodys_members_led(sentence_norm, lead_end, held):
                held = []  # 所長某某率某商工會議所會員一行: another body's people, not his
            errand_city = self._errand_city_led(sentence_norm, lead_end)
            if errand_city is not None and not any(
                errand_city in (body, self._city_located_in(body)) for body in held
            ):  # 某銀行董事長某某率熊本市投資考察團: 熊本市 came, not his bank or its city
                held = [errand_city]
            bodies.extend(held)
        if sent is not None:
            sender = self._place_before(sentence_norm, sent.start())
            if sender is not None and sender.label == "City":
                bodies.append(self.facts.place(sender))
        return bodies

    def _other_bodys_members_led(self, text: str, lead_end: int, held: list[str]) -> bool:
        """Whether the group a visitor leads, from `lead_end`, is the members of a body
        named there that is none of those he holds a title of (某事務所所長某某率某商工
        會議所會員一行20人來訪): not his body's people, so his body did not come."""
        members = _MEMBERS_OF_BODY_LED.match(text, lead_end)
        if members is None or self.lex.org_kind(members.group(1)) in (None, *_PUBLIC_BODY_KINDS):
            return False  # (率該市經濟觀光文化局人員, 率國際交流課人員: his place's own)
        named = normalize(members.group(1))
        return not any(
            normalize(self.facts.entities[body].name_zh).endswith(named)
            or named.endswith(normalize(self.facts.entities[body].name_zh))
            for body in held
        )

    def _own_body_along(self, person: str, after: str) -> list[str]:
        """The body or city whose own people came with a visitor, told after him by 偕
        and 該 with the body's ending (某委員會主席某某偕該委員會委員二人, 某市長…偕該市
        議員二人): it came too. Not a body of another (某處處長偕同該市某局官員: the
        city's people, not his office's)."""
        along = _ALONG_WITH_THAT.search(after)
        if along is None:
            return []
        rest = after[along.end() :]
        found = []
        for held in self._titles_held([person]):
            name = self.facts.entities[held.target].name_zh
            label = self.facts.label_of(held.target)
            endings = [name[-k:] for k in (1, 2, 3)] if label == Label.ORGANIZATION else []
            endings += ["市"] if label == Label.CITY else []
            if held.target != self.home and rest.startswith(tuple(endings)):
                found.append(held.target)
        return found

    def _own_body_led(self, text: str) -> list[str]:
        """The bodies or cities whose own people a visitor named in `text` leads, told by
        該 and the body's ending (某連盟會長王大明，率領該連盟議員一行; 某協會理事長率該會
        會員; 某市議員某某率領該市經貿訪問團)."""
        led = []
        for body in self._visitor_bodies(text, None):
            label = self.facts.label_of(body)
            name = self.facts.entities[body].name_zh
            endings = [name[-1:], name[-2:]] if label == Label.ORGANIZATION else []
            endings += ["市"] if label == Label.CITY else []
            if any(f"{lead}該{end}" in text for lead in ("率", "率領") for end in endings):
                led.append(body)
        return led

    def _foreign_bodies_along(self, norm: str, party: str = "") -> list[str]:
        """Foreign bodies whose people, unnamed, came along with a visitor named (某國
        辦事處代表王大明偕同某市港務局（Port of …）代表來訪, 偕同某州駐台辦事處主任拜會本府),
        or are told among his party in `party`, the sentence (隨行者有某管理局官員等): each
        came too. Only a body a place opens the name of, not the city's own."""
        bodies = []
        text = _LATIN_GLOSS.sub("", norm)
        listed = [(m, True) for m in _BODY_AMONG_PARTY.finditer(_LATIN_GLOSS.sub("", party))]
        for along, among in [*((m, False) for m in _BODY_ALONG.finditer(text)), *listed]:
            name = along.group(1)
            if not among and not _CAME_ALONG_AFTER.match(text, along.end()):
                continue  # 偕同某會代表王大明來訪: the one named is read as a visitor
            kind = self.lex.org_kind(name or "")
            if name is None or kind is None:
                continue
            places = self._place_mentions(name)
            place = places[0].place if places and places[0].start == 0 else None
            if any(m.place.id == self.home_place.id for m in places) and (
                place is None or place.label == "Country"
            ):
                # 某協會高雄事務所, 某國在台協會高雄分處: based here, no visitor (not 某市
                # 高雄姊妹市協會, of the foreign city its name opens with)
                continue
            if (
                place is not None
                and place.label == "Country"
                and len(places) > 1
                and places[1].start == places[0].end
            ):
                name = name[places[0].end :]  # 法國某港務局: organizations without the country
                place = places[1].place
            if place is not None and place.id != self.home_place.id:
                bodies.append(self._organization(name, kind, place))
        return bodies

    def _titled_here(self, norm: str, at: int, written: str, held: Relation) -> bool:
        """Whether the sentence names the holder of the title `held` as its holder: read
        from it, or named before and now with the title after the name (某市長亦率團回訪)
        or before it (市長王大明率團來訪)."""
        title = str(held.properties.get("title_zh"))
        return (
            any(e.start == self._here().start for e in held.evidence)
            or written.endswith(title)
            or norm[max(0, at - len(title)) : at] == title
        )

    def _led_group(self, norm: str, name_at: int, lead_end: int) -> str | None:
        """The group a named visitor leads, when the sentence names it: after the verb
        (率某市少年足球隊) or before 由 (某市代表隊由某某帶隊). A city's 代表隊 or
        delegation is that city's own coming; a team of another name, that team's."""
        quoted = self._quoted_body_led(norm, lead_end)
        if quoted is not None:  # 副知事某某率「某某振興協會」一行14人: the association came
            return quoted
        after = _GROUP.match(norm, lead_end)
        before = _GROUP_LED.search(norm[:name_at])
        found = after or before
        if found is None:
            delegation = _DELEGATION_LED.match(norm, lead_end) or _DELEGATION_LED_BEFORE.search(
                norm[:name_at]
            )
            return self._named_delegation(delegation.group(1)) if delegation else None
        name = found.group(1)
        written = self._place_mentions(name)
        place = (
            written[0].place
            if written and written[0].start == 0
            else self._place_before(norm, norm.find(name))
        )
        # a city's 代表隊 or delegation, or a team named by its place alone (某市隊)
        named_by_place = bool(written) and written[0].start == 0 and name[written[0].end :] == "隊"
        if _DELEGATION.search(name) or named_by_place:
            return self.facts.place(place) if place is not None else None
        return self._organization(name, self.lex.org_kind(name) or "team", place)

    def _errand_city_led(self, norm: str, lead_end: int) -> str | None:
        """The city a delegation led names with its errand (率熊本市投資考察團): that city's
        coming (_ERRAND_DELEGATION); None for any other group, or one of a country (率菲律賓
        投資考察團, whose leader's body came)."""
        delegation = _DELEGATION_LED.match(norm, lead_end)
        written = self._place_mentions(delegation.group(1)) if delegation else []
        if not written or written[0].start != 0 or written[0].place.label != "City":
            return None
        if written[0].place.id == self.home_place.id:
            return None
        if not _ERRAND_DELEGATION.match(delegation.group(1)[written[0].end :]):
            return None
        return self.facts.place(written[0].place, written[0].surface)

    def _quoted_body_led(self, norm: str, lead_end: int) -> str | None:
        """A body named in quotes right after the verb of leading (率「某某姊妹市協會」一行
        11人來訪): that body, of the place opening its name or named before."""
        quoted = _QUOTED_TEXT.match(norm, lead_end)
        kind = self.lex.org_kind(quoted.group(1)) if quoted else None
        if quoted is None or kind in (None, "delegation", "bureau"):
            return None
        name = quoted.group(1)
        place = self._place_opening(name) or self._place_before(norm, quoted.start())
        return self._organization(name, kind, place)

    def _body_invited(self, head: str) -> str:
        """Who came, in words that tell the city invited them (本府並邀請姊妹市某市之某
        委員會派員來訪): the body after the invitation, without the place it is of."""
        invited = list(_INVITE.finditer(head))
        if invited:
            head = head[invited[-1].end() :]
        quoted = _QUOTED_TEXT.search(head)  # 某市「某某保存會」: the body, quoted
        if quoted and quoted.end() == len(head) and self.lex.org_kind(quoted.group(1)):
            return quoted.group(1)
        _, of, own = head.rpartition("之")
        return own if of and self.lex.org_kind(own) else head

    def _named_delegation(self, name: str) -> str | None:
        """A delegation whose name opens with its place and says what it is
        (某市青少年交流訪問團, 某縣學生交流團): a body of its own, the visitor. One named
        by its kind alone (經濟訪問團) or by its place alone (某市訪問團) is its city's
        coming, and one of a body (某商工會議所訪問團) that body's."""
        if self.lex.org_kind(name) != "delegation":
            return None
        written = self._place_mentions(name)
        if not written or written[0].start != 0 or written[0].place.id == self.home_place.id:
            return None
        body = _GLOSS.sub("", _DELEGATION.sub("", name))  # 某商會(ABC)代表團: 某商會
        members_of = _MEMBERS.sub("", body)  # 某高中學生訪問團: the school's students
        body = members_of if self.lex.org_kind(members_of) == "school" else body
        if body == name[: written[0].end] or _ERRAND_DELEGATION.match(name[written[0].end :]):
            return None  # 某市訪問團, 某縣觀光交流團: the place's coming
        kind = self.lex.org_kind(body)
        if kind is None:  # 某市議會都市更新考察團: the council's, on its errand
            body, kind = self._body_on_errand(body, written[0].end)
        if kind is not None:  # 某商工會議所訪問團: the body's coming
            return self._organization(body, kind, written[0].place)
        return self._organization(name, "delegation", written[0].place)

    def _body_on_errand(self, words: str, after: int) -> tuple[str, str | None]:
        """A body's name followed by the errand of its group (某市議會 + 都市更新, 某協會
        + 經貿): that body, and its kind; `words` and None where no body ends within the
        last few characters before the group's word."""
        for end in range(len(words) - 1, max(after, len(words) - _ERRAND_LENGTH) - 1, -1):
            kind = self.lex.org_kind(words[:end])
            if kind is not None and kind != "delegation":
                return words[:end], kind
        return words, None

    def _came_to_meet(self, person: str, clause: Clause, when: dict[str, object]) -> None:
        """One who called on the city (某大使於7月23日拜會陳市長) visited it, unless a
        visit of theirs that year is read already (…率團來訪，並於3月18日拜會陳市長). A
        meeting with no date is in the year being read, as a visit with none is
        (某市市長王大明來訪，並拜會陳市長: one visit, not a second without a year)."""
        if self._virtual(clause.sentence.norm):
            return  # 以視訊方式與陳市長會談: a meeting from afar, no visit
        if self._abroad_then(clause, person, when):
            return  # 本府組團赴某市…。…某縣知事亦到場，並與王副市長會晤: met there
        visit = _visit_days(when)
        year = visit.get("year") or self._year_hint([])
        visit.update({"year": year} if year else {})
        if self.facts.label_of(person) != Label.PERSON:
            return
        known = [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED
            and r.source == person
            and r.target == self.home
            and r.properties.get("year") == visit.get("year")
            and not _dates_a_listed_stay(visit, r.properties)
        ]
        for r in known:
            if dated_within(visit, r.properties) and "start" in visit:
                # (日期：11.20 / 來訪人員：某某 / 經過：20日拜會本府: the call tells that visit)
                self.facts.add_evidence(r, clause.sentence)
        if not known:
            self.facts.relate(RelType.VISITED, person, self.home, clause.sentence, **visit)

    def _abroad_then(self, clause: Clause, person: str, when: dict[str, object]) -> bool:
        """Whether the clause's meeting with `person` took place on the city's trip
        abroad: its item tells a trip to a foreign city whose days hold the meeting's,
        and the trip's leader met them (…並與王副市長會晤) or they are of the place
        visited (某縣知事 on a trip to 某市 of it). Never a guest received at home
        (陳市長於市府接見某市市長)."""
        if _RECEIVE.search(clause.norm) or _AT_HOME_SEAT.search(clause.norm):
            return False
        day = str(when.get("start") or "")
        section = clause.sentence.section
        spans = {(s.start, s.end) for s in self._section_sentences(section)}
        theirs = self._affiliations([person], themselves=True)
        for trip in self.facts.relations.values():
            first, last = trip.properties.get("start"), trip.properties.get("end")
            if not (
                trip.type == RelType.VISITED
                and trip.source == self.home
                and isinstance(first, str)
                and isinstance(last, str)
                and any((e.start, e.end) in spans for e in trip.evidence)
                and first <= day[: len(first)]
                and day[: len(last)] <= last
            ):
                continue
            leader = trip.properties.get("led_by")
            if (isinstance(leader, str) and leader in clause.norm) or (
                theirs & {trip.target, self._region_of(trip.target)}
            ):
                return True
        return False

    def _ours(self, side: re.Match[str] | None, home_people: set[str]) -> re.Match[str] | None:
        """The home side of a meeting as found, when it is ours: the city, a title
        alone or after a surname (陳市長), or a home official named in full (王大明市長);
        not another place's official (與該市市長, 與某某市長 of a guest)."""
        if side is None:
            return None
        # (the name is the first group, or the second where the title comes first:
        # 拜會市長王大明)
        name = side.group(1) or (side.group(2) if side.re.groups > 1 else None)
        if not name or len(name) <= 1:
            return side
        if self.people.get(name) in home_people:
            return side
        when = str(self.period.start if self.period else "")
        for holder in self._home_officials(when):  # one the curated data knows
            if holder.name_zh == name:
                home_people.add(self._known_person(holder))
                return side
        return None

    def _home_receives(self, before: str, sentence_norm: str) -> re.Match[str] | None:
        """The home official receiving a visitor, written before the verb (由葉副市長
        接見, 由王大明市長親自接見, 由市長王大明親自接見); not a place's mayor (由某市
        市長接見)."""
        found = _HOME_RECEIVES.search(before)
        if found is None:
            return None
        name = found.group(1) if found.group(1) is not None else found.group(2)
        # the city itself (本府親自接見), a surname (葉副市長), or one named in full
        # receiving a visitor who came here (…來訪，由王大明市長親自接見; …來訪。翌日由
        # 王大明市長接見); not a place's mayor (由某市市長接見)
        if name is None or len(name) <= 1:
            return found
        if name in self.people and self._coming_told_here(sentence_norm):
            return found
        return None

    def _coming_told_here(self, sentence_norm: str) -> bool:
        """Whether a coming is told in the sentence, or in the one before it in its
        paragraph (…於3月2日至5日來訪。3日上午由王大明市長接見)."""
        previous = self.previous
        before = previous is not None and previous.paragraph == self._here().paragraph
        return bool(_COME.search(sentence_norm) or (before and _COME.search(previous.norm)))

    def _rule_meeting(self, clause: Clause, sentence_norm: str) -> None:
        """Meetings (拜會, 會見, 接見, 會談): who of the city met whom, when, and whether
        the one met came to the city to do so. A call on the city with no one named
        (拜會本府) may be followed by the meeting (並與王副市長會談): the next verb."""
        self._hosted_by_official(clause)
        self._accompanied(clause)
        pos = 0
        while (verb := _MEET.search(clause.norm, pos)) is not None:
            if not self._read_meeting(clause, sentence_norm, verb):
                return
            pos = verb.end()

    def _accompanied(self, clause: Clause) -> None:
        """A guest and the city's side going about together, one 陪同 the other (某市
        市長某某則全程陪同本府參觀…; 本府陪同州長搭乘港勤船巡視…): the city met the
        guest, named, or called by the title they were named with before."""
        along = _ACCOMPANIES.search(clause.norm)
        if along is None:
            return
        before = _DATE_PREFIX.sub("", clause.norm[: along.start()])
        after = clause.norm[along.end() :]
        home_people = self._home_people()
        accompanied = _HOME_ACCOMPANIED.match(after)
        if accompanied and not self._home_side_called(accompanied.group(), clause):
            return  # 該市議會議長某某陪同吳市長參觀: the mayor of the place named before
        if accompanied:  # 某市長某某陪同本府參觀
            guests = [pid for _, pid in self._people_by_position(before)]
        elif _HOME_ACCOMPANYING.fullmatch(before):  # 本府陪同州長搭乘…
            done = _DONE_TOGETHER.search(after)
            guests = self._guests_called(after[: done.start()], clause) if done else []
        else:
            return
        when = self._meeting_when(clause)
        for guest in guests:
            if guest not in home_people and self.facts.label_of(guest) == Label.PERSON:
                self.facts.relate(RelType.MET_WITH, self.home, guest, clause.sentence, **when)

    def _home_side_called(self, words: str, clause: Clause) -> bool:
        """Whether `words` (本府, 市長, 吳市長) call the city's side: a surname before the
        title is not that of someone named before in the sentence who is not the city's
        (某市市長吳某某…陪同吳市長), and is that of the city's holder of that title in the
        period, when the curated data knows one."""
        title = _HOME_TITLE_ONLY.search(words)
        surname = words[: title.start()] if title else ""
        if not title or not surname:
            return True
        before = clause.sentence.norm[: clause.start]
        home_people = self._home_people()
        if any(
            name.startswith(surname) and name in before and pid not in home_people
            for name, pid in self.people.items()
        ):
            return False
        whens = [str(self.period.start), str(self.period.end)] if self.period else []
        holders = {
            p.name_zh
            for when in whens
            for p in self._home_officials(when)
            if p.title_zh == title.group()
        }
        return not holders or any(name.startswith(surname) for name in holders)

    def _guests_called(self, words: str, clause: Clause) -> list[str]:
        """The people `words` name, or the one the sentence named before with the title
        `words` is (陪同州長: the governor named before)."""
        named = [pid for name, pid in self.people.items() if name in words]
        if named or words not in self.lex.titles:
            return named
        before = clause.sentence.norm[: clause.start]
        return [
            pid
            for _, pid in self._people_by_position(before)
            if any(
                r.type == RelType.HOLDS_TITLE
                and r.source == pid
                and r.properties.get("title_zh") == words
                for r in self.facts.relations.values()
            )
        ]

    def _hosted_by_official(self, clause: Clause) -> None:
        """On a trip abroad, a clause telling an official of the place received the
        city's side, as host of what it attended or as who briefed it (…歡迎晚宴，由某市
        副市長某某主持; 由該局副執行長某某親自簡報): the city met that official, that day."""
        hosted = _HOSTED_BY_OFFICIAL.match(clause.norm)
        trip = self._trip_of_item(clause) if hosted else None
        if hosted is None or trip is None or self._at_home(trip.target):
            return
        home_people = self._home_people()
        when = self._meeting_when(clause)
        for name, pid in self.people.items():
            if name in hosted.group(1) and pid not in home_people:
                self.facts.relate(RelType.MET_WITH, self.home, pid, clause.sentence, **when)

    def _read_meeting(self, clause: Clause, sentence_norm: str, verb: re.Match[str]) -> bool:
        """The meeting of `verb`; True when it is a call on the city with no one named,
        whose meeting a later verb of the clause may tell."""
        if _HANDED_IN_PERSON.match(verb.group()) and _LETTER_HANDED_OVER.match(
            clause.norm, verb.end()
        ):
            return False  # 當面轉交某市長致陳市長之邀請函: the officials are the letter's
        if not verb.start() and _MEETING_RECALLED.match(clause.norm):
            return False  # 會晤時某市長邀請…: the meeting told before, as a time
        before = clause.norm[: verb.start()]
        if verb.group() == "交換意見" and self._views_not_met_over(clause, sentence_norm, verb):
            return False
        if self._met_on_visitors_trip(clause, sentence_norm, verb):
            return False
        topic = _MET_PARTY.search(before)
        dated = clause
        if topic is not None and topic.group(2):
            # 就明年度…進行會談: neither a meeting to come nor one of the topic's year
            start, end = topic.span(2)
            before = before[:start]
            dated = replace(
                clause,
                dates=[d for d in clause.dates if not start <= d.text_start - clause.start < end],
            )
        when = self._meeting_when(dated)
        if self._future(replace(clause, norm=before), sentence_norm):
            return False  # 本府規劃於7月…期間拜會某市長: a meeting to come
        after = sentence_norm[clause.start + len(clause.norm) :]
        if _PLAN_FIRST.search(before) and (
            _REPLACED_BY.search(after) or _MEETING_PUT_OFF.match(after)
        ):
            # 原訂由陳市長親自接見，…改由秘書長某某接見; 原訂晚間與陳市長餐敘，因班機
            # 延誤而取消: it did not happen
            return False
        if _MEETING_NOT_HAD.search(before):
            return False  # 因行程緊湊，未及與陳市長餐敘: it did not happen
        met = [pid for name, pid in self.people.items() if name in clause.norm[verb.end() :]]
        met = met or self._by_surname_and_title(clause.norm[verb.end() :])  # 接見山田市長
        party, head = self._party_met_with(clause, sentence_norm, verb)
        home_people = self._home_people()
        # 拜會王大明代理市長: the home official named after the verb is the host, not met
        met = [pid for pid in met if pid not in home_people]
        home_side_leads = self._home_side_leads(party, head, home_people) or self._met_on_trip(
            clause, party, head
        )
        if not met and _receives(verb):
            met = self._received_by_host(clause.norm[: verb.start()], home_people)
            if not met and _OUR_PARTY_RECEIVED.match(clause.norm[verb.end() :]):
                # 某市長某某於市政廳接見全體團員: the city's side was received by him
                named = clause.norm[: verb.start()]
                met = [p for n, p in self.people.items() if n in named and p not in home_people]
        if not met and party and home_side_leads:
            # 陳市長以視訊會議與…市長喬治．史密斯會談: the one named between 與 and the verb
            # (not the city's own: …拜會本府，與王大明秘書長晤談 names the home side)
            met = [
                pid
                for name, pid in self.people.items()
                if name in party.group(1) and pid not in home_people
            ]
        home_side = self._home_side(clause, sentence_norm, verb, home_people)
        if not met and not home_side:
            met = self._met_by_pronoun(party, clause, sentence_norm, home_people)
        # the words before the verb telling whether the city received the one met
        acting = clause.norm[: verb.start()]
        if not met and home_side:
            acting = sentence_norm[: clause.start + verb.start()]
            each = self._respective(clause, clause.norm[: verb.start()])
            met = (
                [pid for pid, _ in each]
                or self._visitor_named_before(acting, home_side, home_people)
                or self._visitor_before_semicolon(clause, acting, home_side)
                or self._received_after_coming(clause, verb, home_side)
                or self._cards_visitor(acting, home_side, home_people)
            )
            for person, on in each or [(pid, self._when_met(pid, clause, when)) for pid in met]:
                self._came_to_meet(person, clause, on)  # 甲、乙分別於…拜會本府: each
            if met:  # 某國代表王大明偕同某港務局代表拜會本府: the body came along
                visit = _visit_days(when)
                # 某會會長王大明，率領該會會員一行，拜會本府: the body he led came too
                led = self._own_body_led(acting)
                for body in dict.fromkeys([*self._foreign_bodies_along(clause.norm), *led]):
                    self.facts.relate(RelType.VISITED, body, self.home, clause.sentence, **visit)
            if _WITH_HOME.fullmatch(home_side.group()):
                # 拜會本府: no one named received them, so no meeting with a person; one
                # may follow (拜會本府並與王副市長會談)
                return True
        home_party = self._home_party(clause, sentence_norm, verb, home_side, home_people)
        if not met:
            met, home_party = self._officials_named_next(clause, sentence_norm, home_party)
        met = [pid for pid in met if pid not in home_people and pid != home_party]
        for person in met:  # 會見某某市市長喬治‧史密斯: the person, not only the city
            on = self._when_met(person, clause, when)
            self.facts.relate(RelType.MET_WITH, home_party, person, clause.sentence, **on)
            if _receives(verb) and self._home_acts(acting):
                self._came_to_meet(person, clause, on)  # 陳市長於市府接見某大使: he came
        if not met:
            self._met_unnamed_officials(clause, when)
            self._met_city_as_party(clause, sentence_norm, verb, when)
        return False

    def _called_on_body(self, clause: Clause, sentence_norm: str) -> None:
        """A body abroad called on, no one of it named, by the city's side on a trip
        (考察人員並拜訪某港務公司, 並順道拜會某公社): the city visited that body, in the
        days of the trip its item tells (or the clause's, the city acting and a foreign
        place opening the body's name: 拜會某國某市港務局). Not a body at home (北上拜會
        外交部): with no trip abroad, the body's name must say it is abroad."""
        verb = _CALLS_ON_BODY.search(clause.norm)
        if verb is None:
            self._school_gone_to(clause, sentence_norm)
            return
        self._guest_calls_on_body_here(clause, sentence_norm, verb)
        name = body_name(clause.norm[verb.end() :].rstrip("。"))
        gone_to = _GONE_TO_BODY.search(clause.norm, 0, verb.start())
        if not name and verb.group() == "參訪" and gone_to is not None:
            name = body_name(gone_to.group(1))  # 赴某港務局（Port of …）參訪: the body gone to
        name = self._owner_of_site(name) if name else name
        if name and self._city_called_on(clause, name):
            return
        listed = self._bodies_of_list(name) if name and verb.group() != "參訪" else []
        for body in listed or [name]:
            self._called_on_one(clause, sentence_norm, verb, body)

    def _city_called_on(self, clause: Clause, name: str) -> bool:
        """A foreign city called on by name alone on the city's trip abroad (期間拜會某府
        某市, 並拜會某市): the trip went there too, in its days. True if read so."""
        mentions = self._place_mentions(name)
        if not mentions or "".join(m.surface for m in mentions) != name:
            return False
        place = mentions[-1].place
        if place.label != "City" or place.id == self.home_place.id:
            return False
        trip = self._trip_of_item(clause)
        if trip is None or self._at_home(trip.target):
            return False
        if _AT_THE_VENUE.search(clause.norm):
            return False  # 赴某都參加旅展，期間於展場拜會某市: met at the show, not gone to
        when = {k: v for k, v in trip.properties.items() if k in ("start", "end", "year", "led_by")}
        city = self.facts.place(place, mentions[-1].surface)
        self.facts.relate(RelType.VISITED, self.home, city, clause.sentence, **when)
        return True

    def _school_gone_to(self, clause: Clause, sentence_norm: str) -> None:
        """A school or university abroad gone to or toured on a trip, its name closing
        the clause (上午前往某高中（Some High School）, 下午參觀某州立大學): the city
        visited it, as it does a body called on."""
        verb = _GOES_TO_SCHOOL.search(clause.norm)
        if verb is None or self._trip_of_item(clause) is None:
            return
        name = body_name(_GLOSS.sub("", clause.norm[verb.end() :]).rstrip("。"))
        if name and _SCHOOLS_COUNTED.search(name):
            return  # 參觀了當地多所中小學: schools counted, no one named
        if name and self.lex.org_kind(name) in _SCHOOL_KINDS and not _JOINER.search(name):
            self._called_on_one(clause, sentence_norm, verb, name)

    def _owner_of_site(self, name: str) -> str:
        """The body whose site a call names (參訪某公司位於某地之工廠, 參訪Port of X位於
        某河畔之貨櫃碼頭: that body), else `name` as it is."""
        owner, located, _ = name.partition("位於")
        return owner if located and self.lex.org_kind(owner) else name

    def _bodies_of_list(self, name: str) -> list[str]:
        """The bodies a list called on names, each ending like an organization, maybe
        glossed (拜會甲捷運公司（Some Corp）及乙地鐵公司, 拜會甲公司與乙港務局); none when
        some item is no body (拜會某市長及市議會: an official and a body)."""
        items = _JOINER.split(_GLOSS.sub("", name))
        if len(items) < 2 or not all(self.lex.org_kind(item) for item in items):
            return []
        return items

    def _called_on_one(
        self, clause: Clause, sentence_norm: str, verb: re.Match[str], name: str | None
    ) -> None:
        """One body called on (see _called_on_body)."""
        kind = self.lex.org_kind(name) if name else None
        government = name
        city = self._government_of(government) if government else None
        home = self.lex.home_org(name) or _HOME_ACTOR.match(name) if name else None
        if (not name or not kind or kind == "delegation" or home) and not city:
            return  # (拜會本府建設局: the city's own bureau, at home)
        if verb.group() == "參訪" and (city or _JOINER.search(name or "")):
            return  # 參訪某港貨櫃碼頭及當地大學: sites toured, no one body called on
        if name and not city and self._official_and_body(name):
            # 拜會某市長及市議會: an official and a body, no one body's name; but 拜會
            # 某市長及某市港務局: the body named in full after the official
            name = name[_JOINER.search(name).end() :]  # type: ignore[union-attr]
            opening = self._place_mentions(name)[:1]
            if not opening or opening[0].start != 0 or not self.lex.org_kind(name):
                return
        trip = self._trip_of_item(clause)
        if trip is not None and self._at_home(trip.target):
            trip = None  # 赴臺北拜會某部: no trip abroad
        written = self._place_mentions(name) if name else []
        place = written[0].place if written and written[0].start == 0 else None
        abroad = city is not None or (place is not None and place.id != self.home_place.id)
        if trip is None and (not abroad or not self._home_acts(sentence_norm)):
            return
        when = (
            {k: v for k, v in trip.properties.items() if k in ("start", "end", "year", "led_by")}
            if trip is not None
            else self._when(clause, carry=True)
        )
        if trip is not None and any(
            d.precision == "day" for d in [*clause.dates, *clause.earlier_dates]
        ):  # 9月4日：上午拜會某市政府: the day of the trip it was, not the trip's days
            own = self._when(clause, carry=True)
            when = {k: v for k, v in when.items() if k == "led_by"} | own
        if city is not None:  # 並拜會某市政府: the city met the city, on its trip
            self.facts.relate(RelType.MET_WITH, self.home, city, clause.sentence, **when)
            return
        assert name is not None and kind is not None
        if written and written[0].place.id == self.home_place.id:
            return
        body = self._organization(name, kind, place)
        visitor = self._home_school_calling(clause.norm[: verb.start()]) or self.home
        self.facts.relate(RelType.VISITED, visitor, body, clause.sentence, **when)
        if trip is not None:
            self._country_only_where_body_is(clause, trip, verb.start())

    def _guest_calls_on_body_here(
        self, clause: Clause, sentence_norm: str, verb: re.Match[str]
    ) -> None:
        """A guest who came calling on a body in the city that is not the city's own
        (某港灣公司社長某某一行來訪，先後拜會本府某局及高雄港務局: a body named for the city
        whose name is no bureau of it): the guest visited that body."""
        before = sentence_norm[: clause.start + verb.start()]
        come = _COME.search(before)
        if come is None:
            return
        ours = _HOME_ACTOR.search(before, come.end())
        if ours is not None and "陪同" not in before[ours.end() :]:
            return  # 為迎接某市長來訪，本府秘書處先行拜會…: the city's own call
        guests = [
            (at, pid) for at, pid in self._people_by_position(before) if not self._of_home(pid)
        ]
        if not guests:
            return
        guest = max(guests)[1]
        when = self._when(clause, carry=True)
        for item in _JOINER.split(clause.norm[verb.end() :].rstrip("。")):
            body = self._body_named_for_home(item)
            if body is not None:
                self.facts.relate(RelType.VISITED, guest, body, clause.sentence, **when)

    def _body_named_for_home(self, item: str) -> str | None:
        """The body `item` names when its name opens with the home city and the rest is
        no body of the city's government (高雄港務局, not 高雄市政府建設局 nor 本府某局)."""
        kind = self.lex.org_kind(item)
        opening = self._place_mentions(item)[:1]
        if kind is None or not opening or opening[0].start != 0:
            return None
        if opening[0].place.id != self.home_place.id:
            return None
        rest = item[opening[0].end :]
        if self.lex.home_org(item) or self.lex.home_org(rest) or _HOME_ACTOR.match(rest):
            return None
        if rest.startswith(("市政府", "市立", "市")) or not self.lex.org_kind(rest):
            return None  # 高雄市政府某局, 高雄市立某館, 高雄市某局: the city's own
        return self._organization(item, kind, opening[0].place)

    def _country_only_where_body_is(self, clause: Clause, trip: Relation, verb_at: int) -> None:
        """A trip to a country told only as where the body called on is (赴某國訪問某管理局):
        the body was visited, the country named no destination of its own."""
        if self.facts.label_of(trip.target) != Label.COUNTRY:
            return
        here = (clause.sentence.start, clause.sentence.end)
        if [(e.start, e.end) for e in trip.evidence] != [here]:
            return  # told by another sentence too
        before = clause.norm[:verb_at]
        country = self.facts.entities[trip.target]
        names = [normalize(n) for n in (country.name_zh, *country.aliases) if n]
        if any(before.endswith(n) for n in names):
            del self.facts.relations[trip.key]

    def _official_and_body(self, name: str) -> bool:
        """Whether the words read as a body called on join an official to a body
        (某市長及市議會, 某州州長與州議會): a title ends the words before the joiner."""
        joined = _JOINER.search(name)
        if joined is None:
            return False
        return any(name[: joined.start()].endswith(title) for title in self.lex.titles)

    def _at_home(self, place_id: str) -> bool:
        """Whether a place is in the home city's country."""
        place = self.facts.entities.get(place_id)
        return place is not None and place.properties.get("country") == self.home_place.country

    def _government_of(self, name: str) -> str | None:
        """The foreign city whose own government `name` is (某國某市政府, 某市市府): the
        city; None for another body."""
        cities = [m for m in self._place_mentions(name) if m.place.label != "Country"]
        if not cities or cities[-1].place.id == self.home_place.id:
            return None
        before = name[: cities[-1].start]
        if before and not self.gaz.country(before):
            return None
        if not _CITY_GOVERNMENT.fullmatch(name[cities[-1].end :]):
            return None
        return self.facts.place(cities[-1].place)

    def _trip_of_item(self, clause: Clause) -> Relation | None:
        """The city's last trip abroad its item tells before `clause`."""
        section = clause.sentence.section
        spans = {
            (s.start, s.end)
            for s in self.parsed.sentences
            if s.section == section and s.start <= clause.sentence.start
        }
        trips = [
            (max(e.start for e in r.evidence if (e.start, e.end) in spans), index, r)
            for index, r in enumerate(self.facts.relations.values())
            if r.type == RelType.VISITED
            and r.source == self.home
            and self.facts.label_of(r.target) in (Label.CITY, Label.COUNTRY)
            and any((e.start, e.end) in spans for e in r.evidence)
        ]
        # the trip told last (a trip told first in an earlier item, again in this one,
        # is where this item tells it)
        return max(trips, key=lambda t: t[:2])[2] if trips else None

    def _met_city_as_party(
        self, clause: Clause, sentence_norm: str, verb: re.Match[str], when: dict[str, object]
    ) -> None:
        """本府某局與某市(某局)以視訊方式召開會議: a city, or its government (某市政府,
        某市某局, 某市議會), named as the other side of the city's meeting with no one of
        it named, met the city; another body of it (某市某大學) is no city."""
        party, head = self._party_met_with(clause, sentence_norm, verb)
        if party is None:
            return
        subject = _CLAUSE_BREAK.split(head)[-1]
        if not (self._home_acts(subject) or self._delegation_abroad(clause, subject)):
            return
        words = party.group(1)
        if any(name in words for name in self.people):
            return
        cities = [
            m
            for m in self._place_mentions(words)
            if m.place.label == "City" and m.place.id != self.home_place.id
        ]
        rest = words[cities[-1].end :].removeprefix("政府") if cities else ""
        if cities and (not rest or self._unit_of_government(words[cities[-1].start :], rest)):
            city = self.facts.place(cities[-1].place)
            self.facts.relate(RelType.MET_WITH, self.home, city, clause.sentence, **when)

    def _unit_of_government(self, written: str, name: str) -> bool:
        """Whether `name`, written after a city (the whole `written`), is a unit of its
        government: a bureau or council (某市某局, 某市議會), or a section of it (某市國際
        交流課) whose name holds no other body (某大學國際課: the university's)."""
        kind = self.lex.org_kind(name)
        if kind in _GOVERNMENT_KINDS:
            return True
        opening = len(written) - len(name)
        return kind == "division" and not any(
            self.lex.org_kind(written[:stop]) for stop in range(opening + 1, len(written))
        )

    def _delegation_abroad(self, clause: Clause, subject: str) -> bool:
        """Whether `subject` is the delegation of the city's trip abroad its item (or the
        one before) told (…率團赴某市。期間，訪團並與某市某課進行工作會議): the city."""
        trip = self._trip_abroad
        return (
            trip is not None
            and self._same_or_next_item(trip.section, clause.sentence.section)
            and bool(_DELEGATION_GOES_ON.match(_DATE_PREFIX.sub("", subject)))
        )

    def _met_by_pronoun(
        self,
        party: re.Match[str] | None,
        clause: Clause,
        sentence_norm: str,
        home_people: set[str],
    ) -> list[str]:
        """The one met written as a pronoun, the home side acting (由李副市長代表市府接待
        並與其會晤): the visitor the sentence named last before, not one of the city's."""
        if party is None or not _PRONOUN_PARTY.fullmatch(party.group(1)):
            return []
        before = sentence_norm[: clause.start + party.start()]
        acting = _DATE_PREFIX.sub("", _CLAUSE_BREAK.split(before)[-1]).removeprefix("由")
        if not self._home_acts(acting):  # 由李副市長接待並與其…, 本府與其…
            return []
        named = [
            (at, pid) for at, pid in self._people_by_position(before) if pid not in home_people
        ]
        return [max(named)[1]] if named else []

    def _when_met(self, person: str, clause: Clause, when: dict[str, object]) -> dict[str, object]:
        """When a guest was met whose meeting the sentence dates only by a date told after
        it, of something else (某知事此行由陳市長親自接待，雙方確認延續2013年簽署之…):
        during the one visit of his the report told, on its days; `when` otherwise."""
        carried_from_later = any(d.start == when.get("start") for d in clause.later_dates)
        if clause.dates or clause.earlier_dates or not carried_from_later:
            return when
        if _DURING_TRIP_ABROAD.search(clause.sentence.norm[: clause.start + len(clause.norm)]):
            # 陳市長於赴日訪問期間再度會晤某某: met abroad, on a day not told
            year = self.state.dates.current_year
            return {"start": str(year), "year": year} if year else {}
        visits = {
            (r.properties.get("start"), r.properties.get("end"))
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED
            and r.source == person
            and r.target == self.home
            and r.properties.get("start")
        }
        if len(visits) != 1:
            return when
        ((start, end),) = visits
        on = {"start": start, "end": end, "year": int(str(start)[:4])}
        return {**on, "date": start} if end in (None, start) and len(str(start)) >= 7 else on

    def _meeting_when(self, clause: Clause) -> dict[str, object]:
        """When a meeting took place: the clause's date or the one carried from the item,
        else the year of the event the sentence names (於參加「某某高峰會」期間), else the
        year the text is about; a date of one day (or one month: 9月中旬) is its date."""
        stay = self._stay_met_in(clause)
        if stay:
            return stay
        when = self._when(clause, carry=True)
        after_act = _AFTER_AN_ACT.match(clause.sentence.norm) or _AFTER_AN_ACT_WITHIN.search(
            clause.norm
        )
        if not (clause.dates or clause.earlier_dates) and after_act:
            # …於11月24日簽署「…」。簽約後…與某某會談: the day of the act just told
            day = [d for d in self.state.last_dates if d.precision == "day" and not d.end][-1:]
            when = {"start": day[0].start, "year": day[0].year} if day else when
        if not when and self.state.sentence_events:  # 於參加「2015某某高峰會」期間
            year = edition_year(self.state.sentence_events[0])
            when = {"start": str(year), "year": year}
        if not when:
            year = self.state.dates.current_year
            when = {"start": str(year), "year": year} if year else {}
        start = str(when.get("start") or "")
        if len(start) >= 7 and when.get("end") in (None, start):
            when = {**when, "date": start}  # a meeting on one day (or in one month: 9月中旬)
        return when

    def _stay_met_in(self, clause: Clause) -> dict[str, object]:
        """When a meeting told during the stay just told took place (訪問期間，林秘書長
        拜會某市市長，並於二月十六日簽訂…; 會議期間，黃副市長拜會…): in the days of that
        stay, told in the sentence or the item before, not on a later clause's day; its
        month is the meeting's date when the stay lies within one. {} for any other."""
        if clause.dates or clause.earlier_dates or not _DURING_THE_STAY.match(clause.sentence.norm):
            return {}
        # the stay's own days, told first: not a plan or a return told after them
        # (並邀請本市於十月間回訪, 十一月九日返國)
        told = [
            d
            for d in self.state.dates_before or self.sibling_dates
            if len(d.start) >= len("2000-01")
        ]
        if not told:
            return {}
        stay = told[0]
        when: dict[str, object] = {"start": stay.start, "year": stay.year}
        if stay.end:
            when["end"] = stay.end
        if (stay.end or stay.start)[:7] == stay.start[:7]:
            when["date"] = stay.start[:7]
        return when

    def _party_met_with(
        self, clause: Clause, sentence_norm: str, verb: re.Match[str]
    ) -> tuple[re.Match[str] | None, str]:
        """The party a meeting is with (與某市王大明市長會談) and the words before it; when
        the clause tells only the manner (透過視訊會談), 與 X ends the clause before
        (王市長與某市市長王大明，透過視訊會談)."""
        before = clause.norm[: verb.start()]
        party = _MET_PARTY.search(before)
        head = sentence_norm[: clause.start + party.start()] if party else ""
        if not party and clause.start and _MANNER_ONLY.fullmatch(before):
            # 陳市長與…市長某某，透過視訊會談: 與 X ends the clause before
            previous = self._clause_before(clause)
            party = _MET_PARTY.search(previous)
            head = previous[: party.start()] if party else ""
        return party, head

    def _met_on_trip(self, clause: Clause, party: re.Match[str] | None, head: str) -> bool:
        """Whether a meeting with no subject of its own is told in a sentence of a stop of
        the city's trip (9月8日至10日轉往某市，考察…，並與該市議員某某會晤), or in an item
        listing a stop of it (行程如下：…2.…轉赴某市，與該市市長某某會晤): the
        delegation met them."""
        opening = _CLAUSE_BREAK.split(head)[-1]
        return bool(
            party
            and (
                self._leg_sentence is clause.sentence
                or self._leg_of(clause) is not None
                or self._day_of_trip_told_before(clause)
            )
            and not self._place_mentions(opening)
            and not any(name in opening for name in self.people)
        )

    def _day_of_trip_told_before(self, clause: Clause) -> bool:
        """Whether a sentence opening with a day within the city's trip told in the
        sentence before it in its paragraph tells that day of the trip (…於3月24日至
        29日訪問某市。25日與該市市長某某會晤)."""
        trip, previous = self._trip_abroad, self.previous
        return bool(
            trip is not None
            and previous is not None
            and trip.told_in is previous
            and previous.paragraph == clause.sentence.paragraph
            and trip.days
            and clause.dates
            and clause.dates[0].text_start == 0
            and _within_days(clause.dates[0].start, trip.days)
        )

    def _home_side_leads(
        self, party: re.Match[str] | None, head: str, home_people: set[str]
    ) -> bool:
        """Whether the home side leads the words before the party met: the sentence
        (王市長以視訊會議與…會談), the clause of 與 (雙方於…舉辦…線上慶祝會，王市長與…並
        透過視訊會談), or a home official named in full there (王大明市長與…會談)."""
        named_home = [
            pid for name, pid in self.people.items() if pid in home_people and name in head
        ]
        return bool(
            party
            and (
                self._home_acts(head)
                or self._home_acts(_CLAUSE_BREAK.split(head)[-1])
                or named_home
            )
        )

    def _met_on_visitors_trip(
        self, clause: Clause, sentence_norm: str, verb: re.Match[str]
    ) -> bool:
        """Whether a meeting is one the visitors had on a trip elsewhere they tell of
        (某市議長率團來訪，並表示該團日前赴某市時曾拜會某某市長): a going to a place
        abroad told after their coming and before the verb, the city's side not named."""
        upto = sentence_norm[: clause.start + verb.start()]
        comings = list(_COME.finditer(upto))
        gone = _GOING_ELSEWHERE.search(upto, comings[-1].end()) if comings else None
        if gone is None or not any(
            m.place.id != self.home_place.id for m in self._place_mentions(upto[gone.end() :])
        ):
            return False
        return self._home_side(clause, sentence_norm, verb, self._home_people()) is None

    def _views_not_met_over(self, clause: Clause, sentence_norm: str, verb: re.Match[str]) -> bool:
        """Whether views exchanged (甲與乙就某事交換意見) tell no meeting of the city's:
        by letter (本府以書函與某市就…交換意見), or between two others, a party of
        elsewhere before 與 and the city's side nowhere (另某市議長某某與某市長就…)."""
        before = clause.norm[: verb.start()]
        if _IN_WRITING.search(before):
            return True
        joined = before.find("與")
        if joined < 0 or self._home_side(clause, sentence_norm, verb, self._home_people()):
            return False
        subject = before[:joined]
        return any(
            name in subject and not self._of_home(pid) for name, pid in self.people.items()
        ) or any(m.place.id != self.home_place.id for m in self._place_mentions(subject))

    def _home_side(
        self, clause: Clause, sentence_norm: str, verb: re.Match[str], home_people: set[str]
    ) -> re.Match[str] | None:
        """The city's side of the meeting as written: before the verb (與王市長會面, 由李
        副市長接見) or right after it (拜會王市長, 拜會本府)."""
        return (
            self._ours(_HOME_SIDE.search(clause.norm[: verb.start()]), home_people)
            or self._home_receives(clause.norm[: verb.start()], sentence_norm)
            or self._ours(_HOME_MET.match(clause.norm[verb.end() :]), home_people)
            or self._ours(_home_body_official().search(clause.norm[: verb.start()]), home_people)
            or self._home_person_with(clause.norm[: verb.start()], home_people)
        )

    def _home_person_with(self, before: str, home_people: set[str]) -> re.Match[str] | None:
        """One of the city's people named after 與 right before the verb, whatever the
        title (拜會本府，與張大山議長晤談: read as the city's by visitors._hosts_a_visit)."""
        for name, pid in self.people.items():
            if pid in home_people and "與" + name in before:
                found = re.search("與(" + re.escape(name) + ")[^,;與]{0,6}$", before)
                if found:
                    return found
        return None

    def _visitor_named_before(
        self, before: str, home_side: re.Match[str], home_people: Set[str] = frozenset()
    ) -> list[str]:
        """With no one named as met but the city's side: the visitor named last before
        the verb met the city, and so came (王大明率團到訪本府，與王市長會面 / 王大明於…
        拜會王市長 / 某市副市長王大明率團來訪，由李副市長接見)."""
        # (某市議員某某應王大明副市長之邀率團來訪，…: the inviter named is none)
        before = _INVITED_BY.sub(lambda m: "某" * len(m.group()), before)
        named = [
            (before.rfind(name), pid)
            for name, pid in self.people.items()
            if name in before
            and name not in home_side.group()
            and pid not in home_people  # 原訂由陳市長接見，…改由某某接見: no guest
            and not self._part_of_name_written(name, pid, before)
        ]
        # 甲一行，在某處所長乙陪同下，…拜會陳市長: the guest was received, not his escort
        escorts = [m.span(1) for m in _ESCORTING.finditer(before)]
        named = [(at, pid) for at, pid in named if not any(s <= at < e for s, e in escorts)]
        # 王大明市長親率議長李小明等一行來訪，…面交陳市長: the leader, not one he led
        leads = [m.start() for m in _LEADS_OTHERS.finditer(before)]
        leaders = [(at, pid) for at, pid in named if leads and at < leads[-1]]
        last = [max(leaders or named)[1]] if named else []
        # 某國大使甲偕同某市市長乙來訪，由陳市長接見: both came and were received
        return last if leaders else _with_companions(before, named, last)

    def _received_after_coming(
        self, clause: Clause, verb: re.Match[str], home_side: re.Match[str]
    ) -> list[str]:
        """A reception with no one named, opening the sentence after one telling a
        visitor's coming (某市市長王大明…來訪。陳市長於11日親自接見): that visitor's, when
        only the city's side and a time are written before the verb."""
        previous = self.previous
        if previous is None or clause.start or not _receives(verb):
            return []
        if not _COME.search(previous.norm) or clause.norm[verb.end() :].strip(" ,;。"):
            return []
        opening = _TIME_OF_DAY_OPENING.sub("", _DATE_PREFIX.sub("", clause.norm[: verb.start()]))
        if not opening.startswith(home_side.group()):
            return []
        return self._visitor_named_before(previous.norm, home_side)

    def _cards_visitor(
        self, acting: str, home_side: re.Match[str], home_people: set[str]
    ) -> list[str]:
        """A call on the city or a reception told in a record card's account with no
        visitor named before it (經過：9月11日上午拜會本府，由王市長接見): the visitor its
        visitors field names first (來訪人員：某市副市長某某、…), who led them. Only when
        the one receiving is named (由王市長接見, 由市長王大明接見): received by a title
        alone (由秘書長接見), no one met them."""
        if any(name in acting and name not in home_side.group() for name in self.people):
            return []  # someone else is named before the verb
        host = _HOST_OPENING.sub("", home_side.group())
        if host.startswith(tuple(self.lex.titles)) and not any(n in host for n in self.people):
            return []  # 由秘書長接見: a title alone
        listed = self._visitors_field_lines()
        found = [
            (line.norm.find(name), pid, self._post_before(line.norm, name))
            for line in listed[:2]
            for name, pid in self.people.items()
            if name in line.norm and pid.startswith("person:") and pid not in home_people
        ]
        # 21日上午金課長一行拜會本府: the one listed whose surname and post those are
        # (…國際協力課課長金永洙), else the first listed
        called = [
            pid
            for _, pid, (name, post) in sorted(found)
            if post and any(f"{name[:n]}{post}" in acting for n in (1, 2))
        ]
        return called[:1] or ([min(found)[1]] if found else [])

    def _post_before(self, line: str, name: str) -> tuple[str, str]:
        """The name and the post written right before it in a list's line (某市某課課長
        金永洙: 課長), the longest of the lexicon's titles; no post: ''."""
        posts = self.lex.titles_ending(line[: line.find(name)])
        return name, posts[0] if posts else ""

    def _visitors_field_lines(self) -> list[Sentence]:
        """The sentences of the current card's visitors field (來訪人員：…), its own
        line first, then the lines below up to the next field; none outside a card."""
        here = self.sentence
        if here is None or here.section is None:
            return []
        own = self._section_sentences(here.section)
        at = next((i for i, s in enumerate(own) if _VISITORS_FIELD.match(s.norm)), None)
        if at is None:
            return []
        below = itertools.takewhile(lambda s: not _CARD_FIELD.match(s.norm), own[at + 1 :])
        return [own[at], *below]

    def _visitor_before_semicolon(
        self, clause: Clause, acting: str, home_side: re.Match[str]
    ) -> list[str]:
        """A call on the city opening a sentence that goes on after ； from one telling a
        visitor's coming (某市市長王大明一行來訪；12月10日拜會陳市長): that visitor's, when
        nothing but a date (and the time of the day) is written before the verb. So too
        after 。 in the same paragraph when the sentence opens with its day, the account
        going on day by day (…於8月25日至28日來訪。26日上午拜會陳市長)."""
        previous = self.previous
        if previous is None or clause.start or not _COME.search(previous.norm):
            return []
        undated = _DATE_PREFIX.sub("", acting.lstrip("並且亦於"))
        # (十七日抵高後即與王市長會晤: the city's side written before the verb)
        bare = undated.removesuffix(home_side.group())
        if _TIME_OF_DAY_OPENING.sub("", bare).strip(" ,並且亦於"):
            return []  # someone or something else is named before the verb
        goes_on = previous.text.rstrip().endswith(("；", ";"))
        same_paragraph = previous.paragraph == clause.sentence.paragraph
        if not goes_on and not (same_paragraph and undated != acting.lstrip("並且亦於")):
            return []
        return self._visitor_named_before(previous.norm, home_side)

    def _home_party(
        self,
        clause: Clause,
        sentence_norm: str,
        verb: re.Match[str],
        home_side: re.Match[str] | None,
        home_people: set[str],
    ) -> str:
        """Who of the city met: the official named in the city's side (由王大明市長親自
        接見), else the home official named last before the verb (王大明市長與…會談,
        議長王大明率團…拜會…), else the city."""
        before_verb = sentence_norm[: clause.start + verb.start()]
        # 甲一行，在本府秘書長乙陪同下，…拜會陳市長: the escort is not who received them
        escorts = [m.span(1) for m in _ESCORTING.finditer(before_verb)]
        ours = [
            (at, pid)
            for at, pid in self._people_by_position(before_verb)
            if pid in home_people and not any(s <= at < e for s, e in escorts)
        ]
        home_party = max(ours)[1] if ours else (self._trip_leader(clause) or self.home)
        if home_side is not None:  # 由王大明市長親自接見: the official named in full
            receiving = [pid for n, pid in self.people.items() if n in home_side.group()]
            home_party = receiving[0] if receiving else home_party
        return home_party

    def _past_coming(self, clause: Clause) -> bool:
        """Whether a clause of the plans section tells a coming already past: dated
        before it, within the report's period, no word of the future before the verb
        (某市市長某某於本年4月來訪時，表達締結姊妹市之意願)."""
        come = _COME.search(clause.norm)
        if come is None or self.period is None:
            return False
        dated = [d for d in clause.dates if d.text_start - clause.start < come.start()]
        before = clause.norm[: come.start()]
        return (
            bool(dated)
            and all(self._in_period(d) for d in dated)
            and not self._speaks_of_future(before)
            and not _HOPED_OR_IF.search(before)  # 俟某市長於本年12月來訪時: to come
        )

    def _trip_leader(self, clause: Clause) -> str | None:
        """See ReaderBase: the leader of the trip the clause is a leg of, when he is the
        city's official named in full."""
        trip = self._leg_told_after(clause)
        if trip is None and self._day_of_trip_told_before(clause):
            trip = self._trip_abroad  # …訪問某市。25日與該市市長某某會晤: its leader met
        leader = trip.led_by if trip is not None else None
        if not leader:
            return None
        home_people = self._home_people()
        named = [pid for name, pid in self.people.items() if name in leader]
        return next((pid for pid in named if pid in home_people), None)

    def _officials_named_next(
        self, clause: Clause, sentence_norm: str, home_party: str
    ) -> tuple[list[str], str]:
        """The officials of a meeting named in the clause after it (某局與某市某局以視訊
        方式舉行交流會議，由某市某局局長王大明與本府某局李局長分別介紹…): who met, and
        who of the city met, the home official named there in full (雙方以視訊方式召開
        會議，由王大明市長與某縣知事山田太郎共同…), else `home_party`."""
        rest = sentence_norm[clause.start + len(clause.norm) + 1 :]
        after = _CLAUSE_BREAK.split(rest, maxsplit=1)[0]
        if not _BY_BOTH_SIDES.match(after):
            return [], home_party
        named = [pid for name, pid in self.people.items() if name in after]
        home_people = self._home_people()
        ours = [pid for pid in named if pid in home_people]
        if ours and home_party == self.home:
            home_party = ours[0]
        return named, home_party

    def _met_unnamed_officials(self, clause: Clause, when: dict[str, object]) -> None:
        """「拜會某市副市長」, 「與某市議會議長會晤」: a meeting with an official of a city,
        not named, is with the city; 拜會某市 alone is a call on it, no meeting."""
        for start, end, pid in clause.places:
            if (
                pid != self.home
                and self.facts.label_of(pid) == Label.CITY
                and (
                    _HEAD_OF_PLACE.match(clause.norm[start:])
                    or self._official_after(clause.norm[end:])
                    # 某國某某市長: the place's suffix shared with its head's title
                    or (
                        clause.norm[end - 1 : end] in _SHARED_SUFFIX
                        and self._official_after(clause.norm[end - 1 :])
                    )
                )
            ):
                self.facts.relate(RelType.MET_WITH, self.home, pid, clause.sentence, **when)

    def _merge_restated_meetings(self, headings: set[tuple[int, int]]) -> None:
        """An item headed 「與某市市長視訊會談」 whose text names the mayor met (陳市長與
        某市市長王大明會談) states one meeting: the person's, not also the city's.
        `headings`: where the item's headings stand."""
        meetings = [r for r in self.facts.relations.values() if r.type == RelType.MET_WITH]
        for city_met in meetings:
            if not city_met.evidence or not all(
                (e.start, e.end) in headings for e in city_met.evidence
            ):
                continue
            officials = {
                r.source
                for r in self.facts.relations.values()
                if r.type == RelType.HOLDS_TITLE and r.target == city_met.target
            }
            named = [
                r
                for r in meetings
                if r is not city_met
                and officials & {r.source, r.target}
                and not any((e.start, e.end) in headings for e in r.evidence)
            ]
            if named and city_met.key in self.facts.relations:
                self._fold_into(city_met, named[0])

    def _merge_restated_comings(self, index: int, headings: set[tuple[int, int]]) -> None:
        """An item headed by a delegation's coming (某市青少年訪問團來訪) whose text
        tells the coming of who formed or sent it (某協會組成青少年訪問團…來訪) states
        one visit: the text's, not also the heading's undated one of the delegation. Only
        a coming of the delegation's place, or of a body or person of it, is one (乙市市長
        來訪 under 甲市訪問團來訪 is another visit).
        `index`: the item's section; `headings`: where its headings stand."""
        told = {
            (s.start, s.end)
            for s in self.parsed.sentences
            if s.section == index and not s.is_heading
        }
        comings = [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED and r.target == self.home
        ]
        in_text = [r for r in comings if any((e.start, e.end) in told for e in r.evidence)]
        for heading in comings:
            entity = self.facts.entities[heading.source]
            if not (
                heading.evidence
                and all((e.start, e.end) in headings for e in heading.evidence)
                and "start" not in heading.properties
            ):
                continue
            if entity.properties.get("kind") != "delegation":
                self._date_headed_coming(heading, in_text)
                continue
            places = self._affiliations([heading.source], themselves=True) - {heading.source}
            same = [r for r in in_text if places & self._affiliations([r.source], themselves=True)]
            if same:
                self._fold_into(heading, same[0])

    def _dated_by_arrival(self, sentence: Sentence, spans: list[DateSpan]) -> None:
        """A sentence taking up the groups the one before told of (兩團, 該團, 一行) and
        dating their arrival, maybe their stay (兩團已於十九日抵達，預定停留至二十三日):
        the comings that sentence told, undated or dated within the stay, are of it.
        Only an arrival in the city or at no place named is theirs: 一行於四月十日抵達
        青森市 is a delegation's abroad."""
        arrival = _GROUPS_ARRIVE.match(sentence.norm)
        days = [d for d in spans if d.precision == "day" and d.text_start >= 0]
        if arrival is None or not days or self.previous is None:
            return
        after = sentence.norm[arrival.end() :]
        there = [m for m in self._place_mentions(after) if m.start == 0]
        if there and there[0].place.id != self.home:
            return  # 一行於四月十日抵達青森市: the city's own delegation, arrived abroad
        start = days[0].start
        end = days[0].end
        stay = _STAY_UNTIL.match(sentence.norm, days[0].text_end)
        if stay is not None and end is None:
            end = _later_day_of_month(start, stay.group(1))
        for r in list(self.facts.relations.values()):
            if r.type != RelType.VISITED or r.target != self.home:
                continue
            if not told_in(r, self.previous):
                continue
            told = r.properties.get("start")
            if told and not (start <= told[:10] <= (end or start)):
                continue
            set_days(r.properties, start, end)
            self.facts.add_evidence(r, sentence)

    def _dated_by_setting_out(self, sentence: Sentence, spans: list[DateSpan]) -> None:
        """A sentence taking up the city's delegation the one before told of (該團, 代表團)
        and dating its setting out, maybe its return (該團已於本（六）月七日啟程，…預定
        十三日返國): the city's trips abroad that sentence told are of those days."""
        setting_out = _DELEGATION_SETS_OUT.match(sentence.norm)
        days = [d for d in spans if d.precision == "day" and d.text_start >= 0]
        if setting_out is None or not days or self.previous is None:
            return
        start, end = days[0].start, days[0].end
        back = _RETURNS_ON.match(sentence.norm, days[0].text_end)
        if back is not None and end is None:
            # 預定十三日返國: a day of the month set out in; 預定六月三日返國: that day
            returned = [d.start for d in days[1:] if d.text_end == back.end(1)]
            end = returned[0] if "月" in back.group(1) and returned else None
            end = end or _later_day_of_month(start, back.group(2))
        # 代表團於某日出發前往某市: a trip to a place of its own, not the one told before
        bound = {m.place.id for m in self._place_mentions(sentence.norm[setting_out.end() :])}
        for r in list(self.facts.relations.values()):
            if not (
                r.type == RelType.VISITED
                and r.source == self.home
                and told_in(r, self.previous)
                and not self._at_home(r.target)
            ):
                continue
            told = str(r.properties.get("start") or "")
            if len(told) > 7 or bound - {r.target}:
                continue  # days told already, or another place
            if not start.startswith(told) and self._month_written(told):
                continue  # 於二月率團赴…。代表團於三月二日出發: another trip
            r.properties.update({"start": start, "year": days[0].year})
            set_days(r.properties, start, end)
            self.facts.add_evidence(r, sentence)

    def _dated_by_stay_abroad(self, sentence: Sentence, spans: list[DateSpan]) -> None:
        """A sentence taking up the city's delegation and telling the days of its stay
        abroad (訪問團一行於十月八日至十四日在某市訪問), after items telling its trip
        from the first of those days (十月八日，市長率本府訪問團抵達某市): that trip, and
        its members', lasted to the last day."""
        if _DELEGATION_STAYED.match(sentence.norm) is None:
            return
        stays = [d for d in spans if d.precision == "day" and d.end is not None]
        if not stays:
            return
        start = stays[0].start
        trips = [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED
            and r.properties.get("start") == start
            and not r.properties.get("end")
            and not self._at_home(r.target)
        ]
        # the city's trips, and those of its people to the same places; each stay to the
        # city it names (八日至十日在甲市訪問，十一日至十四日在乙市訪問), one naming none
        # to those no other stay names
        places = {r.target for r in trips if r.source == self.home}
        named = [self._stay_place(sentence.norm, stay) for stay in stays]
        for stay, place in zip(stays, named, strict=True):
            for r in trips:
                if r.target in places and (r.target == place if place else r.target not in named):
                    set_days(r.properties, stay.start, stay.end)
                    self.facts.add_evidence(r, sentence)

    def _stay_place(self, norm: str, stay: DateSpan) -> str | None:
        """The place a stay's days are told of, named after them in their clause
        (於十月八日至十日在某市訪問): its id, None when none is named."""
        clause = _CLAUSE_BREAK.split(norm[stay.text_end :], maxsplit=1)[0]
        mentions = [m for m in self._place_mentions(clause) if m.place.id != self.home_place.id]
        return mentions[0].place.id if mentions else None

    def _dated_by_return(self, sentence: Sentence, spans: list[DateSpan]) -> None:
        """A sentence taking up the group just told of and telling its return (一行人於
        十七日返國), after its section told its going abroad (五月十二日，某高中校長某某
        帶著師生飛往某市): the trips abroad of the group last told of, in the last sentence
        of the section telling a trip, begun before that day and not ended, ended then (not
        another's told earlier, nor any when the group last told is a guest's)."""
        if _GROUP_RETURNS.match(sentence.norm) is None:
            return
        days = [d for d in spans if d.precision == "day" and d.end is None][:1]
        if not days:
            return
        earlier = {
            s.start
            for s in self.parsed.sentences
            if s.section == sentence.section and s.start < sentence.start
        }
        trips = [
            e.start
            for r in self.facts.relations.values()
            if r.type == RelType.VISITED
            for e in r.evidence
            if e.start in earlier
        ]
        told = {max(trips)} if trips else set()
        for r in list(self.facts.relations.values()):
            start = str(r.properties.get("start") or "")
            if (
                r.type == RelType.VISITED
                and len(start) == len(days[0].start)
                and start < days[0].start
                and not r.properties.get("end")
                and not self._at_home(r.target)
                and any(e.start in told for e in r.evidence)
            ):
                set_days(r.properties, start, days[0].start)
                self.facts.add_evidence(r, sentence)

    def _month_written(self, told: str) -> bool:
        """Whether the sentence before wrote the month `told` is in (於二月), not only
        called it this month (至於本月，…): a time the day of setting out may not move."""
        return any(
            d.start == told and _MONTH_WRITTEN.search(normalize(d.text))
            for d in self.state.dates_before
        )

    def _date_headed_coming(self, heading: Relation, in_text: list[Relation]) -> None:
        """An item headed by a place's or a body's coming (【某市經貿訪問團來訪】) whose
        text dates the coming of one of its people (某市市議員某某率領該市經貿訪問團，
        昨（十四）日拜會市府): the heading's coming is of those days too."""
        own = [
            r
            for r in in_text
            if "start" in r.properties
            and heading.source in self._affiliations([r.source]) - {r.source}
            and not self._told_as_past(r)
        ]
        if own:
            for key in ("start", "end"):
                if own[0].properties.get(key):
                    heading.properties[key] = own[0].properties[key]
            heading.evidence += [e for e in own[0].evidence[:1] if e not in heading.evidence]

    def _told_as_past(self, coming: Relation) -> bool:
        """Whether a coming is one the text tells of as past (某某曾於八十一年五月八日來訪):
        before the report's period, or told with 曾 in a sentence that tells no day
        relative to a release's."""
        start = str(coming.properties.get("start", ""))
        if self.period is not None and start[:7] < self.period.start:
            return True
        said = normalize(coming.evidence[0].text) if coming.evidence else ""
        return bool(_TOLD_AS_PAST.search(said)) and not RELATIVE_DAY.search(said)

    def _official_after(self, words: str) -> bool:
        """Whether `words`, right after a place, name an official of it (副市長, 市政府
        官員, 議會議長): a title of the curated titles, after the place's own bodies."""
        words = _OWN_BODY.sub("", words)
        title = next(iter(self.lex.titles_at(words, 0)), None)
        if title is None:
            return False
        # 某市市長王大明: an official named, who is the one met (or not the city's)
        named = words[len(title) :].lstrip()
        return not any(named.startswith(name) for name in self.people)


def _within_days(day: str, days: tuple[str, str]) -> bool:
    """Whether a date (of any precision) falls within a trip's first and last day."""
    return days[0][: len(day)] <= day <= days[1][: len(day)]


#: A coming told of as past: 曾於…來訪, 前於…來訪 (not 日前, of a release's days).
_TOLD_AS_PAST = rx(r"曾|(?<!日)前於")
#: One escorting a guest, written as the agent (由某事務所所長某某陪同參訪本市).
_ESCORTED_BY = rx(r"由([^,;。]{2,40}?)陪同")


def _named_as_escort(text: str, name: str) -> bool:
    """Whether `text` names `name` as escorting a guest (由…某某陪同)."""
    return any(name in m.group(1) for m in _ESCORTED_BY.finditer(text))


def _stop_met_at(text: str) -> range:
    """Where a clause opening with a stop of a trip, told by whom was met there, writes
    the stop (4月21日於某市與該市市長某某會晤: 某市); empty for any other clause."""
    opening = _DATE_PREFIX.match(text)
    at = opening.end() if opening else 0
    met = _MET_AT_STOP.match(text[at:])
    return range(at + met.start("stop"), at + met.end("stop")) if met else range(0)


def _dates_a_listed_stay(own: dict[str, object], listed: dict[str, object]) -> bool:
    """Whether a call's date (`own`) tells when a visit known only over months (a list
    of the period's guests, 1月至6月) took place: a month or day within those months
    (…等人。其中某市市長，三月下旬在高雄停留兩天，除拜會本府之外: in March)."""
    first, last = listed.get("start"), listed.get("end")
    start = own.get("start")
    return (
        isinstance(first, str)
        and isinstance(last, str)
        and first[:7] != last[:7]
        and isinstance(start, str)
        and len(start) >= 7
        and dated_within(own, listed)
    )


def _receives(verb: re.Match[str]) -> bool:
    """Whether the meeting verb found is one of receiving (接見, 親自接待, 設宴款待),
    read where it stands: 接待 receives only after 親自, which the verb alone lacks."""
    return _RECEIVE.fullmatch(verb.string, verb.start(), verb.end()) is not None


def _later_day_of_month(start: str, day: str) -> str | None:
    """The day `day` (十三, 23) of the month of `start` (an ISO day), when after it: the
    last day of a stay told by its day alone (預定停留至二十三日, 預定十三日返國)."""
    last = f"{start[:8]}{_small_number(day):02d}"
    return last if last > start else None


def _visit_days(props: dict[str, object]) -> dict[str, object]:
    """A visit's dates only (start, end, year), from a visit's or a coming's properties."""
    return {k: v for k, v in props.items() if k in ("start", "end", "year")}
