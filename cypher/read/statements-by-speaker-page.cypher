// For each speaker, one page of the statements it made, newest article first.
// Params: $label ('Person' | 'State' | 'Organization', from an allow-list), $ids (ids of that label), $skip, $take.
// Rows: {key (speaker id), totalCount, nodes: up to $take StatementRows from position $skip}, one per existing id.
UNWIND $ids AS key
CALL (key) {
  MATCH (e:Person {id: key}) WHERE $label = 'Person' RETURN e
  UNION
  MATCH (e:State {id: key}) WHERE $label = 'State' RETURN e
  UNION
  MATCH (e:Organization {id: key}) WHERE $label = 'Organization' RETURN e
}
CALL (e) {
  MATCH (e)-[:SAID]->(s:Statement)-[:REPORTED_IN]->(a:Article)
  WITH s, a ORDER BY coalesce(a.publishedAt, '') DESC, a.id, s.start, s.id
  WITH collect({s: s, articleId: a.id}) AS all
  RETURN size(all) AS totalCount,
         [x IN all[$skip..($skip + $take)] | x.s {.id, .text, .direct, .start, .end, .speakerText, typename: 'Statement', articleId: x.articleId}] AS nodes
}
RETURN key, totalCount, nodes
