// (Statement)-[:ABOUT]->(Person|State|Treaty|Organization); both ends exist already.
// $rows: [{ statementId, label: Person|State|Treaty|Organization, id }]
UNWIND $rows AS row
MATCH (s:Statement {id: row.statementId})
CALL (row) {
  MATCH (e:Person {id: row.id}) WHERE row.label = 'Person' RETURN e
  UNION
  MATCH (e:State {id: row.id}) WHERE row.label = 'State' RETURN e
  UNION
  MATCH (e:Treaty {id: row.id}) WHERE row.label = 'Treaty' RETURN e
  UNION
  MATCH (e:Organization {id: row.id}) WHERE row.label = 'Organization' RETURN e
}
MERGE (s)-[:ABOUT]->(e)
