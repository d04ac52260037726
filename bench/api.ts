// API latency and throughput against a real Neo4j. Seeds the graph through the real ingest pipeline (the sample
// articles, the dev corpus and synthetic copies of both under https://bench.invalid/api/<i>, so entities recur the
// way they do in a feed), then:
//   1. every GraphiQL example operation (src/schema/examples.ts) and a few heavier ones, warm, one at a time
//      through the yoga handler in-process: p50/p95/p99 latency, Cypher round trips and time in Neo4j;
//   2. the whole mix over real HTTP on 127.0.0.1 (an ephemeral port) with 1, 8 and 32 concurrent clients in a
//      worker thread, each level bounded by a request count and a time limit: requests/s, p50/p95/p99, errors,
//      the server thread's event-loop utilisation, the Neo4j JVM's CPU, and the process's RSS and heap.
// Without NEO4J_URI it starts its own embedded Neo4j in .neo4j-local/bench-api (kept between runs, so a second run
// only checks that the seed articles are unchanged). With NEO4J_URI every seed article goes in under a bench url
// and is deleted at the end (--keep leaves them).
//
//   npx tsx bench/api.ts [--articles 500] [--runs 200] [--clients 1,8,32] [--seconds 15] [--requests 3000] [--port 17740] [--keep]
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { loadConfig, type Config } from "../src/config.js";
import { createExtractor } from "../src/ingest/extract/index.js";
import { deleteArticle, ingestArticles } from "../src/ingest/pipeline.js";
import { parseArticleInput } from "../src/ingest/read/article-input.js";
import { readArticles } from "../src/ingest/read/read-articles.js";
import type { ParsedArticle } from "../src/ingest/types.js";
import { createLogger } from "../src/logger.js";
import { createDriver } from "../src/neo4j/driver.js";
import { CypherExecutor } from "../src/neo4j/executor.js";
import { startNeo4j } from "../src/neo4j/local-neo4j.js";
import { applySchema } from "../src/neo4j/schema.js";
import { EXAMPLE_OPERATIONS } from "../src/schema/examples.js";
import { createYoga } from "../src/yoga.js";
import type { LoadJob, LoadResult } from "./api-load-worker.js";

export interface ApiBenchOptions {
  /** Graph size to seed: the originals plus synthetic copies up to this many articles. */
  articles: number;
  /** Sequential timed runs per operation (after a warm-up). */
  runs: number;
  /** Concurrent client counts for the HTTP load phase. */
  clients: number[];
  /** Time limit of each load level, seconds. */
  seconds: number;
  /** Request limit of each load level. */
  requests: number;
  /** Bolt port of the bench's own local Neo4j (ignored with NEO4J_URI). */
  port: number;
  /** With NEO4J_URI: leave the bench articles in the database. */
  keep?: boolean;
}

export interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown> | undefined;
}

export interface LatencyRow {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  roundTrips: string;
  cypherMsP50: number;
  /** CPU of this process per request (the server's thread; no clients run in this phase), ms. */
  nodeCpuMs: number;
  /** CPU of the Neo4j JVM per request, ms (embedded only; null when unknown). */
  neo4jCpuMs: number | null;
  kib: number;
}

export interface LoadRow {
  clients: number;
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Event-loop utilisation of the server's thread during the level, 0..1. */
  elu: number;
  /** CPU of the Neo4j JVM during the level, in cores (embedded only; null when unknown). */
  neo4jCores: number | null;
  peakRssMb: number;
  peakHeapMb: number;
  firstError: string | null;
}

export interface ApiBenchResult {
  machine: string;
  neo4j: string;
  seed: { read: number; written: number; unchanged: number; failed: number; seconds: number };
  graph: Record<string, number>;
  latency: LatencyRow[];
  load: LoadRow[];
  memory: { rssMb: number; heapUsedMb: number };
}

const BELARUS = encodeGlobalID("State", "BY");
const BENCH_URL = "https://bench.invalid/api/";

/** The GraphiQL examples plus heavier shapes a visualisation or a list view asks for. */
export function benchOperations(): Operation[] {
  const examples = EXAMPLE_OPERATIONS.map((op) => ({ name: op.title, query: op.query, variables: op.variables }));
  return [
    ...examples,
    {
      name: "statements(first: 100) + speaker, article, aboutTreaties",
      query: `query Statements100 {
  statements(first: 100) {
    totalCount
    edges { node { id text direct start end
      speaker { __typename ... on Person { name } ... on State { name } ... on Organization { name } }
      article { title source publishedAt }
      aboutTreaties { name } } }
  }
}`,
    },
    {
      name: "people(first: 50) + offices, statements(first: 5)",
      query: `query People50 {
  people(first: 50) {
    totalCount
    edges { node { id name offices { title state { name } } statements(first: 5) { totalCount edges { node { text direct } } } } }
  }
}`,
    },
    {
      name: "graph(focus: [Belarus], depth: 2, limit: 500)",
      query: `query GraphDepth2($focus: [ID!]!) {
  graph(focus: $focus, depth: 2, limit: 500) { truncated nodes { id type label } edges { id type source target } }
}`,
      variables: { focus: [BELARUS] },
    },
    {
      name: "search(text: \"Russia\", first: 50)",
      query: `query SearchRussia {
  search(text: "Russia", first: 50) { score type node { id ... on Person { name } ... on Treaty { name } ... on State { name } ... on Statement { text } } }
}`,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------
// helpers

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

const ascending = (xs: number[]) => [...xs].sort((a, b) => a - b);
const mb = (bytes: number) => bytes / 2 ** 20;

export function machineLine(): string {
  const [l1, l5, l15] = loadavg().map((l) => l.toFixed(2));
  return `${availableParallelism()} vCPUs (${cpus()[0]?.model.trim() ?? "?"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, load average ${l1} / ${l5} / ${l15}`;
}

/** CPU seconds (user + system) of a process so far, from /proc; null where that is not readable. */
function processCpuSeconds(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After the command: state is field 3, so utime (14) and stime (15) are at indexes 11 and 12. USER_HZ is 100 on Linux.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

function embeddedPid(config: Config): number | null {
  if (config.neo4j.uri) return null;
  try {
    const pid = Number(readFileSync(join(resolve(config.localNeo4j.dir), "neo4j-local.pid"), "utf8").split(" ")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

async function seedArticles(total: number, external: boolean): Promise<ParsedArticle[]> {
  const paths = [resolve("data/sample-articles"), resolve("../shared/corpus/dev")];
  const originals: ParsedArticle[] = [];
  for await (const r of readArticles(paths, { maxBytes: 10 * 1024 * 1024 })) {
    if (r.article) originals.push(r.article);
  }
  if (originals.length === 0) throw new Error("no articles to seed with (data/sample-articles, ../shared/corpus/dev)");
  // The originals keep their own ids in the bench's own database (as `npm run up` ingests them); copies get stable
  // bench urls, so a second run finds them unchanged. On somebody else's database everything is a bench url.
  const seed: ParsedArticle[] = external ? [] : [...originals];
  for (let i = 0; seed.length < Math.max(total, external ? 1 : originals.length); i++) {
    const a = originals[i % originals.length] as ParsedArticle;
    seed.push(parseArticleInput({ title: a.title, body: a.body, source: a.source, publishedAt: a.publishedAt, tags: a.tags, url: `${BENCH_URL}${i}` }, `bench[${i}]`));
  }
  return seed;
}

async function graphSize(executor: CypherExecutor): Promise<Record<string, number>> {
  const labels = ["Article", "Statement", "Person", "State", "Treaty", "Organization"];
  const text = `RETURN ${labels.map((l) => `COUNT { (:${l}) } AS ${l}`).join(", ")}, COUNT { ()-[]->() } AS relationships`;
  const [counts] = await executor.readText<Record<string, number>>(text, {}, "bench/graph-size");
  const size: Record<string, number> = {};
  for (const [k, v] of Object.entries(counts ?? {})) size[k] = Number(v);
  return size;
}

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
  extensions?: { cypher?: { roundTrips: number; ms: number } };
}

function checkAnswer(name: string, answer: GraphQLAnswer): void {
  if (answer.errors?.length) throw new Error(`${name}: ${answer.errors.map((e) => e.message).join("; ")}`);
  const empty = Object.entries(answer.data ?? {}).filter(([, v]) => v === null || (Array.isArray(v) && v.length === 0));
  if (!answer.data || empty.length > 0) throw new Error(`${name}: no data for ${empty.map(([k]) => k).join(", ") || "the operation"} (is the graph seeded?)`);
}

function runLoadWorker(job: LoadJob): Promise<LoadResult> {
  // A worker does not get tsx's loader hooks from the parent (Node 20), so it imports the .ts file through tsx's API.
  const tsx = import.meta.resolve("tsx/esm/api");
  const file = new URL("./api-load-worker.ts", import.meta.url).href;
  const code = `import(${JSON.stringify(tsx)}).then((api) => api.tsImport(${JSON.stringify(file)}, ${JSON.stringify(import.meta.url)}))`;
  const worker = new Worker(code, { eval: true, workerData: job });
  return new Promise<LoadResult>((resolvePromise, reject) => {
    worker.once("message", (result: LoadResult) => {
      resolvePromise(result);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0 && code !== 1) reject(new Error(`load worker exited with ${code}`));
    });
  });
}

// ---------------------------------------------------------------------------------------------------------
// the bench

export async function runApiBench(options: ApiBenchOptions, progress: (line: string) => void = () => {}): Promise<ApiBenchResult> {
  const base = loadConfig();
  const external = base.neo4j.uri !== undefined;
  // Embedded on purpose (not Testcontainers): the seeded data folder is reused by the next run.
  const config: Config = external ? base : { ...base, localNeo4j: { ...base.localNeo4j, mode: "embedded", dir: ".neo4j-local/bench-api", boltPort: options.port } };
  const logger = createLogger("warn");
  const running = await startNeo4j(config, logger);
  const driver = createDriver({ uri: running.uri, user: running.user, password: running.password, maxPoolSize: config.neo4j.maxPoolSize });
  const executor = new CypherExecutor(driver, { database: config.neo4j.database, logger, queryTimeoutMs: config.neo4j.queryTimeoutMs });
  const yoga = createYoga({ config, executor, logger, exposeQueryStats: true });
  const server = createServer(yoga);
  let seeded: ParsedArticle[] = [];
  try {
    await applySchema(executor);

    // Seed through the real pipeline.
    progress(`seeding ${options.articles} articles into ${running.uri} (${running.mode})`);
    seeded = await seedArticles(options.articles, external);
    const t0 = performance.now();
    const report = await ingestArticles(executor, seeded, { extractor: createExtractor(), concurrency: 2, logger });
    const seed = { read: seeded.length, written: report.written, unchanged: report.unchanged, failed: report.failed, seconds: (performance.now() - t0) / 1000 };
    if (report.failed > 0) throw new Error(`${report.failed} seed articles failed: ${report.failures[0]?.reason ?? "?"}`);
    const graph = await graphSize(executor);
    progress(`seeded in ${seed.seconds.toFixed(1)} s: ${JSON.stringify(graph)}`);

    // 1. Sequential, in-process (yoga.fetch: no socket), warm.
    const operations = benchOperations();
    const latency: LatencyRow[] = [];
    const post = async (op: Operation) => {
      const response = await yoga.fetch("http://bench.local/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
        body: JSON.stringify({ query: op.query, variables: op.variables ?? {} }),
      });
      const text = await response.text();
      return { answer: JSON.parse(text) as GraphQLAnswer, bytes: Buffer.byteLength(text) };
    };
    const warmUp = Math.min(30, Math.max(5, Math.round(options.runs / 5)));
    const jvmPid = embeddedPid(config);
    for (const op of operations) {
      for (let i = 0; i < warmUp; i++) checkAnswer(op.name, (await post(op)).answer);
      const ms: number[] = [];
      const cypherMs: number[] = [];
      const trips = new Set<number>();
      let bytes = 0;
      const cpu0 = process.cpuUsage();
      const jvm0 = processCpuSeconds(jvmPid);
      for (let i = 0; i < options.runs; i++) {
        const t = performance.now();
        const { answer, bytes: b } = await post(op);
        ms.push(performance.now() - t);
        checkAnswer(op.name, answer);
        trips.add(answer.extensions?.cypher?.roundTrips ?? NaN);
        cypherMs.push(answer.extensions?.cypher?.ms ?? NaN);
        bytes = b;
      }
      const cpu = process.cpuUsage(cpu0);
      const jvm1 = processCpuSeconds(jvmPid);
      const sorted = ascending(ms);
      const tripList = ascending([...trips]);
      latency.push({
        name: op.name,
        runs: options.runs,
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
        max: sorted[sorted.length - 1] ?? NaN,
        roundTrips: tripList.length === 1 ? String(tripList[0]) : `${tripList[0]}–${tripList[tripList.length - 1]}`,
        cypherMsP50: percentile(ascending(cypherMs), 50),
        nodeCpuMs: (cpu.user + cpu.system) / 1000 / options.runs,
        neo4jCpuMs: jvm0 !== null && jvm1 !== null ? ((jvm1 - jvm0) * 1000) / options.runs : null,
        kib: bytes / 1024,
      });
      progress(`  ${op.name}: p50 ${percentile(sorted, 50).toFixed(1)} ms`);
    }

    // 2. Concurrent, over HTTP on loopback.
    await new Promise<void>((ok, fail) => {
      server.once("error", fail);
      server.listen(0, "127.0.0.1", ok);
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/graphql`;
    const bodies = operations.map((op) => ({ name: op.name, body: JSON.stringify({ query: op.query, variables: op.variables ?? {} }) }));
    const load: LoadRow[] = [];
    for (const clients of options.clients) {
      let peakRss = 0;
      let peakHeap = 0;
      const sample = () => {
        const m = process.memoryUsage();
        peakRss = Math.max(peakRss, m.rss);
        peakHeap = Math.max(peakHeap, m.heapUsed);
      };
      const sampler = setInterval(sample, 100);
      const elu0 = performance.eventLoopUtilization();
      const jvm0 = processCpuSeconds(jvmPid);
      const result = await runLoadWorker({ url, bodies, clients, maxRequests: options.requests, seconds: options.seconds });
      clearInterval(sampler);
      sample();
      const jvm1 = processCpuSeconds(jvmPid);
      const elu = performance.eventLoopUtilization(elu0).utilization;
      const sorted = ascending(result.latencies);
      load.push({
        clients,
        requests: result.latencies.length,
        errors: result.errors,
        seconds: result.seconds,
        perSecond: result.latencies.length / result.seconds,
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
        elu,
        neo4jCores: jvm0 !== null && jvm1 !== null && result.seconds > 0 ? (jvm1 - jvm0) / result.seconds : null,
        peakRssMb: mb(peakRss),
        peakHeapMb: mb(peakHeap),
        firstError: result.firstError,
      });
      progress(`  ${clients} clients: ${(result.latencies.length / result.seconds).toFixed(1)} req/s, ${result.errors} errors`);
    }
    const m = process.memoryUsage();
    return {
      machine: machineLine(),
      neo4j: `${running.mode}${external ? "" : `, heap ${config.localNeo4j.heap}, ${config.localNeo4j.dir}`}`,
      seed,
      graph,
      latency,
      load,
      memory: { rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed) },
    };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((ok) => (server.listening ? server.close(() => ok()) : ok()));
    await yoga.dispose();
    if (external && !options.keep) {
      for (const a of seeded) if (a.id.startsWith(BENCH_URL)) await deleteArticle(executor, a.id).catch(() => false);
    }
    await driver.close();
    await running.stop();
  }
}

// ---------------------------------------------------------------------------------------------------------
// output

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "–");

export function formatApiBench(r: ApiBenchResult): string {
  const g = r.graph;
  const lines = [
    `Machine: ${r.machine}. Neo4j: ${r.neo4j}.`,
    `Graph: ${g["Article"] ?? 0} articles, ${g["Statement"] ?? 0} statements, ${g["Person"] ?? 0} persons, ${g["State"] ?? 0} states, ${g["Treaty"] ?? 0} treaties, ${g["Organization"] ?? 0} organisations, ${g["relationships"] ?? 0} relationships.`,
    `Seed: ${r.seed.read} articles through ingestArticles (2 in flight): ${r.seed.written} written, ${r.seed.unchanged} unchanged, in ${r.seed.seconds.toFixed(1)} s.`,
    "",
    `Sequential, warm, in-process (yoga.fetch), ${r.latency[0]?.runs ?? 0} runs each:`,
    "",
    "| operation | p50 ms | p95 ms | p99 ms | max ms | Cypher round trips | Cypher ms p50 (sum of round trips) | Node CPU ms/request | Neo4j CPU ms/request | answer KiB |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...r.latency.map((l) => `| ${l.name} | ${f1(l.p50)} | ${f1(l.p95)} | ${f1(l.p99)} | ${f1(l.max)} | ${l.roundTrips} | ${f1(l.cypherMsP50)} | ${f1(l.nodeCpuMs)} | ${l.neo4jCpuMs === null ? "–" : f1(l.neo4jCpuMs)} | ${f1(l.kib)} |`),
    "",
    "Concurrent, the whole mix round-robin over HTTP on 127.0.0.1 (clients in a worker thread):",
    "",
    "| clients | requests | errors | seconds | requests/s | p50 ms | p95 ms | p99 ms | server event loop busy | Neo4j CPU (cores) | peak RSS MiB | peak heap MiB |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...r.load.map(
      (l) =>
        `| ${l.clients} | ${l.requests} | ${l.errors} | ${l.seconds.toFixed(1)} | ${l.perSecond.toFixed(1)} | ${f1(l.p50)} | ${f1(l.p95)} | ${f1(l.p99)} | ${(l.elu * 100).toFixed(0)} % | ${l.neo4jCores === null ? "–" : l.neo4jCores.toFixed(2)} | ${l.peakRssMb.toFixed(0)} | ${l.peakHeapMb.toFixed(0)} |`,
    ),
    "",
    `Process at the end: RSS ${r.memory.rssMb.toFixed(0)} MiB, heap used ${r.memory.heapUsedMb.toFixed(0)} MiB.`,
  ];
  const errors = r.load.filter((l) => l.firstError);
  for (const l of errors) lines.push(`First error at ${l.clients} clients: ${l.firstError}`);
  return lines.join("\n");
}

export const API_DEFAULTS: ApiBenchOptions = { articles: 500, runs: 200, clients: [1, 8, 32], seconds: 15, requests: 3000, port: 17740 };
export const API_QUICK: ApiBenchOptions = { articles: 150, runs: 40, clients: [8, 32], seconds: 5, requests: 500, port: 17740 };

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({
    options: {
      articles: { type: "string" },
      runs: { type: "string" },
      clients: { type: "string" },
      seconds: { type: "string" },
      requests: { type: "string" },
      port: { type: "string" },
      keep: { type: "boolean", default: false },
      quick: { type: "boolean", default: false },
    },
  });
  const d = values.quick ? API_QUICK : API_DEFAULTS;
  const num = (v: string | undefined, fallback: number) => (v === undefined ? fallback : Number(v));
  const options: ApiBenchOptions = {
    articles: num(values.articles, d.articles),
    runs: num(values.runs, d.runs),
    clients: values.clients ? values.clients.split(",").map(Number) : d.clients,
    seconds: num(values.seconds, d.seconds),
    requests: num(values.requests, d.requests),
    port: num(values.port, d.port),
    keep: values.keep,
  };
  for (const [k, v] of Object.entries(options)) {
    if ((typeof v === "number" && !(Number.isFinite(v) && v > 0)) || (Array.isArray(v) && v.some((c) => !(Number.isInteger(c) && c > 0)))) {
      console.error(`bench/api.ts: --${k} expects a positive number`);
      process.exit(2);
    }
  }
  const result = await runApiBench(options, (line) => console.error(line));
  console.log(formatApiBench(result));
}
