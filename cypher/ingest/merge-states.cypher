// Upserts State nodes by id; aliases and keys grow as a union over articles, name and iso3 come from the ISO data and are always set.
// $rows: [{ id (ISO alpha-2), name, iso3, aliases, keys }]
UNWIND $rows AS row
MERGE (n:State {id: row.id})
ON CREATE SET n.name = row.name, n.aliases = [], n.keys = []
SET n.name = row.name, n.iso3 = row.iso3
WITH n, row, [x IN [row.name] + row.aliases WHERE x <> n.name AND NOT x IN n.aliases] AS newAliases
SET n.aliases = n.aliases + newAliases,
    n.keys = n.keys + [k IN row.keys WHERE NOT k IN n.keys]
