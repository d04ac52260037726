// Requests refused before any Cypher runs, so no database is needed: the executor points at a closed port,
// and any query that did reach it would fail (these tests would then see DATABASE_* codes instead).
import { getIntrospectionQuery } from "graphql";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.js";
import { createDriver } from "../../../src/neo4j/driver.js";
import { CypherExecutor } from "../../../src/neo4j/executor.js";
import { createYoga } from "../../../src/yoga.js";

const driver = createDriver({ uri: "bolt://127.0.0.1:9", user: "neo4j", password: "x" });
const yoga = createYoga({
  config: loadConfig({ INGEST_TOKEN: "unit-test-token-0123456789", MAX_QUERY_DEPTH: "12", MAX_ALIASES: "30", MAX_QUERY_TOKENS: "2000", MAX_QUERY_COST: "5000" }),
  executor: new CypherExecutor(driver),
});
afterAll(() => driver.close());

async function post(query: string, headers: Record<string, string> = {}) {
  const res = await yoga.fetch("http://unit.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

describe("refused before execution", () => {
  it.each([
    ["QUERY_TOO_DEEP", `{ person(name: "x") { ${"offices { state { leaders { person { ".repeat(4)}name${" } } } }".repeat(4)} } }`],
    ["QUERY_TOO_COSTLY", `{ people(first: 100) { edges { node { statements(first: 100) { edges { node { text } } } } } } }`],
    ["TOO_MANY_ALIASES", `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(" ")} }`],
    ["QUERY_TOO_LARGE", `{ ${"__typename ".repeat(5000)} }`],
  ])("%s", async (code, query) => {
    const body = await post(query);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    expect(body.data ?? null).toBeNull();
  });

  it("mutations without the token are refused by scope-auth, before the resolver", async () => {
    const body = await post(`mutation { deleteArticle(id: "x") }`);
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const wrong = await post(`mutation { deleteArticle(id: "x") }`, { authorization: "Bearer not-the-token" });
    expect(wrong.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("introspection passes every limit", async () => {
    const body = await post(getIntrospectionQuery());
    expect(body.errors).toBeUndefined();
  });

  it("/health answers without the database", async () => {
    expect((await yoga.fetch("http://unit.test/health")).status).toBe(200);
  });
});
