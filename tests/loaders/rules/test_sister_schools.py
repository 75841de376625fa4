"""Tests of loaders/rules/sister_schools.py: ties between the city's schools and schools
abroad (締結姊妹校), and the schools' names."""

from __future__ import annotations

import pytest

from graph.model import RelType, TieStatus
from tests.loaders.rules.helpers import (
    H1_2016,
    H1_2019,
    KAOHSIUNG,
    SCHOOL_DAY,
    chapter,
    named,
    rels,
)


# (round 31b)
def test_a_visitor_from_a_school_going_to_one_of_the_city_to_talk_of_a_tie() -> None:
    """「美國某州立大學副校長某某來訪，並前往國立某某大學洽談締結姊妹校事宜」: the two
    schools are negotiating."""
    got = chapter(
        "5月20日，美國西雅圖太平洋大學（Seattle Pacific University）副校長史東（Mark Stone）"
        "來訪，並前往國立高雄大學洽談締結姊妹校事宜，締約細節仍在協商中。"
    )
    ties = rels(got, RelType.SISTER_SCHOOL_OF)
    pairs = [({r.source, r.target}, r.properties.get("status")) for r in ties]
    assert pairs == [({named(got, "國立高雄大學"), named(got, "西雅圖太平洋大學")}, "negotiating")]


# (round 32a)
def test_a_tie_pursued_in_a_heading_whose_text_tells_talks_is_negotiating() -> None:
    """3.推動某國中與某中學締結姊妹校, its text 雙方就締結姊妹校事宜進行洽談，刻正協商
    協定內容: the tie is being negotiated, not only planned."""
    got = chapter(
        "3.推動前鎮國中與大阪天王寺中學締結姊妹校",
        "陳市長訪問大阪期間，本市前鎮國中校長隨團拜訪大阪天王寺中學，雙方就締結姊妹校事宜"
        "進行洽談，目前刻正協商協定內容。",
        period="2018-07/2018-12",
    )
    assert rels(got, RelType.SISTER_SCHOOL_OF, status=TieStatus.NEGOTIATING)


# 8. a school tie told with its time and 由 before the schools: no part of a name (round 33c)
def test_the_time_and_由_before_a_school_are_no_part_of_its_name() -> None:
    ext = chapter("兩市並於本年三月由市立仁愛中學與仁川高等學校締結為姊妹校，交流層面日益擴大。")
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF)
    names = {e.id: e.name_zh for e in ext.entities}
    assert {names[tie.source], names[tie.target]} == {"市立仁愛中學", "仁川高等學校"}


# 4. talks on a sister-school tie written after it (雙方已就締結姊妹校事宜展開洽談): the tie
# is being negotiated, not made (review 33a)
@pytest.mark.parametrize(
    "sentence",
    [
        "市立前鎮國民中學與日本福岡市博多女子中學已就締結姊妹校事宜展開洽談。",
        "本市前鎮國中與日本福岡市博多女子中學互通書信多年，雙方已就締結姊妹校一事進行協商。",
    ],
)
def test_talks_on_a_school_tie_written_after_it(sentence: str) -> None:
    ext = chapter(sentence)
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert tie.properties["status"] == "negotiating"
    assert "since" not in tie.properties


# 21. a school is known by its short form and its full one (某某高中 / 某某高級中學, 某某國中
# / 某某國民中學, 某某女中 / 某某女子中學): one name as the other (review 33a)
@pytest.mark.parametrize(
    ("sentence", "full"),
    [
        ("（一）前鎮高中與日本博多高中締結姊妹校", ("前鎮高級中學", "博多高級中學")),
        ("（二）前鎮國中與韓國大邱市慶北女中洽談締結姊妹校", ("前鎮國民中學", "慶北女子中學")),
    ],
)
def test_a_school_is_known_by_its_full_form(sentence: str, full: tuple[str, str]) -> None:
    ext = chapter(sentence)
    ours, theirs = (named(ext, name) for name in full)
    assert rels(ext, RelType.SISTER_SCHOOL_OF, source=ours, target=theirs)


# 28. a school named short in an item's heading (前鎮高中與美國博多高中締結姊妹校) and in
# full in its text (市立前鎮高級中學, 日本福岡市博多高級中學): one school each, one tie (review 33a)
def test_schools_of_a_heading_named_in_full_below_are_one() -> None:
    ext = chapter(
        "（一）前鎮高中與日本博多高中締結姊妹校",
        "日本福岡市博多高級中學校長山田一郎率該校師生二十人，於5月10日至16日來訪，並於5月12日"
        "與市立前鎮高級中學簽訂姊妹校協定。",
    )
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert tie.properties.get("since") == "2018-05-12"


# (review 33a)
def test_a_school_named_with_its_city_in_a_heading_is_the_one_below() -> None:
    ext = chapter(
        "（二）前鎮國中與大邱慶北女中洽談締結姊妹校",
        "市立前鎮國民中學與韓國大邱市慶北女子中學自去年起即互通書信，雙方已就締結姊妹校事宜展開洽談。",
    )
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert tie.properties["status"] == "negotiating"


# 29. a school from abroad calling on a school of the city, both sides then agreeing on a
# tie (某州立高中副校長…來訪，參觀市立某高中，雙方商定於明年三月締結姊妹校) (review 33a)
def test_a_school_called_on_then_tied_by_both_sides() -> None:
    ext = chapter(
        "雪梨州立高級中學（Sydney State High School）副校長哈里斯（Graham Harris）於8月28日來訪，"
        "參觀市立前鎮高級中學，雙方商定於明年三月締結姊妹校，初期將以師生短期互訪方式進行交流。"
    )
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert {tie.source, tie.target} == {named(ext, "前鎮高級中學"), named(ext, "雪梨州立高級中學")}
    assert tie.properties["status"] == "planned"


# 30. a school of the city returning a visit to the school it tied with, qualified by the
# tie (市立某高中師生…赴某市，回訪本年5月締結姊妹校之某高中): the tie, since that month, and
# the school visited (review 33a)
def test_a_return_visit_to_the_school_tied_with() -> None:
    ext = chapter(
        "市立前鎮高級中學師生十六人於7月24日至8月2日赴日本福岡市，回訪本年5月締結姊妹校之博多"
        "高級中學，期間寄宿當地家庭。"
    )
    ours, theirs = named(ext, "前鎮高級中學"), named(ext, "博多高級中學")
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF, source=ours, target=theirs)
    assert tie.properties.get("since") == "2018-05"
    (went,) = rels(ext, RelType.VISITED, source=ours, target=theirs)
    assert (went.properties["start"], went.properties["end"]) == ("2018-07-24", "2018-08-02")


# (round 34a)
def test_a_school_written_with_the_home_word_is_the_citys_school() -> None:
    # 由本市某高中校長某某與該校校長某某簽署: the city's school by its name, no 本市
    got = chapter("五月五日，由本市前鎮高中校長王德明與美國林肯高中校長簽署締結姊妹校協定。")
    school = named(got, "前鎮高中")
    assert rels(got, RelType.HOLDS_TITLE, source="person:王德明", target=school)
    assert not [e for e in got.entities if e.name_zh.startswith("本市")]


# (round 34a)
def test_a_tie_agreed_on_and_to_be_signed_later_is_planned() -> None:
    # 就甲與乙締結…事宜達成共識，預定明年簽約: not yet made
    got = chapter(
        "八月二日，日本熊本市教育長山田一郎來訪，就前鎮國中與該市城東中學締結姊妹校事宜達成共識，"
        "預定明年春季簽約。",
        "八月三日，雙方就兩市締結友好城市事宜達成共識，預定明年簽約。",
        period="1991-07/1991-12",
    )
    schools = rels(got, RelType.SISTER_SCHOOL_OF)
    assert schools and all(r.properties["status"] == "planned" for r in schools)
    ties = rels(got, RelType.FRIENDSHIP_CITY_OF)
    assert ties and all(r.properties["status"] == "planned" for r in ties)


# (round 34a)
def test_a_tie_case_to_be_signed_later_is_planned() -> None:
    # 甲校與乙校之姊妹校案，則預定於明年簽約: the case is not yet signed
    got = chapter(
        "姊妹校：前鎮國中與熊本市城東中學之姊妹校案，則預定於明年春季簽約。",
        period="1991-07/1991-12",
    )
    schools = rels(got, RelType.SISTER_SCHOOL_OF)
    assert schools and all(r.properties["status"] == "planned" for r in schools)


# 5. a home school named after 本市 in a run of words (某局王局長率本市某高中師生…, 另代本市
# 某大學轉達…) is named from 本市 on, and is the home side of its tie (round 35a)
def test_a_home_school_named_after_the_city_word_in_a_run() -> None:
    ext = chapter(
        "三、107.5.3～5.8　本府教育局王局長率本市三民高級中學師生一行二十人赴日本熊本市訪問，"
        "並於五月五日與熊本縣立濟濟黌高等學校簽訂姊妹校協定。",
        "四、訪問團另代本市國立高雄大學轉達與熊本大學締結姊妹校之意願，目前兩校正洽談中。",
    )
    ties = rels(ext, RelType.SISTER_SCHOOL_OF)
    names = {
        frozenset(e.name_zh for e in ext.entities if e.id in (r.source, r.target)) for r in ties
    }
    assert names == {
        frozenset({"三民高級中學", "熊本縣立濟濟黌高等學校"}),
        frozenset({"國立高雄大學", "熊本大學"}),
    }
    wished = [r for r in ties if "since" not in r.properties]
    assert [r.properties["status"] for r in wished] == ["negotiating"]


# 6. a tie named as what is wished (轉達締結姊妹校之意願) with no talks told is planned (round 35a)
def test_a_school_tie_wished_for_is_planned() -> None:
    ext = chapter("四、本府代本市三民高級中學轉達與熊本大學締結姊妹校之意願。")
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert tie.properties["status"] == "planned"


# (round 35a)
def test_a_city_founded_school_keeps_its_founders_name() -> None:
    ext = chapter("1.107年5月3日，本市三民高中與熊本市立必由館高等學校簽訂姊妹校協定。")
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert named(ext, "熊本市立必由館高等學校") in (tie.source, tie.target)


# 7. a school's name opens after 本市 and after a month told before it, whatever words of
# the sentence come first (規劃本市某國中與…, 加上本年三月某女中與…) (round 35b)
@pytest.mark.parametrize(
    "sentence, school",
    [
        ("此外，教育局擬安排本市左營國中與熊本市立城西中學締結姊妹校。", "左營國中"),
        ("本期另計入本年五月鳳山女中與熊本縣立第一高等學校締結之姊妹校。", "鳳山女中"),
    ],
)
def test_a_home_school_named_after_words_of_the_sentence(sentence: str, school: str) -> None:
    ext = chapter(sentence)
    assert rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, school)) or rels(
        ext, RelType.SISTER_SCHOOL_OF, target=named(ext, school)
    )
    assert not [e for e in ext.entities if e.name_zh.endswith(school) and e.name_zh != school]


# 8. a planned school tie whose next clause tells talks going on now (刻正透過…洽商中) is
# being negotiated (round 35b)
def test_a_planned_school_tie_under_talks_is_negotiating() -> None:
    ext = chapter(
        "教育局規劃本市左營國中與熊本市立城西中學締結姊妹校，目前正經由熊本市教育委員會協商中。"
    )
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert tie.properties["status"] == "negotiating"


# 9. 由本市甲校校長某某與該校校長某某簽署締結姊妹校協定 after going to a school: 該校 is
# the school gone to, not 甲校 whose head is the other side (round 35b)
def test_that_school_after_the_other_sides_head() -> None:
    ext = chapter(*SCHOOL_DAY)
    josai = named(ext, "熊本市立城西中學")
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "田中一郎"), target=josai)
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert {tie.source, tie.target} == {named(ext, "左營國中"), josai}
    assert tie.properties["since"] == "2018-08-04"


# 1. 兩校 (the two schools) making the tie after a visiting school's people went to a
# school of the city: the school gone to and the visitor's school (named in a gloss) (round 35c)
@pytest.mark.parametrize(
    "sentence",
    [
        "○佐藤健（熊本第一高等學校校長）率該校師生二十人來訪，分組至市立前鎮高中隨班上課，"
        "並寄宿學生家庭（107.3.5～3.9）；兩校於前鎮高中禮堂舉行簽約儀式，締結為姊妹校（107.3.7）。",
        "○佐藤健（熊本第一高等學校校長）率該校師生二十人來訪，參訪市立前鎮高中，"
        "兩校並於3月7日簽約締結姊妹校。",
    ],
)
def test_the_two_schools_are_the_visitors_and_the_one_gone_to(sentence: str) -> None:
    ext = chapter(sentence)
    (tie,) = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert {tie.source, tie.target} == {named(ext, "市立前鎮高中"), named(ext, "熊本第一高等學校")}
    assert tie.properties.get("since") == "2018-03-07"


# 9. a school named right after a card's field label (成果：某州立高級中學表示…): the
# label is no part of its name; wishing a tie (有意…締結姊妹校) then talks begun
# (目前已由兩校開始洽商) is a tie being negotiated (round 36b)
def test_a_school_after_a_field_label_wishing_a_tie_under_talks() -> None:
    ext = chapter(
        "（一）",
        "案由：教育訪問團赴紐西蘭奧克蘭市",
        "日期：107年4月2日至8日",
        "地點：紐西蘭奧克蘭市",
        "出訪人員：教育局林科長（領隊）、教師三人",
        "成果：奧克蘭西湖女子高級中學（Westlake Girls High School）"
        "表示有意與本市新興高中締結姊妹校，"
        "目前已由兩校開始洽商。",
    )
    ties = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert [
        (named(ext, "奧克蘭西湖女子高級中學") in (t.source, t.target), t.properties.get("status"))
        for t in ties
    ] == [(True, "negotiating")]


# 16. a school named after 的 (隨團訪問的市立某高中校長某某), its principal signing a
# sister-school agreement with another's (於十三日與某高等學校校長某某簽訂姊妹校協定) (round 36d)
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


# 9. a school told twice (參觀當地的某校，並與該校校長…) is tied to no school, least of
# all itself, and is not the city's; nor does its name open with 的 (review 36d)
def test_a_school_told_twice_is_tied_to_nothing() -> None:
    ext = chapter(
        "本府王副市長率領教育局人員一行九人，於4月11日至16日前往日本熊本市訪問，參觀當地的"
        "熊本高等學校，並與該校校長田中一郎就締結姊妹校交換意見。"
    )
    assert not rels(ext, RelType.SISTER_SCHOOL_OF)
    assert not rels(ext, RelType.LOCATED_IN, target=KAOHSIUNG)
    assert not any(e.name_zh.startswith("的") for e in ext.entities)


# 4. a sister-school tie named as a matter (甲校與乙校締結姊妹校一案), talks on it going on
# after (刻正由兩校洽商中): negotiated, not made (round 37a)
def test_a_school_tie_named_as_a_matter_under_talks_is_negotiating() -> None:
    ext = chapter(
        "另本市市立前鎮高級中學與日本福岡縣立博多高等學校締結姊妹校一案，刻正由兩校透過電子郵件洽商中。"
    )
    ties = rels(ext, RelType.SISTER_SCHOOL_OF)
    assert [t.properties.get("status") for t in ties] == ["negotiating"]


# 22. a school named as the other's sister school (甲校與其姊妹校某國某市乙校): the tie is
# with 乙校, named without 其姊妹校 and its place (round 37a)
def test_a_school_named_as_its_sister_school_is_named_without_it() -> None:
    ext = chapter(
        "市立前鎮高級中學與其姊妹校美國奧克蘭市林肯高級中學，於十月上旬互派教師二名交換教學。"
    )
    ties = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "市立前鎮高級中學"))
    assert [t.target for t in ties] == [named(ext, "林肯高級中學")]
    assert not [e for e in ext.entities if "姊妹校" in e.name_zh]


# 4. a bureau's report telling it guides a school of the city into a tie (本局輔導市立
# 某高中與…洽談締結姊妹校): the school's name opens after the bureau and its verb (round 37c)
def test_a_school_guided_by_the_reporting_bureau_is_named_without_it() -> None:
    ext = chapter(
        "本局輔導市立鳳山高中與日本熊本市立第一高等學校洽談締結姊妹校，雙方已互換學校簡介。",
        period="1990-01/1990-06",
    )
    ties = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "市立鳳山高中"))
    assert [t.properties.get("status") for t in ties] == ["negotiating"]


# 18. a school abroad, led by its head, coming to its sister school here named after
# 姊妹校 and the city's word (某校長率該校師生回訪姊妹校本市某女中): the schools' tie (round 37d)
def test_a_school_coming_to_its_sister_school_here_is_tied_to_it() -> None:
    ext = chapter(
        "第一位　山田花子（Yamada Hanako）　日本　仙台女子高等學校校長",
        "山田校長於三月五日至八日率該校師生三十人來高，拜訪姊妹校本市中山女中。",
        period="2018-07/2018-12",
    )
    ties = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "中山女中"))
    assert [t.target for t in ties] == [named(ext, "仙台女子高等學校")]


# 6. a budget report's line opening with the handling of a school tie (辦理市立某高中與某
# 高級中學締結姊妹校事宜：…): 辦理 is no part of the school's name (round 38a)
def test_handling_is_no_part_of_the_schools_name() -> None:
    ext = chapter(
        "1.辦理市立前鎮高中與美國奧克蘭市麥克阿瑟高級中學締結姊妹校事宜：兩校於三月二十一日"
        "簽署姊妹校協定。支付簽約儀式費用12,500元。",
        period="1992-01/1992-06",
    )
    ours = named(ext, "市立前鎮高中")
    assert rels(ext, RelType.SISTER_SCHOOL_OF, source=ours)
    assert not [e for e in ext.entities if e.name_zh.startswith("辦理")]


# 23. a school named after what it is to the city (熊本姊妹校熊本女子高等學校師生…回訪): the
# school, by its own name (round 39a)
def test_a_sister_school_named_with_the_tie_before_it_is_the_school() -> None:
    ext = chapter(
        "圖十　九月二十五日，熊本姊妹校熊本女子高等學校師生十八人回訪高雄女中，兩校學生聯合演出。",
        period="1986-07/1986-12",
    )
    school = named(ext, "熊本女子高等學校")
    assert not any("姊妹校" in e.name_zh for e in ext.entities)
    visits = rels(ext, RelType.VISITED, source=school, target=KAOHSIUNG)
    assert [v.properties.get("start") for v in visits] == ["1986-09-25"]


# 2. a school of the city named with its founder after 本市 (本市立某國中: the city's
# municipal school), also where the sentence opens 另本市立…: the school is 某國中 (round 39c)
def test_a_school_written_after_the_city_as_its_founder_is_named_without_it() -> None:
    ext = chapter(
        "107年4月10日，本市立光華國民中學與日本長崎市立山手中學校締結為姊妹校；"
        "另本市立前鎮高中與韓國仁川市松島高等學校刻正洽談締結姊妹校。",
    )
    signed = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "光華國民中學"))
    assert [t.properties.get("since") for t in signed] == ["2018-04-10"]
    talks = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "前鎮高中"))
    assert [t.properties.get("status") for t in talks] == ["negotiating"]
    # a name of one word after 立 is the school's own (本市立人高中: 立人高中)
    ext = chapter("本市立人高中與日本大分縣立別府高等學校締結為姊妹校。")
    assert rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "立人高中"))


# 3. a vocational school written in full (某高級商業職業學校, 某高級工業職業學校): a
# school's name, as 高職 is (round 39c)
def test_a_vocational_school_written_in_full_is_a_school() -> None:
    ext = chapter("本市中正高級工業職業學校與日本福岡縣立八幡工業高等學校洽商締結姊妹校事宜。")
    talks = rels(ext, RelType.SISTER_SCHOOL_OF, source=named(ext, "中正高級工業職業學校"))
    assert [t.properties.get("status") for t in talks] == ["negotiating"]


# 8. a sister-school signing still to come (預計於…簽署姊妹校協定，並由某校長率師生前往):
# no visit yet (review 39b)
def test_a_school_to_go_to_sign_later_has_not_visited() -> None:
    ext = chapter(
        "本市中正高中與日本姬路市立東高等學校預計於108年12月在姬路簽署姊妹校協定，並由中正高中"
        "校長率師生18人前往。",
        period=H1_2019,
    )
    assert not rels(ext, RelType.VISITED, source=named(ext, "中正高中"))


# 9. 本市立 before a school whose name has one character before its ending (本市立志高級
# 中學, 本市立德國中): 立 is a part of the name, not the city as founder (本市立光華國中)
# (review 39c)
@pytest.mark.parametrize(
    ("sentence", "school"),
    [
        ("本市立志高級中學與日本福岡縣立香椎高等學校於105年4月8日締結為姊妹校。", "立志高級中學"),
        ("本市立德國中與日本沖繩縣那霸市立那霸中學校於105年3月締結為姊妹校。", "立德國中"),
        ("本市立光華國中與日本長崎市立山手中學校於105年3月締結為姊妹校。", "光華國中"),
    ],
)
def test_li_before_a_one_character_name_is_part_of_it(sentence: str, school: str) -> None:
    ext = chapter(sentence, period=H1_2016)
    ties = [r for r in ext.relations if r.type == RelType.SISTER_SCHOOL_OF]
    names = {e.id: e.name_zh for e in ext.entities}
    assert [names[r.source] for r in ties] == [school]


# The form: a school abroad coming to its sister school here, the school here written
# after 姊妹校 with the city's own word (來訪本市姊妹校市立某高中, 拜訪姊妹校本市某國中):
# the school here is the city's, the visitor the one abroad.


# 12. the sister school written with 市立 or 本市 after 姊妹校 is the home side (round 40a)
def test_the_sister_school_here_is_the_home_side() -> None:
    ext = chapter(
        "（二）111年12月14日，日本福岡縣立修猷館高等學校師生一行18人來訪本市姊妹校市立前鎮高中，"
        "為兩校上半年締結姊妹校後之首次實體交流。",
        "（三）111年10月3日，韓國仁川市松島高等學校師生來訪姊妹校市立中正國中，進行交流。",
        period="2022-07/2022-12",
    )
    for ours, theirs in (
        ("市立前鎮高中", "日本福岡縣立修猷館高等學校"),
        ("市立中正國中", "韓國仁川市松島高等學校"),
    ):
        home_school, foreign_school = named(ext, ours), named(ext, theirs)
        assert home_school.startswith("org:tw:kaohsiung:")
        assert not foreign_school.startswith("org:tw:kaohsiung:")
        assert rels(ext, RelType.SISTER_SCHOOL_OF, source=home_school, target=foreign_school)
