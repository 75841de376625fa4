// The cities parties of one label ({{label}}, from the allow-list; never City) belong to:
// a person through HOLDS_TITLE (directly or via an organization LOCATED_IN a city), an
// organization through LOCATED_IN. $ids: the parties' ids, looked up by label.
UNWIND $ids AS id
MATCH (x:{{label}} {id: id})
OPTIONAL MATCH p = (x)-[:HOLDS_TITLE|LOCATED_IN*1..2]->(c:City)
WITH x, collect(CASE WHEN c IS NULL THEN null ELSE
       {city: {id: c.id, label: labels(c)[0], name_zh: c.name_zh, name_en: c.name_en, country: c.country},
        hops: length(p),
        type: type(relationships(p)[0]),
        title_zh: relationships(p)[0].title_zh,
        title_en: relationships(p)[0].title_en,
        former: relationships(p)[0].former,
        year: relationships(p)[0].year}
     END) AS cities
RETURN x.id AS id, cities
