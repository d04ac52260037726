// Batch functions for the one-to-many relationship fields: parent ids in, one list per parent out, in the
// order of the ids (empty lists for parents without such relationships). One Cypher round trip per batch.
import type { CypherExecutor } from "../neo4j/executor.js";
import { groupByKey } from "./batch.js";
import type { EntityRow, PersonRow, SpeakerRow, StateRow, StatementRow, TreatyRow } from "./rows.js";

export interface OfficeRow {
  title: string;
  state: StateRow;
}
export interface LeaderRow {
  title: string;
  person: PersonRow;
}
export interface MentionRow {
  count: number;
  entity: EntityRow;
}

const uniq = (ids: readonly string[]) => [...new Set(ids)];

export async function officesByPersonIds(x: CypherExecutor, ids: readonly string[]): Promise<OfficeRow[][]> {
  const rows = await x.read<{ key: string; title: string | null; state: StateRow }>("read/person-offices", { ids: uniq(ids) });
  return groupByKey(ids, rows, (r) => ({ title: r.title ?? "", state: r.state }));
}

export async function leadersByStateIds(x: CypherExecutor, ids: readonly string[]): Promise<LeaderRow[][]> {
  const rows = await x.read<{ key: string; title: string | null; person: PersonRow }>("read/state-leaders", { ids: uniq(ids) });
  return groupByKey(ids, rows, (r) => ({ title: r.title ?? "", person: r.person }));
}

export async function treatiesByStateIds(x: CypherExecutor, ids: readonly string[]): Promise<TreatyRow[][]> {
  const rows = await x.read<{ key: string; node: TreatyRow }>("read/state-treaties", { ids: uniq(ids) });
  return groupByKey(ids, rows, (r) => r.node);
}

export async function membersByTreatyIds(x: CypherExecutor, ids: readonly string[]): Promise<StateRow[][]> {
  const rows = await x.read<{ key: string; node: StateRow }>("read/treaty-members", { ids: uniq(ids) });
  return groupByKey(ids, rows, (r) => r.node);
}

/** The speaker of each statement, or null when the statement is not attributed to a known entity. */
export async function speakersByStatementIds(x: CypherExecutor, ids: readonly string[]): Promise<(SpeakerRow | null)[]> {
  const rows = await x.read<{ key: string; node: SpeakerRow }>("read/statement-speakers", { ids: uniq(ids) });
  return groupByKey(ids, rows, (r) => r.node).map((list) => list[0] ?? null);
}

export async function aboutByStatementIds(x: CypherExecutor, ids: readonly string[]): Promise<EntityRow[][]> {
  const rows = await x.read<{ key: string; node: EntityRow }>("read/statement-about", { ids: uniq(ids) });
  return groupByKey(ids, rows, (r) => r.node);
}

export async function statementsByArticleIds(x: CypherExecutor, ids: readonly string[]): Promise<StatementRow[][]> {
  const rows = await x.read<{ key: string; node: StatementRow }>("read/article-statements", { ids: uniq(ids) });
  return groupByKey(ids, rows, (r) => r.node);
}

export async function mentionsByArticleIds(x: CypherExecutor, ids: readonly string[]): Promise<MentionRow[][]> {
  const rows = await x.read<{ key: string; count: number; entity: EntityRow }>("read/article-mentions", { ids: uniq(ids) });
  return groupByKey(ids, rows, (r) => ({ count: r.count, entity: r.entity }));
}
