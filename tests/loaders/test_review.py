"""Reading a report back sentence by sentence (loaders/review.py): each sentence with
the facts read from it, marked where it names something no fact of it joins."""

from __future__ import annotations

from pathlib import Path

from loaders.review import review_file

CHAPTER = (
    "壹、國際事務\n一、外賓來訪\n"
    "107年3月5日，韓國釜山市副市長鄭京鎮率團來訪，拜會本府。\n"
    "釜山市與本市交流密切，雙方往來頻繁。\n"
    "本府秘書處107年1月至6月辦理訪賓接待業務，計有34案。\n"
)


def _reviewed(tmp_path: Path) -> list:
    report = tmp_path / "r.txt"
    report.write_text(CHAPTER, encoding="utf-8")
    rows = review_file(report, "2018-01/2018-06").sentences
    return rows


def test_a_sentence_with_facts_names_nothing_left_over(tmp_path: Path) -> None:
    visit = next(row for row in _reviewed(tmp_path) if "鄭京鎮" in row.sentence.text)
    assert {str(f.type) for f in visit.facts} >= {"VISITED", "HOLDS_TITLE"}
    assert not visit.to_check


def test_a_sentence_naming_a_partner_in_no_fact_is_to_check(tmp_path: Path) -> None:
    ties = next(row for row in _reviewed(tmp_path) if row.sentence.text.startswith("釜山市與"))
    assert not ties.facts
    assert ties.to_check and ties.unjoined == ["釜山市"]


def test_the_citys_own_bodies_are_no_sign_of_a_miss(tmp_path: Path) -> None:
    office = next(row for row in _reviewed(tmp_path) if "秘書處" in row.sentence.text)
    assert not office.to_check
