// `npm run bench`: the extraction, ingest and API benchmarks one after another, then one combined table and each
// bench's own table. Each bench starts and stops its own local Neo4j (or uses NEO4J_URI), and each still runs on
// its own (bench/extract.ts, bench/ingest.ts, bench/api.ts).
//
//   npm run bench [-- --quick] [-- --only extract,ingest,api]
//   npx tsx bench/run.ts [--quick] [--only ...]
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { API_DEFAULTS, API_QUICK, formatApiBench, machineLine, runApiBench, type ApiBenchResult } from "./api.js";
import { benchExtract, formatExtractBench, type ExtractBenchResult } from "./extract.js";
import { formatRows, runIngestBench, type IngestBenchRow } from "./ingest.js";

const BENCHES = ["extract", "ingest", "api"] as const;
type Bench = (typeof BENCHES)[number];

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false }, only: { type: "string" } } });
const quick = values.quick;
const only = new Set((values.only ?? BENCHES.join(",")).split(",").map((s) => s.trim()));
for (const name of only) {
  if (!BENCHES.includes(name as Bench)) {
    console.error(`bench/run.ts: --only takes ${BENCHES.join(", ")} (got '${name}')`);
    process.exit(2);
  }
}
const sizes = quick ? { extract: 1000, ingest: 30, api: API_QUICK } : { extract: 5000, ingest: 100, api: API_DEFAULTS };
const corpus = resolve("../shared/corpus/dev");

const started = performance.now();
const log = (line: string) => console.error(`[bench] ${line}`);
log(`${quick ? "quick" : "full"} run on ${machineLine()}`);

let extract: ExtractBenchResult | null = null;
let ingest: IngestBenchRow[] | null = null;
let api: ApiBenchResult | null = null;
const skipped: string[] = [];

if (only.has("extract")) {
  if (existsSync(corpus)) {
    log(`extract: ${sizes.extract} articles`);
    extract = await benchExtract(corpus, sizes.extract);
  } else {
    skipped.push(`extract (no corpus at ${corpus})`);
  }
}
if (only.has("ingest")) {
  log(`ingest: ${sizes.ingest} articles`);
  ingest = await runIngestBench({ articles: sizes.ingest, port: 17689 });
}
if (only.has("api")) {
  log(`api: ${sizes.api.articles} articles, ${sizes.api.runs} runs per operation, clients ${sizes.api.clients.join("/")}`);
  api = await runApiBench(sizes.api, (line) => log(`api: ${line}`));
}

const rows: [string, string, string][] = [];
if (extract) {
  rows.push(["extract", `articles/s, wall (${extract.articles} articles)`, extract.perSecond.toFixed(0)]);
  rows.push(["extract", "articles per CPU-second", extract.perCpuSecond.toFixed(0)]);
  rows.push(["extract", "ms/article, wall", extract.msPerArticle.toFixed(2)]);
}
for (const r of ingest ?? []) rows.push(["ingest", `${r.phase}, articles/s (${r.articles} articles)`, r.perSecond.toFixed(1)]);
if (api) {
  for (const l of api.latency) rows.push(["api", `${l.name}: p50 / p95 ms, round trips`, `${l.p50.toFixed(1)} / ${l.p95.toFixed(1)}, ${l.roundTrips}`]);
  for (const l of api.load) rows.push(["api", `HTTP mix, ${l.clients} clients: requests/s, p95 ms${l.errors ? `, ${l.errors} errors` : ""}`, `${l.perSecond.toFixed(1)}, ${l.p95.toFixed(0)}`]);
  const peak = api.load.reduce((m, l) => ({ rss: Math.max(m.rss, l.peakRssMb), heap: Math.max(m.heap, l.peakHeapMb) }), { rss: 0, heap: 0 });
  rows.push(["api", "peak RSS / heap MiB under load", `${peak.rss.toFixed(0)} / ${peak.heap.toFixed(0)}`]);
}

console.log(`## Benchmarks (${quick ? "quick" : "full"}), ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC\n`);
console.log(`Machine: ${machineLine()}; total ${((performance.now() - started) / 1000).toFixed(0)} s.\n`);
console.log("| bench | measure | result |");
console.log("| --- | --- | ---: |");
for (const [bench, measure, result] of rows) console.log(`| ${bench} | ${measure} | ${result} |`);
for (const s of skipped) console.log(`\nSkipped: ${s}.`);
if (extract) console.log(`\n### extract (bench/extract.ts)\n\n${formatExtractBench(extract)}`);
if (ingest) console.log(`\n### ingest (bench/ingest.ts)\n\n${formatRows(ingest)}`);
if (api) console.log(`\n### api (bench/api.ts)\n\n${formatApiBench(api)}`);
