// Organizations by name key (name or alias through n.keys). Params: $keys.
// Rows: {key, node: OrganizationRow}, at most one per key: the most-mentioned organization carrying that key.
UNWIND $keys AS key
CALL (key) {
  MATCH (n:Organization) WHERE key IN n.keys
  RETURN n ORDER BY COUNT { (n)<-[:MENTIONS]-(:Article) } DESC, n.id LIMIT 1
}
RETURN key, n {.id, .name, .aliases, .kind, typename: 'Organization'} AS node
