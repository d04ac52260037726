// Abuse gets a clear, coded error and no work: too deep, too costly, pages too large, too many aliases,
// too many tokens. Checked against the real database so "no work" is measured (no Cypher round trip).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../helpers/neo4j.js";
import { TEST_TOKEN, testApi, testConfig } from "./client.js";
import { writeFixture } from "./fixture.js";

let db: TestDatabase;
let api: ReturnType<typeof testApi>;

beforeAll(async () => {
  db = await openTestDatabase();
  await db.wipe();
  await writeFixture(db.executor);
  api = testApi(db.executor, { config: testConfig({ MAX_PAGE_SIZE: "100", MAX_QUERY_DEPTH: "12", MAX_QUERY_COST: "5000", MAX_ALIASES: "30", MAX_QUERY_TOKENS: "2000" }) });
});

afterAll(async () => {
  await db?.wipe();
  await db?.close();
});

/** Round trips are reported only for operations that reached execution; -1 means it never got that far. */
const noWork = (roundTrips: number) => expect(roundTrips === -1 || roundTrips === 0).toBe(true);

describe("limits", () => {
  it("too deep", async () => {
    let selection = "name";
    for (let i = 0; i < 8; i++) selection = `offices { state { leaders { person { ${selection} } } } }`;
    const res = await api.gql(`{ person(name: "Lukashenko") { ${selection} } }`);
    expect(res.errors?.[0]?.extensions?.["code"]).toBe("QUERY_TOO_DEEP");
    expect(res.errors?.[0]?.message).toMatch(/more than 12 levels \(MAX_QUERY_DEPTH\)/);
    expect(res.data ?? null).toBeNull();
    noWork(res.roundTrips);
  });

  it("too costly", async () => {
    const res = await api.gql(`{ people(first: 100) { edges { node { statements(first: 100) { edges { node { text aboutStates { name } } } } } } } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COSTLY", maxCost: 5000 });
    expect(res.errors?.[0]?.message).toMatch(/MAX_QUERY_COST/);
    noWork(res.roundTrips);
  });

  it("too costly through variables too", async () => {
    const res = await api.gql(`query($n: Int) { people(first: $n) { edges { node { mentionedIn(first: $n) { edges { node { mentions { count } } } } } } } }`, { n: 100 });
    expect(res.errors?.[0]?.extensions?.["code"]).toBe("QUERY_TOO_COSTLY");
    noWork(res.roundTrips);
  });

  it("first: 100000 names the argument and the maximum", async () => {
    const res = await api.gql(`{ statements(first: 100000) { totalCount } }`);
    expect(res.errors?.[0]?.message).toMatch(/'first' must be between 0 and 100 \(MAX_PAGE_SIZE\); got 100000/);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "first" });
    noWork(res.roundTrips);
  });

  it("first too large on a nested connection, and a negative first", async () => {
    const nested = await api.gql(`{ person(name: "Putin") { statements(first: 5000) { totalCount } } }`);
    expect(nested.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "first" });
    const negative = await api.gql(`{ people(first: -1) { totalCount } }`);
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "first" });
  });

  it("1000 aliases", async () => {
    const fields = Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(" ");
    const res = await api.gql(`{ ${fields} }`);
    expect(res.errors?.[0]?.extensions?.["code"]).toMatch(/TOO_MANY_ALIASES|QUERY_TOO_LARGE/);
    noWork(res.roundTrips);
    const fewer = Array.from({ length: 31 }, (_, i) => `a${i}: person(name: "Putin") { name }`).join(" ");
    const res31 = await api.gql(`{ ${fewer} }`);
    expect(res31.errors?.[0]?.extensions?.["code"]).toBe("TOO_MANY_ALIASES");
    expect(res31.errors?.[0]?.message).toMatch(/more than 30 aliases \(MAX_ALIASES\)/);
  });

  it("a huge query stops at the token limit", async () => {
    const res = await api.gql(`{ ${"__typename ".repeat(50_000)} }`);
    expect(res.errors?.[0]?.extensions?.["code"]).toBe("QUERY_TOO_LARGE");
    expect(res.errors?.[0]?.message).toMatch(/2000 tokens \(MAX_QUERY_TOKENS\)/);
    noWork(res.roundTrips);
  });

  it("introspection (what GraphiQL sends first) stays within every limit", async () => {
    const { getIntrospectionQuery } = await import("graphql");
    const res = await api.gql(getIntrospectionQuery());
    expect(res.errors).toBeUndefined();
  });

  it("an ordinary query is well within the limits", async () => {
    const res = await api.gql(`{ statements(first: 50) { edges { node { text speaker { ... on Person { name } } article { title } aboutTreaties { name } } } } }`);
    expect(res.errors).toBeUndefined();
  });
});

describe("errors clients see", () => {
  it("database errors keep their code and a plain message, not the driver's", async () => {
    // A database name the server does not have: a real failure of the real Neo4j, nothing mocked.
    const { CypherExecutor } = await import("../../src/neo4j/executor.js");
    const res = await testApi(new CypherExecutor(db.driver, { database: "nosuchdatabase" })).gql(`{ people { totalCount } }`);
    expect(res.errors?.[0]?.extensions?.["code"]).toBe("DATABASE_ERROR");
    expect(res.errors?.[0]?.message).toBe("The graph database could not answer this request.");
  });

  it("unexpected errors are masked", async () => {
    const failing = testApi(db.executor, {
      ingest: {
        parseArticleInput: () => {
          throw new TypeError("internal detail that must not leak");
        },
        ingestArticles: () => Promise.reject(new TypeError("internal detail that must not leak")),
        deleteArticle: () => Promise.reject(new TypeError("internal detail that must not leak")),
      },
    });
    const res = await failing.gql(`mutation { deleteArticle(id: "x") }`, undefined, { authorization: `Bearer ${TEST_TOKEN}` });
    expect(res.errors?.[0]?.extensions?.["code"]).toBe("INTERNAL_SERVER_ERROR");
    expect(JSON.stringify(res.errors)).not.toContain("internal detail");
  });
});

describe("endpoints", () => {
  it("/health answers while the process is up; /ready checks Neo4j and the schema", async () => {
    expect((await api.yoga.fetch("http://api.test/health")).status).toBe(200);
    expect((await api.yoga.fetch("http://api.test/ready")).status).toBe(200);
  });

  it("/ready is 503 with the reason when Neo4j does not answer", async () => {
    const { createDriver } = await import("../../src/neo4j/driver.js");
    const { CypherExecutor } = await import("../../src/neo4j/executor.js");
    const driver = createDriver({ uri: "bolt://127.0.0.1:9", user: "neo4j", password: "x" });
    const res = await testApi(new CypherExecutor(driver)).yoga.fetch("http://api.test/ready");
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/not reachable|did not answer/);
    await driver.close();
  });

  it("CORS follows CORS_ORIGINS", async () => {
    const only = testApi(db.executor, { config: testConfig({ CORS_ORIGINS: "https://app.example.org" }) });
    const preflight = (origin: string) =>
      only.yoga.fetch("http://api.test/graphql", { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" } });
    const allowed = await preflight("https://app.example.org");
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://app.example.org");
    const refused = await preflight("https://evil.example.com");
    expect(refused.headers.get("access-control-allow-origin")).not.toBe("https://evil.example.com");
  });

  it("GraphiQL opens with the example operations", async () => {
    const res = await api.yoga.fetch("http://api.test/graphql", { headers: { accept: "text/html" } });
    const html = await res.text();
    expect(res.status).toBe(200);
    for (const name of ["WhoSaidWhatAboutTheCSTO", "PersonStatements", "GraphAroundBelarus"]) expect(html).toContain(name);
  });
});
