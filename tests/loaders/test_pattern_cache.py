"""Compiled patterns kept between runs: a program from the cache makes the very pattern
re.compile makes, and anything wrong with the cache means compiling afresh."""

from __future__ import annotations

import _sre
import re
from pathlib import Path

import pytest

from loaders import pattern_cache
from loaders.pattern_cache import Programs

PATTERNS = [
    (r"(?P<city>[\u4e00-\u9fff]{2,4}?)(?:市|縣)長(\d+)?", 0),
    (r"^(?:一|二|三)、\s*(.+)$", re.MULTILINE),
    (r"visit(?:ed|s)?\b", re.IGNORECASE),
]
TEXT = "釜山市長來訪\n一、 Visited Busan\n二、 熊本縣長12"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CITYGRAPH_CACHE_DIR", str(tmp_path))
    return tmp_path


def _matches(pattern: re.Pattern[str]) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in pattern.finditer(TEXT)]


def test_a_pattern_from_the_cache_is_the_pattern_re_compiles(cache_dir: Path) -> None:
    first = Programs(save_at_exit=False)
    for pattern, flags in PATTERNS:
        first.compile(pattern, flags)
    first.save()
    second = Programs(save_at_exit=False)
    assert len(second.loaded) == len(PATTERNS)
    for pattern, flags in PATTERNS:
        cached = second.compile(pattern, flags)
        fresh = re.compile(pattern, flags)
        assert cached is not fresh  # made from the stored program, not re's own cache
        assert cached == fresh and cached.groupindex == fresh.groupindex
        assert cached.flags == fresh.flags and cached.groups == fresh.groups
        assert _matches(cached) == _matches(fresh)


def test_only_the_programs_a_run_used_are_saved(cache_dir: Path) -> None:
    first = Programs(save_at_exit=False)
    for pattern, flags in PATTERNS:
        first.compile(pattern, flags)
    first.save()
    second = Programs(save_at_exit=False)
    second.compile(*PATTERNS[0])
    second.compile("新的(模式)", 0)
    second.save()
    saved = Programs(save_at_exit=False).loaded
    assert sorted(saved) == sorted([f"0\0{PATTERNS[0][0]}", "0\0新的(模式)"])


@pytest.mark.parametrize(
    "program",
    [
        (0, [999999], 0, {}, (None,)),  # an opcode the engine does not know
        (0, [2**40], 0, {}, (None,)),  # a number too large for it (OverflowError)
        (0, [1, 2, 3], 10**30, {}, (None,)),  # a count of groups out of range
        "not a program",
    ],
)
def test_a_program_the_engine_refuses_means_compiling_afresh(
    cache_dir: Path, program: object
) -> None:
    pattern, flags = PATTERNS[0]
    programs = Programs(save_at_exit=False)
    programs.loaded[f"{flags}\0{pattern}"] = program  # type: ignore[assignment]
    assert programs.compile(pattern, flags) == re.compile(pattern, flags)


def test_a_cache_holding_something_else_than_programs_is_ignored(cache_dir: Path) -> None:
    pattern_cache.derived_cache.store("re-programs", pattern_cache._depends_on(), ["x"])
    programs = Programs(save_at_exit=False)
    assert programs.loaded == {}
    assert programs.compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])


def test_bytes_patterns_are_compiled_as_usual_and_not_kept(cache_dir: Path) -> None:
    # Their key would read like the text "b'abc'": they are left to re alone.
    programs = Programs(save_at_exit=False)
    assert programs.compile(b"abc") == re.compile(b"abc")  # type: ignore[arg-type]
    assert programs.used == {}
    assert programs.compile("b'abc'").search("xxabc") is None


def test_a_program_is_stored_only_if_it_makes_the_same_pattern() -> None:
    pattern, flags = PATTERNS[0]
    compiled = re.compile(pattern, flags)
    assert pattern_cache._checked_program(pattern, flags, compiled) is not None
    # Compared with another pattern's compilation, the check fails: nothing is stored.
    other = re.compile(pattern.replace("市", "町"), flags)
    assert pattern_cache._checked_program(pattern, flags, other) is None


def test_patterns_compare_by_their_program() -> None:
    # What the check above relies on: the same text and flags with another program
    # (here 'xyq' in place of 'xyz') make an unequal pattern.
    good = re.compile("xyz")
    program = pattern_cache._checked_program("xyz", 0, good)
    assert program is not None
    flags, code, groups, names, by_number = program
    tampered = [ord("q") if op == ord("z") else op for op in code]
    assert tampered != code
    assert _sre.compile("xyz", flags, tampered, groups, names, by_number) != good


def test_an_unreadable_cache_file_is_ignored(cache_dir: Path) -> None:
    first = Programs(save_at_exit=False)
    first.compile(*PATTERNS[0])
    first.save()
    (path,) = cache_dir.glob("re-programs-*.marshal")
    path.write_bytes(b"not marshal data")
    assert Programs(save_at_exit=False).loaded == {}
    assert Programs(save_at_exit=False).compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])


def test_the_rules_patterns_are_kept_for_the_next_run() -> None:
    # The rules import through the shared cache: every pattern rx made this run is
    # among the programs to save, with its program.
    import loaders.rules  # noqa: F401  (compiles the rules' patterns)

    used = pattern_cache._programs().used
    assert len(used) > 500
