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
  WITH collect(s) AS items
  RETURN size(items) AS totalCount,
         [s IN items[$skip..($skip + $take)] | s {.id, .text, .direct, .start, .end, .speakerText, typename: 'Statement',
           articleId: head([(s)-[:REPORTED_IN]->(r:Article) | r.id])}] AS nodes
}
RETURN key, totalCount, nodes
