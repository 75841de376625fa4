// The Source node of one report; $loaded_at (ns since the epoch) marks this load. Its MENTIONS edges are written per label by
// merge_mentions.cypher (a label-specific lookup uses that label's unique-id index).
MERGE (s:Source {id: $source})
SET s += $props, s.loaded_at = $loaded_at, s.sources = [$source], s.name_zh = $props.title, s.name_en = coalesce(s.name_en, ''),
    s.aliases = [], s.search_keys = []
RETURN s.id AS id
