// The config module: defaults from an empty environment, and one clear message per bad variable that names
// it (and never echoes a secret).
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

const problemsOf = (env: Record<string, string | undefined>): string[] => configError(env).problems;

describe("loadConfig", () => {
  it("needs nothing: an empty environment gives the local Neo4j and the documented defaults", () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.user).toBe("neo4j");
    expect(config.localNeo4j).toEqual({ dir: ".neo4j-local", boltPort: 17687, heap: "1g", mode: "auto" });
    expect(config.server.port).toBe(4000);
    expect(config.ingestToken).toBeUndefined();
    expect(config.limits.maxIngestBytes).toBe(10 * 1024 * 1024);
  });

  it("treats blank values as unset", () => {
    const config = loadConfig({ NEO4J_URI: "  ", NEO4J_LOCAL_DIR: "" });
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.localNeo4j.dir).toBe(".neo4j-local");
  });

  it("reads the local Neo4j settings", () => {
    const config = loadConfig({ NEO4J_LOCAL_DIR: ".neo4j-local/x", NEO4J_LOCAL_BOLT_PORT: "17690", NEO4J_LOCAL_HEAP: "512m", NEO4J_LOCAL_MODE: "embedded" });
    expect(config.localNeo4j).toEqual({ dir: ".neo4j-local/x", boltPort: 17690, heap: "512m", mode: "embedded" });
  });

  it("takes an external Neo4j with its credentials", () => {
    const config = loadConfig({ NEO4J_URI: "neo4j+s://abcd.databases.neo4j.io", NEO4J_USER: "app", NEO4J_PASSWORD: "pw" });
    expect(config.neo4j).toMatchObject({ uri: "neo4j+s://abcd.databases.neo4j.io", user: "app", password: "pw" });
  });

  it.each([
    ["http://localhost:7474", "not a Bolt scheme"],
    ["localhost:7687", "no scheme"],
    ["not a uri", "not a URL"],
  ])("rejects NEO4J_URI=%s (%s) in one line naming NEO4J_URI", (uri) => {
    const problems = problemsOf({ NEO4J_URI: uri, NEO4J_PASSWORD: "pw" });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^NEO4J_URI: expected a Neo4j URI such as bolt:\/\/localhost:7687/);
    expect(problems[0]).toContain(`got '${uri}'`);
    expect(configError({ NEO4J_URI: uri, NEO4J_PASSWORD: "pw" }).message).not.toContain("\n");
  });

  it("asks for NEO4J_PASSWORD when NEO4J_URI is set", () => {
    expect(problemsOf({ NEO4J_URI: "bolt://db:7687" })).toEqual(["NEO4J_PASSWORD: expected a password when NEO4J_URI is set (unset)"]);
  });

  it("names every bad variable at once", () => {
    const problems = problemsOf({ NEO4J_LOCAL_BOLT_PORT: "70000", PORT: "abc", NEO4J_LOCAL_HEAP: "lots", NEO4J_LOCAL_MODE: "docker", LOG_LEVEL: "loud" });
    expect(problems).toEqual(
      expect.arrayContaining([
        "NEO4J_LOCAL_BOLT_PORT: expected at most 65535 (got '70000')",
        "PORT: expected a whole number (got 'abc')",
        "NEO4J_LOCAL_HEAP: expected a JVM size such as 512m or 1g (got 'lots')",
        "NEO4J_LOCAL_MODE: expected auto, testcontainers or embedded (got 'docker')",
        "LOG_LEVEL: expected debug, info, warn, error or silent (got 'loud')",
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  it("rejects zero, negative and fractional numbers", () => {
    expect(problemsOf({ MAX_PAGE_SIZE: "0" })).toEqual(["MAX_PAGE_SIZE: expected a number above 0 (got '0')"]);
    expect(problemsOf({ PORT: "-1" })).toEqual(["PORT: expected a number above 0 (got '-1')"]);
    expect(problemsOf({ NEO4J_QUERY_TIMEOUT_MS: "1.5" })).toEqual(["NEO4J_QUERY_TIMEOUT_MS: expected a whole number (got '1.5')"]);
  });

  it("never echoes a secret in its message", () => {
    const problems = problemsOf({ INGEST_TOKEN: "short-secret" });
    expect(problems).toEqual(["INGEST_TOKEN: expected at least 16 characters (or unset to refuse mutations) (given value)"]);
    expect(problems.join()).not.toContain("short-secret");
  });

  it("checks REDIS_URL", () => {
    expect(problemsOf({ REDIS_URL: "localhost:6379" })).toEqual(["REDIS_URL: expected redis://host:port or rediss://host:port (got 'localhost:6379')"]);
  });
});
