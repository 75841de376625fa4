// Number of relationships per type (for /health and tests).
MATCH ()-[r]->()
RETURN type(r) AS type, count(r) AS count
