// The relationships one report (Source) states, counted per type. $id.
MATCH (:Source {id: $id})-[:MENTIONS]->()-[r]->()
WHERE $id IN r.sources
RETURN type(r) AS type, count(r) AS total
ORDER BY type
