// A hand-built graph that follows DESIGN.md's model exactly (labels, keys, properties, relationship types and
// directions), for API tests that must not depend on the extractor's quality: the seed article about
// Lukashenko and the CSTO, plus optional bulk statements for the batching test. Written with parameters only.
import { readFileSync } from "node:fs";
import { nameKey } from "../../src/names.js";
import type { CypherExecutor } from "../../src/neo4j/executor.js";

const SEED_FILE = new URL("../../../shared/corpus/dev/000_seed.txt", import.meta.url);

const keysOf = (name: string, aliases: string[]) => [...new Set([name, ...aliases].map(nameKey).filter(Boolean))];
const entity = (id: string, name: string, aliases: string[], extra: Record<string, unknown> = {}) => ({ id, name, aliases, keys: keysOf(name, aliases), ...extra });

export const SEED_ARTICLE_ID = "https://example.org/belta/lukashenko-putin-security";

export const PERSONS = [
  entity("alexander-lukashenko", "Alexander Lukashenko", ["Lukashenko", "the President of Belarus", "the Belarusian President"]),
  entity("vladimir-putin", "Vladimir Putin", ["Putin", "the Russian President"]),
];
export const STATES = [
  entity("RU", "Russia", ["Russian Federation"], { iso3: "RUS" }),
  entity("BY", "Belarus", ["Republic of Belarus"], { iso3: "BLR" }),
  entity("AM", "Armenia", [], { iso3: "ARM" }),
  entity("KZ", "Kazakhstan", [], { iso3: "KAZ" }),
  entity("KG", "Kyrgyzstan", [], { iso3: "KGZ" }),
  entity("TJ", "Tajikistan", [], { iso3: "TJK" }),
  entity("US", "United States", ["United States of America", "U.S."], { iso3: "USA" }),
];
export const TREATIES = [
  entity("collective-security-treaty-organization", "Collective Security Treaty Organization", ["CSTO", "CSTO alliance"], { kind: "ORGANIZATION" }),
  entity("union-state-of-russia-and-belarus", "Union State of Russia and Belarus", ["Union State"], { kind: "UNION" }),
];
export const ORGANIZATIONS = [entity("european-union", "European Union", ["EU"], { kind: "BLOC" })];
export const CSTO_MEMBERS = ["RU", "AM", "BY", "KZ", "KG", "TJ"];

interface StatementSpec {
  quote: string;
  direct: boolean;
  speakerText: string;
  aboutTreaties: string[];
  aboutStates: string[];
  aboutPersons: string[];
}

const SEED_STATEMENTS: StatementSpec[] = [
  {
    quote: "At the first request, Russia will provide comprehensive assistance to ensure the security of Belarus in case of external military threats",
    direct: false,
    speakerText: "the President of Belarus Alexander Lukashenko",
    aboutTreaties: [],
    aboutStates: ["RU", "BY"],
    aboutPersons: [],
  },
  {
    quote: "When it comes to the military component, we have a treaty with the Russian Federation within the framework of the Union State and the Collective Security Treaty Organization (CSTO).",
    direct: true,
    speakerText: "the Belarusian President",
    aboutTreaties: ["collective-security-treaty-organization", "union-state-of-russia-and-belarus"],
    aboutStates: ["RU", "BY"],
    aboutPersons: ["vladimir-putin"],
  },
  {
    quote: "an agreement on security in the country has been reached with Putin",
    direct: false,
    speakerText: "Lukashenko",
    aboutTreaties: [],
    aboutStates: ["BY"],
    aboutPersons: ["vladimir-putin"],
  },
];

export interface FixtureStatement {
  id: string;
  articleId: string;
  text: string;
  direct: boolean;
  start: number;
  end: number;
  speakerText: string;
  speaker: { label: "Person" | "State" | "Organization"; id: string } | null;
  aboutTreaties: string[];
  aboutStates: string[];
  aboutPersons: string[];
}

export function seedArticle() {
  const raw = readFileSync(SEED_FILE, "utf8").replace(/\r\n/g, "\n");
  const [title = "", ...rest] = raw.split("\n");
  const body = rest.join("\n").trim();
  const text = `${title}\n\n${body}`;
  return { id: SEED_ARTICLE_ID, title, text, source: "BELTA", url: SEED_ARTICLE_ID, publishedAt: "2020-08-15", tags: ["Lukashenko", "Putin", "CSTO", "Belarus", "Russia"], ingestedAt: "2024-01-01T00:00:00Z" };
}

export function seedStatements(): FixtureStatement[] {
  const { text } = seedArticle();
  return SEED_STATEMENTS.map((s) => {
    const start = text.indexOf(s.quote);
    if (start < 0) throw new Error(`fixture quote not in the seed text: ${s.quote.slice(0, 40)}`);
    const end = start + s.quote.length;
    return { id: `${SEED_ARTICLE_ID}#${start}-${end}`, articleId: SEED_ARTICLE_ID, text: s.quote, direct: s.direct, start, end, speakerText: s.speakerText, speaker: { label: "Person", id: "alexander-lukashenko" }, aboutTreaties: s.aboutTreaties, aboutStates: s.aboutStates, aboutPersons: s.aboutPersons };
  });
}

/** `count` statements about the CSTO over ten articles, spoken in turn by a person, a state and an organisation. */
export function bulkStatements(count: number) {
  const speakers = [
    { label: "Person", id: "vladimir-putin" },
    { label: "State", id: "RU" },
    { label: "Organization", id: "european-union" },
  ] as const;
  const articles = Array.from({ length: 10 }, (_, k) => ({
    id: `https://example.org/bulk/${k}`,
    title: `Bulk article ${k}`,
    text: `Bulk article ${k}\n\n${"Words about the CSTO. ".repeat(20)}`,
    source: "TEST",
    url: `https://example.org/bulk/${k}`,
    publishedAt: `2019-01-${String(10 + k).padStart(2, "0")}`,
    tags: ["bulk"],
    ingestedAt: "2024-01-01T00:00:00Z",
  }));
  const statements: FixtureStatement[] = Array.from({ length: count }, (_, i) => {
    const article = articles[i % articles.length]!;
    return {
      id: `${article.id}#${i}`,
      articleId: article.id,
      text: `Bulk statement ${i} about the CSTO.`,
      direct: i % 2 === 0,
      start: 20 + i,
      end: 40 + i,
      speakerText: "someone",
      speaker: speakers[i % speakers.length]!,
      aboutTreaties: ["collective-security-treaty-organization"],
      aboutStates: [CSTO_MEMBERS[i % CSTO_MEMBERS.length]!],
      aboutPersons: [],
    };
  });
  return { articles, statements };
}

/** Writes the seed graph (and `bulk` extra statements) in one transaction. */
export async function writeFixture(executor: CypherExecutor, options: { bulk?: number } = {}): Promise<void> {
  const seed = seedArticle();
  const bulk = bulkStatements(options.bulk ?? 0);
  const articles = [seed, ...(options.bulk ? bulk.articles : [])];
  const statements = [...seedStatements(), ...bulk.statements];
  const mentions = [
    ...[...CSTO_MEMBERS, "US"].map((id) => ({ articleId: seed.id, label: "State", id, count: id === "BY" ? 9 : 2 })),
    { articleId: seed.id, label: "Person", id: "alexander-lukashenko", count: 8 },
    { articleId: seed.id, label: "Person", id: "vladimir-putin", count: 5 },
    { articleId: seed.id, label: "Treaty", id: "collective-security-treaty-organization", count: 5 },
    { articleId: seed.id, label: "Treaty", id: "union-state-of-russia-and-belarus", count: 1 },
    { articleId: seed.id, label: "Organization", id: "european-union", count: 1 },
  ];
  await executor.writeTransaction(async (tx) => {
    await tx.runText("UNWIND $rows AS r MERGE (n:Article {id: r.id}) SET n += r", { rows: articles });
    await tx.runText("UNWIND $rows AS r MERGE (n:Person {id: r.id}) SET n += r", { rows: PERSONS });
    await tx.runText("UNWIND $rows AS r MERGE (n:State {id: r.id}) SET n += r", { rows: STATES });
    await tx.runText("UNWIND $rows AS r MERGE (n:Treaty {id: r.id}) SET n += r", { rows: TREATIES });
    await tx.runText("UNWIND $rows AS r MERGE (n:Organization {id: r.id}) SET n += r", { rows: ORGANIZATIONS });
    await tx.runText(
      `UNWIND $rows AS r
       MERGE (s:Statement {id: r.id})
       SET s.text = r.text, s.direct = r.direct, s.start = r.start, s.end = r.end, s.speakerText = r.speakerText
       WITH s, r MATCH (a:Article {id: r.articleId}) MERGE (s)-[:REPORTED_IN]->(a)`,
      { rows: statements },
    );
    // Labels are fixed per statement here (allow-listed by the fixture's own types), so one query per label.
    for (const label of ["Person", "State", "Organization"] as const) {
      const rows = statements.filter((s) => s.speaker?.label === label).map((s) => ({ statementId: s.id, speakerId: s.speaker!.id }));
      await tx.runText(`UNWIND $rows AS r MATCH (e:${label} {id: r.speakerId}), (s:Statement {id: r.statementId}) MERGE (e)-[:SAID]->(s)`, { rows });
    }
    const about = (label: string, pick: (s: FixtureStatement) => string[]) =>
      tx.runText(`UNWIND $rows AS r MATCH (s:Statement {id: r.statementId}), (e:${label} {id: r.id}) MERGE (s)-[:ABOUT]->(e)`, {
        rows: statements.flatMap((s) => pick(s).map((id) => ({ statementId: s.id, id }))),
      });
    await about("Treaty", (s) => s.aboutTreaties);
    await about("State", (s) => s.aboutStates);
    await about("Person", (s) => s.aboutPersons);
    for (const label of ["Person", "State", "Treaty", "Organization"] as const) {
      const rows = [
        ...mentions.filter((m) => m.label === label),
        ...(options.bulk && label === "Treaty" ? bulk.articles.map((a) => ({ articleId: a.id, id: "collective-security-treaty-organization", count: 20 })) : []),
      ];
      await tx.runText(`UNWIND $rows AS r MATCH (a:Article {id: r.articleId}), (e:${label} {id: r.id}) MERGE (a)-[m:MENTIONS]->(e) SET m.count = r.count`, { rows });
    }
    await tx.runText(
      `UNWIND $rows AS r MATCH (p:Person {id: r.person}), (s:State {id: r.state}) MERGE (p)-[h:HOLDS_OFFICE {title: r.title}]->(s) SET h.articles = [$article]`,
      { rows: [{ person: "alexander-lukashenko", state: "BY", title: "President" }, { person: "vladimir-putin", state: "RU", title: "President" }], article: seed.id },
    );
    await tx.runText(
      `UNWIND $rows AS r MATCH (s:State {id: r.state}), (t:Treaty {id: r.treaty}) MERGE (s)-[p:PARTY_TO]->(t) SET p.articles = [$article]`,
      {
        rows: [
          ...CSTO_MEMBERS.map((state) => ({ state, treaty: "collective-security-treaty-organization" })),
          { state: "RU", treaty: "union-state-of-russia-and-belarus" },
          { state: "BY", treaty: "union-state-of-russia-and-belarus" },
        ],
        article: seed.id,
      },
    );
  }, "test/fixture");
}
