// The read side of the public contract (DESIGN.md), through yoga.fetch against the real Neo4j, on a hand-built
// graph that follows the model exactly (tests/api/fixture.ts).
import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../helpers/neo4j.js";
import { testApi } from "./client.js";
import { SEED_ARTICLE_ID, seedArticle, seedStatements, writeFixture } from "./fixture.js";

let db: TestDatabase;
let gql: ReturnType<typeof testApi>["gql"];

beforeAll(async () => {
  db = await openTestDatabase();
  await db.wipe();
  await writeFixture(db.executor);
  ({ gql } = testApi(db.executor));
});

afterAll(async () => {
  await db?.wipe();
  await db?.close();
});

describe("look-ups by name or alias, case-insensitive", () => {
  it.each(["CSTO", "csto", "Collective Security Treaty Organization", "the CSTO alliance"])("treaty(name: %j) finds the CSTO", async (name) => {
    const res = await gql(`query($n: String!) { treaty(name: $n) { name kind } }`, { n: name });
    expect(res.errors).toBeUndefined();
    expect(res.data?.treaty).toEqual({ name: "Collective Security Treaty Organization", kind: "ORGANIZATION" });
  });

  it.each(["Russian Federation", "russia", "RU", "RUS"])("state(name: %j) finds Russia", async (name) => {
    const res = await gql(`query($n: String!) { state(name: $n) { name isoCode iso3 } }`, { n: name });
    expect(res.data?.state).toEqual({ name: "Russia", isoCode: "RU", iso3: "RUS" });
  });

  it("person(name: \"Lukashenko\") holds the office of President of Belarus", async () => {
    const res = await gql(`{ person(name: "Lukashenko") { name aliases offices { title state { name } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.person.name).toBe("Alexander Lukashenko");
    expect(res.data?.person.offices).toEqual([{ title: "President", state: { name: "Belarus" } }]);
  });

  it("returns null for a name nobody carries, and for a name that normalises to nothing", async () => {
    const res = await gql(`{ a: person(name: "Nobody At All") { id } b: treaty(name: "!!!") { id } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ a: null, b: null });
  });

  it("treaty(name: \"CSTO\") { members } lists the six member states", async () => {
    const res = await gql(`{ treaty(name: "CSTO") { members { name } } }`);
    expect(res.data?.treaty.members.map((m: { name: string }) => m.name).sort()).toEqual(["Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"]);
  });

  it("state leaders and treaties", async () => {
    const res = await gql(`{ state(name: "Belarus") { treaties { name } leaders { title person { name } } } }`);
    expect(res.data?.state).toEqual({
      treaties: [{ name: "Collective Security Treaty Organization" }, { name: "Union State of Russia and Belarus" }],
      leaders: [{ title: "President", person: { name: "Alexander Lukashenko" } }],
    });
  });
});

describe("statements(where:)", () => {
  it("aboutTreaty: \"CSTO\" returns Lukashenko's statement with speaker, article and span", async () => {
    const res = await gql(`{
      statements(where: { aboutTreaty: "CSTO" }) {
        totalCount
        edges { node { text direct start end speakerText
          speaker { __typename ... on Person { name } }
          article { id title source }
          aboutTreaties { name } } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const conn = res.data?.statements;
    expect(conn.totalCount).toBe(1);
    const node = conn.edges[0].node;
    expect(node.speaker).toEqual({ __typename: "Person", name: "Alexander Lukashenko" });
    expect(node.article).toEqual({ id: encodeGlobalID("Article", SEED_ARTICLE_ID), title: seedArticle().title, source: "BELTA" });
    expect(seedArticle().text.slice(node.start, node.end)).toBe(node.text);
    expect(node.text).toContain("Collective Security Treaty Organization (CSTO)");
    expect(node.aboutTreaties.map((t: { name: string }) => t.name).sort()).toEqual(["Collective Security Treaty Organization", "Union State of Russia and Belarus"]);
  });

  it("combines filters, resolving names through aliases", async () => {
    const q = `query($w: StatementWhere) { statements(where: $w) { totalCount } }`;
    const count = async (w: Record<string, unknown>) => (await gql(q, { w })).data?.statements.totalCount;
    expect(await count({ speaker: "the Belarusian President" })).toBe(3);
    expect(await count({ speaker: "Lukashenko", direct: true })).toBe(1);
    expect(await count({ aboutState: "Republic of Belarus" })).toBe(3);
    expect(await count({ aboutState: "BY", aboutPerson: "Putin" })).toBe(2);
    expect(await count({ textContains: "AGREEMENT ON SECURITY" })).toBe(1);
    expect(await count({ article: encodeGlobalID("Article", SEED_ARTICLE_ID) })).toBe(3);
    expect(await count({ speaker: "Putin" })).toBe(0);
  });

  it("rejects a where.article that is not an Article id, naming the field", async () => {
    const res = await gql(`{ statements(where: { article: "${encodeGlobalID("Person", "x")}" }) { totalCount } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "where.article" });
  });
});

describe("connections", () => {
  it("pages forward with first/after and keeps totalCount", async () => {
    const first = await gql(`{ states(first: 3) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { name } } } }`);
    const page1 = first.data?.states;
    expect(page1.totalCount).toBe(7);
    expect(page1.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(["Armenia", "Belarus", "Kazakhstan"]);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await gql(`query($a: String) { states(first: 10, after: $a) { pageInfo { hasNextPage hasPreviousPage } edges { node { name } } } }`, { a: page1.pageInfo.endCursor });
    expect(second.data?.states.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(["Kyrgyzstan", "Russia", "Tajikistan", "United States"]);
    expect(second.data?.states.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });

  it("filters with search through names and aliases", async () => {
    const res = await gql(`{ people(search: "putin") { totalCount edges { node { name } } } treaties(search: "union") { edges { node { name } } } articles(search: "CSTO") { totalCount } }`);
    expect(res.data?.people).toEqual({ totalCount: 1, edges: [{ node: { name: "Vladimir Putin" } }] });
    expect(res.data?.treaties.edges).toEqual([{ node: { name: "Union State of Russia and Belarus" } }]);
    expect(res.data?.articles.totalCount).toBe(1);
  });

  it("nested connections: Person.statements, State.statementsAbout, Treaty.mentionedIn", async () => {
    const res = await gql(`{
      person(name: "Lukashenko") { statements(first: 2) { totalCount pageInfo { hasNextPage } edges { node { start } } } }
      state(name: "Belarus") { statementsAbout { totalCount } mentionedIn { totalCount edges { node { title } } } }
      treaty(name: "CSTO") { statementsAbout { totalCount } mentionedIn { totalCount } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.person.statements.totalCount).toBe(3);
    expect(res.data?.person.statements.edges).toHaveLength(2);
    expect(res.data?.person.statements.pageInfo.hasNextPage).toBe(true);
    expect(res.data?.state.statementsAbout.totalCount).toBe(3);
    expect(res.data?.state.mentionedIn).toEqual({ totalCount: 1, edges: [{ node: { title: seedArticle().title } }] });
    expect(res.data?.treaty).toEqual({ statementsAbout: { totalCount: 1 }, mentionedIn: { totalCount: 1 } });
  });

  it("Article statements (in text order), mentions (most mentioned first) and text", async () => {
    const res = await gql(`{ articles { edges { node { url tags text statements { start } mentions { count entity { __typename ... on State { name } } } } } } }`);
    const article = res.data?.articles.edges[0].node;
    expect(article.url).toBe(SEED_ARTICLE_ID);
    expect(article.text).toBe(seedArticle().text);
    expect(article.statements.map((s: { start: number }) => s.start)).toEqual(seedStatements().map((s) => s.start).sort((a, b) => a - b));
    expect(article.mentions[0]).toEqual({ count: 9, entity: { __typename: "State", name: "Belarus" } });
  });
});

describe("node(id:) and global ids", () => {
  it("refetches every node type by the id it exposes", async () => {
    const res = await gql(`{
      person(name: "Putin") { id } state(name: "Belarus") { id } treaty(name: "CSTO") { id }
      statements(first: 1) { edges { node { id article { id } } } }
    }`);
    const ids = [res.data?.person.id, res.data?.state.id, res.data?.treaty.id, res.data?.statements.edges[0].node.id, res.data?.statements.edges[0].node.article.id];
    for (const id of ids) {
      const back = await gql(`query($id: ID!) { node(id: $id) { __typename id } }`, { id });
      expect(back.data?.node?.id).toBe(id);
    }
    expect(res.data?.state.id).toBe(encodeGlobalID("State", "BY"));
  });

  it("answers null for an unknown id and a coded error for a malformed one", async () => {
    const unknown = await gql(`query($id: ID!) { node(id: $id) { id } }`, { id: encodeGlobalID("Person", "no-such-person") });
    expect(unknown.data?.node).toBeNull();
    const malformed = await gql(`{ node(id: "not-a-global-id") { id } }`);
    expect(malformed.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
  });
});

describe("search(text:)", () => {
  it("finds entities by alias and statements by words, with scores", async () => {
    const res = await gql(`{ search(text: "CSTO", first: 10) { score type node { id ... on Treaty { name } ... on Statement { text } } } }`);
    expect(res.errors).toBeUndefined();
    const hits = res.data?.search as { score: number; type: string; node: { name?: string } }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((h) => h.type)).toContain("Treaty");
    expect(hits.map((h) => h.type)).toContain("Statement");
    expect(hits.every((h) => h.score > 0)).toBe(true);
  });

  it("takes Lucene syntax literally instead of failing", async () => {
    for (const text of ['CSTO" OR *:*', "(((", "AND", "a/b\\c", "~", "title:CSTO^10 && ||"]) {
      const res = await gql(`query($t: String!) { search(text: $t) { type } }`, { t: text });
      expect(res.errors, text).toBeUndefined();
    }
  });
});

describe("graph(focus:) and path()", () => {
  const BELARUS = encodeGlobalID("State", "BY");

  it("the graph around Belarus is Cytoscape-ready: unique ids, every edge between returned nodes", async () => {
    const res = await gql(`query($f: [ID!]!) { graph(focus: $f, depth: 1) { truncated nodes { id type label } edges { id type source target } } }`, { f: [BELARUS] });
    expect(res.errors).toBeUndefined();
    const { nodes, edges } = res.data?.graph as { nodes: { id: string; type: string; label: string }[]; edges: { id: string; source: string; target: string; type: string }[] };
    const nodeIds = new Set(nodes.map((n) => n.id));
    expect(nodeIds.size).toBe(nodes.length);
    expect(new Set([...nodes.map((n) => n.id), ...edges.map((e) => e.id)]).size).toBe(nodes.length + edges.length);
    for (const e of edges) {
      expect(nodeIds.has(e.source)).toBe(true);
      expect(nodeIds.has(e.target)).toBe(true);
    }
    expect(nodes).toContainEqual({ id: BELARUS, type: "State", label: "Belarus" });
    expect(nodes.map((n) => n.label)).toEqual(expect.arrayContaining(["Alexander Lukashenko", "Collective Security Treaty Organization"]));
    expect(edges.map((e) => e.type)).toEqual(expect.arrayContaining(["HOLDS_OFFICE", "PARTY_TO", "ABOUT", "MENTIONS"]));
    // The node ids are the global ids node(id:) takes.
    const lukashenko = nodes.find((n) => n.label === "Alexander Lukashenko")!;
    expect((await gql(`query($id: ID!) { node(id: $id) { ... on Person { name } } }`, { id: lukashenko.id })).data?.node).toEqual({ name: "Alexander Lukashenko" });
  });

  it("stops at limit and says so", async () => {
    const res = await gql(`query($f: [ID!]!) { graph(focus: $f, depth: 2, limit: 5) { truncated nodes { id } edges { source target } } }`, { f: [BELARUS] });
    const graph = res.data?.graph;
    expect(graph.nodes).toHaveLength(5);
    expect(graph.truncated).toBe(true);
    const ids = new Set(graph.nodes.map((n: { id: string }) => n.id));
    for (const e of graph.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it("refuses depth and limit beyond the configured maxima, naming the argument and the max", async () => {
    const deep = await gql(`query($f: [ID!]!) { graph(focus: $f, depth: 9) { nodes { id } } }`, { f: [BELARUS] });
    expect(deep.errors?.[0]?.message).toMatch(/'depth'.*between 1 and 3.*MAX_GRAPH_DEPTH/);
    const wide = await gql(`query($f: [ID!]!) { graph(focus: $f, limit: 100000) { nodes { id } } }`, { f: [BELARUS] });
    expect(wide.errors?.[0]?.message).toMatch(/'limit'.*MAX_GRAPH_NODES/);
  });

  it("path() links Putin to the CSTO through the graph", async () => {
    const res = await gql(`query($a: ID!, $b: ID!) { path(from: $a, to: $b) { nodes { id type label } edges { type source target } } }`, {
      a: encodeGlobalID("Person", "vladimir-putin"),
      b: encodeGlobalID("Treaty", "collective-security-treaty-organization"),
    });
    expect(res.errors).toBeUndefined();
    const path = res.data?.path;
    expect(path.nodes[0].label).toBe("Vladimir Putin");
    expect(path.nodes.at(-1).label).toBe("Collective Security Treaty Organization");
    expect(path.edges).toHaveLength(path.nodes.length - 1);
  });
});
