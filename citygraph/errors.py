"""Errors a user may see. Each carries a message fit to print, never a traceback."""

from __future__ import annotations


class CitygraphError(Exception):
    """Base of every error citygraph reports to a user."""


class ReportInputError(CitygraphError):
    """A report file cannot be read or is not an international-affairs chapter.

    The message names the file (and line, where one is to blame) and what is wrong.
    """

    def __init__(self, path: str, problem: str, line: int | None = None) -> None:
        self.path = path
        self.problem = problem
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")


class GraphUnavailableError(CitygraphError):
    """The configured graph database cannot be reached."""


class GraphWriteError(CitygraphError):
    """A write was refused or would have been incomplete; nothing was committed."""


class EngineError(CitygraphError):
    """The embedded engine could not be started, stopped or found."""


class ConfigError(CitygraphError):
    """A configuration value (an environment variable or `.env` entry) is invalid.

    The message names the variable(s) and what is wrong with each.
    """


class UsageError(CitygraphError):
    """A command-line option or request parameter is invalid (CLI exit status 2)."""


class PeriodError(UsageError):
    """A given report period cannot be read, or contradicts the period the text states.

    The message does not name the option: the CLI says `--period`, the API the
    `period` parameter.
    """
