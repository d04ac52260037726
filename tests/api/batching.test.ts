// Every relationship field goes through a per-request DataLoader, so the Cypher round trips of an operation
// depend on its shape, never on how many results it returns. The server counts them per request (the
// request-scoped executor's observer) and returns the count in extensions.cypher when asked to.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../helpers/neo4j.js";
import { testApi } from "./client.js";
import { writeFixture } from "./fixture.js";

let db: TestDatabase;
let gql: ReturnType<typeof testApi>["gql"];

beforeAll(async () => {
  db = await openTestDatabase();
  await db.wipe();
  await writeFixture(db.executor, { bulk: 60 });
  ({ gql } = testApi(db.executor));
});

afterAll(async () => {
  await db?.wipe();
  await db?.close();
});

const STATEMENTS_WITH_EVERYTHING = `query($n: Int!) {
  statements(where: { aboutTreaty: "CSTO" }, first: $n) {
    totalCount
    edges { node {
      text start end
      speaker { __typename ... on Person { name } ... on State { name } ... on Organization { name } }
      article { title source }
      aboutTreaties { name }
      aboutStates { name }
    } }
  }
}`;

describe("Cypher round trips do not grow with the number of results", () => {
  it("1 vs 50 statements with speakers, articles and treaties: the same count", async () => {
    const one = await gql(STATEMENTS_WITH_EVERYTHING, { n: 1 });
    const fifty = await gql(STATEMENTS_WITH_EVERYTHING, { n: 50 });
    expect(one.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    expect(one.data?.statements.edges).toHaveLength(1);
    expect(fifty.data?.statements.edges).toHaveLength(50);
    const speakers = new Set(fifty.data?.statements.edges.map((e: { node: { speaker: { __typename: string } } }) => e.node.speaker.__typename));
    expect(speakers).toEqual(new Set(["Person", "State", "Organization"]));
    // statements, speakers, articles, about (one loader serves about, aboutTreaties, aboutStates, aboutPersons).
    expect(one.roundTrips).toBe(4);
    expect(fifty.roundTrips).toBe(one.roundTrips);
  });

  it("deeper: 1 vs 20 statements, with the speakers' offices, the articles' mentions and the treaties' members", async () => {
    const query = `query($n: Int!) {
      statements(where: { aboutTreaty: "CSTO" }, first: $n) { edges { node {
        speaker { ... on Person { offices { title state { name } } } ... on State { leaders { title } } ... on Organization { name } }
        article { text mentions { count entity { __typename } } }
        aboutTreaties { members { name } }
      } } }
    }`;
    const one = await gql(query, { n: 1 });
    const twenty = await gql(query, { n: 20 });
    expect(one.errors).toBeUndefined();
    expect(twenty.errors).toBeUndefined();
    expect(twenty.data?.statements.edges).toHaveLength(20);
    expect(twenty.roundTrips).toBeLessThanOrEqual(one.roundTrips + 1);
    // 20 statements reach State and Organization speakers too: only the State speakers' leaders query is added.
    expect(twenty.roundTrips).toBe(9);
  });

  it("paginated nested lists batch too: one query per level for all parents", async () => {
    // Russia alone (found by search) against all seven states: Russia has statements made and about it,
    // mentions and treaties, so the one-state query already reaches every level.
    const query = `query($n: Int!, $search: String) {
      states(first: $n, search: $search) { edges { node {
        name
        statements(first: 3) { totalCount edges { node { article { title } speaker { __typename } } } }
        statementsAbout(first: 2) { totalCount edges { node { aboutTreaties { name } } } }
        mentionedIn(first: 2) { totalCount edges { node { title } } }
        treaties { members { name } }
      } } }
    }`;
    const one = await gql(query, { n: 1, search: "Russian Federation" });
    const all = await gql(query, { n: 7 });
    expect(one.data?.states.edges).toHaveLength(1);
    expect(one.errors).toBeUndefined();
    expect(all.errors).toBeUndefined();
    expect(all.data?.states.edges).toHaveLength(7);
    expect(all.roundTrips).toBe(one.roundTrips);
  });

  it("the same entity reached through many paths is loaded once per request", async () => {
    const res = await gql(`{
      a: treaty(name: "CSTO") { members { name } }
      b: treaty(name: "csto") { members { name } }
      c: treaty(name: "Collective Security Treaty Organization") { members { name } }
    }`);
    expect(res.errors).toBeUndefined();
    // One look-up query for the three names, one members query.
    expect(res.roundTrips).toBe(2);
  });
});
