// One report (Source): its properties and the entities it mentions per label. $id.
MATCH (s:Source {id: $id})
OPTIONAL MATCH (s)-[:MENTIONS]->(n)
WITH s, labels(n)[0] AS label, count(n) AS n_count
RETURN properties(s) AS props,
       collect(CASE WHEN label IS NULL THEN null ELSE {label: label, count: n_count} END) AS labels
