// The service process: settings, the database (NEO4J_URI, or a local Neo4j it starts and stops), the schema,
// optionally the sample articles (`--ingest PATH...`), then GraphQL on HOST:PORT until SIGTERM/SIGINT.
//   npm start                                   serve
//   npm run up   (= --ingest data/sample-articles) serve with the sample articles ingested
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { ingestPaths } from "./ingest/pipeline.js";
import { createLogger, type Logger } from "./logger.js";
import { createDriver } from "./neo4j/driver.js";
import { CypherExecutor } from "./neo4j/executor.js";
import { startNeo4j } from "./neo4j/local-neo4j.js";
import { applySchema } from "./neo4j/schema.js";
import { createYoga } from "./yoga.js";

function ingestArgs(argv: string[]): string[] {
  const at = argv.indexOf("--ingest");
  return at === -1 ? [] : argv.slice(at + 1).filter((a) => !a.startsWith("--"));
}

async function ingestSamples(executor: CypherExecutor, paths: string[], config: Config, logger: Logger): Promise<void> {
  const report = await ingestPaths(executor, paths, { logger, maxBytes: config.limits.maxIngestBytes });
  logger.info("articles ingested", {
    paths,
    read: report.read,
    written: report.written,
    unchanged: report.unchanged,
    failed: report.failed,
  });
  for (const failure of report.failures) logger.warn("article not ingested", { origin: failure.origin, reason: failure.reason });
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel, { service: "treaty-graph" });

  const neo4j = await startNeo4j(config, logger);
  const driver = createDriver({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, maxPoolSize: config.neo4j.maxPoolSize });
  const executor = new CypherExecutor(driver, { database: config.neo4j.database, logger, queryTimeoutMs: config.neo4j.queryTimeoutMs });
  await applySchema(executor);

  const toIngest = ingestArgs(process.argv.slice(2));
  if (toIngest.length > 0) await ingestSamples(executor, toIngest, config, logger);

  const yoga = createYoga({ config, executor, logger });
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.server.port, config.server.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const shown = config.server.host === "0.0.0.0" || config.server.host === "::" ? "localhost" : config.server.host;
  logger.info("listening", { port, neo4j: neo4j.mode });
  console.log(`GraphiQL: http://${shown}:${port}/graphql   (health: /health, readiness: /ready; Neo4j: ${neo4j.uri}, ${neo4j.mode})`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down", { signal });
    // Stop taking requests, let those in flight finish, then close the pool and the local database.
    server.closeIdleConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await yoga.dispose();
    await driver.close();
    await neo4j.stop();
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(`treaty-graph failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
