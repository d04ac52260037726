// search(text:): full-text over entity names/aliases and statement text, best score first. The hits' nodes load
// through the node types' DataLoaders, so a search costs one query plus at most one per node type.
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { searchText, type SearchHitRow } from "../resolvers/search.js";
import { pageRequest } from "./pagination.js";
import { Organization, Person, State, Statement, Treaty } from "./refs.js";

const REFS = { Person, State, Treaty, Organization, Statement } as const;

interface Hit {
  score: number;
  type: SearchHitRow["typename"];
  node: object;
}

export const SearchHit = builder.objectRef<Hit>("SearchHit").implement({
  description: "One search result: the node found and its full-text relevance score.",
  fields: (t) => ({
    score: t.exposeFloat("score", { description: "Lucene relevance; higher is better (comparable within one search)." }),
    type: t.exposeString("type", { description: "Person, State, Treaty, Organization or Statement." }),
    node: t.field({ type: builder.nodeInterfaceRef(), resolve: (h) => h.node as never }),
  }),
});

async function loadHits(ctx: Context, rows: SearchHitRow[]): Promise<Hit[]> {
  const loaded = await Promise.all(
    rows.map(async (row) => {
      const ref = REFS[row.typename] as { getDataloader(ctx: Context): { load(id: string): Promise<object | null> } } | undefined;
      const node = ref ? await ref.getDataloader(ctx).load(row.id) : null;
      return node ? { score: row.score, type: row.typename, node } : null;
    }),
  );
  return loaded.filter((h): h is Hit => h !== null);
}

builder.queryField("search", (t) =>
  t.field({
    type: [SearchHit],
    description: "Full-text search over names, aliases and statement text. Lucene syntax in `text` is taken literally.",
    args: { text: t.arg.string({ required: true }), first: t.arg.int({ required: false, description: "At most MAX_PAGE_SIZE; default 20." }) },
    resolve: async (_root, args, ctx) => {
      const { first } = pageRequest({ first: args.first }, ctx);
      if (first === 0) return [];
      return loadHits(ctx, await searchText(ctx.executor, args.text, first));
    },
  }),
);
