"""Tests of loaders/rules/meetings.py: who met whom (拜會, 會晤, 接見, 晤談, 座談), on which day."""

from __future__ import annotations

import pytest

from graph.model import Extraction, Label, RelType
from loaders.pipeline import extract_bytes
from tests.loaders.rules.helpers import (
    GUEST_TABLE,
    H1_1993,
    H1_2016,
    H1_2019,
    H2_1987,
    KAOHSIUNG,
    KUMAMOTO,
    chapter,
    chapter_h2_1991,
    guest_row,
    named,
    rels,
    visit_starts,
    visitors_chapter,
)


def _chapter_rv35a(*lines: str) -> Extraction:
    text = "\n".join(["貳拾、國際事務", "一、外賓來訪", *lines]) + "\n"
    return extract_bytes(text.encode("utf-8"), "t.txt", H1_1993)


# Form A. A trip told over numbered items: the first says who led which bureaus where and
# when; each later item, not only the next, gives a stop with its own day, the delegation
# (訪團, 代表團, 該團) going on to it. Every stop is visited by the city and by the leader
# named in full, on that stop's day.


def _cities_met(ext: Extraction) -> dict[str, object]:
    """The cities the city met, with the date of each meeting."""
    return {
        m.target: m.properties.get("date") or m.properties.get("start")
        for m in rels(ext, RelType.MET_WITH, source=KAOHSIUNG)
        if m.target.startswith("city:")
    }


# (round 31a)
def test_met_by_name_and_title_after_the_day() -> None:
    ext = chapter(
        "美國丹佛市市長漢考克（Michael Hancock）率經貿訪問團一行14人，於2018年2月23日至25日"
        "來訪，陳市長於2月24日與漢考克市長會晤，就兩市產業合作交換意見。"
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "漢考克"))
    assert [r.properties.get("date") for r in met] == ["2018-02-24"]


# 14. 於與會前 (before attending) is a time between the home official and 接見, not a
# party met (review 31)
def test_received_before_attending_is_a_meeting() -> None:
    ext = chapter(
        "1.日本大阪市副市長田中一郎於3月5日來訪出席「2018國際城市論壇」，由陳市長於與會前接見。"
    )
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "田中一郎"))


# 2. two meetings with one person in one year, on days apart, are two meetings, each
# with its own date (not one meeting dated by the first) (round 33b)
def test_two_meetings_with_one_person_months_apart_stay_two() -> None:
    ext = chapter(
        "1.本府訪團於107年3月5日拜會日本熊本市市長大西一史，就觀光合作交換意見。",
        "2.熊本市市長大西一史率該市代表團一行8人，於107年5月21日至23日來訪，"
        "5月22日與陳市長會談，雙方同意加強青少年交流。",
    )
    mayor = named(ext, "大西一史")
    dates = {
        r.properties.get("date")
        for r in rels(ext, RelType.MET_WITH)
        if mayor in (r.source, r.target)
    }
    assert dates == {"2018-03-05", "2018-05-22"}


# (round 33b)
def test_two_meetings_stay_two_when_one_names_the_person_short() -> None:
    ext = chapter(
        "1.本府訪團於107年3月5日出席會議期間，與紐西蘭威靈頓市市長約翰‧布朗（John Brown）會晤。",
        "2.威靈頓市長布朗來訪",
        "威靈頓市市長約翰‧布朗（John Brown）率該市代表團一行8人，於107年5月21日至23日來訪，"
        "5月22日與陳市長會談。",
    )
    mayor = named(ext, "約翰‧布朗")
    dates = {
        r.properties.get("date")
        for r in rels(ext, RelType.MET_WITH)
        if mayor in (r.source, r.target)
    }
    assert dates == {"2018-03-05", "2018-05-22"}


# 7. a meeting told after an act within a later clause (簽約儀式由某市長主持，某市長並於
# 會後與某局長會談) is on the day of that act (round 34b)
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


# 10. a year opening a quoted name (赴某市參加「二○一八年某某商展」) is the event's: a call
# told after it (，並拜會某市長某某) is dated by the month the sentence opened with (round 34b)
def test_a_call_after_an_event_named_with_its_year_keeps_the_sentences_month() -> None:
    ext = chapter(
        "本年八月，本府經發局曾組團赴熊本市參加「二○一八年熊本國際產業商展」，並拜會熊本市長"
        "大西一史，當面邀請其於國慶期間來訪。",
        period="2018-07/2018-12",
    )
    (met,) = rels(ext, RelType.MET_WITH, target=named(ext, "大西一史"))
    assert met.properties.get("date") == "2018-08"


# 7. a call on a city's government on an itinerary's day is dated that day, not by
# another stop's days (review 34)
def test_a_call_on_a_day_of_the_itinerary_keeps_that_day() -> None:
    ext = chapter_h2_1991(
        "壹、出訪紀要",
        "一、吳市長率團訪問美國西雅圖市及波特蘭市（九月三日至九月九日）",
        "（一）行程紀要（九月三日至六日訪問西雅圖市，九月六日至八日訪問波特蘭市）",
        "九月四日：上午拜會西雅圖市政府，與市長萊斯會談。",
        "九月七日：上午拜會波特蘭市政府，與市長克拉克會談。",
    )
    for city, day in (("西雅圖市", "1991-09-04"), ("波特蘭市", "1991-09-07")):
        for met in rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, city)):
            assert met.properties.get("start") in (day, None)


# 7. an official receiving on another's behalf (由李副市長代表接見, 由秘書長代表市長接見)
# receives the visitor all the same (round 35a)
@pytest.mark.parametrize("receiving", ["由李副市長代表接見", "由李秘書長代表市長接見"])
def test_receiving_on_anothers_behalf_is_a_meeting(receiving: str) -> None:
    ext = chapter(
        f"六、107年4月14日　日本熊本縣熊本市副市長田中一郎率該市國際課職員一行五人蒞府拜會，"
        f"{receiving}，雙方就觀光交流交換意見。"
    )
    guest = named(ext, "田中一郎")
    assert [r for r in rels(ext, RelType.MET_WITH) if guest in (r.source, r.target)], "no meeting"


# 16. a home official hosting a guest at a banquet (陳大明市長設宴款待, 由陳市長親自接待
# 並設宴款待) met him (round 35a)
@pytest.mark.parametrize(
    "sentence",
    [
        "三、107年2月21日至23日　法國里昂市副市長杜邦率市政考察團一行十二人來訪，"
        "二十二日蒞府拜會，陳大明市長設宴款待。",
        "三、2月22日，法國里昂市副市長杜邦率該市經濟界人士一行二十人專程來訪，"
        "由陳大明市長親自接待並設宴款待。",
    ],
)
def test_hosting_a_guest_is_meeting_him(sentence: str) -> None:
    ext = chapter(
        "一、107年1月12日　日本熊本縣議會議長古賀一郎率團蒞府拜會，由市長陳大明親自接見。",
        sentence,
    )
    guest, host = named(ext, "杜邦"), named(ext, "陳大明")
    (met,) = [r for r in rels(ext, RelType.MET_WITH) if guest in (r.source, r.target)]
    assert {met.source, met.target} == {host, guest}
    assert met.properties["date"] == "2018-02-22"


# 11. 甲與乙就某事交換意見: the two sides met (round 35b)
def test_two_sides_exchanging_views_met() -> None:
    ext = chapter(
        "（一）陳其邁市長率團訪問美國邁阿密市（八月三日至八月五日）",
        "第一天（八月三日）：下午抵達邁阿密市，由邁阿密台灣協會（Miami Taiwan Association）"
        "會長史密斯（John Smith）等到機場迎接。晚間出席該協會舉辦之歡迎晚宴，陳其邁市長與"
        "史密斯會長就擴大兩市民間交流交換意見。",
        "第二天（八月四日）：搭機返國。",
    )
    (met,) = rels(ext, RelType.MET_WITH, source=named(ext, "陳其邁"))
    assert met.target == named(ext, "史密斯")
    assert met.properties["date"] == "2018-08-03"


# 17. on a trip abroad, 由某市副市長某某主持 / 由該局副執行長某某親自簡報 opening a clause:
# the city met that official, that day (round 35b)
@pytest.mark.parametrize("name, day", [("瓊斯", "2018-08-03"), ("史密斯", "2018-08-04")])
def test_an_official_hosting_or_briefing_the_delegation_is_met(name: str, day: str) -> None:
    ext = chapter(
        "（一）陳其邁市長率團訪問美國邁阿密市（八月三日至八月五日）",
        "第一天（八月三日）：下午抵達邁阿密市，晚間出席邁阿密市政府歡迎晚宴，"
        "由邁阿密市副市長瓊斯（Mary Jones）主持。",
        "第二天（八月四日）：下午參訪Port of Miami位於海灣畔之貨櫃碼頭，"
        "由該局副執行長史密斯（John Smith）親自簡報港區營運。",
        "第三天（八月五日）：搭機返國。",
    )
    (met,) = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, name))
    assert met.properties["date"] == day


# 18. the mayor receiving the caller in the mayor's office (由韓市長在市長室接見), or
# receiving them in person (由韓市長親自接待): the guest met the city (round 35d)
def test_the_mayor_receiving_in_his_office_or_in_person_is_a_meeting() -> None:
    ext = chapter(
        "日本橫濱市副市長田中次郎於3月7日拜會市府，韓市長在市長室接見並設午宴款待。",
        "日本神戶市議長山本三郎於3月9日拜會市府，由韓市長親自接待。",
        period="2019-01/2019-06",
    )
    for guest in ("田中次郎", "山本三郎"):
        met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, guest))
        assert met, guest


# 5. 交換意見 is the city's meeting only where the city's side talks, and not by letter (review 35)
def test_views_exchanged_by_others_or_by_letter_are_no_meeting() -> None:
    for line in (
        "（一）八十二年三月，日本長崎市市長田中一郎來訪，與吳敦義市長會晤。另韓國釜山市議長金一男"
        "與日本福岡市長就兩市航線交換意見。",
        "（一）八十二年四月，本府以書函與日本長崎市就締結姊妹市事宜交換意見。",
    ):
        ext = visitors_chapter(line)
        assert not rels(ext, RelType.MET_WITH, source=KAOHSIUNG), line


# 10. a mayor called on in another city the visitors went to before is none of ours (review 35)
def test_a_mayor_called_on_elsewhere_is_not_the_citys() -> None:
    ext = visitors_chapter(
        "（一）八十二年四月，韓國釜山市議長金一男率團來訪，並表示該團日前赴日本熊本市時曾拜會"
        "大西一史市長，大西市長對高雄印象深刻。"
    )
    held = [r.target for r in ext.relations if r.type == RelType.HOLDS_TITLE]
    assert KAOHSIUNG not in held
    assert not rels(ext, RelType.MET_WITH, source=KAOHSIUNG)


# 16. the one hosting the city's side at a banquet abroad, named before the verb (受到該市
# 市長某某設宴款待), is who the city met, a person (review 35a)
@pytest.mark.parametrize("host", ["受到該市市長約翰史密斯設宴款待", "由該市市長約翰史密斯設宴款待"])
def test_the_host_of_a_banquet_abroad_is_met(host: str) -> None:
    ext = _chapter_rv35a(f"（一）三月二日，吳市長率團赴美國舊金山市訪問，{host}。")
    (met,) = rels(ext, RelType.MET_WITH)
    assert met.target == named(ext, "約翰史密斯")


# 13. on a trip abroad, received by the host in person (承某市市長某某親自接待): the city
# met that host, not only the host's city (round 36a)
def test_received_in_person_by_the_host_is_a_meeting() -> None:
    ext = chapter(
        "本府於一月率團前往日本考察，先後訪問了神戶及京都二市。"
        "在神戶期間，承神戶市市長笹山幸俊親自接待，雙方交換心得。",
        period="1995-01/1995-06",
    )
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "笹山幸俊"))


# 15. a guest and the city's side going about together, one 陪同 the other (某市市長
# 某某全程陪同本府參觀; 本府陪同州長搭乘港勤船, the guest called by the title named
# before): the city met the guest (round 36a)
def test_a_host_accompanying_the_city_is_met() -> None:
    ext = chapter(
        "本府於一月率團前往日本考察，先後訪問了神戶及京都二市。"
        "京都市市長田邊朋之則全程陪同本府參觀鴨川沿岸的整治工程。",
        period="1995-01/1995-06",
    )
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "田邊朋之"))


# (round 36a)
def test_the_city_accompanying_a_guest_called_by_title_meets_them() -> None:
    ext = chapter(
        "五月間，美國華盛頓州州長布朗（John Brown）率領該州經貿訪問團來訪，"
        "市長陪同州長搭乘港勤船巡視港區。",
        period="1995-01/1995-06",
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "布朗"))
    assert [m.properties.get("date") for m in met] == ["1995-05"]


# 7. a card's account telling a call on the city with no visitor named before it
# (經過：5日上午拜會本府，由李副市長接見): the visitor the card's visitors field names
# first met the one named receiving; received by a title alone (由秘書長接見), no one (round 36b)
def test_a_cards_account_meets_the_first_visitor_listed() -> None:
    ext = chapter(
        "（一）",
        "案由：美國聖地牙哥市副市長來訪",
        "日期：107年3月4日至6日",
        "來訪人員：聖地牙哥市副市長湯姆‧布朗（Tom Brown）、聖地牙哥港務局委員瑪莉‧李（Mary Lee）",
        "經過：5日上午拜會本府，由李副市長接見，雙方就港埠合作交換意見。",
        "（二）",
        "案由：智利瓦爾帕萊索市市長來訪",
        "日期：107.4.9",
        "來訪人員：智利瓦爾帕萊索市市長荷西‧馬丁（Jose Martin）",
        "經過：一行拜會本府，由秘書長接見。",
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "湯姆‧布朗"))
    assert [m.properties.get("date") for m in met] == ["2018-03-05"]
    assert not rels(ext, RelType.MET_WITH, target=named(ext, "瑪莉‧李"))
    assert not rels(ext, RelType.MET_WITH, target=named(ext, "荷西‧馬丁"))


# 16. an official abroad receiving the city's delegation, named right after the verb
# (某市長某某於市政廳接見全體團員): the city met that official, that day (round 36b)
def test_an_official_receiving_the_delegation_met_the_city() -> None:
    ext = chapter(
        "6月5日至9日，本府文化局組團赴加拿大溫哥華市參加「溫哥華國際兒童藝術節」。"
        "6月6日，溫哥華市長羅伯特‧金恩（Robert King）於市政廳接見全體團員，並致贈紀念品。",
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "羅伯特‧金恩"))
    assert [m.properties.get("date") for m in met] == ["2018-06-06"]
    assert not rels(ext, RelType.MET_WITH, target=named(ext, "溫哥華市"))


# 3. a guest coming down to call on the city's government, received by a home official
# named in full (南下拜會市府，由王大明市長親自接見): met that official (round 36d)
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


# 10. a home body's official named in full before the title, on the home side of a
# meeting (與教育局某某局長會談, 由高雄市議會某某議長親自接待): he met the guest (round 36e)
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
# (拜會本府，與王大明秘書長晤談): the city's official, who met the caller (round 36e)
def test_one_met_after_a_call_on_the_government_is_its_official() -> None:
    ext = chapter(
        "一、六月二日，荷蘭貿易投資辦事處代表范德林（Jan van der Linden）專程南下拜會本府，"
        "與王大同秘書長晤談。",
        period="1991-01/1991-06",
    )
    official = named(ext, "王大同")
    assert rels(ext, RelType.HOLDS_TITLE, source=official, target=KAOHSIUNG)
    assert rels(ext, RelType.MET_WITH, source=official, target=named(ext, "范德林"))


# 8. 陪同 before a surname and 市長 that is a foreign mayor's named before (該市議會議長
# 某某陪同吳市長參觀, after 某市市長吳某某), or not the home mayor's surname in the
# period: no meeting of the city; the home mayor's surname still is the city (review 36a)
@pytest.mark.parametrize(
    ("line", "period"),
    [
        (
            "三月十日，韓國釜山市市長吳巨敦率團訪問日本福岡市，"
            "該市議會議長金英植陪同吳市長參觀福岡港。",
            "2018-01/2018-06",
        ),
        (
            "韓國釜山市市長吳巨敦於三月率團來訪，該市議會議長金英植陪同吳市長參觀本市港區。",
            "2018-01/2018-06",
        ),
        (
            "韓國釜山市市長吳巨敦於三月率團來訪，該市議會議長金英植陪同吳市長參觀本市港區。",
            "1995-01/1995-06",
        ),
    ],
)
def test_accompanying_a_foreign_mayor_is_no_meeting_of_the_city(line: str, period: str) -> None:
    ext = chapter(line, period=period)
    assert not rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "金英植"))


# (review 36a)
def test_accompanying_the_home_mayor_by_surname_is_a_meeting() -> None:
    ext = chapter(
        "三月間，韓國釜山市議會議長金英植率團來訪，釜山市議員朴英植陪同陳市長參觀港區。",
    )
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "朴英植"))


# 12. a call told by a surname and post (金課長一行拜會本府): the visitor listed with them
# (review 36b)
def test_a_call_by_surname_and_post_is_the_listed_visitors() -> None:
    ext = chapter(
        "（一）",
        "案由：韓國釜山廣域市訪問團來訪",
        "日期：107年3月20日至22日",
        "來訪人員：釜山廣域市議會議員朴成民、釜山廣域市國際協力課課長金永洙",
        "經過：21日上午金課長一行拜會本府，由王市長接見。",
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG)
    assert [m.target for m in met] == [named(ext, "金永洙")]


# 7. the one met after a call on the city's government is the government's side,
# whatever the title (review 36d)
def test_the_one_met_after_calling_on_the_government_is_its_side() -> None:
    ext = chapter("一、三月五日　美國西雅圖市副市長史密斯率團來訪，拜會本府，與張大山議長晤談。")
    host, guest = named(ext, "張大山"), named(ext, "史密斯")
    assert not rels(ext, RelType.HOLDS_TITLE, source=host, target=named(ext, "西雅圖"))
    assert rels(ext, RelType.MET_WITH, source=host, target=guest)


# 10. a receiving first planned (原訂由…接見) and then given to another (改由…接見) is
# the other's; 市長臨時公出 names no one (review 36d)
def test_a_receiving_planned_then_replaced_is_the_replacements() -> None:
    ext = chapter(
        "〔108.1.10〕日本仙台市市長佐藤一郎昨（九）日上午專程南下拜會市府，原訂由陳其邁市長"
        "親自接見，因市長臨時公出，改由秘書長王大同接見。",
        period=H1_2019,
    )
    guest = named(ext, "佐藤一郎")
    meetings = rels(ext, RelType.MET_WITH)
    assert [(m.source, m.target) for m in meetings] == [(named(ext, "王大同"), guest)]
    assert {r.source for r in rels(ext, RelType.VISITED)} == {guest}


# 13. a home escort (在本府秘書長某某陪同下) is not who received the guest called on
# the mayor; nor did he visit (review 36d)
def test_a_home_escort_is_not_the_host_called_on() -> None:
    ext = chapter(
        "〔108.5.9〕日本仙台市市長佐藤一郎伉儷一行五人，在本府秘書長王大同陪同下，昨（八）日"
        "南下訪問本市，下午拜會陳市長。",
        period=H1_2019,
    )
    guest, escort = named(ext, "佐藤一郎"), named(ext, "王大同")
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=guest)
    assert not rels(ext, RelType.MET_WITH, source=escort)
    assert not rels(ext, RelType.VISITED, source=escort)


# 6. a guest received in the formal style of a written reply (經本府陳副市長接見, 王市長
# 曾予接見, 爰由陳副市長代表接見): the city met the guest (round 37a)
def test_a_guest_received_in_the_formal_style_is_met_by_the_city() -> None:
    for receiving in ("經本府陳副市長接見", "王市長曾予接見並設宴款待", "爰由陳副市長代表接見"):
        ext = chapter(f"澳洲伯斯市市長約翰．史密斯於三月中旬率團來訪，{receiving}。")
        met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "約翰．史密斯"))
        assert [m.properties.get("date") for m in met] == ["2018-03"], receiving


# 2. a guest table's 接見 column naming the home official who received the guest (陳市長,
# 王副市長): the guest met the city that day; a dash (－) names no one, so no meeting (round 37b)
def test_a_guest_tables_receiver_column_tells_the_meeting() -> None:
    ext = chapter(*GUEST_TABLE)
    for name, day in (("山田太郎", "2018-03-05"), ("約翰‧史密斯", "2018-04-11")):
        met = rels(ext, RelType.MET_WITH, target=named(ext, name))
        assert [(m.source, m.properties.get("date")) for m in met] == [(KAOHSIUNG, day)]
    assert not rels(ext, RelType.MET_WITH, target=named(ext, "佐藤花子"))


# 4. a guest received by the head of one of the city's bureaus named by surname and title
# (由建設局黃局長接見): the guest met the city (round 37b)
def test_a_guest_received_by_a_bureau_head_by_surname_met_the_city() -> None:
    ext = chapter(
        "107年10月4日，美國塔科馬港務局局長喬治‧米勒（George Miller）來訪，由工務局林局長接見。",
    )
    met = rels(ext, RelType.MET_WITH, target=named(ext, "喬治‧米勒"))
    assert [(m.source, m.properties.get("date")) for m in met] == [(KAOHSIUNG, "2018-10-04")]


#: A trip card whose summary tells its stops in numbered points, days written alone.


# 12. an official of a unit of the city's government named in full (高雄市政府某局第三科
# 科長), calling on someone abroad: he met him, as the city's own official (round 37b)
def test_an_official_of_a_government_unit_named_in_full_is_the_citys_own() -> None:
    ext = chapter(
        "107年4月10日，本府由高雄市政府經濟發展局第三科科長周建國等赴韓國仁川廣域市考察。",
        "周建國科長並於4月11日拜會仁川廣域市港灣局局長金永洙。",
    )
    met = rels(ext, RelType.MET_WITH, target=named(ext, "金永洙"))
    assert [(m.source, m.properties.get("date")) for m in met] == [
        (named(ext, "周建國"), "2018-04-11")
    ]


# 6. the same guest received, the next sentence telling the home official receiving
# with the time of the day before (…來訪。十一日上午由陳其邁市長於市長室接見): met (round 37d)
def test_a_reception_told_in_the_next_sentence_of_the_coming_is_a_meeting() -> None:
    ext = chapter(
        "加拿大溫哥華市副市長懷特（Mary White）率該市觀光訪問團，於九月十日至十三日來訪。"
        "十一日下午由陳其邁市長在市長室接見，就觀光行銷合作交流。",
        period="2018-07/2018-12",
    )
    met = rels(ext, RelType.MET_WITH, target=named(ext, "懷特"))
    assert [(m.source, m.properties.get("date")) for m in met] == [
        (named(ext, "陳其邁"), "2018-09-11")
    ]


# 12. a day, then talks with someone about making a tie (19日與某主席晤談締盟事宜): the
# day of the talks, not the day a tie was made (round 37d)
def test_talks_about_a_tie_on_a_day_are_dated_that_day() -> None:
    ext = chapter(
        "美國奧斯汀市國際關係委員會主席格林（Anne Green）於一月來函。",
        "觀光局王局長於6月3日至5日赴美國奧斯汀市，4日與格林主席會談締結姊妹市事宜。",
        period="2018-01/2018-06",
    )
    met = rels(ext, RelType.MET_WITH, target=named(ext, "格林"))
    assert [m.properties.get("date") for m in met] == ["2018-06-04"]


# 16. the city's trip told, then the next sentence of its paragraph opening with a day
# within the trip and a meeting with no subject (…於三月二十四日至二十九日訪問某市。二十五
# 日與該市市長某某會晤): the trip's leader met him that day (round 37d)
def test_a_meeting_on_a_day_of_the_trip_told_before_is_its_leaders() -> None:
    ext = chapter(
        "陳其邁市長率觀光局及經發局人員，於七月八日至十二日訪問仙台市。"
        "九日與仙台市長郡和子（Kazuko Kohri）會晤，交換觀光合作意見。",
        period="2019-07/2019-12",
    )
    met = rels(ext, RelType.MET_WITH, target=named(ext, "郡和子"))
    assert [(m.source, m.properties.get("date")) for m in met] == [
        (named(ext, "陳其邁"), "2019-07-09")
    ]


# 21. a sentence opening with a meeting as its time (會晤時陳市長邀請權市長…): the meeting
# told before, no second one (round 37d)
def test_a_meeting_recalled_as_a_time_is_no_meeting_of_its_own() -> None:
    ext = chapter(
        "陳其邁市長率觀光局人員一行九人，於三月二十四日至二十九日訪問大邱市。"
        "二十五日與大邱市長權泳臻（Kwon Young-jin）會晤，並參觀該市地下鐵工程。"
        "會談時陳市長並邀請權市長明年率團出席本府「2020高雄港灣論壇」。",
        period="2019-01/2019-06",
    )
    met = rels(ext, RelType.MET_WITH, target=named(ext, "權泳臻"))
    assert [m.properties.get("date") for m in met] == ["2019-03-25"]


# 3. 訪問期間 dates a meeting by the stay just told, not a later plan in its sentence (review 37a)
def test_a_meeting_during_a_stay_is_not_dated_by_a_plan_after_it() -> None:
    ext = chapter(
        "日本熊本市市長山田太郎於三月十日至十二日率團來訪，並邀請本市於十月間組團回訪。",
        "訪問期間，山田市長拜會陳副市長，雙方就兩市交流交換意見。",
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "山田太郎"))
    assert [(m.properties.get("start"), m.properties.get("end")) for m in met] == [
        ("2018-03-10", "2018-03-12")
    ]


# (review 37a)
def test_a_meeting_during_a_trip_is_not_dated_by_a_return_invitation() -> None:
    ext = chapter(
        "本府由陳副市長率團，於十一月三日至九日赴美國奧克蘭市訪問，並預定於明年三月邀請該市市長回訪。",
        "訪問期間，陳副市長拜會奧克蘭市市長約翰．史密斯，就兩市港埠合作交換意見。",
        period=H2_1987,
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "約翰．史密斯"))
    assert [m.properties.get("start") for m in met] == ["1987-11-03"]


# (review 37a)
def test_a_meeting_during_a_trip_starts_with_the_trip_not_its_return() -> None:
    ext = chapter(
        "本府陳副市長率團於十一月三日赴美國奧克蘭市訪問，十一月九日返國。",
        "訪問期間，陳副市長拜會奧克蘭市市長。",
        period=H2_1987,
    )
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG)
    assert met and all(m.properties.get("start") == "1987-11-03" for m in met)


#: A trip card under the chapter's second section, its summary in two points.


# 8. a guest received by the city council's head named by surname and title after the
# council's full name (由高雄市議會許議長接見): he met the city; no one is named (no
# 議會許 opening inside the council's name) (review 37b)
@pytest.mark.parametrize(
    "received",
    ["由高雄市議會許議長接見並座談", "由高雄市議會許議長接見", "由市議會康議長接見並座談"],
)
def test_a_guest_received_by_the_councils_head_by_surname_met_the_city(received: str) -> None:
    ext = chapter(f"107年4月2日，韓國釜山廣域市議會議長朴成浩來訪，{received}。")
    met = rels(ext, RelType.MET_WITH, target=named(ext, "朴成浩"))
    assert [(m.source, m.properties.get("date")) for m in met] == [(KAOHSIUNG, "2018-04-02")]
    people = {e.name_zh for e in ext.entities if e.label == Label.PERSON}
    assert people == {"朴成浩"}


# 9. a guest table's receiver cell with a note in brackets (陳市長（因公改由王副市長代理）):
# the guest was received, by the one who stood in where the note names one (review 37b)
@pytest.mark.parametrize("receiver", ["陳市長（因公改由王副市長代理）", "王副市長（代理）"])
def test_a_guest_tables_receiver_with_a_note_tells_the_meeting(receiver: str) -> None:
    ext = chapter(*guest_row("親善訪問", receiver))
    met = rels(ext, RelType.MET_WITH, target=named(ext, "金永洙"))
    assert [(m.source, m.properties.get("date")) for m in met] == [(KAOHSIUNG, "2018-04-11")]


# 1. a call on a home official named title first (拜會市長王大明) in a sentence that goes
# nowhere: the city's official, met by the caller, who came (round 39a)
def test_a_call_on_an_official_named_title_first_is_on_the_city() -> None:
    ext = chapter(
        "三月五日，日本仙台市國際交流協會理事長佐藤一郎拜會市長林振華，洽談青少年交流事宜。",
        period="1986-01/1986-06",
    )
    host = named(ext, "林振華")
    guest = named(ext, "佐藤一郎")
    assert rels(ext, RelType.HOLDS_TITLE, source=host, target=KAOHSIUNG)
    assert rels(ext, RelType.MET_WITH, source=host, target=guest) or rels(
        ext, RelType.MET_WITH, source=guest, target=host
    )
    visits = rels(ext, RelType.VISITED, source=guest, target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["1986-03-05"]


# 15. a call on the mayor by the title alone, ending the clause (處長某某到任拜會市長。), as a
# caption writes it: the city met the caller, who came (round 39a)
def test_a_call_on_the_mayor_by_title_alone_is_on_the_city() -> None:
    ext = chapter(
        "圖七　75.8.20　英國貿易文化辦事處高雄分處新任處長大衛‧瓊斯（David Jones）到任拜會市長。",
        period="1986-07/1986-12",
    )
    jones = named(ext, "大衛‧瓊斯")
    visits = rels(ext, RelType.VISITED, source=jones, target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["1986-08-20"]
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=jones)
    assert [m.properties.get("date") for m in met] == ["1986-08-20"]


# 4. dining with the mayor named by surname and title (並與陳市長餐敘): a meeting with
# the city, and 餐敘 no part of a name (no 陳餐敘) (round 39c)
def test_dining_with_the_mayor_is_a_meeting_and_no_name() -> None:
    ext = chapter(
        "107年2月24日澳大利亞西澳州伯斯市副市長Jemma Green（葛林）來訪，"
        "出席燈會活動後並與陳市長餐敘，商談兩市青年交流事宜。",
    )
    met = rels(ext, RelType.MET_WITH, target=named(ext, "Jemma Green"))
    met += rels(ext, RelType.MET_WITH, source=named(ext, "Jemma Green"))
    assert [m.properties.get("date") for m in met] == ["2018-02-24"]
    assert not [e for e in ext.entities if "餐敘" in e.name_zh]


# 1. a mayor named title first, called on or receiving in a sentence after the one telling
# the city's delegation arriving abroad (…抵達某市。九日上午，拜會市長某某; 市長某某在市府
# 接見訪問團): the host city's mayor, met that day, not the city's own (review 39a)
@pytest.mark.parametrize(
    "lines",
    [
        (
            "五月八日，陳市長率本府訪問團抵達日本熊本市。九日上午，拜會市長大西一史，雙方就觀光交流交換意見。",
        ),
        (
            "圖十一　107年5月8日，陳市長率本府訪問團抵達日本熊本市，展開訪問行程。",
            "圖十二　5月9日，陳市長拜會市長大西一史，雙方交換意見。",
        ),
        ("五月八日，本府訪問團抵達日本熊本市。九日，市長大西一史在市府接見訪問團一行。",),
    ],
)
def test_a_mayor_called_on_abroad_after_the_arrival_is_the_host_s(lines: tuple[str, ...]) -> None:
    ext = chapter(*lines)
    mayor = named(ext, "大西一史")
    held = rels(ext, RelType.HOLDS_TITLE, source=mayor, title_zh="市長")
    assert [h.target for h in held] == [KUMAMOTO]
    met = rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=mayor) + rels(
        ext, RelType.MET_WITH, source=mayor, target=KAOHSIUNG
    )
    assert [m.properties.get("date") for m in met] == ["2018-05-09"]


# 6. a guest met again abroad (陳市長於赴日訪問期間再度會晤某某): not on his visit's day
# (review 39b)
def test_a_meeting_abroad_is_not_dated_by_the_guests_visit() -> None:
    ext = chapter(
        "（一）108年3月5日，日本姬路市市長山田一郎來訪，拜會本府。",
        "（二）陳市長於赴日訪問期間再度會晤姬路市市長山田一郎，雙方確認2020年續簽友好交流協議。",
        period=H1_2019,
    )
    for met in rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=named(ext, "山田一郎")):
        assert met.properties.get("date") != "2019-03-05"
        assert met.properties.get("start") != "2019-03-05"


# 7. a dinner planned and called off, or not had (原訂晚間與陳市長餐敘，因班機延誤而取消;
# 未及與陳市長餐敘): no meeting (review 39c)
@pytest.mark.parametrize(
    "sentence",
    [
        "4月10日日本熊本市市長大西一史率團來訪，原訂晚間與陳市長餐敘，因班機延誤而取消。",
        "4月10日日本熊本市市長大西一史率團來訪，因行程緊湊，未及與陳市長餐敘。",
        "4月10日日本熊本市市長大西一史率團來訪，因行程緊湊，未能與陳市長會面。",
        "4月10日日本熊本市市長大西一史率團來訪，原訂晚間與陳市長會晤，後因班機延誤而取消。",
    ],
)
def test_a_dinner_not_had_is_no_meeting(sentence: str) -> None:
    ext = chapter(sentence, period=H1_2016)
    assert not [r for r in ext.relations if r.type == RelType.MET_WITH]
    assert rels(ext, RelType.VISITED, source=named(ext, "大西一史"), target=KAOHSIUNG)


# Form C. On a trip abroad, a call on a section of the government of a city gone to
# (順道拜會某市國際協力課, 拜會某市政府國際交流課) is a call on that city: no body of its
# own is visited. A person met there by the trip's leader, written by surname and title in
# a later item of the trip, is met by the leader named in full.


# 8. a section of the city gone to, called on in passing: only the city is visited (round 40c)
def test_a_call_on_a_section_of_the_city_gone_to_is_no_body_visited() -> None:
    ext = chapter(
        "（三）111年11月2日至4日，海洋局派員前往韓國釜山市，參加「2022釜山國際港灣大會」，"
        "並順道拜會釜山市國際協力課，洽定明年恢復兩市公務員互訪研修。",
        "（四）111年9月5日至8日，觀光局派員赴日本福岡市參加「福岡亞洲旅遊展」，期間並拜會"
        "福岡市政府國際交流課，洽談觀光包機合作。",
        period="2022-07/2022-12",
    )
    visited = {v.target for v in rels(ext, RelType.VISITED, source=KAOHSIUNG)}
    assert visited == {named(ext, "釜山市"), named(ext, "福岡市")}


# 9. the leader by surname and title calling on a governor in the third item of the trip (round 40c)
def test_the_leader_by_surname_meets_in_a_later_item() -> None:
    ext = chapter(
        "（一）陳市長率團訪問日本",
        "1.陳其邁市長於111年11月15日至19日率經發局組團訪問日本。",
        "2.11月16日，訪團抵達大阪市，參觀大阪港。",
        "3.11月17日，訪團轉往兵庫縣，陳市長拜會兵庫縣知事齋藤元彥，就觀光交流交換意見。",
        period="2022-07/2022-12",
    )
    met = rels(ext, RelType.MET_WITH, source=named(ext, "陳其邁"), target=named(ext, "齋藤元彥"))
    assert [m.properties.get("date") for m in met] == ["2022-11-17"]


# Form D. A guest who came on a day meets the city's official the day after, the talk
# told by its topic before the verb (並於翌日與某某市長就某事交換意見): the meeting is on
# that next day, with the official named; the guest's coming keeps its first day.


# 10. 翌日 … 就 … 交換意見, the guest leading a party of his government's officials (率市府
# 官員: his own government, not the city's) (round 40c)
def test_views_exchanged_the_next_day_are_a_meeting_on_that_day() -> None:
    ext = chapter(
        "（一）日本姬路市市長清元秀泰率市府官員一行8人於111年5月11日來訪，並於翌日與陳其邁"
        "市長就觀光包機合作交換意見。",
        period="2022-01/2022-06",
    )
    guest = named(ext, "清元秀泰")
    met = rels(ext, RelType.MET_WITH, source=named(ext, "陳其邁"), target=guest)
    assert [m.properties.get("date") for m in met] == ["2022-05-12"]
    assert visit_starts(ext, named(ext, "姬路市"), KAOHSIUNG) == ["2022-05-11"]


# 11. another wording: a delegation of a city's council and citizens, 於翌日 after a comma,
# the topic longer, another year's mayor (round 40c)
def test_views_exchanged_the_next_day_by_a_delegations_leader() -> None:
    ext = chapter(
        "1.日本愛媛縣松山市野志克仁市長率該市議員及市民訪問團共25人，於100年4月9日來訪，"
        "並於翌日與陳菊市長就兩市青少年體育及文化交流交換意見。",
        period="2011-01/2011-06",
    )
    guest = named(ext, "野志克仁")
    met = rels(ext, RelType.MET_WITH, source=named(ext, "陳菊"), target=guest)
    assert [m.properties.get("date") for m in met] == ["2011-04-10"]
    assert visit_starts(ext, named(ext, "松山市"), KAOHSIUNG) == ["2011-04-09"]


# Form E. A meeting of the city with several cities, no one of them named: their officials
# or delegations written once after a list (與甲市、乙市市長分別舉行視訊會談, 會議期間與
# 甲市、乙州代表團會晤), or the cities themselves as the other side of a talk named in
# quotes (以視訊方式與甲市及乙市進行「城市首長線上對談」) or of a meeting told by its level
# (與某市某課召開工作層級視訊會議): the city met each city, on the day told.


# 12. mayors of a list of cities, each with its country, met by video (分別舉行視訊會談) (round 40c)
def test_the_mayors_of_a_list_of_cities_are_each_met() -> None:
    ext = chapter(
        "（二）107年9月12日，本府與日本橫濱市、韓國釜山市市長分別舉行視訊會談，就防疫經驗"
        "交換意見。",
        period="2018-07/2018-12",
    )
    met = _cities_met(ext)
    assert met == {named(ext, "橫濱市"): "2018-09-12", named(ext, "釜山市"): "2018-09-12"}


# 13. delegations of a list of cities met on the sidelines of a summit abroad (會議期間) (round 40c)
def test_the_delegations_of_a_list_of_cities_are_each_met() -> None:
    ext = chapter(
        "（三）107年10月3日至5日，林副市長赴新加坡出席「2018世界城市高峰會」，會議期間與"
        "日本福岡市、馬來西亞檳城州代表團會晤。",
        period="2018-07/2018-12",
    )
    assert set(_cities_met(ext)) == {named(ext, "福岡市"), named(ext, "檳城州")}


# 14. cities as the other side of a talk named in quotes, the clause going on with the
# sentence's subject (…參加「…」，並於3月23日以視訊方式與…進行「…對談」) (round 40c)
def test_cities_of_a_quoted_talk_are_each_met() -> None:
    ext = chapter(
        "（一）111年3月22日至25日，本府經發局籌組高雄館參加「2022智慧城市展」，並於3月23日"
        "以視訊方式與日本橫濱市及美國聖荷西市進行「城市首長線上對談」。",
        "（二）111年5月6日，本府秘書處以線上方式與德國漢堡市、荷蘭鹿特丹市舉行「港灣城市"
        "視訊會談」，交流港口減碳經驗。",
        period="2022-01/2022-06",
    )
    met = _cities_met(ext)
    assert met == {
        named(ext, "橫濱市"): "2022-03-23",
        named(ext, "聖荷西市"): "2022-03-23",
        named(ext, "漢堡市"): "2022-05-06",
        named(ext, "鹿特丹市"): "2022-05-06",
    }


# 15. a meeting told with its level (召開工作層級視訊會議, 舉行首長層級線上會議) with a
# section or bureau of a city: that city met (round 40c)
def test_a_meeting_told_with_its_level_is_one() -> None:
    ext = chapter(
        "（一）111年4月8日，本府秘書處與韓國釜山廣域市國際協力課召開工作層級視訊會議，"
        "討論恢復公務員研修。",
        "（二）111年5月9日，本府海洋局與日本橫濱市港灣局舉行首長層級線上會議，交流港口減碳經驗。",
        period="2022-01/2022-06",
    )
    met = _cities_met(ext)
    assert met == {named(ext, "釜山廣域市"): "2022-04-08", named(ext, "橫濱市"): "2022-05-09"}


# Form G. A foreign guest received here by an official of the city's council named in
# full, written with the council before him, the title before or after his name (由高雄市
# 議會議長某某接見), or called on by the guest (拜會高雄市議會某某議長): the guest met him.


# 18. received by the council's speaker, the title before his name (round 40c)
def test_a_guest_received_by_the_councils_speaker_titled_first_met_him() -> None:
    ext = chapter(
        "（二）日本大阪市議會議長山本太郎於100年11月5日率議員一行來訪，由高雄市議會議長許崑源"
        "接見。",
        period="2011-07/2011-12",
    )
    met = rels(ext, RelType.MET_WITH, source=named(ext, "許崑源"), target=named(ext, "山本太郎"))
    assert [m.properties.get("date") for m in met] == ["2011-11-05"]


# 19. the guest calling on the council's speaker, named after the verb (另拜會…議長) (round 40c)
def test_a_guest_calling_on_the_councils_speaker_met_him() -> None:
    ext = chapter(
        "（一）美國長灘市副市長蘇珊‧羅文索於100年10月13日來訪參加「2011港灣城市論壇」。論壇"
        "結束後，羅文索副市長另拜會高雄市議會許崑源議長，就兩市議會交流交換意見。",
        "（二）泰國曼谷市副市長頌猜於100年12月3日來訪，並拜會高雄市議會議長許崑源。",
        period="2011-07/2011-12",
    )
    speaker = named(ext, "許崑源")
    for guest in ("蘇珊‧羅文索", "頌猜"):
        assert rels(ext, RelType.MET_WITH, source=speaker, target=named(ext, guest)), guest


# 20. on the sidelines of a summit abroad, experience exchanged with the representatives
# of a list of cities closed by 等 and their kind (另與甲市、乙州等與會城市代表交換城市治理
# 經驗, 會中與甲市、乙市等城市代表交換…心得): the city met each (round 40c)
def test_experience_exchanged_with_a_list_of_cities_representatives_is_a_meeting() -> None:
    ext = chapter(
        "（一）100年11月3日至5日，陳菊市長率團赴澳洲布里斯本市出席「亞太城市高峰會」。會議"
        "期間，另與日本福岡市、馬來西亞檳城州等與會城市代表交換城市治理經驗。",
        "（二）100年9月7日至9日，林副市長赴韓國仁川市出席「世界城市論壇」，會中與日本北九州"
        "市、泰國曼谷市等城市代表交換智慧城市發展心得。",
        period="2011-07/2011-12",
    )
    cities = {"福岡市", "檳城州", "北九州市", "曼谷市"}
    assert set(_cities_met(ext)) == {named(ext, city) for city in cities}


# Form H. A guest's coming told with the city's official not receiving him (陳市長因公未能
# 接見，由秘書長代為接待; 無法親自接見，改由某副市長接見): the guest still came, and the one
# who received him met him, not the official who could not.


# 22. the mayor named in full could not receive; a deputy by surname did: the city met (round 40c)
def test_the_official_who_could_not_receive_met_no_one() -> None:
    ext = chapter(
        "（二）日本京都市副市長山田一郎於111年10月3日來訪，陳其邁市長因公未克接見，改由林"
        "副市長代表接見。",
        period="2022-07/2022-12",
    )
    guest = named(ext, "山田一郎")
    assert not rels(ext, RelType.MET_WITH, source=named(ext, "陳其邁"), target=guest)
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=guest)


# 2. the place a meeting was held at, written after 於/在 before 與 whom (於某市與乙市市長
# 會晤, 在日本甲市與韓國乙市、丙市副市長分別會晤): where, not a city met (review 40c)
def test_the_place_a_meeting_was_held_at_is_no_city_met() -> None:
    ext = chapter(
        "（一）100年11月4日，陳菊市長於東京都與釜山市市長會晤，就兩市觀光交流交換意見。",
        "（二）100年12月2日，劉副市長出席在日本福岡市舉辦之「亞洲城市論壇」，期間在福岡市與"
        "韓國仁川市、釜山市副市長分別會晤。",
        "（三）100年12月9日，劉副市長在日本大阪市與韓國仁川市副市長會晤。",
        period="2011-07/2011-12",
    )
    met = {
        (m.target, m.properties.get("date")) for m in rels(ext, RelType.MET_WITH, source=KAOHSIUNG)
    }
    assert met == {
        (named(ext, "釜山市"), "2011-11-04"),
        (named(ext, "仁川市"), "2011-12-02"),
        (named(ext, "釜山市"), "2011-12-02"),
        (named(ext, "仁川市"), "2011-12-09"),
    }


# 3. a foreign delegation's talk with other cities, its clause mentioning the city
# (參加本府主辦之「…」, 拜會本府經發局): the delegation's, no meeting of the city (review 40c)
def test_a_foreign_delegations_talk_with_other_cities_is_not_the_citys() -> None:
    ext = chapter(
        "（一）111年3月22日至25日，日本橫濱市代表團參加本府主辦之「2022智慧城市展」，並於3月23日"
        "以視訊方式與美國聖荷西市進行「城市首長線上對談」。",
        "（二）111年4月6日，韓國釜山市經濟代表團拜會本府經發局，另與德國漢堡市、荷蘭鹿特丹市"
        "舉行「港灣城市視訊會談」。",
        period="2022-01/2022-06",
    )
    assert not rels(ext, RelType.MET_WITH, source=KAOHSIUNG)


# (review 40c)
def test_a_foreign_delegations_views_exchanged_with_a_list_is_not_the_citys() -> None:
    ext = chapter(
        "（一）100年11月3日至5日，日本熊本市議會訪問團來訪，參加本府主辦之「港灣城市論壇」，會中"
        "與韓國釜山市、馬來西亞檳城州等與會城市代表交換城市治理經驗。",
        period="2011-07/2011-12",
    )
    assert not rels(ext, RelType.MET_WITH, source=KAOHSIUNG)


# 11. the official named in full who could not receive a guest, another received by title
# alone (陳菊市長因公未克接見，改由本府秘書長代表接見): he met no one, the city did; cities
# met in turn on the days written in turn (分別於9月12日及10月3日與甲市、乙市市長…) (review 40c)
def test_the_official_who_could_not_receive_met_no_one_whoever_received() -> None:
    ext = chapter(
        "（二）日本京都市副市長山田一郎於100年10月3日來訪，陳菊市長因公未克接見，改由本府秘書長"
        "代表接見。",
        period="2011-07/2011-12",
    )
    guest = named(ext, "山田一郎")
    mayor = named(ext, "陳菊")
    assert not rels(ext, RelType.MET_WITH, source=mayor, target=guest)
    assert not rels(ext, RelType.MET_WITH, source=guest, target=mayor)
    assert rels(ext, RelType.MET_WITH, source=KAOHSIUNG, target=guest)


# (review 40c)
def test_cities_met_in_turn_are_met_on_the_days_in_turn() -> None:
    ext = chapter(
        "（二）本府分別於107年9月12日及10月3日與日本橫濱市、韓國釜山市市長舉行視訊會談，就防疫"
        "經驗交換意見。",
        period="2018-07/2018-12",
    )
    met = {
        m.target: m.properties.get("date") for m in rels(ext, RelType.MET_WITH, source=KAOHSIUNG)
    }
    assert met == {named(ext, "橫濱市"): "2018-09-12", named(ext, "釜山市"): "2018-10-03"}


# People met in turn on the days told after 分別, in the meeting's clause or earlier in
# its sentence, each on theirs (written blind: 109b); the list after 與 is no guest list
@pytest.mark.parametrize(
    "line",
    [
        "陳市長分別於5月20日及6月5日與日本岡山市市長大森雅夫、韓國大邱廣域市市長權泳臻"
        "舉行視訊會談。",
        "陳市長分別於5月20日及6月5日，與日本岡山市市長大森雅夫（Masao Omori）及韓國大邱"
        "廣域市市長權泳臻進行視訊會談，就疫後觀光交換意見。",
        "教育局、海洋局分別於5月20日及6月5日，與日本岡山市市長大森雅夫、韓國大邱廣域市"
        "市長權泳臻舉行視訊會議，討論線上教學。",
    ],
)
def test_people_met_in_turn_each_on_their_day(line: str) -> None:
    ext = chapter(line)
    days = {
        r.target: r.properties.get("date") for r in rels(ext, RelType.MET_WITH, source=KAOHSIUNG)
    }
    assert days == {named(ext, "大森雅夫"): "2018-05-20", named(ext, "權泳臻"): "2018-06-05"}
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)


def test_days_of_another_doing_told_in_turn_date_no_meeting() -> None:
    """(review 43) 分別於d1及d2出訪…，返國後與甲、乙…視訊會談: the days are the trips'."""
    ext = chapter(
        "陳市長分別於5月20日及6月5日出訪日本及韓國，返國後與日本岡山市市長大森雅夫、韓國大邱"
        "廣域市市長權泳臻進行視訊會談。"
    )
    days = [r.properties.get("date") for r in rels(ext, RelType.MET_WITH, source=KAOHSIUNG)]
    assert len(days) == 2 and days[0] == days[1]
