// Every node of one label ({{label}} from the allow-list), for exports. Streamed: the
// caller fetches the rows in batches (CITYGRAPH_EXPORT_BATCH_SIZE) as it writes them.
MATCH (n:{{label}})
RETURN properties(n) AS props
