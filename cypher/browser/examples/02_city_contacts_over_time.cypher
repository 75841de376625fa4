// Every contact of a city over time: its own facts and those of its people (HOLDS_TITLE)
// and offices (LOCATED_IN), oldest first, each with the first sentence that states it.
// Change $city to any City id (search: MATCH (c:City) WHERE c.name_zh CONTAINS '釜山' RETURN c.id).
// :param city => 'city:kr:busan'
MATCH (member)-[:HOLDS_TITLE|LOCATED_IN*0..2]->(c:City {id: $city})
MATCH (member)-[r]-(other)
WHERE NOT type(r) IN ['MENTIONS', 'HOLDS_TITLE', 'LOCATED_IN', 'EDITION_OF']
RETURN coalesce(r.start, r.date, r.since, toString(r.year)) AS date,
       member.name_zh AS who, type(r) AS fact, other.name_zh AS counterpart,
       r.evidence[0] AS evidence
ORDER BY date
