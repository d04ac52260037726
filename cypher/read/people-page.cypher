// One page of persons in name order. Params: $needle (a nameKey fragment matched against names and aliases, or
// null for all), $skip, $take. Row: {totalCount (all matches), nodes: up to $take PersonRows from position $skip}.
MATCH (n:Person)
WHERE $needle IS NULL OR any(k IN coalesce(n.keys, []) WHERE k CONTAINS $needle) OR toLower(n.name) CONTAINS $needle
WITH n ORDER BY n.name, n.id
WITH collect(n) AS items
RETURN size(items) AS totalCount,
       [n IN items[$skip..($skip + $take)] | n {.id, .name, .aliases, typename: 'Person'}] AS nodes
