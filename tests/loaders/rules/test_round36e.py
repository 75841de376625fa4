"""Round 36e: forms of text read on the 080, 083 and 078 held-out chapters (an official
letter, itineraries of delegations abroad, annex tables), each tested on invented
sentences of the same form."""

from __future__ import annotations

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. a Japanese surname opening with a word of the sentence (與那嶺, 和田, 及川) or
# holding one (加藤): the name after a title opens with it all the same
def test_a_japanese_surname_opening_with_a_word_of_the_sentence_opens_a_name() -> None:
    ext = chapter(
        "一、一月十日　日本宜野灣市助役與儀健一率該市觀光課課長新垣和夫等一行四人蒞府拜會，"
        "由黃副市長代表接見。",
        "二、二月十日　日本長崎市副市長和田次郎率團來訪，由陳市長接見。",
        "三、三月十日　日本橫濱市副市長加藤一郎率團來訪，由陳市長接見。",
        "四、四月十日　日本福岡市助役及川四郎率團來訪，由陳市長接見。",
    )
    for name in ("與儀健一", "和田次郎", "加藤一郎", "及川四郎"):
        assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, name)), name
        assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, name)), name


# 2. a table of agreements under a heading alone, no header naming its columns: lines of
# a date (or a status), the two parties joined by a dash, the agreement, how it stands
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
# (某州立大學與國立某某大學簽署…)
def test_a_foreign_body_opening_a_signing_clause_is_the_signer() -> None:
    ext = chapter(
        "附表四　本期協定簽署情形",
        "80/4/9｜西雅圖大學－國立成功大學｜學術交流協定｜已簽署",
        period="1991-01/1991-06",
    )
    signed = rels(ext, RelType.SIGNED_MOU, target=named(ext, "國立成功大學"))
    assert [r.source for r in signed] == [named(ext, "西雅圖大學")]


# 4. a body's people told as guests, then 與 + another body + 簽署 with no subject: the
# guests' body signs with it (某大學校長某某率團來訪，與國立某某大學簽署…)
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
# (依本年三月兩市簽署之港灣交流協議): the one dated in full under its whole title
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


# 6. a guest table's row dated in slashes (80/5/5；…): the school its guests came from
# opens the row after the date, and visiting 姊妹校 + a home school is that tie
def test_a_guest_row_dated_in_slashes_opens_with_the_visiting_school() -> None:
    ext = chapter(
        "附表一　重要外賓來訪紀要",
        "（日期；國別／城市；訪賓；事由）",
        "1.80/5/5~5/9；日本福岡市；福岡高等學校校長山本一郎率該校師生20人；"
        "回訪姊妹校市立前鎮高級中學，並參觀市政",
        period="1991-01/1991-06",
    )
    ties = rels(ext, RelType.SISTER_SCHOOL_OF, target=named(ext, "福岡高等學校"))
    assert [r.source for r in ties] == [named(ext, "市立前鎮高級中學")]


# 7. an itinerary's day line opening with its day and bracketed date (第四天（五月六日）：):
# the date opens the line, and the official after it is who acts
def test_an_itinerary_day_label_opens_the_line_as_its_date() -> None:
    ext = chapter(
        "二、王副市長率團訪問韓國大邱直轄市（五月三日至五月八日）",
        "第四天（五月六日）：王副市長出席大邱直轄市主辦之「一九九一年大邱觀光博覽會」開幕式。",
        period="1991-01/1991-06",
    )
    event = named(ext, "一九九一年大邱觀光博覽會")
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)


# 8. a day line of a trip's itinerary (a sub-item under the trip's heading) that names
# no one: the delegation did what it tells (應某市之邀，出席…)
def test_a_day_line_naming_no_one_is_the_delegations_act() -> None:
    ext = chapter(
        "二、王副市長率團訪問韓國大邱直轄市（五月三日至五月八日）",
        "（二）行程紀要",
        "第三天（五月五日）：應大邱直轄市之邀，出席該市主辦之「一九九一年大邱市民日」慶祝大會。",
        period="1991-01/1991-06",
    )
    event = named(ext, "一九九一年大邱市民日")
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)
    assert rels(ext, RelType.INVITED, source=named(ext, "大邱直轄市"), target=KAOHSIUNG)


# 9. 該處 before the verb of holding an event (出席該處假某飯店主辦之「…」): the office
# (某辦事處) named before holds it, its whole name read, no body called 該處
def test_that_office_holding_an_event_is_the_office_named_before() -> None:
    ext = chapter(
        "一、五月三十日，英國在台辦事處處長史密斯（John Smith）邀請本府出席該處假本市漢來飯店"
        "主辦之「英國商品展示說明會」。",
        period="1991-01/1991-06",
    )
    event = named(ext, "英國商品展示說明會")
    hosts = rels(ext, RelType.HOSTED, target=event)
    assert [r.source for r in hosts] == [named(ext, "英國在台辦事處")]


# 10. a home body's official named in full before the title, on the home side of a
# meeting (與教育局某某局長會談, 由高雄市議會某某議長親自接待): he met the guest
def test_a_home_bureau_head_named_in_full_meets_the_guest() -> None:
    ext = chapter(
        "一、八月二日，韓國大邱直轄市教育委員會教育監金正植率該市中學校長一行十人來訪，"
        "與教育局陳小明局長會談。",
        "二、六月三日，釜山直轄市議會議長朴正浩率團來訪，由高雄市議會張大山議長親自接待並設宴款待。",
        period="1991-01/1991-06",
    )
    for host, guest in (("陳小明", "金正植"), ("張大山", "朴正浩")):
        met = rels(ext, RelType.MET_WITH, source=named(ext, host), target=named(ext, guest))
        assert met, host


# 11. a call on the city's government, then 與 + a name before a home title + 晤談
# (拜會本府，與王大明秘書長晤談): the city's official, who met the caller
def test_one_met_after_a_call_on_the_government_is_its_official() -> None:
    ext = chapter(
        "一、六月二日，荷蘭貿易投資辦事處代表范德林（Jan van der Linden）專程南下拜會本府，"
        "與王大同秘書長晤談。",
        period="1991-01/1991-06",
    )
    official = named(ext, "王大同")
    assert rels(ext, RelType.HOLDS_TITLE, source=official, target=KAOHSIUNG)
    assert rels(ext, RelType.MET_WITH, source=official, target=named(ext, "范德林"))


# 12. a place the data knows bare, then its suffix written twice with the title (某某省
# 省長): the governor of 某某省, with the title 省長, not 省省長
def test_a_suffix_written_again_with_the_title_belongs_to_the_place() -> None:
    ext = chapter(
        "一、八十三年六月十五日　巴拿馬科隆省省長羅培茲（Carlos López）蒞府拜會。",
        period="1994-01/1994-06",
    )
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "羅培茲"))
    assert [(r.properties.get("title_zh"), r.target) for r in held] == [
        ("省長", named(ext, "科隆省"))
    ]


# 13. the city's official named in full as the one it sends or who goes abroad (本府派
# 秘書處某某科長赴某市, 本府某某秘書長赴某市): he VISITED the place, beside the city
def test_an_official_the_city_sends_abroad_visited_the_place() -> None:
    ext = chapter(
        "一、十二月五日，本府派秘書處陳小明科長赴馬來西亞吉隆坡，參加某聯盟主辦之"
        "「一九九一年亞太城市研討會」。",
        "二、十一月三日，泰國清邁市長頌猜來訪，由本府秘書長王大同接見。",
        "三、十二月二日，本府王大同秘書長赴泰國清邁市，與該市市長會晤。",
        period="1991-07/1991-12",
    )
    for person, place in (("陳小明", "吉隆坡"), ("王大同", "清邁市")):
        assert rels(ext, RelType.VISITED, source=named(ext, person), target=named(ext, place))


# 14. the official the city sends abroad (本府派秘書處某某科長赴某市，參加「…」) attends
# what the city attends there
def test_an_official_the_city_sends_attends_its_event() -> None:
    ext = chapter(
        "一、十二月五日，本府派秘書處陳小明科長赴馬來西亞吉隆坡，參加某聯盟主辦之"
        "「一九九一年亞太城市研討會」。",
        period="1991-07/1991-12",
    )
    event = named(ext, "一九九一年亞太城市研討會")
    assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "陳小明"), target=event)


# 15. an inviter whose name closes with its gloss (應某某協會（Some Association）之邀):
# the body invited the city to the event it holds
def test_an_inviter_closed_by_its_gloss_invites_the_city() -> None:
    ext = chapter(
        "一、六月五日至十一日，本府由秘書處及民政局共同組團，應西雅圖海洋節協會（Seattle Seafair "
        "Association）之邀，赴西雅圖市參加該協會主辦之「第四十屆海洋節」，參與花車大遊行。",
        period="1991-01/1991-06",
    )
    inviter = named(ext, "西雅圖海洋節協會")
    assert rels(ext, RelType.INVITED, source=inviter, target=KAOHSIUNG)


# 16. 前來 (came) before a body and a title (會晤前來觀禮之某市助役某某) is no 前 of a
# former post: the title is held now
def test_came_forth_before_a_title_is_no_former_post() -> None:
    ext = chapter(
        "一、十月五日，黃副市長出席大邱直轄市主辦之「一九九一年大邱市民日」慶祝大會；"
        "會後黃副市長會晤前來觀禮之日本福岡市助役田中一郎。",
        period="1991-07/1991-12",
    )
    held = rels(ext, RelType.HOLDS_TITLE, source=named(ext, "田中一郎"))
    assert held
    assert not any(r.properties.get("former") for r in held)


# 17. one qualified as come to witness what was just told (會晤前來觀禮之某市助役某某):
# he attended the event the sentence named
def test_one_who_came_to_witness_attended_the_event() -> None:
    ext = chapter(
        "一、十月五日，黃副市長出席大邱直轄市主辦之「一九九一年大邱市民日」慶祝大會；"
        "會後黃副市長會晤前來觀禮之日本福岡市助役田中一郎。",
        period="1991-07/1991-12",
    )
    event = named(ext, "一九九一年大邱市民日")
    assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "田中一郎"), target=event)


# 18. a home team led by the staff of one of the city's bureaus (某國小少棒隊由教育局派員
# 帶隊…參加「…」): the city takes part too
def test_a_team_led_by_a_bureaus_staff_brings_the_city() -> None:
    ext = chapter(
        "一、二月二十六日至三月一日，本市光華國小少棒隊應長崎市之邀，由教育局派員帶隊赴日本長崎市，"
        "參加長崎市少年棒球聯盟主辦之「一九九一年長崎國際少年棒球邀請賽」，榮獲亞軍。",
        period="1991-01/1991-06",
    )
    event = named(ext, "一九九一年長崎國際少年棒球邀請賽")
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=event)
