// Treaties the article identifies by a lower-case description rather than a name: "the 2013 Brussels agreement", "a
// strategic partnership treaty" between the states its sentence names, "the agreement on the joint protection of ...",
// "a free trade agreement between A and B"; and the back-references such descriptions make to a treaty already named.
import { ORGS, PHRASES, SPEECH_VERBS, TREATIES, stateName, type TreatyEntry } from "./gazetteer.js";
import type { Mention } from "./mentions.js";
import { cachedRegExp, phraseWords, tokenAt, type Token } from "./tokens.js";
import {
  AGE_MODIFIER_RE, AGREEMENT_HEADS, AREA_FORM_RE, CALENDAR_RE, DESCRIBED_HEADS, NAME_CONNECTORS, YEAR_RE, gap, headWords, paragraphAt, paragraphStarts,
  clauseFormsOf, partiesAfter, salientAntecedent, sentenceAround, singular, treatiesSignedAt, treatyKindOf,
} from "./treaty-text.js";

// A ceasefire or truce is a treaty only when dated by its year between states the sentence names, or as a later
// reference to one ("the November 2024 ceasefire" ... "The ceasefire").
const CEASEFIRE_HEADS = new Set(["ceasefire", "truce"]);
/** "the truce" refers back to a ceasefire: the two nouns name one thing. */
function sameNoun(w: string): string {
  if (w === "truce") return "ceasefire";
  // "the fisheries agreement" after "the agreement on ... fish stocks": the trade and its noun share a stem.
  const stem = /^(.{4,}?)(?:eries|ery|ing)$/.exec(w);
  return stem ? (stem[1] as string) : w;
}
// Adjectives that praise or place a treaty without saying which one it is: "the landmark agreement" refers back.
const EVALUATIVE = new Set([
  "landmark", "historic", "controversial", "contested", "key", "main", "original", "existing", "current", "old", "earlier", "previous",
  "same", "whole", "entire", "so-called", "latest", "recent", "initial", "landmark", "fragile", "ambitious", "crucial", "vital",
  "important", "disputed", "flawed", "signed", "late", "last", "first", "second", "treaty", "international", "broader", "wider", "own",
]);
const MONTH_RE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
// " of 2012", " of November 25, 2011", " of 9 November 2020", " of February 2008": a date after a treaty noun.
const OF_DATE_RE = /^\s+of\s+(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?)?((?:18|19|20)\d\d)\b/;

const BETWEEN_TWO_RE = /^\s+between\s+the\s+two\s+(?:countries|states|sides|nations|governments|neighbou?rs|leaders)\b/;
const SIGNING_PHRASE_RE = /^(?:[\s,]*(?:by|with|in|at|the|and|between|among|of|on|\p{Lu}[\p{L}.'’-]*))*$/u;
const PARTY_LINK_RE = /^(?:,\s+|,?\s+and\s+)(?=(?:the\s+)?\p{Lu})/u;
// "with the Kiev authorities": the government a party's name modifies belongs to the party.
const PARTY_GOVERNMENT_RE = /^[ \t]+(?:authorities|government|leadership|regime)\b/;
/**
 * The identifying tail a description has in the text, for its aliases: "of 2011", "(that) it signed with Libya",
 * "signed by the two countries in May 2023" (or "in March"), "with the breakaway region of X". Returns the tail's end, or `end`.
 */
export function describedTail(text: string, end: number, partyEnds: ReadonlySet<number>): number {
  const rest = text.slice(end, end + 90);
  const year = OF_DATE_RE.exec(rest);
  if (year) return end + year[0].length;
  const signed = /^\s+(?:(?:that|which)\s+)?(?:(?:it|they|he|she|we|the two (?:countries|sides|leaders|states|governments|neighbours|neighbors)|\p{Lu}[\p{L}-]+)\s+)?(?:signed|concluded|reached|agreed|brokered|mediated)\b/u.exec(rest);
  const withAt = /^\s+with\s+/.exec(rest);
  // "a 2010 agreement between the two countries": the parties in a phrase, part of how the article identifies it.
  const betweenTwo = BETWEEN_TWO_RE.exec(rest);
  if (betweenTwo) return end + betweenTwo[0].length;
  const from = signed ? signed[0].length : withAt ? 0 : -1;
  // "the border treaty signed with Moscow in 2014": a description that already says it was signed goes on to the date.
  const dated = /^\s+in\s+(?:[A-Z][a-z]+\s+)?(?:18|19|20)\d\d\b/.exec(rest);
  if (from < 0 && dated && /\b(?:signed|concluded|agreed)\b/.test(text.slice(Math.max(0, end - 40), end))) return end + dated[0].length;
  if (from < 0) return end;
  // the phrase ends at a party (a state or bloc) or at a date "in (Month) YEAR", within the sentence and a few words.
  const seg = rest.slice(from);
  const stop = seg.search(/[,.;:!?()"“”\n]/);
  const lim = stop < 0 ? seg.length : stop;
  let best = signed ? end + signed[0].length : end;
  const date = /^(.*?\bin\s+(?:(?:[A-Z][a-z]+\s+)?(?:18|19|20)\d\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?!\s+\d)))\b/.exec(seg.slice(0, lim));
  if (signed && date) best = Math.max(best, end + from + (date[1] as string).length);
  // Parties before the date only: "signed in Fortaleza in 2014 and headed by former Brazilian ..." ends at the year.
  const partyLim = signed && date ? (date[1] as string).length : lim;
  // "deal with Turkey days before Brexit transition ends": after "with", the first party (and any list it opens) is the tail.
  for (let q = end + from; q <= end + from + partyLim; q++) {
    if (!partyEnds.has(q) || q - end - from > 60) continue;
    // "deal with the Taliban in Doha paving the way for American ...": only a party right after "with" is its partner.
    if (!signed && withAt && !/^(?:the\s+)?\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*$/u.test(text.slice(end + withAt[0].length, q))) break;
    // "signed by the bloc's members allowed them to send troops if Maputo ...": only connecting words and names stand
    // between "signed" and a party of it; a clause about something else ends the tail.
    if (signed && !SIGNING_PHRASE_RE.test(text.slice(end + from, q))) break;
    best = Math.max(best, q);
    if (!signed) break;
  }
  if (best === end || (signed && best === end + signed[0].length)) return end; // "signed" alone identifies nothing
  // "signed by Chad, Niger and Mali": a list of parties goes on past its commas; a mediator is one ("brokered by the
  // United Nations, Athens ...").
  // ("signed by Moscow and Minsk, Russian Foreign Minister X said": the "and" closed the list.)
  let closed = /\band\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u.test(text.slice(end, best));
  while (partyEnds.has(best) && !closed && !/\b(?:brokered|mediated)\b/.test(signed?.[0] ?? "")) {
    const link = PARTY_LINK_RE.exec(text.slice(best, best + 12));
    if (!link) break;
    closed = /\band\s+$/.test(link[0]);
    let next = -1;
    const from = best + link[0].length;
    for (let q = from; q <= from + 40; q++) if (partyEnds.has(q)) { next = q; break; }
    // Only a party's name stands between: "and the United States", not "and Paris Match said the Russians".
    if (next >= 0 && !/^(?:the\s+)?\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*$/u.test(text.slice(from, next))) break;
    if (next < 0) break;
    best = next;
  }
  best += PARTY_GOVERNMENT_RE.exec(text.slice(best, best + 16))?.[0].length ?? 0;
  // "signed by Russia, Iran and Turkey in Astana in May 2017": the place and date after the parties belong to it too.
  const placeDate = signed ? /^\s+in\s+(?:\p{Lu}[\p{L}-]+\s+in\s+)?(?:[A-Z][a-z]+\s+)?(?:18|19|20)\d\d\b/u.exec(text.slice(best, best + 48)) : null;
  return placeDate ? best + placeDate[0].length : best;
}
// Words that say what kind of instrument it is; with its parties named, "a strategic partnership treaty" is one treaty.
const PLURAL_NAME_RE = /\b(?:Agreements|Accords|Treaties|Conventions|Protocols)\b/;
const TYPE_MODIFIERS = new Set([
  "strategic", "partnership", "friendship", "cooperation", "co-operation", "mutual", "defence", "defense", "security", "alliance",
  "bilateral", "trilateral", "tripartite", "quadrilateral", "free-trade", "association", "accession", "border", "boundary",
  "extradition", "readmission", "visa", "transit", "good-neighbourliness", "good-neighborliness", "non-aggression", "intergovernmental",
  "demarcation", "delimitation", "assistance", "status-of-forces", "stabilisation", "stabilization",
]);
// Words of a treaty's title written in lower case after "of": "treaty of friendship, cooperation and mutual assistance".
// "the treaty of eternal friendship", "of lasting peace": adjectives inside such a title.
const TITLE_ADJECTIVES = new Set(["eternal", "perpetual", "lasting", "everlasting", "permanent", "good", "mutual"]);
const OF_TITLE_WORDS = new Set([...TYPE_MODIFIERS, "peace", "amity", "commerce", "navigation", "trade", "neutrality", "understanding", "neighbourship", "neighborship", "neighbourliness", "neighborliness", "good-neighbourship", "good-neighborship"]);
const PARTY_COUNT: ReadonlyMap<string, number> = new Map(Object.entries({ trilateral: 3, tripartite: 3, quadrilateral: 4 } satisfies Record<string, number>));
// Before the head: quantifiers and pronouns that make a description generic ("any agreement", "their deal").
const QUANTIFIERS = new Set([
  "any", "no", "every", "each", "another", "such", "some", "other", "all", "both", "either", "neither", "what", "which", "whatever",
  "its", "their", "his", "her", "our", "my", "your", "these", "those", "one",
]);
// Instruments an organisation adopts, each on its own topic: "the ECOWAS protocol on the free movement of people".
const ORG_INSTRUMENT_HEADS = new Set(["protocol", "convention", "charter"]);
// Nouns whose indefinite description with a topic is a treaty ("an agreement on mutual protection of investments"); a
// memorandum "on the project", "on cooperation" is as often a statement of intent, which annotators do not list.
const TOPIC_INSTRUMENTS = new Set(["agreement", "treaty", "protocol", "convention", "accord"]);
// "Russia wants an agreement on gas supplies": one wished for, proposed or called for is no treaty yet.
const WISHED_FOR_RE = /\b(?:wants?|wanted|seeks?|sought|calls?\s+for|called\s+for|proposed?|proposes|hopes?\s+for|hoped\s+for|urged?|urges|demands?|demanded|push(?:es|ed)?\s+for|favou?rs?|needs?|needed|reach|reaching)\s+$/;
/** A treaty the gazetteer or the article names outright in the sentence around `at`. */
function namedInSentence(text: string, at: number, mentions: readonly Mention[]): boolean {
  const sent = sentenceAround(text, at);
  return mentions.some((m) => m.type === "Treaty" && m.form === "name" && m.start >= sent.start && m.end <= sent.end);
}
// A contract between companies is no treaty (GUIDELINES): "the commercial agreement between Gazprom and China"; nor
// is an oil or gas concession, "a production sharing agreement" between a government and a consortium.
const COMMERCIAL = new Set(["commercial", "production-sharing", "production sharing"]);
// Indefinite descriptions with these are hypothetical or generic ("a new treaty", "a possible deal").
const HYPOTHETICAL = new Set([
  "new", "future", "possible", "potential", "eventual", "proposed", "hypothetical", "lasting", "durable", "final", "fresh", "broader",
  "wider", "separate", "similar", "formal", "binding", "legally", "written", "comprehensive", "long-term", "permanent",
]);
// Type words any treaty may carry: they do not tell one treaty from another.
// Head nouns the press uses for a treaty of any kind.
const LOOSE_HEADS = new Set(["pact", "deal", "accord"]);
const GENERIC_TYPES = new Set(["bilateral", "intergovernmental", "trilateral", "tripartite", "quadrilateral", "mutual"]);
const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "her", "our"]);
// Verbs of a headline before its object ("Colombia's Congress approves revised peace accord"): no modifiers.
const HEADLINE_VERBS = new Set([
  "approves", "signs", "backs", "rejects", "seals", "clinches", "ratifies", "agrees", "strikes", "inks", "hails", "slams", "quits",
  "scraps", "suspends", "ends", "renews", "extends", "passes", "endorses", "welcomes", "condemns", "says", "warns", "wins", "eyes",
  "seeks", "offers", "signed", "approved", "backed", "rejected", "sealed", "ratified", "struck", "hailed", "quit", "scrapped",
]);
// Words that end a topic phrase after "the agreement on ...".
const TOPIC_STOPS = new Set([
  "with", "which", "that", "who", "whose", "signed", "concluded", "reached", "agreed", "was", "were", "is", "are", "be", "been", "has",
  "have", "had", "by", "since", "after", "before", "until", "as", "at", "from", "during", "when", "while", "would", "will", "could",
  "should", "can", "may", "might", "must", "but", "or", "because", "if", "under", "into", "amid", "despite", "than", "it", "they",
  "he", "she", "we", "back", "again", "off", "out", "away", "aside", "this", "these", "those", "last", "next", "earlier", "later", "ago", "not", "for", "and", "itself",
  // Finite verbs of a treaty's life: the topic has ended ("the agreement on border crossing points remains in force").
  "remains", "remained", "expires", "expired", "lapses", "lapsed", "enters", "entered", "took", "takes", "came", "comes",
  "allows", "allowed", "provides", "stipulates", "stipulated", "guarantees", "requires", "obliges", "grants", "covers", "says",
  "stays", "stayed", "does", "did", "works", "worked", "helps", "helped", "gives", "gave", "means", "meant", "includes",
  "contains", "foresees", "envisages", "envisaged", "marks", "marked",
]);
// "sealed the agreement on a video call": an occasion after "on a", not what the agreement is about.
const OCCASION_NOUNS = new Set(["call", "visit", "trip", "tour", "basis", "flight", "video-link", "videoconference", "day", "weekend", "stopover"]);
const CONTACT_RELATIVE_RE = /^the\s+(?:two\s+)?(?:countries|sides|leaders|governments|states|nations|neighbou?rs|parties|ministers)\s+(?:had\s+|have\s+)?(?:signed|agreed|reached|concluded|struck|inked|sealed|initialled|negotiated)\b/i;
// Nouns after "on (the)" that make a place or time, not a topic ("the deal on the sidelines of ...").
const NOT_TOPICS = new Set([
  "sidelines", "margins", "eve", "basis", "behalf", "condition", "table", "ground", "agenda", "way", "day", "paper", "record", "hold",
  "track", "verge", "brink", "edge", "occasion", "anniversary", "spot", "phone", "telephone", "time", "schedule", "course", "top",
  "twitter", "facebook", "telegram", "instagram", "television", "radio", "camera", "website", "video", "offer",
  // "pull out of the deal on his first day in office": a possessive opens a time or occasion, not what it is about.
  "his", "her", "their", "my", "your",
]);

/**
 * Treaties the article identifies by a lower-case description ("identifies specifically", GUIDELINES): a year
 * ("the 2013 Brussels agreement", "a 1953 mutual defence treaty"), a proper modifier with a definite article, a
 * state's possessive with a modifier ("Sweden's accession protocol"), a topic ("the agreement on the principles of
 * ..."), its parties ("the free trade agreement between A and B"), or its type when the sentence names the parties
 * ("a strategic partnership treaty", "a trilateral memorandum signed by A, B and C"). "the 1960 treaty" refers back
 * to a treaty of that year the article has named. Bare and hypothetical mentions ("an agreement", "a new treaty",
 * "any deal", "trade agreements") are not treaties.
 */
// Nouns a treaty organisation's name modifies: "the CSTO countries", "the NATO allies", "the EU member states".
const NAME_AS_MODIFIER_RE = /^\s+(?:member\s+)?(?:countries|states|members|nations|allies|partners|leaders|summit|forces|troops|officials|ministers|secretariat|chief|head)\b/;

const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "to", "near", "outside", "inside", "into"]);
/**
 * The capitalised words right before the comma that precedes token `det` ("on PACER Plus, a ..."), when they are no
 * entity's and follow a lower-case word that is no place preposition ("in Geneva, a treaty ..." names a place).
 */
function nameBeforeComma(text: string, tokens: readonly Token[], det: number, mentions: readonly Mention[]): { start: number; end: number } | undefined {
  let q = det - 1;
  const last = tokens[q];
  if (!last || !/^,\s+$/.test(gap(text, last, tokens[det] as Token))) return undefined;
  while (q > 0 && (tokens[q] as Token).cap && (q === det - 1 || /^[ \t]$/.test(gap(text, tokens[q] as Token, tokens[q + 1] as Token)))) q--;
  const before = tokens[q] as Token;
  if (q === det - 1 || before.cap || PLACE_PREPOSITIONS.has(before.lower) || !/^[ \t]$/.test(gap(text, before, tokens[q + 1] as Token))) return undefined;
  const start = (tokens[q + 1] as Token).start;
  const end = last.end;
  if (det - 1 - q > 4 || !/\p{Lu}{2}/u.test(text.slice(start, end)) || mentions.some((m) => m.start < end && m.end > start)) return undefined;
  return { start, end };
}

/** A capitalised modifier that is a name, not a year or a participle ("UN-brokered"). */
function isProperModifier(w: Token): boolean {
  return w.cap && !YEAR_RE.test(w.text) && !/-\p{Ll}+$/u.test(w.text) && !MONTH_RE.test(w.text);
}

/**
 * "the 1999 treaty" in an article on the Union State, "the 1997 act" in one on NATO and Russia: the one known treaty
 * of that year whose parties the article names all of, or whose union or organisation (by any of its names) it names.
 */
export function knownTreatyOfYear(year: number, mentions: readonly Mention[], head: string, sentence?: { start: number; end: number }): TreatyEntry | undefined {
  // "the Russian military base in Gyumri operates under the 1995 treaty, and Yerevan ...": a treaty between other
  // states is not the one a sentence about a state outside it means.
  const sentenceIsos = sentence ? new Set(mentions.filter((m) => m.type === "State" && m.iso && m.start >= sentence.start && m.end <= sentence.end).map((m) => m.iso as string)) : new Set<string>();
  const isos = new Set<string>();
  const bodies: string[] = [];
  for (const m of mentions) {
    if (m.type === "State" && m.iso) isos.add(m.iso);
    const entry = m.type === "Treaty" ? TREATIES.get(m.name) : undefined;
    if (entry && (entry.kind === "UNION" || entry.kind === "ORGANIZATION")) bodies.push(entry.name.split(" of ")[0] ?? entry.name, ...entry.aliases.filter((a) => /^[A-Z]{3,}$/.test(a)));
  }
  // "the 2010 agreement" is no treaty called a Treaty (New START): the head noun fits the treaty's name or kind.
  const noun = singular(head.toLowerCase());
  const fitsHead = (t: TreatyEntry) => noun === "document" || [t.name, ...t.aliases].some((n) => n.toLowerCase().split(/[^a-z]+/).map(singular).includes(noun))
    || (AGREEMENT_HEADS.get(noun) === t.kind && !(t.kind === "AGREEMENT" && /\b(?:Treaty|Convention)\b/.test(t.name)));
  const fits = [...TREATIES.values()].filter((t) => t.year === year && !t.asWritten && t.kind !== "ORGANIZATION" && t.kind !== "UNION" && fitsHead(t)
    && ((t.members.length >= 2 && t.members.every((iso) => isos.has(iso))) || bodies.some((b) => t.name.includes(b)))
    && (t.members.length < 2 || [...sentenceIsos].every((iso) => t.members.includes(iso))));
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * "the new pact" after "the USMCA ... replaced the 1994 NAFTA": of candidates whose years are known, the newest
 * (those of unknown year stay).
 */
export function newestOf<T extends { m: Mention }>(cands: T[]): T[] {
  // A treaty's year from any of its mentions ("the 1994 NAFTA" dates a later "NAFTA").
  const byName = new Map<string, number>();
  for (const c of cands) {
    const y = c.m.year ?? TREATIES.get(c.m.name)?.year;
    if (y !== undefined && !byName.has(c.m.name)) byName.set(c.m.name, y);
  }
  const yearOf = (m: Mention) => byName.get(m.name);
  const years = cands.map((c) => yearOf(c.m)).filter((y): y is number => y !== undefined);
  if (new Set(years).size < 2) return cands;
  const newest = Math.max(...years);
  return cands.filter((c) => yearOf(c.m) === undefined || yearOf(c.m) === newest);
}

/** "on <topic>" after a treaty noun at token `at`: the topic's last token, or -1. */
function readTopic(text: string, tokens: readonly Token[], at: number, readBetween: (q: number) => number): number {
  let q = at + 1;
  let last = at;
  const first = tokens[q]?.lower === "the" ? tokens[q + 1] : tokens[q];
  const occasion = (first?.lower === "a" || first?.lower === "an") && tokens.slice(q + 1, q + 4).some((w) => OCCASION_NOUNS.has(w.lower));
  if (first && !occasion && !CALENDAR_RE.test(first.lower) && !/^\d/.test(first.text) && !NOT_TOPICS.has(first.lower)) {
    let quoted = false;
    let beforeQuote = last;
    let closedBefore = -1;
    while (q < tokens.length && q - at <= 20) {
      const w = tokens[q] as Token;
      // "on maintaining 'peace and tranquillity' in border areas": quotation marks inside the topic keep it going.
      const g = gap(text, tokens[q - 1] as Token, w);
      // "on friendship, good-neighbourliness and cooperation": a comma list of title words closed by "and".
      const titleList = g === ", " && OF_TITLE_WORDS.has(w.lower) && OF_TITLE_WORDS.has((tokens[q - 1] as Token).lower)
        && tokens.slice(q + 1, q + 4).some((x, n) => x.lower === "and" && OF_TITLE_WORDS.has(tokens[q + 2 + n]?.lower ?? ""));
      if (!titleList && !/^(?:[ \t\u00a0\-\u2013]{1,2}|[ \t]?['‘’"“”][ \t]?)$/.test(g)) break;
      // "the two countries’ external air border": an apostrophe after a plural is its possessive, no quotation mark.
      const pluralPossessive = /^['’][ \t]$/.test(g) && /s$/.test((tokens[q - 1] as Token).text) && !w.cap;
      // "the best deal on offer” for the region": a mark that closes a quotation the topic never opened ends it.
      if (!quoted && !pluralPossessive && /^['’"”][ \t]/.test(g)) break;
      if (/['‘’"“”]/.test(g) && !pluralPossessive && !(w.lower === "s" && /^['’]$/.test(g))) {
        if (!quoted) beforeQuote = last;
        else closedBefore = q;
        quoted = !quoted; // not a possessive "'s"
      }
      if (w.lower === "between") { const e = readBetween(q); if (e > q) { last = e - 1; q = e; } break; }
      // "the agreement on the transfer of equipment the two countries signed in February": a relative clause begins.
      if (w.lower === "the" && CONTACT_RELATIVE_RE.test(text.slice(w.start, w.start + 60))) break;
      // "fisheries off the coasts of the two countries": "off" before an article is a preposition of the topic.
      // "on the status and conditions of the base": "and" before another noun of the topic keeps it going.
      const nx = tokens[q + 1];
      // (Not "and the protocol to it": a determiner opens another noun phrase, another instrument.)
      const andNoun = w.lower === "and" && nx !== undefined && !nx.cap && !TOPIC_STOPS.has(nx.lower) && !/ed$/.test(nx.lower) && !SPEECH_VERBS.has(nx.lower) && /^\s+$/.test(gap(text, w, nx))
        && !/^(?:the|a|an|its|their|this|that)$/.test(nx.lower);
      // "on the Belt and Road Initiative": "and" inside a capitalised name.
      const properAnd = w.lower === "and" && (tokens[q - 1] as Token).cap && nx?.cap === true && tokens[q + 2]?.cap === true
        && /^\s+$/.test(gap(text, w, nx)) && /^\s+$/.test(gap(text, nx, tokens[q + 2] as Token));
      // "the treaty on security guarantees signed in Minsk": a noun that could be a finite verb, with no object after it.
      // ("... security guarantees within the Union State": a preposition after it, too.)
      const nounNotVerb = w.lower === "guarantees" && (nx === undefined || TOPIC_STOPS.has(nx.lower) || /^(?:within|for|of|between|under|in)$/.test(nx.lower) || !/^\s+$/.test(gap(text, w, nx)));
      // "on cooperation in the use of atomic energy for peaceful purposes": the purpose is part of the topic.
      // "the programme of military-technical cooperation for 2021-2031": the period a programme covers is part of it.
      const purpose = w.lower === "for" && /^\s+(?:peaceful\s+purposes|the\s+purposes?\s+of|(?:the\s+(?:period|years)\s+)?(?:19|20)\d\d\s?[-–]\s?(?:19|20)?\d\d\b)/.test(text.slice(w.end, w.end + 32));
      if (!w.cap && TOPIC_STOPS.has(w.lower) && !quoted && !andNoun && !properAnd && !nounNotVerb && !purpose && !(w.lower === "off" && tokens[q + 1]?.lower === "the")) break;
      if ((w.lower === "in" || w.lower === "on") && (YEAR_RE.test(tokens[q + 1]?.text ?? "") || CALENDAR_RE.test(tokens[q + 1]?.lower ?? ""))) break;
      if (!NAME_CONNECTORS.has(w.lower) && w.lower !== "a" && w.lower !== "an") last = q;
      q++;
    }
    // "the agreement on crossings “encouraging”": a quotation that ends the topic (or is never closed) is the
    // speaker's word about it, not part of it.
    if (quoted || (closedBefore >= 0 && last < closedBefore)) last = beforeQuote;
  }
  return last > at ? last : -1;
}

/** "mcc" for "the Millennium Challenge Corporation compact (with ...)": the initials of the capitalised words it opens with. */
function initialsOf(written: string): string {
  const lead = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}'’-]*\s+)+)/u.exec(written)?.[1] ?? "";
  return (lead.match(/\b\p{Lu}/gu) ?? []).join("").toLowerCase();
}

/** Every described word is a word of the treaty's name or forms ("friendship" of "Treaty on Friendship ..."). */
function saysType(described: readonly string[], name: string, forms: readonly string[] = []): boolean {
  const words = [name, ...forms].flatMap((f) => f.toLowerCase().split(/[^a-z]+/)).map(singular);
  return described.every((w) => words.includes(singular(w)) || w.split("-").every((p) => words.includes(singular(p))));
}

// Lower-cased words of treaty names, kept across articles (names repeat; the cache is emptied when it grows large).
const WORDS_OF = new Map<string, string[]>();
function wordsOf(name: string): string[] {
  let words = WORDS_OF.get(name);
  if (!words) {
    if (WORDS_OF.size > 5000) WORDS_OF.clear();
    words = phraseWords(name);
    WORDS_OF.set(name, words);
  }
  return words;
}

/** Records a description's reading `m`, marks its tokens `k` … `b - 1` read, and returns the index to resume after. */
function settle(added: Mention[], consumed: Set<number>, m: Mention, k: number, b: number): number {
  added.push(m);
  for (let q = k; q < b; q++) consumed.add(q);
  return b - 1;
}

export function addDescribedTreaties(text: string, tokens: readonly Token[], mentions: Mention[], consumed: Set<number>): void {
  const added: Mention[] = [];
  const starts = paragraphStarts(text);
  const all = () => mentions.concat(added);
  const mentionAt = (tok: Token) => mentions.find((m) => m.start <= tok.start && m.end >= tok.end && m.type !== "Person");
  const betweenSeen: Array<{ name: string; parties: Set<string>; words: Set<string>; year: number | undefined }> = [];
  const contentWords = (toks: readonly Token[], from: number, to: number, names: readonly string[]): Set<string> => {
    const out = new Set<string>();
    for (const w of toks.slice(from, to)) {
      if (DESCRIBED_HEADS.get(w.lower) || NAME_CONNECTORS.has(w.lower) || ["a", "an", "this", "that"].includes(w.lower) || YEAR_RE.test(w.text)) continue;
      const m = mentionAt(w);
      if (m && names.includes(m.iso ?? m.name)) continue;
      out.add(w.lower);
    }
    return out;
  };
  // "the treaty on security guarantees (within the Union State)" before or after "the Treaty on Security Guarantees
  // within the Union State": a name written in lower case, whole or its first four words or more, is still that name.
  const namedForms = mentions.filter((m) => m.type === "Treaty" && m.form === "name").flatMap((m) => [m.name, text.slice(m.start, m.end)].map((f) => ({ words: wordsOf(f), name: m.name })))
    .filter((f) => f.words.length >= 4 && DESCRIBED_HEADS.get(f.words[0] ?? "") !== undefined);
  const lowerNameAt = (i: number): { name: string; last: number } | undefined => {
    let best: { name: string; last: number } | undefined;
    for (const f of namedForms) {
      let n = 0;
      while (n < f.words.length && tokens[i + n]?.lower === f.words[n] && (n === 0 || /^[ \t-]{1,2}$/.test(gap(text, tokens[i + n - 1] as Token, tokens[i + n] as Token)))) n++;
      if (n >= 4 && (!best || i + n - 1 > best.last)) best = { name: f.name, last: i + n - 1 };
    }
    return best;
  };
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i] as Token;
    const kind = DESCRIBED_HEADS.get(head.text);
    if (!kind || consumed.has(i) || mentionAt(head)) continue;
    const lowerName = namedForms.length ? lowerNameAt(i) : undefined;
    if (lowerName) {
      const end = (tokens[lowerName.last] as Token).end;
      const det = tokens[i - 1]?.lower === "the" ? (tokens[i - 1] as Token).start : head.start;
      if (!all().some((m) => m.type === "Treaty" && m.start < end && m.end > det && (m.start < det || m.end > end))) {
        i = settle(added, consumed, { type: "Treaty", name: lowerName.name, start: det, end, form: "anaphor" }, i, lowerName.last + 1);
        continue;
      }
    }
    // "the 1949 armistice agreement", "a ceasefire deal": the noun that follows is the head, this one its modifier.
    const nextHead = tokens[i + 1];
    if (nextHead && DESCRIBED_HEADS.get(nextHead.text) && /^\s+$/.test(gap(text, head, nextHead))) continue;
    // Modifiers back to the determiner or a possessor.
    const mods: Token[] = [];
    let k = i - 1;
    let det: Token | undefined;
    let possessor: Mention | undefined;
    let partiesDet = false;
    let ok = false;
    // ("a 2000 India-Sri Lanka free trade agreement": a state's name of two words among the modifiers.)
    while (k >= 0 && mods.length <= 6) {
      const w = tokens[k] as Token;
      const g = gap(text, w, tokens[k + 1] as Token);
      // "The Netherlands' ten-year security agreement", "the two countries' 1960 security treaty": a possessive written
      // with the apostrophe alone, of a state or of the parties the article has named.
      if (mods.length > 0 && /^['’][ \t]$/.test(g) && /s$/.test(w.text)) {
        const m = mentionAt(w);
        if (m && m.end === w.end && (m.type === "State" || m.type === "Organization")) { possessor = m; ok = true; }
        else if (/^(?:countries|nations|states|sides|neighbou?rs)$/.test(w.lower) && /^(?:two|both)$/.test(tokens[k - 1]?.lower ?? "")) {
          det = tokens[k - 1]?.lower === "both" ? tokens[k - 1] : tokens[k - 2]?.lower === "the" ? tokens[k - 2] : undefined;
          ok = det !== undefined;
          partiesDet = ok;
        }
        break;
      }
      // "the New Decade, New Approach deal": a slogan of capitalised words around a comma, after "the", is one name.
      if (/^,[ \t]$/.test(g) && w.cap && mods.length > 0 && mods.every((x) => x.cap && !mentionAt(x)) && !mentionAt(w)) {
        let q = k;
        while (q > 0 && (tokens[q] as Token).cap && !mentionAt(tokens[q] as Token) && /^[ \t]$/.test(gap(text, tokens[q - 1] as Token, tokens[q] as Token))) q--;
        if (q < k && tokens[q]?.lower === "the" && !tokens[q]?.cap) { mods.unshift(w); k--; continue; }
      }
      // "a $38 billion agreement": a currency sign before an amount.
      if (!/^(?:[ \t\u00a0\-\u2013]{1,2}|[ \t][$£€])$/.test(g)) break;
      if (w.lower === "s" && k > 0 && /^['’]$/.test(gap(text, tokens[k - 1] as Token, w))) {
        possessor = mentionAt(tokens[k - 1] as Token);
        ok = possessor !== undefined && (possessor.type === "State" || possessor.type === "Organization");
        break;
      }
      // "The border treaty closed ...": a capital determiner opens a sentence, a paragraph or a quotation.
      const opensSentence = !w.cap || /(?:^|[.!?]["”’']?\s+|\n|["“‘'])$/.test(text.slice(Math.max(0, w.start - 3), w.start));
      if (opensSentence && ["the", "a", "an", "this", "that"].includes(w.lower)) { det = w; ok = true; break; }
      // "its defence cooperation agreement with France": a possessive pronoun, read only with a party after "with".
      if (POSSESSIVE_PRONOUNS.has(w.lower) && mods.length > 0) { det = w; ok = true; break; }
      // "its 1960 status of forces agreement": one compound type word.
      if (w.lower === "of" && tokens[k + 1]?.lower === "forces" && tokens[k - 1]?.lower === "status" && mods[0]?.lower === "forces"
        && /^\s+$/.test(gap(text, tokens[k - 1] as Token, w))) {
        mods.shift();
        mods.unshift(tokens[k - 1] as Token, w, tokens[k + 1] as Token);
        k -= 2;
        continue;
      }
      // "the 1983 Council of Europe convention": an organisation's name of several words among the modifiers.
      const org = w.cap || w.lower === "of" ? mentionAt(w) : undefined;
      if (org?.type === "Organization" && org.start < w.start && org.end <= (tokens[k + 1] as Token).start) {
        while (k >= 0 && (tokens[k] as Token).start >= org.start) { mods.unshift(tokens[k] as Token); k--; }
        continue;
      }
      // "the partnership and co-operation agreement": two type words joined by "and" describe one treaty.
      const joinsTypes = w.lower === "and" && mods[0] !== undefined && TYPE_MODIFIERS.has(mods[0].lower) && TYPE_MODIFIERS.has(tokens[k - 1]?.lower ?? "");
      if (!joinsTypes && (QUANTIFIERS.has(w.lower) || TOPIC_STOPS.has(w.lower) || NAME_CONNECTORS.has(w.lower) || HEADLINE_VERBS.has(w.lower))) break;
      if (w.cap && /[.!?]["”’']?\s*$/.test(text.slice(Math.max(0, w.start - 3), w.start))) break; // sentence start
      mods.unshift(w);
      k--;
    }
    if (!ok) continue;
    const definite = possessor !== undefined || (det !== undefined && det.lower !== "a" && det.lower !== "an");
    const modMentions = mods.map(mentionAt);
    // "the CIS agreement": the organisation's, not one treaty; "the ECOWAS protocol on the free movement of people":
    // one instrument of the organisation, which its topic identifies.
    if (modMentions.some((m) => m?.type === "Treaty") && !(ORG_INSTRUMENT_HEADS.has(head.lower) && tokens[i + 1]?.lower === "on")) continue;
    const yearTok = mods.find((w) => YEAR_RE.test(w.text));
    let year = yearTok ? Number(yearTok.text) : undefined;
    // "UN-brokered", "US-led": a participle, not a name.
    // "the March agreement": a month or weekday says when it was made, not which one it is, nor between whom; with
    // its parties after it ("the January deal between A and B") it is identified, otherwise it is no treaty.
    const dated = mods.some((w) => w.cap && CALENDAR_RE.test(w.lower));
    const partiesFollow = tokens[i + 1]?.lower === "between";
    const yearTok0 = mods.find((w) => YEAR_RE.test(w.text));
    // "the November 2024 ceasefire": a month with its year dates one ceasefire.
    const monthYear = CEASEFIRE_HEADS.has(head.lower) && yearTok0 !== undefined && mods.some((w) => MONTH_RE.test(w.text));
    // "the February 2015 deal": a month with its year dates a treaty the article has named; alone, a month does not.
    const monthWithYear = mods.some((w) => MONTH_RE.test(w.text)) && mods.some((w) => YEAR_RE.test(w.text));
    if (dated && !partiesFollow && !monthYear && !monthWithYear) continue;
    // ("The 2011 Council of Europe treaty": the organisation that drew it up says not which one it is; a bloc's name
    // does, "the EU treaty" being its own.)
    const drawnUpBy = (m: Mention | undefined) => m?.type === "Organization" && ORGS.get(m.name)?.kind !== "BLOC";
    const proper = mods.some((w, n) => isProperModifier(w) && !drawnUpBy(modMentions[n]));
    // "the Lancaster House treaties": a plural head is one set of instruments only under a proper name that is no
    // state's or bloc's ("the EU treaties" are all of them).
    // ("the Paris accords" after "the Paris Peace Agreements": a place word of a treaty named so, whose head is plural.)
    const pluralNamed = head.lower.endsWith("s") && mods.some(isProperModifier) && all().some((m) => m.type === "Treaty" && m.form === "name" && m.end <= head.start
      && PLURAL_NAME_RE.test(m.name) && mods.filter(isProperModifier).every((w) => headWords(text, m).includes(singular(w.lower))));
    if (head.lower.endsWith("s") && !pluralNamed && !mods.some((w, n) => isProperModifier(w) && modMentions[n] === undefined)) continue;
    const lowerMods = mods.filter((w, n) => !isProperModifier(w) && !YEAR_RE.test(w.text) && !MONTH_RE.test(w.text) && modMentions[n]?.type !== "Organization").map((w) => w.lower);
    // "a new treaty", "a separate deal": hypothetical or unidentified, unless dated ("a separate treaty of 1995").
    if (lowerMods.some((w, n) => COMMERCIAL.has(w) || COMMERCIAL.has(`${w} ${lowerMods[n + 1] ?? ""}`))) continue;
    const hypothetical = !definite && lowerMods.some((w) => HYPOTHETICAL.has(w));
    if (hypothetical && year === undefined && !/^\s+(?:of|signed)\b/.test(text.slice(head.end, head.end + 8))) continue;
    const types = lowerMods.filter((w) => TYPE_MODIFIERS.has(w) || (w === "trade" && lowerMods.includes("free")) || (w === "forces" && lowerMods.includes("status")));
    // After the head: "on <topic>", "between A and B".
    let b = i + 1;
    // "a memorandum of understanding": one compound head; with its parties named it is an instrument between them.
    const mou = head.lower === "memorandum" && tokens[b]?.lower === "of" && tokens[b + 1]?.lower === "understanding";
    if (mou) b += 2;
    let topic = false;
    let titleEnd: number | undefined;
    const parties: string[] = [];
    // "between A and B", "between A, B and C": the list ends at the last party "and" joins, so neither a dangling
    // "and" ("between A and B and is financed ...") nor a comma before the next clause ("between A and B, Russian
    // minister X said") extends it.
    const readBetween = (at: number): number => {
      let q = at + 1;
      let found = 0;
      let end = at;
      let kept = 0;
      let sep: "first" | "and" | "comma" = "first";
      const base = parties.length;
      while (q < tokens.length && q - at <= 8) {
        const w = tokens[q] as Token;
        if (!/^,?\s+$/.test(gap(text, tokens[q - 1] as Token, w))) break;
        // "the security pact between Washington and Kabul": a capital among the parties stands for its government.
        const capital = mentionAt(w) ? undefined : PHRASES.match(text, tokens, q);
        const m = capital?.target.kind === "state" && capital.target.form === "capital"
          ? { type: "State" as const, name: stateName(capital.target.iso), iso: capital.target.iso, start: w.start, end: (tokens[q + capital.length - 1] as Token).end }
          : mentionAt(w);
        if (m && (m.type === "State" || m.type === "Treaty" || m.type === "Organization")) {
          parties.push(m.iso ?? m.name);
          found++;
          // "between the Eurasian Economic Union (EAEU) and India": a party's acronym in brackets.
          const acronym = /^\s*\([A-Z][A-Za-z]{1,9}\)/.exec(text.slice(m.end, m.end + 14));
          // "between Turkey and Libya's Tripoli-based government": the party's government is the party.
          const government = m.type === "State" ? /^['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:government|authorities|administration)\b/u.exec(text.slice(m.end, m.end + 48)) : null;
          const after = acronym ? m.end + acronym[0].length : government ? m.end + government[0].length : m.end;
          q = tokenAt(tokens, after);
          if (sep !== "comma") { end = q; kept = found; }
          const nx = tokens[q];
          if (!nx || nx.lower !== "and" && !(/^,\s+$/.test(gap(text, tokens[q - 1] as Token, nx)) && nx.cap)) break;
          if (nx.lower === "and") { q++; sep = "and"; } else sep = "comma";
          continue;
        }
        if (w.lower === "the") { q++; continue; }
        break;
      }
      parties.length = base + (kept >= 2 ? kept : 0);
      return kept >= 2 ? end : at;
    };
    const topicEnd = tokens[b]?.lower === "on" && /^\s+$/.test(gap(text, tokens[b - 1] as Token, tokens[b] as Token)) ? readTopic(text, tokens, b, readBetween) : -2;
    if (topicEnd !== -2) {
      if (topicEnd >= 0) { topic = true; b = topicEnd + 1; }
    } else if (tokens[b]?.lower === "of" && (OF_TITLE_WORDS.has(tokens[b + 1]?.lower ?? "") || (TITLE_ADJECTIVES.has(tokens[b + 1]?.lower ?? "") && OF_TITLE_WORDS.has(tokens[b + 2]?.lower ?? "")))
      && /^\s+$/.test(gap(text, tokens[b - 1] as Token, tokens[b] as Token))) {
      // "the 1961 treaty of friendship, cooperation and mutual assistance (between A and B)": a title in lower case.
      let q = b + 1;
      let last = b;
      while (q < tokens.length && q - b <= 10) {
        const w = tokens[q] as Token;
        if (!/^,?\s+$/.test(gap(text, tokens[q - 1] as Token, w)) || w.cap) break;
        if (OF_TITLE_WORDS.has(w.lower)) last = q;
        else if (w.lower !== "and" && !TITLE_ADJECTIVES.has(w.lower)) break;
        q++;
      }
      topic = true;
      b = last + 1;
      titleEnd = (tokens[last] as Token).end;
      if (tokens[b]?.lower === "between" && /^\s+$/.test(gap(text, tokens[b - 1] as Token, tokens[b] as Token))) {
        const e = readBetween(b);
        if (e > b) b = e;
      }
    } else if (tokens[b]?.lower === "between" && /^\s+$/.test(gap(text, tokens[b - 1] as Token, tokens[b] as Token))) {
      const e = readBetween(b);
      if (e > b) b = e;
    }
    // "the agreement of 2012": a year after the head dates the treaty as one before it does.
    let ofYearEnd: number | undefined;
    // "the intergovernmental agreement of November 25, 2011", "of 9 November 2020", "of February 2008": a full date too.
    const ofDate = year === undefined && !topic && parties.length === 0 && tokens[b]?.lower === "of"
      ? OF_DATE_RE.exec(text.slice((tokens[b - 1] as Token).end, (tokens[b - 1] as Token).end + 32)) : null;
    if (ofDate) {
      year = Number(ofDate[1]);
      const dateEnd = (tokens[b - 1] as Token).end + ofDate[0].length;
      while (b < tokens.length && (tokens[b] as Token).end <= dateEnd) b++;
      ofYearEnd = (tokens[b - 1] as Token).end;
      // "The agreement of 2009 on the joint protection of the external border": the topic after the year.
      const after = tokens[b]?.lower === "on" ? readTopic(text, tokens, b, readBetween) : -1;
      if (after >= 0) { topic = true; b = after + 1; }
    }
    // "the intergovernmental agreement signed by the two countries in May 2023", "an intergovernmental agreement
    // signed in 2015": the signing date the description gives identifies it as a year before it would.
    let signedIn: RegExpExecArray | null = null;
    if (year === undefined) {
      // ("the free trade agreement between the two countries, signed in Beijing in 2017": the parties in a phrase first,
      // after a description that says what kind of treaty it is; "the basic treaty between the two countries, signed
      // ..." goes on to name the treaty it means.)
      const after0 = text.slice((tokens[b - 1] as Token).end, (tokens[b - 1] as Token).end + 160);
      const after = types.length > 0 ? after0.replace(BETWEEN_TWO_RE, "") : after0;
      signedIn = /^,?\s+(?:(?:that|which)\s+)?(?:(?:it|they|the two \p{Ll}+)\s+)?(?:signed|concluded|(?:came|entered)\s+into\s+force)\b[^.;:!?"“”]{0,60}?\bin\s+(?:[A-Z][a-z]+\s+)?((?:18|19|20)\d\d)\b/u.exec(after.slice(0, 120));
      // "the land boundary agreement, which came into force in 2015": a clause after a comma dates a description that
      // says what the treaty is, not a bare "the deal, which ..." (that is the article's deal, named before).
      // A definite one may be a treaty named before ("The French-brokered deal, signed near Paris in 2003" after the
      // Linas-Marcoussis accord): then the clause identifies nothing new.
      if (signedIn && !signedIn[0].startsWith(",")) year = Number(signedIn[1]);
      else if (signedIn && mods.length > 0) {
        const from = (det ?? mods[0] ?? head).start;
        if (!definite || !all().some((m) => m.type === "Treaty" && m.end <= from && treatyKindOf(m) !== "ORGANIZATION" && treatyKindOf(m) !== "UNION")) year = Number(signedIn[1]);
      }
    }
    // "a 1929 agreement with Britain", "the defence cooperation agreement signed with Washington": the party named
    // after "(signed) with" is part of the description (dev gold: "a 1997 agreement with Moscow") and identifies it.
    let withParty: Mention | undefined;
    if (!topic && parties.length === 0) {
      const w = /^\s+(?:signed\s+)?with\s+(?:the\s+)?/.exec(text.slice((tokens[b - 1] as Token).end, (tokens[b - 1] as Token).end + 20));
      const at = w ? (tokens[b - 1] as Token).end + w[0].length : -1;
      // "with the European Union": a bloc is a party as well as a state.
      withParty = w ? mentions.find((m) => m.start === at && ((m.type === "State" && m.iso) || m.type === "Organization" || (m.type === "Treaty" && (treatyKindOf(m) === "UNION" || treatyKindOf(m) === "ORGANIZATION")))) : undefined;
      if (withParty) b = tokenAt(tokens, (withParty as Mention).end);
      // "with the Kiev authorities": the government the party's name modifies is part of the phrase.
      if (withParty && PARTY_GOVERNMENT_RE.test(text.slice(withParty.end, withParty.end + 16))) b++;
      // "a bilateral agreement with the United States signed in 1954": the signing year after the party dates it.
      const signedAfterParty = withParty && year === undefined ? /^\s+(?:signed|concluded)\s+in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:18|19|20)\d\d)\b/.exec(text.slice(withParty.end, withParty.end + 40)) : null;
      if (signedAfterParty) year = Number(signedAfterParty[1]);
    }
    // "a 1989 agreement between Washington and Moscow on the prevention of ...", "a 2006 agreement with Russia on the
    // facilitation of visas": the topic may follow the parties.
    let partiesEnd: number | undefined;
    if (!topic && (parties.length >= 2 || withParty) && tokens[b]?.lower === "on" && /^\s+$/.test(gap(text, tokens[b - 1] as Token, tokens[b] as Token))) {
      const e = readTopic(text, tokens, b, () => b);
      if (e >= 0) { partiesEnd = (tokens[b - 1] as Token).end; topic = true; b = e + 1; }
    }
    // "Our countries signed an agreement on military cooperation in 2021": a signing verb before the description and
    // the year right after it date the one that was signed.
    // ("signed a deal in 2009": a bare noun says nothing of what was signed.)
    // ("Croatia signed the arbitration agreement in 2009": a definite one too; "Jordan followed with its own treaty in
    // 1994": a state's own, whatever the verb.)
    const ownTreaty = det !== undefined && POSSESSIVE_PRONOUNS.has(det.lower) && lowerMods.length === 1 && lowerMods[0] === "own";
    if (year === undefined && det && (!definite || det.lower === "the" || ownTreaty) && (topic || lowerMods.length > 0) && (ownTreaty || /\b(?:signed|concluded|inked|sealed)\s+$/.test(text.slice(Math.max(0, det.start - 12), det.start)))) {
      const inYear = /^\s+in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:18|19|20)\d\d)\b/.exec(text.slice((tokens[b - 1] as Token).end, (tokens[b - 1] as Token).end + 24));
      if (inYear) year = Number(inYear[1]);
    }
    if (hypothetical && year === undefined) continue;
    const between = parties.length >= 2;
    const pronounDet = det !== undefined && POSSESSIVE_PRONOUNS.has(det.lower);
    // "its accession protocol", "the accession treaty" in an article naming the alliance or union acceded to: the one
    // instrument of the state's accession.
    const accession = definite && !possessor && lowerMods.includes("accession") && (head.lower === "protocol" || head.lower === "treaty")
      && all().some((m) => (m.type === "Treaty" && (treatyKindOf(m) === "ORGANIZATION" || treatyKindOf(m) === "UNION")) || (m.type === "Organization" && ORGS.get(m.name)?.kind === "BLOC"));
    // ("their 2000 free trade agreement", "under its 1979 peace treaty": a year dates the one its pronoun's parties have.)
    if (pronounDet && !accession && year === undefined && (withParty === undefined || types.length === 0)) continue;
    // ("the two countries' 1960 security treaty" is written from its year: the parties' phrase is no part of it.)
    const start = possessor ? possessor.start : (det && det.lower !== "this" && det.lower !== "that" && !pronounDet && !partiesDet ? det.start : (mods[0] ?? head).start);
    // "... and the Eurasian Economic Union (EAEU)": a bracket the description opened closes inside it.
    const lastEnd = (tokens[b - 1] as Token).end;
    const end = text[lastEnd] === ")" && text.lastIndexOf("(", lastEnd) > text.lastIndexOf(")", lastEnd - 1) && text.lastIndexOf("(", lastEnd) >= start ? lastEnd + 1 : lastEnd;
    if (all().some((m) => m.type === "Treaty" && m.start < end && m.end > start && !(m.start >= head.end) && !modMentions.includes(m))) continue;
    // "a mutual defence pact, the X Charter, ...": the description and the name in apposition are one treaty.
    const appo = /^,\s+(?:the\s+)?/.exec(text.slice(end, end + 8));
    // "the Open Skies Treaty, a 1992 pact allowing ...": a description in apposition after the name, too.
    const appoBefore = /,\s+$/.exec(text.slice(Math.max(0, start - 4), start));
    // ("under the 2000 agreement on ..., the CSTO countries buy ...": a name that modifies a noun is no apposition.)
    const named = (appo ? mentions.find((m) => m.type === "Treaty" && m.start === end + appo[0].length && m.form !== "anaphor" && !NAME_AS_MODIFIER_RE.test(text.slice(m.end, m.end + 24))) : undefined)
      ?? (appoBefore ? mentions.find((m) => m.type === "Treaty" && m.form !== "anaphor" && m.end === start - appoBefore[0].length) : undefined);
    if (named) {
      i = settle(added, consumed, { type: "Treaty", name: named.name, start, end, form: "anaphor" }, k, b);
      continue;
    }
    // "progress on PACER Plus, a regional free trade agreement being negotiated ...": capitalised words no list knows,
    // in apposition before an indefinite description of a treaty, are its name.
    const appositeName = appoBefore && !definite && !possessor && det && /^an?$/.test(det.lower) && !hypothetical ? nameBeforeComma(text, tokens, k, all()) : undefined;
    if (appositeName) {
      const nameText = text.slice(appositeName.start, appositeName.end);
      added.push({ type: "Treaty", name: nameText, start: appositeName.start, end: appositeName.end, form: "name", kind, members: [...new Set(partiesAfter(text, tokens, b, mentions))] });
      i = settle(added, consumed, { type: "Treaty", name: nameText, start, end, form: "anaphor" }, k, b);
      continue;
    }

    // "the Trans-Pacific pact" after "the ... Agreement for Trans-Pacific Partnership", "the existing EU deal" before
    // "the EU-Japan Economic Partnership Agreement": proper modifiers that are words of a treaty's name, named before
    // or within the next paragraph, refer to it.
    if (definite && !possessor && proper && !topic && !between && year === undefined && withParty === undefined) {
      const words = mods.filter(isProperModifier).flatMap((w) => w.lower.split("-")).map(singular);
      const fits = all().filter((m) => m.type === "Treaty" && m.form !== "anaphor" && treatyKindOf(m) !== "ORGANIZATION" && treatyKindOf(m) !== "UNION"
        && words.every((w) => headWords(text, m).includes(w) || initialsOf(text.slice(m.start, m.end)) === w));
      // "the peace deal signed in Accra in August 2003" ... "the Accra agreement": one place word names the treaty
      // the article said was made there.
      const place = mods.filter(isProperModifier);
      const byPlace = fits.length === 0 && place.length === 1;
      if (byPlace) {
        const madeIn = cachedRegExp(`\\bin\\s+${(place[0] as Token).text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`);
        for (const m of all()) {
          if (m.type !== "Treaty" || m.end > start || treatyKindOf(m) === "ORGANIZATION" || treatyKindOf(m) === "UNION") continue;
          const sent = sentenceAround(text, m.start);
          if (madeIn.test(text.slice(m.end, Math.min(sent.end, m.end + 150)))) fits.push(m);
        }
      }
      const para = paragraphAt(starts, start);
      const ante = salientAntecedent(fits.filter((m) => m.end <= start).map((m) => ({ m, score: 1 })), start, starts)
        ?? fits.find((m) => m.start >= end && paragraphAt(starts, m.start) - para <= 1);
      if (ante) {
        // A treaty the article only described is listed under the place's name for it ("Accra agreement"), the
        // form a reader would call it by.
        const placeNamed = byPlace && (ante.form === "described" || ante.form === "peace") ? text.slice((mods[0] as Token).start, end) : undefined;
        i = settle(added, consumed, { type: "Treaty", name: ante.name, start, end, form: "anaphor", ...(placeNamed ? { written: placeNamed } : {}) }, k, b);
        continue;
      }
    }
    // "set up by Thailand, Laos, Cambodia and Vietnam under a 1995 agreement": an indefinite dated description whose
    // sentence names every party of a known treaty of that year, and no state outside it, is that treaty.
    if (!definite && year !== undefined && !possessor && !proper && !topic && !between && withParty === undefined) {
      const sent = sentenceAround(text, start);
      const fit = knownTreatyOfYear(year, all(), head.lower, sent);
      const inSentence = new Set(all().filter((m) => m.type === "State" && m.iso && m.start >= sent.start && m.end <= sent.end).map((m) => m.iso as string));
      const described = lowerMods.filter((w) => !EVALUATIVE.has(w) && !AGE_MODIFIER_RE.test(w) && !GENERIC_TYPES.has(w));
      if (fit && fit.members.length >= 2 && fit.members.every((iso) => inSentence.has(iso)) && saysType(described, fit.name, fit.aliases)) {
        i = settle(added, consumed, { type: "Treaty", name: fit.name, start, end, form: "descriptor", year }, k, b);
        continue;
      }
    }
    // "the Minsk Convention ... The 1993 treaty on legal assistance": a dated description whose topic words are words
    // of a treaty of that year the article has named refers to it.
    if (definite && topic && year !== undefined && !possessor && !between) {
      const topicWords = tokens.slice(i + 1, b).map((w) => w.lower).filter((w) => !NAME_CONNECTORS.has(w) && w.length > 2).map(singular);
      const ante = all().filter((m) => m.type === "Treaty" && m.end <= start && (m.year ?? TREATIES.get(m.name)?.year) === year
        && topicWords.every((w) => headWords(text, m).includes(w))).pop();
      if (ante) {
        i = settle(added, consumed, { type: "Treaty", name: ante.name, start, end, form: "anaphor" }, k, b);
        continue;
      }
    }
    // "the Good Friday Agreement ... The 1998 accord between London and Dublin": a dated description whose parties are
    // all parties of a known treaty of that year the article has named refers to it.
    if (definite && between && year !== undefined && !possessor && !proper && !topic && withParty === undefined) {
      const ante = all().filter((m) => {
        const known = m.type === "Treaty" && m.end <= start ? TREATIES.get(m.name) : undefined;
        return known !== undefined && known.year === year && parties.every((p) => known.members.includes(p));
      }).pop();
      if (ante) {
        i = settle(added, consumed, { type: "Treaty", name: ante.name, start, end, form: "anaphor" }, k, b);
        continue;
      }
    }
    // "the 1960 treaty", "the strategic partnership treaty": a treaty the article has named.
    if (definite && !possessor && !proper && !topic && !between) {
      const prior = all().filter((m) => m.type === "Treaty" && m.end <= start && !AREA_FORM_RE.test(text.slice(m.start, m.end)));
      let ante: Mention | undefined;
      // Words saying what it is about ("the 2014 debt agreement") must be words of the treaty meant.
      const content = lowerMods.filter((w) => !TYPE_MODIFIERS.has(w) && !EVALUATIVE.has(w) && !AGE_MODIFIER_RE.test(w));
      // ... and for a dated reference, the words of its type too ("the 1997 friendship treaty" is not a 1997 fleet deal).
      const described = lowerMods.filter((w) => !EVALUATIVE.has(w) && !AGE_MODIFIER_RE.test(w) && !GENERIC_TYPES.has(w));
      if (year !== undefined) ante = prior.filter((m) => (m.year ?? TREATIES.get(m.name)?.year) === year && saysType(described, m.name, [text.slice(m.start, m.end)])).pop();
      // A lead or subtitle may say "the 1920 treaty" before the body names it: a known treaty of that year named later.
      if (!ante && year !== undefined) {
        const later = [...new Set(all().filter((m) => m.type === "Treaty" && m.start >= end && TREATIES.get(m.name)?.year === year && treatyKindOf(m) !== "ORGANIZATION" && treatyKindOf(m) !== "UNION").map((m) => m.name))];
        if (later.length === 1) ante = all().find((m) => m.type === "Treaty" && m.name === later[0]);
      }
      // "the 1999 treaty" in an article on the Union State, "the 1997 act" in one on NATO and Russia: the one known
      // treaty of that year whose parties the article names all of, or whose organisation it names.
      if (!ante && year !== undefined && !withParty) {
        const fit = knownTreatyOfYear(year, all(), head.lower, sentenceAround(text, start));
        // "the memorandum signed by Russia, Iran and Turkey in Astana in May 2017": the parties the description names
        // must all be parties to the known treaty.
        const signedBy = /^\s+(?:(?:that|which)\s+(?:was\s+)?)?signed\s+by\s+/.exec(text.slice(end, end + 30));
        const sentence = sentenceAround(text, end);
        const named = signedBy ? all().filter((m) => m.type === "State" && m.iso && m.start >= end && m.start <= end + 80 && m.end <= sentence.end).map((m) => m.iso as string) : [];
        if (fit && saysType(described, fit.name, fit.aliases) && named.every((iso) => fit.members.includes(iso))) {
          i = settle(added, consumed, { type: "Treaty", name: fit.name, start, end, form: "descriptor", year }, k, b);
          continue;
        }
      }
      // "the claims agreement", "the comprehensive trade agreement with the EU": a description saying what the treaty
      // is about, or naming a party, is not a back-reference to a treaty whose name says neither.
      if (!ante && withParty === undefined) {
        const said = [...types, ...content];
        // "the security pact" after "the 1960 Treaty of Mutual Cooperation and Security": with words that say what it
        // is, a pact, deal or accord may be any kind of treaty.
        const anyHead = LOOSE_HEADS.has(head.lower) && said.some((w) => !GENERIC_TYPES.has(w));
        const words = anyHead ? said : [...said, head.lower];
        const cands = prior
          .filter((m) => (year === undefined || (m.year ?? TREATIES.get(m.name)?.year) === undefined) && treatyKindOf(m) !== "ORGANIZATION" && treatyKindOf(m) !== "UNION")
          .filter((m) => { const hw = headWords(text, m).map(sameNoun); return words.every((w) => hw.includes(sameNoun(singular(w)))); })
          .map((m) => ({ m, score: 1 }));
        ante = salientAntecedent(lowerMods.includes("new") ? newestOf(cands) : cands, start, starts);
      }
      if (ante) {
        i = settle(added, consumed, { type: "Treaty", name: ante.name, start, end, form: "anaphor" }, k, b);
        continue;
      }
    }

    // Parties the description or its sentence gives.
    const members = new Set<string>();
    if (possessor?.iso) members.add(possessor.iso);
    for (const m of modMentions) if (m?.type === "State" && m.iso) members.add(m.iso);
    for (const p of parties) if (/^[A-Z]{2}$/.test(p)) members.add(p);
    for (const m of mentions) if (m.type === "State" && m.iso && m.start >= start && m.end <= end) members.add(m.iso);
    for (const iso of partiesAfter(text, tokens, b, mentions)) members.add(iso);
    if (withParty?.iso) members.add(withParty.iso);
    let typeParties: string[] = [];
    if (types.length && !topic && !between && !proper && !possessor) {
      const after = partiesAfter(text, tokens, b, mentions);
      const sent = sentenceAround(text, head.start);
      const inSentence = [...new Set(mentions.filter((m) => m.type === "State" && m.iso && m.start >= sent.start && m.end <= sent.end).map((m) => m.iso as string))];
      // ("The Eurasian Economic Union and Egypt may complete talks on a free trade agreement": a union or treaty
      // organisation the sentence names is a party too, though it has no state code to list among the members.)
      const blocs = new Set(mentions.filter((m) => m.type === "Treaty" && !m.iso && m.start >= sent.start && m.end <= sent.end
        && (treatyKindOf(m) === "UNION" || treatyKindOf(m) === "ORGANIZATION")).map((m) => m.name));
      const want = Math.max(2, ...types.map((w) => PARTY_COUNT.get(w) ?? 2));
      const cand = after.length >= 2 ? [...new Set(after)] : inSentence;
      if (cand.length === want) typeParties = cand;
      else if (after.length < 2 && blocs.size === 1 && inSentence.length === want - 1 && want === 2) typeParties = inSentence;
    }
    // "X signed a defence protocol with Y": the subject state and the party after "with" are its parties.
    // ("The United Kingdom's plan to sign a 100-year partnership agreement with Ukraine": one to be signed, too.)
    if (!definite && types.length && withParty?.iso && typeParties.length === 0 && det && /\b(?:signed|concluded|agreed|under|sign|conclude|signing|concluding)\s+$/.test(text.slice(det.start - 12, det.start))) {
      const sent = sentenceAround(text, head.start);
      const subject = mentions.find((m) => m.type === "State" && m.iso && m.start >= sent.start && m.end <= det.start && m.iso !== withParty?.iso);
      if (subject?.iso) typeParties = [subject.iso, withParty.iso];
    }
    if (CEASEFIRE_HEADS.has(head.lower)) {
      const sent = sentenceAround(text, head.start);
      const states = new Set(mentions.filter((m) => m.type === "State" && m.iso && m.start >= sent.start && m.end <= sent.end).map((m) => m.iso));
      if (year === undefined || states.size < 2) continue;
    }
    // "the bloc's new migration pact": a union's or organisation's own pact or act with no other party is its
    // legislation, not a treaty.
    if (possessor?.type === "Organization" && (head.lower === "pact" || head.lower === "act") && !withParty && !between && !proper) continue;
    // "Rome's agreement with Albania": a state's agreement with another state is the treaty between the two.
    // ("Croatia's stabilisation and association agreement with the EU": a state's agreement with a bloc, too.)
    const statePair = possessor?.type === "State" && possessor.iso !== undefined && withParty !== undefined
      && (withParty.type !== "State" || (withParty.iso !== undefined && withParty.iso !== possessor.iso));
    // "a free trade agreement between Indonesia and the Eurasian Economic Union": its type and its parties identify it.
    const typedBetween = !definite && between && types.length > 0;
    // "The United States and Israel signed a $38 billion agreement on military aid": what it is about and the two
    // states that signed it identify it.
    let signedTopic = false;
    if (!definite && topic && det && typeParties.length === 0) {
      const sent = sentenceAround(text, head.start);
      const lead = text.slice(sent.start, det.start);
      const signers = [...new Set(mentions.filter((m) => m.type === "State" && m.iso && m.start >= sent.start && m.end <= det.start).map((m) => m.iso as string))];
      if (signers.length === 2 && /\b(?:signed|concluded|struck|inked|sealed|sign|conclude)\s+$/.test(lead) && /\band\b/.test(lead)) {
        signedTopic = true;
        for (const iso of signers) members.add(iso);
      }
    }
    // "the two sides are working on an agreement on mutual protection of investments": an agreement, treaty, protocol,
    // convention or accord written with what it is on is one, signed or still being drafted (annotators list it, "(draft)").
    // (Not "a post-Brexit trade agreement on Christmas Eve": what it is on is in lower case, right after the noun.)
    // (Nor "an international treaty on military transparency" beside the Open Skies Treaty its sentence names: that one.)
    const indefiniteTopic = !definite && topic && det !== undefined && /^an?$/.test(det.lower) && TOPIC_INSTRUMENTS.has(head.lower) && !withParty
      && tokens[i + 1]?.lower === "on" && /^\s+(?:the\s+)?\p{Ll}/u.test(text.slice(head.end + 3, head.end + 12))
      && !namedInSentence(text, head.start, mentions) && !WISHED_FOR_RE.test(text.slice(Math.max(0, det.start - 24), det.start));
    // ("its own treaty in 1994" names a known treaty of that year or nothing.)
    const identified = !ownTreaty && (year !== undefined || accession || typeParties.length > 0 || statePair || typedBetween || signedTopic || indefiniteTopic || (mou && (between || withParty?.iso !== undefined)) || (definite && withParty !== undefined && lowerMods.length > 0) ||
      (definite && (proper || topic || between || (possessor !== undefined && lowerMods.length > 0))));
    if (!identified) continue;
    for (const p of typeParties) members.add(p);
    // "the treaty on the zone, signed in Semipalatinsk in 2006": the place and year of signing the gazetteer records
    // for one treaty name it.
    const signedPlace = signedIn ? /\bin\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\s+in\s+(?:[A-Z][a-z]+\s+)?(?:18|19|20)\d\d\b/u.exec(signedIn[0])?.[1] : undefined;
    if (signedIn && signedPlace) {
      const y = Number(signedIn[1]);
      const hits = treatiesSignedAt(signedPlace).filter((t) => t.year === y);
      if (hits.length === 1) {
        i = settle(added, consumed, { type: "Treaty", name: (hits[0] as TreatyEntry).name, start, end, form: "descriptor", year: y }, k, b);
        continue;
      }
    }

    // "the free trade agreement between A and B" ... "the agreement on a free trade zone between B and A": one
    // treaty described twice, when the parties are the same and the descriptions share a word of what it is about.
    if (between) {
      const words = contentWords(tokens, k + 1, b, parties);
      const same = betweenSeen.find((e) => e.parties.size === new Set(parties).size && parties.every((p) => e.parties.has(p)) &&
        [...words].some((w) => e.words.has(w)) && !(e.year !== undefined && year !== undefined && e.year !== year));
      if (same) {
        i = settle(added, consumed, { type: "Treaty", name: same.name, start, end, form: "anaphor" }, k, b);
        continue;
      }
    }
    const first = mods[0] ?? head;
    // "$38 billion agreement": the currency sign belongs to the amount.
    const phraseStart = possessor ? possessor.start : first.start - (/[$£€]$/.test(text.slice(first.start - 1, first.start)) ? 1 : 0);
    // "Egypt–Somalia defence protocol": parties named before it, the "with" phrase is left to the aliases.
    let name = text.slice(phraseStart, typeParties.length && !definite && withParty ? head.end : end);
    // "a 1990 treaty": an indefinite description is named as written, article and all; "1990 treaty" alone reads as
    // a title the article never gave it (annotators copy the article into the forms they list).
    const written = !definite && det && !possessor ? text.slice(det.start, end) : undefined;
    // One described with its parties in the sentence is told apart from other descriptions by a name with its
    // parties ("Russia–Kyrgyzstan intergovernmental agreement") until the variants are merged; it is then listed
    // under the article's words too.
    if (typeParties.length && !definite) name = `${typeParties.map((x) => stateName(x)).join("–")} ${name}`;
    else if (written) name = written;
    name = name.charAt(0).toUpperCase() + name.slice(1);
    // Aliases: the bare noun phrase and the phrase with its identifying tail ("... it signed with Libya", "... of 2011").
    const partyEnds = new Set(mentions.filter((m) => m.type === "State" || m.type === "Organization" || (m.type === "Treaty" && m.form === "name")).map((m) => m.end));
    const tail = describedTail(text, end, partyEnds);
    const core = text.slice(start, mou ? (tokens[i + 2] as Token).end : (head as Token).end);
    const yearForm = ofYearEnd !== undefined ? [text.slice(start, ofYearEnd)] : titleEnd !== undefined ? [text.slice(start, titleEnd)] : [];
    const bare = written !== undefined ? [text.slice(phraseStart, end)] : [];
    // "its defence cooperation agreement with France": the form with its pronoun is how the article writes it.
    const withPronoun = pronounDet && det ? [text.slice(det.start, end)] : [];
    // "Croatia's stabilisation and association agreement": the description without its possessor is a form of it too.
    const withoutPossessor = possessor && lowerMods.length > 0 && mods[0] ? [text.slice((mods[0] as Token).start, head.end)] : [];
    // "a 2009 agreement between Moscow and Minsk (on the joint protection of ...)": the form up to its parties.
    const withParties = partiesEnd !== undefined ? [text.slice(start, partiesEnd)] : [];
    const aliases = [...new Set([core, ...yearForm, text.slice(start, tail), ...bare, ...withPronoun, ...withoutPossessor, ...withParties])].filter((a) => a !== text.slice(start, end));
    // "a 1976 convention limiting liability for maritime claims", "a 2003 treaty between the four countries", "a 1995
    // treaty whose term was extended ...": the description with the clause that says which one it is, a form to
    // recognise it by but not to name it by.
    const clauseForms = clauseFormsOf(text, start, end);
    // "an agreement ... signed in Accra in 2016": the year its tail gives dates it for a later "the 2016 document".
    const tailYear = /\b((?:18|19|20)\d\d)\b/.exec(text.slice(end, tail))?.[1];
    // "the agreement on ... in Lake Peipus, signed in 1994": a signing clause after a comma, which does not identify a
    // description, still dates one identified otherwise.
    const datedYear = year ?? (tailYear !== undefined ? Number(tailYear) : signedIn ? Number(signedIn[1]) : undefined);
    added.push({ type: "Treaty", name, start, end, form: "described", kind, members: [...members], ...(datedYear !== undefined ? { year: datedYear } : {}), ...(aliases.length ? { aliases } : {}),
      ...(written && written !== name ? { written: written.charAt(0).toUpperCase() + written.slice(1) } : {}), ...(clauseForms.length ? { clauseForms } : {}) });
    if (between) betweenSeen.push({ name, parties: new Set(parties), words: contentWords(tokens, k + 1, b, parties), year });
    for (let q = k; q < b; q++) if (!mentions.some((m) => m.start <= (tokens[q] as Token).start && m.end >= (tokens[q] as Token).end)) consumed.add(q);
    i = b - 1;
  }
  mentions.push(...added);
}
