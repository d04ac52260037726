// The internal mention record shared by the recognisers, coreference and the statement finder.
import type { TreatyKind } from "../types.js";

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
  /** Treaties the gazetteer does not know ("the Treaty on X between A and B"): their kind and parties (ISO). */
  kind?: TreatyKind;
  members?: string[];
  /** Year the text gives for a treaty ("the 1972 Simla Agreement"), or the gazetteer's. */
  year?: number;
  /** Further surface forms of a treaty here: the bare description and the description with its identifying tail. */
  aliases?: string[];
  /** A described treaty whose name is made up from its parties: the article's own words for it ("An
   * intergovernmental agreement"), the name it is listed under once the variants are merged. */
  written?: string;
  /** A described treaty's description with the clause that says which one it is ("a 1976 convention limiting liability
   * for maritime claims"): forms to match it by, added to its aliases once its name is final, never a name. */
  clauseForms?: string[];
  /** The unnamed deal the title or lead reports being made: the article's topic ("Greece and Egypt sign maritime deal"). */
  topic?: boolean;
}

/** Mentions sorted by start; lookups by span. */
export class MentionIndex {
  readonly all: Mention[];
  constructor(mentions: Mention[]) {
    this.all = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  }
  /** Index of the first mention starting at or after offset (binary search). */
  private firstAt(offset: number): number {
    let lo = 0;
    let hi = this.all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.all[mid] as Mention).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  within(start: number, end: number): Mention[] {
    const out: Mention[] = [];
    for (let i = this.firstAt(start); i < this.all.length; i++) {
      const m = this.all[i] as Mention;
      if (m.start >= end) break;
      if (m.end <= end) out.push(m);
    }
    return out;
  }
  before(offset: number): Mention[] {
    return this.all.slice(0, this.firstAt(offset));
  }
}
