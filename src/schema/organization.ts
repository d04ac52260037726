// Organization: blocs, agencies, ministries, media (the EU, a ministry, a news agency); look-up by name or alias
// and the `organizations` connection.
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { nameKey } from "../names.js";
import { organizationsByKeys } from "../resolvers/lookup.js";
import { organizationsPage } from "../resolvers/pages.js";
import { addEntityFields, addStatementsMadeField } from "./entity-fields.js";
import { pageArgs, searchedPage } from "./pagination.js";
import { Organization, OrganizationConnection, hasTypename } from "./refs.js";

const ORGANIZATION_KINDS = ["BLOC", "AGENCY", "MINISTRY", "MEDIA", "OTHER"] as const;

export const OrganizationKind = builder.enumType("OrganizationKind", { values: ORGANIZATION_KINDS });

Organization.implement({
  isTypeOf: (value) => hasTypename(value, "Organization"),
  description: "An organisation that is not a treaty: a bloc, agency, ministry or media outlet (id: slug).",
  fields: (t) => ({
    name: t.exposeString("name"),
    aliases: t.stringList({ resolve: (o) => o.aliases ?? [] }),
    kind: t.field({
      type: OrganizationKind,
      nullable: true,
      resolve: (o) => ((ORGANIZATION_KINDS as readonly string[]).includes(o.kind ?? "") ? o.kind : null),
    }),
  }),
});
addStatementsMadeField(Organization, "Organization");
addEntityFields(Organization, "Organization");

builder.queryFields((t) => ({
  organization: t.loadable({
    type: Organization,
    nullable: true,
    description: 'An organisation by name or any alias, case-insensitive ("EU", "European Union").',
    args: { name: t.arg.string({ required: true }) },
    load: (keys: string[], ctx: Context) => organizationsByKeys(ctx.executor, keys),
    resolve: (_root, args) => nameKey(args.name),
  }),
  organizations: t.field({
    type: OrganizationConnection,
    description: "All organisations in name order; `search` keeps those whose name or an alias contains it.",
    args: { ...pageArgs, search: t.arg.string({ required: false }) },
    resolve: searchedPage(organizationsPage),
  }),
}));
