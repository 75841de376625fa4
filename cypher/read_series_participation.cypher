// Who took part in each edition of a series (PARTICIPATED_IN, any status), each party
// with the cities it belongs to: a person through HOLDS_TITLE (directly or via an
// organization LOCATED_IN a city), an organization through LOCATED_IN. $id: series id.
MATCH (e:Event)-[:EDITION_OF]->(:EventSeries {id: $id})
MATCH (x)-[r:PARTICIPATED_IN]->(e)
OPTIONAL MATCH p = (x)-[:HOLDS_TITLE|LOCATED_IN*1..2]->(c:City)
WHERE NOT 'City' IN labels(x)
WITH e, x, r, collect(CASE WHEN c IS NULL THEN null ELSE
       {city: {id: c.id, label: labels(c)[0], name_zh: c.name_zh, name_en: c.name_en, country: c.country},
        hops: length(p),
        type: type(relationships(p)[0]),
        title_zh: relationships(p)[0].title_zh,
        title_en: relationships(p)[0].title_en,
        former: relationships(p)[0].former,
        year: relationships(p)[0].year}
     END) AS cities
RETURN e.id AS edition,
       {id: x.id, label: labels(x)[0], name_zh: x.name_zh, name_en: x.name_en, country: x.country} AS party,
       properties(r) AS props,
       cities
