// Runs the extractor on an invented article (title + body paragraphs) and offers small finders for assertions.
import { extractText } from "../../../src/ingest/extract/index.js";
import type { ExtractedStatement, Extraction } from "../../../src/ingest/types.js";

export function extract(body: string, title = "Test article"): Extraction {
  return extractText(title, `${title}\n\n${body}`);
}

export function statementWith(x: Extraction, quoteStart: string): ExtractedStatement | undefined {
  return x.statements.find((s) => s.quote.startsWith(quoteStart));
}
