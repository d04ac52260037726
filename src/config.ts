// The service's settings, validated once. This is the only module that reads process.env:
// everything else receives a Config (or the part it needs) as an argument.
import { z } from "zod";

const NEO4J_SCHEMES = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"];

const optionalString = z
  .string()
  .transform((s) => s.trim())
  .transform((s) => (s === "" ? undefined : s))
  .optional();

const positiveInt = (fallback: number, max = 1_000_000) =>
  z.coerce
    .number({ invalid_type_error: "expected a whole number" })
    .int("expected a whole number")
    .positive("expected a number above 0")
    .max(max, `expected at most ${max}`)
    .default(fallback);

const neo4jUri = optionalString.refine(
  (uri) => {
    if (uri === undefined) return true;
    try {
      const scheme = new URL(uri).protocol.replace(/:$/, "");
      return NEO4J_SCHEMES.includes(scheme);
    } catch {
      return false;
    }
  },
  { message: `expected a Neo4j URI such as bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io (schemes: ${NEO4J_SCHEMES.join(", ")})` },
);

const envSchema = z.object({
  NEO4J_URI: neo4jUri,
  NEO4J_USER: optionalString.default("neo4j"),
  NEO4J_PASSWORD: optionalString,
  NEO4J_DATABASE: optionalString,
  NEO4J_MAX_POOL_SIZE: positiveInt(50, 1000),
  NEO4J_QUERY_TIMEOUT_MS: positiveInt(30_000),
  NEO4J_LOCAL_DIR: optionalString.default(".neo4j-local"),
  NEO4J_LOCAL_BOLT_PORT: positiveInt(17687, 65535),
  NEO4J_LOCAL_HEAP: optionalString.default("1g").refine((v) => /^\d+[mg]$/i.test(v ?? ""), "expected a JVM size such as 512m or 1g"),
  NEO4J_LOCAL_MODE: z.enum(["auto", "testcontainers", "embedded"], { message: "expected auto, testcontainers or embedded" }).default("auto"),
  HOST: optionalString.default("0.0.0.0"),
  PORT: positiveInt(4000, 65535),
  INGEST_TOKEN: optionalString.refine((t) => t === undefined || t.length >= 16, "expected at least 16 characters (or unset to refuse mutations)"),
  CORS_ORIGINS: optionalString.default("*"),
  REDIS_URL: optionalString.refine((u) => u === undefined || /^rediss?:\/\//.test(u), "expected redis://host:port or rediss://host:port"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"], { message: "expected debug, info, warn, error or silent" }).default("info"),
  MAX_PAGE_SIZE: positiveInt(100, 10_000),
  MAX_QUERY_DEPTH: positiveInt(12, 100),
  MAX_QUERY_COST: positiveInt(5000),
  MAX_ALIASES: positiveInt(30, 1000),
  MAX_QUERY_TOKENS: positiveInt(2000),
  MAX_GRAPH_NODES: positiveInt(1000, 100_000),
  MAX_GRAPH_DEPTH: positiveInt(3, 10),
  MAX_INGEST_BYTES: positiveInt(10 * 1024 * 1024, 1024 * 1024 * 1024),
});

export interface Config {
  neo4j: {
    /** Unset: the project starts its own local Neo4j (see src/neo4j/local-neo4j.ts). */
    uri: string | undefined;
    user: string;
    password: string | undefined;
    database: string | undefined;
    maxPoolSize: number;
    queryTimeoutMs: number;
  };
  localNeo4j: { dir: string; boltPort: number; heap: string; mode: "auto" | "testcontainers" | "embedded" };
  server: { host: string; port: number; corsOrigins: string[] };
  ingestToken: string | undefined;
  redisUrl: string | undefined;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  limits: {
    maxPageSize: number;
    maxQueryDepth: number;
    maxQueryCost: number;
    maxAliases: number;
    maxQueryTokens: number;
    maxGraphNodes: number;
    maxGraphDepth: number;
    maxIngestBytes: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join("; ")}`);
    this.name = "ConfigError";
  }
}

/** Parses settings from an environment (process.env by default); throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "?");
      const value = env[name];
      const shown = value === undefined ? "unset" : name.includes("PASSWORD") || name.includes("TOKEN") ? "given value" : `got '${value}'`;
      return `${name}: ${issue.message} (${shown})`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    throw new ConfigError(["NEO4J_PASSWORD: expected a password when NEO4J_URI is set (unset)"]);
  }
  return Object.freeze({
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER ?? "neo4j",
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      maxPoolSize: e.NEO4J_MAX_POOL_SIZE,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
    },
    localNeo4j: { dir: e.NEO4J_LOCAL_DIR ?? ".neo4j-local", boltPort: e.NEO4J_LOCAL_BOLT_PORT, heap: e.NEO4J_LOCAL_HEAP ?? "1g", mode: e.NEO4J_LOCAL_MODE },
    server: {
      host: e.HOST ?? "0.0.0.0",
      port: e.PORT,
      corsOrigins: (e.CORS_ORIGINS ?? "*").split(",").map((s) => s.trim()).filter(Boolean),
    },
    ingestToken: e.INGEST_TOKEN,
    redisUrl: e.REDIS_URL,
    logLevel: e.LOG_LEVEL,
    limits: {
      maxPageSize: e.MAX_PAGE_SIZE,
      maxQueryDepth: e.MAX_QUERY_DEPTH,
      maxQueryCost: e.MAX_QUERY_COST,
      maxAliases: e.MAX_ALIASES,
      maxQueryTokens: e.MAX_QUERY_TOKENS,
      maxGraphNodes: e.MAX_GRAPH_NODES,
      maxGraphDepth: e.MAX_GRAPH_DEPTH,
      maxIngestBytes: e.MAX_INGEST_BYTES,
    },
  });
}
