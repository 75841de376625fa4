// One node by id, whatever its label: its label and all its properties.
// The id is looked up label by label (OPTIONAL MATCH chain) so that each lookup uses the
// label's unique-id index on Neo4j and on ArcadeDB alike; $id: the entity id.
OPTIONAL MATCH (n0:City {id: $id})
OPTIONAL MATCH (n1:Country {id: $id})
OPTIONAL MATCH (n2:Person {id: $id})
OPTIONAL MATCH (n3:Organization {id: $id})
OPTIONAL MATCH (n4:Event {id: $id})
OPTIONAL MATCH (n5:EventSeries {id: $id})
OPTIONAL MATCH (n6:Source {id: $id})
WITH coalesce(n0, n1, n2, n3, n4, n5, n6) AS n
WHERE n IS NOT NULL
RETURN labels(n)[0] AS label, properties(n) AS props
