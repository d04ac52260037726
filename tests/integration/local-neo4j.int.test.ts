// The real Neo4j that tests/global-setup.ts started (embedded here, Testcontainers where Docker answers, or
// NEO4J_URI): it answers Cypher, takes the schema idempotently, and the launcher refuses a taken port clearly.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { silentLogger } from "../../src/logger.js";
import { startNeo4j } from "../../src/neo4j/local-neo4j.js";
import { applySchema, schemaIsInPlace } from "../../src/neo4j/schema.js";
import { openTestDatabase, type TestDatabase } from "../helpers/neo4j.js";

let db: TestDatabase;

beforeAll(async () => {
  db = await openTestDatabase();
});

afterAll(async () => {
  await db?.close();
});

describe("the local Neo4j", () => {
  it("answers RETURN 1 over Bolt", async () => {
    const rows = await db.executor.readText<{ one: number }>("RETURN 1 AS one");
    expect(rows).toEqual([{ one: 1 }]);
  });

  it("is a Neo4j 5.26 that can write and read back", async () => {
    const [info] = await db.executor.readText<{ version: string }>(
      "CALL dbms.components() YIELD versions RETURN versions[0] AS version",
    );
    if (inject("neo4j").mode !== "external") expect(info?.version).toMatch(/^5\.26\./);
    await db.wipe();
    await db.executor.writeText("CREATE (:Probe {id: $id})", { id: "local-neo4j-test" });
    const rows = await db.executor.readText<{ id: string }>("MATCH (p:Probe) RETURN p.id AS id");
    expect(rows).toEqual([{ id: "local-neo4j-test" }]);
    await db.wipe();
  });

  it("applies the schema a second time without changing it", async () => {
    const snapshot = async () => ({
      constraints: await db.executor.readText("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name"),
      indexes: await db.executor.readText("SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN * ORDER BY name"),
    });
    await applySchema(db.executor);
    const before = await snapshot();
    await applySchema(db.executor);
    const after = await snapshot();
    expect(after).toEqual(before);
    expect(before.constraints.length).toBeGreaterThanOrEqual(6);
    expect(await schemaIsInPlace(db.executor)).toBe(true);
  });

  it("refuses, in one clear line, to start a second embedded Neo4j on a port that is taken", async (ctx) => {
    const conn = inject("neo4j");
    if (conn.mode !== "embedded") ctx.skip();
    const port = new URL(conn.uri).port;
    const config = loadConfig({ NEO4J_LOCAL_MODE: "embedded", NEO4J_LOCAL_BOLT_PORT: port, NEO4J_LOCAL_DIR: ".neo4j-local/unused" });
    await expect(startNeo4j(config, silentLogger)).rejects.toThrow(new RegExp(`^Port ${port} on 127\\.0\\.0\\.1 is already in use .*NEO4J_LOCAL_BOLT_PORT`));
  });

  it("names NEO4J_URI in one line when that database cannot be reached", async () => {
    // Port 1 on loopback refuses at once: no Neo4j will ever be there.
    const config = loadConfig({ NEO4J_URI: "bolt://127.0.0.1:1", NEO4J_PASSWORD: "secret" });
    const error = await startNeo4j(config, silentLogger).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/^Cannot reach Neo4j at NEO4J_URI=bolt:\/\/127\.0\.0\.1:1: /);
    expect(error?.message).not.toContain("\n");
  });
});
