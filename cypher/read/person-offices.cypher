// Offices held by each person ("President" of Belarus). Params: $ids (Person ids).
// Rows: {key (person id), title, state: StateRow}, ordered by person then title.
MATCH (p:Person)-[r:HOLDS_OFFICE]->(s:State) WHERE p.id IN $ids
RETURN p.id AS key, r.title AS title, s {.id, .name, .aliases, .iso3, typename: 'State'} AS state
ORDER BY key, title, s.name
