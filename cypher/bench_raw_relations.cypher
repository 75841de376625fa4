// Benchmark baseline: the engine's own batched upsert of relationships of one type
// between two labels (all from the allow-lists), writing the same data as the loader
// (merge_relations.cypher) without its bookkeeping: no merging of evidence with other
// reports', no `sources`. row: {key, from, to, props, evidence, evidence_spans}
UNWIND $rows AS row
MATCH (a:{{from_label}} {id: row.from})
MATCH (b:{{to_label}} {id: row.to})
MERGE (a)-[r:{{rel_type}} {key: row.key}]->(b)
SET r += row.props, r.evidence = row.evidence, r.evidence_spans = row.evidence_spans
RETURN count(r) AS written
