"""Compiled regular expressions kept between runs, so that each command starts fast.

The rules compile some 650 patterns as they are imported. Python's `re` compiles a
pattern in Python code: ~0.25 ms for an ordinary one, ~1 ms for one with a class of
all CJK ideographs ([\\u4e00-\\u9fff], which `re` walks one character at a time), in
all ~0.15 s of every `citygraph extract`. What compiling yields is a program for the
regular-expression engine (`_sre`, the C half of `re`): a list of integers and the
pattern's groups. This module keeps those programs in the derived-data cache and hands
them back to the engine in later runs, which is what `re` itself does with them.

Safe by construction: a program is stored only after the pattern made from it has
been checked equal to what `re.compile` makes (patterns compare by text, flags and
program), the cache is per Python version and `re` engine version, and a program the
engine refuses, or any part of this missing in another Python, means `re.compile` as
usual.
"""

from __future__ import annotations

import atexit
import re
from functools import cache

from loaders import derived_cache

try:  # the engine and compiler of CPython's re (3.11 and later)
    import _sre
    from re import _compiler, _parser

    _ENGINE = f"{_sre.MAGIC} {_sre.CODESIZE}"
except (ImportError, AttributeError):  # another Python: no cache, re.compile as usual
    _sre = None
    _ENGINE = ""

# Programs kept at most (the rules' own patterns are ~650; a pattern built from a
# chapter's words is compiled afresh once this many are kept).
_MAX_PROGRAMS = 2000

# A program: (flags, code, number of groups - 1, name → group, group → name).
_Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the cached program when there is one."""
    return _programs().compile(pattern, flags)


def _checked_program(pattern: str, flags: int, compiled: re.Pattern[str]) -> _Program | None:
    """The program of `pattern` in marshal's types, if a pattern made from it is
    `compiled` itself (same text, flags, program and groups); else None."""
    try:
        parsed = _parser.parse(pattern, flags)
        # opcodes are int subclasses, which marshal does not take
        code = [int(op) for op in _compiler._code(parsed, flags)]
        names = dict(parsed.state.groupdict)
        by_number: list[str | None] = [None] * parsed.state.groups
        for name, number in names.items():
            by_number[number] = name
        groups = parsed.state.groups - 1
        program = (int(flags | parsed.state.flags), code, groups, names, tuple(by_number))
        rebuilt = _sre.compile(pattern, *program)
    except Exception:  # any change in re's internals: do without the cache
        return None
    if rebuilt != compiled or rebuilt.groupindex != compiled.groupindex:
        return None
    return program


class Programs:
    """The programs read from the cache, and those this run used or compiled; the
    latter are saved at exit when any was compiled, so that the cache follows the
    patterns as the code changes (programs no longer used drop out)."""

    def __init__(self, save_at_exit: bool = True) -> None:
        loaded = derived_cache.load("re-programs", _depends_on())
        self.loaded: dict[str, _Program] = loaded if isinstance(loaded, dict) else {}
        self.used: dict[str, _Program] = {}
        self._save_at_exit = save_at_exit
        self._new = False

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """`re.compile(pattern, flags)`, from the loaded program when there is one."""
        flags = int(flags)  # re.I and the like are enum members; marshal keeps plain ints
        if _sre is None or not isinstance(pattern, str):  # (bytes patterns are not kept)
            return re.compile(pattern, flags)
        key = f"{flags}\0{pattern}"
        program = self.used.get(key) or self.loaded.get(key)
        if program is not None:
            try:
                compiled = _sre.compile(pattern, *program)
            except Exception:  # a program the engine refuses: compile afresh below
                pass
            else:
                self.used[key] = program
                return compiled
        compiled = re.compile(pattern, flags)
        if len(self.used) < _MAX_PROGRAMS:
            program = _checked_program(pattern, flags, compiled)
            if program is not None:
                self.used[key] = program
                if not self._new and self._save_at_exit:
                    self._new = True
                    atexit.register(self.save)
        return compiled

    def save(self) -> None:
        """Store the programs this run used, for the next."""
        derived_cache.store("re-programs", _depends_on(), self.used)


@cache
def _programs() -> Programs:
    return Programs()


def _depends_on() -> list[str]:
    return ["re-programs v1", _ENGINE]
