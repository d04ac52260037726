// The shortest path between two nodes over the model's relationships, if it has at most $maxLength (<= 10) of them.
// Params: $fromLabel, $fromId, $toLabel, $toId (labels from an allow-list), $maxLength.
// Row (none when there is no such path): {nodes: [{typename, id, label}], rels: [{type, sourceType, sourceId, targetType, targetId}]}.
CALL () {
  MATCH (n:Person {id: $fromId}) WHERE $fromLabel = 'Person' RETURN n
  UNION MATCH (n:State {id: $fromId}) WHERE $fromLabel = 'State' RETURN n
  UNION MATCH (n:Treaty {id: $fromId}) WHERE $fromLabel = 'Treaty' RETURN n
  UNION MATCH (n:Organization {id: $fromId}) WHERE $fromLabel = 'Organization' RETURN n
  UNION MATCH (n:Statement {id: $fromId}) WHERE $fromLabel = 'Statement' RETURN n
  UNION MATCH (n:Article {id: $fromId}) WHERE $fromLabel = 'Article' RETURN n
}
WITH n AS a
CALL () {
  MATCH (n:Person {id: $toId}) WHERE $toLabel = 'Person' RETURN n
  UNION MATCH (n:State {id: $toId}) WHERE $toLabel = 'State' RETURN n
  UNION MATCH (n:Treaty {id: $toId}) WHERE $toLabel = 'Treaty' RETURN n
  UNION MATCH (n:Organization {id: $toId}) WHERE $toLabel = 'Organization' RETURN n
  UNION MATCH (n:Statement {id: $toId}) WHERE $toLabel = 'Statement' RETURN n
  UNION MATCH (n:Article {id: $toId}) WHERE $toLabel = 'Article' RETURN n
}
WITH a, n AS b
MATCH p = shortestPath((a)-[:HOLDS_OFFICE|PARTY_TO|SAID|ABOUT|MENTIONS|REPORTED_IN*..10]-(b))
WHERE length(p) <= $maxLength
WITH p LIMIT 1
RETURN [x IN nodes(p) | {
          typename: head([l IN labels(x) WHERE l IN ['Person', 'State', 'Treaty', 'Organization', 'Statement', 'Article']]),
          id: x.id,
          label: coalesce(x.name, x.title, CASE WHEN size(x.text) > 80 THEN left(x.text, 79) + '…' ELSE x.text END, x.id)}] AS nodes,
       [r IN relationships(p) | {
          type: type(r),
          sourceType: head([l IN labels(startNode(r)) WHERE l IN ['Person', 'State', 'Treaty', 'Organization', 'Statement', 'Article']]),
          sourceId: startNode(r).id,
          targetType: head([l IN labels(endNode(r)) WHERE l IN ['Person', 'State', 'Treaty', 'Organization', 'Statement', 'Article']]),
          targetId: endNode(r).id}] AS rels
