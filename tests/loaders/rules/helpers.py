"""Small chapters written for the rule tests: a heading, a section, the sentences."""

from __future__ import annotations

from typing import Any

from graph.model import Extraction, Relation, RelType
from loaders.pipeline import extract_bytes

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
    """The id of the entity called `name`."""
    ids = [e.id for e in extraction.entities if e.name_zh == name or name in e.aliases]
    assert ids, f"no entity named {name}"
    return ids[0]
