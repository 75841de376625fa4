"""Small chapters written for the rule tests: a heading, a section, the sentences."""

from __future__ import annotations

from typing import Any

from graph.model import Extraction, Relation, RelType
from loaders.pipeline import extract_bytes
from loaders.scoring import _Matcher

KAOHSIUNG = "city:tw:kaohsiung"


def chapter(*lines: str, period: str = "2018-01/2018-06") -> Extraction:
    """Extract a chapter made of `lines` under 「國際事務」 and one section heading."""
    text = "\n".join(["壹、國際事務", "一、城市交流", *lines]) + "\n"
    return extract_bytes(text.encode("utf-8"), "test.txt", period)


def rels(extraction: Extraction, rel_type: RelType, **match: Any) -> list[Relation]:
    found = []
    for rel in extraction.relations:
        if rel.type != rel_type:
            continue
        props = {"source": rel.source, "target": rel.target, **rel.properties}
        if all(props.get(k) == v for k, v in match.items()):
            found.append(rel)
    return found


def named(extraction: Extraction, name: str) -> str:
    """The id of the extracted entity called `name` (as the scorer reads names)."""
    ids = _Matcher(extraction).ids(name) & {e.id for e in extraction.entities}
    assert ids, f"no entity named {name}"
    return sorted(ids)[0]
