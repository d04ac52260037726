// (Person)-[:HOLDS_OFFICE {title, articles}]->(State): one edge per person, state and title; `articles`
// lists every article that states it, so a retracted article only removes its own id.
// $articleId, $rows: [{ personId, stateId, title }]
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (s:State {id: row.stateId})
MERGE (p)-[r:HOLDS_OFFICE {title: row.title}]->(s)
SET r.articles = CASE WHEN $articleId IN coalesce(r.articles, []) THEN r.articles ELSE coalesce(r.articles, []) + $articleId END
