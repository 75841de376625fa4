"""The genre's grammar: the words and patterns the reading rules look for.

All patterns are compiled through `normalize`, so they match 臺 and 台, full-width and
half-width alike. They describe the genre (締結姊妹市, 由…率團, 邀請…參加), never a
particular sentence.
"""

from __future__ import annotations

from loaders.reading import rx

_CLAUSE_BREAK = rx(r"[,,;;]")
_FUTURE = rx(r"將|未來|預計|明年|擬|規劃|願|計畫|計劃|期盼|可行性|方向|同意於|下半年")
#: What did not take place as planned: 原訂…因疫情延後, 停辦.
_NOT_HELD = rx(r"原訂|延後|延期|取消|停辦")
#: Put off to a later time: 延期至明年, 延至2021年, 延後至110年, 延至今年10月.
_POSTPONED = rx(r"(?:延期|延後|順延|延)至(明年|今年|本年|\d{2,4}年)")
#: Invited but not there: 未能出席, 未派團, 無法派員, 婉拒邀請, 本屆暫不參加.
_ABSENT = rx(
    r"未能|未派|未克|不克|缺席|婉拒|婉謝|無法(?:出席|參加|與會|派)|(?:暫|均|並)不(?:參加|出席|與會|派)"
    r"|未(?:出席|參加|與會)"
)
#: Taking part from afar: no one travelled.
_VIRTUAL = rx(r"線上|視訊|網路|遠距|連線")
#: A clause telling what came after (活動結束後仍透過網路保持聯繫, 返國後持續以視訊交流):
#: keeping in touch from afar afterwards makes no visit before it virtual.
_AFTERWARDS = rx(r"(?:結束|返國|回國|閉幕|返臺)(?:之)?後|日後|保持聯繫")
_PURSUIT = rx(
    r"推動|籌辦|籌備|洽談|洽商|協商|研議|研商|評估|爭取|方向|可行性|意願|有意|期盼|希望|可望"
    r"|預定|預計|規劃|計畫|計劃|擬|願|將|未來|案$|案。?$|(?:預作|做|作)準備|鋪路|暖身"
)
_NEGOTIATING = rx(r"洽商|協商|磋商|談判|洽談|籌辦")
#: The kinds of tie as written: a sister city (姊妹市, 姊妹城市), a state or province
#: tied to a city (姊妹州市, 姊妹省市, 姊妹州), a friendship city (友好城市, 友好交流城市).
_SISTER_KIND = r"姊妹(?:城市|州市|省市|縣市|市|州|省|縣)"
_FRIENDSHIP_KIND = r"友好(?:交流|合作)?(?:城市|州市|省市|縣市|市|州|省|縣)"
#: Making a tie: 締結, 結為, 結成, 結盟為, 締盟為, 正式成為 (then 為, 本市, 第N個).
_MAKING = r"(?:締結|結為|結成|結盟|締盟|成為)"
#: An ordinal, in digits or in words: 第28個, 第 5 個, 第一個, 第十二個.
_NTH = r"第\s*(\d+|[一二三四五六七八九十]+)\s*個"
_TIE_MADE = _MAKING + r"(?:為|成為)?(?:本市|本府)?(?:之)?(?:" + _NTH + ")?"
_SISTER = rx(_SISTER_KIND)
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
#: Agreements that are ties themselves (read by the tie and sister-school rules).
_TIE_AGREEMENT = rx(_SISTER_KIND + r"|姊妹校|" + _FRIENDSHIP_KIND + r"(?:協議|協定)")
_ORDINAL = rx(_NTH)
#: What closes a list of cities before the kind they share, with their count or not
#: (甲市、乙市等姊妹市; 甲市、乙市及丙市等3個姊妹市; 甲市及乙市共兩座友好城市).
_LIST_CLOSE = rx(r"(?:等|共|計|等共)?\s*(?:(?:\d+|[一二兩三四五六七八九十]+)\s*(?:個|座|處))?")
#: An existing tie told by its rank, the words before the kind of tie: 某市為本市第一個
#: 姊妹市, 某市是本市第12個友好城市, 本市第28個姊妹市某市.
_RANKED_AS = rx(r"(?:為|是|係|乃|即)?(?:本市|本府|我市)(?:之|的)?" + _NTH + "$")
#: A tie's anniversary after its making: 締結姊妹市15週年, 締結友好城市屆滿10周年,
#: 自1966年締結迄今已屆55週年 (the tie counts from that many years before).
_ANNIVERSARY = rx(r"^[^,;「」]{0,8}?(\d+|[一二三四五六七八九十]+)\s*(?:週年|周年)")
#: Signing an agreement, or renewing one: 簽署, 簽訂, 簽約, 簽立, 續簽, 續訂, (完成)續約, 換約.
_AGREEMENT = rx(r"簽(?:訂|署|定|立|約)|續(?:簽|訂|約)|換約|展延")
#: An agreement's kind, ending its name: 協議(書), 協定(書), 備忘錄, 意向書, 宣言.
_AGREEMENT_KIND = rx(r"協議|協定|備忘錄|意向書|合作書")
_AGREEMENT_TITLE = rx(r"[「《]([^「」《》]*(?:協議|協定|備忘錄|協議書|意向書|合作書|宣言))[」》]")
#: An agreement named as made before, not signed in the clause: 簽署之「…」, 所簽訂的….
_AGREEMENT_NAMED = rx(r"(?:簽(?:訂|署|定|立)|續(?:簽|訂))(?:之|的)")
#: A signing still to come: 研議簽署, 評估簽署, 籌備簽署, 有意簽署, 可望簽署, 預定簽署,
#: 洽談簽署, 盼簽署; also not done as planned (原規劃…未能, 延後簽署).
_AGREEMENT_PENDING = rx(
    r"研議|研商|商議|評估|籌備|準備|有意|意願|可望|預定|盼|洽談|洽商|協商|推動|持續|積極"
    r"|事宜|未能|延後|延期|擇期|另行"
)
#: Words between a signer and its date or partner (某大學亦於3月12日與…, 某高中並與…).
_ADVERB_TAIL = rx(r"(?:亦|也|並|另|則|均|再度|再次|同時|正式|共同)+$")
#: How a party acted, written between its name and the verb (某基金會以視訊方式簽署,
#: 某大學透過線上會議簽署, 某公司於線上簽署): no part of the name.
_MANNER_TAIL = rx(
    r"(?:(?:以|透過|經由|採|藉由)[^,;。與]{0,8}?(?:方式|連線|會議|形式|平台)|(?:於|在)?(?:線上|視訊|遠距))$"
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
_AGREEMENT_NOUN = rx(r"([\u4e00-\u9fff]{0,8}(?:協議書|協議|協定|備忘錄|意向書))")
#: The fields of an agreement, within one clause: 雙方將在觀光、教育等方面 (not from
#: 在臺辦事處 on to a later 方面).
_FIELDS = rx(r"在([^,;。「」]+?)(?:等)?方面")
#: A date opening a sentence or clause (99年1月25日至29日，…).
_DATE_PREFIX = rx(r"^(?:同年|今年|[\d年月日至~-])+,?")
#: A time a clause opens with, before who acts: 會議期間, 訪問期間, 會中, 隨後.
_TIME_OPENING = rx(
    r"^(?:(?:會議|活動|論壇|訪問|參訪|展覽|大會|會展)期間|會中|會後|會前|隨後|其後|其間)"
)
#: The home city's own officials named by surname and title (陳市長, 許副秘書長).
_HOME_OFFICIAL = rx(r"^[\u4e00-\u9fff](?:副?市長|副?秘書長|主任秘書|局長|處長|參事)")
#: Who led: 由X率領/率團/帶隊…, else a sentence that opens with X率團/帶領/率… (李副市長率
#:市府團隊出訪, 陳市長率相關局處人員赴日; 率先 is no leading).
#: A time written after who acts, before the verb (陳市長於107年4月16日至20日率…,
#: 某處長於3月下旬帶隊…, 王副市長在5月初率團…): no part of the name.
_TIME_PHRASE = rx(r"(?:於|在)?\d[\d年月日至~\-]{1,19}(?:上旬|中旬|下旬|初|底|間)?")
_LEAD_BY = rx(r"由([^,由]{1,15}?)(?:率領|率團|率|帶隊|帶領)")
_LEAD_OPENING = rx(r"(?:^|,)([^,]{1,15}?)(?:率團|帶隊|帶領|率領|率(?!先))")  # at a clause start
#: A delegation, which is the city's own going, not a body of its own (a team, a troupe):
#: 青年代表團, 經貿訪問團, 產業考察團, a city's 代表隊.
_DELEGATION = rx(r"(?:代表|訪問|考察|參訪|交流|經貿|觀摩|推廣|行銷)團$|代表隊$")
#: The members a body comes with, and how many, written after its name: 某高等學校師生
#: 一行25人, 某協會會員30名, 某中學學生15人.
_MEMBERS = rx(r"(?:師生|學生|教師|會員|團員|代表|人員)*(?:一行)?(?:共|計)?(?:約?\d+餘?(?:人|名))?$")
#: A delegation named after who leads it (率領某市青少年交流訪問團一行30人): the name,
#: up to the delegation word.
_DELEGATION_LED = rx(r"([^\s,、與及的至之由率]{2,20}?(?:代表|訪問|考察|參訪|交流|經貿|觀摩)團)")
#: Taking part, said after an invitation to come: the invited came (邀請…組隊來高，連同
#: 本市N隊共M隊參賽).
_TOOK_PART = rx(r"參賽|參加|參與|出席|與會|共襄盛舉|同場(?:競技|較勁|競賽)|角逐|競逐")
#: The others of those just named, as a subject: 其餘城市, 其他受邀城市, 其它各市.
_THE_REST = rx(r"(?:另|至於|而)?(?:其餘|其他|其它|餘)(?:受邀)?(?:城市|縣市|各市|單位|夥伴)")
#: A clause with no subject of its own holding the event named next: 於5月20日至22日
#: 主辦「…」, 並於某藝術特區舉辦「…」, 將於10月舉行「…」.
_HELD_AT = rx(
    r"(?:並|亦|另|將|已|預計|訂)*(?:於|在)[^,「」]{0,16}?(?:主辦|舉辦|舉行|召開|承辦)之?「"
)
#: What joins the parties of a list: 某市與某院, 甲、乙及丙, 偕同.
_PARTY_JOINER = rx(r"[與及和、]|偕同")
#: Parties told working together, the doing in the next clause: 由本府某局與該市某處
#: 合作, 與某大學攜手, 與某協會協力.
_WORKING_WITH = rx(r"與[^,;]{1,30}?(?:合作|攜手|協力)$")
#: A sentence telling of some of those just named: 其中釜山市由…率團.
_SUBSET = rx(r"^(?:其中|當中)")
#: Leading a group, with no going or coming of its own: 由某某親自率團, 由某某領隊.
_LEADS_GROUP = rx(r"率團|率隊|領隊|帶隊|帶團|率領")
_GO = rx(r"至|到|前往|赴|訪問|出訪|參訪|拜訪|考察")
#: A sentence whose items below tell the rest (行程重點如下：, 分述如下, 行程如下：): a trip
#: it tells is the one the items detail.
_ITEMS_FOLLOW = rx(r"(?:如下|如後|臚列於後|分述於後)\W*$")
#: A visit to the city: 來訪, 蒞府…, and a verb of visiting with the city as its object
#: (訪問本市, 南下考察本市投資環境, 參訪本府); not the city owning what is visited
#: (訪問本市姊妹市某市, 拜訪本市友好城市, 參訪本市之姊妹校: a trip abroad).
_COME = rx(
    r"至本府|至本市|來訪|前來|到訪|回訪|來臺|來臺|訪高|來高|抵高|抵達本市|蒞臨|蒞府|蒞市"
    r"|(?:訪問|參訪|拜訪|考察)本(?:市|府)(?!(?:之|的)?(?:姊妹|友好))"
)
#: Coming down to the city from elsewhere in Taiwan (…等13國使節共30餘人南下, 應邀專程
#: 南下出席, 自臺北南下參加): those stationed in Taiwan, so named, came to the city too.
_CAME_DOWN = rx(r"南下")
#: Coming said of a party named after it: 與來訪之某管理局簽署, 接待來高之某市代表團.
_CAME_AS = rx(r"(?:來訪|來高|來臺|訪高|到訪|抵高)(?:之|的)")
_SEND = rx(r"指派|派遣|特別派遣|派")
#: 與會 before a noun (與會城市代表, 與會人員, 與會者) names who took part; no verb.
#: Watching as spectators (觀賞「…煙火節」, 觀禮) is taking part too.
_JOIN = rx(r"參加|參與|出席|與會(?!城市|代表|人員|者|貴賓|來賓|人士|嘉賓|學者|專家)|同臺|觀賞|觀禮")
#: Those who attended, listed after a noun of attending: 出席者包括, 現場與會貴賓有,
#: 參加者為, 實體出席人員計有, 與會城市分別為 (then the list).
_ATTENDEE_LIST = rx(
    r"(?:實體|現場|親自|線上|視訊)?(?:出席|與會|參加|參與)"
    r"(?:者|人員|人士|貴賓|來賓|嘉賓|代表|城市|單位|團隊)"
    r"(?:計有|共有|包括|包含|分別為|有|為)(?:如下)?:?"
)
#: A description of the event written between a verb of attending and its name, with
#: no verb or party of its own (全球最大數位遊戲展「…」, 亞洲規模最大之年度盛會「…」,
#: 國際知名的「…」, 每年一度的音樂盛事「…」): the verb still governs the event.
_EVENT_DESCRIPTION = rx(
    r"(?:(?!參加|參與|出席|與會|前往|赴|邀|並|暨|及|與|推介|推廣|宣傳|行銷|介紹|簽|拜會|訪)"
    r"[^,;、「」]){1,20}"
)
#: How a description of an event ends: an attributive particle or a noun of a gathering
#: (an event's own ending, 遊戲展, 論壇, is read from the lexicon).
_DESCRIPTION_END = rx(r"(?:之|的|盛會|盛事|盛典|饗宴)$")
#: Inviting, by letter too (函請/敦請…組團來高: the letter asks them to come).
_INVITE = rx(r"邀請|邀|函請|敦請")
#: The city or a home official as the one invited: 本府, 陳市長, 市長.
_HOME_INVITEE = r"(?:本府|本市|市府|[\u4e00-\u9fff]?(?:副?市長|副?秘書長|局長))"
#: The city opening a sentence by inviting: 本府邀請, 市府特別邀請, 本府於某地邀請.
_HOME_INVITES = rx(r"(?:本府|市府|本市)[^,;「」]{0,12}?(?:邀請|邀)")
#: A name in corner brackets (an event's, an agreement's): 「…」.
_QUOTED_NAME = rx(r"「[^「」]*」")
#: A home official or the city as the one invited: 邀請陳市長, 邀請本府, 邀請市長.
_INVITES_HOME = rx(r"(?:邀請|邀)" + _HOME_INVITEE)
#: People or businesses named by where they are (當地通路業者, 某市僑界代表, 該市企業):
#: the place is their whereabouts, not a party.
_FOLK_OF_PLACE = rx(
    r"(?:之|的)?(?:業者|廠商|企業|僑界|僑胞|僑團|民眾|居民|通路|進口商|媒體|商家|店家)"
)
_PRESENCE = rx(r"同臺|同臺|致詞|演講|與談|出席")
#: Meeting: 拜會, 會晤, 會談…; held from afar too (線上交流, 視訊對談, 電話會談): a
#: meeting, though no visit.
_MEET = rx(r"拜會|會晤|會見|會面|會談|晉見|接見|(?:線上|視訊|電話|遠距)(?:方式)?(?:交流|對談|座談)")
#: The host receiving a guest (陳市長於市府接見某國大使, 葉副市長接見來訪之…): the one
#: received came to the city.
_RECEIVE = rx(r"接見")
_HOSTING = rx(r"(?:在|於)本市(?:舉辦|舉行)|本府(?:舉辦|主辦)|辦理")
_SCHOOL_TIE = rx(r"姊妹校")
#: How school names end, the vocational schools' short forms (高雄高商, 海青工商) too.
SCHOOL_ENDINGS = (
    r"(?:國中|國小|女中|高中|高級中學|中學|大學|學院|高等學校|中等教育學校"
    r"|高商|高工|高農|高職|商職|工職|家商|工商|商工|海事)"
    # the longest ending: 某海事學院, not 某海事; 某國中學 not 某國中
    r"(?!學院|學校|大學|中學|高中|高級中學)"
)
#: (該市某高中: a school of the city just named.)
_SCHOOL = rx(
    r"(?:本市|與當地|當地|與|由|之|該市|^)((?:國立|市立|私立)?[^\s,、與及的至之]{2,14}?"
    + SCHOOL_ENDINGS
    + ")"
)
#: A school whose teachers or students someone leads (率領該市某高中（gloss）師生一行).
_SCHOOL_LED = rx(
    r"(?:該市|該縣|當地)?((?:國立|市立|私立)?[^\s,、與及的至之由率]{2,14}?"
    + SCHOOL_ENDINGS
    + r")(?:\([^()]*\))?(?:師生|學生|教師)"
)
#: What opens a sentence before a home school's name: 另本市某高中, 此外本市某國中.
_HOME_SCHOOL_LEAD = rx(r"^(?:另外?|此外|同時)?(?:本市)?")
#: A school named with its city's tie before it: 某市姊妹市某高中, 友好城市某高校.
_SISTER_PLACE_BEFORE = rx(r"^.*?(?:姊妹|友好)(?:市|城市)(?=.{2})")
#: A school named as the sister school visited: 至姊妹校本市某高中, 來訪姊妹校某中學.
_SISTER_SCHOOL_NAMED = rx(
    r"姊妹校(本市)?((?:國立|市立|私立)?[^\s,、與及的至之]{2,14}?" + SCHOOL_ENDINGS + ")"
)
#: The other school of a tie, after 與 (與某高等學校, 與當地某高等學校締結姊妹校).
_WITH_SCHOOL = rx(r"與(?:當地|該市|本市)?")
#: Words of a tie being made (not just named: 來訪姊妹校某中學 is a visit).
_TIE_MAKING = rx(r"締結|結盟|結為|成為|簽署|簽訂|簽約|協定|協議")
#: The two schools of a tie just named: 兩校自101年締結姊妹校以來.
_BOTH_SCHOOLS = rx(r"兩校|雙方學校")
_HOME_ACTOR = rx(r"本府|本市|市府|高雄市政府|我方")
_ANAPHORA = {
    "該市": "city",
    "該縣": "admin1",
    "該省": "admin1",
    "該州": "admin1",
    "當地": "any",
    "兩市": "city",
    "兩地": "place",  # 兩地正式成為友好城市: a city or a prefecture, not a country
}
# 「布市」「波市」「洛市」: a city's first character and 市 name a city just mentioned
# (布里斯本市, 波特蘭市, 洛杉磯市) when a city's people, offices or acts follow.
_SHORT_CITY = rx(
    r"(?<![本全各該兩每此])((?![本全各該兩每此])[\u4e00-\u9fff])市"
    r"(?=長|政府|府|議|代表|官員|團|民|之|的|[,、。]|並|與|及|和|在|於|參加|雙方|$)"
)
_YEARS_LATER = rx(r"(\d+)\s*年後")
#: Titles a place has one holder of at a time: the head of its government.
_ONE_HOLDER = frozenset(("市長", "縣長", "州長", "省長", "知事", "郡守", "區長"))
#: (本期重要外賓依到訪先後為A、B及C: guests named after 為, with or without a colon)
_LIST_START = rx(
    r"為:|為:|包括|計有|辦理|邀請|如下:|:|(?:外賓|訪賓|貴賓|來賓|訪團)[^、,;]{0,10}?為"
)
_RECEIVED_LIST = rx(r"訪賓|接待|到訪|拜會|外賓|訪團|來訪")
_PURSUIT_SECTION = rx(r"推動.*締結|締結.*推動|規劃中")
#: The first or only one of a scope (臺灣第一個主辦…之城市, 全國唯一): the place
#: before it is the scope, not a party.
_FIRST_OF = rx(r"第一個|首個|第一座|首座|唯一")
#: The right to host an event won (取得「…」主辦權, 獲得…之主辦權): its holder hosts it.
_HOSTING_RIGHT = rx(r"(?:取得|獲得|贏得|爭取到|拿下)[^,;「」]{0,4}「[^「」]+」(?:之|的)?主辦權")
_NOT_HOST_GAP = rx(r"[、及與和,]|參加|參與|出席|邀請|舉行")  # 在大阪市舉行之「…」: a venue
_PARENS = rx(r"\([^()]*[A-Za-z][^()]*\)")
#: Verbs after which a place is what the subject goes to, joins or invites.
_OBJECT_VERB = rx(r"參加|參與|出席|前往|赴|至|邀請|拜會|訪問")
#: The home side of a meeting: 與本府, 與陳市長, 與市長, 與王大明市長 (then 會面, 會晤);
#: a name in full (the group) is the home side only when it is a home official's.
_HOME_SIDE = rx(r"與(?:本府|本市|市府|([\u4e00-\u9fff]{0,3}?)(?:代理市長|副?市長|副?秘書長))$")
#: The home side receiving, before the verb: 由葉副市長接見, 由王大明市長親自接見.
_HOME_RECEIVES = rx(r"由(?:本府)?([\u4e00-\u9fff]{0,3}?)(?:代理市長|副?市長|副?秘書長)(?:親自)?$")
#: A place's own bodies, written between it and one of their officials (某市政府官員,
#: 某市議會議長, 某市之副市長).
_OWN_BODY = rx(r"^(?:之|的)?(?:市政府|縣政府|政府|市府|市議會|議會|市役所|縣廳)?(?:之|的)?")
#: The home side right after the verb: 拜會陳市長, 拜會本府, 拜會王大明市長 (a name in
#: full, the group, only when it is a home official's).
_HOME_MET = rx(r"^(?:本府|本市|市府|([\u4e00-\u9fff]{1,3}?)(?:代理市長|副?市長|副?秘書長))")
#: Parts played at an event: on a panel (與談); speaking (致詞, 專題演講, 擔任講座, and
#: presenting the party's own work: 於會中發表本市…之成果, 介紹某港區轉型之案例); on
#: stage (演出, 表演; 發表演說 is a talk).
_PANEL_PART = rx(r"與談")
#: Speaking words of greeting at an event: 致詞, 互致賀詞, 致歡迎詞, 分別致開幕詞.
_GREETING = r"(?:互|相互|分別|先後)?致(?:賀|歡迎|開幕|閉幕|祝)?詞"
#: The people a body sends, written after its name: 某市議會代表, 某協會人員, 某大學師生.
_SENT_PEOPLE = r"(?:代表|專家|學者|教授|師生|人員|團隊|主管|高層|派員|派團|組團)"
_PEOPLE_SENT = rx(_SENT_PEOPLE)
#: A party's delegates presenting (某市代表分享…, 某市官員亦分別介紹…, 某市與會人員簡報…):
#: the party spoke.
_DELEGATE_PRESENTS = (
    r"(?:代表|官員|首長|人員)(?:亦|並|也|則|均|皆|分別|各自|共同)*(?:分享|介紹|簡報|報告|說明)"
)
#: Partners of the subject's doing, not its subjects: 與某市、某市代表分享….
_WITH_PARTNER = rx(r"^(?:並|亦|也|另|同時)*與")
_SPEAKER_PART = rx(
    _GREETING
    + r"|同臺|演講|演說|主講|講者|專題|講座(?!教授)|講師|"
    + _DELEGATE_PRESENTS
    + r"|(?:發表|介紹|簡報|報告)[^,;。]{0,30}?(?:成果|經驗|案例|做法|作法|實務)"
)
_PERFORMER_PART = rx(r"演出|(?<!發)表演")


def _role(text: str) -> str | None:
    """The part a party played at an event, in the vocabulary of the graph."""
    for role, words in (
        ("panelist", _PANEL_PART),
        ("speaker", _SPEAKER_PART),
        ("performer", _PERFORMER_PART),
    ):
        if words.search(text):
            return role
    return None


#: The home city's own words opening a name of its body (本市某高中, 本府某局).
_HOME_WORDS = rx(r"^(?:本市|本府|市府)")
#: A pronoun taking up a person just named: 其, 渠 (not 其他, 其餘, 其中, 其它).
_PRONOUN_PERSON = rx(r"(?:其|渠)(?!他|餘|中|它|間|後|實)")
#: A character of a list item's name: no joiner of the list (某市、某大學及某公司).
_ITEM_CHAR = r"(?:(?![及與和])[\u4e00-\u9fff])"
#: A run of a name's characters, up to a mark, a gloss or a joiner of a list.
_NAME_RUN = rx(_ITEM_CHAR + "+")
#: 由 opening an agent's name (出席由某集團主辦之「…」): no part of the name.
_BY_OPENING = rx(r"^由")
