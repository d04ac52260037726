// Look-ups by name or alias: keys are nameKey() values, matched against the `keys` list ingest stores on each
// entity, so "CSTO", "csto" and "Collective Security Treaty Organization" all meet. One value per key, in order.
import type { CypherExecutor } from "../neo4j/executor.js";
import { oneByKey } from "./batch.js";
import type { OrganizationRow, PersonRow, StateRow, TreatyRow } from "./rows.js";

async function byKeys<T>(executor: CypherExecutor, query: string, keys: readonly string[]): Promise<(T | null)[]> {
  const rows = await executor.read<{ key: string; node: T }>(query, { keys: [...new Set(keys)] });
  return oneByKey(keys, rows, (r) => r.key, (r) => r.node);
}

export const personsByKeys = (x: CypherExecutor, keys: readonly string[]) => byKeys<PersonRow>(x, "read/person-by-keys", keys);
export const statesByKeys = (x: CypherExecutor, keys: readonly string[]) => byKeys<StateRow>(x, "read/state-by-keys", keys);
export const treatiesByKeys = (x: CypherExecutor, keys: readonly string[]) => byKeys<TreatyRow>(x, "read/treaty-by-keys", keys);
export const organizationsByKeys = (x: CypherExecutor, keys: readonly string[]) => byKeys<OrganizationRow>(x, "read/organization-by-keys", keys);
