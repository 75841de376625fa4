// Every node with search keys (normalized names), for the in-memory search index.
MATCH (n)
WHERE size(coalesce(n.search_keys, [])) > 0
RETURN n.id AS id, labels(n)[0] AS label, n.name_zh AS name_zh, n.name_en AS name_en,
       n.aliases AS aliases, n.country AS country, n.search_keys AS search_keys
