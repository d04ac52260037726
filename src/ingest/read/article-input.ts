// Validates one article object (a JSON/NDJSON record or an ingestArticles mutation input) into a
// ParsedArticle: { title, body, url?, source?, publishedAt?, tags? }. A bad object gets an InputError
// with plain reasons ("title is missing; publishedAt is not an ISO 8601 date").
import { z } from "zod";
import type { ParsedArticle } from "../types.js";
import { articleId } from "./article-id.js";
import { InputError } from "./input-error.js";
import { detectSource } from "./plain-text.js";

// Date, or date-time with optional seconds, fraction and zone: 2024-03-01, 2024-03-01T09:30:00Z, ...+03:00.
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function isIsoDate(value: string): boolean {
  if (!ISO_8601.test(value)) return false;
  const [y, m, d] = value.slice(0, 10).split("-").map(Number);
  const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  // Rejects 2024-02-30 and friends, which Date would roll over silently.
  return date.getUTCFullYear() === y && date.getUTCMonth() + 1 === m && date.getUTCDate() === d && !Number.isNaN(Date.parse(value.replace(" ", "T")));
}

const nullToUndefined = (v: unknown) => (v === null ? undefined : v);

const requiredText = (field: string) =>
  z.preprocess(
    nullToUndefined,
    z
      .string({ required_error: `${field} is missing`, invalid_type_error: `${field} must be a string` })
      .refine((s) => s.trim() !== "", `${field} is empty`),
  );

const optionalText = (field: string) =>
  z.preprocess(nullToUndefined, z.string({ invalid_type_error: `${field} must be a string` }).optional());

const articleInputSchema = z.object(
  {
    title: requiredText("title"),
    body: requiredText("body"),
    url: optionalText("url").refine((u) => u === undefined || u.trim() === "" || /^https?:\/\/\S+$/i.test(u.trim()), "url is not an http(s) URL"),
    source: optionalText("source"),
    publishedAt: optionalText("publishedAt").refine((d) => d === undefined || d.trim() === "" || isIsoDate(d.trim()), "publishedAt is not an ISO 8601 date"),
    tags: z.preprocess(
      nullToUndefined,
      z.array(z.string({ invalid_type_error: "tags must be a list of strings" }), { invalid_type_error: "tags must be a list of strings" }).optional(),
    ),
  },
  { invalid_type_error: "expected an article object { title, body, url?, source?, publishedAt?, tags? }" },
);

export type ArticleInput = z.input<typeof articleInputSchema>;

/** Paragraphs trimmed and separated by one blank line, as the plain-text reader produces them. */
export function normaliseBody(body: string): string {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .join("\n\n");
}

const blankToNull = (s: string | undefined) => (s === undefined || s.trim() === "" ? null : s.trim());

export function parseArticleInput(input: unknown, origin: string): ParsedArticle {
  const parsed = articleInputSchema.safeParse(input);
  if (!parsed.success) {
    const reasons = [...new Set(parsed.error.issues.map((issue) => issue.message))];
    throw new InputError(origin, reasons.join("; "));
  }
  const { title: rawTitle, body: rawBody, url, source, publishedAt, tags } = parsed.data;
  const title = rawTitle.replace(/\s+/g, " ").trim();
  const body = normaliseBody(rawBody);
  const cleanUrl = blankToNull(url);
  return {
    id: articleId(title, body, cleanUrl),
    title,
    body,
    text: `${title}\n\n${body}`,
    url: cleanUrl,
    source: blankToNull(source) ?? detectSource(body),
    publishedAt: blankToNull(publishedAt),
    tags: [...new Set((tags ?? []).map((t) => t.replace(/\u00a0/g, " ").trim()).filter(Boolean))],
    origin,
  };
}
