// The shortest connections between two entities over facts (report mentions are not
// connections): how is Busan linked to Malé? Every relationship on a path carries
// `evidence`, the sentences that state it.
// :param from => 'city:kr:busan'
// :param to => 'city:mv:male'
MATCH (a:City {id: $from}), (b:City {id: $to})
MATCH p = allShortestPaths((a)-[:SISTER_CITY_OF|FRIENDSHIP_CITY_OF|SIGNED_MOU|VISITED|PARTICIPATED_IN|HOSTED|HOLDS_TITLE|LOCATED_IN|SISTER_SCHOOL_OF|MET_WITH|INVITED|EDITION_OF*..6]-(b))
RETURN p
LIMIT 10
