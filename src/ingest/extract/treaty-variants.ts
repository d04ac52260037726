// One treaty written several ways in an article: "the 1920 Tartu Peace Treaty" ... "the Tartu treaty", or "the
// Russian-Estonian border treaty signed in Moscow in 2014" ... "the border treaty between Russia and Estonia".
// Treaties read from the text (not in the gazetteer) are merged into another entry when a reader would take them
// for the same instrument: the same head noun, no other parties, no other year, and every identifying word of
// the shorter form found in the longer one.
import type { ExtractedTreaty } from "../types.js";
import { PHRASES, STATE_BY_NAME, TREATIES } from "./gazetteer.js";
import { tokenize } from "./tokens.js";

const HEADS = new Set([
  "treaty", "agreement", "convention", "memorandum", "pact", "accord", "deal", "protocol", "charter", "declaration",
  "framework", "partnership", "arrangement",
]);
// Words that carry no identity: articles, prepositions, the verbs of a dating tail ("signed in Moscow in 2014").
const FILLER = new Set([
  "the", "a", "an", "of", "on", "in", "at", "by", "from", "to", "for", "with", "between", "and", "among", "signed",
  "concluded", "reached", "agreed", "initialled", "initialed", "ratified", "its", "their", "this", "that", "which",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
]);

// Words that set an instrument apart from an earlier one of the same kind.
const ANOTHER = new Set(["second", "third", "fourth", "fifth", "another", "further", "additional", "supplementary"]);

const SPELLING: ReadonlyMap<string, string> = new Map(Object.entries({ defence: "defense", organisation: "organization", programme: "program" } satisfies Record<string, string>));

interface Signature {
  head: string;
  words: Set<string>;
  parties: Set<string>;
  year: string | undefined;
  known: boolean;
  /** Written as a name: its head noun capitalised ("Tartu Peace Treaty"). */
  proper: boolean;
}

function signature(t: ExtractedTreaty): Signature | null {
  if (t.kind === "ORGANIZATION" || t.kind === "UNION") return null;
  const tokens = tokenize(t.name);
  let head = "";
  const words = new Set<string>();
  const parties = new Set<string>();
  let year: string | undefined;
  let proper = false;
  let headFirst = false;
  let otherCap = false;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    const match = tok.cap ? PHRASES.match(t.name, tokens, i) : null;
    if (match?.target.kind === "state") {
      parties.add(match.target.iso);
      i += match.length - 1;
      continue;
    }
    const w = SPELLING.get(tok.lower) ?? (tok.lower.endsWith("ies") ? `${tok.lower.slice(0, -3)}y` : tok.lower);
    if (/^(?:18|19|20)\d\d$/.test(w)) year = w;
    else if (HEADS.has(w) || HEADS.has(w.replace(/s$/, ""))) {
      head = w.replace(/s$/, "");
      proper = tok.cap;
      headFirst = i === 0;
    }
    else {
      if (!FILLER.has(w)) words.add(w);
      if (tok.cap && i > 0) otherCap = true;
    }
  }
  // "Agreement on military cooperation with the Russian Federation": a description listed with its first letter
  // capitalised is no proper name; "Agreement on Military Cooperation" is.
  if (headFirst && !otherCap) proper = false;
  if (!head) return null;
  const entry = TREATIES.get(t.name);
  // "an intergovernmental agreement signed ... in 1988" ... "The 1988 agreement": a year its forms agree on dates it.
  const formYears = new Set(t.aliases.flatMap((a) => /\b(?:18|19|20)\d\d\b/.exec(a)?.[0] ?? []));
  const formYear = formYears.size === 1 ? [...formYears][0] : undefined;
  return { head, words, parties, year: year ?? (entry?.year !== undefined ? String(entry.year) : formYear), known: entry !== undefined, proper };
}

function subset<T>(a: Set<T>, b: Set<T>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function sameInstrument(a: Signature, b: Signature): boolean {
  if (a.known && b.known) return false;
  if (a.head !== b.head) return false;
  if (a.year && b.year && a.year !== b.year) return false;
  const [small, large] = a.words.size <= b.words.size ? [a, b] : [b, a];
  if (!subset(small.words, large.words)) return false;
  // "a second intergovernmental agreement" is another one than "an intergovernmental agreement".
  for (const w of large.words) if (ANOTHER.has(w) && !small.words.has(w)) return false;
  // Two proper names, one far longer ("Panama Canal Treaty" and "Treaty Concerning the Permanent Neutrality and
  // Operation of the Panama Canal"): the shorter one's words name the subject of the longer, not the same treaty.
  if (small.proper && large.proper && large.words.size - small.words.size > 2) return false;
  // Parties named on one side only: the same words exactly ("Mutual Defense Treaty" and "the US-Philippines mutual
  // defence treaty"), not a shorter description ("peace treaty" with Japan is not the San Francisco Peace Treaty).
  const sameParties = subset(a.parties, b.parties) && subset(b.parties, a.parties);
  // ... unless one is the gazetteer's treaty and the other gives its year ("the 1984 Joint Declaration").
  const knownYear = (a.known || b.known) && a.year !== undefined && a.year === b.year && !(a.parties.size && b.parties.size);
  if (!sameParties && !knownYear && (a.parties.size && b.parties.size || small.words.size !== large.words.size)) return false;
  // Something must identify the shorter form: a word besides the head ("Tartu treaty"), or the same parties.
  return small.words.size > 0 || (small.parties.size > 0 && small.parties.size === large.parties.size);
}

/**
 * Which of two forms of one instrument keeps the entry: the gazetteer's, else a proper name as the article writes
 * it ("Mutual Defense Treaty", not "the US-Philippines mutual defence treaty"), else the dated, else the fuller one.
 */
function preferred(a: ExtractedTreaty, sa: Signature, b: ExtractedTreaty, sb: Signature): boolean {
  if (sa.known !== sb.known) return sa.known;
  if (sa.proper !== sb.proper) return sa.proper;
  if (Boolean(sa.year) !== Boolean(sb.year)) return Boolean(sa.year);
  return sa.words.size + sa.parties.size >= sb.words.size + sb.parties.size;
}

/**
 * Merges the variants in place (the list keeps the first entry's position) and returns old name -> kept name,
 * for the statements and mentions that refer to a merged entry.
 */
export function mergeTreatyVariants(treaties: ExtractedTreaty[], text: string): Map<string, string> {
  const renamed = new Map<string, string>();
  const sigs = new Map<ExtractedTreaty, Signature | null>(treaties.map((t) => [t, signature(t)]));
  mergePairs(treaties, sigs, renamed, text, sameInstrument);
  mergePartyDescriptions(treaties, sigs, renamed, text);
  mergePairs(treaties, sigs, renamed, text, sameSubject);
  mergeIntoNamed(treaties, sigs, renamed, text);
  mergeShortenedNames(treaties, renamed, text);
  return renamed;
}

/** Merges every pair `same` takes for one instrument, the preferred form keeping the entry and the earlier position. */
function mergePairs(
  treaties: ExtractedTreaty[], sigs: Map<ExtractedTreaty, Signature | null>, renamed: Map<string, string>, text: string,
  same: (sa: Signature, sb: Signature, a: ExtractedTreaty, b: ExtractedTreaty) => boolean,
): void {
  for (let i = 0; i < treaties.length; i++) {
    for (let j = i + 1; j < treaties.length; j++) {
      const a = treaties[i] as ExtractedTreaty;
      const b = treaties[j] as ExtractedTreaty;
      const sa = sigs.get(a);
      const sb = sigs.get(b);
      if (!sa || !sb || !same(sa, sb, a, b)) continue;
      const keepA = preferred(a, sa, b, sb);
      const [kept, gone] = keepA ? [a, b] : [b, a];
      moveInto(kept, gone, renamed, text);
      // The kept entry takes the earlier position; its signature grows by the merged form's words.
      const [ks, gs] = keepA ? [sa, sb] : [sb, sa];
      for (const w of gs.words) ks.words.add(w);
      for (const p of gs.parties) ks.parties.add(p);
      ks.year ??= gs.year;
      treaties[i] = kept;
      sigs.set(kept, ks);
      treaties.splice(j, 1);
      j = i; // compare the grown entry with the rest again
    }
  }
}

/**
 * "the Sino-British Joint Declaration" ... "the Joint Declaration": a name that is the end of the one known treaty's
 * name the article gives is that treaty, shortened.
 */
function mergeShortenedNames(treaties: ExtractedTreaty[], renamed: Map<string, string>, text: string): void {
  for (let j = 0; j < treaties.length; j++) {
    const t = treaties[j] as ExtractedTreaty;
    if (TREATIES.has(t.name) || !/^\p{Lu}/u.test(t.name) || t.name.split(/\s+/).length < 2) continue;
    const tail = ` ${t.name.toLowerCase()}`;
    const longer = treaties.filter((k) => k !== t && TREATIES.has(k.name) && [k.name, ...k.aliases].some((n) => n.toLowerCase().endsWith(tail)));
    const kept = longer[0];
    if (longer.length !== 1 || !kept) continue;
    moveInto(kept, t, renamed, text);
    treaties.splice(j, 1);
    j--;
  }
}

/** The article writes `name` capitalised where no sentence starts: "signed the UK-Japan ... Agreement". */
function writtenAsName(name: string, text: string): boolean {
  // "Trinity House Agreement": capitalised words before the head noun make a name wherever it stands.
  if (/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(name) && !HEADS.has(name.split(/\s+/)[0]?.toLowerCase() ?? "")) return true;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!/(?:^|[.!?:]["”’']?\s+|\n\s*|["“‘'])(?:The\s+)?$/.test(text.slice(Math.max(0, at - 8), at))) return true;
  }
  return false;
}

const DEAL_HEADS = new Set(["treaty", "agreement", "pact", "accord", "deal"]);
// Words that say what a deal is about. A description and a name that both say so, and share none of them, are two
// deals: "the China-Sri Lanka free trade pact" is not the "Economic and Technology Cooperation Agreement".
const SUBJECT_WORDS = new Set([
  "trade", "free", "technology", "investment", "defence", "defense", "military", "security", "border", "boundary",
  "nuclear", "energy", "gas", "oil", "visa", "readmission", "extradition", "fisheries", "water", "maritime", "migration",
  "transit", "peace", "ceasefire", "tax", "aviation", "space", "railway", "rail",
]);
const subjectsDisagree = (a: Signature, b: Signature): boolean => {
  const sa = [...a.words].filter((w) => SUBJECT_WORDS.has(w));
  const sb = [...b.words].filter((w) => SUBJECT_WORDS.has(w));
  return sa.length > 0 && sb.length > 0 && !sa.some((w) => sb.includes(w));
};

/**
 * "Britain's first post-Brexit trade deal with Japan" (headline) ... "the UK-Japan Comprehensive Economic Partnership
 * Agreement": a description that identifies a deal only by its parties is the one treaty between the same parties
 * the article names, when it names exactly one and the years do not disagree.
 */
function mergePartyDescriptions(treaties: ExtractedTreaty[], sigs: Map<ExtractedTreaty, Signature | null>, renamed: Map<string, string>, text: string): void {
  const sameParties = (a: Signature, b: Signature) => a.parties.size >= 2 && subset(a.parties, b.parties) && subset(b.parties, a.parties);
  for (let j = 0; j < treaties.length; j++) {
    const d = treaties[j] as ExtractedTreaty;
    const sd = sigs.get(d);
    if (!sd || sd.proper || sd.known || !DEAL_HEADS.has(sd.head)) continue;
    const named = treaties.filter((t) => {
      const st = sigs.get(t);
      return t !== d && st && (st.known || (st.proper && writtenAsName(t.name, text))) && sameParties(sd, st);
    });
    const other = treaties.filter((t) => t !== d && !named.includes(t) && sigs.get(t) && sameParties(sd, sigs.get(t) as Signature));
    const kept = named[0];
    const sk = kept ? sigs.get(kept) : undefined;
    if (named.length !== 1 || other.length > 0 || !kept || !sk || !DEAL_HEADS.has(sk.head)) continue;
    // "a mutual defence treaty signed in 1951, and under a 2014 defence agreement": another year, another treaty.
    const keptYears = new Set([kept.name, ...kept.aliases].flatMap((s) => s.match(/\b(?:18|19|20)\d\d\b/g) ?? []));
    const known = TREATIES.get(kept.name)?.year;
    if (known !== undefined) keptYears.add(String(known));
    if (sd.year && keptYears.size > 0 && !keptYears.has(sd.year)) continue;
    moveInto(kept, d, renamed, text);
    treaties.splice(j, 1);
    j--;
  }
}

// Words of no substance for telling two deals apart (besides FILLER): they describe almost any deal.
const GENERIC_SUBJECTS = new Set(["cooperation", "co-operation", "basic", "principles", "mutual", "joint", "new", "bilateral", "intergovernmental", "other", "further", "within", "under", "through", "over", "about"]);

/** The capitalised words of a description (not a name) that are no state: the other form has them all. */
function placesShared(t: ExtractedTreaty, own: Signature, other: Signature): boolean {
  if (own.proper) return true;
  return tokenize(t.name).slice(1).every((tok) => !tok.cap || !own.words.has(tok.lower) || other.words.has(tok.lower));
}

/**
 * "the intergovernmental agreement on the transshipment of Belarusian cargo through Russian seaports" ... "the
 * Russia-Belarus agreement on the transshipment of Belarusian oil products and other cargo through Russian ports":
 * two forms of the same kind of deal whose words of substance are mostly the same are one deal, when at most one is
 * a name, neither is a treaty the gazetteer knows, and their years, parties and places do not disagree.
 */
function sameSubject(sa: Signature, sb: Signature, a: ExtractedTreaty, b: ExtractedTreaty): boolean {
  // Two names are two treaties ("Basic Exchange and Cooperation Agreement", "Logistics Exchange Memorandum").
  if (sa.known || sb.known || (sa.proper && sb.proper) || sa.head !== sb.head || !DEAL_HEADS.has(sa.head)) return false;
  if (sa.year && sb.year && sa.year !== sb.year) return false;
  if (sa.parties.size && sb.parties.size && !subset(sa.parties, sb.parties) && !subset(sb.parties, sa.parties)) return false;
  // A place in a description ("the 1920 Tartu peace treaty") names it; the other must say it too.
  if (!placesShared(a, sa, sb) || !placesShared(b, sb, sa)) return false;
  const wa = new Set([...sa.words].filter((w) => !GENERIC_SUBJECTS.has(w) && w.length > 2));
  const wb = new Set([...sb.words].filter((w) => !GENERIC_SUBJECTS.has(w) && w.length > 2));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  const fewer = Math.min(wa.size, wb.size);
  // All of the shorter form's words of substance ("on military-technical cooperation"), or two and half of them.
  return shared > 0 && (shared === fewer || (shared >= 2 && shared * 2 >= fewer));
}

/** Where the article first writes any form of the treaty. */
function firstAt(t: ExtractedTreaty, text: string): number {
  const at = [t.name, ...t.aliases].map((f) => text.indexOf(f)).filter((i) => i >= 0);
  return at.length ? Math.min(...at) : -1;
}

/** Merges `gone` into `kept`: its name (when the article writes it) and aliases, its members, and the renaming. */
function moveInto(kept: ExtractedTreaty, gone: ExtractedTreaty, renamed: Map<string, string>, text: string): void {
  for (const alias of [gone.name, ...gone.aliases]) {
    if (alias !== kept.name && !kept.aliases.includes(alias) && (alias !== gone.name || text.includes(alias))) kept.aliases.push(alias);
  }
  for (const s of gone.members_mentioned) if (!kept.members_mentioned.includes(s)) kept.members_mentioned.push(s);
  for (const [from, to] of renamed) if (to === gone.name) renamed.set(from, kept.name);
  renamed.set(gone.name, kept.name);
}

/**
 * A description that only a named treaty of the article fits:
 * - "the EU's trade deal with Canada" and CETA, named in the article: its parties are the known treaty's members and
 *   it shares a word of its name;
 * - "the defense agreement signed by the United Kingdom and Germany in October" (lead) and "the Trinity House
 *   Agreement" named in the next paragraphs: a lead describes the deal the body then names, when the body names one.
 */
function mergeIntoNamed(treaties: ExtractedTreaty[], sigs: Map<ExtractedTreaty, Signature | null>, renamed: Map<string, string>, text: string): void {
  const paragraphOf = (at: number) => text.slice(0, at).split(/\n\s*\n/).length;
  for (let j = 0; j < treaties.length; j++) {
    const d = treaties[j] as ExtractedTreaty;
    const sd = sigs.get(d);
    if (!sd || sd.proper || sd.known || !DEAL_HEADS.has(sd.head)) continue;
    const isos = d.members_mentioned.map((n) => STATE_BY_NAME.get(n)).filter((x): x is string => x !== undefined);
    const named = treaties.filter((t) => {
      const st = sigs.get(t);
      return t !== d && st && (st.known || (st.proper && writtenAsName(t.name, text))) && DEAL_HEADS.has(st.head);
    });
    const byMembers = named.filter((t) => {
      const entry = TREATIES.get(t.name);
      const st = sigs.get(t) as Signature;
      return entry !== undefined && isos.length > 0 && isos.every((i) => entry.members.includes(i)) && [...sd.words].some((w) => st.words.has(w));
    });
    const dAt = firstAt(d, text);
    const byLead = named.filter((t) => {
      const st = sigs.get(t) as Signature;
      const tAt = firstAt(t, text);
      const tIsos = t.members_mentioned.map((n) => STATE_BY_NAME.get(n));
      const dated = [d.name, ...d.aliases].some((f) => /\b(?:18|19|20)\d\d\b/.test(f));
      return !st.known && st.parties.size === 0 && !dated && !subjectsDisagree(sd, st) && isos.length >= 2 && dAt >= 0 && tAt > dAt && paragraphOf(tAt) - paragraphOf(dAt) <= 2
        && (tIsos.length === 0 || isos.every((i) => tIsos.includes(i)));
    });
    const target = byMembers.length === 1 ? byMembers[0] : byMembers.length === 0 && byLead.length === 1 ? byLead[0] : undefined;
    if (!target) continue;
    moveInto(target, d, renamed, text);
    treaties.splice(j, 1);
    j--;
  }
}
