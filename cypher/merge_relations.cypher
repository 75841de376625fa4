// Batched upsert of relationships of one type between two labels (all from the allow-lists).
// row: {key, from, to, props, corrected, evidence, evidence_spans}; $source: the Source id.
// A fact stated by several reports is one relationship listing every source; the
// evidence lists stay parallel: evidence[i] was quoted from evidence_sources[i].
// write_extraction runs retract_source first, in the same transaction, so nothing of
// $source is left on any relationship and its evidence is appended, not merged: a
// filtering pass over every kept sentence made restating a fact cost its whole history.
UNWIND $rows AS row
MATCH (a:{{from_label}} {id: row.from})
MATCH (b:{{to_label}} {id: row.to})
MERGE (a)-[r:{{rel_type}} {key: row.key}]->(b)
WITH r, row, r.since AS had_since, r.date AS had_date
SET r += row.props,
    r.sources = coalesce(r.sources, []) + [$source],
    r.evidence = coalesce(r.evidence, []) + row.evidence,
    r.evidence_spans = coalesce(r.evidence_spans, []) + row.evidence_spans,
    r.evidence_sources = coalesce(r.evidence_sources, []) + [e IN row.evidence | $source]
// a report giving a one-day date less precisely (2017) than the graph holds it
// (2017-05-16 from another report) keeps the precise date: the two agree, and the year
// adds nothing. Only since and date: start goes with end, and half of a range kept from
// one report and half from another would be no range either gave.
SET r.since = CASE WHEN had_since STARTS WITH r.since THEN had_since ELSE r.since END,
    r.date = CASE WHEN had_date STARTS WITH r.date THEN had_date ELSE r.date END
// a fact a reader added or changed (row.corrected) is marked per report, as its
// sources are: corrected while any report's corrections say so (retract_source)
SET r.corrected_by = [x IN coalesce(r.corrected_by, []) WHERE x <> $source]
                     + CASE WHEN row.corrected THEN [$source] ELSE [] END
SET r.corrected = CASE WHEN size(r.corrected_by) > 0 THEN true ELSE null END
RETURN count(r) AS written
