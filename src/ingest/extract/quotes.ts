// Finds quotations in a paragraph: straight and curly double quotes, curly and straight single quotes
// (told apart from apostrophes: "Russia's", "don't", "Belarus' border"). Only top-level quotations are
// returned; a quotation left open at the paragraph's end runs to that end (it continues in the next one).
import type { Span } from "../types.js";

export interface Quote extends Span {
  /** Span of the marks themselves (outer). */
  outerStart: number;
  outerEnd: number;
  paragraph: number;
  /** Left open at the end of the paragraph. */
  open: boolean;
  /** The paragraph begins with this quotation's opening mark. */
  atParagraphStart: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;
const OPEN_CONTEXT = /[\s([—–\-:;,"“/]/u;

// Character tests at module level (not closures made per paragraph: tsx keeps function names, which costs a
// defineProperty call per closure).
function isLetterAt(text: string, i: number, start: number, end: number): boolean {
  return i >= start && i < end && LETTER.test(text[i] ?? "");
}
function charBefore(text: string, i: number, start: number): string {
  return i > start ? (text[i - 1] ?? " ") : " ";
}
function charAfter(text: string, i: number, end: number): string {
  return i + 1 < end ? (text[i + 1] ?? " ") : " ";
}
function opensAt(text: string, i: number, start: number): boolean {
  return i === start || OPEN_CONTEXT.test(charBefore(text, i, start));
}
const SPACE = /\s/;

export function findQuotes(text: string, start: number, end: number, paragraph: number): Quote[] {
  const out: Quote[] = [];
  let mode: "none" | "double" | "single" = "none";
  let openAt = -1;

  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (mode === "none") {
      if (ch === "“" || (ch === '"' && opensAt(text, i, start))) {
        mode = "double";
        openAt = i;
      } else if ((ch === "‘" || (ch === "'" && opensAt(text, i, start))) && !SPACE.test(charAfter(text, i, end)) && !isLetterAt(text, i - 1, start, end)) {
        mode = "single";
        openAt = i;
      }
    } else if (mode === "double") {
      if (ch === '"' && SPACE.test(charBefore(text, i, start)) && !SPACE.test(charAfter(text, i, end)) && /[.!?]\s*$/.test(text.slice(openAt, i))) {
        // A new opening mark while one is open: the previous quotation ended without its mark
        // (a paragraph break lost in the copy). Close it here and open the next.
        out.push(makeQuote(text, openAt, i, paragraph, true, openAt === start));
        openAt = i;
      } else if (ch === "”" || ch === '"') {
        out.push(makeQuote(text, openAt, i + 1, paragraph, false, openAt === start));
        mode = "none";
      }
    } else {
      // A closing single quote follows a non-space and is not followed by a letter (that would be "don't").
      if ((ch === "’" || ch === "'") && !SPACE.test(charBefore(text, i, start)) && !isLetterAt(text, i + 1, start, end)
        && !pluralPossessive(text, i, end, openAt === start || /:\s*$/.test(text.slice(Math.max(start, openAt - 3), openAt)))) {
        out.push(makeQuote(text, openAt, i + 1, paragraph, false, openAt === start));
        mode = "none";
      } else if (ch === "“" || ch === '"') {
        // A double quote inside single quotes is nested; skip to its close.
        const j = text.indexOf(ch === "“" ? "”" : '"', i + 1);
        if (j > 0 && j < end) i = j;
      }
    }
  }
  if (mode !== "none" && openAt >= 0) out.push(makeQuote(text, openAt, end, paragraph, true, openAt === start));
  return out.filter((q) => q.end > q.start);
}

// Words that may follow a closing mark ("'...,' he said", "'... our demands' were ignored").
const AFTER_CLOSE = new Set(["he", "she", "they", "we", "i", "it", "said", "says", "added", "and", "but", "or", "was", "were", "is", "are", "had", "has", "have", "as", "in", "on", "at", "to", "for", "from", "with", "by", "of"]);

/** "seven days' advance notice" inside single quotes: a plural's apostrophe before a lower-case word, with the
 * quotation's own closing mark still to come in the paragraph. Only in a quotation that opens the paragraph or follows
 * a colon: a quoted fragment ("he 'strongly condemns' the violence") often ends on such a word. */
function pluralPossessive(text: string, i: number, end: number, opensSentence: boolean): boolean {
  if (!opensSentence || text[i - 1] !== "s" || text[i + 1] !== " ") return false;
  const next = /^ (\p{Ll}+)\b/u.exec(text.slice(i + 1, i + 24))?.[1];
  if (next === undefined || AFTER_CLOSE.has(next)) return false;
  return /\S['’](?![\p{L}])/u.test(text.slice(i + 2, end));
}

function makeQuote(text: string, outerStart: number, outerEnd: number, paragraph: number, open: boolean, atParagraphStart: boolean): Quote {
  let s = outerStart + 1;
  let e = open ? outerEnd : outerEnd - 1;
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /[\s,]/.test(text[e - 1] ?? "")) e--;
  return { start: s, end: e, outerStart, outerEnd, paragraph, open, atParagraphStart };
}
