// (Article)-[:MENTIONS {count}]->(entity) for every entity the article names or contributes to; entities exist already.
// The label is picked by value from the allow-list of branches below, never interpolated.
// $articleId, $rows: [{ label: Person|State|Treaty|Organization, id, count }]
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
CALL (row) {
  MATCH (e:Person {id: row.id}) WHERE row.label = 'Person' RETURN e
  UNION
  MATCH (e:State {id: row.id}) WHERE row.label = 'State' RETURN e
  UNION
  MATCH (e:Treaty {id: row.id}) WHERE row.label = 'Treaty' RETURN e
  UNION
  MATCH (e:Organization {id: row.id}) WHERE row.label = 'Organization' RETURN e
}
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = toInteger(row.count)
