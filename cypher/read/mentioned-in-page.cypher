// For each entity, one page of the articles that MENTION it, newest first.
// Params: $label ('Person' | 'State' | 'Treaty' | 'Organization', from an allow-list), $ids, $skip, $take.
// Rows: {key (entity id), totalCount, nodes: up to $take ArticleRows (without text) from $skip}, one per existing id.
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
  MATCH (a:Article)-[:MENTIONS]->(e)
  WITH a ORDER BY coalesce(a.publishedAt, '') DESC, a.ingestedAt DESC, a.id
  WITH collect(a) AS items
  RETURN size(items) AS totalCount,
         [a IN items[$skip..($skip + $take)] | a {.id, .title, .source, .url, .publishedAt, .tags, .ingestedAt, typename: 'Article'}] AS nodes
}
RETURN key, totalCount, nodes
