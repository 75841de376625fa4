// Empty the graph (citygraph db reset; tests).
MATCH (n)
DETACH DELETE n
