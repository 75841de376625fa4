// What tells that the graph changed: the number of nodes, of reports (Source), and the
// latest report's loaded_at (set at every load). Cheap; read before in-memory searches.
MATCH (n)
WITH count(n) AS nodes
OPTIONAL MATCH (s:Source)
RETURN nodes, count(s) AS sources, max(s.loaded_at) AS loaded_at
