// Organizations by id (slug). Params: $ids. Rows: {node: OrganizationRow} for each id that exists, in no particular order.
MATCH (n:Organization) WHERE n.id IN $ids
RETURN n {.id, .name, .aliases, .kind, typename: 'Organization'} AS node
