import { describe, expect, it } from "vitest";
import { extractText } from "../../../src/ingest/extract/index.js";
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

  it("ends a name at a state's name right after the noun ('under the 1947 Paris Peace Treaty Finland had ...')", () => {
    const x = extract("The senator recalled that under the 1947 Paris Peace Treaty Finland had undertaken to limit its armed forces.");
    expect(x.treaties.map((e) => e.name)).toEqual(["1947 Paris Peace Treaty"]);
  });

  it("reads 'the Moscow Armistice' as a name and lists an earlier description of the same year under it", () => {
    const x = extract([
      "Stubb suggested a settlement on the model of Finland's 1944 armistice with the Soviet Union, the senator said.",
      "\"In 1944, Finland signed the Moscow Armistice because it had lost the war,\" the senator said. \"The armistice was a defeat.\"",
    ].join("\n\n"));
    expect(x.treaties.map((e) => e.name)).toEqual(["Moscow Armistice"]);
    expect(statementWith(x, "The armistice was")?.about_treaties).toEqual(["Moscow Armistice"]);
  });

  it("keeps a year-dated description apart from a treaty named in the same sentence", () => {
    const x = extract("New Delhi wants Colombo to sign the Economic and Technology Cooperation Agreement, which would expand a 2000 India-Sri Lanka free trade agreement to services.");
    expect(x.treaties).toHaveLength(2);
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

  it("names a known peace treaty after the state before the phrase and the one after 'with', dated by the 'in YEAR' that closes it", () => {
    const x = extract("Sudan would be the fifth Arab state after Egypt, Jordan, the UAE and Bahrain to recognise it; Egypt signed a peace treaty with Israel in 1979.");
    const t = x.treaties.find((e) => /Egypt/.test(e.name));
    expect(t?.name).toBe("Egypt–Israel Peace Treaty (1979)");
    expect(t?.aliases).toContain("a peace treaty with Israel");
    const y = extract("Egypt has been at peace with its neighbour since 1979. Officials recalled that Egypt was the first to sign a peace treaty with Israel.");
    expect(y.treaties.map((e) => e.name)).toEqual(["Egypt–Israel Peace Treaty"]);
  });

  it("does not read a capital naming a diplomatic group ('the OSCE Minsk Group') as its state", () => {
    const x = extract("Azerbaijan will not sign a peace treaty with Armenia until the OSCE Minsk Group is dissolved, Jeyhun Bayramov said.");
    expect(x.states).toEqual(["Azerbaijan", "Armenia"]);
    expect(x.treaties.map((e) => e.name)).toEqual(["Armenia–Azerbaijan peace treaty"]);
  });

  it("names a peace treaty after the two states set 'between' each other when its sentence names a third, in alphabetical order", () => {
    const x = extract("Speaking about the normalization between Baku and Yerevan, envoy Mikhail Yevdokimov said that Moscow welcomed the progress in drafting a peace treaty.");
    expect(x.treaties.map((e) => e.name)).toEqual(["Armenia–Azerbaijan peace treaty"]);
    expect(x.states).toEqual(["Azerbaijan", "Armenia", "Russia"]);
  });

  it("reads 'the peace agreement signed in Algiers in December 2000' as the known treaty a name of which calls it a peace agreement", () => {
    const x = extract("Eritrea says Ethiopia has refused to implement the border ruling required by the peace agreement signed in Algiers in December 2000.");
    expect(x.treaties.map((e) => e.name)).toEqual(["Algiers Agreement (2000)"]);
  });

  it("does not take the state where a peace agreement was signed for a party to it", () => {
    const x = extract("Indonesia and separatist rebels in Aceh signed a peace agreement in Finland on Monday.");
    expect(x.treaties.map((e) => e.name)).not.toContain("Indonesia–Finland peace agreement");
  });
});

describe("definite descriptions of treaties", () => {
  it("reads 'the future agreement' and 'the draft agreement' as the one under negotiation", () => {
    for (const adj of ["future", "draft", "proposed"]) {
      const x = extract(`Russia and Egypt may complete negotiations on a free trade agreement next year, the minister said.\n\nAccording to the minister, the ${adj} agreement will cover about 90% of trade in goods.`);
      expect(statementWith(x, `the ${adj} agreement`)?.about_treaties).toEqual(["A free trade agreement"]);
    }
  });

  it("reads 'such an agreement' and 'any such deal' as the agreement under discussion, and 'such agreements' as none", () => {
    const x = extract([
      "Armenia and Georgia began talks on the Black Sea Transit Agreement on Monday.",
      "The minister said such an agreement would help exporters.",
      "Georgian Prime Minister Irakli Garibashvili said any such deal would need approval by parliament.",
      "Critics said such agreements rarely work.",
    ].join("\n\n"));
    expect(statementWith(x, "such an agreement")?.about_treaties).toEqual(["Black Sea Transit Agreement"]);
    expect(statementWith(x, "any such deal")?.about_treaties).toEqual(["Black Sea Transit Agreement"]);
    expect(statementWith(x, "such agreements")?.about_treaties).toEqual([]);
    expect(x.treaties[0]?.aliases).toEqual([]);
  });

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

  it("keeps a description about the same agreement through a measure or a revision ('the 1,246-page treaty', 'the revised pact')", () => {
    const x = extract([
      "Canberra and Wellington upgraded the Closer Economic Relations Trade Agreement in March.",
      "The trade minister said the 1,246-page treaty would cut red tape.",
      "Officials said the revised pact would open up services.",
      "A diplomat said the 25-year accord had served both sides.",
    ].join("\n\n"));
    const name = x.treaties.find((e) => e.name.includes("Closer Economic Relations"))?.name;
    expect(name).toBeDefined();
    expect(statementWith(x, "the 1,246-page treaty")?.about_treaties).toEqual([name]);
    expect(statementWith(x, "the revised pact")?.about_treaties).toEqual([name]);
    expect(statementWith(x, "the 25-year accord")?.about_treaties).toEqual([name]);
  });

  it("keeps 'the treaty' on the article's treaty after another is named in passing under two names in one sentence", () => {
    const x = extractText("UN adopts convention on cybercrime", [
      "UN adopts convention on cybercrime",
      "The General Assembly adopted the United Nations Convention against Cybercrime on Tuesday, envoy Artur Lyukmanov said.",
      "He said the convention was a success. Its extradition rules follow the 2000 UN Convention against Transnational Organized Crime, known as the Palermo Convention.",
      "Critics say the treaty could be used against journalists. \"These claims are groundless,\" Lyukmanov said.",
    ].join("\n\n"));
    expect(statementWith(x, "the treaty could be used")?.about_treaties).toEqual(["United Nations Convention against Cybercrime"]);
  });

  it("keeps 'the accord' on the article's deal after another treaty is named in the paragraph before", () => {
    const x = extract([
      "Britain and Canada have agreed a trade deal that keeps goods flowing.",
      "The UK-Canada Trade Continuity Agreement copies the terms of the EU's deal.",
      "Liz Truss said the deal was a good one. \"This deal shows what we can do,\" she said.",
      "Officials said the deal would be ratified soon.",
      "Britain will apply to join the Comprehensive and Progressive Agreement for Trans-Pacific Partnership, the 11-nation pact.",
      "Justin Trudeau said the accord gave stability to Canadian companies.",
    ].join("\n\n"), "Britain and Canada strike post-Brexit trade deal");
    expect(statementWith(x, "the accord gave")?.about_treaties).toEqual(["UK-Canada Trade Continuity Agreement"]);
  });

  it("reads 'the nuclear deal' closing a subtitle as the one agreement the article goes on to name", () => {
    const x = extractText("Russia warns Europeans", [
      "Russia warns Europeans",
      "According to Mikhail Ulyanov, London lost the right to use the mechanism when it stopped fulfilling its obligations under the nuclear deal",
      "VIENNA, December 18. /TASS/. The threats could bury the Joint Comprehensive Plan of Action (JCPOA), the diplomat said.",
    ].join("\n\n"));
    expect(statementWith(x, "London lost the right")?.about_treaties).toEqual(["Joint Comprehensive Plan of Action"]);
  });

  it("reads 'the document' in a subtitle as the one treaty the article goes on to name, whatever its kind", () => {
    const x = extractText("Moscow and Pyongyang pact no threat", [
      "Moscow and Pyongyang pact no threat",
      "The Russian diplomat pointed out that the document is purely defensive in nature",
      "MOSCOW, December 5. /TASS/. The Treaty on Comprehensive Strategic Partnership between Russia and North Korea threatens no one, Maria Zakharova said.",
    ].join("\n\n"));
    expect(statementWith(x, "the document is purely")?.about_treaties).toEqual(["Treaty on Comprehensive Strategic Partnership between Russia and North Korea"]);
  });

  it("reads 'the treaty' in a subtitle as the one the lead names when the body names others later", () => {
    const x = extractText("Moscow and Hanoi to honour pact", [
      "Moscow and Hanoi to honour pact",
      "The minister stressed that the treaty is defensive in nature",
      "MOSCOW, March 3. /TASS/. Russia and Vietnam will fulfil their obligations under the Treaty on Comprehensive Strategic Partnership, Foreign Minister Sergey Lavrov said.",
      "He recalled the Treaty on Friendship and Cooperation of 1994. Vietnam and Russia also signed the Agreements on Fisheries.",
    ].join("\n\n"));
    expect(statementWith(x, "the treaty is defensive")?.about_treaties).toEqual(["Treaty on Comprehensive Strategic Partnership"]);
    const y = extractText("Bern and Brussels close talks", [
      "Bern and Brussels close talks",
      "The president said the agreements would keep the country's access to the single market",
      "BERN, December 20. /TASS/. Switzerland and the EU ended talks on a package, 25 years after the Agreement on the Free Movement of Persons.",
    ].join("\n\n"));
    expect(statementWith(y, "the agreements would keep")?.about_treaties).toEqual([]);
  });

  it("refers 'the border treaty' to a Boundary Treaty named before", () => {
    const x = extract("China and Burma signed the Sino-Burmese Boundary Treaty in 1960.\n\n\"The border treaty is the foundation of our relations,\" Wang Yi said.");
    expect(statementWith(x, "The border treaty")?.about_treaties).toEqual(["Sino-Burmese Boundary Treaty"]);
  });

  it("refers 'the new pact' to the newest of the agreements named before, not the one it replaced", () => {
    const x = extract([
      "The United States-Mexico-Canada Agreement took effect on July 1, replacing the 1994 North American Free Trade Agreement.",
      "Critics said NAFTA had cost jobs.",
      "Donald Trump said the new pact would bring factories back to American soil.",
    ].join("\n\n"));
    expect(statementWith(x, "the new pact")?.about_treaties).toEqual(["United States–Mexico–Canada Agreement"]);
  });

  it("does not take NATO, whose name has the noun, for 'the treaty'", () => {
    const x = extract([
      "Kersti Kaljulaid said Estonia's voice in NATO must be heard.",
      "Estonia and Russia fixed their frontier in 2014. A border treaty signed by the two countries' foreign ministers in Moscow that year has still not been ratified.",
      "Asked about the border deal, Kaljulaid said ratification was not urgent. \"The treaty is a good treaty. It is the Russian side that has stopped the process,\" she said.",
    ].join("\n\n"));
    expect(statementWith(x, "The treaty is a good treaty")?.about_treaties).not.toContain("North Atlantic Treaty Organization");
  });

  it("does not link an organisation named only to say which treaty is meant ('the 1999 treaty creating the Union State')", () => {
    const x = extract("Belarus and Russia argued over oil prices. Lukashenko said the 1999 treaty creating the Union State promised equal conditions.");
    expect(statementWith(x, "the 1999 treaty creating")?.about_treaties).toEqual(["Treaty on the Creation of the Union State"]);
    const own = extract("Belarus and Russia argued over oil prices. Lukashenko said the 1999 treaty and the Union State had failed.");
    expect(statementWith(own, "the 1999 treaty and")?.about_treaties).toEqual(expect.arrayContaining(["Union State of Russia and Belarus"]));
  });

  it("takes 'the Sochi agreement' for the treaty the article said was reached in Sochi, and lists it under that name", () => {
    const x = extract('The leaders reached the 1992 agreement in Sochi after weeks of fighting. "The Sochi agreement is the only legal basis for the peacekeepers," Kokoity said.');
    expect(x.treaties.map((t) => [t.name, t.aliases])).toEqual([["Sochi agreement", ["the 1992 agreement", "The Sochi agreement", "1992 agreement"]]]);
    const elsewhere = extract('The leaders reached the 1992 agreement in Moscow after weeks of fighting. "The Sochi agreement is the only legal basis," Kokoity said.');
    expect(elsewhere.treaties.map((t) => t.name)).toEqual(["1992 agreement", "Sochi agreement"]);
  });

  it("knows the Dayton Agreement by its official name", () => {
    const x = extract("The General Framework Agreement for Peace in Bosnia and Herzegovina was initialled in Ohio in 1995. Dodik said the Dayton accords were being violated.");
    expect(x.treaties).toHaveLength(1);
  });

  it("knows famous treaties by their official names ('Declaration of Principles on Interim Self-Government Arrangements')", () => {
    const x = extract("The Declaration of Principles on Interim Self-Government Arrangements was signed in 1993. Abbas said the Oslo Accords were dead.");
    expect(x.treaties.map((t) => t.aliases.concat(t.name))).toEqual([expect.arrayContaining(["Oslo Accords", "Declaration of Principles on Interim Self-Government Arrangements"])]);
  });

  it("takes 'the compact' and 'our compact' for a treaty named a compact, and for no other deal", () => {
    const named = extract("Under the Compact of Free Association the US defends the islands. The president said the compact gave America the right to build bases.");
    expect(statementWith(named, "the compact gave")?.about_treaties).toEqual(["Compact of Free Association"]);
    const other = extract("Kyiv praised the grain deal. The minister said the compact had been broken.");
    expect(statementWith(other, "the compact had")?.about_treaties).toEqual([]);
  });

  it("reads a known treaty's name dated far from the known treaty's year as another treaty ('the Treaty of Lisbon of 1668')", () => {
    expect(extract("The fortress guarded Portugal before the Treaty of Lisbon of 1668 ended the war.").treaties.map((t) => t.name)).toEqual(["Treaty of Lisbon of 1668"]);
    expect(extract("Britain invoked Article 50 of the Treaty of Lisbon.").treaties.map((t) => t.name)).toEqual(["Treaty of Lisbon"]);
  });

  it("reads the topic after the parties ('a 2006 agreement with Russia on the facilitation of visas')", () => {
    expect(extract("The EU signed a 2006 agreement with Russia on the facilitation of the issuance of visas.").treaties.map((t) => t.name))
      .toEqual(["A 2006 agreement with Russia on the facilitation of the issuance of visas"]);
    expect(extract("Pilots cited a 1989 agreement between Washington and Moscow on the prevention of dangerous military activities.").treaties.map((t) => t.name))
      .toEqual(["A 1989 agreement between Washington and Moscow on the prevention of dangerous military activities"]);
  });

  it("keeps a plural possessive inside a treaty's topic ('the two countries’ external air border')", () => {
    expect(extract("They signed the 2009 agreement on the protection of the two countries’ external air border.").treaties.map((t) => t.name))
      .toEqual(["2009 agreement on the protection of the two countries’ external air border"]);
  });

  it("reads 'status of forces' as one type word of a description", () => {
    expect(extract("Tokyo defended its 1960 status of forces agreement with the United States.").treaties.map((t) => t.name))
      .toEqual(["1960 status of forces agreement with the United States"]);
  });

  it("reads the initials of a treaty's name as written ('the RAA' after 'the Reciprocal Access Agreement')", () => {
    const x = extract("Tokyo and Manila signed the Reciprocal Access Agreement on Monday. The minister said the RAA is not directed against anyone.");
    expect(statementWith(x, "the RAA is")?.about_treaties).toEqual(["Reciprocal Access Agreement"]);
  });

  it("reads what was guaranteed at a place for the treaty made there ('the rights guaranteed to it at Dayton')", () => {
    const x = extract("The Dayton Agreement ended the war in 1995. Dodik said the Serbs would never give up the rights guaranteed to it at Dayton.");
    expect(statementWith(x, "the Serbs would")?.about_treaties).toEqual(["Dayton Agreement"]);
  });

  it("reads 'the Paris accords' for the Paris Peace Agreements named before", () => {
    const x = extract("The Paris Peace Agreements ended the war. Hun Sen said the Paris accords are the foundation of our independence.");
    expect(statementWith(x, "the Paris accords")?.about_treaties).toEqual(["Paris Peace Agreements"]);
  });

  it("keeps a known treaty's name as written without its year among its forms ('... Friendly Cooperation of 2001')", () => {
    const x = extract("Gas flows under the Treaty of Good-Neighborliness and Friendly Cooperation of 2001, Miller said.");
    expect(x.treaties.flatMap((t) => [t.name, ...t.aliases])).toContain("Treaty of Good-Neighborliness and Friendly Cooperation");
  });

  it("dates a treaty by 'signed in PLACE in MONTH YEAR', so that 'the 1999 treaty' refers back to it", () => {
    const x = extract("The diplomat recalled the Treaty on Allied Interaction between Russia and Tajikistan, signed in Moscow in April 1999. " +
      "Belarus is a CSTO ally too.\n\n" +
      "\"The 1999 treaty remains the foundation of our relations,\" Ambassador Davlatshoh Gulmahmadzoda said.");
    expect(statementWith(x, "The 1999 treaty")?.about_treaties).toEqual(["Treaty on Allied Interaction between Russia and Tajikistan"]);
  });

  it("reads a name the article also writes with its parties before it as that treaty ('Joint Declaration', 'Sino-Portuguese Joint Declaration')", () => {
    const x = extract("Macao was handed over under the Joint Declaration signed by China and Portugal in 1987. " +
      "Mao Ning said the Sino-Portuguese Joint Declaration had been implemented fully.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Sino-Portuguese Joint Declaration"]);
  });

  it("takes 'the framework' and 'the covenant' for a treaty named so, and for no other deal", () => {
    const named = extract("Both sides signed the Trade and Investment Framework Agreement on Monday. The minister said the framework was a first step.");
    expect(statementWith(named, "the framework was")?.about_treaties).toEqual(["Trade and Investment Framework Agreement"]);
    const other = extract("Kathmandu hailed the Transit and Transport Agreement. The minister said the framework was a first step.");
    expect(statementWith(other, "the framework was")?.about_treaties).toEqual([]);
  });

  it("takes 'the covenant' for the covenant a protocol is attached to, not for the protocol", () => {
    const x = extract("Astana signed the Second Optional Protocol to the International Covenant on Civil and Political Rights. " +
      "The minister said the law would be brought into line with the covenant.");
    expect(statementWith(x, "the law would")?.about_treaties).toEqual(["International Covenant on Civil and Political Rights"]);
  });

  it("keeps 'and' inside a capitalised name in a treaty's topic ('on the Belt and Road Initiative')", () => {
    const x = extract("Nepal and China signed a memorandum of understanding on the Belt and Road Initiative in May 2017.");
    expect(x.treaties.map((t) => t.name)).toEqual(["A memorandum of understanding on the Belt and Road Initiative"]);
  });

  it("takes 'the memorandum' only for a treaty named a memorandum", () => {
    const with_ = extract("Kyiv invoked the Budapest Memorandum. The minister said the memorandum had been broken.");
    expect(statementWith(with_, "the memorandum")?.about_treaties).toEqual(["Budapest Memorandum"]);
    const without = extract("Kyiv praised the grain deal. The minister said the memorandum had been broken.");
    expect(statementWith(without, "the memorandum")?.about_treaties).toEqual([]);
  });

  it("takes 'the community' for an organisation named a community, and for no other", () => {
    const named = extract("ECOWAS leaders met in Abuja. The commission's president said the community remained open to the three states.");
    expect(statementWith(named, "the community remained")?.about_treaties).toEqual(["Economic Community of West African States"]);
    const other = extract("NATO leaders met in Brussels. The secretary general said the community remained open to the three states.");
    expect(statementWith(other, "the community remained")?.about_treaties).toEqual([]);
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

  it("reads 'the Constitutive Act' as the African Union's founding treaty, listed as the article writes it", () => {
    const x = extract("Algeria said a suspension had no basis in the Constitutive Act, the union's founding treaty.");
    expect(x.treaties.map((e) => e.name)).toEqual(["Constitutive Act"]);
    expect(x.treaties[0]?.aliases).toContain("Constitutive Act of the African Union");
  });

  it("keeps the gazetteer name for an acronym with a lower-case head ('EU constitution')", () => {
    const x = extract("Tony Blair said the constitution made the union work better.", "Blair signs EU constitution in Rome");
    expect(x.treaties.map((e) => e.name)).toEqual(["Treaty establishing a Constitution for Europe"]);
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

describe("treaties identified by a lower-case description", () => {
  const names = (body: string) => extract(body).treaties.map((e) => e.name);

  it("reads a party's government after its name as the party ('between Turkey and Libya's Tripoli-based government')", () => {
    expect(names("Athens says the accord cancels out a 2019 memorandum between Turkey and Libya's Tripoli-based government, which drew a sea boundary."))
      .toEqual(["A 2019 memorandum between Turkey and Libya's Tripoli-based government"]);
  });

  it("reads an agreement on a topic that two states say they will sign as a treaty between them", () => {
    const x = extract("Belarus and Russia intend to sign a bilateral agreement on the mutual recognition of court decisions next year, Kovalenko said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["A bilateral agreement on the mutual recognition of court decisions"]);
  });

  it("keeps the period a programme covers in its topic ('for 2021-2031')", () => {
    expect(names("Moscow and Delhi signed the agreement on the program of military-technical cooperation for 2021-2031 in December."))
      .toEqual(["Agreement on the program of military-technical cooperation for 2021-2031"]);
  });

  it("reads 'good neighbourship' as a title word of a treaty in lower case", () => {
    expect(names("The 1991 treaty of good neighbourship between the two countries did not settle the issue of property."))
      .toEqual(["1991 treaty of good neighbourship between the two countries"]);
  });

  it("reads a year-dated description and refers 'the agreement' back to it", () => {
    const x = extract([
      "Skopje said the 2009 Ohrid fisheries agreement was still binding.",
      "The minister said the agreement covered both shores of the lake.",
    ].join("\n\n"));
    expect(x.treaties.map((e) => e.name)).toEqual(["2009 Ohrid fisheries agreement"]);
    expect(x.treaties[0]?.aliases).toContain("the 2009 Ohrid fisheries agreement");
    expect(statementWith(x, "the agreement covered")?.about_treaties).toEqual(["2009 Ohrid fisheries agreement"]);
  });

  it("reads 'the agreement on <topic>' up to the next clause, and 'between A and B' parties", () => {
    const x = extract("Officials in Tirana invoked the agreement on the joint management of the Drin river basin, signed by Albania and Montenegro.");
    const t = x.treaties.find((e) => e.name.startsWith("Agreement on"));
    expect(t?.name).toBe("Agreement on the joint management of the Drin river basin");
    expect(new Set(t?.members_mentioned)).toEqual(new Set(["Albania", "Montenegro"]));
    const y = extract("Exporters welcomed the customs agreement between Chile and Vietnam, which took effect in March.");
    expect(y.treaties.map((e) => e.name)).toEqual(["Customs agreement between Chile and Vietnam"]);
  });

  it("reads a state's possessive with a modifier, and a type with the parties its sentence names", () => {
    expect(names("The Senate ratified Norway's accession protocol on Tuesday.")).toEqual(["Norway's accession protocol"]);
    const x = extract("Peru and Ecuador signed a border demarcation treaty in Lima last week.");
    expect(x.treaties.map((e) => e.name)).toEqual(["A border demarcation treaty"]);
    expect(x.treaties[0]?.members_mentioned).toEqual(["Peru", "Ecuador"]);
    const y = extract("Talks ended with a trilateral memorandum signed by Chad, Niger and Mali at the summit.");
    expect(y.treaties.map((e) => e.name)).toEqual(["A trilateral memorandum signed by Chad, Niger and Mali"]);
    expect(y.treaties[0]?.members_mentioned).toEqual(["Chad", "Niger", "Mali"]);
  });

  it("ends a signing tail where a clause about something else begins, before a later party", () => {
    const x = extract("A 2003 mutual defence pact signed by the bloc's members allowed them to send troops if Maputo asked, he said.");
    expect(x.treaties.map((e) => e.name)).toEqual(["A 2003 mutual defence pact"]);
  });

  it("reads a plural head under a proper name as one set of instruments, not a bloc's treaties", () => {
    const x = extract("Britain and France have co-operated on defence since the Lancaster House treaties of 2010, Yvette Cooper said.");
    expect(x.treaties.map((e) => e.name)).toEqual(["Lancaster House treaties of 2010"]);
    const y = extract("Any change would require amending the EU treaties, Angela Merkel said.");
    expect(y.treaties.map((e) => e.name)).toEqual([]);
  });

  it("keeps the indefinite article of a name's form among its aliases", () => {
    const x = extract("Manila and Washington are bound by a 1951 Mutual Defense Treaty, Perfecto Yasay said.");
    expect(x.treaties[0]?.aliases).toContain("a 1951 Mutual Defense Treaty");
  });

  it("keeps 'for peaceful purposes' in a topic and dates a description by ', which came into force in YEAR'", () => {
    const x = extract("The 2016 intergovernmental agreement on cooperation in the use of atomic energy for peaceful purposes is in force, Alexei Zolotov said.");
    expect(x.treaties.map((e) => e.name)).toEqual(["2016 intergovernmental agreement on cooperation in the use of atomic energy for peaceful purposes"]);
    const y = extract("The leaders reviewed the land boundary agreement, which came into force in 2015, Harsh Vardhan Shringla said.");
    expect(y.treaties.map((e) => e.name)).toEqual(["Land boundary agreement"]);
    const z = extract("Under the deal, which came into force in 2004, asylum seekers must claim asylum in the first country they reach.");
    expect(z.treaties).toEqual([]);
    const w = extract("France brokered the Linas-Marcoussis Accord. The French-brokered deal, signed near Paris in January 2003, gave the rebels posts, Jacques Chirac said.");
    expect(w.treaties.map((e) => e.name)).toEqual(["Linas-Marcoussis Accord"]);
  });

  it("ends a name before 'and to the' and a second treaty name", () => {
    const x = extract("Lesotho was bound by the Maseru Treaty and to the Protocol on Politics, Defence and Security Co-operation, the summit said.");
    expect(x.treaties.map((e) => e.name)).toEqual(["Maseru Treaty", "Protocol on Politics, Defence and Security Co-operation"]);
  });

  it("takes no commercial agreement for a treaty", () => {
    const x = extract("The final decision depends on the commercial agreement between Gazprom and China, Mongolia's minister said.");
    expect(x.treaties).toEqual([]);
  });

  it("lists an indefinite description under the article's words, article included, and keeps the bare form", () => {
    const x = extract("Warsaw and Berlin recognised the border in a 1990 treaty, Morawiecki said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["A 1990 treaty"]);
    expect(x.treaties[0]?.aliases).toContain("1990 treaty");
    expect(x.statements[0]?.about_treaties).toEqual(["A 1990 treaty"]);
  });

  it("tells two descriptions apart by their parties, then lists the one named from them under its own words", () => {
    const text = "Russia and Kyrgyzstan set up the fund under an intergovernmental agreement in 2013.\n\nThe schools are built under the intergovernmental agreement on the construction of the schools, the ambassador said.";
    const names = extract(text).treaties.map((t) => t.name);
    expect(names).toHaveLength(2);
    expect(names).toContain("An intergovernmental agreement");
  });

  it("reads an indefinite year-dated description as a new treaty", () => {
    expect(names("Oslo and Reykjavik are bound by a 1958 fisheries pact that neither wants to reopen.")).toEqual(["A 1958 fisheries pact"]);
  });

  it("reads a description whose parties are a two-word state in a hyphenated pair, and keeps it apart from a deal on another subject", () => {
    const x = extract([
      "A senior trade official said the talks on the China-Sri Lanka free trade pact could be completed next year.",
      "New Delhi is pressing Colombo to sign the Economic and Technology Cooperation Agreement.",
    ].join("\n\n"));
    const pact = x.treaties.find((e) => e.name === "China-Sri Lanka free trade pact");
    expect(new Set(pact?.members_mentioned)).toEqual(new Set(["China", "Sri Lanka"]));
    expect(x.treaties.map((e) => e.name)).toContain("Economic and Technology Cooperation Agreement");
    expect(statementWith(x, "the talks on")?.about_treaties).toEqual(["China-Sri Lanka free trade pact"]);
  });

  it("ends a description's topic before a quotation that closes or ends it, and reads no topic from 'on offer' or 'on his first day'", () => {
    const x = extract([
      "Guterres called the agreement on crossings “encouraging” for the talks.",
      "India and China signed the agreement on maintaining 'peace and tranquillity' in border areas.",
      "The commissioner said the EPA remained “the best deal on offer” for the region.",
      "Trump has vowed to pull out of the deal on his first day in office.",
    ].join("\n\n"));
    const names = x.treaties.map((e) => e.name);
    expect(names).toContain("Agreement on crossings");
    expect(names).toContain("Agreement on maintaining 'peace and tranquillity' in border areas");
    expect(names.some((n) => /offer|first day|encouraging/.test(n))).toBe(false);
  });

  it("ends a treaty's name at a paragraph break (a caption without its period)", () => {
    const x = extract("The judge (pictured) said the ruling upholds the Treaty of Lima\n\nUnder the Quito Accord, Peru returns asylum seekers.");
    expect(x.treaties.map((e) => e.name)).toEqual(["Treaty of Lima", "Quito Accord"]);
  });

  it("reads a possessive inside a name, ends a name before 'with' and its party, and does not take a verb after a state for a demonym's noun", () => {
    const x = extract([
      "He recalled the Treaty of Friendship and Cooperation between the USSR and the People's Republic of Angola.",
      "The Treaty on Allied Relations between Russia and Uzbekistan was signed in 2005.",
      "Bahrain signed the Comprehensive Security Integration and Prosperity Agreement with the Americans in 2023.",
    ].join("\n\n"));
    expect(x.treaties.map((e) => e.name)).toEqual([
      "Treaty of Friendship and Cooperation between the USSR and the People's Republic of Angola",
      "Treaty on Allied Relations between Russia and Uzbekistan",
      "Comprehensive Security Integration and Prosperity Agreement",
    ]);
  });

  it("reads a lower-case title's comma list ('the treaty on friendship, good-neighbourliness and cooperation') and keeps a name's 'of YEAR' as written", () => {
    const x = extract("The treaty on friendship, good-neighbourliness and cooperation, signed in Skopje in 2017, set up a commission. Luxembourg lived under the Treaty of London of 1867.");
    const names = x.treaties.map((e) => e.name);
    expect(names[0]).toMatch(/^Treaty on friendship, good-neighbourliness and cooperation/);
    expect(names).toContain("Treaty of London of 1867");
    expect(x.treaties.find((e) => e.name === "Treaty of London of 1867")?.aliases).toContain("Treaty of London");
  });

  it("reads no treaty in a state's bill of rights ('the Charter of Rights and Freedoms')", () => {
    const x = extract("The judge said the Quito Accord violates the Charter of Rights and Freedoms.");
    expect(x.treaties.map((e) => e.name)).toEqual(["Quito Accord"]);
  });

  it("does not read bare, generic or hypothetical mentions as treaties", () => {
    expect(names("Both sides said an agreement was close.")).toEqual([]);
    expect(names("Any agreement would need the approval of parliament.")).toEqual([]);
    expect(names("Peru and Ecuador may one day sign a new treaty.")).toEqual([]);
    expect(names("The ministers discussed trade agreements and tariffs.")).toEqual([]);
    expect(names("He said the deal was off.")).toEqual([]);
    expect(names("Diplomats signed the deal on the sidelines of the summit in Rome.")).toEqual([]);
  });

  it("dates a name by its signing tail, so 'the 1993 treaty' refers to it and not to another known treaty of 1993", () => {
    const x = extract([
      "Ambassador Igor Bratchikov said ties still rest on the Treaty on Friendly Relations and Cooperation signed by Russia and Slovakia in 1993.",
      "\"The 1993 treaty has not been denounced by either side,\" he said. Washington and Moscow once argued over arms control.",
    ].join("\n\n"));
    expect(x.treaties.map((e) => e.name)).toEqual(["Treaty on Friendly Relations and Cooperation"]);
    expect(statementWith(x, "The 1993 treaty has not")?.about_treaties).toEqual(["Treaty on Friendly Relations and Cooperation"]);
  });

  it("reads 'the nuclear deal' as the JCPOA when its sentence names Iran, without 'under' in its form; not a year-only descriptor", () => {
    const x = extract("Tehran met its commitments under last year's nuclear deal with world powers, the agency said.");
    const t = x.treaties.find((e) => e.name === "Joint Comprehensive Plan of Action");
    expect(t?.aliases.some((a) => a.startsWith("under"))).toBe(false);
    expect(t).toBeDefined();
    const y = extract("Portugal's envoy said the 1994 treaty with Moscow still guides relations between Lisbon and Russia.");
    expect(y.treaties.map((e) => e.name)).not.toContain("Budapest Memorandum");
  });

  it("does not take a known treaty of that year between other states for 'the 1995 treaty' in a sentence about a state outside it", () => {
    const x = extract([
      "Belarus and Kazakhstan are also members of the union.",
      "Armenian envoy Gurgen Arsenyan said the Russian base in Gyumri operates under the 1995 treaty, and Yerevan sees no reason to revise it.",
    ].join("\n\n"));
    expect(x.treaties.map((e) => e.name).filter((n) => /Belarus/.test(n))).toEqual([]);
  });

  it("dates a description by the year its signing tail gives, for a later 'the 2006 document'", () => {
    const x = extract([
      "Susana Malcorra said the suspension would last until Venezuela fulfilled the terms of the protocol of accession Caracas signed in 2006.",
      "Legal advisers concluded the 2006 document left little room for interpretation, a senior Uruguayan official said.",
    ].join("\n\n"));
    const name = x.treaties.find((e) => /^Protocol of accession/.test(e.name))?.name;
    expect(name).toBeDefined();
    expect(statementWith(x, "Legal advisers concluded")?.about_treaties).toEqual([name]);
  });

  it("refers 'the 1963 treaty' to a treaty of that year the article has named", () => {
    const x = extract([
      "Paris and Berlin marked the anniversary of the Élysée Treaty.",
      "A French official said the 1963 treaty had outlived its critics.",
    ].join("\n\n"));
    expect(x.treaties.map((e) => e.name)).toEqual(["Élysée Treaty"]);
    expect(statementWith(x, "the 1963 treaty")?.about_treaties).toEqual(["Élysée Treaty"]);
  });
});

describe("treaty names with a year, qualifiers and shared generic names", () => {
  it("lists an unknown treaty named with a year before it as the article writes it, the bare name as an alias", () => {
    const x = extract("Lima still cites the 1929 Santiago Accord in the dispute.");
    expect(x.treaties.map((e) => e.name)).toEqual(["1929 Santiago Accord"]);
    expect(x.treaties[0]?.aliases).toContain("Santiago Accord");
  });

  it("tells the North Atlantic Treaty from the alliance", () => {
    const x = extract("Finland joined NATO after ratifying the 1949 North Atlantic Treaty.");
    expect(x.treaties.map((e) => e.name)).toEqual(["North Atlantic Treaty Organization", "1949 North Atlantic Treaty"]);
    expect(x.treaties[1]?.aliases).toContain("North Atlantic Treaty");
    expect(extract("NATO-led troops stayed in the region.").treaties.map((e) => e.name)).toEqual(["North Atlantic Treaty Organization"]);
  });

  it("resolves a generic name only when its sentence names a party, and reads qualified names as their own", () => {
    expect(extract("Kyiv said the Association Agreement remained in force.").treaties.map((e) => e.name)).toEqual(["EU–Ukraine Association Agreement"]);
    expect(extract("Officials said the Association Agreement remained in force.").treaties.map((e) => e.name)).toEqual(["Association Agreement"]);
    expect(extract("Tbilisi said the EU-Georgia Association Agreement remained in force.").treaties.map((e) => e.name)).toEqual(["EU–Georgia Association Agreement"]);
    expect(extract("The ministers praised the Stabilisation and Association Agreement.").treaties.map((e) => e.name)).toEqual(["Stabilisation and Association Agreement"]);
    // Listed under the name the article writes, with the parties of the Russia–Iran treaty, not the Russia–North Korea one.
    const x = extract("Tehran and Moscow ratified the Comprehensive Strategic Partnership Treaty.");
    expect(x.treaties.map((e) => [e.name, new Set(e.members_mentioned)])).toEqual([["Comprehensive Strategic Partnership Treaty", new Set(["Iran", "Russia"])]]);
  });

  it("refers 'this document' to an agreement named in the previous paragraph", () => {
    const x = extract([
      "The Treaty on the Neutral Zone between Kuwait and Saudi Arabia was signed in 1965.",
      "\"This document is still valid,\" the minister said.",
    ].join("\n\n"));
    expect(statementWith(x, "This document")?.about_treaties).toEqual(["Treaty on the Neutral Zone between Kuwait and Saudi Arabia"]);
  });
});

describe("treaties: gazetteer additions, forward year reference, description in apposition", () => {
  it("reads 'the Dayton peace accords' and 'the 1998 Good Friday peace agreement' as the known agreements", () => {
    const x = extract("Croatia said the jets broke the limits of the Dayton peace accords. Lawyers cited the 1998 Good Friday peace agreement.");
    // Listed under the fuller name the article writes, with the gazetteer's among the aliases.
    expect(x.treaties.map((t) => [t.name, t.aliases.includes("Dayton Agreement") || t.aliases.includes("Good Friday Agreement")]))
      .toEqual([["Dayton peace accords", true], ["1998 Good Friday peace agreement", true]]);
  });

  it("reads ECOWAS, the Alliance of Sahel States, the Svalbard Treaty and its other name as known entries", () => {
    const x = extract("Mali left ECOWAS and joined the Alliance of Sahel States. Oslo cited the Svalbard Treaty, also known as the Spitsbergen Treaty.");
    const names = x.treaties.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(["Economic Community of West African States", "Alliance of Sahel States", "Svalbard Treaty"]));
    expect(names.filter((n) => /Spitsbergen/.test(n))).toEqual([]);
  });

  it("lets 'the 1920 treaty' in a lead refer forward to the known treaty of that year named later", () => {
    const x = extract("Oslo's new rules break the 1920 treaty, a diplomat said.\n\nMoscow said the Svalbard Treaty guarantees equal rights.");
    expect(x.treaties).toHaveLength(1);
    expect(x.treaties[0]?.aliases).toContain("the 1920 treaty");
  });

  it("joins a description to the treaty named in apposition after it", () => {
    const x = extract("The three states signed a mutual defence pact, the Liptako-Gourma Charter, in September 2023, as France and the United States watched.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Liptako-Gourma Charter"]);
  });

  it("reads a capitalised 'Arrangement' as the head of a treaty's name", () => {
    const x = extract("Ardern said the Trans-Tasman Travel Arrangement, which lets citizens of both nations live on either side, was not in question.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Trans-Tasman Travel Arrangement"]);
    expect(x.statements[0]?.about_treaties).toEqual(["Trans-Tasman Travel Arrangement"]);
  });
});

describe("one treaty described twice", () => {
  it("lists two descriptions of the same year, head noun and parties as one treaty", () => {
    const x = extract("Budapest said the treaty signed by the two countries in Timisoara in 1996 guaranteed minority rights.\n\nThe 1996 basic treaty between Romania and Hungary is a cornerstone of ties, Iohannis said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Treaty signed by the two countries in Timisoara in 1996"]);
    expect(x.treaties[0]?.aliases).toContain("The 1996 basic treaty between Romania and Hungary");
  });

  it("keeps two descriptions of one year apart when they say different things of the treaty", () => {
    const x = extract("Bern met its duties under the 1999 overland transport agreement with the EU, Leuthard said.\n\nJuncker said the 1999 agreement on the free movement of persons was not negotiable.");
    expect(x.treaties).toHaveLength(2);
  });

  it("reads 'the Russia-DPRK treaty' as the treaty the article named between the two", () => {
    const x = extract("Moscow and Pyongyang signed the Treaty on Comprehensive Strategic Partnership between Russia and the Democratic People's Republic of Korea in June.\n\nThe Russia-DPRK treaty threatens nobody, Rudenko said.");
    expect(x.treaties).toHaveLength(1);
    expect(x.treaties[0]?.aliases).toContain("Treaty on Comprehensive Strategic Partnership between Russia and the Democratic People's Republic of Korea");
    expect(x.statements[0]?.about_treaties).toEqual([x.treaties[0]?.name]);
  });
});

describe("a treaty's place before a generic noun", () => {
  it("reads 'the Rarotonga document' as the Treaty of Rarotonga once the article has named it", () => {
    const x = extract("Pavlovsky said the deal runs counter to the Treaty of Rarotonga.\n\n\"They signed the Rarotonga document in 1985,\" Pavlovsky said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Treaty of Rarotonga"]);
    expect(x.statements.at(-1)?.about_treaties).toEqual(["Treaty of Rarotonga"]);
  });

  it("reads 'the Le Touquet arrangements' as the treaty signed there, and nothing before the treaty is named", () => {
    const x = extract("Macron said the Le Touquet arrangements should be revisited.\n\nThe deal builds on the 2003 Treaty of Le Touquet.\n\nCameron said the Le Touquet arrangements would stay.");
    expect(x.statements[0]?.about_treaties).toEqual([]);
    expect(x.statements.at(-1)?.about_treaties).toEqual(["2003 Treaty of Le Touquet"]);
  });
});

describe("treaties: dated names", () => {
  it("tells a revised founding treaty from the one it replaced ('the Revised ECOWAS Treaty', 'the ECOWAS Treaty')", () => {
    expect(extract("Cape Verde signed the Revised ECOWAS Treaty in 1993, the court said.").treaties.map((t) => t.name)).toEqual(["Revised ECOWAS Treaty"]);
    expect(extract("Cape Verde signed the ECOWAS Treaty in 1975, the court said.").treaties.map((t) => t.name)).toEqual(["Treaty of Lagos"]);
  });

  it("lists a known treaty that the article only describes by its year with that year", () => {
    const x = extract("NATO said it was keeping to a 1997 agreement with Moscow on troop deployments.");
    expect(x.treaties.map((t) => t.name)).toContain("NATO–Russia Founding Act (1997)");
  });

  it("lists a known treaty under the name the article writes with its year, unless the article also writes its own name", () => {
    const x = extract("Ankara said it would apply the 1936 Montreux Convention to every warship.");
    expect(x.treaties.map((t) => t.name)).toEqual(["1936 Montreux Convention"]);
    expect(x.treaties[0]?.aliases).toContain("Montreux Convention");
    const y = extract("Ankara said it would apply the 1936 Montreux Convention. The Montreux Convention binds it.");
    expect(y.treaties.map((t) => t.name)).toEqual(["Montreux Convention"]);
  });
});

describe("treaties: place short forms, Helsinki Final Act, bloc-to-bloc trade agreement", () => {
  it("reads a place alone as the treaty named after it, once named", () => {
    const x = extract("Ankara invoked the Kyoto Protocol last week.\n\n\"We stand by Kyoto and will apply it fully,\" the minister said.");
    expect(statementWith(x, "We stand by Kyoto")?.about_treaties).toEqual(["Kyoto Protocol"]);
  });

  it("keeps a capital that stands for its government a state, but reads 'the spirit of' + capital as the treaty", () => {
    const x = extract("Moscow cited the Helsinki Final Act.\n\n\"Helsinki has forgotten it,\" the spokeswoman said.\n\n\"This betrays the spirit of Helsinki,\" she added.");
    expect(statementWith(x, "Helsinki has forgotten")?.about_treaties).toEqual([]);
    expect(statementWith(x, "This betrays")?.about_treaties).toEqual(["Helsinki Final Act"]);
  });

  it("identifies a trade agreement between the EU and Mercosur", () => {
    const x = extract("Ministers signed a trade agreement between the European Union and the South American bloc Mercosur on Saturday.");
    expect(x.treaties.map((t) => t.name)).toContain("EU–Mercosur Partnership Agreement");
  });
});

describe("treaties: sentence-initial descriptions and places after a preposition", () => {
  it("refers a capitalised description opening a quotation back to the treaty it describes", () => {
    const x = extract("Ministers praised the treaty on the state border signed by Chile and Peru in May.\n\n\"The border treaty ends a long dispute,\" the envoy said.");
    expect(statementWith(x, "The border treaty")?.about_treaties).toEqual(["Treaty on the state border signed by Chile and Peru in May"]);
  });

  it("reads a known accord from the place and year of its signing: dated when introduced by 'a', canonical when referred to by 'the'", () => {
    const x = extract("The opposition's place in public life was part of a peace accord signed in Moscow in 1997.\n\nParty leader Said Karimov said the vote had buried the 1997 agreement.");
    const dated = "General Agreement on the Establishment of Peace and National Accord in Tajikistan (1997)";
    expect(x.treaties.map((e) => e.name)).toEqual([dated]);
    expect(statementWith(x, "the vote had buried")?.about_treaties).toEqual([dated]);
    const y = extract("Its place was part of the peace accord signed in Moscow in 1997.");
    expect(y.treaties.map((e) => e.name)).toEqual(["General Agreement on the Establishment of Peace and National Accord in Tajikistan"]);
  });

  it("reads a treaty's place after a preposition of place as the place", () => {
    const x = extract("Delegates recalled the Kyoto Protocol.\n\n\"We met again in Kyoto last year,\" the envoy said.");
    expect(statementWith(x, "We met again")?.about_treaties).toEqual([]);
  });
});

describe("treaty names and descriptions: declarations, demonyms, parties after with, topic ends", () => {
  it("reads a joint declaration and a declaration of principles, not other declarations", () => {
    const x = extract("Officials cited the 1972 Bolivian-Peruvian Joint Declaration and the Declaration of Principles signed in Lima. The Declaration of Independence was read aloud.");
    const names = x.treaties.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["1972 Bolivian-Peruvian Joint Declaration", "Declaration of Principles"]));
    expect(names.some((n) => /Independence/.test(n))).toBe(false);
  });

  it("keeps the noun after a coordinated demonym inside the name", () => {
    const x = extract("The ministry said the patrols breached the 1975 Agreement on Troop Withdrawal between Chilean and Peruvian forces.");
    expect(x.treaties.map((e) => e.name)).toContain("1975 Agreement on Troop Withdrawal between Chilean and Peruvian forces");
  });

  it("ends a name before 'with' and a party", () => {
    const x = extract("Tokyo ratified the Mutual Logistics Agreement with Canberra last year.");
    const t = x.treaties.find((e) => e.name === "Mutual Logistics Agreement");
    expect(t?.members_mentioned).toContain("Australia");
  });

  it("ends a topic at a finite verb of the treaty's life", () => {
    const x = extract("Officials in Riga said the intergovernmental agreement on fishing quotas remains in force, Latvia and Estonia confirmed.");
    const t = x.treaties.find((e) => /fishing quotas/.test(e.name));
    expect(t?.name).toBe("Intergovernmental agreement on fishing quotas");
  });

  it("reads '(signed) with STATE' after a description as its party", () => {
    const x = extract("Ecuador stressed that a 1942 agreement with Peru settled the border. Its navy uses two ports under the maritime security agreement signed with Washington.");
    const aliases = x.treaties.flatMap((e) => [e.name, ...(e.aliases ?? [])]);
    expect(aliases).toEqual(expect.arrayContaining(["a 1942 agreement with Peru", "the maritime security agreement signed with Washington"]));
  });
});

describe("display names of known treaties", () => {
  it("keeps the gazetteer name when the article's form opens with a lower-case word", () => {
    const x = extract("Tehran warned it could reconsider its membership of the nuclear Non-Proliferation Treaty.");
    expect(x.treaties.map((e) => e.name)).toContain("Treaty on the Non-Proliferation of Nuclear Weapons");
  });
});

describe("dated peace treaties", () => {
  it("names a peace treaty the article dates as 'A–B peace treaty (YEAR)' under all its mentions", () => {
    const x = extract("Chile and Peru marked the anniversary of their peace treaty on Monday.\n\nThe 1929 peace treaty settled the dispute, Chile said.");
    const t = x.treaties.find((e) => /peace treaty/.test(e.name));
    expect(t?.name).toBe("Chile–Peru peace treaty (1929)");
  });
});

describe("two treaty names in a row", () => {
  it("ends a name before 'with'/'and the' and another treaty's name", () => {
    const x = extract("Officials compared the Treaty of Lima with the Quito Accord and the Treaty of Cusco and the Arica Protocol.");
    expect(x.treaties.map((e) => e.name)).toEqual(expect.arrayContaining(["Treaty of Lima", "Quito Accord", "Treaty of Cusco", "Arica Protocol"]));
  });
});

describe("described treaties: where a party list ends, one treaty described twice", () => {
  it("ends 'between A and B' at the last party 'and' joins", () => {
    const x = extract("The plant is built under a 2011 energy agreement between Chile and Peru and is financed by a loan.");
    expect(x.treaties.map((e) => e.name)).toEqual(["A 2011 energy agreement between Chile and Peru"]);
    const y = extract("Both sides will use the customs agreement between Chile and Peru, Peruvian minister Ana Ruiz said.");
    expect(y.treaties.map((e) => e.name)).toEqual(["Customs agreement between Chile and Peru"]);
    expect(y.treaties[0]?.members_mentioned).toEqual(expect.arrayContaining(["Chile", "Peru"]));
  });

  it("merges two descriptions with the same parties and a shared topic word", () => {
    const x = extract("They praised the fishing agreement between Chile and Peru.\n\nThe agreement on a joint fishing zone between Peru and Chile has been in force since 2019.");
    expect(x.treaties.map((e) => e.name)).toEqual(["Fishing agreement between Chile and Peru"]);
    const y = extract("They praised the fishing agreement between Chile and Peru.\n\nThe agreement on energy between Peru and Chile was signed later.");
    expect(y.treaties).toHaveLength(2);
  });
});

describe("treaties: dated descriptions, articles in names, quoted nicknames, nineteenth-century years", () => {
  it("does not take a month before the noun for an identifier unless the parties follow", () => {
    expect(extract("The rebels said the October agreement remains the basis of talks.").treaties).toEqual([]);
    const x = extract("Qatar helped broker the October truce deal between Chile and Peru last year.");
    expect(x.treaties.map((e) => e.name)).toEqual(["October truce deal between Chile and Peru"]);
  });

  it("keeps an article before a capitalised topic in a name", () => {
    const x = extract("Ministers recalled that they signed the Treaty on a Joint Water Commission in 2009.");
    expect(x.treaties.map((e) => e.name)).toContain("Treaty on a Joint Water Commission");
  });

  it("reads a deal named by a quoted nickname between states", () => {
    const x = extract("Chile and Peru launched the \"two for one\" deal on Monday.");
    expect(x.treaties.map((e) => e.name)).toEqual(["two for one"]);
    expect(extract("Fans loved the \"buy one, get one\" deal at the stadium.").treaties).toEqual([]);
    expect(extract("Britain and Canada sealed what Truss hails as a 'gold-standard' agreement.").treaties).toEqual([]);
  });

  it("reads a nineteenth-century year as identifying a described treaty", () => {
    const x = extract("The frontier was drawn under an 1881 agreement between Chile and Argentina.");
    expect(x.treaties.map((e) => e.name)).toEqual(["An 1881 agreement between Chile and Argentina"]);
  });
});

describe("treaty names, aliases and predecessors", () => {
  it("keeps an en dash and a lower-case 'of' inside a capitalised name", () => {
    const x = extract("Peru and Chile renewed the General Exchange of Border Data Agreement and joined the Andean East–West Rail Corridor Agreement.");
    const names = x.treaties.map((e) => e.name);
    expect(names).toContain("General Exchange of Border Data Agreement");
    expect(names).toContain("Andean East–West Rail Corridor Agreement");
  });

  it("gives a described treaty its bare phrase and its identifying tail as aliases", () => {
    const x = extract("Chile cited a 2015 fisheries memorandum it signed with Peru. Bolivia recalled the intergovernmental agreement of 2009 with Peru.");
    const aliases = x.treaties.flatMap((e) => e.aliases);
    expect(aliases).toEqual(expect.arrayContaining(["a 2015 fisheries memorandum", "a 2015 fisheries memorandum it signed with Peru", "the intergovernmental agreement of 2009"]));
  });

  it("keeps the treaty noun after a modifier noun ('the 1967 armistice agreement')", () => {
    const x = extract("Chile and Peru still refer to the 1967 armistice agreement. The armistice agreement set the line.");
    const t = x.treaties.find((e) => e.name.startsWith("1967 armistice"));
    expect(t?.aliases).toEqual(expect.arrayContaining(["the 1967 armistice agreement", "The armistice agreement"]));
  });

  it("does not make a description with its own topic or party a back-reference to another treaty", () => {
    const x = extract("Peru invoked the 2004 Fisheries Agreement. Lima also praised the comprehensive trade agreement with the European Union.");
    const fish = x.treaties.find((e) => /Fisheries Agreement/.test(e.name));
    expect(fish?.aliases.some((a) => /comprehensive/.test(a))).toBe(false);
    expect(x.treaties.some((e) => e.aliases.includes("the comprehensive trade agreement with the European Union"))).toBe(true);
  });

  it("reads 'X signed a defence protocol with Y' as a treaty between X and Y", () => {
    const x = extract("Chile, which has its own quarrel with Bolivia, signed a defence protocol with Peru in 2023.");
    const t = x.treaties.find((e) => /defence protocol/.test(e.name));
    expect(t?.name).toBe("A defence protocol with Peru in 2023");
    expect(t?.members_mentioned).toEqual(expect.arrayContaining(["Chile", "Peru"]));
  });

  it("reads a ceasefire dated by month and year between two states, and its later mentions", () => {
    const x = extract("Peru said Chilean shelling endangered the March 2021 ceasefire with Chile. The ceasefire has mostly held.");
    const t = x.treaties.find((e) => /ceasefire/i.test(e.name));
    expect(t?.aliases).toEqual(expect.arrayContaining(["the March 2021 ceasefire", "The ceasefire"]));
    // Without a dated one, "the ceasefire" is the unnamed ceasefire the article speaks of.
    expect(extract("Rebels said the ceasefire would hold.").treaties.map((e) => e.name)).toEqual(["Ceasefire"]);
  });

  it("keeps the Eurasian Economic Community apart from the Eurasian Economic Union", () => {
    const x = extract("The Eurasian Economic Community was folded into the Eurasian Economic Union in 2015.");
    expect(x.treaties.map((e) => e.name)).toEqual(expect.arrayContaining(["Eurasian Economic Community", "Eurasian Economic Union"]));
  });
});

describe("declarations named after a city, and acronyms in brackets", () => {
  it("reads a city declaration the two leaders signed, not any declaration", () => {
    const x = extract("Peru and Chile still cite the Lima Declaration, which the two leaders signed in 2019.");
    expect(x.treaties.map((e) => e.name)).toContain("Lima Declaration");
    expect(extract("Activists in Lima read out the Lima Declaration on climate justice.").treaties).toEqual([]);
  });

  it("reads a declaration 'on' a capitalised topic that its sentence says was signed as an agreement", () => {
    const x = extract("Ties rest on the Declaration on Strategic Cooperation signed by Presidents Ivan Petrov and Ali Karimov in 2022. \"The declaration set a high bar,\" the envoy said.");
    expect(x.treaties.map((e) => e.name)).toEqual(["Declaration on Strategic Cooperation"]);
    expect(statementWith(x, "The declaration set")?.about_treaties).toEqual(["Declaration on Strategic Cooperation"]);
    expect(extract("The assembly adopted the Declaration on the Rights of Indigenous Peoples in 2007.").treaties).toEqual([]);
  });

  it("lists the acronym in brackets after a new treaty's name as its alias", () => {
    const x = extract("Chile and Peru signed the Joint Border Patrol Agreement (JBPA) last year.");
    expect(x.treaties.find((e) => e.name === "Joint Border Patrol Agreement")?.aliases).toContain("JBPA");
  });

  it("lists a described treaty under its fullest description, with the identifying tail", () => {
    const x = extract("Officials said the canal is being dug under the intergovernmental agreement signed by Ghana and Togo in June 2019. The minister said the agreement would hold.");
    expect(x.treaties.map((e) => e.name)).toEqual(["Intergovernmental agreement signed by Ghana and Togo in June 2019"]);
    expect(x.statements.find((st) => st.quote.includes("would hold"))?.about_treaties).toEqual(["Intergovernmental agreement signed by Ghana and Togo in June 2019"]);
  });

  it("keeps the treaty's own year after its name in the name the article writes", () => {
    const x = extract("The minister said aid came under the Collective Security Treaty of 1992, which binds the allies.");
    expect(x.treaties.map((e) => e.name)).toEqual(["Collective Security Treaty of 1992"]);
  });

  it("reads 'the agreement of YEAR' as a dated treaty, not a back-reference to a treaty of another year", () => {
    const x = extract("Both states belong to the Collective Security Treaty of 1992. The envoy said the troops stay under the agreement of 2008, which runs until 2040.");
    expect(x.treaties.map((e) => e.name)).toEqual(["Collective Security Treaty of 1992", "Agreement of 2008"]);
    expect(x.statements.find((st) => st.quote.includes("troops stay"))?.about_treaties).toEqual(["Agreement of 2008"]);
  });

  it("reads a description dated by its signing ('signed by the two countries in May 2019') as a treaty", () => {
    const x = extract("Ghana and Togo are building a railway. It is financed under the intergovernmental agreement signed by the two countries in May 2019, the minister said.");
    expect(x.treaties.map((e) => e.name)).toEqual(["Intergovernmental agreement signed by the two countries in May 2019"]);
  });

  it("refers 'the truce' back to a ceasefire", () => {
    const x = extract("Ghana and Togo signed the June 2021 ceasefire after talks. The minister said the truce was holding.");
    expect(x.statements.find((st) => st.quote.includes("truce"))?.about_treaties).toEqual(["June 2021 ceasefire"]);
  });

  it("reads 'a treaty signed in PLACE in YEAR' as the known treaty signed there that year", () => {
    const x = extract("The minister said the union rests on a treaty signed in Astana in May 2014.");
    expect(x.treaties.map((e) => e.name)).toEqual(["Treaty on the Eurasian Economic Union (2014)"]);
    expect(x.treaties[0]?.aliases).toContain("a treaty signed in Astana in May 2014");
    const y = extract("The minister said the union rests on a treaty signed in Astana in May 2019.");
    expect(y.treaties.map((e) => e.name)).not.toContain("Treaty on the Eurasian Economic Union (2014)");
  });

  it("reads a memorandum of understanding with its parties as a treaty, not one without", () => {
    const x = extract("The minister said the memorandum of understanding between Ghana and Togo would hold.");
    expect(x.treaties.map((e) => e.name)).toEqual(["Memorandum of understanding between Ghana and Togo"]);
    expect(extract("Ghana signed a memorandum of understanding on trade.").treaties).toHaveLength(0);
  });

  it("does not refer 'the agreements' to a singular agreement whose name ends in s", () => {
    const x = extract("Ghana cited the 1999 agreement on the free movement of persons. Critics said the agreements would hurt farmers.");
    expect(x.statements.find((st) => st.quote.includes("hurt farmers"))?.about_treaties ?? []).not.toContain("1999 agreement on the free movement of persons");
  });
});


describe("names and descriptions of a union", () => {
  it("reads 'the union programmes' as the union whose name came before the same noun", () => {
    const x = extract("Officials reviewed the Union State programmes in Minsk.\n\nThe Eurasian Economic Union met in Almaty.\n\nThe deputy premier said the union programmes were on schedule.");
    const s = statementWith(x, "the union programmes were on schedule");
    expect(s?.about_treaties).toEqual(["Union State of Russia and Belarus"]);
  });

  it("keeps the gazetteer's name when the article writes it with its parties in another order", () => {
    const x = extract("The Union State of Belarus and Russia held a session in Minsk.");
    expect(x.treaties.map((e) => e.name)).toContain("Union State of Russia and Belarus");
  });
});

describe("treaties: a state's agreement with another state, a bloc's own pact", () => {
  it("reads 'Paris's agreement with Morocco' as the treaty between the two states", () => {
    const x = extract("The French president has defended Paris's agreement with Morocco, under which fishing boats may use its ports.");
    const t = x.treaties.find((y) => /agreement with Morocco/.test(y.name));
    expect(t?.members_mentioned).toEqual(expect.arrayContaining(["France", "Morocco"]));
  });

  it("does not list the EU's own pact as a treaty", () => {
    const x = extract("Hungary said it would not apply the EU's new asylum pact, which takes effect next year.");
    expect(x.treaties.map((y) => y.name)).not.toContain("EU's new asylum pact");
    expect(x.treaties).toEqual([]);
  });
});

describe("'the organization' after a named organisation that is no treaty", () => {
  it("does not refer back to an alliance named earlier", () => {
    const x = extract([
      "NATO ministers met in Brussels on Thursday.",
      "Spokeswoman Anna Varga said Moscow had received no proposals from the OSCE Secretariat on the budget of the organization.",
    ].join("\n\n"));
    const s = x.statements.find((y) => /budget of the organization/.test(y.quote));
    expect(s?.about_treaties).toEqual([]);
  });
});

describe("one treaty written several ways", () => {
  it("merges a short proper form into the dated name and keeps both as its forms", () => {
    const x = extract(
      "Riga recalled the 1921 Narva Peace Treaty on Monday.\n\nLatvian officials said the Narva treaty still defined the frontier, and the Narva Peace Treaty was taught in schools.",
    );
    const narva = x.treaties.filter((t) => /narva/i.test(`${t.name} ${t.aliases.join(" ")}`));
    expect(narva).toHaveLength(1);
    expect(narva[0]?.aliases.join("|")).toMatch(/Narva treaty/);
  });

  it("merges a description with the same parties and words, and a statement about it names the kept entry", () => {
    const x = extract(
      "Latvia and Lithuania signed the Latvian-Lithuanian fisheries agreement signed in Riga in 2019.\n\n" +
        "The minister said the fisheries agreement between Latvia and Lithuania had never been applied.",
    );
    const fish = x.treaties.filter((t) => /fisheries/i.test(t.name));
    expect(fish).toHaveLength(1);
    const s = x.statements.find((st) => st.quote.includes("never been applied"));
    expect(s?.about_treaties).toEqual([fish[0]?.name]);
  });

  it("keeps apart treaties with other parties, another year or other identifying words", () => {
    const x = extract(
      "Tokyo wants a peace treaty with Russia, diplomats said, while the San Francisco Peace Treaty of 1951 was signed without Moscow.\n\n" +
        "The 1994 border agreement between Latvia and Russia differs from the 2007 border agreement between Latvia and Russia.",
    );
    expect(x.treaties.some((t) => /San Francisco/.test(t.name))).toBe(true);
    expect(x.treaties.filter((t) => /border agreement/i.test(`${t.name}`)).length).toBeGreaterThanOrEqual(2);
  });
});

describe("a description that repeats a word of the treaty's name", () => {
  it("refers 'the lease agreement' back to the agreement on the lease", () => {
    const x = extract(
      "Russia and Kazakhstan signed the agreement on the lease of the Baikonur complex in 1994.\n\nTokayev said the lease agreement remained valid.",
    );
    expect(statementWith(x, "the lease agreement remained valid")?.about_treaties).toEqual(["Agreement on the lease of the Baikonur complex"]);
  });

  it("does not read 'the whole organization' as a description of a treaty", () => {
    const x = extract("The Collective Security Treaty Organization met in Moscow.\n\nThe general said the belt had to be built by the whole organization, not by one country.");
    expect(statementWith(x, "the belt had to be built")?.about_treaties).toEqual(["Collective Security Treaty Organization"]);
  });
});

describe("bare article numbers the press uses for one treaty", () => {
  it("reads 'Article 5' as NATO once the article names NATO", () => {
    const x = extract("NATO leaders met in Warsaw.\n\nThe secretary of state said Washington's commitment to Article 5 was unshakeable.");
    expect(statementWith(x, "Washington's commitment to Article 5")?.about_treaties).toEqual(["North Atlantic Treaty Organization"]);
    expect(x.treaties.find((t) => t.name === "North Atlantic Treaty Organization")?.aliases).toContain("Article 5");
  });

  it("reads the numbers the press spells out ('Article Fifty', 'Article Five')", () => {
    const x = extract("Theresa May said: \"We will invoke Article Fifty no later than the end of March.\"");
    expect(statementWith(x, "We will invoke")?.about_treaties).toEqual(["Treaty of Lisbon"]);
    const y = extract("NATO leaders met in Warsaw.\n\nThe minister said Article Five was the heart of the alliance.");
    expect(statementWith(y, "Article Five was")?.about_treaties).toEqual(["North Atlantic Treaty Organization"]);
  });

  it("does not read 'Article 5' as NATO in an article that does not name it", () => {
    const x = extract("The judge said Article 5 protected the right to liberty.");
    expect(x.treaties).toEqual([]);
  });

  it("reads 'Article 50' as the Lisbon Treaty, but not 'Article 50 of' another text", () => {
    expect(extract("The prime minister said she would not trigger Article 50 this year.").treaties.map((t) => t.name)).toEqual(["Treaty of Lisbon"]);
    expect(extract("The court said Article 50 of the constitution applied.").treaties).toEqual([]);
    expect(extract("Ministers will publish no plan before triggering Article 50.").treaties.map((t) => t.name)).toEqual(["Treaty of Lisbon"]);
    expect(extract("Ministers cited Article 5.2 of the charter.").treaties).toEqual([]);
  });
});

describe("the Northern Ireland Protocol", () => {
  it("is its own entry, apart from the Withdrawal Agreement it belongs to", () => {
    const names = extract("Dublin said the Northern Ireland Protocol and the Withdrawal Agreement had to be applied in full.").treaties.map((t) => t.name);
    expect(names).toEqual(["Northern Ireland Protocol", "Brexit Withdrawal Agreement"]);
  });
});

describe("treaty names completed in the text", () => {
  it("lists a known treaty under the article's full form with its parties", () => {
    const x = extract("Zakharova said the Treaty on Comprehensive Strategic Partnership between Russia and the Democratic People's Republic of Korea (DPRK) was defensive.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Treaty on Comprehensive Strategic Partnership between Russia and the Democratic People's Republic of Korea (DPRK)"]);
  });

  it("reads a lower-case title after 'of' as part of a described treaty", () => {
    const x = extract("She said the pact revives the 1961 treaty of friendship, cooperation and mutual assistance between the Soviet Union and the DPRK, which lapsed.");
    const t = x.treaties.find((e) => e.name.startsWith("1961 treaty"));
    expect(t?.aliases).toContain("the 1961 treaty of friendship, cooperation and mutual assistance");
    expect(new Set(t?.members_mentioned)).toEqual(new Set(["Soviet Union", "North Korea"]));
  });
});

describe("descriptions placed by their words", () => {
  it("reads 'the Kyoto climate pact' as the Kyoto Protocol, not the Paris Agreement", () => {
    const x = extract("The Kyoto climate pact came into force on Wednesday.\n\nMr Bush said the deal would damage the American economy.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Kyoto Protocol"]);
    expect(statementWith(x, "the deal would damage")?.about_treaties).toEqual(["Kyoto Protocol"]);
  });

  it("does not read a capital in the possessive as the place of signing", () => {
    const x = extract("Meloni has defended Rome's agreement with Albania on migrants.");
    expect(x.treaties.map((t) => t.name)).not.toContain("Rome Statute of the International Criminal Court");
  });

  it("reads a description in apposition after a treaty's name as that treaty", () => {
    const x = extract("Trump said the United States would leave the Open Skies Treaty, a 1992 pact allowing unarmed flights.\n\nHe said Moscow had not stuck to the deal.");
    expect(x.treaties).toHaveLength(1);
    expect(statementWith(x, "Moscow had not stuck to the deal")?.about_treaties).toEqual([x.treaties[0]?.name]);
  });

  it("ends a topic before 'back on the table'", () => {
    const x = extract("The president refused to put the 2002 agreement on farm spending back on the table.");
    expect(x.treaties.map((t) => t.name)).toEqual(["2002 agreement on farm spending"]);
  });

  it("lists the 1999 treaty apart from the Union State it created", () => {
    const x = extract("The Union State marks 25 years.\n\nGlazyev said the 1999 treaty had stood the test of time.");
    expect(statementWith(x, "the 1999 treaty had stood")?.about_treaties).toEqual(["Treaty on the Creation of the Union State"]);
  });
});

describe("dated and hyphenated back-references", () => {
  it("refers 'the 1997 document' back to the treaty of 1997 however far back it was named", () => {
    const x = extract("NATO and Russia signed the Founding Act in 1997.\n\nMoscow is angry.\n\nNobody listens.\n\nGrushko said the commitments set out in the 1997 document exist only on paper.");
    expect(statementWith(x, "the commitments set out")?.about_treaties).toEqual(["NATO–Russia Founding Act"]);
  });

  it("refers 'the visa-free agreement' back to the agreement on visa-free travel", () => {
    const x = extract("Russia suspended the 2010 agreement on visa-free travel with Turkey.\n\nThe minister said restoring the visa-free agreement would require guarantees.");
    const s = statementWith(x, "restoring the visa-free agreement");
    expect(s?.about_treaties).toHaveLength(1);
    expect(s?.about_treaties[0]).toMatch(/visa-free travel/);
  });
});

describe("era treaties the press describes", () => {
  it("reads 'a 1972 agreement between Washington and Moscow' as the Incidents at Sea Agreement", () => {
    const x = extract("The Navy was reviewing whether the Russians had breached a 1972 agreement between Washington and Moscow meant to prevent incidents at sea.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Agreement on the Prevention of Incidents On and Over the High Seas (1972)"]);
  });
});

describe("the place of an agreement's making, and dated acts", () => {
  it("reads 'promised at Kyoto', 'signed in Minsk' as the treaty the article named, not 'flew to Kyoto'", () => {
    const x = extract(
      "The Kyoto Protocol came into force. Mr Blair said: \"We will deliver what we promised at Kyoto.\" He later flew to Kyoto for talks.\n\n" +
        "The Minsk agreements were discussed. \"That is not what was signed in Minsk,\" Putin said. Lukashenko said he was in Minsk.",
    );
    expect(statementWith(x, "We will deliver")?.about_treaties).toEqual(["Kyoto Protocol"]);
    expect(statementWith(x, "That is not what was signed")?.about_treaties).toEqual(["Minsk agreements"]);
    expect(statementWith(x, "he was in Minsk")?.about_treaties).toEqual([]);
  });

  it("reads 'the 1997 act' in an article on NATO and Russia as the Founding Act, under its canonical name, and 'a 1997 agreement with Moscow' dated", () => {
    const x = extract("NATO leaders met in Warsaw to discuss Russia. Duda said that the 1997 act no longer bound the alliance.");
    expect(x.treaties.map((t) => t.name)).toContain("NATO–Russia Founding Act");
    const y = extract("NATO leaders met in Warsaw. Duda said a 1997 agreement with Moscow no longer bound the alliance.");
    expect(y.treaties.map((t) => t.name)).toContain("NATO–Russia Founding Act (1997)");
  });
});

describe("more era instruments and bodies", () => {
  it("reads 'a 1956 joint declaration' as the Soviet–Japanese Joint Declaration (1956), and 'the 1956 document' too", () => {
    const x = extract("Putin referred to a 1956 joint declaration with Japan.\n\nHe said Moscow regarded the 1956 document as the only basis for talks.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Soviet–Japanese Joint Declaration (1956)"]);
    expect(statementWith(x, "Moscow regarded the 1956 document")?.about_treaties).toEqual(["Soviet–Japanese Joint Declaration (1956)"]);
  });

  it("does not read the Convention on the Future of Europe (a body) as a treaty", () => {
    expect(extract("She was a member of the Convention on the Future of Europe.").treaties).toEqual([]);
  });

  it("keeps 'between the two countries' in a described treaty's alias", () => {
    const x = extract("Rosatom is building the plant under a 2010 agreement between the two countries, Putin said.");
    expect(x.treaties[0]?.aliases).toContain("a 2010 agreement between the two countries");
  });
});

describe("generic deal names resolved by a party in the sentence", () => {
  it("reads 'EU and Turkey seal migrant deal' as the 2016 EU-Turkey statement, and 'the deal' after it", () => {
    const x = extractText("EU and Turkey seal migrant deal", "EU and Turkey seal migrant deal\n\nMerkel said the deal was fair.");
    expect(statementWith(x, "the deal was fair")?.about_treaties).toEqual(["EU–Turkey Statement (2016)"]);
    expect(extract("Britain and Rwanda signed a migrant deal.").treaties.map((t) => t.name)).not.toContain("EU–Turkey Statement (2016)");
  });
});

describe("association agreements named by context", () => {
  it("reads 'a European Union association agreement with Ukraine' and 'EU-Ukraine pact' as the EU-Ukraine Association Agreement", () => {
    const x = extract("Dutch voters rejected a European Union association agreement with Ukraine in a referendum on Wednesday.");
    expect(x.treaties.map((t) => t.name)).toEqual(["EU–Ukraine Association Agreement"]);
    expect(extract("Dutch voters reject the EU-Ukraine pact.").treaties).toHaveLength(1);
  });
});

describe("the Iran deal", () => {
  it("reads 'the Iran deal' as the JCPOA (listed under the article's form, with the gazetteer's parties)", () => {
    const x = extract("Britain, France and Germany said they wanted to save the Iran deal.");
    expect(x.treaties.map((t) => [t.name, t.members_mentioned])).toEqual([["Iran deal", ["United Kingdom", "France", "Germany"]]]);
  });
});

describe("a deal described by its parties, and echoes of a name", () => {
  it("does not read 'a post-Brexit trade deal with Japan' as the EU-UK deal, and takes it and 'the deal' for the UK-Japan agreement the article names", () => {
    const x = extractText(
      "Britain signs post-Brexit trade deal with Japan",
      "Britain signs post-Brexit trade deal with Japan\n\nThe two ministers signed the UK-Japan Comprehensive Economic Partnership Agreement at a ceremony in Tokyo.\n\nThe deal will come into force in January, Truss said.\n\nMotegi said the deal would help carmakers.",
    );
    expect(x.treaties.map((t) => t.name)).toEqual(["UK-Japan Comprehensive Economic Partnership Agreement"]);
    expect(statementWith(x, "the deal would help")?.about_treaties).toEqual(["UK-Japan Comprehensive Economic Partnership Agreement"]);
  });

  it("keeps a described deal apart from a named treaty between the same parties of another year", () => {
    const x = extract("The two countries are bound by a mutual defence treaty signed in 1951, and under a 2014 defence agreement US troops have access to Philippine bases.");
    expect(x.treaties.length).toBeGreaterThanOrEqual(2);
  });

  it("reads 'the Trans-Pacific pact' as the Agreement for Trans-Pacific Partnership named before it", () => {
    const x = extract("Britain wants to join the Comprehensive and Progressive Agreement for Trans-Pacific Partnership.\n\nAn official said Britain would apply to the Trans-Pacific pact next year.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Comprehensive and Progressive Agreement for Trans-Pacific Partnership"]);
    expect(statementWith(x, "Britain would apply")?.about_treaties).toEqual(["Comprehensive and Progressive Agreement for Trans-Pacific Partnership"]);
  });

  it("names a described treaty with a proper word by its core ('Sochi memorandum'), not by its dating tail", () => {
    const x = extract("The truce was signed as a protocol to the Sochi memorandum agreed by the two countries in September 2018, Peskov said.");
    expect(x.treaties.map((t) => t.name)).toContain("Sochi memorandum");
  });
});

describe("the place of signing after a name", () => {
  it("ends 'the X Agreement in Tokyo' before the place, but keeps 'Forces in Europe' in the CFE treaty's name", () => {
    expect(extract("They signed the UK-Japan Comprehensive Economic Partnership Agreement in Tokyo on Friday.").treaties.map((t) => t.name))
      .toEqual(["UK-Japan Comprehensive Economic Partnership Agreement"]);
    expect(extract("Russia quit the Treaty on Conventional Armed Forces in Europe.").treaties.map((t) => t.name))
      .toEqual(["Treaty on Conventional Armed Forces in Europe"]);
  });
});

describe("dotted abbreviations inside names", () => {
  it("reads 'the U.N. Charter' as the Charter of the United Nations, under its full name", () => {
    const x = extract("Moscow cited the U.N. Charter on Monday.");
    expect(x.treaties.map((t) => [t.name, t.aliases])).toEqual([["Charter of the United Nations", ["U.N. Charter"]]]);
  });

  it("reads 'India-U.S.' as India and the United States, so the description between them is a treaty", () => {
    const x = extract("Delhi cited the India-U.S. civil nuclear agreement on Monday.");
    expect(x.states).toEqual(["India", "United States"]);
    expect(x.treaties.map((t) => t.name)).toEqual(["India-U.S. civil nuclear agreement"]);
  });

  it("ends a described treaty at the paragraph's end", () => {
    const x = extractText("Moscow recalls the 1992 treaty on the status of border troops in Armenia", "Moscow recalls the 1992 treaty on the status of border troops in Armenia\n\nMOSCOW, December 5. /TASS/. Russia will keep its troops, a diplomat said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["1992 treaty on the status of border troops in Armenia"]);
  });
});

describe("dated descriptions, unit names and headline verbs", () => {
  it("does not read 'the 2014 debt agreement' as the 2014 treaty of a union the article names", () => {
    const x = extract("Cuba is an observer in the Eurasian Economic Union.\n\n\"The 2014 debt agreement remains the basis of our cooperation,\" the diplomat said.");
    expect(statementWith(x, "The 2014 debt agreement")?.about_treaties ?? []).not.toContain("Treaty on the Eurasian Economic Union (2014)");
  });

  it("reads no CIS mention in the Foreign Ministry's 'Second CIS Department'", () => {
    expect(extract("Alexey Polishchuk, director of the Foreign Ministry's Second CIS Department, said so.").treaties).toEqual([]);
  });

  it("reads a deal the title reports approved as the article's topic, but not a deal the approved thing falls under", () => {
    const x = extractText("Congress approves revised peace accord with rebels", "Congress approves revised peace accord with rebels\n\nThe vote was held on Wednesday. \"The deal is final,\" the speaker said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Revised peace accord"]);
    expect(x.statements[0]?.about_treaties).toEqual(["Revised peace accord"]);
    const y = extractText("Kyiv and Washington approve first projects under minerals deal", "Kyiv and Washington approve first projects under minerals deal\n\nThe vote was held on Wednesday.");
    expect(y.treaties).toEqual([]);
  });

  it("reads 'the deal on Twitter' as no treaty on Twitter", () => {
    expect(extract("Picardo welcomed the deal on Twitter, calling it historic.").treaties).toEqual([]);
  });

  it("reads the 'Conventional Forces in Europe (CFE) treaty' under the treaty's full name", () => {
    const x = extract("The Baltic states are not covered by the Conventional Forces in Europe (CFE) treaty, Lavrov said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Treaty on Conventional Armed Forces in Europe"]);
  });

  it("does not take 'the accord' for a statute named before it", () => {
    const x = extract("Critics cite the Rome Statute.\n\nSantos said the accord put victims first.");
    expect(statementWith(x, "the accord put")?.about_treaties ?? []).toEqual([]);
  });
});

describe("alliances, lower-case names and topics", () => {
  it("reads OPEC+ as the OPEC+ alliance and 'the alliance' after it, and OPEC alone as no treaty", () => {
    const x = extract("The OPEC+ countries agreed to delay the increase.\n\n\"The alliance does not target a price,\" Novak said.\n\nOPEC said nothing.");
    expect(x.treaties.map((t) => t.name)).toEqual(["OPEC+"]);
    expect(statementWith(x, "The alliance does not")?.about_treaties).toEqual(["OPEC+"]);
  });

  it("reads ASEAN as a treaty organisation", () => {
    expect(extract("ASEAN leaders met in Hanoi.").treaties.map((t) => t.name)).toEqual(["Association of Southeast Asian Nations"]);
  });

  it("reads 'the 1993 treaty on legal assistance' after the Minsk Convention as that convention", () => {
    const x = extract("Minsk wants them tried under the Minsk Convention. The 1993 treaty on legal assistance obliges states to hand over suspects, Lukashenko said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Minsk Convention"]);
  });

  it("reads the first words of a treaty's name in lower case as that treaty", () => {
    const x = extract("Belousov said the treaty on security guarantees signed in Minsk was a new level.\n\nThe Treaty on Security Guarantees within the Union State entered into force in March.");
    expect(x.treaties.map((t) => t.name)).toContain("Treaty on Security Guarantees within the Union State");
    expect(x.treaties.find((t) => t.name.startsWith("Treaty on Security"))?.aliases).toContain("the treaty on security guarantees");
    expect(statementWith(x, "the treaty on security")?.about_treaties).toContain("Treaty on Security Guarantees within the Union State");
  });

  it("reads a topic through quotation marks and a possessive", () => {
    const a = extract("They signed a 1993 agreement on maintaining 'peace and tranquillity' in border areas, Modi said.");
    expect(a.treaties.map((t) => t.name)).toEqual(["A 1993 agreement on maintaining 'peace and tranquillity' in border areas"]);
    const b = extract("Khrenin praised the agreement on the joint protection of the Union State's external border in the airspace.");
    expect(b.treaties.map((t) => t.name)).toContain("Agreement on the joint protection of the Union State's external border in the airspace");
  });
});

describe("longer names and capitals as parties", () => {
  it("keeps the Panama Canal Treaty apart from the Treaty Concerning the Permanent Neutrality and Operation of the Panama Canal", () => {
    const x = extract("Mulino cited the Panama Canal Treaty.\n\nThe Treaty Concerning the Permanent Neutrality and Operation of the Panama Canal obliges Panama to keep it open, Martinez-Acha said.");
    expect(x.treaties.map((t) => t.name).sort()).toEqual(["Panama Canal Treaty", "Treaty Concerning the Permanent Neutrality and Operation of the Panama Canal"]);
  });

  it("reads the 'European Convention on Extradition' as its own treaty and ends a name at a comma before a speaker", () => {
    const x = extract("Zakayev cannot be extradited under the European Convention on Extradition, Lord Judd said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["European Convention on Extradition"]);
    expect(extract("Turkey will suspend the European Convention, Kurtulmus said.").treaties.map((t) => t.name)).toEqual(["European Convention on Human Rights"]);
  });

  it("reads capitals as the parties of a described treaty ('between Washington and Kabul')", () => {
    const x = extract("Mr Esper said the 2014 security pact between Washington and Kabul remained in force.");
    expect(x.treaties.map((t) => t.name)).toEqual(["2014 security pact between Washington and Kabul"]);
  });
});

describe("described treaties: pronoun owners, typed parties, tails", () => {
  it("reads 'its defense cooperation agreement with France' as a treaty named without the pronoun", () => {
    const x = extract("Chad's decision to terminate its defense cooperation agreement with France is final, Koulamallah told TASS.");
    expect(x.treaties.map((t) => [t.name, t.aliases])).toEqual([["Defense cooperation agreement with France", ["defense cooperation agreement with France", "defense cooperation agreement", "its defense cooperation agreement with France", "its defense cooperation agreement"]]]);
    expect(extract("The minister praised its defence agreement.").treaties).toEqual([]);
  });

  it("ends a treaty's name before the place and day it was signed, but keeps a region in it", () => {
    const x = extract("Kazakhstan signed the Second Optional Protocol to the International Covenant on Civil and Political Rights in New York on Monday. They left the Treaty on Nuclear Arms in Europe in 2007.");
    expect(x.treaties.map((t) => t.name)).toEqual(expect.arrayContaining(["Second Optional Protocol to the International Covenant on Civil and Political Rights", "Treaty on Nuclear Arms in Europe"]));
  });

  it("lists a known bilateral treaty under the article's own name for it without its parties, not under an empty 'the new treaty'", () => {
    const x = extract('Russia and North Korea signed the Treaty on Comprehensive Strategic Partnership in June. "The treaty is defensive," Matsegora said. Tehran said the new treaty was fine.');
    expect(x.treaties.map((t) => t.name)).toEqual(["Treaty on Comprehensive Strategic Partnership"]);
    expect(x.treaties[0]?.aliases).toContain("Treaty on Comprehensive Strategic Partnership between Russia and North Korea");
  });

  it("lists a known bilateral treaty the article only describes under the article's words, its formal title an alias", () => {
    const x = extract('Manila said the 1951 mutual defense treaty with Washington covered the shoal. "The treaty binds America," Duterte said.');
    expect(x.treaties.map((t) => t.name)).toEqual(["1951 mutual defense treaty with Washington"]);
    expect(x.treaties[0]?.aliases).toContain("Mutual Defense Treaty between the United States and the Philippines");
    expect(statementWith(x, "The treaty binds")?.about_treaties).toEqual(["1951 mutual defense treaty with Washington"]);
    // A treaty with a title of its own keeps it.
    expect(extract("Tehran said the 2015 nuclear deal was dead.").treaties.map((t) => t.name)).toEqual(["Joint Comprehensive Plan of Action"]);
  });

  it("reads a mediator after 'brokered by' as part of a described treaty, and only the first one", () => {
    const x = extract("Belize and Guatemala kept to a 2005 confidence-building accord brokered by the Organization of American States, officials said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["A 2005 confidence-building accord brokered by the Organization of American States"]);
    const y = extract("Skopje signed a 1995 interim accord brokered by the United Nations, Athens said on Monday.");
    expect(y.treaties.map((t) => t.name)).toEqual(["A 1995 interim accord brokered by the United Nations"]);
  });

  it("closes a bracket the description opened ('... and the Eurasian Economic Union (EAEU)')", () => {
    const x = extract("They hope to complete talks on a free trade agreement between Indonesia and the Eurasian Economic Union (EAEU) next year.");
    expect(x.treaties.map((t) => t.name)).toContain("A free trade agreement between Indonesia and the Eurasian Economic Union (EAEU)");
  });

  it("reads 'a free trade agreement between Indonesia and the Eurasian Economic Union' as a treaty", () => {
    const x = extract("They hope to complete talks on a free trade agreement between Indonesia and the Eurasian Economic Union next year.");
    expect(x.treaties.map((t) => t.name)).toContain("A free trade agreement between Indonesia and the Eurasian Economic Union");
  });

  it("reads 'a free trade agreement' as a treaty when its sentence names one union and one state as the parties", () => {
    const x = extract("The Eurasian Economic Union and Egypt may complete negotiations on a free trade agreement next year, the minister said.");
    expect(x.treaties.map((t) => t.name)).toContain("A free trade agreement");
    expect(x.statements[0]?.about_treaties).toContain("A free trade agreement");
    // (A union alone is no pair of parties.)
    const y = extract("The Eurasian Economic Union may complete negotiations on a free trade agreement next year, the minister said.");
    expect(y.treaties.map((t) => t.name)).not.toContain("A free trade agreement");
  });

  it("keeps a signing tail with a capital as subject in the alias ('the protocol of accession Caracas signed in 2006')", () => {
    const x = extract("Venezuela failed to meet the terms of the protocol of accession Caracas signed in 2006, Malcorra said.");
    expect(x.treaties[0]?.aliases).toContain("the protocol of accession Caracas signed in 2006");
  });

  it("reads 'off the coasts' inside a topic", () => {
    const x = extract("He cited the 1984 intergovernmental agreement on fisheries off the coasts of the two countries, Shestakov said.");
    expect(x.treaties[0]?.name).toBe("1984 intergovernmental agreement on fisheries off the coasts of the two countries");
  });

  it("reads 'U.N.' forms of listed names and keeps the full name", () => {
    const x = extract("Britain breached the U.N. Convention on the Law of the Sea, Jugnauth said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["United Nations Convention on the Law of the Sea"]);
  });

  it("knows SADC, the Yalta agreement and the Nazi-Soviet pact", () => {
    const x = extract("SADC approved the poll. The Yalta agreement divided Europe, and the Nazi-Soviet Pact handed the Baltic states to Moscow.");
    expect(x.treaties.map((t) => t.kind)).toEqual(["ORGANIZATION", "AGREEMENT", "AGREEMENT"]);
    expect(x.treaties[0]?.name).toBe("Southern African Development Community");
  });
});

describe("a topic after a dated head", () => {
  it("reads 'The agreement of 2009 on the joint protection of the external border in airspace' whole", () => {
    const x = extract("\"The agreement of 2009 on the joint protection of the external border in airspace has fully proved itself,\" the general noted.");
    expect(x.treaties[0]?.aliases).toContain("The agreement of 2009 on the joint protection of the external border in airspace");
  });
});

describe("dated references say what kind of treaty", () => {
  it("does not take 'the 1997 friendship treaty' for a 1997 fleet agreement named before it", () => {
    const x = extract("Kiev could raise the rent fixed under a 1997 agreement on the Black Sea Fleet.\n\nMoscow remained committed to its 1997 friendship treaty with Ukraine, Lavrov said.");
    expect(statementWith(x, "Moscow remained committed")?.about_treaties ?? []).not.toContain("1997 agreement on the Black Sea Fleet");
  });

  it("reads the GCC as a treaty organisation", () => {
    expect(extract("Iran rejects the claims of the Gulf Cooperation Council (GCC), Baghaei said.").treaties.map((t) => t.name)).toEqual(["Gulf Cooperation Council"]);
  });
});

describe("'it' for the treaty named last", () => {
  it("links 'Russia has repeatedly violated it' to the treaty just named, and lists no 'it' among its names", () => {
    const x = extract('The US quit the Open Skies Treaty on Friday. "Russia has repeatedly violated it," Pompeo said. "We will leave it to the courts," he added.');
    expect(statementWith(x, "Russia has repeatedly")?.about_treaties).toEqual(["Open Skies Treaty"]);
    expect(statementWith(x, "We will leave it")?.about_treaties).toEqual([]);
    expect(x.treaties[0]?.aliases).not.toContain("it");
  });
});

describe("an agreement the two subject states signed, on a topic", () => {
  it("reads 'The United States and Israel signed a $38 billion agreement on military aid on Wednesday' as a treaty between them", () => {
    const x = extract("The United States and Israel signed a $38 billion agreement on military aid on Wednesday, officials said.");
    expect(x.treaties.map((t) => [t.name, t.members_mentioned])).toEqual([["A $38 billion agreement on military aid", ["United States", "Israel"]]]);
    expect(extract("Russia wants an agreement on gas supplies, Putin said.").treaties).toEqual([]);
  });

  it("keeps the comma list of a capitalised name ('the Political, Free Trade and Strategic Partnership Agreement')", () => {
    const x = extract("The two leaders put their names to the Political, Free Trade and Strategic Partnership Agreement on Thursday.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Political, Free Trade and Strategic Partnership Agreement"]);
  });
});

describe("descriptions of a treaty the article names", () => {
  it("takes the EU's trade deal with Canada for CETA, named in the article", () => {
    const x = extract("France wants to halt the talks, but the EU's trade deal with Canada should go ahead.\n\nCETA will be signed in October, Fekl said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Comprehensive Economic and Trade Agreement"]);
  });

  it("takes a lead's 'defense agreement signed by the United Kingdom and Germany' for the agreement the next paragraph names", () => {
    const x = extractText("Envoy on UK-German pact", "Envoy on UK-German pact\n\nThe defense agreement signed by the United Kingdom and Germany in October threatens Russia, the envoy said.\n\nThe Trinity House Agreement provides for joint patrols, Kelin added.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Trinity House Agreement"]);
  });

  it("keeps a dated description apart from a later named agreement", () => {
    const x = extract("Denmark and the United States signed a decades-old defence agreement. The 1951 agreement lets Washington build bases.\n\nThe Igaliku Agreement gave Greenland a say, Nielsen said.");
    expect(x.treaties.map((t) => t.name)).toContain("Igaliku Agreement");
    expect(x.treaties.length).toBeGreaterThanOrEqual(2);
  });
});

describe("years, heads and tails", () => {
  it("does not read 'the 2010 agreement' as New START, a 2010 treaty, in an article naming Russia and the US", () => {
    const x = extract("Russia and the United States argued again.\n\nRosatom builds Akkuyu under the 2010 agreement, Yerkhov said.");
    expect(x.treaties.map((t) => t.name)).not.toContain("New START");
  });

  it("keeps no bare 'signed' in a description's name", () => {
    const x = extract("Lavrov said the U.N.-brokered agreement signed in Skhirat, Morocco, last December needed to be adjusted.");
    expect(x.treaties.every((t) => !/signed$/.test(t.name))).toBe(true);
  });

  it("ends a signing tail at its year", () => {
    const x = extract("The bank was established under the agreement signed in Fortaleza in 2014 and headed by former Brazilian officials, Labetsky said.");
    expect(x.treaties[0]?.aliases).toContain("the agreement signed in Fortaleza in 2014");
  });

  it("reads 'the nuclear deal Iran struck with world powers' as the JCPOA, and 'the new pact' after a named pact as that pact", () => {
    expect(extract("Toner said a resolution endorsed the nuclear deal Iran struck with world powers last year.").treaties.map((t) => t.name)).toEqual(["Joint Comprehensive Plan of Action"]);
    const x = extract("The USMCA took effect on Wednesday.\n\nTrump said the new pact would bring jobs back.");
    expect(statementWith(x, "the new pact")?.about_treaties).toEqual(["United States–Mexico–Canada Agreement"]);
  });
});

describe("organisations described in lower case", () => {
  it("keeps NATO's full name where the article writes 'the North Atlantic alliance'", () => {
    const x = extract("Kiev wants to join the North Atlantic alliance, Stanislavov said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["North Atlantic Treaty Organization"]);
  });
});

describe("months, the two countries and packages", () => {
  it("reads 'the February 2015 deal' after the Minsk agreements as those agreements, and 'the Minsk package' too", () => {
    const x = extract("Putin cited the Minsk agreements of 2015.\n\nUkraine had yet to pass a law, as envisaged by the February 2015 deal, Putin said. The Minsk package was trampled upon, Lavrov said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Minsk agreements of 2015"]);
  });

  it("reads 'a military cooperation agreement signed by the two countries in Moscow in 2018' as a treaty", () => {
    const x = extract("The deployment was in line with a military cooperation agreement signed by the two countries in Moscow in 2018, Zakharova said.");
    expect(x.treaties[0]?.aliases).toContain("a military cooperation agreement signed by the two countries in Moscow in 2018");
  });
});

describe("topics joined by 'and', and deals with a named state", () => {
  it("reads 'the agreement on the status and conditions of the united Russian military base' whole", () => {
    const x = extract("The agreement on the status and conditions of the united Russian military base was signed in 2012, Kulubaev said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Agreement on the status and conditions of the united Russian military base"]);
  });

  it("does not take 'the agreement with Bahrain' for a treaty Bahrain is no party to", () => {
    const x = extract("May praised the Iran nuclear deal.\n\n\"The agreement with Bahrain shows that we are here to stay,\" May said.");
    expect(statementWith(x, "The agreement with Bahrain")?.about_treaties).toEqual([]);
  });
});

describe("treaty organisations and conventions of trade, crime and rights", () => {
  it("reads EFTA, the EEA Agreement and the Andean Community as treaties, with the members the article names", () => {
    const x = extract("Norway, a member of the European Free Trade Association (EFTA), is in the European Economic Area. Peru and Bolivia met at the Andean Community summit.");
    expect(x.treaties.map((t) => t.name)).toEqual(["European Free Trade Association", "Agreement on the European Economic Area", "Andean Community"]);
    expect(x.treaties[0]?.members_mentioned).toEqual(["Norway"]);
  });

  it("keeps 'against', 'respecting' and 'relating to' inside an unknown convention's name", () => {
    const x = extract("Quito ratified the Inter-American Convention against Corruption. The Hague Convention respecting the Laws and Customs of War was cited.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Inter-American Convention against Corruption", "Hague Convention respecting the Laws and Customs of War"]);
  });
});

describe("treaty organisations of the Americas and Africa, and named agreements of Korea", () => {
  it("reads CARICOM, IGAD and the Pacific Alliance as treaty organisations, and the Rio Treaty as the known treaty", () => {
    const x = extract("Haiti asked CARICOM for help. IGAD mediated in Juba. Chile hosted the Pacific Alliance summit. Nicaragua left the Rio Treaty.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Caribbean Community", "Intergovernmental Authority on Development", "Pacific Alliance", "Rio Treaty"]);
    expect(x.treaties[3]?.kind).toBe("TREATY");
  });

  it("reads the Panmunjom Declaration as its own agreement, not the armistice signed at Panmunjom", () => {
    const x = extract("Pyongyang said the Panmunjom Declaration was dead. The Korean War armistice still holds.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Panmunjom Declaration", "Korean Armistice Agreement"]);
  });
});

describe("the area a treaty made", () => {
  it("does not take 'the Schengen zone' for the antecedent of 'the deal'", () => {
    const x = extract("Gibraltar will join the Schengen zone under a last-minute deal with Spain.\n\nPicardo said the deal was the best they could have hoped for.");
    expect(statementWith(x, "the deal was")?.about_treaties).toEqual([]);
    expect(x.treaties.map((t) => t.name)).toEqual(["Schengen Agreement"]);
  });
});

describe("where a treaty's name ends, and the RSFSR", () => {
  it("ends a name before 'with' and the other party, also when the name opens with its head noun", () => {
    const x = extract("Nepal cited the 1950 Treaty of Peace and Friendship with India.");
    expect(x.treaties.map((t) => t.name)).toEqual(["1950 Treaty of Peace and Friendship"]);
  });

  it("ends a topic where a relative clause without 'that' begins ('... the two countries signed')", () => {
    const x = extract("Tokyo and Manila praised the agreement on the transfer of defense equipment the two countries signed in February.");
    expect(x.treaties[0]?.aliases).toContain("the agreement on the transfer of defense equipment");
  });

  it("reads the RSFSR as Russia, so a treaty named with it and one described by Russia's name are one", () => {
    const x = extract("Moscow cited the 1991 treaty between Russia and Estonia. The Treaty on the Foundations of Interstate Relations between the RSFSR and the Republic of Estonia guarantees rights, Lavrov said.");
    expect(x.treaties).toHaveLength(1);
    expect(x.states).toEqual(["Russia", "Estonia"]);
  });
});

describe("indefinite descriptions dated by their signing", () => {
  it("reads 'a separate treaty of 1995' and 'an intergovernmental agreement signed in 2015' as treaties", () => {
    expect(extract("Russia's base in Gyumri operates under a separate treaty of 1995.").treaties[0]?.aliases).toContain("a separate treaty of 1995");
    const x = extract("Moscow and Islamabad are bound by an intergovernmental agreement signed in 2015 on the pipeline.");
    expect(x.treaties[0]?.aliases).toContain("an intergovernmental agreement signed in 2015");
  });

  it("still reads no treaty in an undated 'a new treaty' or 'a separate deal'", () => {
    expect(extract("Russia wants a new treaty on security guarantees. Kiev is seeking a separate deal.").treaties).toEqual([]);
  });
});

describe("type words joined by 'and'", () => {
  it("reads 'the partnership and co-operation agreement the EU signed with Tashkent in 1996' as a treaty", () => {
    const x = extract("Britain said partners could review the partnership and co-operation agreement the EU signed with Tashkent in 1996.");
    expect(x.treaties[0]?.aliases).toContain("the partnership and co-operation agreement");
  });
});

describe("acronyms after a prefix and acronyms the article defines", () => {
  it("reads the treaty in 'non-NPT states' and 'anti-NATO rallies'", () => {
    const x = extract("India said non-NPT states should not be admitted. Protesters held anti-NATO rallies.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Treaty on the Non-Proliferation of Nuclear Weapons", "North Atlantic Treaty Organization"]);
    expect(statementWith(x, "non-NPT states")?.about_treaties).toEqual(["Treaty on the Non-Proliferation of Nuclear Weapons"]);
  });

  it("links later uses of an acronym defined in brackets, also a mixed-case one that spells the name's initials", () => {
    const x = extract("The two signed the Enhanced Defense Cooperation Agreement (EDCA) in 2014. Duterte said the EDCA will have to be looked at again.");
    expect(statementWith(x, "the EDCA will")?.about_treaties).toEqual(["Enhanced Defense Cooperation Agreement"]);
    const y = extract("Bush praised the Central American Free Trade Agreement (Cafta). Bush said Cafta showed what is possible.");
    expect(statementWith(y, "Cafta showed")?.about_treaties).toEqual(["Central American Free Trade Agreement"]);
    expect(extract("Leaders met in the capital (Moscow). Lavrov said the Moscow Treaty stands.").treaties[0]?.aliases).toEqual([]);
  });
});

describe("one known treaty written with its year or shortened", () => {
  it("merges 'the 1984 Joint Declaration' and 'the Joint Declaration' into the Sino-British Joint Declaration", () => {
    const x = extract("Johnson cited the Sino-British Joint Declaration. The 1984 Joint Declaration guaranteed freedoms, Raab said. China said the Joint Declaration gives Britain no role.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Sino-British Joint Declaration"]);
    expect(x.treaties[0]?.aliases).toEqual(expect.arrayContaining(["1984 Joint Declaration", "Joint Declaration"]));
  });
});

describe("parties with their acronyms", () => {
  it("reads 'between the Eurasian Economic Union (EAEU) and India' as the two parties, not the sentence's states", () => {
    const x = extract("Negotiations on a free trade agreement between the Eurasian Economic Union (EAEU) and India could start next year, the Russian ambassador said.");
    expect(x.treaties.map((t) => t.name)).toContain("A free trade agreement between the Eurasian Economic Union (EAEU) and India");
    expect(x.treaties.some((t) => /Russia/.test(t.name))).toBe(false);
  });
});

describe("a peace treaty the gazetteer knows, and the Treaty of Guarantee", () => {
  it("reads 'the 1994 peace treaty between Jordan and Israel' as the known Israel–Jordan treaty", () => {
    const x = extract("Abdullah cited the 1994 peace treaty between Jordan and Israel.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Israel–Jordan Peace Treaty (1994)"]);
  });

  it("takes 'the 1960 treaty' for the Treaty of Guarantee the body names, and 'UN Framework Convention on Climate Change' for the UNFCCC", () => {
    const x = extract("Ankara invoked the 1960 treaty.\n\nTurkey is a guarantor under the Treaty of Guarantee with Greece and Britain.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Treaty of Guarantee"]);
    expect(extract("Talks under the UN Framework Convention on Climate Change (UNFCCC) resume.").treaties.map((t) => t.name)).toEqual(["United Nations Framework Convention on Climate Change"]);
  });
});

describe("a descriptor must not contradict the description", () => {
  it("does not read 'the 1997 friendship treaty with Russia' as the 1997 NATO–Russia Founding Act, but still 'a 1997 agreement with Moscow'", () => {
    const x = extract("Lawmakers urged Kiev to scrap the 1997 friendship treaty with Russia.");
    expect(x.treaties.map((t) => t.name)).not.toContain("NATO–Russia Founding Act");
    const y = extract("NATO said it would respect a 1997 agreement with Moscow.");
    expect(y.treaties.map((t) => t.name)).toContain("NATO–Russia Founding Act (1997)");
  });
});

describe("bodies named after an accord, the Geneva Conventions, 'Nato-backed'", () => {
  it("reads no treaty in 'the Government of National Accord', the Fourth Geneva Convention apart from the Conventions, NATO in 'Nato-backed'", () => {
    const x = extract("The UN-backed Government of National Accord in Tripoli welcomed the 2011 Nato-backed uprising. The court said the barrier breached the Fourth Geneva Convention.");
    expect(x.treaties.map((t) => t.name)).toEqual(["North Atlantic Treaty Organization", "Fourth Geneva Convention"]);
  });
});

describe("the unnamed deal a title reports being made", () => {
  it("lists a title's deal as the article's treaty and reads a later 'the deal' as it, not as an older treaty named in passing", () => {
    const x = extract("Greece and Egypt signed an agreement on Thursday. Turkey said Ankara's 2019 maritime memorandum with Tripoli stood.\n\nThe deal was signed in Cairo, Greek Foreign Minister Nikos Dendias said.", "Greece and Egypt sign maritime deal as Turkey fumes");
    expect(x.treaties.map((t) => t.name)).toEqual(["Maritime deal", "Ankara's 2019 maritime memorandum with Tripoli"]);
    expect(x.statements.find((s) => s.speaker === "Nikos Dendias")?.about_treaties).toEqual(["Maritime deal"]);
  });

  it("reads a title's deal as the treaty named by the place the title says it was made in, not an older one written with its year", () => {
    const x = extract("Chad's government has signed a peace agreement with rebel groups.\n\nThe Ndjamena agreement gives the rebels seats in the cabinet.\n\nOne leader recalled that the 2010 Sirte Peace Agreement had collapsed within months.\n\nThe deal is a new beginning, Idriss Deby said.",
      "Chad signs peace deal with rebels in Ndjamena");
    expect(statementWith(x, "The deal is")?.about_treaties).toEqual(["Ndjamena agreement"]);
    const y = extract("Chad's government has signed a peace agreement with rebel groups.\n\nOne leader recalled that the 2010 Sirte Peace Agreement had collapsed, as did the Ndjamena Peace Accord.\n\nThe deal is a new beginning, Idriss Deby said.",
      "Chad signs peace deal with rebels");
    expect(statementWith(y, "The deal is")?.about_treaties).toEqual(["Ndjamena Peace Accord"]);
  });

  it("reads a title's deal as the undated treaty the lead reports signed, not an older dated one sharing a word", () => {
    const x = extract("The EU signed a trade pact with six southern African countries on Friday.\n\nThe Economic Partnership Agreement (EPA) was signed in Kasane.\n\nDavies said the pact improved on the 1999 Trade, Development and Cooperation Agreement.\n\nThe deal will help farmers, Seretse said.",
      "EU signs trade deal with southern African states");
    expect(statementWith(x, "The deal will")?.about_treaties).toEqual(["Economic Partnership Agreement"]);
  });

  it("reads a title's deal as the treaty the body names with a word of what it is about", () => {
    const x = extract("The UK-Canada Trade Continuity Agreement copies the EU's terms.\n\nThe deal will protect jobs, Liz Truss said.", "Britain and Canada strike post-Brexit trade deal");
    expect(x.treaties.map((t) => t.name)).toEqual(["UK-Canada Trade Continuity Agreement"]);
    expect(x.treaties[0]?.aliases).toContain("post-Brexit trade deal");
    expect(x.statements[0]?.about_treaties).toEqual(["UK-Canada Trade Continuity Agreement"]);
  });

  it("reads 'signs deal with Libya' as a deal told by its partner, not an older deal of another state with the same partner", () => {
    const x = extract("Malta has signed a deal with Libya's government. Critics recalled Rome's 2017 deal with Tripoli.\n\nThe deal will save lives, Robert Abela said.", "Malta signs deal with Libya to stop migrant boats");
    expect(x.treaties.map((t) => t.name)).toContain("Deal with Libya");
    expect(statementWith(x, "The deal will save")?.about_treaties).toEqual(["Deal with Libya"]);
  });

  it("ends a title's deal at the party it is made with, before a time phrase ('... with Turkey days before Brexit transition ends')", () => {
    const x = extract("The deal keeps tariffs at zero, Liz Truss said.", "Britain signs trade deal with Turkey days before Brexit transition ends");
    expect(x.treaties.map((t) => t.name)).toEqual(["Trade deal with Turkey"]);
    expect(x.statements[0]?.about_treaties).toEqual(["Trade deal with Turkey"]);
  });

  it("reads a lead's deal made with a bloc ('a deal with the European Union'), and no partner further on than right after 'with'", () => {
    const x = extract("Denmark signed a deal with the European Union on Thursday that keeps its police linked to Europol.\n\nThe deal was a pragmatic solution, Jean-Claude Juncker said.", "Denmark keeps Europol link after opt-out vote");
    expect(x.treaties.map((t) => t.name)).toEqual(["Deal with the European Union"]);
    expect(statementWith(x, "The deal was")?.about_treaties).toEqual(["Deal with the European Union"]);
    const y = extract("The United States signed a deal with the Taliban in Doha paving the way for American troops to leave.", "US signs Taliban accord");
    expect(y.treaties.map((t) => t.name).filter((n) => /American/.test(n))).toEqual([]);
  });

  it("reads a lead's deal made by the states named after the participle ('a ceasefire deal brokered by Russia and Turkey')", () => {
    const x = extract("Rebels will be allowed to leave eastern Aleppo under a ceasefire deal brokered by Russia and Turkey, rebel officials said.\n\nTayyip Erdogan said Turkey would ensure the ceasefire holds.",
      "Rebels to leave eastern Aleppo");
    expect(x.treaties.map((t) => [t.name, t.members_mentioned])).toEqual([["A ceasefire deal", ["Russia", "Turkey"]]]);
    expect(statementWith(x, "Turkey would ensure")?.about_treaties).toEqual(["A ceasefire deal"]);
    expect(extract("Talks continued on a deal brokered by Qatar, officials said.", "Talks continue").treaties).toEqual([]);
  });

  it("reads a title's deal named after 'in' once the title reports it being made ('agrees to ... in US-brokered deal')", () => {
    const x = extract("Sudan has agreed to normalise relations with Israel.\n\nIt follows the Abraham Accords signed last month.\n\nThe foreign minister, Omer Qamar al-Din, said the agreement would need approval.",
      "Sudan agrees to normalise ties with Israel in US-brokered deal");
    expect(x.treaties.map((t) => t.name)).toEqual(["US-brokered deal", "Abraham Accords"]);
    expect(statementWith(x, "the agreement would")?.about_treaties).toEqual(["US-brokered deal"]);
    expect(extract("Nothing was agreed.", "Ministers meet in Geneva deal talks").treaties).toEqual([]);
  });

  it("keeps the party the deal is made with in its name, and reads no deal from a verb phrase or an empty modifier", () => {
    expect(extract("The deal keeps roses flowing, Liz Truss said.", "Britain signs post-Brexit trade deal with Kenya").treaties.map((t) => t.name)).toEqual(["Post-Brexit trade deal with Kenya"]);
    expect(extract("The talks were held in Vienna, officials said.", "Kerry and Lavrov agree to shore up Karabakh truce").treaties).toEqual([]);
    expect(extract("The deal was welcomed, officials said.", "Serbia and Kosovo sign new deal").treaties).toEqual([]);
  });
});

describe("back-references to a deal: the ceasefire, a demonstrative, the place it was made", () => {
  const text = "The two sides have signed a permanent ceasefire agreement in Geneva on Friday.\n\n" +
    "Ankara keeps its troops there under a military cooperation memorandum it signed with the GNA in November 2019, and Turkish officials said that agreement would not be affected by the Geneva deal.\n\n" +
    "Erdogan said the ceasefire did not seem very credible.";
  const x = extract(text, "Rivals sign ceasefire in Geneva");

  it("reads 'the Geneva deal' as the deal the lead says was signed in Geneva", () => {
    expect(x.treaties.map((t) => t.name)).toContain("Permanent ceasefire agreement");
    expect(x.treaties.find((t) => t.name === "Permanent ceasefire agreement")?.aliases).toContain("the Geneva deal");
    expect(x.treaties.some((t) => t.name === "Geneva deal")).toBe(false);
  });

  it("reads 'that agreement' as the treaty its own sentence has just named", () => {
    expect(x.treaties.find((t) => /memorandum/.test(t.name))?.aliases).toContain("that agreement");
  });

  it("reads 'the ceasefire' as a treaty whose name says ceasefire, and without one as the unnamed ceasefire", () => {
    expect(statementWith(x, "the ceasefire")?.about_treaties).toEqual(["Permanent ceasefire agreement"]);
    expect(extract("The ceasefire held overnight, the army said.").statements[0]?.about_treaties).toEqual(["Ceasefire"]);
  });
});

describe("initials and an alliance's founding pact", () => {
  it("reads the initials of a treaty the article has named as that treaty ('the ATT')", () => {
    const x = extract("China joined the Arms Trade Treaty on Monday. China would fulfil its obligations under the ATT, Wang Yi said.");
    expect(statementWith(x, "China would fulfil")?.about_treaties).toEqual(["Arms Trade Treaty"]);
  });

  it("reads 'the pact' as an alliance founded by a treaty, unless its name only modifies a noun", () => {
    const x = extract("Moscow is allied with Yerevan through the Collective Security Treaty Organization, but the Kremlin said its obligations under the pact do not cover Karabakh.");
    expect(x.treaties[0]?.aliases).toContain("the pact");
    const y = extract("Russia suspended the CFE treaty in 2007, and NATO members stopped sharing data under the pact, officials said.");
    expect(y.treaties.find((t) => t.name === "North Atlantic Treaty Organization")?.aliases ?? []).not.toContain("the pact");
  });
});

describe("a name completed by its parties", () => {
  it("keeps the name up to its noun as a form ('the 2014 Bilateral Security Agreement between Kabul and Washington')", () => {
    const x = extract("The deal follows the 2014 Bilateral Security Agreement between Kabul and Washington, officials said.");
    expect(x.treaties[0]?.aliases).toEqual(expect.arrayContaining(["2014 Bilateral Security Agreement", "Bilateral Security Agreement"]));
  });
});

describe("a treaty described by where it was signed", () => {
  it("reads 'the accession treaty signed in Athens last April' as the one treaty signed there whose name has its words", () => {
    const x = extract("Lithuania joined under the accession treaty signed in Athens last April, Adamkus said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Treaty of Accession 2003"]);
    expect(extract("Both sides cited the trade agreement signed in Athens last April, officials said.").treaties.map((t) => t.name)).not.toContain("Treaty of Accession 2003");
  });
});

describe("where a topic after 'the agreement on' ends", () => {
  it("reads no topic from an occasion ('sealed the agreement on a video call') and ends a topic at a finite verb ('works')", () => {
    const x = extract("Johnson and Trudeau sealed the agreement on a video call on Saturday. The agreement on mutual visa-free travel works very well, Lavrov said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Agreement on mutual visa-free travel"]);
  });
});

describe("month names", () => {
  it("does not end a name at a word that only starts like a month ('Marine', 'Decree')", () => {
    const x = extract("They signed the Convention for the Protection of the Marine Environment, Galuzin said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Convention for the Protection of the Marine Environment"]);
  });
});

describe("a described treaty's date of signing and a lower-case title", () => {
  it("keeps the date after 'signed with X' in the description ('signed with Washington in 2017')", () => {
    const x = extract("Estonia hosts US troops under a defence cooperation agreement signed with Washington in 2017, the minister said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["A defence cooperation agreement signed with Washington in 2017"]);
  });

  it("reads adjectives inside a lower-case title ('a 1998 treaty of eternal friendship')", () => {
    const x = extract("Kazakhstan and Uzbekistan are bound by a 1998 treaty of eternal friendship, the minister said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["A 1998 treaty of eternal friendship"]);
  });
});

describe("gazetteer entries listed as the article writes them", () => {
  it("lists such an entry under the article's fullest name, year included, and files the canonical name as an alias", () => {
    const x = extract("Kenya cited the 1951 Refugee Convention and the UNCAC. \"The Refugee Convention binds us,\" the minister said.");
    const refugees = x.treaties.find((t) => t.name === "1951 Refugee Convention");
    expect(refugees?.aliases).toContain("Convention Relating to the Status of Refugees");
    expect(x.treaties.map((t) => t.name)).toContain("UNCAC");
    expect(statementWith(x, "The Refugee Convention binds")?.about_treaties).toEqual(["1951 Refugee Convention"]);
  });

  it("finds such an entry only where it is named with its capital, not in a lower-case phrase", () => {
    expect(extract("The two sides sought an agreed framework for the talks.").treaties).toEqual([]);
    expect(extract("Officials recalled the 1994 Agreed Framework with Pyongyang.").treaties.map((t) => t.name)).toEqual(["1994 Agreed Framework"]);
  });

  it("reads a generic name several treaties share as the one the article has already named", () => {
    const x = extract("Talks in Sweden produced the Stockholm Agreement between the Yemeni government and the Houthis. \"The Stockholm accords remain the only framework,\" the diplomat said.");
    expect(statementWith(x, "The Stockholm accords")?.about_treaties).toEqual(["Stockholm Agreement"]);
  });

  it("reads a description dated by a full date after its noun ('the intergovernmental agreement of November 25, 2011')", () => {
    const x = extract("The price was fixed in a supplement to the intergovernmental agreement of November 25, 2011, the minister said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Intergovernmental agreement of November 25, 2011"]);
    const y = extract("The railway is run under the Russian-Armenian intergovernmental agreement of February 2008 on the management of the railway system.");
    expect(y.treaties.map((t) => t.name)).toEqual(["Russian-Armenian intergovernmental agreement of February 2008 on the management of the railway system"]);
  });

  it("reads a title's deal with a state's name among its modifiers ('Israel backs Egypt border guard deal')", () => {
    const x = extractText("Israel backs Egypt border guard deal", "Israel backs Egypt border guard deal\n\nIsrael's parliament approved a deal allowing Egypt to deploy border guards. Critics said the 1979 peace treaty between the two countries was changed.\n\nThe deal will hold, the minister said.");
    expect(x.treaties.map((t) => t.name)).toEqual(expect.arrayContaining(["Egypt border guard deal"]));
    expect(x.statements.find((s) => s.quote.startsWith("The deal will hold"))?.about_treaties).toEqual(["Egypt border guard deal"]);
  });

  it("keeps the place and date after a description's parties, and takes no known treaty the named parties are not party to", () => {
    const x = extract("The envoy said the memorandum signed by Russia, Iran and Turkey in Astana in May 2017 \"had fulfilled its task.\" Russia keeps its naval base in Syria.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Memorandum signed by Russia, Iran and Turkey in Astana in May 2017"]);
  });

  it("reads 'guarantees' with no object after it as a noun of the topic, and as a verb with one", () => {
    expect(extract("Minsk relies on the treaty on security guarantees signed in December.").treaties.map((t) => t.name))
      .toEqual(["Treaty on security guarantees signed in December"]);
    expect(extract("Minsk said the agreement on transit guarantees the supply of gas.").treaties.map((t) => t.name)).toEqual(["Agreement on transit"]);
  });

  it("reads a title's deal with an alliance's name among its modifiers ('approves NATO host nation pact')", () => {
    const x = extractText("Swedish parliament approves NATO host nation pact", "Swedish parliament approves NATO host nation pact\n\nSweden's parliament approved an agreement with NATO.\n\n\"The pact is defensive,\" the minister said.");
    expect(x.treaties.map((t) => t.name)).toEqual(expect.arrayContaining(["NATO host nation pact", "North Atlantic Treaty Organization"]));
    expect(x.statements[0]?.about_treaties).toContain("NATO host nation pact");
  });
});

describe("gazetteer additions of 2026-11-27", () => {
  it("knows the ESM by its acronym and the Kumanovo Agreement under the name written", () => {
    const x = extract("The ESM froze the debt relief. The Kumanovo Agreement ended the war in 1999.");
    expect(x.treaties.map((t) => [t.name, t.kind])).toEqual([["European Stability Mechanism", "ORGANIZATION"], ["Kumanovo Agreement", "AGREEMENT"]]);
  });
});

describe("two descriptions of one deal", () => {
  it("merges descriptions whose 'on ...' subjects say mostly the same, but not two names or two places", () => {
    const x = extract("The intergovernmental agreement on the transit of Kazakh grain through Russian ports was signed in June. \"The Kazakhstan-Russia agreement on the transit of Kazakh grain and other cargo through Russian ports works,\" the minister said.");
    expect(x.treaties.map((t) => t.name)).toHaveLength(1);
    expect(x.statements[0]?.about_treaties).toEqual([x.treaties[0]?.name]);
    const y = extract("Delhi signed the Basic Exchange and Cooperation Agreement on Tuesday, after the Logistics Exchange Memorandum of Agreement of 2016.");
    expect(y.treaties).toHaveLength(2);
    const z = extract("Tallinn still cites the 1920 Tartu peace treaty. Moscow wants a new Estonia-Russia peace treaty.");
    expect(z.treaties).toHaveLength(2);
  });
});

describe("acronyms in title case", () => {
  it("reads an acronym spoken as a word in title case ('Asean', 'Anzus', 'Igad'), but not one spelt out or an ordinary word", () => {
    const x = extract("Canberra joined the Asean summit and renewed the Anzus alliance while Igad envoys met.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Association of Southeast Asian Nations", "ANZUS Treaty", "Intergovernmental Authority on Development"]);
    expect(extract("Delegates will sort out the Ctbt question. Trips abroad were cut.").treaties).toEqual([]);
  });
});

describe("hyphenated co-operation", () => {
  it("reads 'Co-operation' in a known name written the British way", () => {
    const x = extract("Bishkek hosted the Shanghai Co-operation Organisation summit.");
    expect(x.treaties.map((t) => [t.name, t.aliases])).toEqual([["Shanghai Co-operation Organisation", ["Shanghai Cooperation Organisation"]]]);
  });
});

describe("a described treaty dated after a comma, named by its stem, and titled", () => {
  it("dates 'the agreement on ..., signed in YEAR' for a later 'the YEAR document'", () => {
    const x = extract([
      "The agreement on the protection of salmon stocks in the Narva Bay, signed in 1996, remains in force, the envoy said.",
      "\"We have proposed to convene the commission under the 1996 document,\" he said.",
    ].join("\n\n"));
    expect(statementWith(x, "We have proposed")?.about_treaties).toEqual(["Agreement on the protection of salmon stocks in the Narva Bay"]);
  });

  it("reads 'the fisheries agreement' as the agreement on fish stocks", () => {
    const x = extract([
      "Finland and Sweden signed an agreement on the protection of fish stocks in the Tornio River in 2010.",
      "The minister said Helsinki would not leave the fisheries agreement.",
    ].join("\n\n"));
    expect(statementWith(x, "Helsinki would not leave")?.about_treaties).toEqual(["An agreement on the protection of fish stocks in the Tornio River"]);
  });

  it("lists one treaty described twice under the description written as a title", () => {
    const x = extract([
      "Sofia accused Skopje of failing to honour the 2017 friendship treaty between the two countries.",
      "The treaty on friendship and good-neighbourliness, signed in Skopje in August 2017, set up a joint commission.",
      "\"The treaty must be respected,\" the minister said.",
    ].join("\n\n"));
    expect(x.treaties.map((t) => t.name)).toEqual(["Treaty on friendship and good-neighbourliness"]);
    expect(statementWith(x, "The treaty must")?.about_treaties).toEqual(["Treaty on friendship and good-neighbourliness"]);
  });
});

describe("a title described again with its scope", () => {
  it("ends the signers at the party 'and' joined, keeps 'guarantees' before a preposition, and lists one treaty", () => {
    const x = extract([
      "The deployment is lawful under the treaty on security guarantees signed by Moscow and Minsk, Russian Foreign Minister Sergey Lavrov said.",
      "In his words, the treaty on security guarantees within the Union State provides for the use of all forces.",
    ].join("\n\n"));
    expect(x.treaties.map((t) => t.name)).toEqual(["Treaty on security guarantees within the Union State", "Union State of Russia and Belarus"]);
    expect(x.treaties[0]?.aliases).toContain("the treaty on security guarantees signed by Moscow and Minsk");
  });
});

describe("a named treaty dated by a relative clause with its signers", () => {
  it("reads '... that our presidents signed in Moscow in 1997' as its year, for 'the 1997 document'", () => {
    const x = extract([
      "\"The Treaty of Friendship and Mutual Security that our presidents signed in Moscow in 1997 remains in force,\" Ambassador Rahim Aliyev said.",
      "In his words, the 1997 document laid down the principles of respect for sovereignty.",
    ].join("\n\n"));
    expect(statementWith(x, "the 1997 document")?.about_treaties).toEqual(["Treaty of Friendship and Mutual Security"]);
  });
});

describe("a compact, and a description by the initials of its name", () => {
  it("reads 'the Millennium Challenge Corporation compact' as a treaty, and 'the MCC compact' as the same one", () => {
    const x = extract([
      "A panel urged the government to reject the Millennium Challenge Corporation compact in its current form.",
      "\"The MCC compact is a grant,\" the US ambassador said.",
    ].join("\n\n"));
    expect(x.treaties.map((t) => t.name)).toEqual(["Millennium Challenge Corporation compact"]);
    expect(statementWith(x, "The MCC compact")?.about_treaties).toEqual(["Millennium Challenge Corporation compact"]);
  });
});

describe("a known treaty's name with a treaty noun after it", () => {
  it("lists 'the Safta deal' as a form of the treaty, but not 'the EU deal' as one of the union", () => {
    const x = extract("Islamabad will implement the Safta deal, the minister said. The EU deal was discussed too.");
    expect(x.treaties.find((t) => t.name === "Safta")?.aliases).toContain("Safta deal");
    expect(x.treaties.map((t) => t.name)).toContain("EU deal");
  });
});

describe("'the organization' after an agency the paragraph before named", () => {
  it("is that agency, not the treaty organisation named earlier; a bloc does not count", () => {
    const x = extract([
      "NATO ministers met in Brussels on Monday.",
      "Moscow blocked the OSCE budget again.",
      "\"The organization has been left without a budget since 2021,\" a diplomat said.",
    ].join("\n\n"));
    expect(statementWith(x, "The organization has")?.about_treaties).toEqual([]);
    const y = extract([
      "The CIS leaders met in Kazan on Friday.",
      "Ukraine wants to join the European Union.",
      "\"We will propose changes to the organisation,\" Nazarbayev said.",
    ].join("\n\n"));
    expect(statementWith(y, "We will propose")?.about_treaties).toEqual(["Commonwealth of Independent States"]);
  });
});

describe("where a topic joined by 'and' ends", () => {
  it("ends before 'and the protocol to it': a determiner opens another instrument", () => {
    const x = extract("The plant is built under the 1992 intergovernmental agreement on cooperation in the peaceful uses of atomic energy and the protocol to it signed in 2014, the official said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["1992 intergovernmental agreement on cooperation in the peaceful uses of atomic energy"]);
  });
});

describe("the Belgium-Luxembourg Economic Union, and states a treaty's name joins with a dash", () => {
  it("reads the union as a party to an investment agreement, and lists the states its name and others' names join", () => {
    const x = extract("\"The agreement between the Soviet Union and the Belgium-Luxembourg Economic Union on the promotion and reciprocal protection of investments remains in force,\" the envoy said. The US-Japan Security Treaty was not discussed.");
    expect(x.treaties.map((t) => t.name)).toEqual([
      "Agreement between the Soviet Union and the Belgium-Luxembourg Economic Union on the promotion and reciprocal protection of investments",
      "Belgium-Luxembourg Economic Union", "US-Japan Security Treaty",
    ]);
    expect(x.states).toEqual(expect.arrayContaining(["Belgium", "Luxembourg", "United States", "Japan"]));
  });
});

describe("a treaty's age before its noun", () => {
  it("reads 'the colonial-era pact' as a reference back, as 'the landmark pact' is", () => {
    const x = extract("Britain asked for his extradition under a 1931 treaty between Washington and London, the court heard.\n\n\"The colonial-era pact has never been tested in such a case,\" an official said.");
    expect(statementWith(x, "The colonial-era pact")?.about_treaties).toEqual(["A 1931 treaty between Washington and London"]);
  });
});

describe("a description of its parties in a phrase, then a signing clause", () => {
  it("dates 'the free trade agreement between the two countries, signed in Beijing in 2017', and its initials refer to it", () => {
    const x = extract("Muizzu recalled that the free trade agreement between the two countries, signed in Beijing in 2017, would enter into force in January.\n\nThe Maldivian leader said the FTA would not harm relations with other partners.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Free trade agreement between the two countries"]);
    expect(statementWith(x, "the FTA would")?.about_treaties).toEqual(["Free trade agreement between the two countries"]);
  });
  it("leaves 'the basic treaty between the two countries, signed ...' to the name the article goes on to give", () => {
    const x = extract("The diplomat noted that the basic treaty between the two countries, signed in Moscow in 2003, formally remains in force.");
    expect(x.treaties).toEqual([]);
  });
});

describe("a description signed 'in YEAR'", () => {
  it("dates 'signed an agreement on military cooperation in 2021' as 'the 2021 agreement on military cooperation'", () => {
    const x = extract("Mauritania and Russia discussed the 2021 agreement on military cooperation, the minister said.\n\n\"Our countries signed an agreement on military cooperation in 2021,\" he noted.");
    expect(x.treaties.map((t) => t.name)).toEqual(["2021 agreement on military cooperation"]);
    expect(statementWith(x, "Our countries signed")?.about_treaties).toEqual(["2021 agreement on military cooperation"]);
  });
  it("reads nothing in 'signed a deal in 2009', and leaves the date out of the name of 'a double taxation convention in 2011'", () => {
    expect(extract("The two countries signed a deal in 2009 setting out their sea boundary.").treaties).toEqual([]);
    const x = extract("France removed Panama from the list after the two countries signed a double taxation convention in 2011.");
    expect(x.treaties.map((t) => t.name)).toEqual(["A double taxation convention"]);
  });
});

describe("a treaty a state plans 'to sign' with another", () => {
  it("is one treaty, as one it signed is: 'plan to sign a 100-year partnership agreement with Ukraine'", () => {
    const x = extract("The United Kingdom's plan to sign a 100-year partnership agreement with Ukraine is an attempt to turn Ukraine into an outpost on Russia's borders, the senator said.\n\n\"The agreement will cover defence,\" he added.");
    expect(x.treaties.map((t) => t.name)).toEqual(["A 100-year partnership agreement with Ukraine"]);
    expect(statementWith(x, "The agreement will")?.about_treaties).toEqual(["A 100-year partnership agreement with Ukraine"]);
  });
});

describe("'its accession protocol' in an article naming the alliance acceded to", () => {
  it("is the one instrument of the state's accession, and 'the accession protocol' refers to it", () => {
    const x = extract("Montenegro joined NATO on Monday. The Senate ratified its accession protocol last week, officials said.\n\n\"The accession protocol is a historic step,\" the minister said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["North Atlantic Treaty Organization", "Accession protocol"]);
    expect(statementWith(x, "The accession protocol")?.about_treaties).toEqual(["Accession protocol"]);
  });
  it("reads no accession instrument where no alliance or union is named", () => {
    expect(extract("The Senate ratified its accession protocol last week, officials said.").treaties).toEqual([]);
  });
});

describe("a dated description after a possessive pronoun, and a two-word state among the modifiers", () => {
  it("reads 'their 2000 free trade agreement' and 'a 2000 India-Sri Lanka free trade agreement'", () => {
    const x = extract("Mexico would push to conclude talks with the European Union on updating their 2000 free trade agreement next year.");
    expect(x.treaties.map((t) => t.name)).toEqual(["2000 free trade agreement"]);
    expect(x.treaties[0]?.aliases).toContain("their 2000 free trade agreement");
    const y = extract("New Delhi wants Colombo to sign a pact that would expand a 2000 India-Sri Lanka free trade agreement to services.");
    expect(y.treaties.map((t) => t.name)).toEqual(["A 2000 India-Sri Lanka free trade agreement"]);
  });
  it("still reads no treaty in an undated 'its free trade agreement'", () => {
    expect(extract("Mexico wants to update its free trade agreement, the minister said.").treaties).toEqual([]);
  });
});

describe("possessives that own a described treaty", () => {
  it("reads a state's agreement with a bloc ('Croatia's stabilisation and association agreement with the EU'), with its bare form", () => {
    const x = extract("Olli Rehn said Croatia's stabilisation and association agreement with the EU was unaffected.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Croatia's stabilisation and association agreement with the EU"]);
    expect(x.treaties[0]?.aliases).toContain("stabilisation and association agreement");
  });
  it("reads a possessive written with the apostrophe alone ('The Netherlands' ten-year security agreement with Ukraine')", () => {
    const x = extract("The Netherlands' ten-year security agreement with Ukraine turns the kingdom into a party to the conflict, the senator said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Netherlands' ten-year security agreement with Ukraine"]);
  });
  it("reads 'the two countries' 1960 security treaty' as the known treaty of that year between the states named", () => {
    const x = extract("Washington is committed to defending Japan under the two countries' 1960 security treaty, he said.");
    expect(x.treaties.map((t) => t.aliases)).toEqual([expect.arrayContaining(["Treaty of Mutual Cooperation and Security between the United States and Japan"])]);
  });
  it("dates 'Croatia signed the arbitration agreement in 2009', a definite description with a signing verb before it", () => {
    const x = extract("\"Croatia signed the arbitration agreement in 2009 of its own free will,\" he told reporters.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Arbitration agreement"]);
  });
});

describe("forms of a described treaty with the clause that says which one it is", () => {
  it("lists the description with its participle, relative or contact clause, its parties' governments and its place of signing, never naming it by them", () => {
    const x = extract("Greece signed a 1976 convention limiting liability for maritime claims, he said. They signed a 1997 agreement between the British and Irish governments, he said. He recalled the 2015 agreement signed in Khartoum, officials said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["A 1976 convention", "A 1997 agreement between the British and Irish", "2015 agreement"]);
    expect(x.treaties.flatMap((t) => t.aliases)).toEqual(expect.arrayContaining([
      "a 1976 convention limiting liability for maritime claims", "a 1997 agreement between the British and Irish governments", "the 2015 agreement signed in Khartoum",
    ]));
  });
  it("lists 'a 2009 agreement between Moscow and Minsk' for one that goes on to its topic", () => {
    const x = extract("Belarus and Russia signed a 2009 agreement between Moscow and Minsk on the joint protection of the air border, he said.");
    expect(x.treaties[0]?.aliases).toContain("a 2009 agreement between Moscow and Minsk");
  });
});

describe("forms of a treaty's reference with the clause after it, and without its parties", () => {
  it("lists a dated reference's clause up to its sentence's own verb, and a description's form without 'with X'", () => {
    const x = extract("Poland and Germany signed the 1990 German-Polish Border Treaty in Warsaw.\n\nThe MPs said the 1990 treaty in which united Germany recognised the Oder-Neisse line as its eastern border was meant to close the question for good.");
    expect(x.treaties.flatMap((t) => t.aliases)).toContain("the 1990 treaty in which united Germany recognised the Oder-Neisse line as its eastern border");
    const y = extract("Finland signed a host nation support memorandum with NATO in 2014, the minister said.");
    expect(y.treaties.flatMap((t) => t.aliases)).toContain("a host nation support memorandum");
  });
});

describe("forms of a named treaty with its owner's possessive and its partner", () => {
  it("lists 'the African Union's 2014 Malabo Protocol' and 'the EU's 2014 Economic Partnership Agreement with the East African Community'", () => {
    const x = extract("South Africa has not ratified the African Union's 2014 Malabo Protocol, he said. Kenya signed the EU's 2014 Economic Partnership Agreement with the East African Community, he said.");
    expect(x.treaties.flatMap((t) => t.aliases)).toEqual(expect.arrayContaining([
      "the African Union's 2014 Malabo Protocol", "the EU's 2014 Economic Partnership Agreement with the East African Community",
    ]));
  });
});

describe("'its own treaty in YEAR'", () => {
  it("is the known treaty of that year between the state and the one named before, listed with its pronoun; else no treaty", () => {
    const x = extract("Egypt in 1979 became the first Arab country to sign a peace treaty with Israel. Jordan followed with its own treaty in 1994. Ties have often been frosty.");
    const jordan = x.treaties.find((t) => t.name === "Israel–Jordan Peace Treaty");
    expect(jordan?.aliases).toContain("its own treaty");
    expect(extract("Jordan followed with its own treaty in 1994, officials said.").treaties).toEqual([]);
  });
});

describe("treaty organisations and agencies", () => {
  it("lists the Arab League, constituted by the 1945 Pact, as a treaty organisation under its formal name", () => {
    const x = extract("The Arab League will hold its summit in Baghdad in May, Secretary-General Ahmed Aboul Gheit said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["League of Arab States"]);
  });
  it("lists the 1995 Mekong Agreement and not the river commission it set up", () => {
    const x = extract("The Mekong River Commission was set up by Thailand, Laos, Cambodia and Vietnam under a 1995 agreement to manage the river, he said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Agreement on the Cooperation for the Sustainable Development of the Mekong River Basin (1995)"]);
    expect(x.treaties[0]?.aliases).toContain("a 1995 agreement");
  });
});

describe("a sentence's bounds around an abbreviation", () => {
  it("reads 'Iran released 10 U.S. Navy sailors ... under last year's nuclear deal' as one sentence naming Iran", () => {
    const x = extract("Iran released 10 U.S. Navy sailors on Wednesday, days before sanctions are due to be lifted under last year’s nuclear deal.\n\n“The deal is on track,” the official said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Joint Comprehensive Plan of Action"]);
    expect(statementWith(x, "The deal is on track")?.about_treaties).toEqual(["Joint Comprehensive Plan of Action"]);
  });
});

describe("'the security pact' after a treaty whose name says security", () => {
  it("refers back to it, a pact being any kind of treaty", () => {
    const x = extract("He said the alliance was anchored in the 1960 Treaty of Mutual Cooperation and Security.\n\nTrump suggested that Japan should pay more for the upkeep of U.S. troops, raising doubts in Tokyo about Washington's commitment to the security pact.");
    expect(x.treaties.map((t) => t.name)).toEqual(["1960 Treaty of Mutual Cooperation and Security"]);
    expect(x.treaties[0]?.aliases).toContain("the security pact");
  });
});

describe("two described agreements of one kind", () => {
  it("keeps 'a second intergovernmental agreement, signed in 2008' apart from the 1988 one", () => {
    const x = extract("The project dates back to an intergovernmental agreement signed by the Soviet Union and India in 1988, and a second intergovernmental agreement, signed in 2008, provided for four more units, he said.\n\n\"The 1988 agreement was signed at a very difficult time,\" he stressed. He said the 2008 agreement also allows a new site.");
    expect(x.treaties).toHaveLength(2);
    expect(x.treaties.find((t) => t.aliases.includes("The 1988 agreement"))?.aliases).not.toContain("the 2008 agreement");
  });
});

describe("forms of known treaties the gazetteer lists", () => {
  it("finds 'the phase one trade agreement' in lower case and lists it under that form, and GSOMIA between Seoul and Tokyo", () => {
    const x = extract("He said Washington had failed to honor the phase one trade agreement that the two countries signed in January 2020.\n\nSeoul threatened to scrap GSOMIA, a military intelligence-sharing pact with Tokyo, he said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Phase one trade agreement", "GSOMIA"]);
  });
});

describe("a treaty's name with the century it names", () => {
  it("reads '... for the Development of Central Asia in the 21st Century' as one name", () => {
    const x = extract("Kazakhstan expects Tajikistan to join the Treaty on Friendship, Good-Neighborliness and Cooperation for the Development of Central Asia in the 21st Century, the minister said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Treaty on Friendship, Good-Neighborliness and Cooperation for the Development of Central Asia in the 21st Century"]);
  });
});

describe("an organisation's name among a description's modifiers", () => {
  it("keeps 'the 1983 Council of Europe convention on the transfer of sentenced persons' as a treaty", () => {
    const x = extract("Reed could serve his sentence at home under the 1983 Council of Europe convention on the transfer of sentenced persons, the lawyer said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["1983 Council of Europe convention on the transfer of sentenced persons"]);
  });
  it("reads 'The 2011 Council of Europe treaty' as a reference to the treaty named before, the organisation having drawn it up; not 'the EU treaty'", () => {
    const x = extract("Poland will start pulling out of the Istanbul Convention, the minister said.\n\nThe 2011 Council of Europe treaty, signed in Istanbul, was the first binding instrument of its kind, he said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Istanbul Convention"]);
    expect(x.treaties[0]?.aliases).toContain("The 2011 Council of Europe treaty");
    const y = extract("The court was set up by the Unified Patent Court Agreement, he said. Ministers said the EU treaty would not be changed.");
    expect(y.treaties.map((t) => t.name)).toEqual(["Unified Patent Court Agreement", "EU treaty"]);
  });
});

describe("a description with its place and year of signing", () => {
  it("names the one treaty the gazetteer records as signed there that year", () => {
    const x = extract("The diplomat noted that the treaty on the zone, signed in Semipalatinsk in 2006 by the five states, had been a model, TASS reported.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Treaty on a Nuclear-Weapon-Free Zone in Central Asia"]);
    expect(x.treaties[0]?.aliases).toContain("the treaty on the zone");
  });
});

describe("the initials of a treaty named before", () => {
  it("reads 'the SOFA' after 'the Status of Forces Agreement', its initials taking the 'of'", () => {
    const x = extract("Workers enjoy legal protection under the Status of Forces Agreement, officials said.\n\n“Unless the SOFA itself is revised, nothing fundamental will change,” he told reporters.");
    expect(statementWith(x, "Unless the SOFA")?.about_treaties).toEqual(["Status of Forces Agreement"]);
  });
});

describe("one described treaty written twice", () => {
  it("keeps the dated first form as its name, a later form with its partner being no proper name", () => {
    const x = extract("According to the minister, the 2022 agreement on military cooperation has already helped the army.\n\n\"We signed the agreement on military cooperation with the Russian Federation in April 2022,\" he said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["2022 agreement on military cooperation"]);
    expect(statementWith(x, "We signed")?.about_treaties).toEqual(["2022 agreement on military cooperation"]);
  });
});

describe("two names of one treaty", () => {
  it("lists 'the Nauru-Australia Treaty, also known as the Nakamarra Treaty' once, under the first", () => {
    const x = extract("The Nauru-Australia Treaty, also known as the Nakamarra Treaty, was signed in Canberra on December 9, officials said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Nauru-Australia Treaty"]);
    expect(x.treaties[0]?.aliases).toContain("Nakamarra Treaty");
  });
});

describe("a title's deal with a movement", () => {
  it("reads 'US signs deal with the Taliban' as the article's deal, the antecedent of a later 'the agreement'", () => {
    const x = extract("The United States has signed a deal with the Taliban that could see all American troops leave.\n\nPompeo said the agreement 'will mean nothing' unless the Taliban cut their ties with al-Qaeda.", "US signs deal with the Taliban in Doha");
    expect(x.treaties.map((t) => t.name)).toEqual(["Deal with the Taliban"]);
    expect(statementWith(x, "the agreement")?.about_treaties).toEqual(["Deal with the Taliban"]);
  });
  it("keeps a title's words of what the deal is about as its name ('revised peace accord', not 'with FARC')", () => {
    const x = extract("Colombia's Congress approved a revised peace accord with FARC rebels on Wednesday.", "Colombia's Congress approves revised peace accord with FARC rebels");
    expect(x.treaties.map((t) => t.name)).toEqual(["Revised peace accord"]);
  });
});

describe("treaties: plural possessives, modifying names, peace pairs and years of signing", () => {
  it("reads a plural's apostrophe before the space inside a known name ('Peoples’ Rights')", () => {
    const x = extract("The court said the detention violated the African Charter on Human and Peoples’ Rights, the lawyer said.");
    expect(x.treaties.map((t) => t.name)).toEqual(["African Charter on Human and Peoples’ Rights"]);
    expect(x.statements[0]?.about_treaties).toEqual(["African Charter on Human and Peoples’ Rights"]);
  });

  it("does not take an organisation's name that modifies a noun for an apposition to the description before it", () => {
    const x = extract([
      "Pantus spoke about cooperation with other members of the Collective Security Treaty Organization (CSTO). He recalled that under the 2000 agreement on the basic principles of military-technical cooperation, the CSTO countries buy weapons from each other at the same prices.",
      "\"This document works,\" the official said.",
    ].join("\n\n"));
    const described = x.treaties.find((t) => t.name.includes("2000 agreement"));
    expect(described).toBeDefined();
    expect(x.treaties.find((t) => t.name === "Collective Security Treaty Organization")?.aliases).not.toContain("the 2000 agreement on the basic principles of military-technical cooperation");
    expect(statementWith(x, "This document works")?.about_treaties).toEqual([described?.name]);
  });

  it("names a peace treaty by the pair the article sets between each other, not by the states of its first sentence", () => {
    const x = extract([
      "According to the Armenian envoy, normalization with Ankara should not be made dependent on the peace treaty with Baku.",
      "The envoy stressed that the process should not be linked to the negotiations between Yerevan and Baku on a peace treaty.",
    ].join("\n\n"));
    expect(x.treaties.map((t) => t.name)).toEqual(["Armenia–Azerbaijan peace treaty"]);
  });

  it("dates a name by the year its sentence opens with ('In 2009, ... signed the Zurich Protocols') for 'the 2009 protocols'", () => {
    const x = extract([
      "In 2009, the two countries signed the Zurich Protocols, but the documents were never ratified.",
      "\"We do not intend to return to the 2009 protocols,\" Rubinyan said.",
    ].join("\n\n"));
    expect(statementWith(x, "We do not intend")?.about_treaties).toEqual(["Zurich Protocols"]);
  });

  it("dates an unknown name by the year its sentence opens with, so 'the 1996 treaty' is that one and not the latest", () => {
    const x = extract([
      "In 1996, the two countries signed the Treaty of Arcadia, which settled the border. The Treaty of Boreas followed later.",
      "\"The 1996 treaty is the basis of our relations,\" the minister said.",
    ].join("\n\n"));
    expect(statementWith(x, "The 1996 treaty")?.about_treaties).toEqual(["Treaty of Arcadia"]);
  });

  it("reads 'its provisions' as the one treaty in view, but not 'its obligations' (a state's too)", () => {
    const x = extract([
      "In 2019, France and the Comoros signed the Framework Partnership Agreement on migration.",
      "The minister said the text must be respected by both sides, including its provisions on the movement of people.",
      "Officials added that France would honour its obligations in full.",
    ].join("\n\n"));
    expect(statementWith(x, "the text must be respected")?.about_treaties).toEqual(["Framework Partnership Agreement"]);
    expect(statementWith(x, "France would honour")?.about_treaties).toEqual([]);
  });

  it("dates an indefinite description by 'signed in YEAR' after its 'with' party, so 'The 1954 agreement' is that one", () => {
    const x = extract([
      "Rizzo recalled that US nuclear bombs are kept at two air bases under a bilateral agreement with the United States signed in 1954, the text of which has never been made public.",
      "\"The 1954 agreement is secret even from our own parliament,\" he said.",
    ].join("\n\n"));
    expect(x.treaties.map((t) => t.name)).toEqual(["A bilateral agreement with the United States signed in 1954"]);
    expect(statementWith(x, "The 1954 agreement")?.about_treaties).toEqual(["A bilateral agreement with the United States signed in 1954"]);
  });

  it("reads 'the FTA' as a free trade agreement described with its parties ('between the Eurasian Economic Union and Vietnam')", () => {
    const x = extract([
      "Dmitry Chernyshenko said trade grew under the free trade agreement between the Eurasian Economic Union and Vietnam, which entered into force in 2016.",
      "He said the FTA could be extended to services.",
    ].join("\n\n"));
    expect(statementWith(x, "the FTA could")?.about_treaties).toEqual(["Free trade agreement between the Eurasian Economic Union and Vietnam"]);
  });
  it("reads 'The 1978 agreement between Egypt and Israel' as the known treaty of that year whose parties they are", () => {
    const x = extract([
      "The minister said the Camp David Accords still bound both governments.",
      "The 1978 agreement between Egypt and Israel ended three decades of war.",
      "\"The agreement has never been in greater danger,\" the minister said.",
    ].join("\n\n"));
    expect(x.treaties.map((t) => t.name)).toEqual(["Camp David Accords"]);
    expect(statementWith(x, "The agreement has")?.about_treaties).toEqual(["Camp David Accords"]);
  });

  it("reads a slogan of capitalised words around a comma before 'deal' as one name ('the Fair Pay, Fair Play deal')", () => {
    const x = extract([
      "Both parties backed the Fair Pay, Fair Play deal published on Monday by the two governments.",
      "The union leader said the deal was long overdue.",
    ].join("\n\n"));
    expect(x.treaties.map((t) => t.name)).toEqual(["Fair Pay, Fair Play deal"]);
    expect(statementWith(x, "the deal was")?.about_treaties).toEqual(["Fair Pay, Fair Play deal"]);
  });

  it("names a treaty by the capitalised words in apposition before an indefinite description ('on PACER Plus, a regional free trade agreement')", () => {
    const x = extract([
      "Leaders discussed progress on SPARTECA Plus, a regional free trade agreement being negotiated with Australia.",
      "Fiji has refused to sign up to the trade deal, saying it offers too little for island exporters.",
    ].join("\n\n"));
    expect(x.treaties.map((t) => t.name)).toEqual(["SPARTECA Plus"]);
    expect(statementWith(x, "it offers")?.about_treaties).toEqual(["SPARTECA Plus"]);
  });

  it("takes no place for a treaty's name ('talks resumed in NYC, a free trade agreement ...')", () => {
    const x = extract("Talks resumed in NYC, a free trade agreement with Australia being within reach.");
    expect(x.treaties.map((t) => t.name)).not.toContain("NYC");
  });

  it("keeps the government a party's name modifies in the description ('with the Kiev authorities'), not 'with the Kiev'", () => {
    // (In the lead, as the deal the article reports; further on, as any description.)
    const lead = extract("Rutte signed a ten-year security agreement with the Kiev authorities in Kharkov in March.");
    expect(lead.treaties.map((t) => t.name)).toEqual(["Ten-year security agreement with the Kiev authorities"]);
    const body = extract("The debate went on for hours.\n\nBaudet recalled that the Netherlands had promised more aid and that Rutte signed a ten-year security agreement with the Kiev authorities in Kharkov in March.");
    expect(body.treaties.map((t) => t.name)).toEqual(["A ten-year security agreement with the Kiev authorities"]);
  });

  it("lists no EU legislation named like a treaty ('the EU's Stability and Growth Pact')", () => {
    const x = extract("Lisbon would remain committed to the EU's Stability and Growth Pact rules on budget deficits, the minister said.");
    expect(x.treaties).toEqual([]);
    // (Written with the body before its name, without the possessive, too.)
    expect(extract("Szlapka said Poland would not implement the EU Pact on Migration and Asylum.").treaties).toEqual([]);
  });

  it("lists no oil concession ('a production sharing agreement concluded in 1994 between the government and a consortium')", () => {
    const x = extract("The field was developed under a production sharing agreement concluded in 1994 between the Russian government and a consortium.");
    expect(x.treaties).toEqual([]);
  });

  it("reads an organisation's protocol with its topic as one treaty ('the ECOWAS protocol on the free movement of people')", () => {
    const x = extract("Ghana is a member of the Economic Community of West African States (ECOWAS), and critics said the closure breached the ECOWAS protocol on the free movement of people and goods.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Economic Community of West African States", "ECOWAS protocol on the free movement of people and goods"]);
    // (Without a topic, "the ECOWAS protocol" is the organisation's, not one instrument.)
    const y = extract("Ghana is a member of the Economic Community of West African States (ECOWAS), and critics said the closure breached the ECOWAS protocol.");
    expect(y.treaties.map((t) => t.name)).toEqual(["Economic Community of West African States"]);
  });

  it("reads 'the accession treaty' in an article naming the European Union as the treaty of accession to it", () => {
    const x = extract("He steered the country into the EU and completed the negotiations on the accession treaty in Copenhagen in 2002.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Accession treaty"]);
  });

  it("keeps the gazetteer's name for a shortened form written with its year ('the 1997 Founding Act'), as without one", () => {
    const x = extract("Sobolev said that in the 1997 Founding Act NATO had pledged not to station substantial combat forces in Poland.");
    expect(x.treaties.map((t) => t.name)).toContain("NATO–Russia Founding Act");
    // (The full name with its year is the form the article writes: "the 1936 Montreux Convention".)
    const y = extract("Ankara said the 1936 Montreux Convention still governed passage through the straits.");
    expect(y.treaties.map((t) => t.name)).toEqual(["1936 Montreux Convention"]);
  });
  it("reads 'the ceasefire', 'the truce' in an article that names no ceasefire as one unnamed ceasefire, and links to it", () => {
    const x = extract("Mediators met in Colombo. Our main concern is that the ceasefire is not put at risk, the envoy said.\n\nThe rebel commander said he would respect the fragile truce.");
    expect(x.treaties.map((t) => t.name)).toEqual(["Ceasefire"]);
    expect(x.treaties[0]?.aliases).toEqual(expect.arrayContaining(["the fragile truce"]));
    expect(statementWith(x, "Our main concern")?.about_treaties).toEqual(["Ceasefire"]);
    expect(statementWith(x, "he would respect")?.about_treaties).toEqual(["Ceasefire"]);
  });

  it("reads no ceasefire in 'the ceasefire line', 'ceasefire violations' or a call for one", () => {
    const x = extract("The UN called for a ceasefire. Monitors reported ceasefire violations along the ceasefire line, the envoy said.");
    expect(x.treaties).toEqual([]);
  });

  it("keeps 'the truce' the ceasefire agreement the article described, with no second ceasefire", () => {
    const x = extract("Armenia and Azerbaijan signed a ceasefire agreement in Moscow in 2016.\n\nThe truce is holding, the envoy said.");
    expect(x.treaties).toHaveLength(1);
    expect(statementWith(x, "The truce is holding")?.about_treaties).toEqual([x.treaties[0]?.name]);
  });
  it("reads 'an agreement on TOPIC' as a treaty, signed or being drafted, and links the statement to it", () => {
    const x = extract("According to the ambassador, the two countries are finalizing an intergovernmental agreement on the mutual protection of investments, which could be signed next year.");
    expect(x.treaties.map((t) => t.name)).toEqual(["An intergovernmental agreement on the mutual protection of investments"]);
    expect(x.statements[0]?.about_treaties).toEqual(["An intergovernmental agreement on the mutual protection of investments"]);
  });

  it("reads no treaty in 'an agreement on' a date, a memorandum on a project, or a description of a treaty its sentence names", () => {
    expect(extract("Britain signed a post-Brexit trade agreement on Christmas Eve.").treaties.map((t) => t.name)).toEqual(["Post-Brexit trade agreement"]);
    expect(extract("The two sides signed a memorandum on the project in Tehran.").treaties).toEqual([]);
    expect(extract("Russia quit the Open Skies Treaty, an international treaty on military transparency.").treaties.map((t) => t.name)).toEqual(["Open Skies Treaty"]);
  });
});
