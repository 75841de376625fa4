// The relationships of a batch of nodes of one label ({{label}} comes from the allow-list),
// read in both directions, except MENTIONS, each with the node at its other end.
// $ids: ids of {{label}} nodes; $limit: most rows. Used by the explorer's neighbourhood
// and neighbourhood exports, one hop at a time.
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})-[r]-(m)
WHERE type(r) <> 'MENTIONS'
RETURN type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
       properties(r) AS props, labels(m)[0] AS label, properties(m) AS other
LIMIT $limit
