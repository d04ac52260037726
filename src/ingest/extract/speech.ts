// Finds speech events in a sentence: a verb of saying with its speaker phrase and what was said —
// "X said (that) CLAUSE", "CLAUSE, X said", "CLAUSE, said X", "X, a ..., said CLAUSE", "X said, adding that ...",
// "According to X, CLAUSE", "CLAUSE, according to X", "X accused Y of Z", "which X says CLAUSE".
// Speakers are left as text spans here; speakers.ts resolves them.
import type { Span } from "../types.js";
import {
  AUDIENCE_NOUNS, AUXILIARIES, DISCOURSE_STARTS, GIVEN_NAMES, NEED_THAT, OBJECT_VERBS, PARENTHETICAL_ONLY, PHRASE_VERBS, ROLE_NOUNS, SPEECH_VERBS, UNNAMED_HEADS,
} from "./gazetteer.js";
import type { Quote } from "./quotes.js";
import type { Sentence } from "./segment.js";
import { tokenAt, type Token } from "./tokens.js";

export interface SpeechEvent {
  verb: Span;
  lemma: string;
  /** The phrase naming the speaker, when the sentence gives one next to the verb. */
  speaker: Span | null;
  /** Participles and coordinated verbs take the speaker of the sentence ("..., saying", "and said"). */
  speakerFrom: "phrase" | "previous" | "subject";
  /** The reported clause (may contain quotation marks). */
  content: Span | null;
  /** A quotation follows the verb directly ("said: '...'", "adding, '...'"). */
  quoteAfter: boolean;
  /** The verb attributes the quotation just before it ("'...,' he said"). */
  quoteBefore: Quote | null;
  /** What the attribution says the words were about ("spoke on the alliance's eastern flank", "talking about the union's budget"). */
  topic: Span | null;
  /** Everything the attribution occupies, so a later event's clause starts after it. */
  region: Span;
  /** The verb follows a relative "who" ("X, a historian, who has confirmed ..."). */
  relative?: boolean;
}

export interface SentenceView {
  text: string;
  tokens: readonly Token[];
  /** Global index range of this sentence's tokens. */
  ts: number;
  te: number;
  sentence: Sentence;
  quotes: readonly Quote[];
}

const SAY_FORMS = new Set(["said", "says", "told", "added", "stated", "noted"]);
const BOUNDARY_WORDS = new Set([
  "that", "after", "before", "when", "while", "as", "because", "although", "though", "since", "where", "which", "who",
  "whom", "if", "unless", "until", "but", "so", "than", "what", "whether", "how", "why", "once", "whereas", "by", "of",
  "for", "without", "with", "from", "to", "in", "on", "at", "into", "against", "about", "amid", "despite",
]);
const BE_FORMS = new Set(["is", "was", "were", "are", "be", "been", "being"]);
const FINITE = new Set([
  "is", "was", "were", "are", "will", "would", "could", "can", "should", "must", "might", "may", "had", "has", "have",
  "did", "does", "do", "shall", "cannot", "won", "isn", "wasn", "aren", "don", "doesn", "didn",
]);
// Past tenses without -ed: they end a noun phrase where a clause's verb begins ("Turkey's foreign ministry hit back",
// "said the agreement gave neither side ..."). Shared with the sentence-subject reader in statements.ts.
export const IRREGULAR_PAST = new Set([
  "hit", "struck", "took", "made", "gave", "went", "got", "kept", "met", "left", "sent", "ran", "won", "lost", "found",
  "began", "sought", "fought", "broke", "led", "paid", "stood", "drew", "threw", "shot", "spoke", "wrote", "rose", "fell",
  "saw", "knew", "brought", "bought", "chose", "froze", "swore", "set", "cut", "built", "sold",
]);
// ... and after an inverted "said" also these ("came" and "held" open subjects too often: "The breach came minutes
// after ...", "Journalists held placards ...").
const CLAUSE_VERBS = new Set([
  ...IRREGULAR_PAST, "came", "held", "put", "meant", "became", "spent", "thought", "felt", "bore",
  "gives", "makes", "means", "remains", "allows", "requires", "provides", "includes", "puts", "keeps", "takes", "brings",
  "leaves", "opens", "shows", "poses", "needs", "wants", "seems",
]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "you", "there", "this"]);
const APPROXIMATORS = /^(?:about|over|under|nearly|almost|around|some)$/;
// ("reported to the head of state that ...": a described addressee too.)
const AUDIENCE_THEN_THAT_RE = /^\s+to\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.-]*\s+){1,3}|(?:reporters|journalists|press|media|lawmakers|MPs|parliament|senators|deputies)\s+|(?:head|heads|leader|leaders|president|minister|ministers|chairman|council|members)\s+(?:of\s+(?:the\s+)?[\p{L}-]+\s+)?)that\s/u;
const PREPOSITIONS = new Set(["on", "about", "at", "in", "during", "after", "before", "with", "to", "for", "from", "by", "over", "via", "through", "of", "outside", "inside", "near", "ahead", "amid", "following"]);
const ACCUSE = new Set(["accused", "accusing", "accuses", "accuse"]);
const DAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|weekend)$/;
const TIME_WORDS = new Set([
  "yesterday", "today", "tonight", "earlier", "later", "morning", "evening", "afternoon", "night", "week", "month", "year",
  "again", "also", "publicly", "repeatedly", "recently", "previously", "separately", "then", "now", "once", "firmly",
  "strongly", "bluntly", "flatly", "clearly", "briefly", "too", "late", "early", "weekend", "monday", "tuesday", "wednesday",
  "thursday", "friday", "saturday", "sunday", "last", "this", "next", "overnight", "afterwards", "shortly",
]);
const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;
const TOPIC_PARTICIPLES = /^(talking|speaking|summing|commenting|referring|reflecting|discussing|describing|explaining)$/;
const LEAD_WORDS = /^\s*(?:(?:However|But|And|Meanwhile|Moreover|Still|Yet|Also|Furthermore|Indeed|Instead|So|Thus),?\s+)?/;

// ("..., with a spokeswoman saying ...": a person the description names by role.)
const WITH_SUBJECT_RE = /\bwith\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|(?:a|an|the|one|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:spokesman|spokeswoman|spokesperson|official|officials|minister|diplomat|diplomats|source|sources|aide|aides|analyst|analysts|expert|experts|critics|leader|leaders|envoy|ambassador))\s+$/u;
// A subordinate clause of time right after the verb is not what was said: "X said as he met Y".
const TIME_SUBORDINATORS = new Set(["as", "when", "while", "after", "before", "upon"]);
const MODALS = new Set(["would", "will", "could", "should", "might", "may", "must", "can", "shall"]);
// Verbs whose subject may follow them ("..., said the minister"); "announced the suspension" takes an object.
const INVERTIBLE = new Set([
  "say", "add", "note", "stress", "warn", "explain", "insist", "continue", "write", "reply", "respond", "argue", "emphasise",
  "state", "conclude", "reiterate", "assert", "remark", "tell", "claim", "observe", "underline", "point-out", "recall", "concede",
  "complain", "acknowledge", "admit",
]);
// "who declined to be named", "who spoke on condition of anonymity": part of an unnamed speaker's description.
const ANON_CLAUSE_RE = /^who\s+(?:declined|refused|asked|requested|spoke|did\s+not\s+want|(?:was|were|is|are)\s+not\s+authori[sz]ed)\b[^,.;:!?"“”]{0,60}?\b(?:named|identified|anonymity|publicly|record|name)\b/i;
// A parenthetical between the speaker and the verb: "Wang Yi, for his part, said".
// ("Edward Fitzgerald QC, for Assange, said", "X, for the prosecution, said": counsel and whom they act for.)
const PARENTHETICAL_RE = /,\s*(?:in turn|for (?:his|her|its|their) part|for (?:the )?(?:defen[cs]e|prosecution|claimants?|applicants?|Crown)|for \p{Lu}[\p{L}'’-]+|meanwhile|however|too|also|though|in response|in reply|separately|in a statement|in an interview|speaking on (?:the )?condition of anonymity|speaking anonymously|who (?:asked|declined|spoke|requested)[^,]{0,50})\s*,\s*$/iu;
const isSpaceGap = (g: string) => /^[\s[\]]+$/.test(g);
const isNameGap = (g: string, before?: string) => /^[\s[\]'’]+$/.test(g) || /^\s?\(\s?$|^\)\s$/.test(g) || g === "-" || g === "–"
  // the period of an initial or a generational suffix inside a name ("J. Smith", "Marcos Jr. said")
  || (g === ". " && before !== undefined && /^(?:Jr|Sr|\p{Lu}|(?:\p{Lu}\.)+\p{Lu})$/u.test(before));

/** The gap before token a joins it to the name before: "J. Smith", "U.S. officials", not "on X. He added". */
// A minister's title up to a portfolio it lists ("Minister for Law, Human Rights"), and the rest of the list ("Immigration
// and Correction NAME").
const LIST_CLOSE_RE = /^(?:\p{Lu}[\p{L}-]*,?\s+)*and\s+\p{Lu}/u;
const PORTFOLIO_LIST_RE = /\b(?:Minister|Secretary|Commissioner)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:,?\s+(?:\p{Lu}[\p{L}-]*|and))*$/u;

function nameGapBefore(v: SentenceView, a: number): boolean {
  const g = gapAfter(v, a - 1);
  if (!isNameGap(g, (v.tokens[a - 1] as Token).text)) return false;
  return !(g === ". " && /^(?:he|she|it|they|we|i|you|the|a|an|this|that|but|and)$/.test((v.tokens[a] as Token).lower));
}

function gapAfter(v: SentenceView, a: number): string {
  const t = v.tokens[a] as Token;
  const u = v.tokens[a + 1];
  return v.text.slice(t.end, u ? u.start : v.sentence.end);
}

function insideQuote(v: SentenceView, offset: number): Quote | undefined {
  return v.quotes.find((q) => offset >= q.outerStart && offset < q.outerEnd);
}

// A phrase of examples that the word closes: ", including two helicopters promised".
const EXAMPLES_PHRASE_RE = /(?:^|[,;:(])\s*(?:including|such as|like|among them|notably)\s[^,;:(]*$/i;

/** Speech verb (single or multi-word) starting at token k: its lemma and token length. */
function speechVerbAt(v: SentenceView, k: number): { lemma: string; len: number } | null {
  const t = v.tokens[k];
  if (!t) return null;
  const phrases = PHRASE_VERBS.get(t.lower);
  if (phrases) {
    for (const p of phrases) if (p.rest.every((w, i) => v.tokens[k + 1 + i]?.lower === w)) return { lemma: p.lemma, len: 1 + p.rest.length };
  }
  const lemma = SPEECH_VERBS.get(t.lower);
  if (!lemma) return null;
  // "Haitham bin Tariq Al Said", "Edward Said": capitalised after a name particle or a given name, the word is a name.
  const before = v.tokens[k - 1];
  if (t.cap && k > v.ts && before && /^\s+$/.test(v.text.slice(before.end, t.start)) && (/^(?:al|el|bin|ibn|abu)$/i.test(before.text) || GIVEN_NAMES.has(before.text))) return null;
  // "two helicopters promised last year", "weapons promised by Washington": a participle after a noun in a phrase
  // of examples, or before its agent, describes the noun.
  if (t.lower.endsWith("ed") && before && !before.cap && !AUXILIARIES.has(before.lower)) {
    if (v.tokens[k + 1]?.lower === "by") return null;
    if (EXAMPLES_PHRASE_RE.test(v.text.slice(Math.max(v.sentence.start, t.start - 80), t.start))) return null;
  }
  // "gave Britain no say over ...": after a determiner, "say" is a noun.
  if (t.lower === "say" && /^(?:no|a|any|the|final|greater|bigger|more|real|little|equal|some)$/.test(v.tokens[k - 1]?.lower ?? "")) return null;
  return { lemma, len: 1 };
}

/** Does a clause (subject + finite verb) start at token `from`? */
function looksLikeClause(v: SentenceView, from: number, to: number): boolean {
  const first = v.tokens[from];
  if (!first) return false;
  // "at least 12 people had died", "more than half of them were": a quantifier opens the clause's subject.
  if (first.lower === "at" && /^(least|most)$/.test(v.tokens[from + 1]?.lower ?? "")) return looksLikeClause(v, from + 2, to);
  if (APPROXIMATORS.test(first.lower) && /^\d/.test(v.tokens[from + 1]?.text ?? "")) return looksLikeClause(v, from + 1, to);
  if (PREPOSITIONS.has(first.lower) && first.lower !== "to") return false;
  if (SUBJECT_PRONOUNS.has(first.lower) && v.tokens[from + 1]) return true;
  for (let k = from; k < Math.min(to, from + 9); k++) {
    const t = v.tokens[k] as Token;
    if (k > from && /^(that|which|who|whose|where|when)$/.test(t.lower)) return false; // a relative clause inside a noun phrase
    // "announced the emergency late on Wednesday, saying it would ...": the participle's clause is not this one's.
    if (k > from && /ing$/.test(t.lower) && v.text.slice((v.tokens[k - 1] as Token).end, t.start).includes(",")) return false;
    if (FINITE.has(t.lower)) return k > from || first.lower === "there";
    if (k > from && !t.cap && /ed$/.test(t.lower) && t.lower.length > 4) return true;
    // "Russia plans", "NATO says": a present-tense verb right after a name
    if (k === from + 1 && first.cap && !t.cap && /[^s]s$/.test(t.lower)) return true;
  }
  return false;
}

export function findSpeechEvents(v: SentenceView): SpeechEvent[] {
  const events: SpeechEvent[] = [];
  const { tokens, ts, te } = v;
  let clauseFloor = v.sentence.start;
  let invertedFloor = v.sentence.start;
  for (let k = ts; k < te; k++) {
    const t = tokens[k] as Token;
    let ev: SpeechEvent | null = null;
    let len = 1;
    if (t.lower === "according" && tokens[k + 1]?.lower === "to") {
      ev = accordingTo(v, k, clauseFloor);
      len = 2;
    } else if (t.lower === "in" && /^(his|her)$/.test(tokens[k + 1]?.lower ?? "") && tokens[k + 2]?.lower === "words") {
      ev = inWords(v, k, clauseFloor, { start: (tokens[k + 1] as Token).start, end: (tokens[k + 1] as Token).end }, tokens[k + 2] as Token);
      len = 3;
    } else if (t.lower === "in" && possessorWords(v, k) > 0) {
      // "In Mickoski's words, ...", "In the minister's words, ...": the possessor speaks.
      len = possessorWords(v, k);
      const owner = { start: (tokens[k + 1] as Token).start, end: (tokens[k + len - 3] as Token).end };
      ev = inWords(v, k, clauseFloor, owner, tokens[k + len - 1] as Token);
    } else {
      const sv = ACCUSE.has(t.lower) ? { lemma: "accuse", len: 1 } : speechVerbAt(v, k);
      if (!sv) continue;
      len = sv.len;
      ev = verbEvent(v, k, sv, clauseFloor, invertedFloor);
    }
    if (!ev) continue;
    events.push(ev);
    // "X said A, but that B": the second "that"-clause is a report of its own by the same speaker (dev gold keeps
    // "A, and that B" as one).
    const but = ev.content && ev.content.start > ev.verb.end ? /^,\s+but\s+that\s+/.exec(v.text.slice(ev.content.end, ev.content.end + 12)) : null;
    // Where the first clause has a "that"-clause of its own ("said Kyiv hoped that A, but that B"), the second may
    // continue either: one statement.
    if (ev.content && but && !/\bthat\s/.test(v.text.slice(ev.content.start, ev.content.end))) {
      const start = ev.content.end + but[0].length;
      const end = clauseEnd(v, start);
      if (end - start >= 8) {
        const second: SpeechEvent = { ...ev, content: { start, end }, quoteAfter: false, quoteBefore: null };
        events.push(second);
        ev = second;
      }
    }
    clauseFloor = Math.max(clauseFloor, ev.content && ev.content.start > ev.verb.end ? ev.content.end : ev.region.end);
    if (!(ev.content && ev.content.start > ev.verb.end)) invertedFloor = clauseFloor;
    k += len - 1;
  }
  return events;
}

interface LeftSide {
  speaker: Span | null;
  from: SpeechEvent["speakerFrom"];
  /** The speaker phrase follows a comma ("CLAUSE, X said") or the verb follows one ("X, ..., said"). */
  commaBefore: boolean;
  verbAfterComma: boolean;
  hedge: boolean;
  asParenthetical: boolean;
  relative: boolean;
  /** "35 Russians he said were ...": the verb's subject pronoun opens a relative clause without "that". */
  contact?: boolean;
  /** Where a role written before the speaker's name begins, when the phrase runs back to a comma through it. */
  roleStart?: number;
  /** "Lithuania's new prime minister, NAME, promised ...": the phrase before the name is its apposition, no report. */
  roleApposition?: boolean;
  /** "NAME, head of the committee, told ...": the words before the verb are its subject and an apposition, no report. */
  subjectApposition?: boolean;
}

// ", (former Foreign Minister) Karin Kneissl, who heads the centre" / ", Leonid Slutsky, chairman of the committee" /
// "while Celso Amorim, chief adviser to ..., said": after a comma or a clause's conjunction, up to four lower-case words
// of a role, a capitalised name of two to six words, and an apposition to the verb's comma.
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|(?:al|el|ad|bin|ibn|de|da|van|von|der)(?:-\p{Lu}[\p{L}'’.-]*)?)`;
const NAME_BEFORE_VERB_RE = new RegExp(String.raw`,\s+((?:${NAME_WORD}\s+){0,6}\p{Lu}[\p{L}'’.-]*|(?:${NAME_WORD}\s+){1,6}(?:al|el)-\p{Lu}[\p{L}'’.-]*),\s+(?:(?:who|whose)\s[^,;:"“”]{2,120},\s+)?(?:[a-z]+ly\s+)?$`, "u");
const SETTING_ONLY_RE = /^(?:In|At|On|During|After|Before|Outside|Near|Following)\s+[^,;]+(?:,\s+(?:where|when)\s+[^,;]+)?$/;
const DESCRIBED_APPOSITION_RE = /,\s+((?:a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:official|diplomat|spokesman|spokeswoman|spokesperson|source|analyst|expert|observer|member|delegate|negotiator)(?:\s+(?:in|of|at|from|with|for|to)\s+[^,;:"“”]{2,80})?),\s+((?:a|an|the|which|who)\s+[^,;:"“”]{3,120})$/u;
const NAME_APPOSITION_RE = /(?:,|\s(?:while|whereas|but|and))\s+((?:\p{Lu}\p{Ll}+\s+){0,2}(?:[\p{Ll}-]+\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}){0,4})(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|da|de|van|von|al|el|bin)){1,5}),\s+((?:[^,;:"“”]|,(?=\s\p{Lu}\p{Ll}+(?:,|\s+and\s)))+)$/u;

/** "In July", "On Monday", "Last week": a time phrase, not a name in a list. */
function isTimeItem(item: string): boolean {
  return TIME_ITEM_RE.test(item) || item.split(/\s+/).some((x) => DAYS.test(x.toLowerCase()) || MONTHS.test(x.toLowerCase()));
}
const TIME_ITEM_RE = /^(?:In|On|At|By|Since|Until|For|After|Before|During|Last|This|Next|Earlier|Later|Meanwhile)\b/;

const PARTICIPLE_LEAD_RE = /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{L}+[^s\s]s\s+\p{Ll}+ing\s+\p{Ll}+\s+$/u;

// People, states and bodies in the plural that speak before a relative pronoun ("some northern governments, which
// have argued", "human rights groups who say").
const PLURAL_SPEAKERS = new Set(["governments", "countries", "states", "nations", "members", "allies", "parties", "groups", "officials", "critics", "lawmakers", "leaders", "ministers", "diplomats", "analysts",
  "activists", "campaigners", "residents", "experts", "observers", "opponents", "supporters"]);
// "quoted NAME (, apposition,) as (saying)", "quoted the minister as": the object of "quoted" is who spoke; the agency
// that quoted stands between a quotation and it.
const QUOTING_AGENT_RE = /^[\s,]*(?:the\s+|The\s+)?(?:[\p{L}.'’-]+\s+){1,4}quoted\s+$/u;
const QUOTED_AS_RE = /\bquoted\s+((?:the\s+|a\s+|an\s+)?(?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+)(?:,\s+[^,;:"“”]{2,100},)?\s+as\s+$/u;

// A name (two to four capitalised words), a comma and a description with a relative clause of its own ("NAME, one of the
// scientists who discovered HIV").
const NAME_THEN_DESCRIPTION_RE = /(?:^|[\s(])(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s+(?:one\s+of|an?|the)\s+[^,;"“”]{3,80}\s(?:who|that|which)\s[^,;"“”]{3,60}$/u;
const CAPTION_BRACKET_RE = /\s*\((?:pictured|left|right|centre|center|above|below|inset|file)\b[^()]{0,80}\)\s*$/;

function leftSide(v: SentenceView, k: number, participle: boolean): LeftSide {
  const { tokens, ts, text } = v;
  const out: LeftSide = { speaker: null, from: "phrase", commaBefore: false, verbAfterComma: false, hedge: false, asParenthetical: false, relative: false };
  if (participle) {
    out.from = "previous";
    return out;
  }
  let j = k - 1;
  const paren = PARENTHETICAL_RE.exec(text.slice(Math.max(v.sentence.start, (tokens[k] as Token).start - 40), (tokens[k] as Token).start));
  if (paren) {
    const at = (tokens[k] as Token).start - paren[0].length;
    while (j >= ts && (tokens[j] as Token).end > at) j--;
    if (j >= ts && (tokens[j] as Token).end === at) {
      // "A senior official at the environment ministry, who declined to be identified, said": a sentence that opens
      // with an indefinite description and no verb before the parenthetical has that description as its subject.
      const lead = text.slice((tokens[ts] as Token).start, at);
      if (/^An?\s/.test(lead) && !/[,;:"“”]/.test(lead) && lead.split(/\s+/).length <= 10 && !lead.split(/\s+/).some((w) => FINITE.has(w.toLowerCase()))) {
        out.speaker = { start: (tokens[ts] as Token).start, end: at };
        return out;
      }
      // the speaker phrase ends right before the parenthetical
      let a = j;
      while (a > ts && nameGapBefore(v, a) && !BOUNDARY_WORDS.has((tokens[a - 1] as Token).lower) && j - a < 8) a--;
      while (a < j && DISCOURSE_STARTS.has((tokens[a] as Token).lower)) a++;
      out.speaker = { start: (tokens[a] as Token).start, end: (tokens[j] as Token).end };
      return out;
    }
    j = k - 1;
  }
  // "A senior diplomat who declined to be named said": the description runs through the anonymity clause.
  const before = text.slice(Math.max(v.sentence.start, (tokens[k] as Token).start - 100), (tokens[k] as Token).start);
  const whoAt = before.search(/\bwho\s+[^,.;:!?"“”]*$/);
  const anonBefore = whoAt >= 0 ? ANON_CLAUSE_RE.exec(before.slice(whoAt)) : null;
  if (anonBefore && /^\s*$/.test(before.slice(whoAt + anonBefore[0].length))) {
    const at = (tokens[k] as Token).start - before.length + whoAt;
    let w = j;
    while (w >= ts && (tokens[w] as Token).start >= at) w--;
    let a = w;
    while (a > ts && nameGapBefore(v, a) && !BOUNDARY_WORDS.has((tokens[a - 1] as Token).lower) && w - a < 8) a--;
    while (a < w && DISCOURSE_STARTS.has((tokens[a] as Token).lower)) a++;
    if (w >= ts) {
      out.speaker = { start: (tokens[a] as Token).start, end: at + anonBefore[0].length };
      return out;
    }
  }
  // "Donald Trump (pictured at the White House on Thursday) said": a caption's bracket between the speaker and the verb.
  // (Returns where the bracket starts: the speaker's last word ends there.)
  const skipCaptionBracket = (verbStart: number): number | undefined => {
    const found = CAPTION_BRACKET_RE.exec(text.slice(Math.max(v.sentence.start, verbStart - 100), verbStart));
    if (!found) return undefined;
    const at = verbStart - found[0].length;
    while (j >= ts && (tokens[j] as Token).end > at) j--;
    return at;
  };
  let bracket = skipCaptionBracket((tokens[k] as Token).start);
  // "have formally accused", "has repeatedly said": auxiliaries and -ly adverbs between the subject and the verb.
  // ("has for years argued", "have for decades insisted": a duration after the auxiliary too.)
  const verbGroupEnd = j;
  for (;;) {
    while (j >= ts && (AUXILIARIES.has((tokens[j] as Token).lower) || (/ly$/.test((tokens[j] as Token).text) && !(tokens[j] as Token).cap)) && isSpaceGap(gapAfter(v, j))) j--;
    const duration = j - 1 > ts && /^(?:years|decades|months|weeks|long)$/.test((tokens[j] as Token).lower) && isSpaceGap(gapAfter(v, j)) ? (
      (tokens[j - 1] as Token).lower === "for" ? 1 : /^(?:many|several|two|three)$/.test((tokens[j - 1] as Token).lower) && tokens[j - 2]?.lower === "for" ? 2 : 0) : 0;
    if (!duration || !AUXILIARIES.has(tokens[j - duration - 1]?.lower ?? "")) break;
    j -= duration + 1;
  }
  // ("Desi Bouterse (pictured at a rally in May) has said": the bracket may stand before the auxiliary.)
  if (bracket === undefined && j < verbGroupEnd && j + 1 >= ts) bracket = skipCaptionBracket((tokens[j + 1] as Token).start);
  if (j < ts) return out;
  const g = bracket !== undefined && (tokens[j] as Token).end === bracket ? " " : gapAfter(v, j);
  const tj = tokens[j] as Token;
  if (!isNameGap(g, tj.text)) {
    out.verbAfterComma = /,\s*$/.test(g) || /[”"’']\s*$/.test(g);
    if (/,\s*$/.test(g)) {
      // "'...?' Canada's ambassador to the OSCE, Jane Roe, told journalists": a verbless phrase with appositions.
      const lastQuote = v.quotes.filter((q) => q.outerEnd <= tj.end).pop();
      const from = Math.max(v.sentence.start, lastQuote?.outerEnd ?? v.sentence.start);
      let a = Math.max(ts, tokenAt(tokens, from));
      if (a >= 0 && a <= j && j - a <= 14 && lastQuote && !/\w/.test(text.slice(lastQuote.outerEnd, (tokens[a] as Token).start))) {
        let verbless = true;
        for (let q = a; q <= j; q++) {
          const w = (tokens[q] as Token).lower;
          if (FINITE.has(w) || (/ed$/.test(w) && !(tokens[q] as Token).cap) || BOUNDARY_WORDS.has(w) && !["of", "to", "for", "on", "in", "at"].includes(w)) verbless = false;
        }
        while (a < j && DISCOURSE_STARTS.has((tokens[a] as Token).lower)) a++;
        if (verbless) out.speaker = { start: (tokens[a] as Token).start, end: tj.end };
      } else if (!lastQuote && /^\s*,\s*$/.test(g)) {
        // "Freedonia's foreign minister, Jane Roe, said ...": the name set off by commas after a role is the speaker.
        const nameRun = /,\s+((?:\p{Lu}[\p{L}'’.-]*|da|de|del|van|von|bin|al|el)(?:\s+(?:\p{Lu}[\p{L}'’-]*|da|de|del|dos|van|von|der|bin|al|el)){1,4})$/u.exec(text.slice(v.sentence.start, tj.end));
        const inside = nameRun ? text.slice(v.sentence.start, tj.end - nameRun[0].length) : "";
        // ... and "The head of the Central Election Commission, NAME, said": the role with its body.
        // ... and "A retired Indian navy officer, NAME, said": an indefinite description opening the sentence.
        // ... and "His daughter, NAME, said": a possessive pronoun's relation opening the sentence.
        if (nameRun?.[1] && (/^(?:A|An|His|Her|Their)\s+(?:[\p{L}-]+\s+){0,5}\p{Ll}[\p{L}-]*$/u.test(inside.trim()) || /\b(?:minister|spokesman|spokeswoman|spokesperson|chief|president|ambassador|envoy|secretary|chairman|chairwoman|head|director|commander|leader|governor|mayor|adviser|advisor|official|coordinator|negotiator|representative|deputy|aide|counsel|general|prosecutor|lawyer|editor|founder|chair|commissioner|ombudsman|rapporteur|mediator|administrator|attorney|judge)(?:\s+(?:of|for|at|to|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|for|and|the)){0,6})?$/iu.test(inside.trim()))) {
          const s0 = tj.end - nameRun[1].length;
          out.speaker = { start: s0, end: tj.end };
          // Only a role that opens the sentence (after a dateline) is the name's apposition; after a clause and a comma
          // ("The Duma has ratified the deal, the committee's chairman, NAME, told TASS") the clause is reported.
          const opening = inside.replace(/^.*?\s[-–—]\s+/, "").trim();
          out.roleApposition = !opening.includes(",") && opening.split(/\s+/).length <= 8;
        }
      }
      if (!out.speaker) {
        // "CLAUSE, Leonid Slutsky, chairman of the Duma committee, told TASS", "CLAUSE, former Foreign Minister Karin
        // Kneissl, who heads the centre, said": after a clause, a name with an apposition of office or a relative clause
        // set off by commas is the speaker, and the clause is what was said.
        // (After a quotation, only what follows it: "... 'a hostile act', while Celso Amorim, adviser to ..., said".)
        const from = lastQuote ? Math.max(v.sentence.start, lastQuote.outerEnd) : v.sentence.start;
        const named = NAME_APPOSITION_RE.exec(text.slice(from, tj.end));
        const appoWords = named?.[3]?.split(/\s+/) ?? [];
        // (An apposition of up to 160 characters, its commas only those of a capitalised list: "... on Trade, Economic, ...".)
        if (named?.[2] && (named[3]?.length ?? 0) <= 160 && (named.index > 0 || lastQuote) && (appoWords[0] === "who" || appoWords.some((w) => ROLE_NOUNS.has(w.toLowerCase())))
          && !appoWords.slice(1).some((w) => SAY_FORMS.has(w.toLowerCase()))) {
          const s0 = from + named.index + named[0].indexOf(named[2], (named[1] ?? "").length);
          out.speaker = { start: s0, end: s0 + named[2].length };
          out.roleStart = from + named.index + named[0].length - named[0].trimStart().length + 1;
          out.verbAfterComma = true;
          return out;
        }
      }
      if (!out.speaker) {
        // "CLAUSE, a senior official in the observer mission of the CIS, a grouping of former Soviet republics, said": an
        // unnamed speaker described by role, with an apposition of its own after it.
        const from = lastQuote ? Math.max(v.sentence.start, lastQuote.outerEnd) : v.sentence.start;
        const described = DESCRIBED_APPOSITION_RE.exec(text.slice(from, tj.end));
        if (described?.[1] && described.index > 0) {
          const s0 = from + described.index + described[0].indexOf(described[1]);
          out.speaker = { start: s0, end: s0 + described[1].length };
          out.verbAfterComma = true;
          return out;
        }
      }
      if (!out.speaker && !lastQuote) {
        // "The three states, all members of NATO, said ...": the sentence's subject with a verbless apposition.
        const lead = text.slice(v.sentence.start, tj.end);
        const appo = /^[^,]{2,60},\s+([^,]{2,70})$/.exec(lead);
        // "Another candidate, the liberal Irina Khakamada, said ...": a description without a name, then the name in
        // apposition; the name is who speaks.
        const subjectPart = lead.slice(0, lead.indexOf(","));
        const namedAppo = appo?.[1] && /^(?:[Aa]nother|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*$/u.test(subjectPart)
          ? /^(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})$/u.exec(appo[1]) : null;
        // (Not "The panel, headed by economist NAME, said": a participle's phrase says who leads it, not who speaks.)
        const leaderApposition = namedAppo ? appo?.[1]?.slice(0, appo[1].length - (namedAppo[1] ?? "").length).split(/\s+/).some((w) => /ed$|ing$/.test(w) || /^(?:by|of|for|with|from|in|at|to|under|and|on)$/.test(w)) : true;
        if (namedAppo?.[1] && !leaderApposition) {
          const s0 = v.sentence.start + lead.lastIndexOf(namedAppo[1]);
          out.speaker = { start: s0, end: s0 + namedAppo[1].length };
          out.verbAfterComma = true;
          return out;
        }
        if (appo?.[1] && !appo[1].split(/\s+/).some((w) => FINITE.has(w.toLowerCase()) || (/ed$/.test(w) && !/^\p{Lu}/u.test(w)))
          && (/^(?:all|both|each|a|an|one|the|who\s+is|who\s+are|himself|herself|themselves|\d+|[a-z]+\s+of)\b/.test(appo[1])
          // ("NAME, Lukashenko's spokeswoman, told ...": an apposition of whose office holder the subject is.)
          || /^\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?['’]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+$/u.test(appo[1])) && !/^(?:who|which)\b/.test(appo[1])) {
          out.from = "subject";
          out.subjectApposition = true;
        }
        // "The central bank, which cut its rate in October, said ...": a non-restrictive relative clause between the
        // subject and its verb of saying; the subject before it is the speaker.
        // ("NAME, whose government campaigned for a 'no' vote, said": quotation marks inside the clause are its own.)
        else if (appo?.[1] && /^(?:who|which|whose)\s/.test(appo[1]) && !/[“”"]/.test(lead.slice(0, lead.indexOf(",")))) out.from = "subject";
        // ... however long the relative clause ("President NAME, who has received billions of dollars in aid since he
        // led the army's overthrow of ... in 2013, said").
        else if (/^[^,“”"]{2,60},\s+(?:who|which|whose)\s[^,;:“”"]{70,200}$/.test(lead)) out.from = "subject";
      }
    }
    return out;
  }
  // "Georgian President X, who visited the monastery last year and said ...": a verb of saying joined by "and" to the
  // verb of a relative clause shares its subject, the phrase before ", who".
  let who = -1;
  if (tj.lower === "and") {
    for (let q = j - 1; q > ts && j - q <= 14; q--) {
      if (/[,;:.!?"“”]/.test(gapAfter(v, q))) break;
      if ((tokens[q] as Token).lower === "who") {
        if (/,\s*$/.test(gapAfter(v, q - 1))) who = q;
        break;
      }
    }
  }
  if (who < 0 && (tj.lower === "and" || tj.lower === "but" || tj.lower === "or")) {
    out.from = "subject";
    return out;
  }
  if (who < 0) who = j;
  // ("... condemned by human rights groups who say it traps migrants ...": a restrictive "who" after people in the plural.)
  const restrictive = (tokens[who] as Token).lower === "who" && who - 1 > ts && PLURAL_SPEAKERS.has((tokens[who - 1] as Token).lower) && isSpaceGap(gapAfter(v, who - 1));
  if ((tokens[who] as Token).lower === "who" && (restrictive || /,\s*$/.test(gapAfter(v, who - 1 >= ts ? who - 1 : who)))) {
    // "the Dutch prosecutors, who insisted ...": the phrase before the comma.
    const endTok = who - 1;
    // "NAME, one of the scientists who discovered HIV, who told the court ...": after a name and a description set off
    // by commas, the relative clause is the name's.
    const lead = text.slice(v.sentence.start, (tokens[endTok] as Token).end);
    const apposed = NAME_THEN_DESCRIPTION_RE.exec(lead);
    if (apposed?.[1]) {
      const s0 = v.sentence.start + apposed.index + apposed[0].indexOf(apposed[1]);
      out.speaker = { start: s0, end: s0 + apposed[1].length };
      out.relative = true;
      return out;
    }
    let a = endTok;
    while (a > ts && nameGapBefore(v, a) && !BOUNDARY_WORDS.has((tokens[a - 1] as Token).lower) && endTok - a < 8) a--;
    out.speaker = { start: (tokens[a] as Token).start, end: (tokens[endTok] as Token).end };
    out.relative = true;
    return out;
  }
  if (tj.lower === "which" && j - 1 >= ts && /,\s*$/.test(gapAfter(v, j - 1))) {
    // "... drawn in Ukraine, which says ...", "... ratified by Nato countries, which say ...": a state, a body or a group
    // named before the comma speaks; a thing ("the agreement, which says") does not.
    const endTok = j - 1;
    const e = tokens[endTok] as Token;
    // ("... angered some northern governments, which have long argued that ...": states, bodies or people in the plural.)
    const named = e.cap || (/[^s]s$/.test(e.lower) && endTok - 1 >= ts && (tokens[endTok - 1] as Token).cap && isSpaceGap(gapAfter(v, endTok - 1))) || PLURAL_SPEAKERS.has(e.lower);
    if (named) {
      let a = endTok;
      // (Not back over the verb whose object the phrase is: "angered some northern governments".)
      while (a > ts && nameGapBefore(v, a) && !BOUNDARY_WORDS.has((tokens[a - 1] as Token).lower) && !PREPOSITIONS.has((tokens[a - 1] as Token).lower)
        && !(!(tokens[a - 1] as Token).cap && (/ed$/.test((tokens[a - 1] as Token).lower) || FINITE.has((tokens[a - 1] as Token).lower))) && endTok - a < 8) a--;
      out.speaker = { start: (tokens[a] as Token).start, end: e.end };
      return out;
    }
  }
  if (BOUNDARY_WORDS.has(tj.lower)) {
    out.from = "subject";
    return out;
  }
  let a = j;
  let titleList = false;
  while (a > ts) {
    const p = tokens[a - 1] as Token;
    // "Coordinating Minister for Law, Human Rights, Immigration and Correction NAME": a comma between the portfolios a
    // minister's title lists, closed by "and", stays inside the title.
    const commaInTitle = p.cap && (tokens[a] as Token).cap && /^,\s$/.test(gapAfter(v, a - 1))
      && PORTFOLIO_LIST_RE.test(text.slice(Math.max(v.sentence.start, p.end - 100), p.end))
      && LIST_CLOSE_RE.test(text.slice((tokens[a] as Token).start, tj.end));
    if (commaInTitle) titleList = true;
    if (!nameGapBefore(v, a) && !commaInTitle) break;
    if (speechVerbAt(v, a - 1)) break;
    // "... for Foreign Affairs and Security Policy NAME": "and" between capitalised words stays inside a title.
    const andInTitle = p.lower === "and" && Boolean(tokens[a]?.cap && tokens[a - 2]?.cap);
    // ("A senior official at the economy ministry said": "at" after a person's head noun keeps the phrase whole.)
    const atAfterHead = p.lower === "at" && UNNAMED_HEADS.has(tokens[a - 2]?.lower ?? "");
    if (BOUNDARY_WORDS.has(p.lower) && !(p.lower === "of" || p.lower === "on" || p.lower === "to" || p.lower === "for" || p.lower === "in" || andInTitle || atAfterHead)) break;
    if ((p.lower === "of" || p.lower === "on" || p.lower === "to" || p.lower === "for" || p.lower === "in") && a - 2 >= ts && !isNameGap(gapAfter(v, a - 2))) break;
    // "the interior and defence ministries said": "and" between the modifiers of one plural body noun.
    const andInModifiers = p.lower === "and" && PLURAL_BODY_HEADS.has(tj.lower) && j - a <= 2 && tokens[a - 2] !== undefined && !(tokens[a - 2] as Token).cap && !(tokens[a] as Token).cap;
    if ((p.lower === "and" || p.lower === "or") && !(tokens[a]?.cap && tokens[a - 2]?.cap) && !andInModifiers) break;
    if (j - a >= (titleList ? 18 : 13)) break;
    a--;
  }
  const boundary = a > ts ? tokens[a - 1] : undefined;
  // "European Union leaders meeting without Britain for the first time said": the phrase after the participle's
  // preposition is where or with whom; the people before the participle speak.
  if (boundary && (PREPOSITIONS.has(boundary.lower) || boundary.lower === "without")
    && PARTICIPLE_LEAD_RE.test(text.slice(v.sentence.start, (tokens[a] as Token).start))) {
    out.from = "subject";
    return out;
  }
  if (boundary && /^(which|what|who)$/.test(boundary.lower)) out.hedge = true;
  if (boundary && boundary.lower === "as" && isSpaceGap(gapAfter(v, a - 1))) out.asParenthetical = true;
  while (a < j && (DISCOURSE_STARTS.has((tokens[a] as Token).lower) || (a === ts && TIME_WORDS.has((tokens[a] as Token).lower)))) a++;
  // "Last July he accused ...", "Early Monday the ministry said": a month or day after the opening time word too.
  if (a > ts && a < j && TIME_WORDS.has((tokens[a - 1] as Token).lower) && (MONTHS.test((tokens[a] as Token).lower) || DAYS.test((tokens[a] as Token).lower))) a++;
  // "On Tuesday he said", "In March the minister said": a time phrase opening the sentence is not the speaker.
  // ("In 2018 the Russian Defence Ministry accused ...": a year too.)
  if (a + 2 <= j && /^(?:on|in|at|by|since|until)$/i.test((tokens[a] as Token).text) && (DAYS.test((tokens[a + 1] as Token).lower) || MONTHS.test((tokens[a + 1] as Token).lower) || /^(?:19|20)\d\d$/.test((tokens[a + 1] as Token).text))) a += 2;
  // "For three days Iranian officials had insisted", "Over the weekend Trump said": a duration opening the sentence.
  const duration = OPENING_DURATION_RE.exec(text.slice((tokens[a] as Token).start, tj.end));
  if (duration && a === ts) {
    const at = (tokens[a] as Token).start + duration[0].length;
    while (a < j && (tokens[a] as Token).start < at) a++;
  }
  // "Britain, France and Germany have accused": a list whose first items stand before a comma.
  const listHead = /((?:\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?,\s+)+)$/u.exec(text.slice(v.sentence.start, (tokens[a] as Token).start));
  // ("In July, Washington and Berlin announced", "On Monday, Britain, France and Germany said": a time phrase before
  // the comma is no item of the list.)
  const listItems = (listHead?.[1] ?? "").split(/(?<=,\s+)/);
  let timeLead = 0;
  while (listItems.length && isTimeItem(listItems[0] as string)) timeLead += (listItems.shift() as string).length;
  if (listHead && listItems.length && /^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?\s+and\s+\p{Lu}[\p{L}-]*$/u.test(text.slice((tokens[a] as Token).start, tj.end))) {
    const at = (tokens[a] as Token).start - (listHead[1] ?? "").length + timeLead;
    if (at >= v.sentence.start && /^(?:|.*[.;:]\s*)$/.test(text.slice(v.sentence.start, at - timeLead))) {
      while (a > ts && (tokens[a - 1] as Token).start >= at) a--;
    }
  }
  // "in a case his supporters say is a vendetta", "after a process the electoral commission says ...": an object
  // relative clause; its subject, from the determiner after the noun it describes, is the speaker.
  for (let q = j; q > a; q--) {
    const d = tokens[q] as Token;
    const p = tokens[q - 1] as Token;
    if (/^(?:his|her|its|their|the)$/.test(d.lower) && !d.cap && !p.cap && /^\p{Ll}{3,}$/u.test(p.text) && !BOUNDARY_WORDS.has(p.lower) && !PREPOSITIONS.has(p.lower) && isSpaceGap(gapAfter(v, q - 1))) {
      a = q;
      break;
    }
  }
  // "ordered the expulsion of 35 Russians he said were intelligence operatives": a subject pronoun right before the
  // verb opens a relative clause without "that"; the pronoun alone speaks, not the noun phrase it describes.
  if (j > a && SUBJECT_PRONOUN_RE.test(tj.text) && !/^(?:and|or|nor|but)$/.test((tokens[j - 1] as Token).lower)) {
    a = j;
    out.contact = true;
  }
  out.speaker = { start: (tokens[a] as Token).start, end: tj.end };
  // "One woman who had travelled from the town of Abovyan said": the place ends a restrictive relative clause; the
  // person it describes, before "who", speaks.
  const relativeLead = RELATIVE_SUBJECT_RE.exec(text.slice(v.sentence.start, (tokens[a] as Token).start));
  if (relativeLead?.[1] && boundary && PREPOSITIONS.has(boundary.lower)) {
    const s0 = v.sentence.start + relativeLead.index + relativeLead[0].indexOf(relativeLead[1]);
    out.speaker = { start: s0, end: s0 + relativeLead[1].length };
    return out;
  }
  // "..., Serbian Minister without Portfolio in charge of international economic cooperation Nenad Popovic told TASS":
  // a long role in lower-case words before the name stands between the comma and the speaker, who is the name.
  if (a > ts && !/,\s*$/.test(gapAfter(v, a - 1))) {
    const lead = text.slice(v.sentence.start, (tokens[a] as Token).start);
    const role = /,\s+((?:[\p{L}'’-]+\s+){2,14})$/u.exec(lead);
    const words = role?.[1]?.trim().split(/\s+/) ?? [];
    // A word of office from the role lexicon ("Minister without Portfolio in charge of ...") makes the phrase a role.
    if (role && words.some((w) => ROLE_NOUNS.has(w.toLowerCase())) && !words.some((w) => FINITE.has(w.toLowerCase()) || SAY_FORMS.has(w.toLowerCase()) || (/ed$/.test(w) && !/^\p{Lu}/u.test(w)))) {
      out.commaBefore = true;
      out.roleStart = lead.length - (role[1] as string).length + v.sentence.start;
      // The speaker is the name that closes the role.
      let b = j;
      while (b > a && (tokens[b - 1] as Token).cap && isSpaceGap(gapAfter(v, b - 1))) b--;
      if (j > b) out.speaker = { start: (tokens[b] as Token).start, end: tj.end };
    }
  }
  if (a > ts && /,\s*$/.test(gapAfter(v, a - 1))) out.commaBefore = true;
  if (a > ts && /[”"’']\s*$/.test(gapAfter(v, a - 1)) && insideQuote(v, (tokens[a - 1] as Token).end)) out.commaBefore = true;
  if (a > ts && /[”"’']\s*$/.test(text.slice((tokens[a - 1] as Token).end, (tokens[a] as Token).start))) out.commaBefore = true;
  return out;
}

function verbEvent(v: SentenceView, k: number, sv: { lemma: string; len: number }, clauseFloor: number, invertedFloor: number): SpeechEvent | null {
  const { text, tokens, ts, te, sentence } = v;
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  const next = tokens[k + sv.len];
  if (prev && k > ts && (BE_FORMS.has(prev.lower) || ["the", "a", "an", "his", "her", "its", "their", "this"].includes(prev.lower))) return null;
  // "said to be" is no report; "confirmed to TASS that ..." is, its audience before the clause.
  if (next?.lower === "to" && sv.lemma !== "tell" && sv.lemma !== "accuse" && !AUDIENCE_THEN_THAT_RE.test(text.slice(t.end, t.end + 60))) return null;
  if (t.lower === "warning" && !/^\s+that\b|^,/.test(text.slice(t.end, t.end + 6))) return null;
  const before2 = tokens[k - 2];
  // "He rejected claims by opposition parties that ...": an -s form right after a past tense is that verb's object.
  if (prev && k > ts && /[^s]s$/.test(t.lower) && !prev.cap && /ed$/.test(prev.lower) && /^\s+$/.test(text.slice(prev.end, t.start))) return null;
  // ... as after a bare verb a modal or "to" governs: "Syria cannot bring claims over damage ...".
  if (prev && before2 && k - 1 > ts && /[^s]s$/.test(t.lower) && !prev.cap && /^[a-z]+$/.test(prev.lower)
    && (MODALS.has(before2.text) || /^(?:cannot|not|to)$/.test(before2.lower)) && /^\s+$/.test(text.slice(before2.end, prev.start)) && /^\s+$/.test(text.slice(prev.end, t.start))) return null;
  // ... as after a past tense and a capitalised modifier: "dismissed Western claims that ...".
  if (prev && before2 && k - 1 > ts && /[^s]s$/.test(t.lower) && prev.cap && !before2.cap && /ed$/.test(before2.lower)
    && /^\s+$/.test(text.slice(before2.end, prev.start)) && /^\s+$/.test(text.slice(prev.end, t.start))) return null;
  const verbEnd = (tokens[k + sv.len - 1] as Token).end;
  const verb = { start: t.start, end: verbEnd };
  // "..., with Slovakia warning that ...": a participle with its own subject after "with".
  // ("Xinhua quoted Zhang Yunbo, head of the project's administration, as saying": the one quoted is its subject.)
  const quotedAs = t.lower === "saying" ? QUOTED_AS_RE.exec(text.slice(Math.max(sentence.start, t.start - 160), t.start)) : null;
  const withSubject = /ing$/.test(t.lower) ? WITH_SUBJECT_RE.exec(text.slice(Math.max(sentence.start, t.start - 60), t.start)) ?? quotedAs : null;
  const participle = !withSubject && /ing$/.test(t.lower) && k > ts && /(,[”"’']?|\band|\bwhile|\bby|\bthen)\s*$/.test(text.slice(Math.max(sentence.start, t.start - 8), t.start));
  // "a communique stressing ..." modifies a noun; "declined to say" is not a report.
  if (/ing$/.test(t.lower) && !participle && !withSubject && sv.len === 1 && !(t.lower === "saying" && /\bquoted\s+as\s+$/.test(text.slice(Math.max(sentence.start, t.start - 20), t.start)))) return null;
  if (prev?.lower === "to" && k > ts) return null;
  // "The accord, announced at a press conference on Friday, will now ...": a participle in apposition, not a report.
  if (prev && k > ts && /ed$/.test(t.lower) && /^,\s+$/.test(text.slice(prev.end, t.start))
    && /^\s+(?:at|in|on|by|during|after|last|earlier)\b[^,.;]{0,80},\s+(?:will|would|is|was|has|had|must|can|could|should|may|might|remains|needs|still)\b/.test(text.slice(verbEnd, sentence.end))) return null;
  // "..., a problem highlighted in exercises this year": a participle describing the noun in apposition, not a report.
  if (/ed$/.test(t.lower) && /,\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){1,2}$/u.test(text.slice(Math.max(sentence.start, t.start - 40), t.start))
    && /^\s+(?:in|at|by|during|on|last|this|earlier)\b/.test(text.slice(verbEnd, verbEnd + 10))) return null;
  // "voters said No to the treaty": a vote, not a report.
  if (/^\s+(?:no|yes|No|Yes|NO|YES)\s+to\b/.test(text.slice(t.end, t.end + 10))) return null;
  // "would not announce a date", "will say later": a report not (yet) made.
  if (prev && k > ts && (prev.text === "not" || MODALS.has(prev.text)) && !/ing$/.test(t.lower)) return null;
  // "NAME was quoted as saying": the subject of the passive speaks, as of "said".
  const passiveQuoted = t.lower === "saying" && !withSubject ? /\b(?:was|were|is|are)\s+(?:also\s+)?quoted\s+as\s+$/.exec(text.slice(Math.max(sentence.start, t.start - 40), t.start)) : null;
  const left = leftSide(v, passiveQuoted ? tokenAt(tokens, t.start - passiveQuoted[0].length + passiveQuoted[0].search(/\S/)) : k, participle && !passiveQuoted);
  if (withSubject?.[1]) {
    const s0 = t.start - withSubject[0].length + withSubject[0].indexOf(withSubject[1]);
    left.speaker = { start: s0, end: s0 + withSubject[1].length };
    left.from = "phrase";
  }
  let speaker = left.speaker;
  let from = left.from;
  // "..., a charge Moscow denied": the verb is inside an apposition to the claim before it, not a new report.
  if (speaker && /^(?:a|an)\s+(?:charge|claim|allegation|accusation|assertion|version)\s/i.test(text.slice(speaker.start, speaker.end))) return null;
  // "..., a move Moldovan officials said was meant to punish ...": the speaker is who said it, after the noun.
  // ("..., something critics say it has done only under pressure": the thing said so, then who says it.)
  const antecedent = speaker ? /^(?:(?:a|an)\s+(?:move|step|decision|measure|development|plan|policy|action|attack|strike|deal)|something)\s+(?=[\p{Lu}\p{Ll}])/u.exec(text.slice(speaker.start, speaker.end)) : null;
  if (speaker && antecedent) speaker = { start: speaker.start + antecedent[0].length, end: speaker.end };

  if (sv.lemma === "accuse") {
    let ofAt = -1;
    for (let q = k + 1; q < Math.min(te, k + 10); q++) if ((tokens[q] as Token).lower === "of") { ofAt = q; break; }
    if (ofAt < 0 || ofAt === k + 1) return null;
    const start = (tokens[k + 1] as Token).start;
    if (!speaker && from === "phrase") from = "subject";
    return { verb, lemma: "accuse", speaker, speakerFrom: from, content: { start, end: clauseEnd(v, start) }, quoteAfter: false, quoteBefore: null, topic: null, region: { start: speaker?.start ?? t.start, end: verbEnd } };
  }

  // ---- what follows the verb ----
  let m = k + sv.len;
  let content: Span | null = null;
  let quoteAfter = false;
  let subjectAfter: Span | null = null;
  let topic: Span | null = null;
  const restAfterVerb = text.slice(verbEnd, sentence.end);
  const qm = /^\s*[:,]?\s*(["“‘'])/.exec(restAfterVerb);
  const openingQuote = qm ? insideQuote(v, verbEnd + qm[0].length - 1) : undefined;
  // 'said "disappearances" and torture were still widespread': a short quotation that only opens the reported clause
  // (no colon or comma before it, words of the clause after it) is a fragment inside reported speech.
  const fragmentOpens = openingQuote !== undefined && qm !== null && !/[:,]/.test(qm[0]) && openingQuote.end - openingQuote.start <= 40
    && /^\p{Ll}/u.test(text.slice(openingQuote.start, openingQuote.start + 1))
    // (Not "said 'your voice has been heard' but did not mention ...": the quotation is the whole report.)
    && /^\s+(?!but\b|and\s+(?:did|has|had|was|is|would|will|[a-z]+ed)\b)[a-z]/.test(text.slice(openingQuote.outerEnd, openingQuote.outerEnd + 24)) && looksLikeClause(v, tokenAt(tokens, openingQuote.start), te);
  if (openingQuote && !fragmentOpens) {
    quoteAfter = true;
  } else if (openingQuote) {
    content = { start: openingQuote.outerStart, end: clauseEnd(v, openingQuote.outerStart) };
  } else {
    const thatAt = findThat(v, m, sv.lemma);
    if (thatAt >= 0) {
      let s = thatAt + 1;
      if (/^\s*,/.test(gapAfter(v, thatAt))) s = thatAt + 1; // "observed that, under the charter, ..."
      const st = tokens[s];
      // "said that 'something went wrong' in passing on the information": a quotation opening the clause is part of
      // it, not a quotation the clause is reported inside.
      const opening = st ? v.quotes.find((q) => q.start === st.start && q.outerStart >= (tokens[thatAt] as Token).end) : undefined;
      if (st && s < te) content = { start: st.start, end: clauseEnd(v, opening ? opening.outerStart : st.start, left.hedge) };
      // "..., State Department Legal Adviser Margaret Taylor, argued that ...", "..., President X, who holds ..., said that":
      // a name set off by commas right before the verb (a relative clause between them) is the speaker; with none, the
      // sentence's subject ("Kirchner, now in opposition, wrote on Twitter that ...").
      if (content && !speaker && from === "phrase") {
        // (The last 200 characters hold any such name and relative clause; the pattern need not scan the whole lead.)
        const leadStart = Math.max(sentence.start, t.start - 200);
        const lead = text.slice(leadStart, t.start);
        const named = /,\s*(?:[a-z]+ly\s+)?$/.test(lead) ? NAME_BEFORE_VERB_RE.exec(lead) : null;
        if (named?.[1]) {
          const s0 = leadStart + named.index + named[0].indexOf(named[1]);
          speaker = { start: s0, end: s0 + named[1].length };
          // ("and he says, promised that ...": the hedge before the verb reports the clause already.)
        } else if (!/\b(?:he|she|they|it|we|I)\s+(?:says|said|claims|claimed|insists|insisted),\s+$/.test(lead)) from = "subject";
      }
    } else {
      if (OBJECT_VERBS.has(sv.lemma)) m = skipObject(v, m);
      const adj = skipAdjuncts(v, m, m === k + sv.len);
      if (adj.topic) topic = adj.topic;
      m = adj.next;
      const tm = tokens[m];
      const between = text.slice(m > k + sv.len ? (tokens[m - 1] as Token).end : verbEnd, tm ? tm.start : sentence.end);
      if (tm && m < te && /^\s*[:,]?\s*["“‘']/.test(between) && insideQuote(v, tm.start - 1)) {
        quoteAfter = true;
      } else if (tm && m < te && /^\s*$/.test(between)) {
        const npA = !speaker && from === "phrase" && INVERTIBLE.has(sv.lemma) ? npAfter(v, m) : null;
        const afterNp = npA ? text.slice(npA.span.end, sentence.end) : "";
        // "said the minister in Tallinn." inverts; "said a nationwide vote on the amendments would go ahead" does not.
        const finiteAfterPp = /^\s+(?:on|at|in|during|after|while|when|as|from|with)\b[^.;!?,]*?\b(?:would|will|was|were|is|are|had|has|have|could|should|can|may|might|must|did|does|do)\b/.test(afterNp);
        if (npA && (/^\s*([.,;!?]|$)/.test(afterNp) || (/^\s+(on|at|in|during|after|while|when|as|told|from|with)\b/.test(afterNp) && !finiteAfterPp))) {
          subjectAfter = npA.span; // "..., said the Prime Minister of Estonia Kaja Kallas in Tallinn"
        } else if (!PARENTHETICAL_ONLY.has(sv.lemma)) {
          // "said at least 40 ...", "said about 370 people ...": a number's qualifier, not a preposition.
          const quantifier = (tm.lower === "at" && /^(least|most)$/.test(tokens[m + 1]?.lower ?? ""))
            || (APPROXIMATORS.test(tm.lower) && /^\d/.test(tokens[m + 1]?.text ?? ""));
          // ("told reporters the air base deal gave ...": after an audience as its object, the clause needs no "that".)
          const audienceObject = m > k + sv.len && AUDIENCE_NOUNS.has((tokens[m - 1] as Token).lower)
            && (looksLikeClause(v, m, te) || tokens.slice(m + 1, Math.min(te, m + 8)).some((w) => CLAUSE_VERBS.has(w.lower)));
          // (After "said", such a number opens the clause even when a relative clause follows it: "said about 80 percent
          // of those who cast ballots had backed ...".)
          const clauseOk = !TIME_SUBORDINATORS.has(tm.lower) && (looksLikeClause(v, m, te) || audienceObject || (sv.lemma === "say" && (!PREPOSITIONS.has(tm.lower) || quantifier)) || left.hedge);
          const needThat = NEED_THAT.has(t.lower) && !SUBJECT_PRONOUNS.has(tm.lower) && !left.hedge && !audienceObject;
          // '"...," Blair told a news conference that lasted two hours': the verb reports the quotation before it; what
          // follows its object is the audience's description, no clause of its own.
          const attributionStart = Math.min(left.roleStart ?? t.start, left.speaker?.start ?? t.start, t.start);
          const quotationBefore = /["”’']\s*$/.test(text.slice(sentence.start, attributionStart)) && OBJECT_VERBS.has(sv.lemma) && m > k + sv.len;
          if (clauseOk && !needThat && !quotationBefore && (!PREPOSITIONS.has(tm.lower) || quantifier)) content = { start: tm.start, end: clauseEnd(v, tm.start, left.hedge) };
          if (content && !speaker && from === "phrase") from = "subject"; // "X, a former ..., said CLAUSE"
        }
      }
    }
  }
  if (!speaker && subjectAfter) speaker = subjectAfter;
  const phraseStart = speaker && left.roleStart !== undefined && speaker === left.speaker ? Math.min(left.roleStart, speaker.start) : speaker?.start;
  let region: Span = { start: speaker && phraseStart !== undefined && phraseStart < t.start ? phraseStart : t.start, end: Math.max(verbEnd, subjectAfter?.end ?? 0) };

  let quoteBefore: Quote | null = null;
  // "Moscow maintains contacts with ...": an ambiguous verb with an object is no verb of saying, so no clause before it
  // is its report either.
  const objectAfter = (NEED_THAT.has(t.lower) || !INVERTIBLE.has(sv.lemma)) && next !== undefined && !next.cap && /^\s+$/.test(text.slice(verbEnd, next.start)) && !PREPOSITIONS.has(next.lower) && !TIME_WORDS.has(next.lower);
  if (!content && !quoteAfter && !objectAfter) {
    // Inverted: "CLAUSE, X said" / "CLAUSE, said X" / "'QUOTE,' X said" / "However, X continued, CLAUSE".
    const attrStart = region.start;
    clauseFloor = invertedFloor;
    const pre = text.slice(clauseFloor, attrStart);
    const cut = clauseFloor + pre.search(/[,:]?\s*$/);
    const preTrim = text.slice(clauseFloor, cut).trim();
    // ("'QUOTE,' Xinhua quoted NAME as saying": the agency and "quoted" stand between the quotation and its speaker.)
    const quoteEnding = v.quotes.find((q) => q.outerEnd <= attrStart && q.outerEnd >= clauseFloor
      && (/^[\s,.!?]*$/.test(text.slice(q.outerEnd, attrStart)) || (quotedAs !== null && QUOTING_AGENT_RE.test(text.slice(q.outerEnd, attrStart)))));
    const afterComma = /^\s*,\s*/.exec(text.slice(region.end, sentence.end));
    const leadLen = LEAD_WORDS.exec(text.slice(clauseFloor, cut))?.[0].length ?? 0;
    const clauseStart = clauseFloor + leadLen + (text.slice(clauseFloor + leadLen).length - text.slice(clauseFloor + leadLen).trimStart().length);
    if (quoteEnding && quoteEnding.outerStart <= clauseStart + 1) {
      quoteBefore = quoteEnding;
    } else if (left.asParenthetical || (isDiscourseOnly(preTrim) && afterComma) || (/\b(and|but)$/.test(preTrim) && afterComma)) {
      if (afterComma) {
        const start = region.end + afterComma[0].length;
        if (start < sentence.end) content = { start, end: clauseEnd(v, start) };
      }
    } else if (preTrim.length > 0 && !left.roleApposition && !left.subjectApposition && (left.commaBefore || left.verbAfterComma || quoteEnding) && (/[,:]\s*$/.test(pre) || quoteEnding) && !PARENTHETICAL_ONLY.has(sv.lemma)) {
      // "Russia, which keeps a base in Gyumri, replied within hours": the verb's own subject and its relative clause.
      const subjectWithRelative = /^(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*,\s+(?:which|who|whose)\s[^,;]*$/u.test(text.slice(clauseStart, trimEnd(text, clauseStart, cut)));
      // ("In Berlin, where EU foreign ministers were meeting, X warned Moscow ...": a place and what happened there is
      // the setting, not what was said.)
      const settingOnly = SETTING_ONLY_RE.test(text.slice(clauseStart, trimEnd(text, clauseStart, cut)));
      if (cut - clauseStart > 2 && !subjectWithRelative && !settingOnly) content = { start: clauseStart, end: trimEnd(text, clauseStart, cut) };
    } else if (quoteEnding) {
      quoteBefore = quoteEnding;
    }
    if (!speaker && from === "phrase") from = "subject";
  }
  if (PARENTHETICAL_ONLY.has(sv.lemma) && !(content && content.start > t.start)) return null;
  // "charges he has always said were politically motivated, told a news conference": what such a clause reports is
  // its own short predicate; the sentence it sits in goes on after a comma or "and" with a verb of its own.
  if (left.contact && content && content.start >= verbEnd) {
    const rest = /[,;]|\s+and\s+\p{Ll}+ed\b/u.exec(text.slice(content.start, content.end));
    if (rest) content = { start: content.start, end: content.start + rest.index };
  }
  if (content && content.end - content.start < 3) content = null;
  if (!content && !quoteAfter && !quoteBefore) return null;
  // "said on Tuesday that ...": a topic phrase only where no clause follows the verb.
  if (!topic && !(content && content.start > verbEnd)) topic = participleTopic(v, region.end);
  region = { start: region.start, end: region.end };
  return { verb, lemma: sv.lemma, speaker, speakerFrom: from, content, quoteAfter, quoteBefore, topic, region, relative: left.relative };
}

/** "that" introducing the clause, with only adjuncts (or, after tell/warn, an object) before it. */
function findThat(v: SentenceView, m: number, lemma: string): number {
  const { tokens, te } = v;
  let inPhrase = false;
  for (let q = m; q < Math.min(te, m + 15); q++) {
    const tq = tokens[q] as Token;
    if (q > m && /[.;:!?"“”]/.test(gapAfter(v, q - 1))) return -1;
    if (tq.lower === "that") {
      const after = tokens[q + 1];
      if (!after) return -1;
      // ("said on Twitter that May's statement ...": a capitalised "May" is a name or the month, not the modal.)
      if (q > m && ((FINITE.has(after.lower) && after.text !== "May") || /ed$/.test(after.lower))) return -1; // relative "that"
      return q;
    }
    // ("announced in May that ...": the month, not the modal.)
    const month = tq.text === "May" && q > m;
    if ((FINITE.has(tq.lower) && !month) || speechVerbAt(v, q)) return -1;
    const adjunctLike = tq.cap || PREPOSITIONS.has(tq.lower) || TIME_WORDS.has(tq.lower) || AUDIENCE_NOUNS.has(tq.lower) ||
      /^(the|a|an|his|her|their|its|s|statement|interview|speech|news|conference|press|briefing|meeting|tweet|post|letter|\d+)$/.test(tq.lower);
    if (PREPOSITIONS.has(tq.lower)) inPhrase = true;
    if (!adjunctLike && !inPhrase && !OBJECT_VERBS.has(lemma)) return -1;
  }
  return -1;
}

function isDiscourseOnly(s: string): boolean {
  const w = s.replace(/[,\s]+$/, "");
  return w === "" || DISCOURSE_STARTS.has(w.toLowerCase());
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.,;:]/.test(text[e - 1] ?? "")) e--;
  return e;
}

/** End of a reported clause: the sentence end, or where a new attribution or clause takes over. */
function clauseEnd(v: SentenceView, start: number, hedge = false): number {
  const { text, sentence } = v;
  // A clause reported inside a quotation ends with the quotation.
  const enclosing = v.quotes.find((q) => start >= q.start && start < q.end);
  const seg = text.slice(start, enclosing ? Math.min(enclosing.end, sentence.end) : sentence.end);
  let end = seg.length;
  const cuts: RegExp[] = [
    /(?:,|(?<=,[”"’']))\s+(?:adding|saying|noting|stressing|insisting|arguing|warning|claiming|asserting|explaining|recalling|emphasi[sz]ing|talking|speaking|summing|commenting|referring|calling|describing)\b/,
    // (In the present too: "Cairo says A and insists that B".)
    /,?\s+(?:and|but)\s+(?:also\s+)?(?:added|said|says|adds|noted|notes|stressed|stresses|warned|warns|insisted|insists|argued|argues|claimed|claims|told|tells|denied|denies|confirmed|confirms|maintains)\b/,
    /\s+[-–—]\s+(?:he|she|they|it|we)\s+[a-z]+/,
    // Another speaker's report joined by "and": "X denied that A, and Y's ministry said that B".
    // ("..., while Azerbaijan's President Ilham Aliyev (right) says ...": a caption's bracket after the name.)
    /,\s+(?:and|but|while)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}(?:\((?:left|right|centre|center|pictured|above|below|top|inset)[^)]{0,40}\)\s+)?(?:has\s+|had\s+|also\s+)*(?:said|says|told|added|stated|claimed|insisted|denied|confirmed|announced|noted|warned|argued)\b/u,
    // ... or by a description: "said it would challenge some tally sheets, but a senior official at the elections office
    // said ...".
    /,\s+(?:and|but|while)\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){1,8}?(?:said|says|told|added|stated|insisted|denied|confirmed|noted|warned)\s+(?:that\s+)?(?:the|a|an|it|he|she|they|this|\p{Lu})/u,
    /,\s+(?:although|though|whereas)\s/,
    // "warned that A: "B"": the quotation after a colon is a statement of its own.
    /:\s+(?=["“‘'])/,
    /(?<!\bthat\s.*),\s+but\s+that\s/,
    // A second predicate of the reporting subject: "said X was Y, but accused Z of ...", "... “fragment” and expressed hope".
    /(?:,|(?<=[”"’']))\s+(?:and|but)\s+(?:also\s+)?(?:accused|called|urged|vowed|promised|pledged|demanded|asked|appealed|announced|expressed|rejected|dismissed|refused|declined|criticised|criticized|welcomed|praised|condemned|thanked|invited|proposed|suggested)\b/,
    /,\s+and\s+(?:also\s+)?[a-z]+ed\s+(?:for|on|to)\b/,
    // The speaker's own next act, even without a comma: "said X and praised Y", "has said X and has refused to Y".
    /\s+and\s+(?:has\s+|have\s+)?(?:also\s+)?(?:praised|welcomed|thanked|urged|vowed|pledged|refused|condemned|criticised|criticized|accused|accuse|accuses|urge|urges|condemn|condemns|called\s+(?:for|on)|appealed\s+(?:for|to))\b/,
    // ... after ", but" and a pronoun for the speaker: "said Britain condemned the attacks, but he urged Tashkent to ...".
    /,\s+but\s+(?:he|she|they|it)\s+(?:also\s+)?(?:urged|called|warned|insisted|stressed|added|accused|criticised|criticized|appealed|demanded|asked)\b/,
    // ... and a refusal to say more: "said Moscow was watching closely but declined to say whether ...".
    /\s+but\s+(?:has\s+|had\s+)?(?:declined|refused)\s+to\b/,
    // ... and a report of the speaker's own after "but", without a comma: "said A but cautioned that B".
    /\s+but\s+(?:also\s+)?(?:cautioned|warned|insisted|stressed|admitted|conceded|acknowledged|noted|added)\s+that\b/,
    // ... and the speaker's own later act after ", but": "had said A, but changed course after ...".
    /,\s+but\s+(?:later\s+|then\s+|eventually\s+|quickly\s+)?(?:changed|reversed|backed|dropped|abandoned|withdrew|retracted|softened|toned|U-turned)\b/,
    // ... and an accusation after "but": "said she welcomed A but accused the government of B".
    // ("said the country should 'get on with our lives' but agreed to meet ...": the speaker's own next act.)
    /\s+but\s+(?:also\s+)?(?:accused|criticised|criticized|urged|called\s+on|agreed\s+to)\b/,
    // "said nobody had died, but on Thursday admitted that ...": the speaker's own later report, after adverbials.
    /,\s+but\s+(?:[a-z]+\s+){0,3}(?:[A-Z][a-z]+day\s+)?(?:later\s+|then\s+)?(?:admitted|conceded|acknowledged|said|added|insisted|warned|made\s+clear)\s+that\b/,
    // A hedged restatement of the speaker's own words: "..., which he said was '...'" is a report of its own.
    // (Not one the clause goes on after: "cooperation with Russia, which he called "a time-tested friend," continued ...".)
    /,\s+(?:which|who)\s+(?:he|she|they|it|we)\s+(?:said|says|described|called)\b(?![^;.]{0,60}?,["”]?\s+(?:continued|continues|was|is|were|are|has|have|had|remained|remains|would|will|could|can|must|should)\b)/,
    // A time clause of the narrative: "said X, as officials began talks on Y".
    /,\s+as\s+(?!well\b|long\b|much\b|soon\b|far\b|if\b|though\b|a\s+result\b)(?:[A-Za-z-]+\s+){1,6}?(?:began|begin|met|meet|arrived|opened|gathered|accused|prepared|held|launched|stepped|weighed|considered|moved)\b/,
    // Another's attribution closing the sentence: "Xi told Kuczynski that A, the official Xinhua news agency reported."
    /,\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’.-]+\s+){0,5}(?:reported|reports|said|says)\s*[.!?]?\s*$/u,
  ];
  if (hedge) cuts.push(/,/);
  for (const re of cuts) {
    const m = re.exec(seg);
    if (m && m.index < end && !insideQuote(v, start + m.index)) end = m.index;
  }
  return trimEnd(text, start, start + end);
}

function skipObject(v: SentenceView, m: number): number {
  const { tokens, te } = v;
  let q = m;
  let taken = 0;
  while (q < te && taken < 7) {
    const t = tokens[q] as Token;
    if (taken > 0 && !/^[\s'’]+$/.test(v.text.slice((tokens[q - 1] as Token).end, t.start))) break;
    const ok = t.cap || ["the", "a", "an", "his", "her", "their", "its", "s", "cheering", "news", "press", "western", "foreign", "local", "state", "visiting"].includes(t.lower) || AUDIENCE_NOUNS.has(t.lower);
    if (!ok) break;
    // "told the BBC the message was ...": a determiner after a name starts the clause.
    if (taken > 0 && /^(the|a|an)$/.test(t.lower) && (tokens[q - 1] as Token).cap) break;
    q++;
    taken++;
    // "told reporters Iran had acted ...": after a plural audience the capitalised word opens the clause.
    if (AUDIENCE_NOUNS.has(t.lower) && (!(tokens[q]?.cap || AUDIENCE_NOUNS.has(tokens[q]?.lower ?? "")) || (!t.cap && t.lower.endsWith("s") && tokens[q]?.cap))) break;
  }
  return q;
}

// "35 Russians he said were ...": a subject pronoun, the speaker of a contact relative clause.
const SUBJECT_PRONOUN_RE = /^(?:he|she|it|they|we|I)$/;
// "One woman who had travelled from ...", "A man who lives near ...": an unnamed person and a relative clause that
// opens the sentence.
const RELATIVE_SUBJECT_RE = /^(?:[\p{Lu}][^.!?]*?[.!?]\s+)?((?:One|A|An|Another|The)\s+(?:[a-z-]+\s+){0,2}(?:woman|man|resident|mother|father|student|worker|farmer|voter|protester|witness|soldier|refugee|pensioner|shopkeeper|teacher|doctor|nurse|driver|official))\s+who\s+(?!said\b|says\b|told\b)[a-z]+(?:\s+[\p{L}'’-]+){1,8}\s+$/u;
const PLURAL_BODY_HEADS = new Set(["ministries", "agencies", "services", "authorities", "departments", "governments", "militaries", "parliaments", "committees"]);

/** Skips time words and prepositional adjuncts after the verb; an adjunct with no verb runs to the next comma. */
function skipAdjuncts(v: SentenceView, m: number, rightAfterVerb: boolean): { next: number; topic: Span | null } {
  const { tokens, te, text } = v;
  let q = m;
  let topic: Span | null = null;
  for (let guard = 0; guard < 5 && q < te; guard++) {
    const t = tokens[q] as Token;
    if (q > m && !isSpaceGap(text.slice((tokens[q - 1] as Token).end, t.start))) break;
    const nextWord = tokens[q + 1]?.lower ?? "";
    // ("said Monday’s attack would ...": a day with a possessive opens the clause.)
    const possessed = /^['’]s?\s/.test(text.slice(t.end, t.end + 3));
    if (TIME_WORDS.has(t.lower) && !possessed && (t.lower !== "this" && t.lower !== "last" && t.lower !== "next" || /^(week|month|year|weekend|morning|evening)$/.test(nextWord))) {
      q++;
      continue;
    }
    if (t.lower === "on" && (DAYS.test(nextWord) || MONTHS.test(nextWord))) {
      q += 2;
      while (q < te && (TIME_WORDS.has((tokens[q] as Token).lower) || /^\d+$/.test((tokens[q] as Token).text))) q++;
      continue;
    }
    if (MONTHS.test(t.lower) && t.cap) {
      q++;
      while (q < te && /^\d+$/.test((tokens[q] as Token).text)) q++;
      continue;
    }
    if (t.lower === "at" && /^(least|most)$/.test(nextWord)) break; // "said at least 12 people ...": the clause starts
    if (APPROXIMATORS.test(t.lower) && /^\d/.test(tokens[q + 1]?.text ?? "")) break; // "said about 370 people ..." 
    if (PREPOSITIONS.has(t.lower) || TOPIC_PARTICIPLES.test(t.lower)) {
      // A prepositional phrase without a finite verb up to the next punctuation is an adjunct.
      let r = q + 1;
      let finite = false;
      while (r < te && isSpaceGap(text.slice((tokens[r - 1] as Token).end, (tokens[r] as Token).start)) || (r < te && /^['’]\s?$|^\s?-\s?$/.test(text.slice((tokens[r - 1] as Token).end, (tokens[r] as Token).start)))) {
        const w = (tokens[r] as Token).lower;
        if (FINITE.has(w) || w === "that") { finite = true; break; }
        r++;
      }
      if (finite) break;
      const span = { start: t.start, end: (tokens[r - 1] as Token).end };
      if (((t.lower === "on" && q === m && rightAfterVerb) || t.lower === "about" || TOPIC_PARTICIPLES.test(t.lower)) && !topic) topic = span;
      q = r;
      continue;
    }
    break;
  }
  return { next: q, topic };
}

/** "..., speaking about the outcome of the summit" right after the attribution. */
function participleTopic(v: SentenceView, from: number): Span | null {
  const m = /^\s*,?\s*(?:on\s|about\s|(?:talking|speaking|summing|commenting|referring)\s+(?:up\s+|about\s+|on\s+|to\s+)?)([^,.;]{3,160})/.exec(v.text.slice(from, v.sentence.end));
  if (!m || !m[1]) return null;
  if (DAYS.test(m[1].split(/\s/)[0]?.toLowerCase() ?? "") || MONTHS.test(m[1].split(/\s/)[0]?.toLowerCase() ?? "")) return null;
  const start = from + m[0].length - m[1].length;
  return { start, end: start + m[1].length };
}

/** The noun phrase after an inverted verb: "..., said the Prime Minister of Estonia Kaja Kallas in Tallinn". */
function npAfter(v: SentenceView, m: number): { span: Span } | null {
  const { tokens, te, text } = v;
  const first = tokens[m];
  if (!first) return null;
  if (!(first.cap || ["the", "a", "an"].includes(first.lower))) return null;
  let q = m;
  while (q < te) {
    const t = tokens[q] as Token;
    if (q > m) {
      const prev = tokens[q - 1] as Token;
      const g = text.slice(prev.end, t.start);
      const abbrev = /^\.\s+$/.test(g) && (prev.text.includes(".") || /^\p{Lu}$/u.test(prev.text));
      if (!isNameGap(g) && !abbrev) break;
      // "a senior NATO diplomat who declined to be named": the anonymity clause belongs to the description.
      const anon = t.lower === "who" ? ANON_CLAUSE_RE.exec(text.slice(t.start, t.start + 90)) : null;
      if (anon) return { span: { start: first.start, end: t.start + anon[0].length } };
      if (/^(on|at|in|during|after|while|when|as|who|which|told|said|adding|saying|and|but|from|with|that)$/.test(t.lower)) break;
      if (!t.cap && TIME_WORDS.has(t.lower)) break;
      if (DAYS.test(t.lower)) break;
      if (!t.cap && (FINITE.has(t.lower) || CLAUSE_VERBS.has(t.lower) || /ed$/.test(t.lower))) return null;
    }
    q++;
    if (q - m > 12) return null;
  }
  return { span: { start: first.start, end: (tokens[q - 1] as Token).end } };
}

/** "In NAME's words" / "In the minister's words" at token k: the phrase's length in tokens, else 0. */
function possessorWords(v: SentenceView, k: number): number {
  const { tokens, text } = v;
  for (let n = 1; n <= 4; n++) {
    const s = tokens[k + n + 1];
    const words = tokens[k + n + 2];
    if (!s || !words || s.text !== "s" || words.lower !== "words") continue;
    if (!/^['’]$/.test(text.slice((tokens[k + n] as Token).end, s.start))) return 0;
    const owner = text.slice((tokens[k + 1] as Token).start, (tokens[k + n] as Token).end);
    return /^(?:the\s+[a-z]+(?:\s+[a-z]+)?|(?:\p{Lu}[\p{L}'’-]*\s*){1,3})$/u.test(owner) ? n + 3 : 0;
  }
  return 0;
}

/** "In his words, CLAUSE" (= "according to him"): the clause is the person's indirect statement. */
function inWords(v: SentenceView, k: number, clauseFloor: number, speaker: Span, words: Token): SpeechEvent | null {
  const { text } = v;
  const t = v.tokens[k] as Token;
  if (!isDiscourseOnly(text.slice(clauseFloor, t.start).trim())) return null;
  const comma = /^\s*,\s*/.exec(text.slice(words.end, words.end + 4));
  if (!comma) return null;
  const start = words.end + comma[0].length;
  // 'In his words, "a stable Afghanistan is ..."': the quotation that opens right after is the person's.
  const quote = insideQuote(v, start);
  if (quote) return quote.outerStart === start ? { verb: { start: t.start, end: words.end }, lemma: "according", speaker, speakerFrom: "phrase", content: null, quoteAfter: true, quoteBefore: null, topic: null, region: { start: t.start, end: words.end } } : null;
  const end = clauseEnd(v, start);
  if (end - start < 8) return null;
  return { verb: { start: t.start, end: words.end }, lemma: "according", speaker, speakerFrom: "phrase", content: { start, end }, quoteAfter: false, quoteBefore: null, topic: null, region: { start: t.start, end: words.end } };
}

const SOURCE_NOUN_RE = /^(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+)?(?:poll|survey|study|report|estimate|count|tally)s?\s+(?:(?:conducted|published|released|carried\s+out|commissioned)\s+)?by\s+(?:the\s+)?(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*)|^((?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*(?<!an|ese|ish|ian|i))\s+(?:estimates|data|figures|statistics|polls?|surveys?|projections)$/u;
const OPENING_DURATION_RE = /^(?:for|over|since|during|throughout|within|after)\s+(?:the\s+)?(?:past\s+|last\s+|next\s+|first\s+)?(?:[a-z0-9]+\s+)?(?:days?|weeks?|months?|years?|weekend|decades?|hours?|night|morning|evening|afternoon)\b,?\s+/i;
const SAID_BEFORE_RE = /\b(?:said|told|added|stressed|noted|warned|insisted|declared)\b[^,]{0,40},\s*$/;

// People described by their trade in an apposition ("a water policy researcher at ...").
const TRADE_NOUNS = new Set(["researcher", "professor", "analyst", "expert", "fellow", "scholar", "lecturer", "economist", "historian",
  "specialist", "member", "consultant", "adviser", "advisor", "director", "lawyer", "editor", "journalist", "commentator", "scientist"]);

function accordingTo(v: SentenceView, k: number, clauseFloor: number): SpeechEvent | null {
  const { tokens, te, text, sentence } = v;
  const npStart = k + 2;
  if (npStart >= te) return null;
  let q = npStart + 1;
  while (q < te && isNameGap(text.slice((tokens[q - 1] as Token).end, (tokens[q] as Token).start)) 
    // ("the Taliban (a movement under UN sanctions ...)": a bracket that describes the source ends it; an acronym's stays.)
    && !(text.slice((tokens[q - 1] as Token).end, (tokens[q] as Token).start).includes("(") && !/^\p{Lu}{2,}$/u.test((tokens[q] as Token).text))) q++;
  const np: Span = { start: (tokens[npStart] as Token).start, end: (tokens[q - 1] as Token).end };
  // "the Syrian Observatory for Human Rights (SOHR)": the acronym's bracket closes inside the source.
  if (text[np.end] === ")" && text.lastIndexOf("(", np.end) > np.start) np.end++;
  // "according to UN estimates", "according to a poll conducted by Ipsos before the vote": the body behind the figures.
  let speaker = np;
  const source = SOURCE_NOUN_RE.exec(text.slice(np.start, np.end));
  if (source) {
    const by = source[1] ?? source[2] ?? "";
    const at = np.start + text.slice(np.start, np.end).indexOf(by);
    speaker = { start: at, end: at + by.length };
  }
  const t = tokens[k] as Token;
  const verb = { start: t.start, end: (tokens[k + 1] as Token).end };
  const before = text.slice(clauseFloor, t.start).trim();
  // "According to the Taliban (a movement under UN sanctions ...), A": a bracket after the source describes it.
  const bracket = /^\s*\([^()]{3,120}\)(?=\s*,)/.exec(text.slice(np.end, sentence.end));
  const afterNp = text.slice(np.end + (bracket?.[0].length ?? 0), sentence.end);
  const npEnd = np.end + (bracket?.[0].length ?? 0);
  // "'...,' Mr Pompeo told the ministers, according to a State Department official": a source for a report already
  // attributed, not a report of its own.
  if (/,\s*$/.test(text.slice(clauseFloor, t.start)) && SAID_BEFORE_RE.test(text.slice(sentence.start, t.start))) return null;
  // "According to NAME, a water policy researcher at ..., A": the apposition describes the source; A follows it.
  const appo = /^\s*,\s*(?:a|an|the)\s([^,;"“”]{3,120}),\s*/.exec(afterNp);
  const appoWords = appo?.[1]?.split(/\s+/) ?? [];
  // (A description of a person: a lower-case noun first and a word of role or trade, "a professor of law at ...", not
  // "the AUKUS partnership between ...", which is the clause's subject.)
  const describesPerson = /^\p{Ll}/u.test(appoWords[0] ?? "") && appoWords.slice(0, 4).some((w) => ROLE_NOUNS.has(w.toLowerCase()) || TRADE_NOUNS.has(w.toLowerCase()));
  const appoLen = appo && describesPerson && appoWords.length >= 3
    && !appoWords.some((w) => FINITE.has(w.toLowerCase()) || IRREGULAR_PAST.has(w.toLowerCase()) || /^\p{Ll}+ed$/u.test(w))
    && !/^(?:which|who|whose)\b/.test(afterNp.slice(appo[0].length)) ? appo[0].length : 0;
  if ((before === "" || isDiscourseOnly(before)) && /^\s*,/.test(afterNp)) {
    const start = npEnd + (appoLen || (/^\s*,\s*/.exec(afterNp)?.[0].length ?? 0));
    return { verb, lemma: "according", speaker, speakerFrom: "phrase", content: { start, end: clauseEnd(v, start) }, quoteAfter: false, quoteBefore: null, topic: null, region: { start: t.start, end: npEnd } };
  }
  // "A, according to NAME, a professor of maritime law at ...": the clause before, with or without an apposition after.
  // ("A, according to NAME, though the pandemic has halted travel": a concessive clause after it is the writer's.)
  if (/,\s*$/.test(text.slice(clauseFloor, t.start)) && (/^\s*[.!?]?\s*$/.test(afterNp) || /^\s*,\s*(?:a|an|the)\s[^,;"“”]{3,150}[.!?]?\s*$/.test(afterNp)
    || /^\s*,\s*(?:though|although|even though|but|while|whereas)\s/.test(afterNp))) {
    const lead = LEAD_WORDS.exec(text.slice(clauseFloor, t.start))?.[0].length ?? 0;
    const start = clauseFloor + lead;
    const end = trimEnd(text, start, t.start);
    if (end - start < 8) return null;
    return { verb, lemma: "according", speaker, speakerFrom: "phrase", content: { start, end }, quoteAfter: false, quoteBefore: null, topic: null, region: { start: t.start, end: np.end } };
  }
  return null;
}
