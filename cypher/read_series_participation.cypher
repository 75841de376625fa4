// Who took part in each edition of a series (PARTICIPATED_IN, any status). The cities a
// party that is not a city belongs to are read apart, for those parties only
// (read_party_cities.cypher), which keeps this query a plain expansion. $id: series id.
MATCH (e:Event)-[:EDITION_OF]->(:EventSeries {id: $id})
MATCH (x)-[r:PARTICIPATED_IN]->(e)
RETURN e.id AS edition,
       {id: x.id, label: labels(x)[0], name_zh: x.name_zh, name_en: x.name_en, country: x.country} AS party,
       properties(r) AS props
