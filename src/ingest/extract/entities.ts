// Recognises states, treaties, blocs and other organisations: gazetteer names, demonyms that denote a state
// or its institutions ("the Polish Foreign Ministry", not "Polish communities"), capitals standing for
// governments ("Moscow said", not "in Moscow"), anaphors ("the alliance") and descriptions of known treaties
// ("a 1987 deal on missiles").
import {
  ANAPHORS, DEMONYM_EXCLUDED_HEADS, GIVEN_NAMES, LOCATION_HEADS, LOCATION_PREPOSITIONS, ORGS, PHRASES,
  RESTRICTED_DEMONYM_HEADS, TREATIES, stateName,
} from "./gazetteer.js";
import type { Mention } from "./mentions.js";
import type { Token } from "./tokens.js";

export interface EntityResult {
  mentions: Mention[];
  /** Token indices covered by an entity name (persons are not looked for there). */
  consumed: Set<number>;
}

const AGREEMENT_NOUNS = new Set(["agreement", "agreements", "deal", "treaty", "accord", "accords", "pact", "memorandum", "act", "protocol"]);
const GENERIC_TREATY_ANAPHORS = new Set(["treaty", "agreement", "accord", "accords", "deal", "pact", "agreements"]);
const YEAR_RE = /^(19|20)\d\d$/;

function gap(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

export function recogniseEntities(text: string, tokens: readonly Token[]): EntityResult {
  const mentions: Mention[] = [];
  const consumed = new Set<number>();

  for (let i = 0; i < tokens.length; i++) {
    const match = PHRASES.match(text, tokens, i);
    if (!match) continue;
    const first = tokens[i] as Token;
    const last = tokens[i + match.length - 1] as Token;
    for (let k = i; k < i + match.length; k++) consumed.add(k);
    const target = match.target;
    const span = { start: first.start, end: last.end };
    const next = tokens[i + match.length];
    const prev = tokens[i - 1];
    const nextGap = next ? gap(text, last, next) : "";
    const prevGap = prev ? gap(text, prev, first) : "";

    if (target.kind === "not-state") {
      i += match.length - 1;
      continue;
    }
    if (target.kind === "state") {
      if (target.form === "demonym" && !demonymDenotesState(text, tokens, i + match.length, target.iso, prev)) {
        i += match.length - 1;
        continue;
      }
      if (target.form === "capital" && !capitalStandsForGovernment(text, first, prev, prevGap, next, nextGap)) {
        i += match.length - 1;
        continue;
      }
      // "Georgia Meloni", "Jordan Bardella": a state name that is really a given name.
      if (target.form === "name" && GIVEN_NAMES.has(first.text) && next?.cap && nextGap === " " && !PHRASES.match(text, tokens, i + 1)) {
        for (let k = i; k < i + match.length; k++) consumed.delete(k);
        i += match.length - 1;
        continue;
      }
      mentions.push({ type: "State", name: stateName(target.iso), ...span, form: target.form, iso: target.iso });
    } else if (target.kind === "treaty") {
      mentions.push({ type: "Treaty", name: target.name, ...span, form: "name" });
    } else if (target.kind === "org") {
      const org = ORGS.get(target.name);
      mentions.push({ type: "Organization", name: target.name, ...span, form: "name", ...(org?.state ? { iso: org.state } : {}) });
    } else if (target.kind === "bloc-capital") {
      if (capitalStandsForGovernment(text, first, prev, prevGap, next, nextGap)) {
        mentions.push({ type: "Organization", name: target.name, ...span, form: "capital" });
      }
    }
    i += match.length - 1;
  }

  mentions.sort((a, b) => a.start - b.start);
  addAnaphors(text, tokens, mentions);
  addDescriptors(text, tokens, mentions, consumed);
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, consumed };
}

function demonymDenotesState(text: string, tokens: readonly Token[], j: number, iso: string, prev: Token | undefined): boolean {
  // Skip coordinated demonyms: "Tajik and Uzbek communities", "Dutch and European firms".
  let k = j;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    const m = PHRASES.match(text, tokens, k);
    if (t.lower === "and" || t.lower === "or" || (m && m.target.kind === "state" && m.target.form === "demonym")) {
      k += m ? m.length : 1;
      continue;
    }
    break;
  }
  const head = tokens[k];
  const restricted = RESTRICTED_DEMONYM_HEADS.get(iso);
  const before = tokens[k - 1];
  const headGap = head && before ? text.slice(before.end, head.start) : ".";
  if (!head || !/^\s+$/.test(headGap)) {
    // Used as a noun or at a clause end: "in Russian" is a language.
    return !restricted && prev?.lower !== "in";
  }
  if (restricted) return restricted.has(head.lower);
  return !DEMONYM_EXCLUDED_HEADS.has(head.lower);
}

function capitalStandsForGovernment(
  text: string, first: Token, prev: Token | undefined, prevGap: string, next: Token | undefined, nextGap: string,
): boolean {
  if (first.text.length > 3 && first.text === first.text.toUpperCase()) return false; // dateline "MOSCOW,"
  if (prev && /^\s+$/.test(prevGap)) {
    if (LOCATION_PREPOSITIONS.has(prev.lower)) return false;
    if (prev.cap && GIVEN_NAMES.has(prev.text)) return false; // "George Washington"
    if (prev.lower === "of" && /\b(city|capital|streets|centre|center|outskirts)\s+of\s*$/i.test(text.slice(Math.max(0, prev.start - 20), prev.end))) return false;
  }
  if (next) {
    if (/^\s+$/.test(nextGap) && LOCATION_HEADS.has(next.lower)) return false;
    if (/^['’]$/.test(nextGap.trim()) || nextGap === "'" || nextGap === "’") {
      // possessive: "Berlin's Charite hospital" is a place, "Moscow's envoy" the government
      const after = text.slice(next.end, next.end + 40).toLowerCase();
      const headWord = /^\s+(?:[a-z-]+\s+){0,2}?([a-z]+)/.exec(after)?.[1] ?? "";
      if (LOCATION_HEADS.has(headWord) || /^\s*(?:\p{Lu}\p{L}+\s+)+(hospital|airport|university|square|metro)/u.test(text.slice(next.end, next.end + 60))) return false;
    }
  }
  return true;
}

function addAnaphors(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const added: Mention[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const det = tokens[i] as Token;
    if (det.lower !== "the" && det.lower !== "this" && det.lower !== "that") continue;
    // Longest anaphor phrase of up to three words after the determiner.
    for (let n = 3; n >= 1; n--) {
      const words = tokens.slice(i + 1, i + 1 + n);
      if (words.length < n) continue;
      const phrase = `the ${words.map((w) => w.lower).join(" ")}`;
      const headLower = words[words.length - 1]?.lower ?? "";
      let candidates = ANAPHORS.get(phrase);
      const generic = n === 1 && GENERIC_TREATY_ANAPHORS.has(headLower);
      if (!candidates && !generic) continue;
      const start = det.start;
      const end = (words[words.length - 1] as Token).end;
      if (mentions.some((m) => m.start < end && m.end > start)) break;
      const antecedent = [...mentions, ...added]
        .filter((m) => m.end <= start && (m.type === "Treaty" || m.type === "Organization"))
        .filter((m) => (candidates ? candidates.includes(m.name) : m.type === "Treaty" && start - m.end < 1500))
        .sort((a, b) => b.end - a.end)[0];
      if (!antecedent) {
        candidates = undefined;
        break;
      }
      added.push({ type: antecedent.type, name: antecedent.name, start, end, form: "anaphor" });
      i += n;
      break;
    }
  }
  mentions.push(...added);
}

function addDescriptors(text: string, tokens: readonly Token[], mentions: Mention[], consumed: Set<number>): void {
  for (let i = 0; i < tokens.length; i++) {
    const noun = tokens[i] as Token;
    if (!AGREEMENT_NOUNS.has(noun.lower) || consumed.has(i)) continue;
    // Window: back to the determiner (at most five words), forward over "with X" / "between X and Y".
    let a = i;
    while (a > 0 && i - a < 5) {
      const t = tokens[a - 1] as Token;
      if (/[.,;:!?"“”]/.test(gap(text, t, tokens[a] as Token))) break;
      a--;
      if (t.lower === "a" || t.lower === "an" || t.lower === "the") break;
    }
    let b = i + 1;
    if (tokens[b]?.lower === "with" || tokens[b]?.lower === "between") {
      let k = b + 1;
      while (k < tokens.length && k - b <= 5 && !/[.,;:!?]/.test(gap(text, tokens[k - 1] as Token, tokens[k] as Token))) {
        k++;
        const pm = mentions.find((m) => m.start === (tokens[k - 1] as Token).start);
        if (pm) {
          b = tokens.findIndex((t) => t.start >= pm.end);
          if (b < 0) b = tokens.length;
          if (tokens[b]?.lower !== "and") break;
          k = b + 1;
        }
      }
    }
    const start = (tokens[a] as Token).start;
    const end = (tokens[Math.max(i, b - 1)] as Token).end;
    const windowWords = new Set(tokens.slice(a, b).map((t) => t.lower));
    const years = tokens.slice(a, i).filter((t) => YEAR_RE.test(t.text)).map((t) => Number(t.text));
    const parties = mentions.filter((m) => m.start >= start && m.end <= end).map((m) => m.iso ?? m.name);
    for (const t of TREATIES.values()) {
      for (const d of t.descriptors ?? []) {
        if (d.year !== undefined && !years.includes(d.year)) continue;
        if (d.keywords && !d.keywords.some((k) => windowWords.has(k))) continue;
        if (d.parties && !d.parties.some((p) => parties.includes(p))) continue;
        if (d.year === undefined && !d.keywords) continue;
        if (mentions.some((m) => m.type === "Treaty" && m.start <= noun.start && m.end >= noun.end)) continue;
        mentions.push({ type: "Treaty", name: t.name, start, end, form: "descriptor" });
        for (let k = a; k < b; k++) consumed.add(k);
      }
    }
  }
}
