// Read stage: paths (files, directories, "-" for standard input) -> ReadResult, one at a time, so one
// bad input never stops the others. Formats by extension: .txt plain text, .json, .ndjson/.jsonl; a file
// named explicitly with another extension (or stdin) is recognised by its content. Directories are walked
// recursively in sorted order, taking only known extensions and skipping dot-files. Sizes are checked
// with stat before reading, so an oversized file is refused without being read.
import { open, readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { decodeText, formatBytes } from "./decode.js";
import { InputError } from "./input-error.js";
import { parseJsonArticles, parseNdjsonArticles } from "./json-articles.js";
import { parsePlainText } from "./plain-text.js";
import type { ReadResult } from "./read-result.js";

export const ARTICLE_EXTENSIONS = [".txt", ".json", ".ndjson", ".jsonl"] as const;
export const STDIN_ORIGIN = "stdin";

export interface ReadOptions {
  /** Largest input accepted, in bytes (config.limits.maxIngestBytes). */
  maxBytes: number;
  /** Where "-" reads from; process.stdin by default. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

type Format = "text" | "json" | "ndjson" | "sniff";

function formatOf(path: string): Format {
  switch (extname(path).toLowerCase()) {
    case ".txt":
      return "text";
    case ".json":
      return "json";
    case ".ndjson":
    case ".jsonl":
      return "ndjson";
    default:
      return "sniff";
  }
}

const failure = (origin: string, reason: string): ReadResult => ({ failure: { origin, reason } });

function fsReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "too many symbolic links";
  const message = error instanceof Error ? error.message : String(error);
  return `cannot read: ${message.split("\n")[0] ?? message}`;
}

function tooLarge(what: string, size: number, maxBytes: number): string {
  return `${what} is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)} (MAX_INGEST_BYTES)`;
}

/** Parses decoded content by format; InputErrors become failures. */
export function parseContent(content: string, origin: string, format: Format): ReadResult[] {
  let resolved = format;
  if (resolved === "sniff") {
    const head = content.trimStart()[0];
    if (head === "[") resolved = "json";
    else if (head === "{") resolved = content.trim().includes("\n") && !looksLikeOneJsonValue(content) ? "ndjson" : "json";
    else resolved = "text";
  }
  try {
    if (resolved === "json") return parseJsonArticles(content, origin);
    if (resolved === "ndjson") return parseNdjsonArticles(content, origin);
    return [{ article: parsePlainText(content, origin) }];
  } catch (error) {
    if (error instanceof InputError) return [failure(error.origin, error.reason)];
    throw error;
  }
}

function looksLikeOneJsonValue(content: string): boolean {
  try {
    JSON.parse(content);
    return true;
  } catch {
    return false;
  }
}

/** Reads one file, refusing it by size before reading and by content after. */
export async function readArticleFile(path: string, options: ReadOptions, format = formatOf(path)): Promise<ReadResult[]> {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    return [failure(path, fsReason(error))];
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return [failure(path, "not a regular file")];
    if (info.size > options.maxBytes) return [failure(path, tooLarge("the file", info.size, options.maxBytes))];
    // Read at most maxBytes + 1, in case the file grew after stat.
    const buffer = Buffer.alloc(Math.min(info.size, options.maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > options.maxBytes) return [failure(path, tooLarge("the file", length, options.maxBytes))];
    return parseContent(decodeText(buffer.subarray(0, length), path), path, format);
  } catch (error) {
    if (error instanceof InputError) return [failure(error.origin, error.reason)];
    return [failure(path, fsReason(error))];
  } finally {
    await handle.close();
  }
}

/** Files under dir with a known extension, recursively, dot-files skipped, sorted by path. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = join(current, entry.name);
      // Symbolic links are followed by stat; a broken one is skipped like an unknown file.
      const kind = entry.isSymbolicLink() ? await stat(full).catch(() => undefined) : entry;
      if (kind?.isDirectory()) await walk(full);
      else if (kind?.isFile() && (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase())) found.push(full);
    }
  };
  await walk(dir);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function readStdin(options: ReadOptions): Promise<ReadResult[]> {
  const source = options.stdin ?? process.stdin;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk);
    size += bytes.length;
    if (size > options.maxBytes) return [failure(STDIN_ORIGIN, `standard input is over the limit of ${formatBytes(options.maxBytes)} (MAX_INGEST_BYTES)`)];
    chunks.push(bytes);
  }
  try {
    return parseContent(decodeText(Buffer.concat(chunks), STDIN_ORIGIN), STDIN_ORIGIN, "sniff");
  } catch (error) {
    if (error instanceof InputError) return [failure(error.origin, error.reason.replace("the file", "standard input"))];
    throw error;
  }
}

/** Every article in the given paths, in order; failures in place of what could not be read. */
export async function* readArticles(paths: string[], options: ReadOptions): AsyncGenerator<ReadResult> {
  for (const path of paths) {
    if (path === "-") {
      yield* await readStdin(options);
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield failure(path, fsReason(error));
      continue;
    }
    if (!info.isDirectory()) {
      yield* await readArticleFile(path, options);
      continue;
    }
    let files: string[];
    try {
      files = await listArticleFiles(path);
    } catch (error) {
      yield failure(path, fsReason(error));
      continue;
    }
    if (files.length === 0) yield failure(path, `no article files (${ARTICLE_EXTENSIONS.join(", ")}) in this directory`);
    for (const file of files) yield* await readArticleFile(file, options);
  }
}
