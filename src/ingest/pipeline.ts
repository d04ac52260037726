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
  let extractor: Extractor | undefined = options.extractor;
  let stopReason: string | undefined;
  for (const [i, article] of articles.entries()) {
    let status: WriteStatus | "failed";
    if (options.signal?.aborted) stopReason ??= "not ingested: the run was interrupted";
    if (stopReason) {
      report.failures.push({ origin: article.origin, reason: stopReason });
      status = "failed";
    } else {
      try {
        extractor ??= await defaultExtractor();
        status = await ingestOne(executor, article, extractor, report);
        report[status]++;
        report.articleIds.push(article.id);
        options.onArticleWritten?.({ id: article.id, title: article.title, status });
      } catch (error) {
        status = "failed";
        const reason = error instanceof DatabaseError ? failureReason("could not write", error) : firstLine(error instanceof Error ? error.message : String(error));
        report.failures.push({ origin: article.origin, reason });
        logger.warn("article not ingested", { origin: article.origin, reason });
        // A database that is gone fails every later article the same way, after the driver's retries; stop here.
        if (error instanceof DatabaseError && error.code === "DATABASE_UNAVAILABLE") stopReason = "not ingested: the graph database became unreachable";
      }
    }
    options.onProgress?.({ done: i + 1, total: articles.length, origin: article.origin, id: article.id, status });
  }
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
