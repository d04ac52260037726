// For each entity, one page of the statements ABOUT it, newest article first.
// Params: $label ('Person' | 'State' | 'Treaty' | 'Organization', from an allow-list), $ids, $skip, $take.
// Rows: {key (entity id), totalCount, nodes: up to $take StatementRows from position $skip}, one per existing id.
UNWIND $ids AS key
CALL (key) {
  MATCH (e:Person {id: key}) WHERE $label = 'Person' RETURN e
  UNION
  MATCH (e:State {id: key}) WHERE $label = 'State' RETURN e
  UNION
  MATCH (e:Treaty {id: key}) WHERE $label = 'Treaty' RETURN e
  UNION
  MATCH (e:Organization {id: key}) WHERE $label = 'Organization' RETURN e
}
CALL (e) {
  MATCH (s:Statement)-[:ABOUT]->(e)
  MATCH (s)-[:REPORTED_IN]->(a:Article)
  WITH s, a ORDER BY coalesce(a.publishedAt, '') DESC, a.id, s.start, s.id
  WITH collect({s: s, articleId: a.id}) AS all
  RETURN size(all) AS totalCount,
         [x IN all[$skip..($skip + $take)] | x.s {.id, .text, .direct, .start, .end, .speakerText, typename: 'Statement', articleId: x.articleId}] AS nodes
}
RETURN key, totalCount, nodes
