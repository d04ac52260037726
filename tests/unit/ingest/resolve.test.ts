// The resolve stage: names to stable ids, aliases merged, and the rows each relationship gets.
import { describe, expect, it } from "vitest";
import { parsePlainText } from "../../../src/ingest/read/plain-text.js";
import { lookupState } from "../../../src/ingest/resolve/countries.js";
import { existingLookups, resolveExtraction } from "../../../src/ingest/resolve/resolve.js";
import type { Extraction, ExtractedStatement } from "../../../src/ingest/types.js";

const text = [
  "Lukashenko: CSTO partners stand together",
  "",
  '"The CSTO is our shield," the President of Belarus Alexander Lukashenko said. Russia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan are members.',
  "",
  "A spokesman said the talks would go on.",
].join("\n");
const article = parsePlainText(text, "seed.txt");
const quote = "The CSTO is our shield,";
const start = article.text.indexOf(quote);

const statement = (over: Partial<ExtractedStatement>): ExtractedStatement => ({
  speaker: "Alexander Lukashenko",
  speaker_kind: "person",
  quote,
  direct: true,
  about_treaties: ["CSTO"],
  about_states: [],
  about_persons: [],
  start,
  end: start + quote.length,
  speaker_text: "the President of Belarus Alexander Lukashenko",
  ...over,
});

const extraction = (over: Partial<Extraction> = {}): Extraction => ({
  title: article.title,
  persons: [{ name: "Alexander Lukashenko", aliases: ["Lukashenko", "the President of Belarus", "he"], roles: [{ title: "President", state: "Belarus" }] }],
  states: ["Russian Federation", "Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Tajikistan"],
  blocs: [],
  treaties: [{ name: "CSTO", aliases: [], members_mentioned: ["Russia", "Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Tajikistan"], kind: "ORGANIZATION" }],
  organizations: [],
  statements: [statement({})],
  mentions: [
    { type: "Person", name: "Alexander Lukashenko", start: 0, end: 10 },
    { type: "Person", name: "Lukashenko", start: 80, end: 90 },
    { type: "Treaty", name: "CSTO", start: 12, end: 16 },
    { type: "State", name: "Russia", start: 100, end: 106 },
  ],
  ...over,
});

const options = { extractor: "test@1", contentHash: "h" };

describe("lookupState", () => {
  it("maps names, official names and newsroom forms to ISO alpha-2", () => {
    expect(["Russia", "Russian Federation", "the United States", "U.S.", "UK", "Republic of Belarus", "Kyrgyz Republic"].map((n) => lookupState(n)?.iso2)).toEqual([
      "RU", "RU", "US", "US", "GB", "BY", "KG",
    ]);
    expect(lookupState("Russia")).toMatchObject({ iso3: "RUS", name: "Russia" });
    // The canonical name is the extractor's (what `extract` prints); the ISO data's name becomes an alias.
    expect(lookupState("Türkiye")).toMatchObject({ iso2: "TR", name: "Turkey", aliases: expect.arrayContaining(["Türkiye"]) });
    expect(lookupState("Soviet Union")).toMatchObject({ iso2: "SU", iso3: "SUN" });
    expect(lookupState("Serbia and Montenegro")).toMatchObject({ iso2: "CS", iso3: "SCG" });
    expect(lookupState("Atlantis")).toBeUndefined();
  });
});

describe("resolveExtraction", () => {
  const rows = resolveExtraction(article, extraction(), options);

  it("gives stable ids: person slug, ISO state, canonical treaty slug, article:span statement", () => {
    expect(rows.persons.map((p) => p.id)).toEqual(["alexander-lukashenko"]);
    expect(rows.states.map((s) => s.id).sort()).toEqual(["AM", "BY", "KG", "KZ", "RU", "TJ"]);
    expect(rows.treaties).toEqual([
      expect.objectContaining({ id: "collective-security-treaty-organization", name: "Collective Security Treaty Organization", kind: "ORGANIZATION" }),
    ]);
    expect(rows.statements).toEqual([
      { id: `${article.id}:${start}-${start + quote.length}`, text: quote, direct: true, start, end: start + quote.length, speakerText: "the President of Belarus Alexander Lukashenko" },
    ]);
  });

  it("files a treaty the extractor lists as the article writes it under the gazetteer's name", () => {
    const worded = resolveExtraction(article, extraction({
      treaties: [
        { name: "1936 Montreux Convention", aliases: ["Montreux Convention"], members_mentioned: [], kind: "TREATY" },
        { name: "1951 Refugee Convention", aliases: ["Convention Relating to the Status of Refugees"], members_mentioned: [], kind: "TREATY" },
      ],
      statements: [statement({ about_treaties: ["1936 Montreux Convention"] })],
    }), options);
    const names = worded.treaties.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(["Convention Relating to the Status of Refugees", "Montreux Convention"]));
    expect(names).not.toContain("1936 Montreux Convention");
    expect(names).not.toContain("1951 Refugee Convention");
  });

  it("merges aliases into keys, dropping pronouns and names the ISO data already has", () => {
    const person = rows.persons[0];
    expect(person?.aliases).toEqual(["Lukashenko", "the President of Belarus"]);
    expect(person?.keys).toEqual(["alexander lukashenko", "lukashenko", "president of belarus"]);
    const russia = rows.states.find((s) => s.id === "RU");
    expect(russia).toMatchObject({ name: "Russia", iso3: "RUS" });
    expect(russia?.keys).toEqual(expect.arrayContaining(["russia", "russian federation"]));
    expect(rows.treaties[0]?.keys).toEqual(expect.arrayContaining(["collective security treaty organization", "csto"]));
  });

  it("derives HOLDS_OFFICE, PARTY_TO, SAID and ABOUT rows", () => {
    expect(rows.holdsOffice).toEqual([{ personId: "alexander-lukashenko", stateId: "BY", title: "President" }]);
    expect(rows.partyTo.map((p) => p.stateId).sort()).toEqual(["AM", "BY", "KG", "KZ", "RU", "TJ"]);
    expect(new Set(rows.partyTo.map((p) => p.treatyId))).toEqual(new Set(["collective-security-treaty-organization"]));
    const statementId = rows.statements[0]?.id;
    expect(rows.said).toEqual([{ statementId, label: "Person", id: "alexander-lukashenko" }]);
    expect(rows.about).toEqual([{ statementId, label: "Treaty", id: "collective-security-treaty-organization" }]);
  });

  it("counts MENTIONS per entity, at least one for every entity the article touches", () => {
    const count = (label: string, id: string) => rows.mentions.find((m) => m.label === label && m.id === id)?.count;
    expect(count("Person", "alexander-lukashenko")).toBe(2);
    expect(count("State", "RU")).toBe(1);
    expect(count("State", "TJ")).toBe(1);
    expect(count("Treaty", "collective-security-treaty-organization")).toBe(1);
    expect(rows.mentions).toHaveLength(1 + 6 + 1);
  });

  it("keeps an unnamed speaker in speakerText only, and repairs a span that missed its quote", () => {
    const reported = "the talks would go on";
    const at = article.text.indexOf(reported);
    const r = resolveExtraction(article, extraction({
      statements: [statement({ speaker: "A spokesman", speaker_kind: "unnamed", speaker_text: null, quote: reported, direct: false, about_treaties: [], start: at + 1, end: at + 5 })],
    }), options);
    expect(r.statements).toEqual([expect.objectContaining({ id: `${article.id}:${at}-${at + reported.length}`, speakerText: "A spokesman", direct: false })]);
    expect(r.said).toEqual([]);
    expect(r.warnings).toEqual([`statement span ${at + 1}-${at + 5} did not hold its quote; used ${at}-${at + reported.length}`]);
  });

  it("keeps an unnamed ceasefire ('Ceasefire') the article's own: no lookup, an id of the article, links kept", () => {
    const e = extraction({
      treaties: [{ name: "Ceasefire", aliases: ["the ceasefire", "the truce"], members_mentioned: ["Armenia"], kind: "AGREEMENT" }],
      statements: [statement({ about_treaties: ["Ceasefire"] })],
      mentions: [{ type: "Treaty", name: "Ceasefire", start: 12, end: 16 }],
    });
    expect(existingLookups(article, e).Treaty).toEqual([]);
    const r = resolveExtraction(article, e, { ...options, existing: (label, key) => (label === "Treaty" && key === "ceasefire" ? ["ceasefire"] : []) });
    const id = `ceasefire@${article.id}`;
    expect(r.treaties).toEqual([expect.objectContaining({ id, name: "Ceasefire" })]);
    expect(r.about).toEqual([expect.objectContaining({ label: "Treaty", id })]);
    expect(r.partyTo).toEqual([{ stateId: "AM", treatyId: id }]);
  });

  it("joins a bare surname to the person an earlier article created, through `existing`", () => {
    const e = extraction({ persons: [{ name: "Putin", aliases: [], roles: [] }], statements: [], mentions: [], treaties: [], states: [] });
    expect(existingLookups(article, e)).toEqual({ Person: ["putin"], Treaty: [], Organization: [] });
    const r = resolveExtraction(article, e, { ...options, existing: (label, key) => (label === "Person" && key === "putin" ? ["vladimir-putin"] : []) });
    expect(r.persons).toEqual([{ id: "vladimir-putin", name: "Putin", aliases: [], keys: ["putin"] }]);
  });

  it("gives SAID to the state a capital or demonym speaks for, without making the capital an alias", () => {
    const reported = "the talks would go on";
    const at = article.text.indexOf(reported);
    const r = resolveExtraction(article, extraction({
      statements: [statement({ speaker: "Moscow", speaker_kind: "state", speaker_text: "Moscow", quote: reported, direct: false, about_treaties: [], start: at, end: at + reported.length })],
    }), options);
    expect(r.said).toEqual([{ statementId: `${article.id}:${at}-${at + reported.length}`, label: "State", id: "RU" }]);
    expect(r.statements[0]?.speakerText).toBe("Moscow");
    expect(r.states.find((st) => st.id === "RU")?.aliases).not.toContain("Moscow");
    expect(r.warnings).toEqual([]);
  });

  it("leaves out a state without an ISO code, with a warning", () => {
    const r = resolveExtraction(article, extraction({ states: ["Atlantis"], treaties: [], persons: [], statements: [], mentions: [] }), options);
    expect(r.states).toEqual([]);
    expect(r.warnings).toEqual(['"Atlantis" (states) is not a state with an ISO 3166 code; left out']);
  });
});
