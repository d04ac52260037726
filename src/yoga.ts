// The GraphQL HTTP handler, without a port.
//
//   createYoga(deps: YogaDeps): ApiYoga
//     deps.config     Config (limits, INGEST_TOKEN, CORS, REDIS_URL)
//     deps.executor   the process's CypherExecutor (each request wraps it with a round-trip counter)
//     deps.logger     optional; silent when absent
//     deps.ingest     optional; the real pipeline (src/ingest) when absent; tests may pass another
//     deps.pubsub     optional; built from config.redisUrl when absent (Redis if set, else in-process)
//     deps.exposeQueryStats  optional; adds extensions.cypher { roundTrips, ms } to every result
//
//   The result is a fetch handler: `http.createServer(yoga)` serves it, tests call `yoga.fetch(url, init)`.
//   Routes: POST/GET /graphql (GraphiQL in a browser, subscriptions over SSE), GET /health (process up),
//   GET /ready (Neo4j answers and its schema is in place; 503 with the reason otherwise).
//   `await yoga.dispose()` closes what the handler opened (the Redis connections).
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { createComplexityRule } from "@pothos/plugin-complexity";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { GraphQLError, validate, type ValidationContext } from "graphql";
import { createYoga as createYogaServer, useReadinessCheck, type Plugin, type YogaServerInstance } from "graphql-yoga";
import type { Config } from "./config.js";
import { createContext, type Context, type IngestService } from "./context.js";
import { deleteArticle, ingestArticles } from "./ingest/pipeline.js";
import { parseArticleInput } from "./ingest/read/article-input.js";
import { silentLogger, type Logger } from "./logger.js";
import type { CypherExecutor } from "./neo4j/executor.js";
import { schemaIsInPlace } from "./neo4j/schema.js";
import { createApiPubSub, type PubSubHandle } from "./pubsub.js";
import { EXAMPLE_OPERATIONS } from "./schema/examples.js";
import { schema } from "./schema/index.js";

export interface YogaDeps {
  config: Config;
  executor: CypherExecutor;
  logger?: Logger;
  ingest?: IngestService;
  pubsub?: PubSubHandle;
  exposeQueryStats?: boolean;
}

export type ApiYoga = YogaServerInstance<Record<string, unknown>, Context>;

const READY_TIMEOUT_MS = 5_000;

async function withTimeout<T>(ms: number, message: string, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([work(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const DEFAULT_INGEST: IngestService = { parseArticleInput, ingestArticles, deleteArticle };

/** Limits on the document itself (tokens, depth, aliases), checked before anything runs, with clear messages. */
function documentLimits(config: Config): Plugin[] {
  const { maxQueryTokens, maxQueryDepth, maxAliases } = config.limits;
  const report = (code: string, message: string) => (ctx: ValidationContext | null) => {
    ctx?.reportError(new GraphQLError(message, { extensions: { code } }));
  };
  return [
    maxTokensPlugin({
      n: maxQueryTokens,
      propagateOnRejection: false,
      // Thrown from the parser, so parsing stops at the limit instead of reading the whole document.
      onReject: [
        () => {
          throw new GraphQLError(`The query is too large: more than ${maxQueryTokens} tokens (MAX_QUERY_TOKENS).`, { extensions: { code: "QUERY_TOO_LARGE" } });
        },
      ],
    }),
    maxDepthPlugin({
      n: maxQueryDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [report("QUERY_TOO_DEEP", `The query is nested too deeply: more than ${maxQueryDepth} levels (MAX_QUERY_DEPTH).`)],
    }),
    maxAliasesPlugin({
      n: maxAliases,
      // Count every alias, `__typename` ones included: each is work for the server all the same.
      allowList: [],
      propagateOnRejection: false,
      onReject: [report("TOO_MANY_ALIASES", `The query uses more than ${maxAliases} aliases (MAX_ALIASES).`)],
    }),
  ];
}

/**
 * The cost limit, from the costs the schema declares (src/builder.ts fieldCost). It needs the variables (`first`
 * may be one), so it runs at execution start rather than in the cached validation step; an operation over
 * MAX_QUERY_COST gets an error and no resolver runs.
 */
function costLimit(maxCost: number): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const errors = validate(args.schema, args.document, [
        createComplexityRule({
          context: args.contextValue,
          variableValues: (args.variableValues ?? {}) as Record<string, unknown>,
          operationName: args.operationName ?? null,
          validate: ({ complexity }, reportError) => {
            if (complexity > maxCost) {
              reportError(
                new GraphQLError(
                  `The query is too costly: estimated cost ${complexity} exceeds ${maxCost} (MAX_QUERY_COST). Ask for smaller pages (first) or fewer nested lists.`,
                  { extensions: { code: "QUERY_TOO_COSTLY", cost: complexity, maxCost } },
                ),
              );
            }
          },
        }),
      ]);
      // Errors the rule reports besides ours (a malformed global id in an argument) are the client's too.
      const coded = errors.map((e) => (typeof e.extensions["code"] === "string" ? e : new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: "BAD_USER_INPUT" } })));
      if (coded.length > 0) setResultAndStopExecution({ errors: coded });
    },
  };
}

/** Round trips and time spent in Neo4j per operation: logged at debug, and returned in extensions when asked. */
function queryStats(logger: Logger, expose: boolean): Plugin<Context> {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          const { stats } = args.contextValue;
          const cypher = { roundTrips: stats.roundTrips, ms: Math.round(stats.cypherMs * 10) / 10 };
          logger.debug("graphql operation", { operation: args.operationName ?? null, ...cypher });
          if (expose && !(Symbol.asyncIterator in result)) setResult({ ...result, extensions: { ...result.extensions, cypher } });
        },
      };
    },
  };
}

/** Only errors meant for clients get through: GraphQLErrors carrying extensions.code, or GraphQL's own errors. */
export function maskError(logger: Logger) {
  return (error: unknown, message: string): Error => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof GraphQLError) {
      if (typeof original.extensions?.["code"] === "string") return error as GraphQLError;
      // Pothos and graphql-js validation errors (a malformed global id, a bad cursor) are the client's doing.
      if (error instanceof GraphQLError) {
        return new GraphQLError(original.message, { nodes: error.nodes, path: error.path, extensions: { code: "BAD_USER_INPUT" } });
      }
    }
    logger.error("unexpected error in a resolver", { error: original });
    const located = error instanceof GraphQLError ? error : undefined;
    return new GraphQLError(message, { nodes: located?.nodes, path: located?.path, extensions: { code: "INTERNAL_SERVER_ERROR" } });
  };
}

export function createYoga(deps: YogaDeps): ApiYoga {
  const { config, executor } = deps;
  const logger = deps.logger ?? silentLogger;
  const pubsub = deps.pubsub ?? createApiPubSub({ redisUrl: config.redisUrl, logger });
  const ingest = deps.ingest ?? DEFAULT_INGEST;
  const origins = config.server.corsOrigins;

  return createYogaServer<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/health",
    landingPage: false,
    maskedErrors: { maskError: maskError(logger) },
    maxRequestBodySize: config.limits.maxIngestBytes,
    cors: {
      origin: origins.includes("*") ? "*" : origins,
      methods: ["GET", "POST", "OPTIONS"],
      allowedHeaders: ["content-type", "authorization", "accept"],
      credentials: false,
    },
    logging: {
      debug: (...args: unknown[]) => logger.debug(String(args[0]), { args: args.slice(1) }),
      info: (...args: unknown[]) => logger.info(String(args[0]), { args: args.slice(1) }),
      warn: (...args: unknown[]) => logger.warn(String(args[0]), { args: args.slice(1) }),
      error: (...args: unknown[]) => logger.error(String(args[0]), { args: args.slice(1) }),
    },
    graphiql: {
      title: "treaty-graph",
      subscriptionsProtocol: "SSE",
      defaultQuery: EXAMPLE_OPERATIONS[0]?.query ?? "",
      defaultTabs: EXAMPLE_OPERATIONS.map((op) => ({ query: op.query, variables: op.variables ? JSON.stringify(op.variables, null, 2) : null })),
    },
    // GraphiQL's assets served from the package, not a CDN: the IDE works on machines without internet.
    renderGraphiQL,
    context: ({ request }) => createContext({ config, executor, logger, pubsub: pubsub.pubsub, ingest }, request),
    plugins: [
      ...documentLimits(config),
      costLimit(config.limits.maxQueryCost),
      queryStats(logger, deps.exposeQueryStats ?? false),
      useReadinessCheck({
        endpoint: "/ready",
        // A thrown message becomes the 503 body, so an operator sees which of the two is missing. The driver
        // retries an unreachable server for half a minute; a probe needs an answer sooner than that.
        check: () =>
          withTimeout(READY_TIMEOUT_MS, `Neo4j did not answer within ${READY_TIMEOUT_MS / 1000} s.`, async () => {
            await executor.readText("RETURN 1 AS ok", {}, "ready/ping");
            if (!(await schemaIsInPlace(executor))) throw new Error("Neo4j answers, but the schema (constraints and full-text indexes) is not in place yet.");
            return true;
          }),
      }),
      { onDispose: () => pubsub.close() },
    ],
  });
}
