"""Ties: sister and friendship cities (締結姊妹市, 友好城市), with since, ordinal and
status (signed, planned, negotiating, revoked)."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from graph.model import Label, RelType, TieStatus
from loaders.dates import DateSpan
from loaders.facts import told_in
from loaders.reading import normalize, rx
from loaders.rules.context import Clause
from loaders.rules.grammar import (
    _AGREED_THEN_TO_SIGN,
    _AGREEMENT,
    _AGREEMENT_KIND,
    _AGREEMENT_KINDS,
    _AGREEMENT_NOUN,
    _ATTEND,
    _CLAUSE_BREAK,
    _DECLINE_VERB,
    _DECLINE_WORD,
    _FRIENDSHIP_KIND,
    _FRIENDSHIP_SIGNING,
    _FUTURE,
    _ITEM_JOINER_OPENING,
    _ITEM_NUMBER_OPENING,
    _JOINER,
    _LISTED_AFTER_WORD,
    _MAKING,
    _NEGOTIATING,
    _NOT_HELD,
    _NTH,
    _PURPOSE_OPENING,
    _SIGNING,
    _SIGNING_PUT_OFF,
    _SISTER_CITY,
    _SISTER_KIND,
    _SISTER_SIGNING,
    _THAT_PLACE,
    _TIE_CASE,
    _TIE_DISCUSSED,
    _TIE_MADE_WORDS,
    _TIE_TALKED_OF,
    _TIE_VERB,
    _TITLE_OPENING,
)
from loaders.rules.tie_common import TieCommon, _ongoing_talks, _within
from loaders.structure import numeral_value

#: The ties a clause speaks of as a set, ending it: 本市現有姊妹市中, 在友好城市當中.
_TIES_AMONG = rx(r"(?:姊妹|友好|友誼)(?:城)?市(?:中|當中|之中)$")

#: The opening of a clause singling some out of a set: 以甲市…最為頻繁, 其中, 尤以; or
#: none, the list opening the clause right after the set (姊妹市中，甲市、乙市等…最為頻繁).
_SINGLED_OUT = rx(r"(?:尤以|其中以|其中|以)?")

#: Words opening examples of what a noun names, right after it: 姊妹市如甲市、乙市等.
_LISTED_AS_EXAMPLES = rx(r"(?:例如|諸如|如)")

_TIE_CASE_LISTED = rx(_TIE_CASE + r"(?=及|暨|與|、)")

_TIE_CASE_NAMED = rx(_TIE_CASE)

#: A signing told done after the tie named as a matter (某市締結姊妹市案已於三月十日由
#: 兩市市長簽署完成; …案及…之交流，已於…簽署協定書完成): the matter is settled, a tie made.
_CASE_SETTLED_AFTER = rx(r"[^。]*?(?:已經?|業已?|業經)[^。]*?(?:簽(?:署|訂|約)|完成)")

_PURSUIT = rx(
    r"推動|籌辦|籌備|洽談|洽商|協商|研議|研商|評估|爭取|方向|可行性|意願|有意|期盼|希望|可望|盼"
    r"|提議|建議|倡議"
    # 某市議會支持兩市締結友好城市: backing a tie still to be made (not 在議會支持下締結,
    # nor 樂見兩市自某年締結以來之成果)
    r"|(?:支持|贊成|樂見)(?:兩市|雙方|兩地)?(?:" + _TIE_MADE_WORDS + ")"
    r"|預定|預計|規劃|計畫|計劃|擬|願|將|未來|案$|案。?$|(?:預作|做|作)準備|鋪路|暖身"
    r"|為(?:共同|首要|長期)?目標"  # 以締結友好城市為目標: an aim, not yet a tie
    # 締結姊妹市案獲雙方同意: a proposal agreed to, not yet made
    r"|案[^,;。]{0,8}?同意"
)

#: A tie of either kind (締結姊妹市或友好城市, 友好城市或姊妹市): which, each city's own.
_EITHER_TIE_KIND = rx(r"姊妹(?:市|城市)或友好(?:城市|市)|友好(?:城市|市)或姊妹(?:市|城市)")

#: A tie signed, then another visit joined on (訪問甲市簽署姊妹市協定暨訪問乙市): the
#: places first named after it are the other visit's, no partners (see
#: ties._visited_after_tie).
_VISIT_AFTER_TIE = rx(
    r"(?:締結|簽署|簽訂)[^,;。]*?(?:姊妹|友好)[^,;。]*?(?:暨|並|再)(?:順道)?(?:訪問|前往|赴|參訪|轉往)"
)

#: The text of a tie's agreement, not its signing: 確認姊妹市協定書內容, 友好城市協定草案.
_AGREEMENT_TEXT = rx(r"(?:協定|協議|盟約)書?(?:之|的)?(?:內容|草案|文本|條文|初稿)")

#: Its texts in two languages (姊妹市協定書之中、英文本, 協定書中、英文版本): settled
#: before the signing (_TEXTS_SETTLED) or the copies signed (…各二份，已由兩市市長簽署).
_AGREEMENT_LANGUAGE_TEXTS = rx(
    r"(?:協定|協議|盟約)書?(?:之|的)?[中英日韓](?:、|及|與)?[中英日韓]文?(?:文本|版本|本)"
)

#: The texts settled, not signed: 議定, 確認, 審定, 定稿; no signing told after it.
_TEXTS_SETTLED = rx(r"(?:議定|確認|審定|定稿)(?![^。]*?(?:" + _SIGNING + r"))")

#: Where a tie was made, or began: 締結, 結為, 結盟, 起為 (自2005年起為姊妹市).
_TIE_MADE_AT = rx(_TIE_VERB + r"|起(?:即)?(?:為|成為)")

_SISTER = rx(_SISTER_KIND)

#: The partner a clause makes a tie with, named before the making: 某市正式成為本市第N個
#: 姊妹市, 與某國某市締結友好城市.
_TIE_PARTNER = rx(r"(?:^|與)([^\W與及和之的]{2,12}?(?:市|縣|州|省))(?:並|亦|已|於|正式)*" + _MAKING)

#: A tie ended: 終止姊妹市關係, 解除友好城市關係, 終止雙方 / 與某市之姊妹市關係,
#: 兩市姊妹市關係於…正式終止.
_TIE_ENDED = rx(
    r"(?:終止|解除|中止|結束|斷絕)(?:與[^,;。]{1,20}?|兩市|兩地|雙方|彼此)?(?:之|的|間)?"
    r"(?:" + _SISTER_KIND + "|" + _FRIENDSHIP_KIND + ")"
    r"|(?:" + _SISTER_KIND + "|" + _FRIENDSHIP_KIND + r")(?:之|的)?(?:關係|盟約)"
    r"[^,;。]{0,16}?(?:終止|解除|中止|結束)"
)

#: Ties told as standing relations with the cities listed: 本市與甲市(1966年締結)及乙市
#: 之姊妹市關係, 與甲市間的友好城市關係, 另與乙市亦締有姊妹市關係; the cities are
#: between 與 and 之 (or the verb of holding).
_TIE_HELD = rx(
    r"與([^,;。與]{2,80}?)(?:之|的|間|(?:亦|也|均|則)?(?:締有|建有|具有|保有))(?:"
    + _SISTER_KIND
    + "|"
    + _FRIENDSHIP_KIND
    + r")關係"
)

#: Words before such a relation telling it is still to come or sought: 建立與某市之姊妹市
#: 關係, 擬發展…, 洽談…, 評估…之可行性.
_TIE_HELD_NOT_YET = rx(
    r"建立|締結|結為|洽|協商|磋商|擬|將|規劃|評估|爭取|可行性|希望|盼|意願|有意|研議|恢復"
)

#: A tie made between the city and a partner told by 結盟 or 締盟 alone, with no kind
#: of tie, since a year (本市與某市自民國70年結盟以來, 某市與本市於1985年締盟迄今), or in
#: a clause going on from the city's (本市與甲市自…締結為姊妹市，與乙市則於民國77年締盟).
_ALLIANCE_SINCE = rx(
    r"(?:本市|本府|^(?:另|而)?與)[^,;。]{0,16}?(?:結盟|締盟)(?!為|成為)(?:以來|迄今|至今)"
    r"|(?:本市|本府|^(?:另|而)?與)[^,;。]{0,16}?(?:自|於)[^,;。]{1,10}?年(?:起)?(?:結盟|締盟)"
    r"(?!為|成為)"
)

#: The city and a place allied bare, no body of either named (本市與某市自1985年結盟,
#: 某市與本市於1985年締盟; not 本市某港與某國某港於1984年締盟, 本府某局與某市某會…):
#: the words before a partner written after the city, and after any partner.
_ALLIED_HOME_FIRST = rx(r"(?:^|本市|本府|市府)(?:並|另|而|則|亦)?與$")

_ALLIED_CLOSING = rx(r"^(?:與(?:本市|本府))?(?:則|亦|也|已|早)?(?:自|於|結盟|締盟)")

#: When a tie was made, in parentheses right after its partner: (1966年締結), (民國55年
#: 結盟).
_MADE_IN_PARENS = rx(r"\([^()]{0,16}?(?:" + _TIE_VERB + r")[^()]{0,4}\)")

_ORDINAL = rx(_NTH)

#: What closes a list of cities before the kind they share, with their count or not
#: (甲市、乙市等姊妹市; 甲市、乙市及丙市等3個姊妹市; 甲市及乙市共兩座友好城市).
_LIST_CLOSE = rx(r"(?:等|共|計|等共)?\s*(?:(?:\d+|[一二兩三四五六七八九十]+)\s*(?:個|座|處))?")

#: An existing tie told by its rank, the words before the kind of tie: 某市為本市第一個
#: 姊妹市, 某市亦為本市第一個姊妹市, 某市是本市第12個友好城市, 本市第28個姊妹市某市.
#: The rank may follow the earlier partners it comes after: 某市成為本市繼甲市、乙市
#: 之後之第三個姊妹市 (_AFTER_EARLIER).
_RANKED_AS = rx(
    r"(?:(?:亦|也|則)?(?:成為|為|是|係|乃)|即)?(?:本市|本府|我市)(?:繼[^,;。]{2,60}?之後)?(?:之|的)?"
    + _NTH
    + "$"
)

#: The earlier partners a rank comes after (繼甲市（1966年締結）、乙市之後之第三個).
_AFTER_EARLIER = rx(r"繼([^,;。]{2,60}?)之後")

#: A city called the city's own partner, right before the tie word, with what it is
#: for the city between or nothing: 某市則為本市在歐洲之重要姊妹市, 某市係本市最早之友好城市,
#: 某市為本市姊妹市.
_CALLED_OURS = rx(
    r"(?:則|亦|即)?(?:為|是|係)(?:本市|我市)(?:[^,;。]{0,10}?(?:之|的)[^,;。之的]{0,4})?$"
)

#: A tie told as not made yet (尚未成為本市姊妹市, 未締結), or its agreement denied signed
#: (迄未與某市簽訂任何友好城市協定, as an answer corrects a question): no signed tie, a hope.
_TIE_NOT_MADE = rx(
    r"(?:尚未|未曾|未)(?:正式)?(?:成為|締結|結為)"
    r"|(?:尚未|迄未|從未|並未|未曾)[^,;。]{0,16}?簽(?:訂|署)(?:任何)?"
)

#: The city's own written right before the tie word (為本市姊妹市), nothing between.
_OURS_BARE = rx(r"(?:本市|我市)$")

#: A tie word qualifying the noun after it (姊妹市之鄰近城市, 姊妹市的友好城市): no tie of
#: the city named before.
_TIE_QUALIFIES = rx(r"(?:之|的)[\u4e00-\u9fff]")

#: The same opening a clause whose city closes the clause before (遠在南半球的某國某市，
#: 同樣是本市的姊妹市; 某市，也是本市之友好城市): that city is the partner.
_CALLED_OURS_OPENING = rx(r"^(?:同樣|同時|也|亦|則|即)*(?:為|是|係)(?:本市|我市)(?:之|的)?$")

#: The time a tie has held, right after its making (締結姊妹市已逾30年, 締結友好城市迄今
#: 已有十餘年): the tie is made, since a time not told exactly.
_TIE_HELD_FOR = rx(
    r"(?:迄今|至今)?(?:已逾|已有|已達|已|逾|達)約?(?:\d+|[一二三四五六七八九十百]+)(?:餘|多)?年"
)

#: A tie's anniversary after its making: 締結姊妹市15週年, 締結友好城市屆滿10周年,
#: 自1966年締結迄今已屆55週年 (the tie counts from that many years before).
_ANNIVERSARY = rx(r"^[^,;「」]{0,8}?(\d+|[一二三四五六七八九十]+)\s*(?:週年|周年)")

#: The object of talks right after their word, when it is an agreement other than a tie's:
#: a quoted name (洽簽「某某合作備忘錄」, 洽商「…」內容) or an agreement's noun named by
#: its field (續商兩市港務合作協議), with no word of a tie in it (洽簽締結友好城市協定 is
#: talks on the tie, and so is the bare noun: 洽商協定內容, 洽商雙方合作協定).
_TALKS_ON_AN_AGREEMENT = rx(
    r"[^,;。「」締姊友結]{0,6}?(?:「(?![^」]*(?:締結|姊妹|友好|結盟))[^」]+」"
    r"|(?!(?:兩市|雙方|相關|有關|合作|交流|該|其|之|的)*(?:" + _AGREEMENT_KINDS + r"))"
    r"[^,;。「」締姊友結]{1,12}?(?:" + _AGREEMENT_KINDS + r"))"
)

#: The two cities spoken of by their tie (就兩姊妹市間港埠交流交換意見, 兩友好城市之間):
#: the city and the one it is with hold that tie.
_BOTH_TIED = rx(r"兩(?:個|座)?(姊妹|友好)(?:城|港)?市(?:間|之間|之|的)")

#: A section on ties being pursued, whose items are headed by the cities: 推動締結姊妹市,
#: 規劃中, and widening the city's ties (拓展姊妹市及友好城市版圖, 開拓城市夥伴關係).
_PURSUIT_SECTION = rx(
    r"推動.*締結|締結.*推動|規劃中|(?:拓展|開拓|擴展|擴大)[^,;。]{0,12}?(?:姊妹|友好|夥伴|版圖)"
)

#: A section on the exchanges with the city's sister cities, whose items are headed by
#: them (二、姊妹市交流 …（三）某國某市): 姊妹市交流, 與姊妹市之交流, 姊妹市互動.
_SISTERS_SECTION = rx(r"^(?:與)?姊妹市(?:之|間)?(?:交流|互動|往來)")

#: A clause inviting the sister cities as a group: 邀請姊妹市參加, 邀請各姊妹城市出席.
_SISTERS_INVITED = rx(r"邀請?(?:各|所有)?" + _SISTER_CITY + r"(?:" + _ATTEND + r")$")

#: A friendship city named in passing: 友好城市某某市, 本市友好市X.
_FRIENDSHIP = rx(_FRIENDSHIP_KIND)

#: A tie told as what qualifies the places after it: 締結姊妹市的某市, 結盟之某市.
_QUALIFYING = rx(r"[的之]")

#: What joins an item to a list when words qualify it: 甲市及今年甫成為本市姊妹市之乙市.
_JOINER_QUALIFYING = rx(r"[、及與和暨][^、,;]{0,30}[的之]")

#: Words before a kind of tie that make it more than a tie named in passing: 締結,
#: 推動, 朝…方向, 成為, 終止 (the tie rules read such clauses).
_TIE_TOLD_BEFORE = rx(r"締結|推動|朝|成為|終止|解除|中止")

#: Words after a kind of tie that make it no tie of a city named: 姊妹市協議, 友好城市
#: 方向, 姊妹市案, 姊妹市首長, 姊妹市關係.
_TIE_TOLD_AFTER = rx(r"協議|協定|方向|案|首長|關係")

#: The people of the ties a list closed by 等 names (甲市、乙市等姊妹市首長, 甲市及乙市
#: 等友好城市首長): the cities listed are those ties all the same.
_TIES_PEOPLE_AFTER = rx(r"首長")

#: A list closed right before a kind of tie: 等, 等3個, 等五個.
_LIST_CLOSED = rx(r"等\s*(?:\d+|[一二兩三四五六七八九十]+)?\s*個?$")

#: A city's own governing body, written right after its name, that acts for the city
#: on its ties (某市議會決議終止…姊妹市關係, 某市政府同意締結…).
_GOVERNING_BODY = rx(r"(?:市|縣)?(?:議會|政府|役所|廳|當局)")

#: Cities grouped after a list: 等3個城市, 等五個友好城市, 等市 (the words before 城市
#: kept, to tell a tie's kind from another group).
_GROUPED_CITIES = rx(r"等(?:\d+|[一二三四五六七八九十]+)?個?([^,;、]{0,6}?)(?:城市|市)")

#: A word of a tie: 姊妹, 友好.
_TIE_WORD = rx(r"姊妹|友好")

#: A list closed by two kinds of tie together (甲市、乙市及丙縣等姊妹市及友好城市): which
#: city holds which is not told. The first kind is followed by the second, the second
#: preceded by the first.
_TWO_TIE_KINDS_AFTER = rx(r"^(?:及|與|暨|和|、)(?:姊妹|友好)(?:城?市|縣)")

_TWO_TIE_KINDS_BEFORE = rx(r"等(?:姊妹|友好)(?:城?市|縣)(?:及|與|暨|和|、)$")

#: A memorandum or an accord: 備忘錄, 協議 (the agreements a tie section may also sign).
_MOU_OR_ACCORD = rx(r"備忘錄|協議")

#: A tie declined after it is named (對締結姊妹市一事來函婉拒, 締結友好城市之議遭婉拒):
#: the words after the making, in its clause; no tie.
_TIE_DECLINED_AFTER = rx(
    r"[^,;。]{0,12}?(?:一事|事宜|之議|提議)[^,;。]{0,6}?(?:" + _DECLINE_VERB + r"|拒絕)"
)

#: A tie declined or not wished for (無意與本市締結…, 不擬締結, 婉拒與本市締結): the
#: words before the making, in its clause; no tie.
_TIE_DECLINED = rx(r"(?:無意|不擬|不願|無法|拒絕|" + _DECLINE_VERB + r")[^,;。]{0,12}$")

#: What may stand between two other cities joined by 與 and their tie's making (橫濱市與
#: 神戶市兩港市締結友好港市, 甲市與乙市已締結姊妹市).
_OTHERS_TIE_GAP = rx(r"(?:兩(?:港|城)?市)?(?:已|曾|早已|業已)?(?:於[^,;。與]{1,10}?)?$")

#: A tie told as what would follow were it made: 兩市如能締結友好城市，對…當有助益.
_TIE_IF_MADE = rx(r"(?:如|若|倘|倘若|如果)(?:能|可|得以)[^,;。]{0,12}?(?:" + _TIE_VERB + ")")

#: A tie named as what its making would bring (兩市友好城市關係之建立，可望為本市…):
#: hoped for, not made, where the clause naming the tie says so (not 正式締結姊妹市，
#: 姊妹市關係之建立，將有助…, the good a tie made will do).
_TIE_HOPED_FOR = rx(r"關係(?:之|的)(?:建立|締結),?(?:可望|將可|將|當可|當能|有助)")


#: What stands between a clause naming a tie (與某市的姊妹市關係) and the date of the
#: next clause telling when it was made: the comma, 則是在, 係於, 早在.
_BEFORE_DATE_OF_MAKING = rx(r",(?:則|乃|早)?(?:是|係)?(?:在|於)?")


#: The making told right after that date, closing the clause: (間)建立, 締結(姊妹市),
#: 締盟, 結盟, 成立; not another thing set up (建立兩市青少年交流平台, 成立某協會).
_MADE_AFTER_DATE = rx(
    r"(?:間|時)?(?:正式)?(?:建立|締結|締盟|結盟|成立)"
    r"(?:姊妹(?:城)?市|友好(?:城市)?|關係)*(?=[,;。]|$)"
)


#: A label opening a paragraph, run in before its text (姊妹市及友好城市關係之推展：…,
#: 下半年度預定辦理事項：…): words naming the topic, ending in 推展, 事項 or the like.
_RUN_IN_LABEL = rx(r"^[^,;。:]{2,20}?(?:之推展|推動|概況|情形|事項|現況|成果):")


def _unquoted(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of `pattern` outside 「」, or inside an agreement's name
    (「友好城市協定書」 is the tie's own): inside another name, its words are the
    name's (「締結姊妹市10週年紀念展」 names an event, it makes no tie)."""
    label = _RUN_IN_LABEL.match(text)
    for match in pattern.finditer(text):
        if label and match.end() <= label.end():
            continue  # 「姊妹市及友好城市關係之推展：本市…」: the topic's label, no tie
        opened = text[: match.start()]
        if opened.count("「") <= opened.count("」"):
            return match
        name = text[opened.rfind("「") + 1 :].split("」", 1)[0]
        if _AGREEMENT_KIND.search(name[-4:]):
            return match
    return None


def _made_since(clause: Clause, sentence_norm: str) -> str | None:
    """When a tie the sentence ends had been made: the date written right before its
    making (於2009年締結…, 2005年結為…) or opening 自…起 (兩市自2005年起為姊妹市)."""
    made = _TIE_MADE_AT.search(sentence_norm[: clause.start + len(clause.norm)])
    if made is None:
        return None
    return _dated_before(clause.earlier_dates + clause.dates, made.start(), 6, since_too=True)


def _made_in(clause: Clause) -> str | None:
    """The date a clause writes right before a tie's making (（102年6月締結）, 自1966年
    締結, 2005年起即為): when the tie it names was made."""
    made = _TIE_MADE_AT.search(clause.norm)
    if made is None:
        return None
    return _dated_before(clause.dates, clause.start + made.start(), 2)


def _made_in_next_clause(clause: Clause) -> str | None:
    """The date of the next clause telling when the tie the clause ends with, named as
    a relation, was made (與某市的姊妹市關係，則是在民國七十五年建立): that date,
    standing alone between the comma and the verb of making."""
    later = clause.later_dates[:1]
    if not later or not clause.norm.endswith("關係"):
        return None
    norm = clause.sentence.norm
    if _PURPOSE_OPENING.match(norm[clause.start :]):
        return None  # 為深化與某市的姊妹市關係，…: the tie is no subject of the next clause
    between = norm[clause.start + len(clause.norm) : later[0].text_start]
    if not _BEFORE_DATE_OF_MAKING.fullmatch(between):
        return None
    return later[0].start if _MADE_AFTER_DATE.match(norm, later[0].text_end) else None


def _made_in_parens_after(clause: Clause, end: int) -> str | None:
    """The date in the parentheses telling a tie's making right after a partner ending
    at `end` in the clause (甲市(1966年締結), 乙市（民國77年結盟）)."""
    made = _MADE_IN_PARENS.match(clause.norm, end)
    if made is None:
        return None
    dated = [
        d
        for d in clause.dates
        if clause.start + made.start() <= d.text_start < clause.start + made.end()
    ]
    return dated[0].start if dated else None


def _dated_before(dates: list[DateSpan], at: int, gap: int, since_too: bool = False) -> str | None:
    """The start of the last date written at most `gap` characters before `at` (or,
    with `since_too`, any 自…起 date before it)."""
    dated = [
        d for d in dates if d.text_end <= at and (at - d.text_end <= gap or (since_too and d.since))
    ]
    return dated[-1].start if dated else None


def _talks_on_the_tie(text: str) -> list[re.Match[str]]:
    """The talks going on in `text` (_ongoing_talks) save those on an agreement other
    than a tie's (洽簽「某某合作備忘錄」, 續商兩市港務合作協議): talks on an MOU after a
    tie told made (於2006年締結友好城市，兩市並於本年5月洽簽「…備忘錄」) leave the tie made."""
    return [m for m in _ongoing_talks(text) if not _TALKS_ON_AN_AGREEMENT.match(text, m.end())]


def _tells_no_tie_of(rel_type: RelType, text: str, making: re.Match[str] | None) -> bool:
    """Whether the clause neither makes nor ends a tie of this kind: no word of making
    it (締結姊妹市) and, for a sister-city tie, none of its ending (姊妹市關係終止), or an
    ending of a friendship tie (友好城市關係終止) read as a sister-city one."""
    ended = rel_type == RelType.SISTER_CITY_OF and _TIE_ENDED.search(text)
    if not (making or ended):
        return True
    return "友好" in (ended.group() if ended else "") and rel_type != RelType.FRIENDSHIP_CITY_OF


def _kinds_made(text: str) -> list[tuple[int, RelType]]:
    """Where the clause makes a tie of each kind (締結姊妹市, 締結友好城市), in order."""
    return sorted(
        [(m.start(), RelType.SISTER_CITY_OF) for m in _SISTER_SIGNING.finditer(text)]
        + [(m.start(), RelType.FRIENDSHIP_CITY_OF) for m in _FRIENDSHIP_SIGNING.finditer(text)],
        key=lambda made: made[0],
    )


def _ties_in_passing(text: str) -> list[tuple[re.Match[str], RelType]]:
    """「某市姊妹市」, 「本市姊妹市某市」, 「友好城市某市」: the words naming an existing
    tie in passing, in the order written."""
    return sorted(
        [(m, RelType.SISTER_CITY_OF) for m in _SISTER.finditer(text)]
        + [(m, RelType.FRIENDSHIP_CITY_OF) for m in _FRIENDSHIP.finditer(text)],
        key=lambda found: found[0].start(),
    )


#: A place referred to as a tie's owner right before the tie word (該市姊妹市, 其友好城市).
_TIE_OWNER_REFERRED = rx(r"(?:" + _THAT_PLACE.pattern + r"|其)(?:之|的)?$")


#: The possessive after a place, closing the words before a tie word (某市之姊妹市).
_OWNED_BY = rx(r"(?:之|的)$")


def _passing_word_is_no_tie(text: str, match: re.Match[str]) -> bool:
    """Whether a passing tie word names no tie of a city: a word of an event's name
    (「友好城市青年論壇」), or one the words around it tell of otherwise (締結姊妹市,
    推動…友好城市 before it; 姊妹市協議, 姊妹市首長, 姊妹市關係 after it); but a
    list closed by 等 names its cities' ties (甲市、乙市等3個姊妹市, even after a tie
    made in the list: 甲市及…成為本市姊妹市之乙市等; 甲市、乙市等姊妹市首長), unless it
    is closed by both kinds (甲市、乙縣等姊妹市及友好城市)."""
    opened = text[: match.start()]
    if opened.count("「") > opened.count("」"):
        return True  # 「友好城市青年論壇」: a word of an event's name, no tie
    after = text[match.end() :]
    if _TWO_TIE_KINDS_AFTER.match(after) or _TWO_TIE_KINDS_BEFORE.search(opened):
        return True  # 甲市、乙縣等姊妹市及友好城市: which city holds which is not told
    if _LIST_CLOSED.search(opened) and (
        _TIES_PEOPLE_AFTER.match(after) or not _TIE_TOLD_AFTER.match(after)
    ):
        return False  # 甲市、乙市等(3個)姊妹市(首長): the listed cities are sister cities
    ranked = _RANKED_AS.search(opened)
    if ranked and _AFTER_EARLIER.search(ranked.group()):
        return False  # 某市成為本市繼甲市（…締結）之後之第三個姊妹市: ranked among ties
    return bool(_TIE_TOLD_BEFORE.search(opened) or _TIE_TOLD_AFTER.match(after))


def _standing_ties(text: str) -> list[re.Match[str]]:
    """The ties a text tells as standing relations (本市與甲市(1966年締結)及乙市之姊妹市
    關係): none in a text of a tie ended, nor one still to come (建立與某市之…關係)."""
    if _TIE_ENDED.search(text):
        return []
    return [
        held
        for held in _TIE_HELD.finditer(text)
        if not _TIE_HELD_NOT_YET.search(text[: held.start()])
    ]


def _visited_after_tie(clause: Clause) -> set[str]:
    """The places a clause names after its tie, as another visit joined on (訪問甲市簽署
    姊妹市協定暨訪問乙市: 乙市): no partners of the tie. Not one named before it too
    (與甲市簽署…並參訪甲市國際機場: the partner named again), nor one with a tie of its
    own told after it (並轉往乙市簽署友好城市協定: that tie's partner)."""
    also = _VISIT_AFTER_TIE.search(clause.norm)
    if also is None:
        return set()
    before = {pid for start, _, pid in clause.places if start < also.start()}
    return {
        pid
        for start, end, pid in clause.places
        if start >= also.end() and pid not in before and not _TIE_WORD.search(clause.norm, end)
    }


class TieRules(TieCommon):
    """Which places are tied to which, since when, and how far the tie has come."""

    def _rule_ties(self, clause: Clause, sentence_norm: str) -> None:
        """Sister- and friendship-city ties: made, planned, negotiated or ended
        (本市與某市締結姊妹市), implied by the cities answering an invitation to the
        sister cities, or named in passing (本市姊妹市某市)."""
        if self._tie_made_or_ended(clause, sentence_norm):
            return
        self._talks_on_item_tie(clause)
        self._sisters_answering_invitation(clause)
        self._sisters_singled_out(clause)
        self._ties_held(clause)
        self._both_tied(clause)
        self._alliance_since(clause)
        passing = _ties_in_passing(clause.norm)
        for match, tie in passing:
            self._tie_in_passing(clause, match, tie)
        if not passing:
            self._restate_made(clause)

    def _tie_made_or_ended(self, clause: Clause, sentence_norm: str) -> bool:
        """A tie the clause makes, plans, negotiates or ends with the cities it is about
        (本市與某市締結姊妹市, 將與某市締結友好城市, 與某市之姊妹市關係終止); whether any
        city was found for it. A clause making both kinds (與甲市締結姊妹市、與乙市締結
        友好城市) gives each city the kind written next after it."""
        text = clause.norm
        kinds = _kinds_made(text)
        found = False
        for rel_type, pattern in (
            (RelType.SISTER_CITY_OF, _SISTER_SIGNING),
            (RelType.FRIENDSHIP_CITY_OF, _FRIENDSHIP_SIGNING),
        ):
            making = _unquoted(pattern, text)
            if _tells_no_tie_of(rel_type, text, making) or self._held_not_made(text, making):
                continue
            if making and (
                _TIE_DECLINED.search(text[: making.start()])
                or _TIE_DECLINED_AFTER.match(text, making.end())
                or self._tie_between_others(clause, making)
            ):
                found = True  # 無意與本市締結…; 甲市與乙市締結…之經過: no tie of the city's
                continue
            qualified = self._qualified_by_tie(clause, making)
            cities = qualified or self._tie_partners(clause, sentence_norm, rel_type)
            cities = list(dict.fromkeys(self._city_of_organ(c) for c in cities))
            if len({kind for _, kind in kinds}) > 1:
                cities = self._of_kind_next(clause, cities, kinds, rel_type)
            if _EITHER_TIE_KIND.search(text):  # 與甲市、乙市洽商締結姊妹市或友好城市
                cities = [c for c in cities if not self._tied_otherwise(c, rel_type)]
            # 兩市締結姊妹市已逾30年: made, since a time not told exactly unless the date
            # of its making is written before it (自民國55年結為姊妹市至今已23年)
            held_for = making is not None and _TIE_HELD_FOR.match(text, making.end())
            status = TieStatus.SIGNED if held_for else self._tie_status(clause, sentence_norm)
            since = (
                _made_in(clause)
                if held_for
                else self._tie_since(clause, sentence_norm, status, making)
            )
            ordinal = _ORDINAL.search(text)
            for city in cities:
                # 訪問甲市（1973年締結姊妹市）及乙市（2004年締結友好城市）: each its own
                own = self._listed_since(clause, city) if status == TieStatus.SIGNED else None
                self.facts.relate(
                    rel_type,
                    self.home,
                    city,
                    clause.sentence,
                    status=status,
                    since=own or since,
                    ordinal=numeral_value(ordinal.group(1)) if ordinal else None,
                )
            if qualified:
                return False  # 甲市、乙市及…成為本市姊妹市之丙市等3個姊妹市: ties in passing too
            found = found or bool(cities)
            if found and len({kind for _, kind in kinds}) < 2:
                return True
        return found

    def _tie_between_others(self, clause: Clause, making: re.Match[str]) -> bool:
        """Whether the tie is one two other cities made (某市議長來訪，表示該市已與日本某市
        締結友好城市; 介紹該市與某市締結姊妹市之經過; 日本甲市與乙市兩港市締結友好港市):
        a city other than home, then 與 and another (after its country), the tie following
        it after no more than 兩港市, 已 or a time (_OTHERS_TIE_GAP)."""
        text = clause.norm
        foreign = [
            (start, end, pid)
            for start, end, pid in sorted(clause.places)
            if end <= making.start()
            and text[start] != "兩"  # 兩港市 names the two again
            and pid != self.home
            and self.facts.label_of(pid) == Label.CITY
        ]
        for (_, first_end, first), (second_start, second_end, second) in itertools.pairwise(
            foreign
        ):
            joined = re.fullmatch(r"[已亦曾並也均]{0,2}[與和](.*)", text[first_end:second_start])
            if first == second or joined is None:
                continue
            if joined.group(1) and self.gaz.country(joined.group(1)) is None:
                continue  # 甲市與某某大學: no city joined
            if _OTHERS_TIE_GAP.match(text[second_end : making.start()]):
                return True
        return False

    def _tied_otherwise(self, city: str, rel_type: RelType) -> bool:
        """Whether the text told of a tie of the other kind with `city` (sister city or
        friendship city): a tie of either kind spoken of is that one."""
        other = (
            RelType.FRIENDSHIP_CITY_OF
            if rel_type == RelType.SISTER_CITY_OF
            else RelType.SISTER_CITY_OF
        )
        return any(
            r.type == other and {r.source, r.target} == {self.home, city}
            for r in self.facts.relations.values()
        )

    def _qualified_by_tie(self, clause: Clause, making: re.Match[str] | None) -> list[str]:
        """The cities a tie told as what qualifies them is of (與本市締結姊妹市的甲市由…率
        團、乙市由…率團前來: 甲市's only; 已締結友好城市之甲市及乙國乙市: both): those
        listed right after its 的/之, not the others the clause goes on to name."""
        if making is None or not _QUALIFYING.match(clause.norm, making.end()):
            return []
        listed: list[str] = []
        at = making.end() + 1
        for start, end, pid in sorted(clause.places):
            if start < at:
                continue
            gap = clause.norm[at:start]
            if listed and not _JOINER.match(gap):
                break
            joiner = _JOINER.match(gap)
            rest = gap[joiner.end() :] if joiner else gap
            if rest and self.gaz.country(rest) is None:
                break
            if pid != self.home and self.facts.label_of(pid) == Label.CITY:
                listed.append(pid)
            at = end
        return list(dict.fromkeys(listed))

    def _of_kind_next(
        self,
        clause: Clause,
        cities: list[str],
        kinds: list[tuple[int, RelType]],
        rel_type: RelType,
    ) -> list[str]:
        """The cities of `cities` whose next tie written after them is of `rel_type`."""
        kept = []
        for start, _, pid in clause.places:
            after = [kind for at, kind in kinds if at >= start]
            if pid in cities and after and after[0] == rel_type:
                kept.append(pid)
        return list(dict.fromkeys(kept))

    def _tie_partners(self, clause: Clause, sentence_norm: str, rel_type: RelType) -> list[str]:
        """The cities a tie is made with: the foreign ones the clause names, else (unless
        the partner is left unknown) those the sentence is about (訪問…某市、某市及某市
        等市，瞭解締結友好城市之可行性; 與某市簽署…；雙方並就締結友好城市事宜進行洽商),
        both sides named in the sentence so far (雙方同意以此為基礎，進一步洽談締結友好
        城市事宜), or the item's partner; never a mission's seat. A tie named as a
        matter listed with others (某市締結姊妹市案及…與某市之交流) is with the cities
        named before the last tie so named only (甲市締結姊妹市案及乙市締結友好城市案:
        both, each given its kind after)."""
        case = _TIE_CASE_LISTED.search(clause.norm)
        last = list(_TIE_CASE_NAMED.finditer(clause.norm))[-1] if case else None
        cities = (
            (self._foreign_before(clause, last.start()) if last else self._foreign(clause))
            or self._governing_cities(clause)
            or self._tie_partners_spoken_of(clause, sentence_norm, rel_type)
        )
        seats = self._mission_seats(sentence_norm) | _visited_after_tie(clause)
        return [c for c in cities if c not in seats]

    def _foreign_before(self, clause: Clause, end: int) -> list[str]:
        """The foreign cities the clause names before `end`."""
        before = {pid for start, _, pid in clause.places if start < end}
        return [pid for pid in self._foreign(clause) if pid in before]

    def _governing_cities(self, clause: Clause) -> list[str]:
        """The cities whose own council or government acts on the tie (某市議會決議終止
        與本市之姊妹市關係, 某市政府同意締結…): the city is the partner."""
        cities = []
        for mention in self._place_mentions(clause.norm):
            if mention.place.label != "Country" and _GOVERNING_BODY.match(clause.norm, mention.end):
                pid = self.facts.place(mention.place, mention.surface)
                if pid != self.home and self.facts.label_of(pid) == Label.CITY:
                    cities.append(pid)
        return list(dict.fromkeys(cities))

    def _tie_partners_spoken_of(
        self, clause: Clause, sentence_norm: str, rel_type: RelType
    ) -> list[str]:
        """The partners of a tie whose clause names no city: see _tie_partners."""
        text = clause.norm
        return (
            []
            if self._partner_unknown(text)
            else self._cities_of(self.state.subject)
            or self.state.clause_places
            or self._both_sides(sentence_norm[: clause.start + len(text)])
            or self._item_tie_partner(rel_type, clause)
        )

    def _cities_of(self, parties: list[str]) -> list[str]:
        """The cities of the parties spoken of, as ties bind cities: a city itself, a
        body of one its city (某市人民委員會副主席率團訪高，雙方就締結友好城市…協商: the
        city's tie)."""
        cities = []
        for party in parties:
            if self.facts.label_of(party) == Label.ORGANIZATION:
                party = self._city_located_in(party) or party
            cities.append(party)
        return list(dict.fromkeys(cities))

    def _tie_status(self, clause: Clause, sentence_norm: str) -> TieStatus:
        """REVOKED (關係終止), NEGOTIATING (洽談締結, 就締結…交換意見), PLANNED (將締結,
        推動締結, 以締結為目標, 確認協定書內容, an event not held, or a signing put off:
        原預定…簽署，…延至…) or SIGNED."""
        text = clause.norm
        if _TIE_ENDED.search(text):
            return TieStatus.REVOKED
        if self._negotiating(clause, sentence_norm):
            return TieStatus.NEGOTIATING
        discussed = _TIE_DISCUSSED.search(text)  # 雙方就締結姊妹市交換意見: talked of
        if discussed and _ANNIVERSARY.search(discussed.group("after")):
            discussed = None  # 就締結姊妹市10週年活動交換意見: the tie is made
        if discussed and not _FUTURE.search(sentence_norm):
            return TieStatus.NEGOTIATING
        case = _TIE_CASE_NAMED.search(text)  # 某市締結姊妹市案及…: a matter in hand
        if case and _CASE_SETTLED_AFTER.match(sentence_norm, clause.start + case.end()):
            case = None  # 某市締結姊妹市案已於三月十日…簽署完成: settled
        if (
            _PURSUIT.search(text)
            or case
            or discussed  # …交換意見，規劃於明年締結: the plan the talk led to
            or _AGREEMENT_TEXT.search(text)  # 確認姊妹市協定書內容: not yet signed
            or self._agreement_texts_settled(text, sentence_norm)
            or self._future(clause, sentence_norm)
            or _NOT_HELD.search(sentence_norm)
            or _SIGNING_PUT_OFF.search(sentence_norm)
            or _AGREED_THEN_TO_SIGN.search(sentence_norm)
            or self._in_plans_section(clause.sentence)
            or _TIE_IF_MADE.search(text)  # 兩市如能締結友好城市: were it made
            or _TIE_NOT_MADE.search(text)  # 某市尚未成為本市姊妹市: hoped for
            or self._tie_hoped_for(clause, sentence_norm)  # …關係之建立，可望…
        ):
            return TieStatus.PLANNED
        return self._status_carried_on(clause, sentence_norm)

    @staticmethod
    def _agreement_texts_settled(text: str, sentence_norm: str) -> bool:
        """Whether the clause names the agreement's texts in two languages (姊妹市協定書之
        中、英文本) the sentence tells settled after them (雙方已於八月中旬議定), not
        signed (…各二份，已由兩市市長簽署; 共同簽署…協定書中、英文本)."""
        texts = _AGREEMENT_LANGUAGE_TEXTS.search(text)
        if texts is None:
            return False
        return bool(_TEXTS_SETTLED.search(sentence_norm, sentence_norm.find(texts.group())))

    def _status_carried_on(self, clause: Clause, sentence_norm: str) -> TieStatus:
        """The status of a clause that goes on the one before with no verb of its own
        (推動與甲市締結姊妹市，以及與乙市締結友好城市): the one before's; else SIGNED."""
        if clause.start == 0 or not _ITEM_JOINER_OPENING.match(clause.norm):
            return TieStatus.SIGNED
        before = self._clause_at(clause.sentence, clause.start - 2, clause.earlier_dates)
        return self._tie_status(before, sentence_norm)

    @staticmethod
    def _tie_hoped_for(clause: Clause, sentence_norm: str) -> bool:
        """Whether the clause names the tie as what its making would bring, the hope
        told after it (兩市友好城市關係之建立，可望…): the hope must start in the clause."""
        hope = _TIE_HOPED_FOR.search(sentence_norm, clause.start)
        return hope is not None and hope.start() < clause.start + len(clause.norm)

    def _tie_since(
        self, clause: Clause, sentence_norm: str, status: TieStatus, making: re.Match[str] | None
    ) -> str | None:
        """Since when a signed tie holds: the years it counts (締結姊妹市15週年), else the
        clause's date or the one just before it, else the year the sentences are about;
        an ended tie holds since it was made (於2009年締結之姊妹市關係…終止)."""
        counted = self._counted_since(clause, making.end()) if making else None
        if status == TieStatus.SIGNED and counted:  # 締結姊妹市15週年: years before
            return counted
        if status == TieStatus.SIGNED:  # the date of the clause, or the one just before it
            dated = clause.dates[-1:] or clause.earlier_dates[-1:]
            since = _within(dated[0]) if dated else None
            if since is None and self.state.since_year:
                since = str(self.state.since_year)
            return since
        if status == TieStatus.REVOKED:  # 於2009年締結之姊妹市關係…終止: since the tie was made
            return _made_since(clause, sentence_norm)
        return None

    def _sisters_answering_invitation(self, clause: Clause) -> None:
        """「邀請姊妹市參加，某市及某市每年都派遣代表團來」: the cities opening the clause
        after one inviting the sister cities are of them."""
        before = self._clause_before(clause)
        if not (clause.start and _SISTERS_INVITED.search(before)):
            return
        opening = self._enumeration_after(clause, 0) or [
            pid for s, _, pid in clause.places[:1] if s == 0 and pid != self.home
        ]
        self._ties_of_cities(RelType.SISTER_CITY_OF, opening, clause)

    def _ties_of_cities(self, tie: RelType, cities: list[str], clause: Clause) -> None:
        """Standing ties with the cities of a list, each made when the parentheses right
        after it say (甲市（民國55年締結）)."""
        for city in cities:
            if self.facts.label_of(city) == Label.CITY:
                self.facts.relate(
                    tie,
                    self.home,
                    city,
                    clause.sentence,
                    status=TieStatus.SIGNED,
                    since=self._listed_since(clause, city),
                )

    def _sisters_singled_out(self, clause: Clause) -> None:
        """「本市現有姊妹市中，以甲市（民國55年締結）、乙市及丙市往來最為頻繁」: the cities
        a clause singles out (以, 其中, 尤以) from the ties the clause before names are
        those ties, each made when its parentheses say."""
        before = self._clause_before(clause)
        told = _TIES_AMONG.search(before)
        opening = _SINGLED_OUT.match(clause.norm)
        if not (clause.start and told and opening):
            return
        owner = before[: told.start()]
        if owner.endswith("非") or any(
            m.place.id != self.home_place.id for m in self._place_mentions(owner)
        ):
            return  # 非姊妹市中, 某市現有姊妹市中: a set not the city's own ties
        tie = RelType.SISTER_CITY_OF if "姊妹" in told.group() else RelType.FRIENDSHIP_CITY_OF
        listed = self._enumeration_after(clause, opening.end()) or [
            pid for s, _, pid in clause.places[:1] if s == opening.end() and pid != self.home
        ]
        self._ties_of_cities(tie, listed, clause)

    @staticmethod
    def _held_not_made(text: str, making: re.Match[str] | None) -> bool:
        """Whether the words read as a tie's making name a standing relation instead
        (與甲市(2002年締結)、乙市間的友好城市關係): read by _ties_held, city by city."""
        return making is not None and any(
            held.start() <= making.start() < held.end() for held in _standing_ties(text)
        )

    def _ties_held(self, clause: Clause) -> None:
        """「本市與甲市(1966年締結)及乙市之姊妹市關係歷久彌新」: ties told as standing
        relations with the cities between 與 and 之, each made when the parentheses right
        after it say; not one still to be made (建立與某市之姊妹市關係)."""
        text = clause.norm
        for held in _standing_ties(text):
            tie = (
                RelType.SISTER_CITY_OF
                if "姊妹" in held.group()[-6:]
                else RelType.FRIENDSHIP_CITY_OF
            )
            for start, end, pid in clause.places:
                if not (held.start(1) <= start and end <= held.end(1)) or pid == self.home:
                    continue
                if self.facts.label_of(pid) != Label.CITY or self._tie_stated_otherwise(tie, pid):
                    continue
                self.facts.relate(
                    tie,
                    self.home,
                    pid,
                    clause.sentence,
                    status=TieStatus.SIGNED,
                    # 與甲市的姊妹市關係，則是在民國75年建立: when the next clause says
                    since=_made_in_parens_after(clause, end) or _made_in_next_clause(clause),
                )

    def _both_tied(self, clause: Clause) -> None:
        """「就兩姊妹市間港埠交流交換意見」: the two cities spoken of by their tie, the
        city and the one foreign city the sentence named before, hold it."""
        both = _BOTH_TIED.search(clause.norm)
        wished = clause.norm[: both.start()] if both else ""  # 期盼日後建立兩姊妹市之情誼
        if both is None or wished.count("「") > wished.count("」"):
            return  # 「兩姊妹市間青年論壇」: words of a title
        status = (
            TieStatus.PLANNED
            if _PURSUIT.search(wished) or _FUTURE.search(wished)
            else TieStatus.SIGNED
        )
        tie = RelType.SISTER_CITY_OF if both.group(1) == "姊妹" else RelType.FRIENDSHIP_CITY_OF
        before = clause.sentence.norm[: clause.start + both.start()]
        cities = {
            m.place.id: m
            for m in self._place_mentions(before)
            if m.place.label == "City" and m.place.id != self.home_place.id
        }
        if len(cities) != 1:
            return
        (mention,) = cities.values()
        city = self.facts.place(mention.place, mention.surface)
        if not self._tie_stated_otherwise(tie, city):
            self.facts.relate(tie, self.home, city, clause.sentence, status=status)

    def _tie_in_passing(self, clause: Clause, match: re.Match[str], tie: RelType) -> None:
        """「某市姊妹市」, 「本市姊妹市某市」, 「友好城市某市」: an existing tie named in
        passing, with the city beside the word (and its rank, 本市第28個姊妹市某市（102年
        6月締結）) or the cities listed after or before it."""
        if _passing_word_is_no_tie(clause.norm, match) or self._tie_of_another(clause, match):
            return
        ranked = _RANKED_AS.search(clause.norm[: match.start()])  # 本市第28個姊妹市
        near = self._city_beside(clause, match, ranked)
        made_before = None
        if ranked and not near and ranked.start() == 0:
            near, made_before = self._city_made_before(clause)
        if not near and _CALLED_OURS_OPENING.match(clause.norm[: match.start()]):
            near = self._city_closing_clause_before(clause)
        listed = [c for c in self._cities_listed_with(clause, match) if c not in near]
        earlier = self._partners_ranked_after(clause, ranked)
        listed += [c for c in earlier if c not in near + listed]
        for city in dict.fromkeys(near[:1] + listed):
            if self._tie_stated_otherwise(tie, city):
                continue  # 洽商締結姊妹市 read before: a passing word does not sign it
            self.facts.relate(
                tie,
                self.home,
                city,
                clause.sentence,
                status=TieStatus.SIGNED,
                # 本市第28個姊妹市某市（102年6月締結）: its rank and when it was made
                ordinal=numeral_value(ranked.group(1)) if ranked and city in near[:1] else None,
                since=(
                    (made_before or (None if earlier else _made_in(clause)))
                    if city in near[:1]
                    # 姊妹市甲市（民國55年締結）、乙市（民國77年締結）: each its own
                    else self._listed_since(clause, city)
                ),
            )

    def _partners_ranked_after(self, clause: Clause, ranked: re.Match[str] | None) -> list[str]:
        """The cities a rank says it comes after (本市繼甲市（1966年締結）、乙市之後之第三個
        姊妹市): earlier partners of the same kind (their making, in brackets, is theirs,
        not the ranked city's)."""
        after = _AFTER_EARLIER.search(ranked.group()) if ranked else None
        if ranked is None or after is None:
            return []
        start, end = ranked.start() + after.start(1), ranked.start() + after.end(1)
        return [
            pid
            for s, e, pid in clause.places
            if start <= s
            and e <= end
            and pid != self.home
            and self.facts.label_of(pid) == Label.CITY
        ]

    def _city_closing_clause_before(self, clause: Clause) -> list[str]:
        """The foreign city whose name closes the clause before (遠在南半球的某國某市，
        同樣是本市的姊妹市): the one the clause calls the city's partner."""
        before = self._clause_before(clause)
        closing = [m for m in self._place_mentions(before) if m.end == len(before)]
        city = self.facts.place(closing[-1].place) if closing else None
        if city is None or city == self.home or self.facts.label_of(city) != Label.CITY:
            return []
        return [city]

    def _city_made_before(self, clause: Clause) -> tuple[list[str], str | None]:
        """The city a rank with no subject of its own is told of, opening the clause
        before with the time the tie was made (甲市自民國55年締結，為本市第一個姊妹市):
        that city, and when."""
        before = _CLAUSE_BREAK.split(clause.sentence.norm[: clause.start])
        if len(before) < 2:
            return [], None
        part = before[-2]
        at = len(clause.sentence.norm[: clause.start]) - len(before[-1]) - 1 - len(part)
        mentions = self._place_mentions(part)
        made = _TIE_MADE_AT.search(part)
        if not mentions or made is None or mentions[0].end > made.start():
            return [], None
        # the city opening the clause (not 在某都締結, where it was signed); none when the
        # clause makes a tie between it and another (甲市於某年與乙市締結)
        if "與" in part[mentions[0].end : made.start()]:
            return [], None
        city = self.facts.place(mentions[0].place)
        if city is None or city == self.home or self.facts.label_of(city) != Label.CITY:
            return [], None
        since = _dated_before(clause.earlier_dates, at + made.start(), 2)
        return [city], since

    @staticmethod
    def _listed_since(clause: Clause, city: str) -> str | None:
        """When a city listed with a passing tie word was made its partner, told in the
        parentheses right after it (甲市（1966年締結）、乙市（1988年締結）)."""
        for _, end, pid in clause.places:
            if pid == city:
                since = _made_in_parens_after(clause, end)
                if since:
                    return since
        return None

    def _tie_of_another(self, clause: Clause, match: re.Match[str]) -> bool:
        """Whether a passing tie word is held by another city written before it as its
        owner (某市之姊妹市某市議會, 該市姊妹市, 其友好城市): that city's tie, none of
        ours (本市之姊妹市 is ours)."""
        opened = clause.norm[: match.start()]
        if _TIE_OWNER_REFERRED.search(opened):
            return True
        owned = _OWNED_BY.search(opened)
        return bool(owned) and any(
            e == owned.start() and pid != self.home and self.facts.label_of(pid) == Label.CITY
            for _, e, pid in clause.places + clause.seats
        )

    def _city_beside(
        self, clause: Clause, match: re.Match[str], ranked: re.Match[str] | None
    ) -> list[str]:
        """The cities right beside a passing tie word (某市姊妹市, 姊妹市某市之某某協會,
        某市為本市第一個姊妹市, 某市則為本市在歐洲之重要姊妹市); not one joined to a list
        before it (某市及友好城市某市)."""
        text = clause.norm
        called = _CALLED_OURS.search(text[: match.start()])
        if called and _OURS_BARE.search(called.group()) and _TIE_QUALIFIES.match(text, match.end()):
            called = None  # 某市亦為本市姊妹市之鄰近城市: the tie qualifies another noun
        beside = [
            pid
            for s, e, pid in clause.places + clause.seats  # 姊妹市某市之某某協會
            if pid != self.home
            and self.facts.label_of(pid) == Label.CITY
            # 甲市及友好城市乙市: a city joined to the list before is not this tie's
            and (
                (
                    0 <= match.start() - e <= 1
                    # 甲國某市，友好城市乙市 (a list's commas group it): the comma parts them
                    and not _JOINER.fullmatch(text[e : match.start()])
                    and not _CLAUSE_BREAK.fullmatch(text[e : match.start()])
                )
                or 0 <= s - match.end() <= 2
                or bool(ranked and ranked.start() == e)  # 某市為本市第一個姊妹市
                or bool(called and called.start() == e)  # 某市則為本市在歐洲之重要姊妹市
            )
        ]
        return self._city_opening_body_after(text, match.end()) + beside

    def _city_opening_body_after(self, text: str, at: int) -> list[str]:
        """The foreign city whose name opens the name of one of its bodies right after a
        tie word (美國姊妹市某市議會議員…: 某市, the council's seat, found as no party)."""
        mentions = self._place_mentions(text[at:])
        opening = mentions[0] if mentions and mentions[0].start == 0 else None
        if (
            opening is None
            or opening.place.label != "City"
            or opening.place.id == self.home_place.id
            or not self._names_organization(text, replace(opening, start=at, end=at + opening.end))
        ):
            return []
        return [self.facts.place(opening.place, opening.surface)]

    def _cities_listed_with(self, clause: Clause, match: re.Match[str]) -> list[str]:
        """The enumeration a passing tie word names (姊妹市某市、某市…及某市), after it
        or before it; of a list named a group of another kind (姊妹市某市、某市及某市等
        港灣城市) only the first city."""
        # 姊妹市包括甲市、乙市及丙市, 姊妹市如甲市、乙市等: the list opened by a word of listing
        opening = _LISTED_AFTER_WORD.match(clause.norm, match.end()) or _LISTED_AS_EXAMPLES.match(
            clause.norm, match.end()
        )
        after = self._listed_alike(clause, opening.end() if opening else match.end())
        if after and self._regrouped(clause, after[-1]):
            # 姊妹市A市、B市及C市等港灣城市: the list is named a group of another kind,
            # so 姊妹市 tells of its first city only
            after = after[:1]
        return after + self._enumeration_before(clause, match.start())

    def _listed_alike(self, clause: Clause, position: int) -> list[str]:
        """The cities listed right after `position` (_enumeration_after) that are written
        alike: after a first city written alone, one written with its country (姊妹市
        甲市及某國乙市) is brought in anew, no longer of the word before the list."""
        after = self._enumeration_after(clause, position, first_group=True)
        written = {}
        for mention in self._place_mentions(clause.norm):
            if mention.start >= position:
                written.setdefault(mention.place.id, mention.country_prefix)
        if not after or written.get(after[0], True):
            return after
        alike = list(itertools.takewhile(lambda city: not written.get(city), after))
        return alike if len(alike) > 1 else []

    def _alliance_since(self, clause: Clause) -> None:
        """A tie told by 結盟 or 締盟 alone since a year (本市與某市自民國70年結盟以來): the
        tie the city holds with the one partner the clause names, dated since then; a
        sister-city tie (what a city's 結盟 is) where none of either kind was read."""
        told = _ALLIANCE_SINCE.search(clause.norm)
        partners = [c for c in self._foreign(clause) if self.facts.label_of(c) == Label.CITY]
        if told is None or len(partners) != 1 or _TIE_WORD.search(clause.norm):
            return
        if not self._allied_bare(clause, partners[0]):
            return  # 本市某港與某國某港於1984年締盟: the bodies' alliance
        since = _dated_before(clause.dates, clause.start + told.end(), 12, since_too=True)
        if since is None:
            return
        partner = partners[0]
        held = [
            r
            for r in self.facts.relations.values()
            if r.type in (RelType.SISTER_CITY_OF, RelType.FRIENDSHIP_CITY_OF)
            and {r.source, r.target} == {self.home, partner}
        ]
        tie = held[0].type if held else RelType.SISTER_CITY_OF
        self.facts.relate(
            tie, self.home, partner, clause.sentence, status=TieStatus.SIGNED, since=since
        )

    def _allied_bare(self, clause: Clause, partner: str) -> bool:
        """Whether the clause allies the city and `partner` as places, no body of either
        named: 本市與(某國)某市自…結盟, 某市與本市於…締盟 (_ALLIED_HOME_FIRST,
        _ALLIED_CLOSING)."""
        for start, end, pid in clause.places:
            if pid != partner or not _ALLIED_CLOSING.match(clause.norm[end:]):
                continue
            before = clause.norm[:start]
            country = next((k for k in range(6, 1, -1) if self.gaz.country(before[-k:])), 0)
            before = before[: len(before) - country]
            if clause.norm[end:].startswith("與") or _ALLIED_HOME_FIRST.search(before):
                return True
        return False

    def _restate_made(self, clause: Clause) -> None:
        """A clause telling only when a tie the sentence just named was made (某市為本市
        第一個姊妹市，自1966年締結迄今…; 本市姊妹市某市，兩市於2005年結盟): that tie's since."""
        since = _made_in(clause)
        if since is None:
            return
        named = [
            r
            for r in self.facts.relations.values()
            if r.type in (RelType.SISTER_CITY_OF, RelType.FRIENDSHIP_CITY_OF)
            and r.properties.get("status", TieStatus.SIGNED) == TieStatus.SIGNED
            and told_in(r, clause.sentence)
        ]
        others = [c for c in self._foreign(clause) if c not in {r.target for r in named}]
        if len(named) == 1 and not others:  # 兩市於1985年結盟: the same partner
            tie = named[0]
            self.facts.relate(tie.type, tie.source, tie.target, clause.sentence, since=since)

    def _negotiating(self, clause: Clause, sentence_norm: str) -> bool:
        """Whether the tie is still being negotiated: the clause negotiates, or the
        sentence does, unless its talks came before a dated signing (經多次協商，於某日
        簽署姊妹市協定書 / 雙方協商後，於某日正式締結友好城市，某市成為本市第N個姊妹市)."""
        talks = _talks_on_the_tie(sentence_norm)
        if talks and _DECLINE_WORD.search(sentence_norm, talks[-1].end()):
            return False  # 去函表達續商締結友好城市之意願，惟對方回函婉拒: no talks
        if _talks_on_the_tie(clause.norm):
            return True
        if not talks:
            return False  # none, or only talks told as done (經多次協商，預計於11月簽署…)
        if talks[-1].end() > clause.start:
            return True  # talks told after the tie: still going
        if self._talks_with_others(clause, sentence_norm, talks[-1]):
            return False  # 與甲市…持續洽商，乙市市長表達締結…意願: not 乙市's talks
        end = clause.start + len(clause.norm)
        after = talks[-1].end()
        signed = _AGREEMENT.search(sentence_norm, after, end) or _TIE_MADE_AT.search(
            sentence_norm, after, end
        )
        dated = any(after <= d.text_start < end for d in clause.earlier_dates + clause.dates)
        return not (signed and dated and not _FUTURE.search(sentence_norm, after, end))

    def _talks_with_others(self, clause: Clause, sentence_norm: str, talks: re.Match[str]) -> bool:
        """Whether talks told in an earlier clause of the sentence are with other cities
        than the ones this clause names (與甲市締結姊妹市一案仍持續洽商，…，乙市市長則
        表達締結友好城市之意願)."""
        own = set(self._foreign(clause))
        if not own:
            return False
        parts = _CLAUSE_BREAK.split(sentence_norm[: clause.start])
        told = next(
            (p for p in reversed(parts) if p and _NEGOTIATING.search(p) and talks.group() in p),
            "",
        )
        theirs = {m.place.id for m in self._place_mentions(told)}
        return bool(theirs) and not own & theirs

    def _counted_since(self, clause: Clause, made: int) -> str | None:
        """The year a tie was made, told by an anniversary after its making (締結姊妹市
        15週年, 締結友好城市屆滿十周年): that many years before the clause's year."""
        counted = _ANNIVERSARY.search(clause.norm[made:])
        years = numeral_value(counted.group(1)) if counted else None
        if not years:
            return None
        dated = clause.dates[-1:] or clause.earlier_dates[-1:]
        year = dated[0].year if dated else (self.period.year if self.period else None)
        return str(year - years) if year else None

    def _talks_on_item_tie(self, clause: Clause) -> None:
        """In an item headed by a tie's making (與某市洽談締結友好城市), a clause of its
        text telling talks going on that name no kind of tie (目前由秘書處與該市洽商締結
        事宜, 雙方正就協定內容進行洽談): the heading's tie, still negotiated."""
        text = clause.norm
        if not (_ongoing_talks(text) and _TIE_TALKED_OF.search(text)):
            return
        if _SISTER.search(text) or _FRIENDSHIP.search(text):
            return  # a kind named: the other tie rules read it
        named = set(self._foreign(clause))
        for rel_type in (RelType.SISTER_CITY_OF, RelType.FRIENDSHIP_CITY_OF):
            for city in self._item_tie_partner(rel_type, clause):
                if named - {city} or self.facts.label_of(city) != Label.CITY:
                    continue  # talks with another city than the heading's
                self.facts.relate(
                    rel_type, self.home, city, clause.sentence, status=TieStatus.NEGOTIATING
                )

    def _item_tie_partner(self, rel_type: RelType, clause: Clause) -> list[str]:
        """The partner of the tie an item's heading makes (與某市締結友好城市), for a
        clause of its text signing it with no partner named (並於某日與陳市長共同簽署
        「友好城市協定書」, 於某日正式簽署協定)."""
        if clause.sentence.is_heading:
            return []
        headings = self._heading_spans(clause.sentence.section)
        partners = {
            r.target
            for r in self.facts.relations.values()
            if r.type == rel_type
            and r.source == self.home
            and any((e.start, e.end) in headings for e in r.evidence)
        }
        return list(partners) if len(partners) == 1 else []

    def _partner_unknown(self, text: str) -> bool:
        """Whether the clause names the partner of its tie by a name no place read
        resolves (某市正式成為本市第N個姊妹市, with 某市 unknown): then the tie is not
        the place spoken of before."""
        named = _TIE_PARTNER.search(text)
        if named is None or len(named.group(1)) == 2:
            return False  # 與本市締結, 兩市締結: no name
        return not any(m.place.label != "Country" for m in self._place_mentions(named.group(1)))

    def _regrouped(self, clause: Clause, last: str) -> bool:
        """Whether the enumeration ending with city `last` is closed by 等 and a group
        of another kind than ties (等港灣城市, 等亞洲城市), not 等姊妹市 or 等城市."""
        ends = [e for _, e, pid in clause.places if pid == last]
        if not ends:
            return False
        rest = clause.norm[ends[-1] :]
        grouped = _GROUPED_CITIES.match(rest)
        return bool(grouped and grouped.group(1) and not _TIE_WORD.search(grouped.group(1)))

    def _tie_stated_otherwise(self, tie: RelType, city: str) -> bool:
        """Whether the report already states the tie with `city` as not (yet) signed."""
        return any(
            r.type == tie
            and {r.source, r.target} == {self.home, city}
            and r.properties.get("status", TieStatus.SIGNED) != TieStatus.SIGNED
            for r in self.facts.relations.values()
        )

    def _enumeration_before(self, clause: Clause, position: int) -> list[str]:
        """The cities listed right before `position` (美國某某市、韓國某某廣域市等姊妹市;
        甲市及今年締結之乙市等姊妹市)."""
        found: list[str] = []
        next_start = position
        for start, end, pid in reversed(clause.places):
            if end > position:
                continue
            gap = clause.norm[end:next_start]
            joined = (
                _LIST_CLOSE.fullmatch(gap)
                if not found
                else _JOINER.fullmatch(gap) or _JOINER_QUALIFYING.fullmatch(gap)
            )
            if not joined:
                break
            if pid != self.home and self.facts.label_of(pid) == Label.CITY:
                found.append(pid)
            next_start = start
        return found[::-1] if len(found) > 1 else []

    def _enumeration_after(
        self, clause: Clause, position: int, first_group: bool = False
    ) -> list[str]:
        """The cities listed right after `position`, joined by 、及與和暨; with
        `first_group`, only those before a 暨 joining a second group to a list joined by
        、 (姊妹市甲市、乙市暨丙市、丁市: 甲市 and 乙市)."""
        found: list[str] = []
        gaps: list[str] = []
        previous_end = position
        for start, end, pid in clause.places:
            if start < position:
                continue
            made = _MADE_IN_PARENS.match(clause.norm, previous_end) if found else None
            # 甲市（1966年締結）、乙市: the making told of a city listed stays within the list
            gap = clause.norm[made.end() if made and made.end() <= start else previous_end : start]
            if not (gap == "" or (found and _JOINER.fullmatch(gap))):
                break
            if first_group and gap == "暨" and "、" in gaps:
                break
            gaps.append(gap)
            if pid != self.home and self.facts.label_of(pid) == Label.CITY:
                found.append(pid)
            previous_end = end
        return found if len(found) > 1 else []

    def _rule_sister_item(self, clause: Clause) -> None:
        """In a section on the exchanges with the sister cities (二、姊妹市交流), an item
        headed by a city alone (（三）某國某市) is of a sister city: a tie made. One headed
        by a prefecture or state (（五）日本某縣) is a partner of another kind unless its
        text tells the tie (帛琉科羅州: 締結第29個姊妹市)."""
        section = self._section(clause.sentence.section)
        if section is None or section.parent is None or not clause.sentence.is_heading:
            return
        parent = self.parsed.sections[section.parent]
        title = _ITEM_NUMBER_OPENING.sub("", normalize(parent.title))
        if not _SISTERS_SECTION.match(title):
            return
        heading = _ITEM_NUMBER_OPENING.sub("", clause.norm).rstrip("。")
        mentions = self._place_mentions(heading)
        if not mentions or "".join(m.surface for m in mentions) != heading:
            return  # 姊妹市節慶致意, 某市議會議長率團來訪: no item of a city alone
        body = normalize(self.facts.text[section.start : section.end])
        if _FRIENDSHIP.search(body) or _NEGOTIATING.search(body):
            return  # its text tells a tie of another kind, or one talked of: that one
        if any(m.place.admin_level == "admin1" for m in mentions if m.place.label == "City"):
            # （五）日本某縣: a prefecture or state, whose tie its text tells, if any (a
            # county or ward, 美國某某郡, is a partner as a city is)
            return
        for city in self._foreign(clause):
            self.facts.relate(
                RelType.SISTER_CITY_OF, self.home, city, clause.sentence, status=TieStatus.SIGNED
            )

    def _rule_pursued_item(self, clause: Clause) -> None:
        """In a section on pursuing new ties, a list item headed by places is a pursued
        tie, or a pursued MOU where the item speaks of memorandums."""
        section = self._section(clause.sentence.section)
        if section is None or section.parent is None or not clause.sentence.is_heading:
            return
        parent = self.parsed.sections[section.parent]
        cities = self._foreign(clause)
        if not cities or not _PURSUIT_SECTION.search(normalize(parent.title)):
            return
        body = normalize(self.facts.text[section.start : section.end])
        also = [
            s
            for s in self.parsed.sentences
            if s.section == clause.sentence.section and s.is_heading is False
        ]
        if _MOU_OR_ACCORD.search(body) and not (_SISTER.search(body) or _FRIENDSHIP.search(body)):
            signing = list(_AGREEMENT.finditer(body))
            titled = _AGREEMENT_NOUN.search(body[signing[-1].end() :] if signing else body)
            title = _TITLE_OPENING.sub("", titled.group(1)) if titled else ""
            for city in cities:
                self.facts.relate(
                    RelType.SIGNED_MOU,
                    self.home,
                    city,
                    clause.sentence,
                    also,
                    status=TieStatus.PLANNED,
                    title=title,
                )
            return
        status = TieStatus.NEGOTIATING if _NEGOTIATING.search(body) else TieStatus.PLANNED
        # the item's text says which tie is pursued: 朝締結友好城市方向推動 is a
        # friendship tie, not a sister one (the section's title names both kinds)
        tie = (
            RelType.FRIENDSHIP_CITY_OF
            if _FRIENDSHIP.search(body) and not _SISTER.search(body)
            else RelType.SISTER_CITY_OF
        )
        for city in cities:
            self.facts.relate(tie, self.home, city, clause.sentence, also, status=status)
