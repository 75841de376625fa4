// Benchmark baseline: a report's Source node and its MENTIONS edge to every entity it
// names, the bookkeeping the loader writes with each report (merge_source.cypher,
// merge_nodes.cypher), written the plain way. The Source is new (the graph is emptied
// before the run and each report is written once), so CREATE states the same as MERGE;
// a MERGE would compare each new edge with every edge already on the Source.
// {{label}}: from the allow-list; $ids: that label's entity ids.
MERGE (s:Source {id: $source})
WITH s
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
CREATE (s)-[:MENTIONS {sources: [$source]}]->(n)
RETURN count(n) AS written
