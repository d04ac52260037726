// An article's key: its URL when it has one, else a hash of the normalised title and body, so the
// same text read twice (from .txt or JSON, with other whitespace) gets the same id.
import { createHash } from "node:crypto";

export function normaliseForHash(text: string): string {
  return text.normalize("NFC").replace(/\u00a0/g, " ").replace(/\s+/g, " ").trim();
}

export function articleId(title: string, body: string, url: string | null): string {
  if (url) return url;
  const digest = createHash("sha256").update(`${normaliseForHash(title)}\n${normaliseForHash(body)}`).digest("hex");
  return `sha256:${digest.slice(0, 32)}`;
}

/** Hash of everything the graph derives from, to tell an unchanged re-ingest from a changed article. */
export function contentHash(parts: { title: string; body: string; url: string | null; source: string | null; publishedAt: string | null; tags: string[] }): string {
  return createHash("sha256").update(JSON.stringify([parts.title, parts.body, parts.url, parts.source, parts.publishedAt, parts.tags])).digest("hex");
}
