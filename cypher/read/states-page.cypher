// One page of states in name order. Params: $needle (a nameKey fragment matched against names, aliases and ISO
// codes, or null for all), $skip, $take. Row: {totalCount, nodes: up to $take StateRows from position $skip}.
MATCH (n:State)
WHERE $needle IS NULL OR any(k IN coalesce(n.keys, []) WHERE k CONTAINS $needle) OR toLower(n.name) CONTAINS $needle
   OR n.id = toUpper($needle) OR n.iso3 = toUpper($needle)
WITH n ORDER BY n.name, n.id
WITH collect(n) AS items
RETURN size(items) AS totalCount,
       [n IN items[$skip..($skip + $take)] | n {.id, .name, .aliases, .iso3, typename: 'State'}] AS nodes
