"""Check that the real extractor reads synthetic chapters as the generator intended."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from loaders.pipeline import extract_file


@dataclass
class FactCheck:
    """Differences between a chapter's intended facts and what extraction found."""

    chapter: str
    entities: int
    relations: int
    missing_entities: list[str] = field(default_factory=list)
    extra_entities: list[str] = field(default_factory=list)
    missing_relations: list[tuple[str, str, str]] = field(default_factory=list)
    extra_relations: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def exact(self) -> bool:
        return not (
            self.missing_entities
            or self.extra_entities
            or self.missing_relations
            or self.extra_relations
        )


def check_chapter(path: Path) -> FactCheck:
    """Extract `path` and compare with `facts/<stem>.json` next to it."""
    intended = json.loads((path.parent / "facts" / f"{path.stem}.json").read_text("utf-8"))
    want_entities = {entity_id for entity_id, _ in intended["entities"]}
    want_relations = {tuple(r) for r in intended["relations"]}
    extraction = extract_file(path)
    got_entities = {e.id for e in extraction.entities}
    got_relations = {(r.type, r.source, r.target) for r in extraction.relations}
    return FactCheck(
        chapter=path.name,
        entities=len(got_entities),
        relations=len(got_relations),
        missing_entities=sorted(want_entities - got_entities),
        extra_entities=sorted(got_entities - want_entities),
        missing_relations=sorted(want_relations - got_relations),
        extra_relations=sorted(got_relations - want_relations),
    )
