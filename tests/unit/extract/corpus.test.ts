// The seed article's key facts, straight from the extractor. Quality floors on the whole dev corpus and the
// held-out sets are checked with the official scorer in tests/unit/extraction-quality.test.ts.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createExtractor } from "../../../src/ingest/extract/index.js";
import { parsePlainText } from "../../../src/ingest/read/plain-text.js";

const SEED = join(process.cwd(), "..", "shared", "corpus", "dev", "000_seed.txt");

describe.skipIf(!existsSync(SEED))("the seed article", () => {
  it("gets Lukashenko's office, the CSTO's six members and his quotation about the CSTO and the Union State", async () => {
    const x = await createExtractor().extract(parsePlainText(readFileSync(SEED, "utf8"), SEED));
    const lukashenko = x.persons.find((p) => p.name === "Alexander Lukashenko");
    expect(lukashenko?.roles).toContainEqual({ title: "President", state: "Belarus" });
    const csto = x.treaties.find((t) => t.name === "Collective Security Treaty Organization");
    expect(new Set(csto?.members_mentioned)).toEqual(new Set(["Russia", "Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Tajikistan"]));
    const quote = x.statements.find((s) => s.direct && s.quote.includes("Collective Security Treaty Organization"));
    expect(quote?.speaker).toBe("Alexander Lukashenko");
    expect(quote?.about_treaties).toEqual(expect.arrayContaining(["Collective Security Treaty Organization", "Union State of Russia and Belarus"]));
    expect(x.states).not.toContain("Uzbekistan");
  });
});
