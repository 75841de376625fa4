"""Neo4j Browser assets in `cypher/browser/`: the GraSS style, the guide and its examples.

Each example query is a commented `.cypher` file; `// :param name => value` lines name
its parameters. The guide's `{{example NAME}}` slots are filled from those files, so the
guide and the saved queries never drift apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from html import escape

from citygraph.paths import CYPHER_DIR

BROWSER_DIR = CYPHER_DIR / "browser"
EXAMPLES_DIR = BROWSER_DIR / "examples"
_PARAM = re.compile(r"^//\s*(:param\s+(\w+)\s*=>\s*(.+?))\s*$")
_SLOT = re.compile(r"\{\{example ([\w-]+)\}\}")


@dataclass(frozen=True)
class Example:
    name: str
    description: str
    params: dict[str, str]  # name -> Cypher literal
    param_commands: list[str]  # ':param name => value', as typed in the Browser
    query: str


@cache
def example(name: str) -> Example:
    path = EXAMPLES_DIR / f"{name}.cypher"
    if not path.is_file():
        raise KeyError(f"no Browser example {name!r} in {EXAMPLES_DIR}")
    notes: list[str] = []
    params: dict[str, str] = {}
    commands: list[str] = []
    query: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        param = _PARAM.match(line)
        if param:
            commands.append(param.group(1))
            params[param.group(2)] = param.group(3)
        elif line.startswith("//"):
            notes.append(line[2:].strip())
        elif line.strip():
            query.append(line)
    return Example(name, " ".join(notes), params, commands, "\n".join(query))


def example_names() -> list[str]:
    return sorted(p.stem for p in EXAMPLES_DIR.glob("*.cypher"))


def _slide_part(item: Example) -> str:
    blocks = [f"<p>{escape(item.description)}</p>"]
    blocks += [f'<pre class="code runnable">{escape(c)}</pre>' for c in item.param_commands]
    blocks.append(f'<pre class="pre-scrollable code runnable">{escape(item.query)}</pre>')
    return "\n".join(blocks)


def guide_html() -> str:
    """The guide with its examples filled in."""
    template = (BROWSER_DIR / "guide.html").read_text(encoding="utf-8")
    return _SLOT.sub(lambda m: _slide_part(example(m.group(1))), template)
