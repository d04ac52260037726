// Finds speech events in a sentence: a verb of saying with its speaker phrase and what was said —
// "X said (that) CLAUSE", "CLAUSE, X said", "CLAUSE, said X", "X, ..., said: '...'", "X said, adding that ...",
// "According to X, CLAUSE", "CLAUSE, according to X", "X accused Y of Z", "which X says CLAUSE".
// Speakers are left as text spans here; speakers.ts resolves them.
import type { Span } from "../types.js";
import {
  ADJUNCT_STARTS, AUDIENCE_NOUNS, AUXILIARIES, DISCOURSE_STARTS, NEED_THAT, OBJECT_VERBS, PARENTHETICAL_ONLY,
  PHRASE_VERBS, SPEECH_VERBS,
} from "./gazetteer.js";
import type { Quote } from "./quotes.js";
import type { Sentence } from "./segment.js";
import type { Token } from "./tokens.js";

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
  /** Everything the attribution occupies, so a later event's clause starts after it. */
  region: Span;
}

const BOUNDARY_WORDS = new Set([
  "that", "after", "before", "when", "while", "as", "because", "although", "though", "since", "where", "which", "who",
  "whom", "if", "unless", "until", "but", "so", "than", "what", "whether", "how", "why", "once", "whereas", "whom",
]);
const BE_FORMS = new Set(["is", "was", "were", "are", "be", "been", "being"]);
const FINITE_MARKERS = new Set([
  "is", "was", "were", "are", "will", "would", "could", "can", "should", "must", "might", "may", "had", "has", "have",
  "did", "does", "do", "shall", "won't", "cannot",
]);
const PRONOUN_SUBJECTS = new Set(["he", "she", "it", "they", "we", "i", "you", "there"]);
const ACCUSE = new Set(["accused", "accusing", "accuses", "accuse"]);
const TIME_WORDS = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "earlier",
  "later", "morning", "evening", "afternoon", "night", "week", "month", "year", "last", "this", "on", "again", "also",
  "publicly", "repeatedly", "recently", "previously", "weekend", "separately", "then", "now", "once", "firmly", "strongly",
  "bluntly", "flatly", "clearly", "briefly", "too", "late", "early",
]);
const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;
const COMMUNICATION_NOUNS = /^(statement|interview|tweet|speech|address|post|letter|comments?|remarks|conversation|message|video|briefing|conference|call|op-ed|article|appearance|meeting|session|debate|summit|forum|broadcast|press|note|communique|declaration|report)$/;

function isOpenQuote(ch: string | undefined): boolean {
  return ch === '"' || ch === "“" || ch === "‘" || ch === "'";
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

function gapText(v: SentenceView, a: number): string {
  const t = v.tokens[a] as Token;
  const u = v.tokens[a + 1];
  return v.text.slice(t.end, u ? u.start : v.sentence.end);
}

function insideQuote(v: SentenceView, offset: number): Quote | undefined {
  return v.quotes.find((q) => offset >= q.outerStart && offset < q.outerEnd);
}

/** Speech verb (single or multi-word) starting at token k: its lemma and token length. */
function speechVerbAt(v: SentenceView, k: number): { lemma: string; len: number } | null {
  const t = v.tokens[k] as Token;
  const phrases = PHRASE_VERBS.get(t.lower);
  if (phrases) {
    for (const p of phrases) {
      if (p.rest.every((w, i) => v.tokens[k + 1 + i]?.lower === w)) return { lemma: p.lemma, len: 1 + p.rest.length };
    }
  }
  const lemma = SPEECH_VERBS.get(t.lower);
  return lemma ? { lemma, len: 1 } : null;
}

function looksLikeClause(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 14); k++) {
    const t = v.tokens[k] as Token;
    if (FINITE_MARKERS.has(t.lower)) return true;
    if (k > from && /ed$/.test(t.lower) && t.lower.length > 4) return true;
    if (k > from && /[^s]s$/.test(t.lower) && !t.cap && k - from <= 4 && v.tokens[k - 1]?.cap) return true;
  }
  return false;
}

export function findSpeechEvents(v: SentenceView): SpeechEvent[] {
  const events: SpeechEvent[] = [];
  const { text, tokens, ts, te, sentence } = v;
  let clauseFloor = sentence.start;

  for (let k = ts; k < te; k++) {
    const t = tokens[k] as Token;

    // "according to X"
    if (t.lower === "according" && tokens[k + 1]?.lower === "to") {
      const ev = accordingTo(v, k, clauseFloor);
      if (ev) {
        events.push(ev);
        clauseFloor = Math.max(clauseFloor, ev.region.end);
      }
      k++;
      continue;
    }

    const sv = ACCUSE.has(t.lower) ? { lemma: "accuse", len: 1 } : speechVerbAt(v, k);
    if (!sv) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + sv.len];
    if (prev && k > ts && (BE_FORMS.has(prev.lower) || ["the", "a", "an", "his", "her", "its", "their", "this"].includes(prev.lower))) continue;
    if (next?.lower === "to" && sv.lemma !== "tell" && sv.lemma !== "accuse") continue; // "said to be", "warned to"
    if (t.lower === "warning" && !/^\s+that\b/.test(text.slice(t.end, t.end + 6)) && !/^,/.test(text.slice(t.end))) continue;

    const verbEnd = (tokens[k + sv.len - 1] as Token).end;
    const participle = /ing$/.test(t.lower) && k > ts && /,\s*$|\band\s*$|\bwhile\s*$/.test(text.slice(Math.max(sentence.start, t.start - 8), t.start));

    // ---- speaker phrase to the left ----
    let left: Span | null = null;
    let speakerFrom: SpeechEvent["speakerFrom"] = "phrase";
    let commaBeforeSpeaker = -1; // offset of the comma that precedes the speaker phrase (inverted order)
    let asParenthetical = false;
    let hedge = false;
    if (participle) {
      speakerFrom = "previous";
    } else {
      let j = k - 1;
      while (j >= ts && AUXILIARIES.has((tokens[j] as Token).lower) && /^\s+$/.test(gapText(v, j))) j--;
      if (j < ts) {
        left = null;
      } else {
        const g = gapText(v, j);
        const tj = tokens[j] as Token;
        if (!/^[\s'’]+$/.test(g) && !/^\s+$/.test(g)) {
          // punctuation between the last word and the verb: "X, ..., said" or "'...,' said X"
          left = null;
          if (/,\s*$/.test(g)) commaBeforeSpeaker = tj.end + g.indexOf(",");
        } else if (tj.lower === "and" || tj.lower === "but" || tj.lower === "or") {
          speakerFrom = "subject";
        } else {
          let a = j;
          while (a > ts) {
            const p = tokens[a - 1] as Token;
            const gg = gapText(v, a - 1);
            if (!/^\s+$/.test(gg) && !/^['’]\s*$/.test(gg) && !(gg === "-" || gg === "–")) break;
            if (BOUNDARY_WORDS.has(p.lower) || speechVerbAt(v, a - 1)) break;
            if ((p.lower === "and" || p.lower === "or") && !(tokens[a]?.cap && tokens[a - 2]?.cap)) break;
            if (j - a >= 9) break;
            a--;
          }
          const boundary = tokens[a - 1];
          if (boundary && (boundary.lower === "which" || boundary.lower === "what" || boundary.lower === "who")) hedge = true;
          if (boundary && boundary.lower === "as" && /^\s+$/.test(gapText(v, a - 1))) asParenthetical = true;
          // skip leading discourse and time words: "But", "Earlier", "On Friday"
          while (a < j && (DISCOURSE_STARTS.has((tokens[a] as Token).lower) || (TIME_WORDS.has((tokens[a] as Token).lower) && a === ts))) a++;
          left = { start: (tokens[a] as Token).start, end: tj.end };
          if (boundary && /,\s*$/.test(gapText(v, a - 1))) commaBeforeSpeaker = boundary.end + gapText(v, a - 1).indexOf(",");
          if (a === ts) commaBeforeSpeaker = -1;
          // relative "who": "the British authorities, who promised ..."
          if (boundary?.lower === "who" && left.start === left.end) left = null;
        }
      }
    }
    if (left && PRONOUN_SUBJECTS.has(text.slice(left.start, left.end).toLowerCase()) === false && /^(it|there)$/i.test(text.slice(left.start, left.end))) {
      // "it emerged", "there was said" are not attributions (kept for 'it' = organisation by resolver)
    }

    // ---- after the verb ----
    const pos = verbEnd;
    let content: Span | null = null;
    let quoteAfter = false;
    let subjectAfter: Span | null = null;
    let m = k + sv.len; // token index after the verb

    if (sv.lemma === "accuse") {
      // "accused Y of Z": the clause is "Y of Z".
      let ofAt = -1;
      for (let q = m; q < Math.min(te, m + 9); q++) if ((tokens[q] as Token).lower === "of") { ofAt = q; break; }
      if (ofAt < 0 || ofAt === m) continue;
      const start = (tokens[m] as Token).start;
      content = { start, end: clauseEnd(v, start) };
      events.push(finish(v, k, verbEnd, sv.lemma, left, speakerFrom === "phrase" && !left ? "subject" : speakerFrom, content, false, null));
      continue;
    }

    const rest = text.slice(pos, sentence.end);
    if (/^\s*[:,]?\s*["“‘']/.test(rest) && insideQuote(v, pos + (/["“‘']/.exec(rest)?.index ?? 0))) {
      quoteAfter = true;
    } else {
      // "that" within reach, with only adjuncts before it
      let thatAt = -1;
      for (let q = m; q < Math.min(te, m + 15); q++) {
        const tq = tokens[q] as Token;
        if (tq.lower === "that") { thatAt = q; break; }
        if (FINITE_MARKERS.has(tq.lower) || /[.;:!?"“”]/.test(gapText(v, q - 1 >= m ? q - 1 : q)) && q > m) break;
        if (speechVerbAt(v, q)) break;
      }
      if (thatAt >= 0 && tokens[thatAt + 1]) {
        const start = (tokens[thatAt + 1] as Token).start;
        if (!/^\s*[,.]/.test(text.slice((tokens[thatAt] as Token).end))) content = { start, end: clauseEnd(v, start, hedge) };
      } else {
        // skip the object of tell/warn, audience words and time/place adjuncts
        if (OBJECT_VERBS.has(sv.lemma)) m = skipObject(v, m);
        m = skipAdjuncts(v, m);
        const tm = tokens[m];
        const between = text.slice(m > k + sv.len ? (tokens[m - 1] as Token).end : verbEnd, tm ? tm.start : sentence.end);
        if (/^\s*[:,]?\s*["“‘']/.test(between) && tm && insideQuote(v, tm.start - 1)) {
          quoteAfter = true;
        } else if (tm && m < te && /^\s*$/.test(between) && !NEED_THAT.has(t.lower)) {
          if ((left === null && speakerFrom === "phrase" && commaBeforeSpeaker < 0 && !participle) || (left === null && /,\s*$/.test(text.slice(sentence.start, t.start)) && !participle)) {
            // ", said X" — the speaker follows the verb
            subjectAfter = npAfter(v, m);
          }
          if (!subjectAfter && (looksLikeClause(v, m, te) || sv.lemma === "say" || hedge)) {
            if (!PARENTHETICAL_ONLY.has(sv.lemma)) content = { start: tm.start, end: clauseEnd(v, tm.start, hedge) };
          }
        }
      }
    }

    let quoteBefore: Quote | null = null;
    let region: Span = { start: left?.start ?? t.start, end: subjectAfter?.end ?? verbEnd };
    const speakerSpan = left ?? subjectAfter;

    if (!content && !quoteAfter) {
      // Inverted order: "CLAUSE, X said" / "CLAUSE, said X" / "'QUOTE,' X said" / "However, X continued, CLAUSE".
      const attrStart = speakerSpan && speakerSpan === left ? left.start : t.start;
      const pre = text.slice(clauseFloor, attrStart);
      const commaRel = pre.search(/[,:]?\s*$/);
      const cut = clauseFloor + commaRel;
      const preTrim = text.slice(clauseFloor, cut).trim();
      const quoteEnding = v.quotes.find((q) => q.outerEnd <= attrStart && /^[\s,.!?]*$/.test(text.slice(q.outerEnd, attrStart)) && q.outerEnd > clauseFloor - 1);
      const afterComma = /^\s*,\s*/.exec(text.slice(region.end, sentence.end));
      if (quoteEnding && (quoteEnding.outerStart <= clauseFloor + (text.slice(clauseFloor).length - text.slice(clauseFloor).trimStart().length) + 1 || !/\w{3,}/.test(text.slice(clauseFloor, quoteEnding.outerStart).replace(/\b(And|But|However)\b/g, "")))) {
        quoteBefore = quoteEnding;
      } else if (asParenthetical || (isDiscourseOnly(preTrim) && afterComma)) {
        if (afterComma) {
          const start = region.end + afterComma[0].length;
          if (start < sentence.end) content = { start, end: clauseEnd(v, start) };
        }
      } else if (preTrim.length > 0 && (speakerSpan || commaBeforeSpeaker >= 0) && /[,:]\s*$/.test(pre) && !PARENTHETICAL_ONLY.has(sv.lemma)) {
        let start = clauseFloor;
        const lead = /^\s*(?:(?:However|But|And|Meanwhile|Moreover|Still|Yet|Also|Furthermore|Indeed|Instead),?\s+)?/.exec(text.slice(start, cut));
        start += lead?.[0].length ?? 0;
        content = { start, end: trimEnd(text, start, cut) };
        if (quoteEnding && quoteEnding.outerStart >= start && quoteEnding.outerEnd >= cut - 1 && quoteEnding.outerStart <= start + 1) {
          content = null;
          quoteBefore = quoteEnding;
        }
      } else if (quoteEnding) {
        quoteBefore = quoteEnding;
      }
    }

    if (PARENTHETICAL_ONLY.has(sv.lemma) && !(content && content.start > t.start)) continue;
    if (!speakerSpan && speakerFrom === "phrase") {
      // "X, a senior officer who ..., said": the sentence's first phrase is the speaker.
      speakerFrom = "subject";
    }
    if (content && content.end - content.start < 3) content = null;
    if (!content && !quoteAfter && !quoteBefore) continue;
    region = { start: Math.min(region.start, content && content.start < region.start ? region.start : region.start), end: Math.max(region.end, content && content.start > verbEnd ? region.end : region.end) };
    events.push({ verb: { start: t.start, end: verbEnd }, lemma: sv.lemma, speaker: speakerSpan, speakerFrom, content, quoteAfter, quoteBefore, region });
    clauseFloor = Math.max(clauseFloor, content && content.start > verbEnd ? region.end : Math.max(region.end, verbEnd));
    k += sv.len - 1;
  }
  return events;
}

function finish(v: SentenceView, k: number, verbEnd: number, lemma: string, left: Span | null, speakerFrom: SpeechEvent["speakerFrom"], content: Span | null, quoteAfter: boolean, quoteBefore: Quote | null): SpeechEvent {
  const t = v.tokens[k] as Token;
  return { verb: { start: t.start, end: verbEnd }, lemma, speaker: left, speakerFrom, content, quoteAfter, quoteBefore, region: { start: left?.start ?? t.start, end: verbEnd } };
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
  const seg = text.slice(start, sentence.end);
  let end = seg.length;
  const cuts: RegExp[] = [
    /,\s+(?:adding|saying|noting|stressing|insisting|arguing|warning|claiming|asserting|explaining|recalling|emphasi[sz]ing)\b/,
    /,?\s+(?:and|but)\s+(?:also\s+)?(?:added|said|says|adds|noted|stressed|warned|insisted|argued|claimed|told|denied|confirmed)\b/,
    /\s+[-–—]\s+(?:he|she|they|it|we)\s+[a-z]+/,
    /,\s+(?:although|though|while|whereas)\s/,
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
    const ok = t.cap || ["the", "a", "an", "his", "her", "their", "its", "s", "cheering", "news", "western", "foreign", "local", "state", "russian", "visiting"].includes(t.lower) || AUDIENCE_NOUNS.has(t.lower);
    if (!ok) break;
    q++;
    taken++;
    if (AUDIENCE_NOUNS.has(t.lower) && !(tokens[q]?.cap || AUDIENCE_NOUNS.has(tokens[q]?.lower ?? ""))) break;
  }
  return q;
}

function skipAdjuncts(v: SentenceView, m: number): number {
  const { tokens, te, text } = v;
  let q = m;
  for (let guard = 0; guard < 4 && q < te; guard++) {
    const t = tokens[q] as Token;
    const g = q > 0 ? text.slice((tokens[q - 1] as Token).end, t.start) : " ";
    if (q > m && !/^\s+$/.test(g)) break;
    if (TIME_WORDS.has(t.lower) && (t.lower !== "this" && t.lower !== "last" || ["week", "month", "year", "weekend", "morning"].includes(tokens[q + 1]?.lower ?? ""))) {
      q++;
      while (q < te && (TIME_WORDS.has((tokens[q] as Token).lower) || MONTHS.test((tokens[q] as Token).lower) || /^\d+$/.test((tokens[q] as Token).text))) q++;
      continue;
    }
    if ((t.lower === "in" || t.lower === "during" || t.lower === "at" || t.lower === "on" || t.lower === "via" || t.lower === "after" || t.lower === "over") && q + 1 < te) {
      // "in a statement", "in an interview with X", "at a news conference"
      let r = q + 1;
      let found = false;
      while (r < te && r - q <= 6) {
        const tr = tokens[r] as Token;
        if (!/^[\s'’-]+$/.test(text.slice((tokens[r - 1] as Token).end, tr.start))) break;
        if (COMMUNICATION_NOUNS.test(tr.lower)) { found = true; r++; break; }
        r++;
      }
      if (found) {
        // optional "with X" / "to X" / "on X"
        if (["with", "to", "on"].includes(tokens[r]?.lower ?? "")) {
          r++;
          while (r < te && (tokens[r]?.cap || ["the", "a", "an", "and", "s"].includes(tokens[r]?.lower ?? "")) && /^[\s'’]+$/.test(text.slice((tokens[r - 1] as Token).end, (tokens[r] as Token).start))) r++;
        }
        q = r;
        continue;
      }
    }
    if (ADJUNCT_STARTS.has(t.lower) && t.lower !== "by" && t.lower !== "when" && t.lower !== "while" && t.lower !== "after" && t.lower !== "before" && t.lower !== "over" && t.lower !== "in" && t.lower !== "at" && t.lower !== "on" && t.lower !== "during" && t.lower !== "via" && t.lower !== "through") {
      q++;
      continue;
    }
    break;
  }
  return q;
}

/** The noun phrase after an inverted verb: "..., said the President of Belarus Alexander Lukashenko on Saturday". */
function npAfter(v: SentenceView, m: number): Span | null {
  const { tokens, te, text } = v;
  const first = tokens[m];
  if (!first) return null;
  if (!(first.cap || ["the", "a", "an"].includes(first.lower))) return null;
  let q = m;
  while (q < te) {
    const t = tokens[q] as Token;
    if (q > m) {
      const g = text.slice((tokens[q - 1] as Token).end, t.start);
      if (!/^[\s'’]+$/.test(g)) break;
      if (["on", "at", "in", "during", "after", "while", "when", "as", "who", "which", "told", "said", "adding", "saying", "and", "but", "from", "with"].includes(t.lower)) break;
      if (TIME_WORDS.has(t.lower) && !t.cap) break;
      if (/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(t.lower)) break;
    }
    q++;
    if (q - m > 12) break;
  }
  return { start: first.start, end: (tokens[q - 1] as Token).end };
}

function accordingTo(v: SentenceView, k: number, clauseFloor: number): SpeechEvent | null {
  const { tokens, te, text, sentence } = v;
  const npStart = k + 2;
  if (npStart >= te) return null;
  let q = npStart;
  while (q < te && /^[\s'’]+$/.test(text.slice((tokens[q - 1] as Token).end, (tokens[q] as Token).start))) q++;
  const np: Span = { start: (tokens[npStart] as Token).start, end: (tokens[Math.max(npStart, q - 1)] as Token).end };
  const t = tokens[k] as Token;
  const before = text.slice(clauseFloor, t.start).trim();
  const afterNp = text.slice(np.end, sentence.end);
  if ((before === "" || isDiscourseOnly(before)) && /^\s*,/.test(afterNp)) {
    const start = np.end + (/^\s*,\s*/.exec(afterNp)?.[0].length ?? 0);
    return { verb: { start: t.start, end: (tokens[k + 1] as Token).end }, lemma: "according", speaker: np, speakerFrom: "phrase", content: { start, end: clauseEnd(v, start) }, quoteAfter: false, quoteBefore: null, region: { start: t.start, end: np.end } };
  }
  if (/,\s*$/.test(text.slice(clauseFloor, t.start)) && /^\s*[.!?]?\s*$/.test(afterNp.replace(/^[^,.]*$/, ""))) {
    const start = clauseFloor + (text.slice(clauseFloor).length - text.slice(clauseFloor).trimStart().length);
    const end = trimEnd(text, start, t.start);
    if (end - start < 8) return null;
    return { verb: { start: t.start, end: (tokens[k + 1] as Token).end }, lemma: "according", speaker: np, speakerFrom: "phrase", content: { start, end }, quoteAfter: false, quoteBefore: null, region: { start: t.start, end: np.end } };
  }
  return null;
}

export { isOpenQuote };
