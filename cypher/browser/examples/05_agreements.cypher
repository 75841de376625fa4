// Who signed what: every agreement (SIGNED_MOU) with its date, title and status, and
// the sentence that states it.
MATCH (a)-[r:SIGNED_MOU]->(b)
RETURN r.date AS date, a.name_zh AS party, b.name_zh AS counterpart,
       r.title AS agreement, r.status AS status, r.evidence[0] AS evidence
ORDER BY date
