"""Invitations: who invited whom to what (邀請, 函邀, 應邀), and invitations the city
received, kept until a later sentence names their event."""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph.model import Attendance, Label, RelType
from loaders.dates import DateSpan
from loaders.events import edition_year, find_events
from loaders.facts import told_in, told_only_in
from loaders.reading import normalize, rx
from loaders.rules.context import Clause
from loaders.rules.event_common import EventCommon, _join_told
from loaders.rules.grammar import (
    _ABSENT,
    _ADVERB_TAIL,
    _ALL_CAME,
    _ASKS_HOME_TO_COME,
    _ATTEND,
    _ATTEND_VERB,
    _ATTENDING_WORD,
    _BY_LETTER,
    _CLAUSE_BREAK,
    _CO_HOST,
    _COLLECTIVE,
    _COME,
    _COMMITTED,
    _DATE_PREFIX,
    _DECLINE_VERB,
    _DECLINE_WORD,
    _DECLINED,
    _EACH_IN_TURN,
    _EVENT_PERIOD,
    _FOLK_OF_PLACE,
    _FUTURE,
    _GLOSS,
    _HELD_AT,
    _HOME_ACTOR,
    _HOME_INVITEE,
    _HOME_OFFICIAL,
    _HOME_PARTNER_OPENING,
    _HOME_TITLE,
    _INVITE,
    _INVITED_BY,
    _INVITED_BY_HOME,
    _INVITES_HOME,
    _ITEM_PARTY,
    _KEPT_AWAY,
    _LISTED,
    _LISTED_AFTER_WORD,
    _MEET,
    _NO_ANSWER,
    _NO_SUBJECT,
    _NOT_COMING,
    _NOT_HELD,
    _OFFICIAL_BY_SURNAME,
    _PRONOUN_PARTY,
    _QUOTED_NAME,
    _REMOTE,
    _SENDER_END,
    _TEAMS_COUNTED,
    _THANKED_FOR,
    _THAT_BODY_KIND,
    _UNDECIDED,
    _role,
)
from loaders.structure import Sentence

#: The same said of an official named with a home title (應王大明市長之邀): the name, which
#: the reader checks is a home official's (not 應某市長某某之邀 of a city abroad).
_INVITED_BY_OFFICIAL = rx(r"(?:受|應|獲)([\u4e00-\u9fff]{2,4}?)" + _HOME_TITLE + r"(?:之)?邀")

#: A name and then a home title, the whole of the words (王大明市長): the name.
_NAME_THEN_HOME_TITLE = rx(r"([\u4e00-\u9fff]{2,4}?)" + _HOME_TITLE)
#: A name and a home title right after a verb of inviting (邀請王大明市長出席…).
_NAME_INVITED = rx(r"(?<=邀請)([\u4e00-\u9fff]{2,4}?)(" + _HOME_TITLE + ")")

#: On the occasion just told (本府也藉此機會, 趁此機會, 利用此一機會): what the clause
#: tells took place then.
_ON_THIS_OCCASION = rx(r"(?:藉|借|趁|利用)(?:此|這)一?(?:次)?機會")

#: What closes the words before a time a plan is told for (將於十月舉辦, 預定於明年, 訂於
#: 本年九月): no time of what took place.
_TIME_PLANNED_BEFORE = rx(r"(?:將|預定|預計|擬|訂|計畫|計劃)(?:於|在)?$")

#: The same, or 各/均/皆, closing a list of senders (某市及某管理局各派一隊): no part of
#: the last one's name.
_EACH_CLOSING = rx(r"(?:" + _EACH_IN_TURN + r"|各|均|皆)+$")

#: Acting for a party named, closing the clause before an invitation (某市長並代表某某
#:管理局，邀請本府…): the one acted for invites.
_ACTING_FOR_CLOSING = rx(r"代表([\u4e00-\u9fff]{2,24}),$")

#: A letter told in a clause of its own before the invitation it carries: 某市於4月來函，
#: 邀請本市參加…; the clause writing it ends so.
_LETTER_SENT = rx(r"(?:來函|致函|發函|來信|致信)[,;]?$")

#: A body referred to by its kind as the subject of an invitation: 該廳並邀請本府…,
#: 該局亦正式邀請本市…, or the one it is made for (並代表該局邀請本府…).
_THAT_BODY_INVITING = rx(
    r"(?:(?:並|亦|也|另|再)*代表)?" + _THAT_BODY_KIND + r"(?:並|亦|也|另|再|特|正式)*"
)

#: The venue written right before an event's name: 於該市舉行之「, 在當地舉辦的「.
_VENUE_BEFORE_EVENT = rx(r"(?:於|在)([^,;。「」]{1,12}?)(?:舉行|舉辦|召開)(?:之|的)?$")

#: An event told as held with no place or holder written, only when (參加10月舉行之「…」,
#: 出席下月舉辦的「…」): held by whoever speaks of it.
_HELD_UNPLACED = rx(r"(?:舉行|舉辦|召開)(?:之|的)?$")

#: The words between attending and an event held told only with its time (參加10月舉行之,
#: 出席將於明年舉辦之): no holder named (not 參加九州地區聯合舉辦之).
_TIME_ONLY = rx(
    r"(?:於|在|將|預定|預計|即將|[0-9一二三四五六七八九十〇]+|年|月|日|本年|今年|明年|下月"
    r"|同年|當年|下半年|上半年|年底|年初|間|初|上旬|中旬|下旬|底)*"
)

#: An invitation conveyed by a guest, of the one named: 轉達該市市長某某之邀請.
_INVITATION_CONVEYED = rx(r"轉達([^,;。]{2,40}?)之?(?:邀請|邀約)")

#: What follows 應邀 that qualifies a party named after it (應邀加入之某市, 應邀參賽的某隊):
#: the party came at the invitation.
_INVITED_QUALIFIES = rx(r"[^,;。、「」]{0,4}?(?:之|的)(?!邀)")

#: Replies to an invitation listed item by item (各城市回覆情形如下, 回應情形如下:).
_REPLIES = rx(r"(?:回覆|回應|回函|答覆|函復)(?:情形|情況|結果)?(?:如下|如次)")

#: An invitation the city received: 接獲韓國某某市來函, 收到日本某某縣邀請函,
#: 獲美國某某市邀請; the inviter is the place named in between.
#: (接受某市邀請: accepting it, the city received it)
_RECEIVED = rx(r"(?:接獲|收到|接到|獲|接受)(.{1,24}?)(?:來函|函邀|邀請|邀約)")

#: An invitation to come and visit, no event named (邀請本府組團訪問某市, 邀請市長擇期
#: 回訪, 邀約本府派員參訪, 邀請本府某局派員赴某市交流): the invitation is one of its own.
_INVITED_TO_VISIT = rx(
    r"邀(?:請|約)?[^,;。「」]{0,12}?(?:訪問|參訪|造訪|回訪|訪|赴|前往)"
    # 邀請本市明年派遣志工團赴該州服務: sending people there is going there
    r"|邀(?:請|約)?[^,;。「」]{0,20}?派(?:遣|員|團)?[^,;。「」]{0,12}?(?:赴|前往)"
)

#: The words before an invitation naming no one, only how or when it is told: 並表示將,
#: 亦, 並承諾.
_NO_ONE_NAMED = rx(r"(?:並|亦|且|另|正式|同時|表示|承諾|允諾|說明|將|會|願|於會中|席間|當面|親自)+")

#: An invitation the city received, told with the inviter as subject: 某市已來函邀請
#: 本府出席…, 某縣特致函邀請陳市長…, 某市邀請本市組團參加…; the inviter is written first,
#: or is the sentence's subject (某市副市長…來訪，轉交…邀請函，邀請本府出席…; …轉達某市
#: 市長之邀請，請本府…組團出席…); a gloss in brackets counts as one character (某市市長
#: 某某(Latin Name)函邀本市…); in person too (某市長並當面邀請本府…).
_INVITES_US = rx(
    r"^((?:[^()]|\([^()]*\)){0,24}?)(?:已|亦|並|特|正式|再度|當面|親自)*(?:來函|致函|發函|函)?"
    r"(?:(?:邀請|邀)" + _HOME_INVITEE + "|" + _ASKS_HOME_TO_COME + ")"
)

#: Invitees named as a class of people, not by name: 邀請駐臺外交人員及在高外籍人士,
#: 邀請各國駐臺使節, 邀請外籍學生.
_PEOPLE_BY_CLASS = rx(
    r"(?:各國|外國)?(?:駐臺|駐台|在臺|在台|在高|旅居本市)?"
    r"(?:外交人員|外交官|使節|外籍人士|外籍學生|外國友人|外籍朋友)"
)

#: An invitee, named again as the subject, sending its people (某市派遣40人代表隊來高,
#: 該市組團參賽, 某市由副市長率團與會).
_INVITEE_SENT = rx(
    r"(?:並|亦|也|則|均)*(?:派遣?|組|由[^,;。]{1,12}?率|率)[^,;。]{0,12}?"
    r"(?:來高|抵高|來訪|參賽|與會|出席|參加)"
)

#: Those invited counted as they came: 邀請某市、某市之青少年共45人來訪, 邀請…等駐臺
#: 使節共30人參觀…; a head count of the invitees is of those there.
_HEADCOUNT = rx(r"(?:共|計|約|逾)\d+(?:餘)?(?:人|位|名)")

#: Taking part from afar, said of those a list names (計有甲市、乙市等5個城市錄製祝賀影片,
#: 包括甲市及乙市均以視訊方式致詞, 等3個城市線上參與): they took part, and came nowhere.
_JOINED_FROM_AFAR = rx(
    r"(?:錄製|預錄|提供)[^,;。]{0,6}?影片|(?:以|透過)?(?:預錄影片|祝賀影片|致賀影片|"
    + _REMOTE
    + r")(?:連線)?(?:方式)?(?:參與|參加|出席|與會|致詞|致賀|祝賀)"
)

#: A talk told in the clause after an invitee's coming (…來高，以「某題」為題發表專題演講;
#: …來高，並發表演說): the part asked of the invitee, played.
_TALK_AFTER_COMING = rx(r"^(?:並|且)?(?:以「[^「」]*」為(?:主)?題)?(?:發表|進行|擔任)")

#: A site set aside for something (資源回收廠預定地): a place, no plan told.
_SITE_PLANNED = rx(r"預定(?:地|場址|用地)")

#: A part asked of invitees at the city's event (邀請…代表進行座談, …專家演講, …線上對談,
#: …會員來高現場示範, …樂團演出), a work made there (邀請某大學等3組國際團隊來高駐地
#: 創作, 邀請某藝術家駐村) or an exchange held (邀請某市教育委員會與本市學校進行線上課程
#: 交流): played at the event, held.
_PART_ASKED = rx(
    r"對談|與談|座談|演講|演說|專題分享|經驗分享|主講|致詞|示範|表演|演出|展演|創作|駐村|駐地"
    r"|進行[^,;。]{0,8}?交流"
)
#: Asking invitees to put forward others for the part: 推薦, 引介, 遴薦 (邀請某市推薦
#: 藝術家來高創作: the artists play it, if the city found any).
_PUTS_FORWARD = rx(r"推薦|引介|遴薦|遴派|推派")

#: A party's answer to an invitation, told after it (某市已回覆將組團參加, 某市尚在評估中,
#: 某市函復婉謝, 某市尚未回覆): the party answering had been invited, when what follows
#: the answer is nothing more (評估中) or speaks of joining (_ANSWER_JOINS: 是否組團參加),
#: not of another plan (某市考慮於本市設立辦事處).
_ANSWERS = rx(r"回覆|回函|答覆|函復|回應|覆函|" + _UNDECIDED.pattern + "|" + _DECLINED.pattern)

_ANSWER_JOINS = rx(r"^(?:中|了)?$|組團|派團|派員|率團|與會|" + _ATTEND_VERB + "|" + _DECLINE_VERB)

#: Those just named, each, as the ones invited: 邀請各該市派遣藝術家參加…, 各該城市.
_EACH_OF_THOSE = rx(r"各該(?:市|城市|縣|州|國)")

#: Words telling of those named before that they each did something (兩市均, 該二市皆,
#: 分別, 各自): a clause of its own subject.
_OWN_SUBJECT = rx(r"均|皆|都|分別|各自|[兩二三四五六七八九十]市")

#: Coming to the city to join what is named next (來高參加「…」, 抵高出席, 至本市參賽):
#: the event is held in the city.
_COMES_HERE_TO_JOIN = rx(r"(?:來高|抵高|蒞高|來本市|至本市)(?:參加|參與|出席|參賽)(?:之|的)?$")

#: The opening of a clause, nothing read: where an invitation the clause before told is
#: taken up by the clause naming its event (…，於明年組隊來高參加「…」).
_CLAUSE_OPENING = rx(r"^")

#: A clause opening with 由 (who did it next): 由某局, 並由, 預計由, 將由.
_BY_OPENING = rx(r"(?:並|另)?(?:規劃|預計|預定|擬|將)?由")

#: Attending, but not 參與: 參加, 與會, 出席, and competing (組隊參賽).
_ATTENDS = rx(r"(?!參與)(?:" + _ATTEND + r"|參賽)")

#: An invitation of others than the city: 邀請參加, 邀請該市, 邀請某市 (not 本市, 全市, nor
#: a class of cities no one names: 擴大邀請各國城市來訪, 邀請國際城市).
_INVITES_OTHERS = rx(
    r"邀請(?:參加|參與|(?!各|國際|全球|世界|海外|其他|更多|友好|姊妹).{0,3}(?:該|[^本全各])市)"
)

#: Already, ending the words before a verb: 已, 已經.
_ALREADY_END = rx(r"已(?:經)?$")

#: Invitations told as sent: 已寄發邀請函, 邀請函均已寄出, 業已發函邀請.
_INVITATIONS_SENT = rx(
    r"(?:已經?|業已?)(?:寄發|發出|寄出|發送|發函|函送)(?:邀請函|邀請)"
    r"|邀請函(?:均|皆)?(?:已經?|業已?)(?:寄發|發出|寄出|發送|送達)"
)

#: Already done, right before the date it was done on: 已於, 業於, 業已於, 已經在.
_DONE_ON_END = rx(r"(?:已經?|業已?)(?:於|在)$")

#: The future, in so many words: 將, 未來.
_WILL = rx(r"將|未來")


#: Nothing before a passive invitation but 均/皆/都 (…，均應本府邀請來訪): it is said of
#: all the parties the sentence named before.
_ALL_TOLD_BEFORE = rx(r"均|皆|都")


#: A letter of invitation of a place's official, handed over (面交某市長邀請函, 轉交某市
#: 市長之邀請函): the place's name, with its official.
_INVITATION_LETTER_HANDED = re.compile(
    r"(?:面交|轉交|遞交|送交|轉達)([^,;。]{2,12}?)(?:市長|縣長|知事|首長)(?:之|的)?(?:邀請函|邀函)"
)


#: A clause opening with the team or troupe just named, taken up (該隊由領隊某某…).
_THAT_GROUP_OPENING = re.compile(r"^,?(?:該|此)(?:隊|團|樂團|球隊|代表隊)")


def _told_as_time_of_inviting(text: str, event: tuple[int, int, str]) -> bool:
    """Whether the event is told only as the time an invitation was made (陳市長於「…」
    期間邀請某市長明年來訪): the invitation is to something else; not when the inviting is
    itself planned for that time (本府規劃於「2012某某節」期間邀請某市長來訪: to come then)."""
    start, end, _ = event
    during = _EVENT_PERIOD.match(text, max(end - 1, 0))
    return bool(during and _INVITE.match(text, during.end()) and not _FUTURE.search(text, 0, start))


def _invitees_end(text: str, invite: re.Match[str], events: list[tuple[int, int, str]]) -> int:
    """Where the invitees named after the inviting verb end: at the event named after
    them (邀請某市參加「…」), or, in an item headed by the event's name (「…」：擬邀請
    甲市、乙市代表隊參加) or after the event told as the time they are asked to come in
    (於「…」期間邀請某市長來訪), at the clause's end."""
    first = events[0]
    if first[1] <= invite.start() and (
        text[first[1] : first[1] + 1] == ":"
        or _EVENT_PERIOD.match(text[first[1] - 1 : invite.start()])
    ):
        return len(text)
    return first[0]


def _invite_outside_names(clause: Clause) -> re.Match[str] | None:
    """The inviting verb, the first outside the events' names where one is (「某某邀請賽」：
    擬邀請甲市…: the 邀請 of 邀請賽 names the event, invites no one), else the first."""
    found = list(_INVITE.finditer(clause.norm))
    outside = [
        m for m in found if not any(start <= m.start() < end for start, end, _ in clause.events)
    ]
    return (outside or found or [None])[0]


def _planned_before(earlier: str) -> bool:
    """Whether the last invitation told in `earlier` is one still to be sent, the words
    of its own clause before its verb telling a time to come and nothing done (擬邀請,
    將邀請; not 本府已於11月發函邀請 after 「某燈會」訂於明年…)."""
    invites = list(_INVITE.finditer(earlier))
    if not invites:
        return False
    asking = _CLAUSE_BREAK.split(earlier[: invites[-1].start()])[-1]
    return bool(_FUTURE.search(asking) and "已" not in asking)


class InvitationRules(EventCommon):
    """Who invited whom, to which event."""

    def _inviter_holds(self, clause: Clause, inviters: list[str], event_id: str) -> None:
        """「某市來函，邀請本府參加於該市舉行之「…」」: a place inviting the city to an
        event held in that place holds it (a venue alone names no host)."""
        e_start, e_end = next((s, e) for s, e, pid in clause.events if pid == event_id)
        venue = _VENUE_BEFORE_EVENT.search(clause.norm[:e_start])
        if venue is None:
            # 某市…邀請本府參加「2004某市港口節」: an event named for the inviting place,
            # or for the city whose body invites (某市經濟局…邀請本市參加「某市港口節」)
            name = clause.norm[e_start:e_end]
            named_for = self._places_in_name(name)
            for inviter in inviters:
                if self._named_for_body(inviter, name):
                    # 某某自由區管理局…邀請本府參加「某某自由區國際商展」: the body's own
                    self.facts.relate(RelType.HOSTED, inviter, event_id, clause.sentence)
                    continue
                place = inviter if inviter in named_for else self._city_bureau_is_of(inviter)
                if place in named_for and not (
                    place != inviter and self._not_the_places_own(event_id, name)
                ):
                    self.facts.relate(RelType.HOSTED, place, event_id, clause.sentence)
            self._inviter_holds_unplaced(clause, inviters, event_id, e_start)
            return
        there = {pid for s, _, pid in clause.places if venue.start(1) <= s < venue.end(1)}
        for inviter in inviters:
            if inviter in there:
                self.facts.relate(RelType.HOSTED, inviter, event_id, clause.sentence)

    def _named_for_body(self, party: str, name: str) -> bool:
        """Whether the event `name` is named for the outside body `party`: its name, the
        kind's ending dropped, is in the event's (某某自由區管理局: 「某某自由區國際商展」),
        a bureau being its city's."""
        entity = self.facts.entities[party]
        if entity.label != Label.ORGANIZATION or entity.properties.get("kind") in (
            "bureau",
            "division",
        ):
            return False
        body = entity.name_zh or ""
        ending = self.lex.org_ending(body)
        stem = body[: -len(ending)] if ending else ""
        return len(stem) >= 3 and stem in name

    def _city_bureau_is_of(self, party: str) -> str | None:
        """The city a bureau of a city's government is of (某市經濟局, 某市港埠處: that
        city), if `party` is one; not a body of its own (某某籌備委員會, 某某協會)."""
        entity = self.facts.entities[party]
        if entity.label != Label.ORGANIZATION or entity.properties.get("kind") not in (
            "bureau",
            "division",
        ):
            return None
        return self._city_located_in(party)

    def _inviter_holds_unplaced(
        self, clause: Clause, inviters: list[str], event_id: str, e_start: int
    ) -> None:
        """「某市副市長並代表該市邀請本府組團參加10月舉行之「…」」: an event the inviting
        city asks the city to, told as held with no place, holder or other host
        written, is the inviting city's own."""
        before = clause.norm[:e_start]
        held = _HELD_UNPLACED.search(before)
        asked = before.rfind("邀")
        if held is None or asked < 0:
            return
        if any(asked <= s < e_start and pid != self.home for s, _, pid in clause.places):
            return  # 邀請本府參加某市10月舉行之「…」: a place of its own named
        attended = list(_ATTENDING_WORD.finditer(before, asked))
        if attended and not _TIME_ONLY.fullmatch(before[attended[-1].end() : held.start()]):
            return  # 參加九州地區聯合舉辦之「…」: another holder named
        if self._host_told(event_id):
            return
        for inviter in inviters:
            if self.facts.label_of(inviter) == Label.CITY:
                self.facts.relate(RelType.HOSTED, inviter, event_id, clause.sentence)

    def _offices_held(self, people: list[str]) -> list[str]:
        """The places or bodies whose titles `people` hold (not the city's own)."""
        return list(dict.fromkeys(r.target for r in self._titles_held(people)))

    def _received_invitation(self, clause: Clause) -> bool:
        """「本府於4月接獲某市來函，邀請陳市長出席該市舉辦之「…」」, 「本市收到某縣邀請函，
        邀請本府參加「…」」: the place the city heard from invited it (dated by the
        letter's date, written in that clause); the city was invited, and whether it
        goes the text tells afterwards. The invitation runs from the clause that
        receives it to a ；or to a clause with a subject of its own (規劃由陳市長…,
        本府已函復…). True when the clause belongs to it (so no other rule reads it)."""
        sentence = clause.sentence
        # (…表示，「希望本府能組團前來觀摩，…」: the quoted words open with the hope)
        # (邀請陳大明市長: the city's own official named in full, read as 陳市長 is)
        official = self._home_official_invited(clause.norm)
        said = clause.norm
        if official is not None:
            name, title = official
            said = said.replace(name + title, name[0] + title)
        received = _RECEIVED.search(said) or _INVITES_US.search(
            _DATE_PREFIX.sub("", said).removeprefix("「")
        )
        invitation = self._invitation
        if invitation is not None and (
            invitation[0] != sentence.start
            or ";" in sentence.norm[invitation[3] : clause.start]
            # 邀請本府出席…: the city is who the letter invites, not a new subject
            or self._home_acts(_INVITES_HOME.sub("", clause.norm))
            or _BY_OPENING.match(clause.norm)
        ):
            invitation = self._invitation = None
        if received and not received.group(1) and (invitation or self._letter_told_before(clause)):
            received = None  # 某市於4月來函，邀請本府出席…: the letter's own invitation
        # 陳市長於某市邀請朴市長…: the city's own official invites; nothing received. One
        # by surname and title who invites the city itself (柳副市長並代表某市邀請本府) is
        # the other side's, named before in full.
        inviter = received.group(1) if received else ""
        # 本市姊妹市某市函邀本府…: the home city owns the tie; the partner invites
        by_home = (_HOME_ACTOR.match(inviter) and not _HOME_PARTNER_OPENING.match(inviter)) or (
            _HOME_OFFICIAL.match(inviter)
            and not received.group(0).endswith(("本府", "本市", "市府"))
        )
        if received and not by_home:
            offset = received.start(1)
            inviters = [
                pid
                for start, _, pid in clause.places
                if offset <= start < received.end(1) and pid != self.home
            ]
            # 面交某市長邀請函，邀請本市…: the place whose letter it is
            inviters = inviters or self._letter_handed_over(sentence.norm[: clause.start])
            named = received.group(1)
            that_body = _THAT_BODY_INVITING.fullmatch(named)
            if not inviters and that_body:  # 該廳並邀請本府…: the body of that kind named last
                body = self._body_named_last(clause, offset, that_body.group(1))
                inviters = [body] if body is not None else []
            by_surname = not inviters and bool(
                _HOME_OFFICIAL.fullmatch(named) or _OFFICIAL_BY_SURNAME.fullmatch(named)
            )
            if by_surname:
                # 史市長再度邀請本府…, 大西市長當面邀請本府…: the other side's official
                # named before in full, for the place (or body) whose title he holds
                inviters = self._offices_held(self._by_surname_and_title(named))
            if not inviters and _PRONOUN_PARTY.fullmatch(named):
                # 某市長致詞時指出：「…」他並當面邀請本府…: of the one who spoke, named by
                # surname and title before the quotation in the sentence (吳市長 named in
                # full nowhere: the city's own, no inviter), else of the one the sentence
                # before named
                here = sentence.norm[: clause.start]
                speaker = re.split(r"[,;。]", here.rsplit("「", 1)[0])[-1] if "「" in here else ""
                if _OFFICIAL_BY_SURNAME.match(speaker):
                    inviters = self._offices_held(self._by_surname_and_title(speaker))
                elif self.previous is not None:
                    said = self.previous.norm
                    inviters = self._offices_held(
                        self._by_surname_and_title(said) or self._people_in(said)
                    )
            if not inviters and named:
                # 代表王大明市長邀請本府…: the place or body of the one it is done for
                at = clause.start + offset
                inviters = self._guests_own(sentence, at + len(named), after=at)
            unnamed = (
                not inviters and clause.start and (not named or _NO_ONE_NAMED.fullmatch(named))
            )
            if unnamed:
                # 某市亦派員來高觀摩，並表示將邀請本市…: the place the sentence is about (the
                # clause's dates are then of the event: 明年舉辦之「…」); 某局某某主席來訪
                # 時，邀請本府…: the body or place whose title the guest holds
                inviters = (
                    self._body_acted_for(sentence.norm[: clause.start])
                    or self._guests_own(sentence, clause.start)
                    or [pid for pid in self.state.subject if pid != self.home]
                )
            if inviters:
                # the day of the letter, before its verb (明年派員參加: the event's year)
                said = [d for d in clause.dates if d.text_start < clause.start + received.end(1)]
                date = said[0].start if said and not unnamed else None
                if not said and not unnamed:  # 11月20日，某市市長函邀本市…: the item's day
                    # (…來訪，由吳市長接見，大西市長並當面邀請本府…: the day he came)
                    date = self._opening_day(clause, anywhere=by_surname)
                if unnamed:  # 4月間，某市市長致函陳市長，正式邀請本市…: the letter's date
                    date = self._letter_day(clause)
                # 日期：79.10.9 … 成果：某市長邀請本府…: the day of the card it is told in
                date = date or self._item_day(clause)
                invitation = self._invitation = (sentence.start, inviters, date, clause.start)
        invitation = invitation or self._letter_before(clause)
        if invitation is None:
            return False
        _, inviters, date, _ = invitation
        # 高雄市國樂團已獲某市邀請: the city's troupe named before is the one invited
        invitee = self._home_troupe(sentence.norm[: clause.start]) or self.home
        if received is not None and invitee == self.home:
            invitee = self._home_troupe(clause.norm[: received.start()]) or self.home
        if official is not None and invitee == self.home:
            invitee = self.people[official[0]]  # 邀請陳大明市長: he is the one invited
        event_id = (clause.events[-1][2] if clause.events else None) or self.state.event
        if event_id is None:
            visit = _INVITED_TO_VISIT.search(clause.norm)
            if visit:  # 邀請本府組團訪問該市: no event
                # 某市某局…邀請本府派團訪問某市: the office asks on its city's behalf
                visited = {pid for s, _, pid in clause.places if s >= visit.start()}
                for inviter in inviters:
                    city = self._city_of_organ(inviter)
                    asking = city if city in visited else inviter
                    self.facts.relate(RelType.INVITED, asking, invitee, sentence, date=date)
            return True
        year = edition_year(event_id)
        for inviter in inviters:
            if received is None and self._official_invited(inviter, invitee, event_id, sentence):
                continue  # 邀請陳大明市長出席…，本府將派員出席: he was the one invited
            self.facts.relate(
                RelType.INVITED, inviter, invitee, sentence, event=event_id, year=year, date=date
            )
        if clause.events:
            self._inviter_holds(clause, inviters, event_id)
        # the invitation names what it is to, or the sentence did before it (說明該市籌辦
        # 「…」之規劃，並正式邀請本府派員出席)
        if clause.events or event_id in self.state.sentence_events:
            to_come = received and _WILL.search(received.group(1))  # 將邀請本市…: to come
            # (the troupe invited, 預計於8月赴某市參加「…」: its plan to go)
            to_come = to_come or (invitee != self.home and _FUTURE.search(clause.norm))
            # 接受該市邀請，同意於十月派團出席「…」: accepted, the city's going agreed to
            to_come = to_come or self._invitation_accepted(clause, received)
            self.facts.relate(
                RelType.PARTICIPATED_IN,
                invitee,
                event_id,
                sentence,
                status=Attendance.PLANNED if to_come else Attendance.INVITED,
                year=year,
            )
        return True

    def _official_invited(
        self, inviter: str, invitee: str, event_id: str, sentence: Sentence
    ) -> bool:
        """Whether the sentence told `inviter` invited someone by name to the event,
        where `invitee` is the city: the invitation was his (邀請陳大明市長出席…), and
        the city's clause after it (本府將由某處派員代表出席) is its answer."""
        return invitee == self.home and any(
            r.type == RelType.INVITED
            and r.source == inviter
            and self.facts.label_of(r.target) == Label.PERSON
            and r.properties.get("event") == event_id
            and told_in(r, sentence)
            for r in self.facts.relations.values()
        )

    def _home_official_invited(self, text: str) -> tuple[str, str] | None:
        """The city's own official named in full and by a home title right after a verb
        of inviting (邀請陳大明市長出席…): (his name, the title); None where the one
        invited is no official of the city's."""
        home = self._home_people()
        for invited in _NAME_INVITED.finditer(text):
            name, title = invited.group(1), invited.group(2)
            known = [h for h in self._home_officials_as_period_opens() if h.name_zh == name]
            if known:  # one the curated data has in office: named in full, a person
                self._known_person(known[0])
            if known or self.people.get(name) in home:
                return name, title
        return None

    @staticmethod
    def _invitation_accepted(clause: Clause, received: re.Match[str] | None) -> bool:
        """Whether the invitation read is told as accepted (接受某市邀請) or the city's
        going as agreed to in a clause after it (…邀請，同意於十月派團出席「…」)."""
        accepted = received is not None and received.group(0).startswith("接受")
        before = clause.sentence.norm[: clause.start]
        accepted = accepted or bool(_RECEIVED.search(before) and "接受" in before)
        accepted = accepted or (received is None and bool(_COMMITTED.match(clause.norm)))
        # 接受該市邀請，惟因預算不足，未能派團出席「…」: the going told as not to be
        after = clause.sentence.norm[max(0, clause.sentence.norm.find("接受")) :]
        return accepted and not (_ABSENT.search(after) or _DECLINE_WORD.search(after))

    @staticmethod
    def _letter_told_before(clause: Clause) -> bool:
        """Whether a clause before in the sentence tells a letter sent (某市於4月來函,)."""
        return bool(_LETTER_SENT.search(clause.sentence.norm[: clause.start]))

    def _body_acted_for(self, before: str) -> list[str]:
        """The outside body a guest acts for, closing the clause before an invitation
        naming no one (某市長行前並代表某某管理局，邀請本府…: the authority); none for a
        place (代表某市: read as the place the sentence is about)."""
        acting = _ACTING_FOR_CLOSING.search(before)
        body = self._outside_body(acting.group(1)) if acting else None
        return [body] if body is not None else []

    def _guests_own(self, sentence: Sentence, before: int, after: int = 0) -> list[str]:
        """The bodies or places whose titles the guests the sentence names between
        `after` and `before` hold, as this sentence tells them (某管理局某某主席來訪時，…:
        某管理局; 代表王大明市長邀請本府…: 王大明's city)."""
        said = sentence.norm[after:before]
        titles = self._titles_held(pid for name, pid in self.people.items() if name in said)
        here = [r for r in titles if told_in(r, sentence)]
        return list(dict.fromkeys(r.target for r in here or titles))

    def _letter_before(self, clause: Clause) -> tuple[int, list[str], str | None, int] | None:
        """「某市於4月來函，邀請本市參加該市主辦之「…」」: a clause inviting the city, after
        one telling the subject's letter (or a body's: 某國某某協會(Some Association)來函),
        is that sender's invitation (dated by the letter's clause)."""
        before = clause.sentence.norm[: clause.start]
        letter = _LETTER_SENT.search(before)
        if not (_INVITES_HOME.match(clause.norm) and letter):
            return None
        # the body whose letter it is (某國某某協會(Some Association)來函): the sender; a
        # place's letter handed over by a guest (面交某市長邀請函): that place
        sender = self._outside_body_closing(_GLOSS.sub("", before[: letter.start()]))
        inviters = self._letter_handed_over(before) or (
            [sender] if sender else [pid for pid in self.state.subject if pid != self.home]
        )
        if not inviters:
            return None
        date = clause.earlier_dates[-1].start if clause.earlier_dates else None
        self._invitation = (clause.sentence.start, inviters, date, clause.start)
        return self._invitation

    def _came_as_invited(self, clause: Clause) -> None:
        """「日本某某市、韓國某某廣域市均應邀派員與會」, 「…史密斯教授亦應邀擔任主講人」,
        「計有某市及某國某某管理局各派一隊應邀來高」: at the city's invitation, and there."""
        event_id = (clause.events[-1][2] if clause.events else None) or self.state.event
        if event_id is not None and not self._home_hosts(event_id) and clause.events:
            # 某市隊伍應邀來高參加「…」: come here at the invitation, to the city's own
            self._own_event_invited_to(clause, clause.events)
        if event_id is None or not self._held_here(event_id):
            return  # 本府協助某大學辦理「…」，某市交響樂團並應邀來高演出: there too
        cut = clause.norm.find("應邀")
        if _INVITED_QUALIFIES.match(clause.norm, cut + len("應邀")):
            # 計有甲市、乙市及應邀加入之丙市等三市…: 應邀 qualifies one listed, after it
            cut = len(clause.norm)
        # the people named before 應邀 (某某廣域市王大明副市長亦應邀出席), else the cities
        parties = [pid for name, pid in self.people.items() if name in clause.norm[:cut]] or [
            pid
            for start, _, pid in clause.places
            if start < cut and pid != self.home and self.facts.label_of(pid) == Label.CITY
        ]
        # 計有某市、某市及某國某某管理局各派一隊應邀來高: the bodies listed with them (not
        # an office stationed here, whose people's part the sentence tells)
        listed = _EACH_CLOSING.sub("", _SENDER_END.split(clause.norm[:cut], maxsplit=1)[0])
        parties += [
            b
            for b in self._bodies_listed(listed)
            if b not in parties
            and self.facts.entities[b].properties.get("kind") != "representative_office"
        ]
        year = edition_year(event_id)
        # the part played, told here or in the clauses after it up to a semicolon
        # (…應邀出席，並共同擔任論壇與談人；某市則…): the same parties' doing
        rest = clause.sentence.norm[clause.start :]
        told = clause.norm[cut:] + rest[len(clause.norm) :].split(";", 1)[0]
        for party in parties:
            if self._home_hosts(event_id):  # not the body's it helps: whose invitation?
                self.facts.relate(
                    RelType.INVITED, self.home, party, clause.sentence, event=event_id, year=year
                )
            self._took_part(party, event_id, clause.sentence, year, role=_role(told))

    def _invited_by_home_official(self, text: str) -> re.Match[str] | None:
        """應王大明市長之邀: the invitation of one holding a title of the city, named in
        full, is the city's (as 應本府之邀)."""
        for official in _INVITED_BY_OFFICIAL.finditer(text):
            pid = self.people.get(official.group(1))
            if pid is not None and self._of_home(pid):
                return official
        return None

    def _invited_by_home(self, clause: Clause, cut: int) -> None:
        """「澳洲某某市雖受本府邀請，惟…未能派員出席」, 「該市應本府之邀…」: the cities
        before the passive were invited to the event spoken of; whether they came is
        told by the participation rule. Coming at the invitation with the event told
        after (某樂團應本府之邀來高訪問，本府…舉辦「…」音樂會): invited, to what comes next."""
        event_id = (clause.events[-1][2] if clause.events else None) or self.state.event
        later = clause.sentence.norm[clause.start + len(clause.norm) :]
        # the coming told here or in the clauses after, up to a semicolon (某市長應本府之
        # 邀，率團於9月來訪)
        came = _COME.search(clause.norm, cut) or _COME.search(later.split(";", 1)[0])
        if came and not clause.events and find_events(later, near_year=self._report_year()):
            event_id = None  # 應本府之邀來高訪問，本府…舉辦「…」音樂會: the event told next
        if event_id is None and not came:
            return
        year = edition_year(event_id) if event_id else None
        # 「某市某某保存會應本府之邀」: the body whose name the place opens, not the place
        cities = [
            self._quoted_body_of(clause.norm, start, end)
            or self._body_written_after(clause.norm, start, end)
            or pid
            for start, end, pid in clause.places
            if start < cut and pid != self.home and self.facts.label_of(pid) == Label.CITY
        ]
        # 美國某某樂團(Some Orchestra)應本府之邀: the body the words before name whole
        body = self._outside_body(_GLOSS.sub("", _DATE_PREFIX.sub("", clause.norm[:cut])))
        cities = cities or ([body] if body is not None else [])
        # 「該市某某市長應本府之邀」: the person named is the one invited, not the city
        people = [pid for name, pid in self.people.items() if name in clause.norm[:cut]]
        invitees = people or cities
        # 甲率領之某市訪問團，以及乙率領之某市訪問團，均應本府邀請來訪: all those told before
        all_before = not invitees and bool(_ALL_TOLD_BEFORE.fullmatch(clause.norm[:cut]))
        if all_before:
            invitees = self._cities_told_before(clause)
        for pid in invitees:
            self.facts.relate(
                RelType.INVITED, self.home, pid, clause.sentence, event=event_id, year=year
            )
        if all_before and came and event_id is not None and self._home_hosts(event_id):
            # come at the invitation to the city's own event: they and their leaders
            # took part in it (their coming is the visit rules' to read)
            before = clause.sentence.norm[: clause.start]
            leaders = [pid for name, pid in self.people.items() if name in before]
            for party in [*invitees, *leaders]:
                self._took_part(party, event_id, clause.sentence, year, came=False)
        # …，惟…未能派員出席: still them
        self.state.subject = cities or self.state.subject
        if event_id is not None:
            self._invitation_event = (clause.sentence.start, event_id)

    def _cities_told_before(self, clause: Clause) -> list[str]:
        """The foreign cities the sentence names before the clause, in order."""
        cities = [
            self.facts.place(m.place, m.surface)
            for m in self._place_mentions(clause.sentence.norm[: clause.start])
            if m.place.id != self.home_place.id and m.place.label == "City"
        ]
        return list(dict.fromkeys(cities))

    def _all_came(self, clause: Clause, event_id: str, invited_at: int) -> bool:
        """Whether the sentence, after the clause inviting, tells that the invitees all
        came to the city's own event (連同本市N隊共M隊參賽, 受邀城市均派團出席, 兩市
        代表隊…同場競技), or the inviting clause counts them (…之青少年共45人來訪), in a
        clause naming no party of its own; and tells of the event as held: not to
        come, not called off, not after the report's months, nobody absent or
        undecided."""
        said = clause.sentence.norm
        if not self._home_event_told_held(clause, event_id):
            return False
        if _HEADCOUNT.search(clause.norm, invited_at):
            return True
        after = _CLAUSE_BREAK.split(said[clause.start + len(clause.norm) :])
        return any(
            _ALL_CAME.search(part)
            and not any(m.place.id != self.home_place.id for m in self._place_mentions(part))
            for part in after
        )

    def _home_event_told_held(self, clause: Clause, event_id: str) -> bool:
        """Whether the event is the city's own and the sentence tells it as held: not to
        come, not called off, not after the report's months, nobody absent or
        undecided (its quoted names aside)."""
        if not self._home_hosts(event_id) or self._after_period(event_id):
            return False
        said = _SITE_PLANNED.sub("", _QUOTED_NAME.sub("", clause.sentence.norm))
        return not any(
            words.search(said)
            for words in (_FUTURE, _NOT_HELD, _ABSENT, _UNDECIDED, _NO_ANSWER, _COMMITTED)
        )

    def _listed_joined_from_afar(self, clause: Clause, invited_at: int, event_id: str) -> set[str]:
        """The places a list after the invitation names as taking part from afar in the
        city's own event, told as held (邀請姊妹市以視訊方式參與，計有甲市、乙市等3個城市
        線上參與開幕典禮; …，包括甲市及乙市均錄製祝賀影片): they took part, coming nowhere."""
        listed = _LISTED_AFTER_WORD.search(clause.norm, invited_at)
        if listed is None or not _JOINED_FROM_AFAR.search(clause.norm, listed.end()):
            return set()
        if not self._home_event_told_held(clause, event_id):
            return set()
        return {pid for start, _, pid in clause.places if start >= listed.end()}

    def _replying(self, clause: Clause) -> bool:
        """An item under 「…函邀各城市…，回覆情形如下：」 opening with a party (1、某市：已確認
        …, 4、某市：婉謝…): the party was invited; its reply, read by the participation
        rule, tells whether it comes. True when the clause opens such an item."""
        pending = self._reply_list
        sentence = clause.sentence
        item = self._section(sentence.section)
        if pending is None or item is None or clause.start != 0:
            return False
        invitation, event_id, sent_on = pending
        if item.parent != invitation.section or not item.is_item:
            if sentence.section != invitation.section:
                self._reply_list = None  # the list is over
            return False
        party = _ITEM_PARTY.match(sentence.norm)
        if party is None:
            return False
        year = edition_year(event_id)
        for start, _, pid in clause.places:
            if start >= party.end(1) or pid == self.home:
                continue
            self.facts.relate(
                RelType.INVITED,
                self.home,
                pid,
                sentence,
                [invitation],
                event=event_id,
                year=year,
                date=sent_on,
            )
            self.facts.relate(
                RelType.PARTICIPATED_IN,
                pid,
                event_id,
                sentence,
                status=Attendance.INVITED,
                year=year,
            )
        self.state.event = event_id
        return True

    def _collective_answered(self, clause: Clause) -> bool:
        """A clause listing the cities that answered an invitation to a class of them
        (「邀請各姊妹市組團參與，計有某市、某市等6個城市派團來高」): the city invited each
        city listed. True when the clause was read so."""
        pending = self._collective
        if pending is None:
            return False
        if pending[0] != clause.sentence.start:
            return self._collective_replied(clause)
        listed = _LISTED.match(_DATE_PREFIX.sub("", clause.norm))
        if listed is None:
            return False
        invited = self._invited_collectively(clause, listed.end(), len(clause.norm))
        # 計有甲協會、乙龍舟隊等4支外國隊伍 / 計有甲市、乙市等二個姊妹市及國內隊伍共二十八隊
        # 參賽: those listed are among the teams there; 計有甲市、乙市等5個城市錄製祝賀影片:
        # they took part from afar, coming nowhere
        afar = _JOINED_FROM_AFAR.search(clause.norm, listed.end())
        if (
            afar
            or _TEAMS_COUNTED.search(clause.norm)
            or _ALL_CAME.search(clause.norm, listed.end())
        ):
            for party in invited:
                self._took_part(
                    party,
                    pending[1],
                    clause.sentence,
                    edition_year(pending[1]),
                    came=False if afar else None,
                )
        self._collective = None
        return False  # who took part is read by the participation rule

    def _collective_replied(self, clause: Clause) -> bool:
        """The sentences after an invitation to a class of cities, in its paragraph,
        telling their answers (「本府函邀各姊妹市參加「…」。截至12月底，某市及某市已回覆
        將組團參加；某市尚在評估中」): the city invited each city answering (the letter's
        sentence is evidence too). False: who takes part is read by the participation
        rule."""
        pending = self._collective
        sentence = clause.sentence
        letter = next((s for s in self.parsed.sentences if pending and s.start == pending[0]), None)
        if letter is None or (letter.section, letter.paragraph) != (
            sentence.section,
            sentence.paragraph,
        ):
            self._collective = None
            return False
        answer = _ANSWERS.search(clause.norm)
        joins = answer is not None and (
            _ANSWER_JOINS.search(clause.norm[answer.end() :].rstrip("。"))
            or any(at >= answer.end() for at, _, _ in clause.events)
        )
        if answer is not None and joins:
            self._invited_collectively(clause, 0, answer.start(), [letter])
        return False

    def _invited_collectively(
        self, clause: Clause, start: int, cut: int, also: Sequence[Sentence] = ()
    ) -> list[str]:
        """The cities and bodies written between `start` and `cut` were among those the
        pending invitation to a class of them asked (a place opening a body's name is the
        body's: 某縣龍舟協會). Returns them."""
        assert self._collective is not None
        _, event_id, sent_on = self._collective
        year = edition_year(event_id)
        items = [(start + s, start + e, b) for s, e, b in self._body_items(clause.norm[start:cut])]
        cities = [
            pid
            for at, _, pid in clause.places
            if start <= at < cut
            and pid != self.home
            and self.facts.label_of(pid) == Label.CITY
            and not any(s <= at < e for s, e, _ in items)
        ]
        invited = list(dict.fromkeys([*cities, *(body for _, _, body in items)]))
        for party in invited:
            self.facts.relate(
                RelType.INVITED,
                self.home,
                party,
                clause.sentence,
                also,
                event=event_id,
                year=year,
                date=sent_on,
            )
        return invited

    def _invitation_day(self, clause: Clause, invite: re.Match[str]) -> str | None:
        """The day the invitation went out, written before its verb (本府於11月間致函
        邀請); else, one made at a meeting (「9月12日與某市長會晤，…，並邀請該市組團
        參加」), the meeting's day (a stay of several days dates no one invitation)."""
        # (not the year in an event's name heading the item: 「七十六年某邀請賽」：擬邀請…)
        named = [(clause.start + start, clause.start + end) for start, end, _ in clause.events]
        sent_on = next(
            (
                self._done_in_period(clause, d)
                for d in clause.dates
                if d.text_end <= clause.start + invite.start()
                and not any(start <= d.text_start < end for start, end in named)
            ),
            None,
        )
        if sent_on is None and _MEET.search(clause.sentence.norm[: clause.start]):
            days = [d for d in clause.earlier_dates if d.precision == "day" and d.end is None]
            sent_on = days[-1].start if days else None
        if sent_on is None:
            sent_on = self._letter_day(clause)
        if sent_on is None and _HOME_ACTOR.match(clause.norm[: invite.start()]):
            sent_on = self._opening_day(clause)
        occasion = _ON_THIS_OCCASION.search(clause.sentence.norm[: clause.start + invite.start()])
        if sent_on is None and occasion:
            sent_on = self._occasion_day(clause, occasion.start())
        return sent_on

    def _occasion_day(self, clause: Clause, at: int) -> str | None:
        """The day or month of the occasion taken up at `at` (藉此機會): told before it in
        the same sentence (三月十五日，某市副市長來訪，本府藉此機會邀請…), else in the
        sentence before (某市副市長於二月間來訪…。本府也藉此機會…邀請…), the last such
        date read before, not a time a plan is told for (並告知該市將於十月舉辦…)."""
        own = [d for d in [*clause.earlier_dates, *clause.dates] if d.text_end <= at]
        told_in = clause.sentence if own else self.previous
        said = told_in.norm if told_in is not None else ""
        dated = [
            d
            for d in (own or self.state.dates_before)
            if d.precision in ("day", "month")
            and not (
                said[d.text_start : d.text_end] == normalize(d.text)
                and _TIME_PLANNED_BEFORE.search(said[: d.text_start])
            )
        ]
        return dated[-1].start if dated and dated[-1].end is None else None

    def _opening_day(self, clause: Clause, anywhere: bool = False) -> str | None:
        """The day a sentence opens with in a clause of its own, when `clause` follows
        it (11月15日，本府函邀…), or `anywhere` after it: the day of what the clause
        tells; or the month, or a part of it (本月上旬，本府接獲某市來函…)."""
        days = [
            d
            for d in clause.earlier_dates
            if d.text_start == 0 and d.precision in ("day", "month") and d.end is None
        ]
        opening = _CLAUSE_BREAK.split(clause.sentence.norm, maxsplit=1)[0]
        if not days or days[0].text_end != len(opening):
            return None
        if clause.start != len(opening) + 1 and not anywhere:
            return None
        return self._done_in_period(clause, days[0])

    @staticmethod
    def _item_day(clause: Clause) -> str | None:
        """The day of the item (a record card's date field), read as written before the
        sentence: the day of all it tells with no date of its own."""
        days = [d for d in clause.earlier_dates if d.text_start < 0 and d.precision == "day"]
        return days[0].start if days else None

    def _letter_day(self, clause: Clause) -> str | None:
        """The date of a letter a clause before sent (中旬，本府分函甲市、乙市，邀請各該市
        …; 5月3日致函某市，邀請…): the invitation it carried went out then."""
        letters = list(_BY_LETTER.finditer(clause.sentence.norm[: clause.start]))
        if not letters:
            return None
        dated = [d for d in clause.earlier_dates if d.text_end <= letters[-1].start()]
        return self._done_in_period(clause, dated[-1]) if dated else None

    def _done_in_period(self, clause: Clause, span: DateSpan) -> str:
        """「「…」訂於明年2月舉行，本府已於12月發函邀請…」: a month with no year of its
        own, told as already done, is in the report's months (of whichever of its years,
        for one crossing a year: 108年7月至109年6月), not in the year an earlier 明年 of
        the sentence set."""
        before = clause.sentence.norm[: span.text_start]
        period = self.period
        if (
            period is None
            or span.writes_year
            or span.precision == "year"
            or not _DONE_ON_END.search(before)
        ):
            return span.start
        for year in range(period.year, int(period.end[:4]) + 1):
            moved = f"{year}{span.start[4:]}"
            if period.start <= moved[:7] <= period.end:
                return moved
        return span.start

    def _invited_to_visit(self, clause: Clause, invite: re.Match[str]) -> list[str]:
        """「並邀請某某市長於疫情趨緩後訪高」, 「本府邀請某市明年組團來訪」, 「陳市長邀請
        某某市長擇期來高訪問」: an invitation to come to the city, with no event named,
        is the city's invitation of the people (else the cities) named between the verb
        and the coming; none of the city's own. The invitees."""
        text = clause.norm
        come = _COME.search(text, invite.end())
        span = text[invite.end() : come.start()] if come else ""
        # 面邀朴市長於11月率團來訪: one named before by surname and title is no official
        # of the city's acting, though written as one might be
        # 拜會某市長某某，當面邀請其於國慶期間來訪: the one the pronoun takes up
        taken_up = self._person_taken_up(clause, invite.end()) if come else None
        people = self._people_in(span) or ([taken_up] if taken_up else [])
        if come is None or (not people and self._home_acts(span)):
            return []
        # 邀請日本《某某新聞》及某國某報社記者來高: the bodies whose people come
        invitees = (
            people
            or self._bodies_listed(span)
            or [
                self._quoted_body_of(text, start, end) or pid  # 某市「某某保存會」: the body
                for start, end, pid in clause.places
                if invite.end() <= start < come.start()
                and pid != self.home
                and self.facts.label_of(pid) == Label.CITY
                and not _FOLK_OF_PLACE.match(text, end)
            ]
        )
        asking = text[: invite.start()]
        status = Attendance.PLANNED if _FUTURE.search(asking) else Attendance.INVITED
        sent_on = self._invitation_day(clause, invite)
        for invitee in dict.fromkeys(invitees):
            self.facts.relate(
                RelType.INVITED,
                self.home,
                invitee,
                clause.sentence,
                status=status,
                date=sent_on,
            )
        return list(dict.fromkeys(invitees))

    def _rule_invitation(self, clause: Clause) -> None:
        """The city inviting parties to events (本府邀請某市派團出席「…」): who was
        invited to what, when, by which hosts, and whether they came."""
        text = clause.norm
        if self._received_invitation(clause):
            return  # the city was invited, not the one inviting
        if self._invitation_conveyed(clause):
            return
        invite = _invite_outside_names(clause)
        passive = _INVITED_BY_HOME.search(text) or self._invited_by_home_official(text)
        if passive:
            self._invited_by_home(clause, passive.start())
            return
        if self._replying(clause) or self._collective_answered(clause):
            return
        if invite is None and self._awaited_event_named(clause):
            return
        if not invite or self._city_was_invited(text, invite):
            return
        if "應邀" in text:
            self._came_as_invited(clause)
            return
        events = self._events_invited_to(clause)
        if not events:
            asked_to_come = self._invited_to_visit(clause, invite)
            self._await_event(clause, invite, asked_to_come)
            return
        sent_on = self._invitation_day(clause, invite)
        invitees = self._invitees(clause, invite, _invitees_end(clause.norm, invite, events))
        if not invitees:
            self._invitees_told_later(clause, invite, events[-1][2], sent_on)
        status = self._invitation_status(clause, invite)
        self._record_invitations(clause, invite, events, invitees, status, sent_on)
        self._own_event_invited_to(clause, events)

    def _invitation_conveyed(self, clause: Clause) -> bool:
        """「某處長此行並轉達該市市長某某之邀請，盼陳市長…訪問該市」: the invitation of the
        one named, conveyed by a guest, is made to the city by the place or body whose
        title that one holds. True when read so. Not when the sentence goes on to ask
        the city to come (…之邀請，請本府於9月組團出席「…」): that request is the
        invitation, read with its event by the rules of invitations received."""
        conveyed = _INVITATION_CONVEYED.search(clause.norm)
        if conveyed is None:
            return False
        if conveyed.group(1).startswith("對"):
            return True  # 請其轉達對某市長之邀請: the city's invitation, sent by the guest
        if _INVITES_HOME.search(clause.sentence.norm, clause.start + conveyed.end()):
            return False
        start, end = (clause.start + at for at in conveyed.span(1))
        inviters = self._guests_own(clause.sentence, end, after=start)
        for inviter in inviters:
            self.facts.relate(RelType.INVITED, inviter, self.home, clause.sentence)
        return bool(inviters)

    def _await_event(self, clause: Clause, invite: re.Match[str], asked_to_come: list[str]) -> None:
        """An invitation that ends its clause with no event named, of cities (本府函邀姊妹市
        甲市、乙市及丙市，…) or to come (`asked_to_come`: 面邀某市長於11月率團來訪，…;
        函邀某市於10月組團來訪，…): the next clause may name the event
        (_awaited_event_named)."""
        text = clause.norm
        invitees = asked_to_come or [
            pid
            for start, _, pid in clause.places
            if start > invite.start()
            and pid != self.home
            and self.facts.label_of(pid) == Label.CITY
        ]
        if invitees and (asked_to_come or not _COME.search(text, invite.end())):
            end = clause.start + len(text)
            sent_on = self._invitation_day(clause, invite)
            self._invitation_awaiting = (clause.sentence.start, end, invitees, sent_on)

    def _awaited_event_named(self, clause: Clause) -> bool:
        """The clause right after an invitation naming no event, telling the invitees'
        joining the event it names (…，於明年端午節組隊來高參加「…」): they were invited
        to it, by its hosts. True if read so."""
        awaiting, self._invitation_awaiting = self._invitation_awaiting, None
        if awaiting is None or not clause.events:
            return False
        start, end, invitees, sent_on = awaiting
        if start != clause.sentence.start or end + 1 != clause.start:
            return False
        if self._held_at_home_next(clause):
            self._came_to_what_home_held(clause, invitees, sent_on)
            return True
        join = _join_told(clause.norm, 0)
        if join is None or join.start() > clause.events[0][0]:
            return False
        told = clause.norm[: join.start()]
        if _OWN_SUBJECT.search(told) or any(at < join.start() for at, _, _ in clause.places):
            return False  # …，兩市均於10月組隊來高參加「…」: what they did, told of them
        opening = _CLAUSE_OPENING.match(clause.norm)
        assert opening is not None  # (an empty pattern matches any clause)
        status = Attendance.INVITED
        self._record_invitations(clause, opening, clause.events, invitees, status, sent_on)
        self._own_event_invited_to(clause, clause.events)
        self._invitation_taken_up = (clause.sentence.start, clause.start)
        self._drop_invitations_without_event(clause, invitees)
        return True

    def _came_to_what_home_held(
        self, clause: Clause, invitees: list[str], sent_on: str | None
    ) -> None:
        """「邀請某某來高，於本府某局舉辦「…座談會」」: the invitees were invited to the
        event the city held, and, having come, attended it."""
        opening = _CLAUSE_OPENING.match(clause.norm)
        assert opening is not None  # (an empty pattern matches any clause)
        self._record_invitations(
            clause, opening, clause.events, invitees, Attendance.INVITED, sent_on
        )
        for invitee in invitees:
            for _, _, event_id in clause.events:
                self._took_part(invitee, event_id, clause.sentence, edition_year(event_id))
        self._drop_invitations_without_event(clause, invitees)

    def _held_at_home_next(self, clause: Clause) -> bool:
        """Whether the clause after an invitation to come, with no subject of its own,
        tells the city holding the event it names at its own venue (…來高，於本府某局
        舉辦「…」) as done: the invitees came to it; not when the sentence tells them kept
        away (惟某局長因颱風航班取消未能成行) or the plan put off (本府原訂於5月邀請某某
        來高，…，後因故延期): invited only."""
        held = _HELD_AT.match(_DATE_PREFIX.sub("", clause.norm))
        told = clause.sentence.norm
        return (
            held is not None
            and self._held_at_home(held.group())
            and not any(w.search(told) for w in (_FUTURE, _NOT_COMING, _KEPT_AWAY, _NOT_HELD))
        )

    def _drop_invitations_without_event(self, clause: Clause, invitees: list[str]) -> None:
        """The invitations to come the sentence told with no event (面邀某市長於11月率團
        來訪，…), now that its next clause names the event: one invitation, with it."""
        for key, relation in list(self.facts.relations.items()):
            if (
                relation.type == RelType.INVITED
                and relation.target in invitees
                and "event" not in relation.properties
                and told_only_in(relation, clause.sentence)
            ):
                del self.facts.relations[key]

    def _own_event_invited_to(self, clause: Clause, events: list[tuple[int, int, str]]) -> None:
        """An event named for the city (「2000高雄國際龍舟錦標賽」), or one its invitees
        are asked to come to the city to join (邀請某市組隊來高參加「…」), that the city
        invites others to, with no other host read, is the city's own (read again when
        its heading told it so: 邀請參加「…」 over 本府函邀…參加「…」, both tell it)."""
        hosted = {
            r.target
            for r in self.facts.relations.values()
            if r.type == RelType.HOSTED and r.source != self.home
        }
        for start, end, event_id in events:
            if event_id in hosted or end <= start:
                continue
            here = _COMES_HERE_TO_JOIN.search(clause.norm[:start])
            if here or self.home in self._places_in_name(clause.norm[start:end]):
                self.facts.relate(RelType.HOSTED, self.home, event_id, clause.sentence)

    def _rule_invited_by_outside(self, clause: Clause) -> None:
        """應某市之邀 / 受某管理局邀請 with the city's side the one asked (本府應某港務局之邀，
        由…赴…考察; 應某市之邀，陳副市長…訪問該市; 某市國樂團應某市之邀…): the inviter, a
        place or the outside body its name opens, is read here (so a later 該局 finds
        it); whether the city's side went the sentence's end tells
        (_invitations_received)."""
        for invited in _INVITED_BY.finditer(clause.norm):
            invitee = self._home_side_asked(clause, clause.norm[: invited.start()])
            inviter = self._inviter_written(clause, invited) if invitee else None
            if invitee and inviter:
                self.state.invited_by.append((inviter, invitee))

    def _home_side_asked(self, clause: Clause, before: str) -> str | None:
        """Who 應…之邀 tells was asked, from the words before it: the city where they are
        none or the city itself (本府應…, 應…之邀，陳副市長…), its troupe written there
        (某市國樂團應…); an item's heading before its colon (某市：應…) is none of them."""
        before = before.rsplit(":", 1)[-1]
        if _NO_SUBJECT.fullmatch(before) or _HOME_ACTOR.fullmatch(_ADVERB_TAIL.sub("", before)):
            return self.home
        return self._home_official_asked(before) or self._troupe_invited(clause.sentence.norm)

    def _home_official_asked(self, before: str) -> str | None:
        """The city's official named in full with his title before 應…之邀 (王大明市長應
        某市之邀): he is the one asked."""
        official = _NAME_THEN_HOME_TITLE.fullmatch(_DATE_PREFIX.sub("", before))
        pid = self.people.get(official.group(1)) if official else None
        return pid if pid is not None and self._of_home(pid) else None

    def _inviter_written(self, clause: Clause, invited: re.Match[str]) -> str | None:
        """The inviter written in 應…之邀: the outside body a place's name opens (某港務局),
        else the place, not a country (某市); or a body named with no place (某協會). A
        bureau whose whole name is the inviter (經某市港灣局邀請) is that bureau, not its
        city, as in _inviters."""
        bureau = self._outside_body_closing(invited.group(1))
        if bureau is not None and self.facts.entities[bureau].properties.get("kind") == "bureau":
            return bureau
        start, end = invited.span(1)
        # 應某某市長之邀: the city of the official named, where he holds his title
        for name, person in self.people.items():
            if name in invited.group(1) and not self._of_home(person):
                cities = self._city_of(person)
                if cities:
                    return cities[0]
        for p_start, p_end, pid in sorted(clause.places):
            if not start <= p_start < end or pid == self.home:
                continue
            body = self._body_named_from(clause.norm, p_start, p_end)
            if body is not None or self.facts.label_of(pid) == Label.COUNTRY:
                return body
            return pid
        return self._outside_body(invited.group(1))

    def _invitations_received(self, sentence: Sentence) -> None:
        """The invitations 應…之邀 told (_rule_invited_by_outside) whose invitee went, in
        the sentence, somewhere or to something: kept for the end of the reading
        (_record_invitations_received), when a later sentence may have read them with the
        event the trip was for."""
        for inviter, invitee in dict.fromkeys(self.state.invited_by):
            if any(
                r.type in (RelType.VISITED, RelType.PARTICIPATED_IN)
                and r.source == invitee
                and told_in(r, sentence)
                for r in self.facts.relations.values()
            ):
                self.invitations_received.append((sentence, inviter, invitee))

    def _record_invitations_received(self) -> None:
        """Each invitation kept by _invitations_received that no rule read with its event
        (an INVITED of its inviter and invitee quoting its sentence): one of its own."""
        for sentence, inviter, invitee in self.invitations_received:
            if not any(
                r.type == RelType.INVITED
                and (r.source, r.target) == (inviter, invitee)
                and told_in(r, sentence)
                for r in self.facts.relations.values()
            ):
                self.facts.relate(RelType.INVITED, inviter, invitee, sentence)

    @staticmethod
    def _city_was_invited(text: str, invite: re.Match[str]) -> bool:
        """Whether the inviting verb tells the city was invited (受邀, 應某市之邀, 受某市
        邀請參加), which is read as taking part, not as the city inviting."""
        if "受邀" in text:
            return True
        received = _INVITED_BY.search(text)
        return bool(received and received.start() < invite.start() < received.end())

    def _events_invited_to(self, clause: Clause) -> list[tuple[int, int, str]]:
        """The events the invitation is to: those the clause names, else the one named
        before in the sentence when invitees are asked to attend it or it is the city's
        own (本府於…舉辦「…論壇」，邀請某市、某市等城市參加; 邀請…姊妹市派員共襄盛舉),
        else the city's own event its item speaks of (「2.邀請姊妹市首長出席開幕典禮
        (1)本府致函邀請某市…首長率團出席」)."""
        text = clause.norm
        # (陳市長於「…」期間邀請某市長明年來訪: the event is when the invitation was made)
        events = [e for e in clause.events if not _told_as_time_of_inviting(text, e)]
        if clause.events and not events:
            return events
        if (
            not events
            and self.state.sentence_events
            and (_ATTENDS.search(text) or self._home_hosts(self.state.sentence_events[-1]))
        ):
            events = [(len(text), len(text), self.state.sentence_events[-1])]
        elif (
            not events
            and not self.state.sentence_events
            and self.state.event is not None
            and self._home_hosts(self.state.event)
        ):
            events = [(len(text), len(text), self.state.event)]
        return events

    def _invitees(self, clause: Clause, invite: re.Match[str], first_event: int) -> list[str]:
        """Who is invited, between the verb and the event: the people named (邀請王大明
        市長出席「…」) or taken up (並邀請其率團參加), else the cities and bodies named
        (邀請某市港務局), else the places the sentence is about (訪問某市、某市，並邀請
        參加「…」)."""
        text = clause.norm
        if _EACH_OF_THOSE.match(text, invite.end()) and self.state.clause_places:
            # 本府分函甲市、乙市及丙市，邀請各該市…: each city the clause before named
            return list(self.state.clause_places)
        listed = [
            (invite.end() + start, invite.end() + end)
            for start, end, _ in self._body_items(text[invite.end() : first_event])
        ]
        invitees = [
            self._body_named_from(text, start, end)
            or self._port_named_at(text, start, end)
            or self._city_state(pid)
            or pid
            for start, end, pid in clause.places
            if invite.start() < start < first_event
            # (a place opening a body listed, 邀請某市姊妹市某大學設計學院: the body's own)
            and not any(s <= start < e for s, e in listed)
            and pid != self.home
            and (
                self.facts.label_of(pid) == Label.CITY
                or (
                    self._country_listed_among_cities(clause, start, end, pid)
                    and self._city_state(pid) is not None
                )
            )
            and not self._hosts_event(clause, start, end)
            and not _FOLK_OF_PLACE.match(text, end)  # 邀請當地業者: not the place
        ]
        bodies = self._bodies_listed(text[invite.end() : first_event])
        invitees += [body for body in bodies if body not in invitees]
        # 邀請王市長出席「…」, 並邀請其率團參加「…」: the person named before, or taken up
        taken_up = self._person_taken_up(clause, invite.end())
        people = self._people_in(text[invite.end() : first_event]) + [taken_up] * bool(taken_up)
        invitees = [p for p in people if p is not None] or invitees
        if not invitees and _INVITES_OTHERS.search(text):
            # 訪問…某甲、某乙及某丙等市，…，並邀請參加「2013某某高峰會」
            invitees = self.state.subject or self.state.clause_places
        return invitees

    def _invitees_told_later(
        self, clause: Clause, invite: re.Match[str], event_id: str, sent_on: str | None
    ) -> None:
        """An invitation naming no invitee may be answered after it: 「發函邀請各姊妹市
        組團參與，計有某市、某市…派團來高」 (the clauses after it list the invitees), 「本府
        函邀國外城市首長率團觀賽，各城市回覆情形如下：1、某市：…」 (the items below open
        with them)."""
        if _COLLECTIVE.match(clause.norm, invite.end()) or _PEOPLE_BY_CLASS.match(
            clause.norm, invite.end()
        ):  # (邀請駐臺外交人員組隊參賽，計有某處、某所等8隊參加: those answering)
            self._collective = (clause.sentence.start, event_id, sent_on)
        if _REPLIES.search(clause.sentence.norm):
            self._reply_list = (clause.sentence, event_id, sent_on)

    @staticmethod
    def _invitation_status(clause: Clause, invite: re.Match[str]) -> Attendance:
        """An invitation still to be sent (將邀請, 規劃邀請) is PLANNED; one made for an
        event to come (邀請某市明年組團參加) is made (INVITED): the future words must come
        before the inviting verb. One the sentence tells is sent (將邀請某市…與會，目前已
        寄發邀請函) is made."""
        asking = clause.norm[: invite.start()]
        to_come = (_FUTURE.search(asking) and not _ALREADY_END.search(asking)) or (
            _FUTURE.search(clause.sentence.norm) and _WILL.search(asking)
        )
        # 擬邀請甲市…，並增邀乙市…: a further invitee joined to a planned invitation
        if clause.norm.startswith("並") and _planned_before(clause.sentence.norm[: clause.start]):
            to_come = to_come or not _ALREADY_END.search(asking)
        sent = _INVITATIONS_SENT.search(clause.sentence.norm, clause.start + invite.end())
        return Attendance.PLANNED if to_come and not sent else Attendance.INVITED

    def _record_invitations(
        self,
        clause: Clause,
        invite: re.Match[str],
        events: list[tuple[int, int, str]],
        invitees: list[str],
        status: Attendance,
        sent_on: str | None,
    ) -> None:
        """Each invitee invited to each event by each of its hosts, and its part in it:
        ATTENDED when told as all there or asked to speak at the city's event, held."""
        text = clause.norm
        co_held = bool(_CO_HOST.search(clause.sentence.norm[: clause.start]))
        asked = text + self._talk_after_coming(clause, invite)
        if status == Attendance.INVITED and _COME.search(text, invite.end()):
            self._asked_to_come = (clause.sentence.start, clause.start + len(text), invitees)
        for _, _, event_id in events:
            year = edition_year(event_id)
            # the city's own event, held, and the invitees told as all there (邀請某市及
            # 某市組隊來高，連同本市共M隊參賽; …，受邀城市均如期派團出席)
            came = status == Attendance.INVITED and self._all_came(clause, event_id, invite.end())
            afar = (
                self._listed_joined_from_afar(clause, invite.end(), event_id)
                if status == Attendance.INVITED
                else set()
            )
            spoke = status == Attendance.INVITED and self._spoke_when_asked(
                clause, asked, invite.end(), event_id
            )
            inviters = self._inviting_hosts(event_id, co_held)
            # 兩市共同舉辦「…」，邀請…兩市交流團體代表參加: a host is no invitee of its own
            for invitee in [i for i in invitees if not self._hosts(i, event_id)]:
                came_too = status == Attendance.INVITED and self._invitee_sent(
                    clause, invitee, event_id
                )
                arrival = (
                    self._invited_group_arrival(clause, invitee, event_id)
                    if status == Attendance.INVITED
                    else None
                )
                came_too = came_too or arrival is not None
                for inviter in dict.fromkeys(inviters):
                    self.facts.relate(
                        RelType.INVITED,
                        inviter,
                        invitee,
                        clause.sentence,
                        event=event_id,
                        year=year,
                        status=status,
                        date=sent_on,
                    )
                if _THANKED_FOR.search(text[: invite.start()]):
                    continue  # 感謝本府於上半年邀請該市…參加「…」: recalled, no part told
                self._took_part(
                    invitee,
                    event_id,
                    clause.sentence,
                    year,
                    Attendance.ATTENDED if came or came_too or spoke or invitee in afar else status,
                    _role(asked[invite.end() :]) if spoke else None,
                    # (a body asked to speak may be of Taiwan: where it came from is unknown,
                    # unless the invitation says it comes: 邀請某協會會員來高現場示範)
                    came=invitee not in afar
                    and (
                        came
                        or came_too
                        or (spoke and self.facts.label_of(invitee) == Label.CITY)
                        or (spoke and bool(_COME.search(text, invite.end())))
                        or (spoke and self._placed_abroad(invitee))
                    ),
                    arrived=arrival or None,
                )

    @staticmethod
    def _talk_after_coming(clause: Clause, invite: re.Match[str]) -> str:
        """The clause after the clause's invitation to come, when it tells the talk given
        (特邀某某於6月5日至7日來高，以「某題」為題發表專題演講): joined to it by its
        break; "" otherwise."""
        if not _COME.search(clause.norm, invite.end()):
            return ""
        after = clause.sentence.norm[clause.start + len(clause.norm) :]
        parts = _CLAUSE_BREAK.split(after.lstrip(",;"), maxsplit=1)
        talk = parts[0] if parts and after[:1] == "," else ""
        return "," + talk if _TALK_AFTER_COMING.match(talk) else ""

    def _invitee_sent(self, clause: Clause, invitee: str, event_id: str) -> bool:
        """Whether a clause after the invitation, opening with the invitee named again
        (and no other place), tells it sent its people to the city's event, held (邀請
        某市組隊參賽，某市派遣40人代表隊來高)."""
        if not self._home_hosts(event_id) or self._after_period(event_id):
            return False
        said = clause.sentence.norm
        for part in _CLAUSE_BREAK.split(said[clause.start + len(clause.norm) :]):
            if any(words.search(part) for words in (_FUTURE, _NOT_HELD, _ABSENT, _UNDECIDED)):
                continue
            named = [m for m in self._place_mentions(part) if m.place.id != self.home_place.id]
            if not named or named[0].start != 0 or {m.place.id for m in named} != {invitee}:
                continue
            if _INVITEE_SENT.match(part, named[0].end):
                return True
        return False

    def _letter_handed_over(self, before: str) -> list[str]:
        """The place whose official's letter of invitation a guest hands over, told just
        before (總領事某某拜會市長，面交某市長邀請函，邀請本市…): that place invites, not
        the one who brought the letter."""
        handed = _INVITATION_LETTER_HANDED.search(before)
        if handed is None:
            return []
        named = [m.place for m in self._place_mentions(handed.group(1))]
        return [self.facts.place(named[-1])] if named else []

    def _invited_group_arrival(
        self, clause: Clause, invitee: str, event_id: str
    ) -> dict[str, object] | None:
        """The days the invited team or troupe came, where the words after the invitation
        take it up and tell its coming (邀請某市少年棒球隊來訪，該隊由領隊某某率隊職員
        二十人，於五月三日至七日來訪); {} where they tell its coming on no day, None
        where they do not."""
        end = clause.start + len(clause.norm)
        rest = re.split(r"[;。]", clause.sentence.norm[end:], maxsplit=1)[0]
        if (
            self.facts.label_of(invitee) != Label.ORGANIZATION
            or not _THAT_GROUP_OPENING.match(rest)
            or not _COME.search(rest)
            or not self._home_hosts(event_id)
        ):
            return None
        days = [d for d in clause.later_dates if d.text_start < end + len(rest)][:1]
        return {"start": days[0].start, "end": days[0].end} if days else {}

    def _placed_abroad(self, party: str) -> bool:
        """Whether the report places a body in a country other than the city's (仁川廣域市
        某大學美術學院): one asked to play a part at the city's event came from there."""
        return any(
            r.type == RelType.LOCATED_IN
            and r.source == party
            and self.facts.entities[r.target].properties.get("country")
            not in (None, self.home_place.country)
            for r in self.facts.relations.values()
        )

    def _spoke_when_asked(self, clause: Clause, text: str, invited_at: int, event_id: str) -> bool:
        """Bodies asked to play a part at the city's event, held (邀請某大學代表演講,
        邀請某公司等業界代表進行座談): they played it; not those asked to put forward
        others who play it (邀請甲市、乙市推薦藝術家來高駐地創作, 遴派, 推派: whether each
        did is told apart), nor where the sentence tells the part is to come, called off,
        declined or not played (…於明年暑假來高駐村創作, …惟該會因疫情婉謝, …未能派員)."""
        part = _PART_ASKED.search(text, invited_at)
        return (
            part is not None
            and not _PUTS_FORWARD.search(text, invited_at, part.start())
            and self._home_event_told_held(clause, event_id)
            and not _DECLINE_WORD.search(_QUOTED_NAME.sub("", clause.sentence.norm))
        )

    def _inviting_hosts(self, event_id: str, co_held: bool) -> list[str]:
        """Who invites: the city, and with it each co-host of an event the sentence says
        is held together (本府與某市共同主辦「…」，邀請…)."""
        return [self.home] + [
            r.source
            for r in self.facts.relations.values()
            if co_held and r.type == RelType.HOSTED and r.target == event_id
        ]
