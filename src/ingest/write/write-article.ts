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

async function runBatched(tx: TxRunner, name: string, rows: readonly unknown[], params: Params, counters: WriteCounters): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const { counters: c } = await tx.runCounted(name, { ...params, rows: rows.slice(i, i + BATCH) });
    addCounters(counters, c);
  }
}

export async function writeArticle(executor: CypherExecutor, rows: GraphRows, options: { ingestedAt?: string } = {}): Promise<WriteResult> {
  const articleId = rows.article.id;
  return executor.writeTransaction(async (tx) => {
    // Counters live inside the work function: the driver may retry it after a transient failure.
    const counters = zeroCounters();
    const [stored] = await tx.run<StoredVersion & Record<string, unknown>>("ingest/article-version", { id: articleId });
    if (isSameVersion(stored, rows.article)) return { status: "unchanged" as const, counters };
    if (stored) addCounters(counters, (await tx.runCounted("ingest/retract-article", { articleId })).counters);
    addCounters(counters, (await tx.runCounted("ingest/merge-article", { article: rows.article, ingestedAt: options.ingestedAt ?? new Date().toISOString() })).counters);
    await runBatched(tx, "ingest/merge-persons", rows.persons, {}, counters);
    await runBatched(tx, "ingest/merge-states", rows.states, {}, counters);
    await runBatched(tx, "ingest/merge-treaties", rows.treaties, {}, counters);
    await runBatched(tx, "ingest/merge-organizations", rows.organizations, {}, counters);
    await runBatched(tx, "ingest/merge-mentions", rows.mentions, { articleId }, counters);
    await runBatched(tx, "ingest/merge-statements", rows.statements, { articleId }, counters);
    await runBatched(tx, "ingest/merge-said", rows.said, {}, counters);
    await runBatched(tx, "ingest/merge-about", rows.about, {}, counters);
    await runBatched(tx, "ingest/merge-holds-office", rows.holdsOffice, { articleId }, counters);
    await runBatched(tx, "ingest/merge-party-to", rows.partyTo, { articleId }, counters);
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
