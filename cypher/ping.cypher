// Readiness probe: a real query on the configured database.
RETURN 1 AS ok
