// Office holders of each state. Params: $ids (State ids).
// Rows: {key (state id), title, person: PersonRow}, ordered by state, title, name.
MATCH (p:Person)-[r:HOLDS_OFFICE]->(s:State) WHERE s.id IN $ids
RETURN s.id AS key, r.title AS title, p {.id, .name, .aliases, typename: 'Person'} AS person
ORDER BY key, title, p.name
