// Canonical names for treaties, alliances and organisations, from the extractor's gazetteer
// (data/gazetteer/treaties.json, organizations.json): "CSTO" in one article and "Collective Security Treaty
// Organization" in another get one id whatever order they arrive in, under the name `extract` prints.
// The label stays the extractor's choice.
import { nameKey } from "../../names.js";
import { ORGS, TREATIES } from "../extract/gazetteer.js";

interface KnownEntity {
  name: string;
  aliases: string[];
}

let byKey: Map<string, KnownEntity> | undefined;

/** The canonical entry for a name or acronym, if the gazetteer knows it. */
export function lookupKnownEntity(name: string): KnownEntity | undefined {
  if (!byKey) {
    byKey = new Map();
    for (const entry of [...TREATIES.values(), ...ORGS.values()]) {
      const known = { name: entry.name, aliases: entry.aliases };
      for (const form of [entry.name, ...entry.aliases]) {
        const key = nameKey(form);
        // Canonical names win over aliases; the first entry wins between aliases.
        if (form === entry.name || !byKey.has(key)) byKey.set(key, known);
      }
    }
  }
  return byKey.get(nameKey(name));
}
