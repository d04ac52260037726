import { describe, expect, it } from "vitest";
import { extract, statementWith } from "./helpers.js";

describe("direct quotations", () => {
  it("reads 'A, according to NAME, though B' as NAME's A, the concessive clause being the writer's", () => {
    const x = extract("Visitor numbers have grown steadily since then, according to Kazakh Tourism, though the pandemic has halted travel this year.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([["Kazakh Tourism", "Visitor numbers have grown steadily since then"]]);
  });

  it("keeps a plural's apostrophe inside a single-quoted sentence, but ends a quoted fragment on one", () => {
    const x = extract("'The agreement requires seven days' advance notice to share the details of pilgrims,' Mr Srivastava said.");
    expect(x.statements.map((st) => st.quote)).toEqual(["The agreement requires seven days' advance notice to share the details of pilgrims"]);
    const y = extract("Moussa Faki Mahamat said he 'strongly condemns' the violence.");
    expect(y.statements.map((st) => st.quote)).toContain("strongly condemns");
  });

  it("splits a quotation broken by an attribution into two statements with one speaker", () => {
    const x = extract("“We will not accept this,” Polish President Andrzej Duda said. “Our borders are not for sale.”");
    expect(x.statements.map((s) => [s.speaker, s.quote, s.direct])).toEqual([
      ["Andrzej Duda", "We will not accept this", true],
      ["Andrzej Duda", "Our borders are not for sale.", true],
    ]);
  });

  it("gives a quotation over several paragraphs one statement per paragraph", () => {
    const x = extract([
      "Speaking in Tbilisi, the Georgian prime minister Irakli Tavadze said: 'We will keep our course.",
      "'Nobody can stop the Georgian people from choosing Europe.'",
    ].join("\n\n"));
    expect(x.statements.filter((s) => s.direct).map((s) => s.speaker)).toEqual(["Irakli Tavadze", "Irakli Tavadze"]);
  });

  it("resolves 'the Belarusian President' and 'he' to the named person", () => {
    const x = extract([
      "Belarusian President Alexander Lukashenko met troops near Brest on Friday.",
      "\"Our army is ready,\" the Belarusian President said.",
      "\"Nobody will attack us,\" he added.",
    ].join("\n\n"));
    expect(x.statements.map((s) => s.speaker)).toEqual(["Alexander Lukashenko", "Alexander Lukashenko"]);
    expect(x.persons[0]?.aliases).toContain("the Belarusian President");
  });

  it("does not take scare quotes for statements", () => {
    const x = extract("Tehran rejected the so-called 'snapback' mechanism and the tankers of the \"shadow fleet\" sailed on.");
    expect(x.statements).toEqual([]);
  });

  it("gives a quoted fragment inside reported speech a direct and an indirect statement", () => {
    const x = extract("Mark Rutte said there was 'clear evidence' that the drones were launched from the east.");
    expect(x.statements.map((s) => [s.quote, s.direct])).toEqual([
      ["there was 'clear evidence' that the drones were launched from the east", false],
      ["clear evidence", true],
    ]);
  });
});

describe("reported speech", () => {
  it("skips a participle's phrase before the subject ('Opening the summit, X, who ..., said'), not an -ing adjective", () => {
    const x = extract("Opening the summit, Egyptian President Abdel Fattah el-Sisi, who holds the chairmanship, said the eight nations should raise trade.");
    expect(statementWith(x, "the eight nations")?.speaker).toBe("Abdel Fattah el-Sisi");
    const y = extract("Neighbouring Belarus, which received much of the fallout, said its stations had recorded no rise in radiation.");
    expect(statementWith(y, "its stations")?.speaker).toBe("Belarus");
  });

  it("finds the speaker of 'VERB that ...' after an apposition that is no description ('Kirchner, now in opposition, wrote ...')", () => {
    const x = extract("Cristina Kirchner, now in opposition, wrote on Twitter that the government was kneeling before Washington.");
    expect(statementWith(x, "the government was")?.speaker).toBe("Cristina Kirchner");
  });

  it("gives 'VERB that ...' to the name set off by commas right before the verb", () => {
    const x = extract("Russia's view coincides with that of the United States, whose representative, State Department Legal Adviser " +
      "Margaret Taylor, argued that the climate treaties were the primary source of obligations.");
    expect(statementWith(x, "the climate treaties")?.speaker).toBe("Margaret Taylor");
    const y = extract("Opening the summit, Egyptian President Abdel Fattah el-Sisi, who holds the chairmanship, said that trade should grow.");
    expect(statementWith(y, "trade should grow")?.speaker).toBe("Abdel Fattah el-Sisi");
    const z = extract("The Maoist rebels' leader, Prachanda, said in a statement that the king had unmasked himself.");
    expect(statementWith(z, "the king had")?.speaker).toBe("Prachanda");
  });

  it("reads no report in 'dismissed Western claims that ...' nor in a setting before the subject ('In Berlin, where ...,')", () => {
    expect(extract("The Russian minister also dismissed Western claims that Moscow was too busy in Ukraine to help Damascus.").statements).toEqual([]);
    expect(extract("In Berlin, where EU foreign ministers were meeting, the bloc's foreign policy chief Josep Borrell warned Moscow against any intervention.").statements).toEqual([]);
  });

  it("gives 'CLAUSE, a senior official in X, a grouping of ..., told reporters' to the official", () => {
    const x = extract("The vote was free and transparent, a senior official in the observer mission of the Commonwealth of Independent States, " +
      "a grouping of former Soviet republics, told reporters.");
    expect(x.statements.map((st) => [st.speaker, st.quote])).toEqual([
      ["a senior official in the observer mission of the Commonwealth of Independent States", "The vote was free and transparent"]]);
  });

  it("reads the clause after 'said on Twitter that' when it opens with the name 'May'", () => {
    const x = extract("Donald Tusk said on Twitter that May’s statement brought “welcome clarity” on the start of the talks.");
    expect(statementWith(x, "May’s statement")?.speaker).toBe("Donald Tusk");
  });

  it("reads '..., with a spokeswoman saying CLAUSE' as the spokeswoman's report", () => {
    const x = extract("The Commission welcomed the meeting, with a spokeswoman saying any initiative that brought Europeans closer was positive.");
    expect(statementWith(x, "any initiative")?.speaker).toBe("a spokeswoman");
  });

  it("reads 'X said (that) ...' and 'CLAUSE, X said'", () => {
    const x = extract("Finnish Prime Minister Petteri Orpo said on Tuesday that the border would stay closed. The decision was final, Mr Orpo told reporters.");
    expect(x.statements.map((s) => [s.speaker, s.quote, s.direct])).toEqual([
      ["Petteri Orpo", "the border would stay closed", false],
      ["Petteri Orpo", "The decision was final", false],
    ]);
  });

  it("keeps a reported clause whose only word besides the quotation is a name, not one that is a pronoun", () => {
    const x = extract("Ursula von der Leyen said Europe 'stands in full solidarity with Austria'. Olaf Scholz said it 'changes nothing for us'.");
    expect(x.statements.map((s) => [s.quote, s.direct])).toEqual([
      ["Europe 'stands in full solidarity with Austria'", false],
      ["stands in full solidarity with Austria", true],
      ["changes nothing for us", true],
    ]);
  });

  it("reads a clause after 'that' that opens with a quotation on past the quotation's end", () => {
    const x = extract("Karl Nehammer said that 'something obviously went wrong' in passing on the information.");
    expect(x.statements.map((s) => [s.quote, s.direct])).toEqual([
      ["'something obviously went wrong' in passing on the information", false],
      ["something obviously went wrong", true],
    ]);
  });

  it("reads 'CLAUSE, <long role in lower-case words> NAME told ...' with the name as speaker", () => {
    const x = extract("Belgrade will not join Western sanctions against Russia, Serbian Minister without Portfolio in charge of international economic cooperation Nenad Popovic told TASS.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([["Nenad Popovic", "Belgrade will not join Western sanctions against Russia"]]);
  });

  it("reads 'CLAUSE, NAME, ROLE, told ...', 'CLAUSE, ROLE NAME, who ..., said' and '..., while NAME, ROLE, said ...' with the name as speaker", () => {
    const x = extract("Armenia's refusal to pay its share harms its own security, Leonid Slutsky, chairman of the State Duma Committee on International Affairs, told TASS on Wednesday.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([["Leonid Slutsky", "Armenia's refusal to pay its share harms its own security"]]);
    const y = extract("Austria's participation in the initiative is incompatible with neutrality, former Austrian Foreign Minister Karin Kneissl, who heads a research centre in St. Petersburg, said in an interview.");
    expect(y.statements.map((s) => [s.speaker, s.quote])).toEqual([["Karin Kneissl", "Austria's participation in the initiative is incompatible with neutrality"]]);
    const z = extract("Foreign Minister Yvan Gil called the veto \"a hostile act\", while Celso Amorim, chief foreign policy adviser to President Luiz Inacio Lula da Silva, said trust had been broken.");
    expect(statementWith(z, "trust had been")?.speaker).toBe("Celso Amorim");
  });

  it("reads '\"QUOTE,\" said NAME of ORG in PLACE, adding that CLAUSE' as the name's two statements", () => {
    const x = extract("“This is an agreement to agree, not an actual cut,” said Amrita Sen of Energy Aspects in London, adding that compliance had historically been weak.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([
      ["Amrita Sen", "This is an agreement to agree, not an actual cut"],
      ["Amrita Sen", "compliance had historically been weak"],
    ]);
  });

  it("gives 'In his words, ...' to the man who has been speaking, not to one his words named", () => {
    const x = extract("\"Our trade passed $1 billion,\" Muhammad Jamali said.\n\nHe noted that Prime Minister Shehbaz Sharif and President Vladimir Putin had discussed energy. In his words, the Pakistani leader valued Russian oil supplies.");
    expect(statementWith(x, "the Pakistani leader valued")?.speaker).toBe("Muhammad Jamali");
  });

  it("gives 'and said' after a subordinate clause to that clause's subject, not the sentence's", () => {
    const x = extract("The vote in Cairo came days after President Abdel Fattah al-Sisi met tribal leaders and said Egypt would not stand idly by.");
    expect(statementWith(x, "Egypt would not")?.speaker).toBe("Abdel Fattah al-Sisi");
    const y = extract("Marcelo Ebrard said Mexico learned of it when Salvador Cienfuegos was detained, and accused Washington of ignoring the treaty.");
    expect(statementWith(y, "Washington of ignoring")?.speaker).toBe("Marcelo Ebrard");
  });

  it("gives a subordinate clause's 'NAME, who ..., said' and 'NAME angered X by accusing' to that name, not the sentence's subject", () => {
    const x = extract("His comments came two days after German Economy Minister Sigmar Gabriel, who is also vice chancellor, said the negotiations had failed.");
    expect(statementWith(x, "the negotiations had")?.speaker).toBe("Sigmar Gabriel");
    const y = extract("The meeting came days after German Foreign Minister Frank-Walter Steinmeier angered Warsaw by accusing NATO of saber-rattling.");
    expect(statementWith(y, "NATO of")?.speaker).toBe("Frank-Walter Steinmeier");
  });

  it("does not give a person's name used as a modifier the words ('a senior Trump administration official', 'Putin aide NAME')", () => {
    const x = extract("Donald Trump arrived. A senior Trump administration official said a deal could be signed within weeks. Putin aide Yuri Ushakov said the talks went well.");
    expect(statementWith(x, "a deal could")?.speaker).toBe("A senior Trump administration official");
    expect(statementWith(x, "the talks went")?.speaker).toBe("Yuri Ushakov");
  });

  it("gives 'the diplomat' to the article's own diplomat, quoted most, over one who spoke in passing", () => {
    const x = extract([
      "Washington treats Latin America as its backyard, Russian Ambassador to Nicaragua Alexander Khokholikov told TASS.",
      "\"The Monroe Doctrine is still a working document,\" the diplomat said.",
      "US Secretary of State Antony Blinken has accused the government of seeking absolute power.",
      "The diplomat noted that Russian-Nicaraguan cooperation was developing despite the pressure.",
    ].join("\n\n"));
    expect(statementWith(x, "Russian-Nicaraguan cooperation")?.speaker).toBe("Alexander Khokholikov");
  });

  it("gives 'the embassy' and 'the company' to the body that spoke under its full name before", () => {
    const x = extract("The Chinese embassy in Quito said China was a responsible fishing nation. The embassy added that the fleet respected the law.\n\nGazprom said it had stopped buying gas. The company said the contract had expired.");
    expect(statementWith(x, "the fleet respected")?.speaker).toBe("Chinese embassy in Quito");
    expect(statementWith(x, "the contract had expired")?.speaker).toBe("Gazprom");
  });

  it("gives 'the statement said' to whoever issued the statement just reported, a person too", () => {
    const x = extract("Foreign Minister Julie Bishop said in a statement that Australia would attend. The statement said the treaty remained valid.");
    expect(statementWith(x, "the treaty remained valid")?.speaker).toBe("Julie Bishop");
  });

  it("reads the speaker of an object relative clause from its determiner ('in a case his supporters say is ...')", () => {
    const x = extract("Robert Kocharyan was freed in a case his supporters say is a political vendetta. The vote follows a process the electoral commission says will not end before July.");
    expect(statementWith(x, "is a political vendetta")?.speaker).toBe("his supporters");
    expect(statementWith(x, "will not end")?.speaker).toBe("the electoral commission");
  });

  it("takes a role opening the sentence before ', NAME, VERB' for the name's apposition, not a report", () => {
    const x = extract("VILNIUS (Reuters) - Lithuania's new prime minister, Saulius Skvernelis, promised on Wednesday to allow ethnic Poles to spell their names in Polish.");
    expect(x.statements).toEqual([]);
    const y = extract("Freedonia's foreign minister, Jane Roe, said the border would stay closed.");
    expect(y.statements.map((s) => [s.speaker, s.quote])).toEqual([["Jane Roe", "the border would stay closed"]]);
  });

  it("reads inverted attributions with the speaker after the verb", () => {
    const x = extract("Moscow is ready for talks without preconditions, stated the Russian Foreign Minister Sergey Lavrov at a briefing.");
    expect(statementWith(x, "Moscow is ready")?.speaker).toBe("Sergey Lavrov");
  });

  it("reads 'according to X' in both positions", () => {
    const x = extract("According to the ministry, the drills will last a week. The troops will return in May, according to Defence Minister Pal Jonson.");
    expect(statementWith(x, "the drills will last")?.speaker_kind).toBe("organization");
    expect(statementWith(x, "The troops will return")?.speaker).toBe("Pal Jonson");
  });

  it("reads accusations as 'Y of Z'", () => {
    const x = extract("The Kremlin accused Britain of prolonging the war.");
    expect(x.statements[0]?.quote).toBe("Britain of prolonging the war");
    expect(x.statements[0]?.speaker).toBe("Kremlin");
  });

  it("gives organisations and unnamed speakers their phrase", () => {
    const x = extract([
      "The Russian Defence Ministry said in a statement that two drones had been shot down.",
      "The ministry added that nobody was hurt.",
      "A spokesman for the coast guard said the ship had left port.",
    ].join("\n\n"));
    expect(x.statements.map((s) => [s.speaker, s.speaker_kind])).toEqual([
      ["Russian Defence Ministry", "organization"],
      ["Russian Defence Ministry", "organization"],
      ["A spokesman for the coast guard", "unnamed"],
    ]);
  });

  it("takes the speaker of 'saying' and 'adding' from the sentence", () => {
    const x = extract("Lithuanian President Gitanas Nauseda rejected the offer, saying Vilnius would not negotiate, and adding that sanctions would stay.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Gitanas Nauseda", "Gitanas Nauseda"]);
  });

  it("ignores directives and reports of meetings", () => {
    const x = extract("The EU urged Serbia to recognise the vote. Macron discussed the war with Scholz on Monday.");
    expect(x.statements).toEqual([]);
  });
});

describe("about links", () => {
  it("links the treaties and states a quotation names, and 'our country' to the speaker's state", () => {
    const x = extract("\"Our country will never leave the CSTO,\" Armenian Prime Minister Nikol Pashinyan said.");
    const s = x.statements[0];
    expect(s?.about_treaties).toEqual(["Collective Security Treaty Organization"]);
    expect(s?.about_states).toEqual(["Armenia"]);
  });

  it("links the person a role phrase names inside the quote", () => {
    const x = extract("Vladimir Putin called Minsk. \"I spoke with the Russian President today,\" Belarusian President Alexander Lukashenko said.");
    expect(statementWith(x, "I spoke")?.about_persons).toEqual(["Vladimir Putin"]);
  });
});

describe("spans", () => {
  it("gives every statement and mention a span into the article text", () => {
    const title = "Test article";
    const body = "\"The deal is dead,\" Iranian Foreign Minister Abbas Araghchi said of the JCPOA.";
    const x = extract(body, title);
    const text = `${title}\n\n${body}`;
    for (const s of x.statements) expect(text.slice(s.start, s.end)).toBe(s.quote);
    for (const m of x.mentions) expect(text.slice(m.start, m.end).length).toBeGreaterThan(0);
    expect(x.mentions.map((m) => m.type)).toEqual(expect.arrayContaining(["Person", "State", "Treaty"]));
  });
});

describe("statements: appositive names, quantifier clauses, unnamed groups, clause ends", () => {
  const first = "The talks ended on Monday.\n\n";
  it("takes the name set off by commas after a role as the speaker", () => {
    const x = extract(`${first}Freedonia's foreign minister, Jan Roeder, said on Friday that his country had no plans to leave.`);
    expect(statementWith(x, "his country had")?.speaker).toBe("Jan Roeder");
  });

  it("reads a clause opening with 'at least' after said", () => {
    const x = extract(`${first}The Chilean Red Cross said at least 30 people had been injured in the storm.`);
    expect(statementWith(x, "at least 30 people")?.speaker).toBe("Chilean Red Cross");
  });

  it("attributes 'according to diplomats in the region' to them", () => {
    const x = extract(`${first}According to diplomats in the region, the move pushed the two capitals closer together.`);
    expect(statementWith(x, "the move pushed")?.speaker).toBe("diplomats in the region");
  });

  it("ends the reported clause at the speaker's next act and at a narrative 'as' clause", () => {
    const x = extract(`${first}Minister Ana Petrova said the plan was sound and praised the engineers who drew it up. President Ivo Kral said the island "is not for sale", as officials began talks in Sofia on a new agreement.`);
    expect(x.statements.map((s) => s.quote)).toEqual(expect.arrayContaining(["the plan was sound", "the island \"is not for sale\""]));
  });
});

describe("statements: a quotation as a relative clause's predicate", () => {
  it("links the quotation to the treaty the relative clause hangs on", () => {
    const x = extract("Chilean President Ana Ruiz said Chile would instead look to the Kyoto Protocol, which 'still binds every signatory'.");
    expect(statementWith(x, "still binds")?.about_treaties).toEqual(["Kyoto Protocol"]);
  });

  it("links 'which it said obliges ...' to the treaty, its lower-case topic words between", () => {
    const x = extract("The agency said the notices breached the Kyoto Protocol on emissions, which it said obliges states to cut their output.");
    expect(statementWith(x, "obliges states")?.about_treaties).toEqual(["Kyoto Protocol"]);
  });
});

describe("a pronoun for the treaty its sentence names", () => {
  it("links 'it' in the reported words to the one treaty named before them in the sentence", () => {
    const x = extract("The Treaty of Lima was meant to end the dispute, but diplomats say it has barely been implemented.");
    expect(statementWith(x, "it has barely")?.about_treaties).toEqual(["Treaty of Lima"]);
  });

  it("does not read 'it' as the treaty when a state or body could be meant, nor an 'it' that stands for nothing", () => {
    const x = extract("Tehran said it would no longer respect the Treaty of Lima, and officials said it would keep talking.");
    expect(statementWith(x, "it would keep")?.about_treaties).toEqual([]);
    const y = extract("Officials praised the Treaty of Lima but said it was for Peru to decide what came next.");
    expect(statementWith(y, "it was for Peru")?.about_treaties).toEqual([]);
  });

  it("links 'it' after a state to the treaty named after the state, when the words say what only a treaty is", () => {
    const x = extract("Fiji has refused to sign the Treaty of Lima, saying it offers too little for island exporters.");
    expect(statementWith(x, "it offers")?.about_treaties).toEqual(["Treaty of Lima"]);
    const y = extract("India has refused to sign the Treaty of Lima, saying it is discriminatory.");
    expect(statementWith(y, "it is discriminatory")?.about_treaties).toEqual(["Treaty of Lima"]);
    const z = extract("The State Department welcomed the Treaty of Lima and said it was concerned about the delays.");
    expect(statementWith(z, "it was concerned")?.about_treaties).toEqual([]);
  });

  it("links 'they' to a treaty with a plural name", () => {
    const x = extract("Kiev signed the Oslo Accords in 2015, but Sergei Lavrov said they were never implemented.");
    expect(statementWith(x, "they were never")?.about_treaties).toEqual(["Oslo Accords"]);
  });
});

describe("implicit references to the one salient treaty", () => {
  it("carries the deal that 'This is a good deal' was read as to the speaker's next words opening with 'It'", () => {
    const x = extract("Mr Zoellick said the Treaty of Lima would open new doors. \"This is a good deal for both our peoples,\" he said. \"It rewards a nation that has chosen reform.\"");
    expect(statementWith(x, "This is a good deal")?.about_treaties).toEqual(["Treaty of Lima"]);
    expect(statementWith(x, "It rewards")?.about_treaties).toEqual(["Treaty of Lima"]);
  });

  it("links 'when it was signed' and 'not just a document' to the one agreement of the paragraph before", () => {
    const x = extract("The two ministers marked the anniversary of the Treaty of Lima, which ended the border war.\n\n\"I remember the day it was signed. It was not just a document,\" the minister said.");
    expect(statementWith(x, "I remember the day")?.about_treaties).toEqual(["Treaty of Lima"]);
  });

  it("links 'today's agreement' and 'a good deal' to the deal the title reports when no paragraph nearby names one", () => {
    const x = extract([
      "The ministers met in Madrid on Thursday.",
      "Several officials attended the ceremony.",
      "\"Today's agreement protects the jobs of thousands of people on both sides,\" Foreign Minister Arancha Gonzalez said.",
      "\"It is a good deal for the workers of the whole region and for their families,\" Fabian Picardo said.",
      "\"The experts have done a great deal of work on the border for many months,\" an official said.",
    ].join("\n\n"), "Spain and Britain sign border deal with Gibraltar");
    const [deal] = x.treaties.map((t) => t.name);
    expect(deal).toBeDefined();
    expect(statementWith(x, "Today's agreement")?.about_treaties).toEqual([deal]);
    expect(statementWith(x, "It is a good deal")?.about_treaties).toEqual([deal]);
    expect(statementWith(x, "The experts have done")?.about_treaties).toEqual([]);
  });

  it("links nothing when the paragraph names two agreements", () => {
    const x = extract("Officials compared the Treaty of Lima with the Quito Accord.\n\n\"It was signed in haste,\" the minister said.");
    expect(statementWith(x, "It was signed in haste")?.about_treaties).toEqual([]);
  });
});

describe("a relative clause between the subject and its verb of saying", () => {
  it("gives the statement to the subject before 'which'/'who'", () => {
    const a = extract("The central bank of Freedonia, which raised its rate in March, said in its report that prices were rising more slowly.");
    expect(statementWith(a, "prices were rising more slowly")?.speaker).toMatch(/central bank/i);
    const b = extract("Ms Ortega, who is expected to testify next week, said outside court that she feared for her family.");
    expect(statementWith(b, "she feared for her family")?.speaker).toMatch(/Ortega/);
  });
});

describe("a role with its post before the speaker's name", () => {
  it("reads 'Its ambassador in Nairobi, NAME, told Reuters that ...' as the named person's statement", () => {
    const x = extract("Somalia objected. Its ambassador in Nairobi, Ahmed Gaballe, told Reuters that large parts of the south were lost.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([["Ahmed Gaballe", "large parts of the south were lost"]]);
  });
});

describe("speech verbs: repeated, conceded", () => {
  it("reads 'repeated that' and 'conceded' as verbs of saying", () => {
    const x = extract("Austrian Chancellor Karl Brenner repeated that Austria would not join the scheme. He conceded the talks had stalled.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([
      ["Karl Brenner", "Austria would not join the scheme"],
      ["Karl Brenner", "the talks had stalled"],
    ]);
  });

  it("reads 'notes that', 'stresses that', 'retorted', 'underscored that', 'disclosed that' and the like as verbs of saying, not 'highlighted the risks'", () => {
    const x = extract("Lavrov notes that the treaty is in force. Zakharova stresses that Moscow is ready. Sikorski retorted that Warsaw would not yield. Peskov underscored that the deal stood. Rutte disclosed that talks had begun. Borrell highlighted the risks.");
    expect(x.statements.map((s) => s.quote)).toEqual([
      "the treaty is in force", "Moscow is ready", "Warsaw would not yield", "the deal stood", "talks had begun",
    ]);
  });

  it("does not read the adjective 'repeated' as speech", () => {
    const x = extract("Austrian Chancellor Karl Brenner said repeated attacks had closed the port.");
    expect(x.statements.map((s) => s.quote)).toEqual(["repeated attacks had closed the port"]);
  });
});

describe("'In his words, CLAUSE'", () => {
  it("is an indirect statement of the person, like 'according to him'", () => {
    const x = extract("Finnish Foreign Minister Elina Korpela spoke in Oslo on Monday. In her words, the northern route will stay open all winter.");
    expect(x.statements.map((s) => [s.speaker, s.quote, s.direct])).toEqual([
      ["Elina Korpela", "the northern route will stay open all winter", false],
    ]);
  });
});

describe("two speakers joined by ', and'", () => {
  it("ends the first reported clause before ', and Y said'", () => {
    const x = extract("Hungarian Foreign Minister Gabor Lakatos denied that the convoy had crossed the border, and Serbia’s Interior Ministry said that it had no record of it.");
    expect(x.statements.map((s) => s.quote)).toEqual(["the convoy had crossed the border", "it had no record of it"]);
  });
});

describe("'said A, but that B'", () => {
  it("gives the second that-clause as its own statement of the same speaker", () => {
    const x = extract("Austrian Chancellor Karl Brenner said the talks had been useful, but that no date had been set.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([
      ["Karl Brenner", "the talks had been useful"],
      ["Karl Brenner", "no date had been set"],
    ]);
  });

  it("keeps one statement where the first clause has a that-clause of its own", () => {
    const x = extract("Austrian Chancellor Karl Brenner said Vienna hoped that the talks would resume, but that no date had been set.");
    expect(x.statements.map((s) => s.quote)).toEqual(["Vienna hoped that the talks would resume, but that no date had been set"]);
  });

  it("links 'Article 8' to the one agreement its paragraph names", () => {
    const x = extract("Austria will stay in the European Convention on Human Rights, Austrian Chancellor Karl Brenner said, but he said that Vienna would change how Article 8 was applied.");
    const s = x.statements.find((y) => /Article 8/.test(y.quote));
    expect(s?.about_treaties).toEqual(["European Convention on Human Rights"]);
  });
});

describe("'the allies' in an article whose one alliance is NATO", () => {
  const article =
    "NATO defence ministers met in Brussels on Thursday.\n\n" +
    "Dutch Defence Minister Ruben Brekelmans said all allies had to raise spending. He added that Russia and its Asian allies were rearming fast.\n\n" +
    "Brekelmans said Moldova remained a close ally of Romania.";

  it("links the allies to the alliance", () => {
    expect(statementWith(extract(article), "all allies had to raise spending")?.about_treaties).toEqual(["North Atlantic Treaty Organization"]);
  });

  it("leaves someone's allies and 'a close ally' alone", () => {
    const x = extract(article);
    expect(statementWith(x, "Russia and its Asian allies were rearming")?.about_treaties).toEqual([]);
    expect(statementWith(x, "Moldova remained a close ally")?.about_treaties).toEqual([]);
  });

  it("leaves the allies of a named state and an ally named next alone", () => {
    const x = extract("NATO ministers met in Brussels.\n\nMaria Zakharova said certain allies of Spain were imposing their agenda. Sergei Shoigu said Moscow would defend its ally Belarus and warned that our ally Minsk would not be left alone.");
    expect(statementWith(x, "certain allies of Spain")?.about_treaties).toEqual([]);
    expect(statementWith(x, "our ally Minsk")?.about_treaties).toEqual([]);
  });

  it("does nothing where the article does not name NATO", () => {
    const x = extract("Dutch Defence Minister Ruben Brekelmans said all allies had to raise spending.");
    expect(statementWith(x, "all allies had to raise spending")?.about_treaties).toEqual([]);
  });

  it("does nothing where the article names another organisation the allies could belong to", () => {
    const x = extract("Estonia joined NATO and the European Union in 2004.\n\nPrime Minister Juri Ratas said allies were watching closely.");
    expect(statementWith(x, "allies were watching closely")?.about_treaties).toEqual([]);
  });
});

describe("clause ends and adjuncts after the verb", () => {
  it("ends a reported clause before the speaker's next act and before 'which he said'", () => {
    const a = extract("Russia's foreign ministry said the American demands were unacceptable and accused Washington of trying to dictate terms.");
    expect(a.statements.map((s) => s.quote)).toEqual(["the American demands were unacceptable", "Washington of trying to dictate terms"]);
    const b = extract("Pentagon spokesman Jonathan Hoffman said the United States 'strongly objects' to the test, which he said was 'inconsistent with its duties'.");
    expect(b.statements[0]?.quote).toBe("the United States 'strongly objects' to the test");
  });

  it("reads 'CLAUSE, X said following his talks with Y' as the clause", () => {
    const x = extract("MOSCOW, December 23. /TASS/. Slovakia will look for every way to keep receiving gas, Slovak Prime Minister Robert Fico said following his talks with Vladimir Putin in the Kremlin.");
    expect(x.statements.map((s) => s.quote)).toEqual(["Slovakia will look for every way to keep receiving gas"]);
  });

  it("keeps a long title before the name and an anonymity participle out of the speaker", () => {
    expect(extract("The threats are irresponsible, Russia's Permanent Representative to International Organizations in Vienna Mikhail Ulyanov told TASS.").statements[0]?.speaker).toBe("Mikhail Ulyanov");
    expect(extract("Two U.S. officials, speaking on condition of anonymity, said the deployment could become permanent.").statements[0]?.speaker).toBe("Two U.S. officials");
  });

  it("reads no report in 'announced the withdrawal' after a fronted clause", () => {
    expect(extract("In 2018, then US President Donald Trump, who is due to return on January 20, announced the withdrawal of the United States from the agreement.").statements).toEqual([]);
  });
});

describe("reported clauses: audiences, colons, objects and participles", () => {
  it("opens the clause at a capitalised subject after 'told reporters'", () => {
    const x = extract("Zarif told reporters Iran had acted in good faith.");
    expect(x.statements.map((s) => s.quote)).toEqual(["Iran had acted in good faith"]);
  });

  it("ends a reported clause at a colon before a quotation", () => {
    const x = extract("But Sharon warned that Israel would not accept a return to attacks: \"Terror will not be allowed to destroy this opportunity.\"");
    expect(x.statements.map((s) => s.quote)).toEqual(["Israel would not accept a return to attacks", "Terror will not be allowed to destroy this opportunity."]);
  });

  it("reads no report in 'recalled its envoy', 'announced the emergency, saying ...' or an accord 'announced at a press conference'", () => {
    expect(extract("Egypt, which signed a peace treaty with Israel in 1979, recalled its envoy in 2000.").statements).toEqual([]);
    const x = extract("President Tayyip Erdogan announced the three-month emergency late on Wednesday, saying it would allow the state to act swiftly.");
    expect(x.statements.map((s) => s.quote)).toEqual(["it would allow the state to act swiftly"]);
    expect(extract("The accord, announced at a press conference in Madrid on Thursday, will now have to be turned into a legal text.").statements).toEqual([]);
  });
});

describe("what a statement opening with 'It' is about", () => {
  it("takes the treaty that was the subject of the same speaker's previous words", () => {
    const x = extract([
      "Chilean Foreign Minister Carla Rojas signed the Antofagasta Water Agreement with Bolivia on Monday.",
      "'The agreement we signed today is a landmark,' Ms Rojas said. 'It reflects a new level of trust between our countries.'",
    ].join("\n\n"));
    expect(statementWith(x, "It reflects")?.about_treaties).toEqual(["Antofagasta Water Agreement"]);
  });

  it("leaves 'It' alone after words whose subject was something else, and the empty 'it is clear that'", () => {
    const x = extract([
      "Carla Rojas said the talks on the Antofagasta Water Agreement had been hard.",
      "'It was the first visit by a Chilean minister in years,' Ms Rojas said.",
      "'The agreement is a landmark,' she said. 'It is clear that more work is needed.'",
    ].join("\n\n"));
    expect(statementWith(x, "It was the first visit")?.about_treaties).toEqual([]);
    expect(statementWith(x, "It is clear that")?.about_treaties).toEqual([]);
  });
});

describe("a verb of saying joined to a relative clause's verb", () => {
  it("takes the relative's antecedent for the speaker ('X, who visited the monastery and said ...')", () => {
    const x = extract("The dispute is sensitive for Georgian President Salome Zourabichvili, who visited the monastery last year and said Georgia would never give up the site.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([["Salome Zourabichvili", "Georgia would never give up the site"]]);
  });
});

describe("a speaker after an inverted 'said'", () => {
  it("does not take a clause with an irregular past verb for the speaker ('said the agreement gave ...')", () => {
    const x = extract("Parrikar, who has faced criticism at home that the pact would draw India into alliances, said the agreement gave neither side the right to station troops on the other's soil.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([["Parrikar", "the agreement gave neither side the right to station troops on the other's soil"]]);
  });

  it("reads counsel and whom they act for as the subject before 'said' ('Edward Fitzgerald QC, for Assange, said ...')", () => {
    const x = extract("Edward Fitzgerald QC, for Assange, said the treaty forbids extradition for political offences. James Lewis, for the prosecution, said it did not.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([
      ["Edward Fitzgerald", "the treaty forbids extradition for political offences"],
      ["James Lewis", "it did not"],
    ]);
  });
});

describe("words of membership and alliance", () => {
  it("links 'membership' and 'the new members' to the one treaty organisation the article names", () => {
    const x = extract("North Macedonia joined NATO on Friday. Zaev said membership had fulfilled the dream of generations. Stoltenberg said the new members had earned their place.");
    expect(statementWith(x, "membership had")?.about_treaties).toEqual(["North Atlantic Treaty Organization"]);
    expect(statementWith(x, "the new members")?.about_treaties).toEqual(["North Atlantic Treaty Organization"]);
  });

  it("links 'our allies' to the CSTO in an article on the CSTO, but not members of a parliament or a bloc's members", () => {
    const x = extract("Armenia hosted the CSTO summit. Sargsyan said it was hard to explain why allies who had pledged to defend each other sold arms to Baku.");
    expect(statementWith(x, "it was hard to explain")?.about_treaties).toEqual(["Collective Security Treaty Organization"]);
    const y = extract("Armenia hosted the CSTO summit. Sargsyan said family members of the victims deserved answers.");
    expect(statementWith(y, "family members")?.about_treaties).toEqual([]);
    const z = extract("Armenia hosted the CSTO summit. The EU said its members would send observers.");
    expect(statementWith(z, "its members")?.about_treaties).toEqual([]);
  });
});

describe("a quotation opening with 'It' after a paragraph of narrative", () => {
  it("takes the one agreement the narrative paragraph before it names", () => {
    const x = extract("Carter and Parrikar signed the Logistics Exchange Memorandum of Agreement at the Pentagon.\n\n“It will make operating together a great deal easier,” Carter told reporters.");
    expect(statementWith(x, "It will make")?.about_treaties).toEqual(["Logistics Exchange Memorandum of Agreement"]);
  });
});

describe("reported clauses: audiences after 'to', numbers after 'about', a later admission", () => {
  it("reads 'confirmed to TASS that ...' and 'said about 370 people ...', but not 'continued to demand that'", () => {
    expect(extract("Transneft confirmed to TASS that it had received applications.").statements.map((s) => s.quote)).toEqual(["it had received applications"]);
    expect(extract("Police said about 370 people had been held.").statements.map((s) => s.quote)).toEqual(["about 370 people had been held"]);
    expect(extract("Delegations continued to demand that Moscow comply.").statements).toEqual([]);
  });

  it("reads 'declared independence' as no report, and a participle after a closing 'when X ...' clause as X's", () => {
    expect(extract("Kosovo declared independence from Serbia in 2008, a move recognised by the United States.").statements).toEqual([]);
    expect(extract("Putin declared that the war was over.").statements.map((s) => s.quote)).toEqual(["the war was over"]);
    const x = extract("President Yoon Suk Yeol was impeached. The crisis erupted on December 3, when Yoon declared martial law, accusing the opposition of paralyzing the government.");
    expect(statementWith(x, "the opposition of")?.speaker).toBe("Yoon Suk Yeol");
  });

  it("reads 'told a press conference: QUOTE' as the quotation only, and 'rejected claims by X that ...' as no report", () => {
    expect(extract("Mr Netanyahu told a press conference in Jerusalem: 'We will not leave the corridor.'").statements.map((s) => [s.quote, s.direct]))
      .toEqual([["We will not leave the corridor.", true]]);
    expect(extract("He rejected claims by opposition parties that the government was hiding corruption.").statements).toEqual([]);
  });

  it("ends a clause at the speaker's own later admission and at a second present-tense predicate", () => {
    const x = extract("Governor Babajide Sanwo-Olu initially said nobody had died, but on Thursday admitted that two people had lost their lives.");
    expect(x.statements.map((s) => s.quote)).toEqual(["nobody had died", "two people had lost their lives"]);
    const y = extract("His supporters say the case is politically motivated and accuse the government of preparing to cede territory.");
    expect(y.statements.map((s) => s.quote)[0]).toBe("the case is politically motivated");
  });
});

describe("what the speaker calls a deal", () => {
  it("links 'This is a humiliating deal' to the one agreement its paragraph names", () => {
    const x = extract("Seoul and Tokyo signed the Kaesong Intelligence Pact on Wednesday. “This is a humiliating deal,” opposition leader Choo Mi-ae said.");
    expect(statementWith(x, "This is a humiliating deal")?.about_treaties).toEqual(["Kaesong Intelligence Pact"]);
  });
});

describe("a time phrase and an irregular past before the report", () => {
  it("reads 'Within hours, Turkey's foreign ministry hit back, claiming ...' as the ministry's words", () => {
    const x = extract("Greece and Egypt signed the deal. Within hours, Turkey's foreign ministry hit back, claiming there was no maritime border between Greece and Egypt.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Turkey's foreign ministry"]);
  });
});

describe("a report relayed by a news agency", () => {
  it("keeps the named speaker's report and drops the agency's relay of it", () => {
    const x = extract("President Xi Jinping met Pedro Kuczynski. Xi told Kuczynski that China regarded Peru as “a good friend and partner”, the official Xinhua news agency reported.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([
      ["Xi Jinping", "China regarded Peru as “a good friend and partner”"],
      ["Xi Jinping", "a good friend and partner"],
    ]);
  });

  it("names a news agency in a report by itself, not by the body that spoke before", () => {
    const x = extract("Peru’s foreign ministry said the talks went well. The two sides signed six accords, the official Xinhua news agency reported.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Peru’s foreign ministry", "official Xinhua news agency"]);
  });
});

describe("a crowd's chant or placard", () => {
  it("gives the chanted words to the crowd, not to the person the chant names", () => {
    const x = extract("Prime Minister Aram Petrosyan signed the deal. In the capital, hundreds of protesters chanting 'Aram is a traitor' broke into the parliament overnight.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([["hundreds of protesters", "Aram is a traitor"]]);
    const y = extract("Ivan Morozov was arrested. Journalists held placards reading 'Ivan Morozov is not a spy' outside the court on Tuesday.");
    expect(y.statements.map((s) => [s.speaker, s.quote])).toEqual([["Journalists", "Ivan Morozov is not a spy"]]);
  });
});

describe("reports whose verb is far from the subject or followed by a month", () => {
  it("reads 'NAME, who (a long relative clause), said ... that A' as NAME's report", () => {
    const x = extract("President Omar Hassan, who has received billions of dollars in foreign aid since he led the army’s overthrow of the elected president in 2013, said in a televised speech on Thursday that Freedonia “bows only to God”.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([
      ["Omar Hassan", "Freedonia “bows only to God”"],
      ["Omar Hassan", "bows only to God"],
    ]);
  });

  it("reads 'announced in May that' with the month, not the modal 'may'", () => {
    const x = extract("The penalties were lifted after the victim's sons announced in May that they had forgiven the killers.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([["the victim's sons", "they had forgiven the killers"]]);
  });
});

describe("subjects behind relative pronouns, durations, participles and subordinate clauses", () => {
  it("gives 'NAME, which says' to the state or group named before the comma, not to a thing", () => {
    expect(extract("The affair has also drawn in Freedonia, which says several of the men fought for the rebels.").statements.map((s) => s.speaker)).toEqual(["Freedonia"]);
    expect(extract("The treaty has not been ratified by Nato countries, which say they will wait until Moscow keeps its promises.").statements.map((s) => s.speaker)).toEqual(["Nato countries"]);
  });

  it("skips a duration after the auxiliary: 'X has for years argued that'", () => {
    const x = extract("Freedonia, the region’s most populous nation, has for years argued that the dam would give its neighbour control over the river.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Freedonia"]);
  });

  it("gives 'Leaders meeting without Britain for the first time said' to the leaders", () => {
    const x = extract("BRATISLAVA (Reuters) - European Union leaders meeting without Britain for the first time said on Friday they wanted London to act.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["European Union leaders"]);
  });

  it("reads the subject of a closing 'when' clause: a titled name, and before a participle a state", () => {
    const x = extract("The story emerged in April, when Prague 6 district mayor Ondrej Novak, who led the removal of a statue, said he had been placed under police protection.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Ondrej Novak"]);
    const y = extract("The missile treaty collapsed last August when the US pulled out, accusing Russia of violating it.");
    expect(y.statements.map((s) => [s.speaker, s.quote])).toEqual([["US", "Russia of violating it"]]);
  });
});

describe("reports with a quotation inside", () => {
  it("keeps the reported clause when a noun of its own stands before the quotation, not a lone pronoun", () => {
    const x = extract("Anna Berger told the BBC that neutrality \"cannot be a sleeping pill\".");
    expect(x.statements.map((s) => s.quote)).toEqual(["neutrality \"cannot be a sleeping pill\"", "cannot be a sleeping pill"]);
    expect(extract("Dilma Santos denied wrongdoing and said she was the victim of a plot.").statements.map((s) => s.quote)).toEqual(["she was the victim of a plot"]);
  });

  it("reads 'NAME, Lukashenko's spokeswoman, told state media that' as NAME's report", () => {
    const x = extract("Alexander Lukashenko met them. Maria Orlova, Lukashenko's spokeswoman, told state media that the prisoners had been 'free to say whatever they wanted'.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([
      ["Maria Orlova", "the prisoners had been 'free to say whatever they wanted'"],
      ["Maria Orlova", "free to say whatever they wanted"],
    ]);
  });

  it("ends the reported clause before the speaker's own appeal ('and called for', ', but he urged')", () => {
    expect(extract("President Michel Aoun said the ruling must be respected and called for calm in the interest of national unity.").statements.map((s) => s.quote))
      .toEqual(["the ruling must be respected"]);
    expect(extract("Foreign Secretary Jack Straw said Britain utterly condemns the attacks, but he urged Tashkent to respect human rights.").statements.map((s) => s.quote))
      .toEqual(["Britain utterly condemns the attacks"]);
  });

  it("ends the reported clause before 'but declined to say'", () => {
    const x = extract("Kremlin spokesman Dmitry Peskov said Moscow was watching the tests closely but declined to say whether its forces would act.");
    expect(x.statements.map((s) => s.quote)).toEqual(["Moscow was watching the tests closely"]);
  });

  it("gives a quotation after a state's verb of saying to the state, but not a term it names", () => {
    const x = extract("The United States has warned Turkey of 'serious potential consequences' after it test-fired the missiles.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([["United States", "serious potential consequences"]]);
    expect(extract("Hungary declared June 4 a 'day of national unity' in 2010.").statements).toEqual([]);
  });
});

describe("words a speaker calls a thing", () => {
  it("gives 'called the arrest a \"provocation\"' to the body that called it so", () => {
    const x = extract("The Russian embassy in Oslo called the arrest a 'provocation' and said the expulsion was 'unfounded'.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([
      ["Russian embassy in Oslo", "provocation"],
      ["Russian embassy in Oslo", "the expulsion was 'unfounded'"],
      ["Russian embassy in Oslo", "unfounded"],
    ]);
  });

  it("keeps 'what he called \"permanent revolution\"' and 'with NAME describing them as \"...\"'", () => {
    const x = extract("Vladimir Putin warned Western governments against what he called \"permanent revolution\" in the former Soviet states.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toContainEqual(["Vladimir Putin", "permanent revolution"]);
    const y = extract("The Kremlin reacted furiously to the claims, with spokesman Dmitry Peskov describing them as 'baseless and unacceptable'.");
    expect(y.statements.map((s) => [s.speaker, s.quote])).toEqual([["Dmitry Peskov", "baseless and unacceptable"]]);
  });

  it("reads 'RFE/RL President NAME' as the person", () => {
    const x = extract("RFE/RL President Thomas Kent called the release “long overdue” and said the broadcaster hoped she would return to work.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Thomas Kent", "Thomas Kent"]);
  });
});

describe("more shapes of reported speech", () => {
  it("reads 'said about 80 percent of those who ... had backed' as a clause", () => {
    const x = extract("The Central Election Commission said about 80 percent of those who cast ballots had backed the amendments.");
    expect(x.statements.map((s) => s.quote)).toEqual(["about 80 percent of those who cast ballots had backed the amendments"]);
  });

  it("ends a clause at ', adding that' after a closing quotation mark and reports what is added", () => {
    const x = extract("A senior Israeli official said the rapprochement would not come “at the expense of our friends,” adding that the two processes were separate.");
    expect(x.statements.map((s) => s.quote)).toEqual(["the rapprochement would not come “at the expense of our friends,”", "at the expense of our friends", "the two processes were separate"]);
  });

  it("gives a group's description of a thing to the group: 'Russian officials have described the bloc as \"militarised\"'", () => {
    expect(extract("Russian officials have described the bloc as increasingly “militarised”.").statements.map((s) => [s.speaker, s.quote])).toEqual([["Russian officials", "militarised"]]);
  });

  it("skips a source's description after 'according to NAME' in either order", () => {
    expect(extract("According to Nadia Farouk, a water policy researcher at a centre in Cairo, Egypt has few good options left.").statements.map((s) => s.quote)).toEqual(["Egypt has few good options left"]);
    expect(extract("That ruling has exposed the limits of international law, according to Kaisa Lind, a professor of maritime law at the University of Helsinki.").statements.map((s) => [s.speaker, s.quote])).toEqual([["Kaisa Lind", "That ruling has exposed the limits of international law"]]);
    expect(extract("According to Sergei Lavrov, the AUKUS partnership between Australia, Britain and the United States undermines the treaty.").statements.map((s) => s.quote)).toEqual(["the AUKUS partnership between Australia, Britain and the United States undermines the treaty"]);
  });

  it("reads 'cautioned that', 'reported to the head of state that', 'state television announced' and 'In NAME's words'", () => {
    expect(extract("Jack Straw cautioned that there would be difficult days ahead.").statements.map((s) => s.quote)).toEqual(["there would be difficult days ahead"]);
    expect(extract("Exercise commander Major General Oleg Vronsky reported to the head of state that all tasks had been completed.").statements.map((s) => [s.speaker, s.quote])).toEqual([["Oleg Vronsky", "all tasks had been completed"]]);
    expect(extract("Iran has executed a dissident journalist, state television announced today.").statements.map((s) => s.speaker)).toEqual(["state television"]);
    expect(extract("Hristo Markov met them. In Markov’s words, the country fully implements the agreement.").statements.map((s) => [s.speaker, s.quote])).toEqual([["Hristo Markov", "the country fully implements the agreement"]]);
    expect(extract("Minister Alexander Kurenkov visited the coast. In the minister's words, the ministry is setting up heating points along the coast.").statements.map((s) => s.speaker)).toEqual(["Alexander Kurenkov"]);
  });

  it("splits 'said A but cautioned that B' and 'said A but accused X of B', both the first speaker's", () => {
    const x = extract("Bharat Singh is the leader of Freedonia. The Tory leader, Michael Howard, said the reform was long overdue but accused ministers of having \"no plan\" for growers.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([
      ["Michael Howard", "the reform was long overdue"],
      ["Michael Howard", "ministers of having \"no plan\" for growers"],
      ["Michael Howard", "no plan"],
    ]);
    const y = extract("Council President Donald Tusk said the agreement would break the smugglers' business but cautioned that it would be no silver bullet.");
    expect(y.statements.map((s) => s.quote)).toEqual(["the agreement would break the smugglers' business", "it would be no silver bullet"]);
  });

  it("gives 'X confirmed that police had warned Vienna ..., and said that ...' to X, not to the police", () => {
    const x = extract("Interior Minister Karl Neumann later confirmed that Slovak police had warned Vienna in July that the man had tried to buy ammunition, and said that 'something obviously went wrong' in passing on the information.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Karl Neumann", "Slovak police", "Karl Neumann", "Karl Neumann"]);
  });

  it("keeps 'A senior official at the economy ministry' whole as the speaker", () => {
    const x = extract("Russia’s finance ministry said the loan was ready. A senior official at the economy ministry said the talks had stalled.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["Russia’s finance ministry", "A senior official at the economy ministry"]);
  });

  it("links 'too timid in defending it' to the treaty the sentence named", () => {
    const x = extract("Liberal Democrat spokesman Menzies Campbell said his party supported the Treaty of Nice but accused ministers of being too timid in defending it.");
    expect(x.statements.map((s) => s.about_treaties.length)).toEqual([1, 1]);
  });
});

describe("quotations with their speaker named elsewhere in the sentence", () => {
  it("reads 'in what Beijing called an \"outrageous\" escalation' and 'with a spokesman in Paris saying'", () => {
    expect(extract("The United States has ordered China to shut its consulate in Houston, in what Beijing called an 'outrageous and unjustified' escalation.").statements.map((s) => [s.speaker, s.quote])).toEqual([["Beijing", "outrageous and unjustified"]]);
    expect(extract("France also came to Canberra's defence, with a foreign ministry spokesman in Paris saying the tweet was 'insulting for all the countries concerned'.").statements.map((s) => s.speaker)).toContain("a foreign ministry spokesman in Paris");
  });

  it("gives a quotation to the person set off by commas after the subject, and not to one named in a possessive", () => {
    expect(extract("China's ambassador to London, Liu Xiaoming, warned Britain to 'stop interfering' in Hong Kong's affairs.").statements.map((s) => s.speaker)).toEqual(["Liu Xiaoming"]);
    expect(extract("Mikhail Galuzin spoke in Moscow. The Japanese Foreign Ministry called Galuzin’s remarks \"regrettable.\"").statements.map((s) => s.speaker)).toEqual(["Japanese Foreign Ministry"]);
  });

  it("reads a lower-case quotation that opens a reported clause as a fragment of it, not the whole report", () => {
    const x = extract("The commissioner, Alvaro Gil-Robles, said \"disappearances\" and torture were still widespread.");
    expect(x.statements.map((s) => s.quote)).toEqual(["\"disappearances\" and torture were still widespread", "disappearances"]);
    expect(extract("President Muhammadu Buhari said 'your voice has been heard' but did not mention the shooting.").statements.map((s) => s.quote)).toEqual(["your voice has been heard"]);
  });

  it("reads 'announced overnight that', 'Neighbouring Jordan' as Jordan, and ', but changed course' as the end of a report", () => {
    expect(extract("Nikol Pashinyan announced overnight that he had agreed to halt the war.").statements.map((s) => s.quote)).toEqual(["he had agreed to halt the war"]);
    expect(extract("Neighbouring Jordan, which signed a peace treaty with Israel in 1994, has warned of a 'massive conflict'.").statements.map((s) => s.speaker)).toEqual(["Jordan"]);
    expect(extract("Alassane Ouattara had said in March that he would step aside, but changed course in July.").statements.map((s) => s.quote)).toEqual(["he would step aside"]);
  });
});

describe("a sentence adverb before an inserted attribution", () => {
  it("reports the clause after 'At the same time, X said,' and 'In particular, X said,'", () => {
    const x = extract("At the same time, Kamynin said, Russian tourists continue to show interest in Portugal. In particular, the envoy said, trade had doubled.");
    expect(x.statements.map((s) => s.quote)).toEqual(["Russian tourists continue to show interest in Portugal", "trade had doubled"]);
  });
});

describe("the audience after a verb that reports the quotation before it", () => {
  it("reads no clause in 'told a news conference that lasted two hours' or 'told the ministers gathered for the ceremony'", () => {
    const x = extract("“We will not rest,” Blair told a news conference that lasted almost two hours. \"Today is a day of celebration,\" Jaap de Hoop Scheffer told the foreign ministers gathered for the ceremony.");
    expect(x.statements.map((s) => s.quote)).toEqual(["We will not rest", "Today is a day of celebration"]);
  });
});

describe("a short quotation before the noun it names", () => {
  it("reads the 'India first' policy as a name, a 'politicized' approach as the speaker's word", () => {
    const x = extract("Solih said the country would return to its traditional 'India first' policy. Lyubinsky said the ruling was the result of a \"politicized\" approach.");
    expect(x.statements.map((s) => [s.quote, s.direct])).toEqual([
      ["the country would return to its traditional 'India first' policy", false],
      ["the ruling was the result of a \"politicized\" approach", false],
      ["politicized", true],
    ]);
  });
});

describe("words of saying that are names or nouns", () => {
  it("reads no verb in 'Haitham bin Tariq Al Said' or in 'no say over'", () => {
    expect(extract("Within hours, his cousin Haitham bin Tariq Al Said, the culture minister, was sworn in.").statements).toEqual([]);
    const x = extract("Hollande said the deal gave Britain no say over decisions taken by countries that use the euro.");
    expect(x.statements.map((s) => s.quote)).toEqual(["the deal gave Britain no say over decisions taken by countries that use the euro"]);
  });
});

describe("participles that describe a noun", () => {
  it("reads no speaker in 'including two helicopters promised last year' or 'weapons promised by Washington'", () => {
    const x = extract("A Foreign Office spokesman said Britain's military assistance to Nepal, including two helicopters promised last year, was now under review.");
    expect(x.statements.map((s) => s.speaker)).toEqual(["A Foreign Office spokesman"]);
    const y = extract("The army's supplies, including weapons promised by Washington, were late, officials said.");
    expect(y.statements.map((s) => s.speaker)).toEqual(["officials"]);
  });
});

describe("an agency quoting someone 'as saying'", () => {
  it("gives the words to the one quoted, after a quotation or before a clause, and to the subject of 'was quoted as saying'", () => {
    const x = extract([
      "The dam on the river was finished last year.",
      "\"The project will help farmers,\" Xinhua quoted Zhang Yunbo, head of the project administration, as saying.",
      "The agency quoted Li Wei as saying the dam was safe.",
      "\"We are proud of it,\" engineer Wang Fang was quoted as saying.",
    ].join("\n\n"));
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([
      ["Zhang Yunbo", "The project will help farmers"],
      ["Li Wei", "the dam was safe"],
      ["Wang Fang", "We are proud of it"],
    ]);
  });
});

describe("who speaks in relative and reduced clauses", () => {
  it("reads a plural group before ', which have argued', the people after 'something', and no report in 'a problem highlighted in'", () => {
    const x = extract([
      "But the decision angered some northern governments, which have long argued that the Commission is too soft on big spenders.",
      "Belgrade undertook to co-operate with the tribunal, something critics say it has done only under pressure.",
      "NATO commanders have complained that moving troops across the Baltic states is slow because of the rail gauges, a problem highlighted in exercises this year.",
    ].join("\n\n"));
    expect(x.statements.map((s) => s.speaker)).toEqual(["some northern governments", "critics", "NATO commanders"]);
  });
});

describe("a restrictive 'who' after people in the plural", () => {
  it("makes them the speakers: '... condemned by human rights groups who say it traps migrants ...'", () => {
    const x = extract("The memorandum, which was renewed in February, has been condemned by human rights groups who say it traps migrants in detention centres.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([["human rights groups", "it traps migrants in detention centres"]]);
  });
});

describe("a name with an apposition before 'told reporters' and a clause without 'that'", () => {
  it("reports the clause after the audience, not the subject and its apposition", () => {
    const x = extract("Viktor Ozerov, head of the upper house's defence committee, told reporters the air base deal gave Russia a clear legal basis.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([["Viktor Ozerov", "the air base deal gave Russia a clear legal basis"]]);
  });
});

describe("'claims' after a bare verb that a modal governs", () => {
  it("is the verb's object, no report: 'Syria cannot bring claims over damage'", () => {
    expect(extract("Under the accord, Syria cannot bring claims over damage caused by the air group.").statements).toEqual([]);
  });
});

describe("statements: a day's possessive, coordinated body nouns, a relative clause the report goes on after", () => {
  it("reads 'said Monday’s attack would ...' as the clause, not a day's time adverbial", () => {
    const x = extract("Tourism accounts for about 7 percent of the economy, and analysts said Monday’s attack would deal a further blow to hopes of a recovery.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([["analysts", "Monday’s attack would deal a further blow to hopes of a recovery"]]);
  });

  it("reads 'the interior and defence ministries said' as one speaker", () => {
    const x = extract("Islamist militants stormed an army barracks on Monday, sparking street battles, the interior and defence ministries said.");
    expect(x.statements.map((s) => s.quote)).toEqual(["Islamist militants stormed an army barracks on Monday, sparking street battles"]);
  });

  it("keeps a relative clause with a quoted name inside the report when the clause goes on after it", () => {
    const x = extract("Abdelmadjid Tebboune noted that cooperation with Russia, which he called \"a time-tested friend,\" continued to develop in energy and defense.");
    expect(statementWith(x, "cooperation with Russia")?.quote).toBe("cooperation with Russia, which he called \"a time-tested friend,\" continued to develop in energy and defense");
  });

  it("reads 'In his words, \"...\"' as the person's quotation", () => {
    const x = extract([
      "SCO Secretary-General Zhang Ming said the attack was a crime.",
      "In his words, \"a stable and peaceful Afghanistan is in the interests of all countries of the region.\"",
    ].join("\n\n"));
    expect(statementWith(x, "a stable and peaceful")?.speaker).toBe("Zhang Ming");
    expect(statementWith(x, "a stable and peaceful")?.direct).toBe(true);
  });

  it("reads a source with a describing bracket or an acronym's bracket after 'According to'", () => {
    const x = extract("According to the Taliban (a movement under UN sanctions for terrorist activities), a suicide bomber detonated explosives as the minister was leaving his office.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([["Taliban", "a suicide bomber detonated explosives as the minister was leaving his office"]]);
    const y = extract("According to the Syrian Observatory for Human Rights (SOHR), 12 people died in the strikes.");
    expect(y.statements.map((s) => s.quote)).toEqual(["12 people died in the strikes"]);
  });

  it("ends an 'accused X of Y' report before another's attribution with a caption bracket ('..., while NAME (right) says')", () => {
    const x = extract("Armenian Prime Minister Nikol Pashinyan (left) has accused Turkey of sending mercenaries, while Azerbaijan's President Ilham Aliyev (right) says his army needs no outside help.");
    expect(x.statements.map((s) => [s.speaker, s.quote])).toEqual([["Nikol Pashinyan", "Turkey of sending mercenaries"], ["Ilham Aliyev", "his army needs no outside help"]]);
  });
});

describe("statements: a second report in the same sentence", () => {
  it("ends 'Cairo says A' before 'and insists that B', a second verb in the present", () => {
    const x = extract("ADDIS ABABA (Reuters) - Cairo says the project threatens its water supply and insists that no filling can begin without a binding deal.");
    expect(statementWith(x, "the project threatens")?.quote).toBe("the project threatens its water supply");
    expect(statementWith(x, "no filling")?.speaker).toBe("Cairo");
  });

  it("ends a report before ', but a senior official at the elections office said ...', and names 'Her Popular Force party' without the pronoun", () => {
    const x = extract("Fujimori did not concede. Her Popular Force party said it would challenge some tally sheets, but a senior official at the elections office said the appeals were unlikely to change the outcome.");
    const party = statementWith(x, "it would challenge");
    expect(party?.quote).toBe("it would challenge some tally sheets");
    expect(party?.speaker).toBe("Popular Force party");
    expect(statementWith(x, "the appeals were")?.speaker).toMatch(/senior official/);
  });

  it("ends 'has said A' before 'but agreed to ...', the speaker's own next act", () => {
    const x = extract("Trump, who takes office in three weeks, has said the country should move on but agreed to meet intelligence officials next week.");
    expect(statementWith(x, "the country should")?.quote).toBe("the country should move on");
  });
});
