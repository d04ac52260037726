// The printed schema is committed and current, and carries the names DESIGN.md fixes for clients.
import { readFileSync } from "node:fs";
import { buildSchema, isObjectType, lexicographicSortSchema, printSchema, type GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../../../src/schema/index.js";

const committed = readFileSync(new URL("../../../schema.graphql", import.meta.url), "utf8");

describe("schema.graphql", () => {
  it("is what the code builds (run `npm run schema:print` after changing src/schema)", () => {
    expect(committed.replace(/^#.*\n\n/, "")).toBe(`${printSchema(lexicographicSortSchema(schema))}\n`);
  });
});

describe("the public contract of DESIGN.md", () => {
  const printed = buildSchema(committed);
  const fields = (type: string) => Object.keys((printed.getType(type) as GraphQLObjectType).getFields());

  it("Node interface and node(id:)", () => {
    expect(printed.getType("Node")).toBeDefined();
    expect(fields("Query")).toContain("node");
    for (const t of ["Person", "State", "Treaty", "Organization", "Statement", "Article"]) {
      const type = printed.getType(t);
      expect(isObjectType(type) && type.getInterfaces().map((i) => i.name)).toEqual(["Node"]);
    }
  });

  it("root fields", () => {
    expect(fields("Query")).toEqual(
      expect.arrayContaining(["person", "state", "treaty", "people", "states", "treaties", "articles", "statements", "search", "graph", "path"]),
    );
    expect(fields("Mutation")).toEqual(expect.arrayContaining(["ingestArticles", "deleteArticle"]));
    expect(fields("Subscription")).toContain("articleIngested");
  });

  it("object fields", () => {
    expect(fields("Person")).toEqual(expect.arrayContaining(["id", "name", "aliases", "offices", "statements", "mentionedIn"]));
    expect(fields("State")).toEqual(expect.arrayContaining(["id", "name", "aliases", "isoCode", "treaties", "leaders", "statementsAbout", "mentionedIn"]));
    expect(fields("Treaty")).toEqual(expect.arrayContaining(["id", "name", "aliases", "kind", "members", "statementsAbout", "mentionedIn"]));
    expect(fields("Statement")).toEqual(
      expect.arrayContaining(["id", "text", "direct", "speaker", "speakerText", "about", "aboutTreaties", "aboutStates", "aboutPersons", "article", "start", "end"]),
    );
    expect(fields("Article")).toEqual(expect.arrayContaining(["id", "title", "source", "url", "publishedAt", "tags", "statements", "mentions"]));
    expect(fields("Office")).toEqual(expect.arrayContaining(["title", "state"]));
    expect(fields("Leader")).toEqual(expect.arrayContaining(["title", "person"]));
    expect(fields("Graph")).toEqual(expect.arrayContaining(["nodes", "edges"]));
    expect(fields("GraphNode")).toEqual(expect.arrayContaining(["id", "type", "label"]));
    expect(fields("GraphEdge")).toEqual(expect.arrayContaining(["id", "type", "source", "target"]));
    for (const c of ["PersonConnection", "StateConnection", "TreatyConnection", "ArticleConnection", "StatementConnection"]) {
      expect(fields(c)).toEqual(expect.arrayContaining(["edges", "pageInfo", "totalCount"]));
    }
  });

  it("arguments and inputs", () => {
    const query = printed.getQueryType()!.getFields();
    const args = (f: string) => query[f]!.args.map((a) => a.name);
    expect(args("statements")).toEqual(expect.arrayContaining(["where", "first", "after"]));
    for (const f of ["people", "states", "treaties", "articles"]) expect(args(f)).toEqual(expect.arrayContaining(["first", "after", "search"]));
    expect(String(query["graph"]!.args.find((a) => a.name === "depth")!.defaultValue)).toBe("1");
    expect(String(query["graph"]!.args.find((a) => a.name === "limit")!.defaultValue)).toBe("200");
    expect(Object.keys((printed.getType("StatementWhere") as GraphQLObjectType).getFields())).toEqual(
      expect.arrayContaining(["speaker", "aboutTreaty", "aboutState", "aboutPerson", "textContains", "direct", "article"]),
    );
    expect(Object.keys((printed.getType("ArticleInput") as GraphQLObjectType).getFields())).toEqual(
      expect.arrayContaining(["title", "body", "url", "source", "publishedAt", "tags"]),
    );
    expect(printSchema(printed)).toMatch(/union Speaker = Organization \| Person \| State/);
  });
});
