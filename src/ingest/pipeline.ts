// The ingest job: read -> extract -> resolve -> write, one article at a time, each in its own write
// transaction. Failures (unreadable input, extractor error, rejected write) are collected into the report,
// never thrown half-way; only a database that stops answering ends the run early, marking the rest failed.
import type { CypherExecutor, WriteCounters } from "../neo4j/executor.js";
import { DatabaseError } from "../neo4j/errors.js";
import { silentLogger, type Logger } from "../logger.js";
import { contentHash } from "./read/article-id.js";
import { readArticles, type ReadOptions } from "./read/read-articles.js";
import { existingLookups, resolveExtraction } from "./resolve/resolve.js";
import type { Extractor, IngestFailure, IngestReport, ParsedArticle } from "./types.js";
import { findEntitiesByKey, isSameVersion, removeArticle, storedVersion, writeArticle, type WriteStatus } from "./write/write-article.js";

export interface IngestProgress {
  done: number;
  total: number;
  origin: string;
  id: string;
  status: WriteStatus | "failed";
}

export interface IngestOptions {
  /** The real extractor (createExtractor()) when not given. */
  extractor?: Extractor;
  logger?: Logger;
  onProgress?: (event: IngestProgress) => void;
  onArticleWritten?: (event: { id: string; title: string; status: WriteStatus }) => void;
  /** Stops between articles; the articles not reached are reported as failed. */
  signal?: AbortSignal;
  /** Articles in flight at once (default 1). Each still has its own transaction; deadlocks between them are retried by the driver. */
  concurrency?: number;
}

export interface IngestRunReport extends IngestReport {
  /** Things resolution left out without failing the article ("Soviet Union" has no ISO code). */
  warnings: IngestFailure[];
}

async function defaultExtractor(): Promise<Extractor> {
  // Loaded lazily so callers that bring their own extractor do not load the default one.
  const { createExtractor } = await import("./extract/index.js");
  return createExtractor();
}

const firstLine = (text: string) => text.split("\n")[0]?.trim() ?? text;

function failureReason(stage: string, error: unknown): string {
  if (error instanceof DatabaseError) {
    const original = error.originalError?.message;
    return `${stage}: ${firstLine(original ? `${error.message} (${original})` : error.message)}`;
  }
  return `${stage}: ${firstLine(error instanceof Error ? error.message : String(error))}`;
}

function emptyReport(): IngestRunReport {
  return { read: 0, written: 0, unchanged: 0, failed: 0, failures: [], nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, articleIds: [], warnings: [] };
}

function addToReport(report: IngestReport, counters: WriteCounters): void {
  report.nodesCreated += counters.nodesCreated;
  report.nodesDeleted += counters.nodesDeleted;
  report.relationshipsCreated += counters.relationshipsCreated;
  report.relationshipsDeleted += counters.relationshipsDeleted;
}

/** Extracts, resolves and writes one article; throws on failure (the caller records it). */
async function ingestOne(executor: CypherExecutor, article: ParsedArticle, extractor: Extractor, report: IngestRunReport): Promise<WriteStatus> {
  const hash = contentHash(article);
  // Cheap check first: an unchanged article is not even extracted.
  if (isSameVersion(await storedVersion(executor, article.id), { contentHash: hash, extractor: extractor.name })) return "unchanged";
  let extraction;
  try {
    extraction = await extractor.extract(article);
  } catch (error) {
    throw new Error(failureReason("extraction failed", error));
  }
  const found = await findEntitiesByKey(executor, existingLookups(article, extraction));
  const rows = resolveExtraction(article, extraction, {
    extractor: extractor.name,
    contentHash: hash,
    existing: (label, key) => found.get(`${label}\u0000${key}`) ?? [],
  });
  const result = await writeArticle(executor, rows);
  addToReport(report, result.counters);
  if (result.status === "written") for (const warning of rows.warnings) report.warnings.push({ origin: article.origin, reason: warning });
  return result.status;
}

export async function ingestArticles(executor: CypherExecutor, articles: ParsedArticle[], options: IngestOptions = {}): Promise<IngestRunReport> {
  const logger = options.logger ?? silentLogger;
  const report = emptyReport();
  report.read = articles.length;
  const outcomes: Array<{ status: WriteStatus } | { failure: IngestFailure }> = [];
  let extractor: Promise<Extractor> | undefined = options.extractor ? Promise.resolve(options.extractor) : undefined;
  let stopReason: string | undefined;
  let done = 0;
  // The same article id twice in one run must not be written by two transactions at once.
  const byId = new Map<string, Promise<void>>();

  const ingestAt = async (i: number, article: ParsedArticle): Promise<void> => {
    let status: WriteStatus | "failed";
    if (options.signal?.aborted) stopReason ??= "not ingested: the run was interrupted";
    if (stopReason) {
      outcomes[i] = { failure: { origin: article.origin, reason: stopReason } };
      status = "failed";
    } else {
      try {
        extractor ??= defaultExtractor();
        status = await ingestOne(executor, article, await extractor, report);
        outcomes[i] = { status };
        options.onArticleWritten?.({ id: article.id, title: article.title, status });
      } catch (error) {
        status = "failed";
        const reason = error instanceof DatabaseError ? failureReason("could not write", error) : firstLine(error instanceof Error ? error.message : String(error));
        outcomes[i] = { failure: { origin: article.origin, reason } };
        logger.warn("article not ingested", { origin: article.origin, reason });
        // A database that is gone fails every later article the same way, after the driver's retries; stop here.
        if (error instanceof DatabaseError && error.code === "DATABASE_UNAVAILABLE") stopReason = "not ingested: the graph database became unreachable";
      }
    }
    options.onProgress?.({ done: ++done, total: articles.length, origin: article.origin, id: article.id, status });
  };

  let next = 0;
  const worker = async () => {
    while (next < articles.length) {
      const i = next++;
      const article = articles[i] as ParsedArticle;
      const previous = byId.get(article.id);
      const current = (previous ?? Promise.resolve()).then(() => ingestAt(i, article));
      byId.set(article.id, current);
      await current;
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 1, articles.length));
  await Promise.all(Array.from({ length: workers }, worker));

  // The report lists articles and failures in input order, whatever order the workers finished in.
  outcomes.forEach((outcome, i) => {
    if ("failure" in outcome) report.failures.push(outcome.failure);
    else {
      report[outcome.status]++;
      report.articleIds.push((articles[i] as ParsedArticle).id);
    }
  });
  report.failed = report.failures.length;
  logger.info("ingest finished", { read: report.read, written: report.written, unchanged: report.unchanged, failed: report.failed });
  return report;
}

/** Reads the paths (files, directories, "-" for stdin) and ingests what could be read; read failures join the report. */
export async function ingestPaths(executor: CypherExecutor, paths: string[], options: IngestOptions & ReadOptions): Promise<IngestRunReport> {
  const articles: ParsedArticle[] = [];
  const readFailures: IngestFailure[] = [];
  for await (const result of readArticles(paths, options)) {
    if (result.article) articles.push(result.article);
    else readFailures.push(result.failure);
  }
  const report = await ingestArticles(executor, articles, options);
  report.failures = [...readFailures, ...report.failures];
  report.failed = report.failures.length;
  return report;
}

/** Removes an article and whatever only it supported (the rule a changed article follows); false if unknown. */
export async function deleteArticle(executor: CypherExecutor, id: string): Promise<boolean> {
  const { existed } = await removeArticle(executor, id);
  return existed;
}
