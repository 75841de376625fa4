// Benchmark baseline: the engine's own batched upsert of nodes of one label, with none
// of the loader's bookkeeping (sources, accumulated names). {{label}}: from the allow-list.
// row: {id, props}
UNWIND $rows AS row
MERGE (n:{{label}} {id: row.id})
SET n += row.props
RETURN count(n) AS written
