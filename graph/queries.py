"""Named Cypher queries, kept as `.cypher` files under `cypher/`.

A query file may hold `{{label}}`, `{{from_label}}`, `{{to_label}}` or `{{rel_type}}`
slots, because Cypher takes no parameters for labels and types. `render` fills them
only with members of the allow-lists in `graph.model`; anything else is refused.
"""

from __future__ import annotations

from functools import cache

from citygraph.paths import CYPHER_DIR
from graph.model import Label, RelType

_SLOTS = ("label", "from_label", "to_label", "rel_type")


@cache
def cypher(name: str) -> str:
    """The text of `cypher/<name>.cypher`, comments (`//` lines) removed."""
    path = CYPHER_DIR / f"{name}.cypher"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KeyError(f"no named query {name!r} (looked for {path})") from None
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("//")]
    return "\n".join(lines).strip()


def render(name: str, **slots: Label | RelType) -> str:
    """The named query with its label/type slots filled from the allow-lists."""
    text = cypher(name)
    for slot, value in slots.items():
        if slot not in _SLOTS:
            raise ValueError(f"query {name!r} has no slot {slot!r}")
        if not isinstance(value, Label | RelType):
            raise TypeError(f"slot {slot!r} takes a Label or RelType, not {type(value).__name__}")
        text = text.replace("{{" + slot + "}}", str(value))
    if "{{" in text:
        raise ValueError(f"query {name!r} has unfilled slots")
    return text


def statements(name: str) -> list[str]:
    """The `;`-separated statements of a script such as `schema.cypher`."""
    return [s.strip() for s in cypher(name).split(";") if s.strip()]
