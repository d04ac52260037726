// The write side: ingestArticles and deleteArticle (only with `Authorization: Bearer <INGEST_TOKEN>`, checked by
// the scope-auth plugin before the resolver runs), and the articleIngested subscription they feed.
import { clearAllDataLoaders } from "@pothos/plugin-dataloader";
import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../builder.js";
import type { ArticleInputValue, Context } from "../context.js";
import type { IngestFailure, IngestReport as IngestReportValue, ParsedArticle } from "../ingest/types.js";
import type { ArticleIngestedEvent as EventValue } from "../pubsub.js";
import { badInput } from "./pagination.js";
import { Article } from "./refs.js";

export const ArticleInput = builder.inputType("ArticleInput", {
  description: "An article to ingest; the same fields as the JSON article format.",
  fields: (t) => ({
    title: t.string({ required: true }),
    body: t.string({ required: true, description: "Paragraphs separated by blank lines." }),
    url: t.string({ required: false, description: "Becomes the article id when given." }),
    source: t.string({ required: false, description: 'The agency ("BELTA"); detected from the text when absent.' }),
    publishedAt: t.string({ required: false, description: "ISO 8601 date or date-time." }),
    tags: t.stringList({ required: false }),
  }),
});

export const IngestFailureRef = builder.objectRef<IngestFailure>("IngestFailure").implement({
  description: "An article that did not go in, and why.",
  fields: (t) => ({
    origin: t.exposeString("origin", { description: 'Which input: "mutation[2]".' }),
    reason: t.exposeString("reason"),
  }),
});

export const IngestReport = builder.objectRef<IngestReportValue>("IngestReport").implement({
  description: "What an ingest run did.",
  fields: (t) => ({
    read: t.exposeInt("read"),
    written: t.exposeInt("written", { description: "New or changed articles written." }),
    unchanged: t.exposeInt("unchanged", { description: "Articles already stored exactly as given." }),
    failed: t.exposeInt("failed"),
    failures: t.field({ type: [IngestFailureRef], resolve: (r) => r.failures }),
    nodesCreated: t.exposeInt("nodesCreated"),
    nodesDeleted: t.exposeInt("nodesDeleted"),
    relationshipsCreated: t.exposeInt("relationshipsCreated"),
    relationshipsDeleted: t.exposeInt("relationshipsDeleted"),
    articleIds: t.idList({ description: "Global ids of the articles that went in (Article ids).", resolve: (r) => r.articleIds.map((id) => encodeGlobalID("Article", id)) }),
    articles: t.field({ type: [Article], description: "The articles that went in.", resolve: (r) => r.articleIds }),
  }),
});

export const ArticleIngestedEvent = builder.objectRef<EventValue>("ArticleIngestedEvent").implement({
  description: "An article the ingest mutation wrote (status written) or found unchanged.",
  fields: (t) => ({
    articleId: t.id({ description: "Global id of the Article.", resolve: (e) => encodeGlobalID("Article", e.id) }),
    title: t.exposeString("title"),
    status: t.exposeString("status", { description: "written or unchanged." }),
    article: t.field({ type: Article, nullable: true, resolve: (e) => e.id }),
  }),
});

/** Parses every input; the unreadable ones become failures instead of stopping the others. */
function parseInputs(ctx: Context, inputs: ArticleInputValue[]): { articles: ParsedArticle[]; failures: IngestFailure[] } {
  const articles: ParsedArticle[] = [];
  const failures: IngestFailure[] = [];
  inputs.forEach((input, i) => {
    const origin = `mutation[${i}]`;
    try {
      articles.push(ctx.ingest.parseArticleInput(input, origin));
    } catch (error) {
      const reason = error instanceof Error && "reason" in error ? String(error.reason) : error instanceof Error ? error.message : String(error);
      failures.push({ origin, reason });
    }
  });
  return { articles, failures };
}

/** deleteArticle takes an Article's global id; a raw article id (its url) is accepted too. */
function articleKey(id: string): string {
  let decoded: { typename: string; id: string } | undefined;
  try {
    decoded = decodeGlobalID(id);
  } catch {
    return id; // not a global id: a raw article id
  }
  if (decoded.typename === "Article" && decoded.id) return decoded.id;
  if (/^(Person|State|Treaty|Organization|Statement)$/.test(decoded.typename)) {
    throw badInput(`Argument 'id' is the id of a ${decoded.typename}, not of an Article.`, "id");
  }
  return id;
}

builder.mutationType({
  fields: (t) => ({
    ingestArticles: t.field({
      type: IngestReport,
      description: "Reads, extracts and writes articles. Needs 'Authorization: Bearer <INGEST_TOKEN>'.",
      authScopes: { ingest: true },
      args: { articles: t.arg({ type: [ArticleInput], required: true }) },
      resolve: async (_root, args, ctx) => {
        const { articles, failures } = parseInputs(ctx, args.articles);
        const report = await ctx.ingest.ingestArticles(ctx.executor, articles, {
          onArticleWritten: (event) => ctx.pubsub.publish("articleIngested", { id: event.id, title: event.title, status: event.status }),
        });
        const all = [...failures, ...report.failures];
        return { ...report, read: args.articles.length, failures: all, failed: all.length };
      },
    }),
    deleteArticle: t.boolean({
      description: "Removes an article and whatever only it supported; false when there is no such article. Needs the ingest token.",
      authScopes: { ingest: true },
      args: { id: t.arg.id({ required: true }) },
      resolve: (_root, args, ctx) => ctx.ingest.deleteArticle(ctx.executor, articleKey(String(args.id))),
    }),
  }),
});

builder.subscriptionType({
  fields: (t) => ({
    articleIngested: t.field({
      type: ArticleIngestedEvent,
      description: "Each article the ingestArticles mutation writes or finds unchanged (over SSE).",
      subscribe: (_root, _args, ctx) => ctx.pubsub.subscribe("articleIngested"),
      resolve: (event, _args, ctx) => {
        // One subscription context lives for many events; drop cached rows so each event sees fresh data.
        clearAllDataLoaders(ctx);
        return event;
      },
    }),
  }),
});
