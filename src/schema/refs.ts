// Refs of the node types, made before any type is implemented so type files can point at each other without
// import cycles. Each node loads through a per-request DataLoader: one `WHERE n.id IN $ids` query per type and
// batch, put back in key order by `sort`.
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { articlesByIds, organizationsByIds, personsByIds, statementsByIds, statesByIds, treatiesByIds } from "../resolvers/nodes.js";

/** Rows carry their label as `typename` (set in Cypher), so Node and the unions can tell them apart. */
export function hasTypename(value: unknown, typename: string): boolean {
  return typeof value === "object" && value !== null && (value as { typename?: unknown }).typename === typename;
}

export const Person = builder.loadableNodeRef("Person", {
  id: { resolve: (p) => p.id },
  load: (ids: string[], ctx: Context) => personsByIds(ctx.executor, ids),
  sort: (p) => p.id,
});

export const State = builder.loadableNodeRef("State", {
  id: { resolve: (s) => s.id },
  load: (ids: string[], ctx: Context) => statesByIds(ctx.executor, ids),
  sort: (s) => s.id,
});

export const Treaty = builder.loadableNodeRef("Treaty", {
  id: { resolve: (t) => t.id },
  load: (ids: string[], ctx: Context) => treatiesByIds(ctx.executor, ids),
  sort: (t) => t.id,
});

export const Organization = builder.loadableNodeRef("Organization", {
  id: { resolve: (o) => o.id },
  load: (ids: string[], ctx: Context) => organizationsByIds(ctx.executor, ids),
  sort: (o) => o.id,
});

export const Statement = builder.loadableNodeRef("Statement", {
  id: { resolve: (s) => s.id },
  load: (ids: string[], ctx: Context) => statementsByIds(ctx.executor, ids),
  sort: (s) => s.id,
});

export const Article = builder.loadableNodeRef("Article", {
  id: { resolve: (a) => a.id },
  load: (ids: string[], ctx: Context) => articlesByIds(ctx.executor, ids),
  sort: (a) => a.id,
});

export const PersonConnection = builder.connectionObject({ type: Person, name: "PersonConnection" }, { name: "PersonEdge" });
export const StateConnection = builder.connectionObject({ type: State, name: "StateConnection" }, { name: "StateEdge" });
export const TreatyConnection = builder.connectionObject({ type: Treaty, name: "TreatyConnection" }, { name: "TreatyEdge" });
export const OrganizationConnection = builder.connectionObject(
  { type: Organization, name: "OrganizationConnection" },
  { name: "OrganizationEdge" },
);
export const StatementConnection = builder.connectionObject({ type: Statement, name: "StatementConnection" }, { name: "StatementEdge" });
export const ArticleConnection = builder.connectionObject({ type: Article, name: "ArticleConnection" }, { name: "ArticleEdge" });

/** Who made a statement. */
export const Speaker = builder.unionType("Speaker", {
  types: [Person, State, Organization],
  resolveType: (value) => value.typename,
});

/** What a statement is about, or what an article mentions. */
export const Entity = builder.unionType("Entity", {
  types: [Person, State, Treaty, Organization],
  resolveType: (value) => value.typename,
});

// Every connection says how many items the whole list has, not just this page.
builder.globalConnectionField("totalCount", (t) => t.int({ resolve: (parent) => parent.totalCount }));
