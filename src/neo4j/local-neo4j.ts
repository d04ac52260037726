// Gives the process a real Neo4j: the one NEO4J_URI names, else one it starts itself (Testcontainers where a
// Docker engine answers, else Neo4j Community embedded in tools/neo4j-local, a small Java launcher).
// The embedded child is tied to this process: it holds our pipe on its stdin and stops when that closes,
// so even a SIGKILL of this process cannot leave it running.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { createDriver, verifyDriver } from "./driver.js";

export interface RunningNeo4j {
  uri: string;
  user: string;
  password: string;
  mode: "external" | "testcontainers" | "embedded";
  stop(): Promise<void>;
}

/** The launcher's Maven project; resolved from this file so it works from any working directory. */
const LAUNCHER_DIR = fileURLToPath(new URL("../../tools/neo4j-local/", import.meta.url));
const CLASSPATH_FILE = path.join(LAUNCHER_DIR, "target", "classpath.txt");
const MAIN_CLASS = "treatygraph.neo4jlocal.Neo4jLocal";
const MAIN_CLASS_FILE = path.join(LAUNCHER_DIR, "target", "classes", ...MAIN_CLASS.split(".")) + ".class";
const PID_FILE = "neo4j-local.pid";
const BUILD_LOCK = path.join(LAUNCHER_DIR, "target", "build.lock");
// Written after each successful build: Maven leaves an unchanged classpath.txt (and its mtime) alone.
const BUILD_STAMP = path.join(LAUNCHER_DIR, "target", "build.stamp");

const TESTCONTAINERS_IMAGE = "neo4j:5.26-community";
const DOCKER_PROBE_MS = 5_000;
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;
const PAGECACHE = "256m";
const INSTALL_HINT = "apt-get install openjdk-17-jdk-headless maven";

// Neo4j reaches into JDK internals (off-heap memory, NIO channels); the list follows Neo4j's own neo4j.conf.
const JVM_FLAGS = [
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/java.util=ALL-UNNAMED",
  "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+ExitOnOutOfMemoryError",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
];

/** Connects to NEO4J_URI when set; otherwise starts a local Neo4j as config.localNeo4j.mode says. */
export async function startNeo4j(config: Config, logger: Logger): Promise<RunningNeo4j> {
  if (config.neo4j.uri !== undefined) return useExternal(config);
  const { mode } = config.localNeo4j;
  if (mode === "embedded") return startEmbedded(config, logger);
  if (mode === "testcontainers") {
    if (!(await dockerAnswers())) {
      throw new Error("NEO4J_LOCAL_MODE=testcontainers, but no Docker engine answers; start one, or use NEO4J_LOCAL_MODE=embedded (Java 17 + Maven).");
    }
    return startTestcontainers(logger);
  }
  if (await dockerAnswers()) return startTestcontainers(logger);
  logger.debug("no Docker engine answers; using the embedded Neo4j");
  return startEmbedded(config, logger);
}

async function useExternal(config: Config): Promise<RunningNeo4j> {
  const uri = config.neo4j.uri ?? "";
  const driver = createDriver({ uri, user: config.neo4j.user, password: config.neo4j.password });
  try {
    await verifyDriver(driver, uri, config.neo4j.database);
  } finally {
    await driver.close();
  }
  return { uri, user: config.neo4j.user, password: config.neo4j.password ?? "", mode: "external", stop: async () => {} };
}

// ---------------------------------------------------------------------------------------------------------
// Testcontainers (a dev dependency: a production install without it simply never takes this path)

/** True when Testcontainers is installed and finds a Docker engine within a few seconds; never throws. */
async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import("testcontainers");
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), DOCKER_PROBE_MS);
    });
    const probe = getContainerRuntimeClient().then(
      () => true,
      () => false,
    );
    const answer = await Promise.race([probe, timeout]);
    clearTimeout(timer);
    return answer;
  } catch {
    return false;
  }
}

async function startTestcontainers(logger: Logger): Promise<RunningNeo4j> {
  const { Neo4jContainer } = await import("@testcontainers/neo4j");
  logger.info(`starting Neo4j in Docker (${TESTCONTAINERS_IMAGE}) through Testcontainers`);
  const container = await new Neo4jContainer(TESTCONTAINERS_IMAGE).start();
  return {
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
    mode: "testcontainers",
    stop: async () => {
      await container.stop();
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Embedded: the Java launcher in tools/neo4j-local

async function startEmbedded(config: Config, logger: Logger): Promise<RunningNeo4j> {
  const { boltPort, heap } = config.localNeo4j;
  const home = path.resolve(config.localNeo4j.dir);
  const uri = `bolt://127.0.0.1:${boltPort}`;

  requireTool("java", ["-version"]);
  // Checked before anything is written to the folder, so a running instance's logs stay as they are.
  const holder = liveInstance(home);
  if (holder) {
    throw new Error(
      `The data folder ${home} is in use by a running local Neo4j (pid ${holder.pid}, bolt://127.0.0.1:${holder.port}). ` +
        `Stop it (kill ${holder.pid}), use it with NEO4J_URI=bolt://127.0.0.1:${holder.port}, or set NEO4J_LOCAL_DIR to another folder.`,
    );
  }
  if (await portAnswers(boltPort)) {
    throw new Error(
      `Port ${boltPort} on 127.0.0.1 is already in use (perhaps by a local Neo4j of another data folder or checkout). ` +
        `Stop that process, set NEO4J_LOCAL_BOLT_PORT to a free port, or use it with NEO4J_URI=${uri}.`,
    );
  }

  await ensureLauncherBuilt(logger);

  mkdirSync(home, { recursive: true });
  const launcherLog = path.join(home, "launcher.log");
  const logFd = openSync(launcherLog, "w");
  const classpath = `${path.join(LAUNCHER_DIR, "target", "classes")}${path.delimiter}${readFileSync(CLASSPATH_FILE, "utf8").trim()}`;
  const started = performance.now();
  logger.info("starting the embedded Neo4j", { uri, dir: home });
  const child = spawn("java", [`-Xms${heap}`, `-Xmx${heap}`, ...JVM_FLAGS, "-cp", classpath, MAIN_CLASS, home, String(boltPort), PAGECACHE], {
    stdio: ["pipe", "pipe", logFd],
  });
  closeSync(logFd);
  // Written at once, so that a second start on this folder is refused before it touches anything.
  const pidFile = path.join(home, PID_FILE);
  if (child.pid !== undefined) writeFileSync(pidFile, `${child.pid} ${boltPort}\n`);

  // If this process exits without calling stop(), take the child along (the stdin EOF does it too).
  const killOnExit = () => child.kill("SIGTERM");
  process.on("exit", killOnExit);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  try {
    await waitForReady(child, exited, home, launcherLog);
    await waitForBolt(uri, home, launcherLog);
  } catch (error) {
    process.off("exit", killOnExit);
    await terminate(child, exited);
    rmSync(pidFile, { force: true });
    throw error;
  }
  logger.info("embedded Neo4j is ready", { uri, ms: Math.round(performance.now() - started) });

  // Once running, the child must not keep an otherwise finished process (a CLI that forgot stop()) alive.
  child.unref();
  // Drain anything the JVM itself prints on stdout later, so a full pipe never blocks it.
  child.stdout?.resume();
  for (const stream of [child.stdin, child.stdout]) (stream as unknown as { unref?: () => void } | null)?.unref?.();

  let stopping: Promise<void> | undefined;
  return {
    uri,
    user: "neo4j",
    password: "",
    mode: "embedded",
    stop: () => {
      stopping ??= (async () => {
        process.off("exit", killOnExit);
        await terminate(child, exited);
        rmSync(pidFile, { force: true });
      })();
      return stopping;
    },
  };
}

/** Resolves on the launcher's READY line; rejects with the reason and the log tail if it fails or exits. */
function waitForReady(child: ChildProcess, exited: Promise<number | null>, home: string, launcherLog: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => {
      done(new Error(`The embedded Neo4j did not start within ${START_TIMEOUT_MS / 1000}s.${logTail(home, launcherLog)}`));
    }, START_TIMEOUT_MS);
    let settled = false;
    const done = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      lines.close();
      if (error) reject(error);
      else resolve();
    };
    lines.on("line", (line) => {
      if (line.startsWith("READY")) done();
      else if (line.startsWith("FAILED")) done(new Error(`The embedded Neo4j failed to start: ${explainFailure(line.slice(7), home, launcherLog)}`));
    });
    child.once("error", (error) => done(new Error(`Cannot run java: ${error.message}; install Java 17 (${INSTALL_HINT}).`)));
    void exited.then((code) => done(new Error(`The embedded Neo4j exited (code ${code}) before it was ready.${logTail(home, launcherLog)}`)));
  });
}

/** READY means the port is open; this waits until a Bolt session really answers. */
async function waitForBolt(uri: string, home: string, launcherLog: string): Promise<void> {
  const driver = createDriver({ uri, user: "neo4j", password: "" });
  const deadline = Date.now() + 60_000;
  try {
    for (;;) {
      try {
        await driver.getServerInfo();
        return;
      } catch (error) {
        if (Date.now() > deadline) {
          const reason = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
          throw new Error(`The embedded Neo4j opened ${uri} but Bolt does not answer: ${reason}${logTail(home, launcherLog)}`);
        }
        await sleep(200);
      }
    }
  } finally {
    await driver.close();
  }
}

/** Asks the launcher to stop (stdin EOF, then SIGTERM), and kills it if it has not exited in time. */
async function terminate(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.stdin?.end();
  child.kill("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const inTime = await Promise.race([
    exited.then(() => true),
    new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), STOP_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timer);
  if (!inTime) {
    child.kill("SIGKILL");
    await exited;
  }
}

/** Known causes get a one-line explanation; anything else gets the reason and the logs' tails. */
function explainFailure(reason: string, home: string, launcherLog: string): string {
  if (/FileLockException|locked by another process/i.test(reason)) {
    return `the data folder ${home} is locked by another Neo4j process; stop it or set NEO4J_LOCAL_DIR to another folder. (${reason})`;
  }
  if (/address already in use|BindException/i.test(reason)) {
    return `the Bolt port is already in use; set NEO4J_LOCAL_BOLT_PORT to a free port. (${reason})`;
  }
  return `${reason}${logTail(home, launcherLog)}`;
}

/** The launcher recorded in the folder's pid file, if that process is alive and still that launcher. */
function liveInstance(home: string): { pid: number; port: number } | undefined {
  let pid: number;
  let port: number;
  try {
    const [pidText, portText] = readFileSync(path.join(home, PID_FILE), "utf8").trim().split(/\s+/);
    pid = Number(pidText);
    port = Number(portText);
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  // A recycled pid belongs to some other program: on Linux, make sure it is our launcher for this folder.
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (!cmdline.includes(MAIN_CLASS) || !cmdline.includes(home)) return undefined;
  } catch {
    // no /proc (macOS): trust the pid file
  }
  return { pid, port };
}

/** The last lines of the launcher's stderr and of Neo4j's debug.log, for error messages. */
function logTail(home: string, launcherLog: string): string {
  const parts: string[] = [];
  for (const file of [launcherLog, path.join(home, "logs", "debug.log")]) {
    try {
      const lines = readFileSync(file, "utf8").trimEnd().split("\n").filter(Boolean).slice(-15);
      if (lines.length > 0) parts.push(`\n--- last lines of ${file} ---\n${lines.join("\n")}`);
    } catch {
      // a log that was never written has nothing to add
    }
  }
  return parts.join("");
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.setTimeout(1_000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

// ---------------------------------------------------------------------------------------------------------
// Building the launcher (once; again only when its sources change or a jar it needs has gone)

/** Builds tools/neo4j-local with Maven when its build output is missing or older than its sources. */
async function ensureLauncherBuilt(logger: Logger): Promise<void> {
  if (launcherIsFresh()) return;
  const release = await acquireBuildLock();
  try {
    // Another process may have built it while we waited for the lock.
    if (launcherIsFresh()) return;
    requireTool("mvn", ["-v"]);
    // A plain line, not a log record: whoever waits here should see why, whatever the log level.
    process.stderr.write("building the local Neo4j launcher (first run only, downloads Neo4j 5.26 from Maven Central)...\n");
    const started = performance.now();
    // Others check freshness without the lock: no stamp while the class files are being rewritten.
    rmSync(BUILD_STAMP, { force: true });
    const result = await run("mvn", ["-q", "-B", "compile", "dependency:build-classpath", `-Dmdep.outputFile=${CLASSPATH_FILE}`], LAUNCHER_DIR);
    if (result.code !== 0) {
      rmSync(CLASSPATH_FILE, { force: true });
      const tail = result.output.trimEnd().split("\n").slice(-20).join("\n");
      throw new Error(`Building the local Neo4j launcher failed (mvn exit ${result.code}; Maven Central must be reachable on first run):\n${tail}`);
    }
    writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
    logger.info("built the local Neo4j launcher", { ms: Math.round(performance.now() - started) });
  } finally {
    release();
  }
}

function launcherIsFresh(): boolean {
  if (!existsSync(BUILD_STAMP) || !existsSync(CLASSPATH_FILE) || !existsSync(MAIN_CLASS_FILE)) return false;
  const built = statSync(BUILD_STAMP).mtimeMs;
  const sources = [path.join(LAUNCHER_DIR, "pom.xml"), ...listFiles(path.join(LAUNCHER_DIR, "src"))];
  if (sources.some((file) => statSync(file).mtimeMs > built)) return false;
  // A cleaned ~/.m2 leaves a classpath that names missing jars.
  const jars = readFileSync(CLASSPATH_FILE, "utf8").trim().split(path.delimiter).filter(Boolean);
  return jars.length > 0 && jars.every((jar) => existsSync(jar));
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** A lock folder so that concurrent starts in one checkout do not run Maven over each other. */
async function acquireBuildLock(): Promise<() => void> {
  mkdirSync(path.dirname(BUILD_LOCK), { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      writeFileSync(path.join(BUILD_LOCK, "pid"), String(process.pid));
      return () => rmSync(BUILD_LOCK, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (lockIsStale()) {
        rmSync(BUILD_LOCK, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for another build of the local Neo4j launcher (lock ${BUILD_LOCK}).`);
      await sleep(500);
    }
  }
}

function lockIsStale(): boolean {
  try {
    const pid = Number(readFileSync(path.join(BUILD_LOCK, "pid"), "utf8"));
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // No pid file yet: the holder is between mkdir and write, unless the lock is old.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      try {
        return Date.now() - statSync(BUILD_LOCK).mtimeMs > 60_000;
      } catch {
        return true;
      }
    }
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

function requireTool(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "ignore" });
  if (result.error) {
    const what = command === "java" ? "Java 17 (a JDK)" : "Maven";
    throw new Error(`The local Neo4j needs ${what}, but '${command}' was not found: install it (${INSTALL_HINT}) or set NEO4J_URI to a running Neo4j.`);
  }
}

function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, output }));
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
