// What tells that the graph changed: the number of reports (Source) and the latest
// report's loaded_at (set at every load, so a re-load changes it too). Reads only the
// Source nodes: cheap at any graph size. Read before cached reads and searches.
OPTIONAL MATCH (s:Source)
RETURN count(s) AS sources, max(s.loaded_at) AS loaded_at
