// Statements REPORTED_IN each article, in text order. Params: $ids (Article ids).
// Rows: {key (article id), node: StatementRow}.
MATCH (s:Statement)-[:REPORTED_IN]->(a:Article) WHERE a.id IN $ids
RETURN a.id AS key,
       s {.id, .text, .direct, .start, .end, .speakerText, typename: 'Statement', articleId: a.id} AS node
ORDER BY key, s.start, s.id
