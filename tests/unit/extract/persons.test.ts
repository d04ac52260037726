import { describe, expect, it } from "vitest";
import { extract } from "./helpers.js";

describe("persons", () => {
  it("reads roles from titles before the name", () => {
    const x = extract("Turkish Foreign Minister Hakan Fidan met NATO Secretary General Mark Rutte on Monday.");
    const fidan = x.persons.find((p) => p.name === "Hakan Fidan");
    expect(fidan?.roles).toContainEqual({ title: "Foreign Minister", state: "Turkey" });
    const rutte = x.persons.find((p) => p.name === "Mark Rutte");
    expect(rutte?.roles).toContainEqual({ title: "Secretary General", org: "North Atlantic Treaty Organization" });
  });

  it("reads 'the President of X NAME'", () => {
    const x = extract("The talks were opened by the President of Kazakhstan Kassym-Jomart Tokayev in Astana.");
    expect(x.persons[0]?.roles).toContainEqual({ title: "President", state: "Kazakhstan" });
  });

  it("groups the full name, surname, honorific and spelling variants", () => {
    const x = extract("Dmitri Volkov, a lawyer, was arrested. Mr Volkov denied the charges. Dmitry Volkov's wife was not present.");
    expect(x.persons).toHaveLength(1);
    expect(x.persons[0]?.aliases).toEqual(expect.arrayContaining(["Volkov", "Mr Volkov"]));
  });

  it("names unknown people by a given name, a title or an apposition", () => {
    const x = extract("Ingrid Solberg, an analyst at a Oslo institute, said the plan was bold. Senator Brad Kowalczyk disagreed.");
    const names = x.persons.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Ingrid Solberg", "Brad Kowalczyk"]));
  });

  it("uses the gazetteer's full name for a surname-only mention", () => {
    const x = extract("President Erdogan met Mr Orban in Budapest.");
    const names = x.persons.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Recep Tayyip Erdogan", "Viktor Orban"]));
  });

  it("does not take places, months or institutions for people", () => {
    const x = extract("In March the Black Sea Fleet and the General Staff held drills near Sevastopol.");
    expect(x.persons).toEqual([]);
  });
});
