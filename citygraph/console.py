"""The command line's consoles, made on first use.

rich takes ~45 ms to import, and the commonest command, `citygraph extract` with JSON
on stdout, prints nothing through it; so the CLI imports rich only when it prints.
Neither console reads emoji codes: ids hold country codes between colons
(city:id:bali), which rich would print as emoji (:id: → 🆔).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


@cache
def out() -> Console:
    """Standard output (tables, results)."""
    from rich.console import Console

    return Console(soft_wrap=True, emoji=False)


@cache
def err() -> Console:
    """Standard error (errors, warnings, progress)."""
    from rich.console import Console

    return Console(stderr=True, soft_wrap=True, emoji=False)


def escape(text: str) -> str:
    """`text` as literal text in rich markup (a file name may hold [brackets])."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)
