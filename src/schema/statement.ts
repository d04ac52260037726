// Statement: something a person, state or organisation said (quoted or reported), what it is about and the
// article that reports it, with its character span there; `statements(where:)` answers "who said what about
// which treaty" in one call.
import { decodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { nameKey } from "../names.js";
import { statementsPage, type StatementFilter } from "../resolvers/pages.js";
import { speakersByStatementIds } from "../resolvers/relations.js";
import type { EntityRow } from "../resolvers/rows.js";
import { badInput, pageArgs, pageRequest, toConnection } from "./pagination.js";
import { Article, Entity, Person, Speaker, State, Statement, StatementConnection, Treaty, hasTypename } from "./refs.js";

const aboutOf = <K extends EntityRow["typename"]>(ctx: Context, id: string, typename: K) =>
  ctx.loaders.statementAbout.load(id).then((rows) => rows.filter((r): r is Extract<EntityRow, { typename: K }> => r.typename === typename));

Statement.implement({
  isTypeOf: (value) => hasTypename(value, "Statement"),
  description: "A statement as an article reports it: direct quote or reported speech.",
  fields: (t) => ({
    text: t.exposeString("text", { description: "The quote or the reported words, as in the article." }),
    direct: t.boolean({ description: "True for a direct quotation.", resolve: (s) => s.direct === true }),
    start: t.int({ nullable: true, description: "Start offset of the text in the article text (title, blank line, body).", resolve: (s) => s.start }),
    end: t.int({ nullable: true, description: "End offset (exclusive) of the text in the article text.", resolve: (s) => s.end }),
    speakerText: t.string({
      nullable: true,
      description: 'The words that name the speaker in the article ("the Belarusian President").',
      resolve: (s) => s.speakerText,
    }),
    speaker: t.loadable({
      type: Speaker,
      nullable: true,
      description: "Who said it (SAID); null when the article does not name a known person, state or organisation.",
      load: (ids: string[], ctx: Context) => speakersByStatementIds(ctx.executor, ids),
      resolve: (s) => s.id,
    }),
    about: t.field({
      type: [Entity],
      description: "Everything it is about (ABOUT): persons, states, treaties, organisations.",
      resolve: (s, _args, ctx) => ctx.loaders.statementAbout.load(s.id),
    }),
    aboutTreaties: t.field({ type: [Treaty], resolve: (s, _args, ctx) => aboutOf(ctx, s.id, "Treaty") }),
    aboutStates: t.field({ type: [State], resolve: (s, _args, ctx) => aboutOf(ctx, s.id, "State") }),
    aboutPersons: t.field({ type: [Person], resolve: (s, _args, ctx) => aboutOf(ctx, s.id, "Person") }),
    article: t.field({
      type: Article,
      nullable: true,
      description: "The article that reports it (REPORTED_IN).",
      resolve: (s) => s.articleId,
    }),
  }),
});

export const StatementWhere = builder.inputType("StatementWhere", {
  description: "Filters for statements; all given ones must hold. Names match any alias, case-insensitively.",
  fields: (t) => ({
    speaker: t.string({ required: false, description: 'Name or alias of who said it ("Lukashenko", "Russia").' }),
    aboutTreaty: t.string({ required: false, description: 'Name or alias of a treaty it is about ("CSTO").' }),
    aboutState: t.string({ required: false, description: 'Name, alias or ISO code of a state it is about ("Belarus").' }),
    aboutPerson: t.string({ required: false, description: 'Name or alias of a person it is about ("Putin").' }),
    textContains: t.string({ required: false, description: "Words the text contains, case-insensitive." }),
    direct: t.boolean({ required: false, description: "Only direct quotes (true) or only reported speech (false)." }),
    article: t.id({ required: false, description: "The id of the article that reports it." }),
  }),
});

type WhereInput = typeof StatementWhere.$inferInput;

/** Names become nameKey values (a name that normalises to nothing matches nothing rather than everything). */
function filterFrom(where: WhereInput | null | undefined): StatementFilter {
  const key = (name: string | null | undefined) => (name == null ? null : nameKey(name) || "\u0000");
  let article: string | null = null;
  if (where?.article != null) {
    let decoded: { typename: string; id: string } | undefined;
    try {
      decoded = decodeGlobalID(String(where.article));
    } catch {
      decoded = undefined;
    }
    if (decoded?.typename !== "Article") throw badInput("where.article must be the id of an Article (as returned by Article.id).", "where.article");
    article = decoded.id;
  }
  const text = where?.textContains?.trim();
  return {
    speaker: key(where?.speaker),
    aboutTreaty: key(where?.aboutTreaty),
    aboutState: key(where?.aboutState),
    aboutPerson: key(where?.aboutPerson),
    textContains: text ? text.toLowerCase() : null,
    direct: where?.direct ?? null,
    article,
  };
}

builder.queryField("statements", (t) =>
  t.field({
    type: StatementConnection,
    description: "Statements matching `where`, newest article first: who said what about which treaty.",
    args: { where: t.arg({ type: StatementWhere, required: false }), ...pageArgs },
    resolve: async (_root, args, ctx) => {
      const request = pageRequest(args, ctx);
      return toConnection(await statementsPage(ctx.executor, filterFrom(args.where), request), request);
    },
  }),
);
