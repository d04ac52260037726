// Walks the sentences in order and turns speech events and quotations into statements: reported clauses
// (direct: false), quotations attributed by a verb before or after them, by the clause they sit in, by the
// sentence's subject, or by the previous quotation when a paragraph continues someone's words.
import type { ExtractedStatement, Span } from "../types.js";
import { aboutOf } from "./about.js";
import { treatyKindOf } from "./treaty-text.js";
import { DISCOURSE_STARTS, ORGS, ROLE_NOUNS, SCARE_QUOTE_CUES, SPEECH_VERBS, TREATIES } from "./gazetteer.js";
import type { Mention, MentionIndex } from "./mentions.js";
import type { PersonCluster } from "./persons.js";
import type { Quote } from "./quotes.js";
import { paragraphIndexAt, type Paragraph, type Sentence } from "./segment.js";
import type { Speaker, SpeakerResolver } from "./speakers.js";
import { IRREGULAR_PAST, findSpeechEvents, type SentenceView, type SpeechEvent } from "./speech.js";
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

const LEAD_PREPOSITIONS = new Set(["according", "within", "in", "on", "at", "after", "during", "following", "speaking", "commenting", "asked", "earlier", "later", "before", "with", "despite", "under", "amid", "while", "when", "by", "as", "for", "over", "since", "throughout", "unlike", "like"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "it"]);
const WEEKDAY_RE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend)$/;
const STANCE_VERBS = new Set([
  "withdrew", "became", "want", "wants", "fear", "fears", "reject", "rejects", "point", "points", "insist", "insists", "argue", "argues",
  "deny", "denies", "maintain", "maintains", "hope", "hopes", "oppose", "opposes", "blame", "blames", "dispute", "disputes",
  "accept", "accepts", "consider", "considers", "believe", "believes", "see", "sees", "set", "plans", "seeks", "refuses", "demands",
]);
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
    // The sentence's own subject is the first candidate for a later pronoun ("The Kremlin denies ..., but it has said").
    if (subject && subjectSpan) resolver.note(subject, subjectSpan.start, "subject");

    const events = findSpeechEvents(view);
    const resolved: Array<Speaker | null> = [];
    let previous: Speaker | null = null;
    let previousOuter: Speaker | null = null;
    for (const ev of events) {
      let sp: Speaker | null = null;
      if (ev.speakerFrom === "previous") sp = previous ?? subordinateSubject(ctx, s.start, ev.verb.start, true) ?? subject;
      // "The Tory leader, Michael Howard, said A but accused ministers of B": a verb joined to the one before by "and" or
      // "but" has that verb's speaker.
      // (Not a report nested in that verb's clause: "X confirmed that police had warned Vienna ..., and said ..." is X's.)
      else if (ev.speakerFrom === "subject" && previousOuter && /\b(?:and|but)\s+(?:also\s+)?$/.test(text.slice(s.start, ev.verb.start))) sp = previousOuter;
      else if (ev.speakerFrom === "subject") sp = subordinateSubject(ctx, s.start, ev.verb.start) ?? subject ?? previous;
      else if (ev.speaker && ev.lemma === "according" && /^(?:his|her|him)$/i.test(text.slice(ev.speaker.start, ev.speaker.end))) {
        sp = resolver.speakerByPronoun(text.slice(ev.speaker.start, ev.speaker.end), ev.speaker.start) ?? resolver.resolve(ev.speaker, ev.content);
      } else if (ev.speaker) sp = resolver.resolve(ev.speaker, ev.content);
      if (ev.relative && (!sp || sp.kind === "unnamed")) {
        // "Anna Berg - a retired Oslo diplomat, ..., who has maintained ...": the person the apposition describes.
        const p = ctx.mentions.within(s.start, ev.verb.start).filter((m) => m.type === "Person").pop();
        const c = p ? ctx.clusters[Number(p.name)] : undefined;
        if (c) sp = resolver.personSpeaker(c, text.slice((p as { start: number }).start, (p as { end: number }).end));
      }
      const verbInQuote = sentQuotes.some((q) => ev.verb.start >= q.start && ev.verb.start < q.end);
      if (verbInQuote && (!sp || sp.kind !== "person" || !ev.speaker || /^(he|she|they|it|we|i)$/i.test(text.slice(ev.speaker.start, ev.speaker.end)))) {
        resolved.push(null);
        continue;
      }
      resolved.push(sp);
      if (!sp) continue;
      previous = sp;
      if (!events.some((o) => o !== ev && o.content && ev.verb.start >= o.content.start && ev.verb.end <= o.content.end)) previousOuter = sp;
      // Someone quoted inside another's quotation ("'The President has said ...,' he added") is not the one
      // talking, so a later "he said" does not refer to them.
      if (!verbInQuote) resolver.note(sp, ev.verb.start, "speaker");
      // "Xi told Kuczynski that A, the official Xinhua news agency reported": the agency only relays a report that names
      // its own speaker; that report is the statement.
      const relayed = ev.lemma === "report" && ev.content !== null && events.some((o, i) => o !== ev && ev.content !== null
        && o.verb.start >= ev.content.start && o.verb.end <= ev.content.end && resolved[i]?.kind === "person");
      if (ev.content && !relayed && !pureQuote(ev.content, sentQuotes, text)) {
        out.push(statement(ctx, sp, ev.content, false, ev.speaker, extraTreaties(ctx, ev.topic, ev.speaker, sp)));
      }
    }

    for (const q of sentQuotes) {
      if (q.outerStart < s.start) continue; // belongs to the sentence where it opens
      let sp: Speaker | null = null;
      let attributed = false;
      let via: SpeechEvent | null = null;
      // The innermost reported clause holding the quotation names its speaker.
      const holders = events
        .map((ev, i) => ({ ev, r: resolved[i] ?? null }))
        .filter(({ ev, r }) => r && ev.content && q.outerStart >= ev.content.start - 1 && q.outerEnd <= ev.content.end + 1)
        .sort((a, b) => (a.ev.content as Span).end - (a.ev.content as Span).start - ((b.ev.content as Span).end - (b.ev.content as Span).start));
      if (holders[0]) { sp = holders[0].r; via = holders[0].ev; }
      events.forEach((ev, i) => {
        if (sp) return;
        const r = resolved[i] ?? null;
        if (!r) return;
        if (ev.quoteBefore === q) { sp = r; attributed = true; }
        else if (ev.quoteAfter && q.outerStart >= ev.verb.end && /^[\s:,]*$/.test(text.slice(ev.verb.end, q.outerStart).replace(/\b(adding|saying|he|she|they|it|said|says|told|[A-Z]\w+)\b/g, ""))) { sp = r; attributed = true; }
        if (sp) via = ev;
      });
      if (!sp && events.length) {
        // An attribution later in the sentence ("'...,' he said") or earlier ("He said: '...'").
        const idx = events.findIndex((ev) => ev.verb.start >= q.outerEnd && /^[\s,.!?]*$/.test(text.slice(q.outerEnd, ev.region.start)));
        if (idx >= 0) { sp = resolved[idx] ?? null; attributed = sp !== null; via = events[idx] ?? null; }
      }
      const startsSentence = !/\w/.test(text.slice(s.start, q.outerStart));
      const prevQuote = sentQuotes.filter((x) => x.outerEnd <= q.outerStart).pop();
      const adjacent = prevQuote !== undefined && !/\w/.test(text.slice(prevQuote.outerEnd, q.outerStart));
      if (!sp && lastDirect && (startsSentence || adjacent) && lastDirect.paragraph === q.paragraph) sp = lastDirect.speaker;
      if (!sp && startsSentence && q.atParagraphStart) {
        // A paragraph that opens with an unattributed quotation continues the last speaker's words.
        const last = resolver.lastSpeaker(q.outerStart);
        const lastPara = lastStatementParagraph(ctx, out);
        if (last && lastPara !== null && q.paragraph - lastPara <= 2) sp = last;
      }
      if (!sp) sp = localSubject(ctx, s, q) ?? (subject && subject.kind === "person" ? subject : null);
      if (!sp) sp = namedNearQuote(ctx, s, q, subject, subjectSpan);
      if (!sp) continue;
      if (!attributed && isScareQuote(text, q)) continue;
      const v: SpeechEvent | null = via;
      out.push(statement(ctx, sp, q, true, null, v ? extraTreaties(ctx, v.topic, v.speaker, sp) : []));
      lastDirect = { speaker: sp, paragraph: q.paragraph, openAtEnd: q.open };
    }
    const reported = out.filter((x) => !x.direct && x.start >= s.start && x.end <= s.end);
    for (const p of subjectPositionPersons(ctx, s, reported)) resolver.note(p, s.start, "subject");
    if (subject && subjectSpan && events.length === 0) resolver.note(subject, subjectSpan.start, "subject");
    void paragraph;
  }
  const title = ctx.paragraphs[0];
  if (title?.isTitle) out.push(...headlineStatements(ctx, title));
  // A headline quotation repeats the body's: the body statement (with its fuller attribution) stands for both.
  // Quotations can run to a paragraph: each is normalised once, for the headline test and for dedupe.
  const keys = new Map<string, string>();
  const quoteKey = (q: string): string => {
    let k = keys.get(q);
    if (k === undefined) keys.set(q, (k = q.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim()));
    return k;
  };
  const titleEnd = title?.isTitle ? title.end : -1;
  const inTitle = out.some((x) => x.start <= titleEnd);
  const bodyQuotes = new Set(inTitle ? out.filter((x) => x.start > titleEnd).map((x) => quoteKey(x.quote)) : []);
  // Body statements first: a headline paraphrase ("... — Kremlin") follows the report it summarises.
  const kept = dedupe(out.filter((x) => x.start > titleEnd || !bodyQuotes.has(quoteKey(x.quote))), quoteKey);
  continueTopic(ctx, kept);
  return [...kept.filter((x) => x.start > titleEnd), ...kept.filter((x) => x.start <= titleEnd)];
}

function statement(ctx: StatementContext, sp: Speaker, spanIn: Span, direct: boolean, speakerSpan: Span | null, extra: string[] = []): ExtractedStatement {
  // A reported clause that begins with a quotation keeps its opening mark.
  const span = !direct && /["“‘']/.test(ctx.text[spanIn.start - 1] ?? "") ? { start: spanIn.start - 1, end: spanIn.end } : spanIn;
  const about = aboutOf(ctx.text, span, sp, ctx.mentions, ctx.clusters, ctx.resolver);
  for (const t of [...extra, ...memberTreaties(ctx, span, sp), ...relativeAntecedent(ctx, span)]) if (!about.treaties.includes(t)) about.treaties.push(t);
  if (about.treaties.length === 0) about.treaties.push(...implicitTreaty(ctx, span));
  if (about.treaties.length === 0) about.treaties.push(...pronounTreaty(ctx, span));
  if (about.treaties.length === 0) about.treaties.push(...membershipOf(ctx, span));
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

/** Treaties an attribution ties the words to: its topic ("spoke on the alliance's eastern flank") and a non-person speaker
 * phrase that names one ("CSTO ministers", "two of NATO's southern members"). */
function extraTreaties(ctx: StatementContext, topic: Span | null, speakerSpan: Span | null, sp: Speaker): string[] {
  const out: string[] = [];
  if (topic) for (const m of ctx.mentions.within(topic.start, topic.end)) if (m.type === "Treaty") out.push(m.name);
  // Only a collective speaker speaks for the treaty body it names ("CSTO ministers"), not "a NATO official".
  if (speakerSpan && sp.kind !== "person" && (sp.kind !== "unnamed" || sp.plural)) {
    for (const m of ctx.mentions.within(speakerSpan.start, speakerSpan.end)) if (m.type === "Treaty") out.push(m.name);
  }
  return out;
}

/** "the allies stand together", said by NATO's Secretary General: the members are the speaker's alliance's. */
function memberTreaties(ctx: StatementContext, span: Span, sp: Speaker): string[] {
  if (!sp.cluster || !/\b(?:members|member states|allies|the alliance)\b/i.test(ctx.text.slice(span.start, span.end))) return [];
  const orgs = sp.cluster.roleKeys.map((r) => r.org).filter((o): o is string => Boolean(o && TREATIES.has(o)));
  return [...new Set(orgs)].slice(0, 1);
}

const NATO = "North Atlantic Treaty Organization";
// Alliances whose members call one another allies.
const ALLIANCES = new Set([NATO, "Collective Security Treaty Organization"]);
// "allies", "every ally", "allied air defence": NATO's word for its members. Someone's allies ("its allies",
// "its European allies", "Russia's allies", "a close ally") are any state's friends, not the alliance.
const ALLIES_RE = /(?<!\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Ww]hose|close|closest|a|an)\s(?:\p{Lu}\p{Ll}+\s)?)(?<!['’]s\s(?:\p{Lu}\p{Ll}+\s)?)\b(?:[Aa]llies|[Aa]lly|[Aa]llied)\b(?!\s+(?:of\s|\p{Lu}))/u;

// "membership", "the new members", "all member states", "enlargement": words of belonging to an organisation. Not
// members of a parliament, a family, a party or a crew, nor a bloc's members ("EU members").
const MEMBERSHIP_RE = /(?<!\b(?:family|party|staff|crew|committee|council|board|cabinet|parliament|congress|gang|club|team|union|EU|Council|Parliament)\s)\b(?:[Mm]embership|[Mm]embers?(?!\s+of\s+(?!the\s+(?:alliance|bloc|organi[sz]ation|group|association)))|[Mm]ember\s+(?:states?|countries|nations)|[Ee]nlargement|[Nn]ewcomers)\b/;

/**
 * Words of membership ("the new members", "membership", "all member states", "enlargement"), and "allies" in an
 * article on another alliance, in words that name no treaty: about the one treaty organisation the article names,
 * when it names no bloc whose members they could be.
 */
function membershipOf(ctx: StatementContext, span: Span): string[] {
  const words = ctx.text.slice(span.start, span.end);
  const membership = MEMBERSHIP_RE.test(words);
  // ("allied relations with Russia" are a state's ties, not an alliance's.)
  const allies = ALLIES_RE.exec(words)?.[0].toLowerCase();
  if (!membership && (allies === undefined || allies === "allied")) return [];
  const orgs = new Set(ctx.mentions.all.filter((m) => m.type === "Treaty" && (treatyKindOf(m) === "ORGANIZATION" || treatyKindOf(m) === "UNION")).map((m) => m.name));
  if (orgs.size !== 1 || ctx.mentions.all.some((m) => m.type === "Organization" && ORGS.get(m.name)?.kind === "BLOC")) return [];
  const [only] = orgs;
  return only && (membership || ALLIANCES.has(only)) ? [only] : [];
}

// (Lower-case words of a title only, not a phrase: "after talks with President X" is no subject X.)
const SUBORDINATE_TITLE_RE = /^(?:(?:\p{Lu}[\p{L}.'’-]*|\d+)\s+){0,3}(?:(?!(?:with|of|to|in|on|at|by|for|from|and|or|the|a|an|his|her|their|its|he|she|they|it|talks|meeting|meetings)\s)[\p{Ll}-]+\s+){0,2}(?:\p{Lu}[\p{L}.'’-]*\s+)?$/u;

/**
 * "The vote came days after President X met tribal leaders and said ...": a verb of saying joined to the verb of a
 * clause opened by a subordinator (by "and", past an apposition, or as its participle) has that clause's subject, the
 * person named right after the subordinator.
 */
function subordinateSubject(ctx: StatementContext, sentenceStart: number, verbStart: number, participle = false): Speaker | null {
  const lead = ctx.text.slice(sentenceStart, verbStart);
  // The subordinate clause's own verb of saying: "... after President X met ... and said", "... after Minister X,
  // who is also ..., said" (or "X, speaking in Najaf, said"), "... after Minister X angered Warsaw by accusing ...".
  // "The crisis erupted on December 3, when Yoon declared martial law ..., accusing ...": a participle after a
  // subordinate clause that follows the main one.
  // ("who served as Alexander Lukashenko's ambassador": "as" after a verb of office is a preposition.)
  const sub = /\b(?:after|before|when|while|since|because|once|(?<!\b(?:served|serves|serving|worked|working|acted|acting|known|named|appointed|elected|regarded|such|same)\s)as)\s+(?=[A-Z]|the\s+[A-Z])/g;
  let last: RegExpExecArray | null = null;
  for (let m = sub.exec(lead); m; m = sub.exec(lead)) last = m;
  const joined = participle ? /\sby\s+$/.test(lead) || (/,\s*$/.test(lead) && last !== null && last.index > 0)
    : /\s(?:and|but)\s+(?:also\s+)?$/.test(lead) || /,\s+(?:who|\p{Ll}+ing)\s[^,]*,\s*$/u.test(lead);
  if (!joined) return null;
  // Not a clause inside a report ("X said that ... when Y was detained, and accused ..."): that "and" is X's.
  if (!last || /\b(?:said|says|told|added|stated|noted|argued|insisted|warned|confirmed|announced|claimed|stressed)\b/.test(lead.slice(0, last.index))) return null;
  const from = sentenceStart + last.index + last[0].length;
  const person = ctx.mentions.within(from, verbStart).find((m) => m.type === "Person");
  // Only a name right after the subordinator and its title ("after President Abdel Fattah al-Sisi met", "when Prague 6
  // district mayor Ondrej Kolar, who ..., said") ...
  if (!person || !SUBORDINATE_TITLE_RE.test(ctx.text.slice(from, person.start))) {
    // ... or, before a participle, a state or body as the clause's subject ("... collapsed when the US pulled out,
    // accusing Russia of ...").
    const body = participle ? ctx.mentions.within(from, verbStart).find((m) => m.type === "State" || m.type === "Organization") : undefined;
    if (body && /^(?:the\s+)?$/.test(ctx.text.slice(from, body.start)) && /^\s+[a-z]+ed\b/.test(ctx.text.slice(body.end, body.end + 20))) {
      return ctx.resolver.resolve({ start: body.start, end: body.end });
    }
    return null;
  }
  const cluster = ctx.clusters[Number(person.name)];
  return cluster ? ctx.resolver.personSpeaker(cluster, ctx.text.slice(person.start, person.end)) : null;
}

function lastStatementParagraph(ctx: StatementContext, out: readonly ExtractedStatement[]): number | null {
  const last = out[out.length - 1];
  return last ? (ctx.paragraphs.find((p) => last.start >= p.start && last.start <= p.end)?.index ?? null) : null;
}

const WITH_CALLING_RE = /\bwith\s+((?:[\p{L}'’.-]+\s+){0,5}[\p{L}'’.-]+)\s+(?:describing|calling|branding|dubbing|saying)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:as\s+)?(?:a\s+|an\s+)?$/u;
const WHAT_CALLED_RE = /\bwhat\s+((?!(?:he|she|they|it|we|i|you)\s)(?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3})\s+(?:has\s+|had\s+)?(?:called|described\s+as|termed|dubbed)\s+(?:a\s+|an\s+|the\s+)?$/u;
const CHANT_RE = /\b(?:chanting|chanted|chant|shouting|shouted|reading|read|saying|bearing|chants\s+of|slogans?\s+such\s+as)\s*:?\s*$/;

/**
 * The speaker of a quotation that no verb of saying attributes, named elsewhere in its sentence: a "with" phrase or
 * "what X called", a state, body or group whose verb of saying or calling comes before it, a chanting crowd.
 */
function namedNearQuote(ctx: StatementContext, s: Sentence, q: Quote, subject: Speaker | null, subjectSpan: Span | null): Speaker | null {
  const { text } = ctx;
  // "..., with spokesman Dmitry Peskov describing them as 'baseless'", "..., with a foreign ministry spokesman in Paris
  // saying the tweet was 'insulting ...'": the one the "with" phrase names; "in what Beijing called an 'outrageous'
  // escalation": the one "what" says called it so.
  {
    const before = text.slice(Math.max(s.start, q.outerStart - 120), q.outerStart);
    const w = WITH_CALLING_RE.exec(before) ?? WHAT_CALLED_RE.exec(before);
    if (w?.[1]) {
      const at = q.outerStart - before.length + w.index + w[0].indexOf(w[1]);
      const name = ctx.mentions.within(at, at + w[1].length).find((m) => m.type === "Person");
      const c = name ? ctx.clusters[Number(name.name)] : undefined;
      const found = c && name ? ctx.resolver.personSpeaker(c, text.slice(name.start, name.end)) : ctx.resolver.resolve({ start: at, end: at + w[1].length });
      if (found) return found;
    }
  }
  // "The United States has warned Turkey of 'serious potential consequences'", "Russian officials have described the
  // bloc as 'militarised'": a state, body or group that is the subject of a verb of saying before the quotation.
  // (Not a term it gives a thing: "declared June 4 a 'day of national unity'". A person named on the way speaks
  // instead when set off by commas after the subject, "China's ambassador to London, NAME, warned ...", and
  // otherwise leaves the quotation alone, "..., which Maduro has described as"; "Galuzin's remarks" names nobody who
  // speaks.)
  if (subject && subjectSpan && (subject.kind === "state" || subject.kind === "organization" || (subject.kind === "unnamed" && subject.plural)) && speechVerbBetween(ctx, subjectSpan.end, q.outerStart)
    && !/\b(?:declared|named|dubbed|designated|proclaimed|renamed)\b[^.;:]{0,40}\b(?:a|an|the)\s*$/i.test(text.slice(Math.max(s.start, q.outerStart - 60), q.outerStart))) {
    const person = ctx.mentions.within(subjectSpan.start, q.outerStart).find((m) => m.type === "Person" && !/^['’]s?\s/.test(text.slice(m.end, m.end + 3)));
    const cluster = person ? ctx.clusters[Number(person.name)] : undefined;
    if (!person) return subject;
    if (cluster && /^,\s*$/.test(text.slice(subjectSpan.end, person.start)) && /^,/.test(text.slice(person.end, person.end + 1))) return ctx.resolver.personSpeaker(cluster, text.slice(person.start, person.end));
  }
  // "hundreds of protesters chanting 'QUOTE'", "Journalists held placards reading 'QUOTE'": the crowd's words.
  if (subject && subject.kind === "unnamed" && subject.plural && CHANT_RE.test(text.slice(Math.max(s.start, q.outerStart - 30), q.outerStart))) return subject;
  return null;
}

function speechVerbBetween(ctx: StatementContext, from: number, to: number): boolean {
  if (to - from > 120) return false;
  for (let i = tokenAt(ctx.tokens, from); i < ctx.tokens.length && (ctx.tokens[i] as Token).end <= to; i++) {
    const w = (ctx.tokens[i] as Token).lower;
    // ("Japan's foreign ministry called the remarks 'regrettable'": calling a thing so is saying it.)
    if (SPEECH_VERBS.has(w) || /^(?:called|calls|calling|described|describes|describing|branded|brands|branding|dubbed|termed)$/.test(w)) return true;
  }
  return false;
}

/** The person who is the subject of the clause holding a quoted fragment: "X, who ... criticised a 'spectator' role". */
function localSubject(ctx: StatementContext, s: Sentence, q: Quote): Speaker | null {
  const persons = ctx.mentions.within(s.start, q.outerStart).filter((m) => m.type === "Person");
  for (let i = persons.length - 1; i >= 0; i--) {
    const m = persons[i];
    if (!m) continue;
    const after = ctx.text.slice(m.end, m.end + 40);
    if (/^,\s*who\b/.test(after)) {
      const c = ctx.clusters[Number(m.name)];
      if (c) return ctx.resolver.personSpeaker(c, ctx.text.slice(m.start, m.end));
    }
  }
  return null;
}

// A verb right after a person's name makes the name a subject ("NAME has vowed", "NAME warned").
const VERB_AFTER_RE = /^\s+(?:(?:has|have|had|also|later|then|did|does|is|was|will|would|could|can)\s+(?:not\s+)?[a-z]+|[a-z]+(?:ed|s))\b/;

/** Persons named right before a verb ("While Rutte did not dismiss ...") are salient for pronouns. */
function subjectPositionPersons(ctx: StatementContext, s: Sentence, reported: readonly Span[]): Speaker[] {
  const out: Speaker[] = [];
  for (const m of ctx.mentions.within(s.start, s.end)) {
    if (m.type !== "Person") continue;
    // "'Tony Blair has signed up to ...,' Mr Howard said. He ...": the subject of quoted words is talked about, not the
    // one talking.
    if (ctx.quotes.some((q) => m.start >= q.start && m.end <= q.end)) continue;
    // ... nor is the subject of a reported clause ("NAME told reporters that he would not return while Lukashenko
    // remained in power. '...,' he said.").
    if (reported.some((r) => m.start >= r.start && m.end <= r.end)) continue;
    const before = ctx.text.slice(Math.max(s.start, m.start - 30), m.start);
    // ("His successor, President NAME, has vowed ...": a name in apposition to the subject, its verb after the comma;
    // not in a relative clause, "NAME, whose son, Lance Corporal NAME, was killed".)
    const apposed = /\p{L},\s+(?:[A-Z][\w.-]*\s+){0,4}$/u.test(before) && !/\bwhose\s+\p{L}+,\s+(?:[A-Z][\w.-]*\s+){0,4}$/u.test(before);
    const after = ctx.text.slice(m.end, m.end + 30);
    if (!VERB_AFTER_RE.test(apposed ? after.replace(/^,/, "") : after)) continue;
    // only at the start of a clause: "While Rutte did not ...", not "... that Orban had been ..."
    if (!(m.start - s.start < 3 || /(?:^|[,;]\s*|\b(?:while|when|although|though|but|and|as|after|before|since|because)\s+)(?:[A-Z][\w.-]*\s+){0,4}$/.test(before))) continue;
    const c = ctx.clusters[Number(m.name)];
    if (c) out.push(ctx.resolver.personSpeaker(c, ctx.text.slice(m.start, m.end)));
  }
  return out;
}

const FUNCTION_WORDS = new Set(["it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there", "which", "who",
  "as", "is", "was", "are", "were", "be", "been", "being", "to", "and", "but", "or", "the", "a", "an", "its", "his", "her", "their",
  "our", "would", "will", "could", "should", "must", "may", "might", "can", "not", "also", "had", "has", "have", "them", "him", "us"]);
const TWO_WORDS_RE = /([\p{L}\p{N}]+)(?:[^\p{L}\p{N}]+([\p{L}\p{N}]+))?/u;

function pureQuote(content: Span, quotes: readonly Quote[], text: string): boolean {
  // "saying it 'changes nothing for us'": the clause adds nothing beyond the quoted words.
  let rest = text.slice(content.start, content.end);
  let quoted = false;
  for (const q of quotes) {
    if (q.outerStart >= content.start - 1 && q.outerEnd <= content.end + 1) {
      rest = rest.replace(text.slice(q.start, q.end), " ");
      quoted = true;
    }
  }
  // ... but a subject that is a name ("said Europe 'stands in full solidarity'") makes a clause of its own.
  // (Two words left are enough to know; most clauses have many, so the test stops at the second.)
  // ("told the BBC that neutrality 'cannot be ...'": a noun of its own is a subject too; "it", "he" are not.)
  const words = TWO_WORDS_RE.exec(rest);
  if (!words?.[2]) {
    const one = words?.[1];
    // (A lone word with no quotation at all, "denied wrongdoing", is no clause either.)
    if (one === undefined || (!/^\p{Lu}/u.test(one) && (FUNCTION_WORDS.has(one) || !quoted))) return true;
  }
  return quotes.some((q) => q.outerStart >= content.start - 2 && q.outerStart <= content.start && q.outerEnd >= content.end - 1 && !/\w/.test(text.slice(q.outerEnd, content.end)));
}

const NAMED_NOUN_AFTER_RE = /^\s+(?:policy|policies|doctrine|strategy|mechanism|format|formula|programme|program|plan|initiative|scheme|zone|regime|law|bill|campaign|operation|model|principle|concept|clause|status|option|approach|solution|project|corridor|line)\b/;

function isScareQuote(text: string, q: Quote): boolean {
  const before = text.slice(Math.max(0, q.outerStart - 16), q.outerStart).toLowerCase();
  // "what he called 'permanent revolution'": the speaker's own word for a thing, not a name others use.
  if (/\b(?:what|which)\s+(?:he|she|they|it|we)\s+(?:has\s+|had\s+)?(?:called|termed|dubbed|described\s+as)\s*$/.test(text.slice(Math.max(0, q.outerStart - 40), q.outerStart).toLowerCase())) return false;
  if (SCARE_QUOTE_CUES.some((c) => before.trimEnd().endsWith(c))) return true;
  const inner = text.slice(q.start, q.end);
  const words = inner.split(/\s+/);
  // "the 'snapback' mechanism", "the 'India first' policy": a short quotation before the noun it names; not the
  // speaker's adjective for it ("a 'politicized' approach", "a 'two-state' solution").
  const adjective = words.length === 1 && /(?:ed|al|ive|ic|ous|ful|less|ist|able|ible)$|-/.test(inner);
  if (words.length <= 4 && !adjective && NAMED_NOUN_AFTER_RE.test(text.slice(q.outerEnd, q.outerEnd + 16))) return true;
  // A quoted name or title ("'Operation Sandstone'") rather than words someone said.
  return words.length <= 3 && words.every((w) => /^[\p{Lu}\d]/u.test(w)) && !/[.!?]$/.test(inner);
}

/** The phrase at the start of a sentence that names who acts in it. */
const PARTICIPLE_OBJECT_RE = /^(?:the|a|an|to|in|at|on|with|about|for|after|from|his|her|its|their|this|that|these|those|reporters|journalists|parliament|lawmakers)$/;

function sentenceSubject(v: SentenceView): Span | null {
  const { tokens, ts, te, text } = v;
  let k = ts;
  const firstQuote = v.quotes.find((q) => q.outerStart <= (tokens[ts]?.start ?? 0) + 1);
  if (firstQuote) return null;
  for (let guard = 0; guard < 3 && k < te; guard++) {
    const t = tokens[k] as Token;
    if (DISCOURSE_STARTS.has(t.lower)) { k++; continue; }
    // "According to Minister of X and Y NAME, A ...": the subject is the whole named person up to the comma,
    // however long their title.
    if (t.lower === "according" && tokens[k + 1]?.lower === "to") {
      let c = k + 2;
      while (c < te && c - k < 14 && !/,/.test(text.slice((tokens[c] as Token).end, tokens[c + 1]?.start ?? (tokens[c] as Token).end))) c++;
      if (c < te && c - k < 14 && c >= k + 2 && (tokens[c] as Token).cap) return { start: (tokens[k + 2] as Token).start, end: (tokens[c] as Token).end };
    }
    // "Within hours, ...", "Hours later, ...": a time phrase up to its comma.
    if (LEAD_PREPOSITIONS.has(t.lower) || (/^(?:hours|days|minutes|weeks|months|moments)$/.test(t.lower) && /^(?:later|after|before|earlier)$/.test(tokens[k + 1]?.lower ?? ""))) {
      // skip an opening phrase up to its comma: "On Monday evening, officials ..."
      let c = k;
      while (c < te && c - k < 14 && !/,/.test(text.slice((tokens[c] as Token).end, tokens[c + 1]?.start ?? (tokens[c] as Token).end))) c++;
      if (c < te && c - k < 14) { k = c + 1; continue; }
      return null;
    }
    if (/^(yesterday|today|earlier|later|meanwhile|now|then)$/.test(t.lower)) { k++; continue; }
    // "Opening the summit, ...", "Speaking to reporters in Cairo, ...": a participle's phrase before the subject.
    // ("Outgoing President X", "Neighbouring Belarus, which ...": an -ing adjective before a name is the subject's.)
    // ("Striking staff gathered ...": nor before a noun; the participle takes an object or a preposition.)
    if (k === ts && t.cap && /ing$/.test(t.lower) && t.lower.length > 5 && PARTICIPLE_OBJECT_RE.test(tokens[k + 1]?.lower ?? "")) {
      let c = k;
      while (c < te && c - k < 12 && !/,/.test(text.slice((tokens[c] as Token).end, tokens[c + 1]?.start ?? (tokens[c] as Token).end))) c++;
      if (c < te && c - k < 12) { k = c + 1; continue; }
    }
    // "This month, ...", "Last week, ...", "Earlier this year, ...": a time phrase before the subject.
    if (/^(this|last|next)$/.test(t.lower) && /^(week|month|year|weekend|morning|evening|spring|summer|autumn|winter)$/.test(tokens[k + 1]?.lower ?? "")) {
      k += 2;
      if (/^\s*,/.test(text.slice((tokens[k - 1] as Token).end, tokens[k]?.start ?? 0))) guard--;
      continue;
    }
    break;
  }
  const first = tokens[k];
  if (!first) return null;
  if (SUBJECT_PRONOUNS.has(first.lower)) return { start: first.start, end: first.end };
  // "Estonia, Latvia and Lithuania have ...": a coordinated list of names is the subject as a whole.
  const list = /^(?:\p{Lu}[\w-]*(?: \p{Lu}[\w-]*)*, )+\p{Lu}[\w-]*(?: \p{Lu}[\w-]*)*,? and \p{Lu}[\w-]*(?: \p{Lu}[\w-]*)*(?= \p{Ll})/u.exec(text.slice(first.start, v.sentence.end));
  if (list) return { start: first.start, end: first.start + list[0].length };
  let e = k;
  while (e < te && e - k < 14) {
    const t = tokens[e] as Token;
    if (e > k) {
      const prev = tokens[e - 1] as Token;
      const g = text.slice(prev.end, t.start);
      // "U.S. Secretary of State ...": the abbreviation's final period is part of the name.
      // ("A senior U.S. official said": an abbreviation with inner periods goes on before a lower-case word too.)
      const abbrev = /^\.\s+$/.test(g) && ((prev.text.includes(".") || /^\p{Lu}$/u.test(prev.text)) && t.cap || /^\p{Lu}\.\p{Lu}$/u.test(prev.text));
      // (An apostrophe joins "Russia's"; after a space it opens a quotation, which the subject does not run into.)
      // ("RFE/RL President NAME": a slash inside a body's name.)
      const slashed = g === "/" && prev.cap && t.cap;
      if ((!/^[\s'’-]+$/.test(g) || /\s['’]/.test(g)) && !abbrev && !slashed) break;
    }
    // "Kyrgyzstan's embattled president NAME": an -ed word before a role noun is an adjective, not the verb.
    const adjective = ROLE_NOUNS.has(tokens[e + 1]?.lower ?? "") && !tokens[e + 1]?.cap;
    // "Gazprom wants ...", "Latvian officials reject the charge, saying ...": a verb of stance right after a name or a
    // plural noun ends the subject too.
    const stance = e > k && !t.cap && STANCE_VERBS.has(t.lower) && ((tokens[e - 1] as Token).cap || /[^s]s$/.test((tokens[e - 1] as Token).lower));
    // "The commission also calls for ...": the word after such an adverb is the verb.
    const afterAdverb = e > k + 1 && !t.cap && /^(?:also|still|again|repeatedly|previously|already|further)$/.test((tokens[e - 1] as Token).lower);
    // "The vote came a week after ...": no subject runs on through "came".
    // ("Journalists held placards ...": nor through "held".)
    const came = e > k && /^(?:came|comes|held)$/.test(t.text);
    // "hundreds of protesters chanting ...": a participle after a plural noun begins what they do.
    const participle = e > k && !t.cap && /ing$/.test(t.lower) && /[^s]s$/.test((tokens[e - 1] as Token).lower) && !(tokens[e - 1] as Token).cap;
    if (VERBISH.has(t.lower) || SPEECH_VERBS.has(t.lower) || stance || afterAdverb || came || participle || (e > k && !t.cap && (/ed$/.test(t.lower) && t.lower.length > 4 || IRREGULAR_PAST.has(t.lower)) && !adjective)) break;
    e++;
  }
  // drop trailing adverbs: "The minister also", "the national assembly narrowly"
  while (e > k + 1 && /^(also|then|later|earlier|again|still|now|too|already|once|ly)$|ly$/.test((tokens[e - 1] as Token).lower) && !(tokens[e - 1] as Token).cap) e--;
  // "Burundi's government on Tuesday rejected ...": a day after the subject says when, not who.
  if (e > k + 2 && /^(?:on|last|this)$/.test((tokens[e - 2] as Token).lower) && WEEKDAY_RE.test((tokens[e - 1] as Token).lower)) e -= 2;
  if (e === k) return null;
  const end = (tokens[e - 1] as Token).end;
  // "The leader of the Jammu Kashmir Liberation Front, Yasin Malik, warned ...": a described subject with its name
  // in apposition is that person.
  // ("North Korea's delegate, Kim Kye-gwan, said ...": a possessor's role noun too.)
  const last = tokens[e - 1] as Token;
  // ("But his deputy, Pablo Iglesias of the far-left Podemos party, accused ...": a possessive pronoun's role noun too.)
  const described = (/^(?:the|a|an|his|her|their)$/.test(first.lower) && ROLE_NOUNS.has((tokens[k + 1] as Token | undefined)?.lower ?? "")) || (ROLE_NOUNS.has(last.lower) && /['’]s\s/.test(text.slice(first.start, last.start)));
  const named = described ? APPOSED_NAME_RE.exec(text.slice(end, v.sentence.end)) : null;
  if (named?.[1]) return { start: first.start, end: end + named[0].length - 1 };
  return { start: first.start, end };
}
// (The name may carry its party or body: ", Pablo Iglesias of the far-left Podemos party,".)
const APPOSED_NAME_RE = /^,\s+((?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’.-]+)(?:\s+of\s+the\s+[^,.;:"“”]{1,60})?,/u;

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

function dedupe(list: ExtractedStatement[], quoteKey: (q: string) => string): ExtractedStatement[] {
  const seen = new Set<string>();
  return list
    .sort((a, b) => a.start - b.start)
    .filter((s) => {
      const quote = s.quote.includes("(") ? s.quote.replace(/\s*\((?:pictured|left|right|centre|center|above|below)\b[^)]*\)/g, "") : s.quote;
      const key = `${s.speaker ?? ""}|${quoteKey(quote)}|${s.direct}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** "the Free Trade Area, which 'opens a market ...'", "the Chicago Convention on civil aviation, which it said obliges
 * states ...": a quotation that is a relative clause's predicate is about its antecedent. */
function relativeAntecedent(ctx: StatementContext, span: Span): string[] {
  const before = ctx.text.slice(Math.max(0, span.start - 40), span.start);
  const rel = /(,?\s+)(?:which|that)\s+(?:(?:it|they|he|she|the\s+\w+)\s+(?:said|says|added|noted|argued|stressed)\s+)?["“‘']?$/.exec(before);
  if (!rel) return [];
  const at = span.start - before.length + rel.index;
  // The antecedent ends at the relative pronoun, or runs on in lower-case words of its name ("... on civil aviation").
  const ante = ctx.mentions.within(Math.max(0, at - 200), at)
    .filter((m) => m.type === "Treaty" && (m.end === at || /^\s+(?:on|of|for)\s+[a-z][a-z\s-]{0,40}$/.test(ctx.text.slice(m.end, at)))).pop();
  return ante ? [ante.name] : [];
}

// "... but diplomats say it has barely been implemented": a subject pronoun of the reported words, with the treaty
// named earlier in the same sentence. Not the "it" of "it is clear that ...".
// The "it" that stands for nothing: "it is clear that", "it was for Peru to", "it seems".
const EXPLETIVE_IT = "(?!(?:is|was|will be|would be|has been|had been|remains|seems|seemed|appears|appeared|looks)\\s+(?:\\w+\\s+)?(?:that|to|for|whether|if|how|why|what|when|unclear|clear|too|time|possible|impossible|likely|unlikely|important|necessary|hard|difficult|easy|seen|not)\\b)(?!seems|appears|remains|looks|emerged|turned out|follows)";
const PRONOUN_IT_RE = new RegExp(`^["“‘']?(?:it|It)\\s+${EXPLETIVE_IT}`);
// What is said of a treaty, not of a state or body: "it is discriminatory", "it was unequal", "it violates ...", "it
// offers too little", "it gave away too much". ("it would keep talking", "it hoped ..." are a state's or body's.)
const THING_PREDICATE_RE = /^["“‘']?(?:it|It)\s+(?:(?:is|was)\s+(?:not\s+)?(?!concerned|alarmed|committed|ready|prepared|determined|willing|unable|able|aware|studying|seeking|working|trying|looking|going|open|deeply|seriously|fully|still|also|now|in\b|at\b|on\b|for\b|to\b|against\b|not\b)[\p{L}'’-]+|(?:violates|violated|offers|offered|gave\s+away|gives\s+away|left|leaves|showed|shows|contains|contained|protects|protected|puts|put|discriminates|discriminated|undermines|undermined|harms|harmed)\b)/u;
const PRONOUN_THEM_RE = /^["“‘']?(?:they\s|\S+\s+them\b)/i;

const TREATY_OBJECT_IT_RE = /\b(?:defend|defending|ratify|ratifying|implement|implementing|honou?r|honou?ring|abandon|abandoning|scrap|scrapping|violate|violating|respect|respecting|renegotiate|renegotiating|rejoin|rejoining|quit|quitting|withdraw\s+from|withdrawing\s+from|pull\s+out\s+of|pulling\s+out\s+of)\s+it[.!?]?$/i;

/** The one treaty named before the words in their sentence, when the words refer to it by a pronoun. */
function pronounTreaty(ctx: StatementContext, span: Span): string[] {
  const quote = ctx.text.slice(span.start, span.end);
  // ("... accused ministers of being too timid in defending it": "it" as the object of what one does to a treaty.)
  const singular = PRONOUN_IT_RE.test(quote) || TREATY_OBJECT_IT_RE.test(quote);
  if (!singular && !PRONOUN_THEM_RE.test(quote)) return [];
  const sentence = ctx.sentences.find((x) => x.start <= span.start && x.end >= span.start);
  if (!sentence) return [];
  const before = ctx.mentions.within(sentence.start, span.start);
  const treaties = before.filter((m) => m.type === "Treaty" && treatyKindOf(m) !== "ORGANIZATION" && treatyKindOf(m) !== "UNION");
  const last = treaties[treaties.length - 1];
  if (!last || new Set(treaties.map((m) => m.name)).size !== 1) return [];
  const plural = /s$/i.test(ctx.text.slice(last.start, last.end));
  if (singular === plural) return [];
  // "it" could be a state or a body its sentence names before the words: only a treaty named after them, and words
  // no state or body says of itself, are about the treaty ("India has refused to sign the treaty, saying it is
  // discriminatory"; not "the State Department welcomed the agreement and said it hoped ...").
  const agents = before.filter((m) => m.type === "State" || m.type === "Organization");
  if (singular && agents.length > 0 && ((agents[agents.length - 1] as Mention).start > last.start || !THING_PREDICATE_RE.test(quote))) return [];
  return [last.name];
}

// "when it was signed", "it entered into force", "This is not just a document": words that can only be about an
// agreement, with no treaty named in the quotation.
const IMPLICIT_TREATY_RE = /\b(?:it|this|that)\s+(?:was|is|has been|had been|will be|would be)\s+(?:signed|ratified|initialled|initialed)\b|\bit\s+(?:entered|enters|came|comes|will enter)\s+into\s+force\b|\b(?:it|this|that)\s+(?:is|was)\s+(?:not|no longer)\s+(?:just\s+|only\s+|merely\s+|simply\s+)?a\s+(?:document|piece of paper)\b|\bArticle\s+\d+[a-z]?\b(?!\s+of\b)|\b(?:this|it)\s+(?:is|was|will\s+be|would\s+be)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:deal|agreement|accord|pact|treaty|document)\b/i;
// ("Article 8 on family life": an article without "of X" is one of the agreement its paragraph names; "It is a deal
// that puts the region first", "This is a humiliating deal": what the speaker calls a deal is the one in view.)
// "Today's agreement ...", "It is a good deal for the region", "We have reached an agreement": in a sentence of the
// speaker's own, the deal in view. A quoted fragment ("a good deal for Britain") says how, not what: the reported
// clause around it carries the link.
const DEAL_IN_VIEW_RE = /\btoday['’]s\s+(?:deal|agreement|accord|pact|treaty)\b|\b(?:a|an)\s+(?:good|great|fair|balanced|bad|terrible|excellent|fantastic|tremendous|historic)\s+(?:deal|agreement|treaty)\b(?![-\w]|\s+of\b)|\b(?:we|they)\s+(?:have\s+)?(?:reached|signed|struck|concluded|sealed|agreed)\s+(?:an?\s+|this\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|treaty)\b/i;

/**
 * An implicit reference is about the one agreement its paragraph (else the previous one) names; none if several;
 * with none named nearby, the article's own deal.
 */
function implicitTreaty(ctx: StatementContext, span: Span): string[] {
  const words = ctx.text.slice(span.start, span.end);
  if (!IMPLICIT_TREATY_RE.test(words) && !(DEAL_IN_VIEW_RE.test(words) && words.split(/\s+/).length >= 7)) return [];
  const idx = ctx.paragraphs.findIndex((p) => p.start <= span.start && p.end >= span.start);
  for (const p of [ctx.paragraphs[idx], ctx.paragraphs[idx - 1]]) {
    if (!p || p.isTitle) continue;
    const names = new Set(ctx.mentions.within(p.start, p.end)
      .filter((m) => m.type === "Treaty" && treatyKindOf(m) !== "ORGANIZATION" && treatyKindOf(m) !== "UNION").map((m) => m.name));
    if (names.size === 1) return [...names];
    if (names.size > 1) return [];
  }
  return articleTreaty(ctx);
}

/**
 * The one agreement the article is about, when no paragraph nearby names one: the unnamed deal its title or lead
 * reports being made, else the one agreement its title names.
 */
function articleTreaty(ctx: StatementContext): string[] {
  const agreements = ctx.mentions.all.filter((m) => m.type === "Treaty" && treatyKindOf(m) !== "ORGANIZATION" && treatyKindOf(m) !== "UNION");
  const topic = agreements.find((m) => m.topic === true);
  if (topic) return [topic.name];
  const title = ctx.paragraphs.find((p) => p.isTitle);
  if (!title) return [];
  const named = new Set(agreements.filter((m) => m.start >= title.start && m.end <= title.end).map((m) => m.name));
  return named.size === 1 ? [...named] : [];
}

// "It reflects a new level of trust": a statement that opens with "it" goes on about what the speaker's words before
// it were about. Not the "it" of "it is clear that ...", "it seems ...", which stands for nothing.
const TOPIC_IT_RE = new RegExp(`^["“‘']?It\\s+${EXPLETIVE_IT}`);

/**
 * Statements opening with "It" take the treaty the same speaker's previous words, in that paragraph or the one
 * before, had as their subject ("The agreement we signed today is a landmark. ... It reflects ...").
 */
function continueTopic(ctx: StatementContext, list: ExtractedStatement[]): void {
  const paragraphOf = (at: number) => paragraphIndexAt(ctx.paragraphs, at);
  const subjectTopic = new Map<ExtractedStatement, string>();
  list.forEach((s, i) => {
    const first = ctx.mentions.within(s.start, s.end).find((m) => m.type === "Treaty");
    if (first && /^["“‘']?\s*(?:(?:the|this|that|our|their|its|today['’]s)\s+)?$/i.test(ctx.text.slice(s.start, first.start))) subjectTopic.set(s, first.name);
    // "This is a good deal for both our peoples": words whose subject pronoun was read as the one deal in view.
    else if (!first && s.about_treaties.length === 1 && /^["“‘']?(?:This|It|That)\s/.test(s.quote)) subjectTopic.set(s, s.about_treaties[0] as string);
    if (s.about_treaties.length > 0 || !TOPIC_IT_RE.test(s.quote)) return;
    const para = paragraphOf(s.start);
    for (let j = i - 1; j >= 0; j--) {
      const prev = list[j] as ExtractedStatement;
      if (para - paragraphOf(prev.start) > 1) break;
      if (prev.end > s.start || prev.speaker !== s.speaker) continue;
      const topic = subjectTopic.get(prev);
      if (topic && prev.about_treaties.includes(topic)) {
        s.about_treaties.push(topic);
        subjectTopic.set(s, topic);
      }
      return;
    }
    // A quotation opening its paragraph with "It", after a paragraph of narrative about one agreement ("... signed the
    // Logistics Exchange Memorandum of Agreement at the Pentagon." / "It will make operating together easier,").
    const paragraph = ctx.paragraphs[para];
    const before = ctx.paragraphs[para - 1];
    if (!paragraph || !before || before.isTitle || !/^\s*["“‘']$/.test(ctx.text.slice(paragraph.start, s.start))) return;
    if (list.some((x) => x.start >= before.start && x.end <= before.end)) return;
    const named = new Set(ctx.mentions.within(before.start, before.end).filter((m) => m.type === "Treaty" && treatyKindOf(m) !== "ORGANIZATION" && treatyKindOf(m) !== "UNION").map((m) => m.name));
    const [only] = named;
    if (named.size === 1 && only) {
      s.about_treaties.push(only);
      subjectTopic.set(s, only);
    }
  });
}
