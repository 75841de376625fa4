// The loaded reports (Source nodes): each chapter's title and period, and how many
// entities it mentions. Every fact lists its reports in `sources`.
MATCH (s:Source)
OPTIONAL MATCH (s)-[:MENTIONS]->(n)
RETURN s.id AS report, s.title AS title, s.period_start AS from, s.period_end AS to,
       count(n) AS entities
ORDER BY from
