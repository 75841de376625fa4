// Benchmark baseline: the engine's own batched upsert of relationships of one type
// between two labels (all from the allow-lists), with none of the loader's bookkeeping
// (sources, evidence lists). row: {key, from, to, props}
UNWIND $rows AS row
MATCH (a:{{from_label}} {id: row.from})
MATCH (b:{{to_label}} {id: row.to})
MERGE (a)-[r:{{rel_type}} {key: row.key}]->(b)
SET r += row.props
RETURN count(r) AS written
