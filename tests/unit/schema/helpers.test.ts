// The small pure pieces the API leans on: Lucene escaping, page windows and cursors, token checks, field costs.
import { complexityFromQuery } from "@pothos/plugin-complexity";
import { offsetToCursor } from "@pothos/plugin-relay";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.js";
import { ingestPermission, tokenMatches } from "../../../src/context.js";
import { escapeLucene, toLuceneQuery } from "../../../src/resolvers/search.js";
import { schema } from "../../../src/schema/index.js";
import { pageRequest, toConnection } from "../../../src/schema/pagination.js";

const config = loadConfig({ MAX_PAGE_SIZE: "100" });

describe("Lucene query from user text", () => {
  it("escapes every special character", () => {
    expect(escapeLucene('a+b-c!(d){e}[f]^"g~h*i?j:k\\l/m&n|o')).toBe('a\\+b\\-c\\!\\(d\\)\\{e\\}\\[f\\]\\^\\"g\\~h\\*i\\?j\\:k\\\\l\\/m\\&n\\|o');
  });

  it("neutralises operator words and adds a prefix match for the last word", () => {
    expect(toLuceneQuery("CSTO AND NOT Russia")).toBe("CSTO and not Russia Russia*");
    expect(toLuceneQuery("Lukash")).toBe("Lukash Lukash*");
    expect(toLuceneQuery('title:x^2 "')).toBe('title\\:x\\^2 \\"');
    expect(toLuceneQuery("   ")).toBe("");
  });
});

describe("pagination arguments", () => {
  it("defaults to 20 and reads one extra row to know hasNextPage", () => {
    expect(pageRequest({}, { config })).toEqual({ first: 20, skip: 0, take: 21 });
  });

  it("rejects first outside 0..MAX_PAGE_SIZE, naming the argument and the maximum", () => {
    expect(() => pageRequest({ first: 100_000 }, { config })).toThrow(/'first' must be between 0 and 100 \(MAX_PAGE_SIZE\); got 100000/);
    expect(() => pageRequest({ first: -1 }, { config })).toThrow(/'first'/);
  });

  it("continues after a cursor and rejects one it did not make", () => {
    expect(pageRequest({ first: 5, after: offsetToCursor(9) }, { config })).toEqual({ first: 5, skip: 10, take: 6 });
    expect(() => pageRequest({ after: "bm9wZQ==" }, { config })).toThrow(/'after' is not a cursor/);
  });

  it("builds a Relay connection from a page", () => {
    const c = toConnection({ totalCount: 12, nodes: ["a", "b", "c"] }, { first: 2, skip: 4, take: 3 });
    expect(c.totalCount).toBe(12);
    expect(c.edges.map((e) => e.node)).toEqual(["a", "b"]);
    expect(c.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: offsetToCursor(4), endCursor: offsetToCursor(5) });
  });
});

describe("the ingest token", () => {
  const token = "a-long-enough-ingest-token";
  it("needs the exact bearer token, and refuses everything when none is configured", () => {
    expect(ingestPermission(`Bearer ${token}`, token)).toEqual({ ingest: true, refusal: null });
    expect(ingestPermission(`bearer   ${token}`, token).ingest).toBe(true);
    expect(ingestPermission(null, token)).toEqual({ ingest: false, refusal: "missing" });
    expect(ingestPermission(`Basic ${token}`, token).refusal).toBe("missing");
    expect(ingestPermission(`Bearer ${token}x`, token)).toEqual({ ingest: false, refusal: "wrong" });
    expect(ingestPermission(`Bearer ${token}`, undefined)).toEqual({ ingest: false, refusal: "disabled" });
  });

  it("compares tokens of any length without throwing", () => {
    expect(tokenMatches("short", token)).toBe(false);
    expect(tokenMatches(token, token)).toBe(true);
  });
});

describe("field costs", () => {
  const cost = (query: string, variables = {}) => complexityFromQuery(query, { schema, ctx: { config }, variables }).complexity;

  it("multiplies a connection's selection by first, not by a list factor again", () => {
    const ten = cost(`{ people(first: 10) { edges { node { name } } } }`);
    const fifty = cost(`{ people(first: 50) { edges { node { name } } } }`);
    expect(fifty).toBeGreaterThan(ten);
    expect(fifty).toBeLessThan(200);
  });

  it("reads first from variables, and caps it at MAX_PAGE_SIZE (the page-size error names it instead)", () => {
    const q = `query($n: Int) { people(first: $n) { edges { node { name } } } }`;
    expect(cost(q, { n: 100 })).toBe(cost(q, { n: 100_000 }));
  });

  it("nested pages multiply", () => {
    expect(cost(`{ people(first: 100) { edges { node { statements(first: 100) { edges { node { text } } } } } } }`)).toBeGreaterThan(5000);
  });
});
