// Invitations to the editions of a series: INVITED relationships whose `event` names an
// edition, and the invited party (its cities are read by read_party_cities.cypher).
// The editions' ids are collected first so INVITED relationships are scanned once, not
// once per edition. $id: series id.
MATCH (e:Event)-[:EDITION_OF]->(:EventSeries {id: $id})
WITH collect(e.id) AS editions
MATCH ()-[r:INVITED]->(x)
WHERE r.event IN editions
RETURN r.event AS edition,
       {id: x.id, label: labels(x)[0], name_zh: x.name_zh, name_en: x.name_en, country: x.country} AS party,
       properties(r) AS props
