// Statements by id, each with the id of the article it is reported in. Params: $ids.
// Rows: {node: StatementRow} for each id that exists, in no particular order.
MATCH (s:Statement) WHERE s.id IN $ids
RETURN s {.id, .text, .direct, .start, .end, .speakerText, typename: 'Statement',
          articleId: head([(s)-[:REPORTED_IN]->(a:Article) | a.id])} AS node
