// The per-request GraphQL context: a request-scoped executor that counts Cypher round trips, the caller's
// permissions, and the DataLoader caches (Pothos keeps its loaders in the context cache; a fresh context per
// request means no cached row ever leaks from one caller to another).
import { createHash, timingSafeEqual } from "node:crypto";
import { initContextCache } from "@pothos/core";
import DataLoader from "dataloader";
import type { Config } from "./config.js";
import type { IngestReport, ParsedArticle } from "./ingest/types.js";
import type { Logger } from "./logger.js";
import type { CypherExecutor } from "./neo4j/executor.js";
import type { ApiPubSub } from "./pubsub.js";
import { aboutByStatementIds } from "./resolvers/relations.js";
import type { EntityRow } from "./resolvers/rows.js";

/** The ingest pipeline as the API uses it (src/ingest/pipeline.ts and src/ingest/read/ provide it). */
export interface IngestService {
  parseArticleInput(input: ArticleInputValue, origin: string): ParsedArticle;
  ingestArticles(
    executor: CypherExecutor,
    articles: ParsedArticle[],
    options: { onArticleWritten?: (event: { id: string; title: string; status: string }) => void },
  ): Promise<IngestReport>;
  deleteArticle(executor: CypherExecutor, id: string): Promise<boolean>;
}

/** ArticleInput as received from GraphQL (absent optional fields are null or undefined). */
export interface ArticleInputValue {
  title: string;
  body: string;
  url?: string | null;
  source?: string | null;
  publishedAt?: string | null;
  tags?: string[] | null;
}

export interface ApiDeps {
  config: Config;
  executor: CypherExecutor;
  logger: Logger;
  pubsub: ApiPubSub;
  ingest: IngestService;
}

export interface QueryStats {
  roundTrips: number;
  cypherMs: number;
}

/** Why the ingest scope was refused, for the error message; null when granted. */
export type IngestRefusal = "disabled" | "missing" | "wrong" | null;

export interface Context {
  config: Config;
  logger: Logger;
  pubsub: ApiPubSub;
  ingest: IngestService;
  /** Counts into `stats`; use it for every query of this request. */
  executor: CypherExecutor;
  stats: QueryStats;
  auth: { ingest: boolean; refusal: IngestRefusal };
  /** Loaders shared by several fields (about, aboutTreaties, aboutStates, aboutPersons use one query). */
  loaders: { statementAbout: DataLoader<string, EntityRow[]> };
}

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/** Constant-time comparison: hashing first gives equal-length buffers, so neither length nor content leaks. */
export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

export function ingestPermission(authorization: string | null, ingestToken: string | undefined): Context["auth"] {
  if (!ingestToken) return { ingest: false, refusal: "disabled" };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match?.[1]) return { ingest: false, refusal: "missing" };
  return tokenMatches(match[1], ingestToken) ? { ingest: true, refusal: null } : { ingest: false, refusal: "wrong" };
}

export function createContext(deps: ApiDeps, request: Pick<Request, "headers">): Context {
  const stats: QueryStats = { roundTrips: 0, cypherMs: 0 };
  const executor = deps.executor.withObserver(({ ms }) => {
    stats.roundTrips += 1;
    stats.cypherMs += ms;
  });
  return {
    // Pothos keeps its per-request loaders here; spread so servers that copy the context keep the cache.
    ...initContextCache(),
    config: deps.config,
    logger: deps.logger,
    pubsub: deps.pubsub,
    ingest: deps.ingest,
    executor,
    stats,
    auth: ingestPermission(request.headers.get("authorization"), deps.config.ingestToken),
    loaders: { statementAbout: new DataLoader((ids: readonly string[]) => aboutByStatementIds(executor, ids)) },
  };
}
