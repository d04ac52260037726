// Builds the Extraction object (extraction-format.md) from the recognised mentions, person clusters and
// statements: one entry per entity, aliases as the article writes them, treaty members the article presents.
import type {
  EntityMention, ExtractedOrganization, ExtractedPerson, ExtractedStatement, ExtractedTreaty, Extraction, OrganizationKind,
} from "../types.js";
import { nameKey } from "../../names.js";
import { ORGS, STATES, STATE_BY_NAME, TREATIES } from "./gazetteer.js";
import type { Mention, MentionIndex } from "./mentions.js";
import type { PersonCluster } from "./persons.js";
import { paragraphIndexAt, type Paragraph } from "./segment.js";
import { cachedRegExp } from "./tokens.js";
import { mergeTreatyVariants } from "./treaty-variants.js";
import { clauseFormsOf } from "./treaty-text.js";

// ("the Minsk peace accords", "the Berlin Plus arrangements", "the Doha round": with words of a treaty's kind between; not
// "Washington signs deal", where the government acts.)
const CITY_TREATY_RE = /^\s+(?:(?:peace|joint|plus|trade|nuclear|ceasefire|framework|interim|final|security|border|gas|transit)\s+){0,2}(?:agreements?|accords?|arrangements?|deal|treaty|protocol|declaration|memorandum|process|format|convention|round)\b/i;

export function assemble(
  title: string, text: string, paras: readonly Paragraph[], mentions: MentionIndex, clusters: readonly PersonCluster[],
  statements: ExtractedStatement[],
): Extraction {
  const paragraphOf = (offset: number) => paragraphIndexAt(paras, offset);
  const clusterName = (id: string) => clusters[Number(id)]?.name ?? id;

  const out: EntityMention[] = mentions.all.map((m) => ({ type: m.type, name: m.type === "Person" ? clusterName(m.name) : m.name, start: m.start, end: m.end }));

  // persons
  const mentioned = new Set(mentions.all.filter((m) => m.type === "Person").map((m) => Number(m.name)));
  const persons: ExtractedPerson[] = clusters
    .filter((c) => mentioned.has(c.id))
    .map((c) => {
      const aliases = new Set(c.forms);
      for (const s of statements) {
        if (s.speaker === c.name && s.speaker_text && /^(the|The)\s/.test(s.speaker_text) && text.includes(s.speaker_text)) aliases.add(s.speaker_text);
      }
      aliases.delete(c.name);
      return { name: c.name, aliases: [...aliases], roles: c.roles };
    });

  // states, in order of first mention; "the Accra agreement", "the Beijing agreement": a capital naming a treaty after
  // the city where it was made is no mention of the government (the mention stays, for the treaty's place).
  // A state's ministry names the state ("the State Department said", "the Foreign Office"), as its demonym before
  // "Foreign Ministry" does.
  // ("Pakistan's Foreign Office", "the German Foreign Office": another state's ministry of that name.)
  // (Looked up only for a ministry's mention, which few articles have.)
  const ownedByOther = (m: Mention) => {
    const possessor = /(['’]s?)?\s+$/.exec(text.slice(Math.max(0, m.start - 4), m.start));
    if (!possessor) return false;
    const owner = mentions.within(m.start - possessor[0].length - 60, m.start).find((o) => o.type === "State" && o.end === m.start - possessor[0].length);
    return owner?.iso !== undefined && owner.iso !== m.iso;
  };
  const ministryOfState = (m: Mention) => m.type === "Organization" && m.iso !== undefined && ORGS.get(m.name)?.kind === "MINISTRY" && !ownedByOther(m);
  const states = unique(mentions.all
    .filter((m) => (m.type === "State" && !(m.form === "capital" && CITY_TREATY_RE.test(text.slice(m.end, m.end + 48)))) || ministryOfState(m))
    .map((m) => (m.type === "State" ? m.name : STATES.get(m.iso ?? "")?.name ?? m.name)));

  // blocs and other organisations
  const blocs: string[] = [];
  const organizations: ExtractedOrganization[] = [];
  const orgSeen = new Map<string, ExtractedOrganization>();
  for (const m of mentions.all) {
    if (m.type !== "Organization") continue;
    const entry = ORGS.get(m.name);
    const surface = text.slice(m.start, m.end);
    if (entry?.kind === "BLOC") {
      if (!blocs.includes(m.name)) blocs.push(m.name);
      continue;
    }
    const org = orgSeen.get(m.name) ?? { name: m.name, aliases: [], kind: entry?.kind ?? "OTHER" };
    if (surface !== m.name && !org.aliases.includes(surface)) org.aliases.push(surface);
    if (!orgSeen.has(m.name)) {
      orgSeen.set(m.name, org);
      organizations.push(org);
    }
  }
  for (const s of statements) {
    if (s.speaker_kind !== "organization" || !s.speaker || orgSeen.has(s.speaker) || blocs.includes(s.speaker)) continue;
    if (STATE_BY_NAME.has(s.speaker)) continue;
    const kind: OrganizationKind = /ministry|department/i.test(s.speaker) ? "MINISTRY" : "OTHER";
    const org = { name: s.speaker, aliases: [], kind };
    orgSeen.set(s.speaker, org);
    organizations.push(org);
  }

  // treaties with the members the article presents (same paragraph, and a party by the gazetteer)
  const treaties: ExtractedTreaty[] = [];
  const byName = new Map<string, ExtractedTreaty>();
  const nameForms = new Map<string, string[]>();
  const writtenNames = new Map<string, string[]>();
  const datedBy = new Map<string, number>(); // treaty -> the year the article dates it by ("the 1979 treaty")
  const writtenAs = new Map<string, string>(); // treaty named from its parties -> the article's words for it
  for (const m of mentions.all) {
    if (m.type !== "Treaty") continue;
    const entry = TREATIES.get(m.name);
    let t = byName.get(m.name);
    if (!t) {
      t = { name: m.name, aliases: [], members_mentioned: [], kind: entry?.kind ?? m.kind ?? "AGREEMENT" };
      byName.set(m.name, t);
      treaties.push(t);
    }
    const surface = text.slice(m.start, m.end);
    // "a 1951 Mutual Defense Treaty": the indefinite article is part of the form the article writes.
    const indefinite = /(?:^|[^\p{L}])((?:an?|An?)\s+(?:(?:18|19|20)\d\d\s+)?)$/u.exec(text.slice(Math.max(0, m.start - 8), m.start))?.[1];
    const withArticle = indefinite && m.form !== "pronoun" && m.form !== "anaphor" ? [`${indefinite}${surface}`] : [];
    // "it" and "such an agreement" refer to the treaty; they are no names of it.
    if (m.form !== "pronoun" && !/^such\s/i.test(surface)) for (const f of [surface, ...(m.aliases ?? []), ...withArticle]) if (f !== m.name && !t.aliases.includes(f)) t.aliases.push(f);
    if (m.written && !writtenAs.has(m.name)) writtenAs.set(m.name, m.written);
    const y = m.year ?? entry?.year;
    // "a 1997 agreement with Moscow", "a peace treaty with Israel in 1979": an indefinite description dated in its
    // words or by the "in YEAR" that closes its phrase.
    const datedAfter = y !== undefined && cachedRegExp(`^[^.;!?"“”]{0,40}?\\bin\\s+${y}\\b`).test(text.slice(m.end, m.end + 60));
    if (y !== undefined && !datedBy.has(m.name) && (cachedRegExp(`\\b${y}\\b`).test(surface) || datedAfter) && /^an?\s/i.test(surface)) datedBy.set(m.name, y);
    if (m.form === "name" && entry) {
      const forms = nameForms.get(m.name) ?? [];
      forms.push(surface.replace(/^(?:19|20)\d\d\s+/, ""));
      nameForms.set(m.name, forms);
      const raw = writtenNames.get(m.name) ?? [];
      // "the 2015 Algiers peace agreement": the year the article writes before the name stays with it.
      const yearBefore = /\b(?:19|20)\d\d\s+$/.exec(text.slice(Math.max(0, m.start - 5), m.start))?.[0] ?? "";
      raw.push(`${yearBefore}${surface.replace(/^(?:the|The)\s+/, "")}`);
      writtenNames.set(m.name, raw);
    }
    for (const iso of m.members ?? []) {
      const name = STATES.get(iso)?.name;
      if (name && !t.members_mentioned.includes(name)) t.members_mentioned.push(name);
    }
    const para = paras[paragraphOf(m.start)];
    if (!para) continue;
    const scope = m.form === "descriptor" ? m : para;
    for (const s of mentions.within(scope.start, scope.end)) {
      if (s.type !== "State") continue;
      const iso = s.iso ?? STATE_BY_NAME.get(s.name);
      const isMember = entry ? entry.members.includes(iso ?? "") : m.form === "descriptor";
      if (isMember && !t.members_mentioned.includes(s.name)) t.members_mentioned.push(s.name);
    }
  }

  // A known treaty is listed under the fullest other full name the article writes for it ("Open Skies Treaty" for
  // the Treaty on Open Skies), or under its name with the year written before it ("1936 Montreux Convention"),
  // unless the article also writes the gazetteer's own name; the ingest files it under the gazetteer's name either
  // way. Acronyms, shortened forms ("Union State") and forms opening in lower case ("nuclear Non-Proliferation
  // Treaty") keep the gazetteer's name, as a surname gives the person's full name. An entry marked "asWritten" takes
  // any form the article writes with a capital ("UNCAC", "2015 Algiers peace agreement").
  // An organisation or union keeps the gazetteer's name for its year-dated forms too; the full name with its
  // coordinated parties in another order ("Union State of Belarus and Russia") is the same name.
  // "UN Charter", "U.N. Charter": an organisation's acronym before the name shortens it.
  const ACRONYM_AND_HEAD_RE = /^(?:(?:[A-Z]{2,}|(?:[A-Z]\.)+)\s+\p{L}\p{Ll}+$|(?:UN|U\.N\.)\s)/u;
  // A name has its head noun: "Conventional Forces in Europe" (before "treaty") is a short form.
  const NAME_HEAD_RE = /\b(?:Treaty|Agreement|Agreements|Convention|Accord|Accords|Pact|Charter|Protocol|Act|Declaration|Memorandum|Statute|Framework|Plan|Partnership|Alliance|Organi[sz]ation|Union|Community|Statement|Deal|Initiative|Arrangement|Understanding|Constitution|Code)\b/i;
  const display = new Map<string, string>();
  const rename = (t: ExtractedTreaty, name: string) => {
    display.set(t.name, name);
    t.aliases = t.aliases.filter((a) => a !== name);
    if (!t.aliases.includes(t.name)) t.aliases.push(t.name);
    t.name = name;
  };
  for (const t of treaties) {
    const entry = TREATIES.get(t.name);
    const body = entry?.kind === "ORGANIZATION" || entry?.kind === "UNION";
    const bare = t.name.replace(/\s*\(\D*\d{4}\)$/, "");
    if (entry && (!body || entry.asWritten)) {
      const fullName = (f: string) => {
        const g = f.replace(/^(?:19|20)\d\d\s+/, "");
        return (/\p{Ll}/u.test(g) && /^\p{Lu}/u.test(g) && g.split(/\s+/).length >= 2 && !ACRONYM_AND_HEAD_RE.test(g) && NAME_HEAD_RE.test(g)
          // ("the 1997 Founding Act": with its year, too, a shortened form keeps the gazetteer's name.)
          && (g !== f ? g.toLowerCase() === t.name.toLowerCase() || !t.name.toLowerCase().includes(g.toLowerCase())
            : !t.name.toLowerCase().includes(g.toLowerCase()) && wordBag(g) !== wordBag(t.name)));
      };
      const all = writtenNames.get(t.name) ?? [];
      const capitalised = all.filter((f) => /^[\p{Lu}\d]/u.test(f) && (entry.asWritten || fullName(f)));
      // ("the phase one trade agreement": an entry listed as written that the article writes only in lower case is
      // listed under that form.)
      const written = capitalised.length || !entry.asWritten ? capitalised
        : all.filter((f) => NAME_HEAD_RE.test(f) && f.split(/\s+/).length >= 3).map((f) => `${f.charAt(0).toUpperCase()}${f.slice(1)}`);
      const writesCanonical = !entry.asWritten && all.some((f) => nameKey(f) === nameKey(t.name) || nameKey(f) === nameKey(bare));
      const fullest = [...written].sort((x, y) => y.length - x.length)[0];
      if (fullest && !writesCanonical && fullest !== t.name) rename(t, fullest);
      continue;
    }
    const forms = nameForms.get(t.name);
    if (!forms || forms.some((f) => nameKey(f) === nameKey(t.name) || nameKey(f) === nameKey(bare))) continue;
    const canonical = t.name.toLowerCase();
    const full = forms
      .filter((f) => /\p{Ll}/u.test(f) && /^\p{Lu}/u.test(f) && f.split(/\s+/).length >= 2 && !canonical.includes(f.toLowerCase()) && wordBag(f) !== wordBag(t.name)
        && !ACRONYM_AND_HEAD_RE.test(f) && NAME_HEAD_RE.test(f)
        // "North Atlantic alliance": an organisation's name ends in a capitalised word; in lower case it is described.
        && /\s\p{Lu}[\p{L}-]*$/u.test(f))
      .sort((x, y) => y.length - x.length)[0];
    if (full) rename(t, full);
  }
  // A known treaty the article never names but introduces by an indefinite dated description ("a 1997 agreement
  // with Moscow") is listed with that year, "NATO–Russia Founding Act (1997)", as the dev gold names it; one it
  // refers to by a definite description ("the 2015 nuclear deal") keeps its canonical name, as GUIDELINES has it
  // for the JCPOA; a named one keeps its name, and descriptions ("the 2017 agreement on ...") are listed under the
  // article's own dated words.
  for (const [key, t] of byName) {
    const y = datedBy.get(key);
    if (y === undefined || !TREATIES.get(key) || TREATIES.get(key)?.asWritten || t.kind === "ORGANIZATION" || t.kind === "UNION" || nameForms.has(key)) continue;
    if (/\(\D*\d{4}\)$/.test(t.name)) continue;
    const bare = t.name.replace(cachedRegExp(`\\s*\\b${y}\\b\\s*`), " ").trim();
    const dated = `${bare.charAt(0).toUpperCase()}${bare.slice(1)} (${y})`;
    if (text.includes(t.name) && !t.aliases.includes(t.name)) t.aliases.push(t.name);
    display.set(key, dated);
    t.name = dated;
  }
  // A known bilateral treaty is listed under the fullest form the article writes for it without a "between A and B"
  // clause ("Treaty on Comprehensive Strategic Partnership", "the 1960 security treaty with Washington", "a 1951
  // mutual defense treaty"): its formal title ("... between the United States and Japan") is written in no fixed order
  // or wording, while the article's words are how its readers know the treaty. The title stays an alias, and the key
  // the ingest resolves. (Treaties with a title of their own, "New START", the JCPOA, keep it.)
  for (const [key, t] of byName) {
    const entry = TREATIES.get(key);
    if (!entry || entry.asWritten || t.kind === "ORGANIZATION" || t.kind === "UNION" || !/\sbetween\s/.test(entry.name)) continue;
    const fullest = t.aliases.filter(ownForm).sort((x, y) => y.length - x.length)[0];
    if (!fullest) continue;
    const bare = fullest.replace(/^(?:the)\s+/i, "");
    const named = `${bare.charAt(0).toUpperCase()}${bare.slice(1)}`;
    if (!t.aliases.includes(t.name)) t.aliases.push(t.name);
    display.set(key, named);
    t.name = named;
  }
  // A described treaty is listed under its fullest description: where the article extends the phrase its name
  // comes from by an identifying tail ("the intergovernmental agreement signed by A and B in May 2023"), the
  // name carries the tail, as a reader would name the instrument. A core with a proper modifier ("the Sochi
  // memorandum agreed by the two countries in ...") is already a name and stays one.
  for (const [key, t] of byName) {
    if (TREATIES.get(key) || display.has(key) || properCore(t.name, text)) continue;
    // "A 1990 treaty": the indefinite article the name opens with stays in front of the fuller form.
    // ("signed a double taxation convention in 2011": a date the verb before gave is no part of the description.)
    const article = /^(?:A|An)\s+/.exec(t.name)?.[0] ?? "";
    const head = t.name.slice(article.length).toLowerCase();
    const fuller = t.aliases
      .map((a) => a.replace(/^(?:the|a|an)\s+/i, ""))
      .filter((a) => a.toLowerCase().startsWith(`${head} `) && !bareDateAfterHead(head, a.slice(head.length)))
      .sort((x, y) => y.length - x.length)[0];
    if (!fuller) continue;
    const name = article ? `${article}${fuller}` : `${t.name.charAt(0)}${fuller.slice(1)}`;
    display.set(key, name);
    if (text.includes(t.name) && !t.aliases.includes(t.name)) t.aliases.push(t.name);
    if (article && !t.aliases.includes(fuller)) t.aliases.push(fuller);
    t.name = name;
  }
  const merged = mergeTreatyVariants(treaties, text);
  // A treaty named from its parties is listed under the article's words for it, in their fullest form ("An
  // intergovernmental agreement signed in Moscow in February 2009"); its parties stay in its members.
  const rewritten = new Map<string, string>();
  for (const t of treaties) {
    const written = writtenAs.get(t.name);
    if (!written) continue;
    const lower = written.toLowerCase();
    const fullest = t.aliases.filter((a) => (a.toLowerCase() === lower || a.toLowerCase().startsWith(`${lower} `)) && !bareDateAfterHead(lower, a.slice(lower.length)))
      .sort((x, y) => y.length - x.length)[0];
    const name = fullest ? `${written}${fullest.slice(written.length)}` : written;
    if (treaties.some((o) => o !== t && o.name === name)) continue;
    if (!t.aliases.includes(t.name) && text.includes(t.name)) t.aliases.push(t.name);
    t.aliases = t.aliases.filter((a) => a !== name);
    rewritten.set(t.name, name);
    t.name = name;
  }
  const final = (n: string) => { const d = display.get(n) ?? n; const k = merged.get(d) ?? d; return rewritten.get(k) ?? k; };
  if (display.size || merged.size || rewritten.size) {
    for (const s of statements) s.about_treaties = [...new Set(s.about_treaties.map(final))];
    for (const m of out) if (m.type === "Treaty") m.name = final(m.name);
  }
  // Forms with the clause that says which treaty it is join its aliases only now, so that no name is made from them:
  // a described treaty's, and those of a dated or modified reference to one ("the 1990 treaty in which ...").
  for (const m of mentions.all) {
    if (m.type !== "Treaty") continue;
    const surface = text.slice(m.start, m.end);
    const forms = [...(m.clauseForms ?? ((m.form === "descriptor" || m.form === "anaphor") && DATED_OR_MODIFIED_RE.test(surface) ? clauseFormsOf(text, m.start, m.end) : []))];
    // "the African Union's 2014 Malabo Protocol", "the EU's 2014 Economic Partnership Agreement with the East African
    // Community": a name with its owner's possessive before it, and with its partner after it.
    // "its own treaty", "their 2000 free trade agreement": a reference with the pronoun that owns it.
    const pronoun = m.form !== "name" ? /(?:^|\s)((?:its|their)\s+)$/.exec(text.slice(Math.max(0, m.start - 8), m.start))?.[1] : undefined;
    if (pronoun) forms.push(`${pronoun}${surface}`);
    if (m.form === "name") {
      const owner = OWNER_BEFORE_RE.exec(text.slice(Math.max(0, m.start - 60), m.start))?.[0] ?? "";
      const partner = PARTNER_AFTER_RE.exec(text.slice(m.end, m.end + 60))?.[0] ?? "";
      if (owner) forms.push(`${owner}${surface}`);
      if (partner) forms.push(`${owner}${surface}${partner}`);
    }
    if (!forms.length) continue;
    const t = treaties.find((x) => x.name === final(m.name));
    if (t) for (const f of forms) if (f !== t.name && !t.aliases.includes(f)) t.aliases.push(f);
  }
  // "a host nation support memorandum with NATO", "the comprehensive strategic partnership treaty between Iran and
  // Russia": the description without its parties is a form of it too.
  for (const t of treaties) {
    for (const a of [...t.aliases]) {
      const bare = WITHOUT_PARTIES_RE.exec(a)?.[1];
      if (bare && bare !== t.name && !t.aliases.includes(bare)) t.aliases.push(bare);
    }
  }

  return { title, persons, states, blocs, treaties, organizations, statements, mentions: out };
}

// A treaty's head noun ("the 1953 mutual defense treaty", "Treaty on Comprehensive Strategic Partnership").
const TREATY_HEAD_RE = /\b(?:treaty|treaties|agreement|agreements|accord|accords|pact|convention|deal|charter|protocol|declaration)\b/i;
// Words that say nothing of which treaty it is ("the new treaty", "the original agreement").
const EMPTY_MODIFIERS = new Set(["new", "same", "original", "current", "existing", "landmark", "historic", "bilateral", "so-called", "whole", "entire", "old", "previous"]);

/** A form the article writes for a treaty that says which one it is, without a "between A and B" clause. */
function ownForm(form: string): boolean {
  if (!TREATY_HEAD_RE.test(form) || /\sbetween\s/i.test(form)) return false;
  const words = form.replace(/^(?:the|a|an|this|that|its|their)\s+/i, "").split(/\s+/);
  return words.length >= 2 && words.some((w) => !TREATY_HEAD_RE.test(w) && !EMPTY_MODIFIERS.has(w.toLowerCase()));
}

const OWNER_BEFORE_RE = /(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,4}['’]s\s+(?:(?:18|19|20)\d\d\s+)?$/u;
const PARTNER_AFTER_RE = /^\s+with\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,5}/u;
// A reference that says more than its noun: a year or two words before it ("the 2011 agreement", "the 1990 treaty").
const DATED_OR_MODIFIED_RE = /^(?:(?:the|a|an|this|that|its|their)\s+)?(?:(?:18|19|20)\d\d\s+|[\p{L}-]+\s+[\p{L}-]+\s+)\p{L}/u;
// A description of two or more words up to its treaty noun, then its parties.
const WITHOUT_PARTIES_RE = /^((?:(?:the|a|an)\s+)?[\p{L}\d'’-]+(?:\s+[\p{L}\d'’-]+){0,5}?\s+(?:treaty|agreement|accord|pact|deal|memorandum|convention|protocol))\s+(?:between|with)\s+\S/u;
const BARE_DATE_TAIL_RE = /^\s+in\s+(?:\p{Lu}\p{Ll}+\s+)?(?:18|19|20)\d\d$/u;
/** "a double taxation convention" + " in 2011": a date right after the noun (not after "signed with Manama"). */
function bareDateAfterHead(written: string, tail: string): boolean {
  return BARE_DATE_TAIL_RE.test(tail) && !/\b(?:with|between|by|signed|concluded|agreed|reached)\b/i.test(written);
}
/** "Sochi memorandum", written so after a lower-case word ("the Sochi memorandum"): a proper word and the head. */
function properCore(name: string, text: string): boolean {
  return /^\p{Lu}[\p{L}-]*\s+\p{Ll}+$/u.test(name) && cachedRegExp(`\\b\\p{Ll}+\\s+${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "u").test(text);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** The words of a name, lower-cased and sorted: the same for the name with its parts in another order. */
function wordBag(name: string): string {
  return name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).sort().join(" ");
}
