// The shortest connections between two entities over fact relationships (MENTIONS is
// not a connection). The pattern's bound (6) is the API's maximum; $max_hops (1..6)
// filters the found paths, which are all shortest, so the result is the same as a
// search bounded by $max_hops. $from, $to: entity ids; $limit: most paths returned.
OPTIONAL MATCH (a0:City {id: $from})
OPTIONAL MATCH (a1:Country {id: $from})
OPTIONAL MATCH (a2:Person {id: $from})
OPTIONAL MATCH (a3:Organization {id: $from})
OPTIONAL MATCH (a4:Event {id: $from})
OPTIONAL MATCH (a5:EventSeries {id: $from})
OPTIONAL MATCH (a6:Source {id: $from})
WITH coalesce(a0, a1, a2, a3, a4, a5, a6) AS a
OPTIONAL MATCH (b0:City {id: $to})
OPTIONAL MATCH (b1:Country {id: $to})
OPTIONAL MATCH (b2:Person {id: $to})
OPTIONAL MATCH (b3:Organization {id: $to})
OPTIONAL MATCH (b4:Event {id: $to})
OPTIONAL MATCH (b5:EventSeries {id: $to})
OPTIONAL MATCH (b6:Source {id: $to})
WITH a, coalesce(b0, b1, b2, b3, b4, b5, b6) AS b
WHERE a IS NOT NULL AND b IS NOT NULL
MATCH p = allShortestPaths((a)-[:SISTER_CITY_OF|FRIENDSHIP_CITY_OF|SIGNED_MOU|VISITED|PARTICIPATED_IN|HOSTED|HOLDS_TITLE|LOCATED_IN|SISTER_SCHOOL_OF|MET_WITH|INVITED|EDITION_OF*..6]-(b))
WITH p
WHERE length(p) <= $max_hops
RETURN [x IN nodes(p) | {id: x.id, label: labels(x)[0], name_zh: x.name_zh, name_en: x.name_en, country: x.country}] AS nodes,
       [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}] AS rels
LIMIT $limit
