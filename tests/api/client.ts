// A yoga instance over the test database and a small client that calls it through yoga.fetch (no port),
// returning the parsed body and the Cypher round trips the server counted for the operation.
import { loadConfig, type Config } from "../../src/config.js";
import type { IngestService } from "../../src/context.js";
import type { CypherExecutor } from "../../src/neo4j/executor.js";
import { createYoga, type ApiYoga } from "../../src/yoga.js";
import { createLogger } from "../../src/logger.js";

export const TEST_TOKEN = "test-ingest-token-0123456789";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- responses are read by path; the assertions check their shape
export type AnyData = Record<string, any>;

export interface GqlResult<T = AnyData> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  roundTrips: number;
}

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ INGEST_TOKEN: TEST_TOKEN, LOG_LEVEL: "silent", ...env });
}

export function testApi(executor: CypherExecutor, options: { config?: Config; ingest?: IngestService } = {}) {
  const yoga: ApiYoga = createYoga({ config: options.config ?? testConfig(), executor, exposeQueryStats: true, logger: createLogger("error"), ...(options.ingest ? { ingest: options.ingest } : {}) });
  async function gql<T = AnyData>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GqlResult<T>> {
    const res = await yoga.fetch("http://api.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: GqlResult["errors"]; extensions?: { cypher?: { roundTrips: number } } };
    return { status: res.status, data: body.data, errors: body.errors, roundTrips: body.extensions?.cypher?.roundTrips ?? -1 };
  }
  return { yoga, gql };
}
