// What each statement is ABOUT. Params: $ids (Statement ids).
// Rows: {key (statement id), node: PersonRow | StateRow | TreatyRow | OrganizationRow}, by statement, type, name.
MATCH (s:Statement)-[:ABOUT]->(e) WHERE s.id IN $ids AND (e:Person OR e:State OR e:Treaty OR e:Organization)
WITH s, e, head([l IN labels(e) WHERE l IN ['Person', 'State', 'Treaty', 'Organization']]) AS typename
RETURN s.id AS key, e {.id, .name, .aliases, .iso3, .kind, typename: typename} AS node
ORDER BY key, typename, e.name
