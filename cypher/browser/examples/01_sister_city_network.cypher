// The sister-city network: the home city and every sister- or friendship-city tie, drawn
// as a graph. A tie is stored in one direction but means both, so the pattern has no
// arrow. Click a tie to see its status (signed, planned, negotiating), since and ordinal.
// :param home => 'city:tw:kaohsiung'
MATCH p = (home:City {id: $home})-[:SISTER_CITY_OF|FRIENDSHIP_CITY_OF]-(partner:City)
RETURN p
