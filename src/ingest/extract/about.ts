// What a statement is about: the treaties, states and persons its words name or clearly refer to,
// including anaphors ("the alliance"), role phrases ("the Russian President") and deixis ("our country").
import type { Span } from "../types.js";
import type { Mention, MentionIndex } from "./mentions.js";
import type { PersonCluster } from "./persons.js";
import type { Speaker, SpeakerResolver } from "./speakers.js";
import { roleHeadOf } from "./speakers.js";
import { STATES } from "./gazetteer.js";
import { treatyKindOf } from "./treaty-text.js";

export interface About {
  treaties: string[];
  states: string[];
  persons: string[];
}

const DEIXIS_RE = /\b(?:our|my|this|the|his|her|their) (?:own )?country\b|\bour nation\b|\bour state\b/gi;
const GROUPS: Record<string, string[]> = { "baltic states": ["EE", "LV", "LT"], "baltic countries": ["EE", "LV", "LT"], "baltic nations": ["EE", "LV", "LT"], baltics: ["EE", "LV", "LT"] };
const ROLE_PHRASE_RE = /\b(?:the|The)\s+((?:[A-Z][\w-]+|former|top)\s+)?(President|president|Prime Minister|prime minister|Chancellor|chancellor|Foreign Minister|foreign minister|leader|Leader|head of state)\b/g;

export function aboutOf(
  text: string, span: Span, speaker: Speaker | null, mentions: MentionIndex, clusters: readonly PersonCluster[],
  resolver: SpeakerResolver,
): About {
  const treaties = new Set<string>();
  const states = new Set<string>();
  const persons = new Set<string>();
  const within = mentions.within(span.start, span.end);
  for (const m of within) {
    if (m.type === "Treaty" && !framesInstrument(text, m, within)) treaties.add(m.name);
    else if (m.type === "State") states.add(m.name);
    else if (m.type === "Person") {
      const c = clusters[Number(m.name)];
      if (c && c !== speaker?.cluster) persons.add(c.name);
    }
  }
  const quote = text.slice(span.start, span.end);
  if (speaker?.iso && DEIXIS_RE.test(quote)) {
    const name = STATES.get(speaker.iso)?.name;
    if (name) states.add(name);
  }
  DEIXIS_RE.lastIndex = 0;
  const lower = quote.toLowerCase();
  for (const [phrase, isos] of Object.entries(GROUPS)) {
    if (lower.includes(phrase)) for (const iso of isos) states.add(STATES.get(iso)?.name ?? iso);
  }
  for (const rm of quote.matchAll(ROLE_PHRASE_RE)) {
    const head = roleHeadOf(`the ${(rm[2] ?? "").toLowerCase()}`);
    if (!head) continue;
    const at = span.start + (rm.index ?? 0);
    const isoMention = mentions.within(at, at + rm[0].length).find((m) => m.iso);
    if (!isoMention && !rm[1]) continue;
    const c = resolver.byRole(head, isoMention?.iso, at, span);
    if (c && c !== speaker?.cluster) persons.add(c.name);
  }
  return { treaties: [...treaties], states: [...states], persons: [...persons] };
}

// "the 1999 treaty creating the Union State", "the pact establishing the CSTO": an organisation named in a treaty's
// description says which treaty; the statement is about the treaty.
const FRAMED_BY_RE = /^\s*,?\s*(?:(?:that|which)\s+)?(?:creating|created|establishing|established|founding|founded|within)\s+(?:the\s+)?$/;
function framesInstrument(text: string, m: Mention, within: readonly Mention[]): boolean {
  const kind = treatyKindOf(m);
  if (kind !== "ORGANIZATION" && kind !== "UNION") return false;
  return within.some((t) => t !== m && t.type === "Treaty" && t.name !== m.name && treatyKindOf(t) !== "ORGANIZATION" && treatyKindOf(t) !== "UNION"
    && t.end <= m.start && FRAMED_BY_RE.test(text.slice(t.end, m.start)));
}
