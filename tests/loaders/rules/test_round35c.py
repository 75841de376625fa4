"""Round 35c: forms met in two pairs of half-year chapters (1992, 1995), each tested
on invented sentences of the same form in other names and wordings."""

from __future__ import annotations

import pytest

from graph.model import RelType
from tests.loaders.rules.helpers import KAOHSIUNG, chapter, named, rels


# 1. 兩校 (the two schools) making the tie after a visiting school's people went to a
# school of the city: the school gone to and the visitor's school (named in a gloss)
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


# 2. a clause whose subject is a head count of unnamed people (各界人士約200人出席,
# 學者專家三百餘人與會): the crowd attended, not a place the clause before spoke of
@pytest.mark.parametrize(
    "sentence",
    [
        "本府於3月舉辦「2018高雄國際論壇」，邀請金大中（首爾大學教授）擔任與談人，"
        "介紹釜山港區再開發經驗，各界人士約200人出席。",
        "本府於3月舉辦「2018高雄國際論壇」，邀請金大中（首爾大學教授）擔任與談人，"
        "就釜山港區再開發構想與國內學者對談，國內外學者專家三百餘人與會。",
    ],
)
def test_a_crowd_counted_attending_brings_no_place(sentence: str) -> None:
    ext = chapter(sentence)
    assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "金大中"))
    assert not rels(ext, RelType.PARTICIPATED_IN, source="city:kr:busan")


def test_a_place_sending_a_counted_group_still_attends() -> None:
    ext = chapter("本府於3月舉辦「2018高雄國際論壇」，釜山市派遣代表團30人與會。")
    assert rels(ext, RelType.PARTICIPATED_IN, source="city:kr:busan")


# 3. the cities answering an invitation to a class of them, listed and closed by the
# count of all the teams competing (計有甲市、乙市等二個姊妹市及國內隊伍共二十隊參賽,
# 共18隊參加): they took part, and came
@pytest.mark.parametrize("count", ["共二十隊參賽", "共20隊參賽", "共計十八隊參加"])
def test_cities_listed_in_the_count_of_teams_took_part(count: str) -> None:
    ext = chapter(
        "本府於6月假愛河舉辦「2018高雄國際龍舟錦標賽」，並邀請姊妹市組隊參加，"
        f"計有熊本市、西雅圖市等二個姊妹市及國內民間隊伍{count}（107.6.4～6.5）。"
    )
    for city in ("熊本市", "西雅圖市"):
        pid = named(ext, city)
        assert rels(ext, RelType.INVITED, target=pid)
        assert rels(ext, RelType.PARTICIPATED_IN, source=pid, status="attended")
        assert rels(ext, RelType.VISITED, source=pid, target=KAOHSIUNG)


# 4. a 研習會 (a training seminar) is an event by its ending, as 研習班 is, though its
# name opens with a year in Chinese numerals that gives no edition by itself
def test_a_training_seminar_is_an_event() -> None:
    ext = chapter(
        "○本府衛生局派員二人赴日本東京參加「一九九二年亞洲城市衛生管理研習會」，"
        "研習食品安全管理制度（81.2.10～2.15）。",
        period="1992-01/1992-06",
    )
    seminar = named(ext, "一九九二年亞洲城市衛生管理研習會")
    assert rels(ext, RelType.PARTICIPATED_IN, source=KAOHSIUNG, target=seminar)


def test_members_counted_attending_are_not_the_host_nor_the_city() -> None:
    ext = chapter(
        "高雄市扶輪社主辦「2018年國際扶輪亞太地區會議」，來自亞太地區十六個國家之扶輪社社員"
        "八百餘人與會，本府協助安排會場，陳其邁市長應邀於開幕式致詞（107.5.15～5.18）。"
    )
    takers = {r.source for r in rels(ext, RelType.PARTICIPATED_IN)}
    assert takers == {named(ext, "陳其邁")}


def test_a_place_named_with_its_counted_people_attends() -> None:
    ext = chapter("本府於3月舉辦「2018高雄國際論壇」，熊本市代表10人出席。")
    assert rels(ext, RelType.PARTICIPATED_IN, source=named(ext, "熊本市"))


# 5. the inviter named as a body of a place (經某市港灣局邀請, 應某市觀光局之邀): that body
# invited the city, not its place; a place's government (應某市政府之邀) is the place
@pytest.mark.parametrize("opening", ["經橫濱市港灣局邀請", "應橫濱市港灣局之邀"])
def test_a_body_inviting_the_city_to_an_event_abroad(opening: str) -> None:
    ext = chapter(
        f"{opening}，本府由海洋局王局長率員三人，於十一月上旬赴橫濱市出席該市主辦之"
        "「2018亞洲港口城市會議」。"
    )
    (invited,) = rels(ext, RelType.INVITED, target=KAOHSIUNG)
    assert invited.source == named(ext, "橫濱市港灣局")


def test_a_place_government_inviting_is_the_place() -> None:
    ext = chapter(
        "應橫濱市政府之邀，本府由海洋局王局長率員三人，於十一月上旬赴橫濱市出席該市主辦之"
        "「2018亞洲港口城市會議」。"
    )
    (invited,) = rels(ext, RelType.INVITED, target=KAOHSIUNG)
    assert invited.source == "city:jp:yokohama"


# 6. a name written bare before its title after a verb of meeting (拜會大西一史市長) whose
# surname is no listed one (a Japanese name) is a name when the item takes it up again
# by surname and the same title (大西市長介紹…)
@pytest.mark.parametrize(
    "text",
    [
        "（一）107年3月20日至26日，環保局局長率員赴日本熊本市考察廢棄物處理，參觀該市垃圾"
        "焚化廠，並拜會大西一史市長。大西市長介紹熊本市震災重建之經驗。",
        "（一）107年3月20日至26日，觀光局局長率員赴日本熊本縣考察，並拜會木村敬一知事，"
        "木村知事介紹該縣觀光推廣之作法。",
    ],
)
def test_a_bare_name_taken_up_by_surname_is_a_person(text: str) -> None:
    ext = chapter(text)
    (met,) = rels(ext, RelType.MET_WITH)
    assert met.source == KAOHSIUNG
    assert ext.entities and met.target in {e.id for e in ext.entities if e.label == "Person"}


def test_a_bare_run_not_taken_up_is_no_name() -> None:
    ext = chapter("（一）107年3月20日，環保局局長率員赴日本熊本市，並拜會大西一史市長。")
    assert not [e for e in ext.entities if e.name_zh == "大西一史"]


# 7. coming at the invitation of the city's official named in full (應陳其邁市長之邀): the
# city invited the guest, as with 應本府之邀; a foreign official so named is no home one
def test_coming_at_the_home_mayors_invitation() -> None:
    ext = chapter(
        "陳其邁市長於3月1日主持市政會議。",
        "（1）西雅圖市長哈瑞爾應陳其邁市長之邀，率該市經貿訪問團一行二十五人於107年9月18日"
        "至21日來訪。",
    )
    (invited,) = rels(ext, RelType.INVITED, target=named(ext, "哈瑞爾"))
    assert invited.source == KAOHSIUNG


def test_coming_at_a_foreign_mayors_invitation_is_not_the_citys() -> None:
    ext = chapter(
        "釜山市長朴炯埈於3月1日致函本府。",
        "（1）首爾市長吳世勳應朴炯埈市長之邀，於107年9月18日訪問釜山。",
    )
    assert not rels(ext, RelType.INVITED, source=KAOHSIUNG)


def test_the_home_mayor_named_first_in_the_invitation() -> None:
    ext = chapter(
        "（1）西雅圖市長哈瑞爾應陳其邁市長之邀，率該市經貿訪問團一行二十五人於107年9月18日"
        "至21日來訪。"
    )
    assert rels(ext, RelType.HOLDS_TITLE, source=named(ext, "陳其邁"), target=KAOHSIUNG)
    (invited,) = rels(ext, RelType.INVITED, target=named(ext, "哈瑞爾"))
    assert invited.source == KAOHSIUNG
    # the guest came; the mayor inviting did not
    assert rels(ext, RelType.VISITED, source=named(ext, "哈瑞爾"), target=KAOHSIUNG)
    assert not rels(ext, RelType.VISITED, source=named(ext, "陳其邁"))


# 8. a going that is the matter asked about or discussed (洽詢臺商赴某市投資設廠之相關
# 事宜, 洽談業者前往某市參展事宜): no trip of the city's
@pytest.mark.parametrize(
    "clause",
    ["洽詢臺商赴大阪投資設廠之相關事宜", "並洽談本市業者前往大阪參展之可行性"],
)
def test_a_going_asked_about_is_no_trip(clause: str) -> None:
    ext = chapter(
        "○田中一郎（Ichiro Tanaka，日本大阪市副市長）率該市工商界人士十人來訪，參觀加工出口區，"
        f"並與本市工業會座談，{clause}（107.6.23～6.25）。"
    )
    assert not rels(ext, RelType.VISITED, source=KAOHSIUNG)
    assert rels(ext, RelType.VISITED, target=KAOHSIUNG)


# 9. a place told only as where bodies are seated (各國駐華機構多設於臺北, 該公司總部位於
# 東京): no subject of the clauses after, whose people come (其人員南下訪問本市)
@pytest.mark.parametrize("opening", ["各國駐華機構多設於臺北", "各國商會總部多位於東京"])
def test_a_place_where_bodies_are_seated_is_not_who_comes(opening: str) -> None:
    ext = chapter(f"{opening}，其人員南下訪問本市，或洽詢投資、採購事宜，本府均妥為接待。")
    assert not rels(ext, RelType.VISITED, target=KAOHSIUNG)


# 10. the city's official named in full answering an invitation (陳其邁市長應熊本市之邀,
# 陳其邁市長應大西一史市長之邀): he was invited, by the place (or the inviter's city)
@pytest.mark.parametrize("inviter", ["熊本市", "大西一史市長"])
def test_the_home_official_named_is_the_one_invited(inviter: str) -> None:
    ext = chapter(
        "熊本市長大西一史於1月來函。",
        "陳其邁市長於3月1日主持市政會議。",
        f"○陳其邁市長應{inviter}之邀，率本府經發局人員一行十人訪問熊本市，考察港灣建設"
        "（107.4.13～4.17）。",
    )
    (invited,) = rels(ext, RelType.INVITED, target=named(ext, "陳其邁"))
    assert invited.source == "city:jp:kumamoto"


# 11. a body's representative unnamed, the last of an invitee list (…及法國某公司交通系統部門
# 代表來高發表專題演講): the body was invited and came; 來高 (coming to the city) is no name
def test_a_bodys_unnamed_representative_closing_a_list() -> None:
    ext = chapter(
        "捷運局於11月28日至29日主辦「2018高雄軌道運輸國際研討會」，邀請東京地下鐵公司營運副總裁"
        "山本一郎、首爾地鐵公司工程總監朴大中及法國阿爾斯通公司交通系統部門代表來高發表專題演講，"
        "計有中央及地方機關三百餘人與會。"
    )
    assert not [e for e in ext.entities if e.name_zh == "來高"]
    company = named(ext, "法國阿爾斯通公司")
    assert rels(ext, RelType.INVITED, target=company)
    assert rels(ext, RelType.PARTICIPATED_IN, source=company, role="speaker")
