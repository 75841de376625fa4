// Batched upsert of nodes of one label ({{label}} comes from the allow-list).
// row: {id, name_zh, name_en, aliases, search_keys, props}; $source: the Source id.
// Names, aliases and search keys accumulate across reports; `sources` lists them
// (retract_source ran first in the same transaction: $source is on no node yet).
// When the Source node exists (the loader makes it first, fresh: retract_source deleted
// it with its MENTIONS), each node gets its MENTIONS edge here, in the same pass: a
// separate pass looked every node up again. CREATE, not MERGE: a MERGE compares the new
// edge with every edge already on either end (thousands on a report and on a hub city).
OPTIONAL MATCH (src:Source {id: $source})
UNWIND $rows AS row
MERGE (n:{{label}} {id: row.id})
SET n += row.props,
    n.name_zh = row.name_zh,
    n.name_en = CASE WHEN row.name_en <> '' THEN row.name_en ELSE coalesce(n.name_en, '') END,
    n.aliases = [a IN coalesce(n.aliases, []) WHERE NOT a IN row.aliases] + row.aliases,
    n.search_keys = [k IN coalesce(n.search_keys, []) WHERE NOT k IN row.search_keys] + row.search_keys,
    n.sources = coalesce(n.sources, []) + [$source]
FOREACH (present IN CASE WHEN src IS NULL THEN [] ELSE [1] END |
  CREATE (src)-[:MENTIONS {sources: [$source]}]->(n))
RETURN count(n) AS written
