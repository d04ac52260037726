// Upserts Organization nodes by id; aliases and keys grow as a union over articles, the name and kind are the first ones given.
// $rows: [{ id, name, kind, aliases, keys }]
UNWIND $rows AS row
MERGE (n:Organization {id: row.id})
ON CREATE SET n.name = row.name, n.aliases = [], n.keys = []
SET n.kind = coalesce(n.kind, row.kind)
WITH n, row, [x IN [row.name] + row.aliases WHERE x <> n.name AND NOT x IN n.aliases] AS newAliases
SET n.aliases = n.aliases + newAliases,
    n.keys = n.keys + [k IN row.keys WHERE NOT k IN n.keys]
