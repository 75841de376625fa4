// Batched upsert of nodes of one label ({{label}} comes from the allow-list).
// row: {id, name_zh, name_en, aliases, search_keys, props}; $source: the Source id.
// Names, aliases and search keys accumulate across reports; `sources` lists them.
UNWIND $rows AS row
MERGE (n:{{label}} {id: row.id})
SET n += row.props,
    n.name_zh = row.name_zh,
    n.name_en = CASE WHEN row.name_en <> '' THEN row.name_en ELSE coalesce(n.name_en, '') END,
    n.aliases = [a IN coalesce(n.aliases, []) WHERE NOT a IN row.aliases] + row.aliases,
    n.search_keys = [k IN coalesce(n.search_keys, []) WHERE NOT k IN row.search_keys] + row.search_keys,
    n.sources = [s IN coalesce(n.sources, []) WHERE s <> $source] + [$source]
RETURN count(n) AS written
