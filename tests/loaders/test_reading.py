"""Tests for loaders.reading: decoding report files and the matching form of text."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from citygraph.errors import ReportInputError
from loaders import reading
from loaders.reading import decode_report, match_key, normalize, read_report

REPORTS = Path(__file__).resolve().parents[2] / "seed" / "reports"
SAMPLE_H1 = REPORTS / "kaohsiung-102-h1.txt"
SAMPLE_H2 = REPORTS / "kaohsiung-104-h2.txt"


def _cp950_safe(text: str) -> str:
    """`text` with the characters Big5/CP950 cannot hold replaced by '?'."""
    return text.encode("cp950", errors="replace").decode("cp950")


# --- decoding -----------------------------------------------------------------


def test_utf8_sample_is_read_with_hash_of_raw_bytes() -> None:
    raw = read_report(SAMPLE_H1)
    data = SAMPLE_H1.read_bytes()
    assert raw.encoding == "utf-8"
    assert raw.text == data.decode("utf-8")
    assert raw.sha256 == hashlib.sha256(data).hexdigest()
    assert raw.path == str(SAMPLE_H1)
    assert raw.text.startswith("貳拾肆、國際事務\n")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_bom_encodings_decode_to_the_same_text(encoding: str) -> None:
    text = SAMPLE_H2.read_text(encoding="utf-8")
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # these codecs write no BOM themselves
        data = "\ufeff".encode(encoding) + data
    raw = decode_report(data, "h2.txt")
    assert raw.text == text
    assert not raw.text.startswith("\ufeff")
    assert raw.encoding in ("utf-8-sig", "utf-16")
    assert raw.sha256 == hashlib.sha256(data).hexdigest()


def test_cp950_decodes_to_the_same_text() -> None:
    text = _cp950_safe(SAMPLE_H1.read_text(encoding="utf-8"))
    raw = decode_report(text.encode("cp950"), "h1-big5.txt")
    assert raw.encoding == "cp950"
    assert raw.text == text
    assert "貳拾肆、國際事務" in raw.text


def test_big5_hkscs_characters_are_accepted() -> None:
    # Names from 104-h2 that CP950 cannot hold but Big5-HKSCS can.
    text = "青森縣弘前市副市長蛯名正樹、山梨縣笛吹市市長倉嶋清次、保坂武、Andrés Rodes\n"
    raw = decode_report(text.encode("big5hkscs"), "h2-hkscs.txt")
    assert raw.text == text
    assert raw.encoding == "big5hkscs"


def test_encoding_is_not_guessed_from_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "report.utf8.txt"
    text = _cp950_safe(SAMPLE_H1.read_text(encoding="utf-8"))
    path.write_bytes(text.encode("cp950"))
    assert read_report(path).text == text


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_newlines_are_normalized(newline: str) -> None:
    text = SAMPLE_H1.read_text(encoding="utf-8")
    raw = decode_report(text.replace("\n", newline).encode("utf-8"), "crlf.txt")
    assert raw.text == text


def test_read_report_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "chapter.txt"
    path.write_bytes("\ufeff貳拾肆、國際事務\n一、訪賓接待\n".encode())
    raw = read_report(path)
    assert raw.text == "貳拾肆、國際事務\n一、訪賓接待\n"
    assert raw.path == str(path)


# --- errors -------------------------------------------------------------------


def _error(data: bytes, path: str = "bad/report.txt") -> ReportInputError:
    with pytest.raises(ReportInputError) as caught:
        decode_report(data, path)
    assert caught.value.path == path
    assert path in str(caught.value)
    return caught.value


def test_missing_file_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    with pytest.raises(ReportInputError, match="not found") as caught:
        read_report(path)
    assert str(path) in str(caught.value)


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReportInputError, match="directory"):
        read_report(tmp_path)


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\u3000\n".encode(), b"\xef\xbb\xbf"])
def test_empty_or_blank_input_is_refused(data: bytes) -> None:
    error = _error(data)
    assert "empty" in error.problem or "whitespace" in error.problem


def test_nul_bytes_are_binary() -> None:
    error = _error(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    assert "binary" in error.problem


def test_pdf_is_named() -> None:
    error = _error(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    assert "PDF" in error.problem


def test_many_control_characters_are_binary() -> None:
    data = ("國際事務" * 10).encode() + bytes(range(1, 9)) * 10
    assert "binary" in _error(data).problem


def test_utf16_without_bom_is_explained() -> None:
    data = "貳拾肆、國際事務\n一、訪賓接待\n".encode("utf-16-le")
    assert "byte-order mark" in _error(data).problem


def test_undecodable_bytes_name_line_and_offset() -> None:
    good = "貳拾肆、國際事務\n一、訪賓接待\n本府".encode()
    error = _error(good + b"\xff\xfe\xfa\x80" + "。".encode())
    assert error.line == 3
    assert f"byte offset {len(good)}" in error.problem
    assert "bad/report.txt:3:" in str(error)


def test_random_garbage_is_refused() -> None:
    garbage = bytes((i * 97 + 13) % 128 + 128 for i in range(300))
    error = _error(garbage)
    assert "cannot be decoded" in error.problem or "binary" in error.problem


def test_bad_bytes_after_utf16_bom() -> None:
    data = "\ufeff國際".encode("utf-16-le") + b"\x00\xd8\x41\x00"  # lone high surrogate
    error = _error(data)
    assert "utf-16" in error.problem
    assert error.line == 1


# --- normalize and match_key -------------------------------------------------------


@pytest.mark.parametrize("sample", [SAMPLE_H1, SAMPLE_H2])
def test_normalize_keeps_length_and_offsets(sample: Path) -> None:
    text = read_report(sample).text
    norm = normalize(text)
    assert len(norm) == len(text)
    assert all((a == "\n") == (b == "\n") for a, b in zip(text, norm, strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("１０４年７月至１２月", "104年7月至12月"),
        ("（一）ＡＢＣ，；：！？", "(一)ABC,;:!?"),
        ("台北", "臺北"),
        ("横浜", "橫濱"),
        ("静岡県", "靜岡縣"),
        ("国际事务", "國際事務"),
        ("为", "為"),
        ("①", "1"),
        ("\u3000", " "),
    ],
)
def test_normalize_folds_width_and_variants(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_normalize_leaves_ordinary_traditional_text_alone() -> None:
    # s2t or jp2t applied to these would give 祕 爲 羣 峯 鬱 範 裏 餘.
    text = "秘書處為群馬縣高峰會，吉村郁也、范先生在里約，余市長"
    assert normalize(text) == text.replace("，", ",")


def test_normalize_keeps_multi_character_expansions_out() -> None:
    # NFKC would turn ⑴ into "(1)" and … into "...": both are kept as they are.
    assert normalize("⑴…") == "⑴…"


def test_cached_forms_agree_with_forms_worked_out_one_by_one() -> None:
    # The table kept in the derived-data cache (forms that differ, runs of characters
    # that are their own form) must say what _form_of says, in the repertoire it covers
    # (every 7th character of it here) and outside it (Hangul, Greek, an emoji).
    outside = [ord(c) for c in "한국Ωλ😀ﬁ"]
    forms = reading._common_forms()
    table = reading._Forms(forms["differing"], forms["same"])
    for code in reading._common_repertoire()[::7] + outside:
        assert table[code] == reading._form_of(chr(code)), f"U+{code:04X}"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("達高．慈仁", "達高・慈仁"),
        ("凱莉‧波娜", "凱莉·波娜"),
        ("Malé", "MALE"),
        ("Asia-Pacific Cities", "asia–pacific  cities"),
        ("釜山市（Busan）", "釜山市Busan"),
        ("台北", "臺北"),
        ("横浜市", "橫濱市"),
    ],
)
def test_match_key_compares_names(a: str, b: str) -> None:
    assert match_key(a) == match_key(b)


def test_match_key_keeps_distinct_names_distinct() -> None:
    assert match_key("釜山市") != match_key("釜山")
    assert match_key("熊本縣") != match_key("熊本市")
    assert match_key("  ") == ""
