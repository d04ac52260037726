// Reads the plain-text article format: title on the first line, a blank line, paragraphs separated by
// blank lines, and optionally a last line of comma-separated tags (which may begin with a no-break space).
import type { ParsedArticle } from "../types.js";
import { articleId } from "./article-id.js";
import { InputError } from "./input-error.js";

const TAG_LINE_MAX_ITEM_WORDS = 5;

/** A last line is a tag line when it starts with (no-break) spaces, or is a comma list of short items without sentence punctuation. */
function isTagLine(line: string): boolean {
  const items = line.split(",").map((s) => s.trim());
  if (items.length < 2 || items.some((i) => i === "")) return false;
  if (/^[\u00a0 \t]/.test(line)) return true;
  return items.every((i) => i.split(/\s+/).length <= TAG_LINE_MAX_ITEM_WORDS && !/[.!?:;"“”]/.test(i));
}

/** Agency named in the copy: "BELTA reports", "(Reuters) -", "/TASS/". */
export function detectSource(body: string): string | null {
  const patterns = [/\/([A-Z][A-Za-z-]{1,15})\/\./, /\(([A-Z][A-Za-z-]{1,15})\)\s+[–—-]/, /\b([A-Z][A-Za-z]{1,15}|[A-Z]{2,10}) reports\b/];
  for (const pattern of patterns) {
    const match = pattern.exec(body);
    if (match?.[1]) return match[1];
  }
  return null;
}

export function parsePlainText(content: string, origin: string): ParsedArticle {
  const normalised = content.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (normalised.trim() === "") throw new InputError(origin, "the file is empty");
  const lines = normalised.split("\n");
  const firstContent = lines.findIndex((l) => l.trim() !== "");
  const title = (lines[firstContent] ?? "").trim();
  let rest = lines.slice(firstContent + 1);
  while (rest.length && (rest[rest.length - 1] ?? "").trim() === "") rest.pop();

  let tags: string[] = [];
  const last = rest[rest.length - 1];
  // The tag line must be a paragraph of its own (a blank line before it) and not the only paragraph.
  if (last !== undefined && rest.length >= 3 && (rest[rest.length - 2] ?? "").trim() === "" && isTagLine(last)) {
    tags = last.split(",").map((t) => t.replace(/\u00a0/g, " ").trim()).filter(Boolean);
    rest = rest.slice(0, -1);
  }
  const paragraphs = rest
    .join("\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) throw new InputError(origin, "the article has a title but no body");
  const body = paragraphs.join("\n\n");
  return {
    id: articleId(title, body, null),
    title,
    body,
    text: `${title}\n\n${body}`,
    url: null,
    source: detectSource(body),
    publishedAt: null,
    tags,
    origin,
  };
}
