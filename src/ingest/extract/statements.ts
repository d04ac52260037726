// Walks the sentences in order and turns speech events and quotations into statements: reported clauses
// (direct: false), quotations attributed by a verb before or after them, by the clause they sit in, by the
// sentence's subject, or by the previous quotation when a paragraph continues someone's words.
import type { ExtractedStatement, Span } from "../types.js";
import { nameKey } from "../../names.js";
import { aboutOf } from "./about.js";
import { DISCOURSE_STARTS, SCARE_QUOTE_CUES, SPEECH_VERBS } from "./gazetteer.js";
import type { MentionIndex } from "./mentions.js";
import type { PersonCluster } from "./persons.js";
import type { Quote } from "./quotes.js";
import type { Paragraph, Sentence } from "./segment.js";
import type { Speaker, SpeakerResolver } from "./speakers.js";
import { findSpeechEvents, type SentenceView } from "./speech.js";
import { tokenAt, type Token } from "./tokens.js";

export interface StatementContext {
  text: string;
  tokens: readonly Token[];
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  quotes: readonly Quote[];
  mentions: MentionIndex;
  clusters: readonly PersonCluster[];
  resolver: SpeakerResolver;
}

const LEAD_PREPOSITIONS = new Set(["in", "on", "at", "after", "during", "following", "speaking", "commenting", "asked", "earlier", "later", "before", "with", "despite", "under", "amid", "while", "when", "by", "as"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it"]);
const VERBISH = new Set(["is", "was", "were", "are", "has", "have", "had", "will", "would", "could", "can", "should", "must", "may", "might", "did", "does", "do"]);

export function findStatements(ctx: StatementContext): ExtractedStatement[] {
  const { text, tokens, sentences, quotes, resolver } = ctx;
  const out: ExtractedStatement[] = [];
  let lastDirect: { speaker: Speaker; paragraph: number; openAtEnd: boolean } | null = null;

  for (const s of sentences) {
    const ts = tokenAt(tokens, s.start);
    const te = tokenAt(tokens, s.end);
    const sentQuotes = quotes.filter((q) => q.outerStart < s.end && q.outerEnd > s.start);
    const view: SentenceView = { text, tokens, ts, te, sentence: s, quotes: sentQuotes };
    const paragraph = ctx.paragraphs[s.paragraph] as Paragraph;

    const subjectSpan = sentenceSubject(view);
    const subject = subjectSpan ? resolver.resolve(subjectSpan) : null;

    const events = findSpeechEvents(view);
    const resolved: Array<Speaker | null> = [];
    let previous: Speaker | null = null;
    for (const ev of events) {
      let sp: Speaker | null = null;
      if (ev.speakerFrom === "previous") sp = previous ?? subject;
      else if (ev.speakerFrom === "subject") sp = subject ?? previous;
      else if (ev.speaker) sp = resolver.resolve(ev.speaker, ev.content);
      const verbInQuote = sentQuotes.some((q) => ev.verb.start >= q.start && ev.verb.start < q.end);
      if (verbInQuote && (!sp || sp.kind !== "person" || !ev.speaker || /^(he|she|they|it|we|i)$/i.test(text.slice(ev.speaker.start, ev.speaker.end)))) {
        resolved.push(null);
        continue;
      }
      resolved.push(sp);
      if (!sp) continue;
      previous = sp;
      resolver.note(sp, ev.verb.start, "speaker");
      if (ev.content && !pureQuote(ev.content, sentQuotes, text)) {
        out.push(statement(ctx, sp, ev.content, false, ev.speaker));
      }
    }

    for (const q of sentQuotes) {
      if (q.outerStart < s.start) continue; // belongs to the sentence where it opens
      let sp: Speaker | null = null;
      let attributed = false;
      events.forEach((ev, i) => {
        if (sp) return;
        const r = resolved[i] ?? null;
        if (!r) return;
        if (ev.content && q.outerStart >= ev.content.start - 1 && q.outerEnd <= ev.content.end + 1) sp = r;
        else if (ev.quoteBefore === q) { sp = r; attributed = true; }
        else if (ev.quoteAfter && q.outerStart >= ev.verb.end && /^[\s:,]*$/.test(text.slice(ev.verb.end, q.outerStart).replace(/\b(adding|saying|he|she|they|it|said|says|told|[A-Z]\w+)\b/g, ""))) { sp = r; attributed = true; }
      });
      if (!sp && events.length) {
        // An attribution later in the sentence ("'...,' he said") or earlier ("He said: '...'").
        const idx = events.findIndex((ev) => ev.verb.start >= q.outerEnd && /^[\s,.!?]*$/.test(text.slice(q.outerEnd, ev.region.start)));
        if (idx >= 0) { sp = resolved[idx] ?? null; attributed = sp !== null; }
      }
      if (!sp && lastDirect && /^\s*["“‘']?$/.test(text.slice(s.start, q.outerStart + 1).trim() ? text.slice(s.start, q.outerStart) : "")) {
        const sameParagraph = lastDirect.paragraph === q.paragraph;
        const continues = q.atParagraphStart && lastDirect.paragraph === q.paragraph - 1;
        if (sameParagraph || continues) sp = lastDirect.speaker;
      }
      if (!sp && subject && subject.kind === "person") sp = subject;
      if (!sp) continue;
      if (!attributed && isScareQuote(text, q)) continue;
      out.push(statement(ctx, sp, q, true, null));
      lastDirect = { speaker: sp, paragraph: q.paragraph, openAtEnd: q.open };
    }
    if (subject && subjectSpan) resolver.note(subject, subjectSpan.start, "subject");
    void paragraph;
  }
  const title = ctx.paragraphs[0];
  if (title?.isTitle) out.push(...headlineStatements(ctx, title));
  return dedupe(out);
}

function statement(ctx: StatementContext, sp: Speaker, span: Span, direct: boolean, speakerSpan: Span | null): ExtractedStatement {
  const about = aboutOf(ctx.text, span, sp, ctx.mentions, ctx.clusters, ctx.resolver);
  return {
    speaker: sp.name,
    speaker_kind: sp.kind,
    quote: ctx.text.slice(span.start, span.end),
    direct,
    about_treaties: about.treaties,
    about_states: about.states,
    about_persons: about.persons,
    start: span.start,
    end: span.end,
    speaker_text: speakerSpan ? ctx.text.slice(speakerSpan.start, speakerSpan.end) : sp.text,
  };
}

function pureQuote(content: Span, quotes: readonly Quote[], text: string): boolean {
  return quotes.some((q) => q.outerStart >= content.start - 2 && q.outerStart <= content.start && q.outerEnd >= content.end - 1 && !/\w/.test(text.slice(q.outerEnd, content.end)));
}

function isScareQuote(text: string, q: Quote): boolean {
  const before = text.slice(Math.max(0, q.outerStart - 16), q.outerStart).toLowerCase();
  if (SCARE_QUOTE_CUES.some((c) => before.trimEnd().endsWith(c))) return true;
  const inner = text.slice(q.start, q.end);
  const words = inner.split(/\s+/);
  // A quoted name or title ("'Operation Sandstone'") rather than words someone said.
  return words.length <= 3 && words.every((w) => /^[\p{Lu}\d]/u.test(w)) && !/[.!?]$/.test(inner);
}

/** The phrase at the start of a sentence that names who acts in it. */
function sentenceSubject(v: SentenceView): Span | null {
  const { tokens, ts, te, text } = v;
  let k = ts;
  const firstQuote = v.quotes.find((q) => q.outerStart <= (tokens[ts]?.start ?? 0) + 1);
  if (firstQuote) return null;
  for (let guard = 0; guard < 3 && k < te; guard++) {
    const t = tokens[k] as Token;
    if (DISCOURSE_STARTS.has(t.lower)) { k++; continue; }
    if (LEAD_PREPOSITIONS.has(t.lower)) {
      // skip an opening phrase up to its comma: "On Friday morning, guards ..."
      let c = k;
      while (c < te && c - k < 14 && !/,/.test(text.slice((tokens[c] as Token).end, tokens[c + 1]?.start ?? (tokens[c] as Token).end))) c++;
      if (c < te && c - k < 14) { k = c + 1; continue; }
      return null;
    }
    if (/^(yesterday|today|earlier|later|meanwhile|now|then)$/.test(t.lower)) { k++; continue; }
    break;
  }
  const first = tokens[k];
  if (!first) return null;
  if (SUBJECT_PRONOUNS.has(first.lower)) return { start: first.start, end: first.end };
  let e = k;
  while (e < te && e - k < 8) {
    const t = tokens[e] as Token;
    if (e > k) {
      const g = text.slice((tokens[e - 1] as Token).end, t.start);
      if (!/^[\s'’-]+$/.test(g)) break;
    }
    if (VERBISH.has(t.lower) || SPEECH_VERBS.has(t.lower) || (e > k && !t.cap && /(ed|es)$/.test(t.lower) && t.lower.length > 4)) break;
    e++;
  }
  if (e === k) return null;
  return { start: first.start, end: (tokens[e - 1] as Token).end };
}

/** "Lukashenko: Putin promised ..." and TASS's "... — Foreign Ministry". */
function headlineStatements(ctx: StatementContext, title: Paragraph): ExtractedStatement[] {
  const t = ctx.text.slice(title.start, title.end);
  const out: ExtractedStatement[] = [];
  const colon = /^([^:]{2,50}):\s+(.+)$/.exec(t);
  const dash = /^(.+?)\s+[—–]\s+(.{2,60})$/.exec(t);
  if (colon?.[1] && colon[2]) {
    const sp = ctx.resolver.resolve({ start: title.start, end: title.start + colon[1].length });
    const start = title.start + t.indexOf(colon[2]);
    if (sp?.name) out.push(statement(ctx, sp, { start, end: title.end }, false, { start: title.start, end: title.start + colon[1].length }));
  } else if (dash?.[1] && dash[2]) {
    const spStart = title.start + t.lastIndexOf(dash[2]);
    const sp = ctx.resolver.resolve({ start: spStart, end: title.end });
    if (sp?.name) out.push(statement(ctx, sp, { start: title.start, end: title.start + dash[1].length }, false, { start: spStart, end: title.end }));
  }
  return out;
}

function dedupe(list: ExtractedStatement[]): ExtractedStatement[] {
  const seen = new Set<string>();
  return list
    .sort((a, b) => a.start - b.start)
    .filter((s) => {
      const key = `${s.speaker ?? ""}|${nameKey(s.quote)}|${s.direct}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
