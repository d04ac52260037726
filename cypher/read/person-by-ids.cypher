// Persons by id. Params: $ids (Person ids). Rows: {node: PersonRow} for each id that exists, in no particular order.
MATCH (n:Person) WHERE n.id IN $ids
RETURN n {.id, .name, .aliases, typename: 'Person'} AS node
