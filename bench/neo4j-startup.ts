// npx tsx bench/neo4j-startup.ts [RUNS]
// How long the embedded Neo4j takes until Bolt answers: a cold start (fresh data folder; the launcher already
// built) and a warm start (the same folder again), each RUNS times (default 3), plus the one-time Maven build
// of the launcher from an empty target/ (in a copy, so a checkout others are using is not disturbed; the jars
// come from ~/.m2). Bolt port: NEO4J_LOCAL_BOLT_PORT. Prints a Markdown table; figures go to neo4j-startup.md.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig, type Config } from "../src/config.js";
import { silentLogger } from "../src/logger.js";
import { startNeo4j } from "../src/neo4j/local-neo4j.js";

const LAUNCHER_DIR = fileURLToPath(new URL("../tools/neo4j-local/", import.meta.url));

interface Sample {
  start: number;
  stop: number;
}

async function startAndStop(config: Config): Promise<Sample> {
  const t0 = performance.now();
  const running = await startNeo4j(config, silentLogger);
  const t1 = performance.now();
  await running.stop();
  return { start: t1 - t0, stop: performance.now() - t1 };
}

/** The same Maven command as src/neo4j/local-neo4j.ts, in a fresh copy of the launcher's sources. */
function timeBuild(): number {
  const dir = mkdtempSync(path.join(tmpdir(), "neo4j-local-build-"));
  try {
    cpSync(path.join(LAUNCHER_DIR, "pom.xml"), path.join(dir, "pom.xml"));
    cpSync(path.join(LAUNCHER_DIR, "src"), path.join(dir, "src"), { recursive: true });
    const t0 = performance.now();
    const result = spawnSync("mvn", ["-q", "-B", "compile", "dependency:build-classpath", "-Dmdep.outputFile=target/classpath.txt"], { cwd: dir, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`mvn failed: ${result.stdout}${result.stderr}`);
    return performance.now() - t0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const row = (what: string, xs: number[]) => `| ${what} | ${seconds(median(xs))} | ${seconds(Math.min(...xs))} | ${seconds(Math.max(...xs))} | ${xs.length} |`;

async function main(runs: number): Promise<void> {
  const base = loadConfig();
  const dataRoot = mkdtempSync(path.join(tmpdir(), "neo4j-local-bench-"));
  const cold: Sample[] = [];
  const warm: Sample[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const config: Config = {
        ...base,
        neo4j: { ...base.neo4j, uri: undefined },
        localNeo4j: { ...base.localNeo4j, mode: "embedded", dir: path.join(dataRoot, `run-${i}`) },
      };
      // The first start of all also builds the launcher if it is stale; keep that out of the figures.
      if (i === 0) await startAndStop({ ...config, localNeo4j: { ...config.localNeo4j, dir: path.join(dataRoot, "warm-up") } });
      cold.push(await startAndStop(config));
      warm.push(await startAndStop(config));
    }
  } finally {
    rmSync(dataRoot, { recursive: true, force: true });
  }
  const build = timeBuild();

  // Start-up is mostly JVM class loading and JIT: CPU-bound, so the machine's load is part of the figure.
  const load = loadavg().map((l) => l.toFixed(1)).join(" ");
  console.log(`Embedded Neo4j (tools/neo4j-local), heap ${base.localNeo4j.heap}, ${runs} runs, ${availableParallelism()} CPUs, load average ${load}`);
  console.log("start = startNeo4j() until a Bolt session answers\n");
  console.log("| what | median | min | max | runs |");
  console.log("| --- | --- | --- | --- | --- |");
  console.log(row("cold start (fresh data folder)", cold.map((s) => s.start)));
  console.log(row("warm start (existing data folder)", warm.map((s) => s.start)));
  console.log(row("stop()", [...cold, ...warm].map((s) => s.stop)));
  console.log(row("launcher build, empty target/ (jars in ~/.m2)", [build]));
}

await main(Number(process.argv[2] ?? 3) || 3);
