// Canonical names for treaties, alliances and organisations that wire copy names by acronym or full
// name interchangeably, so "CSTO" in one article and "Collective Security Treaty Organization" in
// another get one id whatever order they arrive in. The label stays the extractor's choice.
import { nameKey } from "../../names.js";

interface KnownEntity {
  name: string;
  aliases: string[];
}

const KNOWN: KnownEntity[] = [
  { name: "Collective Security Treaty Organization", aliases: ["CSTO", "Collective Security Treaty Organisation"] },
  { name: "North Atlantic Treaty Organization", aliases: ["NATO", "North Atlantic Alliance", "North Atlantic Treaty Organisation"] },
  { name: "European Union", aliases: ["EU", "E.U."] },
  { name: "United Nations", aliases: ["UN", "U.N.", "United Nations Organization"] },
  { name: "Union State", aliases: ["Union State of Russia and Belarus", "Union State of Belarus and Russia"] },
  { name: "Commonwealth of Independent States", aliases: ["CIS"] },
  { name: "Eurasian Economic Union", aliases: ["EAEU", "EAEC", "EEU"] },
  { name: "Shanghai Cooperation Organisation", aliases: ["SCO", "Shanghai Cooperation Organization"] },
  { name: "Organization for Security and Co-operation in Europe", aliases: ["OSCE", "Organization for Security and Cooperation in Europe"] },
  { name: "African Union", aliases: ["AU"] },
  { name: "Association of Southeast Asian Nations", aliases: ["ASEAN"] },
  { name: "International Atomic Energy Agency", aliases: ["IAEA"] },
  { name: "World Trade Organization", aliases: ["WTO"] },
  { name: "Organization of the Petroleum Exporting Countries", aliases: ["OPEC"] },
  { name: "Group of Seven", aliases: ["G7", "G-7"] },
  { name: "Group of Twenty", aliases: ["G20", "G-20"] },
  { name: "Treaty on the Non-Proliferation of Nuclear Weapons", aliases: ["NPT", "Non-Proliferation Treaty", "Nuclear Non-Proliferation Treaty"] },
  { name: "Intermediate-Range Nuclear Forces Treaty", aliases: ["INF Treaty", "INF"] },
  { name: "New START", aliases: ["New START Treaty", "New Strategic Arms Reduction Treaty"] },
];

let byKey: Map<string, KnownEntity> | undefined;

/** The canonical entry for a name or acronym, if it is one of the well-known ones. */
export function lookupKnownEntity(name: string): KnownEntity | undefined {
  if (!byKey) {
    byKey = new Map();
    for (const entity of KNOWN) for (const n of [entity.name, ...entity.aliases]) byKey.set(nameKey(n), entity);
  }
  return byKey.get(nameKey(name));
}
