// The resolve stage's output: the rows the writer's UNWIND statements take, one GraphRows per article.
import type { OrganizationKind, TreatyKind } from "../types.js";

/** Entity labels the writer may touch; Cypher statements branch on these values, never interpolate them. */
export type EntityLabel = "Person" | "State" | "Treaty" | "Organization";
export const ENTITY_LABELS: readonly EntityLabel[] = ["Person", "State", "Treaty", "Organization"];

export interface ArticleRow {
  id: string;
  title: string;
  text: string;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  tags: string[];
  contentHash: string;
  extractor: string;
}

export interface EntityRow {
  id: string;
  name: string;
  /** Other names the article uses (union-merged into the node's aliases). */
  aliases: string[];
  /** nameKey() of the name and every alias: what `$key IN n.keys` look-ups match. */
  keys: string[];
}

export interface StateRow extends EntityRow {
  iso3: string;
}

export interface TreatyRow extends EntityRow {
  kind: TreatyKind;
}

export interface OrganizationRow extends EntityRow {
  kind: OrganizationKind;
}

export interface EntityRef {
  label: EntityLabel;
  id: string;
}

export interface MentionRow extends EntityRef {
  count: number;
}

export interface StatementRow {
  id: string;
  text: string;
  direct: boolean;
  start: number;
  end: number;
  speakerText: string | null;
}

export interface StatementEdgeRow extends EntityRef {
  statementId: string;
}

export interface GraphRows {
  article: ArticleRow;
  persons: EntityRow[];
  states: StateRow[];
  treaties: TreatyRow[];
  organizations: OrganizationRow[];
  mentions: MentionRow[];
  statements: StatementRow[];
  said: StatementEdgeRow[];
  about: StatementEdgeRow[];
  holdsOffice: Array<{ personId: string; stateId: string; title: string }>;
  partyTo: Array<{ stateId: string; treatyId: string }>;
  /** Names that could not become nodes (a "state" with no ISO code, a span that is not in the text). */
  warnings: string[];
}
