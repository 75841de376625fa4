// Batched upsert of relationships of one type between two labels (all from the allow-lists).
// row: {key, from, to, props, evidence, evidence_spans}; $source: the Source id.
// A fact stated by several reports is one relationship listing every source; the
// evidence lists stay parallel: evidence[i] was quoted from evidence_sources[i].
// write_extraction runs retract_source first, in the same transaction, so nothing of
// $source is left on any relationship and its evidence is appended, not merged: a
// filtering pass over every kept sentence made restating a fact cost its whole history.
UNWIND $rows AS row
MATCH (a:{{from_label}} {id: row.from})
MATCH (b:{{to_label}} {id: row.to})
MERGE (a)-[r:{{rel_type}} {key: row.key}]->(b)
// a date another report gives more precisely stays (2017-05-16, then a later report's
// 去年締結, 2017): the later report does not make it vaguer
WITH r, row, r.since AS known_since
SET r += row.props,
    r.since = CASE
        WHEN known_since IS NOT NULL AND row.props.since IS NOT NULL
            AND known_since STARTS WITH row.props.since THEN known_since
        ELSE coalesce(row.props.since, known_since)
    END,
    r.sources = coalesce(r.sources, []) + [$source],
    r.evidence = coalesce(r.evidence, []) + row.evidence,
    r.evidence_spans = coalesce(r.evidence_spans, []) + row.evidence_spans,
    r.evidence_sources = coalesce(r.evidence_sources, []) + [e IN row.evidence | $source]
RETURN count(r) AS written
