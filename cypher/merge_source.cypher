// The Source node of one report, written before its entities (merge_nodes.cypher adds
// its MENTIONS edges); $loaded_at (ns since the epoch) marks this load.
MERGE (s:Source {id: $source})
SET s += $props, s.loaded_at = $loaded_at, s.sources = [$source], s.name_zh = $props.title, s.name_en = coalesce(s.name_en, ''),
    s.aliases = [], s.search_keys = []
RETURN s.id AS id
