// JSON and NDJSON article files. JSON: one article object or an array of them (an item's origin is
// "file.json[2]"). NDJSON/JSON Lines: one object per line ("file.ndjson:12"); a bad line is one failure
// and the other lines go on.
import type { ReadResult } from "./read-result.js";
import { parseArticleInput } from "./article-input.js";
import { InputError } from "./input-error.js";
import { JsonSyntaxError, parseJson } from "./json-syntax.js";

function toResult(value: unknown, origin: string): ReadResult {
  try {
    return { article: parseArticleInput(value, origin) };
  } catch (error) {
    if (error instanceof InputError) return { failure: { origin: error.origin, reason: error.reason } };
    throw error;
  }
}

export function parseJsonArticles(content: string, origin: string): ReadResult[] {
  let value: unknown;
  try {
    value = parseJson(content);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return [{ failure: { origin, reason: `malformed JSON at ${error.message}` } }];
    throw error;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return [{ failure: { origin, reason: "the JSON array holds no articles" } }];
    return value.map((item, i) => toResult(item, `${origin}[${i}]`));
  }
  if (value === null || typeof value !== "object") {
    return [{ failure: { origin, reason: "expected a JSON article object or an array of them" } }];
  }
  return [toResult(value, origin)];
}

export function parseNdjsonArticles(content: string, origin: string): ReadResult[] {
  const results: ReadResult[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const lineOrigin = `${origin}:${i + 1}`;
    let value: unknown;
    try {
      value = parseJson(line);
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error;
      results.push({ failure: { origin: lineOrigin, reason: `malformed JSON at column ${error.column}: ${error.detail}` } });
      return;
    }
    results.push(toResult(value, lineOrigin));
  });
  if (results.length === 0) results.push({ failure: { origin, reason: "the file is empty" } });
  return results;
}
