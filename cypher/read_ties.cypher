// A city's sister-city and friendship-city ties, read in both directions, optionally of
// one status. $id: the city id; $status: a tie status or null.
MATCH (home:City {id: $id})-[r:SISTER_CITY_OF|FRIENDSHIP_CITY_OF]-(m:City)
WHERE $status IS NULL OR r.status = $status
RETURN type(r) AS type,
       properties(r) AS props,
       {id: m.id, label: labels(m)[0], name_zh: m.name_zh, name_en: m.name_en, country: m.country} AS partner
