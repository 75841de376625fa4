// MENTIONS edges from the Source $source to the nodes of one label ({{label}}, from the
// allow-list) whose ids are in $ids. Looking nodes up by label uses the per-label id
// index; an unlabeled (n {id: …}) lookup scans every node.
MATCH (s:Source {id: $source})
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
MERGE (s)-[m:MENTIONS]->(n)
SET m.sources = [$source]
RETURN count(m) AS written
