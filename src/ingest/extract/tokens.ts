// Word tokens with character offsets: the unit every recogniser matches on.
// Apostrophes split tokens ("Russia's" -> "Russia" + "s"); hyphens split only between capitalised parts
// ("German-Russian" -> two tokens, "Soviet-era" stays one), so "Soviet-era" is never read as the state.

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  cap: boolean;
}

// Letters and digits without Unicode property classes (much faster in V8); the General Punctuation block
// (dashes, curly quotes) is excluded.
const W = "A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2070-\uFFFF";
// "OPEC+": a plus sign closing a word is part of it. "N'Guessan", "O'Brien", "D'Alema": an apostrophe after one of
// these initials, before a capital, is inside a surname.
const WORD_RE = new RegExp(`(?:(?<![${W}])[DLNO]['’](?=[A-Z]))?[${W}]+(?:[.&][${W}]+)*(?:-[${W}]+(?:[.&][${W}]+)*)*(?:\\+(?![${W}]))?`, "g");

export function isCap(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 192) return false;
  const ch = word.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

const RE_CACHE = new Map<string, RegExp>();

/** A non-global RegExp built from a pattern once and reused (building one per call is costly in hot paths). */
export function cachedRegExp(source: string, flags = ""): RegExp {
  const key = `${flags}/${source}`;
  let re = RE_CACHE.get(key);
  if (!re) {
    if (flags.includes("g") || flags.includes("y")) throw new Error("cachedRegExp: stateful flags are not shared");
    re = new RegExp(source, flags);
    RE_CACHE.set(key, re);
  }
  return re;
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const re = WORD_RE; // synchronous and not re-entered: the one global RegExp is reset and reused
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const word = m[0];
    const start = m.index + offset;
    const parts = word.includes("-") ? word.split("-") : [];
    if (parts.length > 1 && parts.every((p) => isCap(p))) {
      let at = start;
      for (const p of parts) {
        out.push(makeToken(p, at));
        at += p.length + 1;
      }
    } else {
      out.push(makeToken(word, start));
    }
  }
  return out;
}

function makeToken(text: string, start: number): Token {
  return { text, lower: text.toLowerCase(), start, end: start + text.length, cap: isCap(text) };
}

// "U.S", "U.N", "E.U": the tokeniser leaves an abbreviation's final period out of the token.
const DOTTED_ABBREVIATION_RE = /^(?:[A-Z]\.)+[A-Z]$/;

/** The text between two tokens, less the final period of a dotted abbreviation ("U.N. Charter" -> " "). */
export function wordGap(text: string, a: Token, b: Token): string {
  const g = text.slice(a.end, b.start);
  return g.charCodeAt(0) === 46 && DOTTED_ABBREVIATION_RE.test(a.text) ? g.slice(1) : g;
}

/** Lower-cased token words of a phrase, for keys ("U.S." -> ["u.s"]). */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.lower);
}

/** Index of the first token at or after a character offset (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
