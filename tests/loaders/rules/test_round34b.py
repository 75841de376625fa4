"""Round 34b: forms of text read on the 081 pair (by-partner layout, outlook section,
passive invitations), each tested on invented sentences of the same form."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. the city continuing to hold its event next year (本府預定明年…續辦「…」) holds it,
# and those asked to compete in it (將邀請甲市、乙市等姊妹市組隊參賽) are invited to it
def test_the_city_continuing_its_event_holds_it_and_invites_competitors() -> None:
    ext = chapter(
        "本府計畫明年中秋節期間續辦「一○八年高雄國際風箏大賽」，將邀請熊本市、"
        "橫濱市及大阪市等姊妹市組隊參賽，並擴大辦理國際組活動。",
        period="2018-07/2018-12",
    )
    event = named(ext, "一○八年高雄國際風箏大賽")
    assert rels(ext, RelType.HOSTED, source=KAOHSIUNG, target=event)
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert invited == {named(ext, n) for n in ("熊本市", "橫濱市", "大阪市")}
    joining = {r.source for r in rels(ext, RelType.PARTICIPATED_IN, target=event)}
    assert joining == invited


# 2. an invitation told in the passive with 經 (經某市邀請，本府由…前往某市參加…): the
# place or the body written between invited the city, as with 應…之邀
def test_an_invitation_told_with_jing_is_the_inviters() -> None:
    ext = chapter(
        "十月上旬，經熊本市邀請，本府由秘書處王專門委員率員二人前往熊本市，"
        "參加該市主辦之「第十屆熊本市民祭」慶祝活動。",
        "另經橫濱市港務局邀請，本府由海洋局陳局長率員三人，於十一月上旬赴橫濱市"
        "出席「亞洲港口城市論壇」。",
        period="2018-07/2018-12",
    )
    inviters = {r.source for r in rels(ext, RelType.INVITED, target=KAOHSIUNG)}
    assert {named(ext, "熊本市"), named(ext, "橫濱市港務局")} <= inviters


def test_words_opening_with_jing_are_no_invitation() -> None:
    ext = chapter(
        "經濟部邀請本府海洋局派員出席「亞洲港口城市論壇」，本府由陳局長前往橫濱市參加。",
        period="2018-07/2018-12",
    )
    assert not rels(ext, RelType.INVITED, target=KAOHSIUNG)


# 3. a guest inviting the city on behalf of a body, the clause before naming it (某市長
# 並代表某某管理局，邀請本府明年組團參加「…」): the body invites, and holds the event
def test_an_invitation_made_for_a_body_is_the_bodys() -> None:
    ext = chapter(
        "熊本市長大西一史於十月中旬率該市官員四人來訪。大西市長行前並代表熊本港灣管理局，"
        "邀請本府明年組團參加「二○一九年熊本港灣國際商展」，本府已請經發局預為規劃。",
        period="2018-07/2018-12",
    )
    body = named(ext, "熊本港灣管理局")
    event = named(ext, "二○一九年熊本港灣國際商展")
    inviters = {r.source for r in rels(ext, RelType.INVITED, target=KAOHSIUNG)}
    assert inviters == {body}
    assert {r.source for r in rels(ext, RelType.HOSTED, target=event)} == {body}


# 4. trips to one place in months or years apart (七月底…赴某市, 十月上旬…前往某市,
# 十一月中旬赴某市) are trips of their own, not one trip dated by the first
def test_trips_in_months_apart_stay_apart() -> None:
    ext = chapter(
        "經熊本市邀請，本府由教育局遴派本市高中學生四名，於七月二十七日至八月三日赴熊本市"
        "參加該市主辦之「二○一八熊本國際青少年營」。",
        "十月上旬，經熊本市邀請，本府由秘書處王專門委員率員二人前往熊本市，"
        "參加該市主辦之「第十屆熊本市民祭」慶祝活動。",
        "另經熊本市政府邀請，本府由工務局派技正一人，於本年十一月中旬赴熊本市參加該市主辦之"
        "「姊妹城市公務員研修」，為期兩週。",
        period="2018-07/2018-12",
    )
    starts = {
        r.properties.get("start")
        for r in rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "熊本市"))
    }
    assert starts == {"2018-07-27", "2018-10", "2018-11"}


def test_a_visit_years_before_is_another_trip() -> None:
    ext = chapter(
        "一○五年時任熊本市長大西一史曾率團來訪，本年一月熊本市副市長田中太郎亦率港灣部門主管"
        "來高考察。",
        period="2018-07/2018-12",
    )
    visits = rels(ext, RelType.VISITED, source=named(ext, "熊本市"), target=KAOHSIUNG)
    starts = {r.properties.get("start") or r.properties.get("year") for r in visits}
    assert starts == {"2016", "2018-01"}


def test_a_month_told_and_a_day_within_it_are_one_trip() -> None:
    ext = chapter(
        "本年十月，本府由秘書處王專門委員率員二人前往熊本市訪問，並於十月五日參加該市主辦之"
        "「第十屆熊本市民祭」慶祝活動。",
        period="2018-07/2018-12",
    )
    visits = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "熊本市"))
    assert len(visits) == 1


# 5. 至 opening a sentence with a place alone in its clause is "as for" (至日本某市，某市
# 某委員會主席曾於四月率團來訪): no trip there
def test_a_place_taken_up_with_zhi_is_no_trip_there() -> None:
    ext = chapter(
        "至日本熊本市，熊本市港灣委員會主席田中太郎曾於本年四月率團來訪，"
        "本府擬與熊本市簽署港灣合作備忘錄。",
        period="2018-07/2018-12",
    )
    city = named(ext, "熊本市")
    assert not rels(ext, RelType.VISITED, target=city)
    assert rels(ext, RelType.VISITED, source=named(ext, "田中太郎"), target=KAOHSIUNG)


# 6. invitations referred back to (某局及某市之參展邀請已如前述): nothing new is told
def test_invitations_told_before_add_nothing() -> None:
    ext = chapter(
        "熊本市已邀請本府明年六月組團參加該市主辦之「第十屆熊本市民祭」；此外，"
        "橫濱市港務局及大阪市之參展邀請如前所述，本府將依明年度預算審慎規劃辦理。",
        period="2018-07/2018-12",
    )
    event = named(ext, "第十屆熊本市民祭")
    joining = {r.source for r in rels(ext, RelType.PARTICIPATED_IN, target=event)}
    assert joining == {KAOHSIUNG}


# 7. a meeting told after an act within a later clause (簽約儀式由某市長主持，某市長並於
# 會後與某局長會談) is on the day of that act
def test_a_meeting_after_the_signing_is_dated_by_it() -> None:
    ext = chapter(
        "本年六月本府亦由秘書處組團參加「第八屆熊本火之國祭」。",
        "本年九月十四日至十七日，熊本港灣局局長田中太郎率該局主管一行十人來訪。九月十五日，"
        "本府海洋局與熊本港灣局共同簽署「高雄市政府海洋局與熊本港灣局合作備忘錄」，雙方約定"
        "加強合作；簽約儀式由陳其邁市長親自主持，陳市長並於會後與田中局長會談，就兩港航線"
        "交換意見。",
        period="2018-07/2018-12",
    )
    (met,) = rels(ext, RelType.MET_WITH, target=named(ext, "田中太郎"))
    assert met.properties.get("date") == "2018-09-15"


# 8. an agreement a bureau of the city and an outside body sign together (本府某局與某港務局
# 共同簽署「…備忘錄」): the body is the partner, as without 共同
def test_an_agreement_signed_together_with_a_body_is_the_bodys() -> None:
    ext = chapter(
        "九月十五日，本府海洋局與橫濱港務局共同簽署「高雄市政府海洋局與橫濱港務局經貿合作"
        "備忘錄」，雙方約定加強合作。",
        period="2018-07/2018-12",
    )
    (signed,) = rels(ext, RelType.SIGNED_MOU, source=KAOHSIUNG)
    assert signed.target == named(ext, "橫濱港務局")
    assert signed.properties.get("date") == "2018-09-15"


# 9. a clause remarking on the trip just told (…赴某市回訪姊妹校，此為兩校締約後之首次
# 回訪) tells no other visit, not even in a part headed by the partner (與某市之交流)
def test_a_remark_on_the_trip_just_told_is_no_coming() -> None:
    ext = chapter(
        "二、與熊本市之交流",
        "市立前鎮高中學生訪問團一行二十五人，由該校校長率領，於七月二十日至二十五日赴熊本市"
        "回訪姊妹校，並寄宿當地學生家庭，此為兩校締約後之首次回訪。",
        period="2018-07/2018-12",
    )
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)
    assert rels(ext, RelType.VISITED, source=named(ext, "市立前鎮高中"))


# 10. a year opening a quoted name (赴某市參加「二○一八年某某商展」) is the event's: a call
# told after it (，並拜會某市長某某) is dated by the month the sentence opened with
def test_a_call_after_an_event_named_with_its_year_keeps_the_sentences_month() -> None:
    ext = chapter(
        "本年八月，本府經發局曾組團赴熊本市參加「二○一八年熊本國際產業商展」，並拜會熊本市長"
        "大西一史，當面邀請其於國慶期間來訪。",
        period="2018-07/2018-12",
    )
    (met,) = rels(ext, RelType.MET_WITH, target=named(ext, "大西一史"))
    assert met.properties.get("date") == "2018-08"


# 11. a celebration of an occasion joined, named after the verb with no quotes (並應邀參加
# 國慶慶祝活動), is its own, not the event the text spoke of before
def test_a_celebration_joined_is_not_the_event_spoken_of() -> None:
    ext = chapter(
        "本年八月，本府經發局曾組團赴熊本市參加「二○一八年熊本國際產業商展」，並拜會熊本市長"
        "大西一史，當面邀請其於國慶期間來訪。",
        "經本府邀請，大西市長於十月中旬率該市官員四人來訪，並應邀參加國慶慶祝活動。",
        period="2018-07/2018-12",
    )
    event = named(ext, "二○一八年熊本國際產業商展")
    assert {r.source for r in rels(ext, RelType.PARTICIPATED_IN, target=event)} == {KAOHSIUNG}


# 12. events of a kind joined in general (協助對方廠商參加當地商展, 參加各地展覽): no event
# spoken of
def test_local_fairs_in_general_are_no_event_spoken_of() -> None:
    ext = chapter(
        "本年八月，本府經發局曾組團赴熊本市參加「二○一八年熊本國際產業商展」。",
        "十月十二日，陳其邁市長於市府接見熊本市長大西一史一行，雙方並共同簽署「高雄市與熊本市"
        "加強經貿交流協議書」，約定兩市互設服務窗口，並協助對方廠商參加當地商展。",
        period="2018-07/2018-12",
    )
    event = named(ext, "二○一八年熊本國際產業商展")
    assert {r.source for r in rels(ext, RelType.PARTICIPATED_IN, target=event)} == {KAOHSIUNG}


# 13. helping others take part or go (並協助對方廠商參加當地商展) is no trip of the helper
def test_helping_others_take_part_is_no_trip() -> None:
    ext = chapter(
        "十月十二日，陳其邁市長於市府接見熊本市長大西一史一行，雙方並共同簽署「高雄市與熊本市"
        "加強經貿交流協議書」，約定兩市互設服務窗口，並協助對方廠商參加當地商展。",
        period="2018-07/2018-12",
    )
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG)


# 14. an invitation to come of the one just called on, by pronoun (並拜會某市長某某，當面
# 邀請其於國慶期間來訪): the city invited that person
def test_an_invitation_to_come_by_pronoun_is_of_the_one_met() -> None:
    ext = chapter(
        "本年八月，本府經發局曾組團赴熊本市參加「二○一八年熊本國際產業商展」，並拜會熊本市長"
        "大西一史，當面邀請其於國慶期間來訪。",
        period="2018-07/2018-12",
    )
    invited = {r.target for r in rels(ext, RelType.INVITED, source=KAOHSIUNG)}
    assert invited == {named(ext, "大西一史")}


# 15. a small district's name with 區 (自由區: Liberdade, a district of São Paulo) named
# bare is a zone of the text (科隆自由區), not that place
def test_a_free_zone_is_no_small_district_of_that_name() -> None:
    ext = chapter(
        "本年三月，本府建設局組團赴巴拿馬科隆市考察科隆自由區之營運，兩市經貿協議之簽署當有助益。",
        period="2018-07/2018-12",
    )
    assert not [e for e in ext.entities if "liberdade" in e.id]


# 16. the signing of an agreement spoken of as a noun, by its kind alone (兩市經貿協議之
# 簽署，對本市廠商…當有助益): the agreement told before, no other
def test_an_agreements_signing_spoken_of_is_the_one_told() -> None:
    ext = chapter(
        "十月十二日，陳其邁市長於市府接見熊本市長大西一史一行，雙方並共同簽署「高雄市與熊本市"
        "加強經貿交流協議書」。",
        "熊本市為本市在日本之重要夥伴，兩市經貿協議之簽署，對本市廠商拓展日本市場當有助益。",
        period="2018-07/2018-12",
    )
    assert len(rels(ext, RelType.SIGNED_MOU)) == 1


# 17. what the city does every year, then this year's instance told in the clause after
# (本府每年均組團參加該市某節活動，本年九月亦由秘書處組團參加「第N屆某節」): the trip is
# this year's, dated by that clause
def test_a_yearly_trip_then_this_years_is_dated_by_this_years() -> None:
    ext = chapter(
        "本市與日本熊本市係於民國七十七年締結姊妹市。兩市締結以來，本府每年均組團參加該市火之國祭"
        "活動，本年九月亦由秘書處組團參加「第三十屆火之國祭」花車遊行，頗獲好評。",
        period="2018-07/2018-12",
    )
    (visit,) = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "熊本市"))
    assert visit.properties.get("start") == "2018-09"
