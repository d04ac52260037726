// npm run --silent extract -- FILE...
// Prints one JSON array, one extraction object per input file in the order given (extraction-format.md),
// and nothing else on stdout. Touches no database. A file that cannot be read gets {file, error} in its
// place, a one-line message on stderr, and exit code 1.
import { readFile } from "node:fs/promises";
import { createExtractor } from "../ingest/extract/index.js";
import { parsePlainText } from "../ingest/read/plain-text.js";
import type { Extraction } from "../ingest/types.js";

async function main(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    console.error("usage: npm run --silent extract -- FILE...");
    return 2;
  }
  const extractor = createExtractor();
  const results: Array<Extraction | { file: string; error: string }> = [];
  let failed = 0;
  for (const file of paths) {
    try {
      const article = parsePlainText(await readFile(file, "utf8"), file);
      results.push({ file, ...(await extractor.extract(article)) });
    } catch (error) {
      failed++;
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`extract: ${reason.startsWith(file) ? reason : `${file}: ${reason}`}`);
      results.push({ file, error: reason });
    }
  }
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
