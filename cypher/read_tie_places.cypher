// A city and its sister- and friendship-city partners with their coordinates, for the
// explorer's map. $id: the city id. No row: no such city.
MATCH (home:City {id: $id})
OPTIONAL MATCH (home)-[r:SISTER_CITY_OF|FRIENDSHIP_CITY_OF]-(m:City)
RETURN properties(home) AS home,
       collect(CASE WHEN m IS NULL THEN null ELSE
         {type: type(r), props: properties(r), partner: properties(m)}
       END) AS ties
