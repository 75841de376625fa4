// Relationships of the entity's members: people holding a title with it, organizations
// and cities located in it (and people of those), editions of a series; each member with
// the links that tie it to the entity. $id: the entity id; $skip: types not counted as
// contacts. Relationships back to the entity itself are its own, read elsewhere.
// Written from the bound entity outwards (n)<-[*1..3]-(a), so the engine expands from
// the one node instead of scanning every possible member (≈30x faster at 10k nodes);
// the member's own first step is then the path's last relationship.
OPTIONAL MATCH (n0:City {id: $id})
OPTIONAL MATCH (n1:Country {id: $id})
OPTIONAL MATCH (n2:Person {id: $id})
OPTIONAL MATCH (n3:Organization {id: $id})
OPTIONAL MATCH (n4:Event {id: $id})
OPTIONAL MATCH (n5:EventSeries {id: $id})
OPTIONAL MATCH (n6:Source {id: $id})
WITH coalesce(n0, n1, n2, n3, n4, n5, n6) AS n
WHERE n IS NOT NULL
MATCH p = (n)<-[:HOLDS_TITLE|LOCATED_IN|EDITION_OF*1..3]-(a)
WITH n, a, p, length(p) AS hops, relationships(p)[length(p) - 1] AS first
WITH n, a, collect({
       hops: hops,
       type: type(first),
       title_zh: first.title_zh,
       title_en: first.title_en,
       former: first.former,
       year: first.year,
       through: CASE WHEN hops > 1
                     THEN {id: nodes(p)[hops - 1].id, label: labels(nodes(p)[hops - 1])[0],
                           name_zh: nodes(p)[hops - 1].name_zh, name_en: nodes(p)[hops - 1].name_en}
                END
     }) AS links
MATCH (a)-[r]-(m)
WHERE NOT type(r) IN $skip AND m.id <> n.id
RETURN {id: a.id, label: labels(a)[0], name_zh: a.name_zh, name_en: a.name_en} AS member,
       links,
       type(r) AS type,
       startNode(r).id = a.id AS outgoing,
       properties(r) AS props,
       {id: m.id, label: labels(m)[0], name_zh: m.name_zh, name_en: m.name_en, country: m.country, start: m.start, end_date: m.`end`, year: m.year} AS other
