// Every relationship of one node (except MENTIONS), read in both directions, with the
// node at the other end. $id: the entity id. `outgoing` is true when stored n -> m.
OPTIONAL MATCH (n0:City {id: $id})
OPTIONAL MATCH (n1:Country {id: $id})
OPTIONAL MATCH (n2:Person {id: $id})
OPTIONAL MATCH (n3:Organization {id: $id})
OPTIONAL MATCH (n4:Event {id: $id})
OPTIONAL MATCH (n5:EventSeries {id: $id})
OPTIONAL MATCH (n6:Source {id: $id})
WITH coalesce(n0, n1, n2, n3, n4, n5, n6) AS n
WHERE n IS NOT NULL
MATCH (n)-[r]-(m)
WHERE type(r) <> 'MENTIONS'
RETURN type(r) AS type,
       startNode(r).id = $id AS outgoing,
       properties(r) AS props,
       {id: m.id, label: labels(m)[0], name_zh: m.name_zh, name_en: m.name_en, country: m.country, start: m.start, end_date: m.`end`, year: m.year} AS other
