// Starts one real Neo4j for the integration project (NEO4J_URI if set, else Testcontainers or the
// embedded launcher, as src/neo4j/local-neo4j.ts decides), applies the schema, and hands the
// connection to the test files through vitest's provide/inject.
import type { TestProject } from "vitest/node";
import { loadConfig } from "../src/config.js";
import { startNeo4j, type RunningNeo4j } from "../src/neo4j/local-neo4j.js";
import { createLogger } from "../src/logger.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string | null; mode: string };
  }
}

let running: RunningNeo4j | undefined;

export async function setup(project: TestProject): Promise<void> {
  // Tests get their own data folder and port so they never touch the data of `npm start`.
  const config = loadConfig({ NEO4J_LOCAL_DIR: ".neo4j-local/test", NEO4J_LOCAL_BOLT_PORT: "17688", ...process.env, LOG_LEVEL: "warn" });
  running = await startNeo4j(config, createLogger("info"));
  project.provide("neo4j", { uri: running.uri, user: running.user, password: running.password, database: config.neo4j.database ?? null, mode: running.mode });
}

export async function teardown(): Promise<void> {
  await running?.stop();
}
