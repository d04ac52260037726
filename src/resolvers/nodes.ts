// Batch loads of nodes by id, one Cypher round trip per label and batch. They return the rows found in any
// order; the loadable node types put them in key order with `sort` (missing ids become null).
import type { CypherExecutor } from "../neo4j/executor.js";
import { oneByKey } from "./batch.js";
import type { ArticleRow, OrganizationRow, PersonRow, StateRow, StatementRow, TreatyRow } from "./rows.js";

async function byIds<T extends { id: string }>(executor: CypherExecutor, query: string, ids: readonly string[]): Promise<T[]> {
  const rows = await executor.read<{ node: T }>(query, { ids: [...new Set(ids)] });
  return rows.map((r) => r.node);
}

export const personsByIds = (x: CypherExecutor, ids: readonly string[]) => byIds<PersonRow>(x, "read/person-by-ids", ids);
export const statesByIds = (x: CypherExecutor, ids: readonly string[]) => byIds<StateRow>(x, "read/state-by-ids", ids);
export const treatiesByIds = (x: CypherExecutor, ids: readonly string[]) => byIds<TreatyRow>(x, "read/treaty-by-ids", ids);
export const organizationsByIds = (x: CypherExecutor, ids: readonly string[]) => byIds<OrganizationRow>(x, "read/organization-by-ids", ids);
export const statementsByIds = (x: CypherExecutor, ids: readonly string[]) => byIds<StatementRow>(x, "read/statement-by-ids", ids);
export const articlesByIds = (x: CypherExecutor, ids: readonly string[]) => byIds<ArticleRow>(x, "read/article-by-ids", ids);

/** Article texts by article id (kept out of ArticleRow so lists of articles stay small). */
export async function articleTextsByIds(executor: CypherExecutor, ids: readonly string[]): Promise<(string | null)[]> {
  const rows = await executor.read<{ id: string; text: string | null }>("read/article-texts", { ids: [...new Set(ids)] });
  return oneByKey(ids, rows, (r) => r.id, (r) => r.text);
}
