// Benchmark baseline: the engine's own batched upsert of nodes of one label, writing the
// same data as the loader (merge_nodes.cypher) without its bookkeeping: no merging of
// names and keys with earlier reports, no `sources`. {{label}}: from the allow-list.
// row: {id, name_zh, name_en, aliases, search_keys, props}
UNWIND $rows AS row
MERGE (n:{{label}} {id: row.id})
SET n += row.props, n.name_zh = row.name_zh, n.name_en = row.name_en, n.aliases = row.aliases,
    n.search_keys = row.search_keys
RETURN count(n) AS written
