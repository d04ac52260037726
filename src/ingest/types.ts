// The typed hand-offs between the ingest stages: read -> extract -> resolve -> write.
// `Extraction` is exactly the object of ../shared/extraction-format.md plus character spans;
// what `npm run extract` prints is what the writer stores.

/** An article as read from a file, a JSON object or the ingestArticles mutation. */
export interface ParsedArticle {
  /** url, else "sha256:" + hex hash of the normalised title and body (see read/article-id.ts). */
  id: string;
  title: string;
  body: string;
  /** title + "\n\n" + body: the text that every character offset (span) refers to. */
  text: string;
  url: string | null;
  /** The agency the article names or the input gives ("BELTA", "TASS", "Reuters"), else null. */
  source: string | null;
  /** ISO 8601 date or date-time, else null. */
  publishedAt: string | null;
  tags: string[];
  /** Where it came from, for messages: "path/file.txt", "path/file.ndjson:12", "mutation[3]". */
  origin: string;
}

/** Half-open character range [start, end) in ParsedArticle.text. */
export interface Span {
  start: number;
  end: number;
}

export interface Role {
  title: string;
  state?: string;
  org?: string;
}

export interface ExtractedPerson {
  name: string;
  aliases: string[];
  roles: Role[];
}

export type TreatyKind = "TREATY" | "AGREEMENT" | "ORGANIZATION" | "UNION";
export type OrganizationKind = "BLOC" | "AGENCY" | "MINISTRY" | "MEDIA" | "OTHER";

export interface ExtractedTreaty {
  name: string;
  aliases: string[];
  members_mentioned: string[];
  kind: TreatyKind;
}

export interface ExtractedOrganization {
  name: string;
  aliases: string[];
  kind: OrganizationKind;
}

export type SpeakerKind = "person" | "state" | "organization" | "unnamed";

export interface ExtractedStatement {
  /** Canonical person name, the state/organisation name, the text standing for an unnamed speaker, or null. */
  speaker: string | null;
  speaker_kind: SpeakerKind | null;
  quote: string;
  direct: boolean;
  about_treaties: string[];
  about_states: string[];
  about_persons: string[];
  /** Span of `quote` in ParsedArticle.text. */
  start: number;
  end: number;
  /** The words in the text that name the speaker where attributed ("the Belarusian President", "he"). */
  speaker_text: string | null;
}

/** Where an entity is named in the text; MENTIONS {count} and provenance come from these. */
export interface EntityMention {
  type: "Person" | "State" | "Treaty" | "Organization";
  /** Canonical name, as in the lists above (states: common English short name). */
  name: string;
  start: number;
  end: number;
}

export interface Extraction {
  file?: string;
  title: string;
  persons: ExtractedPerson[];
  /** Common English short names ("Russia"). */
  states: string[];
  /** Unions and blocs that are not treaties (European Union). */
  blocs: string[];
  treaties: ExtractedTreaty[];
  /** Other organisations (ministries, agencies, media) found, beyond the blocs. */
  organizations: ExtractedOrganization[];
  statements: ExtractedStatement[];
  mentions: EntityMention[];
}

/** The extraction stage behind one interface, so another extractor (an LLM-backed one) can replace it. */
export interface Extractor {
  readonly name: string;
  extract(article: ParsedArticle): Promise<Extraction>;
}

/** A per-input failure: which input, and why, in one line. */
export interface IngestFailure {
  origin: string;
  reason: string;
}

export interface IngestReport {
  read: number;
  written: number;
  unchanged: number;
  failed: number;
  failures: IngestFailure[];
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  articleIds: string[];
}
