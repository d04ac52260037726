// States by name key (name or alias through n.keys) or by ISO code ("BY", "BLR"). Params: $keys (nameKey values).
// Rows: {key, node: StateRow}, at most one per key: the most-mentioned state matching it.
UNWIND $keys AS key
CALL (key) {
  MATCH (n:State) WHERE key IN n.keys OR n.id = toUpper(key) OR n.iso3 = toUpper(key)
  RETURN n ORDER BY COUNT { (n)<-[:MENTIONS]-(:Article) } DESC, n.id LIMIT 1
}
RETURN key, n {.id, .name, .aliases, .iso3, typename: 'State'} AS node
