// npm run --silent extract -- FILE...
// Prints one JSON array, one extraction object per article in input order (extraction-format.md), and nothing
// else on stdout. Takes .txt, .json, .ndjson/.jsonl files, directories and "-" (stdin); `file` names the input
// ("a.ndjson:3" for a line, "a.json[2]" for an array item). Touches no database. An input that cannot be read
// gets {file, error} in its place, a one-line message on stderr, and exit code 1.
import { ConfigError, loadConfig } from "../config.js";
import { createExtractor } from "../ingest/extract/index.js";
import { readArticles } from "../ingest/read/read-articles.js";
import type { Extraction } from "../ingest/types.js";

async function main(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    console.error("usage: npm run --silent extract -- FILE...");
    return 2;
  }
  let maxBytes: number;
  try {
    maxBytes = loadConfig().limits.maxIngestBytes;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`extract: ${error.message}`);
    return 2;
  }
  const extractor = createExtractor();
  const results: Array<Extraction | { file: string; error: string }> = [];
  let failed = 0;
  for await (const result of readArticles(paths, { maxBytes })) {
    if (result.failure) {
      failed++;
      console.error(`extract: ${result.failure.origin}: ${result.failure.reason}`);
      results.push({ file: result.failure.origin, error: result.failure.reason });
      continue;
    }
    const file = result.article.origin;
    try {
      // `file` first in the printed object, and always the input's name whatever the extractor put there.
      results.push(Object.assign({ file }, await extractor.extract(result.article), { file }));
    } catch (error) {
      failed++;
      const reason = error instanceof Error ? error.message.split("\n")[0] ?? error.message : String(error);
      console.error(`extract: ${file}: ${reason}`);
      results.push({ file, error: reason });
    }
  }
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
