// Benchmark: a few Person ids, in id order (endpoints for shortest-path timing).
MATCH (p:Person)
RETURN p.id AS id
ORDER BY p.id
LIMIT $limit
