// Resolve stage: (ParsedArticle, Extraction) -> GraphRows. Names become stable ids (Person/Treaty/
// Organization: slug of the canonical name; State: ISO 3166-1 alpha-2; Statement: "<article id>:<start>-<end>"),
// aliases of one real-world entity meet on one node, and every entity the article contributes anything to
// gets a MENTIONS row (the retraction of a changed or deleted article relies on that). Pure: the nodes
// that earlier articles created reach it through `existing`, which the pipeline fills from the database.
import { nameKey, slug } from "../../names.js";
import type { Extraction, ExtractedStatement, OrganizationKind, ParsedArticle, TreatyKind } from "../types.js";
import { lookupSpeakingState, lookupState, type StateInfo } from "./countries.js";
import { lookupKnownEntity } from "./known-entities.js";
import type { EntityLabel, EntityRef, EntityRow, GraphRows, OrganizationRow, StateRow, StatementEdgeRow, StatementRow, TreatyRow } from "./rows.js";

/** Ids of existing nodes with that label whose `keys` hold `key` (empty when none). */
export type ExistingLookup = (label: Exclude<EntityLabel, "State">, key: string) => string[];

export interface ResolveOptions {
  extractor: string;
  contentHash: string;
  existing?: ExistingLookup;
}

// Keys that name a role or a kind of thing rather than one entity; as aliases they would join strangers.
const GENERIC_KEYS = new Set([
  ...["he", "she", "they", "him", "her", "it", "we", "i", "you"],
  ...["president", "prime minister", "minister", "foreign minister", "defence minister", "defense minister", "chancellor", "leader", "head of state"],
  ...["spokesman", "spokeswoman", "spokesperson", "official", "officials", "secretary general", "king", "queen", "premier", "ambassador"],
  ...["treaty", "agreement", "alliance", "bloc", "union", "organization", "organisation", "pact", "accord", "deal", "convention", "charter"],
  ...["country", "state", "republic", "kingdom", "government", "ministry", "agency", "federation", "council", "commission", "parliament"],
]);

// "Ceasefire", "Truce agreement": the extractor's name for an unnamed ceasefire the article speaks of. It says what
// kind of thing it is, not which one, so the treaty stays the article's own: never joined to another article's node,
// and as an alias it joins nothing.
const ARTICLE_LOCAL_TREATY_RE = /^(?:ceasefire|truce)(?: (?:agreement|deal|accord|arrangement|understanding))?$/;
const isArticleLocalTreaty = (name: string) => ARTICLE_LOCAL_TREATY_RE.test(nameKey(name));

const isUsefulName = (name: string) => {
  const key = nameKey(name);
  return key !== "" && !GENERIC_KEYS.has(key) && !ARTICLE_LOCAL_TREATY_RE.test(key);
};
const isUsefulTreatyName = (name: string) => isUsefulName(name) || isArticleLocalTreaty(name);

class EntityTable<R extends EntityRow> {
  readonly rows = new Map<string, R>();
  /** Article-local: nameKey of every name and alias -> id, canonical names taking precedence over aliases. */
  private readonly byKey = new Map<string, string>();
  private readonly canonicalKeys = new Set<string>();

  constructor(readonly label: EntityLabel) {}

  find(name: string): string | undefined {
    return this.byKey.get(nameKey(name));
  }

  add(id: string, name: string, aliases: string[], extra: Omit<R, keyof EntityRow>): R {
    let row = this.rows.get(id);
    if (!row) {
      row = { id, name, aliases: [], keys: [], ...extra } as unknown as R;
      this.rows.set(id, row);
    }
    const nameKeyOf = nameKey(row.name);
    for (const candidate of [name, ...aliases]) {
      const alias = candidate.replace(/\s+/g, " ").trim();
      const key = nameKey(alias);
      if (!isUsefulName(alias)) continue;
      if (key !== nameKeyOf && !row.aliases.some((a) => nameKey(a) === key)) row.aliases.push(alias);
    }
    row.keys = [...new Set([nameKeyOf, ...row.aliases.map(nameKey)])].filter(Boolean);
    const canonical = nameKey(name);
    this.byKey.set(canonical, id);
    this.canonicalKeys.add(canonical);
    for (const key of row.keys) if (!this.canonicalKeys.has(key) && !this.byKey.has(key)) this.byKey.set(key, id);
    return row;
  }
}

function treatyKindFor(name: string, given: TreatyKind | undefined): TreatyKind {
  if (given) return given;
  if (/\bunion state\b/i.test(name)) return "UNION";
  if (/organi[sz]ation|alliance|\bNATO\b|\bCSTO\b/i.test(name)) return "ORGANIZATION";
  if (/agreement|accord|deal|memorandum/i.test(name)) return "AGREEMENT";
  return "TREATY";
}

/** Only integers that lie inside the text and delimit the quote (or can be re-found) make a statement span. */
function statementSpan(text: string, s: ExtractedStatement): { start: number; end: number; warning?: string } | undefined {
  const valid = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= text.length;
  if (valid && text.slice(s.start, s.end) === s.quote) return { start: s.start, end: s.end };
  const found = s.quote ? text.indexOf(s.quote) : -1;
  if (found >= 0) return { start: found, end: found + s.quote.length, warning: `statement span ${s.start}-${s.end} did not hold its quote; used ${found}-${found + s.quote.length}` };
  if (valid) return { start: s.start, end: s.end, warning: `statement quote is not at ${s.start}-${s.end} nor elsewhere in the text; kept the span` };
  return undefined;
}

export function resolveExtraction(article: ParsedArticle, extraction: Extraction, options: ResolveOptions): GraphRows {
  const existing: ExistingLookup = options.existing ?? (() => []);
  const warnings: string[] = [];
  const persons = new EntityTable<EntityRow>("Person");
  const states = new EntityTable<StateRow>("State");
  const treaties = new EntityTable<TreatyRow>("Treaty");
  const organizations = new EntityTable<OrganizationRow>("Organization");
  const mentionCounts = new Map<string, { ref: EntityRef; count: number }>();

  /** One existing node holding one of these keys, else undefined (none, or ambiguous). */
  const existingId = (label: Exclude<EntityLabel, "State">, names: string[]): string | undefined => {
    const ids = new Set<string>();
    for (const name of names) if (isUsefulName(name)) for (const id of existing(label, nameKey(name))) ids.add(id);
    return ids.size === 1 ? [...ids][0] : undefined;
  };

  const addPerson = (name: string, aliases: string[]): string => {
    const local = persons.find(name);
    // A person is joined to an existing node by the canonical name only: "Putin" finds vladimir-putin,
    // while a shared surname alias ("Bush") must not merge two people.
    const id = local ?? existingId("Person", [name]) ?? slug(name);
    persons.add(id, name, aliases, {});
    return id;
  };

  const addState = (name: string, context: string, lookup: (name: string) => StateInfo | undefined = lookupState): string | undefined => {
    const info = lookup(name);
    if (!info) {
      warnings.push(`"${name}" (${context}) is not a state with an ISO 3166 code; left out`);
      return undefined;
    }
    // The State's name is always the ISO data's common name; the article's wording joins the aliases unless it
    // is a metonym ("Moscow" speaks for Russia but is not one of its names).
    const wording = lookup === lookupState || lookupState(name) ? [name] : [];
    states.add(info.iso2, info.name, [...info.aliases, ...wording], { iso3: info.iso3 });
    return info.iso2;
  };

  const canonical = (name: string, aliases: string[]) => {
    const known = lookupKnownEntity(name) ?? aliases.map(lookupKnownEntity).find(Boolean);
    return known ? { name: known.name, aliases: [name, ...aliases, ...known.aliases] } : { name, aliases };
  };

  const addTreaty = (rawName: string, rawAliases: string[], kind: TreatyKind | undefined): string => {
    const { name, aliases } = canonical(rawName, rawAliases);
    const id = treaties.find(name)
      ?? (isArticleLocalTreaty(name) ? `${slug(name)}@${article.id}` : existingId("Treaty", [name, ...aliases]) ?? slug(name));
    treaties.add(id, name, aliases, { kind: treatyKindFor(name, kind) });
    return id;
  };

  const addOrganization = (rawName: string, rawAliases: string[], kind: OrganizationKind): string => {
    const { name, aliases } = canonical(rawName, rawAliases);
    const id = organizations.find(name) ?? existingId("Organization", [name, ...aliases]) ?? slug(name);
    organizations.add(id, name, aliases, { kind });
    return id;
  };

  /** A treaty-or-organisation name as statements use it: the article's own lists first, then a new Treaty. */
  const refTreatyLike = (name: string): EntityRef => {
    const canonicalName = canonical(name, []).name;
    const treaty = treaties.find(name) ?? treaties.find(canonicalName);
    if (treaty) return { label: "Treaty", id: treaty };
    const org = organizations.find(name) ?? organizations.find(canonicalName);
    if (org) return { label: "Organization", id: org };
    return { label: "Treaty", id: addTreaty(name, [], undefined) };
  };

  const refOrganizationLike = (name: string): EntityRef => {
    const canonicalName = canonical(name, []).name;
    const org = organizations.find(name) ?? organizations.find(canonicalName);
    if (org) return { label: "Organization", id: org };
    const treaty = treaties.find(name) ?? treaties.find(canonicalName);
    if (treaty) return { label: "Treaty", id: treaty };
    return { label: "Organization", id: addOrganization(name, [], "OTHER") };
  };

  const refPerson = (name: string): EntityRef => ({ label: "Person", id: persons.find(name) ?? addPerson(name, []) });

  // 1. The entity lists.
  for (const p of extraction.persons) if (isUsefulName(p.name)) addPerson(p.name, p.aliases);
  for (const s of extraction.states) addState(s, "states");
  for (const t of extraction.treaties) if (isUsefulTreatyName(t.name)) addTreaty(t.name, t.aliases, t.kind);
  for (const b of extraction.blocs) if (isUsefulName(b)) addOrganization(b, [], "BLOC");
  for (const o of extraction.organizations ?? []) if (isUsefulName(o.name)) addOrganization(o.name, o.aliases, o.kind);

  // 2. Offices and memberships.
  const holdsOffice = new Map<string, { personId: string; stateId: string; title: string }>();
  for (const p of extraction.persons) {
    if (!isUsefulName(p.name)) continue;
    const personId = refPerson(p.name).id;
    for (const role of p.roles) {
      const title = role.title.replace(/\s+/g, " ").trim();
      if (!role.state || !title) continue;
      const stateId = addState(role.state, `office of ${p.name}`);
      if (stateId) holdsOffice.set(`${personId}|${stateId}|${title}`, { personId, stateId, title });
    }
  }
  const partyTo = new Map<string, { stateId: string; treatyId: string }>();
  for (const t of extraction.treaties) {
    if (!isUsefulTreatyName(t.name)) continue;
    const treatyId = treaties.find(t.name) ?? addTreaty(t.name, t.aliases, t.kind);
    for (const member of t.members_mentioned) {
      const stateId = addState(member, `member of ${t.name}`);
      if (stateId) partyTo.set(`${stateId}|${treatyId}`, { stateId, treatyId });
    }
  }

  // 3. Statements, their speakers and subjects.
  const statements = new Map<string, StatementRow>();
  const said = new Map<string, StatementEdgeRow>();
  const about = new Map<string, StatementEdgeRow>();
  const speakerRef = (s: ExtractedStatement): EntityRef | undefined => {
    const name = s.speaker?.trim();
    if (!name || s.speaker_kind === "unnamed" || !isUsefulName(name)) return undefined;
    if (s.speaker_kind === "person") return refPerson(name);
    if (s.speaker_kind === "state") {
      // "Moscow said": the capital stands for Russia; the wording stays in speakerText.
      const id = addState(name, "speaker", lookupSpeakingState);
      return id ? { label: "State", id } : undefined;
    }
    if (s.speaker_kind === "organization") {
      const ref = refOrganizationLike(name);
      // SAID comes from Person, State or Organization only; a treaty organisation as speaker stays speakerText.
      return ref.label === "Organization" ? ref : undefined;
    }
    // Kind not given: the article's own lists decide.
    const person = persons.find(name);
    if (person) return { label: "Person", id: person };
    const org = organizations.find(name);
    if (org) return { label: "Organization", id: org };
    const state = lookupState(name) ? addState(name, "speaker") : undefined;
    return state ? { label: "State", id: state } : undefined;
  };
  for (const s of extraction.statements) {
    const span = statementSpan(article.text, s);
    if (!span) {
      warnings.push(`statement "${s.quote.slice(0, 40)}" has no valid span; left out`);
      continue;
    }
    if (span.warning) warnings.push(span.warning);
    const id = `${article.id}:${span.start}-${span.end}`;
    if (statements.has(id)) continue;
    statements.set(id, {
      id,
      text: article.text.slice(span.start, span.end) === s.quote ? s.quote : s.quote || article.text.slice(span.start, span.end),
      direct: s.direct,
      start: span.start,
      end: span.end,
      speakerText: s.speaker_text?.trim() || s.speaker?.trim() || null,
    });
    const speaker = speakerRef(s);
    if (speaker) said.set(id, { statementId: id, ...speaker });
    const subjects: EntityRef[] = [
      ...s.about_treaties.filter(isUsefulTreatyName).map(refTreatyLike),
      ...s.about_states.flatMap((n) => {
        const stateId = addState(n, "statement subject");
        return stateId ? [{ label: "State" as const, id: stateId }] : [];
      }),
      ...s.about_persons.filter(isUsefulName).map(refPerson),
    ];
    for (const ref of subjects) about.set(`${id}|${ref.label}|${ref.id}`, { statementId: id, ...ref });
  }

  // 4. Mentions: counted from the extractor's mention list, and at least one for every entity the article touches.
  for (const m of extraction.mentions) {
    if (!(m.type === "Treaty" ? isUsefulTreatyName(m.name) : isUsefulName(m.name))) continue;
    let ref: EntityRef | undefined;
    if (m.type === "Person") ref = refPerson(m.name);
    else if (m.type === "State") {
      const id = lookupState(m.name) ? addState(m.name, "mention") : undefined;
      ref = id ? { label: "State", id } : undefined;
    } else if (m.type === "Treaty") ref = refTreatyLike(m.name);
    else ref = refOrganizationLike(m.name);
    if (!ref) continue;
    const key = `${ref.label}|${ref.id}`;
    const entry = mentionCounts.get(key) ?? { ref, count: 0 };
    entry.count++;
    mentionCounts.set(key, entry);
  }
  const mentions = [persons, states, treaties, organizations].flatMap((table) =>
    [...table.rows.keys()].map((id) => ({ label: table.label, id, count: Math.max(1, mentionCounts.get(`${table.label}|${id}`)?.count ?? 0) })),
  );

  return {
    article: {
      id: article.id,
      title: article.title,
      text: article.text,
      source: article.source,
      url: article.url,
      publishedAt: article.publishedAt,
      tags: article.tags,
      contentHash: options.contentHash,
      extractor: options.extractor,
    },
    persons: [...persons.rows.values()],
    states: [...states.rows.values()],
    treaties: [...treaties.rows.values()],
    organizations: [...organizations.rows.values()],
    mentions,
    statements: [...statements.values()],
    said: [...said.values()],
    about: [...about.values()],
    holdsOffice: [...holdsOffice.values()],
    partyTo: [...partyTo.values()],
    warnings: [...new Set(warnings)],
  };
}

/** The (label, key) pairs resolution will ask `existing` about, so the pipeline can fetch them in one query. */
export function existingLookups(article: ParsedArticle, extraction: Extraction): Record<"Person" | "Treaty" | "Organization", string[]> {
  const asked = { Person: new Set<string>(), Treaty: new Set<string>(), Organization: new Set<string>() };
  resolveExtraction(article, extraction, {
    extractor: "",
    contentHash: "",
    existing: (label, key) => {
      asked[label].add(key);
      return [];
    },
  });
  return { Person: [...asked.Person], Treaty: [...asked.Treaty], Organization: [...asked.Organization] };
}
