// The read stage: every format, and every bad input with its exact one-line error.
import { mkdtemp, mkdir, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseArticleInput, parsePlainText, readArticles, InputError, type ReadResult } from "../../../src/ingest/read/index.js";

const MB = 1024 * 1024;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ingest-read-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await mkdir(join(path, ".."), { recursive: true });
  await writeFile(path, content);
  return path;
}

async function readAll(paths: string[], options: { maxBytes?: number; stdin?: AsyncIterable<Uint8Array | string> } = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readArticles(paths, { maxBytes: options.maxBytes ?? 10 * MB, stdin: options.stdin })) out.push(r);
  return out;
}

/** The one-line message a user sees: "origin: reason". */
const lines = (results: ReadResult[]) => results.map((r) => (r.failure ? `${r.failure.origin}: ${r.failure.reason}` : `ok ${r.article.origin}`));

const article = { title: "Ministers meet in Vienna", body: "Foreign ministers met on Tuesday.\n\nThey agreed to meet again." };

describe("plain text", () => {
  it("reads title, paragraphs and a tag line", async () => {
    const path = await put("a.txt", "Title here\n\nFirst paragraph.\n\nSecond paragraph.\n\n\u00a0 Belarus, CSTO, Russia\n");
    const [r] = await readAll([path]);
    expect(r?.article).toMatchObject({ title: "Title here", body: "First paragraph.\n\nSecond paragraph.", tags: ["Belarus", "CSTO", "Russia"], origin: path });
    expect(r?.article?.text).toBe("Title here\n\nFirst paragraph.\n\nSecond paragraph.");
    expect(r?.article?.id).toMatch(/^sha256:[0-9a-f]{32}$/);
  });

  it("refuses each bad file with a one-line reason naming it", async () => {
    const empty = await put("bad/empty.txt", "");
    const blank = await put("bad/blank.txt", "  \n\n \n");
    const binary = await put("bad/binary.txt", Buffer.from([0x54, 0x69, 0x74, 0x00, 0x6c, 0x65]));
    const latin1 = await put("bad/latin1.txt", Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0xe9, 0x0a]));
    const titleOnly = await put("bad/title-only.txt", "Just a title\n\n\n");
    const missing = join(dir, "bad/missing.txt");
    expect(lines(await readAll([empty, blank, binary, latin1, titleOnly, missing]))).toEqual([
      `${empty}: the file is empty`,
      `${blank}: the file is empty`,
      `${binary}: the file is binary (it contains NUL bytes), not an article`,
      `${latin1}: the file is not valid UTF-8 (first bad byte at offset 5)`,
      `${titleOnly}: the article has a title but no body`,
      `${missing}: no such file or directory`,
    ]);
  });

  it("refuses a 50 MB file from its size alone, quickly", async () => {
    const huge = join(dir, "huge.txt");
    await writeFile(huge, "");
    await truncate(huge, 50 * MB); // sparse: nothing is written, and nothing must be read
    const started = performance.now();
    const heapBefore = process.memoryUsage().heapUsed;
    expect(lines(await readAll([huge]))).toEqual([`${huge}: the file is 50.0 MB, over the limit of 10.0 MB (MAX_INGEST_BYTES)`]);
    expect(performance.now() - started).toBeLessThan(500);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(10 * MB);
  });

  it("keeps parsePlainText's contract", () => {
    expect(() => parsePlainText("Title\n", "x.txt")).toThrow(new InputError("x.txt", "the article has a title but no body"));
    expect(new InputError("x.txt", "the file is empty").message).toBe("x.txt: the file is empty");
  });
});

describe("JSON and NDJSON", () => {
  it("reads one object or an array of them; a bad item is one failure", async () => {
    const one = await put("one.json", JSON.stringify({ ...article, url: "https://example.org/a", source: "Reuters", publishedAt: "2024-03-01", tags: ["NATO"] }));
    const many = await put("many.json", JSON.stringify([article, { body: "No title here." }, { title: "T", body: "  " }]));
    const results = await readAll([one, many]);
    expect(lines(results)).toEqual([`ok ${one}`, `ok ${many}[0]`, `${many}[1]: title is missing`, `${many}[2]: body is empty`]);
    expect(results[0]?.article).toMatchObject({ id: "https://example.org/a", url: "https://example.org/a", source: "Reuters", publishedAt: "2024-03-01", tags: ["NATO"] });
  });

  it("names line and column of malformed JSON", async () => {
    const bad = await put("bad.json", '{\n  "title": "x"\n  "body": "y"\n}');
    const cut = await put("cut.json", '[{"title": "x", "body": "y"}');
    const quote = await put("quote.json", "{'title': 'x'}");
    const notArticle = await put("number.json", "42");
    const emptyArray = await put("empty-array.json", "[]");
    expect(lines(await readAll([bad, cut, quote, notArticle, emptyArray]))).toEqual([
      `${bad}: malformed JSON at line 3, column 3: expected ',' or '}' after a property value`,
      `${cut}: malformed JSON at line 1, column 29: unexpected end of input`,
      `${quote}: malformed JSON at line 1, column 2: expected a property name in double quotes`,
      `${notArticle}: expected a JSON article object or an array of them`,
      `${emptyArray}: the JSON array holds no articles`,
    ]);
  });

  it("reads NDJSON line by line; a bad line names file:line and the others go on", async () => {
    const path = await put("feed.ndjson", [JSON.stringify(article), '{"title": "Broken", body: 1}', "", JSON.stringify({ title: "Second", body: "Text." }), "[1]"].join("\n"));
    const jsonl = await put("feed.jsonl", `${JSON.stringify({ ...article, publishedAt: "yesterday" })}\n`);
    expect(lines(await readAll([path, jsonl]))).toEqual([
      `ok ${path}:1`,
      `${path}:2: malformed JSON at column 21: expected a property name in double quotes`,
      `ok ${path}:4`,
      `${path}:5: expected an article object { title, body, url?, source?, publishedAt?, tags? }`,
      `${jsonl}:1: publishedAt is not an ISO 8601 date`,
    ]);
  });
});

describe("directories and standard input", () => {
  it("walks a directory recursively in sorted order, known extensions only", async () => {
    const root = join(dir, "tree");
    await put("tree/b.txt", "B title\n\nB body.");
    await put("tree/a/z.ndjson", `${JSON.stringify(article)}\n`);
    await put("tree/a/y.json", JSON.stringify(article));
    await put("tree/notes.md", "# not an article");
    await put("tree/.hidden.txt", "Hidden\n\nNot read.");
    expect(lines(await readAll([root]))).toEqual([`ok ${join(root, "a/y.json")}`, `ok ${join(root, "a/z.ndjson")}:1`, `ok ${join(root, "b.txt")}`]);
    await mkdir(join(dir, "empty-dir"));
    expect(lines(await readAll([join(dir, "empty-dir")]))).toEqual([`${join(dir, "empty-dir")}: no article files (.txt, .json, .ndjson, .jsonl) in this directory`]);
  });

  it("reads '-' from standard input, recognising the format", async () => {
    const stdin = (text: string | Buffer) => Readable.from([Buffer.from(text)]);
    expect((await readAll(["-"], { stdin: stdin("Stdin title\n\nStdin body.") }))[0]?.article?.title).toBe("Stdin title");
    expect(lines(await readAll(["-"], { stdin: stdin(JSON.stringify([article, article])) }))).toEqual(["ok stdin[0]", "ok stdin[1]"]);
    expect(lines(await readAll(["-"], { stdin: stdin(`${JSON.stringify(article)}\n${JSON.stringify(article)}\n`) }))).toEqual(["ok stdin:1", "ok stdin:2"]);
    expect(lines(await readAll(["-"], { stdin: stdin("") }))).toEqual(["stdin: standard input is empty"]);
    expect(lines(await readAll(["-"], { stdin: stdin("x".repeat(2048)), maxBytes: 1024 }))).toEqual(["stdin: standard input is over the limit of 1.0 KB (MAX_INGEST_BYTES)"]);
  });
});

describe("parseArticleInput", () => {
  it("gives plain reasons, all at once", () => {
    const reason = (input: unknown) => {
      try {
        parseArticleInput(input, "mutation[0]");
        return "ok";
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(reason({ body: "x" })).toBe("mutation[0]: title is missing");
    expect(reason({ title: "x", body: "" })).toBe("mutation[0]: body is empty");
    expect(reason({ title: null, body: 3 })).toBe("mutation[0]: title is missing; body must be a string");
    expect(reason({ ...article, publishedAt: "01/02/2024" })).toBe("mutation[0]: publishedAt is not an ISO 8601 date");
    expect(reason({ ...article, publishedAt: "2024-02-30" })).toBe("mutation[0]: publishedAt is not an ISO 8601 date");
    expect(reason({ ...article, publishedAt: "2024-02-29T10:15:00+03:00" })).toBe("ok");
    expect(reason({ ...article, url: "example.org/a" })).toBe("mutation[0]: url is not an http(s) URL");
    expect(reason({ ...article, tags: "NATO" })).toBe("mutation[0]: tags must be a list of strings");
    expect(reason("text")).toBe("mutation[0]: expected an article object { title, body, url?, source?, publishedAt?, tags? }");
  });

  it("gives the same id and text as the plain-text reader for the same article", () => {
    const fromJson = parseArticleInput({ title: "  Ministers meet  ", body: "Foreign ministers met.\r\n\r\n  They agreed.  " }, "m");
    const fromText = parsePlainText("Ministers meet\n\nForeign ministers met.\n\nThey agreed.\n", "t.txt");
    expect(fromJson.id).toBe(fromText.id);
    expect(fromJson.text).toBe(fromText.text);
    expect(parseArticleInput({ ...article, source: "" }, "m").source).toBeNull();
  });
});
