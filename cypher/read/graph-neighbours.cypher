// One breadth-first step of graph(): the model's relationships of the given nodes and the node at the other end,
// structural ones (office, membership, who said, about) before mentions and provenance, at most $limit rows.
// Params: $ids (map label -> ids, as in graph-nodes), $limit. Rows: {type, outgoing (true when the given node is
// the start), fromType, fromId, otherType, otherId, otherLabel}.
CALL () {
  MATCH (n:Person) WHERE n.id IN $ids.Person RETURN n
  UNION MATCH (n:State) WHERE n.id IN $ids.State RETURN n
  UNION MATCH (n:Treaty) WHERE n.id IN $ids.Treaty RETURN n
  UNION MATCH (n:Organization) WHERE n.id IN $ids.Organization RETURN n
  UNION MATCH (n:Statement) WHERE n.id IN $ids.Statement RETURN n
  UNION MATCH (n:Article) WHERE n.id IN $ids.Article RETURN n
}
MATCH (n)-[r:HOLDS_OFFICE|PARTY_TO|SAID|ABOUT|MENTIONS|REPORTED_IN]-(m)
WITH n, r, m,
     CASE type(r) WHEN 'HOLDS_OFFICE' THEN 0 WHEN 'PARTY_TO' THEN 1 WHEN 'SAID' THEN 2 WHEN 'ABOUT' THEN 3
                  WHEN 'MENTIONS' THEN 4 ELSE 5 END AS priority
ORDER BY priority, m.id, n.id
LIMIT $limit
RETURN type(r) AS type, startNode(r) = n AS outgoing,
       head([l IN labels(n) WHERE l IN ['Person', 'State', 'Treaty', 'Organization', 'Statement', 'Article']]) AS fromType,
       n.id AS fromId,
       head([l IN labels(m) WHERE l IN ['Person', 'State', 'Treaty', 'Organization', 'Statement', 'Article']]) AS otherType,
       m.id AS otherId,
       coalesce(m.name, m.title, CASE WHEN size(m.text) > 80 THEN left(m.text, 79) + '…' ELSE m.text END, m.id) AS otherLabel
