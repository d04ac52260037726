// The internal mention record shared by the recognisers, coreference and the statement finder.
export type MentionType = "Person" | "State" | "Treaty" | "Organization";

export interface Mention {
  type: MentionType;
  /** Canonical name (states: common short name; persons: the cluster's id until names are final). */
  name: string;
  start: number;
  end: number;
  /** How the entity is named here: "name", "demonym", "capital", "anaphor", "descriptor", "surname", ... */
  form: string;
  /** ISO alpha-2 for states, and for organisations that belong to a state. */
  iso?: string;
}

/** Mentions sorted by start; lookups by span. */
export class MentionIndex {
  readonly all: Mention[];
  constructor(mentions: Mention[]) {
    this.all = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  }
  within(start: number, end: number): Mention[] {
    const out: Mention[] = [];
    for (const m of this.all) {
      if (m.start >= end) break;
      if (m.start >= start && m.end <= end) out.push(m);
    }
    return out;
  }
  before(offset: number): Mention[] {
    const out: Mention[] = [];
    for (const m of this.all) {
      if (m.start >= offset) break;
      out.push(m);
    }
    return out;
  }
}
