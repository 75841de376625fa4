"""The genre's grammar: the words and patterns the reading rules look for.

All patterns are compiled through `normalize`, so they match 臺 and 台, full-width and
half-width alike. They describe the genre (締結姊妹市, 由…率團, 邀請…參加), never a
particular sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from loaders.names import NAME_DOTS
from loaders.people import ACCOUNTING_VERB
from loaders.reading import rx

# --- General pieces: clauses, names, dates --------------------------------------------

#: A colon before a date ends a clause too: 率團赴某國考察：3月3日至5日於甲市…，3月6日
#: 轉赴乙市 (the itinerary after it goes stop by stop).
#: So does the close of a quotation ending with its own full stop, when the sentence
#: goes on after it (某市長指出：「…。」他並當面邀請本府…: another clause).
_CLAUSE_BREAK = rx(r"[,,;;]|:(?=\d|[〇一二三四五六七八九十]{1,3}月)|(?<=[。!?])」(?=.)")
#: A list that a comma does not end: opened by 計有/包括 or by inviting (計有甲國某市、某市，
#: 乙國某市及某市等4個城市…; 邀請甲國某市，以及乙國某市等國內外12個城市…), closed by its
#: count; the commas group its items by country.
_LIST_OPENING = rx(r"計有|共有|包括|包含|邀請|函邀")
#: The ties a clause speaks of as a set, ending it: 本市現有姊妹市中, 在友好城市當中.
_TIES_AMONG = rx(r"(?:姊妹|友好|友誼)(?:城)?市(?:中|當中|之中)$")
#: The opening of a clause singling some out of a set: 以甲市…最為頻繁, 其中, 尤以; or
#: none, the list opening the clause right after the set (姊妹市中，甲市、乙市等…最為頻繁).
_SINGLED_OUT = rx(r"(?:尤以|其中以|其中|以)?")
#: Words opening the list of what a noun names, right after it: 姊妹市包括甲市、乙市,
#: 友好城市計有….
_LISTED_AFTER_WORD = rx(r"(?:計有|共有|包括|包含)")
#: Words opening examples of what a noun names, right after it: 姊妹市如甲市、乙市等.
_LISTED_AS_EXAMPLES = rx(r"(?:例如|諸如|如)")
_LIST_CLOSING = rx(
    r"等(?:國內外|海內外|國內|國外|全球)?\d+(?:個|座|位|名)?(?:城市|市|縣市|縣|國|單位|團體)"
)
#: The longest stretch between two commas of such a list: a few places with their
#: country or kind (友好城市日本某某市, 以及菲律賓某某市).
_LIST_STRETCH = 24
#: A run of Chinese characters, nothing else: 王大明, 某某大學.
_HAN = rx(r"[\u4e00-\u9fff]+")
#: The Chinese characters opening a text, maybe none: 某某節 of 某某節(Flower Festival).
_HAN_RUN = rx(r"[\u4e00-\u9fff]*")
#: The run of Han characters ending a text (the name going on before a place).
_HAN_TAIL = rx(r"[\u4e00-\u9fff]+$")
#: A sentence's parts, up to the next ；.
_SEMICOLON = rx(r"[;；]")
#: A quoted name, its words taken: 「某某論壇」.
_QUOTED_TEXT = rx(r"「([^「」]+)」")
#: The verbs of attending that take what is attended: 參加, 參與, 出席, 列席 (as an
#: observer), 參展.
_ATTEND_VERB = r"參加|參與|出席|列席|參展"
#: Attending: 參加, 參與, 出席, 與會 (the other verbs of taking part are added where read).
_ATTEND = _ATTEND_VERB + r"|與會"
#: What a visit was for, in a word: 參訪, 考察, 觀摩, 研修, 交流 (某市考察).
_VISIT_PURPOSE_WORDS = r"參訪|訪問|考察|觀摩|參加|參與|研修|交流"
#: The word before where something is: 在, 於, 假 (假某飯店舉行: held at).
_AT_WORD = r"(?:在|於|假)"
#: A word of a place: 市, 城市, 縣, 州.
_PLACE_WORD = rx(r"市|城市|縣|州")
#: A gloss in brackets after a name: 某市(Some City), 王大明(Wang Da-ming).
_GLOSS_TEXT = r"\([^()]*\)"
_GLOSS = rx(_GLOSS_TEXT)
#: Words ending in Latin letters (Port of Somewhere + 副局長): a name written whole.
_LATIN_END = rx(r"[A-Za-z]$")
#: A body's name written only in Latin letters (Port of Somewhere, Harbor Board).
_LATIN_NAME = rx(r"[A-Za-z][A-Za-z .'&-]*[A-Za-z.]")
#: A heading's closing gloss (行程紀要(9月3日至6日訪問甲市，9月6日至8日訪問乙市)).
_HEADING_GLOSS = rx(r"\([^()]*\)$")
#: A gloss right at the start: (Some City)率團….
_GLOSS_OPENING = rx("^" + _GLOSS_TEXT)
#: A gloss at the end: 某高中(Some High School) of 某高中(Some High School)師生一行.
_GLOSS_CLOSING = rx(_GLOSS_TEXT + "$")
#: The first few Chinese characters of a text: 某某節 of 某某市某某節.
_HAN_WORDS = rx(r"[\u4e00-\u9fff]{1,8}")
#: A character of a date written in digits: 102年8月1日, 3月1日至5日.
_DATE_CHAR = r"[\d年月日至~-]"
#: A date in digits, by whole numbers (8月3日至5日; not the 日 of 日本 after it).
_DATE_DIGITS = r"(?:\d+[年月日]|[\d至~-])+"
#: A year, month or day in Chinese numerals: 九十二年, 一月, 十三日 (not 一行, 三民).
_NUMERALS_OF_DATE = r"[〇○零一二三四五六七八九十百]+[年月日]"
#: An ordinal's number in figures or Chinese numerals (第12屆, 第十二屆).
_ORDINAL_NUMBER = r"(?:\d+|[一二三四五六七八九十百]+)"
#: A part of a month: 3月上旬, 5月初, 年底.
_PART_OF_MONTH = r"上旬|中旬|下旬|初|底"
#: A date opening a clause, by whole numbers so 日本 stays: 同年, 今年, 8月3日至5日
#: (unlike _DATE_PREFIX, which strips any 年, 月 or 日), with the space a dated list
#: item sets after it (3月5日　某市某某訪問團來訪), or a news release's dateline (〔108.4.18〕)
#: and a day told relative to it (昨（二十六）日).
_DATE_HEAD = rx(
    r"^(?:〔[\d./\s]+〕|[昨今明]\([一二三四五六七八九十廿卅\d]{1,3}\)日"
    r"|同年|今年|\d+[年月日]|[\d./至~-])+\s*"
)
#: A date in digits opening a clause: 3月1日,本府….
_DATE_OPENING = rx("^" + _DATE_DIGITS + ",?")
#: A date in digits or Chinese numerals ending a clause after 於: 某大學於3月12日,
#: 某廳於一月二十三日.
_ON_DATE_CLOSING = rx("於(?:" + _DATE_DIGITS + "|(?:" + _NUMERALS_OF_DATE + "|至)+)$")
#: Another clause of the same occasion: 會後, 隨後, 同日, 當日, 當天, 席間.
_SAME_OCCASION = rx(r"會後|隨後|同日|當日|當天|席間")
#: A sentence opening with the stay the text just told, as the time of what it tells:
#: 訪問期間, 會議期間, 停留期間 (訪問期間，林秘書長拜會某市市長…).
_DURING_THE_STAY = rx(r"^(?:訪問|會議|參訪|停留|考察)期間,")
#: A clause opening after an act the sentence before told and dated, on that day:
#: 簽約後, 簽署完成後, 儀式結束後, 會後.
_AFTER_AN_ACT = rx(
    r"^(?:(?:簽約|簽署|簽字|締約|儀式|典禮|會議|會談)(?:結束|完成)?(?:之)?後|會後|席間)"
)
#: The same, told within a clause after its subject (簽約儀式由某市長主持，某市長並於會後
#: 與某局長會談): on the day of the act told.
_AFTER_AN_ACT_WITHIN = rx(r"(?:並|亦)?於" + _AFTER_AN_ACT.pattern.removeprefix("^"))

# --- The home side --------------------------------------------------------------------

#: The home city as a party: 本府, 本市, 市府.
_HOME_NAMES = r"本府|本市|市府"
_HOME = r"(?:" + _HOME_NAMES + ")"
#: The titles of the home officials a meeting names as the home side: 市長, 代理市長,
#: 副市長, 秘書長, 副秘書長 (陳市長, 王大明副市長).
_HOME_TITLE = r"(?:代理市長|副?市長|副?秘書長)"
#: The home city opening a text, or the whole of it: 本府舉辦…, 本市.
_HOME_PARTY = rx(_HOME)
#: The home city as the other side of 與, or alone: 與本府, 本市.
_WITH_HOME = rx(r"(?:與)?" + _HOME)
#: Invited by the home city, said of the invitee: 受本府邀請, 應本市之邀, 獲市府邀請.
_INVITED_BY_HOME = rx(r"(?:受|應|獲)(?:" + _HOME_NAMES + r"|高雄市政府)(?:之)?邀")
#: Where a body is seated, the place after it (各國駐華機構多設於臺北, 總部位於東京): the
#: place is a location, not whom the clause is about.
_SEATED_AT = rx(r"(?:設|位|座落|坐落)(?:於|在)$")
#: The same said of an official named with a home title (應王大明市長之邀): the name, which
#: the reader checks is a home official's (not 應某市長某某之邀 of a city abroad).
_INVITED_BY_OFFICIAL = rx(r"(?:受|應|獲)([\u4e00-\u9fff]{2,4}?)" + _HOME_TITLE + r"(?:之)?邀")
#: A name and then a home title, the whole of the words (王大明市長): the name.
_NAME_THEN_HOME_TITLE = rx(r"([\u4e00-\u9fff]{2,4}?)" + _HOME_TITLE)
#: The home government, whose bureaus act for it: 本府某局, 市府某處.
_HOME_GOVERNMENT = r"(?:本府|市府)"
#: A bureau's report in its own voice naming itself (本局, 本處): one of the city's own
#: bureaus, whichever wrote the item (a meeting's minutes, each bureau reporting).
_OWN_BUREAU = r"(?:本局|本處)"
_OWN_BUREAU_NAMED = rx(rf"(?:{_OWN_BUREAU})$")

# --- What did or did not take place, and what is to come ------------------------------

_FUTURE = rx(r"將|未來|預計|預定|明年|擬|規劃|願|計畫|計劃|期盼|可行性|方向|同意於|下半年|屆時")
#: A time to come named in the words of a topic, an aim or an event (明年, 下半年, 來年,
#: 下屆): those words then date what the sentence tells.
_TIME_TO_COME = r"明年|下半年|來年|下屆"
#: A time to come written alone (明年, 明年度).
_TIME_TO_COME_WORD = rx(r"(?:" + _TIME_TO_COME + r")度?")
#: What a talk was on (兩市長就交流成果及未來合作方向交換意見): its topic is no time of
#: what the sentence tells; unless it names a time (就明年互訪計畫交換意見), which dates
#: what follows.
_TALK_TOPIC = rx(
    r"就(?![^,;。「」]*?(?:" + _TIME_TO_COME + r"|\d+年))[^,;。「」]{1,30}?"
    r"(?:交換意見|意見交換|交流意見|進行會談|進行討論|會談|討論|研商|商談)"
)
#: A plan acted on, not one to come: 依上半年之規劃, 依原訂計畫, 依照年度計劃 (…派員赴…).
_PLAN_FOLLOWED = rx(r"依(?:照|循|據)?[^,;。]{0,8}?(?:規劃|計畫|計劃)")
#: A time to come said of an event named right after it (為迎接明年舉行之「…」, 籌備下半年
#: 舉辦之「…」): the event's, no time of what the sentence tells.
_EVENT_TIME_ATTRIBUTE = rx(
    r"(?:" + _TIME_TO_COME + r")[^,;。「」]{0,8}?(?:舉行|舉辦|召開|開幕)之(?=「)"
)
#: A clause of purpose opening a sentence, before who acts (為促進觀光交流，交通局…組團赴;
#: 為借鏡某國經驗，捷運局…): not the one acting. Not 為期 (lasting).
_PURPOSE_OPENING = rx(r"^為了?(?!期)[^,;。:]{2,40}?,")
#: A clause of purpose, what a party wished to learn (某市為瞭解本市港區規劃，特派…來訪)
#: or the policy it acted in line with (為配合中央推動某某計畫，本府於…主辦…): what it
#: names (規劃, 計畫, 未來發展) is no time of what the sentence tells; unless it names a
#: time to come (為配合明年舉辦之…).
_PURPOSE_CLAUSE = rx(
    r"為了?(?:瞭解|了解|學習|借鏡|觀摩|認識|汲取)[^,;。]*"
    r"|為配合(?![^,;。]*(?:" + _TIME_TO_COME + r"))[^,;。]*"
)
#: A body named for planning (某市政府規劃局, 都市計畫處, 捷運規劃小組): its name, no time
#: to come.
_PLANNING_BODY = rx(r"(?:規劃|計畫|計劃)(?=局|處|司|署|部|課|科|小?組|室|中心|院|委員會)")
#: What did not take place as planned: 原訂…因疫情延後, 原預定…延至…另定, 停辦.
#: 將 marking what is handed over, not a time to come: 將募得之捐款面交王市長, 將紀念品
#: 致贈某市 (but 將於…, 將會…, 將持續… speak of the future).
_HANDED_OVER = rx(
    r"將(?![於在會可來持進再續])[^,;將]{1,24}?"
    r"(?:面交|交給|轉交|交付|遞交|致贈|贈送|捐贈|撥入)"
)
#: (_NOT_HELD, see above; also a budget report's line not carried out: 編列…率團訪問某市
#: 之經費…，因故未執行, 未動支: no trip made)
_NOT_HELD = rx(r"原訂|原預定|延後|延期|延至|取消|停辦|未(?:執行|動支)")
#: Put off: 延後, 延至…, 暫緩, 取消, 另定.
_PUT_OFF = r"延後|延期|延至|暫緩|取消|另定"
#: A signing first set, then put off (of a tie, not an event): 原預定於4月…簽署…，…延至,
#: 原訂…與某校簽署姊妹校協定，因故延後; 簽約時程延至…, 簽署儀式暫緩 (not 締結姊妹市，原訂之
#: 互訪取消: what was put off there is no signing; nor 原訂赴某市簽署，改以視訊方式完成簽署:
#: set, then done another way).
_SIGNING_PUT_OFF = rx(
    r"(?:原(?:預)?(?:訂|定|計)|原規劃)[^。]*?(?:簽|締結|結盟)[^。]*?(?:" + _PUT_OFF + ")"
    r"|(?:簽約|簽署|簽訂)[^,;。]*?(?:" + _PUT_OFF + ")"
)
#: Put off to a later time: 延期至明年, 延至2021年, 延後至110年, 延至今年10月.
_POSTPONED = rx(r"(?:延期|延後|順延|延)至(明年|今年|本年|\d{2,4}年)")
#: A reason given for what a party did or did not do: 某市則因市長適逢…, 由於, 礙於
#: (not 因應, 因此, 因而, 原因).
_BECAUSE = rx(r"因為|由於|礙於|(?<!原)因(?!應|此|而)")
#: Invited but not there: 未能出席, 未派團, 無法派員, 婉拒邀請, 本屆暫不參加; a team not
#: formed to compete (未組隊參賽, 無法組隊參加, 取消參賽).
_ABSENT = rx(
    r"未能|未派|未克|不克|缺席|婉拒|婉謝|無法(?:組隊|組團|派隊)?(?:出席|參加|與會|參賽|派)"
    r"|(?:暫|均|並)不(?:參加|出席|與會|派)"
    r"|未(?:組隊|組團|派隊)?(?:出席|參加|與會|參賽)|(?:取消|放棄)(?:組隊)?參賽"
)
#: Taking part from afar: no one travelled.
_VIRTUAL = rx(r"線上|視訊|網路|遠距|連線|電話(?:方式|會談|會議|連繫|聯繫)")
#: A manner from afar, as a word before a verb or a gathering: 線上, 視訊, 遠距.
_REMOTE = r"線上|視訊|遠距"
#: Visitors leaving for home, the last day of their visit: 訪問團於26日返國, 一行於3日離臺,
#: 代表團於當日搭機返回, 賦歸, 十日離境 (not 返國後…, what came after).
_LEFT_FOR_HOME = rx(
    r"(?:返國|回國|離臺|離台|離高|離境|賦歸|返回(?:該|其)?(?:國|市)|搭機返)(?!後|之後)"
)
#: A clause telling what came after (活動結束後仍透過網路保持聯繫, 返國後持續以視訊交流):
#: keeping in touch from afar afterwards makes no visit before it virtual.
#: So does one telling what the two sides agreed to do from then on (雙方約定每年互訪並
#: 辦理線上課程, 雙方同意定期以視訊交流).
_AFTERWARDS = rx(r"(?:結束|返國|回國|閉幕|返臺)(?:之)?後|日後|保持聯繫|約定|同意")
#: What opens a clause going on with the one before it, in time too (雙方將每年互訪，
#: 並推動線上課程: the remote courses are to come as well).
_GOES_ON = ("並", "且", "亦", "同時")
#: Making a tie, in the words a talk on it or an agreement to it is told with: 締結,
#: 締盟, 結盟, 結為.
_TIE_MADE_WORDS = r"締結|締盟|結盟|結為"
#: A tie named as a matter in hand, the partner before it, in a list of matters (本年
#: 推動之某市締結姊妹市案及某市之體育交流): a tie still to be made, whose clause goes on
#: to other matters after it.
_TIE_CASE = r"(?:姊妹|友好)(?:城市|市|縣|校)案(?!例|件)"
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
#: A tie agreed to whose signing the sentence tells is to come: 雙方已同意締結友好城市，
#: 預計於明年由市長率團赴該市簽署 (but 經多次協商，兩市同意締結友好城市 is made).
_AGREED_THEN_TO_SIGN = rx(
    # (某市議會已通過與本市締結姊妹市，擬由市長率團赴…簽署: the partner's council
    # approved, the signing to come)
    # (not 已通過與本市締結姊妹市，並於五月十日…正式簽約，雙方預計明年簽署…: the tie
    # signed already, what is to come another signing)
    r"(?:同意|通過)(?:與本市)?(?:" + _TIE_MADE_WORDS + r")(?:(?!簽(?:署|訂|約))[^。])*?"
    r"(?:(?:預計|預定|將於|擬於|將由|擬由|規劃)[^。]*?簽(?:署|訂|約)"
    # (…原則同意與本市締結友好城市，建議明年四月…正式簽署: the signing proposed, in the
    # proposal's own clause; not …建議本府派團考察，雙方已於三月五日正式簽署, nor 建議由
    # 兩市市長簽署，兩市市長並已於…簽署: a signing told done after the proposal; nor
    # 建議兩市先行簽署合作備忘錄: another agreement's signing proposed, not the tie's)
    r"|建議(?:(?!已)[^,;。])*?簽(?:署|訂|約)"
    r"(?![^,;。]{0,8}?(?:備忘錄|協議)|[^。]*?已[^,;。]*?簽(?:署|訂|約)))"
    # 就甲校與乙校締結姊妹校事宜達成共識，預定明年簽約: agreed on, to be signed
    # (not 兩市自某年締結姊妹市以來…，並就港灣交流事宜達成共識，預定明年簽署備忘錄: the
    # consensus on another matter, the tie's making no part of it)
    r"|(?:" + _TIE_MADE_WORDS + r")[^,;。]*?事宜[^,;。]*?達成共識[^。]*?"
    r"(?:預計|預定|將於|擬於|將由|規劃)[^。]*?簽(?:署|訂|約)(?!\w{0,6}(?:備忘錄|協議|協定))"
    # 甲校與乙校之姊妹校案，預定於明年簽約: the tie's case, to be signed
    r"|(?:姊妹|友好)(?:城市|市|校)案[^。]*?(?:預計|預定|將於|擬於|規劃)[^。]*?簽(?:署|訂|約)"
)
#: An agreement named as what the sentence carries out (為落實本年3月所簽署之…備忘錄,
#: 為執行雙方簽訂之…協議): the sentence goes on to deal with its partner.
_AGREEMENT_CARRIED_OUT = rx(r"^(?:為|以)(?:落實|執行|推動|延續)")
#: The members a delegation is told to include, opening a clause after its coming (…來訪，
#: 團員包括…, 成員包括…, 隨團人員計有…, 同行者另有…), or its head (團長某國某報總編輯某某).
_MEMBERS_LISTED = rx(
    r"^(?:其)?(?:團員|成員|隨團人員|訪問團成員|同行者|隨行者)(?:之中|當中|中)?(?:另|尚)?"
    r"(?:包括|包含|計有|有)"
    r"|^(?:其)?團長"
)
#: A line of a trip's roster, its place in the delegation before a colon (團長:某某,
#: 副團長:某某, 團員:某某、某某…).
_ROSTER_LINE = rx(r"^(?:副?團長|顧問|團員|隨團人員|成員)[:：]")
#: A part of a trip's item whose roster is not of those who went: the hosts' (接待人員),
#: a delegation coming back (回訪團, 來訪團).
_NOT_OUR_ROSTER = rx(r"接待|回訪|來訪|陪同")
#: Acting in another capacity than the city's (以某社社長身分, 以個人名義).
_IN_ANOTHER_CAPACITY = rx(r"以[^,;。]{0,16}?(?:身分|身份|名義)")
#: A tie of either kind (締結姊妹市或友好城市, 友好城市或姊妹市): which, each city's own.
_EITHER_TIE_KIND = rx(r"姊妹(?:市|城市)或友好(?:城市|市)|友好(?:城市|市)或姊妹(?:市|城市)")
#: Talks on a tie: 洽商, 協商, 磋商, 談判, 洽談, 洽簽 (talks to sign), 續商 (talks
#: resumed); 籌辦 (organizing) only with the tie as
#: its object (籌辦本市與某市締結姊妹市案), not an event's (為該市籌辦賽會取經, 籌辦「某燈會」、
#: 推動與某市締結姊妹市: the quoted event is what is organized).
_NEGOTIATING = rx(r"洽商|協商|磋商|談判|洽談|洽簽|續商|籌辦(?=[^,;。「]*?(?:締結|姊妹|友好|結盟))")
#: A clause telling talks going on now, with no subject of its own (刻正透過某會洽商中,
#: 目前仍在協商中, 洽談中): what the clause before told is being negotiated.
_TALKS_GOING_ON = rx(
    r"^(?:刻正|目前|現正|正|仍|尚)*[^,;。]{0,14}?(?:洽商|協商|磋商|洽談|商談)(?:中|當中)[,;。]?$"
    # 目前已由兩校開始洽商: talks begun, so going on
    r"|^(?:刻正|目前|現正|正|仍|尚|已)*[^,;。]{0,10}?(?:開始|展開)(?:洽商|協商|磋商|洽談|商談)[,;。]?$"
    # 刻正透過某處洽商文字內容: talks now on what it says, told by 刻正 (now); not on the
    # arrangements of the signing (刻正洽商簽約儀式之日期)
    r"|^(?:刻正|現正|目前正)[^,;。]{0,14}?(?:洽商|協商|磋商|洽談|商談)"
    r"[^,;。]{0,4}?(?:文字|內容|條文|文本)[^,;。]{0,4}[,;。]?$"
)
#: Talks told as to come, when the tie is signed (屆時將同時洽談…) or as hoped to start
#: (盼能在適當時機正式展開協商): no talks on the tie going on. Talks hoped to go on
#: (希望雙方持續協商, 期盼兩市持續洽談) are going on.
_TALKS_TO_COME = rx(
    r"屆時[^,;。]{0,6}$|(?:盼|希望|期盼|期望|冀望)[^,;。]{0,10}?(?:展開|開始|啟動)$"
)
#: ...or as the errand of a trip or a meeting still planned (預定明年由本府組團回訪，洽商
#: 締結事宜; 擬於下半年派員前往洽談): no talks yet; not talks planned to go on (預定持續
#: 洽商, which are going on). The plan is of a trip or meeting told before the talks
#: (回訪, 前往, 派員), the talks its errand, in that clause or the next with no subject of
#: its own; not a plan as a noun (青年交流計畫及締結…進行洽商), the tie's own 擬 (擬與本市
#: 締結…，目前雙方正洽商), nor talks told going on (目前, 刻正, 正洽商, 雙方…: _TALKS_NOW),
#: nor a plan acted on (依預定行程來訪，並與本府洽商…).
_TALKS_NOW = r"(?!目前|刻正|現正|正在|正(?=洽|協|磋|商)|雙方|兩市)"
_TALKS_PLANNED = rx(
    r"(?<![依按照])(?:預定|預計|擬|計畫|計劃)[^,;。]{0,10}?"
    r"(?:回訪|前往|來訪|來高|訪問|出訪|赴|派員|派團|組團|會晤|會面|見面)"
    r"(?:" + _TALKS_NOW + r"[^,;。]){0,12}(?:,(?:" + _TALKS_NOW + r"[^,;。]){0,12})?"
    r"(?<!持續|繼續|賡續)$"
)
#: Talks told as done (經兩市多次協商，…; 協商後; 完成協定書內容之協商): what follows
#: them is no longer negotiated, but signed or still to be signed (經濟, 經理 are no 經;
#: 經外交部協助洽談中 goes on). 經 opens the clause or is 經過/經雙方/經兩市/經多次: not
#: a word holding it (本府經發局與某市洽談).
_TALKS_DONE = rx(
    r"(?:(?:^|(?<=[,;。]))(?:並|再|嗣|後)?經(?!濟|貿|費|營|理|驗|常|由)|經(?=過|雙方|兩市|多次))"
    r"[^,;。]{0,8}?(?:洽商|協商|磋商|談判|洽談)(?=後|[,;。]|$)"
    r"|(?:洽商|協商|磋商|談判|洽談)(?:後|完成|完畢|有成)"
    r"|完成[^,;。]{0,12}?(?:洽商|協商|磋商|談判|洽談)"
)
#: Talks that are what a party came or went for (某課長至本府洽談簽訂…事宜, 赴該市洽商…):
#: the errand of a trip, not the state of the agreement.
_TALKS_ERRAND = rx(r"(?:至|到|赴|來|前往|抵)[^,;。「」]{0,10}$")
#: Talks on signing an agreement named after the verb (同意就簽署「…」進行洽談, 就簽訂
#: 「…」持續協商): still negotiated.
_SIGNING_TALKED_OF = rx(
    r"就簽(?:署|訂)「[^「」]*」[^,;。「」]{0,8}?(?:進行|展開|持續)?(?:洽談|磋商|協商|洽商)"
)
#: A tie signed, then another visit joined on (訪問甲市簽署姊妹市協定暨訪問乙市): the
#: places first named after it are the other visit's, no partners (see
#: ties._visited_after_tie).
_VISIT_AFTER_TIE = rx(
    r"(?:締結|簽署|簽訂)[^,;。]*?(?:姊妹|友好)[^,;。]*?(?:暨|並|再)(?:順道)?(?:訪問|前往|赴|參訪|轉往)"
)
#: A tie only talked about, not made: 雙方就兩市締結姊妹市交換意見, 就締結友好城市事宜進行
#: 討論, 就締結姊妹市之可能交換意見, 就締結友好城市協定草案交換意見 (a discussion of
#: making it, or of its agreement). Between the tie and the talk only such words: not
#: what the tie holds already (就兩市締結姊妹市10週年紀念活動交換意見: see _ANNIVERSARY,
#: which `after` is checked against first).
_TIE_DISCUSSED = rx(
    r"就[^,;。]*?(?:" + _TIE_MADE_WORDS + r")(?P<after>為?(?:兩市|雙方)?(?:姊妹|友好)?(?:交流)?"
    r"(?:城市|州市|省市|縣市|市|州|省|縣|校)?(?:關係)?(?:之|的)?"
    r"(?:事宜|一事|案|可能性?|(?:協定|協議|盟約)書?[^,;。]{0,8}?)?(?:進行|展開|持續)?)"
    r"(?:交換意見|意見交換|交流意見|討論|會談|研商|商談|洽談|洽商|協商|磋商)"
)
#: The text of a tie's agreement, not its signing: 確認姊妹市協定書內容, 友好城市協定草案.
_AGREEMENT_TEXT = rx(r"(?:協定|協議|盟約)書?(?:之|的)?(?:內容|草案|文本|條文|初稿)")
#: Its texts in two languages (姊妹市協定書之中、英文本, 協定書中、英文版本): settled
#: before the signing (_TEXTS_SETTLED) or the copies signed (…各二份，已由兩市市長簽署).
_AGREEMENT_LANGUAGE_TEXTS = rx(
    r"(?:協定|協議|盟約)書?(?:之|的)?[中英日韓](?:、|及|與)?[中英日韓]文?(?:文本|版本|本)"
)
# --- Ties and agreements --------------------------------------------------------------

#: The kinds of tie as written: a sister city (姊妹市, 姊妹城市), a state or province
#: tied to a city (姊妹州市, 姊妹省市, 姊妹州), a friendship city (友好城市, 友好交流城市).
_SISTER_KIND = r"姊妹(?:城市|港市|州市|省市|縣市|市|州|省|縣)"  # 港市: port cities
_FRIENDSHIP_KIND = r"友好(?:交流|合作)?(?:城市|港市|州市|省市|縣市|市|州|省|縣)"
#: The verbs of making a tie: 某市與本市締結, 結為, 結成, 結盟, 締盟; and of raising one
#: to another kind (兩市由友好城市提升為姊妹市, 升格為, 晉升為): the raised tie is made then.
_TIE_VERB = r"締結|締盟|結為|結成|結盟|(?:提升|升格|晉升|升級)為"
#: Signing, the making of a tie or an agreement: 簽署, 簽訂, 簽約.
_SIGNING = r"簽署|簽訂|簽約"
#: The texts settled, not signed: 議定, 確認, 審定, 定稿; no signing told after it.
_TEXTS_SETTLED = rx(r"(?:議定|確認|審定|定稿)(?![^。]*?(?:" + _SIGNING + r"))")
#: Making a tie: 締結, 結為, 結成, 結盟為, 締盟為, 正式成為 (then 為, 本市, 第N個).
_MAKING = r"(?:" + _TIE_VERB + r"|成為)"
#: Where a tie was made, or began: 締結, 結為, 結盟, 起為 (自2005年起為姊妹市).
_TIE_MADE_AT = rx(_TIE_VERB + r"|起(?:即)?(?:為|成為)")
#: An ordinal, in digits or in words: 第28個, 第 5 個, 第一個, 第十二個.
_NTH = r"第\s*(\d+|[一二三四五六七八九十]+)\s*個"
_TIE_MADE = _MAKING + r"(?:為|成為)?(?:本市|本府)?(?:之)?(?:" + _NTH + ")?"
_SISTER = rx(_SISTER_KIND)
#: A place named with its tie right after it, the way there (赴某國某某姊妹市參加…,
#: 前往某某友好城市出席…): the tie's word is no part of the gap to the verb.
_TIE_AFTER_PLACE = rx(r"^(?:" + _SISTER_KIND + r"|" + _FRIENDSHIP_KIND + r")")
#: A sister city, in the words of a list or an invitation: 姊妹市, 姊妹城市.
_SISTER_CITY = r"姊妹(?:市|城市)"
#: The partner a clause makes a tie with, named before the making: 某市正式成為本市第N個
#: 姊妹市, 與某國某市締結友好城市.
_TIE_PARTNER = rx(r"(?:^|與)([^\W與及和之的]{2,12}?(?:市|縣|州|省))(?:並|亦|已|於|正式)*" + _MAKING)
#: A tie made: 締結姊妹市, 結為第5個姊妹城市, 姊妹市協定, 正式成為（本市第12個）姊妹市.
_SISTER_SIGNING = rx(
    _TIE_MADE + _SISTER_KIND + r"|" + _SISTER_KIND + r"(?:協議|協定|盟約)|成為本市" + _NTH
)
_FRIENDSHIP_SIGNING = rx(
    _TIE_MADE + _FRIENDSHIP_KIND + r"|" + _FRIENDSHIP_KIND + r"(?:協議|協定|盟約|關係)"
)
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
#: What talks on a tie are about: its making (洽商締結事宜, 就締結姊妹校事宜進行洽談), its
#: agreement (就協定內容進行洽談) or the signing (洽談簽約時程).
_TIE_TALKED_OF = rx(_TIE_MADE_WORDS + r"|協定|盟約|簽約")
#: Agreements that are ties themselves (read by the tie and sister-school rules).
_TIE_AGREEMENT = rx(_SISTER_KIND + r"|姊妹校|" + _FRIENDSHIP_KIND + r"(?:協議|協定)")
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
#: Signing an agreement, or renewing one: 簽署, 簽訂, 簽約, 簽立, 續簽, 續訂, (完成)續約, 換約.
_AGREEMENT = rx(r"簽(?:訂|署|定|立|約)|續(?:簽|訂|約)|換約|展延")
#: An agreement's kind, ending its name: 協議(書), 協定(書), 備忘錄, 意向書, 合作書; a
#: title in brackets may also end in 宣言.
_AGREEMENT_KINDS = r"協議書|協定書|協議|協定|備忘錄|意向書|合作書"
_AGREEMENT_KIND = rx(_AGREEMENT_KINDS)
#: The object of talks right after their word, when it is an agreement other than a tie's:
#: a quoted name (洽簽「某某合作備忘錄」, 洽商「…」內容) or an agreement's noun named by
#: its field (續商兩市港務合作協議), with no word of a tie in it (洽簽締結友好城市協定 is
#: talks on the tie, and so is the bare noun: 洽商協定內容, 洽商雙方合作協定).
_TALKS_ON_AN_AGREEMENT = rx(
    r"[^,;。「」締姊友結]{0,6}?(?:「(?![^」]*(?:締結|姊妹|友好|結盟))[^」]+」"
    r"|(?!(?:兩市|雙方|相關|有關|合作|交流|該|其|之|的)*(?:" + _AGREEMENT_KINDS + r"))"
    r"[^,;。「」締姊友結]{1,12}?(?:" + _AGREEMENT_KINDS + r"))"
)
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
#: A signing still to come: 研議簽署, 評估簽署, 籌備簽署, 有意簽署, 可望簽署, 預定簽署,
#: 洽談簽署, 盼簽署, 樂見…簽署, 同意簽署 (agreed to sign: not signed yet); also not done as planned
#: (原規劃…未能, 延後簽署); or the aim of what was done (為兩市簽署…預作協調, 為簽署…鋪路).
_AGREEMENT_PENDING = rx(
    r"研議|研商|商議|評估|籌備|準備|有意|意願|可望|預定|盼|洽談|洽商|協商|推動|持續|積極|同意簽"
    r"|事宜|未能|延後|延期|擇期|另行|預作|預為|鋪路|暖身"
    # a signing proposed, not yet made (來訪時提議簽訂「…」, 建議兩市簽署…); not the
    # proposal describing one signed (由某市長提議之「…」已於…簽署, 簽署某市所建議之「…」)
    r"|(?:提議|建議)(?!之|的)"
    # 樂見兩市簽署…: glad of a signing to come, told before the verb; not of one named as
    # made (樂見兩市於去年簽署之「…」持續落實)
    r"|樂見(?=[^,;。]{0,12}?(?:簽(?:訂|署|定|立)|續(?:簽|訂))(?!之|的))"
)
#: Words between a signer and its date or partner (某大學亦於3月12日與…, 某高中並與…).
_ADVERBS = r"亦|也|並|另|則|均|再度|再次|同時|正式|共同"
_ADVERB_TAIL = rx(r"(?:" + _ADVERBS + r")+$")
#: The same opening a clause (另某國代表處…, 並由…).
_ADVERB_OPENING = rx(r"^(?:" + _ADVERBS + r")+")
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
#: Who only saw an agreement signed: 見證, 在…見證下, 觀禮.
_WITNESS = rx(r"見證|觀禮|監簽")
#: The witness's words before the parties they saw sign (某市長並見證本市甲校與乙校簽署,
#: 在王市長見證下甲校與乙校…, 由某局長觀禮，…): up to where the parties begin.
_WITNESSED = rx(r"^.*?(?:見證|觀禮|監簽)(?:之)?下?")
#: An agreement named unquoted after its signing, up to 12 ideographs before its kind
#: (簽署之港灣物流人才培育交流合作備忘錄: the name whole, not its last 8).
_AGREEMENT_NOUN = rx(r"([\u4e00-\u9fff]{0,12}(?:" + _AGREEMENT_KINDS + r"))")
#: An agreement's name between a verb of doing or witnessing and its signing (完成某某
#: 合作備忘錄簽署, 完成某某協議之簽訂, 見證兩市某某合作備忘錄之簽署).
_AGREEMENT_NOUN_SIGNED = rx(
    r"(?:完成|辦理|進行|見證|出席|觀禮)([\u4e00-\u9fff]{0,12}?(?:" + _AGREEMENT_KINDS + r"))"
    r"(?:之|的)?$"
)
#: The fields of an agreement, within one clause: 雙方將在觀光、教育等方面 (not from
#: 在臺辦事處 on to a later 方面).
_FIELDS = rx(r"在([^,;。「」]+?)(?:等)?方面")
# --- Clauses, leaders and delegations -------------------------------------------------

#: The day of an itinerary opening its line, its date in brackets (第三天(十月五日):,
#: 第2日(5/6)): the date, read as one opening the line.
_ITINERARY_DAY = (
    r"第[一二三四五六七八九十\d]+[天日](?=\()|\((?:\d+[年月日]|[\d./至~-]|"
    + _NUMERALS_OF_DATE
    + r")+\)"
)
#: One qualified as come to witness or attend what was just told: 前來觀禮之某市助役,
#: 前來與會的某市長.
_CAME_TO_WATCH = rx(r"前來(?:觀禮|觀賞|與會|參加|出席)(?:之|的)")
#: Coming to the city to watch, the comers named before (某協會會長某某一行三人專程來高
#: 觀摩): they watched the city's event just told.
_CAME_HERE_TO_WATCH = rx(
    r"(?:來高|前來|抵高|蒞高)(?:觀摩|觀賞|觀禮|觀賽)"
    # watching nothing else named (not 來高觀摩本市消防救災業務: that work, no event)
    r"(?=$|[,;。]|(?:該|此|本)?(?:項|次|屆)?(?:活動|賽事|比賽|盛會|大會|盛況|賽況))"
)
#: A body's staff sent, closing who leads (教育局派員, 某局指派人員): the body leads.
_STAFF_SENT = rx(r"(?:派|指派|派遣)(?:員|人員)$")
#: The city's officials sent or going abroad, named between 本府 (派) and 赴: 本府派
#: 秘書處王大明科長赴某市, 本府王大明秘書長赴某市 (the group: who went).
_HOME_OFFICIAL_GOES = rx(r"本府(?:派|指派|派遣)?([^,;。派率]{3,16}?)(?:前往|赴)")
#: ...or named as those its leader took along (本府由某局局長王大明率某科科長李小華、某校
#: 校長陳美玲等赴某市: the group, each named went).
_HOME_OFFICIALS_LED = rx(r"本府由[^,;。]{2,30}?率([^,;。]{3,80}?)等?(?:前往|赴)")
#: A line of an itinerary opening with its day (第三天(十月五日):…): its clauses that
#: name no one of their own tell what the delegation did that day.
_ITINERARY_DAY_LINE = rx(r"^第[一二三四五六七八九十\d]+[天日]\(")
#: A part of the day (上午, 晚間, 當晚): when, on a day told, something was done.
#: (dates._TIME_OF_DAY, a pattern for what may follow a day's number, lists 清晨 not 當晚.)
_DAY_PART = r"上午|下午|中午|晚間|晚上|早上|傍晚|當晚"
#: The time of the day opening the words after a date (三日上午由…, 26日下午拜會…), or
#: the arrival it came right after (十七日抵高後即與…會晤).
_TIME_OF_DAY_OPENING = rx(
    r"^(?:" + _DAY_PART + r"|(?:抵高|抵臺|抵達(?:本市)?)(?:後|時)(?:即|隨即)?)?[,\s]*"
)
#: How such a clause opens when it names no one: at a time of the day, at someone's
#: invitation, with the act (上午參觀…, 下午拜會…, 應某市之邀,出席…, 晚間搭機返國).
_DAYS_OWN_ACT = rx(
    r"^(?:" + _DAY_PART + r"|隨即|隨後|會後)?(?:應[^,;]{2,20}之邀,?)?"
    r"(?:出席|參加|參觀|參訪|拜會|拜訪|前往|抵達|轉往|轉赴|考察|訪問|會晤|聽取|搭)"
)
#: A date opening a sentence or clause (99年1月25日至29日，…; 92.07.08　…; a table
#: row's 78/8/9~8/14,…; 九十二年三月五日，…), by whole numbers so 日本 after it stays
#: (7月22日日本某協會…).
_DATE_PREFIX = rx(
    r"^(?:同年|今年|\d+[年月日]|[\d./至~-]|"
    + _NUMERALS_OF_DATE
    + "|"
    + _ITINERARY_DAY
    + r")+[,:\s]*"
)
#: The words an event is called by when its time is told (會議期間, 活動期間, 論壇期間).
_EVENT_WORD = r"會議|活動|論壇|展覽|大會|會展"
#: A word telling what came next, opening a sentence before its date and subject
#: (嗣後，11月30日，本府…; 此外，某市…; 另12月6日，某市…).
_SEQUENCE_OPENING = rx(r"^(?:嗣後|隨即|隨後|其後|之後|此後|爾後|此外|另外?|接著)[,\s]*")
#: The time of a trip just told, opening a clause (訪問期間, 參訪期間): what follows
#: happened on that trip, no trip of its own unless the clause goes somewhere again.
_DURING_TRIP_OPENING = rx(r"^(?:訪問|參訪|出訪)期間")
#: A time a clause opens with, before who acts: 會議期間, 訪問期間, 會中, 隨後.
_TIME_OPENING = rx(r"^(?:(?:" + _EVENT_WORD + r"|訪問|參訪)期間|會中|會後|會前|隨後|其後|其間)")
#: The home city's own officials named by surname and title (陳市長, 許副秘書長).
_HOME_OFFICIAL = rx(r"^[\u4e00-\u9fff](?:(?:副|代理)?市長|副?秘書長|主任秘書|局長|處長|參事|參議)")
#: An official by a surname of one or two and a title (史市長, 大西市長): one named in full
#: before, whose title tells for whom he acts.
_OFFICIAL_BY_SURNAME = rx(r"^[\u4e00-\u9fff]{1,2}(?:(?:副|代理)?市長|知事|副?秘書長|局長|處長)")
#: A trip of the city's recalled as the time of something else, its official by surname
#: and title (延續本年4月陳市長訪問某市時所建立之共識, 去年王副市長率團出訪某國期間): the
#: time, who led, and where they went.
_TRIP_RECALLED = rx(
    r"(?P<time>(?:本年|今年|去年|同年|\d+年)?\d+月(?:\d+日)?)"
    r"(?P<leader>[\u4e00-\u9fff](?:(?:副|代理)?市長|副?秘書長))(?:率團)?"
    r"(?:訪問|出訪|赴)(?P<place>[^,;。時]{2,12}?)(?:時|期間|之際)"
)
#: The members of a body a visitor leads, the body named first (率某商工會議所會員一行):
#: the body's name, whose people they are.
#: (not 率該協會會員, 率本會會員: his own body's, taken up)
_MEMBERS_OF_BODY_LED = rx(r"(?![該其本])([^\s,;。、之的]{2,16}?)(?:會員|成員|人員|職員|員工)")
#: A call made at the venue of an event the trip attended (期間於展場拜會某市, 在會場
#:拜會): the city's people met there, not gone to.
_AT_THE_VENUE = rx(r"(?:於|在)(?:展場|會場|展區|展位|攤位|現場)")
#: A meeting told as during the city's trip abroad (於赴日訪問期間, 出訪某國時): not at
#: home, so not on the day a guest met came.
_DURING_TRIP_ABROAD = rx(r"(?:赴|出訪|前往)[^,;。]{0,12}?(?:期間|之際|時)")
#: The verbs of leading a group: 率領, 率團, 率隊, 親率, 帶隊, 帶領, 帶團, 領隊 (率 alone is
#: added by the patterns that take it). 帶隊 before who does it is a noun, no verb:
#: 學生18名及帶隊教師2名 (the teachers leading the group).
_LEADING_NOUN = r"(?!教師|老師|人員|官員|主管|幹部)"
_LEAD_VERB = r"率領|率團|率隊|親率|帶隊" + _LEADING_NOUN + r"|帶領|帶團|領隊"
#: The leading verbs that name who led a visit (`led_by`): not 帶團 nor 領隊, kept out
#: as before (reading them gives 某市市長王大明領隊 a led_by the rules never gave).
_LEADER_VERB = r"率領|率團|率隊|帶隊" + _LEADING_NOUN + r"|帶領|帶著"
#: A verb of leading or forming a group (某市市長率領之代表團, 某市政府派員組成之交流團):
#: no part of a body's name, which ends before it.
_LEADS_OR_FORMS = rx(_LEADER_VERB + r"|組成|籌組|派員|派遣")
#: A list item's guest leading a group of his body (某市議會議長某某率領之議員訪問團, 某局
#: 局長某某率藝術家團隊): the body came with him.
_LEADS_A_GROUP = rx(r"(?:" + _LEADER_VERB + r"|率)之?[^、,;。]{0,12}?(?:團|隊)")
#: A time written after who acts, before the verb (陳市長於107年4月16日至20日率…,
#: 某處長於3月下旬帶隊…, 王副市長在5月初率團…): no part of the name.
_TIME_PHRASE = rx(
    # (某某曾於5月率團: the adverb of a time before, with it)
    r"(?:曾?(?:於|在))?(?:\d" + _DATE_CHAR + r"{1,19}|(?:" + _NUMERALS_OF_DATE + r"|至)+)"
    r"(?:" + _PART_OF_MONTH + r"|間)?"
)
#: A year told relative to the report's, opening a time in digits (於同年11月, 今年5月),
#: maybe glossed with its number (於去（七十八）年十二月間): part of the time.
_RELATIVE_YEAR_TIME = rx(
    r"(?:曾?(?:於|在))?(?:同年|今年|本年|去年|[今本去](?:\([^()]{1,6}\))年)"
    r"(?=\d|" + _NUMERALS_OF_DATE + ")"  # 於本年五月
)
#: Who led: 由X率領/率團/帶隊…, else a sentence that opens with X率團/帶領/率… (李副市長率
#:市府團隊出訪, 陳市長率相關局處人員赴日; 率先 is no leading).
#: (某市長親率…: 親 is the adverb, no part of who led; _LEAD_OPENING at a clause start)
_LEAD_BY = rx(r"由([^,由]{1,15}?)親?(?:" + _LEADER_VERB + r"|率)")
#: A change of who leads (原規劃由市長親自率團，…改由李副市長率…): who led is named after it.
_LEADER_CHANGED = rx(r"改由|改派|改請")
#: Who was to come told as not coming (某市長因故未能來訪, 無法成行, 不克前來): where
#: another is sent instead (改由某副市長率團來訪), not the visitor.
_KEPT_AWAY = rx(r"(?:未能|無法|未克|不克)(?:親自)?(?:來訪|成行|前來|來高|訪高|率團)")
_LEAD_OPENING = rx(r"(?:^|,)([^,]{1,20}?)親?(?:" + _LEADER_VERB + r"|率(?!先))")
#: A named visitor leading a group: 局長王大明率該局考察團來訪, 省長某某於4月8日率團訪問本府,
#: 議長某某於同年11月率議員訪問團來訪.
#: (某市長於8月22日親自率團: the adverbs before or after the date; 議員某某應本府之邀，
#: 於…率…, 某市長應邀率團…: invited, then leading)
_LEADING_ADVERBS = r"(?:亦|也|並|則|再度|再次|親自|專程|特地|特(?=率))*"
_LEADS = rx(
    r"^"
    + _LEADING_ADVERBS
    + r"(?:(?:應|受)[^,;。「」]{1,16}?(?:之)?(?:邀請|邀約|邀),?|(?:應|受|獲)邀)?"
    # 於4月8日, 曾於本年五月 (a date in figures or in numerals, 曾 the adverb before it)
    + r"(?:曾?於(?:同年|今年|本年)?(?:"
    + _DATE_CHAR
    + r"{2,20}|(?:"
    + _NUMERALS_OF_DATE
    + r"|至)+)(?:"
    + _PART_OF_MONTH
    + r")?)?"
    + _LEADING_ADVERBS
    + r"(?:"
    + _LEAD_VERB
    + r"|率)"
)
#: Heading a delegation (率團, 率領, 親率), not managing a team (帶隊, 領隊).
_LEADS_DELEGATION_VERB = rx(r"率團|率領|親率")
#: Leading a group named in quotes: 率「某某協會」, 率領「某某保存會」.
_LEADS_QUOTED = rx(r"率(?:領)?(?=「)")
#: The head of a party's team or delegation: 某市代表隊由該市教育長某某擔任團長,
#: 訪問團由某議長擔任領隊, 某市由副市長某某親自率團, 今年由某協會會長某某領隊/帶隊.
_TEAM_HEAD = rx(
    r"由([^,由]{2,30}?)(?:親自|擔任|出任)?(?:該團|該隊)?(?:團長|隊長|領團|" + _LEAD_VERB + ")"
)
#: A troupe, team, club or class of a school or town, one body with the name before it
#: (某國小舞蹈團, 某高中籃球隊, 某大學國樂社, 某國中音樂班).
_TROUPE_WORD = r"(?:團|隊|社|班)"
#: A home team led abroad: 率領本市…舞蹈團, 帶領本市少棒隊, 率領某局人員及本市某高中
#: 國樂社, 率本市某國中舞蹈班師生; or one that performs or plays there with the
#: delegation (並由本市某高中儀隊參與遊行演出).
_LED_TEAM = rx(
    r"(?:" + _LEAD_VERB + r"|率|由|及)本市([^\s,、與及的至之由]{2,20}?" + _TROUPE_WORD + ")"
)
#: A home school whose teachers or students are led abroad (率本市某高級中學師生一行…赴):
#: the school went too.
_LED_SCHOOL = rx(
    r"(?:" + _LEAD_VERB + r"|率)本市([^\s,、與及的至之由]{2,12}?"
    r"(?:大學|學院|高級中學|高中|女中|國中|國小|中學|高商|高工|高職|高農|家商))(?=師生|學生|教師)"
)
#: A troupe or team named after the place that owns it, the place's name opening it
#: (某市國樂團, 某市立交響樂團, 某市少棒隊): what follows the place's name.
_TROUPE_AFTER_PLACE = rx(r"立?[^\s,、與及和的至之由率應於赴參組派長府議]{1,16}?" + _TROUPE_WORD)
#: A delegation, which is the city's own going, not a body of its own (a team, a troupe):
#: 青年代表團, 經貿訪問團, 產業考察團, a city's 代表隊.
_DELEGATION_KIND = r"(?:代表|訪問|考察|參訪|交流|經貿|觀摩|推廣|行銷)"
_DELEGATION = rx(_DELEGATION_KIND + r"團$|代表隊$")
#: A delegation named by its place and what it came for (某縣觀光交流團, 某市經貿訪問團,
#: 某市市政考察團): the place's own coming, not a body of its own as a group of its
#: people is (某市青少年交流團).
_ERRAND_DELEGATION = rx(
    r"^(?:市政府|縣政府|政府|市府|縣府)?"
    r"(?:觀光|經濟|市政|產業|商務|投資|招商|貿易|工商|農業|港務|港灣|文化|體育|"
    + _DELEGATION_KIND
    + r")*團$"
)
#: A delegation's name ending a visitor item, with a few words of its kind before it
#: (某市青年交流訪問團, 某會社經貿考察團): stripped to leave who sent it.
_DELEGATION_SUFFIX = rx(r"[\u4e00-\u9fff]{0,4}" + _DELEGATION_KIND + r"團$")
#: The members a body comes with, and how many, written after its name: 某高等學校師生
#: 一行25人, 某協會會員30名, 某中學學生15人.
_MEMBERS = rx(
    r"(?:師生|學生|教師|會員|團員|代表|人員)*(?:一行)?(?:共|計)?"
    r"(?:約?(?:\d+|[一二三四五六七八九十百千兩]+)餘?(?:人|名))?$"
)
#: A delegation named after who leads it (率領某市青少年交流訪問團一行30人): the name,
#: up to the delegation word.
_DELEGATION_LED = rx(r"([^\s,、與及的至之由率]{2,20}?" + _DELEGATION_KIND + r"團)")
#: What follows a body's name in the name of the delegation of its members (某議會議員
#: 訪問團, 某協會會員考察團): the members, maybe, and the delegation's kind.
_MEMBERS_DELEGATION = rx(
    r"(?:議員|代表|師生|學生|會員|團員|人員)?[\u4e00-\u9fff]{0,4}?" + _DELEGATION_KIND + r"團"
)
#: On the occasion just told (本府也藉此機會, 趁此機會, 利用此一機會): what the clause
#: tells took place then.
_ON_THIS_OCCASION = rx(r"(?:藉|借|趁|利用)(?:此|這)一?(?:次)?機會")
#: What closes the words before a time a plan is told for (將於十月舉辦, 預定於明年, 訂於
#: 本年九月): no time of what took place.
_TIME_PLANNED_BEFORE = rx(r"(?:將|預定|預計|擬|訂|計畫|計劃)(?:於|在)?$")
#: A post once held, told in an apposition before the person (曾任某某市長、對本市並不
#: 陌生的某州州長王大明): the post, up to the apposition's 的.
_FORMER_POST_APPOSED = rx(
    r"曾任([\u4e00-\u9fff]{2,12}?)(?:、[^,;。]{0,16})?(?:的|之)[^,;。]{0,16}$"
)
#: A delegation written before who leads it: 某市青少年交流團一行25人由某某率領來訪.
_DELEGATION_LED_BEFORE = rx(
    r"([^\s,、與及的至之由率]{2,20}?" + _DELEGATION_KIND + r"團)(?:一行[^,由]{0,8})?由[^,]{0,30}$"
)
#: A body forming the delegation that comes (某市國際交流協會組成青少年訪問團一行20人,
#: 某商會籌組經貿考察團): the body, before the verb, is who came.
_FORMS_DELEGATION = rx(
    r"^([^\s,、與及的至之由率]{2,20}?)(?:組成|籌組|組織|組)[^,]{0,10}?" + _DELEGATION_KIND + r"團"
)
# --- Parties, visits and events -------------------------------------------------------

#: Taking part, said after an invitation to come: the invited came (邀請…組隊來高，連同
#: 本市N隊共M隊參賽).
_TOOK_PART = rx(r"參賽|" + _ATTEND + r"|共襄盛舉|同場(?:競技|較勁|競賽)|角逐|競逐")
#: Asking a go-between to bring others in (並洽請某協會協助引介某國團體參展, 委請某處轉介…
#: 參加): whoever takes part there is those others, not the invited named before.
_ASKED_TO_BRING = rx(r"洽請|委請|協請|引介")
#: The others of those just named, as a subject: 其餘城市, 其他受邀城市, 其它各市.
_THE_REST = rx(r"(?:另|至於|而)?(?:其餘|其他|其它|餘)(?:受邀)?(?:城市|縣市|各市|單位|夥伴)")
#: An event told as being prepared, its preparation right after its name (某某亞運會
#: 籌備情形, 某某博覽會之籌辦進度): it is to be held by whoever prepares it.
_PREPARATION_AFTER = rx(r"(?:之|的)?(?:籌備|籌辦)")
#: A place just named holding an event called by a short form (該市主辦亞運之籌備進度,
#: 該市籌辦世博): the short form, of two to four characters.
_HOSTS_SHORT_FORM = rx(r"(?<=該市|該縣|該州)(?:主辦|籌辦|舉辦)([\u4e00-\u9fff]{2,4}?)(?=之|的|,|$)")
#: Holding or convening an event: 主辦, 舉辦, 舉行, 承辦, 召開.
_HOLD_VERB = r"主辦|舉辦|舉行|承辦|召開"
#: The words opening a holding before its time or venue (並於, 將在).
_HELD_AT_OPENING = r"(?:並|亦|另|將|已|預計|訂)*(?:於|在)"
_HELD_VENUE_OPENING = rx("^" + _HELD_AT_OPENING)
#: A clause with no subject of its own holding the event named next: 於5月20日至22日
#: 主辦「…」, 並於某藝術特區舉辦「…」, 將於10月舉行「…」.
_HELD_AT = rx(_HELD_AT_OPENING + r"[^,「」]{0,16}?(?:" + _HOLD_VERB + r")之?「")
#: What joins the parties of a list: 某市與某院, 甲、乙及丙, 偕同.
_PARTY_JOINER = rx(r"[與及和、]|偕同")
#: Parties told working together, the doing in the next clause: 由本府某局與該市某處
#: 合作, 與某大學攜手, 與某協會協力.
_WORKING_WITH = rx(r"與[^,;]{1,30}?(?:合作|攜手|協力)$")
#: A sentence telling of some of those just named: 其中某市由…率團.
_SUBSET = rx(r"^(?:其中|當中)")
#: Leading a group, with no going or coming of its own: 由某某親自率團, 由某某領隊.
_LEADS_GROUP = rx(_LEAD_VERB)
#: A clause with no subject of its own opening by leading a troupe or team (…一行15人來訪，
#: 率某某表演團參加…): the one named before led it.
_LEADS_TROUPE_OPENING = rx(r"^(?:並|亦|另|親自|親)?率[^,;。率]{1,10}?(?:團|隊)")
_GO = rx(r"至|到|前往|赴|飛往|訪問|出訪|參訪|拜訪|考察")
#: A clause referring back to what was told before (某某之參展邀請已如前述, 如前所述,
#: 詳如前述, 如上所述): it tells nothing new.
#: (not 如前所述之「…」, an event qualified as spoken of before, the clause telling more)
_TOLD_BEFORE = rx(r"(?:已|詳)?如(?:前|上)(?:所)?述(?![之的])")
#: A place taken up as the topic, 至 or 至於 opening the sentence with the place alone in
#: its clause (至美國某市，某市某委員會主席曾率團來訪): "as for", no going there.
_TOPIC_PLACE = rx(r"^(?:至於|至)[\u4e00-\u9fff]{2,16}$")
#: A clause going on with the delegation of a trip told before it (訪問團於4月3日至5日停留
#: 某市, 該團轉往某市, 訪團隨後抵達某市): a leg of that trip.
_DELEGATION_GOES_ON = rx(r"^(?:該團|訪團|本團|一行|(?:本|該)?" + _DELEGATION_KIND + r"團)")
#: The delegation leaving a stop of its trip: (19日)離西雅圖, 離開某市, 並於…離開.
_LEAVES_STOP = rx(r"^(?:並|隨後|再)?(?:於)?離(?:開)?(?!職|任|境)")
#: Going to attend, no place written: 前往出席, 前往參加, 赴會.
_GO_TO_ATTEND = rx(r"(?:前往|赴)(?=出席|參加|參與|與會|觀禮)|赴會")
#: The verbs a leg of a trip names its stop with, beside those of going: 停留某市, 轉往某市.
_STAY = rx(r"停留|轉往|轉赴|轉抵|抵達")
#: A stop of a trip told by whom the delegation met there (4月21日於某市與該市市長某某
#: 會晤): the place after 於 (the group `stop`) is a stop.
_MET_AT_STOP = rx(
    r"^(?:並|隨後|續)?(?:於|在)(?P<stop>[^,;「」與]{2,14}?)與[^,;「」]{1,40}?"
    r"(?:會晤|會談|會面|晤談|交換意見)"
)
#: A day told relative to the one before, with its date in brackets or not: 翌日（5日）,
#: 同日, 次日.
_NEXT_DAY = r"(?:翌日|隔日|次日|同日)?(?:\(\d+日\))?"
#: A clause of a trip with no subject of its own, opening with its going (…；31日轉往某市,
#: 4月1日至2日訪問某市): a leg of the delegation the sentence opened with.
_LEG_OPENING = rx(
    r"^(?:並|再|隨後|續)?(?:於)?(?:" + _STAY.pattern + r"|前往|赴|訪問|參訪|拜訪|拜會)"
    # 翌日(5日)應邀出席「…」: the delegation's day, told by what it attended
    r"|^" + _NEXT_DAY + r"(?:並|隨後|續)?(?:應邀)?(?:出席|參加)(?=「)"
    # 6月8日至11日於某市參加「…」: the delegation told where it took part (or whom it
    # called on: 於某市拜會當地臺商), there
    r"|^(?:並|隨後|續)?(?:於|在)[^,;「」]{2,14}?(?:參加|出席|參與|參訪|考察|訪問|拜會|拜訪)"
    r"|" + _MET_AT_STOP.pattern
)
#: A sentence whose items below tell the rest (行程重點如下：, 分述如下, 行程如下：): a trip
#: it tells is the one the items detail.
_ITEMS_FOLLOW = rx(r"(?:如下|如後|臚列於後|分述於後)\W*$")
#: A visit to the city: 來訪, 蒞府…, a stay told by its days (於7月3日至9日在高期間…),
#: coming down to it (南下訪問), and a verb of visiting with the city as its object
#: (訪問本市, 南下考察本市投資環境, 參訪本府); not the city owning what is visited
#: (訪問本市姊妹市某市, 拜訪本市友好城市, 參訪本市之姊妹校: a trip abroad).
#: The city, one of its bureaus or schools receiving guests, on a day or at home (本局於
#: 6月24日接待…, 本府某局於本市接待…); not abroad (本府某局於某國某市接待…: no coming).
_HOME_RECEIVING = (
    r"(?:(?:本府|市府)(?:[\u4e00-\u9fff]{1,6}?(?:局|處))?|"
    + _OWN_BUREAU
    # a school of the city hosting its guests (本市某高中接待某市立某高中師生36人)
    + r"|本市[\u4e00-\u9fff]{1,8}?(?:高中|高級中學|國中|國小|中學|小學|高工|高商|大學))"
    r"(?:於(?:"
    + _DATE_DIGITS
    + "|"
    + _NUMERALS_OF_DATE
    + r"|"
    + _PART_OF_MONTH
    + r"|上午|下午|晚間|本市|本府|市府|高雄)+)?"
    r"接待(?!人員|工作|事宜|中心|單位|之|的)"
)
_COME = rx(
    r"至本府|至本市|來訪|來府|到府|前來|到訪|回訪|來臺|訪高|來高|抵高|蒞高|抵達本市|蒞臨|蒞府|蒞市"
    r"|在高(?:雄市?)?期間|留高期間|停留(?:本市|高雄)|在(?:本市|高雄市?)停留"
    r"|(?:訪問|參訪|拜訪|考察)本(?:市|府)(?!(?:之|的)?(?:姊妹|友好))"
    # a stay told by what the guests did in the city: 於3月27日至29日在本市考察…
    r"|(?:在|於)本市(?:考察|參訪|訪問|參觀|研習|觀摩)"
    # coming down from Taipei to visit, no place named after (某國大使於12月南下訪問，參觀…;
    # 駐台北某辦事處處長某某南下拜會; 某參事於6月14日南下，由勞工局陪同…)
    r"|南下(?:訪問|參訪|拜訪|拜會|考察)?(?=[,;。]|$)"
    # or to the city named (於結束臺北行程後特別南下高雄), or a place of it seen there
    # (南下考察高雄港貨櫃作業, 南下參觀本市港區)
    r"|南下(?:考察|參訪|參觀|訪問)?(?:高雄|本市)"
    # coming down to call on the city's government (某所長昨日南下拜會市府)
    r"|南下(?:拜會|拜訪|參訪)"
    + _HOME_GOVERNMENT
    # the city receiving its guests: 本局於6月24日接待某公司副總經理某某一行
    + r"|"
    + _HOME_RECEIVING
    # its mayor, by the title alone as a caption writes, receiving them at its seat
    # (某日，市長於市長室接見某市市長某某一行)
    + r"|(?:^|(?<=[,;:\s]))"
    + _HOME_TITLE
    + r"(?:於|在)(?:市長室|市府|本府|市政府)[^,;。]{0,6}?(?:親自)?接見"
    # (not the city's own back from a trip: 接見赴日本參加「…」榮獲冠軍之本市某隊)
    + r"(?!赴|前往|飛往|遠赴|本市|本府)"
)
#: Words telling a group came, not a person alone (某某等一行9人, 某某率團, 代表團).
_COMING_AS_GROUP = rx(r"一行|等|團|率")
#: The home city receiving guests named after the verb: 本府某局於2月3日至9日接待「某市
#: 青少年交流團」, 本局接待某市訪問團 (the guests follow 接待).
_RECEIVES_GUESTS = rx("^" + _HOME_RECEIVING)
#: A coming promised, the promise before it (對方允諾於…後派員回訪, 該市長承諾明年來訪):
#: a visit to come, not one made.
_COMING_PROMISED = rx(
    r"(?:允諾|承諾|答應|應允)"
    # told still to come (於…後, 明年, 將, 再度); not a promise kept (實踐去年承諾於五月
    # 十日率團來訪, 答應本府邀請於五月十日率團來訪: paid)
    r"(?:[^,;。]{0,12}?(?:於[^,;。]{1,10}?(?:後|時)|明年|來年|下半年|年底前|將|再度"
    r"|擇期|日後|近期|儘速|盡速)"
    r"[^,;。]{0,12}"
    # or the coming right after the promise, no day between (去年允諾回訪, 承諾派員來訪)
    r"|(?:派員|率團|組團|親自)?)$"
)
#: A coming welcomed as a wish (表示歡迎本市市民前來觀光, 竭誠歡迎各界前來): no one came;
#: not a guest welcomed on coming (熱烈歡迎某市長來訪).
_COMING_WELCOMED = rx(
    r"(?:(?:表示|竭誠|隨時)歡迎[^,;。]{0,12}|歡迎(?:本市|本府|我國|國人|市民|各界)[^,;。]{0,8})$"
)
#: Calling at a government's seat (到府拜會), said of one who came, or of the city's own
#: delegation at its host's seat (see _GONE_ABROAD).
_AT_SEAT = rx(r"到府")
#: Going abroad told before a call at a seat (率團訪問某縣，並到府拜會知事; 率團赴某市訪問，
#: 並到府拜會該市市長): the seat is the host's, no coming to the city.
_GONE_ABROAD = rx(r"(?:赴|前往|出訪|訪問|抵達)(?!高雄|本市|本府|臺|台|我國)")
#: A return visit paid abroad, the going before it (本府某處長率團赴某縣回訪, 前往某市回訪):
#: the city went, nobody came. Not one paid here (某市長率團赴高雄回訪, 來臺回訪).
_RETURN_VISIT_ABROAD = rx(r"(?:赴|前往)(?!高雄|本市|本府|臺|台)[^,;。]{1,20}?回訪(?!本)")
#: The same with the return visit opening the clause after the going (某高中師生…赴某市，
#: 回訪…; …前往某市，並回訪…): `sentence[:clause start]` ends with the going.
_GONE_BEFORE_RETURN_VISIT = rx(r"(?:赴|前往)(?!高雄|本市|本府|臺|台)[^,;。]{1,20}?,$")
_RETURN_VISIT_OPENING = rx(r"^(?:並|再|隨即|隨後)?回訪(?!本市|本府|高雄)")
#: Each in turn: 甲、乙分別於9月及11月來訪 (the first date is 甲's, the second 乙's).
_EACH_IN_TURN = r"分別|各自"
_RESPECTIVELY = rx(_EACH_IN_TURN)
#: The same, or 各/均/皆, closing a list of senders (某市及某管理局各派一隊): no part of
#: the last one's name.
_EACH_CLOSING = rx(r"(?:" + _EACH_IN_TURN + r"|各|均|皆)+$")
#: Countries told as a list closed by 等國 (出訪甲國、乙國等國, 赴甲國等3國): a
#: summary of trips, not one trip.
_COUNTRIES_AND_MORE = rx(r"等(?:\d+|[一二三四五六七八九十]+)?個?國")
#: The heading of a chapter's overview (一、本期概述, 壹、前言, 概況): its sentences sum
#: up the period that the sections after it tell item by item.
_OVERVIEW_TITLE = rx(r"(?:本期|本年度?|本半年)?(?:概述|概況|概要|綜述|總述|前言|摘要|緒言)")
#: A sentence summing up the period (本期接待之甲市、乙市等城市訪團, 本(某)年下半年計有
#: 甲市、乙市等訪團): the period named, then a list closed by 等.
_PERIOD_SUMMED = rx(
    r"(?:本期|本半年|本季|本年度|本\(?\d*\)?年(?:度)?[上下]半年)[^。]*?、[^,;。]*?等"
)
#: Nothing but a time and adverbs (於3月, 並, 同年…亦): no subject of its own, so a
#: clause opening so goes on with the one before it (甲及乙，並分別於…).
_NO_SUBJECT = rx(r"(?:" + _TIME_PHRASE.pattern + r"|同年|今年|" + _ADVERBS + r"|\s)*")
#: Coming down to the city from elsewhere in Taiwan (…等13國使節共30餘人南下, 應邀專程
#: 南下出席, 自臺北南下參加): those stationed in Taiwan, so named, came to the city too.
_CAME_DOWN = rx(r"南下")
#: A half of the report's year, named without its year: 上半年, 下半年, 本年度.
_HALF_OF_YEAR = rx(r"(?<![0-9年])(?:上半年|下半年|本年度)")
#: Handing over in person: 當面轉交, 當面遞交, 面交.
_HANDED_IN_PERSON = rx(r"當面(?:致贈|遞交|轉交|交付)|面交")
#: A letter handed over, told by its writer and addressee (當面轉交某市長致陳市長之邀請函):
#: the officials named are the letter's, not people met; none handed to (予, 給).
_LETTER_HANDED_OVER = rx(r"[^,;。予給]{0,30}?(?:邀請函|賀函|信函|函|親筆信|信)(?:[,;。]|$)")
#: Coming to the country, not the city alone (某市長於9月3日至6日來臺, 訪臺): its days are
#: the stay in Taiwan, of which the city's part may be told after (5日南下參訪本市).
_CAME_TO_COUNTRY = rx(r"來臺|訪臺|抵臺")
#: A coming told as the time of something else: 來訪時, 訪高期間, 來臺之際 (when they came).
_CAME_WHEN = rx(r"(?:來訪|來高|來臺|訪高|到訪|抵高)(?:時|期間|之際)")
#: Bodies received, listed and closed by a word for them all (協助接待某協會、某商會等
#: 民間團體來訪, 接待甲會及乙社等團體到訪): the list, each body of which came.
_BODIES_RECEIVED = rx(
    r"接待([^,;。]+?)等(?:民間|國際|外國|海外|友好|各國)?(?:團體|單位|機構|組織|社團)"
    r"(?:來訪|到訪|來高|訪高|蒞臨)"
)
#: Coming said of a party named after it: 與來訪之某管理局簽署, 接待來高之某市代表團.
_CAME_AS = rx(r"(?:來訪|來高|來臺|訪高|到訪|抵高)(?:之|的)")
_SEND = rx(r"指派|派遣|特別派遣|派")
#: 與會 before a noun (與會城市代表, 與會人員, 與會者) names who took part; no verb.
#: Watching as spectators (觀賞「…煙火節」, 觀禮) is taking part too. 觀禮 is in _WITNESS as
#: well, on purpose: at an event watching is taking part, at a signing only witnessing
#: (the agreement rules read _WITNESS). No chapter writes 觀禮 yet, so the oracle cannot
#: tell; both are kept as written. Exhibiting (某市派遣藝術家來台參展) is taking part, and so
#: is competing (某市組隊參賽; not 參賽隊伍, who competed, nor a tally of teams, 共7隊參賽,
#: save one closing the list of the teams, 甲市、乙市等三隊參賽).
_JOIN = rx(
    _ATTEND_VERB + r"|與會(?!城市|代表|人員|者|貴賓|來賓|人士|嘉賓|學者|專家)|同臺|觀賞|觀禮"
    r"|(?<![\d一二三四五六七八九十兩]隊)參賽(?!隊|者|選手|人員|城市|國家|作品|資格)"
    # but a tally closing the list of those competing is theirs (計有甲市、乙市等三隊參賽)
    r"|(?:(?<=等[\d一二三四五六七八九十兩]隊)|(?<=等[\d一二三四五六七八九十兩]{2}隊))參賽"
    # presiding over its opening (由某某市長主持開幕鳴槍, 主持揭幕): there
    r"|主持(?:開幕|揭幕|開賽|鳴槍)"
    # teams marching in at the opening, or playing (某市代表隊列隊進場, 某隊出賽): competing
    r"|列隊進場|(?<=隊)進場|出賽"
)
#: Acting for someone named next with a title (代表王大明市長出席): the one acted for is
#: not there (the caller checks for the name and title; 某事務所代表某某 is a title).
_ACTING_FOR = rx(r"代表(?=[\u4e00-\u9fff])")
#: A signatory acting for a body, the home side after it (代表某州經濟發展廳與本府建設局
#: 簽署): the body acted for (1) and the home side's words (2).
_SIGNED_FOR = rx(r"代表([\u4e00-\u9fff]{2,24}?)與([^,;。與]{1,12})$")
#: Acting for a party named, closing the clause before an invitation (某市長並代表某某
#:管理局，邀請本府…): the one acted for invites.
_ACTING_FOR_CLOSING = rx(r"代表([\u4e00-\u9fff]{2,24}),$")
#: Talks whose topic runs on to the verb after (洽談燈會花車參展事宜, 研商參加明年博覽會):
#: the taking part is what is talked about, not done; not after the talk (討論後出席…,
#: 洽談並參加…).
#: Talks on the city's own taking part in an event (商談本市參加「…」相關事宜, 洽談本府
#: 組團出席「…」事宜): its part is planned.
_HOME_JOINING_TALKED_OF = rx(
    r"(?:洽談|洽商|研商|商討|討論|磋商|商談)(?:本市|本府)(?:組團|派員|派團)?(?:參加|參與|出席)(?=「)"
)
_TALKS_ON = rx(r"(?:洽談|洽商|研商|商討|討論|協調|磋商|商談)(?!後)[^,;。後並]{0,12}$")
#: The verbs of attending an invitation asks for (邀請某市派員出席「…」): they tell no
#: one's presence, as 同臺 (邀請某市副市長與市長同臺) does.
_ATTENDING_ASKED = rx(r"^(?:參加|參與|出席|與會)$")
#: Events of a kind, joined in general (參加國際會議及活動共11團次, 出席各項國際會議,
#: 協助對方廠商參加當地商展, 參加各地展覽): no event spoken of.
_GENERIC_EVENTS = rx(
    r"(?:各項|各類|各種|相關)?國際(?:會議|活動|會展|研討會|賽事)"
    r"|(?:當地|各地|兩地|國外)(?:之|的)?(?:商展|展覽|會展|展售會|博覽會)(?!「)"
)
#: A celebration of an occasion joined, named after the verb with no quotes (並應邀參加國慶
#: 慶祝活動, 出席元旦慶祝大會): its own, not the event the text spoke of (該慶祝活動 is).
_CELEBRATION_JOINED = rx(r"(?!該|此|上述|前述)[\u4e00-\u9fff]{1,8}?(?:慶祝活動|慶祝大會|慶典)")
#: Going round what is named next (參觀「2025某市燈會」, 觀摩某某博覽會): attending it when
#: it is an event.
_TOURS = rx(r"(?:參觀|觀摩)(?:了)?$")
#: Those who attended, listed after a noun of attending: 出席者包括, 現場與會貴賓有,
#: 參加者為, 實體出席人員計有, 與會城市分別為, 參與城市涵蓋, 與會國家遍及 (then the
#: list: the parties it names, not the subject of the sentence before).
_ATTENDEE_LIST = rx(
    r"(?:實體|現場|親自|線上|視訊)?(?:" + _ATTEND + r")"
    r"(?:者|人員|人士|貴賓|來賓|嘉賓|代表|城市|國家|單位|團隊)"
    r"(?:計有|共有|包括|包含|涵蓋|涵括|遍及|來自|分別為|有|為)(?:如下)?:?"
)
#: The verbs of a party other than the event's holder, which no holder's words cross:
#: 參加, 與會, 前往, 赴, 邀 (參加某市舉辦之「…」: 某市 holds it; 邀某市參加之「…」: not).
_OTHER_PARTY_VERB = _ATTEND + r"|前往|赴|邀"
#: Making an event known: 推介, 推廣, 宣傳, 行銷, 介紹.
_PROMOTING = r"推介|推廣|宣傳|行銷|介紹"
#: A description of the event written between a verb of attending and its name, with
#: no verb or party of its own (全球最大數位遊戲展「…」, 亞洲規模最大之年度盛會「…」,
#: 國際知名的「…」, 每年一度的音樂盛事「…」): the verb still governs the event.
_EVENT_DESCRIPTION = rx(
    r"(?:(?!" + _OTHER_PARTY_VERB + r"|並|暨|及|與|" + _PROMOTING + r"|簽|拜會|訪)"
    r"[^,;、「」]){1,20}"
)
#: How a description of an event ends: an attributive particle or a noun of a gathering
#: (an event's own ending, 遊戲展, 論壇, is read from the lexicon).
_DESCRIPTION_END = rx(r"(?:之|的|盛會|盛事|盛典|饗宴)$")
#: Drawing people to come, an aim (以吸引某地區旅客來高旅遊, 爭取某國遊客來訪): no
#: one is told coming.
_DRAWING = rx(r"吸引|爭取|招攬|招徠")
#: Asking the city to come, an invitation passed on (轉達某市長之邀請，請本府於9月組團
#: 出席…); not applying (申請) nor hiring (聘請), nor asking someone of the city (請本市
#: 旅行業者組團, 請本府各局處派員: only a time may come between). So does a hope spoken
#: to it (希望高雄市政府能組團前來觀摩).
_ASKS_HOME_TO_COME = (
    r"(?:(?<![邀函敦申聘懇])請|希望)(?=(?:本府|本市|市府|高雄市政府)(?:能|可)?(?:於[^,;。]{0,10}?)?"
    r"(?:組團|派員|派團|率團|出席|參加|參與|與會))"
)
#: Inviting, by letter too (函請/敦請…組團來高: the letter asks them to come), or asking
#: the city to come; convening others too (本府邀集某市、某市等姊妹市代表與會), not
#: convening its own (某局邀集本市業者組團赴…, 邀集所屬各局處: the city's group).
_INVITE = rx(
    r"邀請|邀(?!集(?:" + _HOME_NAMES + r"|市內|轄內|所屬|各局處))|函請|敦請|" + _ASKS_HOME_TO_COME
)
#: The city or a home official as the one invited: 本府, 陳市長, 市長.
_HOME_INVITEE = r"(?:" + _HOME_NAMES + r"|[\u4e00-\u9fff]?(?:副?市長|副?秘書長|局長))"
#: The city opening a sentence by inviting: 本府邀請, 市府特別邀請, 本府於某地邀請.
_HOME_INVITES = rx(_HOME + r"[^,;「」]{0,12}?(?:邀請|邀)")
#: A name in corner brackets (an event's, an agreement's): 「…」.
_QUOTED_NAME = rx(r"「[^「」]*」")
#: A name split around its title, in the old honorific style (吳市長敦義 for 吳敦義市長):
#: surname, title, given name; the surname opening a clause or after 由/與/經/並, not
#: the end of a place's name (某某市市長亞德).
_NAME_SPLIT_BY_TITLE = rx(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[由與經並]))([\u4e00-\u9fff])"
    r"((?:代理|副)?(?:市長|議長|縣長|局長|處長|知事|秘書長))([\u4e00-\u9fff]{1,2})"
)
#: A report the mayor speaks to the council, addressing its members (議長、副議長、
#: 各位議員女士、先生): the speaker is the home mayor.
_COUNCIL_ADDRESSED = rx(r"各位議員")
#: What may stand before the speaker's word for themselves, as a subject or a party
#: (，本人特地接見, 與本人, 陪同本人, 致函大明, 依大明手邊的紀錄); not the end of a word
#: (日本人, 市長本人: the one named, himself).
_SPEAKER_BEFORE = r"(?<![^,;。:與同由並也亦向及和在函依])"
#: The speaker naming themselves: 本人.
_SPEAKER_SELF = rx(_SPEAKER_BEFORE + "本人")
#: A home official or the city as the one invited: 邀請陳市長, 邀請本府, 邀請市長, 請本府組團出席.
_INVITES_HOME = rx(r"(?:邀請|邀)" + _HOME_INVITEE + "|" + _ASKS_HOME_TO_COME)
#: A letter told in a clause of its own before the invitation it carries: 某市於4月來函，
#: 邀請本市參加…; the clause writing it ends so.
_LETTER_SENT = rx(r"(?:來函|致函|發函|來信|致信)[,;]?$")
#: People or businesses named by where they are (當地通路業者, 當地旅行業者, 某市僑界代表,
#: 該市企業): the place is their whereabouts, not a party.
_FOLK_OF_PLACE = rx(
    r"(?:之|的)?(?:(?![及與和])[\u4e00-\u9fff]){0,4}?(?:業者|廠商|企業|僑界|僑胞|僑團|民眾|居民|通路|進口商|媒體|商家|店家)"
)
_PRESENCE = rx(r"同臺|致詞|演講|與談|出席")
#: Meeting: 拜會, 會晤, 會談…; held from afar too (線上交流, 視訊對談, 電話會談): a
#: meeting, though no visit.
_MEET = rx(
    # hosting a guest at a banquet (設宴款待, 接待並設宴款待) too; not 接待 alone, which a
    # bureau does with no one meeting the guest (本局接待來自…之某某一行), but 親自接待
    r"拜會|會晤|會見|會面|會談|晤談|晉見|接見|(?<=親自)接待|(?:接待[並及])?(?:設宴)?款待"
    r"|(?:線上|視訊|電話|遠距)(?:方式)?(?:交流|對談|座談)"
    # a meeting held from afar (舉行視訊會議, 召開線上會議), a working meeting (與某市某課
    # 進行工作會議) and a gift handed over in person (將捐款面交王市長, 當面致贈): the two
    # sides met
    r"|(?:舉行|召開|進行)(?:"
    + _REMOTE
    + r"|工作)(?:會議|會談)|"
    + _HANDED_IN_PERSON.pattern
    # 以視訊方式舉行某某交流會議, 以線上方式召開工作會談: the meeting named after the manner
    + r"|以(?:"
    + _REMOTE
    + ")方式(?:舉行|召開|進行)[^,]{0,12}?(?:會議|會談|座談會?)"
    # 陳市長與某會長就…交換意見: the two sides named before what they spoke of; 並與林市長
    # 餐敘: dining together, the one dined with named before it
    + r"|(?<=[\u4e00-\u9fff\)])(?:交換意見|餐敘)"
)
#: A meeting told as not had, the words before its verb (因行程緊湊，未及與陳市長餐敘,
#: 未能與某市長會面): none; and one first set (原訂晚間與陳市長餐敘) then called off
#: after it (因班機延誤而取消: _PUT_OFF).
_MEETING_NOT_HAD = rx(r"(?:未能|未及|未克|不克|無法)(?:親自)?(?:與[^,;。]{1,16})?$")
_MEETING_PUT_OFF = rx(r"^[^。]*?(?:" + _PUT_OFF + ")")
#: A pointer to an endnote, which tells the particulars of what the text sums up there
#: (市長率團訪問某國（註九）: the note names the cities).
_NOTE_POINTER = rx(r"\(註[一二三四五六七八九十\d]+\)")
#: A clause opening with a meeting as the time of what it tells (會晤時某市長邀請…,
#: 會談中雙方同意…): the meeting told before, none of its own.
_MEETING_RECALLED = rx(r"^(?:會晤|會談|會面|晤談|會見)(?:時|期間|中)")
#: The clause after a meeting naming who spoke for each side (…舉行交流會議，由某市某局局長
#: 王大明與本府某局李局長分別介紹…): the officials of the meeting.
_BY_BOTH_SIDES = rx(r"^由[^,]{2,40}?(?:與|及|和)[^,]{1,30}?(?:" + _EACH_IN_TURN + r"|共同|輪流)")
#: The host receiving a guest (陳市長於市府接見某國大使, 葉副市長接見來訪之…): the one
#: received came to the city.
#: 由王市長親自接待: the official, in person; hosting a guest (設宴款待) receives him too.
_RECEIVE = rx(r"接見|(?<=親自)接待|(?:接待[並及])?(?:設宴)?款待")
#: The home city's own seat as where a meeting took place (於市府, 在本府, 於市政府):
#: the guest was received at home.
_AT_HOME_SEAT = rx(r"(?:於|在)(?:本府|市府|本市|市政府|市政大樓)")
#: The city holding an event, in so many words: 在本市舉辦, 於本市舉行, 本府主辦, 本府籌辦,
#: and the reporting bureau's own 由本局主辦之「…」.
_HOME_HOSTING = r"(?:在|於)本市(?:舉辦|舉行)|(?:本府|" + _OWN_BUREAU + r")(?:舉辦|主辦|籌辦)"
_HOSTING = rx(_HOME_HOSTING + r"|辦理")
#: A sentence telling a holding with no subject written, only when (明年5月將續辦「…」,
#: 本年10月擴大舉辦「…」), on what occasion (本年端午節（6月20日）) and where (於愛河):
#: the report's own city holds it, as with 辦理「…」.
_HOLDS_UNSAID = rx(
    r"^(?:明年|今年|本年|同年|\d+年)?(?:\d+月)?(?:[上中下]旬|間|份|起)?"
    r"(?:[^\x00-\x7f,;。「」()（）]{1,3}節(?:[(（][^()（）]*[)）])?)?"
    r"(?:(?:於|在(?!地))[^\x00-\x7f,;。「」()（）]{1,8}?)?"  # (在地業者: local, no venue)
    r"(?:並|亦|將|預定|預計|擬|規劃|持續|賡續|繼續)*"
    r"(?:續辦|擴大舉辦|舉辦|主辦|籌辦)(?:之|的)?$"
)
#: The city holding the event named: 在本市舉辦, 本府主辦, 辦理「…」, 本市主辦2025…,
#: 本市籌辦「…」, 「…」主辦城市, 本府預定於9月舉辦之「…」.
_HOME_HOSTS = rx(
    _HOME_HOSTING
    + r"|辦理「|本市(?:主辦|籌辦)(?:之|的)?(?=\d|「)|」主辦城市"
    + r"|本府(?:預定|預計|將|擬|訂)?(?:於|在)"
    + rf"(?:(?!{_OTHER_PARTY_VERB}|該|組團|派)[^,;「」]){{1,12}}?(?:舉辦|主辦|籌辦)(?:之|的)「"
)
# --- Schools --------------------------------------------------------------------------

_SCHOOL_TIE = rx(r"姊妹校")
#: How school names end, the vocational schools' short forms (某某高商, 某某工商) too,
#: and Japan's 某某中學校, 某某小學校 (but 某某中學校長 is 某某中學's principal).
SCHOOL_ENDINGS = (
    r"(?:國中|國小|女中|高中|高級中學|中學校(?!長)|小學校(?!長)|中學|大學|學院|高等學校|中等教育學校"
    r"|高商|高工|高農|高職|商職|工職|家商|工商|商工|海事"
    # a vocational school written in full: 某高級商業職業學校, 某高級工業職業學校
    r"|職業學校)"
    # the longest ending: 某海事學院, not 某海事; 某國中學 not 某國中
    r"(?!學院|學校|大學|中學|高中|高級中學)"
)


def school_name(stops: str = "", longest: int = 14, founder: bool = True) -> str:
    """A school's name as a pattern: 2 to `longest` characters that are no space, comma,
    colon, 、, 與, 及, 的 or 偕 (nor any of `stops`), then a school's ending; `founder`
    allows the 國立/市立/私立 before it."""
    opening = "(?:國立|市立|私立)?" if founder else ""
    return rf"{opening}[^\s,:、與及的偕{stops}]{{2,{longest}}}?{SCHOOL_ENDINGS}"


#: The city's own, before a school (本市某高中), maybe as its founder (本市立某高中: 本市
#: 市立某高中, the name being 某高中) where a school's name of two words or more follows;
#: not where one character is all before the ending (本市立志高級中學, 本市立德國中: the
#: city's 立志高級中學 and 立德國中, 立 a part of the name).
_OF_THE_CITY = rf"本市(?:立(?![^\s,:、與及的偕]{SCHOOL_ENDINGS})(?={school_name(founder=False)}))?"
#: (該市某高中: a school of the city just named.) After a comma only a name, or one
#: after 本市/該市/當地 (,本市某高中): no verb or adverb opening it (,參訪本市某高中).
#: After 之, or 的 after going along (隨團訪問的市立某高中校長; not 參觀當地的某高中).
_SCHOOL = rx(
    # (成果：某高中…: a field's label before the colon, 成果, is no part of the name)
    r"(?:" + _OF_THE_CITY + r"|與當地|與該市|當地|與|由|之|"
    r"(?<=隨團訪問|隨團前往|隨團出訪)的|該市|^|:|"
    r",(?:本市|該市|當地)?(?!"
    r"參加|參與|出席|前往|赴|至|到|邀請|拜會|拜訪|訪問|參訪|參觀|考察|觀摩|來訪|"
    + _ADVERBS
    # 寄宿於某高中學生家庭, 就讀於某大學: the school named after the verb's 於
    + r")|(?<=[\u4e00-\u9fff]於))("
    + school_name("至之於")
    + ")"
)
#: A tie told as made at a time named by words, not by the sentence's date (為兩校上半年
#: 締結姊妹校後首度之交流, 兩校去年結盟後): the date read before is not the tie's.
_TIE_MADE_EARLIER = rx(
    r"(?:上半年|下半年|去年|前年|先前|此前|稍早)(?:所|甫)?(?:締結|結盟|簽訂|簽署)"
)
#: A school whose teachers or students someone leads (率領該市某高中（gloss）師生一行).
_SCHOOL_LED = rx(
    # (帶領該市國中學生: pupils of the city's schools, no school named)
    r"(?:該市|該縣|當地)?(?!該|當地)("
    + school_name("至之由率")
    + r")(?:\([^()]*\))?(?:師生|學生|教師)"
)
#: What opens a sentence before a home school's name: 另本市某高中, 此外本市某國中;
#: a plan's verb (協助某高中赴…締結姊妹校, 輔導本市某國中與…), or the handling's of a
#: budget report's line (辦理市立某高中與…締結姊妹校事宜), with the city or the
#: reporting bureau acting (本局輔導市立某女中與…: the bureau's own voice).
#: A month told before the name (加上本年三月某女中與…). Words of the sentence before 本市
#: or 該市 (規劃本市某國中與…) are cut by ties._after_city_word.
_HOME_SCHOOL_LEAD = rx(
    r"^[^月,]{0,10}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:上旬|中旬|下旬|間|份)?(?=.{2})"
    r"|^(?:另外?|此外|同時)?"
    rf"(?:(?:{_HOME_GOVERNMENT}|{_OWN_BUREAU})(?=協助|輔導|鼓勵|媒合|持續推動|推動|辦理))?"
    rf"(?:協助|輔導|鼓勵|媒合|持續推動|推動|辦理)?(?:{_OF_THE_CITY})?"
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
#: The other school of a tie, after 與 (與某高等學校, 與當地某高等學校締結姊妹校).
_WITH_SCHOOL = rx(r"與(?:當地|該市|本市)?")
#: Words of a tie being made (not just named: 來訪姊妹校某中學 is a visit).
_TIE_MAKING = rx(_MAKING + "|" + _SIGNING + r"|協定|協議")
#: Making a sister-school tie (signed or to come): 締結姊妹校, 結盟為姊妹校, 簽署姊妹校協定.
_SCHOOL_TIE_MADE = rx(
    r"(?:" + _TIE_VERB + "|" + _SIGNING + r")[^,;]{0,4}姊妹校"
    r"|姊妹校(?:之)?(?:締約|締盟|結盟|簽約)"  # 完成姊妹校締約
)
#: The two cities spoken of by their tie (就兩姊妹市間港埠交流交換意見, 兩友好城市之間):
#: the city and the one it is with hold that tie.
_BOTH_TIED = rx(r"兩(?:個|座)?(姊妹|友好)(?:城|港)?市(?:間|之間|之|的)")
#: The two schools of a tie just named: 兩校自101年締結姊妹校以來.
_BOTH_SCHOOLS = rx(r"兩校|雙方學校")
#: A school's people led there, no place named after (由某女中校長率師生18人前往): the
#: school, its name before its head's title.
_SCHOOL_WENT = rx(
    r"^(?:並|另)?由(?:本市)?([\u4e00-\u9fff]{2,12}?)(?:校長|副校長|主任|教師|老師)"
    r"(?:親自)?率(?:領)?(?:該校)?(?:師生|學生|教師)[^,;。]{0,8}?前往。?$"
)
# --- References, lists and hosts ------------------------------------------------------

_HOME_ACTOR = rx(_HOME_NAMES + r"|高雄市政府|我方|本團")  # 本團: the city's own delegation
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
# 「甲市」「乙市」「丙市」: a city's first character and 市 name a city just mentioned
# (甲某某市, 乙某某市, 丙某某市) when a city's people, offices or acts follow.
_SHORT_CITY = rx(
    r"(?<![本全各該兩每此])((?![本全各該兩每此])[\u4e00-\u9fff])市"
    r"(?=長|政府|府|議|代表|官員|團|民|之|的|[,、。]|並|與|及|和|在|於|參加|雙方|$)"
)
_YEARS_LATER = rx(r"(\d+)\s*年後")
#: Titles a place has one holder of at a time: the head of its government.
_ONE_HOLDER = frozenset(("市長", "縣長", "州長", "省長", "知事", "郡守", "區長"))
#: (本期重要外賓依到訪先後為A、B及C: guests named after 為, with or without a colon)
_LIST_START = rx(
    r"為:|包括|計有|辦理|邀請|如下:|:|(?:外賓|訪賓|貴賓|來賓|訪團)[^、,;]{0,10}?[為有]"
)
_RECEIVED_LIST = rx(r"訪賓|接待|到訪|拜會|外賓|訪團|來訪")
#: A section on ties being pursued, whose items are headed by the cities: 推動締結姊妹市,
#: 規劃中, and widening the city's ties (拓展姊妹市及友好城市版圖, 開拓城市夥伴關係).
_PURSUIT_SECTION = rx(
    r"推動.*締結|締結.*推動|規劃中|(?:拓展|開拓|擴展|擴大)[^,;。]{0,12}?(?:姊妹|友好|夥伴|版圖)"
)
#: A section on the exchanges with the city's sister cities, whose items are headed by
#: them (二、姊妹市交流 …（三）某國某市): 姊妹市交流, 與姊妹市之交流, 姊妹市互動.
_SISTERS_SECTION = rx(r"^(?:與)?姊妹市(?:之|間)?(?:交流|互動|往來)")
#: A section on the work of the time to come, whose items are plans: 下半年工作重點,
#: 明年度工作計畫, 明（103）年度工作重點, 未來工作方向, 下年度推動重點.
_PLANS_SECTION = rx(
    r"(?:下半年|下年度|明(?:\([^()]{1,6}\))?年|來年|未來)度?(?:之|的)?(?:工作|施政|推動)"
    r"(?:重點|計畫|計劃|規劃|方向)"
)
#: A festival named as the time of a wish, with no name quoted (有意於明年玫瑰節引進
#: 龍舟競賽, 希望於明年某某祭期間…): when the wish would be carried out, no event told.
_WISH_TIME = rx(r"(?:有意|希望|盼望?|期盼|考慮)於(?:明年|來年|下屆|明年度)?$")
#: What follows an event a party joins or holds (參加, 出席, 舉辦…, or in its days: 期間
#: 率團來高參加): not a wish's time.
_EVENT_ACTED_ON = rx(
    r"(?:(?:期間|時)[^,;。]{0,6}?)?(?:參加|參與|出席|與會|參賽|參展|演出|舉辦|舉行|主辦)"
)
#: A body opening its clause, then 由 and its head's title (某中學校由校長某某率師生…來訪):
#: the body whose head leads its group.
_BODY_THEN_HEAD = rx(r"(?:^|[,;。:])([\u4e00-\u9fff]{2,12}?)由$")
#: A field of a meeting's minutes opening its line (案由：, 說明：, 決議：, 主席裁示：,
#: 某局提：, 某局報告：), a part of the agenda (報告事項, 臨時動議) or a proposal's number
#: alone (第二案): what follows, up to the next, is that field's.
_MINUTES_FIELD = rx(
    r"^(?:主席)?(案由|說明|決議|結論|辦法|裁示|指示):"
    r"|^[\u4e00-\u9fff]{2,8}?(?:提|報告):"
    r"|^(?:[一二三四五六七八九十]{1,2}、)?(?:報告|討論|提案)事項|^臨時(?:動議|提案)"
    r"|^第[一二三四五六七八九十\d]{1,3}案$"
)
#: The fields of minutes that tell what the meeting decided: 決議, 結論, 裁示, 指示.
_RESOLUTION_FIELDS = frozenset(("決議", "結論", "裁示", "指示"))
#: A resolution telling what was done already, not what is to be (本案業經市長於九月五日
#: 與某市長簽署…，准予備查; 此行於五月十日…簽署; 消防局已於十一月七日…出席).
_RESOLUTION_DONE = rx(
    r"(?:已經?|業已?)(?:於|在|完成|簽|派員|率團|赴|前往|出席|參加)"
    r"|業經[^,;。]{0,8}?於|此行|此次訪問"
)
#: The field of a work-plan item giving what was planned for it (預定進度：…, 預定辦理
#: 事項：…), before what was done (實際執行情形：…): its paragraph tells plans only.
_PLAN_FIELD = rx(r"^預定(?:進度|辦理事項|工作項目|執行進度|目標):")
#: The field telling what was done (實際執行情形：…, 執行成果：…), which may follow the
#: planned schedule in its paragraph: what it tells is done.
_DONE_FIELD = rx(r"^(?:實際)?(?:執行|辦理)(?:情形|情況|成果|結果|概況):")
#: The first or only one of a scope (臺灣第一個主辦…之城市, 全國唯一): the place
#: before it is the scope, not a party.
_FIRST_OF = rx(r"第一個|首個|第一座|首座|唯一")
#: The right to host an event won (取得「…」主辦權, 獲得…之主辦權): its holder hosts it.
_HOSTING_RIGHT = rx(r"(?:取得|獲得|贏得|爭取到|拿下)[^,;「」]{0,4}「[^「」]+」(?:之|的)?主辦權")
_NOT_HOST_GAP = rx(r"[、及與和,]|參加|參與|出席|列席|邀請|舉行")  # 在某某市舉行之「…」: a venue
_PARENS = rx(r"\([^()]*[A-Za-z][^()]*\)")
#: Holding an event: 舉辦, 主辦, 辦理 (本府舉辦…, 市府主辦…).
_HOLDS = r"舉辦|主辦|辦理"
_HOLDING = rx(_HOLDS)
#: Holding or held, continuing to hold too (本府預定明年續辦「…」).
_HOLDING_OR_HELD = rx(_HOLDS + r"|舉行|續辦")
#: A sentence that is only a name in quotes (（２）「某某文化節」。): an item titled by
#: the event its later sentences tell of.
_TITLE_SENTENCE = rx(r"^「[^「」]+」[。.]?$")
#: A clause closing on a verb of holding or joining with no object (本府於11月12日至14日
#: 舉辦, …前往某市參加, …百餘人應邀出席): it holds or joins the event the item is titled by.
_BARE_VERB_CLOSING = rx(r"(?:" + _HOLDS + r"|舉行|" + _ATTEND + r")[。.]?$")
#: Verbs after which a place is what the subject goes to, joins or invites.
_OBJECT_VERB = rx(r"參加|參與|出席|前往|赴|至(?![\d今])|邀請|拜會|訪問(?!團)")
_OBJECT_VERB_CLOSING = rx("(?:" + _OBJECT_VERB.pattern + ")$")
# --- Meetings and the parts played at events ------------------------------------------

#: The home side of a meeting: 與本府, 與陳市長, 與市長, 與王大明市長, 與本府王副市長 (then
#: 會面, 會晤);
#: a name in full (the group) is the home side only when it is a home official's.
_HOME_SIDE = rx(
    r"與(?:"
    + _HOME_NAMES
    + r"|"
    + _HOME_GOVERNMENT
    + r"?([\u4e00-\u9fff]{0,3}?)"
    + _HOME_TITLE
    + r")"
    # the manner may stand before the verb: 與本府王副市長進行視訊(會談), 以電話方式(會談)
    r"(?:共同|進行|舉行|以|透過)?(?:線上|視訊|網路|遠距|電話)?(?:方式)?(?:進行|舉行)?$"
)
#: The home side receiving, before the verb: 由葉副市長接見, 由王大明市長親自接見,
#: 由市長王大明接見, 由黃副市長代表接見, 經本府王副市長接見 (the formal style's 經).
#: The time and place may stand between (謝市長於12日下午在市府親自接見, 由王市長於同日接見);
#: not a party met (陳市長於2月24日與某某市長會晤: 與 opens the one met, no time;
#: 於與會前, before attending, is a time). The city itself may receive, no one named
#: (本府特地在市府親自接見, as a speaker's report tells the mayor's own acts).
_HOME_RECEIVES = rx(
    # (the surname is no 由 or 經: 爰由黃副市長代表接見 is received by 黃副市長)
    r"(?:由|經|^)(?:本府)?(?:((?:(?![由經])[\u4e00-\u9fff]){0,3}?)"
    + _HOME_TITLE
    + r"|"
    + _HOME_TITLE
    + r"([\u4e00-\u9fff]{2,3}?)|(?<=本府))"
    # an adverb after the official (王大明市長並於12日晚設宴款待)
    + r"[並亦則也]?"
    + r"(?:於(?:[^,;。與]|與會){1,12}?)?(?:特地|特別)?"
    + r"(?:在(?:本府|市府|市政府|本市|市長室)[^,;。]{0,6}?)?"
    + r"(?:親自)?"
    # the formal style's 曾予, 予以 before the verb (蘇市長曾予接見, 經王市長予以接見)
    + r"(?:曾予|予以|曾)?"
    # on another's behalf (由黃副市長代表接見, 由秘書長代表市長接見): receiving all the same
    + r"(?:代表(?:"
    + _HOME_TITLE
    + r"|本府)?)?$"
)
#: A place's own bodies, written between it and one of their officials (某市政府官員,
#: 某市議會議長, 某市之副市長).
_OWN_BODY = rx(r"^(?:之|的)?(?:市政府|縣政府|政府|市府|市議會|議會|市役所|縣廳)?(?:之|的)?")
#: The home side right after the verb: 拜會陳市長, 拜會本府, 拜會王大明市長, 拜會本府王副
#: 市長, or the title first, 拜會市長王大明, or alone, 拜會市長。 (a name in full, a group,
#: only when it is a home official's).
_HOME_MET = rx(
    r"^(?:"
    + _HOME_GOVERNMENT
    + r"?(?:([^\W\d_並與及和暨之的]{1,3}?)"
    + _HOME_TITLE
    + r"|"
    + _HOME_TITLE
    + r"([\u4e00-\u9fff]{2,3}?)(?=[,;。並及暨與於]|$)"
    # the title alone, ending the clause (到任拜會市長。): the city's own
    + r"|"
    + _HOME_TITLE
    + r"(?=[,;。]|$))"
    + r"|"
    + _HOME_NAMES
    + r")"
)
#: A home official's title, in full (代理市長, 副市長, 秘書長).
_HOME_TITLE_ONLY = rx(_HOME_TITLE)
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
#: Parts played at an event: on a panel (與談); speaking (致詞, 專題演講, 擔任講座, and
#: presenting the party's own work: 於會中發表本市…之成果, 介紹某港區轉型之案例); on
#: stage (演出, 表演; 發表演說 is a talk).
_PANEL_PART = rx(r"與談")
#: Speaking words of greeting at an event: 致詞, 互致賀詞, 致歡迎詞, 分別致開幕詞.
_GREETING = r"(?:互|相互|分別|先後)?致(?:賀|歡迎|開幕|閉幕|祝)?詞"
#: The people a body sends, written after its name: 某市議會代表, 某協會人員, 某大學師生,
#: 某大學國際學生.
_SENT_PEOPLE = (
    r"(?:代表|專家|學者|教授|師生|人員|團隊|主管|高層|記者|派員|派團|組團|組隊"
    r"|(?:國際|外籍|交換)學生)"
)
_PEOPLE_SENT = rx(_SENT_PEOPLE)
#: A party's delegates presenting (某市代表分享…, 某市官員亦分別介紹…, 某市與會人員簡報…):
#: the party spoke.
_DELEGATE_PRESENTS = (
    r"(?:代表|官員|首長|人員)(?:亦|並|也|則|均|皆|"
    + _EACH_IN_TURN
    + r"|共同)*(?:分享|介紹|簡報|報告|說明)"
)
#: Partners of the subject's doing, not its subjects: 與某市、某市代表分享….
_WITH_PARTNER = rx(r"^(?:並|亦|也|另|同時)*與")
#: Speaking at an event: 致詞, 演講, 擔任講者, 某市代表分享…, presenting or sharing what
#: was done (發表…成果, 於某場次分享推動經驗), and a talk by its title (以「…」為題發表報告,
#: 發表簡報).
_SPEAKER_PART = rx(
    _GREETING
    + r"|同臺|演講|演說|主講|講者|專題|講座(?!教授)|講師|"
    + _DELEGATE_PRESENTS
    + r"|(?:發表|介紹|簡報|報告|分享)[^,;。]{0,30}?(?:成果|經驗|案例|做法|作法|實務|現況|概況)"
    + r"|為題(?:發表|進行|提出)|(?:發表|提出)(?:報告|簡報|論文)"
)
_PERFORMER_PART = rx(r"演出|(?<!發)表演")
#: Performing at an event named, or a part of it: 於「某燈會」開幕晚會演出.
_PERFORMED_AT = rx(r"(?:於|在)「[^「」]+」[^,;。「」]{0,8}?(?:" + _PERFORMER_PART.pattern + ")")
#: Performing at an event named bare, or a part of it (在某節大遊行中演出): as quoted.
_PERFORMED_IN_NAMED = rx(
    r"(?:於|在)[^,;。「」]{2,14}?(?:中|上)?(?:" + _PERFORMER_PART.pattern + ")"
)
#: Performing at a part of the event spoken of, not named (於開幕典禮及元宵節當晚在某河畔
#: 演出…, 在閉幕晚會表演, 在某節大遊行中演出): taking part in that event.
_PERFORMED_AT_PART = rx(
    r"^(?:並|亦|也)?(?:於|在)[^,;。「」]{0,12}?(?:開幕|閉幕|晚會|典禮|當晚|當天|期間|遊行)"
    r"[^,;。「」]{0,10}?(?:" + _PERFORMER_PART.pattern + ")"
)
#: What parts the items of a list of attendees: 、, 及, 與, 和, 暨.
_LIST_ITEM_BREAK = rx(r"[、及與和暨]")
#: What follows an item of a list that ends there: the next item, the list's close, or
#: what the listed are asked to do (甲市、乙市及新加坡組隊參加; not 菲律賓某舞蹈團).
_LIST_ITEM_ENDS = rx(r"[、及與和暨等,]|組隊|組團|派|參加|出席|與會|來|代表隊")
#: What the listed are asked to do, closing the list (…組隊參加, …派員出席).
_LISTED_ASKED_TO = rx(r"組隊|組團|派(?!駐)|參加|出席|與會|來")
#: A particle making the words before it qualify a noun: 韓國、日本之民間團體.
_QUALIFIES_NOUN = rx(r"[之的]")
#: What closes a list of attendees: 等, 等人, 等約180人, 等二十餘人.
_LIST_CLOSING_WORDS = rx(r"等[^、及與和暨]*$")
#: The people a body is there through, unnamed, after its name: 代表, 人員, 官員, 代表團.
_BODY_PEOPLE = rx(r"(?:代表團|代表|人員|官員|主管|幹部)+$")
#: The part a list's people played, opening the list in prose after the event spoken of:
#: 國外與談人包括A、B及C, 主講人為A及B, 演出團體計有A、B; or the guests told by the
#: part they played: 應邀發表專題演講之外賓計有：A、B, 擔任與談之學者為A及B.
_ROLE_LIST_OPENING = rx(
    r"(?:(?:講者|主講人|講師|演講者|與談人|表演團體|演出團體)(?:名單)?"
    r"|(?:應邀|受邀|獲邀)?(?:發表|擔任|進行)[^,;。:、]{0,6}?(?:演講|演說|與談|主講|講座)"
    r"(?:人|者)?之(?:外賓|貴賓|來賓|學者|專家|代表|人士|外籍人士))"
    r"(?:包括|計有|分別為|為|有)"
)
#: Words telling the listed were invited: 應邀發表專題演講之外賓計有.
_LIST_INVITED = rx(r"應邀|受邀|獲邀")
#: A heading over a list of the people who played a part at an event: 主要講者：,
#: 與談人如下：, 受邀表演團體：.
_ROLE_LIST_HEADING = rx(
    r"^(?:主要|特邀|受邀|專題)?(?:講者|主講人|講師|演講者|與談人|表演團體|演出團體)"
    r"(?:名單)?(?:如下|如次)?[:]?$"
)


# --- Who holds an event ---------------------------------------------------------------

#: An event told as a place's own, after 「…」為某市: 每年夏季最具代表性之傳統祭典,
#: 年度之重要節慶, 每年舉辦之盛事.
_PLACES_OWN_EVENT = rx(
    r"(?:每年|歷年|年度)?[^,;。「」]{0,16}?(?:之|的)(?:傳統|年度|重要)?"
    r"(?:祭典|節慶|慶典|盛事|盛會|活動)"
)

#: The endings of a body that holds events: 民政局, 委員會, 大學, 市政府, 公司.
_BODY = r"(?:局|會|處|部|廳|署|大學|政府|集團|公司)"
#: What may stand between 參加 and the event it governs: who holds it, or where.
_HELD_BY = rx(
    # 該市於8月舉辦之「…」, 由該市主辦之「…」
    # 由某市與某州共同主辦之「…」: hosts joined by 與/及/、 (the places removed)
    # 本府民政局於某某公園舉辦之「…」: the host, then the venue (a place or not)
    r"(?:每年|今年|本年|明年)?(?:由)?(?:[與及和、])*"
    rf"(?:{_HOME_GOVERNMENT}?[\u4e00-\u9fff]{{0,10}}?{_BODY})?"
    rf"(?:(?:於|在)(?:(?!{_OTHER_PARTY_VERB})[^,;「」]){{0,12}}?)?"
    rf"(?:[\u4e00-\u9fff]{{0,10}}?{_BODY})?"
    # (…主辦之第3屆「…」, 主辦之首屆「…」: the edition before the name)
    r"(?:所)?(?:共同|聯合)?(?:" + _HOLD_VERB + r"|辦理|合辦)(?:之|的)?(?:第\d+屆|首屆)?"
)
#: Who holds the event named next: 某某協會主辦之「…」, and a body named by an acronym
#: with its gloss after it: ABC東亞區(ABC East Asia)主辦之「…」; 的 as 之 (某某組織(ABC)
#: 主辦的「…」).
_ORGANIZER = rx(r"((?:[A-Z]{2,10})?[\u4e00-\u9fff]{2,16}?)(?:\([^()]*\))?(?:舉辦|主辦)(?:之|的)?「")
#: Holding, written as what qualifies the event named next (某局籌辦之「…」, 主辦的「…」):
#: who holds it is named right before.
_HOLDING_QUALIFIES = rx(r"(?:" + _HOLD_VERB + r"|籌辦)(?:之|的)$")
#: What may come right before a home bureau named as an event's holder: a verb of
#: joining, 由, the home government, or nothing (參加捷運局籌辦之「…」).
_BEFORE_HOME_HOLDER = rx(r"(?:^|參加|出席|參與|由|本府|市府)$")
#: Any short attributive ending in holding before the event: XYZ亞太區主辦之「…」,
#: 睽違N年重新舉辦之「…」, 本府與某協會合辦之「…」 (no other verb of taking part or going in
#: it).
_HELD_BY_ANYONE = rx(
    rf"(?:(?!{_OTHER_PARTY_VERB})[^,;「」]){{1,16}}?"
    r"(?:" + _HOLD_VERB + r"|合辦)(?:之|的)(?:第\d+屆|首屆)?"
)
#: The city holding an event through a bureau, at a venue: 參加本府民政局於某某公園
#: 舉辦之「…」, 本府觀光局於某市舉辦「…」 (no other party's verb in between).
_HOME_BUREAU_HOLDS = rx(
    _HOME_GOVERNMENT + r"[\u4e00-\u9fff]{1,6}?(?:局|處|會)"
    rf"(?:(?:於|在)(?:(?!{_OTHER_PARTY_VERB})[^,;「」]){{0,12}}?)?(?:舉辦|主辦|舉行)之?「"
)


# --- Ties: partners, agreements' names, bodies referred to ----------------------------

#: A clause inviting the sister cities as a group: 邀請姊妹市參加, 邀請各姊妹城市出席.
_SISTERS_INVITED = rx(r"邀請?(?:各|所有)?" + _SISTER_CITY + r"(?:" + _ATTEND + r")$")
#: A friendship city named in passing: 友好城市某某市, 本市友好市X.
_FRIENDSHIP = rx(_FRIENDSHIP_KIND)
#: What joins the items of a list of partners: 某市、某市及某市, 某市暨某縣.
_JOINER = rx(r"[、及與和暨]")
#: A tie told as what qualifies the places after it: 締結姊妹市的某市, 結盟之某市.
_QUALIFYING = rx(r"[的之]")
#: What joins an item to a list when words qualify it: 甲市及今年甫成為本市姊妹市之乙市.
_JOINER_QUALIFYING = rx(r"[、及與和暨][^、,;]{0,30}[的之]")
#: A place's own government, which signs as the place: 市政府, 縣廳, 市役所.
_GOVERNMENT = rx(r"(?:市|縣|州|省|都|道|府)?(?:政府|府|廳|役所|當局)")

#: A tie being sought, written before it: 推動與某市締結, 爭取, 研議.
_SEEKING = rx(r"推動|爭取|研議|有意")  # 某校表示有意與本市某高中締結姊妹校: a wish
#: A tie named as what is wished, right after its kind (轉達與某大學締結姊妹校之意願,
#: 締結姊妹校的可能性): not made.
_TIE_WISHED_AFTER = rx(r"^[^,;。]{0,4}?(?:之|的)?(?:意願|意向|可能性?|可行性|構想)")
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
#: A city's own government named after it (某市政府, 某市市府, 某市役所, 某縣廳, 某市市政廳):
#: the city itself, as the other side of a meeting.
_CITY_GOVERNMENT = rx(r"(?:市|縣|州|道)?(?:政府|府|役所|廳|政廳)")
#: A city's own governing body, written right after its name, that acts for the city
#: on its ties (某市議會決議終止…姊妹市關係, 某市政府同意締結…).
_GOVERNING_BODY = rx(r"(?:市|縣)?(?:議會|政府|役所|廳|當局)")
#: Cities grouped after a list: 等3個城市, 等五個友好城市, 等市 (the words before 城市
#: kept, to tell a tie's kind from another group).
_GROUPED_CITIES = rx(r"等(?:\d+|[一二三四五六七八九十]+)?個?([^,;、]{0,6}?)(?:城市|市)")
#: A word of a tie: 姊妹, 友好.
_TIE_WORD = rx(r"姊妹|友好")
#: The city's partner called so before its name (本市姊妹市澳洲某市副市長某某): words of
#: who the place is to the city, no part of who leads.
_OUR_PARTNER_CALLED = rx(r"(?:本市|我市)(?:之|的)?(?:姊妹|友好)(?:城市|市)")
#: A place called by its tie to the city, closing the words before a body (某市姊妹市之
#: 某高中: the school of that sister city).
_TIE_CALLED_CLOSING = rx(r"(?:姊妹|友好)(?:城市|市|縣|州)$")
#: A list closed by two kinds of tie together (甲市、乙市及丙縣等姊妹市及友好城市): which
#: city holds which is not told. The first kind is followed by the second, the second
#: preceded by the first.
_TWO_TIE_KINDS_AFTER = rx(r"^(?:及|與|暨|和|、)(?:姊妹|友好)(?:城?市|縣)")
_TWO_TIE_KINDS_BEFORE = rx(r"等(?:姊妹|友好)(?:城?市|縣)(?:及|與|暨|和|、)$")
#: Words opening an agreement's quoted name that are no part of its kind: 「雙方…」,
#: 「兩市…」, 「彼此…」, 「加強…備忘錄」; 之 after the verb (簽署之交流協議).
_TITLE_OPENING = rx(r"^(?:之|的)?(?:雙方|兩市|彼此|加強)?")
#: What joins the fields of an agreement: 在經貿、觀光及教育等方面 (not 暨, as _JOINER).
_FIELD_JOINER = rx(r"[、及和與]")
#: The coming of the party named next, opening its name: (與)來訪之某局, 來高之某市.
_CAME_OF = rx(r"^(?:來訪|來高|來臺)?之")
#: Dealing with a party on a matter: 與某市某某服務局就垃圾分類經驗交流 (the party).
_DEALT_WITH_ON = rx(r"與([^,;。與及]{2,30}?)就")
#: Going with the people of a body named before by 該 (某市長偕該市議員二人來訪,
#: 某委員會主席偕同該委員會委員, 某市長偕夫人及該市府官員): what follows 該 is the
#: body's ending.
_ALONG_WITH_THAT = rx(r"偕同?(?:夫人|配偶|眷屬)?(?:及|與|暨)?該")
#: A body whose staff go along with the city's (偕同某大學附設醫院醫護人員, 偕同某公司
#:技術人員) or with a visitor (偕同某港務局代表, 偕同某辦事處主任, no name after): the
#: body, before the words of its people.
_BODY_ALONG = rx(
    r"偕同([^\s,、與及的至之由率]{2,24}?)(?:之)?(?:醫護|醫療|技術|專業|行政)?"
    r"(?:人員|師生|教師|代表|主任|會員|成員)"
    # 偕同本市某高中管樂隊共42人, 偕同某國小舞蹈團一行: a team or troupe, by its count
    r"|偕同(?:本市)?([^\s,、與及的至之由率]{2,24}?(?:隊|團))(?=共|一行|計|約?\d)"
    # 本府某局會同某協會，於3月22日赴某地參加: the body itself, its name closing the words
    # (not 會同某局組成訪問團: the delegation formed)
    r"|(?:會同|偕同)([^\s,、與及的至之由率組]{2,24}?)(?=,|於|赴|前往)"
)
#: Going along with the city's leader (陪同陳市長, 偕同王副市長, 隨同市長): the city's
#: call, those along with it.
_ALONG_WITH_HOME = rx(r"(?:陪同|偕同|隨同)(?:本府)?[\u4e00-\u9fff]{0,4}?" + _HOME_TITLE)
#: One going about with another (某市市長某某則全程陪同本府參觀, 本府陪同州長搭乘港勤船):
#: the two met.
_ACCOMPANIES = rx(r"(?:全程|親自|特別|特地)?陪同")
#: The clause's words before its verb telling who went along with its subject (由本府
#: 觀光局長某某陪同出席…): the subject, told before, is the one who goes.
_ESCORTED_BY = rx(r"^(?:並|亦)?由[^,;。]{1,20}?" + _ACCOMPANIES.pattern + r"$")
#: The home side right after 陪同, the one accompanied: 本府, 市長, 王市長.
_HOME_ACCOMPANIED = rx(r"(?:本府|[\u4e00-\u9fff]?" + _HOME_TITLE + ")")
#: The home side alone before 陪同, the one accompanying: 本府, 市長, 王市長.
_HOME_ACCOMPANYING = rx(r"(?:本府|[\u4e00-\u9fff]?" + _HOME_TITLE + ")$")
#: What the two did together, ending who was accompanied: 搭乘, 參觀, 巡視, 前往….
_DONE_TOGETHER = rx(r"搭乘|參觀|巡視|視察|考察|前往|遊覽|參訪|出席")
#: A group a body sends, written after its name (某高等學校修學旅行團, 某大學訪問團).
_GROUP_TAIL = rx(r"[\u4e00-\u9fff]{0,6}團")
#: Going to a place or body named next, opening the words (並前往某大學, 赴某高中).
_GOING_TO_OPENING = rx(r"^(?:並|亦|另|再)*(?:前往|赴|至|到|拜會|拜訪)")
#: Holding or organizing, opening a clause with no subject of its own (並籌辦10月間之
#: 「…」, 將舉辦「…」).
_HOLDING_OPENING = rx(r"^(?:並|亦|另|將|預定|預計|持續|賡續|積極)*(?:籌辦|舉辦|主辦|辦理)")
#: A school referred to (該校), and what follows it of the person's title (該校國際處).
_THAT_SCHOOL = rx(r"該校(.*)")
#: An office referred to by the last word of its kind (該所 of 某事務所, 某研究所; 該會 of
#: 某協會, 某委員會), then the unit or title after it (該所代表某某, 該會會長某某).
_THAT_OFFICE = rx(r"該(所|會)(.*)")
#: A body referred to by its kind (該局, 該公司, 該大學); after 與 (與該局簽署…).
_THAT_BODY_KIND = r"該(局|公司|協會|會|大學|學院|組織|機構|署|處|廳|所)"
_WITH_THAT_BODY = rx(r"與" + _THAT_BODY_KIND)
#: A body referred to by its kind as the subject of an invitation: 該廳並邀請本府…,
#: 該局亦正式邀請本市…, or the one it is made for (並代表該局邀請本府…).
_THAT_BODY_INVITING = rx(
    r"(?:(?:並|亦|也|另|再)*代表)?" + _THAT_BODY_KIND + r"(?:並|亦|也|另|再|特|正式)*"
)
#: A body referred to by its kind as who acts: 由該局執行長親自與會, 該公司派員出席 (not
#: 該會議, 該處 there).
_ACTING_BODY_KINDS = r"局|公司|協會|大學|學院|組織|機構|署|廳"
_THAT_BODY = rx(r"該(" + _ACTING_BODY_KINDS + r"|會(?!議|場|中|期|後))")
#: A troupe referred to (由該團與…同台演出): the troupe named last.
_THAT_TROUPE = rx(r"該團(?!體)")
#: A body referred to by its kind as the host of an event: as _THAT_BODY, and 該處 too
#: (an office, 某辦事處: 出席該處假某飯店主辦之「…」, not "there").
_THAT_BODY_HOSTING = rx(r"該(" + _ACTING_BODY_KINDS + r"|處|會(?!議|場|中|期|後))")
#: A body referred to by its kind holding the event named next: 出席該局6月20日主辦之「…」.
_THAT_BODY_HOLDS = rx(
    _THAT_BODY_HOSTING.pattern + r"(?:於|在)?[^,;「」]{0,12}?(?:舉辦|主辦)(?:之|的)?「"
)
#: A partner named with its tie after 與 (與姊妹市某市, 與本市友好城市某市簽署…).
_WITH_TIED = rx(r"與(?:本市|本府)?(?:之|的)?$")
#: An agreement told by its kind alone, no name of its own: 合作備忘錄, 備忘錄, 交流協議.
_AGREEMENT_BY_KIND = rx(r"(?:合作|交流|友好|合作交流|交流合作)?(?:" + _AGREEMENT_KINDS + ")")
#: A memorandum or an accord: 備忘錄, 協議 (the agreements a tie section may also sign).
_MOU_OR_ACCORD = rx(r"備忘錄|協議")

# --- Visits and meetings --------------------------------------------------------------

#: A coming told as another one (再次來訪, 10年後…回訪): not the coming told before.
_ANOTHER_COMING = rx(r"再次|再度|再訪|回訪|年後")
#: A date that writes its year (102年8月, 2013年), not a month of every year.
_YEAR_WRITTEN = rx(r"\d{2,4}\s*年|\d{4}")
#: What may follow a country named alone as where a visit went (赴日本考察, 赴某國訪問):
#: no place of its own (not a city's name going on).
_COUNTRY_ALONE = rx(r"[^\u4e00-\u9fff]|" + _VISIT_PURPOSE_WORDS + "|" + _ATTEND + r"|研習|拜會|$")
#: A home school sending its own people: 由國立某某大學遴派2名學生, 由本市某高中組團.
#: Or one opening the sentence or a clause: 本市某高工師生一行24人…赴…, …，本市某高商由
#: 校長率師生…赴….
_SCHOOL_SENDS = rx(
    # 市立某高中師生…赴…: a municipal school, the city's own as 本市 makes it; so does
    # the city's name opening the school's (高雄女中校長某某帶著師生飛往…)
    r"(?:由(?:本市)?|(?:^|,)本市|(?:^|,)(?=市立|高雄))(" + school_name("至之由本") + r")"
    # 本市某高商(由)校長率師生…: its head leading its own people
    r"(?:組團|遴派|選派|派|師生|學生"
    r"|(?:由(?:該校)?)?(?:校長|主任|老師|教師)[^,]{0,4}?(?:率|帶領|帶著))"
)
#: The other side of a meeting, between 與 and the verb: 與…市長喬治．史密斯(…)會談.
#: (與某市某課就明年度某某事項進行工作會議: the topic after 就, the second group, and the
#: verb of holding are no part of the party; nor is what the topic speaks of the meeting's
#: time.)
_MET_PARTY = rx(r"與([^與]+?)(?:以[^與]{1,6})?(?:(就[^與,]{1,30}?))?(?:進行|舉行|召開)?$")
#: What may stand between the other side of a meeting and its verb, when 與 X ends the
#: clause before: 陳市長與某市市長某某，透過視訊會談 / ，並以視訊方式進行會談 / ，雙方線上會晤.
_MANNER_ONLY = rx(
    r"(?:並|亦|也|隨即|雙方|兩人)*(?:透過|以|藉由|經由|在|於)?(?:線上|視訊|網路|遠距|遠端|電話)?"
    r"(?:連線|會議|方式|平臺)?(?:進行|舉行)?"
)
#: Leading others, wherever in the clause (率團, 親率議長某某等一行, 率領): who is named
#: before it leads, who after it is led.
_LEADS_OTHERS = rx(_LEAD_VERB + r"|率(?!先)")
#: A group led, named after the verb (率某某市少年足球隊) or before 由 (…代表隊由某某帶隊);
#: its name runs across no parenthesis (…組隊前來（某市隊由某某領隊）: the aside opens it).
_GROUP = rx(r"(?:本市)?([^\s,、與及的至之由率()]{2,20}?隊)")
#: (…代表隊由某某帶隊: the group written before who leads it.)
_GROUP_LED = rx(r"([^\s,、與及的至之由率()]{2,20}?隊)由[^,]{0,30}$")
#: Words between the other side of a meeting and its verb: 與某市共同(會談), 進行, 舉行, 就.
_MEETING_FILLER = rx(r"(?:共同|進行|舉行|就)$")
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
#: An event held at the place just named: (參加於某市)舉行之「…」, 舉辦「…」.
_HELD_THERE = rx(r"(?:舉行|舉辦)之?「")
#: A team or troupe sent: 派遣某某少棒隊, 派某高中管樂團.
_SENT_TEAM = rx(r"派遣?([^,;。]{2,16}?(?:隊|團))")
#: Where the name of who sent or came ends: 某市亦…, 某市派…, 某市組團…, 某市一行, 某市於3月.
#: (某高等學校由校長率領師生…: who led, after the body, is no part of its name)
_SENDER_END = rx(
    r"亦|也|特別|派|組團|至|前來|抵達|來訪|回訪|訪問團|訪問|參訪(?!團)|拜會|拜訪|一行|於\d|(?:應|受|獲)[^,;]{0,12}?邀"
    r"|由[^,由]{0,8}?(?:" + _LEAD_VERB + r"|率)"
)
#: The head of a place written after it: 某市市長, 某縣知事, 某州州長, 某市首長.
_HEAD_OF_PLACE = rx(r"[\u4e00-\u9fff]{0,4}(?:市長|首長|知事|州長)")

# --- Visitor lists --------------------------------------------------------------------

#: A body's name saying it sits in Taiwan: 某國在台協會, 某國駐臺北代表處, 某國駐華大使館.
_IN_TAIWAN = rx(r"(?:在|駐)(?:臺|華)")
#: A list closed by the envoys it names (…、某中心主任某某等駐臺使節及眷屬共25人): each
#: one listed is stationed in Taiwan, whatever the name of the office.
_ENVOYS_LISTED = rx(r"等(?:各國)?(?:駐(?:臺|華)|在臺)(?:使節|外交官|外交使節|代表|機構代表)")
#: Where a list of visitors ends: the 等 after its last item (not 高等, 中等, 初等), or
#: the verb of leading after it (…及某市市長王大明率團).
_LIST_END = rx(r"(?<![高中初])等|率(?:團|領)(?=[,;。]|$)")
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
#: What stands before the partner in an affiliation: 某大學姊妹校, 本市姊妹市.
_OURS_BEFORE = rx(r"^(?:.*姊妹校|本市" + _SISTER_CITY + ")")
#: The tie written after the partner's country, before its city's body (美國姊妹市某市
#: 議會, 姊妹市某市議會): what the place is to us, the country before it kept.
_TIE_AFTER_COUNTRY = rx(
    r"^([\u4e00-\u9fff]{0,8}?)(?:" + _SISTER_CITY + r"|友好城市)(?=[\u4e00-\u9fff]{3})"
)
#: An item of a list parted by ；, its day written after it: 某國駐臺代表處代表王大明，2月20日.
_DATED_ITEM = rx(r"^(.+?),((?:\d+年)?\d+月\d+日(?:至\d+日)?)$")
#: A heading introducing a list of visitors: 本期蒞府拜會之主要駐臺使節如下：, 重要訪賓如次：.
_VISITOR_HEADING = rx(r"(?:拜會|來訪|訪賓|外賓|使節)[^,;。]*(?:如下|如次):$")
#: A record card's field listing its visitors: 來訪人員：, 訪問團成員：, 訪賓名單：, 外賓：
#: (the list after it, or on the lines below when the label stands alone on its line).
_VISITORS_FIELD = rx(
    r"^(?:(?:來訪|到訪|訪問團)(?:人員|成員|名單)|(?:訪賓|外賓|來賓|貴賓)(?:名單)?):"
)
#: The label of a record card's field opening its line (案由：, 日期：, 接見人員：): a few
#: ideographs before a colon.
_CARD_FIELD = rx(r"^[\u4e00-\u9fff]{2,6}:")
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
#: A list item opening with a joining word: 以及某會社, 及某協會, 暨某大學.
_ITEM_JOINER_OPENING = rx(r"^(?:以及|及|與|和|暨)")
#: A sentence ending in attending: …等出席, …等與會.
_ATTENDING_END = rx(r"(?:出席|與會)$")
#: A meeting about an event, written after its series' bare name (高雄燈會檢討會, 燈會
#: 行前記者會, 燈會籌備會議): a meeting of its own, not the event.
_MEETING_ABOUT_EVENT = rx(
    r"[^,;。「」]{0,4}?(?:(?:檢討|籌備|協調|工作|行前|說明|記者|座談|成果|聯繫)會|會議)"
)
#: Attending a ceremony of the event spoken of, not named again (出席於主場館舉行之開幕
#: 典禮, 觀賞閉幕式, 出席頒獎晚會): a part of the event the text is about.
#: 元宵(節)晚會 is the lantern festival's evening gala.
_CEREMONY = r"(?:開幕|閉幕|開閉幕|頒獎|歡迎|元宵節?)(?:典禮|式|儀式|晚會|晚宴)"
_AT_CEREMONY = rx(rf"(?:{_ATTEND}|觀賞|觀禮)[^，。；,;「」]{{0,20}}{_CEREMONY}")
#: A ceremony of the event spoken of, named before a list of those at it (開幕典禮邀請
#: 駐臺使節觀禮，計有A、B等20餘人出席).
_CEREMONY_NAMED = rx(_CEREMONY)
#: A list closed by its people attending: 等20餘人出席, 等二十餘位貴賓應邀觀禮.
_LIST_ATTENDED = rx(r"等[^,;。、]{0,10}?(?:人|位|名|貴賓|外賓|來賓)?(?:應邀)?(?:出席|與會|觀禮)")
#: An act done at a ceremony of the event spoken of (於閉幕典禮致詞, 開幕式中…自王市長
#: 手中接下會旗, 於閉幕式上交接主辦權): whoever does it takes part in the event (a
#: gloss in brackets counts as one character of the words between).
_CEREMONY_ACT = rx(
    rf"{_CEREMONY}(?:中|上|時|當天|現場)?(?:[^。;；()]|\([^()]*\)){{0,60}}?"
    r"(?:致詞|致辭|接下|接過|接旗|交接|授旗|交旗|移交|點燈|剪綵|揭幕)"
)
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

# --- Invitations and taking part ------------------------------------------------------

#: Verbs that make a clause more than a subject: what it says is its own.
_VERB = rx(_ATTEND + r"|率|派|前往|訪|拜會|會晤|邀|簽|舉辦|主辦|認為|表示|指派")
#: An edition called off by its holder (not merely postponed, 延期, nor a trip cancelled).
_CANCELLED = rx(r"停辦|停止舉辦|取消舉辦|宣布取消")
#: A plan first made, told before what became of it (本府原規劃組團參加…, 原訂派員出席…,
#: 原預定率團前往…): the party meant to take part.
_PLAN_FIRST = rx(r"原(?:訂|定|規劃|預定|預計|計畫|計劃|擬)")
#: The holder of the event spoken of, named by its part (因主辦單位某某基金會宣布取消…,
#: 主辦機構某某協會表示…, 主辦者為某某委員會): the body written after it.
_ORGANIZER_NAMED = rx(
    r"主辦(?:單位|機構|者|團體)(?:為|係|是)?([A-Za-z\u4e00-\u9fff]{2,24}?)"
    r"(?=於|宣布|宣佈|已|表示|決定|因|並|亦|則|,|;|。|$)"
)
#: A guest's own coming called off (來函取消行程, 取消來訪, 訪問行程因故延期, 暫緩來訪):
#: the event took place, the guest was not there.
_TRIP_CALLED_OFF = rx(
    r"(?:取消|延後|延期|暫緩|中止)(?:本次|此次|原訂|原定)?(?:行程|來訪|訪問|訪臺|訪台|訪高|來高|出訪)"
    r"|(?:行程|來訪|訪問|訪臺|訪台|訪高)[^,;。]{0,6}?(?:取消|延後|延期|暫緩|中止)"
)
#: The time of an event, told by a word for it or its quoted name (燈會期間, 於開幕期間,
#: 活動舉辦期間, 「…」期間): not any time (疫情期間, 訪臺期間, 任職期間).
_EVENT_PERIOD = rx(
    r"(?:" + _EVENT_WORD + r"|燈會|賽會|開幕|展出|展|祭典|慶典|」)(?:舉辦|舉行)?期間"
)
#: An invitation conveyed by a guest, of the one named: 轉達該市市長某某之邀請.
_INVITATION_CONVEYED = rx(r"轉達([^,;。]{2,40}?)之?(?:邀請|邀約)")
#: What one acts in line with, as a clause after his name (某市長某某依上半年本府訪團
#: 訪問時之約定，率…; 依據雙方之共識，): no part of what he does, nor its time.
_IN_LINE_WITH_CLAUSE = rx(
    r"^(?:依|依據|依照|基於)[^,;。「」]{0,30}?(?:約定|共識|協議|決議|規劃|計畫|計劃),"
)
#: An inviter's words naming a place before the invitation (橫濱市, 日本國, 該市): not
#: 市長, 市府, 市民, 市議會.
_INVITER_NAMES_PLACE = r"(?:(?!邀)[^,;。]){0,20}?(?:[市縣州都省](?![長府民議])|國|該)"
#: Invited by another party, said of the invitee: 應姊妹市某市之邀, 受某縣邀請, 應某市政府
#: 邀請, and 經某市邀請 opening a clause or after the city invited (經某市港灣局邀請，本府由…
#: 前往; 本府經某市邀請，指派…出席; not 經濟部邀請, 已經邀請, nor the city's own 經本府
#: 邀請); the inviter is the place written in between. After 本府 the inviter must name a
#: place (a city, a country, 該市): 本府經發局邀請, 市府經建會邀請 open a bureau of the city's
#: own, and 本府經正式函邀, 經透過外交部邀請 tell how the city invited.
_INVITED_BY = rx(
    r"(?:受|應|(?:^|(?<=[,;另並亦且])|(?<=本府|市府)(?=經" + _INVITER_NAMES_PLACE + r"))"
    r"經(?!濟|過|由|費|常|理|營|驗|本府|本市|市府))"
    # (the inviter's name may close with its gloss: 應某某協會(Some Association)之邀)
    r"([^,;「」受應]{2,24}?(?:\([^()]*\))?)(?:之)?(?:邀請|邀約|邀)"
)
#: What follows 應邀 that qualifies a party named after it (應邀加入之某市, 應邀參賽的某隊):
#: the party came at the invitation.
_INVITED_QUALIFIES = rx(r"[^,;。、「」]{0,4}?(?:之|的)(?!邀)")
#: A commitment to come (已確認由市長率團出席, 已回函確認, 允諾組團參加, 決定接受邀請):
#: planned, not yet there.
_COMMITTED = rx(r"確認|確定|允諾|承諾|答應|應允|同意|接受(?=邀請|邀約|其邀|之邀)")
#: An invitation declined (婉謝本屆邀請, 婉拒邀約, 謝絕…之邀): invited, and not there.
_DECLINE_VERB = r"婉謝|婉拒|謝絕|辭謝"
#: Declining, the invitation not named again (…，惟因預算不足而婉謝).
_DECLINE_WORD = rx(_DECLINE_VERB)
_DECLINED = rx(r"(?:" + _DECLINE_VERB + r")[^,;]{0,6}?(?:邀請|邀約|之邀)")
#: A guest not coming, no event named: the trip not made (未能成行, 無法成行) or the
#: invitation declined with nothing after (來函婉拒, 婉謝): of the city's event spoken of.
_NOT_COMING = rx(r"(?:未能|無法|未克|不克)成行|(?:" + _DECLINE_VERB + r")[。.]?$")
#: A trip not made that is no coming to the city's event spoken of: to another place or
#: on another errand (訪問某市, 前往某地, 洽談經貿合作; not 赴高, coming here), or at a
#: time of its own with no joining told (原訂十月來訪: _OWN_TIME_TRIP).
_OTHER_TRIP = rx(r"(?<![來蒞高臺台])訪問|拜會|(?:前往|赴)(?!高|本市|本府|市府)|洽談|洽商|考察|參訪")
_OWN_TIME_TRIP = rx(r"(?:原訂|原定|原擬|原預定|預定)於?[^,;。]{0,6}?[月旬]")
#: The city's own people opening a sentence (本府…, 王大明市長原訂…, 另市長原擬…): a
#: trip of theirs, no guest's (not 某市市長某某, 台南市市長).
_HOME_OPENS = rx(
    r"^(?:另|惟|而)?(?:" + _HOME_NAMES + r"|[\u4e00-\u9fff]{0,3}(?<![市縣])" + _HOME_TITLE + ")"
)
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
#: Replies to an invitation listed item by item (各城市回覆情形如下, 回應情形如下:).
_REPLIES = rx(r"(?:回覆|回應|回函|答覆|函復)(?:情形|情況|結果)?(?:如下|如次)")
#: An item's number opening it: 1、, (2), 3., （四）.
_ITEM_NUMBER = r"[(（]?[\d一二三四五六七八九十]+[)）、.]"
#: A photograph caption's label opening its text: 圖三　, 照片12 .
_CAPTION_LABEL = rx(r"^(?:圖|照片|相片)[\d一二三四五六七八九十]+\s*")
#: A heading's number, its closing mark left out too: (二)主辦…, 3主辦….
_ITEM_NUMBER_OPENING = rx("^" + _ITEM_NUMBER + "?")
#: A list item opening with the party it is about (1、韓國某市：…, (2)某市:…).
_ITEM_PARTY = rx(r"^(?:" + _ITEM_NUMBER + r")?([^,:;]{2,16}?)[:]")
#: A list item's label of attending, no verb of its own: 出席：, 未出席：, 參加情形：,
#: 2.與會城市： (the verb, if any, comes after it).
_ATTENDING_LABEL = rx(
    r"^(?:" + _ITEM_NUMBER + r")?未?(?:" + _ATTEND + r")(?:情形|情況|狀況|城市|單位|名單)?[:]"
)
#: The next edition, by year or by its number: 明年, 下屆, 下一屆, 次屆.
_NEXT_EDITION = r"明年|下一?屆|次屆"
#: An edition named by its year relative to the sentence's (明年之, 今年的, 下屆) or by its
#: ordinal written before the quoted name (第100屆「某某節」, 首屆「某某論壇」).
_WHICH_EDITION = rx(
    r"(?:今年|本年|去年|本屆|該屆|"
    + _NEXT_EDITION
    + r")度?(?:之|的)?|(?:第"
    + _ORDINAL_NUMBER
    + r"屆|首屆)(?:之|的)?"
)
#: A later edition than the one spoken of: 將於明年度…組團參加, 下屆再派員出席, 來年.
_LATER_EDITION = rx(_NEXT_EDITION + r"|來年|後年|下年度")
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
#: A heading opening with its verb, after the item's number and a manner or the
#: passive (線上, 組團, 派員, 受邀): 「(二)受邀出席…」, 「3.組團參加…」.
_BARE_JOIN = rx(
    r"^(?:" + _ITEM_NUMBER + r")?(?:線上|視訊|實體|組團|派員|派團|受邀|獲邀|應邀)?"
    r"(?:" + _ATTEND + r")"
)
#: Taking part by a part played, without 參加/出席: 擔任…場次講者, 擔任論壇與談人,
#: 擔任論壇講座 (a lecturer; not 講座教授, a chair), 擔任開幕專題演講人, 發表專題演講;
#: not a part one was to play (原訂擔任演講人，因故未能出席).
_PART_PLAYED = rx(
    r"(?<!原訂)(?<!原定)(?<!原擬)(?<!預定)(?<!未能)擔任[^,]{0,16}?(?:講者|主講人|講座(?!教授)|講師|與談人|引言人|主持人|聖火手|火炬手|開球嘉賓"
    r"|(?:演講|主講)(?:嘉賓|人|者))"
    r"|發表[^,]{0,8}?(?:演講|演說)|"
    + _DELEGATE_PRESENTS
    + "|"
    + _GREETING
    # 本府代表以「某某規劃」為題發表報告: a talk by its title, a paper presented
    + r"|為題(?:發表|進行|提出)|(?:發表|提出)(?:報告|論文)"
)
#: Going somewhere to promote an event (前往某市推介「…」, 赴某市宣傳「…」): the place
#: is where it is made known, not who holds it.
_PROMOTES = rx(_PROMOTING)
#: The opening of a clause telling where its (unnamed) subject was: 於某市參加…,
#: 隨後在某市出席… (after any date): the place named next is where, not who.
_WHERE_OPENING = rx(r"^(?:並|隨後|續|亦)?(?:於|在)$")
#: A body's name going on from a foreign country toward the home one: 在臺, 駐臺, 臺灣.
_TOWARD_HOME = rx(r"^(?:在|駐)?臺")
#: A place's head written by title alone, right after the place or 該市, before a
#: coming (該市市長於12月來訪, 該州州長亦來訪): no name given.
_PLACE_TITLE_ALONE = rx(
    r"(?:^|:)(?:該市|該州|該縣)?(市長|副市長|州長|縣長|知事)(?=於|亦|並|曾|來|再)"
)
#: A place written as where the subject goes (赴姊妹市…, 前往…, 至…) is no party.
_GONE_TO = rx(r"(?:至|到|前往|赴|抵|訪問|出訪|參訪|拜訪|考察)(?:姊妹市|姊妹城市|友好城市|友誼市)?$")
#: The same verbs of going, anywhere in a clause (本府由某某率團赴日本某市).
_GOES_TO = rx(r"至|到|前往|赴|抵|出訪")
#: What may follow a troupe's name (國小太鼓隊以…, 舞蹈團前往…, 音樂班師生一行): a verb
#: or preposition, or the members it comes with.
_AFTER_TROUPE = rx(
    r"(?:以|於|在|赴|前往|至|到|參加|參與|出席|演出|表演|一行|共|與|及|和|等"
    r"|應|受|獲"  # 本市某國小少棒隊應某市之邀: invited
    r"|師生|學生|團員|隊員|成員)"
)
#: Invitees named by their class, not by name: 邀請各姊妹市及友好城市, 邀請所有友好城市,
#: 邀請國際夥伴城市.
_COLLECTIVE = rx(
    # counted too: 函邀三姊妹市, 函邀5個友好城市
    r"(?:各|所有|全體|本市|國際|海外|(?:\d+|[兩二三四五六七八九十]+)個?)*"
    r"(?:姊妹|友好|友誼|夥伴|交流|合作)(?:城)?市"
)
#: Invitees named as a class of people, not by name: 邀請駐臺外交人員及在高外籍人士,
#: 邀請各國駐臺使節, 邀請外籍學生.
_PEOPLE_BY_CLASS = rx(
    r"(?:各國|外國)?(?:駐臺|駐台|在臺|在台|在高|旅居本市)?"
    r"(?:外交人員|外交官|使節|外籍人士|外籍學生|外國友人|外籍朋友)"
)
#: A clause listing who answered: 計有某市、某市…, 包括某市…, 共有…, 其中某市….
_LISTED = rx(r"(?:計有|共有|包括|包含|有|其中)")
#: A list closed by the teams it counts (計有甲協會、乙龍舟隊等4支外國隊伍, 包括甲市及
#: 乙會等6隊, 計有甲市、乙市等四地代表隊): those listed are the event's teams, there.
_TEAMS_COUNTED = rx(
    r"等(?:\d+|[一二三四五六七八九十]+)(?:支|個|地)?(?:外國|國外|國際|海外|國內外)?"
    r"(?:隊伍|代表隊|團隊|隊)"
)
#: All of those invited there: 連同本市N隊共M隊參賽, 共計20隊參加 (共二十八隊參賽, 合計六隊
#: 參賽), 均如期派團出席, 皆組隊來高; or the match they were invited to told as played (賽後…).
_ALL_CAME = rx(
    r"(?:連同|均|皆|全數|悉數|如期)[^,;。]{0,8}?(?:參賽|參加|參與|與會|出席|來高|來訪|抵高|派|組)"
    r"|(?:共|合)計?"
    + _ORDINAL_NUMBER
    + r"(?:隊|團|個?城市|國)[^,;。]{0,4}?(?:參賽|參加|參與|與會|出席)"
    # the invitees taken up together as the subject of taking part: 兩市代表隊與其他
    # 隊伍同場競技, 各市學員共同參與…, 受邀城市代表團出席…
    r"|^(?:兩|三|四|五|各|受邀)個?(?:市|城市|縣市|國)(?:代表隊|代表團|隊伍|學員|代表|團員)?"
    rf"[^,;。]{{0,16}}?(?:{_TOOK_PART.pattern}|來高|來訪|抵高)"
    # the match told as played, what the players did after it (賽後球員分組進行交流)
    r"|^(?:並|另)?(?:賽後|比賽結束後|賽事結束後)"
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
#: Being there in person, said against others online: 實體出席, 現場與會, 親自出席, 親臨.
_IN_PERSON = rx(r"(?:實體|現場|親自|親赴|親臨)(?:" + _ATTEND + r"|者|人員)?")
#: A part asked of invitees at an event (邀請…代表進行座談, …專家演講, …線上對談, …會員
#: 來高現場示範, …樂團演出).
#: A talk told in the clause after an invitee's coming (…來高，以「某題」為題發表專題演講;
#: …來高，並發表演說): the part asked of the invitee, played.
_TALK_AFTER_COMING = rx(r"^(?:並|且)?(?:以「[^「」]*」為(?:主)?題)?(?:發表|進行|擔任)")
#: A talk's title in quotes (以「某市的投資環境」為題): the places it names are its subject,
#: not parties to the event.
_TALK_TITLE = rx(r"以「[^「」]*」為(?:主)?題")
_ASKED_TO_SPEAK = rx(r"對談|與談|座談|演講|演說|專題分享|經驗分享|主講|致詞|示範|表演|演出|展演")
#: A sentence with no subject holding something during an event named by its kind:
#: 藝術節期間並於10月5日舉辦「…」, 會議期間另舉行「…」 (group 1: the kind).
_DURING_EVENT_HOLDS = rx(
    r"^([^,;「」]{2,6}?)期間(?:並|另|亦|同時)*(?:於[^,;「」]{0,16}?)?(?:舉辦|辦理|舉行|召開)"
)
#: A verb of joining qualifying those who attended, named after it: 與會之國內學者,
#: 出席的貴賓, 參加者.
_QUALIFYING_ATTENDEES = rx(r"(?:之|的|者)")
#: Whether to go not yet decided (將視屆時情形評估與會方式, 研議是否出席, 將視預算情形派員
#: 與會): no plan yet.
_UNDECIDED = rx(
    r"評估|研議|考慮|考量|再議|待定|尚未決定|是否|安排中|協調中|洽詢中"
    r"|視[^,;。]{0,12}?(?:情形|情況|狀況|而定)"
)
#: An invitee that has not answered yet (尚未回覆, 未回函, 尚待確認): still only invited.
_NO_ANSWER = rx(r"(?:尚未|未|尚待|仍待)(?:回覆|回函|答覆|函復|回應|確認)")
#: The event's preparing told after its name (配合2025某某運動會之籌辦): whoever the
#: sentence opens with holds it, when it works toward it (_READYING_FOR before the
#: event's name; not 觀摩「某市博覽會」之籌備情形, another's preparing looked at).
_PREPARED_AFTER = rx(r"^」?(?:之|的)(?:籌辦|籌備)")
_READYING_FOR = rx(r"配合[^,;「」]{0,3}「?$")
#: The home city opening the words as the owner of a tie, the partner the subject:
#: 本市姊妹市某市將於9月主辦…, 本市之友好城市某縣….
_HOME_PARTNER_OPENING = rx(_HOME + r"(?:之|的)?(?:" + _SISTER_KIND + "|" + _FRIENDSHIP_KIND + ")")
#: The city dealing with a party face to face (本府海洋局與某港務局簽署…, 與某市長會晤):
#: the party, named between 與 and the verb, was there.
_DEALT_WITH = rx(r"與([^,;與]{2,24}?)(?:共同)?(?:簽署|簽訂|簽約|會晤|會談|會面|座談)")
#: An event's edition written in its name: its year or its ordinal (2015某市燈會, 第3屆).
_EDITION_WRITTEN = rx(r"\d|屆")
#: The city readying the team it sends (責成民政局籌組演出團隊, 已開始組團, 遴選隊員):
#: an invitation it is answering by going.
_READYING_TEAM = rx(r"(?:籌組|籌備|組成|遴選|甄選|徵選)[^,;]{0,8}?(?:團|隊)|組團|組隊")
#: The city arranging its guests' part (並將安排各訪團參與開幕式, 將協助各代表團出席…):
#: what it plans for them, not their word that they will come.
_ARRANGED_FOR = rx(r"安排|協助|陪同|引導|招待")
#: A party's answer to an invitation, told after it (某市已回覆將組團參加, 某市尚在評估中,
#: 某市函復婉謝, 某市尚未回覆): the party answering had been invited, when what follows
#: the answer is nothing more (評估中) or speaks of joining (_ANSWER_JOINS: 是否組團參加),
#: not of another plan (某市考慮於本市設立辦事處).
_ANSWERS = rx(r"回覆|回函|答覆|函復|回應|覆函|" + _UNDECIDED.pattern + "|" + _DECLINED.pattern)
_ANSWER_JOINS = rx(r"^(?:中|了)?$|組團|派團|派員|率團|與會|" + _ATTEND_VERB + "|" + _DECLINE_VERB)
#: An invitation sent by letter (致函邀請, 函邀, 發函邀請): an invitation, nobody there yet.
_BY_LETTER = rx(r"致函|函邀|發函|去函|分函|行文")
#: A going told by a visitor of a trip elsewhere: 赴, 前往, 轉往, 轉赴.
_GOING_ELSEWHERE = rx(r"赴|前往|轉往")
#: Views told by letter, not met over: 以書函, 以書面, 致函….
_IN_WRITING = rx(_BY_LETTER.pattern + r"|以(?:書函|書面|函件|信函|電子郵件)")
#: A coming or a doing waited for, hoped for or on a condition: 俟某市長來訪時, 盼某市長
#: 於12月來訪, 倘某市長來訪, 某市長若於10月來訪.
_HOPED_OR_IF = rx(r"俟|待|盼|期盼|希望|倘|若|如果|假如")
#: A tie told as what would follow were it made: 兩市如能締結友好城市，對…當有助益.
_TIE_IF_MADE = rx(r"(?:如|若|倘|倘若|如果)(?:能|可|得以)[^,;。]{0,12}?(?:" + _TIE_VERB + ")")
#: A tie named as what its making would bring (兩市友好城市關係之建立，可望為本市…):
#: hoped for, not made, where the clause naming the tie says so (not 正式締結姊妹市，
#: 姊妹市關係之建立，將有助…, the good a tie made will do).
_TIE_HOPED_FOR = rx(r"關係(?:之|的)(?:建立|締結),?(?:可望|將可|將|當可|當能|有助)")
#: Those just named, each, as the ones invited: 邀請各該市派遣藝術家參加…, 各該城市.
_EACH_OF_THOSE = rx(r"各該(?:市|城市|縣|州|國)")
#: Holding an event together (共同主辦, 聯合舉辦, 合辦): every side named as its subject
#: hosts it.
_CO_HOST = rx(r"(?:共同|聯合|攜手|合作)(?:主辦|舉辦|辦理|舉行|籌辦)|合辦")
#: Both sides as a subject (雙方, 兩市): the city and the partner last spoken of.
_BOTH_SIDES = rx(r"雙方|兩市|兩地|兩城市?")
#: A host's event set for a time: 該市訂於本年10月舉辦之「…」, 某某市將於明年主辦之「…」,
#: 該市明年(2023年)主辦之「…」, 該市明年主辦之首屆「…」 (the edition before the name),
#: 該市本年九月間舉辦的「…」.
_SCHEDULED = rx(
    r"(?:訂|預定|預計|將|已)?(?:於[^,「」]{1,12}?|(?:今年|本年|明年|後年|\d+年)[^,「」]{0,10}?)"
    r"(?:舉辦|主辦)(?:之|的)?(?:首屆|第\d+屆)?"
)
#: A place as the subject of preparing or holding an event: 該市正全力籌辦本年7月舉行之
#: 「…」, 某市刻正積極籌備明年於港區舉行之「…」; the event is its own, wherever held.
_ORGANIZING = rx(r"(?:[正亦並已將也]|刻正|目前|現正|全力|積極|持續|負責)*(?:籌辦|籌備|主辦|承辦)")
#: An event's edition opening its name: 「2019, 第5屆 (2019第5屆某某論壇).
_EDITION_OPENING = rx(r"^「?(?:\d{4}\s*年?)?(?:第\s*" + _ORDINAL_NUMBER + r"\s*屆)?")
#: Holding ending the words before an event: (某協會)主辦之, 舉辦.
_HOLDING_END = rx(r"(?:舉辦|主辦)之?$")
#: A verb of taking part opening a name: 參加某某論壇 (the name then 某某論壇).
_JOIN_OPENING = rx(r"^(?:" + _ATTEND_VERB + r")")
#: The same words anywhere: the body holding an event is named after the last of them.
_ATTENDING_WORD = rx(_ATTEND_VERB)
#: An acronym opening a name: XYZ亞太區, ABC東亞區.
_ACRONYM_OPENING = rx(r"[A-Z]{2,10}[\u4e00-\u9fff]")
#: A body by its acronym holding an event at a place: ABC訂於本年8月在某國某市舉辦「…」.
_ACRONYM_HOLDS = rx(
    r"(?:並|另|而)?([A-Z]{2,10})(?:亦|並|將|已)?(?:訂|預定|預計|擬)?(?:於|在)"
    r"[^,;「」]{0,24}?(?:舉辦|主辦|舉行)(?:之|的)?「"
)
#: A name glossed in Latin letters before its verb: 某某理事會(ABC)主辦,
#: 某某研究中心(Centre for Something)與….
_LATIN_GLOSS = rx(r"\([^()]*[A-Za-z][^()]*\)")
#: The word before a venue: 在某市某某廣場(Some Square)舉辦, 於某某中心(Some Hall).
_AT_VENUE = rx(_AT_WORD + "$")
#: A venue written after a party, up to the verb: 某某協會於某某中心(共同主辦).
_AT_PLACE = rx(_AT_WORD + r"[^,;、與及和]+$")
#: Words telling of those named before that they each did something (兩市均, 該二市皆,
#: 分別, 各自): a clause of its own subject.
_OWN_SUBJECT = rx(r"均|皆|都|分別|各自|[兩二三四五六七八九十]市")
#: The tail of a date a part of a clause opens with (12月在某館: 月), no one's name.
_DATE_TAIL_OPENING = rx(r"^(?:[\d年月日至~.-]|[上中下]旬|初|底)+")
#: Coming to the city to join what is named next (來高參加「…」, 抵高出席, 至本市參賽):
#: the event is held in the city.
_COMES_HERE_TO_JOIN = rx(r"(?:來高|抵高|蒞高|來本市|至本市)(?:參加|參與|出席|參賽)(?:之|的)?$")
#: The city's staff going along with a body named next (某局派員隨同某某研究院，赴…;
#: 偕同某某協會): the body went too.
_ALONG_WITH = rx(r"(?:隨同|偕同)((?:(?![及與和])[\u4e00-\u9fff]){3,20})(?=[,;]|赴|前往)")
#: The opening of a clause, nothing read: where an invitation the clause before told is
#: taken up by the clause naming its event (…，於明年組隊來高參加「…」).
_CLAUSE_OPENING = rx(r"^")
#: An invitation of the city: 接獲某市來函邀請, 邀請本府, 邀請本市.
_INVITATION_OF_HOME = rx(r"接獲.{0,20}邀請|邀請本(?:府|市)")
#: The ending of a city's name, which an event named for it leaves out (馬賽市 in
#: 「2019馬賽海洋節」, 仁川廣域市 in 「仁川港口節」).
_CITY_ENDING = rx(r"(?:特別自治市|特別市|廣域市|市|縣|州|都)$")
#: The event's host city as a word: 「…」主辦城市 (not 以主辦城市之身分, a role only).
_HOST_CITY = rx(r"主辦城市(?!之身分|之身份)")
#: An event named as what another place holds: 「…」主辦城市某國某市, 「…」主辦國某國.
#: The event qualifies the host named after it; it is not what the text goes on about,
#: and the city that writes is not its host.
_HOST_NAMED_AFTER = rx(r"^(?:之)?主辦(?:城市|國家?|地)(?!之身)")
#: A clause opening with 由 (who did it next): 由某局, 並由, 預計由, 將由.
_BY_OPENING = rx(r"(?:並|另)?(?:規劃|預計|預定|擬|將)?由")
#: A home official named in full opening a clause (謝某某市長並親臨致詞): the name.
_HOME_OFFICIAL_NAMED = rx(r"^([\u4e00-\u9fff]{2,4}?)" + _HOME_TITLE + r"(?=並|亦|也|則|親|於|致)")
#: A later clause handing the doing to another (…擔任主講人，並由本市學者擔任與談人) or
#: opened by a home official of its own (…等30餘人參加，王大明市長並親臨致詞): what
#: follows it is that other party's part, not the part of those named before.
_ANOTHER_DOES = rx(r",(?:(?:並|另|再)?由|[\u4e00-\u9fff]{2,4}?" + _HOME_TITLE + ")")
#: Sending people: 派團, 派員, 組成某某團, 組隊, 參賽, 觀賽.
_SENDS_PEOPLE = rx(r"派.{0,4}團|派員|組(?:成|織)?[^,]{0,6}?(?:團|隊)|參賽|觀賽")
#: A group sent or formed: 派遣某某團, 組成代表團, 派員, 組隊.
_SENT_GROUP = rx(r"(?:派|組)(?:遣|成|織)?[^,]{0,6}?(?:團|員|隊)")
#: A body a place sends as its team (某市由某龍舟協會組隊來訪參賽, 某市亦派出某划船協會
#: 船隊參加): the body, which took part for it.
_BODY_SENT_AS_TEAM = rx(r"(?:由|派出|派遣)([\u4e00-\u9fff]{3,20}?)(?:組隊|組團|船隊|代表隊|隊伍)")
#: Sending or leading: 派員, 組團, 率, and sending people counted (各派一人, 派二名).
_SENDS_OR_LEADS = rx(r"派員|組團|率|派[一二兩三四五\d]{1,2}(?:人|名)")
#: A day of a trip opening with its attending at an invitation, no subject written
#: (翌日（5日）應邀出席「…」): the delegation was invited to what it attended.
_ATTENDS_AS_INVITED = rx(r"^" + _NEXT_DAY + r"(?:並|亦)?應邀$")
#: Invited, said of the invitee: 受邀, 獲邀.
_WAS_INVITED = rx(r"(?:受|獲)邀")
#: A verb of attending qualifying the noun after it (出席大會之某市市長, 參加會議之各國代表):
#: whom the clause speaks of, not a party joining.
_ATTENDING_QUALIFIES = rx(r"(大會|會議|論壇|峰會)(?:之|的)")
#: Words right before such a verb telling the one qualified was not there: 未能, 無法,
#: 因病, 原定 (meant to attend), 預定.
_NOT_THERE_BEFORE = rx(r"(?:" + _ABSENT.pattern + r"|因病|因故|原定|原訂|原擬|預定|預計)$")
#: A head count of people named by their kind only, right before the verb of joining
#: (各界人士約200人出席, 國內外學者專家三百餘人與會, 各國之某會會員八百餘人與會): the
#: crowd is the clause's subject, no party spoken of before (not a group one leads: 由某
#: 會長率市民團體12人參加), nor the party of one spoken of before (一行代表十五人出席,
#: 並與該市業者代表約三十人出席, 偕同…二十人).
_CROWD_COUNTED = rx(
    r"^(?!.*(?:率|帶領|帶隊|一行))(?!(?:並|亦|另)?(?:與|偕|連同))[^,;。]*?(?:人士|學者|專家|民眾|業者|觀眾|來賓|貴賓|會員|社員|代表)"
    r"(?:約|逾|共|計|達)?(?:\d+|[一二三四五六七八九十百千兩]+)(?:餘|多)?(?:人|位|名)次?$"
)
#: The public a verb of watching qualifies (觀賞民眾逾六萬人次, 參觀人次): the audience
#: counted, not a party joining.
_AUDIENCE_AFTER = rx(r"(?:之|的)?(?:民眾|觀眾|市民|遊客|人潮|人次)")
#: Thanks for what was done, before its verb (感謝本府於上半年邀請…): a past doing recalled.
_THANKED_FOR = rx(r"(?:感謝|感激|致謝|謝謝)[^,;。「」]{0,12}$")
#: A signing ceremony attended (共同出席簽約儀式, 出席締盟典禮): the signing's, no event.
_SIGNING_CEREMONY = rx(r"[^,;。「」]{0,4}?(?:簽約|簽署|締約|締盟|簽字)(?:儀式|典禮)")
#: The first time: 第一次, 首次, 首度.
_FIRST_TIME = rx(r"第一次|首次|首度")
#: An invitation to take part, its invitees between: 邀請某市、某市參加.
_INVITED_TO_JOIN = rx(r"邀請(.*?)(?:" + _ATTEND + r")")
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
#: A home school or its troupe or class: 本市某國小, 本市某國小原住民舞蹈團, 本市某國中
#: 舞蹈班 (then a verb: 以…, 前往…, or its members: 師生一行).
_HOME_SCHOOL_TROUPE = rx(
    r"本市([^,。]{2,12}?(?:大學|學院|高中|國中|國小|中學|高商|高工|高職|高農|家商)"
    rf"(?:[\u4e00-\u9fff]{{0,6}}?{_TROUPE_WORD}(?=[^\u4e00-\u9fff]|$|{_AFTER_TROUPE.pattern}))?)"
)
#: A national or municipal university sending its own: 由國立某某大學, 由市立某某學院.
_BY_PUBLIC_UNIVERSITY = rx(r"由((?:國立|市立)[^,。]{2,10}?(?:大學|學院))")
#: The city leading or sending: 由本府某副秘書長率領, 本府安排, 市府指派; the days may
#: stand between the official and the verb (本府李副市長於9月3日至6日率領…).
_HOME_LEADS_OR_SENDS = rx(
    r"(?:由" + _HOME + "|" + _HOME_GOVERNMENT + r")[^,]{0,10}?(?:於[^,]{2,12}?[日月旬])?"
    r"(?:率|安排|派|指派|推薦|遴選)"
)


#: Sharing the stage to perform (同臺演出): a performer's part, not a speaker's.
_PERFORMING_TOGETHER = rx(r"同臺(?:" + _PERFORMER_PART.pattern + ")")


def _role(text: str) -> str | None:
    """The part a party played at an event, in the vocabulary of the graph."""
    if _PERFORMING_TOGETHER.search(text):
        return "performer"
    for role, words in (
        ("panelist", _PANEL_PART),
        ("speaker", _SPEAKER_PART),
        ("performer", _PERFORMER_PART),
    ):
        if words.search(text):
            return role
    return None


#: The home city's own words opening a name of its body (本市某高中, 本府某局).
_HOME_WORDS = rx("^" + _HOME)
#: A grant opening who went, with a budget line's accountant's verb before it (撥付本府
#: 教育局補助市立某高中赴…之旅費, 本府教育局補助某高中赴…): the one granted went.
_GRANT_OPENING = rx(
    r"^(?:" + ACCOUNTING_VERB + r")?" + _HOME + r"?(?:[\u4e00-\u9fff]{1,6}?局)?補助(?=.)"
)
#: The word of a home body's founder opening its name (市立某高中): the city's, as 本市 is;
#: the body goes by its name without it too (某高中).
_MUNICIPAL_FOUNDER = rx(r"^市立(?=[\u4e00-\u9fff]{2})")
#: A pronoun taking up a person just named: 其, 渠 (not 其他, 其餘, 其中, 其它).
_PRONOUN_PERSON = rx(r"(?:其|渠)(?!他|餘|中|它|間|後|實)")
#: The other side of a meeting written as a pronoun (與其會晤, 與他會面): the one the
#: sentence named before, a whole pronoun: those and 他, 她.
_PRONOUN_PARTY = rx(_PRONOUN_PERSON.pattern + r"|他|她")
#: A publication's name in its marks (日本《某某新聞》, 《某某日報》), maybe after its
#: country: the name, a body's.
_PUBLICATION_MARKS = rx(r"([^、及與和,《》]*?)《([^《》]+)》")
#: A character of a list item's name: no joiner of the list (某市、某大學及某公司).
_ITEM_CHAR = r"(?:(?![及與和])[\u4e00-\u9fff])"
#: A run of a name's characters, up to a mark, a gloss or a joiner of a list.
_NAME_RUN = rx(_ITEM_CHAR + "+")
#: 由 opening an agent's name (出席由某集團主辦之「…」): no part of the name.
_AGENT_BY = rx(r"^由")
#: The agent of what is to come, opening a clause: 預定由, 將由, 擬由 (預定由本府於10月間
#: 舉辦「…」: the one written after it acts).
_AGENT_TO_COME = rx(r"^(?:" + _FUTURE.pattern + r")由")
#: The city backing another doing it (本府支援某市於10月舉辦「…」): the other holds it
#: (協助, 幫助 anywhere before the event: _SEES_OR_HELPS).
_HOME_HELPS = rx(r"^" + _HOME + r"(?:將|並|亦|全力)*(?:支援|輔導)")
#: The city helping a body hold an event (本府協助國立某大學辦理「…」, 本府支援某協會
#: 舉辦「…」): the body holds it, the city only helps.
_HOME_HELPS_BODY_HOLD = rx(
    _HOME
    + r"(?:將|並|亦|全力)*(?:協助|幫助|支援|輔導)([^,;「」]{2,20}?)(?:辦理|舉辦|主辦|舉行)之?「"
)
#: Watching, touring or helping with an event another holds (赴某市觀摩該市舉辦之「…」,
#: 協助某市於本市舉辦「…」): the city does not hold it.
_SEES_OR_HELPS = rx(r"觀摩|參訪|考察|參觀|見學|協助|幫助")


# --- Reader: places, names and events as the reader finds them ------------------------

#: An event spoken of again: 該研討會, 本屆高峰會, 本屆大會, 此一盛會. A bare 大會 refers
#: back after a determiner, a year, a verb or a preposition (今年大會, 2013年大會, 參加大會,
#: 於大會中) or opening a clause; after another word it ends a name of its own
#: (市民舞蹈大會, 運動大會: a programme or a gathering, not the event just named).
#: A work-plan item's event is taken up as 本項比賽, 本次活動, or by its kind alone opening
#: what was done (實際執行情形：展覽會已於…舉行); the meeting just told qualifying who
#: attended it (會晤同來出席會議之某市副市長).
_EVENT_ANAPHOR = rx(
    r"(?:該|本屆)(?:研討會|會|活動|論壇|營|高峰會)|(?:^|(?<=[\d年屆次該此席加將於在」)]))大會|此一盛會"
    r"|本(?:項|次)(?:比賽|賽事|活動|展覽會?|會議|研討會|論壇)"
    # 出席會議之某市副市長: the meeting just told, qualifying who attended it; not after
    # an invitation (邀請出席會議之某市副市長於明年來訪: the one invited, to come later)
    r"|(?<=[席加])(?<!邀請出席)(?<!邀請參加)(?<!邀出席)(?<!邀參加)會議(?=之|的)"
    r"|(?:^|(?<=:))(?:比賽|賽事|展覽會|展覽)(?=已?於)"
    # the kind alone opening a sentence after the event was named, held or hosted
    # (「某研討會」，是…。研討會由本府與某局合辦, 論壇於某飯店舉行)
    r"|^(?:研討會|論壇|高峰會|博覽會|年會)(?=由|已?於|在)"
    # attending the celebration just told of (代表某市長出席慶祝大會)
    r"|(?<=[席加])慶祝(?:大會|典禮|活動)"
)
#: Words that end a name: a place, then 與/及/參加… is no organization's name (某市與…,
#: 某市參加…; not 某市某某大學).
_ORG_RUN_BREAK = rx(r"[與及和暨的之在於赴至到為由率並等市縣州省]|參加|出席|訪問|前往")
#: Where a body's name written after a place has ended (駐某市臺北經濟文化辦事處 goes on
#: to its ending; 赴某市拜會駐日代表處 stops at 拜會, 赴某國考察某公司 at 考察): a break of
#: a body's name or a verb.
_BODY_NAME_END = rx("|".join((_ORG_RUN_BREAK.pattern, _VERB.pattern, _MEET.pattern, _GO.pattern)))
#: A city's name, two to eight characters and 市, the whole of a text or ending it:
#: 某某市 (某國某某市(Some City), a city no data knows).
_CITY_NAME_TEXT = r"[\u4e00-\u9fff]{2,8}市"
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
#: A tie word right before a city, naming it another's in apposition (甲市與本市友好城市
#: 乙市, 甲市與本市之姊妹市乙市): the words before it tell whether it is a verb's object.
_TIE_BEFORE_CITY = rx(
    r"(?:本市|本府)?(?:之|的)?(?:" + _SISTER_KIND + "|" + _FRIENDSHIP_KIND + r")$"
)
#: The word of a place's kind ending its name: 某市, 某縣, 某州, 某省 (then 某).
_PLACE_SUFFIX_CLOSING = rx(r"[市縣州省]$")
#: A year in four digits ending the words before an event: 本市主辦2013年(大會).
_YEAR_CLOSING = rx(r"(\d{4})年?$")
#: A date first set, later moved: 原訂今年11月舉辦, 原定於…(unlike _NOT_HELD, no 延後 or 取消).
_FIRST_SET = rx(r"原訂|原定")
#: A place taken up by its kind, opening an affiliation: 該市, 該縣(議會), 該州.
_THAT_PLACE = rx(r"該([縣市省州])")
#: A run of Chinese characters ending a text: 某某大學 of 拜會某某大學.
_HAN_CLOSING = rx(_HAN.pattern + "$")
#: What parts the words before a body's kind from its name: 與某某大學, 拜會某市之某某公司.
#: (由 but not of 自由: 某某自由貿易區管理局 is one name; a verb of calling on the body:
#: 參訪某港務局並拜會該局執行長某某, 赴某國訪問某管理局)
_AFFILIATION_BREAK = rx(r"[與及和暨的之向在對]|(?<!自)由|參訪|拜會|拜訪|訪問(?!團)")
#: The dot between a foreign person's given name and surname: 喬治‧史密斯, 喬治・史密斯.
_NAME_DOT = rx(f"[{re.escape(NAME_DOTS)}]")
#: Countries whose people the reports name in Chinese characters, a full name without
#: a dot (王大明, 山田太郎, 金大中, 阮文雄); others' are transliterated, a full name
#: written with a dot between its parts (喬治‧史密斯) or glossed in Latin letters.
_HANZI_NAMED_COUNTRIES = frozenset(("tw", "cn", "hk", "mo", "jp", "kr", "kp", "vn", "sg", "my"))
#: The fewest ideographs of a name before a title read as a transliterated surname alone
#: (某某某斯市長) in a country that names its people by transliteration: one of three may
#: be a Chinese name such a person goes by (王大明市長).
_TRANSLITERATED_LENGTH = 4
#: The secretariat asking its superiors to act (本處簽請本府王副市長率團…, 報請市長…): the
#: one asked is who acts, the office writing the report only proposed it.
_PETITION = r"(?:本處|本局|本室)?(?:簽請|報請|陳請)"
#: The petition itself: the office petitioning is no bureau of the trip it proposed.
_PETITIONING = rx(_PETITION)
#: Words before a leader's name: a date, the formal style's copula, a petition, an
#: accountant's verb, the home side, 由 (5月1日本府由王副市長 → 王副市長; 本處簽請本府
#: 王副市長 → 王副市長; …赴日者，係本府林秘書長 → 林秘書長; 核銷本府王秘書長率… → 王秘書長).
_LEADER_OPENING = rx(
    r"^(?:\d.*日)?(?:係|乃)?(?:" + _PETITION + "|" + ACCOUNTING_VERB + r")?" + _HOME + r"?由?"
)
#: An adverb written between a leader's name and the rest of the clause (局長某某則於
#: 11月5日率團來訪; 某市長某某應邀率團, 專程率團): no part of the name.
#: (會長某某訂五月十日率團: 訂 of the day set, the day cut, no part of the name either)
_ADVERB_AFTER_LEADER = rx(r"(?:則|應邀|受邀|獲邀|專程|特地|訂)$")
_VISIT_PURPOSE = rx(_VISIT_PURPOSE_WORDS)
#: Where the name of who went ends: 由, 率, 赴, 前往, 組團, 訪問 (not 訪問團): 市議會王議長
#: 率…, 某高中師生一行20人赴….
_ACTOR_END = rx(r"由|率|至|前往|赴|組團|同時|訪問(?!團)|出訪|參訪")


def occurrences(word: str, text: str) -> Iterator[re.Match[str]]:
    """Where `word`, taken as written (no pattern), stands in `text`, left to right and
    not overlapping: 王大明 in 拜會王大明市長, 該市 in 該市市長."""
    return _literal(word).finditer(text)


@lru_cache(maxsize=4096)
def _literal(word: str) -> re.Pattern[str]:
    """`word` as a pattern matching just itself (asked for thousands of times a chapter)."""
    return re.compile(re.escape(word))


def alternatives(words: Iterable[str]) -> str:
    """The words as one alternation of a pattern, taken as written, the longest first
    (某某大學 before 大學): the kinds of body the lexicon lists, for 該大學, 某某協會."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


#: A sentence taking up the groups just told of and dating their arrival (兩團已於十九日
#: 抵達, 該團於3月2日抵高, 一行已於昨日抵達): the comings the sentence before told.
_GROUPS_ARRIVE = rx(
    r"^(?:兩團|二團|三團|各團|該團|該訪問團|訪問團|代表團|全團|一行)(?:人員)?(?:已|均|皆)?於?"
    r"[^,;。]{1,14}?(?:抵達|抵高|抵臺|抵台|來到)"
)
#: A sentence taking up the city's delegation just told of and dating its setting out
#: (該團已於本（六）月七日啟程, 代表團於3月2日出發): the trip the sentence before told.
_DELEGATION_SETS_OUT = rx(
    r"^(?:該團|本團|訪團|該代表團|代表團|全團|一行)(?:人員)?(?:已|均|皆)?於?"
    r"[^,;。]{1,14}?(?:啟程|出發|出國|搭機前往)"
)
#: A sentence taking up the city's delegation and telling the days of its stay abroad
#: (訪問團一行於十月八日至十四日在某市訪問): the trip told before from its first day.
_DELEGATION_STAYED = rx(
    r"^(?:該團|本團|訪團|訪問團|代表團|全團|一行)(?:一行)?(?:人員)?(?:已|均|皆)?(?:於|自)"
    r"[^,;。]{1,16}?(?:在|於)[^,;。]{1,10}?(?:訪問|考察|參訪|停留)"
)
#: A sentence taking up the group just told of going abroad and telling its return
#: (一行人於十七日返國, 該團已於二十日返臺): the day its trip ended.
_GROUP_RETURNS = rx(
    r"^(?:一行人?|該團|訪問團|代表團|全團|師生)(?:人員)?(?:已|均|皆)?於[^,;。]{1,12}?"
    r"(?:返國|回國|返臺|返台|返抵國門)"
)
#: A month written by its number (二月, 3月, 本（六）月), not only called this month (本月).
_MONTH_WRITTEN = rx(r"[0-9〇○零一二三四五六七八九十]\)?月")
#: The day it returns, of the month it set out in (預定十三日返國, 並於20日返臺) or of
#: a month told (預定六月三日返國): the whole date, then the day.
_RETURNS_ON = rx(
    r"[^。]*?((?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?(\d{1,2}|[一二三四五六七八九十]{1,3})日)"
    r"(?:返國|回國|返臺|返抵國門|返抵本市)"
)
#: How long the groups stay, a day of the month their arrival names: 預定停留至二十三日.
_STAY_UNTIL = rx(r"[^。]*?停留至(\d{1,2}|[一二三四五六七八九十]{1,3})日")
