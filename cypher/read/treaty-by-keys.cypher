// Treaties by name key (name or alias through n.keys: "csto", "collective security treaty organization"). Params: $keys.
// Rows: {key, node: TreatyRow}, at most one per key: the most-mentioned treaty carrying that key.
UNWIND $keys AS key
CALL (key) {
  MATCH (n:Treaty) WHERE key IN n.keys
  RETURN n ORDER BY COUNT { (n)<-[:MENTIONS]-(:Article) } DESC, n.id LIMIT 1
}
RETURN key, n {.id, .name, .aliases, .kind, typename: 'Treaty'} AS node
