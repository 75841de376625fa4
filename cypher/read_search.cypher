// Entities whose normalized names (search_keys) match a normalized query: exact key
// first, then prefix, then substring; shorter names first. $key: match_key(query);
// $label: a Label from the allow-list or null; $limit: most rows.
MATCH (n)
WHERE ($label IS NULL OR $label IN labels(n))
  AND any(k IN coalesce(n.search_keys, []) WHERE k CONTAINS $key)
WITH n,
     CASE
       WHEN $key IN n.search_keys THEN 0
       WHEN any(k IN n.search_keys WHERE k STARTS WITH $key) THEN 1
       ELSE 2
     END AS rank
RETURN n.id AS id, labels(n)[0] AS label, n.name_zh AS name_zh, n.name_en AS name_en,
       n.aliases AS aliases, n.country AS country, rank
ORDER BY rank, size(n.name_zh), n.id
LIMIT $limit
