// The shapes the read queries return (cypher/read/*.cypher project exactly these properties) and that the
// GraphQL types resolve from. `typename` is set in Cypher from the node's label so unions can resolve.
import type { OrganizationKind, TreatyKind } from "../ingest/types.js";

export const ENTITY_LABELS = ["Person", "State", "Treaty", "Organization"] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];
export const NODE_LABELS = [...ENTITY_LABELS, "Statement", "Article"] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];
export const SPEAKER_LABELS = ["Person", "State", "Organization"] as const;
export type SpeakerLabel = (typeof SPEAKER_LABELS)[number];

export interface PersonRow {
  typename: "Person";
  id: string;
  name: string;
  aliases: string[] | null;
}

export interface StateRow {
  typename: "State";
  id: string;
  name: string;
  aliases: string[] | null;
  iso3: string | null;
}

export interface TreatyRow {
  typename: "Treaty";
  id: string;
  name: string;
  aliases: string[] | null;
  kind: TreatyKind | null;
}

export interface OrganizationRow {
  typename: "Organization";
  id: string;
  name: string;
  aliases: string[] | null;
  kind: OrganizationKind | null;
}

export type EntityRow = PersonRow | StateRow | TreatyRow | OrganizationRow;
export type SpeakerRow = PersonRow | StateRow | OrganizationRow;

export interface StatementRow {
  typename: "Statement";
  id: string;
  text: string;
  direct: boolean;
  start: number | null;
  end: number | null;
  speakerText: string | null;
  /** The article it is REPORTED_IN (every statement has one). */
  articleId: string | null;
}

export interface ArticleRow {
  typename: "Article";
  id: string;
  title: string;
  text: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  tags: string[] | null;
  ingestedAt: string | null;
}

/** One page of a list computed in Cypher: the total, and up to `take` (= first + 1) rows from `skip`. */
export interface PageRow<T> {
  totalCount: number;
  nodes: T[];
}

export function isEntityLabel(label: string): label is EntityLabel {
  return (ENTITY_LABELS as readonly string[]).includes(label);
}

export function isNodeLabel(label: string): label is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(label);
}
