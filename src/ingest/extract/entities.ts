// Recognises states, treaties, blocs and other organisations: gazetteer names, demonyms that denote a state
// or its institutions ("the Polish Foreign Ministry", not "Polish communities"), capitals standing for
// governments ("Moscow said", not "in Moscow"), anaphors ("the alliance") and descriptions of known treaties
// ("a 1987 deal on missiles").
import {
  ANAPHORS, DEMONYM_EXCLUDED_HEADS, GIVEN_NAMES, LOCATION_HEADS, LOCATION_PREPOSITIONS, ORGS, PHRASES,
  RESTRICTED_DEMONYM_HEADS, TREATIES, stateName,
} from "./gazetteer.js";
import type { TreatyKind } from "../types.js";
import type { Mention } from "./mentions.js";
import type { Token } from "./tokens.js";

export interface EntityResult {
  mentions: Mention[];
  /** Token indices covered by an entity name (persons are not looked for there). */
  consumed: Set<number>;
}

const AGREEMENT_NOUNS = new Set(["agreement", "agreements", "deal", "treaty", "accord", "accords", "pact", "memorandum", "act", "protocol"]);
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
  addUnknownTreaties(text, tokens, mentions, consumed);
  addDescriptors(text, tokens, mentions, consumed);
  mentions.sort((a, b) => a.start - b.start);
  addAnaphors(text, tokens, mentions);
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

// Nouns that name a treaty or agreement, as the head of a definite description ("the deal") or of a name.
const AGREEMENT_HEADS: Record<string, TreatyKind> = {
  treaty: "TREATY", treaties: "TREATY", convention: "TREATY", conventions: "TREATY", charter: "TREATY", statute: "TREATY",
  agreement: "AGREEMENT", agreements: "AGREEMENT", deal: "AGREEMENT", deals: "AGREEMENT", accord: "AGREEMENT", accords: "AGREEMENT",
  pact: "AGREEMENT", memorandum: "AGREEMENT", protocol: "AGREEMENT", act: "AGREEMENT", initiative: "AGREEMENT",
  corridor: "AGREEMENT", constitution: "TREATY", declaration: "AGREEMENT",
};
// Heads that only refer back when a treaty named earlier ends in the same noun ("Budapest Memorandum" ... "the memorandum").
const NAME_ONLY_HEADS = new Set(["memorandum", "charter", "statute", "protocol", "act", "initiative", "corridor", "constitution", "declaration", "convention", "conventions"]);
// Descriptions of a treaty organisation or union: the one in focus.
const GROUP_HEADS: Record<string, TreatyKind[]> = {
  alliance: ["ORGANIZATION"], bloc: ["ORGANIZATION", "UNION"], organisation: ["ORGANIZATION"], organization: ["ORGANIZATION"],
  grouping: ["ORGANIZATION", "UNION"], union: ["UNION"],
};
// Modifiers that keep a definite description about the same agreement ("the landmark deal", "the nuclear accord").
const SAME_MODIFIERS = new Set([
  "landmark", "historic", "original", "nuclear", "peace", "whole", "entire", "existing", "current", "worst", "same", "bilateral",
  "military", "security", "grain", "arms", "trade", "defence", "defense", "western", "transatlantic", "collective", "economic",
  "integration", "russian-led", "russia-led", "us-led", "u.s.-led", "eurasian", "regional", "former", "old", "key",
]);
const DETERMINERS = new Set(["the", "this", "that"]);
const ANAPHOR_FIRST_WORDS = new Set([...ANAPHORS.keys()].map((k) => k.split(" ")[1] ?? ""));

/** Kind of the treaty a mention names (the gazetteer's, or the one read from the text). */
export function treatyKindOf(m: Mention): TreatyKind | undefined {
  return m.kind ?? TREATIES.get(m.name)?.kind;
}

function singular(w: string): string {
  return w.endsWith("ies") ? `${w.slice(0, -3)}y` : w.replace(/s$/, "");
}

function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\n\s*\n/g)) starts.push((m.index ?? 0) + m[0].length);
  return starts;
}

function paragraphAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The antecedent of a definite description among earlier mentions: the best-fitting kind first; among those
 * the one named last in the same or the previous paragraph, else the one the article names most often so far.
 */
function salientAntecedent(cands: Array<{ m: Mention; score: number }>, at: number, starts: readonly number[]): Mention | undefined {
  if (cands.length === 0) return undefined;
  const best = Math.max(...cands.map((c) => c.score));
  const top = cands.filter((c) => c.score === best).map((c) => c.m);
  const para = paragraphAt(starts, at);
  const near = top.filter((m) => para - paragraphAt(starts, m.start) <= 1);
  if (near.length) return near.sort((a, b) => b.end - a.end)[0];
  const counts = new Map<string, number>();
  for (const m of top) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  return top.sort((a, b) => (counts.get(b.name) ?? 0) - (counts.get(a.name) ?? 0) || b.end - a.end)[0];
}

function headWords(text: string, m: Mention): string[] {
  const words = [m.name, text.slice(m.start, m.end)].flatMap((s) => s.toLowerCase().split(/[^a-z]+/)).filter(Boolean);
  return words.map(singular);
}

function addAnaphors(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const added: Mention[] = [];
  const starts = paragraphStarts(text);
  for (let i = 0; i < tokens.length - 1; i++) {
    const det = tokens[i] as Token;
    if (!DETERMINERS.has(det.lower)) continue;
    const start = det.start;
    const prior = () => mentions.concat(added).filter((m) => m.end <= start && (m.type === "Treaty" || m.type === "Organization"));
    // 1. Descriptions the gazetteer lists for an entry ("the alliance", "the Commonwealth"), longest first.
    let done = false;
    const firstWord = tokens[i + 1]?.lower ?? "";
    for (let n = ANAPHOR_FIRST_WORDS.has(firstWord) ? 3 : 0; n >= 1 && !done; n--) {
      const words = tokens.slice(i + 1, i + 1 + n);
      if (words.length < n || words.some((w, k) => k > 0 && !/^\s+$/.test(gap(text, words[k - 1] as Token, w)))) continue;
      const candidates = ANAPHORS.get(`the ${words.map((w) => w.lower).join(" ")}`);
      if (!candidates) continue;
      const end = (words[words.length - 1] as Token).end;
      if (mentions.some((m) => m.start < end && m.end > start)) { done = true; break; }
      const cands = prior().filter((m) => candidates.includes(m.name)).map((m) => ({ m, score: 1 }));
      const ante = salientAntecedent(cands, start, starts);
      if (ante) {
        added.push({ type: ante.type, name: ante.name, start, end, form: "anaphor" });
        i += n;
        done = true;
      }
      break;
    }
    if (done) continue;
    // 2. A generic head after up to two modifiers: "the deal", "the landmark accord", "the military alliance".
    let k = i + 1;
    while (k < tokens.length && k - i <= 3 && SAME_MODIFIERS.has((tokens[k] as Token).lower) && !(tokens[k] as Token).cap) k++;
    const head = tokens[k];
    if (!head || k - i > 3) continue;
    if (!/^\s+$/.test(gap(text, tokens[k - 1] as Token, head))) continue;
    const hl = head.lower;
    const end = head.end;
    if (mentions.some((m) => m.start < end && m.end > start)) continue;
    // "the Treaty on Open Skies": a name, not a description.
    if (head.cap && det.lower === "the" && /^\s+(?:on|of|between|for)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(end, end + 30))) continue;
    const next = tokens[k + 1];
    if (next && next.cap && /^\s+$/.test(gap(text, head, next)) && !/^(is|was)$/i.test(next.text)) continue;
    let cands: Array<{ m: Mention; score: number }> = [];
    const kind = AGREEMENT_HEADS[hl];
    const groupKinds = GROUP_HEADS[hl];
    if (kind) {
      const plural = hl.endsWith("s") && hl !== "accords";
      for (const m of prior()) {
        if (m.type !== "Treaty") continue;
        const mk = treatyKindOf(m);
        const inName = headWords(text, m).includes(singular(hl));
        let score = 0;
        if (inName) score = mk === "ORGANIZATION" || mk === "UNION" ? 2 : 3;
        else if (NAME_ONLY_HEADS.has(hl)) score = 0;
        else if (mk === kind) score = 2;
        else if (mk === "TREATY" || mk === "AGREEMENT") score = 1;
        if (plural && !/s$/.test(text.slice(m.start, m.end)) && !/s$/.test(m.name)) score = 0;
        if (score > 0 && (score >= 3 || start - m.end < 4000)) cands.push({ m, score });
      }
    } else if (groupKinds) {
      cands = prior().filter((m) => m.type === "Treaty" && groupKinds.includes(treatyKindOf(m) ?? "AGREEMENT")).map((m) => ({ m, score: 1 }));
    } else continue;
    const ante = salientAntecedent(cands, start, starts);
    if (!ante) continue;
    added.push({ type: ante.type, name: ante.name, start, end, form: "anaphor" });
    i = k;
  }
  mentions.push(...added);
}

// Capitalised treaty nouns that head a name: "the Treaty on Friendship ...", "the Caspian Sea Convention".
const NAME_HEADS: Record<string, TreatyKind> = {
  Treaty: "TREATY", Convention: "TREATY", Agreement: "AGREEMENT", Agreements: "AGREEMENT", Accord: "AGREEMENT", Accords: "AGREEMENT",
  Memorandum: "AGREEMENT", Pact: "AGREEMENT", Protocol: "AGREEMENT",
};
// Lower-case words that may continue a treaty's name between capitalised words ("Treaty on X and Y between A and B").
const NAME_CONNECTORS = new Set(["on", "of", "the", "and", "between", "within", "for", "in", "to", "with", "among", "concerning", "regarding"]);
const NAME_STOP_CAPS = new Set(["The", "This", "That", "A", "An", "Its", "Their", "Our", "His", "Her", "In", "On", "At", "By", "As", "But", "And"]);
const CALENDAR_RE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
const PEACE_HEADS = new Set(["treaty", "agreement", "deal", "accord"]);

/**
 * Treaties the gazetteer does not know, read from their names: "the Treaty on Security Guarantees within the
 * Union State", "the Caspian Sea Convention", "a peace treaty" between two states the sentence names.
 */
function addUnknownTreaties(text: string, tokens: readonly Token[], mentions: Mention[], consumed: Set<number>): void {
  const added: Mention[] = [];
  const overlaps = (s: number, e: number) => [...mentions, ...added].some((m) => m.type === "Treaty" && m.start < e && m.end > s);
  const statesIn = (s: number, e: number) => mentions.filter((m) => m.type === "State" && m.start >= s && m.end <= e && m.iso).map((m) => m.iso as string);
  const spaceGap = (a: Token, b: Token) => /^[\s-]{1,2}$/.test(gap(text, a, b));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const kind = NAME_HEADS[t.text];
    if (kind) {
      // Capitalised modifiers before the head: "Comprehensive Strategic Partnership Treaty".
      let a = i;
      while (a > 0 && i - a < 6) {
        const p = tokens[a - 1] as Token;
        if (!p.cap || NAME_STOP_CAPS.has(p.text) || !spaceGap(p, tokens[a] as Token)) break;
        a--;
      }
      // "of/on/between ..." after the head, while capitalised words follow.
      let b = i + 1;
      let k = i + 1;
      while (k < tokens.length && k - i < 24) {
        const u = tokens[k] as Token;
        const g = gap(text, tokens[k - 1] as Token, u);
        if (!/^(?:[\s-]{1,2}|,\s)$/.test(g) || (g.startsWith(",") && !u.cap)) break;
        if (u.cap && !NAME_STOP_CAPS.has(u.text) && !CALENDAR_RE.test(u.lower)) { k++; b = k; continue; }
        if (NAME_CONNECTORS.has(u.lower) && !u.cap) { k++; continue; }
        break;
      }
      const hasOf = b > i + 1;
      // A name needs more than the noun: "the Treaty" alone is a description.
      if (a === i && !hasOf) continue;
      // Sentence-initial capitals are not names: "Agreement was reached".
      if (a === i && i > 0 && /[.!?]["”’']?\s+$/.test(text.slice(Math.max(0, t.start - 4), t.start))) continue;
      const start = (tokens[a] as Token).start;
      const end = (tokens[b - 1] as Token).end;
      // A known treaty's name around the noun wins; known names inside the new one stay ("... within the Union State").
      if ([...mentions, ...added].some((m) => m.type === "Treaty" && m.start < end && m.end > start && (m.start < start || m.end > end || (m.start <= t.start && m.end >= t.end)))) continue;
      const inner = mentions.filter((m) => m.start >= start && m.end <= end);
      // A name that is only a state's or organisation's name plus the noun is not new ("NATO Treaty" is NATO's).
      if (!hasOf && inner.some((m) => m.type === "Treaty" || m.type === "Organization")) continue;
      const members = [...new Set([...statesIn(start, end), ...partiesAfter(text, tokens, b, mentions)])];
      added.push({ type: "Treaty", name: text.slice(start, end), start, end, form: "name", kind, members });
      for (let q = a; q < b; q++) if (!inner.some((m) => m.start <= (tokens[q] as Token).start && m.end >= (tokens[q] as Token).end)) consumed.add(q);
      i = b - 1;
      continue;
    }
    // "a peace treaty", "the peace deal": between the two states its sentence names.
    const head = tokens[i + 1];
    if (t.lower === "peace" && !t.cap && head && PEACE_HEADS.has(head.lower) && spaceGap(t, head)) {
      const start = t.start;
      const end = head.end;
      if (overlaps(start, end)) continue;
      const earlier = added.find((m) => m.kind && /peace/.test(m.name) && m.form === "peace");
      let name = earlier?.name;
      let members = earlier?.members ?? [];
      if (!name) {
        const sent = sentenceAround(text, start);
        const isos = [...new Set(statesIn(sent.start, sent.end))];
        if (isos.length !== 2) continue;
        members = isos;
        name = `${isos.map((x) => stateName(x)).join("–")} peace ${head.lower}`;
      }
      const det = tokens[i - 1];
      const s0 = det && /^(a|an|the|this)$/.test(det.lower) ? det.start : start;
      added.push({ type: "Treaty", name, start: s0, end, form: "peace", kind: head.lower === "treaty" ? "TREATY" : "AGREEMENT", members });
      i++;
    }
  }
  mentions.push(...added);
}

/** "..., signed by Belarus and Russia", "... between A and B", "... with A": the parties named right after a treaty. */
function partiesAfter(text: string, tokens: readonly Token[], b: number, mentions: readonly Mention[]): string[] {
  const t = tokens[b];
  if (!t) return [];
  const lead = /^(?:signed|concluded|agreed|reached)\s+(?:by|between|with)$|^(?:between|with)$/;
  const two = `${t.lower} ${tokens[b + 1]?.lower ?? ""} ${tokens[b + 2]?.lower ?? ""}`.split(" ");
  let from = -1;
  if (lead.test(`${two[0]} ${two[1]}`)) from = b + 2;
  else if (lead.test(two[0] ?? "")) from = b + 1;
  if (from < 0 || !tokens[from]) return [];
  const start = (tokens[from] as Token).start;
  const stop = text.slice(start, start + 80).search(/[.,;:!?]|\s(?:in|on|at|to|that|which|who)\s/);
  const end = start + (stop < 0 ? 80 : stop);
  return mentions.filter((m) => m.type === "State" && m.iso && m.start >= start && m.end <= end).map((m) => m.iso as string);
}

function sentenceAround(text: string, at: number): { start: number; end: number } {
  const before = text.slice(Math.max(0, at - 400), at);
  const sb = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"));
  const start = sb < 0 ? Math.max(0, at - 400) : at - before.length + sb + 1;
  const after = text.slice(at, at + 400);
  const se = after.search(/\.\s|\n/);
  return { start, end: se < 0 ? at + after.length : at + se };
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
