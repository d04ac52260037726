// Forward pagination shared by every connection: `first` (<= MAX_PAGE_SIZE, with an error naming the argument
// and the maximum) and `after` (an opaque offset cursor). A page is read with one extra row, so hasNextPage
// needs no second query.
import { cursorToOffset, offsetToCursor } from "@pothos/plugin-relay";
import { GraphQLError } from "graphql";
import { DEFAULT_PAGE_SIZE, builder } from "../builder.js";
import type { Context } from "../context.js";
import type { CypherExecutor } from "../neo4j/executor.js";
import { nameKey } from "../names.js";
import type { Window } from "../resolvers/pages.js";
import type { PageRow } from "../resolvers/rows.js";

export const pageArgs = builder.args((t) => ({
  first: t.int({ required: false, description: `How many items (default ${DEFAULT_PAGE_SIZE}, at most MAX_PAGE_SIZE).` }),
  after: t.string({ required: false, description: "The endCursor of the previous page." }),
}));

export interface PageRequest extends Window {
  first: number;
}

export function badInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...(argument ? { argument } : {}) } });
}

/** Validates `first`/`after` and turns them into the skip/take window of the read queries. */
export function pageRequest(args: { first?: number | null; after?: string | null }, ctx: Pick<Context, "config">): PageRequest {
  const max = ctx.config.limits.maxPageSize;
  const first = args.first ?? Math.min(DEFAULT_PAGE_SIZE, max);
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw badInput(`Argument 'first' must be between 0 and ${max} (MAX_PAGE_SIZE); got ${first}. Page with 'after' for more.`, "first");
  }
  let skip = 0;
  if (args.after != null && args.after !== "") {
    let offset = Number.NaN;
    try {
      offset = cursorToOffset(args.after);
    } catch {
      // reported below
    }
    if (!Number.isInteger(offset) || offset < 0) throw badInput("Argument 'after' is not a cursor of this list; pass a pageInfo.endCursor.", "after");
    skip = offset + 1;
  }
  return { first, skip, take: first + 1 };
}

export interface ConnectionValue<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** A Relay connection from a page read with take = first + 1. */
export function toConnection<T>(page: PageRow<T>, request: PageRequest): ConnectionValue<T> {
  const nodes = page.nodes.slice(0, request.first);
  const edges = nodes.map((node, i) => ({ cursor: offsetToCursor(request.skip + i), node }));
  return {
    totalCount: page.totalCount,
    edges,
    pageInfo: {
      hasNextPage: page.nodes.length > request.first,
      hasPreviousPage: request.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * Resolver of a name-ordered list query with an optional `search` (people, states, treaties, organisations): the
 * needle is the search's name key, as the by-name look-ups use, and an empty one lists everything.
 */
export function searchedPage<T>(read: (executor: CypherExecutor, needle: string | null, window: Window) => Promise<PageRow<T>>) {
  return async (_root: unknown, args: { first?: number | null; after?: string | null; search?: string | null }, ctx: Context): Promise<ConnectionValue<T>> => {
    const request = pageRequest(args, ctx);
    const needle = args.search ? nameKey(args.search) || null : null;
    return toConnection(await read(ctx.executor, needle, request), request);
  };
}
