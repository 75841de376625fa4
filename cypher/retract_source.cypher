// Remove everything report $source contributed, before it is loaded again or deleted.
// Facts and entities other reports also state keep those reports' sources and evidence.
MATCH (:Source {id: $source})-[:MENTIONS]->(n)-[r]-()
WHERE $source IN r.sources AND size([x IN r.sources WHERE x <> $source]) = 0
      AND type(r) <> 'MENTIONS'
DELETE r;

MATCH (:Source {id: $source})-[:MENTIONS]->(n)-[r]-()
WHERE $source IN r.sources AND type(r) <> 'MENTIONS'
WITH DISTINCT r,
     [i IN range(0, size(coalesce(r.evidence, [])) - 1) WHERE r.evidence_sources[i] <> $source] AS kept
SET r.sources = [s IN r.sources WHERE s <> $source],
    r.corrected = CASE WHEN size([s IN coalesce(r.corrected_by, []) WHERE s <> $source]) > 0
                       THEN true ELSE null END,
    r.corrected_by = [s IN coalesce(r.corrected_by, []) WHERE s <> $source],
    r.evidence = [i IN kept | r.evidence[i]],
    r.evidence_spans = [i IN kept | r.evidence_spans[i]],
    r.evidence_sources = [i IN kept | r.evidence_sources[i]];

MATCH (:Source {id: $source})-[:MENTIONS]->(n)
SET n.sources = [s IN n.sources WHERE s <> $source];

MATCH (:Source {id: $source})-[:MENTIONS]->(n)
WHERE size(n.sources) = 0
DETACH DELETE n;

MATCH (s:Source {id: $source})
DETACH DELETE s
