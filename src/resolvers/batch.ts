// Helpers that turn query rows into DataLoader answers: one value per key, in the order of the keys
// (the DataLoader contract), whatever order Neo4j returned the rows in.

/** Rows carrying a `key` grouped into one list per requested key (empty list for keys with no rows). */
export function groupByKey<R extends { key: string }, V>(keys: readonly string[], rows: readonly R[], pick: (row: R) => V): V[][] {
  const groups = new Map<string, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(row.key)?.push(pick(row));
  return keys.map((k) => groups.get(k) ?? []);
}

/** One value (or null) per requested key. */
export function oneByKey<R, V>(keys: readonly string[], rows: readonly R[], keyOf: (row: R) => string, pick: (row: R) => V): (V | null)[] {
  const byKey = new Map<string, V>();
  for (const row of rows) if (!byKey.has(keyOf(row))) byKey.set(keyOf(row), pick(row));
  return keys.map((k) => byKey.get(k) ?? null);
}
