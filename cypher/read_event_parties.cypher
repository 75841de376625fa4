// Events by id, each with everyone who hosted it or took part (for shared-event contacts).
// $ids: Event ids.
MATCH (e:Event)
WHERE e.id IN $ids
OPTIONAL MATCH (x)-[r:PARTICIPATED_IN|HOSTED]->(e)
RETURN {id: e.id, label: labels(e)[0], name_zh: e.name_zh, name_en: e.name_en,
        start: e.start, end_date: e.`end`, year: e.year} AS event,
       collect(CASE WHEN x IS NULL THEN null ELSE
         {id: x.id, label: labels(x)[0], name_zh: x.name_zh, name_en: x.name_en,
          country: x.country, relation: type(r), status: r.status, role: r.role,
          inferred: r.inferred}
       END) AS parties
