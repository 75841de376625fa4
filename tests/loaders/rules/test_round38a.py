"""Round 38a: forms of text read on the 074 pair (a budget-execution report of the
international-affairs appropriations; a register of official correspondence, each entry
a letter received or sent with its sender or addressee, subject and handling), each
tested on invented sentences of the same form."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a register's entry of a letter received, its subject telling the letter's act with
# no doer (來文機關：某市市長某某 / 事由：邀請本府派員參加…): the sender invites
def test_a_letter_received_invites_by_its_sender() -> None:
    ext = chapter(
        "一、81.3.2　收第2231號",
        "來文機關：日本熊本市市長山田一郎",
        "事由：邀請本府派員參加五月十日「熊本城祭」開幕式。",
        "辦理情形：交觀光局研處。",
        "二、81.4.6　收第3310號",
        "來文機關：加拿大溫哥華港務局（Port of Vancouver）",
        "事由：函邀本府市長出席該局主辦之「環太平洋港灣論壇」。",
        "辦理情形：存查。",
        period="1992-01/1992-06",
    )
    kumamoto = named(ext, "熊本市")
    assert rels(ext, RelType.INVITED, source=kumamoto, target=KAOHSIUNG)
    port = named(ext, "溫哥華港務局")
    assert rels(ext, RelType.INVITED, source=port, target=KAOHSIUNG)
    held = rels(ext, RelType.HOSTED, source=port)
    assert held and all(h.evidence[0].text.startswith("事由：") for h in held)


# 2. a register's entry of the city's own letter, its subject inviting those its
# addressee field names (受文者：甲市、乙市 / 事由：邀請各該市組隊參加…): the city
# invites each
def test_a_letter_sent_invites_its_addressees() -> None:
    ext = chapter(
        "一、81.5.8　發高市府秘二字第11021號",
        "受文者：日本熊本市、美國奧克蘭市",
        "事由：邀請各該市組隊參加明年三月本府主辦之「高雄國際風箏節」。",
        "辦理情形：尚待函復。",
        period="1992-01/1992-06",
    )
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert {named(ext, "熊本市"), named(ext, "奧克蘭市")} <= invited


# 2b. (probe) an entry's subject with a doer of its own, or a subject not a letter's act,
# is read as written: no invitation by the sender
def test_a_letter_subject_with_its_own_doer_is_read_as_written() -> None:
    ext = chapter(
        "一、81.3.2　收第2231號",
        "來文機關：外交部",
        "事由：日本熊本市市長山田一郎一行五人訂四月三日南下訪問高雄，請本府妥為接待。",
        "辦理情形：如期接待。",
        "二、81.3.9　收第2301號",
        "來文機關：日本熊本市市長山田一郎",
        "事由：本府邀請該市參加「高雄國際風箏節」一案，該市已排定行程。",
        "辦理情形：存查。",
        period="1992-01/1992-06",
    )
    assert rels(ext, RelType.INVITED, target=KAOHSIUNG) == []
    assert not [r for r in ext.relations if r.source == "org:tw:mofa" or "外交部" in r.source]


# 3. a title followed by 室 is the office it heads (某市市長室來函, 市長室檢送): no name
# read after it, the place unlisted too
def test_a_title_followed_by_office_names_no_one() -> None:
    ext = chapter(
        "一、81.9.1　收第8120號",
        "來文機關：美國布洛肯艾羅市市長室",
        "事由：檢送訪問團名單，計市長湯普森、市議員凱莉‧懷特（Kelly White）、"
        "布洛肯艾羅商會會長葛林（Paul Green）等九人，訂十月二日抵高。",
        period="1992-07/1992-12",
    )
    holders = {r.source for r in rels(ext, RelType.HOLDS_TITLE, title_zh="市長")}
    assert not [h for h in holders if "室" in h or "函" in h]
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "葛林"), title_zh="會長")


# 3b. a count opening a list after a comma (名單，計市長某某、…; 共計): no part of the first
# one's name or body (主計處, 會計室 keep theirs)
def test_a_count_opening_a_list_is_no_part_of_a_name() -> None:
    ext = chapter(
        "美國布洛肯艾羅市市長室來函，檢送訪問團名單，計市長湯普森等九人。",
        "本府主計處處長王大明、會計室主任李小華陪同參觀。",
        period="1992-07/1992-12",
    )
    holders = {r.source for r in rels(ext, RelType.HOLDS_TITLE, title_zh="市長")}
    assert holders == {named(ext, "湯普森")}
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "王大明"), title_zh="處長")


# 4. 該局 in a line after a field line with no stop of its own (來文機關：某港務局): the body
# that line names, its name not run into the next line's
def test_that_body_after_a_field_line_is_the_one_named() -> None:
    ext = chapter(
        "一、81.9.5　收第8200號",
        "來文機關：美國奧克蘭港務局",
        "事由：邀請本府派員參加該局明年主辦之「港口論壇」。",
        period="1992-07/1992-12",
    )
    port = named(ext, "奧克蘭港務局")
    assert [r.source for r in rels(ext, RelType.HOSTED)] == [port]
    assert not [e for e in ext.entities if e.name_zh.count("港務局") > 1]


# 5. a budget report's line opening with the accountant's verb (核銷本府王秘書長率…赴某國
# 考察之機票及生活費…元): the verb is no part of who led the trip
def test_an_accountants_verb_is_no_part_of_the_leader() -> None:
    ext = chapter(
        "1.核銷本府王秘書長率觀光局人員三人，於九月二日至八日赴日本熊本市考察觀光之機票"
        "及生活費320,000元。",
        "2.支付本府李副秘書長率團於十月五日至九日訪問韓國大邱市之旅費150,000元。",
        period="1992-07/1992-12",
    )
    leaders = {r.properties.get("led_by") for r in rels(ext, RelType.VISITED, source=KAOHSIUNG)}
    assert leaders == {"王秘書長", "李副秘書長"}


# 5b. (probe) a trip led by one named with 由 after the city, no accountant's verb: read
# as before
def test_a_leader_after_by_is_read_as_before() -> None:
    ext = chapter(
        "本府由王秘書長率觀光局人員三人，於九月二日至八日赴日本熊本市考察觀光。",
        period="1992-07/1992-12",
    )
    leaders = {r.properties.get("led_by") for r in rels(ext, RelType.VISITED, source=KAOHSIUNG)}
    assert leaders == {"王秘書長"}


# 6. a budget report's line opening with the handling of a school tie (辦理市立某高中與某
# 高級中學締結姊妹校事宜：…): 辦理 is no part of the school's name
def test_handling_is_no_part_of_the_schools_name() -> None:
    ext = chapter(
        "1.辦理市立前鎮高中與美國奧克蘭市麥克阿瑟高級中學締結姊妹校事宜：兩校於三月二十一日"
        "簽署姊妹校協定。支付簽約儀式費用12,500元。",
        period="1992-01/1992-06",
    )
    ours = named(ext, "市立前鎮高中")
    assert rels(ext, RelType.SISTER_SCHOOL_OF, source=ours)
    assert not [e for e in ext.entities if e.name_zh.startswith("辦理")]


# 7. a budget report's line kept or returned (原列林市長率團訪問某市經費，因市長職務交接，
# …取消，賸餘…繳庫): 原列 opens no name, nor 職務 after a title; the trip not made
def test_a_line_returned_names_no_one_and_no_trip() -> None:
    ext = chapter(
        "3.原列林市長率團訪問日本熊本市經費，因市長職務交接，訪問計畫取消，賸餘120,000元"
        "未動支，依規定繳庫。",
        "4.原編列美國奧克蘭市市長訪問團接待費用，因該團來訪延期，賸餘50,000元繳庫。",
        period="1992-01/1992-06",
    )
    assert rels(ext, RelType.HOLDS_TITLE) == []
    assert rels(ext, RelType.VISITED) == []


# 7b. (probe) names after a title still read, one opening with a post noun's first
# character too (副市長任宜君: 任 opens a name, no 任期 or 任內)
def test_names_near_the_post_nouns_still_read() -> None:
    ext = chapter(
        "日本熊本市市長山田一郎於三月五日率團來訪。",
        "韓國大邱市副市長任宜君於四月二日來訪。",
        period="1992-01/1992-06",
    )
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "山田一郎"), title_zh="市長")
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "任宜君"), title_zh="副市長")


# 8. a body's name after its country and the tie to the city (美國姊妹市某市議會議員某某):
# the tie is no part of the body's name
def test_the_tie_after_a_country_is_no_part_of_a_body() -> None:
    ext = chapter(
        "2.美國姊妹市奧克蘭市議會議員布朗（Tom Brown）率該會議員三人，於三月六日來訪，"
        "支付午餐費用12,000元。",
        period="1992-01/1992-06",
    )
    council = named(ext, "奧克蘭市議會")
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "布朗"), target=council)
    assert not [e for e in ext.entities if "姊妹市" in e.name_zh]


# 8b. (probe) a tie word after what is no country (某大學姊妹市…) is left as written; 本市
# 姊妹市 before the country is read as before
def test_our_sister_city_before_the_country_is_read_as_before() -> None:
    ext = chapter(
        "本市姊妹市美國奧克蘭市議會議員懷特（Tim White）於三月二日來訪。",
        period="1992-01/1992-06",
    )
    council = named(ext, "奧克蘭市議會")
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "懷特"), target=council)


# 9. a correspondence entry's subject naming the sender's own official by 該所 and the day
# set for his coming (來文機關：某事務所 / 事由：該所所長某某訂三月十日南下高雄): he holds
# the post at that office, and 訂 is no part of his name
def test_that_office_and_the_day_set_after_a_name() -> None:
    ext = chapter(
        "一、81.3.2　收第2231號",
        "來文機關：日本交流協會福岡事務所",
        "事由：該所所長田中健一訂三月十日南下高雄，請安排拜會本府首長。",
        "辦理情形：三月十日由王市長接見田中所長。",
        period="1992-01/1992-06",
    )
    tanaka = named(ext, "田中健一")
    office = named(ext, "日本交流協會福岡事務所")
    assert rels(ext, RelType.HOLDS_TITLE, source=tanaka, target=office, title_zh="所長")
    assert [m.properties.get("date") for m in rels(ext, RelType.MET_WITH, target=tanaka)] == [
        "1992-03-10"
    ]


# 9b. (probe) 訂 in a name, no day after it (副市長朴訂國), stays in the name
def test_ding_without_a_day_stays_in_the_name() -> None:
    ext = chapter(
        "韓國大邱市副市長朴訂國於四月二日來訪。",
        period="1992-01/1992-06",
    )
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "朴訂國"), title_zh="副市長")


# 10. a tie agreed to in principle with its signing proposed for later (某市市議會原則同意與
# 本市締結友好城市，建議明年四月…正式簽署): planned, not signed
def test_a_tie_agreed_with_its_signing_proposed_is_planned() -> None:
    ext = chapter(
        "美國奧克蘭市市議會原則同意與本市締結友好城市，建議明年四月由市長率團來訪時正式簽署。",
        period="1992-01/1992-06",
    )
    ties = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG)
    assert [t.properties.get("status") for t in ties] == ["planned"]


# 10b. (probe) a tie signed, then a proposal after it of what to do next (…正式簽署友好
# 城市協定，並建議明年互派…): signed
def test_a_tie_signed_then_a_proposal_is_signed() -> None:
    ext = chapter(
        "本市與美國奧克蘭市於三月二日正式簽署締結友好城市協定，雙方並建議明年互派青年交流團。",
        period="1992-01/1992-06",
    )
    ties = rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG)
    assert [t.properties.get("status") for t in ties] == ["signed"]


# 11. the tie word right before the name of a partner's body (美國姊妹市某市議會議員…): the
# city opening the body's name is the city's sister city
def test_the_tie_before_a_partners_body_names_the_city() -> None:
    ext = chapter(
        "2.美國姊妹市奧克蘭市議會議員布朗（Tom Brown）率該會議員三人，於三月六日來訪，"
        "支付午餐費用12,000元。",
        period="1992-01/1992-06",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "奧克蘭市"))
    assert [t.properties.get("status") for t in ties] == ["signed"]


# 11b. (probe) a city's body with no tie word before it (a signing, a call): no tie
def test_a_partners_body_without_a_tie_word_is_no_tie() -> None:
    ext = chapter(
        "本府與美國奧克蘭市議會簽署合作備忘錄。",
        "美國奧克蘭市議會議員懷特（Tim White）拜會本府。",
        period="1992-01/1992-06",
    )
    assert rels(ext, RelType.SISTER_CITY_OF) == []


# 12. a partner's team invited, the tie word before its city (本府邀請姊妹市某市少年足球隊
# 來訪): the team is the city's, its name without the tie
def test_a_partners_team_is_named_without_the_tie() -> None:
    ext = chapter(
        "本府邀請姊妹市熊本市少年足球隊來訪，該隊於五月三日至七日來訪。",
        period="1992-01/1992-06",
    )
    team = named(ext, "熊本市少年足球隊")
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=team)
    assert not [e for e in ext.entities if e.name_zh.startswith("姊妹市")]


# 12b. (probe) a body named for the ties themselves (美國姊妹市協會): its name kept whole
def test_a_body_named_for_ties_keeps_its_name() -> None:
    ext = chapter(
        "美國姊妹市協會會長布朗（Tom Brown）於三月二日來訪。",
        period="1992-01/1992-06",
    )
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "布朗"), title_zh="會長")
    assert [e.name_zh for e in ext.entities if e.id == held[0].target] == ["美國姊妹市協會"]
