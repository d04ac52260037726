// Write stage: GraphRows -> Neo4j, one write transaction per article so a failure leaves nothing half-written.
// An article stored with the same contentHash and extractor is left alone ("unchanged", ingestedAt kept);
// a stored older version is first retracted (what it alone contributed goes), then the new one is merged.
import type { CypherExecutor, Params, TxRunner, WriteCounters } from "../../neo4j/executor.js";
import type { GraphRows } from "../resolve/rows.js";

export type WriteStatus = "written" | "unchanged";

export interface WriteResult {
  status: WriteStatus;
  counters: WriteCounters;
}

/** Rows per UNWIND round trip: large enough to batch, small enough to keep one statement's memory modest. */
const BATCH = 500;

export const zeroCounters = (): WriteCounters => ({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });

export function addCounters(into: WriteCounters, more: WriteCounters): WriteCounters {
  into.nodesCreated += more.nodesCreated;
  into.nodesDeleted += more.nodesDeleted;
  into.relationshipsCreated += more.relationshipsCreated;
  into.relationshipsDeleted += more.relationshipsDeleted;
  return into;
}

interface StoredVersion {
  contentHash: string | null;
  extractor: string | null;
}

export const isSameVersion = (stored: StoredVersion | undefined, wanted: { contentHash: string; extractor: string }) =>
  stored !== undefined && stored.contentHash === wanted.contentHash && stored.extractor === wanted.extractor;

/** The stored contentHash and extractor of an article, or undefined when it is not stored. */
export async function storedVersion(executor: CypherExecutor, id: string): Promise<StoredVersion | undefined> {
  const [row] = await executor.read<StoredVersion & Record<string, unknown>>("ingest/article-version", { id });
  return row;
}

/** The statement once per batch of rows (none for no rows), as pending runs: the caller awaits them together. */
function batched(tx: TxRunner, name: string, rows: readonly unknown[], params: Params): Array<Promise<{ counters: WriteCounters }>> {
  const runs: Array<Promise<{ counters: WriteCounters }>> = [];
  for (let i = 0; i < rows.length; i += BATCH) runs.push(tx.runCounted(name, { ...params, rows: rows.slice(i, i + BATCH) }));
  return runs;
}

export async function writeArticle(executor: CypherExecutor, rows: GraphRows, options: { ingestedAt?: string } = {}): Promise<WriteResult> {
  const articleId = rows.article.id;
  return executor.writeTransaction(async (tx) => {
    // Counters live inside the work function: the driver may retry it after a transient failure.
    const counters = zeroCounters();
    const [stored] = await tx.run<StoredVersion & Record<string, unknown>>("ingest/article-version", { id: articleId });
    if (isSameVersion(stored, rows.article)) return { status: "unchanged" as const, counters };
    // Sent without waiting for each other: Bolt runs them in this order on the one connection, so the
    // whole article costs one round trip instead of a dozen; a failure in any fails the transaction.
    const runs = [
      ...(stored ? [tx.runCounted("ingest/retract-article", { articleId })] : []),
      tx.runCounted("ingest/merge-article", { article: rows.article, ingestedAt: options.ingestedAt ?? new Date().toISOString() }),
      ...batched(tx, "ingest/merge-persons", rows.persons, {}),
      ...batched(tx, "ingest/merge-states", rows.states, {}),
      ...batched(tx, "ingest/merge-treaties", rows.treaties, {}),
      ...batched(tx, "ingest/merge-organizations", rows.organizations, {}),
      ...batched(tx, "ingest/merge-mentions", rows.mentions, { articleId }),
      ...batched(tx, "ingest/merge-statements", rows.statements, { articleId }),
      ...batched(tx, "ingest/merge-said", rows.said, {}),
      ...batched(tx, "ingest/merge-about", rows.about, {}),
      ...batched(tx, "ingest/merge-holds-office", rows.holdsOffice, { articleId }),
      ...batched(tx, "ingest/merge-party-to", rows.partyTo, { articleId }),
    ];
    for (const result of await Promise.all(runs)) addCounters(counters, result.counters);
    return { status: "written" as const, counters };
  }, "ingest/write-article");
}

/** Deletes an article and whatever only it supported; false when there was no such article. */
export async function removeArticle(executor: CypherExecutor, articleId: string): Promise<{ existed: boolean; counters: WriteCounters }> {
  return executor.writeTransaction(async (tx) => {
    const counters = zeroCounters();
    addCounters(counters, (await tx.runCounted("ingest/retract-article", { articleId })).counters);
    const deleted = await tx.runCounted<{ existed: boolean }>("ingest/delete-article", { articleId });
    addCounters(counters, deleted.counters);
    return { existed: deleted.rows[0]?.existed === true, counters };
  }, "ingest/delete-article");
}

/** Existing entity ids by label and name key, for resolution (see cypher/ingest/find-entities-by-key). */
export async function findEntitiesByKey(
  executor: CypherExecutor,
  keys: Record<"Person" | "Treaty" | "Organization", string[]>,
): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  if (keys.Person.length + keys.Treaty.length + keys.Organization.length === 0) return found;
  const rows = await executor.read<{ label: string; key: string; ids: string[] }>("ingest/find-entities-by-key", {
    personKeys: keys.Person,
    treatyKeys: keys.Treaty,
    organizationKeys: keys.Organization,
  });
  for (const row of rows) found.set(`${row.label}\u0000${row.key}`, [...row.ids].sort());
  return found;
}
