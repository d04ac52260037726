// Fields the entity types share (statements made, statements about, articles mentioning), defined once with
// the label that picks the Cypher branch. Each is a per-request DataLoader keyed by the field's path in the
// query (`byPath`, so `first`/`after` are the same for the whole batch): all parents at one level - 50 persons,
// say - get their pages from a single query.
import type { ObjectRef } from "@pothos/core";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { mentionedInPages, statementsAboutPages, statementsBySpeakerPages } from "../resolvers/pages.js";
import type { EntityLabel, SpeakerLabel } from "../resolvers/rows.js";
import { pageArgs, pageRequest, toConnection } from "./pagination.js";
import { ArticleConnection, StatementConnection } from "./refs.js";

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type EntityRef<Shape extends { id: string }> = ObjectRef<Types, Shape | string, Shape>;

export function addStatementsMadeField<Shape extends { id: string }>(ref: EntityRef<Shape>, label: SpeakerLabel): void {
  builder.objectField(ref, "statements", (t) =>
    t.loadable({
      type: StatementConnection,
      description: "Statements made by this speaker, newest article first.",
      byPath: true,
      args: { ...pageArgs },
      load: async (ids: string[], ctx: Context, args) => {
        const request = pageRequest(args, ctx);
        const pages = await statementsBySpeakerPages(ctx.executor, label, ids, request);
        return pages.map((p) => toConnection(p, request));
      },
      resolve: (parent) => parent.id,
    }),
  );
}

export function addEntityFields<Shape extends { id: string }>(ref: EntityRef<Shape>, label: EntityLabel): void {
  builder.objectFields(ref, (t) => ({
    statementsAbout: t.loadable({
      type: StatementConnection,
      description: "Statements about this entity, newest article first.",
      byPath: true,
      args: { ...pageArgs },
      load: async (ids: string[], ctx: Context, args) => {
        const request = pageRequest(args, ctx);
        const pages = await statementsAboutPages(ctx.executor, label, ids, request);
        return pages.map((p) => toConnection(p, request));
      },
      resolve: (parent) => parent.id,
    }),
    mentionedIn: t.loadable({
      type: ArticleConnection,
      description: "Articles that mention this entity, newest first.",
      byPath: true,
      args: { ...pageArgs },
      load: async (ids: string[], ctx: Context, args) => {
        const request = pageRequest(args, ctx);
        const pages = await mentionedInPages(ctx.executor, label, ids, request);
        return pages.map((p) => toConnection(p, request));
      },
      resolve: (parent) => parent.id,
    }),
  }));
}
