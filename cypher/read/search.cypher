// Full-text search over entity names/aliases (index entity_names) and statement text (index statement_text).
// Params: $query (a Lucene query built from escaped user text), $limit. Rows: {typename, id, score}, best first.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: $limit}) YIELD node, score
  RETURN node, score
}
WITH node, score
RETURN head([l IN labels(node) WHERE l IN ['Person', 'State', 'Treaty', 'Organization', 'Statement']]) AS typename,
       node.id AS id, score
ORDER BY score DESC, id
LIMIT $limit
