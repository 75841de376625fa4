// Every relationship (MENTIONS included) whose start node has one label ({{label}} from
// the allow-list): over all labels, each relationship exactly once. Streamed like
// export_nodes.
MATCH (n:{{label}})-[r]->(m)
RETURN type(r) AS type, n.id AS source, m.id AS target, properties(r) AS props
