// Read queries for paginated lists. A window is {skip, take}: take is the page size + 1, so the caller can tell
// whether a next page exists without a second count query. Nested pages (Person.statements and the like) take
// all parent ids of one level at once and return one page per id, in the order of the ids.
import neo4j from "neo4j-driver";
import type { CypherExecutor } from "../neo4j/executor.js";
import type { ArticleRow, EntityLabel, OrganizationRow, PageRow, PersonRow, SpeakerLabel, StateRow, StatementRow, TreatyRow } from "./rows.js";

export interface Window {
  skip: number;
  take: number;
}

/** SKIP, LIMIT and list slices need Cypher integers; a JS number would travel as a float. */
const ints = (w: Window) => ({ skip: neo4j.int(w.skip), take: neo4j.int(w.take) });

const EMPTY = <T>(): PageRow<T> => ({ totalCount: 0, nodes: [] });

async function page<T>(x: CypherExecutor, query: string, params: Record<string, unknown>): Promise<PageRow<T>> {
  const rows = await x.read<{ totalCount: number; nodes: T[] }>(query, params);
  return rows[0] ?? EMPTY<T>();
}

export const peoplePage = (x: CypherExecutor, needle: string | null, w: Window) => page<PersonRow>(x, "read/people-page", { needle, ...ints(w) });
export const statesPage = (x: CypherExecutor, needle: string | null, w: Window) => page<StateRow>(x, "read/states-page", { needle, ...ints(w) });
export const treatiesPage = (x: CypherExecutor, needle: string | null, w: Window) => page<TreatyRow>(x, "read/treaties-page", { needle, ...ints(w) });
export const organizationsPage = (x: CypherExecutor, needle: string | null, w: Window) =>
  page<OrganizationRow>(x, "read/organizations-page", { needle, ...ints(w) });
export const articlesPage = (x: CypherExecutor, needle: string | null, w: Window) => page<ArticleRow>(x, "read/articles-page", { needle, ...ints(w) });

/** StatementWhere with names already turned into nameKey values and the article id decoded. */
export interface StatementFilter {
  speaker: string | null;
  aboutTreaty: string | null;
  aboutState: string | null;
  aboutPerson: string | null;
  textContains: string | null;
  direct: boolean | null;
  article: string | null;
}

export const statementsPage = (x: CypherExecutor, filter: StatementFilter, w: Window) =>
  page<StatementRow>(x, "read/statements-where", { ...filter, ...ints(w) });

async function pagesByKeys<T>(x: CypherExecutor, query: string, label: string, ids: readonly string[], w: Window): Promise<PageRow<T>[]> {
  const rows = await x.read<{ key: string; totalCount: number; nodes: T[] }>(query, { label, ids: [...new Set(ids)], ...ints(w) });
  const byKey = new Map(rows.map((r) => [r.key, { totalCount: r.totalCount, nodes: r.nodes }]));
  return ids.map((id) => byKey.get(id) ?? EMPTY<T>());
}

export const statementsBySpeakerPages = (x: CypherExecutor, label: SpeakerLabel, ids: readonly string[], w: Window) =>
  pagesByKeys<StatementRow>(x, "read/statements-by-speaker-page", label, ids, w);
export const statementsAboutPages = (x: CypherExecutor, label: EntityLabel, ids: readonly string[], w: Window) =>
  pagesByKeys<StatementRow>(x, "read/statements-about-page", label, ids, w);
export const mentionedInPages = (x: CypherExecutor, label: EntityLabel, ids: readonly string[], w: Window) =>
  pagesByKeys<ArticleRow>(x, "read/mentioned-in-page", label, ids, w);
