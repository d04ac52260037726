// Upserts Person nodes by id; aliases and keys grow as a union over articles, the name is the first one given.
// $rows: [{ id, name, aliases, keys }]
UNWIND $rows AS row
MERGE (n:Person {id: row.id})
ON CREATE SET n.name = row.name, n.aliases = [], n.keys = []
WITH n, row, [x IN [row.name] + row.aliases WHERE x <> n.name AND NOT x IN n.aliases] AS newAliases
SET n.aliases = n.aliases + newAliases,
    n.keys = n.keys + [k IN row.keys WHERE NOT k IN n.keys]
