// Finds named persons: capitalised name runs with a cue (a known given name, an honorific or title, a role
// noun before, an apposition or a speech verb after, or the persons gazetteer), groups the mentions of one
// person (full name, variant spelling, surname, "Mr X") and reads roles from titles and appositions.
import type { Role } from "../types.js";
import { nameKey as rawNameKey } from "../../names.js";
import {
  FEMALE_HONORIFICS, FEMALE_NAMES, GIVEN_NAMES, HONORIFICS, MALE_NAMES, PERSON_BY_NAME, PERSON_BY_SURNAME, PERSON_HEADS, ROLE_NOUNS,
  KOREAN_SURNAMES, PERSONS, PROJECT_GIVEN_NAMES, SPEECH_VERBS, STATES, SURNAME_FIRST, TITLE_PHRASES, TREATIES, ORGS, type PersonEntry,
} from "./gazetteer.js";
import type { Mention } from "./mentions.js";
import { phraseWords, tokenAt, type Token } from "./tokens.js";

export interface PersonCluster {
  id: number;
  name: string;
  surnameKey: string;
  firstKey: string | null;
  forms: Set<string>;
  roles: Role[];
  /** (title word, state iso or org name) pairs for resolving "the Belarusian President". */
  roleKeys: Array<{ title: string; iso?: string; org?: string }>;
  gender: "m" | "f" | null;
  entry: PersonEntry | null;
  firstMention: number;
}

export interface PersonResult {
  clusters: PersonCluster[];
  mentions: Mention[];
}

// "a spokesman for the group, " before a name: a role noun with its "for/of" phrase, then the comma.
// ("The head of the Nordic team monitoring the truce, NAME,": what the role is of may run to a few words.)
const ROLE_FOR_RE = /\b([a-z]+)\s+(?:for|of)\s+the\s+(?:[\p{L}-]+\s+){0,5}[\p{L}-]+,\s+$/u;
// "The North's ambassador in London, NAME,": a role noun with the place it is held in.
const ROLE_IN_PLACE_RE = /\b([a-z]+)\s+(?:in|to|at|for|of)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2},\s+$/u;

// Name keys recur across articles ("Putin", "Lukashenko"); memoise them (bounded).
const keyCache = new Map<string, string>();

function nameKey(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = rawNameKey(s);
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(s, k);
  }
  return k;
}

const PARTICLES = new Set(["van", "von", "arap", "de", "der", "den", "bin", "ben", "al", "el", "da", "das", "dos", "du", "di", "del", "della", "la", "le", "ter", "ten", "ibn"]);
// Arabic article prefixed to a capitalised name part: "al-Assad", "el-Sisi", "bin-Salman".
const PARTICLE_NAME_RE = /^(?:al|el|ad|as|ash|at|az|ar|an|bin|ibn|abu|ben)-\p{Lu}/u;
function isParticleName(t: Token | undefined): boolean {
  return t !== undefined && !t.cap && PARTICLE_NAME_RE.test(t.text);
}
/** Generational suffixes after a surname: "Marcos Jr.", "Bush Sr.", "John Paul II". */
const NAME_SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
const REGNAL_RE = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3})$/;
// Titles of monarchs and popes, who are named by title and regnal name ("King Salman", "Emperor Akihito").
const REGNAL_TITLES = /^(?:King|Queen|Emperor|Empress|Emir|Sultan|Sheikh|Pope|Crown Prince|Prince|Princess)$/;
// Titles of church leaders, who are named by one name and a regnal number ("Patriarch Bartholomew", "Karekin II").
const CHURCH_TITLES = /^(?:Ecumenical Patriarch|Patriarch|Catholicos|Metropolitan)$/;
const ONE_NAME_RANKS = /^(?:Colonel|Col\.|Lieutenant|Brigadier|Sergeant|Mullah|Commander)$/;

/** A particle ("von", "der", "da") continues a name when more particles and then a capitalised word follow. */
function particleLeadsToName(text: string, tokens: readonly Token[], j: number): boolean {
  for (let k = j + 1; k < j + 3; k++) {
    const t = tokens[k];
    if (!t || text.slice((tokens[k - 1] as Token).end, t.start) !== " ") return false;
    if (t.cap || isParticleName(t)) return true;
    if (!PARTICLES.has(t.lower)) return false;
  }
  return false;
}

/** A role title or role noun ends right before token i ("defence minister", "Foreign Minister"). */
function roleBefore(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || !/^\s+$/.test(text.slice(prev.end, (tokens[i] as Token).start))) return false;
  if (ROLE_NOUNS.has(prev.lower)) return true;
  for (let n = 1; n <= 3 && i - n >= 0; n++) if (isTitle(tokens.slice(i - n, i).map((x) => x.text).join(" "))) return true;
  return false;
}
const NOT_NAME_WORDS = new Set([
  "the", "a", "an", "in", "on", "at", "but", "and", "he", "she", "it", "they", "we", "i", "his", "her", "their", "this", "that",
  "these", "those", "after", "before", "when", "while", "as", "if", "for", "with", "from", "by", "of", "to", "since", "despite",
  "against", "without", "into", "through", "between", "among", "within", "beyond",
  // Forms of address: "His Royal Highness told me ...".
  "highness", "majesty", "excellency", "holiness",
  "although", "according", "earlier", "later", "meanwhile", "however", "yesterday", "today", "last", "next", "some", "many",
  "all", "both", "other", "such", "pictured", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "our", "my", "your", "its", "there", "here", "what", "who", "why", "how", "where", "not", "no", "yes", "one", "two", "three",
  "mr", "mrs", "ms", "dr", "god", "cold", "war", "world", "north", "south", "east", "west", "western", "eastern", "northern",
  "southern", "central", "middle", "black", "baltic", "sea", "state", "union", "council", "ministry", "president", "minister",
  "secretary", "general", "prime", "foreign", "defence", "defense", "interior", "office", "house", "party", "government",
  "army", "forces", "force", "air", "navy", "court", "agency", "news", "press", "times", "post", "daily", "international",
  "national", "federal", "republic", "democratic", "people", "peoples", "summit", "conference", "treaty", "agreement",
  "organization", "organisation", "committee", "commission", "parliament", "assembly", "bank", "fund", "group", "centre",
  "center", "institute", "university", "hospital", "street", "square", "airport", "port", "stream", "pipeline", "brexit",
  "covid", "coronavirus", "novichok", "constitution", "charter", "staff", "station", "city", "region", "strategic",
  "management", "human", "rights", "also", "even", "just", "only", "then", "now", "so", "still", "yet", "thus", "every",
  "each", "any", "several", "few", "most", "more", "less", "new", "old", "former", "late", "early", "first", "second",
  "third", "top", "senior", "junior", "deputy", "acting", "interim", "chief", "head", "leader", "spokesman", "envoy",
  // Heads and topic words of institution and unit names ("Second European Department", "Agency for Atomic Energy",
  // "Coast Guard", "Panzer Brigade", "Peace Facility"): a name run cut after them keeps only the person.
  "department", "directorate", "bureau", "administration", "service", "services", "authority", "energy", "guard",
  "brigade", "division", "regiment", "battalion", "corps", "fleet", "facility", "command", "headquarters",
  // Heads of movements, companies and lines ("Polisario Front", "Westinghouse Electric", "Line of Actual Control").
  "front", "movement", "electric", "motors", "airlines", "airways", "holdings", "petroleum", "control", "act", "doctrine", "reserve", "gulf",
  // Portfolios closing a minister's title ("Minister of Agriculture and Food NAME", "... Industry and Trade NAME").
  "food", "trade", "industry", "affairs", "agriculture", "investment", "investments", "finance", "finances", "health", "justice",
  "economy", "development", "emergencies", "transport", "culture", "education", "labour", "labor", "environment", "ecology",
  "sport", "sports", "tourism", "communications", "digital", "innovation", "science", "technology", "housing",
  "infrastructure", "construction", "resources", "fisheries", "forestry", "welfare", "employment", "commerce", "security",
  "policy", "relations", "cooperation", "integration", "neighbourhood", "enlargement", "migration", "climate", "trade",
]);

const MINISTER_BEFORE_RE = /\b(?:Minister|Secretary|Commissioner|Envoy|Representative)\s+$/;
const COMPASS_SURNAMES = new Set(["West", "North", "South"]);
const MONTH_SURNAMES = new Set(["may", "march", "june", "april", "august"]);
/** An all-capitals word ("NATO") is no name word; a regnal number after a given name or a monarch's title is ("King Mohammed VI"). */
function allCaps(name: readonly Token[], t: Token, k: number, title: string | null): boolean {
  return t.text.length > 1 && t.text === t.text.toUpperCase() && !(k > 0 && REGNAL_RE.test(t.text)
    && (GIVEN_NAMES.has((name[k - 1] as Token).text) || (title !== null && (REGNAL_TITLES.test(title) || CHURCH_TITLES.test(title)))
      // "Malietoa Tanumafili II", "Fiame Mata'afa Faumuina Mulinu'u II": closing a name of three words or more.
      || (k >= 2 && k === name.length - 1)));
}

// A title and the capitalised complement it governs, up to an "and": "Minister of Water Resources and ", "Minister for
// Law, Human Rights, Immigration and ".
const TITLE_OF_BEFORE_RE = /\b(?:Minister|Ministry|Secretary|Chairman|Chairwoman|Head|Director|Commissioner|Committee)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*,?\s+){1,6}and\s+$/u;

/** A word that cannot be part of a name; "Theresa May", "Mrs May": a month is a surname after a given name or an honorific. */
function notName(text: string, t: Token): boolean {
  if (!NOT_NAME_WORDS.has(t.lower)) return false;
  if (!MONTH_SURNAMES.has(t.lower)) return true;
  const prev = /([\p{L}.]+) $/u.exec(text.slice(Math.max(0, t.start - 16), t.start))?.[1] ?? "";
  return !(GIVEN_NAMES.has(prev) || HONORIFICS.has(prev.replace(/\.$/, "")));
}
const FULL_NAME_MAX = 4;
// "(First) (Deputy) Minister (of State) of/for/in charge of PORTFOLIO(, PORTFOLIO and PORTFOLIO) (of the BODY (ACRONYM))" right before
// a name; group 1 is the title.
const PORTFOLIO_MINISTER_RE = /(?:^|[\s(])((?:(?:First|Deputy|Coordinating|Senior)\s+)*Minister(?:\s+of\s+State)?\s+(?:in\s+charge\s+of|of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:,?\s+(?:\p{Lu}[\p{L}-]*|and))*?)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(?:\s+\(\p{Lu}+\))?)?\s+$/u;
const ADVISER_TO_RE = /\b(?:Advis[eo]r|Assistant|Aide|Counsel(?:lor|or)?)\s+to\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+)?$/u;
const INSTITUTION_OF_RE = /\b(?:Court|Ministry|Department|Office|Bank|University|Council|Commission|Institute|Academy|Chamber|Board)\s+(?:of|for)\s+(?:the\s+)?$/;
const INDEFINITE_OPENER_RE = /(?:^|[.!?]["”’']?\s+|\n\s*)(?:A|An)\s+(?:[\p{L}-]+\s+){0,5}\p{Ll}[\p{L}-]*,\s+$/u;
const PLACE_OR_BODY_BEFORE_RE = /(?:\b(?:city|town|village|port|province|region|district|island|republic)\s+of|\b(?:Committee|Campaign|Coalition|Movement|Alliance|Society|Foundation|Fund|Institute|Centre|Center)\s+to)\s+$/;
// A lower-case place noun right after a name: the place is named after the person ("Ben Gurion airport").
const NAMED_PLACE_AFTER_RE = /^\s+(?:international\s+)?(?:airport|airbase|air\s+base|square|street|avenue|boulevard|bridge|stadium|mosque|cathedral)\b/;
const PLACE_APPOSITION_RE = /^,\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?:capital|city|town|port|village|province|region|district|island|enclave)\s+(?:of|in|on|near)\b/;
/** Post-nominal letters of barristers, parliamentarians and honours ("KC", "QC", "MP", "OBE"). */
const POST_NOMINALS = new Set(["KC", "QC", "SC", "MP", "MEP", "MSP", "OBE", "CBE", "MBE", "KBE", "DBE", "GCMG", "KCMG", "CMG"]);
/**
 * Russian-style patronymics: "Vladimirovich", "Sharipovich", "Ivanovna" by their suffix; a bare "-ich" only after a
 * given name's stem ("Ilyich"; "Uspaskich" and "Babich" are surnames).
 */
function isPatronymic(word: string): boolean {
  if (/^\p{Lu}\p{Ll}+(?:ovich|evich|ovna|evna)$/u.test(word)) return true;
  const stem = /^(\p{Lu}\p{Ll}+?)(?:ich|ichna)$/u.exec(word)?.[1];
  if (!stem) return false;
  return [stem, `${stem}a`, `${stem}y`, `${stem}i`, stem.replace(/y$/, "i"), stem.replace(/i$/, "y")].some((g) => GIVEN_NAMES.has(g));
}

interface Candidate {
  tokens: Token[];
  start: number;
  end: number;
  /** The name ends with a suffix and its period ("Jr."): the period belongs to the name. */
  dotted: boolean;
  honorific: string | null;
  titleStart: number | null;
  title: string | null;
  roleState: string | null;
  roleOrg: string | null;
  former: boolean;
  hasCue: boolean;
  /** Two or more capitalised name words outside the gazetteers: a name unless it is a place or a thing. */
  plausible: boolean;
}

export function recognisePersons(
  text: string, tokens: readonly Token[], consumed: ReadonlySet<number>, entityMentions: readonly Mention[],
): PersonResult {
  const candidates: Candidate[] = [];
  const mentionAt = new Map<number, Mention>();
  const possessorEnds = new Set<number>();
  for (const m of entityMentions) {
    mentionAt.set(m.start, m);
    // ("Egypt's NAME NAME", and a news outlet's correspondent: "The BBC's NAME NAME in Islamabad says".)
    if ((m.type === "State" && m.form === "name") || (m.type === "Organization" && ORGS.get(m.name)?.kind === "MEDIA")) possessorEnds.add(m.end);
  }

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    // A state's name used as a given name right after a role ("the defence minister Israel Katz").
    const stateAsGiven = consumed.has(i) && t.cap && mentionAt.get(t.start)?.type === "State" && mentionAt.get(t.start)?.end === t.end
      && text.slice(t.end, tokens[i + 1]?.start ?? t.end) === " " && Boolean(tokens[i + 1]?.cap) && !consumed.has(i + 1)
      && !NOT_NAME_WORDS.has(tokens[i + 1]?.lower ?? "") && roleBefore(text, tokens, i);
    if (!t.cap || (consumed.has(i) && !stateAsGiven)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const u = tokens[j] as Token;
      const g = text.slice((tokens[j - 1] as Token).end, u.start);
      const prevTok = tokens[j - 1] as Token;
      // "Ja’afari", "Al-Ja’fari": an apostrophe inside a transliterated name, before lower-case letters that are no clitic.
      // ("Mulinu'u": a Polynesian glottal stop before one letter too; never an English clitic, "Putin's", "Lavrov'll".)
      const innerApostrophe = (g === "'" || g === "’") && !u.cap && ((u.text.length >= 3 && /^\p{Lu}\p{Ll}{0,3}$/u.test(prevTok.text))
        || (/^\p{Lu}\p{Ll}+$/u.test(prevTok.text) && /^[aeiou]+$/.test(u.text) && !/^\p{L}/u.test(text.charAt(u.end))));
      // "George W. Bush", "J.R. Jayewardene": an initial, or initials joined by their periods, before the next name.
      const okGap = g === " " || g === "-" || (g === ". " && /^(?:\p{Lu}\.)*\p{Lu}$/u.test(prevTok.text)) || (/^['’]$/.test(g) && /^[OD]$/.test(prevTok.text) && u.cap) || innerApostrophe;
      if (!okGap || consumed.has(j)) break;
      // "Ulisses Correia e Silva": the Portuguese "e" joins two family names after a given name.
      const joinedSurnames = u.text === "e" && j - i >= 2 && prevTok.cap && tokens[j + 1]?.cap === true && text.slice(u.end, (tokens[j + 1] as Token).start) === " ";
      if (u.cap || innerApostrophe || isParticleName(u) || joinedSurnames || (PARTICLES.has(u.lower) && particleLeadsToName(text, tokens, j))) j++;
      else break;
    }
    const c = analyseRun(text, tokens, i, j, entityMentions, possessorEnds);
    if (c) candidates.push(c);
    i = j;
  }

  return buildClusters(text, tokens, candidates, entityMentions);
}

function analyseRun(
  text: string, tokens: readonly Token[], a0: number, b: number, entityMentions: readonly Mention[], possessorEnds: ReadonlySet<number>,
): Candidate | null {
  let a = a0;
  let honorific: string | null = null;
  let title: string | null = null;
  let previousTitle: string | null = null;
  let titleStart: number | null = null;
  // Strip leading function words, honorifics and titles.
  for (;;) {
    const t = tokens[a];
    if (!t || a >= b) break;
    if (HONORIFICS.has(t.text)) {
      honorific = t.text;
      a++;
      continue;
    }
    let tl = titleAt(tokens, a, b);
    // A capitalised role noun opening the sentence ("Organiser NAME", "Spokesman NAME").
    if (tl === 0 && ROLE_NOUNS.has(t.lower) && t.cap) tl = 1;
    // Modifiers before a title: "Enlargement Commissioner NAME", "Trade Envoy NAME".
    // ("Law Minister NAME NAME": a portfolio word before "Minister" is no given name, though a name list has it.)
    const portfolio = tokens[a + 1]?.text === "Minister" && b - a >= 4 && text.slice(t.end, (tokens[a + 1] as Token).start) === " ";
    if (tl === 0 && (!GIVEN_NAMES.has(t.text) || portfolio) && !PERSON_BY_NAME.has(nameKey(tokens.slice(a, b).map((x) => x.text).join(" ")))) {
      for (let k = a + 1; k < Math.min(b - 1, a + 3); k++) {
        const tk = titleAt(tokens, k, b);
        if (tk > 0 && k + tk < b) {
          tl = k + tk - a;
          break;
        }
      }
    }
    if (tl > 0 && a + tl < b) {
      titleStart ??= (tokens[a] as Token).start;
      previousTitle = title;
      title = tokens.slice(a, a + tl).map((x) => x.text).join(" ");
      a += tl;
      continue;
    }
    if (NOT_NAME_WORDS.has(t.lower) && a + 1 < b) {
      a++;
      titleStart = null;
      continue;
    }
    break;
  }
  let name = tokens.slice(a, b);
  if (name.length === 0) return null;
  // "Prime Minister Sheikh Hasina": after an office and before a lone given name, "Sheikh" is part of how the person is
  // named ("Sheikh Abdullah said" alone is a short form of a name given before).
  if (title === "Sheikh" && previousTitle !== null && name.length === 1 && GIVEN_NAMES.has((name[0] as Token).text)) {
    name = tokens.slice(a - 1, b);
    title = previousTitle;
  }
  // "Defence Minister Gen Nakatani": after an office and before one name word, an unabbreviated "Gen" is a given name
  // (an officer holding an office is "Defence Minister Gen. Ryamizard Ryacudu", with his full name).
  if (title === "Gen" && previousTitle !== null && name.length === 1 && text[(tokens[a - 1] as Token).end] !== ".") {
    name = tokens.slice(a - 1, b);
    title = previousTitle;
  }
  // "the UN Office in Geneva Gennady Gatilov": a place closing the title before a given name is no part of the name.
  const before = tokens[a - 1];
  if (name.length >= 3 && before && /^(?:in|at|to|of|from)$/.test(before.lower) && !PROJECT_GIVEN_NAMES.has((name[0] as Token).text) && PROJECT_GIVEN_NAMES.has((name[1] as Token).text)) {
    name = name.slice(1);
  }
  // "State Minister for Reconciliation Paata Zakareishvili": the portfolio after a minister's "for" or "of" closes the
  // title; with no given name the lists know to say where the name starts, the name is the last two words.
  if (name.length >= 3 && before && /^(?:for|of)$/.test(before.lower) && MINISTER_BEFORE_RE.test(text.slice(Math.max(0, before.start - 24), before.start))
    && !name.some((t) => GIVEN_NAMES.has(t.text) || PARTICLES.has(t.lower))) {
    name = name.slice(-2);
  }
  // "The Hague", "the Kremlin": a single word after the article is a place or institution, not a surname.
  if (name.length === 1 && a > a0 && (tokens[a - 1] as Token).lower === "the" && !title && !honorific) return null;
  // Ship names ("BRP X Y", "USS X") are not persons.
  if (tokens.slice(a0, b).some((x) => SHIP_PREFIXES.has(x.text)) || SHIP_PREFIXES.has(tokens[a0 - 1]?.text ?? "")) return null;
  // "Jane Doe KC", "John Roe MP": post-nominal letters after a name are not part of it, but mark it as a person's.
  let postNominal = false;
  while (name.length > 1 && POST_NOMINALS.has((name[name.length - 1] as Token).text)) {
    name = name.slice(0, -1);
    postNominal = true;
  }
  let kept = 0;
  let from = name.length;
  while (from > 0 && kept < FULL_NAME_MAX) {
    from--;
    if (!PARTICLES.has((name[from] as Token).lower)) kept++;
  }
  if (from > 0) name = name.slice(from);
  // "Minister of Water Resources and Irrigation NAME": the last word of a title's complement after "and" is no name.
  if (name.length >= 3 && tokens[a0 - 1]?.lower === "and" && a === a0 && TITLE_OF_BEFORE_RE.test(text.slice(Math.max(0, (name[0] as Token).start - 70), (name[0] as Token).start))) name = name.slice(1);
  // "the Russia-Africa Partnership Forum Oleg Ozerov", "Envoy on Climate Issues Ruslan Edelgeriyev": the end of a body's
  // name or a title before a given name is no part of the person's name.
  const givenAt = name.findIndex((t) => GIVEN_NAMES.has(t.text));
  // ("Heinz-Christian Strache": a given name joined by a hyphen to the word before is the end of a double given name.)
  const hyphenated = givenAt > 0 && /^[-\u2010\u2011]$/.test(text.slice((name[givenAt - 1] as Token).end, (name[givenAt] as Token).start));
  // ("Yeo Bee Yin", "Kao Kim Hourn": three short syllables are a name written surname first, whatever English name
  // the second spells.)
  const syllabic = name.length === 3 && givenAt === 1 && name.every((t) => /^\p{Lu}\p{Ll}{1,4}$/u.test(t.text))
    && !ROLE_NOUNS.has((name[0] as Token).lower) && !isTitle((name[0] as Token).text);
  if (givenAt > 0 && !hyphenated && !syllabic && name.length - givenAt >= 2 && !name.slice(0, givenAt).some((t) => PARTICLES.has(t.lower))) name = name.slice(givenAt);
  // "Governor of China's Heilongjiang Province Liang Huiling": a place's or body's head word ends its name; the
  // person's name is the two or more words after it.
  const featureAt = name.map((t) => FEATURE_HEADS.has(t.lower) && t.cap).lastIndexOf(true);
  if (featureAt >= 0 && name.length - featureAt - 1 >= 2) name = name.slice(featureAt + 1);
  // "King Mohammed VI", "Carl XVI Gustaf": a regnal number after a name word is part of the name.
  // "PJ Patterson", "SP Thamilselvan": two capitals before a surname are initials written without periods.
  const pairInitials = name.length === 2 && /^\p{Lu}{2}$/u.test((name[0] as Token).text) && /^\p{Lu}\p{Ll}+$/u.test((name[1] as Token).text);
  // "Kim Kardashian West": a compass word closing a name of three words that opens with a given name is a surname
  // ("the Far North region" is none).
  const compassSurname = name.length >= 3 && GIVEN_NAMES.has((name[0] as Token).text) && COMPASS_SURNAMES.has((name[name.length - 1] as Token).text);
  if (name.some((t, k) => (notName(text, t) && !(compassSurname && k === name.length - 1)) || /\d/.test(t.text) || (allCaps(name, t, k, title) && !initial(t) && !(pairInitials && k === 0)))) {
    // Keep only a trailing run of name-like words.
    let k = name.length;
    while (k > 0) {
      const t = name[k - 1] as Token;
      if ((notName(text, t) && !(compassSurname && k === name.length)) || /\d/.test(t.text) || (allCaps(name, t, k - 1, title) && !initial(t) && !(pairInitials && k === 1))) break;
      k--;
    }
    name = name.slice(k);
    if (name.length === 0) return null;
  }
  const first = name[0] as Token;
  const last = name[name.length - 1] as Token;
  const start = first.start;
  // "High Commissioner for Human Rights NAME": a title whose complement follows ("for ...", "of ...") is no name.
  if (!honorific && (isTitle((last as Token).text) || ROLE_NOUNS.has(last.lower)) && !GIVEN_NAMES.has(first.text) && /^\s+(?:for|of|to)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(last.end, last.end + 12))) return null;
  // Geographic features and buildings ("Kuril Islands", "Second Thomas Shoal", "Tahrir Square") are not persons.
  // ("King George Island", "Prince Edward Island": a place named after a monarch.)
  // ("Paul Chambers, a lecturer at ...": a given name and an apposition that says what the person does.)
  if (FEATURE_HEADS.has(last.lower) && !honorific && (!title || REGNAL_TITLES.test(title))
    && !(GIVEN_NAMES.has(first.text) && /^,\s+an?\s/.test(text.slice(last.end, last.end + 6)) && roleApposition(text.slice(last.end, last.end + 70)))) return null;
  // "Ben Gurion airport", "Rafik Hariri international airport": a place named after a person, its noun in lower case.
  if (!honorific && !title && NAMED_PLACE_AFTER_RE.test(text.slice(last.end, last.end + 30))) return null;
  // "Macao's Court of Final Appeal": words after an institution's "of" are its name's.
  if (!honorific && !title && name.length <= 3 && INSTITUTION_OF_RE.test(text.slice(Math.max(0, start - 24), start))) return null;
  // "Boa Vista, the capital of Roraima state": an apposition that says what kind of place it is.
  if (!honorific && !title && PLACE_APPOSITION_RE.test(text.slice(last.end, last.end + 48))) return null;
  // "in the city of Nizhny Novgorod", "the Committee to Protect Journalists": a place after the kind of place it is, and
  // the rest of a body's name after its "to".
  if (!honorific && !title && PLACE_OR_BODY_BEFORE_RE.test(text.slice(Math.max(0, start - 40), start))) return null;
  const end = last.end;
  // "Marcos Jr." keeps its period in the name; the mention itself ends at the word.
  const dotted = NAME_SUFFIXES.has(last.lower) && name.length > 2 && text[end] === ".";

  // Role from what precedes: "[Russian] [Foreign Minister] NAME", "[title] of [Belarus] NAME",
  // "her foreign minister NAME", "critic NAME".
  let roleState: string | null = null;
  let roleOrg: string | null = null;
  let former = false;
  let lowerRole = false;
  const runStart = tokens[a0] as Token;
  // "Deputy National Security Advisor to the US President Jon Finer": the title before the name is whom he advises,
  // not his own office.
  if (title && titleStart !== null && ADVISER_TO_RE.test(text.slice(Math.max(0, titleStart - 60), titleStart))) {
    title = null;
    titleStart = null;
  }
  const titleOrRunStart = titleStart ?? (honorific ? null : runStart.start);
  if (title) {
    const before = lastBefore(entityMentions, (m) => m.end <= (titleStart ?? start) && /^\s*$/.test(text.slice(m.end, titleStart ?? start)));
    if (before) ({ roleState, roleOrg } = roleTarget(before));
  } else if (titleOrRunStart !== null) {
    // Lower-case role words right before the name ("foreign minister", "critic", "spokesman").
    let k = a0 - 1;
    const words: Token[] = [];
    while (k >= 0 && words.length < 4) {
      const t = tokens[k] as Token;
      if (!/^\s+$/.test(text.slice(t.end, (tokens[k + 1] as Token).start))) break;
      if (t.cap || !(ROLE_NOUNS.has(t.lower) || ROLE_WORDS.has(t.lower))) break;
      words.unshift(t);
      k--;
    }
    if (words.length && words.some((w) => ROLE_NOUNS.has(w.lower))) {
      lowerRole = true;
      title = words.map((w) => w.text[0]?.toUpperCase() + w.text.slice(1)).join(" ");
      const before = lastBefore(entityMentions, (m) => m.end <= (words[0] as Token).start && (words[0] as Token).start - m.end <= 20);
      if (before && /^['’]?s?\s+(?:[a-z-]+\s+)?$/.test(text.slice(before.end, (words[0] as Token).start))) ({ roleState, roleOrg } = roleTarget(before));
    }
    // "Uzbek Minister of Water Resources NAME", "Minister in charge of Trade of the Eurasian Economic Commission (EEC)
    // NAME": a minister named by portfolio, of the state before the title or of the state or body after the portfolio.
    // ("Foreign Minister of Kazakhstan NAME": a state after "of" is whose minister, read below.)
    const portfolio = title ? null : PORTFOLIO_MINISTER_RE.exec(text.slice(Math.max(0, start - 140), start));
    const office = portfolio?.[1] ?? "";
    const at = portfolio ? start - portfolio[0].length + portfolio[0].indexOf(office) : -1;
    if (office && !entityMentions.some((e) => e.type === "State" && e.start > at && e.end <= at + office.length)) {
      title = office.replace(/\s+/g, " ");
      const whose = entityMentions.find((e) => e.start >= at + office.length && e.end <= start)
        ?? entityMentions.find((e) => e.type === "State" && e.end <= at && /^\s+$/.test(text.slice(e.end, at)));
      if (whose) ({ roleState, roleOrg } = roleTarget(whose));
    }
    // "the President of Belarus Alexander Lukashenko"; "Russian Ambassador to Norway Nikolay Korchunov": the title is
    // the ambassador's, the state before it the one he serves (the one after "to" is where).
    const lead60 = text.slice(Math.max(0, start - 60), start);
    const m = /(?:^|\s)((?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*) (of) ((?:the )?[A-Z][\w ]+?)\s+$/.exec(lead60)
      ?? /(?:^|\s)((?:[A-Z][\w'-]*\s){0,2}(?:[A-Z]|d['’])[\w'’-]*) (to|in|for) ((?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})\s+$/.exec(lead60);
    if (!title && m?.[1]) {
      const lead = m[1];
      const words1 = lead.split(" ");
      const titleFrom = words1.findIndex((_, i) => isTitle(words1.slice(i).join(" ")));
      const target = entityMentions.find((e) => e.end <= start && e.end >= start - 2 - 0 - 1 - 0 && text.slice(e.end, start).trim() === "");
      if (m[2] === "of" && isTitle(lead) && target) {
        title = lead;
        ({ roleState, roleOrg } = roleTarget(target));
      } else if (m[2] !== "of" && titleFrom >= 0 && target?.type === "State") {
        title = words1.slice(titleFrom).join(" ");
        const at = start - m[0].length + m[0].indexOf(lead);
        // ("Russian Ambassador", "Russia's Charge d'Affaires": the state in the title or its possessive before it.)
        const own = entityMentions.find((e) => e.type === "State" && ((e.start >= at && e.end <= at + lead.length) || /^['’]s\s+$/.test(text.slice(e.end, at))));
        if (own) ({ roleState, roleOrg } = roleTarget(own));
      }
    }
  }
  const prevWord = tokens[a0 - 1];
  if (prevWord?.lower === "former" || /\bformer\s+$/i.test(text.slice(Math.max(0, (titleStart ?? start) - 8), titleStart ?? start))) former = true;

  // Cues after the name: an apposition or a speech verb.
  const after = text.slice(end + (dotted ? 1 : 0), end + 40);
  const apposition = ((/^(?:['’]s)?,\s+(?:a|an|the|who|whose|\d+|[A-Z][\w]+['’]s|one|head|leader|chief|spokesman|president|former|now)\b/.test(after) || /^\s+[-–—]\s+(?:a|an|the)\b/.test(after))
      && !thingApposition(text.slice(end, end + 70), tokens[a0 - 1]?.lower === "the")) || /^\s+\((?:pictured|left|right|centre|center)/.test(after)
    || roleApposition(text.slice(end, end + 70));
  // A state's or an outlet's person: "Egypt's NAME NAME", "The BBC's NAME NAME" (two name words after the possessive).
  const possessor = a === a0 && /^['’]s\s+$/.test(text.slice(start - 3, start)) && possessorEnds.has(start - 3);
  // Inverted attribution: "..., said NAME," / "according to NAME".
  const prevTok = tokens[a - 1];
  const speechBefore = a === a0 && prevTok !== undefined && /^\s+$/.test(text.slice(prevTok.end, start)) && (SPEECH_VERBS.has(prevTok.lower) || (prevTok.lower === "to" && tokens[a - 2]?.lower === "according"));
  let nextIdx = tokenAt(tokens, end);
  while (nextIdx >= 0 && ["has", "have", "had", "also", "later", "then", "previously", "earlier", "repeatedly", "initially"].includes(tokens[nextIdx]?.lower ?? "")) nextIdx++;
  // "NAME, for his part, said": a parenthetical between the name and the speech verb.
  const parenVerb = /^,\s+(?:for (?:his|her|their) part|in (?:his|her|their) turn|in turn|meanwhile|however|though),\s+(?:also\s+)?([a-z]+)/.exec(text.slice(end, end + 50));
  // "The President of Republika Srpska noted ...": a name after a title's "of" is the place or body, not who speaks.
  const afterTitleOf = a === a0 && /\b(?:President|Minister|King|Queen|Emir|Sultan|Governor|Mayor|Head|Leader|Chairman|Speaker|Premier|Chancellor)\s+of\s+(?:the\s+)?$/.test(text.slice(Math.max(0, start - 40), start));
  const speechAfter = !afterTitleOf && (Boolean(parenVerb?.[1] && SPEECH_VERBS.has(parenVerb[1])) || nextIdx >= 0 && /^\s+$/.test(text.slice(end, (tokens[a0 > -1 ? nextIdx : 0] as Token | undefined)?.start ?? end) || " ") && SPEECH_VERBS.has(tokens[nextIdx]?.lower ?? ""));

  // "the deputy foreign minister, NAME NAME, added": a role noun and a comma before the name.
  // "A spokesman for the group, NAME NAME, said": the role noun may have its "for/of" phrase before the comma.
  // "A hardline MP, NAME NAME, said": a member of parliament by the abbreviation too.
  const roleBefore = tokens[a0 - 1];
  const roleNounBefore = ((ROLE_NOUNS.has(roleBefore?.lower ?? "") && !roleBefore?.cap) || roleBefore?.text === "MP" || roleBefore?.text === "MEP")
    && /^,\s+$/.test(text.slice(roleBefore?.end ?? 0, start));
  // "A petty criminal, NAME NAME, was ...", "A retired Indian navy officer, NAME NAME, said": a sentence opened by an
  // indefinite noun phrase that the name, between commas, says who it is.
  const roleComma = a === a0 && text[end] === ","
    && (roleNounBefore || ROLE_NOUNS.has(ROLE_FOR_RE.exec(text.slice(Math.max(0, start - 50), start))?.[1] ?? "")
      || ROLE_NOUNS.has(ROLE_IN_PLACE_RE.exec(text.slice(Math.max(0, start - 50), start))?.[1] ?? "")
      || (text[start - 2] === "," && INDEFINITE_OPENER_RE.test(text.slice(Math.max(0, start - 60), start))));

  // "his North Korean counterpart NAME", "his Chinese counterpart, NAME": a counterpart is a person, though
  // "Counterpart" is not their title.
  const counterpart = a === a0 && /^counterparts?$/.test(tokens[a0 - 1]?.lower ?? "") && /^,?\s+$/.test(text.slice((tokens[a0 - 1] as Token | undefined)?.end ?? 0, start));

  // "The Prime Minister's estranged brother, Lee Hsien Yang, joined ...": a full name after a word of kinship.
  const kinBefore = a === a0 && name.length >= 2 && KINSHIP_WORDS.has(tokens[a0 - 1]?.lower ?? "") && /^,?\s+$/.test(text.slice((tokens[a0 - 1] as Token | undefined)?.end ?? 0, start));

  // "Foreign ministers Fumio Kishida and Sergei Lavrov", "energy ministers Alexander Novak and Berat Albayrak": two
  // names after a plural role noun, or joined by "and" to a name with a known given name, are both persons.
  const pluralRole = a === a0 && name.length >= 2 && /\b(?:ministers|leaders|presidents|premiers|envoys|ambassadors|diplomats|officials|spokesmen|negotiators|counterparts)\s+$/i.test(text.slice(Math.max(0, start - 16), start));
  const coordinated = name.length >= 2 && (
    /^\s+and\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}/u.test(text.slice(end, end + 40)) && GIVEN_NAMES.has(/^\s+and\s+(\p{Lu}\p{Ll}+)/u.exec(text.slice(end, end + 40))?.[1] ?? "")
    || /\b(?:ministers|leaders|presidents|premiers|envoys|ambassadors|officials)\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}-]+\s+and\s+$/u.test(text.slice(Math.max(0, start - 60), start)));

  return {
    tokens: name, start, end, dotted, honorific, titleStart: titleStart ?? (lowerRole ? null : null), title, roleState, roleOrg, former,
    hasCue: Boolean(postNominal || honorific || title || apposition || speechAfter || speechBefore || roleComma || counterpart || pluralRole || coordinated || kinBefore),
    // ("Sri Lanka's Tamil Tiger rebels": a name before a group noun is the group's, no person's.)
    plausible: (possessor && !THING_HEADS.has(last.lower) && !GROUP_NOUN_AFTER_RE.test(text.slice(end, end + 16)) && name.filter((x) => !PARTICLES.has(x.lower)).length >= 2 && name.every((x) => x.cap ? x.text !== x.text.toUpperCase() || x.text.length === 1 : PARTICLES.has(x.lower) || isParticleName(x)))
      // "Tsai Ing-wen", "Moon Jae-in", "Choi Kang-min": a short family name and a hyphenated given name.
      || (name.length === 2 && KOREAN_SYLLABLE_RE.test((name[0] as Token).text) && KOREAN_HYPHENATED_RE.test((name[1] as Token).text)),
  };
}

const GROUP_NOUN_AFTER_RE = /^\s+(?:rebels|fighters|militants|forces|troops|separatists|guerrillas|insurgents|militia|militias|supporters|loyalists)\b/;
const KINSHIP_WORDS = new Set(["wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "widow", "widower", "cousin", "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "stepson", "stepdaughter"]);

/** Heads of capitalised names of things, not people ("Israel's Iron Dome", "Iran's Revolutionary Guards"). */
const THING_HEADS = new Set([
  "dome", "guards", "guard", "fleet", "forces", "force", "army", "navy", "plan", "initiative", "declaration", "act", "programme", "program",
  "team", "lab", "party", "front", "movement", "brigade", "brigades", "corps", "command", "directorate", "service", "council", "court",
  "bank", "fund", "company", "corporation", "group", "media", "agency", "accords", "accord", "treaty", "agreement", "pact", "doctrine",
  "bill", "code", "corp", "chiefs", "crescent", "county", "province", "district", "region", "belt", "law",
  // Instruments and charities ("the convention's Ban Amendment", "her charity Fair Aid").
  "amendment", "protocol", "convention", "charter", "resolution", "statute", "directive", "regulation", "aid", "relief",
]);
const HEAD_OFFICES = /^(?:President|Prime Minister|Chancellor|King|Queen|Pope|Supreme Leader|Secretary[- ]General|Premier|Emir|Crown Prince)$/;
const SHIP_PREFIXES = new Set(["BRP", "USS", "HMS", "HMAS", "HMCS", "INS", "RFS", "MV", "SS", "MS"]);
const FEATURE_HEADS = new Set([
  "islands", "island", "isles", "shoal", "shoals", "reef", "reefs", "atoll", "sea", "strait", "straits", "gulf", "bay", "river", "lake",
  "mountains", "mountain", "hills", "valley", "peninsula", "corridor", "dam", "canal", "square", "street", "avenue", "road", "bridge",
  "palace", "house", "hall", "building", "tower", "airport", "base", "port", "harbour", "harbor", "desert", "plain", "plateau", "heights",
  "coast", "cape", "ocean", "channel", "pass", "crossing", "field", "fields", "gate", "park", "stadium", "cathedral", "mosque", "church",
  // Bodies, companies and groups ("Norilsk Nickel", "Tullow Oil", "Law Lords", "Tamil Tigers", "Poppy Project"), besides
  // the heads of things in THING_HEADS.
  "oil", "capital", "nickel", "railway", "railways", "project", "phone", "chambers", "lords", "tigers", "tatars", "unity",
  "frontieres", "borders", "catholic", "catholics", "democrat", "democrats", "airlines", "airways", "institute", "foundation", "forum",
  "summit", "speech", "eve", "area",
  // Buildings, institutions and causes ("the Grand Hyatt Hotel", "Prussian Trust", "Jubilee Debt Campaign", "the Velvet
  // Revolution").
  "hotel", "tunnel", "hospital", "prison", "museum", "university", "college", "school", "embassy", "consulate", "trust", "campaign",
  "revolution", "leasing",
  // Newspapers ("the Solomon Star", "the Jakarta Post").
  "star", "times", "post", "herald", "tribune", "gazette", "journal", "telegraph", "chronicle",
  ...THING_HEADS,
]);

/** ", a 5.8 billion euro railway that ...": an apposition that says the name is a thing's, not a person's. */
function thingApposition(after: string, theBefore: boolean): boolean {
  const m = /^,\s+(?:a|an|the)\s+((?:[^,.;:!?()"“”]|\.(?=\d)){2,60})/.exec(after);
  if (!m?.[1]) return false;
  const words = m[1].split(/\s+/).slice(0, 7).map((w) => w.toLowerCase());
  // ("the Single Economic Space, a free trade zone": a name after "the"; not "warlord NAME, a deal that could ...".)
  return words.some((w) => FEATURE_HEADS.has(w) || (theBefore && THING_APPOSITION_HEADS.has(w))) && !words.some((w) => ROLE_NOUNS.has(w) || PERSON_HEADS.has(w));
}
// What an apposition says a named thing is ("the Single Economic Space, a free trade zone agreed by ...").
const THING_APPOSITION_HEADS = new Set(["zone", "area", "market", "union", "bloc", "grouping", "agreement", "treaty", "pact", "accord", "deal",
  "programme", "program", "scheme", "project", "initiative", "company", "firm"]);

/** ", chairperson of the X," / ", Northern Ireland's First Minister,": an apposition headed by a role noun. */
function roleApposition(after: string): boolean {
  const m = /^,\s+([^,.;:!?()"“”]{2,60})/.exec(after);
  if (!m?.[1]) return false;
  const words = (m[1].split(/\s+/).slice(0, 6)).map((w) => w.toLowerCase().replace(/['’]s$/, ""));
  return words.some((w) => ROLE_NOUNS.has(w) || PERSON_HEADS.has(w));
}

/** The surname token of a full name: the last word before a generational suffix ("Marcos" in "Marcos Jr."). */
// One or two pinyin syllables, written as one word: "Xiaoming", "Jingye", "Yi".
const PINYIN_SYLLABLE = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uan|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)";
const PINYIN_GIVEN_RE = new RegExp(`^${PINYIN_SYLLABLE}(?:${PINYIN_SYLLABLE})?$`);
// A Korean given name: two syllables as one hyphenated word ("Jae-in", "Geun-hye") or as two short words ("Suk Yeol").
const KOREAN_HYPHENATED_RE = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u;
const KOREAN_SYLLABLE_RE = /^\p{Lu}\p{Ll}{1,4}$/u;
/** "Liu Xiaoming", "Zhao Lijian", "Moon Jae-in", "Yoon Suk Yeol": a family name before its given name, as written words. */
function familyFirst(words: readonly string[]): boolean {
  const [family, given, second] = words;
  if (family === undefined || given === undefined) return false;
  if (KOREAN_SURNAMES.has(family) && (words.length === 2 ? KOREAN_HYPHENATED_RE.test(given)
    : words.length === 3 && second !== undefined && KOREAN_SYLLABLE_RE.test(given) && KOREAN_SYLLABLE_RE.test(second))) return true;
  return words.length === 2 && SURNAME_FIRST.has(family) && /^\p{Lu}\p{Ll}+$/u.test(given) && PINYIN_GIVEN_RE.test(given.toLowerCase());
}
// ("Lee Hsien Loong": a Korean family name before two syllables is read family first, as its cluster is keyed.)
function surnameFirst(name: readonly Token[]): boolean {
  return familyFirst(name.map((t) => t.text));
}

/** An initial ("W.") or initials joined by their periods ("J.R"), which are no all-capital word. */
const INITIALS_RE = /^\p{Lu}\.?$|^(?:\p{Lu}\.)+\p{Lu}$/u;
function initial(t: Token): boolean {
  return INITIALS_RE.test(t.text);
}

const surnameKeys = new Map<string, string>();
/** A surname's key without an Arabic article ("al-Sisi" and "Mr Sisi" are one person). */
function surnameKey(surname: string): string {
  let k = surnameKeys.get(surname);
  if (k === undefined) {
    k = nameKey(surname.replace(/^(?:al|el|ad|as|ash|at|az|ar|an)-(?=\p{Lu})/iu, ""));
    if (surnameKeys.size > 50_000) surnameKeys.clear();
    surnameKeys.set(surname, k);
  }
  return k;
}

function surnameOf(name: readonly Token[]): Token {
  const last = name[name.length - 1] as Token;
  return name.length > 2 && NAME_SUFFIXES.has(last.lower) ? (name[name.length - 2] as Token) : last;
}

function lastBefore(mentions: readonly Mention[], ok: (m: Mention) => boolean): Mention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (ok(m)) return m;
  }
  return undefined;
}

const ROLE_WORDS = new Set(["foreign", "defence", "defense", "interior", "prime", "affairs", "environment", "opposition", "policy", "justice", "finance", "economy", "energy", "trade", "health", "deputy", "vice", "former", "embattled", "veteran", "main", "chief", "senior", "top", "presidential", "election", "general", "state", "interim", "acting", "military", "intelligence", "kremlin", "lib", "dem", "climate", "change", "on", "security", "national"]);

function isTitle(s: string): boolean {
  const words = phraseWords(s);
  return TITLE_PHRASES.some((t) => t.length === words.length && t.every((w, i) => w === words[i]));
}

// Title phrases by first word, so a token is compared only with the titles that can start with it.
const TITLES_BY_FIRST = new Map<string, string[][]>();
for (const phrase of TITLE_PHRASES) {
  const first = phrase[0] ?? "";
  TITLES_BY_FIRST.set(first, [...(TITLES_BY_FIRST.get(first) ?? []), phrase]);
}

function titleAt(tokens: readonly Token[], a: number, b: number): number {
  for (const phrase of TITLES_BY_FIRST.get((tokens[a] as Token).lower) ?? []) {
    if (a + phrase.length > b) continue;
    if (!(tokens[a] as Token).cap) continue;
    if (phrase.every((w, k) => (tokens[a + k] as Token).lower === w)) return phrase.length;
  }
  return 0;
}

function roleTarget(m: Mention): { roleState: string | null; roleOrg: string | null } {
  if (m.type === "State") return { roleState: m.name, roleOrg: null };
  if (m.type === "Treaty" || m.type === "Organization") {
    if (m.iso) return { roleState: STATES.get(m.iso)?.name ?? null, roleOrg: null };
    return { roleState: null, roleOrg: m.name };
  }
  return { roleState: null, roleOrg: null };
}

/** "Zaw Min Tun" and "Zaw Naing Tun": two names of three whole words that share their ends are two people. */
function middleNamesDiffer(a: string, b: string): boolean {
  const x = a.split(/\s+/);
  const y = b.split(/\s+/);
  const mx = x[1] ?? "";
  const my = y[1] ?? "";
  return x.length === 3 && y.length === 3 && mx.length > 2 && my.length > 2 && !/\./.test(mx + my) && !similarFirstNames(nameKey(mx), nameKey(my));
}

/**
 * The same given name written another way: a short form or initial ("Al." for "Alexander"), or a transliteration
 * of about the same length ("Sergei"/"Sergey", "Aleksandr"/"Alexander"). "Mart" and "Martin" (father and son in one
 * article) are two names.
 */
function similarFirstNames(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && short.length <= 3) return true;
  if (a[0] !== b[0] || long.length - short.length > 1) return false;
  return editDistance(a, b) <= 2;
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0] as number;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j] as number;
      dp[j] = Math.min((dp[j] as number) + 1, (dp[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length] as number;
}

/** A given name the text writes (or none) agrees with a cluster's or entry's first name (or none). */
function givenAgrees(first: string | null, given: string | null): boolean {
  return given === null || first === null || similarFirstNames(first, given);
}

function buildClusters(text: string, tokens: readonly Token[], candidates: Candidate[], entityMentions: readonly Mention[]): PersonResult {
  const clusters: PersonCluster[] = [];
  const mentions: Mention[] = [];
  const assigned = new Map<Candidate, PersonCluster>();

  const newCluster = (name: string, entry: PersonEntry | null, at: number): PersonCluster => {
    const words = name.split(/\s+/);
    if (words.length > 2 && NAME_SUFFIXES.has((words[words.length - 1] ?? "").toLowerCase().replace(/\.$/, ""))) words.pop();
    // "Liu Xiaoming" is "Liu" on later mention: the family name comes first.
    const reversed = familyFirst(words);
    const c: PersonCluster = {
      id: clusters.length, name, surnameKey: surnameKey((reversed ? words[0] : words[words.length - 1]) ?? name),
      firstKey: words.length > 1 ? nameKey((reversed ? words[1] : words[0]) ?? "") : null, forms: new Set(), roles: [], roleKeys: [],
      gender: entry?.g ?? null, entry, firstMention: at,
    };
    clusters.push(c);
    return c;
  };

  // "Oyono Esono" after "Simeon Oyono Esono Angue": the two family names of a Spanish-style name, without the given
  // name before them or the name after, are the one person whose name holds them in that order.
  const innerRunOf = (surface: string): PersonCluster | undefined => {
    const fits = clusters.filter((k) => k.name.split(/\s+/).length >= 4 && k.name.slice(k.name.indexOf(" ")).includes(` ${surface} `));
    return fits.length === 1 ? fits[0] : undefined;
  };

  // Pass 1: full names (two or more words) that are persons; given name + patronymic waits for pass 1b.
  const patronymics: Candidate[] = [];
  for (const c of candidates) {
    if (c.tokens.length < 2) continue;
    // "Svetlana Alexievich": a woman's given name before a masculine "-ich" name is a surname, not a patronymic.
    const femaleWithIch = FEMALE_NAMES.has((c.tokens[0] as Token).text) && /ich$/.test((c.tokens[1] as Token | undefined)?.text ?? "");
    if (c.tokens.length === 2 && isPatronymic((c.tokens[1] as Token).text) && !femaleWithIch) {
      patronymics.push(c);
      continue;
    }
    // "Ja’afari" alone: one word written with an apostrophe; pass 2 reads it as a surname.
    if (c.tokens.every((t, idx) => idx === 0 || (!t.cap && /^['’]$/.test(text.slice((c.tokens[idx - 1] as Token).end, t.start))))) continue;
    // "von der Leyen", "al-Assad": particles and one name word are a surname; pass 2 reads them.
    // ("Haider al-Abadi", "Sabah al-Ahmad al-Sabah": a given name and particle names make a full name.)
    if (c.tokens.filter((t) => !PARTICLES.has(t.lower) && !isParticleName(t)).length < 2 && !((c.tokens[0] as Token).cap && !isParticleName(c.tokens[0]) && c.tokens.slice(1).every((t) => isParticleName(t)))) continue;
    const surface = text.slice(c.start, c.end + (c.dotted ? 1 : 0));
    const entry = PERSON_BY_NAME.get(nameKey(surface)) ?? null;
    const firstWord = (c.tokens[0] as Token).text;
    // "Abu Musab al-Zarqawi": a kunya ("father of") before a name and its particle name.
    const kunya = (firstWord === "Abu" || firstWord === "Umm") && c.tokens.length >= 3 && isParticleName(c.tokens[c.tokens.length - 1]);
    // An initial ("W. Bush") or initials ("J.R. Jayewardene") open a person's name, as does a Chinese family name before
    // a pinyin given name ("Liu Xiaoming").
    const isPerson = entry !== null || GIVEN_NAMES.has(firstWord) || c.hasCue || /^\p{Lu}\.$|^(?:\p{Lu}\.)+\p{Lu}$/u.test(firstWord) || c.plausible
      || surnameFirst(c.tokens) || kunya;
    if (!isPerson) continue;
    // "Botsan-Kharchenko" after "Alexander Botsan-Kharchenko": a hyphenated surname alone, not a given name + surname.
    const hyphenated = c.tokens.every((t, idx) => idx === 0 || text.slice((c.tokens[idx - 1] as Token).end, t.start) === "-");
    const bySurname = hyphenated ? clusters.find((k) => k.name.endsWith(` ${surface}`)) : undefined;
    if (bySurname) {
      assigned.set(c, bySurname);
      continue;
    }
    const reversed = surnameFirst(c.tokens);
    const sk = surnameKey(reversed ? firstWord : surnameOf(c.tokens).text);
    // ("Jean-Claude Gakosso": the given name is the whole first word, as the cluster keys it.)
    const fk = nameKey(reversed ? (c.tokens[1] as Token).text : (surface.split(/\s+/)[0] ?? firstWord));
    // "Mr Lund Poulsen" after "Troels Lund Poulsen", "Sassou Nguesso" after "Denis Sassou Nguesso": a multi-word
    // surname (or given names and surname without the first) repeated.
    // (The same full name again is the same person, however its words were keyed: "Naomi Mata'afa".)
    let cluster = clusters.find((k) => (entry && k.entry === entry) || (k.surnameKey === sk && (k.firstKey === null || similarFirstNames(k.firstKey, fk)) && !middleNamesDiffer(k.name, surface)))
      ?? clusters.find((k) => k.surnameKey === sk && k.name.endsWith(` ${surface}`)) ?? clusters.find((k) => nameKey(k.name) === nameKey(surface))
      ?? innerRunOf(surface);
    // "US Marine Joseph Scott Pemberton" after "Joseph Scott Pemberton": a word before a full name of three words
    // already read is a rank or title, no part of it.
    const ranked = cluster ? undefined : clusters.find((k) => k.surnameKey === sk && k.name.split(/\s+/).length >= 3 && surface.endsWith(` ${k.name}`)
      && surface.split(/\s+/).length === k.name.split(/\s+/).length + 1);
    if (ranked) cluster = ranked;
    else if (!cluster) cluster = newCluster(surface, entry, c.start);
    else {
      if (surface.split(/\s+/).length > cluster.name.split(/\s+/).length || cluster.firstKey === null) cluster.name = surface;
      cluster.firstKey ??= fk;
      cluster.entry ??= entry;
    }
    assigned.set(c, cluster);
  }

  // Pass 1b: "Alexander Grigoryevich" addresses a person by given name and patronymic: the person of the article
  // with that given name (and, when the gazetteer knows it, that patronymic), else a known office holder.
  for (const c of patronymics) {
    const given = nameKey((c.tokens[0] as Token).text);
    const patr = nameKey((c.tokens[1] as Token).text);
    const inArticle = clusters.filter((k) => k.firstKey !== null && similarFirstNames(k.firstKey, given) && (!k.entry?.patronymic || similarFirstNames(nameKey(k.entry.patronymic), patr)));
    let cluster = inArticle.length === 1 ? inArticle[0] : inArticle.find((k) => k.entry?.patronymic);
    if (!cluster) {
      const entry = PERSONS.find((e) => e.patronymic && similarFirstNames(nameKey(e.patronymic), patr) && similarFirstNames(nameKey(e.name.split(/\s+/)[0] ?? ""), given));
      if (entry) cluster = clusters.find((k) => k.entry === entry) ?? newCluster(entry.name, entry, c.start);
    }
    cluster ??= newCluster(text.slice(c.start, c.end), null, c.start);
    assigned.set(c, cluster);
  }

  // "Mr Bihi", "Bihi said" after "Muse Bihi Abdi": the middle name of the one three-word name named before that has it,
  // by which Somali leaders, among others, are known.
  const middleNameOf = (key: string, at: number): PersonCluster | undefined => {
    const fits = clusters.filter((k) => k.firstMention < at && k.name.split(/\s+/).length === 3 && nameKey(k.name.split(/\s+/)[1] ?? "") === key);
    return fits.length === 1 ? fits[0] : undefined;
  };

  // Pass 2: single words — surnames of a cluster, or of a gazetteer person when there is a cue or the name is distinctive.
  // A given name the text writes before the surname must agree ("Simon Harris" is not the gazetteer's Kamala Harris),
  // and a bare surname names a gazetteer person only when the article mentions their state or organisation, or the
  // surname is theirs alone and they led a state or organisation.
  const articlePlaces = new Set<string>();
  for (const m of entityMentions) {
    if (m.iso) articlePlaces.add(m.iso);
    if (m.type !== "State") articlePlaces.add(m.name);
  }
  const fitsArticle = (e: PersonEntry, shared: number): boolean =>
    e.offices.some(([, where]) => articlePlaces.has(where) || articlePlaces.has(canonicalOrg(where)))
    || (shared === 1 && e.offices.some(([title]) => HEAD_OFFICES.test(title)));
  const bodyStart = text.indexOf("\n") + 1;
  for (const c of candidates) {
    if (assigned.has(c)) continue;
    // "in The Hague" (a capital "The" inside a sentence), "the Hague tribunal": a place, and a court named after it.
    // ("the Trump administration" is the person's.)
    if (c.tokens.length === 1 && !c.title && !c.honorific && (/[\p{L},]\s+The\s+$/u.test(text.slice(Math.max(0, c.start - 8), c.start))
      || (/\bthe\s+$/.test(text.slice(Math.max(0, c.start - 5), c.start)) && /^\s+(?:tribunal|court)\b/.test(text.slice(c.end, c.end + 10))))) continue;
    const surface = text.slice(c.start, c.end);
    const surnameTok = surnameOf(c.tokens);
    const key = surnameKey(c.tokens.length === 1 || !/\s/.test(surface) ? surface : surnameTok.text);
    const givenTok = c.tokens.length > 1 ? c.tokens[c.tokens.indexOf(surnameTok) - 1] : undefined;
    // ("Al-Sharaa": the article "Al" is no given name.)
    const articleOnly = c.tokens.length === 2 && /^(?:al|el)$/i.test(givenTok?.text ?? "") && text.slice(givenTok?.end ?? 0, surnameTok.start) === "-";
    const given = givenTok && GIVEN_NAMES.has(givenTok.text) && !articleOnly ? nameKey(givenTok.text) : null;
    // "Sir Keir", "Dame Judi": knighthood honorifics go with the given name.
    if (c.tokens.length === 1 && (c.honorific === "Sir" || c.honorific === "Dame")) {
      const byGiven = clusters.find((k) => k.firstKey === key);
      if (byGiven) {
        assigned.set(c, byGiven);
        continue;
      }
    }
    // Of two people who share the surname ("Ilham Aliyev" ... "Aliyev's father Heydar Aliyev"), a bare surname is
    // the one the article introduced first, its subject; with none named before it, the nearest after it.
    const sharing = clusters.filter((k) => k.surnameKey === key && givenAgrees(k.firstKey, given));
    // "Her sister Khloe Kardashian" after "Robert Kardashian": a relative named in full with a first name no list knows
    // is a person of their own (or the one of that first name the article named before).
    const relative = given === null && givenTok && c.tokens.length === 2 && !c.title && !c.honorific && /^\p{Lu}\p{Ll}{2,}$/u.test(givenTok.text)
      && RELATION_BEFORE_RE.test(text.slice(Math.max(0, c.start - 16), c.start)) && sharing.length > 0 && sharing.every((k) => k.firstKey !== null);
    if (relative) {
      const first = nameKey(givenTok.text);
      assigned.set(c, sharing.find((k) => similarFirstNames(k.firstKey as string, first)) ?? newCluster(surface, null, c.start));
      continue;
    }
    // "His daughter, Gazelle Sharmahd, said" ... "Gazelle Sharmahd (pictured) said": a name written in full as a person
    // was named before is that person, not the first of the article's people with that surname.
    const sameName = c.tokens.length > 1 ? sharing.find((k) => k.name === surface) : undefined;
    if (sameName) {
      assigned.set(c, sameName);
      continue;
    }
    // (The headline does not introduce: "Boris Johnson's father Stanley applies ..." over a body that opens with
    // "Stanley Johnson, the father of Boris Johnson" is about Stanley.)
    const introduced = (k: PersonCluster): number => {
      let at = Infinity;
      for (const [o, kc] of assigned) if (kc === k && o.start >= bodyStart && o.start < at) at = o.start;
      return at === Infinity ? k.firstMention : at;
    };
    let cluster = sharing.filter((k) => k.firstMention < c.start).sort((x, y) => introduced(x) - introduced(y))[0]
      ?? sharing.sort((x, y) => Math.abs(x.firstMention - c.start) - Math.abs(y.firstMention - c.start))[0];
    // "Prime Minister Nawaz Sharif met army chief General Raheel Sharif. General Sharif said ...": a title before the
    // surname picks the one of them named with that title.
    const titleHead = c.title?.toLowerCase().split(/\s+/).pop();
    if (titleHead && sharing.length > 1) {
      const titled = sharing.filter((k) => [...assigned].some(([o, kc]) => kc === k && !o.former && o.title?.toLowerCase().split(/\s+/).pop() === titleHead));
      if (titled.length === 1) cluster = titled[0];
    }
    if (!cluster) {
      const bySurname = PERSON_BY_SURNAME.get(key) ?? [];
      const entry = PERSON_BY_NAME.get(nameKey(surface))
        ?? (c.title && REGNAL_TITLES.test(c.title) ? PERSON_BY_NAME.get(nameKey(`${c.title} ${surface}`)) : undefined)
        ?? bySurname.find((e) => givenAgrees(nameKey(e.name.split(/\s+/)[0] ?? ""), given) && (given !== null || c.title !== null || fitsArticle(e, bySurname.length)));
      if (entry) cluster = clusters.find((k) => k.entry === entry) ?? newCluster(entry.name, entry, c.start);
      else if (given !== null && givenTok) cluster = newCluster(text.slice(givenTok.start, c.end), null, c.start);
      // "Mr Anwar" after "Anwar Ibrahim": where a bare honorific name is nobody's surname but the given name of a
      // person the article has named, it addresses that person (Thai, Malay, Icelandic naming).
      else if (c.honorific && c.tokens.length === 1) cluster = clusters.find((k) => k.firstKey === key) ?? middleNameOf(key, c.start) ?? newCluster(surface, null, c.start);
      // "Prince Charles", "King Gyanendra": a monarch or prince known by one name is named with the title.
      // ("Sheikh Abdullah" after "Abdullah bin Zayed": the one named so before; "King George Island" is a place.)
      else if (c.tokens.length === 1 && c.title && REGNAL_TITLES.test(c.title) && !c.former && !/^\s+\p{Lu}/u.test(text.slice(c.end, c.end + 3))) {
        cluster = clusters.find((k) => k.firstKey === key) ?? newCluster(`${c.title} ${surface}`, null, c.start);
      }
      // "Patriarch Bartholomew", "Metropolitan Yevgeny": a church leader known by one name is named by it.
      else if (c.tokens.length === 1 && c.title && CHURCH_TITLES.test(c.title) && !c.former && !/^\s+\p{Lu}/u.test(text.slice(c.end, c.end + 3))) {
        cluster = clusters.find((k) => k.firstKey === key || k.surnameKey === key) ?? newCluster(surface, null, c.start);
      }
      // "Colonel Karuna", "Mullah Omar": a commander known by one name is named by it.
      // ("General Motors", "Major League": only ranks that name no company or thing.)
      else if (c.tokens.length === 1 && c.title && ONE_NAME_RANKS.test(c.title) && !c.former && !/^\s+\p{Lu}/u.test(text.slice(c.end, c.end + 3))) {
        cluster = clusters.find((k) => k.surnameKey === key) ?? newCluster(surface, null, c.start);
      }
      // "Mahathir said", "Muhyiddin, 72, took the oath": without an honorific too, a word that is nobody's surname but
      // the given name of exactly one person named before is that person.
      else if (c.tokens.length === 1) {
        const byGiven = clusters.filter((k) => k.firstKey === key && k.firstMention < c.start);
        if (byGiven.length === 1) cluster = byGiven[0];
        else if (byGiven.length === 0) cluster = middleNameOf(key, c.start);
      }
    }
    if (cluster) assigned.set(c, cluster);
  }

  for (const [c, cluster] of assigned) {
    const surface = text.slice(c.start, c.end + (c.dotted ? 1 : 0));
    cluster.forms.add(surface);
    if (c.honorific) {
      cluster.forms.add(text.slice(c.start - c.honorific.length - 1, c.end));
      if (FEMALE_HONORIFICS.has(c.honorific)) cluster.gender ??= "f";
      else if (c.honorific === "Mr") cluster.gender ??= "m";
    }
    if (c.titleStart !== null) cluster.forms.add(text.slice(c.titleStart, c.end + (c.dotted ? 1 : 0)));
    if (c.title) {
      const role: Role = { title: (c.former ? "Former " : "") + titleCase(c.title) };
      if (c.roleState) role.state = c.roleState;
      if (c.roleOrg) role.org = c.roleOrg;
      if (c.roleState || c.roleOrg) addRole(cluster, role);
      else cluster.roleKeys.push({ title: c.title.toLowerCase() });
    }
    mentions.push({ type: "Person", name: String(cluster.id), start: c.start, end: c.end, form: c.tokens.length > 1 ? "name" : "surname" });
  }
  relativesByGivenName(text, tokens, entityMentions, mentions, clusters, newCluster);

  for (const cluster of clusters) {
    const first = cluster.name.split(/\s+/)[0] ?? "";
    if (!cluster.gender && cluster.firstKey) cluster.gender = FEMALE_NAMES.has(first) ? "f" : MALE_NAMES.has(first) ? "m" : null;
    for (const o of cluster.entry?.offices ?? []) {
      const [title, where] = o;
      const iso = /^[A-Z]{2}$/.test(where) ? where : undefined;
      cluster.roleKeys.push({ title: title.toLowerCase(), ...(iso ? { iso } : { org: canonicalOrg(where) }) });
    }
    if (cluster.roles.length === 0 && cluster.entry) {
      const latest = [...cluster.entry.offices].sort((x, y) => (y[3] ?? 9999) - (x[3] ?? 9999))[0];
      if (latest) {
        const [title, where] = latest;
        addRole(cluster, /^[A-Z]{2}$/.test(where) ? { title, state: STATES.get(where)?.name ?? where } : { title, org: canonicalOrg(where) });
      }
    }
  }
  // Apposition roles: "NAME, Belarus's embattled president," / "NAME, the Russian foreign minister,"
  appositionRoles(text, tokens, mentions, clusters);
  realNames(text, mentions, clusters);
  otherNames(text, mentions, clusters);
  counterpartRoles(text, mentions, entityMentions, clusters);
  mentions.sort((a, b) => a.start - b.start);
  return { clusters, mentions };
}

// "his wife Yulia", "Mr Wrona's wife, Agnieszka", "whose daughter Megumi", "His brothers Vahid and Habib". The relation
// word is searched first (it is rare), then who it belongs to in the words before it.
const RELATIVE_RE = /\b(wife|husband|daughters?|sons?|brothers?|sisters?|mother|father|widow|niece|nephew|cousin|grandson|granddaughter),?\s+(\p{Lu}\p{Ll}+)(?:\s+and\s+(\p{Lu}\p{Ll}+))?/dgu;
const RELATIVE_OWNER_RE = /(?:\b([Hh]is|[Hh]er|[Tt]heir|[Ww]hose)|(\p{Lu}[\p{L}'’-]*)['’]s?)\s+(?:(?:\d+-year-old|late|eldest|youngest|elder|younger|teenage|two|three|estranged|current|former|first|second|ex-)\s*)?$/u;
const RELATION_BEFORE_RE = /\b(?:wife|husband|daughter|son|brother|sister|mother|father|widow|niece|nephew|cousin|grandson|granddaughter),?\s+$/;
const FEMALE_RELATIVES = new Set(["wife", "daughter", "daughters", "sister", "sisters", "mother", "widow", "niece", "granddaughter"]);

/**
 * A relative the article names by the given name alone takes the family name of the person it belongs to, as a
 * reader takes it ("Sergei Skripal and his daughter Yulia": Yulia Skripal), under that given name.
 */
function relativesByGivenName(
  text: string, tokens: readonly Token[], entityMentions: readonly Mention[], mentions: Mention[], clusters: PersonCluster[],
  newCluster: (name: string, entry: PersonEntry | null, at: number) => PersonCluster,
): void {
  const taken = (start: number) => mentions.some((m) => m.start <= start && m.end > start) || entityMentions.some((m) => m.start <= start && m.end > start);
  let sorted: Mention[] | undefined;
  for (const m of text.matchAll(RELATIVE_RE)) {
    const at = m.index ?? 0;
    const lead = RELATIVE_OWNER_RE.exec(text.slice(Math.max(0, at - 60), at));
    if (!lead) continue;
    const leadStart = at - lead[0].length;
    sorted ??= [...mentions].sort((x, y) => x.start - y.start);
    const owner = lead[1]
      ? lastBefore(sorted, (p) => p.type === "Person" && p.end <= leadStart)
      : sorted.find((p) => p.type === "Person" && p.end === leadStart + (lead[2]?.length ?? 0));
    const ownerCluster = owner ? clusters[Number(owner.name)] : undefined;
    const family = ownerCluster?.name.split(/\s+/);
    if (!ownerCluster || !family) continue;
    const surname = family[familyFirst(family) ? 0 : family.length - 1] as string;
    const relation = m[1] as string;
    for (const group of [2, 3]) {
      const given = m[group];
      const span = m.indices?.[group];
      if (!given || !span) continue;
      const [start] = span;
      const k = tokenAt(tokens, start);
      const tok = tokens[k];
      const next = tokens[k + 1];
      // "her husband Richard Ratcliffe": a full name is read as one.
      if (!tok || tok.start !== start || taken(start) || (next?.cap && text.slice(tok.end, next.start) === " ") || NOT_NAME_WORDS.has(tok.lower)) continue;
      const fk = nameKey(given);
      const sk = surnameKey(surname);
      const cluster = clusters.find((c) => c.surnameKey === sk && c.firstKey === fk) ?? newCluster(`${given} ${surname}`, null, start);
      cluster.forms.add(given);
      // "Lipolelo Thabane was shot dead" opening a sentence was read as a form of the one Thabane named before; once
      // the relative is known, her full name is hers.
      const full = `${given} ${surname}`;
      for (const other of clusters) {
        if (other === cluster || !other.forms.delete(full)) continue;
        cluster.forms.add(full);
        for (const p of mentions) if (p.name === String(other.id) && text.slice(p.start, p.end) === full) p.name = String(cluster.id);
      }
      cluster.gender ??= FEMALE_RELATIVES.has(relation) ? "f" : "m";
      mentions.push({ type: "Person", name: String(cluster.id), start, end: start + given.length, form: "given" });
    }
  }
}

function canonicalOrg(name: string): string {
  return TREATIES.get(name)?.name ?? ORGS.get(name)?.name ?? name;
}

function titleCase(s: string): string {
  // ("Minister in charge of Trade" keeps its lower-case phrase.)
  return s.split(/\s+/).map((w, i, all) => (/^(of|the|on|to|for|and|in)$/.test(w) || (w === "charge" && all[i - 1] === "in") ? w : (w[0]?.toUpperCase() ?? "") + w.slice(1))).join(" ");
}

function addRole(cluster: PersonCluster, role: Role): void {
  if (!cluster.roles.some((r) => r.title === role.title && r.state === role.state && r.org === role.org)) cluster.roles.push(role);
  const iso = role.state ? [...STATES.values()].find((s) => s.name === role.state)?.iso : undefined;
  cluster.roleKeys.push({ title: role.title.toLowerCase(), ...(iso ? { iso } : {}), ...(role.org ? { org: role.org } : {}) });
}

const APPOSITION_RE = /^,\s+(?:the\s+|a\s+|an\s+)?(?:([A-Z][\w.]+(?:\s[A-Z][\w]+)?)(?:['’]s?)\s+|([A-Z][a-z]+)\s+)?((?:[a-z-]+\s+){0,3}?)(president|prime minister|foreign minister|defence minister|defense minister|minister|leader|chancellor|secretary general|secretary-general|spokesman|spokeswoman|envoy|ambassador|premier)\b(?:\s+of\s+(?:the\s+)?([A-Z][\w]+(?:\s[A-Z][\w]+)?))?/;

const OFFICE_APPOSITION_RE = /^(?:\s*\((?:pictured|left|right|centre|center)[^)]{0,40}\))?,\s+the\s+((?:(?:acting|interim|deputy|new|incumbent)\s+)?(?:governor|mayor|speaker|chairman|chairwoman|senator|general|commander|prosecutor|commissioner|judge|president|prime minister|premier|minister|ambassador|envoy))\s*[,.]/;
const ACTING_AS_RE = /^(?:,[^.;"“”]{0,100},)?\s+as\s+(?:the\s+)?((?:acting|interim)\s+(?:governor|mayor|speaker|chairman|president|prime minister|premier|minister|leader|head))\b/;
function appositionRoles(text: string, _tokens: readonly Token[], mentions: Mention[], clusters: PersonCluster[]): void {
  for (const m of mentions) {
    const cluster = clusters[Number(m.name)];
    if (!cluster) continue;
    const after = text.slice(m.end, m.end + 150);
    // "NAME (pictured), the acting governor, said", "installed NAME, a 39-year-old MP ..., as acting governor": an office
    // the article gives without a state, so "the acting governor" can later be only this holder.
    const office = OFFICE_APPOSITION_RE.exec(after)?.[1] ?? ACTING_AS_RE.exec(after)?.[1];
    if (office && !cluster.roleKeys.some((r) => r.title === office)) cluster.roleKeys.push({ title: office });
    const am = APPOSITION_RE.exec(after.slice(0, 90));
    if (!am) continue;
    const where = am[1] ?? am[2] ?? am[5];
    if (!where) continue;
    const iso = stateIsoOf(where);
    const role = titleCase(am[4] ?? "");
    if (iso) addRole(cluster, { title: role, state: STATES.get(iso)?.name ?? where });
  }
}

// "Karuna, whose real name is Vinayagamoorthy Muralitharan,": the full name of a person the article calls by one name.
const REAL_NAME_RE = /^,?\s+(?:whose\s+real\s+name\s+is|real\s+name)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})/u;
function realNames(text: string, mentions: readonly Mention[], clusters: PersonCluster[]): void {
  for (const m of mentions) {
    const cluster = clusters[Number(m.name)];
    const real = REAL_NAME_RE.exec(text.slice(m.end, m.end + 80))?.[1];
    if (!cluster || !real || cluster.name.split(/\s+/).length > 1) continue;
    cluster.forms.add(cluster.name);
    cluster.name = real;
  }
}

// "Mr Osman, also known as NAME,", "NAME, a doctor known across Russia as NAME": another name of the same person, one
// of the person's forms.
const OTHER_NAME_RE = /^,?\s+(?:(?:an?\s+[\p{Ll}\s-]{2,60}?\s+)?(?:(?:also|better|widely|popularly)\s+)?known\s+(?:(?:across|in|throughout)\s+\p{Lu}\p{L}+\s+)?as|a\.k\.a\.?|aka|alias)\s+$/u;
function otherNames(text: string, mentions: Mention[], clusters: PersonCluster[]): void {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const m = sorted[i] as Mention;
    const other = sorted[i + 1] as Mention;
    const cluster = clusters[Number(m.name)];
    const second = clusters[Number(other.name)];
    if (!cluster || !second || cluster === second || !OTHER_NAME_RE.test(text.slice(m.end, other.start))) continue;
    for (const form of [second.name, ...second.forms]) cluster.forms.add(form);
    const merged = other.name;
    for (const x of mentions) if (x.name === merged) x.name = m.name;
  }
}

const COUNTERPART_RE = /\b(?:his|her)\s+(?:(\p{Lu}[\p{L}-]+)\s+)?counterparts?,?\s+$/u;
/**
 * "Speaking alongside his Japanese counterpart Toshimitsu Motegi, Mr Wang said": a counterpart holds the office the
 * other person of the sentence holds, in the state the demonym names, so "the foreign minister" can later be either.
 */
function counterpartRoles(text: string, mentions: readonly Mention[], entityMentions: readonly Mention[], clusters: PersonCluster[]): void {
  for (const m of mentions) {
    const windowStart = Math.max(0, m.start - 48);
    const cm = COUNTERPART_RE.exec(text.slice(windowStart, m.start));
    const cluster = clusters[Number(m.name)];
    if (!cm?.[1] || !cluster) continue;
    const demonymAt = windowStart + cm.index + cm[0].indexOf(cm[1]);
    const iso = entityMentions.find((e) => e.type === "State" && e.iso && e.start <= demonymAt && e.end > demonymAt)?.iso;
    if (!iso) continue;
    const sentStart = Math.max(text.lastIndexOf(". ", m.start), text.lastIndexOf("\n", m.start)) + 1;
    const after = text.slice(m.end).search(/[.!?](?:\s|$)/);
    const sentEnd = after < 0 ? text.length : m.end + after;
    const other = mentions.filter((o) => o !== m && o.name !== m.name && o.start >= sentStart && o.end <= sentEnd)
      .sort((a, b) => Math.abs(a.start - m.start) - Math.abs(b.start - m.start))[0];
    const holder = other ? clusters[Number(other.name)] : undefined;
    if (!holder) continue;
    for (const title of new Set(holder.roleKeys.filter((r) => r.iso && r.iso !== iso).map((r) => r.title))) {
      if (!cluster.roleKeys.some((r) => r.title === title && r.iso === iso)) cluster.roleKeys.push({ title, iso });
    }
  }
}

const stateIsoCache = new Map<string, string | null>();
function stateIsoOf(word: string): string | null {
  if (stateIsoCache.has(word)) return stateIsoCache.get(word) ?? null;
  let found: string | null = null;
  for (const s of STATES.values()) if (s.name === word) found = s.iso;
  stateIsoCache.set(word, found);
  return found;
}
