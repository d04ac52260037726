// Entities each article MENTIONS, with how often. Params: $ids (Article ids).
// Rows: {key (article id), count, entity: PersonRow | StateRow | TreatyRow | OrganizationRow}, most mentioned first.
MATCH (a:Article)-[m:MENTIONS]->(e) WHERE a.id IN $ids AND (e:Person OR e:State OR e:Treaty OR e:Organization)
RETURN a.id AS key, coalesce(m.count, 1) AS count,
       e {.id, .name, .aliases, .iso3, .kind,
          typename: head([l IN labels(e) WHERE l IN ['Person', 'State', 'Treaty', 'Organization']])} AS entity
ORDER BY key, count DESC, e.name
