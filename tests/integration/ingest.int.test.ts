// The ingest job against the real Neo4j with the real extractor: the dev corpus goes in, goes in again without
// changing anything, and the seed's facts are in the graph as DESIGN.md models them.
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths, type IngestRunReport } from "../../src/ingest/pipeline.js";
import { readArticleFile } from "../../src/ingest/read/read-articles.js";
import { graphCounts, graphSignature } from "../helpers/graph-signature.js";
import { openTestDatabase, type TestDatabase } from "../helpers/neo4j.js";

const CORPUS = resolve("../shared/corpus/dev");
const SEED = join(CORPUS, "000_seed.txt");
const SAMPLES = resolve("data/sample-articles");
const maxBytes = 10 * 1024 * 1024;
const CSTO_MEMBERS = ["AM", "BY", "KG", "KZ", "RU", "TJ"];

let db: TestDatabase;
let first: IngestRunReport;
let seedId: string;

beforeAll(async () => {
  db = await openTestDatabase();
  await db.wipe();
  const [seed] = await readArticleFile(SEED, { maxBytes });
  seedId = seed?.article?.id ?? "";
  first = await ingestPaths(db.executor, [CORPUS], { maxBytes });
});

afterAll(async () => {
  await db?.close();
});

describe("ingesting the dev corpus", () => {
  it("writes every article and reports what it created", async () => {
    expect(first.failures).toEqual([]);
    expect(first).toMatchObject({ read: 14, written: 14, unchanged: 0, failed: 0, nodesDeleted: 0, relationshipsDeleted: 0 });
    const counts = await graphCounts(db.executor);
    expect(first.nodesCreated).toBe(counts.nodes);
    expect(first.relationshipsCreated).toBe(counts.relationships);
    expect(first.articleIds).toContain(seedId);
  });

  it("a second time changes nothing: same counts, same graph, same ingestedAt", async () => {
    const before = await graphSignature(db.executor);
    const countsBefore = await graphCounts(db.executor);
    const [stamp] = await db.executor.readText<{ at: string }>("MATCH (a:Article {id: $id}) RETURN a.ingestedAt AS at", { id: seedId });
    const again = await ingestPaths(db.executor, [CORPUS], { maxBytes });
    expect(again).toMatchObject({ read: 14, written: 0, unchanged: 14, failed: 0, nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
    expect(await graphCounts(db.executor)).toEqual(countsBefore);
    expect(await graphSignature(db.executor)).toEqual(before);
    const [stampAfter] = await db.executor.readText<{ at: string }>("MATCH (a:Article {id: $id}) RETURN a.ingestedAt AS at", { id: seedId });
    expect(stampAfter?.at).toBe(stamp?.at);
  });
});

describe("the seed article in the graph", () => {
  it("has Lukashenko's statement about the CSTO, with its article and character span", async () => {
    const rows = await db.executor.readText<{ text: string; start: number; end: number; direct: boolean; articleId: string; articleText: string; source: string }>(
      `MATCH (p:Person)-[:SAID]->(s:Statement)-[:ABOUT]->(t:Treaty), (s)-[:REPORTED_IN]->(a:Article)
       WHERE 'lukashenko' IN p.keys AND 'csto' IN t.keys
       RETURN s.text AS text, s.start AS start, s.end AS end, s.direct AS direct, a.id AS articleId, a.text AS articleText, a.source AS source
       ORDER BY s.start`,
    );
    const fromSeed = rows.filter((r) => r.articleId === seedId);
    expect(fromSeed.length).toBeGreaterThan(0);
    for (const r of fromSeed) expect(r.articleText.substring(r.start, r.end)).toBe(r.text);
    const quote = fromSeed.find((r) => r.text.includes("Collective Security Treaty Organization (CSTO)"));
    expect(quote).toMatchObject({ direct: true, source: "BELTA" });
    expect(quote?.text.startsWith("When it comes to the military component")).toBe(true);
  });

  it("has the six CSTO member states PARTY_TO the CSTO, traced to the seed", async () => {
    const rows = await db.executor.readText<{ treaty: string; kind: string; members: string[]; articles: string[][] }>(
      `MATCH (t:Treaty) WHERE 'csto' IN t.keys
       OPTIONAL MATCH (s:State)-[r:PARTY_TO]->(t)
       RETURN t.id AS treaty, t.kind AS kind, collect(s.id) AS members, collect(r.articles) AS articles`,
    );
    expect(rows).toHaveLength(1);
    expect([...(rows[0]?.members ?? [])].sort()).toEqual(CSTO_MEMBERS);
    expect(rows[0]?.treaty).toBe("collective-security-treaty-organization");
    for (const articles of rows[0]?.articles ?? []) expect(articles).toContain(seedId);
  });

  it("has Lukashenko HOLDS_OFFICE {title: President} Belarus, one Person for all his names", async () => {
    const rows = await db.executor.readText<{ id: string; name: string; title: string; state: string; stateName: string; iso3: string; articles: string[] }>(
      `MATCH (p:Person)-[r:HOLDS_OFFICE]->(s:State {id: 'BY'}) WHERE 'lukashenko' IN p.keys
       RETURN p.id AS id, p.name AS name, r.title AS title, s.id AS state, s.name AS stateName, s.iso3 AS iso3, r.articles AS articles`,
    );
    expect(rows).toContainEqual(expect.objectContaining({ id: "alexander-lukashenko", name: "Alexander Lukashenko", title: "President", stateName: "Belarus", iso3: "BLR" }));
    const people = await db.executor.readText<{ id: string }>("MATCH (p:Person) WHERE 'lukashenko' IN p.keys OR 'alexander lukashenko' IN p.keys RETURN p.id AS id");
    expect(people).toEqual([{ id: "alexander-lukashenko" }]);
  });

  it("finds states by any of their names, and traces every entity to an article", async () => {
    const [russia] = await db.executor.readText<{ id: string; name: string }>("MATCH (s:State) WHERE $key IN s.keys RETURN s.id AS id, s.name AS name", { key: "russian federation" });
    expect(russia).toEqual({ id: "RU", name: "Russia" });
    const untraced = await db.executor.readText(
      "MATCH (e) WHERE (e:Person OR e:State OR e:Treaty OR e:Organization) AND NOT EXISTS { (e)<-[:MENTIONS]-(:Article) } RETURN e.id AS id",
    );
    expect(untraced).toEqual([]);
    const orphanStatements = await db.executor.readText("MATCH (s:Statement) WHERE NOT EXISTS { (s)-[:REPORTED_IN]->(:Article) } RETURN s.id AS id");
    expect(orphanStatements).toEqual([]);
  });
});

describe("the sample articles", () => {
  it("all go in, and keep the CSTO's six members with Lukashenko speaking on it", async () => {
    const report = await ingestPaths(db.executor, [SAMPLES], { maxBytes });
    expect(report.failures).toEqual([]);
    expect(report).toMatchObject({ read: 9, written: 9, failed: 0 });
    const [csto] = await db.executor.readText<{ members: string[]; speakers: string[] }>(
      `MATCH (t:Treaty) WHERE 'csto' IN t.keys
       CALL (t) { MATCH (s:State)-[:PARTY_TO]->(t) RETURN collect(s.id) AS members }
       CALL (t) { MATCH (p:Person)-[:SAID]->(:Statement)-[:ABOUT]->(t) RETURN collect(DISTINCT p.id) AS speakers }
       RETURN members, speakers`,
    );
    expect([...(csto?.members ?? [])].sort()).toEqual(CSTO_MEMBERS);
    expect(csto?.speakers).toContain("alexander-lukashenko");
  });
});
