// The deal an article is about, as its title or lead sentence reports it being made without giving it a name:
// "Greece and Egypt sign maritime deal", "UK and Saudis agree Typhoon jet deal", "... signed a permanent ceasefire
// agreement in Geneva". Such a deal is either a treaty the article names elsewhere ("the UK-Canada Trade Continuity
// Agreement" for "post-Brexit trade deal"), told by a word of what it is about, or a treaty of its own, listed under
// the title's words; either way it is the article's topic, the first candidate for a later "the deal".
import { TREATIES } from "./gazetteer.js";
import type { Mention } from "./mentions.js";
import type { Token } from "./tokens.js";
import { describedTail } from "./described-treaties.js";
import { CALENDAR_RE, gap, headWords, paragraphAt, paragraphStarts, sentenceAround, singular, treatyKindOf } from "./treaty-text.js";

const DEAL_HEADS = new Set(["deal", "agreement", "accord", "pact"]);
// Verbs that report a deal being made or approved (title present tense and lead past tense alike).
const CONCLUDING = new Set([
  "sign", "signs", "signed", "strike", "strikes", "struck", "seal", "seals", "sealed", "agree", "agrees", "agreed",
  "reach", "reaches", "reached", "clinch", "clinches", "clinched", "ink", "inks", "inked",
  // A parliament's or government's approval of the deal makes it the article's topic just as well.
  "approve", "approves", "approved", "back", "backs", "backed", "ratify", "ratifies", "ratified", "endorse", "endorses", "endorsed",
]);
// Modifiers that say nothing of what the deal is about.
const EMPTY_MODIFIERS = new Set([
  "new", "first", "landmark", "historic", "major", "final", "key", "big", "formal", "interim", "draft", "fresh", "last-minute",
  "long-awaited", "controversial", "bilateral", "broad", "sweeping", "comprehensive", "outline", "preliminary", "initial",
]);
// "The Economic Partnership Agreement (EPA) was signed ...", "... signed the Economic Partnership Agreement".
const SIGNED_AFTER_RE = /^\s*(?:\([^)]{1,12}\)\s*)?(?:was|were|has\s+been|had\s+been)\s+(?:signed|sealed|concluded|initialled|initialed)\b/;
const SIGNED_BEFORE_RE = /\b(?:signed|sealed|concluded|initialled|initialed)\s+(?:the\s+|a\s+|an\s+)?$/;
const GROUP_PARTNER_RE = /^\s+with\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)/u;
const BARE_DEAL_RE = /^(?:the|this|that)\s+(?:deal|agreement|accord|pact)$/i;
const DETERMINERS = new Set(["a", "an", "the", "its", "their"]);
const AMOUNT_RE = /^(?:[$£€]?\d[\d.,]*(?:bn|billion|million|m)?|billion|million|bn|trillion)$/i;
// Words that cannot stand before a deal noun as its modifiers ("agree to shore up Karabakh truce").
const FUNCTION_WORDS = new Set([
  "to", "up", "on", "of", "in", "at", "for", "with", "by", "from", "and", "or", "as", "that", "which", "it", "they",
  // "approve first projects under minerals deal": the deal is not what is approved.
  "under", "over", "about", "against", "after", "into", "through", "amid",
]);

/**
 * Adds the title's or lead's unnamed deal: as a mention of the named treaty it is, or as a treaty of its own
 * marked as the article's topic. Runs after every named and described treaty is found, before back-references.
 */
export function addHeadlineDeal(text: string, tokens: readonly Token[], mentions: Mention[]): void {
  const starts = paragraphStarts(text);
  // The title and the first paragraph of the body.
  const leadEnd = starts[2] ?? text.length;
  const titleEnd = starts[1] ?? text.length;
  let concludedInTitle = false;
  for (let i = 1; i < tokens.length && (tokens[i] as Token).start < leadEnd; i++) {
    const verb = tokens[i - 1] as Token;
    if (verb.start < titleEnd && CONCLUDING.has(verb.lower)) concludedInTitle = true;
    // "Sudan agrees to normalise ties with Israel in US-brokered deal": a title that reports a deal being made may
    // name it after "in".
    const inTitleDeal = verb.lower === "in" && verb.start < titleEnd && concludedInTitle;
    // "... will be allowed to leave under a ceasefire deal brokered by Russia and Turkey": a deal the lead reports
    // as made by the states it names after the participle.
    const indefinite = (tokens[i] as Token).lower === "a" || (tokens[i] as Token).lower === "an";
    const phrase = CONCLUDING.has(verb.lower) || inTitleDeal || indefinite ? dealPhrase(text, tokens, i) : undefined;
    if (!phrase) continue;
    const { from, head } = phrase;
    const start = (tokens[from] as Token).start;
    const end = (tokens[head] as Token).end;
    const madeBy = !CONCLUDING.has(verb.lower) && !inTitleDeal ? MADE_BY_RE.exec(text.slice(end, end + 24)) : null;
    if (!CONCLUDING.has(verb.lower) && !inTitleDeal && !madeBy) continue;
    const makers = madeBy ? statesAt(text, mentions, end + madeBy[0].length) : [];
    if (madeBy && makers.length < 2) continue;
    // A treaty named there is no unnamed deal; a state's or bloc's name is a modifier ("Israel backs Egypt border
    // guard deal", "approves NATO host nation pact").
    const isParty = (m: Mention) => m.type === "State" || m.type === "Organization" || (m.type === "Treaty" && (treatyKindOf(m) === "ORGANIZATION" || treatyKindOf(m) === "UNION"));
    const inParty = (t: Token) => mentions.some((m) => isParty(m) && m.start <= t.start && m.end >= t.end);
    if (mentions.some((m) => m.start < end && m.end > start && !isParty(m))) return;
    const mods = tokens.slice(from, head).filter((t) => !inParty(t)).map((t) => t.lower);
    const topics = mods.filter((w) => !EMPTY_MODIFIERS.has(w) && !AMOUNT_RE.test(w) && !DETERMINERS.has(w)).map(singular);
    const partyEnds = new Set(mentions.filter((m) => m.type === "State" || m.type === "Organization").map((m) => m.end));
    const tail = describedTail(text, end, partyEnds);
    // "a deal with the European Union": a bloc or organisation is a partner as a state is.
    const partner = mentions.find((m) => (m.type === "State" || m.type === "Organization") && m.start >= end && m.end <= tail);
    // "US signs deal with the Taliban": a movement or armed group the title names after "with" is a partner too.
    const groupPartner = !partner && start < titleEnd && GROUP_PARTNER_RE.exec(text.slice(end, titleEnd));
    const groupAt = groupPartner ? end + groupPartner[0].length - (groupPartner[1] as string).length : -1;
    const group = groupPartner && !mentions.some((m) => m.start <= groupAt && m.end > groupAt) ? groupPartner : null;
    // "Malta signs deal with Libya": with nothing said of what it is about, the state it is made with tells it.
    if (topics.length === 0 && !partner && !group) return;
    const sentence = sentenceAround(text, start);
    const states = [...new Set(mentions.filter((m) => m.type === "State" && m.iso && m.start >= sentence.start && m.end <= sentence.end).map((m) => m.iso as string))];
    // The same deal in the body: the same words the body reads as a treaty ("agree landmark defence pact" ...
    // "agreed to a landmark defence pact"); else a treaty between the same states whose name says what the deal is
    // about, the one sharing most of those words (the first in the text among equals).
    const phraseText = text.slice(start, end).toLowerCase();
    let named = head === from ? undefined : mentions.find((m) => m.type === "Treaty" && m.start >= (starts[1] ?? 0)
      && text.slice(m.start, m.end).toLowerCase().replace(/^(?:the|a|an)\s+/, "") === phraseText);
    const treatiesNamed = named ? [] : [...mentions].sort((a, b) => a.start - b.start).filter((m) => m.type === "Treaty" && m.form !== "anaphor" && m.form !== "pronoun"
      && !(m.start < end && m.end > start) && treatyKindOf(m) !== "ORGANIZATION" && treatyKindOf(m) !== "UNION");
    // "Sudan signs peace deal with rebel groups in Juba" ... "The Juba agreement": a deal the title says was made in
    // a place is the treaty the body calls by that place (a capital's state is no party of it). The body's words name
    // it, not the title's. (A deal the lead reports made in a place keeps the lead's words, and "the Geneva deal"
    // becomes one of them below.)
    const madeIn = start < titleEnd ? /^[^.!?\n]*?\bin\s+(\p{Lu}\p{Ll}+)\b/u.exec(text.slice(end, sentence.end))?.[1] : undefined;
    if (!named && madeIn && !CALENDAR_RE.test(madeIn.toLowerCase())) named = treatiesNamed.find((m) => text.slice(m.start, m.end).replace(/^(?:the|a|an)\s+/i, "").startsWith(`${madeIn} `));
    const candidates = treatiesNamed.filter((m) => partiesAgree(m, states));
    // Else the one sharing most words of what it is about; one written with its year ("the 2006 Darfur Peace
    // Agreement") is an older treaty, the deal only when no undated one shares a word.
    const dated = (m: Mention) => /\b(?:18|19|20)\d\d\b/.test(text.slice(m.start, m.end));
    for (const [k, pool] of [candidates.filter((m) => !dated(m)), candidates.filter(dated)].entries()) {
      let shared = 0;
      for (const m of named ? [] : pool) {
        const words = headWords(text, m);
        const n = topics.filter((w) => words.includes(w)).length;
        if (n > shared) [named, shared] = [m, n];
      }
      // "EU signs trade deal ..." / "The Economic Partnership Agreement (EPA) was signed in Kasane ...": before an
      // older, dated treaty that shares a word, the one undated treaty the lead paragraphs report signed.
      if (k === 0 && !named && start < titleEnd) {
        const signedInLead = new Set(pool.filter((m) => paragraphAt(starts, m.start) <= 3
          && (SIGNED_AFTER_RE.test(text.slice(m.end, m.end + 40)) || SIGNED_BEFORE_RE.test(text.slice(Math.max(0, m.start - 30), m.start)))).map((m) => m.name));
        const [only] = signedInLead;
        if (signedInLead.size === 1) named = pool.find((m) => m.name === only);
      }
    }
    // "fishing deal with Norway" ... "the Norway agreement": failing that, a description the article gives it by
    // the state the deal is made with.
    // Not one dated by its year ("Rome's 2017 deal with Tripoli"): the deal made now is not an older one.
    named ??= partner && mentions.find((m) => m.type === "Treaty" && m.form === "described" && (m.end <= start || m.start >= tail)
      && m.year === undefined && !/\b(?:18|19|20)\d\d\b/.test(text.slice(m.start, m.end)) && (m.members ?? []).every((iso) => states.includes(iso))
      && mentions.some((s) => s.type === "State" && s.iso === partner.iso && s.start >= m.start && s.end <= m.end));
    if (named) {
      mentions.push({ type: "Treaty", name: named.name, start, end, form: "anaphor" });
      return;
    }
    // "post-Brexit trade deal with Kenya": the party it is made with belongs to its name; an amount or a word such as
    // "first" before it does not ("£18.6billion trade deal with Turkey" is the "trade deal with Turkey").
    let first = from;
    while (first < head && (EMPTY_MODIFIERS.has((tokens[first] as Token).lower) || AMOUNT_RE.test((tokens[first] as Token).lower))) first++;
    // One the lead introduces with "a" is named as written, article and all, as other indefinite descriptions are.
    const name = madeBy ? text.slice((tokens[i] as Token).start, end) : text.slice((tokens[first] as Token).start, group && topics.length === 0 ? end + group[0].length : tail);
    const topic = name.charAt(0).toUpperCase() + name.slice(1);
    mentions.push({ type: "Treaty", name: topic, start, end, form: "described", kind: "AGREEMENT", members: madeBy ? makers : states, topic: true });
    // A bare "the deal" the descriptions already read as a treaty named once, in an earlier paragraph, in passing
    // ("Critics recalled Rome's 2017 deal with Tripoli." / "The deal will save lives") is the article's deal.
    for (const m of mentions) {
      if (m.type !== "Treaty" || m.form !== "anaphor" || m.start < end || !BARE_DEAL_RE.test(text.slice(m.start, m.end))) continue;
      const own = mentions.filter((o) => o.type === "Treaty" && o.name === m.name && o.form !== "anaphor" && o.form !== "pronoun");
      const [only] = own;
      if (own.length === 1 && only && paragraphAt(starts, only.start) < paragraphAt(starts, m.start)) m.name = topic;
    }
    // "signed a permanent ceasefire agreement in Geneva" ... "the Geneva deal": the deal called by the place it was made.
    const place = /^[^.!?\n]*?\bin\s+(\p{Lu}\p{Ll}+)\b/u.exec(text.slice(end, sentence.end))?.[1];
    if (place && !CALENDAR_RE.test(place.toLowerCase())) {
      const placeForm = new RegExp(`^(?:the\\s+)?${place}\\s+(?:deal|agreement|accord|pact)$`, "i");
      for (const m of mentions) if (m.type === "Treaty" && m.form !== "name" && placeForm.test(text.slice(m.start, m.end))) {
        m.name = topic;
        m.form = "anaphor";
      }
    }
    return;
  }
}

/** "maritime deal", "£18.6billion trade deal", "a permanent ceasefire agreement": modifiers and a deal noun. */
function dealPhrase(text: string, tokens: readonly Token[], at: number): { from: number; head: number } | undefined {
  let k = at;
  if (DETERMINERS.has((tokens[k] as Token).lower)) k++;
  const from = k;
  for (; k < tokens.length && k - from <= 4; k++) {
    const t = tokens[k] as Token;
    if (k > at && !/^\s+[$£€]?$/.test(gap(text, tokens[k - 1] as Token, t))) return undefined;
    if (DEAL_HEADS.has(t.lower)) return k > from || /^\s+with\s+(?:the\s+)?\p{Lu}/u.test(text.slice(t.end, t.end + 12)) ? { from, head: k } : undefined;
    if (!/^[\p{L}$£€\d][\p{L}\d.,-]*$/u.test(t.text) || CONCLUDING.has(t.lower) || DETERMINERS.has(t.lower) || FUNCTION_WORDS.has(t.lower)) return undefined;
  }
  return undefined;
}

/** A treaty whose parties are known is the deal only if it binds the states the deal's sentence names (two of them at least). */
function partiesAgree(m: Mention, states: readonly string[]): boolean {
  const members = TREATIES.get(m.name)?.members ?? m.members ?? [];
  if (members.length === 0 || states.length === 0) return true;
  return states.filter((s) => members.includes(s)).length >= Math.min(2, states.length);
}

const MADE_BY_RE = /^\s+(?:brokered|signed|agreed|reached|struck|negotiated|mediated)\s+by\s+(?:the\s+)?/;

/** The states named in a list that starts at `at`: "Russia and Turkey", "Egypt, Qatar and the United States". */
function statesAt(text: string, mentions: readonly Mention[], at: number): string[] {
  const out: string[] = [];
  let pos = at;
  for (let n = 0; n < 6; n++) {
    const m = mentions.find((x) => x.type === "State" && x.iso !== undefined && x.start === pos);
    if (!m?.iso) break;
    out.push(m.iso);
    const link = /^(?:,\s+|,?\s+and\s+)(?:the\s+)?/.exec(text.slice(m.end, m.end + 12));
    if (!link) break;
    pos = m.end + link[0].length;
  }
  return [...new Set(out)];
}
