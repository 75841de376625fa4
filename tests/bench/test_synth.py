"""The synthetic report generator: deterministic by seed, and read back as intended."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from citygraph.bench.synth import SynthSpec, count_entities, generate
from citygraph.bench.verify import check_chapter

SMALL = SynthSpec(seed=3, years=2, visitors=25, delegations=2, lantern_cities=6)


def _texts(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.*"))}


def test_same_seed_same_chapters_other_seed_others(tmp_path: Path) -> None:
    generate(SMALL, tmp_path / "a")
    generate(SMALL, tmp_path / "b")
    generate(dataclasses.replace(SMALL, seed=4), tmp_path / "c")
    first, again, other = (_texts(tmp_path / x) for x in "abc")
    assert first == again
    assert set(first) == set(other) and first != other
    assert len([n for n in first if n.endswith(".txt")]) == SMALL.chapters


def test_extraction_recovers_exactly_the_generated_facts(tmp_path: Path) -> None:
    summary = generate(SMALL, tmp_path)
    stated = 0
    for path in summary.chapters:
        check = check_chapter(path)
        assert check.exact, check
        stated += check.relations
    assert stated == summary.relations
    assert summary.entities == count_entities(SMALL)


def test_sizing_aims_at_the_number_of_entities() -> None:
    spec = SynthSpec.for_entities(2000, seed=5)
    assert 1600 <= count_entities(spec) <= 2600


@pytest.mark.parametrize(
    ("kwargs", "named"),
    [({"years": 0}, "years"), ({"halves": 3}, "halves"), ({"revisit": 1.0}, "revisit")],
)
def test_a_bad_spec_names_the_field(kwargs: dict[str, float], named: str) -> None:
    with pytest.raises(ValueError, match=named):
        SynthSpec(**kwargs)  # type: ignore[arg-type]
