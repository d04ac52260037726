// Paragraphs (the title is paragraph 0) and sentences as character spans of the article text.
// Sentences never end inside a quotation, so '"A. B," he said.' stays one sentence with its attribution.
import type { Span } from "../types.js";

export interface Paragraph extends Span {
  index: number;
  isTitle: boolean;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

/** The index of the paragraph holding an offset (0, the title's, when none does). */
export function paragraphIndexAt(paras: readonly Paragraph[], offset: number): number {
  return paras.find((p) => offset >= p.start && offset <= p.end)?.index ?? 0;
}

/** A TASS summary line: the paragraph after the title that ends without a closing period. */
export function isSubtitle(paragraphIndex: number, paragraphText: string): boolean {
  return paragraphIndex === 1 && !/[.!?]["”’']?\s*$/.test(paragraphText.trimEnd());
}

export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  let m: RegExpExecArray | null;
  const push = (s: number, e: number) => {
    // Trim so spans start and end on visible text.
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    if (e > s) out.push({ start: s, end: e, index: out.length, isTitle: out.length === 0 && s === firstVisible(text) });
  };
  while ((m = re.exec(text)) !== null) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

function firstVisible(text: string): number {
  const m = /\S/.exec(text);
  return m ? m.index : 0;
}

// Words after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "adm", "gov", "sen", "rep", "prof", "jr", "sr",
  "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "u.s", "u.k", "u.n",
  "e.u", "a.m", "p.m", "inc", "corp", "co", "ltd", "approx", "fig", "vol", "ft", "mt",
]);

/** Whether the period at `dot` closes an abbreviation or an initial ("Mr.", "U.S.", "H.A.") rather than a sentence. */
export function isAbbreviationPeriod(text: string, dot: number, from = 0): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(from, dot - 12), dot))?.[1] ?? "";
  return ABBREVIATIONS.has(word.toLowerCase()) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word);
}

const ATTRIBUTION_TAIL = /^\s+[^.!?"“”]{0,90}?\b(?:said|says|told|added|stated|noted|stressed|warned|asked|replied|insisted)\b[^.!?"“”]{0,50}[.!?](?:\s|$)/;

/** Sentences of one paragraph; `inQuote(offset)` tells whether an offset lies inside a quotation. */
// CITY [, date] [/AGENCY/. | (Agency)] [dash]: "WARSAW ", "BRUSSELS (Reuters) – ", "MOSCOW, March 3. /TASS/. ",
// "MINSK, 12 March (BelTA) - ", "NEW YORK, Oct 2 (Reuters) – ", "MOSCOW/KIEV (Reuters) - " (two cities); never a
// person's initials ("H.A. Hellyer, a fellow at ...").
const DATELINE_RE = new RegExp(
  "^((?![A-Z]\\.[A-Z]\\.)[A-Z][A-Z'’.-]{2,}(?:(?:\\s+|\\/)[A-Z][A-Z'’.-]{2,})*)" +
  "(?:,\\s*(?:[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+[A-Z][a-z]{2,8})(?:,?\\s+\\d{4})?\\.?)?" +
  "(?:\\s*\\/[A-Za-z-]+\\/\\.?|\\s*\\((?:[A-Z][A-Za-z.-]+(?:\\s[A-Z][A-Za-z.-]+)?)\\))?" +
  "\\s*[-–—,:]?\\s+(?=[\"“\\p{Lu}])",
  "u",
);

/** Length of a dateline that opens a paragraph, else 0. */
export function datelineLength(text: string, para: Paragraph, isAcronym: (w: string) => boolean): number {
  const m = DATELINE_RE.exec(text.slice(para.start, Math.min(para.end, para.start + 80)));
  if (!m || !m[1]) return 0;
  if (m[1].split(/\s+/).some((w) => isAcronym(w))) return 0;
  return m[0].length;
}

export function sentences(text: string, para: Paragraph, inQuote: (offset: number) => boolean, startIndex: number, skip = 0): Sentence[] {
  const out: Sentence[] = [];
  let start = para.start + skip;
  const re = /[.!?]+["”’']*(?=\s+["“‘'([]?[\p{Lu}\p{N}])/gu;
  re.lastIndex = para.start;
  const slice = text.slice(0, para.end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const dot = m.index;
    const end = dot + m[0].length;
    if (inQuote(dot) && !/["”’']$/.test(m[0])) continue;
    // an abbreviation, an initial, or initials written together ("H.A. Hellyer")
    if (m[0].startsWith(".") && m[0].length === 1 && isAbbreviationPeriod(text, dot, para.start)) continue;
    if (inQuote(end) && inQuote(dot)) continue;
    // '"...?" Canada's ambassador to the OSCE, Jane Roe, told journalists.' — a closing quote followed by
    // a short attribution is one sentence with it.
    if (/["”’']$/.test(m[0]) && ATTRIBUTION_TAIL.test(text.slice(end, Math.min(para.end, end + 160)))) continue;
    out.push({ start, end, index: startIndex + out.length, paragraph: para.index });
    start = end;
    while (start < para.end && /\s/.test(text[start] ?? "")) start++;
  }
  if (start < para.end) out.push({ start, end: para.end, index: startIndex + out.length, paragraph: para.index });
  return out;
}
