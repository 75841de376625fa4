// Invitations to the editions of a series: INVITED relationships whose `event` is one of
// $editions (the editions' Event ids, read first by read_series_editions), and the
// invited party (its cities are read by read_party_cities.cypher). A parameter list
// lets the engine use the index on INVITED.event (schema.cypher); a list built inside
// the query made ArcadeDB scan every INVITED relationship (≈190 ms at 100k entities).
MATCH ()-[r:INVITED]->(x)
WHERE r.event IN $editions
RETURN r.event AS edition,
       {id: x.id, label: labels(x)[0], name_zh: x.name_zh, name_en: x.name_en, country: x.country} AS party,
       properties(r) AS props
