// The one SchemaBuilder and its plugins; it defines no types (src/schema/* do). Plugin order: scope-auth first
// so no other plugin's wrapper runs before a refused mutation is stopped.
import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { GraphQLError, getNullableType, isListType, type GraphQLField } from "graphql";
import type { Context } from "./context.js";

export const DEFAULT_PAGE_SIZE = 20;
const LIST_MULTIPLIER = 10;

/**
 * Cost of one field for the cost limit (MAX_QUERY_COST): 1 per field; a field with a `first` argument multiplies
 * its selection by the page size asked for (capped at MAX_PAGE_SIZE, which is enforced separately); other lists
 * multiply by 10; a connection's `edges` and `nodes` lists cost nothing extra (their parent already multiplied).
 */
export function fieldCost(args: Record<string, unknown>, ctx: Context, field: GraphQLField<unknown, unknown>): { field: number; multiplier: number } {
  if (field.args.some((a) => a.name === "first")) {
    const first = typeof args["first"] === "number" ? args["first"] : Math.min(DEFAULT_PAGE_SIZE, ctx.config.limits.maxPageSize);
    return { field: 1, multiplier: Math.max(1, Math.min(first, ctx.config.limits.maxPageSize)) };
  }
  if ((field.name === "edges" || field.name === "nodes") && field.args.length === 0 && isConnectionList(field)) return { field: 0, multiplier: 1 };
  return isListType(getNullableType(field.type)) ? { field: 1, multiplier: LIST_MULTIPLIER } : { field: 1, multiplier: 1 };
}

function isConnectionList(field: GraphQLField<unknown, unknown>): boolean {
  const type = getNullableType(field.type);
  if (!isListType(type)) return false;
  const item = getNullableType(type.ofType) as { name?: string };
  return typeof item.name === "string" && (item.name.endsWith("Edge") || field.name === "edges");
}

const REFUSALS = {
  disabled: ["Mutations are disabled on this server: INGEST_TOKEN is not set.", "FORBIDDEN"],
  missing: ["This operation needs the header 'Authorization: Bearer <INGEST_TOKEN>'.", "UNAUTHENTICATED"],
  wrong: ["The bearer token is not valid for this operation.", "FORBIDDEN"],
} as const;

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: { ingest: boolean };
  Connection: { totalCount: number };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [ScopeAuthPlugin, RelayPlugin, DataloaderPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    // `nodes(ids:)` is not part of the contract; `node(id:)` is.
    nodesQueryOptions: false,
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
  scopeAuth: {
    authScopes: (ctx) => ({ ingest: ctx.auth.ingest }),
    unauthorizedError: (_parent, ctx) => {
      const [message, code] = REFUSALS[ctx.auth.refusal ?? "wrong"];
      return new GraphQLError(message, { extensions: { code } });
    },
  },
  // Limits are enforced before execution by the cost plugin in src/yoga.ts (it needs the variables);
  // here we only say what each field costs.
  complexity: { fieldComplexity: fieldCost as never },
});
