// Batched upsert of relationships of one type between two labels (all from the allow-lists).
// row: {key, from, to, props, evidence, evidence_spans}; $source: the Source id.
// A fact stated by several reports is one relationship listing every source; the
// evidence lists stay parallel: evidence[i] was quoted from evidence_sources[i].
UNWIND $rows AS row
MATCH (a:{{from_label}} {id: row.from})
MATCH (b:{{to_label}} {id: row.to})
MERGE (a)-[r:{{rel_type}} {key: row.key}]->(b)
WITH r, row,
     [i IN range(0, size(coalesce(r.evidence, [])) - 1) WHERE r.evidence_sources[i] <> $source] AS kept
SET r += row.props,
    r.sources = [s IN coalesce(r.sources, []) WHERE s <> $source] + [$source],
    r.evidence = [i IN kept | r.evidence[i]] + row.evidence,
    r.evidence_spans = [i IN kept | r.evidence_spans[i]] + row.evidence_spans,
    r.evidence_sources = [i IN kept | r.evidence_sources[i]] + [e IN row.evidence | $source]
RETURN count(r) AS written
