// Removes what one article alone contributed, keeping the Article node (the caller rewrites or deletes it):
// its statements (with their SAID, ABOUT and REPORTED_IN edges), its MENTIONS, its id in the `articles` list of
// HOLDS_OFFICE and PARTY_TO edges (an edge whose list becomes empty goes), then entity nodes left with no edge.
// Relies on the writer's invariant that an article MENTIONS every entity it contributed to.
// $articleId -> zero rows (no such article) or one row { touched }
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)-[:MENTIONS]->(e)
WITH a, collect(DISTINCT e) AS touched
CALL (a) {
  MATCH (s:Statement)-[:REPORTED_IN]->(a)
  DETACH DELETE s
}
CALL (touched) {
  // Outgoing only: each HOLDS_OFFICE/PARTY_TO edge is seen once, from its Person or State.
  UNWIND touched AS e
  MATCH (e)-[r:HOLDS_OFFICE|PARTY_TO]->()
  WHERE $articleId IN r.articles
  SET r.articles = [x IN r.articles WHERE x <> $articleId]
  WITH r WHERE size(r.articles) = 0
  DELETE r
}
CALL (a) {
  MATCH (a)-[m:MENTIONS]->()
  DELETE m
}
CALL (touched) {
  UNWIND touched AS e
  WITH e WHERE NOT EXISTS { (e)--() }
  DELETE e
}
RETURN size(touched) AS touched
