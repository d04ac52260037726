// The treaty vocabulary and text helpers the treaty recognisers share: head nouns, paragraph and sentence bounds,
// the salience of earlier mentions, and the parties written after a treaty's name.
import type { TreatyKind } from "../types.js";
import { TREATIES, type TreatyEntry } from "./gazetteer.js";
import type { Mention } from "./mentions.js";
import { isAbbreviationPeriod } from "./segment.js";
import { wordGap, type Token } from "./tokens.js";

// "the colonial-era pact", "the decades-old treaty", "the decade-long deal": the treaty's age, which says nothing of
// which one it is.
export const AGE_MODIFIER_RE = /^[a-z]+-(?:era|old|long)$/;
// Years of treaties the genre writes about: from the nineteenth century ("an 1893 agreement") on.
export const YEAR_RE = /^(18|19|20)\d\d$/;

export const gap = wordGap;

// Nouns that name a treaty or agreement, as the head of a definite description ("the deal") or of a name.
export const AGREEMENT_HEADS: ReadonlyMap<string, TreatyKind> = new Map(Object.entries({
  treaty: "TREATY", treaties: "TREATY", convention: "TREATY", conventions: "TREATY", charter: "TREATY", statute: "TREATY",
  agreement: "AGREEMENT", agreements: "AGREEMENT", deal: "AGREEMENT", deals: "AGREEMENT", accord: "AGREEMENT", accords: "AGREEMENT",
  pact: "AGREEMENT", memorandum: "AGREEMENT", protocol: "AGREEMENT", protocols: "AGREEMENT", act: "AGREEMENT", initiative: "AGREEMENT",
  corridor: "AGREEMENT", compact: "AGREEMENT", constitution: "TREATY", declaration: "AGREEMENT", document: "AGREEMENT", documents: "AGREEMENT",
  framework: "AGREEMENT", covenant: "TREATY", armistice: "AGREEMENT",
} satisfies Record<string, TreatyKind>));

// Lower-case heads of a treaty description ("the 2013 Brussels agreement", "a trilateral memorandum").
export const DESCRIBED_HEADS: ReadonlyMap<string, TreatyKind> = new Map(Object.entries({
  agreement: "AGREEMENT", treaty: "TREATY", accord: "AGREEMENT", pact: "AGREEMENT", memorandum: "AGREEMENT", protocol: "AGREEMENT",
  deal: "AGREEMENT", convention: "TREATY", charter: "TREATY", armistice: "AGREEMENT", ceasefire: "AGREEMENT", truce: "AGREEMENT", treaties: "TREATY", agreements: "AGREEMENT",
  accords: "AGREEMENT", protocols: "AGREEMENT", compact: "AGREEMENT",
} satisfies Record<string, TreatyKind>));

/** Kind of the treaty a mention names (the gazetteer's, or the one read from the text). */
export function treatyKindOf(m: Mention): TreatyKind | undefined {
  return m.kind ?? TREATIES.get(m.name)?.kind;
}

export function singular(w: string): string {
  return w.endsWith("ies") ? `${w.slice(0, -3)}y` : w.replace(/s$/, "");
}

export function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\n\s*\n/g)) starts.push((m.index ?? 0) + m[0].length);
  return starts;
}

export function paragraphAt(starts: readonly number[], offset: number): number {
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
export function salientAntecedent(cands: Array<{ m: Mention; score: number }>, at: number, starts: readonly number[]): Mention | undefined {
  if (cands.length === 0) return undefined;
  const best = Math.max(...cands.map((c) => c.score));
  const top = cands.filter((c) => c.score === best).map((c) => c.m);
  const para = paragraphAt(starts, at);
  const counts = new Map<string, number>();
  for (const m of top) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const near = top.filter((m) => para - paragraphAt(starts, m.start) <= 1).sort((a, b) => b.end - a.end);
  const recent = near[0];
  if (recent) {
    // A treaty named once in passing does not take "the convention" from the one the article is about: named in
    // its title or lead and again since.
    // The unnamed deal the title or lead reports being made is the article's topic from its first mention.
    // "the 2000 UN Convention against Transnational Organized Crime, known as the Palermo Convention": two names in
    // one paragraph are still one mention in passing.
    const recentParagraphs = new Set(top.filter((m) => m.name === recent.name).map((m) => paragraphAt(starts, m.start)));
    const topical = top.find((m) => m.name !== recent.name && (m.topic === true || (paragraphAt(starts, m.start) <= 2 && (counts.get(m.name) ?? 0) >= 2)));
    // The article's treaty, named in more paragraphs so far, keeps "the accord" from one the article turned to in a
    // paragraph or two ("... the 11-nation pact" / "the accord gave stability to Canadian companies").
    const topicalParagraphs = topical ? new Set(top.filter((m) => m.name === topical.name).map((m) => paragraphAt(starts, m.start))).size : 0;
    const passing = recentParagraphs.size === 1 || (recentParagraphs.size === 2 && topicalParagraphs >= 4);
    if (topical && passing && para - paragraphAt(starts, recent.start) >= 1) return topical;
  }
  if (recent) return recent;
  return top.sort((a, b) => (counts.get(b.name) ?? 0) - (counts.get(a.name) ?? 0) || b.end - a.end)[0];
}

const HEAD_WORDS = new WeakMap<Mention, string[]>();

export function headWords(text: string, m: Mention): string[] {
  let words = HEAD_WORDS.get(m);
  if (!words) {
    words = [m.name, text.slice(m.start, m.end)].flatMap((s) => s.toLowerCase().split(/[^a-z]+/)).filter(Boolean).map(singular);
    HEAD_WORDS.set(m, words);
  }
  return words;
}

const ATTACHED_TO_RE = /\sto\s+the\s/i;

/**
 * The words of the instrument itself, without the treaty it is attached to: "Second Optional Protocol to the
 * International Covenant ..." is a protocol, not a covenant.
 */
export function ownHeadWords(text: string, m: Mention): string[] {
  const forms = [m.name, text.slice(m.start, m.end)];
  if (!forms.some((f) => ATTACHED_TO_RE.test(f))) return headWords(text, m);
  return forms.flatMap((f) => (f.split(ATTACHED_TO_RE)[0] as string).toLowerCase().split(/[^a-z]+/)).filter(Boolean).map(singular);
}

// Lower-case words that may continue a treaty's name between capitalised words ("Treaty on X and Y between A and B").
export const NAME_CONNECTORS = new Set(["on", "of", "the", "and", "between", "within", "for", "in", "to", "with", "among", "concerning", "regarding", "against", "respecting", "relating"]);

// "the Schengen zone": the area a treaty made, named after it; not a form "the deal" can refer back to.
export const AREA_FORM_RE = /\s(?:area|zone|space)$/i;

// Months and weekdays, written out or cut short ("Sept"), and nothing that merely starts like one ("Marine", "Decree").
export const CALENDAR_RE = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;

/** "..., signed by Belarus and Russia", "... between A and B", "... with A": the parties named right after a treaty. */
export function partiesAfter(text: string, tokens: readonly Token[], b: number, mentions: readonly Mention[]): string[] {
  const t = tokens[b];
  if (!t) return [];
  const lead = /^(?:signed|concluded|agreed|reached)\s+(?:by|between|with)$|^(?:between|with)$/;
  const two = `${t.lower} ${tokens[b + 1]?.lower ?? ""} ${tokens[b + 2]?.lower ?? ""}`.split(" ");
  let from = -1;
  if (lead.test(`${two[0]} ${two[1]}`)) from = b + 2;
  else if (lead.test(two[0] ?? "")) from = b + 1;
  if (from < 0 || !tokens[from]) return [];
  const start = (tokens[from] as Token).start;
  // A list of parties runs over commas ("signed by Austria, Hungary and Slovakia").
  const stop = text.slice(start, start + 80).search(/[.;:!?]|,(?!\s+(?:and\s+)?(?:the\s+)?\p{Lu})|\s(?:in|on|at|to|that|which|who)\s/u);
  const end = start + (stop < 0 ? 80 : stop);
  return mentions.filter((m) => m.type === "State" && m.iso && m.start >= start && m.end <= end).map((m) => m.iso as string);
}

// Treaties (not organisations) by the place they were signed, as the gazetteer records it.
const TREATIES_BY_PLACE = new Map<string, TreatyEntry[]>();
for (const t of TREATIES.values()) {
  if (t.kind === "ORGANIZATION" || t.kind === "UNION") continue;
  for (const place of t.places ?? []) TREATIES_BY_PLACE.set(place, [...(TREATIES_BY_PLACE.get(place) ?? []), t]);
}
/** The treaties (not organisations) the gazetteer records as signed at `place` ("Kyoto", "Semipalatinsk"). */
export function treatiesSignedAt(place: string): readonly TreatyEntry[] {
  return TREATIES_BY_PLACE.get(place) ?? [];
}

export function sentenceAround(text: string, at: number): { start: number; end: number } {
  // "Iran released 10 U.S. Navy sailors ...": the period of an abbreviation ends no sentence.
  const from = Math.max(0, at - 400);
  let start = from;
  for (let k = at - 1; k >= from; k--) {
    if (text[k] === "\n" || (text[k] === "." && text[k + 1] === " " && !isAbbreviationPeriod(text, k))) { start = k + 1; break; }
  }
  const to = Math.min(text.length, at + 400);
  let end = to;
  for (let k = at; k < to; k++) {
    if (text[k] === "\n" || (text[k] === "." && /\s/.test(text[k + 1] ?? "") && !isAbbreviationPeriod(text, k))) { end = k; break; }
  }
  return { start, end };
}

const CLAUSE_REST = String.raw`[^,.;:()"“”]{0,130}?(?=[,.;:()"“”]|$)`;
// A clause after a description that says which treaty it is, up to the next punctuation: its parties in a phrase ("a
// 2003 treaty between the four countries", "... between the British and Irish" + "governments"), a participle ("a 1976
// convention limiting liability ..."), a relative clause ("whose term was extended ...", "in which united Germany
// recognised ..."), a contact clause of its signers ("the 2011 agreement the two governments signed on ..."), or a
// partner named by a description ("Moldova's free trade deal" + "with the bloc").
const CLAUSE_TAIL_RE = new RegExp(String.raw`^\s+(?:(?:between|among)\s+(?:the\s+)?[^,.;:()"“”]{2,50}?\b(?:countries|states|nations|governments|republics|sides|neighbou?rs)\b|with\s+the\s+(?:bloc|union|alliance)\b|(?:governments|authorities)\b|(?:limiting|banning|allowing|governing|covering|establishing|setting|creating|providing|guaranteeing|regulating|ending|granting|giving|permitting|barring|committing|obliging)\s+${CLAUSE_REST}|(?:whose|that|which|(?:in|under|by)\s+which)\s+${CLAUSE_REST}|(?:the\s+two\s+(?:countries|governments|sides|leaders|states)|\p{Lu}[\p{L}-]+(?:\s+and\s+\p{Lu}[\p{L}-]+)?)\s+(?:signed|agreed|reached|concluded)\b${CLAUSE_REST})`, "u");
// "the 2015 agreement signed in Khartoum", "an accord signed in Athens (with Russia and Greece in 2007)": the form that
// names only the place of signing.
const SIGNED_PLACE_RE = /^\s+(?:signed|reached|agreed|concluded)\s+(?:in|at)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?/u;
/** The forms of a treaty's description with the clause after it that says which one it is (see CLAUSE_TAIL_RE). */
export function clauseFormsOf(text: string, start: number, end: number): string[] {
  const after = text.slice(end, end + 180);
  const clause = CLAUSE_TAIL_RE.exec(after);
  const place = SIGNED_PLACE_RE.exec(after);
  const forms = [...(clause ? [text.slice(start, end + clause[0].length)] : []), ...(place ? [text.slice(start, end + place[0].length)] : [])];
  // "the 1990 treaty in which united Germany recognised the line as its border" + "was meant to ...": a description that
  // is its sentence's subject ends before the sentence's own verb.
  const main = clause ? /^(\s+\S+(?:\s+\S+){2,}?)\s+(?:was|were|is|are|had|has|have|would|will|could|remains|remained)\s/.exec(clause[0]) : null;
  if (main?.[1]) forms.push(text.slice(start, end + main[1].length));
  return forms;
}
