// The outgoing relationships (MENTIONS included) of a batch of nodes of one label
// ({{label}} from the allow-list): every relationship is read once, at its start node.
// $ids: ids of {{label}} nodes.
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})-[r]->(m)
RETURN type(r) AS type, n.id AS source, m.id AS target, properties(r) AS props
