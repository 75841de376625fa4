// Invitations to the editions of a series: INVITED relationships whose `event` names an
// edition; the invited party with its cities as in read_series_participation.
// $id: series id.
// The editions' ids are collected first so INVITED relationships are scanned once, not
// once per edition.
MATCH (e:Event)-[:EDITION_OF]->(:EventSeries {id: $id})
WITH collect(e.id) AS editions
MATCH ()-[r:INVITED]->(x)
WHERE r.event IN editions
OPTIONAL MATCH p = (x)-[:HOLDS_TITLE|LOCATED_IN*1..2]->(c:City)
WHERE NOT 'City' IN labels(x)
WITH x, r, collect(CASE WHEN c IS NULL THEN null ELSE
       {city: {id: c.id, label: labels(c)[0], name_zh: c.name_zh, name_en: c.name_en, country: c.country},
        hops: length(p),
        type: type(relationships(p)[0]),
        title_zh: relationships(p)[0].title_zh,
        title_en: relationships(p)[0].title_en,
        former: relationships(p)[0].former,
        year: relationships(p)[0].year}
     END) AS cities
RETURN r.event AS edition,
       {id: x.id, label: labels(x)[0], name_zh: x.name_zh, name_en: x.name_en, country: x.country} AS party,
       properties(r) AS props,
       cities
