// State: a sovereign state keyed by ISO 3166-1 alpha-2, its treaties and office holders; look-up by name, alias
// or ISO code and the `states` connection.
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { nameKey } from "../names.js";
import { statesByKeys } from "../resolvers/lookup.js";
import { statesPage } from "../resolvers/pages.js";
import { leadersByStateIds, treatiesByStateIds, type LeaderRow } from "../resolvers/relations.js";
import { addEntityFields, addStatementsMadeField } from "./entity-fields.js";
import { pageArgs, searchedPage } from "./pagination.js";
import { Person, State, StateConnection, Treaty, hasTypename } from "./refs.js";

export const Leader = builder.objectRef<LeaderRow>("Leader").implement({
  description: "A person holding an office in a state (\"President\": Alexander Lukashenko).",
  fields: (t) => ({
    title: t.exposeString("title"),
    person: t.field({ type: Person, resolve: (l) => l.person }),
  }),
});

State.implement({
  isTypeOf: (value) => hasTypename(value, "State"),
  description: "A state (id: ISO 3166-1 alpha-2 code; name: common English short name).",
  fields: (t) => ({
    name: t.exposeString("name"),
    aliases: t.stringList({ description: "Other names the articles use (\"Russian Federation\").", resolve: (s) => s.aliases ?? [] }),
    isoCode: t.string({ description: "ISO 3166-1 alpha-2 (\"BY\").", resolve: (s) => s.id }),
    iso3: t.string({ nullable: true, description: "ISO 3166-1 alpha-3 (\"BLR\").", resolve: (s) => s.iso3 }),
    treaties: t.loadableList({
      type: Treaty,
      description: "Treaties and organisations the state is party to (PARTY_TO), by name.",
      load: (ids: string[], ctx: Context) => treatiesByStateIds(ctx.executor, ids),
      resolve: (s) => s.id,
    }),
    leaders: t.loadableList({
      type: Leader,
      description: "People holding an office in this state (HOLDS_OFFICE).",
      load: (ids: string[], ctx: Context) => leadersByStateIds(ctx.executor, ids),
      resolve: (s) => s.id,
    }),
  }),
});
addStatementsMadeField(State, "State");
addEntityFields(State, "State");

builder.queryFields((t) => ({
  state: t.loadable({
    type: State,
    nullable: true,
    description: 'A state by name, alias or ISO code, case-insensitive ("Russian Federation", "belarus", "BY", "BLR").',
    args: { name: t.arg.string({ required: true }) },
    load: (keys: string[], ctx: Context) => statesByKeys(ctx.executor, keys),
    resolve: (_root, args) => nameKey(args.name),
  }),
  states: t.field({
    type: StateConnection,
    description: "All states in name order; `search` keeps those whose name, an alias or ISO code contains it.",
    args: { ...pageArgs, search: t.arg.string({ required: false }) },
    resolve: searchedPage(statesPage),
  }),
}));
