import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

describe("states", () => {
  it("reads names, official names, abbreviations and demonyms of institutions", () => {
    const x = extract("The Russian Federation and the U.S. met in Geneva. The Belarusian Foreign Ministry and the German Chancellor commented.");
    expect(x.states).toEqual(expect.arrayContaining(["Russia", "United States", "Belarus", "Germany"]));
  });

  it("ignores demonyms of peoples and languages", () => {
    const x = extract("Clashes broke out between Tajik and Uzbek communities, and a Russian-speaking population fled the Soviet-era town.");
    expect(x.states).toEqual([]);
  });

  it("takes capitals for governments but not for places", () => {
    const gov = extract("Washington threatened new sanctions, while Ankara stayed silent.");
    expect(gov.states).toEqual(["United States", "Turkey"]);
    const place = extract("The talks were held in Vienna and the delegates later flew to Madrid.");
    expect(place.states).toEqual([]);
    // "our partners in Lisbon": the government there; "counterparts in Vientiane": where a meeting is held.
    expect(extract("It is directed against no one, and our partners in Lisbon know this, he said.").states).toEqual(["Portugal"]);
    expect(extract("She met her counterparts in Vientiane on Wednesday.").states).toEqual([]);
  });

  it("takes capitals of Africa, Latin America and smaller states for their governments, and names the DRC as the gold does", () => {
    const x = extract("Rabat recalled its envoy, Kinshasa protested and Lima stayed silent, while talks with Tunis went on.");
    expect(x.states).toEqual(["Morocco", "Democratic Republic of the Congo", "Peru", "Tunisia"]);
    const y = extract("France invoked a 1961 defence accord between Paris and Abidjan.");
    expect(y.treaties[0]?.members_mentioned).toEqual(["France", "Ivory Coast"]);
  });

  it("reads a state's short name and its name with an elided French article", () => {
    expect(extract("Refugees came mostly from Croatia, Bosnia and Serbia.").states).toEqual(["Croatia", "Bosnia and Herzegovina", "Serbia"]);
    expect(extract("Troops from Côte d’Ivoire and Cote d'Ivoire's neighbour Ghana arrived.").states).toEqual(["Ivory Coast", "Ghana"]);
  });

  it("does not count a capital that names a treaty after the city where it was made", () => {
    expect(extract("Monitors called the result a victory for the Accra agreement.").states).toEqual([]);
    const lima = extract("Delegates recalled the Treaty of Lima of 1929.");
    expect(lima.states).toEqual([]);
    expect(lima.treaties[0]?.members_mentioned).toEqual([]);
  });

  it("lists no non-sovereign places", () => {
    const x = extract("Officials in Taiwan and Kosovo and the Palestinian Authority reacted.");
    expect(x.states).toEqual([]);
  });

  it("does not count a state inside a geographic name, a colonial polity or an instrument named after a capital", () => {
    expect(extract("Patrols in the East China Sea and the Irish Sea grew, and ships crossed the Gulf of Oman.").states).toEqual([]);
    expect(extract("The border was drawn by French Algeria and later disputed.").states).toEqual([]);
    expect(extract("Asylum claims fall under the Lisbon Regulation, officials explained.").states).toEqual([]);
    expect(extract("China said the Japanese navy had entered its waters.").states).toEqual(["China", "Japan"]);
  });

  it("counts the Soviet Union only when named as a state", () => {
    expect(extract("The Soviet regime collapsed in 1991.").states).toEqual(["Soviet Union"]);
    expect(extract("The Soviet-era missiles are old.").states).toEqual([]);
  });

  it("reads 'Serbia and Montenegro' as the state union only where the article names the union", () => {
    expect(extract("The EU opened talks with Serbia-Montenegro. Today is a day for Serbia and Montenegro, Mr Rehn said.").states)
      .toEqual(["Serbia and Montenegro"]);
    expect(extract("The plotters used people from Serbia and Montenegro, the prosecutor said.").states).toEqual(["Serbia", "Montenegro"]);
  });

  it("takes 'Congo' for Brazzaville's state when the article names the Republic of the Congo and not the Democratic one", () => {
    expect(extract("The Republic of the Congo regards Russia as a partner. He said the Congo backs talks.").states)
      .toEqual(["Republic of the Congo", "Russia"]);
    expect(extract("Rwanda and Congo met in Luanda. Kinshasa accused Kigali of backing rebels.").states)
      .toEqual(expect.arrayContaining(["Democratic Republic of the Congo", "Rwanda"]));
  });

  it("reads 'Bissau-Guinean' as Guinea-Bissau, and a state's name hyphened to a given name as a person's name", () => {
    expect(extract("The Bissau-Guinean leader said so.").states).toEqual(["Guinea-Bissau"]);
    expect(extract("He is the first to win since France-Albert Rene seized power in a 1977 coup.").states).toEqual([]);
  });
});

describe("treaties and blocs", () => {
  it("finds alliances with their members in the article", () => {
    const x = extract("Kazakhstan and Armenia are members of the CSTO, the Collective Security Treaty Organization. Brazil is not.");
    const csto = x.treaties.find((t) => t.name === "Collective Security Treaty Organization");
    expect(csto?.kind).toBe("ORGANIZATION");
    expect(csto?.members_mentioned).toEqual(expect.arrayContaining(["Kazakhstan", "Armenia"]));
    expect(csto?.members_mentioned).not.toContain("Brazil");
  });

  it("keeps blocs and agencies out of the treaties", () => {
    const x = extract("The EU and the OSCE urged calm, the IAEA said, and Reuters reported the news.");
    expect(x.treaties).toEqual([]);
    expect(x.blocs).toEqual(["European Union"]);
    expect(x.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(["Organization for Security and Co-operation in Europe", "International Atomic Energy Agency", "Reuters"]));
    expect(x.organizations.find((o) => o.name === "Reuters")?.kind).toBe("MEDIA");
  });

  it("resolves an anaphor and a description of a known treaty", () => {
    const x = extract("Nato ministers met in Brussels. The alliance says it honours its 1997 pact with Russia on troop levels.");
    const names = x.treaties.map((t) => t.name);
    // A definite description ("its 1997 pact") refers to the treaty by its canonical name.
    expect(names).toEqual(expect.arrayContaining(["North Atlantic Treaty Organization", "NATO–Russia Founding Act"]));
  });
});

describe("demonyms another state's longer demonym contains", () => {
  it("reads 'Sudanese', 'Guinean' and 'Samoan' as their states, and the longer demonyms as theirs", () => {
    const x = extract("The Sudanese army said its men were attacked. He met the South Sudanese minister, his Equatorial Guinean counterpart, the Guinean president and the Samoan prime minister.");
    expect([...x.states].sort()).toEqual(["Equatorial Guinea", "Guinea", "Samoa", "South Sudan", "Sudan"]);
  });
});

describe("official state names with a possessive", () => {
  it("reads the Democratic People's Republic of Korea as North Korea, not the Republic of Korea", () => {
    const x = extract("Moscow and the Democratic People's Republic of Korea signed a protocol.");
    expect(x.states).toEqual(["Russia", "North Korea"]);
  });

  it("reads the People’s Republic of China with a curly apostrophe", () => {
    expect(extract("Officials of the People’s Republic of China agreed.").states).toEqual(["China"]);
  });
});

describe("a capital after 'to' or 'from' an exchange between governments", () => {
  it("reads 'backing from Washington' and 'we talk to Moscow' as the governments, 'flew to Washington' as the city", () => {
    expect(extract("Mr Morrison also won backing from Washington.").states).toEqual(["United States"]);
    expect(extract("\"We talk to Moscow every week,\" the minister said.").states).toEqual(["Russia"]);
    expect(extract("The minister flew to Washington on Monday.").states).toEqual([]);
  });
});

describe("alternative spellings that are English words or given names", () => {
  it("names no state in 'Bear Island', 'Dominique de Villepin' or the EU's 'Dublin rules'", () => {
    expect(extract("Norway detained the trawler off Bear Island.").states).toEqual(["Norway"]);
    const x = extract("French Foreign Minister Dominique de Villepin said the EU would keep the Dublin rules.");
    expect(x.states).toEqual(["France"]);
    expect(x.persons.map((p) => p.name)).toEqual(["Dominique de Villepin"]);
  });
});

describe("states named only in other names", () => {
  it("finds no United States in 'States Parties', no Greece in 'Greek Cypriot', no Britain in 'British Columbia'", () => {
    expect(extract("The Assembly of States Parties to the Rome Statute met in The Hague.").states).toEqual([]);
    expect(extract("Lumber mills in British Columbia closed. The Greek Cypriot leader said Cyprus would wait.").states).toEqual(["Cyprus"]);
  });

  it("reads 'Bosnian Serb' as Bosnia and Herzegovina, not Serbia too", () => {
    expect(extract("Former Bosnian Serb leader Radovan Karadzic appealed.").states).toEqual(["Bosnia and Herzegovina"]);
  });
});

describe("demonyms of companies and populations", () => {
  it("names no state in 'a Swiss contractor', 'German cars' or 'Syrian refugees', but does in 'the Swiss government'", () => {
    expect(extract("Work stopped when a Swiss contractor pulled out. Farmers protested against German cars and Syrian refugees were moved.").states).toEqual([]);
    expect(extract("The Swiss government said it would freeze the assets.").states).toEqual(["Switzerland"]);
  });
});

describe("a state's ministry", () => {
  it("names the state ('The US State Department said', 'Foreign Office minister')", () => {
    expect(extract("The US State Department said it was concerned.").states).toEqual(["United States"]);
    expect(extract("Foreign Office minister Denis MacShane said the vote was flawed.").states).toEqual(["United Kingdom"]);
  });
});

describe("states inside other names and ethnic demonyms", () => {
  it("names no state in 'ethnic Albanians', 'the Vietnam War', 'Lake Chad', 'the Greek islands' or 'the Minsk peace accords'", () => {
    expect(extract("The victims included ethnic Albanians. Bombs from the Vietnam War lie near Lake Chad and the Greek islands.").states).toEqual([]);
    expect(extract("Both sides backed the Minsk peace accords, the envoy said.").states).toEqual([]);
    expect(extract("The Berlin Plus arrangements still hold, the envoy said.").states).toEqual([]);
    expect(extract("Washington signs deal with Hanoi.").states).toEqual(["United States", "Vietnam"]);
  });

  it("reads Port of Spain as the capital of Trinidad and Tobago", () => {
    expect(extract("Guaido called on Port of Spain to reverse the decision.").states).toEqual(["Trinidad and Tobago"]);
  });
});

describe("states behind a force or deal, and peoples that name no state", () => {
  it("reads 'the Iran-backed group', 'the Saudi-led coalition', 'a Moscow-brokered truce' as the states that act", () => {
    expect(extract("Hezbollah, the Iran-backed group, said the Saudi-led coalition had broken a Moscow-brokered truce.").states)
      .toEqual(["Iran", "Saudi Arabia", "Russia"]);
  });

  it("names no state in 'Serbs and Croats', 'the Serb Republic' or 'the main Croat party', as GUIDELINES counts no ethnic demonym", () => {
    expect(extract("Serbs and Croats voted in Mostar, where the main Croat party won. Leaders of the Serb Republic stayed away.").states).toEqual([]);
    expect(extract("Serbian President Aleksandar Vucic met Croatian leaders.").states).toEqual(["Serbia", "Croatia"]);
  });

  it("reads Luxembourg in a dateline or 'in Luxembourg' as the seat of EU bodies, as a capital, and its government otherwise", () => {
    expect(extract("LUXEMBOURG (Reuters) - EU ministers met on Tuesday. The judges in Luxembourg said the law stood.").states).toEqual([]);
    expect(extract("Russian Ambassador to Luxembourg Dmitry Lobanov said Luxembourg's decision was a mistake.").states).toEqual(["Russia", "Luxembourg"]);
  });
});

describe("a ministry another state owns", () => {
  it("reads 'Pakistan's Foreign Office' and 'the German Foreign Office' as those states' ministries, not the UK's", () => {
    expect(extract("ISLAMABAD (Reuters) - Pakistan's Foreign Office said the talks would resume.").states).toEqual(["Pakistan"]);
    expect(extract("The German Foreign Office said it was aware of the case.").states).toEqual(["Germany"]);
    expect(extract("Foreign Office minister Denis MacShane said the talks would resume.").states).toEqual(["United Kingdom"]);
  });
});
