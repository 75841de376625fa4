// Every dated fact whose time overlaps a period, in time order. A fact's date is
// coalesce(start, date, since, year); a participation or hosting with no date of its own
// takes its event's start and end. $from, $to: ISO date prefixes or null ('2013',
// '2013-06', '2013-06-09'), compared at the precision both sides share; $skip: types
// that are not facts of a time (MENTIONS, LOCATED_IN, ...); $limit: most rows.
MATCH (a)-[r]->(b)
WHERE NOT type(r) IN $skip
WITH a, r, b,
     r.start IS NULL AND r.date IS NULL AND r.since IS NULL
       AND type(r) IN ['PARTICIPATED_IN', 'HOSTED']
       AND (r.year IS NULL OR b.start STARTS WITH toString(r.year)) AS by_event
WITH a, r, b,
     coalesce(r.start, r.date, r.since, CASE WHEN by_event THEN b.start END, toString(r.year)) AS date,
     coalesce(r.`end`, CASE WHEN by_event THEN b.`end` END) AS end_date
WITH a, r, b, date, end_date, coalesce(end_date, date) AS last
WHERE date IS NOT NULL
  AND ($from IS NULL OR substring(last, 0, size($from)) >= substring($from, 0, size(last)))
  AND ($to IS NULL OR substring(date, 0, size($to)) <= substring($to, 0, size(date)))
RETURN date, end_date, type(r) AS type, properties(r) AS props,
       {id: a.id, label: labels(a)[0], name_zh: a.name_zh, name_en: a.name_en, country: a.country} AS source,
       {id: b.id, label: labels(b)[0], name_zh: b.name_zh, name_en: b.name_en, country: b.country} AS target
ORDER BY date, type, source.id, target.id
LIMIT $limit
