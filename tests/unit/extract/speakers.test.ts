import { describe, expect, it } from "vitest";
import { extractText } from "../../../src/ingest/extract/index.js";
import { extract, statementWith } from "./helpers.js";

describe("speakers", () => {
  it("reads 'the minister' as a minister named by portfolio, not a president who was once prime minister", () => {
    const x = extract([
      "Trade talks may end next year, Minister of Trade of the Eurasian Economic Commission Andrey Slepnev said.",
      "He recalled that the talks were launched after a meeting between Presidents Vladimir Putin and Abdel Fattah el-Sisi.",
      "\"For Cairo, this is a chance,\" the minister pointed out.",
    ].join("\n\n"));
    expect(statementWith(x, "For Cairo")?.speaker).toBe("Andrey Slepnev");
  });

  it("reads 'the governor', 'the speaker' and other one-noun offices as the holder the article titled so", () => {
    const x = extract([
      "MURMANSK, December 24. /TASS/. The region expects the crossing to stay open, Governor Andrey Chibis told TASS.",
      "Parliament Speaker Alen Simonyan said the border talks would resume in spring.",
      "\"The people here have lived side by side for decades,\" the governor said.",
      "\"We are ready for talks,\" the speaker added.",
    ].join("\n\n"));
    expect(statementWith(x, "The people here")?.speaker).toBe("Andrey Chibis");
    expect(statementWith(x, "We are ready")?.speaker).toBe("Alen Simonyan");
  });

  it("reads 'the deputy secretary' as the deputy, not the secretary the article also names", () => {
    const x = extract([
      "MOSCOW, December 24. /TASS/. The bloc should monitor biological threats, Deputy Secretary of the Russian Security Council Alexander Venediktov said.",
      "Security Council Secretary Sergey Shoigu has repeatedly said that biological security is a priority.",
      "\"This is the essence of their approach,\" the deputy secretary of the Security Council stressed.",
    ].join("\n\n"));
    expect(statementWith(x, "This is the essence")?.speaker).toBe("Alexander Venediktov");
  });

  it("reads 'the acting governor' as the one the article installed as acting governor, not the governor he replaced", () => {
    const x = extract([
      "Tens of thousands marched to demand the release of governor Sergei Furgal.",
      "Last week Putin sacked Furgal and installed Mikhail Degtyarev, a 39-year-old MP from the same party, as acting governor.",
      "The acting governor also claimed that many of the demonstrators had been bussed in from other regions.",
    ].join("\n\n"));
    expect(statementWith(x, "many of the demonstrators")?.speaker).toBe("Mikhail Degtyarev");
  });

  it("names an acronym's body by the acronym and what the article says it is ('KCNA news agency'), without epithets", () => {
    const x = extract([
      "SEOUL (Reuters) - The North’s official KCNA news agency said the diplomat had been ordered home.",
      "KCNA accused Britain of handing a criminal over to Seoul.",
    ].join("\n\n"));
    expect(x.statements.map((s) => s.speaker)).toEqual(["KCNA news agency", "KCNA news agency"]);
  });

  it("reads a capitalised title with 'of the ... parliament' and a relative clause after a clause as the speaker's apposition", () => {
    const x = extract("YEREVAN, December 19. /TASS/. Armenia expects the border to open in 2025, Deputy Speaker of the Armenian parliament Ruben Rubinyan, who is Yerevan's special envoy for the normalization process with Ankara, told reporters.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([["Ruben Rubinyan", "Armenia expects the border to open in 2025"]]);
  });

  it("reads a speaker whose relative clause names a body with a comma list ('on Trade, Economic, Scientific and Technical Cooperation')", () => {
    const x = extract("MOSCOW, December 18. /TASS/. Russia and Vietnam will increase the number of direct flights next year, Russian Deputy Prime Minister Dmitry Chernyshenko, who co-chairs the Intergovernmental Commission on Trade, Economic, Scientific and Technical Cooperation, told TASS.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([["Dmitry Chernyshenko", "Russia and Vietnam will increase the number of direct flights next year"]]);
  });

  it("reads 'One woman who had travelled from the town of X said' as the woman's, and 'she' after it too", () => {
    const x = extract("One woman who had travelled from the town of Abovyan said the party leader had paid for her son's heart operation. 'He is the only one who helps ordinary people,' she said.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["One woman", "One woman"]);
  });

  it("reads the name after a title with 'in charge of' and a bracketed acronym as the speaker", () => {
    const x = extract("MOSCOW, December 20. /TASS/. Egypt may complete the talks next year, Minister in charge of Trade of the Eurasian Economic Commission (EEC) Andrey Slepnev told TASS.");
    expect(statementWith(x, "Egypt may complete")?.speaker).toBe("Andrey Slepnev");
  });

  it("keeps a minister's comma-listed portfolios inside the title and reads the name after them as the speaker", () => {
    const x = extract("JAKARTA, December 18. /TASS/. Indonesia has transferred the prisoner to Manila, Indonesian Coordinating Minister for Law, Human Rights, Immigration and Correction Yusril Ihza Mahendra told reporters.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([["Yusril Ihza Mahendra", "Indonesia has transferred the prisoner to Manila"]]);
    expect(x.persons.map((p) => p.name)).toEqual(["Yusril Ihza Mahendra"]);
  });

  it("does not take 'NAME, Israeli media reported' for a title's list", () => {
    const x = extract("Benjamin Netanyahu flew to Saudi Arabia for talks with US Secretary of State Mike Pompeo, Israeli media reported.");
    expect(x.statements[0]?.speaker).toBe("Israeli media");
  });

  it("ends the subject before an irregular past tense, so 'the bloc set ..., and said' is the bloc under its full name", () => {
    const x = extract([
      "Guinea will not leave the Economic Community of West African States (ECOWAS), its foreign minister said. ECOWAS lifted sanctions in February.",
      "At a summit in Abuja, the bloc set a six-month transition period ending on July 29, and said in a communique that its doors \"remain open\" to the three states.",
    ].join("\n\n"));
    expect(statementWith(x, "its doors")?.speaker).toBe("Economic Community of West African States");
  });

  it("names a speaking acronym by the full name the article spelled out ('IGAD said'), but not a two-letter one", () => {
    const x = extract([
      "The force is backed by the Intergovernmental Authority on Development (IGAD), the East African bloc, and by the United Nations.",
      "IGAD said in a statement that it was \"deeply concerned\" by the decision. The UN said the force would stay.",
    ].join("\n\n"));
    expect(statementWith(x, "it was")?.speaker).toBe("Intergovernmental Authority on Development");
    expect(statementWith(x, "the force would stay")?.speaker).toBe("UN");
  });

  it("reads a body named after its leader ('Chamisa's MDC Alliance', 'Pereira's PAIGC party') under its own name", () => {
    const x = extract([
      "Opposition leader Nelson Chamisa and Domingos Simoes Pereira met in Harare on Monday.",
      "Chamisa's MDC Alliance accused the envoys of 'taking tea with the regime'. Pereira's PAIGC party said the deal was void.",
    ].join("\n\n"));
    expect(statementWith(x, "the envoys")?.speaker).toBe("MDC Alliance");
    expect(statementWith(x, "the deal was void")?.speaker).toBe("PAIGC");
  });

  it("skips a caption's bracket before an auxiliary ('NAME (pictured at a rally in May) has said')", () => {
    const x = extract("Former military ruler Desi Bouterse (pictured at a rally in May) has said he bears only political responsibility for the killings.");
    expect(statementWith(x, "he bears")?.speaker).toBe("Desi Bouterse");
  });

  it("gives 'NAME, one of the scientists who discovered HIV, who told ...' to the name", () => {
    const x = extract("The defence relied on Luc Montagnier, one of the scientists who discovered HIV, who told the court that the infections had begun earlier.");
    expect(statementWith(x, "the infections")?.speaker).toBe("Luc Montagnier");
  });

  it("reads 'His daughter, NAME, said' as the name", () => {
    const x = extract([
      "Iranian agents seized Jamshid Sharmahd, a 65-year-old engineer, in Dubai, Intelligence Minister Mahmoud Alavi said.",
      "His daughter, Gazelle Sharmahd, said her father had been kidnapped in Dubai last month.",
    ].join("\n\n"));
    expect(statementWith(x, "her father")?.speaker_text).toBe("Gazelle Sharmahd");
  });

  it("does not read 'who served as NAME's ambassador' as a clause whose subject is NAME", () => {
    const x = extract("Pavel Latushko, 47, who served as Alexander Lukashenko's ambassador to Poland before joining the opposition, said the body would be ready to take power.");
    expect(statementWith(x, "the body")?.speaker).toBe("Pavel Latushko");
  });

  it("lets a given name borne by women and men ('Kim') take either pronoun", () => {
    expect(statementWith(extract("Kim Kardashian West has pledged $1million to the fund. She said the truce had collapsed."), "the truce")?.speaker).toBe("Kim Kardashian West");
    expect(statementWith(extract("Kim Jong Un inspected the missile. He said the test was a success."), "the test")?.speaker).toBe("Kim Jong Un");
  });

  it("reads 'his deputy, NAME of the ... party,' as that person", () => {
    const x = extract("King Juan Carlos left Spain. But his deputy, Pablo Iglesias of the far-left Podemos party, accused the former king of running away from the courts.");
    expect(statementWith(x, "the former king")?.speaker).toBe("Pablo Iglesias");
  });

  it("reads 'His mother' as the person the article named 'his mother NAME'", () => {
    const x = extract([
      "Aisultan Nazarbayev died on Sunday, his mother Dariga Nazarbayeva said in a statement.",
      "His mother, pictured with her father in 2019, said the family was devastated.",
      "His lawyer said the case was closed.",
    ].join("\n\n"));
    expect(statementWith(x, "the family was devastated")?.speaker).toBe("Dariga Nazarbayeva");
    // (One the article never named stays as written.)
    expect(statementWith(x, "the case was closed")?.speaker).toBe("His lawyer");
  });

  it("reads 'the diplomatic mission' and 'the embassy' as the embassy the body named", () => {
    const x = extract([
      "BERLIN, December 21. /TASS/. The Russian embassy in Germany has no information about Russian victims, the diplomatic mission told TASS.",
      "\"The embassy is in constant contact with the police,\" the embassy said.",
    ].join("\n\n"), "Russian embassy in Berlin says no Russians among victims");
    expect(statementWith(x, "The Russian embassy in Germany has")?.speaker).toBe("Russian embassy in Germany");
    expect(statementWith(x, "The embassy is in constant")?.speaker).toBe("Russian embassy in Germany");
    // (The fullest form the article writes: "Chinese embassy in Nur-Sultan" over a later "Chinese embassy".)
    const y = extract("The Chinese embassy in Nur-Sultan warned of a new pneumonia. The Chinese embassy posted a notice.\n\nThe disease is more deadly than the coronavirus, the embassy said.");
    expect(statementWith(y, "The disease is")?.speaker).toBe("Chinese embassy in Nur-Sultan");
  });

  it("reads 'The 15-nation bloc' as the organisation named before, under its full name rather than its bracketed acronym", () => {
    const x = extract("Jerry Rawlings died on Thursday. The Economic Community of West African States (ECOWAS) said it mourned him. The 15-nation bloc, which Rawlings chaired in the 1990s, added that he had worked tirelessly for peace.");
    expect(statementWith(x, "he had worked")?.speaker).toBe("Economic Community of West African States");
  });

  it("reads 'The diplomat' of a TASS subtitle as the one the lead names next, and keeps the subtitle's claim once", () => {
    const x = extract([
      "The diplomat noted that trade between the two countries had grown by a third in 2024",
      "MOSCOW, December 18. /TASS/. Tanzania expects Russian companies to invest in mining, Tanzanian Ambassador to Russia Fredrick Kibuta said in an interview with TASS.",
      "The diplomat noted that trade between the two countries had grown by a third in 2024.",
    ].join("\n\n"), "Tanzania counts on Russian investment — ambassador");
    const trade = x.statements.filter((s) => s.quote.startsWith("trade between"));
    expect(trade.map((s) => s.speaker)).toEqual(["Fredrick Kibuta"]);
  });

  it("gives 'Both leaders' to the first of the pair in focus", () => {
    const x = extract([
      "Kyrgyz President Sadyr Japarov met Uzbek President Shavkat Mirziyoyev in Osh.",
      "\"Our border is now a bridge,\" Mr Japarov said. \"We will build on it,\" Mr Mirziyoyev said.",
      "Both leaders said that the new railway would open next year.",
    ].join("\n\n"));
    expect(statementWith(x, "the new railway")?.speaker).toBe("Sadyr Japarov");
  });

  it("reads a role description as the person in focus, not the last one named", () => {
    const x = extract([
      "Trade will double by 2030, President of Belarus Alexander Lukashenko said at talks with President of Kazakhstan Kassym-Jomart Tokayev.",
      "\"We are brothers,\" the head of state said.",
    ].join("\n\n"));
    expect(statementWith(x, "We are brothers")?.speaker).toBe("Alexander Lukashenko");
  });

  it("keeps 'U.S.' inside the subject name", () => {
    const x = extract("U.S. Secretary of State Antony Blinken, speaking in Riga, said Washington would keep sending air defence systems.");
    expect(statementWith(x, "Washington would")?.speaker).toBe("Antony Blinken");
  });

  it("takes the subject after a time phrase for a later pronoun", () => {
    const x = extract([
      "Anna Berg, a defence analyst, told the BBC the plan was aimed at Moscow.",
      "Earlier this month, European Commission President Ursula von der Leyen proposed a loan scheme. Speaking in Brussels, she said the EU would act together.",
    ].join("\n\n"));
    expect(statementWith(x, "the EU would")?.speaker).toBe("Ursula von der Leyen");
    expect(statementWith(x, "the plan was")?.speaker).toBe("Anna Berg");
  });

  it("does not take a person quoted inside a quotation for the next 'he said'", () => {
    const x = extract([
      "Kremlin spokesman Dmitry Peskov spoke to reporters.",
      "\"The President has said that Russia will keep to the limits.",
      "\"We cannot ignore the new missiles,\" he stressed.",
    ].join("\n\n"));
    expect(statementWith(x, "We cannot ignore")?.speaker).toBe("Dmitry Peskov");
  });

  it("gives what an indefinite description and a name between commas said to the name ('A retired officer, NAME, said')", () => {
    const x = extract("A retired Indian navy officer, C. Uday Bhaskar, said the deal was more symbolic than operational.");
    expect(statementWith(x, "the deal was")?.speaker).toBe("C. Uday Bhaskar");
  });

  it("names an organisation speaking by one word with the full name the article gave it ('Amnesty' after 'Amnesty International')", () => {
    const x = extract("Demonstrators from Amnesty International gathered on the Mall. Amnesty said China executed more people than anyone.");
    expect(statementWith(x, "China executed")?.speaker).toBe("Amnesty International");
  });

  it("gives a poll's findings to the organisation that published it", () => {
    const x = extract("According to a survey published by the Caucasus Research Centre in May, most voters favour the change.");
    expect(statementWith(x, "most voters")?.speaker).toBe("Caucasus Research Centre");
  });
});

describe("datelines", () => {
  it.each([
    ["YEREVAN (Reuters) - Armenia has frozen its role in the bloc, Prime Minister Nikol Pashinyan said."],
    ["MOSCOW, March 3. /TASS/. Armenia has frozen its role in the bloc, Prime Minister Nikol Pashinyan said."],
    ["MINSK, 12 March (BelTA) - Armenia has frozen its role in the bloc, Prime Minister Nikol Pashinyan said."],
    ["NEW YORK, Oct 2 (Reuters) – Armenia has frozen its role in the bloc, Prime Minister Nikol Pashinyan said."],
    ["YEREVAN/MOSCOW (Reuters) - Armenia has frozen its role in the bloc, Prime Minister Nikol Pashinyan said."],
  ])("keeps the dateline out of the reported clause: %s", (text) => {
    const x = extract(text);
    expect(x.statements.map((s) => s.quote)).toEqual(["Armenia has frozen its role in the bloc"]);
  });

  it("keeps a two-city dateline and a day after the subject out of the subject that speaks", () => {
    expect(extract("MOSCOW/KIEV (Reuters) - Russian President Vladimir Putin on Wednesday accused Ukraine of provocations, and said there was no point in talks.").statements.map((s) => s.speaker))
      .toEqual(["Vladimir Putin", "Vladimir Putin"]);
    expect(extract("BUJUMBURA (Reuters) - Burundi's government on Tuesday rejected the resolution, saying the deployment violated its sovereignty.").statements[0]?.speaker).toBe("Burundi's government");
  });
});

describe("given name and patronymic", () => {
  it("makes 'Alexander Grigoryevich' an alias of the person, not a new person", () => {
    const x = extract("Alexander Lukashenko met Kazakh President Kassym-Jomart Tokayev. \"We thank Alexander Grigoryevich for his support,\" Tokayev said.");
    expect(x.persons.map((p) => p.name)).toEqual(["Alexander Lukashenko", "Kassym-Jomart Tokayev"]);
    expect(x.persons[0]?.aliases).toContain("Alexander Grigoryevich");
  });

  it("finds a known office holder addressed only by given name and patronymic", () => {
    const x = extract("\"Vladimir Vladimirovich, we are ready,\" the governor said.");
    expect(x.persons.map((p) => p.name)).toEqual(["Vladimir Putin"]);
  });

  it("links a patronymic to the one person of the article with that given name", () => {
    const x = extract("Governor Ivan Sidorov opened the plant. Ivan Petrovich thanked the workers.");
    expect(x.persons.map((p) => p.name)).toEqual(["Ivan Sidorov"]);
  });
});

describe("reported speech around the verb", () => {
  it("reads a parenthetical between speaker and verb", () => {
    const x = extract("Kaja Kallas, for her part, said that Estonia would stay firm.");
    expect(statementWith(x, "Estonia would")?.speaker).toBe("Kaja Kallas");
  });

  it("reads 'with X warning that ...'", () => {
    const x = extract("Ministers were split over the plan, with Hungary warning that it could drag the bloc into a war.");
    expect(statementWith(x, "it could drag")?.speaker).toBe("Hungary");
  });

  it("does not take 'said as he met ...' for the reported clause", () => {
    const x = extract("Minsk will not attack anyone, Alexander Lukashenko said as he met the governor of Grodno.");
    expect(x.statements.map((s) => s.quote)).toEqual(["Minsk will not attack anyone"]);
  });

  it("ends the clause after a quoted fragment when a second verb of the speaker follows", () => {
    const x = extract("Deputy Ivan Petrov noted that the union had become \"a pillar of stability\" and expressed confidence that it would grow.");
    expect(x.statements.map((s) => s.quote)).toContain("the union had become \"a pillar of stability\"");
  });

  it("reads a speaker followed by its acronym in brackets", () => {
    const x = extract("The International Atomic Energy Agency (IAEA) said in a report that stocks had grown.");
    expect(statementWith(x, "stocks had grown")?.speaker).toBe("International Atomic Energy Agency");
  });

  it("reads 'the President of Belarus said' as the person", () => {
    const x = extract("President of Belarus Alexander Lukashenko visited Brest.\n\n\"We are ready,\" the President of Belarus said.");
    expect(statementWith(x, "We are ready")?.speaker).toBe("Alexander Lukashenko");
  });

  it("reads 'complaining that' as reported speech", () => {
    const x = extract("Moscow pulled out of the talks in May, complaining that its exports were being blocked.");
    expect(statementWith(x, "its exports")?.speaker).toBe("Moscow");
  });
});

describe("a body described before its name at the start of a sentence", () => {
  it("gives the words to the body's name ('Environmental group Alpine Initiative said', 'Saudi state news agency SPA said')", () => {
    const x = extract("Environmental group Alpine Initiative said the government had missed its target.\n\nSaudi state news agency SPA said Oman had joined the coalition.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Alpine Initiative", "SPA"]);
  });

  it("reads past a possessor of two words ('South Korea's main opposition People Power Party said')", () => {
    expect(extract("South Korea's main opposition People Power Party said the vote was unlawful.").statements[0]?.speaker).toBe("People Power Party");
  });
});

describe("'the Russian diplomat' in an interview with an official of no known title", () => {
  it("gives the words to the article's own speaker, not to the foreign minister only spoken of", () => {
    const x = extract([
      "Russia wants the union revived, Director of the Foreign Ministry's Africa Department Alexander Kinshchak said.",
      "\"We will not choose sides,\" Kinshchak said. He added that Moscow was patient.",
      "Russian Foreign Minister Sergey Lavrov met his Moroccan counterpart in October, Kinshchak recalled.",
      "\"It is important not to let the situation slide,\" the Russian diplomat stressed.",
    ].join("\n\n"));
    expect(statementWith(x, "It is important")?.speaker).toBe("Alexander Kinshchak");
  });
});

describe("'the court' after a court the article named", () => {
  it("gives 'The court said' to the court named before", () => {
    const x = extract("The European Court of Human Rights ruled against Britain on Tuesday.\n\nThe court said the ban on prisoner votes breached the convention.");
    expect(x.statements[0]?.speaker).toBe("European Court of Human Rights");
  });
});

describe("an acronym the article spelled out", () => {
  it("gives 'The SDF said' to the Syrian Democratic Forces, and leaves an acronym never spelled out as it is", () => {
    const x = extract("Fighters of the Syrian Democratic Forces (SDF) took the town.\n\nThe SDF said its fighters controlled the area.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Syrian Democratic Forces"]);
    expect(extract("The town fell on Monday.\n\nThe SDF said its fighters controlled the area.").statements[0]?.speaker).not.toBe("Syrian Democratic Forces");
  });
});

describe("a described subject with its name in apposition", () => {
  it("gives the quotation to the name after 'The leader of X,', not to another leader", () => {
    const x = extract("Indian Prime Minister Manmohan Singh flagged off the bus.\n\nThe leader of the Jammu Kashmir Liberation Front, Yasin Malik, called the bus \"a victory for ordinary Kashmiris\" but warned that \"bus diplomacy alone cannot solve Kashmir\".");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Yasin Malik", "Yasin Malik"]);
  });

  it("gives the words to the name after a state's role noun ('North Korea's delegate, Kim Kye-gwan, said')", () => {
    const x = extract("US envoy Christopher Hill welcomed the deal.\n\nNorth Korea's delegate, Kim Kye-gwan, said his country was ready to abandon its programme.");
    expect(x.statements[0]?.speaker).toBe("Kim Kye-gwan");
  });
});

describe("an unnamed speaker quoted on in the next paragraph", () => {
  it("gives 'she said' in the next paragraph to the unnamed spokeswoman who just spoke, not to a woman named before", () => {
    const x = extract([
      "Left Bloc leader Catarina Martins accused Spain of arrogance.",
      "A European Commission spokeswoman said Brussels was following the matter.",
      "\u201cThe Commission will look at any complaint very carefully,\u201d she said.",
    ].join("\n\n"));
    expect(statementWith(x, "The Commission will")?.speaker).toBe("A European Commission spokeswoman");
  });
});

describe("a counterpart's office", () => {
  it("gives a counterpart the office of the other person of the sentence, so 'the foreign minister' can be either", () => {
    const x = extract([
      "Chinese Foreign Minister Wang Yi visited Tokyo.",
      "Speaking alongside his Japanese counterpart Toshimitsu Motegi on Tuesday, Mr Wang said ties were improving.",
      "Mr Motegi later told a parliamentary committee that he had made Japan's position clear.",
      "'The islands are Japanese territory,' the foreign minister said on Thursday.",
    ].join("\n\n"));
    expect(statementWith(x, "The islands")?.speaker).toBe("Toshimitsu Motegi");
  });
});

describe("a definite noun for a legislator", () => {
  it("refers 'the politician' and 'the Russian lawmaker' back to the legislator in focus, not to an executive just quoted", () => {
    const x = extract([
      "French member of the European Parliament Thierry Mariani told TASS the bloc was changing.",
      "According to the politician, the appointment of former Lithuanian Prime Minister Andrius Kubilius goes too far.",
      "Earlier, Secretary General Alain Berset said that the work was complete. The Russian lawmaker noted that Moscow had never accepted it.",
    ].join("\n\n"));
    expect(x.statements.map((s) => s.speaker)).toEqual(["Thierry Mariani", "Thierry Mariani", "Alain Berset", "Thierry Mariani"]);
  });
});

describe("a relative named in apposition", () => {
  it("gives the words to the relative the phrase names ('His wife Anna Hakobyan said'), not to the possessor", () => {
    const x = extract("Prime Minister Nikol Pashinyan said his family had tested positive.\n\nHis wife Anna Hakobyan said the family was in good spirits.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Nikol Pashinyan", "Anna Hakobyan"]);
  });
});

describe("speakers: groups, unnamed people and headline repeats", () => {
  it("keeps a coordinated list of states as the speaker and refers 'the three states' back to it", () => {
    const x = extract("Norway, Sweden and Finland have begun leaving the fisheries pact, warning that the stocks were 'close to collapse'. The three Nordic states, all members of the council since 1990, said in a joint statement that the rules had 'failed completely'.");
    expect(statementWith(x, "the stocks")?.speaker).toBe("Norway, Sweden and Finland");
    expect(statementWith(x, "the rules")?.speaker).toBe("Norway, Sweden and Finland");
  });

  it("gives 'he said' to the unnamed officer who just spoke in the paragraph", () => {
    const x = extract("Prime Minister Jonas Berg visited the border on Monday. A customs officer, who asked not to be named, said the queues were long. \"We see the same trucks every week,\" he said.");
    expect(statementWith(x, "We see the same")?.speaker).toBe("A customs officer");
  });

  it("names 'a spokesman for the X government' as an unnamed speaker and 'the spokesman' after it", () => {
    const x = extract("Court spokesman Pavel Janek said: 'The ruling is final.'\n\nA spokesman for the Chilean government said the country had no choice.\n\n'We acted in good faith,' the spokesman said.");
    expect(statementWith(x, "the country had")?.speaker).toBe("A spokesman for the Chilean government");
    expect(statementWith(x, "We acted")?.speaker).toBe("A spokesman for the Chilean government");
  });

  it("does not let a sentence's last word join the next sentence's organisation", () => {
    const x = extract("The envoy spoke of the people of Greenland. The Danish government said at the time that it did not accept the remarks.");
    expect(statementWith(x, "it did not accept")?.speaker).toBe("Danish government");
  });

  it("leaves a headline quotation to the body statement that repeats it", () => {
    const x = extract("Serbia's Border Committee said in a statement that Zagreb was 'arming' the frontier.", "Serbia accuses Zagreb of 'arming' frontier");
    const arming = x.statements.filter((s) => s.quote === "arming");
    expect(arming).toHaveLength(1);
    expect(arming[0]?.speaker).toBe("Serbia's Border Committee");
  });

  it("does not take an opening 'According to X,' for the sentence's subject that a later 'the President' refers to", () => {
    const x = extract("President of Chile Ana Ruiz said the harvest was good. \"We did well,\" she said. She added that she had met Olaf Berg, who agreed.\n\nAccording to Minister of Fisheries and Water Tomas Vial, exports rose by a third.\n\nThe President demanded that ports be repaired. She said that too many boats were idle.");
    expect(statementWith(x, "too many boats")?.speaker).toBe("Ana Ruiz");
  });
});

describe("a caption's bracket between the speaker and the verb", () => {
  it("keeps the speaker before '(pictured at ... on Thursday) said'", () => {
    const x = extract("Donald Trump (pictured at the White House on Thursday) said Moscow had not 'stuck to the deal'");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Donald Trump", "Donald Trump"]);
  });
});

describe("role descriptions of people without a state office", () => {
  it("resolves 'the opposition politician' to the Kremlin critic, not to the last speaker", () => {
    const x = extract(
      "Kremlin critic Alexei Navalny accused Vladimir Putin of the poisoning.\n\n'It is not the first time,' Kremlin spokesman Dmitry Peskov said.\n\nThe opposition politician also revealed that Angela Merkel had visited him.",
    );
    expect(statementWith(x, "Angela Merkel had visited him")?.speaker).toBe("Alexei Navalny");
  });

  it("resolves 'the diplomat' to the foreign ministry's spokeswoman", () => {
    const x = extract(
      "Russian Foreign Ministry spokeswoman Maria Zakharova criticised the EU. \"Mrs Kallas is threatening a sovereign state,\" Zakharova said.\n\nThe diplomat also recalled that NATO had promised Georgia membership in 2008.",
    );
    expect(statementWith(x, "NATO had promised Georgia")?.speaker).toBe("Maria Zakharova");
  });
});

describe("unnamed speakers described with an anonymity clause", () => {
  it("keeps 'who declined to be named' in the speaker before and after the verb", () => {
    const a = extract("A senior European diplomat who declined to be named said the roadmap would at best bring a pause.\n\n\"Everyone in the room knows,\" the diplomat said.");
    expect(a.statements.map((s) => s.speaker)).toEqual(["A senior European diplomat who declined to be named", "A senior European diplomat who declined to be named"]);
    const b = extract("\"Ankara wants options,\" said a senior NATO diplomat who declined to be named.");
    expect(b.statements.map((s) => s.speaker)).toEqual(["a senior NATO diplomat who declined to be named"]);
  });

  it("does not read 'a charge Moscow denied' as a statement", () => {
    const x = extract("Ankara said the plane had violated its airspace, a charge Moscow denied.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Ankara"]);
  });
});

describe("subjects after the verb", () => {
  it("does not read the subject of a reported clause as an inverted speaker", () => {
    const x = extract("The head of the Central Election Commission, Ella Pamfilova, said a nationwide vote on the amendments would go ahead on April 22 as planned.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Ella Pamfilova"]);
  });

  it("does not read an announcement's object as its speaker", () => {
    const x = extract("Protests began after the ruling party, which won the election, announced the suspension of the EU accession process.");
    expect(x.statements.map((s) => s.speaker)).not.toContain("the suspension of the EU accession process");
  });

  it("still reads '\"...\", said the minister in Tallinn'", () => {
    expect(extract("\"We are ready,\" said the minister in Tallinn.").statements.map((s) => s.speaker)).toEqual(["the minister"]);
  });
});

describe("abbreviations with periods in speaker phrases", () => {
  it("keeps 'U.S.' in the speaker phrase", () => {
    expect(extract("A U.S. official who spoke on condition of anonymity said the jets had not been armed.").statements[0]?.speaker)
      .toBe("A U.S. official who spoke on condition of anonymity");
    expect(extract("The jets made low passes over the ship, the U.S. European Command said in a statement.").statements[0]?.speaker).toBe("U.S. European Command");
  });

  it("does not join a sentence-final capital to the next sentence's pronoun", () => {
    const x = extract("Albin Kurti wrote in a post on X. He added that the 2013 agreement had been ignored.");
    expect(statementWith(x, "the 2013 agreement had been ignored")?.speaker).toBe("Albin Kurti");
  });

  it("reads no report in 'would not announce a date'", () => {
    const x = extract("U.N. envoy Staffan de Mistura said he hoped to reconvene the talks but would not announce a date until the violence had eased.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Staffan de Mistura"]);
  });
});

describe("organisations and unnamed speakers referred back to", () => {
  it("names a body by the capitalised run its description ends in", () => {
    const x = extract("The main opposition High Negotiations Committee, which walked out of the talks, said it would not return.");
    expect(x.statements[0]?.speaker).toBe("High Negotiations Committee");
  });

  it("refers 'the official' back to 'A U.S. official who ...'", () => {
    const x = extract("A U.S. official who spoke on condition of anonymity said the jets were unarmed.\n\nThe official said the Navy was reviewing the incident.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["A U.S. official who spoke on condition of anonymity", "A U.S. official who spoke on condition of anonymity"]);
  });

  it("reads 'Its coordinator, NAME, said' as NAME", () => {
    const x = extract("The committee met in Riyadh. Its coordinator, Riad Hijab, said on Monday that the truce existed only on paper.");
    expect(statementWith(x, "the truce existed")?.speaker).toBe("Riad Hijab");
  });

  it("lists body statements before a headline paraphrase", () => {
    const x = extractText("Bases in Syria to be discussed with new authorities — Kremlin", "Bases in Syria to be discussed with new authorities — Kremlin\n\nMOSCOW, December 11. /TASS/. The future of the Russian bases in Syria will be discussed with the new authorities, Kremlin Spokesman Dmitry Peskov told reporters.");
    expect(x.statements[0]?.speaker).toBe("Dmitry Peskov");
  });
});

describe("more speaker phrases of agency copy", () => {
  it("reads 'X's press secretary NAME said' as NAME", () => {
    expect(extract("Lukashenko's press secretary Natalya Eismont said that the calls had no effect.").statements[0]?.speaker).toBe("Natalya Eismont");
  });

  it("reads 'Permanent Representative to the UN NAME' as NAME, and 'According to him' as his", () => {
    const x = extract("Russia's Permanent Representative to the UN Vasily Nebenzya called on the Council to act. According to him, Moscow maintains contacts with the new authorities.");
    expect(x.persons.map((p) => p.name)).toEqual(["Vasily Nebenzya"]);
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([["Vasily Nebenzya", "Moscow maintains contacts with the new authorities"]]);
  });

  it("reads no report in 'said No to' or in a source named after an attributed report", () => {
    expect(extract("French voters said No to the treaty in Sunday's referendum.").statements).toEqual([]);
    const x = extract("'Nato has to face the fact,' Mr Pompeo told the ministers, according to a State Department official.");
    expect(x.statements.map((s) => s.quote)).toEqual(["Nato has to face the fact"]);
  });
});

describe("a fronted adverbial before the speaker", () => {
  it("reads 'In the document Lord Goldsmith noted that ...' as Goldsmith's", () => {
    expect(extract("In the document Lord Goldsmith noted that the UN Charter allowed force only in self-defence.").statements[0]?.speaker).toBe("Goldsmith");
    expect(extract("In his letter Mr Straw noted that the talks had failed.").statements[0]?.speaker).toBe("Straw");
  });
});

describe("a report's author", () => {
  it("names the body whose report speaks, without its possessor", () => {
    const x = extract("The long-awaited report by Parliament's Intelligence and Security Committee said ministers had avoided looking for evidence.");
    expect(x.statements.map((s) => [s.speaker, s.speaker_kind])).toEqual([["Intelligence and Security Committee", "organization"]]);
  });
});

describe("speaker phrases with adjectives, long titles and antecedent nouns", () => {
  it("reads 'Kyrgyzstan's embattled president NAME has resigned, saying ...' as NAME's", () => {
    const x = extract("Kyrgyzstan's embattled president Sooronbay Jeenbekov has resigned, saying he did not want to shed blood.");
    expect(x.statements[0]?.speaker).toBe("Sooronbay Jeenbekov");
  });

  it("ends the subject of 'SUBJECT VERB ..., saying/accusing ...' at a verb of stance ('Gazprom wants', 'Latvian officials reject', 'Washington withdrew')", () => {
    expect(extract("Gazprom wants to raise the price to $230, saying Ukraine must pay market rates.").statements[0]?.speaker).toBe("Gazprom");
    expect(extract("Latvian officials reject the charge, saying any resident can apply for citizenship.").statements[0]?.speaker).toBe("Latvian officials");
    expect(extract("Washington withdrew from it in August 2019, accusing Moscow of violating the agreement.").statements[0]?.speaker).toBe("Washington");
  });

  it("reads a long subject to its verb: a long title and name, an adverb before the verb, 'came', a capitalised title after an -ed verb", () => {
    expect(extract("Sudan's sovereign council chief General Abdel Fattah al-Burhan flew to the front and told troops that the army would hold.").statements[0]?.speaker)
      .toBe("Abdel Fattah al-Burhan");
    expect(extract("The report was published on Friday. The commission also calls for an end to farm subsidies, saying poor countries should not be forced to open their markets.").statements[0]?.speaker)
      .toBe("The commission");
    const x = extract("Alexander Lukashenko spoke in Minsk. The Belarusian leader praised President of Kyrgyzstan Sadyr Japarov and President of Tajikistan Emomali Rahmon, who, he said, \"showed wisdom and political will.\"");
    expect(statementWith(x, "showed wisdom")?.speaker).toBe("Alexander Lukashenko");
    const y = extract("Moqtada al-Sadr leads a large movement. The breach came minutes after Sadr, speaking in Najaf, said the political class had blocked the plan.");
    expect(statementWith(y, "the political class")?.speaker).toBe("Moqtada al-Sadr");
  });

  it("reads 'he' after '\"NAME has ...,\" X said' as X, not the person X's quotation talks about", () => {
    const x = extract("Michael Howard spoke in London. \"Tony Blair has signed up to a bad deal,\" Mr Howard said. He said the deal was bad.");
    expect(statementWith(x, "the deal was bad")?.speaker).toBe("Michael Howard");
  });

  it("keeps people described by whom they follow as the speaker ('Forces loyal to former president Ali Abdullah Saleh accused ...')", () => {
    expect(extract("Forces loyal to former president Ali Abdullah Saleh accused the coalition of breaching a ceasefire.").statements.map((s) => [s.speaker, s.quote]))
      .toEqual([["Forces loyal to former president Ali Abdullah Saleh", "the coalition of breaching a ceasefire"]]);
  });

  it("reads a title ending 'for Foreign Affairs and Security Policy NAME' as NAME", () => {
    const x = extract("The European Union's High Representative for Foreign Affairs and Security Policy Kaja Kallas said the bloc would act.");
    expect(x.persons.map((p) => p.name)).toEqual(["Kaja Kallas"]);
    expect(x.statements[0]?.speaker).toBe("Kaja Kallas");
  });

  it("reads '..., a move X said was ...' as X's", () => {
    expect(extract("Russia banned Moldovan wine, a move Moldovan officials said was meant to punish the country.").statements[0]?.speaker).toBe("Moldovan officials");
  });
});

describe("subjects with lists, adverbs, time phrases and hyphenated surnames", () => {
  it("reads 'Britain, France and Germany have formally accused' with the whole list, and no time phrase before it ('In July, Washington and Berlin')", () => {
    expect(extract("Britain, France and Germany have formally accused Iran of breaking the 2015 nuclear deal.").statements[0]?.speaker).toBe("Britain, France and Germany");
    expect(extract("In July, Washington and Berlin announced that the US would begin deployments.").statements[0]?.speaker).toBe("Washington and Berlin");
    expect(extract("On Monday, Britain, France and Germany said Iran was in breach.").statements[0]?.speaker).toBe("Britain, France and Germany");
  });

  it("reads 'On Tuesday he said' as the pronoun's person", () => {
    expect(extract("Ukrainian President Petro Poroshenko signed the decree. On Tuesday he said the new rules would help exporters.").statements[0]?.speaker).toBe("Petro Poroshenko");
  });

  it("keeps a hyphenated surname on its person", () => {
    const x = extract("Russian Ambassador to Belgrade Alexander Botsan-Kharchenko said the pressure failed. \"The agreement works,\" Botsan-Kharchenko stressed.");
    expect(x.persons.map((p) => p.name)).toEqual(["Alexander Botsan-Kharchenko"]);
    expect(x.statements.map((s) => s.speaker)).toEqual(["Alexander Botsan-Kharchenko", "Alexander Botsan-Kharchenko"]);
  });
});

describe("speaker phrases: sources, openers and described bodies", () => {
  it("takes the body behind figures as the source of 'according to UN estimates' and 'a poll conducted by Ipsos'", () => {
    expect(extract("According to UN estimates, more than 11 million people have been displaced.").statements[0]?.speaker).toBe("UN");
    expect(extract("According to a poll conducted by Ipsos before the vote, Milanovic would win a runoff.").statements[0]?.speaker).toBe("Ipsos");
    expect(extract("More than a million migrants work in Russia, according to Russian estimates.").statements[0]?.speaker).toBe("Russian estimates");
  });

  it("skips an opening duration or 'For his part' before the subject", () => {
    expect(extract("For three days Iranian officials had insisted that a technical fault brought down the aircraft.").statements[0]?.speaker).toBe("Iranian officials");
    expect(extract("For his part, Singh thanked the Russian side and noted that the two countries had a special relationship.").statements[0]?.speaker).toBe("Singh");
    expect(extract("Since November 2023, the Houthis have attacked ships, saying they act in solidarity with Gaza.").statements[0]?.speaker).toBe("Houthis");
  });

  it("names a described body by its name ('The militant group Hamas', 'Strasbourg-based Council of Europe'), not a role phrase", () => {
    expect(extract("The militant group Hamas said it was not bound by the ceasefire.").statements[0]?.speaker).toBe("Hamas");
    expect(extract("Strasbourg-based Council of Europe said it had been informed.").statements[0]?.speaker).toBe("Council of Europe");
    expect(extract("Spain's right-wing Vox party accused the government of surrendering.").statements[0]?.speaker).toBe("Vox party");
    const x = extract("Russia's ambassador to NATO, Alexander Grushko, said the alliance was demonizing Russia.");
    expect(x.statements[0]?.speaker).toBe("Alexander Grushko");
  });

  it("names a body by its name after hyphenated modifiers ('The Western-backed High Negotiations Committee', 'The pro-Serbian opposition Democratic Front')", () => {
    expect(extract("The Western-backed High Negotiations Committee said it had not yet seen the text.").statements[0]?.speaker).toBe("High Negotiations Committee");
    expect(extract("The pro-Serbian opposition Democratic Front accused the government of staging the affair.").statements[0]?.speaker).toBe("Democratic Front");
    expect(extract("The Kremlin-backed separatist leader Denis Pushilin said the town had fallen.").statements[0]?.speaker).toBe("Denis Pushilin");
  });

  it("reads a name with an inner apostrophe ('Ja’afari') as one word", () => {
    const x = extract("Syria's U.N. Ambassador Bashar Ja’afari said the report was fabricated. Ja’afari added that Syria never used chemicals.");
    expect(x.persons.map((p) => p.name)).toEqual(["Bashar Ja’afari"]);
    expect(x.statements.map((s) => s.speaker)).toEqual(["Bashar Ja’afari", "Bashar Ja’afari"]);
  });
});

describe("a state's institution named by 'its'", () => {
  it("names 'Its foreign ministry' after the state just spoken of, by its demonym or the acronym the article used", () => {
    const x = extract("Russia, which keeps a base in Gyumri, replied within hours. Its foreign ministry said Moscow would give Yerevan all the necessary assistance.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([["Russian foreign ministry", "Moscow would give Yerevan all the necessary assistance"]]);
    const y = extract("The UAE welcomed the exchange on Thursday. Its foreign ministry said the swap reflected strong relations with both countries.");
    expect(y.statements.map((s) => s.speaker)).toEqual(["UAE foreign ministry"]);
  });

  it("reads no report in 'X, which ..., replied within hours', but keeps 'X, which ..., did Y, an official said'", () => {
    expect(extract("Russia, which keeps a base in Gyumri, replied within hours.").statements).toEqual([]);
    const x = extract("Cyprus, which has long blocked the talks, secured new wording, a Cypriot official said.");
    expect(x.statements.map((s) => s.quote)).toEqual(["Cyprus, which has long blocked the talks, secured new wording"]);
  });
});

describe("speaker phrases with a relative pronoun or a fronted adverbial", () => {
  it("drops 'who' from 'Armed opposition supporters who ...' and reads 'During the campaign he' as the pronoun", () => {
    const x = extract("Armed opposition supporters who have occupied a police compound released two hostages, but said they would not lay down their weapons.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Armed opposition supporters"]);
    const y = extract("Polish President Marek Nowak won the vote. During the campaign he said the reform was more important than anything.");
    expect(y.statements.map((s) => s.speaker)).toEqual(["Marek Nowak"]);
  });
});

describe("'According to the statement'", () => {
  it("gives the statement's words to the body that issued it, not to the phrase 'According to the statement'", () => {
    const x = extract("China's foreign ministry issued a statement after the talks. According to the statement, the two sides assessed the agreement positively.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["China's foreign ministry"]);
  });
});

describe("a person named after a body's name and a role in lower case", () => {
  it("gives 'Citizens for Renewal leader NAME, who ..., said' to the leader, and a later 'He' to the same person", () => {
    const x = extract("The count ended on Sunday. However, Citizens for Renewal leader Tomas Varga, who came third, said his party would contest the results. He announced that the party would go to court.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([
      ["Tomas Varga", "his party would contest the results"],
      ["Tomas Varga", "the party would go to court"],
    ]);
  });

  it("still reads 'the attack on opposition leader NAME' as no speaker", () => {
    expect(extract("The attack on opposition leader Tomas Varga was condemned by the mayor.").statements).toEqual([]);
  });
});

describe("'The 55-year-old' as the subject of a report", () => {
  it("refers back to the person in focus", () => {
    const x = extract("Pavel Markin left the country in July. The 55-year-old, who founded the city's technology park, told reporters on Friday that he would not return.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Pavel Markin"]);
  });

  it("passes over a person the article gave another age, and takes the one given that age", () => {
    const x = extract("Prime Minister Karim Aziz and his rival Samir Haddad met on Monday. Haddad, 61, took the oath before the king on Tuesday after the resignation of Aziz. The 88-year-old, who led the country for two decades, told a news conference that he had been betrayed.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Karim Aziz"]);
  });
});

describe("'whose lawyers say'", () => {
  it("gives the words to the lawyers, without the relative pronoun", () => {
    const x = extract("Among those spared was Omar Khalid, a trader convicted in 2009, whose lawyers say he was forced into signing a confession.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([["lawyers", "he was forced into signing a confession"]]);
  });
});

describe("a President-elect", () => {
  it("reads 'President-elect' as the title and 'The president-elect' as the same person", () => {
    const x = extract("Freedonia's President-elect Maria Lopes said on Wednesday the country would stay neutral. Lopes will take office in March. The president-elect said Freedonia would seek investment.");
    expect(x.persons.map((p) => p.name)).toEqual(["Maria Lopes"]);
    expect(x.statements.map((s) => s.speaker)).toEqual(["Maria Lopes", "Maria Lopes"]);
  });
});

describe("a name written with joined initials", () => {
  it("keeps 'H.A. Hellyer' whole as speaker, in the inverted form, as the subject and in an apposition", () => {
    const x = extract("“The two need each other,” said K.R. Mellor, a senior fellow at the institute.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["K.R. Mellor"]);
    const y = extract("K.R. Mellor, a senior fellow at the institute, said the two needed each other.");
    expect(y.statements.map((s) => s.speaker)).toEqual(["K.R. Mellor"]);
    const z = extract("Karl Berger met the delegation. Freedonia's junior finance minister, K.R. Mellor, told reporters the loans were the largest the country had received.");
    expect(z.statements.map((s) => s.speaker)).toEqual(["K.R. Mellor"]);
  });
});

describe("a person who is the subject of a reported clause", () => {
  it("is no candidate for the next paragraph's 'he said': the one who reported it is", () => {
    const x = extract("Pavel Markin fled to Moscow in July. He told reporters on Friday that he would not return while Lukashenko remained in power.\n\n'I received a warning from reliable people,' he said.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Pavel Markin", "Pavel Markin"]);
  });
});

describe("a body named with 'The' before it", () => {
  it("speaks under its name, also for a fragment its participle quotes", () => {
    const x = extract("Campaigners were more critical. The Clean Seas Campaign said the licence should never have been granted, describing the spill as \"a slow disaster\" for the coast.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([
      ["Clean Seas Campaign", "the licence should never have been granted"],
      ["Clean Seas Campaign", "a slow disaster"],
    ]);
  });
});

describe("a long title before the speaker's name", () => {
  it("is the person's title, with a committee's 'on', an envoy's 'to' and the words of the title itself", () => {
    const x = extract([
      "Russia will expand military cooperation, First Deputy Chairman of the State Duma Committee on International Affairs Alexey Chepa told TASS.",
      "Trade will grow, Ambassador Extraordinary and Plenipotentiary of Russia to Mali Igor Gromyko said.",
      "Talks will go on, Oman's Minister Responsible for Foreign Affairs Yusuf bin Alawi bin Abdullah told reporters.",
    ].join("\n\n"));
    expect(x.statements.map((s) => s.speaker)).toEqual(["Alexey Chepa", "Igor Gromyko", "Yusuf bin Alawi bin Abdullah"]);
  });
});

describe("'the party' after a party no list knows", () => {
  it("speaks as the party or movement the article named last", () => {
    const x = extract("The main opposition Coalition for Unity and Democracy says it was cheated of victory.\n\nThe party said its leader had been placed under house arrest.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Coalition for Unity and Democracy", "Coalition for Unity and Democracy"]);
  });
});

describe("a month after an opening time word", () => {
  it("is no part of the speaker: 'Last July he accused ...'", () => {
    const x = extract("British envoy Edward Clay spoke on Monday.\n\nLast July he accused ministers of behaving like gluttons who \"vomit all over our shoes.\"");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Edward Clay", "Edward Clay"]);
  });
});

describe("a year opening the sentence, and a title with a state's possessive and a province", () => {
  it("reads 'In 2018 the ministry' and 'Governor of China's Heilongjiang Province NAME' for the speaker", () => {
    const x = extract([
      "In 2018 the Russian Defence Ministry accused the United States of conducting experiments.",
      "Earlier, Governor of China's Heilongjiang Province Liang Huiling said Beijing welcomed the work on the island.",
    ].join("\n\n"));
    expect(x.statements.map((s) => s.speaker)).toEqual(["Russian Defence Ministry", "Liang Huiling"]);
    expect(x.persons.map((p) => p.name)).toEqual(["Liang Huiling"]);
  });
});

describe("a possessor's capitalised title with the name in apposition", () => {
  it("is that person: \"Britain's Trade Secretary, Patricia Hewitt, welcomed ...\"", () => {
    const x = extract("The deal was signed on Sunday.\n\nBritain's Trade Secretary, Patricia Hewitt, welcomed the deal, saying it showed \"what can be achieved\".");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Patricia Hewitt", "Patricia Hewitt"]);
  });
});

describe("'the department said' after a body named by its kind first", () => {
  it("is that body, not the subject of the words reported before it", () => {
    const x = extract([
      "Cyril Taolo, deputy director of the Department of Wildlife and National Parks, said tests had found toxins.",
      "Poaching had been ruled out because the carcasses were found intact, the department said.",
    ].join("\n\n"), "Botswana blames toxic algae for elephant deaths");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Cyril Taolo", "Department of Wildlife and National Parks"]);
  });

  it("speaks under its full name when 'The' opens it, with 'of' and 'and' inside", () => {
    const x = extract("The Department of Wildlife and National Parks said hundreds of elephants had died.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Department of Wildlife and National Parks"]);
  });
});

describe("'the official said' after an unnamed official described with a phrase after the noun", () => {
  it("is that official, though the description ends in a plural ('close to the talks')", () => {
    const x = extract("Sri Lanka will sign a pact, a senior Sri Lankan official close to the talks said.\n\n\"Our exporters have faced barriers,\" the official said.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["a senior Sri Lankan official close to the talks", "a senior Sri Lankan official close to the talks"]);
  });
});

describe("an adviser to a head of state", () => {
  it("is named after the office he advises, which is not his own: 'Deputy National Security Advisor to the US President Jon Finer'", () => {
    const x = extract("Mumtaz Zahra Baloch said the decision was biased.\n\nThe next day, Deputy National Security Advisor to the US President Jon Finer claimed that Pakistan was developing missiles. In his words, Washington sees the programme \"as an emerging threat.\"");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Mumtaz Zahra Baloch", "Jon Finer", "Jon Finer", "Jon Finer"]);
    expect(x.persons.find((p) => p.name === "Jon Finer")?.roles).toEqual([]);
  });
});

describe("'the head of' a company", () => {
  it("is the person named with that company's name before his own, not the head of its state's government", () => {
    const x = extract("The pipeline reached capacity, Gazprom CEO Alexey Miller said.\n\nThe head of Gazprom recalled that the legal basis was laid in 2014.\n\nRussian Deputy Prime Minister Alexander Novak told reporters that it was strategic.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Alexey Miller", "Alexey Miller", "Alexander Novak"]);
  });
});

describe("'the alliance' and 'the paper' as speakers", () => {
  it("speak as the organisation named before, under the name the article wrote, and as the newspaper named before", () => {
    const x = extract("Russia has accused NATO of building up forces near its borders.\n\nThe alliance has dismissed the claim, saying there has been no military build-up in the region.\n\nTwo journalists from the French newspaper Le Monde were wounded on Thursday, the paper said.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Russia", "NATO", "Le Monde"]);
  });
});

describe("an unnamed official with an anonymity clause", () => {
  it("speaks as the whole description before the clause, and 'the official' later is that speaker", () => {
    const x = extract("A senior official at the environment ministry, who declined to be identified, said the cleanup could take years.\n\n“Nobody can tell you when the fish will come back,” the official said.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["A senior official at the environment ministry", "A senior official at the environment ministry"]);
  });
});

describe("a role under a body no list knows", () => {
  it("reads 'The Hezbollah leader' as the person whose title the article opened with that body, not a head of state", () => {
    const x = extract("Hezbollah has lost its supply route after the fall of President Bashar al-Assad, Hezbollah Secretary General Naim Qassem said on Saturday.\n\nThe Hezbollah leader said the movement would rebuild its strength.");
    expect(statementWith(x, "the movement would rebuild")?.speaker).toBe("Naim Qassem");
  });

  it("does not read 'the Tory leader' as someone the sentence names after 'Tory leader NAME has accused'", () => {
    const x = extract("Tory leader Michael Howard has accused Tony Blair of running scared.\n\nThe Tory leader said the country deserved a vote.");
    expect(statementWith(x, "the country deserved")?.speaker).toBe("Michael Howard");
  });
});

describe("'the Russian diplomat', 'the head of the Russian border service' in agency copy", () => {
  const lead = "MOSCOW, December 24. /TASS/. The deployment is a violation of the treaty, Director of the Third European Department of the Russian Foreign Ministry Oleg Tyapkin said in an interview with TASS.";
  it("is the official in focus whose title named the state, not a spokeswoman the article names only later", () => {
    const x = extract(`${lead}\n\n"We have heard these explanations. They are not convincing," the Russian diplomat stressed.\n\nEarlier, Russian Foreign Ministry Spokeswoman Maria Zakharova called the headquarters "a provocation."`);
    expect(statementWith(x, "We have heard")?.speaker).toBe("Oleg Tyapkin");
    expect(statementWith(x, "a provocation")?.speaker).toBe("Maria Zakharova");
  });

  it("is not an official in focus whose title named another state", () => {
    const x = extract("KABUL, May 3. /TASS/. The talks went well, Afghan Defense Ministry spokesman Enayatullah Khwarazmi said.\n\n\"We expect more,\" the Pakistani diplomat stressed.");
    expect(statementWith(x, "We expect more")?.speaker).not.toBe("Enayatullah Khwarazmi");
  });

  it("reads 'the head of the Russian border service' as the official the lead named with Russia in his title", () => {
    const x = extract("MOSCOW, December 12. /TASS/. The situation on the external borders of the Commonwealth of Independent States (CIS) remains tense, head of the Border Service of Russia's Federal Security Service (FSB) Vladimir Kulishov said.\n\n\"This is not charity,\" the head of the Russian border service stressed.\n\nThe Tajik side, for its part, said that eleven new outposts had been built.");
    expect(statementWith(x, "This is not charity")?.speaker).toBe("Vladimir Kulishov");
    // (The lead's subject, "The situation on the external borders of the CIS", is no body that "the side" could be.)
    expect(statementWith(x, "eleven new outposts")?.speaker).toBe("Tajik side");
  });

  it("reads 'the Pakistani diplomat' as the Foreign Office spokeswoman named before", () => {
    const x = extract("ISLAMABAD, May 3. /TASS/. Channels remain open, Pakistani Foreign Office spokeswoman Mumtaz Zahra Baloch said at a briefing.\n\n\"We expect more,\" the Pakistani diplomat stressed.");
    expect(statementWith(x, "We expect more")?.speaker).toBe("Mumtaz Zahra Baloch");
  });
});

describe("given names whose gender depends on the country", () => {
  it("reads Georgian 'Gigi' as a man's name, so 'he' can be him", () => {
    const x = extract("She freed former mayor Gigi Ugulava and ex-minister Irakli Okruashvili.\n\nUgulava walked out of prison on Friday.\n\n'I am free,' he told reporters at the gates.");
    expect(statementWith(x, "I am free")?.speaker).toBe("Gigi Ugulava");
  });

  it("reads 'Andrea' as deciding no pronoun (Andrea Orlando, Andrea Nahles)", () => {
    const x = extract("Andrea Orlando met Paolo Gentiloni in Rome.\n\nOrlando left the meeting early.\n\n'We agreed nothing,' he told reporters.");
    expect(statementWith(x, "We agreed nothing")?.speaker).toBe("Andrea Orlando");
  });
});

describe("a description without a name, then the name in apposition", () => {
  it("gives 'Another candidate, the liberal Irina Khakamada, said' to the name", () => {
    const x = extract("The vote was postponed.\n\nAnother candidate, the liberal Irina Khakamada, said the episode had turned the campaign into a farce.");
    expect(statementWith(x, "the episode had turned")?.speaker).toBe("Irina Khakamada");
  });

  it("keeps the body when the apposition says who leads it ('The panel, headed by economist NAME, said')", () => {
    const x = extract("The vote was postponed.\n\nThe four-member panel, headed by economist Lalithasiri Gunaruwan, said the compact would divide the island.");
    expect(statementWith(x, "the compact would divide")?.speaker).not.toBe("Lalithasiri Gunaruwan");
  });
});

describe("a form of address for a royal", () => {
  it("reads 'His Royal Highness' as the prince the article named, 'His Majesty' as the king", () => {
    const x = extract("Crown Prince Maha Vajiralongkorn asked for time to grieve after the death of King Bhumibol Adulyadej, Prime Minister Prayuth Chan-ocha said.\n\n\"His Royal Highness told me he does not want the people to think about the succession now,\" Prayuth said. \"His Majesty told me he would stay in the capital.\"");
    expect(x.statements.find((s) => s.quote.includes("does not want") && !s.direct)?.speaker).toBe("Maha Vajiralongkorn");
    expect(x.statements.find((s) => s.quote.includes("would stay in the capital") && !s.direct)?.speaker).toBe("Bhumibol Adulyadej");
  });
  it("gives a statement to the body named after 'her charity' or 'their party' ('her charity Fair Aid said')", () => {
    const x = extract("Elizaveta Glinka had been travelling with medicine for a hospital in Latakia, her charity Fair Aid said.");
    expect(statementWith(x, "Elizaveta Glinka had been")?.speaker).toBe("Fair Aid");
  });
  it("reads 'the Reform UK leader' as the party's leader in focus, not the UK's prime minister named after", () => {
    const x = extract("The Reform UK party has overtaken the Conservatives, the party's leader Nigel Farage said.\n\nFarage said the party would grow.\n\nThe Reform UK leader also said that the deal signed by former Prime Minister Rishi Sunak must be torn up.");
    expect(statementWith(x, "the deal signed by")?.speaker).toBe("Nigel Farage");
  });

  it("reads the pronoun after a noun phrase the sentence opens with as the speaker ('At the opening of his trial he told the court')", () => {
    const x = extract("Ahmad al-Mahdi pleaded guilty. At the opening of his trial he told the court he was sorry.");
    expect(statementWith(x, "he was sorry")?.speaker).toBe("Ahmad al-Mahdi");
    // ("told the court CLAUSE": the court is the audience, as "reporters" is, and no word of the clause.)
    expect(x.statements.map((st) => st.quote)).toEqual(["he was sorry"]);
  });
  it("reads 'the committee', 'the society' as the body the article named with that head noun, with its state", () => {
    const x = extract("Belarus’ State Border Committee said Warsaw was militarising the frontier.\n\n“The Polish side bears full responsibility,” the committee said.\n\nThe Polish Ombudsman’s office said 12 people had died.");
    expect(statementWith(x, "The Polish side")?.speaker).toBe("Belarus’ State Border Committee");
    expect(statementWith(x, "12 people")?.speaker).not.toBe("Belarus’ State Border Committee");
  });
});

describe("speakers: relative clauses without 'that', defence chiefs, courts, parties, ages", () => {
  it("reads a subject pronoun right before the verb as the speaker of a relative clause without 'that'", () => {
    const x = extract("The president on Thursday ordered the expulsion of 12 diplomats he said were spies and closed two consulates.\n\nThe ministry is seeking to seize a villa it says is state property, the court said.", "Minister Jan Kowalski expels diplomats");
    const spies = statementWith(x, "were spies");
    expect(spies?.quote).toBe("were spies");
    expect(spies?.speaker).not.toMatch(/expulsion/);
    expect(statementWith(x, "is state property")?.quote).toBe("is state property");
  });

  it("reads 'the Kazakh defense chief' as the defence minister, not the president named last", () => {
    const x = extract([
      "ASTANA, December 27. /TASS/. The drills were a success, Kazakh Defense Minister Nurlan Ermekbayev told TASS.",
      "Earlier, Kazakh President Kassym-Jomart Tokayev said at the summit that the bloc must act faster.",
      "Speaking about air defence, the Kazakh defense chief recalled that the joint system was created in 2013.",
    ].join("\n\n"));
    expect(statementWith(x, "the joint system")?.speaker).toBe("Nurlan Ermekbayev");
  });

  it("reads 'the court' as the court the article named, not the news agency of the dateline", () => {
    const x = extract("THE HAGUE (Reuters) - The Hague District Court ruled on Wednesday that the panel had no jurisdiction.\n\nThe court said the treaty had never been ratified.");
    expect(statementWith(x, "the treaty had never")?.speaker).toBe("Hague District Court");
    const icj = extract("Guinea has asked the International Court of Justice to halt the seizure, the court said.\n\nThe court said hearings would open in March.");
    expect(statementWith(icj, "hearings would open")?.speaker).toBe("International Court of Justice");
  });

  it("names 'the party' by the fullest form the article wrote for it ('Popular Front party')", () => {
    const x = extract("The aide accused the opposition Popular Front party of stirring up the unrest.\n\nPopular Front leader Ali Karimli denied it.\n\nProsecutors have opened a case against several members, the party said.");
    expect(statementWith(x, "Prosecutors have opened")?.speaker).toBe("Popular Front party");
  });

  it("reads an age with what the person was ('The 80-year-old former Conservative MEP') as the person in focus", () => {
    const x = extract("Stanley Johnson has applied for French citizenship, his lawyer said.\n\nThe 80-year-old former Conservative MEP said he was reclaiming a nationality that had been in the family.");
    expect(statementWith(x, "he was reclaiming")?.speaker).toBe("Stanley Johnson");
  });

  it("reads a pronoun after 'His successor, President NAME, has vowed ...' as that president, not the last speaker", () => {
    const x = extract([
      "Her lawyer Jean Dupont said his client had been denied a fair trial. 'Nobody has seen the evidence,' he told AFP.",
      "His successor, President Shavkat Mirziyoyev, has vowed to root out corruption. Last year he warned that no surname would protect anyone from the law.",
    ].join("\n\n"));
    expect(statementWith(x, "no surname")?.speaker).toBe("Shavkat Mirziyoyev");
  });
});
