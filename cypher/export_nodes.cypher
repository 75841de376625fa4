// One page of the nodes of one label ({{label}} from the allow-list), in id order, after
// id $after ('' for the first page); $batch: page size. Keyset paging keeps every page
// an index range, however large the graph.
MATCH (n:{{label}})
WHERE n.id > $after
RETURN properties(n) AS props
ORDER BY n.id
LIMIT $batch
