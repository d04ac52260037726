// Resolves a speaker phrase to who spoke: a named person (also through "he"/"she", "the Belarusian
// President", "the minister", a surname), a state or organisation ("Moscow", "the ministry" -> its fullest
// form), or an unnamed speaker ("a guard"). Keeps the salience history that pronouns and role phrases need.
import type { SpeakerKind, Span } from "../types.js";
import { ORG_HEADS, ORGS, PERSON_HEADS, ROLE_NOUNS, STATES, UNNAMED_HEADS } from "./gazetteer.js";
import type { Mention, MentionIndex } from "./mentions.js";
import type { PersonCluster } from "./persons.js";
import { isSubtitle } from "./segment.js";
import { cachedRegExp, type Token } from "./tokens.js";

export interface Speaker {
  name: string | null;
  kind: SpeakerKind | null;
  text: string;
  cluster?: PersonCluster;
  /** ISO code of the speaker's state, for deixis ("our country"). */
  iso?: string;
  plural?: boolean;
}

interface SalienceEntry {
  speaker: Speaker;
  pos: number;
  paragraph: number;
  role: "speaker" | "subject";
}

// What role nouns can match in an office title.
// Nouns for a member of a legislature, which refer back to the one in focus ("the politician noted", "the MEP said").
const FOCUS_HEADS = new Set(["politician", "mep", "lawmaker", "legislator", "parliamentarian"]);
const EXECUTIVE_TITLE_RE = /\b(?:president|prime minister|premier|king|queen|monarch|emperor|emir|sultan|chancellor|minister|ambassador|envoy|spokes(?:man|woman|person)|secretary[- ]general|commissioner|governor|mayor|judge)\b/i;
const LOWER_THEN_CAPITAL_RE = /(?:^|[\s-])\p{Ll}[\p{L}-]*\s+\p{Lu}/u;
const DESCRIBED_BODY_RE = /^(?:[Tt]he\s+|[Aa]n?\s+|(?:[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s\s+|\p{Lu}\p{Ll}+\s+(?=\p{Ll}))?(?:(?!(?:to|of|for|at|in|on|from|with|and)\s)(?:[\p{Ll}-]+|\p{Ll}+-\p{Lu}\p{L}*|\p{Lu}\p{L}*-\p{Ll}+)\s+){1,4}(\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of|for|the|and|\p{Lu}[\p{L}.&'’-]*))*(?:\s+party)?)$/u;
// "Russian embassy in the United Kingdom", "Russia's embassy in Berlin": a state's embassy, with where it is.
const EMBASSY_NAME_RE = /\b((?:(?!(?:The|A|An|Its|Their|This)\s)\p{Lu}[\p{L}-]*(?:['’]s)?\s+){1,2}[Ee]mbassy(?:\s+(?:in|to)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?)/gu;
// What an acronym is said to be right after it: "KCNA news agency", "the FSB security service".
const ACRONYM_DESCRIPTOR = "(?:news\\s+agency|security\\s+service|intelligence\\s+service|news\\s+service)";
const ACRONYM_DESCRIPTOR_TAIL_RE = new RegExp(`\\s(\\p{Lu}{2,6}\\s+${ACRONYM_DESCRIPTOR})$`, "u");
// Offices a state has one holder of at a time: "the Belarusian leader" is that one wherever the article names him.
const ONE_HOLDER_HEADS = new Set(["president", "president-elect", "leader", "head of state", "strongman", "dictator", "premier", "pm", "prime minister", "chancellor", "foreign minister", "defence minister", "defense minister", "king", "queen"]);
const HEAD_TITLES: ReadonlyMap<string, string[]> = new Map(Object.entries({
  president: ["president"],
  "president-elect": ["president-elect"],
  leader: ["president", "prime minister", "chancellor", "leader", "premier", "supreme leader", "king"],
  "head of state": ["president", "king", "queen", "leader"],
  strongman: ["president", "leader", "prime minister"],
  dictator: ["president", "leader"],
  premier: ["prime minister", "premier"],
  pm: ["prime minister", "premier"],
  "prime minister": ["prime minister", "premier"],
  chancellor: ["chancellor"],
  minister: ["minister", "secretary"],
  "foreign minister": ["foreign minister", "foreign secretary", "secretary of state"],
  "defence minister": ["defence minister", "defense minister", "defence secretary", "defense secretary"],
  "defense minister": ["defence minister", "defense minister", "defence secretary", "defense secretary"],
  // "the Kazakh defense chief" is the defence minister, not any Kazakh official ("chief" alone is anyone's head).
  "defence chief": ["defence minister", "defense minister", "defence secretary", "defense secretary"],
  "defense chief": ["defence minister", "defense minister", "defence secretary", "defense secretary"],
  "foreign policy chief": ["foreign minister", "foreign secretary", "secretary of state", "high representative"],
  // "the diplomat" in agency copy is any foreign-ministry official, its spokeswoman included.
  diplomat: ["foreign minister", "foreign secretary", "secretary of state", "ambassador", "envoy", "high representative", "foreign ministry", "foreign office", "charge d'affaires", "chargé d'affaires"],
  // People without office: "the opposition politician", "the Kremlin critic".
  politician: ["politician", "critic", "dissident", "activist", "opposition"],
  critic: ["critic", "dissident", "activist", "opposition"],
  dissident: ["dissident", "critic", "activist", "opposition"],
  "opposition politician": ["opposition", "politician", "critic", "dissident"],
  "opposition leader": ["opposition", "leader of the opposition"],
  "top diplomat": ["foreign minister", "foreign secretary", "secretary of state", "high representative"],
  secretary: ["secretary"],
  "secretary general": ["secretary general", "secretary-general"],
  "secretary-general": ["secretary general", "secretary-general"],
  chief: [""],
  head: [""],
  spokesman: ["spokesman", "spokeswoman", "spokesperson"],
  spokeswoman: ["spokesman", "spokeswoman", "spokesperson"],
  envoy: ["envoy", "ambassador"],
  ambassador: ["ambassador", "envoy"],
  // Offices outside government named by their one noun: "the speaker" after "parliament Speaker NAME", "the governor".
  speaker: ["speaker"],
  chairman: ["chairman", "chairwoman", "chairperson", "chair"],
  chairwoman: ["chairman", "chairwoman", "chairperson", "chair"],
  governor: ["governor"],
  mayor: ["mayor"],
  senator: ["senator"],
  general: ["general"],
  commander: ["commander"],
  king: ["king"],
  queen: ["queen"],
  emir: ["emir"],
  judge: ["judge"],
  commissioner: ["commissioner"],
  prosecutor: ["prosecutor"],
} satisfies Record<string, string[]>));
// "The alliance", "the bloc": a group that speaks as the treaty organisation or union named before.
// ("The 15-nation bloc", "the regional bloc", "the Western alliance": with a modifier or two.)
const GROUP_SPEAKER_RE = /^(?:the\s+)?(?:[\p{L}\d-]+\s+){0,2}(?:alliance|bloc|organi[sz]ation|union|grouping|community)$/iu;
const MEDIA_HEADS = new Set(["television", "tv", "media", "radio", "broadcaster", "newspaper", "newspapers", "daily", "channel"]);
// Heads after a name used as a modifier that the role lexicon does not list ("a Trump campaign adviser").
// What follows a person's possessive when it is a body's proper name: capitalised words, with their own "and", "of"
// or "for", and at most the kind of body in lower case ("MDC Alliance", "Law and Justice", "PAIGC party").
const PERSONS_BODY_RE = /^['’]s?\s+(\p{Lu}[\p{L}-]*(?:\s+(?:(?:and|of|for)\s+)?\p{Lu}[\p{L}-]*)*)(?:\s+(?:party|movement|coalition|alliance))?$/u;
const MODIFIED_HEADS = new Set(["campaign", "team", "family", "camp", "advisers", "loyalist", "loyalists", "supporter", "supporters"]);
// "the Department of Wildlife and National Parks": a body named by its kind first, then "of" and its field.
const KIND_FIRST_BODY_RE = /\b((Department|Ministry|Agency|Commission|Committee|Office|Service|Authority)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]+){0,4})/gu;
// "Russia's Investigative Committee", "the Samoa Law Society", "The Hague District Court", "the International Court of
// Justice": a body's name by its head noun (and what it is "of"), for "the committee", "the court".
const BODY_NAME_RES: ReadonlyMap<string, RegExp> = new Map(["committee", "society", "department", "commission", "board", "bureau", "inspectorate", "directorate", "institute", "council", "court", "tribunal"]
  .map((noun) => [noun, new RegExp(`((?:\\p{Lu}[\\p{L}-]*['’]s?\\s+)?(?:(?!(?:The|A|An|This|That)\\s)\\p{Lu}[\\p{L}.-]*\\s+){1,4}${noun.charAt(0).toUpperCase()}${noun.slice(1)}(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]+(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]+){0,3})?)\\b`, "gu")]));
// A party's or movement's name: capitalised words around the kind of body it is ("Civic Platform Party", "Coalition
// for Unity and Democracy", "Movement for Democratic Change"), with the kind written after it ("Popular Front party").
const PARTY_NAME_RE = /\b((?:\p{Lu}[\p{L}-]+\s+){0,4}(?:Party|Coalition|Movement|Front|Congress|League)(?:\s+(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]+){0,3})?(?:\s+party\b)?)/gu;
// A title and its capitalised complement before a name: "High Commissioner for Human Rights NAME", "Minister Responsible
// for Foreign Affairs NAME", "Minister in charge of Trade of the Eurasian Economic Commission (EEC) NAME", "Ambassador
// Extraordinary and Plenipotentiary of Russia to Mali NAME", "Chairman of the State Duma Committee on International
// Affairs NAME", "Governor of China's Heilongjiang Province NAME".
const TITLE_COMPLEMENT_RE = /\b(?:Commissioner|Minister|Secretary|Director|Head|Chairman|Chairwoman|President|[Aa]mbassador|Representative|[Ee]nvoy|Governor|Ombudsman|Affaires|Advis[eo]r|Assistant|Aide)(?:\s+(?:Responsible|General|Extraordinary|and|Plenipotentiary))*\s+(?:for|of|to|in|in\s+charge\s+of)\s+(?:(?:(?:the\s+)?\p{Lu}[\p{L}-]*(?:['’]s)?|\(\p{Lu}+\)),?\s+(?:(?:and|in|of|at|on|for|to)\s+)?)+$/u;
// "Independent Patriots for Change leader NAME", "Party of Regions chairman NAME": a body's capitalised name, with its
// own prepositions, and a role in lower case before the person; the name is that role's holder.
const BODY_ROLE_RE = /^(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)+(?:(?:for|of|and|on|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)+)+([\p{Ll}-]+)\s+$/u;
const FRONTED_PP_RE = /^(?:in|at|on|during|after|before|from|under|with)\s+(?:the|a|an|his|her|their|its|this|that|a\s+\w+)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2},?\s+$/i;
const DOCUMENT_BY_RE = /^(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:poll|survey|report|study|analysis|assessment|review)\s+(?:(?:published|conducted|released|issued|commissioned|carried out|compiled|prepared|produced|written)\s+)?by\s+(.+)$/i;
const PAIR_RE = /^(?:both|the two)\s+(?:leaders|presidents|heads of state|ministers|foreign ministers|prime ministers|chancellors|men|women)$|^the\s+(?:presidents|two)$/;
const ISSUED_HEADS = new Set(["statement", "communique", "report", "document"]);
const GENERIC_ORG_FOLLOWERS = new Set(["statement", "ministry", "embassy", "company", "side", "diplomats", "department", "government", "authorities", "officials", "it", "office", "agency", "service", "report", "document", "communique"]);

const ORG_NAME_END_RE = /\s(?:International|Watch|Institute|Organi[sz]ation|Group|Party|Movement|Council|Foundation|Forum|Committee|Association|Agency|Fund|Front|Network|Centre|Center|Society|Federation|Commission|Coalition|Alliance)$/;

// "Her Popular Force party": a possessive pronoun and the body's name, with the kind of body after it.
const OWNED_BODY_RE = /^(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4}\s+(?:party|movement|coalition|alliance))$/u;

/** The body a description names ("the militant group Hamas", "her charity Fair Aid"), unless the words describe a person. */
function describedBody(raw: string, words: readonly string[], headWord: string): Speaker | null {
  const owned = OWNED_BODY_RE.exec(raw);
  if (owned?.[1]) return { name: owned[1], kind: "organization", text: raw };
  // (Only a phrase with a lower-case word before a capitalised one can be one: a cheap test first.)
  const described = LOWER_THEN_CAPITAL_RE.test(raw) ? DESCRIBED_BODY_RE.exec(raw) : null;
  if (!described?.[1] || PERSON_HEADS.has(headWord) || words.some((w) => PERSON_HEADS.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase()))) return null;
  return { name: described[1], kind: "organization", text: raw };
}

export class SpeakerResolver {
  private readonly history: SalienceEntry[] = [];
  private readonly orgForms: Array<{ text: string; head: string; pos: number; iso?: string }> = [];
  /** Ages the article gives its people, read once on first use. */
  private ages: Map<PersonCluster, number> | null = null;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly mentions: MentionIndex,
    private readonly clusters: readonly PersonCluster[],
    private readonly paragraphOf: (offset: number) => number,
  ) {
    this.collectOrgForms();
  }

  /** Fullest organisation phrases in the article ("Russian Foreign Ministry", "Belarusian authorities"). */
  private collectOrgForms(): void {
    const re = /\b((?:the\s+)?(?:(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][\w-]*)(?:['’]s?)?[ ]+){1,3}(?:[Ff]oreign\s+|[Dd]efen[cs]e\s+|[Ii]nterior\s+|[Jj]ustice\s+|[Ff]inance\s+)?(ministry|Ministry|authorities|government|Government|diplomats|officials|side))\b/g;
    for (const m of this.text.matchAll(re)) {
      const phrase = (m[1] ?? "").replace(/^the\s+/i, "");
      const start = (m.index ?? 0) + (m[0].length - phrase.length);
      const inside = this.mentions.within(start, start + phrase.length).find((x) => x.type === "State" || x.type === "Organization");
      if (!inside) continue;
      this.orgForms.push({ text: phrase, head: (m[2] ?? "").toLowerCase(), pos: start, ...(inside.iso ? { iso: inside.iso } : {}) });
    }
    // "the Department of Wildlife and National Parks" ... "the department said": a body named by its kind first.
    for (const m of this.text.matchAll(KIND_FIRST_BODY_RE)) {
      const phrase = m[1] ?? "";
      this.orgForms.push({ text: phrase, head: (m[2] ?? "").toLowerCase(), pos: (m.index ?? 0) + m[0].indexOf(phrase) });
    }
  }

  note(speaker: Speaker, pos: number, role: "speaker" | "subject"): void {
    if (!speaker.name) return;
    this.history.push({ speaker, pos, paragraph: this.paragraphOf(pos), role });
  }

  lastSpeaker(before: number): Speaker | null {
    for (let i = this.history.length - 1; i >= 0; i--) {
      const h = this.history[i] as SalienceEntry;
      if (h.role === "speaker" && h.pos <= before) return h.speaker;
    }
    return null;
  }

  personSpeaker(cluster: PersonCluster, text: string): Speaker {
    const iso = cluster.roleKeys.find((r) => r.iso)?.iso;
    return { name: cluster.name, kind: "person", text, cluster, ...(iso ? { iso } : {}) };
  }

  resolve(span: Span, exclude: Span | null = null): Speaker | null {
    const raw = this.text.slice(span.start, span.end).trim();
    if (!raw) return null;
    const lower = raw.toLowerCase();
    const paragraph = this.paragraphOf(span.start);

    if (/^(he|she|him|her|his)$/.test(lower)) return this.pronoun(lower === "she" || lower === "her" ? "f" : "m", span.start, paragraph, exclude, raw);
    if (lower === "they") return this.plural(span.start, paragraph, raw);
    if (lower === "it") return this.itPronoun(span.start, paragraph, raw);
    if (/^(i|we|you|there|this|that|which|who)$/.test(lower)) return null;

    // "the North’s official KCNA news agency": the acronym and what it is name the body, without the epithets.
    const acronymBody = ACRONYM_DESCRIPTOR_TAIL_RE.exec(` ${raw}`)?.[1];
    if (acronymBody) return { name: acronymBody, kind: "organization", text: raw };

    // "Armed opposition supporters who (have occupied ...)": the relative pronoun opens what the phrase does, not who.
    const relative = /\s+(?:who|which|that)$/i.exec(raw);
    if (relative) {
      const lead = this.text.slice(span.start, span.end).search(/\S/);
      return this.resolve({ start: span.start + lead, end: span.start + lead + relative.index }, exclude);
    }
    // "During the campaign he said": a fronted adverbial before the subject pronoun.
    // ("At the opening of his trial he told the court", "a case he says is politically motivated": a noun phrase the
    // sentence opens with, or one a contact clause describes, before the subject pronoun.)
    const fronted = /^(?:during|after|before|in|on|at|since|following|earlier|later|then|meanwhile|speaking)\b.*\s(he|she|they)$/i.exec(raw)
      ?? /^(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){1,5}(he|she|they)$/u.exec(raw);
    if (fronted?.[1]) {
      const at = span.start + this.text.slice(span.start, span.end).lastIndexOf(fronted[1]);
      return this.resolve({ start: at, end: at + fronted[1].length }, exclude);
    }
    // "the International Atomic Energy Agency (IAEA)": the name without its parenthetical.
    const paren = /\s*\([^)]*\)?\s*$/.exec(raw);
    if (paren && paren.index > 0) {
      const lead = this.text.slice(span.start, span.end).search(/\S/);
      return this.resolve({ start: span.start + lead, end: span.start + lead + paren.index }, exclude);
    }
    // "a poll published by the X Institute in January": the document's author speaks.
    const doc = DOCUMENT_BY_RE.exec(raw);
    if (doc?.[1]) {
      const rest = doc[1].replace(/\s+(?:in|on|last|this|earlier|at)\b.*$/, "");
      const at = span.start + raw.indexOf(doc[1]);
      const author = this.resolve({ start: at, end: at + rest.length }, exclude);
      // "Parliament's Intelligence and Security Committee": the body, without its possessor.
      const body = /(?:^|['’]s\s+|^the\s+)(\p{Lu}[\w-]*(?:\s+(?:and\s+|of\s+|for\s+|on\s+)?\p{Lu}[\w-]*)*)$/u.exec(rest)?.[1];
      if (author && body && author.kind !== "person" && author.kind !== "state") return { name: body, kind: "organization", text: raw };
      if (author) return author;
    }
    // "the three countries", "the two Baltic states": the group that spoke last.
    if (/^[Tt]he\s+(?:two|three|four|five|six|seven|\d+)\s+(?:[A-Z][\w-]*\s+)?(?:states|countries|nations|governments|allies|members|juntas|capitals|neighbou?rs)$/.test(raw)) {
      const group = this.pluralOnly(span.start, paragraph, raw);
      if (group) return group;
    }
    // "the spokesman said" after "a spokesman for the X government said": the unnamed speaker described so.
    const defHead = /^the\s+(spokesman|spokeswoman|spokesperson|official|officer|diplomat|source|analyst|minister|envoy)$/.exec(lower)?.[1];
    if (defHead) {
      const unnamed = this.unnamedWithHead(defHead, span.start, paragraph);
      if (unnamed) return { ...unnamed, text: raw };
    }
    // "Both leaders", "the two presidents": a joint statement, given to the first of the pair.
    if (PAIR_RE.test(lower)) {
      const first = this.pairFirst(span.start, paragraph);
      if (first) return { ...this.personSpeaker(first, raw), plural: true };
    }

    // "The 55-year-old, who founded ..., told reporters": an age in place of the name refers back like a pronoun.
    // ("The 80-year-old former Conservative MEP": with what he was, as long as it names nobody.)
    const age = /^the\s+(\d{2})-year-old(?:\s+[\p{L}-]+){0,3}$/iu.exec(raw)?.[1];
    if (age && !this.mentions.within(span.start, span.end).some((m) => m.type === "Person")) {
      const aged = this.byAge(Number(age), span.start, paragraph, exclude, raw);
      if (aged) return aged;
    }
    // "..., whose lawyers say he was beaten": the relative pronoun is not part of who speaks.
    const whose = /^whose\s+(?=\S)/i.exec(raw);
    if (whose) {
      const lead = this.text.slice(span.start, span.end).search(/\S/);
      return this.resolve({ start: span.start + lead + whose[0].length, end: span.end }, exclude);
    }
    const inside = this.mentions.within(span.start, span.end);
    const persons = inside.filter((m) => m.type === "Person");
    const words = raw.split(/\s+/);
    const headWord = (words[words.length - 1] ?? "").toLowerCase();

    // The person must be the head: not "the attack on Skripal" (but "his wife Anna Hakobyan" is she).
    const headPersons = persons.filter((m) => {
      const pre = this.text.slice(span.start, m.start);
      // "High Commissioner for Human Rights NAME", "Minister of Investment, Industry and Trade NAME": a title's
      // capitalised complement, not a preposition's object.
      if (TITLE_COMPLEMENT_RE.test(pre)) return true;
      // "In the document Lord Goldsmith noted", "In his letter Mr Straw wrote": a fronted adverbial, then the subject.
      if (FRONTED_PP_RE.test(pre)) return true;
      const bodyRole = BODY_ROLE_RE.exec(pre)?.[1];
      if (bodyRole && ROLE_NOUNS.has(bodyRole)) return true;
      const segment = pre.slice(pre.lastIndexOf(",") + 1);
      return !/\b(?:on|by|with|against|for|to|from|about|at|in|into|after|over|under|than)\s/i.test(segment) &&
        !/\b[a-z]+\s+of\s+$/.test(segment);
    });
    if (headPersons.length) {
      const p = headPersons[headPersons.length - 1] as Mention;
      const tail = this.text.slice(p.end, span.end);
      // "A senior Trump administration official": a name that modifies the head noun is not the speaker.
      const modified = /^\s+([a-z-]+)/.exec(tail)?.[1] ?? "";
      if ((ORG_HEADS.has(modified) || UNNAMED_HEADS.has(modified) || ROLE_NOUNS.has(modified) || MODIFIED_HEADS.has(modified)) && /^(?:a|an|one|two|three|several|some|the)\s/i.test(raw)) {
        return { name: stripThe(raw), kind: "unnamed", text: raw };
      }
      if (/^['’]s?\s+\S/.test(tail)) {
        // "Chamisa's MDC Alliance", "Pereira's PAIGC party": a body named after the person it belongs to speaks under
        // its own name.
        const body = PERSONS_BODY_RE.exec(tail)?.[1];
        if (body && !ROLE_NOUNS.has(body.toLowerCase())) return { name: body, kind: "organization", text: raw };
        // "Mr Orban's spokesman"
        const orgish = ORG_HEADS.has(headWord) || /^[A-Z]/.test(words[words.length - 1] ?? "");
        return { name: stripThe(raw), kind: orgish ? "organization" : "unnamed", text: raw };
      }
      // "Lukashenko's press secretary Natalya Eismont": the possessor is not the speaker, the person after the role is.
      // ... nor is one before a role in lower case ("Putin aide Yuri Ushakov").
      const between = this.text.slice((headPersons[0] as Mention).end, p.start);
      const first = /^['’]s?\s/.test(between) || (/^\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?\s+$/u.test(between) && !/\b(?:and|or|with|nor)\b/.test(between)) ? p : headPersons[0] as Mention;
      const cluster = this.clusters[Number(first.name)];
      if (cluster) return this.personSpeaker(cluster, raw);
    }

    // "the President of Belarus": the role noun comes before "of".
    const ofAt = lower.indexOf(" of ");
    const roleHead = roleHeadOf(lower) ?? (ofAt > 0 && lower !== "head of state" ? roleHeadOf(lower.slice(0, ofAt)) : null);
    // "His Royal Highness told me ...", "Her Majesty": the royal the article named with a title of that rank.
    const address = /^(?:his|her)\s+(?:royal\s+)?(highness|majesty)$/.exec(lower)?.[1];
    if (address) {
      const rank = address === "highness" ? /^(?:Crown\s+)?Prince(?:ss)?\s/ : /^(?:King|Queen|Emperor|Empress|Sultan)\s/;
      const royal = this.mentions.before(span.start).filter((m) => m.type === "Person").map((m) => this.clusters[Number(m.name)])
        .filter((c): c is PersonCluster => c !== undefined && [...c.forms].some((f) => rank.test(f))).pop();
      if (royal) return this.personSpeaker(royal, raw);
    }
    // "his chief election rival", "Mr Orban's spokesman": someone else, described through another person.
    if (/^(?:his|her|their)\s/.test(lower) && !headPersons.length) {
      // "His mother said" after "his mother Dariga Nazarbayeva" or "Dariga Nazarbayeva, his mother,": the person the
      // article named with that description.
      const named = this.namedAs(lower, span.start);
      if (named) return this.personSpeaker(named, raw);
      // ("her charity Fair Aid", "their party Sumud": a body of theirs, named, is the speaker.)
      return describedBody(raw, words, headWord) ?? { name: raw, kind: "unnamed", text: raw };
    }
    // "The diplomatic mission noted", "the embassy said": the embassy the article named ("the Russian embassy in the
    // United Kingdom"), under that name.
    if (/^the\s+(?:diplomatic\s+mission|embassy|mission)$/.test(lower)) {
      // (The body's name, not the headline's shorter one: the last before, else the first after.)
      const bodyStart = this.text.indexOf("\n") + 1;
      const all = [...this.text.slice(bodyStart).matchAll(EMBASSY_NAME_RE)];
      const near = (all.filter((m) => bodyStart + (m.index ?? 0) < span.start).pop() ?? all[0])?.[1];
      // (Under the fullest form the article writes for it: "Chinese embassy in Nur-Sultan" over "Chinese embassy".)
      const named = near && all.map((m) => m[1] ?? "").filter((f) => f.startsWith(near)).sort((a, b) => b.length - a.length)[0];
      if (named) return { name: named, kind: "organization", text: raw };
    }
    // "The committee said" after "Russia's Investigative Committee", "the society" after "the Samoa Law Society": the body
    // the article named last with that head noun, though no list knows it (with the state whose body it is).
    const bodyName = BODY_NAME_RES.get(/^the\s+([a-z]+)$/.exec(lower)?.[1] ?? "");
    if (bodyName) {
      // (matchAll works on a copy of the pattern, so the shared one keeps no state.)
      const from = Math.max(0, span.start - 2000);
      const found = [...this.text.slice(from, span.start).matchAll(bodyName)].pop();
      if (found?.[1]) {
        const at = from + (found.index ?? 0);
        const iso = this.mentions.within(at, at + found[1].length).find((m) => m.type === "State" && m.iso)?.iso;
        return { name: found[1], kind: "organization", text: raw, ...(iso ? { iso } : {}) };
      }
    }
    // (A news agency in a dateline, "(Reuters)", is no court or group the article speaks of; it is a newspaper's name.)
    if (/^(?:the\s+)?(?:group|organisation|organization|foundation|movement|party|campaign|charity|watchdog|company|firm|court|tribunal|newspaper|paper)$/.test(lower)) {
      const org = this.mentions.before(span.start).filter((m) => m.type === "Organization" && (ORGS.get(m.name)?.kind !== "MEDIA" || /paper$/.test(lower))).pop();
      if (org) {
        const possessor = /((?:[A-Z][\w-]+\s)?[A-Z][\w-]+['’]s\s+)$/.exec(this.text.slice(Math.max(0, org.start - 40), org.start))?.[1] ?? "";
        // ("the opposition Popular Front party": the kind of body written after the name is part of it.)
        const kindAfter = /^\s+(?:party|movement)\b/.exec(this.text.slice(org.end, org.end + 10))?.[0] ?? "";
        const name = possessor + this.text.slice(org.start, org.end) + kindAfter;
        return { name, kind: "organization", text: raw, ...(org.iso ? { iso: org.iso } : {}) };
      }
    }
    // "The party said" after "the main opposition Coalition for Unity and Democracy (CUD)": the party or movement the
    // article named last, though no list knows it.
    if (/^(?:the\s+)?(?:party|movement)$/.test(lower)) {
      const forms = [...this.text.slice(Math.max(0, span.start - 1500), span.start).matchAll(PARTY_NAME_RE)].map((m) => m[1] ?? "");
      const last = forms.pop();
      // (Under the fullest form the article writes for it: "Popular Front party" over "Popular Front".)
      const found = last && [last, ...forms.filter((f) => f.startsWith(`${last} `))].sort((a, b) => b.length - a.length)[0];
      if (found) return { name: found, kind: "organization", text: raw };
    }
    // "a spokesman for the X government", "a source in the Y committee": an unnamed person, described through
    // the body they speak for.
    if (/^(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:spokesman|spokeswoman|spokesperson|source|official|officer|representative|member|diplomat)\s+(?:for|of|in|at|from|with)\s/.test(lower) && !headPersons.length) {
      return { name: raw, kind: "unnamed", text: raw };
    }
    // "diplomats in the region", "officials familiar with the talks": unnamed people described by where they are.
    if (/^(?:(?:some|several|two|three|many|senior|western|european|local|other)\s+){0,2}(?:diplomats|officials|sources|analysts|experts|observers|residents|witnesses|people|critics|lawmakers|activists)\s+(?:in|at|from|with|close\s+to|familiar\s+with|across|on)\s/.test(lower) && !headPersons.length) {
      return { name: raw, kind: "unnamed", text: raw, plural: true };
    }
    // "Forces loyal to former president Ali Abdullah Saleh", "the Iran-allied Houthi movement and forces loyal to
    // NAME": people described by whom they follow speak as that description.
    if (/\s(?:loyal|close|allied)\s+to\s/i.test(raw) && !headPersons.length && /^(?:the\s+)?(?:[\p{L}-]+(?:\s+[\p{L}-]+){0,4}\s+(?:and\s+)?)?(?:forces|fighters|troops|militias?|groups?|supporters|rebels|units|movement|officers|lawmakers|politicians)\s+(?:loyal|close|allied)\s+to\s/iu.test(raw)) {
      return { name: raw, kind: "unnamed", text: raw, plural: true };
    }
    const entities = inside.filter((m) => m.type !== "Person");
    if (roleHead && !(UNNAMED_HEADS.has(headWord) && /^(a|an|one|some|two|three|several)\b/.test(lower))) {
      // ("The head of Gazprom": a company's state is not the state whose head is meant.)
      // ("the Reform UK leader": a state's name inside a longer capitalised name is that body's, not the state.)
      const inBodyName = (m: Mention) => /^\s+[\p{Ll}-]+$/u.test(this.text.slice(m.end, span.end))
        && /(?:^|\s)(?!(?:The|This|That|An?|Its|Their|His|Her)\s)\p{Lu}[\p{L}-]*\s+$/u.test(this.text.slice(Math.max(span.start, m.start - 24), m.start));
      const iso = entities.find((m) => m.iso && m.type !== "Organization" && !inBodyName(m))?.iso;
      const org = entities.find((m) => !m.iso && (m.type === "Treaty" || m.type === "Organization"))?.name;
      // "the acting governor", "the deputy speaker": a qualifier of the office the holder's title must carry too.
      const qualifier = /\b(acting|interim|deputy|vice)\b/.exec(lower)?.[1];
      // "The Hezbollah leader" after "Hezbollah Secretary General NAME": a body no list knows, written before a role, is
      // the body of the person whose title the article opened with it.
      const bodyWords = entities.length === 0 && !headPersons.length ? raw.split(/\s+/).slice(1, -1) : [];
      const unknownBody = bodyWords.length > 0 && bodyWords.every((w) => /^\p{Lu}[\p{Ll}-]+$/u.test(w)) && /\s\p{Ll}+$/u.test(raw) ? this.namedAfter(bodyWords.join(" "), span.start, true) : null;
      const found = unknownBody ?? this.byRole(roleHead, iso, span.start, exclude, org, qualifier) ?? this.namedWithBody(entities, span.start);
      if (found) return this.personSpeaker(found, raw);
      if (iso || /^(the|this)\b/.test(lower) || /^(former|ex-)/.test(lower) || /^[A-Z]/.test(raw)) {
        const salient = !iso && /^(the|this)\s+(?:[a-z-]+\s+)?(president|leader|strongman|minister|prime minister|premier|chancellor|head of state|dictator|diplomat|top diplomat|envoy|spokesman|spokeswoman|secretary|chief)$/.test(lower) ? this.pronoun(null, span.start, paragraph, exclude, raw)
          // "the Russian diplomat" after a Russian official whose post no list knows: the one in focus whose title, as
          // the article wrote it before the name, named that state.
          : iso && /^the\s+(?:\p{L}+\s+(?:diplomat|official|envoy)|head\s+of\s.*)$/u.test(lower) ? this.pronoun(null, span.start, paragraph, exclude, raw, (c) => this.titledIn(c, iso, span.start)) : null;
        if (salient) return salient;
      }
    }

    // "According to the politician, ...", "the French politician said", "the MEP noted": a definite noun for a
    // legislator or politician (with one modifier at most) refers back to the person in focus, as a pronoun does.
    if (/^the\s+(?:[\p{L}-]+\s+)?[\p{L}-]+$/u.test(lower) && FOCUS_HEADS.has(headWord)) {
      // (Not a head of state or government, a minister or an envoy the legislator has just spoken of.)
      const focus = this.pronoun(null, span.start, paragraph, exclude, raw, (c) => !c.roleKeys.some((r) => EXECUTIVE_TITLE_RE.test(r.title)));
      if (focus) return focus;
    }
    // "The militant group Hamas", "state news agency BELTA", "Strasbourg-based Council of Europe", "Spain's right-wing
    // Vox party", "Environmental group Alpine Initiative", "Saudi state news agency SPA": a description of a body before
    // its name; the name is the speaker.
    const described = describedBody(raw, words, headWord);
    if (described) return described;
    if (entities.length) {
      const main = entities[0] as Mention;
      const isoOf = entities.find((m) => m.iso)?.iso;
      // ("Neighbouring Jordan", "oil-rich Kuwait": an epithet before a state's name is no part of who speaks.)
      const epithet = /^(?:[Nn]eighbou?ring|[Oo]il-rich|[Tt]iny|[Ll]andlocked|[Ii]mpoverished|[Ww]ar-torn|[Nn]uclear-armed)\s+/.exec(raw)?.[0] ?? "";
      const onlyEntities = entities.every((m) => m.type === "State" || m.type === "Organization" || m.type === "Treaty") &&
        raw.slice(epithet.length).replace(/^the\s+/i, "").replace(/\band\b/g, "").replace(/[\s,]+/g, "").length <= entities.reduce((n, m) => n + (m.end - m.start), 0) + 3;
      if (onlyEntities && epithet && entities.length === 1 && main.type === "State") {
        return { name: this.text.slice(main.start, main.end), kind: "state", text: raw, ...(isoOf ? { iso: isoOf } : {}) };
      }
      // "The alliance has dismissed the claim, saying ...": a description that refers back speaks under the name the
      // article wrote for what it refers to ("NATO").
      if (onlyEntities && entities.length === 1 && main.form === "anaphor" && main.type !== "State" && GROUP_SPEAKER_RE.test(raw)) {
        // (Not an acronym in brackets after the full name: "the Economic Community of West African States (ECOWAS)".)
        const named = this.fullestForm(main.name, span.start);
        if (named) return { name: named, kind: "organization", text: raw, ...(isoOf ? { iso: isoOf } : {}) };
      }
      // "IGAD said" after "the Intergovernmental Authority on Development (IGAD)": an acronym speaks under the name the
      // article spelled out.
      // (Not "the UN": two letters are how the genre names the best-known bodies.)
      if (onlyEntities && entities.length === 1 && main.type !== "State" && /^(?:[Tt]he\s+)?\p{Lu}{3,6}$/u.test(raw)) {
        const spelled = this.fullestForm(main.name, span.start);
        if (spelled && / /.test(spelled)) return { name: spelled, kind: "organization", text: raw, ...(isoOf ? { iso: isoOf } : {}) };
      }
      if (onlyEntities) {
        return { name: stripThe(raw), kind: main.type === "State" ? "state" : "organization", text: raw, ...(isoOf ? { iso: isoOf } : {}), plural: entities.length > 1 };
      }
      // "The situation on the external borders of the CIS": a common noun before a preposition heads a phrase about
      // something, no body, though a body's name ends it.
      const aboutHead = /^(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+)?([a-z-]+)\s+(?:on|of|in|at|over|about|along|across|around)\s/.exec(raw)?.[1];
      if (aboutHead && !ORG_HEADS.has(aboutHead) && !PERSON_HEADS.has(aboutHead) && !ROLE_NOUNS.has(aboutHead) && !MEDIA_HEADS.has(aboutHead)) {
        return { name: raw, kind: "unnamed", text: raw, ...(isoOf ? { iso: isoOf } : {}), plural: /s$/.test(aboutHead) };
      }
      if (ORG_HEADS.has(headWord) || /^[A-Z]/.test(words[words.length - 1] ?? "")) {
        const generic = this.genericOrg(headWord, isoOf, span.start);
        // ("the official Xinhua news agency" names its body: no other body spoken of before stands for it.)
        const namesBody = entities.some((m) => m.type === "Organization");
        if (generic && GENERIC_ORG_FOLLOWERS.has(headWord) && headWord !== "ministry" && headWord !== "authorities" && !namesBody) return generic;
        return { name: stripThe(raw), kind: "organization", text: raw, ...(isoOf ? { iso: isoOf } : {}), plural: /s$/.test(headWord) };
      }
      return { name: raw, kind: "unnamed", text: raw, ...(isoOf ? { iso: isoOf } : {}), plural: /s$/.test(headWord) };
    }

    // "Parliament's Intelligence and Security Committee": a body named after its possessor.
    const possessed = ORG_HEADS.has(headWord) ? /['’]s\s+(\p{Lu}[\w-]*(?:\s+(?:and\s+|of\s+|for\s+|on\s+)?\p{Lu}[\w-]*)+)$/u.exec(raw) : null;
    if (possessed?.[1]) return { name: possessed[1], kind: "organization", text: raw };
    // "The main opposition High Negotiations Committee": the body's name is the capitalised run it ends in.
    const orgName = ORG_HEADS.has(headWord) ? /(?:^|\s)((?:\p{Lu}[\p{L}'’.-]*\s+){1,5}\p{Lu}[\p{L}'’-]*)$/u.exec(raw) : null;
    if (orgName?.[1] && /^(?:the|a|an)\s+[a-z]/i.test(raw) && !/^the\s+\p{Lu}/u.test(raw)) return { name: orgName[1], kind: "organization", text: raw };
    // "The SDF said" after "the Syrian Democratic Forces (SDF)": an acronym the article spelled out is that body.
    const acronym = /^(?:[Tt]he\s+)?(\p{Lu}{2,6})$/u.exec(raw)?.[1];
    if (acronym) {
      const spelled = this.spelledOut(acronym, span.start) ?? this.acronymWithDescriptor(acronym, span.start);
      if (spelled) return { name: spelled, kind: "organization", text: raw };
    }
    // No name inside: a definite organisation phrase ("the ministry", "the statement", "Authorities").
    if (GENERIC_ORG_FOLLOWERS.has(headWord) && words.length <= 3 && (/^(the|its)\s/.test(lower) || headWord === "authorities")) {
      const generic = this.genericOrg(headWord, undefined, span.start);
      if (generic) return generic;
      // "Russia ... replied within hours. Its foreign ministry said ...": the institution of the state just spoken of.
      // The state's demonym names it ("Russian foreign ministry"); an acronym the article used stands for itself ("UAE").
      const owner = /^its\s/.test(lower) && ORG_HEADS.has(headWord) ? this.recentState(span.start) : undefined;
      if (owner) return { name: `${owner.modifier} ${raw.slice(4)}`, kind: "organization", text: raw, iso: owner.iso };
      // "According to the ministry" with none named before: a body all the same.
      if (/^the\s/.test(lower) && ORG_HEADS.has(headWord) && !ISSUED_HEADS.has(headWord)) return { name: stripThe(raw), kind: "organization", text: raw };
    }
    // "The Jubilee Debt Campaign said": "The" before a name of capitalised words is part of a body's name.
    // ("The Department of Wildlife and National Parks": with "of", "and", "for" inside the name.)
    const properAfterThe = /^the\s/.test(lower) && words.length >= 3 && words.length <= 8 && /^\p{Lu}/u.test(words[words.length - 1] ?? "")
      && words.slice(1).every((w) => /^\p{Lu}/u.test(w) || /^(?:of|and|for|on)$/.test(w)) && !UNNAMED_HEADS.has(headWord);
    if (properAfterThe && words.length > 4) return { name: stripThe(raw), kind: "organization", text: raw };
    if (!properAfterThe && (UNNAMED_HEADS.has(headWord) || /s$/.test(headWord) || /^(a|an|one|some|two|three|several|many|most|the)\b/.test(lower))) {
      if (words.length > 10) return null;
      return { name: raw, kind: "unnamed", text: raw, plural: /s$/.test(headWord) };
    }
    if (PERSON_HEADS.has(headWord)) return this.pronoun(null, span.start, paragraph, exclude, raw);
    // "state television announced", "state media reported": the outlet speaks as described.
    if (MEDIA_HEADS.has(headWord) && words.length <= 4) return { name: raw, kind: "organization", text: raw };
    if (/^[A-Z]/.test(raw) && words.length <= 4) return { name: this.fullOrgName(stripThe(raw), span.start), kind: "organization", text: raw };
    return null;
  }

  /** "KCNA said" after "the official KCNA news agency": the acronym with what the article says it is. */
  private acronymWithDescriptor(acronym: string, before: number): string | undefined {
    if (!/^\p{Lu}{2,6}$/u.test(acronym)) return undefined;
    // (Built per call, not cached: acronyms are open-ended, and this runs only for an acronym no list knows.)
    return new RegExp(`\\b(${acronym}\\s+${ACRONYM_DESCRIPTOR})\\b`, "u").exec(this.text.slice(0, before))?.[1];
  }

  /**
   * The longest form the article wrote for an entity before a position, the bracketed acronym after a full name aside
   * ("the Economic Community of West African States (ECOWAS)").
   */
  private fullestForm(name: string, before: number): string | undefined {
    const named = this.mentions.before(before).filter((m) => m.name === name && m.form !== "anaphor" && this.text[m.start - 1] !== "(")
      .reduce<Mention | undefined>((best, m) => (!best || m.end - m.start > best.end - best.start ? m : best), undefined);
    return named ? this.text.slice(named.start, named.end) : undefined;
  }

  /** "the Syrian Democratic Forces (SDF)": the name an acronym stands for, as the article spells it out before. */
  private spelledOut(acronym: string, before: number): string | undefined {
    const m = cachedRegExp(`((?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:of|for|and|the|on|in)\\s+)*){1,8})\\(${acronym}\\)`, "u").exec(this.text.slice(0, before));
    const words = m?.[1]?.trim().split(/\s+/) ?? [];
    // Back from the bracket, as many capitalised words as the acronym has letters, their initials the acronym's.
    let caps = 0;
    let from = words.length;
    while (from > 0 && caps < acronym.length) {
      from--;
      if (/^\p{Lu}/u.test(words[from] as string)) caps++;
    }
    const name = words.slice(from);
    const initials = name.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join("");
    return caps === acronym.length && initials === acronym ? name.join(" ") : undefined;
  }

  /** "Amnesty said" after "Amnesty International": one name word is the organisation the article named in full before. */
  private fullOrgName(name: string, before: number): string {
    if (!/^\p{Lu}[\p{L}-]+$/u.test(name)) return name;
    const full = [...this.text.slice(0, before).matchAll(new RegExp(`\\b${name}((?:\\s\\p{Lu}[\\p{L}-]+){1,3})`, "gu"))].pop();
    // Only a name that ends as organisations' names do ("Rahim said" after "Rahim Daud" is no organisation's).
    if (!full?.[1] || !ORG_NAME_END_RE.test(full[1]) || this.clusters.some((c) => c.name.split(/\s+/).includes(name))) return name;
    return `${name}${full[1]}`;
  }

  /** The state last named as a subject or speaker, in this paragraph or the one before. */
  private recentState(pos: number): { iso: string; modifier: string } | undefined {
    for (let i = this.history.length - 1; i >= 0; i--) {
      const h = this.history[i] as SalienceEntry;
      if (h.pos > pos) continue;
      if (this.paragraphOf(pos) - h.paragraph > 1) return undefined;
      if (h.speaker.kind === "state" && h.speaker.iso) {
        const written = stripThe(h.speaker.text ?? "");
        const modifier = /^(?:[A-Z]\.?){2,4}$/.test(written) ? written : STATES.get(h.speaker.iso)?.demonym;
        return modifier ? { iso: h.speaker.iso, modifier } : undefined;
      }
    }
    return undefined;
  }

  private genericOrg(head: string, iso: string | undefined, pos: number): Speaker | null {
    // "Julie Bishop said in a statement ... The statement said ...": a statement speaks for whoever issued the one just
    // reported, a person too, in this paragraph or the one before.
    if (head === "statement" || head === "communique") {
      for (let i = this.history.length - 1; i >= 0; i--) {
        const h = this.history[i] as SalienceEntry;
        if (h.pos > pos) continue;
        if (this.paragraphOf(pos) - h.paragraph > 1) break;
        if (h.role === "speaker" && h.speaker.kind !== "unnamed") return h.speaker.cluster ? this.personSpeaker(h.speaker.cluster, head) : h.speaker;
      }
    }
    // The latest organisation speaker that fits, else the fullest phrase with the same head word in the article.
    for (let i = this.history.length - 1; i >= 0; i--) {
      const h = this.history[i] as SalienceEntry;
      if (h.pos > pos || this.paragraphOf(pos) - h.paragraph > 3) break;
      const s = h.speaker;
      if (s.kind !== "organization" && s.kind !== "state") continue;
      if (iso && s.iso && s.iso !== iso) continue;
      const sHead = (s.name ?? "").toLowerCase().split(/\s+/).pop() ?? "";
      // ("Disease had been ruled out, the department said": the subject of the words reported is not who reports them.)
      // (Nor is a headline's subject, read without its verb.)
      if (h.role === "subject" && (h.paragraph === 0 || !/[.!?]["”’']?\s/.test(this.text.slice(h.pos, pos)))) continue;
      // ("the department", "the agency": a body that spoke, "Belarus's KGB" too, not a state.)
      if (head === sHead || (!["ministry", "authorities", "government"].includes(head) && (s.kind === "organization" || /['’]s\s/.test(s.name ?? ""))) || (head === "ministry" && /ministry/.test(sHead))) return s;
    }
    // "According to the statement": a statement, report or communique speaks for the body named before it.
    const issued = ISSUED_HEADS.has(head);
    const same = this.orgForms.filter((f) => (f.head === head || issued) && (!iso || f.iso === iso));
    const best = same.filter((f) => f.pos < pos).pop() ?? (issued ? undefined : same[0]);
    if (best) return { name: best.text, kind: "organization", text: best.text, ...(best.iso ? { iso: best.iso } : {}) };
    return null;
  }

  /**
   * "In his words, ...", "According to her, ...": the person who has been speaking, of that gender, within the last two
   * paragraphs, even when the reported words named another person since ("He noted that Sharif and Putin had discussed
   * ... In his words, ..."); failing one, the pronoun is read as any other.
   */
  speakerByPronoun(pronoun: string, pos: number): Speaker | null {
    const gender = /^(?:her|she)$/i.test(pronoun) ? "f" : /^(?:his|him|he)$/i.test(pronoun) ? "m" : null;
    if (!gender) return null;
    const paragraph = this.paragraphOf(pos);
    for (let i = this.history.length - 1; i >= 0; i--) {
      const h = this.history[i] as SalienceEntry;
      if (h.pos > pos) continue;
      if (paragraph - h.paragraph > 2) break;
      if (h.role !== "speaker") continue;
      const c = h.speaker.cluster;
      if (h.speaker.kind === "person" && c && (!c.gender || c.gender === gender)) return this.personSpeaker(c, pronoun);
      return null;
    }
    return null;
  }

  private pronoun(gender: "m" | "f" | null, pos: number, paragraph: number, exclude: Span | null, raw: string, accept: (c: PersonCluster) => boolean = () => true): Speaker | null {
    let latest = true;
    for (let i = this.history.length - 1; i >= 0; i--) {
      const h = this.history[i] as SalienceEntry;
      if (h.pos > pos) continue;
      if (paragraph - h.paragraph > 3) break;
      if (exclude && h.pos >= exclude.start && h.pos < exclude.end) continue;
      // "A border guard, who ..., said X. '...,' he said.": the unnamed person who just spoke, in this paragraph or the
      // one before.
      if (latest && gender && h.role === "speaker" && paragraph - h.paragraph <= 1 && h.speaker.kind === "unnamed" && !h.speaker.plural
        && /^(?:a|an|one)\s+(?:[\w-]+\s+){0,4}?(?:officer|official|guard|soldier|diplomat|spokesman|spokeswoman|source|resident|witness|man|woman|officer|commander|aide|adviser|advisor|analyst)\b/i.test(h.speaker.name ?? "")) return { ...h.speaker, text: raw };
      latest = false;
      if (h.speaker.kind === "person" && (!gender || !h.speaker.cluster?.gender || h.speaker.cluster.gender === gender) && h.speaker.cluster && accept(h.speaker.cluster)) return this.personSpeaker(h.speaker.cluster, raw);
    }
    // Fall back on the latest person named before, outside the excluded clause.
    const before = this.mentions.before(pos).filter((m) => m.type === "Person" && !(exclude && m.start >= exclude.start && m.start < exclude.end));
    for (let i = before.length - 1; i >= 0; i--) {
      const c = this.clusters[Number((before[i] as Mention).name)];
      if (c && (!gender || !c.gender || c.gender === gender) && accept(c)) return this.personSpeaker(c, raw);
    }
    return null;
  }

  /**
   * "The 55-year-old": the person the article gave that age ("Tsepkalo, 55," or "the 55-year-old Tsepkalo"), else the
   * person in focus, passing over anyone given another age ("Muhyiddin, 72, ... The 94-year-old" is not Muhyiddin).
   */
  private byAge(age: number, pos: number, paragraph: number, exclude: Span | null, raw: string): Speaker | null {
    const ages = this.personAges();
    for (const [c, a] of ages) if (a === age && c.firstMention < pos) return this.personSpeaker(c, raw);
    return this.pronoun(null, pos, paragraph, exclude, raw, (c) => (ages.get(c) ?? age) === age);
  }

  /** Ages the article states for its people: "NAME, 72," and "the 94-year-old NAME". */
  private personAges(): Map<PersonCluster, number> {
    if (this.ages) return this.ages;
    this.ages = new Map();
    for (const m of this.mentions.all) {
      if (m.type !== "Person") continue;
      const c = this.clusters[Number(m.name)];
      const age = /^,\s+(\d{2}),/.exec(this.text.slice(m.end, m.end + 6))?.[1] ?? /\b(\d{2})-year-old\s+(?:[a-z-]+\s+){0,3}$/.exec(this.text.slice(Math.max(0, m.start - 50), m.start))?.[1];
      if (c && age && !this.ages.has(c)) this.ages.set(c, Number(age));
    }
    return this.ages;
  }

  private pluralOnly(pos: number, paragraph: number, raw: string): Speaker | null {
    for (let i = this.history.length - 1; i >= 0; i--) {
      const h = this.history[i] as SalienceEntry;
      if (h.pos > pos) continue;
      if (paragraph - h.paragraph > 2) break;
      if (h.speaker.plural && h.speaker.kind !== "person") return { ...h.speaker, text: raw };
    }
    return null;
  }

  /** The latest speaker in focus, when it is an unnamed one described by the same head noun ("a spokesman for X"). */
  private unnamedWithHead(head: string, pos: number, paragraph: number): Speaker | null {
    for (let i = this.history.length - 1; i >= 0; i--) {
      const h = this.history[i] as SalienceEntry;
      if (h.pos > pos) continue;
      if (paragraph - h.paragraph > 2) break;
      if (h.role !== "speaker") continue;
      // ("a senior official close to the talks" is one person, whatever the last word of the phrase.)
      if (h.speaker.kind === "unnamed" && cachedRegExp(`^(?:a|an|one)\\s+(?:[\\w.'’-]+\\s+){0,3}?${head}\\b`, "i").test(h.speaker.name ?? "")) return { ...h.speaker, plural: false };
      return null;
    }
    return null;
  }

  private plural(pos: number, paragraph: number, raw: string): Speaker | null {
    let fallback: Speaker | null = null;
    for (let i = this.history.length - 1; i >= 0; i--) {
      const h = this.history[i] as SalienceEntry;
      if (h.pos > pos) continue;
      if (paragraph - h.paragraph > 2) break;
      if (h.speaker.plural) return { ...h.speaker, text: raw };
      if (h.role === "speaker") fallback ??= { ...h.speaker, text: raw };
    }
    return fallback;
  }

  private itPronoun(pos: number, paragraph: number, raw: string): Speaker | null {
    for (let i = this.history.length - 1; i >= 0; i--) {
      const h = this.history[i] as SalienceEntry;
      if (h.pos > pos) continue;
      if (paragraph - h.paragraph > 3) break;
      if (h.speaker.kind === "organization" || h.speaker.kind === "state") return { ...h.speaker, text: raw };
    }
    return null;
  }

  /** The two people last in focus (speakers and subjects, else mentions): the one the article named first. */
  private pairFirst(pos: number, paragraph: number): PersonCluster | null {
    const pair: PersonCluster[] = [];
    for (let i = this.history.length - 1; i >= 0 && pair.length < 2; i--) {
      const h = this.history[i] as SalienceEntry;
      if (h.pos > pos) continue;
      if (paragraph - h.paragraph > 3) break;
      const c = h.speaker.cluster;
      if (c && !pair.includes(c)) pair.push(c);
    }
    const before = this.mentions.before(pos).filter((m) => m.type === "Person");
    for (let i = before.length - 1; i >= 0 && pair.length < 2; i--) {
      const c = this.clusters[Number((before[i] as Mention).name)];
      if (c && !pair.includes(c)) pair.push(c);
    }
    if (pair.length < 2) return null;
    return pair.sort((a, b) => a.firstMention - b.firstMention)[0] ?? null;
  }

  /**
   * "The head of Gazprom" after "Gazprom CEO Alexey Miller": the person last named with that body's name just before
   * his own, in a post no title list knows.
   */
  private namedWithBody(entities: readonly Mention[], pos: number): PersonCluster | null {
    const body = entities.find((m) => m.type === "Organization");
    return body ? this.namedAfter(this.text.slice(body.start, body.end), pos) : null;
  }

  /** The article named the person right after a title that names the state ("... of the Russian Foreign Ministry NAME"). */
  private titledIn(c: PersonCluster, iso: string, pos: number): boolean {
    return this.mentions.before(pos).some((m) => {
      if (m.type !== "Person" || m.name !== String(c.id)) return false;
      const lead = this.text.slice(Math.max(0, m.start - 70), m.start);
      const from = m.start - lead.length + Math.max(...[".", ";", ":", "!", "?", "\"", "“", "”"].map((p) => lead.lastIndexOf(p))) + 1;
      return this.mentions.within(from, m.start).some((x) => x.type === "State" && x.iso === iso);
    });
  }

  /**
   * The latest person before `pos` whose name the same sentence opened with `written`; with `titleOnly`, only through a
   * title of three words at most ("Hezbollah Secretary General NAME", not "Tory leader NAME has accused NAME").
   */
  private namedAfter(written: string, pos: number, titleOnly = false): PersonCluster | null {
    const persons = this.mentions.before(pos).filter((m) => m.type === "Person");
    for (let i = persons.length - 1; i >= 0; i--) {
      const m = persons[i] as Mention;
      const lead = this.text.slice(Math.max(0, m.start - 40), m.start);
      const rest = lead.slice(lead.lastIndexOf(written) + written.length);
      if (titleOnly && !/^(?:\s+[\p{L}-]+){1,3}\s+$/u.test(rest)) continue;
      if (lead.includes(written) && !/[.;:!?]/.test(lead.slice(lead.lastIndexOf(written)))) return this.clusters[Number(m.name)] ?? null;
    }
    return null;
  }

  /** The person the text before `pos` named with the description `phrase` ("his mother NAME", "NAME, his mother,"). */
  private namedAs(phrase: string, pos: number): PersonCluster | null {
    const words = phrase.split(/\s+/);
    if (words.length < 2 || words.length > 3) return null;
    const noun = words.slice(1).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+");
    const before = this.text.slice(0, pos);
    const persons = this.mentions.before(pos).filter((m) => m.type === "Person");
    let found: Mention | undefined;
    // (A global pattern keeps state between matches, so it is built here rather than shared through cachedRegExp.)
    for (const m of before.matchAll(new RegExp(`\\b(?:[Hh]is|[Hh]er|[Tt]heir)\\s+${noun}\\s+(?=\\p{Lu})`, "gu"))) {
      const at = (m.index ?? 0) + m[0].length;
      found = persons.find((p) => p.start === at) ?? found;
    }
    for (const p of persons) if (cachedRegExp(`^,\\s+(?:his|her|their)\\s+${noun}\\b`, "u").test(this.text.slice(p.end, p.end + 40)) && (!found || p.start > found.start)) found = p;
    return found ? this.clusters[Number(found.name)] ?? null : null;
  }

  /** A person whose role fits "the Belarusian President": same state when one is named, most recently mentioned. */
  byRole(head: string, iso: string | undefined, pos: number, exclude: Span | null, org?: string, qualifier?: string): PersonCluster | null {
    let fits = this.clusters.filter((c) => c.roleKeys.some((r) => holdsAs(head, r.title) && (!iso || r.iso === iso) && (!org || r.org === org)));
    // (Where no holder's title carries it, the article dropped it somewhere: "NAME ... is now acting president".)
    const qualified = qualifier ? fits.filter((c) => c.roleKeys.some((r) => holdsAs(head, r.title) && r.title.includes(qualifier))) : [];
    if (qualified.length) fits = qualified;
    // Without a state or organisation to go by, "the diplomat" refers back: only people already named qualify.
    // (A TASS subtitle, "The diplomat noted that ...", before the lead that names him, refers forward to the lead.)
    if (!iso && !org) {
      const before = fits.filter((c) => c.firstMention < pos);
      const para = this.paragraphOf(pos);
      const lineEnd = this.text.indexOf("\n", pos);
      const line = this.text.slice(this.text.lastIndexOf("\n", pos) + 1, lineEnd < 0 ? this.text.length : lineEnd);
      fits = before.length || !isSubtitle(para, line) ? before : fits.filter((c) => this.paragraphOf(c.firstMention) === para + 1);
    } else if (!ONE_HOLDER_HEADS.has(head) && this.paragraphOf(pos) > 1) {
      // "the Russian diplomat stressed" before "Earlier, Russian Foreign Ministry Spokeswoman NAME ...": a state has
      // many diplomats, so in the body only one already named, or named in the same paragraph, qualifies (the title
      // and a subtitle may refer forward; "the Belarusian leader" is one person wherever the article names him).
      const para = this.paragraphOf(pos);
      fits = fits.filter((c) => c.firstMention <= pos || this.paragraphOf(c.firstMention) === para);
    }
    // "..., the Russian diplomat stressed" in an interview with a ministry official whose post names no title the
    // gazetteer knows: the article's own speaker, quoted most so far, rather than a minister only spoken of.
    if (head === "diplomat") {
      const spoken = new Map<PersonCluster, number>();
      for (const h of this.history) if (h.pos < pos && h.role === "speaker" && h.speaker.cluster) spoken.set(h.speaker.cluster, (spoken.get(h.speaker.cluster) ?? 0) + 1);
      const [top, second] = [...spoken].sort((a, b) => b[1] - a[1]);
      if (top && top[1] >= 3 && (!second || top[1] >= 2 * second[1]) && top[0].roleKeys.length === 0 && !fits.some((c) => spoken.has(c))) return top[0];
    }
    if (fits.length === 0) return null;
    if (fits.length === 1) return fits[0] as PersonCluster;
    // "the diplomat" with no state or body named: the article's own speaker, the one quoted most so far, when another
    // who fits the role has spoken only in passing since.
    if (!iso && !org && head === "diplomat") {
      const spoken = new Map<PersonCluster, number>();
      for (const h of this.history) if (h.pos < pos && h.role === "speaker" && h.speaker.cluster && fits.includes(h.speaker.cluster)) spoken.set(h.speaker.cluster, (spoken.get(h.speaker.cluster) ?? 0) + 1);
      const ranked = [...spoken].sort((a, b) => b[1] - a[1]);
      const [top, second] = ranked;
      if (top && top[1] >= 2 && (!second || top[1] >= 2 * second[1])) return top[0];
    }
    // the one in focus: the latest speaker or subject that fits, in this or the two paragraphs before
    const para = this.paragraphOf(pos);
    for (let i = this.history.length - 1; i >= 0; i--) {
      const h = this.history[i] as SalienceEntry;
      if (h.pos > pos || (exclude && h.pos >= exclude.start && h.pos < exclude.end)) continue;
      if (para - h.paragraph > 2) break;
      const c = h.speaker.cluster;
      if (c && fits.includes(c)) return c;
    }
    // else the most recent mention before pos, outside the excluded span
    const before = this.mentions.before(pos).filter((m) => m.type === "Person" && !(exclude && m.start >= exclude.start && m.start < exclude.end));
    for (let i = before.length - 1; i >= 0; i--) {
      const c = fits.find((f) => String(f.id) === (before[i] as Mention).name);
      if (c) return c;
    }
    return fits.sort((a, b) => a.firstMention - b.firstMention)[0] ?? null;
  }

  stateOf(iso: string | undefined): string | undefined {
    return iso ? STATES.get(iso)?.name : undefined;
  }
}

/** Whether a holder of the office `title` is called "the HEAD": a foreign minister is "the minister", a prime minister
 * is not (he is "the premier"). */
function holdsAs(head: string, title: string): boolean {
  return (HEAD_TITLES.get(head) ?? [head]).some((t) => title.includes(t) && !(t === "minister" && title.includes("prime minister")));
}

// (A possessive pronoun is no part of a body's name either: "Their ministry".)
function stripThe(s: string): string {
  return s.replace(/^(?:the|his|her|its|their)\s+/i, "");
}

/** The role noun a definite description ends in ("the Belarusian President" -> "president"). */
export function roleHeadOf(lowerPhrase: string): string | null {
  const words = lowerPhrase.replace(/[’']s\b/g, "").split(/\s+/);
  if (words.length > 6) return null;
  const last2 = words.slice(-2).join(" ");
  const last3 = words.slice(-3).join(" ");
  if (last3 === "head of state") return "head of state";
  if (HEAD_TITLES.has(last2)) return last2;
  const last = words[words.length - 1] ?? "";
  if (last === "pm") return "pm";
  return HEAD_TITLES.has(last) ? last : null;
}
