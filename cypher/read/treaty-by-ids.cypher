// Treaties by id (slug). Params: $ids. Rows: {node: TreatyRow} for each id that exists, in no particular order.
MATCH (n:Treaty) WHERE n.id IN $ids
RETURN n {.id, .name, .aliases, .kind, typename: 'Treaty'} AS node
