// Ingest throughput into a real Neo4j: N distinct articles (the dev corpus and the sample articles, each copy
// under its own url) through the real extractor, resolution and per-article write transactions; then the same N
// again (all unchanged) and their deletion. Writes only bench urls (https://bench.invalid/...) and deletes them,
// so it is safe on a shared database; without NEO4J_URI it starts its own local Neo4j in .neo4j-local/bench.
//
//   npx tsx bench/ingest.ts [--articles 300] [--port 17689]
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/logger.js";
import { createDriver } from "../src/neo4j/driver.js";
import { CypherExecutor } from "../src/neo4j/executor.js";
import { startNeo4j } from "../src/neo4j/local-neo4j.js";
import { applySchema } from "../src/neo4j/schema.js";
import { createExtractor } from "../src/ingest/extract/index.js";
import { deleteArticle, ingestArticles } from "../src/ingest/pipeline.js";
import { parseArticleInput } from "../src/ingest/read/article-input.js";
import { readArticles } from "../src/ingest/read/read-articles.js";
import type { ParsedArticle } from "../src/ingest/types.js";

export interface IngestBenchRow {
  phase: string;
  articles: number;
  seconds: number;
  perSecond: number;
}

async function benchArticles(count: number): Promise<ParsedArticle[]> {
  const originals: ParsedArticle[] = [];
  for await (const r of readArticles([resolve("../shared/corpus/dev"), resolve("data/sample-articles")], { maxBytes: 10 * 1024 * 1024 })) {
    if (r.article) originals.push(r.article);
  }
  if (originals.length === 0) throw new Error("no articles to benchmark with (../shared/corpus/dev, data/sample-articles)");
  const run = Date.now().toString(36);
  return Array.from({ length: count }, (_, i) => {
    const a = originals[i % originals.length] as ParsedArticle;
    return parseArticleInput({ title: a.title, body: a.body, source: a.source, tags: a.tags, url: `https://bench.invalid/${run}/${i}` }, `bench[${i}]`);
  });
}

export async function runIngestBench(options: { articles: number; port: number }): Promise<IngestBenchRow[]> {
  const base = loadConfig();
  const config = base.neo4j.uri ? base : { ...base, localNeo4j: { ...base.localNeo4j, dir: ".neo4j-local/bench", boltPort: options.port } };
  const logger = createLogger("warn");
  const running = await startNeo4j(config, logger);
  const driver = createDriver({ uri: running.uri, user: running.user, password: running.password });
  const rows: IngestBenchRow[] = [];
  try {
    const executor = new CypherExecutor(driver, { database: config.neo4j.database });
    await applySchema(executor);
    const extractor = createExtractor();
    const articles = await benchArticles(options.articles);
    const time = async (phase: string, work: () => Promise<unknown>) => {
      const started = performance.now();
      await work();
      const seconds = (performance.now() - started) / 1000;
      rows.push({ phase, articles: articles.length, seconds, perSecond: articles.length / seconds });
    };
    // Warm-up, untimed: a fresh JVM plans each statement and JIT-compiles the store on first use.
    const warmUp = (await benchArticles(30)).map((a) => ({ ...a, id: `${a.id}-warm-up`, url: `${a.url}-warm-up` }));
    await ingestArticles(executor, warmUp, { extractor });
    for (const a of warmUp) await deleteArticle(executor, a.id);
    await time("extract only (no database)", async () => {
      for (const a of articles) await extractor.extract(a);
    });
    let failed = 0;
    await time("ingest (new articles)", async () => {
      failed += (await ingestArticles(executor, articles, { extractor })).failed;
    });
    await time("re-ingest (all unchanged)", async () => {
      failed += (await ingestArticles(executor, articles, { extractor })).failed;
    });
    await time("deleteArticle", async () => {
      for (const a of articles) await deleteArticle(executor, a.id);
    });
    await time("ingest, 4 articles in flight", async () => {
      failed += (await ingestArticles(executor, articles, { extractor, concurrency: 4 })).failed;
    });
    await time("deleteArticle (again)", async () => {
      for (const a of articles) await deleteArticle(executor, a.id);
    });
    if (failed) throw new Error(`${failed} bench articles failed to ingest`);
  } finally {
    await driver.close();
    await running.stop();
  }
  return rows;
}

export function formatRows(rows: IngestBenchRow[]): string {
  const lines = ["| phase | articles | seconds | articles/s |", "| --- | ---: | ---: | ---: |"];
  for (const r of rows) lines.push(`| ${r.phase} | ${r.articles} | ${r.seconds.toFixed(2)} | ${r.perSecond.toFixed(1)} |`);
  return lines.join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { articles: { type: "string", default: "300" }, port: { type: "string", default: "17689" } } });
  const rows = await runIngestBench({ articles: Number(values.articles), port: Number(values.port) });
  console.log(formatRows(rows));
}
