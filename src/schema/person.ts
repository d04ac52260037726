// Person: a named individual, the offices they hold, what they said, what was said about them; look-up by name
// or alias and the `people` connection.
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { nameKey } from "../names.js";
import { personsByKeys } from "../resolvers/lookup.js";
import { peoplePage } from "../resolvers/pages.js";
import { officesByPersonIds, type OfficeRow } from "../resolvers/relations.js";
import { addEntityFields, addStatementsMadeField } from "./entity-fields.js";
import { pageArgs, searchedPage } from "./pagination.js";
import { Person, PersonConnection, State, hasTypename } from "./refs.js";

export const Office = builder.objectRef<OfficeRow>("Office").implement({
  description: "An office a person holds in a state, as the articles state it (\"President\" of Belarus).",
  fields: (t) => ({
    title: t.exposeString("title"),
    state: t.field({ type: State, resolve: (o) => o.state }),
  }),
});

Person.implement({
  isTypeOf: (value) => hasTypename(value, "Person"),
  description: "A person named in the news (id: slug of the canonical full name).",
  fields: (t) => ({
    name: t.exposeString("name"),
    aliases: t.stringList({ description: "Other names the articles use (\"Lukashenko\").", resolve: (p) => p.aliases ?? [] }),
    offices: t.loadableList({
      type: Office,
      description: "Offices held, from HOLDS_OFFICE relationships.",
      load: (ids: string[], ctx: Context) => officesByPersonIds(ctx.executor, ids),
      resolve: (p) => p.id,
    }),
  }),
});
addStatementsMadeField(Person, "Person");
addEntityFields(Person, "Person");

builder.queryFields((t) => ({
  person: t.loadable({
    type: Person,
    nullable: true,
    description: 'A person by name or any alias, case-insensitive ("Lukashenko", "alexander lukashenko").',
    args: { name: t.arg.string({ required: true }) },
    load: (keys: string[], ctx: Context) => personsByKeys(ctx.executor, keys),
    resolve: (_root, args) => nameKey(args.name),
  }),
  people: t.field({
    type: PersonConnection,
    description: "All persons in name order; `search` keeps those whose name or an alias contains it.",
    args: { ...pageArgs, search: t.arg.string({ required: false }) },
    resolve: searchedPage(peoplePage),
  }),
}));
