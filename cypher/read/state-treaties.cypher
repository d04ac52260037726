// Treaties each state is PARTY_TO. Params: $ids (State ids). Rows: {key (state id), node: TreatyRow}, by name.
MATCH (s:State)-[:PARTY_TO]->(t:Treaty) WHERE s.id IN $ids
RETURN s.id AS key, t {.id, .name, .aliases, .kind, typename: 'Treaty'} AS node
ORDER BY key, t.name
