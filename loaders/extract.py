"""Extraction: one parsed report chapter → entities and relations with evidence.

The reader walks the chapter sentence by sentence (and clause by clause inside a
sentence, split at ，and ；), keeping what a human reader keeps in mind: the section
and list item it is in, the last year written, the places and event just named (for
該市, 該縣, 甲市, 該研討會 and clauses without a subject). Each rule in the package
`loaders/rules/` reads one clause in that context and writes facts. The vocabulary the rules rely on
(titles, organization and event endings, event series, the home city's bureaus) is
curated data in `seed/`; place names come from the gazetteer.
"""

from __future__ import annotations

import hashlib

from graph.model import Extraction, SourceDoc
from loaders.facts import Facts
from loaders.gazetteer import Gazetteer
from loaders.reading import RawReport
from loaders.rules import ReportReader
from loaders.structure import ParsedReport


def source_id(parsed: ParsedReport, raw: RawReport) -> str:
    """A stable id for a report: its period (so a corrected file replaces it).

    A report whose period is unknown is named by a digest of its text: loading the
    same text again replaces it, whatever the file is called (every raw upload is
    `upload.txt`), and two different texts never replace each other.
    """
    if parsed.period is not None:
        return f"source:{parsed.period.start}_{parsed.period.end}"
    digest = hashlib.sha256(raw.text.encode("utf-8")).hexdigest()[:16]
    return f"source:text:{digest}"


def extract_report(parsed: ParsedReport, raw: RawReport) -> Extraction:
    """Entities and relations of one report, each relation with its sentence."""
    source = SourceDoc(
        id=source_id(parsed, raw),
        title=(f"{parsed.chapter_number}、" if parsed.chapter_number else "") + parsed.title,
        path=raw.path,
        sha256=raw.sha256,
        period_start=parsed.period.start if parsed.period else None,
        period_end=parsed.period.end if parsed.period else None,
        encoding=raw.encoding,
    )
    facts = Facts(source, raw.text)
    ReportReader(parsed, facts, Gazetteer.default()).read()
    return facts.extraction()
