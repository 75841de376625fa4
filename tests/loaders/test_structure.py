"""Tests for loaders.structure: chapter heading, sections, sentences and period."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from citygraph.errors import PeriodError, ReportInputError
from loaders.reading import RawReport, decode_report, normalize, read_report
from loaders.structure import (
    ParsedReport,
    Period,
    check_is_chapter,
    find_period,
    numeral_value,
    parse_period,
    parse_report,
    split_sentences,
)

REPORTS = Path(__file__).resolve().parents[2] / "seed" / "reports"
SAMPLE_H1 = REPORTS / "kaohsiung-102-h1.txt"
SAMPLE_H2 = REPORTS / "kaohsiung-104-h2.txt"

FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def _raw(text: str, path: str = "chapter.txt") -> RawReport:
    return decode_report(text.encode("utf-8"), path)


def _parse(text: str, period: Period | None = None) -> ParsedReport:
    return parse_report(_raw(text), period)


def _titles(parsed: ParsedReport, level: int) -> list[str]:
    return [s.title for s in parsed.sections if s.level == level]


def assert_offsets_exact(parsed: ParsedReport) -> None:
    """Every sentence and section title is an exact, trimmed slice of the text."""
    for sentence in parsed.sentences:
        assert parsed.text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert sentence.text
    for section in parsed.sections:
        end = section.title_start + len(section.title)
        assert parsed.text[section.title_start : end] == section.title
        assert section.start <= section.title_start <= end <= section.end


# --- the two real chapters ------------------------------------------------------


@pytest.fixture(scope="module")
def h1() -> ParsedReport:
    return parse_report(read_report(SAMPLE_H1))


@pytest.fixture(scope="module")
def h2() -> ParsedReport:
    return parse_report(read_report(SAMPLE_H2))


def test_h1_heading_and_period(h1: ParsedReport) -> None:
    assert h1.title == "國際事務"
    assert h1.chapter_number == "貳拾肆"
    assert h1.period == Period("2013-01", "2013-06")
    assert h1.period.year == 2013
    check_is_chapter(h1)


def test_h1_sections(h1: ParsedReport) -> None:
    assert len(h1.sections) == 15
    assert _titles(h1, 1) == ["訪賓接待", "姊妹市交流", "國際及城市行銷"]
    assert _titles(h1, 2)[:3] == [
        "與馬爾地夫（Maldives）馬列市（Malé）締結姊妹市",
        "其他重要姊妹市交流活動",
        "賡續推動與國際城市締結姊妹或友好城市",
    ]
    assert _titles(h1, 2)[-1] == "「2013亞太城市高峰會（Asia Pacific Cities Summit, APCS）」"
    first_list = h1.sections[4]
    assert (first_list.number, first_list.level) == ("1", 3)
    assert first_list.title == "邀請姊妹市暨國際友誼城市參加2013年高雄燈會"
    assert not first_list.is_item
    assert h1.sections[first_list.parent].title == "其他重要姊妹市交流活動"
    assert h1.sections[h1.sections[first_list.parent].parent].title == "姊妹市交流"


def test_h1_long_numbered_lines_are_items_split_into_sentences(h1: ParsedReport) -> None:
    items = [s for s in h1.sections if s.is_item]
    assert [s.number for s in items] == ["1", "2", "3", "一"]
    assert items[0].title.startswith("102年4月22至27日，本府由秘書處")
    index = h1.sections.index(items[1])
    sentences = [s.text for s in h1.sentences if s.section == index]
    assert sentences == [
        "日本熊本縣觀光經濟交流局國際課課長磯田淳等人，於102年7月1日至本府洽談簽訂雙方交流合作備忘錄事宜。",
        "另該縣蒲島郁夫知事與熊本市幸山政吏市長，將於今年9月份共同組團參加2013亞太城市高峰會，"
        "並與本府簽訂交流合作備忘錄。",
    ]
    assert not any(s.is_heading for s in h1.sentences if s.section == index)


def test_h1_sentences(h1: ParsedReport) -> None:
    assert_offsets_exact(h1)
    texts = [s.text for s in h1.sentences]
    assert texts[:3] == [
        "訪賓接待",
        "本府秘書處102年1月至6月辦理訪賓接待業務，計有34案、300人到訪。",
        "主要訪團代表為：",
    ]
    # The chapter heading is not a sentence; section titles are, flagged as headings.
    assert "國際事務" not in texts
    headings = [s for s in h1.sentences if s.is_heading]
    assert len(headings) == len([s for s in h1.sections if not s.is_item])
    # A parenthesis with a comma inside stays one sentence.
    assert "「2013亞太城市高峰會（Asia Pacific Cities Summit, APCS）」" in texts
    assert len(h1.sentences) == 34


def test_sentences_sit_inside_their_sections(h1: ParsedReport, h2: ParsedReport) -> None:
    for parsed in (h1, h2):
        for sentence in parsed.sentences:
            assert sentence.section is not None
            section = parsed.sections[sentence.section]
            assert section.start <= sentence.start < sentence.end <= section.end


def test_paragraphs_count_lines(h1: ParsedReport) -> None:
    paragraphs = [s.paragraph for s in h1.sentences]
    assert paragraphs == sorted(paragraphs)
    intro = [s.text for s in h1.sentences if s.paragraph == 1]
    assert len(intro) == 2  # two sentences on one line


def test_h2_heading_period_and_sections(h2: ParsedReport) -> None:
    assert (h2.title, h2.chapter_number) == ("國際事務", "貳拾肆")
    assert h2.period == Period("2015-07", "2015-12")
    assert len(h2.sections) == 18
    assert _titles(h2, 1) == [
        "積極與國際城市、NGO及民間領袖互動",
        "姊妹市、國際友好城市互訪交流",
        "城市行銷暨交流活動",
    ]
    assert [s.title for s in h2.sections if s.level == 3 and s.parent == 11] == [
        "巴拿馬市",
        "以色列海法市",
        "英國利物浦市",
        "哥倫比亞考卡山谷省",
        "日本熊本縣、熊本市、宮崎縣、秋田縣、長野縣、群馬縣、橫濱市暨韓國慶尚南道、仁川市、光州市等東亞城市",
    ]
    assert [s.number for s in h2.sections if s.is_item] == ["1", "2", "3"]
    check_is_chapter(h2)


def test_h2_sentences(h2: ParsedReport) -> None:
    assert_offsets_exact(h2)
    texts = [s.text for s in h2.sentences]
    assert "PAGE" not in "".join(texts)
    # 「；」 ends a sentence; the annotation in brackets stays whole.
    assert "同年11月10日至14日鶴章中學亦組團回訪交流。" in texts
    assert texts.count("（合作局處：教育局）") == 2
    # An unclosed 「 (「數位化城市、) must not swallow the rest of the paragraph.
    paragraph = next(s.paragraph for s in h2.sentences if s.text.startswith("今年大會主題"))
    assert len([s for s in h2.sentences if s.paragraph == paragraph]) == 4
    assert len(h2.sentences) == 44


def test_h2_last_section_ends_before_junk(h2: ParsedReport) -> None:
    last = h2.sections[-1]
    assert h2.text[last.start : last.end].endswith("更進而嘉惠廣大的市民朋友。")


def test_crlf_copy_parses_alike(h1: ParsedReport) -> None:
    data = SAMPLE_H1.read_bytes().replace(b"\n", b"\r\n")
    other = parse_report(decode_report(data, "crlf.txt"))
    assert [s.text for s in other.sentences] == [s.text for s in h1.sentences]
    assert_offsets_exact(other)


def test_full_width_digits_parse_to_the_same_period(h2: ParsedReport) -> None:
    text = SAMPLE_H2.read_text(encoding="utf-8").translate(FULL_WIDTH_DIGITS)
    parsed = _parse(text)
    assert parsed.period == h2.period
    assert [s.title.translate(FULL_WIDTH_DIGITS) for s in h2.sections] == [
        s.title for s in parsed.sections
    ]
    assert [s.number for s in parsed.sections] == [s.number for s in h2.sections]
    assert len(parsed.sentences) == len(h2.sentences)
    assert_offsets_exact(parsed)


def test_half_width_parentheses_parse_alike(h1: ParsedReport) -> None:
    text = SAMPLE_H1.read_text(encoding="utf-8")
    text = re.sub(r"（([一二三四五六七八九十]+)）", r"(\1)", text)
    parsed = _parse(text)
    assert [(s.number, s.level, s.parent) for s in parsed.sections] == [
        (s.number, s.level, s.parent) for s in h1.sections
    ]


# --- a chapter of another half year, written differently ---------------------------

VARIANT = """\
一〇五年上半年市政報告
貳拾參、國際事務
本期辦理情形如下：
一、外賓來訪
本府秘書處１０５年１月至６月辦理訪賓接待業務，計有４０案、５００人到訪。
(一)日本訪客
1、横浜市議會議長來訪，與本府交流（台日友好）。
2、静岡県知事川勝平太於105年3月2日拜會陳市長；雙方同意持續交流。
(1)參訪亞洲新灣區
(2)參訪駁二藝術特區
①港埠參訪
②城市行銷說明
二、姊妹市交流
本府與姊妹市持續互訪。
PAGE
"""


@pytest.fixture(scope="module")
def variant() -> ParsedReport:
    return _parse(VARIANT)


def test_variant_heading_and_period(variant: ParsedReport) -> None:
    assert (variant.title, variant.chapter_number) == ("國際事務", "貳拾參")
    assert variant.period == Period("2016-01", "2016-06")
    check_is_chapter(variant)


def test_variant_numbering_styles(variant: ParsedReport) -> None:
    shape = [(s.number, s.level, s.parent, s.is_item) for s in variant.sections]
    assert shape == [
        ("一", 1, None, False),
        ("一", 2, 0, False),
        ("1", 3, 1, True),
        ("2", 3, 1, True),
        ("1", 4, 3, False),
        ("2", 4, 3, False),
        ("1", 5, 5, False),
        ("2", 5, 5, False),
        ("二", 1, None, False),
    ]
    assert variant.sections[2].title == "横浜市議會議長來訪，與本府交流（台日友好）。"
    assert variant.sections[6].title == "港埠參訪"
    assert_offsets_exact(variant)


def test_variant_sentences(variant: ParsedReport) -> None:
    texts = [(s.text, s.section) for s in variant.sentences]
    assert texts[0] == ("本期辦理情形如下：", None)  # before the first section
    assert ("静岡県知事川勝平太於105年3月2日拜會陳市長；", 3) in texts
    assert ("雙方同意持續交流。", 3) in texts
    assert "PAGE" not in [text for text, _ in texts]
    assert "一〇五年上半年市政報告" not in [text for text, _ in texts]  # front matter


def test_digit_dot_digit_is_a_marker_only_before_a_date() -> None:
    text = (
        "貳拾參、國際事務\n一、交流\n1.104年8月7至10日，本府組團。\n2.5公里長的遊行路線已規劃。\n"
    )
    parsed = _parse(text)
    assert [s.number for s in parsed.sections] == ["一", "1"]
    assert parsed.sentences[-1].text == "2.5公里長的遊行路線已規劃。"

    text = text.replace("2.5公里長的遊行路線已規劃。", "2.105年3月1日，市長率團出訪。")
    assert [s.number for s in _parse(text).sections] == ["一", "1", "2"]
    # Out of sequence: "5.105年…" after item 1 is not item 5.
    text = text.replace("2.105年", "5.105年")
    assert [s.number for s in _parse(text).sections] == ["一", "1"]
    # A range of months or two months after the marker start a date too (review 43)
    for months in ("3至4月份計接待外賓10案。", "11、12月兩個月合計接待外賓15案。"):
        text = f"貳拾參、國際事務\n一、交流\n1.{months}\n2.5公里長的遊行路線已規劃。\n"
        parsed = _parse(text)
        assert [s.number for s in parsed.sections] == ["一", "1"]
        assert months in [s.text for s in parsed.sentences]


def test_half_year_wording_and_gregorian_period() -> None:
    assert _parse("貳拾參、國際事務\n一、交流\n104年下半年計有10案。").period == Period(
        "2015-07", "2015-12"
    )
    assert _parse("貳拾參、國際事務\n一、交流\n2015年7月至12月計有10案。").period == Period(
        "2015-07", "2015-12"
    )


def test_first_period_in_the_body_wins() -> None:
    text = (
        "103年7月至12月報告\n貳拾參、國際事務\n一、交流\n"
        "本府104年1月至6月計有10案。\n103年7月至12月另有5案。"
    )
    assert _parse(text).period == Period("2015-01", "2015-06")


def test_event_date_ranges_are_not_periods() -> None:
    text = "貳拾參、國際事務\n一、交流\n本府於102年6月8日至7月2日組團出訪。"
    assert _parse(text).period is None
    assert _parse(text, Period("2013-01", "2013-06")).period == Period("2013-01", "2013-06")


def test_a_given_period_that_contradicts_the_text_is_refused_naming_both() -> None:
    text = "貳拾參、國際事務\n一、交流\n本府104年7月至12月計有10案。"
    with pytest.raises(PeriodError, match=r"2013-01\.\.2013-06.*2015-07\.\.2015-12 \(line 3\)"):
        _parse(text, Period("2013-01", "2013-06"))
    assert _parse(text, Period("2015-07", "2015-12")).period == Period("2015-07", "2015-12")


def test_a_heading_only_file_has_too_little_text() -> None:
    with pytest.raises(ReportInputError, match=r"too little text \(7 ideographs\)"):
        check_is_chapter(_parse("貳拾參、國際事務\n"))
    with pytest.raises(ReportInputError, match="no Chinese text"):
        check_is_chapter(_parse("Chapter 23. International affairs\n"))


def test_find_period_reports_offset() -> None:
    found = find_period("本府秘書處１０４年７月至１２月業辦理")
    assert found == (Period("2015-07", "2015-12"), 5)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("本（94）年1月至6月，本府計接待外賓", Period("2005-01", "2005-06")),
        ("本府今(103)年7月至12月辦理國際交流", Period("2014-07", "2014-12")),
        ("本（99）年度上半年共接待訪團", Period("2010-01", "2010-06")),
        ("本期（97年7月至12月）共接待外賓", Period("2008-07", "2008-12")),
    ],
)
def test_find_period_reads_a_year_glossed_after_this(text: str, period: Period) -> None:
    """本（94）年 names the year by its number in brackets, as 104年 does."""
    found = find_period(text)
    assert found is not None and found[0] == period


def test_find_period_skips_a_year_glossed_after_last() -> None:
    """去（93）年7月至12月 is the period before the report's, never the report's."""
    assert find_period("去（93）年7月至12月曾來訪") is None


def test_preview_before_the_chapter_is_skipped() -> None:
    body = "一、訪賓接待\n本府104年7月至12月計有51案。\n二、姊妹市交流\n與釜山市交流。\n"
    text = (
        "貳拾肆、國際事務\n一、訪賓接待\n本府104年7月至12月計有51案。\n\n貳拾肆、國際事務\n" + body
    )
    parsed = _parse(text)
    assert [s.title for s in parsed.sections] == ["訪賓接待", "姊妹市交流"]
    assert parsed.sections[0].start == text.index(body)


def test_running_headers_are_skipped_and_next_chapter_ends_the_body() -> None:
    text = (
        "貳拾肆、國際事務\n一、訪賓接待\n本府計有51案。\n貳拾肆、國際事務\n"
        "二、姊妹市交流\n與釜山市交流。\n貳拾伍、研考業務\n一、管考\n本府辦理管考。\n"
    )
    parsed = _parse(text)
    assert [s.title for s in parsed.sections] == ["訪賓接待", "姊妹市交流"]
    assert [s.text for s in parsed.sentences][-1] == "與釜山市交流。"


def test_ordinary_numeral_chapter_heading() -> None:
    parsed = _parse("二十四、國際事務\n一、訪賓接待\n本府計有51案。\n")
    assert (parsed.chapter_number, parsed.title) == ("二十四", "國際事務")
    assert [s.title for s in parsed.sections] == ["訪賓接待"]


# --- sentence splitting -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Expected pieces are normalized text: ！ → !, ？ → ?, ； → ;.
        ("甲。乙！丙？丁；戊", ["甲。", "乙!", "丙?", "丁;", "戊"]),
        ("他說「好。走吧。」然後離開。", ["他說「好。走吧。」然後離開。"]),
        ("代表(Kevin. Magee; Jr.)來訪。再會。", ["代表(Kevin. Magee; Jr.)來訪。", "再會。"]),
        ("真的嗎?!是的。", ["真的嗎?!", "是的。"]),
        ("  前後空白。  。 ", ["前後空白。"]),
    ],
)
def test_split_sentences(line: str, expected: list[str]) -> None:
    norm = normalize(line)
    assert [norm[start:end] for start, end in split_sentences(norm)] == expected


# --- parse_period --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("104H2", Period("2015-07", "2015-12")),
        ("102h1", Period("2013-01", "2013-06")),
        ("2015H2", Period("2015-07", "2015-12")),
        ("2015-07..2015-12", Period("2015-07", "2015-12")),
        ("2014-12..2015-05", Period("2014-12", "2015-05")),
        ("104年7月至12月", Period("2015-07", "2015-12")),
        ("１０４年７月至１２月", Period("2015-07", "2015-12")),
        ("104年下半年", Period("2015-07", "2015-12")),
        ("2013年1月至6月", Period("2013-01", "2013-06")),
    ],
)
def test_parse_period(value: str, expected: Period) -> None:
    assert parse_period(value) == expected


@pytest.mark.parametrize(
    "value", ["", "H2", "104H3", "2015-12..2015-07", "2015-13..2015-14", "下半年", "soon"]
)
def test_parse_period_rejects(value: str) -> None:
    with pytest.raises(ValueError, match="report period"):
        parse_period(value)


def test_period_validates_itself() -> None:
    with pytest.raises(ValueError):
        Period("2015-12", "2015-07")
    with pytest.raises(ValueError):
        Period("2015-7", "2015-12")


# --- check_is_chapter ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "# citygraph\n\nA knowledge graph of a city's international relations.\n\n"
        "1. Install\n2. Run `citygraph load`\n",
        "城市,國家,締結日期\n釜山,韓國,1966-06-14\n八王子,日本,2006-11-06\n"
        "波特蘭,美國,1988-06-30\n布里斯本,澳洲,1997-04-01\n熊本,日本,2013-09-10\n",
        "今天下午台北市區突然下起大雨，多條道路積水，交通一度大亂。氣象局表示，"
        "午後雷陣雨可能持續到週末，提醒民眾外出攜帶雨具，並注意山區溪水暴漲。",
    ],
    ids=["english-readme", "csv", "news-paragraph"],
)
def test_non_chapters_are_refused(text: str) -> None:
    parsed = parse_report(_raw(text, "input/not-a-chapter.txt"))
    with pytest.raises(ReportInputError) as caught:
        check_is_chapter(parsed)
    assert "input/not-a-chapter.txt" in str(caught.value)


def test_structured_text_of_another_topic_is_refused() -> None:
    text = (
        "貳拾伍、研考業務\n一、管考作業\n本府辦理列管案件計有120件，均依進度執行。\n"
        "二、研究發展\n委託研究計畫5案。\n"
    )
    with pytest.raises(ReportInputError, match="international-affairs"):
        check_is_chapter(_parse(text))


def test_a_section_titled_like_the_chapter_does_not_end_it() -> None:
    text = "貳拾肆、國際事務\n一、訪賓接待\n本府計有51案。\n二、國際事務推動\n與釜山市交流。\n"
    parsed = _parse(text)
    assert [s.title for s in parsed.sections] == ["訪賓接待", "國際事務推動"]


def test_enclosed_numbers_are_markers() -> None:
    parsed = _parse("貳拾肆、國際事務\n㈠交流\n⑴參訪\n⑵會談\n")
    assert [(s.number, s.level, s.title) for s in parsed.sections] == [
        ("一", 1, "交流"),
        ("1", 2, "參訪"),
        ("2", 2, "會談"),
    ]


@pytest.mark.parametrize("seed", range(5))
def test_shuffled_lines_never_break_offsets(seed: int) -> None:
    import random

    lines = (SAMPLE_H1.read_text(encoding="utf-8") + SAMPLE_H2.read_text(encoding="utf-8")).split(
        "\n"
    )
    random.Random(seed).shuffle(lines)
    lines.insert(seed, "「未完的引號（與括號")
    parsed = _parse("\n".join(lines))
    assert_offsets_exact(parsed)
    assert parsed.sentences


def test_sections_numbered_like_the_chapter_stay_in_it() -> None:
    text = "\n".join(
        [
            "貳拾壹、國際事務",
            "壹、外賓接待",
            "一、重要訪賓",
            "111年1月至6月，本府接待外賓計22案。",
            "貳、城市外交",
            "一、姊妹市交流",
            "本府與姊妹市持續以視訊方式交流。",
            "貳拾貳、研究發展",
            "本章不屬國際事務。",
        ]
    )
    parsed = parse_report(RawReport("t.txt", text, "utf-8", ""))
    assert [s.number for s in parsed.sections] == ["壹", "一", "貳", "一"]
    assert [s.level for s in parsed.sections] == [1, 2, 1, 2]
    assert "研究發展" not in "".join(s.text for s in parsed.sentences)


@pytest.mark.parametrize(
    ("number", "value"), [("貳拾肆", 24), ("壹", 1), ("十二", 12), ("拾", 10), ("12", 12)]
)
def test_heading_numbers_have_values(number: str, value: int) -> None:
    assert numeral_value(number) == value


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("九十二年一月至六月，本府接待外賓", ("2003-01", "2003-06")),
        ("一〇二年七月至十二月", ("2013-07", "2013-12")),
        ("民國一百零四年七月至十二月", ("2015-07", "2015-12")),
    ],
)
def test_a_period_in_chinese_numerals(text: str, period: tuple[str, str]) -> None:
    found = find_period(text)
    assert found is not None and (found[0].start, found[0].end) == period


def test_a_period_in_chinese_numerals_is_found_where_the_text_states_it() -> None:
    found = find_period("第一章\n\n一〇二年十月至十二月")
    assert found is not None and found[1] == len("第一章\n\n")


# --- bullets with no number -------------------------------------------------------


def test_bullets_open_headings_and_items_with_no_number() -> None:
    """◎ opens a heading, ○ an item under it, with no numbering at all: each item is a
    section of its own, the bullet no part of its text."""
    parsed = _parse(
        "壹、國際事務\n"
        "一、外賓來訪\n"
        "◎友好城市訪團\n"
        "○某市副市長率團來訪，參觀港區（95.3.2）；市長接見訪團（95.3.3）。\n"
        "○某市議長率團來訪，參觀捷運工程（95.4.8）。\n"
        "◎其他訪賓\n"
        "○某國大使南下拜會本府，洽談經貿事宜（95.5.1）。\n"
    )
    assert_offsets_exact(parsed)
    assert _titles(parsed, 2) == ["友好城市訪團", "其他訪賓"]
    items = [s for s in parsed.sections if s.level == 3]
    assert len(items) == 3 and all(s.is_item for s in items)
    assert [parsed.sections[s.parent].title for s in items if s.parent is not None] == [
        "友好城市訪團",
        "友好城市訪團",
        "其他訪賓",
    ]
    assert not [s for s in parsed.sentences if s.text.startswith(("○", "◎"))]
