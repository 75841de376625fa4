"""Round 36d: forms of text read on the 078 pair (a digest of news releases with
datelines, its guests, ties and invitations told in the releases' wordings), each
tested on invented sentences of the same form."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a tie made at a date written before its making, then the years it has held
# (自民國六十八年結為姊妹市至今已四十年): made that date, not at a time untold
def test_a_tie_held_for_years_since_a_date_written_is_made_that_date() -> None:
    ext = chapter(
        "〔108.3.6〕日本熊本市長大西一史昨（五）日來訪。",
        "大西市長表示，熊本與高雄自民國六十八年結為姊妹市至今已四十年，此行並將參訪本市港埠。",
        period="2019-01/2019-06",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, target=named(ext, "熊本市"))
    assert [t.properties.get("since") for t in ties] == ["1979"]


# 2. a city called the city's partner with nothing between (某市為本市姊妹市): the tie
def test_a_city_called_the_citys_sister_with_nothing_between_is_its_tie() -> None:
    ext = chapter(
        "仙台市交通局長考察本市捷運",
        "日本仙台市交通局局長佐藤一郎率團來訪。本府表示，仙台為本市姊妹市，今後將持續推動雙方交流。",
        period="2019-01/2019-06",
    )
    ties = rels(ext, RelType.SISTER_CITY_OF, source=KAOHSIUNG, target=named(ext, "仙台市"))
    assert ties and any("仙台為本市姊妹市" in e.text for e in ties[0].evidence)


# 3. a guest coming down to call on the city's government, received by a home official
# named in full (南下拜會市府，由王大明市長親自接見): met that official
def test_a_guest_come_down_to_call_is_met_by_the_official_named_in_full() -> None:
    ext = chapter(
        "【仙台市長南下拜會】",
        "〔108.1.10〕日本仙台市市長佐藤一郎，偕同副市長山田太郎，昨（九）日上午專程南下"
        "拜會市府，由陳其邁市長在市長室親自接見。",
        period="2019-01/2019-06",
    )
    host = named(ext, "陳其邁")
    for guest in ("佐藤一郎", "山田太郎"):
        met = rels(ext, RelType.MET_WITH, source=host, target=named(ext, guest))
        assert [m.properties.get("date") for m in met] == ["2019-01-09"]


# 4. a guest escorted, told as a circumstance (甲一行，在某處所長乙陪同下，…來訪):
# both came, and the guest, not the escort, was received
def test_a_guest_escorted_came_with_his_escort_and_was_received() -> None:
    ext = chapter(
        "〔108.5.9〕日本仙台市市長佐藤一郎伉儷一行五人，在日本台灣交流協會高雄事務所所長"
        "山田太郎陪同下，昨（八）日南下訪問本市，下午拜會陳市長。",
        period="2019-01/2019-06",
    )
    for guest in ("佐藤一郎", "山田太郎"):
        came = rels(ext, RelType.VISITED, source=named(ext, guest), target=KAOHSIUNG)
        assert [v.properties.get("start") for v in came] == ["2019-05-08"]
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG)
    assert [m.target for m in met] == [named(ext, "佐藤一郎")]


# 5. guests told, later in the paragraph of their coming, moving on to another place
# of the country on a day (今（九）日參觀某廠後，將轉往臺北): their visit ended that day
def test_guests_moving_on_in_the_country_end_their_visit_that_day() -> None:
    ext = chapter(
        "〔108.5.9〕日本仙台市市長佐藤一郎伉儷一行五人，昨（八）日南下訪問本市，下午拜會陳市長。"
        "雙方就觀光交流交換意見。佐藤市長一行今（九）日參觀中鋼公司後，將轉往臺北。",
        period="2019-01/2019-06",
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "佐藤一郎"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in came] == [
        ("2019-05-08", "2019-05-09")
    ]


# 6. a news release's dateline right before a body's official (〔108.2.28〕某協會某辦事處
# 處長某某): the body's name opens after the dateline
def test_a_body_named_right_after_a_dateline_opens_after_it() -> None:
    ext = chapter(
        "〔108.2.28〕美國在台協會台北辦事處處長酈英傑（Brent Christensen），"
        "昨（二十七）日南下訪問本市。",
        period="2019-01/2019-06",
    )
    titles = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "酈英傑"))
    assert [t.target for t in titles] == [named(ext, "美國在台協會台北辦事處")]


# 7. one named by title alone going along with a body's official (所長甲，偕同副所長乙):
# of the same body
def test_one_named_by_title_alone_going_along_is_of_the_same_body() -> None:
    ext = chapter(
        "〔108.1.10〕財團法人交流協會台北事務所新任所長沼田幹夫，偕同副所長山田太郎，"
        "昨（九）日南下拜會市府。",
        period="2019-01/2019-06",
    )
    head = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "沼田幹夫"))
    deputy = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "山田太郎"))
    assert head and [d.target for d in deputy] == [head[0].target]
    assert deputy[0].properties.get("title_zh") == "副所長"


# 8. two leaders' groups listed as one coming (甲率領之某團…，以及乙率領之某團…，均…來訪):
# both leaders came
def test_two_leaders_groups_listed_as_one_coming_both_came() -> None:
    ext = chapter(
        "〔108.2.21〕日本熊本市市議員田中一郎率領之熊本市友好訪問團一行八人，以及韓國仁川廣域市"
        "副市長朴永浩率領之仁川市親善訪問團一行十人，昨（二十）日專程來訪。",
        period="2019-01/2019-06",
    )
    for leader in ("田中一郎", "朴永浩"):
        assert rels(ext, RelType.VISITED, source=named(ext, leader), target=KAOHSIUNG)


# 9. the parties a sentence lists before a passive invitation said of all of them
# (…，以及…，均應本府邀請專程來訪) at the city's own event: the city invited each city,
# and they and their leaders took part in it
def test_all_invited_by_the_city_to_its_event_were_invited_and_took_part() -> None:
    ext = chapter(
        "〔108.2.21〕本府主辦之「高雄市108年元宵燈會」，昨（二十）日晚間揭幕。日本熊本市市議員"
        "田中一郎率領之熊本市友好訪問團一行八人，以及韓國仁川廣域市副市長朴永浩率領之仁川市"
        "親善訪問團一行十人，均應本府邀請專程來訪，並與陳市長一同按鈕點燈。",
        period="2019-01/2019-06",
    )
    festival = "event:kaohsiung-lantern-festival:2019"
    invited = rels(ext, RelType.INVITED, source=KAOHSIUNG, event=festival)
    assert sorted(i.target for i in invited) == sorted(
        [named(ext, "熊本市"), named(ext, "仁川廣域市")]
    )
    for party in ("熊本市", "仁川廣域市", "田中一郎", "朴永浩"):
        took_part = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, party), target=festival)
        assert [p.properties.get("status") for p in took_part] == ["attended"]


# 10. a commitment told as yet to be made (預計七月底前可確定參賽隊伍): no answer, so
# invitees still deciding (仍在研議中) stay invited
def test_a_decision_yet_to_be_made_leaves_the_undecided_invited() -> None:
    ext = chapter(
        "〔108.6.14〕本府訂於本年十月十日至十五日舉辦「108年高雄市國際少年棒球邀請賽」，"
        "教育局日前已正式函邀熊本、仙台兩姊妹市各組一隊參賽。教育局表示，目前熊本市已回覆"
        "將派隊參加，仙台市則仍在研議中，預計七月底前可確定參賽隊伍。",
        period="2019-01/2019-06",
    )
    status = {r.source: r.properties.get("status") for r in rels(ext, RelType.PARTICIPATED_IN)}
    assert status == {named(ext, "熊本市"): "planned", named(ext, "仙台市"): "invited"}


# 11. a body's head leading its own people, told by 該 and the body's ending, to call on
# the city's government (某連盟會長某某，率領該連盟議員一行，拜會市府): the body came too
def test_a_head_leading_his_own_bodys_people_to_call_brings_the_body() -> None:
    ext = chapter(
        "〔108.6.5〕日本熊本縣議會日華親善議員連盟會長田中一郎，率領該連盟縣議員及隨員一行"
        "十一人，昨（四）日下午拜會市府，由陳市長親自接待。",
        period="2019-01/2019-06",
    )
    league = named(ext, "熊本縣議會日華親善議員連盟")
    came = rels(ext, RelType.VISITED, source=league, target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["2019-06-04"]


# 12. a going told within a speaker's quoted words (某會長表示，「…，也歡迎高雄市民到某市
# 走走」): a wish, no trip
def test_a_going_within_quoted_speech_is_no_trip() -> None:
    ext = chapter(
        "〔108.6.5〕田中會長表示，熊本市自三月起舉辦「國際花卉博覽會」，"
        "「希望高雄市政府能組團前來觀摩，也歡迎高雄市民到熊本走走」。",
        period="2019-01/2019-06",
    )
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG)


# 13. the event spoken of, called again by its kind after a verb of going round it
# (…舉辦「國際花卉博覽會」…本府已規劃…前往熊本觀摩博覽會): taking part in it
def test_touring_the_event_spoken_of_called_by_its_kind_is_taking_part() -> None:
    ext = chapter(
        "〔108.6.5〕田中會長表示，熊本市自三月起舉辦「國際花卉博覽會」。"
        "陳市長答稱，本府已規劃於八月間派員前往熊本觀摩博覽會。",
        period="2019-01/2019-06",
    )
    took_part = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert [(p.target, p.properties.get("status")) for p in took_part] == [
        (named(ext, "國際花卉博覽會"), "planned")
    ]


# 14. the members who came along listed in the sentence after the coming (…昨日拜會市府。
# 同行者另有某港務局委員某某及…): each came too, those days
def test_members_listed_in_the_sentence_after_the_coming_came_too() -> None:
    ext = chapter(
        "〔108.3.15〕美國華盛頓州西雅圖市市議員史密斯（John Smith）率領該市經貿訪問團一行十五人，"
        "昨（十四）日上午拜會市府，陳市長在市長室接見。同行者另有西雅圖港務局港務委員布朗"
        "（Paul Brown）及多位當地貿易商。",
        period="2019-01/2019-06",
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "布朗"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["2019-03-14"]


# 15. a city's official leading the city's own group (率領該市經貿訪問團) to call on the
# city's government: the city came too
def test_an_official_leading_his_citys_group_to_call_brings_the_city() -> None:
    ext = chapter(
        "〔108.3.15〕美國華盛頓州西雅圖市市議員史密斯（John Smith）率領該市經貿訪問團一行十五人，"
        "昨（十四）日上午拜會市府。",
        period="2019-01/2019-06",
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "西雅圖市"), target=KAOHSIUNG)
    assert [v.properties.get("start") for v in came] == ["2019-03-14"]


# 16. a school named after 的 (隨團訪問的市立某高中校長某某), its principal signing a
# sister-school agreement with another's (於十三日與某高等學校校長某某簽訂姊妹校協定)
def test_a_school_named_after_de_signs_through_its_principal() -> None:
    ext = chapter(
        "本府王副市長率領教育局人員一行九人，於4月11日至16日前往日本熊本市訪問。"
        "隨團訪問的市立高雄高級中學校長李大同，於4月13日與熊本高等學校校長田中一郎簽訂"
        "姊妹校協定，兩校將自下學期起互派學生訪問。",
        period="2019-01/2019-06",
    )
    ties = rels(ext, RelType.SISTER_SCHOOL_OF, target=named(ext, "熊本高等學校"))
    assert [(t.source, t.properties.get("since")) for t in ties] == [
        (named(ext, "市立高雄高級中學"), "2019-04-13")
    ]


# 17. one named who went along with the city's delegation (隨團訪問的某高中校長某某):
# he visited where it went, those days
def test_one_who_went_along_with_the_delegation_visited_with_it() -> None:
    ext = chapter(
        "本府王副市長率領教育局人員一行九人，於4月11日至16日前往日本熊本市訪問。"
        "隨團訪問的市立高雄高級中學校長李大同，於4月13日拜會熊本高等學校。",
        period="2019-01/2019-06",
    )
    went = rels(ext, RelType.VISITED, source=named(ext, "李大同"), target=named(ext, "熊本市"))
    assert [(v.properties.get("start"), v.properties.get("end")) for v in went] == [
        ("2019-04-11", "2019-04-16")
    ]


# 18. a news release's dateline opening the sentence of a trip (〔108.4.18〕本府王副市長
# 率領…前往某市訪問): the leader is read after it
def test_the_leader_of_a_trip_is_read_after_a_dateline() -> None:
    ext = chapter(
        "〔108.4.18〕本府王副市長率領教育局人員一行九人，於本月十一日至十六日前往日本熊本市訪問。",
        period="2019-01/2019-06",
    )
    went = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "熊本市"))
    assert [v.properties.get("led_by") for v in went] == ["王副市長"]


# 19. taking part at an invitation, the host named right before the event (應邀參加該市
# 主辦之「…」): the host invited the party
def test_joining_at_the_invitation_of_the_host_named_before_the_event() -> None:
    ext = chapter(
        "〔108.6.20〕陳其邁市長率領本府秘書處、觀光局人員一行十人組成之訪日團，於本月八日啟程，"
        "昨（十九）日晚間返抵國門。此行首站前往姊妹市日本熊本市，應邀參加該市主辦之"
        "「第三十屆火之國祭」，本府並以花車參加十日的遊行。",
        period="2019-01/2019-06",
    )
    invited = rels(ext, RelType.INVITED, source=named(ext, "熊本市"), target=KAOHSIUNG)
    assert [i.properties.get("event") for i in invited] == [named(ext, "第三十屆火之國祭")]


# 20. a joining told within a speaker's quoted words (某市長表示：「今年的某某節有高雄的
# 朋友參加，…」): the speaker took no part by saying so
def test_a_joining_within_quoted_speech_is_not_the_speakers() -> None:
    ext = chapter(
        "〔108.6.20〕本府觀光局組團參加熊本市主辦之「第三十屆火之國祭」。熊本市長大西一史在"
        "簽署儀式上表示：「今年的火之國祭有高雄的朋友參加，讓這個節日更有國際色彩。」",
        period="2019-01/2019-06",
    )
    assert not rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "大西一史"))


# 21. a group's head who holds a post at a paper named in 《》 (團長某國《某某報》總編輯某某):
# the post is the paper's, of the place before it (總編輯 a title of the seed list)
def test_a_post_at_a_paper_named_in_title_marks_is_the_papers() -> None:
    ext = chapter(
        "〔108.4.27〕某友邦記者團一行八人，昨（二十六）日抵達本市參訪。團長日本《北國日報》"
        "總編輯山田太郎（Taro Yamada）表示：「這次親眼看到高雄港的規模，令人印象深刻。」",
        period="2019-01/2019-06",
    )
    titles = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "山田太郎"))
    assert [(t.target, t.properties.get("title_zh")) for t in titles] == [
        (named(ext, "北國日報"), "總編輯")
    ]


# 22. a guest's quoted hope that the city comes (某會長表示，「希望高雄市政府能組團前來
# 觀摩，…」) to the event spoken of: his body invited the city to it
def test_a_guests_quoted_hope_that_the_city_comes_is_an_invitation() -> None:
    ext = chapter(
        "〔108.6.5〕日本熊本縣議會日華親善議員連盟會長田中一郎，率領該連盟縣議員一行十一人，"
        "昨（四）日下午拜會市府。田中會長表示，熊本市自三月起舉辦「國際花卉博覽會」，"
        "「希望高雄市政府能組團前來觀摩，也歡迎高雄市民到熊本走走」。",
        period="2019-01/2019-06",
    )
    league = named(ext, "熊本縣議會日華親善議員連盟")
    invited = rels(ext, RelType.INVITED, source=league, target=KAOHSIUNG)
    assert [i.properties.get("event") for i in invited] == [named(ext, "國際花卉博覽會")]


# 23. the city's staff going along with another body's delegation to an event (本府某局
# 派員隨同某部某局代表團出席觀摩): that body took part too
def test_a_body_whose_delegation_the_citys_staff_went_along_with_took_part() -> None:
    ext = chapter(
        "〔108.5.2〕由國際港埠協會（IAPH）主辦之「第三十屆世界港埠大會」，四月二十二日至二十九日"
        "在西班牙巴塞隆納市舉行。本府海洋局派員二人於四月二十日啟程，隨同交通部航港局代表團"
        "出席觀摩，已於昨（一）日返國。",
        period="2019-01/2019-06",
    )
    took_part = rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "交通部航港局"))
    assert [p.properties.get("status") for p in took_part] == ["attended"]


# 24. a group qualified by who invited it here, its coming told after a relative day
# (〔108.4.27〕由某部邀請來華訪問之某記者團一行九人，昨（二十六）日抵達本市參訪): the group
# came (記者團 a kind of the seed list), and the body named after 由 invited it
def test_a_group_invited_here_by_a_body_came_and_was_invited_by_it() -> None:
    ext = chapter(
        "【東南亞友邦記者團參訪本市】",
        "〔108.4.27〕由外交部邀請來華訪問之東南亞友邦記者團一行八人，昨（二十六）日抵達本市參訪。"
        "記者團由本府新聞處安排參觀高雄港，今（二十七）日轉往臺南。",
        period="2019-01/2019-06",
    )
    group = named(ext, "東南亞友邦記者團")
    came = rels(ext, RelType.VISITED, source=group, target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in came] == [
        ("2019-04-26", "2019-04-27")
    ]
    assert rels(ext, RelType.INVITED, source=named(ext, "外交部"), target=group)


# 25. the group's head named opening the sentence after its coming (…昨日抵達本市參訪。
# 團長某國《某報》總編輯某某表示…): he came with it, those days, and left with it
def test_the_head_of_a_group_named_after_its_coming_came_with_it() -> None:
    ext = chapter(
        "【東南亞友邦記者團參訪本市】",
        "〔108.4.27〕由外交部邀請來華訪問之東南亞友邦記者團一行八人，昨（二十六）日抵達本市參訪。"
        "團長日本《北國日報》總編輯山田太郎（Taro Yamada）表示：「很好，令人印象深刻。」"
        "記者團今（二十七）日轉往臺南。",
        period="2019-01/2019-06",
    )
    came = rels(ext, RelType.VISITED, source=named(ext, "山田太郎"), target=KAOHSIUNG)
    assert [(v.properties.get("start"), v.properties.get("end")) for v in came] == [
        ("2019-04-26", "2019-04-27")
    ]
    assert any("抵達本市參訪" in e.text for e in came[0].evidence)
