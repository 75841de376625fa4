"""The genre's grammar: the words and patterns more than one reading rule looks for
(a pattern that one module alone uses is written in that module).

All patterns are compiled through `normalize`, so they match 臺 and 台, full-width and
half-width alike. They describe the genre (締結姊妹市, 由…率團, 邀請…參加), never a
particular sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from loaders.dates import _small_number
from loaders.reading import rx

# --- General pieces: clauses, names, dates --------------------------------------------

#: A colon before a date ends a clause too: 率團赴某國考察：3月3日至5日於甲市…，3月6日
#: 轉赴乙市 (the itinerary after it goes stop by stop).
#: So does the close of a quotation ending with its own full stop, when the sentence
#: goes on after it (某市長指出：「…。」他並當面邀請本府…: another clause).
_CLAUSE_BREAK = rx(r"[,,;;]|:(?=\d|[〇一二三四五六七八九十]{1,3}月)|(?<=[。!?])」(?=.)")
#: Words opening the list of what a noun names, right after it: 姊妹市包括甲市、乙市,
#: 友好城市計有….
_LISTED_AFTER_WORD = rx(r"(?:計有|共有|包括|包含)")
#: A run of Chinese characters, nothing else: 王大明, 某某大學.
_HAN = rx(r"[\u4e00-\u9fff]+")
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
#: A gloss in brackets after a name: 某市(Some City), 王大明(Wang Da-ming).
_GLOSS_TEXT = r"\([^()]*\)"
_GLOSS = rx(_GLOSS_TEXT)
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
#: A clause opening after an act the sentence before told and dated, on that day:
#: 簽約後, 簽署完成後, 儀式結束後, 會後.
_AFTER_AN_ACT = rx(
    r"^(?:(?:簽約|簽署|簽字|締約|儀式|典禮|會議|會談)(?:結束|完成)?(?:之)?後|會後|席間)"
)

# --- The home side --------------------------------------------------------------------

#: The home city as a party: 本府, 本市, 市府.
_HOME_NAMES = r"本府|本市|市府"
_HOME = r"(?:" + _HOME_NAMES + ")"
#: The titles of the home officials a meeting names as the home side: 市長, 代理市長,
#: 副市長, 秘書長, 副秘書長 (陳市長, 王大明副市長).
_HOME_TITLE = r"(?:代理市長|副?市長|副?秘書長)"
#: The home city opening a text, or the whole of it: 本府舉辦…, 本市.
_HOME_PARTY = rx(_HOME)
#: Invited by the home city, said of the invitee: 受本府邀請, 應本市之邀, 獲市府邀請.
_INVITED_BY_HOME = rx(r"(?:受|應|獲)(?:" + _HOME_NAMES + r"|高雄市政府)(?:之)?邀")
#: The home government, whose bureaus act for it: 本府某局, 市府某處.
_HOME_GOVERNMENT = r"(?:本府|市府)"
#: A bureau's report in its own voice naming itself (本局, 本處): one of the city's own
#: bureaus, whichever wrote the item (a meeting's minutes, each bureau reporting).
_OWN_BUREAU = r"(?:本局|本處)"

# --- What did or did not take place, and what is to come ------------------------------

_FUTURE = rx(r"將|未來|預計|預定|明年|擬|規劃|願|計畫|計劃|期盼|可行性|方向|同意於|下半年|屆時")
#: A time to come named in the words of a topic, an aim or an event (明年, 下半年, 來年,
#: 下屆): those words then date what the sentence tells.
_TIME_TO_COME = r"明年|下半年|來年|下屆"
#: A clause of purpose opening a sentence, before who acts (為促進觀光交流，交通局…組團赴;
#: 為借鏡某國經驗，捷運局…): not the one acting. Not 為期 (lasting).
_PURPOSE_OPENING = rx(r"^為了?(?!期)[^,;。:]{2,40}?,")
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
#: Making a tie, in the words a talk on it or an agreement to it is told with: 締結,
#: 締盟, 結盟, 結為.
_TIE_MADE_WORDS = r"締結|締盟|結盟|結為"
#: A tie named as a matter in hand, the partner before it, in a list of matters (本年
#: 推動之某市締結姊妹市案及某市之體育交流): a tie still to be made, whose clause goes on
#: to other matters after it.
_TIE_CASE = r"(?:姊妹|友好)(?:城市|市|縣|校)案(?!例|件)"
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
#: A line of a trip's roster, its place in the delegation before a colon (團長:某某,
#: 副團長:某某, 團員:某某、某某…).
_ROSTER_LINE = rx(r"^(?:副?團長|顧問|團員|隨團人員|成員)[:：]")
#: Talks on a tie: 洽商, 協商, 磋商, 談判, 洽談, 洽簽 (talks to sign), 續商 (talks
#: resumed); 籌辦 (organizing) only with the tie as its object (籌辦本市與某市締結姊妹市案),
#: not an event's (為該市籌辦賽會取經, 籌辦「某燈會」、推動與某市締結姊妹市: the quoted
#: event is what is organized).
_NEGOTIATING = rx(r"洽商|協商|磋商|談判|洽談|洽簽|續商|籌辦(?=[^,;。「]*?(?:締結|姊妹|友好|結盟))")
#: ...or as the errand of a trip or a meeting still planned (預定明年由本府組團回訪，洽商
#: 締結事宜; 擬於下半年派員前往洽談): no talks yet; not talks planned to go on (預定持續
#: 洽商, which are going on). The plan is of a trip or meeting told before the talks
#: (回訪, 前往, 派員), the talks its errand, in that clause or the next with no subject of
#: its own; not a plan as a noun (青年交流計畫及締結…進行洽商), the tie's own 擬 (擬與本市
#: 締結…，目前雙方正洽商), nor talks told going on (目前, 刻正, 正洽商, 雙方…: _TALKS_NOW),
#: nor a plan acted on (依預定行程來訪，並與本府洽商…).
_TALKS_NOW = r"(?!目前|刻正|現正|正在|正(?=洽|協|磋|商)|雙方|兩市)"
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
#: Making a tie: 締結, 結為, 結成, 結盟為, 締盟為, 正式成為 (then 為, 本市, 第N個).
_MAKING = r"(?:" + _TIE_VERB + r"|成為)"
#: An ordinal, in digits or in words: 第28個, 第 5 個, 第一個, 第十二個.
_NTH = r"第\s*(\d+|[一二三四五六七八九十]+)\s*個"
_TIE_MADE = _MAKING + r"(?:為|成為)?(?:本市|本府)?(?:之)?(?:" + _NTH + ")?"
#: A sister city, in the words of a list or an invitation: 姊妹市, 姊妹城市.
_SISTER_CITY = r"姊妹(?:市|城市)"
#: A tie made: 締結姊妹市, 結為第5個姊妹城市, 姊妹市協定, 正式成為（本市第12個）姊妹市.
_SISTER_SIGNING = rx(
    _TIE_MADE + _SISTER_KIND + r"|" + _SISTER_KIND + r"(?:協議|協定|盟約)|成為本市" + _NTH
)
_FRIENDSHIP_SIGNING = rx(
    _TIE_MADE + _FRIENDSHIP_KIND + r"|" + _FRIENDSHIP_KIND + r"(?:協議|協定|盟約|關係)"
)
#: What talks on a tie are about: its making (洽商締結事宜, 就締結姊妹校事宜進行洽談), its
#: agreement (就協定內容進行洽談) or the signing (洽談簽約時程).
_TIE_TALKED_OF = rx(_TIE_MADE_WORDS + r"|協定|盟約|簽約")
#: Signing an agreement, or renewing one: 簽署, 簽訂, 簽約, 簽立, 續簽, 續訂, (完成)續約, 換約.
_AGREEMENT = rx(r"簽(?:訂|署|定|立|約)|續(?:簽|訂|約)|換約|展延")
#: An agreement's kind, ending its name: 協議(書), 協定(書), 備忘錄, 意向書, 合作書; a
#: title in brackets may also end in 宣言.
_AGREEMENT_KINDS = r"協議書|協定書|協議|協定|備忘錄|意向書|合作書"
_AGREEMENT_KIND = rx(_AGREEMENT_KINDS)
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
#: Who only saw an agreement signed: 見證, 在…見證下, 觀禮.
_WITNESS = rx(r"見證|觀禮|監簽")
#: An agreement named unquoted after its signing, up to 12 ideographs before its kind
#: (簽署之港灣物流人才培育交流合作備忘錄: the name whole, not its last 8).
_AGREEMENT_NOUN = rx(r"([\u4e00-\u9fff]{0,12}(?:" + _AGREEMENT_KINDS + r"))")
# --- Clauses, leaders and delegations -------------------------------------------------

#: The day of an itinerary opening its line, its date in brackets (第三天(十月五日):,
#: 第2日(5/6)): the date, read as one opening the line.
_ITINERARY_DAY = (
    r"第[一二三四五六七八九十\d]+[天日](?=\()|\((?:\d+[年月日]|[\d./至~-]|"
    + _NUMERALS_OF_DATE
    + r")+\)"
)
#: ...or named as those its leader took along (本府由某局局長王大明率某科科長李小華、某校
#: 校長陳美玲等赴某市: the group, each named went).
_HOME_OFFICIALS_LED = rx(r"本府由[^,;。]{2,30}?率([^,;。]{3,80}?)等?(?:前往|赴)")
#: A part of the day (上午, 晚間, 當晚): when, on a day told, something was done.
#: (dates._TIME_OF_DAY, a pattern for what may follow a day's number, lists 清晨 not 當晚.)
_DAY_PART = r"上午|下午|中午|晚間|晚上|早上|傍晚|當晚"
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
#: The home city's own officials named by surname and title (陳市長, 許副秘書長).
_HOME_OFFICIAL = rx(r"^[\u4e00-\u9fff](?:(?:副|代理)?市長|副?秘書長|主任秘書|局長|處長|參事|參議)")
#: An official by a surname of one or two and a title (史市長, 大西市長): one named in full
#: before, whose title tells for whom he acts.
_OFFICIAL_BY_SURNAME = rx(r"^[\u4e00-\u9fff]{1,2}(?:(?:副|代理)?市長|知事|副?秘書長|局長|處長)")
#: The verbs of leading a group: 率領, 率團, 率隊, 親率, 帶隊, 帶領, 帶團, 領隊 (率 alone is
#: added by the patterns that take it). 帶隊 before who does it is a noun, no verb:
#: 學生18名及帶隊教師2名 (the teachers leading the group).
_LEADING_NOUN = r"(?!教師|老師|人員|官員|主管|幹部)"
_LEAD_VERB = r"率領|率團|率隊|親率|帶隊" + _LEADING_NOUN + r"|帶領|帶團|領隊"
#: The leading verbs that name who led a visit (`led_by`): not 帶團 nor 領隊, kept out
#: as before (reading them gives 某市市長王大明領隊 a led_by the rules never gave).
_LEADER_VERB = r"率領|率團|率隊|帶隊" + _LEADING_NOUN + r"|帶領|帶著"
#: A time written after who acts, before the verb (陳市長於107年4月16日至20日率…,
#: 某處長於3月下旬帶隊…, 王副市長在5月初率團…): no part of the name.
_TIME_PHRASE = rx(
    # (某某曾於5月率團: the adverb of a time before, with it)
    r"(?:曾?(?:於|在))?(?:\d" + _DATE_CHAR + r"{1,19}|(?:" + _NUMERALS_OF_DATE + r"|至)+)"
    r"(?:" + _PART_OF_MONTH + r"|間)?"
)
#: Who led: 由X率領/率團/帶隊…, else a sentence that opens with X率團/帶領/率… (李副市長率
#:市府團隊出訪, 陳市長率相關局處人員赴日; 率先 is no leading).
#: (某市長親率…: 親 is the adverb, no part of who led; _LEAD_OPENING at a clause start)
_LEAD_BY = rx(r"由([^,由]{1,15}?)[親所]?(?:" + _LEADER_VERB + r"|率)")
#: A change of who leads (原規劃由市長親自率團，…改由李副市長率…): who led is named after it.
_LEADER_CHANGED = rx(r"改由|改派|改請")
#: The words of being unable to do what follows: 未能, 無法, 未克, 不克.
_UNABLE = r"未能|無法|未克|不克"
#: Who was to come told as not coming (某市長因故未能來訪, 無法成行, 不克前來): where
#: another is sent instead (改由某副市長率團來訪), not the visitor.
_KEPT_AWAY = rx(r"(?:" + _UNABLE + r")(?:親自)?(?:來訪|成行|前來|來高|訪高|率團)")
#: A named visitor leading a group: 局長王大明率該局考察團來訪, 省長某某於4月8日率團訪問本府,
#: 議長某某於同年11月率議員訪問團來訪.
#: (某市長於8月22日親自率團: the adverbs before or after the date; 議員某某應本府之邀，
#: 於…率…, 某市長應邀率團…: invited, then leading)
#: (某市長某某又率團, 更親自率團, 另率團, 再率團: the adverbs of the clause alike)
_LEADING_ADVERBS = r"(?:亦|也|並|則|又|更|另|均|皆|再度|再次|再|親自|專程|特地|特(?=率))*"
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
#: A troupe, team, club or class of a school or town, one body with the name before it
#: (某國小舞蹈團, 某高中籃球隊, 某大學國樂社, 某國中音樂班).
_TROUPE_WORD = r"(?:團|隊|社|班)"
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
#: The members a body comes with, and how many, written after its name: 某高等學校師生
#: 一行25人, 某協會會員30名, 某中學學生15人.
_MEMBERS = rx(
    r"(?:師生|學生|教師|會員|團員|代表|人員)*(?:一行)?(?:共|計)?"
    r"(?:約?(?:\d+|[一二三四五六七八九十百千兩]+)餘?(?:人|名))?$"
)
#: A delegation named after who leads it (率領某市青少年交流訪問團一行30人): the name,
#: up to the delegation word.
_DELEGATION_LED = rx(r"([^\s,、與及的至之由率]{2,20}?" + _DELEGATION_KIND + r"團)")
# --- Parties, visits and events -------------------------------------------------------

#: Taking part, said after an invitation to come: the invited came (邀請…組隊來高，連同
#: 本市N隊共M隊參賽).
_TOOK_PART = rx(r"參賽|" + _ATTEND + r"|共襄盛舉|同場(?:競技|較勁|競賽)|角逐|競逐")
#: Asking a go-between to bring others in (並洽請某協會協助引介某國團體參展, 委請某處轉介…
#: 參加): whoever takes part there is those others, not the invited named before.
_ASKED_TO_BRING = rx(r"洽請|委請|協請|引介")
#: Holding or convening an event: 主辦, 舉辦, 舉行, 承辦, 召開.
_HOLD_VERB = r"主辦|舉辦|舉行|承辦|召開"
#: The words opening a holding before its time or venue (並於, 將在).
_HELD_AT_OPENING = r"(?:並|亦|另|將|已|預計|訂)*(?:於|在)"
#: A clause with no subject of its own holding the event named next: 於5月20日至22日
#: 主辦「…」, 並於某藝術特區舉辦「…」, 將於10月舉行「…」.
_HELD_AT = rx(_HELD_AT_OPENING + r"[^,「」]{0,16}?(?:" + _HOLD_VERB + r")之?「")
#: What joins the parties of a list: 某市與某院, 甲、乙及丙, 偕同.
_PARTY_JOINER = rx(r"[與及和、]|偕同")
#: Leading a group, with no going or coming of its own: 由某某親自率團, 由某某領隊.
_LEADS_GROUP = rx(_LEAD_VERB)
_GO = rx(r"至|到|前往|赴|飛往|訪問|出訪|參訪|拜訪|考察")
#: A clause going on with the delegation of a trip told before it (訪問團於4月3日至5日停留
#: 某市, 該團轉往某市, 訪團隨後抵達某市): a leg of that trip.
_DELEGATION_GOES_ON = rx(r"^(?:該團|訪團|本團|一行|(?:本|該)?" + _DELEGATION_KIND + r"團)")
#: The verbs a leg of a trip names its stop with, beside those of going: 停留某市, 轉往某市.
_STAY = rx(r"停留|轉往|轉赴|轉抵|抵達")
#: A stop of a trip told by whom the delegation met there, or signed with (4月21日於某市
#: 與該市市長某某會晤, 於某市與該市市長某某共同簽署「…」): the place after 於 (the group
#: `stop`) is a stop.
_MET_AT_STOP = rx(
    r"^(?:並|隨後|續)?(?:於|在)(?P<stop>[^,;「」與]{2,14}?)與[^,;「」]{1,40}?"
    r"(?:會晤|會談|會面|晤談|交換意見|" + _SIGNING + r")"
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
_RETURN_VISIT_OPENING = rx(r"^(?:並|再|隨即|隨後)?回訪(?!本市|本府|高雄)")
#: Each in turn: 甲、乙分別於9月及11月來訪 (the first date is 甲's, the second 乙's).
_EACH_IN_TURN = r"分別|各自"
#: One after another, in the order named: 先後於, 依序有 (with 分別, 各自: each its own).
_IN_TURN = r"(?:" + _EACH_IN_TURN + r"|先後|依序|依次|相繼)"
#: The word of "in turn" itself (分別, 先後, 依序…).
_IN_TURN_WORD = rx(_IN_TURN)
#: The number of those listed, told after them: 等5位首長, 等3校, 等四個城市.
_STATED_COUNT = rx(r"等(\d+|[一二三四五六七八九十]+)(?:位|名|人|個|團|校|國|市|所)")


def told_other_count(stated: re.Match[str] | None, count: int) -> bool:
    """Whether the number told of those listed (_STATED_COUNT: 等5位首長) is not `count`."""
    return stated is not None and _small_number(stated.group(1)) != count


#: Coming in turn, each leading a group: 先後於5月3日及5月14日率團來訪; 甲、乙所率訪團
#: 先後於…抵高.
_LEADS_IN_TURN = rx(
    _IN_TURN + r"[^,;。]{0,60}?(?:" + _LEADER_VERB + r")|率[^,;。、]{0,4}?團(?:一行)?,?" + _IN_TURN
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
_TALKS_ON = rx(r"(?:洽談|洽商|研商|商討|討論|協調|磋商|商談)(?!後)[^,;。後並]{0,12}$")
#: Those who attended, listed after a noun of attending: 出席者包括, 現場與會貴賓有,
#: 參加者為, 實體出席人員計有, 與會城市分別為, 參與城市涵蓋, 與會國家遍及, 以線上方式
#: 參與之姊妹市分別為 (then the list: the parties it names, not the subject of the
#: sentence before).
_ATTENDEE_LIST = rx(
    r"(?:實體|現場|親自|線上|視訊)?(?:" + _ATTEND + r")(?:之|的)?"
    r"(?:者|人員|人士|貴賓|來賓|嘉賓|外賓|代表|(?:姊妹|友好)?城市|姊妹市|國家|單位|團隊)"
    r"(?:計有|共有|包括|包含|涵蓋|涵括|遍及|來自|分別為|有|為)(?:如下)?:?"
)
#: The verbs of a party other than the event's holder, which no holder's words cross:
#: 參加, 與會, 前往, 赴, 邀 (參加某市舉辦之「…」: 某市 holds it; 邀某市參加之「…」: not).
_OTHER_PARTY_VERB = _ATTEND + r"|前往|赴|邀"
#: Making an event known: 推介, 推廣, 宣傳, 行銷, 介紹.
_PROMOTING = r"推介|推廣|宣傳|行銷|介紹"
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
#: Inviting, the one invited named right after (邀請陳菊市長, 邀陳其邁市長; not 應邀, the
#: invitation answered).
_INVITING = r"邀請|(?<!應)邀(?!請)"
#: The city or a home official as the one invited: 本府, 陳市長, 市長.
_HOME_INVITEE = r"(?:" + _HOME_NAMES + r"|[\u4e00-\u9fff]?(?:副?市長|副?秘書長|局長))"
#: A name in corner brackets (an event's, an agreement's): 「…」.
_QUOTED_NAME = rx(r"「[^「」]*」")
#: What may stand before the speaker's word for themselves, as a subject or a party
#: (，本人特地接見, 與本人, 陪同本人, 致函大明, 依大明手邊的紀錄); not the end of a word
#: (日本人, 市長本人: the one named, himself).
_SPEAKER_BEFORE = r"(?<![^,;。:與同由並也亦向及和在函依])"
#: A home official or the city as the one invited: 邀請陳市長, 邀請本府, 邀請市長, 請本府組團出席.
_INVITES_HOME = rx(r"(?:邀請|邀)" + _HOME_INVITEE + "|" + _ASKS_HOME_TO_COME)
#: People or businesses named by where they are (當地通路業者, 當地旅行業者, 某市僑界代表,
#: 該市企業): the place is their whereabouts, not a party.
_FOLK_OF_PLACE = rx(
    r"(?:之|的)?(?:(?![及與和])[\u4e00-\u9fff]){0,4}?(?:業者|廠商|企業|僑界|僑胞|僑團|民眾|居民|通路|進口商|媒體|商家|店家)"
)
#: Meeting: 拜會, 會晤, 會談…; held from afar too (線上交流, 視訊對談, 電話會談): a
#: meeting, though no visit.
_MEET = rx(
    # hosting a guest at a banquet (設宴款待, 接待並設宴款待) too; not 接待 alone, which a
    # bureau does with no one meeting the guest (本局接待來自…之某某一行), but 親自接待
    r"拜會|會晤|會見|會面|會談|晤談|晉見|接見|(?<=親自)接待|(?:接待[並及])?(?:設宴)?款待"
    r"|(?:線上|視訊|電話|遠距)(?:方式)?(?:交流|對談|座談)"
    # a meeting held from afar (舉行視訊會議, 召開線上會議; its level told before it:
    # 召開工作層級視訊會議, 舉行首長層級線上會議), a working meeting (與某市某課進行工作
    # 會議) and a gift handed over in person (將捐款面交王市長, 當面致贈): the two sides met
    r"|(?:舉行|召開|進行)(?:[\u4e00-\u9fff]{1,3}層級)?(?:"
    + _REMOTE
    + r"|工作)(?:會議|會談)|"
    + _HANDED_IN_PERSON.pattern
    # 以視訊方式舉行某某交流會議, 以線上方式召開工作會談: the meeting named after the manner
    + r"|以(?:"
    + _REMOTE
    + ")方式(?:舉行|召開|進行)[^,]{0,12}?(?:會議|會談|座談會?)"
    # 陳市長與某會長就…交換意見: the two sides named before what they spoke of, or what
    # was exchanged told in it (與甲市代表交換城市治理經驗); 並與林市長餐敘: dining
    # together, the one dined with named before it
    + r"|(?<=[\u4e00-\u9fff\)])(?:交換意見|交換[\u4e00-\u9fff]{2,6}?(?:經驗|心得)|餐敘)"
)
#: The city holding an event, in so many words: 在本市舉辦, 於本市舉行, 本府主辦, 本府籌辦,
#: and the reporting bureau's own 由本局主辦之「…」.
_HOME_HOSTING = r"(?:在|於)本市(?:舉辦|舉行)|(?:本府|" + _OWN_BUREAU + r")(?:舉辦|主辦|籌辦)"
# --- Schools --------------------------------------------------------------------------

#: How school names end, the vocational schools' short forms (某某高商, 某某工商) too,
#: and Japan's 某某中學校, 某某小學校 (but 某某中學校長 is 某某中學's principal).
SCHOOL_ENDINGS = (
    r"(?:國中|國小|女中|高中|高級中學|中學校(?!長)|小學校(?!長)|中學|大學|學院|高等學校|中等教育學校"
    r"|高商|高工|高農|高職|商職|工職|家商|工商|商工|海事"
    # a vocational school written in full: 某高級商業職業學校, 某高級工業職業學校
    r"|職業學校)"
    # the longest ending: 某海事學院, not 某海事; 某國中學 not 某國中; nor its students
    # (推薦大學生, 高中生, 國中生: pupils of such schools, no school named)
    r"(?!學院|學校|大學|中學|高中|高級中學|生)"
)


#: Verbs of sending or putting forward people, which open no school's name (本市選派
#: 國中學生, 遴派高中生, 推薦大學生參加).
_SENDING = r"選派|遴派|推派|指派|派遣|推薦|遴選"


def school_name(stops: str = "", longest: int = 14, founder: bool = True) -> str:
    """A school's name as a pattern: 2 to `longest` characters that are no space, comma,
    colon, 、, 與, 及, 的 or 偕 (nor any of `stops`), then a school's ending; `founder`
    allows the 國立/市立/私立 before it."""
    opening = "(?:國立|市立|私立)?" if founder else ""
    # (本市選派國中學生: the verb of sending, then pupils of a kind of school, none named)
    return rf"{opening}(?!{_SENDING})[^\s,:、與及的偕{stops}]{{2,{longest}}}?{SCHOOL_ENDINGS}"


#: Schools counted, not named (當地多所中小學, 三所高中, 數所大學).
_SCHOOLS_COUNTED = rx(r"(?:多|數|幾|\d+|[一二三四五六七八九十兩]+)所")


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
#: Words of a tie being made (not just named: 來訪姊妹校某中學 is a visit).
_TIE_MAKING = rx(_MAKING + "|" + _SIGNING + r"|協定|協議")
#: Making a sister-school tie (signed or to come): 締結姊妹校, 結盟為姊妹校, 簽署姊妹校協定.
_SCHOOL_TIE_MADE = rx(
    r"(?:" + _TIE_VERB + "|" + _SIGNING + r")[^,;]{0,4}姊妹校"
    r"|姊妹校(?:之)?(?:締約|締盟|結盟|簽約)"  # 完成姊妹校締約
)
# --- References, lists and hosts ------------------------------------------------------

_HOME_ACTOR = rx(_HOME_NAMES + r"|高雄市政府|我方|本團")  # 本團: the city's own delegation
#: The field of a work-plan item giving what was planned for it (預定進度：…, 預定辦理
#: 事項：…), before what was done (實際執行情形：…): its paragraph tells plans only.
_PLAN_FIELD = rx(r"^預定(?:進度|辦理事項|工作項目|執行進度|目標):")
_PARENS = rx(r"\([^()]*[A-Za-z][^()]*\)")
#: Holding an event: 舉辦, 主辦, 辦理 (本府舉辦…, 市府主辦…).
_HOLDS = r"舉辦|主辦|辦理"
_HOLDING = rx(_HOLDS)
#: Verbs after which a place is what the subject goes to, joins or invites.
_OBJECT_VERB = rx(r"參加|參與|出席|前往|赴|至(?![\d今])|邀請|拜會|訪問(?!團)")
# --- Meetings and the parts played at events ------------------------------------------

#: A home official's title, in full (代理市長, 副市長, 秘書長).
_HOME_TITLE_ONLY = rx(_HOME_TITLE)
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
#: A party's delegates presenting (某市代表分享…, 某市官員亦分別介紹…, 某市與會人員簡報…):
#: the party spoke.
_DELEGATE_PRESENTS = (
    r"(?:代表|官員|首長|人員)(?:亦|並|也|則|均|皆|"
    + _EACH_IN_TURN
    + r"|共同)*(?:分享|介紹|簡報|報告|說明)"
)
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
#: What parts the items of a list of attendees: 、, 及, 與, 和, 暨.
_LIST_ITEM_BREAK = rx(r"[、及與和暨]")
#: What closes a list of attendees: 等, 等人, 等約180人, 等二十餘人.
_LIST_CLOSING_WORDS = rx(r"等[^、及與和暨]*$")
#: Words telling the listed were invited: 應邀發表專題演講之外賓計有.
_LIST_INVITED = rx(r"應邀|受邀|獲邀")


# --- Who holds an event ---------------------------------------------------------------


#: The endings of a body that holds events: 民政局, 委員會, 大學, 市政府, 公司.
_BODY = r"(?:局|會|處|部|廳|署|大學|政府|集團|公司)"


# --- Ties: partners, agreements' names, bodies referred to ----------------------------

#: What joins the items of a list of partners: 某市、某市及某市, 某市暨某縣.
_JOINER = rx(r"[、及與和暨]")

#: Words opening an agreement's quoted name that are no part of its kind: 「雙方…」,
#: 「兩市…」, 「彼此…」, 「加強…備忘錄」; 之 after the verb (簽署之交流協議).
_TITLE_OPENING = rx(r"^(?:之|的)?(?:雙方|兩市|彼此|加強)?")
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
#: One going about with another (某市市長某某則全程陪同本府參觀, 本府陪同州長搭乘港勤船):
#: the two met.
_ACCOMPANIES = rx(r"(?:全程|親自|特別|特地)?陪同")
#: An office referred to by the last word of its kind (該所 of 某事務所, 某研究所; 該會 of
#: 某協會, 某委員會), then the unit or title after it (該所代表某某, 該會會長某某).
_THAT_OFFICE = rx(r"該(所|會)(.*)")
#: A body referred to by its kind (該局, 該公司, 該大學, 該財團); after 與 (與該局簽署…).
_THAT_BODY_KIND = r"該(局|公司|協會|會|大學|學院|組織|機構|署|處|廳|所|財團|基金會)"
#: A body referred to by its kind as who acts: 由該局執行長親自與會, 該公司派員出席, 該財團
#: 明年1月舉辦之「…」 (not 該會議, 該處 there).
_ACTING_BODY_KINDS = r"局|公司|協會|大學|學院|組織|機構|署|廳|財團|基金會"
#: A body referred to by its kind as the host of an event: as _ACTING_BODY_KINDS, and 該處 too
#: (an office, 某辦事處: 出席該處假某飯店主辦之「…」, not "there").
_THAT_BODY_HOSTING = rx(r"該(" + _ACTING_BODY_KINDS + r"|處|會(?!議|場|中|期|後))")

# --- Visits and meetings --------------------------------------------------------------

#: What may follow a country named alone as where a visit went (赴日本考察, 赴某國訪問):
#: no place of its own (not a city's name going on).
_COUNTRY_ALONE = rx(r"[^\u4e00-\u9fff]|" + _VISIT_PURPOSE_WORDS + "|" + _ATTEND + r"|研習|拜會|$")
#: Where the name of who sent or came ends: 某市亦…, 某市派…, 某市組團…, 某市一行, 某市於3月.
#: (某高等學校由校長率領師生…: who led, after the body, is no part of its name)
_SENDER_END = rx(
    r"亦|也|特別|派|組團|至|前來|抵達|來訪|回訪|訪問團|訪問|參訪(?!團)|拜會|拜訪|一行|於\d|(?:應|受|獲)[^,;]{0,12}?邀"
    r"|由[^,由]{0,8}?(?:" + _LEAD_VERB + r"|率)"
)

# --- Visitor lists --------------------------------------------------------------------

#: A body's name saying it sits in Taiwan: 某國在台協會, 某國駐臺北代表處, 某國駐華大使館.
_IN_TAIWAN = rx(r"(?:在|駐)(?:臺|華)")
#: What stands before the partner in an affiliation: 某大學姊妹校, 本市姊妹市.
_OURS_BEFORE = rx(r"^(?:.*姊妹校|本市" + _SISTER_CITY + ")")
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
#: A list item opening with a joining word: 以及某會社, 及某協會, 暨某大學.
_ITEM_JOINER_OPENING = rx(r"^(?:以及|及|與|和|暨)")
#: Attending a ceremony of the event spoken of, not named again (出席於主場館舉行之開幕
#: 典禮, 觀賞閉幕式, 出席頒獎晚會): a part of the event the text is about.
#: 元宵(節)晚會 is the lantern festival's evening gala.
_CEREMONY = r"(?:開幕|閉幕|開閉幕|頒獎|歡迎|元宵節?)(?:典禮|式|儀式|晚會|晚宴)"

# --- Invitations and taking part ------------------------------------------------------

#: Verbs that make a clause more than a subject: what it says is its own.
_VERB = rx(_ATTEND + r"|率|派|前往|訪|拜會|會晤|邀|簽|舉辦|主辦|認為|表示|指派")
#: An edition called off by its holder (not merely postponed, 延期, nor a trip cancelled).
_CANCELLED = rx(r"停辦|停止舉辦|取消舉辦|宣布取消")
#: A plan first made, told before what became of it (本府原規劃組團參加…, 原訂派員出席…,
#: 原預定率團前往…): the party meant to take part.
_PLAN_FIRST = rx(r"原(?:訂|定|規劃|預定|預計|計畫|計劃|擬)")
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
_NOT_COMING = rx(r"(?:" + _UNABLE + r")成行|(?:" + _DECLINE_VERB + r")[。.]?$")
#: An item's number opening it: 1、, (2), 3., （四）.
_ITEM_NUMBER = r"[(（]?[\d一二三四五六七八九十]+[)）、.]"
#: A heading's number, its closing mark left out too: (二)主辦…, 3主辦….
_ITEM_NUMBER_OPENING = rx("^" + _ITEM_NUMBER + "?")
#: A list item opening with the party it is about (1、韓國某市：…, (2)某市:…).
_ITEM_PARTY = rx(r"^(?:" + _ITEM_NUMBER + r")?([^,:;]{2,16}?)[:]")
#: The next edition, by year or by its number: 明年, 下屆, 下一屆, 次屆.
_NEXT_EDITION = r"明年|下一?屆|次屆"
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
#: Whether to go not yet decided (將視屆時情形評估與會方式, 研議是否出席, 將視預算情形派員
#: 與會): no plan yet.
_UNDECIDED = rx(
    r"評估|研議|考慮|考量|再議|待定|尚未決定|是否|安排中|協調中|洽詢中"
    r"|視[^,;。]{0,12}?(?:情形|情況|狀況|而定)"
)
#: An invitee that has not answered yet (尚未回覆, 未回函, 尚待確認): still only invited.
_NO_ANSWER = rx(r"(?:尚未|未|尚待|仍待)(?:回覆|回函|答覆|函復|回應|確認)")
#: The home city opening the words as the owner of a tie, the partner the subject:
#: 本市姊妹市某市將於9月主辦…, 本市之友好城市某縣….
_HOME_PARTNER_OPENING = rx(_HOME + r"(?:之|的)?(?:" + _SISTER_KIND + "|" + _FRIENDSHIP_KIND + ")")
#: An invitation sent by letter (致函邀請, 函邀, 發函邀請): an invitation, nobody there yet.
_BY_LETTER = rx(r"致函|函邀|發函|去函|分函|行文")
#: Holding an event together (共同主辦, 聯合舉辦, 合辦): every side named as its subject
#: hosts it.
_CO_HOST = rx(r"(?:共同|聯合|攜手|合作)(?:主辦|舉辦|辦理|舉行|籌辦)|合辦")
#: Both sides as a subject (雙方, 兩市): the city and the partner last spoken of.
_BOTH_SIDES = rx(r"雙方|兩市|兩地|兩城市?")
#: An event's edition opening its name: 「2019, 第5屆 (2019第5屆某某論壇).
_EDITION_OPENING = rx(r"^「?(?:\d{4}\s*年?)?(?:第\s*" + _ORDINAL_NUMBER + r"\s*屆)?")
#: A verb of taking part opening a name: 參加某某論壇 (the name then 某某論壇).
_JOIN_OPENING = rx(r"^(?:" + _ATTEND_VERB + r")")
#: The same words anywhere: the body holding an event is named after the last of them.
_ATTENDING_WORD = rx(_ATTEND_VERB)
#: A name glossed in Latin letters before its verb: 某某理事會(ABC)主辦,
#: 某某研究中心(Centre for Something)與….
_LATIN_GLOSS = rx(r"\([^()]*[A-Za-z][^()]*\)")
#: A verb of attending qualifying the noun after it (出席大會之某市市長, 參加會議之各國代表):
#: whom the clause speaks of, not a party joining.
_ATTENDING_QUALIFIES = rx(r"(大會|會議|論壇|峰會)(?:之|的)")
#: The words of thanks (感謝, 致謝): what follows was done before, recalled.
_THANKS = r"感謝|感激|致謝|謝謝"
#: Thanks for what was done, before its verb (感謝本府於上半年邀請…): a past doing recalled.
_THANKED_FOR = rx(r"(?:" + _THANKS + r")[^,;。「」]{0,12}$")


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


#: The word of a home body's founder opening its name (市立某高中): the city's, as 本市 is;
#: the body goes by its name without it too (某高中).
_MUNICIPAL_FOUNDER = rx(r"^市立(?=[\u4e00-\u9fff]{2})")
#: A pronoun taking up a person just named: 其, 渠 (not 其他, 其餘, 其中, 其它).
_PRONOUN_PERSON = rx(r"(?:其|渠)(?!他|餘|中|它|間|後|實)")
#: The other side of a meeting written as a pronoun (與其會晤, 與他會面): the one the
#: sentence named before, a whole pronoun: those and 他, 她.
_PRONOUN_PARTY = rx(_PRONOUN_PERSON.pattern + r"|他|她")
#: A character of a list item's name: no joiner of the list (某市、某大學及某公司).
_ITEM_CHAR = r"(?:(?![及與和])[\u4e00-\u9fff])"


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
#: A place taken up by its kind, opening an affiliation: 該市, 該縣(議會), 該州.
_THAT_PLACE = rx(r"該([縣市省州])")
#: The secretariat asking its superiors to act (本處簽請本府王副市長率團…, 報請市長…): the
#: one asked is who acts, the office writing the report only proposed it.
_PETITION = r"(?:本處|本局|本室)?(?:簽請|報請|陳請)"


def occurrences(word: str, text: str) -> Iterator[re.Match[str]]:
    """Where `word`, taken as written (no pattern), stands in `text`, left to right and
    not overlapping: 王大明 in 拜會王大明市長, 該市 in 該市市長."""
    return _literal(word).finditer(text)


@lru_cache(maxsize=4096)
def _literal(word: str) -> re.Pattern[str]:
    """`word` as a pattern matching just itself (asked for thousands of times a chapter)."""
    return re.compile(re.escape(word))
