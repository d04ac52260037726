// npm run ingest -- PATH...
// Reads articles (.txt, .json, .ndjson/.jsonl, directories, "-" for stdin), writes them into the Neo4j that
// NEO4J_URI names (or the local one it starts and stops), and prints a summary. Exit code 0 only when every
// input went in; 1 when some failed; 2 for usage or configuration errors and an unreachable database.
import { ConfigError, loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { CypherExecutor } from "../neo4j/executor.js";
import { startNeo4j, type RunningNeo4j } from "../neo4j/local-neo4j.js";
import { applySchema } from "../neo4j/schema.js";
import { createDriver } from "../neo4j/driver.js";
import { ingestPaths, type IngestProgress, type IngestRunReport } from "../ingest/pipeline.js";

const USAGE = "usage: npm run ingest -- PATH...   (files, directories, or - for standard input)";

function progressPrinter(): (event: IngestProgress) => void {
  const started = performance.now();
  if (!process.stderr.isTTY) {
    return (e) => process.stderr.write(`ingest: ${e.done}/${e.total} ${e.status} ${e.origin}\n`);
  }
  return (e) => {
    const width = 30;
    const filled = Math.round((e.done / Math.max(1, e.total)) * width);
    const rate = e.done / Math.max(0.001, (performance.now() - started) / 1000);
    const columns = process.stderr.columns || 100;
    const line = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${e.done}/${e.total} ${rate.toFixed(1)}/s ${e.origin}`;
    process.stderr.write(`\r${line.slice(0, columns - 1).padEnd(columns - 1)}`);
    if (e.done === e.total) process.stderr.write("\n");
  };
}

function printSummary(report: IngestRunReport, seconds: number): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`articles read: ${report.read}, written: ${report.written}, unchanged: ${report.unchanged}, failed: ${report.failed} (${seconds.toFixed(1)} s)`);
  out(`nodes created: ${report.nodesCreated}, deleted: ${report.nodesDeleted}; relationships created: ${report.relationshipsCreated}, deleted: ${report.relationshipsDeleted}`);
  for (const f of report.failures) out(`failed: ${f.origin}: ${f.reason}`);
  for (const w of report.warnings) out(`warning: ${w.origin}: ${w.reason}`);
}

async function main(paths: string[]): Promise<number> {
  if (paths.length === 0 || paths.includes("--help") || paths.includes("-h")) {
    console.error(USAGE);
    return 2;
  }
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`ingest: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  // Per-article lines would interleave with the progress bar and repeat the summary, so only errors go through.
  const pipelineLogger = createLogger(config.logLevel === "debug" ? "debug" : config.logLevel === "info" || config.logLevel === "warn" ? "error" : config.logLevel);
  let running: RunningNeo4j | undefined;
  let driver;
  // Ctrl-C stops between articles, so the local Neo4j is still stopped cleanly below.
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    try {
      running = await startNeo4j(config, logger);
    } catch (error) {
      console.error(`ingest: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      return 2;
    }
    driver = createDriver({ uri: running.uri, user: running.user, password: running.password, maxPoolSize: config.neo4j.maxPoolSize });
    const executor = new CypherExecutor(driver, { database: config.neo4j.database, logger, queryTimeoutMs: config.neo4j.queryTimeoutMs });
    await applySchema(executor);
    const started = performance.now();
    const report = await ingestPaths(executor, paths, { maxBytes: config.limits.maxIngestBytes, logger: pipelineLogger, onProgress: progressPrinter(), signal: abort.signal });
    printSummary(report, (performance.now() - started) / 1000);
    return report.failed === 0 && report.read > 0 ? 0 : 1;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await driver?.close();
    await running?.stop();
  }
}

process.exitCode = await main(process.argv.slice(2));
