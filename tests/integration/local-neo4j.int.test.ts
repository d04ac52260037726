// The real Neo4j that tests/global-setup.ts started (embedded here, Testcontainers where Docker answers, or
// NEO4J_URI): it answers Cypher and takes the schema idempotently; and the embedded launcher's own promises:
// clear refusals (port taken, folder in use), a clean stop, and no orphan when its parent is killed outright.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
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

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

describe.skipIf(inject("neo4j").mode !== "embedded")("the embedded launcher", () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(".neo4j-local", "launcher-test-"));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a second start on a data folder in use, and stop() ends the process", async () => {
    const home = path.resolve(dir, "shared");
    const config = loadConfig({ NEO4J_LOCAL_MODE: "embedded", NEO4J_LOCAL_BOLT_PORT: String(await freePort()), NEO4J_LOCAL_DIR: home, NEO4J_LOCAL_HEAP: "512m" });
    const first = await startNeo4j(config, silentLogger);
    const pid = Number(readFileSync(path.join(home, "neo4j-local.pid"), "utf8").split(" ")[0]);
    try {
      expect(isAlive(pid)).toBe(true);
      const again = loadConfig({ NEO4J_LOCAL_MODE: "embedded", NEO4J_LOCAL_BOLT_PORT: String(await freePort()), NEO4J_LOCAL_DIR: home });
      await expect(startNeo4j(again, silentLogger)).rejects.toThrow(`The data folder ${home} is in use by a running local Neo4j (pid ${pid}`);
    } finally {
      await first.stop();
    }
    expect(isAlive(pid)).toBe(false);
  }, 180_000);

  it("dies with its parent even when the parent is killed with SIGKILL", async () => {
    const home = path.resolve(dir, "orphan");
    // One process (node --import tsx), so that SIGKILL hits the very process that holds the launcher's stdin.
    const parent = spawn(process.execPath, ["--import", "tsx", "src/cli/neo4j-local.ts"], {
      env: { ...process.env, NEO4J_URI: "", NEO4J_LOCAL_MODE: "embedded", NEO4J_LOCAL_DIR: home, NEO4J_LOCAL_BOLT_PORT: String(await freePort()), NEO4J_LOCAL_HEAP: "512m", LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    parent.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    parent.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const ready = await waitUntil(() => output.includes("is ready at") || parent.exitCode !== null, 120_000);
    expect(ready && output).toContain("is ready at");
    const javaPid = Number(readFileSync(path.join(home, "neo4j-local.pid"), "utf8").split(" ")[0]);
    expect(isAlive(javaPid)).toBe(true);

    parent.kill("SIGKILL");
    expect(await waitUntil(() => !isAlive(javaPid), 30_000)).toBe(true);
  }, 180_000);
});
