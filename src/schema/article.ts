// Article: a news article and what it yields (statements, mentions); the `articles` connection.
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { articleTextsByIds } from "../resolvers/nodes.js";
import { articlesPage } from "../resolvers/pages.js";
import { mentionsByArticleIds, statementsByArticleIds, type MentionRow } from "../resolvers/relations.js";
import { pageArgs, pageRequest, toConnection } from "./pagination.js";
import { Article, ArticleConnection, Entity, Statement, hasTypename } from "./refs.js";

export const Mention = builder.objectRef<MentionRow>("Mention").implement({
  description: "An entity an article names, and how many times.",
  fields: (t) => ({
    count: t.exposeInt("count"),
    entity: t.field({ type: Entity, resolve: (m) => m.entity }),
  }),
});

Article.implement({
  isTypeOf: (value) => hasTypename(value, "Article"),
  description: "A news article (id: its url, else a hash of its normalised title and body).",
  fields: (t) => ({
    title: t.exposeString("title"),
    source: t.string({ nullable: true, description: 'The agency ("BELTA").', resolve: (a) => a.source }),
    url: t.string({ nullable: true, resolve: (a) => a.url }),
    publishedAt: t.string({ nullable: true, description: "ISO 8601 date or date-time.", resolve: (a) => a.publishedAt }),
    tags: t.stringList({ resolve: (a) => a.tags ?? [] }),
    ingestedAt: t.string({ nullable: true, resolve: (a) => a.ingestedAt }),
    text: t.loadable({
      type: "String",
      nullable: true,
      description: "Title, a blank line, then the body: the text Statement.start/end point into.",
      load: (ids: string[], ctx: Context) => articleTextsByIds(ctx.executor, ids),
      resolve: (a) => a.id,
    }),
    statements: t.loadableList({
      type: Statement,
      description: "Statements it reports, in text order.",
      load: (ids: string[], ctx: Context) => statementsByArticleIds(ctx.executor, ids),
      resolve: (a) => a.id,
    }),
    mentions: t.loadableList({
      type: Mention,
      description: "Entities it names, most mentioned first.",
      load: (ids: string[], ctx: Context) => mentionsByArticleIds(ctx.executor, ids),
      resolve: (a) => a.id,
    }),
  }),
});

builder.queryField("articles", (t) =>
  t.field({
    type: ArticleConnection,
    description: "All articles, newest first; `search` keeps those whose title or text contains it (case-insensitive).",
    args: { ...pageArgs, search: t.arg.string({ required: false }) },
    resolve: async (_root, args, ctx) => {
      const request = pageRequest(args, ctx);
      const needle = args.search?.trim().toLowerCase() || null;
      return toConnection(await articlesPage(ctx.executor, needle, request), request);
    },
  }),
);
