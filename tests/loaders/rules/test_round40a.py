"""Round 40a: names and entities, by error class — where a name's edges fall and whether
a named person, body or place is found at all — each form tested on invented sentences
in several wordings (other cities, people, dates, verbs and word orders)."""

from __future__ import annotations

from graph.model import Extraction, RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


def _people(ext: Extraction) -> set[str]:
    """The names of the people extracted."""
    return {e.name_zh for e in ext.entities if e.id.startswith("person:")}


def _bodies(ext: Extraction) -> set[str]:
    """The names of the organizations extracted."""
    return {e.name_zh for e in ext.entities if e.id.startswith("org:")}


# The form: an adverb or conjunction of the clause (更 亦 均 並 再 又 另 皆 仍; 則 before
# how or when) written right after a person's name, before what the person did, is no
# part of the name (某市市長某某更親自致詞, 某局長某某則以視訊方式演說, 某某又率團來訪).


# 1. an adverb between a name read after its title and the verb is cut off the name
def test_an_adverb_after_a_name_is_no_part_of_it() -> None:
    ext = chapter(
        "2022年3月4日，日本鶴岡市市長佐藤一郎更親自出席開幕典禮。",
        "美國聖地牙哥市副市長王大同則以視訊方式致詞。",
        "德國漢堡市議會議長史密特均出席，韓國仁川市副市長金大中又率團來訪。",
        period="2022-01/2022-06",
    )
    people = _people(ext)
    assert {"佐藤一郎", "王大同", "史密特", "金大中"} <= people
    assert not {"佐藤一郎更", "王大同則", "史密特均", "金大中又"} & people
    mayor = named(ext, "王大同")
    assert rels(ext, RelType.HOLDS_TITLE, source=mayor, target=named(ext, "聖地牙哥"))


# 2. the same adverb after a name written before its title (某市某某市長更親自出席,
# 某某市長又率團, 某某副市長均出席)
def test_an_adverb_after_a_name_and_its_title_is_no_part_of_it() -> None:
    ext = chapter(
        "3月4日，日本鶴岡市佐藤一郎市長更親自出席開幕典禮。",
        "5月9日，美國奧克蘭市李大衛市長又率團來訪。",
        "6月1日，韓國仁川市金大中副市長均出席。",
        period="2022-01/2022-06",
    )
    for person, place in (("佐藤一郎", "鶴岡"), ("李大衛", "奧克蘭"), ("金大中", "仁川")):
        assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, person), target=named(ext, place))
    visit = rels(ext, RelType.VISITED, source=named(ext, "奧克蘭"), target=KAOHSIUNG)
    assert [v.properties.get("led_by") for v in visit] == ["李大衛"]


# 3. a leader's name followed by such an adverb before 率: the person and the body he
# heads came, led by him (not by 「某某又」)
def test_a_leader_with_an_adverb_before_leading_brings_his_place() -> None:
    ext = chapter(
        "2022年3月4日，韓國仁川市副市長金大中又率團來訪。",
        "2022年5月9日，美國奧克蘭市市長李大衛另率經貿訪問團來訪。",
        period="2022-01/2022-06",
    )
    for person, city in (("金大中", "仁川"), ("李大衛", "奧克蘭")):
        visit = rels(ext, RelType.VISITED, source=named(ext, city), target=KAOHSIUNG)
        assert [v.properties.get("led_by") for v in visit] == [person]


# 4. (a guard) a Japanese given name ending in 則 or 也 keeps it before a verb of coming or a
# conjunction (鈴木康則來訪, 山田達也亦表示): those two end names as often as clauses
def test_a_given_name_ending_like_an_adverb_keeps_it() -> None:
    ext = chapter(
        "日本福岡縣議會議長鈴木康則來訪，日本靜岡市副市長山田達也亦出席。",
        "陳市長接見日本大分市市長佐藤義則暨副市長中村和也。",
        period="2022-01/2022-06",
    )
    people = _people(ext)
    assert {"鈴木康則", "山田達也", "佐藤義則"} <= people


# The form: a verb written right before a title (派員陪同校長, 偕同理事長), or the 會 of
# 與會 before 代表 (與會代表駐足參觀): the words of the sentence, no person's name.


# 5. no person is made of a verb of going along before a title, or of 與會代表
def test_a_verb_or_a_plain_noun_before_a_title_names_no_one() -> None:
    ext = chapter(
        "本府教育局派員陪同校長赴日本熊本縣出席簽約儀式。",
        "市府派員陪同理事長前往韓國釜山市參訪。",
        "本府並於會場設置攤位，吸引各國與會代表駐足洽詢。",
        "展覽期間，許多與會代表駐足參觀本市攤位。",
        period="2011-01/2011-06",
    )
    assert not _people(ext)


# The form: a time word before a body's name (繼上半年某市某局來訪後, 繼去年…, 繼今年3月…)
# is the sentence's: the body is named from its place on.


# 6. a body named after a word of sequence and a time is named without them
def test_a_time_word_before_a_body_is_no_part_of_its_name() -> None:
    ext = chapter(
        "繼上半年印尼泗水市發展計畫局來訪後，本府持續與泗水市洽商合作事宜。",
        "繼去年日本橫濱市港灣局來訪後，本府於本年再度派員回訪。",
        "繼今年3月美國波特蘭市商會來訪後，雙方持續洽談合作。",
        period="2018-01/2018-06",
    )
    for body in ("泗水市發展計畫局", "橫濱市港灣局", "波特蘭市商會"):
        assert rels(ext, RelType.VISITED, source=named(ext, body), target=KAOHSIUNG)
    assert not any(b.startswith(("繼", "上半年", "去年", "今年")) for b in _bodies(ext))
    # (a name opening like a day, with no time word before it, keeps it: 四日市市某高校)
    ext = chapter(
        "（三）本市市立前鎮高中與四日市市四日市西高等學校刻正規劃於明年締結姊妹校。",
        period="2018-07/2018-12",
    )
    assert named(ext, "四日市西高等學校")


# The form: a body of a sister or friendship city introduced by that tie (某國某市姊妹市
# 某某大學, 某市友好城市某某學院): a body of that city, named without the place and tie.


# 7. the tie written before a body's name tells whose it is, and is no part of the name;
# a school of a university (某某大學音樂學院) or a name whose 科 opens 科技 runs on whole
def test_a_body_of_a_sister_city_is_named_without_the_tie() -> None:
    ext = chapter(
        "本屆特別邀請日本橫濱姊妹市神奈川大學建築學院、美國波特蘭姊妹市波特蘭州立大學（PSU）"
        "及德國柏林工藝學院等3組國際團隊來高駐地創作。",
        "本府另邀請韓國仁川友好城市仁荷大學音樂學院參加「2018高雄國際音樂節」。",
        "本府邀請澳洲伯斯姊妹市西澳科技大學及美國西雅圖市華盛頓科技公司參加「2018高雄資訊展」。",
        period="2018-07/2018-12",
    )
    bodies = _bodies(ext)
    assert {"神奈川大學建築學院", "波特蘭州立大學", "仁荷大學音樂學院", "西澳科技大學"} <= bodies
    assert named(ext, "西雅圖市華盛頓科技公司")
    assert not any(b.endswith("科") for b in bodies)
    # (a body of the tie itself keeps its name: 某市姊妹市交流協會)
    tied = chapter("日本橫濱市姊妹市交流協會會長山田一郎於9月3日來訪。", period="2018-07/2018-12")
    assert "日本橫濱市姊妹市交流協會" in _bodies(tied)
    # (nor runs a school's name on into its pupils: 某高中學生 is 某高中's, no 某高中學)
    pupils = chapter("日本福岡市立博多高中學生一行20人於7月來訪。", period="2018-07/2018-12")
    assert _bodies(pupils) == {"日本福岡市立博多高中"}
    assert not any("姊妹市" in b or "友好城市" in b for b in bodies)
    assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, "神奈川大學建築學院"))


# The form: a title written as a field and a title (經濟副市長, 政務副市長) after a place,
# or with 由 between the place and it, is the place's title; a head's title after a
# place and a field (某市港灣局長, 某市觀光局長) is the head of that body (港灣局 + 局長).


# 8. a field before a title belongs to the title, of the place before it
def test_a_field_before_a_title_is_part_of_the_title() -> None:
    ext = chapter(
        "韓國大邱廣域市由經濟副市長朴大成率領公務員一行10人來訪。",
        "韓國光州廣域市政務副市長李正民亦出席開幕典禮。",
        period="2018-01/2018-06",
    )
    assert rels(
        ext,
        RelType.HOLDS_TITLE,
        source=named(ext, "朴大成"),
        target=named(ext, "大邱廣域市"),
        title_zh="經濟副市長",
    )
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "李正民"), target=named(ext, "光州"))
    assert "經濟" not in _bodies(ext)


# 9. a head's title joined to the body's field after a place: the head of that body
def test_a_bureau_head_written_short_heads_the_bureau() -> None:
    ext = chapter(
        "日本神戶市港灣局長山田一郎以視訊方式發表演說。",
        "韓國仁川廣域市觀光局長金大中率團來訪，並拜會本府。",
        period="2018-01/2018-06",
    )
    assert rels(
        ext,
        RelType.HOLDS_TITLE,
        source=named(ext, "山田一郎"),
        target=named(ext, "神戶市港灣局"),
        title_zh="局長",
    )
    assert rels(
        ext,
        RelType.HOLDS_TITLE,
        source=named(ext, "金大中"),
        target=named(ext, "仁川廣域市觀光局"),
        title_zh="局長",
    )
    # (the city's own bureau head, written so, leads the city's delegation: the city's)
    home = chapter("高雄市觀光局長王大明於9月率團赴日本福岡市參加旅展。", period="2018-07/2018-12")
    visit = rels(home, RelType.VISITED, source=KAOHSIUNG, target=named(home, "福岡"))
    assert [v.properties.get("led_by") for v in visit] == ["王大明"]


# The form: a title of a board (董事, 執行董事, 常務董事) after a body's name, then the
# name (某中心執行董事某某, 某協會常務董事某某): the person holds it of that body.


# 10. a board's title after a body names its holder (the body named after 接待, the verb
# of receiving, from its place on)
def test_a_board_title_after_a_body_names_its_holder() -> None:
    ext = chapter(
        "林副市長前往新加坡出席「2022世界城市高峰會」，會後並與新加坡宜居城市中心執行董事"
        "洪亞強會晤。",
        "本府海洋局接待日本橫濱港振興協會常務董事山田一郎一行5人。",
        "7月5日，美國波特蘭港務局董事史密斯來訪。",
        period="2022-07/2022-12",
    )
    for person, body, title in (
        ("洪亞強", "新加坡宜居城市中心", "執行董事"),
        ("山田一郎", "橫濱港振興協會", "常務董事"),
        ("史密斯", "波特蘭港務局", "董事"),
    ):
        assert rels(
            ext,
            RelType.HOLDS_TITLE,
            source=named(ext, person),
            target=named(ext, body),
            title_zh=title,
        )
    # (the board itself, 董事會, is no title before a name: 某局董事會通過… names no one)
    board = chapter("美國西雅圖港務局董事會通過與本市合作案。", period="2022-07/2022-12")
    assert not _people(board)


# The form: an envoy named before the title, after the embassy or consulate he serves
# (某國駐華大使館某某大使（Romanized Name）伉儷, 某國駐某總領事館某某總領事): the embassy
# is a body (大使館, 總領事館, 領事館), the person holds the title of it.


# 11. an envoy written after his embassy, name before title, is found
def test_an_envoy_after_his_embassy_is_found() -> None:
    ext = chapter(
        "巴拉圭共和國駐華大使館羅培茲大使（Carlos López）伉儷於3月2日南下拜會本府。",
        "4月8日，瓜地馬拉駐華大使館安東尼奧公使（Luis Antonio）來訪。",
        "5月9日，美國駐日本大阪總領事館總領事史密斯（John Smith）拜會陳市長。",
        period="2022-01/2022-06",
    )
    for person, body in (
        ("羅培茲", "巴拉圭共和國駐華大使館"),
        ("安東尼奧", "瓜地馬拉駐華大使館"),
        ("史密斯", "美國駐日本大阪總領事館"),
    ):
        holder = named(ext, person)
        assert rels(ext, RelType.HOLDS_TITLE, source=holder, target=named(ext, body))
        assert rels(ext, RelType.VISITED, source=holder, target=KAOHSIUNG)


# The form: a school abroad coming to its sister school here, the school here written
# after 姊妹校 with the city's own word (來訪本市姊妹校市立某高中, 拜訪姊妹校本市某國中):
# the school here is the city's, the visitor the one abroad.


# 12. the sister school written with 市立 or 本市 after 姊妹校 is the home side
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


# The form: a school or university of the city written after 本市 as the party signing
# (本市國立某某大學與某國某大學簽署備忘錄): that university signs, a body of the city,
# not the city itself.


# 13. a university of the city opening the signing clause is the party
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


# The form: a town or village of Japan (某某町, 某某村) named apart from its prefecture,
# which the sentence named before (訪團抵達某縣，…參訪周邊之某某町; 赴某縣，參訪甲村及
# 乙村): a place of that prefecture, though no data knows it.


# 14. a small municipality after a particle or a verb of going, its prefecture named
# before in the sentence, is found
def test_a_town_named_apart_from_its_prefecture_is_a_place() -> None:
    ext = chapter(
        "11月16日，訪團抵達熊本縣，陳市長拜會熊本縣知事蒲島郁夫；訪團另參訪熊本廠周邊之"
        "菊陽町產業聚落。",
        "本府觀光局於9月5日至8日組團赴日本長野縣，參訪白馬村及小谷村之滑雪場。",
        "12月3日，訪團前往北海道，並至富良野町參觀薰衣草花田。",
        period="2022-07/2022-12",
    )
    for town in ("菊陽町", "白馬村", "小谷村", "富良野町"):
        assert named(ext, town).startswith("city:jp:")
    # a common noun ending like a village is no place (熊本縣的偏遠農村), nor a village at
    # home told after the prefecture (參訪本市美濃區之客家村)
    ext = chapter(
        "本府農業局赴日本熊本縣，考察當地的偏遠農村。",
        "11月20日，陳市長陪同訪賓參訪本市美濃區之客家村。",
        period="2022-07/2022-12",
    )
    assert not [e for e in ext.entities if e.name_zh.endswith("村")]


# The form: a person named with place, title and name, then called again by name and
# a shorter title (某市經濟副市長某某…；某某副市長擔任演講人): the title is the one told
# first, of that place, not of the place the sentence named last.


# 15. a person called again by name and title holds no title of the place named last
def test_a_person_called_again_holds_no_title_of_the_last_place() -> None:
    ext = chapter(
        "本府於12月6日舉辦「2022全球港灣城市論壇」，實體出席者包括韓國仁川廣域市經濟副市長"
        "朴大成、立陶宛考納斯市副市長尤爾古提斯等；日本神戶市港灣局長山田一郎則以視訊方式"
        "發表演說。陳市長於開幕致詞，朴大成副市長擔任專題演講人。",
        "韓國大邱廣域市政務副市長金正浩率團來訪，並拜會日本交流協會高雄事務所；金正浩副市長"
        "表示盼擴大交流。",
        period="2022-07/2022-12",
    )
    for person, place in (("朴大成", "仁川廣域市"), ("金正浩", "大邱廣域市")):
        titles = rels(ext, RelType.HOLDS_TITLE, source=named(ext, person))
        assert [t.target for t in titles] == [named(ext, place)]


# The form: the units under a body written after its name (某教育廳所屬學校, 某委員會
# 轄下學校, 某局所屬單位): the body takes part through them, named without the units.


# 16. a body's schools or units after its name leave the body's own name
def test_the_units_under_a_body_are_no_part_of_its_name() -> None:
    ext = chapter(
        "（二）5/20至5/27，本市教育局辦理「國際教育線上交流週」，邀請福岡市教育委員會及仁川廣域市"
        "教育廳所屬學校與本市15所國中小學進行線上課程交流。",
        "本府邀請日本橫濱市教育委員會轄下學校參加「2022高雄國際青年營」。",
        "本府邀請韓國釜山廣域市體育協會所屬單位參加「2022高雄國際路跑賽」。",
        period="2022-01/2022-06",
    )
    for body in ("仁川廣域市教育廳", "橫濱市教育委員會", "釜山廣域市體育協會"):
        assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, body))
    assert not any(b.endswith(("學校", "單位")) for b in _bodies(ext))


# The form: pupils of a kind of school (大學生, 高中生, 國中生, 國中學生) written after 本市
# or a verb of sending (邀請本市推薦大學生參加, 本市選派國中學生…赴某市): students, no
# school named.


# 17. students of a kind of school are no school of the city
def test_students_of_a_kind_of_school_name_no_school() -> None:
    ext = chapter(
        "韓國仁川國際交流財團事務總長朴永哲於10月20日拜會本府，並邀請本市推薦大學生參加該財團"
        "明年1月舉辦之「2012仁川青年領袖營」，本府已轉請國立中山大學遴選學生參加。",
        "日本福岡市國際交流課邀請本市推薦國中生參加「2012福岡青年交流營」，本府已轉請教育局"
        "遴選學生參加。",
        "美國西雅圖市邀請本市選派高中生參加「2012西雅圖青年論壇」，本府將函請各校推薦學生參加。",
        "本市遴派高中學生十名，由教育局王督學帶隊，於8月赴日本福岡市進行寄宿家庭交流。",
        period="2011-07/2011-12",
    )
    assert not [b for b in _bodies(ext) if b.endswith(("大學", "高中", "國中"))]
    visit = rels(ext, RelType.VISITED, source=KAOHSIUNG, target=named(ext, "福岡"))
    assert [v.properties.get("led_by") for v in visit] == ["王督學"]


# The form: a person invited, named before the title right after 邀請 with nothing
# between (本府規劃邀請王大明省長來訪, 將邀請金英哲市長出席…): found, of the place the
# item is about.


# 18. a name before its title right after 邀請 is a person, of the place told before
def test_a_name_before_its_title_after_inviting_is_a_person() -> None:
    ext = chapter(
        "義大利卡達尼亞省締結姊妹市案：本府規劃於明年邀請王大明省長來訪。",
        "韓國仁川市：本府將邀請金英哲市長出席「2012高雄燈會藝術節」。",
        "美國西雅圖市議會：本府並邀請李四海議長率團來訪。",
        period="2011-07/2011-12",
    )
    for person, place in (("王大明", "卡達尼亞省"), ("金英哲", "仁川")):
        assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, person), target=named(ext, place))
        assert rels(ext, RelType.INVITED, source=KAOHSIUNG, target=named(ext, person))
    assert "李四海" in _people(ext)


# The form: a place and a kind of school alone (某市中學師生來訪, 某縣高中師生交流團, 某市
# 大學生訪問團): the place's schools or pupils in general, no school named; a delegation
# so named is a body of its own, as 某縣學生交流團 is.


# 19. a place and a kind of school alone name no school
def test_a_place_and_a_kind_of_school_name_no_school() -> None:
    ext = chapter(
        "二、八王子市中學師生來訪並締結姊妹校",
        "108年3月26日，八王子市立第五中學校長率師生一行22人來訪，並與本市五福國中締結為姊妹校。",
        "（三）日本福岡縣高中師生交流團一行30人於5月2日來訪。",
        "（四）韓國釜山市大學生訪問團於6月來訪。",
        period="2019-01/2019-06",
    )
    bodies = _bodies(ext)
    assert not {b for b in bodies if b.endswith(("市中學", "縣高中", "市大學"))}
    for delegation in ("福岡縣高中師生交流團", "釜山市大學生訪問團"):
        assert rels(ext, RelType.VISITED, source=named(ext, delegation), target=KAOHSIUNG)
    assert rels(ext, RelType.VISITED, source=named(ext, "八王子市立第五中學"), target=KAOHSIUNG)


# The form: a team or troupe of a body named after it, or a team named by its league
# (某市少棒聯盟隊, 某大學棒球隊, 某協會合唱團): the team or troupe is the body named,
# whole, not the league, university or association its name opens with.


# 20. a team or troupe named after a body or a league is found whole
def test_a_team_named_after_its_league_or_body_is_found_whole() -> None:
    ext = chapter(
        "美國西雅圖市林肯大學棒球隊一行25人於8月5日來訪。",
        "美國波特蘭市少棒聯盟隊一行15人於8月6日來訪。",
        "韓國釜山市女性協會合唱團一行30人於9月3日來訪，並於文化中心演出。",
        period="2011-07/2011-12",
    )
    for team in ("西雅圖市林肯大學棒球隊", "波特蘭市少棒聯盟隊", "釜山市女性協會合唱團"):
        assert rels(ext, RelType.VISITED, source=named(ext, team), target=KAOHSIUNG)
    assert not {b for b in _bodies(ext) if b.endswith(("聯盟", "女性協會", "林肯大學"))}
