// Nodes by label and id, with a display label, for graph() and path(). Params: $ids, a map from each label of the
// model (Person, State, Treaty, Organization, Statement, Article) to a list of ids. Rows: {typename, id, label}.
CALL () {
  MATCH (n:Person) WHERE n.id IN $ids.Person RETURN n
  UNION MATCH (n:State) WHERE n.id IN $ids.State RETURN n
  UNION MATCH (n:Treaty) WHERE n.id IN $ids.Treaty RETURN n
  UNION MATCH (n:Organization) WHERE n.id IN $ids.Organization RETURN n
  UNION MATCH (n:Statement) WHERE n.id IN $ids.Statement RETURN n
  UNION MATCH (n:Article) WHERE n.id IN $ids.Article RETURN n
}
RETURN head([l IN labels(n) WHERE l IN ['Person', 'State', 'Treaty', 'Organization', 'Statement', 'Article']]) AS typename,
       n.id AS id,
       coalesce(n.name, n.title, CASE WHEN size(n.text) > 80 THEN left(n.text, 79) + '…' ELSE n.text END, n.id) AS label
