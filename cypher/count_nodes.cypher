// Number of nodes per label (for /health and tests).
MATCH (n)
RETURN labels(n)[0] AS label, count(n) AS count
