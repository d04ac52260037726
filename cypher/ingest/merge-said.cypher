// (Person|State|Organization)-[:SAID]->(Statement); speaker and statement exist already.
// $rows: [{ statementId, label: Person|State|Organization, id }]
UNWIND $rows AS row
MATCH (s:Statement {id: row.statementId})
CALL (row) {
  MATCH (e:Person {id: row.id}) WHERE row.label = 'Person' RETURN e
  UNION
  MATCH (e:State {id: row.id}) WHERE row.label = 'State' RETURN e
  UNION
  MATCH (e:Organization {id: row.id}) WHERE row.label = 'Organization' RETURN e
}
MERGE (e)-[:SAID]->(s)
