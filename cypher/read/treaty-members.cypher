// States PARTY_TO each treaty. Params: $ids (Treaty ids). Rows: {key (treaty id), node: StateRow}, by name.
MATCH (s:State)-[:PARTY_TO]->(t:Treaty) WHERE t.id IN $ids
RETURN t.id AS key, s {.id, .name, .aliases, .iso3, typename: 'State'} AS node
ORDER BY key, s.name
