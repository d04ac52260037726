// Runs the extractor over ../shared/corpus/dev and checks it against the gold with the scorer's matching
// rules (token-bag F1 >= 0.5 for quotes, surname matching for persons), with floors a little under what
// rules-v1 reaches, and the seed article's key facts.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createExtractor } from "../../../src/ingest/extract/index.js";
import { parsePlainText } from "../../../src/ingest/read/plain-text.js";
import type { Extraction } from "../../../src/ingest/types.js";

const CORPUS = join(process.cwd(), "..", "shared", "corpus");
const DEV = join(CORPUS, "dev");
const GOLD = join(CORPUS, "gold");
const hasCorpus = existsSync(DEV) && existsSync(GOLD);

interface Gold {
  persons: Array<{ name: string; aliases?: string[] }>;
  states: string[];
  statements: Array<{ speaker: string | null; quote: string; borderline?: boolean; co_speakers?: string[] }>;
}

const norm = (s: string | null | undefined) => String(s ?? "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
  .replace(/[’'`]/g, "'").replace(/[^a-z0-9' ]+/g, " ").replace(/\s+/g, " ").trim().replace(/^the /, "");
const tokens = (s: string) => norm(s).split(" ").filter(Boolean);
function quoteSim(a: string, b: string): number {
  const ta = tokens(a), tb = tokens(b);
  const bag = new Map<string, number>();
  for (const t of tb) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) if ((bag.get(t) ?? 0) > 0) { common++; bag.set(t, (bag.get(t) ?? 0) - 1); }
  if (!common) return 0;
  const p = common / ta.length, r = common / tb.length;
  return (2 * p * r) / (p + r);
}
const surname = (s: string) => tokens(s).at(-1) ?? "";
const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

async function runAll(): Promise<Array<{ file: string; gold: Gold; pred: Extraction; title: string }>> {
  const extractor = createExtractor();
  const out = [];
  for (const file of readdirSync(DEV).filter((f) => f.endsWith(".txt")).sort()) {
    const content = readFileSync(join(DEV, file), "utf8");
    const pred = await extractor.extract(parsePlainText(content, file));
    const gold = JSON.parse(readFileSync(join(GOLD, file.replace(/\.txt$/, ".json")), "utf8")) as Gold;
    out.push({ file, gold, pred, title: content.split("\n")[0] ?? "" });
  }
  return out;
}

describe.skipIf(!hasCorpus)("dev corpus", () => {
  it("stays above the quality floors", async () => {
    let sTp = 0, sFp = 0, sFn = 0, spRight = 0, pTp = 0, pFp = 0, pFn = 0, stTp = 0, stFp = 0, stFn = 0;
    for (const { gold, pred, title } of await runAll()) {
      const used = new Set<number>();
      for (const p of pred.statements) {
        let best = -1, bestSim = 0.5;
        gold.statements.forEach((g, j) => {
          const s = quoteSim(p.quote, g.quote);
          if (!used.has(j) && s > bestSim) { best = j; bestSim = s; }
        });
        const g = gold.statements[best];
        if (g) {
          used.add(best);
          sTp++;
          const names = [g.speaker, ...(g.co_speakers ?? [])].filter((n): n is string => Boolean(n));
          if (names.some((n) => norm(n) === norm(p.speaker) || surname(n) === surname(p.speaker ?? ""))) spRight++;
        } else if (!(norm(title).includes(norm(p.quote)) || quoteSim(p.quote, title) >= 0.6)) sFp++;
      }
      sFn += gold.statements.filter((g, j) => !used.has(j) && !g.borderline).length;
      const gp = new Set(gold.persons.map((p) => surname(p.name)));
      const pp = new Set(pred.persons.map((p) => surname(p.name)));
      pTp += [...pp].filter((s) => gp.has(s)).length;
      pFp += [...pp].filter((s) => !gp.has(s)).length;
      pFn += [...gp].filter((s) => !pp.has(s)).length;
      const gs = new Set(gold.states.map(norm));
      const ps = new Set(pred.states.map(norm));
      stTp += [...ps].filter((s) => gs.has(s)).length;
      stFp += [...ps].filter((s) => !gs.has(s)).length;
      stFn += [...gs].filter((s) => !ps.has(s)).length;
    }
    expect(f1(sTp, sFp, sFn)).toBeGreaterThanOrEqual(0.97);
    expect(spRight / sTp).toBeGreaterThanOrEqual(0.97);
    expect(f1(pTp, pFp, pFn)).toBeGreaterThanOrEqual(0.97);
    expect(f1(stTp, stFp, stFn)).toBeGreaterThanOrEqual(0.98);
  });

  it("gets the seed article's key facts", async () => {
    const seed = (await runAll()).find((r) => r.file.startsWith("000_seed"));
    const x = seed?.pred as Extraction;
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
