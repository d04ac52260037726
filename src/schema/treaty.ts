// Treaty: treaties, agreements, treaty organisations and unions (CSTO, Union State), their member states;
// look-up by name or alias and the `treaties` connection.
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { nameKey } from "../names.js";
import { treatiesByKeys } from "../resolvers/lookup.js";
import { treatiesPage } from "../resolvers/pages.js";
import { membersByTreatyIds } from "../resolvers/relations.js";
import { addEntityFields } from "./entity-fields.js";
import { pageArgs, searchedPage } from "./pagination.js";
import { State, Treaty, TreatyConnection, hasTypename } from "./refs.js";

const TREATY_KINDS = ["TREATY", "AGREEMENT", "ORGANIZATION", "UNION"] as const;

export const TreatyKind = builder.enumType("TreatyKind", {
  description: "TREATY, AGREEMENT, ORGANIZATION (treaty organisations and alliances) or UNION.",
  values: TREATY_KINDS,
});

Treaty.implement({
  isTypeOf: (value) => hasTypename(value, "Treaty"),
  description: "A treaty, agreement, treaty organisation or union (id: slug).",
  fields: (t) => ({
    name: t.exposeString("name"),
    aliases: t.stringList({ description: "Other names and abbreviations (\"CSTO\").", resolve: (tr) => tr.aliases ?? [] }),
    kind: t.field({
      type: TreatyKind,
      nullable: true,
      // An unknown stored value becomes null rather than an error for the whole object.
      resolve: (tr) => (TREATY_KINDS as readonly string[]).includes(tr.kind ?? "") ? tr.kind : null,
    }),
    members: t.loadableList({
      type: State,
      description: "States party to it, as the articles state it (PARTY_TO), by name.",
      load: (ids: string[], ctx: Context) => membersByTreatyIds(ctx.executor, ids),
      resolve: (tr) => tr.id,
    }),
  }),
});
addEntityFields(Treaty, "Treaty");

builder.queryFields((t) => ({
  treaty: t.loadable({
    type: Treaty,
    nullable: true,
    description: 'A treaty by name or any alias, case-insensitive ("CSTO", "Collective Security Treaty Organization").',
    args: { name: t.arg.string({ required: true }) },
    load: (keys: string[], ctx: Context) => treatiesByKeys(ctx.executor, keys),
    resolve: (_root, args) => nameKey(args.name),
  }),
  treaties: t.field({
    type: TreatyConnection,
    description: "All treaties in name order; `search` keeps those whose name or an alias contains it.",
    args: { ...pageArgs, search: t.arg.string({ required: false }) },
    resolve: searchedPage(treatiesPage),
  }),
}));
