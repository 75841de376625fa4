// Which of $ids name no node (used to report a relationship write with a missing end).
UNWIND $ids AS id
OPTIONAL MATCH (n {id: id})
WITH id, n
WHERE n IS NULL
RETURN id
