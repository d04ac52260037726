// States by id (ISO 3166-1 alpha-2). Params: $ids. Rows: {node: StateRow} for each id that exists, in no particular order.
MATCH (n:State) WHERE n.id IN $ids
RETURN n {.id, .name, .aliases, .iso3, typename: 'State'} AS node
