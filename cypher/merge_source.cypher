// The Source node of one report and MENTIONS edges to every entity it names.
MERGE (s:Source {id: $source})
SET s += $props, s.sources = [$source], s.name_zh = $props.title, s.name_en = coalesce(s.name_en, ''),
    s.aliases = [], s.search_keys = []
WITH s
UNWIND $ids AS id
MATCH (n {id: id})
MERGE (s)-[m:MENTIONS]->(n)
SET m.sources = [$source]
RETURN count(m) AS written
