// (State)-[:PARTY_TO {articles}]->(Treaty): membership as articles state it; `articles` lists each of them.
// $articleId, $rows: [{ stateId, treatyId }]
UNWIND $rows AS row
MATCH (s:State {id: row.stateId})
MATCH (t:Treaty {id: row.treatyId})
MERGE (s)-[r:PARTY_TO]->(t)
SET r.articles = CASE WHEN $articleId IN coalesce(r.articles, []) THEN r.articles ELSE coalesce(r.articles, []) + $articleId END
