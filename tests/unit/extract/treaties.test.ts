import { describe, expect, it } from "vitest";
import { extract, statementWith } from "./helpers.js";

describe("treaties the gazetteer does not know", () => {
  it("reads 'the Treaty on X between A and B' with its kind and parties", () => {
    const x = extract("Tajikistan and Uzbekistan signed the Treaty on Water Sharing between Tajikistan and Uzbekistan in March.");
    const t = x.treaties.find((e) => e.name === "Treaty on Water Sharing between Tajikistan and Uzbekistan");
    expect(t?.kind).toBe("TREATY");
    expect(new Set(t?.members_mentioned)).toEqual(new Set(["Tajikistan", "Uzbekistan"]));
  });

  it("keeps a known name inside a new treaty's name and reads 'signed by A and B'", () => {
    const x = extract("The Protocol on Customs Cooperation within the Eurasian Economic Union signed by Armenia and Kyrgyzstan came into force.");
    const names = x.treaties.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["Protocol on Customs Cooperation within the Eurasian Economic Union", "Eurasian Economic Union"]));
    const p = x.treaties.find((e) => e.name.startsWith("Protocol"));
    expect(new Set(p?.members_mentioned)).toEqual(new Set(["Armenia", "Kyrgyzstan"]));
    expect(p?.kind).toBe("AGREEMENT");
  });

  it("reads capitalised names ending in a treaty noun", () => {
    const x = extract("Diplomats said the Aral Basin Water Accord would be renewed.");
    expect(x.treaties.map((e) => e.name)).toEqual(["Aral Basin Water Accord"]);
  });

  it("does not read a sentence-initial noun or a bare 'the Treaty' as a name", () => {
    expect(extract("Agreement was reached late on Friday.").treaties).toEqual([]);
    expect(extract("Nobody mentioned the Treaty at all.").treaties).toEqual([]);
  });

  it("names a peace treaty after the two states its sentence names and links 'the treaty' to it", () => {
    const x = extract([
      "Eritrea and Ethiopia agreed the text of a peace treaty in June.",
      "Ethiopian Prime Minister Abiy Ahmed said the treaty would be signed within weeks.",
    ].join("\n\n"));
    expect(x.treaties.map((e) => e.name)).toEqual(["Eritrea–Ethiopia peace treaty"]);
    expect(statementWith(x, "the treaty would")?.about_treaties).toEqual(["Eritrea–Ethiopia peace treaty"]);
  });
});

describe("definite descriptions of treaties", () => {
  it("links 'the agreements' to the plural agreement named before, not to the alliance", () => {
    const x = extract([
      "Nato ministers met in Brussels. The talks recalled the Minsk agreements.",
      "Former officials said the agreements had only bought time.",
    ].join("\n\n"));
    expect(x.treaties.map((e) => e.name)).toContain("Minsk agreements");
    expect(statementWith(x, "the agreements")?.about_treaties).toEqual(["Minsk agreements"]);
  });

  it("links 'the deal' to the agreement rather than a treaty named later", () => {
    const x = extract([
      "The JCPOA limited enrichment for a decade.",
      "Tehran said it could also leave the Non-Proliferation Treaty.",
      "A senior diplomat said the deal was close to collapse.",
    ].join("\n\n"));
    expect(statementWith(x, "the deal was")?.about_treaties).toEqual(["Joint Comprehensive Plan of Action"]);
  });

  it("takes 'the memorandum' only for a treaty named a memorandum", () => {
    const with_ = extract("Kyiv invoked the Budapest Memorandum. The minister said the memorandum had been broken.");
    expect(statementWith(with_, "the memorandum")?.about_treaties).toEqual(["Budapest Memorandum"]);
    const without = extract("Kyiv praised the grain deal. The minister said the memorandum had been broken.");
    expect(statementWith(without, "the memorandum")?.about_treaties).toEqual([]);
  });

  it("links 'the organisation' to the treaty organisation in focus", () => {
    const x = extract("Armenia froze its part in the CSTO. Prime Minister Nikol Pashinyan said the organisation had failed his country.");
    expect(statementWith(x, "the organisation")?.about_treaties).toEqual(["Collective Security Treaty Organization"]);
  });
});

describe("treaty names in the output", () => {
  it("lists a known treaty under the fuller name the article writes, and links statements by that name", () => {
    const x = extract("Moscow left the Open Skies Treaty in 2021. A Kremlin spokesman said the Open Skies Treaty had lost its meaning.");
    expect(x.treaties.map((e) => e.name)).toEqual(["Open Skies Treaty"]);
    expect(statementWith(x, "the Open Skies")?.about_treaties).toEqual(["Open Skies Treaty"]);
  });

  it("keeps the gazetteer name when the article only gives an acronym", () => {
    expect(extract("Finland joined NATO in 2023.").treaties.map((e) => e.name)).toEqual(["North Atlantic Treaty Organization"]);
  });
});

describe("attribution details that bear on topics", () => {
  it("does not read 'said on Tuesday that ...' as a topic", () => {
    const x = extract("The Kremlin said on Tuesday that troops from NATO countries in Ukraine would be \"unacceptable\" to Moscow.");
    expect(statementWith(x, "unacceptable")?.about_treaties).toEqual([]);
  });

  it("ends a reported clause before a second predicate of the speaker", () => {
    const x = extract("A State Department spokeswoman said Washington was ready to talk, but accused Moscow of breaking the INF Treaty.");
    expect(x.statements.map((s) => s.quote)).toContain("Washington was ready to talk");
  });
});
