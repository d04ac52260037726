// Changing, deleting and refusing articles against the real Neo4j and the real extractor: a changed article
// replaces only its own contribution, deleteArticle undoes exactly one article, and whatever fails writes nothing.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createExtractor } from "../../src/ingest/extract/index.js";
import { deleteArticle, ingestArticles, ingestPaths } from "../../src/ingest/pipeline.js";
import { parseArticleInput } from "../../src/ingest/read/article-input.js";
import type { Extractor } from "../../src/ingest/types.js";
import { graphSignature, type GraphSignature } from "../helpers/graph-signature.js";
import { openTestDatabase, type TestDatabase } from "../helpers/neo4j.js";

const SEED = resolve("../shared/corpus/dev/000_seed.txt");
const maxBytes = 10 * 1024 * 1024;
const URL_A = "https://example.org/test/moldova-talks";

const v1 = parseArticleInput(
  {
    title: "Sandu says Moldova will keep its course towards the European Union",
    body: [
      "CHISINAU (Reuters) - Moldovan President Maia Sandu said on Tuesday that Moldova would continue its path towards membership of the European Union despite pressure from Russia.",
      '"Our place is in the European family. No one will decide this for us," Sandu told reporters.',
    ].join("\n\n"),
    url: URL_A,
    publishedAt: "2024-04-02",
  },
  "v1",
);
const v2 = parseArticleInput(
  {
    title: "Georgian prime minister says Tbilisi wants calm relations with Russia",
    body: [
      "TBILISI (Reuters) - Georgian Prime Minister Irakli Kobakhidze said on Tuesday that Georgia wanted calm and predictable relations with Russia.",
      '"We will not allow our country to be dragged into a conflict," Kobakhidze told a news conference.',
    ].join("\n\n"),
    url: URL_A,
    publishedAt: "2024-04-03",
  },
  "v2",
);

let db: TestDatabase;
let base: GraphSignature;
let dir: string;

beforeAll(async () => {
  db = await openTestDatabase();
  await db.wipe();
  dir = await mkdtemp(join(tmpdir(), "ingest-int-"));
  const seeded = await ingestPaths(db.executor, [SEED], { maxBytes });
  expect(seeded.failures).toEqual([]);
  base = await graphSignature(db.executor);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db?.close();
});

const articleEntities = (sig: GraphSignature, id: string) =>
  sig.relationships.filter((r) => r.startsWith(`MENTIONS ${id}->`)).map((r) => r.split(" ")[1]?.split("->")[1] ?? "");

describe("a changed article", () => {
  let afterV1: GraphSignature;
  let afterV2: GraphSignature;

  it("is written, then replaced by its new version", async () => {
    const first = await ingestArticles(db.executor, [v1]);
    expect(first).toMatchObject({ written: 1, failed: 0 });
    afterV1 = await graphSignature(db.executor);
    expect(articleEntities(afterV1, URL_A)).toEqual(expect.arrayContaining(["MD", "RU", "maia-sandu"]));

    const second = await ingestArticles(db.executor, [v2]);
    expect(second).toMatchObject({ written: 1, unchanged: 0, failed: 0 });
    expect(second.nodesDeleted).toBeGreaterThan(0);
    afterV2 = await graphSignature(db.executor);
    const now = articleEntities(afterV2, URL_A);
    expect(now).toEqual(expect.arrayContaining(["GE", "RU"]));
    expect(now).not.toContain("MD");
  });

  it("keeps what other articles contributed and drops what only the old version did", async () => {
    expect(afterV2.nodes).not.toContain("Person:maia-sandu");
    expect(afterV2.nodes).not.toContain("State:MD");
    expect(afterV2.nodes).toEqual(expect.arrayContaining(["State:RU", "State:BY", "Person:alexander-lukashenko"]));
    // The seed's own edges are all still there, untouched.
    const seedEdges = base.relationships.filter((r) => !r.includes(URL_A));
    for (const edge of seedEdges) expect(afterV2.relationships).toContain(edge);
    const statements = await db.executor.readText<{ text: string; start: number; end: number; articleText: string }>(
      "MATCH (s:Statement)-[:REPORTED_IN]->(a:Article {id: $id}) RETURN s.text AS text, s.start AS start, s.end AS end, a.text AS articleText",
      { id: URL_A },
    );
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      expect(s.articleText.substring(s.start, s.end)).toBe(s.text);
      expect(s.text).not.toContain("European family");
    }
  });

  it("gives the same graph as ingesting the new version alone", async () => {
    expect(await deleteArticle(db.executor, URL_A)).toBe(true);
    expect(await graphSignature(db.executor)).toEqual(base);
    await ingestArticles(db.executor, [v2]);
    expect(await graphSignature(db.executor)).toEqual(afterV2);
  });
});

describe("deleteArticle", () => {
  it("removes the article and what only it supported, and is false for an unknown id", async () => {
    expect(await deleteArticle(db.executor, URL_A)).toBe(true);
    expect(await graphSignature(db.executor)).toEqual(base);
    expect(await deleteArticle(db.executor, URL_A)).toBe(false);
    expect(await deleteArticle(db.executor, "https://example.org/never-ingested")).toBe(false);
  });
});

describe("bad inputs write nothing", () => {
  it("refuses unreadable files, one line each, and leaves the graph as it was", async () => {
    const files = {
      "empty.txt": "",
      "binary.txt": Buffer.from([1, 2, 0, 3]),
      "title-only.txt": "A title and nothing else\n",
      "broken.json": '{"title": "x", "body": }',
      "no-title.ndjson": `${JSON.stringify({ body: "A body without a title." })}\n`,
    };
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    const report = await ingestPaths(db.executor, [dir], { maxBytes });
    expect(report).toMatchObject({ read: 0, written: 0, failed: 5, nodesCreated: 0, relationshipsCreated: 0 });
    expect(report.failures.map((f) => `${f.origin.replace(dir, "DIR")}: ${f.reason}`)).toEqual([
      "DIR/binary.txt: the file is binary (it contains NUL bytes), not an article",
      "DIR/broken.json: malformed JSON at line 1, column 24: unexpected character \"}\"",
      "DIR/empty.txt: the file is empty",
      "DIR/no-title.ndjson:1: title is missing",
      "DIR/title-only.txt: the article has a title but no body",
    ]);
    expect(await graphSignature(db.executor)).toEqual(base);
  });

  it("rolls back an article whose write fails half-way, and goes on with the next", async () => {
    const real = createExtractor();
    // The real extraction with one statement made unstorable (a map is not a property value), so the
    // transaction fails after the article, its entities and mentions were already sent.
    const faulty: Extractor = {
      name: real.name,
      async extract(article) {
        const extraction = await real.extract(article);
        if (article.url === URL_A) {
          const s = extraction.statements[0];
          if (s) (s as unknown as Record<string, unknown>).direct = { broken: true };
        }
        return extraction;
      },
    };
    const ok = parseArticleInput({ title: "Seed again, with a URL", body: v2.body, url: "https://example.org/test/ok" }, "ok");
    const report = await ingestArticles(db.executor, [v1, ok], { extractor: faulty });
    expect(report).toMatchObject({ written: 1, failed: 1 });
    expect(report.failures[0]?.origin).toBe("v1");
    expect(report.failures[0]?.reason).toMatch(/^could not write: /);
    expect(report.failures[0]?.reason).not.toContain("\n");
    const stored = await db.executor.readText("MATCH (a:Article {id: $id}) RETURN a.id AS id", { id: URL_A });
    expect(stored).toEqual([]);
    expect((await graphSignature(db.executor)).nodes).not.toContain("State:MD");
    expect(await deleteArticle(db.executor, "https://example.org/test/ok")).toBe(true);
    expect(await graphSignature(db.executor)).toEqual(base);
  });
});

describe("npm run ingest", () => {
  const run = promisify(execFile);
  const env = () => {
    const conn = inject("neo4j");
    return { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password || "unused", LOG_LEVEL: "warn" };
  };

  it("exits 0 when every input went in and prints the summary", async () => {
    const { stdout } = await run("npx", ["tsx", "src/cli/ingest.ts", SEED], { env: env() });
    expect(stdout).toMatch(/^articles read: 1, written: 0, unchanged: 1, failed: 0 /m);
    expect(stdout).toMatch(/^nodes created: 0, deleted: 0; relationships created: 0, deleted: 0$/m);
  });

  it("exits 1 when an input failed, naming it and the reason", async () => {
    const bad = join(dir, "empty.txt");
    const error = (await run("npx", ["tsx", "src/cli/ingest.ts", SEED, bad], { env: env() }).catch((e: unknown) => e)) as { code: number; stdout: string };
    expect(error.code).toBe(1);
    expect(error.stdout).toContain(`failed: ${bad}: the file is empty`);
    expect(error.stdout).toMatch(/^articles read: 1, written: 0, unchanged: 1, failed: 1 /m);
  });
});
