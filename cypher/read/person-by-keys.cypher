// Persons by name key (nameKey of the name or of any alias; ingest stores them in n.keys). Params: $keys.
// Rows: {key, node: PersonRow}, at most one per key: the most-mentioned person carrying that key.
UNWIND $keys AS key
CALL (key) {
  MATCH (n:Person) WHERE key IN n.keys
  RETURN n ORDER BY COUNT { (n)<-[:MENTIONS]-(:Article) } DESC, n.id LIMIT 1
}
RETURN key, n {.id, .name, .aliases, typename: 'Person'} AS node
