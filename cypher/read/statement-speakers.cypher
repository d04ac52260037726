// Who SAID each statement (a Person, State or Organization). Params: $ids (Statement ids).
// Rows: {key (statement id), node: PersonRow | StateRow | OrganizationRow}; none for unattributed statements.
MATCH (e)-[:SAID]->(s:Statement) WHERE s.id IN $ids AND (e:Person OR e:State OR e:Organization)
RETURN s.id AS key,
       e {.id, .name, .aliases, .iso3, .kind,
          typename: head([l IN labels(e) WHERE l IN ['Person', 'State', 'Organization']])} AS node
