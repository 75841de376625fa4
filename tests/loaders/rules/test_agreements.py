"""Tests of loaders/rules/agreements.py: MOUs and other agreements signed or to be signed, with
their title, date, parties and status."""

from __future__ import annotations

import pytest

from graph.model import RelType, TieStatus
from tests.loaders.rules.helpers import (
    H1_1991,
    H1_2019,
    H2_1990,
    KAOHSIUNG,
    bodies_named,
    chapter,
    named,
    rels,
)


# (round 31b)
@pytest.mark.parametrize(
    ("sentence", "ours", "theirs"),
    [
        (
            "9月3日，高雄市旅館商業同業公會與仁川旅館協會簽署「觀光交流協議書」。",
            "高雄市旅館商業同業公會",
            "仁川旅館協會",
        ),
        (
            "3月8日，高雄市觀光協會與日本熊本市觀光協會簽署「旅遊合作備忘錄」。",
            "高雄市觀光協會",
            "熊本市觀光協會",
        ),
    ],
)
def test_a_civic_body_of_the_city_signs_for_itself(sentence: str, ours: str, theirs: str) -> None:
    """A body of the city's people named by the city (高雄市某某協會, 高雄市某某公會),
    opening the clause, signs for itself; the city's government is no party."""
    got = chapter(sentence)
    signed = rels(got, RelType.SIGNED_MOU)
    assert [(r.source, r.target) for r in signed] == [(named(got, ours), named(got, theirs))]


# (round 31b)
def test_an_agreement_signed_with_a_person_named_before_is_with_his_body() -> None:
    """「陳市長與某某主席共同簽署「…備忘錄」」, the chairman named before with his body:
    the body signed, on the day written."""
    got = chapter(
        "9月3日，泰國曼谷港務管理局主席蘇拉猜（Surachai Wong）率團來訪。",
        "10月7日，陳市長與蘇拉猜主席共同簽署「高雄市政府與泰國曼谷港務管理局經貿合作備忘錄」。",
        period="2018-07/2018-12",
    )
    body = named(got, "曼谷港務管理局")
    signed = rels(got, RelType.SIGNED_MOU, source=KAOHSIUNG, target=body)
    assert [(r.properties.get("date"), r.properties.get("title")) for r in signed] == [
        ("2018-10-07", "高雄市政府與泰國曼谷港務管理局經貿合作備忘錄")
    ]


# (round 32a)
def test_the_topic_of_talks_is_no_time_of_a_signing_after_them() -> None:
    """兩市長就交流成果及未來合作方向交換意見，並共同簽署「…協議書」: 未來 is what the
    talk was on; the agreement was signed that day."""
    got = chapter(
        "10月4日拜會大阪市市長山田一郎，兩市長就交流成果及未來合作方向交換意見，"
        "並共同簽署「高雄市與大阪市港灣交流合作協議書」。",
        period="2018-07/2018-12",
    )
    assert rels(got, RelType.SIGNED_MOU, status=TieStatus.SIGNED, date="2018-10-04")


# 13. an agreement signed by the mayor with the head of a body named in full (陳市長與某港務
# 局局長某某在本府共同簽署「…備忘錄」): the body signed it with the city (review 33a)
def test_the_body_of_the_head_named_in_full_signs() -> None:
    ext = chapter(
        "5月9日，陳市長與林查班港務局局長差猜在本府共同簽署「高雄市政府與林查班港務局港埠合作"
        "備忘錄」，雙方同意相互協助。"
    )
    (signed,) = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert signed.target == named(ext, "林查班港務局")
    assert signed.properties["title"] == "高雄市政府與林查班港務局港埠合作備忘錄"
    assert signed.properties["date"] == "2018-05-09"


# 18. a summary listing the half year's results (本期重要成果包括：甲…、乙…，以及丙…等):
# each result is a statement of its own, its words no other's (review 33a)
def test_each_result_of_a_summary_list_is_its_own() -> None:
    ext = chapter(
        "本期重要成果包括：日本熊本市長率團來訪並與本府簽署「經貿合作備忘錄」、首度組團出席韓國"
        "大邱市「大邱市民日」慶典，以及日本福岡市函邀本市出席明年首屆「亞洲城市論壇」等。"
    )
    signed = {r.target for r in rels(ext, RelType.SIGNED_MOU)}
    assert signed == {"city:jp:kumamoto"}
    assert rels(ext, RelType.SIGNED_MOU)[0].properties["status"] == "signed"
    joined = rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG)
    assert joined and joined[0].target.endswith(":2018")
    assert not rels(ext, RelType.PARTICIPATED_IN, source="city:jp:kumamoto")


# 26. an agreement named as carried out (為落實本年3月所簽署之某某備忘錄，…拜會某局局長某某):
# signed with the party the sentence goes on to call on, on the month it names (review 33a)
def test_an_agreement_carried_out_with_the_party_called_on() -> None:
    ext = chapter(
        "為落實本年3月所簽署之港埠合作備忘錄，建設局於11月6日至10日率本市工業會代表十二人赴泰國"
        "林查班港考察，並拜會林查班港務局局長差猜（Chai Chai），瞭解港區物流中心之招商條件。"
    )
    (signed,) = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert signed.target == named(ext, "林查班港務局")
    assert signed.properties["date"] == "2018-03"


# (round 34a)
def test_a_list_of_signings_each_with_its_date_gives_each_its_own() -> None:
    # 計簽署三件：甲日與甲市簽署「…」、乙日與乙市簽署「…」: each partner its date and title
    got = chapter(
        "本期計簽署合作文件二件：二月十日與日本熊本市簽署「觀光交流合作備忘錄」、"
        "五月三日與韓國仁川廣域市簽署「港灣交流合作協議」。",
    )
    assert rels(
        got,
        RelType.SIGNED_MOU,
        target="city:jp:kumamoto",
        date="2018-02-10",
        title="觀光交流合作備忘錄",
    )
    assert rels(
        got,
        RelType.SIGNED_MOU,
        target="city:kr:incheon",
        date="2018-05-03",
        title="港灣交流合作協議",
    )
    assert len(rels(got, RelType.SIGNED_MOU)) == 2


# 8. an agreement a bureau of the city and an outside body sign together (本府某局與某港務局
# 共同簽署「…備忘錄」): the body is the partner, as without 共同 (round 34b)
def test_an_agreement_signed_together_with_a_body_is_the_bodys() -> None:
    ext = chapter(
        "九月十五日，本府海洋局與橫濱港務局共同簽署「高雄市政府海洋局與橫濱港務局經貿合作"
        "備忘錄」，雙方約定加強合作。",
        period="2018-07/2018-12",
    )
    (signed,) = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert signed.target == named(ext, "橫濱港務局")
    assert signed.properties.get("date") == "2018-09-15"


# 16. the signing of an agreement spoken of as a noun, by its kind alone (兩市經貿協議之
# 簽署，對本市廠商…當有助益): the agreement told before, no other (round 34b)
def test_an_agreements_signing_spoken_of_is_the_one_told() -> None:
    ext = chapter(
        "十月十二日，陳其邁市長於市府接見熊本市長大西一史一行，雙方並共同簽署「高雄市與熊本市"
        "加強經貿交流協議書」。",
        "熊本市為本市在日本之重要夥伴，兩市經貿協議之簽署，對本市廠商拓展日本市場當有助益。",
        period="2018-07/2018-12",
    )
    assert len(rels(ext, RelType.SIGNED_MOU)) == 1


# 11. the year in an event's name named in the signing clause (參加「2018年某節」並簽署
# 「…備忘錄」) is the event's edition, not the date of the signing (round 35a)
def test_a_signing_is_not_dated_by_an_events_edition_year() -> None:
    ext = chapter(
        "三、里昂市",
        "本市與法國里昂市自民國七十七年締結姊妹市，本年六月間本府組團赴里昂參加「2018年里昂燈節」"
        "並簽署「高雄市里昂市青少年交流備忘錄」後，雙方交流益趨密切。",
    )
    (mou,) = rels(ext, RelType.SIGNED_MOU)
    assert mou.properties["date"] == "2018-06"


# 12. a guest signing for a body (由王副廳長代表某州經濟發展廳與本府經發局簽署「…」): that
# body signs with the city, not the place it belongs to (round 35a)
def test_a_body_acted_for_signs() -> None:
    ext = chapter(
        "四、107年10月24日，美國華盛頓州商務廳副廳長約翰．史密斯（John Smith）率華盛頓州"
        "經貿訪問團一行十八人來訪，並由史密斯副廳長代表華盛頓州商務廳與本府經發局簽署"
        "「經貿交流合作備忘錄」。"
    )
    (mou,) = rels(ext, RelType.SIGNED_MOU)
    assert {mou.source, mou.target} == {KAOHSIUNG, named(ext, "華盛頓州商務廳")}


# 11. an agreement signed in a clause after a tie told as lasting since a year
# (回顧兩市自民國六十年締結姊妹市以來…，隨即簽署「…」): dated by the day, not by that year;
# one a body would be glad to see signed (樂見兩市簽署…備忘錄) is only planned (round 36b)
def test_a_signing_after_a_tie_since_a_year_takes_the_day() -> None:
    ext = chapter(
        "3月6日上午，陳市長與仁川市長在本府舉行會談，回顧兩市自民國六十年締結姊妹市以來之交流，"
        "隨即共同簽署「高雄市仁川市觀光交流合作協議書」。",
        "仁川市議會議長表示，仁川市議會樂見兩市簽署青少年交流備忘錄。",
    )
    signed = rels(ext, RelType.SIGNED_MOU, title="高雄市仁川市觀光交流合作協議書")
    assert [s.properties.get("date") for s in signed] == ["2018-03-06"]
    wished = [r for r in rels(ext, RelType.SIGNED_MOU) if r not in signed]
    assert [w.properties.get("status") for w in wished] == ["planned"]


# 22. a place written inside the agreement's quoted name (與該會簽署「高雄仁川教育交流
# 協定」) signs nothing: the body referred to (該會) is the partner (round 36c)
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
# agreement, planned, with the partner that clause names (round 36c)
def test_an_agreement_talked_of_then_to_be_signed_is_planned() -> None:
    ext = chapter(
        "荷蘭阿姆斯特丹港務局副局長范戴克於十月五日來訪時，與本府建設局洽談「港灣物流合作備忘錄」，"
        "預定明年由本府與阿姆斯特丹港務局正式簽署。",
        period="2018-07/2018-12",
    )
    (mou,) = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert mou.properties.get("title") == "港灣物流合作備忘錄"
    assert str(mou.properties.get("status")) == "planned"


# 2. a table of agreements under a heading alone, no header naming its columns: lines of
# a date (or a status), the two parties joined by a dash, the agreement, how it stands (round 36e)
def test_a_headerless_agreement_line_is_a_signing_with_its_title_and_date() -> None:
    ext = chapter(
        "附表四　本期協定簽署情形",
        "80/3/5｜高雄市－仁川直轄市｜港灣交流協議書｜已簽署，本期互派人員",
        "洽商中｜高雄市－奧克蘭市｜港灣合作備忘錄｜條文洽商中",
        period="1991-01/1991-06",
    )
    signed = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, "仁川直轄市"))
    assert [(r.properties.get("title"), r.properties.get("date")) for r in signed] == [
        ("港灣交流協議書", "1991-03-05")
    ]
    talks = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, "奧克蘭市"))
    assert [str(r.properties.get("status")) for r in talks] == ["negotiating"]


# 3. a body of another place opening a signing clause signs it, not the home city
# (某州立大學與國立某某大學簽署…) (round 36e)
def test_a_foreign_body_opening_a_signing_clause_is_the_signer() -> None:
    ext = chapter(
        "附表四　本期協定簽署情形",
        "80/4/9｜西雅圖大學－國立成功大學｜學術交流協定｜已簽署",
        period="1991-01/1991-06",
    )
    signed = rels(ext, RelType.SIGNED_MOU, target=named(ext, "國立成功大學"))
    assert [r.source for r in signed] == [named(ext, "西雅圖大學")]


# 4. a body's people told as guests, then 與 + another body + 簽署 with no subject: the
# guests' body signs with it (某大學校長某某率團來訪，與國立某某大學簽署…) (round 36e)
def test_the_guests_body_signs_with_the_body_named_after_with() -> None:
    ext = chapter(
        "附表一　重要外賓來訪紀要",
        "（日期；國別／城市；訪賓；事由）",
        "1.80/5/5；美國西雅圖市；西雅圖大學（Seattle University）校長史密斯（John Smith）"
        "率團4人；與國立成功大學簽署「學術合作協定」，並拜會市長",
        period="1991-01/1991-06",
    )
    signed = rels(ext, RelType.SIGNED_MOU, target=named(ext, "國立成功大學"))
    assert [r.source for r in signed] == [named(ext, "西雅圖大學")]


# 5. an agreement told again by its title without 書 and dated by its month alone
# (依本年三月兩市簽署之港灣交流協議): the one dated in full under its whole title (round 36e)
def test_an_agreement_told_without_its_closing_shu_is_the_one_signed() -> None:
    ext = chapter(
        "附表一　重要外賓來訪紀要",
        "（日期；國別／城市；訪賓；事由）",
        "1.80/5/5；韓國仁川直轄市；仁川港務局局長金永植率團5人；依本年三月兩市簽署之港灣交流協議"
        "參訪港埠設施",
        "附表四　本期協定簽署情形",
        "80/3/5｜高雄市－仁川直轄市｜港灣交流協議書｜已簽署",
        period="1991-01/1991-06",
    )
    signed = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, "仁川直轄市"))
    assert [r.properties.get("title") for r in signed] == ["港灣交流協議書"]


# 2. an agreement signed in a year 以來 (自民國105年簽署「…備忘錄」以來): signed then (review 36b)
def test_an_agreement_signed_since_a_year_is_signed_that_year() -> None:
    ext = chapter("自民國105年簽署「高雄市仁川市青少年交流備忘錄」以來，兩市每年互派學生交流。")
    (mou,) = rels(ext, RelType.SIGNED_MOU)
    assert mou.properties.get("status") == "signed"
    assert str(mou.properties.get("date", mou.properties.get("since", ""))).startswith("2016")


# 3. 樂見 before an agreement already signed (樂見…簽署之「…」持續落實): signed, not planned
# (review 36b)
def test_glad_of_an_agreement_already_signed_is_no_plan() -> None:
    ext = chapter("仁川市長表示，該市樂見兩市於去年簽署之「青少年交流備忘錄」持續落實。")
    (mou,) = rels(ext, RelType.SIGNED_MOU)
    assert mou.properties.get("status") == "signed"


# 5. a bare agreement signed by other parties than the tie's (本府觀光局與某市觀光協會簽署
# 協議; 本府教育局與某市教育局簽署備忘錄), after a tie's agreement told earlier: its own
# (review 36c)
def test_a_bare_agreement_with_another_party_is_its_own() -> None:
    ext = chapter(
        "菲律賓碧瑤市於2010年與本市簽署姊妹市協定。本年5月3日，本府觀光局與日本八王子市觀光協會"
        "簽署協議，推動觀光交流。"
    )
    (mou,) = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert mou.target == named(ext, "八王子市觀光協會")
    assert mou.properties.get("date") == "2018-05-03"


# (review 36c)
def test_a_bare_memorandum_of_the_partners_bureau_is_its_own() -> None:
    ext = chapter(
        "菲律賓碧瑤市於2010年與本市締結姊妹市，兩市並簽署姊妹市協定書。本年5月3日，本府教育局與"
        "碧瑤市教育局簽署備忘錄，推動師生交流。"
    )
    (mou,) = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert mou.target == named(ext, "碧瑤市教育局")


# 1. a headerless agreement line's status cell read with the genre's words: a signing
# verb not negated is a signing (dated), a plan word a plan, a negated signing talks (review 36d)
@pytest.mark.parametrize(
    ("status", "standing", "date"),
    [
        ("已於仁川簽署，本期互派人員", TieStatus.SIGNED, "1991-03-05"),
        ("由雙方市長於仁川市政府簽署", TieStatus.SIGNED, "1991-03-05"),
        ("生效", TieStatus.SIGNED, "1991-03-05"),
        ("擬於下期簽署", TieStatus.PLANNED, None),
        ("尚未完成簽署", TieStatus.NEGOTIATING, None),
        ("條文洽商中", TieStatus.NEGOTIATING, None),
    ],
)
def test_a_headerless_agreement_line_reads_its_status_cell(
    status: str, standing: TieStatus, date: str | None
) -> None:
    ext = chapter(
        "附表四　本期協定簽署情形",
        f"80/3/5｜高雄市－仁川直轄市｜港灣交流協議書｜{status}",
        period=H1_1991,
    )
    (mou,) = rels(ext, RelType.SIGNED_MOU)
    assert mou.properties.get("status") == standing
    assert mou.properties.get("date") == date


# 12. lines under a heading of visits, or whose cells tell a visit (a delegation, a
# purpose told as a sentence), are no agreements (review 36d)
@pytest.mark.parametrize(
    "lines",
    [
        (
            "附表一　重要外賓來訪紀要",
            "80/5/5；美國－西雅圖市；西雅圖港務局局長史密斯率團5人；洽談港灣合作備忘錄",
        ),
        (
            "附表三　本期出訪紀要",
            "80/4/2｜本府－東京都｜觀光局長王大同率團4人｜考察觀光推廣並洽談觀光交流協議",
        ),
        ("80/4/2｜本府－東京都｜觀光局長王大同率團4人｜考察觀光推廣並洽談觀光交流協議",),
    ],
)
def test_a_visits_table_line_is_no_agreement(lines: tuple[str, ...]) -> None:
    ext = chapter(*lines, period=H1_1991)
    assert not rels(ext, RelType.SIGNED_MOU)
    assert not any("|" in e.name_zh or "｜" in e.name_zh for e in ext.entities)


# 11. the signing of an agreement named as a matter (與某市簽訂「…」一案), talks on it going
# on later in the sentence (本案刻仍洽商中): negotiated, not signed (round 37a)
def test_an_agreement_named_as_a_matter_under_talks_is_negotiating() -> None:
    ext = chapter(
        "與日本橫濱市簽訂「港埠合作備忘錄」一案，本府已於八月間將草案函送該市港灣局，本案刻仍洽商中。",
        period="1987-07/1987-12",
    )
    mous = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert [m.properties.get("status") for m in mous] == ["negotiating"]


# 12. an agreement named as signed with a party in a month (依本年二月與某市簽訂之「…」),
# even in a plan: signed that month (round 37a)
def test_an_agreement_signed_with_a_party_in_a_month_is_dated_so() -> None:
    ext = chapter(
        "預定進度：暑假期間依本年二月與美國奧克蘭市簽訂之「青少年交流協議書」，選派學生二十名赴該市交流。",
        period="1987-07/1987-12",
    )
    mous = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert [(m.properties.get("status"), m.properties.get("date")) for m in mous] == [
        ("signed", "1987-02")
    ]


# 6. a signing proposed by a guest (來訪時提議簽訂「…」): an agreement planned, not signed
# (round 37c)
def test_an_agreement_proposed_is_planned() -> None:
    ext = chapter(
        "仙台市方面於去年十一月副市長來訪時提議簽訂「高雄市與仙台市觀光交流協議書」，"
        "約定每年互派觀光推廣團。",
        period="1990-01/1990-06",
    )
    mous = rels(ext, RelType.SIGNED_MOU, target=named(ext, "仙台市"))
    assert [m.properties.get("status") for m in mous] == ["planned"]


# 7. a planned agreement told by a proposal's short title, its full one, then referred
# back to (擬與某市簽訂某某協議書 / 提議簽訂「…」 / 簽署上開協議書): one agreement (round 37c)
def test_a_planned_agreement_told_again_shorter_is_one_agreement() -> None:
    ext = chapter(
        "案由：擬與日本熊本市簽訂觀光交流協議書，請討論案。",
        "說明：",
        "一、熊本市方面於去年十一月副市長來訪時提議簽訂「高雄市與熊本市觀光交流協議書」。",
        "二、本局擬於十月派員前往熊本市，並於訪問期間簽署上開協議書。",
        period="1990-01/1990-06",
    )
    mous = rels(ext, RelType.SIGNED_MOU, target=named(ext, "熊本市"))
    assert [(m.properties.get("title"), m.properties.get("status")) for m in mous] == [
        ("高雄市與熊本市觀光交流協議書", "planned")
    ]


# 5. an agreement named as a matter, told signed (已於…完成簽署) before talks on details
# (review 37a)
def test_an_agreement_matter_signed_before_talks_on_details_is_signed() -> None:
    ext = chapter(
        "與日本橫濱市簽訂「港埠合作備忘錄」一案，已於三月十日完成簽署，有關執行細節刻仍洽商中。"
    )
    mous = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert [(m.properties.get("status"), m.properties.get("date")) for m in mous] == [
        ("signed", "2018-03-10")
    ]


# 12. a resolution's plan, or a chairman's ruling's, keeps its date (請觀光局於十月派員
# 赴某市簽署…) (review 37c)
@pytest.mark.parametrize("field", ["決議：照案通過，", "主席裁示："])
def test_a_resolutions_planned_signing_keeps_its_date(field: str) -> None:
    ext = chapter(
        f"{field}請觀光局於十月派員赴熊本市簽署「高雄市與熊本市觀光交流協議書」。",
        period=H2_1990,
    )
    (mou,) = rels(ext, RelType.SIGNED_MOU, target=named(ext, "熊本市"))
    assert (mou.properties.get("status"), mou.properties.get("date")) == ("planned", "1990-10")


# 5. a signed agreement described by who proposed it (由某市長提議之「…」已於…簽署):
# signed, not a proposal (review 37c)
@pytest.mark.parametrize(
    "line",
    [
        "由熊本市長提議之「高雄市與熊本市觀光交流協議書」已於五月十日在本府簽署。",
        "兩市於五月十日簽署熊本市所建議之「高雄市與熊本市觀光交流協議書」。",
    ],
)
def test_a_signed_agreement_described_by_its_proposer_is_signed(line: str) -> None:
    ext = chapter(line, period="1990-01/1990-06")
    (mou,) = rels(ext, RelType.SIGNED_MOU, target=named(ext, "熊本市"))
    assert (mou.properties.get("status"), mou.properties.get("date")) == ("signed", "1990-05-10")


# 27. a signing by the officials named by surname and title (林市長與朴副市長…簽署「高雄市
# 某市…協議書」): the agreement's name tells the other side (round 39a)
def test_an_agreement_named_for_both_cities_tells_the_partner() -> None:
    ext = chapter(
        "二月二十一日，光州市副市長朴永浩率團來訪。二十三日下午，林市長與朴副市長在市府大禮堂"
        "簽署「高雄市光州市港灣技術交流協議書」。",
        period="1986-01/1986-06",
    )
    signed = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, "光州市"))
    assert [s.properties.get("date") for s in signed] == ["1986-02-23"]


# 12. an agreement signed in a clause naming no signer, with the city's side
# (某港務局局長某某率團訪問本府，與本府海洋局簽署「…」): the guests' body signed it (round 39b)
def test_guests_signing_with_the_citys_bureau_sign_as_their_body() -> None:
    ext = chapter(
        "108年11月5日，泰國林查班港務局局長蘇拉猜率團訪問本府，與本府海洋局簽署「港埠合作備忘錄」。",
        period="2019-07/2019-12",
    )
    [mou] = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert mou.target == named(ext, "林查班港務局")
    assert (mou.properties["title"], mou.properties["date"]) == ("港埠合作備忘錄", "2019-11-05")


# 14. an agreement named as signed in a half of the report's year (追蹤上半年簽署之
# 「…」執行情形): dated by that year (round 39b)
def test_an_agreement_signed_in_the_first_half_is_of_the_reports_year() -> None:
    ext = chapter(
        "本府觀光局於108年10月24日至27日赴日本東京都參加旅展，期間拜會千葉縣成田市，"
        "追蹤上半年簽署之觀光交流合作備忘錄執行情形。",
        period="2019-07/2019-12",
    )
    [mou] = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, "成田市"))
    assert mou.properties["date"] == "2019"


# 24. acting under an agreement of the two cities (依據兩市公務員交流協議，某市政府派遣
# 公務員…): the city and the foreign city the sentence names hold it, signed (round 39b)
def test_acting_under_the_two_cities_agreement_tells_it_was_signed() -> None:
    ext = chapter(
        "依據兩市公務員交流協議，仁川市政府派遣公務員2名，於108年5月13日至24日至本府觀光局研修。",
        period="2019-01/2019-06",
    )
    [mou] = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG, target=named(ext, "仁川市"))
    assert mou.properties["title"] == "公務員交流協議"
    assert "date" not in mou.properties


# 16. a signing to come, then talks now on its text (推動與某市簽署…備忘錄，刻正透過某處
# 洽商文字內容): the agreement is under negotiation (round 39c)
def test_a_signing_to_come_with_talks_now_on_its_text_is_negotiating() -> None:
    ext = chapter(
        "（三）推動與泰國曼谷市簽署觀光交流合作備忘錄，刻正透過駐泰國代表處洽商文字內容。"
    )
    mous = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert [m.properties.get("status") for m in mous] == ["negotiating"]


# 3. acting under an agreement of two parties not the two cities, or one not signed, or
# the tie's own (雙方所簽之合作備忘錄 of a bureau and a firm; 協議草案; 研擬中之備忘錄;
# 締結姊妹市時所簽之協定書): no MOU signed (review 39b)
@pytest.mark.parametrize(
    "sentence",
    [
        "根據雙方所簽之合作備忘錄，本府經發局與美商英特爾公司於108年5月3日在舊金山市共同舉辦"
        "投資說明會。",
        "依據兩市公務員交流協議草案，仁川市政府與本府於108年5月13日召開視訊會議討論細節。",
        "依據雙方研擬中之合作備忘錄，本府海洋局於108年5月13日與日本神戶市港灣局召開視訊會議。",
        "依據兩市締結姊妹市時所簽之協定書，姬路市每年派員來高研修。",
    ],
)
def test_acting_under_an_agreement_not_the_two_cities_signed_signs_none(sentence: str) -> None:
    ext = chapter(sentence, period=H1_2019)
    assert not rels(ext, RelType.SIGNED_MOU)


# 10. one escorting the guests (某某陪同某市市長來訪，並與本府某局簽署…): the escort's
# body signs nothing (review 39b)
def test_an_escort_of_guests_signing_signs_nothing() -> None:
    ext = chapter(
        "108年5月5日，日本台灣交流協會高雄事務所所長中井健治陪同姬路市市長山田一郎來訪，並與本府"
        "觀光局簽署「觀光交流合作備忘錄」。",
        period=H1_2019,
    )
    signers = {r.target for r in rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)}
    assert named(ext, "姬路市") in signers
    assert named(ext, "日本臺灣交流協會高雄事務所") not in signers


# The form: a school or university of the city written after 本市 as the party signing
# (本市國立某某大學與某國某大學簽署備忘錄): that university signs, a body of the city,
# not the city itself.


# 13. a university of the city opening the signing clause is the party (round 40a)
def test_a_university_of_the_city_signs_for_itself() -> None:
    ext = chapter(
        "（一）111年10月25日，本市國立中山大學與立陶宛考納斯科技大學（Kaunas University of "
        "Technology）以視訊方式簽署學術交流合作備忘錄。",
        "（二）本市國立高雄科技大學與日本九州大學於9月簽署學術合作協議。",
        "（三）本市私立文藻外語大學與美國波特蘭州立大學於11月2日簽署交流協議。",
        period="2022-07/2022-12",
    )
    for ours, theirs in (
        ("國立中山大學", "考納斯科技大學"),
        ("國立高雄科技大學", "日本九州大學"),
        ("私立文藻外語大學", "波特蘭州立大學"),
    ):
        assert rels(ext, RelType.SIGNED_MOU, source=named(ext, ours), target=named(ext, theirs))
    assert not rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)


# 6. the city's schools counted or told by kind (本市3所大學, 多所大學, 公私立大學, 各高中,
# 市立高中) name no school: the signing is the city's (review 40a)
@pytest.mark.parametrize(
    "sentence",
    [
        "本市3所大學與日本九州大學於5月簽署學術交流協議。",
        "本市多所大學與美國波特蘭州立大學於5月簽署學術交流合作備忘錄。",
        "本市公私立大學與日本九州大學於5月簽署學術交流協議。",
        "本市各高中與日本福岡縣立高等學校於5月簽署教育旅行合作備忘錄。",
        "本市市立高中與日本福岡縣教育委員會於5月簽署教育交流備忘錄。",
    ],
)
def test_the_city_s_schools_unnamed_sign_as_the_city(sentence: str) -> None:
    ext = chapter(sentence)
    signed = rels(ext, RelType.SIGNED_MOU)
    assert [s.source for s in signed] == [KAOHSIUNG]
    assert not [b for b in bodies_named(ext) if b.endswith(("所大學", "公私立大學", "各高中"))]
    assert "市立高中" not in bodies_named(ext)


# (review 40a)
def test_the_city_s_school_named_signs_itself() -> None:
    ext = chapter("本市國立高雄科技大學與日本九州大學於9月簽署學術合作協議。")
    signed = rels(ext, RelType.SIGNED_MOU)
    assert [s.source for s in signed] == [named(ext, "國立高雄科技大學")]
