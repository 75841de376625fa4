// An EventSeries, its editions (Event -[:EDITION_OF]-> series) and who hosted each.
// $id: the EventSeries id. No row: no such series.
MATCH (s:EventSeries {id: $id})
OPTIONAL MATCH (e:Event)-[:EDITION_OF]->(s)
OPTIONAL MATCH (h)-[:HOSTED]->(e)
WITH s, e, collect(CASE WHEN h IS NULL THEN null ELSE
       {id: h.id, label: labels(h)[0], name_zh: h.name_zh, name_en: h.name_en, country: h.country}
     END) AS hosts
RETURN {id: s.id, label: labels(s)[0], name_zh: s.name_zh, name_en: s.name_en} AS series,
       CASE WHEN e IS NULL THEN null ELSE
         {id: e.id, label: labels(e)[0], name_zh: e.name_zh, name_en: e.name_en,
          start: e.start, end_date: e.`end`, year: e.year}
       END AS edition,
       hosts
