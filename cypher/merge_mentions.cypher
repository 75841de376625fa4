// MENTIONS edges from the Source $source to the nodes of one label ({{label}}, from the
// allow-list) whose ids are in $ids (distinct). Looking nodes up by label uses the
// per-label id index; an unlabeled (n {id: …}) lookup scans every node. CREATE, not
// MERGE: the loader has just deleted and re-made this Source (retract_source), so it has
// no MENTIONS yet, and a MERGE would compare each new edge with every edge already on
// either end (thousands on a report, and on a hub city).
MATCH (s:Source {id: $source})
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
CREATE (s)-[m:MENTIONS]->(n)
SET m.sources = [$source]
RETURN count(m) AS written
