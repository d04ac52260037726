// Recognises states, treaties, blocs and other organisations: gazetteer names, demonyms that denote a state
// or its institutions ("the Polish Foreign Ministry", not "Polish communities"), capitals standing for
// governments ("Moscow said", not "in Moscow"), anaphors ("the alliance") and descriptions of known treaties
// ("a 1987 deal on missiles").
import {
  ANAPHORS, DEMONYM_EXCLUDED_HEADS, GIVEN_NAMES, LOCATION_HEADS, LOCATION_PREPOSITIONS, NOT_TREATIES, ORGS, PHRASES,
  RESTRICTED_DEMONYM_HEADS, TREATIES, stateName, type TreatyEntry,
} from "./gazetteer.js";
import type { TreatyKind } from "../types.js";
import type { Mention } from "./mentions.js";
import { isSubtitle } from "./segment.js";
import { cachedRegExp, tokenAt, tokenize, type Token } from "./tokens.js";
import { addDescribedTreaties, describedTail, knownTreatyOfYear, newestOf } from "./described-treaties.js";
import { addHeadlineDeal } from "./headline-deal.js";
import {
  AGE_MODIFIER_RE, AGREEMENT_HEADS, AREA_FORM_RE, CALENDAR_RE, DESCRIBED_HEADS, NAME_CONNECTORS, YEAR_RE, gap, headWords, ownHeadWords, paragraphAt, paragraphStarts,
  partiesAfter, salientAntecedent, sentenceAround, singular, treatiesSignedAt, treatyKindOf,
} from "./treaty-text.js";

export interface EntityResult {
  mentions: Mention[];
  /** Token indices covered by an entity name (persons are not looked for there). */
  consumed: Set<number>;
}

const AGREEMENT_NOUNS = new Set(["agreement", "agreements", "deal", "treaty", "accord", "accords", "pact", "memorandum", "act", "protocol", "declaration"]);

export function recogniseEntities(text: string, tokens: readonly Token[]): EntityResult {
  const mentions: Mention[] = [];
  const consumed = new Set<number>();
  const pendingGeneric: Array<{ start: number; end: number; names: string[]; from: number; to: number }> = [];

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
      // "South American bloc", "Latin American states": a continent's adjective, not the United States.
      const continental = target.form === "demonym" && first.text === "American" && prev !== undefined && /^\s+$/.test(prevGap) &&
        CONTINENT_QUALIFIERS.has(prev.text);
      // ("ethnic Albanians", "ethnic Armenian forces": a people, not the state.)
      const ethnic = (target.form === "demonym" || target.form === "demonym-plural") && prev?.lower === "ethnic";
      if (continental || ethnic || (target.form === "demonym" && !demonymDenotesState(text, tokens, i + match.length, target.iso, prev))) {
        i += match.length - 1;
        continue;
      }
      // "the South China Sea", "the Irish Sea", "the Sea of Japan": a state's name or adjective inside a geographic name.
      const feature = (next && /^\s+$/.test(nextGap) && GEOGRAPHIC_FEATURES.has(next.text)) ||
        (prev?.lower === "of" && /\b(?:Sea|Gulf|Strait|Bay)\s+of\s+$/.test(text.slice(Math.max(0, first.start - 12), first.start)));
      if (target.form !== "capital" && feature) {
        i += match.length - 1;
        continue;
      }
      // "British India", "French Algeria": one state's adjective before another state's name is a historical
      // (colonial) polity, a mention of neither state.
      if (target.form === "demonym" && next?.cap && nextGap === " ") {
        const after = PHRASES.match(text, tokens, i + match.length);
        if (after?.target.kind === "state" && after.target.form === "name" && after.target.iso !== target.iso) {
          for (let k = i + match.length; k < i + match.length + after.length; k++) consumed.add(k);
          i += match.length + after.length - 1;
          continue;
        }
      }
      // "LUXEMBOURG (Reuters)", "the Court of Justice in Luxembourg": a state whose capital has its name, and where the
      // EU's court and ministers sit, is named as a place the way a capital is.
      // ("Ambassador to Luxembourg" is the state's.)
      const capitalNamed = target.form === "name" && CAPITAL_NAMED_STATES.has(target.iso) && (prev === undefined || prev.lower === "in" || /\n\s*$/.test(prevGap));
      if ((target.form === "capital" || capitalNamed) && !capitalStandsForGovernment(text, first, prev, prevGap, next, nextGap)) {
        i += match.length - 1;
        continue;
      }
      // "Georgia Meloni", "Jordan Bardella": a state name that is really a given name.
      // "France-Albert Rene": a state name hyphened to a given name is a double given name.
      if (target.form === "name" && next?.cap && ((GIVEN_NAMES.has(first.text) && nextGap === " " && !PHRASES.match(text, tokens, i + 1))
        || (nextGap === "-" && GIVEN_NAMES.has(next.text) && tokens[i + match.length + 1]?.cap === true))) {
        for (let k = i; k < i + match.length; k++) consumed.delete(k);
        i += match.length - 1;
        continue;
      }
      mentions.push({ type: "State", name: stateName(target.iso), ...span, form: target.form, iso: target.iso });
    } else if (target.kind === "treaty") {
      // "Britain's first post-Brexit trade deal with Japan": a description the gazetteer lists, tied by "with" to a
      // state that is no party to that treaty, describes another one.
      // "the Second CIS Department": a ministry's unit named after the organisation, not a mention of it.
      const unit = next?.cap && /^\s$/.test(nextGap) && UNIT_HEADS.has(next.text);
      // "the European Convention on Extradition": a listed short name that a longer capitalised name continues is
      // part of that other name ("European Convention" alone is the one on Human Rights).
      const continued = first.cap && next && /^\s$/.test(nextGap) && (next.lower === "on" || next.lower === "of") && !next.cap
        && /^\s+(?:the\s+)?\p{Lu}/u.test(text.slice(next.end, next.end + 6)) && !(tokens[i + match.length + 1] && PHRASES.match(text, tokens, i + match.length + 1)?.target.kind === "state")
        && !(tokens[i + match.length + 1]?.lower === "the" && PHRASES.match(text, tokens, i + match.length + 2)?.target.kind === "state");
      const surface = text.slice(span.start, span.end);
      const rest = target.name.startsWith(`${surface} `) ? target.name.slice(surface.length) : "";
      if (unit || (continued && /^ (?:on|of) /.test(rest) && !text.startsWith(rest, span.end)) || (!first.cap && withNonParty(text, tokens, i + match.length, target.name))) {
        for (let k = i; k < i + match.length; k++) consumed.delete(k);
        i += match.length - 1;
        continue;
      }
      // "the 1949 North Atlantic Treaty": the year written before the name belongs to it.
      const entryKind = TREATIES.get(target.name)?.kind;
      const year = entryKind === "ORGANIZATION" || entryKind === "UNION" ? undefined : yearBefore(text, tokens, i);
      const known = TREATIES.get(target.name)?.year;
      // "the Treaty of Lisbon of 1668", "the 1668 Treaty of Lisbon": a year far from the known treaty's says that the
      // name is another treaty's.
      const yearAfter = /^ of ((?:1[5-9]|20)\d\d)\b/.exec(text.slice(span.end, span.end + 9))?.[1];
      const written = year ?? (yearAfter ? Number(yearAfter) : undefined);
      if (known !== undefined && written !== undefined && Math.abs(written - known) > 3 && entryKind !== "ORGANIZATION" && entryKind !== "UNION") {
        for (let k = i; k < i + match.length; k++) consumed.delete(k);
        i += match.length - 1;
        continue;
      }
      const y = year ?? known;
      // "the Collective Security Treaty of 1992": the treaty's own year written after the name also belongs to it.
      const ofYear = year === undefined && known !== undefined && entryKind !== "ORGANIZATION" && entryKind !== "UNION"
        ? cachedRegExp(`^ of ${known}\\b`).exec(text.slice(span.end, span.end + 9)) : null;
      // "the South Asian Free Trade Area agreement", "the Safta deal": the name with a treaty noun after it is a form
      // of it too (not for an organisation or union: "the EU deal" is another treaty).
      const nounAfter = entryKind !== "ORGANIZATION" && entryKind !== "UNION" && !ofYear ? /^ (?:agreement|deal|pact|accord|treaty)\b/.exec(text.slice(span.end, span.end + 11)) : null;
      const forms = ofYear ? [text.slice(span.start, span.end)] : nounAfter ? [text.slice(span.start, span.end + nounAfter[0].length)] : [];
      mentions.push({
        type: "Treaty", name: target.name, start: year ? (tokens[i - 1] as Token).start : span.start, end: span.end + (ofYear ? ofYear[0].length : 0), form: "name",
        // (The name as written without the year is a form of it too.)
        ...(forms.length ? { aliases: forms } : {}),
        ...(y ? { year: y } : {}),
      });
    } else if (target.kind === "treaty-context") {
      // "EU-Georgia Association Agreement", "Stabilisation and Association Agreement": a qualified name is its own.
      // ... but "a European Union association agreement with Ukraine": the bloc is one side, the context says which.
      const afterBloc = prev !== undefined && mentions.some((m) => m.type === "Organization" && m.end === prev.end);
      const qualified = prev && !afterBloc && /^[ \t\u00a0\-\u2013]{1,2}$/.test(prevGap) &&
        ((prev.cap && !NAME_STOP_CAPS.has(prev.text)) || (prev.lower === "and" && tokens[i - 2]?.cap === true));
      if (qualified) {
        for (let k = i; k < i + match.length; k++) consumed.delete(k);
      } else {
        pendingGeneric.push({ start: span.start, end: span.end, names: target.names, from: i, to: i + match.length });
      }
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

  resolveBareCongo(text, mentions);
  readStateUnion(text, mentions);
  addPrefixedTreaties(text, tokens, mentions, consumed);
  addPrefixedStates(tokens, mentions, consumed);
  mentions.sort((a, b) => a.start - b.start);
  resolveGenericNames(text, mentions, consumed, pendingGeneric);
  addUnknownTreaties(text, tokens, mentions, consumed);
  addAcronymMentions(text, tokens, mentions, consumed);
  mergeAlsoKnownAs(text, mentions);
  addDescriptors(text, tokens, mentions, consumed);
  mentions.sort((a, b) => a.start - b.start);
  addNicknamedTreaties(text, tokens, mentions, consumed);
  addDescribedTreaties(text, tokens, mentions, consumed);
  addDescribedInitialisms(text, tokens, mentions, consumed);
  addHeadlineDeal(text, tokens, mentions);
  mentions.sort((a, b) => a.start - b.start);
  addUnnamedCeasefire(text, tokens, mentions);
  addAnaphors(text, tokens, mentions);
  addPronounReferences(text, mentions);
  addArticleReferences(text, mentions);
  extendNamesByParties(text, mentions);
  addPlaceShortForms(text, tokens, mentions);
  addPlaceNounReferences(text, mentions);
  mergePartyQualifiedNames(mentions);
  mergeRedescribedTreaties(text, mentions);
  mergeDescribedIntoName(text, mentions);
  addStatesInTreatyNames(text, tokens, mentions);
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, consumed };
}

/**
 * "the Belgium-Luxembourg Economic Union", "the EU-Georgia Association Agreement": states a treaty's name joins with a
 * dash are states the article names (annotators list them), though the name, not they, is the mention there.
 * Added last, so no treaty rule reads them as parties of their own.
 */
function addStatesInTreatyNames(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const names = mentions.filter((m) => m.type === "Treaty" && m.form === "name" && /\p{L}[-–]\p{Lu}/u.test(text.slice(m.start, m.end)));
  for (const m of names) {
    for (let i = tokenAt(tokens, m.start); i < tokens.length && (tokens[i] as Token).end <= m.end; i++) {
      // (The name itself is the longest match at its first word: "Belgium", "US" are looked up alone there.)
      const first = tokens[i] as Token;
      const whole = PHRASES.match(text, tokens, i);
      const match = whole?.target.kind === "state" ? whole : PHRASES.match(text, [first], 0);
      const iso = match?.target.kind === "state" && !match.target.form.startsWith("demonym") ? match.target.iso : undefined;
      const last = match === whole && whole ? tokens[i + whole.length - 1] as Token : first;
      if (!iso || last.end > m.end || !(/[-–]$/.test(text.slice(first.start - 1, first.start)) || /^[-–]/.test(text.slice(last.end, last.end + 1)))) continue;
      mentions.push({ type: "State", name: stateName(iso), start: first.start, end: last.end, form: "in-name", iso });
      i = tokenAt(tokens, last.end) - 1;
    }
  }
}

const DESCRIBED_HEAD_RE = /\b(treaty|agreement|accord|pact|convention|protocol|memorandum|declaration|armistice|deal)s?\b/i;
/** The head noun of a treaty mention as the article writes it ("treaty" of "the 1996 basic treaty between ..."). */
function writtenHead(text: string, m: Mention): string | undefined {
  return DESCRIBED_HEAD_RE.exec(text.slice(m.start, m.end))?.[1]?.toLowerCase();
}
// Words of a description that say nothing of what the treaty is about.
const PLAIN_DESCRIPTION_WORDS = new Set(["the", "a", "an", "this", "that", "its", "their", "between", "and", "with", "by", "of", "in", "at", "on", "signed",
  "two", "three", "countries", "states", "sides", "nations", "governments", "neighbours", "neighbors", "basic", "bilateral", "intergovernmental", "new", "landmark", "historic"]);
/** What a description says the treaty is about: its lower-case words beyond the year, head, parties and linking words. */
function topicWordsOf(text: string, m: Mention, head: string): Set<string> {
  return new Set(text.slice(m.start, m.end).split(/[^\p{L}-]+/u).filter((w) => w && !/^\p{Lu}/u.test(w) && w.toLowerCase() !== head && !PLAIN_DESCRIPTION_WORDS.has(w.toLowerCase())).map((w) => w.toLowerCase()));
}
/** "the treaty on security guarantees": a description that is its head, then "on" and its subject, as a title is written. */
function titleForm(text: string, m: Mention, head: string): boolean {
  return cachedRegExp(`^(?:the\\s+)?${head}\\s+on\\s+\\p{Ll}`, "iu").test(text.slice(m.start, m.end));
}
/**
 * "The treaty on friendship, good-neighbourliness and cooperation": a title form that names the treaty, not one that
 * goes on to say when or by whom it was made ("The agreement on organized recruitment signed in 2019"), as a
 * description does.
 */
function titledDescription(text: string, m: Mention, head: string): boolean {
  return titleForm(text, m, head) && !/^\s+(?:signed|concluded|agreed|reached)\b/.test(text.slice(m.end, m.end + 12));
}
/** The states a mention's own words name ("between Russia and the Democratic People's Republic of Korea"). */
function partiesWithin(mentions: readonly Mention[], m: Mention): Set<string> {
  return new Set(mentions.filter((s) => s.type === "State" && s.iso && s.start >= m.start && s.end <= m.end).map((s) => s.iso as string));
}

/**
 * One treaty described twice: "the treaty signed by the two countries in Timisoara in 1996" ... "the 1996 basic
 * treaty between Romania and Hungary" (the same year, head noun and parties), and "the Russia-DPRK treaty" after the
 * article has named the treaty between Russia and the DPRK. The later description is the treaty first listed.
 */
function mergeRedescribedTreaties(text: string, mentions: Mention[]): void {
  const treaties = mentions.filter((m) => m.type === "Treaty").sort((a, b) => a.start - b.start);
  const renamed = new Map<string, string>();
  const firstOf = new Map<string, Mention>();
  for (const m of treaties) if (!firstOf.has(m.name)) firstOf.set(m.name, m);
  const firsts = [...firstOf.values()];
  for (const later of firsts) {
    if (later.form !== "described" || TREATIES.has(later.name)) continue;
    const head = writtenHead(text, later);
    if (!head) continue;
    const laterParties = new Set(later.members ?? []);
    // Only the parties and the head: "the Russia-DPRK treaty", "the US-Iraq agreement".
    const pairWords = /^(?:the|The)\s+(\S+)\s+(\S+)$/.exec(text.slice(later.start, later.end));
    const pairOnly = laterParties.size === 2 && pairWords?.[2] === head && PARTY_PAIR_RE.test(pairWords[1] ?? "");
    // "the treaty on security guarantees" ... "the treaty on security guarantees within the Union State": the same
    // title, then the body or parties it is made within.
    const laterWritten = text.slice(later.start, later.end).replace(/^the\s+/i, "").toLowerCase();
    const scoped = (e: Mention): boolean => {
      if (e.form !== "described" || !titleForm(text, e, head)) return false;
      const core = text.slice(e.start, e.end).replace(/^the\s+/i, "").toLowerCase();
      return laterWritten.startsWith(core) && /^\s+(?:within|between|among)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(later.start, later.end).slice(-(laterWritten.length - core.length)));
    };
    const earlier = firsts.find((e) => {
      const sameYear = e.form === "described" && later.year !== undefined && e.year === later.year;
      if (!sameYear && !(pairOnly && e.form === "name") && !scoped(e)) return false;
      if (e === later || e.start >= later.start || renamed.has(e.name) || TREATIES.get(e.name)?.kind === "ORGANIZATION" || TREATIES.get(e.name)?.kind === "UNION") return false;
      if (writtenHead(text, e) !== head) return false;
      const parties = e.members?.length ? new Set(e.members) : partiesWithin(mentions, e);
      if (scoped(e)) return true;
      if (!sameYear) return parties.size === 2 && [...laterParties].every((p) => parties.has(p));
      const sameParties = laterParties.size === 0 || parties.size === 0 || (parties.size === laterParties.size && [...laterParties].every((p) => parties.has(p)));
      // ("the 1999 overland transport agreement" and "the 1999 agreement on the free movement of persons" are two.)
      const topics = topicWordsOf(text, e, head);
      const laterTopics = topicWordsOf(text, later, head);
      return sameParties && (topics.size === 0 || laterTopics.size === 0 || [...laterTopics].some((w) => topics.has(w)));
    });
    if (!earlier) continue;
    // "the 2017 friendship treaty between the two countries" ... "The treaty on friendship, good-neighbourliness and
    // cooperation, signed in Skopje in August 2017": the one written as a title, its head and then its subject, names it.
    // The scoped one says more, and names it too.
    if ((titledDescription(text, later, head) && !titledDescription(text, earlier, head)) || scoped(earlier)) renamed.set(earlier.name, later.name);
    else renamed.set(later.name, earlier.name);
  }
  if (!renamed.size) return;
  for (const m of mentions) {
    const to = m.type === "Treaty" ? renamed.get(m.name) : undefined;
    if (!to) continue;
    m.name = to;
    // The treaty keeps the words it was first listed under.
    delete m.written;
  }
}

/**
 * "Finland's 1944 armistice with the Soviet Union" ... "In 1944, Finland signed the Moscow Armistice": a described
 * treaty is the named one of the same head noun whose sentence gives the description's year and one of its parties.
 * It is listed under the name.
 */
function mergeDescribedIntoName(text: string, mentions: Mention[]): void {
  const named = mentions.filter((m) => m.type === "Treaty" && m.form === "name" && !TREATIES.has(m.name));
  if (!named.length) return;
  const renamed = new Map<string, string>();
  for (const d of mentions) {
    if (d.type !== "Treaty" || d.form !== "described" || TREATIES.has(d.name) || d.year === undefined || renamed.has(d.name)) continue;
    const head = writtenHead(text, d);
    if (!head) continue;
    const target = named.find((n) => {
      if (writtenHead(text, n) !== head || (n.year !== undefined && n.year !== d.year)) return false;
      const sent = sentenceAround(text, n.start);
      // (Named and described in one sentence, they are two: "the X Agreement, which would expand a 2000 free trade agreement".)
      if (d.start >= sent.start && d.end <= sent.end) return false;
      if (!new RegExp(`\\b${d.year}\\b`).test(text.slice(sent.start, sent.end))) return false;
      const states = new Set(mentions.filter((s) => s.type === "State" && s.iso && s.start >= sent.start && s.end <= sent.end).map((s) => s.iso as string));
      // (One party is enough: the other may be named only by its capital inside the name, "the Moscow Armistice".)
      return (d.members ?? []).some((p) => states.has(p));
    });
    if (target) renamed.set(d.name, target.name);
  }
  for (const m of mentions) {
    const to = m.type === "Treaty" ? renamed.get(m.name) : undefined;
    if (!to) continue;
    m.name = to;
    delete m.written;
  }
}

// "Sino-Portuguese", "US-Iraq": a hyphenated pair of parties before a treaty's name.
const PARTY_PAIR_RE = /^\p{Lu}[\p{L}.]+[-–]\p{Lu}[\p{L}.]+$/u;

/**
 * "the Joint Declaration signed by China and Portugal" ... "the Sino-Portuguese Joint Declaration": a name the article
 * also writes with its parties before it is that treaty, listed under the fuller name.
 */
function mergePartyQualifiedNames(mentions: Mention[]): void {
  const names = new Set(mentions.filter((m) => m.type === "Treaty" && m.form === "name").map((m) => m.name));
  if (names.size < 2) return;
  const fuller = new Map<string, string>();
  for (const short of names) {
    if (TREATIES.has(short) || !/\s/.test(short)) continue;
    for (const long of names) {
      if (long.length <= short.length || !long.endsWith(` ${short}`)) continue;
      if (PARTY_PAIR_RE.test(long.slice(0, long.length - short.length - 1))) fuller.set(short, long);
    }
  }
  if (!fuller.size) return;
  for (const m of mentions) {
    const long = m.type === "Treaty" ? fuller.get(m.name) : undefined;
    if (long) m.name = long;
  }
}

const KNOWN_AS_RE = /^,?\s+(?:\(\s*)?(?:also\s+)?(?:known|referred\s+to)\s+as\s+(?:the\s+)?$/;
/**
 * "the Nauru-Australia Treaty, also known as the Nakamarra Treaty": two names of one treaty, listed under the first
 * (or under the one the gazetteer knows).
 */
function mergeAlsoKnownAs(text: string, mentions: Mention[]): void {
  if (!text.includes("known as") && !text.includes("referred to as")) return;
  const named = mentions.filter((m) => m.type === "Treaty" && m.form === "name").sort((a, b) => a.start - b.start);
  const same = new Map<string, string>();
  for (let i = 0; i + 1 < named.length; i++) {
    const a = named[i] as Mention;
    const b = named[i + 1] as Mention;
    if (a.name === b.name || b.start - a.end > 40 || !KNOWN_AS_RE.test(text.slice(a.end, b.start))) continue;
    const [keep, gone] = !TREATIES.has(a.name) && TREATIES.has(b.name) ? [b.name, a.name] : [a.name, b.name];
    same.set(gone, keep);
  }
  for (const m of mentions) if (m.type === "Treaty" && same.has(m.name)) m.name = same.get(m.name) as string;
}

/**
 * "Congo" alone is the Democratic Republic, unless the article names the Republic of the Congo (or Brazzaville) and
 * never the Democratic Republic (nor Kinshasa): then "Congo", "the Congo" is Brazzaville's state.
 */
function resolveBareCongo(text: string, mentions: Mention[]): void {
  if (!text.includes("Congo")) return;
  const bare = (m: Mention) => m.iso === "CD" && text.slice(m.start, m.end) === "Congo";
  const states = mentions.filter((m) => m.type === "State");
  if (!states.some(bare)) return;
  const republic = states.some((m) => m.iso === "CG") || /\bBrazzaville\b/i.test(text);
  const democratic = states.some((m) => m.iso === "CD" && !bare(m)) || /\bKinshasa\b/i.test(text);
  if (!republic || democratic) return;
  for (const m of states) if (bare(m)) Object.assign(m, { iso: "CG", name: stateName("CG") });
}

/**
 * "Serbia and Montenegro" is the state union (2003-2006) in an article that names the union as such ("Serbia-Montenegro",
 * "the State Union of Serbia and Montenegro"); elsewhere it is two states. While the union is named, Serbia and
 * Montenegro are its republics, not sovereign states.
 */
function readStateUnion(text: string, mentions: Mention[]): void {
  if (!mentions.some((m) => m.type === "State" && m.iso === "CS")) return;
  for (const m of mentions.filter((x) => x.type === "State" && x.iso === "RS")) {
    const me = mentions.find((n) => n.type === "State" && n.iso === "ME" && text.slice(m.end, n.start) === " and ");
    if (me) Object.assign(m, { iso: "CS", name: stateName("CS"), end: me.end });
  }
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.type === "State" && (m.iso === "RS" || m.iso === "ME")) mentions.splice(i, 1);
  }
}

const UNIT_HEADS = new Set(["Department", "Directorate", "Division", "Desk", "Section", "Unit", "Bureau"]);

// "Russia has repeatedly violated it", "We are suspending it", "whoever declares it dead": "it" as the object of what
// is done to a treaty, or the subject of what is done with a treaty ("it was signed in 2010"), is the treaty named last.
const VERB_BEFORE_IT_RE = /\b(?:violat(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|ratif(?:y|ies|ied|ying)|implement(?:s|ed|ing)?|honou?r(?:s|ed|ing)?|scrap(?:s|ped|ping)?|abandon(?:s|ed|ing)?|renounc(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|renew(?:s|ed|ing)?|reviv(?:e|es|ed|ing)|preserv(?:e|es|ed|ing)|bur(?:y|ies|ied|ying)|tear(?:s|ing)?\s+up|tore\s+up|withdr(?:aw|aws|ew|awn|awing)\s+from|pull(?:s|ed|ing)?\s+out\s+of|compl(?:y|ies|ied|ying)\s+with|abid(?:e|es|ing)\s+by|adher(?:e|es|ed|ing)\s+to|declar(?:e|es|ed|ing))\s+$/i;
const NOT_AFTER_IT_RE = /^\s+(?:to|that|was|is|would|will|had|has)\b/;
const SUBJECT_IT_RE = /^\s+(?:was\s+signed|has\s+been\s+signed|entered\s+into\s+force|enters\s+into\s+force|remains\s+in\s+force|was\s+ratified|has\s+been\s+ratified|obliges|stipulates)\b/;

// "its provisions", "its terms": what only a treaty has, so "its" before it is the treaty in view. ("its obligations"
// is a state's as often.)
const ITS_TREATY_PART_RE = /\b[Ii]ts\s+(?:provisions|terms|clauses|signatories|ratification|implementation)\b/g;

function addPronounReferences(text: string, mentions: Mention[]): void {
  if (!/\bits?\b/i.test(text)) return;
  const treaties = mentions.filter((m) => m.type === "Treaty").sort((a, b) => a.end - b.end);
  if (treaties.length === 0) return;
  const starts = paragraphStarts(text);
  const added: Mention[] = [];
  // Only where one treaty is in view (named in this paragraph or the one before): with two, the pronoun is left unresolved.
  const refer = (at: number, length: number) => {
    const para = paragraphAt(starts, at);
    const inView = new Set(treaties.filter((t) => t.end <= at && para - paragraphAt(starts, t.start) <= 1).map((t) => t.name));
    const [only] = inView;
    if (inView.size === 1 && only) added.push({ type: "Treaty", name: only, start: at, end: at + length, form: "pronoun" });
  };
  for (const m of text.matchAll(/\b[Ii]t\b/g)) {
    const it = m.index;
    const after = text.slice(it + 2, it + 40);
    const object = VERB_BEFORE_IT_RE.test(text.slice(Math.max(0, it - 40), it)) && !NOT_AFTER_IT_RE.test(after);
    if (object || SUBJECT_IT_RE.test(after)) refer(it, 2);
  }
  for (const m of text.matchAll(ITS_TREATY_PART_RE)) refer(m.index, 3);
  mentions.push(...added);
}

/** The words at token `from` are "with (the) STATE" and that state is no member of the gazetteer's treaty `name`. */
function withNonParty(text: string, tokens: readonly Token[], from: number, name: string): boolean {
  const w = tokens[from];
  if (w?.lower !== "with" || !/^\s+$/.test(gap(text, tokens[from - 1] as Token, w))) return false;
  const at = tokens[from + 1]?.lower === "the" ? from + 2 : from + 1;
  const party = PHRASES.match(text, tokens, at)?.target;
  return party?.kind === "state" && party.form === "name" && !(TREATIES.get(name)?.members ?? []).includes(party.iso);
}

/** "the Treaty on Comprehensive Strategic Partnership between Russia and the Democratic People's Republic of Korea
 * (DPRK)": a known name the article completes with its parties is one name, the article's full form of it. */
function extendNamesByParties(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== "Treaty" || m.form !== "name" || (TREATIES.get(m.name)?.members.length ?? 0) < 2) continue;
    const between = /^\s+between\s+(?:the\s+)?/.exec(text.slice(m.end, m.end + 20));
    if (!between) continue;
    const first = mentions.find((s) => s.type === "State" && s.start === m.end + between[0].length);
    if (!first) continue;
    const and = /^\s+and\s+(?:the\s+)?/.exec(text.slice(first.end, first.end + 12));
    const second = and && mentions.find((s) => s.type === "State" && s.start === first.end + and[0].length);
    if (!second) continue;
    const abbr = /^\s+\([A-Z]{2,6}\)/.exec(text.slice(second.end, second.end + 10));
    m.end = second.end + (abbr ? abbr[0].length : 0);
  }
}

const BARE_ARTICLE_RE = /\bArticle\s+(\d+|Four|Five|Seven|Fifty)(?!\d|\.\d)(?!\s+(?:of|in|under)\b)/g;
// "Article Fifty", "Article Five": the numbers the press spells out.
const ARTICLE_WORDS: Readonly<Record<string, string>> = { Four: "4", Five: "5", Seven: "7", Fifty: "50" };
const ARTICLE_OWNERS = new Map<string, string[]>();
for (const t of TREATIES.values()) for (const a of t.articles ?? []) ARTICLE_OWNERS.set(a, [...(ARTICLE_OWNERS.get(a) ?? []), t.name]);

/** "Washington's commitment to Article 5": a bare article number the press uses for one treaty (NATO's mutual
 * defence clause once NATO is named; "Article 50" always). "Article 4 of the treaty" is left to its "of". */
function addArticleReferences(text: string, mentions: Mention[]): void {
  const named = new Set(mentions.filter((m) => m.type === "Treaty").map((m) => m.name));
  for (const am of text.matchAll(BARE_ARTICLE_RE)) {
    const owners = (ARTICLE_OWNERS.get(ARTICLE_WORDS[am[1] ?? ""] ?? am[1] ?? "") ?? []).filter((n) => named.has(n) || TREATIES.get(n)?.articlesWithoutName);
    if (owners.length !== 1) continue;
    const start = am.index ?? 0;
    const end = start + am[0].length;
    if (mentions.some((m) => m.start < end && m.end > start)) continue;
    mentions.push({ type: "Treaty", name: owners[0] as string, start, end, form: "anaphor" });
  }
  mentions.sort((a, b) => a.start - b.start);
}

// Capitalised heads of a geographic name after a state's name or adjective ("South China Sea", "Irish Sea").
const GEOGRAPHIC_FEATURES = new Set(["Sea", "Ocean", "Gulf", "Strait", "Straits", "Bay", "Peninsula", "Basin", "Channel", "Plateau"]);
const CONTINENT_QUALIFIERS = new Set(["South", "North", "Latin", "Central", "Meso", "Pan"]);
const PLACE_PREPOSITIONS = new Set(["in", "at", "over", "near", "around", "from", "of", "across", "on", "off"]);
const PLACE_NAMED_RE = /^(?:(?:19|20)\d\d\s+)?([A-Z][a-z]{3,})\s+(?:Final Act|[Cc]onvention|[Tt]reaty|[Aa]greements?|[Aa]ccords?|[Pp]rotocol)$/;
// "what we promised at Kyoto", "what was signed in Minsk": the place of an agreement's making stands for it.
// ("the rights guaranteed to it at Dayton": what the agreement made there gave.)
const MADE_AT_RE = /\b(?:agreed|signed|promised|pledged|committed|negotiated|initialled|initialed|concluded|reached|guaranteed|granted)\s+(?:to\s+(?:it|them|us|him|her)\s+)?(?:to\s+)?(?:at|in)\s+$/;
const NOT_PLACES = new Set(["North", "South", "East", "West", "Peace", "Partnership", "Association", "Union", "Defence", "Defense", "Border", "Security", "Trade"]);

/** The places that name treaties the article has named (first name wins), and where each treaty is first named. */
function treatyPlaces(mentions: readonly Mention[], placesOf: (name: string, entry: TreatyEntry | undefined) => Array<string | undefined>): Map<string, { name: string; after: number }> {
  const places = new Map<string, { name: string; after: number }>();
  for (const m of mentions) {
    if (m.type !== "Treaty" || m.form !== "name") continue;
    const entry = TREATIES.get(m.name);
    if (entry && (entry.kind === "ORGANIZATION" || entry.kind === "UNION")) continue;
    for (const place of placesOf(m.name, entry)) {
      if (place && !NOT_PLACES.has(place) && !places.has(place)) places.set(place, { name: m.name, after: m.end });
    }
  }
  return places;
}

/**
 * A treaty named after a place ("the Montreux Convention", "the Helsinki Final Act"), once named, is referred
 * to by the place alone: "subject to Montreux", "the spirit of Helsinki". A place that stands for a state
 * (a capital: "Helsinki has abandoned") is the state, unless it follows "the spirit of"; after a preposition of
 * place ("sovereignty over Svalbard", "in Kyoto") it is the place.
 */
function addPlaceShortForms(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const places = treatyPlaces(mentions, (name) => [PLACE_NAMED_RE.exec(name)?.[1]]);
  if (!places.size) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const p = places.get(t.text);
    if (!p || t.start < p.after) continue;
    const spirit = tokens[i - 1]?.lower === "of" && tokens[i - 2]?.lower === "spirit";
    const covering = mentions.filter((m) => m.start <= t.start && m.end >= t.end);
    if (covering.some((m) => m.type === "Treaty") || (covering.length && !spirit)) continue;
    const nx = tokens[i + 1];
    if (nx?.cap && !spirit && /^[\s-]+$/.test(text.slice(t.end, nx.start))) continue; // "Montreux Jazz": another name
    const pv = tokens[i - 1];
    if (!spirit && pv && PLACE_PREPOSITIONS.has(pv.lower) && !MADE_AT_RE.test(text.slice(Math.max(0, t.start - 30), t.start))) continue; // "sovereignty over Svalbard": the place
    mentions.push({ type: "Treaty", name: p.name, start: t.start, end: t.end, form: "anaphor" });
  }
}

// "the Le Touquet arrangements", "the Rarotonga document", "The Stockholm arrangements on Hodeidah": once the article
// has named a treaty after its place, the place before a generic noun of agreements is that treaty.
const PLACE_NOUN_RE = /^\s+(?:arrangements?|document|accords?|agreements?|deal|treaty|protocol|convention)\b/;
const OF_PLACE_RE = /^(?:Treaty|Convention|Agreement|Accords?|Protocol|Declaration)\s+of\s+((?:[A-Z][a-z]+\s)?[A-Z][a-z]{3,})$/;
function addPlaceNounReferences(text: string, mentions: Mention[]): void {
  // Before a generic noun the gazetteer's places of signing count too ("the Le Touquet arrangements").
  const places = treatyPlaces(mentions, (name, entry) => {
    const bare = name.replace(/\s+\([^)]*\)$/, "");
    return [...(entry?.places ?? []), PLACE_NAMED_RE.exec(bare)?.[1] ?? OF_PLACE_RE.exec(bare)?.[1]];
  });
  for (const [place, p] of places) {
    // (A place from the gazetteer is text, not a pattern: "St. Petersburg".)
    const literal = place.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
    const re = new RegExp(`\\b[Tt]he\\s+${literal}(?=\\s)`, "g");
    re.lastIndex = p.after;
    for (let hit = re.exec(text); hit; hit = re.exec(text)) {
      const end = hit.index + hit[0].length;
      const noun = PLACE_NOUN_RE.exec(text.slice(end, end + 16));
      if (!noun) continue;
      const start = hit.index;
      const stop = end + noun[0].length;
      if (mentions.some((m) => m.type === "Treaty" && m.start < stop && m.end > start)) continue;
      mentions.push({ type: "Treaty", name: p.name, start, end: stop, form: "anaphor" });
    }
  }
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

const RELATION_BEFORE_BETWEEN_RE = /\b(?:relations|normali[sz]ation|talks|negotiations|tensions|dialogue|rapprochement|peace|war|conflict|dispute|ties|contacts|co-?operation|row|rift|standoff|reconciliation|summit|meeting|border|trade)\s+$/i;

const EXCHANGE_BEFORE_RE = /\b(?:talk|talks|talked|talking|speak|spoke|speaking|appeal|appealed|message|messages|signal|signals|letter|warning|warnings|ultimatum|request|requests|pressure|backing|support|instructions|orders|criticism|response|reply|invitation|offer|offers|help|aid|assistance|approval|objections?|protests?|threats?|assurances|guarantees|commitments?|calls?|overtures|concessions?|proposals?|demands?|signals?|sanctions|loans?|funding|recognition|apology|complaint|complaints)\s+$/i;

// States named like their capital, where the genre's meetings and courts sit ("in Luxembourg").
const CAPITAL_NAMED_STATES = new Set(["LU"]);

function capitalStandsForGovernment(
  text: string, first: Token, prev: Token | undefined, prevGap: string, next: Token | undefined, nextGap: string,
): boolean {
  if (first.text.length > 3 && first.text === first.text.toUpperCase()) return false; // dateline "MOSCOW,"
  if (prev && /^\s+$/.test(prevGap)) {
    // "the normalization between Baku and Yerevan", "talks between Moscow and Kiev": between governments.
    const relation = prev.lower === "between" && RELATION_BEFORE_BETWEEN_RE.test(text.slice(Math.max(0, prev.start - 30), prev.start));
    // "backing from Washington", "we talk to Moscow": what one government says, gives or asks of another.
    const exchange = (prev.lower === "to" || prev.lower === "from") && EXCHANGE_BEFORE_RE.test(text.slice(Math.max(0, prev.start - 24), prev.start));
    // "our partners in Lisbon and Paris", "allies in Washington": the governments there.
    const partners = prev.lower === "in" && /\b(?:partners|allies|friends)\s+$/i.test(text.slice(Math.max(0, prev.start - 20), prev.start));
    if (LOCATION_PREPOSITIONS.has(prev.lower) && !relation && !exchange && !partners) return false;
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

const DEAL_NOUNS = new Set(["deal", "deals", "accord", "accords", "pact"]);
const INSTRUMENT_NAME_RE = /\b(?:Statute|Charter|Constitution|Convention)\b/;
const PLURAL_HEAD_RE = /\b(?:agreements|accords|treaties|deals|pacts|conventions|documents|protocols|memoranda|charters|acts|declarations|initiatives)\b/i;
// "the document": only an agreement or treaty named in the same or the previous paragraph.
const NEAR_ONLY_HEADS = new Set(["document", "documents"]);
// Heads that only refer back when a treaty named earlier ends in the same noun ("Budapest Memorandum" ... "the memorandum").
const TRUCE_NOUNS = new Set(["ceasefire", "truce"]);
const NAME_ONLY_HEADS = new Set(["memorandum", "charter", "statute", "protocol", "act", "initiative", "corridor", "constitution", "declaration", "convention", "conventions", "compact", "framework", "covenant"]);
// Descriptions of a treaty organisation or union: the one in focus.
const GROUP_HEADS: ReadonlyMap<string, TreatyKind[]> = new Map(Object.entries({
  alliance: ["ORGANIZATION"], bloc: ["ORGANIZATION", "UNION"], organisation: ["ORGANIZATION"], organization: ["ORGANIZATION"],
  grouping: ["ORGANIZATION", "UNION"], union: ["UNION"], community: ["ORGANIZATION", "UNION"],
} satisfies Record<string, TreatyKind[]>));
// "the community": only an organisation named a community (ECOWAS, the East African Community).
const NAMED_GROUP_HEADS = new Set(["community"]);
// Modifiers that keep a definite description about the same agreement ("the landmark deal", "the nuclear accord").
const SAME_MODIFIERS = new Set([
  "landmark", "historic", "original", "nuclear", "peace", "whole", "entire", "existing", "current", "worst", "same", "bilateral",
  "military", "security", "grain", "arms", "trade", "defence", "defense", "western", "transatlantic", "collective", "economic",
  "integration", "russian-led", "russia-led", "us-led", "u.s.-led", "eurasian", "regional", "former", "old", "key", "new",
  "revised", "amended", "upgraded", "updated",
  // One still being negotiated: "the future agreement", "the proposed deal", "the draft treaty".
  "future", "proposed", "planned", "draft", "eventual",
]);
// A measure before the noun keeps the description about the same agreement: "the 1,246-page treaty", "the 25-year
// accord", "the six-nation pact".
const MEASURE_MODIFIER_RE = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred)-[a-z]+$/;
// "our alliance", "our union" in a member's words.
const DETERMINERS = new Set(["the", "this", "that", "our", "its", "those", "these"]);
const ANAPHOR_FIRST_WORDS = new Set([...ANAPHORS.keys()].map((k) => k.split(" ")[1] ?? ""));

/** The mention's text is followed by `noun` ("Union State programmes" for "programmes"). */
function echoesNoun(text: string, m: Mention, noun: string): boolean {
  const after = /^\s+([\p{L}-]+)/u.exec(text.slice(m.end, m.end + 30));
  return after?.[1]?.toLowerCase() === noun;
}

/** An agreement noun within the next three lower-case words: only then can a modifier echo a treaty's name. */
function headAhead(tokens: readonly Token[], from: number): boolean {
  for (let q = from; q < Math.min(tokens.length, from + 3); q++) {
    const t = tokens[q] as Token;
    if (AGREEMENT_HEADS.get(t.lower)) return true;
    if (t.cap) return false;
  }
  return false;
}

// "the border treaty" after "the Sino-Burmese Boundary Treaty": words a description may use for a word of the name.
const ECHO_SYNONYMS: ReadonlyMap<string, string> = new Map(Object.entries({ border: "boundary", boundary: "border", defence: "defense", defense: "defence" } satisfies Record<string, string>));
function echoes(nameWords: readonly string[], word: string): boolean {
  const other = ECHO_SYNONYMS.get(word);
  return nameWords.includes(word) || (other !== undefined && nameWords.includes(other));
}

/** Treaties and organisations mentioned before `start` (module level: not a closure made per determiner). */
function priorEntities(mentions: readonly Mention[], added: readonly Mention[], start: number): Mention[] {
  return mentions.concat(added).filter((m) => m.end <= start && (m.type === "Treaty" || m.type === "Organization"));
}

// What "the ceasefire" modifies when it is no agreement: "the ceasefire line", "ceasefire violations".
const CEASEFIRE_NOT_HEAD_RE = /^[ \t]+(?:line|lines|violations?|talks|negotiations|proposals?|calls?|monitors?|monitoring|mission|zone|commission|deadline|regime|terms|plan|request|offer)\b/;
const CEASEFIRE_MODIFIER_RE = /^(?:\p{Ll}[\p{Ll}-]*|[\p{L}.]+-brokered)$/u;
const CEASEFIRE_DEAL_RE = /^[ \t]+(agreement|deal|accord|arrangement|understanding)\b/;
/**
 * "Our main concern is that the ceasefire is not put at risk": an article that refers to "the ceasefire" or "the
 * truce" as a thing in place, and names no ceasefire agreement, speaks of one unnamed ceasefire; every definite
 * reference is it, under the words of the first ("Ceasefire", "Truce agreement").
 */
function addUnnamedCeasefire(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  if (mentions.some((m) => m.type === "Treaty" && headWords(text, m).some((w) => TRUCE_NOUNS.has(w)))) return;
  const refs: Array<{ start: number; end: number; head: string; modified: boolean }> = [];
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i] as Token;
    if (!TRUCE_NOUNS.has(w.lower) || w.cap) continue;
    // ("the fragile truce", "the two-year-old ceasefire", "the Russian-brokered truce": up to two modifiers.)
    let d = i - 1;
    while (d >= i - 2 && d > 0 && (tokens[d] as Token).lower !== "the" && CEASEFIRE_MODIFIER_RE.test((tokens[d] as Token).text) && /^[ \t]+$/.test(gap(text, tokens[d] as Token, tokens[d + 1] as Token))) d--;
    const det = tokens[d] as Token;
    if (det.lower !== "the" || !/^[ \t]+$/.test(gap(text, det, tokens[d + 1] as Token))) continue;
    if (mentions.some((m) => m.start < w.end && m.end > det.start)) continue;
    const after = text.slice(w.end, w.end + 24);
    if (CEASEFIRE_NOT_HEAD_RE.test(after)) continue;
    const deal = CEASEFIRE_DEAL_RE.exec(after);
    const end = deal ? w.end + deal[0].length : w.end;
    refs.push({ start: det.start, end, head: text.slice((tokens[d + 1] as Token).start, end), modified: d < i - 1 });
  }
  // (Named by the plain "the ceasefire" when the article writes it: "the fragile truce" says how it stands, not which.)
  const first = refs.find((r) => !r.modified) ?? refs[0];
  if (!first) return;
  // ("the ceasefire agreed in Luanda on July 30": the tail that says which one is part of its name.)
  const partyEnds = new Set(mentions.filter((m) => m.type === "State" || m.type === "Organization").map((m) => m.end));
  const tail = text.slice(first.end - first.head.length, describedTail(text, first.end, partyEnds));
  const name = tail.charAt(0).toUpperCase() + tail.slice(1);
  for (const r of refs) mentions.push({ type: "Treaty", name, start: r.start, end: r.end, form: r === first ? "descriptor" : "anaphor", kind: "AGREEMENT" });
  mentions.sort((a, b) => a.start - b.start);
}

function addAnaphors(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const added: Mention[] = [];
  // An earlier back-reference ("the deal") carries no kind of its own: it is of its antecedent's kind.
  const kindByName = new Map<string, TreatyKind>();
  for (const m of mentions) {
    const k = treatyKindOf(m);
    if (m.type === "Treaty" && k && !kindByName.has(m.name)) kindByName.set(m.name, k);
  }
  const starts = paragraphStarts(text);
  for (let i = 0; i < tokens.length - 1; i++) {
    const det = tokens[i] as Token;
    // "such an agreement", "any such document": the deal under discussion, as "the agreement" is ("such agreements" are
    // any of a kind).
    const suchArticle = det.lower === "such" && /^an?$/.test(tokens[i + 1]?.lower ?? "");
    const such = suchArticle || (det.lower === "such" && tokens[i - 1]?.lower === "any");
    if (!DETERMINERS.has(det.lower) && !such) continue;
    const start = det.start;
    // 1. Descriptions the gazetteer lists for an entry ("the alliance", "the Commonwealth"), longest first.
    let done = false;
    const firstWord = tokens[i + 1]?.lower ?? "";
    for (let n = ANAPHOR_FIRST_WORDS.has(firstWord) && !such ? 3 : 0; n >= 1 && !done; n--) {
      const words = tokens.slice(i + 1, i + 1 + n);
      if (words.length < n || words.some((w, k) => k > 0 && !/^\s+$/.test(gap(text, words[k - 1] as Token, w)))) continue;
      const candidates = ANAPHORS.get(`the ${words.map((w) => w.lower).join(" ")}`);
      if (!candidates) continue;
      const end = (words[words.length - 1] as Token).end;
      if (mentions.some((m) => m.start < end && m.end > start)) { done = true; break; }
      // "the union programmes" after "the Union State programmes": a description used as a modifier echoes the
      // name the article wrote before the same noun.
      const nx = tokens[i + 1 + n];
      const echoed = nx && !nx.cap && /^\s+$/.test(gap(text, words[n - 1] as Token, nx)) ? nx.lower : undefined;
      const lastWord = singular((words[n - 1] as Token).lower);
      const cands = priorEntities(mentions, added, start)
        .filter((m) => candidates.includes(m.name) || (echoed !== undefined && m.type === "Treaty" && headWords(text, m).includes(lastWord)))
        .map((m) => ({ m, score: echoed !== undefined && echoesNoun(text, m, echoed) ? 2 : candidates.includes(m.name) ? 1 : 0 }))
        .filter((c) => c.score > 0);
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
    // A modifier outside that list must be a word of the antecedent's own name ("the lease agreement" after "the
    // agreement on the lease of the Baikonur complex", "its safeguards agreement").
    const first = suchArticle ? i + 2 : i + 1;
    let k = first;
    const echoedMods: string[] = [];
    let firstEcho = k;
    let yearMod: number | undefined;
    while (k < tokens.length && k - first <= 2 && !(tokens[k] as Token).cap) {
      const w = (tokens[k] as Token).lower;
      const parts = w.split("-").map(singular);
      if (SAME_MODIFIERS.has(w) || MEASURE_MODIFIER_RE.test(w) || AGE_MODIFIER_RE.test(w)) k++;
      // "1,246-page": the thousands before the comma belong to the measure.
      else if (/^\d{1,3}$/.test(w) && gap(text, tokens[k] as Token, tokens[k + 1] as Token) === "," && /^\d{3}-[a-z]+$/.test(tokens[k + 1]?.lower ?? "")) k += 2;
      // "the 1997 document": a year says which earlier treaty is meant.
      else if (k === first && YEAR_RE.test(w) && yearMod === undefined) {
        yearMod = Number(w);
        k++;
      } else if (!AGREEMENT_HEADS.get(w) && !GROUP_HEADS.get(w) && /^[a-z]{3,}(?:-[a-z]+)*$/.test(w) && w.length >= 4
        && headAhead(tokens, k + 1)
        && priorEntities(mentions, added, start).some((m) => m.type === "Treaty" && parts.every((p) => echoes(headWords(text, m), p)))) {
        if (echoedMods.length === 0) firstEcho = k;
        echoedMods.push(...parts);
        k++;
      } else break;
    }
    // The echoed words must lead to an agreement noun; otherwise the description ends before them.
    if (echoedMods.length && !AGREEMENT_HEADS.get(tokens[k]?.lower ?? "")) {
      k = firstEcho;
      echoedMods.length = 0;
    }
    const head = tokens[k];
    if (!head || k - first > 2) continue;
    if (!/^\s+$/.test(gap(text, tokens[k - 1] as Token, head))) continue;
    const hl = head.lower;
    const end = head.end;
    if (mentions.some((m) => m.start < end && m.end > start)) continue;
    // "the Treaty on Open Skies": a name, not a description.
    if (head.cap && det.lower === "the" && /^\s+(?:on|of|between|for)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(end, end + 30))) continue;
    const next = tokens[k + 1];
    if (next && next.cap && /^[ \t\u00a0]+$/.test(gap(text, head, next)) && !/^(is|was)$/i.test(next.text)) continue;
    let cands: Array<{ m: Mention; score: number }> = [];
    // "the ceasefire", "the truce": only a treaty whose name says so ("the permanent ceasefire agreement").
    const kind = AGREEMENT_HEADS.get(hl) ?? (TRUCE_NOUNS.has(hl) ? "AGREEMENT" : undefined);
    const groupKinds = GROUP_HEADS.get(hl);
    if (kind) {
      const plural = hl.endsWith("s") && hl !== "accords";
      if (such && plural) continue;
      for (const m of priorEntities(mentions, added, start)) {
        if (m.type !== "Treaty") continue;
        // "the Schengen zone": an area the treaty made, not the treaty, is no antecedent for "the deal".
        if (AREA_FORM_RE.test(text.slice(m.start, m.end))) continue;
        const mk = treatyKindOf(m) ?? kindByName.get(m.name);
        const inName = TRUCE_NOUNS.has(hl) ? headWords(text, m).some((w) => TRUCE_NOUNS.has(w))
          : (NAME_ONLY_HEADS.has(hl) ? ownHeadWords(text, m) : headWords(text, m)).includes(singular(hl));
        let score = 0;
        // "The treaty is a good treaty" in an article that names NATO: an organisation whose name has the noun ("North
        // Atlantic Treaty Organization") is not "the treaty"; "the organisation", "the alliance" refer to it.
        if (inName) score = mk === "ORGANIZATION" || mk === "UNION" ? (hl === "treaty" ? 0 : 2) : 3;
        else if (NAME_ONLY_HEADS.has(hl) || TRUCE_NOUNS.has(hl)) score = 0;
        // "the accord", "the deal" do not refer back to a statute, charter or convention ("the Rome Statute").
        else if (DEAL_NOUNS.has(hl) && INSTRUMENT_NAME_RE.test(m.name)) score = 0;
        else if (mk === kind) score = 2;
        else if (mk === "TREATY" || mk === "AGREEMENT") score = 1;
        // "its obligations under the pact" in the CSTO: an alliance founded by a treaty its name says it is.
        // Not "NATO members ... under the pact": a name that modifies a noun is not what the sentence is about.
        else if (hl === "pact" && mk === "ORGANIZATION" && /\bTreaty\b/.test(m.name) && !/^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3))) score = 1;
        if (NEAR_ONLY_HEADS.has(hl) && (mk === "ORGANIZATION" || mk === "UNION" || paragraphAt(starts, start) - paragraphAt(starts, m.start) > 1)) score = 0;
        // "the agreements": a treaty whose head noun is plural ("Minsk agreements"), not one ending in "persons".
        if (plural && !PLURAL_HEAD_RE.test(text.slice(m.start, m.end)) && !PLURAL_HEAD_RE.test(m.name)) score = 0;
        if (score > 0 && (score >= 3 || start - m.end < 4000)) cands.push({ m, score });
      }
    } else if (groupKinds) {
      // "the union programmes" after "the Union State programmes": a group noun used as a modifier echoes the name
      // the article wrote before the same noun.
      const echoed = next && !next.cap && /^\s+$/.test(gap(text, head, next)) ? next.lower : undefined;
      cands = priorEntities(mentions, added, start).filter((m) => m.type === "Treaty" && groupKinds.includes(treatyKindOf(m) ?? "AGREEMENT")
        && (!NAMED_GROUP_HEADS.has(hl) || m.name.toLowerCase().split(/[^a-z]+/).includes(hl)))
        .map((m) => ({ m, score: echoed !== undefined && echoesNoun(text, m, echoed) ? 2 : 1 }));
      // "... from the OSCE Secretariat ... of the organization": an organisation its own sentence named before it
      // (one that is no treaty) is the one meant.
      // "the organization" after "the OSCE" in the same or the paragraph before: that agency, though no treaty names it
      // (not a bloc such as the EU, which "the organisation" rarely means).
      const sent = sentenceAround(text, start);
      const paraBefore = hl === "organization" || hl === "organisation" ? (starts[Math.max(0, paragraphAt(starts, start) - 1)] ?? sent.start) : sent.start;
      const lastOrg = mentions.filter((m) => m.type === "Organization" && m.end <= start
        && (m.start >= sent.start || (m.start >= paraBefore && ORGS.get(m.name)?.kind === "AGENCY"))).pop();
      if (lastOrg && !cands.some((c) => c.m.start > lastOrg.start && c.m.start < start)) cands = [];
    } else continue;
    // "the agreement of 2012": a year after the head says which treaty; it refers back only to one of that year.
    const ofYear = /^\s+of\s+((?:18|19|20)\d\d)\b/.exec(text.slice(end, end + 12));
    if (ofYear) cands = cands.filter((c) => c.m.year === Number(ofYear[1]));
    if (echoedMods.length) cands = cands.filter((c) => echoedMods.every((w) => echoes(headWords(text, c.m), w)));
    // "the new pact" after "the USMCA ... replaced the 1994 NAFTA": of treaties with known years, the newest.
    if (tokens.slice(i + 1, k).some((w) => w.lower === "new")) cands = newestOf(cands);
    if (yearMod !== undefined) {
      // A dated reference reaches back over any distance, to a treaty of that year only; failing one, to the known
      // treaty of that year the article's parties or organisation identify ("the 1997 act").
      cands = priorEntities(mentions, added, start)
        .filter((m) => m.type === "Treaty" && (m.year ?? TREATIES.get(m.name)?.year) === yearMod && (kind !== undefined || groupKinds !== undefined))
        .map((m) => ({ m, score: 1 }));
      const known = cands.length === 0 && kind !== undefined ? knownTreatyOfYear(yearMod, mentions.concat(added), hl, sentenceAround(text, start)) : undefined;
      if (known) {
        added.push({ type: "Treaty", name: known.name, start, end, form: "descriptor", year: yearMod });
        i = k;
        continue;
      }
    }
    // "The agreement with Bahrain": not a treaty the named state is no party to.
    const party = tokens[k + 1]?.lower === "with" ? (tokens[k + 2]?.lower === "the" ? tokens[k + 3] : tokens[k + 2]) : undefined;
    const withState = party ? mentions.find((m) => m.type === "State" && m.iso && m.start === party.start) : undefined;
    if (withState?.iso) cands = cands.filter((c) => (TREATIES.get(c.m.name)?.members ?? c.m.members ?? [withState.iso]).includes(withState.iso as string));
    // "... a memorandum it signed with the GNA, and officials said that agreement would stand": a demonstrative
    // points at the treaty its own sentence has just named, whatever fits better elsewhere.
    const sentenceStart = det.lower === "that" || det.lower === "this" ? sentenceAround(text, start).start : start;
    const pointed = cands.filter((c) => c.m.start >= sentenceStart).sort((a, b) => b.m.end - a.m.end)[0]?.m;
    const ante = pointed ?? salientAntecedent(cands, start, starts) ?? (kind && yearMod === undefined ? namedLater(text, mentions, start, end, starts, hl) : undefined);
    if (!ante) continue;
    added.push({ type: ante.type, name: ante.name, start, end, form: "anaphor" });
    i = k;
  }
  mentions.push(...added);
}

/**
 * "... under the nuclear deal" in a title or subtitle, before the lead names the JCPOA: the one agreement the article
 * goes on to name, of the kind the noun says.
 */
function namedLater(text: string, mentions: readonly Mention[], start: number, end: number, starts: readonly number[], head: string): Mention | undefined {
  // The title, or a subtitle: a second paragraph without a closing period (TASS's summary line).
  const para = paragraphAt(starts, start);
  const subtitle = isSubtitle(para, text.slice(starts[1] ?? 0, starts[2] ?? text.length));
  if (para > 1 || (para === 1 && !subtitle)) return undefined;
  const kind = AGREEMENT_HEADS.get(head);
  const later = mentions.filter((m) => m.type === "Treaty" && m.start >= end && m.form === "name" && (treatyKindOf(m) === "AGREEMENT" || treatyKindOf(m) === "TREATY")
    // "the document" says no kind: a treaty or an agreement.
    && (treatyKindOf(m) === kind || NEAR_ONLY_HEADS.has(head) || headWords(text, m).includes(singular(head)))
    // "the framework", "the covenant": only a treaty whose name says so.
    && (!NAME_ONLY_HEADS.has(head) || ownHeadWords(text, m).includes(singular(head)))
    // "the agreements": a name with a plural head ("Minsk agreements") only.
    && !(head.endsWith("s") && head !== "accords" && !PLURAL_HEAD_RE.test(text.slice(m.start, m.end)) && !PLURAL_HEAD_RE.test(m.name)));
  if (new Set(later.map((m) => m.name)).size === 1) return later[0];
  // Several named further on: the one the lead names, when it names one.
  const first = later[0];
  if (!first) return undefined;
  const leadPara = paragraphAt(starts, first.start);
  const inLead = later.filter((m) => paragraphAt(starts, m.start) === leadPara);
  return new Set(inLead.map((m) => m.name)).size === 1 ? first : undefined;
}

// ("signed in Moscow in April 1999": a month may come before the year.)
// ("... that our presidents signed in Moscow in 1997": the signers may be the relative clause's subject.)
const SIGNED_YEAR_RE = /^(?:,?\s+(?:which|that)\s+(?:(?:was|were)\s+|(?:[\p{L}-]+\s+){1,3}?)|,?\s+)(?:signed|concluded|agreed|ratified)\b[^.;"“”]{0,60}?\bin\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:18|19|20)\d\d)\b|^\s+of\s+((?:18|19|20)\d\d)\b/u;
// "In 2009, the two countries signed the Zurich Protocols": the year the sentence opens with dates the name it signs.
const SIGNED_YEAR_BEFORE_RE = /(?:^|[.\n]\s*)In\s+((?:19|20)\d\d),\s+[^.;\n]{0,80}?\b(?:signed|concluded|initialled|initialed)\s+(?:the\s+)?$/;

/** The year the sentence before a name opens with, when the sentence signs the name ("In 2009, ... signed the X"). */
function signedYearBefore(text: string, start: number): number | undefined {
  const y = SIGNED_YEAR_BEFORE_RE.exec(text.slice(Math.max(0, start - 110), start))?.[1];
  return y ? Number(y) : undefined;
}

/** The year a name's tail says it was signed ("... signed by A and B in 1993", "... of 1961"), if any. */
function signedYearAfter(text: string, end: number): number | undefined {
  const m = SIGNED_YEAR_RE.exec(text.slice(end, end + 90));
  const y = m?.[1] ?? m?.[2];
  return y ? Number(y) : undefined;
}

// Capitalised treaty nouns that head a name: "the Treaty on Friendship ...", "the Caspian Sea Convention".
const NAME_HEADS: ReadonlyMap<string, TreatyKind> = new Map(Object.entries({
  Treaty: "TREATY", Convention: "TREATY", Agreement: "AGREEMENT", Agreements: "AGREEMENT", Accord: "AGREEMENT", Accords: "AGREEMENT",
  Memorandum: "AGREEMENT", Pact: "AGREEMENT", Protocol: "AGREEMENT", Charter: "TREATY", Arrangement: "AGREEMENT", Armistice: "AGREEMENT",
} satisfies Record<string, TreatyKind>));
const BODY_WORDS = new Set(["Government", "Party", "Movement", "Front", "Coalition"]);
const NAME_STOP_CAPS = new Set(["The", "This", "That", "A", "An", "Its", "Their", "Our", "His", "Her", "In", "On", "At", "By", "As", "But", "And"]);
const PEACE_HEADS = new Set(["treaty", "agreement", "deal", "accord"]);
const PEACE_TREATIES = [...TREATIES.values()].filter((e) => /\bPeace\b/.test(e.name) && !e.asWritten && e.kind !== "ORGANIZATION" && e.kind !== "UNION");
// Known treaties between two states that any of their names calls a peace agreement ("2000 Algiers peace agreement").
const PEACE_NAMED = [...TREATIES.values()].filter((e) => e.members.length === 2 && e.kind !== "ORGANIZATION" && e.kind !== "UNION"
  && [e.name, ...e.aliases].some((n) => /\bpeace\b/i.test(n)));
/**
 * "the peace agreement signed in Algiers in December 2000" between Eritrea and Ethiopia: the known treaty between
 * the two that a name of it calls a peace agreement, of the year its sentence gives (undated, a peace treaty still
 * under negotiation is as likely).
 */
function peaceTreatyBySentence(isos: readonly string[], sentence: string): TreatyEntry | undefined {
  const years = (sentence.match(/\b(?:18|19|20)\d\d\b/g) ?? []).map(Number);
  const dated = PEACE_NAMED.filter((e) => isos.every((iso) => e.members.includes(iso)) && e.year !== undefined && years.includes(e.year));
  return dated.length === 1 ? dated[0] : undefined;
}

/**
 * Treaties the gazetteer does not know, read from their names: "the Treaty on Security Guarantees within the
 * Union State", "the Caspian Sea Convention", "a peace treaty" between two states the sentence names.
 */
// (Module level, not a closure per token: tsx keeps function names, so a closure made per token costs a
// defineProperty call each time.)
function cityDeclaration(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const p = tokens[i - 1];
  if (!p?.cap || NAME_STOP_CAPS.has(p.text) || !/^\s$/.test(gap(text, p, t))) return false;
  const sent = sentenceAround(text, t.start);
  const s = text.slice(sent.start, sent.end);
  return /\bthe two (?:leaders|countries|neighbours|neighbors|sides|states|governments)\b/.test(s) && /\b(?:signed|agreed|brokered|adopted)\b/.test(s);
}

// "the Declaration on Allied Interaction signed by Presidents Vladimir Putin and Ilham Aliyev": a declaration "on" a
// capitalised topic that its sentence says was signed is an agreement (a declaration "of Independence" is not signed
// by parties).
function signedDeclaration(text: string, tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.lower !== "on" || !tokens[i + 2]?.cap) return false;
  let k = i + 2;
  while (k < tokens.length && k - i < 16 && (tokens[k]?.cap || (NAME_CONNECTORS.has(tokens[k]?.lower ?? "") && tokens[k + 1]?.cap))) k++;
  const last = tokens[k - 1] as Token;
  return /^,?\s+(?:(?:which|that) (?:was |were )?|jointly )?signed\b/.test(text.slice(last.end, last.end + 24));
}

// "Armed Forces in Europe", "Zone in Central Asia": a region after "in" is part of a treaty's name.
const REGION_WORDS = new Set(["Europe", "Asia", "Africa", "America", "Americas", "Pacific", "Atlantic", "Arctic", "Antarctic", "Antarctica", "Caribbean", "Balkans", "Caucasus", "Mediterranean", "Baltic", "Gulf", "East", "West", "Middle", "Sahel", "Region"]);
// A day or date right after a place: "in New York on Wednesday", "in Jeddah last month", "in Paris in 2015".
const OCCASION_AFTER_RE = /^,?\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d)|last\s+(?:week|month|year)|this\s+(?:week|month|year)|earlier\s+this|in\s+(?:(?:18|19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December)\b|yesterday|today)/;

function addUnknownTreaties(text: string, tokens: readonly Token[], mentions: Mention[], consumed: Set<number>): void {
  const added: Mention[] = [];
  const overlaps = (s: number, e: number) => [...mentions, ...added].some((m) => m.type === "Treaty" && m.start < e && m.end > s);
  const statesIn = (s: number, e: number) => mentions.filter((m) => m.type === "State" && m.start >= s && m.end <= e && m.iso).map((m) => m.iso as string);
  const spaceGap = (a: Token, b: Token) => /^[ \t\u00a0\-\u2013]{1,2}$/.test(gap(text, a, b));
  let explicitPair: string[] | null | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // "Declaration" names an agreement between states when it is joint ("the Soviet-Japanese Joint Declaration") or
    // of principles ("the Declaration of Principles"); other declarations (of Independence, of Human Rights) are not.
    // A declaration named after a city ("the Lisbon Declaration") is one between states when its sentence says the
    // two leaders, countries or neighbours signed or agreed it.
    const declaration = t.text === "Declaration" &&
      (tokens[i - 1]?.text === "Joint" || (tokens[i + 1]?.lower === "of" && tokens[i + 2]?.text === "Principles") || cityDeclaration(text, tokens, i) || signedDeclaration(text, tokens, i));
    const kind = NAME_HEADS.get(t.text) ?? (declaration ? "AGREEMENT" : undefined);
    if (kind) {
      // Capitalised modifiers before the head: "Comprehensive Strategic Partnership Treaty", "Trade and Cooperation Agreement".
      let a = i;
      while (a > 0 && i - a < 6) {
        const p = tokens[a - 1] as Token;
        const q = tokens[a - 2];
        // "Trade and Cooperation Agreement", "General Security of Military Information Agreement": a lower-case
        // "and"/"of" between capitalised words stays inside the name.
        if ((p.lower === "and" || p.lower === "of") && !p.cap && a < i && q?.cap && !NAME_STOP_CAPS.has(q.text) && spaceGap(q, p) && spaceGap(p, tokens[a] as Token)) {
          a -= 2;
          continue;
        }
        // "the Political, Free Trade and Strategic Partnership Agreement": a comma list of capitalised words closed by
        // "and" stays inside the name.
        if (p.cap && !NAME_STOP_CAPS.has(p.text) && /^,\s$/.test(gap(text, p, tokens[a] as Token)) && tokens.slice(a, i).some((w) => w.lower === "and" && !w.cap)
          && !PHRASES.match(text, tokens, a - 1)) {
          a--;
          continue;
        }
        if (!p.cap || NAME_STOP_CAPS.has(p.text) || !spaceGap(p, tokens[a] as Token)) break;
        a--;
      }
      // "of/on/between ..." after the head, while capitalised words follow.
      let b = i + 1;
      let k = i + 1;
      while (k < tokens.length && k - i < 24) {
        const u = tokens[k] as Token;
        const g = gap(text, tokens[k - 1] as Token, u);
        // "... between the USSR and the People's Republic of Angola": a possessive inside a name.
        if (/^['’]$/.test(g) && u.lower === "s" && tokens[k + 1]?.cap && spaceGap(u, tokens[k + 1] as Token)) { k++; continue; }
        // "the Comprehensive Security ... Agreement with the Americans", "the Treaty of Lima with the Quito Accord": what
        // follows "with" is a party or another treaty, no part of the name ("with Respect to" is).
        if (u.lower === "with" && !/^(?:respect|regard)$/.test(tokens[k + 1]?.lower ?? "")) break;
        // "International North–South Transport Corridor": a hyphen or en dash joins words of one name; a paragraph
        // break (a caption without its period) ends it.
        if (!/^(?:[ \t\u00a0\-\u2013]{1,2}|,[ \t])$/.test(g) || (g.startsWith(",") && !u.cap)) break;
        // "Treaty on Friendship, Cooperation and Mutual Assistance": a comma inside a name lists its topics up to an
        // "and"; "the European Convention on Extradition, Lord Judd said" ends at the comma.
        if (g.startsWith(",") && !tokens.slice(k + 1, k + 4).some((w) => w.lower === "and")) break;
        // "under the 1947 Paris Peace Treaty Finland had undertaken ...": a state's name right after the noun, with no
        // "of" or "on" between, is the subject of what follows, not part of the name.
        if (k === i + 1 && mentions.some((m) => m.type === "State" && m.form === "name" && m.start === u.start)) break;
        if (u.cap && !NAME_STOP_CAPS.has(u.text) && !CALENDAR_RE.test(u.lower)) { k++; b = k; continue; }
        // "... for the Development of Central Asia in the 21st Century": the century a treaty names is part of it.
        if (/^\d{1,2}(?:st|nd|rd|th)$/.test(u.text) && tokens[k + 1]?.text === "Century" && tokens[k - 1]?.lower === "the") { k++; continue; }
        // "the Treaty on a Free Trade Zone": an article before a capitalised topic stays in the name.
        if ((u.lower === "a" || u.lower === "an") && !u.cap && ["on", "of"].includes(tokens[k - 1]?.lower ?? "") && tokens[k + 1]?.cap) { k++; continue; }
        if (NAME_CONNECTORS.has(u.lower) && !u.cap) {
          // "the Treaty of Lima and the Quito Accord": a second treaty name after "and" is another treaty.
          // "the SADC Treaty and to the Protocol on Politics ...": a preposition may repeat before the second.
          const repeated = u.lower === "and" && /^(?:to|with|under|of|in|by)$/.test(tokens[k + 1]?.lower ?? "") && tokens[k + 2]?.lower === "the";
          if (u.lower === "and" && (tokens[k + 1]?.lower === "the" || repeated)) {
            let q = k + 1;
            if (repeated) q++;
            if (tokens[q]?.lower === "the") q++;
            const isHead = (w: Token | undefined) => w !== undefined && (NAME_HEADS.get(w.text) !== undefined || w.text === "Declaration");
            while (tokens[q]?.cap && !isHead(tokens[q])) q++;
            if (isHead(tokens[q]) && q > k + 1) break;
          }
          k++;
          continue;
        }
        break;
      }
      // "... between Israeli and Syrian forces": a name does not end on a coordinated demonym; its noun belongs to it.
      const last = tokens[b - 1] as Token;
      const nx = tokens[b];
      // (Not a state's own name that ends like one: "between Russia and Uzbekistan was signed".)
      const stateName = mentions.some((m) => m.type === "State" && m.form === "name" && m.start <= last.start && m.end >= last.end);
      if (b > i + 1 && nx && !nx.cap && !stateName && /\p{Ll}s$/u.test(nx.text) && /^\s$/.test(gap(text, last, nx)) && /^\p{Lu}\p{Ll}+(?:an|ish|ese|i|ic)$/u.test(last.text) &&
        ["and", "between"].includes(tokens[b - 2]?.lower ?? "")) b++;
      // "the Reciprocal Access Agreement with Manila": a party after "with" ends the name, it does not extend it.
      const withAt = tokens.slice(i + 1, b).findIndex((w) => w.lower === "with") + i + 1;
      if (withAt > i && mentions.some((m) => m.type === "State" && m.start === (tokens[withAt + 1] as Token | undefined)?.start && m.end === (tokens[b - 1] as Token).end)) b = withAt;
      // "signed the X Agreement in Tokyo": the place of signing ends the name.
      const inAt = b - 2 > i && tokens[b - 2]?.lower === "in" ? b - 2 : -1;
      if (a < i && inAt > 0 && PHRASES.match(text, tokens, b - 1)?.target.kind === "state") b = inAt;
      // "... Civil and Political Rights in New York on Wednesday": a place followed by the day it happened is where
      // the treaty was signed, not part of its name.
      else {
        let at = b - 2;
        while (at > i && at >= b - 4 && tokens[at]?.lower !== "in") at--;
        const place = tokens.slice(at + 1, b);
        if (at > i && tokens[at]?.lower === "in" && place.length > 0 && place.every((w) => w.cap && !REGION_WORDS.has(w.text)) && OCCASION_AFTER_RE.test(text.slice((tokens[b - 1] as Token).end, (tokens[b - 1] as Token).end + 24))) b = at;
      }
      const hasOf = b > i + 1;
      // A name needs more than the noun: "the Treaty" alone is a description.
      if (a === i && !hasOf) continue;
      // Sentence-initial capitals are not names: "Agreement was reached".
      if (a === i && i > 0 && /[.!?]["”’']?\s+$/.test(text.slice(Math.max(0, t.start - 4), t.start))) continue;
      // "the Government of National Accord", "the Party of ... Accord": a body named after an accord is no treaty.
      if (tokens.slice(a, i).some((w, k) => BODY_WORDS.has(w.text) && tokens[a + k + 1]?.lower === "of")) continue;
      const nameStart = (tokens[a] as Token).start;
      // "the Treaty of London of 1867": a year after the name goes with it.
      const words = (tokens[b - 1] as Token).end;
      const ofYearTail = /^\s+of\s+((?:1[5-9]|20)\d\d)\b/.exec(text.slice(words, words + 10));
      const end = words + (ofYearTail?.[0].length ?? 0);
      // "the 1972 Simla Agreement": the year is part of how the article names it, and tells it from namesakes.
      const year = a < i || hasOf ? yearBefore(text, tokens, a) : undefined;
      const start = year ? (tokens[a - 1] as Token).start : nameStart;
      // A known treaty's name around the noun wins; known names inside the new one stay ("... within the Union State").
      if ([...mentions, ...added].some((m) => m.type === "Treaty" && m.start < end && m.end > start && (m.start < start || m.end > end || (m.start <= t.start && m.end >= t.end)))) continue;
      const inner = mentions.filter((m) => m.start >= start && m.end <= end);
      // A name that is only a state's or organisation's name plus the noun is not new ("NATO Treaty" is NATO's).
      const orgOnly = a < i && tokens.slice(a, i).every((w) => inner.some((m) => (m.type === "Treaty" || m.type === "Organization") && m.start <= w.start && m.end >= w.end));
      if (!hasOf && orgOnly) continue;
      // "the EU's Stability and Growth Pact", "the EU Pact on Migration and Asylum": legislation named like a treaty is
      // none, with or without the body that made it before its name.
      const maker = inner.find((m) => m.start === nameStart && (m.type === "Organization" || m.type === "Treaty"));
      if (NOT_TREATIES.has(text.slice(nameStart, words)) || (maker && NOT_TREATIES.has(text.slice(maker.end, words).replace(/^['’]?s?\s+/, "")))) {
        for (let q = a; q < b; q++) consumed.add(q);
        i = b - 1;
        continue;
      }
      // "the Charter of Rights and Freedoms": a state's bill of rights is its own law, no treaty.
      if (t.text === "Charter" && /^\s+of\s+Rights\b/.test(text.slice(t.end, t.end + 12))) continue;
      // A body the gazetteer knows under exactly this name ("Convention on the Future of Europe") is no treaty.
      if (inner.some((m) => m.type === "Organization" && m.start === start && m.end === end)) continue;
      // "the Treaty of Lima": a capital inside the name is the place it was made, neither a party nor the government.
      for (let q = mentions.length - 1; q >= 0; q--) {
        const m = mentions[q] as Mention;
        if (m.type === "State" && m.form === "capital" && m.start >= start && m.end <= end) mentions.splice(q, 1);
      }
      const members = [...new Set([...statesIn(start, end), ...partiesAfter(text, tokens, b, mentions)])];
      // "the 1972 Simla Agreement", "the Constantinople Convention of 1888": listed as the article writes it, the year
      // included; the name without it is an alias.
      const name = text.slice(start, end);
      const aliases = year ? [text.slice(nameStart, end)] : [];
      if (ofYearTail) aliases.push(text.slice(start, words));
      // "the 2014 Bilateral Security Agreement between Kabul and Washington": the name up to its noun is a form of it.
      if (hasOf && a < i && tokens[i + 1]?.lower === "between") aliases.push(...new Set([text.slice(start, t.end), text.slice(nameStart, t.end)]));
      // "the General Security of Military Information Agreement (GSOMIA)": the acronym in brackets is its short name.
      const acronym = /^\s*\(([A-Z][A-Za-z]{1,9})\)/.exec(text.slice(end, end + 14))?.[1];
      if (acronym && (/[A-Z].*[A-Z]/.test(acronym) || initialsOf(text.slice(nameStart, end)).startsWith(acronym.toLowerCase()))) aliases.push(acronym);
      // "the Treaty on Friendly Relations signed by Russia and Slovakia in 1993": the year of signing dates it for a
      // later "the 1993 treaty", though the name does not carry it.
      const dated = year ?? (ofYearTail ? Number(ofYearTail[1]) : signedYearAfter(text, end) ?? signedYearBefore(text, start));
      added.push({ type: "Treaty", name, start, end, form: "name", kind, members, ...(dated ? { year: dated } : {}), ...(aliases.length ? { aliases } : {}) });
      for (let q = a; q < b; q++) if (!inner.some((m) => m.start <= (tokens[q] as Token).start && m.end >= (tokens[q] as Token).end)) consumed.add(q);
      i = b - 1;
      continue;
    }
    // "a peace treaty", "the peace deal": between the two states its sentence names.
    const head = tokens[i + 1];
    if (t.lower === "peace" && !t.cap && head && PEACE_HEADS.has(head.lower) && spaceGap(t, head)) {
      if (explicitPair === undefined) explicitPair = peacePairOf(text, mentions);
      const start = t.start;
      const end = head.end;
      if (overlaps(start, end)) continue;
      const earlier = added.find((m) => m.kind && /peace/.test(m.name) && m.form === "peace");
      let name = earlier?.name;
      let members = earlier?.members ?? [];
      if (!name) {
        const sent = sentenceAround(text, start);
        // "signed a peace agreement in Finland": the place of signing is no party.
        const inSentence = mentions.filter((m) => m.type === "State" && m.iso && m.start >= sent.start && m.end <= sent.end
          && !/\bin\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.start - 8), m.start)));
        let isos = [...new Set(inSentence.map((m) => m.iso as string))];
        // "the normalization between Baku and Yerevan ... Moscow welcomed progress on a peace treaty": with more than
        // two states, the two the sentence sets "between" each other.
        if (isos.length > 2) {
          const pair = inSentence.find((a) => /\bbetween\s+(?:the\s+)?$/.test(text.slice(Math.max(0, a.start - 12), a.start))
            && inSentence.some((b) => b.start > a.end && /^\s+and\s+(?:the\s+)?$/.test(text.slice(a.end, b.start))));
          const second = pair && inSentence.find((b) => b.start > pair.end && /^\s+and\s+(?:the\s+)?$/.test(text.slice(pair.end, b.start)));
          if (pair && second) isos = [pair.iso as string, second.iso as string];
          // "... after Egypt, Jordan and the UAE; Egypt signed a peace treaty with Israel in 1979": the state after
          // "with" and the last one named before the phrase.
          const partner = /^\s+with\s+(?:the\s+)?/.exec(text.slice(end, end + 12));
          const other = partner ? inSentence.find((m) => m.start === end + partner[0].length) : undefined;
          const subject = other ? inSentence.filter((m) => m.end <= start && m.iso !== other.iso).pop() : undefined;
          if (isos.length > 2 && other && subject) isos = [subject.iso as string, other.iso as string];
        }
        // "the peace treaty with Baku" in a subtitle with Ankara, "the peace treaty between Armenia and Azerbaijan"
        // later: the one pair the article sets between each other on a peace treaty names it wherever it stands.
        if (explicitPair && !/\bbetween\b/.test(text.slice(sent.start, sent.end))) isos = explicitPair;
        if (isos.length !== 2) continue;
        members = isos;
        // "the 1994 peace treaty between Jordan and Israel": the gazetteer's peace treaty between the two.
        const known = PEACE_TREATIES.find((e) => e.members.length === 2 && isos.every((iso) => e.members.includes(iso)))
          ?? peaceTreatyBySentence(isos, text.slice(sent.start, sent.end));
        // The two states in alphabetical order, as the gold writes such names ("Armenia–Azerbaijan peace treaty").
        name = known?.name ?? `${isos.map((x) => stateName(x)).sort().join("–")} peace ${head.lower}`;
      }
      const det = tokens[i - 1];
      // "the 1979 peace treaty": the year is part of the description and, as the gold names described treaties, of its name.
      const year = det && YEAR_RE.test(det.text) && /^\s+$/.test(gap(text, det, t)) ? Number(det.text) : undefined;
      const s0 = year !== undefined && det ? det.start : det && /^(a|an|the|this)$/.test(det.lower) ? det.start : start;
      // "a peace treaty with Israel": the phrase with its partner is a form the article writes for it.
      const withPartner = /^\s+with\s+(?:the\s+)?/.exec(text.slice(end, end + 12));
      const partnerState = withPartner ? mentions.find((m) => m.type === "State" && m.start === end + withPartner[0].length) : undefined;
      const aliases = partnerState ? [text.slice(s0, partnerState.end)] : [];
      added.push({ type: "Treaty", name, start: s0, end, form: "peace", kind: head.lower === "treaty" ? "TREATY" : "AGREEMENT", members, ...(year !== undefined ? { year } : {}), ...(aliases.length ? { aliases } : {}) });
      i++;
    }
  }
  // One peace treaty dated anywhere in the article is listed as "A–B peace treaty (YEAR)" under all its mentions.
  for (const m of added) {
    if (m.form !== "peace" || m.year === undefined || /\(\d{4}\)$/.test(m.name)) continue;
    const base = m.name;
    const year = m.year;
    for (const o of added) if (o.form === "peace" && o.name === base) { o.name = `${base} (${year})`; o.year = year; }
  }
  mentions.push(...added);
}

/**
 * "a peace treaty between Armenia and Azerbaijan", "talks between Yerevan and Baku on a peace treaty": the one pair of
 * states the article sets between each other next to a peace treaty, or null when it sets none or several.
 */
function peacePairOf(text: string, mentions: readonly Mention[]): string[] | null {
  const states = mentions.filter((m) => m.type === "State" && m.iso).sort((a, b) => a.start - b.start);
  const pairs = new Set<string>();
  for (const a of states) {
    if (!/\bbetween\s+(?:the\s+)?$/.test(text.slice(Math.max(0, a.start - 12), a.start))) continue;
    const b = states.find((m) => m.start > a.end && /^\s+and\s+(?:the\s+)?$/.test(text.slice(a.end, m.start)));
    if (!b || b.iso === a.iso) continue;
    const around = text.slice(Math.max(0, a.start - 50), Math.min(text.length, b.end + 30));
    if (!/\bpeace\s+(?:treaty|agreement|deal|accord)\b/.test(around)) continue;
    pairs.add([a.iso as string, b.iso as string].sort().join(" "));
  }
  return pairs.size === 1 ? ([...pairs][0] as string).split(" ") : null;
}

// A short quoted nickname right before an agreement noun: the 'open skies' deal, the "two for one" treaty.
const NICKNAME_RE = /(?<=^|[\s(])(["“‘'])([^"“”‘’'.!?\n]{3,40}?)["”’'][ \t]+(deal|treaty|agreement|accord|pact)\b/gu;

/**
 * A deal the article names by a quoted nickname ('the "one for one" deal') is a named treaty, between states when
 * its sentence names a state or the noun is followed by its parties ("between the two countries", "with X").
 */
// A cheap test first: the full pattern's lookbehind is tried at every position of the text.
const NICKNAME_HINT_RE = /["”’'][ \t]+(?:deal|treaty|agreement|accord|pact)\b/;

function addNicknamedTreaties(text: string, tokens: readonly Token[], mentions: Mention[], consumed: Set<number>): void {
  if (!NICKNAME_HINT_RE.test(text)) return;
  for (const mm of text.matchAll(NICKNAME_RE)) {
    const start = mm.index;
    const end = start + mm[0].length;
    const nick = (mm[2] as string).trim();
    if (nick.split(/\s+/).length > 6 || mentions.some((m) => m.start < end && m.end > start)) continue;
    // "hails 'gold-standard' agreement", "a 'historic' deal": one quoted lower-case word is the speaker's praise.
    if (/^\p{Ll}[\p{Ll}-]*$/u.test(nick)) continue;
    const sent = sentenceAround(text, start);
    const stateNear = mentions.some((m) => m.type === "State" && m.start >= sent.start && m.end <= sent.end);
    if (!stateNear && !/^\s+(?:between|with)\s/.test(text.slice(end, end + 10))) continue;
    mentions.push({ type: "Treaty", name: nick, start, end, form: "name", kind: DESCRIBED_HEADS.get(mm[3] as string) ?? "AGREEMENT" });
    tokens.forEach((t, q) => { if (t.start >= start && t.end <= end) consumed.add(q); });
  }
  mentions.sort((a, b) => a.start - b.start);
}

const WINDOW_STOPS = new Set(["under", "as", "with", "of", "in", "on", "to", "by", "for", "from", "over", "after", "before", "against", "about", "and", "or", "but", "that", "which", "into", "at", "since", "until", "during", "while", "when"]);

function addDescriptors(text: string, tokens: readonly Token[], mentions: Mention[], consumed: Set<number>): void {
  for (let i = 0; i < tokens.length; i++) {
    const noun = tokens[i] as Token;
    if (!AGREEMENT_NOUNS.has(noun.lower) || consumed.has(i)) continue;
    // Window: back to the determiner (at most five words), forward over "with X" / "between X and Y".
    let a = i;
    while (a > 0 && i - a < 5) {
      const t = tokens[a - 1] as Token;
      if (/[.,;:!?"“”]/.test(gap(text, t, tokens[a] as Token))) break;
      // "under last year's nuclear deal": a preposition or conjunction before it is no part of the description.
      if (WINDOW_STOPS.has(t.lower)) break;
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
          b = tokenAt(tokens, pm.end);
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
    // "the nuclear deal Iran struck with world powers": the state of a reduced relative clause is a party.
    const relative = mentions.find((m) => m.type === "State" && m.iso && m.start === tokens[b]?.start);
    if (relative?.iso && /^\s+(?:(?:has|had)\s+)?(?:struck|signed|reached|agreed|concluded|negotiated)\b/.test(text.slice(relative.end, relative.end + 24))) parties.push(relative.iso);
    // "a treaty signed in Astana in May 2014": the place and year of signing the gazetteer records name the treaty.
    // "the accession treaty signed in Athens last April": without a year, the one treaty signed there whose name has
    // the description's words.
    const signedAt = /^\s+signed\s+in\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)(?:\s+in\s+(?:[A-Z][a-z]+\s+)?((?:18|19|20)\d\d)\b|\s+(?:last|this)\s+[A-Z][a-z]+\b)/u.exec(text.slice(end, end + 60));
    if (signedAt && !mentions.some((m) => m.type === "Treaty" && m.start <= noun.start && m.end >= noun.end)) {
      const y = signedAt[2] === undefined ? undefined : Number(signedAt[2]);
      const described = tokens.slice(a, i + 1).filter((t) => !["the", "a", "an"].includes(t.lower)).map((t) => singular(t.lower));
      const hits = treatiesSignedAt(signedAt[1] as string).filter((t) => (y !== undefined ? t.year === y : described.every((w) => [t.name, ...t.aliases].some((n) => n.toLowerCase().split(/[^a-z]+/).map(singular).includes(w)))));
      if (hits.length === 1) {
        const tailEnd = end + signedAt[0].length;
        mentions.push({ type: "Treaty", name: (hits[0] as TreatyEntry).name, start, end: tailEnd, form: "descriptor" });
        for (let k = a; k < tokens.length && (tokens[k] as Token).end <= tailEnd; k++) consumed.add(k);
        continue;
      }
    }
    // "the Kyoto climate pact": a place word of a known treaty's signing names that treaty, before any keyword does.
    const covered = mentions.some((m) => m.type === "Treaty" && m.start <= noun.start && m.end >= noun.end);
    // Only the modifiers right before the noun: not "Rome's agreement" (a capital for its state) nor "X has defended ...".
    const placeWords = new Set<string>();
    for (let k = i - 1; k >= a; k--) {
      const t = tokens[k] as Token;
      if (/['’]/.test(gap(text, t, tokens[k + 1] as Token)) || ["the", "a", "an", "has", "have", "had", "is", "was", "s"].includes(t.lower)) break;
      if (t.cap && !YEAR_RE.test(t.text) && !mentions.some((m) => m.start <= t.start && m.end >= t.end)) placeWords.add(t.text);
    }
    const byPlace: TreatyEntry[] = [];
    for (const w of placeWords) {
      for (const t of treatiesSignedAt(w)) {
        if (!byPlace.includes(t) && (t.year === undefined || years.length === 0 || years.includes(t.year))) byPlace.push(t);
      }
    }
    if (byPlace.length === 1 && !covered) {
      mentions.push({ type: "Treaty", name: (byPlace[0] as TreatyEntry).name, start, end, form: "descriptor" });
      for (let k = a; k < b; k++) consumed.add(k);
      continue;
    }
    const topicWords = [...windowWords].filter((w) => DESCRIPTOR_TOPICS.has(w));
    for (const t of TREATIES.values()) {
      for (const d of t.descriptors ?? []) {
        if (d.year !== undefined && !years.includes(d.year)) continue;
        if (d.keywords && !d.keywords.some((k) => windowWords.has(k))) continue;
        // "the 1997 friendship treaty with Russia" is no 1997 act with Russia whose names and keywords say no friendship.
        if (topicWords.some((w) => !(d.keywords ?? []).includes(w) && ![t.name, ...t.aliases].some((n) => n.toLowerCase().includes(w)))) continue;
        // "Tehran met its commitments under last year's nuclear deal": with no party in the description itself, one
        // its sentence names will do.
        if (d.parties && !d.parties.some((p) => parties.includes(p))) {
          // (A descriptor by its words, not by its year alone: "the 1994 treaty" with Russia in the sentence is not yet
          // the Budapest Memorandum.)
          if (!d.keywords || d.year !== undefined || parties.some((p) => /^[A-Z]{2}$/.test(p))) continue;
          const sent = sentenceAround(text, start);
          if (!mentions.some((m) => m.type === "State" && m.iso && d.parties?.includes(m.iso) && m.start >= sent.start && m.end <= sent.end)) continue;
        }
        if (d.year === undefined && !d.keywords) continue;
        if (mentions.some((m) => m.type === "Treaty" && m.start <= noun.start && m.end >= noun.end)) continue;
        mentions.push({ type: "Treaty", name: t.name, start, end, form: "descriptor" });
        for (let k = a; k < b; k++) consumed.add(k);
      }
    }
  }
}

// What a description says an agreement is about; a descriptor of another treaty does not fit it.
const DESCRIPTOR_TOPICS = new Set(["friendship", "border", "boundary", "fleet", "trade", "gas", "oil", "transit", "visa", "extradition", "fisheries", "fishing", "readmission", "migration", "loan", "debt", "peace", "ceasefire"]);

const DETERMINER_BEFORE_YEAR = new Set(["the", "a", "an", "this", "that", "its", "their", "s"]);

/** A year written between a determiner and a treaty's name: "the 1966 Geneva Agreement" (not "in 2014 NATO ..."). */
function yearBefore(text: string, tokens: readonly Token[], i: number): number | undefined {
  const y = tokens[i - 1];
  const d = tokens[i - 2];
  if (!y || !d || !YEAR_RE.test(y.text) || !/^\s+$/.test(gap(text, y, tokens[i] as Token))) return undefined;
  if (!DETERMINER_BEFORE_YEAR.has(d.lower) || !/^[\s'’]+$/.test(gap(text, d, y))) return undefined;
  return Number(y.text);
}

/** "NATO-led", "CSTO-backed": a treaty organisation's name before a hyphenated participle. */
function addPrefixedTreaties(text: string, tokens: readonly Token[], mentions: Mention[], consumed: Set<number>): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const dash = t.text.indexOf("-");
    if (dash < 1 || consumed.has(i)) continue;
    // "NATO-led", "CSTO-Russia": an acronym before the hyphen; "non-NPT states", "anti-NATO": one after a prefix.
    const after = NEGATING_PREFIX_RE.exec(t.text);
    const [from, to] = after ? [dash + 1, t.text.length] : [0, dash];
    if (!after && (dash < 2 || !t.cap)) continue;
    const acronym = t.text.slice(from, to);
    // ("Nato-backed": the mixed-case spelling British papers use.)
    if (acronym.length < 2 || (acronym !== acronym.toUpperCase() && !/^\p{Lu}\p{Ll}+$/u.test(acronym))) continue;
    const target = wholePhrase(acronym);
    if (target?.kind !== "treaty") continue;
    mentions.push({ type: "Treaty", name: target.name, start: t.start + from, end: t.start + to, form: "name" });
  }
}

/** What the gazetteer reads a part of a hyphenated word as, when the part is one of its phrases whole. */
function wholePhrase(part: string) {
  const sub = tokenize(part);
  const m = PHRASES.match(part, sub, 0);
  return m && m.length === sub.length ? m.target : undefined;
}

// What a state does to a force, a deal or a government it stands behind: "Iran-backed", "Saudi-led", "Turkish-brokered".
const STATE_AGENCY_PARTICIPLE_RE = /^(?:led|backed|brokered|sponsored|funded|financed|supported|allied|mediated|drafted)$/;
/** "the Iran-backed group", "the Saudi-led coalition", "a German-led battalion": the state (its government) acts. */
function addPrefixedStates(tokens: readonly Token[], mentions: Mention[], consumed: Set<number>): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const dash = t.text.lastIndexOf("-");
    if (dash < 2 || !t.cap || consumed.has(i) || !STATE_AGENCY_PARTICIPLE_RE.test(t.text.slice(dash + 1))) continue;
    const target = wholePhrase(t.text.slice(0, dash));
    if (target?.kind !== "state") continue;
    mentions.push({ type: "State", name: stateName(target.iso), start: t.start, end: t.start + dash, form: target.form, iso: target.iso });
  }
}

/** "the Arms Trade Treaty ... its obligations under the ATT": the initials of a treaty the article has named. */
function addInitialisms(text: string, tokens: readonly Token[], mentions: Mention[], consumed: Set<number>): void {
  // ("the Reciprocal Access Agreement ... the RAA": the initials of the name as written, too.)
  const named = mentions.filter((m) => m.type === "Treaty" && m.form === "name")
    .map((m) => ({ m, initials: [initialsOf(m.name), initialsOf(text.slice(m.start, m.end)), initialsOf(text.slice(m.start, m.end), true)] }));
  addInitialMentions(tokens, mentions, consumed, named, "name");
}

// Words a description's initials skip ("the deep and comprehensive free trade agreement" is the DCFTA).
const INITIALISM_SKIPS = new Set(["the", "a", "an", "and", "of", "on", "its", "their", "this", "that"]);
/** "the free trade agreement between the two countries ... the FTA": the initials of a treaty the article described. */
function addDescribedInitialisms(text: string, tokens: readonly Token[], mentions: Mention[], consumed: Set<number>): void {
  const described = mentions.filter((m) => m.type === "Treaty" && m.form === "described")
    .map((m) => {
      const initials = (phrase: string) => phrase.split(/[\s-]+/).filter((w) => /^\p{Ll}/u.test(w) && !INITIALISM_SKIPS.has(w)).map((w) => w[0]).join("");
      const whole = text.slice(m.start, m.end);
      // ("the free trade agreement between the Eurasian Economic Union and Vietnam ... the FTA": the words up to its parties.)
      const head = whole.split(/\s+(?:between|with|signed)\s/)[0] ?? whole;
      return { m, initials: [...new Set([initials(whole), initials(head)])] };
    });
  addInitialMentions(tokens, mentions, consumed, described, "anaphor");
}

/** An all-capital word of three to six letters after a treaty whose initials it is, and inside no other mention, refers to it. */
function addInitialMentions(
  tokens: readonly Token[], mentions: Mention[], consumed: Set<number>, treaties: ReadonlyArray<{ m: Mention; initials: string[] }>, form: string,
): void {
  if (!treaties.length) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.text.length < 3 || t.text.length > 6 || !/^[A-Z]+$/.test(t.text) || consumed.has(i)) continue;
    const d = treaties.find(({ m, initials }) => m.end <= t.start && initials.includes(t.lower))?.m;
    if (!d || mentions.some((m) => m.start <= t.start && m.end >= t.end)) continue;
    mentions.push({ type: "Treaty", name: d.name, start: t.start, end: t.end, form });
    consumed.add(i);
  }
}

/**
 * "Central American Free Trade Agreement" -> "cafta": the first letters of its capitalised words; with `withOf`, of
 * an "of" between them too ("Status of Forces Agreement" -> "sofa").
 */
function initialsOf(name: string, withOf = false): string {
  return (name.match(withOf ? /\p{Lu}[\p{L}-]*|\bof\b/gu : /\p{Lu}[\p{L}-]*/gu) ?? []).map((w) => (w[0] ?? "").toLowerCase()).join("");
}

/** "the Enhanced Defense Cooperation Agreement (EDCA) ... the EDCA": an acronym the article defines names the treaty after. */
function addAcronymMentions(text: string, tokens: readonly Token[], mentions: Mention[], consumed: Set<number>): void {
  addInitialisms(text, tokens, mentions, consumed);
  const defined = mentions.filter((m) => m.type === "Treaty" && m.form === "name" && m.aliases?.length);
  if (!defined.length) return;
  for (const d of defined) {
    const acronym = (d.aliases ?? []).find((a) => /^[A-Z][A-Za-z]{1,9}$/.test(a) && !/\s/.test(a));
    if (!acronym) continue;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.text !== acronym || t.start < d.end || consumed.has(i) || mentions.some((m) => m.start <= t.start && m.end >= t.end)) continue;
      mentions.push({ type: "Treaty", name: d.name, start: t.start, end: t.end, form: "name" });
      consumed.add(i);
    }
  }
}

const NEGATING_PREFIX_RE = /^(?:non|anti|pro|post|pre)-[A-Z]/;

/**
 * Generic names several treaties share ("Association Agreement", "Comprehensive Strategic Partnership Treaty") name
 * one of them only when its sentence names that treaty's party; otherwise they are read as names of their own.
 */
function resolveGenericNames(
  text: string, mentions: Mention[], consumed: Set<number>,
  pending: ReadonlyArray<{ start: number; end: number; names: string[]; from: number; to: number }>,
): void {
  for (const p of pending) {
    const sent = sentenceAround(text, p.start);
    const isos = new Set(mentions.filter((m) => m.type === "State" && m.iso && m.start >= sent.start && m.end <= sent.end).map((m) => m.iso as string));
    let fits = p.names.filter((n) => {
      const e = TREATIES.get(n);
      return (e?.contextParties ?? e?.members ?? []).some((iso) => isos.has(iso));
    });
    // "... the Stockholm Agreement between the Yemeni government and the Houthis" ... "The Stockholm accords remain":
    // once the article has named one of the treaties, the generic name is that one.
    if (fits.length === 0) fits = p.names.filter((n) => mentions.some((m) => m.type === "Treaty" && m.name === n && m.start < p.start));
    if (fits.length === 1) {
      const name = fits[0] as string;
      const y = TREATIES.get(name)?.year;
      mentions.push({ type: "Treaty", name, start: p.start, end: p.end, form: "name", ...(y ? { year: y } : {}) });
    } else {
      for (let k = p.from; k < p.to; k++) consumed.delete(k);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
}
