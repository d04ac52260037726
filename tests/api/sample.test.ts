// The "done when" checks, end to end: the sample articles and the dev corpus go in through the ingestArticles
// mutation (real reader, extractor and writer; the right token), a subscriber hears about them over SSE, and
// the public queries answer from what the pipeline wrote.
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readArticles } from "../../src/ingest/read/read-articles.js";
import { openTestDatabase, type TestDatabase } from "../helpers/neo4j.js";
import { TEST_TOKEN, testApi, type GqlResult } from "./client.js";

const SAMPLES = fileURLToPath(new URL("../../data/sample-articles", import.meta.url));
const CORPUS = fileURLToPath(new URL("../../../shared/corpus/dev", import.meta.url));
const AUTH = { authorization: `Bearer ${TEST_TOKEN}` };

let db: TestDatabase;
let api: ReturnType<typeof testApi>;
let ingest: GqlResult;
const inputs: Record<string, unknown>[] = [];
let events: { title: string; status: string; articleId: string }[] = [];

/** Subscribes over SSE (what GraphiQL and EventSource clients do) and collects events until stopped. */
function subscribe(yoga: ReturnType<typeof testApi>["yoga"]) {
  const received: { title: string; status: string; articleId: string }[] = [];
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const done = (async () => {
    const res = await yoga.fetch("http://api.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query: "subscription { articleIngested { articleId title status } }" }),
    });
    reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for (;;) {
        const { value, done: end } = await reader.read();
        if (end) break;
        buffer += decoder.decode(value, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const data = block.split("\n").find((l) => l.startsWith("data:"));
          if (data) {
            const payload = JSON.parse(data.slice(5)) as { data?: { articleIngested: { articleId: string; title: string; status: string } } };
            if (payload.data) received.push(payload.data.articleIngested);
          }
        }
      }
    } catch {
      // aborted
    }
  })();
  // Cancelling the body ends the subscription on the server (it unsubscribes from the pubsub).
  return { received, stop: async () => (await reader?.cancel(), await done) };
}

beforeAll(async () => {
  db = await openTestDatabase();
  await db.wipe();
  api = testApi(db.executor);
  for await (const result of readArticles([SAMPLES, CORPUS], { maxBytes: 10_000_000 })) {
    if (!result.article) throw new Error(`unreadable test article: ${result.failure.origin}: ${result.failure.reason}`);
    const a = result.article;
    inputs.push({ title: a.title, body: a.body, url: a.url, source: a.source, publishedAt: a.publishedAt, tags: a.tags });
  }
  const subscription = subscribe(api.yoga);
  await new Promise((r) => setTimeout(r, 200));
  ingest = await api.gql(
    `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { read written unchanged failed failures { origin reason } articleIds nodesCreated } }`,
    { a: inputs },
    AUTH,
  );
  await new Promise((r) => setTimeout(r, 200));
  await subscription.stop();
  events = subscription.received;
}, 240_000);

afterAll(async () => {
  await db?.wipe();
  await db?.close();
});

describe("ingest through the API", () => {
  it("ingestArticles with the right token writes every article", () => {
    expect(ingest.errors).toBeUndefined();
    const report = ingest.data?.ingestArticles;
    expect(report.failures).toEqual([]);
    expect(report.read).toBe(inputs.length);
    expect(report.written).toBe(inputs.length);
    expect(report.articleIds).toHaveLength(inputs.length);
    expect(report.nodesCreated).toBeGreaterThan(inputs.length);
  });

  it("the articleIngested subscription heard every article over SSE", () => {
    expect(events).toHaveLength(inputs.length);
    expect(new Set(events.map((e) => e.articleId))).toEqual(new Set(ingest.data?.ingestArticles.articleIds));
    expect(events.every((e) => e.status === "written")).toBe(true);
  });

  it("the same articles again: unchanged", async () => {
    const again = await api.gql(`mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { written unchanged } }`, { a: inputs.slice(0, 2) }, AUTH);
    expect(again.data?.ingestArticles).toEqual({ written: 0, unchanged: 2 });
  });

  it("a bad input is reported by position, the others go in", async () => {
    const res = await api.gql(
      `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { read written unchanged failed failures { origin reason } } }`,
      { a: [{ title: " ", body: " " }, inputs[0]] },
      AUTH,
    );
    expect(res.data?.ingestArticles).toMatchObject({ read: 2, unchanged: 1, failed: 1 });
    expect(res.data?.ingestArticles.failures[0].origin).toBe("mutation[0]");
  });
});

describe("mutations need the ingest token", () => {
  const count = async () => (await api.gql(`{ articles { totalCount } }`)).data?.articles.totalCount as number;
  const doc = { title: "Unwanted", body: "This article must not be written by an unauthorised caller." };

  it("refused without a token, with a wrong token, and when INGEST_TOKEN is unset", async () => {
    const before = await count();
    const m = `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { written } }`;
    const none = await api.gql(m, { a: [doc] });
    expect(none.errors?.[0]?.extensions?.["code"]).toBe("UNAUTHENTICATED");
    const wrong = await api.gql(m, { a: [doc] }, { authorization: `Bearer ${TEST_TOKEN}x` });
    expect(wrong.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    const { loadConfig } = await import("../../src/config.js");
    const unset = testApi(db.executor, { config: loadConfig({ LOG_LEVEL: "silent" }) });
    const disabled = await unset.gql(m, { a: [doc] }, AUTH);
    expect(disabled.errors?.[0]?.message).toMatch(/INGEST_TOKEN is not set/);
    const del = await api.gql(`mutation($id: ID!) { deleteArticle(id: $id) }`, { id: ingest.data?.ingestArticles.articleIds[0] }, { authorization: "Bearer nope" });
    expect(del.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    expect(await count()).toBe(before);
  });

  it("deleteArticle works with the right token, and says false for an unknown article", async () => {
    const ids = ingest.data?.ingestArticles.articleIds as string[];
    const victim = ids[ids.length - 1]!;
    const before = await count();
    expect((await api.gql(`mutation($id: ID!) { deleteArticle(id: $id) }`, { id: victim }, AUTH)).data?.deleteArticle).toBe(true);
    expect(await count()).toBe(before - 1);
    expect((await api.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: victim })).data?.node).toBeNull();
    expect((await api.gql(`mutation($id: ID!) { deleteArticle(id: $id) }`, { id: victim }, AUTH)).data?.deleteArticle).toBe(false);
    // put it back for the queries below
    const index = ids.indexOf(victim);
    await api.gql(`mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { written } }`, { a: [inputs[index]] }, AUTH);
  });
});

describe("done when: the public queries on the ingested articles", () => {
  it("statements(where: {aboutTreaty: \"CSTO\"}) returns the seed's Lukashenko statement with speaker, article and span", async () => {
    const res = await api.gql(`{
      statements(where: { aboutTreaty: "CSTO" }, first: 50) {
        totalCount
        edges { node { text direct start end speakerText speaker { ... on Person { name } } article { title text } } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    type S = { text: string; start: number; end: number; speaker: { name?: string } | null; article: { title: string; text: string } };
    const nodes = res.data?.statements.edges.map((e: { node: S }) => e.node) as S[];
    const seed = nodes.filter((n) => n.article.title.startsWith("Lukashenko: Putin promised") && n.speaker?.name === "Alexander Lukashenko");
    expect(seed.length).toBeGreaterThan(0);
    const quote = seed.find((n) => n.text.includes("Collective Security Treaty Organization"));
    expect(quote).toBeDefined();
    for (const n of nodes) expect(n.article.text.slice(n.start, n.end)).toBe(n.text);
  });

  it("treaty(name: \"CSTO\") { members } are the six member states", async () => {
    const res = await api.gql(`{ treaty(name: "CSTO") { name members { name } } }`);
    const members = (res.data?.treaty.members as { name: string }[]).map((m) => m.name).sort();
    expect(members).toEqual(expect.arrayContaining(["Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"]));
    expect(members).toHaveLength(6);
  });

  it("person(name: \"Lukashenko\") { offices } is President of Belarus", async () => {
    const res = await api.gql(`{ person(name: "Lukashenko") { name offices { title state { name } } } }`);
    expect(res.data?.person.name).toBe("Alexander Lukashenko");
    expect(res.data?.person.offices).toContainEqual({ title: "President", state: { name: "Belarus" } });
  });

  it("graph(focus: [Belarus], depth: 1) is ready for Cytoscape.js as it is", async () => {
    const belarus = (await api.gql(`{ state(name: "Belarus") { id } }`)).data?.state.id as string;
    const res = await api.gql(`query($f: [ID!]!) { graph(focus: $f, depth: 1) { nodes { id type label } edges { id type source target } } }`, { f: [belarus] });
    expect(res.errors).toBeUndefined();
    const { nodes, edges } = res.data?.graph as { nodes: { id: string }[]; edges: { id: string; source: string; target: string }[] };
    // Cytoscape's elements: { data } objects whose ids are unique and whose edges point at existing nodes.
    const elements = [...nodes.map((n) => ({ group: "nodes", data: n })), ...edges.map((e) => ({ group: "edges", data: e }))];
    const ids = new Set(elements.map((el) => el.data.id));
    expect(ids.size).toBe(elements.length);
    const nodeIds = new Set(nodes.map((n) => n.id));
    for (const e of edges) expect(nodeIds.has(e.source) && nodeIds.has(e.target), e.id).toBe(true);
    expect(nodeIds.has(belarus)).toBe(true);
    expect(edges.length).toBeGreaterThan(5);
  });

  it("round trips: 1 vs 50 statements with speakers, articles and treaties", async () => {
    const q = `query($n: Int!) { statements(first: $n) { edges { node { text speaker { __typename ... on Person { name } ... on State { name } ... on Organization { name } } article { title } aboutTreaties { name } } } } }`;
    const one = await api.gql(q, { n: 1 });
    const fifty = await api.gql(q, { n: 50 });
    expect(fifty.data?.statements.edges).toHaveLength(50);
    expect(fifty.roundTrips).toBe(one.roundTrips);
  });

  it("the GraphiQL example operations run and answer", async () => {
    const { EXAMPLE_OPERATIONS } = await import("../../src/schema/examples.js");
    for (const op of EXAMPLE_OPERATIONS) {
      const res = await api.gql(op.query, op.variables);
      expect(res.errors, op.title).toBeUndefined();
    }
  });
});
