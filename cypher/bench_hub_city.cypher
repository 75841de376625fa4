// Benchmark: the partner city (not the home city $home) with the most relationships,
// the heaviest ordinary subject for contacts. Untimed set-up query.
MATCH (c:City)
WHERE c.id <> $home
WITH c, COUNT { (c)--() } AS degree
ORDER BY degree DESC, c.id
LIMIT 1
RETURN c.id AS id, c.name_zh AS name_zh, degree
