"""Reading report files: bytes → text, and the matching form of that text.

A report chapter may arrive as UTF-8 (with or without a byte-order mark), UTF-16
with a byte-order mark, or Big5/CP950 (the legacy Traditional Chinese encoding of
Taiwanese government documents). The encoding is worked out from the bytes alone.

Evidence always quotes the original text. Extraction matches on `normalize(text)`,
a form of the same length in which full-width characters, Japanese shinjitai and
simplified characters are folded to one Traditional form, so that a character offset
found in the normalized text is valid in the original text too.
"""

from __future__ import annotations

import bisect
import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import opencc

from citygraph.errors import ReportInputError
from loaders.pattern_cache import compile_pattern

# Share of control characters above which decoded text is taken for binary data.
_MAX_CONTROL_SHARE = 0.02
# Control characters that ordinary text files do contain.
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")
# Line and page separators turned into "\n".
_LINE_BREAKS = ("\r\n", "\r", "\f", "\v", "\u2028", "\u2029", "\x85")
# File signatures of formats people may hand over by mistake.
_SIGNATURES = {
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (perhaps a .docx or .odt document)",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document (.doc)",
    b"{\\rtf": "an RTF document",
}
# Big5 and its Microsoft / Hong Kong supersets, tried in this order.
_BIG5_FAMILY = ("cp950", "big5hkscs")
# Variant pairs that OpenCC leaves alone but Taiwanese texts mix freely.
_TAIWAN_VARIANTS = {"台": "臺"}


@dataclass(frozen=True)
class RawReport:
    """A report file decoded to text (newlines normalized to "\\n")."""

    path: str
    text: str
    encoding: str
    sha256: str


def read_report(path: Path) -> RawReport:
    """Read and decode the report file at `path`.

    Raises ReportInputError when the file is missing or unreadable, or its contents
    are not text in a supported encoding (see `decode_report`).
    """
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise ReportInputError(name, "file not found") from None
    except IsADirectoryError:
        raise ReportInputError(name, "is a directory, not a report file") from None
    except PermissionError:
        raise ReportInputError(name, "permission denied: cannot read the file") from None
    except OSError as exc:
        raise ReportInputError(name, f"cannot read the file: {exc.strerror or exc}") from None
    return decode_report(data, name)


def decode_report(data: bytes, path: str) -> RawReport:
    """Decode the bytes of a report file named `path` (used in error messages).

    Order: byte-order mark (UTF-8 or UTF-16), strict UTF-8, strict Big5/CP950.
    Raises ReportInputError for empty, whitespace-only, binary or undecodable data.
    """
    if not data:
        raise ReportInputError(path, "file is empty")
    _reject_known_binary(data, path)
    text, encoding = _decode(data, path)
    text = _normalize_newlines(text)
    _reject_control_characters(text, path)
    if not text.strip():
        raise ReportInputError(path, "file contains only whitespace")
    return RawReport(
        path=path,
        text=text,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _reject_known_binary(data: bytes, path: str) -> None:
    """Raise for well-known document formats and for NUL bytes outside UTF-16."""
    for signature, kind in _SIGNATURES.items():
        if data.startswith(signature):
            raise ReportInputError(path, f"binary data: this is {kind}; convert it to text")
    if _utf16_bom(data) or b"\x00" not in data:
        return
    if _looks_like_utf16_without_bom(data):
        raise ReportInputError(
            path,
            "binary data: looks like UTF-16 without a byte-order mark; "
            "save it as UTF-8 or as UTF-16 with a byte-order mark",
        )
    offset = data.index(b"\x00")
    raise ReportInputError(
        path,
        f"binary data: NUL byte at byte offset {offset}",
        line=data.count(b"\n", 0, offset) + 1,
    )


def _utf16_bom(data: bytes) -> bool:
    """True if `data` starts with a UTF-16 byte-order mark (either byte order)."""
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def _looks_like_utf16_without_bom(data: bytes) -> bool:
    """True if `data` decodes strictly as UTF-16 (either byte order) into printable
    text, as a UTF-16 file saved without its byte-order mark does."""
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if all(ch.isprintable() or ch in _TEXT_CONTROLS for ch in text):
            return True
    return False


def _decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode `data` and return (text, encoding name); raise if nothing fits."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode_strict(data, "utf-8-sig", path), "utf-8-sig"
    if _utf16_bom(data):
        return _decode_strict(data, "utf-16", path), "utf-16"
    failures: list[UnicodeDecodeError] = []
    for encoding in ("utf-8", *_BIG5_FAMILY):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            failures.append(exc)
    # Blame the encoding that got furthest: it is most likely the intended one.
    best = max(failures, key=lambda exc: exc.start)
    raise _undecodable(data, best, path, "in UTF-8 nor in Big5/CP950")


def _decode_strict(data: bytes, encoding: str, path: str) -> str:
    """Decode with `encoding`, raising ReportInputError at the first bad byte."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _undecodable(
            data, exc, path, f"as {encoding} (announced by its byte-order mark)"
        ) from None


def _undecodable(data: bytes, exc: UnicodeDecodeError, path: str, tried: str) -> ReportInputError:
    """A ReportInputError naming the line and byte offset of an undecodable byte."""
    offset = exc.start
    if exc.encoding.startswith("utf-16"):
        line = data[:offset].decode(exc.encoding, errors="replace").count("\n") + 1
    else:
        line = data.count(b"\n", 0, offset) + 1
    bad = data[offset : offset + 4].hex(" ")
    return ReportInputError(
        path,
        f"bytes cannot be decoded {tried}: byte offset {offset} (bytes {bad})",
        line=line,
    )


def _normalize_newlines(text: str) -> str:
    """Turn CRLF, CR and other line or page separators into "\\n"."""
    for separator in _LINE_BREAKS:
        text = text.replace(separator, "\n")
    return text


def _reject_control_characters(text: str, path: str) -> None:
    """Raise if decoded text holds NULs or a high share of control characters."""
    if "\x00" in text:
        offset = text.index("\x00")
        raise ReportInputError(
            path, "binary data: NUL character in the text", line=text.count("\n", 0, offset) + 1
        )
    controls = sum(
        1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in _TEXT_CONTROLS
    )
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise ReportInputError(
            path, f"binary data: {controls} control characters in {len(text)} characters"
        )


# ---------------------------------------------------------------------------
# Matching form
# ---------------------------------------------------------------------------


@cache
def _converter(config: str) -> opencc.OpenCC:
    """A shared OpenCC converter for `config` (e.g. "s2t")."""
    return opencc.OpenCC(config)


def _one_to_one(char: str, converted: str) -> str:
    """`converted` if it is a single character, else `char` unchanged."""
    return converted if len(converted) == 1 else char


def _in_big5(char: str) -> bool:
    """True if `char` belongs to the Traditional Chinese (Big5/CP950) repertoire."""
    try:
        char.encode("cp950")
    except UnicodeEncodeError:
        return False
    return True


def _form_of(char: str) -> str:
    """The matching form of one character (always exactly one character).

    1. NFKC when it gives one character: full-width digits, letters and punctuation
       become ASCII ("１" → "1", "（" → "("), compatibility ideographs become unified.
    2. Only for characters outside Big5 (so never for ordinary Traditional text):
       Japanese shinjitai → Traditional (OpenCC jp2t), then simplified →
       Traditional (OpenCC s2t): 県 → 縣, 浜 → 濱, 横 → 橫, 国 → 國.
    3. OpenCC's Traditional variants → Taiwan standard (t2tw: 爲 → 為, 峯 → 峰), then
       the Taiwanese variant pairs in `_TAIWAN_VARIANTS` (台 → 臺).
    """
    char = _one_to_one(char, unicodedata.normalize("NFKC", char))
    if char.isascii():
        return char
    if not _in_big5(char):
        char = _one_to_one(char, _converter("jp2t").convert(char))
        char = _one_to_one(char, _converter("s2t").convert(char))
    char = _one_to_one(char, _converter("t2tw").convert(char))
    return _TAIWAN_VARIANTS.get(char, char)


# Blocks whose characters a report may hold besides Big5's, read ahead into the cached
# table: ASCII and Latin letters, punctuation, enclosed numbers (①), CJK symbols and
# kana, every CJK ideograph (simplified and Japanese forms too) and full-width forms.
_COMMON_BLOCKS = (
    (0x0000, 0x024F),
    (0x2000, 0x206F),
    (0x2460, 0x24FF),
    (0x3000, 0x30FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
)


class _Forms(dict[int, str]):
    """`str.translate` table: code point → matching form.

    Preloaded with the forms that differ from their character over a common
    repertoire (`_common_forms`); any other character of that repertoire is its own
    form, and one outside it is worked out on first sight."""

    def __init__(self, differing: dict[int, str], same: list[tuple[int, int]]) -> None:
        super().__init__(differing)
        self._same_starts = [start for start, _ in same]
        self._same = same

    def __missing__(self, code: int) -> str:
        value = chr(code) if self._is_own_form(code) else _form_of(chr(code))
        self[code] = value
        return value

    def _is_own_form(self, code: int) -> bool:
        """True if `code` lies in one of the runs of characters that are their own form."""
        at = bisect.bisect_right(self._same_starts, code) - 1
        return at >= 0 and code <= self._same[at][1]


def _common_repertoire() -> list[int]:
    """Every character of Big5/CP950 (the report's encoding) and of `_COMMON_BLOCKS`."""
    codes = {code for start, end in _COMMON_BLOCKS for code in range(start, end + 1)}
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            try:
                codes.add(ord(bytes((lead, trail)).decode("cp950")))
            except UnicodeDecodeError:
                continue
    return sorted(codes)


def _common_forms() -> dict:
    """The matching forms over the common repertoire, for the derived-data cache:
    "differing", the characters whose form is another character; "same", the runs
    of code points (first, last) of all the others, which are their own form."""
    differing: dict[int, str] = {}
    same: list[tuple[int, int]] = []
    for code in _common_repertoire():
        form = _form_of(chr(code))
        if form != chr(code):
            differing[code] = form
        elif same and same[-1][1] == code - 1:
            same[-1] = (same[-1][0], code)
        else:
            same.append((code, code))
    return {"differing": differing, "same": same}


@cache
def _forms() -> _Forms:
    """The translate table, preloaded from the derived-data cache (OpenCC is slow to
    start and to ask one character at a time, and every command needs thousands of
    them)."""
    from loaders.derived_cache import cached, source_digest

    forms = cached("char-forms", [opencc.__version__, source_digest(__file__)], _common_forms)
    return _Forms(forms["differing"], [tuple(run) for run in forms["same"]])


def normalize(text: str) -> str:
    """The matching form of `text`: same length, so offsets carry over unchanged.

    >>> normalize("台北１０４年（国际）")
    '臺北104年(國際)'
    """
    return text.translate(_forms())


def _strip_latin_accent(char: str) -> str:
    """A Latin letter without its accent ("é" → "e"); other characters unchanged."""
    if "\u00c0" <= char <= "\u024f":
        return unicodedata.normalize("NFD", char)[0]
    return char


def match_key(name: str) -> str:
    """A key for comparing names: normalized, lower-case, accents, spaces and
    punctuation (・‧．·-–() and the like) removed.

    >>> match_key("喬治．史密斯") == match_key("喬治・史密斯")
    True
    """
    key = []
    for char in normalize(name).casefold():
        category = unicodedata.category(char)
        if category[0] in "PZC":
            continue
        key.append(_strip_latin_accent(char))
    return "".join(key)


def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a pattern written in ordinary report text so that it matches `normalize`d
    text: 台 becomes 臺 and full-width punctuation ASCII in the pattern too. (The
    compiled program comes from the derived-data cache after the first run.)"""
    return compile_pattern(normalize(pattern), flags)
