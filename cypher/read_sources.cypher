// Every loaded report (Source) with how many entities it mentions and how many
// relationships it states (ordered by the caller).
MATCH (s:Source)
OPTIONAL MATCH (s)-[:MENTIONS]->(n)
WITH s, count(n) AS entities
OPTIONAL MATCH (s)-[:MENTIONS]->()-[r]->()
WHERE s.id IN r.sources
WITH s, entities, count(r) AS relations
RETURN properties(s) AS props, entities, relations
