// The integration tests' access to the one real Neo4j of the run: a driver per test file, the
// schema applied, and a wipe that each file calls before it seeds its own data.
import { inject } from "vitest";
import type { Driver } from "neo4j-driver";
import { createDriver } from "../../src/neo4j/driver.js";
import { CypherExecutor } from "../../src/neo4j/executor.js";
import { applySchema } from "../../src/neo4j/schema.js";

export interface TestDatabase {
  driver: Driver;
  executor: CypherExecutor;
  /** Deletes every node and relationship (the schema stays). */
  wipe(): Promise<void>;
  close(): Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const conn = inject("neo4j");
  const driver = createDriver({ uri: conn.uri, user: conn.user, password: conn.password });
  const executor = new CypherExecutor(driver, { database: conn.database ?? undefined });
  await applySchema(executor);
  return {
    driver,
    executor,
    wipe: async () => {
      await executor.writeText("MATCH (n) DETACH DELETE n", {}, "test/wipe");
    },
    close: () => driver.close(),
  };
}
