// How each fact came to be: read by the rules as a report states it, inferred by them
// (one row a year from 「每年」), or added by a reader in the report's corrections file
// (`corrected`). To see the added ones with their quotes:
//   MATCH (a)-[r]->(b) WHERE r.corrected RETURN a.name_zh, type(r), b.name_zh, r.evidence
MATCH ()-[r]->()
WHERE type(r) <> 'MENTIONS'
RETURN CASE
         WHEN r.corrected = true THEN 'added by a reader'
         WHEN r.inferred = true THEN 'inferred by the rules'
         ELSE 'read by the rules'
       END AS how, type(r) AS type, count(*) AS facts
ORDER BY how, type
