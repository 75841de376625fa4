"""Visitor lists and people in prose.

A 、-separated list of 「affiliation title name」 items (the guests received, or the
invitees of an event) becomes Person HOLDS_TITLE City/Organization and VISITED the
home city (or PARTICIPATED_IN the event); names with titles in prose become people
too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.model import Attendance, Label, Relation, RelType, TieStatus
from loaders.cards import is_planned
from loaders.dates import DateSpan, one_date_each
from loaders.events import find_events
from loaders.facts import another_meeting
from loaders.gazetteer import Gazetteer, Place
from loaders.lexicon import HomeOrg
from loaders.names import NAME_DOTS, bare_surname, is_person_name
from loaders.people import (
    GOING_ALONG,
    PersonMention,
    body_without_unit,
    english_after,
    find_name_before_title,
    find_name_then_post,
    find_title_then_name,
    parse_visitor_item,
    place_and_title,
    register_heading_person,
)
from loaders.reading import normalize, rx
from loaders.rules.base import ReaderBase
from loaders.rules.grammar import (
    _ATTEND,
    _ATTENDEE_LIST,
    _CAME_DOWN,
    _CARD_FIELD,
    _CEREMONY,
    _CLAUSE_BREAK,
    _COME,
    _DATE_PREFIX,
    _DELEGATION,
    _DELEGATION_KIND,
    _FRIENDSHIP_KIND,
    _FUTURE,
    _GOES_TO,
    _HAN,
    _HOLDING,
    _HOME,
    _HOME_HOSTING,
    _HOME_OFFICIALS_LED,
    _HOME_PARTY,
    _HOME_TITLE,
    _HOME_TITLE_ONLY,
    _IN_TAIWAN,
    _IN_TURN,
    _IN_TURN_WORD,
    _ITEM_JOINER_OPENING,
    _JOIN,
    _LEADER_VERB,
    _LEADS_IN_TURN,
    _LIST_CLOSING_WORDS,
    _LIST_INVITED,
    _MEET,
    _OURS_BEFORE,
    _QUOTED_NAME,
    _ROSTER_LINE,
    _SEMICOLON,
    _SISTER_CITY,
    _STATED_COUNT,
    _THAT_OFFICE,
    _VISITOR_HEADING,
    _VISITORS_FIELD,
    _role,
    school_name,
    told_other_count,
)
from loaders.structure import Sentence

#: A word telling what came next, opening a sentence before its date and subject
#: (嗣後，11月30日，本府…; 此外，某市…; 另12月6日，某市…).
_SEQUENCE_OPENING = rx(r"^(?:嗣後|隨即|隨後|其後|之後|此後|爾後|此外|另外?|接著)[,\s]*")

#: A list item's guest leading a group of his body (某市議會議長某某率領之議員訪問團, 某局
#: 局長某某率藝術家團隊): the body came with him.
_LEADS_A_GROUP = rx(r"(?:" + _LEADER_VERB + r"|率)之?[^、,;。]{0,12}?(?:團|隊)")

#: A delegation's name ending a visitor item, with a few words of its kind before it
#: (某市青年交流訪問團, 某會社經貿考察團): stripped to leave who sent it.
_DELEGATION_SUFFIX = rx(r"[\u4e00-\u9fff]{0,4}" + _DELEGATION_KIND + r"團$")

#: A post once held, told in an apposition before the person (曾任某某市長、對本市並不
#: 陌生的某州州長王大明): the post, up to the apposition's 的.
_FORMER_POST_APPOSED = rx(
    r"曾任([\u4e00-\u9fff]{2,12}?)(?:、[^,;。]{0,16})?(?:的|之)[^,;。]{0,16}$"
)

#: The city opening a sentence by inviting: 本府邀請, 市府特別邀請, 本府於某地邀請.
_HOME_INVITES = rx(_HOME + r"[^,;「」]{0,12}?(?:邀請|邀)")

_HOSTING = rx(_HOME_HOSTING + r"|辦理")

#: Titles a place has one holder of at a time: the head of its government.
_ONE_HOLDER = frozenset(("市長", "縣長", "州長", "省長", "知事", "郡守", "區長"))

#: A word of "in turn" and one of receiving, opening a list (依序有, 依序接待, 分別為).
_RECEIVED_IN_TURN = _IN_TURN + r"(?:有|為|接待|接見)"
_OPENS_IN_TURN = rx(_RECEIVED_IN_TURN + r"$")
#: Words introducing the guests received, after which two are a list (…計接待外賓5案，
#: 主要有A、B等; 較重要者為A及B; 5月2日、6月3日，依序有A及B到訪).
_GUESTS_NAMED = (
    r"(?:主要|重要|較重要|(?:較|最)?具代表性)(?:者|之|的)?(?:外賓|訪賓|貴賓|來賓|訪團)?"
    r"(?:包括|計有|[為有])|其中以|" + _RECEIVED_IN_TURN
)
_GUESTS_NAMED_RE = rx(_GUESTS_NAMED)
#: Received by one of the city's own after the list: ，均由陳市長親自接待, 並由王副市長接見.
_RECEIVED_BY = rx(r"^[^。;]{0,6}?(?:均|皆|都|並|亦)?由([^,;。]{1,10}?)(?:親自)?(?:接待|接見|會見)")
#: A clause opening with 與, the other side of what the one before does (，與A、B會談).
_CLAUSE_OPENING_WITH = rx(r"(?<=[,;])(?:並|亦|另)?與")
#: How much may stand between a list's last name and the word of "in turn" (等5位首長，).
_WORDS_BEFORE_TURN = 12
#: (本期重要外賓依到訪先後為A、B及C: guests named after 為, with or without a colon)
_LIST_START = rx(
    r"為:|包括|計有|辦理|邀請|如下:|:|(?:外賓|訪賓|貴賓|來賓|訪團)[^、,;]{0,10}?[為有]"
    r"|" + _GUESTS_NAMED
)

_RECEIVED_LIST = rx(r"訪賓|接待|到訪|拜會|外賓|訪團|來訪")

#: The city inviting someone named right after (本府邀請, 本府將邀請, 本府規劃於明年邀請).
_CITY_INVITES = rx(_HOME + r"[^,;。]{0,8}?邀請$")
#: Joining the city in what it does, right after one it invites (共同接待, 一同出席, 陪同).
_JOINING_THE_CITY = rx(r"共同|一同|一起|" + GOING_ALONG)
#: Going somewhere, right after one the city invites (率團出席某縣…, 赴某市, 前往某市).
_GOING_AFTER_INVITED = rx(r"(?:率團|組團)?(?:出席|參加|赴|前往|訪問)")
#: An academic title (教授, 副教授, 講座教授): held at a university, never of a city.
_ACADEMIC_TITLE = rx(r"教授$")

#: A body opening its clause, then 由 and its head's title (某中學校由校長某某率師生…來訪):
#: the body whose head leads its group.
_BODY_THEN_HEAD = rx(r"(?:^|[,;。:])([\u4e00-\u9fff]{2,12}?)由$")

#: The host of a visit named with no affiliation: the one called on (拜會王大明代理市長,
#: 晉見王市長) or receiving, right after a day (5月2日王大明市長接見…).
_CALLED_ON = rx(r"(?:拜會|拜訪|晉見)$")

#: The one met after a call on the city's government, with no affiliation (拜會本府，與
#: 王大明秘書長晤談): the city's official.
_MET_AFTER_CALLING = rx(r"(?:拜會|拜訪)(?:本府|市府),?(?:並|另)?與$")

_RECEIVES_AFTER = rx(r"(?:親自|於[^,;]{0,8})?(?:接見|接待|會見)")

#: Receiving at the city's seat, after the one receiving (市長某某在市府貴賓室接見…).
_RECEIVES_AT_HOME_SEAT = rx(
    r"(?:親自)?(?:在|於)(?:本府|市府|市政府|市長室)[^,;。]{0,6}?(?:親自)?(?:接見|接待|會見)"
)

#: The part a list's people played, opening the list in prose after the event spoken of:
#: 國外與談人包括A、B及C, 主講人為A及B, 演出團體計有A、B; or the guests told by the
#: part they played: 應邀發表專題演講之外賓計有：A、B, 擔任與談之學者為A及B.
_ROLE_LIST_OPENING = rx(
    r"(?:(?:講者|主講人|講師|演講者|與談人|表演團體|演出團體)(?:名單)?"
    r"|(?:應邀|受邀|獲邀)?(?:發表|擔任|進行)[^,;。:、]{0,6}?(?:演講|演說|與談|主講|講座)"
    r"(?:人|者)?之(?:外賓|貴賓|來賓|學者|專家|代表|人士|外籍人士))"
    r"(?:包括|計有|分別為|為|有)"
)
#: A list of those at the event spoken of, opened by the part they played or by a noun
#: of attending (實體出席者包括A、B、C, 與會貴賓有A及B): each took part in it.
_LIST_OF_THOSE_THERE = rx(_ROLE_LIST_OPENING.pattern + "|" + _ATTENDEE_LIST.pattern)

#: A list closed by the envoys it names (…、某中心主任某某等駐臺使節及眷屬共25人): each
#: one listed is stationed in Taiwan, whatever the name of the office.
_ENVOYS_LISTED = rx(r"等(?:各國)?(?:駐(?:臺|華)|在臺)(?:使節|外交官|外交使節|代表|機構代表)")

#: Where a list of visitors ends: the 等 after its last item (not 高等, 中等, 初等), or
#: the verb of leading after it (…及某市市長王大明率團).
#: (…及C為主要訪賓, …為主: the guests named before it, as the month's main ones)
_LIST_END = rx(
    r"(?<![高中初])等|率(?:團|領)(?=[,;。]|$)"
    r"|為(?:主要|重要|主)(?:之|的)?(?:訪賓|外賓|貴賓|來賓|訪團)?(?=[,;。]|$)"
)

#: A group of a list written as prose: 議會部分，有…, 學術界則有…, 民間團體方面，計有….
_GROUP_START = rx(r"(?:部分|方面|界|類)[,:]?(?:則|另|亦|計)?有|則有")

#: A tie named in a list item: 某某市姊妹市親善大使, 本市姊妹市某某市市長,
#: 友好城市某縣某市副市長.
_TIE_IN_ITEM = rx(_SISTER_CITY + "|" + _FRIENDSHIP_KIND)

#: Our school, 姊妹校, then theirs: 某某大學姊妹校日本某某大學.
_SCHOOL_PAIR = rx(
    r"^((?:本市)?" + school_name(founder=False) + r")姊妹校"
    r"(" + school_name(longest=20, founder=False) + ")"
)

#: An item of a list parted by ；, its day written after it: 某國駐臺代表處代表王大明，2月20日.
_DATED_ITEM = rx(r"^(.+?),((?:\d+年)?\d+月\d+日(?:至\d+日)?)$")

#: An invitation to places to send their people (邀請姊妹市甲市、乙市及丙市派員與會,
#: 邀請甲市、乙市組團參加): the places invited, whoever is named after them their people.
_INVITES_TO_SEND = rx(r"邀請([^,;。]+?)(?:派員|派代表|派團|組團|組隊)")

#: Each of the places named before by one of its people, in turn (…派員與會，分別由甲市
#: 副市長某某、乙市議員某某擔任主講人; 會中由甲市某局局長某某、乙市某某分別發表演講).
_EACH_BY_ONE = rx(r"分別由|由[^;。]+?分別")

#: An invitation of two or more, a list too: 邀請某市、某市等…參加.
_INVITES_A_LIST = rx(r"邀請[^、]+、")

#: What parts the items of a list of visitors: 、, ，以及 (…主席王大明，以及某會社考察團).
_ITEM_BREAK = rx(r"、|,?以及")

#: A sentence ending in attending: …等出席, …等與會.
_ATTENDING_END = rx(r"(?:出席|與會)$")

_AT_CEREMONY = rx(rf"(?:{_ATTEND}|觀賞|觀禮)[^，。；,;「」]{{0,20}}{_CEREMONY}")

#: A ceremony of the event spoken of, named before a list of those at it (開幕典禮邀請
#: 駐臺使節觀禮，計有A、B等20餘人出席).
_CEREMONY_NAMED = rx(_CEREMONY)

#: A list closed by its people attending: 等20餘人出席, 等二十餘位貴賓應邀觀禮.
_LIST_ATTENDED = rx(r"等[^,;。、]{0,10}?(?:人|位|名|貴賓|外賓|來賓)?(?:應邀)?(?:出席|與會|觀禮)")

#: An item's name and its gloss in brackets: 某某集團(ABC).
_NAME_AND_GLOSS = rx(r"^([^()]+?)(?:\(([^()]*)\))?$")

#: A word for the members a body sends, ending its name: 某協會代表, 某委員會委員, 某團成員,
#: a school's 師生代表.
_MEMBER_WORD_END = rx(r"(?:(?:師生|學生|教師)(?:代表)?|代表|委員|成員|人員)$")

#: The coming of a body's members told after them, closing a list item (某公司代表來高發表
#: 專題演講, 某協會成員抵高參訪，計有…與會): what the sentence says they did, up to the
#: item's end, no part of the name.
_MEMBERS_COMING = rx(r"(?<=代表|委員|成員|人員)(?:" + _COME.pattern + r")[^;。]*$")

#: A body named by an acronym alone: ICRT, AIT, JETRO.
_ACRONYM_NAME = rx(r"[A-Z][A-Z0-9&.\- ]{1,15}")

#: Words opening a person's affiliation that are no part of it: 由某市, 與某協會, 此外某大學.
_AFFILIATION_OPENING = rx(r"^(?:由|與|及|另|並|尤其|此外|同時)+")

#: A photograph caption's label opening its text: 圖三　, 照片12 .
_CAPTION_LABEL = rx(r"^(?:圖|照片|相片)[\d一二三四五六七八九十]+\s*")

#: A home official named in full opening a clause (謝某某市長並親臨致詞): the name.
_HOME_OFFICIAL_NAMED = rx(r"^([\u4e00-\u9fff]{2,4}?)" + _HOME_TITLE + r"(?=並|亦|也|則|親|於|致)")

#: A later clause handing the doing to another (…擔任主講人，並由本市學者擔任與談人) or
#: opened by a home official of its own (…等30餘人參加，王大明市長並親臨致詞): what
#: follows it is that other party's part, not the part of those named before.
_ANOTHER_DOES = rx(r",(?:(?:並|另|再)?由|[\u4e00-\u9fff]{2,4}?" + _HOME_TITLE + ")")

#: Countries whose people the reports name in Chinese characters, a full name without
#: a dot (王大明, 山田太郎, 金大中, 阮文雄); others' are transliterated, a full name
#: written with a dot between its parts (喬治‧史密斯) or glossed in Latin letters.
_HANZI_NAMED_COUNTRIES = frozenset(("tw", "cn", "hk", "mo", "jp", "kr", "kp", "vn", "sg", "my"))

#: The fewest ideographs of a name before a title read as a transliterated surname alone
#: (某某某斯市長) in a country that names its people by transliteration: one of three may
#: be a Chinese name such a person goes by (王大明市長).
_TRANSLITERATED_LENGTH = 4


#: A list closed by a head count (…及某協會代表等40餘人參加, 等約200人, 代表約200人參加):
#: the list ends there, whatever list a later clause holds (…提供建言，就交通、醫療等);
#: so it does at 等人 closing a clause (…以及某國參事某某等人，來自亞、美各地).
_HEADCOUNT_CLOSING = re.compile(
    r"(?<![高中初])等約?[0-9一二三四五六七八九十百千兩]+(?:餘|多)?(?:人|位|名)"
    r"|約[0-9一二三四五六七八九十百千兩]+(?:餘|多)?(?:人|位|名)(?=參加|出席|與會)"
    r"|(?<![高中初])等人(?=[,;。])"
)
#: The label opening a line of a visitor list grouped by region: 日本：, 美洲：.
_REGION_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,5}):")
#: A card's field of those who came (來訪人員：, 到訪成員：), whatever the card's subject.
_COMING_LABEL = re.compile(r"^(?:來訪|到訪)")
#: A space between two ideographs, parting a post from the name in an aligned list.
_SPACE_IN_IDEOGRAPHS = re.compile(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])")
#: The endings of a region's name: 美洲, 大洋洲, 中東地區.
_REGION_WORDS = ("洲", "地區")


class VisitorRules(ReaderBase):
    #: The last sentence read as a list of visitors.
    _listed: Sentence | None = None
    #: Whether the last sentence read as a list of visitors was of guests received.
    _listed_received: bool = False
    #: Whether the list being read tells of attending without an invitation.
    _uninvited_list: bool = False
    #: The last sentence read as an item of a list of dated visitors going on after ；.
    _dated_list: Sentence | None = None

    def _read_visitor_list(self, sentence: Sentence, norm: str, spans: list[DateSpan]) -> bool:
        """A 、-separated list of 「affiliation title name」 items; True if read as one."""
        if self._met_in_prose(norm) or _ROSTER_LINE.match(norm):
            return False  # 團員:某局局長某某、…: the city's own delegation, no visitors
        if _HOME_OFFICIALS_LED.search(norm):
            return False  # 本府由甲率乙、丙等赴某市: the city's own delegation too
        self._uninvited_list = False
        if self._read_dated_items(sentence, norm, spans):
            return True
        if self._places_invited_to_send(norm):
            return False
        invites = _INVITES_A_LIST.search(norm)  # 邀請A、B等…參加: two are a list too
        # a list written as prose grouped by kind of visitor, one group a sentence
        # (「首長部分，有A、B及C；議會部分，有D及E；學術界則有F等人」), or a list going on
        # after ； (「日本：A、B、C；韓國某道副知事D、某市議長E。」): a group may hold one
        # item, or two joined by 及
        group = list(_GROUP_START.finditer(norm))[-1:]
        region = self._region_group(sentence, norm, spans)
        if (
            not (group or region)
            and self._list_goes_on()
            and (_tells_own_visit(norm, 0, spans) or _comes_to_join(norm))
        ):
            # 「…；中南美洲方面，某市副市長某某於8月22日專程來訪，與本府就…協商」: the
            # list's last group a clause of its own, read as prose
            return False
        goes_on = bool(group) or bool(region) or self._list_goes_on()
        # 「本期其他來訪外賓尚有：A、B等」: after an introducer of visitors two are a list
        introduced = bool(_RECEIVED_LIST.search(norm.split(":", 1)[0])) and ":" in norm
        # 「…計接待外賓5案，主要有A、B等」, 「較重要者為A及B」: one item is a list too
        named_as_guests = list(_GUESTS_NAMED_RE.finditer(norm))[-1:]
        # 「重要訪賓如下：A；B；C。」: its first item, the list going on after ；
        opens = introduced and sentence.text.rstrip().endswith(("；", ";"))
        goes_on = goes_on or opens
        # 「與談人包括A、B及C」: after the part played, two are a list too
        parts = bool(_ROLE_LIST_OPENING.search(norm))
        least = 0 if goes_on or named_as_guests else 1 if invites or introduced or parts else 2
        if norm.count("、") < least:
            return False
        start = region.end() if region else _list_start(norm, group, least)
        if opens and "、" not in norm:
            start = norm.index(":") + 1
        start = max(start, named_as_guests[0].end()) if named_as_guests else start
        end = _list_end(norm, self.gaz)
        items = _ITEM_BREAK.split(norm[start:end])  # …主席某某，以及某會社考察團等
        parsed = [parse_visitor_item(item, self.gaz) for item in items]
        if not _mostly_people(parsed, items, goes_on or bool(named_as_guests)):
            return False
        named_end = _after_last_named(norm, parsed, end)
        event_id, status = self._listed_event(sentence, norm, spans, (end, named_end))
        if event_id is None and invites:
            event_id, status = self._item_event_invitees(sentence, norm, end, status)
        if event_id and _ATTENDING_END.search(norm.rstrip("。")):
            status = Attendance.ATTENDED  # …等約30位外賓應邀出席
        received = self._list_received(sentence, norm)
        # a list going on after ； is of the guests its first part was (A；B；C)
        received = received or (self._list_goes_on() and self._listed_received)
        self._listed_received = received
        role = _role(_own_part(norm[_after_last_named(norm, parsed, end) :]))
        if event_id is None and _LIST_OF_THOSE_THERE.search(norm[:start]):
            event_id, status, role = self._parts_listed(norm[:start], norm[:named_end])
        if self._parts_played_in_prose(event_id, received, role):
            return False
        role = role if event_id else None
        when = _dated_before(spans, start)
        each = _dates_in_turn(norm, spans, (start, named_end), items, parsed) if received else []
        if received and not each:
            when = _days_listed_before(norm, spans, start) or when
        how = (event_id, status, received, role)
        self._read_items(sentence, items, parsed, spans, how, when, each)
        if received and event_id is None:
            self._met_by_home_official(sentence, norm[named_end:], parsed)
        if event_id and status == Attendance.ATTENDED:
            self._home_official_part(sentence, norm[named_end:], event_id)
        self._listed = sentence
        return True

    def _places_invited_to_send(self, norm: str) -> bool:
        """Whether the sentence invites cities, naming no one, to send their people, then
        names one of each in turn (邀請姊妹市甲市、乙市及丙市派員與會，分別由甲市副市長
        某某…擔任主講人): the people listed are those cities' delegates, read as prose
        (the cities invited and there, their people in the parts they played), not the
        invitees."""
        invited = _INVITES_TO_SEND.search(norm)
        if invited is None or any(name in invited.group(1) for name in self.people):
            return False
        if not _EACH_BY_ONE.search(norm, invited.end()):
            return False
        return any(
            m.place.label == "City" and m.place.id != self.home_place.id
            for m in self._place_mentions(invited.group(1))
        )

    def _met_by_home_official(
        self, sentence: Sentence, after: str, parsed: list[list[PersonMention]]
    ) -> None:
        """Guests listed, then received by one of the city's own (…及乙，均由陳市長親自
        接待): the city met each, on the day of their visit."""
        received = _RECEIVED_BY.match(after)
        if received is None or not self._home_acts(received.group(1)):
            return
        home_people = self._home_people()
        for person in (p for people in parsed for p in people):
            pid = self.people.get(person.name)
            if pid is None or pid in home_people:
                continue
            visit = next(
                (
                    r
                    for r in self.facts.relations.values()
                    if r.type == RelType.VISITED and r.source == pid and r.target == self.home
                ),
                None,
            )
            days = visit.properties if visit is not None else {}
            when: dict[str, object] = {"year": days.get("year") or self._year_hint([])}
            if len(str(days.get("start", ""))) == len("2000-01-01"):  # a day told: that day
                when |= {"start": days["start"], "date": days["start"]}
            self.facts.relate(RelType.MET_WITH, self.home, pid, sentence, **when)

    def _home_official_part(self, sentence: Sentence, after: str, event_id: str) -> None:
        """A home official named in full playing a part at the event the list attended,
        in a clause of their own after it (…等40餘人參加，王大明市長並親臨致詞): they took
        part, with that role."""
        for part in _CLAUSE_BREAK.split(after):
            named = _HOME_OFFICIAL_NAMED.match(part)
            person = self.people.get(named.group(1)) if named else None
            role = _role(part)
            if person is not None and role is not None:
                year = self.facts.entities[event_id].properties.get("year")
                self.facts.relate(
                    RelType.PARTICIPATED_IN,
                    person,
                    event_id,
                    sentence,
                    status=Attendance.ATTENDED,
                    year=year,
                    role=role,
                )

    def _region_group(
        self, sentence: Sentence, norm: str, spans: list[DateSpan]
    ) -> re.Match[str] | None:
        """The label of a group of a visitor list written one region a line, under a
        heading of visitors (「重要來訪外賓（依地區排列）」 then 「（三）美洲：A；B。」,
        「（五）大洋洲：C。」): a country, or a region (美洲, 中東地區); a group may
        hold one visitor. A group whose first item tells its own dated visit (「日本：
        某市議長某某於5月3日率團來訪，參觀…；某縣知事某某於6月1日拜會市長」) is prose,
        each clause read by the rules of visits, not a list."""
        label = _REGION_LABEL.match(norm)
        if label is None or not _RECEIVED_LIST.search(self._section_titles(sentence)):
            return None
        words = label.group(1)
        if _tells_own_visit(norm, label.end(), spans):
            return None  # 「日本：某市議長某某於5月3日率團來訪，…；…」: prose, one visit a clause
        if self.gaz.country(words) or words.endswith(_REGION_WORDS):
            return label
        return None

    def _read_dated_items(self, sentence: Sentence, norm: str, spans: list[DateSpan]) -> bool:
        """Visitors parted by ；, each one's day written after it, under a heading that
        tells they came (駐臺使節（南下拜會本府者）：某國代表處代表王大明，2月20日；某協會
        處長李小明，3月26日。): each visited the city on that day. The items may be
        sentences of their own, the list going on after ；."""
        colon = norm.find(":")
        heading = colon >= 0 and bool(_RECEIVED_LIST.search(norm[:colon]))
        goes_on = self._dated_list is not None and self._dated_list is self.previous
        if not heading and not goes_on:
            return False
        body = norm[colon + 1 :] if heading else norm
        items = [item for item in _SEMICOLON.split(body.rstrip("。")) if item.strip()]
        dated = [_DATED_ITEM.match(item.strip()) for item in items]
        if not items or not all(dated) or (heading and len(items) < 2 and body == items[0]):
            return False
        offset = norm.find(body)
        for item, match in zip(items, dated, strict=True):
            people = parse_visitor_item(match.group(1), self.gaz) if match else []
            days = [s for s in spans if offset <= s.text_start < offset + len(item)]
            when = {"start": days[0].start, "year": days[0].year} if days else {}
            when |= {"end": days[0].end} if days and days[0].end else {}
            for person in people:
                affiliation_id, _ = self._affiliation(person, None)
                person_id = self._person(person, affiliation_id)
                self.facts.relate(RelType.VISITED, person_id, self.home, sentence, **when)
            offset += len(item) + 1
        self._listed = sentence
        self._dated_list = sentence if _SEMICOLON.search(norm.rstrip()[-1:]) else None
        return True

    def _listed_event(
        self, sentence: Sentence, norm: str, spans: list[DateSpan], ends: tuple[int, int]
    ) -> tuple[str | None, str]:
        """The event the listed were invited to (邀請A、B…參加「2015某市論壇」), dated by
        the sentence's day; held by the city (本府舉辦「某市論壇」，邀請A、B…), those
        listed came unless the sentence speaks of the future up to the list's end (what
        the guests said they will do after, 並表示將…, is no future event). Returns the
        event and the status (`ends`: where the list ends, and its last name)."""
        end, named_end = ends
        events = [
            e
            for e in find_events(norm, near_year=self._report_year())
            if not _told_of_after_list(norm, e.start, named_end)
        ]
        if not events:
            return self._ceremony_attended(norm, end)
        year = events[0].year or self._year_hint(spans)
        if not year:
            return None, Attendance.INVITED
        status = Attendance.INVITED
        event_id = self._event(events[0], year)
        # the clause naming the event is prose: its hosts are read as in any clause
        # (本府與某大學於某飯店合辦「…」; 為…，本府於3月9日舉辦「…」)
        self._rule_hosting(self._clause_at(sentence, events[0].start, spans))
        if (
            self._home_hosts(event_id)
            or _HOSTING.search(norm[: events[0].start])
            or self._home_opens(norm, events[0].start)
        ):
            self.facts.relate(RelType.HOSTED, self.home, event_id, sentence)
            if not self._speaks_of_future(norm[:end]):
                status = Attendance.ATTENDED
        self._dated_by_day(event_id, spans)
        return event_id, status

    def _ceremony_attended(self, whole: str, end: int) -> tuple[str | None, str]:
        """A list of those who attended a ceremony of the city's own event spoken of
        (「計有甲市、乙市等代表團出席於主場館舉行之開幕典禮」; the ceremony named before
        the list, the list closed by attending: 「開幕典禮特別邀請駐臺使節觀禮，計有A、B等
        20餘人出席」, those invited to it): that event, attended, unless the list speaks
        of the future (將出席開幕式)."""
        norm = whole[:end] if end else whole
        event_id = self.state.event
        if event_id is None or not self._home_hosts(event_id):
            return None, Attendance.INVITED
        attended = _AT_CEREMONY.search(norm)
        if attended is None and end and _LIST_ATTENDED.match(whole, end):
            # the ceremony named before the list, or right after its attending (…等外賓
            # 應邀出席2月7日元宵節晚會)
            named = _CEREMONY_NAMED.search(norm) or _AT_CEREMONY.search(
                _CLAUSE_BREAK.split(whole[end:])[0]
            )
            if named and not _FUTURE.search(_QUOTED_NAME.sub("", whole)):
                return event_id, Attendance.ATTENDED
        if attended is None:
            return None, Attendance.INVITED
        if _FUTURE.search(_QUOTED_NAME.sub("", norm[: attended.end()])):
            return None, Attendance.INVITED
        self._uninvited_list = True
        self._delegations_attended(norm[: attended.start()], event_id)
        return event_id, Attendance.ATTENDED

    def _delegations_attended(self, subject: str, event_id: str) -> None:
        """The cities whose delegations the list says attended (甲市、乙市等代表團出席…
        開幕典禮): each took part, and so came to the city that year."""
        sentence = self._here()
        year = self.facts.entities[event_id].properties.get("year")
        for mention in self._place_mentions(subject):
            place = mention.place
            if place.country == self.home_place.country or place.label != "City":
                continue  # 某國駐臺北辦事處處長…出席: no delegation of Taipei
            city = self.facts.place(place)
            self.facts.relate(
                RelType.PARTICIPATED_IN,
                city,
                event_id,
                sentence,
                status=Attendance.ATTENDED,
                year=year,
            )
            self.facts.relate(RelType.VISITED, city, self.home, sentence, year=year)

    def _dated_by_day(self, event_id: str, spans: list[DateSpan]) -> None:
        """The event starts and ends on the sentence's first day (5月3日), unless dated."""
        day = [s for s in spans if s.precision == "day"]
        if day:
            self.facts.entities[event_id].properties.setdefault("start", day[0].start)
            self.facts.entities[event_id].properties.setdefault("end", day[0].end or day[0].start)

    def _list_received(self, sentence: Sentence, norm: str) -> bool:
        """Whether the listed were received by the city, as the sentence, its section's
        titles or the sentence before tells (「…主要訪團代表為：」 then the list)."""
        received = bool(_RECEIVED_LIST.search(norm + self._section_titles(sentence)))
        if not received and self.previous is not None:
            received = bool(_RECEIVED_LIST.search(self.previous.norm))
        return received

    def _parts_played_in_prose(
        self, event_id: str | None, received: bool, role: str | None
    ) -> bool:
        """Whether the list is no guest list but people playing a part at the event
        spoken of, read as prose (「論壇由某市長致詞，某市副市長王大明、某市市長李小華…
        分別擔任與談人」)."""
        return bool(event_id is None and not received and role and self.state.event)

    def _parts_listed(self, opening: str, listed: str) -> tuple[str | None, str, str | None]:
        """A list opened by the part its people played or by a noun of attending, after
        the event spoken of (「某論壇…。國外與談人包括A、B及C」, 「…。實體出席者包括A、B、
        C等」): they took that part in it (or just attended), there unless the
        list speaks of the future; named with no invitation, unless the list says they
        came invited to the city's own event (「應邀發表專題演講之外賓計有：A、B」).
        Returns the event, the status and the part (none when the list opens with no
        such words)."""
        opened = _LIST_OF_THOSE_THERE.search(opening)
        if opened is None or self.state.event is None:
            return None, Attendance.INVITED, None
        # 應邀發表專題演講之外賓計有A、B: invited by the city, whose event it is
        invited = _LIST_INVITED.search(opened.group()) and self._home_hosts(self.state.event)
        self._uninvited_list = not invited
        future = _FUTURE.search(_QUOTED_NAME.sub("", listed))
        status = Attendance.INVITED if future else Attendance.ATTENDED
        return self.state.event, status, _role(opened.group())

    def _met_in_prose(self, norm: str) -> bool:
        """Whether the list is of those the home side meets, after its verb (陳市長於市府
        接見A、B及C等人; 葉副市長會見A、B; 市長拜會A、B), or after 與 with the verb
        closing the clause (某局、某局分別於…，與A、B及C舉行視訊會議): prose, each one met."""
        first = norm.split("、", 1)[0]
        verb = list(_MEET.finditer(first))[-1:]
        if verb:
            return self._home_acts(_CLAUSE_BREAK.split(first[: verb[0].start()])[-1])
        for party in _CLAUSE_OPENING_WITH.finditer(norm):
            end = _CLAUSE_BREAK.search(norm, party.end())
            clause = norm[party.end() : end.start() if end else len(norm)]
            if "、" in clause and _MEET.search(clause.rsplit("、", 1)[1]):
                return self._home_acts(_DATE_PREFIX.sub("", norm[: party.start()]))
        return False

    def _item_event_invitees(
        self, sentence: Sentence, norm: str, end: int, status: str
    ) -> tuple[str | None, str]:
        """A list of invitees in the text of an item its heading names as the city's own
        event (「(四)辦理「某某文化之旅」」 then 「12月5日，本府邀請某國辦事處處長王大明、
        …等共20人參訪…」; 「二、舉辦某論壇」 then 「本府特邀某大學教授李小華…出席」): the
        list is of that event's invitees, and the sentence, the city inviting, tells of
        its holding. Those listed came when it is held within the report's months and
        nothing is said of it as still to come. Returns the event and the status."""
        event_id = self.state.event
        opening = _DATE_PREFIX.sub("", norm)
        if event_id is None or not self._home_hosts(event_id) or not _HOME_INVITES.match(opening):
            return None, status
        self.facts.relate(RelType.HOSTED, self.home, event_id, sentence)
        year = self.facts.entities[event_id].properties.get("year")
        later = isinstance(year, int) and self.period is not None and year > self.period.year
        if not later and not _FUTURE.search(_QUOTED_NAME.sub("", norm[:end])):
            status = Attendance.ATTENDED
        return event_id, status

    def _list_goes_on(self) -> bool:
        """Whether the sentence goes on, after ；, from one read as a list of visitors."""
        previous = self.previous
        return (
            previous is not None
            and previous is self._listed
            and previous.text.rstrip().endswith(("；", ";"))
        )

    def _read_line_item(self, sentence: Sentence, norm: str, spans: list[DateSpan]) -> bool:
        """A visitor list written one item a line, after an introducer: a sentence
        (「重要來訪外賓臚列如下：」 then 「1. 日本某縣副知事某某」, 「2. …」), or a
        heading that introduces visitors (「2.本期蒞府拜會之主要使節如下：」 then
        「(1)某國駐華大使某某」…, or 「三、重要訪賓如次：」 then unnumbered lines): each
        such line that names people is an item of that list."""
        if sentence.section is None:
            return False
        section = self.parsed.sections[sentence.section]
        if not sentence.is_heading:
            # an unnumbered line of its own right under a heading introducing visitors
            line = self._paragraph_of(sentence)
            if len(line) != 1 or "," in norm:
                return False
            came = self._under_visitors_field(sentence)
            if came is not None:
                # 來訪人員：/ 某市議會議長　某某: the post and the name parted by a space;
                # they came on the card's date
                joined = _SPACE_IN_IDEOGRAPHS.sub("", norm)
                if _HOME_PARTY.match(joined):
                    return True  # 本市議會議長　某某: the city's own, no guest of it
                people = parse_visitor_item(joined, self.gaz)
                if not people:
                    return False
                how = (None, Attendance.INVITED, came, None)
                self._read_items(sentence, [joined], [people], [], how, _dated_before(spans, 0))
                return True
            return self._line_visitors(sentence, norm, self._visitor_heading(sentence.section))
        if section.parent is None or any(
            s.section == sentence.section and not s.is_heading for s in self.parsed.sentences
        ):
            return False
        intro = [
            s
            for s in self.parsed.sentences
            if s.section == section.parent and not s.is_heading and s.end <= sentence.start
        ][-1:]
        if intro and normalize(intro[0].text).rstrip().endswith(":"):
            received = bool(_RECEIVED_LIST.search(normalize(intro[0].text)))
        else:
            received = self._visitor_heading(section.parent)
            if not received:
                return False
        return self._line_visitors(sentence, norm, received)

    def _under_visitors_field(self, sentence: Sentence) -> bool | None:
        """Whether the line is one of a list under a record card's visitors field standing
        alone on its line (來訪人員： then 某市議會議長　某某, 某市議員　某某, one a line):
        the lines between it and the field are the list's, none a field of its own; then
        whether those listed came to the city (None: no such list). They came when the
        field is of those who came (來訪人員：), or of a delegation or guests (訪問團成員：,
        貴賓：) in a card telling a coming (案由：某市議會訪問團來訪); not when the card's
        date is planned (日期：…（預定）), nor guests at the city's own event, nor the
        city's own delegation going abroad (案由：市議會訪問團赴某市)."""
        paragraph = sentence.paragraph - 1
        while paragraph in self._paragraphs:
            line = self._paragraphs[paragraph]
            if line[0].section != sentence.section:
                return None
            if _CARD_FIELD.match(line[0].norm):
                label = _VISITORS_FIELD.match(line[0].norm)
                if label is None or line[0].norm[label.end() :].strip():
                    return None
                return self._card_coming(sentence.section, label.group())
            paragraph -= 1
        return None

    def _card_coming(self, index: int | None, label: str) -> bool:
        """Whether the record card `index` is within tells those its field `label` lists
        came: see _under_visitors_field."""
        card = self._card_of(index)
        own = self._section_sentences(card)
        dated = [s for s in own if _CARD_FIELD.match(s.norm) and "日期" in s.norm.split(":")[0]]
        if any(is_planned(s.norm) for s in dated[:1]):
            return False
        if _COMING_LABEL.match(label):
            return True
        title = self.parsed.sections[card].title if card is not None else ""
        return bool(_COME.search(normalize(title)))

    def _visitor_heading(self, index: int | None) -> bool:
        """Whether section `index` is headed by a title introducing a list of visitors
        (本期蒞府拜會之主要駐臺使節如下：, 重要訪賓如次：, 來訪外賓臚列如下：)."""
        if index is None:
            return False
        return any(
            s.section == index and s.is_heading and _VISITOR_HEADING.search(s.norm)
            for s in self.parsed.sentences
        )

    def _line_visitors(self, sentence: Sentence, norm: str, received: bool) -> bool:
        """One line of a visitor list: its people, received when the list is of visitors."""
        if not received and not sentence.is_heading:
            return False
        people = parse_visitor_item(norm, self.gaz)
        if not people:
            return False
        self._read_items(sentence, [norm], [people], [], (None, Attendance.INVITED, received, None))
        return True

    def _read_items(
        self,
        sentence: Sentence,
        items: list[str],
        parsed: list[list[PersonMention]],
        spans: list[DateSpan],
        how: tuple[str | None, str, bool, str | None],
        when: dict[str, object] | None = None,
        each: list[dict[str, object]] | None = None,
    ) -> None:
        """The items of a visitor list: their people, ties, and visits or invitations
        (`how`: the event they were invited to, their status there, whether received,
        the part they played; `when`: the date of the visits, else the report's; `each`:
        the dates of the items' visits one by one, told in turn, each led by its own)."""
        event_id, status, received, role = how
        when = when or self._period_props()
        ours = False  # 本市外籍教師、外籍商會代表: the items after 本市 are the city's too
        turns = iter(each or [])
        # (甲、乙先後於…率團來訪: each led a group of their own)
        each_led = bool(each) and bool(_LEADS_IN_TURN.search(sentence.norm))
        for item, people in zip(items, parsed, strict=True):
            scope: Place | None = None
            item_when = next(turns, when) if each and not people else when
            self._item_ties(item, sentence)
            for person in people:
                # 國立某某大學姊妹校日本某某大學副校長…: the title is the partner school's
                person = replace(person, affiliation=_OURS_BEFORE.sub("", person.affiliation))
                affiliation_id, place = self._affiliation(person, scope)
                scope = place or scope
                person_id = self._person(person, affiliation_id)
                if event_id:
                    year = self._year_hint(spans)
                    part = _part_told_after(sentence.norm, person.name) or role
                    self._invitee(person_id, event_id, (status, part), sentence, year)
                elif received:
                    item_when = next(turns, when) if each else when
                    self.facts.relate(RelType.VISITED, person_id, self.home, sentence, **item_when)
                    self._led_body_visited(
                        item, person, affiliation_id, sentence, item_when, each_led
                    )
            # 某大使王大明及某某協會(Some Association)代表: the body listed after the people
            rest = item[people[-1].end :] if people else item
            ours = ours or bool(_HOME_PARTY.match(_ITEM_JOINER_OPENING.sub("", rest.strip())))
            if not people or _ITEM_JOINER_OPENING.match(rest):
                if ours and event_id and self._home_hosts(event_id):
                    continue  # (本市)外籍商會代表 at the city's own event: the city's own
                self._list_organization(
                    rest, sentence, event_id, (status, role), received, item_when
                )

    def _led_body_visited(
        self,
        item: str,
        person: PersonMention,
        body: str | None,
        sentence: Sentence,
        when: dict[str, object],
        leads: bool = False,
    ) -> None:
        """A listed guest leading a group of his own (某市議會議長某某率領之議員訪問團,
        某局局長某某率團; or each guest of a list coming in turn, `leads`: 甲、乙先後於…
        率團來訪): the city or body he holds his title of came too, unless it is
        stationed here."""
        if body is None or body == self.home or self._stationed_here(body):
            return
        if leads or _LEADS_A_GROUP.match(item, person.end):
            self.facts.relate(RelType.VISITED, body, self.home, sentence, **when)

    def _item_ties(self, item: str, sentence: Sentence) -> None:
        """Ties a list item names in passing: 某某市姊妹市親善大使 (a sister city),
        友好城市某縣某市副市長 (a friendship city), 國立某某大學姊妹校日本某某大學副校長…
        (a sister school)."""
        for match in _TIE_IN_ITEM.finditer(item):
            tie = RelType.SISTER_CITY_OF if "姊妹" in match.group() else RelType.FRIENDSHIP_CITY_OF
            for mention in self._place_mentions(item):
                before = 0 <= match.start() - mention.end <= 1
                after = 0 <= mention.start - match.end() <= 1
                if (
                    mention.place.label == "City"
                    and mention.place.id != self.home_place.id
                    and (before or after)
                ):
                    city = self.facts.place(mention.place, mention.surface)
                    self.facts.relate(tie, self.home, city, sentence, status=TieStatus.SIGNED)
        pair = _SCHOOL_PAIR.search(item)
        if pair:
            theirs_name = pair.group(2)
            named = self._place_mentions(theirs_name)
            place = named[0].place if named and named[0].start == 0 else None
            ours = self._home_body(pair.group(1).removeprefix("本市"))
            theirs = self._organization(
                theirs_name, self.lex.org_kind(theirs_name) or "school", place
            )
            self.facts.relate(
                RelType.SISTER_SCHOOL_OF, ours, theirs, sentence, status=TieStatus.SIGNED
            )

    def merge_truncated_people(self) -> None:
        """One person written twice, once a character short (前某市市長山田太 in a
        list where the 郎 was lost, 山田太郎前市長 in prose), or once by the last part of
        a transliterated name (某市副市長約翰‧史密斯, then 某市副市長史密斯, 某市市政委員
        約翰‧史密斯, then 史密斯委員): a name that is another's but for its last character,
        or its last part, holding the same title of the same body (or its last words), is
        that person."""
        held: dict[str, set[tuple[str, object]]] = {}
        for rel in self.facts.relations.values():
            if rel.type == RelType.HOLDS_TITLE:
                held.setdefault(rel.source, set()).add((rel.target, rel.properties.get("title_zh")))
        people = [e for e in self.facts.entities.values() if e.label == Label.PERSON]
        for short in people:
            full = next(
                (
                    p
                    for p in people
                    if len(short.name_zh) >= 2
                    and p.id != short.id
                    and (
                        (
                            len(p.name_zh) == len(short.name_zh) + 1
                            and p.name_zh.startswith(short.name_zh)
                            and _HAN.fullmatch(p.name_zh)
                        )
                        or _last_part(p.name_zh) == short.name_zh
                    )
                    and _same_post(held.get(short.id, set()), held.get(p.id, set()))
                ),
                None,
            )
            if full is not None:
                self._merge_person(short.id, full.id)

    def _fuller_title(self, rel: Relation) -> Relation | None:
        """The title the person holds of the same body whose last words a title read
        with the name written short is (市政委員, for 某某委員): the same post."""
        if rel.type != RelType.HOLDS_TITLE:
            return None
        title = str(rel.properties.get("title_zh"))
        return next(
            (
                r
                for r in self.facts.relations.values()
                if r.type == RelType.HOLDS_TITLE
                and (r.source, r.target) == (rel.source, rel.target)
                and str(r.properties.get("title_zh")).endswith(title)
            ),
            None,
        )

    def _merge_person(self, old: str, new: str) -> None:
        for key, rel in list(self.facts.relations.items()):
            if old not in (rel.source, rel.target):
                continue
            del self.facts.relations[key]
            rel.source = new if rel.source == old else rel.source
            rel.target = new if rel.target == old else rel.target
            known = self.facts.relations.get(rel.key) or self._fuller_title(rel)
            if known is not None and another_meeting(rel.type, known.properties, rel.properties):
                # met on 3月5日 under the full name, on 5月22日 under the short: two
                rel.properties["meeting"] = rel.properties["date"]
                known = self.facts.relations.get(rel.key)
            if known is None:
                self.facts.relations[rel.key] = rel
                continue
            if not (known.properties.get("inferred") and rel.properties.get("inferred")):
                known.properties.pop("inferred", None)  # stated once is stated
                rel.properties.pop("inferred", None)
            told = dict(rel.properties)
            self.facts.take_dates(known, told)  # 於3月2日至4日來訪: finer days than the list's
            for prop, value in told.items():
                known.properties.setdefault(prop, value)
            known.evidence.extend(e for e in rel.evidence if e not in known.evidence)
        entity = self.facts.entities.pop(old)
        self.facts.entities[new].merge_aliases([entity.name_zh])
        self.people = {n: (new if pid == old else pid) for n, pid in self.people.items()}

    def _home_opens(self, norm: str, event_start: int) -> bool:
        """本府於106年5月27日在某某公園舉辦「…」 (嗣後，11月30日，本府於…舉辦「…」): the
        city, leading the sentence, holds it."""
        head = _DATE_PREFIX.sub("", _SEQUENCE_OPENING.sub("", norm[:event_start]))
        return bool(_HOME_PARTY.match(head) and _HOLDING.search(head))

    def _invitee(
        self,
        party: str,
        event_id: str,
        how: tuple[str, str | None],
        sentence: Sentence,
        year: int | None,
    ) -> None:
        """One listed invitee of an event (`how`: its status there, the part it played):
        invited by the city, and there or not. A person there who came from outside
        Taiwan (not a diplomat stationed here, 駐臺使節, unless the sentence has them come
        down, 南下) visited the city for it; where a
        body listed is based is not known (a broadcaster of Taiwan, ICRT)."""
        status, role = how
        if not self._uninvited_list:
            self.facts.relate(
                RelType.INVITED, self.home, party, sentence, event=event_id, year=year
            )
        self.facts.relate(
            RelType.PARTICIPATED_IN, party, event_id, sentence, status=status, year=year, role=role
        )
        person = self.facts.label_of(party) == Label.PERSON
        came_down = _CAME_DOWN.search(_QUOTED_NAME.sub("", sentence.norm))
        # …等駐臺使節及眷屬共25人: each listed is an envoy stationed here, but one holding
        # office in a city abroad (某市副市長) came from there
        of_a_city = any(
            self.facts.label_of(r.target) == Label.CITY for r in self._titles_held([party])
        )
        stationed = self._stationed_here(party) or (
            _ENVOYS_LISTED.search(sentence.norm) and not of_a_city
        )
        if status == Attendance.ATTENDED and person and (came_down or not stationed):
            event = self.facts.entities[event_id].properties
            self.facts.relate(
                RelType.VISITED,
                party,
                self.home,
                sentence,
                year=year or event.get("year"),
                start=event.get("start"),
                end=event.get("end"),
                inferred=True,
            )

    def _stationed_here(self, party: str) -> bool:
        """Whether a person or body is based in Taiwan: a representative office (美國在台
        協會高雄分處, 某國駐臺北代表處) or a body of Taiwan, or one holding a title there."""
        titles = [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.HOLDS_TITLE and r.source == party
        ]
        if any(_IN_TAIWAN.search(normalize(str(r.properties.get("title_zh")))) for r in titles):
            return True  # 某國駐華大使: the title says so
        bodies = {party} | {r.target for r in titles}
        return any(
            body.startswith(("org:tw:", "city:tw:", "country:tw"))
            or self.facts.entities[body].properties.get("kind") == "representative_office"
            or _IN_TAIWAN.search(normalize(self.facts.entities[body].name_zh))
            for body in bodies
            if body in self.facts.entities
        )

    def _list_organization(
        self,
        item: str,
        sentence: Sentence,
        event_id: str | None,
        how: tuple[str, str | None],
        received: bool,
        when: dict[str, object],
    ) -> None:
        """An item naming only an organization (某某集團（ABC）, XYZ), or its
        delegation (以及某某株式會社（gloss）經營考察團: the company came); `how`: its
        status at the event and the part it played."""
        item = _ITEM_JOINER_OPENING.sub("", item.strip())
        # …及某某商會等單位代表，總計…: the body closing the list, without the close
        item = _LIST_CLOSING_WORDS.sub("", item)
        item = _DELEGATION_SUFFIX.sub("", item)
        # …及某公司某部門代表來高發表專題演講: the members' coming closes the item
        item = _MEMBERS_COMING.sub("", item)
        members = _MEMBER_WORD_END.search(item)
        if members and item[: members.start()].endswith(")"):
            item = item[: members.start()]  # 某某協會(Some Association)代表: the body
        match = _NAME_AND_GLOSS.match(item)
        if not match:
            return
        name, english = match.group(1).strip(), (match.group(2) or "").strip()
        # 某某教室代表, 幫忙本府推動國際化工作的某某小組委員: the body its unnamed
        # members stand for, without the clause describing it
        name = _MEMBER_WORD_END.sub("", name.split("的")[-1]) or name
        name = body_without_unit(name)  # 某公司交通系統部門(代表): the company
        kind = self.lex.org_kind(name)
        if kind is None and received and not event_id:
            # 美國某某市姊妹市親善大使: people of a city, unnamed: the city came
            cities = [
                m.place
                for m in self._place_mentions(name)
                if m.place.label == "City" and m.place.id != self.home_place.id
            ]
            if cities:
                city = self.facts.place(cities[-1])
                self.facts.relate(RelType.VISITED, city, self.home, sentence, **when)
                return
        if kind is None and not _ACRONYM_NAME.fullmatch(name):
            return
        org_id = self.facts.organization(
            self._as_written(name), english if english.isascii() else "", kind or "company"
        )
        if event_id:
            self._invitee(org_id, event_id, how, sentence, None)
        elif received:
            self.facts.relate(RelType.VISITED, org_id, self.home, sentence, **when)

    def _known_by_surname(self, person: PersonMention) -> bool:
        """史密斯市長, 山田市長: a person named before by full name (喬治．史密斯,
        山田太郎), now by surname and title, is that person, not another."""
        if person.affiliation.strip("由與及另並") or len(person.name) < 2:
            return False
        known = self.people.get(person.name + person.title) or next(
            (
                pid
                for name, pid in self.people.items()
                if name != person.name
                and name.startswith(person.name)
                and name in self.facts.entities[pid].name_zh
            ),
            None,
        )
        if known is None:
            return self._known_by_name_and_title(person)
        self.people.setdefault(person.name + person.title, known)
        return True

    def _known_by_name_and_title(self, person: PersonMention) -> bool:
        """王大明市長, after 某市市長王大明: a person named again in full with the title
        already read for them, and no body of their own, holds no other title."""
        known = self.people.get(person.name)
        return known is not None and any(
            r.type == RelType.HOLDS_TITLE
            and r.source == known
            and r.properties.get("title_zh") == person.title
            for r in self.facts.relations.values()
        )

    def _title_held_by_another(self, person: PersonMention, place: Place | None) -> bool:
        """Whether someone else already holds `person`'s title of `place` in the report,
        the title being one a place has one holder of (市長, 知事, 州長: no 副)."""
        if place is None or place.id == self.home_place.id or person.title not in _ONE_HOLDER:
            return False
        place_id = self.facts.place(place)
        known = self.people.get(person.name)
        return any(
            r.type == RelType.HOLDS_TITLE
            and r.target == place_id
            and r.properties.get("title_zh") == person.title
            and r.source != known
            and not r.properties.get("former")
            for r in self.facts.relations.values()
        )

    def _read_prose_people(self, sentence: Sentence, norm: str) -> None:
        """People named in prose, with their title and affiliation."""
        if sentence.is_heading and self._read_register_heading(sentence, norm):
            return
        met = list(self.people)
        mentions = (
            find_name_then_post(norm, self.gaz)
            + find_title_then_name(norm, self.gaz, met)
            + find_name_before_title(norm, self.gaz, met, self._item_after(sentence))
        )
        taken: list[tuple[int, int]] = []
        before: PersonMention | None = None
        for person in sorted(mentions, key=lambda m: m.start):
            if any(s <= person.start < e for s, e in taken):
                continue
            taken.append((person.start, person.end))
            person, before = _of_the_body_before(person, before, norm), person
            person = self._without_place_opening(person)
            if self._known_by_surname(person) or _surname_alone(norm, person):
                self._title_told_again(person, sentence)
                continue
            if self._transliterated_surname_alone(norm, person):
                continue
            if not person.affiliation and place_and_title(person.name, person.title, self.gaz):
                continue  # 由某某市長率團: the mayor of 某某市, no one named 某某
            self._read_prose_person(person, norm)

    def _read_register_heading(self, sentence: Sentence, norm: str) -> bool:
        """A register's entry headed by its person (王大明（Wang Da-ming）　某國　某市副
        市長, then a paragraph of his visit): the person holds the post, and the entry's
        text that calls him by surname and that title (王副市長於…來訪) speaks of him."""
        person = register_heading_person(norm, self.gaz)
        if person is None:
            return False
        self._read_prose_person(person, norm)
        person_id = self.people.get(person.name)
        if person_id is None:
            return True
        if sentence.section is not None:
            self.entry_people[sentence.section] = person_id
        entry = "".join(s.norm for s in self._section_sentences(sentence.section))
        for surname in _surnames(person.name):
            if surname + person.title in entry:
                self.people.setdefault(surname + person.title, person_id)
        return True

    def _item_after(self, sentence: Sentence) -> str:
        """The text of the sentence's item (paragraph) after it, normalized."""
        return "".join(s.norm for s in self._paragraph_of(sentence) if s.start >= sentence.end)

    def _title_told_again(self, person: PersonMention, sentence: Sentence) -> None:
        """A person named again in full with a title read before (某市長王大明…; later
        拜會王大明市長): the sentence tells that title too."""
        known = self.people.get(person.name)
        if known is None or self.facts.entities[known].name_zh != person.name:
            return
        for held in [
            r
            for r in self.facts.relations.values()
            if r.type == RelType.HOLDS_TITLE
            and r.source == known
            and r.properties.get("title_zh") == person.title
        ]:
            self.facts.relate(RelType.HOLDS_TITLE, known, held.target, sentence, **held.properties)

    def _transliterated_surname_alone(self, norm: str, person: PersonMention) -> bool:
        """某某某斯市長 of a city whose country names its people by transliteration,
        with no one of that name met before: a surname and a title (its full name would
        be 某某‧某某某斯, or glossed), led_by where it leads, never a person of its own.
        A name of three ideographs may be one such a person goes by in Chinese (王大明)."""
        if not (
            _name_then_title_alone(norm, person) and len(person.name) >= _TRANSLITERATED_LENGTH
        ):
            return False
        named = [m.place for m in self._place_mentions(person.affiliation)]
        place = named[-1] if named else self._place_before(norm, person.start)
        return place is not None and place.country.lower() not in _HANZI_NAMED_COUNTRIES

    def _without_place_opening(self, person: PersonMention) -> PersonMention:
        """A name that opens with a place written with its suffix (某某市王大明 read as
        one name before 副市長, the place known to the reader alone): the place is the
        affiliation, the rest the name."""
        opening = [
            m
            for m in self._place_mentions(person.name)
            if m.start == 0 and m.suffix and m.end < len(person.name)
        ]
        rest = person.name[opening[0].end :] if opening else ""
        if len(rest) < 2 or not is_person_name(rest):
            return person
        place = person.name[: opening[0].end]
        return replace(person, name=rest, affiliation=person.affiliation + place)

    def _read_prose_person(self, person: PersonMention, norm: str) -> None:
        """One person named in prose, of the home body leading the sentence (市議會王議長
        大明), of the body named before (該公司亞太區總裁王大明), of the body the lexicon
        knows them by, or of the affiliation written (某市市長王大明)."""
        aff = _AFFILIATION_OPENING.sub("", person.affiliation)
        person, written = _surname_title_name(person, aff)
        head_org = self._home_org_leading(norm)
        if _no_affiliation_written(person) and head_org is not None:
            self._person(person, self._home_org(head_org))
            self._also_known_as(written, person)
            return
        # (named before in the sentence, or in the one before it: …與某管理局簽署…；簽約後
        # 並與該局總經理某某會談)
        earlier = f"{self.previous.norm}。" if self.previous is not None else ""
        before = earlier + norm[: person.start]
        referred = self._body_referred_by(aff, before) or self._title_given_before(person, before)
        if referred is not None:  # 該公司亞太區總裁某某: the company named before
            org_id, unit = referred
            self._person(replace(person, affiliation="", title=unit + person.title), org_id)
            return
        heading = self._body_heading_by(person, norm)
        if heading is not None:  # 其中某管理局由局長某某親自率團參展: that body's head
            self._person(replace(person, affiliation=""), heading)
            return
        known = self.lex.person(person.name)
        if known is not None and known.affiliation and _no_affiliation_written(person):
            self._person(
                person,
                known.affiliation if known.affiliation in self.facts.entities else self.home,
            )
            return
        if _no_affiliation_written(person) and self._title_held_already(person):
            self._person(person, None)  # 某某副市長擔任…, named before: the title told then
            return
        self._forget_places_in_name(person)
        self._person(person, self._prose_affiliation(person, aff, norm))
        self._also_known_as(written, person)
        self._former_post_apposed(person, norm)

    def _title_held_already(self, person: PersonMention) -> bool:
        """Whether a person called again by name and title alone (某某副市長擔任演講人)
        was named before holding that title, or a fuller one ending with it (某市經濟
        副市長某某): the title is of the body told then, not of a place the sentence
        inherits from the place named last."""
        person_id = self.people.get(person.name)
        return person_id is not None and any(
            r.type == RelType.HOLDS_TITLE
            and r.source == person_id
            and str(r.properties.get("title_zh", "")).endswith(person.title)
            for r in self.facts.relations.values()
        )

    def _title_given_before(self, person: PersonMention, before: str) -> tuple[str, str] | None:
        """The body a bare title was given to before, referred to (通知該所所長異動，新任
        所長某某: the office 該所 is, as the post its new holder takes)."""
        if not _no_affiliation_written(person):
            return None
        given = [m for m in _THAT_OFFICE.finditer(before) if m.group(2).startswith(person.title)]
        if not given:
            return None
        referred = self._body_referred_by(given[-1].group(0), before[: given[-1].start()])
        return (referred[0], "") if referred is not None else None

    def _body_heading_by(self, person: PersonMention, norm: str) -> str | None:
        """The outside body the clause opens with, before 由 and the person's title alone
        (其中某某管理局由局長某某親自率團參展, 某協會則由會長某某率領): the person is its
        official, not of the place named before."""
        before = norm[: person.start]
        if person.affiliation or not before.endswith(_BY_THE_BODY):
            return None
        clause = _CLAUSE_BREAK.split(before.removesuffix("由").removesuffix("則"))[-1]
        clause = _SOME_OF_THEM_OPENING.sub("", clause)
        if _DELEGATION.search(clause):
            return None  # 其中某市代表團由市長某某率領: a delegation, no post of his
        return self._outside_body_closing(clause)

    def _former_post_apposed(self, person: PersonMention, norm: str) -> None:
        """A post the person once held, told in an apposition before them (曾任某某市長、
        對本市並不陌生的某州州長王大明): they held that title of that place before."""
        named_at = norm.find(person.name, person.start)
        apposed = _FORMER_POST_APPOSED.search(norm, 0, named_at) if named_at > 0 else None
        post = apposed.group(1) if apposed else ""
        for title in self.lex.titles_ending(post):
            if len(post) <= len(title):
                continue
            where = post[: -len(title)]
            # 某某市長: the mayor of 某某市, the place's suffix shared with the title
            places = [m for m in self._place_mentions(where + title[:1]) if m.start == 0]
            places = places or [m for m in self._place_mentions(where) if m.start == 0]
            place = self.facts.place(places[-1].place) if places else None
            known = self.lex.title(title)
            if place is not None and person.name in self.people:
                self.facts.relate(
                    RelType.HOLDS_TITLE,
                    self.people[person.name],
                    place,
                    self._here(),
                    title_zh=title,
                    title_en=known.en if known else "",
                    former=True,
                )
            return

    def _home_org_leading(self, norm: str) -> HomeOrg | None:
        """The home body, other than the government, the sentence starts with (市議會
        王議長大明率團…), after a caption's label and its date (圖二十　十二月二十七日，
        秘書處召開…，由蔡處長文彬主持): the body of those named in it with no
        affiliation written."""
        caption = _CAPTION_LABEL.match(norm)
        norm = _DATE_PREFIX.sub("", norm[caption.end() :]) if caption else norm
        return next(
            (
                o
                for o in self.lex.home_orgs
                for n in o.names
                if norm.startswith(n) and o.kind != "government"
            ),
            None,
        )

    def _also_known_as(self, written: str, person: PersonMention) -> None:
        """The person found again as written (由李副議長小華率領…, 市議會王議長大明)."""
        if written:
            self.people[written] = self.people[person.name]

    def _forget_places_in_name(self, person: PersonMention) -> None:
        """A place read inside the person's own name is none (羅德里格斯 holds 德里)."""
        self.state.recent_places = [
            p
            for p in self.state.recent_places
            if not (len(p.name_zh) >= 2 and p.name_zh in person.name)
        ]

    def _gone_elsewhere(self, norm: str, at: int) -> bool:
        """Whether a place other than home is named between the last coming told before
        `at` and `at` (某市議長率團來訪，並表示該團日前赴某市時曾拜會某某市長: the
        mayor called on there, not the city's)."""
        comings = list(_COME.finditer(norm[:at]))
        if not comings:
            return False
        since = comings[-1].end()
        return any(
            m.start >= since and m.place.id != self.home_place.id
            for m in self._place_mentions(norm[:at])
        )

    def _prose_affiliation(self, person: PersonMention, aff: str, norm: str) -> str | None:
        """The entity of the affiliation written before the person (某市市長王大明), in
        the place named before them; a title the city has one of, held by another, is
        the home city's (某市市長王大明率團來訪，並與李市長共同簽署: 李 is ours)."""
        inherited = self._place_before(norm, person.start)
        if not aff and _ACADEMIC_TITLE.search(person.title):
            return None  # 本府將邀請某某教授出席…: a professor holds no title of a city
        if not aff and self._invited_to_join_the_city(person, norm, inherited):
            # 本府邀請某某議長共同接待: the city's own side, not of the place the item is
            # about; its official or councillor, else of no place
            if not (
                _HOME_TITLE_ONLY.fullmatch(person.title) or self._home_council_of(person.title)
            ):
                return None
            inherited = self.home_place
        if not aff and _invites_coming(person, norm):
            # 某市議員某某應王大明副市長之邀率團來訪: the inviter is no one of the
            # visitor's place; the city's, unless its one holder of the title is another
            if not _HOME_TITLE_ONLY.fullmatch(person.title) or any(
                holder.title_zh == person.title and holder.name_zh != person.name
                for holder in self._home_officials_as_period_opens()
                if person.title in _ONE_HOLDER
            ):
                return None
            inherited = self.home_place
        elif not aff and (
            self._title_held_by_another(person, inherited)
            or (_hosts_a_visit(person, norm) and not self._gone_elsewhere(norm, person.start))
            or (
                (_called_on_here(person, norm) or _receives_at_home_seat(person, norm))
                # 抵達某市。九日上午，拜會市長某某: the trip told before goes abroad
                and not self._home_side_went_before()
            )
        ):
            inherited = self.home_place
        led = self._body_leading_its_group(norm, person.start) if not aff else None
        if led is not None:
            return led  # 某中學校由校長某某率師生來訪: the school's principal
        affiliation_id, _ = self._affiliation(person, inherited)
        return affiliation_id

    def _invited_to_join_the_city(
        self, person: PersonMention, norm: str, inherited: Place | None
    ) -> bool:
        """Whether the city invites one named bare to join it in what it does (本府邀請某某
        議長共同接待) or to go to the place the item is about (本府邀請某某議長率團出席某縣
        議會…活動): one of the city's side, or of none, not of that place. One invited to
        come (本府邀請某某省長來訪) or to the city's event is a guest, of that place."""
        if not _CITY_INVITES.search(norm, 0, person.start):
            return False
        if _JOINING_THE_CITY.match(norm, person.end):
            return True
        going = _GOING_AFTER_INVITED.match(norm, person.end)
        if going is None or inherited is None or inherited.id == self.home_place.id:
            return False
        where = _CLAUSE_BREAK.split(norm[going.end() :])[0]
        return any(m.place.id == inherited.id for m in self._place_mentions(where))

    def _body_leading_its_group(self, norm: str, at: int) -> str | None:
        """The body opening the clause before 由 and the title at `at` (某中學校由校長某某
        率師生來訪), named before in full (日本某市立某中學校) or as written: the body
        whose head the person is; None when no one body of that kind has the name."""
        opening = _BODY_THEN_HEAD.search(norm[:at])
        if opening is None or self.lex.org_kind(opening.group(1)) is None:
            return None
        short = normalize(opening.group(1))
        named = {
            e.id
            for e in self.facts.entities.values()
            if e.label == Label.ORGANIZATION
            and any(name.endswith(short) for name in self._normalized_names(e))
        }
        return named.pop() if len(named) == 1 else None


#: Some of those just listed: 其中, 當中.
_SOME_OF_THEM = ("其中", "當中")
#: ...opening a clause on one of them (其中某管理局由局長某某率團).
_SOME_OF_THEM_OPENING = re.compile(r"^(?:其中|當中)")
#: The word between a body opening a clause and its official's title alone: 由 (則由).
_BY_THE_BODY = "由"


def _told_of_after_list(norm: str, event_start: int, end: int) -> bool:
    """Whether an event named after the list, in a clause of its own, is only told of
    (「…處長王大明等，均由秘書處安排參訪，並介紹本市籌辦「某運動會」之規劃」): the
    listed attend it, or are invited to, only where that clause says so."""
    if not end or event_start < end:
        return False
    after = norm[end:event_start]
    if not _CLAUSE_BREAK.search(after):
        return False  # 王大明等人參加「某論壇」: the list's own verb
    clause = _CLAUSE_BREAK.split(after)[-1]
    if clause.startswith(_SOME_OF_THEM):
        return True  # …等來訪，其中甲及乙並率團出席「…」: some of the listed, told apart
    return not re.search(_ATTEND + "|邀", clause)


def _same_post(short: set[tuple[str, object]], full: set[tuple[str, object]]) -> bool:
    """Whether a title held by a name written short is one the full name holds of the
    same body: the same title, or its last words (市政委員 called again 委員)."""
    return any(
        body == other and str(held).endswith(str(title))
        for body, title in short
        for other, held in full
    )


def _last_part(name: str) -> str | None:
    """The last part of a transliterated name (約翰‧史密斯 → 史密斯), None for others."""
    parts = re.split(f"[{re.escape(NAME_DOTS)}]", name)
    return parts[-1] if len(parts) > 1 else None


def _tells_own_visit(norm: str, start: int, spans: list[DateSpan]) -> bool:
    """Whether the item from `start` to the next ； is a clause of its own: dated, with a
    verb of coming or of calling on (某市副市長某某於8月5日率團來訪, 某處代表某某於7月
    16日拜會市長), not a name in a list."""
    end = _SEMICOLON.search(norm, start)
    stop = end.start() if end else len(norm)
    item = norm[start:stop]
    dated = any(start <= s.text_start < stop and s.precision == "day" for s in spans)
    return dated and bool(_COME.search(item) or _MEET.search(item))


def _comes_to_join(norm: str) -> bool:
    """Whether a sentence tells its own party coming to take part (另某市議員某某等8人亦
    專程組團來高觀賞燈會): a clause of its own, not a name in a list."""
    come = _COME.search(norm)
    return come is not None and bool(_JOIN.search(norm, come.end()))


#: What joins a person to one named just before, the second written by title alone and
#: so of the same body: 甲（某辦事處處長）偕新任副處長乙, 某會會長甲暨副會長乙.
_JOINED_TO_THE_ONE_BEFORE = rx(r"(?:偕同|偕|暨|及)(?:新任|現任)?")


def _of_the_body_before(
    person: PersonMention, before: PersonMention | None, norm: str
) -> PersonMention:
    """A person written by title alone right after another, joined by 偕/暨/及 (甲（某
    辦事處處長）偕新任副處長乙): of the body the one before is of."""
    if before is None or person.affiliation or not before.affiliation:
        return person
    if not _JOINED_TO_THE_ONE_BEFORE.fullmatch(norm[before.end : person.start]):
        return person
    return replace(person, affiliation=before.affiliation)


def _dated_before(spans: list[DateSpan], start: int) -> dict[str, object]:
    """The date the list is told under, written before it starts (「3月份計有A、B…等
    來訪」, 「5月2日接待A、B及C」): the visits' date; {} when none is."""
    before = [s for s in spans if s.text_end <= start and s.precision in ("month", "day")]
    if not before:
        return {}
    span = before[-1]
    return {"start": span.start, "year": span.year} | ({"end": span.end} if span.end else {})


def _item_starts(norm: str, start: int, items: list[str]) -> list[int]:
    """Where each item of the list starting at `start` begins in `norm`."""
    starts = []
    for item in items:
        start = norm.find(item, start)
        starts.append(start)
        start += len(item)
    return starts


def _dates_in_turn(
    norm: str,
    spans: list[DateSpan],
    listed: tuple[int, int],
    items: list[str],
    parsed: list[list[PersonMention]],
) -> list[dict[str, object]]:
    """The dates of the visits of a list's people one by one (an item naming none counts
    as one), when the text gives one for each: within each item (甲於7月15日、乙於7月29日
    ，先後南下); after the list, in its clause or the next with a word of "in turn" (甲、
    乙及丙，分別於4月10日、4月24日及5月8日來訪; 甲等5位首長，先後於…; 甲及乙，於7月6日
    及8月3日分別拜會本府); or before it, in the clause before the word opening it (6月5日
    及6月12日，依序有甲及乙到訪). [] where they are not one for each."""
    start, named_end = listed
    starts = [at for at in _item_starts(norm, start, items) if at < named_end]
    counts = [len(people) or 1 for people in parsed[: len(starts)]]
    if sum(counts) < 2 or told_other_count(_STATED_COUNT.match(norm, named_end), sum(counts)):
        return []  # (甲、乙等5位首長，先後於d1及d2…: not one date each)
    own = _dates_within_items(norm, spans, starts, named_end)
    if own:
        dates = [date for date, count in zip(own, counts, strict=True) for _ in range(count)]
    else:
        dates = _dates_after_list(norm, spans, named_end) or _dates_before_list(norm, spans, start)
    if len(dates) != sum(counts) or any(d.precision != "day" for d in dates):
        return []
    return [{"start": d.start, "year": d.year} | ({"end": d.end} if d.end else {}) for d in dates]


def _dates_within_items(
    norm: str, spans: list[DateSpan], starts: list[int], named_end: int
) -> list[DateSpan]:
    """One date in each item (the last one's up to the end of its clause), or []."""
    last_clause = _CLAUSE_BREAK.search(norm, named_end)
    return one_date_each(spans, starts, last_clause.start() if last_clause else len(norm))


def _dates_after_list(norm: str, spans: list[DateSpan], named_end: int) -> list[DateSpan]:
    """The dates after the list, in the clause of a word of "in turn" that is the list's
    own or opens the next one after a few words (甲等5位首長，先後於…)."""
    turn = _IN_TURN_WORD.search(norm, named_end)
    if turn is None:
        return []
    breaks = list(_CLAUSE_BREAK.finditer(norm, named_end, turn.start()))
    clause_start = breaks[-1].start() if breaks else named_end
    if len(breaks) > 1 or clause_start - named_end > _WORDS_BEFORE_TURN:
        return []
    clause_end = _CLAUSE_BREAK.search(norm, turn.end())
    stop = clause_end.start() if clause_end else len(norm)
    return [d for d in spans if named_end <= d.text_start < stop]


def _days_listed_before(norm: str, spans: list[DateSpan], start: int) -> dict[str, object]:
    """The days from the first to the last of those listed before a list opening in turn
    that are not one for each of its guests (3月5日及4月10日，依序接待甲、乙及丙): the
    visits fall within them; {} when no such days are."""
    days = _dates_before_list(norm, spans, start)
    if len(days) < 2:
        return {}
    return {"start": days[0].start, "end": days[-1].end or days[-1].start, "year": days[0].year}


def _dates_before_list(norm: str, spans: list[DateSpan], start: int) -> list[DateSpan]:
    """The dates in the clause before the word of "in turn" opening the list."""
    opening = _OPENS_IN_TURN.search(norm[:start])
    if opening is None:
        return []
    head = norm[: opening.start()].rstrip(",")
    breaks = [0, *(b.end() for b in _CLAUSE_BREAK.finditer(head))]
    # (the clause before it, or the one before that when it names only who received:
    # 3月5日及4月10日，陳市長依序接待…)
    for clause_start in breaks[-1:-3:-1]:
        days = [d for d in spans if clause_start <= d.text_start and d.text_end <= len(head)]
        if days:
            return days
    return []


def _list_start(norm: str, group: list[re.Match[str]], least: int) -> int:
    """Where the list starts: after the last introducer (包括：, 為：) followed by enough
    、 (…訪團成員包括：王大明、李小華), else after the group's opening (首長部分，有)."""
    start = group[0].end() if group else 0
    for match in _LIST_START.finditer(norm):
        if norm.count("、", match.end()) >= max(least, 1) and match.end() > start:
            start = match.end()
    return start


def _list_end(norm: str, gaz: Gazetteer) -> int:
    """Where the list ends: at a head count closing it (…、某協會代表等40餘人參加); else
    at the 等 after its last item (…、某集團等外賓至本府拜會及參訪等活動), not at one
    of 高等學校 or 中等教育; else at the sentence's end. A group closed by 等人 before
    another group of people (…某市議員某某等人，韓國某市副市長某某、…等人) goes on."""
    for counted in _HEADCOUNT_CLOSING.finditer(norm, max(norm.find("、"), 0)):
        if counted.group() == "等人" and _group_follows(norm, counted.end(), gaz):
            continue
        return counted.start()
    last = norm.rfind("、")
    closing = _LIST_END.search(norm, last)
    return closing.start() if closing else len(norm.rstrip("。"))


def _group_follows(norm: str, at: int, gaz: Gazetteer) -> bool:
    """Whether the clause after a group closed by 等人 (…等人，韓國某市副市長某某、…)
    is another group of titled people, its first item one, not a clause of its own
    (…等人，來自亞、歐各地)."""
    clause = _CLAUSE_BREAK.split(norm[at:].lstrip(",;"), maxsplit=1)[0]
    first = _ITEM_BREAK.split(clause, maxsplit=1)[0]
    grouped = "、" in clause or clause.rstrip("。").endswith("等人")
    return grouped and any(p.title for p in parse_visitor_item(first, gaz))


def _mostly_people(parsed: list[list[PersonMention]], items: list[str], goes_on: bool) -> bool:
    """Whether enough items are read as people (王大明市長、李小華議長): two (one in a
    list going on), and at least half of them. A body's unnamed members closing the list
    with their coming (邀請某市副市長某某、某協會代表抵高發表演講) count, beside one named."""
    named = sum(1 for people in parsed if people)
    members = 1 if items and not parsed[-1] and _MEMBERS_COMING.search(items[-1]) and named else 0
    return named + members >= max(1 if goes_on else 2, len(items) // 2)


def _after_last_named(norm: str, parsed: list[list[PersonMention]], end: int) -> int:
    """Where the last person listed ends, after which the part the listed played is
    told (…及王大明擔任講座); the list's end when none is named."""
    return max((norm.rfind(p.name) + len(p.name) for people in parsed for p in people), default=end)


def _part_told_after(norm: str, name: str) -> str | None:
    """The part told of a listed person in the clause their name ends with, when it
    tells one (邀請A、B擔任主講人，C擔任與談人: A and B speak, C is a panelist)."""
    at = norm.find(name)
    if at < 0:
        return None
    return _role(_CLAUSE_BREAK.split(norm[at + len(name) :], maxsplit=1)[0])


def _own_part(told: str) -> str:
    """What is told of the listed after their names, up to a clause handing the doing
    to another (…擔任主講人，並由本市學者擔任與談人: 擔任主講人)."""
    other = _ANOTHER_DOES.search(told)
    return told[: other.start()] if other else told


def _surname_title_name(person: PersonMention, aff: str) -> tuple[PersonMention, str]:
    """The person and the words they are written as: a one-character affiliation is a
    surname before the title (王副議長大明: 王大明, written 王副議長大明); else as found."""
    if len(aff) == 1:  # 李副議長小華: surname, title, given name
        written = aff + person.title + person.name
        return replace(person, name=aff + person.name, affiliation=""), written
    return person, person.written  # 市議會王議長大明


def _no_affiliation_written(person: PersonMention) -> bool:
    """Whether no affiliation is written before the person, but a word of the sentence
    (由王大明市長, 與王大明市長)."""
    return not person.affiliation.strip("由與及另並")


def _hosts_a_visit(person: PersonMention, norm: str) -> bool:
    """Whether one named with a home official's title and no affiliation hosts a visit
    the sentence tells of (某市長率團來訪，並拜會王大明代理市長; …來訪，5月2日王大明市長
    接見…): called on or receiving after the coming, they are the city's; so is one
    met after a call on the city's government (…拜會本府，與王大明秘書長晤談)."""
    before = norm[: person.start]
    hosting = _COME.search(before) and (
        _CALLED_ON.search(before) or _RECEIVES_AFTER.match(norm, person.end)
    )
    # 拜會本府，與張大山議長晤談: the one met after the call is the government's side,
    # whatever the title
    return bool(
        (_HOME_TITLE_ONLY.fullmatch(person.title) and hosting) or _MET_AFTER_CALLING.search(before)
    )


def _called_on_here(person: PersonMention, norm: str) -> bool:
    """Whether one named with a home official's title and no affiliation is called on
    in a sentence that goes nowhere (某市議長王大明拜會市長李小華; 某處處長某某到任拜會
    陳市長): a caller with no going abroad told calls on the city's official, not on
    one of the caller's own place named before."""
    before = norm[: person.start]
    return bool(
        _HOME_TITLE_ONLY.fullmatch(person.title)
        and _CALLED_ON.search(before)
        and not _GOES_TO.search(before)
    )


def _receives_at_home_seat(person: PersonMention, norm: str) -> bool:
    """Whether one named with a home official's title and no affiliation receives a
    guest at the city's seat (市長王大明在市府貴賓室接見…): the city's official, not one
    of the guest's place named before."""
    return bool(
        _HOME_TITLE_ONLY.fullmatch(person.title) and _RECEIVES_AT_HOME_SEAT.match(norm, person.end)
    )


def _invites_coming(person: PersonMention, norm: str) -> bool:
    """Whether one named bare after 應 invites a coming the clause tells (某市議員某某應
    王大明副市長之邀率團來訪)."""
    if not norm[: person.start].endswith("應") or not norm.startswith("之邀", person.end):
        return False
    return bool(_COME.search(re.split(r"[;。]", norm[person.end :])[0]))


def _surname_alone(norm: str, person: PersonMention) -> bool:
    """山田市長, 歐陽市長 with no one of that name met before: a surname and a title,
    led_by where it leads, never a person of its own (a name glossed with its
    romanization, 某某市長（John Smith）, is one)."""
    return _name_then_title_alone(norm, person) and bare_surname(person.name)


def _name_then_title_alone(norm: str, person: PersonMention) -> bool:
    """Whether `norm` writes the person's name right before the title and no English
    gloss after it (王市長, not 王市長（John Wang）): all that names them."""
    title_at = person.end - len(person.title)
    return (
        norm[title_at - len(person.name) : title_at] == person.name
        and norm[title_at : person.end] == person.title
        and not english_after(norm, person.end)[0]
    )


def _surnames(name: str) -> list[str]:
    """The ways a name's bearer may be called short, before a title: a Latin name's
    last word (John Smith: Smith), else its opening ideographs but the last two (王大明:
    王; 山田太郎: 山, 山田), the title telling which."""
    words = name.split()
    if len(words) > 1:
        return [words[-1]]
    return [name[:k] for k in range(1, len(name) - 1)] or [name[:1]]
