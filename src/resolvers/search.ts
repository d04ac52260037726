// Full-text search. User text never reaches Lucene as syntax: every special character is escaped and the
// operator words AND/OR/NOT are lower-cased, so "U.S. (NATO)" or "C++ && co" search for words, not errors.
import neo4j from "neo4j-driver";
import type { CypherExecutor } from "../neo4j/executor.js";

export type SearchHitRow = {
  typename: "Person" | "State" | "Treaty" | "Organization" | "Statement";
  id: string;
  score: number;
};

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** Escapes one term for the Lucene classic query parser. */
export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * A Lucene query from free text: each word escaped, operator words neutralised, and the last word also
 * matched as a prefix ("Lukash" finds Lukashenko). Empty when the text holds no word.
 */
export function toLuceneQuery(text: string): string {
  const words = text
    .normalize("NFKC")
    .split(/\s+/)
    .map((w) => w.trim())
    .filter(Boolean)
    .slice(0, 32)
    .map((w) => (/^(AND|OR|NOT|TO)$/.test(w) ? w.toLowerCase() : w));
  if (words.length === 0) return "";
  const escaped = words.map(escapeLucene).filter((w) => w.replace(/\\/g, "").trim() !== "");
  if (escaped.length === 0) return "";
  const last = escaped[escaped.length - 1] ?? "";
  // A bare-punctuation last word ("\-") as a prefix would match everything; only letters/digits get the *.
  const prefix = /[\p{L}\p{N}]$/u.test(last) && last.length >= 2 ? ` ${last}*` : "";
  return `${escaped.join(" ")}${prefix}`;
}

export async function searchText(executor: CypherExecutor, text: string, limit: number): Promise<SearchHitRow[]> {
  const query = toLuceneQuery(text);
  if (!query) return [];
  return executor.read<SearchHitRow>("read/search", { query, limit: neo4j.int(limit) });
}
