// Applies cypher/schema/*.cypher (idempotent: IF NOT EXISTS) and checks that it is in place (for /ready).
import { cypherStatements } from "../cypher.js";
import type { CypherExecutor } from "./executor.js";

export const REQUIRED_CONSTRAINTS = ["article_id", "person_id", "state_id", "treaty_id", "organization_id", "statement_id"];
export const REQUIRED_INDEXES = ["entity_names", "statement_text", "article_text"];

export async function applySchema(executor: CypherExecutor): Promise<void> {
  // Schema commands cannot share a transaction with each other, so each runs on its own.
  for (const statement of cypherStatements("schema/constraints")) {
    await executor.writeText(statement, {}, "schema/constraints");
  }
  await executor.writeText("CALL db.awaitIndexes(60)", {}, "schema/await-indexes");
}

/** True when every constraint and index of the model exists and is online. */
export async function schemaIsInPlace(executor: CypherExecutor): Promise<boolean> {
  const constraints = await executor.readText<{ name: string }>("SHOW CONSTRAINTS YIELD name RETURN name", {}, "schema/show-constraints");
  const indexes = await executor.readText<{ name: string; state: string }>("SHOW INDEXES YIELD name, state RETURN name, state", {}, "schema/show-indexes");
  const haveConstraints = new Set(constraints.map((c) => c.name));
  const online = new Set(indexes.filter((i) => i.state === "ONLINE").map((i) => i.name));
  return REQUIRED_CONSTRAINTS.every((n) => haveConstraints.has(n)) && REQUIRED_INDEXES.every((n) => online.has(n));
}
