import { describe, expect, it } from "vitest";
import { findQuotes } from "../../../src/ingest/extract/quotes.js";
import { cachedRegExp, tokenize } from "../../../src/ingest/extract/tokens.js";

const inner = (text: string) => findQuotes(text, 0, text.length, 0).map((q) => text.slice(q.start, q.end));

describe("findQuotes", () => {
  it("reads curly and straight double quotes and drops the trailing comma", () => {
    expect(inner("“We will respond,” the minister said.")).toEqual(["We will respond"]);
    expect(inner('"The talks are over," he said.')).toEqual(["The talks are over"]);
  });

  it("tells single quotes from apostrophes", () => {
    const text = "Poland's leader said Russia's 'aggression won't pay' and Belarus' border stays shut.";
    expect(inner(text)).toEqual(["aggression won't pay"]);
  });

  it("keeps nested quotes inside the outer quotation", () => {
    const text = "\"By signing the 'grain pact', Oslo lost its leverage,\" it added.";
    expect(inner(text)).toEqual(["By signing the 'grain pact', Oslo lost its leverage"]);
  });

  it("runs an unclosed quotation to the paragraph end", () => {
    const q = findQuotes("'We are ready to talk.", 0, 22, 3);
    expect(q).toHaveLength(1);
    expect(q[0]?.open).toBe(true);
    expect(q[0]?.atParagraphStart).toBe(true);
  });

  it("splits a quotation that reopens without closing", () => {
    const text = 'He said: "Europe must stay united. "That is the point of the pact."';
    expect(inner(text)).toEqual(["Europe must stay united.", "That is the point of the pact."]);
  });
});

describe("cachedRegExp", () => {
  it("builds a pattern once and refuses stateful flags", () => {
    const a = cachedRegExp("\\b1997\\b");
    expect(cachedRegExp("\\b1997\\b")).toBe(a);
    expect(a.test("the 1997 act")).toBe(true);
    expect(cachedRegExp("\\b1997\\b", "i")).not.toBe(a);
    expect(() => cachedRegExp("x", "g")).toThrow();
  });

  it("leaves tokenize reusable after a call (the shared word pattern is reset)", () => {
    expect(tokenize("The Minsk agreements").map((t) => t.text)).toEqual(["The", "Minsk", "agreements"]);
    expect(tokenize("Kyiv said").map((t) => t.text)).toEqual(["Kyiv", "said"]);
  });
});
