"""Round 36c: forms of text read on the 082 pair (a work report of 工作項目／辦理情形
with sub-items lettered Ａ．Ｂ． and days written 5/14; a narrative in the secretariat's
voice), each tested on invented sentences of the same form."""

from __future__ import annotations

from graph.model import RelType
from loaders.dates import DateContext, find_dates
from loaders.reading import decode_report
from loaders.structure import parse_period, parse_report
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. sub-items lettered Ａ．Ｂ．Ｃ． under a numbered item: each letter opens an item of
# its own and is no part of the body or date that follows it (Ｂ．3/18，…)
def test_lettered_sub_items_are_items_of_their_own() -> None:
    ext = chapter(
        "１、接待外賓",
        "辦理情形：",
        "Ａ．日本金澤市議會議長山本一郎於三月上旬率該市議會議員一行九人訪問本市。",
        "Ｂ．3/18，泰國清邁市市長頌差（Somchai）率該市官員一行四人蒞臨本府，由陳市長接見。",
        period="2018-01/2018-06",
    )
    assert rels(
        ext, RelType.HOLDS_TITLE, source=named(ext, "山本一郎"), target=named(ext, "金澤市議會")
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "頌差"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["2018-03-18"]


def test_a_line_opening_with_a_latin_abbreviation_or_a_letter_out_of_turn_is_no_item() -> None:
    text = "壹、國際事務\n一、城市交流\nU.S. Navy Band來訪。\nC.本府於三月舉辦研討會。\n"
    parsed = parse_report(decode_report(text.encode("utf-8"), "test.txt"))
    assert [s.number for s in parsed.sections] == ["一"]


# 2. a month and day in figures parted by a slash, the year unwritten (5/14), opening
# a clause or after 於/在: that day of the report's year; a share (1/3以上) is no date
def test_a_slashed_month_and_day_is_a_date() -> None:
    context = DateContext(parse_period("2018-01/2018-06"))
    spans = find_dates("某市副市長於4/9專程南下拜會本府", context)
    assert [s.start for s in spans] == ["2018-04-09"]
    spans = find_dates("6/2，某團抵達本市，並於6/3至6/5參觀港區", context)
    assert [(s.start, s.end) for s in spans] == [("2018-06-02", None), ("2018-06-03", "2018-06-05")]
    assert find_dates("出席人數約1/3以上", context) == []


# 3. the secretariat asking its superiors to act (本處簽請本府某副市長率領…): the one
# asked leads, not the office that wrote the request
def test_the_official_a_petition_asks_leads_the_trip() -> None:
    ext = chapter(
        "本處簽請本府陳副市長於九月三日至六日率團前往日本仙台市參加「第十屆仙台七夕祭」。",
        period="2018-07/2018-12",
    )
    visits = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "仙台市"))
    assert [v.properties.get("led_by") for v in visits] == ["陳副市長"]


# 4. the city's official leading its delegation and a home school's troupe, the days
# told between the official and 率領 (本府某副市長於9月3日至6日率領…及本市某國小舞獅隊):
# the city takes part with its troupe
def test_the_city_leading_its_troupe_after_its_days_takes_part() -> None:
    ext = chapter(
        "（１）「第十屆仙台七夕祭」。本府陳副市長於九月三日至六日率領觀光局同仁及本市光華國小"
        "舞獅隊一行二十人前往日本仙台市參加。",
        period="2018-07/2018-12",
    )
    event = named(ext, "第十屆仙台七夕祭")
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)
    assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "光華國小舞獅隊"), target=event)


# 5. an item titled by an event's name alone in quotes (（２）「…」。), the next sentence
# holding it with no object (本府於12月20日舉辦，…應邀出席): that event, though its
# ending alone (聯誼會) may name a body, held by the city, its guests attending
def test_an_item_titled_by_its_event_is_held_by_the_bare_verb_after() -> None:
    ext = chapter(
        "（２）「一○七年外籍人士耶誕聯誼會」。本府於十二月二十日舉辦，美國在台協會高雄分處"
        "處長王大明及在高外籍人士百餘人應邀出席。",
        period="2018-07/2018-12",
    )
    event = named(ext, "一○七年外籍人士耶誕聯誼會")
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=event)
    assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "王大明"), target=event)


def test_a_bare_verb_of_holding_after_another_event_is_spoken_of_holds_nothing() -> None:
    ext = chapter(
        "（２）「第五屆仙台七夕祭」。本府組團前往仙台市參加「2018仙台國際音樂節」；本府亦於同月舉辦。",
        period="2018-07/2018-12",
    )
    assert not rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=named(ext, "第五屆仙台七夕祭"))


# 6. competing (組隊參賽) is taking part: cities listed (計有甲市、乙市等三個城市組隊參賽)
# at the city's own race took part and came; a tally of teams (共7隊參賽) names none
def test_cities_listed_as_competing_take_part() -> None:
    ext = chapter(
        "１、邀請姊妹市參加「一○七年高雄市國際龍舟賽」",
        "辦理情形：本府於六月十八日在蓮池潭舉辦「一○七年高雄市國際龍舟賽」，計有日本八王子市、"
        "美國哥倫布市及韓國光州廣域市等三個城市組隊參賽。",
        period="2018-01/2018-06",
    )
    event = named(ext, "一○七年高雄市國際龍舟賽")
    for city in ("八王子市", "哥倫布市", "光州廣域市"):
        assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, city), target=event)
        assert rels(ext, RelType.VISITED, source=named(ext, city), target=KAOHSIUNG)


# 7. a guest not coming to the city's event spoken of, no event named (某市…表示未能
# 成行, 某市…來函婉拒, 亦在邀請之列，嗣因…未能成行): invited, not there; not a guest
# kept from a signing the sentence told
def test_a_guest_whose_trip_was_not_made_was_invited() -> None:
    ext = chapter(
        "（２）「二○一八高雄國際音樂節」。本府於十一月十二日至十四日舉辦，本處事先函邀各姊妹市"
        "組團參加。美國哥倫布市因預算問題來函婉拒；韓國光州廣域市則因人力不足，表示未能成行。",
        period="2018-07/2018-12",
    )
    event = named(ext, "二○一八高雄國際音樂節")
    for city in ("哥倫布市", "光州廣域市"):
        taking = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, city), target=event)
        assert [str(t.properties.get("status")) for t in taking] == ["invited"]
        assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, city))


def test_a_guest_kept_from_a_signing_is_not_invited_to_the_event() -> None:
    ext = chapter(
        "本府於五月十一日主辦「2016國際港灣論壇」，計有日本橫濱市等城市代表與會。本府原規劃於"
        "論壇期間與菲律賓宿霧市簽署姊妹市協定，惟該市市長因故未能成行。",
        period="2016-01/2016-06",
    )
    assert not rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "宿霧市"))


# 8. coming to the city written 蒞高 (率…一行十五人蒞高訪問): a visit, as 來高 and 蒞臨 are
def test_coming_written_li_gao_is_a_visit() -> None:
    ext = chapter(
        "美國哥倫布市副市長史東率該市工商考察團一行十五人於五月三日蒞高訪問。",
        period="2018-01/2018-06",
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "史東"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["2018-05-03"]


# 9. a leader written with a gloss in Latin letters after the name (某市副市長某某（Some
# Name）率…): the gloss is no part of who leads, who leads the group and takes part
def test_a_leader_glossed_in_latin_letters_leads() -> None:
    ext = chapter(
        "美國哥倫布市副市長大衛．史東（David Stone）率該市工商考察團一行十五人來訪，"
        "並於5月14日出席本府建設局舉辦之「中美經貿合作座談會」。",
        period="2018-01/2018-06",
    )
    person = named(ext, "大衛．史東")
    visits = rels(ext, RelType.VISITED, source=person, target=KAOHSIUNG)
    assert [v.properties.get("led_by") for v in visits] == ["大衛.史東"]
    assert rels(ext, RelType.PARTICIPATED_IN, source=person)


# 10. a list closed by two kinds of tie (甲市、乙市及某國某縣等姊妹市及友好城市): which city
# holds which is not told, so no tie; nor is 等姊妹市 a place after the prefecture
def test_a_list_closed_by_both_kinds_of_tie_names_no_tie() -> None:
    ext = chapter(
        "本府明年將邀請韓國光州廣域市、美國哥倫布市及日本靜岡縣等姊妹市及友好城市組隊參加"
        "「一○八年高雄市國際龍舟賽」。",
        period="2018-07/2018-12",
    )
    ties = [
        r for r in ext.relations if r.type in (RelType.SISTER_CITY_OF, RelType.FRIENDSHIP_CITY_OF)
    ]
    assert ties == []
    assert all(e.name_zh != "等姊妹市" for e in ext.entities)
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "靜岡縣"))


# 11. the office writing the report naming itself 本處 (本處擬於明年續辦「…」): a body of
# the city's own, which holds what it holds
def test_the_writing_office_holds_for_the_city() -> None:
    ext = chapter(
        "（２）本處擬於明年端午節續辦「一○八年高雄市國際龍舟賽」。",
        period="2018-07/2018-12",
    )
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=named(ext, "一○八年高雄市國際龍舟賽"))


# 12. a city no data knows, written after its region (加州某某市), then named alone (某某市
# 副市長某某): the same city, not a body of another place spoken of
def test_an_unknown_city_after_its_region_is_named_alone_later() -> None:
    ext = chapter(
        "（３）美洲地區計有美國奧勒岡州波特蘭市市長凱茲、加州紅杉谷市副市長道格．藍恩等。",
        "（４）菲律賓碧瑤市副市長阿爾瓦雷斯於九月十四日來訪時，雙方就締結友好城市協定內容進一步協商。",
        "（５）紅杉谷市副市長藍恩於七月二十七日來訪期間，表示該市有意與本市建立友好城市關係。",
        period="2018-07/2018-12",
    )
    person = named(ext, "道格．藍恩")
    (held,) = rels(ext, RelType.HOLDS_TITLE, source=person)
    assert rels(ext, RelType.FRIENDSHIP_CITY_OF, source=KAOHSIUNG, target=held.target)
    visits = rels(ext, RelType.VISITED, source=person, target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["2018-07-27"]


# 13. talks on a tie told as the errand of a trip still planned (預定明年由本府組團回訪，
# 洽商締結事宜): the tie is planned, no talks going on yet
def test_talks_on_a_planned_trip_leave_the_tie_planned() -> None:
    ext = chapter(
        "美國哥倫布市副市長史東於七月二十七日來訪期間，表示該市有意與本市建立友好城市關係，"
        "預定明年由本府組團回訪，洽商締結事宜。",
        period="2018-07/2018-12",
    )
    ties = rels(ext, RelType.FRIENDSHIP_CITY_OF, target=named(ext, "哥倫布市"))
    assert [str(t.properties.get("status")) for t in ties] == ["planned"]


# 14. a guest coming at an invitation unnamed (某市長應邀率團來訪, 應邀來高訪問): a visit,
# led by the guest, not one only asked for
def test_a_guest_coming_as_invited_visits() -> None:
    ext = chapter(
        "美國哥倫布市市長金恩應邀率該市訪問團一行三十人來高訪問。", period="2018-07/2018-12"
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "金恩"), target=KAOHSIUNG)
    assert [v.properties.get("led_by") for v in visits] == ["金恩"]


# 15. the item titled by its event, held in a sentence of its own (「…」。本府於…舉辦。):
# the guests the next sentence tells came to it
def test_an_item_titled_by_its_event_held_in_a_sentence_of_its_own() -> None:
    ext = chapter(
        "（２）「二○一八高雄國際音樂節」。本府於十一月十二日至十四日舉辦。美國哥倫布市市長金恩應邀"
        "率該市經貿文化訪問團一行三十人蒞高參加開幕典禮並致詞。",
        period="2018-07/2018-12",
    )
    event = named(ext, "二○一八高雄國際音樂節")
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=event)
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "金恩"))
    assert rels(ext, RelType.VISITED, source=named(ext, "哥倫布市"), target=KAOHSIUNG)


# 16. a home official named before his title, then the verb of receiving or an adverb
# (…來訪，陳其邁市長設宴款待; 陳其邁市長並於12日晚設宴款待): the person, who met the
# guest; not words before a title with no name (晚間由吳市長設宴款待)
def test_an_official_named_before_a_verb_of_receiving_met_the_guest() -> None:
    ext = chapter(
        "美國哥倫布市市長金恩率團來高訪問，陳其邁市長並於十一月十二日晚設宴款待。",
        period="2018-07/2018-12",
    )
    host = named(ext, "陳其邁")
    assert rels(ext, RelType.HOLDS_TITLE, source=host, target=KAOHSIUNG)
    met = [r for r in rels(ext, RelType.MET_WITH) if host in (r.source, r.target)]
    assert met


def test_words_before_a_title_with_no_name_are_no_host() -> None:
    ext = chapter(
        "美國哥倫布市市長金恩率團來高訪問，晚間由吳市長設宴款待。", period="2018-07/2018-12"
    )
    assert all("由" not in e.name_zh for e in ext.entities if e.id.startswith("person:"))


# 17. a work report's field label opening a line (辦理情形：本府於…舉辦「…」): no words of
# the sentence, which is read as if it opened the line
def test_a_field_label_opening_a_line_is_no_part_of_its_sentence() -> None:
    ext = chapter(
        "１、舉辦「一○七年高雄市國際龍舟賽」",
        "辦理情形：本府於六月十八日在蓮池潭舉辦「一○七年高雄市國際龍舟賽」。",
        period="2018-01/2018-06",
    )
    (hosted,) = rels(ext, RelType.HOSTED, source=KAOHSIUNG)
    assert any(e.text.startswith("本府於六月十八日") for e in hosted.evidence)


# 18. a bureau convening the city's own people into its delegation (某局邀集本市業者組團
# 赴某國參加「…」): no invitation; the city took part
def test_convening_the_citys_own_group_is_no_invitation() -> None:
    ext = chapter(
        "3月22日至28日，建設局邀集本市工商業者二十餘家組團赴新加坡參加「2018亞洲國際貿易博覽會」。",
        period="2018-01/2018-06",
    )
    taking = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert [str(t.properties.get("status")) for t in taking] == ["attended"]


# 19. a body written after its place called by its tie and 之 (某市姊妹市之某高中): the
# body's name starts after 之, and it is of that place
def test_a_body_of_a_place_called_by_its_tie() -> None:
    ext = chapter(
        "五月十日，哥倫布姊妹市之林肯高中校長瑪莉．強森率該校師生一行二十二人來訪。",
        period="2018-01/2018-06",
    )
    school = named(ext, "林肯高中")
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "瑪莉．強森"), target=school)
    assert rels(ext, RelType.VISITED, source=school, target=KAOHSIUNG)


# 20. the item titled by its event, the city going to a place to join it with a bare
# verb (（１）「第五屆仙台七夕祭」。本府…前往日本仙台市參加。): the place, for which the
# event is named, holds it, the title quoted as evidence
def test_a_titled_event_joined_where_it_is_named_for_is_held_there() -> None:
    ext = chapter(
        "（１）「第五屆仙台七夕祭」。本府李副市長於八月三日至六日率團前往日本仙台市參加。",
        period="2018-07/2018-12",
    )
    event = named(ext, "第五屆仙台七夕祭")
    (hosted,) = rels(ext, RelType.HOSTED, source=named(ext, "仙台市"), target=event)
    assert any(e.text == "「第五屆仙台七夕祭」。" for e in hosted.evidence)
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)


# 21. an agreement named by its kind alone (簽署協定) after a sentence of the item's line
# told of the tie's agreement (就締結友好城市協定內容進一步協商；原訂…赴某市簽署協定，
# …而延期): that tie's agreement, no memorandum of its own
def test_a_bare_agreement_after_the_ties_agreement_is_the_tie() -> None:
    ext = chapter(
        "菲律賓碧瑤市副市長阿爾瓦雷斯於九月十四日來訪時，雙方就締結友好城市協定內容進一步協商；"
        "原訂十二月由本府組團赴碧瑤市簽署協定，因該市行政作業延宕而延期。",
        period="2018-07/2018-12",
    )
    assert not rels(ext, RelType.SIGNED_MOU)
    ties = rels(ext, RelType.FRIENDSHIP_CITY_OF, target=named(ext, "碧瑤市"))
    assert [str(t.properties.get("status")) for t in ties] == ["negotiating"]


# 22. a place written inside the agreement's quoted name (與該會簽署「高雄仁川教育交流
# 協定」) signs nothing: the body referred to (該會) is the partner
def test_a_place_in_the_agreements_name_is_no_signing_party() -> None:
    ext = chapter(
        "韓國仁川廣域市教育委員會教育監李大成率該會訪問團一行十人於十二月二日至五日來訪，"
        "十二月三日本府教育局與該會簽署「高雄仁川教育交流協定」。",
        period="2018-07/2018-12",
    )
    (mou,) = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert mou.target == named(ext, "仁川廣域市教育委員會")


# 23. an agreement talked of (與本府某局洽談「某某合作備忘錄」), its signing told to come
# in a later clause with no agreement named (預定明年由本府與某港務局正式簽署): that
# agreement, planned, with the partner that clause names
def test_an_agreement_talked_of_then_to_be_signed_is_planned() -> None:
    ext = chapter(
        "荷蘭阿姆斯特丹港務局副局長范戴克於十月五日來訪時，與本府建設局洽談「港灣物流合作備忘錄」，"
        "預定明年由本府與阿姆斯特丹港務局正式簽署。",
        period="2018-07/2018-12",
    )
    (mou,) = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert mou.properties.get("title") == "港灣物流合作備忘錄"
    assert str(mou.properties.get("status")) == "planned"


# 24. the item's invitation of the partners by their class (本處事先函邀各姊妹市組團參加)
# tells the invitation of a partner that declined (某市…來函婉拒): its evidence
def test_a_class_invitation_is_the_evidence_of_a_declining_partner() -> None:
    ext = chapter(
        "（２）「二○一八高雄國際音樂節」。本府於十一月十二日至十四日舉辦，本府事先函邀各姊妹市"
        "組團參加。美國哥倫布市因預算問題來函婉拒。",
        period="2018-07/2018-12",
    )
    (invited,) = rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "哥倫布市"))
    assert any("函邀各姊妹市" in e.text for e in invited.evidence)


# 25. a leader written after the words calling his place the city's partner (本市姊妹市
# 美國某市副市長某某（gloss）率…): those words are no part of who leads, who takes part
def test_a_leader_after_the_partner_called_so_leads() -> None:
    ext = chapter(
        "五月中旬，本市姊妹市紐西蘭奧克蘭市副市長克里斯多福．史東（Christopher Stone）率該市工商"
        "考察團一行十五人來訪，並於5/14出席本府建設局舉辦之「中紐經貿合作座談會」，以「投資環境」"
        "為題發表演說。",
        period="2018-01/2018-06",
    )
    person = named(ext, "克里斯多福．史東")
    (taking,) = rels(ext, RelType.PARTICIPATED_IN, source=person)
    assert taking.properties.get("role") == "speaker"
