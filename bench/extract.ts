// Extraction throughput on one core: the dev corpus articles parsed once, then extracted round after round
// (warm-up first) for a fixed number of articles; prints articles/s, ms/article and memory as Markdown.
//
//   npx tsx bench/extract.ts [--articles 5000] [--corpus ../shared/corpus/dev]
//
// One process, one thread: the extractor is synchronous work inside a Promise, so this is single-core speed.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { createExtractor } from "../src/ingest/extract/index.js";
import { parsePlainText } from "../src/ingest/read/plain-text.js";
import type { ParsedArticle } from "../src/ingest/types.js";

export interface ExtractBenchResult {
  articles: number;
  seconds: number;
  perSecond: number;
  /** Articles per second of this process's CPU time (user + system): the figure least disturbed by other load. */
  perCpuSecond: number;
  /** The fastest of five equal rounds, wall time. */
  bestRoundPerSecond: number;
  msPerArticle: number;
  kbPerArticle: number;
  heapUsedMb: number;
  rssMb: number;
  startupMs: number;
}

export async function benchExtract(corpus: string, articles: number): Promise<ExtractBenchResult> {
  const files = readdirSync(corpus).filter((f) => f.endsWith(".txt")).sort();
  const parsed: ParsedArticle[] = files.map((f) => parsePlainText(readFileSync(join(corpus, f), "utf8"), f));
  const t0 = performance.now();
  const extractor = createExtractor(); // the data tables load on first import; creating is cheap
  await extractor.extract(parsed[0] as ParsedArticle);
  const startupMs = performance.now() - t0;
  for (let i = 0; i < 200; i++) await extractor.extract(parsed[i % parsed.length] as ParsedArticle); // warm-up
  const chars = parsed.reduce((n, a) => n + a.text.length, 0) / parsed.length;
  const rounds = 5;
  const perRound = Math.ceil(articles / rounds);
  let best = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    for (let i = 0; i < perRound; i++) await extractor.extract(parsed[i % parsed.length] as ParsedArticle);
    best = Math.max(best, perRound / ((performance.now() - t) / 1000));
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  articles = perRound * rounds;
  const mem = process.memoryUsage();
  return {
    articles, seconds, perSecond: articles / seconds, perCpuSecond: articles / cpuSeconds, bestRoundPerSecond: best, msPerArticle: (seconds * 1000) / articles, kbPerArticle: chars / 1024,
    heapUsedMb: mem.heapUsed / 2 ** 20, rssMb: mem.rss / 2 ** 20, startupMs,
  };
}

export function formatExtractBench(r: ExtractBenchResult): string {
  return [
    "| articles | seconds | articles/s (wall) | best round articles/s | articles per CPU-second | ms/article (wall) | avg article (KiB) | first extract (ms) | heap used (MiB) | RSS (MiB) |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    `| ${r.articles} | ${r.seconds.toFixed(2)} | ${r.perSecond.toFixed(0)} | ${r.bestRoundPerSecond.toFixed(0)} | ${r.perCpuSecond.toFixed(0)} | ${r.msPerArticle.toFixed(3)} | ${r.kbPerArticle.toFixed(1)} | ${r.startupMs.toFixed(0)} | ${r.heapUsedMb.toFixed(0)} | ${r.rssMb.toFixed(0)} |`,
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { articles: { type: "string", default: "5000" }, corpus: { type: "string", default: "../shared/corpus/dev" } } });
  const result = await benchExtract(resolve(values.corpus), Number(values.articles));
  console.log(formatExtractBench(result));
}
