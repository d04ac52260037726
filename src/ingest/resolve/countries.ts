// State names -> ISO 3166-1 (alpha-2 is the State id). The extractor's gazetteer decides the canonical name
// (so the graph says what `npm run extract` prints: "Turkey", "Czech Republic"); the world-countries data adds
// iso3 and the official names and Latin-script spellings that become aliases, plus newsroom forms ("U.S.").
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Country } from "world-countries";
import { nameKey } from "../../names.js";
import { STATE_BY_NAME, STATES } from "../extract/gazetteer.js";

export interface StateInfo {
  /** ISO 3166-1 alpha-2: the State node id. */
  iso2: string;
  iso3: string;
  /** Common English short name ("Russia"). */
  name: string;
  /** Official English name and Latin-script alternative spellings, without the common name. */
  aliases: string[];
}

// The package's ESM entry re-exports JSON without an import attribute, which Node 20 refuses; load the JSON directly.
const countries = createRequire(import.meta.url)("world-countries/countries.json") as Country[];

const NEWSROOM_NAMES: Record<string, string[]> = {
  US: ["U.S.", "USA", "U.S.A.", "America", "United States of America"],
  GB: ["UK", "U.K.", "Britain", "Great Britain"],
  RU: ["Russian Federation"],
  BY: ["Republic of Belarus"],
  TR: ["Turkey", "Republic of Turkey"],
  CZ: ["Czech Republic"],
  NL: ["Holland"],
  MM: ["Burma"],
  CI: ["Ivory Coast"],
  CD: ["DR Congo", "DRC"],
  KP: ["DPRK"],
  KR: ["Republic of Korea"],
  CN: ["PRC", "People's Republic of China"],
  AE: ["UAE"],
  VA: ["Holy See", "the Vatican"],
  MK: ["Macedonia"],
  SZ: ["Swaziland"],
  CV: ["Cape Verde"],
  TL: ["East Timor"],
};

const LATIN = /^[\p{Script=Latin}\p{N}\s.,'’()-]+$/u;

function build(): { byKey: Map<string, StateInfo>; byIso2: Map<string, StateInfo> } {
  const byKey = new Map<string, StateInfo>();
  const byIso2 = new Map<string, StateInfo>();
  // Sovereign states first, so a name shared with a territory resolves to the state.
  const ordered = [...countries].sort((a, b) => Number(b.independent === true) - Number(a.independent === true));
  for (const c of ordered) {
    const extra = NEWSROOM_NAMES[c.cca2] ?? [];
    const alternatives = [c.name.official, ...c.altSpellings.filter((s) => s.length > 3 && LATIN.test(s) && !s.includes(",")), ...extra];
    const aliases = [...new Set(alternatives.filter((a) => a !== c.name.common))];
    const info: StateInfo = { iso2: c.cca2, iso3: c.cca3, name: c.name.common, aliases };
    byIso2.set(c.cca2, info);
    for (const name of [c.name.common, ...aliases]) {
      const key = nameKey(name);
      if (key && !byKey.has(key)) byKey.set(key, info);
    }
  }
  return { byKey, byIso2 };
}

let tables: ReturnType<typeof build> | undefined;

// States that no longer exist but that the extractor names; ISO 3166-3 keeps their codes reserved.
const FORMER_STATES: Record<string, StateInfo> = {
  SU: { iso2: "SU", iso3: "SUN", name: "Soviet Union", aliases: ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"] },
  CS: { iso2: "CS", iso3: "SCG", name: "Serbia and Montenegro", aliases: ["Serbia-Montenegro", "State Union of Serbia and Montenegro"] },
};

/** The state a name stands for ("Russian Federation", "the United States", "U.S."), or undefined. */
export function lookupState(name: string): StateInfo | undefined {
  tables ??= build();
  const trimmed = name.trim();
  const iso = STATE_BY_NAME.get(trimmed) ?? tables.byKey.get(nameKey(trimmed))?.iso2 ?? (/^[A-Z]{2}$/.test(trimmed) ? trimmed : undefined);
  if (iso === undefined) return FORMER_STATES[STATE_BY_NAME.get(trimmed) ?? ""];
  const info = tables.byIso2.get(iso) ?? FORMER_STATES[iso];
  if (!info) return undefined;
  const canonical = STATES.get(iso)?.name ?? info.name;
  if (canonical === info.name) return info;
  return { ...info, name: canonical, aliases: [...new Set([info.name, ...info.aliases])].filter((a) => a !== canonical) };
}

interface Supplement {
  capitals: Record<string, string[]>;
  extraDemonyms: Record<string, string[]>;
  ambiguousDemonyms: string[];
}

let metonyms: Map<string, string> | undefined;

/** Capitals and demonyms that stand for a state's government when it speaks ("Moscow said", "the Russians said"). */
function buildMetonyms(): Map<string, string> {
  const supplement = JSON.parse(readFileSync(new URL("../../../data/gazetteer/states-supplement.json", import.meta.url), "utf8")) as Supplement;
  const ambiguous = new Set(supplement.ambiguousDemonyms.map(nameKey));
  const map = new Map<string, string>();
  const add = (form: string, iso: string) => {
    const key = nameKey(form);
    if (key && !ambiguous.has(key) && !map.has(key)) map.set(key, iso);
  };
  for (const [iso, forms] of Object.entries(supplement.capitals)) for (const form of forms) add(form, iso);
  for (const [iso, forms] of Object.entries(supplement.extraDemonyms)) for (const form of forms) add(form, iso);
  for (const c of countries.filter((c) => c.independent === true)) {
    const demonym = c.demonyms?.eng;
    if (demonym) for (const form of [demonym.m, demonym.f]) add(form, c.cca2);
  }
  return map;
}

/**
 * The state a speaker text stands for: a name as lookupState reads it, or a capital or demonym used for the
 * government ("Moscow", "Washington", "Russian"). Only for speakers, where the metonymy is certain; a capital in
 * running text may be just a place.
 */
export function lookupSpeakingState(name: string): StateInfo | undefined {
  const direct = lookupState(name);
  if (direct) return direct;
  metonyms ??= buildMetonyms();
  const iso = metonyms.get(nameKey(name));
  return iso ? lookupState(iso) : undefined;
}
